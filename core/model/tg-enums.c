/* tg-enums.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-enums"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-enums.h"

/* Nicks are the exchange format's spellings (exchange-format.md §Shape). */
G_DEFINE_ENUM_TYPE (TgState, tg_state,
  G_DEFINE_ENUM_VALUE (TG_STATE_REGISTERED, "registered"),
  G_DEFINE_ENUM_VALUE (TG_STATE_LOCAL_INVESTIGATION, "local-investigation"),
  G_DEFINE_ENUM_VALUE (TG_STATE_COMMISSION_PENDING, "commission-pending"),
  G_DEFINE_ENUM_VALUE (TG_STATE_COMMITTEE_INVESTIGATION, "committee-investigation"),
  G_DEFINE_ENUM_VALUE (TG_STATE_REFERRED_TO_GOVERNMENT, "referred-to-government"),
  G_DEFINE_ENUM_VALUE (TG_STATE_CONCLUDED, "concluded"),
  G_DEFINE_ENUM_VALUE (TG_STATE_CLOSED, "closed"))

G_DEFINE_ENUM_TYPE (TgSeverity, tg_severity,
  G_DEFINE_ENUM_VALUE (TG_SEVERITY_LIGHT, "light"),
  G_DEFINE_ENUM_VALUE (TG_SEVERITY_SEVERE, "severe"),
  G_DEFINE_ENUM_VALUE (TG_SEVERITY_FATAL, "fatal"))

G_DEFINE_ENUM_TYPE (TgSex, tg_sex,
  G_DEFINE_ENUM_VALUE (TG_SEX_MALE, "m"),
  G_DEFINE_ENUM_VALUE (TG_SEX_FEMALE, "f"))

G_DEFINE_ENUM_TYPE (TgBody, tg_body,
  G_DEFINE_ENUM_VALUE (TG_BODY_NONE, "none"),
  G_DEFINE_ENUM_VALUE (TG_BODY_EMPLOYER, "employer"),
  G_DEFINE_ENUM_VALUE (TG_BODY_LOCAL_INSPECTORATE, "local-inspectorate"),
  G_DEFINE_ENUM_VALUE (TG_BODY_COMMITTEE, "committee"),
  G_DEFINE_ENUM_VALUE (TG_BODY_GOVERNMENT, "government"))

G_DEFINE_ENUM_TYPE (TgJurisdiction, tg_jurisdiction,
  G_DEFINE_ENUM_VALUE (TG_JURISDICTION_EMPLOYER, "employer"),
  G_DEFINE_ENUM_VALUE (TG_JURISDICTION_LOCAL, "local"),
  G_DEFINE_ENUM_VALUE (TG_JURISDICTION_LOCAL_CHIEF, "local-chief"),
  G_DEFINE_ENUM_VALUE (TG_JURISDICTION_COMMITTEE, "committee"),
  G_DEFINE_ENUM_VALUE (TG_JURISDICTION_GOVERNMENT, "government"))

G_DEFINE_ENUM_TYPE (TgRole, tg_role,
  G_DEFINE_ENUM_VALUE (TG_ROLE_CHAIR, "chair"),
  G_DEFINE_ENUM_VALUE (TG_ROLE_DEPUTY_CHAIR, "deputy-chair"),
  G_DEFINE_ENUM_VALUE (TG_ROLE_MEMBER, "member"),
  G_DEFINE_ENUM_VALUE (TG_ROLE_SECRETARY, "secretary"))

G_DEFINE_ENUM_TYPE (TgGround, tg_ground,
  G_DEFINE_ENUM_VALUE (TG_GROUND_NONE, "none"),
  G_DEFINE_ENUM_VALUE (TG_GROUND_INTOXICATION, "intoxication"),
  G_DEFINE_ENUM_VALUE (TG_GROUND_SELF_HARM, "self-harm"),
  G_DEFINE_ENUM_VALUE (TG_GROUND_VICTIM_OFFENCE, "victim-offence"),
  G_DEFINE_ENUM_VALUE (TG_GROUND_ILLNESS, "illness"))

G_DEFINE_ENUM_TYPE (TgParty, tg_party,
  G_DEFINE_ENUM_VALUE (TG_PARTY_EMPLOYER, "employer"),
  G_DEFINE_ENUM_VALUE (TG_PARTY_WORKER, "worker"),
  G_DEFINE_ENUM_VALUE (TG_PARTY_INSPECTOR, "inspector"))

G_DEFINE_ENUM_TYPE (TgDisputeSubject, tg_dispute_subject,
  G_DEFINE_ENUM_VALUE (TG_DISPUTE_SUBJECT_INVESTIGATION, "investigation"),
  G_DEFINE_ENUM_VALUE (TG_DISPUTE_SUBJECT_FORMALIZATION, "formalization"),
  G_DEFINE_ENUM_VALUE (TG_DISPUTE_SUBJECT_REGISTRATION, "registration"))

G_DEFINE_ENUM_TYPE (TgDisputeStatus, tg_dispute_status,
  G_DEFINE_ENUM_VALUE (TG_DISPUTE_STATUS_FILED, "filed"),
  G_DEFINE_ENUM_VALUE (TG_DISPUTE_STATUS_UNDER_REVIEW, "under-review"),
  G_DEFINE_ENUM_VALUE (TG_DISPUTE_STATUS_DECIDED, "decided"),
  G_DEFINE_ENUM_VALUE (TG_DISPUTE_STATUS_WITHDRAWN, "withdrawn"))

G_DEFINE_ENUM_TYPE (TgOutcome, tg_outcome,
  G_DEFINE_ENUM_VALUE (TG_OUTCOME_NONE, "none"),
  G_DEFINE_ENUM_VALUE (TG_OUTCOME_UPHELD, "upheld"),
  G_DEFINE_ENUM_VALUE (TG_OUTCOME_PARTLY_UPHELD, "partly-upheld"),
  G_DEFINE_ENUM_VALUE (TG_OUTCOME_REJECTED, "rejected"),
  G_DEFINE_ENUM_VALUE (TG_OUTCOME_REINVESTIGATION, "reinvestigation"))

G_DEFINE_ENUM_TYPE (TgAction, tg_action,
  G_DEFINE_ENUM_VALUE (TG_ACTION_ROUTE, "route"),
  G_DEFINE_ENUM_VALUE (TG_ACTION_APPOINT, "appoint"),
  G_DEFINE_ENUM_VALUE (TG_ACTION_CONCLUDE, "conclude"),
  G_DEFINE_ENUM_VALUE (TG_ACTION_CLOSE, "close"),
  G_DEFINE_ENUM_VALUE (TG_ACTION_REOPEN, "reopen"),
  G_DEFINE_ENUM_VALUE (TG_ACTION_REINVESTIGATE, "reinvestigate"),
  G_DEFINE_ENUM_VALUE (TG_ACTION_ESCALATE, "escalate"),
  G_DEFINE_ENUM_VALUE (TG_ACTION_REFER, "refer"))

/* Enum classes are static and live as long as the process: one reference
 * is taken on first use and kept, so that the conversions, which the store
 * makes for every row, take no type-system lock. */
static GEnumClass *
enum_class (GType enum_type)
{
  static GEnumClass *cache[32];
  static GMutex lock;
  GEnumClass *klass;

  for (guint i = 0; i < G_N_ELEMENTS (cache); i++)
    {
      klass = g_atomic_pointer_get (&cache[i]);
      if (klass == NULL)
        break;
      if (G_TYPE_FROM_CLASS (klass) == enum_type)
        return klass;
    }
  klass = g_type_class_ref (enum_type);
  g_mutex_lock (&lock);
  for (guint i = 0; i < G_N_ELEMENTS (cache); i++)
    {
      if (cache[i] != NULL && G_TYPE_FROM_CLASS (cache[i]) == enum_type)
        break;
      if (cache[i] == NULL)
        {
          g_atomic_pointer_set (&cache[i], g_type_class_ref (enum_type));
          break;
        }
    }
  g_mutex_unlock (&lock);
  g_type_class_unref (klass);
  return g_type_class_peek (enum_type);
}

const char *
tg_enum_to_nick (GType enum_type,
                 int   value)
{
  GEnumValue *ev = g_enum_get_value (enum_class (enum_type), value);

  return ev != NULL ? ev->value_nick : NULL;
}

gboolean
tg_enum_from_nick (GType       enum_type,
                   const char *nick,
                   int        *value)
{
  GEnumValue *ev;

  if (nick == NULL)
    return FALSE;
  ev = g_enum_get_value_by_nick (enum_class (enum_type), nick);
  if (ev == NULL)
    return FALSE;
  *value = ev->value;
  return TRUE;
}

char *
tg_enum_list_nicks (GType enum_type)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    {
      if (i > 0)
        g_string_append (s, ", ");
      g_string_append (s, klass->values[i].value_nick);
    }
  return g_string_free (s, FALSE);
}

#define LABEL(table, v) \
  (((guint) (v) < G_N_ELEMENTS (table)) ? _(table[v]) : "?")

const char *
tg_state_label (TgState state)
{
  static const char * const labels[] = {
    N_("Registered"),
    N_("Local investigation"),
    N_("Commission pending"),
    N_("Committee investigation"),
    N_("Referred to the Government"),
    N_("Concluded"),
    N_("Closed"),
  };
  return LABEL (labels, state);
}

const char *
tg_severity_label (TgSeverity severity)
{
  static const char * const labels[] = {
    /* Translators: severity of an injury */
    N_("Light"),
    N_("Severe"),
    N_("Fatal"),
  };
  return LABEL (labels, severity);
}

const char *
tg_jurisdiction_label (TgJurisdiction jurisdiction)
{
  static const char * const labels[] = {
    N_("Employer's commission"),
    N_("Special investigation by the local labour inspection"),
    N_("Special investigation chaired by the region's chief state labour inspector"),
    N_("Commission of the Committee"),
    N_("Government commission"),
  };
  return LABEL (labels, jurisdiction);
}

const char *
tg_body_label (TgBody body)
{
  static const char * const labels[] = {
    N_("Not assigned"),
    N_("Employer"),
    N_("Local labour inspectorate"),
    N_("Committee"),
    N_("Government"),
  };
  return LABEL (labels, body);
}

const char *
tg_role_label (TgRole role)
{
  static const char * const labels[] = {
    /* Translators: role in a commission */
    N_("Chair"),
    N_("Deputy chair"),
    N_("Member"),
    N_("Secretary"),
  };
  return LABEL (labels, role);
}

const char *
tg_action_label (TgAction action)
{
  static const char * const labels[] = {
    /* Translators: these are actions on a case (verbs) */
    N_("Route"),
    N_("Appoint commission"),
    N_("Conclude"),
    N_("Close"),
    N_("Reopen"),
    N_("Reinvestigate"),
    N_("Escalate"),
    N_("Refer to the Government"),
  };
  return LABEL (labels, action);
}

const char *
tg_ground_label (TgGround ground)
{
  static const char * const labels[] = {
    N_("None"),
    N_("Intoxication of the victim"),
    N_("Deliberate self-harm"),
    N_("Criminal offence by the victim"),
    N_("Sudden illness unrelated to production"),
  };
  return LABEL (labels, ground);
}

const char *
tg_party_label (TgParty party)
{
  static const char * const labels[] = {
    /* Translators: a party to a dispute */
    N_("Employer"),
    N_("Worker"),
    N_("State labour inspector"),
  };
  return LABEL (labels, party);
}

const char *
tg_dispute_subject_label (TgDisputeSubject subject)
{
  static const char * const labels[] = {
    /* Translators: what a dispute is about */
    N_("Investigation"),
    N_("Formalization (the act)"),
    N_("Registration"),
  };
  return LABEL (labels, subject);
}

const char *
tg_dispute_status_label (TgDisputeStatus status)
{
  static const char * const labels[] = {
    /* Translators: status of a dispute */
    N_("Filed"),
    N_("Under review"),
    N_("Decided"),
    N_("Withdrawn"),
  };
  return LABEL (labels, status);
}

const char *
tg_outcome_label (TgOutcome outcome)
{
  static const char * const labels[] = {
    /* Translators: decision on a dispute */
    N_("None"),
    N_("Upheld"),
    N_("Partly upheld"),
    N_("Rejected"),
    N_("Re-investigation"),
  };
  return LABEL (labels, outcome);
}
