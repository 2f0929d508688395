/* bench-store.c — opening, listing, searching and filtering, timed
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-store DB [RUNS]
 * Prints one line per measurement: name, median ms, min ms, max ms, rows;
 * with BENCH_MEASURE set, only of the lists whose name has it. With
 * BENCH_SEARCH set, of that search alone instead, and of each of its
 * beginnings as it is typed (with BENCH_REGION, in that region).
 * Not a test: timings are reported, never judged here.
 *
 * The store keeps the matches of its last search until the next write, as
 * the list asks for the count and then pages of one search; every run of a
 * search here is a new search (another one is made in between, untimed),
 * so a figure is what typing the words costs, not a cache hit.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tg-legal-form.h"
#include "tg-store.h"

typedef struct
{
  const char *name;
  TgCaseQuery query;
  gboolean    count_only;
} Measure;

static int
cmp_double (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static void
report (const char *name, double *ms, guint runs, guint rows)
{
  qsort (ms, runs, sizeof (double), cmp_double);
  printf ("%-34s %9.2f %9.2f %9.2f %9u\n", name, ms[runs / 2], ms[0], ms[runs - 1], rows);
}

/* Makes the store forget its last search. */
static void
evict_search (TgStore *store)
{
  TgCaseQuery other = TG_CASE_QUERY_INIT;
  guint count;

  other.search = "bench-evict-nothing-matches-this";
  if (!tg_store_count_cases (store, &other, &count, NULL))
    g_error ("cannot search");
}

/* What the window does for a view: count the rows, fetch the first page. */
static guint
run_query (TgStore *store, const Measure *m)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  guint count = 0;

  if (!tg_store_count_cases (store, &m->query, &count, &error))
    g_error ("%s: %s", m->name, error->message);
  if (m->count_only)
    return count;
  rows = tg_store_list_cases (store, &m->query, 0, 200, &error);
  if (rows == NULL)
    g_error ("%s: %s", m->name, error->message);
  return count;
}

int
main (int argc, char **argv)
{
  g_autoptr(TgStore) store = NULL;
  g_autoptr(GError) error = NULL;
  guint runs = argc > 2 ? (guint) atoi (argv[2]) : 7;
  g_autofree double *ms = NULL;
  g_autofree char *surname = NULL;
  g_autofree char *iin = NULL;
  g_autofree char *employer = NULL;
  g_autoptr(GPtrArray) sample = NULL;
  TgCaseQuery all = TG_CASE_QUERY_INIT;
  const char *only = g_getenv ("BENCH_MEASURE");

  if (argc < 2 || runs < 1)
    {
      g_printerr ("usage: bench-store DB [RUNS]\n");
      return 2;
    }
  ms = g_new0 (double, runs);

  /* Opening: a cold process opening an existing database. */
  for (guint i = 0; i < runs; i++)
    {
      gint64 t0 = g_get_monotonic_time ();
      g_autoptr(TgStore) s = tg_store_open (argv[1], &error);
      if (s == NULL)
        g_error ("%s", error->message);
      ms[i] = (g_get_monotonic_time () - t0) / 1000.0;
    }
  printf ("%-34s %9s %9s %9s %9s\n", "measure", "median", "min", "max", "rows");
  report ("open database", ms, runs, 0);

  store = tg_store_open (argv[1], &error);
  g_assert_no_error (error);
  /* Search words taken from the data itself, as a person would type them. */
  sample = tg_store_list_cases (store, &all, 1000, 1, &error);
  g_assert_no_error (error);
  if (sample == NULL || sample->len == 0)
    g_error ("the database needs more than 1000 cases");
  {
    g_autoptr(TgCase) kase = tg_store_load_case (store, ((TgCaseSummary *) sample->pdata[0])->number, &error);
    g_autoptr(GObject) victim = g_list_model_get_item (G_LIST_MODEL (tg_case_get_victims (kase)), 0);
    g_autofree char *full = NULL;
    g_autofree char *iin_full = NULL;
    g_auto(GStrv) words = NULL;

    g_object_get (victim, "full-name", &full, "iin", &iin_full, NULL);
    words = g_strsplit (full, " ", 2);
    surname = g_strdup (words[0]);
    iin = g_strndup (iin_full, 6);
    employer = g_strdup (tg_employer_get_name (tg_case_get_employer (kase)));
  }

  {
    Measure m[] = {
      { "count all", TG_CASE_QUERY_INIT, TRUE },
      { "first page, by number", TG_CASE_QUERY_INIT, FALSE },
      { "first page, by accident date", TG_CASE_QUERY_INIT, FALSE },
      { "first page, by employer", TG_CASE_QUERY_INIT, FALSE },
      { "first page, by due date", TG_CASE_QUERY_INIT, FALSE },
      { "search surname", TG_CASE_QUERY_INIT, FALSE },
      { "search IIN prefix (6 digits)", TG_CASE_QUERY_INIT, FALSE },
      { "search employer", TG_CASE_QUERY_INIT, FALSE },
      { "search place word", TG_CASE_QUERY_INIT, FALSE },
      { "search number", TG_CASE_QUERY_INIT, FALSE },
      { "search two words", TG_CASE_QUERY_INIT, FALSE },
      { "search rare word", TG_CASE_QUERY_INIT, FALSE },
      { "search BIN", TG_CASE_QUERY_INIT, FALSE },
      { "search region + year prefix", TG_CASE_QUERY_INIT, FALSE },
      { "search Kazakh prefix", TG_CASE_QUERY_INIT, FALSE },
      { "search place word, by date", TG_CASE_QUERY_INIT, FALSE },
      { "search place word, by due date", TG_CASE_QUERY_INIT, FALSE },
      { "search region + year, by date", TG_CASE_QUERY_INIT, FALSE },
      { "search region + year, by due, desc", TG_CASE_QUERY_INIT, FALSE },
      { "search surname, by employer", TG_CASE_QUERY_INIT, FALSE },
      { "filter overdue", TG_CASE_QUERY_INIT, FALSE },
      { "filter needs action", TG_CASE_QUERY_INIT, FALSE },
      { "filter state local-investigation", TG_CASE_QUERY_INIT, FALSE },
      { "filter region 08", TG_CASE_QUERY_INIT, FALSE },
      { "filter region 08, year 2024", TG_CASE_QUERY_INIT, FALSE },
      { "filter committee", TG_CASE_QUERY_INIT, FALSE },
      { "filter open disputes", TG_CASE_QUERY_INIT, FALSE },
      { "search word part: surname end", TG_CASE_QUERY_INIT, FALSE },
      { "search word part: place", TG_CASE_QUERY_INIT, FALSE },
      { "search word part + year", TG_CASE_QUERY_INIT, FALSE },
      { "search employer with its form", TG_CASE_QUERY_INIT, FALSE },
      { "search + region: \"08 2024\"", TG_CASE_QUERY_INIT, FALSE },
      { "search + region: place word", TG_CASE_QUERY_INIT, FALSE },
      { "search + region: surname", TG_CASE_QUERY_INIT, FALSE },
      { "search + region: \"ТОО\"", TG_CASE_QUERY_INIT, FALSE },
      { "search + year: place word, by date", TG_CASE_QUERY_INIT, FALSE },
      { "search + state: place word", TG_CASE_QUERY_INIT, FALSE },
      { "search + overdue: employer", TG_CASE_QUERY_INIT, FALSE },
    };
    /* The last four letters of the surname ("баев" of Серікбаев). */
    glong n_chars = g_utf8_strlen (surname, -1);
    g_autofree char *end = g_strdup (g_utf8_offset_to_pointer (surname, MAX (n_chars - 4, 0)));
    g_autofree char *end_year = g_strdup_printf ("%s 2024", end);
    g_autofree char *two = g_strdup_printf ("%s %s", surname, employer);
    g_autofree char *number = g_strdup (((TgCaseSummary *) sample->pdata[0])->number);
    g_autofree char *bin = NULL;
    g_autoptr(TgCase) kase = tg_store_load_case (store, number, NULL);

    const TgLegalForm *form = tg_legal_form_lookup (tg_employer_get_legal_form (tg_case_get_employer (kase)));
    /* as it is written: "ТОО Балқаш Егінші", the form in 66 % of the cases */
    g_autofree char *with_form = g_strdup_printf ("%s %s", form != NULL ? form->ru : "", employer);

    bin = g_strdup (tg_employer_get_bin (tg_case_get_employer (kase)));
    m[2].query.sort = TG_CASE_SORT_OCCURRED;
    m[3].query.sort = TG_CASE_SORT_EMPLOYER;
    m[4].query.sort = TG_CASE_SORT_DUE;
    m[5].query.search = surname;
    m[6].query.search = iin;
    m[7].query.search = employer;
    m[8].query.search = "шахта";
    m[9].query.search = number;
    m[10].query.search = two;
    m[11].query.search = "Тентек";
    m[12].query.search = bin;
    m[13].query.search = "08 2024";
    m[14].query.search = "Қас";
    m[15].query.search = "шахта";
    m[15].query.sort = TG_CASE_SORT_OCCURRED;
    m[16].query.search = "шахта";
    m[16].query.sort = TG_CASE_SORT_DUE;
    m[17].query.search = "08 2024";
    m[17].query.sort = TG_CASE_SORT_OCCURRED;
    m[18].query.search = "08 2024";
    m[18].query.sort = TG_CASE_SORT_DUE;
    m[18].query.descending = TRUE;
    m[19].query.search = surname;
    m[19].query.sort = TG_CASE_SORT_EMPLOYER;
    m[20].query.overdue = TRUE;
    m[21].query.needs_action = TRUE;
    m[22].query.state = TG_STATE_LOCAL_INVESTIGATION;
    m[23].query.region = "08";
    m[24].query.region = "08";
    m[24].query.year = 2024;
    m[25].query.committee = TRUE;
    m[26].query.open_disputes = TRUE;
    m[27].query.search = end;
    m[28].query.search = "ахта";
    m[29].query.search = end_year;
    m[30].query.search = with_form;
    /* A search narrowed by the filters beside it: a region, a year, a
     * state, the overdue. */
    m[31].query.search = "08 2024";
    m[31].query.region = "08";
    m[32].query.search = "шахта";
    m[32].query.region = "08";
    m[33].query.search = surname;
    m[33].query.region = "08";
    m[34].query.search = form != NULL ? form->ru : "ТОО";
    m[34].query.region = "08";
    m[35].query.search = "шахта";
    m[35].query.year = 2024;
    m[35].query.sort = TG_CASE_SORT_OCCURRED;
    m[36].query.search = "шахта";
    m[36].query.state = TG_STATE_LOCAL_INVESTIGATION;
    m[37].query.search = employer;
    m[37].query.overdue = TRUE;

    if (g_getenv ("BENCH_SEARCH") != NULL)
      {
        /* what the window asks as the words are typed: "ТОО", "ТОО Б",
         * "ТОО Ба"… */
        const char *typed = g_getenv ("BENCH_SEARCH");
        glong length = g_utf8_strlen (typed, -1);

        for (glong n = 1; n <= length; n++)
          {
            Measure one = { NULL, TG_CASE_QUERY_INIT, FALSE };
            g_autofree char *part = g_utf8_substring (typed, 0, n);
            guint rows = 0;

            one.name = part;
            one.query.search = part;
            one.query.region = g_getenv ("BENCH_REGION");
            if (part[strlen (part) - 1] == ' ')
              continue;
            for (guint i = 0; i < runs; i++)
              {
                gint64 t0;

                evict_search (store);
                t0 = g_get_monotonic_time ();
                rows = run_query (store, &one);
                ms[i] = (g_get_monotonic_time () - t0) / 1000.0;
              }
            report (part, ms, runs, rows);
          }
        return 0;
      }
    for (guint k = 0; k < G_N_ELEMENTS (m); k++)
      {
        guint rows = 0;

        if (only != NULL && strstr (m[k].name, only) == NULL)
          continue;
        for (guint i = 0; i < runs; i++)
          {
            gint64 t0;

            if (m[k].query.search != NULL)
              evict_search (store);
            t0 = g_get_monotonic_time ();
            rows = run_query (store, &m[k]);
            ms[i] = (g_get_monotonic_time () - t0) / 1000.0;
          }
        report (m[k].name, ms, runs, rows);
      }
  }

  for (guint i = 0; i < runs; i++)
    {
      g_autoptr(TgCase) kase = NULL;
      gint64 t0 = g_get_monotonic_time ();
      kase = tg_store_load_case (store, ((TgCaseSummary *) sample->pdata[0])->number, &error);
      ms[i] = (g_get_monotonic_time () - t0) / 1000.0;
    }
  report ("load one case whole", ms, runs, 1);
  return 0;
}
