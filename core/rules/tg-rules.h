/* tg-rules.h — classification, jurisdiction and the state machine
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything here is derived from tables in tg-rules.c, each row citing its
 * legal source (domain.md §3), so that a change of law is a one-line change.
 */
#pragma once

#include "tg-calendar.h"
#include "tg-case.h"

G_BEGIN_DECLS

#define TG_RULES_ERROR (tg_rules_error_quark ())

typedef enum
{
  TG_RULES_ERROR_WRONG_STATE,   /* the action does not apply in this state */
  TG_RULES_ERROR_GUARD,         /* the state is right but a guard refuses */
  TG_RULES_ERROR_INVALID,       /* the case itself breaks a rule */
} TgRulesError;

GQuark tg_rules_error_quark (void);

/* What the victims make of a case. */
typedef struct
{
  guint           n_victims;
  guint           n_deaths;
  guint           n_severe;
  TgSeverity      severity;       /* the worst victim severity */
  gboolean        group;          /* two or more victims, or group poisoning */
  TgJurisdiction  jurisdiction;
} TgClassification;

void         tg_classify              (TgCase           *kase,
                                       TgClassification *out);
/* The same from counts (for the new-case assistant and statistics). */
void         tg_classify_counts       (guint             n_victims,
                                       guint             n_deaths,
                                       TgSeverity        worst,
                                       gboolean          group_poisoning,
                                       TgClassification *out);
/* "Group accident, 4 deaths → Commission of the Committee", translated. */
char        *tg_classification_describe (const TgClassification *klass);
/* Why this jurisdiction, citing the law (translated). */
const char  *tg_classification_reason   (const TgClassification *klass);

/* The investigating body a jurisdiction routes to. */
TgBody       tg_jurisdiction_body     (TgJurisdiction    jurisdiction);

gboolean     tg_state_is_open         (TgState           state);
/* The states of @mask (bits 1 << TgState), labelled and joined by commas:
 * "Local investigation, Committee investigation". */
char        *tg_rules_dup_states_label (guint            mask);
/* States where an investigation is running and has a due date. */
gboolean     tg_state_is_investigating (TgState          state);

/* What an action needs besides the case. */
typedef struct
{
  const char  *reason;       /* refer by hand, reopen, reinvestigate */
  const GDate *today;        /* NULL: tg_today () */
  TgCalendar  *calendar;     /* for due dates; required for route/appoint/reinvestigate */
  gboolean     partial;      /* judge only what is known: a reason not yet asked for,
                              * and an order number allocated on appointment, are
                              * not held against the action */
} TgTransitionContext;

/* Whether @action may be applied to @kase now; on success *@to is the
 * state it leads to. The error says why not, in the user's language. */
gboolean     tg_rules_check           (TgCase                    *kase,
                                       TgAction                   action,
                                       const TgTransitionContext *ctx,
                                       TgState                   *to,
                                       GError                   **error);
/* Checks and applies @action to the in-memory @kase: state, investigating
 * body, start and due dates. The store persists it and writes history. */
gboolean     tg_rules_apply           (TgCase                    *kase,
                                       TgAction                   action,
                                       const TgTransitionContext *ctx,
                                       GError                   **error);
/* The action the victims now force on @kase (escalate to the Committee,
 * refer to the Government), if any. */
gboolean     tg_rules_forced_action   (TgCase   *kase,
                                       TgAction *action);

/* Rules a case must satisfy to be saved (domain.md §2): identifiers,
 * dates in order, deaths only on fatal victims, fault shares, unique victim
 * ids, a state that agrees with the victims. Appends one translated message
 * per problem to @problems (may be NULL) and returns FALSE if any. */
gboolean     tg_rules_validate_case   (TgCase    *kase,
                                       GPtrArray *problems);
/* tg_rules_validate_case for a case read from XML: libxml2 refused any
 * byte sequence that is not UTF-8 before the case existed, so its text
 * is not validated as UTF-8 again; control characters and the years of
 * dates are checked as always (issue 18). */
gboolean     tg_rules_validate_parsed_case (TgCase    *kase,
                                            GPtrArray *problems);
/* The years a date of a case may have: cases go back to 2015, people are
 * born in the last century, and the exchange format's dates have four
 * digits (issue 16: a start date 9999-12-31 gave a due date in 10000). */
#define TG_RULES_FIRST_YEAR 1900
#define TG_RULES_LAST_YEAR  2100

/* Whether @text may be stored: valid UTF-8, no control character but tab
 * and newline, and, when it is written as an ISO date or date-time, a
 * year within TG_RULES_FIRST_YEAR…TG_RULES_LAST_YEAR. The error says
 * which (TG_RULES_ERROR_INVALID). Every text of a case (its validation),
 * every parameter of a command and every setting is checked so. */
gboolean     tg_rules_text_allowed    (const char  *text,
                                       GError     **error);
/* Whether @state can hold a case classified as @klass. */
gboolean     tg_rules_state_agrees    (TgState                 state,
                                       const TgClassification *klass,
                                       GError                **error);

/* The standard length of a special investigation: 10 working days from the
 * day the commission is created (Labour Code art. 188 p. 4). */
#define TG_INVESTIGATION_WORKING_DAYS 10
/* The act reaches the inspectorate within 3 working days after the end
 * (Rules of 31 Jan 2024 No. 21). */
#define TG_ACT_DELIVERY_WORKING_DAYS 3
/* The employer notifies within 24 hours (art. 187 p. 2). */
#define TG_NOTIFICATION_HOURS 24
/* A Committee commission is created within one working day (art. 188 p. 4
 * gives 24 hours; counted in working days so a Friday report is not late on
 * Saturday). */
#define TG_COMMISSION_PENDING_WORKING_DAYS 1
/* "Near due" for the Needs-action view and the list's marks (issue 4). */
#define TG_NEEDS_ACTION_WORKING_DAYS 3
/* Default time the Committee gives itself to decide a dispute (domain.md
 * §4: the statutory deadline is unverified). */
#define TG_DISPUTE_WORKING_DAYS 15

/* The time from the accident to its report in *@span; FALSE when either
 * time is missing or has no offset. */
gboolean     tg_rules_notification_delay (TgCase    *kase,
                                          GTimeSpan *span);
/* Whole hours from the accident to its report in *@hours; TRUE when that
 * is over TG_NOTIFICATION_HOURS (late notification, art. 187 p. 2). */
gboolean     tg_rules_late_notification (TgCase *kase,
                                         gint64 *hours);
/* The date by which the act reaches the inspectorate: 3 working days after
 * the investigation ends (the act date, else the due date in force). */
gboolean     tg_rules_act_due         (TgCase      *kase,
                                       TgCalendar  *calendar,
                                       GDate       *due);

/* The due date now in force: the last extension's, else the due date. */
const char  *tg_case_effective_due    (TgCase *kase);

G_END_DECLS
