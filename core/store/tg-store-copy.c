/* tg-store-copy.c — a database moved whole to another, chains intact
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by both engines: the rows travel through tg-db.h, each value as
 * the source gives it; what an engine does its own way (listing a table's
 * columns, keeping the chains' actors on the server, the row id
 * sequences) is its TgStoreEngine's.
 */
#define G_LOG_DOMAIN "tg-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-store-copy.h"
#include "tg-store-private.h"

/* Every table of the schema (tg-store-schema-sqlite.c, pg/schema.sql),
 * parents before the rows that name them. */
static const char *const copied[] = {
  "cases", "victims", "members", "extensions", "findings_items", "disputes",
  "dispute_positions", "requests", "documents", "history", "receipts",
  "conflicts", "reviews", "act_receipts", "exchange_log", "cases_fts",
  "settings", "dated_settings", "calendar_entries", "number_sequence",
  "order_sequence",
};
/* What a new database has already (opening a file seeds the calendar and
 * its settings; server init the calendar): the source's take their place. */
static const char *const emptied_first[] = {
  "settings", "dated_settings", "calendar_entries", "number_sequence",
  "order_sequence",
};
/* Not copied: stat_cells and stat_causes, which the destination's triggers
 * make from the cases as they arrive, and search_words, which the
 * destination makes from the full-text rows (copy_end). */

static GPtrArray *
columns_of (TgStore    *store,
            const char *table,
            GError    **error)
{
  g_autoptr(GPtrArray) columns = g_ptr_array_new_with_free_func (g_free);
  TgDbStmt *stmt = _tg_store_stmt (store, store->engine->sql_columns, error);
  TgDbStep step;

  if (stmt == NULL)
    return NULL;
  _tg_db_bind_text (stmt, 1, table);
  while ((step = _tg_db_step (stmt)) == TG_DB_ROW)
    g_ptr_array_add (columns, _tg_db_column_dup (stmt, 0));
  _tg_db_reset (stmt);
  if (step != TG_DB_DONE)
    {
      _tg_store_set_db_error (store, error);
      return NULL;
    }
  /* SQLite's full-text table keeps its row id outside its columns. */
  if (g_str_equal (table, "cases_fts") &&
      !g_ptr_array_find_with_equal_func (columns, "rowid", g_str_equal, NULL))
    g_ptr_array_insert (columns, 0, g_strdup ("rowid"));
  return g_steal_pointer (&columns);
}

static gboolean
copy_table (TgStore    *from,
            TgStore    *to,
            const char *table,
            guint64    *n_rows,
            GError    **error)
{
  g_autoptr(GPtrArray) columns = columns_of (to, table, error);
  g_autoptr(GPtrArray) theirs = columns_of (from, table, error);
  g_autoptr(GString) select_sql = NULL;
  g_autoptr(TgDbStmt) select = NULL;
  g_autoptr(TgDbAppend) append = NULL;
  GError *db_error = NULL;
  TgDbStep step;

  if (columns == NULL || theirs == NULL)
    return FALSE;
  /* A column one engine alone has (the server's recorded_by) takes its
   * default on the other side. */
  for (guint i = columns->len; i-- > 0; )
    if (!g_ptr_array_find_with_equal_func (theirs, columns->pdata[i], g_str_equal, NULL))
      g_ptr_array_remove_index (columns, i);
  select_sql = g_string_new ("SELECT ");
  for (guint i = 0; i < columns->len; i++)
    /* Names from the destination's own catalogue, never from input. */
    g_string_append_printf (select_sql, "%s%s", i > 0 ? ", " : "", (char *) columns->pdata[i]);
  g_string_append_printf (select_sql, " FROM %s", table);

  select = _tg_store_prepare (from, select_sql->str, error);
  if (select == NULL)
    return FALSE;
  append = _tg_db_append_begin (to->db, table, (const char * const *) columns->pdata, columns->len, &db_error);
  if (append == NULL)
    return _tg_store_take_db_error (to, db_error, error);
  *n_rows = 0;
  while ((step = _tg_db_step (select)) == TG_DB_ROW)
    {
      for (guint i = 0; i < columns->len; i++)
        if (_tg_db_column_type (select, (int) i) == TG_DB_FLOAT)
          {
            /* The schema has no such column; a value of this kind is not ours. */
            g_set_error (error, TG_STORE_ERROR, TG_STORE_ERROR_FAILED,
                         _("A value of an unexpected kind in column %s of %s: the database is not one Tergeu wrote."),
                         (char *) columns->pdata[i], table);
            return FALSE;
          }
      if (!_tg_db_append_row (append, select, &db_error))
        return _tg_store_take_db_error (to, db_error, error);
      (*n_rows)++;
    }
  if (step != TG_DB_DONE)
    return _tg_store_set_db_error (from, error);
  if (!_tg_db_append_end (g_steal_pointer (&append), &db_error))
    return _tg_store_take_db_error (to, db_error, error);
  return TRUE;
}

static gboolean
copy_all (TgStore             *from,
          TgStore             *to,
          TgStoreCopyProgress  progress,
          gpointer             user_data,
          guint64             *n_cases,
          GError             **error)
{
  gint64 there = 0;

  if (!_tg_store_query_int64 (to, "SELECT count(*) FROM cases", &there, error))
    return FALSE;
  if (there > 0)
    {
      g_set_error (error, TG_STORE_ERROR, TG_STORE_ERROR_REFUSED,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The destination already holds %lld case: a database is copied only into a new one (a new file, or a server just set up with “tergeu-cli server init”). Nothing was copied.",
                                "The destination already holds %lld cases: a database is copied only into a new one (a new file, or a server just set up with “tergeu-cli server init”). Nothing was copied.",
                                there),
                   (long long) there);
      return FALSE;
    }
  if (!to->engine->copy_begin (to, error))
    return FALSE;
  for (gsize i = 0; i < G_N_ELEMENTS (emptied_first); i++)
    {
      g_autofree char *count = g_strdup_printf ("SELECT count(*) FROM %s", emptied_first[i]);
      g_autofree char *sql = g_strdup_printf ("DELETE FROM %s", emptied_first[i]);
      gint64 rows = 0;

      /* An empty table is left alone: on the server, a login may not be
       * allowed to delete from it (the number sequences). */
      if (!_tg_store_query_int64 (to, count, &rows, error) ||
          (rows > 0 && !_tg_store_exec (to, sql, error)))
        return FALSE;
    }
  for (gsize i = 0; i < G_N_ELEMENTS (copied); i++)
    {
      guint64 n_rows = 0;

      if (!copy_table (from, to, copied[i], &n_rows, error))
        return FALSE;
      if (g_str_equal (copied[i], "cases") && n_cases != NULL)
        *n_cases = n_rows;
      if (progress != NULL)
        progress (copied[i], n_rows, user_data);
    }
  return to->engine->copy_end (to, error);
}

gboolean
tg_store_copy (TgStore             *from,
               TgStore             *to,
               TgStoreCopyProgress  progress,
               gpointer             user_data,
               guint64             *n_cases,
               GError             **error)
{
  g_return_val_if_fail (TG_IS_STORE (from) && TG_IS_STORE (to) && from != to, FALSE);

  /* The source's write lock too: its state stays the one copied until
   * the destination has committed. */
  if (!_tg_store_tx_begin (from, error))
    return FALSE;
  if (!_tg_store_tx_begin (to, error))
    {
      _tg_store_tx_rollback (from);
      return FALSE;
    }
  if (!copy_all (from, to, progress, user_data, n_cases, error))
    {
      _tg_store_tx_rollback (to);
      _tg_store_tx_rollback (from);
      return FALSE;
    }
  /* A commit that fails has rolled back already. */
  if (!_tg_store_tx_commit (to, error))
    {
      _tg_store_tx_rollback (from);
      return FALSE;
    }
  _tg_store_tx_rollback (from);
  return TRUE;
}
