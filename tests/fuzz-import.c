/* fuzz-import.c — libFuzzer target for the exchange importer
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each input is written to a file and read by the importer exactly as a
 * received file would be (prolog check, XSD while streaming, every rule),
 * without a database so that runs are fast and independent.  Built with
 * -Dfuzzing=true by clang; build-aux/fuzz.sh runs it with the files of
 * tests/data/exchange as seeds.
 */
#define G_LOG_DOMAIN "fuzz-import"

#include "config.h"

#include <unistd.h>

#include <glib/gstdio.h>

#include "tg-exchange-import.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

static char *path;

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(TgExchangeReport) report = tg_exchange_report_new ();

  if (path == NULL)
    {
      int fd = g_file_open_tmp ("fuzz-import-XXXXXX.xml", &path, NULL);
      g_assert (fd >= 0);
      close (fd);
    }
  g_assert_true (g_file_set_contents (path, (const char *) data, size, NULL));
  tg_exchange_import_file (NULL, path, report, NULL, NULL, NULL, NULL);
  return 0;
}
