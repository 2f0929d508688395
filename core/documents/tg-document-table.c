/* tg-document-table.c — tables of a TgDocument
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A row is never split: each row is one item for the paginator, and the
 * header row is drawn again above the first row on every page.  Cells of
 * no-wrap columns (a person's name, order-template.md) are set on one line,
 * and no column is narrower than its longest word if the others can give
 * it room; only a name that still does not fit is set smaller.
 */
#define G_LOG_DOMAIN "tg-document"

#include "config.h"

#include "tg-document-private.h"

#define PAD_X          (1.5 * TG_PT_PER_MM)  /* inside a ruled cell */
#define PAD_Y          (1.0 * TG_PT_PER_MM)
#define RULE_WIDTH     0.5
#define CELL_SPACING   1.0
#define MIN_SHRUNK     8.0   /* smallest size a no-wrap cell is set in */

typedef struct
{
  char          *title;
  double         share;
  TgColumnFlags  flags;
} Column;

struct _TgTable
{
  Column       *columns;
  guint         n_columns;
  TgTableFlags  flags;
  GPtrArray    *rows;          /* GStrv of markup */

  double       *edges;         /* n_columns + 1 offsets from the margin */
  PangoLayout **header;
  double        header_height;
  GPtrArray    *cells;         /* per row, an array of n_columns layouts */
  GArray       *row_heights;   /* double */
  GArray       *row_pages;     /* int */
  guint         n_headers;
};

TgTable *
_tg_table_new (const TgDocumentColumn *columns,
              guint                   n_columns,
              TgTableFlags            flags)
{
  TgTable *table = g_new0 (TgTable, 1);

  table->columns = g_new0 (Column, n_columns);
  table->n_columns = n_columns;
  table->flags = flags;
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  for (guint c = 0; c < n_columns; c++)
    {
      table->columns[c].title = g_strdup (columns[c].title);
      table->columns[c].share = MAX (columns[c].width, 0.0);
      table->columns[c].flags = columns[c].flags;
    }

  return table;
}

void
_tg_table_free (TgTable *table)
{
  _tg_table_clear_layout (table);
  for (guint c = 0; c < table->n_columns; c++)
    g_free (table->columns[c].title);
  g_free (table->columns);
  g_ptr_array_unref (table->rows);
  g_free (table);
}

guint
_tg_table_get_n_columns (TgTable *table)
{
  return table->n_columns;
}

void
_tg_table_add_row (TgTable            *table,
                  const char * const *cells,
                  gboolean            markup)
{
  char **row = g_new0 (char *, table->n_columns + 1);

  for (guint c = 0; c < table->n_columns; c++)
    {
      const char *cell = cells[c] != NULL ? cells[c] : "";

      row[c] = markup ? g_strdup (cell) : g_markup_escape_text (cell, -1);
    }
  g_ptr_array_add (table->rows, row);
}

static void
free_layouts (PangoLayout **layouts,
              guint         n)
{
  for (guint c = 0; c < n; c++)
    g_clear_object (&layouts[c]);
  g_free (layouts);
}

static void
free_row_layouts (gpointer data,
                  gpointer user_data)
{
  free_layouts (data, GPOINTER_TO_UINT (user_data));
}

static void
free_cells (TgTable *table)
{
  g_ptr_array_foreach (table->cells, free_row_layouts, GUINT_TO_POINTER (table->n_columns));
  g_ptr_array_unref (table->cells);
}

void
_tg_table_clear_layout (TgTable *table)
{
  g_clear_pointer (&table->edges, g_free);
  if (table->header != NULL)
    free_layouts (table->header, table->n_columns);
  table->header = NULL;
  if (table->cells != NULL)
    free_cells (table);
  table->cells = NULL;
  g_clear_pointer (&table->row_heights, g_array_unref);
  g_clear_pointer (&table->row_pages, g_array_unref);
  table->header_height = 0;
  table->n_headers = 0;
}

gboolean
_tg_table_has_header (TgTable *table)
{
  for (guint c = 0; c < table->n_columns; c++)
    if (table->columns[c].title != NULL)
      return TRUE;
  return FALSE;
}

/* Without rules the text runs to the margins, like the lines around it. */
static double
pad_x (const TgTable *table)
{
  return table->flags & TG_TABLE_NO_BORDERS ? 0 : PAD_X;
}

/* Without rules, the columns still keep apart: a gap on the right of each
 * but the last, so that a label that fills its column does not run into
 * the value beside it. */
#define GAP_X (3.0 * TG_PT_PER_MM)

static double
gap_after (const TgTable *table,
           guint          column)
{
  return (table->flags & TG_TABLE_NO_BORDERS) && column + 1 < table->n_columns ? GAP_X : 0;
}

static gboolean
no_wrap (const TgTable *table,
         guint          column)
{
  return (table->columns[column].flags & TG_COLUMN_NO_WRAP) != 0;
}

static double
natural_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return pango_units_to_double (logical.width);
}

static double
natural_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return pango_units_to_double (logical.height);
}

static PangoLayout *
new_cell (PangoContext *context,
          const char   *markup,
          double        size,
          double        width)
{
  PangoLayout *layout = _tg_document_new_layout (context, markup, size, width);

  pango_layout_set_line_spacing (layout, CELL_SPACING);
  return layout;
}

/* The longest word of @markup, or all of it for a no-wrap cell: a layout
 * one unit wide puts every word on a line of its own. */
static double
unbreakable_width (PangoContext *context,
                   const char   *markup,
                   double        size,
                   gboolean      whole)
{
  g_autoptr(PangoLayout) layout = new_cell (context, markup, size, -1);

  if (!whole)
    pango_layout_set_width (layout, 1);
  return natural_width (layout);
}

/* The narrowest @column can be without breaking a word (or a no-wrap
 * cell), padding included. */
static double
minimum_width (TgTable      *table,
               guint         column,
               PangoContext *context,
               double        size)
{
  double widest = 0;

  if (table->columns[column].title != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (table->columns[column].title, -1);
      g_autofree char *markup = g_strconcat ("<b>", escaped, "</b>", NULL);

      widest = unbreakable_width (context, markup, size, FALSE);
    }
  for (guint r = 0; r < table->rows->len; r++)
    {
      char **row = g_ptr_array_index (table->rows, r);

      widest = MAX (widest, unbreakable_width (context, row[column], size,
                                               no_wrap (table, column)));
    }
  return widest + 2 * pad_x (table) + gap_after (table, column);
}

/* Columns narrower than their minimum widen, taking the room from the
 * others in proportion to what each has to spare.  When there is not
 * enough to spare, the wrapping columns are served first (a broken word in
 * a header looks worse than a name set a little smaller); whatever still
 * does not fit breaks inside words or, in a no-wrap cell, is set smaller. */
static void
fit_columns (TgTable      *table,
             double       *widths,
             PangoContext *context,
             double        size)
{
  g_autofree double *minimum = g_new0 (double, table->n_columns);
  double deficit[2] = { 0, 0 }, take[2], surplus = 0;

  for (guint c = 0; c < table->n_columns; c++)
    {
      minimum[c] = minimum_width (table, c, context, size);
      if (widths[c] < minimum[c])
        deficit[no_wrap (table, c)] += minimum[c] - widths[c];
      else
        surplus += widths[c] - minimum[c];
    }

  take[FALSE] = MIN (deficit[FALSE], surplus);
  take[TRUE] = MIN (deficit[TRUE], surplus - take[FALSE]);
  if (take[FALSE] + take[TRUE] <= 0)
    return;

  for (guint c = 0; c < table->n_columns; c++)
    {
      gboolean kind = no_wrap (table, c);

      if (widths[c] < minimum[c])
        widths[c] += (minimum[c] - widths[c]) * take[kind] / deficit[kind];
      else
        widths[c] -= (widths[c] - minimum[c]) * (take[FALSE] + take[TRUE]) / surplus;
    }
}

static void
compute_edges (TgTable      *table,
               PangoContext *context,
               double        size)
{
  g_autofree double *widths = g_new0 (double, table->n_columns);
  double total = 0;

  for (guint c = 0; c < table->n_columns; c++)
    total += table->columns[c].share;
  for (guint c = 0; c < table->n_columns; c++)
    widths[c] = total > 0 ? table->columns[c].share / total * TG_TEXT_WIDTH
                          : TG_TEXT_WIDTH / table->n_columns;

  fit_columns (table, widths, context, size);

  table->edges = g_new0 (double, table->n_columns + 1);
  for (guint c = 0; c < table->n_columns; c++)
    table->edges[c + 1] = table->edges[c] + widths[c];
}

static double
inner_width (const TgTable *table,
             guint          column)
{
  return table->edges[column + 1] - table->edges[column] - 2 * pad_x (table) - gap_after (table, column);
}

static PangoAlignment
column_alignment (const TgTable *table,
                  guint          column)
{
  if (table->columns[column].flags & TG_COLUMN_CENTER)
    return PANGO_ALIGN_CENTER;
  if (table->columns[column].flags & TG_COLUMN_RIGHT)
    return PANGO_ALIGN_RIGHT;
  return PANGO_ALIGN_LEFT;
}

/* A no-wrap cell is one line; if even the widened column is too narrow,
 * the name is set smaller rather than broken or cut. */
static PangoLayout *
layout_no_wrap_cell (TgTable      *table,
                     guint         column,
                     PangoContext *context,
                     const char   *markup,
                     double        size)
{
  PangoLayout *layout = new_cell (context, markup, size, -1);

  while (natural_width (layout) > inner_width (table, column) && size > MIN_SHRUNK)
    {
      size -= 0.5;
      g_object_unref (layout);
      layout = new_cell (context, markup, size, -1);
    }
  return layout;
}

static PangoLayout *
layout_cell (TgTable      *table,
             guint         column,
             PangoContext *context,
             const char   *markup,
             double        size)
{
  PangoLayout *layout;

  if (no_wrap (table, column))
    return layout_no_wrap_cell (table, column, context, markup, size);

  layout = new_cell (context, markup, size, inner_width (table, column));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, column_alignment (table, column));
  return layout;
}

static double
layout_header (TgTable      *table,
               PangoContext *context,
               double        size)
{
  double height = 0;

  table->header = g_new0 (PangoLayout *, table->n_columns);
  for (guint c = 0; c < table->n_columns; c++)
    {
      g_autofree char *escaped = g_markup_escape_text (table->columns[c].title ?: "", -1);
      g_autofree char *markup = g_strconcat ("<b>", escaped, "</b>", NULL);

      table->header[c] = new_cell (context, markup, size, inner_width (table, c));
      pango_layout_set_wrap (table->header[c], PANGO_WRAP_WORD_CHAR);
      pango_layout_set_alignment (table->header[c], PANGO_ALIGN_CENTER);
      height = MAX (height, natural_height (table->header[c]));
    }
  return height + 2 * PAD_Y;
}

static double
layout_row (TgTable      *table,
            guint         r,
            PangoContext *context,
            double        size)
{
  char **row = g_ptr_array_index (table->rows, r);
  PangoLayout **layouts = g_new0 (PangoLayout *, table->n_columns);
  double height = 0;

  for (guint c = 0; c < table->n_columns; c++)
    {
      layouts[c] = layout_cell (table, c, context, row[c], size);
      height = MAX (height, natural_height (layouts[c]));
    }
  g_ptr_array_add (table->cells, layouts);
  return height + 2 * PAD_Y;
}

void
_tg_table_layout (TgTable      *table,
                 TgBlock      *block,
                 PangoContext *context,
                 GArray       *items)
{
  guint n_rows = table->rows->len;

  _tg_table_clear_layout (table);
  compute_edges (table, context, block->size);
  if (_tg_table_has_header (table))
    table->header_height = layout_header (table, context, block->size);

  table->cells = g_ptr_array_new ();
  table->row_heights = g_array_sized_new (FALSE, TRUE, sizeof (double), n_rows);
  table->row_pages = g_array_sized_new (FALSE, TRUE, sizeof (int), n_rows);

  for (guint r = 0; r < n_rows; r++)
    {
      TgItem item = { .block = block, .part = (int) r };
      int page = -1;

      item.height = layout_row (table, r, context, block->size);
      item.space_before = r == 0 ? block->space_before : 0;
      item.space_after = r == n_rows - 1 ? block->space_after : 0;
      item.keep_with_next = r == n_rows - 1 && block->keep_with_next;
      g_array_append_val (table->row_heights, item.height);
      g_array_append_val (table->row_pages, page);
      g_array_append_val (items, item);
    }
}

double
_tg_table_get_header_height (TgTable *table)
{
  return table->header_height;
}

guint
_tg_table_unknown_glyphs (TgTable *table)
{
  guint count = 0;

  for (guint c = 0; table->header != NULL && c < table->n_columns; c++)
    count += (guint) pango_layout_get_unknown_glyphs_count (table->header[c]);
  for (guint r = 0; table->cells != NULL && r < table->cells->len; r++)
    {
      PangoLayout **layouts = g_ptr_array_index (table->cells, r);

      for (guint c = 0; c < table->n_columns; c++)
        count += (guint) pango_layout_get_unknown_glyphs_count (layouts[c]);
    }
  return count;
}

static void
stroke_cells (TgTable *table,
              cairo_t *cr,
              double   y,
              double   height)
{
  if (table->flags & TG_TABLE_NO_BORDERS)
    return;

  cairo_save (cr);
  cairo_set_line_width (cr, RULE_WIDTH);
  for (guint c = 0; c < table->n_columns; c++)
    cairo_rectangle (cr, TG_MARGIN_LEFT + table->edges[c], y,
                     table->edges[c + 1] - table->edges[c], height);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* Pango aligns wrapping cells within their width; a no-wrap cell has no
 * width, so it is placed here. */
static double
cell_offset (TgTable     *table,
             guint        column,
             PangoLayout *layout)
{
  double room;

  if (!no_wrap (table, column))
    return 0;

  room = MAX (0, inner_width (table, column) - natural_width (layout));
  switch (column_alignment (table, column))
    {
    case PANGO_ALIGN_CENTER:
      return room / 2;
    case PANGO_ALIGN_RIGHT:
      return room;
    case PANGO_ALIGN_LEFT:
    default:
      return 0;
    }
}

/* Body cells hang from the top of the row; header cells are centered in
 * it, so one-line titles sit level with the middle of two-line ones. */
static void
draw_cells (TgTable      *table,
            cairo_t      *cr,
            PangoLayout **layouts,
            double        y,
            double        height,
            gboolean      middle)
{
  for (guint c = 0; c < table->n_columns; c++)
    {
      double x = TG_MARGIN_LEFT + table->edges[c] + pad_x (table) +
                 cell_offset (table, c, layouts[c]);
      double dy = middle ? (height - natural_height (layouts[c])) / 2 : PAD_Y;

      cairo_move_to (cr, x, y + dy);
      pango_cairo_show_layout (cr, layouts[c]);
    }
}

void
_tg_table_draw_header (TgTable *table,
                      cairo_t *cr,
                      double   y)
{
  draw_cells (table, cr, table->header, y, table->header_height, TRUE);
  stroke_cells (table, cr, y, table->header_height);
}

void
_tg_table_draw_row (TgTable *table,
                   cairo_t *cr,
                   guint    row,
                   double   y)
{
  double height = g_array_index (table->row_heights, double, row);

  draw_cells (table, cr, g_ptr_array_index (table->cells, row), y, height, FALSE);
  stroke_cells (table, cr, y, height);
}

void
_tg_table_note_row_page (TgTable *table,
                        guint    row,
                        int      page)
{
  g_array_index (table->row_pages, int, row) = page;
}

void
_tg_table_note_header (TgTable *table)
{
  table->n_headers++;
}

int
_tg_table_get_row_page (TgTable *table,
                       guint    row)
{
  if (table->row_pages == NULL || row >= table->row_pages->len)
    return -1;
  return g_array_index (table->row_pages, int, row);
}

guint
_tg_table_get_header_count (TgTable *table)
{
  return table->n_headers;
}
