/* test-db.c — the store's statement layer on SQLite (issue 17)
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "tg-db-sqlite.h"

static TgDb *
open_memory (void)
{
  g_autoptr(GError) error = NULL;
  TgDb *db = _tg_db_sqlite_open (":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, &error);

  g_assert_no_error (error);
  g_assert_true (_tg_db_exec (db, "CREATE TABLE t (k INTEGER PRIMARY KEY, name TEXT UNIQUE, n INTEGER,"
                                  " x REAL, b BLOB, hits INTEGER NOT NULL DEFAULT 0)", &error));
  g_assert_no_error (error);
  return db;
}

/* Steps @stmt to its end; the row id of its one row, or 0 for none. */
static gint64
insert (TgDbStmt   *stmt,
        const char *name)
{
  gint64 rowid = 0;
  TgDbStep rc;

  _tg_db_bind_text (stmt, 1, name);
  while ((rc = _tg_db_step (stmt)) == TG_DB_ROW)
    {
      g_assert_cmpint (rowid, ==, 0);
      rowid = _tg_db_column_int64 (stmt, 0);
    }
  g_assert_cmpint (rc, ==, TG_DB_DONE);
  _tg_db_reset (stmt);
  return rowid;
}

/* INSERT … RETURNING rowid answers with the new row's id, once, and with
 * no row when ON CONFLICT DO NOTHING inserted none; an upsert that updates
 * answers with the updated row (SQLite's own RETURNING). */
static void
test_returning_rowid (void)
{
  TgDb *db = open_memory ();
  g_autoptr(GError) error = NULL;
  TgDbStmt *plain, *nothing, *upsert;

  plain = _tg_db_stmt (db, "INSERT INTO t (name) VALUES (?) RETURNING rowid", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (plain->engine->sql (plain), ==, "INSERT INTO t (name) VALUES (?) RETURNING rowid");
  g_assert_cmpint (insert (plain, "a"), ==, 1);
  g_assert_cmpint (insert (plain, "b"), ==, 2);

  nothing = _tg_db_stmt (db, "INSERT INTO t (name) VALUES (?) ON CONFLICT DO NOTHING RETURNING rowid", &error);
  g_assert_no_error (error);
  g_assert_cmpint (insert (nothing, "a"), ==, 0);
  g_assert_cmpint (insert (nothing, "c"), ==, 3);

  upsert = _tg_db_stmt (db, "INSERT INTO t (name) VALUES (?)"
                            " ON CONFLICT (name) DO UPDATE SET hits = hits + 1 RETURNING rowid", &error);
  g_assert_no_error (error);
  g_assert_cmpint (insert (upsert, "b"), ==, 2);
  g_assert_cmpint (insert (upsert, "d"), ==, 4);

  /* The same statement again from the cache, ready to run. */
  g_assert_true (_tg_db_stmt (db, "INSERT INTO t (name) VALUES (?) RETURNING rowid", &error) == plain);
  g_assert_cmpint (insert (plain, "e"), ==, 5);
  _tg_db_close (db);
}

static void
test_columns (void)
{
  TgDb *db = open_memory ();
  g_autoptr(GError) error = NULL;
  g_autoptr(TgDbStmt) stmt = NULL;
  TgDbStmt *put;

  put = _tg_db_stmt (db, "INSERT INTO t (name, n, x, b) VALUES (?, ?, 1.5, ?)", &error);
  g_assert_no_error (error);
  _tg_db_bind_text (put, 1, "ә");
  _tg_db_bind_int64 (put, 2, G_GINT64_CONSTANT (1) << 40);
  _tg_db_bind_blob (put, 3, "\0\1", 2);
  g_assert_cmpint (_tg_db_step (put), ==, TG_DB_DONE);
  g_assert_cmpint (_tg_db_changes (db), ==, 1);
  _tg_db_reset (put);

  stmt = _tg_db_prepare (db, "SELECT name, n, x, b, NULL FROM t", &error);
  g_assert_no_error (error);
  g_assert_cmpint (_tg_db_step (stmt), ==, TG_DB_ROW);
  g_assert_cmpint (_tg_db_column_count (stmt), ==, 5);
  g_assert_cmpint (_tg_db_column_type (stmt, 0), ==, TG_DB_TEXT);
  g_assert_cmpint (_tg_db_column_type (stmt, 1), ==, TG_DB_INTEGER);
  g_assert_cmpint (_tg_db_column_type (stmt, 2), ==, TG_DB_FLOAT);
  g_assert_cmpint (_tg_db_column_type (stmt, 3), ==, TG_DB_BLOB);
  g_assert_true (_tg_db_column_is_null (stmt, 4));
  g_assert_cmpstr (_tg_db_column_text (stmt, 0), ==, "ә");
  g_assert_cmpint (_tg_db_column_bytes (stmt, 0), ==, 2);
  g_assert_cmpint (_tg_db_column_int64 (stmt, 1), ==, G_GINT64_CONSTANT (1) << 40);
  g_assert_cmpmem (_tg_db_column_blob (stmt, 3), _tg_db_column_bytes (stmt, 3), "\0\1", 2);
  g_assert_null (_tg_db_column_text (stmt, 4));
  g_assert_cmpint (_tg_db_step (stmt), ==, TG_DB_DONE);
  g_clear_pointer (&stmt, _tg_db_stmt_free);
  _tg_db_close (db);
}

/* Errors come as engine-neutral codes: no caller looks at SQLITE_*. */
static void
test_errors (void)
{
  TgDb *db = open_memory ();
  g_autoptr(GError) error = NULL;
  TgDbStmt *stmt;

  g_assert_null (_tg_db_stmt (db, "SELECT nothing FROM nowhere", &error));
  g_assert_error (error, TG_DB_ERROR, TG_DB_ERROR_OTHER);
  g_clear_error (&error);

  stmt = _tg_db_stmt (db, "INSERT INTO t (name, hits) VALUES (?, ?)", &error);
  g_assert_no_error (error);
  _tg_db_bind_text (stmt, 1, "a");
  _tg_db_bind_null (stmt, 2);
  g_assert_cmpint (_tg_db_step (stmt), ==, TG_DB_FAILED);
  g_assert_false (_tg_db_set_error (db, &error));
  g_assert_error (error, TG_DB_ERROR, TG_DB_ERROR_CONSTRAINT);
  _tg_db_reset (stmt);
  g_clear_error (&error);

  g_assert_false (_tg_db_in_transaction (db));
  g_assert_true (_tg_db_exec (db, db->engine->begin_write, &error));
  g_assert_true (_tg_db_in_transaction (db));
  g_assert_true (_tg_db_exec (db, "ROLLBACK", &error));
  g_assert_no_error (error);

  g_assert_cmpint (_tg_db_sqlite_error_kind (SQLITE_BUSY), ==, TG_DB_ERROR_BUSY);
  g_assert_cmpint (_tg_db_sqlite_error_kind (SQLITE_FULL), ==, TG_DB_ERROR_FULL);
  g_assert_cmpint (_tg_db_sqlite_error_kind (SQLITE_NOTADB), ==, TG_DB_ERROR_CORRUPT);
  g_assert_cmpint (_tg_db_sqlite_error_kind (SQLITE_READONLY), ==, TG_DB_ERROR_READ_ONLY);
  g_assert_cmpint (_tg_db_sqlite_error_kind (SQLITE_CANTOPEN), ==, TG_DB_ERROR_OPEN);
  _tg_db_close (db);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/db/returning-rowid", test_returning_rowid);
  g_test_add_func ("/db/columns", test_columns);
  g_test_add_func ("/db/errors", test_errors);
  return g_test_run ();
}
