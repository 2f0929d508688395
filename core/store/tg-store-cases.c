/* tg-store-cases.c — the rows of cases, for imports and for commands
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tg-dates.h"
#include "tg-model.h"
#include "tg-rules.h"
#include "tg-store-private.h"
#include "tg-store-command.h"
#include "tg-history-entry.h"
#include "tg-case-document.h"
#include "tg-dispute.h"
#include "tg-info-request.h"

static gboolean
invalid (GPtrArray *problems,
         GError   **error)
{
  g_autofree char *all = NULL;

  g_ptr_array_add (problems, NULL);
  all = g_strjoinv ("\n", (char **) problems->pdata);
  g_set_error (error, TG_STORE_ERROR, TG_STORE_ERROR_INVALID,
               _("The case was not saved:\n%s"), all);
  return FALSE;
}

/* Items that a person adds, or that a file brings without an id
 * (requests and documents carry none in the exchange format), get the next
 * free one: "r3", "doc2". Ids name items in history and conflicts. */
static void
assign_ids (GListStore *list,
            const char *prefix)
{
  GListModel *model = G_LIST_MODEL (list);
  guint n = g_list_model_get_n_items (model);
  guint next = 1;
  g_autoptr(GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      g_autofree char *id = NULL;
      g_object_get (item, "id", &id, NULL);
      if (id != NULL)
        g_hash_table_add (used, g_steal_pointer (&id));
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      g_autofree char *id = NULL;

      g_object_get (item, "id", &id, NULL);
      if (id != NULL && *id != '\0')
        continue;
      for (;; next++)
        {
          g_autofree char *candidate = g_strdup_printf ("%s%u", prefix, next);
          if (!g_hash_table_contains (used, candidate))
            {
              g_object_set (item, "id", candidate, NULL);
              g_hash_table_add (used, g_steal_pointer (&candidate));
              break;
            }
        }
    }
}

static void
normalize (TgCase *kase)
{
  assign_ids (tg_case_get_disputes (kase), "d");
  assign_ids (tg_case_get_requests (kase), "r");
  assign_ids (tg_case_get_documents (kase), "doc");
}

static gboolean
validate (TgCase  *kase,
          GError **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);

  normalize (kase);
  if (tg_rules_validate_case (kase, problems))
    return TRUE;
  return invalid (problems, error);
}

/* Next registration number for the region and year of the accident,
 * without gaps (domain.md §2): the sequence row is updated in the same
 * transaction as the insert, so a rolled-back case gives its number back. */
static char *
allocate_number (TgStore *self,
                 TgCase  *kase,
                 GError **error)
{
  TgDbStmt *stmt;
  GDate occurred;
  gint64 next = 0;

  if (!tg_datetime_date (tg_case_get_occurred (kase), &occurred))
    return NULL;
  stmt = _tg_store_stmt (self,
    "INSERT INTO number_sequence (region, year, last) VALUES (?1, ?2, 1)"
    " ON CONFLICT (region, year) DO UPDATE SET last = number_sequence.last + 1 RETURNING last", error);
  if (stmt == NULL)
    return NULL;
  _tg_db_bind_text (stmt, 1, tg_case_get_region (kase));
  _tg_db_bind_int (stmt, 2, g_date_get_year (&occurred));
  if (_tg_db_step (stmt) == TG_DB_ROW)
    next = _tg_db_column_int64 (stmt, 0);
  _tg_db_reset (stmt);
  if (next <= 0 || next > 99999)
    {
      g_set_error (error, TG_STORE_ERROR, TG_STORE_ERROR_FAILED,
                   _("No registration number is left for region %s in %u."),
                   tg_case_get_region (kase), g_date_get_year (&occurred));
      return NULL;
    }
  return g_strdup_printf ("%s-%04u-%05" G_GINT64_FORMAT, tg_case_get_region (kase),
                          g_date_get_year (&occurred), next);
}

/* A number given from outside (an import, a region's own) moves the
 * sequence past it, so the next local number never collides. */
static gboolean
claim_number (TgStore    *self,
              const char *number,
              GError    **error)
{
  TgDbStmt *stmt;
  g_autofree char *region = g_strndup (number, 2);
  guint year = (guint) g_ascii_strtoull (number + 3, NULL, 10);
  gint64 seq = g_ascii_strtoll (number + 8, NULL, 10);

  stmt = _tg_store_stmt (self, "SELECT 1 FROM cases WHERE number = ?", error);
  if (stmt == NULL)
    return FALSE;
  _tg_db_bind_text (stmt, 1, number);
  if (_tg_db_step (stmt) == TG_DB_ROW)
    {
      _tg_db_reset (stmt);
      g_set_error (error, TG_STORE_ERROR, TG_STORE_ERROR_INVALID,
                   _("Registration number %s is already held by another case."), number);
      return FALSE;
    }
  _tg_db_reset (stmt);
  stmt = _tg_store_stmt (self,
    "INSERT INTO number_sequence (region, year, last) VALUES (?1, ?2, ?3)"
    " ON CONFLICT (region, year) DO UPDATE SET last = CASE WHEN number_sequence.last > ?3"
    " THEN number_sequence.last ELSE excluded.last END", error);
  if (stmt == NULL)
    return FALSE;
  _tg_db_bind_text (stmt, 1, region);
  _tg_db_bind_int (stmt, 2, year);
  _tg_db_bind_int64 (stmt, 3, seq);
  return _tg_store_step_done (self, stmt, error);
}


/* An order number that arrives with a case ("214-к" of 2026) moves that
 * year's sequence past it, so the next appointment does not reuse it. */
static gboolean
claim_order (TgStore *self,
             TgCase  *kase,
             GError **error)
{
  TgCommission *com = tg_investigation_get_commission (tg_case_get_investigation (kase));
  const char *number = com != NULL ? tg_commission_get_order_number (com) : NULL;
  TgDbStmt *stmt;
  GDate date;
  gint64 n;

  if (number == NULL || !g_ascii_isdigit (*number) ||
      !tg_date_parse (tg_commission_get_order_date (com), &date))
    return TRUE;
  n = g_ascii_strtoll (number, NULL, 10);
  stmt = _tg_store_stmt (self,
    "INSERT INTO order_sequence (year, last) VALUES (?1, ?2)"
    " ON CONFLICT (year) DO UPDATE SET last = CASE WHEN order_sequence.last > ?2"
    " THEN order_sequence.last ELSE excluded.last END", error);
  if (stmt == NULL)
    return FALSE;
  _tg_db_bind_int (stmt, 1, g_date_get_year (&date));
  _tg_db_bind_int64 (stmt, 2, n);
  return _tg_store_step_done (self, stmt, error);
}

static gboolean
append_history_of (TgStore *self,
                   gint64   rowid,
                   TgCase  *kase,
                   guint    from,
                   GError **error)
{
  GListModel *history = G_LIST_MODEL (tg_case_get_history (kase));
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = from; i < g_list_model_get_n_items (history); i++)
    g_ptr_array_add (entries, g_list_model_get_item (history, i));
  return _tg_store_history_append_many (self, rowid, tg_case_get_id (kase), entries, error);
}

/* @sender and @now: _tg_store_insert_checked_case. */
static gboolean
insert_valid (TgStore    *self,
              TgCase     *kase,
              const char *sender,
              const char *now,
              gint64     *rowid,
              GError    **error)
{
  if (!_tg_store_tx_begin (self, error))
    return FALSE;
  if (tg_case_get_revision (kase) <= 0)
    tg_case_set_revision (kase, 1);
  if (tg_case_get_registered_at (kase) == NULL)
    {
      g_autofree char *own = now == NULL ? tg_now_iso () : NULL;
      tg_case_set_registered_at (kase, now != NULL ? now : own);
    }
  *rowid = 0;
  if (!claim_number (self, tg_case_get_number (kase), error) ||
      !claim_order (self, kase, error) ||
      !_tg_store_write_case_full (self, kase, rowid, sender, error) ||
      !append_history_of (self, *rowid, kase, 0, error))
    {
      _tg_store_tx_rollback (self);
      return FALSE;
    }
  /* A commit that fails has rolled back already. */
  return _tg_store_tx_commit (self, error);
}

gboolean
tg_store_insert_case (TgStore *self,
                      TgCase  *kase,
                      GError **error)
{
  gint64 rowid;

  g_return_val_if_fail (TG_IS_STORE (self), FALSE);
  g_return_val_if_fail (TG_IS_CASE (kase), FALSE);
  g_return_val_if_fail (tg_case_get_id (kase) != NULL && tg_case_get_number (kase) != NULL, FALSE);

  return validate (kase, error) && insert_valid (self, kase, NULL, NULL, &rowid, error);
}

gboolean
_tg_store_insert_checked_case (TgStore    *self,
                               TgCase     *kase,
                               const char *sender,
                               const char *now,
                               gint64     *rowid,
                               GError    **error)
{
  g_return_val_if_fail (tg_case_get_id (kase) != NULL && tg_case_get_number (kase) != NULL, FALSE);

  normalize (kase);
  return insert_valid (self, kase, sender, now, rowid, error);
}

/* The stored revision must be the one the user started from. */
static gboolean
check_revision (TgStore *self,
                TgCase  *kase,
                gint64  *rowid,
                GError **error)
{
  TgDbStmt *stmt;
  gint64 stored = -1;
  g_autofree char *who = NULL;
  g_autofree char *when = NULL;
  g_autofree char *shown = NULL;

  *rowid = _tg_store_case_rowid (self, tg_case_get_id (kase), error);
  if (*rowid == 0)
    return FALSE;
  stmt = _tg_store_stmt (self,
    "SELECT c.revision, h.actor, h.at FROM cases c"
    " LEFT JOIN history h ON h.seq = (SELECT max (seq) FROM history WHERE case_rowid = c.rowid)"
    " WHERE c.rowid = ?", error);
  if (stmt == NULL)
    return FALSE;
  _tg_db_bind_int64 (stmt, 1, *rowid);
  if (_tg_db_step (stmt) == TG_DB_ROW)
    {
      stored = _tg_db_column_int64 (stmt, 0);
      who = _tg_db_column_dup (stmt, 1);
      when = _tg_db_column_dup (stmt, 2);
    }
  _tg_db_reset (stmt);
  if (stored == tg_case_get_revision (kase))
    return TRUE;
  shown = tg_date_dup_shown (when);
  g_set_error (error, TG_STORE_ERROR, TG_STORE_ERROR_CONFLICT,
               _("Case %s was changed by %s at %s after you opened it; your change was not saved. Reopen the case and make the change again."),
               tg_case_get_number (kase), who ? who : "?", shown ? shown : when ? when : "?");
  return FALSE;
}










/* ------------------------------------------------------------ for commands */

gboolean
tg_store_command_begin (TgStore *self,
                        GError **error)
{
  g_return_val_if_fail (TG_IS_STORE (self), FALSE);

  return _tg_store_tx_begin (self, error);
}

gboolean
tg_store_command_commit (TgStore *self,
                         GError **error)
{
  return _tg_store_tx_commit (self, error);
}

void
tg_store_command_rollback (TgStore *self)
{
  _tg_store_tx_rollback (self);
}

TgCase *
tg_store_command_read (TgStore    *self,
                       const char *id_or_number,
                       gint64      revision,
                       gint64     *rowid,
                       GError    **error)
{
  g_autoptr(TgCase) kase = NULL;

  *rowid = _tg_store_case_rowid (self, id_or_number, error);
  if (*rowid == 0)
    return NULL;
  kase = _tg_store_read_case (self, *rowid, error);
  if (kase == NULL)
    return NULL;
  if (revision >= 0 && tg_case_get_revision (kase) != revision)
    {
      g_autoptr(TgCase) seen = tg_model_copy (kase);
      gint64 ignored;

      tg_case_set_revision (seen, revision);
      if (!check_revision (self, seen, &ignored, error))
        return NULL;
    }
  return g_steal_pointer (&kase);
}

gboolean
tg_store_command_write (TgStore    *self,
                        gint64      rowid,
                        TgCase     *kase,
                        const char *action,
                        const char *details,
                        GError    **error)
{
  return _tg_store_write_case (self, kase, &rowid, error) &&
         _tg_store_history_append (self, rowid, tg_case_get_id (kase), NULL, NULL,
                                   action, details, NULL, NULL, error);
}

gboolean
tg_store_command_insert (TgStore    *self,
                         TgCase     *kase,
                         const char *action,
                         const char *details,
                         gint64     *rowid,
                         GError    **error)
{
  g_autofree char *number = NULL;

  if (tg_case_get_number (kase) != NULL)
    {
      if (!claim_number (self, tg_case_get_number (kase), error))
        return FALSE;
    }
  else
    {
      number = allocate_number (self, kase, error);
      if (number == NULL)
        return FALSE;
      tg_case_set_number (kase, number);
    }
  if (tg_case_get_id (kase) == NULL)
    {
      g_autofree char *uuid = g_uuid_string_random ();
      tg_case_set_id (kase, uuid);
    }
  if (tg_case_get_registered_at (kase) == NULL)
    {
      g_autofree char *now = tg_now_iso ();
      tg_case_set_registered_at (kase, now);
    }
  tg_case_set_revision (kase, 1);
  normalize (kase);
  *rowid = 0;
  return _tg_store_write_case (self, kase, rowid, error) &&
         _tg_store_history_append (self, *rowid, tg_case_get_id (kase), tg_case_get_registered_at (kase),
                                   NULL, action, details, NULL, NULL, error);
}

char *
tg_store_command_next_order (TgStore     *self,
                             const GDate *today,
                             GError     **error)
{
  g_autofree char *suffix = NULL;
  TgDbStmt *stmt;
  gint64 next = 0;

  stmt = _tg_store_stmt (self,
    "INSERT INTO order_sequence (year, last) VALUES (?1, 1)"
    " ON CONFLICT (year) DO UPDATE SET last = order_sequence.last + 1 RETURNING last", error);
  if (stmt == NULL)
    return NULL;
  _tg_db_bind_int (stmt, 1, g_date_get_year (today));
  if (_tg_db_step (stmt) == TG_DB_ROW)
    next = _tg_db_column_int64 (stmt, 0);
  _tg_db_reset (stmt);
  if (next <= 0)
    {
      _tg_store_set_db_error (self, error);
      return NULL;
    }
  suffix = tg_store_dup_setting (self, "order-suffix");
  return suffix != NULL && *suffix ? g_strdup_printf ("%" G_GINT64_FORMAT "-%s", next, suffix)
                                   : g_strdup_printf ("%" G_GINT64_FORMAT, next);
}
