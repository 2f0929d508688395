/* test-concurrency.c — several processes writing one database at once
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writers wait for each other (BEGIN IMMEDIATE and a busy timeout) rather
 * than fail with "database is locked", and no change is lost.
 */
#include "config.h"

#include <sys/wait.h>

#include "tg-history-entry.h"
#include "tg-store.h"
#include "tg-test-util.h"

#define N_PROCESSES 12
#define N_EDITS 40

static void
test_parallel_writers (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autofree char *db = g_strdup (tg_store_get_path (store));
  g_autoptr(TgCase) draft = tg_test_make_case (1, 0, 0);
  g_autoptr(TgCase) mine = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  GPid pids[N_PROCESSES];
  TgCaseQuery q = TG_CASE_QUERY_INIT;
  guint routed = 0;

  for (guint i = 0; i < N_PROCESSES; i++)
    {
      g_autoptr(TgCase) kase = tg_test_make_case (0, 1, 0);
      g_object_unref (tg_test_register (store, kase));
    }
  mine = tg_test_register (store, draft);

  for (guint i = 0; i < N_PROCESSES; i++)
    {
      g_autofree char *number = g_strdup_printf ("08-2026-%05u", i + 1);
      const char *argv[] = { g_getenv ("TERGEU_CLI"), "transition", "--db", db, number, "route", NULL };

      g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL,
                     NULL, NULL, &pids[i], &error);
      g_assert_no_error (error);
    }
  /* Meanwhile this process edits another case again and again, each
   * time at the revision it last saw. */
  for (guint i = 0; i < N_EDITS; i++)
    {
      g_autofree char *place = g_strdup_printf ("Цех № %u", i);
      tg_test_apply (store, &mine, "edit-particulars", tg_test_params ("place", TG_TEST_STR (place), NULL));
    }
  for (guint i = 0; i < N_PROCESSES; i++)
    {
      int status = 0;
      g_assert_cmpint (waitpid (pids[i], &status, 0), ==, pids[i]);
      g_assert_true (WIFEXITED (status));
      g_assert_cmpint (WEXITSTATUS (status), ==, 0);
      g_spawn_close_pid (pids[i]);
    }

  q.state = TG_STATE_LOCAL_INVESTIGATION;
  g_assert_true (tg_store_count_cases (store, &q, &routed, &error));
  g_assert_cmpuint (routed, ==, N_PROCESSES + 0);
  g_clear_object (&mine);
  mine = tg_store_load_case (store, "08-2026-00013", &error);
  g_assert_no_error (error);
  g_assert_cmpint (tg_case_get_revision (mine), ==, 1 + N_EDITS);
  /* registered + one "edit-particulars" entry per command */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tg_case_get_history (mine))), ==, 1 + N_EDITS);
  g_assert_true (tg_store_verify (store, problems, &error));
  tg_test_remove_dir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/concurrency/parallel-writers", test_parallel_writers);
  return g_test_run ();
}
