/* tg-history.h — the hash chain of a case history
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each entry carries the SHA-256 of the previous one, and its own hash
 * covers that link and all its fields, so editing, removing or reordering
 * any entry breaks the chain (domain.md §2).
 *
 * Entries written since schema 5 also carry the digest of the case's
 * stored contents after their change ("tergeu-history-2"), so that an
 * edit of the case's rows made outside Tergeu shows; entries without one
 * ("tergeu-history-1") keep their hashes.
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
/* The hash of an entry that records the digest of the case's contents
 * after its change; with @digest NULL, tg_history_hash. */
char *tg_history_hash_full (const char *prev_hash,
                            const char *case_id,
                            const char *at,
                            const char *actor,
                            const char *action,
                            const char *details,
                            const char *before,
                            const char *after,
                            const char *digest);
/* The seal of contents written without a history entry of their own (an
 * import that brought no event): binds @digest to the chain's head. */
char *tg_history_seal      (const char *case_id,
                            const char *head,
                            const char *digest);

G_END_DECLS
