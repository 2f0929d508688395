/* test-exchange-import-files.c — several files in one import, in a thread, with progress
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * tg_exchange_import_files_async() under a GMainLoop: every file is its own
 * transaction, a refused file among good ones leaves the database as it
 * was and the others go in; progress comes in order, in the caller's
 * thread, STARTED and DONE once per file; cancelling from the progress
 * callback imports no further file and the results say so. The
 * synchronous loop (the command line's) the same, and cancelling within a
 * file rolls that file back.
 */
#define G_LOG_DOMAIN "test-exchange-import-files"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "tg-exchange-import-files.h"
#include "tg-test-util.h"

static char *
data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "exchange", name, NULL);
}

typedef struct
{
  GMainLoop    *loop;
  GThread      *thread;       /* where progress must arrive */
  char         *db;
  GString      *events;       /* "S0 R0 D0 S1 …" */
  guint         n_started;
  guint         n_done;
  guint         n_destroyed;
  int           cancel_after; /* cancel at the DONE of this file; -1: never */
  GCancellable *cancellable;
  char         *digest[8];    /* of the database at each DONE */
  GPtrArray    *results;
  GError       *error;
} Run;

static void
run_init (Run        *run,
          const char *db)
{
  memset (run, 0, sizeof *run);
  run->loop = g_main_loop_new (NULL, FALSE);
  run->thread = g_thread_self ();
  run->db = g_strdup (db);
  run->events = g_string_new (NULL);
  run->cancel_after = -1;
  run->cancellable = g_cancellable_new ();
}

static void
run_clear (Run *run)
{
  g_main_loop_unref (run->loop);
  g_free (run->db);
  g_string_free (run->events, TRUE);
  g_object_unref (run->cancellable);
  for (guint i = 0; i < G_N_ELEMENTS (run->digest); i++)
    g_free (run->digest[i]);
  g_clear_pointer (&run->results, g_ptr_array_unref);
  g_clear_error (&run->error);
}

static void
progress_cb (const TgExchangeFilesProgress *p,
             gpointer                       user_data)
{
  Run *run = user_data;
  static const char stages[] = "SRD";
  g_autofree char *event = g_strdup_printf ("%c%u", stages[p->stage], p->index);

  g_assert_true (g_thread_self () == run->thread);
  g_assert_nonnull (p->path);
  g_assert_cmpuint (p->index, <, p->n_files);
  g_assert_cmpfloat (p->fraction, >=, 0.0);
  g_assert_cmpfloat (p->fraction, <=, 1.0);
  /* READING is collapsed: how often it comes depends on the file's size. */
  if (p->stage != TG_EXCHANGE_FILE_READING || !g_str_has_suffix (run->events->str, event))
    g_string_append_printf (run->events, "%s%s", run->events->len > 0 ? " " : "", event);
  if (p->stage == TG_EXCHANGE_FILE_STARTED)
    {
      g_assert_null (p->result);
      g_assert_cmpuint (p->index, ==, run->n_started);
      run->n_started++;
    }
  else if (p->stage == TG_EXCHANGE_FILE_DONE)
    {
      g_assert_nonnull (p->result);
      g_assert_cmpstr (p->result->path, ==, p->path);
      g_assert_cmpuint (p->index, ==, run->n_done);
      g_assert_cmpuint (run->n_done + 1, ==, run->n_started);
      /* The next file has not begun: the database is this file's doing. */
      if (p->index < G_N_ELEMENTS (run->digest))
        run->digest[p->index] = tg_test_database_digest (run->db);
      run->n_done++;
      if ((int) p->index == run->cancel_after)
        g_cancellable_cancel (run->cancellable);
    }
  else
    g_assert_null (p->result);
}

static void
progress_destroy (gpointer data)
{
  Run *run = data;

  run->n_destroyed++;
}

static void
done_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Run *run = user_data;

  g_assert_null (source);
  /* Every progress report came before the end. */
  g_assert_cmpuint (run->n_destroyed, ==, 0);
  run->results = tg_exchange_import_files_finish (result, &run->error);
  g_main_loop_quit (run->loop);
}

static void
run_import (Run                          *run,
            const char * const           *paths,
            const TgExchangeFilesOptions *options)
{
  tg_exchange_import_files_async (run->db, paths, options, run->cancellable,
                                  progress_cb, run, progress_destroy, done_cb, run);
  g_main_loop_run (run->loop);
  g_assert_cmpuint (run->n_destroyed, ==, 1);
}

static guint
count_cases (TgStore *store)
{
  TgCaseQuery all = TG_CASE_QUERY_INIT;
  guint n = 0;

  g_assert_true (tg_store_count_cases (store, &all, &n, NULL));
  return n;
}

static gboolean
has_case (TgStore    *store,
          const char *number)
{
  g_autoptr(TgCase) kase = tg_store_load_case (store, number, NULL);

  return kase != NULL;
}

static TgExchangeFileResult *
result_at (GPtrArray *results,
           guint      i)
{
  return g_ptr_array_index (results, i);
}

/* Four files, the second refused on its last case: the others go in. */
static void
test_several (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autofree char *example = data_path ("good-example.xml");
  g_autofree char *bad = data_path ("rule-bundle-last-case.xml");
  g_autofree char *bundle = data_path ("good-bundle.xml");
  g_autofree char *full = data_path ("good-full.xml");
  const char *paths[] = { example, bad, bundle, full, NULL };
  TgExchangeFilesOptions options = TG_EXCHANGE_FILES_OPTIONS_INIT;
  TgExchangeFileResult *r;
  TgExchangeTotals totals;
  g_autofree char *messages = NULL;
  guint applied, refused, cancelled;
  Run run;

  run_init (&run, tg_store_get_path (store));
  options.keep_cases = G_MAXUINT;
  run_import (&run, paths, &options);
  g_assert_no_error (run.error);
  g_assert_cmpstr (run.events->str, ==, "S0 R0 D0 S1 R1 D1 S2 R2 D2 S3 R3 D3");
  g_assert_cmpuint (run.n_started, ==, 4);
  g_assert_cmpuint (run.n_done, ==, 4);
  g_assert_cmpuint (run.results->len, ==, 4);

  r = result_at (run.results, 0);
  g_assert_true (r->applied);
  g_assert_no_error (r->error);
  g_assert_cmpuint (r->totals.created, ==, 1);

  /* Refused whole: its three good cases are not in, nor the bad one, and
   * the database is as the first file left it. */
  r = result_at (run.results, 1);
  g_assert_false (r->applied);
  g_assert_false (r->cancelled);
  g_assert_error (r->error, TG_EXCHANGE_ERROR, TG_EXCHANGE_ERROR_REFUSED);
  g_assert_cmpuint (r->totals.created, ==, 0);
  g_assert_cmpuint (r->cases->len, ==, 0);
  g_assert_cmpuint (tg_exchange_report_get_n_errors (r->report), >, 0);
  messages = tg_exchange_file_result_dup_messages (r);
  g_assert_nonnull (strstr (messages, "rule-bundle-last-case.xml:"));
  g_assert_cmpstr (run.digest[0], ==, run.digest[1]);

  r = result_at (run.results, 2);
  g_assert_true (r->applied);
  g_assert_cmpuint (r->totals.created, ==, 3);
  g_assert_cmpuint (r->cases->len, ==, 3);
  g_assert_cmpstr (g_array_index (r->cases, TgExchangeCaseOutcome, 0).number, ==, "08-2026-00043");
  g_assert_cmpstr (g_array_index (r->cases, TgExchangeCaseOutcome, 2).number, ==, "15-2026-00009");
  g_assert_cmpint (g_array_index (r->cases, TgExchangeCaseOutcome, 2).result, ==, TG_EXCHANGE_CREATED);
  g_assert_cmpstr (run.digest[1], !=, run.digest[2]);
  g_assert_true (result_at (run.results, 3)->applied);

  tg_exchange_files_count (run.results, &applied, &refused, &cancelled, &totals);
  g_assert_cmpuint (applied, ==, 3);
  g_assert_cmpuint (refused, ==, 1);
  g_assert_cmpuint (cancelled, ==, 0);
  g_assert_cmpuint (totals.created, ==, 5);
  g_assert_cmpuint (count_cases (store), ==, 5);
  g_assert_false (has_case (store, "08-2026-00044"));
  g_assert_true (has_case (store, "08-2026-00043"));

  /* The same files again: the good ones unchanged, the bad one refused again. */
  run_clear (&run);
  run_init (&run, tg_store_get_path (store));
  run_import (&run, paths, NULL);
  tg_exchange_files_count (run.results, &applied, &refused, NULL, &totals);
  g_assert_cmpuint (applied, ==, 3);
  g_assert_cmpuint (refused, ==, 1);
  g_assert_cmpuint (totals.unchanged, ==, 5);
  g_assert_cmpuint (totals.created, ==, 0);
  /* Without keep_cases, no outcome is kept. */
  g_assert_cmpuint (result_at (run.results, 2)->cases->len, ==, 0);
  run_clear (&run);
  tg_store_close (store);
  tg_test_remove_dir (dir);
}

/* Cancelled on seeing the first file done: the second and third are not
 * imported, and their results say they were cancelled. */
static void
test_cancel_between (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autofree char *example = data_path ("good-example.xml");
  g_autofree char *bundle = data_path ("good-bundle.xml");
  g_autofree char *full = data_path ("good-full.xml");
  const char *paths[] = { example, bundle, full, NULL };
  g_autofree char *messages = NULL;
  guint applied, refused, cancelled;
  Run run;

  run_init (&run, tg_store_get_path (store));
  run.cancel_after = 0;
  run_import (&run, paths, NULL);
  g_assert_no_error (run.error);
  g_assert_cmpstr (run.events->str, ==, "S0 R0 D0");
  g_assert_cmpuint (run.results->len, ==, 3);
  g_assert_true (result_at (run.results, 0)->applied);
  for (guint i = 1; i < 3; i++)
    {
      TgExchangeFileResult *r = result_at (run.results, i);

      g_assert_false (r->applied);
      g_assert_true (r->cancelled);
      g_assert_error (r->error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_assert_cmpstr (r->path, ==, paths[i]);
    }
  messages = tg_exchange_file_result_dup_messages (result_at (run.results, 1));
  g_assert_nonnull (messages);
  tg_exchange_files_count (run.results, &applied, &refused, &cancelled, NULL);
  g_assert_cmpuint (applied, ==, 1);
  g_assert_cmpuint (refused, ==, 0);
  g_assert_cmpuint (cancelled, ==, 2);
  g_assert_cmpuint (count_cases (store), ==, 1);
  g_assert_true (has_case (store, "08-2026-00042"));
  g_assert_false (has_case (store, "08-2026-00043"));
  run_clear (&run);
  tg_store_close (store);
  tg_test_remove_dir (dir);
}

static void
no_database_done_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  Run *run = user_data;

  run->results = tg_exchange_import_files_finish (result, &run->error);
  g_main_loop_quit (run->loop);
}

/* A database that cannot be opened is the one error of the whole. */
static void
test_no_database (void)
{
  g_autofree char *example = data_path ("good-example.xml");
  const char *paths[] = { example, NULL };
  g_autofree char *dir = g_dir_make_tmp ("tergeu-test-XXXXXX", NULL);
  g_autofree char *file = g_build_filename (dir, "a-file", NULL);
  g_autofree char *db = g_build_filename (file, "cases.db", NULL);
  Run run;

  /* Under a file, not a directory: nothing can create it. */
  g_assert_true (g_file_set_contents (file, "", 0, NULL));
  run_init (&run, db);
  tg_exchange_import_files_async (run.db, paths, NULL, NULL, progress_cb, &run, progress_destroy,
                                  no_database_done_cb, &run);
  g_main_loop_run (run.loop);
  g_assert_null (run.results);
  g_assert_nonnull (run.error);
  g_assert_cmpuint (run.n_started, ==, 0);
  g_assert_cmpuint (run.n_destroyed, ==, 1);
  run_clear (&run);
  g_unlink (file);
  g_rmdir (dir);
}

/* ---- the synchronous loop (the command line's) -------------------------- */

typedef struct
{
  GPtrArray    *numbers;
  GCancellable *cancellable;
  guint         cancel_in;    /* cancel while reading this file */
  guint         n_done;
} Sync;

static void
sync_case_cb (const char       *number,
              TgExchangeResult  result,
              gpointer          user_data)
{
  Sync *sync = user_data;

  g_ptr_array_add (sync->numbers, g_strdup (number));
}

static void
sync_progress_cb (const TgExchangeFilesProgress *p,
                  gpointer                       user_data)
{
  Sync *sync = user_data;

  if (p->stage == TG_EXCHANGE_FILE_READING && p->index == sync->cancel_in)
    g_cancellable_cancel (sync->cancellable);
  if (p->stage == TG_EXCHANGE_FILE_DONE)
    sync->n_done++;
}

static void
test_sync (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autofree char *example = data_path ("good-example.xml");
  g_autofree char *bundle = data_path ("good-bundle.xml");
  g_autofree char *full = data_path ("good-full.xml");
  const char *paths[] = { example, bundle, full, NULL };
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  TgExchangeFilesOptions options = TG_EXCHANGE_FILES_OPTIONS_INIT;
  g_autoptr(GPtrArray) results = NULL;
  Sync sync = { g_ptr_array_new_with_free_func (g_free), cancellable, 1, 0 };

  /* The command line's way: every case told, only two kept. */
  options.keep_cases = 2;
  options.case_func = sync_case_cb;
  options.case_data = &sync;
  results = tg_exchange_import_files (store, paths, &options, NULL, NULL, NULL);
  g_assert_cmpuint (results->len, ==, 3);
  g_assert_cmpuint (sync.numbers->len, ==, 5);
  g_assert_cmpstr (g_ptr_array_index (sync.numbers, 1), ==, "08-2026-00043");
  g_assert_cmpuint (result_at (results, 1)->cases->len, ==, 2);
  g_assert_cmpuint (result_at (results, 1)->totals.created, ==, 3);
  g_clear_pointer (&results, g_ptr_array_unref);

  /* Cancelled while the second file is read: the second is rolled back
   * (nothing of it applied), the third not begun, the first applied. */
  tg_store_close (store);
  g_clear_object (&store);
  tg_test_remove_dir (dir);
  g_free (dir);
  store = tg_test_open_store (&dir);
  results = tg_exchange_import_files (store, paths, NULL, cancellable, sync_progress_cb, &sync);
  g_assert_cmpuint (results->len, ==, 3);
  g_assert_true (result_at (results, 0)->applied);
  g_assert_true (result_at (results, 1)->cancelled);
  g_assert_false (result_at (results, 1)->applied);
  g_assert_cmpuint (result_at (results, 1)->totals.created, ==, 0);
  g_assert_true (result_at (results, 2)->cancelled);
  g_assert_cmpuint (sync.n_done, ==, 2);
  g_assert_cmpuint (count_cases (store), ==, 1);
  g_assert_false (has_case (store, "08-2026-00043"));
  g_ptr_array_unref (sync.numbers);
  tg_store_close (store);
  tg_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/exchange-import-files/several", test_several);
  g_test_add_func ("/exchange-import-files/cancel-between", test_cancel_between);
  g_test_add_func ("/exchange-import-files/no-database", test_no_database);
  g_test_add_func ("/exchange-import-files/sync", test_sync);
  return g_test_run ();
}
