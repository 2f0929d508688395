/* tg-document.c — paginated official documents drawn with Pango and Cairo
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-document"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "tg-document-private.h"
#include "tg-output-file.h"

#define PARAGRAPH_INDENT  (12.5 * TG_PT_PER_MM)
#define TITLE_SPACE_AFTER (2.0 * TG_PT_PER_MM)
#define TABLE_SPACE       (2.0 * TG_PT_PER_MM)
#define SIGNATURE_SPACE   (12.0 * TG_PT_PER_MM)
#define PAGE_NUMBER_SIZE  12.0
#define PAGE_NUMBER_BASE  (12.0 * TG_PT_PER_MM)  /* baseline from the sheet's edge */

struct _TgDocument
{
  GObject        parent_instance;

  GPtrArray     *blocks;        /* TgBlock */
  char          *title;
  char          *language;
  GDateTime     *creation_date;
  TgPageNumbers  page_numbers;
  GPtrArray     *notes;         /* char *, NULL-terminated */

  /* Valid while paginated. */
  PangoContext  *context;
  GArray        *items;         /* TgItem */
  GPtrArray     *pages;         /* GArray of TgPlacement */
  guint          unknown_glyphs;
};

G_DEFINE_FINAL_TYPE (TgDocument, tg_document, G_TYPE_OBJECT)

G_DEFINE_QUARK (tg-document-error-quark, tg_document_error)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
block_free (gpointer data)
{
  TgBlock *block = data;

  _tg_document_block_clear (block);
  g_clear_pointer (&block->table, _tg_table_free);
  g_free (block->markup);
  g_free (block->label);
  g_free (block);
}

static void
invalidate (TgDocument *self)
{
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->items, g_array_unref);
  g_clear_object (&self->context);
  self->unknown_glyphs = 0;
}

static void
tg_document_finalize (GObject *object)
{
  TgDocument *self = TG_DOCUMENT (object);

  invalidate (self);
  g_ptr_array_unref (self->blocks);
  g_free (self->title);
  g_free (self->language);
  g_clear_pointer (&self->creation_date, g_date_time_unref);
  g_ptr_array_unref (self->notes);

  G_OBJECT_CLASS (tg_document_parent_class)->finalize (object);
}

static void
tg_document_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  TgDocument *self = TG_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tg_document_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  TgDocument *self = TG_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      tg_document_set_title (self, g_value_get_string (value));
      break;
    case PROP_LANGUAGE:
      tg_document_set_language (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tg_document_class_init (TgDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tg_document_finalize;
  object_class->get_property = tg_document_get_property;
  object_class->set_property = tg_document_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, "kk",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tg_document_init (TgDocument *self)
{
  self->blocks = g_ptr_array_new_with_free_func (block_free);
  self->language = g_strdup ("kk");
  self->page_numbers = TG_PAGE_NUMBERS_TOP;
  self->notes = g_ptr_array_new_null_terminated (0, g_free, TRUE);
}

/**
 * tg_document_add_note:
 * @self: a document
 * @note: a sentence for the person who prints it, in the interface language
 *
 * Notes what to check before signing (a setting that is blank on the
 * document's date, a field there is only in the other language). Notes
 * are shown by the preview and the command line and never printed; the
 * same note is kept once.
 */
void
tg_document_add_note (TgDocument *self,
                      const char *note)
{
  g_return_if_fail (TG_IS_DOCUMENT (self));
  g_return_if_fail (note != NULL);

  for (guint i = 0; i < self->notes->len; i++)
    if (g_str_equal (g_ptr_array_index (self->notes, i), note))
      return;
  g_ptr_array_add (self->notes, g_strdup (note));
}

/**
 * tg_document_get_notes:
 *
 * Returns: (transfer none): the notes, NULL-terminated, in the order they
 *   were added.
 */
const char * const *
tg_document_get_notes (TgDocument *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (TG_IS_DOCUMENT (self), NULL);

  return self->notes->len > 0 ? (const char * const *) self->notes->pdata : none;
}

/**
 * tg_document_new:
 *
 * Returns: (transfer full): an empty A4 document in Kazakh.
 */
TgDocument *
tg_document_new (void)
{
  return g_object_new (TG_TYPE_DOCUMENT, NULL);
}

void
tg_document_set_language (TgDocument *self,
                          const char *language)
{
  g_return_if_fail (TG_IS_DOCUMENT (self));
  g_return_if_fail (language != NULL);

  if (g_strcmp0 (self->language, language) == 0)
    return;
  g_free (self->language);
  self->language = g_strdup (language);
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

const char *
tg_document_get_language (TgDocument *self)
{
  g_return_val_if_fail (TG_IS_DOCUMENT (self), NULL);
  return self->language;
}

void
tg_document_set_title (TgDocument *self,
                       const char *title)
{
  g_return_if_fail (TG_IS_DOCUMENT (self));

  if (g_strcmp0 (self->title, title) == 0)
    return;
  g_free (self->title);
  self->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
tg_document_get_title (TgDocument *self)
{
  g_return_val_if_fail (TG_IS_DOCUMENT (self), NULL);
  return self->title;
}

void
tg_document_set_creation_date (TgDocument *self,
                               GDateTime  *date)
{
  g_return_if_fail (TG_IS_DOCUMENT (self));

  g_clear_pointer (&self->creation_date, g_date_time_unref);
  if (date != NULL)
    self->creation_date = g_date_time_ref (date);
}

void
tg_document_set_page_numbers (TgDocument    *self,
                              TgPageNumbers  position)
{
  g_return_if_fail (TG_IS_DOCUMENT (self));
  self->page_numbers = position;
}

/**
 * tg_document_escape:
 * @text: plain text, possibly typed by a user
 *
 * Returns: (transfer full): @text with the markup characters escaped.
 */
char *
tg_document_escape (const char *text)
{
  g_return_val_if_fail (text != NULL, NULL);
  return g_markup_escape_text (text, -1);
}

char *
tg_document_escape_unbreakable (const char *text)
{
  g_return_val_if_fail (text != NULL, NULL);
  return g_markup_printf_escaped ("<span allow_breaks=\"false\">%s</span>", text);
}

/* Invalid markup is a programming error (user text not escaped); the text
 * is then printed as it is, tags and all, rather than lost. */
static char *
checked_markup (const char *markup)
{
  g_autoptr(GError) error = NULL;

  if (pango_parse_markup (markup, -1, 0, NULL, NULL, NULL, &error))
    return g_strdup (markup);

  g_critical ("Invalid markup in a document (%s); escape user text with tg_document_escape()",
              error->message);
  return g_markup_escape_text (markup, -1);
}

static guint
add_block (TgDocument  *self,
           TgBlockKind  kind,
           double       size)
{
  TgBlock *block = g_new0 (TgBlock, 1);

  block->kind = kind;
  block->size = size;
  block->first_page = -1;
  block->last_page = -1;
  g_ptr_array_add (self->blocks, block);
  invalidate (self);

  return self->blocks->len - 1;
}

static TgBlock *
get_block (TgDocument *self,
           guint       index)
{
  return g_ptr_array_index (self->blocks, index);
}

static gboolean
is_body_paragraph (TgParagraphFlags flags)
{
  return (flags & (TG_PARAGRAPH_NO_INDENT | TG_PARAGRAPH_CENTER | TG_PARAGRAPH_RIGHT)) == 0;
}

guint
tg_document_add_paragraph (TgDocument       *self,
                           const char       *markup,
                           TgParagraphFlags  flags)
{
  guint index;
  TgBlock *block;

  g_return_val_if_fail (TG_IS_DOCUMENT (self), 0);
  g_return_val_if_fail (markup != NULL, 0);

  index = add_block (self, TG_BLOCK_TEXT, TG_BODY_SIZE);
  block = get_block (self, index);
  block->markup = checked_markup (markup);
  block->flags = flags;
  block->indent = is_body_paragraph (flags) ? PARAGRAPH_INDENT : 0;
  block->keep_together = (flags & TG_PARAGRAPH_KEEP_TOGETHER) != 0;
  block->keep_with_next = (flags & TG_PARAGRAPH_KEEP_WITH_NEXT) != 0;

  return index;
}

guint
tg_document_add_text (TgDocument       *self,
                      const char       *text,
                      TgParagraphFlags  flags)
{
  g_autofree char *markup = NULL;

  g_return_val_if_fail (TG_IS_DOCUMENT (self), 0);
  g_return_val_if_fail (text != NULL, 0);

  markup = g_markup_escape_text (text, -1);
  return tg_document_add_paragraph (self, markup, flags);
}

guint
tg_document_add_title (TgDocument *self,
                       const char *text)
{
  guint index;

  g_return_val_if_fail (TG_IS_DOCUMENT (self), 0);
  g_return_val_if_fail (text != NULL, 0);

  index = tg_document_add_text (self, text,
                                TG_PARAGRAPH_CENTER | TG_PARAGRAPH_BOLD |
                                TG_PARAGRAPH_KEEP_TOGETHER |
                                TG_PARAGRAPH_KEEP_WITH_NEXT);
  get_block (self, index)->space_after = TITLE_SPACE_AFTER;
  return index;
}

guint
tg_document_add_clause (TgDocument *self,
                        const char *number,
                        const char *markup)
{
  guint index;
  TgBlock *block;

  g_return_val_if_fail (TG_IS_DOCUMENT (self), 0);
  g_return_val_if_fail (number != NULL, 0);
  g_return_val_if_fail (markup != NULL, 0);

  index = tg_document_add_paragraph (self, markup, TG_PARAGRAPH_NO_INDENT);
  block = get_block (self, index);
  block->label = g_markup_escape_text (number, -1);
  return index;
}

guint
tg_document_add_table (TgDocument             *self,
                       const TgDocumentColumn *columns,
                       guint                   n_columns,
                       TgTableFlags            flags)
{
  guint index;
  TgBlock *block;

  g_return_val_if_fail (TG_IS_DOCUMENT (self), 0);
  g_return_val_if_fail (columns != NULL, 0);
  g_return_val_if_fail (n_columns > 0, 0);

  index = add_block (self, TG_BLOCK_TABLE, TG_TABLE_SIZE);
  block = get_block (self, index);
  block->table = _tg_table_new (columns, n_columns, flags);
  block->space_before = TABLE_SPACE;
  block->space_after = TABLE_SPACE;
  return index;
}

static TgTable *
get_table (TgDocument *self,
           guint       index)
{
  if (index >= self->blocks->len)
    return NULL;
  return get_block (self, index)->table;
}

void
tg_document_add_table_row (TgDocument         *self,
                           guint               table,
                           const char * const *cells)
{
  g_return_if_fail (TG_IS_DOCUMENT (self));
  g_return_if_fail (get_table (self, table) != NULL);
  g_return_if_fail (cells != NULL);

  _tg_table_add_row (get_table (self, table), cells, FALSE);
  invalidate (self);
}

void
tg_document_add_table_row_markup (TgDocument         *self,
                                  guint               table,
                                  const char * const *cells)
{
  TgTable *t;
  guint n_columns;
  g_autoptr(GPtrArray) checked = NULL;

  g_return_if_fail (TG_IS_DOCUMENT (self));
  g_return_if_fail (get_table (self, table) != NULL);
  g_return_if_fail (cells != NULL);

  t = get_table (self, table);
  n_columns = _tg_table_get_n_columns (t);
  checked = g_ptr_array_new_with_free_func (g_free);
  for (guint c = 0; c < n_columns; c++)
    g_ptr_array_add (checked, cells[c] != NULL ? checked_markup (cells[c]) : NULL);

  _tg_table_add_row (t, (const char * const *) checked->pdata, TRUE);
  invalidate (self);
}

guint
tg_document_add_signature (TgDocument *self,
                           const char *left_markup,
                           const char *right_markup)
{
  guint index;
  TgBlock *block;

  g_return_val_if_fail (TG_IS_DOCUMENT (self), 0);
  g_return_val_if_fail (left_markup != NULL, 0);
  g_return_val_if_fail (right_markup != NULL, 0);

  index = add_block (self, TG_BLOCK_SIGNATURE, TG_BODY_SIZE);
  block = get_block (self, index);
  block->markup = checked_markup (left_markup);
  block->label = checked_markup (right_markup);
  block->space_before = SIGNATURE_SPACE;
  block->keep_together = TRUE;
  return index;
}

guint
tg_document_add_space (TgDocument *self,
                       double      mm)
{
  guint index;

  g_return_val_if_fail (TG_IS_DOCUMENT (self), 0);
  g_return_val_if_fail (mm >= 0, 0);

  index = add_block (self, TG_BLOCK_SPACE, 0);
  get_block (self, index)->space_before = mm * TG_PT_PER_MM;
  return index;
}

guint
tg_document_add_page_break (TgDocument *self)
{
  g_return_val_if_fail (TG_IS_DOCUMENT (self), 0);
  return add_block (self, TG_BLOCK_PAGE_BREAK, 0);
}

void
tg_document_set_spacing (TgDocument *self,
                         guint       block,
                         double      before_mm,
                         double      after_mm)
{
  g_return_if_fail (TG_IS_DOCUMENT (self));
  g_return_if_fail (block < self->blocks->len);

  get_block (self, block)->space_before = before_mm * TG_PT_PER_MM;
  get_block (self, block)->space_after = after_mm * TG_PT_PER_MM;
  invalidate (self);
}

void
tg_document_set_font_size (TgDocument *self,
                           guint       block,
                           double      size_pt)
{
  g_return_if_fail (TG_IS_DOCUMENT (self));
  g_return_if_fail (block < self->blocks->len);
  g_return_if_fail (size_pt > 0);

  get_block (self, block)->size = size_pt;
  invalidate (self);
}

void
tg_document_set_first_line_indent (TgDocument *self,
                                   guint       block,
                                   double      indent_mm)
{
  g_return_if_fail (TG_IS_DOCUMENT (self));
  g_return_if_fail (block < self->blocks->len);

  get_block (self, block)->indent = indent_mm * TG_PT_PER_MM;
  invalidate (self);
}

void
tg_document_set_keep_with_next (TgDocument *self,
                                guint       block,
                                gboolean    keep)
{
  g_return_if_fail (TG_IS_DOCUMENT (self));
  g_return_if_fail (block < self->blocks->len);

  get_block (self, block)->keep_with_next = keep;
  invalidate (self);
}

guint
tg_document_get_n_blocks (TgDocument *self)
{
  g_return_val_if_fail (TG_IS_DOCUMENT (self), 0);
  return self->blocks->len;
}

/* Space blocks and page breaks have no items of their own: they act on the
 * next item.  A signature keeps the item before it on its page. */
static void
build_items (TgDocument *self)
{
  double pending_space = 0;
  gboolean pending_break = FALSE;

  self->items = g_array_new (FALSE, TRUE, sizeof (TgItem));
  for (guint b = 0; b < self->blocks->len; b++)
    {
      TgBlock *block = get_block (self, b);
      guint first = self->items->len;
      TgItem *item;

      _tg_document_layout_block (block, self->context, self->items);
      pending_space += block->kind == TG_BLOCK_SPACE ? block->space_before : 0;
      pending_break |= block->kind == TG_BLOCK_PAGE_BREAK;
      if (self->items->len == first)
        continue;

      item = &g_array_index (self->items, TgItem, first);
      item->space_before += pending_space;
      item->break_before = pending_break;
      pending_space = 0;
      pending_break = FALSE;
      if (block->kind == TG_BLOCK_SIGNATURE && first > 0)
        g_array_index (self->items, TgItem, first - 1).keep_with_next = TRUE;
      self->unknown_glyphs += _tg_document_block_unknown_glyphs (block);
    }
}

static void
note_pages (TgDocument *self)
{
  for (guint p = 0; p < self->pages->len; p++)
    {
      GArray *page = g_ptr_array_index (self->pages, p);

      for (guint i = 0; i < page->len; i++)
        {
          const TgPlacement *placement = &g_array_index (page, TgPlacement, i);
          TgBlock *block = placement->item->block;

          if (placement->header)
            {
              _tg_table_note_header (block->table);
              continue;
            }
          if (block->first_page < 0)
            block->first_page = (int) p;
          block->last_page = (int) p;
          if (block->kind == TG_BLOCK_TABLE)
            _tg_table_note_row_page (block->table, (guint) placement->item->part, (int) p);
        }
    }
}

guint
tg_document_paginate (TgDocument *self,
                      cairo_t    *cr)
{
  g_return_val_if_fail (TG_IS_DOCUMENT (self), 0);

  invalidate (self);
  self->context = _tg_document_create_context (cr, self->language);
  build_items (self);
  self->pages = _tg_document_paginate_items (self->items);
  note_pages (self);

  return self->pages->len;
}

static void
ensure_paginated (TgDocument *self)
{
  if (self->pages == NULL)
    tg_document_paginate (self, NULL);
}

guint
tg_document_get_n_pages (TgDocument *self)
{
  g_return_val_if_fail (TG_IS_DOCUMENT (self), 0);

  ensure_paginated (self);
  return self->pages->len;
}

static void
draw_page_number (TgDocument *self,
                  cairo_t    *cr,
                  guint       page_nr)
{
  g_autofree char *text = NULL;
  g_autoptr(PangoLayout) layout = NULL;
  PangoRectangle logical;
  double x, baseline;

  if (page_nr == 0 || self->page_numbers == TG_PAGE_NUMBERS_NONE)
    return;

  text = g_strdup_printf ("%u", page_nr + 1);
  layout = _tg_document_new_layout (self->context, text, PAGE_NUMBER_SIZE, -1);
  pango_layout_get_extents (layout, NULL, &logical);
  x = TG_MARGIN_LEFT + (TG_TEXT_WIDTH - pango_units_to_double (logical.width)) / 2;
  if (self->page_numbers == TG_PAGE_NUMBERS_TOP)
    baseline = PAGE_NUMBER_BASE;
  else
    baseline = TG_DOCUMENT_PAGE_HEIGHT - PAGE_NUMBER_BASE;

  cairo_move_to (cr, x, baseline);
  pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (layout, 0));
}

void
tg_document_render_page (TgDocument *self,
                         cairo_t    *cr,
                         guint       page_nr,
                         double      width,
                         double      height)
{
  GArray *page;
  double scale;

  g_return_if_fail (TG_IS_DOCUMENT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page_nr < tg_document_get_n_pages (self));

  page = g_ptr_array_index (self->pages, page_nr);
  scale = MIN (width / TG_DOCUMENT_PAGE_WIDTH, height / TG_DOCUMENT_PAGE_HEIGHT);

  cairo_save (cr);
  cairo_translate (cr, (width - TG_DOCUMENT_PAGE_WIDTH * scale) / 2,
                   (height - TG_DOCUMENT_PAGE_HEIGHT * scale) / 2);
  cairo_scale (cr, scale, scale);
  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint i = 0; i < page->len; i++)
    _tg_document_draw_item (cr, &g_array_index (page, TgPlacement, i));
  draw_page_number (self, cr, page_nr);
  cairo_restore (cr);
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static void
set_metadata (TgDocument      *self,
              cairo_surface_t *surface)
{
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Tergeu");
  if (self->title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);
  if (self->creation_date != NULL)
    {
      g_autofree char *date = g_date_time_format (self->creation_date, "%Y-%m-%dT%H:%M:%S%:z");

      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
    }
  else
    {
      /* Cairo stamps the current time unless told otherwise; a value that
       * is not an ISO 8601 date leaves the entry out (cairo 1.16 and later,
       * checked by test-document), so equal documents give equal bytes. */
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, "");
    }
}

static cairo_status_t
render_pdf (TgDocument *self,
            GByteArray *bytes)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;

  surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes,
                                                 TG_DOCUMENT_PAGE_WIDTH,
                                                 TG_DOCUMENT_PAGE_HEIGHT);
  set_metadata (self, surface);
  cr = cairo_create (surface);
  for (guint p = 0; p < tg_document_get_n_pages (self); p++)
    {
      tg_document_render_page (self, cr, p, TG_DOCUMENT_PAGE_WIDTH, TG_DOCUMENT_PAGE_HEIGHT);
      cairo_show_page (cr);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  return status;
}

gboolean
tg_document_write_pdf (TgDocument  *self,
                       const char  *path,
                       GError     **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(GError) local_error = NULL;
  cairo_status_t status;

  g_return_val_if_fail (TG_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  status = render_pdf (self, bytes);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, TG_DOCUMENT_ERROR, TG_DOCUMENT_ERROR_RENDER,
                   _("Could not draw the document for “%s”: %s. Nothing was written."),
                   path, cairo_status_to_string (status));
      return FALSE;
    }

  /* Private (it names victims and their IINs), and atomic: see
   * tg-output-file.h. */
  if (!tg_output_file_set_contents (path, bytes->data, bytes->len, &local_error))
    {
      g_set_error (error, TG_DOCUMENT_ERROR, TG_DOCUMENT_ERROR_WRITE,
                   _("Could not save the PDF file “%s”: %s. Check that the folder exists, "
                     "that you may write to it and that the disk is not full."),
                   path, local_error->message);
      return FALSE;
    }
  return TRUE;
}

guint
tg_document_get_unknown_glyphs (TgDocument *self)
{
  g_return_val_if_fail (TG_IS_DOCUMENT (self), 0);

  ensure_paginated (self);
  return self->unknown_glyphs;
}

int
tg_document_get_block_page (TgDocument *self,
                            guint       block)
{
  g_return_val_if_fail (TG_IS_DOCUMENT (self), -1);
  g_return_val_if_fail (block < self->blocks->len, -1);

  ensure_paginated (self);
  return get_block (self, block)->first_page;
}

int
tg_document_get_block_end_page (TgDocument *self,
                                guint       block)
{
  g_return_val_if_fail (TG_IS_DOCUMENT (self), -1);
  g_return_val_if_fail (block < self->blocks->len, -1);

  ensure_paginated (self);
  return get_block (self, block)->last_page;
}

int
tg_document_get_table_row_page (TgDocument *self,
                                guint       table,
                                guint       row)
{
  g_return_val_if_fail (TG_IS_DOCUMENT (self), -1);
  g_return_val_if_fail (get_table (self, table) != NULL, -1);

  ensure_paginated (self);
  return _tg_table_get_row_page (get_table (self, table), row);
}

guint
tg_document_get_table_header_count (TgDocument *self,
                                    guint       table)
{
  g_return_val_if_fail (TG_IS_DOCUMENT (self), 0);
  g_return_val_if_fail (get_table (self, table) != NULL, 0);

  ensure_paginated (self);
  return _tg_table_get_header_count (get_table (self, table));
}
