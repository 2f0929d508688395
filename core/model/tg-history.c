/* tg-history.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-history"

#include "config.h"

#include <string.h>

#include "tg-history.h"
#include "tg-sha256.h"

static void
feed (TgSha256   *sum,
      const char *field)
{
  gsize n;

  /* NULL and "" differ: NULL is "-", a string is "<length>:". */
  if (field == NULL)
    {
      tg_sha256_update (sum, "-", 1);
      return;
    }
  n = strlen (field);
  tg_sha256_update_length (sum, 0, n);
  tg_sha256_update (sum, field, n);
}

char *
tg_history_hash (const char *prev_hash,
                 const char *case_id,
                 const char *at,
                 const char *actor,
                 const char *action,
                 const char *details,
                 const char *before,
                 const char *after)
{
  return tg_history_hash_full (prev_hash, case_id, at, actor, action, details, before, after, NULL);
}

char *
tg_history_hash_full (const char *prev_hash,
                      const char *case_id,
                      const char *at,
                      const char *actor,
                      const char *action,
                      const char *details,
                      const char *before,
                      const char *after,
                      const char *digest)
{
  TgSha256 state, *sum = &state;
  char hex[TG_SHA256_HEX_LEN + 1];

  tg_sha256_init (sum);

  /* Version 1 is what databases before schema 5 hold: unchanged. */
  feed (sum, digest != NULL ? "tergeu-history-2" : "tergeu-history-1");
  feed (sum, prev_hash);
  feed (sum, case_id);
  feed (sum, at);
  feed (sum, actor);
  feed (sum, action);
  feed (sum, details);
  feed (sum, before);
  feed (sum, after);
  if (digest != NULL)
    feed (sum, digest);
  tg_sha256_finish (sum, hex);
  return g_strdup (hex);
}

char *
tg_history_seal (const char *case_id,
                 const char *head,
                 const char *digest)
{
  TgSha256 state, *sum = &state;
  char hex[TG_SHA256_HEX_LEN + 1];

  tg_sha256_init (sum);

  feed (sum, "tergeu-seal-1");
  feed (sum, case_id);
  feed (sum, head);
  feed (sum, digest);
  tg_sha256_finish (sum, hex);
  return g_strdup (hex);
}
