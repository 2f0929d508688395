/* tg-dispute-dialog.h — file a dispute
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tg-calendar.h"

G_BEGIN_DECLS

#define TG_TYPE_DISPUTE_DIALOG (tg_dispute_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TgDisputeDialog, tg_dispute_dialog, TG, DISPUTE_DIALOG, AdwWindow)

/* Files what the dialog gathered: @params are those of "dispute-file".
 * FALSE with @error: refused; the dialog stays open with what was typed. */
typedef gboolean (*TgDisputeDialogSave) (TgDisputeDialog *dialog,
                                         GVariant        *params,
                                         gpointer         user_data,
                                         GError         **error);

/* A new dispute, received today, due in 15 working days of @calendar
 * (domain.md §4) unless the user writes another date. */
TgDisputeDialog *tg_dispute_dialog_new         (TgCalendar      *calendar);
void             tg_dispute_dialog_set_save_func (TgDisputeDialog    *self,
                                                  TgDisputeDialogSave func,
                                                  gpointer            user_data,
                                                  GDestroyNotify      destroy);
/* Sets a field as if typed: "claim", "filed", "due"; or a combo by
 * index: "filed-by", "subject". */
void             tg_dispute_dialog_set_field   (TgDisputeDialog *self,
                                                const char      *key,
                                                const char      *value);
/* What stops Save, or NULL. */
const char      *tg_dispute_dialog_get_problem (TgDisputeDialog *self);
/* The message of the last refused Save, or NULL. */
const char      *tg_dispute_dialog_get_refusal (TgDisputeDialog *self);
/* Whether anything was typed or chosen beyond what the dialog filled in. */
gboolean         tg_dispute_dialog_is_changed  (TgDisputeDialog *self);
/* Save: files and closes; FALSE on a problem or a refusal (then the
 * dialog stays open). */
gboolean         tg_dispute_dialog_save        (TgDisputeDialog *self);

G_END_DECLS
