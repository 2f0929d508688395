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

  if (argc != 3)
    {
      g_printerr ("usage: %s DATABASE N\n", argv[0]);
      return 2;
    }
  store = tg_store_open (argv[1], &error);
  if (store == NULL || !tg_test_populate (store, (guint) atoi (argv[2]), &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  tg_store_close (store);
  return 0;
}
