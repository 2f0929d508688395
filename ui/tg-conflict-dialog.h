/* tg-conflict-dialog.h — resolving import conflicts field by field
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tg-store.h"

G_BEGIN_DECLS

#define TG_TYPE_CONFLICT_DIALOG (tg_conflict_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TgConflictDialog, tg_conflict_dialog, TG, CONFLICT_DIALOG, AdwWindow)

/* The unresolved conflicts of case @id_or_number, or of all (NULL). */
TgConflictDialog *tg_conflict_dialog_new (TgStore    *store,
                                          const char *id_or_number);

G_END_DECLS
