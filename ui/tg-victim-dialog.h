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

/* Saves what the dialog gathered: @params are the command's parameters
 * (a new victim: every field given; an existing one: "victim" and only
 * the fields the user changed), @undo the changed fields as they were.
 * FALSE with @error: refused; the dialog stays open with what was typed. */
typedef gboolean (*TgVictimDialogSave) (TgVictimDialog *dialog,
                                        GVariant       *params,
                                        GVariant       *undo,
                                        gpointer        user_data,
                                        GError        **error);

/* @victim: NULL for a new one; @occurred: the accident's date-time (a death
 * cannot be before it). Without a save function, Save emits "saved"
 * (TgVictim *, const char *replaces_id) and closes. */
TgVictimDialog *tg_victim_dialog_new       (TgVictim       *victim,
                                            const char     *occurred);
void            tg_victim_dialog_set_save_func (TgVictimDialog    *self,
                                                TgVictimDialogSave func,
                                                gpointer           user_data,
                                                GDestroyNotify     destroy);
/* What is wrong with the fields now, or NULL when they can be saved. */
const char     *tg_victim_dialog_get_problem (TgVictimDialog *self);
/* The message of the last refused Save, or NULL. */
const char     *tg_victim_dialog_get_refusal (TgVictimDialog *self);
/* Whether a field differs from what the dialog opened with. */
gboolean        tg_victim_dialog_is_changed  (TgVictimDialog *self);
/* Saves and closes, unless a field is wrong or the save is refused. */
gboolean        tg_victim_dialog_save      (TgVictimDialog *self);
void            tg_victim_dialog_set_iin   (TgVictimDialog *self,
                                            const char     *iin);
/* Sets a text field as if typed: "full-name", "iin", "birth-date",
 * "occupation", "injury", "died-on". */
void            tg_victim_dialog_set_field (TgVictimDialog *self,
                                            const char     *key,
                                            const char     *value);

G_END_DECLS
