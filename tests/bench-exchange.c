/* bench-exchange.c — import and export speed and memory (issue 3)
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-exchange SOURCE.db WORKDIR
 *
 * Exports every case of SOURCE.db to WORKDIR/bundle.xml, imports that
 * bundle into an empty WORKDIR/import.db, and times `xmllint --stream
 * --schema` over the same file.  Each phase runs in a child process so
 * that its own peak memory (getrusage, ru_maxrss) is reported.  A program
 * that prints figures, not a test.
 */
#define G_LOG_DOMAIN "bench-exchange"

#include "config.h"

#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "tg-exchange-export.h"
#include "tg-exchange-import.h"

typedef gboolean (*Phase) (const char *a,
                           const char *b,
                           guint      *n);

static gboolean
do_export (const char *db,
           const char *bundle,
           guint      *n)
{
  g_autoptr(TgStore) store = tg_store_open (db, NULL);
  TgStoreExportQuery all = { NULL, -1, NULL, NULL, NULL, NULL };
  g_autoptr(GError) error = NULL;

  if (store == NULL || !tg_exchange_export_file (store, &all, NULL, bundle, n, &error))
    {
      g_printerr ("export: %s\n", error ? error->message : "cannot open");
      return FALSE;
    }
  tg_store_close (store);
  return TRUE;
}

static gboolean
do_import (const char *bundle,
           const char *db,
           guint      *n)
{
  g_autoptr(TgStore) store = tg_store_open (db, NULL);
  g_autoptr(TgExchangeReport) report = tg_exchange_report_new ();
  g_autoptr(GError) error = NULL;
  TgExchangeImportOptions options = TG_EXCHANGE_IMPORT_OPTIONS_INIT;
  TgExchangeTotals t = { 0, };

  /* A whole-archive bundle of a million cases is 3 GB: above the 512 MiB
   * that files from the regions may have. */
  options.max_size = G_MAXUINT64;
  if (store == NULL || !tg_exchange_import_file_full (store, bundle, report, &options, &t, &error))
    {
      g_autofree char *text = tg_exchange_report_format (report);
      g_printerr ("import: %s\n%.2000s\n", error ? error->message : "cannot open", text);
      return FALSE;
    }
  *n = t.n_cases;
  tg_store_close (store);
  return TRUE;
}

/* Runs @phase in a child; its time, count and peak RSS. */
static gboolean
measure (const char *label,
         Phase       phase,
         const char *a,
         const char *b)
{
  int pipefd[2];
  struct rusage usage;
  gint64 start = g_get_monotonic_time ();
  guint n = 0;
  double seconds;
  int status;
  pid_t pid;

  g_assert (pipe (pipefd) == 0);
  pid = fork ();
  if (pid == 0)
    {
      gboolean ok = phase (a, b, &n);
      g_assert (write (pipefd[1], &n, sizeof n) == sizeof n);
      _exit (ok ? 0 : 1);
    }
  close (pipefd[1]);
  if (read (pipefd[0], &n, sizeof n) != sizeof n)
    n = 0;
  close (pipefd[0]);
  wait4 (pid, &status, 0, &usage);
  seconds = (g_get_monotonic_time () - start) / 1e6;
  printf ("%-8s %9u cases  %8.2f s  %9.0f cases/s  peak RSS %6.1f MiB\n", label, n, seconds,
          n / seconds, usage.ru_maxrss / 1024.0);
  return WIFEXITED (status) && WEXITSTATUS (status) == 0;
}

static void
measure_xmllint (const char *bundle)
{
  g_autofree char *xsd = g_build_filename (SOURCE_ROOT, "schemas", "tergeu-case-1.xsd", NULL);
  const char *argv[] = { "xmllint", "--noout", "--stream", "--schema", xsd, bundle, NULL };
  gint64 start = g_get_monotonic_time ();
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL,
                     G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, NULL, NULL, &status, NULL))
    {
      printf ("xmllint  not found\n");
      return;
    }
  printf ("xmllint  --stream --schema  %8.2f s  (exit %d)\n",
          (g_get_monotonic_time () - start) / 1e6, WEXITSTATUS (status));
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *bundle = NULL;
  g_autofree char *db = NULL;
  GStatBuf st;

  if (argc != 3)
    {
      g_printerr ("Usage: bench-exchange SOURCE.db WORKDIR\n");
      return 2;
    }
  bundle = g_build_filename (argv[2], "bundle.xml", NULL);
  db = g_build_filename (argv[2], "import.db", NULL);
  g_unlink (db);
  if (!measure ("export", do_export, argv[1], bundle))
    return 1;
  if (g_stat (bundle, &st) == 0)
    printf ("bundle   %.1f MiB\n", st.st_size / 1048576.0);
  measure_xmllint (bundle);
  if (!measure ("import", do_import, bundle, db))
    return 1;
  return 0;
}
