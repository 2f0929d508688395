/* tg-victim-dialog.h — add or edit a victim, validated as typed
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tg-victim.h"

G_BEGIN_DECLS

#define TG_TYPE_VICTIM_DIALOG (tg_victim_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TgVictimDialog, tg_victim_dialog, TG, VICTIM_DIALOG, AdwWindow)

/* @victim: NULL for a new one; @occurred: the accident's date-time (a death
 * cannot be before it). Emits "saved" (TgVictim *, const char *replaces_id). */
TgVictimDialog *tg_victim_dialog_new       (TgVictim       *victim,
                                            const char     *occurred);
/* What is wrong with the fields now, or NULL when they can be saved. */
const char     *tg_victim_dialog_get_problem (TgVictimDialog *self);
/* Emits "saved" and closes, unless a field is wrong. */
gboolean        tg_victim_dialog_save      (TgVictimDialog *self);
void            tg_victim_dialog_set_iin   (TgVictimDialog *self,
                                            const char     *iin);

G_END_DECLS
