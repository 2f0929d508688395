/* tg-stat-row.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-statistics"

#include "config.h"

#include "tg-stat-row.h"

G_DEFINE_FINAL_TYPE (TgStatRow, tg_stat_row, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KEY,
  PROP_LABEL,
  PROP_CASES,
  PROP_VICTIMS,
  PROP_DEATHS,
  PROP_SEVERE,
  N_PROPS
};

static void
tg_stat_row_finalize (GObject *object)
{
  TgStatRow *self = TG_STAT_ROW (object);

  g_free (self->key);
  g_free (self->label);

  G_OBJECT_CLASS (tg_stat_row_parent_class)->finalize (object);
}

static void
tg_stat_row_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  TgStatRow *self = TG_STAT_ROW (object);

  switch (prop_id)
    {
    case PROP_KEY: g_value_set_string (value, self->key); break;
    case PROP_LABEL: g_value_set_string (value, self->label); break;
    case PROP_CASES: g_value_set_uint (value, self->cases); break;
    case PROP_VICTIMS: g_value_set_uint (value, self->victims); break;
    case PROP_DEATHS: g_value_set_uint (value, self->deaths); break;
    case PROP_SEVERE: g_value_set_uint (value, self->severe); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tg_stat_row_class_init (TgStatRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  const char * const counters[] = { "cases", "victims", "deaths", "severe" };

  object_class->finalize = tg_stat_row_finalize;
  object_class->get_property = tg_stat_row_get_property;

  g_object_class_install_property (object_class, PROP_KEY,
                                   g_param_spec_string ("key", NULL, NULL, NULL, ro));
  g_object_class_install_property (object_class, PROP_LABEL,
                                   g_param_spec_string ("label", NULL, NULL, NULL, ro));
  for (guint i = 0; i < G_N_ELEMENTS (counters); i++)
    g_object_class_install_property (object_class, PROP_CASES + i,
                                     g_param_spec_uint (counters[i], NULL, NULL, 0, G_MAXUINT, 0, ro));
}

static void
tg_stat_row_init (TgStatRow *self)
{
}

TgStatRow *
tg_stat_row_new (const char *key,
                 const char *label)
{
  TgStatRow *self = g_object_new (TG_TYPE_STAT_ROW, NULL);

  self->key = g_strdup (key);
  self->label = g_strdup (label);
  return self;
}

void
tg_stat_row_add (TgStatRow *self,
                 TgStatRow *other)
{
  g_return_if_fail (TG_IS_STAT_ROW (self));
  g_return_if_fail (TG_IS_STAT_ROW (other));

  self->cases += other->cases;
  self->victims += other->victims;
  self->deaths += other->deaths;
  self->severe += other->severe;
}
