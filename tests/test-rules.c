/* test-rules.c — classification, jurisdiction, transitions, case checks
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "tg-calendar.h"
#include "tg-dispute.h"
#include "tg-extension.h"
#include "tg-rules.h"
#include "tg-test-util.h"
#include "tg-victim.h"

static void
check_jurisdiction (guint light, guint severe, guint fatal, gboolean poisoning,
                    TgJurisdiction expected, gboolean group)
{
  g_autoptr(TgCase) kase = tg_test_make_case (light, severe, fatal);
  TgClassification k;

  tg_case_set_group_poisoning (kase, poisoning);
  tg_classify (kase, &k);
  g_assert_cmpint (k.jurisdiction, ==, expected);
  g_assert_cmpint (k.group, ==, group);
  g_assert_cmpuint (k.n_deaths, ==, fatal);
  g_assert_cmpuint (k.n_victims, ==, light + severe + fatal);
}

static void
test_jurisdiction_thresholds (void)
{
  check_jurisdiction (1, 0, 0, FALSE, TG_JURISDICTION_EMPLOYER, FALSE);
  check_jurisdiction (0, 1, 0, FALSE, TG_JURISDICTION_LOCAL, FALSE);
  check_jurisdiction (0, 0, 1, FALSE, TG_JURISDICTION_LOCAL, FALSE);
  check_jurisdiction (2, 0, 0, FALSE, TG_JURISDICTION_LOCAL, TRUE);
  check_jurisdiction (1, 0, 1, FALSE, TG_JURISDICTION_LOCAL, TRUE);
  check_jurisdiction (0, 0, 2, FALSE, TG_JURISDICTION_LOCAL_CHIEF, TRUE);
  check_jurisdiction (3, 1, 2, FALSE, TG_JURISDICTION_LOCAL_CHIEF, TRUE);
  check_jurisdiction (0, 0, 3, FALSE, TG_JURISDICTION_COMMITTEE, TRUE);
  check_jurisdiction (1, 0, 4, FALSE, TG_JURISDICTION_COMMITTEE, TRUE);
  check_jurisdiction (0, 0, 5, FALSE, TG_JURISDICTION_COMMITTEE, TRUE);
  check_jurisdiction (0, 0, 6, FALSE, TG_JURISDICTION_GOVERNMENT, TRUE);
  check_jurisdiction (2, 0, 9, FALSE, TG_JURISDICTION_GOVERNMENT, TRUE);
  /* Acute group poisoning is a group accident even with one victim. */
  check_jurisdiction (1, 0, 0, TRUE, TG_JURISDICTION_LOCAL, TRUE);
}

static void
test_describe (void)
{
  TgClassification k;
  g_autofree char *text = NULL;

  tg_classify_counts (5, 4, TG_SEVERITY_FATAL, FALSE, &k);
  text = tg_classification_describe (&k);
  g_assert_nonnull (strstr (text, "4 deaths"));
  g_assert_nonnull (strstr (text, "Commission of the Committee"));
  g_assert_nonnull (strstr (tg_classification_reason (&k), "three to five"));
}

static TgCalendar *calendar;

static TgState
apply_ok (TgCase *kase, TgAction action, const char *reason)
{
  g_autoptr(GError) error = NULL;
  GDate today;
  TgTransitionContext ctx = { reason, &today, calendar };

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 19, 11, 2026);
  tg_rules_apply (kase, action, &ctx, &error);
  g_assert_no_error (error);
  return tg_case_get_state (kase);
}

static void
refused (TgCase *kase, TgAction action, const char *reason, const char *why)
{
  g_autoptr(GError) error = NULL;
  TgTransitionContext ctx = { reason, NULL, calendar };
  TgState before = tg_case_get_state (kase);

  g_assert_false (tg_rules_apply (kase, action, &ctx, &error));
  g_assert_error (error, TG_RULES_ERROR, error->code);
  if (g_strstr_len (error->message, -1, why) == NULL)
    g_error ("expected “%s” in “%s”", why, error->message);
  g_assert_cmpint (tg_case_get_state (kase), ==, before);
}

static void
test_route (void)
{
  g_autoptr(TgCase) light = tg_test_make_case (1, 0, 0);
  g_autoptr(TgCase) four = tg_test_make_case (1, 0, 4);
  g_autoptr(TgCase) seven = tg_test_make_case (0, 0, 7);
  g_autoptr(TgCase) empty = tg_test_make_case (0, 0, 0);
  TgInvestigation *inv = tg_case_get_investigation (light);

  g_assert_cmpint (apply_ok (light, TG_ACTION_ROUTE, NULL), ==, TG_STATE_LOCAL_INVESTIGATION);
  g_assert_cmpint (tg_investigation_get_body (inv), ==, TG_BODY_EMPLOYER);
  g_assert_cmpstr (tg_investigation_get_started (inv), ==, "2026-11-19");
  g_assert_cmpstr (tg_investigation_get_due (inv), ==, "2026-12-03");
  g_assert_cmpint (apply_ok (four, TG_ACTION_ROUTE, NULL), ==, TG_STATE_COMMISSION_PENDING);
  g_assert_cmpint (apply_ok (seven, TG_ACTION_ROUTE, NULL), ==, TG_STATE_REFERRED_TO_GOVERNMENT);
  refused (empty, TG_ACTION_ROUTE, NULL, "no victims");
  refused (light, TG_ACTION_ROUTE, NULL, "not possible");
}

static void
test_appoint (void)
{
  g_autoptr(TgCase) kase = tg_test_make_case (0, 0, 4);
  TgCommission *com;

  apply_ok (kase, TG_ACTION_ROUTE, NULL);
  refused (kase, TG_ACTION_APPOINT, NULL, "No commission");
  tg_test_add_commission (kase, 1);
  refused (kase, TG_ACTION_APPOINT, NULL, "at least two members");
  tg_test_add_commission (kase, 3);
  refused (kase, TG_ACTION_APPOINT, NULL, "order number");
  com = tg_investigation_get_commission (tg_case_get_investigation (kase));
  tg_commission_set_order_number (com, "214-к");
  tg_commission_set_order_date (com, "2026-11-19");
  g_assert_cmpint (apply_ok (kase, TG_ACTION_APPOINT, NULL), ==, TG_STATE_COMMITTEE_INVESTIGATION);
  g_assert_cmpint (tg_investigation_get_body (tg_case_get_investigation (kase)), ==, TG_BODY_COMMITTEE);
  g_assert_cmpstr (tg_investigation_get_due (tg_case_get_investigation (kase)), ==, "2026-12-03");
}

static void
conclude_ready (TgCase *kase)
{
  TgInvestigation *inv = tg_case_get_investigation (kase);
  g_autoptr(TgFindings) f = tg_findings_new ();
  const char *causes[] = { "нарушение требований безопасности", NULL };

  tg_findings_set_causes (f, causes);
  tg_findings_set_fault_employer (f, 70);
  tg_findings_set_fault_employee (f, 30);
  tg_investigation_set_findings (inv, f);
  tg_investigation_set_act_number (inv, "12");
  tg_investigation_set_act_date (inv, "2026-12-01");
}

static void
test_conclude_close_reopen (void)
{
  g_autoptr(TgCase) kase = tg_test_make_case (0, 1, 0);
  g_autoptr(TgDispute) d = tg_dispute_new ();
  g_autoptr(TgFindings) bad = tg_findings_new ();

  apply_ok (kase, TG_ACTION_ROUTE, NULL);
  refused (kase, TG_ACTION_CONCLUDE, NULL, "findings");
  tg_findings_set_work_related (bad, FALSE);
  tg_investigation_set_findings (tg_case_get_investigation (kase), bad);
  refused (kase, TG_ACTION_CONCLUDE, NULL, "ground");
  conclude_ready (kase);
  g_assert_cmpint (apply_ok (kase, TG_ACTION_CONCLUDE, NULL), ==, TG_STATE_CONCLUDED);

  tg_dispute_set_id (d, "d1");
  tg_dispute_set_status (d, TG_DISPUTE_STATUS_UNDER_REVIEW);
  g_list_store_append (tg_case_get_disputes (kase), d);
  refused (kase, TG_ACTION_CLOSE, NULL, "open dispute");
  tg_dispute_set_status (d, TG_DISPUTE_STATUS_DECIDED);
  g_assert_cmpint (apply_ok (kase, TG_ACTION_CLOSE, NULL), ==, TG_STATE_CLOSED);

  refused (kase, TG_ACTION_REOPEN, NULL, "reason");
  refused (kase, TG_ACTION_REOPEN, "   ", "reason");
  g_assert_cmpint (apply_ok (kase, TG_ACTION_REOPEN, "amend the act"), ==, TG_STATE_CONCLUDED);
  refused (kase, TG_ACTION_REINVESTIGATE, NULL, "reason");
  {
    /* An extension of the first round does not outlive a re-investigation. */
    g_autoptr(TgExtension) e = tg_extension_new ();
    tg_investigation_set_started (tg_case_get_investigation (kase), "2026-11-10");
    tg_extension_set_granted (e, "2026-11-15");
    tg_extension_set_new_due (e, "2026-12-20");
    g_list_store_append (tg_investigation_get_extensions (tg_case_get_investigation (kase)), e);
    g_assert_cmpstr (tg_case_effective_due (kase), ==, "2026-12-20");
  }
  g_assert_cmpint (apply_ok (kase, TG_ACTION_REINVESTIGATE, "objectivity review"), ==, TG_STATE_LOCAL_INVESTIGATION);
  g_assert_cmpstr (tg_case_effective_due (kase), ==, "2026-12-03");
}

static void
test_escalate_refer (void)
{
  g_autoptr(TgCase) kase = tg_test_make_case (1, 0, 2);
  TgAction forced;

  apply_ok (kase, TG_ACTION_ROUTE, NULL);
  g_assert_false (tg_rules_forced_action (kase, &forced));
  refused (kase, TG_ACTION_ESCALATE, NULL, "three to five");
  refused (kase, TG_ACTION_REFER, NULL, "by hand");

  /* A later death: three dead now, the case belongs to the Committee. */
  {
    g_autoptr(TgVictim) third = g_list_model_get_item (G_LIST_MODEL (tg_case_get_victims (kase)), 2);
    tg_victim_set_severity (third, TG_SEVERITY_FATAL);
  }
  g_assert_true (tg_rules_forced_action (kase, &forced));
  g_assert_cmpint (forced, ==, TG_ACTION_ESCALATE);
  g_assert_cmpint (apply_ok (kase, TG_ACTION_ESCALATE, NULL), ==, TG_STATE_COMMISSION_PENDING);
  g_assert_cmpint (apply_ok (kase, TG_ACTION_REFER, "the Government took the case"), ==, TG_STATE_REFERRED_TO_GOVERNMENT);
  refused (kase, TG_ACTION_REFER, "again", "not possible");
}

static void
test_validate (void)
{
  g_autoptr(TgCase) kase = tg_test_make_case (1, 0, 4);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(TgVictim) light = NULL;
  g_autoptr(TgFindings) f = tg_findings_new ();
  g_autofree char *all = NULL;

  g_assert_true (tg_rules_validate_case (kase, problems));
  g_assert_cmpuint (problems->len, ==, 0);

  light = g_list_model_get_item (G_LIST_MODEL (tg_case_get_victims (kase)), 4);
  tg_victim_set_died_on (light, "2026-11-19");
  tg_victim_set_iin (light, "690303303331");
  tg_case_set_state (kase, TG_STATE_LOCAL_INVESTIGATION);
  tg_case_set_reported (kase, "2026-11-17T10:00:00+05:00");
  tg_findings_set_fault_employer (f, 60);
  tg_findings_set_fault_employee (f, 30);
  tg_investigation_set_findings (tg_case_get_investigation (kase), f);
  tg_employer_set_bin (tg_case_get_employer (kase), "170340001239");

  g_assert_false (tg_rules_validate_case (kase, problems));
  g_ptr_array_add (problems, NULL);
  all = g_strjoinv ("\n", (char **) problems->pdata);
  g_test_message ("%s", all);
  g_assert_nonnull (strstr (all, "victim v5: IIN 690303303331 fails the check digit"));
  g_assert_nonnull (strstr (all, "victim v5: a date of death"));
  g_assert_nonnull (strstr (all, "state local-investigation contradicts the victims"));
  g_assert_nonnull (strstr (all, "is before the accident occurred"));
  g_assert_nonnull (strstr (all, "do not add up to 100"));
  g_assert_nonnull (strstr (all, "BIN 170340001239"));
}

static void
test_deadlines (void)
{
  g_autoptr(TgCase) kase = tg_test_make_case (0, 1, 0);
  gint64 hours = -1;
  GDate due;

  g_assert_false (tg_rules_late_notification (kase, &hours));
  g_assert_cmpint (hours, ==, 1);
  tg_case_set_reported (kase, "2026-11-19T14:30:00+05:00");
  g_assert_false (tg_rules_late_notification (kase, &hours));   /* exactly 24 h */
  g_assert_cmpint (hours, ==, 24);
  tg_case_set_reported (kase, "2026-11-19T14:31:00+05:00");
  g_assert_true (tg_rules_late_notification (kase, &hours));

  g_assert_false (tg_rules_act_due (kase, calendar, &due));
  apply_ok (kase, TG_ACTION_ROUTE, NULL);   /* due 2026-12-03 (Thursday) */
  g_assert_true (tg_rules_act_due (kase, calendar, &due));
  /* Fri 4, Mon 7, Tue 8 December 2026 */
  g_assert_cmpuint (g_date_get_day (&due), ==, 8);
  g_assert_cmpuint (g_date_get_month (&due), ==, 12);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  calendar = tg_calendar_new ();
  g_test_add_func ("/rules/jurisdiction", test_jurisdiction_thresholds);
  g_test_add_func ("/rules/describe", test_describe);
  g_test_add_func ("/rules/route", test_route);
  g_test_add_func ("/rules/appoint", test_appoint);
  g_test_add_func ("/rules/conclude-close-reopen", test_conclude_close_reopen);
  g_test_add_func ("/rules/escalate-refer", test_escalate_refer);
  g_test_add_func ("/rules/validate", test_validate);
  g_test_add_func ("/rules/deadlines", test_deadlines);
  return g_test_run ();
}
