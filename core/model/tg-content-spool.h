/* tg-content-spool.h — documents' content waiting in a private file
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An import decodes each embedded document into a spool, a temporary file
 * of its own (unlinked at once, mode 0600), as the file streams; the case
 * then names its documents' content by where it lies in the spool, and the
 * store copies it into the database in chunks. So no document is ever
 * whole in memory, and a file's memory does not grow with what it embeds
 * (issue 16: ten documents of 6 MiB took 194 MB).
 *
 * Appends come from one thread; reads (pread) may come from another at
 * the same time, of what was appended before.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _TgContentSpool TgContentSpool;

TgContentSpool *tg_content_spool_new    (GError         **error);
TgContentSpool *tg_content_spool_ref    (TgContentSpool  *self);
void            tg_content_spool_unref  (TgContentSpool  *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TgContentSpool, tg_content_spool_unref)

/* Appends @len bytes (at tg_content_spool_tell's offset). */
gboolean        tg_content_spool_append (TgContentSpool  *self,
                                         const void      *data,
                                         gsize            len,
                                         GError         **error);
/* Where the next append begins. */
goffset         tg_content_spool_tell   (TgContentSpool  *self);
/* Reads @len bytes at @offset into @buffer (all of them, or an error). */
gboolean        tg_content_spool_read   (TgContentSpool  *self,
                                         goffset          offset,
                                         void            *buffer,
                                         gsize            len,
                                         GError         **error);
/* @len bytes at @offset, in memory (for the few that need them whole). */
GBytes         *tg_content_spool_dup_bytes (TgContentSpool *self,
                                            goffset         offset,
                                            gsize           len,
                                            GError        **error);

G_END_DECLS
