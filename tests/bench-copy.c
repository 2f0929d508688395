/* bench-copy.c — a database moved whole, timed (issue 17)
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-copy FROM TO [--no-verify]
 * What `tergeu-cli copy` does — tg_store_copy into an empty database, then
 * tg_store_verify there — with each phase's time, cases per second and
 * the process's peak memory. --no-verify leaves the verify out (build-aux/
 * bench fills its server with it at a million cases, and verifies apart).
 * Not a test: timings are reported, never judged here.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <sys/resource.h>

#include "tg-store-copy.h"
#include "tg-store.h"

static double
peak_mib (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;
}

int
main (int argc, char **argv)
{
  g_autoptr(TgStore) from = NULL;
  g_autoptr(TgStore) to = NULL;
  g_autoptr(GError) error = NULL;
  gboolean verify = !(argc > 3 && strcmp (argv[3], "--no-verify") == 0);
  guint64 n_cases = 0;
  gint64 t0;
  double s;

  if (argc < 3)
    {
      g_printerr ("usage: bench-copy FROM TO [--no-verify]\n");
      return 2;
    }
  from = tg_store_open (argv[1], &error);
  if (from != NULL)
    to = tg_store_open (argv[2], &error);
  if (to == NULL)
    g_error ("%s", error->message);

  t0 = g_get_monotonic_time ();
  if (!tg_store_copy (from, to, NULL, NULL, &n_cases, &error))
    g_error ("%s", error->message);
  s = (g_get_monotonic_time () - t0) / 1e6;
  printf ("copy: %" G_GUINT64_FORMAT " cases in %.1f s (%.0f cases/s), peak %.0f MiB\n",
          n_cases, s, n_cases / s, peak_mib ());
  if (verify)
    {
      g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);

      t0 = g_get_monotonic_time ();
      if (!tg_store_verify (to, problems, &error) || problems->len > 0)
        g_error ("the copy does not verify: %s",
                 error != NULL ? error->message : (char *) problems->pdata[0]);
      s = (g_get_monotonic_time () - t0) / 1e6;
      printf ("verify: %" G_GUINT64_FORMAT " cases in %.1f s (%.0f cases/s), peak %.0f MiB\n",
              n_cases, s, n_cases / s, peak_mib ());
    }
  return 0;
}
