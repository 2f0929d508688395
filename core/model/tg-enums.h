/* tg-enums.h — the closed vocabularies of a case
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each enum is a registered GEnum whose value nicks are the spellings used in
 * exchange files and on the command line (domain.md §3, exchange-format.md),
 * so there is exactly one table per vocabulary.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  TG_STATE_REGISTERED,
  TG_STATE_LOCAL_INVESTIGATION,
  TG_STATE_COMMISSION_PENDING,
  TG_STATE_COMMITTEE_INVESTIGATION,
  TG_STATE_REFERRED_TO_GOVERNMENT,
  TG_STATE_CONCLUDED,
  TG_STATE_CLOSED,
} TgState;
#define TG_N_STATES (TG_STATE_CLOSED + 1)

typedef enum
{
  TG_SEVERITY_LIGHT,
  TG_SEVERITY_SEVERE,
  TG_SEVERITY_FATAL,
} TgSeverity;

typedef enum
{
  TG_SEX_MALE,
  TG_SEX_FEMALE,
} TgSex;

/* Who investigates (exchange-format.md: investigation/body). */
typedef enum
{
  TG_BODY_NONE,
  TG_BODY_EMPLOYER,
  TG_BODY_LOCAL_INSPECTORATE,
  TG_BODY_COMMITTEE,
  TG_BODY_GOVERNMENT,
} TgBody;

/* Who investigates, as derived from the classification (domain.md §3). */
typedef enum
{
  TG_JURISDICTION_EMPLOYER,
  TG_JURISDICTION_LOCAL,
  TG_JURISDICTION_LOCAL_CHIEF,
  TG_JURISDICTION_COMMITTEE,
  TG_JURISDICTION_GOVERNMENT,
} TgJurisdiction;

typedef enum
{
  TG_ROLE_CHAIR,
  TG_ROLE_DEPUTY_CHAIR,
  TG_ROLE_MEMBER,
  TG_ROLE_SECRETARY,
} TgRole;

/* Grounds for a "not work-related" finding (Labour Code art. 186 p. 3). */
typedef enum
{
  TG_GROUND_NONE,
  TG_GROUND_INTOXICATION,
  TG_GROUND_SELF_HARM,
  TG_GROUND_VICTIM_OFFENCE,
  TG_GROUND_ILLNESS,
} TgGround;

typedef enum
{
  TG_PARTY_EMPLOYER,
  TG_PARTY_WORKER,
  TG_PARTY_INSPECTOR,
} TgParty;

typedef enum
{
  TG_DISPUTE_SUBJECT_INVESTIGATION,
  TG_DISPUTE_SUBJECT_FORMALIZATION,
  TG_DISPUTE_SUBJECT_REGISTRATION,
} TgDisputeSubject;

typedef enum
{
  TG_DISPUTE_STATUS_FILED,
  TG_DISPUTE_STATUS_UNDER_REVIEW,
  TG_DISPUTE_STATUS_DECIDED,
  TG_DISPUTE_STATUS_WITHDRAWN,
} TgDisputeStatus;

typedef enum
{
  TG_OUTCOME_NONE,
  TG_OUTCOME_UPHELD,
  TG_OUTCOME_PARTLY_UPHELD,
  TG_OUTCOME_REJECTED,
  TG_OUTCOME_REINVESTIGATION,
} TgOutcome;

/* The named actions that move a case (domain.md §3). */
typedef enum
{
  TG_ACTION_ROUTE,
  TG_ACTION_APPOINT,
  TG_ACTION_CONCLUDE,
  TG_ACTION_CLOSE,
  TG_ACTION_REOPEN,
  TG_ACTION_REINVESTIGATE,
  TG_ACTION_ESCALATE,
  TG_ACTION_REFER,
} TgAction;
#define TG_N_ACTIONS (TG_ACTION_REFER + 1)

GType tg_state_get_type            (void) G_GNUC_CONST;
GType tg_severity_get_type         (void) G_GNUC_CONST;
GType tg_sex_get_type              (void) G_GNUC_CONST;
GType tg_body_get_type             (void) G_GNUC_CONST;
GType tg_jurisdiction_get_type     (void) G_GNUC_CONST;
GType tg_role_get_type             (void) G_GNUC_CONST;
GType tg_ground_get_type           (void) G_GNUC_CONST;
GType tg_party_get_type            (void) G_GNUC_CONST;
GType tg_dispute_subject_get_type  (void) G_GNUC_CONST;
GType tg_dispute_status_get_type   (void) G_GNUC_CONST;
GType tg_outcome_get_type          (void) G_GNUC_CONST;
GType tg_action_get_type           (void) G_GNUC_CONST;

#define TG_TYPE_STATE           (tg_state_get_type ())
#define TG_TYPE_SEVERITY        (tg_severity_get_type ())
#define TG_TYPE_SEX             (tg_sex_get_type ())
#define TG_TYPE_BODY            (tg_body_get_type ())
#define TG_TYPE_JURISDICTION    (tg_jurisdiction_get_type ())
#define TG_TYPE_ROLE            (tg_role_get_type ())
#define TG_TYPE_GROUND          (tg_ground_get_type ())
#define TG_TYPE_PARTY           (tg_party_get_type ())
#define TG_TYPE_DISPUTE_SUBJECT (tg_dispute_subject_get_type ())
#define TG_TYPE_DISPUTE_STATUS  (tg_dispute_status_get_type ())
#define TG_TYPE_OUTCOME         (tg_outcome_get_type ())
#define TG_TYPE_ACTION          (tg_action_get_type ())

/* The exchange/command-line spelling of @value ("local-investigation"). */
const char *tg_enum_to_nick   (GType enum_type,
                               int   value);
/* Parses a nick; returns FALSE when @nick is not one of @enum_type's. */
gboolean    tg_enum_from_nick (GType       enum_type,
                               const char *nick,
                               int        *value);
/* A comma-separated list of every nick, for messages ("one of: …"). */
char       *tg_enum_list_nicks (GType enum_type);

/* Translated names for people (in the current locale). */
const char *tg_state_label        (TgState state);
const char *tg_severity_label     (TgSeverity severity);
const char *tg_jurisdiction_label (TgJurisdiction jurisdiction);
const char *tg_body_label         (TgBody body);
const char *tg_role_label         (TgRole role);
const char *tg_action_label       (TgAction action);
const char *tg_ground_label       (TgGround ground);
const char *tg_party_label        (TgParty party);
const char *tg_dispute_subject_label (TgDisputeSubject subject);
const char *tg_dispute_status_label  (TgDisputeStatus status);
const char *tg_outcome_label      (TgOutcome outcome);

G_END_DECLS
