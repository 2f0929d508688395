/* tergeu-populate.c — fills a database for screenshots and benchmarks of
 * the window (until "tergeu-cli demo" lands)
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-ui"

#include "config.h"

#include <stdlib.h>

#include "test-ui-data.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TgStore) store = NULL;

  if (argc != 3 && !(argc == 4 && g_str_equal (argv[3], "full")))
    {
      g_printerr ("usage: %s DATABASE N [full]\n", argv[0]);
      return 2;
    }
  store = tg_store_open (argv[1], &error);
  if (store == NULL || !tg_test_populate (store, (guint) atoi (argv[2]), &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  /* "full": a local and a Committee case with every part filled, for
   * screenshots of the case page; their numbers on standard output. */
  for (int committee = 0; argc == 4 && committee < 2; committee++)
    {
      g_autofree char *id = tg_test_full_case (store, committee, &error);
      g_autoptr(TgCase) kase = id != NULL ? tg_store_load_case (store, id, &error) : NULL;

      if (kase == NULL)
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      g_print ("%s\n", tg_case_get_number (kase));
    }
  tg_store_close (store);
  return 0;
}
