/* tg-store-read.c — reading a case's rows back into the model
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-store-private.h"
#include "tg-case-document.h"
#include "tg-dispute.h"
#include "tg-extension.h"
#include "tg-history-entry.h"
#include "tg-info-request.h"
#include "tg-legal-form.h"
#include "tg-member.h"
#include "tg-position.h"
#include "tg-victim.h"

#define TEXT(stmt, col) (_tg_db_column_text (stmt, col))

static int
enum_col (TgDbStmt *stmt,
          int       col,
          GType     type,
          int       fallback)
{
  int value;

  return tg_enum_from_nick (type, TEXT (stmt, col), &value) ? value : fallback;
}

static int
share_col (TgDbStmt *stmt,
           int       col)
{
  return _tg_db_column_is_null (stmt, col) ? -1 : _tg_db_column_int (stmt, col);
}

static gboolean
finish (TgStore   *self,
        TgDbStmt  *stmt,
        TgDbStep   rc,
        GError   **error)
{
  _tg_db_reset (stmt);
  return rc == TG_DB_DONE || _tg_store_set_db_error (self, error);
}

static gboolean
read_victims (TgStore *self, gint64 rowid, TgCase *kase, GError **error)
{
  TgDbStmt *stmt = _tg_store_stmt (self,
    "SELECT id, full_name, iin, birth_date, sex, occupation, injury, severity, died_on,"
    " experience_months, briefed_on, trained_on"
    " FROM victims WHERE case_rowid = ? ORDER BY pos", error);
  TgDbStep rc;

  if (stmt == NULL)
    return FALSE;
  _tg_db_bind_int64 (stmt, 1, rowid);
  while ((rc = _tg_db_step (stmt)) == TG_DB_ROW)
    {
      g_autoptr(TgVictim) v = tg_victim_new ();

      tg_victim_set_id (v, TEXT (stmt, 0));
      tg_victim_set_full_name (v, TEXT (stmt, 1));
      tg_victim_set_iin (v, TEXT (stmt, 2));
      tg_victim_set_birth_date (v, TEXT (stmt, 3));
      tg_victim_set_sex (v, enum_col (stmt, 4, TG_TYPE_SEX, TG_SEX_MALE));
      tg_victim_set_occupation (v, TEXT (stmt, 5));
      tg_victim_set_injury (v, TEXT (stmt, 6));
      tg_victim_set_severity (v, enum_col (stmt, 7, TG_TYPE_SEVERITY, TG_SEVERITY_LIGHT));
      tg_victim_set_died_on (v, TEXT (stmt, 8));
      tg_victim_set_experience_months (v, share_col (stmt, 9));
      tg_victim_set_briefed_on (v, TEXT (stmt, 10));
      tg_victim_set_trained_on (v, TEXT (stmt, 11));
      g_list_store_append (tg_case_get_victims (kase), v);
    }
  return finish (self, stmt, rc, error);
}

static gboolean
read_members (TgStore *self, gint64 rowid, TgCommission *com, GError **error)
{
  TgDbStmt *stmt = _tg_store_stmt (self,
    "SELECT role, full_name, position, organization, position_kk, organization_kk FROM members WHERE case_rowid = ? ORDER BY pos", error);
  TgDbStep rc;

  if (stmt == NULL)
    return FALSE;
  _tg_db_bind_int64 (stmt, 1, rowid);
  while ((rc = _tg_db_step (stmt)) == TG_DB_ROW)
    {
      g_autoptr(TgMember) m = tg_member_new ();

      tg_member_set_role (m, enum_col (stmt, 0, TG_TYPE_ROLE, TG_ROLE_MEMBER));
      tg_member_set_full_name (m, TEXT (stmt, 1));
      tg_member_set_position (m, TEXT (stmt, 2));
      tg_member_set_organization (m, TEXT (stmt, 3));
      tg_member_set_position_kk (m, TEXT (stmt, 4));
      tg_member_set_organization_kk (m, TEXT (stmt, 5));
      g_list_store_append (tg_commission_get_members (com), m);
    }
  return finish (self, stmt, rc, error);
}

static gboolean
read_extensions (TgStore *self, gint64 rowid, TgInvestigation *inv, GError **error)
{
  TgDbStmt *stmt = _tg_store_stmt (self,
    "SELECT granted, new_due, granted_by, reason, order_number FROM extensions WHERE case_rowid = ? ORDER BY pos", error);
  TgDbStep rc;

  if (stmt == NULL)
    return FALSE;
  _tg_db_bind_int64 (stmt, 1, rowid);
  while ((rc = _tg_db_step (stmt)) == TG_DB_ROW)
    {
      g_autoptr(TgExtension) e = tg_extension_new ();

      tg_extension_set_granted (e, TEXT (stmt, 0));
      tg_extension_set_new_due (e, TEXT (stmt, 1));
      tg_extension_set_granted_by (e, TEXT (stmt, 2));
      tg_extension_set_reason (e, TEXT (stmt, 3));
      tg_extension_set_order_number (e, TEXT (stmt, 4));
      g_list_store_append (tg_investigation_get_extensions (inv), e);
    }
  return finish (self, stmt, rc, error);
}

static gboolean
read_findings_items (TgStore *self, gint64 rowid, TgFindings *f, GError **error)
{
  TgDbStmt *stmt = _tg_store_stmt (self,
    "SELECT kind, text FROM findings_items WHERE case_rowid = ? ORDER BY kind, pos", error);
  g_autoptr(GStrvBuilder) causes = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) responsible = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) violations = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) measures = g_strv_builder_new ();
  g_auto(GStrv) c = NULL, r = NULL, v = NULL, m = NULL;
  TgDbStep rc;

  if (stmt == NULL)
    return FALSE;
  _tg_db_bind_int64 (stmt, 1, rowid);
  while ((rc = _tg_db_step (stmt)) == TG_DB_ROW)
    {
      const char *kind = TEXT (stmt, 0);
      GStrvBuilder *b = g_str_equal (kind, "cause") ? causes
                        : g_str_equal (kind, "responsible") ? responsible
                        : g_str_equal (kind, "measure") ? measures : violations;
      g_strv_builder_add (b, TEXT (stmt, 1));
    }
  c = g_strv_builder_end (causes);
  r = g_strv_builder_end (responsible);
  v = g_strv_builder_end (violations);
  m = g_strv_builder_end (measures);
  tg_findings_set_causes (f, c[0] ? (const char * const *) c : NULL);
  tg_findings_set_responsible (f, r[0] ? (const char * const *) r : NULL);
  tg_findings_set_violations (f, v[0] ? (const char * const *) v : NULL);
  tg_findings_set_measures (f, m[0] ? (const char * const *) m : NULL);
  return finish (self, stmt, rc, error);
}

static gboolean
read_positions (TgStore *self, gint64 rowid, guint pos, TgDispute *d, GError **error)
{
  TgDbStmt *stmt = _tg_store_stmt (self,
    "SELECT party, text FROM dispute_positions WHERE case_rowid = ? AND dispute_pos = ? ORDER BY pos", error);
  TgDbStep rc;

  if (stmt == NULL)
    return FALSE;
  _tg_db_bind_int64 (stmt, 1, rowid);
  _tg_db_bind_int (stmt, 2, pos);
  while ((rc = _tg_db_step (stmt)) == TG_DB_ROW)
    {
      g_autoptr(TgPosition) p = tg_position_new ();

      tg_position_set_party (p, TEXT (stmt, 0));
      tg_position_set_text (p, TEXT (stmt, 1));
      g_list_store_append (tg_dispute_get_positions (d), p);
    }
  return finish (self, stmt, rc, error);
}

static gboolean
read_disputes (TgStore *self, gint64 rowid, TgCase *kase, GError **error)
{
  g_autoptr(GPtrArray) read = g_ptr_array_new_with_free_func (g_object_unref);
  TgDbStmt *stmt = _tg_store_stmt (self,
    "SELECT id, filed_by, subject, filed, status, due, claim, outcome, decided_on, decided_by,"
    " reasoning, appeal_court, appeal_filed, appeal_result, number, applicant, victim"
    " FROM disputes WHERE case_rowid = ? ORDER BY pos", error);
  TgDbStep rc;

  if (stmt == NULL)
    return FALSE;
  _tg_db_bind_int64 (stmt, 1, rowid);
  while ((rc = _tg_db_step (stmt)) == TG_DB_ROW)
    {
      TgDispute *d = tg_dispute_new ();

      tg_dispute_set_id (d, TEXT (stmt, 0));
      tg_dispute_set_filed_by (d, enum_col (stmt, 1, TG_TYPE_PARTY, TG_PARTY_WORKER));
      tg_dispute_set_subject (d, enum_col (stmt, 2, TG_TYPE_DISPUTE_SUBJECT, 0));
      tg_dispute_set_filed (d, TEXT (stmt, 3));
      tg_dispute_set_status (d, enum_col (stmt, 4, TG_TYPE_DISPUTE_STATUS, 0));
      tg_dispute_set_due (d, TEXT (stmt, 5));
      tg_dispute_set_claim (d, TEXT (stmt, 6));
      tg_dispute_set_outcome (d, enum_col (stmt, 7, TG_TYPE_OUTCOME, TG_OUTCOME_NONE));
      tg_dispute_set_decided_on (d, TEXT (stmt, 8));
      tg_dispute_set_decided_by (d, TEXT (stmt, 9));
      tg_dispute_set_reasoning (d, TEXT (stmt, 10));
      tg_dispute_set_appeal_court (d, TEXT (stmt, 11));
      tg_dispute_set_appeal_filed (d, TEXT (stmt, 12));
      tg_dispute_set_appeal_result (d, TEXT (stmt, 13));
      tg_dispute_set_number (d, TEXT (stmt, 14));
      tg_dispute_set_applicant (d, TEXT (stmt, 15));
      tg_dispute_set_victim (d, TEXT (stmt, 16));
      g_ptr_array_add (read, d);
    }
  if (!finish (self, stmt, rc, error))
    return FALSE;
  /* Positions after the outer statement is done: one statement at a time. */
  for (guint i = 0; i < read->len; i++)
    {
      if (!read_positions (self, rowid, i, g_ptr_array_index (read, i), error))
        return FALSE;
      g_list_store_append (tg_case_get_disputes (kase), g_ptr_array_index (read, i));
    }
  return TRUE;
}

static gboolean
read_requests (TgStore *self, gint64 rowid, TgCase *kase, GError **error)
{
  TgDbStmt *stmt = _tg_store_stmt (self,
    "SELECT id, addressee, subject, sent, due, answered, answer, blocking, addressee_kk, number"
    " FROM requests WHERE case_rowid = ? ORDER BY pos", error);
  TgDbStep rc;

  if (stmt == NULL)
    return FALSE;
  _tg_db_bind_int64 (stmt, 1, rowid);
  while ((rc = _tg_db_step (stmt)) == TG_DB_ROW)
    {
      g_autoptr(TgInfoRequest) r = tg_info_request_new ();

      tg_info_request_set_id (r, TEXT (stmt, 0));
      tg_info_request_set_addressee (r, TEXT (stmt, 1));
      tg_info_request_set_subject (r, TEXT (stmt, 2));
      tg_info_request_set_sent (r, TEXT (stmt, 3));
      tg_info_request_set_due (r, TEXT (stmt, 4));
      tg_info_request_set_answered (r, TEXT (stmt, 5));
      tg_info_request_set_answer (r, TEXT (stmt, 6));
      tg_info_request_set_blocking (r, _tg_db_column_int (stmt, 7));
      tg_info_request_set_addressee_kk (r, TEXT (stmt, 8));
      tg_info_request_set_number (r, TEXT (stmt, 9));
      g_list_store_append (tg_case_get_requests (kase), r);
    }
  return finish (self, stmt, rc, error);
}

static gboolean
read_documents (TgStore *self, gint64 rowid, TgCase *kase, GError **error)
{
  TgDbStmt *stmt = _tg_store_stmt (self,
    "SELECT id, title, file_name, media_type, sha256, size FROM documents"
    " WHERE case_rowid = ? AND removed = 0 ORDER BY pos", error);
  TgDbStep rc;

  if (stmt == NULL)
    return FALSE;
  _tg_db_bind_int64 (stmt, 1, rowid);
  while ((rc = _tg_db_step (stmt)) == TG_DB_ROW)
    {
      g_autoptr(TgCaseDocument) d = tg_case_document_new ();

      tg_case_document_set_id (d, TEXT (stmt, 0));
      tg_case_document_set_title (d, TEXT (stmt, 1));
      tg_case_document_set_file_name (d, TEXT (stmt, 2));
      tg_case_document_set_media_type (d, TEXT (stmt, 3));
      tg_case_document_set_sha256 (d, TEXT (stmt, 4));
      tg_case_document_set_size (d, _tg_db_column_int64 (stmt, 5));
      g_list_store_append (tg_case_get_documents (kase), d);
    }
  return finish (self, stmt, rc, error);
}

gboolean
_tg_store_read_history (TgStore *self,
                        gint64   rowid,
                        TgCase  *kase,
                        GError **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  TgDbStmt *stmt = _tg_store_stmt (self,
    "SELECT seq, at, actor, action, details, before, after, prev_hash, hash"
    " FROM history WHERE case_rowid = ? ORDER BY seq", error);
  TgDbStep rc;

  if (stmt == NULL)
    return FALSE;
  _tg_db_bind_int64 (stmt, 1, rowid);
  while ((rc = _tg_db_step (stmt)) == TG_DB_ROW)
    {
      TgHistoryEntry *h = tg_history_entry_new ();

      tg_history_entry_set_seq (h, _tg_db_column_int64 (stmt, 0));
      tg_history_entry_set_at (h, TEXT (stmt, 1));
      tg_history_entry_set_actor (h, TEXT (stmt, 2));
      tg_history_entry_set_action (h, TEXT (stmt, 3));
      tg_history_entry_set_details (h, TEXT (stmt, 4));
      tg_history_entry_set_before (h, TEXT (stmt, 5));
      tg_history_entry_set_after (h, TEXT (stmt, 6));
      tg_history_entry_set_prev_hash (h, TEXT (stmt, 7));
      tg_history_entry_set_hash (h, TEXT (stmt, 8));
      g_ptr_array_add (entries, h);
    }
  if (!finish (self, stmt, rc, error))
    return FALSE;
  g_list_store_splice (tg_case_get_history (kase), 0,
                       g_list_model_get_n_items (G_LIST_MODEL (tg_case_get_history (kase))),
                       entries->pdata, entries->len);
  return TRUE;
}

static TgCase *
read_case_row (TgStore *self,
               gint64   rowid,
               GError **error)
{
  TgDbStmt *stmt = _tg_store_stmt (self,
    "SELECT id, number, region, revision, state, deleted, registered_at,"
    " employer_name, employer_bin, employer_activity, employer_address,"
    " occurred, reported, place, circumstances, hazardous, group_poisoning,"
    " body, has_commission, order_number, order_date, started, due,"
    " has_findings, work_related, ground, fault_employer, fault_employee, act_number, act_date,"
    " employer_form, employer_name_kk, place_kk, dissent, dissent_by"
    " FROM cases WHERE rowid = ?", error);
  g_autoptr(TgCase) kase = NULL;
  TgEmployer *emp;
  TgInvestigation *inv;

  if (stmt == NULL)
    return NULL;
  _tg_db_bind_int64 (stmt, 1, rowid);
  if (_tg_db_step (stmt) != TG_DB_ROW)
    {
      finish (self, stmt, TG_DB_FAILED, error);
      return NULL;
    }
  kase = tg_case_new ();
  emp = tg_case_get_employer (kase);
  inv = tg_case_get_investigation (kase);
  tg_case_set_id (kase, TEXT (stmt, 0));
  tg_case_set_number (kase, TEXT (stmt, 1));
  tg_case_set_region (kase, TEXT (stmt, 2));
  tg_case_set_revision (kase, _tg_db_column_int64 (stmt, 3));
  tg_case_set_state (kase, enum_col (stmt, 4, TG_TYPE_STATE, TG_STATE_REGISTERED));
  tg_case_set_deleted (kase, _tg_db_column_int (stmt, 5));
  tg_case_set_registered_at (kase, TEXT (stmt, 6));
  /* the column holds "ТОО «Талап Ойл»"; the model the name without its form */
  tg_employer_set_name (emp, TEXT (stmt, 7));
  tg_employer_set_bin (emp, TEXT (stmt, 8));
  tg_employer_set_activity (emp, TEXT (stmt, 9));
  tg_employer_set_address (emp, TEXT (stmt, 10));
  tg_employer_set_legal_form (emp, TEXT (stmt, 30));
  tg_employer_set_name_kk (emp, TEXT (stmt, 31));
  if (tg_employer_get_legal_form (emp) != NULL)
    tg_employer_split_legal_form (emp);
  tg_case_set_occurred (kase, TEXT (stmt, 11));
  tg_case_set_reported (kase, TEXT (stmt, 12));
  tg_case_set_place (kase, TEXT (stmt, 13));
  tg_case_set_place_kk (kase, TEXT (stmt, 32));
  tg_case_set_circumstances (kase, TEXT (stmt, 14));
  tg_case_set_hazardous_facility (kase, _tg_db_column_int (stmt, 15));
  tg_case_set_group_poisoning (kase, _tg_db_column_int (stmt, 16));
  tg_investigation_set_body (inv, enum_col (stmt, 17, TG_TYPE_BODY, TG_BODY_NONE));
  if (_tg_db_column_int (stmt, 18))
    {
      g_autoptr(TgCommission) com = tg_commission_new ();
      tg_commission_set_order_number (com, TEXT (stmt, 19));
      tg_commission_set_order_date (com, TEXT (stmt, 20));
      tg_investigation_set_commission (inv, com);
    }
  tg_investigation_set_started (inv, TEXT (stmt, 21));
  tg_investigation_set_due (inv, TEXT (stmt, 22));
  if (_tg_db_column_int (stmt, 23))
    {
      g_autoptr(TgFindings) f = tg_findings_new ();
      tg_findings_set_work_related (f, _tg_db_column_int (stmt, 24));
      tg_findings_set_ground (f, enum_col (stmt, 25, TG_TYPE_GROUND, TG_GROUND_NONE));
      tg_findings_set_fault_employer (f, share_col (stmt, 26));
      tg_findings_set_fault_employee (f, share_col (stmt, 27));
      tg_findings_set_dissent (f, TEXT (stmt, 33));
      tg_findings_set_dissent_by (f, TEXT (stmt, 34));
      tg_investigation_set_findings (inv, f);
    }
  tg_investigation_set_act_number (inv, TEXT (stmt, 28));
  tg_investigation_set_act_date (inv, TEXT (stmt, 29));
  _tg_db_reset (stmt);
  return g_steal_pointer (&kase);
}

TgCase *
_tg_store_read_case (TgStore *self,
                     gint64   rowid,
                     GError **error)
{
  g_autoptr(TgCase) kase = read_case_row (self, rowid, error);
  TgInvestigation *inv;

  if (kase == NULL)
    return NULL;
  inv = tg_case_get_investigation (kase);
  if (!read_victims (self, rowid, kase, error) ||
      (tg_investigation_get_commission (inv) != NULL &&
       !read_members (self, rowid, tg_investigation_get_commission (inv), error)) ||
      !read_extensions (self, rowid, inv, error) ||
      (tg_investigation_get_findings (inv) != NULL &&
       !read_findings_items (self, rowid, tg_investigation_get_findings (inv), error)) ||
      !read_disputes (self, rowid, kase, error) ||
      !read_requests (self, rowid, kase, error) ||
      !read_documents (self, rowid, kase, error) ||
      !_tg_store_read_history (self, rowid, kase, error))
    return NULL;
  return g_steal_pointer (&kase);
}

gint64
_tg_store_case_rowid (TgStore    *self,
                      const char *id_or_number,
                      GError    **error)
{
  TgDbStmt *stmt = _tg_store_stmt (self,
    "SELECT rowid FROM cases WHERE id = ?1 UNION ALL SELECT rowid FROM cases WHERE number = ?1", error);
  gint64 rowid = 0;

  if (stmt == NULL)
    return 0;
  _tg_db_bind_text (stmt, 1, id_or_number);
  if (_tg_db_step (stmt) == TG_DB_ROW)
    rowid = _tg_db_column_int64 (stmt, 0);
  _tg_db_reset (stmt);
  if (rowid == 0)
    g_set_error (error, TG_STORE_ERROR, TG_STORE_ERROR_NOT_FOUND,
                 _("There is no case %s."), id_or_number);
  return rowid;
}

TgCase *
tg_store_load_case (TgStore    *self,
                    const char *id_or_number,
                    GError    **error)
{
  gint64 rowid;

  g_return_val_if_fail (TG_IS_STORE (self), NULL);
  g_return_val_if_fail (id_or_number != NULL, NULL);

  rowid = _tg_store_case_rowid (self, id_or_number, error);
  return rowid != 0 ? _tg_store_read_case (self, rowid, error) : NULL;
}

GBytes *
tg_store_load_document_content (TgStore    *self,
                                const char *case_id,
                                const char *document_id,
                                GError    **error)
{
  TgDbStmt *stmt;
  GBytes *bytes = NULL;
  gint64 rowid;

  g_return_val_if_fail (TG_IS_STORE (self), NULL);

  rowid = _tg_store_case_rowid (self, case_id, error);
  if (rowid == 0)
    return NULL;
  stmt = _tg_store_stmt (self, "SELECT content FROM documents WHERE case_rowid = ? AND id = ?", error);
  if (stmt == NULL)
    return NULL;
  _tg_db_bind_int64 (stmt, 1, rowid);
  _tg_db_bind_text (stmt, 2, document_id);
  if (_tg_db_step (stmt) == TG_DB_ROW && !_tg_db_column_is_null (stmt, 0))
    bytes = g_bytes_new (_tg_db_column_blob (stmt, 0), _tg_db_column_bytes (stmt, 0));
  _tg_db_reset (stmt);
  if (bytes == NULL)
    g_set_error (error, TG_STORE_ERROR, TG_STORE_ERROR_NOT_FOUND,
                 _("Case %s has no document %s with content."), case_id, document_id);
  return bytes;
}
