/* tg-pg-dump.c — an office server's database copied by the server's own tool
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A PostgreSQL database is not a file to copy: pg_dump takes a consistent
 * snapshot while other desks go on working, and pg_restore puts it back.
 * Tergeu runs pg_dump (Debian's wrapper picks the version of the server)
 * rather than pretending to a backup of its own.
 */
#define G_LOG_DOMAIN "tg-pg"

#include "config.h"

#include <errno.h>
#include <sys/stat.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "tg-pg-dump.h"
#include "tg-pg-private.h"
#include "tg-pg-server.h"

/* The archive is the database's cases: nobody else may read it. */
static void
private_files (gpointer data)
{
  umask (077);
}

gboolean
tg_pg_dump (const char  *conninfo,
            const char  *output,
            GError     **error)
{
  g_autofree char *pg_dump = NULL;
  g_autofree char *partial = NULL;
  g_autofree char *file_arg = NULL;
  g_autofree char *db_arg = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) spawn_error = NULL;
  int status = 0;

  g_return_val_if_fail (conninfo != NULL && output != NULL, FALSE);

  if (!_tg_pg_check_conninfo (conninfo, error))
    return FALSE;
  pg_dump = g_find_program_in_path ("pg_dump");
  if (pg_dump == NULL)
    {
      g_set_error_literal (error, TG_PG_ERROR, TG_PG_ERROR_FAILED,
                           _("pg_dump, PostgreSQL's backup tool, is not installed on this computer (Debian package postgresql-client)."));
      return FALSE;
    }
  partial = g_strconcat (output, ".partial", NULL);
  file_arg = g_strconcat ("--file=", partial, NULL);
  db_arg = g_strconcat ("--dbname=", conninfo, NULL);
  {
    const char *argv[] = { pg_dump, "--format=custom", "--no-password", file_arg, db_arg, NULL };

    if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, private_files, NULL,
                       NULL, &err, &status, &spawn_error))
      {
        g_set_error (error, TG_PG_ERROR, TG_PG_ERROR_FAILED,
                     _("pg_dump could not be started: %s"), spawn_error->message);
        return FALSE;
      }
  }
  if (!g_spawn_check_wait_status (status, NULL))
    {
      g_unlink (partial);
      g_set_error (error, TG_PG_ERROR, TG_PG_ERROR_FAILED,
                   _("pg_dump could not copy the server's database; nothing was written to %s. It said: %s"),
                   output, err != NULL ? g_strstrip (err) : "");
      return FALSE;
    }
  if (g_rename (partial, output) != 0)
    {
      int saved = errno;

      g_unlink (partial);
      g_set_error (error, TG_PG_ERROR, TG_PG_ERROR_FAILED,
                   _("Cannot write %s: %s"), output, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}
