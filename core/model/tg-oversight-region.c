/* tg-oversight-region.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-oversight"

#include "config.h"

#include "tg-oversight-region.h"

G_DEFINE_FINAL_TYPE (TgOversightRegion, tg_oversight_region, G_TYPE_OBJECT)

/* The counters in the order of the properties, so that one table serves
 * get_property and add. */
#define COUNTER(self, i) (((guint *) &(self)->investigations)[i])

static const char * const counter_names[] = {
  "investigations", "overdue", "due-soon", "late-notifications",
  "commissions-pending", "commissions-overdue", "acts-overdue",
  "requests-overdue", "disputes-open", "disputes-overdue",
};

G_STATIC_ASSERT (G_STRUCT_OFFSET (TgOversightRegion, disputes_overdue) -
                 G_STRUCT_OFFSET (TgOversightRegion, investigations) ==
                 (G_N_ELEMENTS (counter_names) - 1) * sizeof (guint));

enum {
  PROP_0,
  PROP_REGION,
  PROP_FIRST_COUNTER,
};

static void
tg_oversight_region_finalize (GObject *object)
{
  TgOversightRegion *self = TG_OVERSIGHT_REGION (object);

  g_free (self->region);

  G_OBJECT_CLASS (tg_oversight_region_parent_class)->finalize (object);
}

static void
tg_oversight_region_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  TgOversightRegion *self = TG_OVERSIGHT_REGION (object);

  if (prop_id == PROP_REGION)
    g_value_set_string (value, self->region);
  else if (prop_id >= PROP_FIRST_COUNTER &&
           prop_id < PROP_FIRST_COUNTER + G_N_ELEMENTS (counter_names))
    g_value_set_uint (value, COUNTER (self, prop_id - PROP_FIRST_COUNTER));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
tg_oversight_region_class_init (TgOversightRegionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = tg_oversight_region_finalize;
  object_class->get_property = tg_oversight_region_get_property;

  g_object_class_install_property (object_class, PROP_REGION,
                                   g_param_spec_string ("region", NULL, NULL, NULL, ro));
  for (guint i = 0; i < G_N_ELEMENTS (counter_names); i++)
    g_object_class_install_property (object_class, PROP_FIRST_COUNTER + i,
                                     g_param_spec_uint (counter_names[i], NULL, NULL,
                                                        0, G_MAXUINT, 0, ro));
}

static void
tg_oversight_region_init (TgOversightRegion *self)
{
}

TgOversightRegion *
tg_oversight_region_new (const char *region)
{
  TgOversightRegion *self = g_object_new (TG_TYPE_OVERSIGHT_REGION, NULL);

  self->region = g_strdup (region);
  return self;
}

void
tg_oversight_region_add (TgOversightRegion *self,
                         TgOversightRegion *other)
{
  g_return_if_fail (TG_IS_OVERSIGHT_REGION (self));
  g_return_if_fail (TG_IS_OVERSIGHT_REGION (other));

  for (guint i = 0; i < G_N_ELEMENTS (counter_names); i++)
    COUNTER (self, i) += COUNTER (other, i);
}

gboolean
tg_oversight_region_is_late (TgOversightRegion *self)
{
  g_return_val_if_fail (TG_IS_OVERSIGHT_REGION (self), FALSE);

  return self->overdue > 0 || self->commissions_overdue > 0 || self->acts_overdue > 0 ||
         self->requests_overdue > 0 || self->disputes_overdue > 0;
}
