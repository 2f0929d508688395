/* tg-import-dialog.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The import itself is the core's (tg_exchange_import_files_async): each
 * file one transaction, Cancel rolls back the file in progress and starts
 * no other. The dialog shows its progress and then what each file did.
 */
#define G_LOG_DOMAIN "tg-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-conflict-dialog.h"
#include "tg-import-dialog.h"

/* Per-case lines shown under a file; the rest is counted. */
#define MAX_CASE_ROWS 200

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

static void
progress_cb (const TgExchangeFilesProgress *p,
             gpointer                       user_data)
{
  TgImportDialog *self = user_data;
  g_autofree char *text = NULL;
  g_autofree char *base = g_path_get_basename (p->path);
  double within = p->stage == TG_EXCHANGE_FILE_DONE ? 1.0 : p->fraction;

  if (g_cancellable_is_cancelled (self->cancellable))
    return;
  if (p->n_cases > 0)
    /* Translators: import progress: file 1 of 3, 2500 cases read */
    text = g_strdup_printf (_("File %u of %u, %u cases"), p->index + 1, p->n_files, p->n_cases);
  else
    text = g_strdup_printf (_("File %u of %u"), p->index + 1, p->n_files);
  gtk_progress_bar_set_fraction (self->progress_bar, (p->index + within) / p->n_files);
  gtk_progress_bar_set_text (self->progress_bar, text);
  gtk_label_set_text (self->file_label, base);
}

static const char *
result_label (TgExchangeResult result)
{
  switch (result)
    {
    case TG_EXCHANGE_CREATED:
      return _("created");
    case TG_EXCHANGE_UPDATED:
      return _("updated");
    case TG_EXCHANGE_UNCHANGED:
      return _("unchanged");
    case TG_EXCHANGE_CONFLICT:
    default:
      return _("conflict");
    }
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
add_file_group (TgImportDialog             *self,
                const TgExchangeFileResult *r)
{
  GtkWidget *group = adw_preferences_group_new ();
  g_autofree char *base = g_path_get_basename (r->path);
  g_autofree char *messages = tg_exchange_file_result_dup_messages (r);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), base);
  if (r->applied)
    {
      GtkWidget *expander = adw_expander_row_new ();
      g_autofree char *title = g_strdup_printf (_("%u created, %u updated, %u unchanged, %u conflicts"),
                                                r->totals.created, r->totals.updated, r->totals.unchanged,
                                                r->totals.conflicts);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), title);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), _("Cases, one by one"));
      for (guint i = 0; i < r->cases->len; i++)
        {
          const TgExchangeCaseOutcome *c = &g_array_index (r->cases, TgExchangeCaseOutcome, i);
          adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), label_row (c->number, result_label (c->result)));
        }
      if (r->totals.n_cases > r->cases->len)
        {
          g_autofree char *more = g_strdup_printf (_("and %u more"), r->totals.n_cases - r->cases->len);
          adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), label_row (more, NULL));
        }
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), expander);
      if (messages != NULL)
        adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), label_row (_("Warnings"), messages));
    }
  else
    {
      GtkWidget *row = label_row (r->cancelled ? _("Cancelled: nothing from this file was imported")
                                               : _("Refused: nothing from this file was imported"),
                                  r->cancelled ? NULL : messages);
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
  guint applied = 0, refused = 0, cancelled = 0;
  g_autofree char *totals = NULL;
  g_autofree char *files = NULL;

  tg_exchange_files_count (self->results, &applied, &refused, &cancelled, &all);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Summary"));
  totals = g_strdup_printf (_("%u created, %u updated, %u unchanged, %u conflicts"),
                            all.created, all.updated, all.unchanged, all.conflicts);
  files = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u file imported, %u refused",
                                        "%u files imported, %u refused", applied),
                           applied, refused);
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
  g_autoptr(TgImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  GtkRoot *parent;

  self->results = tg_exchange_import_files_finish (result, &error);
  if (self->results == NULL)
    self->results = g_ptr_array_new ();
  show_summary (self);
  /* The database could not be opened: nothing was tried. */
  if (error != NULL)
    {
      GtkWidget *group = adw_preferences_group_new ();

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), label_row (error->message, NULL));
      adw_preferences_page_add (self->summary_page, ADW_PREFERENCES_GROUP (group));
    }
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
  TgExchangeFilesOptions options = TG_EXCHANGE_FILES_OPTIONS_INIT;

  self->store = g_object_ref (store);
  options.keep_cases = MAX_CASE_ROWS;
  /* The import keeps the dialog alive until it is over. */
  tg_exchange_import_files_async (tg_store_get_path (store), paths, &options, self->cancellable,
                                  progress_cb, g_object_ref (self), g_object_unref,
                                  import_done_cb, g_object_ref (self));
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

  /* The import keeps the dialog alive until it is over; closing early
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
