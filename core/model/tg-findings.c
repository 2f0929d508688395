/* tg-findings.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-model"

#include "config.h"

#include <string.h>

#include "tg-findings.h"
#include "tg-dates.h"

struct _TgFindings
{
  GObject parent_instance;

  gboolean work_related;
  TgGround ground;
  char **causes;
  char **responsible;
  char **violations;
  int fault_employer;
  int fault_employee;
  char **measures;
  char *dissent;
  char *dissent_by;
};

G_DEFINE_FINAL_TYPE (TgFindings, tg_findings, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_WORK_RELATED,
  PROP_GROUND,
  PROP_CAUSES,
  PROP_RESPONSIBLE,
  PROP_VIOLATIONS,
  PROP_FAULT_EMPLOYER,
  PROP_FAULT_EMPLOYEE,
  PROP_MEASURES,
  PROP_DISSENT,
  PROP_DISSENT_BY,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
tg_findings_finalize (GObject *object)
{
  TgFindings *self = (TgFindings *) object;

  g_clear_pointer (&self->causes, g_strfreev);
  g_clear_pointer (&self->responsible, g_strfreev);
  g_clear_pointer (&self->violations, g_strfreev);
  g_clear_pointer (&self->dissent_by, g_free);
  g_clear_pointer (&self->dissent, g_free);
  g_clear_pointer (&self->measures, g_strfreev);

  G_OBJECT_CLASS (tg_findings_parent_class)->finalize (object);
}

static void
tg_findings_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  TgFindings *self = TG_FINDINGS(object);

  switch (prop_id)
    {
    case PROP_WORK_RELATED:
      g_value_set_boolean (value, self->work_related);
      break;

    case PROP_GROUND:
      g_value_set_enum (value, self->ground);
      break;

    case PROP_CAUSES:
      g_value_set_boxed (value, self->causes);
      break;

    case PROP_RESPONSIBLE:
      g_value_set_boxed (value, self->responsible);
      break;

    case PROP_VIOLATIONS:
      g_value_set_boxed (value, self->violations);
      break;

    case PROP_FAULT_EMPLOYER:
      g_value_set_int (value, self->fault_employer);
      break;

    case PROP_FAULT_EMPLOYEE:
      g_value_set_int (value, self->fault_employee);
      break;

    case PROP_MEASURES:
      g_value_set_boxed (value, self->measures);
      break;

    case PROP_DISSENT:
      g_value_set_string (value, self->dissent);
      break;

    case PROP_DISSENT_BY:
      g_value_set_string (value, self->dissent_by);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tg_findings_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  TgFindings *self = TG_FINDINGS (object);

  switch (prop_id)
    {
    case PROP_WORK_RELATED:
      tg_findings_set_work_related (self, g_value_get_boolean (value));
      break;

    case PROP_GROUND:
      tg_findings_set_ground (self, g_value_get_enum (value));
      break;

    case PROP_CAUSES:
      tg_findings_set_causes (self, g_value_get_boxed (value));
      break;

    case PROP_RESPONSIBLE:
      tg_findings_set_responsible (self, g_value_get_boxed (value));
      break;

    case PROP_VIOLATIONS:
      tg_findings_set_violations (self, g_value_get_boxed (value));
      break;

    case PROP_FAULT_EMPLOYER:
      tg_findings_set_fault_employer (self, g_value_get_int (value));
      break;

    case PROP_FAULT_EMPLOYEE:
      tg_findings_set_fault_employee (self, g_value_get_int (value));
      break;

    case PROP_MEASURES:
      tg_findings_set_measures (self, g_value_get_boxed (value));
      break;

    case PROP_DISSENT:
      tg_findings_set_dissent (self, g_value_get_string (value));
      break;

    case PROP_DISSENT_BY:
      tg_findings_set_dissent_by (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tg_findings_class_init (TgFindingsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tg_findings_finalize;
  object_class->get_property = tg_findings_get_property;
  object_class->set_property = tg_findings_set_property;

  properties [PROP_WORK_RELATED] =
    g_param_spec_boolean ("work-related", NULL, "Whether the accident is work-related",
                          TRUE,
                          (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_GROUND] =
    g_param_spec_enum ("ground", NULL, "Ground for a not-work-related finding",
                       TG_TYPE_GROUND, TG_GROUND_NONE,
                       (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_CAUSES] =
    g_param_spec_boxed ("causes", NULL, "Causes",
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_RESPONSIBLE] =
    g_param_spec_boxed ("responsible", NULL, "Persons responsible",
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_VIOLATIONS] =
    g_param_spec_boxed ("violations", NULL, "Violated norms",
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_FAULT_EMPLOYER] =
    g_param_spec_int ("fault-employer", NULL, "Employer fault share in percent, -1 if not set",
                      -1, 100, -1,
                      (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_FAULT_EMPLOYEE] =
    g_param_spec_int ("fault-employee", NULL, "Employee fault share in percent, -1 if not set",
                      -1, 100, -1,
                      (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_MEASURES] =
    g_param_spec_boxed ("measures", NULL, "Measures to prevent recurrence",
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_DISSENT] =
    g_param_spec_string ("dissent", NULL, "Dissenting opinion of a member",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_DISSENT_BY] =
    g_param_spec_string ("dissent-by", NULL, "The member who dissents",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tg_findings_init (TgFindings *self)
{
  self->work_related = TRUE;
  self->ground = TG_GROUND_NONE;
  self->fault_employer = -1;
  self->fault_employee = -1;
}

/* An empty list is stored as NULL, as the store reads it back: one
 * spelling of "none", so that a case compares equal to itself whichever
 * way it came (store, exchange file, form). */
static gboolean
set_list (char               ***field,
          const char * const   *value)
{
  if (value != NULL && value[0] == NULL)
    value = NULL;
  if (*field == NULL && value == NULL)
    return FALSE;
  if (*field != NULL && value != NULL &&
      g_strv_equal ((const char * const *) *field, value))
    return FALSE;
  g_strfreev (*field);
  *field = g_strdupv ((char **) value);
  return TRUE;
}

TgFindings *
tg_findings_new (void)
{
  return g_object_new (TG_TYPE_FINDINGS, NULL);
}

gboolean
tg_findings_get_work_related (TgFindings *self)
{
  g_return_val_if_fail (TG_IS_FINDINGS (self), FALSE);

  return self->work_related;
}

void
tg_findings_set_work_related (TgFindings *self,
                              gboolean work_related)
{
  g_return_if_fail (TG_IS_FINDINGS (self));

  if (self->work_related == !!work_related)
    return;
  self->work_related = !!work_related;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_WORK_RELATED]);
}

TgGround
tg_findings_get_ground (TgFindings *self)
{
  g_return_val_if_fail (TG_IS_FINDINGS (self), 0);

  return self->ground;
}

void
tg_findings_set_ground (TgFindings *self,
                        TgGround ground)
{
  g_return_if_fail (TG_IS_FINDINGS (self));

  if (self->ground == ground)
    return;
  self->ground = ground;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_GROUND]);
}

const char * const *
tg_findings_get_causes (TgFindings *self)
{
  g_return_val_if_fail (TG_IS_FINDINGS (self), NULL);

  return (const char * const *) self->causes;
}

void
tg_findings_set_causes (TgFindings          *self,
                        const char * const *causes)
{
  g_return_if_fail (TG_IS_FINDINGS (self));

  if (set_list (&self->causes, causes))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CAUSES]);
}

const char * const *
tg_findings_get_responsible (TgFindings *self)
{
  g_return_val_if_fail (TG_IS_FINDINGS (self), NULL);

  return (const char * const *) self->responsible;
}

void
tg_findings_set_responsible (TgFindings          *self,
                             const char * const *responsible)
{
  g_return_if_fail (TG_IS_FINDINGS (self));

  if (set_list (&self->responsible, responsible))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_RESPONSIBLE]);
}

const char * const *
tg_findings_get_violations (TgFindings *self)
{
  g_return_val_if_fail (TG_IS_FINDINGS (self), NULL);

  return (const char * const *) self->violations;
}

void
tg_findings_set_violations (TgFindings          *self,
                            const char * const *violations)
{
  g_return_if_fail (TG_IS_FINDINGS (self));

  if (set_list (&self->violations, violations))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_VIOLATIONS]);
}

int
tg_findings_get_fault_employer (TgFindings *self)
{
  g_return_val_if_fail (TG_IS_FINDINGS (self), 0);

  return self->fault_employer;
}

void
tg_findings_set_fault_employer (TgFindings *self,
                                int fault_employer)
{
  g_return_if_fail (TG_IS_FINDINGS (self));

  if (self->fault_employer == fault_employer)
    return;
  self->fault_employer = fault_employer;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FAULT_EMPLOYER]);
}

int
tg_findings_get_fault_employee (TgFindings *self)
{
  g_return_val_if_fail (TG_IS_FINDINGS (self), 0);

  return self->fault_employee;
}

void
tg_findings_set_fault_employee (TgFindings *self,
                                int fault_employee)
{
  g_return_if_fail (TG_IS_FINDINGS (self));

  if (self->fault_employee == fault_employee)
    return;
  self->fault_employee = fault_employee;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FAULT_EMPLOYEE]);
}

const char * const *
tg_findings_get_measures (TgFindings *self)
{
  g_return_val_if_fail (TG_IS_FINDINGS (self), NULL);

  return (const char * const *) self->measures;
}

void
tg_findings_set_measures (TgFindings          *self,
                          const char * const *measures)
{
  g_return_if_fail (TG_IS_FINDINGS (self));

  if (set_list (&self->measures, measures))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MEASURES]);
}

const char *
tg_findings_get_dissent (TgFindings *self)
{
  g_return_val_if_fail (TG_IS_FINDINGS (self), NULL);

  return self->dissent;
}

void
tg_findings_set_dissent (TgFindings *self,
                         const char *dissent)
{
  g_return_if_fail (TG_IS_FINDINGS (self));

  if (g_strcmp0 (self->dissent, dissent) == 0)
    return;
  g_free (self->dissent);
  self->dissent = g_strdup (dissent);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DISSENT]);
}

const char *
tg_findings_get_dissent_by (TgFindings *self)
{
  g_return_val_if_fail (TG_IS_FINDINGS (self), NULL);

  return self->dissent_by;
}

void
tg_findings_set_dissent_by (TgFindings *self,
                            const char *dissent_by)
{
  g_return_if_fail (TG_IS_FINDINGS (self));

  if (g_strcmp0 (self->dissent_by, dissent_by) == 0)
    return;
  g_free (self->dissent_by);
  self->dissent_by = g_strdup (dissent_by);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DISSENT_BY]);
}

char *
tg_findings_measure_join (const char *due,
                          const char *text)
{
  if (due == NULL || *due == '\0')
    return g_strdup (text != NULL ? text : "");
  return g_strconcat (due, ": ", text != NULL ? text : "", NULL);
}

void
tg_findings_measure_split (const char  *measure,
                           char       **due,
                           char       **text)
{
  GDate date;

  *due = NULL;
  if (measure != NULL && strlen (measure) > 12 && measure[10] == ':' && measure[11] == ' ')
    {
      g_autofree char *head = g_strndup (measure, 10);

      if (tg_date_parse (head, &date))
        {
          *due = g_steal_pointer (&head);
          *text = g_strdup (measure + 12);
          return;
        }
    }
  *text = g_strdup (measure != NULL ? measure : "");
}
