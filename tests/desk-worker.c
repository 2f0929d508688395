/* desk-worker.c — one desk running commands on cases other desks share
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Used by test-concurrency: desk-worker LOCATION DESK N NUMBER… runs N
 * commands, each on one of the given cases, as an investigator at a desk
 * does: it opens the case, takes a moment, and runs the command at the
 * revision it saw. The commands cycle through editing the particulars,
 * adding a victim, sending an information request, registering a dispute
 * and appointing the commission. Each outcome is one line on stdout:
 *
 *   accepted NUMBER REVISION COMMAND   (REVISION: the case's after it)
 *   refused NUMBER CODE MESSAGE        (CODE: the TgCommandError)
 *
 * Exit status 0 when every command was either accepted or refused in the
 * command layer's terms; 1 when anything else failed.
 */
#include "config.h"

#include <stdio.h>

#include "tg-case-commands.h"
#include "tg-store.h"
#include "tg-test-util.h"

static GVariant *
command_params (const char *name,
                guint       desk,
                guint       k)
{
  g_autofree char *text = g_strdup_printf ("Стол %u, команда %u", desk, k);

  if (g_str_equal (name, "edit-particulars"))
    return tg_test_params ("place", TG_TEST_STR (text), NULL);
  if (g_str_equal (name, "request"))
    return tg_test_params ("to", TG_TEST_STR ("ДГИТ по Карагандинской области"),
                           "subject", TG_TEST_STR (text), NULL);
  if (g_str_equal (name, "dispute-file"))
    return tg_test_params ("filed-by", TG_TEST_STR ("worker"), "subject", TG_TEST_STR ("registration"),
                           "filed", TG_TEST_STR ("2026-11-19"), "claim", TG_TEST_STR (text), NULL);
  if (g_str_equal (name, "appoint"))
    return tg_test_params ("order-date", TG_TEST_STR ("2026-11-20"), NULL);
  return NULL;
}

int
main (int argc, char **argv)
{
  static const char *const commands[] = {
    "edit-particulars", "victim-add", "request", "dispute-file", "appoint",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(TgStore) store = NULL;
  g_autoptr(GRand) rand = NULL;
  guint desk, n;
  int n_cases;

  if (argc < 5)
    return 2;
  desk = (guint) g_ascii_strtoull (argv[2], NULL, 10);
  n = (guint) g_ascii_strtoull (argv[3], NULL, 10);
  n_cases = argc - 4;
  rand = g_rand_new_with_seed (desk);
  store = tg_store_open (argv[1], &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  for (guint k = 0; k < n; k++)
    {
      const char *number = argv[4 + (desk + k) % n_cases];
      const char *name = commands[(desk + k) % G_N_ELEMENTS (commands)];
      g_autoptr(TgCase) seen = tg_store_load_case (store, number, &error);
      g_autoptr(TgCase) after = NULL;
      GVariant *params;

      if (seen == NULL)
        break;
      /* A victim new to the case as this desk sees it (its IIN follows
       * the number of victims already there). */
      if (g_str_equal (name, "victim-add"))
        params = tg_test_victim_params (tg_test_add_victim (seen, TG_SEVERITY_LIGHT));
      else
        params = command_params (name, desk, k);
      /* The investigator reads the case before acting on it. */
      g_usleep (g_rand_int_range (rand, 0, 4000));
      after = tg_command_run (store, tg_case_get_id (seen), tg_case_get_revision (seen), name, params,
                              NULL, &error);
      if (after != NULL)
        printf ("accepted %s %" G_GINT64_FORMAT " %s\n", number, tg_case_get_revision (after), name);
      else if (error->domain == TG_COMMAND_ERROR)
        {
          printf ("refused %s %d %s\n", number, error->code, error->message);
          g_clear_error (&error);
        }
      else
        break;
      fflush (stdout);
    }
  if (error != NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return 0;
}
