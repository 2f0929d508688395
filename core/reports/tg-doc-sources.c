/* tg-doc-sources.c — what a printed document is given, read from the store
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-reports"

#include "config.h"

#include "tg-doc-sources.h"
#include "tg-store-oversight.h"

void
tg_doc_sources_init (TgDocSources *sources,
                     TgStore      *store,
                     TgCase       *kase)
{
  g_return_if_fail (sources != NULL);
  g_return_if_fail (TG_IS_STORE (store));

  sources->settings = tg_store_dup_settings (store);
  sources->dated = tg_store_dup_dated_settings (store);
  sources->calendar = tg_store_get_calendar (store);
  sources->reviews = NULL;
  if (kase != NULL && tg_case_get_id (kase) != NULL)
    /* without reviews, only the review documents cannot be printed */
    sources->reviews = tg_store_list_reviews (store, tg_case_get_id (kase), NULL);
}

void
tg_doc_sources_clear (TgDocSources *sources)
{
  g_clear_pointer (&sources->settings, g_hash_table_unref);
  g_clear_pointer (&sources->dated, tg_dated_settings_free);
  g_clear_pointer (&sources->reviews, g_ptr_array_unref);
  sources->calendar = NULL;
}
