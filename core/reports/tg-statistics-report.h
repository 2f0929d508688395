/* tg-statistics-report.h — statistics as CSV, charts and a printed report
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tg-chart.h"
#include "tg-statistics.h"
#include "tg-store.h"

G_BEGIN_DECLS

#define TG_REPORT_ERROR (tg_report_error_quark ())

typedef enum
{
  TG_REPORT_ERROR_FORMAT,   /* a file name ending neither in .csv, .pdf nor .png */
  TG_REPORT_ERROR_WRITE,
} TgReportError;

GQuark tg_report_error_quark (void);

typedef enum
{
  TG_STAT_CASES,
  TG_STAT_VICTIMS,
  TG_STAT_DEATHS,
  TG_STAT_SEVERE,
} TgStatMeasure;

/* "Accidents", "Victims", "Deaths", "Severe injuries" (translated). */
const char *tg_stat_measure_label     (TgStatMeasure    measure);

/* The table as CSV for spreadsheets: UTF-8 with a byte-order mark, CRLF
 * line ends, quoted where needed (RFC 4180), headers in the interface
 * language, a total row. @separator is ',' or ';' (what a spreadsheet in a
 * Russian or Kazakh locale expects). */
GBytes     *tg_statistics_to_csv      (GListModel       *rows,
                                       TgStatDimension   by,
                                       char              separator);
/* The chart that suits @by — bars for regions, sections and causes, a
 * trend for months and years, shares for severity, group size and
 * jurisdiction — of @measure. */
TgChart    *tg_statistics_chart       (GListModel       *rows,
                                       TgStatDimension   by,
                                       TgStatMeasure     measure,
                                       const char       *subtitle);
/* "2024-01-01 – 2024-12-31", "all dates", "from …", "until …". */
char       *tg_statistics_period_label (const char      *from,
                                        const char      *to);
/* The same with the dates as documents in @lang write them ("kk", "ru";
 * other languages and NULL as tg_statistics_period_label): "2024 жылғы
 * 1 қаңтардан 2024 жылғы 31 желтоқсанға дейін", "с 1 января 2024 года по
 * 31 декабря 2024 года". */
char       *tg_statistics_period_label_in (const char   *from,
                                           const char   *to,
                                           const char   *lang);

typedef struct
{
  TgStatDimension  by;
  const char      *from;       /* YYYY-MM-DD or NULL */
  const char      *to;
  int              width;      /* PNG pixels; 0: 1600 × 1000 */
  int              height;
  char             separator;  /* CSV; 0: ',' */
  const char      *lang;       /* "kk" or "ru": the dates of the heading as
                                * documents write them; NULL: the interface's.
                                * The words are the interface's messages
                                * (tg_i18n_use_language). */
} TgReportOptions;

#define TG_REPORT_OPTIONS_INIT { TG_STAT_BY_REGION, NULL, NULL, 0, 0, 0, NULL }

/**
 * tg_statistics_write_report:
 * @store: the store
 * @options: what to report
 * @path: ends in .csv (the table), .png (the chart of the table) or .pdf
 *   (the printed report: the table, then bars by region, the monthly
 *   trend, the severity mix and the most frequent causes)
 * @error: return location for a #GError
 *
 * Writes the file atomically.
 *
 * Returns: %TRUE on success
 */
gboolean    tg_statistics_write_report (TgStore                *store,
                                        const TgReportOptions  *options,
                                        const char             *path,
                                        GError                **error);

G_END_DECLS
