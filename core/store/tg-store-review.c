/* tg-store-review.c — objectivity reviews and act receipts
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both are records beside the case, not part of the exchanged case file;
 * each is written with a history entry, and the case's revision goes up
 * as for any other local change, in one transaction.
 */
#define G_LOG_DOMAIN "tg-oversight"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-dates.h"
#include "tg-model.h"
#include "tg-store-oversight.h"
#include "tg-store-private.h"
#include "tg-store-command.h"


static gboolean
insert_review (TgStore  *self,
               gint64    rowid,
               TgReview *review,
               GError  **error)
{
  g_autofree char *now = tg_now_iso ();
  TgDbStmt *stmt = _tg_store_stmt (self,
    "INSERT INTO reviews (case_rowid, id, reviewed_on, reviewer, conclusion, reasoning, act_number, recorded_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", error);

  if (stmt == NULL)
    return FALSE;
  _tg_db_bind_int64 (stmt, 1, rowid);
  _tg_db_bind_text (stmt, 2, tg_review_get_id (review));
  _tg_db_bind_text (stmt, 3, tg_review_get_reviewed_on (review));
  _tg_db_bind_text (stmt, 4, tg_review_get_reviewer (review));
  _tg_db_bind_text (stmt, 5, tg_enum_to_nick (TG_TYPE_REVIEW_CONCLUSION, tg_review_get_conclusion (review)));
  _tg_db_bind_text (stmt, 6, tg_review_get_reasoning (review));
  _tg_db_bind_text (stmt, 7, tg_review_get_act_number (review));
  _tg_db_bind_text (stmt, 8, now);
  return _tg_store_step_done (self, stmt, error);
}



static TgReview *
review_from_row (TgDbStmt *stmt)
{
  TgReview *review = tg_review_new ();
  int conclusion = TG_REVIEW_SOUND;

  tg_review_set_id (review, _tg_db_column_text (stmt, 0));
  tg_review_set_reviewed_on (review, _tg_db_column_text (stmt, 1));
  tg_review_set_reviewer (review, _tg_db_column_text (stmt, 2));
  tg_enum_from_nick (TG_TYPE_REVIEW_CONCLUSION, _tg_db_column_text (stmt, 3), &conclusion);
  tg_review_set_conclusion (review, conclusion);
  tg_review_set_reasoning (review, _tg_db_column_text (stmt, 4));
  tg_review_set_act_number (review, _tg_db_column_text (stmt, 5));
  return review;
}

GPtrArray *
tg_store_list_reviews (TgStore    *self,
                       const char *id_or_number,
                       GError    **error)
{
  g_autoptr(GPtrArray) reviews = g_ptr_array_new_with_free_func (g_object_unref);
  TgDbStmt *stmt;
  gint64 rowid;
  TgDbStep rc;

  g_return_val_if_fail (TG_IS_STORE (self), NULL);

  rowid = _tg_store_case_rowid (self, id_or_number, error);
  if (rowid == 0)
    return NULL;
  stmt = _tg_store_stmt (self,
    "SELECT id, reviewed_on, reviewer, conclusion, reasoning, act_number FROM reviews"
    " WHERE case_rowid = ? ORDER BY rowid", error);
  if (stmt == NULL)
    return NULL;
  _tg_db_bind_int64 (stmt, 1, rowid);
  while ((rc = _tg_db_step (stmt)) == TG_DB_ROW)
    g_ptr_array_add (reviews, review_from_row (stmt));
  _tg_db_reset (stmt);
  if (rc != TG_DB_DONE)
    {
      _tg_store_set_db_error (self, error);
      return NULL;
    }
  return g_steal_pointer (&reviews);
}

/* ------------------------------------------------------------ act receipts */

char *
tg_store_act_received (TgStore *self,
                       TgCase  *kase,
                       GError **error)
{
  const char *act = tg_investigation_get_act_number (tg_case_get_investigation (kase));
  TgDbStmt *stmt;
  char *received = NULL;
  gint64 rowid;

  if (act == NULL)
    return NULL;
  rowid = _tg_store_case_rowid (self, tg_case_get_id (kase), error);
  if (rowid == 0)
    return NULL;
  stmt = _tg_store_stmt (self, "SELECT received FROM act_receipts WHERE case_rowid = ? AND act_number = ?", error);
  if (stmt == NULL)
    return NULL;
  _tg_db_bind_int64 (stmt, 1, rowid);
  _tg_db_bind_text (stmt, 2, act);
  if (_tg_db_step (stmt) == TG_DB_ROW)
    received = _tg_db_column_dup (stmt, 0);
  _tg_db_reset (stmt);
  return received;
}

static gboolean
insert_receipt (TgStore    *self,
                gint64      rowid,
                const char *act,
                const char *received,
                GError    **error)
{
  g_autofree char *now = tg_now_iso ();
  TgDbStmt *stmt = _tg_store_stmt (self,
    "INSERT INTO act_receipts (case_rowid, act_number, received, recorded_at) VALUES (?, ?, ?, ?)"
    " ON CONFLICT DO NOTHING", error);

  if (stmt == NULL)
    return FALSE;
  _tg_db_bind_int64 (stmt, 1, rowid);
  _tg_db_bind_text (stmt, 2, act);
  _tg_db_bind_text (stmt, 3, received);
  _tg_db_bind_text (stmt, 4, now);
  if (!_tg_store_step_done (self, stmt, error))
    return FALSE;
  if (_tg_db_changes (self->db) == 0)
    {
      g_set_error (error, TG_STORE_ERROR, TG_STORE_ERROR_REFUSED,
                   _("The receipt of act %s is already recorded; nothing was changed."), act);
      return FALSE;
    }
  return TRUE;
}


gboolean
tg_store_command_add_review (TgStore  *self,
                             gint64    rowid,
                             TgReview *review,
                             GError  **error)
{
  return insert_review (self, rowid, review, error);
}

gboolean
tg_store_command_add_act_receipt (TgStore    *self,
                                  gint64      rowid,
                                  const char *act_number,
                                  const char *received,
                                  GError    **error)
{
  return insert_receipt (self, rowid, act_number, received, error);
}
