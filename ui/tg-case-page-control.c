/* tg-case-page-control.c — the order, the conclusion, the Committee's
 * objectivity review and the act's receipt
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Appointing allocates the Committee's next order number (order-template.md),
 * so it is confirmed first. Concluding asks for the act only when the case
 * has none. A review whose conclusion is "re-investigation" sends the case
 * back in the same command (Regulation of 2014, para. 14).
 */
#define G_LOG_DOMAIN "tg-case-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-case-commands.h"
#include "tg-case-page-private.h"
#include "tg-deadline.h"
#include "tg-review.h"
#include "tg-store-oversight.h"

typedef struct
{
  TgCasePage *page;
  gint64      revision;
} ControlData;

static ControlData *
control_data_new (TgCasePage *self)
{
  ControlData *data = g_new0 (ControlData, 1);

  data->page = g_object_ref (self);
  data->revision = tg_case_page_get_revision (self);
  return data;
}

static void
control_data_free (ControlData *data)
{
  g_object_unref (data->page);
  g_free (data);
}

static gboolean
run_fields (TgForm             *form,
            ControlData        *data,
            const char         *name,
            const char * const *keys,
            gboolean            all,
            const char         *done,
            GError            **error)
{
  GVariantDict params;
  g_autoptr(GVariant) values = NULL;

  g_variant_dict_init (&params, NULL);
  if (!tg_case_page_put_fields (form, &params, name, keys, !(all), error))
    {
      g_variant_dict_clear (&params);
      return FALSE;
    }
  values = g_variant_ref_sink (g_variant_dict_end (&params));
  /* Untouched, on a case that can no longer take it: nothing to send. */
  if (g_variant_n_children (values) == 0 &&
      !tg_command_can_run (data->page->store, tg_case_page_get_case (data->page), name, values, NULL))
    {
      tg_case_page_toast (data->page, _("Nothing changed"));
      return TRUE;
    }
  return tg_case_page_run (data->page, data->revision, name, values, done, NULL, error);
}

/* --- appointing ------------------------------------------------------------ */

static const char * const order_keys[] = { "order-number", "order-date", NULL };

static void
order_check (TgForm   *form,
             gpointer  user_data)
{
  tg_form_check_date (form, "order-date", FALSE);
}

static gboolean
order_apply (TgForm   *form,
             gpointer  user_data,
             GError  **error)
{
  return run_fields (form, user_data, "appoint", order_keys, FALSE, NULL, error);
}

TgForm *
tg_case_page_appoint (TgCasePage *self)
{
  TgInvestigation *inv = tg_case_get_investigation (self->kase);
  TgCommission *com = inv != NULL ? tg_investigation_get_commission (inv) : NULL;
  guint n = com != NULL ? g_list_model_get_n_items (G_LIST_MODEL (tg_commission_get_members (com))) : 0;
  g_autofree char *date = com != NULL ? tg_format_date (tg_commission_get_order_date (com)) : NULL;
  g_autofree char *body = NULL;
  TgForm *form;

  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "The commission of %u member is appointed by the Committee's order. "
                                       "Appointing allocates the next order number and dates the order today, "
                                       "unless you write them here; the 10 working days of the investigation "
                                       "run from the order's date.",
                                       "The commission of %u members is appointed by the Committee's order. "
                                       "Appointing allocates the next order number and dates the order today, "
                                       "unless you write them here; the 10 working days of the investigation "
                                       "run from the order's date.", n), n);
  form = tg_form_new (GTK_WIDGET (self), _("Appoint the Commission"), body);
  tg_form_add_entry (form, "order-number", _("Order number (empty: the next one)"),
                     com != NULL ? tg_commission_get_order_number (com) : NULL);
  tg_form_add_date (form, "order-date", _("Order date (empty: today)"), date);
  tg_form_set_save_label (form, _("_Appoint"), FALSE);
  tg_form_set_check (form, order_check, NULL);
  tg_form_present (form, order_apply, control_data_new (self), (GDestroyNotify) control_data_free);
  return form;
}

/* --- concluding ------------------------------------------------------------ */

static const char * const act_keys[] = { "act-number", "act-date", NULL };

static void
act_check (TgForm   *form,
           gpointer  user_data)
{
  if (tg_form_get_text (form, "act-number") == NULL)
    tg_form_problem (form, "act-number", _("Write the act's number."));
  tg_form_check_date (form, "act-date", TRUE);
}

static gboolean
conclude_apply (TgForm   *form,
                gpointer  user_data,
                GError  **error)
{
  return run_fields (form, user_data, "conclude", act_keys, FALSE, NULL, error);
}

TgForm *
tg_case_page_conclude (TgCasePage *self)
{
  TgInvestigation *inv = tg_case_get_investigation (self->kase);
  const char *number = inv != NULL ? tg_investigation_get_act_number (inv) : NULL;
  const char *date = inv != NULL ? tg_investigation_get_act_date (inv) : NULL;
  g_autofree char *shown = tg_format_date (date);
  g_autofree char *today = NULL;
  g_autoptr(GError) error = NULL;
  TgForm *form;

  /* The act is known: what concluding does, and Conclude. */
  if (number != NULL && date != NULL)
    {
      /* Translators: act number and date */
      g_autofree char *body = g_strdup_printf (_("Act No. %s of %s ends the investigation: the case becomes "
                                                 "“Concluded”. Its findings can then change only by "
                                                 "re-investigating or, once closed, by reopening."), number, shown);

      tg_case_page_confirm (self, "conclude", _("Conclude the Investigation?"), body, _("C_onclude"));
      return NULL;
    }
  form = tg_form_new (GTK_WIDGET (self), _("Conclude the Investigation"),
                      _("The investigation ends with its act (Labour Code art. 190): write its number and date."));
  tg_form_add_entry (form, "act-number", _("Act number"), number);
  tg_form_add_date (form, "act-date", _("Act date"), shown);
  if (date == NULL)
    {
      today = tg_form_dup_today ();
      tg_form_set_text (form, "act-date", today);
    }
  tg_form_set_save_label (form, _("C_onclude"), FALSE);
  tg_form_set_check (form, act_check, NULL);
  tg_form_present (form, conclude_apply, control_data_new (self), (GDestroyNotify) control_data_free);
  return form;
}

/* --- the Committee's review ------------------------------------------------ */

static const char * const review_keys[] = { "reviewed-on", "reviewer", "reasoning", "act-number", NULL };

static void
review_check (TgForm   *form,
              gpointer  user_data)
{
  tg_form_check_date (form, "reviewed-on", TRUE);
  if (tg_form_get_text (form, "reviewer") == NULL)
    tg_form_problem (form, "reviewer", _("Write who reviewed the investigation."));
  else if (tg_form_get_text (form, "reasoning") == NULL)
    tg_form_problem (form, NULL, _("Write the review's reasoning."));
}

static gboolean
review_apply (TgForm   *form,
              gpointer  user_data,
              GError  **error)
{
  ControlData *data = user_data;
  GVariantDict params;
  TgReviewConclusion conclusion = tg_form_get_selected (form, "conclusion");

  g_variant_dict_init (&params, NULL);
  g_variant_dict_insert (&params, "conclusion", "s", tg_enum_to_nick (TG_TYPE_REVIEW_CONCLUSION, conclusion));
  if (!tg_case_page_put_fields (form, &params, "review", review_keys, FALSE, error))
    {
      g_variant_dict_clear (&params);
      return FALSE;
    }
  return tg_case_page_run (data->page, data->revision, "review", g_variant_dict_end (&params),
                           _("Review recorded"), NULL, error);
}

TgForm *
tg_case_page_record_review (TgCasePage *self)
{
  TgInvestigation *inv = tg_case_get_investigation (self->kase);
  const char *conclusions[TG_REVIEW_REINVESTIGATION + 2] = { NULL };
  g_autofree char *today = tg_form_dup_today ();
  TgForm *form;

  for (guint c = TG_REVIEW_SOUND; c <= TG_REVIEW_REINVESTIGATION; c++)
    conclusions[c] = tg_review_conclusion_label (c);
  form = tg_form_new (GTK_WIDGET (self), _("Record an Objectivity Review"),
                      _("The Committee's control of the investigation (Regulation of 2014, para. 14). "
                        "A conclusion “re-investigation required” sends a concluded or closed case back "
                        "to the body that investigated it, with this review as the reason."));
  tg_form_add_date (form, "reviewed-on", C_("form", "Reviewed on"), today);
  tg_form_add_entry (form, "reviewer", C_("form", "Reviewer"), NULL);
  tg_form_add_combo (form, "conclusion", C_("form", "Conclusion"), conclusions, TG_REVIEW_SOUND);
  tg_form_add_text (form, "reasoning", _("Reasoning"), NULL);
  tg_form_add_entry (form, "act-number", _("Act reviewed"), inv != NULL ? tg_investigation_get_act_number (inv) : NULL);
  tg_form_set_save_label (form, _("_Record"), FALSE);
  tg_form_set_check (form, review_check, NULL);
  tg_form_present (form, review_apply, control_data_new (self), (GDestroyNotify) control_data_free);
  return form;
}

/* --- the act's receipt ----------------------------------------------------- */

static const char * const receipt_keys[] = { "received-on", NULL };

static void
receipt_check (TgForm   *form,
               gpointer  user_data)
{
  tg_form_check_date (form, "received-on", TRUE);
}

static gboolean
receipt_apply (TgForm   *form,
               gpointer  user_data,
               GError  **error)
{
  return run_fields (form, user_data, "act-received", receipt_keys, TRUE, _("Receipt of the act recorded"), error);
}

TgForm *
tg_case_page_act_received (TgCasePage *self)
{
  TgInvestigation *inv = tg_case_get_investigation (self->kase);
  const char *number = inv != NULL ? tg_investigation_get_act_number (inv) : NULL;
  g_autofree char *date = inv != NULL ? tg_format_date (tg_investigation_get_act_date (inv)) : NULL;
  g_autofree char *today = tg_form_dup_today ();
  g_autofree char *body = NULL;
  TgForm *form;

  if (number != NULL)
    /* Translators: act number and date; the act reaches the inspectorate within 3 working days */
    body = g_strdup_printf (_("Act No. %s of %s. The act reaches the inspectorate within 3 working days "
                              "after the investigation ends (Rules of 31 January 2024 No. 21)."), number, date);
  form = tg_form_new (GTK_WIDGET (self), _("Act Received"), body);
  tg_form_add_date (form, "received-on", C_("form", "Received on"), today);
  tg_form_set_save_label (form, _("_Record"), FALSE);
  tg_form_set_check (form, receipt_check, NULL);
  tg_form_present (form, receipt_apply, control_data_new (self), (GDestroyNotify) control_data_free);
  return form;
}

/* --- the group on the page -------------------------------------------------- */

static GtkWidget *
add_row (GtkWidget  *group,
         const char *title,
         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle != NULL && *subtitle != '\0' ? subtitle : "—");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return row;
}

static void
header_button (GtkWidget  *box,
               const char *icon,
               const char *tooltip,
               const char *action)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), button);
}

static void
add_reviews (TgCasePage *self,
             GtkWidget  *group)
{
  g_autoptr(GPtrArray) reviews = tg_store_list_reviews (self->store, tg_case_get_id (self->kase), NULL);

  for (guint i = 0; reviews != NULL && i < reviews->len; i++)
    {
      TgReview *review = g_ptr_array_index (reviews, i);
      g_autofree char *on = tg_format_date (tg_review_get_reviewed_on (review));
      /* Translators: objectivity review: date — reviewer */
      g_autofree char *title = g_strdup_printf (_("Review of %s — %s"), on, tg_review_get_reviewer (review));
      g_autofree char *subtitle = g_strdup_printf ("%s: %s",
                                                   tg_review_conclusion_label (tg_review_get_conclusion (review)),
                                                   tg_review_get_reasoning (review));
      add_row (group, title, subtitle);
    }
  if (reviews == NULL || reviews->len == 0)
    add_row (group, _("Objectivity review"), _("Not reviewed"));
}

/* Shown where the Committee controls a local investigation or a
 * concluded one, and wherever a review was recorded. */
void
tg_case_page_build_control (TgCasePage *self)
{
  TgState state = tg_case_get_state (self->kase);
  TgInvestigation *inv = tg_case_get_investigation (self->kase);
  GtkWidget *group, *box;
  g_autofree char *received = NULL;

  if (state != TG_STATE_LOCAL_INVESTIGATION && state != TG_STATE_CONCLUDED && state != TG_STATE_CLOSED)
    return;
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("The Committee's Control"));
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  header_button (box, "emblem-ok-symbolic", _("Record an Objectivity Review"), "case.record-review");
  header_button (box, "mail-read-symbolic", _("Act Received"), "case.act-received");
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), box);
  gtk_box_append (self->sections, group);
  add_reviews (self, group);
  if (inv == NULL || tg_investigation_get_act_number (inv) == NULL)
    return;
  received = tg_store_act_received (self->store, self->kase, NULL);
  if (received != NULL)
    {
      g_autofree char *on = tg_format_date (received);
      g_autofree char *text = g_strdup_printf (_("Received on %s"), on);
      add_row (group, _("Act received by the inspectorate"), text);
    }
  else
    add_row (group, _("Act received by the inspectorate"), _("Not recorded yet"));
}

static void
review_action (GtkWidget  *widget,
               const char *name,
               GVariant   *parameter)
{
  tg_case_page_record_review (TG_CASE_PAGE (widget));
}

static void
act_received_action (GtkWidget  *widget,
                     const char *name,
                     GVariant   *parameter)
{
  tg_case_page_act_received (TG_CASE_PAGE (widget));
}

void
tg_case_page_class_add_control_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "case.record-review", NULL, review_action);
  gtk_widget_class_install_action (widget_class, "case.act-received", NULL, act_received_action);
}
