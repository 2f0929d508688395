/* test-ui.c — the desktop application's windows on a temporary database
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-ui"

#include "config.h"

#include <glib/gstdio.h>

#include "tg-case-page-private.h"
#include "tg-new-case-assistant.h"
#include "tg-identifiers.h"
#include "tg-rules.h"
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

int
main (int   argc,
      char *argv[])
{
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
#undef ADD
  return g_test_run ();
}
