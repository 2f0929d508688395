/* desktop-demo.c — demonstration cases for the desktop's first run
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The generator is a tool above the window's layers (docs/architecture.md),
 * so the program that links both offers it to the window: app.demo, which
 * the empty list's "Add Demonstration Cases…" activates. It asks first —
 * the cases are fictitious and stay in the database — then writes them in
 * a thread, on a connection of its own, and has the window reload.
 */
#define G_LOG_DOMAIN "tergeu"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "desktop-demo.h"
#include "tg-demo.h"
#include "tg-window.h"

#define DEMO_CASES 500

static void
generate_thread (GTask        *task,
                 gpointer      source,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  g_autoptr(TgStore) store = NULL;
  GError *error = NULL;

  store = tg_store_open (task_data, &error);
  if (store == NULL || !tg_demo_generate (store, DEMO_CASES, (guint32) g_get_real_time (), NULL, NULL, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
generated_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GtkWindow) window = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *done = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      gtk_widget_activate_action (GTK_WIDGET (window), "win.toast", "s", error->message);
      return;
    }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.reload", NULL);
  done = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u demonstration case added",
                                       "%u demonstration cases added", DEMO_CASES), DEMO_CASES);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toast", "s", done);
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             GtkWindow        *window)
{
  g_autoptr(GTask) task = NULL;

  if (g_strcmp0 (response, "add") != 0)
    return;
  task = g_task_new (NULL, NULL, generated_cb, g_object_ref (window));
  g_task_set_task_data (task, g_strdup (tg_store_get_path (tg_window_get_store (TG_WINDOW (window)))), g_free);
  g_task_run_in_thread (task, generate_thread);
}

static void
demo_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  GtkWidget *dialog;
  g_autofree char *body = NULL;

  if (!TG_IS_WINDOW (window))
    return;
  body = g_strdup_printf (_("%u fictitious cases of every kind, with their history, go into this database "
                            "to try Tergeu out. They stay there: register real accidents in a database of "
                            "their own."), DEMO_CASES);
  dialog = adw_message_dialog_new (window, _("Add Demonstration Cases?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "add", _("_Add Cases"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (response_cb), window, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
desktop_demo_install (GtkApplication *app)
{
  static const GActionEntry entries[] = {
    { "demo", demo_action },
  };

  g_action_map_add_action_entries (G_ACTION_MAP (app), entries, G_N_ELEMENTS (entries), app);
}
