/* tg-position.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-model"

#include "config.h"

#include "tg-position.h"

struct _TgPosition
{
  GObject parent_instance;

  char *party;
  char *text;
};

G_DEFINE_FINAL_TYPE (TgPosition, tg_position, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PARTY,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
tg_position_finalize (GObject *object)
{
  TgPosition *self = (TgPosition *) object;

  g_clear_pointer (&self->party, g_free);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (tg_position_parent_class)->finalize (object);
}

static void
tg_position_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  TgPosition *self = TG_POSITION(object);

  switch (prop_id)
    {
    case PROP_PARTY:
      g_value_set_string (value, self->party);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tg_position_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  TgPosition *self = TG_POSITION (object);

  switch (prop_id)
    {
    case PROP_PARTY:
      tg_position_set_party (self, g_value_get_string (value));
      break;

    case PROP_TEXT:
      tg_position_set_text (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tg_position_class_init (TgPositionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tg_position_finalize;
  object_class->get_property = tg_position_get_property;
  object_class->set_property = tg_position_set_property;

  properties [PROP_PARTY] =
    g_param_spec_string ("party", NULL, "The party",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_TEXT] =
    g_param_spec_string ("text", NULL, "The position",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tg_position_init (TgPosition *self)
{
}

TgPosition *
tg_position_new (void)
{
  return g_object_new (TG_TYPE_POSITION, NULL);
}

const char *
tg_position_get_party (TgPosition *self)
{
  g_return_val_if_fail (TG_IS_POSITION (self), NULL);

  return self->party;
}

void
tg_position_set_party (TgPosition   *self,
                       const char *party)
{
  g_return_if_fail (TG_IS_POSITION (self));

  if (g_strcmp0 (self->party, party) == 0)
    return;
  g_free (self->party);
  self->party = g_strdup (party);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PARTY]);
}

const char *
tg_position_get_text (TgPosition *self)
{
  g_return_val_if_fail (TG_IS_POSITION (self), NULL);

  return self->text;
}

void
tg_position_set_text (TgPosition   *self,
                      const char *text)
{
  g_return_if_fail (TG_IS_POSITION (self));

  if (g_strcmp0 (self->text, text) == 0)
    return;
  g_free (self->text);
  self->text = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TEXT]);
}
