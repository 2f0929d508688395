/* tg-chart-private.h — what tg-chart.c and tg-chart-plots.c share
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "tg-chart.h"

G_BEGIN_DECLS

typedef struct
{
  char   *name;
  GArray *values;   /* double, one per category */
} TgChartSeries;

struct _TgChart
{
  GObject      parent_instance;

  TgChartKind  kind;
  char        *title;
  char        *subtitle;
  GPtrArray   *categories;  /* char * */
  GPtrArray   *series;      /* TgChartSeries * */
};

/* Where a plot draws: the rectangle left after title and legend, and the
 * base text size, which everything scales with. */
typedef struct
{
  cairo_t     *cr;
  PangoLayout *layout;
  double       font;      /* base text size in user units */
  double       x, y, w, h;
  int          lines;     /* text with a maximum width: lines before the ellipsis */
} TgChartCanvas;

typedef enum
{
  TG_ALIGN_LEFT,
  TG_ALIGN_CENTER,
  TG_ALIGN_RIGHT,
} TgAlign;

#define TG_CHART_INK 0.15   /* text grey level */

/* Sets @text in the canvas' layout at @scale × the base size; returns its
 * logical width and height. @max_width > 0 wraps into c->lines lines and
 * ellipsizes the last. */
void    _tg_chart_text_size   (TgChartCanvas *c,
                               const char    *text,
                               double         scale,
                               gboolean       bold,
                               double         max_width,
                               double        *width,
                               double        *height);
/* Draws @text with its top at @y, aligned on @x. */
void    _tg_chart_text        (TgChartCanvas *c,
                               const char    *text,
                               double         x,
                               double         y,
                               TgAlign        align,
                               double         scale,
                               gboolean       bold,
                               double         max_width);
void    _tg_chart_set_color   (cairo_t       *cr,
                               TgChartKind    kind,
                               guint          index,
                               guint          n);
/* Luminance of that colour, 0…1 (for the text drawn on it). */
double  _tg_chart_luminance   (TgChartKind    kind,
                               guint          index,
                               guint          n);
/* A round step (1, 2 or 5 × 10ⁿ) that divides 0…@max in about @ticks. */
double  _tg_chart_nice_step   (double         max,
                               guint          ticks);
/* "12 345" (narrow no-break space between thousands), "3.5". */
char   *_tg_chart_format      (double         value);
double  _tg_chart_value       (TgChart       *self,
                               guint          series,
                               guint          category);
double  _tg_chart_max_value   (TgChart       *self);

void    _tg_chart_plot_bars   (TgChart       *self,
                               TgChartCanvas *c);
void    _tg_chart_plot_trend  (TgChart       *self,
                               TgChartCanvas *c);
void    _tg_chart_plot_mix    (TgChart       *self,
                               TgChartCanvas *c);

G_END_DECLS
