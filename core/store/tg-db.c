/* tg-db.c — what every engine's connection shares: the statement cache
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-store"

#include "config.h"

#include <string.h>

#include "tg-db.h"

G_DEFINE_QUARK (tg-db-error-quark, _tg_db_error)

void
_tg_db_init (TgDb             *db,
             const TgDbEngine *engine)
{
  db->engine = engine;
  db->stmts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                     (GDestroyNotify) engine->finalize);
  db->stmts_at = g_hash_table_new (g_direct_hash, g_direct_equal);
}

void
_tg_db_close (TgDb *db)
{
  if (db == NULL)
    return;
  g_clear_pointer (&db->stmts_at, g_hash_table_unref);
  g_clear_pointer (&db->stmts, g_hash_table_unref);
  db->engine->close (db);
}

TgDbStmt *
_tg_db_stmt (TgDb       *db,
             const char *sql,
             GError    **error)
{
  TgDbStmt *stmt;

  /* Nearly every caller passes a literal: its address finds the
   * statement. Text built at run time may come back at an address that
   * held other text, hence the comparison. */
  stmt = g_hash_table_lookup (db->stmts_at, sql);
  if (stmt == NULL || strcmp (stmt->engine->sql (stmt), sql) != 0)
    {
      stmt = g_hash_table_lookup (db->stmts, sql);
      if (stmt == NULL)
        {
          stmt = db->engine->prepare (db, sql, TRUE, error);
          if (stmt == NULL)
            return NULL;
          g_hash_table_insert (db->stmts, g_strdup (sql), stmt);
          g_hash_table_insert (db->stmts_at, (gpointer) sql, stmt);
          return stmt;
        }
      g_hash_table_insert (db->stmts_at, (gpointer) sql, stmt);
    }
  stmt->engine->reset (stmt);
  stmt->engine->clear_bindings (stmt);
  return stmt;
}

TgDbStmt *
_tg_db_prepare (TgDb       *db,
                const char *sql,
                GError    **error)
{
  return db->engine->prepare (db, sql, FALSE, error);
}

void
_tg_db_stmt_free (TgDbStmt *stmt)
{
  if (stmt != NULL)
    stmt->engine->finalize (stmt);
}

char *
_tg_db_column_dup (TgDbStmt *stmt,
                   int       column)
{
  return g_strdup (_tg_db_column_text (stmt, column));
}

/* ------------------------------------------------------- bulk appends */

struct _TgDbAppend
{
  TgDb     *db;
  TgDbStmt *insert;   /* NULL when the engine appends by itself */
  guint     n_columns;
};

TgDbAppend *
_tg_db_append_begin (TgDb               *db,
                     const char         *table,
                     const char * const *columns,
                     guint               n_columns,
                     GError            **error)
{
  g_autoptr(GString) sql = NULL;
  TgDbAppend *append;

  g_return_val_if_fail (n_columns > 0, NULL);
  if (db->engine->append_begin != NULL)
    {
      if (!db->engine->append_begin (db, table, columns, n_columns, error))
        return NULL;
      append = g_new0 (TgDbAppend, 1);
      append->db = db;
      append->n_columns = n_columns;
      return append;
    }
  /* Names from the store's own tables and catalogue, never from input. */
  sql = g_string_new ("INSERT INTO ");
  g_string_append_printf (sql, "%s (", table);
  for (guint i = 0; i < n_columns; i++)
    g_string_append_printf (sql, "%s%s", i > 0 ? ", " : "", columns[i]);
  g_string_append (sql, ") VALUES (");
  for (guint i = 0; i < n_columns; i++)
    g_string_append (sql, i > 0 ? ", ?" : "?");
  g_string_append (sql, ")");
  append = g_new0 (TgDbAppend, 1);
  append->db = db;
  append->n_columns = n_columns;
  append->insert = db->engine->prepare (db, sql->str, FALSE, error);
  if (append->insert == NULL)
    {
      g_free (append);
      return NULL;
    }
  return append;
}

gboolean
_tg_db_append_row (TgDbAppend *append,
                   TgDbStmt   *row,
                   GError    **error)
{
  TgDbStmt *insert = append->insert;
  TgDbStep step;

  if (insert == NULL)
    return append->db->engine->append_row (append->db, row, append->n_columns, error);
  for (guint i = 0; i < append->n_columns; i++)
    switch (_tg_db_column_type (row, (int) i))
      {
      case TG_DB_NULL:
        _tg_db_bind_null (insert, (int) i + 1);
        break;
      case TG_DB_INTEGER:
        _tg_db_bind_int64 (insert, (int) i + 1, _tg_db_column_int64 (row, (int) i));
        break;
      case TG_DB_BLOB:
        {
          gconstpointer data = _tg_db_column_blob (row, (int) i);

          /* Valid until @row steps again: after the insert. */
          _tg_db_bind_blob (insert, (int) i + 1, data, _tg_db_column_bytes (row, (int) i));
          break;
        }
      case TG_DB_TEXT:
      case TG_DB_FLOAT:
      default:
        _tg_db_bind_text (insert, (int) i + 1, _tg_db_column_text (row, (int) i));
        break;
      }
  step = _tg_db_step (insert);
  _tg_db_reset (insert);
  _tg_db_clear_bindings (insert);
  return step == TG_DB_DONE || _tg_db_set_error (append->db, error);
}

static gboolean
append_finish (TgDbAppend *append,
               gboolean    keep,
               GError    **error)
{
  gboolean ok = TRUE;

  if (append == NULL)
    return TRUE;
  if (append->insert != NULL)
    _tg_db_stmt_free (append->insert);
  else
    ok = append->db->engine->append_end (append->db, keep, error);
  g_free (append);
  return ok;
}

gboolean
_tg_db_append_end (TgDbAppend *append,
                   GError    **error)
{
  return append_finish (append, TRUE, error);
}

void
_tg_db_append_abandon (TgDbAppend *append)
{
  append_finish (append, FALSE, NULL);
}
