/* tg-case-page-actions.c — case.* actions: transitions and edits
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every transition is an action whose enabled state is what
 * tg_store_can_transition says; a refused one keeps its button visible,
 * insensitive, with the rules' reason as its tooltip.
 */
#define G_LOG_DOMAIN "tg-case-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-case-page-private.h"
#include "tg-dates.h"
#include "tg-deadline.h"
#include "tg-name-completion.h"
#include "tg-rules.h"
#include "tg-victim-dialog.h"

/* Actions that need the user's reason (domain.md §3). */
static gboolean
needs_reason (TgAction action)
{
  return action == TG_ACTION_REFER || action == TG_ACTION_REOPEN || action == TG_ACTION_REINVESTIGATE;
}

static char *
action_name (TgAction action)
{
  return g_strconcat ("case.", tg_enum_to_nick (TG_TYPE_ACTION, action), NULL);
}

void
tg_case_page_update_actions (TgCasePage *self)
{
  gboolean have_case = self->kase != NULL && self->store != NULL;

  for (guint a = 0; a < TG_N_ACTIONS; a++)
    {
      g_autofree char *name = action_name (a);
      g_autoptr(GError) error = NULL;
      gboolean can = FALSE;

      /* The reason is asked for when the action runs; here it only has to
       * be possible. */
      if (have_case)
        can = tg_store_can_transition (self->store, self->kase, a,
                                       needs_reason (a) ? "…" : NULL, &error);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), name, can);
      gtk_widget_set_tooltip_text (self->buttons[a], can ? NULL : error != NULL ? error->message : NULL);
      /* An action that does not apply in this state at all is hidden; one
       * whose guard refuses stays visible, insensitive, saying why. */
      gtk_widget_set_visible (self->buttons[a],
                              can || !g_error_matches (error, TG_RULES_ERROR, TG_RULES_ERROR_WRONG_STATE));
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "case.add-victim", have_case);
  tg_case_page_update_print_actions (self);
}

void
tg_case_page_transition (TgCasePage *self,
                         TgAction    action,
                         const char *reason)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TgCase) working = tg_case_page_copy_case (self);
  g_autofree char *message = NULL;

  if (!tg_store_transition (self->store, working, action, reason, &error))
    {
      tg_case_page_toast (self, error->message);
      return;
    }
  tg_case_page_set_case (self, self->store, working);
  g_signal_emit_by_name (self, "changed");
  /* Translators: "Route: Local investigation" */
  message = g_strdup_printf (_("%s: %s"), tg_action_label (action),
                             tg_state_label (tg_case_get_state (working)));
  tg_case_page_toast (self, message);
}

typedef struct
{
  TgCasePage *page;
  TgAction    action;
  GtkEditable *entry;
} ReasonData;

static void
reason_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    ReasonData       *data)
{
  if (g_strcmp0 (response, "apply") == 0)
    tg_case_page_transition (data->page, data->action, gtk_editable_get_text (data->entry));
  g_object_unref (data->page);
  g_free (data);
}

static void
ask_reason (TgCasePage *self,
            TgAction    action)
{
  GtkWidget *dialog;
  GtkWidget *entry = gtk_entry_new ();
  ReasonData *data = g_new0 (ReasonData, 1);

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   tg_action_label (action),
                                   _("The reason is written to the case's history."));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason"));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "apply", tg_action_label (action),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "apply", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "apply");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  data->page = g_object_ref (self);
  data->action = action;
  data->entry = GTK_EDITABLE (entry);
  g_signal_connect (dialog, "response", G_CALLBACK (reason_response_cb), data);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
transition_action (GtkWidget  *widget,
                   const char *name,
                   GVariant   *parameter)
{
  TgCasePage *self = TG_CASE_PAGE (widget);
  int action;

  if (self->kase == NULL || !tg_enum_from_nick (TG_TYPE_ACTION, name + strlen ("case."), &action))
    return;
  if (needs_reason (action))
    ask_reason (self, action);
  else
    tg_case_page_transition (self, action, NULL);
}

void
tg_case_page_add_transition_buttons (TgCasePage *self)
{
  for (guint a = 0; a < TG_N_ACTIONS; a++)
    {
      g_autofree char *name = action_name (a);
      g_autofree char *label = needs_reason (a) ? g_strdup_printf ("%s…", tg_action_label (a))
                                                : g_strdup (tg_action_label (a));
      GtkWidget *button = gtk_button_new_with_label (label);

      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), name);
      gtk_box_append (self->transitions_box, button);
      self->buttons[a] = button;
    }
}

/* --- victims ------------------------------------------------------------ */

static void
victim_saved_cb (TgCasePage *self,
                 TgVictim   *victim,
                 const char *replaces_id)
{
  g_autoptr(TgCase) edited = tg_case_page_copy_case (self);
  g_autoptr(GError) error = NULL;
  GListStore *victims = tg_case_get_victims (edited);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (victims));
  gboolean replaced = FALSE;

  for (guint i = 0; replaces_id != NULL && i < n; i++)
    {
      g_autoptr(TgVictim) old = g_list_model_get_item (G_LIST_MODEL (victims), i);

      if (g_strcmp0 (tg_victim_get_id (old), replaces_id) == 0)
        {
          g_list_store_splice (victims, i, 1, (gpointer *) &victim, 1);
          replaced = TRUE;
          break;
        }
    }
  if (!replaced)
    g_list_store_append (victims, victim);
  if (!tg_case_page_save (self, edited, _("Victim saved"), &error))
    tg_case_page_toast (self, error->message);
}

static void
open_victim_dialog (TgCasePage *self,
                    TgVictim   *victim)
{
  TgVictimDialog *dialog = tg_victim_dialog_new (victim, tg_case_get_occurred (self->kase));

  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (victim_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_victim_action (GtkWidget  *widget,
                   const char *name,
                   GVariant   *parameter)
{
  open_victim_dialog (TG_CASE_PAGE (widget), NULL);
}

static void
edit_victim_action (GtkWidget  *widget,
                    const char *name,
                    GVariant   *parameter)
{
  TgCasePage *self = TG_CASE_PAGE (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  GListModel *victims = G_LIST_MODEL (tg_case_get_victims (self->kase));

  for (guint i = 0; i < g_list_model_get_n_items (victims); i++)
    {
      g_autoptr(TgVictim) victim = g_list_model_get_item (victims, i);

      if (g_strcmp0 (tg_victim_get_id (victim), id) == 0)
        {
          open_victim_dialog (self, victim);
          return;
        }
    }
}

/* --- commission -------------------------------------------------------- */

typedef struct
{
  TgCasePage *page;
  GtkWidget  *rows[4];
  GtkWidget  *role;
} FormData;

static void
form_data_free (FormData *data)
{
  g_object_unref (data->page);
  g_free (data);
}

static GtkWidget *
form_dialog (TgCasePage  *self,
             const char  *heading,
             const char  *labels[],
             const char  *values[],
             guint        n,
             FormData    *data,
             GtkWidget   *extra_row)
{
  GtkWidget *dialog;
  GtkWidget *list = gtk_list_box_new ();

  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  if (extra_row != NULL)
    gtk_list_box_append (GTK_LIST_BOX (list), extra_row);
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *row = adw_entry_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), labels[i]);
      if (values != NULL && values[i] != NULL)
        gtk_editable_set_text (GTK_EDITABLE (row), values[i]);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
      data->rows[i] = row;
    }
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), heading, NULL);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"), "save", _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  data->page = g_object_ref (self);
  return dialog;
}

static const char *
row_text (FormData *data,
          guint     i)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (data->rows[i]));

  return text[0] != '\0' ? text : NULL;
}

static TgCommission *
ensure_commission (TgCase *kase)
{
  TgInvestigation *inv = tg_case_get_investigation (kase);

  if (inv == NULL)
    {
      g_autoptr(TgInvestigation) fresh = tg_investigation_new ();
      tg_case_set_investigation (kase, fresh);
      inv = tg_case_get_investigation (kase);
    }
  if (tg_investigation_get_commission (inv) == NULL)
    {
      g_autoptr(TgCommission) fresh = tg_commission_new ();
      tg_investigation_set_commission (inv, fresh);
    }
  return tg_investigation_get_commission (inv);
}

static void
save_edited (TgCasePage *self,
             TgCase     *edited,
             const char *what)
{
  g_autoptr(GError) error = NULL;

  if (!tg_case_page_save (self, edited, what, &error))
    tg_case_page_toast (self, error->message);
}

static void
member_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    FormData         *data)
{
  g_autoptr(TgCase) edited = NULL;
  g_autoptr(TgMember) member = NULL;

  if (g_strcmp0 (response, "save") == 0 && row_text (data, 0) != NULL)
    {
      edited = tg_case_page_copy_case (data->page);
      member = tg_member_new ();
      tg_member_set_role (member, adw_combo_row_get_selected (ADW_COMBO_ROW (data->role)));
      tg_member_set_full_name (member, row_text (data, 0));
      tg_member_set_position (member, row_text (data, 1));
      tg_member_set_organization (member, row_text (data, 2));
      g_list_store_append (tg_commission_get_members (ensure_commission (edited)), member);
      save_edited (data->page, edited, _("Member added"));
      /* The next member dialog offers this name too. */
      g_object_set_data (G_OBJECT (data->page->store), "tg-member-names", NULL);
    }
  form_data_free (data);
}

static void
add_member_action (GtkWidget  *widget,
                   const char *name,
                   GVariant   *parameter)
{
  TgCasePage *self = TG_CASE_PAGE (widget);
  const char *labels[] = { _("Full name"), _("Position"), _("Organization") };
  g_autoptr(GtkStringList) roles = gtk_string_list_new (NULL);
  FormData *data = g_new0 (FormData, 1);
  GtkWidget *dialog;

  for (guint r = TG_ROLE_CHAIR; r <= TG_ROLE_SECRETARY; r++)
    gtk_string_list_append (roles, tg_role_label (r));
  data->role = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (data->role), _("Role"));
  adw_combo_row_set_model (ADW_COMBO_ROW (data->role), G_LIST_MODEL (roles));
  adw_combo_row_set_selected (ADW_COMBO_ROW (data->role), TG_ROLE_MEMBER);
  dialog = form_dialog (self, _("Add Commission Member"), labels, NULL, 3, data, data->role);
  tg_name_completion_attach (data->rows[0], tg_name_completion_member_names (self->store));
  g_signal_connect (dialog, "response", G_CALLBACK (member_response_cb), data);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
check_date (TgCasePage *self,
            const char *text)
{
  GDate date;

  if (text == NULL || tg_date_parse (text, &date))
    return TRUE;
  tg_case_page_toast (self, _("Write dates as YYYY-MM-DD, e.g. 2026-03-14. Nothing was saved."));
  return FALSE;
}

static void
order_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   FormData         *data)
{
  g_autoptr(TgCase) edited = NULL;
  TgCommission *commission;

  if (g_strcmp0 (response, "save") == 0 && check_date (data->page, row_text (data, 1)))
    {
      edited = tg_case_page_copy_case (data->page);
      commission = ensure_commission (edited);
      tg_commission_set_order_number (commission, row_text (data, 0));
      tg_commission_set_order_date (commission, row_text (data, 1));
      save_edited (data->page, edited, _("Order saved"));
    }
  form_data_free (data);
}

static void
edit_order_action (GtkWidget  *widget,
                   const char *name,
                   GVariant   *parameter)
{
  TgCasePage *self = TG_CASE_PAGE (widget);
  const char *labels[] = { _("Order number"), _("Order date (YYYY-MM-DD)") };
  TgInvestigation *inv = tg_case_get_investigation (self->kase);
  TgCommission *com = inv != NULL ? tg_investigation_get_commission (inv) : NULL;
  g_autofree char *today_iso = NULL;
  const char *values[2] = { NULL, NULL };
  FormData *data = g_new0 (FormData, 1);
  GtkWidget *dialog;
  GDate today;

  tg_deadline_today (&today);
  today_iso = tg_date_format_iso (&today);
  values[0] = com != NULL ? tg_commission_get_order_number (com) : NULL;
  values[1] = com != NULL && tg_commission_get_order_date (com) != NULL ? tg_commission_get_order_date (com) : today_iso;
  dialog = form_dialog (self, _("Commission Order"), labels, values, 2, data, NULL);
  g_signal_connect (dialog, "response", G_CALLBACK (order_response_cb), data);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* --- extensions and findings ------------------------------------------- */

static void
extension_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       FormData         *data)
{
  g_autoptr(TgCase) edited = NULL;
  g_autoptr(TgExtension) extension = NULL;
  g_autofree char *today_iso = NULL;
  GDate today;

  if (g_strcmp0 (response, "save") == 0 && check_date (data->page, row_text (data, 0))
      && tg_case_get_investigation (tg_case_page_get_case (data->page)) != NULL)
    {
      tg_deadline_today (&today);
      today_iso = tg_date_format_iso (&today);
      edited = tg_case_page_copy_case (data->page);
      extension = tg_extension_new ();
      tg_extension_set_granted (extension, today_iso);
      tg_extension_set_new_due (extension, row_text (data, 0));
      tg_extension_set_reason (extension, row_text (data, 1));
      tg_extension_set_granted_by (extension, row_text (data, 2));
      g_list_store_append (tg_investigation_get_extensions (tg_case_get_investigation (edited)), extension);
      save_edited (data->page, edited, _("Extension recorded"));
    }
  form_data_free (data);
}

static void
add_extension_action (GtkWidget  *widget,
                      const char *name,
                      GVariant   *parameter)
{
  TgCasePage *self = TG_CASE_PAGE (widget);
  const char *labels[] = { _("New due date (YYYY-MM-DD)"), _("Reason"), _("Granted by") };
  FormData *data = g_new0 (FormData, 1);
  GtkWidget *dialog = form_dialog (self, _("Record an Extension"), labels, NULL, 3, data, NULL);

  g_signal_connect (dialog, "response", G_CALLBACK (extension_response_cb), data);
  gtk_window_present (GTK_WINDOW (dialog));
}

static char **
split_lines (const char *text)
{
  return text != NULL ? g_strsplit (text, ";", -1) : g_new0 (char *, 1);
}

static void
findings_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      FormData         *data)
{
  g_autoptr(TgCase) edited = NULL;
  g_autoptr(TgFindings) findings = NULL;
  g_auto(GStrv) causes = NULL;
  g_auto(GStrv) responsible = NULL;
  TgInvestigation *inv;
  int employer;

  if (g_strcmp0 (response, "save") != 0 || !check_date (data->page, row_text (data, 3)))
    {
      form_data_free (data);
      return;
    }
  edited = tg_case_page_copy_case (data->page);
  inv = tg_case_get_investigation (edited);
  findings = tg_findings_new ();
  causes = split_lines (row_text (data, 0));
  responsible = split_lines (row_text (data, 1));
  employer = (int) adw_combo_row_get_selected (ADW_COMBO_ROW (data->role)) * 10;
  tg_findings_set_work_related (findings, TRUE);
  tg_findings_set_causes (findings, (const char * const *) causes);
  tg_findings_set_responsible (findings, (const char * const *) responsible);
  tg_findings_set_fault_employer (findings, employer);
  tg_findings_set_fault_employee (findings, 100 - employer);
  if (inv != NULL)
    {
      tg_investigation_set_findings (inv, findings);
      tg_investigation_set_act_number (inv, row_text (data, 2));
      tg_investigation_set_act_date (inv, row_text (data, 3));
      save_edited (data->page, edited, _("Findings saved"));
    }
  form_data_free (data);
}

static void
edit_findings_action (GtkWidget  *widget,
                      const char *name,
                      GVariant   *parameter)
{
  TgCasePage *self = TG_CASE_PAGE (widget);
  const char *labels[] = { _("Causes (separate with ;)"), _("Persons responsible (separate with ;)"),
                           _("Act number"), _("Act date (YYYY-MM-DD)") };
  TgInvestigation *inv = tg_case_get_investigation (self->kase);
  TgFindings *old = inv != NULL ? tg_investigation_get_findings (inv) : NULL;
  g_autofree char *causes = old != NULL ? g_strjoinv (";", (char **) tg_findings_get_causes (old)) : NULL;
  g_autofree char *responsible = old != NULL ? g_strjoinv (";", (char **) tg_findings_get_responsible (old)) : NULL;
  const char *values[4] = { causes, responsible,
                            inv != NULL ? tg_investigation_get_act_number (inv) : NULL,
                            inv != NULL ? tg_investigation_get_act_date (inv) : NULL };
  g_autoptr(GtkStringList) shares = gtk_string_list_new (NULL);
  FormData *data = g_new0 (FormData, 1);
  GtkWidget *dialog;

  for (int share = 0; share <= 100; share += 10)
    {
      /* Translators: fault shares, employer / employee */
      g_autofree char *text = g_strdup_printf (_("Employer %d %% / employee %d %%"), share, 100 - share);
      gtk_string_list_append (shares, text);
    }
  data->role = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (data->role), _("Fault shares"));
  adw_combo_row_set_model (ADW_COMBO_ROW (data->role), G_LIST_MODEL (shares));
  adw_combo_row_set_selected (ADW_COMBO_ROW (data->role),
                              old != NULL ? (guint) tg_findings_get_fault_employer (old) / 10 : 10);
  dialog = form_dialog (self, _("Findings and Act"), labels, values, 4, data, data->role);
  g_signal_connect (dialog, "response", G_CALLBACK (findings_response_cb), data);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
tg_case_page_class_add_actions (GtkWidgetClass *widget_class)
{
  for (guint a = 0; a < TG_N_ACTIONS; a++)
    {
      g_autofree char *name = action_name (a);
      gtk_widget_class_install_action (widget_class, name, NULL, transition_action);
    }
  gtk_widget_class_install_action (widget_class, "case.add-victim", NULL, add_victim_action);
  gtk_widget_class_install_action (widget_class, "case.edit-victim", "s", edit_victim_action);
  gtk_widget_class_install_action (widget_class, "case.add-member", NULL, add_member_action);
  gtk_widget_class_install_action (widget_class, "case.edit-order", NULL, edit_order_action);
  gtk_widget_class_install_action (widget_class, "case.add-extension", NULL, add_extension_action);
  gtk_widget_class_install_action (widget_class, "case.edit-findings", NULL, edit_findings_action);
  tg_case_page_class_add_edit_actions (widget_class);
  tg_case_page_class_add_item_actions (widget_class);
  tg_case_page_class_add_document_actions (widget_class);
  tg_case_page_class_add_print_actions (widget_class);
}
