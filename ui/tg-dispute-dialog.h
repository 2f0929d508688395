/* tg-dispute-dialog.h — file, review, decide and appeal a dispute
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tg-calendar.h"
#include "tg-dispute.h"

G_BEGIN_DECLS

#define TG_TYPE_DISPUTE_DIALOG (tg_dispute_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TgDisputeDialog, tg_dispute_dialog, TG, DISPUTE_DIALOG, AdwWindow)

/* Edits a copy of @dispute, or a new one (NULL: filed today, due in
 * 15 working days of @calendar).  "saved" (TgDispute *) on Save. */
TgDisputeDialog *tg_dispute_dialog_new         (TgDispute       *dispute,
                                                TgCalendar      *calendar);
/* Sets a field as if typed: "claim", "filed", "due", "decided-on",
 * "decided-by", "reasoning", "appeal-court", "appeal-filed",
 * "appeal-result"; or a combo by index: "filed-by", "subject", "status",
 * "outcome". */
void             tg_dispute_dialog_set_field   (TgDisputeDialog *self,
                                                const char      *key,
                                                const char      *value);
void             tg_dispute_dialog_add_position (TgDisputeDialog *self,
                                                 const char      *party,
                                                 const char      *text);
/* What stops Save, or NULL. */
const char      *tg_dispute_dialog_get_problem (TgDisputeDialog *self);
/* Save: emits "saved" and closes; FALSE (and nothing emitted) on a problem. */
gboolean         tg_dispute_dialog_save        (TgDisputeDialog *self);

G_END_DECLS
