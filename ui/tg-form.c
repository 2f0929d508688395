/* tg-form.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-form"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-form.h"

struct _TgForm
{
  AdwMessageDialog *dialog;
  GtkListBox       *list;
  GtkLabel         *problem_label;
  GHashTable       *rows;       /* key → row (borrowed) */
  char             *problem;
  TgFormCheck       check;
  gpointer          check_data;
  TgFormApply       apply;
  gpointer          apply_data;
  GDestroyNotify    destroy;
  gboolean          applied;
};

static void
tg_form_free (TgForm *form)
{
  if (form->destroy != NULL && form->apply_data != NULL)
    form->destroy (form->apply_data);
  g_hash_table_unref (form->rows);
  g_free (form->problem);
  g_free (form);
}

static void
run_check (TgForm *form)
{
  GHashTableIter iter;
  gpointer row;

  g_clear_pointer (&form->problem, g_free);
  g_hash_table_iter_init (&iter, form->rows);
  while (g_hash_table_iter_next (&iter, NULL, &row))
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  if (form->check != NULL)
    form->check (form, form->check_data);
  gtk_label_set_text (form->problem_label, form->problem != NULL ? form->problem : "");
  gtk_widget_set_visible (GTK_WIDGET (form->problem_label), form->problem != NULL);
  adw_message_dialog_set_response_enabled (form->dialog, "save", form->problem == NULL);
}

static void
changed_cb (TgForm *form)
{
  run_check (form);
}

TgForm *
tg_form_new (GtkWidget  *parent,
             const char *heading,
             const char *body)
{
  TgForm *form = g_new0 (TgForm, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkRoot *root = parent != NULL ? gtk_widget_get_root (parent) : NULL;

  form->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  form->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_add_css_class (GTK_WIDGET (form->list), "boxed-list");
  gtk_list_box_set_selection_mode (form->list, GTK_SELECTION_NONE);
  form->problem_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (form->problem_label, TRUE);
  gtk_label_set_xalign (form->problem_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (form->problem_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (form->problem_label), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (form->list));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (form->problem_label));
  form->dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                             heading, body));
  gtk_window_set_default_size (GTK_WINDOW (form->dialog), 520, -1);
  adw_message_dialog_set_extra_child (form->dialog, box);
  adw_message_dialog_add_responses (form->dialog, "cancel", _("_Cancel"), "save", _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (form->dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (form->dialog, "save");
  adw_message_dialog_set_close_response (form->dialog, "cancel");
  g_object_set_data_full (G_OBJECT (form->dialog), "tg-form", form, (GDestroyNotify) tg_form_free);
  return form;
}

static void
add_row (TgForm     *form,
         const char *key,
         GtkWidget  *row)
{
  gtk_list_box_append (form->list, row);
  g_hash_table_replace (form->rows, g_strdup (key), row);
}

GtkWidget *
tg_form_add_entry (TgForm     *form,
                   const char *key,
                   const char *title,
                   const char *value)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (value != NULL)
    gtk_editable_set_text (GTK_EDITABLE (row), value);
  g_signal_connect_swapped (row, "changed", G_CALLBACK (changed_cb), form);
  add_row (form, key, row);
  return row;
}

GtkWidget *
tg_form_add_combo (TgForm             *form,
                   const char         *key,
                   const char         *title,
                   const char * const *labels,
                   guint               selected)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) model = gtk_string_list_new (labels);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  g_signal_connect_swapped (row, "notify::selected", G_CALLBACK (changed_cb), form);
  add_row (form, key, row);
  return row;
}

GtkWidget *
tg_form_add_switch (TgForm     *form,
                    const char *key,
                    const char *title,
                    gboolean    active)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *sw = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_switch_set_active (GTK_SWITCH (sw), active);
  gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), sw);
  g_object_set_data (G_OBJECT (row), "tg-switch", sw);
  add_row (form, key, row);
  return row;
}

GtkWidget *
tg_form_get_row (TgForm     *form,
                 const char *key)
{
  GtkWidget *row = g_hash_table_lookup (form->rows, key);

  g_return_val_if_fail (row != NULL, NULL);
  return row;
}

const char *
tg_form_get_text (TgForm     *form,
                  const char *key)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (tg_form_get_row (form, key)));

  return text[0] != '\0' ? text : NULL;
}

void
tg_form_set_text (TgForm     *form,
                  const char *key,
                  const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (tg_form_get_row (form, key)), text != NULL ? text : "");
}

guint
tg_form_get_selected (TgForm     *form,
                      const char *key)
{
  return adw_combo_row_get_selected (ADW_COMBO_ROW (tg_form_get_row (form, key)));
}

void
tg_form_set_selected (TgForm     *form,
                      const char *key,
                      guint       selected)
{
  adw_combo_row_set_selected (ADW_COMBO_ROW (tg_form_get_row (form, key)), selected);
}

gboolean
tg_form_get_active (TgForm     *form,
                    const char *key)
{
  return gtk_switch_get_active (g_object_get_data (G_OBJECT (tg_form_get_row (form, key)), "tg-switch"));
}

void
tg_form_problem (TgForm     *form,
                 const char *key,
                 const char *message)
{
  if (key != NULL)
    gtk_widget_add_css_class (tg_form_get_row (form, key), "error");
  if (form->problem == NULL)
    form->problem = g_strdup (message);
}

const char *
tg_form_get_problem (TgForm *form)
{
  run_check (form);
  return form->problem;
}

void
tg_form_set_check (TgForm      *form,
                   TgFormCheck  check,
                   gpointer     user_data)
{
  form->check = check;
  form->check_data = user_data;
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             TgForm           *form)
{
  if (g_strcmp0 (response, "save") != 0 || form->applied)
    return;
  run_check (form);
  if (form->problem == NULL && form->apply != NULL)
    {
      form->applied = TRUE;
      form->apply (form, form->apply_data);
    }
}

void
tg_form_present (TgForm         *form,
                 TgFormApply     apply,
                 gpointer        user_data,
                 GDestroyNotify  destroy)
{
  form->apply = apply;
  form->apply_data = user_data;
  form->destroy = destroy;
  g_signal_connect (form->dialog, "response", G_CALLBACK (response_cb), form);
  run_check (form);
  gtk_window_present (GTK_WINDOW (form->dialog));
}

gboolean
tg_form_submit (TgForm *form)
{
  run_check (form);
  if (form->problem != NULL)
    return FALSE;
  adw_message_dialog_response (form->dialog, "save");
  /* A clicked response closes the dialog; a programmatic one does not. */
  gtk_window_destroy (GTK_WINDOW (form->dialog));
  return TRUE;
}

GtkWindow *
tg_form_get_window (TgForm *form)
{
  return GTK_WINDOW (form->dialog);
}
