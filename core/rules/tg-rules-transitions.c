/* tg-rules-transitions.c — the state machine as one table (domain.md §3)
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-rules"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-dates.h"
#include "tg-rules.h"
#include "tg-dispute.h"
#include "tg-info-request.h"
#include "tg-member.h"

typedef struct
{
  TgCase                    *kase;
  TgClassification           klass;
  const TgTransitionContext *ctx;
} Check;

typedef gboolean (*Guard)  (const Check *c, TgState *to, GError **error);
typedef void     (*Effect) (const Check *c, TgState to);

#define S(x) (1u << TG_STATE_##x)
#define OPEN_STATES (S (REGISTERED) | S (LOCAL_INVESTIGATION) | S (COMMISSION_PENDING) | \
                     S (COMMITTEE_INVESTIGATION) | S (CONCLUDED))

static gboolean guard_route         (const Check *c, TgState *to, GError **error);
static gboolean guard_appoint       (const Check *c, TgState *to, GError **error);
static gboolean guard_conclude      (const Check *c, TgState *to, GError **error);
static gboolean guard_close         (const Check *c, TgState *to, GError **error);
static gboolean guard_reopen        (const Check *c, TgState *to, GError **error);
static gboolean guard_reinvestigate (const Check *c, TgState *to, GError **error);
static gboolean guard_escalate      (const Check *c, TgState *to, GError **error);
static gboolean guard_refer         (const Check *c, TgState *to, GError **error);
static void     effect_start        (const Check *c, TgState to);
static void     effect_appoint      (const Check *c, TgState to);
static void     effect_restart      (const Check *c, TgState to);
static void     effect_committee    (const Check *c, TgState to);
static void     effect_government   (const Check *c, TgState to);

/* domain.md §3, "States and transitions". One row per action. */
static const struct
{
  TgAction  action;
  guint     from;      /* mask of states the action applies in */
  Guard     guard;
  Effect    effect;    /* NULL: the state changes, nothing else */
} transitions[] = {
  /* registered → local_investigation | commission_pending | referred */
  { TG_ACTION_ROUTE, S (REGISTERED), guard_route, effect_start },
  /* Committee commission by order (Regulation 2014, para. 14) */
  { TG_ACTION_APPOINT, S (COMMISSION_PENDING), guard_appoint, effect_appoint },
  /* findings and the act end an investigation */
  { TG_ACTION_CONCLUDE, S (LOCAL_INVESTIGATION) | S (COMMITTEE_INVESTIGATION), guard_conclude, NULL },
  { TG_ACTION_CLOSE, S (CONCLUDED), guard_close, NULL },
  /* to amend the act or findings */
  { TG_ACTION_REOPEN, S (CLOSED), guard_reopen, NULL },
  /* a dispute decided "reinvestigation", an objectivity review, a new fact */
  { TG_ACTION_REINVESTIGATE, S (CONCLUDED) | S (CLOSED), guard_reinvestigate, effect_restart },
  /* a later death brings a local case to the Committee */
  { TG_ACTION_ESCALATE, S (LOCAL_INVESTIGATION) | S (CONCLUDED) | S (CLOSED), guard_escalate, effect_committee },
  /* six or more deaths (automatic), or by hand with a reason */
  { TG_ACTION_REFER, OPEN_STATES, guard_refer, effect_government },
};

static gboolean
refuse (GError    **error,
        const char *format,
        ...) G_GNUC_PRINTF (2, 3);

static gboolean
refuse (GError    **error,
        const char *format,
        ...)
{
  va_list args;
  g_autofree char *msg = NULL;

  va_start (args, format);
  msg = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, TG_RULES_ERROR, TG_RULES_ERROR_GUARD, msg);
  return FALSE;
}

static gboolean
has_reason (const Check *c)
{
  const char *r = c->ctx != NULL ? c->ctx->reason : NULL;

  if (r == NULL && c->ctx != NULL && c->ctx->partial)
    return TRUE;
  for (; r != NULL && *r; r++)
    if (!g_ascii_isspace (*r))
      return TRUE;
  return FALSE;
}

static gboolean
guard_route (const Check *c, TgState *to, GError **error)
{
  switch (c->klass.jurisdiction)
    {
    case TG_JURISDICTION_EMPLOYER:
    case TG_JURISDICTION_LOCAL:
    case TG_JURISDICTION_LOCAL_CHIEF:
      *to = TG_STATE_LOCAL_INVESTIGATION;
      break;
    case TG_JURISDICTION_COMMITTEE:
      *to = TG_STATE_COMMISSION_PENDING;
      break;
    case TG_JURISDICTION_GOVERNMENT:
      *to = TG_STATE_REFERRED_TO_GOVERNMENT;
      break;
    default:
      g_assert_not_reached ();
    }
  if (c->klass.n_victims == 0)
    return refuse (error, _("The case has no victims: add at least one before routing it."));
  return TRUE;
}

static gboolean
guard_appoint (const Check *c, TgState *to, GError **error)
{
  TgCommission *com = tg_investigation_get_commission (tg_case_get_investigation (c->kase));
  guint chairs = 0, others = 0, n;

  *to = TG_STATE_COMMITTEE_INVESTIGATION;
  if (com == NULL)
    return refuse (error, _("No commission has been formed: add a chair and at least two further members."));
  n = g_list_model_get_n_items (G_LIST_MODEL (tg_commission_get_members (com)));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TgMember) m = g_list_model_get_item (G_LIST_MODEL (tg_commission_get_members (com)), i);
      if (tg_member_get_role (m) == TG_ROLE_CHAIR)
        chairs++;
      else
        others++;
    }
  if (chairs != 1)
    return refuse (error, _("The commission needs exactly one chair (it has %u)."), chairs);
  if (others < 2)
    return refuse (error, _("The commission needs at least two members besides the chair (it has %u)."), others);
  if ((tg_commission_get_order_number (com) == NULL || tg_commission_get_order_date (com) == NULL) &&
      !(c->ctx != NULL && c->ctx->partial))
    return refuse (error, _("The commission has no order number and date."));
  return TRUE;
}

static gboolean
guard_conclude (const Check *c, TgState *to, GError **error)
{
  TgInvestigation *inv = tg_case_get_investigation (c->kase);
  TgFindings *f = tg_investigation_get_findings (inv);

  *to = TG_STATE_CONCLUDED;
  if (f == NULL)
    return refuse (error, _("Record the findings before concluding the investigation."));
  if (!tg_findings_get_work_related (f) && tg_findings_get_ground (f) == TG_GROUND_NONE)
    return refuse (error, _("A finding of “not work-related” must name its ground (Labour Code, art. 186 p. 3)."));
  /* The act is the conclude command's parameter: asked for when it runs. */
  if ((tg_investigation_get_act_number (inv) == NULL || tg_investigation_get_act_date (inv) == NULL) &&
      !(c->ctx != NULL && c->ctx->partial))
    return refuse (error, _("Record the act's number and date before concluding the investigation."));
  return TRUE;
}

static gboolean
guard_close (const Check *c, TgState *to, GError **error)
{
  GListModel *disputes = G_LIST_MODEL (tg_case_get_disputes (c->kase));
  GListModel *requests = G_LIST_MODEL (tg_case_get_requests (c->kase));

  *to = TG_STATE_CLOSED;
  for (guint i = 0; i < g_list_model_get_n_items (disputes); i++)
    {
      g_autoptr(TgDispute) d = g_list_model_get_item (disputes, i);
      TgDisputeStatus st = tg_dispute_get_status (d);

      if (st == TG_DISPUTE_STATUS_FILED || st == TG_DISPUTE_STATUS_UNDER_REVIEW)
        return refuse (error, _("Dispute %s is still open: a case with an open dispute cannot be closed."),
                       tg_dispute_get_id (d));
    }
  for (guint i = 0; i < g_list_model_get_n_items (requests); i++)
    {
      g_autoptr(TgInfoRequest) r = g_list_model_get_item (requests, i);

      if (tg_info_request_get_blocking (r) && tg_info_request_get_answered (r) == NULL)
        return refuse (error, _("The information request to %s is unanswered and marked as blocking."),
                       tg_info_request_get_addressee (r));
    }
  return TRUE;
}

static gboolean
guard_reopen (const Check *c, TgState *to, GError **error)
{
  *to = TG_STATE_CONCLUDED;
  if (!has_reason (c))
    return refuse (error, _("Give a reason for reopening the case (to amend the act or the findings)."));
  return TRUE;
}

static gboolean
guard_reinvestigate (const Check *c, TgState *to, GError **error)
{
  TgBody body = tg_investigation_get_body (tg_case_get_investigation (c->kase));

  *to = body == TG_BODY_COMMITTEE ? TG_STATE_COMMITTEE_INVESTIGATION : TG_STATE_LOCAL_INVESTIGATION;
  if (!has_reason (c))
    return refuse (error, _("Give a reason for the re-investigation: a dispute decision, an objectivity review or a new fact."));
  return TRUE;
}

static gboolean
guard_escalate (const Check *c, TgState *to, GError **error)
{
  *to = TG_STATE_COMMISSION_PENDING;
  if (c->klass.jurisdiction != TG_JURISDICTION_COMMITTEE)
    return refuse (error, g_dngettext (GETTEXT_PACKAGE,
                                       "Only a case with three to five deaths goes to a Committee commission; this one has %u death.",
                                       "Only a case with three to five deaths goes to a Committee commission; this one has %u deaths.",
                                       c->klass.n_deaths),
                   c->klass.n_deaths);
  if (tg_investigation_get_body (tg_case_get_investigation (c->kase)) == TG_BODY_COMMITTEE)
    return refuse (error, _("The Committee already investigates this case."));
  return TRUE;
}

static gboolean
guard_refer (const Check *c, TgState *to, GError **error)
{
  *to = TG_STATE_REFERRED_TO_GOVERNMENT;
  if (c->klass.jurisdiction != TG_JURISDICTION_GOVERNMENT && !has_reason (c))
    return refuse (error, _("A case with fewer than six deaths is referred to the Government only by hand, with a reason."));
  return TRUE;
}

static void
today_of (const Check *c,
          GDate       *today)
{
  if (c->ctx != NULL && c->ctx->today != NULL)
    *today = *c->ctx->today;
  else
    tg_today (today);
}

/* Starts the 10-working-day clock from @start (art. 188 p. 4). */
static void
set_clock (const Check *c,
           const GDate *start)
{
  TgInvestigation *inv = tg_case_get_investigation (c->kase);
  g_autofree char *started = tg_date_format_iso (start);
  g_autofree char *due = NULL;
  GDate d;

  g_return_if_fail (c->ctx != NULL && c->ctx->calendar != NULL);

  tg_calendar_add_working_days (c->ctx->calendar, start, TG_INVESTIGATION_WORKING_DAYS, &d);
  due = tg_date_format_iso (&d);
  tg_investigation_set_started (inv, started);
  tg_investigation_set_due (inv, due);
}

static void
effect_start (const Check *c, TgState to)
{
  TgInvestigation *inv = tg_case_get_investigation (c->kase);
  GDate start;

  tg_investigation_set_body (inv, tg_jurisdiction_body (c->klass.jurisdiction));
  if (to != TG_STATE_LOCAL_INVESTIGATION)
    return;
  if (!tg_date_parse (tg_investigation_get_started (inv), &start))
    today_of (c, &start);
  set_clock (c, &start);
}

static void
effect_appoint (const Check *c, TgState to)
{
  TgInvestigation *inv = tg_case_get_investigation (c->kase);
  TgCommission *com = tg_investigation_get_commission (inv);
  GDate start;

  tg_investigation_set_body (inv, TG_BODY_COMMITTEE);
  /* For a Committee commission the clock starts on the order date. */
  if (!tg_date_parse (tg_commission_get_order_date (com), &start))
    today_of (c, &start);
  set_clock (c, &start);
}

static void
effect_restart (const Check *c, TgState to)
{
  GDate today;

  today_of (c, &today);
  set_clock (c, &today);
}

static void
effect_committee (const Check *c, TgState to)
{
  tg_investigation_set_body (tg_case_get_investigation (c->kase), TG_BODY_COMMITTEE);
}

static void
effect_government (const Check *c, TgState to)
{
  tg_investigation_set_body (tg_case_get_investigation (c->kase), TG_BODY_GOVERNMENT);
}

char *
tg_rules_dup_states_label (guint mask)
{
  GString *s = g_string_new (NULL);

  for (guint st = 0; st < TG_N_STATES; st++)
    if (mask & (1u << st))
      {
        if (s->len > 0)
          g_string_append (s, ", ");
        g_string_append (s, tg_state_label (st));
      }
  return g_string_free (s, FALSE);
}

gboolean
tg_rules_check (TgCase                    *kase,
                TgAction                   action,
                const TgTransitionContext *ctx,
                TgState                   *to,
                GError                   **error)
{
  Check c = { kase, { 0 }, ctx };
  TgState state, target;

  g_return_val_if_fail (TG_IS_CASE (kase), FALSE);
  g_return_val_if_fail ((guint) action < TG_N_ACTIONS, FALSE);

  tg_classify (kase, &c.klass);
  state = tg_case_get_state (kase);
  for (guint i = 0; i < G_N_ELEMENTS (transitions); i++)
    {
      if (transitions[i].action != action)
        continue;
      if (!(transitions[i].from & (1u << state)))
        {
          g_autofree char *allowed = tg_rules_dup_states_label (transitions[i].from);
          g_set_error (error, TG_RULES_ERROR, TG_RULES_ERROR_WRONG_STATE,
                       _("“%s” is not possible for a case in state “%s”; it applies only in: %s."),
                       tg_action_label (action), tg_state_label (state), allowed);
          return FALSE;
        }
      if (!transitions[i].guard (&c, &target, error))
        return FALSE;
      if (to != NULL)
        *to = target;
      return TRUE;
    }
  g_assert_not_reached ();
}

gboolean
tg_rules_apply (TgCase                    *kase,
                TgAction                   action,
                const TgTransitionContext *ctx,
                GError                   **error)
{
  Check c = { kase, { 0 }, ctx };
  TgState to;

  if (!tg_rules_check (kase, action, ctx, &to, error))
    return FALSE;
  tg_classify (kase, &c.klass);
  for (guint i = 0; i < G_N_ELEMENTS (transitions); i++)
    if (transitions[i].action == action && transitions[i].effect != NULL)
      transitions[i].effect (&c, to);
  tg_case_set_state (kase, to);
  return TRUE;
}

gboolean
tg_rules_forced_action (TgCase   *kase,
                        TgAction *action)
{
  TgClassification k;
  TgState state = tg_case_get_state (kase);

  tg_classify (kase, &k);
  if (k.jurisdiction == TG_JURISDICTION_GOVERNMENT && tg_state_is_open (state) &&
      state != TG_STATE_REGISTERED)
    {
      *action = TG_ACTION_REFER;
      return TRUE;
    }
  if (k.jurisdiction == TG_JURISDICTION_COMMITTEE &&
      tg_investigation_get_body (tg_case_get_investigation (kase)) != TG_BODY_COMMITTEE &&
      (state == TG_STATE_LOCAL_INVESTIGATION || state == TG_STATE_CONCLUDED ||
       state == TG_STATE_CLOSED))
    {
      *action = TG_ACTION_ESCALATE;
      return TRUE;
    }
  return FALSE;
}
