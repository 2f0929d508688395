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

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "tg-dates.h"
#include "tg-form.h"
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
  char            *looked_up_bin;   /* the BIN whose employer was looked up */
  char            *empty_state;   /* the fields as a fresh assistant has them */
  guint            draft_timeout;
  gboolean         draft_done;     /* registered or discarded: no draft */
  gboolean         closing;        /* the user chose how to close */

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

static void schedule_draft (TgNewCaseAssistant *self);
static void forget_draft   (TgNewCaseAssistant *self);
static void changed_cb     (TgNewCaseAssistant *self);
static void rebuild_victim_rows (TgNewCaseAssistant *self);

static const char *
text_of (AdwEntryRow *row)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

  return text[0] != '\0' ? text : NULL;
}

/* "14.03.2026 09:30" or "2026-03-14 09:30" (Astana time), or a full ISO
 * date-time. */
static char *
parse_local (const char *text)
{
  return tg_form_normalize_datetime (text);
}

/* ---- the draft ------------------------------------------------------------
 *
 * What was typed is kept in a draft as it is typed, outside the database
 * (the case is not registered yet): closing the window, a crash or a
 * power cut loses nothing, and New Case opens the draft again.  It is
 * forgotten when the case is registered or the user discards it.
 */

#define DRAFT_DELAY_MS 400

typedef struct
{
  const char *key;
  gsize       offset;
} EntryField;

static const EntryField entry_fields[] = {
  { "bin", G_STRUCT_OFFSET (TgNewCaseAssistant, bin_row) },
  { "employer", G_STRUCT_OFFSET (TgNewCaseAssistant, employer_row) },
  { "activity", G_STRUCT_OFFSET (TgNewCaseAssistant, activity_row) },
  { "address", G_STRUCT_OFFSET (TgNewCaseAssistant, address_row) },
  { "occurred", G_STRUCT_OFFSET (TgNewCaseAssistant, occurred_row) },
  { "reported", G_STRUCT_OFFSET (TgNewCaseAssistant, reported_row) },
  { "place", G_STRUCT_OFFSET (TgNewCaseAssistant, place_row) },
  { "circumstances", G_STRUCT_OFFSET (TgNewCaseAssistant, circumstances_row) },
};

static AdwEntryRow *
entry_row (TgNewCaseAssistant *self,
           const EntryField   *field)
{
  return G_STRUCT_MEMBER (AdwEntryRow *, self, field->offset);
}

char *
tg_new_case_assistant_draft_path (void)
{
  return g_build_filename (g_get_user_state_dir (), "tergeu", "new-case-draft.ini", NULL);
}

static void
put_string (GKeyFile   *file,
            const char *group,
            const char *key,
            const char *value)
{
  if (value != NULL && *value != '\0')
    g_key_file_set_string (file, group, key, value);
}

static void
put_victim (GKeyFile *file,
            guint     i,
            TgVictim *victim)
{
  g_autofree char *group = g_strdup_printf ("Victim %u", i + 1);

  put_string (file, group, "full-name", tg_victim_get_full_name (victim));
  put_string (file, group, "iin", tg_victim_get_iin (victim));
  put_string (file, group, "birth-date", tg_victim_get_birth_date (victim));
  put_string (file, group, "sex", tg_enum_to_nick (TG_TYPE_SEX, tg_victim_get_sex (victim)));
  put_string (file, group, "occupation", tg_victim_get_occupation (victim));
  put_string (file, group, "injury", tg_victim_get_injury (victim));
  put_string (file, group, "severity", tg_enum_to_nick (TG_TYPE_SEVERITY, tg_victim_get_severity (victim)));
  put_string (file, group, "died-on", tg_victim_get_died_on (victim));
}

/* Everything typed, as the draft file holds it. */
static char *
draft_data (TgNewCaseAssistant *self)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  guint region = adw_combo_row_get_selected (self->region_row);
  GListModel *victims = G_LIST_MODEL (self->victims);

  for (guint i = 0; i < G_N_ELEMENTS (entry_fields); i++)
    put_string (file, "Case", entry_fields[i].key, text_of (entry_row (self, &entry_fields[i])));
  if (region < self->region_codes->len)
    put_string (file, "Case", "region", g_ptr_array_index (self->region_codes, region));
  g_key_file_set_boolean (file, "Case", "hazardous-facility", gtk_switch_get_active (self->hazardous_switch));
  g_key_file_set_boolean (file, "Case", "group-poisoning", gtk_switch_get_active (self->poisoning_switch));
  for (guint i = 0; i < g_list_model_get_n_items (victims); i++)
    {
      g_autoptr(TgVictim) victim = g_list_model_get_item (victims, i);
      put_victim (file, i, victim);
    }
  return g_key_file_to_data (file, NULL, NULL);
}

gboolean
tg_new_case_assistant_is_changed (TgNewCaseAssistant *self)
{
  g_autofree char *now = NULL;

  g_return_val_if_fail (TG_IS_NEW_CASE_ASSISTANT (self), FALSE);

  if (self->empty_state == NULL || self->victims == NULL)
    return FALSE;
  now = draft_data (self);
  return g_strcmp0 (now, self->empty_state) != 0;
}

static void
save_draft (TgNewCaseAssistant *self)
{
  g_autofree char *path = tg_new_case_assistant_draft_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->draft_timeout, g_source_remove);
  if (self->draft_done || self->empty_state == NULL)
    return;
  if (!tg_new_case_assistant_is_changed (self))
    {
      g_unlink (path);
      return;
    }
  data = draft_data (self);
  /* Victims' IINs and names: for the user's eyes only. */
  if (g_mkdir_with_parents (dir, 0700) != 0 ||
      !g_file_set_contents_full (path, data, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error))
    g_warning ("Cannot keep the draft of the new case in %s: %s", path,
               error != NULL ? error->message : g_strerror (errno));
}

static gboolean
draft_timeout_cb (gpointer data)
{
  TgNewCaseAssistant *self = data;

  self->draft_timeout = 0;
  save_draft (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_draft (TgNewCaseAssistant *self)
{
  if (self->draft_done || self->empty_state == NULL)
    return;
  g_clear_handle_id (&self->draft_timeout, g_source_remove);
  self->draft_timeout = g_timeout_add (DRAFT_DELAY_MS, draft_timeout_cb, self);
}

static void
forget_draft (TgNewCaseAssistant *self)
{
  g_autofree char *path = tg_new_case_assistant_draft_path ();

  self->draft_done = TRUE;
  g_clear_handle_id (&self->draft_timeout, g_source_remove);
  g_unlink (path);
}

static TgVictim *
victim_from_draft (GKeyFile   *file,
                   const char *group)
{
  TgVictim *victim = tg_victim_new ();
  g_autofree char *name = g_key_file_get_string (file, group, "full-name", NULL);
  g_autofree char *iin = g_key_file_get_string (file, group, "iin", NULL);
  g_autofree char *birth = g_key_file_get_string (file, group, "birth-date", NULL);
  g_autofree char *sex = g_key_file_get_string (file, group, "sex", NULL);
  g_autofree char *occupation = g_key_file_get_string (file, group, "occupation", NULL);
  g_autofree char *injury = g_key_file_get_string (file, group, "injury", NULL);
  g_autofree char *severity = g_key_file_get_string (file, group, "severity", NULL);
  g_autofree char *died = g_key_file_get_string (file, group, "died-on", NULL);
  int value;

  tg_victim_set_full_name (victim, name);
  tg_victim_set_iin (victim, iin);
  tg_victim_set_birth_date (victim, birth);
  if (sex != NULL && tg_enum_from_nick (TG_TYPE_SEX, sex, &value))
    tg_victim_set_sex (victim, value);
  tg_victim_set_occupation (victim, occupation);
  tg_victim_set_injury (victim, injury);
  if (severity != NULL && tg_enum_from_nick (TG_TYPE_SEVERITY, severity, &value))
    tg_victim_set_severity (victim, value);
  tg_victim_set_died_on (victim, died);
  return victim;
}

static void
discard_draft_cb (AdwToast *toast,
                  gpointer  user_data)
{
  TgNewCaseAssistant *self = TG_NEW_CASE_ASSISTANT (user_data);

  tg_new_case_assistant_clear (self);
}

/* Fills the fields from the draft left by an earlier New Case. */
static gboolean
load_draft (TgNewCaseAssistant *self)
{
  g_autofree char *path = tg_new_case_assistant_draft_path ();
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_auto(GStrv) groups = NULL;
  g_autofree char *region = NULL;
  AdwToast *toast;

  if (!g_key_file_load_from_file (file, path, G_KEY_FILE_NONE, NULL) || !g_key_file_has_group (file, "Case"))
    return FALSE;
  /* As typed: the draft's employer is not looked up again. */
  self->looked_up_bin = g_key_file_get_string (file, "Case", "bin", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (entry_fields); i++)
    {
      g_autofree char *value = g_key_file_get_string (file, "Case", entry_fields[i].key, NULL);
      gtk_editable_set_text (GTK_EDITABLE (entry_row (self, &entry_fields[i])), value != NULL ? value : "");
    }
  region = g_key_file_get_string (file, "Case", "region", NULL);
  if (region != NULL)
    tg_new_case_assistant_set_field (self, "region", region);
  gtk_switch_set_active (self->hazardous_switch, g_key_file_get_boolean (file, "Case", "hazardous-facility", NULL));
  gtk_switch_set_active (self->poisoning_switch, g_key_file_get_boolean (file, "Case", "group-poisoning", NULL));
  groups = g_key_file_get_groups (file, NULL);
  for (guint i = 0; groups[i] != NULL; i++)
    if (g_str_has_prefix (groups[i], "Victim "))
      {
        g_autoptr(TgVictim) victim = victim_from_draft (file, groups[i]);
        g_list_store_append (self->victims, victim);
      }
  rebuild_victim_rows (self);
  toast = adw_toast_new (_("The case you had started is back as you left it"));
  adw_toast_set_button_label (toast, _("_Start Afresh"));
  adw_toast_set_timeout (toast, 10);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (discard_draft_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  return TRUE;
}

/* Empties every field, as a fresh New Case; the draft goes. */
void
tg_new_case_assistant_clear (TgNewCaseAssistant *self)
{
  g_autoptr(GTimeZone) astana = tg_astana_timezone ();
  g_autoptr(GDateTime) now = g_date_time_new_now (astana);
  g_autofree char *now_text = g_date_time_format (now, "%d.%m.%Y %H:%M");

  g_return_if_fail (TG_IS_NEW_CASE_ASSISTANT (self));

  for (guint i = 0; i < G_N_ELEMENTS (entry_fields); i++)
    gtk_editable_set_text (GTK_EDITABLE (entry_row (self, &entry_fields[i])), "");
  gtk_editable_set_text (GTK_EDITABLE (self->reported_row), now_text);
  adw_combo_row_set_selected (self->region_row, 0);
  gtk_switch_set_active (self->hazardous_switch, FALSE);
  gtk_switch_set_active (self->poisoning_switch, FALSE);
  g_list_store_remove_all (self->victims);
  rebuild_victim_rows (self);
  g_free (self->empty_state);
  self->empty_state = draft_data (self);
  changed_cb (self);
  save_draft (self);
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->bin_row));
}

/* ---- closing ------------------------------------------------------------ */

static gboolean
close_idle_cb (gpointer data)
{
  gtk_window_close (data);
  return G_SOURCE_REMOVE;
}

static void
close_response_cb (AdwMessageDialog   *dialog,
                   const char         *response,
                   TgNewCaseAssistant *self)
{
  if (g_str_equal (response, "keep-editing"))
    return;
  if (g_str_equal (response, "discard"))
    forget_draft (self);
  else
    save_draft (self);
  self->closing = TRUE;
  /* Once the question has closed: it is the window's child. */
  g_idle_add_full (G_PRIORITY_HIGH_IDLE, close_idle_cb, g_object_ref (self), g_object_unref);
}

/* Cancel and Escape ask what becomes of what was typed: kept as a draft
 * (the default: nothing is lost), discarded, or not closed at all. */
GtkWidget *
tg_new_case_assistant_ask_close (TgNewCaseAssistant *self)
{
  GtkWidget *dialog;

  g_return_val_if_fail (TG_IS_NEW_CASE_ASSISTANT (self), NULL);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Close Without Registering?"),
                                   _("The case is not registered yet. What you typed can be kept as a draft: "
                                     "New Case opens it again."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep-editing", _("_Keep Editing"),
                                    "discard", _("_Discard"),
                                    "keep-draft", _("Keep as _Draft"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "keep-draft", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep-draft");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep-editing");
  g_signal_connect_object (dialog, "response", G_CALLBACK (close_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static gboolean
tg_new_case_assistant_close_request (GtkWindow *window)
{
  TgNewCaseAssistant *self = TG_NEW_CASE_ASSISTANT (window);

  if (!self->closing && !self->draft_done && tg_new_case_assistant_is_changed (self))
    {
      tg_new_case_assistant_ask_close (self);
      return TRUE;
    }
  return GTK_WINDOW_CLASS (tg_new_case_assistant_parent_class)->close_request (window);
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
  /* Looked up once per BIN typed: not again while the name is retyped
   * (replacing it empties the row for a moment). */
  if (bin != NULL && strlen (bin) == 12 && tg_bin_validate (bin, NULL) && g_strcmp0 (bin, self->looked_up_bin) != 0)
    {
      g_free (self->looked_up_bin);
      self->looked_up_bin = g_strdup (bin);
      self->checking = TRUE;
      fill_employer (self, bin);
      self->checking = FALSE;
    }
  if (bin != NULL && strlen (bin) >= 12 && !tg_bin_validate (bin, NULL))
    gtk_widget_add_css_class (GTK_WIDGET (self->bin_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->bin_row), "error");
  update_classification (self);
  kase = tg_new_case_assistant_build_case (self, &error);
  gtk_label_set_text (self->problem_label, kase == NULL ? error->message : _("Ready to register."));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "assistant.create", kase != NULL);
  gtk_widget_set_tooltip_text (self->create_button, kase == NULL ? error->message : NULL);
  schedule_draft (self);
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
    return fail (error, _("Enter when the accident occurred, as DD.MM.YYYY HH:MM (Astana time)."));
  if (reported == NULL)
    return fail (error, _("Enter when it was reported, as DD.MM.YYYY HH:MM (Astana time)."));
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
  forget_draft (self);
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
  self->closing = TRUE;
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
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      g_autofree char *subtitle = g_strdup_printf ("%s · %s", tg_victim_get_iin (victim),
                                                   tg_severity_label (tg_victim_get_severity (victim)));

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), tg_victim_get_full_name (victim));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_set_tooltip_text (row, _("Correct the Victim's Data"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "assistant.edit-victim");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "u", i);
      gtk_widget_set_tooltip_text (remove, _("Remove the Victim"));
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "assistant.remove-victim");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "u", i);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
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

guint
tg_new_case_assistant_get_n_victims (TgNewCaseAssistant *self)
{
  g_return_val_if_fail (TG_IS_NEW_CASE_ASSISTANT (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->victims));
}

/* A victim corrected in the dialog takes its place in the list. */
static void
victim_saved_cb (TgVictimDialog *dialog,
                 TgVictim       *victim,
                 const char     *replaces,
                 gpointer        user_data)
{
  TgNewCaseAssistant *self = TG_NEW_CASE_ASSISTANT (user_data);
  guint position = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "tg-position"));

  if (position == 0 || position > g_list_model_get_n_items (G_LIST_MODEL (self->victims)))
    {
      tg_new_case_assistant_add_victim (self, victim);
      return;
    }
  g_list_store_splice (self->victims, position - 1, 1, (gpointer *) &victim, 1);
  rebuild_victim_rows (self);
  changed_cb (self);
}

TgVictimDialog *
tg_new_case_assistant_edit_victim (TgNewCaseAssistant *self,
                                   guint               position)
{
  g_autofree char *occurred = NULL;
  g_autoptr(TgVictim) victim = NULL;
  TgVictimDialog *dialog;

  g_return_val_if_fail (TG_IS_NEW_CASE_ASSISTANT (self), NULL);

  if (position > 0)
    {
      victim = g_list_model_get_item (G_LIST_MODEL (self->victims), position - 1);
      if (victim == NULL)
        return NULL;
    }
  occurred = parse_local (text_of (self->occurred_row));
  dialog = tg_victim_dialog_new (victim, occurred);
  g_object_set_data (G_OBJECT (dialog), "tg-position", GUINT_TO_POINTER (position));
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (victim_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
add_victim_action (GtkWidget  *widget,
                   const char *name,
                   GVariant   *parameter)
{
  tg_new_case_assistant_edit_victim (TG_NEW_CASE_ASSISTANT (widget), 0);
}

static void
edit_victim_action (GtkWidget  *widget,
                    const char *name,
                    GVariant   *parameter)
{
  tg_new_case_assistant_edit_victim (TG_NEW_CASE_ASSISTANT (widget), g_variant_get_uint32 (parameter) + 1);
}

static void
undo_remove_cb (AdwToast *toast,
                gpointer  user_data)
{
  TgNewCaseAssistant *self = TG_NEW_CASE_ASSISTANT (user_data);
  TgVictim *victim = g_object_get_data (G_OBJECT (toast), "tg-victim");
  guint position = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (toast), "tg-position"));

  position = MIN (position, g_list_model_get_n_items (G_LIST_MODEL (self->victims)));
  g_list_store_insert (self->victims, position, victim);
  rebuild_victim_rows (self);
  changed_cb (self);
}

void
tg_new_case_assistant_remove_victim (TgNewCaseAssistant *self,
                                     guint               position)
{
  g_autoptr(TgVictim) victim = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;

  g_return_if_fail (TG_IS_NEW_CASE_ASSISTANT (self));

  victim = g_list_model_get_item (G_LIST_MODEL (self->victims), position);
  if (victim == NULL)
    return;
  g_list_store_remove (self->victims, position);
  rebuild_victim_rows (self);
  changed_cb (self);
  /* Translators: %s is the victim's full name */
  message = g_strdup_printf (_("%s removed"), tg_victim_get_full_name (victim));
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "tg-victim", g_object_ref (victim), g_object_unref);
  g_object_set_data (G_OBJECT (toast), "tg-position", GUINT_TO_POINTER (position));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_remove_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
remove_victim_action (GtkWidget  *widget,
                      const char *name,
                      GVariant   *parameter)
{
  tg_new_case_assistant_remove_victim (TG_NEW_CASE_ASSISTANT (widget), g_variant_get_uint32 (parameter));
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
  if (g_strcmp0 (field, "region") == 0)
    {
      for (guint i = 0; i < self->region_codes->len; i++)
        if (g_strcmp0 (g_ptr_array_index (self->region_codes, i), value) == 0)
          adw_combo_row_set_selected (self->region_row, i);
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (entry_fields); i++)
    if (g_strcmp0 (entry_fields[i].key, field) == 0)
      gtk_editable_set_text (GTK_EDITABLE (entry_row (self, &entry_fields[i])), value);
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

  /* Typed a moment ago and not yet kept: kept now. */
  if (self->draft_timeout != 0)
    save_draft (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), TG_TYPE_NEW_CASE_ASSISTANT);
  g_clear_object (&self->store);
  g_clear_object (&self->victims);
  g_clear_pointer (&self->victim_rows, g_ptr_array_unref);
  g_clear_pointer (&self->region_codes, g_ptr_array_unref);
  g_clear_pointer (&self->classification, g_free);
  g_clear_pointer (&self->empty_state, g_free);
  g_clear_pointer (&self->looked_up_bin, g_free);

  G_OBJECT_CLASS (tg_new_case_assistant_parent_class)->dispose (object);
}

static void
tg_new_case_assistant_class_init (TgNewCaseAssistantClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = tg_new_case_assistant_dispose;
  GTK_WINDOW_CLASS (klass)->close_request = tg_new_case_assistant_close_request;

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
  gtk_widget_class_install_action (widget_class, "assistant.edit-victim", "u", edit_victim_action);
  gtk_widget_class_install_action (widget_class, "assistant.remove-victim", "u", remove_victim_action);
}

static void
tg_new_case_assistant_init (TgNewCaseAssistant *self)
{
  g_autoptr(GTimeZone) astana = tg_astana_timezone ();
  g_autoptr(GDateTime) now = g_date_time_new_now (astana);
  g_autofree char *now_text = g_date_time_format (now, "%d.%m.%Y %H:%M");
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  self->region_codes = g_ptr_array_new ();
  self->victim_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  fill_regions (self);
  self->victims = g_list_store_new (TG_TYPE_VICTIM);
  gtk_editable_set_text (GTK_EDITABLE (self->reported_row), now_text);
  /* She types the BIN first (workflows.md §1). */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->bin_row));
  /* Enter registers (once everything needed is there); Escape is Cancel,
   * caught before any field can take it. */
  gtk_window_set_default_widget (GTK_WINDOW (self), self->create_button);
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
}

TgNewCaseAssistant *
tg_new_case_assistant_new (TgStore *store)
{
  TgNewCaseAssistant *self;

  g_return_val_if_fail (TG_IS_STORE (store), NULL);

  self = g_object_new (TG_TYPE_NEW_CASE_ASSISTANT, NULL);
  self->store = g_object_ref (store);
  self->empty_state = draft_data (self);
  load_draft (self);
  changed_cb (self);
  return self;
}
