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

gboolean
_tg_pg_store_fts_matches (TgStore    *self,
                          const char *expr,
                          GArray     *rowids,
                          GError    **error)
{
  TgDbStmt *stmt = _tg_store_stmt (self, "SELECT rowid FROM cases_fts WHERE document @@ to_tsquery ('simple', ?)"
                                         " ORDER BY rowid", error);

  if (stmt == NULL)
    return FALSE;
  _tg_db_bind_text (stmt, 1, expr);
  return _tg_store_read_rowids (self, stmt, rowids, error);
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
