/* tg-store-oversight.c — the deadline dashboard's queries
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every query reads a partial index (schema 2: cases_control,
 * disputes_due; schema 1: requests_due, disputes_open) that holds only
 * what is under control — running investigations, pending commissions,
 * unanswered requests, open disputes —
 * so their cost follows the work in hand, not the size of the archive.
 * Without ANALYZE statistics the planner may prefer an index that gives
 * the GROUP BY order over the whole table; CROSS JOIN and INDEXED BY keep
 * it on the small ones. What only one engine spells its way — that index
 * hint, SQLite's CROSS JOIN … ON that keeps the order of the join — is
 * written {control} and {cross_join} here, and the engine's words replace
 * them (tg-store-private.h). How late an accident was reported is a
 * column of the case (report_delay, schema 7), kept in cases_control.
 */
#define G_LOG_DOMAIN "tg-oversight"

#include "config.h"

#include <string.h>

#include "tg-store-oversight.h"
#include "tg-store-private.h"

#define TEXT(stmt, col) (_tg_db_column_text (stmt, col))

/* @sql in the engine's words (the statement cache finds it by its text). */
static char *
dialect (TgStore    *self,
         const char *sql)
{
  GString *out = g_string_new (sql);

  g_string_replace (out, "{control}", self->engine->sql_control_index, 0);
  g_string_replace (out, "{cross_join}", self->engine->sql_cross_join, 0);
  return g_string_free (out, FALSE);
}

/* The first six columns of every item query. */
#define CASE_COLUMNS "c.id, c.number, c.region, c.state, c.body, c.employer_name"
#define REGION_FILTER " AND (CAST (?2 AS TEXT) IS NULL OR c.region = ?2)"

static const char investigations_sql[] =
  "SELECT " CASE_COLUMNS ", c.deadline,"
  " (SELECT count (*) FROM extensions e WHERE e.case_rowid = c.rowid),"
  " c.report_delay"
  " FROM cases c{control}"
  " WHERE c.deadline IS NOT NULL AND c.deleted = 0 AND c.deadline < ?1" REGION_FILTER
  " AND (?4 <> 0 OR c.state <> 'commission-pending') AND (?5 <> 0 OR c.state = 'commission-pending')"
  " ORDER BY c.deadline, c.number LIMIT ?3";

/* The act is due 3 working days after its date (Rules of 31 Jan 2024
 * No. 21). Concluding needs the act, so what can wait for one is a running
 * investigation whose act date is known (by phone, by letter) and whose
 * receipt is not recorded — the act of this round: a re-investigation
 * keeps the previous act until a new one is recorded. One that has no act
 * date by its due date shows as an overdue investigation. */
#define ACT_AWAITED(cutoff) \
  " c.state <> 'commission-pending' AND c.act_date <= " cutoff " AND c.act_date >= coalesce (c.started, '')" \
  " AND NOT EXISTS (SELECT 1 FROM act_receipts a WHERE a.case_rowid = c.rowid AND a.act_number = c.act_number)"

static const char acts_sql[] =
  "SELECT " CASE_COLUMNS ", c.act_date, c.act_number"
  " FROM cases c{control} WHERE c.deadline IS NOT NULL AND c.deleted = 0 AND"
  ACT_AWAITED ("?1") REGION_FILTER
  " ORDER BY c.act_date, c.number LIMIT ?3";

static const char requests_sql[] =
  "SELECT " CASE_COLUMNS ", r.due, coalesce (r.id, CAST (r.pos + 1 AS TEXT)), r.addressee, r.subject"
  " FROM requests r {cross_join} cases c ON c.rowid = r.case_rowid"
  " WHERE r.answered IS NULL AND r.due < ?1 AND c.deleted = 0" REGION_FILTER
  " AND c.state NOT IN ('closed', 'referred-to-government')"
  " ORDER BY r.due, c.number LIMIT ?3";

static const char disputes_sql[] =
  "SELECT " CASE_COLUMNS ", d.due, d.id, d.subject"
  " FROM disputes d {cross_join} cases c ON c.rowid = d.case_rowid"
  " WHERE d.status IN ('filed', 'under-review') AND d.due < ?1 AND c.deleted = 0" REGION_FILTER
  " ORDER BY d.due, c.number LIMIT ?3";

static int
enum_column (TgDbStmt *stmt,
             int       col,
             GType     type)
{
  int value = 0;

  tg_enum_from_nick (type, TEXT (stmt, col), &value);
  return value;
}

static TgOversightItem *
item_from_row (TgDbStmt        *stmt,
               TgOversightKind  kind)
{
  TgOversightItem *item = tg_oversight_item_new (kind);

  item->case_id = _tg_db_column_dup (stmt, 0);
  item->number = _tg_db_column_dup (stmt, 1);
  item->region = _tg_db_column_dup (stmt, 2);
  item->state = enum_column (stmt, 3, TG_TYPE_STATE);
  item->body = enum_column (stmt, 4, TG_TYPE_BODY);
  item->employer = _tg_db_column_dup (stmt, 5);
  item->due = _tg_db_column_dup (stmt, 6);
  return item;
}

static void
fill_investigation (TgOversightItem         *item,
                    TgDbStmt                *stmt,
                    const TgOversightParams *p)
{
  if (item->state == TG_STATE_COMMISSION_PENDING)
    item->kind = TG_OVERSIGHT_COMMISSION;
  item->n_extensions = _tg_db_column_int (stmt, 7);
  if (!_tg_db_column_is_null (stmt, 8))
    {
      gint64 seconds = _tg_db_column_int64 (stmt, 8);
      item->notification_hours = seconds / 3600;
      item->late_notification = seconds > p->late_seconds;
    }
}

static void
fill_act (TgOversightItem *item,
          TgDbStmt        *stmt)
{
  /* due holds the act date here; tg-oversight.c turns it into the date
   * the act was due. */
  item->item_id = _tg_db_column_dup (stmt, 7);
}

static void
fill_request (TgOversightItem *item,
              TgDbStmt        *stmt)
{
  item->item_id = _tg_db_column_dup (stmt, 7);
  item->subject = g_strdup_printf ("%s — %s", TEXT (stmt, 8) ? TEXT (stmt, 8) : "",
                                   TEXT (stmt, 9) ? TEXT (stmt, 9) : "");
}

static void
fill_dispute (TgOversightItem *item,
              TgDbStmt        *stmt)
{
  item->item_id = _tg_db_column_dup (stmt, 7);
  item->subject = _tg_db_column_dup (stmt, 8);
}

static gboolean
run_items (TgStore                 *self,
           const char              *sql,
           TgOversightKind          kind,
           const char              *until,
           const TgOversightParams *p,
           GPtrArray               *items,
           GError                 **error)
{
  g_autofree char *spelled = dialect (self, sql);
  TgDbStmt *stmt = _tg_store_stmt (self, spelled, error);
  TgDbStep rc;

  if (stmt == NULL)
    return FALSE;
  _tg_db_bind_text (stmt, 1, until);
  _tg_db_bind_text (stmt, 2, p->region);
  /* No limit: the largest both engines take (PostgreSQL refuses -1). */
  _tg_db_bind_int64 (stmt, 3, p->limit > 0 ? (gint64) p->limit : G_MAXINT64);
  if (kind == TG_OVERSIGHT_INVESTIGATION)
    {
      _tg_db_bind_int (stmt, 4, (p->kinds & TG_OVERSIGHT_COMMISSION) != 0);
      _tg_db_bind_int (stmt, 5, (p->kinds & TG_OVERSIGHT_INVESTIGATION) != 0);
    }
  while ((rc = _tg_db_step (stmt)) == TG_DB_ROW)
    {
      TgOversightItem *item = item_from_row (stmt, kind);

      if (kind == TG_OVERSIGHT_INVESTIGATION)
        fill_investigation (item, stmt, p);
      else if (kind == TG_OVERSIGHT_ACT)
        fill_act (item, stmt);
      else if (kind == TG_OVERSIGHT_REQUEST)
        fill_request (item, stmt);
      else
        fill_dispute (item, stmt);
      g_ptr_array_add (items, item);
    }
  _tg_db_reset (stmt);
  return rc == TG_DB_DONE || _tg_store_set_db_error (self, error);
}

gboolean
tg_store_oversight_items (TgStore                 *self,
                          const TgOversightParams *p,
                          GPtrArray               *items,
                          GError                 **error)
{
  g_return_val_if_fail (TG_IS_STORE (self), FALSE);

  if ((p->kinds & (TG_OVERSIGHT_INVESTIGATION | TG_OVERSIGHT_COMMISSION)) &&
      !run_items (self, investigations_sql, TG_OVERSIGHT_INVESTIGATION, p->until, p, items, error))
    return FALSE;
  if ((p->kinds & TG_OVERSIGHT_ACT) &&
      !run_items (self, acts_sql, TG_OVERSIGHT_ACT, p->act_until, p, items, error))
    return FALSE;
  if ((p->kinds & TG_OVERSIGHT_REQUEST) &&
      !run_items (self, requests_sql, TG_OVERSIGHT_REQUEST, p->until, p, items, error))
    return FALSE;
  if ((p->kinds & TG_OVERSIGHT_DISPUTE) &&
      !run_items (self, disputes_sql, TG_OVERSIGHT_DISPUTE, p->until, p, items, error))
    return FALSE;
  return TRUE;
}

/* ----------------------------------------------------------------- counts */

static TgOversightRegion *
region_of (GHashTable *regions,
           const char *code)
{
  TgOversightRegion *r = g_hash_table_lookup (regions, code ? code : "");

  if (r == NULL)
    {
      r = tg_oversight_region_new (code);
      g_hash_table_insert (regions, g_strdup (code ? code : ""), r);
    }
  return r;
}

static void
add_investigations (TgOversightRegion *r,
                    TgDbStmt          *stmt)
{
  gboolean pending = g_strcmp0 (TEXT (stmt, 1), "commission-pending") == 0;

  if (pending)
    {
      r->commissions_pending += _tg_db_column_int (stmt, 2);
      r->commissions_overdue += _tg_db_column_int (stmt, 3);
      return;
    }
  r->investigations += _tg_db_column_int (stmt, 2);
  r->overdue += _tg_db_column_int (stmt, 3);
  r->due_soon += _tg_db_column_int (stmt, 4);
  r->late_notifications += _tg_db_column_int (stmt, 5);
}

static void
add_acts (TgOversightRegion *r,
          TgDbStmt          *stmt)
{
  r->acts_overdue += _tg_db_column_int (stmt, 1);
}

static void
add_requests (TgOversightRegion *r,
              TgDbStmt          *stmt)
{
  r->requests_overdue += _tg_db_column_int (stmt, 1);
}

static void
add_disputes (TgOversightRegion *r,
              TgDbStmt          *stmt)
{
  r->disputes_open += _tg_db_column_int (stmt, 1);
  r->disputes_overdue += _tg_db_column_int (stmt, 2);
}

static const struct
{
  const char *sql;
  void      (*add) (TgOversightRegion *r, TgDbStmt *stmt);
} count_queries[] = {
  /* ?1 today, ?2 until, ?3 late seconds, ?4 act cutoff */
  { "SELECT c.region, c.state, count (*), sum (CASE WHEN c.deadline < ?1 THEN 1 ELSE 0 END),"
    " sum (CASE WHEN c.deadline >= ?1 AND c.deadline < ?2 THEN 1 ELSE 0 END),"
    " sum (CASE WHEN c.report_delay > ?3 THEN 1 ELSE 0 END)"
    " FROM cases c{control} WHERE c.deadline IS NOT NULL AND c.deleted = 0 GROUP BY c.region, c.state",
    add_investigations },
  { "SELECT c.region, count (*) FROM cases c{control}"
    " WHERE c.deadline IS NOT NULL AND c.deleted = 0 AND"
    ACT_AWAITED ("?4") " GROUP BY c.region",
    add_acts },
  { "SELECT c.region, count (*) FROM requests r {cross_join} cases c ON c.rowid = r.case_rowid"
    " WHERE r.answered IS NULL AND r.due < ?1 AND c.deleted = 0"
    " AND c.state NOT IN ('closed', 'referred-to-government') GROUP BY c.region",
    add_requests },
  { "SELECT c.region, count (*), sum (CASE WHEN d.due < ?1 THEN 1 ELSE 0 END) FROM disputes d {cross_join} cases c ON c.rowid = d.case_rowid"
    " WHERE d.status IN ('filed', 'under-review') AND c.deleted = 0 GROUP BY c.region",
    add_disputes },
};

static gboolean
run_count (TgStore                 *self,
           guint                    q,
           const TgOversightParams *p,
           GHashTable              *regions,
           GError                 **error)
{
  g_autofree char *sql = dialect (self, count_queries[q].sql);
  TgDbStmt *stmt = _tg_store_stmt (self, sql, error);
  TgDbStep rc;

  if (stmt == NULL)
    return FALSE;
  /* Each query binds the parameters it names: an engine may refuse
   * values for parameters a statement does not have. */
  if (strstr (sql, "?1") != NULL)
    _tg_db_bind_text (stmt, 1, p->today);
  if (strstr (sql, "?2") != NULL)
    _tg_db_bind_text (stmt, 2, p->until);
  if (strstr (sql, "?3") != NULL)
    _tg_db_bind_int64 (stmt, 3, p->late_seconds);
  if (strstr (sql, "?4") != NULL)
    _tg_db_bind_text (stmt, 4, p->act_cutoff);
  while ((rc = _tg_db_step (stmt)) == TG_DB_ROW)
    count_queries[q].add (region_of (regions, TEXT (stmt, 0)), stmt);
  _tg_db_reset (stmt);
  return rc == TG_DB_DONE || _tg_store_set_db_error (self, error);
}

gboolean
tg_store_oversight_counts (TgStore                 *self,
                           const TgOversightParams *p,
                           GHashTable              *regions,
                           GError                 **error)
{
  g_return_val_if_fail (TG_IS_STORE (self), FALSE);

  for (guint q = 0; q < G_N_ELEMENTS (count_queries); q++)
    if (!run_count (self, q, p, regions, error))
      return FALSE;
  return TRUE;
}

void
tg_store_oversight_today (GDate *today)
{
  tg_store_today (today);
}

char *
tg_store_oversight_deadline (TgStore *self,
                             TgCase  *kase)
{
  TgDbStmt *stmt = _tg_store_stmt (self, "SELECT deadline FROM cases WHERE id = ?", NULL);
  char *deadline = NULL;

  if (stmt == NULL)
    return NULL;
  _tg_db_bind_text (stmt, 1, tg_case_get_id (kase));
  if (_tg_db_step (stmt) == TG_DB_ROW)
    deadline = _tg_db_column_dup (stmt, 0);
  _tg_db_reset (stmt);
  return deadline;
}
