/* tg-deadline.h — how a deadline reads in the list and on the case page
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "tg-calendar.h"

G_BEGIN_DECLS

typedef enum
{
  TG_DEADLINE_NONE,      /* no deadline */
  TG_DEADLINE_LATER,     /* more than TG_DEADLINE_NEAR_DAYS working days away */
  TG_DEADLINE_NEAR,      /* due today or within TG_DEADLINE_NEAR_DAYS working days */
  TG_DEADLINE_OVERDUE,   /* past */
} TgDeadlineStatus;

/* "Needs action": due within three working days (workflows.md §3). */
#define TG_DEADLINE_NEAR_DAYS 3

/* Today in Astana, or TERGEU_TODAY (YYYY-MM-DD) as the store honours it. */
void             tg_deadline_today  (GDate      *today);
/* The status of @deadline (YYYY-MM-DD or NULL) and, in @text, what to show:
 * "overdue 3 working days", "due in 2 working days", "due today" (counted
 * by tg_calendar_days_late, said by tg_oversight_describe_days), or the
 * date. */
TgDeadlineStatus tg_deadline_status (TgCalendar *calendar,
                                     const char *deadline,
                                     char      **text);
/* tg_date_dup_shown_day() and tg_date_dup_shown() for a label: text
 * that is no date is shown as it is, NULL as "". */
char            *tg_format_date     (const char *iso);
char            *tg_format_datetime (const char *iso);

G_END_DECLS
