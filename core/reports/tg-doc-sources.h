/* tg-doc-sources.h — what a printed document is given, read from the store
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Documents never see the store (core/documents): the window and the
 * command line fill their TgDocSources here, the same way.
 */
#pragma once

#include "tg-case-documents.h"
#include "tg-store.h"

G_BEGIN_DECLS

/* Fills @sources from @store: the settings, the dated settings, the
 * calendar and, when @kase is given, its objectivity reviews. Free with
 * tg_doc_sources_clear(). */
void tg_doc_sources_init  (TgDocSources *sources,
                           TgStore      *store,
                           TgCase       *kase);
void tg_doc_sources_clear (TgDocSources *sources);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TgDocSources, tg_doc_sources_clear)

G_END_DECLS
