/* tg-victim-dialog.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-victim-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-case-commands.h"
#include "tg-dates.h"
#include "tg-form.h"
#include "tg-identifiers.h"
#include "tg-victim-dialog.h"

/* The command's parameters, in the order the dialog shows them. */
static const char * const keys[] = {
  "full-name", "iin", "birth-date", "sex", "occupation", "injury", "severity", "died-on", NULL
};

struct _TgVictimDialog
{
  AdwWindow    parent_instance;

  TgVictim    *original;   /* NULL for a new victim */
  char        *occurred;
  char        *problem;
  char        *refusal;
  GHashTable  *initial;    /* key → the value as opened */
  TgVictimDialogSave save_func;
  gpointer     save_data;
  GDestroyNotify save_destroy;
  gboolean     validating;   /* filling birth date from the IIN re-enters */

  GtkWidget   *save_button;
  AdwEntryRow *name_row;
  AdwEntryRow *iin_row;
  AdwEntryRow *birth_row;
  AdwComboRow *sex_row;
  AdwEntryRow *occupation_row;
  AdwEntryRow *injury_row;
  AdwComboRow *severity_row;
  AdwEntryRow *died_row;
  GtkLabel    *error_label;
};

G_DEFINE_FINAL_TYPE (TgVictimDialog, tg_victim_dialog, ADW_TYPE_WINDOW)

enum
{
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
text_of (AdwEntryRow *row)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

  return text[0] != '\0' ? text : NULL;
}

static void
mark (AdwEntryRow *row,
      gboolean     wrong)
{
  if (wrong)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

/* A valid IIN tells the birth date and sex: fill them in if empty. */
static void
fill_from_iin (TgVictimDialog *self,
               const char     *iin)
{
  GDate birth;
  TgSex sex;

  if (text_of (self->birth_row) != NULL || !tg_iin_decode (iin, &birth, &sex))
    return;
  {
    g_autofree char *shown = g_strdup_printf ("%02u.%02u.%04u", g_date_get_day (&birth),
                                              g_date_get_month (&birth), g_date_get_year (&birth));
    gtk_editable_set_text (GTK_EDITABLE (self->birth_row), shown);
  }
  adw_combo_row_set_selected (self->sex_row, sex);
}

static char *
check_death (TgVictimDialog *self,
             gboolean        fatal)
{
  const char *died = text_of (self->died_row);
  GDate date, accident;

  if (died == NULL)
    return NULL;
  if (!fatal)
    return g_strdup (_("A date of death is only for a fatal outcome: set the severity to fatal or clear the date."));
  if (!tg_form_parse_date (died, &date))
    return g_strdup (_("Write the date of death as DD.MM.YYYY or YYYY-MM-DD."));
  if (self->occurred != NULL && tg_datetime_date (self->occurred, &accident) && g_date_compare (&date, &accident) < 0)
    return g_strdup (_("The date of death is before the accident."));
  return NULL;
}

static char *
find_problem (TgVictimDialog *self)
{
  const char *iin = text_of (self->iin_row);
  const char *birth = text_of (self->birth_row);
  gboolean fatal = adw_combo_row_get_selected (self->severity_row) == TG_SEVERITY_FATAL;
  g_autoptr(GError) error = NULL;
  g_autofree char *birth_iso = NULL;
  GDate date;
  char *death;

  mark (self->iin_row, FALSE);
  mark (self->birth_row, FALSE);
  mark (self->died_row, FALSE);
  if (iin != NULL && !tg_iin_validate (iin, &error))
    {
      mark (self->iin_row, TRUE);
      return g_strdup (error->message);
    }
  if (iin != NULL)
    fill_from_iin (self, iin);
  birth = text_of (self->birth_row);
  if (birth != NULL && !tg_form_parse_date (birth, &date))
    {
      mark (self->birth_row, TRUE);
      return g_strdup (_("Write the birth date as DD.MM.YYYY or YYYY-MM-DD."));
    }
  if (birth != NULL)
    birth_iso = tg_date_format_iso (&date);
  if (iin != NULL && !tg_iin_matches_person (iin, birth_iso, adw_combo_row_get_selected (self->sex_row), &error))
    {
      mark (self->iin_row, TRUE);
      return g_strdup (error->message);
    }
  if ((death = check_death (self, fatal)) != NULL)
    {
      mark (self->died_row, TRUE);
      return death;
    }
  if (text_of (self->name_row) == NULL)
    return g_strdup (_("Enter the victim's full name."));
  if (iin == NULL)
    return g_strdup (_("Enter the victim's IIN."));
  return NULL;
}

static void
validate_cb (TgVictimDialog *self)
{
  gboolean fatal;
  char *problem;

  if (self->severity_row == NULL || self->validating)
    return;
  fatal = adw_combo_row_get_selected (self->severity_row) == TG_SEVERITY_FATAL;
  self->validating = TRUE;
  problem = find_problem (self);
  self->validating = FALSE;
  g_free (self->problem);
  self->problem = problem;
  gtk_widget_set_visible (GTK_WIDGET (self->died_row), fatal || text_of (self->died_row) != NULL);
  /* Missing fields are not errors to shout about while typing; a refused
   * save stays said until the next one. */
  if (self->problem != NULL && text_of (self->iin_row) != NULL)
    gtk_label_set_text (self->error_label, self->problem);
  else
    gtk_label_set_text (self->error_label, self->refusal != NULL ? self->refusal : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label),
                          (self->problem != NULL && text_of (self->iin_row) != NULL) || self->refusal != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "victim.save", self->problem == NULL);
  gtk_widget_set_tooltip_text (self->save_button, self->problem);
}

const char *
tg_victim_dialog_get_problem (TgVictimDialog *self)
{
  g_return_val_if_fail (TG_IS_VICTIM_DIALOG (self), NULL);

  return self->problem;
}

void
tg_victim_dialog_set_iin (TgVictimDialog *self,
                          const char     *iin)
{
  g_return_if_fail (TG_IS_VICTIM_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->iin_row), iin);
}

const char *
tg_victim_dialog_get_refusal (TgVictimDialog *self)
{
  g_return_val_if_fail (TG_IS_VICTIM_DIALOG (self), NULL);

  return self->refusal;
}

void
tg_victim_dialog_set_save_func (TgVictimDialog    *self,
                                TgVictimDialogSave func,
                                gpointer           user_data,
                                GDestroyNotify     destroy)
{
  g_return_if_fail (TG_IS_VICTIM_DIALOG (self));

  if (self->save_destroy != NULL && self->save_data != NULL)
    self->save_destroy (self->save_data);
  self->save_func = func;
  self->save_data = user_data;
  self->save_destroy = destroy;
}

/* The field @key as the command spells it: dates as YYYY-MM-DD, the
 * combos as their enums' nicks; "" when empty. */
static char *
value_of (TgVictimDialog *self,
          const char     *key)
{
  AdwEntryRow *rows[] = { self->name_row, self->iin_row, self->birth_row, NULL,
                          self->occupation_row, self->injury_row, NULL, self->died_row };
  const char *text;
  GDate date;

  for (guint i = 0; keys[i] != NULL; i++)
    {
      if (!g_str_equal (keys[i], key))
        continue;
      if (g_str_equal (key, "sex"))
        return g_strdup (tg_enum_to_nick (TG_TYPE_SEX, adw_combo_row_get_selected (self->sex_row)));
      if (g_str_equal (key, "severity"))
        return g_strdup (tg_enum_to_nick (TG_TYPE_SEVERITY, adw_combo_row_get_selected (self->severity_row)));
      text = text_of (rows[i]);
      if (text != NULL && (g_str_equal (key, "birth-date") || g_str_equal (key, "died-on")))
        return tg_form_parse_date (text, &date) ? tg_date_format_iso (&date) : g_strdup (text);
      return g_strstrip (g_strdup (text != NULL ? text : ""));
    }
  g_return_val_if_reached (NULL);
}

static void
remember_initial (TgVictimDialog *self)
{
  for (guint i = 0; keys[i] != NULL; i++)
    g_hash_table_replace (self->initial, (gpointer) keys[i], value_of (self, keys[i]));
}

/* A new victim: every field given. An existing one: its id and what the
 * user changed; @undo gets what those fields were. */
static void
build_params (TgVictimDialog *self,
              GVariantDict   *params,
              GVariantDict   *undo)
{
  gboolean fatal = adw_combo_row_get_selected (self->severity_row) == TG_SEVERITY_FATAL;

  if (self->original != NULL)
    g_variant_dict_insert (params, "victim", "s", tg_victim_get_id (self->original));
  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autofree char *now = value_of (self, keys[i]);
      const char *before = g_hash_table_lookup (self->initial, keys[i]);

      if (g_str_equal (keys[i], "died-on") && !fatal)
        {
          g_free (now);
          now = g_strdup ("");
        }
      if (self->original == NULL ? *now == '\0' : g_strcmp0 (now, before) == 0)
        continue;
      g_variant_dict_insert (params, keys[i], "s", now);
      g_variant_dict_insert (undo, keys[i], "s", before != NULL ? before : "");
    }
}

static TgVictim *
build_victim (TgVictimDialog *self)
{
  TgVictim *victim = tg_victim_new ();
  TgSeverity severity = adw_combo_row_get_selected (self->severity_row);
  g_autofree char *birth = value_of (self, "birth-date");
  g_autofree char *died = value_of (self, "died-on");

  tg_victim_set_full_name (victim, text_of (self->name_row));
  tg_victim_set_iin (victim, text_of (self->iin_row));
  tg_victim_set_birth_date (victim, *birth != '\0' ? birth : NULL);
  tg_victim_set_sex (victim, adw_combo_row_get_selected (self->sex_row));
  tg_victim_set_occupation (victim, text_of (self->occupation_row));
  tg_victim_set_injury (victim, text_of (self->injury_row));
  tg_victim_set_severity (victim, severity);
  tg_victim_set_died_on (victim, severity == TG_SEVERITY_FATAL && *died != '\0' ? died : NULL);
  return victim;
}

gboolean
tg_victim_dialog_save (TgVictimDialog *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (TG_IS_VICTIM_DIALOG (self), FALSE);

  validate_cb (self);
  if (self->problem != NULL)
    return FALSE;
  if (self->save_func != NULL)
    {
      GVariantDict params, undo;
      g_autoptr(GVariant) values = NULL;
      g_autoptr(GVariant) before = NULL;

      g_variant_dict_init (&params, NULL);
      g_variant_dict_init (&undo, NULL);
      build_params (self, &params, &undo);
      values = g_variant_ref_sink (g_variant_dict_end (&params));
      before = g_variant_ref_sink (g_variant_dict_end (&undo));
      g_clear_pointer (&self->refusal, g_free);
      if (!self->save_func (self, values, before, self->save_data, &error))
        {
          self->refusal = g_strdup (error != NULL ? error->message : _("Nothing was saved."));
          validate_cb (self);
          return FALSE;
        }
    }
  else
    {
      g_autoptr(TgVictim) victim = build_victim (self);
      g_signal_emit (self, signals[SAVED], 0, victim, NULL);
    }
  tg_form_close_unguarded (GTK_WINDOW (self));
  return TRUE;
}

void
tg_victim_dialog_set_field (TgVictimDialog *self,
                            const char     *key,
                            const char     *value)
{
  AdwEntryRow *rows[] = { self->name_row, self->iin_row, self->birth_row, NULL,
                          self->occupation_row, self->injury_row, NULL, self->died_row };

  g_return_if_fail (TG_IS_VICTIM_DIALOG (self));

  for (guint i = 0; keys[i] != NULL; i++)
    if (g_str_equal (keys[i], key) && rows[i] != NULL)
      {
        gtk_editable_set_text (GTK_EDITABLE (rows[i]), value != NULL ? value : "");
        return;
      }
  g_critical ("No victim field “%s”", key);
}

/* Something typed differs from what the dialog opened with. */
static gboolean
victim_changed (gpointer data)
{
  TgVictimDialog *self = data;

  if (self->initial == NULL)
    return FALSE;
  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autofree char *now = value_of (self, keys[i]);

      if (g_strcmp0 (now, g_hash_table_lookup (self->initial, keys[i])) != 0)
        return TRUE;
    }
  return FALSE;
}

gboolean
tg_victim_dialog_is_changed (TgVictimDialog *self)
{
  g_return_val_if_fail (TG_IS_VICTIM_DIALOG (self), FALSE);

  return victim_changed (self);
}

static void
save_action (GtkWidget  *widget,
             const char *name,
             GVariant   *parameter)
{
  tg_victim_dialog_save (TG_VICTIM_DIALOG (widget));
}

static void
tg_victim_dialog_dispose (GObject *object)
{
  TgVictimDialog *self = TG_VICTIM_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TG_TYPE_VICTIM_DIALOG);
  g_clear_object (&self->original);
  g_clear_pointer (&self->occurred, g_free);
  g_clear_pointer (&self->problem, g_free);
  g_clear_pointer (&self->refusal, g_free);
  g_clear_pointer (&self->initial, g_hash_table_unref);
  tg_victim_dialog_set_save_func (self, NULL, NULL, NULL);

  G_OBJECT_CLASS (tg_victim_dialog_parent_class)->dispose (object);
}

static void
tg_victim_dialog_class_init (TgVictimDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tg_victim_dialog_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 2, TG_TYPE_VICTIM, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/kz/gov/enbek/Tergeu/tg-victim-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TgVictimDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, TgVictimDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, TgVictimDialog, iin_row);
  gtk_widget_class_bind_template_child (widget_class, TgVictimDialog, birth_row);
  gtk_widget_class_bind_template_child (widget_class, TgVictimDialog, sex_row);
  gtk_widget_class_bind_template_child (widget_class, TgVictimDialog, occupation_row);
  gtk_widget_class_bind_template_child (widget_class, TgVictimDialog, injury_row);
  gtk_widget_class_bind_template_child (widget_class, TgVictimDialog, severity_row);
  gtk_widget_class_bind_template_child (widget_class, TgVictimDialog, died_row);
  gtk_widget_class_bind_template_child (widget_class, TgVictimDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, validate_cb);
  gtk_widget_class_install_action (widget_class, "victim.save", NULL, save_action);
}

static void
tg_victim_dialog_init (TgVictimDialog *self)
{
  g_autoptr(GtkStringList) severities = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->initial = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  tg_form_attach_calendar (GTK_WIDGET (self->birth_row));
  tg_form_attach_calendar (GTK_WIDGET (self->died_row));
  /* Enter saves; Escape and Cancel ask before typed work goes. */
  gtk_window_set_default_widget (GTK_WINDOW (self), self->save_button);
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->name_row));
  tg_form_guard_close (GTK_WINDOW (self), victim_changed, self);
  for (guint s = TG_SEVERITY_LIGHT; s <= TG_SEVERITY_FATAL; s++)
    gtk_string_list_append (severities, tg_severity_label (s));
  adw_combo_row_set_model (self->severity_row, G_LIST_MODEL (severities));
}

/* A date as the window shows it, DD.MM.YYYY. */
static char *
shown_date (const char *iso)
{
  GDate date;

  if (iso == NULL || !tg_date_parse (iso, &date))
    return g_strdup (iso);
  return g_strdup_printf ("%02u.%02u.%04u", g_date_get_day (&date), g_date_get_month (&date),
                          g_date_get_year (&date));
}

static void
load (TgVictimDialog *self,
      TgVictim       *victim)
{
  g_autofree char *birth = shown_date (tg_victim_get_birth_date (victim));
  g_autofree char *died = shown_date (tg_victim_get_died_on (victim));
  const char *fields[] = {
    tg_victim_get_full_name (victim), tg_victim_get_iin (victim), birth,
    tg_victim_get_occupation (victim), tg_victim_get_injury (victim), died,
  };
  AdwEntryRow *rows[] = {
    self->name_row, self->iin_row, self->birth_row, self->occupation_row, self->injury_row, self->died_row,
  };

  /* Not checked while filled: the IIN would fill the birth date into a
   * row about to be set. */
  self->validating = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    gtk_editable_set_text (GTK_EDITABLE (rows[i]), fields[i] != NULL ? fields[i] : "");
  adw_combo_row_set_selected (self->sex_row, tg_victim_get_sex (victim));
  adw_combo_row_set_selected (self->severity_row, tg_victim_get_severity (victim));
  self->validating = FALSE;
}

TgVictimDialog *
tg_victim_dialog_new (TgVictim   *victim,
                      const char *occurred)
{
  TgVictimDialog *self = g_object_new (TG_TYPE_VICTIM_DIALOG, NULL);

  self->occurred = g_strdup (occurred);
  if (victim != NULL)
    {
      /* Edit a copy: the case is saved as a whole, or not at all. */
      self->original = g_object_new (TG_TYPE_VICTIM, NULL);
      tg_victim_set_id (self->original, tg_victim_get_id (victim));
      load (self, victim);
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Victim"));
    }
  else
    gtk_window_set_title (GTK_WINDOW (self), _("Add Victim"));
  remember_initial (self);
  validate_cb (self);
  return self;
}
