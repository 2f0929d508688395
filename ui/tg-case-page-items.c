/* tg-case-page-items.c — disputes and information requests of a case
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A dispute moves by its own commands (domain.md §4): filed, a party's
 * position, decided or withdrawn, appealed. A decision "re-investigation"
 * sends a concluded or closed case back in the same command.
 */
#define G_LOG_DOMAIN "tg-case-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-case-commands.h"
#include "tg-case-page-private.h"
#include "tg-deadline.h"

/* Requests are due in 5 working days (workflows.md, journey 4). */
#define REQUEST_DAYS 5

typedef struct
{
  TgCasePage *page;
  gint64      revision;
  char       *id;        /* the dispute or request */
  char       *step;      /* the dispute's command */
  char       *auto_due;  /* a request's default due date, as shown */
} ItemData;

static ItemData *
item_data_new (TgCasePage *self,
               const char *id,
               const char *step)
{
  ItemData *data = g_new0 (ItemData, 1);

  data->page = g_object_ref (self);
  data->revision = tg_case_page_get_revision (self);
  data->id = g_strdup (id);
  data->step = g_strdup (step);
  return data;
}

static void
item_data_free (ItemData *data)
{
  g_object_unref (data->page);
  g_free (data->id);
  g_free (data->step);
  g_free (data->auto_due);
  g_free (data);
}

static gpointer
find_item (GListStore *list,
           const char *id)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_autofree char *item_id = NULL;

      g_object_get (item, "id", &item_id, NULL);
      if (g_strcmp0 (item_id, id) == 0)
        return item;   /* the list keeps it alive */
    }
  return NULL;
}

/* --- filing a dispute ---------------------------------------------------- */

static gboolean
dispute_file_save (TgDisputeDialog *dialog,
                   GVariant        *params,
                   gpointer         user_data,
                   GError         **error)
{
  ItemData *data = user_data;

  return tg_case_page_run (data->page, data->revision, "dispute-file", params, _("Dispute filed"), NULL, error);
}

TgDisputeDialog *
tg_case_page_file_dispute (TgCasePage *self)
{
  TgDisputeDialog *dialog = tg_dispute_dialog_new (tg_store_get_calendar (self->store));

  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  tg_dispute_dialog_set_save_func (dialog, dispute_file_save, item_data_new (self, NULL, "dispute-file"),
                                   (GDestroyNotify) item_data_free);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

/* --- a dispute's steps --------------------------------------------------- */

static const char * const position_keys[] = { "text", NULL };
static const char * const decide_keys[] = { "decided-on", "decided-by", "reasoning", NULL };
static const char * const withdraw_keys[] = { "reason", NULL };
static const char * const appeal_keys[] = { "court", "filed", NULL };
static const char * const appeal_more_keys[] = { "result", NULL };

static void
step_check (TgForm   *form,
            gpointer  user_data)
{
  ItemData *data = user_data;

  if (g_str_equal (data->step, "dispute-position") && tg_form_get_text (form, "text") == NULL)
    tg_form_problem (form, NULL, _("Write the party's position."));
  if (g_str_equal (data->step, "dispute-decide"))
    {
      tg_form_check_date (form, "decided-on", TRUE);
      if (tg_form_get_text (form, "decided-by") == NULL)
        tg_form_problem (form, "decided-by", _("Write who decided."));
      else if (tg_form_get_text (form, "reasoning") == NULL)
        tg_form_problem (form, NULL, _("A decision needs its reasoning."));
    }
  if (g_str_equal (data->step, "dispute-appeal"))
    {
      if (tg_form_get_text (form, "court") == NULL)
        tg_form_problem (form, "court", _("Write the court the appeal went to."));
      tg_form_check_date (form, "filed", TRUE);
    }
}

static gboolean
step_apply (TgForm   *form,
            gpointer  user_data,
            GError  **error)
{
  ItemData *data = user_data;
  const char *name = data->step;
  GVariantDict params;
  gboolean ok = TRUE;

  g_variant_dict_init (&params, NULL);
  g_variant_dict_insert (&params, "dispute", "s", data->id);
  if (g_str_equal (name, "dispute-position"))
    {
      g_variant_dict_insert (&params, "party", "s", tg_enum_to_nick (TG_TYPE_PARTY, tg_form_get_selected (form, "party")));
      ok = tg_case_page_put_fields (form, &params, name, position_keys, FALSE, error);
    }
  else if (g_str_equal (name, "dispute-decide"))
    {
      g_variant_dict_insert (&params, "outcome", "s",
                             tg_enum_to_nick (TG_TYPE_OUTCOME, tg_form_get_selected (form, "outcome") + 1));
      ok = tg_case_page_put_fields (form, &params, name, decide_keys, FALSE, error);
    }
  else if (g_str_equal (name, "dispute-withdraw"))
    ok = tg_case_page_put_fields (form, &params, name, withdraw_keys, FALSE, error);
  else
    /* The court and the day are required: sent as they stand; the
     * result only when the user changed it. */
    ok = tg_case_page_put_fields (form, &params, name, appeal_keys, FALSE, error) &&
         tg_case_page_put_fields (form, &params, name, appeal_more_keys, TRUE, error);
  if (!ok)
    {
      g_variant_dict_clear (&params);
      return FALSE;
    }
  return tg_case_page_run (data->page, data->revision, name, g_variant_dict_end (&params), NULL, NULL, error);
}

static void
step_fields (TgForm     *form,
             TgCasePage *self,
             TgDispute  *dispute,
             const char *step)
{
  if (g_str_equal (step, "dispute-position"))
    {
      const char *parties[TG_PARTY_INSPECTOR + 2] = { NULL };

      for (guint p = TG_PARTY_EMPLOYER; p <= TG_PARTY_INSPECTOR; p++)
        parties[p] = tg_party_label (p);
      tg_form_add_combo (form, "party", C_("form", "Party"), parties, TG_PARTY_EMPLOYER);
      tg_form_add_text (form, "text", C_("dispute", "Position"), NULL);
    }
  else if (g_str_equal (step, "dispute-decide"))
    {
      const char *outcomes[TG_OUTCOME_REINVESTIGATION + 1] = { NULL };
      g_autofree char *today = tg_form_dup_today ();

      for (guint o = TG_OUTCOME_UPHELD; o <= TG_OUTCOME_REINVESTIGATION; o++)
        outcomes[o - 1] = tg_outcome_label (o);
      tg_form_add_combo (form, "outcome", _("Decision"), outcomes, 0);
      tg_form_add_date (form, "decided-on", _("Decided on"), today);
      tg_form_add_entry (form, "decided-by", _("Decided by"), NULL);
      tg_form_add_text (form, "reasoning", _("Reasoning"), NULL);
    }
  else if (g_str_equal (step, "dispute-withdraw"))
    tg_form_add_text (form, "reason", _("Reason"), NULL);
  else
    {
      g_autofree char *filed = tg_format_date (tg_dispute_get_appeal_filed (dispute));

      tg_form_add_entry (form, "court", _("Court"), tg_dispute_get_appeal_court (dispute));
      tg_form_add_date (form, "filed", C_("form", "Appeal filed on"), filed);
      tg_form_add_text (form, "result", _("Result of the appeal"), tg_dispute_get_appeal_result (dispute));
    }
}

static const char *
step_heading (const char *step)
{
  if (g_str_equal (step, "dispute-position"))
    return _("Record a Party's Position");
  if (g_str_equal (step, "dispute-decide"))
    return _("Decide the Dispute");
  if (g_str_equal (step, "dispute-withdraw"))
    return _("Withdraw the Dispute");
  return _("Record an Appeal");
}

static const char *
step_body (TgCasePage *self,
           const char *step)
{
  TgState state = tg_case_get_state (self->kase);

  if (g_str_equal (step, "dispute-decide") && (state == TG_STATE_CONCLUDED || state == TG_STATE_CLOSED))
    return _("A decision “re-investigation” sends the case back to the body that investigated it, "
             "with the reasoning as the reason.");
  if (g_str_equal (step, "dispute-decide"))
    return _("The decision is printed as the Committee's decision on the dispute.");
  if (g_str_equal (step, "dispute-appeal"))
    return _("Record the appeal when it is filed, and its result when the court decides.");
  return NULL;
}

TgForm *
tg_case_page_dispute_step (TgCasePage *self,
                           const char *step,
                           const char *id)
{
  TgDispute *dispute = find_item (tg_case_get_disputes (self->kase), id);
  g_autofree char *name = g_strconcat ("dispute-", step, NULL);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  ItemData *data;
  TgForm *form;

  if (dispute == NULL || !tg_command_exists (name))
    return NULL;
  heading = g_strdup (step_heading (name));
  /* What the dispute is about, then what this step does. */
  body = g_strdup_printf ("%s: %s%s%s", tg_dispute_subject_label (tg_dispute_get_subject (dispute)),
                          tg_dispute_get_claim (dispute) != NULL ? tg_dispute_get_claim (dispute) : "—",
                          step_body (self, name) != NULL ? "\n\n" : "",
                          step_body (self, name) != NULL ? step_body (self, name) : "");
  form = tg_form_new (GTK_WIDGET (self), heading, body);
  data = item_data_new (self, id, name);
  step_fields (form, self, dispute, name);
  if (g_str_equal (step, "withdraw"))
    tg_form_set_save_label (form, _("_Withdraw"), TRUE);
  tg_form_set_check (form, step_check, data);
  tg_form_present (form, step_apply, data, (GDestroyNotify) item_data_free);
  return form;
}

static void
file_dispute_action (GtkWidget  *widget,
                     const char *name,
                     GVariant   *parameter)
{
  tg_case_page_file_dispute (TG_CASE_PAGE (widget));
}

static void
dispute_step_action (GtkWidget  *widget,
                     const char *name,
                     GVariant   *parameter)
{
  tg_case_page_dispute_step (TG_CASE_PAGE (widget), name + strlen ("case.dispute-"),
                             g_variant_get_string (parameter, NULL));
}

/* --- information requests ----------------------------------------------- */

static void
request_check (TgForm   *form,
               gpointer  user_data)
{
  const char *due = tg_form_get_text (form, "due");
  GDate date, today;

  if (tg_form_get_text (form, "to") == NULL)
    tg_form_problem (form, "to", _("Write to whom the request goes."));
  if (tg_form_get_text (form, "subject") == NULL)
    tg_form_problem (form, "subject", _("Write what is requested."));
  tg_form_check_date (form, "due", FALSE);
  tg_today (&today);
  if (due != NULL && tg_form_parse_date (due, &date) && g_date_compare (&date, &today) < 0)
    tg_form_problem (form, "due", _("The answer cannot be due before the request is sent (today)."));
}

static gboolean
request_apply (TgForm   *form,
               gpointer  user_data,
               GError  **error)
{
  ItemData *data = user_data;
  static const char * const keys[] = { "to", "subject", NULL };
  static const char * const due_keys[] = { "due", NULL };
  GVariantDict params;

  g_variant_dict_init (&params, NULL);
  /* The default term (5 working days) is the command's own. */
  if (!tg_case_page_put_fields (form, &params, "request", keys, FALSE, error) ||
      !tg_case_page_put_fields (form, &params, "request", due_keys, TRUE, error))
    {
      g_variant_dict_clear (&params);
      return FALSE;
    }
  if (tg_form_get_active (form, "blocking"))
    g_variant_dict_insert (&params, "blocking", "b", TRUE);
  return tg_case_page_run (data->page, data->revision, "request", g_variant_dict_end (&params),
                           _("Request recorded"), NULL, error);
}

TgForm *
tg_case_page_add_request (TgCasePage *self)
{
  TgForm *form = tg_form_new (GTK_WIDGET (self), _("Information Request"),
                              _("The request is sent today; the answer is due in 5 working days unless "
                                "you write another date (Regulation of 2014, para. 14–15)."));
  g_autofree char *due = NULL;
  g_autofree char *iso = NULL;
  GDate today, date;

  tg_today (&today);
  tg_calendar_add_working_days (tg_store_get_calendar (self->store), &today, REQUEST_DAYS, &date);
  iso = tg_date_format_iso (&date);
  due = tg_format_date (iso);
  tg_form_add_entry (form, "to", _("Addressee"), NULL);
  tg_form_add_entry (form, "subject", _("What is requested"), NULL);
  tg_form_add_date (form, "due", _("Answer due"), due);
  tg_form_add_switch (form, "blocking", _("The case cannot close without the answer"), FALSE);
  tg_form_set_check (form, request_check, NULL);
  tg_form_present (form, request_apply, item_data_new (self, NULL, "request"), (GDestroyNotify) item_data_free);
  return form;
}

static void
answer_check (TgForm   *form,
              gpointer  user_data)
{
  tg_form_check_date (form, "answered", TRUE);
  if (tg_form_get_text (form, "answer") == NULL)
    tg_form_problem (form, "answer", _("Write what the answer says."));
}

static gboolean
answer_apply (TgForm   *form,
              gpointer  user_data,
              GError  **error)
{
  ItemData *data = user_data;
  static const char * const keys[] = { "answered", "answer", NULL };
  GVariantDict params;

  g_variant_dict_init (&params, NULL);
  g_variant_dict_insert (&params, "request", "s", data->id);
  if (!tg_case_page_put_fields (form, &params, "answer", keys, FALSE, error))
    {
      g_variant_dict_clear (&params);
      return FALSE;
    }
  return tg_case_page_run (data->page, data->revision, "answer", g_variant_dict_end (&params),
                           _("Answer recorded"), NULL, error);
}

TgForm *
tg_case_page_answer_request (TgCasePage *self,
                             const char *id)
{
  TgInfoRequest *request = find_item (tg_case_get_requests (self->kase), id);
  g_autofree char *today = tg_form_dup_today ();
  TgForm *form;

  if (request == NULL)
    return NULL;
  form = tg_form_new (GTK_WIDGET (self), _("Record the Answer"), tg_info_request_get_subject (request));
  tg_form_add_date (form, "answered", C_("form", "Answered on"), today);
  tg_form_add_text (form, "answer", _("Answer"), tg_info_request_get_answer (request));
  tg_form_set_check (form, answer_check, NULL);
  tg_form_present (form, answer_apply, item_data_new (self, id, "answer"), (GDestroyNotify) item_data_free);
  return form;
}

static void
add_request_action (GtkWidget  *widget,
                    const char *name,
                    GVariant   *parameter)
{
  tg_case_page_add_request (TG_CASE_PAGE (widget));
}

static void
answer_request_action (GtkWidget  *widget,
                       const char *name,
                       GVariant   *parameter)
{
  tg_case_page_answer_request (TG_CASE_PAGE (widget), g_variant_get_string (parameter, NULL));
}

void
tg_case_page_class_add_item_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "case.file-dispute", NULL, file_dispute_action);
  gtk_widget_class_install_action (widget_class, "case.dispute-position", "s", dispute_step_action);
  gtk_widget_class_install_action (widget_class, "case.dispute-decide", "s", dispute_step_action);
  gtk_widget_class_install_action (widget_class, "case.dispute-withdraw", "s", dispute_step_action);
  gtk_widget_class_install_action (widget_class, "case.dispute-appeal", "s", dispute_step_action);
  gtk_widget_class_install_action (widget_class, "case.add-request", NULL, add_request_action);
  gtk_widget_class_install_action (widget_class, "case.answer-request", "s", answer_request_action);
}
