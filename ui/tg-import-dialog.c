/* tg-import-dialog.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The files are imported in a GTask thread over a TgStore connection of
 * its own (SQLite connections are not shared between threads); each file
 * is one transaction: Cancel stops within the current file and rolls it
 * back, never leaving half a file applied.
 */
#define G_LOG_DOMAIN "tg-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-conflict-dialog.h"
#include "tg-import-dialog.h"

/* Per-case lines shown under a file; the rest is counted. */
#define MAX_CASE_ROWS 200

void
tg_import_result_free (TgImportResult *result)
{
  g_free (result->path);
  g_free (result->messages);
  g_clear_pointer (&result->cases, g_ptr_array_unref);
  g_free (result);
}

static void
case_result_cb (const char       *number,
                TgExchangeResult  result,
                gpointer          user_data)
{
  TgImportResult *r = user_data;

  g_ptr_array_add (r->cases, g_strdup_printf ("%s\t%s", number, tg_exchange_result_nick (result)));
}

typedef struct
{
  TgImportProgressFunc  func;
  gpointer              user_data;
  guint                 index;
  guint                 n;
  const char           *path;
} FileProgress;

static void
file_progress_cb (guint    n_cases,
                  guint64  bytes_read,
                  guint64  size,
                  gpointer user_data)
{
  FileProgress *fp = user_data;

  fp->func (fp->index, fp->n, fp->path, n_cases, bytes_read, size, fp->user_data);
}

static TgImportResult *
import_one (TgStore      *store,
            const char   *path,
            FileProgress *fp,
            GCancellable *cancellable)
{
  g_autoptr(TgExchangeReport) report = tg_exchange_report_new ();
  g_autoptr(GError) local_error = NULL;
  TgExchangeImportOptions options = TG_EXCHANGE_IMPORT_OPTIONS_INIT;
  TgImportResult *r = g_new0 (TgImportResult, 1);

  r->path = g_strdup (path);
  r->cases = g_ptr_array_new_with_free_func (g_free);
  options.func = case_result_cb;
  options.user_data = r;
  options.progress = fp->func != NULL ? file_progress_cb : NULL;
  options.progress_data = fp;
  options.cancellable = cancellable;
  r->applied = tg_exchange_import_file_full (store, path, report, &options, &r->totals, &local_error);
  r->cancelled = g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  if (r->cancelled)
    r->messages = g_strdup (local_error->message);
  else if (g_list_model_get_n_items (tg_exchange_report_get_messages (report)) > 0)
    r->messages = tg_exchange_report_format (report);
  else if (local_error != NULL)
    r->messages = g_strdup (local_error->message);
  return r;
}

GPtrArray *
tg_import_files (const char          *db_path,
                 const char * const  *paths,
                 GCancellable        *cancellable,
                 TgImportProgressFunc progress,
                 gpointer             user_data,
                 GError             **error)
{
  g_autoptr(TgStore) store = tg_store_open (db_path, error);
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func ((GDestroyNotify) tg_import_result_free);
  guint n = paths != NULL ? g_strv_length ((char **) paths) : 0;

  if (store == NULL)
    return NULL;
  for (guint i = 0; i < n && !g_cancellable_is_cancelled (cancellable); i++)
    {
      FileProgress fp = { progress, user_data, i, n, paths[i] };

      if (progress != NULL)
        progress (i, n, paths[i], 0, 0, 0, user_data);
      g_ptr_array_add (results, import_one (store, paths[i], &fp, cancellable));
    }
  if (progress != NULL)
    progress (n, n, NULL, 0, 0, 0, user_data);
  tg_store_close (store);
  return g_steal_pointer (&results);
}

struct _TgImportDialog
{
  AdwWindow            parent_instance;

  TgStore             *store;
  GCancellable        *cancellable;
  GPtrArray           *results;

  GtkWidget           *cancel_button;
  GtkWidget           *conflicts_button;
  GtkStack            *stack;
  GtkProgressBar      *progress_bar;
  GtkLabel            *file_label;
  AdwPreferencesPage  *summary_page;
};

G_DEFINE_FINAL_TYPE (TgImportDialog, tg_import_dialog, ADW_TYPE_WINDOW)

enum
{
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  TgImportDialog *dialog;
  guint           index;
  guint           n;
  char           *path;
  guint           n_cases;
  double          within;   /* of the current file, by bytes */
} Progress;

static gboolean
show_progress (gpointer data)
{
  Progress *p = data;
  g_autofree char *text = NULL;
  g_autofree char *base = p->path != NULL ? g_path_get_basename (p->path) : NULL;

  if (p->n_cases > 0)
    /* Translators: import progress: file 1 of 3, 2500 cases read */
    text = g_strdup_printf (_("File %u of %u, %u cases"), MIN (p->index + 1, p->n), p->n, p->n_cases);
  else
    text = g_strdup_printf (_("File %u of %u"), MIN (p->index + 1, p->n), p->n);
  if (g_cancellable_is_cancelled (p->dialog->cancellable))
    return G_SOURCE_REMOVE;
  gtk_progress_bar_set_fraction (p->dialog->progress_bar, p->n > 0 ? (p->index + p->within) / p->n : 1.0);
  gtk_progress_bar_set_text (p->dialog->progress_bar, text);
  gtk_label_set_text (p->dialog->file_label, base != NULL ? base : "");
  return G_SOURCE_REMOVE;
}

static void
progress_free (gpointer data)
{
  Progress *p = data;

  g_object_unref (p->dialog);
  g_free (p->path);
  g_free (p);
}

/* In the import thread. */
static void
progress_cb (guint       index,
             guint       n,
             const char *path,
             guint       n_cases,
             guint64     bytes_read,
             guint64     size,
             gpointer    user_data)
{
  Progress *p = g_new0 (Progress, 1);

  p->dialog = g_object_ref (user_data);
  p->index = index;
  p->n = n;
  p->path = g_strdup (path);
  p->n_cases = n_cases;
  p->within = size > 0 ? CLAMP ((double) bytes_read / size, 0.0, 1.0) : 0.0;
  g_main_context_invoke_full (NULL, G_PRIORITY_DEFAULT, show_progress, p, progress_free);
}

static void
import_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  TgImportDialog *self = source;
  GError *error = NULL;
  GPtrArray *results = tg_import_files (tg_store_get_path (self->store), task_data, cancellable,
                                        progress_cb, self, &error);

  if (results == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, results, (GDestroyNotify) g_ptr_array_unref);
}

static const char *
result_label (const char *nick)
{
  if (g_str_equal (nick, "created"))
    return _("created");
  if (g_str_equal (nick, "updated"))
    return _("updated");
  if (g_str_equal (nick, "unchanged"))
    return _("unchanged");
  return _("conflict");
}

static GtkWidget *
label_row (const char *title,
           const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

static void
add_file_group (TgImportDialog *self,
                TgImportResult *r)
{
  GtkWidget *group = adw_preferences_group_new ();
  g_autofree char *base = g_path_get_basename (r->path);
  g_autofree char *description = NULL;

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), base);
  if (r->applied)
    {
      GtkWidget *expander = adw_expander_row_new ();
      g_autofree char *title = g_strdup_printf (_("%u created, %u updated, %u unchanged, %u conflicts"),
                                                r->totals.created, r->totals.updated, r->totals.unchanged,
                                                r->totals.conflicts);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), title);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), _("Cases, one by one"));
      for (guint i = 0; i < r->cases->len && i < MAX_CASE_ROWS; i++)
        {
          g_auto(GStrv) parts = g_strsplit (g_ptr_array_index (r->cases, i), "\t", 2);
          adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), label_row (parts[0], result_label (parts[1])));
        }
      if (r->cases->len > MAX_CASE_ROWS)
        {
          g_autofree char *more = g_strdup_printf (_("and %u more"), r->cases->len - MAX_CASE_ROWS);
          adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), label_row (more, NULL));
        }
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), expander);
      if (r->messages != NULL)
        adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), label_row (_("Warnings"), r->messages));
    }
  else
    {
      GtkWidget *row = label_row (r->cancelled ? _("Cancelled: nothing from this file was imported")
                                               : _("Refused: nothing from this file was imported"),
                                  r->messages);
      GtkWidget *icon = gtk_image_new_from_icon_name (r->cancelled ? "process-stop-symbolic"
                                                                   : "dialog-error-symbolic");

      gtk_widget_add_css_class (icon, r->cancelled ? "warning" : "error");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  adw_preferences_page_add (self->summary_page, ADW_PREFERENCES_GROUP (group));
}

static void
show_summary (TgImportDialog *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  TgExchangeTotals all = { 0 };
  guint refused = 0, cancelled = 0;
  g_autofree char *totals = NULL;
  g_autofree char *files = NULL;

  for (guint i = 0; i < self->results->len; i++)
    {
      TgImportResult *r = g_ptr_array_index (self->results, i);

      all.created += r->totals.created;
      all.updated += r->totals.updated;
      all.unchanged += r->totals.unchanged;
      all.conflicts += r->totals.conflicts;
      refused += r->applied || r->cancelled ? 0 : 1;
      cancelled += r->cancelled ? 1 : 0;
    }
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Summary"));
  totals = g_strdup_printf (_("%u created, %u updated, %u unchanged, %u conflicts"),
                            all.created, all.updated, all.unchanged, all.conflicts);
  files = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u file imported, %u refused",
                                        "%u files imported, %u refused", self->results->len - refused - cancelled),
                           self->results->len - refused - cancelled, refused);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), label_row (totals, files));
  adw_preferences_page_add (self->summary_page, ADW_PREFERENCES_GROUP (group));
  for (guint i = 0; i < self->results->len; i++)
    add_file_group (self, g_ptr_array_index (self->results, i));
  gtk_widget_set_visible (self->conflicts_button, all.conflicts > 0);
  gtk_button_set_label (GTK_BUTTON (self->cancel_button), _("_Close"));
  /* The title says how it went: nothing imported is no "finished". */
  if (cancelled > 0)
    gtk_window_set_title (GTK_WINDOW (self), _("Import Cancelled"));
  else if (refused == self->results->len)
    gtk_window_set_title (GTK_WINDOW (self), g_dngettext (GETTEXT_PACKAGE, "The File Was Refused",
                                                          "Every File Was Refused", refused));
  else if (refused > 0)
    gtk_window_set_title (GTK_WINDOW (self), _("Import Finished, Some Files Refused"));
  else
    gtk_window_set_title (GTK_WINDOW (self), _("Import Finished"));
  gtk_stack_set_visible_child_name (self->stack, "summary");
}

static void
import_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  TgImportDialog *self = TG_IMPORT_DIALOG (source);
  g_autoptr(GError) error = NULL;
  GtkRoot *parent;

  self->results = g_task_propagate_pointer (G_TASK (result), &error);
  if (self->results == NULL)
    {
      self->results = g_ptr_array_new_with_free_func ((GDestroyNotify) tg_import_result_free);
      gtk_label_set_text (self->file_label, error->message);
    }
  show_summary (self);
  gtk_widget_set_sensitive (self->cancel_button, TRUE);
  parent = GTK_ROOT (gtk_window_get_transient_for (GTK_WINDOW (self)));
  /* The window reloads itself: children reach it through its actions. */
  if (parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.reload", NULL);
  g_signal_emit (self, signals[FINISHED], 0);
}

TgImportDialog *
tg_import_dialog_new (TgStore            *store,
                      const char * const *paths)
{
  TgImportDialog *self = g_object_new (TG_TYPE_IMPORT_DIALOG, NULL);
  g_autoptr(GTask) task = NULL;

  self->store = g_object_ref (store);
  task = g_task_new (self, self->cancellable, import_done_cb, NULL);
  g_task_set_task_data (task, g_strdupv ((char **) paths), (GDestroyNotify) g_strfreev);
  g_task_run_in_thread (task, import_thread);
  return self;
}

GPtrArray *
tg_import_dialog_get_results (TgImportDialog *self)
{
  g_return_val_if_fail (TG_IS_IMPORT_DIALOG (self), NULL);

  return self->results;
}

void
tg_import_dialog_cancel (TgImportDialog *self)
{
  g_return_if_fail (TG_IS_IMPORT_DIALOG (self));

  g_cancellable_cancel (self->cancellable);
}

static void
cancel_clicked_cb (TgImportDialog *self)
{
  if (self->results == NULL)
    {
      gtk_label_set_text (self->file_label, _("Cancelling: nothing of the current file will be applied…"));
      gtk_widget_set_sensitive (self->cancel_button, FALSE);
      tg_import_dialog_cancel (self);
    }
  else
    gtk_window_close (GTK_WINDOW (self));
}

static void
conflicts_clicked_cb (TgImportDialog *self)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  TgConflictDialog *dialog = tg_conflict_dialog_new (self->store, NULL);

  gtk_window_set_transient_for (GTK_WINDOW (dialog), parent);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
tg_import_dialog_close_request (GtkWindow *window)
{
  TgImportDialog *self = TG_IMPORT_DIALOG (window);

  /* The thread keeps the dialog alive until it returns; closing early
   * only asks it to stop. */
  g_cancellable_cancel (self->cancellable);
  return GTK_WINDOW_CLASS (tg_import_dialog_parent_class)->close_request (window);
}

static void
tg_import_dialog_dispose (GObject *object)
{
  TgImportDialog *self = TG_IMPORT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TG_TYPE_IMPORT_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->results, g_ptr_array_unref);

  G_OBJECT_CLASS (tg_import_dialog_parent_class)->dispose (object);
}

static void
tg_import_dialog_class_init (TgImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tg_import_dialog_dispose;
  GTK_WINDOW_CLASS (klass)->close_request = tg_import_dialog_close_request;

  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/kz/gov/enbek/Tergeu/tg-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TgImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, TgImportDialog, conflicts_button);
  gtk_widget_class_bind_template_child (widget_class, TgImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, TgImportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, TgImportDialog, file_label);
  gtk_widget_class_bind_template_child (widget_class, TgImportDialog, summary_page);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, conflicts_clicked_cb);
}

static void
tg_import_dialog_init (TgImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}
