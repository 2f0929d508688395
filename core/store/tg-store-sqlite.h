/* tg-store-sqlite.h — shared by the store's SQLite files only
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SQLite-only (issue 17): the functions of _tg_store_sqlite_engine
 * (tg-store-private.h, "engine hooks") that live outside
 * tg-store-sqlite.c, which holds the table.
 */
#pragma once

#include "tg-store-private.h"

G_BEGIN_DECLS

/* tg-store-query-sqlite.c */
gboolean      _tg_store_sqlite_query_init    (TgStore     *self,
                                              GError     **error);
char         *_tg_store_sqlite_fts_expression (const char *search,
                                               GHashTable *inside);
gboolean      _tg_store_sqlite_fts_matches   (TgStore     *self,
                                              const char  *expr,
                                              GArray      *rowids,
                                              GError     **error);
gboolean      _tg_store_sqlite_data_version  (TgStore     *self,
                                              gboolean     ask,
                                              gint64      *version,
                                              GError     **error);
gint64        _tg_store_sqlite_total_changes (TgStore     *self);
extern const char _tg_store_sqlite_add_search_words[];
extern const char _tg_store_sqlite_words_containing[];
extern const char _tg_store_sqlite_rowid_in_list[];

/* tg-store-statistics-sqlite.c */
gboolean      _tg_store_sqlite_stats_defer   (TgStore     *self,
                                              GError     **error);

G_END_DECLS
