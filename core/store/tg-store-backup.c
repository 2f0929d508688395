/* tg-store-backup.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-backup"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <unistd.h>

#include "tg-store-backup.h"
#include "tg-dates.h"
#include "tg-store.h"

G_DEFINE_QUARK (tg-backup-error-quark, tg_backup_error)

#define BACKUP_PREFIX "cases-"

static gboolean
sqlite_error (sqlite3    *db,
              const char *what,
              GError    **error)
{
  g_set_error (error, TG_BACKUP_ERROR, TG_BACKUP_ERROR_FAILED,
               _("Backup failed (%s): %s"), what, db != NULL ? sqlite3_errmsg (db) : "");
  return FALSE;
}

/* Copies page by page, letting writers in between steps. */
static gboolean
copy_database (sqlite3  *src,
               sqlite3  *dst,
               GError  **error)
{
  sqlite3_backup *b = sqlite3_backup_init (dst, "main", src, "main");
  int rc;

  if (b == NULL)
    return sqlite_error (dst, "init", error);
  do
    {
      rc = sqlite3_backup_step (b, 256);
      if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        g_usleep (20 * 1000);
    }
  while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
  sqlite3_backup_finish (b);
  if (rc != SQLITE_DONE)
    return sqlite_error (dst, "copy", error);
  return TRUE;
}

gboolean
tg_backup_create (const char *db_path,
                  const char *dest,
                  GError    **error)
{
  g_autofree char *tmp = g_strconcat (dest, ".XXXXXX", NULL);
  sqlite3 *src = NULL, *dst = NULL;
  gboolean ok = FALSE;
  int fd;

  g_return_val_if_fail (db_path != NULL && dest != NULL, FALSE);

  fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, TG_BACKUP_ERROR, TG_BACKUP_ERROR_FAILED,
                   _("Cannot create %s: %s"), dest, g_strerror (saved));
      return FALSE;
    }
  close (fd);

  if (sqlite3_open_v2 (db_path, &src, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    sqlite_error (src, db_path, error);
  else if (sqlite3_open_v2 (tmp, &dst, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
    sqlite_error (dst, tmp, error);
  else
    {
      sqlite3_busy_timeout (src, 60000);
      ok = copy_database (src, dst, error) &&
           (sqlite3_exec (dst, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL) == SQLITE_OK ||
            sqlite_error (dst, "journal", error));
    }
  sqlite3_close (src);
  sqlite3_close (dst);
  if (ok && g_rename (tmp, dest) != 0)
    {
      int saved = errno;
      g_set_error (error, TG_BACKUP_ERROR, TG_BACKUP_ERROR_FAILED,
                   _("Cannot write %s: %s"), dest, g_strerror (saved));
      ok = FALSE;
    }
  if (!ok)
    g_unlink (tmp);
  return ok;
}

char *
tg_backup_dir (const char *db_path)
{
  g_autofree char *dir = g_path_get_dirname (db_path);

  return g_build_filename (dir, "backups", NULL);
}

static gint
newest_first (gconstpointer a,
              gconstpointer b)
{
  return -strcmp (*(const char * const *) a, *(const char * const *) b);
}

GPtrArray *
tg_backup_list (const char *db_path)
{
  g_autofree char *dir = tg_backup_dir (db_path);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, BACKUP_PREFIX) && g_str_has_suffix (name, ".db"))
      g_ptr_array_add (paths, g_build_filename (dir, name, NULL));
  /* The timestamp in the name sorts them. */
  g_ptr_array_sort (paths, newest_first);
  return paths;
}

char *
tg_backup_rotate (const char *db_path,
                  const char *reason,
                  guint       keep,
                  GError    **error)
{
  g_autofree char *dir = tg_backup_dir (db_path);
  g_autoptr(GTimeZone) tz = tg_astana_timezone ();
  g_autoptr(GDateTime) now = g_date_time_new_now (tz);
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *name = g_strdup_printf (BACKUP_PREFIX "%s-%s.db", stamp, reason);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GPtrArray) all = NULL;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, TG_BACKUP_ERROR, TG_BACKUP_ERROR_FAILED,
                   _("Cannot create the folder %s: %s"), dir, g_strerror (saved));
      return NULL;
    }
  if (!tg_backup_create (db_path, path, error))
    return NULL;
  all = tg_backup_list (db_path);
  for (guint i = MAX (keep, 1); i < all->len; i++)
    g_unlink (g_ptr_array_index (all, i));
  return g_steal_pointer (&path);
}

gboolean
tg_backup_daily (const char *db_path,
                 guint       keep,
                 GError    **error)
{
  g_autoptr(GPtrArray) all = tg_backup_list (db_path);
  g_autoptr(GTimeZone) tz = tg_astana_timezone ();
  g_autoptr(GDateTime) now = g_date_time_new_now (tz);
  g_autofree char *today = g_date_time_format (now, BACKUP_PREFIX "%Y%m%d-");
  g_autofree char *made = NULL;

  if (all->len > 0)
    {
      g_autofree char *newest = g_path_get_basename (g_ptr_array_index (all, 0));
      if (g_str_has_prefix (newest, today))
        return TRUE;
    }
  made = tg_backup_rotate (db_path, "daily", keep, error);
  return made != NULL;
}

/* Opens a copy of @backup as a store (migrating it if it is older) and
 * verifies it; the copy is what gets restored. */
static gboolean
check_copy (const char *backup,
            const char *copy,
            GError    **error)
{
  g_autoptr(TgStore) store = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) local = NULL;

  if (!tg_backup_create (backup, copy, error))
    return FALSE;
  store = tg_store_open (copy, &local);
  if (store == NULL || !tg_store_verify (store, problems, &local))
    {
      g_set_error (error, TG_BACKUP_ERROR, TG_BACKUP_ERROR_INVALID,
                   _("The backup %s cannot be used: %s. Nothing was restored."), backup,
                   local != NULL ? local->message
                                 : problems->len > 0 ? (char *) g_ptr_array_index (problems, 0) : "?");
      return FALSE;
    }
  return TRUE;
}

static gboolean
move_aside (const char *path,
            const char *to,
            GError    **error)
{
  if (!g_file_test (path, G_FILE_TEST_EXISTS) || g_rename (path, to) == 0)
    return TRUE;
  g_set_error (error, TG_BACKUP_ERROR, TG_BACKUP_ERROR_FAILED,
               _("Cannot move %s aside: %s"), path, g_strerror (errno));
  return FALSE;
}

gboolean
tg_backup_restore (const char *db_path,
                   const char *backup,
                   char      **kept_as,
                   GError    **error)
{
  g_autofree char *dir = g_path_get_dirname (db_path);
  g_autofree char *copy = g_build_filename (dir, ".restore-in-progress.db", NULL);
  g_autoptr(GTimeZone) tz = tg_astana_timezone ();
  g_autoptr(GDateTime) now = g_date_time_new_now (tz);
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *aside = g_strdup_printf ("%s.before-restore-%s", db_path, stamp);
  g_autofree char *wal = g_strconcat (db_path, "-wal", NULL);
  g_autofree char *wal_aside = g_strconcat (aside, "-wal", NULL);

  g_return_val_if_fail (db_path != NULL && backup != NULL, FALSE);

  if (!check_copy (backup, copy, error))
    {
      g_unlink (copy);
      return FALSE;
    }
  /* A WAL left by a crash belongs to the old file: it moves with it. */
  if (!move_aside (db_path, aside, error) || !move_aside (wal, wal_aside, error))
    {
      g_unlink (copy);
      return FALSE;
    }
  if (g_rename (copy, db_path) != 0)
    {
      g_set_error (error, TG_BACKUP_ERROR, TG_BACKUP_ERROR_FAILED,
                   _("Cannot put the backup in place of %s: %s"), db_path, g_strerror (errno));
      g_rename (aside, db_path);
      return FALSE;
    }
  if (kept_as != NULL)
    *kept_as = g_steal_pointer (&aside);
  return TRUE;
}
