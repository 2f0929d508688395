/* tg-store-copy.h — a database moved whole to another, chains intact
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tg-store.h"

G_BEGIN_DECLS

/* Called after each table with its name and the rows written. */
typedef void (*TgStoreCopyProgress) (const char *table,
                                     guint64     n_rows,
                                     gpointer    user_data);

/* Issue 17: moves everything @from holds into @to — a desk's file to the
 * office server, or the server's database back to a file — row for row:
 * the cases with their row ids, every history entry with the actor and
 * hash it was chained with, the exchange log, reviews, settings, the
 * calendar and the number sequences; @to's own triggers make its
 * statistics. @to must hold no case (a new file, or a server just set up
 * by `tergeu-cli server init`; on a server the login must be an
 * administrator, the only one who may write history under other names,
 * and then only while copying). One transaction on each side: @from is
 * read as one state, and @to has all of it or, after any error, nothing.
 * The number of cases copied goes to @n_cases. */
gboolean tg_store_copy (TgStore             *from,
                        TgStore             *to,
                        TgStoreCopyProgress  progress,
                        gpointer             user_data,
                        guint64             *n_cases,
                        GError             **error);

G_END_DECLS
