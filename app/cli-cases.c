/* cli-cases.c — init, list, show, transition, verify, settings
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tergeu-cli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "tergeu-cli.h"
#include "tg-store-backup.h"
#include "tg-store-copy.h"
#include "tg-demo.h"
#include "tg-case-document.h"
#include "tg-dispute.h"
#include "tg-extension.h"
#include "tg-dates.h"
#include "tg-field-labels.h"
#include "tg-history-entry.h"
#include "tg-history-render.h"
#include "tg-info-request.h"
#include "tg-legal-form.h"
#include "tg-member.h"
#include "tg-pg-dump.h"
#include "tg-position.h"
#include "tg-regions.h"
#include "tg-rules.h"
#include "tg-victim.h"

int
cli_init (int    argc,
          char **argv)
{
  g_autoptr(TgStore) store = NULL;

  if (!cli_parse (&argc, &argv, "init", NULL, _("Create the database if it does not exist."), NULL, 0, 0))
    return CLI_USAGE;
  store = cli_open_store ();
  if (store == NULL)
    return CLI_REFUSED;
  g_printerr (_("Database ready: %s\n"), tg_store_get_path (store));
  return CLI_OK;
}

/* A control character (C0, DEL, C1) at @p, and its length in bytes; 0
 * when there is none. */
static gsize
control_at (const char *p)
{
  const guchar *u = (const guchar *) p;

  if (*u < 0x20 || *u == 0x7f)
    return 1;
  if (u[0] == 0xc2 && u[1] >= 0x80 && u[1] <= 0x9f)
    return 2;
  return 0;
}

/* Tabs and newlines inside a field would break the line format, and other
 * control characters would reach the terminal: each becomes a space. */
static void
put_field (GString    *line,
           const char *text)
{
  for (const char *p = text; p != NULL && *p; p++)
    {
      gsize n = control_at (p);

      g_string_append_c (line, n > 0 ? ' ' : *p);
      if (n == 2)
        p++;
    }
}

/* `show` is for people, on a terminal: a control character a text holds
 * (stored before they were refused) is shown, not obeyed — an escape
 * sequence would recolour or rewrite the screen (issue 16). */
static void
print_escaped (const char *text)
{
  g_autoptr(GString) out = g_string_sized_new (strlen (text) + 16);

  for (const char *p = text; *p != '\0'; p++)
    {
      gsize n = *p == '\n' || *p == '\t' ? 0 : control_at (p);

      if (n == 1)
        g_string_append_printf (out, "\\x%02X", (guchar) *p);
      else if (n == 2)
        g_string_append_printf (out, "\\u%04X", (guchar) p[1]);
      else
        g_string_append_c (out, *p);
      if (n == 2)
        p++;
    }
  fputs (out->str, stdout);
}

static gboolean
print_row (TgCaseSummary *s,
           gpointer       user_data)
{
  GString *line = user_data;

  g_string_truncate (line, 0);
  put_field (line, s->number);
  g_string_append_c (line, '\t');
  put_field (line, tg_enum_to_nick (TG_TYPE_STATE, s->state));
  g_string_append_c (line, '\t');
  put_field (line, s->employer);
  g_string_append_c (line, '\t');
  put_field (line, s->region);
  g_string_append_printf (line, "\t%u\t%u\t", s->n_victims, s->n_deaths);
  put_field (line, s->deadline);
  g_string_append_c (line, '\n');
  return fwrite (line->str, 1, line->len, stdout) == line->len;
}

int
cli_list (int    argc,
          char **argv)
{
  g_autofree char *state = NULL;
  g_autofree char *region = NULL;
  g_autofree char *search = NULL;
  gboolean overdue = FALSE;
  int limit = 0;
  int offset = 0;
  const GOptionEntry entries[] = {
    { "state", 0, 0, G_OPTION_ARG_STRING, &state, N_("Only cases in this state (e.g. local-investigation)"), N_("STATE") },
    { "region", 0, 0, G_OPTION_ARG_STRING, &region, N_("Only cases of this region code"), N_("RR") },
    { "overdue", 0, 0, G_OPTION_ARG_NONE, &overdue, N_("Only cases past their deadline"), NULL },
    { "search", 0, 0, G_OPTION_ARG_STRING, &search, N_("Only cases matching these words"), N_("TEXT") },
    { "limit", 0, 0, G_OPTION_ARG_INT, &limit, N_("Show at most N cases (default: all)"), N_("N") },
    { "offset", 0, 0, G_OPTION_ARG_INT, &offset, N_("Skip the first M cases of the list"), N_("M") },
    { NULL }
  };
  TgCaseQuery query = TG_CASE_QUERY_INIT;
  g_autoptr(TgStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) line = g_string_new (NULL);

  if (!cli_parse (&argc, &argv, "list", NULL, _("List cases: number, state, employer, region, victims, deaths, due date."), entries, 0, 0))
    return CLI_USAGE;
  if (state != NULL && !tg_enum_from_nick (TG_TYPE_STATE, state, &query.state))
    {
      g_autofree char *nicks = tg_enum_list_nicks (TG_TYPE_STATE);
      g_printerr (_("tergeu-cli list: unknown state “%s”; one of: %s\n"), state, nicks);
      return CLI_USAGE;
    }
  if (region != NULL && tg_region_lookup (region) == NULL)
    {
      g_printerr (_("tergeu-cli list: unknown region code “%s” (01–21)\n"), region);
      return CLI_USAGE;
    }
  if (limit < 0 || offset < 0)
    {
      g_printerr (_("tergeu-cli list: --limit and --offset take a number of cases, 0 or more\n"));
      return CLI_USAGE;
    }
  query.region = region;
  query.overdue = overdue;
  query.search = search;

  store = cli_open_store ();
  if (store == NULL)
    return CLI_REFUSED;
  if (!tg_store_foreach_case_page (store, &query, offset, limit, print_row, line, &error))
    return cli_fail_error (error);
  return fflush (stdout) == 0 ? CLI_OK : CLI_REFUSED;
}

/* --------------------------------------------------------------- show */

/* Labels are padded by characters, not bytes: printf's width counts
 * bytes, and a Kazakh or Russian letter takes two. */
#define LABEL_WIDTH 28

static void
field (const char *label,
       const char *value)
{
  glong n = g_utf8_strlen (label, -1);

  if (value != NULL && *value != '\0')
    g_print ("  %s%*s %s\n", label, (int) MAX (LABEL_WIDTH - n, 0), "", value);
}

static void
show_victims (TgCase *kase)
{
  GListModel *list = G_LIST_MODEL (tg_case_get_victims (kase));

  g_print ("\n%s\n", _("Victims"));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(TgVictim) v = g_list_model_get_item (list, i);

      g_print ("  %s  %s, %s %s, %s\n", tg_victim_get_id (v), tg_victim_get_full_name (v),
               _("IIN"), tg_victim_get_iin (v), tg_severity_label (tg_victim_get_severity (v)));
      field (_("Born"), tg_victim_get_birth_date (v));
      field (_("Occupation"), tg_victim_get_occupation (v));
      field (_("Injury"), tg_victim_get_injury (v));
      field (_("Died on"), tg_victim_get_died_on (v));
      if (tg_victim_get_experience_months (v) >= 0)
        {
          g_autofree char *months = g_strdup_printf ("%d", tg_victim_get_experience_months (v));
          field (_("Service in the occupation, months"), months);
        }
      field (_("Last safety briefing"), tg_victim_get_briefed_on (v));
      field (_("Last safety training"), tg_victim_get_trained_on (v));
    }
}

/* "Name — position, organization", leaving out what is not known. */
static char *
member_text (TgMember *m)
{
  const char *name = tg_member_get_full_name (m);
  const char *position = tg_member_get_position (m);
  const char *organization = tg_member_get_organization (m);
  GString *s = g_string_new (name);

  if (position != NULL || organization != NULL)
    g_string_append (s, " —");
  if (position != NULL)
    g_string_append_printf (s, " %s%s", position, organization != NULL ? "," : "");
  if (organization != NULL)
    g_string_append_printf (s, " %s", organization);
  return g_string_free (s, FALSE);
}

static void
show_investigation (TgCase *kase)
{
  TgInvestigation *inv = tg_case_get_investigation (kase);
  TgCommission *com = tg_investigation_get_commission (inv);
  TgFindings *f = tg_investigation_get_findings (inv);
  GListModel *ext = G_LIST_MODEL (tg_investigation_get_extensions (inv));

  g_print ("\n%s\n", _("Investigation"));
  field (_("Body"), tg_body_label (tg_investigation_get_body (inv)));
  field (_("Started"), tg_investigation_get_started (inv));
  field (_("Due"), tg_investigation_get_due (inv));
  for (guint i = 0; i < g_list_model_get_n_items (ext); i++)
    {
      g_autoptr(TgExtension) e = g_list_model_get_item (ext, i);
      g_autofree char *text = g_strdup_printf (_("to %s, granted %s by %s: %s"),
                                               tg_extension_get_new_due (e), tg_extension_get_granted (e),
                                               tg_extension_get_granted_by (e), tg_extension_get_reason (e));
      field (_("Extension"), text);
    }
  if (com != NULL)
    {
      GListModel *members = G_LIST_MODEL (tg_commission_get_members (com));
      field (_("Order number"), tg_commission_get_order_number (com));
      field (_("Order date"), tg_commission_get_order_date (com));
      /* Members are named by their position from 1 (member edit CASE 2). */
      for (guint i = 0; i < g_list_model_get_n_items (members); i++)
        {
          g_autoptr(TgMember) m = g_list_model_get_item (members, i);
          g_autofree char *label = g_strdup_printf ("%u. %s", i + 1, tg_role_label (tg_member_get_role (m)));
          g_autofree char *text = member_text (m);
          field (label, text);
          if (tg_member_get_position_kk (m) != NULL || tg_member_get_organization_kk (m) != NULL)
            {
              g_autofree char *kk = g_strjoin (", ", tg_member_get_position_kk (m) ? tg_member_get_position_kk (m) : "—",
                                               tg_member_get_organization_kk (m) ? tg_member_get_organization_kk (m) : "—",
                                               NULL);
              field (_("In Kazakh"), kk);
            }
        }
    }
  if (f != NULL)
    {
      g_autofree char *causes = tg_findings_get_causes (f) ? g_strjoinv ("; ", (char **) tg_findings_get_causes (f)) : NULL;
      g_autofree char *resp = tg_findings_get_responsible (f) ? g_strjoinv ("; ", (char **) tg_findings_get_responsible (f)) : NULL;
      g_autofree char *viol = tg_findings_get_violations (f) ? g_strjoinv ("; ", (char **) tg_findings_get_violations (f)) : NULL;
      g_autofree char *fault = tg_findings_get_fault_employer (f) >= 0
        ? g_strdup_printf (_("employer %d %%, employee %d %%"), tg_findings_get_fault_employer (f), tg_findings_get_fault_employee (f))
        : NULL;
      field (_("Work-related"), tg_findings_get_work_related (f) ? _("yes") : tg_ground_label (tg_findings_get_ground (f)));
      field (_("Causes"), causes);
      field (_("Responsible"), resp);
      field (_("Violations"), viol);
      field (_("Fault"), fault);
      for (guint i = 0; tg_findings_get_measures (f) != NULL && tg_findings_get_measures (f)[i] != NULL; i++)
        field (_("Measure"), tg_findings_get_measures (f)[i]);
      if (tg_findings_get_dissent (f) != NULL)
        {
          g_autofree char *dissent = g_strdup_printf ("%s: %s", tg_findings_get_dissent_by (f) ? tg_findings_get_dissent_by (f) : "—",
                                                      tg_findings_get_dissent (f));
          field (_("Dissenting opinion"), dissent);
        }
    }
  field (_("Act number"), tg_investigation_get_act_number (inv));
  field (_("Act date"), tg_investigation_get_act_date (inv));
}

static void
show_disputes_and_requests (TgCase *kase)
{
  GListModel *disputes = G_LIST_MODEL (tg_case_get_disputes (kase));
  GListModel *requests = G_LIST_MODEL (tg_case_get_requests (kase));
  GListModel *documents = G_LIST_MODEL (tg_case_get_documents (kase));

  for (guint i = 0; i < g_list_model_get_n_items (disputes); i++)
    {
      g_autoptr(TgDispute) d = g_list_model_get_item (disputes, i);
      GListModel *positions = G_LIST_MODEL (tg_dispute_get_positions (d));

      g_print ("\n%s %s\n", _("Dispute"), tg_dispute_get_id (d));
      field (_("Filed by"), tg_party_label (tg_dispute_get_filed_by (d)));
      field (_("Applicant"), tg_dispute_get_applicant (d));
      field (_("Victim"), tg_dispute_get_victim (d));
      field (_("Subject"), tg_dispute_subject_label (tg_dispute_get_subject (d)));
      field (_("Filed"), tg_dispute_get_filed (d));
      field (_("Status"), tg_dispute_status_label (tg_dispute_get_status (d)));
      field (_("Due"), tg_dispute_get_due (d));
      field (_("Claim"), tg_dispute_get_claim (d));
      for (guint j = 0; j < g_list_model_get_n_items (positions); j++)
        {
          g_autoptr(TgPosition) p = g_list_model_get_item (positions, j);
          int party;

          /* The party is stored by its nick; people read its name. */
          if (tg_enum_from_nick (TG_TYPE_PARTY, tg_position_get_party (p), &party))
            field (tg_party_label (party), tg_position_get_text (p));
          else
            field (tg_position_get_party (p), tg_position_get_text (p));
        }
      if (tg_dispute_get_outcome (d) != TG_OUTCOME_NONE)
        field (_("Decision"), tg_outcome_label (tg_dispute_get_outcome (d)));
      field (_("Decided on"), tg_dispute_get_decided_on (d));
      field (_("Decided by"), tg_dispute_get_decided_by (d));
      field (_("Number of the decision"), tg_dispute_get_number (d));
      field (_("Reasoning"), tg_dispute_get_reasoning (d));
      field (_("Appeal court"), tg_dispute_get_appeal_court (d));
      field (_("Appeal lodged"), tg_dispute_get_appeal_filed (d));
      field (_("Appeal result"), tg_dispute_get_appeal_result (d));
    }
  for (guint i = 0; i < g_list_model_get_n_items (requests); i++)
    {
      g_autoptr(TgInfoRequest) r = g_list_model_get_item (requests, i);

      g_print ("\n%s %s\n", _("Information request"), tg_info_request_get_id (r) ? tg_info_request_get_id (r) : "");
      field (_("To"), tg_info_request_get_addressee (r));
      field (_("To, in Kazakh"), tg_info_request_get_addressee_kk (r));
      field (_("Outgoing number"), tg_info_request_get_number (r));
      field (_("Subject"), tg_info_request_get_subject (r));
      field (_("Sent"), tg_info_request_get_sent (r));
      field (_("Due"), tg_info_request_get_due (r));
      if (tg_info_request_get_blocking (r))
        field (_("Closing waits for the answer"), _("yes"));
      field (_("Answered"), tg_info_request_get_answered (r));
      field (_("Answer"), tg_info_request_get_answer (r));
    }
  if (g_list_model_get_n_items (documents) > 0)
    g_print ("\n%s\n", _("Documents"));
  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(TgCaseDocument) d = g_list_model_get_item (documents, i);
      g_print ("  %s  %s (%s, %" G_GINT64_FORMAT " B, SHA-256 %s)\n", tg_case_document_get_id (d),
               tg_case_document_get_title (d), tg_case_document_get_file_name (d),
               tg_case_document_get_size (d), tg_case_document_get_sha256 (d));
    }
}

/* @text followed by spaces up to @width letters. */
static char *
pad (const char *text,
     glong       width)
{
  glong n = g_utf8_strlen (text, -1);

  return g_strdup_printf ("%s%*s", text, (int) MAX (width - n, 0), "");
}

#define ACTOR_WIDTH 14

/* Each entry in words (tg-history-render.h): when, who, what; then its
 * details under the title, one a line. */
static void
show_history (TgCase *kase)
{
  GListModel *list = G_LIST_MODEL (tg_case_get_history (kase));

  g_print ("\n%s\n", _("History"));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(TgHistoryEntry) h = g_list_model_get_item (list, i);
      g_autoptr(TgHistoryText) text = tg_history_render (h, kase, NULL);
      g_autofree char *date = tg_date_dup_shown (tg_history_entry_get_at (h));
      g_autofree char *at = pad (date != NULL ? date : tg_history_entry_get_at (h), 16);
      g_autofree char *who = pad (tg_history_entry_get_actor (h) ? tg_history_entry_get_actor (h) : "", ACTOR_WIDTH);
      g_autofree char *indent = g_strdup_printf ("\n%*s", (int) (2 + g_utf8_strlen (at, -1) + 2 + g_utf8_strlen (who, -1) + 1), "");

      g_print ("  %s  %s %s\n", at, who, text->title);
      for (guint j = 0; text->lines[j] != NULL; j++)
        {
          g_auto(GStrv) parts = g_strsplit (text->lines[j], "\n", -1);
          g_autofree char *line = g_strjoinv (indent, parts);

          g_print ("%s%s\n", indent + 1, line);
        }
    }
}

int
cli_show (int    argc,
          char **argv)
{
  g_autoptr(TgStore) store = NULL;
  g_autoptr(TgCase) kase = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *klass_text = NULL;
  g_autofree char *revision = NULL;
  g_autofree char *registered = NULL;
  g_autofree char *form_text = NULL;
  const TgLegalForm *form;
  TgClassification k;
  TgEmployer *emp;
  const TgRegion *region;
  GPrintFunc saved;

  if (!cli_parse (&argc, &argv, "show", _("ID-or-NUMBER"), _("Show everything about a case, history included."), NULL, 1, 1))
    return CLI_USAGE;
  store = cli_open_store ();
  if (store == NULL)
    return CLI_REFUSED;
  kase = tg_store_load_case (store, argv[1], &error);
  if (kase == NULL)
    return cli_fail_error (error);

  saved = g_set_print_handler (print_escaped);
  tg_classify (kase, &k);
  klass_text = tg_classification_describe (&k);
  revision = g_strdup_printf ("%" G_GINT64_FORMAT, tg_case_get_revision (kase));
  region = tg_region_lookup (tg_case_get_region (kase));
  emp = tg_case_get_employer (kase);
  form = tg_legal_form_lookup (tg_employer_get_legal_form (emp));
  /* the name as registered, "ТОО «Сарыарка Көмір»" */
  registered = tg_legal_form_join_ru (form, tg_employer_get_name (emp));
  if (form != NULL)
    form_text = g_strdup_printf ("%s / %s", form->ru, form->kk);

  g_print ("%s %s\n", _("Case"), tg_case_get_number (kase));
  field ("UUID", tg_case_get_id (kase));
  field (_("Revision"), revision);
  field (_("State"), tg_state_label (tg_case_get_state (kase)));
  if (tg_case_get_deleted (kase))
    field (_("Removed"), _("yes"));
  field (_("Region"), region ? tg_region_name (region) : tg_case_get_region (kase));
  field (_("Classification"), klass_text);
  field (_("Why"), tg_classification_reason (&k));
  field (_("Registered"), tg_case_get_registered_at (kase));
  g_print ("\n%s\n", _("Employer"));
  field (_("Name"), registered);
  field (_("Legal form"), form != NULL ? form_text : NULL);
  field (_("Name in Kazakh"), tg_employer_get_name_kk (emp));
  field (_("BIN"), tg_employer_get_bin (emp));
  field (_("Activity (OKED)"), tg_employer_get_activity (emp));
  field (_("Address"), tg_employer_get_address (emp));
  g_print ("\n%s\n", _("Accident"));
  field (_("Occurred"), tg_case_get_occurred (kase));
  field (_("Reported"), tg_case_get_reported (kase));
  field (_("Place"), tg_case_get_place (kase));
  field (_("Place in Kazakh"), tg_case_get_place_kk (kase));
  field (_("Circumstances"), tg_case_get_circumstances (kase));
  if (tg_case_get_hazardous_facility (kase))
    field (_("Hazardous facility"), _("yes"));
  if (tg_case_get_group_poisoning (kase))
    field (_("Acute group poisoning"), _("yes"));
  show_victims (kase);
  show_investigation (kase);
  show_disputes_and_requests (kase);
  show_history (kase);
  g_set_print_handler (saved);
  return CLI_OK;
}

/* The command the action is, with --reason when the command takes one. */
static GVariant *
transition_params (const char *name,
                   const char *reason)
{
  guint n;
  const TgParamSpec *params = tg_command_get_params (name, &n);
  GVariantDict dict;

  g_variant_dict_init (&dict, NULL);
  for (guint i = 0; i < n && reason != NULL; i++)
    if (g_str_equal (params[i].key, "reason"))
      g_variant_dict_insert (&dict, "reason", "s", reason);
  return g_variant_ref_sink (g_variant_dict_end (&dict));
}

int
cli_transition (int    argc,
                char **argv)
{
  g_autofree char *reason = NULL;
  const GOptionEntry entries[] = {
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason, N_("Why (required for reopen, reinvestigate, refer by hand)"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(TgStore) store = NULL;
  g_autoptr(TgCase) kase = NULL;
  g_autoptr(GVariant) params = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(TgCommandOutcome) outcome = { FALSE, NULL, -1 };
  const char *name;
  int action;

  if (!cli_parse (&argc, &argv, "transition", _("ID-or-NUMBER ACTION"), _("Apply a named action to a case."), entries, 2, 2))
    return CLI_USAGE;
  if (!tg_enum_from_nick (TG_TYPE_ACTION, argv[2], &action))
    {
      g_autofree char *nicks = tg_enum_list_nicks (TG_TYPE_ACTION);
      g_printerr (_("tergeu-cli transition: unknown action “%s”; one of: %s\n"), argv[2], nicks);
      return CLI_USAGE;
    }
  store = cli_open_store ();
  if (store == NULL)
    return CLI_REFUSED;
  name = tg_command_for_action (action);
  params = transition_params (name, reason);
  kase = tg_command_run (store, argv[1], -1, name, params, &outcome, &error);
  if (kase == NULL)
    return cli_command_refused (argv[1], error);
  return cli_command_done (name, kase, &outcome);
}

int
cli_verify (int    argc,
            char **argv)
{
  g_autoptr(TgStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  guint unchecked = 0;

  if (!cli_parse (&argc, &argv, "verify", NULL, _("Check every case history chain, every case's contents against its history, and the database's integrity."), NULL, 0, 0))
    return CLI_USAGE;
  store = cli_open_store ();
  if (store == NULL)
    return CLI_REFUSED;
  if (!tg_store_verify_full (store, problems, &unchecked, &error) && error != NULL)
    return cli_fail_error (error);
  for (guint i = 0; i < problems->len; i++)
    g_printerr ("%s\n", (char *) g_ptr_array_index (problems, i));
  if (problems->len > 0)
    {
      g_printerr (g_dngettext (GETTEXT_PACKAGE, "%u problem found.\n", "%u problems found.\n", problems->len),
                  problems->len);
      return CLI_REFUSED;
    }
  if (unchecked > 0)
    g_printerr (g_dngettext (GETTEXT_PACKAGE,
                             "%u case was last changed before Tergeu recorded the contents of cases in their history: its history is verified, its contents will be from its next change on.\n",
                             "%u cases were last changed before Tergeu recorded the contents of cases in their history: their histories are verified, their contents will be from their next change on.\n",
                             unchecked),
                unchecked);
  g_printerr (_("All history chains verified; the database is intact.\n"));
  return CLI_OK;
}

/* Every entry of the dated settings (all keys, or @only), oldest first,
 * with the source of a shipped one. */
static void
print_dated_history (TgStore    *store,
                     const char *only)
{
  g_autoptr(TgDatedSettings) dated = tg_store_dup_dated_settings (store);
  g_autoptr(GPtrArray) entries = tg_dated_settings_list (dated, only);

  for (guint i = 0; i < entries->len; i++)
    {
      const TgDatedEntry *e = g_ptr_array_index (entries, i);

      g_print ("%s\t%s\t%s\t%s\n", e->key, e->valid_from, e->value != NULL ? e->value : "",
               e->source != NULL ? e->source : _("set by the user"));
    }
}

int
cli_settings (int    argc,
              char **argv)
{
  g_autofree char *from = NULL;
  gboolean history = FALSE;
  const GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &from,
      N_("For a dated setting (names, chairman, city): the day the new value is in force from (default: today)"), N_("YYYY-MM-DD") },
    { "history", 0, 0, G_OPTION_ARG_NONE, &history,
      N_("Print every entry of the dated settings with the day it is in force from and its source"), NULL },
    { NULL }
  };
  g_autoptr(TgStore) store = NULL;
  g_autoptr(GError) error = NULL;
  const char * const *keys = tg_store_setting_keys ();

  if (!cli_parse (&argc, &argv, "settings", _("[KEY [VALUE]]"),
                  _("Without arguments, print every setting; with KEY, its value; with KEY VALUE, change it. "
                    "The names, the chairman and the city are dated: a document prints the value in force on its own date."),
                  entries, 0, 2))
    return CLI_USAGE;
  if (argc >= 2 && !g_strv_contains (keys, argv[1]))
    {
      g_autofree char *all = g_strjoinv (", ", (char **) keys);
      g_printerr (_("tergeu-cli settings: unknown key “%s”; one of: %s\n"), argv[1], all);
      return CLI_USAGE;
    }
  if (from != NULL && argc != 3)
    {
      g_printerr (_("tergeu-cli settings: --from needs a KEY and a VALUE\n"));
      return CLI_USAGE;
    }
  store = cli_open_store ();
  if (store == NULL)
    return CLI_REFUSED;
  if (argc == 3)
    {
      gboolean done = from != NULL
        ? tg_store_set_setting_from (store, argv[1], from, argv[2], &error)
        : tg_store_set_setting (store, argv[1], argv[2], &error);
      return done ? CLI_OK : cli_fail_error (error);
    }
  if (history)
    {
      print_dated_history (store, argc >= 2 ? argv[1] : NULL);
      return CLI_OK;
    }
  for (guint i = 0; keys[i] != NULL; i++)
    if (argc < 2 || g_str_equal (keys[i], argv[1]))
      {
        g_autofree char *value = tg_store_dup_setting (store, keys[i]);
        if (argc < 2)
          g_print ("%s\t%s\n", keys[i], value ? value : "");
        else
          g_print ("%s\n", value ? value : "");
      }
  return CLI_OK;
}

/* An office server is backed up by the server's own tools; asked for a
 * file, pg_dump writes it. */
static int
backup_server (const char *conninfo,
               const char *output)
{
  g_autoptr(GError) error = NULL;

  if (output == NULL)
    {
      g_printerr (_("tergeu-cli backup: the office server's database is backed up on the server, by its administrator (pg_dump, or the server's own backups), not beside a file. To take a copy now, name it: “tergeu-cli backup --db … --output FILE” runs pg_dump, and pg_restore brings it back.\n"));
      return CLI_REFUSED;
    }
  if (!tg_pg_dump (conninfo, output, &error))
    return cli_fail_error (error);
  g_print ("%s\n", output);
  return CLI_OK;
}

int
cli_backup (int    argc,
            char **argv)
{
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Where to write the backup (default: an automatic one beside the database)"), N_("FILE") },
    { NULL }
  };
  g_autoptr(TgStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *made = NULL;

  if (!cli_parse (&argc, &argv, "backup", NULL, _("Copy the database consistently, even while the application has it open."), entries, 0, 0))
    return CLI_USAGE;
  if (cli_db_option () != NULL && tg_store_location_kind (cli_db_option ()) == TG_STORE_LOCATION_SERVER)
    return backup_server (cli_db_option (), output);
  store = cli_open_store ();
  if (store == NULL)
    return CLI_REFUSED;
  if (output != NULL)
    made = tg_backup_create (tg_store_get_path (store), output, &error) ? g_strdup (output) : NULL;
  else
    made = tg_backup_rotate (tg_store_get_path (store), "manual", TG_BACKUP_KEEP_DEFAULT, &error);
  if (made == NULL)
    return cli_fail_error (error);
  g_print ("%s\n", made);
  return CLI_OK;
}

int
cli_restore (int    argc,
             char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *db = NULL;

  if (!cli_parse (&argc, &argv, "restore", _("BACKUP"),
                  _("Check a backup and put it in place of the database; the current file is kept beside it. Close the application first."),
                  NULL, 1, 1))
    return CLI_USAGE;
  db = cli_db_path ();
  if (tg_store_location_kind (db) == TG_STORE_LOCATION_SERVER)
    {
      g_printerr (_("tergeu-cli restore: an office server's database is restored on the server, by its administrator, with pg_restore (for a copy made by “tergeu-cli backup --output FILE”: pg_restore --clean --dbname=DATABASE FILE). Nothing was changed.\n"));
      return CLI_REFUSED;
    }
  if (!tg_backup_restore (db, argv[1], &kept, &error))
    return cli_fail_error (error);
  g_printerr (_("Restored %s from %s; the previous file is kept as %s.\n"), db, argv[1], kept ? kept : "—");
  return CLI_OK;
}

static void
copy_progress (const char *table,
               guint64     n_rows,
               gpointer    user_data)
{
  g_printerr ("%s: %" G_GUINT64_FORMAT "\n", table, n_rows);
}

/* Issue 17: a desk's file to the office server, or back, with every
 * history chain as it was; the destination is verified before the command
 * says it is done. */
int
cli_copy (int    argc,
          char **argv)
{
  g_autofree char *from_location = NULL;
  g_autofree char *to_location = NULL;
  const GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_FILENAME, &from_location, N_("The database to copy: a file or an office server (postgresql://…)"), N_("LOCATION") },
    { "to", 0, 0, G_OPTION_ARG_FILENAME, &to_location, N_("A new database: a file not there yet, or a server just set up with “tergeu-cli server init”"), N_("LOCATION") },
    { NULL }
  };
  g_autoptr(TgStore) from = NULL;
  g_autoptr(TgStore) to = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *shown = NULL;
  guint64 n_cases = 0;

  if (!cli_parse (&argc, &argv, "copy", NULL,
                  _("Copy every case with its history, the exchange log, settings and calendar into a new database, then verify it there."),
                  entries, 0, 0))
    return CLI_USAGE;
  if (from_location == NULL || to_location == NULL)
    return cli_fail (_("copy: give both --from and --to"));
  if (tg_store_location_kind (to_location) == TG_STORE_LOCATION_FILE &&
      g_file_test (to_location, G_FILE_TEST_EXISTS))
    return cli_fail (_("copy: --to names a file that is there already; copy into a new file"));
  from = tg_store_open (from_location, &error);
  if (from == NULL)
    return cli_fail_error (error);
  to = tg_store_open (to_location, &error);
  if (to == NULL)
    return cli_fail_error (error);
  if (!tg_store_copy (from, to, copy_progress, NULL, &n_cases, &error))
    return cli_fail_error (error);
  if (!tg_store_verify (to, problems, &error) || problems->len > 0)
    {
      for (guint i = 0; i < problems->len; i++)
        g_printerr ("%s\n", (char *) g_ptr_array_index (problems, i));
      return cli_fail ("%s", error != NULL ? error->message : _("copy: the copy does not verify (see above)"));
    }
  shown = tg_store_location_dup_display (to_location);
  g_print ("%" G_GUINT64_FORMAT "\t%s\n", n_cases, shown);
  return CLI_OK;
}

static void
demo_progress (guint    done,
               guint    total,
               gpointer user_data)
{
  GTimer *timer = user_data;
  double s = g_timer_elapsed (timer, NULL);

  g_printerr ("\r");
  g_printerr (_("%u of %u cases (%.0f cases/s)"), done, total, s > 0 ? done / s : 0.0);
  if (done == total)
    g_printerr ("\n");
}

int
cli_demo (int    argc,
          char **argv)
{
  int cases = 500;
  int seed = 1;
  const GOptionEntry entries[] = {
    { "cases", 0, 0, G_OPTION_ARG_INT, &cases, N_("How many cases to add (default 500)"), N_("N") },
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed, N_("The same seed gives the same cases (default 1)"), N_("S") },
    { NULL }
  };
  g_autoptr(TgStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();

  if (!cli_parse (&argc, &argv, "demo", NULL,
                  _("Add realistic fictitious cases for demonstrations and benchmarks."), entries, 0, 0))
    return CLI_USAGE;
  if (cases < 1)
    {
      g_printerr (_("tergeu-cli demo: --cases must be at least 1\n"));
      return CLI_USAGE;
    }
  store = cli_open_store ();
  if (store == NULL)
    return CLI_REFUSED;
  if (!tg_demo_generate (store, cases, (guint32) seed, demo_progress, timer, &error))
    return cli_fail_error (error);
  g_printerr (_("Added %d cases in %.1f s.\n"), cases, g_timer_elapsed (timer, NULL));
  return CLI_OK;
}
