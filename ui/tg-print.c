/* tg-print.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-print"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "tg-print.h"

/* What a print operation draws: the document's pages, then the charts,
 * two a page. */
typedef struct
{
  TgDocument *doc;
  GPtrArray  *charts;
  guint       doc_pages;
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  g_clear_object (&job->doc);
  g_clear_pointer (&job->charts, g_ptr_array_unref);
  g_free (job);
}

char *
tg_print_settings_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "tergeu", "print-settings.ini", NULL);
}

static GtkPrintSettings *
load_settings (void)
{
  g_autofree char *path = tg_print_settings_path ();
  GtkPrintSettings *settings = gtk_print_settings_new_from_file (path, NULL);

  return settings != NULL ? settings : gtk_print_settings_new ();
}

static void
save_settings (GtkPrintSettings *settings)
{
  g_autofree char *path = tg_print_settings_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_mkdir_with_parents (dir, 0700);
  if (!gtk_print_settings_to_file (settings, path, &error))
    g_warning ("Cannot keep the print settings in %s: %s", path, error->message);
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                Job               *job)
{
  guint chart_pages = job->charts != NULL ? (job->charts->len + 1) / 2 : 0;

  /* Lay out with the printer's font options: same breaks as on screen. */
  job->doc_pages = tg_document_paginate (job->doc, gtk_print_context_get_cairo_context (context));
  gtk_print_operation_set_n_pages (operation, MAX (job->doc_pages + chart_pages, 1));
}

/* Two charts on a page, within the margins the documents keep. */
static void
draw_charts (Job     *job,
             cairo_t *cr,
             guint    page,
             double   width,
             double   height)
{
  const double mm = 72.0 / 25.4;
  double w = width - 45 * mm;
  double h = (height - 40 * mm - 10 * mm) / 2;

  for (guint i = page * 2; i < job->charts->len && i < page * 2 + 2; i++)
    {
      cairo_save (cr);
      cairo_translate (cr, 25 * mm, 20 * mm + (i % 2) * (h + 10 * mm));
      tg_chart_draw (g_ptr_array_index (job->charts, i), cr, w, h);
      cairo_restore (cr);
    }
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              Job               *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);

  if ((guint) page_nr < job->doc_pages)
    tg_document_render_page (job->doc, cr, (guint) page_nr, width, height);
  else if (job->charts != NULL)
    draw_charts (job, cr, (guint) page_nr - job->doc_pages, width, height);
}

static void
done_cb (GtkPrintOperation       *operation,
         GtkPrintOperationResult  result,
         gpointer                 user_data)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    save_settings (gtk_print_operation_get_print_settings (operation));
  else if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      g_warning ("Printing failed: %s", error != NULL ? error->message : "?");
    }
}

GtkPrintOperationResult
tg_print_document (GtkWindow                *parent,
                   TgDocument               *doc,
                   GtkPrintOperationAction   action,
                   const char               *export_path,
                   GError                  **error)
{
  return tg_print_document_with_charts (parent, doc, NULL, action, export_path, error);
}

GtkPrintOperationResult
tg_print_document_with_charts (GtkWindow                *parent,
                               TgDocument               *doc,
                               GPtrArray                *charts,
                               GtkPrintOperationAction   action,
                               const char               *export_path,
                               GError                  **error)
{
  Job *job;
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GtkPrintSettings) settings = load_settings ();
  g_autoptr(GtkPageSetup) page_setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  g_return_val_if_fail (TG_IS_DOCUMENT (doc), GTK_PRINT_OPERATION_RESULT_ERROR);

  gtk_page_setup_set_paper_size_and_default_margins (page_setup, a4);
  gtk_page_setup_set_orientation (page_setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (operation, page_setup);
  gtk_print_operation_set_print_settings (operation, settings);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  if (tg_document_get_title (doc) != NULL)
    gtk_print_operation_set_job_name (operation, tg_document_get_title (doc));
  if (export_path != NULL)
    gtk_print_operation_set_export_filename (operation, export_path);
  /* The dialog returns at once; printing goes on in the background. */
  gtk_print_operation_set_allow_async (operation, action != GTK_PRINT_OPERATION_ACTION_EXPORT);
  job = g_new0 (Job, 1);
  job->doc = g_object_ref (doc);
  job->charts = charts != NULL ? g_ptr_array_ref (charts) : NULL;
  g_object_set_data_full (G_OBJECT (operation), "tg-print-job", job, job_free);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);
  g_signal_connect (operation, "done", G_CALLBACK (done_cb), NULL);
  return gtk_print_operation_run (operation, action, parent, error);
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    TgDocument      *doc)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = file != NULL ? g_file_get_path (file) : NULL;
      if (path != NULL && !tg_document_write_pdf (doc, path, &error))
        {
          GtkWidget *dialog = adw_message_dialog_new (gtk_native_dialog_get_transient_for (chooser),
                                                      _("The PDF Was Not Written"), error->message);
          adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
          gtk_window_present (GTK_WINDOW (dialog));
        }
    }
  g_object_unref (chooser);
  g_object_unref (doc);
}

void
tg_print_export_pdf (GtkWindow  *parent,
                     TgDocument *doc,
                     const char *suggested_name)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Export PDF"), parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (suggested_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested_name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), g_object_ref (doc));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
