/* tg-print-preview.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-print"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-print-preview.h"
#include "tg-doc-sources.h"
#include "tg-print.h"

/* Space around the page, in pixels. */
#define MARGIN 16

static const char * const languages[] = { "kk", "ru" };

struct _TgPrintPreview
{
  AdwWindow        parent_instance;

  TgStore         *store;
  TgCase          *kase;
  TgPrintedKind    kind;
  char            *item_id;
  TgDocument      *doc;
  guint            page;

  AdwWindowTitle  *title;
  GtkDropDown     *language_dropdown;
  GtkWidget       *previous_button;
  GtkWidget       *next_button;
  GtkLabel        *notes_label;
  GtkDrawingArea  *area;
};

G_DEFINE_FINAL_TYPE (TgPrintPreview, tg_print_preview, ADW_TYPE_WINDOW)

/* The notes of the document, one a line: what to check before it is
 * signed. */
static void
update_notes (TgPrintPreview *self)
{
  const char * const *notes = tg_document_get_notes (self->doc);
  g_autofree char *text = g_strjoinv ("\n", (char **) notes);

  gtk_label_set_text (self->notes_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->notes_label), notes[0] != NULL);
}

static void
update (TgPrintPreview *self)
{
  guint n = tg_document_get_n_pages (self->doc);
  g_autofree char *subtitle = g_strdup_printf (_("Page %u of %u"), self->page + 1, n);

  adw_window_title_set_title (self->title, tg_document_get_title (self->doc));
  adw_window_title_set_subtitle (self->title, subtitle);
  gtk_widget_set_sensitive (self->previous_button, self->page > 0);
  gtk_widget_set_sensitive (self->next_button, self->page + 1 < n);
  gtk_widget_queue_draw (GTK_WIDGET (self->area));
}

static void
draw_cb (GtkDrawingArea *area,
         cairo_t        *cr,
         int             width,
         int             height,
         gpointer        user_data)
{
  TgPrintPreview *self = TG_PRINT_PREVIEW (user_data);
  double scale = MIN ((width - 2.0 * MARGIN) / TG_DOCUMENT_PAGE_WIDTH,
                      (height - 2.0 * MARGIN) / TG_DOCUMENT_PAGE_HEIGHT);
  double page_w = TG_DOCUMENT_PAGE_WIDTH * scale;
  double page_h = TG_DOCUMENT_PAGE_HEIGHT * scale;
  double x = floor ((width - page_w) / 2);
  double y = floor ((height - page_h) / 2);

  if (self->doc == NULL || scale <= 0)
    return;
  cairo_set_source_rgb (cr, 0.85, 0.85, 0.86);
  cairo_paint (cr);
  /* A shadow, then the sheet. */
  cairo_set_source_rgba (cr, 0, 0, 0, 0.25);
  cairo_rectangle (cr, x + 2, y + 3, page_w, page_h);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, x, y, page_w, page_h);
  cairo_fill (cr);
  cairo_save (cr);
  cairo_translate (cr, x, y);
  tg_document_render_page (self->doc, cr, self->page, page_w, page_h);
  cairo_restore (cr);
}

gboolean
tg_print_preview_set_language (TgPrintPreview  *self,
                               const char      *lang,
                               GError         **error)
{
  g_autoptr(TgDocument) doc = NULL;
  g_auto(TgDocSources) sources = { NULL, };

  g_return_val_if_fail (TG_IS_PRINT_PREVIEW (self), FALSE);

  /* Documents are given the settings and the calendar, never the store. */
  tg_doc_sources_init (&sources, self->store, self->kase);
  doc = tg_document_new_printed (&sources, self->kase, self->kind, self->item_id, lang, error);
  if (doc == NULL)
    return FALSE;
  tg_document_paginate (doc, NULL);
  g_set_object (&self->doc, doc);
  update_notes (self);
  self->page = 0;
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (g_strcmp0 (lang, languages[i]) == 0 && gtk_drop_down_get_selected (self->language_dropdown) != i)
      gtk_drop_down_set_selected (self->language_dropdown, i);
  update (self);
  return TRUE;
}

static void
language_changed_cb (TgPrintPreview *self)
{
  guint selected = gtk_drop_down_get_selected (self->language_dropdown);
  g_autoptr(GError) error = NULL;

  if (self->doc == NULL || selected >= G_N_ELEMENTS (languages)
      || g_strcmp0 (tg_document_get_language (self->doc), languages[selected]) == 0)
    return;
  if (!tg_print_preview_set_language (self, languages[selected], &error))
    g_warning ("%s", error->message);
}

void
tg_print_preview_set_page (TgPrintPreview *self,
                           guint           page)
{
  g_return_if_fail (TG_IS_PRINT_PREVIEW (self));

  self->page = MIN (page, MAX (tg_document_get_n_pages (self->doc), 1) - 1);
  update (self);
}

guint
tg_print_preview_get_page (TgPrintPreview *self)
{
  g_return_val_if_fail (TG_IS_PRINT_PREVIEW (self), 0);

  return self->page;
}

TgDocument *
tg_print_preview_get_document (TgPrintPreview *self)
{
  g_return_val_if_fail (TG_IS_PRINT_PREVIEW (self), NULL);

  return self->doc;
}

static void
previous_cb (TgPrintPreview *self)
{
  if (self->page > 0)
    tg_print_preview_set_page (self, self->page - 1);
}

static void
next_cb (TgPrintPreview *self)
{
  tg_print_preview_set_page (self, self->page + 1);
}

static void
print_cb (TgPrintPreview *self)
{
  g_autoptr(GError) error = NULL;

  if (tg_print_document (GTK_WINDOW (self), self->doc, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, NULL,
                         &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    g_warning ("%s", error->message);
}

static void
export_cb (TgPrintPreview *self)
{
  g_autofree char *name = tg_printed_file_name (self->kase, self->kind, self->item_id,
                                                tg_document_get_language (self->doc));

  tg_print_export_pdf (GTK_WINDOW (self), self->doc, name);
}

static void
page_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TgPrintPreview *self = TG_PRINT_PREVIEW (widget);

  if (g_str_equal (action_name, "preview.next"))
    next_cb (self);
  else
    previous_cb (self);
}

static void
tg_print_preview_dispose (GObject *object)
{
  TgPrintPreview *self = TG_PRINT_PREVIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TG_TYPE_PRINT_PREVIEW);
  g_clear_object (&self->doc);
  g_clear_object (&self->kase);
  g_clear_object (&self->store);
  g_clear_pointer (&self->item_id, g_free);

  G_OBJECT_CLASS (tg_print_preview_parent_class)->dispose (object);
}

static void
tg_print_preview_class_init (TgPrintPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tg_print_preview_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/kz/gov/enbek/Tergeu/tg-print-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, TgPrintPreview, title);
  gtk_widget_class_bind_template_child (widget_class, TgPrintPreview, language_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TgPrintPreview, previous_button);
  gtk_widget_class_bind_template_child (widget_class, TgPrintPreview, next_button);
  gtk_widget_class_bind_template_child (widget_class, TgPrintPreview, notes_label);
  gtk_widget_class_bind_template_child (widget_class, TgPrintPreview, area);
  gtk_widget_class_bind_template_callback (widget_class, language_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, previous_cb);
  gtk_widget_class_bind_template_callback (widget_class, next_cb);
  gtk_widget_class_bind_template_callback (widget_class, print_cb);
  gtk_widget_class_bind_template_callback (widget_class, export_cb);
  gtk_widget_class_install_action (widget_class, "preview.next", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "preview.previous", NULL, page_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "preview.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "preview.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tg_print_preview_init (TgPrintPreview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drawing_area_set_draw_func (self->area, draw_cb, self, NULL);
}

TgPrintPreview *
tg_print_preview_new (TgStore        *store,
                      TgCase         *kase,
                      TgPrintedKind   kind,
                      const char     *item_id,
                      GError        **error)
{
  TgPrintPreview *self;

  g_return_val_if_fail (TG_IS_STORE (store), NULL);
  g_return_val_if_fail (TG_IS_CASE (kase), NULL);

  /* Like gtk_window_new: GTK holds the window until it is destroyed. */
  self = g_object_new (TG_TYPE_PRINT_PREVIEW, NULL);
  self->store = g_object_ref (store);
  self->kase = g_object_ref (kase);
  self->kind = kind;
  self->item_id = g_strdup (item_id);
  if (!tg_print_preview_set_language (self, "kk", error))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }
  return self;
}
