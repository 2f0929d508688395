/* tg-store-write.c — writing a case's rows
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A case is one row in `cases` (with values derived from the victims kept
 * beside it for lists and statistics) and rows in the child tables, which
 * are rewritten whole on every save: cases are small, and one code path
 * for insert and update is easier to trust than a delta. Documents are the
 * exception: their content is written once and never rewritten.
 */
#define G_LOG_DOMAIN "tg-store"

#include "config.h"

#include <string.h>

#include "tg-dates.h"
#include "tg-history.h"
#include "tg-legal-form.h"
#include "tg-rules.h"
#include "tg-store-private.h"
#include "tg-case-document.h"
#include "tg-dispute.h"
#include "tg-extension.h"
#include "tg-history-entry.h"
#include "tg-info-request.h"
#include "tg-member.h"
#include "tg-position.h"
#include "tg-victim.h"

#define NICK(type, v) tg_enum_to_nick (type, v)

static const char insert_case_sql[] =
  "INSERT INTO cases (id, number, region, year, revision, state, deleted, registered_at,"
  " employer_name, employer_bin, employer_activity, employer_address,"
  " occurred, reported, place, circumstances, hazardous, group_poisoning,"
  " n_victims, n_deaths, n_severe, severity, is_group, jurisdiction,"
  " body, has_commission, order_number, order_date, started, due, effective_due,"
  " has_findings, work_related, ground, fault_employer, fault_employee, act_number, act_date,"
  " deadline, state_since, employer_form, employer_name_kk, place_kk, dissent, dissent_by,"
  " history_head, received_from, received_revision, revision_at_receipt, report_delay)"
  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,"
  " ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35, ?36,"
  " ?37, ?38, ?39, ?40, ?42, ?43, ?44, ?45, ?46, '" TG_HISTORY_GENESIS "',"
  " ?47, ?48, CASE WHEN CAST (?47 AS TEXT) IS NOT NULL THEN CAST (?5 AS BIGINT) END, ?49)"
  " RETURNING rowid";

static const char update_case_sql[] =
  "UPDATE cases SET id = ?1, number = ?2, region = ?3, year = ?4, revision = ?5, state = ?6,"
  " deleted = ?7, registered_at = ?8, employer_name = ?9, employer_bin = ?10,"
  " employer_activity = ?11, employer_address = ?12, occurred = ?13, reported = ?14,"
  " place = ?15, circumstances = ?16, hazardous = ?17, group_poisoning = ?18,"
  " n_victims = ?19, n_deaths = ?20, n_severe = ?21, severity = ?22, is_group = ?23,"
  " jurisdiction = ?24, body = ?25, has_commission = ?26, order_number = ?27,"
  " order_date = ?28, started = ?29, due = ?30, effective_due = ?31, has_findings = ?32,"
  " work_related = ?33, ground = ?34, fault_employer = ?35, fault_employee = ?36,"
  " act_number = ?37, act_date = ?38, deadline = ?39, state_since = ?40,"
  " employer_form = ?42, employer_name_kk = ?43, place_kk = ?44, dissent = ?45, dissent_by = ?46,"
  " report_delay = ?49"
  " WHERE rowid = ?41";

/* The seconds from the accident to its report (schema 7), for the
 * dashboard's late notifications, as the rules count them; NULL when
 * they cannot. */
static void
bind_report_delay (TgDbStmt *stmt,
                   int       index,
                   TgCase   *kase)
{
  GTimeSpan span;

  if (tg_rules_notification_delay (kase, &span))
    _tg_db_bind_int64 (stmt, index, span / G_TIME_SPAN_SECOND);
  else
    _tg_db_bind_null (stmt, index);
}

static void
bind_share (TgDbStmt *stmt,
            int       index,
            int       share)
{
  if (share < 0)
    _tg_db_bind_null (stmt, index);
  else
    _tg_db_bind_int (stmt, index, share);
}

static guint
year_of (TgCase *kase)
{
  const char *number = tg_case_get_number (kase);
  GDate d;

  if (number != NULL && strlen (number) >= 7)
    return (guint) g_ascii_strtoull (number + 3, NULL, 10);
  if (tg_datetime_date (tg_case_get_occurred (kase), &d))
    return g_date_get_year (&d);
  return 0;
}

static void
bind_case (TgDbStmt   *stmt,
           TgCase     *kase,
           const char *deadline,
           const char *state_since)
{
  TgClassification k;
  TgEmployer *emp = tg_case_get_employer (kase);
  TgInvestigation *inv = tg_case_get_investigation (kase);
  TgCommission *com = tg_investigation_get_commission (inv);
  TgFindings *f = tg_investigation_get_findings (inv);
  const TgLegalForm *form = tg_legal_form_lookup (tg_employer_get_legal_form (emp));
  g_autofree char *registered_name = tg_legal_form_join_ru (form, tg_employer_get_name (emp));

  tg_classify (kase, &k);
  _tg_db_bind_text (stmt, 1, tg_case_get_id (kase));
  _tg_db_bind_text (stmt, 2, tg_case_get_number (kase));
  _tg_db_bind_text (stmt, 3, tg_case_get_region (kase));
  _tg_db_bind_int (stmt, 4, year_of (kase));
  _tg_db_bind_int64 (stmt, 5, tg_case_get_revision (kase));
  _tg_db_bind_text (stmt, 6, NICK (TG_TYPE_STATE, tg_case_get_state (kase)));
  _tg_db_bind_int (stmt, 7, tg_case_get_deleted (kase));
  _tg_db_bind_text (stmt, 8, tg_case_get_registered_at (kase));
  /* The name as registrations write it in Russian, "ТОО «Талап Ойл»": what
   * lists show, search finds and the employer order sorts by; the form is
   * a column of its own (schema 5). */
  _tg_db_bind_text (stmt, 9, registered_name);
  _tg_db_bind_text (stmt, 10, tg_employer_get_bin (emp));
  _tg_db_bind_text (stmt, 11, tg_employer_get_activity (emp));
  _tg_db_bind_text (stmt, 12, tg_employer_get_address (emp));
  _tg_db_bind_text (stmt, 13, tg_case_get_occurred (kase));
  _tg_db_bind_text (stmt, 14, tg_case_get_reported (kase));
  bind_report_delay (stmt, 49, kase);
  _tg_db_bind_text (stmt, 15, tg_case_get_place (kase));
  _tg_db_bind_text (stmt, 16, tg_case_get_circumstances (kase));
  _tg_db_bind_int (stmt, 17, tg_case_get_hazardous_facility (kase));
  _tg_db_bind_int (stmt, 18, tg_case_get_group_poisoning (kase));
  _tg_db_bind_int (stmt, 19, k.n_victims);
  _tg_db_bind_int (stmt, 20, k.n_deaths);
  _tg_db_bind_int (stmt, 21, k.n_severe);
  _tg_db_bind_text (stmt, 22, NICK (TG_TYPE_SEVERITY, k.severity));
  _tg_db_bind_int (stmt, 23, k.group);
  _tg_db_bind_text (stmt, 24, NICK (TG_TYPE_JURISDICTION, k.jurisdiction));
  _tg_db_bind_text (stmt, 25, NICK (TG_TYPE_BODY, tg_investigation_get_body (inv)));
  _tg_db_bind_int (stmt, 26, com != NULL);
  _tg_db_bind_text (stmt, 27, com != NULL ? tg_commission_get_order_number (com) : NULL);
  _tg_db_bind_text (stmt, 28, com != NULL ? tg_commission_get_order_date (com) : NULL);
  _tg_db_bind_text (stmt, 29, tg_investigation_get_started (inv));
  _tg_db_bind_text (stmt, 30, tg_investigation_get_due (inv));
  _tg_db_bind_text (stmt, 31, tg_case_effective_due (kase));
  _tg_db_bind_int (stmt, 32, f != NULL);
  if (f != NULL)
    {
      _tg_db_bind_int (stmt, 33, tg_findings_get_work_related (f));
      _tg_db_bind_text (stmt, 34, NICK (TG_TYPE_GROUND, tg_findings_get_ground (f)));
      bind_share (stmt, 35, tg_findings_get_fault_employer (f));
      bind_share (stmt, 36, tg_findings_get_fault_employee (f));
    }
  _tg_db_bind_text (stmt, 37, tg_investigation_get_act_number (inv));
  _tg_db_bind_text (stmt, 38, tg_investigation_get_act_date (inv));
  _tg_db_bind_text (stmt, 39, deadline);
  _tg_db_bind_text (stmt, 40, state_since);
  /* 41 is the row of an update */
  _tg_db_bind_text (stmt, 42, tg_employer_get_legal_form (emp));
  _tg_db_bind_text (stmt, 43, tg_employer_get_name_kk (emp));
  _tg_db_bind_text (stmt, 44, tg_case_get_place_kk (kase));
  if (f != NULL)
    {
      _tg_db_bind_text (stmt, 45, tg_findings_get_dissent (f));
      _tg_db_bind_text (stmt, 46, tg_findings_get_dissent_by (f));
    }
}

static gboolean
clear_children (TgStore *self,
                gint64   rowid,
                GError **error)
{
  static const char * const sql[] = {
    /* The full-text row goes too: write_fts writes it again. */
    "DELETE FROM cases_fts WHERE rowid = ?",
    "DELETE FROM victims WHERE case_rowid = ?",
    "DELETE FROM members WHERE case_rowid = ?",
    "DELETE FROM extensions WHERE case_rowid = ?",
    "DELETE FROM findings_items WHERE case_rowid = ?",
    "DELETE FROM disputes WHERE case_rowid = ?",
    "DELETE FROM dispute_positions WHERE case_rowid = ?",
    "DELETE FROM requests WHERE case_rowid = ?",
    "UPDATE documents SET removed = 1 WHERE case_rowid = ?",
  };

  for (guint i = 0; i < G_N_ELEMENTS (sql); i++)
    {
      TgDbStmt *stmt = _tg_store_stmt (self, sql[i], error);
      if (stmt == NULL)
        return FALSE;
      _tg_db_bind_int64 (stmt, 1, rowid);
      if (!_tg_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_victims (TgStore *self,
               gint64   rowid,
               TgCase  *kase,
               GString *names,
               GString *iins,
               GError **error)
{
  GListModel *list = G_LIST_MODEL (tg_case_get_victims (kase));

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(TgVictim) v = g_list_model_get_item (list, i);
      TgDbStmt *stmt = _tg_store_stmt (self,
        "INSERT INTO victims (case_rowid, pos, id, full_name, iin, birth_date, sex, occupation, injury, severity, died_on,"
        " experience_months, briefed_on, trained_on)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error);

      if (stmt == NULL)
        return FALSE;
      _tg_db_bind_int64 (stmt, 1, rowid);
      _tg_db_bind_int (stmt, 2, i);
      _tg_db_bind_text (stmt, 3, tg_victim_get_id (v));
      _tg_db_bind_text (stmt, 4, tg_victim_get_full_name (v));
      _tg_db_bind_text (stmt, 5, tg_victim_get_iin (v));
      _tg_db_bind_text (stmt, 6, tg_victim_get_birth_date (v));
      _tg_db_bind_text (stmt, 7, NICK (TG_TYPE_SEX, tg_victim_get_sex (v)));
      _tg_db_bind_text (stmt, 8, tg_victim_get_occupation (v));
      _tg_db_bind_text (stmt, 9, tg_victim_get_injury (v));
      _tg_db_bind_text (stmt, 10, NICK (TG_TYPE_SEVERITY, tg_victim_get_severity (v)));
      _tg_db_bind_text (stmt, 11, tg_victim_get_died_on (v));
      bind_share (stmt, 12, tg_victim_get_experience_months (v));
      _tg_db_bind_text (stmt, 13, tg_victim_get_briefed_on (v));
      _tg_db_bind_text (stmt, 14, tg_victim_get_trained_on (v));
      if (!_tg_store_step_done (self, stmt, error))
        return FALSE;
      g_string_append_printf (names, "%s ", tg_victim_get_full_name (v) ? tg_victim_get_full_name (v) : "");
      g_string_append_printf (iins, "%s ", tg_victim_get_iin (v) ? tg_victim_get_iin (v) : "");
    }
  return TRUE;
}

static gboolean
write_investigation (TgStore *self,
                     gint64   rowid,
                     TgCase  *kase,
                     GError **error)
{
  TgInvestigation *inv = tg_case_get_investigation (kase);
  TgCommission *com = tg_investigation_get_commission (inv);
  TgFindings *f = tg_investigation_get_findings (inv);
  GListModel *ext = G_LIST_MODEL (tg_investigation_get_extensions (inv));
  TgDbStmt *stmt;

  for (guint i = 0; com != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (tg_commission_get_members (com))); i++)
    {
      g_autoptr(TgMember) m = g_list_model_get_item (G_LIST_MODEL (tg_commission_get_members (com)), i);

      stmt = _tg_store_stmt (self, "INSERT INTO members (case_rowid, pos, role, full_name, position, organization,"
                                  " position_kk, organization_kk) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", error);
      if (stmt == NULL)
        return FALSE;
      _tg_db_bind_int64 (stmt, 1, rowid);
      _tg_db_bind_int (stmt, 2, i);
      _tg_db_bind_text (stmt, 3, NICK (TG_TYPE_ROLE, tg_member_get_role (m)));
      _tg_db_bind_text (stmt, 4, tg_member_get_full_name (m));
      _tg_db_bind_text (stmt, 5, tg_member_get_position (m));
      _tg_db_bind_text (stmt, 6, tg_member_get_organization (m));
      _tg_db_bind_text (stmt, 7, tg_member_get_position_kk (m));
      _tg_db_bind_text (stmt, 8, tg_member_get_organization_kk (m));
      if (!_tg_store_step_done (self, stmt, error))
        return FALSE;
    }

  for (guint i = 0; i < g_list_model_get_n_items (ext); i++)
    {
      g_autoptr(TgExtension) e = g_list_model_get_item (ext, i);

      stmt = _tg_store_stmt (self, "INSERT INTO extensions (case_rowid, pos, granted, new_due, granted_by, reason,"
                                  " order_number) VALUES (?, ?, ?, ?, ?, ?, ?)", error);
      if (stmt == NULL)
        return FALSE;
      _tg_db_bind_int64 (stmt, 1, rowid);
      _tg_db_bind_int (stmt, 2, i);
      _tg_db_bind_text (stmt, 3, tg_extension_get_granted (e));
      _tg_db_bind_text (stmt, 4, tg_extension_get_new_due (e));
      _tg_db_bind_text (stmt, 5, tg_extension_get_granted_by (e));
      _tg_db_bind_text (stmt, 6, tg_extension_get_reason (e));
      _tg_db_bind_text (stmt, 7, tg_extension_get_order_number (e));
      if (!_tg_store_step_done (self, stmt, error))
        return FALSE;
    }

  if (f != NULL)
    {
      const struct { const char *kind; const char * const *items; } lists[] = {
        { "cause", tg_findings_get_causes (f) },
        { "responsible", tg_findings_get_responsible (f) },
        { "violation", tg_findings_get_violations (f) },
        { "measure", tg_findings_get_measures (f) },
      };
      for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
        for (guint i = 0; lists[l].items != NULL && lists[l].items[i] != NULL; i++)
          {
            stmt = _tg_store_stmt (self, "INSERT INTO findings_items (case_rowid, kind, pos, text) VALUES (?, ?, ?, ?)", error);
            if (stmt == NULL)
              return FALSE;
            _tg_db_bind_int64 (stmt, 1, rowid);
            _tg_db_bind_text (stmt, 2, lists[l].kind);
            _tg_db_bind_int (stmt, 3, i);
            _tg_db_bind_text (stmt, 4, lists[l].items[i]);
            if (!_tg_store_step_done (self, stmt, error))
              return FALSE;
          }
    }
  return TRUE;
}

static gboolean
write_dispute (TgStore   *self,
               gint64     rowid,
               guint      pos,
               TgDispute *d,
               GError   **error)
{
  GListModel *positions = G_LIST_MODEL (tg_dispute_get_positions (d));
  TgDbStmt *stmt = _tg_store_stmt (self,
    "INSERT INTO disputes (case_rowid, pos, id, filed_by, subject, filed, status, due, claim, outcome,"
    " decided_on, decided_by, reasoning, appeal_court, appeal_filed, appeal_result, number, applicant, victim)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error);

  if (stmt == NULL)
    return FALSE;
  _tg_db_bind_int64 (stmt, 1, rowid);
  _tg_db_bind_int (stmt, 2, pos);
  _tg_db_bind_text (stmt, 3, tg_dispute_get_id (d));
  _tg_db_bind_text (stmt, 4, NICK (TG_TYPE_PARTY, tg_dispute_get_filed_by (d)));
  _tg_db_bind_text (stmt, 5, NICK (TG_TYPE_DISPUTE_SUBJECT, tg_dispute_get_subject (d)));
  _tg_db_bind_text (stmt, 6, tg_dispute_get_filed (d));
  _tg_db_bind_text (stmt, 7, NICK (TG_TYPE_DISPUTE_STATUS, tg_dispute_get_status (d)));
  _tg_db_bind_text (stmt, 8, tg_dispute_get_due (d));
  _tg_db_bind_text (stmt, 9, tg_dispute_get_claim (d));
  _tg_db_bind_text (stmt, 10, NICK (TG_TYPE_OUTCOME, tg_dispute_get_outcome (d)));
  _tg_db_bind_text (stmt, 11, tg_dispute_get_decided_on (d));
  _tg_db_bind_text (stmt, 12, tg_dispute_get_decided_by (d));
  _tg_db_bind_text (stmt, 13, tg_dispute_get_reasoning (d));
  _tg_db_bind_text (stmt, 14, tg_dispute_get_appeal_court (d));
  _tg_db_bind_text (stmt, 15, tg_dispute_get_appeal_filed (d));
  _tg_db_bind_text (stmt, 16, tg_dispute_get_appeal_result (d));
  _tg_db_bind_text (stmt, 17, tg_dispute_get_number (d));
  _tg_db_bind_text (stmt, 18, tg_dispute_get_applicant (d));
  _tg_db_bind_text (stmt, 19, tg_dispute_get_victim (d));
  if (!_tg_store_step_done (self, stmt, error))
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (positions); i++)
    {
      g_autoptr(TgPosition) p = g_list_model_get_item (positions, i);

      stmt = _tg_store_stmt (self, "INSERT INTO dispute_positions (case_rowid, dispute_pos, pos, party, text)"
                                  " VALUES (?, ?, ?, ?, ?)", error);
      if (stmt == NULL)
        return FALSE;
      _tg_db_bind_int64 (stmt, 1, rowid);
      _tg_db_bind_int (stmt, 2, pos);
      _tg_db_bind_int (stmt, 3, i);
      _tg_db_bind_text (stmt, 4, tg_position_get_party (p));
      _tg_db_bind_text (stmt, 5, tg_position_get_text (p));
      if (!_tg_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_requests (TgStore *self,
                gint64   rowid,
                TgCase  *kase,
                GError **error)
{
  GListModel *list = G_LIST_MODEL (tg_case_get_requests (kase));

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(TgInfoRequest) r = g_list_model_get_item (list, i);
      TgDbStmt *stmt = _tg_store_stmt (self,
        "INSERT INTO requests (case_rowid, pos, id, addressee, subject, sent, due, answered, answer, blocking,"
        " addressee_kk, number) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error);

      if (stmt == NULL)
        return FALSE;
      _tg_db_bind_int64 (stmt, 1, rowid);
      _tg_db_bind_int (stmt, 2, i);
      _tg_db_bind_text (stmt, 3, tg_info_request_get_id (r));
      _tg_db_bind_text (stmt, 4, tg_info_request_get_addressee (r));
      _tg_db_bind_text (stmt, 5, tg_info_request_get_subject (r));
      _tg_db_bind_text (stmt, 6, tg_info_request_get_sent (r));
      _tg_db_bind_text (stmt, 7, tg_info_request_get_due (r));
      _tg_db_bind_text (stmt, 8, tg_info_request_get_answered (r));
      _tg_db_bind_text (stmt, 9, tg_info_request_get_answer (r));
      _tg_db_bind_int (stmt, 10, tg_info_request_get_blocking (r));
      _tg_db_bind_text (stmt, 11, tg_info_request_get_addressee_kk (r));
      _tg_db_bind_text (stmt, 12, tg_info_request_get_number (r));
      if (!_tg_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static const char upsert_document_sql[] =
  "INSERT INTO documents (case_rowid, id, pos, title, file_name, media_type, sha256, size, content)"
  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
  " ON CONFLICT (case_rowid, id) DO UPDATE SET pos = ?3, title = ?4, file_name = ?5,"
  " media_type = ?6, removed = 0";

static gboolean
document_held (TgStore    *self,
               gint64      rowid,
               const char *id,
               gboolean   *held,
               GError    **error)
{
  TgDbStmt *stmt = _tg_store_stmt (self, "SELECT 1 FROM documents WHERE case_rowid = ? AND id = ?", error);

  if (stmt == NULL)
    return FALSE;
  _tg_db_bind_int64 (stmt, 1, rowid);
  _tg_db_bind_text (stmt, 2, id);
  *held = _tg_db_step (stmt) == TG_DB_ROW;
  _tg_db_reset (stmt);
  return TRUE;
}

static gboolean
write_documents (TgStore *self,
                 gint64   rowid,
                 TgCase  *kase,
                 GError **error)
{
  GListModel *list = G_LIST_MODEL (tg_case_get_documents (kase));

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(TgCaseDocument) d = g_list_model_get_item (list, i);
      GBytes *content = tg_case_document_get_content (d);
      goffset offset = 0;
      TgContentSpool *spool = tg_case_document_get_spooled (d, &offset);
      gboolean held = FALSE;
      TgDbStmt *stmt;

      if (spool != NULL && !document_held (self, rowid, tg_case_document_get_id (d), &held, error))
        return FALSE;
      /* Content is written once; later saves touch only the description. */
      stmt = _tg_store_stmt (self, upsert_document_sql, error);
      if (stmt == NULL)
        return FALSE;
      _tg_db_bind_int64 (stmt, 1, rowid);
      _tg_db_bind_text (stmt, 2, tg_case_document_get_id (d));
      _tg_db_bind_int (stmt, 3, i);
      _tg_db_bind_text (stmt, 4, tg_case_document_get_title (d));
      _tg_db_bind_text (stmt, 5, tg_case_document_get_file_name (d));
      _tg_db_bind_text (stmt, 6, tg_case_document_get_media_type (d));
      _tg_db_bind_text (stmt, 7, tg_case_document_get_sha256 (d));
      if (content != NULL)
        {
          gsize size;
          gconstpointer data = g_bytes_get_data (content, &size);
          _tg_db_bind_int64 (stmt, 8, size);
          _tg_db_bind_blob (stmt, 9, data, size);
        }
      else if (spool != NULL)
        {
          _tg_db_bind_int64 (stmt, 8, tg_case_document_get_size (d));
          if (!self->engine->document_bind (self, stmt, 9, spool, offset,
                                            tg_case_document_get_size (d), error))
            {
              _tg_db_reset (stmt);
              return FALSE;
            }
        }
      else
        {
          _tg_db_bind_int64 (stmt, 8, tg_case_document_get_size (d));
          _tg_db_bind_null (stmt, 9);
        }
      if (!_tg_store_step_done (self, stmt, error))
        return FALSE;
      /* A new row (not a document held already, whose content stays):
       * its content is filled from the spool. */
      if (spool != NULL && !held &&
          !self->engine->document_fill (self, rowid, tg_case_document_get_id (d), spool, offset,
                                        tg_case_document_get_size (d), error))
        return FALSE;
    }
  return TRUE;
}

gboolean
_tg_store_write_fts_row (TgStore    *self,
                         gint64      rowid,
                         char       *const columns[6],
                         GError    **error)
{
  TgDbStmt *stmt = _tg_store_stmt (self,
    "INSERT INTO cases_fts (rowid, number, employer, bin, victims, iins, place) VALUES (?, ?, ?, ?, ?, ?, ?)", error);

  if (stmt == NULL)
    return FALSE;
  _tg_db_bind_int64 (stmt, 1, rowid);
  for (guint i = 0; i < 6; i++)
    _tg_db_bind_text (stmt, i + 2, columns[i]);
  return _tg_store_step_done (self, stmt, error) &&
         _tg_store_add_search_words (self, (const char *const *) columns, error);
}

static gboolean
write_fts (TgStore    *self,
           gint64      rowid,
           TgCase     *kase,
           const char *names,
           const char *iins,
           GError    **error)
{
  TgEmployer *emp = tg_case_get_employer (kase);
  const TgLegalForm *form = tg_legal_form_lookup (tg_employer_get_legal_form (emp));
  /* found by either language's legal form and name: "ТОО «Талап Ойл» ЖШС" */
  g_autofree char *ru = tg_legal_form_join_ru (form, tg_employer_get_name (emp));
  g_autofree char *employer = g_strjoin (" ", ru != NULL ? ru : "", form != NULL ? form->kk : "",
                                         tg_employer_get_name_kk (emp) ? tg_employer_get_name_kk (emp) : "",
                                         NULL);
  g_autofree char *place = g_strjoin (" ", tg_case_get_place (kase) ? tg_case_get_place (kase) : "",
                                      tg_case_get_place_kk (kase) ? tg_case_get_place_kk (kase) : "", NULL);
  const char *columns[6] = {
    tg_case_get_number (kase), g_strstrip (employer), tg_employer_get_bin (emp),
    names, iins, g_strstrip (place),
  };

  /* A removed case is never listed: leaving it out of the index lets a
   * search count its matches without reading `cases`. */
  return _tg_store_put_fts (self, rowid, tg_case_get_deleted (kase) ? NULL : columns, error);
}

/* The state and since when, as stored, to carry state_since over. */
static char *
stored_state_since (TgStore    *self,
                    gint64      rowid,
                    const char *state)
{
  TgDbStmt *stmt = _tg_store_stmt (self, "SELECT state, state_since FROM cases WHERE rowid = ?", NULL);
  char *since = NULL;

  if (stmt == NULL)
    return NULL;
  _tg_db_bind_int64 (stmt, 1, rowid);
  if (_tg_db_step (stmt) == TG_DB_ROW &&
      g_strcmp0 (_tg_db_column_text (stmt, 0), state) == 0)
    since = _tg_db_column_dup (stmt, 1);
  _tg_db_reset (stmt);
  return since;
}

/* For a case that arrives with its history (an import, the demo), the day
 * it entered its state is the last entry that led there, else the day it
 * was registered; so an imported case waiting for its commission is
 * overdue by the sender's dates, not from the day it was imported. */
static char *
history_state_since (TgCase     *kase,
                     const char *state)
{
  GListModel *history = G_LIST_MODEL (tg_case_get_history (kase));
  GDate date;

  for (guint i = g_list_model_get_n_items (history); i > 0; i--)
    {
      g_autoptr(TgHistoryEntry) h = g_list_model_get_item (history, i - 1);

      if (g_strcmp0 (tg_history_entry_get_after (h), state) == 0 &&
          tg_datetime_date (tg_history_entry_get_at (h), &date))
        return tg_date_format_iso (&date);
    }
  if (tg_datetime_date (tg_case_get_registered_at (kase), &date))
    return tg_date_format_iso (&date);
  return NULL;
}

gboolean
_tg_store_write_case (TgStore *self,
                      TgCase  *kase,
                      gint64  *rowid,
                      GError **error)
{
  return _tg_store_write_case_full (self, kase, rowid, NULL, error);
}

gboolean
_tg_store_write_case_full (TgStore    *self,
                           TgCase     *kase,
                           gint64     *rowid,
                           const char *received_from,
                           GError    **error)
{
  const char *state = NICK (TG_TYPE_STATE, tg_case_get_state (kase));
  g_autoptr(GString) names = g_string_new (NULL);
  g_autoptr(GString) iins = g_string_new (NULL);
  g_autofree char *since = NULL;
  g_autofree char *deadline = NULL;
  GListModel *disputes;
  TgDbStmt *stmt;
  gboolean ok;

  if (*rowid != 0)
    since = stored_state_since (self, *rowid, state);
  else
    since = history_state_since (kase, state);
  if (since == NULL)
    {
      GDate today;
      tg_store_today (&today);
      since = tg_date_format_iso (&today);
    }
  deadline = _tg_store_deadline_of (self, kase, since);
  if (*rowid != 0 && !_tg_store_stats_touch (self, *rowid, error))
    return FALSE;

  stmt = _tg_store_stmt (self, *rowid == 0 ? insert_case_sql : update_case_sql, error);
  if (stmt == NULL)
    return FALSE;
  bind_case (stmt, kase, deadline, since);
  if (*rowid != 0)
    _tg_db_bind_int64 (stmt, 41, *rowid);
  else if (received_from != NULL)
    {
      _tg_db_bind_text (stmt, 47, received_from);
      _tg_db_bind_int64 (stmt, 48, tg_case_get_revision (kase));
    }
  if (*rowid == 0)
    ok = _tg_store_insert_returning (self, stmt, rowid, error) &&
         _tg_store_bulk_note_insert (self, error);
  else
    ok = _tg_store_step_done (self, stmt, error) &&
         clear_children (self, *rowid, error);
  if (!ok)
    return FALSE;

  if (!write_victims (self, *rowid, kase, names, iins, error) ||
      !write_investigation (self, *rowid, kase, error) ||
      !write_requests (self, *rowid, kase, error) ||
      !write_documents (self, *rowid, kase, error))
    return FALSE;
  disputes = G_LIST_MODEL (tg_case_get_disputes (kase));
  for (guint i = 0; i < g_list_model_get_n_items (disputes); i++)
    {
      g_autoptr(TgDispute) d = g_list_model_get_item (disputes, i);
      if (!write_dispute (self, *rowid, i, d, error))
        return FALSE;
    }
  return write_fts (self, *rowid, kase, names->str, iins->str, error);
}
