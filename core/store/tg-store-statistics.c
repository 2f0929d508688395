/* tg-store-statistics.c — aggregate queries for accident statistics
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Schema 2 keeps stat_cells (dimension, month, key → cases, victims,
 * deaths, severe injuries) and stat_causes (month, cause → count) current
 * with triggers, so a report over ten years reads a few thousand cells
 * instead of a million cases. The views stat_key_* spell each key once,
 * for the triggers and for the partial months read here.
 */
#define G_LOG_DOMAIN "tg-statistics"

#include "config.h"

#include "tg-store-private.h"
#include "tg-store-statistics.h"

#define SUMS " sum (c), sum (v), sum (d), sum (s)"
#define CELLS(key, dim) \
  "SELECT " key " AS key, cases AS c, victims AS v, deaths AS d, severe AS s FROM stat_cells" \
  " WHERE dim = '" dim "' AND month BETWEEN ?1 AND ?2"
#define FACTS(key, view, from, until) \
  " UNION ALL SELECT " key ", 1, n_victims, n_deaths, n_severe FROM " view \
  " WHERE occurred >= " from " AND occurred < " until
#define BY_KEY(key, dim, view) \
  "SELECT key," SUMS " FROM (" CELLS (key, dim) \
  FACTS (key, view, "?3", "?4") FACTS (key, view, "?5", "?6") \
  ") GROUP BY key HAVING sum (c) <> 0 ORDER BY key"

static const char * const source_sql[] = {
  [TG_STAT_SOURCE_REGION] = BY_KEY ("key", "region", "stat_key_region"),
  [TG_STAT_SOURCE_DIVISION] = BY_KEY ("key", "division", "stat_key_division"),
  [TG_STAT_SOURCE_SEVERITY] = BY_KEY ("key", "severity", "stat_key_severity"),
  [TG_STAT_SOURCE_GROUP] = BY_KEY ("key", "group", "stat_key_group"),
  [TG_STAT_SOURCE_JURISDICTION] = BY_KEY ("key", "jurisdiction", "stat_key_jurisdiction"),
  /* every case has exactly one region cell: months and years add them up */
  [TG_STAT_SOURCE_MONTH] = BY_KEY ("month", "region", "stat_facts"),
  [TG_STAT_SOURCE_YEAR] = BY_KEY ("substr (month, 1, 4)", "region", "stat_facts"),
  [TG_STAT_SOURCE_CAUSE] =
    "SELECT cause, sum (c), 0, 0, 0 FROM ("
    "SELECT cause, cases AS c FROM stat_causes WHERE month BETWEEN ?1 AND ?2"
    " UNION ALL SELECT cause, 1 FROM stat_cause_facts WHERE occurred >= ?3 AND occurred < ?4"
    " UNION ALL SELECT cause, 1 FROM stat_cause_facts WHERE occurred >= ?5 AND occurred < ?6"
    ") GROUP BY cause HAVING sum (c) > 0 ORDER BY sum (c) DESC, cause",
};

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
_tg_store_stats_defer (TgStore *self,
                       GError **error)
{
  g_autoptr(GPtrArray) triggers = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (self->stats.triggers == NULL, FALSE);

  stmt = _tg_store_stmt (self, "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'"
                              " AND (tbl_name = 'cases' OR tbl_name = 'findings_items') AND name GLOB 'stat_*'"
                              " ORDER BY rowid", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_ptr_array_add (names, _tg_store_column_dup (stmt, 0));
      g_ptr_array_add (triggers, _tg_store_column_dup (stmt, 1));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
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
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      return _tg_store_set_db_error (self, error);
    }
  self->stats.first_new = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
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
  sqlite3_stmt *stmt;

  if (self->stats.triggers == NULL || rowid >= self->stats.first_new)
    return TRUE;
  stmt = _tg_store_stmt (self, "INSERT OR IGNORE INTO temp.stat_touched (rowid) VALUES (?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, rowid);
  if (!_tg_store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (self->db) == 0)
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (out); i++)
    {
      stmt = _tg_store_stmt (self, out[i], error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, rowid);
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
      sqlite3_stmt *stmt = _tg_store_stmt (self, in[i], error);

      if (stmt == NULL)
        return FALSE;
      if (i < 2)
        sqlite3_bind_int64 (stmt, 1, self->stats.first_new);
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

gboolean
tg_store_statistics (TgStore          *self,
                     TgStatSource      source,
                     const TgStatSpan *span,
                     TgStatFunc        func,
                     gpointer          user_data,
                     GError          **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (TG_IS_STORE (self), FALSE);
  g_return_val_if_fail ((guint) source < G_N_ELEMENTS (source_sql), FALSE);

  stmt = _tg_store_stmt (self, source_sql[source], error);
  if (stmt == NULL)
    return FALSE;
  _tg_store_bind_text (stmt, 1, span->month_from);
  _tg_store_bind_text (stmt, 2, span->month_to);
  for (guint i = 0; i < 2; i++)
    {
      _tg_store_bind_text (stmt, 3 + 2 * i, span->edge_from[i]);
      _tg_store_bind_text (stmt, 4 + 2 * i, span->edge_until[i]);
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    func ((const char *) sqlite3_column_text (stmt, 0),
          sqlite3_column_int (stmt, 1), sqlite3_column_int (stmt, 2),
          sqlite3_column_int (stmt, 3), sqlite3_column_int (stmt, 4), user_data);
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE || _tg_store_set_db_error (self, error);
}
