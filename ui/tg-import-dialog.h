/* tg-import-dialog.h — importing exchange files, with progress and summary
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tg-exchange-import.h"

G_BEGIN_DECLS

/* What one file did. */
typedef struct
{
  char             *path;
  gboolean          applied;
  gboolean          cancelled;  /* stopped by the user: nothing applied */
  TgExchangeTotals  totals;
  char             *messages;   /* the report, one message a line; NULL: none */
  GPtrArray        *cases;      /* "number\tresult-nick" per case, in file order */
} TgImportResult;

void       tg_import_result_free (TgImportResult *result);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TgImportResult, tg_import_result_free)

/* Before each file (@n_cases and @bytes_read 0), every few hundred cases
 * within it, and at the end (@path NULL, @file_index == @n_files). */
typedef void (*TgImportProgressFunc) (guint       file_index,
                                      guint       n_files,
                                      const char *path,
                                      guint       n_cases,
                                      guint64     bytes_read,
                                      guint64     size,
                                      gpointer    user_data);

/* Imports @paths one after the other into the database at @db_path over a
 * connection of its own (it runs in a thread).  Cancelling @cancellable
 * stops within the current file, whose transaction is rolled back (its
 * result says cancelled); the files before it stay imported.  An array of
 * TgImportResult. */
GPtrArray *tg_import_files       (const char          *db_path,
                                  const char * const  *paths,
                                  GCancellable        *cancellable,
                                  TgImportProgressFunc progress,
                                  gpointer             user_data,
                                  GError             **error);

#define TG_TYPE_IMPORT_DIALOG (tg_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TgImportDialog, tg_import_dialog, TG, IMPORT_DIALOG, AdwWindow)

/* Starts importing @paths into @store's database at once; "finished" is
 * emitted when the summary shows. */
TgImportDialog *tg_import_dialog_new        (TgStore            *store,
                                             const char * const *paths);
/* The results once finished, else NULL. */
GPtrArray      *tg_import_dialog_get_results (TgImportDialog    *self);
void            tg_import_dialog_cancel      (TgImportDialog    *self);

G_END_DECLS
