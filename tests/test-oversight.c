/* test-oversight.c — deadline control, reviews, requests, act receipts
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fixture's dates are chosen around the holidays of May 2026 (1, 7
 * May; 9 May, a Saturday, carried over to Monday 11; Kurban Ait on
 * Wednesday 27 May); every expected figure is counted by hand in the
 * comments.
 */
#include "config.h"

#include "tg-case-commands.h"

#include <glib/gstdio.h>
#include <string.h>

#include "tg-dispute.h"
#include "tg-extension.h"
#include "tg-history-entry.h"
#include "tg-info-request.h"
#include "tg-oversight.h"
#include "tg-rules.h"
#include "tg-store.h"
#include "tg-test-util.h"

static void
set_today (const char *iso)
{
  g_setenv ("TERGEU_TODAY", iso, TRUE);
}

static GDate *
day (const char *iso)
{
  static GDate d;

  g_date_clear (&d, 1);
  g_date_set_parse (&d, iso);
  g_assert_true (g_date_valid (&d));
  return &d;
}

/* A case in @region whose accident happened on @date at 10:00, reported
 * @report_hours later. */
static TgCase *
make_case (const char *region,
           const char *date,
           guint       report_hours,
           guint       light,
           guint       severe,
           guint       fatal)
{
  TgCase *kase = tg_test_make_case (light, severe, fatal);
  g_autoptr(GDateTime) occurred = NULL;
  g_autoptr(GDateTime) reported = NULL;
  g_autofree char *occurred_iso = g_strdup_printf ("%sT10:00:00+05:00", date);
  g_autofree char *reported_iso = NULL;

  occurred = g_date_time_new_from_iso8601 (occurred_iso, NULL);
  reported = g_date_time_add_hours (occurred, report_hours);
  reported_iso = g_date_time_format (reported, "%Y-%m-%dT%H:%M:%S+05:00");
  tg_case_set_region (kase, region);
  tg_case_set_occurred (kase, occurred_iso);
  tg_case_set_reported (kase, reported_iso);
  return kase;
}

/* Registers the draft *@kase and routes it on @route_day, by commands;
 * *@kase becomes the case as stored. */
static void
create_and_route (TgStore    *store,
                  TgCase    **kase,
                  const char *route_day)
{
  TgCase *draft = *kase;

  set_today (route_day);
  *kase = tg_test_register (store, draft);
  g_object_unref (draft);
  tg_test_apply (store, kase, "route", NULL);
}

static GListModel *
list_all (TgStore *store,
          guint    within)
{
  TgOversightQuery query = TG_OVERSIGHT_QUERY_INIT;
  g_autoptr(GError) error = NULL;
  GListModel *items;

  query.due_within = within;
  items = tg_oversight_list (store, &query, NULL, &error);
  g_assert_no_error (error);
  return items;
}

static TgOversightItem *
find_item (GListModel      *items,
           const char      *number,
           TgOversightKind  kind)
{
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(TgOversightItem) item = g_list_model_get_item (items, i);
      if (g_strcmp0 (item->number, number) == 0 && item->kind == kind)
        return item;   /* the model keeps it */
    }
  return NULL;
}

/* ------------------------------------------------------------ deadlines */

static void
test_deadline_across_holidays (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autoptr(TgCase) kase = make_case ("08", "2026-04-28", 2, 0, 1, 0);
  g_autoptr(TgExtension) ext = NULL;
  g_autoptr(GListModel) items = NULL;
  g_autoptr(TgOversightItem) described = NULL;
  TgOversightItem *item;

  /* Routed Thursday 30 April: 10 working days are 4, 5, 6, 8, 12, 13, 14,
   * 15, 18, 19 May (1 and 7 May are holidays, 11 May carries 9 May). */
  create_and_route (store, &kase, "2026-04-30");
  g_assert_cmpstr (tg_investigation_get_due (tg_case_get_investigation (kase)), ==, "2026-05-19");

  /* Friday 29 May: 20, 21, 22, 25, 26, 28, 29 — Kurban Ait (27) is off. */
  set_today ("2026-05-29");
  items = list_all (store, 0);
  item = find_item (items, tg_case_get_number (kase), TG_OVERSIGHT_INVESTIGATION);
  g_assert_nonnull (item);
  g_assert_cmpstr (item->due, ==, "2026-05-19");
  g_assert_cmpint (item->days_overdue, ==, 7);
  g_assert_cmpuint (item->n_extensions, ==, 0);
  g_assert_false (item->late_notification);
  g_clear_object (&items);

  /* An extension to Tuesday 26 May: overdue by 28 and 29 May only. */
  tg_test_apply (store, &kase, "extend",
                 tg_test_params ("new-due", TG_TEST_STR ("2026-05-26"),
                                 "reason", TG_TEST_STR ("экспертиза оборудования"),
                                 "granted-by", TG_TEST_STR ("Председатель Комитета"),
                                 "granted", TG_TEST_STR ("2026-05-18"), NULL));
  ext = g_list_model_get_item (G_LIST_MODEL (tg_investigation_get_extensions (tg_case_get_investigation (kase))), 0);
  g_assert_cmpstr (tg_extension_get_granted (ext), ==, "2026-05-18");
  items = list_all (store, 0);
  item = find_item (items, tg_case_get_number (kase), TG_OVERSIGHT_INVESTIGATION);
  g_assert_nonnull (item);
  g_assert_cmpstr (item->due, ==, "2026-05-26");
  g_assert_cmpint (item->days_overdue, ==, 2);
  g_assert_cmpuint (item->n_extensions, ==, 1);
  g_clear_object (&items);

  /* Friday 22 May: due in two working days (25, 26); "within 1" stops on
   * Monday 25, "within 2" reaches Tuesday 26. */
  set_today ("2026-05-22");
  items = list_all (store, 1);
  g_assert_null (find_item (items, tg_case_get_number (kase), TG_OVERSIGHT_INVESTIGATION));
  g_clear_object (&items);
  items = list_all (store, 2);
  item = find_item (items, tg_case_get_number (kase), TG_OVERSIGHT_INVESTIGATION);
  g_assert_nonnull (item);
  g_assert_cmpint (item->days_overdue, ==, -2);
  described = tg_oversight_describe_case (store, kase, NULL);
  g_assert_cmpint (described->days_overdue, ==, -2);
  g_assert_cmpstr (described->due, ==, "2026-05-26");
  {
    g_autofree char *text = tg_oversight_item_describe (described);
    g_assert_cmpstr (text, ==, "due in 2 working days");
  }
  /* Saturday 30 May: 28 and 29 May (27 is Kurban Ait). */
  set_today ("2026-05-30");
  g_clear_object (&described);
  described = tg_oversight_describe_case (store, kase, NULL);
  g_assert_cmpint (described->days_overdue, ==, 2);
  /* Saturday 23 May, the day after a Friday due date: overdue, though no
   * working day has passed since. */
  g_clear_object (&described);
  tg_extension_set_new_due (ext, "2026-05-22");
  described = tg_oversight_describe_case (store, kase, day ("2026-05-23"));
  g_assert_cmpint (described->days_overdue, ==, 1);
  tg_test_remove_dir (dir);
}

static void
test_due_soon (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autoptr(TgCase) kase = make_case ("08", "2026-04-28", 2, 0, 1, 0);
  g_autoptr(GListModel) soon = NULL;
  g_autoptr(GError) error = NULL;

  create_and_route (store, &kase, "2026-04-30");   /* due 19 May */
  /* Friday 15 May: the next working day is Monday 18, not yet. */
  soon = tg_oversight_due_soon (store, day ("2026-05-15"), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (soon), ==, 0);
  g_clear_object (&soon);
  /* Monday 18 May: due tomorrow. */
  soon = tg_oversight_due_soon (store, day ("2026-05-18"), &error);
  g_assert_cmpuint (g_list_model_get_n_items (soon), ==, 1);
  g_clear_object (&soon);
  /* Long overdue: still there. */
  soon = tg_oversight_due_soon (store, day ("2026-06-30"), &error);
  g_assert_cmpuint (g_list_model_get_n_items (soon), ==, 1);
  tg_test_remove_dir (dir);
}

/* The dashboard fixture, judged on Friday 29 May 2026:
 *
 *   08-2026-00001 A  severe, routed 30 Apr → due 19 May: overdue 7
 *   08-2026-00002 B  severe, routed 28 May → due 11 Jun
 *   08-2026-00003 C  3 deaths, commission pending since 26 May → due 28 May: overdue 1
 *   08-2026-00004 F  severe, routed 30 Apr → due 19 May: overdue 7; act dated
 *                    20 May (known before the conclusion), due 25 May, not
 *                    received: overdue 3 (26, 28, 29). Arrives whole: see
 *                    insert_open_with_act
 *   08-2026-00005 H  severe, routed 14 May → due 29 May: due today
 *   15-2026-00001 D  group, 1 death, reported 30 h after: late notification;
 *                    routed 30 Apr → overdue 7; dispute due 27 May: overdue 2
 *   15-2026-00002 E  concluded 12 May (act No. 12 of 11 May); request sent
 *                    20 May, due 28 May: overdue 1
 */
typedef struct
{
  char    *dir;
  TgStore *store;
  TgCase  *a, *b, *c, *d, *e, *f, *h;
} Dashboard;

static void
add_dispute (TgStore *store,
             TgCase **kase)
{
  g_autoptr(TgDispute) dispute = NULL;

  tg_test_apply (store, kase, "dispute-file",
                 tg_test_params ("filed-by", TG_TEST_STR (tg_enum_to_nick (TG_TYPE_PARTY, TG_PARTY_WORKER)),
                                 "subject", TG_TEST_STR (tg_enum_to_nick (TG_TYPE_DISPUTE_SUBJECT,
                                                                          TG_DISPUTE_SUBJECT_INVESTIGATION)),
                                 "filed", TG_TEST_STR ("2026-05-06"),
                                 "due", TG_TEST_STR ("2026-05-27"),
                                 "claim", TG_TEST_STR ("Комиссия не опросила очевидцев"), NULL));
  dispute = g_list_model_get_item (G_LIST_MODEL (tg_case_get_disputes (*kase)), 0);
  g_assert_cmpstr (tg_dispute_get_id (dispute), ==, "d1");
  g_assert_cmpint (tg_dispute_get_status (dispute), ==, TG_DISPUTE_STATUS_FILED);
}

/* Registers the draft *@kase, routes it on 30 April and, on @day,
 * records its findings and concludes it with act @act of @act_date. */
static void
create_and_conclude (TgStore    *store,
                     TgCase    **kase,
                     const char *day,
                     const char *act,
                     const char *act_date)
{
  const char *causes[] = { "нарушение технологического процесса", NULL };

  create_and_route (store, kase, "2026-04-30");
  set_today (day);
  tg_test_apply (store, kase, "findings",
                 tg_test_params ("work-related", g_variant_new_boolean (TRUE),
                                 "causes", g_variant_new_strv (causes, -1),
                                 "fault-employer", g_variant_new_int64 (100),
                                 "fault-employee", g_variant_new_int64 (0), NULL));
  tg_test_apply (store, kase, "conclude",
                 tg_test_params ("act-number", TG_TEST_STR (act), "act-date", TG_TEST_STR (act_date), NULL));
  g_assert_cmpint (tg_case_get_state (*kase), ==, TG_STATE_CONCLUDED);
}

/* F: a local investigation whose act (No. 7 of 20 May) is on record while
 * the case is still open, as the oversight's act control expects (the
 * act's date known by phone or letter before the conclusion). Commands
 * record an act only with "conclude", so F arrives whole, as from another
 * system's file: registered and routed by commands in a scratch database,
 * its act added, and inserted here with its number and history
 * (tg_store_insert_case). */
static TgCase *
insert_open_with_act (TgStore    *store,
                      TgCase     *draft,
                      const char *number,
                      const char *route_day)
{
  g_autofree char *scratch_dir = NULL;
  g_autoptr(TgStore) scratch = tg_test_open_store (&scratch_dir);
  g_autoptr(TgCase) kase = NULL;
  g_autoptr(GError) error = NULL;
  TgInvestigation *inv;
  TgCase *stored;

  tg_case_set_number (draft, number);
  set_today (route_day);
  kase = tg_test_register (scratch, draft);
  tg_test_apply (scratch, &kase, "route", NULL);
  inv = tg_case_get_investigation (kase);
  tg_investigation_set_act_number (inv, "7");
  tg_investigation_set_act_date (inv, "2026-05-20");
  tg_store_close (scratch);
  tg_test_remove_dir (scratch_dir);

  g_assert_true (tg_store_insert_case (store, kase, &error));
  g_assert_no_error (error);
  stored = tg_store_load_case (store, number, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tg_case_get_state (stored), ==, TG_STATE_LOCAL_INVESTIGATION);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tg_case_get_history (stored))), ==, 2);
  return stored;
}

static void
dashboard_setup (Dashboard     *f,
                 gconstpointer  data)
{
  g_autoptr(TgCase) f_draft = make_case ("08", "2026-04-28", 2, 0, 1, 0);

  f->store = tg_test_open_store (&f->dir);
  f->a = make_case ("08", "2026-04-28", 2, 0, 1, 0);
  create_and_route (f->store, &f->a, "2026-04-30");
  f->b = make_case ("08", "2026-05-26", 2, 0, 1, 0);
  create_and_route (f->store, &f->b, "2026-05-28");
  f->c = make_case ("08", "2026-05-25", 2, 0, 0, 3);
  create_and_route (f->store, &f->c, "2026-05-26");
  f->f = insert_open_with_act (f->store, f_draft, "08-2026-00004", "2026-04-30");
  f->h = make_case ("08", "2026-05-12", 2, 0, 1, 0);
  create_and_route (f->store, &f->h, "2026-05-14");
  g_assert_cmpstr (tg_case_get_number (f->h), ==, "08-2026-00005");
  f->d = make_case ("15", "2026-04-28", 30, 1, 0, 1);
  create_and_route (f->store, &f->d, "2026-04-30");
  add_dispute (f->store, &f->d);
  f->e = make_case ("15", "2026-04-28", 3, 0, 1, 0);
  create_and_conclude (f->store, &f->e, "2026-05-12", "12", "2026-05-11");
  set_today ("2026-05-20");
  tg_test_apply (f->store, &f->e, "request",
                 tg_test_params ("to", TG_TEST_STR ("ГИТ по г. Астане"), "subject", TG_TEST_STR ("Копия акта"), NULL));
  set_today ("2026-05-29");
}

static void
dashboard_teardown (Dashboard     *f,
                    gconstpointer  data)
{
  g_clear_object (&f->a);
  g_clear_object (&f->b);
  g_clear_object (&f->c);
  g_clear_object (&f->d);
  g_clear_object (&f->e);
  g_clear_object (&f->f);
  g_clear_object (&f->h);
  g_clear_object (&f->store);
  tg_test_remove_dir (f->dir);
  g_free (f->dir);
}

static TgOversightRegion *
region_row (GListModel *regions,
            const char *code)
{
  for (guint i = 0; i < g_list_model_get_n_items (regions); i++)
    {
      g_autoptr(TgOversightRegion) r = g_list_model_get_item (regions, i);
      if (g_strcmp0 (r->region, code) == 0)
        return r;
    }
  g_assert_not_reached ();
}

static void
test_dashboard_counts (Dashboard     *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) regions = tg_oversight_regions (f->store, 2, NULL, &error);
  g_autoptr(TgOversightRegion) total = NULL;
  TgOversightRegion *r;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (regions), ==, 2);
  r = region_row (regions, "08");
  g_assert_cmpuint (r->investigations, ==, 4);        /* A B F H */
  g_assert_cmpuint (r->overdue, ==, 2);               /* A F */
  g_assert_cmpuint (r->due_soon, ==, 1);              /* H, due today */
  g_assert_cmpuint (r->late_notifications, ==, 0);
  g_assert_cmpuint (r->commissions_pending, ==, 1);   /* C */
  g_assert_cmpuint (r->commissions_overdue, ==, 1);
  g_assert_cmpuint (r->acts_overdue, ==, 1);          /* F */
  g_assert_cmpuint (r->requests_overdue, ==, 0);
  g_assert_cmpuint (r->disputes_open, ==, 0);
  r = region_row (regions, "15");
  g_assert_cmpuint (r->investigations, ==, 1);        /* D; E is concluded */
  g_assert_cmpuint (r->overdue, ==, 1);
  g_assert_cmpuint (r->due_soon, ==, 0);
  g_assert_cmpuint (r->late_notifications, ==, 1);    /* D, 30 h */
  g_assert_cmpuint (r->commissions_pending, ==, 0);
  g_assert_cmpuint (r->acts_overdue, ==, 0);
  g_assert_cmpuint (r->requests_overdue, ==, 1);      /* E */
  g_assert_cmpuint (r->disputes_open, ==, 1);         /* D */
  g_assert_cmpuint (r->disputes_overdue, ==, 1);
  total = tg_oversight_totals (regions);
  g_assert_null (total->region);
  g_assert_cmpuint (total->investigations, ==, 5);
  g_assert_cmpuint (total->overdue, ==, 3);
  g_assert_true (tg_oversight_region_is_late (total));

  /* The day before the request and the commission fell due, and before
   * the act was late: Wednesday 27 May is Kurban Ait, so take the 26th. */
  g_clear_object (&regions);
  regions = tg_oversight_regions (f->store, 0, day ("2026-05-26"), &error);
  r = region_row (regions, "08");
  g_assert_cmpuint (r->acts_overdue, ==, 1);          /* due 25 May */
  g_assert_cmpuint (r->commissions_overdue, ==, 0);   /* due 28 May */
  r = region_row (regions, "15");
  g_assert_cmpuint (r->requests_overdue, ==, 0);
  g_assert_cmpuint (r->disputes_overdue, ==, 0);
}

static void
test_dashboard_items (Dashboard     *f,
                      gconstpointer  data)
{
  g_autoptr(GListModel) items = list_all (f->store, 0);
  static const struct
  {
    TgOversightKind  kind;
    const char      *number;
    const char      *due;
    int              days;
  } expected[] = {
    { TG_OVERSIGHT_INVESTIGATION, "08-2026-00001", "2026-05-19", 7 },
    { TG_OVERSIGHT_INVESTIGATION, "08-2026-00004", "2026-05-19", 7 },
    { TG_OVERSIGHT_INVESTIGATION, "15-2026-00001", "2026-05-19", 7 },
    { TG_OVERSIGHT_ACT, "08-2026-00004", "2026-05-25", 3 },
    { TG_OVERSIGHT_DISPUTE, "15-2026-00001", "2026-05-27", 2 },
    { TG_OVERSIGHT_COMMISSION, "08-2026-00003", "2026-05-28", 1 },
    { TG_OVERSIGHT_REQUEST, "15-2026-00002", "2026-05-28", 1 },
  };

  g_assert_cmpuint (g_list_model_get_n_items (items), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(TgOversightItem) item = g_list_model_get_item (items, i);

      g_test_message ("%u: %s %s %s %d", i, tg_oversight_kind_nick (item->kind), item->number, item->due, item->days_overdue);
      g_assert_cmpint (item->kind, ==, expected[i].kind);
      g_assert_cmpstr (item->number, ==, expected[i].number);
      g_assert_cmpstr (item->due, ==, expected[i].due);
      g_assert_cmpint (item->days_overdue, ==, expected[i].days);
    }
  g_assert_true (find_item (items, "15-2026-00001", TG_OVERSIGHT_INVESTIGATION)->late_notification);
  g_assert_cmpstr (find_item (items, "15-2026-00002", TG_OVERSIGHT_REQUEST)->item_id, ==, "r1");
  g_assert_cmpstr (find_item (items, "08-2026-00004", TG_OVERSIGHT_ACT)->item_id, ==, "7");

  /* One region, one kind */
  {
    TgOversightQuery query = TG_OVERSIGHT_QUERY_INIT;
    g_autoptr(GListModel) some = NULL;
    g_autoptr(GError) error = NULL;

    query.region = "08";
    query.kinds = TG_OVERSIGHT_INVESTIGATION;
    query.due_within = 2;
    some = tg_oversight_list (f->store, &query, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (some), ==, 3);   /* A F H */
    g_assert_nonnull (find_item (some, "08-2026-00005", TG_OVERSIGHT_INVESTIGATION));
  }
}

static guint
count_history (TgCase     *kase,
               const char *action)
{
  GListModel *history = G_LIST_MODEL (tg_case_get_history (kase));
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(TgHistoryEntry) h = g_list_model_get_item (history, i);
      n += g_strcmp0 (tg_history_entry_get_action (h), action) == 0;
    }
  return n;
}

/* Runs @name on *@kase; on success *@kase is the case as stored after. */
static gboolean
run_command (TgStore     *store,
             TgCase     **kase,
             const char  *name,
             GVariant    *params,
             GError     **error)
{
  g_autoptr(TgCase) after = tg_command_run (store, tg_case_get_id (*kase), tg_case_get_revision (*kase),
                                            name, params, NULL, error);

  if (after == NULL)
    return FALSE;
  g_set_object (kase, after);
  return TRUE;
}

static void
test_act_receipt (Dashboard     *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) regions = NULL;
  g_autofree char *received = NULL;

  g_assert_false (run_command (f->store, &f->a, "act-received",
                               tg_test_params ("received-on", TG_TEST_STR ("2026-05-29"), NULL), &error));
  g_assert_error (error, TG_COMMAND_ERROR, TG_COMMAND_ERROR_GUARD);
  g_clear_error (&error);
  /* before the act's date */
  g_assert_false (run_command (f->store, &f->f, "act-received",
                               tg_test_params ("received-on", TG_TEST_STR ("2026-05-19"), NULL), &error));
  g_assert_error (error, TG_COMMAND_ERROR, TG_COMMAND_ERROR_PARAMETER);
  g_clear_error (&error);
  /* in the future */
  g_assert_false (run_command (f->store, &f->f, "act-received",
                               tg_test_params ("received-on", TG_TEST_STR ("2026-06-01"), NULL), &error));
  g_assert_error (error, TG_COMMAND_ERROR, TG_COMMAND_ERROR_PARAMETER);
  g_clear_error (&error);

  g_assert_true (run_command (f->store, &f->f, "act-received",
                              tg_test_params ("received-on", TG_TEST_STR ("2026-05-29"), NULL), &error));
  g_assert_no_error (error);
  received = tg_oversight_act_received (f->store, f->f);
  g_assert_cmpstr (received, ==, "2026-05-29");
  g_assert_cmpuint (count_history (f->f, "act-received"), ==, 1);
  regions = tg_oversight_regions (f->store, 0, NULL, &error);
  g_assert_cmpuint (region_row (regions, "08")->acts_overdue, ==, 0);

  g_assert_false (run_command (f->store, &f->f, "act-received",
                               tg_test_params ("received-on", TG_TEST_STR ("2026-05-29"), NULL), &error));
  g_assert_error (error, TG_STORE_ERROR, TG_STORE_ERROR_REFUSED);
}

/* --------------------------------------------------------------- reviews */

static GVariant *
review_params (const char *conclusion,
               const char *reasoning,
               const char *on)
{
  return tg_test_params ("reviewed-on", TG_TEST_STR (on), "reviewer", TG_TEST_STR ("Жумабеков Т."),
                         "conclusion", TG_TEST_STR (conclusion), "reasoning", TG_TEST_STR (reasoning), NULL);
}

static void
test_review_reinvestigation (Dashboard     *f,
                             gconstpointer  data)
{
  g_autoptr(GListModel) reviews = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TgCase) stored = NULL;
  gint64 revision = tg_case_get_revision (f->e);

  g_assert_true (run_command (f->store, &f->e, "review",
                              review_params ("reinvestigation", "Причины не установлены, очевидцы не опрошены",
                                             "2026-05-29"), &error));
  g_assert_no_error (error);
  /* one command, one entry: the review and the case sent back */
  g_assert_cmpint (tg_case_get_state (f->e), ==, TG_STATE_LOCAL_INVESTIGATION);
  g_assert_cmpint (tg_case_get_revision (f->e), ==, revision + 1);

  stored = tg_store_load_case (f->store, tg_case_get_number (f->e), &error);
  g_assert_no_error (error);
  g_assert_cmpint (tg_case_get_state (stored), ==, TG_STATE_LOCAL_INVESTIGATION);
  g_assert_cmpuint (count_history (stored, "review"), ==, 1);
  /* 10 working days from 29 May: 1–5, 8–12 June */
  g_assert_cmpstr (tg_investigation_get_due (tg_case_get_investigation (stored)), ==, "2026-06-12");
  reviews = tg_oversight_list_reviews (f->store, tg_case_get_id (f->e), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (reviews), ==, 1);
  {
    g_autoptr(TgReview) r = g_list_model_get_item (reviews, 0);
    g_assert_cmpint (tg_review_get_conclusion (r), ==, TG_REVIEW_REINVESTIGATION);
    g_assert_cmpstr (tg_review_get_reviewer (r), ==, "Жумабеков Т.");
    g_assert_cmpstr (tg_review_get_reviewed_on (r), ==, "2026-05-29");
    g_assert_cmpstr (tg_review_get_act_number (r), ==, "12");
  }
}

static void
test_review_refused (Dashboard     *f,
                     gconstpointer  data)
{
  g_autoptr(GListModel) reviews = NULL;
  g_autoptr(GError) error = NULL;
  guint history = g_list_model_get_n_items (G_LIST_MODEL (tg_case_get_history (f->a)));
  gint64 revision = tg_case_get_revision (f->a);

  /* A running investigation cannot be sent back: nothing is recorded. */
  g_assert_false (run_command (f->store, &f->a, "review",
                               review_params ("reinvestigation", "не установлены причины", "2026-05-29"), &error));
  g_assert_error (error, TG_COMMAND_ERROR, TG_COMMAND_ERROR_STATE);
  g_clear_error (&error);
  g_assert_cmpint (tg_case_get_revision (f->a), ==, revision);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tg_case_get_history (f->a))), ==, history);
  reviews = tg_oversight_list_reviews (f->store, tg_case_get_number (f->a), &error);
  g_assert_cmpuint (g_list_model_get_n_items (reviews), ==, 0);

  /* Deficiencies on a running one is fine */
  g_assert_true (run_command (f->store, &f->a, "review",
                              review_params ("deficiencies", "не установлены причины", "2026-05-29"), &error));
  g_assert_no_error (error);
  g_assert_cmpint (tg_case_get_revision (f->a), ==, revision + 1);
  g_assert_cmpuint (count_history (f->a, "review"), ==, 1);

  /* A Committee case is not a local investigation; no reasoning; future */
  g_assert_false (run_command (f->store, &f->c, "review", review_params ("sound", "—", "2026-05-29"), &error));
  g_assert_true (g_error_matches (error, TG_COMMAND_ERROR, TG_COMMAND_ERROR_GUARD) ||
                 g_error_matches (error, TG_COMMAND_ERROR, TG_COMMAND_ERROR_STATE));
  g_clear_error (&error);
  g_assert_false (run_command (f->store, &f->b, "review", review_params ("sound", "  ", "2026-05-29"), &error));
  g_assert_error (error, TG_COMMAND_ERROR, TG_COMMAND_ERROR_PARAMETER);
  g_clear_error (&error);
  g_assert_false (run_command (f->store, &f->b, "review", review_params ("sound", "ok", "2026-06-01"), &error));
  g_assert_error (error, TG_COMMAND_ERROR, TG_COMMAND_ERROR_PARAMETER);
}

/* -------------------------------------------------------------- requests */

/* The request @id of @kase, borrowed; NULL if it has none. */
static TgInfoRequest *
find_request (TgCase     *kase,
              const char *id)
{
  GListModel *requests = G_LIST_MODEL (tg_case_get_requests (kase));

  for (guint i = 0; i < g_list_model_get_n_items (requests); i++)
    {
      g_autoptr(TgInfoRequest) r = g_list_model_get_item (requests, i);
      if (g_strcmp0 (tg_info_request_get_id (r), id) == 0)
        return r;   /* the case keeps it */
    }
  return NULL;
}

/* Runs "request" or "answer" on B expecting a refusal @code. */
static void
assert_refused (Dashboard      *f,
                const char     *name,
                GVariant       *params,
                int             code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TgCase) after = tg_command_run (f->store, tg_case_get_number (f->b), tg_case_get_revision (f->b),
                                            name, params, NULL, &error);

  g_assert_null (after);
  g_assert_error (error, TG_COMMAND_ERROR, code);
  g_test_message ("%s refused: %s", name, error->message);
}

static void
test_requests (Dashboard     *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TgCase) stored = NULL;
  g_autoptr(TgHistoryEntry) last = NULL;
  g_auto(TgCommandOutcome) outcome = { FALSE, NULL, -1 };
  guint history = g_list_model_get_n_items (G_LIST_MODEL (tg_case_get_history (f->b)));
  TgCase *after;
  TgInfoRequest *r;

  /* Friday 22 May + 5 working days: 25, 26, 28, 29 (27 off), 1 June */
  set_today ("2026-05-22");
  after = tg_command_run (f->store, tg_case_get_number (f->b), tg_case_get_revision (f->b), "request",
                          tg_test_params ("to", TG_TEST_STR ("ТОО «Сарыарка Көмір»"),
                                          "subject", TG_TEST_STR ("Журнал инструктажей"),
                                          "blocking", g_variant_new_boolean (TRUE), NULL),
                          &outcome, &error);
  g_assert_no_error (error);
  g_object_unref (f->b);
  f->b = after;
  g_assert_cmpstr (outcome.item_id, ==, "r1");
  r = find_request (f->b, "r1");
  g_assert_nonnull (r);
  g_assert_cmpstr (tg_info_request_get_sent (r), ==, "2026-05-22");
  g_assert_cmpstr (tg_info_request_get_due (r), ==, "2026-06-01");
  g_assert_true (tg_info_request_get_blocking (r));
  tg_test_apply (f->store, &f->b, "request",
                 tg_test_params ("to", TG_TEST_STR ("ГИТ"), "subject", TG_TEST_STR ("Протоколы опроса"),
                                 "due", TG_TEST_STR ("2026-05-25"), NULL));
  r = find_request (f->b, "r2");
  g_assert_nonnull (r);
  g_assert_cmpstr (tg_info_request_get_due (r), ==, "2026-05-25");
  /* due before today; no addressee */
  assert_refused (f, "request",
                  tg_test_params ("to", TG_TEST_STR ("ГИТ"), "subject", TG_TEST_STR ("x"),
                                  "due", TG_TEST_STR ("2026-05-21"), NULL),
                  TG_COMMAND_ERROR_PARAMETER);
  assert_refused (f, "request", tg_test_params ("to", TG_TEST_STR (" "), "subject", TG_TEST_STR ("x"), NULL),
                  TG_COMMAND_ERROR_PARAMETER);

  set_today ("2026-05-29");
  /* answered before it was sent; no such request */
  assert_refused (f, "answer",
                  tg_test_params ("request", TG_TEST_STR ("r1"), "answered", TG_TEST_STR ("2026-05-21"),
                                  "answer", TG_TEST_STR ("рано"), NULL),
                  TG_COMMAND_ERROR_GUARD);
  assert_refused (f, "answer",
                  tg_test_params ("request", TG_TEST_STR ("r9"), "answered", TG_TEST_STR ("2026-05-29"),
                                  "answer", TG_TEST_STR ("нет"), NULL),
                  TG_COMMAND_ERROR_NOT_FOUND);
  tg_test_apply (f->store, &f->b, "answer",
                 tg_test_params ("request", TG_TEST_STR ("r2"), "answered", TG_TEST_STR ("2026-05-28"),
                                 "answer", TG_TEST_STR ("Протоколы приложены"), NULL));
  /* answered already */
  assert_refused (f, "answer",
                  tg_test_params ("request", TG_TEST_STR ("r2"), "answered", TG_TEST_STR ("2026-05-29"),
                                  "answer", TG_TEST_STR ("ещё раз"), NULL),
                  TG_COMMAND_ERROR_GUARD);

  stored = tg_store_load_case (f->store, tg_case_get_number (f->b), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tg_case_get_requests (stored))), ==, 2);
  r = find_request (stored, "r2");
  g_assert_nonnull (r);
  g_assert_cmpstr (tg_info_request_get_answered (r), ==, "2026-05-28");
  g_assert_cmpstr (tg_info_request_get_answer (r), ==, "Протоколы приложены");
  g_assert_null (tg_info_request_get_answered (find_request (stored, "r1")));
  /* one history entry per command that changed the case (register,
   * route, two requests, one answer); the refused ones wrote nothing */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tg_case_get_history (stored))), >=, 5);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tg_case_get_history (stored))), ==, history + 3);
  g_assert_cmpint (tg_case_get_revision (stored), ==, tg_case_get_revision (f->b));
  last = g_list_model_get_item (G_LIST_MODEL (tg_case_get_history (stored)), history + 2);
  g_assert_cmpstr (tg_history_entry_get_action (last), ==, "answer");
}

/* ----------------------------------------------------------- command line */

static int
run_cli (Dashboard  *f,
         char      **out,
         const char *command,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  g_autofree char *stdout_text = NULL;
  const char *arg;
  va_list ap;
  int status = -1;

  g_ptr_array_add (argv, (gpointer) g_getenv ("TERGEU_CLI"));
  g_ptr_array_add (argv, (gpointer) command);
  g_ptr_array_add (argv, "--db");
  g_ptr_array_add (argv, (gpointer) tg_store_get_path (f->store));
  va_start (ap, command);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (argv, NULL);
  /* The command's stdout is always captured: inherited, it would break
   * this test's own TAP output. */
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &stdout_text, &err, &status, &error);
  g_assert_no_error (error);
  if (out != NULL)
    *out = g_steal_pointer (&stdout_text);
  if (err != NULL && *err)
    g_test_message ("stderr: %s", err);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static void
test_command_line (Dashboard     *f,
                   gconstpointer  data)
{
  g_autofree char *csv = g_build_filename (f->dir, "severity.csv", NULL);
  g_autofree char *doc = g_build_filename (f->dir, "report.doc", NULL);
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GBytes) bytes = NULL;

  if (g_getenv ("TERGEU_CLI") == NULL)
    {
      g_test_skip ("TERGEU_CLI is not set");
      return;
    }
  g_assert_cmpint (run_cli (f, &out, "control", NULL), ==, 0);
  lines = g_strsplit (out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 7 + 1);
  g_assert_cmpstr (lines[0], ==, "investigation\t08-2026-00001\t08\tlocal-investigation\t2026-05-19\t7\t0\t\t\t");
  g_assert_true (g_str_has_prefix (lines[3], "act\t08-2026-00004\t08\tlocal-investigation\t2026-05-25\t3\t"));
  g_clear_pointer (&lines, g_strfreev);
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run_cli (f, &out, "control", "--summary", "--within", "2", NULL), ==, 0);
  g_assert_true (g_str_has_suffix (out, "total\t5\t3\t1\t1\t1\t1\t1\t1\t1\t1\n"));
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (run_cli (f, &out, "request", "08-2026-00002", "--to", "ГИТ", "--subject", "Акт Н-1", NULL), ==, 0);
  /* NUMBER<TAB>REVISION<TAB>changed<TAB>ID, as every command prints */
  g_assert_cmpstr (out, ==, "08-2026-00002\t3\tchanged\tr1\n");
  g_assert_cmpint (run_cli (f, NULL, "answer", "08-2026-00002", "r1", "--text", "Получено", NULL), ==, 0);
  g_assert_cmpint (run_cli (f, NULL, "answer", "08-2026-00002", "r1", "--text", "ещё", NULL), ==, 1);
  /* A parameter missing or malformed is the command's refusal, as for
   * every command that changes a case: exit 1, nothing changed. */
  g_assert_cmpint (run_cli (f, NULL, "request", "08-2026-00002", "--to", "ГИТ", NULL), ==, 1);
  /* The act of the concluded case E ("act-received" is for concluded and
   * closed cases), before the review sends E back. */
  g_assert_cmpint (run_cli (f, NULL, "receive-act", "15-2026-00002", "--on", "2026-05-28", NULL), ==, 0);
  g_assert_cmpint (run_cli (f, NULL, "review", "15-2026-00002", "--conclusion", "reinvestigation",
                            "--reasoning", "Причины не установлены", NULL), ==, 0);
  g_assert_cmpint (run_cli (f, NULL, "review", "15-2026-00002", "--conclusion", "maybe",
                            "--reasoning", "x", NULL), ==, 1);
  g_assert_cmpint (run_cli (f, NULL, "review", "08-2026-00003", "--conclusion", "sound",
                            "--reasoning", "x", NULL), ==, 1);
  g_assert_cmpint (run_cli (f, NULL, "report", "--by", "severity", "-o", csv, NULL), ==, 0);
  bytes = tg_test_read_file (csv);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), 3, "\xef\xbb\xbf", 3);
  g_assert_cmpint (run_cli (f, NULL, "report", "-o", doc, NULL), ==, 1);
  g_assert_cmpint (run_cli (f, NULL, "report", "--by", "colour", "-o", csv, NULL), ==, 2);
  g_assert_cmpint (run_cli (f, NULL, "report", "--from", "2026-13-01", "-o", csv, NULL), ==, 1);
}

/* ------------------------------------------------------------- migration */

static void
test_migration_from_schema_1 (void)
{
  g_autofree char *dir = g_dir_make_tmp ("tergeu-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "cases.db", NULL);
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", "oversight", "schema-1.db", NULL);
  g_autoptr(GBytes) bytes = tg_test_read_file (source);
  g_autoptr(TgStore) store = NULL;
  g_autoptr(GListModel) regions = NULL;
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
  store = tg_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (tg_store_verify (store, problems, &error));

  /* 08-2026-00001: severe, routed 18 Nov 2026, due 2 Dec */
  set_today ("2026-12-07");
  regions = tg_oversight_regions (store, 0, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (region_row (regions, "08")->overdue, ==, 1);
  items = list_all (store, 0);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 1);
  tg_store_close (store);
  tg_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/oversight/deadline-across-holidays", test_deadline_across_holidays);
  g_test_add_func ("/oversight/due-soon", test_due_soon);
  g_test_add ("/oversight/dashboard-counts", Dashboard, NULL, dashboard_setup, test_dashboard_counts, dashboard_teardown);
  g_test_add ("/oversight/dashboard-items", Dashboard, NULL, dashboard_setup, test_dashboard_items, dashboard_teardown);
  g_test_add ("/oversight/act-receipt", Dashboard, NULL, dashboard_setup, test_act_receipt, dashboard_teardown);
  g_test_add ("/oversight/review-reinvestigation", Dashboard, NULL, dashboard_setup, test_review_reinvestigation, dashboard_teardown);
  g_test_add ("/oversight/review-refused", Dashboard, NULL, dashboard_setup, test_review_refused, dashboard_teardown);
  g_test_add ("/oversight/requests", Dashboard, NULL, dashboard_setup, test_requests, dashboard_teardown);
  g_test_add ("/oversight/command-line", Dashboard, NULL, dashboard_setup, test_command_line, dashboard_teardown);
  g_test_add_func ("/oversight/migration-from-schema-1", test_migration_from_schema_1);

  return g_test_run ();
}
