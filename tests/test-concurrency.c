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

/* What a child wrote to @fd until it ended, and how it ended (exited,
 * its status in *@status). */
static char *
wait_output (GPid  pid,
             int   fd,
             int  *status)
{
  g_autoptr(GIOChannel) channel = g_io_channel_unix_new (fd);
  char *out = NULL;
  int wait_status = 0;

  g_io_channel_set_close_on_unref (channel, TRUE);
  g_io_channel_read_to_end (channel, &out, NULL, NULL);
  g_assert_cmpint (waitpid (pid, &wait_status, 0), ==, pid);
  g_spawn_close_pid (pid);
  g_assert_true (WIFEXITED (wait_status));
  *status = WEXITSTATUS (wait_status);
  return out;
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
      int status = 0;
      g_autofree char *err = wait_output (pids[i], errs[i], &status);

      if (status == 0)
        continue;
      /* The second of two on one case: refused, saying so. */
      g_assert_cmpint (status, ==, 1);
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

#define N_DESKS 8
#define N_COMMANDS 50
#define N_SHARED 6

typedef struct
{
  char    *number;
  gint64   revision;   /* after the set-up */
  GArray  *accepted;   /* gint64 revisions the desks' commands gave */
} Shared;

static Shared *
find_shared (Shared     *cases,
             const char *number)
{
  for (guint i = 0; i < N_SHARED; i++)
    if (g_str_equal (cases[i].number, number))
      return &cases[i];
  g_assert_not_reached ();
}

/* Reads one desk's report (desk-worker.c) and checks each line. */
static void
tally_desk (const char *out,
            Shared     *cases,
            GHashTable *actions,
            guint      *n_accepted,
            guint      *n_stale,
            guint      *n_state)
{
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  guint n = 0;

  for (guint l = 0; lines[l] != NULL && lines[l][0] != '\0'; l++, n++)
    {
      g_auto(GStrv) f = g_strsplit (lines[l], " ", 4);
      Shared *c;

      g_assert_cmpuint (g_strv_length (f), ==, 4);
      c = find_shared (cases, f[1]);
      if (g_str_equal (f[0], "accepted"))
        {
          gint64 rev = g_ascii_strtoll (f[2], NULL, 10);
          g_autofree char *key = g_strdup_printf ("%s@%" G_GINT64_FORMAT, f[1], rev);

          /* No two desks' commands both took one revision of a case. */
          g_assert_false (g_hash_table_contains (actions, key));
          g_hash_table_insert (actions, g_steal_pointer (&key), g_strdup (f[3]));
          g_array_append_val (c->accepted, rev);
          (*n_accepted)++;
          continue;
        }
      g_assert_cmpstr (f[0], ==, "refused");
      /* Refused because another desk changed the case meanwhile, naming
       * the case and who changed it; or an appointment of a commission
       * another desk has appointed already. */
      if (g_ascii_strtoll (f[2], NULL, 10) == TG_COMMAND_ERROR_STALE)
        {
          g_assert_nonnull (strstr (f[3], f[1]));
          g_assert_nonnull (strstr (f[3], "changed by"));
          (*n_stale)++;
        }
      else
        {
          g_assert_cmpint (g_ascii_strtoll (f[2], NULL, 10), ==, TG_COMMAND_ERROR_STATE);
          (*n_state)++;
        }
    }
  g_assert_cmpuint (n, ==, N_COMMANDS);
}

/* Eight desks run fifty commands each on six cases they share — editing,
 * adding victims, requests, disputes, appointments — each at the revision
 * it saw a moment before. Every accepted command is in the case's history
 * at the revision it was given; every refused one was reported, saying
 * why; no update is lost; the chains verify; the order numbers the
 * appointments took are 1…6. */
static void
test_desks_on_shared_cases (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autofree char *db = g_strdup (tg_store_get_path (store));
  g_autofree char *worker = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "desk-worker", NULL);
  g_autoptr(GHashTable) actions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) orders = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  Shared cases[N_SHARED];
  GPid pids[N_DESKS];
  int outs[N_DESKS];
  guint n_accepted = 0, n_stale = 0, n_state = 0;

  for (guint i = 0; i < N_SHARED; i++)
    {
      g_autoptr(TgCase) draft = tg_test_make_case (0, 1, 4);
      g_autoptr(TgCase) kase = tg_test_register (store, draft);

      tg_test_apply (store, &kase, "route", NULL);
      tg_test_form_commission (store, &kase, 2);
      cases[i].number = g_strdup (tg_case_get_number (kase));
      cases[i].revision = tg_case_get_revision (kase);
      cases[i].accepted = g_array_new (FALSE, FALSE, sizeof (gint64));
    }
  for (guint d = 0; d < N_DESKS; d++)
    {
      g_autofree char *desk = g_strdup_printf ("%u", d);
      g_autofree char *n = g_strdup_printf ("%u", N_COMMANDS);
      const char *argv[5 + N_SHARED] = { worker, db, desk, n };

      for (guint i = 0; i < N_SHARED; i++)
        argv[4 + i] = cases[i].number;
      g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                NULL, NULL, &pids[d], NULL, &outs[d], NULL, &error);
      g_assert_no_error (error);
    }
  for (guint d = 0; d < N_DESKS; d++)
    {
      int status = 0;
      g_autofree char *out = wait_output (pids[d], outs[d], &status);

      g_assert_cmpint (status, ==, 0);
      tally_desk (out, cases, actions, &n_accepted, &n_stale, &n_state);
    }
  g_test_message ("%u commands accepted, %u refused as stale, %u appointments refused as made",
                  n_accepted, n_stale, n_state);
  g_assert_cmpuint (n_accepted + n_stale + n_state, ==, N_DESKS * N_COMMANDS);

  for (guint i = 0; i < N_SHARED; i++)
    {
      g_autoptr(TgCase) kase = tg_store_load_case (store, cases[i].number, &error);
      GListModel *history;
      TgCommission *com;

      g_assert_no_error (error);
      history = G_LIST_MODEL (tg_case_get_history (kase));
      /* Nothing lost, nothing extra: the revisions after the set-up are
       * exactly the accepted commands', each recorded under its name. */
      g_assert_cmpint (tg_case_get_revision (kase), ==, cases[i].revision + cases[i].accepted->len);
      g_assert_cmpuint (g_list_model_get_n_items (history), ==, tg_case_get_revision (kase));
      for (gint64 rev = cases[i].revision + 1; rev <= tg_case_get_revision (kase); rev++)
        {
          g_autofree char *key = g_strdup_printf ("%s@%" G_GINT64_FORMAT, cases[i].number, rev);
          g_autoptr(TgHistoryEntry) h = g_list_model_get_item (history, rev - 1);

          g_assert_cmpstr (tg_history_entry_get_action (h), ==, g_hash_table_lookup (actions, key));
        }
      g_assert_cmpint (tg_case_get_state (kase), ==, TG_STATE_COMMITTEE_INVESTIGATION);
      com = tg_investigation_get_commission (tg_case_get_investigation (kase));
      g_array_append_vals (orders, &(gint64) { g_ascii_strtoll (tg_commission_get_order_number (com), NULL, 10) }, 1);
      g_array_unref (cases[i].accepted);
      g_free (cases[i].number);
    }
  g_array_sort (orders, compare_int64);
  for (guint i = 0; i < N_SHARED; i++)
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
  g_test_add_func ("/concurrency/desks-on-shared-cases", test_desks_on_shared_cases);
  return g_test_run ();
}
