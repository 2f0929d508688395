/* test-ui.c — the desktop application's windows on a temporary database
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-ui"

#include "config.h"

#include <glib/gstdio.h>

#include "tg-case-page-private.h"
#include "tg-dispute-dialog.h"
#include "tg-exchange-export.h"
#include "tg-form.h"
#include "tg-import-dialog.h"
#include "tg-notifications.h"
#include "tg-new-case-assistant.h"
#include "tg-print.h"
#include "tg-print-preview.h"
#include "tg-identifiers.h"
#include "tg-rules.h"
#include "tg-statistics-view.h"
#include "tg-victim-dialog.h"
#include "tg-window-private.h"
#include "test-ui-data.h"

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
  path = g_build_filename (f->dir, "cases.db", NULL);
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

static void
dispute_saved_cb (TgDisputeDialog *dialog,
                  TgDispute       *dispute,
                  TgCasePage      *page)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tg_case_page_save_dispute (page, dispute, &error));
  g_assert_no_error (error);
}

static void
test_dispute_file_and_decide (Fixture       *f,
                              gconstpointer  data)
{
  TgCasePage *page = open_local_case (f);
  TgCalendar *calendar = tg_store_get_calendar (f->store);
  TgDisputeDialog *dialog = tg_dispute_dialog_new (NULL, calendar);
  g_autoptr(TgCase) kase = NULL;
  g_autoptr(TgDispute) dispute = NULL;
  g_autofree char *id = NULL;

  g_signal_connect (dialog, "saved", G_CALLBACK (dispute_saved_cb), page);
  /* No claim yet: refused. */
  g_assert_nonnull (tg_dispute_dialog_get_problem (dialog));
  g_assert_false (tg_dispute_dialog_save (dialog));
  tg_dispute_dialog_set_field (dialog, "filed-by", "1");     /* worker */
  tg_dispute_dialog_set_field (dialog, "subject", "1");      /* formalization */
  tg_dispute_dialog_set_field (dialog, "claim", "The act wrongly blames the victim");
  tg_dispute_dialog_add_position (dialog, "Employer", "The act is right");
  g_assert_null (tg_dispute_dialog_get_problem (dialog));
  g_assert_true (tg_dispute_dialog_save (dialog));
  iterate ();

  kase = stored (f, page);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tg_case_get_disputes (kase))), ==, 1);
  dispute = g_list_model_get_item (G_LIST_MODEL (tg_case_get_disputes (kase)), 0);
  g_assert_cmpint (tg_dispute_get_filed_by (dispute), ==, TG_PARTY_WORKER);
  g_assert_cmpint (tg_dispute_get_status (dispute), ==, TG_DISPUTE_STATUS_FILED);
  g_assert_cmpstr (tg_dispute_get_claim (dispute), ==, "The act wrongly blames the victim");
  g_assert_nonnull (tg_dispute_get_due (dispute));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tg_dispute_get_positions (dispute))), ==, 1);
  id = g_strdup (tg_dispute_get_id (dispute));
  g_assert_nonnull (id);

  /* Under review, then decided: outcome without reasoning is refused. */
  gtk_widget_activate_action (GTK_WIDGET (page), "case.review-dispute", "s", id);
  iterate ();
  g_clear_object (&kase);
  g_clear_object (&dispute);
  kase = stored (f, page);
  dispute = g_list_model_get_item (G_LIST_MODEL (tg_case_get_disputes (kase)), 0);
  g_assert_cmpint (tg_dispute_get_status (dispute), ==, TG_DISPUTE_STATUS_UNDER_REVIEW);

  dialog = tg_dispute_dialog_new (dispute, calendar);
  g_signal_connect (dialog, "saved", G_CALLBACK (dispute_saved_cb), page);
  tg_dispute_dialog_set_field (dialog, "outcome", "2");     /* partly upheld: status follows */
  g_assert_nonnull (tg_dispute_dialog_get_problem (dialog));
  tg_dispute_dialog_set_field (dialog, "reasoning", "Fault shares were not established");
  tg_dispute_dialog_set_field (dialog, "decided-by", "A. Chairman");
  g_assert_null (tg_dispute_dialog_get_problem (dialog));
  g_assert_true (tg_dispute_dialog_save (dialog));
  iterate ();
  g_clear_object (&kase);
  g_clear_object (&dispute);
  kase = stored (f, page);
  dispute = g_list_model_get_item (G_LIST_MODEL (tg_case_get_disputes (kase)), 0);
  g_assert_cmpint (tg_dispute_get_status (dispute), ==, TG_DISPUTE_STATUS_DECIDED);
  g_assert_cmpint (tg_dispute_get_outcome (dispute), ==, TG_OUTCOME_PARTLY_UPHELD);
  g_assert_cmpstr (tg_dispute_get_decided_by (dispute), ==, "A. Chairman");
  g_assert_nonnull (tg_dispute_get_decided_on (dispute));
  /* Decided: the decision prints. */
  g_assert_true (tg_printed_check (kase, TG_PRINTED_DECISION, id, NULL));

  /* The appeal and its result. */
  dialog = tg_dispute_dialog_new (dispute, calendar);
  g_signal_connect (dialog, "saved", G_CALLBACK (dispute_saved_cb), page);
  tg_dispute_dialog_set_field (dialog, "appeal-court", "Court No. 2 of Karaganda");
  tg_dispute_dialog_set_field (dialog, "appeal-result", "Decision upheld");
  g_assert_true (tg_dispute_dialog_save (dialog));
  iterate ();
  g_clear_object (&kase);
  g_clear_object (&dispute);
  kase = stored (f, page);
  dispute = g_list_model_get_item (G_LIST_MODEL (tg_case_get_disputes (kase)), 0);
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
  GDate sent, due;

  tg_form_set_text (form, "addressee", "Karaganda inspectorate");
  tg_form_set_text (form, "subject", "The investigation file");
  tg_form_set_text (form, "sent", "2026-03-13");   /* a Friday */
  tg_date_parse ("2026-03-13", &sent);
  tg_calendar_add_working_days (tg_store_get_calendar (f->store), &sent, 5, &due);
  expected = tg_date_format_iso (&due);
  g_assert_cmpstr (tg_form_get_text (form, "due"), ==, expected);
  tg_form_set_text (form, "due", "2026-03-01");
  g_assert_nonnull (tg_form_get_problem (form));
  tg_form_set_text (form, "due", expected);
  g_assert_true (tg_form_submit (form));
  iterate ();
  kase = stored (f, page);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tg_case_get_requests (kase))), ==, 1);
  request = g_list_model_get_item (G_LIST_MODEL (tg_case_get_requests (kase)), 0);
  g_assert_cmpstr (tg_info_request_get_due (request), ==, expected);

  form = tg_case_page_answer_request (page, tg_info_request_get_id (request));
  tg_form_set_text (form, "answered", "2026-03-16");
  tg_form_set_text (form, "answer", "Sent by mail");
  g_assert_true (tg_form_submit (form));
  iterate ();
  g_clear_object (&kase);
  g_clear_object (&request);
  kase = stored (f, page);
  request = g_list_model_get_item (G_LIST_MODEL (tg_case_get_requests (kase)), 0);
  g_assert_cmpstr (tg_info_request_get_answered (request), ==, "2026-03-16");
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

  bad[11] = bad[11] == '9' ? '0' : bad[11] + 1;
  tg_form_set_text (form, "bin", bad);
  g_assert_nonnull (tg_form_get_problem (form));
  g_assert_false (tg_form_submit (form));
  tg_form_set_text (form, "bin", bin);
  tg_form_set_text (form, "name", "ТОО «Новое имя»");
  g_assert_true (tg_form_submit (form));
  iterate ();
  kase = stored (f, page);
  g_assert_cmpstr (tg_employer_get_name (tg_case_get_employer (kase)), ==, "ТОО «Новое имя»");

  /* Undo puts the old name back, as a new revision with history. */
  g_assert_true (tg_case_page_can_undo (page));
  g_assert_true (tg_case_page_undo (page, &error));
  g_assert_no_error (error);
  g_clear_object (&kase);
  kase = stored (f, page);
  g_assert_cmpstr (tg_employer_get_name (tg_case_get_employer (kase)), ==, old_name);
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
  tg_form_set_text (form, "occurred", "2026-02-10 10:00");
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
  g_autoptr(TgDocument) doc = tg_document_new_printed (f->store, tg_case_page_get_case (page), TG_PRINTED_CARD,
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
  TgImportResult *good, *refused;
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
  g_assert_nonnull (refused->messages);
  g_assert_true (tg_store_count_cases (other, &all, &count, NULL));
  g_assert_cmpuint (count, ==, N_CASES);
  gtk_window_destroy (GTK_WINDOW (dialog));
  iterate ();

  /* The same file again: nothing changes. */
  {
    g_autoptr(GPtrArray) again = tg_import_files (other_path, paths, NULL, NULL, NULL, &error);

    g_assert_no_error (error);
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
  /* Every case has been applied inside the file's transaction by now. */
  if (at->cancellable != NULL)
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

  /* Printed: the table, then the three charts, two a page. */
  g_assert_cmpint (tg_statistics_view_print (view, GTK_PRINT_OPERATION_ACTION_EXPORT, pdf_path, &error), ==,
                   GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  g_assert_cmpuint (count_pdf_pages (pdf_path), >=, 3);
  g_unlink (csv_path);
  g_unlink (pdf_path);
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
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();
  tg_application_register_resources ();

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/window/opens", test_window_opens);
  ADD ("/ui/list-model/queries", test_list_model_queries);
  ADD ("/ui/window/column-sort", test_column_sort);
  ADD ("/ui/case-page/refused-transition", test_refused_transition_disabled);
  g_test_add_func ("/ui/victim/invalid-iin", test_invalid_iin_refused);
  ADD ("/ui/assistant/creates", test_assistant_creates);
  ADD ("/ui/case-page/dispute", test_dispute_file_and_decide);
  ADD ("/ui/case-page/request", test_request_added_and_answered);
  ADD ("/ui/case-page/employer-undo", test_employer_bin_and_undo);
  ADD ("/ui/case-page/accident-dates", test_accident_dates);
  ADD ("/ui/case-page/attach-document", test_attach_document);
  ADD ("/ui/print/export", test_print_export);
  ADD ("/ui/import/dialog", test_import_dialog);
  ADD ("/ui/import/cancel", test_import_cancel);
  ADD ("/ui/dashboard/reminders", test_dashboard_and_reminders);
  ADD ("/ui/statistics/view", test_statistics_view);
  ADD ("/ui/window/needs-action", test_needs_action_view);
#undef ADD
  status = g_test_run ();
  settings = tg_print_settings_path ();
  settings_dir = g_path_get_dirname (settings);
  g_unlink (settings);
  g_rmdir (settings_dir);
  g_rmdir (config);
  return status;
}
