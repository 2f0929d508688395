/* tg-preferences-window.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-preferences"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-settings.h"
#include "tg-dates.h"
#include "tg-form.h"
#include "tg-preferences-window.h"

struct _TgPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  TgStore              *store;
  GSettings            *settings;
  GPtrArray            *entry_rows;   /* rows of entries_group */

  AdwPreferencesGroup  *organization_group;
  AdwComboRow          *language_row;
  AdwEntryRow          *date_row;
  AdwComboRow          *kind_row;
  AdwEntryRow          *note_row;
  AdwPreferencesGroup  *entries_group;
  AdwActionRow         *database_row;
  AdwComboRow          *location_row;
  AdwEntryRow          *server_row;
  GtkLabel             *server_note;
  GCancellable         *checking;     /* a server being tried */
};

/* The rows of location_row. */
enum
{
  LOCATION_FILE,
  LOCATION_SERVER,
};

G_DEFINE_FINAL_TYPE (TgPreferencesWindow, tg_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static const char * const languages[] = { "", "kk", "ru", "en" };

static const struct
{
  const char *key;
  const char *title;
} organization[] = {
  { "committee-name-kk", N_("Committee name in Kazakh") },
  { "committee-name-ru", N_("Committee name in Russian") },
  { "ministry-name-kk", N_("Ministry name in Kazakh") },
  { "ministry-name-ru", N_("Ministry name in Russian") },
  { "chairman", N_("Chairman — Chief State Labour Inspector") },
  { "control-official-kk", N_("Official who controls execution, in Kazakh (dative)") },
  { "control-official-ru", N_("Official who controls execution, in Russian (accusative)") },
  { "city-kk", N_("City in Kazakh") },
  { "city-ru", N_("City in Russian") },
  { "executor", N_("Executor named on letters") },
  { "executor-phone", N_("Executor's telephone") },
};

static void location_changed_cb (TgPreferencesWindow *self);

static void
toast (TgPreferencesWindow *self,
       const char          *message)
{
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (message));
}

/* What became of the address typed for the server, under it; a refusal
 * also marks the address, which stays as typed. NULL: nothing to say. */
static void
say_server (TgPreferencesWindow *self,
            const char          *message,
            gboolean             refused)
{
  gtk_label_set_text (self->server_note, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->server_note), message != NULL);
  if (refused)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->server_row), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->server_note), "error");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->server_row), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (self->server_note), "error");
    }
}

static void
setting_apply_cb (AdwEntryRow         *row,
                  TgPreferencesWindow *self)
{
  const char *key = g_object_get_data (G_OBJECT (row), "setting-key");
  g_autoptr(GError) error = NULL;

  if (!tg_store_set_setting (self->store, key, gtk_editable_get_text (GTK_EDITABLE (row)), &error))
    toast (self, error->message);
  else
    {
      if (*gtk_editable_get_text (GTK_EDITABLE (row)) != '\0')
        gtk_widget_remove_css_class (GTK_WIDGET (row), "warning");
      toast (self, _("Saved"));
      /* The window's banner about blank settings follows. */
      if (gtk_window_get_transient_for (GTK_WINDOW (self)) != NULL)
        gtk_widget_activate_action (GTK_WIDGET (gtk_window_get_transient_for (GTK_WINDOW (self))), "win.reload", NULL);
    }
}

static void
build_organization (TgPreferencesWindow *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (organization); i++)
    {
      GtkWidget *row = adw_entry_row_new ();
      g_autofree char *value = tg_store_dup_setting (self->store, organization[i].key);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(organization[i].title));
      adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
      /* Blank: printed orders would have an empty line there. */
      if (value == NULL || *value == '\0')
        gtk_widget_add_css_class (row, "warning");
      gtk_editable_set_text (GTK_EDITABLE (row), value != NULL ? value : "");
      g_object_set_data (G_OBJECT (row), "setting-key", (gpointer) organization[i].key);
      g_signal_connect (row, "apply", G_CALLBACK (setting_apply_cb), self);
      adw_preferences_group_add (self->organization_group, row);
    }
}

static const char *
kind_label (TgCalendarEntryKind kind)
{
  switch (kind)
    {
    case TG_CALENDAR_KURBAN_AIT:
      return _("Kurban Ait (day off)");
    case TG_CALENDAR_EXTRA_DAY_OFF:
      return _("Day off by decree");
    case TG_CALENDAR_EXTRA_WORKING_DAY:
      return _("Working day by decree");
    default:
      return "";
    }
}

static void build_entries (TgPreferencesWindow *self);

static void
remove_entry_cb (GtkButton           *button,
                 TgPreferencesWindow *self)
{
  GDate *date = g_object_get_data (G_OBJECT (button), "date");
  g_autoptr(GError) error = NULL;

  if (!tg_store_remove_calendar_entry (self->store, date, &error))
    toast (self, error->message);
  build_entries (self);
}

static void
build_entries (TgPreferencesWindow *self)
{
  g_autoptr(GPtrArray) entries = tg_calendar_list_entries (tg_store_get_calendar (self->store));

  for (guint i = 0; i < self->entry_rows->len; i++)
    adw_preferences_group_remove (self->entries_group, g_ptr_array_index (self->entry_rows, i));
  g_ptr_array_set_size (self->entry_rows, 0);
  /* Newest first: that is what one edits. */
  for (guint i = entries->len; i > 0; i--)
    {
      TgCalendarEntry *entry = g_ptr_array_index (entries, i - 1);
      g_autofree char *iso = tg_date_format_iso (&entry->date);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      g_autofree char *shown = tg_date_dup_shown (iso);
      /* The notes the calendar ships with are kept in English and read in
       * the reader's language; a note typed by a user is shown as typed. */
      g_autofree char *subtitle = entry->note != NULL && *entry->note != '\0'
        ? g_strdup_printf ("%s — %s", kind_label (entry->kind), g_dgettext (GETTEXT_PACKAGE, entry->note))
        : g_strdup (kind_label (entry->kind));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), shown != NULL ? shown : iso);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, _("Remove"));
      g_object_set_data_full (G_OBJECT (remove), "date", g_memdup2 (&entry->date, sizeof (GDate)), g_free);
      g_signal_connect (remove, "clicked", G_CALLBACK (remove_entry_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      adw_preferences_group_add (self->entries_group, row);
      g_ptr_array_add (self->entry_rows, row);
    }
}

static void
add_day_cb (TgPreferencesWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->date_row));
  g_autoptr(GError) error = NULL;
  GDate date;

  if (!tg_form_parse_date (text, &date))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->date_row), "error");
      toast (self, _("Write dates as DD.MM.YYYY (14.03.2026) or YYYY-MM-DD (2026-03-14)."));
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->date_row), "error");
  if (!tg_store_set_calendar_entry (self->store, &date, adw_combo_row_get_selected (self->kind_row),
                                    gtk_editable_get_text (GTK_EDITABLE (self->note_row)), &error))
    {
      toast (self, error->message);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->note_row), "");
  toast (self, _("Day added; due dates recomputed"));
  build_entries (self);
}

static void
language_changed_cb (TgPreferencesWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->language_row);

  if (self->settings != NULL && selected < G_N_ELEMENTS (languages))
    g_settings_set_string (self->settings, "language", languages[selected]);
}

/* The folder of the open database, in the file manager. */
static void
show_database_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  TgPreferencesWindow *self = TG_PREFERENCES_WINDOW (widget);
  g_autofree char *dir = g_path_get_dirname (tg_store_get_path (self->store));
  g_autoptr(GFile) file = g_file_new_for_path (dir);
  g_autofree char *uri = g_file_get_uri (file);

  gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
}

static void
show_database (TgPreferencesWindow *self)
{
  const char *path = tg_store_get_path (self->store);
  g_autofree char *usual = tg_store_default_path ();
  gboolean server = tg_store_location_kind (path) == TG_STORE_LOCATION_SERVER;
  g_autofree char *shown = tg_store_location_dup_display (path);

  adw_action_row_set_subtitle (self->database_row, shown);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->database_row),
                                 server ? _("Office server (open now)")
                                 : g_strcmp0 (path, usual) == 0 ? _("Database (the usual one)")
                                                                : _("Database (opened with --db)"));
  /* A server has no folder to show. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->database_row), !server);
  g_signal_handlers_block_by_func (self->location_row, location_changed_cb, self);
  adw_combo_row_set_selected (self->location_row, server ? LOCATION_SERVER : LOCATION_FILE);
  g_signal_handlers_unblock_by_func (self->location_row, location_changed_cb, self);
  gtk_widget_set_visible (GTK_WIDGET (self->server_row), server);
  if (server)
    gtk_editable_set_text (GTK_EDITABLE (self->server_row), shown);
}

/* Where Tergeu looks when it starts (the window's database stays open
 * until then, as the language does). */
static void
remember_location (TgPreferencesWindow *self,
                   const char          *location)
{
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "last-database", location);
}

/* "On this computer" chosen while a server is open: the usual file is
 * the one to open next time. Choosing the server shows its address,
 * which is only remembered once the server has answered. */
static void
location_changed_cb (TgPreferencesWindow *self)
{
  gboolean server = adw_combo_row_get_selected (self->location_row) == LOCATION_SERVER;
  gboolean on_server = tg_store_location_kind (tg_store_get_path (self->store)) == TG_STORE_LOCATION_SERVER;

  gtk_widget_set_visible (GTK_WIDGET (self->server_row), server);
  if (server)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->server_row));
      return;
    }
  g_cancellable_cancel (self->checking);
  g_clear_object (&self->checking);
  say_server (self, NULL, FALSE);
  if (on_server)
    {
      g_autofree char *usual = tg_store_default_path ();

      remember_location (self, usual);
      toast (self, _("Tergeu opens the database on this computer when it starts again"));
    }
}

static void
check_server_thread (GTask        *task,
                     gpointer      source,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  GError *error = NULL;
  g_autoptr(TgStore) store = tg_store_open (task_data, &error);

  if (store == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
check_server_done (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  TgPreferencesWindow *self;
  const char *location = g_task_get_task_data (G_TASK (result));

  if (!g_task_propagate_boolean (G_TASK (result), &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = TG_PREFERENCES_WINDOW (source);
  g_clear_object (&self->checking);
  /* A server that asks for a password answered: the window asks for it
   * when it opens the server (tg-server-password.c). */
  if (g_error_matches (error, TG_STORE_ERROR, TG_STORE_ERROR_PASSWORD))
    {
      remember_location (self, location);
      say_server (self, _("The server answered and asks for your password: Tergeu asks for it when it starts again"), FALSE);
      return;
    }
  if (error != NULL)
    {
      /* What was typed stays, marked, with the reason. */
      say_server (self, error->message, TRUE);
      return;
    }
  remember_location (self, location);
  say_server (self, _("The server answered. Tergeu opens it when it starts again"), FALSE);
}

/* An address is checked by opening it, in a thread: a server far away
 * may take seconds to answer, and the window must not freeze meanwhile. */
static void
server_apply_cb (TgPreferencesWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->server_row));
  g_autofree char *location = g_strstrip (g_strdup (text));
  g_autofree char *shown = tg_store_location_dup_display (location);
  g_autoptr(GTask) task = NULL;

  if (tg_store_location_kind (location) != TG_STORE_LOCATION_SERVER)
    {
      say_server (self, _("An office server's address begins with postgresql:// — for example postgresql://db.example.kz/tergeu"), TRUE);
      return;
    }
  if (g_strcmp0 (shown, location) != 0)
    {
      say_server (self, _("Leave the password out of the address: Tergeu asks for it when it connects, or takes it from ~/.pgpass"), TRUE);
      return;
    }
  /* The address is being tried already: the answer will come. (The row
   * stays sensitive: GTK 4.8 loses track of a focused entry made
   * insensitive.) */
  if (self->checking != NULL)
    return;
  self->checking = g_cancellable_new ();
  say_server (self, _("Connecting to the server…"), FALSE);
  task = g_task_new (self, self->checking, check_server_done, NULL);
  g_task_set_task_data (task, g_steal_pointer (&location), g_free);
  g_task_run_in_thread (task, check_server_thread);
}

static void
tg_preferences_window_dispose (GObject *object)
{
  TgPreferencesWindow *self = TG_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TG_TYPE_PREFERENCES_WINDOW);
  g_cancellable_cancel (self->checking);
  g_clear_object (&self->checking);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->entry_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (tg_preferences_window_parent_class)->dispose (object);
}

static void
tg_preferences_window_class_init (TgPreferencesWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = tg_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/kz/gov/enbek/Tergeu/tg-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TgPreferencesWindow, organization_group);
  gtk_widget_class_bind_template_child (widget_class, TgPreferencesWindow, language_row);
  gtk_widget_class_bind_template_child (widget_class, TgPreferencesWindow, date_row);
  gtk_widget_class_bind_template_child (widget_class, TgPreferencesWindow, kind_row);
  gtk_widget_class_bind_template_child (widget_class, TgPreferencesWindow, note_row);
  gtk_widget_class_bind_template_child (widget_class, TgPreferencesWindow, entries_group);
  gtk_widget_class_bind_template_child (widget_class, TgPreferencesWindow, database_row);
  gtk_widget_class_bind_template_child (widget_class, TgPreferencesWindow, location_row);
  gtk_widget_class_bind_template_child (widget_class, TgPreferencesWindow, server_row);
  gtk_widget_class_bind_template_child (widget_class, TgPreferencesWindow, server_note);
  gtk_widget_class_install_action (widget_class, "prefs.show-database", NULL, show_database_action);
  gtk_widget_class_bind_template_callback (widget_class, add_day_cb);
  gtk_widget_class_bind_template_callback (widget_class, language_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, location_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, server_apply_cb);
}

static void
tg_preferences_window_init (TgPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->entry_rows = g_ptr_array_new ();
  tg_form_attach_calendar (GTK_WIDGET (self->date_row));
}

TgPreferencesWindow *
tg_preferences_window_new (TgStore *store)
{
  TgPreferencesWindow *self;
  g_autofree char *language = NULL;

  g_return_val_if_fail (TG_IS_STORE (store), NULL);

  self = g_object_new (TG_TYPE_PREFERENCES_WINDOW, NULL);
  self->store = g_object_ref (store);
  build_organization (self);
  build_entries (self);
  show_database (self);
  self->settings = tg_settings_new ();
  language = g_settings_get_string (self->settings, "language");
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (g_strcmp0 (language, languages[i]) == 0)
      adw_combo_row_set_selected (self->language_row, i);
  return self;
}
