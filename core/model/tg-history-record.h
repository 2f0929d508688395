/* tg-history-record.h — what a history entry written by a command holds
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An entry written by a command (tg-case-commands.h) has
 *
 *   action   the command's name: "victim-add", "findings", "appoint", …
 *   details  TG_HISTORY_RECORD_PREFIX followed by g_variant_print (dict,
 *            TRUE) of a GVariant of type a{sv} (below)
 *   before   NULL
 *   after    NULL
 *
 * and the hash chain (tg-history.h) covers exactly these texts, so the
 * structured data is what the legal record is. Nothing in it depends on
 * the language of whoever wrote it: keys, enum nicks, ISO dates, numbers,
 * and the free text a person typed (a reason, a claim) as typed.
 *
 * The dictionary's keys:
 *
 *   "params"          a{sv}       the command's parameters as given (keys
 *                                 and types as tg_command_get_params says)
 *   "changes"         a(ssmsms)   every changed field: (path, subject,
 *                                 before, after). The path is as
 *                                 tg_model_diff writes it
 *                                 ("victims/v2/severity"); subject names,
 *                                 for people, the list item the path lies
 *                                 in ("Оспанов Асхат Бекович"), or is "";
 *                                 before and after are tg_model_dup_text's
 *                                 texts (enum nicks, ISO dates, "true",
 *                                 lists joined by newlines), nothing when
 *                                 absent
 *   "forced"          s           the action (TgAction nick) the victims
 *                                 forced in the same command, if any
 *   "classification"  (ss)        the jurisdiction (TgJurisdiction nick)
 *                                 before and after, when it changed
 *   "item"            s           the id of the item the command added
 *                                 ("v3", "d1", "r2", a member's position)
 *
 * Entries written before commands existed (action "edit" with a path in
 * details, "registered", transition nicks, "classification", "review",
 * "act-received", "removed", "conflict-resolved") keep their texts and
 * hashes; tg-history-render.h shows them too.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define TG_HISTORY_RECORD_PREFIX "tergeu:2 "

/* The a{sv} of a structured entry's @details, or NULL for an older entry
 * (or text that is not one). */
GVariant *tg_history_record_parse  (const char *details);
/* TG_HISTORY_RECORD_PREFIX + the printed @record (a{sv}; sunk if floating). */
char     *tg_history_record_print  (GVariant   *record);

G_END_DECLS
