/* tg-store-statistics-sqlite.c — statistics cells deferred in bulk work
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SQLite-only (issue 17): the stat_* triggers that keep stat_cells and
 * stat_causes current are dropped for bulk work (read from sqlite_schema)
 * and put back before COMMIT, with the cells of the cases it wrote added
 * in grouped statements. Engine hooks of tg-store-private.h; the
 * server's PL/pgSQL triggers keep the cells whatever the work.
 */
#define G_LOG_DOMAIN "tg-statistics"

#include "config.h"

#include "tg-store-sqlite.h"

/* ---- deferred during bulk work ----------------------------------------- */

/* What the triggers add for one case, as one grouped statement for many;
 * the stat_key_* views still spell every key. */
#define CELLS_ADD(where) \
  "INSERT INTO stat_cells SELECT dim, month, key, 1, n_victims, n_deaths, n_severe" \
  " FROM stat_keys WHERE " where \
  " ON CONFLICT (dim, month, key) DO UPDATE SET cases = cases + excluded.cases," \
  " victims = victims + excluded.victims, deaths = deaths + excluded.deaths, severe = severe + excluded.severe"
#define CAUSES_ADD(where) \
  "INSERT INTO stat_causes SELECT month, cause, 1 FROM stat_cause_facts" \
  " WHERE " where \
  " ON CONFLICT (month, cause) DO UPDATE SET cases = cases + excluded.cases"
#define TOUCHED "case_rowid IN (SELECT rowid FROM temp.stat_touched)"

gboolean
_tg_store_sqlite_stats_defer (TgStore *self,
                       GError **error)
{
  g_autoptr(GPtrArray) triggers = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  TgDbStmt *stmt;
  TgDbStep rc;

  g_return_val_if_fail (self->stats.triggers == NULL, FALSE);

  stmt = _tg_store_stmt (self, "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'"
                              " AND (tbl_name = 'cases' OR tbl_name = 'findings_items') AND name GLOB 'stat_*'"
                              " ORDER BY rowid", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = _tg_db_step (stmt)) == TG_DB_ROW)
    {
      g_ptr_array_add (names, _tg_db_column_dup (stmt, 0));
      g_ptr_array_add (triggers, _tg_db_column_dup (stmt, 1));
    }
  _tg_db_reset (stmt);
  if (rc != TG_DB_DONE)
    return _tg_store_set_db_error (self, error);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *sql = g_strdup_printf ("DROP TRIGGER \"%s\"", (char *) names->pdata[i]);
      if (!_tg_store_exec (self, sql, error))
        return FALSE;
    }
  stmt = _tg_store_stmt (self, "SELECT coalesce (max (rowid), 0) + 1 FROM cases", error);
  if (stmt == NULL)
    return FALSE;
  if (_tg_db_step (stmt) != TG_DB_ROW)
    {
      _tg_db_reset (stmt);
      return _tg_store_set_db_error (self, error);
    }
  self->stats.first_new = _tg_db_column_int64 (stmt, 0);
  _tg_db_reset (stmt);
  if (!_tg_store_exec (self, "CREATE TEMP TABLE IF NOT EXISTS stat_touched (rowid INTEGER PRIMARY KEY);"
                            "DELETE FROM temp.stat_touched;", error))
    return FALSE;
  self->stats.triggers = g_steal_pointer (&triggers);
  return TRUE;
}

/* An older case is about to be written: out with what it counted, once. */
gboolean
_tg_store_stats_touch (TgStore *self,
                       gint64   rowid,
                       GError **error)
{
  static const char * const out[] = {
    "INSERT INTO stat_cells SELECT dim, month, key, -1, -n_victims, -n_deaths, -n_severe"
    " FROM stat_keys WHERE case_rowid = ?1"
    " ON CONFLICT (dim, month, key) DO UPDATE SET cases = cases + excluded.cases,"
    " victims = victims + excluded.victims, deaths = deaths + excluded.deaths, severe = severe + excluded.severe",
    "INSERT INTO stat_causes SELECT month, cause, -1 FROM stat_cause_facts WHERE case_rowid = ?1"
    " ON CONFLICT (month, cause) DO UPDATE SET cases = cases + excluded.cases",
  };
  TgDbStmt *stmt;

  if (self->stats.triggers == NULL || rowid >= self->stats.first_new)
    return TRUE;
  stmt = _tg_store_stmt (self, "INSERT OR IGNORE INTO temp.stat_touched (rowid) VALUES (?)", error);
  if (stmt == NULL)
    return FALSE;
  _tg_db_bind_int64 (stmt, 1, rowid);
  if (!_tg_store_step_done (self, stmt, error))
    return FALSE;
  if (_tg_db_changes (self->db) == 0)
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (out); i++)
    {
      stmt = _tg_store_stmt (self, out[i], error);
      if (stmt == NULL)
        return FALSE;
      _tg_db_bind_int64 (stmt, 1, rowid);
      if (!_tg_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* Before COMMIT: the new and the touched cases count, the triggers are
 * back. */
gboolean
_tg_store_stats_apply (TgStore *self,
                       GError **error)
{
  static const char * const in[] = {
    CELLS_ADD ("case_rowid >= ?1"),
    CAUSES_ADD ("case_rowid >= ?1"),
    CELLS_ADD (TOUCHED),
    CAUSES_ADD (TOUCHED),
  };

  if (self->stats.triggers == NULL)
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (in); i++)
    {
      TgDbStmt *stmt = _tg_store_stmt (self, in[i], error);

      if (stmt == NULL)
        return FALSE;
      if (i < 2)
        _tg_db_bind_int64 (stmt, 1, self->stats.first_new);
      if (!_tg_store_step_done (self, stmt, error))
        return FALSE;
    }
  for (guint i = 0; i < self->stats.triggers->len; i++)
    if (!_tg_store_exec (self, self->stats.triggers->pdata[i], error))
      return FALSE;
  if (!_tg_store_exec (self, "DELETE FROM temp.stat_touched", error))
    return FALSE;
  _tg_store_stats_forget (self);
  return TRUE;
}

/* After the transaction (ROLLBACK put the triggers back). */
void
_tg_store_stats_forget (TgStore *self)
{
  g_clear_pointer (&self->stats.triggers, g_ptr_array_unref);
}
