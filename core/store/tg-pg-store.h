/* tg-pg-store.h — shared by the store's PostgreSQL files only
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * PostgreSQL-only (issue 17): the engine hooks of _tg_store_pg_engine
 * (tg-store-private.h) that live in tg-pg-query.c.
 */
#pragma once

#include "tg-store-private.h"

G_BEGIN_DECLS

/* The words found inside a search's expression may hold and still go to
 * to_tsquery (a GIN lookup): 300 cost 10 ms more at a
 * million cases, 1 000 100 ms, 2 000 a minute, and 20 000 exhausted the
 * server's stack. With more, the search reads postings only. */
#define TG_PG_TSQUERY_MAX_INSIDE 300

char         *_tg_pg_store_fts_expression (const char *search,
                                           GHashTable *inside);
gboolean      _tg_pg_store_fts_matches    (TgStore    *self,
                                           const char *expr,
                                           GArray     *rowids,
                                           GError    **error);
gboolean      _tg_pg_store_fts_matches_among (TgStore    *self,
                                              const char *expr,
                                              GArray     *candidates,
                                              GArray     *rowids,
                                              gboolean   *checked,
                                              GError    **error);
gboolean      _tg_pg_store_data_version   (TgStore    *self,
                                           gboolean    ask,
                                           gint64     *version,
                                           GError    **error);
gint64        _tg_pg_store_total_changes  (TgStore    *self);

G_END_DECLS
