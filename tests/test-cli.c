/* test-cli.c — the command line's contract: output format and exit codes
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sqlite3.h>

#include "tg-store.h"
#include "tg-test-util.h"

typedef struct
{
  char *dir;
  char *db;
} Fixture;

/* Runs tergeu-cli with @args (NULL-terminated, --db added after the
 * command); returns the exit status, and stdout/stderr. */
static int
run_cli (Fixture     *f,
         char       **out,
         char       **err,
         const char  *command,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list ap;
  int status = -1;

  g_ptr_array_add (argv, (gpointer) g_getenv ("TERGEU_CLI"));
  g_ptr_array_add (argv, (gpointer) command);
  g_ptr_array_add (argv, "--db");
  g_ptr_array_add (argv, f->db);
  va_start (ap, command);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                out, err, &status, &error);
  g_assert_no_error (error);
  if (err != NULL && *err != NULL && **err)
    g_test_message ("stderr: %s", *err);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static void
fixture_setup (Fixture *f, gconstpointer data)
{
  g_autoptr(TgStore) store = tg_test_open_store (&f->dir);
  g_autoptr(GError) error = NULL;

  f->db = g_strdup (tg_store_get_path (store));
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(TgCase) kase = tg_test_make_case (1, i, 0);
      g_assert_true (tg_store_create_case (store, kase, &error));
      g_assert_no_error (error);
    }
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  tg_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->db);
}

static void
test_list_format (Fixture *f, gconstpointer data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_cmpint (run_cli (f, &out, &err, "list", NULL), ==, 0);
  lines = g_strsplit (out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);   /* three and the empty tail */
  g_assert_cmpstr (lines[0], ==, "08-2026-00001\tregistered\tТОО «Сарыарка Көмір»\t08\t1\t0\t");
  g_assert_cmpstr (lines[2], ==, "08-2026-00003\tregistered\tТОО «Сарыарка Көмір»\t08\t3\t0\t");
  g_assert_cmpstr (lines[3], ==, "");
}

static void
test_transition_and_filters (Fixture *f, gconstpointer data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_cli (f, NULL, NULL, "transition", "08-2026-00002", "route", NULL), ==, 0);
  g_assert_cmpint (run_cli (f, &out, NULL, "list", "--state", "local-investigation", NULL), ==, 0);
  g_assert_true (g_str_has_prefix (out, "08-2026-00002\tlocal-investigation\t"));
  g_assert_cmpuint (strlen (out), >, 0);
  g_clear_pointer (&out, g_free);

  /* Refused: nothing changed, exit 1, a reason on stderr. */
  g_assert_cmpint (run_cli (f, &out, &err, "transition", "08-2026-00002", "close", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "not possible"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (f, NULL, &err, "transition", "08-2026-00002", "fly", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "unknown action"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (f, NULL, &err, "show", "99-2026-00001", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "99-2026-00001"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (f, NULL, NULL, "list", "--state", "nonsense", NULL), ==, 2);
  g_assert_cmpint (run_cli (f, NULL, NULL, "list", "--bogus", NULL), ==, 2);

  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run_cli (f, &out, NULL, "list", "--search", "08-2026-00003", NULL), ==, 0);
  g_assert_true (g_str_has_prefix (out, "08-2026-00003\t"));
  g_assert_cmpstr (strchr (out, '\n'), ==, "\n");   /* that case only */

  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run_cli (f, &out, NULL, "show", "08-2026-00002", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "route"));
  g_assert_nonnull (strstr (out, "ТОО «Сарыарка Көмір»"));
}

static void
test_verify_detects_edit (Fixture *f, gconstpointer data)
{
  g_autofree char *err = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (run_cli (f, NULL, NULL, "verify", NULL), ==, 0);
  g_assert_cmpint (sqlite3_open (f->db, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "DROP TRIGGER history_no_update;"
                                     "UPDATE history SET actor = 'someone' WHERE seq = 2", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_cmpint (run_cli (f, NULL, &err, "verify", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "08-2026-00002"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("TERGEU_TODAY", "2026-11-19", TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_test_add ("/cli/list-format", Fixture, NULL, fixture_setup, test_list_format, fixture_teardown);
  g_test_add ("/cli/transition-and-filters", Fixture, NULL, fixture_setup, test_transition_and_filters, fixture_teardown);
  g_test_add ("/cli/verify-detects-edit", Fixture, NULL, fixture_setup, test_verify_detects_edit, fixture_teardown);
  return g_test_run ();
}
