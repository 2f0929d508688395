/* tg-history-record.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-history"

#include "config.h"

#include <string.h>

#include "tg-history-record.h"

GVariant *
tg_history_record_parse (const char *details)
{
  size_t n = strlen (TG_HISTORY_RECORD_PREFIX);
  GVariant *record;

  if (details == NULL || strncmp (details, TG_HISTORY_RECORD_PREFIX, n) != 0)
    return NULL;
  /* g_variant_parse's reference is already a full one. */
  record = g_variant_parse (G_VARIANT_TYPE_VARDICT, details + n, NULL, NULL, NULL);
  return record;
}

char *
tg_history_record_print (GVariant *record)
{
  g_autoptr(GVariant) owned = g_variant_ref_sink (record);
  g_autofree char *text = NULL;

  g_return_val_if_fail (g_variant_is_of_type (record, G_VARIANT_TYPE_VARDICT), NULL);

  text = g_variant_print (owned, TRUE);
  return g_strconcat (TG_HISTORY_RECORD_PREFIX, text, NULL);
}
