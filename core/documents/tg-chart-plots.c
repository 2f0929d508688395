/* tg-chart-plots.c — the three kinds of plot
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each plot fills the canvas rectangle left by the title and legend. All
 * lengths derive from the base text size, so a chart looks the same at
 * any size.
 */
#define G_LOG_DOMAIN "tg-chart"

#include "config.h"

#include <math.h>

#include "tg-chart-private.h"

static void
ink (cairo_t *cr,
     double   grey)
{
  cairo_set_source_rgb (cr, grey, grey, grey);
}

/* The value axis: from 0 to a round number above @max. */
static double
axis_top (double  max,
          double *step)
{
  *step = _tg_chart_nice_step (max, 5);
  return MAX (*step, ceil (max / *step) * *step);
}

/* ------------------------------------------------------------------ bars */

static double
widest_label (TgChart       *self,
              TgChartCanvas *c,
              double         scale)
{
  double widest = 0, w;

  for (guint i = 0; i < self->categories->len; i++)
    {
      _tg_chart_text_size (c, g_ptr_array_index (self->categories, i), scale, FALSE, 0, &w, NULL);
      widest = MAX (widest, w);
    }
  return widest;
}

static void
bars_grid (TgChartCanvas *c,
           double         left,
           double         width,
           double         top,
           double         bottom,
           double         max,
           double         step)
{
  cairo_set_line_width (c->cr, MAX (0.5, c->font / 16));
  for (double v = 0; v <= max + step / 2; v += step)
    {
      g_autofree char *label = _tg_chart_format (v);
      double x = left + width * v / max;

      ink (c->cr, v == 0 ? 0.3 : 0.85);
      cairo_move_to (c->cr, x, top);
      cairo_line_to (c->cr, x, bottom);
      cairo_stroke (c->cr);
      ink (c->cr, 0.35);
      _tg_chart_text (c, label, x, bottom + c->font * 0.2, TG_ALIGN_CENTER, 0.85, FALSE, 0);
    }
}

/* Right-aligned in the label column, one or two lines. */
static void
bar_label (TgChart       *self,
           TgChartCanvas *c,
           guint          i,
           double         right,
           double         middle,
           double         scale,
           double         width)
{
  double h;

  _tg_chart_text_size (c, g_ptr_array_index (self->categories, i), scale, FALSE, width, NULL, &h);
  pango_layout_set_alignment (c->layout, PANGO_ALIGN_RIGHT);
  ink (c->cr, TG_CHART_INK);
  cairo_move_to (c->cr, right - width, middle - h / 2);
  pango_cairo_show_layout (c->cr, c->layout);
  pango_layout_set_alignment (c->layout, PANGO_ALIGN_LEFT);
}

static void
bar_values (TgChart       *self,
            TgChartCanvas *c,
            guint          i,
            double         left,
            double         width,
            double         top,
            double         bar,
            double         max,
            double         scale)
{
  guint ns = self->series->len;
  double text_scale = 0.85 * MIN (scale, bar / c->font * 1.1), th;

  for (guint s = 0; s < ns; s++)
    {
      double v = _tg_chart_value (self, s, i);
      double w = width * v / max, y = top + s * bar;
      g_autofree char *text = _tg_chart_format (v);

      _tg_chart_set_color (c->cr, self->kind, s, ns);
      cairo_rectangle (c->cr, left, y, w, bar * 0.92);
      cairo_fill (c->cr);
      if (bar < c->font * 0.45)
        continue;  /* no room for the value */
      ink (c->cr, TG_CHART_INK);
      _tg_chart_text_size (c, text, text_scale, FALSE, 0, NULL, &th);
      _tg_chart_text (c, text, left + w + c->font * 0.25, y + (bar * 0.92 - th) / 2,
                      TG_ALIGN_LEFT, text_scale, FALSE, 0);
    }
}

void
_tg_chart_plot_bars (TgChart       *self,
                     TgChartCanvas *c)
{
  guint n = self->categories->len, ns = self->series->len;
  double step, max = axis_top (_tg_chart_max_value (self), &step);
  g_autofree char *widest_value = _tg_chart_format (max);
  double value_w, axis_h, label_w, left, width, slot, scale, bar;

  /* many categories in little height: smaller labels, never under 5 units */
  scale = MIN (1.0, c->h / (n + 2) / (c->font * 1.25));
  scale = MAX (scale, 5 / c->font);
  _tg_chart_text_size (c, widest_value, 0.85 * scale, FALSE, 0, &value_w, &axis_h);
  axis_h = axis_h / scale + c->font * 0.4;
  slot = (c->h - axis_h) / n;
  /* labels too long for the column wrap onto a second line, a little
   * smaller if need be, where the rows leave room */
  label_w = widest_label (self, c, scale);
  if (label_w > c->w * 0.38 && slot / (c->font * 2.5) >= 0.75)
    {
      c->lines = 2;
      scale = MIN (scale, slot / (c->font * 2.5));
      label_w = MIN (widest_label (self, c, scale) * 0.6, c->w * 0.38);
    }
  label_w = MIN (label_w, c->w * 0.38);
  left = c->x + label_w + c->font * 0.6;
  width = c->w - (left - c->x) - value_w - c->font * 0.8;
  bar = slot * 0.72 / ns;

  bars_grid (c, left, width, c->y, c->y + c->h - axis_h, max, step);
  for (guint i = 0; i < n; i++)
    {
      bar_label (self, c, i, left - c->font * 0.4, c->y + (i + 0.5) * slot, scale, label_w);
      bar_values (self, c, i, left, width, c->y + i * slot + slot * 0.14, bar, max, scale);
    }
  c->lines = 1;
}

/* ----------------------------------------------------------------- trend */

static double
value_axis (TgChartCanvas *c,
            double         left,
            double         right,
            double         top,
            double         bottom,
            double         max,
            double         step)
{
  cairo_set_line_width (c->cr, MAX (0.5, c->font / 16));
  for (double v = 0; v <= max + step / 2; v += step)
    {
      g_autofree char *label = _tg_chart_format (v);
      double y = bottom - (bottom - top) * v / max, h;

      ink (c->cr, v == 0 ? 0.3 : 0.85);
      cairo_move_to (c->cr, left, y);
      cairo_line_to (c->cr, right, y);
      cairo_stroke (c->cr);
      ink (c->cr, 0.35);
      _tg_chart_text_size (c, label, 0.85, FALSE, 0, NULL, &h);
      _tg_chart_text (c, label, left - c->font * 0.4, y - h / 2, TG_ALIGN_RIGHT, 0.85, FALSE, 0);
    }
  return left;
}

/* Category labels under the axis, every k-th so that none overlap. */
static void
category_axis (TgChart       *self,
               TgChartCanvas *c,
               double         left,
               double         slot,
               double         y)
{
  double widest = widest_label (self, c, 0.85);
  guint every = MAX (1, (guint) ceil ((widest + c->font) / slot));

  ink (c->cr, 0.35);
  for (guint i = 0; i < self->categories->len; i += every)
    _tg_chart_text (c, g_ptr_array_index (self->categories, i), left + (i + 0.5) * slot,
                    y + c->font * 0.3, TG_ALIGN_CENTER, 0.85, FALSE, 0);
}

static void
trend_line (TgChart       *self,
            TgChartCanvas *c,
            guint          s,
            double         left,
            double         slot,
            double         bottom,
            double         height,
            double         max)
{
  guint n = self->categories->len;
  double r = MAX (1.5, c->font / 5);

  _tg_chart_set_color (c->cr, self->kind, s, self->series->len);
  cairo_set_line_width (c->cr, MAX (1, c->font / 7));
  cairo_set_line_join (c->cr, CAIRO_LINE_JOIN_ROUND);
  for (guint i = 0; i < n; i++)
    {
      double x = left + (i + 0.5) * slot, y = bottom - height * _tg_chart_value (self, s, i) / max;
      if (i == 0)
        cairo_move_to (c->cr, x, y);
      else
        cairo_line_to (c->cr, x, y);
    }
  cairo_stroke (c->cr);
  if (slot < r * 3)
    return;  /* too dense for markers */
  for (guint i = 0; i < n; i++)
    {
      cairo_arc (c->cr, left + (i + 0.5) * slot, bottom - height * _tg_chart_value (self, s, i) / max,
                 r, 0, 2 * G_PI);
      cairo_fill (c->cr);
    }
}

/* Few points: their values over them. */
static void
trend_values (TgChart       *self,
              TgChartCanvas *c,
              double         left,
              double         slot,
              double         bottom,
              double         height,
              double         max)
{
  double widest = 0, w;

  if (self->series->len != 1)
    return;
  for (guint i = 0; i < self->categories->len; i++)
    {
      g_autofree char *text = _tg_chart_format (_tg_chart_value (self, 0, i));
      _tg_chart_text_size (c, text, 0.8, FALSE, 0, &w, NULL);
      widest = MAX (widest, w);
    }
  if (widest > slot * 0.95)
    return;
  ink (c->cr, TG_CHART_INK);
  for (guint i = 0; i < self->categories->len; i++)
    {
      g_autofree char *text = _tg_chart_format (_tg_chart_value (self, 0, i));
      double y = bottom - height * _tg_chart_value (self, 0, i) / max;
      _tg_chart_text (c, text, left + (i + 0.5) * slot, y - c->font * 1.45, TG_ALIGN_CENTER, 0.8, FALSE, 0);
    }
}

void
_tg_chart_plot_trend (TgChart       *self,
                      TgChartCanvas *c)
{
  double step, max = axis_top (_tg_chart_max_value (self) * 1.08, &step);
  g_autofree char *widest_value = _tg_chart_format (max);
  double value_w, label_h, left, bottom, top, slot;

  _tg_chart_text_size (c, widest_value, 0.85, FALSE, 0, &value_w, &label_h);
  left = c->x + value_w + c->font * 0.6;
  top = c->y + label_h / 2;
  bottom = c->y + c->h - label_h - c->font * 0.4;
  slot = (c->x + c->w - left) / self->categories->len;

  value_axis (c, left, c->x + c->w, top, bottom, max, step);
  category_axis (self, c, left, slot, bottom);
  for (guint s = 0; s < self->series->len; s++)
    trend_line (self, c, s, left, slot, bottom, bottom - top, max);
  trend_values (self, c, left, slot, bottom, bottom - top, max);
}

/* ------------------------------------------------------------------- mix */

static void
mix_bar (TgChart       *self,
         TgChartCanvas *c,
         double         total,
         double         height)
{
  guint n = self->categories->len;
  double x = c->x;

  for (guint i = 0; i < n; i++)
    {
      double v = _tg_chart_value (self, 0, i), w = c->w * v / total, tw;
      g_autofree char *pct = g_strdup_printf ("%.0f %%", 100 * v / total);

      _tg_chart_set_color (c->cr, self->kind, i, n);
      cairo_rectangle (c->cr, x, c->y, w, height);
      cairo_fill (c->cr);
      _tg_chart_text_size (c, pct, 1.0, TRUE, 0, &tw, NULL);
      if (tw + c->font * 0.6 < w)
        {
          ink (c->cr, _tg_chart_luminance (self->kind, i, n) > 0.5 ? TG_CHART_INK : 1.0);
          _tg_chart_text (c, pct, x + w / 2, c->y + height / 2 - c->font * 0.65,
                          TG_ALIGN_CENTER, 1.0, TRUE, 0);
        }
      x += w;
    }
}

/* One line per share: swatch, name, count, per cent. */
static void
mix_legend (TgChart       *self,
            TgChartCanvas *c,
            double         total,
            double         top)
{
  guint n = self->categories->len;
  double row = c->font * 1.5, sw = c->font * 0.9;
  double scale = MIN (1.0, (c->y + c->h - top) / (n * row));

  row *= scale;
  for (guint i = 0; i < n; i++)
    {
      double v = _tg_chart_value (self, 0, i), y = top + i * row;
      g_autofree char *count = _tg_chart_format (v);
      g_autofree char *pct = g_strdup_printf ("%.1f %%", 100 * v / total);

      _tg_chart_set_color (c->cr, self->kind, i, n);
      cairo_rectangle (c->cr, c->x, y + (row - sw * scale) / 2, sw * scale, sw * scale);
      cairo_fill (c->cr);
      ink (c->cr, TG_CHART_INK);
      _tg_chart_text (c, g_ptr_array_index (self->categories, i), c->x + sw * 1.6, y, TG_ALIGN_LEFT,
                      scale, FALSE, c->w * 0.55);
      _tg_chart_text (c, count, c->x + c->w * 0.78, y, TG_ALIGN_RIGHT, scale, TRUE, 0);
      _tg_chart_text (c, pct, c->x + c->w, y, TG_ALIGN_RIGHT, scale, FALSE, 0);
    }
}

void
_tg_chart_plot_mix (TgChart       *self,
                    TgChartCanvas *c)
{
  double total = 0, height, legend, block;

  for (guint i = 0; i < self->categories->len; i++)
    total += MAX (0, _tg_chart_value (self, 0, i));
  height = MIN (c->h * 0.3, c->font * 3.2);
  legend = self->categories->len * c->font * 1.5;
  /* the bar and its legend sit in the middle of the space */
  block = height + c->font * 1.2 + legend;
  if (block < c->h)
    {
      c->y += (c->h - block) / 3;
      c->h -= (c->h - block) / 3;
    }
  mix_bar (self, c, total, height);
  mix_legend (self, c, total, c->y + height + c->font * 1.2);
}
