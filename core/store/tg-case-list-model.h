/* tg-case-list-model.h — the case list as a lazily loaded GListModel
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * At a million cases a GtkFilterListModel/GtkSortListModel pair would fetch
 * every row. This model is itself the query: it knows its count, fetches
 * rows in pages on demand and re-queries when its TgCaseQuery changes, so
 * that sorting and filtering happen in SQL (house-style.md, "UI").
 */
#pragma once

#include <gio/gio.h>

#include "tg-store.h"

G_BEGIN_DECLS

#define TG_TYPE_CASE_LIST_MODEL (tg_case_list_model_get_type ())
G_DECLARE_FINAL_TYPE (TgCaseListModel, tg_case_list_model, TG, CASE_LIST_MODEL, GObject)

/* Rows fetched per query of the store. */
#define TG_CASE_LIST_PAGE_SIZE 200

/**
 * tg_case_list_model_new:
 * @store: the store to list
 * @query: (nullable): the query; NULL for all cases by number
 *
 * Returns: (transfer full): a model of #TgCaseSummary
 */
TgCaseListModel   *tg_case_list_model_new       (TgStore            *store,
                                                 const TgCaseQuery  *query);
TgStore           *tg_case_list_model_get_store (TgCaseListModel    *self);
/* The query in force; its strings belong to the model. */
const TgCaseQuery *tg_case_list_model_get_query (TgCaseListModel    *self);
/* Copies @query; when it differs from the one in force, counts again,
 * drops the cached pages and reports the whole range as changed. */
void               tg_case_list_model_set_query (TgCaseListModel    *self,
                                                 const TgCaseQuery  *query);
/* Shorthands that change one part of the query. */
void               tg_case_list_model_set_sort  (TgCaseListModel    *self,
                                                 TgCaseSort          sort,
                                                 gboolean            descending);
void               tg_case_list_model_set_search (TgCaseListModel   *self,
                                                  const char        *search);
/* Counts and fetches again (after a save or an import). */
void               tg_case_list_model_reload    (TgCaseListModel    *self);
/* The error of the last count or fetch, if it failed. */
const GError      *tg_case_list_model_get_error (TgCaseListModel    *self);
/* Pages fetched from the store since creation (for tests and benchmarks). */
guint              tg_case_list_model_get_n_fetches (TgCaseListModel *self);

G_END_DECLS
