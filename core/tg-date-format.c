/* tg-date-format.c — dates as official documents write them
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-date-format"

#include "config.h"

#include <string.h>

#include "tg-date-format.h"

typedef enum
{
  LANG_NONE,
  LANG_KK,
  LANG_RU,
} Lang;

/* Kazakh month names with their case forms.  The suffix follows vowel
 * harmony (back vowels → -да/-дағы, front vowels → -де/-дегі) and the
 * last sound (after a voiceless consonant → -та/-те, -тағы/-тегі), which
 * gives "қыркүйекте" but "қарашада".  The forms are written out rather
 * than computed so that each one can be read and checked here; usage as in
 * shared/spec/order-template.md ("2026 жылғы 25 қарашадағы № …",
 * "2026 жылғы 18 қарашада болған"). */
static const struct
{
  const char *plain;
  const char *locative;
  const char *attributive;
} kk_months[12] = {
  { "қаңтар",    "қаңтарда",    "қаңтардағы" },
  { "ақпан",     "ақпанда",     "ақпандағы" },
  { "наурыз",    "наурызда",    "наурыздағы" },
  { "сәуір",     "сәуірде",     "сәуірдегі" },
  { "мамыр",     "мамырда",     "мамырдағы" },
  { "маусым",    "маусымда",    "маусымдағы" },
  { "шілде",     "шілдеде",     "шілдедегі" },
  { "тамыз",     "тамызда",     "тамыздағы" },
  { "қыркүйек",  "қыркүйекте",  "қыркүйектегі" },
  { "қазан",     "қазанда",     "қазандағы" },
  { "қараша",    "қарашада",    "қарашадағы" },
  { "желтоқсан", "желтоқсанда", "желтоқсандағы" },
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

static gboolean
parse_digits (const char *text,
              guint       n,
              guint      *value)
{
  *value = 0;
  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      *value = *value * 10 + (guint) (text[i] - '0');
    }
  return TRUE;
}

gboolean
tg_date_parse_iso (const char *text,
                   GDate      *date)
{
  guint year, month, day;

  g_return_val_if_fail (date != NULL, FALSE);

  g_date_clear (date, 1);
  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  if (!parse_digits (text, 4, &year) ||
      !parse_digits (text + 5, 2, &month) ||
      !parse_digits (text + 8, 2, &day))
    return FALSE;
  if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;

  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}
