/* tg-dispute.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-model"

#include "config.h"

#include "tg-dispute.h"
#include "tg-position.h"

struct _TgDispute
{
  GObject parent_instance;

  char *id;
  TgParty filed_by;
  TgDisputeSubject subject;
  char *filed;
  TgDisputeStatus status;
  char *due;
  char *claim;
  GListStore *positions;
  TgOutcome outcome;
  char *decided_on;
  char *decided_by;
  char *reasoning;
  char *appeal_court;
  char *appeal_filed;
  char *appeal_result;
  char *number;
  char *applicant;
  char *victim;
};

G_DEFINE_FINAL_TYPE (TgDispute, tg_dispute, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_FILED_BY,
  PROP_SUBJECT,
  PROP_FILED,
  PROP_STATUS,
  PROP_DUE,
  PROP_CLAIM,
  PROP_POSITIONS,
  PROP_OUTCOME,
  PROP_DECIDED_ON,
  PROP_DECIDED_BY,
  PROP_REASONING,
  PROP_APPEAL_COURT,
  PROP_APPEAL_FILED,
  PROP_APPEAL_RESULT,
  PROP_NUMBER,
  PROP_APPLICANT,
  PROP_VICTIM,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
tg_dispute_finalize (GObject *object)
{
  TgDispute *self = (TgDispute *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->filed, g_free);
  g_clear_pointer (&self->due, g_free);
  g_clear_pointer (&self->claim, g_free);
  g_clear_object (&self->positions);
  g_clear_pointer (&self->decided_on, g_free);
  g_clear_pointer (&self->decided_by, g_free);
  g_clear_pointer (&self->reasoning, g_free);
  g_clear_pointer (&self->appeal_court, g_free);
  g_clear_pointer (&self->appeal_filed, g_free);
  g_clear_pointer (&self->appeal_result, g_free);
  g_clear_pointer (&self->victim, g_free);
  g_clear_pointer (&self->applicant, g_free);
  g_clear_pointer (&self->number, g_free);

  G_OBJECT_CLASS (tg_dispute_parent_class)->finalize (object);
}

static void
tg_dispute_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  TgDispute *self = TG_DISPUTE(object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_FILED_BY:
      g_value_set_enum (value, self->filed_by);
      break;

    case PROP_SUBJECT:
      g_value_set_enum (value, self->subject);
      break;

    case PROP_FILED:
      g_value_set_string (value, self->filed);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_DUE:
      g_value_set_string (value, self->due);
      break;

    case PROP_CLAIM:
      g_value_set_string (value, self->claim);
      break;

    case PROP_POSITIONS:
      g_value_set_object (value, self->positions);
      break;

    case PROP_OUTCOME:
      g_value_set_enum (value, self->outcome);
      break;

    case PROP_DECIDED_ON:
      g_value_set_string (value, self->decided_on);
      break;

    case PROP_DECIDED_BY:
      g_value_set_string (value, self->decided_by);
      break;

    case PROP_REASONING:
      g_value_set_string (value, self->reasoning);
      break;

    case PROP_APPEAL_COURT:
      g_value_set_string (value, self->appeal_court);
      break;

    case PROP_APPEAL_FILED:
      g_value_set_string (value, self->appeal_filed);
      break;

    case PROP_APPEAL_RESULT:
      g_value_set_string (value, self->appeal_result);
      break;

    case PROP_NUMBER:
      g_value_set_string (value, self->number);
      break;

    case PROP_APPLICANT:
      g_value_set_string (value, self->applicant);
      break;

    case PROP_VICTIM:
      g_value_set_string (value, self->victim);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tg_dispute_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  TgDispute *self = TG_DISPUTE (object);

  switch (prop_id)
    {
    case PROP_ID:
      tg_dispute_set_id (self, g_value_get_string (value));
      break;

    case PROP_FILED_BY:
      tg_dispute_set_filed_by (self, g_value_get_enum (value));
      break;

    case PROP_SUBJECT:
      tg_dispute_set_subject (self, g_value_get_enum (value));
      break;

    case PROP_FILED:
      tg_dispute_set_filed (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      tg_dispute_set_status (self, g_value_get_enum (value));
      break;

    case PROP_DUE:
      tg_dispute_set_due (self, g_value_get_string (value));
      break;

    case PROP_CLAIM:
      tg_dispute_set_claim (self, g_value_get_string (value));
      break;

    case PROP_OUTCOME:
      tg_dispute_set_outcome (self, g_value_get_enum (value));
      break;

    case PROP_DECIDED_ON:
      tg_dispute_set_decided_on (self, g_value_get_string (value));
      break;

    case PROP_DECIDED_BY:
      tg_dispute_set_decided_by (self, g_value_get_string (value));
      break;

    case PROP_REASONING:
      tg_dispute_set_reasoning (self, g_value_get_string (value));
      break;

    case PROP_APPEAL_COURT:
      tg_dispute_set_appeal_court (self, g_value_get_string (value));
      break;

    case PROP_APPEAL_FILED:
      tg_dispute_set_appeal_filed (self, g_value_get_string (value));
      break;

    case PROP_APPEAL_RESULT:
      tg_dispute_set_appeal_result (self, g_value_get_string (value));
      break;

    case PROP_NUMBER:
      tg_dispute_set_number (self, g_value_get_string (value));
      break;

    case PROP_APPLICANT:
      tg_dispute_set_applicant (self, g_value_get_string (value));
      break;

    case PROP_VICTIM:
      tg_dispute_set_victim (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tg_dispute_class_init (TgDisputeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tg_dispute_finalize;
  object_class->get_property = tg_dispute_get_property;
  object_class->set_property = tg_dispute_set_property;

  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, "Identifier unique within the case",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_FILED_BY] =
    g_param_spec_enum ("filed-by", NULL, "Who filed it",
                       TG_TYPE_PARTY, TG_PARTY_WORKER,
                       (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_SUBJECT] =
    g_param_spec_enum ("subject", NULL, "What it is about",
                       TG_TYPE_DISPUTE_SUBJECT, TG_DISPUTE_SUBJECT_INVESTIGATION,
                       (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_FILED] =
    g_param_spec_string ("filed", NULL, "Date filed, YYYY-MM-DD",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_STATUS] =
    g_param_spec_enum ("status", NULL, "Status",
                       TG_TYPE_DISPUTE_STATUS, TG_DISPUTE_STATUS_FILED,
                       (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_DUE] =
    g_param_spec_string ("due", NULL, "Date by which the Committee decides, YYYY-MM-DD",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_CLAIM] =
    g_param_spec_string ("claim", NULL, "The claim",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_POSITIONS] =
    g_param_spec_object ("positions", NULL, "Other parties' positions (TgPosition)",
                         G_TYPE_LIST_STORE,
                         (G_PARAM_READABLE |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_OUTCOME] =
    g_param_spec_enum ("outcome", NULL, "Decision",
                       TG_TYPE_OUTCOME, TG_OUTCOME_NONE,
                       (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_DECIDED_ON] =
    g_param_spec_string ("decided-on", NULL, "Date of the decision",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_DECIDED_BY] =
    g_param_spec_string ("decided-by", NULL, "Who decided",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_REASONING] =
    g_param_spec_string ("reasoning", NULL, "Reasoning of the decision",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_APPEAL_COURT] =
    g_param_spec_string ("appeal-court", NULL, "Court of appeal",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_APPEAL_FILED] =
    g_param_spec_string ("appeal-filed", NULL, "Date the appeal was filed",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_APPEAL_RESULT] =
    g_param_spec_string ("appeal-result", NULL, "Result of the appeal",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_NUMBER] =
    g_param_spec_string ("number", NULL, "Number of the decision",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_APPLICANT] =
    g_param_spec_string ("applicant", NULL, "Who applied (name)",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_VICTIM] =
    g_param_spec_string ("victim", NULL, "The victim concerned (id)",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tg_dispute_init (TgDispute *self)
{
  self->filed_by = TG_PARTY_WORKER;
  self->subject = TG_DISPUTE_SUBJECT_INVESTIGATION;
  self->status = TG_DISPUTE_STATUS_FILED;
  self->positions = g_list_store_new (TG_TYPE_POSITION);
  self->outcome = TG_OUTCOME_NONE;
}

TgDispute *
tg_dispute_new (void)
{
  return g_object_new (TG_TYPE_DISPUTE, NULL);
}

const char *
tg_dispute_get_id (TgDispute *self)
{
  g_return_val_if_fail (TG_IS_DISPUTE (self), NULL);

  return self->id;
}

void
tg_dispute_set_id (TgDispute   *self,
                   const char *id)
{
  g_return_if_fail (TG_IS_DISPUTE (self));

  if (g_strcmp0 (self->id, id) == 0)
    return;
  g_free (self->id);
  self->id = g_strdup (id);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ID]);
}

TgParty
tg_dispute_get_filed_by (TgDispute *self)
{
  g_return_val_if_fail (TG_IS_DISPUTE (self), 0);

  return self->filed_by;
}

void
tg_dispute_set_filed_by (TgDispute *self,
                         TgParty filed_by)
{
  g_return_if_fail (TG_IS_DISPUTE (self));

  if (self->filed_by == filed_by)
    return;
  self->filed_by = filed_by;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FILED_BY]);
}

TgDisputeSubject
tg_dispute_get_subject (TgDispute *self)
{
  g_return_val_if_fail (TG_IS_DISPUTE (self), 0);

  return self->subject;
}

void
tg_dispute_set_subject (TgDispute *self,
                        TgDisputeSubject subject)
{
  g_return_if_fail (TG_IS_DISPUTE (self));

  if (self->subject == subject)
    return;
  self->subject = subject;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SUBJECT]);
}

const char *
tg_dispute_get_filed (TgDispute *self)
{
  g_return_val_if_fail (TG_IS_DISPUTE (self), NULL);

  return self->filed;
}

void
tg_dispute_set_filed (TgDispute   *self,
                      const char *filed)
{
  g_return_if_fail (TG_IS_DISPUTE (self));

  if (g_strcmp0 (self->filed, filed) == 0)
    return;
  g_free (self->filed);
  self->filed = g_strdup (filed);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FILED]);
}

TgDisputeStatus
tg_dispute_get_status (TgDispute *self)
{
  g_return_val_if_fail (TG_IS_DISPUTE (self), 0);

  return self->status;
}

void
tg_dispute_set_status (TgDispute *self,
                       TgDisputeStatus status)
{
  g_return_if_fail (TG_IS_DISPUTE (self));

  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STATUS]);
}

const char *
tg_dispute_get_due (TgDispute *self)
{
  g_return_val_if_fail (TG_IS_DISPUTE (self), NULL);

  return self->due;
}

void
tg_dispute_set_due (TgDispute   *self,
                    const char *due)
{
  g_return_if_fail (TG_IS_DISPUTE (self));

  if (g_strcmp0 (self->due, due) == 0)
    return;
  g_free (self->due);
  self->due = g_strdup (due);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DUE]);
}

const char *
tg_dispute_get_claim (TgDispute *self)
{
  g_return_val_if_fail (TG_IS_DISPUTE (self), NULL);

  return self->claim;
}

void
tg_dispute_set_claim (TgDispute   *self,
                      const char *claim)
{
  g_return_if_fail (TG_IS_DISPUTE (self));

  if (g_strcmp0 (self->claim, claim) == 0)
    return;
  g_free (self->claim);
  self->claim = g_strdup (claim);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CLAIM]);
}

GListStore *
tg_dispute_get_positions (TgDispute *self)
{
  g_return_val_if_fail (TG_IS_DISPUTE (self), NULL);

  return self->positions;
}

TgOutcome
tg_dispute_get_outcome (TgDispute *self)
{
  g_return_val_if_fail (TG_IS_DISPUTE (self), 0);

  return self->outcome;
}

void
tg_dispute_set_outcome (TgDispute *self,
                        TgOutcome outcome)
{
  g_return_if_fail (TG_IS_DISPUTE (self));

  if (self->outcome == outcome)
    return;
  self->outcome = outcome;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_OUTCOME]);
}

const char *
tg_dispute_get_decided_on (TgDispute *self)
{
  g_return_val_if_fail (TG_IS_DISPUTE (self), NULL);

  return self->decided_on;
}

void
tg_dispute_set_decided_on (TgDispute   *self,
                           const char *decided_on)
{
  g_return_if_fail (TG_IS_DISPUTE (self));

  if (g_strcmp0 (self->decided_on, decided_on) == 0)
    return;
  g_free (self->decided_on);
  self->decided_on = g_strdup (decided_on);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DECIDED_ON]);
}

const char *
tg_dispute_get_decided_by (TgDispute *self)
{
  g_return_val_if_fail (TG_IS_DISPUTE (self), NULL);

  return self->decided_by;
}

void
tg_dispute_set_decided_by (TgDispute   *self,
                           const char *decided_by)
{
  g_return_if_fail (TG_IS_DISPUTE (self));

  if (g_strcmp0 (self->decided_by, decided_by) == 0)
    return;
  g_free (self->decided_by);
  self->decided_by = g_strdup (decided_by);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DECIDED_BY]);
}

const char *
tg_dispute_get_reasoning (TgDispute *self)
{
  g_return_val_if_fail (TG_IS_DISPUTE (self), NULL);

  return self->reasoning;
}

void
tg_dispute_set_reasoning (TgDispute   *self,
                          const char *reasoning)
{
  g_return_if_fail (TG_IS_DISPUTE (self));

  if (g_strcmp0 (self->reasoning, reasoning) == 0)
    return;
  g_free (self->reasoning);
  self->reasoning = g_strdup (reasoning);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_REASONING]);
}

const char *
tg_dispute_get_appeal_court (TgDispute *self)
{
  g_return_val_if_fail (TG_IS_DISPUTE (self), NULL);

  return self->appeal_court;
}

void
tg_dispute_set_appeal_court (TgDispute   *self,
                             const char *appeal_court)
{
  g_return_if_fail (TG_IS_DISPUTE (self));

  if (g_strcmp0 (self->appeal_court, appeal_court) == 0)
    return;
  g_free (self->appeal_court);
  self->appeal_court = g_strdup (appeal_court);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_APPEAL_COURT]);
}

const char *
tg_dispute_get_appeal_filed (TgDispute *self)
{
  g_return_val_if_fail (TG_IS_DISPUTE (self), NULL);

  return self->appeal_filed;
}

void
tg_dispute_set_appeal_filed (TgDispute   *self,
                             const char *appeal_filed)
{
  g_return_if_fail (TG_IS_DISPUTE (self));

  if (g_strcmp0 (self->appeal_filed, appeal_filed) == 0)
    return;
  g_free (self->appeal_filed);
  self->appeal_filed = g_strdup (appeal_filed);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_APPEAL_FILED]);
}

const char *
tg_dispute_get_appeal_result (TgDispute *self)
{
  g_return_val_if_fail (TG_IS_DISPUTE (self), NULL);

  return self->appeal_result;
}

void
tg_dispute_set_appeal_result (TgDispute   *self,
                              const char *appeal_result)
{
  g_return_if_fail (TG_IS_DISPUTE (self));

  if (g_strcmp0 (self->appeal_result, appeal_result) == 0)
    return;
  g_free (self->appeal_result);
  self->appeal_result = g_strdup (appeal_result);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_APPEAL_RESULT]);
}

const char *
tg_dispute_get_number (TgDispute *self)
{
  g_return_val_if_fail (TG_IS_DISPUTE (self), NULL);

  return self->number;
}

void
tg_dispute_set_number (TgDispute *self,
                       const char *number)
{
  g_return_if_fail (TG_IS_DISPUTE (self));

  if (g_strcmp0 (self->number, number) == 0)
    return;
  g_free (self->number);
  self->number = g_strdup (number);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NUMBER]);
}

const char *
tg_dispute_get_applicant (TgDispute *self)
{
  g_return_val_if_fail (TG_IS_DISPUTE (self), NULL);

  return self->applicant;
}

void
tg_dispute_set_applicant (TgDispute *self,
                          const char *applicant)
{
  g_return_if_fail (TG_IS_DISPUTE (self));

  if (g_strcmp0 (self->applicant, applicant) == 0)
    return;
  g_free (self->applicant);
  self->applicant = g_strdup (applicant);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_APPLICANT]);
}

const char *
tg_dispute_get_victim (TgDispute *self)
{
  g_return_val_if_fail (TG_IS_DISPUTE (self), NULL);

  return self->victim;
}

void
tg_dispute_set_victim (TgDispute *self,
                       const char *victim)
{
  g_return_if_fail (TG_IS_DISPUTE (self));

  if (g_strcmp0 (self->victim, victim) == 0)
    return;
  g_free (self->victim);
  self->victim = g_strdup (victim);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_VICTIM]);
}
