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
  char *shown = tg_date_dup_shown_day (iso);

  return shown != NULL ? shown : g_strdup (iso != NULL ? iso : "");
}

char *
tg_format_datetime (const char *iso)
{
  char *shown = tg_date_dup_shown (iso);

  return shown != NULL ? shown : g_strdup (iso != NULL ? iso : "");
}
