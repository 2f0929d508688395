/* crash-writer.c — writes cases in batches until it is killed
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Used by test-crash: every batch of BATCH cases is one transaction, and
 * after each batch an edit session changes one case several times. After
 * a SIGKILL at any point the database must hold whole batches only.
 */
#include "config.h"

#include <stdio.h>

#include "tg-store.h"
#include "tg-test-util.h"

#define BATCH 50

int
main (int argc, char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TgStore) store = NULL;

  if (argc != 2)
    return 2;
  store = tg_store_open (argv[1], &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  for (guint batch = 0; ; batch++)
    {
      g_autoptr(TgCase) last = NULL;

      if (!tg_store_begin (store, &error))
        break;
      for (guint i = 0; i < BATCH; i++)
        {
          g_clear_object (&last);
          last = tg_test_make_case (1, 1, 0);
          if (!tg_store_create_case (store, last, &error))
            goto out;
        }
      if (!tg_store_commit (store, &error))
        break;
      for (guint i = 0; i < 5; i++)
        {
          g_autofree char *place = g_strdup_printf ("Цех № %u", i);
          tg_case_set_place (last, place);
          if (!tg_store_save_case (store, last, &error))
            goto out;
        }
      printf ("%u\n", batch);
      fflush (stdout);
    }
out:
  g_printerr ("%s\n", error ? error->message : "stopped");
  return 1;
}
