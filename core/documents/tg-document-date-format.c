/* tg-document-date-format.c — dates as official documents write them
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-date-format"

#include "config.h"

#include <string.h>

#include "tg-document-date-format.h"

typedef enum
{
  LANG_NONE,
  LANG_KK,
  LANG_RU,
} Lang;

/* Kazakh month names with their case forms.  The suffix follows vowel
 * harmony (back vowels → -да/-дағы/-ға, front vowels → -де/-дегі/-ге) and
 * the last sound (after a voiceless consonant → -та/-те, -тағы/-тегі,
 * -қа/-ке), which gives "қыркүйекте", "қыркүйекке" but "қарашада".  The
 * forms are written out rather than computed so that each one can be read
 * and checked here; usage as in shared/spec/order-template.md ("2026 жылғы
 * 25 қарашадағы № …", "2026 жылғы 18 қарашада болған"); the dative goes
 * before "дейін" ("2026 жылғы 3 желтоқсанға дейін"), the ablative before
 * "бастап" ("2026 жылғы 1 қаңтардан бастап": -нан/-нен after м, н, ң,
 * -тан/-тен after a voiceless consonant, -дан/-ден otherwise). */
static const struct
{
  const char *plain;
  const char *locative;
  const char *attributive;
  const char *dative;
  const char *ablative;
} kk_months[12] = {
  { "қаңтар",    "қаңтарда",    "қаңтардағы",    "қаңтарға",     "қаңтардан" },
  { "ақпан",     "ақпанда",     "ақпандағы",     "ақпанға",      "ақпаннан" },
  { "наурыз",    "наурызда",    "наурыздағы",    "наурызға",     "наурыздан" },
  { "сәуір",     "сәуірде",     "сәуірдегі",     "сәуірге",      "сәуірден" },
  { "мамыр",     "мамырда",     "мамырдағы",     "мамырға",      "мамырдан" },
  { "маусым",    "маусымда",    "маусымдағы",    "маусымға",     "маусымнан" },
  { "шілде",     "шілдеде",     "шілдедегі",     "шілдеге",      "шілдеден" },
  { "тамыз",     "тамызда",     "тамыздағы",     "тамызға",      "тамыздан" },
  { "қыркүйек",  "қыркүйекте",  "қыркүйектегі",  "қыркүйекке",   "қыркүйектен" },
  { "қазан",     "қазанда",     "қазандағы",     "қазанға",      "қазаннан" },
  { "қараша",    "қарашада",    "қарашадағы",    "қарашаға",     "қарашадан" },
  { "желтоқсан", "желтоқсанда", "желтоқсандағы", "желтоқсанға",  "желтоқсаннан" },
};

/* Russian official dates put the month in the genitive: "25 ноября 2026 года". */
static const char * const ru_months_genitive[12] = {
  "января", "февраля", "марта", "апреля", "мая", "июня",
  "июля", "августа", "сентября", "октября", "ноября", "декабря",
};

static Lang
lang_from_string (const char *lang)
{
  size_t len;

  if (lang == NULL)
    return LANG_KK;

  len = strcspn (lang, "_-.@");
  if (len == 2 && g_ascii_strncasecmp (lang, "kk", 2) == 0)
    return LANG_KK;
  if (len == 2 && g_ascii_strncasecmp (lang, "ru", 2) == 0)
    return LANG_RU;
  return LANG_NONE;
}

static const char *
kk_month (guint month,
          TgDateForm form)
{
  switch (form)
    {
    case TG_DATE_FORM_LOCATIVE:
      return kk_months[month - 1].locative;
    case TG_DATE_FORM_ATTRIBUTIVE:
      return kk_months[month - 1].attributive;
    case TG_DATE_FORM_DATIVE:
      return kk_months[month - 1].dative;
    case TG_DATE_FORM_ABLATIVE:
      return kk_months[month - 1].ablative;
    case TG_DATE_FORM_PLAIN:
    default:
      return kk_months[month - 1].plain;
    }
}

char *
tg_date_format_official (const GDate *date,
                         const char  *lang,
                         TgDateForm   form)
{
  guint day, month, year;

  g_return_val_if_fail (date != NULL, NULL);

  if (!g_date_valid (date))
    return NULL;

  day = g_date_get_day (date);
  month = g_date_get_month (date);
  year = g_date_get_year (date);

  switch (lang_from_string (lang))
    {
    case LANG_KK:
      return g_strdup_printf ("%u жылғы %u %s", year, day, kk_month (month, form));
    case LANG_RU:
      return g_strdup_printf ("%u %s %u года", day, ru_months_genitive[month - 1], year);
    case LANG_NONE:
    default:
      return NULL;
    }
}
