/* tg-store-sqlite.c — what only the SQLite store does
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SQLite-only (issue 17): the library's configuration, opening a file
 * (creating it privately, the PRAGMAs of WAL, the busy timeout, the page
 * cache, the Kazakh collation, telling a Tergeu database from another
 * application's), the FTS5 rows of cases_fts, bulk mode's setting aside
 * and rebuilding of indexes, and PRAGMA integrity_check; and the table of
 * its engine hooks (tg-store-private.h), _tg_store_sqlite_engine. A server
 * location is opened by tg-pg-store.c.
 */
#define G_LOG_DOMAIN "tg-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "tg-db-sqlite.h"
#include "tg-store-collation.h"
#include "tg-store-exchange.h"
#include "tg-store-location.h"
#include "tg-store-sqlite.h"

#define HANDLE(self) _tg_db_sqlite_handle ((self)->db)

/* Writers wait for each other rather than fail (exchange-format.md,
 * Command line: at least 60 s). */
#define BUSY_TIMEOUT_MS 120000
/* Full-text rows held per transaction before they are written. */
#define FTS_BATCH 4096

void
_tg_store_init_engine_library (void)
{
  /* A statement inside a transaction keeps the pages it changes in a
   * statement journal, to undo itself alone if it fails. SQLite holds
   * that journal in memory up to 64 KiB, then moves it to a temporary
   * file until the transaction ends. Inserting a case changes about
   * sixteen pages (the row, a dozen indexes, the statistics cells by
   * trigger), so the first case of an import moved it to a file and
   * every later statement's pages went through write(2): 58 writes a
   * case, more than half of an import's time (19.1 s → 8.3 s for 20 000
   * cases). Held in memory, a journal is freed when its statement ends,
   * so it costs what one statement changes: a few dozen pages for every
   * statement of ours. (A migration that rewrites a whole table in one
   * statement would hold it all; migrations must work in steps.)
   * Why -1 and not a larger threshold: with 256 KiB to 8 MiB, SQLite
   * 3.40 failed a 100 000-case import with SQLITE_FULL (disk far from
   * full) once a savepoint's journal spilled to its file.
   * Only possible before SQLite is first used in the process.
   * Each connection is used by one thread at a time (the desktop's counts
   * and backups open their own), so SQLite needs no mutex of its own on a
   * connection or statement (multi-thread mode; SQLITE_OPEN_NOMUTEX says
   * it again per connection), and nothing reads its memory statistics,
   * whose upkeep takes the allocator's mutex on every malloc and free
   * (issue 18: 4 % of an import's instructions went to mutexes). */
  if (sqlite3_config (SQLITE_CONFIG_STMTJRNL_SPILL, -1) == SQLITE_OK)
    {
      sqlite3_config (SQLITE_CONFIG_MULTITHREAD);
      sqlite3_config (SQLITE_CONFIG_MEMSTATUS, 0);
      sqlite3_initialize ();
    }
}

/* ---- opening ---- */

char *
tg_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "tergeu", "cases.db", NULL);
}

/* The file is created by us with mode 0600 before SQLite opens it, so it is
 * never readable by others, not even for a moment. */
static gboolean
create_private_file (const char *path,
                     GError    **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, TG_STORE_ERROR, TG_STORE_ERROR_OPEN,
                   _("Cannot create the folder %s: %s"), dir, g_strerror (saved));
      return FALSE;
    }
  fd = g_open (path, O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, TG_STORE_ERROR, TG_STORE_ERROR_OPEN,
                   _("Cannot create the database %s: %s"), path, g_strerror (saved));
      return FALSE;
    }
  close (fd);
  return TRUE;
}

/* What is asked of the file before anything is written to it. */
static gboolean
prepare (TgStore *self,
         GError **error)
{
  sqlite3_busy_timeout (HANDLE (self), BUSY_TIMEOUT_MS);
  sqlite3_extended_result_codes (HANDLE (self), 0);
  /* Kazakh alphabetical order for ORDER BY … COLLATE kazakh. */
  if (sqlite3_create_collation_v2 (HANDLE (self), TG_COLLATION_KAZAKH, SQLITE_UTF8, NULL,
                                   tg_collation_kazakh_compare, NULL) != SQLITE_OK)
    return _tg_store_set_db_error (self, error);
  return TRUE;
}

/* A file SQLite may only read: reading a WAL database would leave -wal and
 * -shm files behind that only a writer can remove, and every command
 * writes (history, sequences, backups). Refused before the first read. */
static gboolean
check_writable (TgStore *self,
                GError **error)
{
  if (sqlite3_db_readonly (HANDLE (self), "main") != 1)
    return TRUE;
  g_set_error (error, TG_STORE_ERROR, TG_STORE_ERROR_OPEN,
               _("The database %s cannot be written (it is read-only for you, or on read-only media); Tergeu needs to write to it. Copy it to a folder where you may write, or change its permissions. The file was not changed."),
               self->path);
  return FALSE;
}

static gboolean
query_int (TgStore    *self,
           const char *sql,
           int        *value,
           GError    **error)
{
  gint64 v = 0;

  if (!_tg_store_query_int64 (self, sql, &v, error))
    return FALSE;
  *value = (int) v;
  return TRUE;
}

/* A Tergeu database says so (application_id, from schema 5); one from
 * before has Tergeu's tables and a schema version. A new file, or one in
 * which nothing was ever stored, becomes one. Anything else belongs to
 * another application and is refused untouched (issue 16: it was given
 * Tergeu's tables and switched to WAL). */
static gboolean
check_is_tergeu (TgStore *self,
                 gboolean new_allowed,
                 GError **error)
{
  int app_id = 0, version = 0, n_objects = 0, n_ours = 0;

  if (!query_int (self, "PRAGMA application_id", &app_id, error) ||
      !query_int (self, "PRAGMA user_version", &version, error) ||
      !query_int (self, "SELECT count (*) FROM sqlite_schema", &n_objects, error) ||
      !query_int (self, "SELECT count (*) FROM sqlite_schema WHERE type = 'table'"
                        " AND name IN ('cases', 'history', 'settings')", &n_ours, error))
    return FALSE;
  if (app_id == TG_STORE_APPLICATION_ID)
    return TRUE;
  if (app_id == 0 && version == 0 && n_objects == 0 && new_allowed)
    return TRUE;
  if (app_id == 0 && version > 0 && n_ours == 3)
    return TRUE;
  g_set_error (error, TG_STORE_ERROR, TG_STORE_ERROR_FOREIGN,
               _("%s is not a Tergeu database: it is an SQLite database of another application. Tergeu does not open it, so that it stays as it is; name a Tergeu database, or a file that does not exist yet. The file was not changed."),
               self->path);
  return FALSE;
}

static gboolean
configure (TgStore *self,
           GError **error)
{
  return _tg_store_exec (self,
                         "PRAGMA journal_mode = WAL;"
                         "PRAGMA synchronous = NORMAL;"
                         "PRAGMA foreign_keys = ON;"
                         "PRAGMA cache_size = -32000;",
                         error) &&
         _tg_store_sqlite_query_init (self, error);
}

TgStore *
tg_store_open (const char *path,
               GError    **error)
{
  g_autoptr(TgStore) self = NULL;
  g_autofree char *default_path = NULL;
  GError *db_error = NULL;

  if (path == NULL)
    path = default_path = tg_store_default_path ();
  if (tg_store_location_kind (path) == TG_STORE_LOCATION_SERVER)
    return _tg_pg_store_open (path, error);

  self = g_object_new (TG_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  if (!g_file_test (path, G_FILE_TEST_EXISTS) && !create_private_file (path, error))
    return NULL;

  self->db = _tg_db_sqlite_open (path, SQLITE_OPEN_READWRITE, &db_error);
  if (self->db == NULL)
    {
      _tg_store_take_db_error (self, db_error, error);
      return NULL;
    }
  if (!prepare (self, error) ||
      !check_writable (self, error) ||
      !check_is_tergeu (self, TRUE, error) ||
      !configure (self, error) ||
      !_tg_store_migrate (self, error) ||
      !_tg_store_open_calendar (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

TgStore *
tg_store_open_scratch (GError **error)
{
  g_autoptr(TgStore) self = g_object_new (TG_TYPE_STORE, NULL);
  GError *db_error = NULL;

  self->path = g_strdup ("");
  /* "": a private temporary database SQLite removes when it is closed. */
  self->db = _tg_db_sqlite_open ("", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, &db_error);
  if (self->db == NULL)
    {
      _tg_store_take_db_error (self, db_error, error);
      return NULL;
    }
  if (!_tg_store_exec (self, "PRAGMA cache_size = -2048", error))
    return NULL;
  return g_steal_pointer (&self);
}

gboolean
tg_store_is_database (const char  *path,
                      GError     **error)
{
  g_autoptr(TgStore) self = NULL;
  GError *db_error = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  if (tg_store_location_kind (path) == TG_STORE_LOCATION_SERVER)
    return _tg_pg_store_is_database (path, error);
  self = g_object_new (TG_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  self->db = _tg_db_sqlite_open (path, SQLITE_OPEN_READONLY, &db_error);
  if (self->db == NULL)
    return _tg_store_take_db_error (self, db_error, error);
  return prepare (self, error) && check_is_tergeu (self, FALSE, error);
}

gboolean
tg_store_set_cache_size (TgStore *self,
                         guint    kib,
                         GError **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (TG_IS_STORE (self), FALSE);
  g_return_val_if_fail (kib > 0, FALSE);

  /* The server's memory is its administrator's to set. */
  if (self->engine != &_tg_store_sqlite_engine)
    return TRUE;
  /* A negative size is in KiB; PRAGMA takes no parameter. */
  sql = g_strdup_printf ("PRAGMA cache_size = -%u", kib);
  return _tg_store_exec (self, sql, error);
}

/* ---- full text (FTS5) ---- */

static void
fts_row_clear (gpointer data)
{
  TgFtsRow *row = data;

  for (guint i = 0; i < G_N_ELEMENTS (row->columns); i++)
    g_free (row->columns[i]);
}

void
_tg_store_fts_init (TgStore *self)
{
  self->fts_pending = g_array_new (FALSE, FALSE, sizeof (TgFtsRow));
  g_array_set_clear_func (self->fts_pending, fts_row_clear);
  self->fts_marks = g_array_new (FALSE, FALSE, sizeof (guint));
}

void
_tg_store_fts_clear (TgStore *self)
{
  g_clear_pointer (&self->fts_pending, g_array_unref);
  g_clear_pointer (&self->fts_marks, g_array_unref);
}

/* Before a transaction or savepoint begins, at depth self->tx_depth. */
void
_tg_store_fts_tx_begin (TgStore *self)
{
  guint mark = self->fts_pending->len;

  g_array_append_val (self->fts_marks, mark);
}

/* After one ended, self->tx_depth its outer depth: the rows queued since
 * it began go with a rollback. */
void
_tg_store_fts_tx_end (TgStore *self,
                      gboolean rolled_back)
{
  if (rolled_back)
    g_array_set_size (self->fts_pending, g_array_index (self->fts_marks, guint, self->tx_depth));
  g_array_set_size (self->fts_marks, self->tx_depth);
}

static gboolean
write_fts_row (TgStore        *self,
               const TgFtsRow *row,
               GError        **error)
{
  return _tg_store_write_fts_row (self, row->rowid, row->columns, error);
}

static int
compare_fts_rows (gconstpointer a,
                  gconstpointer b)
{
  gint64 x = (*(TgFtsRow * const *) a)->rowid;
  gint64 y = (*(TgFtsRow * const *) b)->rowid;

  return (x > y) - (x < y);
}

/* Writes the held rows, the last one of each case only (a case saved
 * twice in one transaction was deleted from the index by the second
 * save), in ascending row id order: FTS5 flushes its pending terms to a
 * new segment whenever a row id is not above the last one, so writing
 * them backwards made a segment per case (4 998 flushes for 5 000 rows,
 * and the merges after them: 27 % of an import's writing). */
gboolean
_tg_store_fts_flush (TgStore *self,
                     GError **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GPtrArray) rows = g_ptr_array_sized_new (self->fts_pending->len);
  gboolean ok = TRUE;

  for (guint i = self->fts_pending->len; i > 0; i--)
    {
      TgFtsRow *row = &g_array_index (self->fts_pending, TgFtsRow, i - 1);

      if (g_hash_table_add (seen, &row->rowid) && !row->none)
        g_ptr_array_add (rows, row);
    }
  g_ptr_array_sort (rows, compare_fts_rows);
  for (guint i = 0; ok && i < rows->len; i++)
    ok = write_fts_row (self, g_ptr_array_index (rows, i), error);
  g_array_set_size (self->fts_pending, 0);
  return ok;
}

static gboolean
put_fts (TgStore     *self,
                   gint64       rowid,
                   const char  *columns[6],
                   GError     **error)
{
  TgFtsRow row = { rowid, { NULL }, columns == NULL };

  for (guint i = 0; columns != NULL && i < G_N_ELEMENTS (row.columns); i++)
    row.columns[i] = g_strdup (columns[i]);
  if (self->tx_depth > 0)
    {
      g_array_append_val (self->fts_pending, row);
      /* A bounded batch: a million-case import must not hold a million
       * rows. Writing them is correct at any depth: a later rollback of a
       * savepoint undoes what was written inside it. */
      if (self->fts_pending->len >= FTS_BATCH)
        {
          if (!_tg_store_fts_flush (self, error))
            return FALSE;
          for (guint i = 0; i < self->fts_marks->len; i++)
            g_array_index (self->fts_marks, guint, i) = 0;
        }
      return TRUE;
    }
  {
    gboolean ok = row.none || write_fts_row (self, &row, error);
    fts_row_clear (&row);
    return ok;
  }
}


/* ---- documents ---- */

/* Spooled document content is copied into the database this much at a
 * time. */
#define SPOOL_CHUNK (256 * 1024)

static gboolean
document_bind (TgStore        *self,
               TgDbStmt       *stmt,
               int             index,
               TgContentSpool *spool,
               goffset         offset,
               gsize           size,
               GError        **error)
{
  sqlite3_bind_zeroblob64 (_tg_db_sqlite_stmt_handle (stmt), index, size);
  return TRUE;
}

/* Copies spooled content into the blob just made for it (zeroblob), in
 * chunks: a document is never whole in memory (tg-content-spool.h). */
static gboolean
document_fill (TgStore        *self,
               gint64          case_rowid,
               const char     *doc_id,
               TgContentSpool *spool,
               goffset         offset,
               gsize           size,
               GError        **error)
{
  g_autofree guint8 *chunk = NULL;
  sqlite3_blob *blob = NULL;
  gboolean ok = TRUE;
  gint64 doc_rowid = 0;
  TgDbStmt *stmt = _tg_store_stmt (self, "SELECT rowid FROM documents WHERE case_rowid = ? AND id = ?", error);

  if (stmt == NULL)
    return FALSE;
  _tg_db_bind_int64 (stmt, 1, case_rowid);
  _tg_db_bind_text (stmt, 2, doc_id);
  if (_tg_db_step (stmt) == TG_DB_ROW)
    doc_rowid = _tg_db_column_int64 (stmt, 0);
  _tg_db_reset (stmt);
  chunk = g_malloc (SPOOL_CHUNK);
  if (sqlite3_blob_open (HANDLE (self), "main", "documents", "content", doc_rowid, 1, &blob) != SQLITE_OK)
    return _tg_store_set_db_error (self, error);
  for (gsize done = 0; ok && done < size;)
    {
      gsize n = MIN (SPOOL_CHUNK, size - done);

      ok = tg_content_spool_read (spool, offset + done, chunk, n, error) &&
           (sqlite3_blob_write (blob, chunk, (int) n, (int) done) == SQLITE_OK ||
            _tg_store_set_db_error (self, error));
      done += n;
    }
  sqlite3_blob_close (blob);
  return ok;
}

/* ---- bulk mode ---- */

/* The indexes an import or the demo never reads while it writes: every
 * one but the UNIQUE constraints (ids and numbers are looked up), the
 * history's (an update reads the case's chain) and those of tables bulk
 * work does not write. */
static gboolean
bulk_set_indexes_aside (TgStore *self,
                                  GError **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) indexes = g_ptr_array_new_with_free_func (g_free);
  TgDbStmt *stmt;
  TgDbStep rc;

  stmt = _tg_store_stmt (self, "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL"
                              " AND tbl_name IN ('cases', 'members', 'disputes', 'requests') ORDER BY rowid", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = _tg_db_step (stmt)) == TG_DB_ROW)
    {
      g_ptr_array_add (names, _tg_db_column_dup (stmt, 0));
      g_ptr_array_add (indexes, _tg_db_column_dup (stmt, 1));
    }
  _tg_db_reset (stmt);
  if (rc != TG_DB_DONE)
    return _tg_store_set_db_error (self, error);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *sql = g_strdup_printf ("DROP INDEX \"%s\"", (char *) names->pdata[i]);
      if (!_tg_store_exec (self, sql, error))
        return FALSE;
    }
  g_debug ("bulk mode after %u cases: %u indexes set aside", self->bulk_mode.inserted, names->len);
  self->bulk_mode.indexes = g_steal_pointer (&indexes);
  return TRUE;
}

/* SQLite sorts an index's keys in memory up to the page cache's size
 * before it merges runs from a temporary file: with 32 MB more, a
 * 200 000-case import peaked at 81 MiB. The cache is made small while
 * the indexes are built (its dirty pages go to the WAL, as they would
 * when it is full), then set back. */
#define INDEX_SORT_KIB 2000

gboolean
_tg_store_bulk_build_indexes (TgStore *self,
                              GError **error)
{
  g_autofree char *restore = NULL;
  TgDbStmt *stmt;
  gboolean ok = TRUE;

  if (self->bulk_mode.indexes == NULL)
    return TRUE;
  stmt = _tg_store_stmt (self, "PRAGMA cache_size", error);
  if (stmt == NULL)
    return FALSE;
  if (_tg_db_step (stmt) == TG_DB_ROW)
    restore = g_strdup_printf ("PRAGMA cache_size = %lld", (long long) _tg_db_column_int64 (stmt, 0));
  _tg_db_reset (stmt);
  if (restore == NULL)
    return _tg_store_set_db_error (self, error);
  if (!_tg_store_exec (self, "PRAGMA cache_size = -" G_STRINGIFY (INDEX_SORT_KIB), error))
    return FALSE;
  for (guint i = 0; ok && i < self->bulk_mode.indexes->len; i++)
    ok = _tg_store_exec (self, self->bulk_mode.indexes->pdata[i], error);
  if (!_tg_store_exec (self, restore, ok ? error : NULL))
    ok = FALSE;
  if (ok)
    g_clear_pointer (&self->bulk_mode.indexes, g_ptr_array_unref);
  return ok;
}

/* ---- verification ---- */

static gboolean
check_integrity (TgStore   *self,
                           GPtrArray *problems,
                           GError   **error)
{
  g_autoptr(TgDbStmt) stmt = _tg_store_prepare (self, "PRAGMA integrity_check", error);
  TgDbStep rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = _tg_db_step (stmt)) == TG_DB_ROW)
    {
      const char *line = _tg_db_column_text (stmt, 0);
      if (g_strcmp0 (line, "ok") != 0)
        g_ptr_array_add (problems, g_strdup_printf (_("integrity check: %s"), line));
    }
  if (rc != TG_DB_DONE)
    return _tg_store_set_db_error (self, error);
  return TRUE;
}

/* A file's rows are copied as they are: nothing before them. */
static gboolean
nothing_to_copy (TgStore *self,
                 GError **error)
{
  return TRUE;
}

/* …and the words found inside (tg-store-search.c) are made from the
 * full-text rows that came, never copied: each engine keeps them its
 * own way. */
static gboolean
copy_end (TgStore *self,
          GError **error)
{
  return _tg_store_fill_search_words (self, error);
}

const TgStoreEngine _tg_store_sqlite_engine = {
  .put_fts = put_fts,
  .before_commit = _tg_store_fts_flush,
  .fts_expression = _tg_store_sqlite_fts_expression,
  .fts_matches = _tg_store_sqlite_fts_matches,
  /* FTS5 reads a term's whole list even for a few rows (`rowid IN`: the
   * 2 900 cases due within days with "ТОО", 0.5 s); all the matches are
   * read as fast ("ТОО", 667 615 of a million cases: 55 ms). */
  .fts_matches_among = NULL,
  .sql_add_search_words = _tg_store_sqlite_add_search_words,
  .sql_words_containing = _tg_store_sqlite_words_containing,
  .sql_rowid_in_list = _tg_store_sqlite_rowid_in_list,
  /* Else SQLite walks the index of a filter ("region = ?", 135 531 rows)
   * and probes each row in the list (4 088 matches: 35 ms). */
  .sql_rowid_lookup = " NOT INDEXED",
  .sql_is_match = "tg_search_match (rowid)",
  .sql_rowids_agg = "json_group_array (rowid) FILTER (WHERE hit)",
  /* An entry tested in the index costs about 0.1 µs, a row looked up in
   * `cases` 1.5–4 µs (measured at a million cases). */
  .walk_per_match = 16,
  /* 4 088 matches looked up in 15 ms, 135 531 rows of a region tested in
   * 26 (at a million cases). */
  .filter_rows_per_match = 16,
  .sql_control_index = " INDEXED BY cases_control",
  .sql_cross_join = "CROSS JOIN",
  .sql_exchange_cases = "CREATE TEMP TABLE IF NOT EXISTS exchange_cases ("
                        "  seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, number TEXT, result INTEGER);"
                        "CREATE INDEX IF NOT EXISTS temp.exchange_cases_number ON exchange_cases (number);"
                        "DELETE FROM temp.exchange_cases;",
  .data_version = _tg_store_sqlite_data_version,
  .total_changes = _tg_store_sqlite_total_changes,
  .document_bind = document_bind,
  .document_fill = document_fill,
  .stats_defer = _tg_store_sqlite_stats_defer,
  .bulk_indexes = TRUE,
  .bulk_set_indexes_aside = bulk_set_indexes_aside,
  .check_integrity = check_integrity,
  /* FTS5's row id is not among cases_fts's columns: tg-store-copy.c
   * adds it. */
  .sql_columns = "SELECT name FROM pragma_table_info (?) ORDER BY cid",
  .copy_begin = nothing_to_copy,
  .copy_end = copy_end,
};
