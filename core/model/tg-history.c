/* tg-history.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-history"

#include "config.h"

#include <string.h>

#include "tg-history.h"

static void
feed (GChecksum  *sum,
      const char *field)
{
  char len[24];

  /* NULL and "" differ: NULL is "-", a string is "<length>:". */
  if (field == NULL)
    {
      g_checksum_update (sum, (const guchar *) "-", 1);
      return;
    }
  g_snprintf (len, sizeof len, "%zu:", strlen (field));
  g_checksum_update (sum, (const guchar *) len, -1);
  g_checksum_update (sum, (const guchar *) field, strlen (field));
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
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);

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
  return g_strdup (g_checksum_get_string (sum));
}

char *
tg_history_seal (const char *case_id,
                 const char *head,
                 const char *digest)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);

  feed (sum, "tergeu-seal-1");
  feed (sum, case_id);
  feed (sum, head);
  feed (sum, digest);
  return g_strdup (g_checksum_get_string (sum));
}
