/* tg-case-page.h — one case: its parts, its history and its actions
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tg-store.h"

G_BEGIN_DECLS

#define TG_TYPE_CASE_PAGE (tg_case_page_get_type ())
G_DECLARE_FINAL_TYPE (TgCasePage, tg_case_page, TG, CASE_PAGE, GtkBox)

/* Shows @kase (loaded from @store); the page keeps its own reference. */
void     tg_case_page_set_case (TgCasePage *self,
                                TgStore    *store,
                                TgCase     *kase);
TgCase  *tg_case_page_get_case (TgCasePage *self);
/* Saves an edited copy of the case (tg_model_copy of the page's case):
 * one transaction; on success the page shows the stored case and offers
 * Undo with @undo_label; on refusal it says why and keeps the old case. */
gboolean tg_case_page_save     (TgCasePage *self,
                                TgCase     *edited,
                                const char *undo_label,
                                GError    **error);

G_END_DECLS
