/* tg-case-page-edit.c — the employer, the accident, extensions, findings
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Validated as typed (tg-form): a BIN whose check digit fails, a date-time
 * without a real date, a report before the accident keep Save insensitive
 * with the reason above the fields. Each form is fed from the case as the
 * page shows it and sends its command only the fields the user changed;
 * a field it does not show is never sent.
 */
#define G_LOG_DOMAIN "tg-case-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-case-commands.h"
#include "tg-case-page-private.h"
#include "tg-deadline.h"
#include "tg-employer.h"
#include "tg-findings.h"
#include "tg-identifiers.h"

/* What every form of this file keeps: the page and the revision it
 * showed when the form opened. */
typedef struct
{
  TgCasePage *page;
  gint64      revision;
  gboolean    existed;    /* the part edited was there when the form opened */
} EditData;

static EditData *
edit_data_new (TgCasePage *self)
{
  EditData *data = g_new0 (EditData, 1);

  data->page = g_object_ref (self);
  data->revision = tg_case_page_get_revision (self);
  return data;
}

static void
edit_data_free (EditData *data)
{
  g_object_unref (data->page);
  g_free (data);
}

/* A form whose fields are all as they were, and whose command cannot run
 * now, has nothing to send: say so rather than be refused for nothing. */
static gboolean
nothing_to_send (EditData   *data,
                 const char *name,
                 GVariant   *params)
{
  if (tg_command_can_run (data->page->store, tg_case_page_get_case (data->page), name, params, NULL))
    return FALSE;
  tg_case_page_toast (data->page, _("Nothing changed"));
  return TRUE;
}

/* Runs @name with @params (ended here) and, as its Undo, @undo. */
static gboolean
run_edit (EditData     *data,
          const char   *name,
          GVariantDict *params,
          GVariantDict *undo,
          const char   *done,
          GError      **error)
{
  g_autoptr(GVariant) values = g_variant_ref_sink (g_variant_dict_end (params));

  if (g_variant_n_children (values) == 0 && nothing_to_send (data, name, values))
    return TRUE;
  return tg_case_page_run (data->page, data->revision, name, values, done,
                           undo != NULL ? g_variant_dict_end (undo) : NULL, error);
}

/* --- employer ------------------------------------------------------------ */

static const char * const employer_keys[] = {
  "employer-name", "employer-bin", "employer-activity", "employer-address", NULL
};

static void
employer_check (TgForm   *form,
                gpointer  user_data)
{
  const char *bin = tg_form_get_text (form, "employer-bin");
  const char *activity = tg_form_get_text (form, "employer-activity");
  g_autoptr(GError) error = NULL;

  if (tg_form_get_text (form, "employer-name") == NULL)
    tg_form_problem (form, "employer-name", _("Write the employer's name."));
  if (bin != NULL && !tg_bin_validate (bin, &error))
    tg_form_problem (form, "employer-bin", error->message);
  if (activity != NULL && !g_regex_match_simple ("^[0-9]{2}(\\.[0-9]{1,2}(\\.[0-9]{1,2})?)?$", activity, 0, 0))
    tg_form_problem (form, "employer-activity", _("Write the OKED code as digits with dots, e.g. 07.10."));
}

static gboolean
particulars_apply (TgForm             *form,
                   EditData           *data,
                   const char * const *keys,
                   const char         *done,
                   GError            **error)
{
  GVariantDict params, undo;
  gboolean undoable = TRUE;
  gboolean ok;

  g_variant_dict_init (&params, NULL);
  g_variant_dict_init (&undo, NULL);
  if (!tg_case_page_put_changed (form, &params, &undo, &undoable, "edit-particulars", keys, error))
    {
      g_variant_dict_clear (&params);
      g_variant_dict_clear (&undo);
      return FALSE;
    }
  ok = run_edit (data, "edit-particulars", &params, undoable ? &undo : NULL, done, error);
  g_variant_dict_clear (&undo);
  return ok;
}

static gboolean
employer_apply (TgForm   *form,
                gpointer  user_data,
                GError  **error)
{
  return particulars_apply (form, user_data, employer_keys, _("Employer saved"), error);
}

TgForm *
tg_case_page_edit_employer (TgCasePage *self)
{
  TgEmployer *employer = tg_case_get_employer (self->kase);
  TgForm *form = tg_form_new (GTK_WIDGET (self), _("Employer"), NULL);

  tg_form_add_entry (form, "employer-name", _("Name"), employer != NULL ? tg_employer_get_name (employer) : NULL);
  tg_form_add_entry (form, "employer-bin", _("BIN (12 digits)"),
                     employer != NULL ? tg_employer_get_bin (employer) : NULL);
  tg_form_add_entry (form, "employer-activity", _("Economic activity (OKED)"),
                     employer != NULL ? tg_employer_get_activity (employer) : NULL);
  tg_form_add_entry (form, "employer-address", _("Address"),
                     employer != NULL ? tg_employer_get_address (employer) : NULL);
  tg_form_set_check (form, employer_check, self);
  tg_form_present (form, employer_apply, edit_data_new (self), (GDestroyNotify) edit_data_free);
  return form;
}

/* --- accident ------------------------------------------------------------ */

static const char * const accident_keys[] = { "place", "circumstances", NULL };

static void
accident_check (TgForm   *form,
                gpointer  user_data)
{
  g_autofree char *occurred = tg_form_normalize_datetime (tg_form_get_text (form, "occurred"));
  g_autofree char *reported = tg_form_normalize_datetime (tg_form_get_text (form, "reported"));
  g_autoptr(GDateTime) occurred_dt = occurred != NULL ? tg_datetime_parse (occurred) : NULL;
  g_autoptr(GDateTime) reported_dt = reported != NULL ? tg_datetime_parse (reported) : NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  const char *format = _("Write the date and time as 14.03.2026 09:30 or 2026-03-14 09:30 (Astana time), "
                         "or with an offset, 2026-03-14T09:30:00+05:00.");

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

/* A date-time as typed, as the command takes it; the one it was opened
 * with into @undo (none, when it was empty). */
static void
put_datetime (TgForm       *form,
              const char   *key,
              GVariantDict *params,
              GVariantDict *undo,
              gboolean     *undoable)
{
  g_autofree char *now = NULL;
  g_autofree char *before = NULL;

  if (!tg_form_is_changed (form, key))
    return;
  now = tg_form_normalize_datetime (tg_form_get_text (form, key));
  before = tg_form_normalize_datetime (tg_form_get_initial (form, key));
  if (now != NULL)
    g_variant_dict_insert (params, key, "s", now);
  if (before != NULL)
    g_variant_dict_insert (undo, key, "s", before);
  else
    *undoable = FALSE;
}

static void
put_switch (TgForm       *form,
            const char   *key,
            GVariantDict *params,
            GVariantDict *undo)
{
  if (!tg_form_is_changed (form, key))
    return;
  g_variant_dict_insert (params, key, "b", tg_form_get_active (form, key));
  g_variant_dict_insert (undo, key, "b", !tg_form_get_active (form, key));
}

static gboolean
accident_apply (TgForm   *form,
                gpointer  user_data,
                GError  **error)
{
  EditData *data = user_data;
  GVariantDict params, undo;
  gboolean undoable = TRUE;
  gboolean ok;

  g_variant_dict_init (&params, NULL);
  g_variant_dict_init (&undo, NULL);
  put_datetime (form, "occurred", &params, &undo, &undoable);
  put_datetime (form, "reported", &params, &undo, &undoable);
  put_switch (form, "hazardous-facility", &params, &undo);
  put_switch (form, "group-poisoning", &params, &undo);
  if (!tg_case_page_put_changed (form, &params, &undo, &undoable, "edit-particulars", accident_keys, error))
    {
      g_variant_dict_clear (&params);
      g_variant_dict_clear (&undo);
      return FALSE;
    }
  ok = run_edit (data, "edit-particulars", &params, undoable ? &undo : NULL, _("Accident saved"), error);
  g_variant_dict_clear (&undo);
  return ok;
}

TgForm *
tg_case_page_edit_accident (TgCasePage *self)
{
  TgForm *form = tg_form_new (GTK_WIDGET (self), _("Accident"),
                              _("Times are Astana time (UTC+5) unless written with another offset."));
  g_autofree char *occurred = tg_format_datetime (tg_case_get_occurred (self->kase));
  g_autofree char *reported = tg_format_datetime (tg_case_get_reported (self->kase));

  tg_form_add_entry (form, "occurred", _("Occurred"), occurred);
  tg_form_add_entry (form, "reported", _("Reported to the inspectorate"), reported);
  tg_form_add_entry (form, "place", _("Place"), tg_case_get_place (self->kase));
  tg_form_add_text (form, "circumstances", _("Circumstances"), tg_case_get_circumstances (self->kase));
  tg_form_add_switch (form, "hazardous-facility", _("Hazardous production facility"),
                      tg_case_get_hazardous_facility (self->kase));
  tg_form_add_switch (form, "group-poisoning", _("Acute group poisoning"),
                      tg_case_get_group_poisoning (self->kase));
  tg_form_set_check (form, accident_check, self);
  tg_form_present (form, accident_apply, edit_data_new (self), (GDestroyNotify) edit_data_free);
  return form;
}

/* --- extensions ---------------------------------------------------------- */

static void
extension_check (TgForm   *form,
                 gpointer  user_data)
{
  tg_form_check_date (form, "new-due", TRUE);
  if (tg_form_get_text (form, "reason") == NULL)
    tg_form_problem (form, NULL, _("Write the reason for the extension."));
  else if (tg_form_get_text (form, "granted-by") == NULL)
    tg_form_problem (form, "granted-by", _("Write who granted the extension."));
  tg_form_check_date (form, "granted", FALSE);
}

static gboolean
extension_apply (TgForm   *form,
                 gpointer  user_data,
                 GError  **error)
{
  EditData *data = user_data;
  static const char * const keys[] = { "new-due", "reason", "granted-by", "granted", NULL };
  GVariantDict params;

  g_variant_dict_init (&params, NULL);
  for (guint i = 0; keys[i] != NULL; i++)
    if ((tg_form_is_changed (form, keys[i]) || i < 3) &&
        !tg_case_page_put_param (&params, "extend", keys[i], tg_form_get_text (form, keys[i]), error))
      {
        g_variant_dict_clear (&params);
        return FALSE;
      }
  return tg_case_page_run (data->page, data->revision, "extend", g_variant_dict_end (&params),
                           _("Extension recorded"), NULL, error);
}

TgForm *
tg_case_page_add_extension (TgCasePage *self)
{
  TgForm *form = tg_form_new (GTK_WIDGET (self), _("Record an Extension"),
                              _("The term is extended by a recorded decision (Labour Code art. 188 p. 4)."));
  g_autofree char *today = NULL;
  GDate date;

  tg_today (&date);
  {
    g_autofree char *iso = tg_date_format_iso (&date);
    today = tg_format_date (iso);
  }
  tg_form_add_date (form, "new-due", C_("form", "New due date"), NULL);
  tg_form_add_text (form, "reason", _("Reason"), NULL);
  tg_form_add_entry (form, "granted-by", _("Granted by"), NULL);
  tg_form_add_date (form, "granted", C_("form", "Granted on"), today);
  tg_form_set_check (form, extension_check, NULL);
  tg_form_present (form, extension_apply, edit_data_new (self), (GDestroyNotify) edit_data_free);
  return form;
}

/* --- findings ------------------------------------------------------------ */

static const char * const findings_lists[] = { "causes", "responsible", "violations", NULL };
static const char * const findings_keys[] = {
  "work-related", "ground", "causes", "responsible", "violations", "fault-employer", "fault-employee", NULL
};

static gboolean
share_of (TgForm     *form,
          const char *key,
          int        *share)
{
  const char *text = tg_form_get_text (form, key);
  gint64 value;

  *share = -1;
  if (text == NULL)
    return TRUE;
  if (!g_ascii_string_to_signed (text, 10, 0, 100, &value, NULL))
    return FALSE;
  *share = (int) value;
  return TRUE;
}

static void
findings_check (TgForm   *form,
                gpointer  user_data)
{
  gboolean work_related = tg_form_get_active (form, "work-related");
  int employer, employee;

  gtk_widget_set_visible (tg_form_get_row (form, "ground"), !work_related);
  if (!work_related && tg_form_get_selected (form, "ground") == TG_GROUND_NONE)
    tg_form_problem (form, "ground", _("A finding of “not work-related” must name its ground "
                                       "(Labour Code art. 186 p. 3): choose it."));
  if (!share_of (form, "fault-employer", &employer))
    tg_form_problem (form, "fault-employer", _("Write the fault share as a whole number from 0 to 100."));
  else if (!share_of (form, "fault-employee", &employee))
    tg_form_problem (form, "fault-employee", _("Write the fault share as a whole number from 0 to 100."));
  else if ((employer >= 0 || employee >= 0) && employer + employee != 100)
    tg_form_problem (form, employer < 0 ? "fault-employer" : "fault-employee",
                     _("The fault shares of the employer and of the worker add up to 100 %."));
}

static char *
join_lines (const char * const *items)
{
  return items != NULL ? g_strjoinv ("\n", (char **) items) : NULL;
}

static void
put_share (TgForm       *form,
           const char   *key,
           GVariantDict *params,
           GVariantDict *undo)
{
  const char *before = tg_form_get_initial (form, key);
  int share;

  if (!tg_form_is_changed (form, key))
    return;
  share_of (form, key, &share);
  g_variant_dict_insert (params, key, "x", (gint64) share);
  g_variant_dict_insert (undo, key, "x", before != NULL ? g_ascii_strtoll (before, NULL, 10) : (gint64) -1);
}

static gboolean
findings_apply (TgForm   *form,
                gpointer  user_data,
                GError  **error)
{
  EditData *data = user_data;
  GVariantDict params, undo;
  gboolean undoable = data->existed;
  gboolean work_related = tg_form_get_active (form, "work-related");
  gboolean changed = FALSE;

  g_variant_dict_init (&params, NULL);
  g_variant_dict_init (&undo, NULL);
  /* Whether work-related is the command's one required parameter. */
  g_variant_dict_insert (&params, "work-related", "b", work_related);
  g_variant_dict_insert (&undo, "work-related", "b", work_related ^ tg_form_is_changed (form, "work-related"));
  if (!work_related && (tg_form_is_changed (form, "ground") || tg_form_is_changed (form, "work-related")))
    g_variant_dict_insert (&params, "ground", "s", tg_enum_to_nick (TG_TYPE_GROUND, tg_form_get_selected (form, "ground")));
  put_share (form, "fault-employer", &params, &undo);
  put_share (form, "fault-employee", &params, &undo);
  if (!tg_case_page_put_changed (form, &params, &undo, &undoable, "findings", findings_lists, error))
    {
      g_variant_dict_clear (&params);
      g_variant_dict_clear (&undo);
      return FALSE;
    }
  for (guint i = 0; findings_keys[i] != NULL; i++)
    changed |= tg_form_is_changed (form, findings_keys[i]);
  /* Untouched, a form with no findings behind it records none. */
  if (!changed && (!data->existed || nothing_to_send (data, "findings", NULL)))
    {
      if (!data->existed)
        tg_case_page_toast (data->page, _("Nothing changed"));
      g_variant_dict_clear (&params);
      g_variant_dict_clear (&undo);
      return TRUE;
    }
  if (!tg_case_page_run (data->page, data->revision, "findings", g_variant_dict_end (&params),
                         _("Findings saved"), undoable ? g_variant_dict_end (&undo) : NULL, error))
    {
      g_variant_dict_clear (&undo);
      return FALSE;
    }
  g_variant_dict_clear (&undo);
  return TRUE;
}

TgForm *
tg_case_page_edit_findings (TgCasePage *self)
{
  TgInvestigation *inv = tg_case_get_investigation (self->kase);
  TgFindings *old = inv != NULL ? tg_investigation_get_findings (inv) : NULL;
  TgForm *form = tg_form_new (GTK_WIDGET (self), _("Findings"),
                              _("Write one cause, person or norm a line."));
  const char *grounds[TG_GROUND_ILLNESS + 2] = { NULL };
  g_autofree char *causes = old != NULL ? join_lines (tg_findings_get_causes (old)) : NULL;
  g_autofree char *responsible = old != NULL ? join_lines (tg_findings_get_responsible (old)) : NULL;
  g_autofree char *violations = old != NULL ? join_lines (tg_findings_get_violations (old)) : NULL;
  g_autofree char *employer = NULL;
  g_autofree char *employee = NULL;
  EditData *data = edit_data_new (self);

  grounds[TG_GROUND_NONE] = _("Choose the ground…");
  for (guint g = TG_GROUND_INTOXICATION; g <= TG_GROUND_ILLNESS; g++)
    grounds[g] = tg_ground_label (g);
  if (old != NULL && tg_findings_get_fault_employer (old) >= 0)
    employer = g_strdup_printf ("%d", tg_findings_get_fault_employer (old));
  if (old != NULL && tg_findings_get_fault_employee (old) >= 0)
    employee = g_strdup_printf ("%d", tg_findings_get_fault_employee (old));
  data->existed = old != NULL;
  tg_form_add_switch (form, "work-related", _("Work-related"), old == NULL || tg_findings_get_work_related (old));
  tg_form_add_combo (form, "ground", _("Ground of “not work-related” (art. 186 p. 3)"), grounds,
                     old != NULL ? tg_findings_get_ground (old) : TG_GROUND_NONE);
  tg_form_add_text (form, "causes", _("Causes"), causes);
  tg_form_add_text (form, "responsible", _("Persons responsible"), responsible);
  tg_form_add_text (form, "violations", C_("form", "Violated norms"), violations);
  tg_form_add_entry (form, "fault-employer", C_("form", "Fault of the employer, %"), employer);
  tg_form_add_entry (form, "fault-employee", C_("form", "Fault of the worker, %"), employee);
  tg_form_set_check (form, findings_check, NULL);
  tg_form_present (form, findings_apply, data, (GDestroyNotify) edit_data_free);
  return form;
}

/* --- actions ------------------------------------------------------------- */

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

static void
add_extension_action (GtkWidget  *widget,
                      const char *name,
                      GVariant   *parameter)
{
  tg_case_page_add_extension (TG_CASE_PAGE (widget));
}

static void
edit_findings_action (GtkWidget  *widget,
                      const char *name,
                      GVariant   *parameter)
{
  tg_case_page_edit_findings (TG_CASE_PAGE (widget));
}

void
tg_case_page_class_add_edit_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "case.edit-employer", NULL, edit_employer_action);
  gtk_widget_class_install_action (widget_class, "case.edit-accident", NULL, edit_accident_action);
  gtk_widget_class_install_action (widget_class, "case.add-extension", NULL, add_extension_action);
  gtk_widget_class_install_action (widget_class, "case.edit-findings", NULL, edit_findings_action);
}
