/* tg-document-private.h — what the parts of TgDocument share
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A document is built from blocks.  Laying out turns each block into Pango
 * layouts and a run of items — lines of a paragraph, rows of a table, the
 * signature — each an unbreakable strip of the page.  Paginating places
 * items on pages, breaking only where keep rules allow.  Drawing walks the
 * placements of one page.  All lengths are PostScript points.
 */
#pragma once

#include <pango/pangocairo.h>

#include "tg-document.h"

G_BEGIN_DECLS

#define TG_PT_PER_MM (72.0 / 25.4)

#define TG_MARGIN_LEFT   (30.0 * TG_PT_PER_MM)
#define TG_MARGIN_RIGHT  (20.0 * TG_PT_PER_MM)
#define TG_MARGIN_TOP    (20.0 * TG_PT_PER_MM)
#define TG_MARGIN_BOTTOM (20.0 * TG_PT_PER_MM)
#define TG_TEXT_WIDTH  (TG_DOCUMENT_PAGE_WIDTH - TG_MARGIN_LEFT - TG_MARGIN_RIGHT)
#define TG_TEXT_HEIGHT (TG_DOCUMENT_PAGE_HEIGHT - TG_MARGIN_TOP - TG_MARGIN_BOTTOM)

#define TG_FONT_FAMILY   "PT Serif, DejaVu Serif"
#define TG_BODY_SIZE     14.0
#define TG_TABLE_SIZE    12.0
#define TG_LINE_SPACING  1.1

typedef enum
{
  TG_BLOCK_TEXT,       /* paragraph, title or clause */
  TG_BLOCK_TABLE,
  TG_BLOCK_SIGNATURE,
  TG_BLOCK_SPACE,
  TG_BLOCK_PAGE_BREAK,
} TgBlockKind;

typedef struct _TgTable TgTable;

typedef struct
{
  TgBlockKind       kind;
  TgParagraphFlags  flags;
  char             *markup;        /* text; signature: the left part */
  char             *label;         /* clause number; signature: the right part */
  double            size;          /* font size */
  double            space_before;
  double            space_after;
  double            indent;        /* first-line indent */
  double            hang;          /* clause: where the text starts */
  gboolean          keep_together;
  gboolean          keep_with_next;
  TgTable          *table;

  /* Results of laying out and paginating. */
  PangoLayout      *layout;
  PangoLayout      *label_layout;
  double            label_y;       /* signature: offset of the right part */
  double            layout_y;      /* signature: offset of the left part */
  int               first_page;
  int               last_page;
} TgBlock;

typedef struct
{
  TgBlock  *block;
  int       part;            /* line of a text block, row of a table */
  double    height;
  double    space_before;
  double    space_after;
  double    x;               /* text: the line's offset in its layout */
  double    baseline;        /* text: baseline below the item's top */
  gboolean  keep_with_next;
  gboolean  break_before;
} TgItem;

typedef struct
{
  const TgItem *item;
  double        y;           /* below the top margin */
  gboolean      header;      /* the table header drawn before item's row */
} TgPlacement;

/* tg-document-layout.c */
PangoContext *_tg_document_create_context   (cairo_t          *cr,
                                             const char       *language);
PangoLayout  *_tg_document_new_layout       (PangoContext     *context,
                                             const char       *markup,
                                             double            size,
                                             double            width);
void          _tg_document_layout_block     (TgBlock          *block,
                                             PangoContext     *context,
                                             GArray           *items);
guint         _tg_document_block_unknown_glyphs (TgBlock      *block);
void          _tg_document_block_clear      (TgBlock          *block);
void          _tg_document_draw_item        (cairo_t          *cr,
                                             const TgPlacement *placement);

/* tg-document-table.c */
TgTable      *_tg_table_new                 (const TgDocumentColumn *columns,
                                            guint             n_columns,
                                            TgTableFlags      flags);
void          _tg_table_free                (TgTable          *table);
guint         _tg_table_get_n_columns       (TgTable          *table);
void          _tg_table_add_row             (TgTable          *table,
                                            const char * const *cells,
                                            gboolean          markup);
void          _tg_table_layout              (TgTable          *table,
                                            TgBlock          *block,
                                            PangoContext     *context,
                                            GArray           *items);
void          _tg_table_clear_layout        (TgTable          *table);
gboolean      _tg_table_has_header          (TgTable          *table);
double        _tg_table_get_header_height   (TgTable          *table);
guint         _tg_table_unknown_glyphs      (TgTable          *table);
void          _tg_table_draw_header         (TgTable          *table,
                                            cairo_t          *cr,
                                            double            y);
void          _tg_table_draw_row            (TgTable          *table,
                                            cairo_t          *cr,
                                            guint             row,
                                            double            y);
void          _tg_table_note_row_page       (TgTable          *table,
                                            guint             row,
                                            int               page);
void          _tg_table_note_header         (TgTable          *table);
int           _tg_table_get_row_page        (TgTable          *table,
                                            guint             row);
guint         _tg_table_get_header_count    (TgTable          *table);

/* tg-document-paginate.c: an array of pages, each a GArray of TgPlacement. */
GPtrArray    *_tg_document_paginate_items   (GArray           *items);

G_END_DECLS
