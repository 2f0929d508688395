/* tg-db-sqlite.c — tg-db.h on SQLite
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SQLite-only. Each function is the sqlite3_* call it wraps: the shared
 * files of the store reach them through TgDbEngine, one indirect call.
 */
#define G_LOG_DOMAIN "tg-store"

#include "config.h"

#include "tg-db-sqlite.h"

typedef struct
{
  TgDb     parent;
  sqlite3 *handle;
} TgDbSqlite;

typedef struct
{
  TgDbStmt      parent;
  sqlite3_stmt *handle;
} TgDbSqliteStmt;

#define DB(db)     (((TgDbSqlite *) (db))->handle)
#define STMT(stmt) (((TgDbSqliteStmt *) (stmt))->handle)

static const TgDbEngine sqlite_engine;

TgDbError
_tg_db_sqlite_error_kind (int code)
{
  switch (code & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return TG_DB_ERROR_BUSY;
    case SQLITE_CONSTRAINT:
      return TG_DB_ERROR_CONSTRAINT;
    case SQLITE_FULL:
      return TG_DB_ERROR_FULL;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return TG_DB_ERROR_CORRUPT;
    case SQLITE_READONLY:
      return TG_DB_ERROR_READ_ONLY;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
      return TG_DB_ERROR_OPEN;
    default:
      return TG_DB_ERROR_OTHER;
    }
}

static gboolean
db_set_error (TgDb    *db,
              GError **error)
{
  sqlite3 *handle = db != NULL ? DB (db) : NULL;
  int code = handle != NULL ? sqlite3_errcode (handle) : SQLITE_CANTOPEN;

  g_set_error_literal (error, TG_DB_ERROR, _tg_db_sqlite_error_kind (code),
                       handle != NULL ? sqlite3_errmsg (handle) : "");
  return FALSE;
}

TgDb *
_tg_db_sqlite_open (const char *path,
                    int         flags,
                    GError    **error)
{
  TgDbSqlite *db = g_new0 (TgDbSqlite, 1);

  if (sqlite3_open_v2 (path, &db->handle, flags | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK)
    {
      db_set_error (&db->parent, error);
      sqlite3_close (db->handle);
      g_free (db);
      return NULL;
    }
  _tg_db_init (&db->parent, &sqlite_engine);
  return &db->parent;
}

sqlite3 *
_tg_db_sqlite_handle (TgDb *db)
{
  g_assert (db->engine == &sqlite_engine);
  return DB (db);
}

sqlite3_stmt *
_tg_db_sqlite_stmt_handle (TgDbStmt *stmt)
{
  g_assert (stmt->engine == &sqlite_engine);
  return STMT (stmt);
}

static TgDbStmt *
db_prepare (TgDb       *db,
            const char *sql,
            gboolean    cached,
            GError    **error)
{
  sqlite3_stmt *handle = NULL;
  TgDbSqliteStmt *stmt;

  if (sqlite3_prepare_v3 (DB (db), sql, -1, cached ? SQLITE_PREPARE_PERSISTENT : 0,
                          &handle, NULL) != SQLITE_OK)
    {
      db_set_error (db, error);
      return NULL;
    }
  stmt = g_new (TgDbSqliteStmt, 1);
  stmt->parent.engine = &sqlite_engine;
  stmt->handle = handle;
  return &stmt->parent;
}

static void
stmt_finalize (TgDbStmt *stmt)
{
  sqlite3_finalize (STMT (stmt));
  g_free (stmt);
}

static const char *
stmt_sql (TgDbStmt *stmt)
{
  return sqlite3_sql (STMT (stmt));
}

static void
bind_int64 (TgDbStmt *stmt, int index, gint64 value)
{
  sqlite3_bind_int64 (STMT (stmt), index, value);
}

static void
bind_int (TgDbStmt *stmt, int index, int value)
{
  sqlite3_bind_int (STMT (stmt), index, value);
}

static void
bind_text (TgDbStmt *stmt, int index, const char *text)
{
  if (text == NULL)
    sqlite3_bind_null (STMT (stmt), index);
  else
    sqlite3_bind_text (STMT (stmt), index, text, -1, SQLITE_TRANSIENT);
}

static void
bind_null (TgDbStmt *stmt, int index)
{
  sqlite3_bind_null (STMT (stmt), index);
}

static void
bind_blob (TgDbStmt *stmt, int index, gconstpointer data, gsize size)
{
  sqlite3_bind_blob64 (STMT (stmt), index, data != NULL ? data : "", size, SQLITE_STATIC);
}

static void
clear_bindings (TgDbStmt *stmt)
{
  sqlite3_clear_bindings (STMT (stmt));
}

static TgDbStep
step (TgDbStmt *stmt)
{
  switch (sqlite3_step (STMT (stmt)))
    {
    case SQLITE_ROW:
      return TG_DB_ROW;
    case SQLITE_DONE:
      return TG_DB_DONE;
    default:
      return TG_DB_FAILED;
    }
}

static void
reset (TgDbStmt *stmt)
{
  sqlite3_reset (STMT (stmt));
}

static int
column_count (TgDbStmt *stmt)
{
  return sqlite3_column_count (STMT (stmt));
}

static TgDbType
column_type (TgDbStmt *stmt, int column)
{
  switch (sqlite3_column_type (STMT (stmt), column))
    {
    case SQLITE_INTEGER:
      return TG_DB_INTEGER;
    case SQLITE_FLOAT:
      return TG_DB_FLOAT;
    case SQLITE_BLOB:
      return TG_DB_BLOB;
    case SQLITE_NULL:
      return TG_DB_NULL;
    default:
      return TG_DB_TEXT;
    }
}

static gint64
column_int64 (TgDbStmt *stmt, int column)
{
  return sqlite3_column_int64 (STMT (stmt), column);
}

static int
column_int (TgDbStmt *stmt, int column)
{
  return sqlite3_column_int (STMT (stmt), column);
}

static const char *
column_text (TgDbStmt *stmt, int column)
{
  return (const char *) sqlite3_column_text (STMT (stmt), column);
}

static gconstpointer
column_blob (TgDbStmt *stmt, int column)
{
  return sqlite3_column_blob (STMT (stmt), column);
}

static gsize
column_bytes (TgDbStmt *stmt, int column)
{
  return sqlite3_column_bytes (STMT (stmt), column);
}

static gint64
db_changes (TgDb *db)
{
  return sqlite3_changes (DB (db));
}

static gboolean
db_exec (TgDb       *db,
         const char *sql,
         GError    **error)
{
  if (sqlite3_exec (DB (db), sql, NULL, NULL, NULL) != SQLITE_OK)
    return db_set_error (db, error);
  return TRUE;
}

static gboolean
db_in_transaction (TgDb *db)
{
  return !sqlite3_get_autocommit (DB (db));
}

static void
db_close (TgDb *db)
{
  /* The last connection to close checkpoints and removes the WAL. */
  sqlite3_close (DB (db));
  g_free (db);
}

static const TgDbEngine sqlite_engine = {
  .name = "sqlite",
  /* IMMEDIATE takes the write lock now, so a writer waits for another
   * (busy timeout) instead of failing half-way with SQLITE_BUSY. */
  .begin_write = "BEGIN IMMEDIATE",
  .prepare = db_prepare,
  .finalize = stmt_finalize,
  .sql = stmt_sql,
  .bind_int64 = bind_int64,
  .bind_int = bind_int,
  .bind_text = bind_text,
  .bind_null = bind_null,
  .bind_blob = bind_blob,
  .clear_bindings = clear_bindings,
  .step = step,
  .reset = reset,
  .column_count = column_count,
  .column_type = column_type,
  .column_int64 = column_int64,
  .column_int = column_int,
  .column_text = column_text,
  .column_blob = column_blob,
  .column_bytes = column_bytes,
  .changes = db_changes,
  .exec = db_exec,
  .in_transaction = db_in_transaction,
  .set_error = db_set_error,
  .close = db_close,
};
