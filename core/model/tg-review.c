/* tg-review.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-oversight"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-review.h"

G_DEFINE_ENUM_TYPE (TgReviewConclusion, tg_review_conclusion,
  G_DEFINE_ENUM_VALUE (TG_REVIEW_SOUND, "sound"),
  G_DEFINE_ENUM_VALUE (TG_REVIEW_DEFICIENCIES, "deficiencies"),
  G_DEFINE_ENUM_VALUE (TG_REVIEW_REINVESTIGATION, "reinvestigation"))

const char *
tg_review_conclusion_label (TgReviewConclusion conclusion)
{
  switch (conclusion)
    {
    case TG_REVIEW_SOUND:
      return _("Conclusion sound");
    case TG_REVIEW_DEFICIENCIES:
      return _("Deficiencies");
    case TG_REVIEW_REINVESTIGATION:
      return _("Re-investigation required");
    default:
      g_return_val_if_reached (NULL);
    }
}

struct _TgReview
{
  GObject             parent_instance;

  char               *id;
  char               *reviewed_on;
  char               *reviewer;
  TgReviewConclusion  conclusion;
  char               *reasoning;
  char               *act_number;
};

G_DEFINE_FINAL_TYPE (TgReview, tg_review, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_REVIEWED_ON,
  PROP_REVIEWER,
  PROP_CONCLUSION,
  PROP_REASONING,
  PROP_ACT_NUMBER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tg_review_finalize (GObject *object)
{
  TgReview *self = TG_REVIEW (object);

  g_free (self->id);
  g_free (self->reviewed_on);
  g_free (self->reviewer);
  g_free (self->reasoning);
  g_free (self->act_number);

  G_OBJECT_CLASS (tg_review_parent_class)->finalize (object);
}

static char **
string_field (TgReview *self,
              guint     prop_id)
{
  switch (prop_id)
    {
    case PROP_ID: return &self->id;
    case PROP_REVIEWED_ON: return &self->reviewed_on;
    case PROP_REVIEWER: return &self->reviewer;
    case PROP_REASONING: return &self->reasoning;
    case PROP_ACT_NUMBER: return &self->act_number;
    default: return NULL;
    }
}

static void
tg_review_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  TgReview *self = TG_REVIEW (object);
  char **field = string_field (self, prop_id);

  if (field != NULL)
    g_value_set_string (value, *field);
  else if (prop_id == PROP_CONCLUSION)
    g_value_set_enum (value, self->conclusion);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
tg_review_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  TgReview *self = TG_REVIEW (object);
  char **field = string_field (self, prop_id);

  if (field != NULL)
    {
      if (g_strcmp0 (*field, g_value_get_string (value)) == 0)
        return;
      g_free (*field);
      *field = g_value_dup_string (value);
    }
  else if (prop_id == PROP_CONCLUSION)
    {
      if (self->conclusion == (TgReviewConclusion) g_value_get_enum (value))
        return;
      self->conclusion = g_value_get_enum (value);
    }
  else
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  g_object_notify_by_pspec (object, pspec);
}

static void
tg_review_class_init (TgReviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = tg_review_finalize;
  object_class->get_property = tg_review_get_property;
  object_class->set_property = tg_review_set_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, rw);
  properties[PROP_REVIEWED_ON] = g_param_spec_string ("reviewed-on", NULL, NULL, NULL, rw);
  properties[PROP_REVIEWER] = g_param_spec_string ("reviewer", NULL, NULL, NULL, rw);
  properties[PROP_CONCLUSION] = g_param_spec_enum ("conclusion", NULL, NULL,
                                                   TG_TYPE_REVIEW_CONCLUSION,
                                                   TG_REVIEW_SOUND, rw);
  properties[PROP_REASONING] = g_param_spec_string ("reasoning", NULL, NULL, NULL, rw);
  properties[PROP_ACT_NUMBER] = g_param_spec_string ("act-number", NULL, NULL, NULL, rw);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tg_review_init (TgReview *self)
{
}

TgReview *
tg_review_new (void)
{
  return g_object_new (TG_TYPE_REVIEW, NULL);
}

#define ACCESSORS(field, prop)                                         \
  const char *                                                         \
  tg_review_get_##field (TgReview *self)                               \
  {                                                                    \
    g_return_val_if_fail (TG_IS_REVIEW (self), NULL);                  \
    return self->field;                                                \
  }                                                                    \
  void                                                                 \
  tg_review_set_##field (TgReview   *self,                             \
                         const char *value)                            \
  {                                                                    \
    g_return_if_fail (TG_IS_REVIEW (self));                            \
    g_object_set (self, prop, value, NULL);                            \
  }

ACCESSORS (id, "id")
ACCESSORS (reviewed_on, "reviewed-on")
ACCESSORS (reviewer, "reviewer")
ACCESSORS (reasoning, "reasoning")
ACCESSORS (act_number, "act-number")

TgReviewConclusion
tg_review_get_conclusion (TgReview *self)
{
  g_return_val_if_fail (TG_IS_REVIEW (self), TG_REVIEW_SOUND);
  return self->conclusion;
}

void
tg_review_set_conclusion (TgReview           *self,
                          TgReviewConclusion  conclusion)
{
  g_return_if_fail (TG_IS_REVIEW (self));
  g_object_set (self, "conclusion", conclusion, NULL);
}
