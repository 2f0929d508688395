/* test-calendar.c — working days, holidays, carry-over, entries, counting
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Weekdays in the comments were checked against a real calendar.
 */
#define G_LOG_DOMAIN "test-calendar"

#include "config.h"

#include <stdio.h>

#include <glib-object.h>

#include "tg-calendar.h"

/* "YYYY-MM-DD" → GDate; the tests' dates are all well-formed. */
static GDate
day (const char *text)
{
  GDate date;
  guint year, month, mday;

  g_assert_cmpint (sscanf (text, "%4u-%2u-%2u", &year, &month, &mday), ==, 3);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) mday, (GDateMonth) month, (GDateYear) year);
  g_assert_true (g_date_valid (&date));
  return date;
}

static char *
iso (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u",
                          (guint) g_date_get_year (date),
                          (guint) g_date_get_month (date),
                          (guint) g_date_get_day (date));
}

/* NULL @reason: a working day. */
static void
assert_day (TgCalendar *calendar,
            const char *date,
            const char *reason)
{
  GDate d = day (date);

  g_test_message ("%s: expecting %s", date, reason ? reason : "a working day");
  g_assert_cmpstr (tg_calendar_day_off_reason (calendar, &d), ==, reason);
  g_assert_true (tg_calendar_is_working_day (calendar, &d) == (reason == NULL));
}

static void
assert_add (TgCalendar *calendar,
            const char *from,
            guint       n,
            const char *expected)
{
  GDate d = day (from);
  g_autofree char *result_iso = NULL;
  GDate result;

  tg_calendar_add_working_days (calendar, &d, n, &result);
  g_assert_true (g_date_valid (&result));
  result_iso = iso (&result);
  g_assert_cmpstr (result_iso, ==, expected);
}

static int
between (TgCalendar *calendar,
         const char *from,
         const char *to)
{
  GDate a = day (from);
  GDate b = day (to);

  return tg_calendar_working_days_between (calendar, &a, &b);
}

#define WEEKEND    "Weekend"
#define NEW_YEAR   "New Year"
#define CHRISTMAS  "Orthodox Christmas"
#define NAURYZ     "Nauryz meirami"
#define KURBAN     "Kurban Ait"
#define DECREE     "Day off moved by Government decree"
#define CARRIED    "Day off in place of a holiday that fell on a weekend"

static void
test_plain_week (void)
{
  g_autoptr(TgCalendar) calendar = tg_calendar_new ();

  /* 9–15 February 2026, Monday to Sunday, no holiday. */
  assert_day (calendar, "2026-02-09", NULL);
  assert_day (calendar, "2026-02-10", NULL);
  assert_day (calendar, "2026-02-11", NULL);
  assert_day (calendar, "2026-02-12", NULL);
  assert_day (calendar, "2026-02-13", NULL);
  assert_day (calendar, "2026-02-14", WEEKEND);
  assert_day (calendar, "2026-02-15", WEEKEND);
  /* 29 February of a leap year. */
  assert_day (calendar, "2024-02-29", NULL);
}

static void
test_new_year_2026 (void)
{
  g_autoptr(TgCalendar) calendar = tg_calendar_new ();

  assert_day (calendar, "2025-12-31", NULL);   /* Wednesday */
  assert_day (calendar, "2026-01-01", NEW_YEAR);   /* Thursday */
  assert_day (calendar, "2026-01-02", NEW_YEAR);   /* Friday */
  assert_day (calendar, "2026-01-03", WEEKEND);
  assert_day (calendar, "2026-01-04", WEEKEND);
  assert_day (calendar, "2026-01-05", NULL);   /* nothing to carry */
  assert_day (calendar, "2026-01-06", NULL);
  assert_day (calendar, "2026-01-07", CHRISTMAS);  /* Wednesday */
  assert_day (calendar, "2026-01-08", NULL);
}

static void
test_nauryz_carry_over (void)
{
  g_autoptr(TgCalendar) calendar = tg_calendar_new ();

  /* 2021: 21 March a Sunday; 22 and 23 are Nauryz anyway, so the day in
   * its place is Wednesday 24 March. */
  assert_day (calendar, "2021-03-19", NULL);
  assert_day (calendar, "2021-03-20", WEEKEND);
  assert_day (calendar, "2021-03-21", NAURYZ);
  assert_day (calendar, "2021-03-22", NAURYZ);
  assert_day (calendar, "2021-03-23", NAURYZ);
  assert_day (calendar, "2021-03-24", CARRIED);
  assert_day (calendar, "2021-03-25", NULL);

  /* 2020: Saturday 21 and Sunday 22 each give a day: Tue 24, Wed 25. */
  assert_day (calendar, "2020-03-23", NAURYZ);
  assert_day (calendar, "2020-03-24", CARRIED);
  assert_day (calendar, "2020-03-25", CARRIED);
  assert_day (calendar, "2020-03-26", NULL);

  /* 2025: Friday 21; Saturday 22 and Sunday 23 → Mon 24, Tue 25. */
  assert_day (calendar, "2025-03-21", NAURYZ);
  assert_day (calendar, "2025-03-24", CARRIED);
  assert_day (calendar, "2025-03-25", CARRIED);
  assert_day (calendar, "2025-03-26", NULL);

  /* 2026: Saturday 21, Sunday 22, Monday 23 → Tue 24, Wed 25. */
  assert_day (calendar, "2026-03-20", NULL);
  assert_day (calendar, "2026-03-23", NAURYZ);
  assert_day (calendar, "2026-03-24", CARRIED);
  assert_day (calendar, "2026-03-25", CARRIED);
  assert_day (calendar, "2026-03-26", NULL);
}

static void
test_holiday_on_weekend (void)
{
  g_autoptr(TgCalendar) calendar = tg_calendar_new ();

  /* Independence Day 2023 on Saturday 16 December → Monday 18 off. */
  assert_day (calendar, "2023-12-15", NULL);
  assert_day (calendar, "2023-12-16", "Independence Day");
  assert_day (calendar, "2023-12-17", WEEKEND);  /* no longer a holiday */
  assert_day (calendar, "2023-12-18", CARRIED);
  assert_day (calendar, "2023-12-19", NULL);

  /* 2016: Fri 16 and Sat 17 December → Monday 19 off. */
  assert_day (calendar, "2016-12-16", "Independence Day");
  assert_day (calendar, "2016-12-17", "Independence Day");
  assert_day (calendar, "2016-12-19", CARRIED);
  assert_day (calendar, "2016-12-20", NULL);

  /* 2022: New Year on Saturday and Sunday → Monday 3 and Tuesday 4. */
  assert_day (calendar, "2022-01-03", CARRIED);
  assert_day (calendar, "2022-01-04", CARRIED);
  assert_day (calendar, "2022-01-05", NULL);

  /* 8 March 2026 a Sunday → Monday 9. */
  assert_day (calendar, "2026-03-08", "International Women's Day");
  assert_day (calendar, "2026-03-09", CARRIED);
  assert_day (calendar, "2026-03-10", NULL);

  /* Victory Day 2026 on Saturday 9 May → Monday 11. */
  assert_day (calendar, "2026-05-11", CARRIED);
  /* Constitution Day 2026 on Sunday 30 August → Monday 31. */
  assert_day (calendar, "2026-08-31", CARRIED);
}

static void
test_christmas_not_carried (void)
{
  g_autoptr(TgCalendar) calendar = tg_calendar_new ();

  /* 2023: Sunday 1 January → Tuesday 3 (Monday 2 is New Year anyway);
   * Saturday 7 January is religious: Monday 9 is worked. */
  assert_day (calendar, "2023-01-01", NEW_YEAR);
  assert_day (calendar, "2023-01-02", NEW_YEAR);
  assert_day (calendar, "2023-01-03", CARRIED);
  assert_day (calendar, "2023-01-04", NULL);
  assert_day (calendar, "2023-01-07", CHRISTMAS);
  assert_day (calendar, "2023-01-09", NULL);

  /* 2017: the same shape. */
  assert_day (calendar, "2017-01-03", CARRIED);
  assert_day (calendar, "2017-01-07", CHRISTMAS);
  assert_day (calendar, "2017-01-09", NULL);
}

static void
test_kurban_ait (void)
{
  g_autoptr(TgCalendar) calendar = tg_calendar_new ();
  g_autoptr(TgCalendar) bare = tg_calendar_new_without_entries ();

  /* 2024-06-16 a Sunday: not carried, Monday 17 June stays worked. */
  assert_day (calendar, "2024-06-16", KURBAN);
  assert_day (calendar, "2024-06-17", NULL);
  /* 2022-07-09 a Saturday: Monday 11 July worked. */
  assert_day (calendar, "2022-07-09", KURBAN);
  assert_day (calendar, "2022-07-11", NULL);
  /* Weekdays. */
  assert_day (calendar, "2023-06-28", KURBAN);
  assert_day (calendar, "2025-06-06", KURBAN);
  assert_day (calendar, "2026-05-27", KURBAN);
  assert_day (calendar, "2015-09-24", KURBAN);

  /* Kurban Ait comes only from the entries. */
  assert_day (bare, "2023-06-28", NULL);
  assert_day (bare, "2024-06-16", WEEKEND);
  assert_day (bare, "2026-05-27", NULL);
}

static void
test_republic_day (void)
{
  g_autoptr(TgCalendar) calendar = tg_calendar_new ();

  assert_day (calendar, "2015-10-26", NULL);   /* Monday */
  assert_day (calendar, "2021-10-25", NULL);   /* Monday */
  assert_day (calendar, "2022-10-25", "Republic Day");   /* Tuesday */
  assert_day (calendar, "2023-10-25", "Republic Day");   /* Wednesday */
  /* 2026: Sunday → Monday 26 October. */
  assert_day (calendar, "2026-10-25", "Republic Day");
  assert_day (calendar, "2026-10-26", CARRIED);
  assert_day (calendar, "2026-10-27", NULL);
}

static void
test_until_2021 (void)
{
  g_autoptr(TgCalendar) calendar = tg_calendar_new ();

  assert_day (calendar, "2015-12-01", "First President's Day");
  assert_day (calendar, "2021-12-01", "First President's Day");
  assert_day (calendar, "2022-12-01", NULL);   /* Thursday */
  assert_day (calendar, "2026-12-01", NULL);   /* Tuesday */

  assert_day (calendar, "2020-12-16", "Independence Day");
  assert_day (calendar, "2020-12-17", "Independence Day");
  assert_day (calendar, "2021-12-17", "Independence Day");
  assert_day (calendar, "2024-12-16", "Independence Day");
  assert_day (calendar, "2024-12-17", NULL);   /* Tuesday */
}

static void
test_transfer_2022 (void)
{
  g_autoptr(TgCalendar) calendar = tg_calendar_new ();
  g_autoptr(TgCalendar) bare = tg_calendar_new_without_entries ();

  assert_day (calendar, "2022-10-21", NULL);
  assert_day (calendar, "2022-10-22", NULL);   /* Saturday, worked */
  assert_day (calendar, "2022-10-23", WEEKEND);
  assert_day (calendar, "2022-10-24", DECREE);
  assert_day (calendar, "2022-10-25", "Republic Day");
  assert_day (calendar, "2022-10-26", NULL);

  assert_day (bare, "2022-10-22", WEEKEND);
  assert_day (bare, "2022-10-24", NULL);

  assert_add (calendar, "2022-10-21", 1, "2022-10-22");
  assert_add (calendar, "2022-10-20", 3, "2022-10-26");
  assert_add (bare, "2022-10-20", 3, "2022-10-26");
  assert_add (bare, "2022-10-21", 1, "2022-10-24");
}

static void
test_add_working_days (void)
{
  g_autoptr(TgCalendar) calendar = tg_calendar_new ();

  /* From Monday 15 March 2021: 16, 17, 18, 19 (4); 20–21 weekend; 22–23
   * Nauryz; 24 carried; 25, 26 (6); 29, 30, 31 (9); 1 April (10). */
  assert_add (calendar, "2021-03-15", 10, "2021-04-01");
  /* From Thursday 19 November 2026: 20, 23–27 (6), 30 (7), 1 December is
   * no longer a holiday (8), 2 (9), 3 (10). */
  assert_add (calendar, "2026-11-19", 10, "2026-12-03");
  /* From Thursday 19 March 2026: 20 (1); 21–25 off; 26 (2), 27 (3). */
  assert_add (calendar, "2026-03-19", 3, "2026-03-27");
  /* Across the year: 1–2 January, the weekend and 7 January are off. */
  assert_add (calendar, "2025-12-31", 3, "2026-01-08");
  /* Counting starts after the day, whatever the day is. */
  assert_add (calendar, "2026-11-20", 1, "2026-11-23");
  assert_add (calendar, "2026-11-21", 1, "2026-11-23");
  assert_add (calendar, "2026-11-22", 1, "2026-11-23");
  /* Zero days: the day itself. */
  assert_add (calendar, "2026-11-21", 0, "2026-11-21");
  /* The three working days for the act after an investigation ends on a
   * Friday before a long weekend (2021-03-19). */
  assert_add (calendar, "2021-03-19", 3, "2021-03-29");
}

static void
test_working_days_between (void)
{
  g_autoptr(TgCalendar) calendar = tg_calendar_new ();

  g_assert_cmpint (between (calendar, "2026-11-19", "2026-11-19"), ==, 0);
  g_assert_cmpint (between (calendar, "2026-11-20", "2026-11-23"), ==, 1);
  g_assert_cmpint (between (calendar, "2026-11-23", "2026-11-20"), ==, -1);
  /* (Fri, Sat]: nothing. */
  g_assert_cmpint (between (calendar, "2026-11-20", "2026-11-21"), ==, 0);
  g_assert_cmpint (between (calendar, "2026-11-19", "2026-12-03"), ==, 10);
  g_assert_cmpint (between (calendar, "2026-12-03", "2026-11-19"), ==, -10);
  g_assert_cmpint (between (calendar, "2021-03-15", "2021-04-01"), ==, 10);
  /* A whole year: 2026 has 261 weekdays, of which 15 are days off
   * (1, 2, 7 Jan; 9 Mar; 23, 24, 25 Mar; 1, 7, 11 May; 27 May; 6 Jul;
   * 31 Aug; 26 Oct; 16 Dec). */
  g_assert_cmpint (between (calendar, "2025-12-31", "2026-12-31"), ==, 246);
  /* 2022 has 260 weekdays.  Days off on weekdays: Mon 3 and Tue 4 Jan
   * (for 1–2 Jan, a weekend), Fri 7 Jan, 8 Mar, 21–23 Mar, Mon 2 May (for
   * Sunday 1 May), Mon 9 May, Tue 10 May (for Saturday 7 May, the 9th
   * being off already), 6 Jul, 30 Aug, 24 Oct (decree), 25 Oct, 16 Dec:
   * 15; Kurban Ait (Sat 9 Jul) is not carried; Saturday 22 October is
   * worked: 260 - 15 + 1 = 246. */
  g_assert_cmpint (between (calendar, "2021-12-31", "2022-12-31"), ==, 246);
  assert_day (calendar, "2022-05-02", CARRIED);
  assert_day (calendar, "2022-05-10", CARRIED);
  assert_day (calendar, "2022-05-11", NULL);
}

/* For many start days and counts, between (d, add (d, n)) == n and the
 * n-th day is a working day. */
static void
test_add_between_agree (void)
{
  g_autoptr(TgCalendar) calendar = tg_calendar_new ();
  GDate from = day ("2014-12-20");
  GDate end = day ("2027-01-10");

  for (; g_date_compare (&from, &end) < 0; g_date_add_days (&from, 5))
    for (guint n = 0; n <= 25; n++)
      {
        GDate result;

        tg_calendar_add_working_days (calendar, &from, n, &result);
        g_assert_cmpint (tg_calendar_working_days_between (calendar, &from, &result),
                         ==, (int) n);
        g_assert_cmpint (tg_calendar_working_days_between (calendar, &result, &from),
                         ==, -(int) n);
        if (n > 0)
          g_assert_true (tg_calendar_is_working_day (calendar, &result));
      }
}

/* Every day's reason and working flag agree, and apart from the decree
 * of 2022 no weekend day is worked. */
static void
test_reason_agrees (void)
{
  g_autoptr(TgCalendar) calendar = tg_calendar_new ();
  GDate d = day ("2015-01-01");
  GDate end = day ("2027-12-31");
  GDate worked_saturday = day ("2022-10-22");

  for (; g_date_compare (&d, &end) <= 0; g_date_add_days (&d, 1))
    {
      gboolean working = tg_calendar_is_working_day (calendar, &d);
      const char *reason = tg_calendar_day_off_reason (calendar, &d);

      g_assert_true (working == (reason == NULL));
      if (g_date_get_weekday (&d) >= G_DATE_SATURDAY
          && g_date_compare (&d, &worked_saturday) != 0)
        g_assert_false (working);
    }
}

static void
count_changed (TgCalendar *calendar,
               guint      *count)
{
  (*count)++;
}

static void
test_user_entries (void)
{
  g_autoptr(TgCalendar) calendar = tg_calendar_new_without_entries ();
  g_autoptr(GPtrArray) entries = NULL;
  GDate friday = day ("2026-11-20");
  GDate saturday = day ("2026-11-21");
  guint changed = 0;

  g_signal_connect (calendar, "changed", G_CALLBACK (count_changed), &changed);

  /* Classify the year first, so the change must drop it. */
  assert_add (calendar, "2026-11-19", 10, "2026-12-03");

  tg_calendar_set_entry (calendar, &friday, TG_CALENDAR_EXTRA_DAY_OFF, "test");
  g_assert_cmpuint (changed, ==, 1);
  assert_day (calendar, "2026-11-20", DECREE);
  assert_add (calendar, "2026-11-19", 10, "2026-12-04");
  g_assert_cmpint (between (calendar, "2026-11-19", "2026-12-04"), ==, 10);

  /* The same entry again is no change. */
  tg_calendar_set_entry (calendar, &friday, TG_CALENDAR_EXTRA_DAY_OFF, "test");
  g_assert_cmpuint (changed, ==, 1);
  /* A different note is. */
  tg_calendar_set_entry (calendar, &friday, TG_CALENDAR_EXTRA_DAY_OFF, "other");
  g_assert_cmpuint (changed, ==, 2);

  tg_calendar_set_entry (calendar, &saturday, TG_CALENDAR_EXTRA_WORKING_DAY, NULL);
  g_assert_cmpuint (changed, ==, 3);
  assert_day (calendar, "2026-11-21", NULL);
  assert_add (calendar, "2026-11-19", 10, "2026-12-03");

  entries = tg_calendar_list_entries (calendar);
  g_assert_cmpuint (entries->len, ==, 2);
  {
    TgCalendarEntry *first = g_ptr_array_index (entries, 0);
    TgCalendarEntry *second = g_ptr_array_index (entries, 1);

    g_assert_cmpint (g_date_compare (&first->date, &friday), ==, 0);
    g_assert_cmpint (first->kind, ==, TG_CALENDAR_EXTRA_DAY_OFF);
    g_assert_cmpstr (first->note, ==, "other");
    g_assert_cmpint (g_date_compare (&second->date, &saturday), ==, 0);
    g_assert_cmpint (second->kind, ==, TG_CALENDAR_EXTRA_WORKING_DAY);
    g_assert_null (second->note);
  }

  g_assert_true (tg_calendar_remove_entry (calendar, &friday));
  g_assert_cmpuint (changed, ==, 4);
  assert_day (calendar, "2026-11-20", NULL);
  g_assert_false (tg_calendar_remove_entry (calendar, &friday));
  g_assert_cmpuint (changed, ==, 4);

  g_assert_true (tg_calendar_remove_entry (calendar, &saturday));
  g_assert_cmpuint (changed, ==, 5);
  assert_day (calendar, "2026-11-21", WEEKEND);
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = tg_calendar_list_entries (calendar);
  g_assert_cmpuint (entries->len, ==, 0);
}

static void
test_entry_overrides (void)
{
  g_autoptr(TgCalendar) calendar = tg_calendar_new_without_entries ();
  GDate date;

  /* An extra working day overrides a holiday. */
  date = day ("2026-01-02");
  tg_calendar_set_entry (calendar, &date, TG_CALENDAR_EXTRA_WORKING_DAY, NULL);
  assert_day (calendar, "2026-01-02", NULL);

  /* Replacing the kind of an entry. */
  date = day ("2026-11-20");
  tg_calendar_set_entry (calendar, &date, TG_CALENDAR_KURBAN_AIT, NULL);
  assert_day (calendar, "2026-11-20", KURBAN);
  tg_calendar_set_entry (calendar, &date, TG_CALENDAR_EXTRA_DAY_OFF, NULL);
  assert_day (calendar, "2026-11-20", DECREE);

  /* A user's Kurban Ait on a Sunday is not carried either. */
  date = day ("2027-05-16");
  g_assert_cmpint (g_date_get_weekday (&date), ==, G_DATE_SUNDAY);
  tg_calendar_set_entry (calendar, &date, TG_CALENDAR_KURBAN_AIT, NULL);
  assert_day (calendar, "2027-05-16", KURBAN);
  assert_day (calendar, "2027-05-17", NULL);

  /* A day in place of a holiday skips a day already off by decree:
   * Saturday 16 December 2023 then goes to Tuesday 19. */
  date = day ("2023-12-18");
  tg_calendar_set_entry (calendar, &date, TG_CALENDAR_EXTRA_DAY_OFF, NULL);
  assert_day (calendar, "2023-12-18", DECREE);
  assert_day (calendar, "2023-12-19", CARRIED);
  assert_day (calendar, "2023-12-20", NULL);
}

static void
test_default_entries (void)
{
  static const char * const kurban_ait[] = {
    "2015-09-24", "2016-09-12", "2017-09-01", "2018-08-21", "2019-08-11",
    "2020-07-31", "2021-07-20", "2022-07-09", "2023-06-28", "2024-06-16",
    "2025-06-06", "2026-05-27",
  };
  g_autoptr(GPtrArray) defaults = tg_calendar_default_entries ();
  g_autoptr(TgCalendar) calendar = tg_calendar_new ();
  g_autoptr(TgCalendar) bare = tg_calendar_new_without_entries ();
  g_autoptr(GPtrArray) listed = tg_calendar_list_entries (calendar);
  g_autoptr(GPtrArray) none = tg_calendar_list_entries (bare);
  guint n_kurban = 0;

  g_assert_cmpuint (defaults->len, ==, G_N_ELEMENTS (kurban_ait) + 2);
  g_assert_cmpuint (listed->len, ==, defaults->len);
  g_assert_cmpuint (none->len, ==, 0);

  for (guint i = 0; i < listed->len; i++)
    {
      TgCalendarEntry *entry = g_ptr_array_index (listed, i);
      g_autofree char *date = iso (&entry->date);

      g_assert_nonnull (entry->note);
      g_assert_cmpstr (entry->note, !=, "");
      if (i > 0)
        {
          TgCalendarEntry *previous = g_ptr_array_index (listed, i - 1);

          g_assert_cmpint (g_date_compare (&previous->date, &entry->date), <, 0);
        }
      if (entry->kind == TG_CALENDAR_KURBAN_AIT)
        g_assert_cmpstr (date, ==, kurban_ait[n_kurban++]);
      else if (entry->kind == TG_CALENDAR_EXTRA_WORKING_DAY)
        g_assert_cmpstr (date, ==, "2022-10-22");
      else
        g_assert_cmpstr (date, ==, "2022-10-24");
    }
  g_assert_cmpuint (n_kurban, ==, G_N_ELEMENTS (kurban_ait));
}

static void
test_entry_kind_enum (void)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (TG_TYPE_CALENDAR_ENTRY_KIND);

  g_assert_cmpuint (klass->n_values, ==, 3);
  g_assert_cmpstr (g_enum_get_value (klass, TG_CALENDAR_KURBAN_AIT)->value_nick,
                   ==, "kurban-ait");
  g_assert_cmpstr (g_enum_get_value (klass, TG_CALENDAR_EXTRA_DAY_OFF)->value_nick,
                   ==, "extra-day-off");
  g_assert_cmpstr (g_enum_get_value (klass, TG_CALENDAR_EXTRA_WORKING_DAY)->value_nick,
                   ==, "extra-working-day");
}

static void
test_today (void)
{
  g_autoptr(GTimeZone) astana = g_time_zone_new_offset (5 * 3600);
  g_autoptr(GDateTime) before = g_date_time_new_now (astana);
  g_autoptr(GDateTime) after = NULL;
  GDate today;
  int y, m, d;

  tg_today (&today);
  after = g_date_time_new_now (astana);
  g_assert_true (g_date_valid (&today));

  /* Either side of a midnight between the two readings. */
  g_date_time_get_ymd (before, &y, &m, &d);
  if ((int) g_date_get_day (&today) != d)
    g_date_time_get_ymd (after, &y, &m, &d);
  g_assert_cmpint (g_date_get_year (&today), ==, y);
  g_assert_cmpint (g_date_get_month (&today), ==, m);
  g_assert_cmpint (g_date_get_day (&today), ==, d);
}

/* A figure, not a verdict: run with -m perf. */
static void
test_perf_is_working_day (void)
{
  g_autoptr(TgCalendar) calendar = tg_calendar_new ();
  GDate d = day ("2015-01-01");
  guint n_working = 0;
  const guint n_calls = 10000000;
  double seconds;

  if (!g_test_perf ())
    {
      g_test_skip ("a benchmark: run with -m perf");
      return;
    }

  g_test_timer_start ();
  for (guint i = 0; i < n_calls; i++)
    {
      if (tg_calendar_is_working_day (calendar, &d))
        n_working++;
      if (i % 4000 == 3999)
        g_date_set_dmy (&d, 1, 1, 2015);
      else
        g_date_add_days (&d, 1);
    }
  seconds = g_test_timer_elapsed ();
  g_test_minimized_result (seconds * 1e9 / n_calls,
                           "%.1f ns per tg_calendar_is_working_day () (%u working)",
                           seconds * 1e9 / n_calls, n_working);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/calendar/plain-week", test_plain_week);
  g_test_add_func ("/calendar/new-year-2026", test_new_year_2026);
  g_test_add_func ("/calendar/nauryz-carry-over", test_nauryz_carry_over);
  g_test_add_func ("/calendar/holiday-on-weekend", test_holiday_on_weekend);
  g_test_add_func ("/calendar/christmas-not-carried", test_christmas_not_carried);
  g_test_add_func ("/calendar/kurban-ait", test_kurban_ait);
  g_test_add_func ("/calendar/republic-day", test_republic_day);
  g_test_add_func ("/calendar/until-2021", test_until_2021);
  g_test_add_func ("/calendar/transfer-2022", test_transfer_2022);
  g_test_add_func ("/calendar/add-working-days", test_add_working_days);
  g_test_add_func ("/calendar/working-days-between", test_working_days_between);
  g_test_add_func ("/calendar/add-between-agree", test_add_between_agree);
  g_test_add_func ("/calendar/reason-agrees", test_reason_agrees);
  g_test_add_func ("/calendar/user-entries", test_user_entries);
  g_test_add_func ("/calendar/entry-overrides", test_entry_overrides);
  g_test_add_func ("/calendar/default-entries", test_default_entries);
  g_test_add_func ("/calendar/entry-kind-enum", test_entry_kind_enum);
  g_test_add_func ("/calendar/today", test_today);
  g_test_add_func ("/calendar/perf/is-working-day", test_perf_is_working_day);

  return g_test_run ();
}
