/* tg-dates.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-dates"

#include "config.h"

#include <string.h>

#include "tg-dates.h"

static gboolean
all_digits (const char *s,
            gsize       n)
{
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isdigit (s[i]))
      return FALSE;
  return TRUE;
}

gboolean
tg_date_parse (const char *text,
               GDate      *date)
{
  guint y, m, d;

  g_return_val_if_fail (date != NULL, FALSE);

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-' ||
      !all_digits (text, 4) || !all_digits (text + 5, 2) || !all_digits (text + 8, 2))
    return FALSE;

  y = (guint) g_ascii_strtoull (text, NULL, 10);
  m = (guint) g_ascii_strtoull (text + 5, NULL, 10);
  d = (guint) g_ascii_strtoull (text + 8, NULL, 10);
  if (y < 1 || !g_date_valid_dmy (d, m, y))
    return FALSE;

  g_date_clear (date, 1);
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

char *
tg_date_format_iso (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04u-%02u-%02u",
                          g_date_get_year (date),
                          g_date_get_month (date),
                          g_date_get_day (date));
}

GTimeZone *
tg_astana_timezone (void)
{
  /* One time zone for the whole country since 1 March 2024 (domain.md §5). */
  return g_time_zone_new_offset (5 * 3600);
}

GDateTime *
tg_datetime_parse (const char *text)
{
  gsize len;

  if (text == NULL)
    return NULL;
  len = strlen (text);
  /* Require an explicit offset: Z or ±hh:mm at the end. */
  if (len < 20 || text[10] != 'T')
    return NULL;
  if (text[len - 1] != 'Z' &&
      !(len >= 6 && (text[len - 6] == '+' || text[len - 6] == '-') && text[len - 3] == ':'))
    return NULL;
  return g_date_time_new_from_iso8601 (text, NULL);
}

char *
tg_datetime_format (GDateTime *datetime)
{
  g_autoptr(GTimeZone) tz = tg_astana_timezone ();
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (datetime != NULL, NULL);

  local = g_date_time_to_timezone (datetime, tz);
  return g_date_time_format (local, "%Y-%m-%dT%H:%M:%S+05:00");
}

char *
tg_now_iso (void)
{
  g_autoptr(GTimeZone) tz = tg_astana_timezone ();
  g_autoptr(GDateTime) now = g_date_time_new_now (tz);

  return tg_datetime_format (now);
}

gboolean
tg_datetime_date (const char *text,
                  GDate      *date)
{
  g_autoptr(GDateTime) dt = tg_datetime_parse (text);
  g_autoptr(GTimeZone) tz = NULL;
  g_autoptr(GDateTime) local = NULL;
  int y, m, d;

  if (dt == NULL)
    return FALSE;
  tz = tg_astana_timezone ();
  local = g_date_time_to_timezone (dt, tz);
  g_date_time_get_ymd (local, &y, &m, &d);
  g_date_clear (date, 1);
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

gboolean
tg_any_date_parse (const char *iso,
                   GDate      *date)
{
  g_date_clear (date, 1);
  if (iso == NULL)
    return FALSE;
  if (strlen (iso) == 10)
    return tg_date_parse (iso, date);
  return tg_datetime_date (iso, date);
}

char *
tg_date_dup_shown_day (const char *iso)
{
  GDate date;

  if (!tg_any_date_parse (iso, &date))
    return NULL;
  return g_strdup_printf ("%02u.%02u.%04u", g_date_get_day (&date), g_date_get_month (&date),
                          g_date_get_year (&date));
}

char *
tg_date_dup_shown (const char *iso)
{
  g_autoptr(GDateTime) dt = NULL;

  if (iso == NULL)
    return NULL;
  if (strlen (iso) == 10)
    return tg_date_dup_shown_day (iso);
  dt = tg_datetime_parse (iso);
  if (dt != NULL)
    {
      g_autoptr(GTimeZone) astana = tg_astana_timezone ();
      g_autoptr(GDateTime) local = g_date_time_to_timezone (dt, astana);

      return g_date_time_format (local, "%d.%m.%Y %H:%M");
    }
  return NULL;
}
