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

/* Bumps the revision of the case at @rowid from the one @kase was loaded
 * with; a case saved by someone else meanwhile is a conflict. */
static gboolean
bump_revision (TgStore *self,
               gint64   rowid,
               TgCase  *kase,
               GError **error)
{
  sqlite3_stmt *stmt = tg_store_stmt (self,
    "UPDATE cases SET revision = revision + 1 WHERE rowid = ? AND revision = ?", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, rowid);
  sqlite3_bind_int64 (stmt, 2, tg_case_get_revision (kase));
  if (!tg_store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, TG_STORE_ERROR, TG_STORE_ERROR_CONFLICT,
                   _("Case %s was changed by someone else after you opened it; nothing was recorded. Reopen the case and try again."),
                   tg_case_get_number (kase));
      return FALSE;
    }
  tg_case_set_revision (kase, tg_case_get_revision (kase) + 1);
  return TRUE;
}

static gboolean
insert_review (TgStore  *self,
               gint64    rowid,
               TgReview *review,
               GError  **error)
{
  g_autofree char *now = tg_now_iso ();
  sqlite3_stmt *stmt = tg_store_stmt (self,
    "INSERT INTO reviews (case_rowid, id, reviewed_on, reviewer, conclusion, reasoning, act_number, recorded_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, rowid);
  tg_store_bind_text (stmt, 2, tg_review_get_id (review));
  tg_store_bind_text (stmt, 3, tg_review_get_reviewed_on (review));
  tg_store_bind_text (stmt, 4, tg_review_get_reviewer (review));
  tg_store_bind_text (stmt, 5, tg_enum_to_nick (TG_TYPE_REVIEW_CONCLUSION, tg_review_get_conclusion (review)));
  tg_store_bind_text (stmt, 6, tg_review_get_reasoning (review));
  tg_store_bind_text (stmt, 7, tg_review_get_act_number (review));
  tg_store_bind_text (stmt, 8, now);
  return tg_store_step_done (self, stmt, error);
}

static char *
review_details (TgReview *review)
{
  /* Translators: objectivity review in history: "date, reviewer: conclusion. reasoning" */
  return g_strdup_printf (_("%s, %s: %s. %s"), tg_review_get_reviewed_on (review),
                          tg_review_get_reviewer (review),
                          tg_review_conclusion_label (tg_review_get_conclusion (review)),
                          tg_review_get_reasoning (review));
}

gboolean
tg_store_record_review (TgStore    *self,
                        TgCase     *kase,
                        TgReview   *review,
                        const char *reinvestigate_reason,
                        GError    **error)
{
  g_autofree char *details = review_details (review);
  g_autoptr(TgCase) backup = tg_model_copy (kase);
  gint64 rowid;

  g_return_val_if_fail (TG_IS_STORE (self), FALSE);
  g_return_val_if_fail (TG_IS_CASE (kase), FALSE);
  g_return_val_if_fail (TG_IS_REVIEW (review), FALSE);

  if (!tg_store_tx_begin (self, error))
    return FALSE;
  rowid = tg_store_case_rowid (self, tg_case_get_id (kase), error);
  if (rowid == 0 ||
      !insert_review (self, rowid, review, error) ||
      !tg_store_history_append (self, rowid, tg_case_get_id (kase), NULL, NULL, "review", details, NULL,
                                tg_enum_to_nick (TG_TYPE_REVIEW_CONCLUSION, tg_review_get_conclusion (review)),
                                error))
    goto fail;
  /* The transition checks the revision and raises it itself. */
  if (reinvestigate_reason != NULL
      ? !tg_store_transition (self, kase, TG_ACTION_REINVESTIGATE, reinvestigate_reason, error)
      : !bump_revision (self, rowid, kase, error))
    goto fail;
  if (!tg_store_tx_commit (self, error))
    goto fail;
  return tg_store_read_history (self, rowid, kase, NULL);

fail:
  tg_store_tx_rollback (self);
  tg_model_assign (kase, backup);
  return FALSE;
}

static TgReview *
review_from_row (sqlite3_stmt *stmt)
{
  TgReview *review = tg_review_new ();
  int conclusion = TG_REVIEW_SOUND;

  tg_review_set_id (review, (const char *) sqlite3_column_text (stmt, 0));
  tg_review_set_reviewed_on (review, (const char *) sqlite3_column_text (stmt, 1));
  tg_review_set_reviewer (review, (const char *) sqlite3_column_text (stmt, 2));
  tg_enum_from_nick (TG_TYPE_REVIEW_CONCLUSION, (const char *) sqlite3_column_text (stmt, 3), &conclusion);
  tg_review_set_conclusion (review, conclusion);
  tg_review_set_reasoning (review, (const char *) sqlite3_column_text (stmt, 4));
  tg_review_set_act_number (review, (const char *) sqlite3_column_text (stmt, 5));
  return review;
}

GPtrArray *
tg_store_list_reviews (TgStore    *self,
                       const char *id_or_number,
                       GError    **error)
{
  g_autoptr(GPtrArray) reviews = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  gint64 rowid;
  int rc;

  g_return_val_if_fail (TG_IS_STORE (self), NULL);

  rowid = tg_store_case_rowid (self, id_or_number, error);
  if (rowid == 0)
    return NULL;
  stmt = tg_store_stmt (self,
    "SELECT id, reviewed_on, reviewer, conclusion, reasoning, act_number FROM reviews"
    " WHERE case_rowid = ? ORDER BY rowid", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, rowid);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (reviews, review_from_row (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      tg_store_set_db_error (self, error);
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
  sqlite3_stmt *stmt;
  char *received = NULL;
  gint64 rowid;

  if (act == NULL)
    return NULL;
  rowid = tg_store_case_rowid (self, tg_case_get_id (kase), error);
  if (rowid == 0)
    return NULL;
  stmt = tg_store_stmt (self, "SELECT received FROM act_receipts WHERE case_rowid = ? AND act_number = ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, rowid);
  tg_store_bind_text (stmt, 2, act);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    received = tg_store_column_dup (stmt, 0);
  sqlite3_reset (stmt);
  return received;
}

static gboolean
insert_receipt (TgStore    *self,
                gint64      rowid,
                TgCase     *kase,
                const char *received,
                GError    **error)
{
  const char *act = tg_investigation_get_act_number (tg_case_get_investigation (kase));
  g_autofree char *now = tg_now_iso ();
  sqlite3_stmt *stmt = tg_store_stmt (self,
    "INSERT INTO act_receipts (case_rowid, act_number, received, recorded_at) VALUES (?, ?, ?, ?)"
    " ON CONFLICT DO NOTHING", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, rowid);
  tg_store_bind_text (stmt, 2, act);
  tg_store_bind_text (stmt, 3, received);
  tg_store_bind_text (stmt, 4, now);
  if (!tg_store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, TG_STORE_ERROR, TG_STORE_ERROR_REFUSED,
                   _("The receipt of act %s of case %s is already recorded; nothing was changed."),
                   act, tg_case_get_number (kase));
      return FALSE;
    }
  return TRUE;
}

gboolean
tg_store_record_act_receipt (TgStore    *self,
                             TgCase     *kase,
                             const char *received,
                             const char *details,
                             GError    **error)
{
  gint64 revision = tg_case_get_revision (kase);
  gint64 rowid;

  g_return_val_if_fail (TG_IS_STORE (self), FALSE);
  g_return_val_if_fail (TG_IS_CASE (kase), FALSE);

  if (!tg_store_tx_begin (self, error))
    return FALSE;
  rowid = tg_store_case_rowid (self, tg_case_get_id (kase), error);
  if (rowid == 0 ||
      !insert_receipt (self, rowid, kase, received, error) ||
      !tg_store_history_append (self, rowid, tg_case_get_id (kase), NULL, NULL, "act-received",
                                details, NULL, received, error) ||
      !bump_revision (self, rowid, kase, error) ||
      !tg_store_tx_commit (self, error))
    {
      tg_store_tx_rollback (self);
      tg_case_set_revision (kase, revision);
      return FALSE;
    }
  return tg_store_read_history (self, rowid, kase, NULL);
}
