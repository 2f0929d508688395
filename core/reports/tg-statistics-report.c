/* tg-statistics-report.c — CSV, chart images and the printed report
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-statistics"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "tg-dates.h"
#include "tg-document.h"
#include "tg-document-date-format.h"
#include "tg-statistics-report.h"

G_DEFINE_QUARK (tg-report-error-quark, tg_report_error)

#define DEFAULT_WIDTH 1600
#define DEFAULT_HEIGHT 1000
#define TOP_CAUSES 10

const char *
tg_stat_measure_label (TgStatMeasure measure)
{
  switch (measure)
    {
    case TG_STAT_CASES: return _("Accidents");
    case TG_STAT_VICTIMS: return _("Victims");
    case TG_STAT_DEATHS: return _("Deaths");
    case TG_STAT_SEVERE: return _("Severe injuries");
    default: g_return_val_if_reached (NULL);
    }
}

static guint
measure_of (TgStatRow     *row,
            TgStatMeasure  measure)
{
  switch (measure)
    {
    case TG_STAT_VICTIMS: return row->victims;
    case TG_STAT_DEATHS: return row->deaths;
    case TG_STAT_SEVERE: return row->severe;
    case TG_STAT_CASES:
    default: return row->cases;
    }
}

char *
tg_statistics_period_label (const char *from,
                            const char *to)
{
  /* As people read dates: "01.01.2026 – 31.12.2026". */
  g_autofree char *first = from != NULL ? tg_date_dup_shown (from) : NULL;
  g_autofree char *last = to != NULL ? tg_date_dup_shown (to) : NULL;

  if (from != NULL && first == NULL)
    first = g_strdup (from);
  if (to != NULL && last == NULL)
    last = g_strdup (to);
  if (first != NULL && last != NULL)
    return g_strdup_printf ("%s – %s", first, last);
  if (first != NULL)
    return g_strdup_printf (_("from %s"), first);
  if (last != NULL)
    return g_strdup_printf (_("until %s"), last);
  return g_strdup (_("all dates"));
}

static char *
official_date (const char *iso,
               const char *lang,
               TgDateForm  form)
{
  GDate date;

  return tg_date_parse (iso, &date) ? tg_date_format_official (&date, lang, form) : g_strdup (iso);
}

char *
tg_statistics_period_label_in (const char *from,
                               const char *to,
                               const char *lang)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  gboolean kk = g_strcmp0 (lang, "kk") == 0;

  if ((!kk && g_strcmp0 (lang, "ru") != 0) || (from == NULL && to == NULL))
    return tg_statistics_period_label (from, to);
  /* Kazakh: "…-дан/-ден бастап", "…-ға/-ге дейін"; Russian: "с …", "по …" */
  first = from != NULL ? official_date (from, lang, kk ? TG_DATE_FORM_ABLATIVE : TG_DATE_FORM_PLAIN) : NULL;
  last = to != NULL ? official_date (to, lang, kk ? TG_DATE_FORM_DATIVE : TG_DATE_FORM_PLAIN) : NULL;
  if (kk)
    return first != NULL && last != NULL ? g_strdup_printf ("%s %s дейін", first, last)
         : first != NULL ? g_strdup_printf ("%s бастап", first)
         : g_strdup_printf ("%s дейін", last);
  return first != NULL && last != NULL ? g_strdup_printf ("с %s по %s", first, last)
       : first != NULL ? g_strdup_printf ("с %s", first)
       : g_strdup_printf ("по %s", last);
}

/* -------------------------------------------------------------------- CSV */

static void
csv_field (GString    *out,
           const char *text,
           char        separator,
           gboolean    last)
{
  text = text != NULL ? text : "";
  if (strchr (text, separator) || strchr (text, '"') || strchr (text, '\n') || strchr (text, '\r'))
    {
      g_autoptr(GString) quoted = g_string_new (text);
      g_string_replace (quoted, "\"", "\"\"", 0);
      g_string_append_printf (out, "\"%s\"", quoted->str);
    }
  else
    g_string_append (out, text);
  g_string_append (out, last ? "\r\n" : (char[]) { separator, '\0' });
}

static void
csv_row (GString   *out,
         TgStatRow *row,
         gboolean   causes,
         char       separator)
{
  char number[4][16];

  g_snprintf (number[0], sizeof number[0], "%u", row->cases);
  g_snprintf (number[1], sizeof number[1], "%u", row->victims);
  g_snprintf (number[2], sizeof number[2], "%u", row->deaths);
  g_snprintf (number[3], sizeof number[3], "%u", row->severe);
  if (causes)
    {
      csv_field (out, row->label, separator, FALSE);
      csv_field (out, number[0], separator, TRUE);
      return;
    }
  csv_field (out, row->key, separator, FALSE);
  csv_field (out, row->label, separator, FALSE);
  for (guint i = 0; i < 4; i++)
    csv_field (out, number[i], separator, i == 3);
}

GBytes *
tg_statistics_to_csv (GListModel      *rows,
                      TgStatDimension  by,
                      char             separator)
{
  g_autoptr(TgStatRow) total = NULL;
  gboolean causes = by == TG_STAT_BY_CAUSE;
  GString *out = g_string_new ("\xef\xbb\xbf");   /* BOM: spreadsheets then read UTF-8 */
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (rows), NULL);
  g_return_val_if_fail (separator == ',' || separator == ';' || separator == '\t', NULL);

  if (causes)
    {
      csv_field (out, tg_stat_dimension_label (by), separator, FALSE);
      csv_field (out, _("Times found"), separator, TRUE);
    }
  else
    {
      csv_field (out, _("Code"), separator, FALSE);
      csv_field (out, tg_stat_dimension_label (by), separator, FALSE);
      for (TgStatMeasure m = TG_STAT_CASES; m <= TG_STAT_SEVERE; m++)
        csv_field (out, tg_stat_measure_label (m), separator, m == TG_STAT_SEVERE);
    }
  n = g_list_model_get_n_items (rows);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TgStatRow) row = g_list_model_get_item (rows, i);
      csv_row (out, row, causes, separator);
    }
  total = tg_statistics_total (rows);
  csv_row (out, total, causes, separator);
  return g_string_free_to_bytes (out);
}

/* ----------------------------------------------------------------- charts */

static TgChartKind
chart_kind (TgStatDimension by)
{
  switch (by)
    {
    case TG_STAT_BY_YEAR:
    case TG_STAT_BY_MONTH:
      return TG_CHART_TREND;
    case TG_STAT_BY_SEVERITY:
    case TG_STAT_BY_GROUP_SIZE:
    case TG_STAT_BY_JURISDICTION:
      return TG_CHART_MIX;
    case TG_STAT_BY_REGION:
    case TG_STAT_BY_ACTIVITY:
    case TG_STAT_BY_CAUSE:
    default:
      return TG_CHART_BARS;
    }
}

static char *
chart_title (TgStatDimension by,
             TgStatMeasure   measure)
{
  static const char * const by_phrases[] = {
    [TG_STAT_BY_REGION] = N_("by region"),
    [TG_STAT_BY_YEAR] = N_("by year"),
    [TG_STAT_BY_MONTH] = N_("by month"),
    [TG_STAT_BY_ACTIVITY] = N_("by economic activity"),
    [TG_STAT_BY_SEVERITY] = N_("by severity"),
    [TG_STAT_BY_GROUP_SIZE] = N_("by number of victims"),
    [TG_STAT_BY_JURISDICTION] = N_("by jurisdiction"),
  };

  if (by == TG_STAT_BY_CAUSE || (guint) by >= G_N_ELEMENTS (by_phrases))
    return g_strdup (_("Most frequent causes"));
  /* Translators: chart title, e.g. "Deaths by region": a measure, then
   * how it is grouped; reorder as "%2$s %1$s" if the language needs. */
  return g_strdup_printf (_("%1$s %2$s"), tg_stat_measure_label (measure), _(by_phrases[by]));
}

TgChart *
tg_statistics_chart (GListModel      *rows,
                     TgStatDimension  by,
                     TgStatMeasure    measure,
                     const char      *subtitle)
{
  TgChart *chart;
  g_autofree char *title = NULL;
  guint n, series, shown = 0;

  g_return_val_if_fail (G_IS_LIST_MODEL (rows), NULL);

  chart = tg_chart_new (chart_kind (by));
  title = chart_title (by, measure);
  tg_chart_set_title (chart, title);
  tg_chart_set_subtitle (chart, subtitle);
  series = tg_chart_add_series (chart, tg_stat_measure_label (measure));
  n = g_list_model_get_n_items (rows);
  for (guint i = 0; i < n && !(by == TG_STAT_BY_CAUSE && shown >= TOP_CAUSES); i++)
    {
      g_autoptr(TgStatRow) row = g_list_model_get_item (rows, i);

      /* a trend has no place for "date unknown"; shares none for zero */
      if ((chart_kind (by) == TG_CHART_TREND && (row->key == NULL || *row->key == '\0')) ||
          (chart_kind (by) == TG_CHART_MIX && measure_of (row, measure) == 0))
        continue;
      tg_chart_set_value (chart, series, tg_chart_add_category (chart, row->label), measure_of (row, measure));
      shown++;
    }
  return chart;
}

/* A trend of accidents and deaths: by month over up to three years, by
 * year beyond, so that a printed line stays legible. */
static TgChart *
trend_chart (GListModel *months,
             GListModel *years,
             const char *subtitle)
{
  GListModel *rows = g_list_model_get_n_items (months) > 36 ? years : months;
  gboolean by_year = rows == years;
  TgChart *chart = tg_chart_new (TG_CHART_TREND);
  guint n = g_list_model_get_n_items (rows);
  guint cases, deaths;

  tg_chart_set_title (chart, by_year ? _("Accidents and deaths by year") : _("Accidents and deaths by month"));
  tg_chart_set_subtitle (chart, subtitle);
  cases = tg_chart_add_series (chart, tg_stat_measure_label (TG_STAT_CASES));
  deaths = tg_chart_add_series (chart, tg_stat_measure_label (TG_STAT_DEATHS));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TgStatRow) row = g_list_model_get_item (rows, i);
      guint c;

      if (row->key == NULL || *row->key == '\0')
        continue;
      c = tg_chart_add_category (chart, row->label);
      tg_chart_set_value (chart, cases, c, row->cases);
      tg_chart_set_value (chart, deaths, c, row->deaths);
    }
  return chart;
}

/* ------------------------------------------------------------- the report */

static void
add_table (TgDocument      *doc,
           GListModel      *rows,
           TgStatDimension  by)
{
  gboolean causes = by == TG_STAT_BY_CAUSE;
  TgDocumentColumn columns[5] = {
    { tg_stat_dimension_label (by), causes ? 0.75 : 0.4, TG_COLUMN_DEFAULT },
  };
  g_autoptr(TgStatRow) total = tg_statistics_total (rows);
  guint n_columns = causes ? 2 : 5, table, n = g_list_model_get_n_items (rows);

  for (guint m = 0; m + 1 < n_columns; m++)
    columns[m + 1] = (TgDocumentColumn) {
      causes ? _("Times found") : tg_stat_measure_label (m), causes ? 0.25 : 0.15, TG_COLUMN_RIGHT
    };
  table = tg_document_add_table (doc, columns, n_columns, TG_TABLE_DEFAULT);
  tg_document_set_font_size (doc, table, 10);
  for (guint i = 0; i <= n; i++)
    {
      g_autoptr(TgStatRow) row = i < n ? g_list_model_get_item (rows, i) : g_object_ref (total);
      g_autofree char *label = tg_document_escape (row->label);
      char *cells[5] = { NULL };

      cells[0] = i < n ? g_steal_pointer (&label) : g_strdup_printf ("<b>%s</b>", label);
      cells[1] = g_strdup_printf (i < n ? "%u" : "<b>%u</b>", row->cases);
      cells[2] = g_strdup_printf (i < n ? "%u" : "<b>%u</b>", row->victims);
      cells[3] = g_strdup_printf (i < n ? "%u" : "<b>%u</b>", row->deaths);
      cells[4] = g_strdup_printf (i < n ? "%u" : "<b>%u</b>", row->severe);
      tg_document_add_table_row_markup (doc, table, (const char * const *) cells);
      for (guint k = 0; k < G_N_ELEMENTS (cells); k++)
        g_clear_pointer (&cells[k], g_free);
    }
}

static TgDocument *
report_document (GListModel      *rows,
                 TgStatDimension  by,
                 const char      *period)
{
  TgDocument *doc = tg_document_new ();
  g_autofree char *heading = g_strdup_printf (_("Accidents at work: %s"), period);
  guint block;

  tg_document_set_title (doc, heading);
  tg_document_set_page_numbers (doc, TG_PAGE_NUMBERS_BOTTOM);
  tg_document_add_title (doc, _("Accidents at work"));
  block = tg_document_add_text (doc, period, TG_PARAGRAPH_CENTER | TG_PARAGRAPH_NO_INDENT);
  tg_document_set_spacing (doc, block, 0, 6);
  add_table (doc, rows, by);
  return doc;
}

typedef struct
{
  GListModel *regions, *months, *years, *severities, *activities, *causes;
} ReportData;

static void
report_data_clear (ReportData *d)
{
  g_clear_object (&d->regions);
  g_clear_object (&d->months);
  g_clear_object (&d->years);
  g_clear_object (&d->severities);
  g_clear_object (&d->activities);
  g_clear_object (&d->causes);
}

static gboolean
report_data_load (ReportData            *d,
                  TgStore               *store,
                  const TgReportOptions *o,
                  GError               **error)
{
  return (d->regions = tg_statistics_query (store, TG_STAT_BY_REGION, o->from, o->to, error)) != NULL &&
         (d->months = tg_statistics_query (store, TG_STAT_BY_MONTH, o->from, o->to, error)) != NULL &&
         (d->years = tg_statistics_query (store, TG_STAT_BY_YEAR, o->from, o->to, error)) != NULL &&
         (d->severities = tg_statistics_query (store, TG_STAT_BY_SEVERITY, o->from, o->to, error)) != NULL &&
         (d->activities = tg_statistics_query (store, TG_STAT_BY_ACTIVITY, o->from, o->to, error)) != NULL &&
         (d->causes = tg_statistics_query (store, TG_STAT_BY_CAUSE, o->from, o->to, error)) != NULL;
}

/* Two charts a page, in the document's text area. */
static void
draw_chart_pages (cairo_t    *cr,
                  GPtrArray  *charts)
{
  const double mm = 72.0 / 25.4;
  double x = 25 * mm, y = 20 * mm;
  double w = TG_DOCUMENT_PAGE_WIDTH - 45 * mm;
  double h = (TG_DOCUMENT_PAGE_HEIGHT - 40 * mm - 10 * mm) / 2;

  for (guint i = 0; i < charts->len; i++)
    {
      cairo_save (cr);
      cairo_translate (cr, x, y + (i % 2) * (h + 10 * mm));
      tg_chart_draw (g_ptr_array_index (charts, i), cr, w, h);
      cairo_restore (cr);
      if (i % 2 == 1 || i + 1 == charts->len)
        cairo_show_page (cr);
    }
}

static GPtrArray *
report_charts (ReportData *d,
               const char *period)
{
  GPtrArray *charts = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (charts, tg_statistics_chart (d->regions, TG_STAT_BY_REGION, TG_STAT_CASES, period));
  g_ptr_array_add (charts, tg_statistics_chart (d->regions, TG_STAT_BY_REGION, TG_STAT_DEATHS, period));
  g_ptr_array_add (charts, trend_chart (d->months, d->years, period));
  g_ptr_array_add (charts, tg_statistics_chart (d->severities, TG_STAT_BY_SEVERITY, TG_STAT_CASES, period));
  g_ptr_array_add (charts, tg_statistics_chart (d->activities, TG_STAT_BY_ACTIVITY, TG_STAT_CASES, period));
  g_ptr_array_add (charts, tg_statistics_chart (d->causes, TG_STAT_BY_CAUSE, TG_STAT_CASES, period));
  return charts;
}

static gboolean
render_pdf (TgDocument  *doc,
            GPtrArray   *charts,
            GByteArray  *bytes,
            GError     **error)
{
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (tg_chart_append_bytes, bytes,
                                                                  TG_DOCUMENT_PAGE_WIDTH,
                                                                  TG_DOCUMENT_PAGE_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  cairo_status_t status;
  guint pages;

  /* no creation date: the same data gives the same file */
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Tergeu");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, "");
  pages = tg_document_paginate (doc, cr);
  for (guint p = 0; p < pages; p++)
    {
      tg_document_render_page (doc, cr, p, TG_DOCUMENT_PAGE_WIDTH, TG_DOCUMENT_PAGE_HEIGHT);
      cairo_show_page (cr);
    }
  draw_chart_pages (cr, charts);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, TG_REPORT_ERROR, TG_REPORT_ERROR_WRITE,
               _("Cannot draw the report: %s"), cairo_status_to_string (status));
  return FALSE;
}

static gboolean
write_pdf (TgStore               *store,
           const TgReportOptions *o,
           GListModel            *rows,
           const char            *period,
           const char            *path,
           GError               **error)
{
  g_autoptr(TgDocument) doc = report_document (rows, o->by, period);
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(GPtrArray) charts = NULL;
  ReportData data = { NULL };
  gboolean ok;

  ok = report_data_load (&data, store, o, error);
  if (ok)
    {
      charts = report_charts (&data, period);
      ok = render_pdf (doc, charts, bytes, error) && tg_chart_write_bytes (path, bytes, error);
    }
  report_data_clear (&data);
  return ok;
}

static gboolean
write_csv (const TgReportOptions *o,
           GListModel            *rows,
           const char            *path,
           GError               **error)
{
  g_autoptr(GBytes) csv = tg_statistics_to_csv (rows, o->by, o->separator ? o->separator : ',');
  g_autoptr(GByteArray) bytes = g_bytes_unref_to_array (g_steal_pointer (&csv));

  return tg_chart_write_bytes (path, bytes, error);
}

gboolean
tg_statistics_write_report (TgStore                *store,
                            const TgReportOptions  *o,
                            const char             *path,
                            GError                **error)
{
  g_autoptr(GListModel) rows = NULL;
  g_autofree char *period = NULL;
  g_autofree char *lower = NULL;

  g_return_val_if_fail (TG_IS_STORE (store), FALSE);
  g_return_val_if_fail (o != NULL && path != NULL, FALSE);

  lower = g_ascii_strdown (path, -1);
  if (!g_str_has_suffix (lower, ".csv") && !g_str_has_suffix (lower, ".pdf") && !g_str_has_suffix (lower, ".png"))
    {
      g_set_error (error, TG_REPORT_ERROR, TG_REPORT_ERROR_FORMAT,
                   _("Cannot tell what to write to %s: name the file .csv (table), .pdf (report) or .png (chart)."),
                   path);
      return FALSE;
    }
  rows = tg_statistics_query (store, o->by, o->from, o->to, error);
  if (rows == NULL)
    return FALSE;
  period = tg_statistics_period_label_in (o->from, o->to, o->lang);
  if (g_str_has_suffix (lower, ".csv"))
    return write_csv (o, rows, path, error);
  if (g_str_has_suffix (lower, ".pdf"))
    return write_pdf (store, o, rows, period, path, error);
  {
    g_autoptr(TgChart) chart = tg_statistics_chart (rows, o->by, TG_STAT_CASES, period);
    return tg_chart_write_png (chart, path, o->width > 0 ? o->width : DEFAULT_WIDTH,
                               o->height > 0 ? o->height : DEFAULT_HEIGHT, error);
  }
}
