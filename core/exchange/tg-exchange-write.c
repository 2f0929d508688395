/* tg-exchange-write.c — a TgCase as a <case> of an exchange file
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Elements in the order exchange-format.md gives; optional ones only when
 * the model has a value, so that what was read is written back the same.
 */
#define G_LOG_DOMAIN "tg-exchange"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "tg-case-document.h"
#include "tg-commission.h"
#include "tg-dates.h"
#include "tg-dispute.h"
#include "tg-exchange-private.h"
#include "tg-exchange-schema.h"
#include "tg-extension.h"
#include "tg-findings.h"
#include "tg-history-entry.h"
#include "tg-info-request.h"
#include "tg-legal-form.h"
#include "tg-member.h"
#include "tg-position.h"
#include "tg-victim.h"

#define NICK(type, value) ((const xmlChar *) tg_enum_to_nick ((type), (value)))
#define X(s) ((const xmlChar *) (s))

typedef struct
{
  xmlTextWriterPtr w;
  gboolean failed;
} Out;

static void
check (Out *o,
       int  rc)
{
  if (rc < 0)
    o->failed = TRUE;
}

static void
start (Out        *o,
       const char *name)
{
  check (o, xmlTextWriterStartElement (o->w, X (name)));
}

static void
end (Out *o)
{
  check (o, xmlTextWriterEndElement (o->w));
}

static void
attribute (Out        *o,
           const char *name,
           const char *value)
{
  if (value != NULL)
    check (o, xmlTextWriterWriteAttribute (o->w, X (name), X (value)));
}

/* @id when the schema's LocalId takes it, else NULL: an id the file
 * cannot carry is left for the receiver to give (as it gives one that was
 * never sent). */
static const char *
local_id (const char *id)
{
  gsize len = id != NULL ? strlen (id) : 0;

  if (len == 0 || len > 64)
    return NULL;
  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '_' && *p != '.' && *p != '-')
      return NULL;
  return id;
}

static void
string (Out        *o,
        const char *value)
{
  if (value != NULL && value[0] != '\0')
    check (o, xmlTextWriterWriteString (o->w, X (value)));
}

/* <name>value</name>, left out when @value is NULL. */
static void
element (Out        *o,
         const char *name,
         const char *value)
{
  if (value == NULL)
    return;
  start (o, name);
  string (o, value);
  end (o);
}

static void
boolean (Out        *o,
         const char *name,
         gboolean    value)
{
  element (o, name, value ? "true" : "false");
}

static void
write_employer (Out    *o,
                TgCase *kase)
{
  TgEmployer *emp = tg_case_get_employer (kase);
  const TgLegalForm *form = tg_legal_form_lookup (tg_employer_get_legal_form (emp));
  /* the registered name as Russian writes it: what a reader without
   * legalForm has always read */
  g_autofree char *name = tg_legal_form_join_ru (form, tg_employer_get_name (emp));

  start (o, "employer");
  element (o, "name", name != NULL ? name : "");
  element (o, "bin", tg_employer_get_bin (emp) ? tg_employer_get_bin (emp) : "");
  element (o, "activity", tg_employer_get_activity (emp));
  element (o, "address", tg_employer_get_address (emp));
  element (o, "legalForm", form != NULL ? form->nick : NULL);
  element (o, "nameKk", tg_employer_get_name_kk (emp));
  end (o);
}

static void
write_accident (Out    *o,
                TgCase *kase)
{
  start (o, "accident");
  element (o, "occurred", tg_case_get_occurred (kase));
  element (o, "reported", tg_case_get_reported (kase));
  element (o, "place", tg_case_get_place (kase));
  element (o, "circumstances", tg_case_get_circumstances (kase) ? tg_case_get_circumstances (kase) : "");
  boolean (o, "hazardousFacility", tg_case_get_hazardous_facility (kase));
  boolean (o, "groupPoisoning", tg_case_get_group_poisoning (kase));
  element (o, "placeKk", tg_case_get_place_kk (kase));
  end (o);
}

static void
write_victim (Out      *o,
              TgVictim *v)
{
  start (o, "victim");
  attribute (o, "id", tg_victim_get_id (v));
  element (o, "fullName", tg_victim_get_full_name (v));
  element (o, "iin", tg_victim_get_iin (v));
  element (o, "birthDate", tg_victim_get_birth_date (v));
  element (o, "sex", tg_enum_to_nick (TG_TYPE_SEX, tg_victim_get_sex (v)));
  element (o, "occupation", tg_victim_get_occupation (v));
  element (o, "injury", tg_victim_get_injury (v));
  element (o, "severity", tg_enum_to_nick (TG_TYPE_SEVERITY, tg_victim_get_severity (v)));
  element (o, "diedOn", tg_victim_get_died_on (v));
  if (tg_victim_get_experience_months (v) >= 0)
    {
      g_autofree char *months = g_strdup_printf ("%d", tg_victim_get_experience_months (v));
      element (o, "experienceMonths", months);
    }
  element (o, "briefedOn", tg_victim_get_briefed_on (v));
  element (o, "trainedOn", tg_victim_get_trained_on (v));
  end (o);
}

static void
write_victims (Out    *o,
               TgCase *kase)
{
  GListModel *list = G_LIST_MODEL (tg_case_get_victims (kase));

  start (o, "victims");
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(TgVictim) v = g_list_model_get_item (list, i);
      write_victim (o, v);
    }
  end (o);
}

static void
write_commission (Out          *o,
                  TgCommission *com)
{
  GListModel *members = G_LIST_MODEL (tg_commission_get_members (com));

  start (o, "commission");
  attribute (o, "orderNumber", tg_commission_get_order_number (com));
  attribute (o, "orderDate", tg_commission_get_order_date (com));
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(TgMember) m = g_list_model_get_item (members, i);

      start (o, "member");
      attribute (o, "role", tg_enum_to_nick (TG_TYPE_ROLE, tg_member_get_role (m)));
      element (o, "fullName", tg_member_get_full_name (m) ? tg_member_get_full_name (m) : "");
      element (o, "position", tg_member_get_position (m) ? tg_member_get_position (m) : "");
      element (o, "organization", tg_member_get_organization (m) ? tg_member_get_organization (m) : "");
      element (o, "positionKk", tg_member_get_position_kk (m));
      element (o, "organizationKk", tg_member_get_organization_kk (m));
      end (o);
    }
  end (o);
}

static void
write_strv (Out                *o,
            const char         *name,
            const char * const *values)
{
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    element (o, name, values[i]);
}

static void
write_measures (Out                *o,
                const char * const *measures)
{
  for (guint i = 0; measures != NULL && measures[i] != NULL; i++)
    {
      g_autofree char *due = NULL, *what = NULL;

      tg_findings_measure_split (measures[i], &due, &what);
      start (o, "measure");
      attribute (o, "due", due);
      string (o, what);
      end (o);
    }
}

static void
write_findings (Out        *o,
                TgFindings *f)
{
  start (o, "findings");
  boolean (o, "workRelated", tg_findings_get_work_related (f));
  if (tg_findings_get_ground (f) != TG_GROUND_NONE)
    element (o, "notWorkRelatedGround", tg_enum_to_nick (TG_TYPE_GROUND, tg_findings_get_ground (f)));
  write_strv (o, "cause", tg_findings_get_causes (f));
  write_strv (o, "responsible", tg_findings_get_responsible (f));
  write_strv (o, "violation", tg_findings_get_violations (f));
  if (tg_findings_get_fault_employer (f) >= 0 || tg_findings_get_fault_employee (f) >= 0)
    {
      start (o, "fault");
      check (o, xmlTextWriterWriteFormatAttribute (o->w, X ("employer"), "%d",
                                                   MAX (tg_findings_get_fault_employer (f), 0)));
      check (o, xmlTextWriterWriteFormatAttribute (o->w, X ("employee"), "%d",
                                                   MAX (tg_findings_get_fault_employee (f), 0)));
      end (o);
    }
  write_measures (o, tg_findings_get_measures (f));
  if (tg_findings_get_dissent (f) != NULL)
    {
      start (o, "dissent");
      attribute (o, "member", tg_findings_get_dissent_by (f) ? tg_findings_get_dissent_by (f) : "—");
      string (o, tg_findings_get_dissent (f));
      end (o);
    }
  end (o);
}

static void
write_extensions (Out             *o,
                  TgInvestigation *inv)
{
  GListModel *list = G_LIST_MODEL (tg_investigation_get_extensions (inv));

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(TgExtension) e = g_list_model_get_item (list, i);

      start (o, "extension");
      attribute (o, "granted", tg_extension_get_granted (e));
      attribute (o, "newDue", tg_extension_get_new_due (e));
      attribute (o, "grantedBy", tg_extension_get_granted_by (e));
      attribute (o, "orderNumber", tg_extension_get_order_number (e));
      string (o, tg_extension_get_reason (e));
      end (o);
    }
}

static void
write_investigation (Out    *o,
                     TgCase *kase)
{
  TgInvestigation *inv = tg_case_get_investigation (kase);

  if (inv == NULL || tg_investigation_get_body (inv) == TG_BODY_NONE)
    return;
  start (o, "investigation");
  element (o, "body", tg_enum_to_nick (TG_TYPE_BODY, tg_investigation_get_body (inv)));
  if (tg_investigation_get_commission (inv) != NULL)
    write_commission (o, tg_investigation_get_commission (inv));
  element (o, "started", tg_investigation_get_started (inv));
  element (o, "due", tg_investigation_get_due (inv));
  write_extensions (o, inv);
  if (tg_investigation_get_findings (inv) != NULL)
    write_findings (o, tg_investigation_get_findings (inv));
  if (tg_investigation_get_act_number (inv) != NULL)
    {
      start (o, "act");
      attribute (o, "number", tg_investigation_get_act_number (inv));
      attribute (o, "date", tg_investigation_get_act_date (inv));
      end (o);
    }
  end (o);
}

static void
write_dispute (Out       *o,
               TgDispute *d)
{
  GListModel *positions = G_LIST_MODEL (tg_dispute_get_positions (d));

  start (o, "dispute");
  attribute (o, "id", tg_dispute_get_id (d));
  attribute (o, "filedBy", tg_enum_to_nick (TG_TYPE_PARTY, tg_dispute_get_filed_by (d)));
  attribute (o, "subject", tg_enum_to_nick (TG_TYPE_DISPUTE_SUBJECT, tg_dispute_get_subject (d)));
  attribute (o, "filed", tg_dispute_get_filed (d));
  attribute (o, "due", tg_dispute_get_due (d));
  attribute (o, "status", tg_enum_to_nick (TG_TYPE_DISPUTE_STATUS, tg_dispute_get_status (d)));
  attribute (o, "applicant", tg_dispute_get_applicant (d));
  attribute (o, "victim", tg_dispute_get_victim (d));
  element (o, "claim", tg_dispute_get_claim (d) ? tg_dispute_get_claim (d) : "");
  for (guint i = 0; i < g_list_model_get_n_items (positions); i++)
    {
      g_autoptr(TgPosition) p = g_list_model_get_item (positions, i);

      start (o, "position");
      attribute (o, "party", tg_position_get_party (p));
      string (o, tg_position_get_text (p));
      end (o);
    }
  if (tg_dispute_get_outcome (d) != TG_OUTCOME_NONE)
    {
      start (o, "decision");
      attribute (o, "outcome", tg_enum_to_nick (TG_TYPE_OUTCOME, tg_dispute_get_outcome (d)));
      attribute (o, "date", tg_dispute_get_decided_on (d));
      attribute (o, "decidedBy", tg_dispute_get_decided_by (d));
      attribute (o, "number", tg_dispute_get_number (d));
      string (o, tg_dispute_get_reasoning (d));
      end (o);
    }
  if (tg_dispute_get_appeal_court (d) != NULL)
    {
      start (o, "appeal");
      attribute (o, "court", tg_dispute_get_appeal_court (d));
      attribute (o, "filed", tg_dispute_get_appeal_filed (d));
      attribute (o, "result", tg_dispute_get_appeal_result (d));
      end (o);
    }
  end (o);
}

static void
write_disputes (Out    *o,
                TgCase *kase)
{
  GListModel *list = G_LIST_MODEL (tg_case_get_disputes (kase));

  if (g_list_model_get_n_items (list) == 0)
    return;
  start (o, "disputes");
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(TgDispute) d = g_list_model_get_item (list, i);
      write_dispute (o, d);
    }
  end (o);
}

static void
write_requests (Out    *o,
                TgCase *kase)
{
  GListModel *list = G_LIST_MODEL (tg_case_get_requests (kase));

  if (g_list_model_get_n_items (list) == 0)
    return;
  start (o, "requests");
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(TgInfoRequest) q = g_list_model_get_item (list, i);

      start (o, "request");
      attribute (o, "id", local_id (tg_info_request_get_id (q)));
      attribute (o, "to", tg_info_request_get_addressee (q));
      attribute (o, "sent", tg_info_request_get_sent (q));
      attribute (o, "due", tg_info_request_get_due (q));
      attribute (o, "answered", tg_info_request_get_answered (q));
      if (tg_info_request_get_blocking (q))
        attribute (o, "blocking", "true");
      attribute (o, "toKk", tg_info_request_get_addressee_kk (q));
      attribute (o, "number", tg_info_request_get_number (q));
      element (o, "subject", tg_info_request_get_subject (q) ? tg_info_request_get_subject (q) : "");
      element (o, "answer", tg_info_request_get_answer (q));
      end (o);
    }
  end (o);
}

/* Base64 in pieces, without line breaks, so that a 7 MiB document is
 * never held twice as text. */
static void
write_base64 (Out    *o,
              GBytes *content)
{
  gsize size;
  const guchar *data = g_bytes_get_data (content, &size);
  char out[65536 + 8];
  int state = 0, save = 0;
  gsize n;

  for (gsize off = 0; off < size && !o->failed; off += 49152)
    {
      n = g_base64_encode_step (data + off, MIN (49152, size - off), FALSE, out, &state, &save);
      out[n] = '\0';
      check (o, xmlTextWriterWriteRaw (o->w, X (out)));
    }
  n = g_base64_encode_close (FALSE, out, &state, &save);
  out[n] = '\0';
  if (n > 0)
    check (o, xmlTextWriterWriteRaw (o->w, X (out)));
}

/* A document's id, unless the receiver names it so by itself: by its
 * content's hash (tg-exchange-read.c). */
static const char *
document_id (TgCaseDocument *d)
{
  const char *id = tg_case_document_get_id (d);
  const char *sha256 = tg_case_document_get_sha256 (d);

  if (id != NULL && sha256 != NULL && strlen (sha256) == 64 && strlen (id) >= 64 &&
      g_ascii_strncasecmp (id, sha256, 64) == 0 && (id[64] == '\0' || id[64] == '-'))
    return NULL;
  return local_id (id);
}

static gboolean
write_documents (Out                   *o,
                 TgCase                *kase,
                 TgExchangeContentFunc  content_func,
                 gpointer               user_data,
                 GError               **error)
{
  GListModel *list = G_LIST_MODEL (tg_case_get_documents (kase));

  if (g_list_model_get_n_items (list) == 0)
    return TRUE;
  start (o, "documents");
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(TgCaseDocument) d = g_list_model_get_item (list, i);
      g_autoptr(GBytes) content = NULL;
      goffset offset = 0;
      TgContentSpool *spool = tg_case_document_get_spooled (d, &offset);

      if (tg_case_document_get_content (d) != NULL)
        content = g_bytes_ref (tg_case_document_get_content (d));
      else if (spool != NULL)
        content = tg_content_spool_dup_bytes (spool, offset, tg_case_document_get_size (d), error);
      else if (content_func != NULL)
        content = content_func (kase, tg_case_document_get_id (d), user_data, error);
      if (content == NULL)
        return FALSE;
      start (o, "document");
      attribute (o, "id", document_id (d));
      attribute (o, "title", tg_case_document_get_title (d));
      attribute (o, "fileName", tg_case_document_get_file_name (d));
      attribute (o, "mediaType", tg_case_document_get_media_type (d));
      attribute (o, "sha256", tg_case_document_get_sha256 (d));
      write_base64 (o, content);
      end (o);
    }
  end (o);
  return TRUE;
}

static void
write_history (Out    *o,
               TgCase *kase)
{
  GListModel *list = G_LIST_MODEL (tg_case_get_history (kase));

  if (g_list_model_get_n_items (list) == 0)
    return;
  start (o, "history");
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(TgHistoryEntry) h = g_list_model_get_item (list, i);

      start (o, "event");
      attribute (o, "at", tg_history_entry_get_at (h));
      attribute (o, "actor", tg_history_entry_get_actor (h));
      attribute (o, "action", tg_history_entry_get_action (h));
      string (o, tg_history_entry_get_details (h));
      end (o);
    }
  end (o);
}

static gboolean
failed (GError **error)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               _("the exchange file could not be written (disk full?)"));
  return FALSE;
}

gboolean
_tg_exchange_write_header (xmlTextWriterPtr  writer,
                           const char       *code,
                           const char       *name,
                           const char       *created,
                           GError          **error)
{
  Out o = { writer, FALSE };

  check (&o, xmlTextWriterSetIndent (writer, 1));
  check (&o, xmlTextWriterSetIndentString (writer, X ("  ")));
  check (&o, xmlTextWriterStartDocument (writer, "1.0", "UTF-8", NULL));
  check (&o, xmlTextWriterStartElementNS (writer, NULL, X ("caseFile"), X (TG_EXCHANGE_NAMESPACE)));
  attribute (&o, "formatVersion", TG_EXCHANGE_FORMAT_VERSION);
  start (&o, "header");
  start (&o, "sender");
  attribute (&o, "code", code);
  string (&o, name);
  end (&o);
  element (&o, "created", created);
  end (&o);
  return o.failed ? failed (error) : TRUE;
}

gboolean
_tg_exchange_write_case (xmlTextWriterPtr       writer,
                         TgCase                *kase,
                         gint64                 base_revision,
                         TgExchangeContentFunc  content,
                         gpointer               user_data,
                         GError               **error)
{
  Out o = { writer, FALSE };

  start (&o, "case");
  attribute (&o, "id", tg_case_get_id (kase));
  check (&o, xmlTextWriterWriteFormatAttribute (writer, X ("revision"), "%" G_GINT64_FORMAT,
                                                tg_case_get_revision (kase)));
  if (base_revision > 0)
    check (&o, xmlTextWriterWriteFormatAttribute (writer, X ("baseRevision"), "%" G_GINT64_FORMAT,
                                                  base_revision));
  element (&o, "number", tg_case_get_number (kase));
  element (&o, "region", tg_case_get_region (kase));
  element (&o, "state", tg_enum_to_nick (TG_TYPE_STATE, tg_case_get_state (kase)));
  write_employer (&o, kase);
  write_accident (&o, kase);
  write_victims (&o, kase);
  write_investigation (&o, kase);
  write_disputes (&o, kase);
  write_requests (&o, kase);
  if (!write_documents (&o, kase, content, user_data, error))
    return FALSE;
  write_history (&o, kase);
  end (&o);
  return o.failed ? failed (error) : TRUE;
}

gboolean
_tg_exchange_write_end (xmlTextWriterPtr  writer,
                        GError          **error)
{
  Out o = { writer, FALSE };

  check (&o, xmlTextWriterEndDocument (writer));
  check (&o, xmlTextWriterFlush (writer));
  return o.failed ? failed (error) : TRUE;
}

char *
_tg_exchange_case_to_text (TgCase      *kase,
                           const char  *sender_code,
                           GError     **error)
{
  xmlBufferPtr buffer = xmlBufferCreate ();
  g_autoptr(xmlTextWriter) writer = xmlNewTextWriterMemory (buffer, 0);
  g_autofree char *now = tg_now_iso ();
  char *text = NULL;

  if (_tg_exchange_write_header (writer, sender_code, sender_code, now, error) &&
      _tg_exchange_write_case (writer, kase, 0, NULL, NULL, error) &&
      _tg_exchange_write_end (writer, error))
    text = g_strdup ((const char *) xmlBufferContent (buffer));
  g_clear_pointer (&writer, xmlFreeTextWriter);
  xmlBufferFree (buffer);
  return text;
}

static gboolean
write_all_to (int          fd,
              const char  *path,
              const char  *text,
              GError     **error)
{
  gsize len = strlen (text);

  while (len > 0)
    {
      ssize_t n = write (fd, text, len);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          int saved = n < 0 ? errno : ENOSPC;
          close (fd);
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                       _("Cannot write %s: %s."), path, g_strerror (saved));
          return FALSE;
        }
      text += n;
      len -= n;
    }
  if (close (fd) != 0)
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Cannot write %s: %s."), path, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

TgCase *
_tg_exchange_case_from_text (const char  *text,
                             GError     **error)
{
  g_autoptr(TgExchangeReport) report = tg_exchange_report_new ();
  g_autoptr(TgXmlInput) input = tg_xml_input_new (report);
  g_autoptr(TgExchangeIncoming) in = NULL;
  g_autofree char *path = NULL;
  int fd;

  /* Private from the start: g_file_set_contents would make a new file
   * with the default mode. */
  fd = g_file_open_tmp ("tergeu-conflict-XXXXXX.xml", &path, error);
  if (fd < 0)
    return NULL;
  if (!write_all_to (fd, path, text, error))
    {
      g_unlink (path);
      return NULL;
    }
  if (tg_xml_input_open (input, path, NULL))
    while (tg_xml_input_next (input))
      if (tg_xml_input_get_depth (input) == 1 &&
          g_str_equal (tg_xml_input_get_name (input), "case"))
        in = _tg_exchange_read_case (input);
  g_unlink (path);
  if (in == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("the incoming version kept with the conflict cannot be read"));
      return NULL;
    }
  return g_steal_pointer (&in->kase);
}
