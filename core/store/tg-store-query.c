/* tg-store-query.c — lists of cases, deadlines
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Lists are read from indexed columns of `cases` only, never by loading
 * cases, so a page of a million-case list costs what the page costs.
 *
 * A search is answered from its matches in the full-text index, read once
 * per search into a sorted array of rowids and kept until the next write
 * (the list counts, then asks for pages of the same search). cases_fts
 * holds only the cases that are not removed, so when the search is the
 * only filter the count is the number of matches. A page is then found one
 * of two ways, whichever reads less: few matches are looked up in `cases`
 * and sorted; many are found by walking the index of the sort order and
 * testing each entry's rowid against the array (walk_page), which stops
 * at the end of the page, whose rows are then looked up. Walking reads
 * about (cases / matches) entries per row of the page, a lookup costs a
 * few dozen index entries, and matches that cluster far down the order (a
 * region and year by number) make a walk longer than the estimate: so a
 * walk is given a budget of entries, and when it runs out the matches are
 * looked up after all.
 */
#define G_LOG_DOMAIN "tg-store"

#include "config.h"

#include <string.h>

#include "tg-store-collation.h"
#include "tg-dates.h"
#include "tg-member.h"
#include "tg-rules.h"
#include "tg-store-private.h"

void
tg_store_today (GDate *today)
{
  const char *fixed = g_getenv ("TERGEU_TODAY");

  if (fixed != NULL && tg_date_parse (fixed, today))
    return;
  tg_today (today);
}

/* The date the next step is due (domain.md §3, "overdue"): the due date
 * in force while an investigation runs; for a case waiting for its
 * Committee commission, one working day after it began to wait. */
char *
_tg_store_deadline_of (TgStore    *self,
                       TgCase     *kase,
                       const char *state_since)
{
  TgState state = tg_case_get_state (kase);
  GDate since, due;

  if (tg_state_is_investigating (state))
    return g_strdup (tg_case_effective_due (kase));
  if (state == TG_STATE_COMMISSION_PENDING && tg_date_parse (state_since, &since))
    {
      tg_calendar_add_working_days (self->calendar, &since, TG_COMMISSION_PENDING_WORKING_DAYS, &due);
      return tg_date_format_iso (&due);
    }
  return NULL;
}

void
_tg_store_query_clear (TgStore *self)
{
  g_clear_pointer (&self->search.expr, g_free);
  g_clear_pointer (&self->search.rowids, g_array_unref);
}

/**
 * tg_store_poll_changes:
 * @self: a #TgStore
 * @error: return location for a #GError
 *
 * Whether another connection to the database (another window, tergeu-cli,
 * an import thread) has committed since the last call, or since the store
 * was opened. This connection's own writes do not count: whoever made
 * them knows. One cached statement that reads no table, a few
 * microseconds whatever the database's size, so a window may ask every
 * second.
 *
 * Returns: TRUE if something changed elsewhere; FALSE if not, or with
 *   @error set if the database could not be asked.
 */
gboolean
tg_store_poll_changes (TgStore *self,
                       GError **error)
{
  gint64 version = 0;

  g_return_val_if_fail (TG_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_tg_store_data_version (self, FALSE, &version, error) || version == self->polled_version)
    return FALSE;
  self->polled_version = version;
  return TRUE;
}

gboolean
_tg_store_take_stamp (TgStore      *self,
                      TgStoreStamp *stamp,
                      GError      **error)
{
  stamp->generation = self->generation;
  stamp->total_changes = _tg_store_total_changes (self);
  return _tg_store_data_version (self, TRUE, &stamp->data_version, error);
}

/* The rowids of the cases matching @expr, ascending; owned by the store,
 * valid until the next call. Read again whenever anything may have been
 * written since (the database's state is no longer the one they were
 * read in, @stamp: tg-store-private.h). */
static GArray *
search_matches (TgStore            *self,
                const char         *expr,
                const TgStoreStamp *stamp,
                GError            **error)
{
  GArray *rowids;

  if (self->search.expr != NULL && strcmp (self->search.expr, expr) == 0 &&
      _tg_store_stamp_equal (&self->search.stamp, stamp))
    return self->search.rowids;

  _tg_store_query_clear (self);
  rowids = g_array_new (FALSE, FALSE, sizeof (gint64));
  if (!_tg_store_fts_matches (self, expr, rowids, error))
    {
      g_array_unref (rowids);
      return NULL;
    }
  self->search.expr = g_strdup (expr);
  self->search.rowids = rowids;
  self->search.stamp = *stamp;
  return rowids;
}

/* The matches as a JSON array, for `rowid IN (SELECT value FROM
 * json_each (?))`: one bound parameter, however many matches. */
static char *
rowids_json (GArray *rowids)
{
  GString *json = g_string_sized_new (rowids->len * 8 + 2);

  g_string_append_c (json, '[');
  for (guint i = 0; i < rowids->len; i++)
    g_string_append_printf (json, i > 0 ? ",%" G_GINT64_FORMAT : "%" G_GINT64_FORMAT,
                            g_array_index (rowids, gint64, i));
  g_string_append_c (json, ']');
  return g_string_free (json, FALSE);
}

static const char *
order_by (TgCaseSort sort)
{
  static const char * const columns[] = {
    [TG_CASE_SORT_NUMBER] = "number",
    [TG_CASE_SORT_OCCURRED] = "occurred",
    [TG_CASE_SORT_EMPLOYER] = "employer_name COLLATE " TG_COLLATION_KAZAKH,
    [TG_CASE_SORT_REGION] = "region",
    [TG_CASE_SORT_VICTIMS] = "n_victims",
    [TG_CASE_SORT_DEATHS] = "n_deaths",
    [TG_CASE_SORT_STATE] = "state",
    [TG_CASE_SORT_DUE] = "deadline IS NULL, deadline",
  };
  return (guint) sort < G_N_ELEMENTS (columns) ? columns[sort] : "number";
}

typedef struct
{
  GString    *sql;
  GPtrArray  *params;   /* strings, bound in order */
  GArray     *list;     /* MATCH_LIST: the rowids looked up */
} Query;

/* How build_where restricts the list to the search's matches. */
typedef enum
{
  MATCH_FTS,     /* a full-text subquery */
  MATCH_LIST,    /* rowids (q->list) looked up */
} MatchMode;

static void
add_where (Query      *q,
           const char *clause,
           const char *param)
{
  g_string_append (q->sql, " AND ");
  g_string_append (q->sql, clause);
  if (param != NULL)
    g_ptr_array_add (q->params, g_strdup (param));
}

/* @fts: the search's full-text expression (MATCH_FTS), or NULL. */
static void
build_where (TgStore           *self,
             const TgCaseQuery *query,
             MatchMode          mode,
             const char        *fts,
             Query             *q)
{
  GDate today, limit;
  g_autofree char *today_iso = NULL;

  tg_store_today (&today);
  today_iso = tg_date_format_iso (&today);
  if (query->needs_action)
    {
      /* The "Needs action" view, the Committee's to-do list: the cases
       * due within TG_NEEDS_ACTION_WORKING_DAYS, read from the deadline's
       * index, and those with an open dispute or an unresolved conflict
       * that are not among them. Two reads appended, not the cases whose
       * rowid is in a UNION of the three: each case of that was probed
       * for its row (4 307 probes at a million cases, the count 16 ms on
       * the server; 4.7 ms so, the page 16.6 → 8 ms; the file's page 8 →
       * 3 ms). */
      g_autofree char *limit_iso = NULL;

      tg_calendar_add_working_days (self->calendar, &today, TG_NEEDS_ACTION_WORKING_DAYS, &limit);
      limit_iso = tg_date_format_iso (&limit);
      g_string_append (q->sql, " FROM (SELECT * FROM cases WHERE deleted = 0 AND deadline IS NOT NULL AND deadline <= ?"
                               " UNION ALL SELECT * FROM cases WHERE deleted = 0 AND (deadline IS NULL OR deadline > ?)"
                               " AND rowid IN (SELECT case_rowid FROM disputes WHERE status IN ('filed', 'under-review')"
                               " UNION SELECT case_rowid FROM conflicts WHERE resolved_at IS NULL)) cases");
      g_ptr_array_add (q->params, g_strdup (limit_iso));
      g_ptr_array_add (q->params, g_strdup (limit_iso));
    }
  else
    g_string_append (q->sql, " FROM cases");
  g_string_append (q->sql, " WHERE deleted = 0");

  if (query->state >= 0)
    add_where (q, "state = ?", tg_enum_to_nick (TG_TYPE_STATE, query->state));
  if (query->region != NULL)
    add_where (q, "region = ?", query->region);
  if (query->year > 0)
    {
      g_autofree char *year = g_strdup_printf ("%d", query->year);
      add_where (q, "year = CAST (? AS INTEGER)", year);
    }
  if (query->severity >= 0)
    add_where (q, "severity = ?", tg_enum_to_nick (TG_TYPE_SEVERITY, query->severity));
  if (query->overdue)
    add_where (q, "deadline IS NOT NULL AND deadline < ?", today_iso);
  if (query->due_within > 0)
    {
      g_autofree char *limit_iso = NULL;
      tg_calendar_add_working_days (self->calendar, &today, query->due_within, &limit);
      limit_iso = tg_date_format_iso (&limit);
      add_where (q, "deadline IS NOT NULL AND deadline <= ?", limit_iso);
    }
  if (query->committee)
    add_where (q, "state IN ('commission-pending', 'committee-investigation')", NULL);
  if (query->local_control)
    add_where (q, "state = 'local-investigation'", NULL);
  if (query->closed)
    add_where (q, "state = 'closed'", NULL);
  if (query->open_disputes)
    add_where (q, "rowid IN (SELECT case_rowid FROM disputes WHERE status IN ('filed', 'under-review'))", NULL);
  if (mode == MATCH_FTS && fts != NULL)
    add_where (q, self->engine->sql_fts_match, fts);
  else if (mode == MATCH_LIST)
    {
      g_autofree char *json = rowids_json (q->list);
      add_where (q, self->engine->sql_rowid_in_list, json);
    }
}

static TgDbStmt *
prepare (TgStore *self,
         Query   *q,
         GError **error)
{
  TgDbStmt *stmt = _tg_store_stmt (self, q->sql->str, error);

  if (stmt == NULL)
    return NULL;
  for (guint i = 0; i < q->params->len; i++)
    _tg_db_bind_text (stmt, i + 1, g_ptr_array_index (q->params, i));
  return stmt;
}

static void
query_clear (Query *q)
{
  g_string_free (q->sql, TRUE);
  g_ptr_array_unref (q->params);
}

static gboolean
has_filters (const TgCaseQuery *q)
{
  return !(q->state < 0 && q->region == NULL && q->year <= 0 && q->severity < 0 &&
           !q->overdue && q->due_within == 0 && !q->committee && !q->local_control &&
           !q->open_disputes && !q->closed && !q->needs_action);
}

static gboolean
is_unfiltered (const TgCaseQuery *q)
{
  return !has_filters (q) && (q->search == NULL || *q->search == '\0');
}

/* The full-text expression of the query's search (NULL: none), the
 * database's state it was made in (what its matches are read for), and
 * whether other filters restrict the list to its matches (MATCH_LIST)
 * rather than to the expression in SQL (MATCH_FTS): when the engine's
 * SQL cannot take as many words found inside. */
static gboolean
search_expression (TgStore           *self,
                   const TgCaseQuery *q,
                   char             **expr,
                   TgStoreStamp      *stamp,
                   gboolean          *by_matches,
                   GError           **error)
{
  guint n_inside = 0;

  *expr = NULL;
  *by_matches = FALSE;
  if (q->search == NULL)
    return TRUE;
  if (!_tg_store_take_stamp (self, stamp, error) ||
      !_tg_store_search_expression (self, q->search, stamp, expr, &n_inside, error))
    return FALSE;
  *by_matches = n_inside > self->engine->fts_sql_max_inside;
  return TRUE;
}

gboolean
tg_store_count_cases (TgStore            *self,
                      const TgCaseQuery  *query,
                      guint              *count,
                      GError            **error)
{
  Query q = { g_string_new ("SELECT count(*)"), g_ptr_array_new_with_free_func (g_free), NULL };
  TgDbStmt *stmt;
  gboolean ok = FALSE;

  g_autofree char *expr = NULL;
  TgStoreStamp stamp;
  gboolean by_matches = FALSE;

  g_return_val_if_fail (TG_IS_STORE (self), FALSE);

  if (!search_expression (self, query, &expr, &stamp, &by_matches, error))
    {
      query_clear (&q);
      return FALSE;
    }
  /* A search alone: its matches are the count (cases_fts holds no
   * removed case). */
  if (expr != NULL && !has_filters (query))
    {
      GArray *rowids = search_matches (self, expr, &stamp, error);

      query_clear (&q);
      if (rowids == NULL)
        return FALSE;
      *count = rowids->len;
      return TRUE;
    }

  /* All cases: the statistics cells (kept by triggers, schema 2) already
   * hold the count per region; summing them reads a few hundred rows
   * instead of a million index entries. */
  if (is_unfiltered (query))
    {
      g_string_assign (q.sql, "SELECT coalesce (sum (cases), 0) FROM stat_cells WHERE dim = 'region'");
      stmt = _tg_store_stmt (self, q.sql->str, error);
    }
  else if (by_matches)
    {
      q.list = search_matches (self, expr, &stamp, error);
      if (q.list == NULL)
        {
          query_clear (&q);
          return FALSE;
        }
      build_where (self, query, MATCH_LIST, NULL, &q);
      stmt = prepare (self, &q, error);
    }
  else
    {
      build_where (self, query, MATCH_FTS, expr, &q);
      stmt = prepare (self, &q, error);
    }
  if (stmt != NULL)
    {
      ok = _tg_db_step (stmt) == TG_DB_ROW;
      if (ok)
        *count = (guint) _tg_db_column_int64 (stmt, 0);
      else
        _tg_store_set_db_error (self, error);
      _tg_db_reset (stmt);
    }
  query_clear (&q);
  return ok;
}

#define DISPUTE_DEADLINE \
  "coalesce ((SELECT min (d.due) FROM disputes d WHERE d.case_rowid = cases.rowid" \
  " AND d.status IN ('filed', 'under-review')), deadline)"

/* The open dispute a row of the disputes list shows: the one whose
 * decision is due first, as DISPUTE_DEADLINE counts. */
#define OPEN_DISPUTE(column) \
  "(SELECT d." column " FROM disputes d WHERE d.case_rowid = cases.rowid" \
  " AND d.status IN ('filed', 'under-review') ORDER BY d.due IS NULL, d.due, d.pos LIMIT 1)"
#define DISPUTE_COLUMNS \
  ", " OPEN_DISPUTE ("filed_by") ", " OPEN_DISPUTE ("subject") ", " OPEN_DISPUTE ("filed") \
  ", " OPEN_DISPUTE ("due")

/* Columns 10… of a disputes list. */
static void
dispute_from_row (TgCaseSummary *s,
                  TgDbStmt      *stmt)
{
  int value;

  s->has_dispute = tg_enum_from_nick (TG_TYPE_PARTY, _tg_db_column_text (stmt, 10), &value);
  s->dispute_filed_by = s->has_dispute ? (TgParty) value : TG_PARTY_EMPLOYER;
  s->dispute_subject = tg_enum_from_nick (TG_TYPE_DISPUTE_SUBJECT, _tg_db_column_text (stmt, 11), &value)
                       ? (TgDisputeSubject) value : TG_DISPUTE_SUBJECT_INVESTIGATION;
  s->dispute_filed = _tg_db_column_dup (stmt, 12);
  s->dispute_due = _tg_db_column_dup (stmt, 13);
}

static TgCaseSummary *
summary_from_row (TgDbStmt *stmt)
{
  TgCaseSummary *s = tg_case_summary_new ();
  int value;

  s->id = _tg_db_column_dup (stmt, 0);
  s->number = _tg_db_column_dup (stmt, 1);
  s->state = tg_enum_from_nick (TG_TYPE_STATE, _tg_db_column_text (stmt, 2), &value)
             ? (TgState) value : TG_STATE_REGISTERED;
  s->employer = _tg_db_column_dup (stmt, 3);
  s->region = _tg_db_column_dup (stmt, 4);
  s->n_victims = _tg_db_column_int (stmt, 5);
  s->n_deaths = _tg_db_column_int (stmt, 6);
  s->severity = tg_enum_from_nick (TG_TYPE_SEVERITY, _tg_db_column_text (stmt, 7), &value)
                ? (TgSeverity) value : TG_SEVERITY_LIGHT;
  s->occurred = _tg_db_column_dup (stmt, 8);
  s->deadline = _tg_db_column_dup (stmt, 9);
  if (_tg_db_column_count (stmt) > 10)
    dispute_from_row (s, stmt);
  return s;
}

/* The list's ORDER BY terms. Among open disputes the deadline that
 * counts is the decision's: the earliest of the case's open disputes,
 * else the investigation's. */
static char *
list_order (const TgCaseQuery *query)
{
  const char *direction = query->descending ? "DESC" : "ASC";

  return g_strdup_printf ("%s %s, number %s",
                          query->open_disputes && query->sort == TG_CASE_SORT_DUE
                            ? DISPUTE_DEADLINE " IS NULL, " DISPUTE_DEADLINE : order_by (query->sort),
                          direction, direction);
}

/* The rows of @query, offset… (limit 0: all); @list: the rowids they are
 * among (MATCH_LIST), NULL for the full-text condition @fts (MATCH_FTS;
 * NULL: no search). A page
 * of a set of rowids (many matches, "needs action") is found in two steps
 * where the engine reads the order's keys by rowid without the rows
 * (sort_keys_by_rowid): the page's rowids, then its rows. */
static gboolean
run_list_sql (TgStore            *self,
              const TgCaseQuery  *query,
              GArray             *list,
              const char         *fts,
              guint               offset,
              guint               limit,
              TgCaseSummaryFunc   func,
              gpointer            user_data,
              GError            **error)
{
  static const char columns[] = "SELECT id, number, state, employer_name, region, n_victims, n_deaths, severity, occurred, ";
  /* Among open disputes the deadline that counts is the decision's
   * (list_order). */
  const char *last = query->open_disputes ? DISPUTE_DEADLINE DISPUTE_COLUMNS : "deadline";
  /* Many looked-up matches, or "needs action" (a union of a few thousand
   * cases at most, by nature: its rows sorted for a page took 20-28 ms on
   * the server at a million cases, 6-8 in two steps). */
  gboolean keys_first = limit > 0 && self->engine->sort_keys_by_rowid &&
                        (list != NULL ? list->len > limit : query->needs_action);
  Query q = { g_string_new (NULL), g_ptr_array_new_with_free_func (g_free), list };
  g_autofree char *order = list_order (query);
  TgDbStmt *stmt;
  TgDbStep rc = TG_DB_DONE;

  /* The keys' step reads the matches by rowid alone (OFFSET 0 keeps the
   * planner from walking an order's index instead, testing each entry
   * against every match), then sorts them. */
  if (keys_first)
    g_string_append (q.sql, "SELECT rowid FROM (SELECT " TG_STORE_SORT_KEYS);
  else
    g_string_append_printf (q.sql, "%s%s", columns, last);
  build_where (self, query, list != NULL ? MATCH_LIST : MATCH_FTS, fts, &q);
  if (keys_first)
    g_string_append (q.sql, " OFFSET 0) cases");
  g_string_append_printf (q.sql, " ORDER BY %s", order);
  if (limit > 0)
    g_string_append_printf (q.sql, " LIMIT %u OFFSET %u", limit, offset);
  else if (offset > 0)
    /* No limit, in words both engines take (SQLite's LIMIT -1 is not
     * PostgreSQL's, whose LIMIT ALL is not SQLite's). */
    g_string_append_printf (q.sql, " LIMIT %" G_GINT64_FORMAT " OFFSET %u", G_MAXINT64, offset);
  if (keys_first)
    {
      g_autofree char *outer = g_strdup_printf ("%s%s FROM cases WHERE rowid IN (", columns, last);

      g_string_prepend (q.sql, outer);
      g_string_append_printf (q.sql, ") ORDER BY %s", order);
    }
  stmt = prepare (self, &q, error);
  query_clear (&q);
  if (stmt == NULL)
    return FALSE;
  while ((rc = _tg_db_step (stmt)) == TG_DB_ROW)
    {
      g_autoptr(TgCaseSummary) s = summary_from_row (stmt);
      if (!func (s, user_data))
        {
          rc = TG_DB_DONE;
          break;
        }
    }
  /* Bound parameters may be large (the matches): let them go now. */
  _tg_db_reset (stmt);
  _tg_db_clear_bindings (stmt);
  return rc == TG_DB_DONE || _tg_store_set_db_error (self, error);
}

/* The largest rowid a walk's bitmap holds (16 MiB); matches beyond it
 * are looked up instead. */
#define WALK_BITMAP_MAX_ROWID (G_GINT64_CONSTANT (1) << 27)

/* A walk reads at most WALK_SLACK times the rows it should need were the
 * matches spread evenly over the order: matches that cluster far down it
 * (a region and year, "08 2024", by accident date: the cases of 2024 lie
 * behind eight other years) are then looked up after a short walk rather
 * than after the engine's whole budget (at a million cases, 15 000 rows
 * expected; a budget of 422 000 rows walked for 65–75 ms before the
 * 13 189 matches were looked up in 22–32). */
#define WALK_SLACK 4

/* The walk: the rowids of the page (offset…, at most @limit) of the
 * cached search among @n_cases, found by reading the rowids of the
 * list's order and keeping those among the matches, which stops at the
 * end of the page. It reads at most the engine's budget of rows for the
 * matches, and WALK_SLACK times what it should need; *gave_up when that
 * ran out before the page was full. The order is read through
 * the engine's filter (sql_walk_filter): SQLite tests the matches there,
 * in its own process, and counts the budget down; the server is sent the
 * matches as a bitmap and tests the order's first rows, the budget, in
 * a subquery (walk_bitmap), which sends back only the page's matches. A
 * subquery's rows come out in its order when nothing above it sorts or
 * joins them; they are tested here all the same. */
static gboolean
walk_page (TgStore           *self,
           const TgCaseQuery *query,
           guint              n_cases,
           guint              offset,
           guint              limit,
           GArray            *page,
           gboolean          *gave_up,
           GError           **error)
{
  GArray *matches = self->search.rowids;
  guint64 budget = MIN ((guint64) matches->len * self->engine->walk_per_match,
                        WALK_SLACK * ((guint64) n_cases * (offset + limit) / matches->len + 1));
  g_autofree char *order = list_order (query);
  g_autofree char *sql = NULL;
  g_autofree guint8 *bitmap = NULL;
  gsize bitmap_size = 0;
  gboolean own_read;
  TgDbStmt *stmt;
  TgDbStep rc = TG_DB_DONE;
  guint seen = 0;
  gboolean failed;

  if (self->engine->walk_bitmap)
    {
      gint64 largest = g_array_index (matches, gint64, matches->len - 1);

      if (largest > WALK_BITMAP_MAX_ROWID)
        {
          *gave_up = TRUE;
          return TRUE;
        }
      bitmap_size = (gsize) largest / 8 + 1;
      bitmap = g_malloc0 (bitmap_size);
      for (guint i = 0; i < matches->len; i++)
        {
          gint64 rowid = g_array_index (matches, gint64, i);

          bitmap[rowid / 8] |= (guint8) (1u << (rowid % 8));
        }
      sql = g_strdup_printf ("SELECT rowid FROM (SELECT rowid FROM cases WHERE deleted = 0 ORDER BY %s LIMIT %"
                             G_GUINT64_FORMAT ") cases WHERE %s LIMIT %u",
                             order, budget, self->engine->sql_walk_filter, offset + limit);
    }
  else
    sql = g_strdup_printf ("SELECT rowid FROM cases WHERE %s ORDER BY %s LIMIT %" G_GUINT64_FORMAT,
                           self->engine->sql_walk_filter, order, budget);

  if (!_tg_store_begin_own_read (self, &own_read, error))
    return FALSE;
  stmt = _tg_db_prepare (self->db, sql, error);
  if (stmt == NULL)
    {
      if (own_read)
        _tg_store_end_read (self);
      return FALSE;
    }
  if (bitmap != NULL)
    _tg_db_bind_blob (stmt, 1, bitmap, bitmap_size);
  self->search.probes = budget;
  self->search.exhausted = FALSE;
  while (page->len < limit && (rc = _tg_db_step (stmt)) == TG_DB_ROW)
    {
      gint64 rowid = _tg_db_column_int64 (stmt, 0);

      if (bsearch (&rowid, matches->data, matches->len, sizeof (gint64), _tg_store_compare_rowids) != NULL &&
          seen++ >= offset)
        g_array_append_val (page, rowid);
    }
  self->search.probes = G_MAXUINT64;
  /* A budget spent (SQLite's filter fails the statement then) is no
   * error: the walk gave up. */
  failed = rc == TG_DB_FAILED && !self->search.exhausted;
  if (failed)
    _tg_store_set_db_error (self, error);
  _tg_db_stmt_free (stmt);
  if (own_read)
    _tg_store_end_read (self);
  if (failed)
    return FALSE;
  *gave_up = page->len < MIN (limit, matches->len - offset);
  return TRUE;
}

static gboolean
run_list (TgStore            *self,
          const TgCaseQuery  *query,
          guint               offset,
          guint               limit,
          TgCaseSummaryFunc   func,
          gpointer            user_data,
          GError            **error)
{
  g_autofree char *expr = NULL;
  g_autoptr(GArray) page = NULL;
  GArray *rowids;
  TgCaseQuery all = TG_CASE_QUERY_INIT;
  guint n_cases = 0;
  gboolean gave_up = FALSE;
  TgStoreStamp stamp;
  gboolean by_matches = FALSE;

  if (!search_expression (self, query, &expr, &stamp, &by_matches, error))
    return FALSE;
  /* Other filters combine with the search in SQL. */
  if (expr == NULL || (has_filters (query) && !by_matches))
    return run_list_sql (self, query, NULL, expr, offset, limit, func, user_data, error);
  rowids = search_matches (self, expr, &stamp, error);
  if (rowids == NULL)
    return FALSE;
  if (rowids->len == 0)
    return TRUE;
  /* …or with its matches. */
  if (has_filters (query))
    return run_list_sql (self, query, rowids, NULL, offset, limit, func, user_data, error);

  if (limit > 0 && !tg_store_count_cases (self, &all, &n_cases, error))
    return FALSE;
  /* Walk when, were the matches spread evenly, the walk would use at most
   * half its budget: cases / matches × (offset + limit) ≤ matches ×
   * walk_per_match / 2. A whole list (no limit) is every match anyway. */
  if (limit == 0 || offset >= rowids->len ||
      (guint64) rowids->len * rowids->len * self->engine->walk_per_match < (guint64) n_cases * (offset + limit) * 2)
    return run_list_sql (self, query, rowids, NULL, offset, limit, func, user_data, error);

  page = g_array_new (FALSE, FALSE, sizeof (gint64));
  if (!walk_page (self, query, n_cases, offset, limit, page, &gave_up, error))
    return FALSE;
  if (gave_up)
    {
      g_debug ("search “%s”: the walk gave up, looking %u matches up", expr, rowids->len);
      return run_list_sql (self, query, rowids, NULL, offset, limit, func, user_data, error);
    }
  /* The page's rows, looked up. */
  return run_list_sql (self, query, page, NULL, 0, limit, func, user_data, error);
}

static gboolean
collect (TgCaseSummary *summary,
         gpointer       user_data)
{
  g_ptr_array_add (user_data, g_object_ref (summary));
  return TRUE;
}

GPtrArray *
tg_store_list_cases (TgStore            *self,
                     const TgCaseQuery  *query,
                     guint               offset,
                     guint               limit,
                     GError            **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (TG_IS_STORE (self), NULL);
  g_return_val_if_fail (limit > 0, NULL);

  if (!run_list (self, query, offset, limit, collect, rows, error))
    return NULL;
  return g_steal_pointer (&rows);
}

gboolean
tg_store_foreach_case (TgStore            *self,
                       const TgCaseQuery  *query,
                       TgCaseSummaryFunc   func,
                       gpointer            user_data,
                       GError            **error)
{
  g_return_val_if_fail (TG_IS_STORE (self), FALSE);

  return run_list (self, query, 0, 0, func, user_data, error);
}

gboolean
tg_store_foreach_case_page (TgStore            *self,
                            const TgCaseQuery  *query,
                            guint               offset,
                            guint               limit,
                            TgCaseSummaryFunc   func,
                            gpointer            user_data,
                            GError            **error)
{
  g_return_val_if_fail (TG_IS_STORE (self), FALSE);

  return run_list (self, query, offset, limit, func, user_data, error);
}

char *
tg_store_case_deadline (TgStore    *self,
                        const char *id_or_number,
                        GError    **error)
{
  TgDbStmt *stmt;
  gint64 rowid;
  char *deadline = NULL;

  g_return_val_if_fail (TG_IS_STORE (self), NULL);

  rowid = _tg_store_case_rowid (self, id_or_number, error);
  if (rowid == 0)
    return NULL;
  stmt = _tg_store_stmt (self, "SELECT deadline FROM cases WHERE rowid = ?", error);
  if (stmt == NULL)
    return NULL;
  _tg_db_bind_int64 (stmt, 1, rowid);
  if (_tg_db_step (stmt) == TG_DB_ROW)
    deadline = _tg_db_column_dup (stmt, 0);
  _tg_db_reset (stmt);
  return deadline;
}

GPtrArray *
tg_store_list_commission_people (TgStore  *self,
                                 GError  **error)
{
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  TgDbStmt *stmt;
  TgDbStep rc;

  g_return_val_if_fail (TG_IS_STORE (self), NULL);

  /* Each person as the latest case that names them has them (its first
   * row of them). */
  stmt = _tg_store_stmt (self,
    "SELECT m.full_name, m.position, m.organization FROM members m"
    " JOIN (SELECT l.full_name AS name, max (l.case_rowid) AS latest FROM members l"
    "       JOIN cases c ON c.rowid = l.case_rowid AND c.deleted = 0"
    "       WHERE l.full_name IS NOT NULL AND l.full_name <> '' GROUP BY l.full_name) AS people"
    " ON m.full_name = people.name AND m.case_rowid = people.latest"
    " WHERE m.pos = (SELECT min (f.pos) FROM members f WHERE f.case_rowid = people.latest AND f.full_name = people.name)"
    " ORDER BY m.full_name COLLATE " TG_COLLATION_KAZAKH, error);
  if (stmt == NULL)
    return NULL;
  while ((rc = _tg_db_step (stmt)) == TG_DB_ROW)
    {
      TgMember *member = tg_member_new ();

      tg_member_set_full_name (member, _tg_db_column_text (stmt, 0));
      tg_member_set_position (member, _tg_db_column_text (stmt, 1));
      tg_member_set_organization (member, _tg_db_column_text (stmt, 2));
      g_ptr_array_add (people, member);
    }
  _tg_db_reset (stmt);
  if (rc != TG_DB_DONE)
    {
      _tg_store_set_db_error (self, error);
      return NULL;
    }
  return g_steal_pointer (&people);
}
