/* tg-exchange-export.c — cases of the store into an exchange file
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An xmlTextWriter over a file descriptor of our own, so that the file can
 * be fsync'ed before it is renamed into place (GnuCash's habit: write
 * atomically).  Memory holds one case at a time.
 */
#define G_LOG_DOMAIN "tg-exchange"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "tg-dates.h"
#include "tg-exchange-export.h"
#include "tg-exchange-import.h"
#include "tg-exchange-private.h"

typedef struct
{
  TgStore *store;
  int fd;
  gboolean write_failed;
  int write_errno;
  GChecksum *checksum;
  xmlTextWriterPtr writer;
  guint n_cases;
  char *tmp_path;
} Export;

static void
export_clear (Export *ex)
{
  g_clear_pointer (&ex->writer, xmlFreeTextWriter);
  if (ex->fd >= 0)
    close (ex->fd);
  ex->fd = -1;
  if (ex->tmp_path != NULL)
    g_unlink (ex->tmp_path);
  g_clear_pointer (&ex->tmp_path, g_free);
  g_clear_pointer (&ex->checksum, g_checksum_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Export, export_clear)

static int
on_write (void       *context,
          const char *buffer,
          int         len)
{
  Export *ex = context;
  int done = 0;

  while (done < len)
    {
      ssize_t n = write (ex->fd, buffer + done, len - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          ex->write_failed = TRUE;
          ex->write_errno = errno;
          return -1;
        }
      done += n;
    }
  g_checksum_update (ex->checksum, (const guchar *) buffer, len);
  return len;
}

static int
on_close (void *context)
{
  return 0;
}

static gboolean
io_error (const char  *path,
          int          saved_errno,
          GError     **error)
{
  g_set_error (error, TG_EXCHANGE_ERROR, TG_EXCHANGE_ERROR_FAILED,
               _("%s could not be written: %s; no file was made"),
               path, g_strerror (saved_errno));
  return FALSE;
}

static gboolean
open_tmp (Export      *ex,
          const char  *path,
          GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  xmlOutputBufferPtr out;

  ex->tmp_path = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
  ex->fd = g_mkstemp_full (ex->tmp_path, O_WRONLY | O_CLOEXEC, 0600);
  if (ex->fd < 0)
    {
      int saved = errno;
      g_clear_pointer (&ex->tmp_path, g_free);
      return io_error (path, saved, error);
    }
  ex->checksum = g_checksum_new (G_CHECKSUM_SHA256);
  out = xmlOutputBufferCreateIO (on_write, on_close, ex, NULL);
  ex->writer = out != NULL ? xmlNewTextWriter (out) : NULL;
  if (ex->writer == NULL)
    return io_error (path, ENOMEM, error);
  return TRUE;
}

static GBytes *
load_content (TgCase      *kase,
              const char  *document_id,
              gpointer     user_data,
              GError     **error)
{
  Export *ex = user_data;

  return tg_store_load_document_content (ex->store, tg_case_get_id (kase), document_id, error);
}

static gboolean
write_one (TgCase   *kase,
           gint64    base_revision,
           gpointer  user_data,
           GError  **error)
{
  Export *ex = user_data;

  ex->n_cases++;
  return _tg_exchange_write_case (ex->writer, kase, base_revision, load_content, ex, error);
}

static gboolean
write_all (Export                   *ex,
           const TgStoreExportQuery *query,
           const char               *code,
           GError                  **error)
{
  g_autofree char *now = tg_now_iso ();
  g_autofree char *name = tg_store_dup_setting (ex->store, "committee-name-kk");

  if (!_tg_exchange_write_header (ex->writer, code, name, now, error) ||
      !tg_store_exchange_foreach (ex->store, query, write_one, ex, error))
    return FALSE;
  if (ex->n_cases == 0)
    {
      g_set_error (error, TG_EXCHANGE_ERROR, TG_EXCHANGE_ERROR_NOT_FOUND,
                   _("no case matches the selection; no file was made (a case file holds at least one case)"));
      return FALSE;
    }
  return _tg_exchange_write_end (ex->writer, error);
}

/* Durable before it has its name, and the name durable after. */
static gboolean
put_in_place (Export      *ex,
              const char  *path,
              GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int dir_fd;

  g_clear_pointer (&ex->writer, xmlFreeTextWriter);   /* flushes */
  if (ex->write_failed)
    return io_error (path, ex->write_errno, error);
  if (fsync (ex->fd) != 0 || close (ex->fd) != 0)
    {
      ex->fd = -1;
      return io_error (path, errno, error);
    }
  ex->fd = -1;
  if (g_rename (ex->tmp_path, path) != 0)
    return io_error (path, errno, error);
  g_clear_pointer (&ex->tmp_path, g_free);
  dir_fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd >= 0)
    {
      fsync (dir_fd);
      close (dir_fd);
    }
  return TRUE;
}

gboolean
tg_exchange_export_file (TgStore                  *store,
                         const TgStoreExportQuery *query,
                         const char               *sender_code,
                         const char               *path,
                         guint                    *n_cases,
                         GError                  **error)
{
  g_auto(Export) ex = { store, -1, };
  g_autofree char *summary = NULL;
  g_autofree char *base = NULL;

  g_return_val_if_fail (TG_IS_STORE (store), FALSE);
  g_return_val_if_fail (query != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!open_tmp (&ex, path, error) ||
      !write_all (&ex, query, sender_code != NULL ? sender_code : TG_EXCHANGE_OWN_CODE, error))
    return FALSE;
  /* The writer has flushed into the checksum once it is freed. */
  if (!put_in_place (&ex, path, error))
    return FALSE;
  if (n_cases != NULL)
    *n_cases = ex.n_cases;
  summary = g_strdup_printf ("exported %u", ex.n_cases);
  base = g_path_get_basename (path);
  return tg_store_exchange_log (store, "export", query->to, base,
                                g_checksum_get_string (ex.checksum), summary, error);
}
