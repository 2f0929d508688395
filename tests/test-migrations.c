/* test-migrations.c — every schema the project has had upgrades intact
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * tests/data/migrations/schema-N.db were written by the version that had
 * schema N (60 demo cases, seed 7); each must open, migrate, verify and
 * keep every case.
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "tg-store-backup.h"
#include "tg-rules.h"
#include "tg-store-collation.h"
#include "tg-store.h"
#include "tg-test-util.h"

static char *
numbers_of (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  GString *all = g_string_new (NULL);

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT number || ' ' || state || ' ' || revision || ' ' || history_head FROM cases ORDER BY number", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (all, "%s\n", sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return g_string_free (all, FALSE);
}

/* The cases of the file at @path with @part (lower-case) in their text
 * or a word beginning with it, read without Tergeu's search. */
static int
count_containing (const char *path,
                  const char *part)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  g_autofree char *prefix = g_strdup_printf ("\"%s\"*", part);
  g_autofree char *like = g_strdup_printf ("%%%s%%", part);
  int count;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM cases_fts WHERE rowid IN"
                                           " (SELECT rowid FROM cases_fts WHERE cases_fts MATCH ?1)"
                                           " OR coalesce (number, '') || ' ' || coalesce (employer, '') || ' ' ||"
                                           " coalesce (victims, '') || ' ' || coalesce (place, '') LIKE ?2",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, prefix, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, like, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  count = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return count;
}

/* Schema 7: each case's report_delay, as the migration computed it, is
 * what the rules count for the case (tg_rules_notification_delay). */
static void
assert_report_delays (TgStore    *store,
                      const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  guint n_known = 0;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT number, report_delay FROM cases", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TgCase) kase = tg_store_load_case (store, (const char *) sqlite3_column_text (stmt, 0), &error);
      GTimeSpan span = 0;

      g_assert_no_error (error);
      if (tg_rules_notification_delay (kase, &span))
        {
          g_assert_cmpint (sqlite3_column_type (stmt, 1), ==, SQLITE_INTEGER);
          g_assert_cmpint (sqlite3_column_int64 (stmt, 1), ==, span / G_TIME_SPAN_SECOND);
          n_known++;
        }
      else
        g_assert_cmpint (sqlite3_column_type (stmt, 1), ==, SQLITE_NULL);
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  g_assert_cmpuint (n_known, >, 0);
}

static int
version_of (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int v;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  v = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return v;
}

static void
test_upgrade (gconstpointer data)
{
  const char *fixture = data;
  g_autofree char *dir = g_dir_make_tmp ("tergeu-migrate-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "cases.db", NULL);
  g_autoptr(GBytes) bytes = tg_test_read_file (fixture);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(TgStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) backups = NULL;
  TgCaseQuery q = TG_CASE_QUERY_INIT;
  guint count = 0;
  int old_version;
  int inside;

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
  old_version = version_of (path);
  before = numbers_of (path);
  inside = count_containing (path, "баев");
  g_assert_cmpint (inside, >, 0);

  store = tg_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (tg_store_verify (store, problems, &error));
  g_assert_no_error (error);
  g_assert_true (tg_store_count_cases (store, &q, &count, &error));
  g_assert_cmpuint (count, ==, 60);
  /* Schema 7: the words of the cases already there are found by a part
   * of them (Серікбаев by "баев"). */
  q.search = "баев";
  g_assert_true (tg_store_count_cases (store, &q, &count, &error));
  g_assert_cmpint (count, ==, inside);
  assert_report_delays (store, path);
  g_clear_object (&store);

  g_assert_cmpint (version_of (path), ==, TG_STORE_SCHEMA_VERSION);
  after = numbers_of (path);
  g_assert_cmpstr (before, ==, after);

  /* A migration is preceded by a backup of the old file. */
  backups = tg_backup_list (path);
  g_assert_cmpuint (backups->len, ==, old_version < TG_STORE_SCHEMA_VERSION ? 1 : 0);
  for (guint i = 0; i < backups->len; i++)
    {
      g_assert_cmpint (version_of (g_ptr_array_index (backups, i)), ==, old_version);
      g_unlink (g_ptr_array_index (backups, i));
    }
  if (backups->len > 0)
    {
      g_autofree char *bdir = tg_backup_dir (path);
      g_rmdir (bdir);
    }
  tg_test_remove_dir (dir);
}

/* The migration's backups, and their folder, beside the test database. */
static void
remove_backups (const char *path)
{
  g_autoptr(GPtrArray) backups = tg_backup_list (path);

  for (guint i = 0; i < backups->len; i++)
    g_unlink (g_ptr_array_index (backups, i));
  if (backups->len > 0)
    {
      g_autofree char *bdir = tg_backup_dir (path);
      g_rmdir (bdir);
    }
}

/* What schemas 7, 6 and 5 added, taken out again, so that a database of today can
 * pose as an older one (tests below). Dropping a column re-reads the
 * schema, whose employer index names the Kazakh collation. */
#define UNDO_SCHEMA_7 \
  "DROP TABLE search_words;" \
  "DROP TABLE search_words_parts;" \
  "DROP INDEX cases_control;" \
  "ALTER TABLE cases DROP COLUMN report_delay;" \
  "CREATE INDEX cases_control ON cases (deadline, region, state, number, id, body, employer_name," \
  "  occurred, reported, act_date, act_number, started) WHERE deadline IS NOT NULL AND deleted = 0;"
#define UNDO_SCHEMA_6 \
  "ALTER TABLE cases DROP COLUMN employer_form;" \
  "ALTER TABLE cases DROP COLUMN employer_name_kk;" \
  "ALTER TABLE cases DROP COLUMN place_kk;" \
  "ALTER TABLE cases DROP COLUMN dissent;" \
  "ALTER TABLE cases DROP COLUMN dissent_by;" \
  "ALTER TABLE victims DROP COLUMN experience_months;" \
  "ALTER TABLE victims DROP COLUMN briefed_on;" \
  "ALTER TABLE victims DROP COLUMN trained_on;" \
  "ALTER TABLE members DROP COLUMN position_kk;" \
  "ALTER TABLE members DROP COLUMN organization_kk;" \
  "ALTER TABLE extensions DROP COLUMN order_number;" \
  "ALTER TABLE disputes DROP COLUMN number;" \
  "ALTER TABLE disputes DROP COLUMN applicant;" \
  "ALTER TABLE disputes DROP COLUMN victim;" \
  "ALTER TABLE requests DROP COLUMN addressee_kk;" \
  "ALTER TABLE requests DROP COLUMN number;" \
  "DROP TABLE dated_settings;"
/* What schema 5 added (the contents' digests, the application id). */
#define UNDO_SCHEMA_5 \
  "ALTER TABLE history DROP COLUMN digest;" \
  "ALTER TABLE cases DROP COLUMN content_seal;" \
  "PRAGMA application_id = 0;"

/* Schema 3 takes removed cases out of the full-text index: a schema-2
 * database still has their rows (made here from a current one by putting
 * a removed case's row back and marking the file as schema 2). */
static void
test_removed_leave_index (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autofree char *path = g_strdup (tg_store_get_path (store));
  g_autoptr(TgCase) gone_draft = tg_test_make_case (1, 0, 0);
  g_autoptr(TgCase) kept_draft = tg_test_make_case (1, 0, 0);
  g_autoptr(TgCase) gone = NULL;
  g_autoptr(TgCase) kept = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;
  TgCaseQuery q = TG_CASE_QUERY_INIT;
  guint count = 0;

  gone = tg_test_register (store, gone_draft);
  kept = tg_test_register (store, kept_draft);
  tg_test_apply (store, &gone, "remove", tg_test_params ("reason", TG_TEST_STR ("registered twice"), NULL));
  g_assert_true (tg_case_get_deleted (gone));
  g_clear_object (&store);

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  sqlite3_create_collation_v2 (db, TG_COLLATION_KAZAKH, SQLITE_UTF8, NULL, tg_collation_kazakh_compare, NULL);
  g_assert_cmpint (sqlite3_exec (db,
                                 UNDO_SCHEMA_7 UNDO_SCHEMA_6 UNDO_SCHEMA_5
                                 "INSERT INTO cases_fts (rowid, number, place)"
                                 "  SELECT rowid, number, place FROM cases WHERE deleted = 1;"
                                 "PRAGMA user_version = 2;", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = tg_store_open (path, &error);
  g_assert_no_error (error);
  q.search = "Тентек";
  g_assert_true (tg_store_count_cases (store, &q, &count, &error));
  g_assert_cmpuint (count, ==, 1);
  g_clear_object (&store);
  g_assert_cmpint (version_of (path), ==, TG_STORE_SCHEMA_VERSION);

  remove_backups (path);
  tg_test_remove_dir (dir);
}

static char *
fts_sql (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *sql = NULL;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  sqlite3_prepare_v2 (db, "SELECT sql FROM sqlite_master WHERE name = 'cases_fts'", -1, &stmt, NULL);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    sql = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return sql;
}

/* Schema 4 builds the full-text index anew with three-letter prefixes:
 * every search finds what it found before (a schema-3 index is made here
 * by putting the old one back and marking the file as schema 3). */
static void
test_prefix_index_rebuilt (void)
{
  static const char * const searches[] = { "Тентек", "Тен", "08", "ТОО", "Ер", NULL };
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autofree char *path = g_strdup (tg_store_get_path (store));
  g_autofree char *before_sql = NULL;
  g_autofree char *after_sql = NULL;
  g_autoptr(GError) error = NULL;
  guint before[G_N_ELEMENTS (searches)] = { 0, };
  sqlite3 *db = NULL;

  for (guint i = 0; i < 6; i++)
    {
      g_autoptr(TgCase) kase = tg_test_make_case (1, i % 2, 0);
      g_object_unref (tg_test_register (store, kase));
    }
  for (guint i = 0; searches[i] != NULL; i++)
    {
      TgCaseQuery q = TG_CASE_QUERY_INIT;
      q.search = searches[i];
      g_assert_true (tg_store_count_cases (store, &q, &before[i], &error));
    }
  g_assert_cmpuint (before[0], ==, 6);
  g_clear_object (&store);

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  /* Renaming re-reads the schema, whose employer index names it. */
  sqlite3_create_collation_v2 (db, TG_COLLATION_KAZAKH, SQLITE_UTF8, NULL, tg_collation_kazakh_compare, NULL);
  g_assert_cmpint (sqlite3_exec (db,
                                 UNDO_SCHEMA_7 UNDO_SCHEMA_6 UNDO_SCHEMA_5
                                 "CREATE VIRTUAL TABLE old_fts USING fts5 (number, employer, bin, victims, iins, place,"
                                 "  tokenize = 'unicode61', prefix = '2 4');"
                                 "INSERT INTO old_fts (rowid, number, employer, bin, victims, iins, place)"
                                 "  SELECT rowid, number, employer, bin, victims, iins, place FROM cases_fts;"
                                 "DROP TABLE cases_fts;"
                                 "ALTER TABLE old_fts RENAME TO cases_fts;"
                                 "PRAGMA user_version = 3;", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  before_sql = fts_sql (path);
  g_assert_nonnull (strstr (before_sql, "'2 4'"));

  store = tg_store_open (path, &error);
  g_assert_no_error (error);
  for (guint i = 0; searches[i] != NULL; i++)
    {
      TgCaseQuery q = TG_CASE_QUERY_INIT;
      guint count = G_MAXUINT;
      q.search = searches[i];
      g_assert_true (tg_store_count_cases (store, &q, &count, &error));
      g_assert_cmpuint (count, ==, before[i]);
    }
  g_clear_object (&store);
  g_assert_cmpint (version_of (path), ==, TG_STORE_SCHEMA_VERSION);
  after_sql = fts_sql (path);
  g_assert_nonnull (strstr (after_sql, "'2 3 4'"));

  remove_backups (path);
  tg_test_remove_dir (dir);
}

/* Schema 6 records the legal form an employer's name carries, leaves the
 * name column as it was registered, gives the model the name without its
 * form, and turns a Committee name the user had set into an entry in
 * force from the day of the upgrade (a database of today is made to pose
 * as a schema-5 one). */
static void
test_legal_forms_split (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autofree char *path = g_strdup (tg_store_get_path (store));
  g_autoptr(TgCase) draft = tg_test_make_case (1, 0, 0);
  g_autoptr(TgCase) kase = NULL;
  g_autoptr(TgCase) again = NULL;
  g_autoptr(TgDatedSettings) dated = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *number = NULL;
  sqlite3 *db = NULL;

  kase = tg_test_register (store, draft);
  number = g_strdup (tg_case_get_number (kase));
  g_assert_cmpstr (tg_employer_get_legal_form (tg_case_get_employer (kase)), ==, "too");
  g_clear_object (&store);

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  sqlite3_create_collation_v2 (db, TG_COLLATION_KAZAKH, SQLITE_UTF8, NULL, tg_collation_kazakh_compare, NULL);
  g_assert_cmpint (sqlite3_exec (db,
                                 UNDO_SCHEMA_7 UNDO_SCHEMA_6
                                 "UPDATE cases SET employer_name = '«Сарыарка Көмір» ЖШС';"
                                 "INSERT INTO settings (key, value) VALUES"
                                 "  ('committee-name-ru', 'Комитет государственной инспекции труда'),"
                                 "  ('control-official', 'Сейітов Ә. Б.');"
                                 "PRAGMA user_version = 5;", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  g_setenv ("TERGEU_TODAY", "2026-11-19", TRUE);
  store = tg_store_open (path, &error);
  g_assert_no_error (error);
  again = tg_store_load_case (store, number, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tg_employer_get_legal_form (tg_case_get_employer (again)), ==, "too");
  g_assert_cmpstr (tg_employer_get_name (tg_case_get_employer (again)), ==, "«Сарыарка Көмір»");
  dated = tg_store_dup_dated_settings (store);
  g_assert_cmpstr (tg_dated_settings_lookup (dated, "committee-name-ru", "2026-11-19"), ==,
                   "Комитет государственной инспекции труда");
  g_assert_cmpstr (tg_dated_settings_lookup (dated, "committee-name-ru", "2015-03-01"), ==,
                   "Комитет по контролю и социальной защите");
  g_assert_cmpstr (tg_dated_settings_lookup (dated, "control-official-kk", "2026-11-19"), ==, "Сейітов Ә. Б.");
  g_assert_cmpstr (tg_dated_settings_lookup (dated, "control-official-ru", "2026-11-19"), ==, "Сейітов Ә. Б.");
  g_assert_null (tg_store_dup_setting (store, "control-official"));
  g_clear_object (&store);
  g_unsetenv ("TERGEU_TODAY");
  g_assert_cmpint (version_of (path), ==, TG_STORE_SCHEMA_VERSION);

  remove_backups (path);
  tg_test_remove_dir (dir);
}

/* Schemas 8 and 9 are the office server's (pg/upgrade-8.sql,
 * upgrade-9.sql): a file of schema 7 takes the new version and nothing
 * else, and is not copied first. */
static void
test_version_only (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autofree char *path = g_strdup (tg_store_get_path (store));
  g_autoptr(TgCase) draft = tg_test_make_case (1, 0, 0);
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  TgCaseQuery q = TG_CASE_QUERY_INIT;
  guint count = 0;
  sqlite3 *db = NULL;

  g_object_unref (tg_test_register (store, draft));
  g_clear_object (&store);
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 7", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  before = numbers_of (path);

  store = tg_store_open (path, &error);
  g_assert_no_error (error);
  q.search = "Тентек";
  g_assert_true (tg_store_count_cases (store, &q, &count, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count, ==, 1);
  g_clear_object (&store);

  g_assert_cmpint (version_of (path), ==, TG_STORE_SCHEMA_VERSION);
  after = numbers_of (path);
  g_assert_cmpstr (before, ==, after);
  backups = tg_backup_list (path);
  g_assert_cmpuint (backups->len, ==, 0);
  tg_test_remove_dir (dir);
}

int
main (int argc, char **argv)
{
  g_autofree char *dir = NULL;
  g_autoptr(GDir) d = NULL;
  const char *name;

  g_test_init (&argc, &argv, NULL);
  dir = g_test_build_filename (G_TEST_DIST, "data", "migrations", NULL);
  d = g_dir_open (dir, 0, NULL);
  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_suffix (name, ".db"))
      {
        g_autofree char *test = g_strdup_printf ("/migrations/%s", name);
        g_test_add_data_func_full (test, g_build_filename (dir, name, NULL), test_upgrade, g_free);
      }
  g_test_add_func ("/migrations/removed-leave-index", test_removed_leave_index);
  g_test_add_func ("/migrations/prefix-index-rebuilt", test_prefix_index_rebuilt);
  g_test_add_func ("/migrations/legal-forms-split", test_legal_forms_split);
  g_test_add_func ("/migrations/version-only", test_version_only);
  return g_test_run ();
}
