/* tg-chart.c — the chart object, its frame (title, legend) and files
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-chart"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "tg-chart-private.h"
#include "tg-output-file.h"

G_DEFINE_QUARK (tg-chart-error-quark, tg_chart_error)
G_DEFINE_FINAL_TYPE (TgChart, tg_chart, G_TYPE_OBJECT)

#define FONT_FAMILY "PT Sans, DejaVu Sans, Sans"
#define MIN_PIXELS 100
#define MAX_PIXELS 10000

static void
series_free (gpointer data)
{
  TgChartSeries *s = data;

  g_free (s->name);
  g_array_unref (s->values);
  g_free (s);
}

static void
tg_chart_finalize (GObject *object)
{
  TgChart *self = TG_CHART (object);

  g_free (self->title);
  g_free (self->subtitle);
  g_ptr_array_unref (self->categories);
  g_ptr_array_unref (self->series);

  G_OBJECT_CLASS (tg_chart_parent_class)->finalize (object);
}

static void
tg_chart_class_init (TgChartClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tg_chart_finalize;
}

static void
tg_chart_init (TgChart *self)
{
  self->categories = g_ptr_array_new_with_free_func (g_free);
  self->series = g_ptr_array_new_with_free_func (series_free);
}

TgChart *
tg_chart_new (TgChartKind kind)
{
  TgChart *self = g_object_new (TG_TYPE_CHART, NULL);

  self->kind = kind;
  return self;
}

TgChartKind
tg_chart_get_kind (TgChart *self)
{
  g_return_val_if_fail (TG_IS_CHART (self), TG_CHART_BARS);
  return self->kind;
}

void
tg_chart_set_title (TgChart    *self,
                    const char *title)
{
  g_return_if_fail (TG_IS_CHART (self));
  g_free (self->title);
  self->title = g_strdup (title);
}

void
tg_chart_set_subtitle (TgChart    *self,
                       const char *subtitle)
{
  g_return_if_fail (TG_IS_CHART (self));
  g_free (self->subtitle);
  self->subtitle = g_strdup (subtitle);
}

guint
tg_chart_add_category (TgChart    *self,
                       const char *label)
{
  g_return_val_if_fail (TG_IS_CHART (self), 0);

  g_ptr_array_add (self->categories, g_strdup (label ? label : ""));
  for (guint i = 0; i < self->series->len; i++)
    {
      TgChartSeries *s = g_ptr_array_index (self->series, i);
      g_array_set_size (s->values, self->categories->len);
    }
  return self->categories->len - 1;
}

guint
tg_chart_add_series (TgChart    *self,
                     const char *name)
{
  TgChartSeries *s;

  g_return_val_if_fail (TG_IS_CHART (self), 0);

  s = g_new0 (TgChartSeries, 1);
  s->name = g_strdup (name);
  s->values = g_array_new (FALSE, TRUE, sizeof (double));
  g_array_set_size (s->values, self->categories->len);
  g_ptr_array_add (self->series, s);
  return self->series->len - 1;
}

void
tg_chart_set_value (TgChart *self,
                    guint    series,
                    guint    category,
                    double   value)
{
  TgChartSeries *s;

  g_return_if_fail (TG_IS_CHART (self));
  g_return_if_fail (series < self->series->len);
  g_return_if_fail (category < self->categories->len);

  s = g_ptr_array_index (self->series, series);
  g_array_index (s->values, double, category) = isfinite (value) ? value : 0;
}

guint
tg_chart_get_n_categories (TgChart *self)
{
  g_return_val_if_fail (TG_IS_CHART (self), 0);
  return self->categories->len;
}

double
_tg_chart_value (TgChart *self,
                 guint    series,
                 guint    category)
{
  TgChartSeries *s = g_ptr_array_index (self->series, series);
  return g_array_index (s->values, double, category);
}

double
_tg_chart_max_value (TgChart *self)
{
  double max = 0;

  for (guint s = 0; s < self->series->len; s++)
    for (guint i = 0; i < self->categories->len; i++)
      max = MAX (max, _tg_chart_value (self, s, i));
  return max;
}

/* --------------------------------------------------------------- helpers */

void
_tg_chart_text_size (TgChartCanvas *c,
                     const char    *text,
                     double         scale,
                     gboolean       bold,
                     double         max_width,
                     double        *width,
                     double        *height)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT_FAMILY);
  PangoRectangle logical;

  pango_font_description_set_absolute_size (font, c->font * scale * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (c->layout, font);
  pango_layout_set_ellipsize (c->layout, max_width > 0 ? PANGO_ELLIPSIZE_END : PANGO_ELLIPSIZE_NONE);
  pango_layout_set_width (c->layout, max_width > 0 ? (int) (max_width * PANGO_SCALE) : -1);
  pango_layout_set_wrap (c->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_height (c->layout, -MAX (1, c->lines));
  pango_layout_set_text (c->layout, text, -1);
  pango_layout_get_extents (c->layout, NULL, &logical);
  if (width != NULL)
    *width = (double) logical.width / PANGO_SCALE;
  if (height != NULL)
    *height = (double) logical.height / PANGO_SCALE;
}

void
_tg_chart_text (TgChartCanvas *c,
                const char    *text,
                double         x,
                double         y,
                TgAlign        align,
                double         scale,
                gboolean       bold,
                double         max_width)
{
  double w;

  _tg_chart_text_size (c, text, scale, bold, max_width, &w, NULL);
  if (align == TG_ALIGN_CENTER)
    x -= w / 2;
  else if (align == TG_ALIGN_RIGHT)
    x -= w;
  cairo_move_to (c->cr, x, y);
  pango_cairo_show_layout (c->cr, c->layout);
}

/* Series colours differ in hue and in lightness; shares (MIX) run from
 * light to dark, so severity light → fatal reads in grey too. */
static const double series_colors[][3] = {
  { 0.16, 0.35, 0.56 }, { 0.91, 0.58, 0.18 }, { 0.38, 0.63, 0.32 },
  { 0.70, 0.22, 0.22 }, { 0.49, 0.36, 0.66 }, { 0.50, 0.50, 0.50 },
};
static const double share_colors[][3] = {
  { 0.73, 0.82, 0.91 }, { 0.96, 0.74, 0.38 }, { 0.87, 0.45, 0.15 },
  { 0.66, 0.18, 0.14 }, { 0.38, 0.06, 0.06 }, { 0.55, 0.62, 0.72 },
  { 0.30, 0.38, 0.50 }, { 0.12, 0.16, 0.24 },
};

static const double *
color_of (TgChartKind kind,
          guint       index,
          guint       n)
{
  if (kind != TG_CHART_MIX)
    return series_colors[index % G_N_ELEMENTS (series_colors)];
  /* few shares: spread them over the light-to-dark ramp */
  if (n <= 3)
    index = index * 2 + (n < 3 ? 1 : 0);
  return share_colors[MIN (index, G_N_ELEMENTS (share_colors) - 1)];
}

void
_tg_chart_set_color (cairo_t     *cr,
                     TgChartKind  kind,
                     guint        index,
                     guint        n)
{
  const double *rgb = color_of (kind, index, n);
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
}

double
_tg_chart_luminance (TgChartKind kind,
                     guint       index,
                     guint       n)
{
  const double *rgb = color_of (kind, index, n);
  return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
}

double
_tg_chart_nice_step (double max,
                     guint  ticks)
{
  double raw, magnitude, f;

  if (max <= 0 || ticks == 0)
    return 1;
  raw = max / ticks;
  magnitude = pow (10, floor (log10 (raw)));
  f = raw / magnitude;
  f = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
  return MAX (1, f * magnitude);
}

char *
_tg_chart_format (double value)
{
  g_autofree char *digits = NULL;
  GString *out;
  gsize len, lead;

  if (fabs (value - round (value)) > 1e-9)
    return g_strdup_printf ("%.1f", value);
  digits = g_strdup_printf ("%.0f", fabs (value));
  len = strlen (digits);
  lead = len % 3 ? len % 3 : 3;
  out = g_string_new (value < 0 ? "−" : "");
  g_string_append_len (out, digits, lead);
  for (gsize i = lead; i < len; i += 3)
    {
      g_string_append (out, "\u202f");
      g_string_append_len (out, digits + i, 3);
    }
  return g_string_free (out, FALSE);
}

/* ------------------------------------------------------------------ frame */

static void
draw_heading (TgChart       *self,
              TgChartCanvas *c)
{
  double h;

  cairo_set_source_rgb (c->cr, TG_CHART_INK, TG_CHART_INK, TG_CHART_INK);
  if (self->title != NULL)
    {
      _tg_chart_text_size (c, self->title, 1.3, TRUE, c->w, NULL, &h);
      _tg_chart_text (c, self->title, c->x, c->y, TG_ALIGN_LEFT, 1.3, TRUE, c->w);
      c->y += h;
      c->h -= h;
    }
  if (self->subtitle != NULL)
    {
      cairo_set_source_rgb (c->cr, 0.35, 0.35, 0.35);
      _tg_chart_text_size (c, self->subtitle, 0.95, FALSE, c->w, NULL, &h);
      _tg_chart_text (c, self->subtitle, c->x, c->y, TG_ALIGN_LEFT, 0.95, FALSE, c->w);
      c->y += h;
      c->h -= h;
    }
  c->y += c->font * 0.6;
  c->h -= c->font * 0.6;
}

/* With several series, a row of swatches and names. */
static void
draw_legend (TgChart       *self,
             TgChartCanvas *c)
{
  double x = c->x, sw = c->font * 0.9, h = 0;

  if (self->series->len < 2 || self->kind == TG_CHART_MIX)
    return;
  for (guint i = 0; i < self->series->len; i++)
    {
      TgChartSeries *s = g_ptr_array_index (self->series, i);
      double w;

      _tg_chart_text_size (c, s->name ? s->name : "", 0.95, FALSE, 0, &w, &h);
      _tg_chart_set_color (c->cr, self->kind, i, self->series->len);
      cairo_rectangle (c->cr, x, c->y + (h - sw) / 2, sw, sw);
      cairo_fill (c->cr);
      cairo_set_source_rgb (c->cr, TG_CHART_INK, TG_CHART_INK, TG_CHART_INK);
      _tg_chart_text (c, s->name ? s->name : "", x + sw * 1.4, c->y, TG_ALIGN_LEFT, 0.95, FALSE, 0);
      x += sw * 1.4 + w + c->font * 1.5;
    }
  c->y += h + c->font * 0.5;
  c->h -= h + c->font * 0.5;
}

static gboolean
has_data (TgChart *self)
{
  return self->categories->len > 0 && self->series->len > 0 && _tg_chart_max_value (self) > 0;
}

void
tg_chart_draw (TgChart *self,
               cairo_t *cr,
               double   width,
               double   height)
{
  /* about 40 lines of text in the height; 6 pt is the least print allows */
  tg_chart_draw_with_font (self, cr, width, height, CLAMP (MIN (height / 30, width / 45), 6, 28));
}

void
tg_chart_draw_with_font (TgChart *self,
                         cairo_t *cr,
                         double   width,
                         double   height,
                         double   font)
{
  TgChartCanvas c = { cr, NULL, 0, 0, 0, width, height, 1 };
  double margin;

  g_return_if_fail (TG_IS_CHART (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (font > 0);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill (cr);
  c.font = font;
  margin = c.font * 1.2;
  c.x = c.y = margin;
  c.w = width - 2 * margin;
  c.h = height - 2 * margin;
  c.layout = pango_cairo_create_layout (cr);

  draw_heading (self, &c);
  draw_legend (self, &c);
  if (!has_data (self))
    {
      cairo_set_source_rgb (cr, 0.45, 0.45, 0.45);
      _tg_chart_text (&c, _("No accidents in this period"), c.x + c.w / 2, c.y + c.h / 2 - c.font,
                      TG_ALIGN_CENTER, 1.1, FALSE, 0);
    }
  else if (c.w > c.font * 4 && c.h > c.font * 3)
    {
      if (self->kind == TG_CHART_BARS)
        _tg_chart_plot_bars (self, &c);
      else if (self->kind == TG_CHART_TREND)
        _tg_chart_plot_trend (self, &c);
      else
        _tg_chart_plot_mix (self, &c);
    }
  g_object_unref (c.layout);
  cairo_restore (cr);
}

/* ------------------------------------------------------------------ files */

cairo_status_t
tg_chart_append_bytes (void                *closure,
                       const unsigned char *data,
                       unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

gboolean
tg_chart_write_bytes (const char  *path,
                      GByteArray  *bytes,
                      GError     **error)
{
  g_autoptr(GError) local = NULL;

  /* Reports are the Committee's own: private, as every file it writes. */
  if (tg_output_file_set_contents (path, bytes->data, bytes->len, &local))
    return TRUE;
  g_set_error (error, TG_CHART_ERROR, TG_CHART_ERROR_WRITE,
               _("Cannot write %s: %s"), path, local->message);
  return FALSE;
}

static gboolean
check_status (cairo_surface_t *surface,
              const char      *path,
              GError         **error)
{
  cairo_status_t status = cairo_surface_status (surface);

  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, TG_CHART_ERROR, TG_CHART_ERROR_RENDER,
               _("Cannot draw the chart for %s: %s"), path, cairo_status_to_string (status));
  return FALSE;
}

gboolean
tg_chart_write_png (TgChart     *self,
                    const char  *path,
                    int          width,
                    int          height,
                    GError     **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_t *cr;
  gboolean ok;

  g_return_val_if_fail (TG_IS_CHART (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (width < MIN_PIXELS || height < MIN_PIXELS || width > MAX_PIXELS || height > MAX_PIXELS)
    {
      g_set_error (error, TG_CHART_ERROR, TG_CHART_ERROR_SIZE,
                   _("A chart image must be %d to %d pixels wide and high; %d × %d was asked."),
                   MIN_PIXELS, MAX_PIXELS, width, height);
      return FALSE;
    }
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cr = cairo_create (surface);
  tg_chart_draw (self, cr, width, height);
  cairo_destroy (cr);
  ok = check_status (surface, path, error);
  if (ok && cairo_surface_write_to_png_stream (surface, tg_chart_append_bytes, bytes) != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, TG_CHART_ERROR, TG_CHART_ERROR_RENDER,
                   _("Cannot encode the chart for %s as PNG."), path);
      ok = FALSE;
    }
  cairo_surface_destroy (surface);
  return ok && tg_chart_write_bytes (path, bytes, error);
}

gboolean
tg_chart_write_pdf (TgChart     *self,
                    const char  *path,
                    double       width,
                    double       height,
                    GError     **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_t *cr;
  gboolean ok;

  g_return_val_if_fail (TG_IS_CHART (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  surface = cairo_pdf_surface_create_for_stream (tg_chart_append_bytes, bytes, width, height);
  cr = cairo_create (surface);
  tg_chart_draw (self, cr, width, height);
  cairo_show_page (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  ok = check_status (surface, path, error);
  cairo_surface_destroy (surface);
  return ok && tg_chart_write_bytes (path, bytes, error);
}
