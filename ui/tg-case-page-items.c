/* tg-case-page-items.c — disputes and information requests of a case
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-case-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-case-page-private.h"
#include "tg-dispute-dialog.h"
#include "tg-form.h"
#include "tg-model.h"

/* Requests are due in 5 working days (workflows.md, journey 4). */
#define REQUEST_DAYS 5

/* Replaces the item of @list whose id is @id by @item, or appends it. */
static void
replace_or_append (GListStore  *list,
                   gpointer     item,
                   const char  *id,
                   const char *(*get_id) (gpointer))
{
  for (guint i = 0; id != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(GObject) old = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (g_strcmp0 (get_id (old), id) == 0)
        {
          g_list_store_splice (list, i, 1, &item, 1);
          return;
        }
    }
  g_list_store_append (list, item);
}

static const char *
dispute_id (gpointer item)
{
  return tg_dispute_get_id (item);
}

static const char *
request_id (gpointer item)
{
  return tg_info_request_get_id (item);
}

static gpointer
find_item (GListStore  *list,
           const char  *id,
           const char *(*get_id) (gpointer))
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (g_strcmp0 (get_id (item), id) == 0)
        return item;   /* the list keeps it alive */
    }
  return NULL;
}

/* --- disputes ------------------------------------------------------------ */

static void
reinvestigate_response_cb (AdwMessageDialog *dialog,
                           const char       *response,
                           TgCasePage       *self)
{
  if (g_strcmp0 (response, "reinvestigate") == 0)
    tg_case_page_transition (self, TG_ACTION_REINVESTIGATE, _("Dispute decided: re-investigation"));
}

/* A decision "re-investigation" sends the case back (domain.md §4): offer
 * the transition right away, when the rules allow it. */
static void
offer_reinvestigation (TgCasePage *self)
{
  GtkWidget *dialog;

  if (!tg_store_can_transition (self->store, self->kase, TG_ACTION_REINVESTIGATE, "…", NULL))
    return;
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("Re-investigate the Case?"),
                                   _("The dispute was decided “re-investigation”: the case goes back to "
                                     "the body that investigated it, with the decision as the reason."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "later", _("_Later"),
                                    "reinvestigate", _("_Re-investigate"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "reinvestigate",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "reinvestigate");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "later");
  g_signal_connect_object (dialog, "response", G_CALLBACK (reinvestigate_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
tg_case_page_save_dispute (TgCasePage  *self,
                           TgDispute   *dispute,
                           GError     **error)
{
  g_autoptr(TgCase) edited = tg_case_page_copy_case (self);
  g_autoptr(TgDispute) copy = tg_model_copy (dispute);
  TgDispute *before = tg_dispute_get_id (dispute) != NULL
                      ? find_item (tg_case_get_disputes (self->kase), tg_dispute_get_id (dispute), dispute_id) : NULL;
  gboolean newly_reinvestigation = tg_dispute_get_outcome (dispute) == TG_OUTCOME_REINVESTIGATION
                                   && (before == NULL || tg_dispute_get_outcome (before) != TG_OUTCOME_REINVESTIGATION);

  replace_or_append (tg_case_get_disputes (edited), copy, tg_dispute_get_id (dispute), dispute_id);
  if (!tg_case_page_save (self, edited, before == NULL ? _("Dispute filed") : _("Dispute saved"), error))
    return FALSE;
  if (newly_reinvestigation)
    offer_reinvestigation (self);
  return TRUE;
}

static void
dispute_saved_cb (TgCasePage *self,
                  TgDispute  *dispute)
{
  g_autoptr(GError) error = NULL;

  if (!tg_case_page_save_dispute (self, dispute, &error))
    tg_case_page_toast (self, error->message);
}

static void
open_dispute_dialog (TgCasePage *self,
                     TgDispute  *dispute)
{
  TgDisputeDialog *dialog = tg_dispute_dialog_new (dispute, tg_store_get_calendar (self->store));

  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (dispute_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
file_dispute_action (GtkWidget  *widget,
                     const char *name,
                     GVariant   *parameter)
{
  open_dispute_dialog (TG_CASE_PAGE (widget), NULL);
}

static void
edit_dispute_action (GtkWidget  *widget,
                     const char *name,
                     GVariant   *parameter)
{
  TgCasePage *self = TG_CASE_PAGE (widget);
  TgDispute *dispute = find_item (tg_case_get_disputes (self->kase), g_variant_get_string (parameter, NULL),
                                  dispute_id);

  if (dispute != NULL)
    open_dispute_dialog (self, dispute);
}

static void
review_dispute_action (GtkWidget  *widget,
                       const char *name,
                       GVariant   *parameter)
{
  TgCasePage *self = TG_CASE_PAGE (widget);
  TgDispute *dispute = find_item (tg_case_get_disputes (self->kase), g_variant_get_string (parameter, NULL),
                                  dispute_id);
  g_autoptr(TgDispute) copy = NULL;
  g_autoptr(GError) error = NULL;

  if (dispute == NULL || tg_dispute_get_status (dispute) != TG_DISPUTE_STATUS_FILED)
    return;
  copy = tg_model_copy (dispute);
  tg_dispute_set_status (copy, TG_DISPUTE_STATUS_UNDER_REVIEW);
  if (!tg_case_page_save_dispute (self, copy, &error))
    tg_case_page_toast (self, error->message);
}

/* --- information requests ----------------------------------------------- */

static gboolean
form_date (TgForm     *form,
           const char *key,
           gboolean    required,
           GDate      *date)
{
  const char *text = tg_form_get_text (form, key);

  g_date_clear (date, 1);
  if (text == NULL && !required)
    return TRUE;
  if (text != NULL && tg_date_parse (text, date))
    return TRUE;
  tg_form_problem (form, key, _("Write dates as YYYY-MM-DD, e.g. 2026-03-14."));
  return FALSE;
}

typedef struct
{
  TgCasePage *page;
  char       *auto_due;   /* the due date we filled in; follows "sent" until edited */
} RequestData;

static void
request_data_free (RequestData *data)
{
  g_object_unref (data->page);
  g_free (data->auto_due);
  g_free (data);
}

static void
request_check (TgForm   *form,
               gpointer  user_data)
{
  RequestData *data = user_data;
  GDate sent, due;
  const char *typed_due = tg_form_get_text (form, "due");

  if (tg_form_get_text (form, "addressee") == NULL)
    tg_form_problem (form, "addressee", _("Write to whom the request goes."));
  if (tg_form_get_text (form, "subject") == NULL)
    tg_form_problem (form, "subject", _("Write what is requested."));
  if (form_date (form, "sent", TRUE, &sent) && g_date_valid (&sent)
      && g_strcmp0 (typed_due != NULL ? typed_due : "", data->auto_due) == 0)
    {
      /* The default follows the day sent: 5 working days of the calendar. */
      tg_calendar_add_working_days (tg_store_get_calendar (data->page->store), &sent, REQUEST_DAYS, &due);
      g_free (data->auto_due);
      data->auto_due = tg_date_format_iso (&due);
      if (g_strcmp0 (tg_form_get_text (form, "due"), data->auto_due) != 0)
        tg_form_set_text (form, "due", data->auto_due);   /* re-runs the check */
    }
  if (form_date (form, "due", TRUE, &due) && g_date_valid (&sent) && g_date_valid (&due)
      && g_date_compare (&due, &sent) < 0)
    tg_form_problem (form, "due", _("The answer cannot be due before the request is sent."));
}

static void
request_apply (TgForm   *form,
               gpointer  user_data)
{
  RequestData *data = user_data;
  g_autoptr(TgCase) edited = tg_case_page_copy_case (data->page);
  g_autoptr(TgInfoRequest) request = tg_info_request_new ();
  g_autoptr(GError) error = NULL;

  tg_info_request_set_addressee (request, tg_form_get_text (form, "addressee"));
  tg_info_request_set_subject (request, tg_form_get_text (form, "subject"));
  tg_info_request_set_sent (request, tg_form_get_text (form, "sent"));
  tg_info_request_set_due (request, tg_form_get_text (form, "due"));
  tg_info_request_set_blocking (request, tg_form_get_active (form, "blocking"));
  g_list_store_append (tg_case_get_requests (edited), request);
  if (!tg_case_page_save (data->page, edited, _("Request recorded"), &error))
    tg_case_page_toast (data->page, error->message);
}

TgForm *
tg_case_page_add_request (TgCasePage *self)
{
  TgForm *form = tg_form_new (GTK_WIDGET (self), _("Information Request"), NULL);
  RequestData *data = g_new0 (RequestData, 1);
  g_autofree char *today_iso = NULL;
  GDate today;

  tg_today (&today);
  today_iso = tg_date_format_iso (&today);
  data->page = g_object_ref (self);
  data->auto_due = g_strdup ("");
  tg_form_add_entry (form, "addressee", _("Addressee"), NULL);
  tg_form_add_entry (form, "subject", _("What is requested"), NULL);
  tg_form_add_entry (form, "sent", _("Sent on (YYYY-MM-DD)"), today_iso);
  tg_form_add_entry (form, "due", _("Answer due (YYYY-MM-DD)"), NULL);
  tg_form_add_switch (form, "blocking", _("The case cannot close without the answer"), FALSE);
  tg_form_set_check (form, request_check, data);
  tg_form_present (form, request_apply, data, (GDestroyNotify) request_data_free);
  return form;
}

static void
answer_check (TgForm   *form,
              gpointer  user_data)
{
  TgInfoRequest *request = user_data;
  GDate answered, sent;

  if (form_date (form, "answered", TRUE, &answered) && tg_date_parse (tg_info_request_get_sent (request), &sent)
      && g_date_compare (&answered, &sent) < 0)
    tg_form_problem (form, "answered", _("The answer cannot come before the request was sent."));
  if (tg_form_get_text (form, "answer") == NULL)
    tg_form_problem (form, "answer", _("Write what the answer says."));
}

static void
answer_apply (TgForm   *form,
              gpointer  user_data)
{
  TgInfoRequest *request = user_data;
  TgCasePage *self = g_object_get_data (G_OBJECT (request), "tg-page");
  g_autoptr(TgCase) edited = tg_case_page_copy_case (self);
  TgInfoRequest *target = find_item (tg_case_get_requests (edited), tg_info_request_get_id (request), request_id);
  g_autoptr(GError) error = NULL;

  if (target == NULL)
    return;
  tg_info_request_set_answered (target, tg_form_get_text (form, "answered"));
  tg_info_request_set_answer (target, tg_form_get_text (form, "answer"));
  if (!tg_case_page_save (self, edited, _("Answer recorded"), &error))
    tg_case_page_toast (self, error->message);
}

TgForm *
tg_case_page_answer_request (TgCasePage *self,
                             const char *id)
{
  TgInfoRequest *request = find_item (tg_case_get_requests (self->kase), id, request_id);
  g_autoptr(TgInfoRequest) copy = NULL;
  g_autofree char *today_iso = NULL;
  TgForm *form;
  GDate today;

  if (request == NULL)
    return NULL;
  copy = tg_model_copy (request);
  g_object_set_data_full (G_OBJECT (copy), "tg-page", g_object_ref (self), g_object_unref);
  tg_today (&today);
  today_iso = tg_date_format_iso (&today);
  form = tg_form_new (GTK_WIDGET (self), _("Record the Answer"), tg_info_request_get_subject (request));
  tg_form_add_entry (form, "answered", _("Answered on (YYYY-MM-DD)"),
                     tg_info_request_get_answered (request) != NULL ? tg_info_request_get_answered (request)
                                                                    : today_iso);
  tg_form_add_entry (form, "answer", _("Answer"), tg_info_request_get_answer (request));
  tg_form_set_check (form, answer_check, copy);
  tg_form_present (form, answer_apply, g_steal_pointer (&copy), g_object_unref);
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
  gtk_widget_class_install_action (widget_class, "case.edit-dispute", "s", edit_dispute_action);
  gtk_widget_class_install_action (widget_class, "case.review-dispute", "s", review_dispute_action);
  gtk_widget_class_install_action (widget_class, "case.add-request", NULL, add_request_action);
  gtk_widget_class_install_action (widget_class, "case.answer-request", "s", answer_request_action);
}
