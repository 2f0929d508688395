/* tg-document.h — paginated official documents drawn with Pango and Cairo
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A TgDocument is a list of blocks (titles, paragraphs, numbered clauses,
 * tables, a signature block, vertical space) laid out on A4 portrait pages
 * with the margins of an official act (order-template.md): 30 mm left,
 * 20 mm top, right and bottom; PT Serif 14 pt (DejaVu Serif as fallback);
 * page numbers from page 2.  The same pages draw on any cairo_t — the PDF
 * export, GtkPrintContext and an on-screen preview.
 *
 * Text given as "markup" is Pango markup; anything typed by a user must be
 * escaped first (tg_document_escape(), or g_markup_printf_escaped() to fill
 * a template).  Functions taking "text" escape it themselves.
 *
 * Every add function returns the index of the new block, which the block
 * setters and the page queries take.
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

/* A4 portrait in PostScript points. */
#define TG_DOCUMENT_PAGE_WIDTH  595.2756
#define TG_DOCUMENT_PAGE_HEIGHT 841.8898

#define TG_DOCUMENT_ERROR (tg_document_error_quark ())

typedef enum
{
  TG_DOCUMENT_ERROR_RENDER,  /* cairo could not draw the pages */
  TG_DOCUMENT_ERROR_WRITE,   /* the file could not be written */
} TgDocumentError;

/* Paragraph style.  The default is a body paragraph: justified, first-line
 * indent 12.5 mm, body size. */
typedef enum
{
  TG_PARAGRAPH_DEFAULT        = 0,
  TG_PARAGRAPH_LEFT           = 1 << 0,
  TG_PARAGRAPH_CENTER         = 1 << 1,
  TG_PARAGRAPH_RIGHT          = 1 << 2,
  TG_PARAGRAPH_BOLD           = 1 << 3,
  TG_PARAGRAPH_ITALIC         = 1 << 4,
  TG_PARAGRAPH_NO_INDENT      = 1 << 5,
  /* never split across pages */
  TG_PARAGRAPH_KEEP_TOGETHER  = 1 << 6,
  /* on the same page as the start of the next block */
  TG_PARAGRAPH_KEEP_WITH_NEXT = 1 << 7,
} TgParagraphFlags;

typedef enum
{
  TG_COLUMN_DEFAULT = 0,       /* left-aligned, wraps at word boundaries */
  TG_COLUMN_NO_WRAP = 1 << 0,  /* never broken, e.g. a person's name: the
                                * column widens (or, at worst, the text
                                * shrinks) until the longest cell fits */
  TG_COLUMN_CENTER  = 1 << 1,
  TG_COLUMN_RIGHT   = 1 << 2,
} TgColumnFlags;

typedef struct
{
  const char    *title;  /* header text (plain); all NULL: no header row */
  double         width;  /* share of the text width; shares are normalized */
  TgColumnFlags  flags;
} TgDocumentColumn;

typedef enum
{
  TG_TABLE_DEFAULT    = 0,       /* ruled grid, header on every page */
  TG_TABLE_NO_BORDERS = 1 << 0,  /* for aligned lines ("date  № …  city") */
} TgTableFlags;

typedef enum
{
  TG_PAGE_NUMBERS_TOP,     /* centered in the top margin (the default) */
  TG_PAGE_NUMBERS_BOTTOM,  /* centered in the bottom margin */
  TG_PAGE_NUMBERS_NONE,
} TgPageNumbers;

#define TG_TYPE_DOCUMENT (tg_document_get_type ())
G_DECLARE_FINAL_TYPE (TgDocument, tg_document, TG, DOCUMENT, GObject)

GQuark      tg_document_error_quark     (void);

TgDocument *tg_document_new             (void);

/* The language of the text ("kk", "ru"), for shaping and font choice. */
void        tg_document_set_language    (TgDocument    *self,
                                         const char    *language);
const char *tg_document_get_language    (TgDocument    *self);
/* The PDF title. */
void        tg_document_set_title       (TgDocument    *self,
                                         const char    *title);
const char *tg_document_get_title       (TgDocument    *self);
/* The PDF creation date; NULL (the default) writes none, so that the same
 * document always gives the same bytes. */
void        tg_document_set_creation_date (TgDocument  *self,
                                           GDateTime   *date);
void        tg_document_set_page_numbers (TgDocument   *self,
                                          TgPageNumbers position);
/* What to check before signing (never printed): a setting blank on the
 * document's date, a text there is only in the other language. In the
 * interface language. */
void        tg_document_add_note        (TgDocument    *self,
                                         const char    *note);
const char * const *tg_document_get_notes (TgDocument  *self);

/* Escapes user text for the markup arguments below. */
char       *tg_document_escape          (const char    *text);
/* Escapes @text and keeps it on one line: for dates ("2026 жылғы
 * 25 қарашадағы"), numbers ("№ 214-к") and initials with a surname. */
char       *tg_document_escape_unbreakable (const char *text);

/* Centered bold line(s), kept with what follows. */
guint       tg_document_add_title       (TgDocument    *self,
                                         const char    *text);
guint       tg_document_add_paragraph   (TgDocument    *self,
                                         const char    *markup,
                                         TgParagraphFlags flags);
guint       tg_document_add_text        (TgDocument    *self,
                                         const char    *text,
                                         TgParagraphFlags flags);
/* "1. …" with a hanging indent: wrapped lines align with the text.
 * @number is plain text. */
guint       tg_document_add_clause      (TgDocument    *self,
                                         const char    *number,
                                         const char    *markup);
/* A table; fill it with tg_document_add_table_row().  It breaks between
 * rows only, repeating the header row on each page. */
guint       tg_document_add_table       (TgDocument             *self,
                                         const TgDocumentColumn *columns,
                                         guint                   n_columns,
                                         TgTableFlags            flags);
/* One cell per column, plain text (NULL for an empty cell). */
void        tg_document_add_table_row   (TgDocument         *self,
                                         guint               table,
                                         const char * const *cells);
void        tg_document_add_table_row_markup (TgDocument         *self,
                                              guint               table,
                                              const char * const *cells);
/* The position on the left (wrapping), the name on the right on the
 * baseline of the left part's last line (never wrapping).  Never split,
 * and never alone on a page: the end of the preceding block moves with
 * it.  Both are markup. */
guint       tg_document_add_signature   (TgDocument    *self,
                                         const char    *left_markup,
                                         const char    *right_markup);
/* Vertical space; dropped at the top of a page. */
guint       tg_document_add_space       (TgDocument    *self,
                                         double         mm);
guint       tg_document_add_page_break  (TgDocument    *self);

/* Block settings, for paragraphs, titles, clauses and tables. */
void        tg_document_set_spacing     (TgDocument    *self,
                                         guint          block,
                                         double         before_mm,
                                         double         after_mm);
void        tg_document_set_font_size   (TgDocument    *self,
                                         guint          block,
                                         double         size_pt);
void        tg_document_set_first_line_indent (TgDocument *self,
                                               guint       block,
                                               double      indent_mm);
void        tg_document_set_keep_with_next (TgDocument *self,
                                            guint       block,
                                            gboolean    keep);

guint       tg_document_get_n_blocks    (TgDocument    *self);

/* Lays the document out using @cr's font options (NULL: those of a PDF
 * file) and returns the number of pages.  Metric hinting is always off, so
 * the pages break in the same places on screen, on paper and in a PDF.
 * Called implicitly by the functions below; adding blocks undoes it. */
guint       tg_document_paginate        (TgDocument    *self,
                                         cairo_t       *cr);
guint       tg_document_get_n_pages     (TgDocument    *self);

/* Draws page @page_nr (from 0) scaled to fit @width × @height in @cr's
 * user units, centered; for a PDF or a GtkPrintContext in points at full
 * page that is TG_DOCUMENT_PAGE_WIDTH × TG_DOCUMENT_PAGE_HEIGHT. */
void        tg_document_render_page     (TgDocument    *self,
                                         cairo_t       *cr,
                                         guint          page_nr,
                                         double         width,
                                         double         height);
/* Writes all pages to @path atomically: the file is either complete or
 * not there (any previous file is kept on error). The file is readable by
 * its owner only (mode 0600). */
gboolean    tg_document_write_pdf       (TgDocument    *self,
                                         const char    *path,
                                         GError       **error);

/* Glyphs the fonts could not draw; 0 for a correctly set-up system. */
guint       tg_document_get_unknown_glyphs (TgDocument *self);

/* The page (from 0) on which @block starts and ends, -1 if it is empty. */
int         tg_document_get_block_page  (TgDocument    *self,
                                         guint          block);
int         tg_document_get_block_end_page (TgDocument *self,
                                            guint       block);
/* The page of row @row of table @table. */
int         tg_document_get_table_row_page (TgDocument *self,
                                            guint       table,
                                            guint       row);
/* How many times the header row of @table is drawn (once per page). */
guint       tg_document_get_table_header_count (TgDocument *self,
                                                guint       table);

G_END_DECLS
