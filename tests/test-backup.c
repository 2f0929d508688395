/* test-backup.c — backups while in use, verified restore, rotation
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>

#include "tg-store-backup.h"
#include "tg-store.h"
#include "tg-test-util.h"

static guint
count_cases (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TgStore) store = tg_store_open (path, &error);
  TgCaseQuery q = TG_CASE_QUERY_INIT;
  guint n = 0;

  g_assert_no_error (error);
  g_assert_true (tg_store_count_cases (store, &q, &n, &error));
  return n;
}

static void
add_cases (TgStore *store, guint n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TgCase) draft = tg_test_make_case (1, 0, 0);
      g_object_unref (tg_test_register (store, draft));
    }
}

static void
test_backup_and_restore (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autofree char *db = g_strdup (tg_store_get_path (store));
  g_autofree char *backup = g_build_filename (dir, "copy.db", NULL);
  g_autofree char *kept = NULL;
  g_autoptr(GError) error = NULL;
  struct stat st;

  add_cases (store, 3);
  /* Consistent while the database is open and in use. */
  g_assert_true (tg_backup_create (db, backup, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (backup, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  add_cases (store, 2);
  g_clear_object (&store);
  g_assert_cmpuint (count_cases (db), ==, 5);

  g_assert_true (tg_backup_restore (db, backup, &kept, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_cases (db), ==, 3);
  g_assert_cmpuint (count_cases (kept), ==, 5);
  g_assert_cmpint (g_stat (db, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_unlink (kept);
  tg_test_remove_dir (dir);
}

static void
test_bad_backup_refused (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autofree char *db = g_strdup (tg_store_get_path (store));
  g_autofree char *bad = g_build_filename (dir, "bad.db", NULL);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;

  add_cases (store, 2);
  g_clear_object (&store);
  before = tg_test_read_file (db);
  g_assert_true (g_file_set_contents (bad, "SQLite format 3\0 but then garbage", 34, NULL));
  g_assert_false (tg_backup_restore (db, bad, NULL, &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  after = tg_test_read_file (db);
  g_assert_true (g_bytes_equal (before, after));
  tg_test_remove_dir (dir);
}

static void
test_rotation (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autofree char *db = g_strdup (tg_store_get_path (store));
  g_autofree char *backups = tg_backup_dir (db);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;

  add_cases (store, 1);
  g_assert_true (tg_backup_daily (db, 3, &error));
  g_assert_no_error (error);
  list = tg_backup_list (db);
  g_assert_cmpuint (list->len, ==, 1);
  /* Once a day only. */
  g_assert_true (tg_backup_daily (db, 3, &error));
  g_clear_pointer (&list, g_ptr_array_unref);
  list = tg_backup_list (db);
  g_assert_cmpuint (list->len, ==, 1);

  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *reason = g_strdup_printf ("manual%u", i);
      g_autofree char *made = tg_backup_rotate (db, reason, 3, &error);
      g_assert_no_error (error);
      g_assert_nonnull (made);
    }
  g_clear_pointer (&list, g_ptr_array_unref);
  list = tg_backup_list (db);
  g_assert_cmpuint (list->len, ==, 3);
  for (guint i = 0; i < list->len; i++)
    g_unlink (g_ptr_array_index (list, i));
  g_rmdir (backups);
  tg_test_remove_dir (dir);
}

static void
test_corrupt_names_latest_backup (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autofree char *db = g_strdup (tg_store_get_path (store));
  g_autofree char *made = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *backups = tg_backup_dir (db);
  g_autoptr(TgStore) again = NULL;

  add_cases (store, 1);
  made = tg_backup_rotate (db, "manual", 3, &error);
  g_clear_object (&store);
  /* Truncated to a header: a damaged file, never an empty database. */
  g_assert_true (g_file_set_contents (db, "SQLite format 3", 16, NULL));
  again = tg_store_open (db, &error);
  g_assert_null (again);
  g_assert_error (error, TG_STORE_ERROR, TG_STORE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, made));
  list = tg_backup_list (db);
  for (guint i = 0; i < list->len; i++)
    g_unlink (g_ptr_array_index (list, i));
  g_rmdir (backups);
  tg_test_remove_dir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/backup/backup-and-restore", test_backup_and_restore);
  g_test_add_func ("/backup/bad-backup-refused", test_bad_backup_refused);
  g_test_add_func ("/backup/rotation", test_rotation);
  g_test_add_func ("/backup/corrupt-names-latest-backup", test_corrupt_names_latest_backup);
  return g_test_run ();
}
