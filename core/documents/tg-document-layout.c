/* tg-document-layout.c — text blocks and the signature as Pango layouts
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-document"

#include "config.h"

#include "tg-document-private.h"

#define CLAUSE_MIN_HANG (10.0 * TG_PT_PER_MM)
#define CLAUSE_GAP      (2.0 * TG_PT_PER_MM)
#define SIGNATURE_GAP   (6.0 * TG_PT_PER_MM)

PangoContext *
_tg_document_create_context (cairo_t    *cr,
                             const char *language)
{
  PangoContext *context;
  cairo_font_options_t *options = cairo_font_options_create ();

  if (cr != NULL)
    {
      context = pango_cairo_create_context (cr);
      cairo_surface_get_font_options (cairo_get_target (cr), options);
    }
  else
    {
      context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
    }

  /* Unhinted metrics and unrounded positions at 72 dpi with an identity
   * matrix: lengths are points whatever the device, so a preview, a
   * printer and a PDF break lines and pages in the same places.  The
   * device keeps its antialiasing and subpixel order. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_cairo_context_set_resolution (context, 72.0);
  pango_context_set_matrix (context, NULL);
  pango_context_set_round_glyph_positions (context, FALSE);
  pango_context_set_language (context, pango_language_from_string (language));

  return context;
}

PangoLayout *
_tg_document_new_layout (PangoContext *context,
                         const char   *markup,
                         double        size,
                         double        width)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *desc = pango_font_description_from_string (TG_FONT_FAMILY);

  pango_font_description_set_size (desc, (int) (size * PANGO_SCALE + 0.5));
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);

  pango_layout_set_width (layout, width < 0 ? -1 : pango_units_from_double (width));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  pango_layout_set_line_spacing (layout, TG_LINE_SPACING);
  pango_layout_set_markup (layout, markup, -1);

  return layout;
}

static char *
styled_markup (const TgBlock *block)
{
  const char *open_b = block->flags & TG_PARAGRAPH_BOLD ? "<b>" : "";
  const char *close_b = block->flags & TG_PARAGRAPH_BOLD ? "</b>" : "";
  const char *open_i = block->flags & TG_PARAGRAPH_ITALIC ? "<i>" : "";
  const char *close_i = block->flags & TG_PARAGRAPH_ITALIC ? "</i>" : "";

  return g_strconcat (open_b, open_i, block->markup, close_i, close_b, NULL);
}

static gboolean
is_justified (TgParagraphFlags flags)
{
  return (flags & (TG_PARAGRAPH_LEFT | TG_PARAGRAPH_CENTER | TG_PARAGRAPH_RIGHT)) == 0;
}

static PangoAlignment
alignment (TgParagraphFlags flags)
{
  if (flags & TG_PARAGRAPH_CENTER)
    return PANGO_ALIGN_CENTER;
  if (flags & TG_PARAGRAPH_RIGHT)
    return PANGO_ALIGN_RIGHT;
  return PANGO_ALIGN_LEFT;
}

static gboolean
keep_line_with_next (const TgBlock *block,
                     int            line,
                     int            n_lines)
{
  if (line == n_lines - 1)
    return block->keep_with_next;
  /* No orphan and no widow: at least two lines on each side of a break. */
  return block->keep_together || line == 0 || line == n_lines - 2;
}

static void
append_line_items (TgBlock *block,
                   GArray  *items)
{
  PangoLayoutIter *iter = pango_layout_get_iter (block->layout);
  int n_lines = pango_layout_get_line_count (block->layout);
  int line = 0;

  do
    {
      TgItem item = { .block = block, .part = line };
      PangoRectangle logical, local;
      int y0, y1;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      pango_layout_line_get_extents (pango_layout_iter_get_line_readonly (iter), NULL, &local);

      item.height = pango_units_to_double (y1 - y0);
      item.x = pango_units_to_double (logical.x - local.x);
      item.baseline = pango_units_to_double (pango_layout_iter_get_baseline (iter) - y0);
      item.space_before = line == 0 ? block->space_before : 0;
      item.space_after = line == n_lines - 1 ? block->space_after : 0;
      item.keep_with_next = keep_line_with_next (block, line, n_lines);
      g_array_append_val (items, item);
      line++;
    }
  while (pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);
}

static double
layout_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return pango_units_to_double (logical.width);
}

static void
layout_text (TgBlock      *block,
             PangoContext *context,
             GArray       *items)
{
  g_autofree char *markup = styled_markup (block);
  double hang = 0;

  if (block->label != NULL)
    {
      block->label_layout = _tg_document_new_layout (context, block->label, block->size, -1);
      hang = MAX (CLAUSE_MIN_HANG, layout_width (block->label_layout) + CLAUSE_GAP);
    }
  block->hang = hang;

  block->layout = _tg_document_new_layout (context, markup, block->size, TG_TEXT_WIDTH - hang);
  pango_layout_set_alignment (block->layout, alignment (block->flags));
  pango_layout_set_justify (block->layout, is_justified (block->flags));
  if (block->flags & TG_PARAGRAPH_CENTER)
    pango_layout_set_indent (block->layout, 0);
  else
    pango_layout_set_indent (block->layout, pango_units_from_double (block->indent));

  append_line_items (block, items);
}

static double
last_baseline (PangoLayout *layout)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  double baseline;

  while (pango_layout_iter_next_line (iter))
    ;
  baseline = pango_units_to_double (pango_layout_iter_get_baseline (iter));
  pango_layout_iter_free (iter);

  return baseline;
}

static double
layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return pango_units_to_double (logical.height);
}

/* The left part wraps; the right part (the name) never does and sits on
 * the baseline of the left part's last line. */
static void
layout_signature (TgBlock      *block,
                  PangoContext *context,
                  GArray       *items)
{
  TgItem item = { .block = block, .part = 0 };
  double right_width, left_width, left_base, right_base;

  block->label_layout = _tg_document_new_layout (context, block->label, block->size, -1);
  right_width = layout_width (block->label_layout);
  left_width = MIN (0.6 * TG_TEXT_WIDTH, TG_TEXT_WIDTH - right_width - SIGNATURE_GAP);
  left_width = MAX (left_width, 0.3 * TG_TEXT_WIDTH);

  block->layout = _tg_document_new_layout (context, block->markup, block->size, left_width);
  pango_layout_set_alignment (block->layout, PANGO_ALIGN_LEFT);

  left_base = last_baseline (block->layout);
  right_base = last_baseline (block->label_layout);
  block->layout_y = MAX (0, right_base - left_base);
  block->label_y = MAX (0, left_base - right_base);

  item.height = MAX (block->layout_y + layout_height (block->layout),
                     block->label_y + layout_height (block->label_layout));
  item.space_before = block->space_before;
  item.space_after = block->space_after;
  g_array_append_val (items, item);
}

void
_tg_document_layout_block (TgBlock      *block,
                           PangoContext *context,
                           GArray       *items)
{
  _tg_document_block_clear (block);

  switch (block->kind)
    {
    case TG_BLOCK_TEXT:
      layout_text (block, context, items);
      break;
    case TG_BLOCK_TABLE:
      _tg_table_layout (block->table, block, context, items);
      break;
    case TG_BLOCK_SIGNATURE:
      layout_signature (block, context, items);
      break;
    case TG_BLOCK_SPACE:
    case TG_BLOCK_PAGE_BREAK:
    default:
      break;
    }
}

guint
_tg_document_block_unknown_glyphs (TgBlock *block)
{
  guint count = 0;

  if (block->layout != NULL)
    count += (guint) pango_layout_get_unknown_glyphs_count (block->layout);
  if (block->label_layout != NULL)
    count += (guint) pango_layout_get_unknown_glyphs_count (block->label_layout);
  if (block->table != NULL)
    count += _tg_table_unknown_glyphs (block->table);

  return count;
}

void
_tg_document_block_clear (TgBlock *block)
{
  g_clear_object (&block->layout);
  g_clear_object (&block->label_layout);
  if (block->table != NULL)
    _tg_table_clear_layout (block->table);
  block->first_page = -1;
  block->last_page = -1;
}

static void
draw_line (cairo_t     *cr,
           PangoLayout *layout,
           int          line,
           double       x,
           double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (layout, line));
}

static void
draw_text_item (cairo_t      *cr,
                const TgItem *item,
                double        y)
{
  TgBlock *block = item->block;
  double baseline = y + item->baseline;

  /* the number first: a PDF's text then reads "2. Комиссия …", in order */
  if (item->part == 0 && block->label_layout != NULL)
    draw_line (cr, block->label_layout, 0, TG_MARGIN_LEFT, baseline);
  draw_line (cr, block->layout, item->part, TG_MARGIN_LEFT + block->hang + item->x, baseline);
}

static void
draw_signature (cairo_t *cr,
                TgBlock *block,
                double   y)
{
  double right_x = TG_MARGIN_LEFT + TG_TEXT_WIDTH - layout_width (block->label_layout);

  cairo_move_to (cr, TG_MARGIN_LEFT, y + block->layout_y);
  pango_cairo_show_layout (cr, block->layout);
  cairo_move_to (cr, right_x, y + block->label_y);
  pango_cairo_show_layout (cr, block->label_layout);
}

void
_tg_document_draw_item (cairo_t           *cr,
                        const TgPlacement *placement)
{
  const TgItem *item = placement->item;
  double y = TG_MARGIN_TOP + placement->y;

  switch (item->block->kind)
    {
    case TG_BLOCK_TEXT:
      draw_text_item (cr, item, y);
      break;
    case TG_BLOCK_TABLE:
      if (placement->header)
        _tg_table_draw_header (item->block->table, cr, y);
      else
        _tg_table_draw_row (item->block->table, cr, (guint) item->part, y);
      break;
    case TG_BLOCK_SIGNATURE:
      draw_signature (cr, item->block, y);
      break;
    case TG_BLOCK_SPACE:
    case TG_BLOCK_PAGE_BREAK:
    default:
      g_assert_not_reached ();
    }
}
