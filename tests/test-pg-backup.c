/* test-pg-backup.c — an office server's backup is the server's own
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Issue 17: `tergeu-cli backup` on a server says where backups are made,
 * and, given a file, runs pg_dump; `restore` leaves the server alone and
 * says how pg_restore is used. Against a throw-away cluster.
 */
#define G_LOG_DOMAIN "test-pg-backup"

#include "config.h"

#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "tg-pg-server.h"
#include "tg-test-pg.h"

#define DB "backup"

static int
run_cli (char       **out,
         char       **err,
         const char  *first,
         ...) G_GNUC_NULL_TERMINATED;

static int
run_cli (char       **out,
         char       **err,
         const char  *first,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *arg = first;
  va_list ap;
  int status = -1;

  g_ptr_array_add (argv, (gpointer) g_getenv ("TERGEU_CLI"));
  va_start (ap, first);
  for (; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (argv, NULL);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, err, &status, &error);
  g_assert_no_error (error);
  g_test_message ("tergeu-cli %s: %s%s", first, *out, *err);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

/* Without a file: told where the server's backups are made; nothing
 * written. With one: a pg_dump archive only its owner can read, which
 * pg_restore lists with the cases' table. */
static void
test_backup (void)
{
  g_autofree char *conninfo = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *file = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  GStatBuf st;

  if (!tg_test_pg_have ())
    return;
  conninfo = tg_test_pg_conninfo (DB, "postgres");
  dir = g_dir_make_tmp ("tergeu-pg-backup-XXXXXX", &error);
  g_assert_no_error (error);
  file = g_build_filename (dir, "office.dump", NULL);

  g_assert_cmpint (run_cli (&out, &err, "backup", "--db", conninfo, NULL), ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_assert_nonnull (strstr (err, "pg_dump"));
  g_assert_nonnull (strstr (err, "--output"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (&out, &err, "backup", "--db", conninfo, "--output", file, NULL), ==, 0);
  g_assert_true (g_str_has_prefix (out, file));
  g_assert_cmpint (g_stat (file, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (file, &contents, &length, &error));
  g_assert_cmpuint (length, >, 5);
  g_assert_cmpmem (contents, 5, "PGDMP", 5);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  {
    const char *argv[] = { "pg_restore", "--list", file, NULL };
    int status = -1;

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                                 &out, &err, &status, &error));
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
    g_assert_nonnull (strstr (out, "TABLE public cases "));
    g_assert_nonnull (strstr (out, "TABLE public history "));
  }
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* A server that is not there: refused, and nothing left behind. */
  {
    g_autofree char *missing = tg_test_pg_conninfo ("no_such_database", "postgres");
    g_autofree char *other = g_build_filename (dir, "missing.dump", NULL);

    g_assert_cmpint (run_cli (&out, &err, "backup", "--db", missing, "--output", other, NULL), ==, 1);
    g_assert_nonnull (strstr (err, "no_such_database"));
    g_assert_false (g_file_test (other, G_FILE_TEST_EXISTS));
    g_assert_false (g_file_test (file, G_FILE_TEST_IS_DIR));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }

  /* A password on the command line is refused before anything runs. */
  {
    g_autofree char *with_password = g_strconcat (conninfo, " password=s3cret", NULL);

    g_assert_cmpint (run_cli (&out, &err, "backup", "--db", with_password, "--output", file, NULL), ==, 1);
    g_assert_nonnull (strstr (err, ".pgpass"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }

  g_unlink (file);
  g_rmdir (dir);
}

/* Restore leaves the server alone and says how it is done there. */
static void
test_restore_refused (void)
{
  g_autofree char *conninfo = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  if (!tg_test_pg_have ())
    return;
  conninfo = tg_test_pg_conninfo (DB, "postgres");
  g_assert_cmpint (run_cli (&out, &err, "restore", "--db", conninfo, "/nonexistent.dump", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "pg_restore"));
  g_assert_cmpstr (out, ==, "");
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  if (tg_test_pg_program_start ())
    {
      g_autofree char *conninfo = NULL;
      g_autoptr(GError) error = NULL;

      tg_test_pg_create_db (DB);
      conninfo = tg_test_pg_conninfo (DB, "postgres");
      if (!tg_pg_server_init (conninfo, NULL, NULL, &error))
        {
          g_print ("Bail out! server init: %s\n", error->message);
          return 1;
        }
    }

  g_test_add_func ("/pg-backup/backup", test_backup);
  g_test_add_func ("/pg-backup/restore-refused", test_restore_refused);

  status = g_test_run ();
  tg_test_pg_program_end ();
  return status;
}
