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

G_END_DECLS
