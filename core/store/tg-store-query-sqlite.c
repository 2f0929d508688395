/* tg-store-query-sqlite.c — what a search asks of SQLite alone
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SQLite-only (issue 17): the matches of a search in the FTS5 table
 * cases_fts, the SQL function tg_search_match that a walk along an index
 * tests each row with, the matches passed as one JSON parameter
 * (json_each), PRAGMA data_version and the connection's change counter
 * that tell when the cached matches are stale. Engine hooks of
 * tg-store-private.h; the server's are in tg-pg-query.c.
 */
#define G_LOG_DOMAIN "tg-store"

#include "config.h"

#include <stdlib.h>

#include "tg-db-sqlite.h"
#include "tg-store-sqlite.h"

const char _tg_store_sqlite_rowid_in_list[] = "rowid IN (SELECT value FROM json_each (?))";

/* search_words_parts: FTS5's trigram index of search_words (schema 7);
 * the word quoted as a phrase. */
const char _tg_store_sqlite_words_containing[] =
  "SELECT word FROM search_words_parts WHERE search_words_parts MATCH '\"' || ? || '\"'";

const char _tg_store_sqlite_add_search_words[] =
  "INSERT INTO search_words (word) SELECT value FROM json_each (?) WHERE true ON CONFLICT DO NOTHING";

/* Each word of the user's text must match as a prefix, or be one of the
 * words @inside gives it ("баев"* OR "нұрбаев"); quoting each word keeps
 * FTS5 syntax in the input from being interpreted (the words of
 * search_words are letters only). */
char *
_tg_store_sqlite_fts_expression (const char *search,
                                 GHashTable *inside)
{
  g_auto(GStrv) words = g_strsplit_set (search, " \t\n", -1);
  GString *expr = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      GPtrArray *others = g_hash_table_lookup (inside, words[i]);
      g_autofree char *escaped = NULL;
      g_auto(GStrv) parts = NULL;

      if (*words[i] == '\0')
        continue;
      parts = g_strsplit (words[i], "\"", -1);
      escaped = g_strjoinv ("\"\"", parts);

      /* FTS5 joins phrases by themselves, not a phrase and a group. */
      if (expr->len > 0)
        g_string_append (expr, " AND ");
      if (others == NULL || others->len == 0)
        {
          g_string_append_printf (expr, "\"%s\"*", escaped);
          continue;
        }
      g_string_append_printf (expr, "(\"%s\"*", escaped);
      for (guint j = 0; j < others->len; j++)
        g_string_append_printf (expr, " OR \"%s\"", (char *) others->pdata[j]);
      g_string_append_c (expr, ')');
    }
  if (expr->len == 0)
    {
      g_string_free (expr, TRUE);
      return NULL;
    }
  return g_string_free (expr, FALSE);
}

/* tg_search_match (ROWID): whether ROWID is among the cached matches.
 * Counts down a walk's budget and fails the statement when it is spent,
 * so that the caller can switch to looking the matches up. */
static void
search_match_func (sqlite3_context  *ctx,
                   int               argc,
                   sqlite3_value   **argv)
{
  TgStore *self = sqlite3_user_data (ctx);
  gint64 rowid = sqlite3_value_int64 (argv[0]);
  GArray *rowids = self->search.tested;

  if (self->search.probes == 0)
    {
      self->search.exhausted = TRUE;
      sqlite3_result_error (ctx, "tg_search_match: the walk's budget is spent", -1);
      return;
    }
  self->search.probes--;
  sqlite3_result_int (ctx, rowids != NULL && rowids->len > 0 &&
                           bsearch (&rowid, rowids->data, rowids->len, sizeof (gint64), _tg_store_compare_rowids) != NULL);
}

/* Changes when another connection commits; this connection's own writes
 * are told by its generation and change counter instead. */
gboolean
_tg_store_sqlite_data_version (TgStore *self,
                               gboolean ask,
                        gint64  *version,
                        GError **error)
{
  TgDbStmt *stmt = _tg_store_stmt (self, "PRAGMA data_version", error);

  if (stmt == NULL)
    return FALSE;
  if (_tg_db_step (stmt) != TG_DB_ROW)
    {
      _tg_store_set_db_error (self, error);
      _tg_db_reset (stmt);
      return FALSE;
    }
  *version = _tg_db_column_int64 (stmt, 0);
  _tg_db_reset (stmt);
  return TRUE;
}

gboolean
_tg_store_sqlite_query_init (TgStore *self,
                      GError **error)
{
  if (sqlite3_create_function_v2 (_tg_db_sqlite_handle (self->db), "tg_search_match", 1, SQLITE_UTF8 | SQLITE_DIRECTONLY,
                                  self, search_match_func, NULL, NULL, NULL) != SQLITE_OK)
    return _tg_store_set_db_error (self, error);
  self->search.probes = G_MAXUINT64;
  return _tg_store_sqlite_data_version (self, TRUE, &self->polled_version, error);
}

gint64
_tg_store_sqlite_total_changes (TgStore *self)
{
  return sqlite3_total_changes64 (_tg_db_sqlite_handle (self->db));
}

gboolean
_tg_store_sqlite_fts_matches (TgStore    *self,
                       const char *expr,
                       GArray     *rowids,
                       GError    **error)
{
  /* FTS5 yields matches in rowid order without sorting them. */
  TgDbStmt *stmt = _tg_store_stmt (self, "SELECT rowid FROM cases_fts WHERE cases_fts MATCH ? ORDER BY rowid", error);

  if (stmt == NULL)
    return FALSE;
  _tg_db_bind_text (stmt, 1, expr);
  return _tg_store_read_rowids (self, stmt, rowids, error);
}
