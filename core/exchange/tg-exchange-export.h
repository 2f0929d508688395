/* tg-exchange-export.h — write cases to an exchange file
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tg-store.h"
#include "tg-store-exchange.h"

G_BEGIN_DECLS

/* Who the Committee's files say they come from (exchange-format.md). */
#define TG_EXCHANGE_OWN_CODE "KC"

/**
 * tg_exchange_export_file:
 * @store: the store
 * @query: which cases (ids, or state, region and accident dates; all when
 *   nothing is set) and for whom (@query->to sets baseRevision for the
 *   cases received from that addressee)
 * @sender_code: (nullable): the header's sender code (default "KC")
 * @path: the file to write
 * @n_cases: (out) (optional): how many cases were written
 * @error: a #GError in %TG_EXCHANGE_ERROR
 *
 * Streams the cases, one loaded at a time, by registration number, into a
 * temporary file beside @path, flushes it to disk and renames it: a
 * failed export leaves no file behind and an old @path untouched.  The
 * export is written to the exchange log.
 *
 * Returns: %TRUE on success
 */
gboolean tg_exchange_export_file (TgStore                  *store,
                                  const TgStoreExportQuery *query,
                                  const char               *sender_code,
                                  const char               *path,
                                  guint                    *n_cases,
                                  GError                  **error);

G_END_DECLS
