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
 *
 * A search with other filters (a region, a state, the overdue…) is first
 * narrowed to the matches those filters leave (query_matches), kept
 * with the search's: the count is theirs, and a page is walked or looked
 * up as above, the walk along the filters' own index where one holds them
 * in the list's order. The filters never meet the full-text condition in
 * one statement, whose plan the planner would choose without knowing how
 * many cases the search finds (a region's cases walked in number order
 * and each tested: 3.9 s for "ТОО" in region 08 at a million cases on
 * the server).
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
  g_clear_pointer (&self->search.bitmap, g_bytes_unref);
  self->search.bitmap_of = NULL;
  g_clear_pointer (&self->search.filters, g_free);
  g_clear_pointer (&self->search.narrowed, g_array_unref);
  self->search.tested = NULL;
  self->search.n_cases = 0;
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

/* Makes the cache the one of @expr in the database's state @stamp: kept if
 * it is, else emptied. Whatever may have been written since the matches
 * were read makes them stale (tg-store-private.h). */
static void
search_begin (TgStore            *self,
              const char         *expr,
              const TgStoreStamp *stamp)
{
  if (self->search.expr != NULL && strcmp (self->search.expr, expr) == 0 &&
      _tg_store_stamp_equal (&self->search.stamp, stamp))
    return;
  _tg_store_query_clear (self);
  self->search.expr = g_strdup (expr);
  self->search.stamp = *stamp;
}

/* The rowids of the cases matching the cached search (search_begin),
 * ascending; owned by the store, valid until the next search_begin. */
static GArray *
search_matches (TgStore  *self,
                GError  **error)
{
  GArray *rowids;

  if (self->search.rowids != NULL)
    return self->search.rowids;
  rowids = g_array_new (FALSE, FALSE, sizeof (gint64));
  if (!_tg_store_fts_matches (self, self->search.expr, rowids, error))
    {
      g_array_unref (rowids);
      return NULL;
    }
  self->search.rowids = rowids;
  self->search.tested = rowids;
  return rowids;
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
  GArray     *list;     /* the rowids looked up; NULL: all */
  const char *first;    /* a condition tested before all others, or NULL */
} Query;

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

/* The FROM and WHERE of the query's filters, other than its search; the
 * rows among q->list, when it is given. */
static void
build_where (TgStore           *self,
             const TgCaseQuery *query,
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
    g_string_append_printf (q->sql, " FROM cases%s", q->list != NULL ? self->engine->sql_rowid_lookup : "");
  g_string_append (q->sql, " WHERE ");
  if (q->first != NULL)
    g_string_append_printf (q->sql, "%s AND ", q->first);
  g_string_append (q->sql, "deleted = 0");

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
  if (q->list != NULL)
    {
      g_autofree char *json = _tg_store_rowids_json (q->list);
      add_where (q, self->engine->sql_rowid_in_list, json);
    }
}

static void
bind_params (TgDbStmt *stmt,
             Query    *q,
             int       first)
{
  for (guint i = 0; i < q->params->len; i++)
    _tg_db_bind_text (stmt, first + (int) i, g_ptr_array_index (q->params, i));
}

static TgDbStmt *
prepare (TgStore *self,
         Query   *q,
         GError **error)
{
  TgDbStmt *stmt = _tg_store_stmt (self, q->sql->str, error);

  if (stmt != NULL)
    bind_params (stmt, q, 1);
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

/* The full-text expression of the query's search (NULL: none), and the
 * database's state it was made in (what its matches are read for). */
static gboolean
search_expression (TgStore           *self,
                   const TgCaseQuery *q,
                   char             **expr,
                   TgStoreStamp      *stamp,
                   GError           **error)
{
  *expr = NULL;
  if (q->search == NULL)
    return TRUE;
  return _tg_store_take_stamp (self, stamp, error) &&
         _tg_store_search_expression (self, q->search, stamp, expr, error);
}

/* The largest rowid a bitmap of matches holds (16 MiB); matches beyond it
 * are looked up instead. */
#define WALK_BITMAP_MAX_ROWID (G_GINT64_CONSTANT (1) << 27)

/* Prepares @sql, which tests its rows with the engine's sql_is_match
 * against @matches (cached: the search's, or those the other filters
 * leave) and has @q's parameters after that, for one read of its own (on
 * a server, its rows come through a cursor). *@stmt NULL with TRUE: the
 * matches cannot be tested so (beyond the bitmap's largest rowid). */
static gboolean
prepare_tested (TgStore    *self,
                const char *sql,
                Query      *q,
                GArray     *matches,
                TgDbStmt  **stmt,
                gboolean   *own_read,
                GError    **error)
{
  g_assert (matches->len > 0);
  *stmt = NULL;
  *own_read = FALSE;
  if (self->engine->walk_bitmap && self->search.bitmap_of != matches)
    {
      gint64 largest = g_array_index (matches, gint64, matches->len - 1);
      guint8 *bits;
      gsize size;

      if (largest > WALK_BITMAP_MAX_ROWID)
        return TRUE;
      size = (gsize) largest / 8 + 1;
      bits = g_malloc0 (size);
      for (guint i = 0; i < matches->len; i++)
        {
          gint64 rowid = g_array_index (matches, gint64, i);

          bits[rowid / 8] |= (guint8) (1u << (rowid % 8));
        }
      g_clear_pointer (&self->search.bitmap, g_bytes_unref);
      self->search.bitmap = g_bytes_new_take (bits, size);
      self->search.bitmap_of = matches;
    }
  if (!_tg_store_begin_own_read (self, own_read, error))
    return FALSE;
  *stmt = _tg_db_prepare (self->db, sql, error);
  if (*stmt == NULL)
    {
      if (*own_read)
        _tg_store_end_read (self);
      return FALSE;
    }
  self->search.tested = matches;
  if (self->engine->walk_bitmap)
    {
      gsize size;
      gconstpointer bits = g_bytes_get_data (self->search.bitmap, &size);

      _tg_db_bind_blob (*stmt, 1, bits, size);
    }
  bind_params (*stmt, q, self->engine->walk_bitmap ? 2 : 1);
  return TRUE;
}

static void
finish_tested (TgStore  *self,
               TgDbStmt *stmt,
               gboolean  own_read)
{
  _tg_db_stmt_free (stmt);
  if (own_read)
    _tg_store_end_read (self);
  self->search.tested = self->search.rowids;
}

/* Appends to @rowids those of an aggregate of rowids (sql_rowids_agg):
 * integers between brackets or braces, separated by commas. */
static void
parse_rowids (const char *text,
              GArray     *rowids)
{
  const char *p = text;

  while (p != NULL && *p != '\0')
    {
      if (g_ascii_isdigit (*p) || *p == '-')
        {
          char *end;
          gint64 rowid = g_ascii_strtoll (p, &end, 10);

          g_array_append_val (rowids, rowid);
          p = end;
        }
      else
        p++;
    }
}

/* How many cases @query (no search) lists; all of them read once per
 * search (its cache's state of the database), for each of its pages. */
static gboolean
count_rows (TgStore           *self,
            const TgCaseQuery *query,
            guint64           *n,
            GError           **error)
{
  guint count;

  if (is_unfiltered (query) && self->search.n_cases > 0)
    {
      *n = self->search.n_cases;
      return TRUE;
    }
  if (!tg_store_count_cases (self, query, &count, error))
    return FALSE;
  if (is_unfiltered (query))
    self->search.n_cases = count;
  *n = count;
  return TRUE;
}

/* Reads the rows of @rows_sql (rowids of `cases`, with @q's parameters)
 * once, testing each against @matches: *@n_rows how many, and, when they
 * are fewer than @below, the matches among them appended to @hits
 * (unsorted), one aggregate sent back (sql_rowids_agg). *@tested FALSE:
 * not appended (as many rows as @below, or matches past the bitmap). */
static gboolean
read_tested (TgStore    *self,
             const char *rows_sql,
             Query      *q,
             GArray     *matches,
             guint64     below,
             gboolean   *tested,
             guint64    *n_rows,
             GArray     *hits,
             GError    **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count (*), %s FROM (SELECT rowid, %s AS hit FROM (%s) cases) tested",
                                          self->engine->sql_rowids_agg, self->engine->sql_is_match, rows_sql);
  TgDbStmt *stmt;
  gboolean own_read;
  gboolean ok;

  *tested = FALSE;
  *n_rows = 0;
  if (!prepare_tested (self, sql, q, matches, &stmt, &own_read, error))
    return FALSE;
  if (stmt == NULL)
    return TRUE;
  ok = _tg_db_step (stmt) == TG_DB_ROW;
  if (ok)
    {
      *n_rows = (guint64) _tg_db_column_int64 (stmt, 0);
      *tested = *n_rows < below;
      if (*tested)
        parse_rowids (_tg_db_column_text (stmt, 1), hits);
    }
  else
    _tg_store_set_db_error (self, error);
  finish_tested (self, stmt, own_read);
  return ok;
}

/* Whether the query's one filter is the closed cases: nearly all of them
 * once Tergeu has kept cases for some years (the open ones are those of
 * the last months; 971 535 of the demo's million). */
static gboolean
only_closed (const TgCaseQuery *q)
{
  TgCaseQuery rest = *q;

  if (!q->closed && q->state != TG_STATE_CLOSED)
    return FALSE;
  rest.closed = FALSE;
  rest.state = -1;
  return !has_filters (&rest);
}

/* The search's @matches among the closed cases, appended to @narrowed:
 * the matches less those among the open cases, which are few (each
 * state's rows read from cases_state, tested against the matches).
 * *@rows: the closed cases; *@done FALSE: the matches could not be
 * tested so (read_tested), nothing appended. "шахта" among the closed
 * cases at a million took 165–196 ms read from the closed ones. */
static gboolean
subtract_open (TgStore  *self,
               GArray   *matches,
               GArray   *narrowed,
               guint64  *rows,
               gboolean *done,
               GError  **error)
{
  Query q = { g_string_new (NULL), g_ptr_array_new_with_free_func (g_free), NULL, NULL };
  g_autoptr(GArray) open = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *open_sql = NULL;
  TgCaseQuery all = TG_CASE_QUERY_INIT;
  gboolean ok;
  guint64 n_cases;
  guint64 n_open = 0;
  guint j = 0;

  for (int state = 0; state < TG_N_STATES; state++)
    if (state != TG_STATE_CLOSED)
      {
        g_string_append (q.sql, q.params->len > 0 ? ", ?" : "?");
        g_ptr_array_add (q.params, g_strdup (tg_enum_to_nick (TG_TYPE_STATE, state)));
      }
  open_sql = g_strdup_printf ("SELECT rowid FROM cases WHERE deleted = 0 AND state IN (%s)", q.sql->str);
  ok = read_tested (self, open_sql, &q, matches, G_MAXUINT64, done, &n_open, open, error);
  query_clear (&q);
  if (!ok || !*done)
    return ok;
  if (!count_rows (self, &all, &n_cases, error))
    return FALSE;
  g_array_sort (open, _tg_store_compare_rowids);
  for (guint i = 0; i < matches->len; i++)
    {
      gint64 rowid = g_array_index (matches, gint64, i);

      while (j < open->len && g_array_index (open, gint64, j) < rowid)
        j++;
      if (j == open->len || g_array_index (open, gint64, j) != rowid)
        g_array_append_val (narrowed, rowid);
    }
  *rows = n_cases > n_open ? n_cases - n_open : 0;
  return TRUE;
}

/* The search's @matches that the query's other filters leave, ascending,
 * appended to @narrowed: the rows of the filters (each a few index
 * entries) read and tested against the matches, unless there are more of
 * them than a lookup of the matches costs (filter_rows_per_match a
 * match), whose rows are then looked up and filtered instead. At a
 * million cases "ТОО" (660 000 matches) with region 08 reads the region's
 * 135 531 rows; an employer's 606 matches with it are looked up. *@rows:
 * how many rows the filters leave (at least filter_rows_per_match a
 * match when the matches were looked up). */
static gboolean
narrow_matches (TgStore           *self,
                const TgCaseQuery *query,
                GArray            *matches,
                GArray            *narrowed,
                guint64           *rows,
                GError           **error)
{
  guint64 most = (guint64) matches->len * self->engine->filter_rows_per_match;
  Query q = { g_string_new ("SELECT rowid"), g_ptr_array_new_with_free_func (g_free), NULL, NULL };
  g_autofree char *rows_sql = NULL;
  gboolean tested = FALSE;
  TgDbStmt *stmt;
  gboolean ok;

  if (only_closed (query) && !subtract_open (self, matches, narrowed, rows, &tested, error))
    {
      query_clear (&q);
      return FALSE;
    }
  if (tested)
    {
      query_clear (&q);
      return TRUE;
    }
  /* One read of the filters' rows, up to @most of them: how many, and
   * the matches among them. */
  build_where (self, query, &q);
  rows_sql = g_strdup_printf ("%s LIMIT %" G_GUINT64_FORMAT, q.sql->str, most);
  ok = read_tested (self, rows_sql, &q, matches, most, &tested, rows, narrowed, error);
  query_clear (&q);
  if (!ok)
    return FALSE;
  /* Many rows, or matches past the bitmap: the matches looked up. */
  if (!tested)
    {
      *rows = MAX (*rows, most);
      q = (Query) { g_string_new ("SELECT rowid"), g_ptr_array_new_with_free_func (g_free), matches, NULL };
      build_where (self, query, &q);
      stmt = prepare (self, &q, error);
      query_clear (&q);
      if (stmt == NULL)
        return FALSE;
      ok = _tg_store_read_rowids (self, stmt, narrowed, error);
      _tg_db_clear_bindings (stmt);
      if (!ok)
        return FALSE;
    }
  g_array_sort (narrowed, _tg_store_compare_rowids);
  return TRUE;
}

/* At most so many rows of other filters are checked one by one against a
 * search whose matches are not read yet (check_filtered). */
#define CHECKED_ROWS_MAX 8192

/* The cached search's matches among the rows the query's filters leave,
 * when those are few (CHECKED_ROWS_MAX), found by checking each of them
 * (fts_matches_among) rather than by reading all the matches first: the
 * Committee's 81 cases with "ТОО", whose 667 615 matches take 190–230 ms
 * on the server to read, are checked in 3 ms, "needs action"'s 4 307 in
 * 13–17. *@checked FALSE: they were not (too many rows, or a search the
 * engine cannot check so); else appended to @narrowed, ascending, with
 * *@rows the filters' rows. */
static gboolean
check_filtered (TgStore           *self,
                const TgCaseQuery *query,
                GArray            *narrowed,
                guint64           *rows,
                gboolean          *checked,
                GError           **error)
{
  Query q = { g_string_new ("SELECT rowid"), g_ptr_array_new_with_free_func (g_free), NULL, NULL };
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (gint64));
  TgDbStmt *stmt;
  gboolean ok;

  *checked = FALSE;
  build_where (self, query, &q);
  g_string_append_printf (q.sql, " LIMIT %d", CHECKED_ROWS_MAX + 1);
  stmt = prepare (self, &q, error);
  query_clear (&q);
  ok = stmt != NULL && _tg_store_read_rowids (self, stmt, candidates, error);
  if (!ok || candidates->len > CHECKED_ROWS_MAX)
    return ok;
  *rows = candidates->len;
  if (candidates->len == 0)
    {
      *checked = TRUE;
      return TRUE;
    }
  g_array_sort (candidates, _tg_store_compare_rowids);
  return _tg_store_fts_matches_among (self, self->search.expr, candidates, narrowed, checked, error);
}

/* The matches of the query's search (NULL: none), and of its other
 * filters when it has some: the list is then that of a search without
 * other filters, its count the matches left, its pages walked or looked
 * up alike. Kept with the search's, for the count and the pages of the
 * same list, with how many rows the filters leave; NULL with @error set
 * if the database failed. */
static GArray *
query_matches (TgStore           *self,
               const TgCaseQuery *query,
               const char        *expr,
               TgStoreStamp      *stamp,
               GError           **error)
{
  Query q = { g_string_new (NULL), g_ptr_array_new_with_free_func (g_free), NULL, NULL };
  g_autoptr(GArray) narrowed = NULL;
  g_autofree char *key = NULL;
  GArray *matches;
  guint64 rows = 0;
  gboolean checked = FALSE;

  search_begin (self, expr, stamp);
  if (!has_filters (query))
    {
      query_clear (&q);
      return search_matches (self, error);
    }
  /* the filters' SQL and parameters */
  build_where (self, query, &q);
  for (guint i = 0; i < q.params->len; i++)
    g_string_append_printf (q.sql, "\x1f%s", (char *) g_ptr_array_index (q.params, i));
  key = g_string_free (g_steal_pointer (&q.sql), FALSE);
  g_ptr_array_unref (q.params);
  if (self->search.filters != NULL && strcmp (self->search.filters, key) == 0)
    return self->search.narrowed;

  narrowed = g_array_new (FALSE, FALSE, sizeof (gint64));
  if (self->search.rowids == NULL && self->engine->fts_matches_among != NULL &&
      !check_filtered (self, query, narrowed, &rows, &checked, error))
    return NULL;
  if (!checked)
    {
      matches = search_matches (self, error);
      if (matches == NULL)
        return NULL;
      if (matches->len > 0 && !narrow_matches (self, query, matches, narrowed, &rows, error))
        return NULL;
    }

  g_free (self->search.filters);
  self->search.filters = g_steal_pointer (&key);
  self->search.filtered_rows = rows;
  if (self->search.bitmap_of == self->search.narrowed)
    {
      g_clear_pointer (&self->search.bitmap, g_bytes_unref);
      self->search.bitmap_of = NULL;
    }
  g_clear_pointer (&self->search.narrowed, g_array_unref);
  self->search.narrowed = g_steal_pointer (&narrowed);
  return self->search.narrowed;
}

gboolean
tg_store_count_cases (TgStore            *self,
                      const TgCaseQuery  *query,
                      guint              *count,
                      GError            **error)
{
  Query q = { g_string_new ("SELECT count(*)"), g_ptr_array_new_with_free_func (g_free), NULL, NULL };
  TgDbStmt *stmt;
  gboolean ok = FALSE;

  g_autofree char *expr = NULL;
  TgStoreStamp stamp;

  g_return_val_if_fail (TG_IS_STORE (self), FALSE);

  if (!search_expression (self, query, &expr, &stamp, error))
    {
      query_clear (&q);
      return FALSE;
    }
  /* A search: its matches are the count (cases_fts holds no removed
   * case), those the other filters leave. */
  if (expr != NULL)
    {
      GArray *matches = query_matches (self, query, expr, &stamp, error);

      query_clear (&q);
      if (matches == NULL)
        return FALSE;
      *count = matches->len;
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
  else
    {
      build_where (self, query, &q);
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

/* The rows of @query but its search, offset… (limit 0: all), among the
 * rowids @list (the search's matches looked up, or a walk's page), NULL:
 * all. A page of a set of rowids (many matches, "needs action") is found
 * in two steps
 * where the engine reads the order's keys by rowid without the rows
 * (sort_keys_by_rowid): the page's rowids, then its rows. */
static gboolean
run_list_sql (TgStore            *self,
              const TgCaseQuery  *query,
              GArray             *list,
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
  Query q = { g_string_new (NULL), g_ptr_array_new_with_free_func (g_free), list, NULL };
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
  build_where (self, query, &q);
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

/* A walk reads at most WALK_SLACK times the rows it should need were the
 * matches spread evenly over the order: matches that cluster far down it
 * (a region and year, "08 2024", by accident date: the cases of 2024 lie
 * behind eight other years) are then looked up after a short walk rather
 * than after the engine's whole budget (at a million cases, 15 000 rows
 * expected; a budget of 422 000 rows walked for 65–75 ms before the
 * 13 189 matches were looked up in 22–32). */
#define WALK_SLACK 4

/* The walk: the rowids of the page (offset…, at most @limit) of
 * @matches, found by reading the first @budget rows of the list's order
 * and keeping the matches (sql_is_match), which stops at the end of the
 * page; *@gave_up when the budget ran out first. SQLite tests each entry
 * of the order's index before anything else (so that it reads the table's
 * row of a match only, and sorts only the matches where the index gives
 * part of the order), and counts the budget down there
 * (self->search.probes). The server reads the order's first rows, the
 * budget, from its index alone and tests them against the matches'
 * bitmap in a subquery, which sends back only the page's matches. A
 * subquery's rows come out in its order when nothing above it sorts or
 * joins them; they are tested here all the same. */
static gboolean
walk_page (TgStore           *self,
           const TgCaseQuery *query,
           GArray            *matches,
           guint64            budget,
           guint              offset,
           guint              limit,
           GArray            *page,
           gboolean          *gave_up,
           GError           **error)
{
  g_autofree char *order = list_order (query);
  g_autofree char *sql = NULL;
  Query q = { g_string_new ("SELECT rowid"), g_ptr_array_new_with_free_func (g_free), NULL, NULL };
  gboolean own_read;
  TgDbStmt *stmt;
  TgDbStep rc = TG_DB_DONE;
  guint seen = 0;
  gboolean failed;

  *gave_up = TRUE;
  if (!self->engine->walk_bitmap)
    q.first = self->engine->sql_is_match;
  build_where (self, query, &q);
  if (self->engine->walk_bitmap)
    sql = g_strdup_printf ("SELECT rowid FROM (SELECT rowid, %s AS hit FROM (%s ORDER BY %s LIMIT %"
                           G_GUINT64_FORMAT ") cases) walk WHERE hit LIMIT %u",
                           self->engine->sql_is_match, q.sql->str, order, budget, offset + limit);
  else
    sql = g_strdup_printf ("%s ORDER BY %s LIMIT %u", q.sql->str, order, offset + limit);
  if (!prepare_tested (self, sql, &q, matches, &stmt, &own_read, error))
    {
      query_clear (&q);
      return FALSE;
    }
  query_clear (&q);
  if (stmt == NULL)
    return TRUE;
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
  /* A budget spent (SQLite's test fails the statement then) is no
   * error: the walk gave up. */
  failed = rc == TG_DB_FAILED && !self->search.exhausted;
  if (failed)
    _tg_store_set_db_error (self, error);
  finish_tested (self, stmt, own_read);
  if (failed)
    return FALSE;
  *gave_up = page->len < MIN (limit, matches->len - offset);
  return TRUE;
}

/* Whether the query has filters, and an index of `cases` holds their rows
 * in the order of case numbers, its list's order (cases_state,
 * cases_region, cases_year, cases_region_year: both engines' schemas), so
 * that a walk may read those rows alone. */
static gboolean
in_number_order (const TgCaseQuery *q)
{
  guint n_states = (q->state >= 0) + q->local_control + q->closed;

  if (q->sort != TG_CASE_SORT_NUMBER || q->severity >= 0 || q->overdue || q->due_within > 0 ||
      q->committee || q->open_disputes || q->needs_action || n_states > 1)
    return FALSE;
  if (n_states == 1)
    return q->region == NULL && q->year <= 0;
  return q->region != NULL || q->year > 0;
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
  GArray *matches;
  TgCaseQuery rest = TG_CASE_QUERY_INIT;
  const TgCaseQuery *walked;
  TgStoreStamp stamp;
  guint64 n_rows, most, expected;
  gboolean gave_up = FALSE;

  if (!search_expression (self, query, &expr, &stamp, error))
    return FALSE;
  if (expr == NULL)
    return run_list_sql (self, query, NULL, offset, limit, func, user_data, error);
  matches = query_matches (self, query, expr, &stamp, error);
  if (matches == NULL)
    return FALSE;
  if (matches->len == 0 || offset >= matches->len)
    return TRUE;

  /* The matches are those of the other filters too: looked up, they are
   * the list, in its order, with its columns (those of open disputes). */
  rest.sort = query->sort;
  rest.descending = query->descending;
  rest.open_disputes = query->open_disputes;
  /* A whole list (no limit) is every match anyway. */
  if (limit == 0)
    return run_list_sql (self, &rest, matches, offset, limit, func, user_data, error);
  /* A walk reads the rows of the list's order, and tests them against
   * the matches: those of the filters, where an index holds them in that
   * order (else the walk would read each row in the table, or sort them
   * all: "шахта" in 2024 by accident date, 350 ms on the server); else
   * every case's, as the matches are those of the filters already. */
  walked = in_number_order (query) ? query : &rest;
  if (walked == query)
    n_rows = self->search.filtered_rows;
  /* all cases (the statistics' cells), or those of open disputes */
  else if (!count_rows (self, &rest, &n_rows, error))
    return FALSE;
  /* Walk when, were the matches spread evenly, the walk would use at most
   * half its budget: rows / matches × (offset + limit) ≤ matches ×
   * walk_per_match / 2. */
  most = (guint64) matches->len * self->engine->walk_per_match;
  expected = n_rows * (offset + limit) / matches->len;
  if (expected * 2 > most)
    return run_list_sql (self, &rest, matches, offset, limit, func, user_data, error);

  page = g_array_new (FALSE, FALSE, sizeof (gint64));
  if (!walk_page (self, walked, matches, MIN (most, WALK_SLACK * (expected + 1)), offset, limit, page,
                  &gave_up, error))
    return FALSE;
  if (gave_up)
    {
      g_debug ("search “%s”: the walk gave up, looking %u matches up", expr, matches->len);
      return run_list_sql (self, &rest, matches, offset, limit, func, user_data, error);
    }
  /* The page's rows, looked up. */
  return run_list_sql (self, &rest, page, 0, limit, func, user_data, error);
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
