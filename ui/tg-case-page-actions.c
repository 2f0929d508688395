/* tg-case-page-actions.c — case.* actions: transitions, and what each
 * action may do now
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every action of the page is a command of the core (tg-case-commands.h).
 * Its enabled state is what tg_command_can_run says with what is known
 * (no parameters yet); a refused one keeps its button visible,
 * insensitive, with the command's reason as its tooltip.
 */
#define G_LOG_DOMAIN "tg-case-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-case-commands.h"
#include "tg-case-page-private.h"
#include "tg-rules.h"

/* The page's actions and the command each one runs. */
static const struct
{
  const char *action;
  const char *command;
} command_actions[] = {
  { "case.edit-employer", "edit-particulars" },
  { "case.edit-accident", "edit-particulars" },
  { "case.add-victim", "victim-add" },
  { "case.edit-victim", "victim-edit" },
  { "case.victim-outcome", "victim-outcome" },
  { "case.remove-victim", "victim-remove" },
  { "case.add-member", "member-add" },
  { "case.edit-member", "member-edit" },
  { "case.remove-member", "member-remove" },
  { "case.add-extension", "extend" },
  { "case.edit-findings", "findings" },
  { "case.file-dispute", "dispute-file" },
  { "case.dispute-position", "dispute-position" },
  { "case.dispute-decide", "dispute-decide" },
  { "case.dispute-withdraw", "dispute-withdraw" },
  { "case.dispute-appeal", "dispute-appeal" },
  { "case.add-request", "request" },
  { "case.answer-request", "answer" },
  { "case.record-review", "review" },
  { "case.act-received", "act-received" },
  { "case.attach-document", "attach" },
  { "case.remove", "remove" },
};

static char *
action_name (TgAction action)
{
  return g_strconcat ("case.", tg_enum_to_nick (TG_TYPE_ACTION, action), NULL);
}

/* Sets each actionable under @widget whose action is refused to say why;
 * the button's own tooltip (what it does) comes first. */
static void
explain_refusals (GtkWidget  *widget,
                  GHashTable *reasons)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *name = GTK_IS_ACTIONABLE (child) ? gtk_actionable_get_action_name (GTK_ACTIONABLE (child)) : NULL;
      const char *reason = name != NULL ? g_hash_table_lookup (reasons, name) : NULL;

      if (name != NULL && g_hash_table_contains (reasons, name))
        {
          const char *own;

          if (g_object_get_data (G_OBJECT (child), "tg-tooltip-kept") == NULL)
            {
              g_object_set_data_full (G_OBJECT (child), "tg-tooltip",
                                      g_strdup (gtk_widget_get_tooltip_text (child)), g_free);
              g_object_set_data (G_OBJECT (child), "tg-tooltip-kept", GINT_TO_POINTER (TRUE));
            }
          own = g_object_get_data (G_OBJECT (child), "tg-tooltip");
          if (reason == NULL)
            gtk_widget_set_tooltip_text (child, own);
          else
            {
              g_autofree char *text = own != NULL ? g_strdup_printf ("%s\n%s", own, reason) : g_strdup (reason);
              gtk_widget_set_tooltip_text (child, text);
            }
        }
      explain_refusals (child, reasons);
    }
}

/* Enables @action as the command @command may run now; the reason it may
 * not goes to @reasons. Returns the refusal's code, or -1. */
static int
judge (TgCasePage *self,
       const char *action,
       const char *command,
       GHashTable *reasons)
{
  g_autoptr(GError) error = NULL;
  gboolean can = self->kase != NULL && self->store != NULL &&
                 tg_command_can_run (self->store, self->kase, command, NULL, &error);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), action, can);
  g_hash_table_replace (reasons, g_strdup (action), can || error == NULL ? NULL : g_strdup (error->message));
  if (can)
    return -1;
  return error != NULL && error->domain == TG_COMMAND_ERROR ? error->code : TG_COMMAND_ERROR_STATE;
}

/* A button whose command does not apply in this state at all is hidden;
 * one whose guard refuses stays visible, insensitive, saying why. */
static void
judge_button (TgCasePage *self,
              GtkWidget  *button,
              const char *action,
              const char *command,
              GHashTable *reasons)
{
  int code = judge (self, action, command, reasons);

  /* The flow box's child too: a hidden one leaves no gap. */
  gtk_widget_set_visible (button, code != TG_COMMAND_ERROR_STATE);
  gtk_widget_set_visible (gtk_widget_get_parent (button), code != TG_COMMAND_ERROR_STATE);
}

void
tg_case_page_update_actions (TgCasePage *self)
{
  g_autoptr(GHashTable) reasons = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint a = 0; a < TG_N_ACTIONS; a++)
    {
      g_autofree char *name = action_name (a);
      judge_button (self, self->buttons[a], name, tg_command_for_action (a), reasons);
    }
  judge_button (self, self->review_button, "case.record-review", "review", reasons);
  judge_button (self, self->act_button, "case.act-received", "act-received", reasons);
  for (guint i = 0; i < G_N_ELEMENTS (command_actions); i++)
    if (!g_hash_table_contains (reasons, command_actions[i].action))
      judge (self, command_actions[i].action, command_actions[i].command, reasons);
  explain_refusals (GTK_WIDGET (self), reasons);
  tg_case_page_update_print_actions (self);
}

/* --- parameters from forms ---------------------------------------------- */

gboolean
tg_case_page_put_changed (TgForm             *form,
                          GVariantDict       *dict,
                          GVariantDict       *undo,
                          gboolean           *undoable,
                          const char         *name,
                          const char * const *keys,
                          GError            **error)
{
  for (guint i = 0; keys[i] != NULL; i++)
    {
      if (!tg_form_is_changed (form, keys[i]))
        continue;
      if (!tg_case_page_put_param (dict, name, keys[i], tg_form_get_text (form, keys[i]), error))
        return FALSE;
      /* A value that cannot be given back (no date-time) leaves no Undo. */
      if (undo != NULL && !tg_case_page_put_param (undo, name, keys[i], tg_form_get_initial (form, keys[i]), NULL))
        *undoable = FALSE;
    }
  return TRUE;
}

/* --- a reason, then the command ----------------------------------------- */

typedef struct
{
  TgCasePage *page;
  gint64      revision;
  char       *name;
  char       *target_key;
  char       *target;
} ReasonData;

static void
reason_data_free (ReasonData *data)
{
  g_object_unref (data->page);
  g_free (data->name);
  g_free (data->target_key);
  g_free (data->target);
  g_free (data);
}

static void
reason_check (TgForm   *form,
              gpointer  user_data)
{
  if (tg_form_get_text (form, "reason") == NULL)
    tg_form_problem (form, NULL, NULL);
}

static gboolean
reason_apply (TgForm   *form,
              gpointer  user_data,
              GError  **error)
{
  ReasonData *data = user_data;
  GVariantDict dict;
  g_autoptr(TgCasePage) page = g_object_ref (data->page);
  gboolean removed = g_str_equal (data->name, "remove");

  g_variant_dict_init (&dict, NULL);
  g_variant_dict_insert (&dict, "reason", "s", tg_form_get_text (form, "reason"));
  if (data->target_key != NULL)
    g_variant_dict_insert (&dict, data->target_key, "s", data->target);
  if (!tg_case_page_run (page, data->revision, data->name, g_variant_dict_end (&dict), NULL, NULL, error))
    return FALSE;
  /* A removed case is no longer in the lists: back to them. */
  if (removed)
    gtk_widget_activate_action (GTK_WIDGET (page), "win.show-list", NULL);
  return TRUE;
}

/* The heading and the button of each command that asks for a reason. */
static const struct
{
  const char *name;
  const char *heading;
  const char *button;
} reason_commands[] = {
  { "reopen", N_("Reopen the Case"), N_("_Reopen") },
  { "reinvestigate", N_("Re-investigate the Case"), N_("_Re-investigate") },
  { "refer", N_("Refer to the Government"), N_("R_efer") },
  { "remove", N_("Remove the Case"), N_("_Remove") },
  { "victim-remove", N_("Remove a Victim"), N_("_Remove") },
};

TgForm *
tg_case_page_ask_reason (TgCasePage *self,
                         const char *name,
                         const char *body,
                         const char *target_key,
                         const char *target)
{
  const char *heading = tg_command_get_title (name);
  const char *button = _("_Save");
  TgForm *form;
  ReasonData *data = g_new0 (ReasonData, 1);

  for (guint i = 0; i < G_N_ELEMENTS (reason_commands); i++)
    if (g_str_equal (reason_commands[i].name, name))
      {
        heading = _(reason_commands[i].heading);
        button = _(reason_commands[i].button);
      }
  form = tg_form_new (GTK_WIDGET (self), heading, body != NULL ? body : _("The reason is written to the case's history."));

  data->page = g_object_ref (self);
  data->revision = tg_case_page_get_revision (self);
  data->name = g_strdup (name);
  data->target_key = g_strdup (target_key);
  data->target = g_strdup (target);
  tg_form_add_text (form, "reason", _("Reason"), NULL);
  tg_form_set_save_label (form, button, g_str_equal (name, "remove") || g_str_equal (name, "victim-remove"));
  tg_form_set_check (form, reason_check, NULL);
  tg_form_present (form, reason_apply, data, (GDestroyNotify) reason_data_free);
  return form;
}

/* --- transitions -------------------------------------------------------- */

static void
run_now (TgCasePage *self,
         gint64      revision,
         const char *name)
{
  g_autoptr(GError) error = NULL;

  if (!tg_case_page_run (self, revision, name, NULL, NULL, NULL, &error))
    tg_case_page_toast (self, error->message);
}

static void
confirm_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     TgCasePage       *self)
{
  const char *name = g_object_get_data (G_OBJECT (dialog), "tg-command");
  gint64 revision = *(gint64 *) g_object_get_data (G_OBJECT (dialog), "tg-revision");

  if (g_str_equal (response, "run"))
    run_now (self, revision, name);
}

GtkWidget *
tg_case_page_confirm (TgCasePage *self,
                      const char *name,
                      const char *heading,
                      const char *body,
                      const char *button)
{
  GtkWidget *dialog;
  gint64 *revision = g_new (gint64, 1);

  *revision = tg_case_page_get_revision (self);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "run", button, NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "run", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "run");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "tg-command", g_strdup (name), g_free);
  g_object_set_data_full (G_OBJECT (dialog), "tg-revision", revision, g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (confirm_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

/* What routing does to this case, in words: where it goes and why. */
static char *
route_body (TgCasePage *self)
{
  TgTransitionContext ctx = { NULL, NULL, tg_store_get_calendar (self->store), TRUE };
  TgClassification klass;
  g_autofree char *why = NULL;
  TgState to = TG_STATE_LOCAL_INVESTIGATION;

  tg_classify (self->kase, &klass);
  why = tg_classification_describe (&klass);
  tg_rules_check (self->kase, TG_ACTION_ROUTE, &ctx, &to, NULL);
  if (to == TG_STATE_COMMISSION_PENDING)
    /* Translators: %s: "Group accident, 4 deaths → Commission of the Committee" */
    return g_strdup_printf (_("%s. The case waits for the Committee's commission, which is to be formed by order "
                              "within a working day."), why);
  if (to == TG_STATE_REFERRED_TO_GOVERNMENT)
    return g_strdup_printf (_("%s. The case goes to the Government commission."), why);
  /* Translators: %s: the classification; the deadline counts from today */
  return g_strdup_printf (_("%s. The case goes to the local investigation, whose 10 working days count from today."),
                          why);
}

/* The moves that ask first, saying what they do: where the case goes,
 * and what can no longer be done after. */
static void
confirm_transition (TgCasePage *self,
                    TgAction    action)
{
  g_autofree char *body = NULL;

  switch (action)
    {
    case TG_ACTION_ROUTE:
      body = route_body (self);
      tg_case_page_confirm (self, "route", _("Route the Case?"), body, _("_Route"));
      break;
    case TG_ACTION_CLOSE:
      tg_case_page_confirm (self, "close", _("Close the Case?"),
                            _("A closed case takes no change but attached documents; reopening it needs a "
                              "reason, written to its history."), _("_Close the Case"));
      break;
    case TG_ACTION_ESCALATE:
      tg_case_page_confirm (self, "escalate", _("Escalate to the Committee?"),
                            _("With three to five deaths the Committee investigates: the case waits for the "
                              "Committee's commission, to be formed by order."), _("_Escalate"));
      break;
    default:
      run_now (self, tg_case_page_get_revision (self), tg_command_for_action (action));
      break;
    }
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
  switch (action)
    {
    case TG_ACTION_APPOINT:
      tg_case_page_appoint (self);
      break;
    case TG_ACTION_CONCLUDE:
      tg_case_page_conclude (self);
      break;
    case TG_ACTION_REOPEN:
      tg_case_page_ask_reason (self, "reopen", _("A closed case is reopened to amend the act or the findings. "
                                                 "The reason is written to the case's history."), NULL, NULL);
      break;
    case TG_ACTION_REINVESTIGATE:
      tg_case_page_ask_reason (self, "reinvestigate",
                               _("The case goes back to the body that investigated it, for a new term of "
                                 "10 working days. Give the ground: a dispute decision, an objectivity "
                                 "review or a new fact."), NULL, NULL);
      break;
    case TG_ACTION_REFER:
      tg_case_page_ask_reason (self, "refer", _("The Government takes the case over. "
                                                "The reason is written to the case's history."), NULL, NULL);
      break;
    default:
      confirm_transition (self, action);
      break;
    }
}

static GtkWidget *
bar_button (TgCasePage *self,
            const char *label,
            const char *action)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_flow_box_append (self->transitions_box, button);
  gtk_widget_set_focusable (gtk_widget_get_parent (button), FALSE);
  return button;
}

void
tg_case_page_add_transition_buttons (TgCasePage *self)
{
  for (guint a = 0; a < TG_N_ACTIONS; a++)
    {
      g_autofree char *name = action_name (a);
      /* Each asks something first, or what it will do: an ellipsis. */
      g_autofree char *label = g_strdup_printf ("%s…", tg_action_label (a));

      self->buttons[a] = bar_button (self, label, name);
      if (a == TG_ACTION_APPOINT || a == TG_ACTION_CONCLUDE || a == TG_ACTION_CLOSE)
        gtk_widget_add_css_class (self->buttons[a], "suggested-action");
    }
  self->review_button = bar_button (self, _("Record a Review…"), "case.record-review");
  self->act_button = bar_button (self, _("Act Received…"), "case.act-received");
}

static void
remove_action (GtkWidget  *widget,
               const char *name,
               GVariant   *parameter)
{
  TgCasePage *self = TG_CASE_PAGE (widget);

  tg_case_page_ask_reason (self, "remove",
                           _("The case leaves the lists. Its materials are kept for 45 years and its "
                             "removal is written to its history with the reason."), NULL, NULL);
}

void
tg_case_page_class_add_actions (GtkWidgetClass *widget_class)
{
  for (guint a = 0; a < TG_N_ACTIONS; a++)
    {
      g_autofree char *name = action_name (a);
      gtk_widget_class_install_action (widget_class, name, NULL, transition_action);
    }
  gtk_widget_class_install_action (widget_class, "case.remove", NULL, remove_action);
  tg_case_page_class_add_edit_actions (widget_class);
  tg_case_page_class_add_people_actions (widget_class);
  tg_case_page_class_add_control_actions (widget_class);
  tg_case_page_class_add_item_actions (widget_class);
  tg_case_page_class_add_document_actions (widget_class);
  tg_case_page_class_add_print_actions (widget_class);
}
