/* tg-employer.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-model"

#include "config.h"

#include "tg-employer.h"

struct _TgEmployer
{
  GObject parent_instance;

  char *name;
  char *bin;
  char *activity;
  char *address;
  char *legal_form;
  char *name_kk;
};

G_DEFINE_FINAL_TYPE (TgEmployer, tg_employer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_BIN,
  PROP_ACTIVITY,
  PROP_ADDRESS,
  PROP_LEGAL_FORM,
  PROP_NAME_KK,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
tg_employer_finalize (GObject *object)
{
  TgEmployer *self = (TgEmployer *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->bin, g_free);
  g_clear_pointer (&self->activity, g_free);
  g_clear_pointer (&self->address, g_free);
  g_clear_pointer (&self->name_kk, g_free);
  g_clear_pointer (&self->legal_form, g_free);

  G_OBJECT_CLASS (tg_employer_parent_class)->finalize (object);
}

static void
tg_employer_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  TgEmployer *self = TG_EMPLOYER(object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_BIN:
      g_value_set_string (value, self->bin);
      break;

    case PROP_ACTIVITY:
      g_value_set_string (value, self->activity);
      break;

    case PROP_ADDRESS:
      g_value_set_string (value, self->address);
      break;

    case PROP_LEGAL_FORM:
      g_value_set_string (value, self->legal_form);
      break;

    case PROP_NAME_KK:
      g_value_set_string (value, self->name_kk);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tg_employer_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  TgEmployer *self = TG_EMPLOYER (object);

  switch (prop_id)
    {
    case PROP_NAME:
      tg_employer_set_name (self, g_value_get_string (value));
      break;

    case PROP_BIN:
      tg_employer_set_bin (self, g_value_get_string (value));
      break;

    case PROP_ACTIVITY:
      tg_employer_set_activity (self, g_value_get_string (value));
      break;

    case PROP_ADDRESS:
      tg_employer_set_address (self, g_value_get_string (value));
      break;

    case PROP_LEGAL_FORM:
      tg_employer_set_legal_form (self, g_value_get_string (value));
      break;

    case PROP_NAME_KK:
      tg_employer_set_name_kk (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tg_employer_class_init (TgEmployerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tg_employer_finalize;
  object_class->get_property = tg_employer_get_property;
  object_class->set_property = tg_employer_set_property;

  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, "Registered name",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_BIN] =
    g_param_spec_string ("bin", NULL, "Business identification number",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_ACTIVITY] =
    g_param_spec_string ("activity", NULL, "Economic activity code (OKED)",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_ADDRESS] =
    g_param_spec_string ("address", NULL, "Address",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_LEGAL_FORM] =
    g_param_spec_string ("legal-form", NULL, "Legal form (a nick of the legal-form table)",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_NAME_KK] =
    g_param_spec_string ("name-kk", NULL, "Name in Kazakh, when it differs",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tg_employer_init (TgEmployer *self)
{
}

TgEmployer *
tg_employer_new (void)
{
  return g_object_new (TG_TYPE_EMPLOYER, NULL);
}

const char *
tg_employer_get_name (TgEmployer *self)
{
  g_return_val_if_fail (TG_IS_EMPLOYER (self), NULL);

  return self->name;
}

void
tg_employer_set_name (TgEmployer   *self,
                      const char *name)
{
  g_return_if_fail (TG_IS_EMPLOYER (self));

  if (g_strcmp0 (self->name, name) == 0)
    return;
  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NAME]);
}

const char *
tg_employer_get_bin (TgEmployer *self)
{
  g_return_val_if_fail (TG_IS_EMPLOYER (self), NULL);

  return self->bin;
}

void
tg_employer_set_bin (TgEmployer   *self,
                     const char *bin)
{
  g_return_if_fail (TG_IS_EMPLOYER (self));

  if (g_strcmp0 (self->bin, bin) == 0)
    return;
  g_free (self->bin);
  self->bin = g_strdup (bin);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BIN]);
}

const char *
tg_employer_get_activity (TgEmployer *self)
{
  g_return_val_if_fail (TG_IS_EMPLOYER (self), NULL);

  return self->activity;
}

void
tg_employer_set_activity (TgEmployer   *self,
                          const char *activity)
{
  g_return_if_fail (TG_IS_EMPLOYER (self));

  if (g_strcmp0 (self->activity, activity) == 0)
    return;
  g_free (self->activity);
  self->activity = g_strdup (activity);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ACTIVITY]);
}

const char *
tg_employer_get_address (TgEmployer *self)
{
  g_return_val_if_fail (TG_IS_EMPLOYER (self), NULL);

  return self->address;
}

void
tg_employer_set_address (TgEmployer   *self,
                         const char *address)
{
  g_return_if_fail (TG_IS_EMPLOYER (self));

  if (g_strcmp0 (self->address, address) == 0)
    return;
  g_free (self->address);
  self->address = g_strdup (address);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ADDRESS]);
}

const char *
tg_employer_get_legal_form (TgEmployer *self)
{
  g_return_val_if_fail (TG_IS_EMPLOYER (self), NULL);

  return self->legal_form;
}

void
tg_employer_set_legal_form (TgEmployer *self,
                            const char *legal_form)
{
  g_return_if_fail (TG_IS_EMPLOYER (self));

  if (g_strcmp0 (self->legal_form, legal_form) == 0)
    return;
  g_free (self->legal_form);
  self->legal_form = g_strdup (legal_form);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LEGAL_FORM]);
}

const char *
tg_employer_get_name_kk (TgEmployer *self)
{
  g_return_val_if_fail (TG_IS_EMPLOYER (self), NULL);

  return self->name_kk;
}

void
tg_employer_set_name_kk (TgEmployer *self,
                         const char *name_kk)
{
  g_return_if_fail (TG_IS_EMPLOYER (self));

  if (g_strcmp0 (self->name_kk, name_kk) == 0)
    return;
  g_free (self->name_kk);
  self->name_kk = g_strdup (name_kk);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NAME_KK]);
}
