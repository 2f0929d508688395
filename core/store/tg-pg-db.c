/* tg-pg-db.c — tg-db.h on PostgreSQL, through libpq
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * PostgreSQL-only (issue 17). A statement is prepared on the server once,
 * under a name of its own, and kept for the connection's life like
 * SQLite's; its parameters travel as text (blobs as binary), and its
 * results come back as text, read whole at the first step: libpq cannot
 * run a second statement on a connection while the rows of another are
 * still coming, and the store steps one statement inside the loop of
 * another. A walk over every case (verify, export, a copy: a statement of
 * its own, _tg_db_prepare) run in a transaction reads through a cursor,
 * WALK_BATCH rows at a time, so that its memory does not grow with the
 * database.
 *
 * Writers: `begin_write` takes a transaction-scoped advisory lock, the
 * same for every Tergeu connection to the database, so writers follow one
 * another as they do on SQLite (BEGIN IMMEDIATE): a command's revision
 * check, the year's next order number and the history head are read and
 * written by one writer at a time, and readers are never blocked.
 */
#define G_LOG_DOMAIN "tg-store"

#include "config.h"

#include <string.h>

#include "tg-pg-db.h"
#include "tg-pg-private.h"

/* The type oids of pg_type.h that decide a column's TgDbType. */
enum
{
  OID_BOOL = 16,
  OID_BYTEA = 17,
  OID_INT8 = 20,
  OID_INT2 = 21,
  OID_INT4 = 23,
  OID_TEXT = 25,
  OID_OID = 26,
  OID_FLOAT4 = 700,
  OID_FLOAT8 = 701,
  OID_NUMERIC = 1700,
};

typedef struct
{
  TgDb    parent;
  PGconn *handle;
  guint   next_name;
  gint64  changes;
  gint64  total_changes;   /* of every statement on the connection */
  char    sqlstate[6];
  char   *message;         /* of the last error */
  GString *copy;           /* rows of a COPY not yet sent (append_row) */
} TgDbPg;

typedef struct
{
  TgDbStmt       parent;
  TgDbPg        *db;
  char          *sql;      /* as the store wrote it, for the cache */
  char           name[24]; /* the server's name of the prepared statement */
  int            n_params;
  char         **values;   /* NULL: SQL NULL */
  int           *lengths;
  int           *formats;  /* 1: binary (a blob, not ours) */
  PGresult      *result;   /* of this run, NULL before the first step */
  int            row;
  unsigned char *blob;     /* a bytea column decoded, until the next step */
  size_t         blob_size;
  int            blob_column;
  /* A statement of its own that reads (a walk over every case), run
   * inside a transaction: its rows come through a cursor, WALK_BATCH at a
   * time, rather than all at once. */
  char          *declare;   /* its DECLARE … CURSOR FOR, numbered; NULL: not such a statement */
  gboolean       declare_prepared;
  gboolean       cursor_open;
  gboolean       cursor_last;  /* the last batch is in result */
} TgDbPgStmt;

/* Rows a walk holds at a time: the history's, a few kB each. */
#define WALK_BATCH 1000

#define DB(db)     ((TgDbPg *) (db))
#define STMT(stmt) ((TgDbPgStmt *) (stmt))

static const TgDbEngine pg_engine;

TgDbError
_tg_db_pg_error_kind (const char *sqlstate)
{
  /* Appendix A of the PostgreSQL manual, "PostgreSQL Error Codes". */
  static const struct
  {
    const char *prefix;
    TgDbError   kind;
  } kinds[] = {
    { "40001", TG_DB_ERROR_BUSY },       /* serialization_failure */
    { "40P01", TG_DB_ERROR_BUSY },       /* deadlock_detected */
    { "55P03", TG_DB_ERROR_BUSY },       /* lock_not_available */
    { "57014", TG_DB_ERROR_BUSY },       /* query_canceled (lock_timeout) */
    { "23", TG_DB_ERROR_CONSTRAINT },    /* integrity constraint violation */
    { "53100", TG_DB_ERROR_FULL },       /* disk_full */
    { "53400", TG_DB_ERROR_FULL },       /* configuration_limit_exceeded */
    { "XX001", TG_DB_ERROR_CORRUPT },    /* data_corrupted */
    { "XX002", TG_DB_ERROR_CORRUPT },    /* index_corrupted */
    { "42501", TG_DB_ERROR_READ_ONLY },  /* insufficient_privilege */
    { "25006", TG_DB_ERROR_READ_ONLY },  /* read_only_sql_transaction */
    { "08", TG_DB_ERROR_OPEN },          /* connection exception */
    { "28", TG_DB_ERROR_OPEN },          /* invalid authorization */
    { "3D", TG_DB_ERROR_OPEN },          /* invalid catalog name */
  };

  for (gsize i = 0; sqlstate != NULL && i < G_N_ELEMENTS (kinds); i++)
    if (g_str_has_prefix (sqlstate, kinds[i].prefix))
      return kinds[i].kind;
  return TG_DB_ERROR_OTHER;
}

static void
note_error (TgDbPg         *db,
            const PGresult *result)
{
  const char *state = result != NULL ? PQresultErrorField (result, PG_DIAG_SQLSTATE) : NULL;
  const char *message = result != NULL ? PQresultErrorField (result, PG_DIAG_MESSAGE_PRIMARY) : NULL;

  /* No result or no SQLSTATE: the connection itself failed. */
  g_strlcpy (db->sqlstate, state != NULL ? state : "08006", sizeof db->sqlstate);
  g_free (db->message);
  db->message = g_strchomp (g_strdup (message != NULL ? message : PQerrorMessage (db->handle)));
}

/* Whether @result (freed here) has the status @expected; if not, its
 * error is noted on @db. */
static gboolean
take_result (TgDbPg         *db,
             PGresult       *result,
             ExecStatusType  expected)
{
  gboolean ok = PQresultStatus (result) == expected;

  if (!ok)
    note_error (db, result);
  PQclear (result);
  return ok;
}

static gboolean
db_set_error (TgDb    *db,
              GError **error)
{
  g_set_error_literal (error, TG_DB_ERROR, _tg_db_pg_error_kind (DB (db)->sqlstate),
                       DB (db)->message != NULL ? DB (db)->message : "");
  return FALSE;
}

TgDb *
_tg_db_pg_open (const char *conninfo,
                GError    **error)
{
  TgDbPg *db = g_new0 (TgDbPg, 1);

  db->handle = _tg_pg_connect_any (conninfo);
  if (db->handle == NULL || PQstatus (db->handle) != CONNECTION_OK)
    {
      /* Whether a password is what is missing, or what the server
       * refused (or, having taken it, refused something after it: its
       * words say which). */
      gboolean password = db->handle != NULL &&
                          (PQconnectionNeedsPassword (db->handle) || PQconnectionUsedPassword (db->handle));

      g_set_error_literal (error, TG_DB_ERROR, password ? TG_DB_ERROR_PASSWORD : TG_DB_ERROR_OPEN,
                           db->handle != NULL ? g_strchomp (PQerrorMessage (db->handle)) : "");
      PQfinish (db->handle);
      g_free (db);
      return NULL;
    }
  g_strlcpy (db->sqlstate, "00000", sizeof db->sqlstate);
  _tg_db_init (&db->parent, &pg_engine);
  return &db->parent;
}

PGconn *
_tg_db_pg_handle (TgDb *db)
{
  g_assert (db->engine == &pg_engine);
  return DB (db)->handle;
}

gint64
_tg_db_pg_total_changes (TgDb *db)
{
  g_assert (db->engine == &pg_engine);
  return DB (db)->total_changes;
}

const char *
_tg_db_pg_sqlstate (TgDb *db)
{
  g_assert (db->engine == &pg_engine);
  return DB (db)->sqlstate;
}

/* @used, when given, gets the numbers of the parameters @sql names. */
static char *
number_params (const char *sql,
               int        *n_params,
               GHashTable *used)
{
  GString *out = g_string_sized_new (strlen (sql) + 16);
  int largest = 0;
  const char *p = sql;

  while (*p != '\0')
    {
      if (*p == '\'' || *p == '"')
        {
          /* A quoted text or name runs to its closing quote; a doubled
           * quote inside is part of it. */
          char quote = *p;
          const char *end = p + 1;

          for (; *end != '\0'; end++)
            if (*end == quote)
              {
                if (end[1] != quote)
                  break;
                end++;
              }
          if (*end != '\0')
            end++;
          g_string_append_len (out, p, end - p);
          p = end;
        }
      else if (p[0] == '-' && p[1] == '-')
        {
          const char *end = strchr (p, '\n');

          end = end != NULL ? end : p + strlen (p);
          g_string_append_len (out, p, end - p);
          p = end;
        }
      else if (p[0] == '/' && p[1] == '*')
        {
          const char *end = strstr (p + 2, "*/");

          end = end != NULL ? end + 2 : p + strlen (p);
          g_string_append_len (out, p, end - p);
          p = end;
        }
      else if (*p == '?')
        {
          /* SQLite's rule: `?NNN` is parameter NNN, a bare `?` the one
           * after the largest so far. */
          int number;

          p++;
          if (g_ascii_isdigit (*p))
            {
              number = 0;
              while (g_ascii_isdigit (*p))
                number = number * 10 + (*p++ - '0');
            }
          else
            number = largest + 1;
          largest = MAX (largest, number);
          if (used != NULL)
            g_hash_table_add (used, GINT_TO_POINTER (number));
          g_string_append_printf (out, "$%d", number);
        }
      else
        g_string_append_c (out, *p++);
    }
  *n_params = largest;
  return g_string_free (out, FALSE);
}

char *
_tg_db_pg_number_params (const char *sql,
                         int        *n_params)
{
  return number_params (sql, n_params, NULL);
}

static TgDbStmt *
db_prepare (TgDb       *db,
            const char *sql,
            gboolean    cached,
            GError    **error)
{
  TgDbPgStmt *stmt;
  g_autofree char *numbered = NULL;
  g_autoptr(GHashTable) used = NULL;
  g_autofree Oid *types = NULL;
  PGresult *result;
  int n_params;

  /* Cached or not, a statement has a name of its own: one that runs once
   * may stay open while others are prepared and run. */
  used = g_hash_table_new (NULL, NULL);
  numbered = number_params (sql, &n_params, used);
  /* A parameter the SQL skips (SQLite's `?41` unused between ?40 and
   * ?42) has no type for the server to infer: it is text, and bound NULL
   * or ignored. The others are the server's to infer. */
  types = g_new0 (Oid, MAX (n_params, 1));
  for (int i = 0; i < n_params; i++)
    if (!g_hash_table_contains (used, GINT_TO_POINTER (i + 1)))
      types[i] = OID_TEXT;
  stmt = g_new0 (TgDbPgStmt, 1);
  g_snprintf (stmt->name, sizeof stmt->name, "tg%u", ++DB (db)->next_name);
  result = PQprepare (DB (db)->handle, stmt->name, numbered, n_params, types);
  if (!take_result (DB (db), result, PGRES_COMMAND_OK))
    {
      g_debug ("%s: %s", DB (db)->message, sql);
      g_free (stmt);
      db_set_error (db, error);
      return NULL;
    }
  stmt->parent.engine = &pg_engine;
  stmt->db = DB (db);
  stmt->sql = g_strdup (sql);
  stmt->n_params = n_params;
  stmt->values = g_new0 (char *, MAX (n_params, 1));
  stmt->lengths = g_new0 (int, MAX (n_params, 1));
  stmt->formats = g_new0 (int, MAX (n_params, 1));
  stmt->row = -1;
  stmt->blob_column = -1;
  if (!cached && g_ascii_strncasecmp (sql, "SELECT", 6) == 0)
    stmt->declare = g_strdup_printf ("DECLARE %sc NO SCROLL CURSOR FOR %s", stmt->name, numbered);
  return &stmt->parent;
}

static void
forget_blob (TgDbPgStmt *stmt)
{
  g_clear_pointer (&stmt->blob, PQfreemem);
  stmt->blob_size = 0;
  stmt->blob_column = -1;
}

/* Runs @sql (owned) on the cursor of @stmt; FALSE, noted, when it
 * failed; its rows to *@rows when asked. */
static gboolean
cursor_command (TgDbPgStmt *stmt,
                char       *sql,
                PGresult  **rows)
{
  g_autofree char *owned = sql;
  PGresult *result = PQexec (stmt->db->handle, owned);
  ExecStatusType status = PQresultStatus (result);

  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
    {
      note_error (stmt->db, result);
      PQclear (result);
      return FALSE;
    }
  if (rows != NULL)
    *rows = result;
  else
    PQclear (result);
  return TRUE;
}

/* Closes the cursor of @stmt. One read to its end is closed at once
 * (@there); one left before (a reset) only if it is still there: the
 * transaction that declared it may have ended, and closing a cursor that
 * is gone would fail the transaction in progress. */
static void
cursor_close (TgDbPgStmt *stmt,
              gboolean    there)
{
  PGresult *found = NULL;

  if (!stmt->cursor_open)
    return;
  stmt->cursor_open = FALSE;
  if (PQtransactionStatus (stmt->db->handle) != PQTRANS_INTRANS)
    return;
  if (!there &&
      (!cursor_command (stmt, g_strdup_printf ("SELECT 1 FROM pg_cursors WHERE name = '%sc'", stmt->name), &found) ||
       PQntuples (found) == 0))
    {
      g_clear_pointer (&found, PQclear);
      return;
    }
  g_clear_pointer (&found, PQclear);
  cursor_command (stmt, g_strdup_printf ("CLOSE %sc", stmt->name), NULL);
}

static void
reset (TgDbStmt *self)
{
  TgDbPgStmt *stmt = STMT (self);

  forget_blob (stmt);
  cursor_close (stmt, FALSE);
  g_clear_pointer (&stmt->result, PQclear);
  stmt->row = -1;
}

static void
unbind (TgDbPgStmt *stmt,
        int         i)
{
  if (stmt->formats[i] == 0)
    g_free (stmt->values[i]);
  stmt->values[i] = NULL;
  stmt->lengths[i] = 0;
  stmt->formats[i] = 0;
}

static void
clear_bindings (TgDbStmt *self)
{
  TgDbPgStmt *stmt = STMT (self);

  for (int i = 0; i < stmt->n_params; i++)
    unbind (stmt, i);
}

static void
stmt_finalize (TgDbStmt *self)
{
  TgDbPgStmt *stmt = STMT (self);
  PGconn *handle = stmt->db->handle;

  reset (self);
  clear_bindings (self);
  /* The server forgets the statement with the connection in any case;
   * inside a failed transaction it refuses every command but ROLLBACK. */
  if (PQstatus (handle) == CONNECTION_OK && PQtransactionStatus (handle) != PQTRANS_INERROR)
    {
      g_autofree char *sql = g_strdup_printf ("DEALLOCATE %s", stmt->name);

      PQclear (PQexec (handle, sql));
    }
  if (stmt->declare_prepared && PQstatus (handle) == CONNECTION_OK &&
      PQtransactionStatus (handle) != PQTRANS_INERROR)
    {
      g_autofree char *sql = g_strdup_printf ("DEALLOCATE %sd", stmt->name);

      PQclear (PQexec (handle, sql));
    }
  g_free (stmt->values);
  g_free (stmt->lengths);
  g_free (stmt->formats);
  g_free (stmt->sql);
  g_free (stmt->declare);
  g_free (stmt);
}

static const char *
stmt_sql (TgDbStmt *stmt)
{
  return STMT (stmt)->sql;
}

static void
bind_owned (TgDbStmt *self,
            int       index,
            char     *text)
{
  TgDbPgStmt *stmt = STMT (self);

  if (index < 1 || index > stmt->n_params)
    {
      g_critical ("%s: parameter %d of a statement that has %d", G_STRFUNC, index, stmt->n_params);
      g_free (text);
      return;
    }
  unbind (stmt, index - 1);
  stmt->values[index - 1] = text;
}

static void
bind_int64 (TgDbStmt *stmt, int index, gint64 value)
{
  bind_owned (stmt, index, g_strdup_printf ("%" G_GINT64_FORMAT, value));
}

static void
bind_int (TgDbStmt *stmt, int index, int value)
{
  bind_owned (stmt, index, g_strdup_printf ("%d", value));
}

static void
bind_text (TgDbStmt *stmt, int index, const char *text)
{
  bind_owned (stmt, index, g_strdup (text));
}

static void
bind_null (TgDbStmt *stmt, int index)
{
  bind_owned (stmt, index, NULL);
}

static void
bind_blob (TgDbStmt      *self,
           int            index,
           gconstpointer  data,
           gsize          size)
{
  TgDbPgStmt *stmt = STMT (self);

  bind_owned (self, index, NULL);
  if (index < 1 || index > stmt->n_params)
    return;
  /* Not copied (tg-db.h): it lives until the statement is reset. */
  stmt->values[index - 1] = (char *) (data != NULL ? data : "");
  stmt->lengths[index - 1] = (int) size;
  stmt->formats[index - 1] = 1;
}

/* Counts the rows @result changed, for a statement's step and for plain
 * SQL alike. A SELECT changes nothing (the search's cache asks "SELECT 1"
 * and must not see a change of its own); INSERT … RETURNING has rows and
 * a count. */
static void
note_changes (TgDbPg         *db,
              const PGresult *result)
{
  const char *tuples;

  if (g_str_has_prefix (PQcmdStatus ((PGresult *) result), "SELECT"))
    return;
  tuples = PQcmdTuples ((PGresult *) result);
  db->changes = tuples[0] != '\0' ? g_ascii_strtoll (tuples, NULL, 10) : 0;
  db->total_changes += db->changes;
}

/* The next batch of the cursor's rows into stmt->result. */
static gboolean
cursor_fetch (TgDbPgStmt *stmt)
{
  g_clear_pointer (&stmt->result, PQclear);
  if (!cursor_command (stmt, g_strdup_printf ("FETCH " G_STRINGIFY (WALK_BATCH) " FROM %sc", stmt->name),
                       &stmt->result))
    return FALSE;
  stmt->cursor_last = PQntuples (stmt->result) < WALK_BATCH;
  stmt->row = -1;
  return TRUE;
}

/* Declares the cursor of a walk with the bound parameters, and fetches
 * its first batch. */
static gboolean
cursor_open (TgDbPgStmt *stmt)
{
  g_autofree char *name = g_strdup_printf ("%sd", stmt->name);

  if (!stmt->declare_prepared)
    {
      if (!take_result (stmt->db, PQprepare (stmt->db->handle, name, stmt->declare, stmt->n_params, NULL),
                        PGRES_COMMAND_OK))
        return FALSE;
      stmt->declare_prepared = TRUE;
    }
  if (!take_result (stmt->db,
                    PQexecPrepared (stmt->db->handle, name, stmt->n_params, (const char *const *) stmt->values,
                                    stmt->lengths, stmt->formats, 0),
                    PGRES_COMMAND_OK))
    return FALSE;
  stmt->cursor_open = TRUE;
  stmt->cursor_last = FALSE;
  return cursor_fetch (stmt);
}

static TgDbStep
step (TgDbStmt *self)
{
  TgDbPgStmt *stmt = STMT (self);

  /* A walk inside a transaction reads through a cursor (DECLARE needs
   * one); outside, its rows come whole, as any statement's. */
  if (stmt->result == NULL && stmt->declare != NULL &&
      PQtransactionStatus (stmt->db->handle) == PQTRANS_INTRANS)
    {
      if (!cursor_open (stmt))
        {
          g_debug ("%s: %s", stmt->db->message, stmt->sql);
          return TG_DB_FAILED;
        }
    }
  else if (stmt->result == NULL)
    {
      PGresult *result = PQexecPrepared (stmt->db->handle, stmt->name, stmt->n_params,
                                         (const char *const *) stmt->values,
                                         stmt->lengths, stmt->formats, 0);
      ExecStatusType status = PQresultStatus (result);

      if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
        {
          note_error (stmt->db, result);
          g_debug ("%s: %s", stmt->db->message, stmt->sql);
          PQclear (result);
          return TG_DB_FAILED;
        }
      note_changes (stmt->db, result);
      stmt->result = result;
      stmt->row = -1;
    }
  forget_blob (stmt);
  if (stmt->row + 1 >= PQntuples (stmt->result) && stmt->cursor_open && !stmt->cursor_last &&
      !cursor_fetch (stmt))
    return TG_DB_FAILED;
  if (stmt->row + 1 < PQntuples (stmt->result))
    {
      stmt->row++;
      return TG_DB_ROW;
    }
  /* The end: a cursor read to it is closed now, in its transaction. */
  cursor_close (stmt, TRUE);
  stmt->row = PQntuples (stmt->result);
  return TG_DB_DONE;
}

static gboolean
in_row (TgDbPgStmt *stmt,
        int         column)
{
  return stmt->result != NULL && stmt->row >= 0 && stmt->row < PQntuples (stmt->result) &&
         column >= 0 && column < PQnfields (stmt->result);
}

static int
column_count (TgDbStmt *stmt)
{
  return STMT (stmt)->result != NULL ? PQnfields (STMT (stmt)->result) : 0;
}

static TgDbType
column_type (TgDbStmt *self, int column)
{
  TgDbPgStmt *stmt = STMT (self);

  if (!in_row (stmt, column) || PQgetisnull (stmt->result, stmt->row, column))
    return TG_DB_NULL;
  switch (PQftype (stmt->result, column))
    {
    case OID_BOOL:
    case OID_INT2:
    case OID_INT4:
    case OID_INT8:
    case OID_OID:
      return TG_DB_INTEGER;
    case OID_FLOAT4:
    case OID_FLOAT8:
    case OID_NUMERIC:
      return TG_DB_FLOAT;
    case OID_BYTEA:
      return TG_DB_BLOB;
    default:
      return TG_DB_TEXT;
    }
}

static const char *
column_text (TgDbStmt *self, int column)
{
  TgDbPgStmt *stmt = STMT (self);

  if (!in_row (stmt, column) || PQgetisnull (stmt->result, stmt->row, column))
    return NULL;
  return PQgetvalue (stmt->result, stmt->row, column);
}

/* An integer the server sent as text. Up to 18 digits are read here: a
 * search reads its matches' rowids by the ten thousand, and
 * g_ascii_strtoll took 8 % of bench-store's time on the server; anything
 * else (more digits, a sign of its own, a fraction) is its. */
static gint64
parse_int64 (const char *text)
{
  const char *p = text + (text[0] == '-');
  guint64 value = 0;
  int n = 0;

  for (; *p >= '0' && *p <= '9' && n < 18; p++, n++)
    value = value * 10 + (guint64) (*p - '0');
  if (*p != '\0' || n == 0)
    return g_ascii_strtoll (text, NULL, 10);
  return text[0] == '-' ? -(gint64) value : (gint64) value;
}

static gint64
column_int64 (TgDbStmt *self, int column)
{
  const char *text = column_text (self, column);

  if (text == NULL)
    return 0;
  /* Booleans come as "t" and "f"; SQLite's are 1 and 0. */
  if (PQftype (STMT (self)->result, column) == OID_BOOL)
    return text[0] == 't';
  return parse_int64 (text);
}

static int
column_int (TgDbStmt *self, int column)
{
  return (int) column_int64 (self, column);
}

static gconstpointer
column_blob (TgDbStmt *self, int column)
{
  TgDbPgStmt *stmt = STMT (self);
  const char *text = column_text (self, column);

  if (text == NULL || PQftype (stmt->result, column) != OID_BYTEA)
    return text;
  /* bytea comes as text ("\x…"): decoded once per row and column. */
  if (stmt->blob_column != column)
    {
      forget_blob (stmt);
      stmt->blob = PQunescapeBytea ((const unsigned char *) text, &stmt->blob_size);
      stmt->blob_column = column;
    }
  return stmt->blob;
}

static gsize
column_bytes (TgDbStmt *self, int column)
{
  TgDbPgStmt *stmt = STMT (self);

  if (!in_row (stmt, column) || PQgetisnull (stmt->result, stmt->row, column))
    return 0;
  if (PQftype (stmt->result, column) == OID_BYTEA)
    {
      column_blob (self, column);
      return stmt->blob_size;
    }
  return PQgetlength (stmt->result, stmt->row, column);
}

static gint64
db_changes (TgDb *db)
{
  return DB (db)->changes;
}

static gboolean
db_exec (TgDb       *db,
         const char *sql,
         GError    **error)
{
  PGresult *result = PQexec (DB (db)->handle, sql);
  ExecStatusType status = PQresultStatus (result);

  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
    {
      note_error (DB (db), result);
      PQclear (result);
      return db_set_error (db, error);
    }
  note_changes (DB (db), result);
  PQclear (result);
  return TRUE;
}

static gboolean
db_in_transaction (TgDb *db)
{
  return PQtransactionStatus (DB (db)->handle) != PQTRANS_IDLE;
}

static void
db_close (TgDb *db)
{
  PQfinish (DB (db)->handle);
  g_free (DB (db)->message);
  g_free (db);
}

/* --------------------------------------------------- appends: COPY */

/* Rows are sent in chunks of about this many bytes. */
#define COPY_CHUNK (256 * 1024)

static gboolean
copy_send (TgDbPg  *db,
           GError **error)
{
  if (db->copy->len > 0 &&
      PQputCopyData (db->handle, db->copy->str, (int) db->copy->len) != 1)
    {
      note_error (db, NULL);
      return db_set_error (&db->parent, error);
    }
  g_string_truncate (db->copy, 0);
  return TRUE;
}

static gboolean
append_begin (TgDb               *db,
              const char         *table,
              const char * const *columns,
              guint               n_columns,
              GError            **error)
{
  g_autoptr(GString) sql = g_string_new ("COPY ");

  /* Names from the store's own tables and catalogue, never from input. */
  g_string_append_printf (sql, "%s (", table);
  for (guint i = 0; i < n_columns; i++)
    g_string_append_printf (sql, "%s%s", i > 0 ? ", " : "", columns[i]);
  g_string_append (sql, ") FROM STDIN");
  if (!take_result (DB (db), PQexec (DB (db)->handle, sql->str), PGRES_COPY_IN))
    return db_set_error (db, error);
  DB (db)->copy = g_string_sized_new (COPY_CHUNK + 4096);
  return TRUE;
}

/* @text in COPY's text format: backslash, tab, newline and carriage
 * return escaped; everything else as it is. */
static void
copy_text (GString    *out,
           const char *text,
           gsize       size)
{
  const char *end = text + size;

  for (const char *p = text; p < end; p++)
    switch (*p)
      {
      case '\\': g_string_append (out, "\\\\"); break;
      case '\t': g_string_append (out, "\\t"); break;
      case '\n': g_string_append (out, "\\n"); break;
      case '\r': g_string_append (out, "\\r"); break;
      default: g_string_append_c (out, *p); break;
      }
}

static gboolean
append_row (TgDb     *db,
            TgDbStmt *row,
            guint     n_columns,
            GError  **error)
{
  static const char hex[] = "0123456789abcdef";
  GString *out = DB (db)->copy;

  for (guint i = 0; i < n_columns; i++)
    {
      if (i > 0)
        g_string_append_c (out, '\t');
      switch (_tg_db_column_type (row, (int) i))
        {
        case TG_DB_NULL:
          g_string_append (out, "\\N");
          break;
        case TG_DB_INTEGER:
          g_string_append_printf (out, "%" G_GINT64_FORMAT, _tg_db_column_int64 (row, (int) i));
          break;
        case TG_DB_BLOB:
          {
            const guchar *data = _tg_db_column_blob (row, (int) i);
            gsize size = _tg_db_column_bytes (row, (int) i);

            /* bytea's hex form, its backslash escaped for COPY. */
            g_string_append (out, "\\\\x");
            for (gsize b = 0; b < size; b++)
              {
                g_string_append_c (out, hex[data[b] >> 4]);
                g_string_append_c (out, hex[data[b] & 15]);
              }
            break;
          }
        case TG_DB_TEXT:
        case TG_DB_FLOAT:
        default:
          {
            const char *text = _tg_db_column_text (row, (int) i);

            copy_text (out, text, _tg_db_column_bytes (row, (int) i));
            break;
          }
        }
    }
  g_string_append_c (out, '\n');
  return out->len < COPY_CHUNK || copy_send (DB (db), error);
}

static gboolean
append_end (TgDb     *db,
            gboolean  keep,
            GError  **error)
{
  TgDbPg *pg = DB (db);
  gboolean ok = keep && copy_send (pg, error);
  PGresult *result;

  g_string_free (g_steal_pointer (&pg->copy), TRUE);
  /* Abandoned, the server drops what it was sent and fails the COPY. */
  if (PQputCopyEnd (pg->handle, ok ? NULL : "abandoned by Tergeu") != 1 && ok)
    {
      note_error (pg, NULL);
      ok = db_set_error (db, error);
    }
  while ((result = PQgetResult (pg->handle)) != NULL)
    {
      if (ok && PQresultStatus (result) != PGRES_COMMAND_OK)
        {
          note_error (pg, result);
          ok = db_set_error (db, error);
        }
      PQclear (result);
    }
  return ok;
}

static const TgDbEngine pg_engine = {
  .name = "postgresql",
  /* One writer at a time, as BEGIN IMMEDIATE on SQLite: the lock is the
   * database's (the number is "Tgru", the SQLite file's application_id)
   * and goes with the transaction, however it ends. */
  .begin_write = "BEGIN; SELECT pg_advisory_xact_lock (1416065653)",
  .begin_write_script = TRUE,
  /* One state of the database throughout (an export's walk). */
  .begin_read = "BEGIN ISOLATION LEVEL REPEATABLE READ",
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
  .append_begin = append_begin,
  .append_row = append_row,
  .append_end = append_end,
};
