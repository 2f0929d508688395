/* test-crash.c — SIGKILL during writes: all of a transaction or nothing
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <signal.h>
#include <sys/wait.h>
#include <glib/gstdio.h>

#include "tg-store.h"
#include "tg-test-util.h"

#define BATCH 50
#define ROUNDS 12

static void
test_kill_at_many_points (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autofree char *db = g_strdup (tg_store_get_path (store));
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261126);
  g_autofree char *writer = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "crash-writer", NULL);

  g_clear_object (&store);
  for (guint round = 0; round < ROUNDS; round++)
    {
      const char *argv[] = { writer, db, NULL };
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
      TgCaseQuery q = TG_CASE_QUERY_INIT;
      guint count = 0;
      int status;
      GPid pid;

      g_spawn_async (NULL, (char **) argv, NULL,
                     G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, &pid, &error);
      g_assert_no_error (error);
      g_usleep (g_rand_int_range (rand, 20, 400) * 1000);
      kill (pid, SIGKILL);
      waitpid (pid, &status, 0);
      g_spawn_close_pid (pid);
      g_assert_true (WIFSIGNALED (status));

      store = tg_store_open (db, &error);
      g_assert_no_error (error);
      g_assert_true (tg_store_verify (store, problems, &error));
      g_assert_no_error (error);
      g_assert_true (tg_store_count_cases (store, &q, &count, &error));
      g_test_message ("round %u: %u cases", round, count);
      g_assert_cmpuint (count % BATCH, ==, 0);
      g_clear_object (&store);
    }
  tg_test_remove_dir (dir);
}

static int
cli (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  int status = -1;

  g_spawn_sync (NULL, (char **) argv, NULL,
                G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

/* An import killed anywhere leaves all of its file or none of it. */
static void
test_kill_import (void)
{
  g_autofree char *dir = g_dir_make_tmp ("tergeu-crash-XXXXXX", NULL);
  g_autofree char *source = g_build_filename (dir, "source.db", NULL);
  g_autofree char *bundle = g_build_filename (dir, "bundle.xml", NULL);
  g_autofree char *db = tg_test_db_location (dir, "target.db");
  g_autoptr(GRand) rand = g_rand_new_with_seed (4512);
  const char *cli_path = g_getenv ("TERGEU_CLI");
  const char *demo[] = { cli_path, "demo", "--cases", "1500", "--db", source, NULL };
  const char *export[] = { cli_path, "export", "--all", "--db", source, "-o", bundle, NULL };
  guint complete = 0, empty = 0;

  g_assert_cmpint (cli (demo), ==, 0);
  g_assert_cmpint (cli (export), ==, 0);
  for (guint round = 0; round < 8; round++)
    {
      const char *argv[] = { cli_path, "import", "--db", db, bundle, NULL };
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(TgStore) store = NULL;
      TgCaseQuery q = TG_CASE_QUERY_INIT;
      guint count = 0;
      int status;
      GPid pid;

      g_spawn_async (NULL, (char **) argv, NULL,
                     G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, &pid, &error);
      g_assert_no_error (error);
      g_usleep (g_rand_int_range (rand, 50, 1500) * 1000);
      kill (pid, SIGKILL);
      waitpid (pid, &status, 0);
      g_spawn_close_pid (pid);

      store = tg_store_open (db, &error);
      g_assert_no_error (error);
      g_assert_true (tg_store_verify (store, problems, &error));
      g_assert_true (tg_store_count_cases (store, &q, &count, &error));
      g_test_message ("round %u: killed %s, %u cases", round,
                      WIFSIGNALED (status) ? "while running" : "after it ended", count);
      g_assert_true (count == 0 || count == 1500);
      complete += count == 1500;
      empty += count == 0;
      g_clear_object (&store);
      if (count == 1500 && tg_test_on_server ())
        {
          /* Start again from an empty database. */
          g_free (db);
          db = tg_test_server_location ();
        }
      else if (count == 1500)
        {
          g_autofree char *wal = g_strconcat (db, "-wal", NULL);
          g_unlink (db);
          g_unlink (wal);
        }
    }
  g_test_message ("%u complete, %u empty", complete, empty);
  g_assert_cmpuint (empty, >, 0);
  tg_test_remove_dir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/crash/kill-at-many-points", test_kill_at_many_points);
  g_test_add_func ("/crash/kill-import", test_kill_import);
  return g_test_run ();
}
