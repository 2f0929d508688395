/* tg-calendar.c — the working-day calendar of Kazakhstan (domain.md §5)
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each year's days are classified once, on first use, into a byte per day
 * (why it is off) and a bitmap (whether it is worked), so that
 * tg_calendar_is_working_day() is a lookup.  Any change of entries drops the
 * classified years.  A mutex guards the lazily built years so that deadline
 * computations may run in a worker thread.
 */
#define G_LOG_DOMAIN "tg-calendar"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-calendar.h"
#include "tg-dates.h"

/* The public holidays (Law "On holidays in the Republic of Kazakhstan";
 * Labour Code of 2015, art. 84–85).  A national or state holiday falling on
 * a Saturday or Sunday gives a day off on the next working day (art. 85);
 * religious holidays are not carried over.  @first_year and @last_year
 * bound the years in which the day was a day off; 0 leaves that side open
 * (the application's cases start in 2015).  Keep the rows in date order:
 * carry-overs are assigned in that order. */
typedef struct
{
  guint8      month;
  guint8      day;
  guint16     first_year;
  guint16     last_year;
  gboolean    carried;
  const char *name;
} TgHoliday;

static const TgHoliday holidays[] = {
  /* New Year: national holiday. */
  { 1, 1, 0, 0, TRUE, N_("New Year") },
  { 1, 2, 0, 0, TRUE, N_("New Year") },
  /* Orthodox Christmas: religious holiday, not carried over. */
  { 1, 7, 0, 0, FALSE, N_("Orthodox Christmas") },
  /* International Women's Day: state holiday. */
  { 3, 8, 0, 0, TRUE, N_("International Women's Day") },
  /* Nauryz meirami: national holiday, three days. */
  { 3, 21, 0, 0, TRUE, N_("Nauryz meirami") },
  { 3, 22, 0, 0, TRUE, N_("Nauryz meirami") },
  { 3, 23, 0, 0, TRUE, N_("Nauryz meirami") },
  /* Kazakhstan People's Unity Day: state holiday. */
  { 5, 1, 0, 0, TRUE, N_("Kazakhstan People's Unity Day") },
  /* Defender of the Fatherland Day: state holiday. */
  { 5, 7, 0, 0, TRUE, N_("Defender of the Fatherland Day") },
  /* Victory Day: national holiday. */
  { 5, 9, 0, 0, TRUE, N_("Victory Day") },
  /* Capital Day: state holiday. */
  { 7, 6, 0, 0, TRUE, N_("Capital Day") },
  /* Constitution Day: national holiday. */
  { 8, 30, 0, 0, TRUE, N_("Constitution Day") },
  /* Republic Day: national holiday from 2022 (law of 29 September 2022). */
  { 10, 25, 2022, 0, TRUE, N_("Republic Day") },
  /* First President's Day: a day off until 2021 inclusive. */
  { 12, 1, 0, 2021, TRUE, N_("First President's Day") },
  /* Independence Day: national holiday; its second day (17 December) was
   * a day off until 2021 inclusive. */
  { 12, 16, 0, 0, TRUE, N_("Independence Day") },
  { 12, 17, 0, 2021, TRUE, N_("Independence Day") },
};

/* The entries a new database starts with.  Kurban Ait's first day is
 * announced each year by the Ministry with the Spiritual Administration of
 * Muslims; for 2015 and 2021–2023 the dates below are the international
 * Eid al-Adha dates and are to be confirmed against the Ministry's
 * announcements.  2024-06-16 was a Sunday and is not carried over: the
 * Ministry's calendar had said 17 June, which stayed a working day.  The
 * 2022 transfer is the Government's decree moving the day off from
 * Saturday 22 October to Monday 24 October (around Republic Day). */
#define NOTE_KURBAN_AIT        N_("First day of Kurban Ait")
#define NOTE_KURBAN_AIT_UNSURE N_("First day of Kurban Ait: international Eid al-Adha date, to be confirmed")

static const struct
{
  guint16             year;
  guint8              month;
  guint8              day;
  TgCalendarEntryKind kind;
  const char         *note;
} default_entries[] = {
  { 2015, 9, 24, TG_CALENDAR_KURBAN_AIT, NOTE_KURBAN_AIT_UNSURE },
  { 2016, 9, 12, TG_CALENDAR_KURBAN_AIT, NOTE_KURBAN_AIT },
  { 2017, 9, 1, TG_CALENDAR_KURBAN_AIT, NOTE_KURBAN_AIT },
  { 2018, 8, 21, TG_CALENDAR_KURBAN_AIT, NOTE_KURBAN_AIT },
  { 2019, 8, 11, TG_CALENDAR_KURBAN_AIT, NOTE_KURBAN_AIT },
  { 2020, 7, 31, TG_CALENDAR_KURBAN_AIT, NOTE_KURBAN_AIT },
  { 2021, 7, 20, TG_CALENDAR_KURBAN_AIT, NOTE_KURBAN_AIT_UNSURE },
  { 2022, 7, 9, TG_CALENDAR_KURBAN_AIT, NOTE_KURBAN_AIT_UNSURE },
  { 2022, 10, 22, TG_CALENDAR_EXTRA_WORKING_DAY,
    N_("Working day: the day off moved to Monday 24 October by Government decree") },
  { 2022, 10, 24, TG_CALENDAR_EXTRA_DAY_OFF,
    N_("Day off moved from Saturday 22 October by Government decree") },
  { 2023, 6, 28, TG_CALENDAR_KURBAN_AIT, NOTE_KURBAN_AIT_UNSURE },
  { 2024, 6, 16, TG_CALENDAR_KURBAN_AIT, NOTE_KURBAN_AIT },
  { 2025, 6, 6, TG_CALENDAR_KURBAN_AIT, NOTE_KURBAN_AIT },
  { 2026, 5, 27, TG_CALENDAR_KURBAN_AIT, NOTE_KURBAN_AIT },
};

/* Why a day is off, one byte per day; a holiday is DAY_HOLIDAY plus its
 * row in holidays[]. */
enum
{
  DAY_WORKING,
  DAY_WEEKEND,
  DAY_KURBAN_AIT,
  DAY_EXTRA_DAY_OFF,
  DAY_CARRIED_OVER,
  DAY_HOLIDAY,
};
G_STATIC_ASSERT (DAY_HOLIDAY + G_N_ELEMENTS (holidays) <= G_MAXUINT8);

typedef struct
{
  guint        n_days;
  GDateWeekday jan1;
  guint32      working[(366 + 31) / 32];  /* bit doy-1 set: a working day */
  guint8       reason[366];               /* index doy-1 */
} TgYear;

struct _TgCalendar
{
  GObject     parent_instance;

  GMutex      lock;         /* guards the fields below */
  GTree      *entries;      /* julian day → TgCalendarEntry */
  GHashTable *years;        /* year → TgYear, classified on demand */
  guint       last_year;    /* the year last looked up, 0 for none */
  TgYear     *last;
};

G_DEFINE_FINAL_TYPE (TgCalendar, tg_calendar, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (TgCalendarEntryKind, tg_calendar_entry_kind,
  G_DEFINE_ENUM_VALUE (TG_CALENDAR_KURBAN_AIT, "kurban-ait"),
  G_DEFINE_ENUM_VALUE (TG_CALENDAR_EXTRA_DAY_OFF, "extra-day-off"),
  G_DEFINE_ENUM_VALUE (TG_CALENDAR_EXTRA_WORKING_DAY, "extra-working-day"))

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Entries */

static TgCalendarEntry *
tg_calendar_entry_new (const GDate         *date,
                       TgCalendarEntryKind  kind,
                       const char          *note)
{
  TgCalendarEntry *entry = g_new0 (TgCalendarEntry, 1);

  g_date_clear (&entry->date, 1);
  g_date_set_julian (&entry->date, g_date_get_julian (date));
  entry->kind = kind;
  entry->note = g_strdup (note);
  return entry;
}

void
tg_calendar_entry_free (TgCalendarEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->note);
  g_free (entry);
}

static TgCalendarEntry *
tg_calendar_entry_copy (const TgCalendarEntry *entry)
{
  return tg_calendar_entry_new (&entry->date, entry->kind, entry->note);
}

GPtrArray *
tg_calendar_default_entries (void)
{
  GPtrArray *entries;

  entries = g_ptr_array_new_full (G_N_ELEMENTS (default_entries),
                                  (GDestroyNotify) tg_calendar_entry_free);
  for (guint i = 0; i < G_N_ELEMENTS (default_entries); i++)
    {
      GDate date;

      g_date_clear (&date, 1);
      g_date_set_dmy (&date, default_entries[i].day, default_entries[i].month,
                      default_entries[i].year);
      g_ptr_array_add (entries,
                       tg_calendar_entry_new (&date, default_entries[i].kind,
                                              _(default_entries[i].note)));
    }
  return entries;
}

/* Classifying a year */

static GDateWeekday
tg_year_weekday (const TgYear *y,
                 guint         doy)
{
  return (GDateWeekday) ((y->jan1 - 1 + doy - 1) % 7 + 1);
}

static gboolean
tg_year_is_weekend (const TgYear *y,
                    guint         doy)
{
  return tg_year_weekday (y, doy) >= G_DATE_SATURDAY;
}

static guint
day_of_year (guint year,
             guint month,
             guint day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return g_date_get_day_of_year (&date);
}

static gboolean
holiday_in_year (const TgHoliday *holiday,
                 guint            year)
{
  return (holiday->first_year == 0 || year >= holiday->first_year)
         && (holiday->last_year == 0 || year <= holiday->last_year);
}

static void
tg_year_mark_holidays (TgYear *y,
                       guint   year)
{
  for (guint i = 0; i < G_N_ELEMENTS (holidays); i++)
    if (holiday_in_year (&holidays[i], year))
      {
        guint doy = day_of_year (year, holidays[i].month, holidays[i].day);

        y->reason[doy - 1] = (guint8) (DAY_HOLIDAY + i);
      }
}

typedef struct
{
  TgYear  *y;
  guint    first_julian;
  guint    last_julian;
  gboolean working_days;  /* this pass: extra working days, else days off */
} MarkEntries;

/* Days off by entry only replace plain working days and weekends: a
 * Kurban Ait on a public holiday stays that holiday. */
static void
tg_year_mark_entry (TgYear                *y,
                    const TgCalendarEntry *entry,
                    guint                  doy,
                    gboolean               working_days)
{
  guint8 *reason = &y->reason[doy - 1];

  if (working_days)
    {
      if (entry->kind == TG_CALENDAR_EXTRA_WORKING_DAY)
        *reason = DAY_WORKING;
      return;
    }
  if (entry->kind == TG_CALENDAR_EXTRA_WORKING_DAY
      || (*reason != DAY_WORKING && *reason != DAY_WEEKEND))
    return;
  *reason = entry->kind == TG_CALENDAR_KURBAN_AIT ? DAY_KURBAN_AIT
                                                  : DAY_EXTRA_DAY_OFF;
}

static gboolean
mark_entry_cb (gpointer key,
               gpointer value,
               gpointer user_data)
{
  MarkEntries *mark = user_data;
  guint julian = GPOINTER_TO_UINT (key);

  if (julian > mark->last_julian)
    return TRUE;
  if (julian >= mark->first_julian)
    tg_year_mark_entry (mark->y, value, julian - mark->first_julian + 1,
                        mark->working_days);
  return FALSE;
}

static void
tg_year_mark_entries (TgYear   *y,
                      guint     year,
                      GTree    *entries,
                      gboolean  working_days)
{
  MarkEntries mark = { y, 0, 0, working_days };
  GDate jan1;

  g_date_clear (&jan1, 1);
  g_date_set_dmy (&jan1, 1, G_DATE_JANUARY, (GDateYear) year);
  mark.first_julian = g_date_get_julian (&jan1);
  mark.last_julian = mark.first_julian + y->n_days - 1;
  g_tree_foreach (entries, mark_entry_cb, &mark);
}

/* A carried holiday on a weekend makes the next plain working day a day
 * off; walking in date order means a day already given to an earlier
 * holiday is skipped.  No holiday falls after 17 December, so the day off
 * stays within the year; should entries push it past 31 December, it is
 * dropped rather than spilling into the next year. */
static void
tg_year_carry_over (TgYear *y)
{
  for (guint doy = 1; doy <= y->n_days; doy++)
    {
      guint8 reason = y->reason[doy - 1];

      if (reason < DAY_HOLIDAY || !holidays[reason - DAY_HOLIDAY].carried
          || !tg_year_is_weekend (y, doy))
        continue;
      for (guint next = doy + 1; next <= y->n_days; next++)
        if (y->reason[next - 1] == DAY_WORKING)
          {
            y->reason[next - 1] = DAY_CARRIED_OVER;
            break;
          }
    }
}

static void
tg_year_fill_bitmap (TgYear *y)
{
  for (guint doy = 1; doy <= y->n_days; doy++)
    if (y->reason[doy - 1] == DAY_WORKING)
      y->working[(doy - 1) / 32] |= 1u << ((doy - 1) % 32);
}

static TgYear *
tg_year_new (guint  year,
             GTree *entries)
{
  TgYear *y = g_new0 (TgYear, 1);
  GDate jan1;

  g_date_clear (&jan1, 1);
  g_date_set_dmy (&jan1, 1, G_DATE_JANUARY, (GDateYear) year);
  y->jan1 = g_date_get_weekday (&jan1);
  y->n_days = g_date_is_leap_year ((GDateYear) year) ? 366 : 365;

  for (guint doy = 1; doy <= y->n_days; doy++)
    y->reason[doy - 1] = tg_year_is_weekend (y, doy) ? DAY_WEEKEND : DAY_WORKING;
  tg_year_mark_holidays (y, year);
  tg_year_mark_entries (y, year, entries, FALSE);
  tg_year_carry_over (y);
  tg_year_mark_entries (y, year, entries, TRUE);
  tg_year_fill_bitmap (y);
  return y;
}

static inline gboolean
tg_year_is_working (const TgYear *y,
                    guint         doy)
{
  return (y->working[(doy - 1) / 32] >> ((doy - 1) % 32)) & 1u;
}

/* Called with the lock held. */
static TgYear *
tg_calendar_get_year (TgCalendar *self,
                      guint       year)
{
  TgYear *y;

  if (year == self->last_year)
    return self->last;

  y = g_hash_table_lookup (self->years, GUINT_TO_POINTER (year));
  if (y == NULL)
    {
      y = tg_year_new (year, self->entries);
      g_hash_table_insert (self->years, GUINT_TO_POINTER (year), y);
    }
  self->last_year = year;
  self->last = y;
  return y;
}

/* Called with the lock held. */
static void
tg_calendar_invalidate (TgCalendar *self)
{
  self->last_year = 0;
  self->last = NULL;
  g_hash_table_remove_all (self->years);
}

/* The object */

static int
compare_julian (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  guint ja = GPOINTER_TO_UINT (a);
  guint jb = GPOINTER_TO_UINT (b);

  return ja < jb ? -1 : ja > jb ? 1 : 0;
}

static void
tg_calendar_finalize (GObject *object)
{
  TgCalendar *self = TG_CALENDAR (object);

  g_clear_pointer (&self->entries, g_tree_unref);
  g_clear_pointer (&self->years, g_hash_table_unref);
  g_mutex_clear (&self->lock);

  G_OBJECT_CLASS (tg_calendar_parent_class)->finalize (object);
}

static void
tg_calendar_class_init (TgCalendarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tg_calendar_finalize;

  /**
   * TgCalendar::changed:
   *
   * Emitted when an entry is added, replaced or removed: every working-day
   * answer may have changed.
   */
  signals[CHANGED] = g_signal_new ("changed",
                                   G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

static void
tg_calendar_init (TgCalendar *self)
{
  g_mutex_init (&self->lock);
  self->entries = g_tree_new_full (compare_julian, NULL, NULL,
                                   (GDestroyNotify) tg_calendar_entry_free);
  self->years = g_hash_table_new_full (g_direct_hash, g_direct_equal,
                                       NULL, g_free);
}

TgCalendar *
tg_calendar_new_without_entries (void)
{
  return g_object_new (TG_TYPE_CALENDAR, NULL);
}

TgCalendar *
tg_calendar_new (void)
{
  TgCalendar *self = tg_calendar_new_without_entries ();
  g_autoptr(GPtrArray) entries = tg_calendar_default_entries ();

  for (guint i = 0; i < entries->len; i++)
    {
      TgCalendarEntry *entry = g_ptr_array_index (entries, i);

      tg_calendar_set_entry (self, &entry->date, entry->kind, entry->note);
    }
  return self;
}

/* Called with the lock held; TRUE when something changed. */
static gboolean
tg_calendar_store_entry (TgCalendar          *self,
                         const GDate         *date,
                         TgCalendarEntryKind  kind,
                         const char          *note)
{
  gpointer key = GUINT_TO_POINTER (g_date_get_julian (date));
  TgCalendarEntry *old = g_tree_lookup (self->entries, key);

  if (old != NULL && old->kind == kind && g_strcmp0 (old->note, note) == 0)
    return FALSE;

  g_tree_replace (self->entries, key, tg_calendar_entry_new (date, kind, note));
  tg_calendar_invalidate (self);
  return TRUE;
}

void
tg_calendar_set_entry (TgCalendar          *self,
                       const GDate         *date,
                       TgCalendarEntryKind  kind,
                       const char          *note)
{
  gboolean changed;

  g_return_if_fail (TG_IS_CALENDAR (self));
  g_return_if_fail (date != NULL && g_date_valid (date));
  g_return_if_fail (kind <= TG_CALENDAR_EXTRA_WORKING_DAY);

  g_mutex_lock (&self->lock);
  changed = tg_calendar_store_entry (self, date, kind, note);
  g_mutex_unlock (&self->lock);

  if (changed)
    g_signal_emit (self, signals[CHANGED], 0);
}

gboolean
tg_calendar_remove_entry (TgCalendar  *self,
                          const GDate *date)
{
  gboolean removed;

  g_return_val_if_fail (TG_IS_CALENDAR (self), FALSE);
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  g_mutex_lock (&self->lock);
  removed = g_tree_remove (self->entries,
                           GUINT_TO_POINTER (g_date_get_julian (date)));
  if (removed)
    tg_calendar_invalidate (self);
  g_mutex_unlock (&self->lock);

  if (removed)
    g_signal_emit (self, signals[CHANGED], 0);
  return removed;
}

static gboolean
copy_entry_cb (gpointer key,
               gpointer value,
               gpointer user_data)
{
  g_ptr_array_add (user_data, tg_calendar_entry_copy (value));
  return FALSE;
}

GPtrArray *
tg_calendar_list_entries (TgCalendar *self)
{
  g_autoptr(GMutexLocker) locker = NULL;
  GPtrArray *entries;

  g_return_val_if_fail (TG_IS_CALENDAR (self), NULL);

  locker = g_mutex_locker_new (&self->lock);
  entries = g_ptr_array_new_full (g_tree_nnodes (self->entries),
                                  (GDestroyNotify) tg_calendar_entry_free);
  g_tree_foreach (self->entries, copy_entry_cb, entries);
  return entries;
}

/* Queries */

gboolean
tg_calendar_is_working_day (TgCalendar  *self,
                            const GDate *date)
{
  g_autoptr(GMutexLocker) locker = NULL;
  const TgYear *y;

  g_return_val_if_fail (TG_IS_CALENDAR (self), FALSE);
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  locker = g_mutex_locker_new (&self->lock);
  y = tg_calendar_get_year (self, g_date_get_year (date));
  return tg_year_is_working (y, g_date_get_day_of_year (date));
}

static const char *
reason_label (guint8 reason)
{
  switch (reason)
    {
    case DAY_WORKING:
      return NULL;
    case DAY_WEEKEND:
      return _("Weekend");
    case DAY_KURBAN_AIT:
      return _("Kurban Ait");
    case DAY_EXTRA_DAY_OFF:
      return _("Day off moved by Government decree");
    case DAY_CARRIED_OVER:
      return _("Day off in place of a holiday that fell on a weekend");
    default:
      g_assert (reason - DAY_HOLIDAY < (int) G_N_ELEMENTS (holidays));
      return _(holidays[reason - DAY_HOLIDAY].name);
    }
}

const char *
tg_calendar_day_off_reason (TgCalendar  *self,
                            const GDate *date)
{
  guint8 reason;

  g_return_val_if_fail (TG_IS_CALENDAR (self), NULL);
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  g_mutex_lock (&self->lock);
  reason = tg_calendar_get_year (self, g_date_get_year (date))
             ->reason[g_date_get_day_of_year (date) - 1];
  g_mutex_unlock (&self->lock);

  return reason_label (reason);
}

/* Walks day by day without converting each day back to a GDate. */
typedef struct
{
  TgCalendar   *calendar;
  guint         year;
  guint         doy;
  const TgYear *y;
} DayCursor;

static void
day_cursor_init (DayCursor   *cursor,
                 TgCalendar  *calendar,
                 const GDate *date)
{
  cursor->calendar = calendar;
  cursor->year = g_date_get_year (date);
  cursor->doy = g_date_get_day_of_year (date);
  cursor->y = tg_calendar_get_year (calendar, cursor->year);
}

/* FALSE past the last year a GDate can hold. */
static gboolean
day_cursor_next (DayCursor *cursor)
{
  if (cursor->doy < cursor->y->n_days)
    {
      cursor->doy++;
      return TRUE;
    }
  if (cursor->year >= G_MAXUINT16)
    return FALSE;
  cursor->year++;
  cursor->doy = 1;
  cursor->y = tg_calendar_get_year (cursor->calendar, cursor->year);
  return TRUE;
}

static void
day_cursor_get_date (const DayCursor *cursor,
                     GDate           *date)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, 1, G_DATE_JANUARY, (GDateYear) cursor->year);
  g_date_add_days (date, cursor->doy - 1);
}

/* @n = 0 gives @from itself. */
void
tg_calendar_add_working_days (TgCalendar  *self,
                              const GDate *from,
                              guint        n,
                              GDate       *result)
{
  DayCursor cursor;
  guint found = 0;

  g_return_if_fail (TG_IS_CALENDAR (self));
  g_return_if_fail (from != NULL && g_date_valid (from));
  g_return_if_fail (result != NULL);

  g_mutex_lock (&self->lock);
  day_cursor_init (&cursor, self, from);
  while (found < n && day_cursor_next (&cursor))
    if (tg_year_is_working (cursor.y, cursor.doy))
      found++;
  g_mutex_unlock (&self->lock);

  if (found == n)
    day_cursor_get_date (&cursor, result);
  else
    g_date_clear (result, 1);
}

/* Working days in (@from, @to], @from not after @to. */
static guint
count_working_days (TgCalendar  *self,
                    const GDate *from,
                    const GDate *to)
{
  guint32 last = g_date_get_julian (to);
  DayCursor cursor;
  guint count = 0;

  g_mutex_lock (&self->lock);
  day_cursor_init (&cursor, self, from);
  for (guint32 julian = g_date_get_julian (from); julian < last; julian++)
    {
      day_cursor_next (&cursor);
      if (tg_year_is_working (cursor.y, cursor.doy))
        count++;
    }
  g_mutex_unlock (&self->lock);
  return count;
}

int
tg_calendar_working_days_between (TgCalendar  *self,
                                  const GDate *from,
                                  const GDate *to)
{
  g_return_val_if_fail (TG_IS_CALENDAR (self), 0);
  g_return_val_if_fail (from != NULL && g_date_valid (from), 0);
  g_return_val_if_fail (to != NULL && g_date_valid (to), 0);

  if (g_date_compare (to, from) < 0)
    return -(int) count_working_days (self, to, from);
  return (int) count_working_days (self, from, to);
}

int
tg_calendar_days_late (TgCalendar  *self,
                       const GDate *today,
                       const GDate *due)
{
  int cmp;

  g_return_val_if_fail (TG_IS_CALENDAR (self), 0);
  g_return_val_if_fail (today != NULL && g_date_valid (today), 0);
  g_return_val_if_fail (due != NULL && g_date_valid (due), 0);

  cmp = g_date_compare (due, today);
  if (cmp < 0)
    return MAX (1, tg_calendar_working_days_between (self, due, today));
  if (cmp > 0)
    return MIN (-1, -tg_calendar_working_days_between (self, today, due));
  return 0;
}

void
tg_today (GDate *today)
{
  g_autoptr(GTimeZone) astana = NULL;
  g_autoptr(GDateTime) now = NULL;

  g_return_if_fail (today != NULL);

  astana = tg_astana_timezone ();
  now = g_date_time_new_now (astana);
  g_date_clear (today, 1);
  g_date_set_dmy (today,
                  (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now),
                  (GDateYear) g_date_time_get_year (now));
}
