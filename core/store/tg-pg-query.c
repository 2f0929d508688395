/* tg-pg-query.c — what a search asks of an office server
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * PostgreSQL-only (issue 17): a search's words as a tsquery of prefixes
 * over cases_fts's tsvector (the 'simple' configuration: no stemming of
 * names and numbers in two languages), and the commits of other desks,
 * told by NOTIFY on "tergeu_changes" (tg-pg-store.c) and read from the
 * connection without a round trip. Engine hooks of tg-store-private.h.
 */
#define G_LOG_DOMAIN "tg-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tg-pg-db.h"
#include "tg-pg-store.h"
#include "tg-store-location.h"

/* Each word of the user's text a prefix term ('Ахмет':*), all of them
 * required, or any of the words @inside gives it ('баев':* | 'нұрбаев');
 * quoted, so that tsquery's operators in the input (& | ! ( ) :) are
 * words, and the server's parser splits a word as it splits the indexed
 * text ("08-2026-00004" follows one part after another). The expression
 * is bound as a parameter, never written into the SQL. */
char *
_tg_pg_store_fts_expression (const char *search,
                             GHashTable *inside)
{
  g_auto(GStrv) words = g_strsplit_set (search, " \t\n", -1);
  GString *expr = g_string_new (NULL);

  /* A word is split as the document is (pg/schema.sql): runs of letters
   * and digits, each a prefix; the runs of one typed word follow one
   * another (<->), as the terms of SQLite's phrase do, and typed words
   * are all required (&). Only letters and digits reach the expression,
   * so nothing in it needs quoting. */
  for (guint i = 0; words[i] != NULL; i++)
    {
      GPtrArray *others = g_hash_table_lookup (inside, words[i]);
      gboolean in_run = FALSE;
      gboolean first_run = TRUE;
      gsize start = expr->len;

      for (const char *p = words[i]; *p != '\0'; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          if (g_unichar_isalnum (c))
            {
              if (!in_run)
                {
                  if (expr->len > 0)
                    g_string_append (expr, first_run ? " & " : " <-> ");
                  g_string_append_c (expr, '\'');
                  in_run = TRUE;
                  first_run = FALSE;
                }
              g_string_append_unichar (expr, c);
            }
          else if (in_run)
            {
              g_string_append (expr, "':*");
              in_run = FALSE;
            }
        }
      if (in_run)
        g_string_append (expr, "':*");
      /* A word of letters alone is one run: its alternatives follow it. */
      if (others != NULL && others->len > 0)
        {
          g_string_insert_c (expr, start + (start > 0 ? 3 : 0), '(');
          for (guint j = 0; j < others->len; j++)
            g_string_append_printf (expr, " | '%s'", (char *) others->pdata[j]);
          g_string_append_c (expr, ')');
        }
    }
  if (expr->len == 0)
    {
      g_string_free (expr, TRUE);
      return NULL;
    }
  return g_string_free (expr, FALSE);
}

/* A run of an expression: its letters and digits, found at the start of
 * a word; and the words it is inside of, or NULL. */
typedef struct
{
  char  *run;
  GStrv  others;
} Term;

static void
term_free (gpointer data)
{
  Term *term = data;

  g_free (term->run);
  g_strfreev (term->others);
  g_free (term);
}

/* 'run':* → run (letters and digits only: nothing else is quoted). */
static char *
unquote (const char *quoted,
         const char *suffix)
{
  gsize len = strlen (quoted);

  g_assert (len >= 2 + strlen (suffix) && quoted[0] == '\'' && g_str_has_suffix (quoted, suffix));
  return g_strndup (quoted + 1, len - 1 - strlen (suffix));
}

static Term *
parse_term (const char *text)
{
  Term *term = g_new0 (Term, 1);

  if (text[0] == '(')
    {
      g_autofree char *inner = g_strndup (text + 1, strlen (text) - 2);
      g_auto(GStrv) parts = g_strsplit (inner, " | ", -1);
      guint n = g_strv_length (parts);

      term->run = unquote (parts[0], "':*");
      term->others = g_new0 (char *, n);
      for (guint i = 1; i < n; i++)
        term->others[i - 1] = unquote (parts[i], "'");
    }
  else
    term->run = unquote (text, "':*");
  return term;
}

/* The typed words of an expression of _tg_pg_store_fts_expression, each
 * the terms that follow one another in it: 'a':* <-> 'b':* & ('c':* | 'dc')
 * is {{a, b}, {c or dc}}. */
static GPtrArray *
expression_words (const char *expr)
{
  g_auto(GStrv) words = g_strsplit (expr, " & ", -1);
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_auto(GStrv) runs = g_strsplit (words[i], " <-> ", -1);
      GPtrArray *terms = g_ptr_array_new_with_free_func (term_free);

      for (guint r = 0; runs[r] != NULL; r++)
        g_ptr_array_add (terms, parse_term (runs[r]));
      g_ptr_array_add (out, terms);
    }
  return out;
}

/* A run's postings: the lexemes it is a prefix of, as the 'simple'
 * configuration lowercases them (lower () with the database's collation),
 * compared bytewise. U+10FFFF sorts after anything a prefix can go on
 * with. */
#define POSTINGS_OF(alias) \
  alias "lexeme >= lower (CAST (? AS text)) COLLATE \"C\"" \
  " AND " alias "lexeme < (lower (CAST (? AS text)) || chr (1114111)) COLLATE \"C\""
#define OTHERS_OF(alias) alias "lexeme = ANY (CAST (? AS text[]))"

/* The parameters of POSTINGS_OF, then of OTHERS_OF if the term has
 * other words, as a text[] literal (letters only: quoted, nothing to
 * escape). */
static void
add_params (GPtrArray  *params,
            const Term *term)
{
  g_ptr_array_add (params, g_strdup (term->run));
  g_ptr_array_add (params, g_strdup (term->run));
  if (term->others != NULL)
    {
      g_autofree char *joined = g_strjoinv ("\",\"", term->others);

      g_ptr_array_add (params, g_strdup_printf ("{\"%s\"}", joined));
    }
}

/* The rowids of a term's postings, a case once for each of its words
 * the term finds, and their parameters added to @params. */
static void
append_postings (GString    *sql,
                 GPtrArray  *params,
                 const Term *term)
{
  g_string_append (sql, "SELECT rowid FROM fts_postings WHERE " POSTINGS_OF (""));
  if (term->others != NULL)
    g_string_append (sql, " UNION ALL SELECT rowid FROM fts_postings WHERE " OTHERS_OF (""));
  add_params (params, term);
}

/* Whether the case p.rowid has a word the term finds: a probe of
 * (rowid, lexeme). */
static void
append_probe (GString    *sql,
              GPtrArray  *params,
              const Term *term)
{
  g_string_append (sql, " AND (SELECT true FROM fts_postings q WHERE q.rowid = p.rowid AND (" POSTINGS_OF ("q."));
  if (term->others != NULL)
    g_string_append (sql, " OR " OTHERS_OF ("q."));
  g_string_append (sql, ") LIMIT 1)");
  add_params (params, term);
}

static TgDbStmt *
prepare_with (TgStore    *self,
              const char *sql,
              GPtrArray  *params,
              GError    **error)
{
  TgDbStmt *stmt = _tg_store_stmt (self, sql, error);

  for (guint i = 0; stmt != NULL && i < params->len; i++)
    _tg_db_bind_text (stmt, (int) i + 1, params->pdata[i]);
  return stmt;
}

/* The words of several runs, which ask that their runs follow one
 * another, as a tsquery ('08':* <-> '2026':*), or NULL: the postings know
 * words, not their order, so such a search's candidates are checked
 * against the tsvector too. Such words have no alternatives, so the
 * words found inside, which may be thousands, never reach this tsquery
 * (TG_PG_TSQUERY_MAX_INSIDE). */
static char *
phrases_of (GPtrArray *words)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < words->len; i++)
    {
      GPtrArray *terms = words->pdata[i];

      if (terms->len < 2)
        continue;
      for (guint t = 0; t < terms->len; t++)
        {
          const Term *term = terms->pdata[t];

          g_assert (term->others == NULL);
          g_string_append_printf (out, "%s'%s':*", t > 0 ? " <-> " : out->len > 0 ? " & " : "", term->run);
        }
    }
  if (out->len == 0)
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  return g_string_free (out, FALSE);
}

/* How many words found inside the terms of @words have. */
static guint
count_others (GPtrArray *words)
{
  guint n = 0;

  for (guint i = 0; i < words->len; i++)
    {
      GPtrArray *terms = words->pdata[i];

      for (guint t = 0; t < terms->len; t++)
        {
          const Term *term = terms->pdata[t];

          n += term->others != NULL ? g_strv_length (term->others) : 0;
        }
    }
  return n;
}

/* How many postings a term has, counted up to @limit: index-only scans
 * that stop there. A term is rare below one in RARE_SHARE of the cases,
 * RARE_MIN…RARE_MAX of them (probing each of 2 000 cases for the other
 * words costs what GIN does at a million); a search that must not go to
 * GIN tells its terms apart up to FEWEST. */
#define RARE_SHARE 500
#define RARE_MIN 20
#define RARE_MAX 2000
#define FEWEST 200000

/* A search's lookup in GIN (gin_matches) is made of the first letters of
 * its runs, indexed as words of their own (`prefixes`, pg/upgrade-8.sql):
 * '^' and the run's first two to four letters. A run of up to four is
 * one list, read in step with the others; a longer one's first four
 * narrow the cases, which are then checked against the whole search. */
#define PREFIX_MIN 2
#define PREFIX_MAX 4

/* A list of a lookup is read only if it is worth it: a case the others
 * leave costs a visit to its row, and that costs what reading about
 * LIST_PER_ROW entries of a list does (a million cases, EXPLAIN ANALYZE:
 * the 667 615 of '^тоо' added 5 ms to the 606 cases of "Балқаш Егінші",
 * which their rows took 1.3 ms to read; '^08''s 180 210 cut the 81 658
 * of '^2024' to 13 189 and saved 60). With the shares of the cases the
 * lists have, s of the list and c of what the lists before it leave, it
 * is read when c (1 − s) LIST_PER_ROW > s. */
#define LIST_PER_ROW 150

#define STATS_MAX_AGE (10 * G_TIME_SPAN_MINUTE)

/* What the server's statistics (ANALYZE, autovacuum) say of cases_fts:
 * its rows, and the most common prefixes of `prefixes` with the share
 * of the documents that have each (parts per million), and the least of
 * those shares, above any prefix not listed. Asked at a connection's
 * first search of several words, and again STATS_MAX_AGE later. Never
 * analysed: the rows unknown (-1), no prefixes. */
static gboolean
read_stats (TgStore  *self,
            GError  **error)
{
  gint64 now = g_get_monotonic_time ();
  TgDbStmt *stmt;
  TgDbStep rc;

  if (self->server.prefix_ppm != NULL && now - self->server.stats_read < STATS_MAX_AGE)
    return TRUE;
  stmt = _tg_store_stmt (self,
    "SELECT CAST (c.reltuples AS bigint), u.e, CAST (u.f * 1000000 AS bigint),"
    "  CAST (s.most_common_elem_freqs[array_length (s.most_common_elems, 1) + 1] * 1000000 AS bigint)"
    " FROM pg_class c"
    " JOIN pg_namespace n ON n.oid = c.relnamespace"
    " LEFT JOIN pg_stats s ON s.schemaname = n.nspname AND s.tablename = c.relname AND s.attname = 'prefixes'"
    " LEFT JOIN LATERAL unnest (CAST (CAST (s.most_common_elems AS text) AS text[]), s.most_common_elem_freqs)"
    "   AS u (e, f) ON u.e LIKE '^%'"
    " WHERE c.oid = CAST ('cases_fts' AS regclass)", error);
  if (stmt == NULL)
    return FALSE;
  g_clear_pointer (&self->server.prefix_ppm, g_hash_table_unref);
  self->server.prefix_ppm = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->server.n_documents = -1;
  self->server.least_ppm = -1;
  while ((rc = _tg_db_step (stmt)) == TG_DB_ROW)
    {
      const char *prefix = _tg_db_column_text (stmt, 1);

      self->server.n_documents = _tg_db_column_int64 (stmt, 0);
      if (prefix == NULL)
        continue;
      g_hash_table_insert (self->server.prefix_ppm, g_strdup (prefix + 1),
                           GINT_TO_POINTER ((int) _tg_db_column_int64 (stmt, 2)));
      self->server.least_ppm = (int) _tg_db_column_int64 (stmt, 3);
    }
  _tg_db_reset (stmt);
  if (rc != TG_DB_DONE)
    {
      g_clear_pointer (&self->server.prefix_ppm, g_hash_table_unref);
      return _tg_store_set_db_error (self, error);
    }
  self->server.stats_read = now;
  return TRUE;
}

/* How many postings make a term not rare. */
static gint64
rare_count (TgStore *self)
{
  if (self->server.n_documents < 0)
    return RARE_MAX;
  return CLAMP (self->server.n_documents / RARE_SHARE, RARE_MIN, RARE_MAX);
}

/* One list of a lookup: a run's prefix, or those of a run and the words
 * it is inside of ('^баев' | '^нұрб'), as a tsquery's text; and the share
 * of the documents that have it, in parts per million (-1: unknown). */
typedef struct
{
  char *query;
  int   ppm;
} List;

static void
list_clear (gpointer data)
{
  g_free (((List *) data)->query);
}

static int
compare_lists (gconstpointer a,
               gconstpointer b)
{
  return ((const List *) a)->ppm - ((const List *) b)->ppm;
}

/* The first PREFIX_MAX letters of @word, or NULL if it has fewer than
 * PREFIX_MIN; whether they are all of it. */
static char *
prefix_of (const char *word,
           gboolean   *whole)
{
  glong n = g_utf8_strlen (word, -1);

  if (n < PREFIX_MIN)
    return NULL;
  *whole = n <= PREFIX_MAX;
  return g_strndup (word, g_utf8_offset_to_pointer (word, MIN (n, PREFIX_MAX)) - word);
}

/* The share of the documents with @prefix, by the statistics: the
 * lower-case prefix is looked up as the 'simple' configuration writes
 * it; one not listed is rarer than the least listed. */
static int
prefix_ppm (TgStore    *self,
            const char *prefix)
{
  g_autofree char *lower = g_utf8_strdown (prefix, -1);
  gpointer ppm;

  if (g_hash_table_lookup_extended (self->server.prefix_ppm, lower, NULL, &ppm))
    return GPOINTER_TO_INT (ppm);
  return self->server.least_ppm;
}

/* The lookup of @words in `prefixes`: its lists, the rarest first, as long
 * as each is worth reading (LIST_PER_ROW); NULL if no run has PREFIX_MIN
 * letters. @exact: whether it finds exactly the cases of the search (its
 * words are single runs of up to PREFIX_MAX letters and all are read),
 * else each case it finds is checked. The letters are lower-cased by the
 * server (gin_matches), as it lower-cases the words it indexes. */
static char *
prefix_lookup (TgStore   *self,
               GPtrArray *words,
               gboolean  *exact)
{
  g_autoptr(GArray) lists = g_array_new (FALSE, TRUE, sizeof (List));
  GString *query;
  double left = 1.0;

  g_array_set_clear_func (lists, list_clear);
  *exact = TRUE;
  for (guint w = 0; w < words->len; w++)
    {
      GPtrArray *terms = words->pdata[w];

      if (terms->len > 1)
        *exact = FALSE;
      for (guint t = 0; t < terms->len; t++)
        {
          const Term *term = terms->pdata[t];
          gboolean whole = FALSE;
          g_autofree char *prefix = prefix_of (term->run, &whole);
          List list = { NULL, 0 };

          if (prefix == NULL)
            {
              *exact = FALSE;
              continue;
            }
          if (!whole)
            *exact = FALSE;
          list.ppm = prefix_ppm (self, prefix);
          if (term->others == NULL)
            list.query = g_strdup_printf ("'^%s'", prefix);
          else
            {
              /* the words found inside, a list each of their first letters */
              g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
              GString *group = g_string_new (NULL);

              *exact = FALSE;
              g_string_append_printf (group, "('^%s'", prefix);
              g_hash_table_add (seen, g_steal_pointer (&prefix));
              for (guint o = 0; term->others[o] != NULL; o++)
                {
                  char *other = prefix_of (term->others[o], &whole);

                  if (other == NULL || !g_hash_table_add (seen, other))
                    continue;
                  g_string_append_printf (group, " | '^%s'", other);
                  list.ppm = list.ppm < 0 ? -1 : MIN (list.ppm + prefix_ppm (self, other), 1000000);
                }
              g_string_append_c (group, ')');
              list.query = g_string_free (group, FALSE);
            }
          g_array_append_val (lists, list);
        }
    }
  if (lists->len == 0)
    return NULL;
  g_array_sort (lists, compare_lists);
  query = g_string_new (NULL);
  for (guint i = 0; i < lists->len; i++)
    {
      const List *list = &g_array_index (lists, List, i);
      double share = list->ppm / 1e6;

      /* Unknown shares (a server never analysed) are all read. */
      if (i > 0 && list->ppm >= 0 && left * (1 - share) * LIST_PER_ROW <= share)
        {
          *exact = FALSE;
          break;
        }
      g_string_append_printf (query, "%s%s", i > 0 ? " & " : "", list->query);
      if (list->ppm >= 0)
        left *= share;
    }
  return g_string_free (query, FALSE);
}

static gboolean
count_postings (TgStore    *self,
                const Term *term,
                gint64      limit,
                gint64     *count,
                GError    **error)
{
  g_autoptr(GPtrArray) params = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) sql = g_string_new ("SELECT count(*) FROM (");
  TgDbStmt *stmt;
  gboolean ok;

  append_postings (sql, params, term);
  g_string_append_printf (sql, " LIMIT %" G_GINT64_FORMAT ") s", limit);
  stmt = prepare_with (self, sql->str, params, error);
  if (stmt == NULL)
    return FALSE;
  ok = _tg_db_step (stmt) == TG_DB_ROW;
  if (ok)
    *count = _tg_db_column_int64 (stmt, 0);
  _tg_db_reset (stmt);
  return ok || _tg_store_set_db_error (self, error);
}

/* The cases with every term of @words among their postings, the rarest
 * term's read in the index and each tested for the others by a probe of
 * (rowid, lexeme); with phrases, checked against their tsvector after the
 * probes (OFFSET 0 keeps the check there). A case comes once for each of
 * its words the term finds, in no order: sorting them here costs a fifth
 * of what the server's DISTINCT … ORDER BY did. */
static TgDbStmt *
rarest_first (TgStore    *self,
              GPtrArray  *words,
              const Term *rarest,
              GError    **error)
{
  g_autoptr(GPtrArray) params = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) sql = g_string_new ("SELECT p.rowid FROM (");
  char *phrases = phrases_of (words);

  append_postings (sql, params, rarest);
  g_string_append (sql, ") p WHERE true");
  for (guint w = 0; w < words->len; w++)
    {
      GPtrArray *terms = words->pdata[w];

      for (guint t = 0; t < terms->len; t++)
        if (terms->pdata[t] != rarest)
          append_probe (sql, params, terms->pdata[t]);
    }
  if (phrases != NULL)
    {
      g_string_prepend (sql, "SELECT m.rowid FROM (");
      g_string_append (sql, " OFFSET 0) m WHERE (SELECT f.document @@ to_tsquery ('simple', ?)"
                            " FROM cases_fts f WHERE f.rowid = m.rowid)");
      g_ptr_array_add (params, phrases);
    }
  return prepare_with (self, sql->str, params, error);
}

/* The cases GIN finds for @expr, in rowid order: those of its prefixes'
 * lookup (prefix_lookup), each then checked against @expr unless the
 * lookup is exact (`IS TRUE` keeps the check from the index of
 * `document`); or, if no run has PREFIX_MIN letters, those of @expr in
 * `document`. A statement of its own, planned for its words each time:
 * the plan a cached statement settles on after five runs knows no words,
 * expects 5 000 cases and starts parallel workers (an employer's 606
 * cases: 43 ms so, 15 planned for them). */
static gboolean
gin_matches (TgStore    *self,
             const char *expr,
             GPtrArray  *words,
             GArray     *rowids,
             GError    **error)
{
  gboolean exact = FALSE;
  g_autofree char *lookup = prefix_lookup (self, words, &exact);
  const char *sql;
  TgDbStmt *stmt;
  gboolean ok;

  if (lookup == NULL)
    sql = "SELECT rowid FROM cases_fts WHERE document @@ to_tsquery ('simple', ?) ORDER BY rowid";
  else if (exact)
    sql = "SELECT rowid FROM cases_fts WHERE prefixes @@ CAST (lower (CAST (? AS text)) AS tsquery) ORDER BY rowid";
  else
    sql = "SELECT rowid FROM cases_fts WHERE prefixes @@ CAST (lower (CAST (? AS text)) AS tsquery)"
          " AND (document @@ to_tsquery ('simple', ?)) IS TRUE ORDER BY rowid";
  g_debug ("search “%s”: GIN looks up “%s”%s", expr, lookup != NULL ? lookup : expr,
           lookup != NULL && !exact ? ", each case checked" : "");
  stmt = _tg_db_prepare (self->db, sql, error);
  if (stmt == NULL)
    return FALSE;
  _tg_db_bind_text (stmt, 1, lookup != NULL ? lookup : expr);
  if (lookup != NULL && !exact)
    _tg_db_bind_text (stmt, 2, expr);
  ok = _tg_store_read_rowids (self, stmt, rowids, error);
  _tg_db_stmt_free (stmt);
  return ok;
}

/* The cases matching @expr. The matches of one run (a word typed of
 * letters and digits only) are its postings, read by an index-only scan,
 * with those of the words it is inside of: GIN finds them as fast but
 * then visits each match's row in cases_fts to recheck it (the count of
 * "шахта" among a million cases, 33 000 matches: 9 ms against 110–270).
 * Several runs: when one of them is rare (a case number's serial, an
 * IIN), its postings, each probed for the others; else GIN, which visits
 * the rows of the cases the lists of their first letters have in common
 * (gin_matches), unless the terms have too many words found inside
 * (TG_PG_TSQUERY_MAX_INSIDE): then the postings of the term with fewest.
 * The order is chosen here, not by the planner: the plan of a prepared
 * statement knows no run (docs/performance.md, issue 17). */
gboolean
_tg_pg_store_fts_matches (TgStore    *self,
                          const char *expr,
                          GArray     *rowids,
                          GError    **error)
{
  g_autoptr(GPtrArray) words = expression_words (expr);
  GPtrArray *first = words->pdata[0];
  /* Too many words found inside for to_tsquery: the postings at any
   * count, the term with fewest told up to FEWEST. */
  gboolean no_gin = count_others (words) > TG_PG_TSQUERY_MAX_INSIDE;
  gboolean one_term = words->len == 1 && first->len == 1;
  gint64 limit, fewest;
  const Term *rarest = NULL;
  TgDbStmt *stmt;

  if (!one_term && !no_gin && !read_stats (self, error))
    return FALSE;
  limit = no_gin ? FEWEST : rare_count (self);
  fewest = no_gin ? G_MAXINT64 : limit;
  if (one_term)
    rarest = first->pdata[0];
  for (guint w = 0; !one_term && w < words->len; w++)
    {
      GPtrArray *terms = words->pdata[w];

      for (guint t = 0; t < terms->len; t++)
        {
          gint64 count = 0;

          if (!count_postings (self, terms->pdata[t], limit, &count, error))
            return FALSE;
          if (count < fewest)
            fewest = count, rarest = terms->pdata[t];
        }
    }
  if (rarest == NULL)
    return gin_matches (self, expr, words, rowids, error);
  stmt = rarest_first (self, words, rarest, error);
  if (stmt == NULL || !_tg_store_read_rowids (self, stmt, rowids, error))
    return FALSE;
  {
    guint kept = 0;
    gboolean sorted = TRUE;

    /* One word's postings come in rowid order already. */
    for (guint i = 1; sorted && i < rowids->len; i++)
      sorted = g_array_index (rowids, gint64, i - 1) <= g_array_index (rowids, gint64, i);
    if (!sorted)
      g_array_sort (rowids, _tg_store_compare_rowids);
    for (guint i = 0; i < rowids->len; i++)
      if (kept == 0 || g_array_index (rowids, gint64, i) != g_array_index (rowids, gint64, kept - 1))
        g_array_index (rowids, gint64, kept++) = g_array_index (rowids, gint64, i);
    g_array_set_size (rowids, kept);
  }
  return TRUE;
}

/* Those of @candidates matching @expr: each looked up in cases_fts by its
 * rowid and its words checked (81 cases in 3 ms at a million, 4 307 in
 * 13–17, whatever the search). Not with more words found inside than
 * to_tsquery takes (TG_PG_TSQUERY_MAX_INSIDE). */
gboolean
_tg_pg_store_fts_matches_among (TgStore    *self,
                                const char *expr,
                                GArray     *candidates,
                                GArray     *rowids,
                                gboolean   *checked,
                                GError    **error)
{
  g_autoptr(GPtrArray) words = expression_words (expr);
  g_autofree char *list = NULL;
  g_autofree char *sql = NULL;
  TgDbStmt *stmt;
  gboolean ok;

  *checked = count_others (words) <= TG_PG_TSQUERY_MAX_INSIDE;
  if (!*checked)
    return TRUE;
  list = _tg_store_rowids_json (candidates);
  sql = g_strdup_printf ("SELECT rowid FROM cases_fts WHERE %s"
                         " AND (document @@ to_tsquery ('simple', ?)) IS TRUE ORDER BY rowid",
                         self->engine->sql_rowid_in_list);
  stmt = _tg_db_prepare (self->db, sql, error);
  if (stmt == NULL)
    return FALSE;
  _tg_db_bind_text (stmt, 1, list);
  _tg_db_bind_text (stmt, 2, expr);
  ok = _tg_store_read_rowids (self, stmt, rowids, error);
  _tg_db_stmt_free (stmt);
  return ok;
}

/* The count of other desks' commits this connection was told of. What
 * the server sent is read from the socket without asking anything (the
 * window's poll, once a second: a commit elsewhere shows at the next one
 * after its notice arrived), or asked for (a search, whose
 * cached matches must not outlive a commit elsewhere) after a round trip; this connection's
 * own notices (it listens too) do not count. */
gboolean
_tg_pg_store_data_version (TgStore *self,
                           gboolean ask,
                           gint64  *version,
                           GError **error)
{
  PGconn *conn;
  PGnotify *notify;

  /* A closed store says so. */
  if (self->db == NULL)
    return _tg_store_stmt (self, "", error) != NULL;
  conn = _tg_db_pg_handle (self->db);
  /* Asking reads whatever the server sent before it answers. */
  if (ask && !_tg_store_exec (self, "SELECT 1", error))
    return FALSE;
  if (!PQconsumeInput (conn))
    {
      g_autofree char *shown = tg_store_location_dup_display (self->path);

      g_set_error (error, TG_STORE_ERROR, TG_STORE_ERROR_FAILED,
                   _("The connection to the office server %s was lost: %s"),
                   shown, g_strchomp (PQerrorMessage (conn)));
      return FALSE;
    }
  while ((notify = PQnotifies (conn)) != NULL)
    {
      if (notify->be_pid != PQbackendPID (conn))
        self->server.notified++;
      PQfreemem (notify);
    }
  *version = self->server.notified;
  return TRUE;
}

gint64
_tg_pg_store_total_changes (TgStore *self)
{
  return self->db != NULL ? _tg_db_pg_total_changes (self->db) : 0;
}
