/* tg-store.c — the store object, statements, transactions, history, verification
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tg-store-backup.h"
#include "tg-dates.h"
#include "tg-history.h"
#include "tg-history-entry.h"
#include "tg-rules.h"
#include "tg-store-exchange.h"
#include "tg-store-location.h"
#include "tg-store-private.h"

G_DEFINE_QUARK (tg-store-error-quark, tg_store_error)
G_DEFINE_FINAL_TYPE (TgStore, tg_store, G_TYPE_OBJECT)

static void
tg_store_finalize (GObject *object)
{
  TgStore *self = TG_STORE (object);

  tg_store_close (self);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->actor, g_free);
  g_clear_object (&self->calendar);
  _tg_store_fts_clear (self);
  _tg_store_stats_forget (self);
  g_clear_pointer (&self->bulk_mode.indexes, g_ptr_array_unref);
  g_clear_pointer (&self->exchange.results, g_byte_array_unref);
  g_clear_pointer (&self->exchange.last_id, g_free);
  g_clear_pointer (&self->server.content, g_bytes_unref);
  g_clear_pointer (&self->server.prefix_ppm, g_hash_table_unref);

  G_OBJECT_CLASS (tg_store_parent_class)->finalize (object);
}

static void
tg_store_class_init (TgStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tg_store_finalize;

  _tg_store_init_engine_library ();
}

static void
tg_store_init (TgStore *self)
{
  self->actor = g_strdup (g_get_user_name ());
  self->engine = &_tg_store_sqlite_engine;
  _tg_store_fts_init (self);
}

/* The store's words for what the engine reported: the message names the
 * database and says what to do. */
gboolean
_tg_store_take_db_error (TgStore *self,
                         GError  *db_error,
                         GError **error)
{
  int code = db_error != NULL ? db_error->code : TG_DB_ERROR_OPEN;
  const char *msg = db_error != NULL ? db_error->message : "";
  int kind = TG_STORE_ERROR_FAILED;

  g_assert (db_error == NULL || db_error->domain == TG_DB_ERROR);

  if (code == TG_DB_ERROR_CORRUPT)
    kind = TG_STORE_ERROR_CORRUPT;
  else if (code == TG_DB_ERROR_OPEN || code == TG_DB_ERROR_READ_ONLY)
    kind = TG_STORE_ERROR_OPEN;

  if (code == TG_DB_ERROR_FULL)
    g_set_error (error, TG_STORE_ERROR, TG_STORE_ERROR_FAILED,
                 _("The disk that holds the database %s is full: nothing was saved. Free some space on it and try again."),
                 self->path);
  else if (code == TG_DB_ERROR_READ_ONLY && self->engine != &_tg_store_sqlite_engine)
    {
      /* A privilege the server's roles do not give this login
       * (pg/roles.sql): whom to ask, in the user's words. */
      g_autofree char *shown = tg_store_location_dup_display (self->path);

      g_set_error (error, TG_STORE_ERROR, TG_STORE_ERROR_FAILED,
                   _("The office server %s refused this to the login “%s” (%s). Ask its administrator for the role it needs (“tergeu-cli server grant %s investigator”, or “admin” for settings and the calendar); nothing was saved."),
                   shown, self->actor, msg, self->actor);
    }
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
  g_clear_error (&db_error);
  return FALSE;
}

gboolean
_tg_store_set_db_error (TgStore *self,
                        GError **error)
{
  GError *db_error = NULL;

  if (self->db != NULL)
    _tg_db_set_error (self->db, &db_error);
  return _tg_store_take_db_error (self, db_error, error);
}

gboolean
_tg_store_load_calendar (TgStore *self,
                         GError **error)
{
  TgDbStmt *stmt;
  TgDbStep rc;

  self->calendar = tg_calendar_new_without_entries ();
  stmt = _tg_store_stmt (self, "SELECT date, kind, note FROM calendar_entries", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = _tg_db_step (stmt)) == TG_DB_ROW)
    {
      GDate date;
      int kind;

      if (!tg_date_parse (_tg_db_column_text (stmt, 0), &date) ||
          !tg_enum_from_nick (TG_TYPE_CALENDAR_ENTRY_KIND,
                              _tg_db_column_text (stmt, 1), &kind))
        continue;
      tg_calendar_set_entry (self->calendar, &date, kind,
                             _tg_db_column_text (stmt, 2));
    }
  _tg_db_reset (stmt);
  return rc == TG_DB_DONE || _tg_store_set_db_error (self, error);
}

const char _tg_store_sql_seed_calendar[] =
  "INSERT INTO calendar_entries (date, kind, note) VALUES (?, ?, ?) ON CONFLICT DO NOTHING";

void
_tg_store_calendar_seed_params (const TgCalendarEntry *entry,
                                char                 **date,
                                const char           **kind,
                                const char           **note)
{
  *date = tg_date_format_iso (&entry->date);
  *kind = tg_enum_to_nick (TG_TYPE_CALENDAR_ENTRY_KIND, entry->kind);
  *note = entry->note;
}

/* A new database starts with the shipped calendar entries. */
static gboolean
seed_calendar (TgStore *self,
               GError **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  TgDbStmt *stmt;

  stmt = _tg_store_stmt (self, "SELECT count(*) FROM calendar_entries", error);
  if (stmt == NULL || _tg_db_step (stmt) != TG_DB_ROW)
    return stmt != NULL ? _tg_store_set_db_error (self, error) : FALSE;
  if (_tg_db_column_int (stmt, 0) > 0 || tg_store_dup_setting (self, "calendar-seeded") != NULL)
    {
      _tg_db_reset (stmt);
      return TRUE;
    }
  _tg_db_reset (stmt);

  entries = tg_calendar_default_entries ();
  if (!_tg_store_tx_begin (self, error))
    return FALSE;
  for (guint i = 0; i < entries->len; i++)
    {
      g_autofree char *date = NULL;
      const char *kind, *note;

      _tg_store_calendar_seed_params (g_ptr_array_index (entries, i), &date, &kind, &note);
      stmt = _tg_store_stmt (self, _tg_store_sql_seed_calendar, error);
      if (stmt == NULL)
        goto fail;
      _tg_db_bind_text (stmt, 1, date);
      _tg_db_bind_text (stmt, 2, kind);
      _tg_db_bind_text (stmt, 3, note);
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

/* The shared part of opening, once the engine has a connection with the
 * current schema: the working-day calendar, seeded in a new database. */
gboolean
_tg_store_open_calendar (TgStore *self,
                         GError **error)
{
  return seed_calendar (self, error) && _tg_store_load_calendar (self, error);
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
  _tg_store_query_clear (self);
  _tg_store_search_clear (self);
  _tg_store_search_forget_words (self);
  g_clear_pointer (&self->db, _tg_db_close);
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
  /* An office server writes its login (session_user) as the actor of
   * every history entry, whatever the client says (pg/schema.sql), and the
   * entry's hash covers the actor: a chain hashed with another name would
   * fail `verify`. The server's store keeps the login it read on opening. */
  if (self->engine != &_tg_store_sqlite_engine)
    return;
  g_free (self->actor);
  self->actor = g_strdup (actor != NULL ? actor : g_get_user_name ());
}

/* ----------------------------------------------------------- statements */

static gboolean
check_open (TgStore *self,
            GError **error)
{
  if (self->db != NULL)
    return TRUE;
  g_set_error (error, TG_STORE_ERROR, TG_STORE_ERROR_FAILED,
               _("The database %s is closed."), self->path);
  return FALSE;
}

TgDbStmt *
_tg_store_stmt (TgStore    *self,
                const char *sql,
                GError    **error)
{
  GError *db_error = NULL;
  TgDbStmt *stmt;

  if (!check_open (self, error))
    return NULL;
  stmt = _tg_db_stmt (self->db, sql, &db_error);
  if (stmt == NULL)
    _tg_store_take_db_error (self, db_error, error);
  return stmt;
}

TgDbStmt *
_tg_store_prepare (TgStore    *self,
                   const char *sql,
                   GError    **error)
{
  GError *db_error = NULL;
  TgDbStmt *stmt;

  if (!check_open (self, error))
    return NULL;
  stmt = _tg_db_prepare (self->db, sql, &db_error);
  if (stmt == NULL)
    _tg_store_take_db_error (self, db_error, error);
  return stmt;
}

gboolean
_tg_store_exec (TgStore    *self,
                const char *sql,
                GError    **error)
{
  GError *db_error = NULL;

  if (!check_open (self, error))
    return FALSE;
  if (!_tg_db_exec (self->db, sql, &db_error))
    return _tg_store_take_db_error (self, db_error, error);
  return TRUE;
}

gboolean
_tg_store_step_done (TgStore   *self,
                     TgDbStmt  *stmt,
                     GError   **error)
{
  if (_tg_db_step (stmt) == TG_DB_FAILED)
    {
      _tg_store_set_db_error (self, error);
      _tg_db_reset (stmt);
      return FALSE;
    }
  _tg_db_reset (stmt);
  return TRUE;
}

gboolean
_tg_store_insert_returning (TgStore   *self,
                            TgDbStmt  *stmt,
                            gint64    *rowid,
                            GError   **error)
{
  TgDbStep rc = _tg_db_step (stmt);

  *rowid = 0;
  if (rc == TG_DB_ROW)
    {
      *rowid = _tg_db_column_int64 (stmt, 0);
      rc = _tg_db_step (stmt);
    }
  if (rc == TG_DB_FAILED)
    {
      _tg_store_set_db_error (self, error);
      _tg_db_reset (stmt);
      return FALSE;
    }
  _tg_db_reset (stmt);
  return TRUE;
}

gboolean
_tg_store_read_rowids (TgStore  *self,
                       TgDbStmt *stmt,
                       GArray   *rowids,
                       GError  **error)
{
  TgDbStep rc;

  while ((rc = _tg_db_step (stmt)) == TG_DB_ROW)
    {
      gint64 rowid = _tg_db_column_int64 (stmt, 0);
      g_array_append_val (rowids, rowid);
    }
  _tg_db_reset (stmt);
  return rc == TG_DB_DONE || _tg_store_set_db_error (self, error);
}

/* The rowids as a JSON array, the parameter of the engine's
 * sql_rowid_in_list: one bound parameter, however many rowids. */
char *
_tg_store_rowids_json (GArray *rowids)
{
  GString *json = g_string_sized_new (rowids->len * 8 + 2);

  g_string_append_c (json, '[');
  for (guint i = 0; i < rowids->len; i++)
    g_string_append_printf (json, i > 0 ? ",%" G_GINT64_FORMAT : "%" G_GINT64_FORMAT,
                            g_array_index (rowids, gint64, i));
  g_string_append_c (json, ']');
  return g_string_free (json, FALSE);
}

int
_tg_store_compare_rowids (gconstpointer a,
                          gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

gboolean
_tg_store_query_int64 (TgStore    *self,
                       const char *sql,
                       gint64     *value,
                       GError    **error)
{
  g_autoptr(TgDbStmt) stmt = _tg_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  if (_tg_db_step (stmt) != TG_DB_ROW)
    return _tg_store_set_db_error (self, error);
  *value = _tg_db_column_is_null (stmt, 0) ? -1 : _tg_db_column_int64 (stmt, 0);
  return TRUE;
}

/* --------------------------------------------------------- transactions */


gboolean
_tg_store_bulk_note_insert (TgStore *self,
                            GError **error)
{
  if (!self->bulk || self->bulk_mode.threshold == 0 || self->bulk_mode.indexes != NULL)
    return TRUE;
  if (++self->bulk_mode.inserted < self->bulk_mode.threshold)
    return TRUE;
  return self->engine->bulk_set_indexes_aside (self, error);
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
  TgDbStmt *stmt = _tg_store_stmt (self, sql, error);

  return stmt != NULL && _tg_store_step_done (self, stmt, error);
}

static char *
savepoint_sql (const char *verb,
               guint       level)
{
  return g_strdup_printf ("%s tg%u", verb, level);
}

/* The engine may roll a transaction back by itself after some errors
 * (SQLite after a full disk or an I/O error): then there is nothing left to roll back, and what
 * was begun is lost whatever the depth. */
static gboolean
transaction_lost (TgStore *self)
{
  return self->db != NULL && !_tg_db_in_transaction (self->db);
}

gboolean
_tg_store_tx_begin (TgStore *self,
                    GError **error)
{
  g_autofree char *sql = NULL;

  if (self->db == NULL)
    return _tg_store_stmt (self, "", error) != NULL;
  if (self->tx_depth > 0 && transaction_lost (self))
    {
      g_set_error (error, TG_STORE_ERROR, TG_STORE_ERROR_FAILED,
                   _("The database %s gave up the work in progress; nothing of it was saved."),
                   self->path);
      return FALSE;
    }
  /* The engine's BEGIN takes the write lock now, so a writer waits for
   * another instead of failing half-way. */
  if (self->tx_depth == 0)
    sql = g_strdup (self->db->engine->begin_write);
  else if (!self->bulk)
    sql = savepoint_sql ("SAVEPOINT", self->tx_depth);
  /* A BEGIN of more than one statement (the server's, which takes the
   * writers' lock after it) cannot be prepared. */
  if (sql != NULL && !(self->tx_depth == 0 && self->db->engine->begin_write_script
                         ? _tg_store_exec (self, sql, error) : run (self, sql, error)))
    return FALSE;
  _tg_store_fts_tx_begin (self);
  self->tx_depth++;
  return TRUE;
}

gboolean
_tg_store_begin_read (TgStore *self,
                      GError **error)
{
  return check_open (self, error) &&
         _tg_store_exec (self, self->db->engine->begin_read, error);
}

void
_tg_store_end_read (TgStore *self)
{
  if (self->db != NULL && _tg_db_in_transaction (self->db))
    _tg_store_exec (self, "ROLLBACK", NULL);
}

gboolean
_tg_store_begin_own_read (TgStore  *self,
                          gboolean *own,
                          GError  **error)
{
  *own = self->db != NULL && !_tg_db_in_transaction (self->db);
  return !*own || _tg_store_begin_read (self, error);
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
      (!self->engine->before_commit (self, error) || !_tg_store_stats_apply (self, error) ||
       !_tg_store_bulk_build_indexes (self, error)))
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
  _tg_store_fts_tx_end (self, FALSE);
  if (self->tx_depth == 0)
    self->bulk = FALSE;
  return TRUE;
}

void
_tg_store_tx_rollback (TgStore *self)
{
  g_autoptr(GError) error = NULL;
  gboolean lost;

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
  _tg_store_fts_tx_end (self, TRUE);
  _tg_store_search_forget_words (self);
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
  if (!self->engine->stats_defer (self, error))
    {
      _tg_store_tx_rollback (self);
      return FALSE;
    }
  /* Sorting every row of an index again pays when the work adds a good
   * part of them (docs/performance.md). */
  if (!self->engine->bulk_indexes)
    self->bulk_mode.threshold = 0;
  else if (self->bulk_mode.policy == TG_STORE_BULK_ALWAYS)
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
  TgDbStmt *stmt = _tg_store_stmt (self, "SELECT history_head FROM cases WHERE rowid = ?", error);

  if (stmt == NULL)
    return FALSE;
  _tg_db_bind_int64 (stmt, 1, case_rowid);
  if (_tg_db_step (stmt) != TG_DB_ROW)
    {
      _tg_db_reset (stmt);
      return _tg_store_set_db_error (self, error);
    }
  *head = _tg_db_column_dup (stmt, 0);
  _tg_db_reset (stmt);
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
  TgDbStmt *stmt;

  /* An entry by someone else (received in an exchange file, or demo data)
   * is hashed with its author: the engine is told to keep it. */
  if (self->engine->receive != NULL && g_strcmp0 (actor, self->actor) != 0 &&
      self->received_generation != self->generation + 1)
    {
      if (!self->engine->receive (self, error))
        return FALSE;
      self->received_generation = self->generation + 1;
    }
  stmt = _tg_store_stmt (self,
    "INSERT INTO history (case_rowid, at, actor, action, details, before, after, prev_hash, hash, digest) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  _tg_db_bind_int64 (stmt, 1, case_rowid);
  _tg_db_bind_text (stmt, 2, at);
  _tg_db_bind_text (stmt, 3, actor);
  _tg_db_bind_text (stmt, 4, action);
  _tg_db_bind_text (stmt, 5, details);
  _tg_db_bind_text (stmt, 6, before);
  _tg_db_bind_text (stmt, 7, after);
  _tg_db_bind_text (stmt, 8, prev);
  _tg_db_bind_text (stmt, 9, hash);
  _tg_db_bind_text (stmt, 10, digest);
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
  TgDbStmt *stmt = _tg_store_stmt (self,
    "UPDATE cases SET history_head = ?, history_count = history_count + ?, content_seal = NULL WHERE rowid = ?", error);

  if (stmt == NULL)
    return FALSE;
  _tg_db_bind_text (stmt, 1, hash);
  _tg_db_bind_int (stmt, 2, added);
  _tg_db_bind_int64 (stmt, 3, case_rowid);
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
chain_finish (TgStore    *self,
              Chain      *c,
              TgDbStmt   *heads,
              GPtrArray  *problems,
              guint      *n_unchecked,
              GError    **error)
{
  /* @heads is positioned on this case's row: compare the stored head. */
  const char *head = _tg_db_column_text (heads, 3);
  guint count = (guint) _tg_db_column_int (heads, 4);
  TgContentRecord r = { c->rowid, c->id, c->number, head,
                        _tg_db_column_text (heads, 5),
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
chain_step (Chain     *c,
            TgDbStmt  *entries,
            gboolean  *broken,
            GPtrArray *problems)
{
  const char *col[9];
  g_autofree char *hash = NULL;

  for (int i = 0; i < 9; i++)
    col[i] = _tg_db_column_text (entries, i + 1);
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
  g_autoptr(TgDbStmt) heads = NULL;
  g_autoptr(TgDbStmt) entries = NULL;
  TgDbStep rc_h, rc_e;

  /* Two ordered scans merged by case: one pass over each table. */
  heads = _tg_store_prepare (self, "SELECT rowid, id, number, history_head, history_count, content_seal FROM cases ORDER BY rowid", error);
  if (heads == NULL)
    return FALSE;
  entries = _tg_store_prepare (self, "SELECT case_rowid, at, actor, action, details, before, after, prev_hash, hash, digest, seq FROM history ORDER BY case_rowid, seq", error);
  if (entries == NULL)
    return FALSE;

  rc_e = _tg_db_step (entries);
  while ((rc_h = _tg_db_step (heads)) == TG_DB_ROW)
    {
      Chain c = { _tg_db_column_int64 (heads, 0),
                  (char *) _tg_db_column_text (heads, 1),
                  (char *) _tg_db_column_text (heads, 2),
                  g_strdup (TG_HISTORY_GENESIS), 0, NULL, NULL, NULL };
      gboolean broken = FALSE;
      gboolean ok = TRUE;

      while (rc_e == TG_DB_ROW && _tg_db_column_int64 (entries, 0) < c.rowid)
        {
          g_ptr_array_add (problems, g_strdup_printf (_("history entry %lld belongs to no case"),
                                                      (long long) _tg_db_column_int64 (entries, 10)));
          rc_e = _tg_db_step (entries);
        }
      for (; rc_e == TG_DB_ROW && _tg_db_column_int64 (entries, 0) == c.rowid; rc_e = _tg_db_step (entries))
        chain_step (&c, entries, &broken, problems);
      if (!broken)
        ok = chain_finish (self, &c, heads, problems, n_unchecked, error);
      chain_clear (&c);
      if (!ok)
        return FALSE;
    }
  if (rc_h != TG_DB_DONE || (rc_e != TG_DB_DONE && rc_e != TG_DB_ROW))
    return _tg_store_set_db_error (self, error);
  for (; rc_e == TG_DB_ROW; rc_e = _tg_db_step (entries))
    g_ptr_array_add (problems, g_strdup_printf (_("history entry %lld belongs to no case"),
                                                (long long) _tg_db_column_int64 (entries, 10)));
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
  gboolean own_read;
  gboolean ok;

  g_return_val_if_fail (TG_IS_STORE (self), FALSE);
  g_return_val_if_fail (problems != NULL, FALSE);

  before = problems->len;
  /* One state of the database throughout, whatever other desks write
   * meanwhile (and on a server, the walks read through cursors); inside
   * the caller's transaction, that one's. */
  if (!_tg_store_begin_own_read (self, &own_read, error))
    return FALSE;
  ok = _tg_store_check_integrity (self, problems, error) &&
       verify_chains (self, problems, &unchecked, error);
  if (own_read)
    _tg_store_end_read (self);
  if (!ok)
    return FALSE;
  if (n_unchecked != NULL)
    *n_unchecked = unchecked;
  return problems->len == before;
}
