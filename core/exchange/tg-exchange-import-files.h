/* tg-exchange-import-files.h — importing several exchange files, one after the other
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The loop that the window (in a thread, with progress) and `tergeu-cli
 * import FILE…` share: each file is its own transaction (exchange-format.md,
 * "What an import does"), a refused file does not stop the others.
 */
#pragma once

#include "tg-exchange-import.h"

G_BEGIN_DECLS

/* What an import did with one case of a file. */
typedef struct
{
  char             *number;
  TgExchangeResult  result;
} TgExchangeCaseOutcome;

/* What the loop did with one file. */
typedef struct
{
  char             *path;
  gboolean          applied;    /* its cases are in the database */
  gboolean          cancelled;  /* not applied because the import was cancelled */
  TgExchangeTotals  totals;     /* of an applied file */
  TgExchangeReport *report;     /* its errors and warnings */
  GError           *error;      /* why it was not applied; NULL when applied */
  GArray           *cases;      /* TgExchangeCaseOutcome, in file order; at most
                                 * TgExchangeFilesOptions.keep_cases of them */
} TgExchangeFileResult;

#define TG_TYPE_EXCHANGE_FILE_RESULT (tg_exchange_file_result_get_type ())
GType                 tg_exchange_file_result_get_type (void) G_GNUC_CONST;
TgExchangeFileResult *tg_exchange_file_result_ref      (TgExchangeFileResult *result);
void                  tg_exchange_file_result_unref    (TgExchangeFileResult *result);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TgExchangeFileResult, tg_exchange_file_result_unref)

/* The report's messages one a line, else the error's message; NULL when
 * there is nothing to say. For people. */
char                 *tg_exchange_file_result_dup_messages (const TgExchangeFileResult *result);

typedef enum
{
  TG_EXCHANGE_FILE_STARTED,  /* before the file is read */
  TG_EXCHANGE_FILE_READING,  /* within it: n_cases and fraction */
  TG_EXCHANGE_FILE_DONE,     /* it is applied, refused or cancelled: result */
} TgExchangeFileStage;

typedef struct
{
  TgExchangeFileStage         stage;
  guint                       index;     /* of the file, from 0 */
  guint                       n_files;
  const char                 *path;
  guint                       n_cases;   /* READING: cases read so far */
  double                      fraction;  /* READING: of this file, 0…1, by bytes read */
  const TgExchangeFileResult *result;    /* DONE only */
} TgExchangeFilesProgress;

typedef void (*TgExchangeFilesProgressFunc) (const TgExchangeFilesProgress *progress,
                                             gpointer                       user_data);

typedef struct
{
  guint64               max_size;   /* bytes; 0: the default 512 MiB */
  guint                 keep_cases; /* how many case outcomes each result keeps; G_MAXUINT: all */
  /* Synchronous loop only: told each case of a file once it is applied, in
   * file order (the command line prints them as they come). */
  TgExchangeResultFunc  case_func;
  gpointer              case_data;
} TgExchangeFilesOptions;

#define TG_EXCHANGE_FILES_OPTIONS_INIT { 0, 0, NULL, NULL }

/**
 * tg_exchange_import_files:
 * @store: the store
 * @paths: (array zero-terminated=1): the exchange files, in order
 * @options: (nullable): limits and the per-case callback
 * @cancellable: (nullable): stops the loop
 * @progress: (nullable): told of each file as it starts, is read and is done
 * @progress_data: for @progress
 *
 * Imports @paths one after the other, each file in one transaction of its
 * own, as tg_exchange_import_file_full() does: a refused file leaves the
 * database as it was and the loop goes on with the next.  @progress is
 * called in this thread: STARTED and DONE once for each file, in order,
 * and READING in between.
 *
 * Cancelling @cancellable rolls back the file being imported (nothing of
 * it is applied) and starts no further file; the files already done stay
 * imported.  Every file after the one cancelled has a result too, with
 * cancelled set and no DONE progress.
 *
 * Returns: (transfer container) (element-type TgExchangeFileResult): one
 *   result per file of @paths, in order
 */
GPtrArray *tg_exchange_import_files        (TgStore                       *store,
                                            const char * const            *paths,
                                            const TgExchangeFilesOptions  *options,
                                            GCancellable                  *cancellable,
                                            TgExchangeFilesProgressFunc    progress,
                                            gpointer                       progress_data);

/**
 * tg_exchange_import_files_async:
 * @db_path: the database file
 * @paths: (array zero-terminated=1): the exchange files, in order
 * @options: (nullable): limits; case_func must be %NULL (keep_cases
 *   collects the outcomes instead)
 * @cancellable: (nullable): stops the import
 * @progress: (nullable): told of each file, in the caller's main context
 * @progress_data: for @progress
 * @progress_destroy: (nullable): frees @progress_data once the import is over
 * @callback: called when it is over
 * @user_data: for @callback
 *
 * tg_exchange_import_files() in a thread, over a connection of its own to
 * @db_path (SQLite connections are not shared between threads).
 * @progress is called in the thread-default main context of the caller,
 * in the same order as the synchronous loop; the loop does not start the
 * next file until the DONE of the previous one has been delivered, so
 * that cancelling from @progress imports nothing more.  Cancelling while
 * a file is being imported rolls that file back.
 */
void       tg_exchange_import_files_async  (const char                    *db_path,
                                            const char * const            *paths,
                                            const TgExchangeFilesOptions  *options,
                                            GCancellable                  *cancellable,
                                            TgExchangeFilesProgressFunc    progress,
                                            gpointer                       progress_data,
                                            GDestroyNotify                 progress_destroy,
                                            GAsyncReadyCallback            callback,
                                            gpointer                       user_data);

/**
 * tg_exchange_import_files_finish:
 * @result: the #GAsyncResult given to the callback
 * @error: a #GError when the database could not be opened
 *
 * A cancelled import is not an error: the results say which files were
 * applied and which were cancelled.
 *
 * Returns: (transfer container) (element-type TgExchangeFileResult): one
 *   result per file, or %NULL with @error set
 */
GPtrArray *tg_exchange_import_files_finish (GAsyncResult                  *result,
                                            GError                       **error);

/* The files @results applied, refused (not cancelled) and cancelled, and the
 * cases of the applied ones added up. */
void       tg_exchange_files_count         (GPtrArray                     *results,
                                            guint                         *n_applied,
                                            guint                         *n_refused,
                                            guint                         *n_cancelled,
                                            TgExchangeTotals              *totals);

G_END_DECLS
