/* tg-victim.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-model"

#include "config.h"

#include "tg-victim.h"

struct _TgVictim
{
  GObject parent_instance;

  char *id;
  char *full_name;
  char *iin;
  char *birth_date;
  TgSex sex;
  char *occupation;
  char *injury;
  TgSeverity severity;
  char *died_on;
  int experience_months;
  char *briefed_on;
  char *trained_on;
};

G_DEFINE_FINAL_TYPE (TgVictim, tg_victim, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_FULL_NAME,
  PROP_IIN,
  PROP_BIRTH_DATE,
  PROP_SEX,
  PROP_OCCUPATION,
  PROP_INJURY,
  PROP_SEVERITY,
  PROP_DIED_ON,
  PROP_EXPERIENCE_MONTHS,
  PROP_BRIEFED_ON,
  PROP_TRAINED_ON,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
tg_victim_finalize (GObject *object)
{
  TgVictim *self = (TgVictim *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->full_name, g_free);
  g_clear_pointer (&self->iin, g_free);
  g_clear_pointer (&self->birth_date, g_free);
  g_clear_pointer (&self->occupation, g_free);
  g_clear_pointer (&self->injury, g_free);
  g_clear_pointer (&self->died_on, g_free);
  g_clear_pointer (&self->trained_on, g_free);
  g_clear_pointer (&self->briefed_on, g_free);

  G_OBJECT_CLASS (tg_victim_parent_class)->finalize (object);
}

static void
tg_victim_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  TgVictim *self = TG_VICTIM(object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_FULL_NAME:
      g_value_set_string (value, self->full_name);
      break;

    case PROP_IIN:
      g_value_set_string (value, self->iin);
      break;

    case PROP_BIRTH_DATE:
      g_value_set_string (value, self->birth_date);
      break;

    case PROP_SEX:
      g_value_set_enum (value, self->sex);
      break;

    case PROP_OCCUPATION:
      g_value_set_string (value, self->occupation);
      break;

    case PROP_INJURY:
      g_value_set_string (value, self->injury);
      break;

    case PROP_SEVERITY:
      g_value_set_enum (value, self->severity);
      break;

    case PROP_DIED_ON:
      g_value_set_string (value, self->died_on);
      break;

    case PROP_EXPERIENCE_MONTHS:
      g_value_set_int (value, self->experience_months);
      break;

    case PROP_BRIEFED_ON:
      g_value_set_string (value, self->briefed_on);
      break;

    case PROP_TRAINED_ON:
      g_value_set_string (value, self->trained_on);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tg_victim_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  TgVictim *self = TG_VICTIM (object);

  switch (prop_id)
    {
    case PROP_ID:
      tg_victim_set_id (self, g_value_get_string (value));
      break;

    case PROP_FULL_NAME:
      tg_victim_set_full_name (self, g_value_get_string (value));
      break;

    case PROP_IIN:
      tg_victim_set_iin (self, g_value_get_string (value));
      break;

    case PROP_BIRTH_DATE:
      tg_victim_set_birth_date (self, g_value_get_string (value));
      break;

    case PROP_SEX:
      tg_victim_set_sex (self, g_value_get_enum (value));
      break;

    case PROP_OCCUPATION:
      tg_victim_set_occupation (self, g_value_get_string (value));
      break;

    case PROP_INJURY:
      tg_victim_set_injury (self, g_value_get_string (value));
      break;

    case PROP_SEVERITY:
      tg_victim_set_severity (self, g_value_get_enum (value));
      break;

    case PROP_DIED_ON:
      tg_victim_set_died_on (self, g_value_get_string (value));
      break;

    case PROP_EXPERIENCE_MONTHS:
      tg_victim_set_experience_months (self, g_value_get_int (value));
      break;

    case PROP_BRIEFED_ON:
      tg_victim_set_briefed_on (self, g_value_get_string (value));
      break;

    case PROP_TRAINED_ON:
      tg_victim_set_trained_on (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tg_victim_class_init (TgVictimClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tg_victim_finalize;
  object_class->get_property = tg_victim_get_property;
  object_class->set_property = tg_victim_set_property;

  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, "Identifier unique within the case (v1, v2, …)",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_FULL_NAME] =
    g_param_spec_string ("full-name", NULL, "Full name",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_IIN] =
    g_param_spec_string ("iin", NULL, "Individual identification number",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_BIRTH_DATE] =
    g_param_spec_string ("birth-date", NULL, "Birth date, YYYY-MM-DD",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_SEX] =
    g_param_spec_enum ("sex", NULL, "Sex",
                       TG_TYPE_SEX, TG_SEX_MALE,
                       (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_OCCUPATION] =
    g_param_spec_string ("occupation", NULL, "Occupation",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_INJURY] =
    g_param_spec_string ("injury", NULL, "Injury description",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_SEVERITY] =
    g_param_spec_enum ("severity", NULL, "Severity of the injury",
                       TG_TYPE_SEVERITY, TG_SEVERITY_LIGHT,
                       (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_DIED_ON] =
    g_param_spec_string ("died-on", NULL, "Date of death, YYYY-MM-DD, fatal victims only",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_EXPERIENCE_MONTHS] =
    g_param_spec_int ("experience-months", NULL, "Length of service in the occupation, months",
                      -1, G_MAXINT, -1,
                      (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_BRIEFED_ON] =
    g_param_spec_string ("briefed-on", NULL, "Date of the last safety briefing",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_TRAINED_ON] =
    g_param_spec_string ("trained-on", NULL, "Date of the last safety training and knowledge test",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tg_victim_init (TgVictim *self)
{
  self->experience_months = -1;
  self->sex = TG_SEX_MALE;
  self->severity = TG_SEVERITY_LIGHT;
}

TgVictim *
tg_victim_new (void)
{
  return g_object_new (TG_TYPE_VICTIM, NULL);
}

const char *
tg_victim_get_id (TgVictim *self)
{
  g_return_val_if_fail (TG_IS_VICTIM (self), NULL);

  return self->id;
}

void
tg_victim_set_id (TgVictim   *self,
                  const char *id)
{
  g_return_if_fail (TG_IS_VICTIM (self));

  if (g_strcmp0 (self->id, id) == 0)
    return;
  g_free (self->id);
  self->id = g_strdup (id);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ID]);
}

const char *
tg_victim_get_full_name (TgVictim *self)
{
  g_return_val_if_fail (TG_IS_VICTIM (self), NULL);

  return self->full_name;
}

void
tg_victim_set_full_name (TgVictim   *self,
                         const char *full_name)
{
  g_return_if_fail (TG_IS_VICTIM (self));

  if (g_strcmp0 (self->full_name, full_name) == 0)
    return;
  g_free (self->full_name);
  self->full_name = g_strdup (full_name);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FULL_NAME]);
}

const char *
tg_victim_get_iin (TgVictim *self)
{
  g_return_val_if_fail (TG_IS_VICTIM (self), NULL);

  return self->iin;
}

void
tg_victim_set_iin (TgVictim   *self,
                   const char *iin)
{
  g_return_if_fail (TG_IS_VICTIM (self));

  if (g_strcmp0 (self->iin, iin) == 0)
    return;
  g_free (self->iin);
  self->iin = g_strdup (iin);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_IIN]);
}

const char *
tg_victim_get_birth_date (TgVictim *self)
{
  g_return_val_if_fail (TG_IS_VICTIM (self), NULL);

  return self->birth_date;
}

void
tg_victim_set_birth_date (TgVictim   *self,
                          const char *birth_date)
{
  g_return_if_fail (TG_IS_VICTIM (self));

  if (g_strcmp0 (self->birth_date, birth_date) == 0)
    return;
  g_free (self->birth_date);
  self->birth_date = g_strdup (birth_date);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BIRTH_DATE]);
}

TgSex
tg_victim_get_sex (TgVictim *self)
{
  g_return_val_if_fail (TG_IS_VICTIM (self), 0);

  return self->sex;
}

void
tg_victim_set_sex (TgVictim *self,
                   TgSex sex)
{
  g_return_if_fail (TG_IS_VICTIM (self));

  if (self->sex == sex)
    return;
  self->sex = sex;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SEX]);
}

const char *
tg_victim_get_occupation (TgVictim *self)
{
  g_return_val_if_fail (TG_IS_VICTIM (self), NULL);

  return self->occupation;
}

void
tg_victim_set_occupation (TgVictim   *self,
                          const char *occupation)
{
  g_return_if_fail (TG_IS_VICTIM (self));

  if (g_strcmp0 (self->occupation, occupation) == 0)
    return;
  g_free (self->occupation);
  self->occupation = g_strdup (occupation);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_OCCUPATION]);
}

const char *
tg_victim_get_injury (TgVictim *self)
{
  g_return_val_if_fail (TG_IS_VICTIM (self), NULL);

  return self->injury;
}

void
tg_victim_set_injury (TgVictim   *self,
                      const char *injury)
{
  g_return_if_fail (TG_IS_VICTIM (self));

  if (g_strcmp0 (self->injury, injury) == 0)
    return;
  g_free (self->injury);
  self->injury = g_strdup (injury);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_INJURY]);
}

TgSeverity
tg_victim_get_severity (TgVictim *self)
{
  g_return_val_if_fail (TG_IS_VICTIM (self), 0);

  return self->severity;
}

void
tg_victim_set_severity (TgVictim *self,
                        TgSeverity severity)
{
  g_return_if_fail (TG_IS_VICTIM (self));

  if (self->severity == severity)
    return;
  self->severity = severity;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SEVERITY]);
}

const char *
tg_victim_get_died_on (TgVictim *self)
{
  g_return_val_if_fail (TG_IS_VICTIM (self), NULL);

  return self->died_on;
}

void
tg_victim_set_died_on (TgVictim   *self,
                       const char *died_on)
{
  g_return_if_fail (TG_IS_VICTIM (self));

  if (g_strcmp0 (self->died_on, died_on) == 0)
    return;
  g_free (self->died_on);
  self->died_on = g_strdup (died_on);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DIED_ON]);
}

int
tg_victim_get_experience_months (TgVictim *self)
{
  g_return_val_if_fail (TG_IS_VICTIM (self), -1);

  return self->experience_months;
}

void
tg_victim_set_experience_months (TgVictim *self,
                                 int experience_months)
{
  g_return_if_fail (TG_IS_VICTIM (self));

  if (self->experience_months == experience_months)
    return;
  self->experience_months = experience_months;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_EXPERIENCE_MONTHS]);
}

const char *
tg_victim_get_briefed_on (TgVictim *self)
{
  g_return_val_if_fail (TG_IS_VICTIM (self), NULL);

  return self->briefed_on;
}

void
tg_victim_set_briefed_on (TgVictim *self,
                          const char *briefed_on)
{
  g_return_if_fail (TG_IS_VICTIM (self));

  if (g_strcmp0 (self->briefed_on, briefed_on) == 0)
    return;
  g_free (self->briefed_on);
  self->briefed_on = g_strdup (briefed_on);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BRIEFED_ON]);
}

const char *
tg_victim_get_trained_on (TgVictim *self)
{
  g_return_val_if_fail (TG_IS_VICTIM (self), NULL);

  return self->trained_on;
}

void
tg_victim_set_trained_on (TgVictim *self,
                          const char *trained_on)
{
  g_return_if_fail (TG_IS_VICTIM (self));

  if (g_strcmp0 (self->trained_on, trained_on) == 0)
    return;
  g_free (self->trained_on);
  self->trained_on = g_strdup (trained_on);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TRAINED_ON]);
}
