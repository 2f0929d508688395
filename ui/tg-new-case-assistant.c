/* tg-new-case-assistant.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One page rather than a wizard: an investigator on the phone types in the
 * order she hears things, and the classification line at the top follows
 * every victim she enters (workflows.md §1).
 */
#define G_LOG_DOMAIN "tg-new-case"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-dates.h"
#include "tg-identifiers.h"
#include "tg-case-commands.h"
#include "tg-new-case-assistant.h"
#include "tg-regions.h"
#include "tg-rules.h"
#include "tg-victim-dialog.h"

struct _TgNewCaseAssistant
{
  AdwWindow        parent_instance;

  TgStore         *store;
  GListStore      *victims;
  GPtrArray       *victim_rows;
  GPtrArray       *region_codes;   /* of region_row's items */
  char            *classification;
  gboolean         checking;   /* filling the employer in re-enters */

  AdwToastOverlay *toast_overlay;
  GtkWidget       *create_button;
  AdwActionRow    *classification_row;
  AdwEntryRow     *bin_row;
  AdwEntryRow     *employer_row;
  AdwEntryRow     *activity_row;
  AdwEntryRow     *address_row;
  AdwComboRow     *region_row;
  AdwEntryRow     *occurred_row;
  AdwEntryRow     *reported_row;
  AdwEntryRow     *place_row;
  AdwEntryRow     *circumstances_row;
  GtkSwitch       *hazardous_switch;
  GtkSwitch       *poisoning_switch;
  AdwPreferencesGroup *victims_group;
  GtkLabel        *problem_label;
};

G_DEFINE_FINAL_TYPE (TgNewCaseAssistant, tg_new_case_assistant, ADW_TYPE_WINDOW)

enum
{
  CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
text_of (AdwEntryRow *row)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

  return text[0] != '\0' ? text : NULL;
}

/* "2026-03-14 09:30" (Astana time) or a full ISO date-time. */
static char *
parse_local (const char *text)
{
  g_autoptr(GDateTime) full = NULL;
  g_autoptr(GTimeZone) astana = NULL;
  g_autoptr(GDateTime) local = NULL;
  int y, mo, d, h = 0, mi = 0;

  if (text == NULL)
    return NULL;
  if ((full = tg_datetime_parse (text)) != NULL)
    return tg_datetime_format (full);
  if (sscanf (text, "%d-%d-%d %d:%d", &y, &mo, &d, &h, &mi) < 3)
    return NULL;
  astana = tg_astana_timezone ();
  local = g_date_time_new (astana, y, mo, d, h, mi, 0);
  return local != NULL ? tg_datetime_format (local) : NULL;
}

static void
update_classification (TgNewCaseAssistant *self)
{
  GListModel *victims = G_LIST_MODEL (self->victims);
  guint n = g_list_model_get_n_items (victims), deaths = 0;
  TgSeverity worst = TG_SEVERITY_LIGHT;
  TgClassification klass;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TgVictim) victim = g_list_model_get_item (victims, i);

      worst = MAX (worst, tg_victim_get_severity (victim));
      if (tg_victim_get_severity (victim) == TG_SEVERITY_FATAL)
        deaths++;
    }
  g_clear_pointer (&self->classification, g_free);
  if (n == 0 && !gtk_switch_get_active (self->poisoning_switch))
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->classification_row), _("No victims yet"));
      adw_action_row_set_subtitle (self->classification_row, _("Classification and jurisdiction follow from the victims."));
      return;
    }
  tg_classify_counts (n, deaths, worst, gtk_switch_get_active (self->poisoning_switch), &klass);
  self->classification = tg_classification_describe (&klass);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->classification_row), self->classification);
  adw_action_row_set_subtitle (self->classification_row, tg_classification_reason (&klass));
}

/* An employer known from an earlier case fills in by BIN. */
static void
fill_employer (TgNewCaseAssistant *self,
               const char         *bin)
{
  TgCaseQuery query = TG_CASE_QUERY_INIT;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(TgCase) earlier = NULL;
  TgEmployer *employer;

  if (text_of (self->employer_row) != NULL)
    return;
  query.search = bin;
  query.sort = TG_CASE_SORT_OCCURRED;
  query.descending = TRUE;
  rows = tg_store_list_cases (self->store, &query, 0, 1, NULL);
  if (rows == NULL || rows->len == 0)
    return;
  earlier = tg_store_load_case (self->store, TG_CASE_SUMMARY (g_ptr_array_index (rows, 0))->id, NULL);
  employer = earlier != NULL ? tg_case_get_employer (earlier) : NULL;
  if (employer == NULL || g_strcmp0 (tg_employer_get_bin (employer), bin) != 0)
    return;
  gtk_editable_set_text (GTK_EDITABLE (self->employer_row), tg_employer_get_name (employer) ? tg_employer_get_name (employer) : "");
  if (text_of (self->activity_row) == NULL && tg_employer_get_activity (employer) != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->activity_row), tg_employer_get_activity (employer));
  if (text_of (self->address_row) == NULL && tg_employer_get_address (employer) != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->address_row), tg_employer_get_address (employer));
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Employer filled in from an earlier case")));
}

static void
changed_cb (TgNewCaseAssistant *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TgCase) kase = NULL;
  const char *bin;

  if (self->problem_label == NULL || self->victims == NULL || self->store == NULL || self->checking)
    return;
  bin = text_of (self->bin_row);
  self->checking = TRUE;
  if (bin != NULL && strlen (bin) == 12 && tg_bin_validate (bin, NULL))
    fill_employer (self, bin);
  self->checking = FALSE;
  if (bin != NULL && strlen (bin) >= 12 && !tg_bin_validate (bin, NULL))
    gtk_widget_add_css_class (GTK_WIDGET (self->bin_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->bin_row), "error");
  update_classification (self);
  kase = tg_new_case_assistant_build_case (self, &error);
  gtk_label_set_text (self->problem_label, kase == NULL ? error->message : _("Ready to register."));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "assistant.create", kase != NULL);
  gtk_widget_set_tooltip_text (self->create_button, kase == NULL ? error->message : NULL);
}

static gboolean
fail (GError    **error,
      const char *message)
{
  g_set_error_literal (error, TG_STORE_ERROR, TG_STORE_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
fill_employer_part (TgNewCaseAssistant *self,
                    TgCase             *kase,
                    GError            **error)
{
  g_autoptr(TgEmployer) employer = tg_employer_new ();
  const char *bin = text_of (self->bin_row);
  g_autoptr(GError) local = NULL;

  if (bin == NULL)
    return fail (error, _("Enter the employer's BIN."));
  if (!tg_bin_validate (bin, &local))
    return fail (error, local->message);
  if (text_of (self->employer_row) == NULL)
    return fail (error, _("Enter the employer's name."));
  tg_employer_set_bin (employer, bin);
  tg_employer_set_name (employer, text_of (self->employer_row));
  tg_employer_set_activity (employer, text_of (self->activity_row));
  tg_employer_set_address (employer, text_of (self->address_row));
  tg_case_set_employer (kase, employer);
  return TRUE;
}

static gboolean
fill_accident_part (TgNewCaseAssistant *self,
                    TgCase             *kase,
                    GError            **error)
{
  g_autofree char *occurred = parse_local (text_of (self->occurred_row));
  g_autofree char *reported = parse_local (text_of (self->reported_row));
  guint region = adw_combo_row_get_selected (self->region_row);

  if (region >= self->region_codes->len)
    return fail (error, _("Choose the region."));
  if (occurred == NULL)
    return fail (error, _("Enter when the accident occurred, as YYYY-MM-DD HH:MM."));
  if (reported == NULL)
    return fail (error, _("Enter when it was reported, as YYYY-MM-DD HH:MM."));
  tg_case_set_region (kase, g_ptr_array_index (self->region_codes, region));
  tg_case_set_occurred (kase, occurred);
  tg_case_set_reported (kase, reported);
  tg_case_set_place (kase, text_of (self->place_row));
  tg_case_set_circumstances (kase, text_of (self->circumstances_row));
  tg_case_set_hazardous_facility (kase, gtk_switch_get_active (self->hazardous_switch));
  tg_case_set_group_poisoning (kase, gtk_switch_get_active (self->poisoning_switch));
  return TRUE;
}

TgCase *
tg_new_case_assistant_build_case (TgNewCaseAssistant  *self,
                                  GError             **error)
{
  g_autoptr(TgCase) kase = tg_case_new ();
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  GListModel *victims = G_LIST_MODEL (self->victims);
  guint n = g_list_model_get_n_items (victims);

  g_return_val_if_fail (TG_IS_NEW_CASE_ASSISTANT (self), NULL);

  if (!fill_employer_part (self, kase, error) || !fill_accident_part (self, kase, error))
    return NULL;
  if (n == 0)
    {
      fail (error, _("Add at least one victim."));
      return NULL;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TgVictim) victim = g_list_model_get_item (victims, i);
      g_autoptr(TgVictim) copy = g_object_ref (victim);
      g_autofree char *id = g_strdup_printf ("v%u", i + 1);

      tg_victim_set_id (copy, id);
      g_list_store_append (tg_case_get_victims (kase), copy);
    }
  if (!tg_rules_validate_case (kase, problems))
    {
      fail (error, g_ptr_array_index (problems, 0));
      return NULL;
    }
  return g_steal_pointer (&kase);
}

gboolean
tg_new_case_assistant_create (TgNewCaseAssistant  *self,
                              GError             **error)
{
  g_autoptr(TgCase) draft = NULL;
  g_autoptr(TgCase) kase = NULL;

  g_return_val_if_fail (TG_IS_NEW_CASE_ASSISTANT (self), FALSE);

  draft = tg_new_case_assistant_build_case (self, error);
  if (draft == NULL || (kase = tg_command_register (self->store, draft, error)) == NULL)
    return FALSE;
  /* Route at once when the rules allow: the case lands where it belongs
   * (commission pending, local investigation) and its clock starts. */
  if (tg_command_can_run (self->store, kase, "route", NULL, NULL))
    {
      g_autoptr(GError) route_error = NULL;
      g_autoptr(TgCase) routed = tg_command_run (self->store, tg_case_get_id (kase), tg_case_get_revision (kase),
                                                 "route", NULL, NULL, &route_error);

      if (routed == NULL)
        g_warning ("Registered %s but could not route it: %s", tg_case_get_number (kase), route_error->message);
    }
  g_signal_emit (self, signals[CREATED], 0, tg_case_get_id (kase));
  return TRUE;
}

static void
create_action (GtkWidget  *widget,
               const char *name,
               GVariant   *parameter)
{
  TgNewCaseAssistant *self = TG_NEW_CASE_ASSISTANT (widget);
  g_autoptr(GError) error = NULL;

  if (!tg_new_case_assistant_create (self, &error))
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

static void
rebuild_victim_rows (TgNewCaseAssistant *self)
{
  GListModel *victims = G_LIST_MODEL (self->victims);

  for (guint i = 0; i < self->victim_rows->len; i++)
    adw_preferences_group_remove (self->victims_group, g_ptr_array_index (self->victim_rows, i));
  g_ptr_array_set_size (self->victim_rows, 0);
  for (guint i = 0; i < g_list_model_get_n_items (victims); i++)
    {
      g_autoptr(TgVictim) victim = g_list_model_get_item (victims, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *subtitle = g_strdup_printf ("%s · %s", tg_victim_get_iin (victim),
                                                   tg_severity_label (tg_victim_get_severity (victim)));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), tg_victim_get_full_name (victim));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_preferences_group_add (self->victims_group, row);
      g_ptr_array_add (self->victim_rows, row);
    }
}

void
tg_new_case_assistant_add_victim (TgNewCaseAssistant *self,
                                  TgVictim           *victim)
{
  g_return_if_fail (TG_IS_NEW_CASE_ASSISTANT (self));
  g_return_if_fail (TG_IS_VICTIM (victim));

  g_list_store_append (self->victims, victim);
  rebuild_victim_rows (self);
  changed_cb (self);
}

static void
victim_saved_cb (TgNewCaseAssistant *self,
                 TgVictim           *victim,
                 const char         *replaces)
{
  tg_new_case_assistant_add_victim (self, victim);
}

static void
add_victim_action (GtkWidget  *widget,
                   const char *name,
                   GVariant   *parameter)
{
  TgNewCaseAssistant *self = TG_NEW_CASE_ASSISTANT (widget);
  g_autofree char *occurred = parse_local (text_of (self->occurred_row));
  TgVictimDialog *dialog = tg_victim_dialog_new (NULL, occurred);

  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (victim_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

const char *
tg_new_case_assistant_get_classification (TgNewCaseAssistant *self)
{
  g_return_val_if_fail (TG_IS_NEW_CASE_ASSISTANT (self), NULL);

  return self->classification;
}

void
tg_new_case_assistant_set_field (TgNewCaseAssistant *self,
                                 const char         *field,
                                 const char         *value)
{
  const struct { const char *name; AdwEntryRow *row; } fields[] = {
    { "bin", self->bin_row }, { "employer", self->employer_row },
    { "activity", self->activity_row }, { "address", self->address_row },
    { "occurred", self->occurred_row }, { "reported", self->reported_row },
    { "place", self->place_row }, { "circumstances", self->circumstances_row },
  };

  if (g_strcmp0 (field, "region") == 0)
    {
      for (guint i = 0; i < self->region_codes->len; i++)
        if (g_strcmp0 (g_ptr_array_index (self->region_codes, i), value) == 0)
          adw_combo_row_set_selected (self->region_row, i);
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_strcmp0 (fields[i].name, field) == 0)
      gtk_editable_set_text (GTK_EDITABLE (fields[i].row), value);
}

static void
fill_regions (TgNewCaseAssistant *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  guint n;
  const TgRegion *regions = tg_regions (&n);

  for (guint i = 0; i < n; i++)
    if (tg_region_valid_in (&regions[i], g_date_time_get_year (now)))
      {
        gtk_string_list_append (names, tg_region_name (&regions[i]));
        g_ptr_array_add (self->region_codes, (gpointer) regions[i].code);
      }
  adw_combo_row_set_model (self->region_row, G_LIST_MODEL (names));
}

static void
tg_new_case_assistant_dispose (GObject *object)
{
  TgNewCaseAssistant *self = TG_NEW_CASE_ASSISTANT (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TG_TYPE_NEW_CASE_ASSISTANT);
  g_clear_object (&self->store);
  g_clear_object (&self->victims);
  g_clear_pointer (&self->victim_rows, g_ptr_array_unref);
  g_clear_pointer (&self->region_codes, g_ptr_array_unref);
  g_clear_pointer (&self->classification, g_free);

  G_OBJECT_CLASS (tg_new_case_assistant_parent_class)->dispose (object);
}

static void
tg_new_case_assistant_class_init (TgNewCaseAssistantClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = tg_new_case_assistant_dispose;

  signals[CREATED] = g_signal_new ("created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/kz/gov/enbek/Tergeu/tg-new-case-assistant.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, TgNewCaseAssistant, name)
  BIND (toast_overlay);
  BIND (create_button);
  BIND (classification_row);
  BIND (bin_row);
  BIND (employer_row);
  BIND (activity_row);
  BIND (address_row);
  BIND (region_row);
  BIND (occurred_row);
  BIND (reported_row);
  BIND (place_row);
  BIND (circumstances_row);
  BIND (hazardous_switch);
  BIND (poisoning_switch);
  BIND (victims_group);
  BIND (problem_label);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, changed_cb);
  gtk_widget_class_install_action (widget_class, "assistant.create", NULL, create_action);
  gtk_widget_class_install_action (widget_class, "assistant.add-victim", NULL, add_victim_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tg_new_case_assistant_init (TgNewCaseAssistant *self)
{
  g_autoptr(GTimeZone) astana = tg_astana_timezone ();
  g_autoptr(GDateTime) now = g_date_time_new_now (astana);
  g_autofree char *now_text = g_date_time_format (now, "%Y-%m-%d %H:%M");

  self->region_codes = g_ptr_array_new ();
  self->victim_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  fill_regions (self);
  self->victims = g_list_store_new (TG_TYPE_VICTIM);
  gtk_editable_set_text (GTK_EDITABLE (self->reported_row), now_text);
  /* She types the BIN first (workflows.md §1). */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->bin_row));
}

TgNewCaseAssistant *
tg_new_case_assistant_new (TgStore *store)
{
  TgNewCaseAssistant *self;

  g_return_val_if_fail (TG_IS_STORE (store), NULL);

  self = g_object_new (TG_TYPE_NEW_CASE_ASSISTANT, NULL);
  self->store = g_object_ref (store);
  changed_cb (self);
  return self;
}
