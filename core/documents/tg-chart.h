/* tg-chart.h — statistics charts drawn with Cairo and Pango
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A chart is data — categories, and one or more series of values over them
 * — drawn on any cairo_t at any size: a widget, a PDF page, a printed page
 * or a PNG. Text and marks scale with the size and stay readable in print:
 * values are written on the marks, colours differ in lightness too, so a
 * black-and-white copy still reads.
 */
#pragma once

#include <cairo.h>
#include <glib-object.h>

G_BEGIN_DECLS

#define TG_CHART_ERROR (tg_chart_error_quark ())

typedef enum
{
  TG_CHART_ERROR_SIZE,    /* a size outside 100…10 000 pixels */
  TG_CHART_ERROR_RENDER,  /* cairo could not draw */
  TG_CHART_ERROR_WRITE,   /* the file could not be written */
} TgChartError;

GQuark tg_chart_error_quark (void);

typedef enum
{
  TG_CHART_BARS,   /* horizontal bars per category (regions, sections) */
  TG_CHART_TREND,  /* lines over ordered categories (months, years) */
  TG_CHART_MIX,    /* shares of a whole: one divided bar and a legend */
} TgChartKind;

#define TG_TYPE_CHART (tg_chart_get_type ())
G_DECLARE_FINAL_TYPE (TgChart, tg_chart, TG, CHART, GObject)

TgChart    *tg_chart_new            (TgChartKind  kind);
TgChartKind tg_chart_get_kind       (TgChart     *self);
void        tg_chart_set_title      (TgChart     *self,
                                     const char  *title);
/* A second line under the title (the period, the source). */
void        tg_chart_set_subtitle   (TgChart     *self,
                                     const char  *subtitle);
/* Appends a category; returns its index. */
guint       tg_chart_add_category   (TgChart     *self,
                                     const char  *label);
/* Appends a series (its name shows in the legend when there are several);
 * returns its index. Values start at 0. */
guint       tg_chart_add_series     (TgChart     *self,
                                     const char  *name);
void        tg_chart_set_value      (TgChart     *self,
                                     guint        series,
                                     guint        category,
                                     double       value);
guint       tg_chart_get_n_categories (TgChart   *self);

/* Draws the chart in the rectangle 0,0 – @width × @height of @cr's user
 * space (pixels for an image, points for PDF and print), background
 * included. */
void        tg_chart_draw           (TgChart     *self,
                                     cairo_t     *cr,
                                     double       width,
                                     double       height);
/* The same with a base text size of @font user units: a screen wants text
 * it can read (labels are drawn at 0.8 to 1.3 of it), not text that shrinks
 * with the area. */
void        tg_chart_draw_with_font (TgChart     *self,
                                     cairo_t     *cr,
                                     double       width,
                                     double       height,
                                     double       font);
/* Writes a PNG of @width × @height pixels, atomically. */
gboolean    tg_chart_write_png      (TgChart     *self,
                                     const char  *path,
                                     int          width,
                                     int          height,
                                     GError     **error);
/* Writes a one-page PDF of @width × @height points, atomically. */
gboolean    tg_chart_write_pdf      (TgChart     *self,
                                     const char  *path,
                                     double       width,
                                     double       height,
                                     GError     **error);

/* Helpers shared with multi-page reports: draw to memory, then write the
 * bytes atomically (temporary file and rename). */
cairo_status_t tg_chart_append_bytes (void                *closure,
                                      const unsigned char *data,
                                      unsigned int         length);
gboolean    tg_chart_write_bytes    (const char  *path,
                                     GByteArray  *bytes,
                                     GError     **error);

G_END_DECLS
