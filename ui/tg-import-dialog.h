/* tg-import-dialog.h — importing exchange files, with progress and summary
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tg-exchange-import-files.h"

G_BEGIN_DECLS

#define TG_TYPE_IMPORT_DIALOG (tg_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TgImportDialog, tg_import_dialog, TG, IMPORT_DIALOG, AdwWindow)

/* Starts importing @paths into @store's database at once; "finished" is
 * emitted when the summary shows. */
TgImportDialog *tg_import_dialog_new        (TgStore            *store,
                                             const char * const *paths);
/* The results once finished (TgExchangeFileResult, one per file), else NULL. */
GPtrArray      *tg_import_dialog_get_results (TgImportDialog    *self);
void            tg_import_dialog_cancel      (TgImportDialog    *self);

G_END_DECLS
