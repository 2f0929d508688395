/* tg-exchange-message.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-exchange"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-exchange-message.h"

struct _TgExchangeMessage
{
  GObject parent_instance;

  TgExchangeSeverity severity;
  char *file;
  guint line;
  char *case_label;
  char *text;
};

G_DEFINE_FINAL_TYPE (TgExchangeMessage, tg_exchange_message, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (TgExchangeSeverity, tg_exchange_severity,
  G_DEFINE_ENUM_VALUE (TG_EXCHANGE_SEVERITY_WARNING, "warning"),
  G_DEFINE_ENUM_VALUE (TG_EXCHANGE_SEVERITY_ERROR, "error"))

enum {
  PROP_0,
  PROP_SEVERITY,
  PROP_FILE,
  PROP_LINE,
  PROP_CASE_LABEL,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
tg_exchange_message_finalize (GObject *object)
{
  TgExchangeMessage *self = (TgExchangeMessage *) object;

  g_clear_pointer (&self->file, g_free);
  g_clear_pointer (&self->case_label, g_free);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (tg_exchange_message_parent_class)->finalize (object);
}

static void
tg_exchange_message_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  TgExchangeMessage *self = TG_EXCHANGE_MESSAGE (object);

  switch (prop_id)
    {
    case PROP_SEVERITY:
      g_value_set_enum (value, self->severity);
      break;

    case PROP_FILE:
      g_value_set_string (value, self->file);
      break;

    case PROP_LINE:
      g_value_set_uint (value, self->line);
      break;

    case PROP_CASE_LABEL:
      g_value_set_string (value, self->case_label);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tg_exchange_message_class_init (TgExchangeMessageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = tg_exchange_message_finalize;
  object_class->get_property = tg_exchange_message_get_property;

  /* Read-only: a message is a record of what was found. */
  properties[PROP_SEVERITY] =
    g_param_spec_enum ("severity", NULL, NULL, TG_TYPE_EXCHANGE_SEVERITY,
                       TG_EXCHANGE_SEVERITY_ERROR, flags);
  properties[PROP_FILE] = g_param_spec_string ("file", NULL, NULL, NULL, flags);
  properties[PROP_LINE] =
    g_param_spec_uint ("line", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_CASE_LABEL] =
    g_param_spec_string ("case-label", NULL, NULL, NULL, flags);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tg_exchange_message_init (TgExchangeMessage *self)
{
}

TgExchangeMessage *
tg_exchange_message_new (TgExchangeSeverity  severity,
                         const char         *file,
                         guint               line,
                         const char         *case_label,
                         const char         *text)
{
  TgExchangeMessage *self;

  g_return_val_if_fail (text != NULL, NULL);

  self = g_object_new (TG_TYPE_EXCHANGE_MESSAGE, NULL);
  self->severity = severity;
  self->file = g_strdup (file);
  self->line = line;
  self->case_label = g_strdup (case_label);
  self->text = g_strdup (text);
  return self;
}

TgExchangeSeverity
tg_exchange_message_get_severity (TgExchangeMessage *self)
{
  g_return_val_if_fail (TG_IS_EXCHANGE_MESSAGE (self),
                        TG_EXCHANGE_SEVERITY_ERROR);
  return self->severity;
}

const char *
tg_exchange_message_get_file (TgExchangeMessage *self)
{
  g_return_val_if_fail (TG_IS_EXCHANGE_MESSAGE (self), NULL);
  return self->file;
}

guint
tg_exchange_message_get_line (TgExchangeMessage *self)
{
  g_return_val_if_fail (TG_IS_EXCHANGE_MESSAGE (self), 0);
  return self->line;
}

const char *
tg_exchange_message_get_case_label (TgExchangeMessage *self)
{
  g_return_val_if_fail (TG_IS_EXCHANGE_MESSAGE (self), NULL);
  return self->case_label;
}

const char *
tg_exchange_message_get_text (TgExchangeMessage *self)
{
  g_return_val_if_fail (TG_IS_EXCHANGE_MESSAGE (self), NULL);
  return self->text;
}

char *
tg_exchange_message_format (TgExchangeMessage *self)
{
  GString *s;

  g_return_val_if_fail (TG_IS_EXCHANGE_MESSAGE (self), NULL);

  s = g_string_new (self->file != NULL ? self->file : "-");
  if (self->line > 0)
    g_string_append_printf (s, ":%u", self->line);
  g_string_append (s, ": ");
  if (self->severity == TG_EXCHANGE_SEVERITY_WARNING)
    /* Translators: prefix of a message that does not stop an import */
    g_string_append (s, _("warning: "));
  if (self->case_label != NULL)
    /* Translators: %s is a case's registration number or UUID */
    g_string_append_printf (s, _("case %s: "), self->case_label);
  g_string_append (s, self->text);
  return g_string_free (s, FALSE);
}
