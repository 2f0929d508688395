/* test-concurrency.c — several processes writing one database at once
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writers wait for each other (BEGIN IMMEDIATE and a busy timeout) rather
 * than fail with "database is locked", and no change is lost.
 */
#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include "tg-history-entry.h"
#include "tg-investigation.h"
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

#define N_APPOINTERS 8

static int
compare_int64 (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

/* Eight processes appoint eight commissions at once, and each of them
 * also tries to appoint a case another has appointed: every order number
 * of the year is given once, with no gap, and every refusal says why. */
static void
test_order_numbers_at_once (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autofree char *db = g_strdup (tg_store_get_path (store));
  g_autoptr(GPtrArray) numbers = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) orders = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  GPid pids[2 * N_APPOINTERS];
  int errs[2 * N_APPOINTERS];
  guint refused = 0;

  for (guint i = 0; i < N_APPOINTERS; i++)
    {
      g_autoptr(TgCase) draft = tg_test_make_case (0, 1, 4);
      g_autoptr(TgCase) kase = tg_test_register (store, draft);

      tg_test_apply (store, &kase, "route", NULL);
      g_assert_cmpint (tg_case_get_state (kase), ==, TG_STATE_COMMISSION_PENDING);
      tg_test_form_commission (store, &kase, 2);
      g_ptr_array_add (numbers, g_strdup (tg_case_get_number (kase)));
    }
  /* Process i appoints case i, and process N + i case i again. */
  for (guint i = 0; i < 2 * N_APPOINTERS; i++)
    {
      const char *argv[] = { g_getenv ("TERGEU_CLI"), "appoint", numbers->pdata[i % N_APPOINTERS],
                             "--db", db, NULL };

      g_spawn_async_with_pipes (NULL, (char **) argv, NULL,
                                G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL,
                                NULL, NULL, &pids[i], NULL, NULL, &errs[i], &error);
      g_assert_no_error (error);
    }
  for (guint i = 0; i < 2 * N_APPOINTERS; i++)
    {
      g_autoptr(GIOChannel) channel = g_io_channel_unix_new (errs[i]);
      g_autofree char *err = NULL;
      int status = 0;

      g_io_channel_set_close_on_unref (channel, TRUE);
      g_io_channel_read_to_end (channel, &err, NULL, NULL);
      g_assert_cmpint (waitpid (pids[i], &status, 0), ==, pids[i]);
      g_assert_true (WIFEXITED (status));
      g_spawn_close_pid (pids[i]);
      if (WEXITSTATUS (status) == 0)
        continue;
      /* The second of two on one case: refused, saying so. */
      g_assert_cmpint (WEXITSTATUS (status), ==, 1);
      g_assert_nonnull (strstr (err, numbers->pdata[i % N_APPOINTERS]));
      refused++;
    }
  g_assert_cmpuint (refused, ==, N_APPOINTERS);

  for (guint i = 0; i < N_APPOINTERS; i++)
    {
      g_autoptr(TgCase) kase = tg_store_load_case (store, numbers->pdata[i], &error);
      TgCommission *com;
      gint64 order;

      g_assert_no_error (error);
      g_assert_cmpint (tg_case_get_state (kase), ==, TG_STATE_COMMITTEE_INVESTIGATION);
      com = tg_investigation_get_commission (tg_case_get_investigation (kase));
      order = g_ascii_strtoll (tg_commission_get_order_number (com), NULL, 10);
      g_array_append_val (orders, order);
    }
  g_array_sort (orders, compare_int64);
  for (guint i = 0; i < N_APPOINTERS; i++)
    g_assert_cmpint (g_array_index (orders, gint64, i), ==, i + 1);
  g_assert_true (tg_store_verify (store, problems, &error));
  g_assert_cmpuint (problems->len, ==, 0);
  tg_test_remove_dir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/concurrency/parallel-writers", test_parallel_writers);
  g_test_add_func ("/concurrency/order-numbers-at-once", test_order_numbers_at_once);
  return g_test_run ();
}
