/* tg-exchange-report.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-exchange"

#include "config.h"

#include "tg-exchange-report.h"

struct _TgExchangeReport
{
  GObject parent_instance;

  GListStore *messages;
  guint n_errors;
  guint n_warnings;
};

G_DEFINE_FINAL_TYPE (TgExchangeReport, tg_exchange_report, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_N_ERRORS,
  PROP_N_WARNINGS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
tg_exchange_report_finalize (GObject *object)
{
  TgExchangeReport *self = (TgExchangeReport *) object;

  g_clear_object (&self->messages);

  G_OBJECT_CLASS (tg_exchange_report_parent_class)->finalize (object);
}

static void
tg_exchange_report_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  TgExchangeReport *self = TG_EXCHANGE_REPORT (object);

  switch (prop_id)
    {
    case PROP_N_ERRORS:
      g_value_set_uint (value, self->n_errors);
      break;

    case PROP_N_WARNINGS:
      g_value_set_uint (value, self->n_warnings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tg_exchange_report_class_init (TgExchangeReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                      G_PARAM_STATIC_STRINGS;

  object_class->finalize = tg_exchange_report_finalize;
  object_class->get_property = tg_exchange_report_get_property;

  properties[PROP_N_ERRORS] =
    g_param_spec_uint ("n-errors", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_N_WARNINGS] =
    g_param_spec_uint ("n-warnings", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tg_exchange_report_init (TgExchangeReport *self)
{
  self->messages = g_list_store_new (TG_TYPE_EXCHANGE_MESSAGE);
}

TgExchangeReport *
tg_exchange_report_new (void)
{
  return g_object_new (TG_TYPE_EXCHANGE_REPORT, NULL);
}

void
tg_exchange_report_add (TgExchangeReport  *self,
                        TgExchangeMessage *message)
{
  g_return_if_fail (TG_IS_EXCHANGE_REPORT (self));
  g_return_if_fail (TG_IS_EXCHANGE_MESSAGE (message));

  g_list_store_append (self->messages, message);
  if (tg_exchange_message_get_severity (message) == TG_EXCHANGE_SEVERITY_ERROR)
    {
      self->n_errors++;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ERRORS]);
    }
  else
    {
      self->n_warnings++;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_WARNINGS]);
    }
}

GListModel *
tg_exchange_report_get_messages (TgExchangeReport *self)
{
  g_return_val_if_fail (TG_IS_EXCHANGE_REPORT (self), NULL);
  return G_LIST_MODEL (self->messages);
}

guint
tg_exchange_report_get_n_errors (TgExchangeReport *self)
{
  g_return_val_if_fail (TG_IS_EXCHANGE_REPORT (self), 0);
  return self->n_errors;
}

guint
tg_exchange_report_get_n_warnings (TgExchangeReport *self)
{
  g_return_val_if_fail (TG_IS_EXCHANGE_REPORT (self), 0);
  return self->n_warnings;
}

char *
tg_exchange_report_format (TgExchangeReport *self)
{
  GListModel *model;
  GString *s;
  guint n;

  g_return_val_if_fail (TG_IS_EXCHANGE_REPORT (self), NULL);

  model = G_LIST_MODEL (self->messages);
  n = g_list_model_get_n_items (model);
  s = g_string_new (NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TgExchangeMessage) message = g_list_model_get_item (model, i);
      g_autofree char *line = tg_exchange_message_format (message);

      g_string_append (s, line);
      g_string_append_c (s, '\n');
    }
  return g_string_free (s, FALSE);
}
