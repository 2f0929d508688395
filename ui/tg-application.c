/* tg-application.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-application"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-application.h"
#include "tg-preferences-window.h"
#include "tg-ui-resources.h"
#include "tg-window.h"

struct _TgApplication
{
  AdwApplication  parent_instance;

  char           *db_path;   /* from --db */
};

G_DEFINE_FINAL_TYPE (TgApplication, tg_application, ADW_TYPE_APPLICATION)

void
tg_application_register_resources (void)
{
  static gsize registered;

  if (g_once_init_enter (&registered))
    {
      tg_ui_register_resource ();
      g_once_init_leave (&registered, 1);
    }
}

static GSettingsSchema *
lookup_schema (void)
{
  GSettingsSchemaSource *installed = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchemaSource) build = NULL;
  GSettingsSchema *schema = NULL;

  if (installed != NULL)
    schema = g_settings_schema_source_lookup (installed, APP_ID, TRUE);
  if (schema != NULL)
    return schema;
  /* Run from the build tree: the schema compiled there. */
  build = g_settings_schema_source_new_from_directory (TG_BUILD_SCHEMA_DIR, installed, FALSE, NULL);
  return build != NULL ? g_settings_schema_source_lookup (build, APP_ID, FALSE) : NULL;
}

GSettings *
tg_application_new_settings (void)
{
  g_autoptr(GSettingsSchema) schema = lookup_schema ();

  if (schema == NULL)
    return g_settings_new (APP_ID);   /* fails with GLib's own message */
  return g_settings_new_full (schema, NULL, NULL);
}

void
tg_application_apply_language (void)
{
  g_autoptr(GSettings) settings = tg_application_new_settings ();
  g_autofree char *language = g_settings_get_string (settings, "language");

  if (language[0] != '\0')
    g_setenv ("LANGUAGE", language, TRUE);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  static const char *developers[] = { "The Tergeu authors", NULL };

  adw_show_about_window (gtk_application_get_active_window (app),
                         "application-name", _("Tergeu"),
                         "application-icon", APP_ID,
                         "developer-name", _("The Tergeu authors"),
                         "version", PACKAGE_VERSION,
                         "comments", _("Workplace-accident investigations of the labour-inspection Committee"),
                         "developers", developers,
                         "copyright", "© 2026 The Tergeu authors",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  GtkWindow *prefs;

  if (!TG_IS_WINDOW (window))
    return;
  prefs = GTK_WINDOW (tg_preferences_window_new (tg_window_get_store (TG_WINDOW (window))));
  gtk_window_set_transient_for (prefs, window);
  gtk_window_present (prefs);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  GList *windows = gtk_application_get_windows (app);

  /* Closing (not destroying) lets each window save its size. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
}

static const GActionEntry app_entries[] = {
  { "about", about_action },
  { "preferences", preferences_action },
  { "quit", quit_action },
};

static const struct
{
  const char *action;
  const char *accels[3];
} app_accels[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "app.preferences", { "<Control>comma", NULL } },
  { "win.new-case", { "<Control>n", NULL } },
  { "win.find", { "<Control>f", NULL } },
  { "win.show-list", { "<Alt>Left", NULL } },
  { "win.reload", { "F5", "<Control>r", NULL } },
  { "window.close", { "<Control>w", NULL } },
};

static void
tg_application_startup (GApplication *application)
{
  GtkApplication *app = GTK_APPLICATION (application);

  tg_application_register_resources ();
  G_APPLICATION_CLASS (tg_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_entries,
                                   G_N_ELEMENTS (app_entries), app);
  for (guint i = 0; i < G_N_ELEMENTS (app_accels); i++)
    gtk_application_set_accels_for_action (app, app_accels[i].action, app_accels[i].accels);
}

static char *
choose_db_path (TgApplication *self,
                GSettings     *settings)
{
  g_autofree char *last = NULL;

  if (self->db_path != NULL)
    return g_strdup (self->db_path);
  last = g_settings_get_string (settings, "last-database");
  if (last[0] != '\0' && g_file_test (last, G_FILE_TEST_EXISTS))
    return g_steal_pointer (&last);
  return tg_store_default_path ();
}

static void
show_open_error (TgApplication *self,
                 const char    *path,
                 GError        *error)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (NULL, _("Cannot Open the Case Database"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog), "%s\n\n%s", path, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
tg_application_activate (GApplication *application)
{
  TgApplication *self = TG_APPLICATION (application);
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(TgStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *dir = NULL;
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  settings = tg_application_new_settings ();
  path = choose_db_path (self, settings);
  dir = g_path_get_dirname (path);
  g_mkdir_with_parents (dir, 0700);
  store = tg_store_open (path, &error);
  if (store == NULL)
    {
      show_open_error (self, path, error);
      return;
    }
  g_settings_set_string (settings, "last-database", path);

  window = GTK_WINDOW (tg_window_new (self, store));
  gtk_window_present (window);
}

static int
tg_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  TgApplication *self = TG_APPLICATION (application);
  const char *db = NULL;

  if (g_variant_dict_lookup (options, "db", "^&ay", &db))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (db);
      self->db_path = g_file_get_path (file);
    }
  return -1;
}

static void
tg_application_finalize (GObject *object)
{
  TgApplication *self = TG_APPLICATION (object);

  g_free (self->db_path);

  G_OBJECT_CLASS (tg_application_parent_class)->finalize (object);
}

static void
tg_application_class_init (TgApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = tg_application_finalize;
  app_class->startup = tg_application_startup;
  app_class->activate = tg_application_activate;
  app_class->handle_local_options = tg_application_handle_local_options;
}

static const GOptionEntry options[] = {
  { "db", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Open the case database at PATH"), N_("PATH") },
  { NULL }
};

static void
tg_application_init (TgApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), options);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Workplace-accident investigations of the labour-inspection Committee"));
}

TgApplication *
tg_application_new (void)
{
  /* Not unique: each process holds its own database open, so that a second
   * "tergeu --db other.db" opens that file rather than raising the first. */
  return g_object_new (TG_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_NON_UNIQUE,
                       "resource-base-path", "/kz/gov/enbek/Tergeu",
                       NULL);
}
