/* tg-case-page-sections.c — the groups of the case page
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-case-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-case-page-private.h"
#include "tg-deadline.h"
#include "tg-history.h"
#include "tg-history-render.h"
#include "tg-regions.h"
#include "tg-rules.h"

static GtkWidget *
group_new (TgCasePage *self,
           const char *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  gtk_box_append (self->sections, group);
  return group;
}

static GtkWidget *
group_add_button (GtkWidget  *group,
                  const char *icon,
                  const char *tooltip,
                  const char *action)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);
  GtkWidget *suffix = adw_preferences_group_get_header_suffix (ADW_PREFERENCES_GROUP (group));

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  if (suffix == NULL)
    {
      suffix = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), suffix);
    }
  gtk_box_append (GTK_BOX (suffix), button);
  return button;
}

static GtkWidget *
row_add_button (GtkWidget  *row,
                const char *icon,
                const char *tooltip,
                const char *action,
                const char *target)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  if (target != NULL)
    gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", target);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return button;
}

/* A menu of the row's item (@target) actions: label, action pairs. */
static GtkWidget *
row_add_menu (GtkWidget  *row,
              const char *tooltip,
              const char *target,
              ...)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkWidget *button = gtk_menu_button_new ();
  const char *label;
  va_list args;

  va_start (args, target);
  while ((label = va_arg (args, const char *)) != NULL)
    {
      const char *action = va_arg (args, const char *);
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target_value (item, action, g_variant_new_string (target));
      g_menu_append_item (menu, item);
    }
  va_end (args);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return button;
}

static GtkWidget *
add_row (GtkWidget  *group,
         const char *title,
         const char *value)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value != NULL && *value != '\0' ? value : "—");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return row;
}

/* A row whose value has several lines (one cause, person or norm a line). */
static GtkWidget *
row_with_lines (GtkWidget  *group,
                const char *title,
                const char *lines)
{
  GtkWidget *row = add_row (group, title, lines);

  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  return row;
}

static void
add_empty (GtkWidget  *group,
           const char *text)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  gtk_widget_add_css_class (row, "dim-label");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
}

static void
add_date_row (GtkWidget  *group,
              const char *title,
              const char *iso)
{
  g_autofree char *text = strlen (iso != NULL ? iso : "") > 10 ? tg_format_datetime (iso) : tg_format_date (iso);

  add_row (group, title, text);
}

static char *
store_deadline (TgCasePage *self)
{
  return tg_store_case_deadline (self->store, tg_case_get_id (self->kase), NULL);
}

static void
build_overview (TgCasePage *self)
{
  GtkWidget *group = group_new (self, _("Overview"));
  g_autofree char *described = NULL;
  g_autofree char *deadline = NULL;
  TgClassification klass;
  TgInvestigation *inv = tg_case_get_investigation (self->kase);
  const TgRegion *region = tg_region_lookup (tg_case_get_region (self->kase));
  const char *due = tg_case_effective_due (self->kase);
  TgDeadlineStatus status;
  g_autofree char *pending_due = NULL;
  GtkWidget *row;

  tg_classify (self->kase, &klass);
  described = tg_classification_describe (&klass);
  row = add_row (group, _("Classification and jurisdiction"), described);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), described);
  add_row (group, _("Why"), tg_classification_reason (&klass));
  add_row (group, _("State"), tg_state_label (tg_case_get_state (self->kase)));
  add_row (group, _("Region"), region != NULL ? tg_region_name (region) : tg_case_get_region (self->kase));
  add_date_row (group, _("Registered"), tg_case_get_registered_at (self->kase));
  if (inv != NULL)
    add_row (group, _("Investigating body"), tg_body_label (tg_investigation_get_body (inv)));
  /* Waiting for the Committee's commission, the clock runs from when the
   * case began to wait: ask the store, which knows, so that the page and
   * the list agree. */
  if (tg_case_get_state (self->kase) == TG_STATE_COMMISSION_PENDING)
    {
      pending_due = store_deadline (self);
      due = pending_due;
    }
  else if (!tg_state_is_investigating (tg_case_get_state (self->kase)))
    due = NULL;
  status = tg_deadline_status (tg_store_get_calendar (self->store), due, &deadline);
  if (status != TG_DEADLINE_NONE)
    {
      g_autofree char *date = tg_format_date (due);
      g_autofree char *text = g_strdup_printf ("%s (%s)", date, deadline);

      row = add_row (group, _("Due"), status == TG_DEADLINE_LATER ? date : text);
      if (status != TG_DEADLINE_LATER)
        {
          GtkWidget *icon = gtk_image_new_from_icon_name (status == TG_DEADLINE_OVERDUE ? "dialog-warning-symbolic"
                                                                                        : "alarm-symbolic");
          gtk_widget_add_css_class (icon, status == TG_DEADLINE_OVERDUE ? "error" : "warning");
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
        }
    }
}

static void
build_employer (TgCasePage *self)
{
  GtkWidget *group = group_new (self, _("Employer"));
  TgEmployer *employer = tg_case_get_employer (self->kase);

  group_add_button (group, "document-edit-symbolic", _("Edit Employer"), "case.edit-employer");
  if (employer == NULL)
    {
      add_empty (group, _("No employer recorded"));
      return;
    }
  add_row (group, _("Name"), tg_employer_get_name (employer));
  add_row (group, _("BIN"), tg_employer_get_bin (employer));
  add_row (group, _("Economic activity (OKED)"), tg_employer_get_activity (employer));
  add_row (group, _("Address"), tg_employer_get_address (employer));
}

static void
build_accident (TgCasePage *self)
{
  GtkWidget *group = group_new (self, _("Accident"));
  g_autoptr(GDateTime) occurred = NULL;
  g_autoptr(GDateTime) reported = NULL;

  group_add_button (group, "document-edit-symbolic", _("Edit Accident"), "case.edit-accident");
  add_date_row (group, _("Occurred"), tg_case_get_occurred (self->kase));
  add_date_row (group, _("Reported to the inspectorate"), tg_case_get_reported (self->kase));
  occurred = tg_case_get_occurred (self->kase) != NULL ? tg_datetime_parse (tg_case_get_occurred (self->kase)) : NULL;
  reported = tg_case_get_reported (self->kase) != NULL ? tg_datetime_parse (tg_case_get_reported (self->kase)) : NULL;
  if (occurred != NULL && reported != NULL
      && g_date_time_difference (reported, occurred) > (GTimeSpan) TG_NOTIFICATION_HOURS * G_TIME_SPAN_HOUR)
    add_row (group, _("Late notification"), _("Reported more than 24 hours after the accident (Labour Code art. 187 p. 2)"));
  add_row (group, _("Place"), tg_case_get_place (self->kase));
  add_row (group, _("Circumstances"), tg_case_get_circumstances (self->kase));
  add_row (group, _("Hazardous production facility"), tg_case_get_hazardous_facility (self->kase) ? _("Yes") : _("No"));
  add_row (group, _("Acute group poisoning"), tg_case_get_group_poisoning (self->kase) ? _("Yes") : _("No"));
}

static void
build_victims (TgCasePage *self)
{
  GtkWidget *group = group_new (self, _("Victims"));
  GListModel *victims = G_LIST_MODEL (tg_case_get_victims (self->kase));

  group_add_button (group, "list-add-symbolic", _("Add Victim"), "case.add-victim");
  for (guint i = 0; i < g_list_model_get_n_items (victims); i++)
    {
      g_autoptr(TgVictim) victim = g_list_model_get_item (victims, i);
      g_autofree char *died = tg_format_date (tg_victim_get_died_on (victim));
      g_autofree char *subtitle = NULL;
      GtkWidget *row, *edit;

      if (tg_victim_get_severity (victim) == TG_SEVERITY_FATAL && *died != '\0')
        /* Translators: IIN · occupation · severity · date of death */
        subtitle = g_strdup_printf (_("IIN %s · %s · %s, died %s"), tg_victim_get_iin (victim),
                                    tg_victim_get_occupation (victim) != NULL ? tg_victim_get_occupation (victim) : "—",
                                    tg_severity_label (tg_victim_get_severity (victim)), died);
      else
        subtitle = g_strdup_printf (_("IIN %s · %s · %s"), tg_victim_get_iin (victim),
                                    tg_victim_get_occupation (victim) != NULL ? tg_victim_get_occupation (victim) : "—",
                                    tg_severity_label (tg_victim_get_severity (victim)));
      row = add_row (group, tg_victim_get_full_name (victim), subtitle);
      edit = row_add_button (row, "document-edit-symbolic", _("Correct the Victim's Data"), "case.edit-victim",
                             tg_victim_get_id (victim));
      row_add_menu (row, _("More Actions"), tg_victim_get_id (victim),
                    _("Record the Outcome…"), "case.victim-outcome",
                    _("Remove the Victim…"), "case.remove-victim", NULL);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), edit);
    }
}

static void
build_investigation (TgCasePage *self)
{
  GtkWidget *group = group_new (self, _("Investigation and Commission"));
  TgInvestigation *inv = tg_case_get_investigation (self->kase);
  TgCommission *com = inv != NULL ? tg_investigation_get_commission (inv) : NULL;
  GListModel *members;
  g_autofree char *order = NULL;

  GtkWidget *print = group_add_button (group, "document-print-symbolic", _("Print Order"), "case.print-order");

  tg_case_page_check_print_button (self, print, TG_PRINTED_ORDER, NULL, _("Print Order"));
  print = group_add_button (group, "document-print-symbolic", _("Print the Order Changing the Composition"),
                            "case.print-composition-order");
  tg_case_page_check_print_button (self, print, TG_PRINTED_COMPOSITION_ORDER, NULL,
                                   _("Print the Order Changing the Composition"));
  group_add_button (group, "list-add-symbolic", _("Add Member"), "case.add-member");
  if (inv != NULL)
    {
      add_date_row (group, _("Started"), tg_investigation_get_started (inv));
      add_date_row (group, _("Due"), tg_investigation_get_due (inv));
    }
  if (com == NULL)
    {
      add_empty (group, _("No commission yet"));
      return;
    }
  if (tg_commission_get_order_number (com) != NULL)
    {
      g_autofree char *date = tg_format_date (tg_commission_get_order_date (com));
      /* Translators: order number and date */
      order = g_strdup_printf (_("No. %s of %s"), tg_commission_get_order_number (com), date);
    }
  add_row (group, _("Order"), order);
  members = G_LIST_MODEL (tg_commission_get_members (com));
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(TgMember) member = g_list_model_get_item (members, i);
      g_autofree char *title = g_strdup_printf ("%s — %s", tg_role_label (tg_member_get_role (member)),
                                                tg_member_get_full_name (member));
      g_autofree char *subtitle = g_strjoin (", ",
                                             tg_member_get_position (member) != NULL ? tg_member_get_position (member) : "",
                                             tg_member_get_organization (member), NULL);
      g_autofree char *position = g_strdup_printf ("%u", i + 1);
      GtkWidget *row = add_row (group, title, subtitle);
      GtkWidget *edit = row_add_button (row, "document-edit-symbolic", _("Correct the Member"), "case.edit-member",
                                        position);

      row_add_menu (row, _("More Actions"), position, _("Remove from the Commission…"), "case.remove-member", NULL);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), edit);
    }
}

static void
build_extensions (TgCasePage *self)
{
  GtkWidget *group = group_new (self, _("Extensions"));
  TgInvestigation *inv = tg_case_get_investigation (self->kase);
  GListModel *extensions = inv != NULL ? G_LIST_MODEL (tg_investigation_get_extensions (inv)) : NULL;
  guint n = extensions != NULL ? g_list_model_get_n_items (extensions) : 0;

  if (inv != NULL)
    group_add_button (group, "list-add-symbolic", _("Record an Extension"), "case.add-extension");
  if (n == 0)
    add_empty (group, _("No extensions"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TgExtension) ext = g_list_model_get_item (extensions, i);
      g_autofree char *due = tg_format_date (tg_extension_get_new_due (ext));
      g_autofree char *granted = tg_format_date (tg_extension_get_granted (ext));
      g_autofree char *title = g_strdup_printf (_("Until %s"), due);
      g_autofree char *subtitle = g_strdup_printf (_("%s — granted %s by %s"),
                                                   tg_extension_get_reason (ext) != NULL ? tg_extension_get_reason (ext) : "",
                                                   granted,
                                                   tg_extension_get_granted_by (ext) != NULL ? tg_extension_get_granted_by (ext) : "—");
      GtkWidget *row = add_row (group, title, subtitle);
      g_autofree char *position = g_strdup_printf ("%u", i + 1);
      GtkWidget *print = row_add_button (row, "document-print-symbolic", _("Print the Order Extending the Term"),
                                         "case.print-extension-order", position);

      tg_case_page_check_print_button (self, print, TG_PRINTED_EXTENSION_ORDER, position,
                                       _("Print the Order Extending the Term"));
    }
}

static void
build_findings (TgCasePage *self)
{
  GtkWidget *group = group_new (self, _("Findings and Act"));
  TgInvestigation *inv = tg_case_get_investigation (self->kase);
  TgFindings *findings = inv != NULL ? tg_investigation_get_findings (inv) : NULL;
  g_autofree char *causes = NULL;
  g_autofree char *responsible = NULL;
  g_autofree char *violations = NULL;
  g_autofree char *shares = NULL;
  g_autofree char *act = NULL;

  if (inv != NULL)
    {
      /* the act prints what there is, with lines to fill in for the rest */
      group_add_button (group, "document-print-symbolic", _("Print the Act of Special Investigation"),
                        "case.print-act");
      group_add_button (group, "document-edit-symbolic", _("Edit Findings"), "case.edit-findings");
    }
  if (findings == NULL)
    {
      add_empty (group, _("No findings yet"));
      return;
    }
  if (tg_findings_get_work_related (findings))
    add_row (group, _("Work-related"), _("Yes"));
  else
    /* Translators: a finding "not work-related" and its ground (art. 186 p. 3) */
    row_with_lines (group, _("Not work-related"), tg_ground_label (tg_findings_get_ground (findings)));
  causes = g_strjoinv ("\n", (char **) tg_findings_get_causes (findings));
  row_with_lines (group, _("Causes"), causes);
  responsible = g_strjoinv ("\n", (char **) tg_findings_get_responsible (findings));
  row_with_lines (group, _("Persons responsible"), responsible);
  violations = g_strjoinv ("\n", (char **) tg_findings_get_violations (findings));
  row_with_lines (group, C_("form", "Violated norms"), violations);
  if (tg_findings_get_fault_employer (findings) >= 0 || tg_findings_get_fault_employee (findings) >= 0)
    shares = g_strdup_printf (_("Employer %d %% / employee %d %%"), MAX (tg_findings_get_fault_employer (findings), 0),
                              MAX (tg_findings_get_fault_employee (findings), 0));
  add_row (group, _("Fault shares"), shares);
  if (tg_investigation_get_act_number (inv) != NULL)
    {
      g_autofree char *date = tg_format_date (tg_investigation_get_act_date (inv));
      act = g_strdup_printf (_("No. %s of %s"), tg_investigation_get_act_number (inv), date);
    }
  add_row (group, _("Act"), act);
}

static void
build_disputes (TgCasePage *self)
{
  GtkWidget *group = group_new (self, _("Disputes"));
  GListModel *disputes = G_LIST_MODEL (tg_case_get_disputes (self->kase));
  guint n = g_list_model_get_n_items (disputes);

  group_add_button (group, "list-add-symbolic", _("File a Dispute"), "case.file-dispute");
  if (n == 0)
    add_empty (group, _("No disputes"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TgDispute) dispute = g_list_model_get_item (disputes, i);
      g_autofree char *filed = tg_format_date (tg_dispute_get_filed (dispute));
      g_autofree char *due = tg_format_date (tg_dispute_get_due (dispute));
      TgDisputeStatus status = tg_dispute_get_status (dispute);
      /* Translators: dispute subject, who filed it, date */
      g_autofree char *title = g_strdup_printf (_("%s — %s, %s"),
                                                tg_dispute_subject_label (tg_dispute_get_subject (dispute)),
                                                tg_party_label (tg_dispute_get_filed_by (dispute)), filed);
      g_autofree char *subtitle = NULL;
      GtkWidget *row, *button;
      const char *id = tg_dispute_get_id (dispute);

      if (status == TG_DISPUTE_STATUS_DECIDED)
        subtitle = g_strdup_printf ("%s: %s%s%s", tg_dispute_status_label (status),
                                    tg_outcome_label (tg_dispute_get_outcome (dispute)),
                                    tg_dispute_get_appeal_court (dispute) != NULL ? _(" · appealed") : "",
                                    tg_dispute_get_appeal_result (dispute) != NULL ? _(", result recorded") : "");
      else if (status == TG_DISPUTE_STATUS_WITHDRAWN)
        subtitle = g_strdup (tg_dispute_status_label (status));
      else
        /* Translators: dispute status, decision due date, the claim */
        subtitle = g_strdup_printf (_("%s · decision due %s · %s"), tg_dispute_status_label (status), due,
                                    tg_dispute_get_claim (dispute) != NULL ? tg_dispute_get_claim (dispute) : "");
      row = add_row (group, title, subtitle);
      button = row_add_button (row, "document-print-symbolic", _("Print Decision"), "case.print-decision", id);
      if (status == TG_DISPUTE_STATUS_DECIDED)
        tg_case_page_check_print_button (self, button, TG_PRINTED_DECISION, id, _("Print Decision"));
      else
        {
          /* Said of this dispute, not of its internal id. */
          gtk_widget_set_sensitive (button, FALSE);
          gtk_widget_set_tooltip_text (button, _("The decision is printed once the dispute is decided."));
        }
      if (status == TG_DISPUTE_STATUS_FILED || status == TG_DISPUTE_STATUS_UNDER_REVIEW)
        {
          button = row_add_button (row, "emblem-ok-symbolic", _("Decide…"), "case.dispute-decide", id);
          row_add_menu (row, _("More Actions"), id, _("Record a Party's Position…"), "case.dispute-position",
                        _("Decide…"), "case.dispute-decide", _("Withdraw…"), "case.dispute-withdraw", NULL);
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
        }
      else if (status == TG_DISPUTE_STATUS_DECIDED)
        {
          button = row_add_button (row, "document-edit-symbolic", _("Record an Appeal…"), "case.dispute-appeal", id);
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
        }
    }
}

static void
build_requests (TgCasePage *self)
{
  GtkWidget *group = group_new (self, _("Information Requests"));
  GListModel *requests = G_LIST_MODEL (tg_case_get_requests (self->kase));
  guint n = g_list_model_get_n_items (requests);

  group_add_button (group, "list-add-symbolic", _("Send an Information Request"), "case.add-request");
  if (n == 0)
    add_empty (group, _("No information requests"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TgInfoRequest) request = g_list_model_get_item (requests, i);
      g_autofree char *due = tg_format_date (tg_info_request_get_due (request));
      g_autofree char *answered = tg_format_date (tg_info_request_get_answered (request));
      g_autofree char *title = g_strdup_printf ("%s — %s", tg_info_request_get_addressee (request),
                                                tg_info_request_get_subject (request));
      g_autofree char *subtitle = NULL;
      const char *id = tg_info_request_get_id (request);
      GtkWidget *row, *button;

      if (*answered != '\0')
        subtitle = g_strdup_printf (_("Answered %s: %s"), answered,
                                    tg_info_request_get_answer (request) != NULL ? tg_info_request_get_answer (request) : "");
      else if (tg_info_request_get_blocking (request))
        subtitle = g_strdup_printf (_("Due %s, not answered · the case cannot close without it"), due);
      else
        subtitle = g_strdup_printf (_("Due %s, not answered"), due);
      row = add_row (group, title, subtitle);
      button = row_add_button (row, "document-print-symbolic", _("Print Letter"), "case.print-request", id);
      tg_case_page_check_print_button (self, button, TG_PRINTED_REQUEST, id, _("Print Letter"));
      if (*answered == '\0')
        {
          button = row_add_button (row, "mail-reply-sender-symbolic", _("Record the Answer"), "case.answer-request", id);
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
        }
    }
}

static void
build_documents (TgCasePage *self)
{
  GtkWidget *group = group_new (self, _("Documents"));
  GListModel *documents = G_LIST_MODEL (tg_case_get_documents (self->kase));
  guint n = g_list_model_get_n_items (documents);

  group_add_button (group, "mail-attachment-symbolic", _("Attach Files"), "case.attach-document");
  if (n == 0)
    add_empty (group, _("No documents"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TgCaseDocument) doc = g_list_model_get_item (documents, i);
      g_autofree char *size = g_format_size (tg_case_document_get_size (doc));
      g_autofree char *subtitle = g_strdup_printf ("%s · %s", tg_case_document_get_file_name (doc), size);

      GtkWidget *row = add_row (group, tg_case_document_get_title (doc), subtitle);
      GtkWidget *open = row_add_button (row, "document-open-symbolic", _("Open"), "case.open-document",
                                        tg_case_document_get_id (doc));

      gtk_widget_set_tooltip_text (row, tg_case_document_get_sha256 (doc));
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), open);
    }
}

/* Recomputes the chain: each entry's hash from the one before. */
static gboolean
history_verified (TgCase *kase)
{
  GListModel *history = G_LIST_MODEL (tg_case_get_history (kase));
  g_autofree char *prev = g_strdup (TG_HISTORY_GENESIS);

  for (guint i = 0; i < g_list_model_get_n_items (history); i++)
    {
      g_autoptr(TgHistoryEntry) e = g_list_model_get_item (history, i);
      g_autofree char *hash = NULL;

      if (g_strcmp0 (tg_history_entry_get_prev_hash (e), prev) != 0)
        return FALSE;
      hash = tg_history_hash (prev, tg_case_get_id (kase), tg_history_entry_get_at (e),
                              tg_history_entry_get_actor (e), tg_history_entry_get_action (e),
                              tg_history_entry_get_details (e), tg_history_entry_get_before (e),
                              tg_history_entry_get_after (e));
      if (g_strcmp0 (hash, tg_history_entry_get_hash (e)) != 0)
        return FALSE;
      g_free (prev);
      prev = g_steal_pointer (&hash);
    }
  return TRUE;
}

static void
build_history (TgCasePage *self)
{
  GtkWidget *group = group_new (self, _("History"));
  GListModel *history = G_LIST_MODEL (tg_case_get_history (self->kase));
  gboolean verified = history_verified (self->kase);
  GtkWidget *badge = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  guint n = g_list_model_get_n_items (history);

  gtk_box_append (GTK_BOX (badge), gtk_image_new_from_icon_name (verified ? "security-high-symbolic"
                                                                          : "dialog-warning-symbolic"));
  gtk_box_append (GTK_BOX (badge), gtk_label_new (verified ? _("Chain verified") : _("Chain broken: history was altered")));
  gtk_widget_add_css_class (badge, verified ? "success" : "error");
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), badge);
  /* Newest first. */
  for (guint i = n; i > 0; i--)
    {
      g_autoptr(TgHistoryEntry) e = g_list_model_get_item (history, i - 1);
      g_autoptr(TgHistoryText) text = tg_history_render (e, self->kase, NULL);
      g_autofree char *at = tg_format_datetime (tg_history_entry_get_at (e));
      g_autofree char *title = g_strdup_printf ("%s · %s · %s", at, tg_history_entry_get_actor (e), text->title);
      g_autofree char *lines = tg_history_text_join (text, "\n");

      add_row (group, title, lines);
    }
}

void
tg_case_page_build_sections (TgCasePage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sections))) != NULL)
    gtk_box_remove (self->sections, child);
  if (self->kase == NULL)
    return;
  build_overview (self);
  build_employer (self);
  build_accident (self);
  build_victims (self);
  build_investigation (self);
  build_extensions (self);
  build_findings (self);
  tg_case_page_build_control (self);
  build_disputes (self);
  build_requests (self);
  build_documents (self);
  build_history (self);
}
