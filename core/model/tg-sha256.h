/* tg-sha256.h — SHA-256 for files, documents and the hash chains
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One place for the hash (issue 18): nettle's SHA-256, which uses the
 * CPU's SHA instructions where there are any (about 6× GLib's portable
 * code on the bench machine). The context lives on the stack: a history
 * entry's hash allocates nothing but its hex string. The digests are the
 * same bytes as GLib's G_CHECKSUM_SHA256.
 */
#pragma once

#include <glib.h>
#include <nettle/sha2.h>

G_BEGIN_DECLS

#define TG_SHA256_HEX_LEN 64

typedef struct sha256_ctx TgSha256;

static inline void
tg_sha256_init (TgSha256 *sum)
{
  sha256_init (sum);
}

static inline void
tg_sha256_update (TgSha256   *sum,
                  const void *data,
                  gsize       len)
{
  sha256_update (sum, len, data);
}

/* Feeds "<tag><n>:" (just "<n>:" when @tag is 0), @n in decimal: the
 * length prefixes of the hash chains and of the contents digest, without
 * printf (issue 18: g_snprintf was a quarter of the digest's cost). */
void  tg_sha256_update_length (TgSha256 *sum,
                               char      tag,
                               guint64   n);

/* Writes the lower-case hex digest and a NUL to @hex (65 bytes) and
 * starts @sum over. */
void  tg_sha256_finish (TgSha256 *sum,
                        char      hex[TG_SHA256_HEX_LEN + 1]);

/* The lower-case hex digest of @len bytes at @data, newly allocated. */
char *tg_sha256_hex    (const void *data,
                        gsize       len);

G_END_DECLS
