/* tg-exchange-import.h — apply an exchange file to the store
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tg-exchange-report.h"
#include "tg-store.h"

G_BEGIN_DECLS

#define TG_EXCHANGE_ERROR (tg_exchange_error_quark ())

typedef enum
{
  TG_EXCHANGE_ERROR_REFUSED,   /* the file breaks the format or a rule */
  TG_EXCHANGE_ERROR_FAILED,    /* the store or the file system failed */
  TG_EXCHANGE_ERROR_NOT_FOUND, /* no such conflict or field */
} TgExchangeError;

GQuark tg_exchange_error_quark (void);

/* What an import did with a case (exchange-format.md, the table). */
typedef enum
{
  TG_EXCHANGE_CREATED,
  TG_EXCHANGE_UPDATED,
  TG_EXCHANGE_UNCHANGED,
  TG_EXCHANGE_CONFLICT,
} TgExchangeResult;

/* "created", "updated", "unchanged", "conflict" (command-line output). */
const char *tg_exchange_result_nick (TgExchangeResult result);

typedef struct
{
  guint n_cases;
  guint created;
  guint updated;
  guint unchanged;
  guint conflicts;
} TgExchangeTotals;

/* Called for each case of a committed file, in file order. */
typedef void (*TgExchangeResultFunc) (const char       *number,
                                      TgExchangeResult  result,
                                      gpointer          user_data);

/**
 * tg_exchange_import_file:
 * @store: (nullable): the store, or %NULL to check the file only
 * @path: an exchange file
 * @report: where every message goes (`FILE:LINE: case N: text`)
 * @func: (nullable): told each case's result once the file is applied
 * @user_data: for @func
 * @totals: (out) (optional): how many cases had which result
 * @error: a #GError in %TG_EXCHANGE_ERROR
 *
 * Reads @path as one stream, one case at a time, checks the schema and
 * every rule of domain.md on each case, and applies the cases in one
 * transaction: when anything is wrong nothing is applied and the
 * database is as it was.  Into a store the file is checked whole before
 * the write transaction takes its lock, then read again and applied; a
 * file that changed in between is refused.  Each error is a message of @report with the
 * file, the line of the element at fault and the case; warnings (a due
 * date that differs from the receiver's computation) do not refuse.
 *
 * Returns: %TRUE when the file was applied (or, without a store, is good)
 */
gboolean tg_exchange_import_file (TgStore               *store,
                                  const char            *path,
                                  TgExchangeReport      *report,
                                  TgExchangeResultFunc   func,
                                  gpointer               user_data,
                                  TgExchangeTotals      *totals,
                                  GError               **error);

/* The one case of the exchange file @path, checked as `validate` checks it
 * (problems go to @report), then read; refused unless the file holds
 * exactly one case. For registering a case from a file. */
TgCase  *tg_exchange_read_case_file (const char        *path,
                                     TgExchangeReport  *report,
                                     GError           **error);

/* Told every TG_EXCHANGE_PROGRESS_CASES cases and once at the end of the
 * file: the cases read so far, the bytes read and the file's size. Into a
 * store a file is read twice, checked before the write lock is taken and
 * then applied: the first half of the bytes is the check (no case counts
 * yet), the second the applying. */
#define TG_EXCHANGE_PROGRESS_CASES 500
typedef void (*TgExchangeProgressFunc) (guint    n_cases,
                                        guint64  bytes_read,
                                        guint64  size,
                                        gpointer user_data);

typedef struct
{
  TgExchangeResultFunc    func;           /* as tg_exchange_import_file's */
  gpointer                user_data;
  TgExchangeProgressFunc  progress;       /* NULL: none */
  gpointer                progress_data;
  GCancellable           *cancellable;    /* NULL: none */
  guint64                 max_size;       /* bytes; 0: the default 512 MiB */
} TgExchangeImportOptions;

#define TG_EXCHANGE_IMPORT_OPTIONS_INIT { NULL, NULL, NULL, NULL, NULL, 0 }

/**
 * tg_exchange_import_file_full:
 * @store: (nullable): the store, or %NULL to check the file only
 * @path: an exchange file
 * @report: where every message goes
 * @options: (nullable): result and progress callbacks, a cancellable
 * @totals: (out) (optional): how many cases had which result
 * @error: a #GError in %TG_EXCHANGE_ERROR, or %G_IO_ERROR_CANCELLED
 *
 * tg_exchange_import_file() with progress and cancellation.  Cancelling
 * (from any thread) stops the reading after the current case and rolls
 * the file's transaction back: nothing of the file is applied, and the
 * error is %G_IO_ERROR_CANCELLED.
 *
 * Returns: %TRUE when the file was applied (or, without a store, is good)
 */
gboolean tg_exchange_import_file_full (TgStore                        *store,
                                       const char                     *path,
                                       TgExchangeReport               *report,
                                       const TgExchangeImportOptions  *options,
                                       TgExchangeTotals               *totals,
                                       GError                        **error);

G_END_DECLS
