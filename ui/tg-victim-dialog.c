/* tg-victim-dialog.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-victim-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-dates.h"
#include "tg-identifiers.h"
#include "tg-victim-dialog.h"

struct _TgVictimDialog
{
  AdwWindow    parent_instance;

  TgVictim    *original;   /* NULL for a new victim */
  char        *occurred;
  char        *problem;
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
    g_autofree char *iso = tg_date_format_iso (&birth);
    gtk_editable_set_text (GTK_EDITABLE (self->birth_row), iso);
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
  if (!tg_date_parse (died, &date))
    return g_strdup (_("Write the date of death as YYYY-MM-DD."));
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
  if (birth != NULL && !tg_date_parse (birth, &date))
    {
      mark (self->birth_row, TRUE);
      return g_strdup (_("Write the birth date as YYYY-MM-DD."));
    }
  if (iin != NULL && !tg_iin_matches_person (iin, birth, adw_combo_row_get_selected (self->sex_row), &error))
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
  /* Missing fields are not errors to shout about while typing. */
  gtk_label_set_text (self->error_label, self->problem != NULL ? self->problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label),
                          self->problem != NULL && text_of (self->iin_row) != NULL);
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

gboolean
tg_victim_dialog_save (TgVictimDialog *self)
{
  g_autoptr(TgVictim) victim = NULL;
  TgSeverity severity;

  g_return_val_if_fail (TG_IS_VICTIM_DIALOG (self), FALSE);

  validate_cb (self);
  if (self->problem != NULL)
    return FALSE;
  victim = self->original != NULL ? g_object_ref (self->original) : tg_victim_new ();
  severity = adw_combo_row_get_selected (self->severity_row);
  tg_victim_set_full_name (victim, text_of (self->name_row));
  tg_victim_set_iin (victim, text_of (self->iin_row));
  tg_victim_set_birth_date (victim, text_of (self->birth_row));
  tg_victim_set_sex (victim, adw_combo_row_get_selected (self->sex_row));
  tg_victim_set_occupation (victim, text_of (self->occupation_row));
  tg_victim_set_injury (victim, text_of (self->injury_row));
  tg_victim_set_severity (victim, severity);
  tg_victim_set_died_on (victim, severity == TG_SEVERITY_FATAL ? text_of (self->died_row) : NULL);
  g_signal_emit (self, signals[SAVED], 0, victim,
                 self->original != NULL ? tg_victim_get_id (self->original) : NULL);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
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
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tg_victim_dialog_init (TgVictimDialog *self)
{
  g_autoptr(GtkStringList) severities = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint s = TG_SEVERITY_LIGHT; s <= TG_SEVERITY_FATAL; s++)
    gtk_string_list_append (severities, tg_severity_label (s));
  adw_combo_row_set_model (self->severity_row, G_LIST_MODEL (severities));
}

static void
load (TgVictimDialog *self,
      TgVictim       *victim)
{
  const char *fields[] = {
    tg_victim_get_full_name (victim), tg_victim_get_iin (victim), tg_victim_get_birth_date (victim),
    tg_victim_get_occupation (victim), tg_victim_get_injury (victim), tg_victim_get_died_on (victim),
  };
  AdwEntryRow *rows[] = {
    self->name_row, self->iin_row, self->birth_row, self->occupation_row, self->injury_row, self->died_row,
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    gtk_editable_set_text (GTK_EDITABLE (rows[i]), fields[i] != NULL ? fields[i] : "");
  adw_combo_row_set_selected (self->sex_row, tg_victim_get_sex (victim));
  adw_combo_row_set_selected (self->severity_row, tg_victim_get_severity (victim));
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
  validate_cb (self);
  return self;
}
