/* tg-print-preview.h — a printed document on screen, before printing
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8's print preview runs an external viewer; this one draws the
 * pages with the same renderer as paper and PDF (tg_document_render_page).
 */
#pragma once

#include <adwaita.h>

#include "tg-case-documents.h"
#include "tg-store.h"

G_BEGIN_DECLS

#define TG_TYPE_PRINT_PREVIEW (tg_print_preview_get_type ())
G_DECLARE_FINAL_TYPE (TgPrintPreview, tg_print_preview, TG, PRINT_PREVIEW, AdwWindow)

/* NULL (with @error) when the document cannot be made. */
TgPrintPreview *tg_print_preview_new          (TgStore        *store,
                                               TgCase         *kase,
                                               TgPrintedKind   kind,
                                               const char     *item_id,
                                               GError        **error);
/* "kk" (the default) or "ru": the document is made again. */
gboolean        tg_print_preview_set_language (TgPrintPreview *self,
                                               const char     *lang,
                                               GError        **error);
TgDocument     *tg_print_preview_get_document (TgPrintPreview *self);
guint           tg_print_preview_get_page     (TgPrintPreview *self);
void            tg_print_preview_set_page     (TgPrintPreview *self,
                                               guint           page);

G_END_DECLS
