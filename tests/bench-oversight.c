/* bench-oversight.c — how long the dashboard and the reports take
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-oversight DATABASE [RUNS]
 *
 * Opens DATABASE (migrating it if needed), then times each dashboard query
 * and each statistics report RUNS times (default 5), printing the first
 * (cold cache) and the median run in milliseconds. Built, never run as a
 * test: figures on a noisy machine are for people to read.
 */
#include "config.h"

#include <stdlib.h>

#include "tg-oversight.h"
#include "tg-statistics-report.h"
#include "tg-store.h"

typedef GListModel *(*Job) (TgStore *store, gpointer data, GError **error);

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static void
measure (TgStore    *store,
         const char *name,
         Job         job,
         gpointer    data,
         guint       runs)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  guint rows = 0;

  for (guint i = 0; i < runs; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GListModel) model = NULL;
      gint64 start = g_get_monotonic_time ();
      double ms;

      model = job (store, data, &error);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      if (model == NULL)
        g_error ("%s: %s", name, error->message);
      rows = g_list_model_get_n_items (model);
      g_array_append_val (times, ms);
    }
  {
    double first = g_array_index (times, double, 0);
    g_array_sort (times, compare_doubles);
    g_print ("%-44s %8.1f ms median  %8.1f ms first  %6u rows\n", name,
             g_array_index (times, double, times->len / 2), first, rows);
  }
}

static GListModel *
dashboard_regions (TgStore *store, gpointer data, GError **error)
{
  return tg_oversight_regions (store, 2, NULL, error);
}

static GListModel *
dashboard_items (TgStore *store, gpointer data, GError **error)
{
  TgOversightQuery query = TG_OVERSIGHT_QUERY_INIT;

  query.due_within = 2;
  return tg_oversight_list (store, &query, NULL, error);
}

static GListModel *
due_soon (TgStore *store, gpointer data, GError **error)
{
  return tg_oversight_due_soon (store, NULL, error);
}

typedef struct
{
  TgStatDimension  by;
  const char      *from;
  const char      *to;
} Report;

static GListModel *
report (TgStore *store, gpointer data, GError **error)
{
  Report *r = data;
  return tg_statistics_query (store, r->by, r->from, r->to, error);
}

/* The report with its chart drawn, as the statistics view does it. */
static GListModel *
report_and_chart (TgStore *store, gpointer data, GError **error)
{
  Report *r = data;
  GListModel *rows = tg_statistics_query (store, r->by, r->from, r->to, error);
  cairo_surface_t *surface;
  cairo_t *cr;

  if (rows == NULL)
    return NULL;
  {
    g_autoptr(TgChart) chart = tg_statistics_chart (rows, r->by, TG_STAT_CASES, "bench");
    surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1600, 1000);
    cr = cairo_create (surface);
    tg_chart_draw (chart, cr, 1600, 1000);
    cairo_destroy (cr);
    cairo_surface_destroy (surface);
  }
  return rows;
}

static guint
count_cases (TgStore *store)
{
  TgCaseQuery query = TG_CASE_QUERY_INIT;
  g_autoptr(GError) error = NULL;
  guint n = 0;

  if (!tg_store_count_cases (store, &query, &n, &error))
    g_error ("%s", error->message);
  return n;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(TgStore) store = NULL;
  g_autoptr(GError) error = NULL;
  guint runs = argc > 2 ? (guint) atoi (argv[2]) : 5;
  gint64 start;
  Report reports[] = {
    { TG_STAT_BY_REGION, NULL, NULL },
    { TG_STAT_BY_YEAR, NULL, NULL },
    { TG_STAT_BY_MONTH, NULL, NULL },
    { TG_STAT_BY_ACTIVITY, NULL, NULL },
    { TG_STAT_BY_SEVERITY, NULL, NULL },
    { TG_STAT_BY_GROUP_SIZE, NULL, NULL },
    { TG_STAT_BY_JURISDICTION, NULL, NULL },
    { TG_STAT_BY_CAUSE, NULL, NULL },
    /* cut months at both ends: the days are counted from the cases */
    { TG_STAT_BY_REGION, "2019-03-17", "2025-10-12" },
    { TG_STAT_BY_MONTH, "2019-03-17", "2025-10-12" },
    { TG_STAT_BY_ACTIVITY, "2019-03-17", "2025-10-12" },
    { TG_STAT_BY_CAUSE, "2019-03-17", "2025-10-12" },
  };

  if (argc < 2 || runs == 0)
    {
      g_printerr ("usage: bench-oversight DATABASE [RUNS]\n");
      return 2;
    }
  start = g_get_monotonic_time ();
  store = tg_store_open (argv[1], &error);
  if (store == NULL)
    g_error ("%s", error->message);
  g_print ("%s: %u cases, opened (and migrated if needed) in %.0f ms, %u runs each\n",
           argv[1], count_cases (store), (g_get_monotonic_time () - start) / 1000.0, runs);

  measure (store, "dashboard: counts by region", dashboard_regions, NULL, runs);
  measure (store, "dashboard: items, due within 2 days", dashboard_items, NULL, runs);
  measure (store, "notifications: due soon", due_soon, NULL, runs);
  for (guint i = 0; i < G_N_ELEMENTS (reports); i++)
    {
      g_autofree char *name = g_strdup_printf ("report by %s%s%s%s", tg_stat_dimension_label (reports[i].by),
                                               reports[i].from ? " " : "", reports[i].from ? reports[i].from : "",
                                               reports[i].to ? "..." : "");
      measure (store, name, report, &reports[i], runs);
    }
  measure (store, "report by region + chart 1600x1000", report_and_chart, &reports[0], runs);
  measure (store, "report by month + chart 1600x1000", report_and_chart, &reports[2], runs);
  return 0;
}
