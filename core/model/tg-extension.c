/* tg-extension.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-model"

#include "config.h"

#include "tg-extension.h"

struct _TgExtension
{
  GObject parent_instance;

  char *granted;
  char *new_due;
  char *granted_by;
  char *reason;
  char *order_number;
};

G_DEFINE_FINAL_TYPE (TgExtension, tg_extension, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_GRANTED,
  PROP_NEW_DUE,
  PROP_GRANTED_BY,
  PROP_REASON,
  PROP_ORDER_NUMBER,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
tg_extension_finalize (GObject *object)
{
  TgExtension *self = (TgExtension *) object;

  g_clear_pointer (&self->granted, g_free);
  g_clear_pointer (&self->new_due, g_free);
  g_clear_pointer (&self->granted_by, g_free);
  g_clear_pointer (&self->reason, g_free);
  g_clear_pointer (&self->order_number, g_free);

  G_OBJECT_CLASS (tg_extension_parent_class)->finalize (object);
}

static void
tg_extension_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  TgExtension *self = TG_EXTENSION(object);

  switch (prop_id)
    {
    case PROP_GRANTED:
      g_value_set_string (value, self->granted);
      break;

    case PROP_NEW_DUE:
      g_value_set_string (value, self->new_due);
      break;

    case PROP_GRANTED_BY:
      g_value_set_string (value, self->granted_by);
      break;

    case PROP_REASON:
      g_value_set_string (value, self->reason);
      break;

    case PROP_ORDER_NUMBER:
      g_value_set_string (value, self->order_number);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tg_extension_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  TgExtension *self = TG_EXTENSION (object);

  switch (prop_id)
    {
    case PROP_GRANTED:
      tg_extension_set_granted (self, g_value_get_string (value));
      break;

    case PROP_NEW_DUE:
      tg_extension_set_new_due (self, g_value_get_string (value));
      break;

    case PROP_GRANTED_BY:
      tg_extension_set_granted_by (self, g_value_get_string (value));
      break;

    case PROP_REASON:
      tg_extension_set_reason (self, g_value_get_string (value));
      break;

    case PROP_ORDER_NUMBER:
      tg_extension_set_order_number (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tg_extension_class_init (TgExtensionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tg_extension_finalize;
  object_class->get_property = tg_extension_get_property;
  object_class->set_property = tg_extension_set_property;

  properties [PROP_GRANTED] =
    g_param_spec_string ("granted", NULL, "Date granted, YYYY-MM-DD",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_NEW_DUE] =
    g_param_spec_string ("new-due", NULL, "New due date, YYYY-MM-DD",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_GRANTED_BY] =
    g_param_spec_string ("granted-by", NULL, "Who granted it",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_REASON] =
    g_param_spec_string ("reason", NULL, "Reason",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_ORDER_NUMBER] =
    g_param_spec_string ("order-number", NULL, "Number of the order extending the term",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tg_extension_init (TgExtension *self)
{
}

TgExtension *
tg_extension_new (void)
{
  return g_object_new (TG_TYPE_EXTENSION, NULL);
}

const char *
tg_extension_get_granted (TgExtension *self)
{
  g_return_val_if_fail (TG_IS_EXTENSION (self), NULL);

  return self->granted;
}

void
tg_extension_set_granted (TgExtension   *self,
                          const char *granted)
{
  g_return_if_fail (TG_IS_EXTENSION (self));

  if (g_strcmp0 (self->granted, granted) == 0)
    return;
  g_free (self->granted);
  self->granted = g_strdup (granted);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_GRANTED]);
}

const char *
tg_extension_get_new_due (TgExtension *self)
{
  g_return_val_if_fail (TG_IS_EXTENSION (self), NULL);

  return self->new_due;
}

void
tg_extension_set_new_due (TgExtension   *self,
                          const char *new_due)
{
  g_return_if_fail (TG_IS_EXTENSION (self));

  if (g_strcmp0 (self->new_due, new_due) == 0)
    return;
  g_free (self->new_due);
  self->new_due = g_strdup (new_due);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NEW_DUE]);
}

const char *
tg_extension_get_granted_by (TgExtension *self)
{
  g_return_val_if_fail (TG_IS_EXTENSION (self), NULL);

  return self->granted_by;
}

void
tg_extension_set_granted_by (TgExtension   *self,
                             const char *granted_by)
{
  g_return_if_fail (TG_IS_EXTENSION (self));

  if (g_strcmp0 (self->granted_by, granted_by) == 0)
    return;
  g_free (self->granted_by);
  self->granted_by = g_strdup (granted_by);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_GRANTED_BY]);
}

const char *
tg_extension_get_reason (TgExtension *self)
{
  g_return_val_if_fail (TG_IS_EXTENSION (self), NULL);

  return self->reason;
}

void
tg_extension_set_reason (TgExtension   *self,
                         const char *reason)
{
  g_return_if_fail (TG_IS_EXTENSION (self));

  if (g_strcmp0 (self->reason, reason) == 0)
    return;
  g_free (self->reason);
  self->reason = g_strdup (reason);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_REASON]);
}

const char *
tg_extension_get_order_number (TgExtension *self)
{
  g_return_val_if_fail (TG_IS_EXTENSION (self), NULL);

  return self->order_number;
}

void
tg_extension_set_order_number (TgExtension *self,
                               const char *order_number)
{
  g_return_if_fail (TG_IS_EXTENSION (self));

  if (g_strcmp0 (self->order_number, order_number) == 0)
    return;
  g_free (self->order_number);
  self->order_number = g_strdup (order_number);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ORDER_NUMBER]);
}
