/* test-date-format.c — official date writing in Kazakh and Russian
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-date-format"

#include "config.h"

#include "tg-document-date-format.h"
#include "tg-dates.h"

/* Day 25 of each month of 2026, as order-template.md writes it. */
static const struct
{
  const char *kk_plain;
  const char *kk_locative;
  const char *kk_attributive;
  const char *kk_dative;
  const char *ru;
} months[12] = {
  { "2026 жылғы 25 қаңтар", "2026 жылғы 25 қаңтарда", "2026 жылғы 25 қаңтардағы", "2026 жылғы 25 қаңтарға", "25 января 2026 года" },
  { "2026 жылғы 25 ақпан", "2026 жылғы 25 ақпанда", "2026 жылғы 25 ақпандағы", "2026 жылғы 25 ақпанға", "25 февраля 2026 года" },
  { "2026 жылғы 25 наурыз", "2026 жылғы 25 наурызда", "2026 жылғы 25 наурыздағы", "2026 жылғы 25 наурызға", "25 марта 2026 года" },
  { "2026 жылғы 25 сәуір", "2026 жылғы 25 сәуірде", "2026 жылғы 25 сәуірдегі", "2026 жылғы 25 сәуірге", "25 апреля 2026 года" },
  { "2026 жылғы 25 мамыр", "2026 жылғы 25 мамырда", "2026 жылғы 25 мамырдағы", "2026 жылғы 25 мамырға", "25 мая 2026 года" },
  { "2026 жылғы 25 маусым", "2026 жылғы 25 маусымда", "2026 жылғы 25 маусымдағы", "2026 жылғы 25 маусымға", "25 июня 2026 года" },
  { "2026 жылғы 25 шілде", "2026 жылғы 25 шілдеде", "2026 жылғы 25 шілдедегі", "2026 жылғы 25 шілдеге", "25 июля 2026 года" },
  { "2026 жылғы 25 тамыз", "2026 жылғы 25 тамызда", "2026 жылғы 25 тамыздағы", "2026 жылғы 25 тамызға", "25 августа 2026 года" },
  { "2026 жылғы 25 қыркүйек", "2026 жылғы 25 қыркүйекте", "2026 жылғы 25 қыркүйектегі", "2026 жылғы 25 қыркүйекке", "25 сентября 2026 года" },
  { "2026 жылғы 25 қазан", "2026 жылғы 25 қазанда", "2026 жылғы 25 қазандағы", "2026 жылғы 25 қазанға", "25 октября 2026 года" },
  { "2026 жылғы 25 қараша", "2026 жылғы 25 қарашада", "2026 жылғы 25 қарашадағы", "2026 жылғы 25 қарашаға", "25 ноября 2026 года" },
  { "2026 жылғы 25 желтоқсан", "2026 жылғы 25 желтоқсанда", "2026 жылғы 25 желтоқсандағы", "2026 жылғы 25 желтоқсанға", "25 декабря 2026 года" },
};

/* before "бастап" (from): -нан/-нен after м, н, ң; -тан/-тен after a
 * voiceless consonant; -дан/-ден otherwise */
static const char * const kk_ablative[12] = {
  "2026 жылғы 25 қаңтардан", "2026 жылғы 25 ақпаннан", "2026 жылғы 25 наурыздан",
  "2026 жылғы 25 сәуірден", "2026 жылғы 25 мамырдан", "2026 жылғы 25 маусымнан",
  "2026 жылғы 25 шілдеден", "2026 жылғы 25 тамыздан", "2026 жылғы 25 қыркүйектен",
  "2026 жылғы 25 қазаннан", "2026 жылғы 25 қарашадан", "2026 жылғы 25 желтоқсаннан",
};

static void
assert_format (const GDate *date,
               const char  *lang,
               TgDateForm   form,
               const char  *expected)
{
  g_autofree char *text = tg_date_format_official (date, lang, form);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_all_months (void)
{
  for (guint m = 1; m <= 12; m++)
    {
      GDate date;

      g_date_clear (&date, 1);
      g_date_set_dmy (&date, 25, (GDateMonth) m, 2026);
      assert_format (&date, "kk", TG_DATE_FORM_PLAIN, months[m - 1].kk_plain);
      assert_format (&date, "kk", TG_DATE_FORM_LOCATIVE, months[m - 1].kk_locative);
      assert_format (&date, "kk", TG_DATE_FORM_ATTRIBUTIVE, months[m - 1].kk_attributive);
      assert_format (&date, "kk", TG_DATE_FORM_DATIVE, months[m - 1].kk_dative);
      assert_format (&date, "kk", TG_DATE_FORM_ABLATIVE, kk_ablative[m - 1]);
      for (TgDateForm form = TG_DATE_FORM_PLAIN; form <= TG_DATE_FORM_ABLATIVE; form++)
        assert_format (&date, "ru", form, months[m - 1].ru);
    }
}

static void
test_template_examples (void)
{
  GDate date;

  g_assert_true (tg_date_parse ("2026-11-25", &date));
  assert_format (&date, "kk", TG_DATE_FORM_ATTRIBUTIVE, "2026 жылғы 25 қарашадағы");
  assert_format (&date, "ru", TG_DATE_FORM_PLAIN, "25 ноября 2026 года");
  g_assert_true (tg_date_parse ("2026-11-18", &date));
  assert_format (&date, "kk", TG_DATE_FORM_LOCATIVE, "2026 жылғы 18 қарашада");
  /* No leading zero on the day; the language may carry a region. */
  g_assert_true (tg_date_parse ("2026-01-05", &date));
  assert_format (&date, "ru_RU.UTF-8", TG_DATE_FORM_PLAIN, "5 января 2026 года");
  assert_format (&date, NULL, TG_DATE_FORM_PLAIN, "2026 жылғы 5 қаңтар");
  assert_format (&date, "kk-KZ", TG_DATE_FORM_LOCATIVE, "2026 жылғы 5 қаңтарда");
}

/* The short form the window, the command line and the documents' tables
 * show; a date-time by its day in Astana (UTC+5). */
static void
test_shown (void)
{
  static const struct
  {
    const char *iso, *shown, *day;
  } cases[] = {
    { "2026-03-14", "14.03.2026", "14.03.2026" },
    { "2026-03-14T09:30:00+05:00", "14.03.2026 09:30", "14.03.2026" },
    { "2026-03-14T20:15:00Z", "15.03.2026 01:15", "15.03.2026" },
    { "2026-02-30", NULL, NULL },
    { "14.03.2026", NULL, NULL },
    { "", NULL, NULL },
    { NULL, NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *shown = tg_date_dup_shown (cases[i].iso);
      g_autofree char *day = tg_date_dup_shown_day (cases[i].iso);

      g_assert_cmpstr (shown, ==, cases[i].shown);
      g_assert_cmpstr (day, ==, cases[i].day);
    }
}

static void
test_unsupported (void)
{
  GDate date;
  g_autofree char *text = NULL;

  g_date_clear (&date, 1);
  g_assert_null (tg_date_format_official (&date, "kk", TG_DATE_FORM_PLAIN));
  g_date_set_dmy (&date, 1, 1, 2026);
  g_assert_null (tg_date_format_official (&date, "en", TG_DATE_FORM_PLAIN));
  g_assert_null (tg_date_format_official (&date, "kkk", TG_DATE_FORM_PLAIN));
  text = tg_date_format_official (&date, "KK", TG_DATE_FORM_PLAIN);
  g_assert_cmpstr (text, ==, "2026 жылғы 1 қаңтар");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/date-format/all-months", test_all_months);
  g_test_add_func ("/date-format/template-examples", test_template_examples);
  g_test_add_func ("/date-format/unsupported", test_unsupported);
  g_test_add_func ("/date-format/shown", test_shown);

  return g_test_run ();
}
