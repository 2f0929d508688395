/* tg-sha256.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-sha256"

#include "config.h"

#include "tg-sha256.h"

void
tg_sha256_finish (TgSha256 *sum,
                  char      hex[TG_SHA256_HEX_LEN + 1])
{
  static const char digits[] = "0123456789abcdef";
  guint8 digest[SHA256_DIGEST_SIZE];

  sha256_digest (sum, sizeof digest, digest);
  for (guint i = 0; i < sizeof digest; i++)
    {
      hex[2 * i] = digits[digest[i] >> 4];
      hex[2 * i + 1] = digits[digest[i] & 0xf];
    }
  hex[TG_SHA256_HEX_LEN] = '\0';
}

void
tg_sha256_update_length (TgSha256 *sum,
                         char      tag,
                         guint64   n)
{
  char buf[24];
  char *p = buf + sizeof buf;

  *--p = ':';
  do
    *--p = (char) ('0' + n % 10);
  while ((n /= 10) > 0);
  if (tag != 0)
    *--p = tag;
  sha256_update (sum, (size_t) (buf + sizeof buf - p), (const uint8_t *) p);
}

char *
tg_sha256_hex (const void *data,
               gsize       len)
{
  TgSha256 sum;
  char *hex = g_malloc (TG_SHA256_HEX_LEN + 1);

  tg_sha256_init (&sum);
  tg_sha256_update (&sum, data, len);
  tg_sha256_finish (&sum, hex);
  return hex;
}
