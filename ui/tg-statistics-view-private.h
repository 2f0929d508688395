/* tg-statistics-view-private.h — what tg-statistics-view*.c share
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tg-chart.h"
#include "tg-document.h"
#include "tg-statistics-view.h"

G_BEGIN_DECLS

/* The charts of the view, in order. */
typedef enum
{
  TG_STAT_CHART_REGIONS,    /* deaths by region, the range against a year earlier */
  TG_STAT_CHART_TREND,      /* accidents and deaths by month */
  TG_STAT_CHART_SEVERITY,   /* the severity mix */
  TG_N_STAT_CHARTS
} TgStatChart;

struct _TgStatisticsView
{
  GtkBox           parent_instance;

  TgStore         *store;
  TgStatDimension  by;
  char            *from;      /* YYYY-MM-DD, or NULL */
  char            *to;
  GListStore      *rows;      /* TgStatRow of the table */
  TgStatRow       *total;
  GListModel      *causes;
  TgChart         *charts[TG_N_STAT_CHARTS];
  gboolean         folded;

  /* template */
  AdwWindowTitle  *title;
  GtkEntry        *from_entry;
  GtkEntry        *to_entry;
  GtkDropDown     *by_dropdown;
  GtkDrawingArea  *areas[TG_N_STAT_CHARTS];
  GtkWidget       *regions_area;
  GtkWidget       *trend_area;
  GtkWidget       *severity_area;
  GtkColumnView   *table;
  GtkColumnViewColumn *label_column;
  GtkColumnViewColumn *cases_column;
  GtkColumnViewColumn *victims_column;
  GtkColumnViewColumn *deaths_column;
  GtkColumnViewColumn *severe_column;
  GtkLabel        *total_label;
  GtkListBox      *causes_list;
  GtkLabel        *error_label;
};

/* tg-statistics-view-charts.c: the charts from the store, for the view and
 * for print. */
void        tg_statistics_view_build_charts (TgStatisticsView *self,
                                             GError          **error);
/* The printed table: a title, the period, the table with its total. */
TgDocument *tg_statistics_view_document     (TgStatisticsView *self);
/* The period of the table, for titles ("2026-01-01 – 2026-12-31"). */
char       *tg_statistics_view_period       (TgStatisticsView *self);

G_END_DECLS
