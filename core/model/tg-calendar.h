/* tg-calendar.h — the working-day calendar of Kazakhstan (domain.md §5)
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The calendar is data: a table of public holidays with the years in which
 * each was a day off, plus per-year entries (Kurban Ait, days moved by
 * Government decree) that ship as defaults and that the user can extend.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  TG_CALENDAR_KURBAN_AIT,        /* first day of Kurban Ait: a day off, never carried over */
  TG_CALENDAR_EXTRA_DAY_OFF,     /* a day off by decree (e.g. Mon 24 Oct 2022) */
  TG_CALENDAR_EXTRA_WORKING_DAY, /* a weekend day made a working day by decree (Sat 22 Oct 2022) */
} TgCalendarEntryKind;

GType tg_calendar_entry_kind_get_type (void) G_GNUC_CONST;
#define TG_TYPE_CALENDAR_ENTRY_KIND (tg_calendar_entry_kind_get_type ())

#define TG_TYPE_CALENDAR (tg_calendar_get_type ())
G_DECLARE_FINAL_TYPE (TgCalendar, tg_calendar, TG, CALENDAR, GObject)

/* A calendar holding the shipped holiday table and per-year entries. */
TgCalendar *tg_calendar_new               (void);
/* An empty-of-entries calendar: the fixed holiday table only. */
TgCalendar *tg_calendar_new_without_entries (void);

/* Adds or replaces the entry for @date ("changed" is emitted when that
 * changes anything). */
void        tg_calendar_set_entry         (TgCalendar          *self,
                                           const GDate         *date,
                                           TgCalendarEntryKind  kind,
                                           const char          *note);
gboolean    tg_calendar_remove_entry      (TgCalendar          *self,
                                           const GDate         *date);
/* Entries sorted by date; each element a TgCalendarEntry (free with
 * g_ptr_array_unref). */
GPtrArray  *tg_calendar_list_entries      (TgCalendar          *self);

typedef struct
{
  GDate                date;
  TgCalendarEntryKind  kind;
  char                *note;
} TgCalendarEntry;

void        tg_calendar_entry_free        (TgCalendarEntry *entry);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TgCalendarEntry, tg_calendar_entry_free)

/* The entries the application ships (Kurban Ait 2015–2026, the 2022
 * transfer), for a new database. */
GPtrArray  *tg_calendar_default_entries   (void);

gboolean    tg_calendar_is_working_day    (TgCalendar  *self,
                                           const GDate *date);
/* Why @date is not a working day ("Nauryz", "weekend", …, translated),
 * or NULL for a working day. */
const char *tg_calendar_day_off_reason    (TgCalendar  *self,
                                           const GDate *date);

/* "Within @n working days from day @from": counting starts on the first
 * working day after @from; the result is the @n-th working day (@from
 * itself for @n = 0). */
void        tg_calendar_add_working_days  (TgCalendar  *self,
                                           const GDate *from,
                                           guint        n,
                                           GDate       *result);
/* Working days in (@from, @to]; negative when @to is before @from. */
int         tg_calendar_working_days_between (TgCalendar  *self,
                                              const GDate *from,
                                              const GDate *to);

/* How late @due is on @today, in working days: positive when past (at
 * least 1, even across a weekend), 0 on the day, negative for the working
 * days still to come (at least 1).  The one count the window, the
 * dashboard and the reminders show. */
int         tg_calendar_days_late         (TgCalendar  *self,
                                           const GDate *today,
                                           const GDate *due);

/* Today in Astana (UTC+5). */
void        tg_today                      (GDate *today);

G_END_DECLS
