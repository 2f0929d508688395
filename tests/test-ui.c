/* test-ui.c — the desktop application's windows on a temporary database
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-ui"

#include "config.h"

#include <glib/gstdio.h>

#include "tg-about.h"
#include "tg-application.h"
#include "tg-case-commands.h"
#include "tg-case-page-private.h"
#include "tg-conflict-dialog.h"
#include "tg-dispute-dialog.h"
#include "tg-exchange-export.h"
#include "tg-form.h"
#include "tg-import-dialog.h"
#include "tg-name-completion.h"
#include "tg-notifications.h"
#include "tg-new-case-assistant.h"
#include "tg-print.h"
#include "tg-preferences-window.h"
#include "tg-print-preview.h"
#include "tg-server-password.h"
#include "tg-settings.h"
#include "tg-identifiers.h"
#include "tg-review.h"
#include "tg-rules.h"
#include "tg-store-location.h"
#include "tg-store-oversight.h"
#include "tg-statistics-view.h"
#include "tg-victim-dialog.h"
#include "tg-window-private.h"
#include "test-ui-data.h"
#include "tg-test-util.h"

#define N_CASES 30

typedef struct
{
  char     *dir;
  TgStore  *store;
  TgWindow *window;
} Fixture;

static void
iterate (void)
{
  for (guint i = 0; i < 50 && g_main_context_iteration (NULL, FALSE); i++)
    ;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("tergeu-ui-XXXXXX", &error);
  g_assert_no_error (error);
  /* TERGEU_TEST_ENGINE=postgresql: a fresh database of a throw-away
   * server (the suite pg's ui-live-pg). */
  path = tg_test_on_server () ? tg_test_server_location () : g_build_filename (f->dir, "cases.db", NULL);
  f->store = tg_store_open (path, &error);
  g_assert_no_error (error);
  tg_test_populate (f->store, N_CASES, &error);
  g_assert_no_error (error);
  f->window = g_object_ref_sink (tg_window_new (NULL, f->store));
  gtk_window_present (GTK_WINDOW (f->window));
  iterate ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "cases.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->window);
  iterate ();
  tg_store_close (f->store);
  g_clear_object (&f->store);
  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (f->dir);
  g_free (f->dir);
}

static void
test_window_opens (Fixture       *f,
                   gconstpointer  data)
{
  TgCaseListModel *model = tg_window_get_model (f->window);

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (f->window)));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, N_CASES);
  /* The visible rows come from one page: nothing loads every row. */
  g_assert_cmpuint (tg_case_list_model_get_n_fetches (model), <=, 2);
}

static gboolean
set_true_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for @ms milliseconds. */
static void
run_for (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, set_true_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* A search is queried as it is typed, but one whose last word has one or
 * two letters, which would match much of the database, waits a moment for
 * the next keystroke. */
static void
test_search_typed (Fixture       *f,
                   gconstpointer  data)
{
  GtkEditable *entry = GTK_EDITABLE (f->window->search_entry);
  TgCaseListModel *model;
  g_autoptr(TgCaseSummary) first = NULL;
  int end;

  tg_window_set_view (f->window, TG_VIEW_ALL);
  iterate ();
  /* the view's model (another for "needs action") */
  model = tg_window_get_model (f->window);
  first = g_list_model_get_item (G_LIST_MODEL (model), 0);
  gtk_editable_set_text (entry, first->number);
  run_for (50);  /* the entry's search-changed comes from its main loop */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1);
  /* Typed on: no word begins with "ъ", so once queried nothing is
   * found. */
  end = -1;
  gtk_editable_insert_text (entry, " ъ", -1, &end);
  run_for (50);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1);
  run_for (400);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
  /* Taken back to the number, a long word: at once. */
  gtk_editable_delete_text (entry, g_utf8_strlen (first->number, -1), -1);
  run_for (50);
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, first->number);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1);
}

static void
test_list_model_queries (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(TgCaseListModel) model = tg_case_list_model_new (f->store, NULL);
  g_autoptr(TgCaseSummary) first = NULL;
  g_autoptr(TgCaseSummary) last = NULL;
  g_autoptr(TgCaseSummary) found = NULL;
  TgCaseQuery query = TG_CASE_QUERY_INIT;
  guint n;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, N_CASES);
  g_assert_cmpuint (tg_case_list_model_get_n_fetches (model), ==, 0);
  first = g_list_model_get_item (G_LIST_MODEL (model), 0);
  last = g_list_model_get_item (G_LIST_MODEL (model), N_CASES - 1);
  g_assert_nonnull (first->number);
  g_assert_cmpuint (tg_case_list_model_get_n_fetches (model), ==, 1);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (model), N_CASES));

  tg_case_list_model_set_search (model, first->number);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1);
  found = g_list_model_get_item (G_LIST_MODEL (model), 0);
  g_assert_cmpstr (found->id, ==, first->id);

  query.closed = TRUE;
  tg_case_list_model_set_query (model, &query);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);

  /* The views count what the store counts. */
  query.closed = FALSE;
  query.committee = TRUE;
  tg_store_count_cases (f->store, &query, &n, NULL);
  tg_case_list_model_set_query (model, &query);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, n);
  g_assert_cmpuint (n, >, 0);
}

static void
test_column_sort (Fixture       *f,
                  gconstpointer  data)
{
  GtkColumnViewColumn *deaths;
  const TgCaseQuery *query;
  g_autoptr(TgCaseSummary) top = NULL;

  deaths = GTK_COLUMN_VIEW_COLUMN (gtk_widget_get_template_child (GTK_WIDGET (f->window), TG_TYPE_WINDOW,
                                                                  "deaths_column"));
  gtk_column_view_sort_by_column (f->window->column_view, deaths, GTK_SORT_DESCENDING);
  query = tg_case_list_model_get_query (tg_window_get_model (f->window));
  g_assert_cmpint (query->sort, ==, TG_CASE_SORT_DEATHS);
  g_assert_true (query->descending);
  top = g_list_model_get_item (G_LIST_MODEL (tg_window_get_model (f->window)), 0);
  g_assert_cmpuint (top->n_deaths, ==, 4);
}

static TgCaseSummary *
find_in_state (TgStore *store,
               TgState  state)
{
  TgCaseQuery query = TG_CASE_QUERY_INIT;
  g_autoptr(GPtrArray) rows = NULL;

  query.state = state;
  rows = tg_store_list_cases (store, &query, 0, 1, NULL);
  g_assert_nonnull (rows);
  g_assert_cmpuint (rows->len, ==, 1);
  return g_object_ref (g_ptr_array_index (rows, 0));
}

static void
test_refused_transition_disabled (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(TgCaseSummary) registered = find_in_state (f->store, TG_STATE_REGISTERED);
  TgCasePage *page = f->window->case_page;
  GtkWidget *conclude, *route;

  g_assert_true (tg_window_open_case (f->window, registered->id));
  iterate ();
  conclude = page->buttons[TG_ACTION_CONCLUDE];
  route = page->buttons[TG_ACTION_ROUTE];
  /* Concluding a registered case is refused: insensitive, saying why. */
  g_assert_false (gtk_widget_is_sensitive (conclude));
  g_assert_nonnull (gtk_widget_get_tooltip_text (conclude));
  g_assert_true (gtk_widget_is_sensitive (route));
  g_assert_null (gtk_widget_get_tooltip_text (route));
}

static void
test_invalid_iin_refused (void)
{
  TgVictimDialog *dialog = tg_victim_dialog_new (NULL, NULL);
  g_autoptr(GDate) birth = g_date_new_dmy (14, 3, 1985);
  g_autofree char *good = NULL;
  g_autofree char *bad = NULL;
  guint serial = 100;

  while ((good = tg_iin_compose (birth, TG_SEX_MALE, serial++)) == NULL)
    ;
  bad = g_strdup (good);
  bad[11] = bad[11] == '9' ? '0' : bad[11] + 1;   /* wrong check digit */
  tg_victim_dialog_set_iin (dialog, bad);
  g_assert_nonnull (tg_victim_dialog_get_problem (dialog));
  g_assert_false (tg_victim_dialog_save (dialog));
  tg_victim_dialog_set_iin (dialog, good);
  /* The IIN is right now; only the name is missing. */
  g_assert_nonnull (tg_victim_dialog_get_problem (dialog));
  g_assert_null (strstr (tg_victim_dialog_get_problem (dialog), "IIN"));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_assistant_creates (Fixture       *f,
                        gconstpointer  data)
{
  TgNewCaseAssistant *assistant = tg_new_case_assistant_new (f->store);
  g_autoptr(TgCase) sample = tg_test_case_new (1000, 4, 4);
  TgEmployer *employer = tg_case_get_employer (sample);
  GListModel *victims = G_LIST_MODEL (tg_case_get_victims (sample));
  TgCaseQuery query = TG_CASE_QUERY_INIT;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  guint before, after;

  tg_store_count_cases (f->store, &query, &before, NULL);
  tg_new_case_assistant_set_field (assistant, "bin", tg_employer_get_bin (employer));
  tg_new_case_assistant_set_field (assistant, "employer", "ТОО «Тест»");
  tg_new_case_assistant_set_field (assistant, "region", "08");
  tg_new_case_assistant_set_field (assistant, "occurred", tg_case_get_occurred (sample));
  tg_new_case_assistant_set_field (assistant, "reported", tg_case_get_reported (sample));
  tg_new_case_assistant_set_field (assistant, "place", "шахта");
  for (guint i = 0; i < g_list_model_get_n_items (victims); i++)
    {
      g_autoptr(TgVictim) victim = g_list_model_get_item (victims, i);
      tg_new_case_assistant_add_victim (assistant, victim);
    }
  /* Four deaths: the Committee's commission, shown live. */
  g_assert_nonnull (tg_new_case_assistant_get_classification (assistant));
  /* The exchange format requires the circumstances: asked for here, not
   * when the case is first sent. */
  g_assert_false (tg_new_case_assistant_create (assistant, &error));
  g_assert_nonnull (strstr (error->message, "circumstances"));
  g_clear_error (&error);
  tg_store_count_cases (f->store, &query, &after, NULL);
  g_assert_cmpuint (after, ==, before);
  tg_new_case_assistant_set_field (assistant, "circumstances", "Внезапный выброс метана");
  g_assert_true (tg_new_case_assistant_create (assistant, &error));
  g_assert_no_error (error);
  tg_store_count_cases (f->store, &query, &after, NULL);
  g_assert_cmpuint (after, ==, before + 1);
  query.search = "Тест";
  rows = tg_store_list_cases (f->store, &query, 0, 10, NULL);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpint (TG_CASE_SUMMARY (g_ptr_array_index (rows, 0))->state, ==, TG_STATE_COMMISSION_PENDING);
  gtk_window_destroy (GTK_WINDOW (assistant));
}

/* Opens a routed case (local investigation) on the case page. */
static TgCasePage *
open_local_case (Fixture *f)
{
  g_autoptr(TgCaseSummary) summary = find_in_state (f->store, TG_STATE_LOCAL_INVESTIGATION);

  g_assert_true (tg_window_open_case (f->window, summary->id));
  iterate ();
  return f->window->case_page;
}

static TgCase *
stored (Fixture    *f,
        TgCasePage *page)
{
  g_autoptr(GError) error = NULL;
  TgCase *kase = tg_store_load_case (f->store, tg_case_get_id (tg_case_page_get_case (page)), &error);

  g_assert_no_error (error);
  return kase;
}

static guint
history_length (TgCase *kase)
{
  return g_list_model_get_n_items (G_LIST_MODEL (tg_case_get_history (kase)));
}

static TgDispute *
first_dispute (TgCase *kase)
{
  return g_list_model_get_item (G_LIST_MODEL (tg_case_get_disputes (kase)), 0);
}

static char *
shown_today (void)
{
  GDate today;

  tg_today (&today);
  return g_strdup_printf ("%02u.%02u.%04u", g_date_get_day (&today), g_date_get_month (&today),
                          g_date_get_year (&today));
}

static void
test_dispute_file_and_decide (Fixture       *f,
                              gconstpointer  data)
{
  TgCasePage *page = open_local_case (f);
  TgDisputeDialog *dialog = tg_case_page_file_dispute (page);
  g_autoptr(TgCase) kase = NULL;
  g_autoptr(TgDispute) dispute = NULL;
  g_autofree char *id = NULL;
  g_autofree char *today = shown_today ();
  TgForm *form;

  /* No claim yet: refused. */
  g_assert_nonnull (tg_dispute_dialog_get_problem (dialog));
  g_assert_false (tg_dispute_dialog_save (dialog));
  tg_dispute_dialog_set_field (dialog, "filed-by", "1");     /* worker */
  tg_dispute_dialog_set_field (dialog, "subject", "1");      /* formalization */
  tg_dispute_dialog_set_field (dialog, "claim", "The act wrongly blames the victim");
  g_assert_null (tg_dispute_dialog_get_problem (dialog));
  g_assert_true (tg_dispute_dialog_save (dialog));
  iterate ();

  kase = stored (f, page);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tg_case_get_disputes (kase))), ==, 1);
  dispute = first_dispute (kase);
  g_assert_cmpint (tg_dispute_get_filed_by (dispute), ==, TG_PARTY_WORKER);
  g_assert_cmpint (tg_dispute_get_status (dispute), ==, TG_DISPUTE_STATUS_FILED);
  g_assert_cmpstr (tg_dispute_get_claim (dispute), ==, "The act wrongly blames the victim");
  g_assert_nonnull (tg_dispute_get_due (dispute));
  id = g_strdup (tg_dispute_get_id (dispute));

  /* A party's position puts it under review. */
  form = tg_case_page_dispute_step (page, "position", id);
  g_assert_nonnull (tg_form_get_problem (form));
  tg_form_set_text (form, "text", "The act is right");
  g_assert_true (tg_form_submit (form));
  iterate ();
  g_clear_object (&kase);
  g_clear_object (&dispute);
  kase = stored (f, page);
  dispute = first_dispute (kase);
  g_assert_cmpint (tg_dispute_get_status (dispute), ==, TG_DISPUTE_STATUS_UNDER_REVIEW);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tg_dispute_get_positions (dispute))), ==, 1);

  /* Decided: a decision without who decided is not sent. */
  form = tg_case_page_dispute_step (page, "decide", id);
  tg_form_set_selected (form, "outcome", TG_OUTCOME_PARTLY_UPHELD - 1);
  tg_form_set_text (form, "reasoning", "Fault shares were not established");
  g_assert_nonnull (tg_form_get_problem (form));
  tg_form_set_text (form, "decided-by", "A. Chairman");
  g_assert_null (tg_form_get_problem (form));
  g_assert_true (tg_form_submit (form));
  iterate ();
  g_clear_object (&kase);
  g_clear_object (&dispute);
  kase = stored (f, page);
  dispute = first_dispute (kase);
  g_assert_cmpint (tg_dispute_get_status (dispute), ==, TG_DISPUTE_STATUS_DECIDED);
  g_assert_cmpint (tg_dispute_get_outcome (dispute), ==, TG_OUTCOME_PARTLY_UPHELD);
  g_assert_cmpstr (tg_dispute_get_decided_by (dispute), ==, "A. Chairman");
  g_assert_nonnull (tg_dispute_get_decided_on (dispute));
  /* Decided: the decision prints. */
  g_assert_true (tg_printed_check (kase, TG_PRINTED_DECISION, id, NULL));

  /* The appeal, then its result. */
  form = tg_case_page_dispute_step (page, "appeal", id);
  tg_form_set_text (form, "court", "Court No. 2 of Karaganda");
  tg_form_set_text (form, "filed", today);
  g_assert_true (tg_form_submit (form));
  iterate ();
  form = tg_case_page_dispute_step (page, "appeal", id);
  g_assert_cmpstr (tg_form_get_text (form, "court"), ==, "Court No. 2 of Karaganda");
  tg_form_set_text (form, "result", "Decision upheld");
  g_assert_true (tg_form_submit (form));
  iterate ();
  g_clear_object (&kase);
  g_clear_object (&dispute);
  kase = stored (f, page);
  dispute = first_dispute (kase);
  g_assert_cmpstr (tg_dispute_get_appeal_court (dispute), ==, "Court No. 2 of Karaganda");
  g_assert_cmpstr (tg_dispute_get_appeal_result (dispute), ==, "Decision upheld");
}

static void
test_request_added_and_answered (Fixture       *f,
                                 gconstpointer  data)
{
  TgCasePage *page = open_local_case (f);
  TgForm *form = tg_case_page_add_request (page);
  g_autoptr(TgCase) kase = NULL;
  g_autoptr(TgInfoRequest) request = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *today_iso = NULL;
  GDate today, due;

  tg_form_set_text (form, "to", "Karaganda inspectorate");
  tg_form_set_text (form, "subject", "The investigation file");
  tg_today (&today);
  today_iso = tg_date_format_iso (&today);
  tg_calendar_add_working_days (tg_store_get_calendar (f->store), &today, 5, &due);
  expected = tg_date_format_iso (&due);
  g_assert_true (tg_form_parse_date (tg_form_get_text (form, "due"), &today));
  g_assert_cmpint (g_date_compare (&today, &due), ==, 0);
  tg_form_set_text (form, "due", "01.03.2020");
  g_assert_nonnull (tg_form_get_problem (form));
  tg_form_set_text (form, "due", expected);
  g_assert_true (tg_form_submit (form));
  iterate ();
  kase = stored (f, page);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tg_case_get_requests (kase))), ==, 1);
  request = g_list_model_get_item (G_LIST_MODEL (tg_case_get_requests (kase)), 0);
  g_assert_cmpstr (tg_info_request_get_due (request), ==, expected);
  g_assert_cmpstr (tg_info_request_get_sent (request), ==, today_iso);

  form = tg_case_page_answer_request (page, tg_info_request_get_id (request));
  tg_form_set_text (form, "answer", "Sent by mail");
  g_assert_true (tg_form_submit (form));
  iterate ();
  g_clear_object (&kase);
  g_clear_object (&request);
  kase = stored (f, page);
  request = g_list_model_get_item (G_LIST_MODEL (tg_case_get_requests (kase)), 0);
  g_assert_cmpstr (tg_info_request_get_answered (request), ==, today_iso);
  g_assert_cmpstr (tg_info_request_get_answer (request), ==, "Sent by mail");
}

static void
test_employer_bin_and_undo (Fixture       *f,
                            gconstpointer  data)
{
  TgCasePage *page = open_local_case (f);
  g_autofree char *old_name = g_strdup (tg_employer_get_name (tg_case_get_employer (tg_case_page_get_case (page))));
  g_autofree char *bin = g_strdup (tg_employer_get_bin (tg_case_get_employer (tg_case_page_get_case (page))));
  g_autofree char *bad = g_strdup (bin);
  g_autoptr(TgCase) kase = NULL;
  g_autoptr(GError) error = NULL;
  TgForm *form = tg_case_page_edit_employer (page);
  gint64 revision;
  guint entries;

  bad[11] = bad[11] == '9' ? '0' : bad[11] + 1;
  tg_form_set_text (form, "employer-bin", bad);
  g_assert_nonnull (tg_form_get_problem (form));
  g_assert_false (tg_form_submit (form));
  tg_form_set_text (form, "employer-bin", bin);
  tg_form_set_text (form, "employer-name", "ТОО «Новое имя»");
  g_assert_true (tg_form_submit (form));
  iterate ();
  kase = stored (f, page);
  g_assert_cmpstr (tg_employer_get_name (tg_case_get_employer (kase)), ==, "ТОО «Новое имя»");
  g_assert_cmpstr (tg_employer_get_bin (tg_case_get_employer (kase)), ==, bin);
  revision = tg_case_get_revision (kase);
  entries = history_length (kase);

  /* Undo is the same command with the old name: a new revision, with history. */
  g_assert_true (tg_case_page_can_undo (page));
  g_assert_true (tg_case_page_undo (page, &error));
  g_assert_no_error (error);
  g_clear_object (&kase);
  kase = stored (f, page);
  g_assert_cmpstr (tg_employer_get_name (tg_case_get_employer (kase)), ==, old_name);
  g_assert_cmpint (tg_case_get_revision (kase), ==, revision + 1);
  g_assert_cmpuint (history_length (kase), ==, entries + 1);
  g_assert_false (tg_case_page_can_undo (page));
}

static void
test_accident_dates (Fixture       *f,
                     gconstpointer  data)
{
  TgCasePage *page = open_local_case (f);
  TgForm *form = tg_case_page_edit_accident (page);
  g_autoptr(TgCase) kase = NULL;

  tg_form_set_text (form, "occurred", "2026-02-30 10:00");
  g_assert_nonnull (tg_form_get_problem (form));
  tg_form_set_text (form, "occurred", "10.02.2026 10:00");
  tg_form_set_text (form, "reported", "2026-02-09T10:00:00+05:00");
  g_assert_nonnull (tg_form_get_problem (form));      /* reported before it happened */
  tg_form_set_text (form, "reported", "2026-02-10 12:30");
  g_assert_null (tg_form_get_problem (form));
  g_assert_true (tg_form_submit (form));
  iterate ();
  kase = stored (f, page);
  g_assert_cmpstr (tg_case_get_occurred (kase), ==, "2026-02-10T10:00:00+05:00");
  g_assert_cmpstr (tg_case_get_reported (kase), ==, "2026-02-10T12:30:00+05:00");
}

/* Opens the full case the data builds (tg_test_full_case). */
static TgCasePage *
open_full_case (Fixture  *f,
                gboolean  committee)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = tg_test_full_case (f->store, committee, &error);

  g_assert_no_error (error);
  g_assert_true (tg_window_open_case (f->window, id));
  iterate ();
  return f->window->case_page;
}

static void
assert_unchanged (Fixture    *f,
                  TgCasePage *page,
                  gint64      revision,
                  guint       entries,
                  const char *form)
{
  g_autoptr(TgCase) kase = stored (f, page);

  if (tg_case_get_revision (kase) != revision || history_length (kase) != entries)
    g_error ("The %s form saved untouched changed the case: revision %" G_GINT64_FORMAT " → %" G_GINT64_FORMAT,
             form, revision, tg_case_get_revision (kase));
  g_assert_cmpint (tg_case_page_get_revision (page), ==, revision);
}

static void
submit_untouched (Fixture    *f,
                  TgCasePage *page,
                  TgForm     *form,
                  const char *what)
{
  gint64 revision = tg_case_page_get_revision (page);
  guint entries = history_length (tg_case_page_get_case (page));

  g_assert_nonnull (form);
  g_assert_true (tg_form_submit (form));
  iterate ();
  assert_unchanged (f, page, revision, entries, what);
}

static void
test_untouched_forms (Fixture       *f,
                      gconstpointer  data)
{
  TgCasePage *page = open_full_case (f, FALSE);
  g_autoptr(TgCase) kase = NULL;
  g_autoptr(TgDispute) dispute = NULL;
  TgFindings *findings;
  TgVictimDialog *victim;
  gint64 revision;
  guint entries;

  submit_untouched (f, page, tg_case_page_edit_employer (page), "employer");
  submit_untouched (f, page, tg_case_page_edit_accident (page), "accident");
  submit_untouched (f, page, tg_case_page_edit_member (page, 1), "member");
  submit_untouched (f, page, tg_case_page_edit_member (page, 3), "member");
  submit_untouched (f, page, tg_case_page_edit_findings (page), "findings");
  submit_untouched (f, page, tg_case_page_dispute_step (page, "appeal", "d1"), "appeal");
  revision = tg_case_page_get_revision (page);
  entries = history_length (tg_case_page_get_case (page));
  victim = tg_case_page_edit_victim (page, "v1");
  g_assert_cmpstr (tg_victim_dialog_get_problem (victim), ==, NULL);
  g_assert_true (tg_victim_dialog_save (victim));
  iterate ();
  assert_unchanged (f, page, revision, entries, "victim");
  g_assert_false (tg_case_page_can_undo (page));

  /* The findings form does not show the act: saved untouched, the
   * violated norms and the rest stay. */
  kase = stored (f, page);
  findings = tg_investigation_get_findings (tg_case_get_investigation (kase));
  g_assert_cmpuint (g_strv_length ((char **) tg_findings_get_violations (findings)), ==, 2);
  g_assert_cmpstr (tg_findings_get_violations (findings)[1], ==, "Safety rules p. 12");
  g_assert_cmpint (tg_findings_get_fault_employer (findings), ==, 70);
  dispute = first_dispute (kase);
  g_assert_cmpstr (tg_dispute_get_appeal_result (dispute), ==, "Pending");
  g_clear_object (&kase);

  /* Changing one cause sends the causes only. */
  {
    TgForm *form = tg_case_page_edit_findings (page);

    tg_form_set_text (form, "causes", "Methane outburst\nNo gas control\nNo training");
    g_assert_true (tg_form_submit (form));
    iterate ();
    kase = stored (f, page);
    findings = tg_investigation_get_findings (tg_case_get_investigation (kase));
    g_assert_cmpuint (g_strv_length ((char **) tg_findings_get_causes (findings)), ==, 3);
    g_assert_cmpuint (g_strv_length ((char **) tg_findings_get_violations (findings)), ==, 2);
    g_assert_cmpuint (g_strv_length ((char **) tg_findings_get_responsible (findings)), ==, 1);
    g_assert_cmpint (tg_case_get_revision (kase), ==, revision + 1);
  }
}

static void
test_untouched_order (Fixture       *f,
                      gconstpointer  data)
{
  TgCasePage *page = open_full_case (f, TRUE);
  TgCommission *com = tg_investigation_get_commission (tg_case_get_investigation (tg_case_page_get_case (page)));

  g_assert_cmpint (tg_case_get_state (tg_case_page_get_case (page)), ==, TG_STATE_COMMITTEE_INVESTIGATION);
  g_assert_cmpstr (tg_commission_get_order_number (com), ==, "7-к");
  /* Saved again, the order allocates no other number. */
  submit_untouched (f, page, tg_case_page_appoint (page), "order");
  submit_untouched (f, page, tg_case_page_edit_member (page, 2), "member");
  submit_untouched (f, page, tg_case_page_edit_findings (page), "findings");
  com = tg_investigation_get_commission (tg_case_get_investigation (tg_case_page_get_case (page)));
  g_assert_cmpstr (tg_commission_get_order_number (com), ==, "7-к");
}

static GtkWidget *
find_actionable (GtkWidget  *widget,
                 const char *action)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_ACTIONABLE (child) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action) == 0)
        return child;
      if ((found = find_actionable (child, action)) != NULL)
        return found;
    }
  return NULL;
}

static void
run_command (Fixture    *f,
             const char *id,
             const char *name,
             const char *params)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) value = g_variant_parse (G_VARIANT_TYPE_VARDICT, params, NULL, NULL, &error);
  g_autoptr(TgCase) kase = NULL;

  g_assert_no_error (error);
  kase = tg_command_run (f->store, id, -1, name, g_steal_pointer (&value), NULL, &error);
  g_assert_no_error (error);
}

static void
test_closed_findings (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = tg_test_full_case (f->store, FALSE, &error);
  g_autofree char *conclude = NULL;
  g_autofree char *today = NULL;
  TgCasePage *page = f->window->case_page;
  GtkWidget *button;
  TgForm *form;
  GDate date;
  gint64 revision;

  g_assert_no_error (error);
  tg_today (&date);
  today = tg_date_format_iso (&date);
  conclude = g_strdup_printf ("{'act-number': <'12'>, 'act-date': <'%s'>}", today);
  run_command (f, id, "conclude", conclude);
  run_command (f, id, "close", "{}");
  g_assert_true (tg_window_open_case (f->window, id));
  iterate ();
  g_assert_cmpint (tg_case_get_state (tg_case_page_get_case (page)), ==, TG_STATE_CLOSED);

  /* The findings' button is there, insensitive, saying why. */
  button = find_actionable (GTK_WIDGET (page), "case.edit-findings");
  g_assert_nonnull (button);
  g_assert_false (gtk_widget_is_sensitive (button));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (button), tg_case_get_number (tg_case_page_get_case (page))));
  /* Reopening is offered instead. */
  g_assert_true (gtk_widget_is_sensitive (page->buttons[TG_ACTION_REOPEN]));

  /* Opened anyway, a change is refused and the form keeps it. */
  revision = tg_case_page_get_revision (page);
  form = tg_case_page_edit_findings (page);
  tg_form_set_text (form, "fault-employer", "50");
  tg_form_set_text (form, "fault-employee", "50");
  g_assert_false (tg_form_submit (form));
  g_assert_nonnull (tg_form_get_refusal (form));
  g_assert_cmpstr (tg_form_get_text (form, "fault-employer"), ==, "50");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (tg_form_get_window (form))));
  gtk_window_destroy (tg_form_get_window (form));
  assert_unchanged (f, page, revision, history_length (tg_case_page_get_case (page)), "closed findings");
}

static void
test_refused_keeps_form (Fixture       *f,
                         gconstpointer  data)
{
  TgCasePage *page = open_full_case (f, FALSE);
  TgForm *form = tg_case_page_add_extension (page);
  g_autoptr(TgCase) kase = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *earlier = NULL;
  GDate due;

  /* A new due date before the one in force: the command refuses. */
  g_assert_true (tg_date_parse (tg_case_effective_due (tg_case_page_get_case (page)), &due));
  g_date_subtract_days (&due, 1);
  earlier = g_strdup_printf ("%02u.%02u.%04u", g_date_get_day (&due), g_date_get_month (&due), g_date_get_year (&due));
  tg_form_set_text (form, "new-due", earlier);
  tg_form_set_text (form, "reason", "The expert's report is late");
  tg_form_set_text (form, "granted-by", "A. Chairman");
  g_assert_null (tg_form_get_problem (form));
  g_assert_false (tg_form_submit (form));
  g_assert_nonnull (tg_form_get_refusal (form));
  g_assert_cmpstr (tg_form_get_text (form, "reason"), ==, "The expert's report is late");
  g_assert_cmpstr (tg_form_get_text (form, "new-due"), ==, earlier);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (tg_form_get_window (form))));
  gtk_window_destroy (tg_form_get_window (form));

  /* Someone else changed the case meanwhile: stale, the form stays. */
  form = tg_case_page_edit_employer (page);
  run_command (f, tg_case_get_id (tg_case_page_get_case (page)), "edit-particulars", "{'place': <'Shaft 2'>}");
  tg_form_set_text (form, "employer-address", "Караганда, ул. Ерубаева, 1");
  g_assert_false (tg_form_submit (form));
  g_assert_nonnull (tg_form_get_refusal (form));
  g_assert_cmpstr (tg_form_get_text (form, "employer-address"), ==, "Караганда, ул. Ерубаева, 1");
  gtk_window_destroy (tg_form_get_window (form));
  kase = stored (f, page);
  g_assert_cmpstr (tg_case_get_place (kase), ==, "Shaft 2");
  g_assert_cmpstr (tg_employer_get_address (tg_case_get_employer (kase)), !=, "Караганда, ул. Ерубаева, 1");
}

static void
test_shown_dates (Fixture       *f,
                  gconstpointer  data)
{
  TgCasePage *page = open_full_case (f, FALSE);
  TgDisputeDialog *dialog = tg_case_page_file_dispute (page);
  g_autoptr(TgCase) kase = NULL;
  g_autoptr(TgDispute) dispute = NULL;
  g_autofree char *later = NULL;
  g_autofree char *later_iso = NULL;
  TgExtension *ext;
  TgForm *form;
  GDate due;

  /* As the window shows dates, and as YYYY-MM-DD. */
  tg_dispute_dialog_set_field (dialog, "claim", "The registration was late");
  tg_dispute_dialog_set_field (dialog, "filed", "29.12.2026");
  g_assert_null (tg_dispute_dialog_get_problem (dialog));
  g_assert_true (tg_dispute_dialog_save (dialog));
  iterate ();
  kase = stored (f, page);
  dispute = g_list_model_get_item (G_LIST_MODEL (tg_case_get_disputes (kase)), 1);
  g_assert_cmpstr (tg_dispute_get_filed (dispute), ==, "2026-12-29");
  g_clear_object (&kase);

  g_assert_true (tg_date_parse (tg_case_effective_due (tg_case_page_get_case (page)), &due));
  g_date_add_days (&due, 7);
  later = g_strdup_printf ("%02u.%02u.%04u", g_date_get_day (&due), g_date_get_month (&due), g_date_get_year (&due));
  later_iso = tg_date_format_iso (&due);
  form = tg_case_page_add_extension (page);
  tg_form_set_text (form, "new-due", later);
  tg_form_set_text (form, "reason", "Expert examination");
  tg_form_set_text (form, "granted-by", "A. Chairman");
  g_assert_true (tg_form_submit (form));
  iterate ();
  kase = stored (f, page);
  ext = g_list_model_get_item (G_LIST_MODEL (tg_investigation_get_extensions (tg_case_get_investigation (kase))), 0);
  g_assert_cmpstr (tg_extension_get_new_due (ext), ==, later_iso);
  g_assert_cmpstr (tg_case_effective_due (kase), ==, later_iso);
  g_object_unref (ext);
}

static void
test_review_and_act (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = tg_test_full_case (f->store, FALSE, &error);
  g_autofree char *conclude = NULL;
  g_autofree char *today = NULL;
  g_autofree char *received = NULL;
  g_autoptr(GPtrArray) reviews = NULL;
  g_autoptr(TgCase) kase = NULL;
  TgCasePage *page = f->window->case_page;
  TgForm *form;
  GDate date;

  g_assert_no_error (error);
  tg_today (&date);
  today = tg_date_format_iso (&date);
  conclude = g_strdup_printf ("{'act-number': <'12'>, 'act-date': <'%s'>}", today);
  run_command (f, id, "conclude", conclude);
  g_assert_true (tg_window_open_case (f->window, id));
  iterate ();
  g_assert_true (gtk_widget_is_sensitive (page->act_button));
  g_assert_true (gtk_widget_is_sensitive (page->review_button));

  /* The act reached the inspectorate. */
  form = tg_case_page_act_received (page);
  g_assert_true (tg_form_submit (form));
  iterate ();
  received = tg_store_act_received (f->store, tg_case_page_get_case (page), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (received, ==, today);

  /* A review that sends the case back, in one command. */
  form = tg_case_page_record_review (page);
  g_assert_cmpstr (tg_form_get_text (form, "act-number"), ==, "12");
  tg_form_set_text (form, "reviewer", "D. Seitkali");
  tg_form_set_selected (form, "conclusion", TG_REVIEW_REINVESTIGATION);
  tg_form_set_text (form, "reasoning", "Deficiencies: the causes were not established");
  g_assert_true (tg_form_submit (form));
  iterate ();
  kase = stored (f, page);
  g_assert_cmpint (tg_case_get_state (kase), ==, TG_STATE_LOCAL_INVESTIGATION);
  reviews = tg_store_list_reviews (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (reviews->len, ==, 1);
  g_assert_cmpint (tg_review_get_conclusion (g_ptr_array_index (reviews, 0)), ==, TG_REVIEW_REINVESTIGATION);
  g_assert_cmpint (tg_case_page_get_revision (page), ==, tg_case_get_revision (kase));
  /* Back in investigation, the conclusion is offered again. */
  g_assert_true (gtk_widget_is_sensitive (page->buttons[TG_ACTION_CONCLUDE]));
}

static void
test_remove_case (Fixture       *f,
                  gconstpointer  data)
{
  TgCasePage *page = open_local_case (f);
  g_autofree char *id = g_strdup (tg_case_get_id (tg_case_page_get_case (page)));
  TgCaseQuery all = TG_CASE_QUERY_INIT;
  TgForm *form = tg_case_page_ask_reason (page, "remove", NULL, NULL, NULL);
  guint before, after;

  tg_store_count_cases (f->store, &all, &before, NULL);
  /* No reason, no removal. */
  g_assert_nonnull (tg_form_get_problem (form));
  tg_form_set_text (form, "reason", "Registered twice: see 08-2026-00001");
  g_assert_true (tg_form_submit (form));
  iterate ();
  tg_store_count_cases (f->store, &all, &after, NULL);
  g_assert_cmpuint (after, ==, before - 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->window->content_stack), ==, "list");
}

static void
test_members_edit_remove (Fixture       *f,
                          gconstpointer  data)
{
  TgCasePage *page = open_full_case (f, FALSE);
  g_autoptr(TgCase) kase = NULL;
  g_autoptr(TgMember) member = NULL;
  g_autoptr(GError) error = NULL;
  TgCommission *com;
  TgForm *form;

  form = tg_case_page_edit_member (page, 2);
  tg_form_set_text (form, "position", "Chief engineer");
  g_assert_true (tg_form_submit (form));
  iterate ();
  form = tg_case_page_remove_member (page, 3);
  g_assert_true (tg_form_submit (form));
  iterate ();
  kase = stored (f, page);
  com = tg_investigation_get_commission (tg_case_get_investigation (kase));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tg_commission_get_members (com))), ==, 2);
  member = g_list_model_get_item (G_LIST_MODEL (tg_commission_get_members (com)), 1);
  g_assert_cmpstr (tg_member_get_position (member), ==, "Chief engineer");
  g_assert_cmpstr (tg_member_get_organization (member), ==, "Trade union");
}

static void
test_attach_document (Fixture       *f,
                      gconstpointer  data)
{
  TgCasePage *page = open_local_case (f);
  const char content[] = "Widow's letter: the act wrongly blames the victim.\n";
  g_autofree char *path = g_build_filename (f->dir, "letter.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *sha = g_compute_checksum_for_string (G_CHECKSUM_SHA256, content, -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(TgCase) kase = NULL;
  g_autoptr(TgCaseDocument) doc = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *read = NULL;
  g_autofree char *copy_dir = NULL;
  GStatBuf st;

  g_assert_true (g_file_set_contents (path, content, -1, &error));
  g_assert_true (tg_case_page_attach_file (page, file, &error));
  g_assert_no_error (error);
  kase = stored (f, page);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tg_case_get_documents (kase))), ==, 1);
  doc = g_list_model_get_item (G_LIST_MODEL (tg_case_get_documents (kase)), 0);
  g_assert_cmpstr (tg_case_document_get_sha256 (doc), ==, sha);
  g_assert_cmpstr (tg_case_document_get_file_name (doc), ==, "letter.txt");
  g_assert_cmpstr (tg_case_document_get_media_type (doc), ==, "text/plain");
  bytes = tg_store_load_document_content (f->store, tg_case_get_id (kase), tg_case_document_get_id (doc), &error);
  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), content, strlen (content));

  /* Opening writes a private copy. */
  copy = tg_case_page_write_document (page, tg_case_document_get_id (doc), &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (copy, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (copy, &read, NULL, NULL));
  g_assert_cmpstr (read, ==, content);
  copy_dir = g_path_get_dirname (copy);
  g_unlink (copy);
  g_rmdir (copy_dir);
  g_unlink (path);
}

static guint
count_pdf_pages (const char *path)
{
  g_autofree char *pdf = NULL;
  g_autoptr(GRegex) regex = g_regex_new ("/Type\\s*/Page[^s]", G_REGEX_RAW, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  gsize length;
  guint n = 0;

  g_assert_true (g_file_get_contents (path, &pdf, &length, NULL));
  g_assert_true (g_str_has_prefix (pdf, "%PDF"));
  for (g_regex_match_full (regex, pdf, length, 0, 0, &match, NULL); g_match_info_matches (match);
       g_match_info_next (match, NULL))
    n++;
  return n;
}

static void
test_print_export (Fixture       *f,
                   gconstpointer  data)
{
  TgCasePage *page = open_local_case (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) settings = tg_store_dup_settings (f->store);
  TgDocSources sources = { settings, tg_store_get_calendar (f->store) };
  g_autoptr(TgDocument) doc = tg_document_new_printed (&sources, tg_case_page_get_case (page), TG_PRINTED_CARD,
                                                       NULL, "ru", &error);
  g_autofree char *path = g_build_filename (f->dir, "card.pdf", NULL);
  GtkPrintOperationResult result;
  guint n;

  g_assert_no_error (error);
  result = tg_print_document (NULL, doc, GTK_PRINT_OPERATION_ACTION_EXPORT, path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  n = tg_document_get_n_pages (doc);
  g_assert_cmpuint (n, >=, 1);
  g_assert_cmpuint (count_pdf_pages (path), ==, n);
  g_unlink (path);

  /* The preview draws the same document, and switches language. */
  {
    TgPrintPreview *preview = tg_case_page_print (page, TG_PRINTED_CARD, NULL);

    g_assert_nonnull (preview);
    g_assert_cmpstr (tg_document_get_language (tg_print_preview_get_document (preview)), ==, "kk");
    g_assert_true (tg_print_preview_set_language (preview, "ru", &error));
    g_assert_cmpstr (tg_document_get_language (tg_print_preview_get_document (preview)), ==, "ru");
    iterate ();
    gtk_window_destroy (GTK_WINDOW (preview));
  }
  /* No commission order yet: "Print order" is refused with the reason. */
  g_assert_false (tg_printed_check (tg_case_page_get_case (page), TG_PRINTED_ORDER, NULL, NULL));
  g_assert_null (tg_case_page_print (page, TG_PRINTED_ORDER, NULL));
}

static void
finished_cb (TgImportDialog *dialog,
             gboolean       *done)
{
  *done = TRUE;
}

static void
test_import_dialog (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *xml = g_build_filename (f->dir, "akmola-11.xml", NULL);
  g_autofree char *bad = g_build_filename (f->dir, "broken.xml", NULL);
  g_autofree char *other_path = g_build_filename (f->dir, "other.db", NULL);
  g_autofree char *other_wal = g_strconcat (other_path, "-wal", NULL);
  g_autofree char *other_shm = g_strconcat (other_path, "-shm", NULL);
  TgStoreExportQuery query = { NULL, -1, NULL, NULL, NULL, NULL };
  const char *paths[] = { xml, bad, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(TgStore) other = NULL;
  TgCaseQuery all = TG_CASE_QUERY_INIT;
  TgImportDialog *dialog;
  GPtrArray *results;
  TgExchangeFileResult *good, *refused;
  gboolean done = FALSE;
  guint n = 0, count = 0;

  g_assert_true (tg_exchange_export_file (f->store, &query, NULL, xml, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, N_CASES);
  g_assert_true (g_file_set_contents (bad, "<?xml version=\"1.0\"?><nonsense/>", -1, NULL));
  other = tg_store_open (other_path, &error);
  g_assert_no_error (error);

  dialog = tg_import_dialog_new (other, paths);
  g_signal_connect (dialog, "finished", G_CALLBACK (finished_cb), &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  results = tg_import_dialog_get_results (dialog);
  g_assert_cmpuint (results->len, ==, 2);
  good = g_ptr_array_index (results, 0);
  refused = g_ptr_array_index (results, 1);
  g_assert_true (good->applied);
  g_assert_cmpuint (good->totals.created, ==, N_CASES);
  g_assert_cmpuint (good->cases->len, ==, N_CASES);
  g_assert_false (refused->applied);
  g_assert_cmpuint (tg_exchange_report_get_n_errors (refused->report), >, 0);
  g_assert_true (tg_store_count_cases (other, &all, &count, NULL));
  g_assert_cmpuint (count, ==, N_CASES);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Import Finished, Some Files Refused");
  gtk_window_destroy (GTK_WINDOW (dialog));
  iterate ();

  /* Only the refused file: the title does not say "finished". */
  {
    const char *only_bad[] = { bad, NULL };

    done = FALSE;
    dialog = tg_import_dialog_new (other, only_bad);
    g_signal_connect (dialog, "finished", G_CALLBACK (finished_cb), &done);
    while (!done)
      g_main_context_iteration (NULL, TRUE);
    g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "The File Was Refused");
    gtk_window_destroy (GTK_WINDOW (dialog));
    iterate ();
  }

  /* The same file again: nothing changes. */
  {
    g_autoptr(GPtrArray) again = tg_exchange_import_files (other, paths, NULL, NULL, NULL, NULL);

    good = g_ptr_array_index (again, 0);
    g_assert_cmpuint (good->totals.unchanged, ==, N_CASES);
  }
  tg_store_close (other);
  g_unlink (other_path);
  g_unlink (other_wal);
  g_unlink (other_shm);
  g_unlink (xml);
  g_unlink (bad);
}

typedef struct
{
  GCancellable *cancellable;
  guint         calls;
  guint64       bytes_read;
  guint64       size;
} CancelAt;

static void
cancel_progress_cb (guint    n_cases,
                    guint64  bytes_read,
                    guint64  size,
                    gpointer user_data)
{
  CancelAt *at = user_data;

  at->calls++;
  at->bytes_read = bytes_read;
  at->size = size;
  /* At the whole file, every case has been applied inside the file's
   * transaction (before, the file was only checked, without the lock). */
  if (at->cancellable != NULL && bytes_read == size)
    g_cancellable_cancel (at->cancellable);
}

static void
test_import_cancel (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *xml = g_build_filename (f->dir, "all.xml", NULL);
  g_autofree char *other_path = g_build_filename (f->dir, "other.db", NULL);
  g_autofree char *other_wal = g_strconcat (other_path, "-wal", NULL);
  g_autofree char *other_shm = g_strconcat (other_path, "-shm", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  TgStoreExportQuery query = { NULL, -1, NULL, NULL, NULL, NULL };
  TgExchangeImportOptions options = TG_EXCHANGE_IMPORT_OPTIONS_INIT;
  TgCaseQuery all = TG_CASE_QUERY_INIT;
  CancelAt at = { cancellable, 0, 0, 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(TgStore) other = NULL;
  guint n = 0, count = 99;

  g_assert_true (tg_exchange_export_file (f->store, &query, NULL, xml, &n, &error));
  g_assert_no_error (error);
  other = tg_store_open (other_path, &error);
  g_assert_no_error (error);

  options.progress = cancel_progress_cb;
  options.progress_data = &at;
  options.cancellable = cancellable;
  {
    g_autoptr(TgExchangeReport) report = tg_exchange_report_new ();

    g_assert_false (tg_exchange_import_file_full (other, xml, report, &options, NULL, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_clear_error (&error);
  }
  g_assert_cmpuint (at.calls, >, 0);
  g_assert_cmpuint (at.size, >, 0);
  g_assert_cmpuint (at.bytes_read, ==, at.size);
  /* Rolled back: the database is as it was. */
  g_assert_true (tg_store_count_cases (other, &all, &count, NULL));
  g_assert_cmpuint (count, ==, 0);

  /* Not cancelled, the same file is applied. */
  at.cancellable = NULL;
  options.cancellable = NULL;
  {
    g_autoptr(TgExchangeReport) report = tg_exchange_report_new ();
    TgExchangeTotals totals = { 0 };

    g_assert_true (tg_exchange_import_file_full (other, xml, report, &options, &totals, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (totals.created, ==, N_CASES);
  }
  g_assert_true (tg_store_count_cases (other, &all, &count, NULL));
  g_assert_cmpuint (count, ==, N_CASES);
  tg_store_close (other);
  g_unlink (other_path);
  g_unlink (other_wal);
  g_unlink (other_shm);
  g_unlink (xml);
}

static void
test_dashboard_and_reminders (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *state = g_build_filename (f->dir, "notified.ini", NULL);
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) second = NULL;
  GDate today;

  /* The dashboard is the row after the views. */
  gtk_list_box_select_row (f->window->sidebar, gtk_list_box_get_row_at_index (f->window->sidebar, TG_N_VIEWS));
  iterate ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->window->content_stack), ==, "dashboard");

  /* A region with work opens its cases: the list, filtered to it. */
  {
    GtkWidget *row = find_actionable (f->window->dashboard, "win.show-region");
    GVariant *target;
    const char *code;
    gboolean urgent;

    g_assert_nonnull (row);
    target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (row));
    g_variant_get (target, "(&sb)", &code, &urgent);
    g_assert_cmpstr (code, ==, "");   /* the first row: every region */
    gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-region", "(sb)", "08", TRUE);
    iterate ();
    g_assert_cmpstr (gtk_stack_get_visible_child_name (f->window->content_stack), ==, "list");
    g_assert_cmpint (f->window->view, ==, TG_VIEW_NEEDS_ACTION);
    g_assert_cmpstr (tg_case_list_model_get_query (tg_window_get_model (f->window))->region, ==, "08");
  }

  /* Reminders: once per case and day. */
  tg_today (&today);
  first = tg_notifications_collect (f->store, &today, state);
  second = tg_notifications_collect (f->store, &today, state);
  g_assert_cmpuint (first->len, >, 0);
  g_assert_cmpuint (second->len, ==, 0);
  g_unlink (state);
}

static void
test_needs_action_view (Fixture       *f,
                        gconstpointer  data)
{
  TgCaseQuery needs = TG_CASE_QUERY_INIT;
  GListModel *shown = G_LIST_MODEL (gtk_column_view_get_model (f->window->column_view));
  guint n = 0;

  needs.needs_action = TRUE;
  g_assert_true (tg_store_count_cases (f->store, &needs, &n, NULL));
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (n, <, N_CASES);
  tg_window_set_view (f->window, TG_VIEW_NEEDS_ACTION);
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tg_window_get_model (f->window))), ==, n);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n);
  tg_window_set_view (f->window, TG_VIEW_ALL);
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, N_CASES);
}

static void
test_statistics_view (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *csv_path = g_build_filename (f->dir, "statistics.csv", NULL);
  g_autofree char *pdf_path = g_build_filename (f->dir, "statistics.pdf", NULL);
  g_autofree char *csv = NULL;
  g_autofree char *header = NULL;
  g_autoptr(GError) error = NULL;
  TgCaseQuery all = TG_CASE_QUERY_INIT;
  TgStatisticsView *view;
  TgStatRow *total;
  guint count = 0;

  /* Statistics is the row after the dashboard. */
  gtk_list_box_select_row (f->window->sidebar, gtk_list_box_get_row_at_index (f->window->sidebar, TG_N_VIEWS + 1));
  iterate ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->window->content_stack), ==, "statistics");
  view = TG_STATISTICS_VIEW (f->window->statistics);

  /* Every case, whatever today's date: totals are the cases of the db. */
  tg_statistics_view_set_range (view, "2000-01-01", "2099-12-31");
  iterate ();
  g_assert_true (tg_store_count_cases (f->store, &all, &count, NULL));
  total = tg_statistics_view_get_total (view);
  g_assert_cmpuint (total->cases, ==, count);
  g_assert_cmpuint (count, ==, N_CASES);
  g_assert_cmpuint (g_list_model_get_n_items (tg_statistics_view_get_rows (view)), >, 0);

  /* Another grouping: the same total. */
  tg_statistics_view_set_grouping (view, TG_STAT_BY_SEVERITY);
  iterate ();
  g_assert_cmpuint (tg_statistics_view_get_total (view)->cases, ==, N_CASES);

  g_assert_true (tg_statistics_view_export_csv (view, csv_path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
  g_assert_true (g_str_has_prefix (csv, "\xef\xbb\xbf"));
  header = g_strdup_printf ("%s,%s,", "Code", tg_stat_dimension_label (TG_STAT_BY_SEVERITY));
  g_assert_true (g_str_has_prefix (csv + 3, header));

  /* Printed: the table of every region with the causes on one page,
   * then the three charts, two a page. */
  tg_statistics_view_set_grouping (view, TG_STAT_BY_REGION);
  iterate ();
  g_assert_cmpint (tg_statistics_view_print (view, GTK_PRINT_OPERATION_ACTION_EXPORT, pdf_path, &error), ==,
                   GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  g_assert_cmpuint (count_pdf_pages (pdf_path), ==, 3);
  g_unlink (csv_path);
  g_unlink (pdf_path);
}

/* The message dialog a window shows over itself, or NULL. */
static AdwMessageDialog *
find_question (GtkWindow *parent)
{
  g_autoptr(GListModel) toplevels = gtk_window_get_toplevels ();
  AdwMessageDialog *found = NULL;

  g_object_ref (toplevels);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels) && found == NULL; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_window_get_transient_for (window) == parent &&
          gtk_widget_get_visible (GTK_WIDGET (window)))
        found = ADW_MESSAGE_DIALOG (window);
    }
  return found;
}

/* Answers a question as its button does: the response, then it closes. */
static void
answer (AdwMessageDialog *question,
        const char       *response)
{
  g_assert_nonnull (question);
  adw_message_dialog_response (question, response);
  gtk_window_destroy (GTK_WINDOW (question));
  iterate ();
}

/* What Escape does: the window's own close action. */
static void
press_escape (GtkWindow *window)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "window.close", NULL);
  iterate ();
}

static void
assert_asks_on_escape (GtkWindow *window)
{
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  press_escape (window);
  /* Typed work: the window stays and asks. */
  g_assert_nonnull (window);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_nonnull (find_question (window));
  answer (find_question (window), "keep");
  g_assert_nonnull (window);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  press_escape (window);
  answer (find_question (window), "discard");
  g_assert_null (window);
}

static void
test_form_dates_and_escape (Fixture       *f,
                            gconstpointer  data)
{
  TgCasePage *page = open_full_case (f, FALSE);
  TgForm *form = tg_case_page_add_extension (page);
  GtkWindow *window = tg_form_get_window (form);
  GtkCalendar *calendar = g_object_get_data (G_OBJECT (tg_form_get_row (form, "new-due")), "tg-calendar");
  g_autoptr(GDateTime) day = NULL;
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  gint64 revision = tg_case_page_get_revision (page);

  /* An impossible date is marked on its field; nothing goes, nothing is lost. */
  tg_form_set_text (form, "reason", "The expert's report is late");
  tg_form_set_text (form, "granted-by", "A. Chairman");
  tg_form_set_text (form, "new-due", "31.02.2027");
  g_assert_nonnull (tg_form_get_problem (form));
  g_assert_true (gtk_widget_has_css_class (tg_form_get_row (form, "new-due"), "error"));
  g_assert_false (tg_form_submit (form));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_cmpstr (tg_form_get_text (form, "reason"), ==, "The expert's report is late");
  g_assert_cmpint (tg_case_page_get_revision (page), ==, revision);

  /* The calendar writes the date as the window shows dates. */
  g_assert_nonnull (calendar);
  day = g_date_time_new (tz, 2027, 1, 15, 12, 0, 0);
  gtk_calendar_select_day (calendar, day);
  g_signal_emit_by_name (calendar, "day-selected");
  g_assert_cmpstr (tg_form_get_text (form, "new-due"), ==, "15.01.2027");
  g_assert_false (gtk_widget_has_css_class (tg_form_get_row (form, "new-due"), "error"));
  g_assert_null (tg_form_get_problem (form));

  /* Escape on a changed form asks; Keep Editing keeps it, Discard closes. */
  assert_asks_on_escape (window);
  g_assert_cmpint (tg_case_page_get_revision (page), ==, revision);

  /* Escape on an untouched form closes it at once. */
  form = tg_case_page_edit_employer (page);
  window = tg_form_get_window (form);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  press_escape (window);
  g_assert_null (window);
}

static void
test_dialogs_ask_before_discarding (Fixture       *f,
                                    gconstpointer  data)
{
  TgCasePage *page = open_full_case (f, FALSE);
  TgVictimDialog *victim = tg_case_page_edit_victim (page, NULL);
  TgDisputeDialog *dispute;
  GtkWindow *window;

  /* Untouched: Escape closes. */
  window = GTK_WINDOW (victim);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  g_assert_false (tg_victim_dialog_is_changed (victim));
  press_escape (window);
  g_assert_null (window);

  victim = tg_case_page_edit_victim (page, NULL);
  tg_victim_dialog_set_field (victim, "full-name", "Серіков Асқар");
  g_assert_true (tg_victim_dialog_is_changed (victim));
  assert_asks_on_escape (GTK_WINDOW (victim));

  dispute = tg_case_page_file_dispute (page);
  g_assert_false (tg_dispute_dialog_is_changed (dispute));
  tg_dispute_dialog_set_field (dispute, "claim", "The act blames the victim");
  g_assert_true (tg_dispute_dialog_is_changed (dispute));
  assert_asks_on_escape (GTK_WINDOW (dispute));
}

static void
test_assistant_draft (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *path = tg_new_case_assistant_draft_path ();
  TgNewCaseAssistant *assistant = tg_new_case_assistant_new (f->store);
  g_autoptr(TgCase) sample = tg_test_case_new (1001, 3, 1);
  GListModel *victims = G_LIST_MODEL (tg_case_get_victims (sample));
  g_autoptr(TgCase) draft = NULL;
  g_autoptr(GError) error = NULL;
  TgVictimDialog *dialog;
  GtkWindow *window;

  g_unlink (path);
  gtk_window_present (GTK_WINDOW (assistant));
  g_assert_false (tg_new_case_assistant_is_changed (assistant));
  tg_new_case_assistant_set_field (assistant, "bin", tg_employer_get_bin (tg_case_get_employer (sample)));
  tg_new_case_assistant_set_field (assistant, "employer", "ТОО «Черновик»");
  tg_new_case_assistant_set_field (assistant, "region", "08");
  /* As the window shows date-times. */
  tg_new_case_assistant_set_field (assistant, "occurred", "14.03.2026 09:30");
  tg_new_case_assistant_set_field (assistant, "reported", "14.03.2026 11:00");
  tg_new_case_assistant_set_field (assistant, "place", "шахта");
  tg_new_case_assistant_set_field (assistant, "circumstances", "Обрушение кровли");
  for (guint i = 0; i < g_list_model_get_n_items (victims); i++)
    {
      g_autoptr(TgVictim) victim = g_list_model_get_item (victims, i);
      tg_new_case_assistant_add_victim (assistant, victim);
    }
  g_assert_true (tg_new_case_assistant_is_changed (assistant));

  /* A victim is corrected in place, and removed with Undo at hand. */
  dialog = tg_new_case_assistant_edit_victim (assistant, 2);
  tg_victim_dialog_set_field (dialog, "occupation", "проходчик");
  g_assert_true (tg_victim_dialog_save (dialog));
  g_assert_cmpuint (tg_new_case_assistant_get_n_victims (assistant), ==, 3);
  {
    g_autoptr(TgCase) built = tg_new_case_assistant_build_case (assistant, &error);
    g_autoptr(TgVictim) second = NULL;

    g_assert_no_error (error);
    g_assert_nonnull (built);
    second = g_list_model_get_item (G_LIST_MODEL (tg_case_get_victims (built)), 1);
    g_assert_cmpstr (tg_victim_get_occupation (second), ==, "проходчик");
    g_assert_cmpstr (tg_case_get_occurred (built), ==, "2026-03-14T09:30:00+05:00");
  }
  tg_new_case_assistant_remove_victim (assistant, 0);
  g_assert_cmpuint (tg_new_case_assistant_get_n_victims (assistant), ==, 2);

  /* Escape asks; the default keeps a draft, which the next New Case opens. */
  window = GTK_WINDOW (assistant);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  press_escape (window);
  g_assert_nonnull (window);
  g_assert_nonnull (find_question (window));
  g_assert_cmpstr (adw_message_dialog_get_default_response (find_question (window)), ==, "keep-draft");
  answer (find_question (window), "keep-draft");
  g_assert_null (window);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  assistant = tg_new_case_assistant_new (f->store);
  g_assert_true (tg_new_case_assistant_is_changed (assistant));
  g_assert_cmpuint (tg_new_case_assistant_get_n_victims (assistant), ==, 2);
  draft = tg_new_case_assistant_build_case (assistant, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tg_employer_get_name (tg_case_get_employer (draft)), ==, "ТОО «Черновик»");
  g_assert_cmpstr (tg_case_get_region (draft), ==, "08");

  /* Registered: the draft is gone. */
  g_assert_true (tg_new_case_assistant_create (assistant, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  gtk_window_destroy (GTK_WINDOW (assistant));

  /* Discarded: gone too, and the next New Case is empty. */
  assistant = tg_new_case_assistant_new (f->store);
  tg_new_case_assistant_set_field (assistant, "place", "цех");
  gtk_window_destroy (GTK_WINDOW (assistant));
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  assistant = tg_new_case_assistant_new (f->store);
  gtk_window_present (GTK_WINDOW (assistant));
  window = GTK_WINDOW (assistant);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  press_escape (window);
  answer (find_question (window), "discard");
  g_assert_null (window);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  assistant = tg_new_case_assistant_new (f->store);
  g_assert_false (tg_new_case_assistant_is_changed (assistant));
  gtk_window_destroy (GTK_WINDOW (assistant));
}

static void
test_moves_ask_first (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(TgCaseSummary) registered = find_in_state (f->store, TG_STATE_REGISTERED);
  TgCasePage *page = open_full_case (f, FALSE);
  GtkWindow *window = GTK_WINDOW (f->window);
  g_autoptr(TgCase) kase = NULL;
  g_autofree char *act = NULL;
  AdwMessageDialog *question;

  /* Concluded (by command), then Close on the page: it asks, and only
   * the answer closes the case. */
  act = g_strdup_printf ("{'act-number': <'12'>, 'act-date': <'%s'>}", tg_case_effective_due (tg_case_page_get_case (page)));
  run_command (f, tg_case_get_id (tg_case_page_get_case (page)), "conclude", act);
  gtk_widget_activate_action (GTK_WIDGET (page), "case.reload", NULL);
  iterate ();
  g_assert_cmpint (tg_case_get_state (tg_case_page_get_case (page)), ==, TG_STATE_CONCLUDED);
  gtk_widget_activate_action (GTK_WIDGET (page), "case.close", NULL);
  iterate ();
  question = find_question (window);
  g_assert_nonnull (question);
  kase = stored (f, page);
  g_assert_cmpint (tg_case_get_state (kase), ==, TG_STATE_CONCLUDED);
  g_clear_object (&kase);
  answer (question, "run");
  kase = stored (f, page);
  g_assert_cmpint (tg_case_get_state (kase), ==, TG_STATE_CLOSED);
  g_clear_object (&kase);

  /* Route says where the case goes; Cancel leaves it registered. */
  g_assert_true (tg_window_open_case (f->window, registered->id));
  iterate ();
  gtk_widget_activate_action (GTK_WIDGET (page), "case.route", NULL);
  iterate ();
  question = find_question (window);
  g_assert_nonnull (question);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (question), "10 working days"));
  answer (question, "cancel");
  kase = stored (f, page);
  g_assert_cmpint (tg_case_get_state (kase), ==, TG_STATE_REGISTERED);
}

static void
test_people_of_earlier_commissions (Fixture       *f,
                                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *earlier = tg_test_full_case (f->store, TRUE, &error);
  g_autoptr(TgCaseSummary) pending = find_in_state (f->store, TG_STATE_COMMISSION_PENDING);
  g_autoptr(GPtrArray) shown = NULL;
  TgCasePage *page;
  TgForm *form;

  g_assert_no_error (error);
  /* The earlier case is closed by now, or any other state: its people count. */
  run_command (f, earlier, "remove", "{'reason': <'Entered twice'>}");
  g_assert_true (tg_window_open_case (f->window, pending->id));
  iterate ();
  page = f->window->case_page;
  tg_name_completion_forget (f->store);
  /* A removed case's people are not offered... */
  form = tg_case_page_edit_member (page, 0);
  tg_form_set_text (form, "full-name", "Сейі");
  iterate ();
  shown = tg_name_completion_get_shown (tg_form_get_row (form, "full-name"));
  g_assert_cmpuint (shown->len, ==, 0);
  g_clear_pointer (&shown, g_ptr_array_unref);
  tg_form_close_unguarded (tg_form_get_window (form));

  /* ...those of any other case are, whatever its state, with who they are. */
  g_clear_pointer (&earlier, g_free);
  earlier = tg_test_full_case (f->store, TRUE, &error);
  g_assert_no_error (error);
  tg_name_completion_forget (f->store);
  form = tg_case_page_edit_member (page, 0);
  tg_form_set_text (form, "full-name", "сейі мар");
  iterate ();
  shown = tg_name_completion_get_shown (tg_form_get_row (form, "full-name"));
  g_assert_cmpuint (shown->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (shown, 0), ==, "Сейітов Марат");
  /* A name alone: Save waits for the position and organization the order prints. */
  g_assert_nonnull (tg_form_get_problem (form));
  g_assert_nonnull (strstr (tg_form_get_problem (form), "position"));
  g_assert_true (tg_name_completion_choose (tg_form_get_row (form, "full-name"), 0));
  g_assert_cmpstr (tg_form_get_text (form, "full-name"), ==, "Сейітов Марат");
  g_assert_cmpstr (tg_form_get_text (form, "position"), ==, "Chief inspector");
  g_assert_cmpstr (tg_form_get_text (form, "organization"), ==, "Committee");
  g_assert_null (tg_form_get_problem (form));
  tg_form_close_unguarded (tg_form_get_window (form));
}

static void
test_first_run (Fixture       *f,
                gconstpointer  data)
{
  static const char * const printed[] = {
    "committee-name-kk", "committee-name-ru", "ministry-name-kk", "ministry-name-ru", "chairman",
  };
  g_autofree char *path = g_build_filename (f->dir, "empty.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TgStore) empty = tg_store_open (path, &error);
  TgWindow *window;

  g_assert_no_error (error);
  window = g_object_ref_sink (tg_window_new (NULL, empty));
  gtk_window_present (GTK_WINDOW (window));
  iterate ();
  /* No case at all: what to do first, not "no results". */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->list_stack), ==, "first-run");
  g_assert_nonnull (find_actionable (GTK_WIDGET (window->list_stack), "win.new-case"));
  g_assert_nonnull (find_actionable (GTK_WIDGET (window->list_stack), "win.import"));
  g_assert_nonnull (find_actionable (GTK_WIDGET (window->list_stack), "app.demo"));
  /* Blank names for the orders: a banner leads to Preferences, until set. */
  g_assert_true (tg_window_get_settings_missing (window));
  for (guint i = 0; i < G_N_ELEMENTS (printed); i++)
    g_assert_true (tg_store_set_setting (empty, printed[i], "x", NULL));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.reload", NULL);
  g_assert_false (tg_window_get_settings_missing (window));
  /* Not the usual database: its name is under the title. */
  g_assert_cmpstr (adw_window_title_get_subtitle (window->app_title), ==, "empty.db");
  /* A search that finds nothing is no first run. */
  tg_window_set_view (f->window, TG_VIEW_ALL);
  gtk_editable_set_text (GTK_EDITABLE (f->window->search_entry), "zzzzzz");
  iterate ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->window->list_stack), ==, "empty");
  g_assert_cmpstr (adw_status_page_get_title (f->window->empty_page), ==, "No Cases");
  /* A list that cannot be read says so, with the reason, never "No
   * Cases" (the database gone from under the window). */
  tg_store_close (empty);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.reload", NULL);
  iterate ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->list_stack), ==, "empty");
  g_assert_cmpstr (adw_status_page_get_title (window->empty_page), ==, "The Cases Could Not Be Read");
  g_assert_nonnull (adw_status_page_get_description (window->empty_page));
  g_assert_cmpstr (adw_window_title_get_subtitle (window->list_title), ==, "");   /* not "0 cases" */

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
  iterate ();
  tg_store_close (empty);
  g_unlink (path);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);
    g_unlink (wal);
    g_unlink (shm);
  }
}

static void
collect_rows (GtkWidget *widget,
              GPtrArray *rows)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (ADW_IS_ACTION_ROW (child))
        g_ptr_array_add (rows, child);
      collect_rows (child, rows);
    }
}

static gboolean iterate_until (gboolean (*done) (Fixture *f, gpointer data),
                               Fixture   *f,
                               gpointer   data,
                               gint64     since,
                               double     seconds);

/* The first row under @widget whose title begins with @title. */
static GtkWidget *
find_row (GtkWidget  *widget,
          const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (ADW_IS_PREFERENCES_ROW (child) &&
          g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title))
        return child;
      if ((found = find_row (child, title)) != NULL)
        return found;
    }
  return NULL;
}

static gboolean
row_refused (Fixture *f,
             gpointer data)
{
  return gtk_widget_has_css_class (data, "error");
}

/* Issue 17: Preferences choose where cases are kept. A server's address
 * is checked by opening it, in a thread; what was typed stays, marked,
 * when it is not an address, has a password or does not answer, and
 * nothing is remembered until a server has answered. */
static void
test_preferences_office_server (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GSettings) settings = tg_settings_new ();
  g_autofree char *before = g_settings_get_string (settings, "last-database");
  TgPreferencesWindow *prefs = tg_preferences_window_new (f->store);
  GtkWidget *location;
  GtkWidget *server;
  GtkWidget *database;
  static const char *const refused[] = {
    "/home/a/cases.db",
    "postgresql://ali:s3cret@db.example.kz/tergeu",
    /* Nothing listens on port 1: refused at once, by the system. */
    "postgresql://127.0.0.1:1/tergeu?connect_timeout=3",
  };

  gtk_window_present (GTK_WINDOW (prefs));
  iterate ();
  location = find_row (GTK_WIDGET (prefs), "Cases Are Kept");
  server = find_row (GTK_WIDGET (prefs), "Server Address");
  database = find_row (GTK_WIDGET (prefs), "Database");
  g_assert_nonnull (location);
  g_assert_nonnull (server);
  g_assert_nonnull (database);
  /* A file is open: the file is shown, the address is not asked. */
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (location)), ==, 0);
  g_assert_false (gtk_widget_get_visible (server));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (database)), ==, tg_store_get_path (f->store));

  adw_combo_row_set_selected (ADW_COMBO_ROW (location), 1);
  g_assert_true (gtk_widget_get_visible (server));
  for (gsize i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autofree char *now = NULL;

      gtk_widget_remove_css_class (server, "error");
      gtk_editable_set_text (GTK_EDITABLE (server), refused[i]);
      g_signal_emit_by_name (server, "apply");
      g_assert_true (iterate_until (row_refused, f, server, g_get_monotonic_time (), 20));
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (server)), ==, refused[i]);
      now = g_settings_get_string (settings, "last-database");
      g_assert_cmpstr (now, ==, before);
    }

  /* Back to this computer: the address is put away, the file stays. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (location), 0);
  g_assert_false (gtk_widget_get_visible (server));
  gtk_window_destroy (GTK_WINDOW (prefs));
}

/* good-example.xml at revision 4 with another injury: against a local
 * edit, a conflict. */
static void
test_conflict_labels (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *example = g_test_build_filename (G_TEST_DIST, "data", "exchange", "good-example.xml", NULL);
  g_autofree char *v3 = g_build_filename (f->dir, "v3.xml", NULL);
  g_autofree char *v4 = g_build_filename (f->dir, "v4.xml", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) second = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  const char *paths3[] = { v3, NULL };
  const char *paths4[] = { v4, NULL };
  TgConflictDialog *dialog;
  gboolean injury = FALSE;

  g_assert_true (g_file_get_contents (example, &text, NULL, NULL));
  g_assert_true (g_file_set_contents (v3, text, -1, NULL));
  {
    g_auto(GStrv) parts = g_strsplit (text, "revision=\"3\"", 2);
    g_autofree char *joined = g_strjoinv ("revision=\"4\"", parts);
    g_auto(GStrv) parts2 = g_strsplit (joined, "<injury>асфиксия</injury>", 2);
    g_autofree char *changed = g_strjoinv ("<injury>черепно-мозговая травма</injury>", parts2);

    g_assert_true (g_file_set_contents (v4, changed, -1, NULL));
  }
  first = tg_exchange_import_files (f->store, paths3, NULL, NULL, NULL, NULL);
  g_assert_true (((TgExchangeFileResult *) g_ptr_array_index (first, 0))->applied);
  run_command (f, "08-2026-00042", "edit-particulars", "{'place': <'Шахта, 12-лава (уточнено)'>}");
  second = tg_exchange_import_files (f->store, paths4, NULL, NULL, NULL, NULL);
  g_assert_cmpuint (((TgExchangeFileResult *) g_ptr_array_index (second, 0))->totals.conflicts, ==, 1);

  dialog = tg_conflict_dialog_new (f->store, NULL);
  collect_rows (GTK_WIDGET (dialog), rows);
  g_assert_cmpuint (rows->len, >, 0);
  /* The fields by their names, never their paths ("victims/v1/injury"). */
  for (guint i = 0; i < rows->len; i++)
    {
      const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (g_ptr_array_index (rows, i)));

      g_assert_null (strchr (title, '/'));
      injury |= strstr (title, "njury") != NULL;
    }
  g_assert_true (injury);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_unlink (v3);
  g_unlink (v4);
}

static void
test_export_per_region (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *dir = g_build_filename (f->dir, "out", NULL);
  g_autofree char *today = NULL;
  g_autofree char *tomorrow = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  TgStoreExportQuery query = { NULL, -1, NULL, NULL, NULL, NULL, NULL, NULL };
  TgForm *form;
  const char *name;
  guint files = 0, cases = 0, seen = 0;
  GDate day;

  tg_today (&day);
  today = tg_date_format_iso (&day);
  g_date_add_days (&day, 1);
  tomorrow = tg_date_format_iso (&day);
  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);

  /* Nothing changed after today: no file at all. */
  query.changed_since = tomorrow;
  tg_window_export_per_region (f->store, &query, dir, &files, &cases, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (files, ==, 0);
  /* Everything was registered today: every case, a file per region. */
  query.changed_since = today;
  query.changed_until = today;
  g_assert_true (tg_window_export_per_region (f->store, &query, dir, &files, &cases, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (cases, ==, N_CASES);
  g_assert_cmpuint (files, >, 1);
  listing = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_assert_true (g_str_has_prefix (name, "tergeu-KC-"));
      seen++;
      g_unlink (path);
    }
  g_assert_cmpuint (seen, ==, files);
  g_rmdir (dir);

  /* The form asks for a period when the cases are of one. */
  form = tg_window_export_form (f->window);
  g_assert_null (tg_form_get_problem (form));
  g_assert_false (gtk_widget_get_visible (tg_form_get_row (form, "from")));
  tg_form_set_selected (form, "which", 2);
  g_assert_true (gtk_widget_get_visible (tg_form_get_row (form, "from")));
  g_assert_null (tg_form_get_problem (form));   /* last month, as it opens */
  tg_form_set_text (form, "from", "");
  tg_form_set_text (form, "until", "");
  g_assert_nonnull (tg_form_get_problem (form));
  tg_form_set_text (form, "from", "01.11.2026");
  g_assert_null (tg_form_get_problem (form));
  tg_form_close_unguarded (tg_form_get_window (form));
}

static GtkAdjustment *
page_scroll (TgCasePage *page)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (page->sections), GTK_TYPE_SCROLLED_WINDOW);

  return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
}

static void
settle (void)
{
  gint64 until = g_get_monotonic_time () + G_USEC_PER_SEC / 2;

  while (g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
}

static void
test_case_scroll (Fixture       *f,
                  gconstpointer  data)
{
  TgCasePage *page = open_full_case (f, FALSE);
  g_autoptr(TgCaseSummary) other = find_in_state (f->store, TG_STATE_LOCAL_INVESTIGATION);
  g_autofree char *full = g_strdup (tg_case_get_id (tg_case_page_get_case (page)));
  GtkAdjustment *adjustment = page_scroll (page);
  TgForm *form;

  settle ();
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), >, gtk_adjustment_get_page_size (adjustment) + 300);
  gtk_adjustment_set_value (adjustment, 300);
  /* A save stays where the user was. */
  form = tg_case_page_edit_employer (page);
  tg_form_set_text (form, "employer-address", "Қарағанды қ., Ерубаев к-сі, 1");
  g_assert_true (tg_form_submit (form));
  settle ();
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 300);
  /* Another case opens at its top. */
  g_assert_true (tg_window_open_case (f->window, other->id));
  settle ();
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);
  g_assert_true (tg_window_open_case (f->window, full));
}

static void
test_about (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *committee = NULL;
  g_autofree char *authors = NULL;
  GtkWindow *about;

  /* Until Preferences name the Committee, the authors hold the copyright. */
  g_assert_true (tg_store_set_setting (f->store, "committee-name-ru", "", NULL));
  authors = tg_about_dup_holder (f->store);
  g_assert_cmpstr (authors, ==, "The Tergeu authors");
  g_assert_true (tg_store_set_setting (f->store, "committee-name-ru", "Комитет труда", NULL));
  committee = tg_about_dup_holder (f->store);
  g_assert_cmpstr (committee, ==, "Комитет труда");
  about = tg_about_show (GTK_WINDOW (f->window), f->store);
  iterate ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (about)));
  g_object_add_weak_pointer (G_OBJECT (about), (gpointer *) &about);
  press_escape (about);
  g_assert_null (about);
}

static void
test_disputes_view_due (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(TgCaseSummary) registered = find_in_state (f->store, TG_STATE_REGISTERED);
  g_autoptr(TgCaseSummary) shown = NULL;
  g_autofree char *params = NULL;
  g_autofree char *today = NULL;
  GDate day;

  /* A registered case has no deadline of its own; its dispute has one. */
  tg_today (&day);
  today = tg_date_format_iso (&day);
  params = g_strdup_printf ("{'filed-by': <'worker'>, 'subject': <'registration'>, 'filed': <'%s'>, "
                            "'due': <'2099-01-15'>, 'claim': <'Registered late'>}", today);
  run_command (f, registered->id, "dispute-file", params);
  tg_window_set_view (f->window, TG_VIEW_DISPUTES);
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tg_window_get_model (f->window))), ==, 1);
  shown = g_list_model_get_item (G_LIST_MODEL (tg_window_get_model (f->window)), 0);
  g_assert_cmpstr (shown->id, ==, registered->id);
  g_assert_cmpstr (shown->deadline, ==, "2099-01-15");
}

static void
test_enter_saves (Fixture       *f,
                  gconstpointer  data)
{
  TgCasePage *page = open_full_case (f, FALSE);
  TgForm *form = tg_case_page_add_extension (page);
  GtkWindow *window = tg_form_get_window (form);
  g_autoptr(TgCase) kase = NULL;
  g_autofree char *later = NULL;
  GDate due;

  g_assert_true (tg_date_parse (tg_case_effective_due (tg_case_page_get_case (page)), &due));
  g_date_add_days (&due, 10);
  later = g_strdup_printf ("%02u.%02u.%04u", g_date_get_day (&due), g_date_get_month (&due), g_date_get_year (&due));
  tg_form_set_text (form, "new-due", later);
  tg_form_set_text (form, "reason", "Expert examination");
  tg_form_set_text (form, "granted-by", "A. Chairman");
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  g_assert_null (tg_form_get_problem (form));
  g_assert_true (gtk_window_get_default_widget (window) != NULL);
  /* Enter in a field: the default button, Save.  The field can take the
   * focus once the form is on screen (before that, under load, the focus
   * stayed on Cancel, and Enter asked whether to discard). */
  for (gint64 start = g_get_monotonic_time ();
       !gtk_widget_get_mapped (GTK_WIDGET (window)) && g_get_monotonic_time () - start < 5 * G_USEC_PER_SEC; )
    iterate ();
  gtk_widget_grab_focus (tg_form_get_row (form, "granted-by"));
  g_assert_true (gtk_widget_is_focus (gtk_root_get_focus (GTK_ROOT (window))) &&
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), tg_form_get_row (form, "granted-by")));
  gtk_widget_activate_default (tg_form_get_row (form, "granted-by"));
  /* Saved and closed; the window goes once what still holds it (its
   * frame clock, an input method) lets go. */
  for (gint64 start = g_get_monotonic_time ();
       window != NULL && g_get_monotonic_time () - start < 5 * G_USEC_PER_SEC; )
    iterate ();
  g_assert_null (window);
  kase = stored (f, page);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tg_investigation_get_extensions (tg_case_get_investigation (kase)))), ==, 1);
}

/* Iterates the main loop until @done says so or @seconds have passed
 * since @since (monotonic µs); whether it did. */
static gboolean
iterate_until (gboolean (*done) (Fixture *f, gpointer data),
               Fixture   *f,
               gpointer   data,
               gint64     since,
               double     seconds)
{
  while (!done (f, data))
    {
      if (g_get_monotonic_time () - since > seconds * G_USEC_PER_SEC)
        return FALSE;
      iterate ();
      g_usleep (10 * 1000);
    }
  return TRUE;
}

typedef struct
{
  guint   n_cases;
  gint64  revision;
} Expected;

static gboolean
shows_theirs (Fixture *f,
              gpointer data)
{
  Expected *expected = data;
  GtkLabel *all = GTK_LABEL (f->window->view_counts[TG_VIEW_ALL]);
  g_autofree char *count = g_strdup_printf ("%u", expected->n_cases);

  return g_list_model_get_n_items (G_LIST_MODEL (tg_window_get_model (f->window))) == expected->n_cases &&
         g_strcmp0 (gtk_label_get_text (all), count) == 0 &&
         tg_case_page_get_revision (f->window->case_page) == expected->revision;
}

/* Another desk (a second connection) registers a case and changes the
 * open one: within about a second the list, its count and the case page
 * show it, a toast says who, and a form being typed in stays open with
 * its text, its save refused as stale. */
static void
test_live_other_desk (Fixture       *f,
                      gconstpointer  data)
{
  TgCasePage *page = open_local_case (f);
  g_autofree char *id = g_strdup (tg_case_get_id (tg_case_page_get_case (page)));
  g_autoptr(TgStore) other = NULL;
  g_autoptr(TgCase) theirs = NULL;
  g_autoptr(GVariant) params = NULL;
  g_autoptr(GError) error = NULL;
  TgForm *form;
  Expected expected = { N_CASES + 1, 0 };
  gint64 committed;

  /* Settle the first counts, which come after the first frame. */
  iterate_until (shows_theirs, f, &(Expected) { N_CASES, tg_case_page_get_revision (page) },
                 g_get_monotonic_time (), 5);
  form = tg_case_page_edit_employer (page);
  tg_form_set_text (form, "employer-address", "Караганда, ул. Ерубаева, 1");
  iterate ();

  other = tg_store_open (tg_store_get_path (f->store), &error);
  g_assert_no_error (error);
  tg_store_set_actor (other, "a.serikova");
  g_assert_true (tg_test_populate (other, 1, &error));
  g_assert_no_error (error);
  params = g_variant_parse (G_VARIANT_TYPE_VARDICT, "{'place': <'Шахта «Тентек», 5-горизонт'>}", NULL, NULL, &error);
  g_assert_no_error (error);
  theirs = tg_command_run (other, id, -1, "edit-particulars", g_steal_pointer (&params), NULL, &error);
  g_assert_no_error (error);
  committed = g_get_monotonic_time ();
  expected.revision = tg_case_get_revision (theirs);
  g_assert_cmpint (expected.revision, >, tg_case_page_get_revision (page));

  /* One-second polling: seen within about a second on an idle machine
   * (logged); the test waits longer, as tests do not fail on timings. */
  g_assert_true (iterate_until (shows_theirs, f, &expected, committed, 10));
  g_test_message ("the other desk's change shown after %.2f s",
                  (g_get_monotonic_time () - committed) / (double) G_USEC_PER_SEC);
  g_assert_cmpstr (tg_case_get_place (tg_case_page_get_case (page)), ==, "Шахта «Тентек», 5-горизонт");
  g_assert_nonnull (f->window->live_toast);
  /* (On a server the actor is the other desk's login.) */
  g_assert_nonnull (strstr (adw_toast_get_title (f->window->live_toast), tg_store_get_actor (other)));

  /* The form is untouched; its save is refused, and it stays. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (tg_form_get_window (form))));
  g_assert_cmpstr (tg_form_get_text (form, "employer-address"), ==, "Караганда, ул. Ерубаева, 1");
  g_assert_false (tg_form_submit (form));
  g_assert_nonnull (strstr (tg_form_get_refusal (form), tg_store_get_actor (other)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (tg_form_get_window (form))));
  g_assert_cmpstr (tg_form_get_text (form, "employer-address"), ==, "Караганда, ул. Ерубаева, 1");
  gtk_window_destroy (tg_form_get_window (form));

  /* The window's own commands are not news: no toast for them. */
  adw_toast_dismiss (f->window->live_toast);
  g_assert_null (f->window->live_toast);
  run_command (f, id, "edit-particulars", "{'place': <'Шахта «Абай»'>}");
  committed = g_get_monotonic_time ();
  expected.revision++;
  g_assert_false (iterate_until (shows_theirs, f, &expected, committed, 1.5));
  g_assert_null (f->window->live_toast);
}

static gboolean
counted (Fixture *f,
         gpointer data)
{
  g_autofree char *count = g_strdup_printf ("%u", GPOINTER_TO_UINT (data));

  return g_strcmp0 (gtk_label_get_text (GTK_LABEL (f->window->view_counts[TG_VIEW_ALL])), count) == 0;
}

static gboolean
listed (Fixture *f,
        gpointer data)
{
  return g_list_model_get_n_items (G_LIST_MODEL (tg_window_get_model (f->window))) == GPOINTER_TO_UINT (data);
}

/* Scrolled down the list, the user keeps their place while another desk
 * writes: the counts follow, the rows wait for "Show". */
static void
test_live_keeps_scrolled_list (Fixture       *f,
                               gconstpointer  data)
{
  GtkAdjustment *v = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (f->window->column_view));
  g_autoptr(TgStore) other = NULL;
  g_autoptr(GError) error = NULL;
  double scrolled;
  gint64 committed;

  iterate_until (listed, f, GUINT_TO_POINTER (N_CASES), g_get_monotonic_time (), 5);
  iterate_until (counted, f, GUINT_TO_POINTER (N_CASES), g_get_monotonic_time (), 5);
  g_assert_cmpfloat (gtk_adjustment_get_upper (v), >, gtk_adjustment_get_page_size (v));
  gtk_adjustment_set_value (v, gtk_adjustment_get_upper (v) / 2);
  iterate ();
  scrolled = gtk_adjustment_get_value (v);
  g_assert_cmpfloat (scrolled, >, 0);

  other = tg_store_open (tg_store_get_path (f->store), &error);
  g_assert_no_error (error);
  g_assert_true (tg_test_populate (other, 2, &error));
  committed = g_get_monotonic_time ();
  g_assert_true (iterate_until (counted, f, GUINT_TO_POINTER (N_CASES + 2), committed, 10));
  /* The rows and the place in them are as they were... */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tg_window_get_model (f->window))), ==, N_CASES);
  g_assert_cmpfloat (ABS (gtk_adjustment_get_value (v) - scrolled), <, 4);
  /* ...and a toast offers the new ones. */
  g_assert_nonnull (f->window->list_toast);
  g_signal_emit_by_name (f->window->list_toast, "button-clicked");
  g_assert_true (iterate_until (listed, f, GUINT_TO_POINTER (N_CASES + 2), g_get_monotonic_time (), 2));
  iterate ();
  g_assert_null (f->window->list_toast);
}

/* The office server's password (tg-server-password.c): typed and
 * confirmed with Enter it is held for the location, with the choice to
 * keep it in the keyring, and the dialog goes; a refusal is shown when
 * asked again, and cancelling gives nothing. */
static GtkWidget *
find_of_type (GtkWidget *widget,
              GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_of_type (child, type)) != NULL)
        return found;
    }
  return NULL;
}

static void
password_given_cb (gboolean given,
                   gboolean remember,
                   gpointer user_data)
{
  int *answer = user_data;

  answer[0] = given;
  answer[1] = remember;
  answer[2]++;
}

static void
test_server_password (void)
{
  const char *location = "host=db.example.kz dbname=tergeu user=anna";
  int got[3] = { 0, 0, 0 };
  AdwMessageDialog *dialog;
  GtkWidget *entry;
  GtkWidget *remember;
  g_autofree char *held = NULL;

  tg_server_password_ask (NULL, location, NULL, password_given_cb, got);
  iterate ();
  dialog = find_question (NULL);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "db.example.kz"));
  entry = find_of_type (GTK_WIDGET (dialog), ADW_TYPE_PASSWORD_ENTRY_ROW);
  remember = find_of_type (GTK_WIDGET (dialog), GTK_TYPE_CHECK_BUTTON);
  g_assert_nonnull (entry);
  g_assert_nonnull (remember);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Құпия 7");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (remember), TRUE);
  /* Enter in the entry. */
  g_signal_emit_by_name (entry, "entry-activated");
  iterate ();
  g_assert_cmpint (got[2], ==, 1);
  g_assert_true (got[0]);
  g_assert_true (got[1]);
  held = tg_store_location_dup_password (location);
  g_assert_cmpstr (held, ==, "Құпия 7");
  g_assert_null (find_question (NULL));

  /* Asked again after a refusal, which it shows; cancelled. */
  tg_server_password_ask (NULL, location, "The office server did not let you in", password_given_cb, got);
  iterate ();
  dialog = find_question (NULL);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, "The office server did not let you in");
  answer (dialog, "cancel");
  iterate ();
  g_assert_cmpint (got[2], ==, 2);
  g_assert_false (got[0]);
  g_assert_false (got[1]);
  tg_store_location_set_password (location, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *config = g_dir_make_tmp ("tergeu-ui-config-XXXXXX", NULL);
  g_autofree char *settings = NULL;
  g_autofree char *settings_dir = NULL;
  int status;

  /* Print settings are kept in the user's configuration: not the real one. */
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  /* The new case's draft is kept in the user's state: not the real one. */
  g_setenv ("XDG_STATE_HOME", config, TRUE);
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();
  tg_application_register_resources ();

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/window/opens", test_window_opens);
  ADD ("/ui/list-model/queries", test_list_model_queries);
  ADD ("/ui/window/search-typed", test_search_typed);
  ADD ("/ui/window/column-sort", test_column_sort);
  ADD ("/ui/case-page/refused-transition", test_refused_transition_disabled);
  g_test_add_func ("/ui/victim/invalid-iin", test_invalid_iin_refused);
  g_test_add_func ("/ui/server/password", test_server_password);
  ADD ("/ui/assistant/creates", test_assistant_creates);
  ADD ("/ui/case-page/dispute", test_dispute_file_and_decide);
  ADD ("/ui/case-page/request", test_request_added_and_answered);
  ADD ("/ui/case-page/employer-undo", test_employer_bin_and_undo);
  ADD ("/ui/case-page/accident-dates", test_accident_dates);
  ADD ("/ui/case-page/untouched-forms", test_untouched_forms);
  ADD ("/ui/case-page/untouched-order", test_untouched_order);
  ADD ("/ui/case-page/closed-findings", test_closed_findings);
  ADD ("/ui/case-page/refused-keeps-form", test_refused_keeps_form);
  ADD ("/ui/case-page/shown-dates", test_shown_dates);
  ADD ("/ui/case-page/review-and-act", test_review_and_act);
  ADD ("/ui/case-page/members", test_members_edit_remove);
  ADD ("/ui/case-page/remove", test_remove_case);
  ADD ("/ui/case-page/attach-document", test_attach_document);
  ADD ("/ui/print/export", test_print_export);
  ADD ("/ui/import/dialog", test_import_dialog);
  ADD ("/ui/import/cancel", test_import_cancel);
  ADD ("/ui/dashboard/reminders", test_dashboard_and_reminders);
  ADD ("/ui/statistics/view", test_statistics_view);
  ADD ("/ui/window/needs-action", test_needs_action_view);
  ADD ("/ui/form/dates-and-escape", test_form_dates_and_escape);
  ADD ("/ui/form/dialogs-ask", test_dialogs_ask_before_discarding);
  ADD ("/ui/assistant/draft", test_assistant_draft);
  ADD ("/ui/case-page/moves-ask-first", test_moves_ask_first);
  ADD ("/ui/window/first-run", test_first_run);
  ADD ("/ui/import/conflict-labels", test_conflict_labels);
  ADD ("/ui/export/per-region", test_export_per_region);
  ADD ("/ui/case-page/scroll", test_case_scroll);
  ADD ("/ui/about", test_about);
  ADD ("/ui/window/disputes-due", test_disputes_view_due);
  ADD ("/ui/form/enter-saves", test_enter_saves);
  ADD ("/ui/case-page/people-of-earlier-commissions", test_people_of_earlier_commissions);
  ADD ("/ui/window/live-other-desk", test_live_other_desk);
  ADD ("/ui/preferences/office-server", test_preferences_office_server);
  ADD ("/ui/window/live-keeps-scrolled-list", test_live_keeps_scrolled_list);
#undef ADD
  status = g_test_run ();
  settings = tg_print_settings_path ();
  settings_dir = g_path_get_dirname (settings);
  g_unlink (settings);
  g_rmdir (settings_dir);
  {
    g_autofree char *draft = tg_new_case_assistant_draft_path ();
    g_autofree char *draft_dir = g_path_get_dirname (draft);

    g_unlink (draft);
    g_rmdir (draft_dir);
  }
  g_rmdir (config);
  return status;
}
