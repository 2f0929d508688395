/* tg-db.h — the store's statements, whatever the engine beneath
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Private to core/store (issue 17). The store's shared files (reading and
 * writing cases, the history chain, the contents digest, settings, the
 * calendar, review, oversight, statistics, exchange bookkeeping, the case
 * list's queries) speak to the database only through this header, so that
 * they are written once for every engine. What one engine alone can do
 * lives in files named for it (tg-db-sqlite.c, tg-store-sqlite.c, …).
 *
 * SQL written here is the subset both engines speak: `?` and `?NNN`
 * placeholders (a PostgreSQL implementation numbers them `$n` when it
 * prepares a statement, once, as it is cached), new row ids through
 * `INSERT … RETURNING rowid` rather than a "last insert id" call, and
 * `ON CONFLICT … DO UPDATE`.
 *
 * An engine is a table of functions (TgDbEngine) that its connection and
 * statements point at. The hot calls (bind, step, column, reset) are
 * inline here and cost one indirect call into the engine, whose target is
 * the same on every call of a run: nothing measurable beside the engine's
 * own work (docs/architecture.md, "The store's engines").
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _TgDb       TgDb;
typedef struct _TgDbStmt   TgDbStmt;
typedef struct _TgDbEngine TgDbEngine;

#define TG_DB_ERROR (_tg_db_error_quark ())
GQuark _tg_db_error_quark (void);

/* What went wrong, in words both engines map their codes to; the message
 * of the GError is the engine's own. */
typedef enum
{
  TG_DB_ERROR_BUSY,         /* another connection holds a lock too long */
  TG_DB_ERROR_CONSTRAINT,   /* a UNIQUE, CHECK, NOT NULL or foreign key */
  TG_DB_ERROR_FULL,         /* the disk (or the database's quota) is full */
  TG_DB_ERROR_CORRUPT,      /* damaged, or not a database at all */
  TG_DB_ERROR_READ_ONLY,    /* may not be written */
  TG_DB_ERROR_OPEN,         /* cannot be opened: missing, no permission */
  TG_DB_ERROR_OTHER,
  TG_DB_ERROR_PASSWORD,     /* a server asked for a password: none, or refused */
} TgDbError;

/* What a step of a statement did. */
typedef enum
{
  TG_DB_ROW,                /* a row is there to read */
  TG_DB_DONE,               /* no more rows: the statement has run */
  TG_DB_FAILED,             /* _tg_db_set_error tells why */
} TgDbStep;

/* The type of a column's value in the current row. */
typedef enum
{
  TG_DB_NULL,
  TG_DB_INTEGER,
  TG_DB_FLOAT,
  TG_DB_TEXT,
  TG_DB_BLOB,
} TgDbType;

/* What an engine implements. Statements are stepped one at a time on a
 * connection, by one thread at a time. Text and blobs read from a column
 * are the engine's, valid until the next step or reset of the statement. */
struct _TgDbEngine
{
  const char *name;
  /* The statement that begins a write transaction: it takes the write
   * lock at once, so that a writer waits for another instead of failing
   * half-way. */
  const char *begin_write;
  /* begin_write is more than one statement: run, never prepared. */
  gboolean    begin_write_script;
  /* The statement that begins a transaction that only reads, and sees
   * one state of the database throughout. */
  const char *begin_read;

  TgDbStmt   *(*prepare)       (TgDb *db, const char *sql, gboolean cached, GError **error);
  void        (*finalize)      (TgDbStmt *stmt);
  const char *(*sql)           (TgDbStmt *stmt);

  /* Parameters count from 1; text is copied, a blob is not (it must live
   * until the statement is reset). */
  void        (*bind_int64)    (TgDbStmt *stmt, int index, gint64 value);
  void        (*bind_int)      (TgDbStmt *stmt, int index, int value);
  void        (*bind_text)     (TgDbStmt *stmt, int index, const char *text);
  void        (*bind_null)     (TgDbStmt *stmt, int index);
  void        (*bind_blob)     (TgDbStmt *stmt, int index, gconstpointer data, gsize size);
  void        (*clear_bindings) (TgDbStmt *stmt);

  TgDbStep    (*step)          (TgDbStmt *stmt);
  void        (*reset)         (TgDbStmt *stmt);

  /* Columns count from 0. */
  int         (*column_count)  (TgDbStmt *stmt);
  TgDbType    (*column_type)   (TgDbStmt *stmt, int column);
  gint64      (*column_int64)  (TgDbStmt *stmt, int column);
  int         (*column_int)    (TgDbStmt *stmt, int column);
  const char *(*column_text)   (TgDbStmt *stmt, int column);
  gconstpointer (*column_blob) (TgDbStmt *stmt, int column);
  gsize       (*column_bytes)  (TgDbStmt *stmt, int column);

  /* Rows changed by the last INSERT, UPDATE or DELETE on @db. */
  gint64      (*changes)       (TgDb *db);
  /* Runs SQL of one or more statements that return no rows. */
  gboolean    (*exec)          (TgDb *db, const char *sql, GError **error);
  /* Whether a transaction is open: the engine may end one by itself
   * after some errors (SQLite after a full disk). */
  gboolean    (*in_transaction) (TgDb *db);
  /* The last error on @db as a TG_DB_ERROR; returns FALSE. */
  gboolean    (*set_error)     (TgDb *db, GError **error);
  void        (*close)         (TgDb *db);
  /* Rows appended to one table in bulk (_tg_db_append_begin), where the
   * engine has a faster way than one INSERT a row (PostgreSQL's COPY);
   * NULL for prepared INSERTs. append_end with @keep FALSE abandons the
   * rows sent (and, on PostgreSQL, the transaction with them). */
  gboolean    (*append_begin)  (TgDb *db, const char *table, const char * const *columns, guint n_columns,
                                GError **error);
  gboolean    (*append_row)    (TgDb *db, TgDbStmt *row, guint n_columns, GError **error);
  gboolean    (*append_end)    (TgDb *db, gboolean keep, GError **error);
};

/* A connection; each engine's own extends it. */
struct _TgDb
{
  const TgDbEngine *engine;
  GHashTable       *stmts;      /* SQL text → prepared statement, reused */
  GHashTable       *stmts_at;   /* the address of that text → the same; a
                                 * hit is checked by comparing the text,
                                 * not by hashing it (600 bytes for a
                                 * case's INSERT) */
};

/* A statement; each engine's own extends it. */
struct _TgDbStmt
{
  const TgDbEngine *engine;
};

/* --- connections (tg-db.c) ---------------------------------------------- */

/* Called by an engine on a connection it has just opened. */
void          _tg_db_init             (TgDb         *db,
                                       const TgDbEngine *engine);
/* Finalizes the cached statements and closes @db. */
void          _tg_db_close            (TgDb         *db);

/* A prepared, reset statement for @sql with no parameter bound, cached
 * for the connection's lifetime: do not free it. */
TgDbStmt     *_tg_db_stmt             (TgDb         *db,
                                       const char   *sql,
                                       GError      **error);
/* A statement of its own, to free with _tg_db_stmt_free: one that stays
 * open while others run (a walk over every case), or that runs once. */
TgDbStmt     *_tg_db_prepare          (TgDb         *db,
                                       const char   *sql,
                                       GError      **error);
void          _tg_db_stmt_free        (TgDbStmt     *stmt);

char         *_tg_db_column_dup       (TgDbStmt     *stmt,
                                       int           column);

/* --- rows appended in bulk (tg-db.c) ------------------------------------- */

/* Rows appended to @table's @columns, each the current row of another
 * statement, whatever its engine (a database copied whole, tg-store-copy.c):
 * values go as that statement gives them, NULL, integer, text or blob.
 * Nothing else may run on @db until _tg_db_append_end. */
typedef struct _TgDbAppend TgDbAppend;

TgDbAppend   *_tg_db_append_begin     (TgDb               *db,
                                       const char         *table,
                                       const char * const *columns,
                                       guint               n_columns,
                                       GError            **error);
/* Appends the current row of @row, whose columns are @columns in order. */
gboolean      _tg_db_append_row       (TgDbAppend         *append,
                                       TgDbStmt           *row,
                                       GError            **error);
/* Ends and frees @append; TRUE when every row was taken. After FALSE, or
 * after _tg_db_append_abandon (NULL-safe), the transaction is to be
 * rolled back. */
gboolean      _tg_db_append_end       (TgDbAppend         *append,
                                       GError            **error);
void          _tg_db_append_abandon   (TgDbAppend         *append);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TgDbAppend, _tg_db_append_abandon)

static inline gboolean
_tg_db_exec (TgDb        *db,
             const char  *sql,
             GError     **error)
{
  return db->engine->exec (db, sql, error);
}

static inline gboolean
_tg_db_set_error (TgDb    *db,
                  GError **error)
{
  return db->engine->set_error (db, error);
}

static inline gint64
_tg_db_changes (TgDb *db)
{
  return db->engine->changes (db);
}

static inline gboolean
_tg_db_in_transaction (TgDb *db)
{
  return db->engine->in_transaction (db);
}

/* --- statements ---------------------------------------------------------- */

static inline void
_tg_db_bind_int64 (TgDbStmt *stmt,
                   int       index,
                   gint64    value)
{
  stmt->engine->bind_int64 (stmt, index, value);
}

static inline void
_tg_db_bind_int (TgDbStmt *stmt,
                 int       index,
                 int       value)
{
  stmt->engine->bind_int (stmt, index, value);
}

/* @text NULL binds NULL. */
static inline void
_tg_db_bind_text (TgDbStmt   *stmt,
                  int         index,
                  const char *text)
{
  stmt->engine->bind_text (stmt, index, text);
}

static inline void
_tg_db_bind_null (TgDbStmt *stmt,
                  int       index)
{
  stmt->engine->bind_null (stmt, index);
}

/* @data is not copied: it must stay until the statement is reset. */
static inline void
_tg_db_bind_blob (TgDbStmt      *stmt,
                  int            index,
                  gconstpointer  data,
                  gsize          size)
{
  stmt->engine->bind_blob (stmt, index, data, size);
}

static inline void
_tg_db_clear_bindings (TgDbStmt *stmt)
{
  stmt->engine->clear_bindings (stmt);
}

static inline TgDbStep
_tg_db_step (TgDbStmt *stmt)
{
  return stmt->engine->step (stmt);
}

/* Ends the statement's run (its rows, its locks) and keeps its bindings. */
static inline void
_tg_db_reset (TgDbStmt *stmt)
{
  stmt->engine->reset (stmt);
}

static inline int
_tg_db_column_count (TgDbStmt *stmt)
{
  return stmt->engine->column_count (stmt);
}

static inline TgDbType
_tg_db_column_type (TgDbStmt *stmt,
                    int       column)
{
  return stmt->engine->column_type (stmt, column);
}

static inline gboolean
_tg_db_column_is_null (TgDbStmt *stmt,
                       int       column)
{
  return stmt->engine->column_type (stmt, column) == TG_DB_NULL;
}

static inline gint64
_tg_db_column_int64 (TgDbStmt *stmt,
                     int       column)
{
  return stmt->engine->column_int64 (stmt, column);
}

static inline int
_tg_db_column_int (TgDbStmt *stmt,
                   int       column)
{
  return stmt->engine->column_int (stmt, column);
}

/* NULL for a NULL value. */
static inline const char *
_tg_db_column_text (TgDbStmt *stmt,
                    int       column)
{
  return stmt->engine->column_text (stmt, column);
}

static inline gconstpointer
_tg_db_column_blob (TgDbStmt *stmt,
                    int       column)
{
  return stmt->engine->column_blob (stmt, column);
}

/* The size of the value read last by _tg_db_column_text or _blob. */
static inline gsize
_tg_db_column_bytes (TgDbStmt *stmt,
                     int       column)
{
  return stmt->engine->column_bytes (stmt, column);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TgDbStmt, _tg_db_stmt_free)

G_END_DECLS
