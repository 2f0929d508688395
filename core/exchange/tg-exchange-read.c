/* tg-exchange-read.c — one <case> of an exchange file into a TgCase
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The schema has already checked shape and vocabularies while the input
 * streams, so this only maps elements to the model; values the schema
 * refused are left at their defaults (the file is refused anyway).  Each
 * value a rule may quote is remembered with its element's line.
 */
#define G_LOG_DOMAIN "tg-exchange"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "tg-case-document.h"
#include "tg-commission.h"
#include "tg-dispute.h"
#include "tg-exchange-private.h"
#include "tg-extension.h"
#include "tg-findings.h"
#include "tg-history-entry.h"
#include "tg-info-request.h"
#include "tg-legal-form.h"
#include "tg-member.h"
#include "tg-position.h"
#include "tg-victim.h"

typedef struct
{
  char *token;
  guint line;
  gboolean word;   /* must stand alone in the message */
} TgExchangeMark;

typedef struct
{
  TgXmlInput *input;
  TgExchangeIncoming *in;
} Reader;

/* Marks are tried in this order, the most specific first. */
typedef enum
{
  MARK_DATETIME,
  MARK_PERSON,
  MARK_DATE,
  MARK_ID,
  MARK_STATE,
  N_MARK_KINDS
} MarkKind;

static void
mark_clear (gpointer data)
{
  g_free (((TgExchangeMark *) data)->token);
}

void
_tg_exchange_incoming_free (TgExchangeIncoming *incoming)
{
  if (incoming == NULL)
    return;
  g_clear_object (&incoming->kase);
  g_clear_pointer (&incoming->marks, g_array_unref);
  g_free (incoming);
}

static void
mark (Reader     *r,
      MarkKind    kind,
      const char *token,
      guint       line,
      gboolean    word)
{
  TgExchangeMark m = { NULL, line, word };

  if (token == NULL || token[0] == '\0')
    return;
  m.token = g_strdup_printf ("%d%s", kind, token);
  g_array_append_val (r->in->marks, m);
}

static gboolean
stands_alone (const char *message,
              const char *at,
              gsize       len)
{
  char before = at > message ? at[-1] : ' ';
  char after = at[len];

  return (before == ' ' || before == '(') &&
         (after == '\0' || after == ':' || after == ' ' || after == ',' ||
          after == ')');
}

/* Where @m's value stands alone enough in @message, or NULL. */
static const char *
mark_position (const TgExchangeMark *m,
               const char           *message)
{
  const char *token = m->token + 1;
  gsize len = strlen (token);

  for (const char *p = strstr (message, token); p != NULL;
       p = strstr (p + 1, token))
    if (!m->word || stands_alone (message, p, len))
      return p;
  return NULL;
}

/* Of the values of one kind, the one the message quotes first: "reported
 * X is before the accident occurred Y" is about "reported". */
guint
_tg_exchange_incoming_line_for (TgExchangeIncoming *in,
                                const char         *message)
{
  for (int kind = 0; kind < N_MARK_KINDS; kind++)
    {
      const char *best = NULL;
      guint line = 0;

      for (guint i = 0; i < in->marks->len; i++)
        {
          const TgExchangeMark *m = &g_array_index (in->marks, TgExchangeMark, i);
          const char *at;

          if (m->token[0] - '0' != kind)
            continue;
          at = mark_position (m, message);
          if (at != NULL && (best == NULL || at < best))
            {
              best = at;
              line = m->line;
            }
        }
      if (best != NULL)
        return line;
    }
  return in->line;
}

/* ---- values ---------------------------------------------------------- */

static char *
text (Reader *r)
{
  return tg_xml_input_read_text (r->input, TG_EXCHANGE_MAX_TEXT);
}

static guint
line (Reader *r)
{
  return tg_xml_input_get_line (r->input);
}

static int
enum_text (Reader *r,
           GType   type)
{
  g_autofree char *value = text (r);
  int v = 0;

  tg_enum_from_nick (type, value, &v);
  return v;
}

static int
enum_attribute (Reader     *r,
                const char *name,
                GType       type)
{
  g_autofree char *value = tg_xml_input_dup_attribute (r->input, name);
  int v = 0;

  tg_enum_from_nick (type, value, &v);
  return v;
}

static gboolean
boolean_text (Reader *r)
{
  g_autofree char *value = text (r);

  return g_strcmp0 (value, "true") == 0;
}

static int
int_attribute (Reader     *r,
               const char *name)
{
  g_autofree char *value = tg_xml_input_dup_attribute (r->input, name);

  return value != NULL ? (int) g_ascii_strtoll (value, NULL, 10) : -1;
}

/* An element's text into a string property of @object. */
static void
text_into (Reader     *r,
           gpointer    object,
           const char *property)
{
  g_autofree char *value = text (r);

  g_object_set (object, property, value, NULL);
}

static void
attribute_into (Reader     *r,
                gpointer    object,
                const char *attribute,
                const char *property)
{
  g_autofree char *value = tg_xml_input_dup_attribute (r->input, attribute);

  g_object_set (object, property, value, NULL);
}

static gboolean
is (const char *name,
    const char *wanted)
{
  return g_strcmp0 (name, wanted) == 0;
}

/* ---- header ---------------------------------------------------------- */

void
_tg_exchange_read_header (TgXmlInput  *input,
                          char       **code,
                          char       **name)
{
  int depth = tg_xml_input_get_depth (input);

  while (tg_xml_input_next_child (input, depth))
    if (is (tg_xml_input_get_name (input), "sender"))
      {
        g_free (*code);
        *code = tg_xml_input_dup_attribute (input, "code");
        g_free (*name);
        *name = tg_xml_input_read_text (input, TG_EXCHANGE_MAX_TEXT);
      }
}

/* ---- parts of a case -------------------------------------------------- */

static void
read_employer (Reader *r)
{
  g_autoptr(TgEmployer) emp = tg_employer_new ();
  int depth = tg_xml_input_get_depth (r->input);

  while (tg_xml_input_next_child (r->input, depth))
    {
      const char *name = tg_xml_input_get_name (r->input);

      if (is (name, "name"))
        text_into (r, emp, "name");
      else if (is (name, "bin"))
        {
          guint l = line (r);
          text_into (r, emp, "bin");
          mark (r, MARK_PERSON, tg_employer_get_bin (emp), l, FALSE);
        }
      else if (is (name, "activity"))
        text_into (r, emp, "activity");
      else if (is (name, "address"))
        text_into (r, emp, "address");
      else if (is (name, "legalForm"))
        text_into (r, emp, "legal-form");
      else if (is (name, "nameKk"))
        text_into (r, emp, "name-kk");
    }
  /* the name in a file is the registered name as Russian writes it ("ТОО
   * «Талап Ойл»"); a file without legalForm has the form read from it */
  tg_employer_split_legal_form (emp);
  tg_case_set_employer (r->in->kase, emp);
}

static void
read_accident (Reader *r)
{
  TgCase *kase = r->in->kase;
  int depth = tg_xml_input_get_depth (r->input);

  while (tg_xml_input_next_child (r->input, depth))
    {
      const char *name = tg_xml_input_get_name (r->input);
      guint l = line (r);

      if (is (name, "occurred") || is (name, "reported"))
        {
          g_autofree char *prop = g_strdup (name);
          text_into (r, kase, prop);
          mark (r, MARK_DATETIME,
                is (prop, "occurred") ? tg_case_get_occurred (kase)
                                      : tg_case_get_reported (kase), l, FALSE);
        }
      else if (is (name, "place"))
        text_into (r, kase, "place");
      else if (is (name, "circumstances"))
        text_into (r, kase, "circumstances");
      else if (is (name, "hazardousFacility"))
        tg_case_set_hazardous_facility (kase, boolean_text (r));
      else if (is (name, "groupPoisoning"))
        tg_case_set_group_poisoning (kase, boolean_text (r));
      else if (is (name, "placeKk"))
        text_into (r, kase, "place-kk");
    }
}

static void
read_victim_field (Reader     *r,
                   TgVictim   *v,
                   const char *name)
{
  guint l = line (r);

  if (is (name, "fullName"))
    text_into (r, v, "full-name");
  else if (is (name, "iin"))
    {
      text_into (r, v, "iin");
      mark (r, MARK_PERSON, tg_victim_get_iin (v), l, FALSE);
    }
  else if (is (name, "birthDate"))
    {
      text_into (r, v, "birth-date");
      mark (r, MARK_DATE, tg_victim_get_birth_date (v), l, FALSE);
    }
  else if (is (name, "sex"))
    tg_victim_set_sex (v, enum_text (r, TG_TYPE_SEX));
  else if (is (name, "occupation"))
    text_into (r, v, "occupation");
  else if (is (name, "injury"))
    text_into (r, v, "injury");
  else if (is (name, "severity"))
    tg_victim_set_severity (v, enum_text (r, TG_TYPE_SEVERITY));
  else if (is (name, "diedOn"))
    {
      text_into (r, v, "died-on");
      mark (r, MARK_DATE, tg_victim_get_died_on (v), l, FALSE);
    }
  else if (is (name, "experienceMonths"))
    {
      g_autofree char *months = text (r);
      tg_victim_set_experience_months (v, (int) g_ascii_strtoll (months, NULL, 10));
    }
  else if (is (name, "briefedOn"))
    text_into (r, v, "briefed-on");
  else if (is (name, "trainedOn"))
    text_into (r, v, "trained-on");
}

static void
check_victim_id (Reader     *r,
                 GHashTable *seen,
                 const char *id)
{
  if (id == NULL || g_hash_table_add (seen, g_strdup (id)))
    return;
  tg_xml_input_add_message (r->input, TG_EXCHANGE_SEVERITY_ERROR, line (r),
                            _("the victim id %s appears twice in this case; ids are "
                              "unique within a case"), id);
}

static void
read_victims (Reader *r)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  int depth = tg_xml_input_get_depth (r->input);

  while (tg_xml_input_next_child (r->input, depth))
    {
      g_autoptr(TgVictim) v = tg_victim_new ();
      int vdepth = tg_xml_input_get_depth (r->input);

      attribute_into (r, v, "id", "id");
      check_victim_id (r, seen, tg_victim_get_id (v));
      mark (r, MARK_ID, tg_victim_get_id (v), line (r), TRUE);
      while (tg_xml_input_next_child (r->input, vdepth))
        read_victim_field (r, v, tg_xml_input_get_name (r->input));
      g_list_store_append (tg_case_get_victims (r->in->kase), v);
    }
}

static void
read_commission (Reader          *r,
                 TgInvestigation *inv)
{
  g_autoptr(TgCommission) com = tg_commission_new ();
  int depth = tg_xml_input_get_depth (r->input);

  attribute_into (r, com, "orderNumber", "order-number");
  attribute_into (r, com, "orderDate", "order-date");
  while (tg_xml_input_next_child (r->input, depth))
    {
      g_autoptr(TgMember) m = tg_member_new ();
      int mdepth = tg_xml_input_get_depth (r->input);

      tg_member_set_role (m, enum_attribute (r, "role", TG_TYPE_ROLE));
      while (tg_xml_input_next_child (r->input, mdepth))
        {
          const char *name = tg_xml_input_get_name (r->input);

          if (is (name, "fullName"))
            text_into (r, m, "full-name");
          else if (is (name, "position"))
            text_into (r, m, "position");
          else if (is (name, "organization"))
            text_into (r, m, "organization");
          else if (is (name, "positionKk"))
            text_into (r, m, "position-kk");
          else if (is (name, "organizationKk"))
            text_into (r, m, "organization-kk");
        }
      g_list_store_append (tg_commission_get_members (com), m);
    }
  tg_investigation_set_commission (inv, com);
}

static void
read_extension (Reader          *r,
                TgInvestigation *inv)
{
  g_autoptr(TgExtension) e = tg_extension_new ();

  attribute_into (r, e, "granted", "granted");
  attribute_into (r, e, "newDue", "new-due");
  attribute_into (r, e, "grantedBy", "granted-by");
  attribute_into (r, e, "orderNumber", "order-number");
  text_into (r, e, "reason");
  g_list_store_append (tg_investigation_get_extensions (inv), e);
}

static void
read_findings (Reader          *r,
               TgInvestigation *inv)
{
  g_autoptr(TgFindings) f = tg_findings_new ();
  GPtrArray *lists[4];
  static const char * const list_names[3] = { "cause", "responsible", "violation" };
  int depth = tg_xml_input_get_depth (r->input);

  for (guint i = 0; i < 4; i++)
    lists[i] = g_ptr_array_new_with_free_func (g_free);
  while (tg_xml_input_next_child (r->input, depth))
    {
      const char *name = tg_xml_input_get_name (r->input);

      if (is (name, "workRelated"))
        tg_findings_set_work_related (f, boolean_text (r));
      else if (is (name, "notWorkRelatedGround"))
        tg_findings_set_ground (f, enum_text (r, TG_TYPE_GROUND));
      else if (is (name, "fault"))
        {
          g_autofree char *share = NULL;

          tg_findings_set_fault_employer (f, int_attribute (r, "employer"));
          tg_findings_set_fault_employee (f, int_attribute (r, "employee"));
          share = g_strdup_printf ("%d %%", tg_findings_get_fault_employer (f));
          mark (r, MARK_STATE, share, line (r), FALSE);
        }
      else if (is (name, "measure"))
        {
          g_autofree char *due = tg_xml_input_dup_attribute (r->input, "due");
          g_autofree char *what = text (r);

          g_ptr_array_add (lists[3], tg_findings_measure_join (due, what));
        }
      else if (is (name, "dissent"))
        {
          attribute_into (r, f, "member", "dissent-by");
          text_into (r, f, "dissent");
        }
      else
        for (guint i = 0; i < 3; i++)
          if (is (name, list_names[i]))
            g_ptr_array_add (lists[i], text (r));
    }
  for (guint i = 0; i < 4; i++)
    g_ptr_array_add (lists[i], NULL);
  tg_findings_set_causes (f, (const char * const *) lists[0]->pdata);
  tg_findings_set_responsible (f, (const char * const *) lists[1]->pdata);
  tg_findings_set_violations (f, (const char * const *) lists[2]->pdata);
  tg_findings_set_measures (f, (const char * const *) lists[3]->pdata);
  for (guint i = 0; i < 4; i++)
    g_ptr_array_unref (lists[i]);
  tg_investigation_set_findings (inv, f);
}

static void
read_investigation (Reader *r)
{
  g_autoptr(TgInvestigation) inv = tg_investigation_new ();
  int depth = tg_xml_input_get_depth (r->input);

  while (tg_xml_input_next_child (r->input, depth))
    {
      const char *name = tg_xml_input_get_name (r->input);

      if (is (name, "body"))
        tg_investigation_set_body (inv, enum_text (r, TG_TYPE_BODY));
      else if (is (name, "commission"))
        read_commission (r, inv);
      else if (is (name, "started"))
        text_into (r, inv, "started");
      else if (is (name, "due"))
        {
          r->in->due_given = TRUE;
          r->in->due_line = line (r);
          text_into (r, inv, "due");
        }
      else if (is (name, "extension"))
        read_extension (r, inv);
      else if (is (name, "findings"))
        read_findings (r, inv);
      else if (is (name, "act"))
        {
          attribute_into (r, inv, "number", "act-number");
          attribute_into (r, inv, "date", "act-date");
        }
    }
  tg_case_set_investigation (r->in->kase, inv);
}

static void
read_decision (Reader    *r,
               TgDispute *d)
{
  tg_dispute_set_outcome (d, enum_attribute (r, "outcome", TG_TYPE_OUTCOME));
  attribute_into (r, d, "date", "decided-on");
  attribute_into (r, d, "decidedBy", "decided-by");
  attribute_into (r, d, "number", "number");
  text_into (r, d, "reasoning");
}

static void
read_dispute (Reader *r)
{
  g_autoptr(TgDispute) d = tg_dispute_new ();
  int depth = tg_xml_input_get_depth (r->input);

  attribute_into (r, d, "id", "id");
  tg_dispute_set_filed_by (d, enum_attribute (r, "filedBy", TG_TYPE_PARTY));
  tg_dispute_set_subject (d, enum_attribute (r, "subject", TG_TYPE_DISPUTE_SUBJECT));
  attribute_into (r, d, "filed", "filed");
  attribute_into (r, d, "due", "due");
  tg_dispute_set_status (d, enum_attribute (r, "status", TG_TYPE_DISPUTE_STATUS));
  attribute_into (r, d, "applicant", "applicant");
  attribute_into (r, d, "victim", "victim");
  while (tg_xml_input_next_child (r->input, depth))
    {
      const char *name = tg_xml_input_get_name (r->input);

      if (is (name, "claim"))
        text_into (r, d, "claim");
      else if (is (name, "position"))
        {
          g_autoptr(TgPosition) p = tg_position_new ();
          attribute_into (r, p, "party", "party");
          text_into (r, p, "text");
          g_list_store_append (tg_dispute_get_positions (d), p);
        }
      else if (is (name, "decision"))
        read_decision (r, d);
      else if (is (name, "appeal"))
        {
          attribute_into (r, d, "court", "appeal-court");
          attribute_into (r, d, "filed", "appeal-filed");
          attribute_into (r, d, "result", "appeal-result");
        }
    }
  g_list_store_append (tg_case_get_disputes (r->in->kase), d);
}

/* A request without an id is named by its place, as the store names one
 * that a person adds. */
static void
read_request (Reader *r,
              guint   pos)
{
  g_autoptr(TgInfoRequest) q = tg_info_request_new ();
  g_autofree char *id = tg_xml_input_dup_attribute (r->input, "id");
  g_autofree char *blocking = tg_xml_input_dup_attribute (r->input, "blocking");
  int depth = tg_xml_input_get_depth (r->input);

  if (id == NULL)
    id = g_strdup_printf ("r%u", pos + 1);
  tg_info_request_set_id (q, id);
  attribute_into (r, q, "to", "addressee");
  attribute_into (r, q, "sent", "sent");
  attribute_into (r, q, "due", "due");
  attribute_into (r, q, "answered", "answered");
  attribute_into (r, q, "toKk", "addressee-kk");
  attribute_into (r, q, "number", "number");
  tg_info_request_set_blocking (q, g_strcmp0 (blocking, "true") == 0);
  while (tg_xml_input_next_child (r->input, depth))
    {
      const char *name = tg_xml_input_get_name (r->input);

      if (is (name, "subject"))
        text_into (r, q, "subject");
      else if (is (name, "answer"))
        text_into (r, q, "answer");
    }
  g_list_store_append (tg_case_get_requests (r->in->kase), q);
}

/* A document without an id is named by its content's hash: the same file
 * sent twice is one document, and changed content is another one.  (The
 * writer leaves such a name out, and this gives it back.) */
static char *
document_id (TgCase     *kase,
             const char *sha256)
{
  GListModel *docs = G_LIST_MODEL (tg_case_get_documents (kase));
  char *id = g_ascii_strdown (sha256, -1);

  for (guint n = 2;; n++)
    {
      gboolean taken = FALSE;

      for (guint i = 0; i < g_list_model_get_n_items (docs) && !taken; i++)
        {
          g_autoptr(TgCaseDocument) d = g_list_model_get_item (docs, i);
          taken = g_strcmp0 (tg_case_document_get_id (d), id) == 0;
        }
      if (!taken)
        return id;
      g_free (id);
      id = g_strdup_printf ("%.64s-%u", sha256, n);
    }
}

static void
read_document (Reader *r)
{
  g_autoptr(TgCaseDocument) d = tg_case_document_new ();
  g_autoptr(TgContentSpool) spool = NULL;
  g_autofree char *actual = NULL;
  g_autofree char *declared = NULL;
  g_autofree char *id = NULL;
  goffset offset = 0;
  gsize size = 0;
  guint l = line (r);

  id = tg_xml_input_dup_attribute (r->input, "id");
  attribute_into (r, d, "title", "title");
  attribute_into (r, d, "fileName", "file-name");
  attribute_into (r, d, "mediaType", "media-type");
  declared = tg_xml_input_dup_attribute (r->input, "sha256");
  /* The content stays in the input's spool: the store copies it from
   * there, and no document is ever whole in memory. */
  if (!tg_xml_input_read_document (r->input, TG_XML_INPUT_MAX_DOCUMENT_SIZE,
                                   &spool, &offset, &size, &actual) ||
      declared == NULL)
    return;
  if (g_ascii_strcasecmp (actual, declared) != 0)
    tg_xml_input_add_message (r->input, TG_EXCHANGE_SEVERITY_ERROR, l,
                              _("document “%s”: the content's SHA-256 is %s, "
                                "not %s as the file says; the document was "
                                "damaged or replaced: send it again"),
                              tg_case_document_get_title (d), actual, declared);
  if (id == NULL)
    id = document_id (r->in->kase, actual);
  tg_case_document_set_id (d, id);
  tg_case_document_set_sha256 (d, actual);
  tg_case_document_set_size (d, size);
  tg_case_document_set_spooled (d, spool, offset);
  g_list_store_append (tg_case_get_documents (r->in->kase), d);
}

static void
read_event (Reader *r)
{
  g_autoptr(TgHistoryEntry) h = tg_history_entry_new ();

  attribute_into (r, h, "at", "at");
  attribute_into (r, h, "actor", "actor");
  attribute_into (r, h, "action", "action");
  text_into (r, h, "details");
  g_list_store_append (tg_case_get_history (r->in->kase), h);
}

/* The items of a list element (disputes, requests, documents, history). */
static void
read_list (Reader     *r,
           const char *name)
{
  int depth = tg_xml_input_get_depth (r->input);
  guint pos = 0;

  while (tg_xml_input_next_child (r->input, depth))
    if (is (name, "disputes"))
      read_dispute (r);
    else if (is (name, "requests"))
      read_request (r, pos++);
    else if (is (name, "documents"))
      read_document (r);
    else if (is (name, "history"))
      read_event (r);
}

static void
read_number (Reader *r)
{
  guint l = line (r);

  text_into (r, r->in->kase, "number");
  r->in->number_line = l;
  mark (r, MARK_ID, tg_case_get_number (r->in->kase), l, FALSE);
  if (tg_case_get_number (r->in->kase) != NULL)
    tg_xml_input_set_case_label (r->input, tg_case_get_number (r->in->kase));
}

static void
read_child (Reader     *r,
            const char *name)
{
  TgCase *kase = r->in->kase;
  guint l = line (r);

  if (is (name, "number"))
    read_number (r);
  else if (is (name, "region"))
    {
      text_into (r, kase, "region");
      mark (r, MARK_STATE, tg_case_get_region (kase), l, TRUE);
    }
  else if (is (name, "state"))
    {
      tg_case_set_state (kase, enum_text (r, TG_TYPE_STATE));
      mark (r, MARK_STATE, tg_enum_to_nick (TG_TYPE_STATE, tg_case_get_state (kase)), l, FALSE);
    }
  else if (is (name, "employer"))
    read_employer (r);
  else if (is (name, "accident"))
    read_accident (r);
  else if (is (name, "victims"))
    read_victims (r);
  else if (is (name, "investigation"))
    read_investigation (r);
  else
    read_list (r, name);
}

TgExchangeIncoming *
_tg_exchange_read_case (TgXmlInput *input)
{
  Reader r = { input, g_new0 (TgExchangeIncoming, 1) };
  g_autofree char *id = tg_xml_input_dup_attribute (input, "id");
  g_autofree char *revision = tg_xml_input_dup_attribute (input, "revision");
  g_autofree char *base = tg_xml_input_dup_attribute (input, "baseRevision");
  int depth = tg_xml_input_get_depth (input);

  r.in->kase = tg_case_new ();
  r.in->line = tg_xml_input_get_line (input);
  r.in->marks = g_array_new (FALSE, FALSE, sizeof (TgExchangeMark));
  g_array_set_clear_func (r.in->marks, mark_clear);
  if (id != NULL)
    {
      g_autofree char *lower = g_ascii_strdown (id, -1);
      tg_case_set_id (r.in->kase, lower);
    }
  tg_case_set_revision (r.in->kase, revision ? g_ascii_strtoll (revision, NULL, 10) : 0);
  r.in->base_revision = base ? g_ascii_strtoll (base, NULL, 10) : 0;
  while (tg_xml_input_next_child (input, depth))
    read_child (&r, tg_xml_input_get_name (input));
  return r.in;
}
