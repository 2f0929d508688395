/* tg-store-exchange.c — receipts, conflicts, the exchange log, export walk
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * exchange-format.md, "What an import does": a case created or updated by
 * an import keeps the incoming revision, and the store remembers per case
 * what it last received from whom (receipts, and in the cases row the
 * last receipt applied); an incoming version that meets a local change is
 * kept in conflicts until a person resolves it.  Imports and exports go
 * to the exchange log, hash-chained like the case history, not into the
 * cases' own history.
 */
#define G_LOG_DOMAIN "tg-store"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "tg-dates.h"
#include "tg-history.h"
#include "tg-history-entry.h"
#include "tg-store-exchange.h"
#include "tg-store-private.h"


gboolean
tg_store_exchange_lookup (TgStore        *self,
                          const char     *case_id,
                          const char     *sender,
                          TgStoreReceipt *out,
                          GError        **error)
{
  TgDbStmt *stmt = _tg_store_stmt (self,
    "SELECT c.rowid, c.revision, coalesce (r.revision, 0), coalesce (c.revision_at_receipt, 0)"
    " FROM cases c LEFT JOIN receipts r ON r.case_rowid = c.rowid AND r.sender = ?2"
    " WHERE c.id = ?1", error);
  TgDbStep rc;

  memset (out, 0, sizeof *out);
  if (stmt == NULL)
    return FALSE;
  _tg_db_bind_text (stmt, 1, case_id);
  _tg_db_bind_text (stmt, 2, sender);
  rc = _tg_db_step (stmt);
  if (rc == TG_DB_ROW)
    {
      out->rowid = _tg_db_column_int64 (stmt, 0);
      out->revision = _tg_db_column_int64 (stmt, 1);
      out->received = _tg_db_column_int64 (stmt, 2);
      out->revision_at_receipt = _tg_db_column_int64 (stmt, 3);
    }
  _tg_db_reset (stmt);
  if (rc != TG_DB_ROW && rc != TG_DB_DONE)
    return _tg_store_set_db_error (self, error);
  return TRUE;
}

char *
tg_store_exchange_number_holder (TgStore    *self,
                                 const char *number,
                                 GError    **error)
{
  TgDbStmt *stmt = _tg_store_stmt (self, "SELECT id FROM cases WHERE number = ?", error);
  char *id = NULL;

  if (stmt == NULL)
    return NULL;
  _tg_db_bind_text (stmt, 1, number);
  if (_tg_db_step (stmt) == TG_DB_ROW)
    id = _tg_db_column_dup (stmt, 0);
  _tg_db_reset (stmt);
  return id;
}

/* The cases of the file being imported, in file order, with their
 * results: a temporary table, because a bundle of a million cases would
 * not fit a hash table in the memory bound, and temporary tables never
 * touch the database file. */
gboolean
tg_store_exchange_reset_ids (TgStore *self,
                             GError **error)
{
  if (self->exchange.results == NULL)
    self->exchange.results = g_byte_array_new ();
  g_byte_array_set_size (self->exchange.results, 0);
  g_clear_pointer (&self->exchange.last_id, g_free);
  return _tg_store_exec (self, self->engine->sql_exchange_cases, error);
}

gboolean
tg_store_exchange_note_id (TgStore    *self,
                           const char *case_id,
                           const char *number,
                           gboolean   *first,
                           GError    **error)
{
  TgDbStmt *stmt = _tg_store_stmt (self,
    "INSERT INTO exchange_cases (id, number) VALUES (?, ?) ON CONFLICT DO NOTHING RETURNING rowid", error);
  gint64 seq;

  if (stmt == NULL)
    return FALSE;
  _tg_db_bind_text (stmt, 1, case_id);
  _tg_db_bind_text (stmt, 2, number);
  if (!_tg_store_insert_returning (self, stmt, &seq, error))
    return FALSE;
  /* No row came back: the case was noted before. */
  *first = seq != 0;
  if (*first)
    {
      g_free (self->exchange.last_id);
      self->exchange.last_id = g_strdup (case_id);
      self->exchange.last_seq = seq;
    }
  return TRUE;
}

char *
tg_store_exchange_number_in_file (TgStore    *self,
                                  const char *number,
                                  const char *not_id,
                                  GError    **error)
{
  TgDbStmt *stmt = _tg_store_stmt (self,
    "SELECT id FROM exchange_cases WHERE number = ? AND id <> ? LIMIT 1", error);
  char *id = NULL;

  if (stmt == NULL)
    return NULL;
  _tg_db_bind_text (stmt, 1, number);
  _tg_db_bind_text (stmt, 2, not_id);
  if (_tg_db_step (stmt) == TG_DB_ROW)
    id = _tg_db_column_dup (stmt, 0);
  _tg_db_reset (stmt);
  return id;
}

/* A read transaction: the file's cases are noted in the temporary table
 * (which takes no lock on the database) while the store is only read. */
gboolean
tg_store_exchange_check_begin (TgStore *self,
                               GError **error)
{
  g_return_val_if_fail (TG_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->tx_depth == 0, FALSE);

  return _tg_store_begin_read (self, error);
}

void
tg_store_exchange_check_end (TgStore *self)
{
  g_return_if_fail (TG_IS_STORE (self));

  _tg_store_end_read (self);
}

gboolean
tg_store_exchange_in_file (TgStore    *self,
                           const char *case_id)
{
  TgDbStmt *stmt = _tg_store_stmt (self, "SELECT 1 FROM exchange_cases WHERE id = ?", NULL);
  gboolean found;

  if (stmt == NULL)
    return FALSE;
  _tg_db_bind_text (stmt, 1, case_id);
  found = _tg_db_step (stmt) == TG_DB_ROW;
  _tg_db_reset (stmt);
  return found;
}

gboolean
tg_store_exchange_set_result (TgStore    *self,
                              const char *case_id,
                              int         result,
                              GError    **error)
{
  TgDbStmt *stmt;

  /* The case just noted, as the importer does it: kept in memory. */
  if (self->exchange.results != NULL && self->exchange.last_id != NULL &&
      self->exchange.last_seq >= 0 && self->exchange.last_seq < G_MAXINT &&
      result >= 0 && result < 0xff && strcmp (self->exchange.last_id, case_id) == 0)
    {
      GByteArray *r = self->exchange.results;
      guint old = r->len;

      if ((guint) self->exchange.last_seq >= r->len)
        {
          g_byte_array_set_size (r, MAX ((guint) self->exchange.last_seq + 1, 2 * r->len));
          memset (r->data + old, 0xff, r->len - old);
        }
      r->data[self->exchange.last_seq] = (guint8) result;
      return TRUE;
    }
  stmt = _tg_store_stmt (self, "UPDATE exchange_cases SET result = ? WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  _tg_db_bind_int (stmt, 1, result);
  _tg_db_bind_text (stmt, 2, case_id);
  return _tg_store_step_done (self, stmt, error);
}

gboolean
tg_store_exchange_foreach_result (TgStore                *self,
                                  TgStoreExchangeResultFunc func,
                                  gpointer                user_data,
                                  GError                **error)
{
  g_autoptr(TgDbStmt) stmt = NULL;
  TgDbStep rc;

  stmt = _tg_store_prepare (self, "SELECT number, result, rowid FROM exchange_cases ORDER BY rowid", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = _tg_db_step (stmt)) == TG_DB_ROW)
    {
      GByteArray *r = self->exchange.results;
      gint64 seq = _tg_db_column_int64 (stmt, 2);
      int result = _tg_db_column_int (stmt, 1);

      if (_tg_db_column_is_null (stmt, 1) && r != NULL && seq >= 0 &&
          seq < r->len && r->data[seq] != 0xff)
        result = r->data[seq];
      func (_tg_db_column_text (stmt, 0), result, user_data);
    }
  if (rc != TG_DB_DONE)
    return _tg_store_set_db_error (self, error);
  return TRUE;
}

static gboolean
record_receipt_at (TgStore    *self,
                   gint64      rowid,
                   const char *sender,
                   gint64      revision,
                   const char *now,
                   GError    **error)
{
  TgDbStmt *stmt = _tg_store_stmt (self,
    "INSERT INTO receipts (case_rowid, sender, revision, at) VALUES (?1, ?2, ?3, ?4)"
    " ON CONFLICT (case_rowid, sender) DO UPDATE SET revision = CASE WHEN receipts.revision > ?3"
    " THEN receipts.revision ELSE excluded.revision END, at = ?4", error);

  if (stmt == NULL)
    return FALSE;
  _tg_db_bind_int64 (stmt, 1, rowid);
  _tg_db_bind_text (stmt, 2, sender);
  _tg_db_bind_int64 (stmt, 3, revision);
  _tg_db_bind_text (stmt, 4, now);
  return _tg_store_step_done (self, stmt, error);
}

static gboolean
record_receipt (TgStore    *self,
                gint64      rowid,
                const char *sender,
                gint64      revision,
                GError    **error)
{
  g_autofree char *now = tg_now_iso ();

  return record_receipt_at (self, rowid, sender, revision, now, error);
}

/* The incoming version was applied: the local copy is that revision. */
static gboolean
record_applied (TgStore    *self,
                gint64      rowid,
                const char *sender,
                gint64      revision,
                GError    **error)
{
  TgDbStmt *stmt;

  if (!record_receipt (self, rowid, sender, revision, error))
    return FALSE;
  stmt = _tg_store_stmt (self,
    "UPDATE cases SET received_from = ?2, received_revision = ?3, revision_at_receipt = revision"
    " WHERE rowid = ?1", error);
  if (stmt == NULL)
    return FALSE;
  _tg_db_bind_int64 (stmt, 1, rowid);
  _tg_db_bind_text (stmt, 2, sender);
  _tg_db_bind_int64 (stmt, 3, revision);
  return _tg_store_step_done (self, stmt, error);
}

gboolean
tg_store_exchange_note_receipt (TgStore    *self,
                                gint64      rowid,
                                const char *sender,
                                gint64      revision,
                                GError    **error)
{
  return record_receipt (self, rowid, sender, revision, error);
}

char *
tg_store_exchange_document_sha256 (TgStore    *self,
                                   gint64      rowid,
                                   const char *document_id,
                                   GError    **error)
{
  TgDbStmt *stmt = _tg_store_stmt (self,
    "SELECT sha256 FROM documents WHERE case_rowid = ? AND id = ?", error);
  char *sha256 = NULL;
  TgDbStep rc;

  if (stmt == NULL)
    return NULL;
  _tg_db_bind_int64 (stmt, 1, rowid);
  _tg_db_bind_text (stmt, 2, document_id);
  rc = _tg_db_step (stmt);
  if (rc == TG_DB_ROW)
    sha256 = _tg_db_column_dup (stmt, 0);
  _tg_db_reset (stmt);
  if (rc != TG_DB_ROW && rc != TG_DB_DONE)
    _tg_store_set_db_error (self, error);
  return sha256;
}

gboolean
tg_store_exchange_create (TgStore    *self,
                          TgCase     *kase,
                          const char *sender,
                          GError    **error)
{
  g_autofree char *now = tg_now_iso ();
  gint64 rowid;

  /* The row is inserted with its receipt (no UPDATE for it afterwards);
   * one clock reading serves the registration and the receipt. Its
   * history's head still moves once the entries are written: the last
   * one records the digest of the rows as stored (tg-store-digest.c). */
  return _tg_store_insert_checked_case (self, kase, sender, now, &rowid, error) &&
         record_receipt_at (self, rowid, sender, tg_case_get_revision (kase), now, error);
}

/* An event as a key: its time, actor, action and details, each
 * length-prefixed so that none can pose as another. */
static char *
event_key (TgHistoryEntry *h)
{
  const char *fields[] = { tg_history_entry_get_at (h), tg_history_entry_get_actor (h),
                           tg_history_entry_get_action (h), tg_history_entry_get_details (h) };
  GString *key = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (fields[i] == NULL)
      g_string_append (key, "-|");
    else
      g_string_append_printf (key, "%zu:%s|", strlen (fields[i]), fields[i]);
  return g_string_free (key, FALSE);
}

/* History stays append-only: events of the file not yet held follow; the
 * last of them records the contents, and without one they are sealed. */
static gboolean
append_new_events (TgStore *self,
                   gint64   rowid,
                   TgCase  *stored,
                   TgCase  *incoming,
                   GError **error)
{
  GListModel *have = G_LIST_MODEL (tg_case_get_history (stored));
  GListModel *events = G_LIST_MODEL (tg_case_get_history (incoming));
  g_autoptr(GPtrArray) news = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) held = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  /* Linear in the lengths of both histories (issue 16: a search per
   * event was quadratic, under the write lock). */
  for (guint i = 0; i < g_list_model_get_n_items (have); i++)
    {
      g_autoptr(TgHistoryEntry) h = g_list_model_get_item (have, i);
      g_hash_table_add (held, event_key (h));
    }
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(TgHistoryEntry) e = g_list_model_get_item (events, i);
      g_autofree char *key = event_key (e);
      TgHistoryEntry *copy;

      if (g_hash_table_contains (held, key))
        continue;
      /* As before: the event's own fields, not a before or after. */
      copy = tg_history_entry_new ();
      tg_history_entry_set_at (copy, tg_history_entry_get_at (e));
      tg_history_entry_set_actor (copy, tg_history_entry_get_actor (e));
      tg_history_entry_set_action (copy, tg_history_entry_get_action (e));
      tg_history_entry_set_details (copy, tg_history_entry_get_details (e));
      g_ptr_array_add (news, copy);
    }
  return _tg_store_history_append_many (self, rowid, tg_case_get_id (incoming), news, error);
}

gboolean
tg_store_exchange_update (TgStore    *self,
                          gint64      rowid,
                          TgCase     *kase,
                          const char *sender,
                          GError    **error)
{
  g_autoptr(TgCase) stored = _tg_store_read_case (self, rowid, error);

  if (stored == NULL)
    return FALSE;
  tg_case_set_registered_at (kase, tg_case_get_registered_at (stored));
  tg_case_set_deleted (kase, tg_case_get_deleted (stored));
  return _tg_store_write_case (self, kase, &rowid, error) &&
         append_new_events (self, rowid, stored, kase, error) &&
         record_applied (self, rowid, sender, tg_case_get_revision (kase), error);
}

gboolean
tg_store_exchange_add_conflict (TgStore    *self,
                                gint64      rowid,
                                const char *sender,
                                gint64      revision,
                                gint64      base_revision,
                                const char *file_name,
                                const char *incoming,
                                GError    **error)
{
  g_autofree char *now = tg_now_iso ();
  TgDbStmt *stmt = _tg_store_stmt (self,
    "INSERT INTO conflicts (case_rowid, sender, revision, base_revision, received_at, file_name, incoming)"
    " VALUES (?, ?, ?, ?, ?, ?, ?)", error);

  if (stmt == NULL)
    return FALSE;
  _tg_db_bind_int64 (stmt, 1, rowid);
  _tg_db_bind_text (stmt, 2, sender);
  _tg_db_bind_int64 (stmt, 3, revision);
  if (base_revision > 0)
    _tg_db_bind_int64 (stmt, 4, base_revision);
  _tg_db_bind_text (stmt, 5, now);
  _tg_db_bind_text (stmt, 6, file_name);
  _tg_db_bind_text (stmt, 7, incoming);
  return _tg_store_step_done (self, stmt, error) &&
         record_receipt (self, rowid, sender, revision, error);
}

static char *
log_head (TgStore *self,
          GError **error)
{
  TgDbStmt *stmt = _tg_store_stmt (self,
    "SELECT hash FROM exchange_log ORDER BY seq DESC LIMIT 1", error);
  char *head = NULL;

  if (stmt == NULL)
    return NULL;
  if (_tg_db_step (stmt) == TG_DB_ROW)
    head = _tg_db_column_dup (stmt, 0);
  _tg_db_reset (stmt);
  return head != NULL ? head : g_strdup (TG_HISTORY_GENESIS);
}

static gboolean
append_log (TgStore    *self,
                       const char *direction,
                       const char *party,
                       const char *file_name,
                       const char *file_sha256,
                       const char *summary,
                       GError    **error)
{
  g_autofree char *now = tg_now_iso ();
  g_autofree char *prev = log_head (self, error);
  g_autofree char *hash = NULL;
  TgDbStmt *stmt;

  if (prev == NULL)
    return FALSE;
  /* The history's hash over the log's fields, in a fixed order. */
  hash = tg_history_hash (prev, direction, now, self->actor, party, file_name, file_sha256, summary);
  stmt = _tg_store_stmt (self,
    "INSERT INTO exchange_log (at, actor, direction, party, file_name, file_sha256, summary, prev_hash, hash)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    return FALSE;
  _tg_db_bind_text (stmt, 1, now);
  _tg_db_bind_text (stmt, 2, self->actor);
  _tg_db_bind_text (stmt, 3, direction);
  _tg_db_bind_text (stmt, 4, party);
  _tg_db_bind_text (stmt, 5, file_name);
  _tg_db_bind_text (stmt, 6, file_sha256);
  _tg_db_bind_text (stmt, 7, summary);
  _tg_db_bind_text (stmt, 8, prev);
  _tg_db_bind_text (stmt, 9, hash);
  return _tg_store_step_done (self, stmt, error);
}

gboolean
tg_store_exchange_log (TgStore    *self,
                       const char *direction,
                       const char *party,
                       const char *file_name,
                       const char *file_sha256,
                       const char *summary,
                       GError    **error)
{
  g_return_val_if_fail (TG_IS_STORE (self), FALSE);

  /* The head is read and extended in one transaction. */
  if (!_tg_store_tx_begin (self, error))
    return FALSE;
  if (!append_log (self, direction, party, file_name, file_sha256, summary, error))
    {
      _tg_store_tx_rollback (self);
      return FALSE;
    }
  return _tg_store_tx_commit (self, error);
}

/* ---- conflicts --------------------------------------------------------- */

void
tg_store_conflict_free (TgStoreConflict *c)
{
  if (c == NULL)
    return;
  g_free (c->case_id);
  g_free (c->number);
  g_free (c->sender);
  g_free (c->received_at);
  g_free (c->file_name);
  g_free (c->incoming);
  g_free (c);
}

static TgStoreConflict *
conflict_from_row (TgDbStmt *stmt)
{
  TgStoreConflict *c = g_new0 (TgStoreConflict, 1);

  c->id = _tg_db_column_int64 (stmt, 0);
  c->case_rowid = _tg_db_column_int64 (stmt, 1);
  c->case_id = _tg_db_column_dup (stmt, 2);
  c->number = _tg_db_column_dup (stmt, 3);
  c->sender = _tg_db_column_dup (stmt, 4);
  c->revision = _tg_db_column_int64 (stmt, 5);
  c->base_revision = _tg_db_column_int64 (stmt, 6);
  c->received_at = _tg_db_column_dup (stmt, 7);
  c->file_name = _tg_db_column_dup (stmt, 8);
  c->incoming = _tg_db_column_dup (stmt, 9);
  return c;
}

GPtrArray *
tg_store_exchange_conflicts (TgStore    *self,
                             const char *id_or_number,
                             GError    **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) tg_store_conflict_free);
  TgDbStmt *stmt;
  TgDbStep rc;

  g_return_val_if_fail (TG_IS_STORE (self), NULL);

  stmt = _tg_store_stmt (self,
    "SELECT k.rowid, k.case_rowid, c.id, c.number, k.sender, k.revision, coalesce (k.base_revision, 0),"
    " k.received_at, k.file_name, k.incoming FROM conflicts k JOIN cases c ON c.rowid = k.case_rowid"
    " WHERE k.resolved_at IS NULL AND (CAST (?1 AS TEXT) IS NULL OR c.id = ?1 OR c.number = ?1)"
    " ORDER BY k.rowid", error);
  if (stmt == NULL)
    return NULL;
  _tg_db_bind_text (stmt, 1, id_or_number);
  while ((rc = _tg_db_step (stmt)) == TG_DB_ROW)
    g_ptr_array_add (list, conflict_from_row (stmt));
  _tg_db_reset (stmt);
  if (rc != TG_DB_DONE)
    {
      _tg_store_set_db_error (self, error);
      return NULL;
    }
  return g_steal_pointer (&list);
}

static gint64
open_conflict_case (TgStore *self,
                    gint64   conflict_id,
                    GError **error)
{
  TgDbStmt *stmt = _tg_store_stmt (self,
    "SELECT case_rowid FROM conflicts WHERE rowid = ? AND resolved_at IS NULL", error);
  gint64 rowid = 0;

  if (stmt == NULL)
    return 0;
  _tg_db_bind_int64 (stmt, 1, conflict_id);
  if (_tg_db_step (stmt) == TG_DB_ROW)
    rowid = _tg_db_column_int64 (stmt, 0);
  _tg_db_reset (stmt);
  if (rowid == 0)
    g_set_error (error, TG_STORE_ERROR, TG_STORE_ERROR_NOT_FOUND,
                 _("There is no unresolved conflict %lld."), (long long) conflict_id);
  return rowid;
}

static gboolean
mark_resolved (TgStore    *self,
               gint64      conflict_id,
               gint64      revision,
               GError    **error)
{
  g_autofree char *now = tg_now_iso ();
  g_autofree char *resolution = g_strdup_printf ("revision %" G_GINT64_FORMAT, revision);
  TgDbStmt *stmt = _tg_store_stmt (self,
    "UPDATE conflicts SET resolved_at = ?, resolution = ? WHERE rowid = ?", error);

  if (stmt == NULL)
    return FALSE;
  _tg_db_bind_text (stmt, 1, now);
  _tg_db_bind_text (stmt, 2, resolution);
  _tg_db_bind_int64 (stmt, 3, conflict_id);
  return _tg_store_step_done (self, stmt, error);
}

gboolean
tg_store_exchange_mark_resolved (TgStore  *self,
                                 gint64    conflict_id,
                                 gint64    revision,
                                 GError  **error)
{
  g_return_val_if_fail (TG_IS_STORE (self), FALSE);

  if (!_tg_store_tx_begin (self, error))
    return FALSE;
  if (open_conflict_case (self, conflict_id, error) == 0 ||
      !mark_resolved (self, conflict_id, revision, error))
    {
      _tg_store_tx_rollback (self);
      return FALSE;
    }
  /* A commit that fails has rolled back already. */
  return _tg_store_tx_commit (self, error);
}

/* ---- the export walk --------------------------------------------------- */

static gint64
base_revision_for (TgStore    *self,
                   gint64      rowid,
                   const char *to,
                   GError    **error)
{
  TgDbStmt *stmt;
  gint64 revision = 0;

  if (to == NULL)
    return 0;
  stmt = _tg_store_stmt (self, "SELECT revision FROM receipts WHERE case_rowid = ? AND sender = ?", error);
  if (stmt == NULL)
    return -1;
  _tg_db_bind_int64 (stmt, 1, rowid);
  _tg_db_bind_text (stmt, 2, to);
  if (_tg_db_step (stmt) == TG_DB_ROW)
    revision = _tg_db_column_int64 (stmt, 0);
  _tg_db_reset (stmt);
  return revision;
}

static gboolean
export_one (TgStore                  *self,
            gint64                    rowid,
            const TgStoreExportQuery *query,
            TgStoreExportFunc         func,
            gpointer                  user_data,
            GError                  **error)
{
  g_autoptr(TgCase) kase = _tg_store_read_case (self, rowid, error);
  gint64 base;

  if (kase == NULL)
    return FALSE;
  base = base_revision_for (self, rowid, query->to, error);
  return base >= 0 && func (kase, base, user_data, error);
}

static gboolean
foreach_id (TgStore                  *self,
            const TgStoreExportQuery *query,
            TgStoreExportFunc         func,
            gpointer                  user_data,
            GError                  **error)
{
  for (guint i = 0; query->ids[i] != NULL; i++)
    {
      gint64 rowid = _tg_store_case_rowid (self, query->ids[i], error);

      if (rowid == 0 || !export_one (self, rowid, query, func, user_data, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
tg_store_exchange_foreach (TgStore                  *self,
                           const TgStoreExportQuery *query,
                           TgStoreExportFunc         func,
                           gpointer                  user_data,
                           GError                  **error)
{
  /* Its own statement, not a cached one: it stays open while each case is
   * read, and keeps one snapshot of the database for the whole walk. */
  g_autoptr(TgDbStmt) stmt = NULL;
  TgDbStep rc;

  g_return_val_if_fail (TG_IS_STORE (self), FALSE);

  if (query->ids != NULL)
    return foreach_id (self, query, func, user_data, error);
  stmt = _tg_store_prepare (self,
                         "SELECT rowid FROM cases WHERE deleted = 0 AND (CAST (?1 AS TEXT) IS NULL OR state = ?1)"
                         " AND (CAST (?2 AS TEXT) IS NULL OR region = ?2)"
                         " AND (CAST (?3 AS TEXT) IS NULL OR substr (occurred, 1, 10) >= ?3)"
                         " AND (CAST (?4 AS TEXT) IS NULL OR substr (occurred, 1, 10) <= ?4)"
                         /* What changed in a period: an entry of its history
                          * (written in Astana time, so its first ten
                          * characters are the day there). */
                         " AND (CAST (?5 AS TEXT) IS NULL AND CAST (?6 AS TEXT) IS NULL OR EXISTS (SELECT 1 FROM history h"
                         "      WHERE h.case_rowid = cases.rowid"
                         "        AND (CAST (?5 AS TEXT) IS NULL OR substr (h.at, 1, 10) >= ?5)"
                         "        AND (CAST (?6 AS TEXT) IS NULL OR substr (h.at, 1, 10) <= ?6)))"
                         " ORDER BY number", error);
  if (stmt == NULL)
    return FALSE;
  _tg_db_bind_text (stmt, 1, query->state >= 0 ? tg_enum_to_nick (TG_TYPE_STATE, query->state) : NULL);
  _tg_db_bind_text (stmt, 2, query->region);
  _tg_db_bind_text (stmt, 3, query->from);
  _tg_db_bind_text (stmt, 4, query->until);
  _tg_db_bind_text (stmt, 5, query->changed_since);
  _tg_db_bind_text (stmt, 6, query->changed_until);
  while ((rc = _tg_db_step (stmt)) == TG_DB_ROW)
    if (!export_one (self, _tg_db_column_int64 (stmt, 0), query, func, user_data, error))
      return FALSE;
  if (rc != TG_DB_DONE)
    return _tg_store_set_db_error (self, error);
  return TRUE;
}
