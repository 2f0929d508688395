/* tg-output-file.h — writing a file that a person named
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every file Tergeu writes where it was told to (-o FILE, a save dialog)
 * goes through here, so that what is at the path is treated the same way
 * everywhere (issue 16):
 *
 *   - nothing there: a new file, mode 0600, written under a temporary name
 *     in the same folder, made durable and given its name only when
 *     complete — and never over something that appeared meanwhile;
 *   - a regular file: replaced the same way, atomically;
 *   - a symbolic link: written through; its target, if it exists, is
 *     treated as above in its own folder; a link to nothing is refused;
 *   - a FIFO or a device: written to directly, and a failed write (a
 *     full disk, /dev/full) is an error;
 *   - a folder, a socket: refused.
 *
 * Nothing but a regular file, or nothing, is ever renamed over. Files
 * hold personal data: whatever is created is private to the user (0600).
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _TgOutputFile TgOutputFile;

/* Opens @path for writing. Errors are in G_IO_ERROR and name the path. */
TgOutputFile *tg_output_file_open         (const char    *path,
                                           GError       **error);
/* Appends @len bytes. */
gboolean      tg_output_file_write        (TgOutputFile  *self,
                                           const void    *data,
                                           gsize          len,
                                           GError       **error);
/* The temporary file that becomes the output on commit (another writer,
 * such as SQLite, may fill it by its name), or NULL when the output is
 * written directly (a FIFO, a device). */
const char   *tg_output_file_get_temp_path (TgOutputFile *self);
/* The path written (the link's target when @path was a link). */
const char   *tg_output_file_get_path     (TgOutputFile  *self);
/* Makes the output durable and puts it in place. FALSE, with @error, when
 * anything failed; then no new file is left behind. */
gboolean      tg_output_file_commit       (TgOutputFile  *self,
                                           GError       **error);
/* Abandons what was not committed (the temporary file goes). */
void          tg_output_file_free         (TgOutputFile  *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TgOutputFile, tg_output_file_free)

/* Writes @data as the whole of @path: open, write, commit. */
gboolean      tg_output_file_set_contents (const char    *path,
                                           const void    *data,
                                           gsize          len,
                                           GError       **error);

G_END_DECLS
