/* tg-output-file.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-output"

#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1   /* renameat2 */
#endif

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "tg-output-file.h"

struct _TgOutputFile
{
  char *path;        /* what is written: @path, or the link's target */
  char *tmp_path;    /* NULL: written directly */
  int fd;
  gboolean replace;  /* a regular file was there when it was opened */
  int write_errno;   /* the first failed write's, or 0 */
  /* Writes gathered before write(2) (issue 18): libxml2 hands an export
   * over 4 000 bytes at a time, each was a system call. The buffer grows
   * with the output, from 64 KiB to 1 MiB. */
  guint8 *buffer;
  gsize n_buffer;
  gsize buffer_size;
};

#define BUFFER_MIN (64 * 1024)
#define BUFFER_MAX (1024 * 1024)

static gboolean
fail (GError    **error,
      int         code,
      const char *format,
      ...) G_GNUC_PRINTF (3, 4);

static gboolean
fail (GError    **error,
      int         code,
      const char *format,
      ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, G_IO_ERROR, code, message);
  return FALSE;
}

static gboolean
fail_errno (GError    **error,
            const char *path,
            int         saved_errno)
{
  return fail (error, g_io_error_from_errno (saved_errno), _("Cannot write %s: %s."),
               path, g_strerror (saved_errno));
}

/* A link is written through: its target, which must exist. */
static char *
resolve_link (const char  *path,
              GError     **error)
{
  char *target = realpath (path, NULL);
  char *copy;

  if (target == NULL)
    {
      g_autofree char *points_to = g_file_read_link (path, NULL);
      fail (error, G_IO_ERROR_NOT_FOUND,
            _("%s is a symbolic link to %s, which does not exist; name the file to write itself. Nothing was written."),
            path, points_to != NULL ? points_to : "?");
      return NULL;
    }
  copy = g_strdup (target);
  free (target);
  return copy;
}

static gboolean
open_temporary (TgOutputFile *self,
                GError      **error)
{
  g_autofree char *dir = g_path_get_dirname (self->path);
  g_autofree char *base = g_path_get_basename (self->path);

  self->tmp_path = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
  self->fd = g_mkstemp_full (self->tmp_path, O_WRONLY | O_CLOEXEC, 0600);
  if (self->fd < 0)
    {
      int saved = errno;
      g_clear_pointer (&self->tmp_path, g_free);
      return fail_errno (error, self->path, saved);
    }
  return TRUE;
}

static gboolean
open_directly (TgOutputFile *self,
               GError      **error)
{
  self->fd = g_open (self->path, O_WRONLY | O_CLOEXEC | O_NOCTTY, 0);
  if (self->fd < 0)
    return fail_errno (error, self->path, errno);
  return TRUE;
}

/* What @self->path is decides how it is written (tg-output-file.h). */
static gboolean
open_by_kind (TgOutputFile *self,
              const char   *named,
              GError      **error)
{
  GStatBuf st;

  if (g_lstat (self->path, &st) != 0)
    {
      if (errno != ENOENT)
        return fail_errno (error, named, errno);
      return open_temporary (self, error);
    }
  if (S_ISREG (st.st_mode))
    {
      self->replace = TRUE;
      return open_temporary (self, error);
    }
  if (S_ISFIFO (st.st_mode) || S_ISCHR (st.st_mode) || S_ISBLK (st.st_mode))
    return open_directly (self, error);
  if (S_ISDIR (st.st_mode))
    return fail (error, G_IO_ERROR_IS_DIRECTORY,
                 _("%s is a folder; name a file in it. Nothing was written."), named);
  return fail (error, G_IO_ERROR_NOT_REGULAR_FILE,
               _("%s is neither a file nor a device Tergeu can write to. Nothing was written."), named);
}

TgOutputFile *
tg_output_file_open (const char  *path,
                     GError     **error)
{
  g_autoptr(TgOutputFile) self = g_new0 (TgOutputFile, 1);
  GStatBuf st;

  g_return_val_if_fail (path != NULL, NULL);

  self->fd = -1;
  if (g_lstat (path, &st) == 0 && S_ISLNK (st.st_mode))
    self->path = resolve_link (path, error);
  else
    self->path = g_strdup (path);
  if (self->path == NULL || !open_by_kind (self, path, error))
    return NULL;
  return g_steal_pointer (&self);
}

static void
write_fd (TgOutputFile *self,
          const void   *data,
          gsize         len)
{
  const char *p = data;

  while (len > 0 && self->write_errno == 0)
    {
      ssize_t n = write (self->fd, p, len);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        self->write_errno = errno;
      else if (n == 0)
        self->write_errno = ENOSPC;
      else
        {
          p += n;
          len -= n;
        }
    }
}

static gboolean
flush (TgOutputFile *self,
       GError      **error)
{
  write_fd (self, self->buffer, self->n_buffer);
  self->n_buffer = 0;
  if (self->write_errno != 0)
    return fail_errno (error, self->path, self->write_errno);
  return TRUE;
}

gboolean
tg_output_file_write (TgOutputFile *self,
                      const void   *data,
                      gsize         len,
                      GError      **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (self->write_errno != 0)
    return fail_errno (error, self->path, self->write_errno);
  if (self->n_buffer + len > self->buffer_size && self->buffer_size < BUFFER_MAX)
    {
      self->buffer_size = MIN (MAX (MAX (self->buffer_size * 2, BUFFER_MIN), self->n_buffer + len), BUFFER_MAX);
      self->buffer = g_realloc (self->buffer, self->buffer_size);
    }
  if (self->n_buffer + len > self->buffer_size && !flush (self, error))
    return FALSE;
  if (len >= self->buffer_size)
    {
      write_fd (self, data, len);
      if (self->write_errno != 0)
        return fail_errno (error, self->path, self->write_errno);
      return TRUE;
    }
  memcpy (self->buffer + self->n_buffer, data, len);
  self->n_buffer += len;
  return TRUE;
}

const char *
tg_output_file_get_temp_path (TgOutputFile *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->tmp_path;
}

const char *
tg_output_file_get_path (TgOutputFile *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->path;
}

static int
close_fd (TgOutputFile *self)
{
  int rc = close (self->fd);

  self->fd = -1;
  return rc;
}

/* The new name, but never over anything that appeared meanwhile unless it
 * is a regular file. */
static int
put_in_place (TgOutputFile *self)
{
  GStatBuf st;

  if (!self->replace)
    {
      if (renameat2 (AT_FDCWD, self->tmp_path, AT_FDCWD, self->path, RENAME_NOREPLACE) == 0)
        return 0;
      if (errno != EEXIST && errno != EINVAL && errno != ENOSYS)
        return errno;
    }
  /* Replacing: only a regular file (or nothing) is renamed over. */
  if (g_lstat (self->path, &st) == 0 && !S_ISREG (st.st_mode))
    return EEXIST;
  return g_rename (self->tmp_path, self->path) == 0 ? 0 : errno;
}

static void
sync_folder (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
}

gboolean
tg_output_file_commit (TgOutputFile *self,
                       GError      **error)
{
  int saved;

  g_return_val_if_fail (self != NULL && self->fd >= 0, FALSE);

  if (!flush (self, error))
    return FALSE;
  if (self->write_errno != 0)
    return fail_errno (error, self->path, self->write_errno);
  if (self->tmp_path == NULL)
    {
      /* A device or a FIFO: what it refused shows at the latest here. */
      if (close_fd (self) != 0)
        return fail_errno (error, self->path, errno);
      return TRUE;
    }
  if (fsync (self->fd) != 0)
    {
      saved = errno;
      close_fd (self);
      return fail_errno (error, self->path, saved);
    }
  if (close_fd (self) != 0)
    return fail_errno (error, self->path, errno);
  saved = put_in_place (self);
  if (saved != 0)
    return fail_errno (error, self->path, saved);
  g_clear_pointer (&self->tmp_path, g_free);
  sync_folder (self->path);
  return TRUE;
}

void
tg_output_file_free (TgOutputFile *self)
{
  if (self == NULL)
    return;
  if (self->fd >= 0)
    close (self->fd);
  if (self->tmp_path != NULL)
    g_unlink (self->tmp_path);
  g_free (self->tmp_path);
  g_free (self->path);
  g_free (self->buffer);
  g_free (self);
}

gboolean
tg_output_file_set_contents (const char  *path,
                             const void  *data,
                             gsize        len,
                             GError     **error)
{
  g_autoptr(TgOutputFile) out = tg_output_file_open (path, error);

  return out != NULL &&
         tg_output_file_write (out, data, len, error) &&
         tg_output_file_commit (out, error);
}
