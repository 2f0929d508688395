/* tg-conflict-dialog.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One group per conflict: every differing field with our value and
 * theirs, a switch "take theirs" per field (off: keep ours), and Apply,
 * which hands the chosen fields to tg_exchange_resolve.
 */
#define G_LOG_DOMAIN "tg-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-conflict-dialog.h"
#include "tg-exchange-conflicts.h"
#include "tg-field-labels.h"
#include "tg-model.h"

struct _TgConflictDialog
{
  AdwWindow            parent_instance;

  TgStore             *store;
  AdwPreferencesPage  *page;
};

G_DEFINE_FINAL_TYPE (TgConflictDialog, tg_conflict_dialog, ADW_TYPE_WINDOW)

typedef struct
{
  TgConflictDialog *dialog;
  gint64            id;
  GPtrArray        *switches;   /* GtkSwitch, "tg-path" data */
  GtkWidget        *group;
} ConflictUi;

static void
conflict_ui_free (ConflictUi *ui)
{
  g_ptr_array_unref (ui->switches);
  g_free (ui);
}

static void
apply_cb (GtkButton  *button,
          ConflictUi *ui)
{
  g_autoptr(GPtrArray) theirs = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (ui->dialog));
  gboolean ok;

  for (guint i = 0; i < ui->switches->len; i++)
    {
      GtkSwitch *sw = g_ptr_array_index (ui->switches, i);

      if (gtk_switch_get_active (sw))
        g_ptr_array_add (theirs, g_object_get_data (G_OBJECT (sw), "tg-path"));
    }
  g_ptr_array_add (theirs, NULL);
  if (theirs->len > 1)
    ok = tg_exchange_resolve (ui->dialog->store, ui->id, TG_EXCHANGE_TAKE_THEIRS,
                              (const char * const *) theirs->pdata, &error);
  else
    ok = tg_exchange_resolve (ui->dialog->store, ui->id, TG_EXCHANGE_TAKE_OURS, NULL, &error);
  if (!ok)
    {
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (ui->group), error->message);
      return;
    }
  gtk_widget_set_sensitive (ui->group, FALSE);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (ui->group), _("Resolved"));
  /* The window reloads itself: children reach it through its actions. */
  if (parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.reload", NULL);
}

/* A field as people call it: "Victim Оспанов Асхат: injury", named from
 * our case where its list names items by id; the path when the table does
 * not know it. */
static char *
field_label (TgCase     *ours,
             const char *path)
{
  g_autofree char *subject = ours != NULL ? tg_model_dup_subject (ours, path) : NULL;
  char *label = tg_field_dup_label (path, subject, NULL);

  return label != NULL ? label : g_strdup (path);
}

static void
add_conflict (TgConflictDialog   *self,
              TgExchangeConflict *conflict)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *apply = gtk_button_new_with_mnemonic (_("_Apply"));
  ConflictUi *ui = g_new0 (ConflictUi, 1);
  g_autoptr(TgCase) ours = NULL;
  g_autofree char *title = g_strdup_printf (_("%s — from %s"), conflict->number, conflict->sender);
  g_autofree char *description = g_strdup_printf (_("%s, revision %lld. Switch on what to take from "
                                                    "their version; the rest keeps ours."),
                                                  conflict->file_name != NULL ? conflict->file_name : "",
                                                  (long long) conflict->revision);

  ui->dialog = self;
  ui->id = conflict->id;
  ui->switches = g_ptr_array_new ();
  ui->group = group;
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  gtk_widget_add_css_class (apply, "suggested-action");
  gtk_widget_set_valign (apply, GTK_ALIGN_CENTER);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), apply);
  ours = tg_store_load_case (self->store, conflict->case_id, NULL);
  for (guint i = 0; i < conflict->changes->len; i++)
    {
      TgFieldChange *change = g_ptr_array_index (conflict->changes, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *sw = gtk_switch_new ();
      g_autofree char *label = field_label (ours, change->path);
      g_autofree char *before = tg_field_dup_value (change->path, change->before, NULL);
      g_autofree char *after = tg_field_dup_value (change->path, change->after, NULL);
      /* Translators: a conflict's field, as the Committee has it and as the region sent it */
      g_autofree char *subtitle = g_strdup_printf (_("Ours: %s\nTheirs: %s"), before, after);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
      gtk_widget_set_tooltip_text (row, change->path);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 6);
      gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (sw, _("Take theirs"));
      g_object_set_data_full (G_OBJECT (sw), "tg-path", g_strdup (change->path), g_free);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), sw);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      g_ptr_array_add (ui->switches, sw);
    }
  g_signal_connect_data (apply, "clicked", G_CALLBACK (apply_cb), ui, (GClosureNotify) conflict_ui_free, 0);
  adw_preferences_page_add (self->page, ADW_PREFERENCES_GROUP (group));
}

static void
tg_conflict_dialog_dispose (GObject *object)
{
  TgConflictDialog *self = TG_CONFLICT_DIALOG (object);

  g_clear_object (&self->store);
  G_OBJECT_CLASS (tg_conflict_dialog_parent_class)->dispose (object);
}

static void
tg_conflict_dialog_class_init (TgConflictDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = tg_conflict_dialog_dispose;
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tg_conflict_dialog_init (TgConflictDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();

  gtk_window_set_title (GTK_WINDOW (self), _("Import Conflicts"));
  gtk_window_set_default_size (GTK_WINDOW (self), 720, 640);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  self->page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->page), TRUE);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->page));
  adw_window_set_content (ADW_WINDOW (self), box);
}

TgConflictDialog *
tg_conflict_dialog_new (TgStore    *store,
                        const char *id_or_number)
{
  TgConflictDialog *self = g_object_new (TG_TYPE_CONFLICT_DIALOG, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;

  self->store = g_object_ref (store);
  conflicts = tg_exchange_list_conflicts (store, id_or_number, &error);
  if (conflicts == NULL || conflicts->len == 0)
    {
      GtkWidget *group = adw_preferences_group_new ();

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group),
                                       error != NULL ? error->message : _("No unresolved conflicts"));
      adw_preferences_page_add (self->page, ADW_PREFERENCES_GROUP (group));
      return self;
    }
  for (guint i = 0; i < conflicts->len; i++)
    add_conflict (self, g_ptr_array_index (conflicts, i));
  return self;
}
