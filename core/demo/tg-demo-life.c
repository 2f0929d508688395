/* tg-demo-life.c — the life of one demonstration case
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A case is planned whole first — when it is routed, appointed, extended,
 * concluded, disputed, closed — with the dates the rules would compute;
 * then the planned events are played in time order up to "now". Each
 * transition goes through tg_rules_apply, so a case can only be in a state
 * the rules allow, and each event writes the history entry the application
 * would have written. What has not happened yet by now simply has not: old
 * cases are closed, recent ones are still being investigated, and the ones
 * whose investigation ran late are overdue.
 */
#define G_LOG_DOMAIN "tg-demo"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "tg-demo-private.h"
#include "tg-case-commands.h"
#include "tg-history-entry.h"
#include "tg-history-record.h"
#include "tg-model.h"

#define NICK(type, value) tg_enum_to_nick (type, value)

/* GDate's Julian day of 1970-01-01 (day 1 is 0001-01-01). */
#define JULIAN_1970 719163

/* ------------------------------------------------------------------ time */

void
_tg_demo_date_of (gint64  time,
                  GDate  *date)
{
  gint64 day = (time + TG_DEMO_UTC_OFFSET) / TG_DEMO_DAY;

  g_date_clear (date, 1);
  g_date_set_julian (date, (guint32) (day + JULIAN_1970));
}

gint64
_tg_demo_time_at (const GDate *date,
                  guint        seconds)
{
  return ((gint64) g_date_get_julian (date) - JULIAN_1970) * TG_DEMO_DAY + seconds - TG_DEMO_UTC_OFFSET;
}

gint64
_tg_demo_work_time (GRand       *rand,
                    const GDate *date)
{
  return _tg_demo_time_at (date, _tg_demo_range (rand, 9 * TG_DEMO_HOUR, 18 * TG_DEMO_HOUR - 1));
}

void
_tg_demo_format_time (gint64 time,
                      char   out[32])
{
  guint s = (guint) ((time + TG_DEMO_UTC_OFFSET) % TG_DEMO_DAY);
  GDate d;

  _tg_demo_date_of (time, &d);
  g_snprintf (out, 32, "%04u-%02u-%02uT%02u:%02u:%02u+05:00",
              (guint) g_date_get_year (&d), (guint) g_date_get_month (&d),
              (guint) g_date_get_day (&d), s / TG_DEMO_HOUR, s / TG_DEMO_MINUTE % 60, s % 60);
}

void
_tg_demo_format_date (const GDate *date,
                      char         out[16])
{
  g_snprintf (out, 16, "%04u-%02u-%02u", (guint) g_date_get_year (date),
              (guint) g_date_get_month (date), (guint) g_date_get_day (date));
}
/* ------------------------------------------------------------- the plan */

static void
plan (TgDemoLife      *l,
      gint64           at,
      TgDemoEventKind  kind,
      guint            arg)
{
  TgDemoEvent *e;

  g_assert (l->n_events < TG_DEMO_MAX_EVENTS);
  e = &l->events[l->n_events];
  e->at = at;
  e->kind = kind;
  e->arg = arg;
  e->order = l->n_events++;
}

static int
event_compare (const void *a,
               const void *b)
{
  const TgDemoEvent *ea = a, *eb = b;

  if (ea->at != eb->at)
    return ea->at < eb->at ? -1 : 1;
  return ea->order < eb->order ? -1 : (ea->order > eb->order);
}

void
_tg_demo_add_wd (TgDemoLife  *l,
                 const GDate *from,
                 guint        n,
                 GDate       *result)
{
  tg_calendar_add_working_days (l->w->calendar, from, n, result);
}

/* A working-hours time on @date, but after @after. */
static gint64
work_time_after (TgDemoLife  *l,
                 const GDate *date,
                 gint64       after)
{
  gint64 t = _tg_demo_work_time (l->rand, date);

  return t > after ? t : after + _tg_demo_range (l->rand, 20, 180) * TG_DEMO_MINUTE;
}

static void
plan_requests (TgDemoLife  *l,
               const GDate *started,
               guint        conclude_wd,
               gboolean     committee)
{
  guint per_mille = committee ? 600 : l->klass.jurisdiction == TG_JURISDICTION_EMPLOYER ? 8 : 40;

  if (conclude_wd < 2 || !_tg_demo_chance (l->rand, per_mille))
    return;
  l->n_requests = committee ? _tg_demo_range (l->rand, 1, TG_DEMO_MAX_REQUESTS) : 1;
  for (guint k = 0; k < l->n_requests; k++)
    {
      TgDemoRequestPlan *r = &l->requests[k];

      _tg_demo_add_wd (l, started, _tg_demo_range (l->rand, 1, MIN (conclude_wd - 1, 5)), &r->sent);
      r->blocking = _tg_demo_chance (l->rand, 150);
      g_date_clear (&r->answered, 1);
      plan (l, _tg_demo_work_time (l->rand, &r->sent), TG_DEMO_EV_REQUEST, k);
      if (r->blocking || _tg_demo_chance (l->rand, 850))
        {
          _tg_demo_add_wd (l, &r->sent, _tg_demo_range (l->rand, 1, 8), &r->answered);
          plan (l, _tg_demo_work_time (l->rand, &r->answered), TG_DEMO_EV_ANSWER, k);
        }
    }
}

/* How many working days after the start the act is signed. Most are on
 * time; some get an extension, some simply run late — those, while still
 * open, are what the Committee's deadline control is for. */
static guint
plan_duration (TgDemoLife  *l,
               const GDate *started,
               gboolean     committee,
               gboolean     first)
{
  guint roll = _tg_demo_range (l->rand, 0, 999);
  guint ext = committee ? 350 : 110;
  guint late = ext + (committee ? 80 : 170);
  guint stuck = late + (committee ? 0 : 35);

  if (!first)
    return _tg_demo_range (l->rand, 3, 12);
  if (roll < ext)
    {
      static const guint lengths[] = { 5, 10, 15 };
      guint length = lengths[_tg_demo_range (l->rand, 0, G_N_ELEMENTS (lengths) - 1)];
      GDate due;

      _tg_demo_add_wd (l, started, TG_INVESTIGATION_WORKING_DAYS, &due);
      _tg_demo_add_wd (l, started, _tg_demo_range (l->rand, 5, 9), &l->ext_granted);
      _tg_demo_add_wd (l, &due, length, &l->ext_due);
      plan (l, _tg_demo_work_time (l->rand, &l->ext_granted), TG_DEMO_EV_EXTEND, 0);
      if (_tg_demo_chance (l->rand, 850))
        return TG_INVESTIGATION_WORKING_DAYS + _tg_demo_range (l->rand, 1, length);
      return TG_INVESTIGATION_WORKING_DAYS + length + _tg_demo_range (l->rand, 1, 15);
    }
  if (roll < late)
    return TG_INVESTIGATION_WORKING_DAYS + _tg_demo_range (l->rand, 1, 20);
  if (roll < stuck)
    return TG_INVESTIGATION_WORKING_DAYS + _tg_demo_range (l->rand, 25, 120);
  return _tg_demo_range (l->rand, 2, TG_INVESTIGATION_WORKING_DAYS);
}

/* Plans an investigation that starts on @started (the rules start the
 * clock there) and its conclusion; returns when the act is signed. */
static gint64
plan_investigation (TgDemoLife  *l,
                    const GDate *started,
                    gint64       after,
                    guint        round)
{
  gboolean committee = l->klass.jurisdiction == TG_JURISDICTION_COMMITTEE;
  guint wd = plan_duration (l, started, committee, round == 0);
  GDate concluded;
  gint64 at;

  if (round == 0)
    plan_requests (l, started, wd, committee);
  _tg_demo_add_wd (l, started, wd, &concluded);
  at = work_time_after (l, &concluded, after);
  plan (l, at, TG_DEMO_EV_CONCLUDE, round);
  return at;
}

/* The Committee orders the commission the same or the next working day,
 * now and then later (then the case shows as overdue while pending). */
static gint64
plan_appointment (TgDemoLife *l,
                  gint64      route_at,
                  GDate      *order_date)
{
  GDate routed;
  guint roll = _tg_demo_range (l->rand, 0, 999);
  gint64 at;

  _tg_demo_date_of (route_at, &routed);
  if (roll < 450 && tg_calendar_is_working_day (l->w->calendar, &routed))
    *order_date = routed;
  else
    _tg_demo_add_wd (l, &routed, roll < 880 ? 1 : _tg_demo_range (l->rand, 2, 4), order_date);
  at = work_time_after (l, order_date, route_at);
  _tg_demo_date_of (at, order_date);
  return at;
}

static TgOutcome
pick_outcome (GRand *rand)
{
  static const guint weights[] = { 0, 150, 200, 450, 200 };

  return (TgOutcome) _tg_demo_weighted (rand, weights, G_N_ELEMENTS (weights));
}

/* A dispute about the act; returns until when it keeps the case open. */
static gint64
plan_dispute (TgDemoLife *l,
              gint64      concluded)
{
  static const guint parties[] = { 350, 500, 150 };
  GDate d, review, decided;
  gint64 filed_at, review_at, decided_at;

  _tg_demo_date_of (concluded, &d);
  g_date_add_days (&d, _tg_demo_range (l->rand, 1, 20));
  l->dispute_filed = d;
  l->dispute_party = (TgParty) _tg_demo_weighted (l->rand, parties, G_N_ELEMENTS (parties));
  filed_at = work_time_after (l, &d, concluded);
  plan (l, filed_at, TG_DEMO_EV_FILE, 0);

  if (_tg_demo_chance (l->rand, 50))
    {
      _tg_demo_add_wd (l, &d, _tg_demo_range (l->rand, 2, 10), &decided);
      decided_at = work_time_after (l, &decided, filed_at);
      plan (l, decided_at, TG_DEMO_EV_WITHDRAW, 0);
      return decided_at;
    }
  _tg_demo_add_wd (l, &d, _tg_demo_range (l->rand, 1, 3), &review);
  review_at = work_time_after (l, &review, filed_at);
  plan (l, review_at, TG_DEMO_EV_REVIEW, 0);
  _tg_demo_add_wd (l, &d, _tg_demo_chance (l->rand, 850) ? _tg_demo_range (l->rand, 5, 15)
                                              : _tg_demo_range (l->rand, 16, 25), &decided);
  decided_at = work_time_after (l, &decided, review_at);
  l->outcome = pick_outcome (l->rand);
  /* An extension of the first round would outlive a new start (the due
   * date in force is the last extension's): keep such cases simple. */
  if (l->outcome == TG_OUTCOME_REINVESTIGATION && g_date_valid (&l->ext_granted))
    l->outcome = TG_OUTCOME_REJECTED;
  plan (l, decided_at, TG_DEMO_EV_DECIDE, 0);

  if (l->outcome == TG_OUTCOME_REINVESTIGATION)
    {
      gint64 again = decided_at + _tg_demo_range (l->rand, 10, 120) * TG_DEMO_MINUTE;
      GDate started;

      plan (l, again, TG_DEMO_EV_REINVESTIGATE, 0);
      _tg_demo_date_of (again, &started);
      return plan_investigation (l, &started, again, 1);
    }
  if (_tg_demo_chance (l->rand, 100))
    {
      gint64 appeal = decided_at + _tg_demo_range (l->rand, 10, 30) * TG_DEMO_DAY;

      plan (l, appeal, TG_DEMO_EV_APPEAL, 0);
      plan (l, appeal + _tg_demo_range (l->rand, 30, 120) * TG_DEMO_DAY, TG_DEMO_EV_APPEAL_RESULT, 0);
    }
  return decided_at;
}

static guint
dispute_per_mille (TgDemoLife *l)
{
  if (l->klass.jurisdiction == TG_JURISDICTION_COMMITTEE)
    return 150;
  if (l->klass.jurisdiction == TG_JURISDICTION_EMPLOYER)
    return 15;
  return 60;
}

/* After the act: perhaps a dispute, then closing once nothing keeps the
 * case open (a blocking request, an open dispute); rarely a reopening. */
static void
plan_after (TgDemoLife *l,
            gint64      concluded)
{
  gint64 gate = concluded;
  gint64 close_at;
  GDate d;

  for (guint k = 0; k < l->n_requests; k++)
    if (l->requests[k].blocking)
      gate = MAX (gate, _tg_demo_time_at (&l->requests[k].answered, 18 * TG_DEMO_HOUR));
  if (_tg_demo_chance (l->rand, dispute_per_mille (l)))
    {
      gint64 settled = plan_dispute (l, concluded);
      gate = MAX (gate, settled);
    }
  if (_tg_demo_chance (l->rand, 10))
    return;   /* left concluded: the act never reached the Committee */

  _tg_demo_date_of (gate, &d);
  _tg_demo_add_wd (l, &d, _tg_demo_range (l->rand, 1, 20), &d);
  close_at = work_time_after (l, &d, gate);
  plan (l, close_at, TG_DEMO_EV_CLOSE, 0);
  if (_tg_demo_chance (l->rand, 5))
    {
      gint64 reopen_at;

      _tg_demo_date_of (close_at + _tg_demo_range (l->rand, 5, 60) * TG_DEMO_DAY, &d);
      reopen_at = work_time_after (l, &d, close_at);
      plan (l, reopen_at, TG_DEMO_EV_REOPEN, 0);
      _tg_demo_add_wd (l, &d, _tg_demo_range (l->rand, 2, 10), &d);
      plan (l, work_time_after (l, &d, reopen_at), TG_DEMO_EV_CLOSE, 1);
    }
}

static void
plan_life (TgDemoLife *l)
{
  gint64 route_at = l->registered + _tg_demo_range (l->rand, 5, 120) * TG_DEMO_MINUTE;
  gint64 concluded;
  GDate started;

  plan (l, route_at, TG_DEMO_EV_ROUTE, 0);
  switch (l->klass.jurisdiction)
    {
    case TG_JURISDICTION_GOVERNMENT:
      return;
    case TG_JURISDICTION_COMMITTEE:
      {
        gint64 appoint_at = plan_appointment (l, route_at, &started);
        plan (l, appoint_at, TG_DEMO_EV_APPOINT, 0);
        concluded = plan_investigation (l, &started, appoint_at, 0);
      }
      break;
    case TG_JURISDICTION_EMPLOYER:
    case TG_JURISDICTION_LOCAL:
    case TG_JURISDICTION_LOCAL_CHIEF:
    default:
      _tg_demo_date_of (route_at, &started);
      concluded = plan_investigation (l, &started, route_at, 0);
      break;
    }
  plan_after (l, concluded);
}
/* An entry as the command layer writes it (tg-history-record.h): the
 * command's name, its reason, the one field it changed. */
void
_tg_demo_record (TgDemoLife *l,
                 gint64      at,
                 const char *actor,
                 const char *command,
                 const char *reason,
                 const char *path,
                 const char *before,
                 const char *after)
{
  GVariantDict params;

  g_variant_dict_init (&params, NULL);
  if (reason != NULL)
    g_variant_dict_insert (&params, "reason", "s", reason);
  _tg_demo_record_params (l, at, actor, command, g_variant_dict_end (&params), path, before, after);
}

void
_tg_demo_record_params (TgDemoLife *l,
                        gint64      at,
                        const char *actor,
                        const char *command,
                        GVariant   *params,
                        const char *path,
                        const char *before,
                        const char *after)
{
  g_autoptr(TgHistoryEntry) h = tg_history_entry_new ();
  g_autofree char *subject = path != NULL ? tg_model_dup_subject (l->kase, path) : NULL;
  g_autofree char *details = NULL;
  GVariantDict dict;
  GVariantBuilder changes;
  char text[32];

  g_variant_builder_init (&changes, G_VARIANT_TYPE ("a(ssmsms)"));
  if (path != NULL)
    g_variant_builder_add (&changes, "(ssmsms)", path, subject != NULL ? subject : "", before, after);
  g_variant_dict_init (&dict, NULL);
  g_variant_dict_insert_value (&dict, "params", params);
  g_variant_dict_insert_value (&dict, "changes", g_variant_builder_end (&changes));
  details = tg_history_record_print (g_variant_dict_end (&dict));

  _tg_demo_format_time (at, text);
  tg_history_entry_set_at (h, text);
  tg_history_entry_set_actor (h, actor);
  tg_history_entry_set_action (h, command);
  tg_history_entry_set_details (h, details);
  g_list_store_append (tg_case_get_history (l->kase), h);
}

void
_tg_demo_record_edit (TgDemoLife *l,
                      gint64      at,
                      const char *command,
                      const char *path,
                      const char *before,
                      const char *after)
{
  _tg_demo_record (l, at, l->curator, command, NULL, path, before, after);
}

/* What the command of @action is given: its reason, the order or the act. */
static GVariant *
transition_params (TgDemoLife *l,
                   TgAction    action,
                   const char *reason)
{
  TgInvestigation *inv = tg_case_get_investigation (l->kase);
  TgCommission *com = tg_investigation_get_commission (inv);
  GVariantDict params;

  g_variant_dict_init (&params, NULL);
  if (reason != NULL)
    g_variant_dict_insert (&params, "reason", "s", reason);
  if (action == TG_ACTION_APPOINT && com != NULL)
    {
      g_variant_dict_insert (&params, "order-number", "s", tg_commission_get_order_number (com));
      g_variant_dict_insert (&params, "order-date", "s", tg_commission_get_order_date (com));
    }
  if (action == TG_ACTION_CONCLUDE && tg_investigation_get_act_number (inv) != NULL)
    {
      g_variant_dict_insert (&params, "act-number", "s", tg_investigation_get_act_number (inv));
      g_variant_dict_insert (&params, "act-date", "s", tg_investigation_get_act_date (inv));
    }
  return g_variant_dict_end (&params);
}

gboolean
_tg_demo_transition (TgDemoLife  *l,
                     gint64       at,
                     TgAction     action,
                     const char  *actor,
                     const char  *reason,
                     GError     **error)
{
  TgState from = tg_case_get_state (l->kase);
  TgTransitionContext ctx = { reason, NULL, l->w->calendar };
  GDate day;

  _tg_demo_date_of (at, &day);
  ctx.today = &day;
  if (!tg_rules_apply (l->kase, action, &ctx, error))
    return FALSE;
  _tg_demo_record_params (l, at, actor, tg_command_for_action (action), transition_params (l, action, reason),
                          "state", NICK (TG_TYPE_STATE, from), NICK (TG_TYPE_STATE, tg_case_get_state (l->kase)));
  return TRUE;
}
/* Plays the plan in time order up to now; nothing later has happened. */
static gboolean
play_all (TgDemoLife  *l,
          GError     **error)
{
  gint64 last = l->registered;

  qsort (l->events, l->n_events, sizeof (TgDemoEvent), event_compare);
  for (guint i = 0; i < l->n_events; i++)
    {
      TgDemoEvent *e = &l->events[i];

      /* Entries follow each other by at least a minute. */
      if (e->at < last + TG_DEMO_MINUTE)
        e->at = last + TG_DEMO_MINUTE;
      if (e->at > l->w->now)
        break;
      if (!_tg_demo_play (l, e, error))
        return FALSE;
      last = e->at;
    }
  return TRUE;
}
static void
record_registration (TgDemoLife *l)
{
  GListModel *history = G_LIST_MODEL (tg_case_get_history (l->kase));
  g_autoptr(TgHistoryEntry) h = NULL;
  g_autoptr(GVariant) record = NULL;
  g_autofree char *details = NULL;
  GVariantDict dict;

  /* As tg_command_register writes it: with the jurisdiction found. */
  _tg_demo_record (l, l->registered, l->curator, "register", NULL, NULL, NULL, NULL);
  h = g_list_model_get_item (history, g_list_model_get_n_items (history) - 1);
  record = tg_history_record_parse (tg_history_entry_get_details (h));
  g_variant_dict_init (&dict, record);
  g_variant_dict_insert (&dict, "classification", "(ss)", "",
                         NICK (TG_TYPE_JURISDICTION, l->klass.jurisdiction));
  details = tg_history_record_print (g_variant_dict_end (&dict));
  tg_history_entry_set_details (h, details);
}

static const TgDemoTerritory *
territory_of (guint index)
{
  guint n;

  return &_tg_demo_territories (&n)[index];
}

TgCase *
_tg_demo_life (TgDemoWorld       *world,
               const TgDemoSeed  *seed,
               GError           **error)
{
  g_autoptr(TgCase) kase = tg_case_new ();
  TgDemoLife l = { 0 };
  const TgDemoKind *kind;
  guint unit;

  l.w = world;
  l.rand = world->rand;
  l.aside = g_rand_new_with_seed (g_str_hash (seed->number));
  l.seed = seed;
  l.kase = kase;
  l.sector = &_tg_demo_sectors (NULL)[seed->employer->sector];
  l.territory = territory_of (seed->employer->territory);
  unit = (guint) g_ascii_strtoull (seed->region, NULL, 10);
  l.unit = &world->units[unit];
  l.curator = _tg_demo_pick (l.rand, tg_demo_actors);

  tg_case_set_id (kase, seed->id);
  tg_case_set_number (kase, seed->number);
  tg_case_set_region (kase, seed->region);
  kind = _tg_demo_pick_kind (l.rand);
  _tg_demo_set_accident (&l, kind);
  _tg_demo_add_victims (&l, kind);
  tg_classify (kase, &l.klass);

  record_registration (&l);
  plan_life (&l);
  if (!play_all (&l, error))
    {
      g_prefix_error (error, "demo case %s: ", seed->number);
      g_rand_free (l.aside);
      return NULL;
    }
  g_rand_free (l.aside);
  tg_case_set_revision (kase, g_list_model_get_n_items (G_LIST_MODEL (tg_case_get_history (kase))));
  return g_steal_pointer (&kase);
}
