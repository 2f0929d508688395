/* tg-pg-store.c — what only the store on an office server does
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * PostgreSQL-only (issue 17): opening a server location (the connection,
 * the server's schema version, the login that history names, LISTEN for
 * other desks' commits), the full-text rows of cases_fts (the server makes
 * their tsvector and trigrams itself), documents' content bound whole, and
 * the engine hooks of tg-store-private.h (_tg_store_pg_engine; the
 * search's are in tg-pg-query.c).
 *
 * What the server does by itself: its PL/pgSQL triggers keep the
 * statistics cells whatever the work (ordinary roles may not drop
 * triggers or indexes, so bulk work sets nothing aside), and it checks its
 * own pages (data checksums, and amcheck for an administrator): `verify`
 * checks the hash chains and the contents there, not the files.
 */
#define G_LOG_DOMAIN "tg-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-pg-db.h"
#include "tg-pg-private.h"
#include "tg-pg-store.h"
#include "tg-store-location.h"

/* The channel on which each write transaction tells the other desks it
 * committed (its payload: who wrote). */
#define CHANGES_CHANNEL "tergeu_changes"

/* The server's schema is `server init`'s to make and upgrade, never a
 * desk's: each desk only checks it is the one it knows. */
static gboolean
check_schema (TgStore    *self,
              const char *shown,
              GError    **error)
{
  gint64 version = 0;

  if (!_tg_store_query_int64 (self, "SELECT CASE WHEN to_regclass ('tergeu_schema') IS NULL THEN -1"
                                     " ELSE (SELECT coalesce (max (version), 0) FROM tergeu_schema) END",
                               &version, error))
    return FALSE;
  if (version <= 0)
    {
      g_set_error (error, TG_STORE_ERROR, TG_STORE_ERROR_OPEN,
                   _("The database %s is not set up for Tergeu. Its administrator sets it up with “tergeu-cli server init --db %s”. Nothing was changed."),
                   shown, shown);
      return FALSE;
    }
  if (version > TG_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, TG_STORE_ERROR, TG_STORE_ERROR_TOO_NEW,
                   _("The database %s was set up by a newer version of Tergeu (schema %d; this version knows up to %d). Update Tergeu; the database was not changed."),
                   shown, (int) version, TG_STORE_SCHEMA_VERSION);
      return FALSE;
    }
  if (version < TG_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, TG_STORE_ERROR, TG_STORE_ERROR_OPEN,
                   _("The database %s has Tergeu's schema %d, older than this version's %d. Its administrator brings it up to date with “tergeu-cli server init --db %s”. Nothing was changed."),
                   shown, (int) version, TG_STORE_SCHEMA_VERSION, shown);
      return FALSE;
    }
  return TRUE;
}

/* The login the server writes as the actor of every history entry
 * (pg/schema.sql): the store hashes entries with it, so that the chains
 * verify (tg_store_set_actor keeps it). */
static gboolean
read_actor (TgStore *self,
            GError **error)
{
  g_autoptr(TgDbStmt) stmt = _tg_store_prepare (self, "SELECT session_user", error);

  if (stmt == NULL)
    return FALSE;
  if (_tg_db_step (stmt) != TG_DB_ROW)
    return _tg_store_set_db_error (self, error);
  g_free (self->actor);
  self->actor = _tg_db_column_dup (stmt, 0);
  return TRUE;
}

static TgStore *
open_server (const char *location,
             gboolean    whole,
             GError    **error)
{
  g_autoptr(TgStore) self = NULL;
  g_autofree char *shown = tg_store_location_dup_display (location);
  g_autoptr(GError) local = NULL;
  GError *db_error = NULL;

  if (!_tg_pg_check_conninfo (location, &local))
    {
      g_set_error (error, TG_STORE_ERROR, TG_STORE_ERROR_OPEN,
                   _("Cannot open the PostgreSQL database %s: %s"), shown, local->message);
      return NULL;
    }
  self = g_object_new (TG_TYPE_STORE, NULL);
  self->path = g_strdup (location);
  self->engine = &_tg_store_pg_engine;
  self->db = _tg_db_pg_open (location, &db_error);
  if (self->db == NULL && g_error_matches (db_error, TG_DB_ERROR, TG_DB_ERROR_PASSWORD))
    {
      char *given = tg_store_location_dup_password (location);

      if (given == NULL)
        g_set_error (error, TG_STORE_ERROR, TG_STORE_ERROR_PASSWORD,
                     _("The office server %s asks for a password, and none was given (in ~/.pgpass, a service file or PGPASSWORD). Details: %s"),
                     shown, db_error->message);
      else
        g_set_error (error, TG_STORE_ERROR, TG_STORE_ERROR_PASSWORD,
                     _("The office server %s did not let you in with the password given. Details: %s"),
                     shown, db_error->message);
      tg_store_location_free_password (given);
      g_clear_error (&db_error);
      return NULL;
    }
  if (self->db == NULL)
    {
      g_set_error (error, TG_STORE_ERROR, TG_STORE_ERROR_OPEN,
                   _("Could not connect to the PostgreSQL database %s. Check the server's address, that it is running and that your login is allowed (pg_hba.conf); a password comes from ~/.pgpass, a service file or PGPASSWORD. Details: %s"),
                   shown, db_error->message);
      g_clear_error (&db_error);
      return NULL;
    }
  if (!check_schema (self, shown, error))
    return NULL;
  if (whole &&
      (!read_actor (self, error) ||
       !_tg_store_exec (self, "LISTEN " CHANGES_CHANNEL, error) ||
       !_tg_store_load_calendar (self, error)))
    return NULL;
  return g_steal_pointer (&self);
}

TgStore *
_tg_pg_store_open (const char *location,
                   GError    **error)
{
  return open_server (location, TRUE, error);
}

gboolean
_tg_pg_store_is_database (const char *location,
                          GError    **error)
{
  g_autoptr(TgStore) self = open_server (location, FALSE, error);

  return self != NULL;
}

/* ---- full text ---- */

/* Written at once, at any depth: a rollback to a savepoint takes it back
 * with the rest. The server makes the tsvector and the trigrams. */
static gboolean
put_fts (TgStore     *self,
         gint64       rowid,
         const char  *columns[6],
         GError     **error)
{
  return columns == NULL || _tg_store_write_fts_row (self, rowid, (char **) columns, error);
}


/* A transaction that changed rows tells the other desks, who LISTEN: the
 * server delivers the notice only if it commits. */
static gboolean
before_commit (TgStore *self,
               GError **error)
{
  gint64 changes = _tg_db_pg_total_changes (self->db);
  TgDbStmt *stmt;

  if (changes == self->server.told_changes)
    return TRUE;
  stmt = _tg_store_stmt (self, "SELECT pg_notify ('" CHANGES_CHANNEL "', ?)", error);
  if (stmt == NULL)
    return FALSE;
  _tg_db_bind_text (stmt, 1, self->actor);
  if (!_tg_store_step_done (self, stmt, error))
    return FALSE;
  self->server.told_changes = changes;
  return TRUE;
}

/* ---- documents ---- */

/* bytea, bound whole: the server takes a value in one message. */
static gboolean
document_bind (TgStore        *self,
               TgDbStmt       *stmt,
               int             index,
               TgContentSpool *spool,
               goffset         offset,
               gsize           size,
               GError        **error)
{
  guint8 *data = g_malloc (MAX (size, 1));

  if (!tg_content_spool_read (spool, offset, data, size, error))
    {
      g_free (data);
      return FALSE;
    }
  /* Kept until the next document: the statement does not copy it. */
  g_clear_pointer (&self->server.content, g_bytes_unref);
  self->server.content = g_bytes_new_take (data, size);
  _tg_db_bind_blob (stmt, index, data, size);
  return TRUE;
}

static gboolean
document_fill (TgStore        *self,
               gint64          case_rowid,
               const char     *doc_id,
               TgContentSpool *spool,
               goffset         offset,
               gsize           size,
               GError        **error)
{
  /* document_bind bound it all. */
  g_clear_pointer (&self->server.content, g_bytes_unref);
  return TRUE;
}

/* ---- bulk work, verification ---- */

static gboolean
nothing_to_do (TgStore *self,
               GError **error)
{
  return TRUE;
}

static gboolean
check_integrity (TgStore   *self,
                 GPtrArray *problems,
                 GError   **error)
{
  /* The server's pages are the server's to check (data checksums,
   * amcheck by its administrator); `verify` goes on with the chains. */
  return TRUE;
}

/* History received from elsewhere keeps its authors (pg/schema.sql,
 * tergeu_set_actor), for this transaction; recorded_by still names the
 * login. */
static gboolean
receive (TgStore *self,
         GError **error)
{
  return _tg_store_exec (self, "SET LOCAL tergeu.received = 'on'", error);
}

/* A copy keeps the actors its chains were hashed with: the server's
 * trigger (pg/schema.sql, tergeu_set_actor) lets them be written, for
 * this transaction only, when the login is an administrator. */
static gboolean
copy_begin (TgStore *self,
            GError **error)
{
  return _tg_store_exec (self, "SET LOCAL tergeu.copying = 'on'", error);
}

/* The statistics and the search's postings, deferred while the rows came
 * (pg/statistics.sql, pg/schema.sql), are made once, and the words found
 * inside from the postings (pg/upgrade-7.sql). Identity columns do not
 * move past row ids written explicitly: the next case, entry, conflict or
 * review would take a copied one's. */
static gboolean
copy_end (TgStore *self,
          GError **error)
{
  static const char *const sql[] = {
    "SELECT stat_rebuild ()",
    "SELECT fts_rebuild ()",
    "SELECT search_words_fill ()",
    "SELECT setval (pg_get_serial_sequence ('cases', 'rowid'), coalesce ((SELECT max (rowid) FROM cases), 0) + 1, false)",
    "SELECT setval (pg_get_serial_sequence ('history', 'seq'), coalesce ((SELECT max (seq) FROM history), 0) + 1, false)",
    "SELECT setval (pg_get_serial_sequence ('conflicts', 'rowid'), coalesce ((SELECT max (rowid) FROM conflicts), 0) + 1, false)",
    "SELECT setval (pg_get_serial_sequence ('exchange_log', 'seq'), coalesce ((SELECT max (seq) FROM exchange_log), 0) + 1, false)",
    "SELECT setval (pg_get_serial_sequence ('reviews', 'rowid'), coalesce ((SELECT max (rowid) FROM reviews), 0) + 1, false)",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (sql); i++)
    if (!_tg_store_exec (self, sql[i], error))
      return FALSE;
  return TRUE;
}

const TgStoreEngine _tg_store_pg_engine = {
  .put_fts = put_fts,
  .before_commit = before_commit,
  .fts_expression = _tg_pg_store_fts_expression,
  .fts_matches = _tg_pg_store_fts_matches,
  .fts_matches_among = _tg_pg_store_fts_matches_among,
  /* The JSON array as an array of bigint: looked up in the primary key
   * one by one, without a JSON parse and a join (4 000 matches: ms). */
  .sql_rowid_in_list = "rowid = ANY (CAST (translate (?, '[]', '{}') AS bigint[]))",
  .sql_rowid_lookup = "",
  /* Not unique (pg/upgrade-7.sql): a word another desk adds at the same
   * moment is added twice rather than waited for. */
  .sql_add_search_words = "INSERT INTO search_words (word) SELECT w FROM json_array_elements_text (CAST (? AS json)) w"
                          " WHERE NOT EXISTS (SELECT 1 FROM search_words s WHERE s.word = w)",
  /* by the trigram index search_words_parts (pg/upgrade-7.sql) */
  .sql_words_containing = "SELECT DISTINCT word FROM search_words WHERE word LIKE '%' || CAST (? AS text) || '%'",
  /* The walk reads the order's index alone (each index ends with the
   * rowid) and tests its rows against the matches' bitmap: 48 000 rows
   * in 8–11 ms at a million cases, where sending them to the client to be
   * tested took 0.5 ms a thousand; a row walked costs 0.15–0.2 µs and a
   * match looked up in `cases` 2–5 (docs/performance.md, issue 17): a
   * walk of 32 rows a match costs about what looking the matches up
   * does (16 looked a surname's 4 088 up, 10 → 19–29 ms), and a walk is
   * taken when half its budget should find the page. A rowid past the bitmap's end (a
   * case another desk added since) is no match. */
  .sql_is_match = "CASE WHEN rowid < 8 * length (CAST (?1 AS bytea))"
                     " THEN get_bit (CAST (?1 AS bytea), rowid) = 1 ELSE false END",
  .walk_bitmap = TRUE,
  .sql_rowids_agg = "CAST (array_agg (rowid) FILTER (WHERE hit) AS text)",
  .walk_per_match = 32,
  /* A region's 135 531 rows tested in 20–28 ms (at a million cases), 4 088
   * matches looked up among them in 35–40: 10 µs a match, as the planner
   * reads `rowid = ANY` among the region's rows. */
  .filter_rows_per_match = 64,
  /* cases_keys (pg/schema.sql): 4 088 matches sorted for a page in 11 ms
   * from the index, 21 ms reading their rows. */
  .sort_keys_by_rowid = TRUE,
  /* The planner has the server's statistics (ANALYZE, autovacuum). */
  .sql_control_index = "",
  .sql_cross_join = "JOIN",
  /* The server writes its login over received history's authors. */
  .sql_exchange_cases = "CREATE TEMP TABLE IF NOT EXISTS exchange_cases ("
                        "  rowid bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, id text NOT NULL UNIQUE,"
                        "  number text, result bigint);"
                        "CREATE INDEX IF NOT EXISTS exchange_cases_number ON exchange_cases (number);"
                        "DELETE FROM exchange_cases;",
  .data_version = _tg_pg_store_data_version,
  .total_changes = _tg_pg_store_total_changes,
  .document_bind = document_bind,
  .document_fill = document_fill,
  .stats_defer = nothing_to_do,
  .bulk_indexes = FALSE,
  .bulk_set_indexes_aside = nothing_to_do,
  .check_integrity = check_integrity,
  .sql_columns = "SELECT CAST (column_name AS text) FROM information_schema.columns"
                 " WHERE table_schema = current_schema () AND table_name = ?"
                 " AND is_generated = 'NEVER' ORDER BY ordinal_position",
  .receive = receive,
  .copy_begin = copy_begin,
  .copy_end = copy_end,
};
