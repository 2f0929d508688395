/* tg-history-entry.h
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tg-enums.h"

G_BEGIN_DECLS

/* One entry of a case history: append-only and hash-chained. */
#define TG_TYPE_HISTORY_ENTRY (tg_history_entry_get_type ())
G_DECLARE_FINAL_TYPE (TgHistoryEntry, tg_history_entry, TG, HISTORY_ENTRY, GObject)

TgHistoryEntry *tg_history_entry_new (void);
gint64      tg_history_entry_get_seq       (TgHistoryEntry *self);
void        tg_history_entry_set_seq       (TgHistoryEntry *self,
                                            gint64          seq);
const char *tg_history_entry_get_at        (TgHistoryEntry *self);
void        tg_history_entry_set_at        (TgHistoryEntry *self,
                                            const char     *at);
const char *tg_history_entry_get_actor     (TgHistoryEntry *self);
void        tg_history_entry_set_actor     (TgHistoryEntry *self,
                                            const char     *actor);
const char *tg_history_entry_get_action    (TgHistoryEntry *self);
void        tg_history_entry_set_action    (TgHistoryEntry *self,
                                            const char     *action);
const char *tg_history_entry_get_details   (TgHistoryEntry *self);
void        tg_history_entry_set_details   (TgHistoryEntry *self,
                                            const char     *details);
const char *tg_history_entry_get_before    (TgHistoryEntry *self);
void        tg_history_entry_set_before    (TgHistoryEntry *self,
                                            const char     *before);
const char *tg_history_entry_get_after     (TgHistoryEntry *self);
void        tg_history_entry_set_after     (TgHistoryEntry *self,
                                            const char     *after);
const char *tg_history_entry_get_prev_hash (TgHistoryEntry *self);
void        tg_history_entry_set_prev_hash (TgHistoryEntry *self,
                                            const char     *prev_hash);
const char *tg_history_entry_get_hash      (TgHistoryEntry *self);
void        tg_history_entry_set_hash      (TgHistoryEntry *self,
                                            const char     *hash);

G_END_DECLS
