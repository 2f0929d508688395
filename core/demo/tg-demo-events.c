/* tg-demo-events.c — what happens to a demonstration case
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The handlers of the planned events: commissions, extensions, requests,
 * findings and acts, disputes, and the transitions between them.
 */
#define G_LOG_DOMAIN "tg-demo"

#include "config.h"

#include <string.h>

#include "tg-demo-private.h"
#include "tg-dispute.h"
#include "tg-extension.h"
#include "tg-info-request.h"
#include "tg-member.h"
#include "tg-legal-form.h"
#include "tg-position.h"

#define NICK(type, value) tg_enum_to_nick (type, value)

/* ------------------------------------------------------------ commissions */

static const char * const employer_representatives[] = {
  "директор по промышленной безопасности", "главный инженер",
  "заместитель директора по производству", "руководитель службы охраны труда",
  NULL
};

static void
add_member (TgCommission *com,
            TgRole        role,
            const char   *name,
            const char   *position,
            const char   *organization)
{
  g_autoptr(TgMember) m = tg_member_new ();

  tg_member_set_role (m, role);
  tg_member_set_full_name (m, name);
  tg_member_set_position (m, position);
  tg_member_set_organization (m, organization);
  g_list_store_append (tg_commission_get_members (com), m);
}

static char *
local_person (TgDemoLife *l,
              TgSex       sex)
{
  return _tg_demo_person (l->rand, _tg_demo_origin (l->rand, l->territory->kazakh_percent), sex, NULL);
}

static TgSex
staff_sex (GRand *rand)
{
  return _tg_demo_chance (rand, 250) ? TG_SEX_FEMALE : TG_SEX_MALE;
}

/* The employer's and the workers' representatives sit on every commission
 * (Labour Code, art. 188 p. 4). */
static void
add_parties (TgDemoLife   *l,
             TgCommission *com,
             guint         n)
{
  TgEmployer *emp = tg_case_get_employer (l->kase);
  /* as it is registered: "ТОО «Сарыарқа Көмір»" */
  g_autofree char *employer = tg_legal_form_join_ru (tg_legal_form_lookup (tg_employer_get_legal_form (emp)),
                                                     tg_employer_get_name (emp));
  g_autofree char *union_name = g_strconcat ("Первичная профсоюзная организация ", employer, NULL);
  g_autofree char *rep = local_person (l, staff_sex (l->rand));
  g_autofree char *worker = local_person (l, staff_sex (l->rand));

  add_member (com, TG_ROLE_MEMBER, rep, _tg_demo_pick (l->rand, employer_representatives), employer);
  if (n > 1)
    add_member (com, TG_ROLE_MEMBER, worker, "председатель профсоюзного комитета", union_name);
  if (n > 2 && tg_case_get_hazardous_facility (l->kase))
    {
      g_autofree char *expert = local_person (l, staff_sex (l->rand));
      add_member (com, TG_ROLE_MEMBER, expert,
                  "главный инспектор территориального департамента промышленной безопасности",
                  "Комитет промышленной безопасности МЧС Республики Казахстан");
    }
  else if (n > 2)
    add_member (com, TG_ROLE_MEMBER, l->unit->inspectors[_tg_demo_range (l->rand, 0, 5)],
                "государственный инспектор труда", l->unit->organization);
}

/* A special investigation: the local labour inspection's commission,
 * chaired by an inspector (by the chief for two deaths). */
static void
set_local_commission (TgDemoLife *l)
{
  g_autoptr(TgCommission) com = tg_commission_new ();

  if (l->klass.jurisdiction == TG_JURISDICTION_LOCAL_CHIEF)
    add_member (com, TG_ROLE_CHAIR, l->unit->chief, l->unit->chief_position, l->unit->organization);
  else
    add_member (com, TG_ROLE_CHAIR, l->unit->inspectors[_tg_demo_range (l->rand, 0, 5)],
                "государственный инспектор труда", l->unit->organization);
  add_parties (l, com, 2);
  tg_investigation_set_commission (tg_case_get_investigation (l->kase), com);
}

/* The Committee's commission: 4–6 members by order (Regulation of 2014,
 * para. 14): a chair from the Committee, the region's chief inspector, the
 * employer's and the workers' representatives, perhaps an industrial
 * safety inspector and a secretary. */
static void
set_committee_commission (TgDemoLife  *l,
                          const GDate *order_date)
{
  TgDemoWorld *w = l->w;
  g_autoptr(TgCommission) com = tg_commission_new ();
  guint year = g_date_get_year (order_date) - w->first_year;
  guint size = _tg_demo_range (l->rand, 4, 6);
  g_autofree char *number = NULL;
  char date[16];

  w->orders[year] += _tg_demo_range (l->rand, 1, 6);
  number = *w->order_suffix ? g_strdup_printf ("%u-%s", w->orders[year], w->order_suffix)
                            : g_strdup_printf ("%u", w->orders[year]);
  _tg_demo_format_date (order_date, date);
  tg_commission_set_order_number (com, number);
  tg_commission_set_order_date (com, date);
  add_member (com, TG_ROLE_CHAIR, w->deputies[_tg_demo_range (l->rand, 0, 2)],
              "заместитель председателя Комитета", w->committee);
  add_member (com, TG_ROLE_DEPUTY_CHAIR, l->unit->chief, l->unit->chief_position,
              l->unit->organization);
  add_parties (l, com, size == 6 ? 3 : 2);
  if (size > 4)
    add_member (com, TG_ROLE_SECRETARY, w->experts[_tg_demo_range (l->rand, 0, 5)],
                "главный эксперт Комитета", w->committee);
  _tg_demo_enrich_commission (l, com);
  tg_investigation_set_commission (tg_case_get_investigation (l->kase), com);
}

/* --------------------------------------------------------------- findings */

/* Up to @n distinct entries: @first (if any), then from @pool. */
static guint
pick_distinct (GRand               *rand,
               const char          *first,
               const char * const  *pool,
               guint                n,
               const char         **out)
{
  guint k = 0;

  if (first != NULL)
    out[k++] = first;
  for (guint tries = 0; k < n && tries < 8; tries++)
    {
      const char *s = _tg_demo_pick (rand, pool);
      gboolean seen = FALSE;

      for (guint j = 0; j < k; j++)
        seen = seen || out[j] == s;
      if (!seen)
        out[k++] = s;
    }
  out[k] = NULL;
  return k;
}

static TgGround
pick_ground (GRand      *rand,
             TgSeverity  severity)
{
  /* none, intoxication, self-harm, victim-offence, illness */
  static const guint fatal[] = { 0, 250, 80, 70, 600 };
  static const guint other[] = { 0, 600, 80, 120, 200 };

  return (TgGround) _tg_demo_weighted (rand, severity == TG_SEVERITY_FATAL ? fatal : other, 5);
}

static gboolean
not_work_related (TgDemoLife *l)
{
  static const guint per_mille[] = { 30, 60, 150 };

  return !l->klass.group && _tg_demo_chance (l->rand, per_mille[l->klass.severity]);
}

static void
set_fault (GRand      *rand,
           TgFindings *f)
{
  static const struct { guint weight; int employer; } shares[] = {
    { 550, 100 }, { 100, 90 }, { 100, 80 }, { 100, 70 }, { 40, 60 }, { 80, 50 },
    { 20, 30 }, { 10, 0 },
  };
  guint weights[G_N_ELEMENTS (shares)];
  guint i;

  for (i = 0; i < G_N_ELEMENTS (shares); i++)
    weights[i] = shares[i].weight;
  i = _tg_demo_weighted (rand, weights, G_N_ELEMENTS (shares));
  tg_findings_set_fault_employer (f, shares[i].employer);
  tg_findings_set_fault_employee (f, 100 - shares[i].employer);
}

static void
set_responsible (TgDemoLife *l,
                 TgFindings *f)
{
  char *people[3] = { NULL, NULL, NULL };
  guint n = _tg_demo_range (l->rand, 1, 2);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *full = NULL;
      g_autofree char *initials = NULL;

      full = _tg_demo_person (l->rand, _tg_demo_origin (l->rand, l->territory->kazakh_percent),
                              staff_sex (l->rand), &initials);
      people[i] = g_strdup_printf ("%s, %s", initials,
                                   _tg_demo_pick (l->rand, tg_demo_responsible_positions));
    }
  tg_findings_set_responsible (f, (const char * const *) people);
  for (guint i = 0; i < n; i++)
    g_free (people[i]);
}

static TgFindings *
make_findings (TgDemoLife *l)
{
  TgFindings *f = tg_findings_new ();
  const char *items[4];

  if (not_work_related (l))
    {
      TgGround ground = pick_ground (l->rand, l->klass.severity);

      tg_findings_set_work_related (f, FALSE);
      tg_findings_set_ground (f, ground);
      items[0] = _tg_demo_ground_cause (ground);
      items[1] = NULL;
      tg_findings_set_causes (f, items);
      return f;
    }
  tg_findings_set_work_related (f, TRUE);
  pick_distinct (l->rand, _tg_demo_pick (l->rand, l->sector->causes), tg_demo_causes_general,
                 _tg_demo_range (l->rand, 1, 3), items);
  tg_findings_set_causes (f, items);
  pick_distinct (l->rand, _tg_demo_pick (l->rand, l->sector->violations), tg_demo_violations_general,
                 _tg_demo_range (l->rand, 1, 3), items);
  tg_findings_set_violations (f, items);
  set_responsible (l, f);
  set_fault (l->rand, f);
  return f;
}

static char *
act_number (TgDemoLife  *l,
            const GDate *date)
{
  TgInvestigation *inv = tg_case_get_investigation (l->kase);
  TgDemoEmployer *employer = l->seed->employer;

  if (tg_investigation_get_body (inv) == TG_BODY_COMMITTEE)
    {
      guint year = g_date_get_year (date) - l->w->first_year;
      return g_strdup_printf ("К-%u", ++l->w->committee_acts[year]);
    }
  return g_strdup_printf ("%u", ++employer->acts);
}

/* ----------------------------------------------------------------- events */

static gboolean
on_route (TgDemoLife         *l,
          const TgDemoEvent  *e,
          GError            **error)
{
  TgInvestigation *inv = tg_case_get_investigation (l->kase);

  if (!_tg_demo_transition (l, e->at, TG_ACTION_ROUTE, l->curator, NULL, error))
    return FALSE;
  if (tg_investigation_get_body (inv) == TG_BODY_LOCAL_INSPECTORATE)
    set_local_commission (l);
  return TRUE;
}

static gboolean
on_appoint (TgDemoLife         *l,
            const TgDemoEvent  *e,
            GError            **error)
{
  GDate order_date;

  _tg_demo_date_of (e->at, &order_date);
  set_committee_commission (l, &order_date);
  return _tg_demo_transition (l, e->at, TG_ACTION_APPOINT, l->curator, NULL, error);
}

static const char *
body_actor (TgDemoLife *l)
{
  TgBody body = tg_investigation_get_body (tg_case_get_investigation (l->kase));

  return body == TG_BODY_COMMITTEE ? l->curator : l->unit->actor;
}

static void
on_extend (TgDemoLife        *l,
           const TgDemoEvent *e)
{
  g_autoptr(TgExtension) x = tg_extension_new ();
  gboolean committee = tg_investigation_get_body (tg_case_get_investigation (l->kase)) == TG_BODY_COMMITTEE;
  char granted[16], due[16];

  _tg_demo_format_date (&l->ext_granted, granted);
  _tg_demo_format_date (&l->ext_due, due);
  tg_extension_set_granted (x, granted);
  tg_extension_set_new_due (x, due);
  tg_extension_set_granted_by (x, committee ? l->w->chairman : l->unit->chief_signature);
  tg_extension_set_reason (x, _tg_demo_pick (l->rand, tg_demo_extension_reasons));
  _tg_demo_enrich_extension (l, x);
  g_list_store_append (tg_investigation_get_extensions (tg_case_get_investigation (l->kase)), x);
  _tg_demo_record (l, e->at, body_actor (l), "extend", tg_extension_get_reason (x),
                   "investigation/extensions/0", NULL, tg_extension_get_reason (x));
}

static char *
addressee (TgDemoLife *l)
{
  const char *gen = _tg_demo_region_genitive (tg_case_get_region (l->kase));

  switch (_tg_demo_range (l->rand, 0, 4))
    {
    case 0:
      return tg_legal_form_join_ru (tg_legal_form_lookup (tg_employer_get_legal_form (tg_case_get_employer (l->kase))),
                                    tg_employer_get_name (tg_case_get_employer (l->kase)));
    case 1:
      return g_strdup (l->unit->organization);
    case 2:
      return g_strconcat ("Департамент полиции ", gen, NULL);
    case 3:
      return g_strdup ("Центр судебных экспертиз Министерства юстиции Республики Казахстан");
    default:
      return g_strconcat ("Департамент по чрезвычайным ситуациям ", gen, NULL);
    }
}

static void
on_request (TgDemoLife        *l,
            const TgDemoEvent *e)
{
  const TgDemoRequestPlan *p = &l->requests[e->arg];
  g_autoptr(TgInfoRequest) r = tg_info_request_new ();
  g_autofree char *id = g_strdup_printf ("r%u", e->arg + 1);
  g_autofree char *to = addressee (l);
  g_autofree char *path = g_strconcat ("requests/", id, NULL);
  char sent[16], due[16];
  GDate d;

  _tg_demo_format_date (&p->sent, sent);
  _tg_demo_add_wd (l, &p->sent, 5, &d);
  _tg_demo_format_date (&d, due);
  tg_info_request_set_id (r, id);
  tg_info_request_set_addressee (r, to);
  tg_info_request_set_subject (r, _tg_demo_pick (l->rand, tg_demo_request_subjects));
  tg_info_request_set_sent (r, sent);
  tg_info_request_set_due (r, due);
  tg_info_request_set_blocking (r, p->blocking);
  g_list_store_append (tg_case_get_requests (l->kase), r);
  _tg_demo_record_edit (l, e->at, "request", path, NULL, to);
}

/* Requests are listed in the order they were sent, which need not be the
 * order they were planned in: find this one by its id. */
static TgInfoRequest *
find_request (TgDemoLife *l,
              const char *id)
{
  GListModel *list = G_LIST_MODEL (tg_case_get_requests (l->kase));

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(TgInfoRequest) r = g_list_model_get_item (list, i);
      if (g_strcmp0 (tg_info_request_get_id (r), id) == 0)
        return g_steal_pointer (&r);
    }
  g_assert_not_reached ();
}

static void
on_answer (TgDemoLife        *l,
           const TgDemoEvent *e)
{
  g_autofree char *id = g_strdup_printf ("r%u", e->arg + 1);
  g_autoptr(TgInfoRequest) r = find_request (l, id);
  g_autofree char *path = g_strconcat ("requests/", id, "/answered", NULL);
  char answered[16];

  _tg_demo_format_date (&l->requests[e->arg].answered, answered);
  tg_info_request_set_answered (r, answered);
  tg_info_request_set_answer (r, _tg_demo_pick (l->rand, tg_demo_request_answers));
  _tg_demo_record_edit (l, e->at, "answer", path, NULL, answered);
}

static gboolean
on_conclude (TgDemoLife         *l,
             const TgDemoEvent  *e,
             GError            **error)
{
  TgInvestigation *inv = tg_case_get_investigation (l->kase);
  g_autoptr(TgFindings) f = make_findings (l);
  g_autofree char *number = NULL;
  char date[16];
  GDate d;

  _tg_demo_date_of (e->at, &d);
  _tg_demo_format_date (&d, date);
  number = act_number (l, &d);
  _tg_demo_enrich_findings (l, f, &d);
  tg_investigation_set_findings (inv, f);
  tg_investigation_set_act_number (inv, number);
  tg_investigation_set_act_date (inv, date);
  return _tg_demo_transition (l, e->at, TG_ACTION_CONCLUDE, body_actor (l), NULL, error);
}

static TgDispute *
the_dispute (TgDemoLife *l)
{
  return g_list_model_get_item (G_LIST_MODEL (tg_case_get_disputes (l->kase)), 0);
}

static void
on_file (TgDemoLife        *l,
         const TgDemoEvent *e)
{
  static const guint subjects[] = { 500, 350, 150 };
  g_autoptr(TgDispute) d = tg_dispute_new ();
  TgDisputeSubject subject = _tg_demo_weighted (l->rand, subjects, G_N_ELEMENTS (subjects));
  char filed[16], due[16];
  GDate until;

  _tg_demo_format_date (&l->dispute_filed, filed);
  _tg_demo_add_wd (l, &l->dispute_filed, TG_DISPUTE_WORKING_DAYS, &until);
  _tg_demo_format_date (&until, due);
  tg_dispute_set_id (d, "d1");
  tg_dispute_set_filed_by (d, l->dispute_party);
  tg_dispute_set_subject (d, subject);
  tg_dispute_set_filed (d, filed);
  tg_dispute_set_due (d, due);
  tg_dispute_set_claim (d, _tg_demo_claim (l->rand, l->dispute_party, subject));
  tg_dispute_set_status (d, TG_DISPUTE_STATUS_FILED);
  _tg_demo_enrich_dispute (l, d);
  g_list_store_append (tg_case_get_disputes (l->kase), d);
  _tg_demo_record_edit (l, e->at, "dispute-file", "disputes/d1", NULL, tg_dispute_get_claim (d));
}

/* The command that moves a dispute to @status (domain.md §4). */
static const char *
status_command (TgDisputeStatus status)
{
  switch (status)
    {
    case TG_DISPUTE_STATUS_UNDER_REVIEW: return "dispute-position";
    case TG_DISPUTE_STATUS_DECIDED: return "dispute-decide";
    case TG_DISPUTE_STATUS_WITHDRAWN: return "dispute-withdraw";
    case TG_DISPUTE_STATUS_FILED:
    default: return "dispute-file";
    }
}

static void
set_status (TgDemoLife      *l,
            gint64           at,
            TgDispute       *d,
            TgDisputeStatus  status)
{
  const char *before = NICK (TG_TYPE_DISPUTE_STATUS, tg_dispute_get_status (d));

  tg_dispute_set_status (d, status);
  _tg_demo_record_edit (l, at, status_command (status), "disputes/d1/status", before, NICK (TG_TYPE_DISPUTE_STATUS, status));
}

static void
on_review (TgDemoLife        *l,
           const TgDemoEvent *e)
{
  g_autoptr(TgDispute) d = the_dispute (l);

  /* The other parties state their positions. */
  for (guint p = 0; p < 3; p++)
    if (p != l->dispute_party && _tg_demo_chance (l->rand, 700))
      {
        g_autoptr(TgPosition) pos = tg_position_new ();

        tg_position_set_party (pos, NICK (TG_TYPE_PARTY, p));
        tg_position_set_text (pos, _tg_demo_position (l->rand, p));
        g_list_store_append (tg_dispute_get_positions (d), pos);
      }
  set_status (l, e->at, d, TG_DISPUTE_STATUS_UNDER_REVIEW);
}

static void
on_decide (TgDemoLife        *l,
           const TgDemoEvent *e)
{
  g_autoptr(TgDispute) d = the_dispute (l);
  char date[16];
  GDate day;

  _tg_demo_date_of (e->at, &day);
  _tg_demo_format_date (&day, date);
  tg_dispute_set_outcome (d, l->outcome);
  tg_dispute_set_decided_on (d, date);
  tg_dispute_set_decided_by (d, l->w->chairman);
  tg_dispute_set_reasoning (d, _tg_demo_reasoning (l->rand, l->outcome));
  _tg_demo_enrich_decision (l, d);
  set_status (l, e->at, d, TG_DISPUTE_STATUS_DECIDED);
  _tg_demo_record_edit (l, e->at + 1, "dispute-decide", "disputes/d1/outcome", NICK (TG_TYPE_OUTCOME, TG_OUTCOME_NONE),
                        NICK (TG_TYPE_OUTCOME, l->outcome));
}

static void
on_withdraw (TgDemoLife        *l,
             const TgDemoEvent *e)
{
  g_autoptr(TgDispute) d = the_dispute (l);

  set_status (l, e->at, d, TG_DISPUTE_STATUS_WITHDRAWN);
}

static void
on_appeal (TgDemoLife        *l,
           const TgDemoEvent *e)
{
  g_autoptr(TgDispute) d = the_dispute (l);
  char date[16];
  GDate day;

  _tg_demo_date_of (e->at, &day);
  _tg_demo_format_date (&day, date);
  tg_dispute_set_appeal_court (d, _tg_demo_pick (l->rand, tg_demo_courts));
  tg_dispute_set_appeal_filed (d, date);
  _tg_demo_record_edit (l, e->at, "dispute-appeal", "disputes/d1/appeal-court", NULL, tg_dispute_get_appeal_court (d));
}

static void
on_appeal_result (TgDemoLife        *l,
                  const TgDemoEvent *e)
{
  g_autoptr(TgDispute) d = the_dispute (l);

  tg_dispute_set_appeal_result (d, _tg_demo_pick (l->rand, tg_demo_appeal_results));
  _tg_demo_record_edit (l, e->at, "dispute-appeal", "disputes/d1/appeal-result", NULL, tg_dispute_get_appeal_result (d));
}

gboolean
_tg_demo_play (TgDemoLife         *l,
               const TgDemoEvent  *e,
               GError            **error)
{
  switch (e->kind)
    {
    case TG_DEMO_EV_ROUTE:
      return on_route (l, e, error);
    case TG_DEMO_EV_APPOINT:
      return on_appoint (l, e, error);
    case TG_DEMO_EV_EXTEND:
      on_extend (l, e);
      return TRUE;
    case TG_DEMO_EV_REQUEST:
      on_request (l, e);
      return TRUE;
    case TG_DEMO_EV_ANSWER:
      on_answer (l, e);
      return TRUE;
    case TG_DEMO_EV_CONCLUDE:
      return on_conclude (l, e, error);
    case TG_DEMO_EV_FILE:
      on_file (l, e);
      return TRUE;
    case TG_DEMO_EV_REVIEW:
      on_review (l, e);
      return TRUE;
    case TG_DEMO_EV_DECIDE:
      on_decide (l, e);
      return TRUE;
    case TG_DEMO_EV_WITHDRAW:
      on_withdraw (l, e);
      return TRUE;
    case TG_DEMO_EV_APPEAL:
      on_appeal (l, e);
      return TRUE;
    case TG_DEMO_EV_APPEAL_RESULT:
      on_appeal_result (l, e);
      return TRUE;
    case TG_DEMO_EV_REINVESTIGATE:
      return _tg_demo_transition (l, e->at, TG_ACTION_REINVESTIGATE, l->curator,
                                  "Решение по спору d1: повторное расследование", error);
    case TG_DEMO_EV_CLOSE:
      return _tg_demo_transition (l, e->at, TG_ACTION_CLOSE, l->curator, NULL, error);
    case TG_DEMO_EV_REOPEN:
      return _tg_demo_transition (l, e->at, TG_ACTION_REOPEN, l->curator,
                                  _tg_demo_pick (l->rand, tg_demo_reopen_reasons), error);
    default:
      g_assert_not_reached ();
    }
}
