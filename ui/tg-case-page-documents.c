/* tg-case-page-documents.c — attaching files to a case and opening them
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The content lives in the database (domain.md §2); opening a document
 * writes it to a private temporary file (0600, in a 0700 directory) that
 * the default application for its type then reads.
 */
#define G_LOG_DOMAIN "tg-case-page"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "tg-case-page-private.h"

gboolean
tg_case_page_attach_file (TgCasePage  *self,
                          GFile       *file,
                          GError     **error)
{
  g_autoptr(GBytes) content = NULL;
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *title = g_strdup (name);
  g_autofree char *type = NULL;
  g_autofree char *mime = NULL;
  GVariantDict params;
  char *dot;

  content = g_file_load_bytes (file, NULL, NULL, error);
  if (content == NULL)
    return FALSE;
  type = g_content_type_guess (name, g_bytes_get_data (content, NULL), MIN (g_bytes_get_size (content), 4096), NULL);
  mime = g_content_type_get_mime_type (type);
  if ((dot = strrchr (title, '.')) != NULL && dot != title)
    *dot = '\0';
  g_variant_dict_init (&params, NULL);
  g_variant_dict_insert (&params, "title", "s", title);
  g_variant_dict_insert (&params, "file-name", "s", name);
  g_variant_dict_insert (&params, "media-type", "s", mime != NULL ? mime : "application/octet-stream");
  g_variant_dict_insert_value (&params, "content",
                               g_variant_new_from_bytes (G_VARIANT_TYPE_BYTESTRING, content, TRUE));
  return tg_case_page_run (self, tg_case_page_get_revision (self), "attach", g_variant_dict_end (&params),
                           _("Document attached"), NULL, error);
}

static void
attach_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    TgCasePage      *self)
{
  g_autoptr(GListModel) files = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        {
          g_autoptr(GFile) file = g_list_model_get_item (files, i);
          g_autoptr(GError) error = NULL;

          if (!tg_case_page_attach_file (self, file, &error))
            {
              g_autofree char *name = g_file_get_basename (file);
              g_autofree char *message = g_strdup_printf (_("%s was not attached: %s"), name, error->message);
              tg_case_page_toast (self, message);
              break;
            }
        }
    }
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
attach_document_action (GtkWidget  *widget,
                        const char *name,
                        GVariant   *parameter)
{
  TgCasePage *self = TG_CASE_PAGE (widget);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Attach Documents"),
                                         GTK_WINDOW (gtk_widget_get_root (widget)),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Attach"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (attach_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static TgCaseDocument *
find_document (TgCasePage *self,
               const char *id)
{
  GListModel *docs = G_LIST_MODEL (tg_case_get_documents (self->kase));

  for (guint i = 0; i < g_list_model_get_n_items (docs); i++)
    {
      g_autoptr(TgCaseDocument) doc = g_list_model_get_item (docs, i);

      if (g_strcmp0 (tg_case_document_get_id (doc), id) == 0)
        return doc;
    }
  return NULL;
}

/* The file's own name is kept (the viewer shows it), minus any directory. */
char *
tg_case_page_write_document (TgCasePage  *self,
                             const char  *id,
                             GError     **error)
{
  TgCaseDocument *doc = find_document (self, id);
  g_autoptr(GBytes) content = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *path = NULL;
  gsize size;
  gconstpointer data;

  if (doc == NULL)
    {
      g_set_error (error, TG_STORE_ERROR, TG_STORE_ERROR_NOT_FOUND, _("The case has no document %s."), id);
      return NULL;
    }
  content = tg_store_load_document_content (self->store, tg_case_get_id (self->kase), id, error);
  if (content == NULL)
    return NULL;
  dir = g_dir_make_tmp ("tergeu-XXXXXX", error);
  if (dir == NULL)
    return NULL;
  base = g_path_get_basename (tg_case_document_get_file_name (doc) != NULL ? tg_case_document_get_file_name (doc)
                                                                            : "document");
  if (g_str_equal (base, ".") || g_str_equal (base, G_DIR_SEPARATOR_S))
    {
      g_free (base);
      base = g_strdup ("document");
    }
  path = g_build_filename (dir, base, NULL);
  data = g_bytes_get_data (content, &size);
  if (!g_file_set_contents_full (path, data, (gssize) size, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error))
    return NULL;
  return g_steal_pointer (&path);
}

static void
open_document_action (GtkWidget  *widget,
                      const char *name,
                      GVariant   *parameter)
{
  TgCasePage *self = TG_CASE_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = tg_case_page_write_document (self, g_variant_get_string (parameter, NULL), &error);
  g_autofree char *uri = NULL;

  if (path != NULL)
    {
      uri = g_filename_to_uri (path, NULL, &error);
      if (uri != NULL)
        {
          GdkDisplay *display = gtk_widget_get_display (widget);
          g_autoptr(GAppLaunchContext) context = G_APP_LAUNCH_CONTEXT (gdk_display_get_app_launch_context (display));

          g_app_info_launch_default_for_uri (uri, context, &error);
        }
    }
  if (error != NULL)
    tg_case_page_toast (self, error->message);
}

void
tg_case_page_class_add_document_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "case.attach-document", NULL, attach_document_action);
  gtk_widget_class_install_action (widget_class, "case.open-document", "s", open_document_action);
}
