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

#include <string.h>

#include "tg-db-sqlite.h"

typedef struct
{
  TgDb     parent;
  sqlite3 *handle;
} TgDbSqlite;

/* A statement's rows when its SQL asked for the new row id, and SQLite
 * was not told (returning_rowid): none yet, the one row, done. */
typedef enum
{
  ROWID_NONE,
  ROWID_READY,
  ROWID_READ,
} RowidState;

typedef struct
{
  TgDbStmt      parent;
  sqlite3_stmt *handle;
  char         *sql;          /* as asked for, when it differs from the handle's */
  RowidState    rowid;
} TgDbSqliteStmt;

#define DB(db)     (((TgDbSqlite *) (db))->handle)
#define STMT(stmt) (((TgDbSqliteStmt *) (stmt))->handle)
#define SELF(stmt) ((TgDbSqliteStmt *) (stmt))

/* INSERT … RETURNING rowid, as shared SQL asks for a new row's id, makes
 * SQLite 3.40 build an ephemeral table for the returned row at every
 * step: a pager, a page zeroed, mallocs; importing 2 000 cases took 3.7 %
 * more instructions than with sqlite3_last_insert_rowid (callgrind).
 * So the clause is left out of an INSERT that ends with it, and its one
 * row is made from sqlite3_last_insert_rowid when the INSERT changed a
 * row (ON CONFLICT DO NOTHING may not). Not for an upsert that may
 * update instead (DO UPDATE): the last insert id does not tell an
 * updated row, and such a statement keeps its RETURNING. */
#define RETURNING_ROWID " RETURNING rowid"

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

/* The length of @sql without a final RETURNING rowid that
 * sqlite3_last_insert_rowid can answer, or -1. */
static gssize
without_returning_rowid (const char *sql)
{
  gsize len = strlen (sql);
  gsize tail = strlen (RETURNING_ROWID);

  if (len <= tail || g_ascii_strncasecmp (sql, "INSERT ", 7) != 0 ||
      strcmp (sql + len - tail, RETURNING_ROWID) != 0 || strstr (sql, "DO UPDATE") != NULL)
    return -1;
  return len - tail;
}

static TgDbStmt *
db_prepare (TgDb       *db,
            const char *sql,
            gboolean    cached,
            GError    **error)
{
  sqlite3_stmt *handle = NULL;
  gssize len = without_returning_rowid (sql);
  TgDbSqliteStmt *stmt;

  if (sqlite3_prepare_v3 (DB (db), sql, len, cached ? SQLITE_PREPARE_PERSISTENT : 0,
                          &handle, NULL) != SQLITE_OK)
    {
      db_set_error (db, error);
      return NULL;
    }
  stmt = g_new0 (TgDbSqliteStmt, 1);
  stmt->parent.engine = &sqlite_engine;
  stmt->handle = handle;
  if (len >= 0)
    stmt->sql = g_strdup (sql);
  return &stmt->parent;
}

static void
stmt_finalize (TgDbStmt *stmt)
{
  sqlite3_finalize (STMT (stmt));
  g_free (SELF (stmt)->sql);
  g_free (stmt);
}

static const char *
stmt_sql (TgDbStmt *stmt)
{
  return SELF (stmt)->sql != NULL ? SELF (stmt)->sql : sqlite3_sql (STMT (stmt));
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
  TgDbSqliteStmt *self = SELF (stmt);

  /* After the row made from the last insert id: the end. */
  if (G_UNLIKELY (self->rowid != ROWID_NONE))
    {
      self->rowid = ROWID_READ;
      return TG_DB_DONE;
    }
  switch (sqlite3_step (self->handle))
    {
    case SQLITE_ROW:
      return TG_DB_ROW;
    case SQLITE_DONE:
      if (G_UNLIKELY (self->sql != NULL) && sqlite3_changes (sqlite3_db_handle (self->handle)) > 0)
        {
          self->rowid = ROWID_READY;
          return TG_DB_ROW;
        }
      return TG_DB_DONE;
    default:
      return TG_DB_FAILED;
    }
}

static void
reset (TgDbStmt *stmt)
{
  SELF (stmt)->rowid = ROWID_NONE;
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
  if (G_UNLIKELY (SELF (stmt)->rowid == ROWID_READY) && column == 0)
    return sqlite3_last_insert_rowid (sqlite3_db_handle (STMT (stmt)));
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
  /* DEFERRED takes no lock until the first read. */
  .begin_read = "BEGIN DEFERRED",
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
