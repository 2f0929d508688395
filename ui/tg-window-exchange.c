/* tg-window-exchange.c — import, export and conflicts from the window
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Files come from the file chooser or are dropped on the window
 * (workflows.md, journey 6).
 */
#define G_LOG_DOMAIN "tg-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-conflict-dialog.h"
#include "tg-dates.h"
#include "tg-exchange-export.h"
#include "tg-form.h"
#include "tg-import-dialog.h"
#include "tg-regions.h"
#include "tg-window-private.h"

TgImportDialog *
tg_window_import_files (TgWindow           *self,
                        const char * const *paths)
{
  TgImportDialog *dialog = tg_import_dialog_new (self->store, paths);

  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
import_files (TgWindow   *self,
              GListModel *files)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (files); i++)
    {
      g_autoptr(GFile) file = g_list_model_get_item (files, i);
      char *path = g_file_get_path (file);

      if (path != NULL)
        g_ptr_array_add (paths, path);
    }
  g_ptr_array_add (paths, NULL);
  if (paths->len > 1)
    tg_window_import_files (self, (const char * const *) paths->pdata);
}

static void
import_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    TgWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
      import_files (self, files);
    }
  g_object_unref (chooser);
}

static GtkFileFilter *
xml_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Exchange files (XML)"));
  gtk_file_filter_add_mime_type (filter, "application/xml");
  gtk_file_filter_add_mime_type (filter, "text/xml");
  gtk_file_filter_add_suffix (filter, "xml");
  return filter;
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TgWindow *self = TG_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = xml_filter ();
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Import Cases"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Import"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (import_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* --- export ----------------------------------------------------------- */

/* Which cases the export form sends. */
enum
{
  EXPORT_ALL,
  EXPORT_ACCIDENTS,    /* accidents in the period */
  EXPORT_CHANGED,      /* changed or decided in the period */
};

/* The addressee combo: none, each case's own region, then the regions. */
#define ADDRESSEE_NONE 0
#define ADDRESSEE_EACH 1

typedef struct
{
  TgWindow *window;
  char     *region;
  char     *to;
  char     *from;
  char     *until;
  guint     which;
  gboolean  each;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_object_unref (data->window);
  g_free (data->region);
  g_free (data->to);
  g_free (data->from);
  g_free (data->until);
  g_free (data);
}

static const char *
region_code (guint selected)
{
  guint n;
  const TgRegion *regions = tg_regions (&n);

  return selected > 0 && selected <= n ? regions[selected - 1].code : NULL;
}

static char *
iso_of (TgForm     *form,
        const char *key)
{
  GDate date;

  if (tg_form_get_text (form, key) == NULL || !tg_form_parse_date (tg_form_get_text (form, key), &date))
    return NULL;
  return tg_date_format_iso (&date);
}

static void
export_check (TgForm   *form,
              gpointer  user_data)
{
  const char *keys[] = { "from", "until" };
  gboolean period = tg_form_get_selected (form, "which") != EXPORT_ALL;
  GDate date;

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      gtk_widget_set_visible (tg_form_get_row (form, keys[i]), period);
      if (period && tg_form_get_text (form, keys[i]) != NULL &&
          !tg_form_parse_date (tg_form_get_text (form, keys[i]), &date))
        tg_form_problem (form, keys[i], _("Write dates as DD.MM.YYYY (14.03.2026) or YYYY-MM-DD (2026-03-14)."));
    }
  if (period && tg_form_get_text (form, "from") == NULL && tg_form_get_text (form, "until") == NULL)
    tg_form_problem (form, NULL, _("Give the period: its first day, its last, or both."));
}

static void
fill_query (ExportData         *data,
            TgStoreExportQuery *query)
{
  *query = (TgStoreExportQuery) { NULL, -1, data->region, NULL, NULL, data->to, NULL, NULL };
  if (data->which == EXPORT_ACCIDENTS)
    {
      query->from = data->from;
      query->until = data->until;
    }
  else if (data->which == EXPORT_CHANGED)
    {
      query->changed_since = data->from;
      query->changed_until = data->until;
    }
}

gboolean
tg_window_export_per_region (TgStore                  *store,
                             const TgStoreExportQuery *query,
                             const char               *dir,
                             guint                    *n_files,
                             guint                    *n_cases,
                             GError                  **error)
{
  guint n;
  const TgRegion *regions = tg_regions (&n);

  *n_files = *n_cases = 0;
  for (guint i = 0; i < n; i++)
    {
      TgStoreExportQuery one = *query;
      g_autofree char *name = NULL;
      g_autofree char *path = NULL;
      g_autoptr(GError) local = NULL;
      guint written = 0;

      if (query->region != NULL && g_strcmp0 (query->region, regions[i].code) != 0)
        continue;
      /* Each region gets its own cases, addressed to it. */
      one.region = regions[i].code;
      one.to = regions[i].code;
      name = g_strdup_printf ("tergeu-%s-%s.xml", TG_EXCHANGE_OWN_CODE, regions[i].code);
      path = g_build_filename (dir, name, NULL);
      if (!tg_exchange_export_file (store, &one, TG_EXCHANGE_OWN_CODE, path, &written, &local))
        {
          /* Nothing for this region: no file to send it. */
          if (g_error_matches (local, TG_EXCHANGE_ERROR, TG_EXCHANGE_ERROR_NOT_FOUND))
            continue;
          g_propagate_error (error, g_steal_pointer (&local));
          return FALSE;
        }
      *n_files += 1;
      *n_cases += written;
    }
  return TRUE;
}

static void
export_file_cb (GtkNativeDialog *chooser,
                int              response,
                ExportData      *data)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  TgStoreExportQuery query;
  guint n = 0, files = 0;

  fill_query (data, &query);
  if (response == GTK_RESPONSE_ACCEPT && (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL
      && (path = g_file_get_path (file)) != NULL)
    {
      if (data->each && tg_window_export_per_region (data->window->store, &query, path, &files, &n, &error) &&
          files == 0)
        message = g_strdup (_("No case matches: no file was written."));
      else if (data->each && error == NULL)
        /* Translators: "3 files, 41 cases exported" */
        message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u file, %u cases exported",
                                                "%u files, %u cases exported", files), files, n);
      else if (!data->each && tg_exchange_export_file (data->window->store, &query, TG_EXCHANGE_OWN_CODE, path, &n, &error))
        message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u case exported", "%u cases exported", n), n);
      else
        message = g_strdup (error->message);
      tg_window_add_toast (data->window, adw_toast_new (message));
    }
  g_object_unref (chooser);
  export_data_free (data);
}

static gboolean
export_apply (TgForm   *form,
              gpointer  user_data,
              GError  **error)
{
  TgWindow *self = user_data;
  ExportData *data = g_new0 (ExportData, 1);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = xml_filter ();
  guint to = tg_form_get_selected (form, "to");
  g_autofree char *name = NULL;

  data->window = g_object_ref (self);
  data->region = g_strdup (region_code (tg_form_get_selected (form, "region")));
  data->each = to == ADDRESSEE_EACH;
  data->to = g_strdup (to > ADDRESSEE_EACH ? region_code (to - 1) : NULL);
  data->which = tg_form_get_selected (form, "which");
  data->from = iso_of (form, "from");
  data->until = iso_of (form, "until");
  if (data->each)
    chooser = gtk_file_chooser_native_new (_("Export to a Folder, a File per Region"), GTK_WINDOW (self),
                                           GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _("_Export"), _("_Cancel"));
  else
    {
      name = g_strdup_printf ("tergeu-%s.xml", data->to != NULL ? data->to : TG_EXCHANGE_OWN_CODE);
      chooser = gtk_file_chooser_native_new (_("Export Cases"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                             _("_Export"), _("_Cancel"));
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
    }
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (export_file_cb), data);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
  return TRUE;
}

/* The first and the last day of the month before this one: what the
 * monthly exchange sends back (workflows.md §6). */
static void
last_month (char **first,
            char **last)
{
  GDate day;

  tg_today (&day);
  g_date_set_day (&day, 1);
  g_date_subtract_days (&day, 1);
  *last = g_strdup_printf ("%02u.%02u.%04u", g_date_get_day (&day), g_date_get_month (&day), g_date_get_year (&day));
  *first = g_strdup_printf ("01.%02u.%04u", g_date_get_month (&day), g_date_get_year (&day));
}

TgForm *
tg_window_export_form (TgWindow *self)
{
  TgForm *form = tg_form_new (GTK_WIDGET (self), _("Export Cases"),
                              _("Which cases go into the file, and to whom it is addressed. To send each region "
                                "what was decided last month, choose the changed cases and a file per region."));
  g_autoptr(GPtrArray) regions = g_ptr_array_new ();
  g_autoptr(GPtrArray) addressees = g_ptr_array_new ();
  const char *which[] = { _("All of them"), _("Accidents in the period"), _("Changed or decided in the period"), NULL };
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  guint n;
  const TgRegion *all = tg_regions (&n);

  g_ptr_array_add (regions, _("All regions"));
  g_ptr_array_add (addressees, _("No addressee"));
  g_ptr_array_add (addressees, _("The region of each case, a file per region"));
  for (guint i = 0; i < n; i++)
    {
      g_ptr_array_add (regions, (gpointer) tg_region_name (&all[i]));
      g_ptr_array_add (addressees, (gpointer) tg_region_name (&all[i]));
    }
  g_ptr_array_add (regions, NULL);
  g_ptr_array_add (addressees, NULL);
  last_month (&first, &last);
  tg_form_add_combo (form, "region", _("Cases of"), (const char * const *) regions->pdata, 0);
  tg_form_add_combo (form, "which", _("Which cases"), which, EXPORT_ALL);
  tg_form_add_date (form, "from", C_("period", "From"), first);
  tg_form_add_date (form, "until", C_("period", "Until"), last);
  tg_form_add_combo (form, "to", _("Addressee"), (const char * const *) addressees->pdata, ADDRESSEE_NONE);
  tg_form_set_save_label (form, _("_Export…"), FALSE);
  tg_form_set_check (form, export_check, NULL);
  tg_form_present (form, export_apply, g_object_ref (self), g_object_unref);
  return form;
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  tg_window_export_form (TG_WINDOW (widget));
}

static void
conflicts_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  TgConflictDialog *dialog = tg_conflict_dialog_new (TG_WINDOW (widget)->store, NULL);

  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (widget));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* --- drag and drop ---------------------------------------------------- */

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         TgWindow      *self)
{
  GSList *files = g_value_get_boxed (value);
  g_autoptr(GListStore) list = g_list_store_new (G_TYPE_FILE);

  for (GSList *l = files; l != NULL; l = l->next)
    g_list_store_append (list, l->data);
  import_files (self, G_LIST_MODEL (list));
  return TRUE;
}

void
tg_window_setup_drop (TgWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

void
tg_window_class_add_exchange_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.conflicts", NULL, conflicts_action);
}
