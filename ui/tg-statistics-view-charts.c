/* tg-statistics-view-charts.c — the statistics view's charts and print-out
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Deaths by region are set against the same dates a year earlier (the
 * chairman's first question); the trend shows accidents and deaths by
 * month, by year beyond three years; the mix shares accidents by worst
 * severity.  The printed report is the table, the causes, then these
 * charts, drawn by the same code at print resolution.
 */
#define G_LOG_DOMAIN "tg-statistics-view"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tg-dates.h"
#include "tg-statistics-report.h"
#include "tg-statistics-view-private.h"

/* Beyond this many months the trend goes by year. */
#define MAX_TREND_MONTHS 36
/* The table (21 regions and the total) and these causes fit one A4 page
 * at PRINTED_FONT: the charts follow on pages of their own. */
#define PRINTED_CAUSES 8
#define PRINTED_FONT 9

char *
tg_statistics_view_period (TgStatisticsView *self)
{
  return tg_statistics_period_label (self->from, self->to);
}

/* The same date a year earlier (29 February: the 28th). */
static char *
year_earlier (const char *date)
{
  GDate d;

  if (date == NULL || !tg_date_parse (date, &d))
    return NULL;
  g_date_subtract_years (&d, 1);
  return tg_date_format_iso (&d);
}

/* "2026" when the range is within one calendar year, else the period. */
static char *
series_name (const char *from,
             const char *to)
{
  if (from != NULL && to != NULL && strncmp (from, to, 4) == 0)
    return g_strndup (from, 4);
  return tg_statistics_period_label (from, to);
}

static TgChart *
regions_chart (TgStatisticsView  *self,
               const char        *period,
               GError           **error)
{
  g_autoptr(GListModel) now = tg_statistics_query (self->store, TG_STAT_BY_REGION, self->from, self->to, error);
  g_autofree char *from0 = year_earlier (self->from);
  g_autofree char *to0 = year_earlier (self->to);
  g_autoptr(GListModel) before = NULL;
  g_autoptr(GHashTable) earlier = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(TgChart) chart = tg_chart_new (TG_CHART_BARS);
  g_autofree char *name_now = series_name (self->from, self->to);
  g_autofree char *name_before = NULL;
  guint s_now, s_before = 0;

  if (now == NULL)
    return NULL;
  /* Without a start there is no "a year earlier" to compare with. */
  if (from0 != NULL)
    {
      before = tg_statistics_query (self->store, TG_STAT_BY_REGION, from0, to0, error);
      if (before == NULL)
        return NULL;
      name_before = series_name (from0, to0);
      for (guint i = 0; i < g_list_model_get_n_items (before); i++)
        {
          g_autoptr(TgStatRow) row = g_list_model_get_item (before, i);
          if (row->key != NULL)
            g_hash_table_insert (earlier, row->key, GUINT_TO_POINTER (row->deaths));
        }
    }
  tg_chart_set_title (chart, _("Deaths by region"));
  tg_chart_set_subtitle (chart, period);
  s_now = tg_chart_add_series (chart, name_now);
  if (before != NULL)
    s_before = tg_chart_add_series (chart, name_before);
  for (guint i = 0; i < g_list_model_get_n_items (now); i++)
    {
      g_autoptr(TgStatRow) row = g_list_model_get_item (now, i);
      guint c = tg_chart_add_category (chart, row->label);

      tg_chart_set_value (chart, s_now, c, row->deaths);
      if (before != NULL && row->key != NULL)
        tg_chart_set_value (chart, s_before, c, GPOINTER_TO_UINT (g_hash_table_lookup (earlier, row->key)));
    }
  return g_steal_pointer (&chart);
}

static TgChart *
trend_chart (TgStatisticsView  *self,
             const char        *period,
             GError           **error)
{
  g_autoptr(GListModel) rows = tg_statistics_query (self->store, TG_STAT_BY_MONTH, self->from, self->to, error);
  g_autoptr(TgChart) chart = tg_chart_new (TG_CHART_TREND);
  gboolean by_year = FALSE;
  guint cases, deaths, n;

  if (rows != NULL && g_list_model_get_n_items (rows) > MAX_TREND_MONTHS)
    {
      g_clear_object (&rows);
      rows = tg_statistics_query (self->store, TG_STAT_BY_YEAR, self->from, self->to, error);
      by_year = TRUE;
    }
  if (rows == NULL)
    return NULL;
  tg_chart_set_title (chart, by_year ? _("Accidents and deaths by year") : _("Accidents and deaths by month"));
  tg_chart_set_subtitle (chart, period);
  cases = tg_chart_add_series (chart, tg_stat_measure_label (TG_STAT_CASES));
  deaths = tg_chart_add_series (chart, tg_stat_measure_label (TG_STAT_DEATHS));
  n = g_list_model_get_n_items (rows);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TgStatRow) row = g_list_model_get_item (rows, i);
      guint c;

      /* a line has no place for "date unknown" */
      if (row->key == NULL || *row->key == '\0')
        continue;
      c = tg_chart_add_category (chart, row->label);
      tg_chart_set_value (chart, cases, c, row->cases);
      tg_chart_set_value (chart, deaths, c, row->deaths);
    }
  return g_steal_pointer (&chart);
}

static TgChart *
severity_chart (TgStatisticsView  *self,
                const char        *period,
                GError           **error)
{
  g_autoptr(GListModel) rows = tg_statistics_query (self->store, TG_STAT_BY_SEVERITY, self->from, self->to, error);

  if (rows == NULL)
    return NULL;
  return tg_statistics_chart (rows, TG_STAT_BY_SEVERITY, TG_STAT_CASES, period);
}

void
tg_statistics_view_build_charts (TgStatisticsView  *self,
                                 GError           **error)
{
  g_autofree char *period = tg_statistics_view_period (self);
  TgChart *(*build[TG_N_STAT_CHARTS]) (TgStatisticsView *, const char *, GError **) = {
    [TG_STAT_CHART_REGIONS] = regions_chart,
    [TG_STAT_CHART_TREND] = trend_chart,
    [TG_STAT_CHART_SEVERITY] = severity_chart,
  };

  for (guint i = 0; i < TG_N_STAT_CHARTS; i++)
    {
      g_clear_object (&self->charts[i]);
      self->charts[i] = build[i] (self, period, error);
      if (self->charts[i] == NULL)
        return;
    }
}

/* ---- the printed table --------------------------------------------------- */

static char *
cell (guint    n,
      gboolean bold)
{
  return bold ? g_strdup_printf ("<b>%u</b>", n) : g_strdup_printf ("%u", n);
}

static void
add_row (TgDocument *doc,
         guint       table,
         TgStatRow  *row,
         gboolean    bold)
{
  g_autofree char *label = tg_document_escape (row->label);
  char *cells[5];

  cells[0] = bold ? g_strdup_printf ("<b>%s</b>", label) : g_strdup (label);
  cells[1] = cell (row->cases, bold);
  cells[2] = cell (row->victims, bold);
  cells[3] = cell (row->deaths, bold);
  cells[4] = cell (row->severe, bold);
  tg_document_add_table_row_markup (doc, table, (const char * const *) cells);
  for (guint k = 0; k < G_N_ELEMENTS (cells); k++)
    g_free (cells[k]);
}

static void
add_table (TgStatisticsView *self,
           TgDocument       *doc)
{
  TgDocumentColumn columns[5] = {
    { tg_stat_dimension_label (self->by), 0.4, TG_COLUMN_DEFAULT },
  };
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
  guint table;

  for (guint m = 0; m < 4; m++)
    columns[m + 1] = (TgDocumentColumn) { tg_stat_measure_label (m), 0.15, TG_COLUMN_RIGHT };
  table = tg_document_add_table (doc, columns, G_N_ELEMENTS (columns), TG_TABLE_DEFAULT);
  tg_document_set_font_size (doc, table, PRINTED_FONT);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TgStatRow) row = g_list_model_get_item (G_LIST_MODEL (self->rows), i);
      add_row (doc, table, row, FALSE);
    }
  add_row (doc, table, self->total, TRUE);
}

static void
add_causes (TgStatisticsView *self,
            TgDocument       *doc)
{
  TgDocumentColumn columns[2] = {
    { _("Most frequent causes"), 0.8, TG_COLUMN_DEFAULT },
    { _("Times found"), 0.2, TG_COLUMN_RIGHT },
  };
  guint n = self->causes != NULL ? g_list_model_get_n_items (self->causes) : 0;
  guint table;

  if (n == 0)
    return;
  tg_document_add_space (doc, 6);
  table = tg_document_add_table (doc, columns, G_N_ELEMENTS (columns), TG_TABLE_DEFAULT);
  tg_document_set_font_size (doc, table, PRINTED_FONT);
  for (guint i = 0; i < n && i < PRINTED_CAUSES; i++)
    {
      g_autoptr(TgStatRow) row = g_list_model_get_item (self->causes, i);
      g_autofree char *count = g_strdup_printf ("%u", row->cases);
      const char *cells[2] = { row->label, count };

      tg_document_add_table_row (doc, table, cells);
    }
}

TgDocument *
tg_statistics_view_document (TgStatisticsView *self)
{
  TgDocument *doc = tg_document_new ();
  g_autofree char *period = tg_statistics_view_period (self);
  g_autofree char *heading = g_strdup_printf (_("Accidents at work: %s"), period);
  guint block;

  tg_document_set_title (doc, heading);
  tg_document_set_page_numbers (doc, TG_PAGE_NUMBERS_BOTTOM);
  tg_document_add_title (doc, _("Accidents at work"));
  block = tg_document_add_text (doc, period, TG_PARAGRAPH_CENTER | TG_PARAGRAPH_NO_INDENT);
  tg_document_set_spacing (doc, block, 0, 6);
  add_table (self, doc);
  add_causes (self, doc);
  return doc;
}
