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
  ") AS facts GROUP BY key HAVING sum (c) <> 0 ORDER BY key"

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
    ") AS facts GROUP BY cause HAVING sum (c) > 0 ORDER BY sum (c) DESC, cause",
};

gboolean
tg_store_statistics (TgStore          *self,
                     TgStatSource      source,
                     const TgStatSpan *span,
                     TgStatFunc        func,
                     gpointer          user_data,
                     GError          **error)
{
  TgDbStmt *stmt;
  TgDbStep rc;

  g_return_val_if_fail (TG_IS_STORE (self), FALSE);
  g_return_val_if_fail ((guint) source < G_N_ELEMENTS (source_sql), FALSE);

  stmt = _tg_store_stmt (self, source_sql[source], error);
  if (stmt == NULL)
    return FALSE;
  _tg_db_bind_text (stmt, 1, span->month_from);
  _tg_db_bind_text (stmt, 2, span->month_to);
  for (guint i = 0; i < 2; i++)
    {
      _tg_db_bind_text (stmt, 3 + 2 * i, span->edge_from[i]);
      _tg_db_bind_text (stmt, 4 + 2 * i, span->edge_until[i]);
    }
  while ((rc = _tg_db_step (stmt)) == TG_DB_ROW)
    func (_tg_db_column_text (stmt, 0),
          _tg_db_column_int (stmt, 1), _tg_db_column_int (stmt, 2),
          _tg_db_column_int (stmt, 3), _tg_db_column_int (stmt, 4), user_data);
  _tg_db_reset (stmt);
  return rc == TG_DB_DONE || _tg_store_set_db_error (self, error);
}
