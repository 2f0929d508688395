/* tg-server-password.c — an office server's password, asked for once
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Issue 17: a login the office server wants a password of, which
 * ~/.pgpass, a service file or PGPASSWORD did not give. The desktop's
 * keyring (the Secret Service, through libsecret) is asked first, then
 * the person. The password is held in this process's memory
 * (tg_store_location_set_password), so that every connection the window
 * opens to the server has it, and kept in the keyring only when the person
 * asks and the server has taken it. Tergeu writes it nowhere else.
 */
#define G_LOG_DOMAIN "tg-ui"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <libsecret/secret.h>

#include "tg-server-password.h"
#include "tg-store-location.h"

/* One secret per location, as shown (a location holds no password). */
static const SecretSchema *
server_schema (void)
{
  static const SecretSchema schema = {
    "kz.gov.enbek.Tergeu.Server", SECRET_SCHEMA_NONE,
    {
      { "location", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    }
  };
  return &schema;
}

typedef struct
{
  GApplication         *app;
  char                 *location;
  TgServerPasswordFunc  func;
  gpointer              user_data;
  GtkWidget            *entry;
  GtkWidget            *remember;
} Asking;

static void
asking_free (Asking *a)
{
  g_clear_object (&a->app);
  g_free (a->location);
  g_free (a);
}

static void
looked_up_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Asking *a = user_data;
  g_autoptr(GError) error = NULL;
  char *password = secret_password_lookup_finish (result, &error);

  /* No keyring on this desktop is no error: the person is asked. */
  if (error != NULL)
    g_debug ("keyring: %s", error->message);
  if (password != NULL)
    tg_store_location_set_password (a->location, password);
  secret_password_free (password);
  a->func (password != NULL, FALSE, a->user_data);
  g_application_release (a->app);
  asking_free (a);
}

void
tg_server_password_from_keyring (GApplication         *app,
                                 const char           *location,
                                 TgServerPasswordFunc  func,
                                 gpointer              user_data)
{
  Asking *a = g_new0 (Asking, 1);
  g_autofree char *shown = tg_store_location_dup_display (location);

  a->app = g_object_ref (app);
  a->location = g_strdup (location);
  a->func = func;
  a->user_data = user_data;
  /* No window is open yet: the application waits for the answer. */
  g_application_hold (app);
  secret_password_lookup (server_schema (), NULL, looked_up_cb, a, "location", shown, NULL);
}

static void
password_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      Asking           *a)
{
  gboolean given = g_str_equal (response, "connect");

  /* The focus leaves the entry before the dialog goes: libadwaita 1.2's
   * dialog otherwise looks at the entry while destroying it (a warning,
   * "invalid unclassed pointer in cast to 'GtkEditable'"). */
  gtk_window_set_focus (GTK_WINDOW (dialog), NULL);
  if (given)
    tg_store_location_set_password (a->location, gtk_editable_get_text (GTK_EDITABLE (a->entry)));
  a->func (given, given && gtk_check_button_get_active (GTK_CHECK_BUTTON (a->remember)), a->user_data);
  asking_free (a);
}

/* Enter in the entry connects, as the button does: the response, then the
 * dialog goes. */
static void
entry_activate_cb (GtkWidget        *entry,
                   AdwMessageDialog *dialog)
{
  adw_message_dialog_response (dialog, "connect");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* @refused: the server's refusal of the password given before, or NULL;
 * @app: the application the dialog keeps running (NULL in tests). */
void
tg_server_password_ask (GtkApplication       *app,
                        const char           *location,
                        const char           *refused,
                        TgServerPasswordFunc  func,
                        gpointer              user_data)
{
  Asking *a = g_new0 (Asking, 1);
  g_autofree char *shown = tg_store_location_dup_display (location);
  GtkWidget *dialog;
  GtkWidget *box;
  GtkWidget *list;

  a->app = app != NULL ? G_APPLICATION (g_object_ref (app)) : NULL;
  a->location = g_strdup (location);
  a->func = func;
  a->user_data = user_data;

  dialog = adw_message_dialog_new (NULL, _("Password for the Office Server"), NULL);
  if (refused != NULL)
    adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), refused);
  else
    adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                    _("The server %s asks for your password."), shown);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  a->entry = adw_password_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (a->entry), _("Password"));
  gtk_list_box_append (GTK_LIST_BOX (list), a->entry);
  a->remember = gtk_check_button_new_with_mnemonic (_("_Remember in this computer's keyring"));
  gtk_box_append (GTK_BOX (box), list);
  gtk_box_append (GTK_BOX (box), a->remember);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "connect", _("C_onnect"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "connect", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "connect");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (a->entry, "entry-activated", G_CALLBACK (entry_activate_cb), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (password_response_cb), a);
  if (app != NULL)
    gtk_window_set_application (GTK_WINDOW (dialog), app);
  gtk_window_set_focus (GTK_WINDOW (dialog), a->entry);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
stored_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!secret_password_store_finish (result, &error))
    g_warning ("The keyring did not keep the server's password: %s", error->message);
}

/* Keeps the password held for @location in the keyring. */
void
tg_server_password_keep (const char *location)
{
  g_autofree char *shown = tg_store_location_dup_display (location);
  g_autofree char *label = g_strdup_printf (_("Tergeu: %s"), shown);
  char *password = tg_store_location_dup_password (location);

  if (password == NULL)
    return;
  secret_password_store (server_schema (), SECRET_COLLECTION_DEFAULT, label, password, NULL,
                         stored_cb, NULL, "location", shown, NULL);
  tg_store_location_free_password (password);
}
