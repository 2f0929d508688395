/* tg-history-render.h — a history entry in words, for people
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The history is the legal record (domain.md §8): what it holds is
 * language-neutral (tg-history-record.h), and it is rendered when read — in
 * the window and by `tergeu-cli show` in the interface language, on the
 * printed case card in the document's — with field labels and display
 * formats, never with internal paths, type names or English codes. What a
 * person typed (a reason, a claim) and personal names are shown as typed.
 *
 * Entries written before commands existed (tg-history-record.h lists
 * them) are shown the same way; an action this table does not know (an
 * event of another system's file) is shown as it was given.
 */
#pragma once

#include "tg-case.h"
#include "tg-history-entry.h"

G_BEGIN_DECLS

typedef struct
{
  char  *title;   /* what happened: "Commission member added" */
  char **lines;   /* the details, NULL-terminated, maybe empty:
                   * "Role in the commission: Chair", "Reason: …" */
} TgHistoryText;

void           tg_history_text_free  (TgHistoryText *text);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TgHistoryText, tg_history_text_free)

/* @entry in @lang ("kk", "ru"; NULL: the interface language, see
 * tg_i18n_translate). @kase, when given, is the case the entry belongs to:
 * it names the victims, requests and documents an older entry gives only
 * by id. Never NULL. */
TgHistoryText *tg_history_render     (TgHistoryEntry *entry,
                                      TgCase         *kase,
                                      const char     *lang);
/* The lines joined by @separator ("; "); "" when there are none. */
char          *tg_history_text_join  (const TgHistoryText *text,
                                      const char          *separator);
/* The title of the command (or older action) @action, translated; NULL
 * when the table does not know it. */
const char    *tg_history_action_title (const char *action,
                                        const char *lang);

G_END_DECLS
