/* tg-dates.h — ISO 8601 dates and date-times as the model stores them
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Strict "YYYY-MM-DD" into @date; FALSE for anything else or no real date. */
gboolean   tg_date_parse         (const char  *text,
                                  GDate       *date);
/* "YYYY-MM-DD" (newly allocated). */
char      *tg_date_format_iso    (const GDate *date);
/* An ISO 8601 date-time that carries an offset ("…T14:30:00+05:00"); NULL
 * for anything else, a missing offset included. */
GDateTime *tg_datetime_parse     (const char  *text);
/* "2026-11-18T14:30:00+05:00": seconds precision, Astana offset. */
char      *tg_datetime_format    (GDateTime   *datetime);
/* Now in Astana (UTC+5), formatted as above. */
char      *tg_now_iso            (void);
GTimeZone *tg_astana_timezone    (void);
/* The date part of a date-time as seen in Astana. */
gboolean   tg_datetime_date      (const char  *text,
                                  GDate       *date);

/* The day of a date, or of a date-time as seen in Astana; FALSE (and
 * @date cleared) when @iso is neither. */
gboolean   tg_any_date_parse     (const char  *iso,
                                  GDate       *date);

/* As people read it: "18.11.2026" for a date, "18.11.2026 14:30" (Astana)
 * for a date-time; NULL when @iso is neither.  The window, the command
 * line and the documents show dates only through these two. */
char      *tg_date_dup_shown     (const char  *iso);
/* The day alone, "18.11.2026", of a date or a date-time; NULL when @iso is
 * neither. */
char      *tg_date_dup_shown_day (const char  *iso);

G_END_DECLS
