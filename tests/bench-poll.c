/* bench-poll.c — what the window's once-a-second question costs
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   bench-poll DATABASE [CALLS]
 *
 * Opens DATABASE twice and times tg_store_poll_changes on the first
 * connection: CALLS times (default 100 000) with nothing written, then
 * CALLS / 100 times each right after the second connection committed
 * (the order suffix changed, then put back). Prints microseconds per call.
 * Built, never run as a test: figures are for people to read.
 */
#include "config.h"

#include <stdlib.h>

#include "tg-store.h"

static double
time_polls (TgStore *store,
            TgStore *other,
            guint    calls,
            guint   *n_changed)
{
  g_autoptr(GError) error = NULL;
  /* A plain setting, changed and put back in turn: a commit each time. */
  g_autofree char *value = other != NULL ? tg_store_dup_setting (other, "order-suffix") : NULL;
  g_autofree char *changed = g_strconcat (value != NULL ? value : "", "-", NULL);
  gint64 spent = 0;

  *n_changed = 0;
  for (guint i = 0; i < calls; i++)
    {
      gint64 start;

      if (other != NULL && !tg_store_set_setting (other, "order-suffix", i % 2 == 0 ? changed : value, &error))
        g_error ("%s", error->message);
      start = g_get_monotonic_time ();
      if (tg_store_poll_changes (store, &error))
        (*n_changed)++;
      spent += g_get_monotonic_time () - start;
      if (error != NULL)
        g_error ("%s", error->message);
    }
  if (other != NULL && calls % 2 == 1 && !tg_store_set_setting (other, "order-suffix", value, &error))
    g_error ("%s", error->message);
  return (double) spent / calls;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TgStore) store = NULL;
  g_autoptr(TgStore) other = NULL;
  TgCaseQuery all = TG_CASE_QUERY_INIT;
  guint calls = argc > 2 ? (guint) atoi (argv[2]) : 100000;
  guint n_cases = 0, n_changed;
  double us;

  if (argc < 2)
    {
      g_printerr ("Usage: %s DATABASE [CALLS]\n", argv[0]);
      return 2;
    }
  store = tg_store_open (argv[1], &error);
  if (store != NULL)
    other = tg_store_open (argv[1], &error);
  if (other == NULL || !tg_store_count_cases (store, &all, &n_cases, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print ("database: %s, %u cases\n", argv[1], n_cases);
  us = time_polls (store, NULL, calls, &n_changed);
  g_print ("nothing written:      %.2f us per call (%u calls, %u said changed)\n", us, calls, n_changed);
  us = time_polls (store, other, MAX (calls / 100, 1), &n_changed);
  g_print ("after another commit: %.2f us per call (%u calls, %u said changed)\n",
           us, MAX (calls / 100, 1), n_changed);
  return 0;
}
