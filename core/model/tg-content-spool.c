/* tg-content-spool.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-model"

#include "config.h"

#include <errno.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "tg-content-spool.h"

struct _TgContentSpool
{
  gint ref_count;
  int fd;
  goffset end;       /* written by the appending thread only */
};

static gboolean
spool_error (GError    **error,
             int         saved_errno)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("The temporary file for embedded documents cannot be used: %s."),
               g_strerror (saved_errno));
  return FALSE;
}

TgContentSpool *
tg_content_spool_new (GError **error)
{
  g_autofree char *path = NULL;
  TgContentSpool *self;
  int fd;

  /* Private from the start (g_file_open_tmp makes it 0600) and gone from
   * the folder at once: only this process can reach it, until it ends. */
  fd = g_file_open_tmp ("tergeu-documents-XXXXXX", &path, error);
  if (fd < 0)
    return NULL;
  g_unlink (path);
  self = g_new0 (TgContentSpool, 1);
  self->ref_count = 1;
  self->fd = fd;
  return self;
}

TgContentSpool *
tg_content_spool_ref (TgContentSpool *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_int_inc (&self->ref_count);
  return self;
}

void
tg_content_spool_unref (TgContentSpool *self)
{
  if (self == NULL || !g_atomic_int_dec_and_test (&self->ref_count))
    return;
  close (self->fd);
  g_free (self);
}

gboolean
tg_content_spool_append (TgContentSpool *self,
                         const void     *data,
                         gsize           len,
                         GError        **error)
{
  const char *p = data;

  while (len > 0)
    {
      ssize_t n = pwrite (self->fd, p, len, self->end);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return spool_error (error, n < 0 ? errno : ENOSPC);
      p += n;
      len -= n;
      self->end += n;
    }
  return TRUE;
}

goffset
tg_content_spool_tell (TgContentSpool *self)
{
  return self->end;
}

gboolean
tg_content_spool_read (TgContentSpool *self,
                       goffset         offset,
                       void           *buffer,
                       gsize           len,
                       GError        **error)
{
  char *p = buffer;

  while (len > 0)
    {
      ssize_t n = pread (self->fd, p, len, offset);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return spool_error (error, n < 0 ? errno : EIO);
      p += n;
      len -= n;
      offset += n;
    }
  return TRUE;
}

GBytes *
tg_content_spool_dup_bytes (TgContentSpool *self,
                            goffset         offset,
                            gsize           len,
                            GError        **error)
{
  g_autofree char *data = g_malloc (MAX (len, 1));

  if (!tg_content_spool_read (self, offset, data, len, error))
    return NULL;
  return g_bytes_new_take (g_steal_pointer (&data), len);
}
