/* tg-oversight-item.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-oversight"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-oversight-item.h"

G_DEFINE_FLAGS_TYPE (TgOversightKind, tg_oversight_kind,
  G_DEFINE_ENUM_VALUE (TG_OVERSIGHT_INVESTIGATION, "investigation"),
  G_DEFINE_ENUM_VALUE (TG_OVERSIGHT_COMMISSION, "commission"),
  G_DEFINE_ENUM_VALUE (TG_OVERSIGHT_ACT, "act"),
  G_DEFINE_ENUM_VALUE (TG_OVERSIGHT_REQUEST, "request"),
  G_DEFINE_ENUM_VALUE (TG_OVERSIGHT_DISPUTE, "dispute"))

const char *
tg_oversight_kind_nick (TgOversightKind kind)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (TG_TYPE_OVERSIGHT_KIND);
  GFlagsValue *value = g_flags_get_first_value (klass, kind);

  /* the class stays alive: the type is static */
  return value != NULL ? value->value_nick : NULL;
}

const char *
tg_oversight_kind_label (TgOversightKind kind)
{
  switch (kind)
    {
    case TG_OVERSIGHT_INVESTIGATION:
      return _("Investigation");
    case TG_OVERSIGHT_COMMISSION:
      return _("Commission to create");
    case TG_OVERSIGHT_ACT:
      return _("Act awaited");
    case TG_OVERSIGHT_REQUEST:
      return _("Information request");
    case TG_OVERSIGHT_DISPUTE:
      return _("Dispute");
    default:
      g_return_val_if_reached (NULL);
    }
}

G_DEFINE_FINAL_TYPE (TgOversightItem, tg_oversight_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_CASE_ID,
  PROP_NUMBER,
  PROP_REGION,
  PROP_EMPLOYER,
  PROP_STATE,
  PROP_DUE,
  PROP_DAYS_OVERDUE,
  PROP_N_EXTENSIONS,
  PROP_LATE_NOTIFICATION,
  PROP_ITEM_ID,
  PROP_SUBJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tg_oversight_item_finalize (GObject *object)
{
  TgOversightItem *self = TG_OVERSIGHT_ITEM (object);

  g_free (self->case_id);
  g_free (self->number);
  g_free (self->region);
  g_free (self->employer);
  g_free (self->due);
  g_free (self->item_id);
  g_free (self->subject);

  G_OBJECT_CLASS (tg_oversight_item_parent_class)->finalize (object);
}

static void
tg_oversight_item_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TgOversightItem *self = TG_OVERSIGHT_ITEM (object);

  switch (prop_id)
    {
    case PROP_KIND: g_value_set_flags (value, self->kind); break;
    case PROP_CASE_ID: g_value_set_string (value, self->case_id); break;
    case PROP_NUMBER: g_value_set_string (value, self->number); break;
    case PROP_REGION: g_value_set_string (value, self->region); break;
    case PROP_EMPLOYER: g_value_set_string (value, self->employer); break;
    case PROP_STATE: g_value_set_enum (value, self->state); break;
    case PROP_DUE: g_value_set_string (value, self->due); break;
    case PROP_DAYS_OVERDUE: g_value_set_int (value, self->days_overdue); break;
    case PROP_N_EXTENSIONS: g_value_set_uint (value, self->n_extensions); break;
    case PROP_LATE_NOTIFICATION: g_value_set_boolean (value, self->late_notification); break;
    case PROP_ITEM_ID: g_value_set_string (value, self->item_id); break;
    case PROP_SUBJECT: g_value_set_string (value, self->subject); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_prop (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static void
tg_oversight_item_class_init (TgOversightItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = tg_oversight_item_finalize;
  object_class->get_property = tg_oversight_item_get_property;

  properties[PROP_KIND] = g_param_spec_flags ("kind", NULL, NULL, TG_TYPE_OVERSIGHT_KIND,
                                              TG_OVERSIGHT_INVESTIGATION, ro);
  properties[PROP_CASE_ID] = string_prop ("case-id");
  properties[PROP_NUMBER] = string_prop ("number");
  properties[PROP_REGION] = string_prop ("region");
  properties[PROP_EMPLOYER] = string_prop ("employer");
  properties[PROP_STATE] = g_param_spec_enum ("state", NULL, NULL, TG_TYPE_STATE,
                                              TG_STATE_REGISTERED, ro);
  properties[PROP_DUE] = string_prop ("due");
  properties[PROP_DAYS_OVERDUE] = g_param_spec_int ("days-overdue", NULL, NULL,
                                                    G_MININT, G_MAXINT, 0, ro);
  properties[PROP_N_EXTENSIONS] = g_param_spec_uint ("n-extensions", NULL, NULL,
                                                     0, G_MAXUINT, 0, ro);
  properties[PROP_LATE_NOTIFICATION] = g_param_spec_boolean ("late-notification", NULL, NULL,
                                                             FALSE, ro);
  properties[PROP_ITEM_ID] = string_prop ("item-id");
  properties[PROP_SUBJECT] = string_prop ("subject");
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tg_oversight_item_init (TgOversightItem *self)
{
  self->notification_hours = -1;
}

TgOversightItem *
tg_oversight_item_new (TgOversightKind kind)
{
  TgOversightItem *self = g_object_new (TG_TYPE_OVERSIGHT_ITEM, NULL);

  self->kind = kind;
  return self;
}

char *
tg_oversight_describe_days (int days_late)
{
  int n = days_late;

  if (n == 0)
    return g_strdup (_("due today"));
  if (n > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "overdue %d working day",
                                         "overdue %d working days", n), n);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "due in %d working day",
                                       "due in %d working days", -n), -n);
}

char *
tg_oversight_item_describe (TgOversightItem *self)
{
  g_return_val_if_fail (TG_IS_OVERSIGHT_ITEM (self), NULL);

  return tg_oversight_describe_days (self->days_overdue);
}
