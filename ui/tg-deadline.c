/* tg-deadline.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-ui"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-dates.h"
#include "tg-deadline.h"
#include "tg-oversight-item.h"

void
tg_deadline_today (GDate *today)
{
  const char *fixed = g_getenv ("TERGEU_TODAY");

  if (fixed != NULL && tg_date_parse (fixed, today))
    return;
  tg_today (today);
}

TgDeadlineStatus
tg_deadline_status (TgCalendar *calendar,
                    const char *deadline,
                    char      **text)
{
  GDate today, due;
  int late;

  if (deadline == NULL || !tg_date_parse (deadline, &due))
    {
      *text = g_strdup ("");
      return TG_DEADLINE_NONE;
    }
  tg_deadline_today (&today);
  /* Counted and said as the dashboard and the reminders do. */
  late = tg_calendar_days_late (calendar, &today, &due);
  if (late > 0)
    {
      *text = tg_oversight_describe_days (late);
      return TG_DEADLINE_OVERDUE;
    }
  if (late >= -TG_DEADLINE_NEAR_DAYS)
    {
      *text = tg_oversight_describe_days (late);
      return TG_DEADLINE_NEAR;
    }
  *text = tg_format_date (deadline);
  return TG_DEADLINE_LATER;
}

char *
tg_format_date (const char *iso)
{
  GDate date;

  if (iso == NULL || *iso == '\0')
    return g_strdup ("");
  if (strlen (iso) > 10 ? tg_datetime_date (iso, &date) : tg_date_parse (iso, &date))
    return g_strdup_printf ("%02u.%02u.%04u", g_date_get_day (&date),
                            g_date_get_month (&date), g_date_get_year (&date));
  return g_strdup (iso);
}

char *
tg_format_datetime (const char *iso)
{
  g_autoptr(GDateTime) parsed = iso != NULL ? tg_datetime_parse (iso) : NULL;
  g_autoptr(GTimeZone) astana = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (parsed == NULL)
    return tg_format_date (iso);
  astana = tg_astana_timezone ();
  local = g_date_time_to_timezone (parsed, astana);
  return g_date_time_format (local, "%d.%m.%Y %H:%M");
}
