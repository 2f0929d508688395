/* tg-store.c — opening, transactions, calendar, verification
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "tg-store-backup.h"
#include "tg-store-collation.h"
#include "tg-dates.h"
#include "tg-history.h"
#include "tg-history-entry.h"
#include "tg-rules.h"
#include "tg-store-exchange.h"
#include "tg-store-private.h"

G_DEFINE_QUARK (tg-store-error-quark, tg_store_error)
G_DEFINE_FINAL_TYPE (TgStore, tg_store, G_TYPE_OBJECT)

/* Writers wait for each other rather than fail (exchange-format.md,
 * Command line: at least 60 s). */
#define BUSY_TIMEOUT_MS 120000
/* Full-text rows held per transaction before they are written. */
#define FTS_BATCH 4096

static void
tg_store_finalize (GObject *object)
{
  TgStore *self = TG_STORE (object);

  tg_store_close (self);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->actor, g_free);
  g_clear_object (&self->calendar);
  g_clear_pointer (&self->fts_pending, g_array_unref);
  g_clear_pointer (&self->fts_marks, g_array_unref);
  _tg_store_stats_forget (self);
  g_clear_pointer (&self->bulk_mode.indexes, g_ptr_array_unref);
  g_clear_pointer (&self->exchange.results, g_byte_array_unref);
  g_clear_pointer (&self->exchange.last_id, g_free);

  G_OBJECT_CLASS (tg_store_parent_class)->finalize (object);
}

static void
tg_store_class_init (TgStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tg_store_finalize;

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

static void
fts_row_clear (gpointer data)
{
  TgFtsRow *row = data;

  for (guint i = 0; i < G_N_ELEMENTS (row->columns); i++)
    g_free (row->columns[i]);
}

static void
tg_store_init (TgStore *self)
{
  self->stmts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify) sqlite3_finalize);
  self->stmts_at = g_hash_table_new (g_direct_hash, g_direct_equal);
  self->actor = g_strdup (g_get_user_name ());
  self->fts_pending = g_array_new (FALSE, FALSE, sizeof (TgFtsRow));
  g_array_set_clear_func (self->fts_pending, fts_row_clear);
  self->fts_marks = g_array_new (FALSE, FALSE, sizeof (guint));
}

gboolean
_tg_store_set_db_error (TgStore *self,
                        GError **error)
{
  int code = self->db != NULL ? sqlite3_errcode (self->db) : SQLITE_CANTOPEN;
  const char *msg = self->db != NULL ? sqlite3_errmsg (self->db) : "";
  int kind = TG_STORE_ERROR_FAILED;

  if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
    kind = TG_STORE_ERROR_CORRUPT;
  else if (code == SQLITE_CANTOPEN || code == SQLITE_PERM || code == SQLITE_READONLY)
    kind = TG_STORE_ERROR_OPEN;

  if (code == SQLITE_FULL)
    g_set_error (error, TG_STORE_ERROR, TG_STORE_ERROR_FAILED,
                 _("The disk that holds the database %s is full: nothing was saved. Free some space on it and try again."),
                 self->path);
  else if (kind == TG_STORE_ERROR_CORRUPT)
    {
      g_autoptr(GPtrArray) backups = tg_backup_list (self->path);

      if (backups->len > 0)
        g_set_error (error, TG_STORE_ERROR, kind,
                     _("The database %s is damaged or is not a Tergeu database (%s). The latest backup is %s; restore it with “tergeu-cli restore %s”."),
                     self->path, msg, (char *) g_ptr_array_index (backups, 0),
                     (char *) g_ptr_array_index (backups, 0));
      else if (tg_backup_has_unattributed (self->path))
        g_set_error (error, TG_STORE_ERROR, kind,
                     _("The database %s is damaged or is not a Tergeu database (%s), and no backup of it was made since backups are kept per database. The backups in the folder “backups” beside it, from before, may be of any database there: copy one elsewhere and look at the copy with “tergeu-cli list --db COPY” before you restore it. The file was not changed."),
                     self->path, msg);
      else
        g_set_error (error, TG_STORE_ERROR, kind,
                     _("The database %s is damaged or is not a Tergeu database (%s), and there is no backup beside it. The file was not changed."),
                     self->path, msg);
    }
  else
    g_set_error (error, TG_STORE_ERROR, kind, _("Database error in %s: %s"), self->path, msg);
  return FALSE;
}

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
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  sqlite3_extended_result_codes (self->db, 0);
  /* Kazakh alphabetical order for ORDER BY … COLLATE kazakh. */
  if (sqlite3_create_collation_v2 (self->db, TG_COLLATION_KAZAKH, SQLITE_UTF8, NULL,
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
  if (sqlite3_db_readonly (self->db, "main") != 1)
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
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK ||
      sqlite3_step (stmt) != SQLITE_ROW)
    return _tg_store_set_db_error (self, error);
  *value = sqlite3_column_int (stmt, 0);
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
         _tg_store_query_init (self, error);
}

static gboolean
load_calendar (TgStore *self,
               GError **error)
{
  sqlite3_stmt *stmt;
  int rc;

  self->calendar = tg_calendar_new_without_entries ();
  stmt = _tg_store_stmt (self, "SELECT date, kind, note FROM calendar_entries", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      GDate date;
      int kind;

      if (!tg_date_parse ((const char *) sqlite3_column_text (stmt, 0), &date) ||
          !tg_enum_from_nick (TG_TYPE_CALENDAR_ENTRY_KIND,
                              (const char *) sqlite3_column_text (stmt, 1), &kind))
        continue;
      tg_calendar_set_entry (self->calendar, &date, kind,
                             (const char *) sqlite3_column_text (stmt, 2));
    }
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE || _tg_store_set_db_error (self, error);
}

/* A new database starts with the shipped calendar entries. */
static gboolean
seed_calendar (TgStore *self,
               GError **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  sqlite3_stmt *stmt;

  stmt = _tg_store_stmt (self, "SELECT count(*) FROM calendar_entries", error);
  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return stmt != NULL ? _tg_store_set_db_error (self, error) : FALSE;
  if (sqlite3_column_int (stmt, 0) > 0 || tg_store_dup_setting (self, "calendar-seeded") != NULL)
    {
      sqlite3_reset (stmt);
      return TRUE;
    }
  sqlite3_reset (stmt);

  entries = tg_calendar_default_entries ();
  if (!_tg_store_tx_begin (self, error))
    return FALSE;
  for (guint i = 0; i < entries->len; i++)
    {
      TgCalendarEntry *e = g_ptr_array_index (entries, i);
      g_autofree char *date = tg_date_format_iso (&e->date);

      stmt = _tg_store_stmt (self, "INSERT OR IGNORE INTO calendar_entries (date, kind, note) VALUES (?, ?, ?)", error);
      if (stmt == NULL)
        goto fail;
      _tg_store_bind_text (stmt, 1, date);
      _tg_store_bind_text (stmt, 2, tg_enum_to_nick (TG_TYPE_CALENDAR_ENTRY_KIND, e->kind));
      _tg_store_bind_text (stmt, 3, e->note);
      if (!_tg_store_step_done (self, stmt, error))
        goto fail;
    }
  if (!tg_store_set_setting (self, "calendar-seeded", "1", error))
    goto fail;
  return _tg_store_tx_commit (self, error);

fail:
  _tg_store_tx_rollback (self);
  return FALSE;
}

TgStore *
tg_store_open (const char *path,
               GError    **error)
{
  g_autoptr(TgStore) self = NULL;
  g_autofree char *default_path = NULL;
  int rc;

  if (path == NULL)
    path = default_path = tg_store_default_path ();
  if (!tg_store_location_check_file (path, error))
    return NULL;

  self = g_object_new (TG_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  if (!g_file_test (path, G_FILE_TEST_EXISTS) && !create_private_file (path, error))
    return NULL;

  rc = sqlite3_open_v2 (path, &self->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      _tg_store_set_db_error (self, error);
      return NULL;
    }
  if (!prepare (self, error) ||
      !check_writable (self, error) ||
      !check_is_tergeu (self, TRUE, error) ||
      !configure (self, error) ||
      !_tg_store_migrate (self, error) ||
      !seed_calendar (self, error) ||
      !load_calendar (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

TgStore *
tg_store_open_scratch (GError **error)
{
  g_autoptr(TgStore) self = g_object_new (TG_TYPE_STORE, NULL);

  self->path = g_strdup ("");
  /* "": a private temporary database SQLite removes when it is closed. */
  if (sqlite3_open_v2 ("", &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                       NULL) != SQLITE_OK ||
      !_tg_store_exec (self, "PRAGMA cache_size = -2048", error))
    {
      if (error != NULL && *error == NULL)
        _tg_store_set_db_error (self, error);
      return NULL;
    }
  return g_steal_pointer (&self);
}

gboolean
tg_store_is_database (const char  *path,
                      GError     **error)
{
  g_autoptr(TgStore) self = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  if (!tg_store_location_check_file (path, error))
    return FALSE;
  self = g_object_new (TG_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  if (sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK)
    return _tg_store_set_db_error (self, error);
  return prepare (self, error) && check_is_tergeu (self, FALSE, error);
}

const char *
tg_store_get_path (TgStore *self)
{
  g_return_val_if_fail (TG_IS_STORE (self), NULL);
  return self->path;
}

void
tg_store_close (TgStore *self)
{
  g_return_if_fail (TG_IS_STORE (self));

  if (self->db == NULL)
    return;
  while (self->tx_depth > 0)
    _tg_store_tx_rollback (self);
  g_clear_pointer (&self->stmts_at, g_hash_table_unref);
  g_clear_pointer (&self->stmts, g_hash_table_unref);
  _tg_store_query_clear (self);
  /* The last connection to close checkpoints and removes the WAL. */
  sqlite3_close (self->db);
  self->db = NULL;
}

gboolean
tg_store_set_cache_size (TgStore *self,
                         guint    kib,
                         GError **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (TG_IS_STORE (self), FALSE);
  g_return_val_if_fail (kib > 0, FALSE);

  /* A negative size is in KiB; PRAGMA takes no parameter. */
  sql = g_strdup_printf ("PRAGMA cache_size = -%u", kib);
  return _tg_store_exec (self, sql, error);
}

const char *
tg_store_get_actor (TgStore *self)
{
  g_return_val_if_fail (TG_IS_STORE (self), NULL);
  return self->actor;
}

void
tg_store_set_actor (TgStore    *self,
                    const char *actor)
{
  g_return_if_fail (TG_IS_STORE (self));
  g_free (self->actor);
  self->actor = g_strdup (actor != NULL ? actor : g_get_user_name ());
}

/* ----------------------------------------------------------- statements */

sqlite3_stmt *
_tg_store_stmt (TgStore    *self,
                const char *sql,
                GError    **error)
{
  sqlite3_stmt *stmt;

  if (self->db == NULL)
    {
      g_set_error (error, TG_STORE_ERROR, TG_STORE_ERROR_FAILED,
                   _("The database %s is closed."), self->path);
      return NULL;
    }
  /* Nearly every caller passes a literal: its address finds the
   * statement. Text built at run time may come back at an address that
   * held other text, hence the comparison. */
  stmt = g_hash_table_lookup (self->stmts_at, sql);
  if (stmt == NULL || strcmp (sqlite3_sql (stmt), sql) != 0)
    {
      stmt = g_hash_table_lookup (self->stmts, sql);
      if (stmt == NULL)
        {
          if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
            {
              _tg_store_set_db_error (self, error);
              return NULL;
            }
          g_hash_table_insert (self->stmts, g_strdup (sql), stmt);
          g_hash_table_insert (self->stmts_at, (gpointer) sql, stmt);
          return stmt;
        }
      g_hash_table_insert (self->stmts_at, (gpointer) sql, stmt);
    }
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  return stmt;
}

gboolean
_tg_store_exec (TgStore    *self,
                const char *sql,
                GError    **error)
{
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    return _tg_store_set_db_error (self, error);
  return TRUE;
}

gboolean
_tg_store_step_done (TgStore      *self,
                     sqlite3_stmt *stmt,
                     GError      **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      _tg_store_set_db_error (self, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);
  return TRUE;
}

void
_tg_store_bind_text (sqlite3_stmt *stmt,
                     int           index,
                     const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

char *
_tg_store_column_dup (sqlite3_stmt *stmt,
                      int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

/* --------------------------------------------------------- transactions */

static gboolean
write_fts_row (TgStore        *self,
               const TgFtsRow *row,
               GError        **error)
{
  sqlite3_stmt *stmt = _tg_store_stmt (self,
    "INSERT INTO cases_fts (rowid, number, employer, bin, victims, iins, place) VALUES (?, ?, ?, ?, ?, ?, ?)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, row->rowid);
  for (guint i = 0; i < G_N_ELEMENTS (row->columns); i++)
    _tg_store_bind_text (stmt, i + 2, row->columns[i]);
  return _tg_store_step_done (self, stmt, error);
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
static gboolean
flush_fts (TgStore *self,
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

gboolean
_tg_store_put_fts (TgStore     *self,
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
          if (!flush_fts (self, error))
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

/* ---- bulk mode ---- */

/* The indexes an import or the demo never reads while it writes: every
 * one but the UNIQUE constraints (ids and numbers are looked up), the
 * history's (an update reads the case's chain) and those of tables bulk
 * work does not write. */
static gboolean
set_indexes_aside (TgStore *self,
                   GError **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) indexes = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = _tg_store_stmt (self, "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL"
                              " AND tbl_name IN ('cases', 'members', 'disputes', 'requests') ORDER BY rowid", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_ptr_array_add (names, _tg_store_column_dup (stmt, 0));
      g_ptr_array_add (indexes, _tg_store_column_dup (stmt, 1));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
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

static gboolean
build_indexes (TgStore *self,
               GError **error)
{
  g_autofree char *restore = NULL;
  sqlite3_stmt *stmt;
  gboolean ok = TRUE;

  if (self->bulk_mode.indexes == NULL)
    return TRUE;
  stmt = _tg_store_stmt (self, "PRAGMA cache_size", error);
  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    restore = g_strdup_printf ("PRAGMA cache_size = %lld", (long long) sqlite3_column_int64 (stmt, 0));
  sqlite3_reset (stmt);
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

gboolean
_tg_store_bulk_note_insert (TgStore *self,
                            GError **error)
{
  if (!self->bulk || self->bulk_mode.threshold == 0 || self->bulk_mode.indexes != NULL)
    return TRUE;
  if (++self->bulk_mode.inserted < self->bulk_mode.threshold)
    return TRUE;
  return set_indexes_aside (self, error);
}

void
tg_store_set_bulk_policy (TgStore           *self,
                          TgStoreBulkPolicy  policy)
{
  g_return_if_fail (TG_IS_STORE (self));
  self->bulk_mode.policy = policy;
}

/* Transaction statements are prepared once, like every other. */
static gboolean
run (TgStore    *self,
     const char *sql,
     GError    **error)
{
  sqlite3_stmt *stmt = _tg_store_stmt (self, sql, error);

  return stmt != NULL && _tg_store_step_done (self, stmt, error);
}

static char *
savepoint_sql (const char *verb,
               guint       level)
{
  return g_strdup_printf ("%s tg%u", verb, level);
}

/* SQLite rolls a transaction back by itself after some errors (a full
 * disk, an I/O error): then there is nothing left to roll back, and what
 * was begun is lost whatever the depth. */
static gboolean
transaction_lost (TgStore *self)
{
  return self->db != NULL && sqlite3_get_autocommit (self->db);
}

gboolean
_tg_store_tx_begin (TgStore *self,
                    GError **error)
{
  g_autofree char *sql = NULL;
  guint mark;

  if (self->db == NULL)
    return _tg_store_stmt (self, "", error) != NULL;
  if (self->tx_depth > 0 && transaction_lost (self))
    {
      g_set_error (error, TG_STORE_ERROR, TG_STORE_ERROR_FAILED,
                   _("The database %s gave up the work in progress; nothing of it was saved."),
                   self->path);
      return FALSE;
    }
  /* IMMEDIATE takes the write lock now, so a writer waits for another
   * (busy timeout) instead of failing half-way with SQLITE_BUSY. */
  if (self->tx_depth == 0)
    sql = g_strdup ("BEGIN IMMEDIATE");
  else if (!self->bulk)
    sql = savepoint_sql ("SAVEPOINT", self->tx_depth);
  if (sql != NULL && !run (self, sql, error))
    return FALSE;
  mark = self->fts_pending->len;
  g_array_append_val (self->fts_marks, mark);
  self->tx_depth++;
  return TRUE;
}

gboolean
_tg_store_tx_commit (TgStore *self,
                     GError **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (self->tx_depth > 0, FALSE);

  if (self->tx_depth == 1 && self->doomed)
    {
      _tg_store_tx_rollback (self);
      g_set_error (error, TG_STORE_ERROR, TG_STORE_ERROR_FAILED,
                   _("A step of this work failed earlier; nothing of it was saved."));
      return FALSE;
    }
  if (self->tx_depth > 1 && transaction_lost (self))
    {
      _tg_store_tx_rollback (self);
      g_set_error (error, TG_STORE_ERROR, TG_STORE_ERROR_FAILED,
                   _("The database %s gave up the work in progress; nothing of it was saved."),
                   self->path);
      return FALSE;
    }
  if (self->tx_depth == 1 &&
      (!flush_fts (self, error) || !_tg_store_stats_apply (self, error) || !build_indexes (self, error)))
    {
      _tg_store_tx_rollback (self);
      return FALSE;
    }
  if (self->tx_depth == 1)
    sql = g_strdup ("COMMIT");
  else if (!self->bulk)
    sql = savepoint_sql ("RELEASE", self->tx_depth - 1);
  if (sql != NULL && !run (self, sql, error))
    {
      _tg_store_tx_rollback (self);
      return FALSE;
    }
  self->tx_depth--;
  self->generation++;
  g_array_set_size (self->fts_marks, self->tx_depth);
  if (self->tx_depth == 0)
    self->bulk = FALSE;
  return TRUE;
}

void
_tg_store_tx_rollback (TgStore *self)
{
  g_autoptr(GError) error = NULL;
  gboolean lost;
  guint mark;

  g_return_if_fail (self->tx_depth > 0);

  lost = transaction_lost (self);
  if (self->tx_depth == 1)
    {
      if (!lost)
        run (self, "ROLLBACK", &error);
      self->bulk = self->doomed = FALSE;
      _tg_store_stats_forget (self);
      g_clear_pointer (&self->bulk_mode.indexes, g_ptr_array_unref);
    }
  else if (self->bulk || lost)
    self->doomed = TRUE;
  else
    {
      g_autofree char *back = savepoint_sql ("ROLLBACK TO", self->tx_depth - 1);
      g_autofree char *release = savepoint_sql ("RELEASE", self->tx_depth - 1);
      if (run (self, back, &error))
        run (self, release, &error);
    }
  if (error != NULL)
    g_warning ("rollback failed: %s", error->message);
  self->tx_depth--;
  self->generation++;
  mark = g_array_index (self->fts_marks, guint, self->tx_depth);
  g_array_set_size (self->fts_pending, mark);
  g_array_set_size (self->fts_marks, self->tx_depth);
}

gboolean
tg_store_begin (TgStore *self,
                GError **error)
{
  g_return_val_if_fail (TG_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->tx_depth == 0, FALSE);

  if (!_tg_store_tx_begin (self, error))
    return FALSE;
  self->bulk = TRUE;
  self->bulk_mode.inserted = 0;
  self->bulk_mode.threshold = 0;
  if (self->bulk_mode.policy == TG_STORE_BULK_ROW_BY_ROW)
    return TRUE;
  if (!_tg_store_stats_defer (self, error))
    {
      _tg_store_tx_rollback (self);
      return FALSE;
    }
  /* Sorting every row of an index again pays when the work adds a good
   * part of them (docs/performance.md). */
  if (self->bulk_mode.policy == TG_STORE_BULK_ALWAYS)
    self->bulk_mode.threshold = 1;
  else if (self->bulk_mode.policy == TG_STORE_BULK_NEVER)
    self->bulk_mode.threshold = 0;
  else
    self->bulk_mode.threshold = MAX (TG_STORE_BULK_MIN_CASES, (self->stats.first_new - 1) / 5);
  return TRUE;
}

gboolean
tg_store_commit (TgStore *self,
                 GError **error)
{
  g_return_val_if_fail (TG_IS_STORE (self), FALSE);
  return _tg_store_tx_commit (self, error);
}

void
tg_store_rollback (TgStore *self)
{
  g_return_if_fail (TG_IS_STORE (self));
  _tg_store_tx_rollback (self);
}

/* -------------------------------------------------------------- history */

static gboolean
read_head (TgStore *self,
           gint64   case_rowid,
           char   **head,
           GError **error)
{
  sqlite3_stmt *stmt = _tg_store_stmt (self, "SELECT history_head FROM cases WHERE rowid = ?", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, case_rowid);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      return _tg_store_set_db_error (self, error);
    }
  *head = _tg_store_column_dup (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
insert_entry (TgStore    *self,
              gint64      case_rowid,
              const char *at,
              const char *actor,
              const char *action,
              const char *details,
              const char *before,
              const char *after,
              const char *prev,
              const char *hash,
              const char *digest,
              GError    **error)
{
  sqlite3_stmt *stmt = _tg_store_stmt (self,
    "INSERT INTO history (case_rowid, at, actor, action, details, before, after, prev_hash, hash, digest) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, case_rowid);
  _tg_store_bind_text (stmt, 2, at);
  _tg_store_bind_text (stmt, 3, actor);
  _tg_store_bind_text (stmt, 4, action);
  _tg_store_bind_text (stmt, 5, details);
  _tg_store_bind_text (stmt, 6, before);
  _tg_store_bind_text (stmt, 7, after);
  _tg_store_bind_text (stmt, 8, prev);
  _tg_store_bind_text (stmt, 9, hash);
  _tg_store_bind_text (stmt, 10, digest);
  return _tg_store_step_done (self, stmt, error);
}

/* The head moves to the new last entry, which records the contents: a
 * seal of earlier contents no longer applies. */
static gboolean
move_head (TgStore    *self,
           gint64      case_rowid,
           const char *hash,
           guint       added,
           GError    **error)
{
  sqlite3_stmt *stmt = _tg_store_stmt (self,
    "UPDATE cases SET history_head = ?, history_count = history_count + ?, content_seal = NULL WHERE rowid = ?", error);

  if (stmt == NULL)
    return FALSE;
  _tg_store_bind_text (stmt, 1, hash);
  sqlite3_bind_int (stmt, 2, added);
  sqlite3_bind_int64 (stmt, 3, case_rowid);
  return _tg_store_step_done (self, stmt, error);
}

gboolean
_tg_store_history_append_many (TgStore    *self,
                               gint64      case_rowid,
                               const char *case_id,
                               GPtrArray  *entries,
                               GError    **error)
{
  g_autofree char *prev = NULL;
  g_autofree char *digest = NULL;

  /* Contents written without an entry of their own are sealed. */
  if (entries->len == 0)
    return _tg_store_seal_contents (self, case_rowid, case_id, error);
  if (!read_head (self, case_rowid, &prev, error))
    return FALSE;
  /* The last entry records the contents as they now are; the ones before
   * it come from elsewhere (a file, the demo) and know no digest. */
  digest = _tg_store_content_digest (self, case_rowid, error);
  if (digest == NULL)
    return FALSE;
  for (guint i = 0; i < entries->len; i++)
    {
      TgHistoryEntry *h = g_ptr_array_index (entries, i);
      const char *actor = tg_history_entry_get_actor (h) ? tg_history_entry_get_actor (h) : self->actor;
      g_autofree char *now = tg_history_entry_get_at (h) ? NULL : tg_now_iso ();
      const char *at = now ? now : tg_history_entry_get_at (h);
      const char *recorded = i + 1 == entries->len ? digest : NULL;
      char *hash = tg_history_hash_full (prev, case_id, at, actor,
                                         tg_history_entry_get_action (h), tg_history_entry_get_details (h),
                                         tg_history_entry_get_before (h), tg_history_entry_get_after (h),
                                         recorded);

      if (!insert_entry (self, case_rowid, at, actor, tg_history_entry_get_action (h),
                         tg_history_entry_get_details (h), tg_history_entry_get_before (h),
                         tg_history_entry_get_after (h), prev, hash, recorded, error))
        {
          g_free (hash);
          return FALSE;
        }
      g_free (prev);
      prev = hash;
    }
  return move_head (self, case_rowid, prev, entries->len, error);
}

gboolean
_tg_store_history_append (TgStore    *self,
                          gint64      case_rowid,
                          const char *case_id,
                          const char *at,
                          const char *actor,
                          const char *action,
                          const char *details,
                          const char *before,
                          const char *after,
                          GError    **error)
{
  g_autofree char *now = NULL;
  g_autofree char *prev = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *digest = NULL;

  if (at == NULL)
    at = now = tg_now_iso ();
  if (actor == NULL)
    actor = self->actor;
  if (!read_head (self, case_rowid, &prev, error))
    return FALSE;
  /* The caller has written the change: the entry records its result. */
  digest = _tg_store_content_digest (self, case_rowid, error);
  if (digest == NULL)
    return FALSE;
  hash = tg_history_hash_full (prev, case_id, at, actor, action, details, before, after, digest);
  return insert_entry (self, case_rowid, at, actor, action, details, before, after, prev, hash, digest, error) &&
         move_head (self, case_rowid, hash, 1, error);
}

/* ---------------------------------------------------------- verification */

typedef struct
{
  gint64  rowid;
  char   *id;
  char   *number;
  char   *prev;     /* running link */
  guint   count;
  char   *digest;   /* the last entry's, or NULL */
  char   *at;       /* the last entry's */
  char   *action;
} Chain;

static void
chain_clear (Chain *c)
{
  g_free (c->prev);
  g_free (c->digest);
  g_free (c->at);
  g_free (c->action);
}

static gboolean
chain_finish (TgStore      *self,
              Chain        *c,
              sqlite3_stmt *heads,
              GPtrArray    *problems,
              guint        *n_unchecked,
              GError      **error)
{
  /* @heads is positioned on this case's row: compare the stored head. */
  const char *head = (const char *) sqlite3_column_text (heads, 3);
  guint count = (guint) sqlite3_column_int (heads, 4);
  TgContentRecord r = { c->rowid, c->id, c->number, head,
                        (const char *) sqlite3_column_text (heads, 5),
                        c->digest, c->at, c->action };

  if (g_strcmp0 (head, c->prev) != 0 || count != c->count)
    {
      g_ptr_array_add (problems,
                       g_strdup_printf (_("case %s: the history ends differently than recorded (%u entries found, %u recorded): an entry was removed or added by hand"),
                                        c->number, c->count, count));
      return TRUE;
    }
  /* The chain is intact: now the case's rows against what it recorded. */
  return _tg_store_check_contents (self, &r, problems, n_unchecked, error);
}

static void
chain_step (Chain        *c,
            sqlite3_stmt *entries,
            gboolean     *broken,
            GPtrArray    *problems)
{
  const char *col[9];
  g_autofree char *hash = NULL;

  for (int i = 0; i < 9; i++)
    col[i] = (const char *) sqlite3_column_text (entries, i + 1);
  hash = tg_history_hash_full (col[6], c->id, col[0], col[1], col[2], col[3], col[4], col[5], col[8]);
  c->count++;
  if (!*broken && g_strcmp0 (col[6], c->prev) != 0)
    {
      g_ptr_array_add (problems, g_strdup_printf (_("case %s: history entry %u does not follow the one before it: an entry was removed or reordered"),
                                                  c->number, c->count));
      *broken = TRUE;
    }
  else if (!*broken && g_strcmp0 (hash, col[7]) != 0)
    {
      g_ptr_array_add (problems, g_strdup_printf (_("case %s: history entry %u (%s, %s) was altered after it was written"),
                                                  c->number, c->count, col[0], col[2]));
      *broken = TRUE;
    }
  g_free (c->prev);
  c->prev = g_strdup (col[7]);
  g_free (c->digest);
  c->digest = g_strdup (col[8]);
  g_free (c->at);
  c->at = g_strdup (col[0]);
  g_free (c->action);
  c->action = g_strdup (col[2]);
}

static gboolean
verify_chains (TgStore   *self,
               GPtrArray *problems,
               guint     *n_unchecked,
               GError   **error)
{
  g_autoptr(sqlite3_stmt) heads = NULL;
  g_autoptr(sqlite3_stmt) entries = NULL;
  int rc_h, rc_e;

  /* Two ordered scans merged by case: one pass over each table. */
  if (sqlite3_prepare_v2 (self->db, "SELECT rowid, id, number, history_head, history_count, content_seal FROM cases ORDER BY rowid", -1, &heads, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (self->db, "SELECT case_rowid, at, actor, action, details, before, after, prev_hash, hash, digest, seq FROM history ORDER BY case_rowid, seq", -1, &entries, NULL) != SQLITE_OK)
    return _tg_store_set_db_error (self, error);

  rc_e = sqlite3_step (entries);
  while ((rc_h = sqlite3_step (heads)) == SQLITE_ROW)
    {
      Chain c = { sqlite3_column_int64 (heads, 0),
                  (char *) sqlite3_column_text (heads, 1),
                  (char *) sqlite3_column_text (heads, 2),
                  g_strdup (TG_HISTORY_GENESIS), 0, NULL, NULL, NULL };
      gboolean broken = FALSE;
      gboolean ok = TRUE;

      while (rc_e == SQLITE_ROW && sqlite3_column_int64 (entries, 0) < c.rowid)
        {
          g_ptr_array_add (problems, g_strdup_printf (_("history entry %lld belongs to no case"),
                                                      (long long) sqlite3_column_int64 (entries, 10)));
          rc_e = sqlite3_step (entries);
        }
      for (; rc_e == SQLITE_ROW && sqlite3_column_int64 (entries, 0) == c.rowid; rc_e = sqlite3_step (entries))
        chain_step (&c, entries, &broken, problems);
      if (!broken)
        ok = chain_finish (self, &c, heads, problems, n_unchecked, error);
      chain_clear (&c);
      if (!ok)
        return FALSE;
    }
  if (rc_h != SQLITE_DONE || (rc_e != SQLITE_DONE && rc_e != SQLITE_ROW))
    return _tg_store_set_db_error (self, error);
  for (; rc_e == SQLITE_ROW; rc_e = sqlite3_step (entries))
    g_ptr_array_add (problems, g_strdup_printf (_("history entry %lld belongs to no case"),
                                                (long long) sqlite3_column_int64 (entries, 10)));
  return TRUE;
}

static gboolean
verify_integrity (TgStore   *self,
                  GPtrArray *problems,
                  GError   **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (self->db, "PRAGMA integrity_check", -1, &stmt, NULL) != SQLITE_OK)
    return _tg_store_set_db_error (self, error);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *line = (const char *) sqlite3_column_text (stmt, 0);
      if (g_strcmp0 (line, "ok") != 0)
        g_ptr_array_add (problems, g_strdup_printf (_("integrity check: %s"), line));
    }
  if (rc != SQLITE_DONE)
    return _tg_store_set_db_error (self, error);
  return TRUE;
}

gboolean
tg_store_verify (TgStore   *self,
                 GPtrArray *problems,
                 GError   **error)
{
  return tg_store_verify_full (self, problems, NULL, error);
}

gboolean
tg_store_verify_full (TgStore   *self,
                      GPtrArray *problems,
                      guint     *n_unchecked,
                      GError   **error)
{
  guint before;
  guint unchecked = 0;

  g_return_val_if_fail (TG_IS_STORE (self), FALSE);
  g_return_val_if_fail (problems != NULL, FALSE);

  before = problems->len;
  if (!verify_integrity (self, problems, error) ||
      !verify_chains (self, problems, &unchecked, error))
    return FALSE;
  if (n_unchecked != NULL)
    *n_unchecked = unchecked;
  return problems->len == before;
}
