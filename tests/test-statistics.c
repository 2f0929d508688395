/* test-statistics.c — statistics cells, reports, CSV and charts
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "tg-chart.h"
#include "tg-statistics-report.h"
#include "tg-store.h"
#include "tg-test-util.h"
#include "tg-victim.h"

/* Twenty-four cases: one on the 15th of each month of 2025 in regions 08
 * and 15 alternately, with 1 + (month % 3) victims of whom the first is
 * severe in odd months and fatal every fourth month; activities cycle
 * over mining (07.10), manufacturing (24.10), construction (41.20); plus
 * twelve cases on the 1st of each month of 2024 in region 01. Every case
 * is registered by the "register" command; those with causes are routed
 * and their findings recorded by commands, so the statistics cells are
 * kept by the cases' inserts and updates alike. */
typedef struct
{
  char    *dir;
  TgStore *store;
  guint    cases_2025, victims_2025, deaths_2025, severe_2025;
} Fixture;

static const char * const activities[] = { "07.10", "24.10", "41.20" };

static void
add_case (Fixture    *f,
          const char *region,
          const char *date,
          guint       month,
          const char *cause)
{
  g_autoptr(TgCase) draft = tg_test_make_case (0, 0, 0);
  g_autoptr(TgCase) kase = NULL;
  g_autofree char *occurred = g_strdup_printf ("%sT09:00:00+05:00", date);
  g_autofree char *reported = g_strdup_printf ("%sT11:00:00+05:00", date);
  guint n = 1 + month % 3;

  tg_case_set_region (draft, region);
  tg_case_set_occurred (draft, occurred);
  tg_case_set_reported (draft, reported);
  tg_employer_set_activity (tg_case_get_employer (draft), activities[month % 3]);
  for (guint i = 0; i < n; i++)
    {
      TgSeverity s = i > 0 ? TG_SEVERITY_LIGHT : month % 4 == 0 ? TG_SEVERITY_FATAL
                     : month % 2 ? TG_SEVERITY_SEVERE : TG_SEVERITY_LIGHT;
      TgVictim *v = tg_test_add_victim (draft, s);
      if (s == TG_SEVERITY_FATAL)
        tg_victim_set_died_on (v, date);
    }
  kase = tg_test_register (f->store, draft);
  if (cause != NULL)
    {
      const char *causes[] = { cause, "нарушение технологического процесса", NULL };

      tg_test_apply (f->store, &kase, "route", NULL);
      tg_test_apply (f->store, &kase, "findings",
                     tg_test_params ("work-related", g_variant_new_boolean (TRUE),
                                     "causes", g_variant_new_strv (causes, -1), NULL));
    }
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->store = tg_test_open_store (&f->dir);
  for (guint m = 1; m <= 12; m++)
    {
      g_autofree char *date = g_strdup_printf ("2025-%02u-15", m);
      guint n = 1 + m % 3;

      add_case (f, m % 2 ? "08" : "15", date, m, m % 2 ? "падение с высоты, без ограждения" : NULL);
      f->cases_2025++;
      f->victims_2025 += n;
      f->deaths_2025 += m % 4 == 0;
      f->severe_2025 += m % 4 != 0 && m % 2;
    }
  for (guint m = 1; m <= 12; m++)
    {
      g_autofree char *date = g_strdup_printf ("2024-%02u-01", m);
      add_case (f, "01", date, m, NULL);
    }
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->store);
  tg_test_remove_dir (f->dir);
  g_free (f->dir);
}

static GListModel *
query (Fixture         *f,
       TgStatDimension  by,
       const char      *from,
       const char      *to)
{
  g_autoptr(GError) error = NULL;
  GListModel *rows = tg_statistics_query (f->store, by, from, to, &error);

  g_assert_no_error (error);
  return rows;
}

static TgStatRow *
row_of (GListModel *rows,
        const char *key)
{
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(TgStatRow) row = g_list_model_get_item (rows, i);
      if (g_strcmp0 (row->key, key) == 0)
        return row;
    }
  return NULL;
}

static void
test_totals (Fixture       *f,
             gconstpointer  data)
{
  for (TgStatDimension by = TG_STAT_BY_REGION; by < TG_STAT_BY_CAUSE; by++)
    {
      g_autoptr(GListModel) rows = query (f, by, "2025-01-01", "2025-12-31");
      g_autoptr(TgStatRow) total = tg_statistics_total (rows);

      g_test_message ("by %s: %u rows", tg_stat_dimension_label (by), g_list_model_get_n_items (rows));
      g_assert_cmpuint (total->cases, ==, f->cases_2025);
      g_assert_cmpuint (total->victims, ==, f->victims_2025);
      g_assert_cmpuint (total->deaths, ==, f->deaths_2025);
      g_assert_cmpuint (total->severe, ==, f->severe_2025);
    }
  /* without a range: both years */
  {
    g_autoptr(GListModel) rows = query (f, TG_STAT_BY_YEAR, NULL, NULL);
    g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 2);
    g_assert_cmpuint (row_of (rows, "2024")->cases, ==, 12);
    g_assert_cmpuint (row_of (rows, "2025")->cases, ==, 12);
  }
}

static void
test_groupings (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GListModel) regions = query (f, TG_STAT_BY_REGION, NULL, NULL);
  g_autoptr(GListModel) activity = query (f, TG_STAT_BY_ACTIVITY, "2025-01-01", "2025-12-31");
  g_autoptr(GListModel) sizes = query (f, TG_STAT_BY_GROUP_SIZE, "2025-01-01", NULL);
  g_autoptr(GListModel) severity = query (f, TG_STAT_BY_SEVERITY, "2025-01-01", NULL);
  g_autoptr(GListModel) causes = query (f, TG_STAT_BY_CAUSE, NULL, NULL);
  g_autoptr(TgStatRow) first = NULL;

  /* in code order, with names */
  g_assert_cmpuint (g_list_model_get_n_items (regions), ==, 3);
  first = g_list_model_get_item (regions, 0);
  g_assert_cmpstr (first->key, ==, "01");
  g_assert_cmpstr (first->label, ==, "Akmola region");
  g_assert_cmpuint (row_of (regions, "08")->cases, ==, 6);
  /* months 3, 6, 9, 12 → 07.10 (B); 1, 4, 7, 10 → 24.10 (C); 41.20 (F) */
  g_assert_cmpuint (g_list_model_get_n_items (activity), ==, 3);
  g_assert_cmpuint (row_of (activity, "B")->cases, ==, 4);
  g_assert_cmpstr (row_of (activity, "C")->label, ==, "C — Manufacturing");
  /* 1 + m % 3 victims: 1 victim in months 3, 6, 9, 12; 2 in 1, 4, 7, 10; 3 in the rest */
  g_assert_cmpuint (row_of (sizes, "1")->cases, ==, 4);
  g_assert_cmpuint (row_of (sizes, "2")->cases, ==, 4);
  g_assert_cmpuint (row_of (sizes, "3-5")->cases, ==, 4);
  /* worst severity: fatal in 4, 8, 12; severe in the other odd months… */
  g_assert_cmpuint (row_of (severity, "fatal")->cases, ==, 3);
  g_assert_cmpuint (row_of (severity, "severe")->cases, ==, 6);
  g_assert_cmpuint (row_of (severity, "light")->cases, ==, 3);
  /* causes, most frequent first */
  g_clear_object (&first);
  first = g_list_model_get_item (causes, 0);
  g_assert_cmpstr (first->key, ==, "нарушение технологического процесса");
  g_assert_cmpuint (first->cases, ==, 6);
  g_assert_cmpuint (row_of (causes, "падение с высоты, без ограждения")->cases, ==, 6);
}

/* Whole months come from the cells, the cut days from the cases. */
static void
test_partial_months (Fixture       *f,
                     gconstpointer  data)
{
  static const struct { const char *from, *to; guint cases; } ranges[] = {
    { "2025-03-10", "2025-06-20", 4 },   /* 15 Mar, Apr, May, Jun */
    { "2025-03-16", "2025-06-14", 2 },   /* Apr, May */
    { "2025-03-15", "2025-03-15", 1 },
    { "2025-03-16", "2025-03-31", 0 },
    { "2024-12-02", "2025-01-15", 1 },   /* 15 Jan 2025; not 1 Dec 2024 */
    { "2024-12-01", "2025-01-14", 1 },   /* 1 Dec 2024 */
    { "2024-06-01", "2024-06-30", 1 },
    { NULL, "2024-02-29", 2 },
    { "2025-12-15", NULL, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (ranges); i++)
    {
      g_autoptr(GListModel) by_region = query (f, TG_STAT_BY_REGION, ranges[i].from, ranges[i].to);
      g_autoptr(GListModel) by_month = query (f, TG_STAT_BY_MONTH, ranges[i].from, ranges[i].to);
      g_autoptr(GListModel) causes = query (f, TG_STAT_BY_CAUSE, ranges[i].from, ranges[i].to);
      g_autoptr(TgStatRow) total = tg_statistics_total (by_region);
      g_autoptr(TgStatRow) months = tg_statistics_total (by_month);

      g_test_message ("%s – %s", ranges[i].from, ranges[i].to);
      g_assert_cmpuint (total->cases, ==, ranges[i].cases);
      g_assert_cmpuint (months->cases, ==, ranges[i].cases);
    }
}

static void
test_cells_follow_changes (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TgCase) kase = tg_store_load_case (f->store, "08-2025-00001", &error);
  g_autoptr(TgCase) scratch = tg_test_make_case (0, 0, 0);
  g_autoptr(GListModel) rows = NULL;

  g_assert_no_error (error);
  /* the January case moves to February and gains a death: two commands */
  tg_test_apply (f->store, &kase, "edit-particulars",
                 tg_test_params ("occurred", TG_TEST_STR ("2025-02-03T09:00:00+05:00"),
                                 "reported", TG_TEST_STR ("2025-02-03T10:00:00+05:00"), NULL));
  {
    TgVictim *v = tg_test_add_victim (scratch, TG_SEVERITY_FATAL);
    tg_victim_set_died_on (v, "2025-02-03");
    tg_test_apply (f->store, &kase, "victim-add", tg_test_victim_params (v));
  }
  rows = query (f, TG_STAT_BY_MONTH, "2025-01-01", "2025-02-28");
  g_assert_null (row_of (rows, "2025-01"));
  g_assert_cmpuint (row_of (rows, "2025-02")->cases, ==, 2);
  g_assert_cmpuint (row_of (rows, "2025-02")->deaths, ==, 1);
  g_clear_object (&rows);
  rows = query (f, TG_STAT_BY_CAUSE, "2025-01-01", "2025-01-31");
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 0);
  g_clear_object (&rows);

  /* a removed case no longer counts */
  tg_test_apply (f->store, &kase, "remove", tg_test_params ("reason", TG_TEST_STR ("registered twice"), NULL));
  rows = query (f, TG_STAT_BY_REGION, "2025-01-01", "2025-12-31");
  {
    g_autoptr(TgStatRow) total = tg_statistics_total (rows);
    g_assert_cmpuint (total->cases, ==, f->cases_2025 - 1);
  }
  g_clear_object (&rows);
  rows = query (f, TG_STAT_BY_CAUSE, NULL, NULL);
  g_assert_cmpuint (row_of (rows, "падение с высоты, без ограждения")->cases, ==, 5);
}

static void
test_bad_range (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (tg_statistics_query (f->store, TG_STAT_BY_REGION, "2025-13-01", NULL, &error));
  g_assert_error (error, TG_STATISTICS_ERROR, TG_STATISTICS_ERROR_RANGE);
  g_clear_error (&error);
  g_assert_null (tg_statistics_query (f->store, TG_STAT_BY_REGION, "2025-02-01", "2025-01-01", &error));
  g_assert_error (error, TG_STATISTICS_ERROR, TG_STATISTICS_ERROR_RANGE);
}

static void
test_oked (void)
{
  g_assert_cmpstr (tg_oked_section ("01.11"), ==, "A");
  g_assert_cmpstr (tg_oked_section ("07.10"), ==, "B");
  g_assert_cmpstr (tg_oked_section ("10"), ==, "C");
  g_assert_cmpstr (tg_oked_section ("33.12"), ==, "C");
  g_assert_cmpstr (tg_oked_section ("35.11"), ==, "D");
  g_assert_cmpstr (tg_oked_section ("39"), ==, "E");
  g_assert_cmpstr (tg_oked_section ("43.99"), ==, "F");
  g_assert_cmpstr (tg_oked_section ("53"), ==, "H");
  g_assert_cmpstr (tg_oked_section ("68.10"), ==, "L");
  g_assert_cmpstr (tg_oked_section ("84.11"), ==, "O");
  g_assert_cmpstr (tg_oked_section ("99.00"), ==, "U");
  g_assert_null (tg_oked_section ("04.00"));
  g_assert_null (tg_oked_section ("x1"));
  g_assert_null (tg_oked_section (NULL));
  g_assert_cmpstr (tg_oked_section_name ("F"), ==, "Construction");
}

/* ------------------------------------------------------------------ CSV */

static void
test_csv (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GListModel) rows = query (f, TG_STAT_BY_REGION, "2025-01-01", "2025-12-31");
  g_autoptr(GListModel) causes = query (f, TG_STAT_BY_CAUSE, NULL, NULL);
  g_autoptr(GBytes) csv = tg_statistics_to_csv (rows, TG_STAT_BY_REGION, ',');
  g_autoptr(GBytes) causes_csv = tg_statistics_to_csv (causes, TG_STAT_BY_CAUSE, ',');
  g_autoptr(GBytes) semicolon = tg_statistics_to_csv (rows, TG_STAT_BY_REGION, ';');
  g_autofree char *text = g_strndup (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv));
  g_auto(GStrv) lines = NULL;

  g_assert_true (g_str_has_prefix (text, "\xef\xbb\xbf"));
  g_assert_true (g_utf8_validate (text, -1, NULL));
  lines = g_strsplit (text + 3, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 2 + 2 + 1);   /* header, 2 regions, total, "" */
  g_assert_cmpstr (lines[0], ==, "Code,Region,Accidents,Victims,Deaths,Severe injuries");
  /* odd months: 2 + 1 + 3 + 2 + 1 + 3 victims, none fatal, all severe */
  g_assert_cmpstr (lines[1], ==, "08,Karaganda region,6,12,0,6");
  {
    g_autofree char *total = g_strdup_printf (",Total,%u,%u,%u,%u", f->cases_2025, f->victims_2025,
                                              f->deaths_2025, f->severe_2025);
    g_assert_cmpstr (lines[3], ==, total);
  }
  g_assert_cmpstr (lines[4], ==, "");
  /* a field with the separator is quoted */
  g_assert_nonnull (strstr (g_bytes_get_data (causes_csv, NULL), "\"падение с высоты, без ограждения\",6\r\n"));
  g_assert_nonnull (strstr (g_bytes_get_data (semicolon, NULL), "Code;Region;Accidents"));
}

static void
test_report_files (Fixture       *f,
                   gconstpointer  data)
{
  TgReportOptions options = TG_REPORT_OPTIONS_INIT;
  g_autofree char *csv = g_build_filename (f->dir, "report.csv", NULL);
  g_autofree char *pdf = g_build_filename (f->dir, "report.pdf", NULL);
  g_autofree char *png = g_build_filename (f->dir, "report.png", NULL);
  g_autofree char *txt = g_build_filename (f->dir, "report.txt", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  cairo_surface_t *image;

  options.from = "2025-01-01";
  options.to = "2025-12-31";
  g_assert_true (tg_statistics_write_report (f->store, &options, csv, &error));
  g_assert_no_error (error);
  g_assert_true (tg_statistics_write_report (f->store, &options, pdf, &error));
  g_assert_no_error (error);
  bytes = tg_test_read_file (pdf);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), 5, "%PDF-", 5);
  options.by = TG_STAT_BY_MONTH;
  options.width = 900;
  options.height = 600;
  g_assert_true (tg_statistics_write_report (f->store, &options, png, &error));
  g_assert_no_error (error);
  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 900);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 600);
  cairo_surface_destroy (image);
  g_assert_false (tg_statistics_write_report (f->store, &options, txt, &error));
  g_assert_error (error, TG_REPORT_ERROR, TG_REPORT_ERROR_FORMAT);
  g_assert_false (g_file_test (txt, G_FILE_TEST_EXISTS));
}

/* --------------------------------------------------------------- charts */

/* Pixels that are not the white background. */
static double
ink_share (const char *path,
           int         width,
           int         height)
{
  cairo_surface_t *image = cairo_image_surface_create_from_png (path);
  const unsigned char *data;
  guint64 inked = 0;
  int stride;

  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, height);
  data = cairo_image_surface_get_data (image);
  stride = cairo_image_surface_get_stride (image);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 pixel = *(const guint32 *) (data + y * stride + x * 4);
        inked += (pixel & 0xffffff) != 0xffffff;
      }
  cairo_surface_destroy (image);
  return (double) inked / ((double) width * height);
}

static void
test_charts_render (Fixture       *f,
                    gconstpointer  data)
{
  static const struct { TgStatDimension by; TgChartKind kind; int w, h; } charts[] = {
    { TG_STAT_BY_REGION, TG_CHART_BARS, 800, 500 },
    { TG_STAT_BY_MONTH, TG_CHART_TREND, 1200, 600 },
    { TG_STAT_BY_SEVERITY, TG_CHART_MIX, 640, 400 },
    { TG_STAT_BY_CAUSE, TG_CHART_BARS, 300, 200 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
    {
      g_autoptr(GListModel) rows = query (f, charts[i].by, NULL, NULL);
      g_autoptr(TgChart) chart = tg_statistics_chart (rows, charts[i].by, TG_STAT_CASES, "2024–2025");
      g_autofree char *name = g_strdup_printf ("chart-%u.png", i);
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_autoptr(GError) error = NULL;
      double share;

      g_assert_cmpint (tg_chart_get_kind (chart), ==, charts[i].kind);
      g_assert_true (tg_chart_write_png (chart, path, charts[i].w, charts[i].h, &error));
      g_assert_no_error (error);
      share = ink_share (path, charts[i].w, charts[i].h);
      g_test_message ("%s: %.1f %% inked", name, share * 100);
      g_assert_cmpfloat (share, >, 0.01);
      g_assert_cmpfloat (share, <, 0.6);
    }
}

static void
test_chart_empty_and_sizes (void)
{
  g_autoptr(TgChart) chart = tg_chart_new (TG_CHART_BARS);
  g_autofree char *dir = g_dir_make_tmp ("tergeu-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "empty.png", NULL);
  g_autofree char *pdf = g_build_filename (dir, "empty.pdf", NULL);
  g_autoptr(GError) error = NULL;

  tg_chart_set_title (chart, "Nothing");
  g_assert_true (tg_chart_write_png (chart, path, 400, 300, &error));
  g_assert_no_error (error);
  /* title and "no accidents" only */
  g_assert_cmpfloat (ink_share (path, 400, 300), >, 0.001);
  g_assert_true (tg_chart_write_pdf (chart, pdf, 400, 300, &error));
  g_assert_no_error (error);
  g_assert_false (tg_chart_write_png (chart, path, 50, 300, &error));
  g_assert_error (error, TG_CHART_ERROR, TG_CHART_ERROR_SIZE);
  tg_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/statistics/totals", test_totals);
  ADD ("/statistics/groupings", test_groupings);
  ADD ("/statistics/partial-months", test_partial_months);
  ADD ("/statistics/cells-follow-changes", test_cells_follow_changes);
  ADD ("/statistics/bad-range", test_bad_range);
  ADD ("/statistics/csv", test_csv);
  ADD ("/statistics/report-files", test_report_files);
  ADD ("/statistics/charts-render", test_charts_render);
#undef ADD
  g_test_add_func ("/statistics/oked", test_oked);
  g_test_add_func ("/statistics/chart-empty-and-sizes", test_chart_empty_and_sizes);

  return g_test_run ();
}
