/* tg-commission.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-model"

#include "config.h"

#include "tg-commission.h"
#include "tg-member.h"

struct _TgCommission
{
  GObject parent_instance;

  char *order_number;
  char *order_date;
  GListStore *members;
};

G_DEFINE_FINAL_TYPE (TgCommission, tg_commission, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ORDER_NUMBER,
  PROP_ORDER_DATE,
  PROP_MEMBERS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
tg_commission_finalize (GObject *object)
{
  TgCommission *self = (TgCommission *) object;

  g_clear_pointer (&self->order_number, g_free);
  g_clear_pointer (&self->order_date, g_free);
  g_clear_object (&self->members);

  G_OBJECT_CLASS (tg_commission_parent_class)->finalize (object);
}

static void
tg_commission_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  TgCommission *self = TG_COMMISSION(object);

  switch (prop_id)
    {
    case PROP_ORDER_NUMBER:
      g_value_set_string (value, self->order_number);
      break;

    case PROP_ORDER_DATE:
      g_value_set_string (value, self->order_date);
      break;

    case PROP_MEMBERS:
      g_value_set_object (value, self->members);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tg_commission_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  TgCommission *self = TG_COMMISSION (object);

  switch (prop_id)
    {
    case PROP_ORDER_NUMBER:
      tg_commission_set_order_number (self, g_value_get_string (value));
      break;

    case PROP_ORDER_DATE:
      tg_commission_set_order_date (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tg_commission_class_init (TgCommissionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tg_commission_finalize;
  object_class->get_property = tg_commission_get_property;
  object_class->set_property = tg_commission_set_property;

  properties [PROP_ORDER_NUMBER] =
    g_param_spec_string ("order-number", NULL, "Number of the order creating the commission",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_ORDER_DATE] =
    g_param_spec_string ("order-date", NULL, "Date of the order, YYYY-MM-DD",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_MEMBERS] =
    g_param_spec_object ("members", NULL, "Members (TgMember)",
                         G_TYPE_LIST_STORE,
                         (G_PARAM_READABLE |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tg_commission_init (TgCommission *self)
{
  self->members = g_list_store_new (TG_TYPE_MEMBER);
}

TgCommission *
tg_commission_new (void)
{
  return g_object_new (TG_TYPE_COMMISSION, NULL);
}

const char *
tg_commission_get_order_number (TgCommission *self)
{
  g_return_val_if_fail (TG_IS_COMMISSION (self), NULL);

  return self->order_number;
}

void
tg_commission_set_order_number (TgCommission   *self,
                                const char *order_number)
{
  g_return_if_fail (TG_IS_COMMISSION (self));

  if (g_strcmp0 (self->order_number, order_number) == 0)
    return;
  g_free (self->order_number);
  self->order_number = g_strdup (order_number);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ORDER_NUMBER]);
}

const char *
tg_commission_get_order_date (TgCommission *self)
{
  g_return_val_if_fail (TG_IS_COMMISSION (self), NULL);

  return self->order_date;
}

void
tg_commission_set_order_date (TgCommission   *self,
                              const char *order_date)
{
  g_return_if_fail (TG_IS_COMMISSION (self));

  if (g_strcmp0 (self->order_date, order_date) == 0)
    return;
  g_free (self->order_date);
  self->order_date = g_strdup (order_date);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ORDER_DATE]);
}

GListStore *
tg_commission_get_members (TgCommission *self)
{
  g_return_val_if_fail (TG_IS_COMMISSION (self), NULL);

  return self->members;
}
