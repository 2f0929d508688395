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
 * required; quoted, so that tsquery's operators in the input (& | ! ( )
 * :) are words, and the server's parser splits a word as it splits the
 * indexed text ("08-2026-00004" follows one part after another). The
 * expression is bound as a parameter, never written into the SQL. */
char *
_tg_pg_store_fts_expression (const char *search)
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
      gboolean in_run = FALSE;
      gboolean first_run = TRUE;

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
    }
  if (expr->len == 0)
    {
      g_string_free (expr, TRUE);
      return NULL;
    }
  return g_string_free (expr, FALSE);
}

/* The typed words of an expression of _tg_pg_store_fts_expression, each
 * the runs that follow one another in it: 'a':* <-> 'b':* & 'c':* is
 * {{a, b}, {c}}. */
static GPtrArray *
expression_words (const char *expr)
{
  g_auto(GStrv) words = g_strsplit (expr, " & ", -1);
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  for (guint i = 0; words[i] != NULL; i++)
    {
      char **runs = g_strsplit (words[i], " <-> ", -1);

      /* 'run':* → run (letters and digits only: nothing else is quoted) */
      for (guint r = 0; runs[r] != NULL; r++)
        {
          char *run = runs[r];
          gsize len = strlen (run);

          g_assert (len > 4 && run[0] == '\'' && g_str_has_suffix (run, "':*"));
          memmove (run, run + 1, len - 4);
          run[len - 4] = '\0';
        }
      g_ptr_array_add (out, runs);
    }
  return out;
}

/* A run's postings: the lexemes it is a prefix of, as the 'simple'
 * configuration lowercases them (lower () with the database's collation),
 * compared bytewise. U+10FFFF sorts after anything a prefix can go on
 * with. */
#define POSTINGS_OF(alias) \
  alias ".lexeme >= lower (CAST (? AS text)) COLLATE \"C\"" \
  " AND " alias ".lexeme < (lower (CAST (? AS text)) || chr (1114111)) COLLATE \"C\""
#define POSTINGS_OF_RUN POSTINGS_OF ("p")
#define POSTINGS_OF_RUN_Q POSTINGS_OF ("q")

static void
add_run (GPtrArray  *params,
         const char *run)
{
  g_ptr_array_add (params, g_strdup (run));
  g_ptr_array_add (params, g_strdup (run));
}

/* Binds @run to POSTINGS_OF's two parameters from @index on. */
static void
add_run_to (TgDbStmt   *stmt,
            int         index,
            const char *run)
{
  _tg_db_bind_text (stmt, index, run);
  _tg_db_bind_text (stmt, index + 1, run);
}

/* Whether a word of several runs asks that they follow one another: the
 * postings know words, not their order, so such a search's candidates are
 * checked against the tsvector too. */
static gboolean
has_phrase (GPtrArray *words)
{
  for (guint i = 0; i < words->len; i++)
    if (g_strv_length (words->pdata[i]) > 1)
      return TRUE;
  return FALSE;
}

/* How many postings a run has, counted up to RARE: an index-only scan
 * that stops there. */
#define RARE 2000

static gboolean
count_postings (TgStore    *self,
                const char *run,
                gint64     *count,
                GError    **error)
{
  TgDbStmt *stmt = _tg_store_stmt (self, "SELECT count(*) FROM (SELECT 1 FROM fts_postings p WHERE "
                                         POSTINGS_OF_RUN " LIMIT " G_STRINGIFY (RARE) ") s", error);
  gboolean ok;

  if (stmt == NULL)
    return FALSE;
  add_run_to (stmt, 1, run);
  ok = _tg_db_step (stmt) == TG_DB_ROW;
  if (ok)
    *count = _tg_db_column_int64 (stmt, 0);
  _tg_db_reset (stmt);
  return ok || _tg_store_set_db_error (self, error);
}

/* The cases with every run of @words among their postings, the rarest
 * run's read in the index and each tested for the others by a probe of
 * (rowid, lexeme); with phrases, checked against their tsvector after the
 * probes (OFFSET 0 keeps the check there). A case comes once for each of
 * its words the run is a prefix of, in no order: sorting them here costs
 * a fifth of what the server's DISTINCT … ORDER BY did. */
static TgDbStmt *
rarest_first (TgStore    *self,
              const char *expr,
              GPtrArray  *words,
              const char *rarest,
              GError    **error)
{
  g_autoptr(GPtrArray) params = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) sql = g_string_new ("SELECT p.rowid FROM fts_postings p WHERE " POSTINGS_OF_RUN);
  gboolean phrase = has_phrase (words);
  TgDbStmt *stmt;

  add_run (params, rarest);
  for (guint w = 0; w < words->len; w++)
    for (char **run = words->pdata[w]; *run != NULL; run++)
      if (*run != rarest)
        {
          g_string_append (sql, " AND (SELECT true FROM fts_postings q WHERE q.rowid = p.rowid AND "
                                POSTINGS_OF_RUN_Q " LIMIT 1)");
          add_run (params, *run);
        }
  if (phrase)
    {
      g_string_prepend (sql, "SELECT m.rowid FROM (");
      g_string_append (sql, " OFFSET 0) m WHERE (SELECT f.document @@ to_tsquery ('simple', ?)"
                            " FROM cases_fts f WHERE f.rowid = m.rowid)");
      g_ptr_array_add (params, g_strdup (expr));
    }
  stmt = _tg_store_stmt (self, sql->str, error);
  for (guint i = 0; stmt != NULL && i < params->len; i++)
    _tg_db_bind_text (stmt, (int) i + 1, params->pdata[i]);
  return stmt;
}

/* The cases matching @expr. The matches of one run (a word typed of
 * letters and digits only) are its postings, read by an index-only scan:
 * GIN finds them as fast but then visits each match's row in cases_fts to
 * recheck it (the count of "шахта" among a million cases, 33 000 matches:
 * 9 ms against 110–270). Several runs: when one of them is rare (a case
 * number's serial, an IIN), its postings, each probed for the others;
 * else GIN, which visits the rows of the intersection only. The order is
 * chosen here, not by the planner: the plan of a prepared statement knows
 * no run (docs/performance.md, issue 17). */
gboolean
_tg_pg_store_fts_matches (TgStore    *self,
                          const char *expr,
                          GArray     *rowids,
                          GError    **error)
{
  g_autoptr(GPtrArray) words = expression_words (expr);
  gboolean one_run = words->len == 1 && g_strv_length (words->pdata[0]) == 1;
  const char *rarest = NULL;
  gint64 fewest = RARE;
  TgDbStmt *stmt;

  if (one_run)
    rarest = ((char **) words->pdata[0])[0];
  for (guint w = 0; !one_run && w < words->len; w++)
    for (char **run = words->pdata[w]; *run != NULL; run++)
      {
        gint64 count = 0;

        if (!count_postings (self, *run, &count, error))
          return FALSE;
        if (count < fewest)
          fewest = count, rarest = *run;
      }
  if (rarest != NULL)
    stmt = rarest_first (self, expr, words, rarest, error);
  else
    {
      stmt = _tg_store_stmt (self, "SELECT rowid FROM cases_fts WHERE document @@ to_tsquery ('simple', ?)"
                                   " ORDER BY rowid", error);
      if (stmt != NULL)
        _tg_db_bind_text (stmt, 1, expr);
    }
  if (stmt == NULL || !_tg_store_read_rowids (self, stmt, rowids, error))
    return FALSE;
  if (rarest != NULL)
    {
      guint kept = 0;

      g_array_sort (rowids, _tg_store_compare_rowids);
      for (guint i = 0; i < rowids->len; i++)
        if (kept == 0 || g_array_index (rowids, gint64, i) != g_array_index (rowids, gint64, kept - 1))
          g_array_index (rowids, gint64, kept++) = g_array_index (rowids, gint64, i);
      g_array_set_size (rowids, kept);
    }
  return TRUE;
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
