/* tg-investigation.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-model"

#include "config.h"

#include "tg-investigation.h"
#include "tg-extension.h"

struct _TgInvestigation
{
  GObject parent_instance;

  TgBody body;
  TgCommission *commission;
  char *started;
  char *due;
  GListStore *extensions;
  TgFindings *findings;
  char *act_number;
  char *act_date;
};

G_DEFINE_FINAL_TYPE (TgInvestigation, tg_investigation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_BODY,
  PROP_COMMISSION,
  PROP_STARTED,
  PROP_DUE,
  PROP_EXTENSIONS,
  PROP_FINDINGS,
  PROP_ACT_NUMBER,
  PROP_ACT_DATE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
tg_investigation_finalize (GObject *object)
{
  TgInvestigation *self = (TgInvestigation *) object;

  g_clear_object (&self->commission);
  g_clear_pointer (&self->started, g_free);
  g_clear_pointer (&self->due, g_free);
  g_clear_object (&self->extensions);
  g_clear_object (&self->findings);
  g_clear_pointer (&self->act_number, g_free);
  g_clear_pointer (&self->act_date, g_free);

  G_OBJECT_CLASS (tg_investigation_parent_class)->finalize (object);
}

static void
tg_investigation_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  TgInvestigation *self = TG_INVESTIGATION(object);

  switch (prop_id)
    {
    case PROP_BODY:
      g_value_set_enum (value, self->body);
      break;

    case PROP_COMMISSION:
      g_value_set_object (value, self->commission);
      break;

    case PROP_STARTED:
      g_value_set_string (value, self->started);
      break;

    case PROP_DUE:
      g_value_set_string (value, self->due);
      break;

    case PROP_EXTENSIONS:
      g_value_set_object (value, self->extensions);
      break;

    case PROP_FINDINGS:
      g_value_set_object (value, self->findings);
      break;

    case PROP_ACT_NUMBER:
      g_value_set_string (value, self->act_number);
      break;

    case PROP_ACT_DATE:
      g_value_set_string (value, self->act_date);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tg_investigation_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  TgInvestigation *self = TG_INVESTIGATION (object);

  switch (prop_id)
    {
    case PROP_BODY:
      tg_investigation_set_body (self, g_value_get_enum (value));
      break;

    case PROP_COMMISSION:
      tg_investigation_set_commission (self, g_value_get_object (value));
      break;

    case PROP_STARTED:
      tg_investigation_set_started (self, g_value_get_string (value));
      break;

    case PROP_DUE:
      tg_investigation_set_due (self, g_value_get_string (value));
      break;

    case PROP_FINDINGS:
      tg_investigation_set_findings (self, g_value_get_object (value));
      break;

    case PROP_ACT_NUMBER:
      tg_investigation_set_act_number (self, g_value_get_string (value));
      break;

    case PROP_ACT_DATE:
      tg_investigation_set_act_date (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tg_investigation_class_init (TgInvestigationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tg_investigation_finalize;
  object_class->get_property = tg_investigation_get_property;
  object_class->set_property = tg_investigation_set_property;

  properties [PROP_BODY] =
    g_param_spec_enum ("body", NULL, "Investigating body",
                       TG_TYPE_BODY, TG_BODY_NONE,
                       (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_COMMISSION] =
    g_param_spec_object ("commission", NULL, "The commission, if any",
                         TG_TYPE_COMMISSION,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_STARTED] =
    g_param_spec_string ("started", NULL, "Start date, YYYY-MM-DD",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_DUE] =
    g_param_spec_string ("due", NULL, "Due date, YYYY-MM-DD",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_EXTENSIONS] =
    g_param_spec_object ("extensions", NULL, "Extensions (TgExtension)",
                         G_TYPE_LIST_STORE,
                         (G_PARAM_READABLE |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_FINDINGS] =
    g_param_spec_object ("findings", NULL, "Findings, if any",
                         TG_TYPE_FINDINGS,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_ACT_NUMBER] =
    g_param_spec_string ("act-number", NULL, "Number of the act",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_ACT_DATE] =
    g_param_spec_string ("act-date", NULL, "Date of the act, YYYY-MM-DD",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tg_investigation_init (TgInvestigation *self)
{
  self->body = TG_BODY_NONE;
  self->extensions = g_list_store_new (TG_TYPE_EXTENSION);
}

TgInvestigation *
tg_investigation_new (void)
{
  return g_object_new (TG_TYPE_INVESTIGATION, NULL);
}

TgBody
tg_investigation_get_body (TgInvestigation *self)
{
  g_return_val_if_fail (TG_IS_INVESTIGATION (self), 0);

  return self->body;
}

void
tg_investigation_set_body (TgInvestigation *self,
                           TgBody body)
{
  g_return_if_fail (TG_IS_INVESTIGATION (self));

  if (self->body == body)
    return;
  self->body = body;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BODY]);
}

TgCommission *
tg_investigation_get_commission (TgInvestigation *self)
{
  g_return_val_if_fail (TG_IS_INVESTIGATION (self), NULL);

  return self->commission;
}

void
tg_investigation_set_commission (TgInvestigation *self,
                                 TgCommission *commission)
{
  g_return_if_fail (TG_IS_INVESTIGATION (self));

  if (g_set_object (&self->commission, commission))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_COMMISSION]);
}

const char *
tg_investigation_get_started (TgInvestigation *self)
{
  g_return_val_if_fail (TG_IS_INVESTIGATION (self), NULL);

  return self->started;
}

void
tg_investigation_set_started (TgInvestigation   *self,
                              const char *started)
{
  g_return_if_fail (TG_IS_INVESTIGATION (self));

  if (g_strcmp0 (self->started, started) == 0)
    return;
  g_free (self->started);
  self->started = g_strdup (started);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STARTED]);
}

const char *
tg_investigation_get_due (TgInvestigation *self)
{
  g_return_val_if_fail (TG_IS_INVESTIGATION (self), NULL);

  return self->due;
}

void
tg_investigation_set_due (TgInvestigation   *self,
                          const char *due)
{
  g_return_if_fail (TG_IS_INVESTIGATION (self));

  if (g_strcmp0 (self->due, due) == 0)
    return;
  g_free (self->due);
  self->due = g_strdup (due);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DUE]);
}

GListStore *
tg_investigation_get_extensions (TgInvestigation *self)
{
  g_return_val_if_fail (TG_IS_INVESTIGATION (self), NULL);

  return self->extensions;
}

TgFindings *
tg_investigation_get_findings (TgInvestigation *self)
{
  g_return_val_if_fail (TG_IS_INVESTIGATION (self), NULL);

  return self->findings;
}

void
tg_investigation_set_findings (TgInvestigation *self,
                               TgFindings *findings)
{
  g_return_if_fail (TG_IS_INVESTIGATION (self));

  if (g_set_object (&self->findings, findings))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FINDINGS]);
}

const char *
tg_investigation_get_act_number (TgInvestigation *self)
{
  g_return_val_if_fail (TG_IS_INVESTIGATION (self), NULL);

  return self->act_number;
}

void
tg_investigation_set_act_number (TgInvestigation   *self,
                                 const char *act_number)
{
  g_return_if_fail (TG_IS_INVESTIGATION (self));

  if (g_strcmp0 (self->act_number, act_number) == 0)
    return;
  g_free (self->act_number);
  self->act_number = g_strdup (act_number);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ACT_NUMBER]);
}

const char *
tg_investigation_get_act_date (TgInvestigation *self)
{
  g_return_val_if_fail (TG_IS_INVESTIGATION (self), NULL);

  return self->act_date;
}

void
tg_investigation_set_act_date (TgInvestigation   *self,
                               const char *act_date)
{
  g_return_if_fail (TG_IS_INVESTIGATION (self));

  if (g_strcmp0 (self->act_date, act_date) == 0)
    return;
  g_free (self->act_date);
  self->act_date = g_strdup (act_date);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ACT_DATE]);
}
