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
