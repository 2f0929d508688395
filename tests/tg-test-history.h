/* tg-test-history.h — histories for tests of how history reads
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tg-case.h"
#include "tg-history-entry.h"

G_BEGIN_DECLS

/* The commands that core runs itself (not in tg_command_list). */
extern const char * const tg_test_internal_commands[];
/* The actions entries had before commands existed. */
extern const char * const tg_test_older_actions[];

/* An entry at @at (ISO) by "aigerim". */
TgHistoryEntry *tg_test_history_entry  (const char *at,
                                        const char *action,
                                        const char *details,
                                        const char *before,
                                        const char *after);
/* A structured entry of @command (tg-history-record.h) with @params
 * (a{sv}, sunk) and @changes (a(ssmsms), sunk; may be NULL). */
TgHistoryEntry *tg_test_command_entry  (const char *command,
                                        GVariant   *params,
                                        GVariant   *changes);
/* Parameters for every parameter @command declares, of the right types:
 * Cyrillic text, dates, the items of tg_test_history_case. */
GVariant       *tg_test_command_params (const char *command);

/* A valid case (region 08, victims v1 and v2, a dispute d1, a request r1,
 * a commission) whose history holds an entry of every kind: every older
 * action as the store and the demo generator wrote them, one structured
 * entry per command, and an event of another system's file. */
TgCase         *tg_test_history_case   (void);

/* Why @text cannot be shown to people in Kazakh or Russian — it holds a
 * field path ("victims/v1"), a class name ("TgFindings"), "∅" or an
 * English code (a command, an older action, an enum nick) — or NULL. */
char           *tg_test_unreadable     (const char *text);

G_END_DECLS
