/* cli-report.c — report: statistics to CSV, PDF or PNG
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tergeu-cli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "tergeu-cli.h"
#include "tg-i18n.h"
#include "tg-statistics-report.h"

static gboolean
parse_size (const char *text,
            int        *width,
            int        *height)
{
  g_auto(GStrv) parts = g_strsplit (text, "x", 2);
  guint64 w, h;

  if (g_strv_length (parts) != 2 ||
      !g_ascii_string_to_unsigned (parts[0], 10, 100, 10000, &w, NULL) ||
      !g_ascii_string_to_unsigned (parts[1], 10, 100, 10000, &h, NULL))
    return FALSE;
  *width = (int) w;
  *height = (int) h;
  return TRUE;
}

int
cli_report (int    argc,
            char **argv)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *by = NULL;
  g_autofree char *output = NULL;
  g_autofree char *size = NULL;
  g_autofree char *separator = NULL;
  g_autofree char *lang = NULL;
  const GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("Accidents on or after this date"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("Accidents on or before this date"), N_("DATE") },
    { "by", 0, 0, G_OPTION_ARG_STRING, &by, N_("Group by region (default), year, month, activity, severity, group-size, jurisdiction or cause"), N_("WHAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("FILE.csv (table), FILE.pdf (report with charts) or FILE.png (chart)"), N_("FILE") },
    { "size", 0, 0, G_OPTION_ARG_STRING, &size, N_("PNG size in pixels (default 1600x1000)"), N_("WxH") },
    { "separator", 0, 0, G_OPTION_ARG_STRING, &separator, N_("CSV separator: “,” (default) or “;”"), N_("CHAR") },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &lang, N_("Language of the report: kk or ru, with dates as documents write them (default: the interface language)"), N_("LANG") },
    { NULL }
  };
  TgReportOptions options = TG_REPORT_OPTIONS_INIT;
  g_autoptr(TgStore) store = NULL;
  g_autoptr(GError) error = NULL;
  int value;

  if (!cli_parse (&argc, &argv, "report", NULL,
                  _("Accident statistics: cases, victims, deaths and severe injuries, to a spreadsheet, a printed report or a chart."),
                  entries, 0, 0))
    return CLI_USAGE;
  if (output == NULL ||
      (by != NULL && !tg_enum_from_nick (TG_TYPE_STAT_DIMENSION, by, &value)) ||
      (size != NULL && !parse_size (size, &options.width, &options.height)) ||
      (separator != NULL && !g_str_equal (separator, ",") && !g_str_equal (separator, ";")) ||
      (lang != NULL && !g_str_equal (lang, "kk") && !g_str_equal (lang, "ru")))
    {
      g_autofree char *nicks = tg_enum_list_nicks (TG_TYPE_STAT_DIMENSION);
      g_printerr (_("tergeu-cli report: give -o FILE; --by is one of: %s; --size is WxH (100–10000); --separator is “,” or “;”; --lang is kk or ru\n"),
                  nicks);
      return CLI_USAGE;
    }
  /* the report's words, headings and labels are messages: this command
   * prints one file, so its messages become that file's language */
  if (lang != NULL)
    tg_i18n_use_language (lang);
  options.lang = lang;
  options.by = by != NULL ? value : TG_STAT_BY_REGION;
  options.from = from;
  options.to = to;
  options.separator = separator != NULL ? separator[0] : ',';
  store = cli_open_store ();
  if (store == NULL)
    return CLI_REFUSED;
  if (!tg_statistics_write_report (store, &options, output, &error))
    return cli_fail_error (error);
  g_printerr (_("Report written: %s\n"), output);
  return CLI_OK;
}
