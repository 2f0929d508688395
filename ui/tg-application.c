/* tg-application.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-application"

#include "config.h"

#include <string.h>
#include <unistd.h>

#include <epoxy/gl.h>
#include <glib/gi18n-lib.h>

#include "tg-about.h"
#include "tg-application.h"
#include "tg-server-password.h"
#include "tg-settings.h"
#include "tg-store-backup.h"
#include "tg-preferences-window.h"
#include "tg-ui-resources.h"
#include "tg-notifications.h"
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
      /* The icon, for windows shown without a GtkApplication (tests). */
      if (gdk_display_get_default () != NULL)
        gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                          "/kz/gov/enbek/Tergeu/icons");
      g_once_init_leave (&registered, 1);
    }
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  tg_about_show (window, TG_IS_WINDOW (window) ? tg_window_get_store (TG_WINDOW (window)) : NULL);
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

static void
open_case_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  if (TG_IS_WINDOW (window))
    {
      tg_window_open_case (TG_WINDOW (window), g_variant_get_string (parameter, NULL));
      gtk_window_present (window);
    }
}

static void
show_view_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  if (TG_IS_WINDOW (window) && g_variant_get_uint32 (parameter) < TG_N_VIEWS)
    {
      tg_window_set_view (TG_WINDOW (window), g_variant_get_uint32 (parameter));
      gtk_window_present (window);
    }
}

static const GActionEntry app_entries[] = {
  { "open-case", open_case_action, "s" },
  { "show-view", show_view_action, "u" },
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

/* Whether the display's OpenGL is Mesa's software rasteriser: llvmpipe,
 * softpipe or the old swrast ("Software Rasterizer").  The renderer string
 * is the only portable answer OpenGL gives; GTK's own renderer selection
 * makes the same test in later versions (gsk/gskrenderer.c). */
static gboolean
gl_is_software (GdkDisplay *display)
{
  static const char * const software[] = { "llvmpipe", "softpipe", "Software Rasterizer" };
  g_autoptr(GdkGLContext) context = NULL;
  const char *renderer;
  gboolean found = FALSE;

  /* On X11, GDK has already set OpenGL up to choose its visual. */
  if (!gdk_display_prepare_gl (display, NULL))
    return FALSE;   /* no OpenGL at all: GTK falls back to cairo itself */
  context = gdk_display_create_gl_context (display, NULL);
  if (context == NULL || !gdk_gl_context_realize (context, NULL))
    return FALSE;
  gdk_gl_context_make_current (context);
  renderer = (const char *) glGetString (GL_RENDERER);
  for (guint i = 0; renderer != NULL && i < G_N_ELEMENTS (software); i++)
    found = found || strstr (renderer, software[i]) != NULL;
  gdk_gl_context_clear_current ();
  g_debug ("OpenGL renderer: %s", renderer != NULL ? renderer : "(none)");
  return found;
}

/* GTK 4.8 draws with OpenGL whenever there is any, even when that OpenGL
 * is software on the CPU — as under Xvfb and on the virtual desktops many
 * offices use.  There, measured on the main window (docs/performance.md,
 * "Desktop memory"), GTK's GL renderer costs 70 MiB more heap (llvmpipe's
 * textures and compiled shaders) and a later first frame than the cairo
 * renderer, which draws the same pixels; so the cairo renderer is chosen.
 * On a real GPU nothing changes.  A GSK_RENDERER the user set is obeyed.
 *
 * GTK has no call to choose a window's renderer: it reads GSK_RENDERER
 * when the first window is realized, after this.  g_setenv() is not safe
 * beside threads that read the environment; the threads alive here are
 * GDBus's and GLib's workers and llvmpipe's rasterisers, which do not. */
static void
prefer_cairo_on_software_gl (void)
{
  GdkDisplay *display = gdk_display_get_default ();

  if (g_getenv ("GSK_RENDERER") != NULL || display == NULL)
    return;
  if (gl_is_software (display))
    g_setenv ("GSK_RENDERER", "cairo", FALSE);
}

static void
tg_application_startup (GApplication *application)
{
  GtkApplication *app = GTK_APPLICATION (application);

  tg_application_register_resources ();
  G_APPLICATION_CLASS (tg_application_parent_class)->startup (application);
  prefer_cairo_on_software_gl ();

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
  /* A file that has gone is not recreated empty in its place; a server
   * is asked, and says why if it cannot be opened. */
  if (last[0] != '\0' &&
      (tg_store_location_kind (last) == TG_STORE_LOCATION_SERVER || g_file_test (last, G_FILE_TEST_EXISTS)))
    return g_steal_pointer (&last);
  return tg_store_default_path ();
}

typedef struct
{
  TgApplication *self;
  char          *path;
  char          *backup;
} OpenError;

static void show_open_error (TgApplication *self,
                             const char    *path,
                             GError        *error);

static void
open_error_free (OpenError *e)
{
  g_free (e->path);
  g_free (e->backup);
  g_free (e);
}

static void
on_open_error_response (AdwMessageDialog *dialog,
                        const char       *response,
                        OpenError        *e)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;

  if (g_strcmp0 (response, "restore") == 0)
    {
      if (tg_backup_restore (e->path, e->backup, &kept, &error))
        g_application_activate (G_APPLICATION (e->self));
      else
        {
          g_autoptr(GError) copy = g_error_copy (error);
          show_open_error (e->self, e->path, copy);
        }
    }
  open_error_free (e);
}

/* A damaged database is never replaced by an empty one: the user is told,
 * and offered the latest backup, which is checked before it is put in
 * place; the damaged file is kept beside it (tg_backup_restore). */
static void
show_open_error (TgApplication *self,
                 const char    *path,
                 GError        *error)
{
  gboolean is_file = tg_store_location_kind (path) == TG_STORE_LOCATION_FILE;
  g_autoptr(GPtrArray) backups = is_file ? tg_backup_list (path) : g_ptr_array_new ();
  g_autofree char *shown = tg_store_location_dup_display (path);
  OpenError *e = g_new0 (OpenError, 1);
  GtkWidget *dialog;

  e->self = self;
  e->path = g_strdup (path);
  dialog = adw_message_dialog_new (NULL, _("Cannot Open the Case Database"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog), "%s\n\n%s", shown, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  if (g_error_matches (error, TG_STORE_ERROR, TG_STORE_ERROR_CORRUPT) && backups->len > 0)
    {
      g_autofree char *name = g_path_get_basename (g_ptr_array_index (backups, 0));

      e->backup = g_strdup (g_ptr_array_index (backups, 0));
      adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                      _("%s\n\nThe file is damaged or is not a Tergeu database. The latest backup is %s. Restoring it checks the backup first and keeps the damaged file beside it."),
                                      path, name);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "restore", _("_Restore Latest Backup"));
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                                  ADW_RESPONSE_SUGGESTED);
    }
  g_signal_connect (dialog, "response", G_CALLBACK (on_open_error_response), e);
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
daily_backup_thread (GTask        *task,
                     gpointer      source,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  g_autoptr(GError) error = NULL;

  /* Its own connection (tg_backup_create): safe beside the window's. */
  if (!tg_backup_daily (task_data, TG_BACKUP_KEEP_DEFAULT, &error))
    g_warning ("daily backup of %s failed: %s", (char *) task_data, error->message);
}

/* One backup a day, on the first start, off the main thread so the window
 * does not wait for it. */
static void
start_daily_backup (const char *path)
{
  g_autoptr(GTask) task = g_task_new (NULL, NULL, NULL, NULL);

  g_task_set_task_data (task, g_strdup (path), g_free);
  g_task_run_in_thread (task, daily_backup_thread);
}

/* Opening a location, which an office server may answer by asking for a
 * password: the keyring is asked first, then the person, as often as the
 * server refuses what was given, until they cancel. */
typedef struct
{
  TgApplication *self;
  char          *path;
  gboolean       keyring_asked;
  gboolean       remember;      /* keep the typed password once it works */
} Opening;

static void
opening_free (Opening *o)
{
  g_object_unref (o->self);
  g_free (o->path);
  g_free (o);
}

static void open_location (Opening *o);

static void
password_given_cb (gboolean given,
                   gboolean remember,
                   gpointer user_data)
{
  Opening *o = user_data;

  if (!given && o->keyring_asked)
    {
      /* Cancelled: nothing is opened, the application ends. */
      opening_free (o);
      return;
    }
  o->keyring_asked = TRUE;
  o->remember = remember;
  open_location (o);
}

static void
open_location (Opening *o)
{
  TgApplication *self = o->self;
  g_autoptr(GSettings) settings = tg_settings_new ();
  g_autoptr(TgStore) store = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *window;

  store = tg_store_open (o->path, &error);
  if (store == NULL && g_error_matches (error, TG_STORE_ERROR, TG_STORE_ERROR_PASSWORD))
    {
      char *given = tg_store_location_dup_password (o->path);
      gboolean refused = given != NULL;

      tg_store_location_free_password (given);
      if (!o->keyring_asked)
        tg_server_password_from_keyring (G_APPLICATION (self), o->path, password_given_cb, o);
      else
        {
          /* A password from the keyring or typed that the server refused
           * is forgotten, and the person told why. */
          tg_store_location_set_password (o->path, NULL);
          tg_server_password_ask (GTK_APPLICATION (self), o->path, refused ? error->message : NULL,
                                  password_given_cb, o);
        }
      return;
    }
  if (store == NULL)
    {
      show_open_error (self, o->path, error);
      opening_free (o);
      return;
    }
  if (o->remember)
    tg_server_password_keep (o->path);
  /* A database given once with --db is not the one to open next time. */
  if (self->db_path == NULL)
    g_settings_set_string (settings, "last-database", o->path);
  if (g_getenv ("TERGEU_REPORT_STARTUP") == NULL)
    start_daily_backup (o->path);

  window = GTK_WINDOW (tg_window_new (GTK_APPLICATION (self), store));
  gtk_window_present (window);
  tg_notifications_start (GTK_APPLICATION (self), store);
  opening_free (o);
}

static void
tg_application_activate (GApplication *application)
{
  TgApplication *self = TG_APPLICATION (application);
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *dir = NULL;
  Opening *o;
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  settings = tg_settings_new ();
  o = g_new0 (Opening, 1);
  o->self = g_object_ref (self);
  o->path = choose_db_path (self, settings);
  if (tg_store_location_kind (o->path) == TG_STORE_LOCATION_FILE)
    {
      dir = g_path_get_dirname (o->path);
      g_mkdir_with_parents (dir, 0700);
    }
  open_location (o);
}

static int
tg_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  TgApplication *self = TG_APPLICATION (application);
  const char *db = NULL;

  if (g_variant_dict_lookup (options, "db", "^&ay", &db))
    {
      g_autoptr(GFile) file = NULL;

      /* A server's address is not a file name, nor a URI GIO knows: it
       * goes to the store as given, which says what it makes of it. */
      if (tg_store_location_kind (db) == TG_STORE_LOCATION_SERVER)
        {
          self->db_path = g_strdup (db);
          return -1;
        }
      file = g_file_new_for_commandline_arg (db);
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
