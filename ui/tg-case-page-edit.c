/* tg-case-page-edit.c — editing the employer and the accident
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Validated as typed (tg-form): a BIN whose check digit fails, a date-time
 * without a real date, a report before the accident keep Save insensitive
 * with the reason under the fields.
 */
#define G_LOG_DOMAIN "tg-case-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-case-page-private.h"
#include "tg-employer.h"
#include "tg-form.h"
#include "tg-identifiers.h"

char *
tg_case_page_normalize_datetime (const char *text)
{
  g_autoptr(GDateTime) parsed = NULL;
  g_autofree char *iso = NULL;
  g_autoptr(GString) fixed = NULL;

  if (text == NULL)
    return NULL;
  parsed = tg_datetime_parse (text);
  if (parsed != NULL)
    return tg_datetime_format (parsed);
  /* "2026-03-14 09:30" or "…T09:30": Astana time, the usual way to type it. */
  fixed = g_string_new (text);
  g_strstrip (fixed->str);
  fixed->len = strlen (fixed->str);
  if (fixed->len == 16 && (fixed->str[10] == ' ' || fixed->str[10] == 'T'))
    {
      fixed->str[10] = 'T';
      g_string_append (fixed, ":00+05:00");
      parsed = tg_datetime_parse (fixed->str);
    }
  return parsed != NULL ? tg_datetime_format (parsed) : NULL;
}

/* --- employer ------------------------------------------------------------ */

static void
employer_check (TgForm   *form,
                gpointer  user_data)
{
  const char *bin = tg_form_get_text (form, "bin");
  const char *activity = tg_form_get_text (form, "activity");
  g_autoptr(GError) error = NULL;

  if (tg_form_get_text (form, "name") == NULL)
    tg_form_problem (form, "name", _("Write the employer's name."));
  if (bin != NULL && !tg_bin_validate (bin, &error))
    tg_form_problem (form, "bin", error->message);
  if (activity != NULL && !g_regex_match_simple ("^[0-9]{2}(\\.[0-9]{1,2}(\\.[0-9]{1,2})?)?$", activity, 0, 0))
    tg_form_problem (form, "activity", _("Write the OKED code as digits with dots, e.g. 07.10."));
}

static void
employer_apply (TgForm   *form,
                gpointer  user_data)
{
  TgCasePage *self = user_data;
  g_autoptr(TgCase) edited = tg_case_page_copy_case (self);
  g_autoptr(TgEmployer) employer = tg_employer_new ();
  g_autoptr(GError) error = NULL;

  tg_employer_set_name (employer, tg_form_get_text (form, "name"));
  tg_employer_set_bin (employer, tg_form_get_text (form, "bin"));
  tg_employer_set_activity (employer, tg_form_get_text (form, "activity"));
  tg_employer_set_address (employer, tg_form_get_text (form, "address"));
  tg_case_set_employer (edited, employer);
  if (!tg_case_page_save (self, edited, _("Employer saved"), &error))
    tg_case_page_toast (self, error->message);
}

TgForm *
tg_case_page_edit_employer (TgCasePage *self)
{
  TgEmployer *employer = tg_case_get_employer (self->kase);
  TgForm *form = tg_form_new (GTK_WIDGET (self), _("Employer"), NULL);

  tg_form_add_entry (form, "name", _("Name"), employer != NULL ? tg_employer_get_name (employer) : NULL);
  tg_form_add_entry (form, "bin", _("BIN (12 digits)"), employer != NULL ? tg_employer_get_bin (employer) : NULL);
  tg_form_add_entry (form, "activity", _("Economic activity (OKED)"),
                     employer != NULL ? tg_employer_get_activity (employer) : NULL);
  tg_form_add_entry (form, "address", _("Address"), employer != NULL ? tg_employer_get_address (employer) : NULL);
  tg_form_set_check (form, employer_check, self);
  tg_form_present (form, employer_apply, g_object_ref (self), g_object_unref);
  return form;
}

/* --- accident ------------------------------------------------------------ */

static void
accident_check (TgForm   *form,
                gpointer  user_data)
{
  g_autofree char *occurred = tg_case_page_normalize_datetime (tg_form_get_text (form, "occurred"));
  g_autofree char *reported = tg_case_page_normalize_datetime (tg_form_get_text (form, "reported"));
  g_autoptr(GDateTime) occurred_dt = occurred != NULL ? tg_datetime_parse (occurred) : NULL;
  g_autoptr(GDateTime) reported_dt = reported != NULL ? tg_datetime_parse (reported) : NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  const char *format = _("Write the date and time as 2026-03-14 09:30 (Astana time) or with an offset, "
                         "2026-03-14T09:30:00+05:00.");

  if (occurred == NULL)
    tg_form_problem (form, "occurred", format);
  if (tg_form_get_text (form, "reported") != NULL && reported == NULL)
    tg_form_problem (form, "reported", format);
  if (occurred_dt != NULL && g_date_time_compare (occurred_dt, now) > 0)
    tg_form_problem (form, "occurred", _("The accident cannot be in the future."));
  if (occurred_dt != NULL && reported_dt != NULL && g_date_time_compare (reported_dt, occurred_dt) < 0)
    tg_form_problem (form, "reported", _("The report cannot come before the accident."));
  if (reported_dt != NULL && g_date_time_compare (reported_dt, now) > 0)
    tg_form_problem (form, "reported", _("The report cannot be in the future."));
  if (tg_form_get_text (form, "place") == NULL)
    tg_form_problem (form, "place", _("Write where the accident happened."));
}

static void
accident_apply (TgForm   *form,
                gpointer  user_data)
{
  TgCasePage *self = user_data;
  g_autoptr(TgCase) edited = tg_case_page_copy_case (self);
  g_autofree char *occurred = tg_case_page_normalize_datetime (tg_form_get_text (form, "occurred"));
  g_autofree char *reported = tg_case_page_normalize_datetime (tg_form_get_text (form, "reported"));
  g_autoptr(GError) error = NULL;

  tg_case_set_occurred (edited, occurred);
  tg_case_set_reported (edited, reported);
  tg_case_set_place (edited, tg_form_get_text (form, "place"));
  tg_case_set_circumstances (edited, tg_form_get_text (form, "circumstances"));
  tg_case_set_hazardous_facility (edited, tg_form_get_active (form, "hazardous"));
  tg_case_set_group_poisoning (edited, tg_form_get_active (form, "poisoning"));
  if (!tg_case_page_save (self, edited, _("Accident saved"), &error))
    tg_case_page_toast (self, error->message);
}

TgForm *
tg_case_page_edit_accident (TgCasePage *self)
{
  TgForm *form = tg_form_new (GTK_WIDGET (self), _("Accident"),
                              _("Times are Astana time (UTC+5) unless written with another offset."));

  tg_form_add_entry (form, "occurred", _("Occurred"), tg_case_get_occurred (self->kase));
  tg_form_add_entry (form, "reported", _("Reported to the inspectorate"), tg_case_get_reported (self->kase));
  tg_form_add_entry (form, "place", _("Place"), tg_case_get_place (self->kase));
  tg_form_add_entry (form, "circumstances", _("Circumstances"), tg_case_get_circumstances (self->kase));
  tg_form_add_switch (form, "hazardous", _("Hazardous production facility"),
                      tg_case_get_hazardous_facility (self->kase));
  tg_form_add_switch (form, "poisoning", _("Acute group poisoning"), tg_case_get_group_poisoning (self->kase));
  tg_form_set_check (form, accident_check, self);
  tg_form_present (form, accident_apply, g_object_ref (self), g_object_unref);
  return form;
}

static void
edit_employer_action (GtkWidget  *widget,
                      const char *name,
                      GVariant   *parameter)
{
  tg_case_page_edit_employer (TG_CASE_PAGE (widget));
}

static void
edit_accident_action (GtkWidget  *widget,
                      const char *name,
                      GVariant   *parameter)
{
  tg_case_page_edit_accident (TG_CASE_PAGE (widget));
}

void
tg_case_page_class_add_edit_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "case.edit-employer", NULL, edit_employer_action);
  gtk_widget_class_install_action (widget_class, "case.edit-accident", NULL, edit_accident_action);
}
