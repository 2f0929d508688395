/* tg-history.h — the hash chain of a case history
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each entry carries the SHA-256 of the previous one, and its own hash
 * covers that link and all its fields, so editing, removing or reordering
 * any entry breaks the chain (domain.md §2).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The link before the first entry. */
#define TG_HISTORY_GENESIS "0000000000000000000000000000000000000000000000000000000000000000"

/* SHA-256, lower-case hex, over the length-prefixed fields, so no value can
 * pose as another field whatever bytes it holds. */
char *tg_history_hash (const char *prev_hash,
                       const char *case_id,
                       const char *at,
                       const char *actor,
                       const char *action,
                       const char *details,
                       const char *before,
                       const char *after);

G_END_DECLS
