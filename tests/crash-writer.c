/* crash-writer.c — writes cases in batches until it is killed
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Used by test-crash: every batch of BATCH cases registered by the
 * "register" command is one transaction, and after each batch an edit
 * session changes one case several times by "edit-particulars", each
 * command its own transaction. After a SIGKILL at any point the database
 * must hold whole batches only.
 */
#include "config.h"

#include <stdio.h>

#include "tg-case-commands.h"
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
          g_autoptr(TgCase) draft = tg_test_make_case (1, 1, 0);

          g_clear_object (&last);
          last = tg_command_register (store, draft, &error);
          if (last == NULL)
            goto out;
        }
      if (!tg_store_commit (store, &error))
        break;
      for (guint i = 0; i < 5; i++)
        {
          g_autofree char *place = g_strdup_printf ("Цех № %u", i);
          TgCase *after = tg_command_run (store, tg_case_get_id (last), tg_case_get_revision (last),
                                          "edit-particulars",
                                          tg_test_params ("place", TG_TEST_STR (place), NULL),
                                          NULL, &error);
          if (after == NULL)
            goto out;
          g_object_unref (last);
          last = after;
        }
      printf ("%u\n", batch);
      fflush (stdout);
    }
out:
  g_printerr ("%s\n", error ? error->message : "stopped");
  return 1;
}
