/* tg-store-backup-sqlite.c — backup copies of an SQLite database file
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SQLite-only (issue 17): copies made with sqlite3's backup API beside the
 * database file, listed, rotated and restored. A PostgreSQL server is
 * backed up by its own tools.
 */
#define G_LOG_DOMAIN "tg-backup"

#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1   /* renameat2 */
#endif

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "tg-store-backup.h"
#include "tg-dates.h"
#include "tg-output-file.h"
#include "tg-store.h"
#include "tg-store-location.h"

G_DEFINE_QUARK (tg-backup-error-quark, tg_backup_error)

/* "YYYYMMDD-HHMMSS", Astana time. */
#define STAMP_LEN 15
/* Backups of every database in a folder were once named so, in one
 * shared folder: nothing tells whose they are. */
#define LEGACY_PREFIX "cases-"

static gboolean
sqlite_error (sqlite3    *db,
              const char *what,
              GError    **error)
{
  g_set_error (error, TG_BACKUP_ERROR, TG_BACKUP_ERROR_FAILED,
               _("Backup failed (%s): %s"), what, db != NULL ? sqlite3_errmsg (db) : "");
  return FALSE;
}

static gboolean
errno_error (GError    **error,
             const char *path,
             int         saved_errno)
{
  g_set_error (error, TG_BACKUP_ERROR, TG_BACKUP_ERROR_FAILED,
               _("Cannot write %s: %s."), path, g_strerror (saved_errno));
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

/* The database at @src_path, consistent, into the (empty) file @dst_path,
 * with its own connections: safe from any thread while others write. */
static gboolean
copy_to_file (const char *src_path,
              const char *dst_path,
              GError    **error)
{
  sqlite3 *src = NULL, *dst = NULL;
  gboolean ok = FALSE;

  if (sqlite3_open_v2 (src_path, &src, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    sqlite_error (src, src_path, error);
  else if (sqlite3_open_v2 (dst_path, &dst, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
    sqlite_error (dst, dst_path, error);
  else
    {
      sqlite3_busy_timeout (src, 60000);
      ok = copy_database (src, dst, error) &&
           (sqlite3_exec (dst, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL) == SQLITE_OK ||
            sqlite_error (dst, "journal", error));
    }
  sqlite3_close (src);
  sqlite3_close (dst);
  return ok;
}

/* A new empty file, private to the user, in @dir. */
static char *
private_temp (const char *dir,
              GError    **error)
{
  char *path = g_build_filename (dir, ".tergeu-backup-XXXXXX", NULL);
  int fd = g_mkstemp_full (path, O_RDWR | O_CLOEXEC, 0600);

  if (fd < 0)
    {
      errno_error (error, path, errno);
      g_free (path);
      return NULL;
    }
  close (fd);
  return path;
}

static gboolean
sync_file (const char *path,
           GError    **error)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);

  if (fd < 0 || fsync (fd) != 0)
    {
      int saved = errno;
      if (fd >= 0)
        close (fd);
      return errno_error (error, path, saved);
    }
  close (fd);
  return TRUE;
}

/* The bytes of @path into @out (a FIFO or a device). */
static gboolean
stream_file (const char   *path,
             TgOutputFile *out,
             GError      **error)
{
  char buffer[65536];
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  gboolean ok = fd >= 0 || errno_error (error, path, errno);
  ssize_t n;

  while (ok && (n = read (fd, buffer, sizeof buffer)) != 0)
    {
      if (n < 0 && errno == EINTR)
        continue;
      ok = n > 0 ? tg_output_file_write (out, buffer, n, error) : errno_error (error, path, errno);
    }
  if (fd >= 0)
    close (fd);
  return ok;
}

static gboolean
create_into (const char   *db_path,
             TgOutputFile *out,
             GError      **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *tmp = NULL;
  gboolean ok;

  /* SQLite fills the temporary file that becomes the output … */
  if (tg_output_file_get_temp_path (out) != NULL)
    return copy_to_file (db_path, tg_output_file_get_temp_path (out), error) &&
           tg_output_file_commit (out, error);
  /* … or a private one beside the database, copied into a FIFO or device. */
  dir = g_path_get_dirname (db_path);
  tmp = private_temp (dir, error);
  if (tmp == NULL)
    return FALSE;
  ok = copy_to_file (db_path, tmp, error) && stream_file (tmp, out, error) &&
       tg_output_file_commit (out, error);
  g_unlink (tmp);
  return ok;
}

gboolean
tg_backup_create (const char *db_path,
                  const char *dest,
                  GError    **error)
{
  g_autoptr(TgOutputFile) out = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (db_path != NULL && dest != NULL, FALSE);

  if (tg_store_location_check_file (db_path, &local_error))
    out = tg_output_file_open (dest, &local_error);
  if (out == NULL || !create_into (db_path, out, &local_error))
    {
      if (local_error->domain == TG_BACKUP_ERROR)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error_literal (error, TG_BACKUP_ERROR, TG_BACKUP_ERROR_FAILED, local_error->message);
      return FALSE;
    }
  return TRUE;
}

/* ------------------------------------------------------------ the folder */

char *
tg_backup_dir (const char *db_path)
{
  g_autofree char *dir = g_path_get_dirname (db_path);
  g_autofree char *base = g_path_get_basename (db_path);

  /* One folder per database (issue 16: two databases beside each other
   * shared one, and rotated each other's backups away). */
  return g_build_filename (dir, "backups", base, NULL);
}

/* "STAMP[.N]-REASON.db": the stamp and the sequence within its second. */
static gboolean
parse_name (const char *name,
            char        stamp[STAMP_LEN + 1],
            guint64    *seq)
{
  const char *p = name + STAMP_LEN;

  if (strlen (name) < STAMP_LEN + 5 || !g_str_has_suffix (name, ".db") || name[8] != '-')
    return FALSE;
  for (guint i = 0; i < STAMP_LEN; i++)
    if (i != 8 && !g_ascii_isdigit (name[i]))
      return FALSE;
  *seq = 1;
  if (*p == '.')
    {
      char *end = NULL;
      *seq = g_ascii_strtoull (p + 1, &end, 10);
      if (end == p + 1 || *seq < 2)
        return FALSE;
      p = end;
    }
  if (*p != '-' || p[1] == '.')
    return FALSE;
  memcpy (stamp, name, STAMP_LEN);
  stamp[STAMP_LEN] = '\0';
  return TRUE;
}

typedef struct
{
  char stamp[STAMP_LEN + 1];
  guint64 seq;
  char *path;
} Listed;

static gint
newest_first (gconstpointer a,
              gconstpointer b)
{
  const Listed *x = a, *y = b;
  int c = strcmp (y->stamp, x->stamp);

  if (c != 0)
    return c;
  return y->seq < x->seq ? -1 : y->seq > x->seq;
}

GPtrArray *
tg_backup_list (const char *db_path)
{
  /* An office server has no folder of backups beside it. */
  g_autofree char *dir = tg_store_location_kind (db_path) == TG_STORE_LOCATION_FILE ? tg_backup_dir (db_path) : NULL;
  g_autoptr(GDir) d = dir != NULL ? g_dir_open (dir, 0, NULL) : NULL;
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (Listed));
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      Listed l;

      if (parse_name (name, l.stamp, &l.seq))
        {
          l.path = g_build_filename (dir, name, NULL);
          g_array_append_val (found, l);
        }
    }
  g_array_sort (found, newest_first);
  for (guint i = 0; i < found->len; i++)
    g_ptr_array_add (paths, g_array_index (found, Listed, i).path);
  return paths;
}

gboolean
tg_backup_has_unattributed (const char *db_path)
{
  g_autofree char *dir = g_path_get_dirname (db_path);
  g_autofree char *shared = g_build_filename (dir, "backups", NULL);
  g_autoptr(GDir) d = g_dir_open (shared, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, LEGACY_PREFIX) && g_str_has_suffix (name, ".db"))
      return TRUE;
  return FALSE;
}

/* Gives @tmp the name @path unless something has it already. */
static int
place_new (const char *tmp,
           const char *path)
{
  if (renameat2 (AT_FDCWD, tmp, AT_FDCWD, path, RENAME_NOREPLACE) == 0)
    return 0;
  if (errno != EINVAL && errno != ENOSYS)
    return errno;
  /* A file system without it: a hard link refuses an existing name too. */
  if (link (tmp, path) != 0)
    return errno;
  g_unlink (tmp);
  return 0;
}

/* The first free name of this second: two backups within one second (of
 * one database or, before, of two) never overwrite each other. */
static char *
place_in_folder (const char *tmp,
                 const char *dir,
                 const char *stamp,
                 const char *reason,
                 GError    **error)
{
  for (guint seq = 1; seq < 10000; seq++)
    {
      g_autofree char *name = seq == 1 ? g_strdup_printf ("%s-%s.db", stamp, reason)
                                       : g_strdup_printf ("%s.%u-%s.db", stamp, seq, reason);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      int rc = place_new (tmp, path);

      if (rc == 0)
        return g_steal_pointer (&path);
      if (rc != EEXIST)
        {
          errno_error (error, path, rc);
          return NULL;
        }
    }
  errno_error (error, dir, EEXIST);
  return NULL;
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
  g_autofree char *tmp = NULL;
  g_autoptr(GPtrArray) all = NULL;
  char *path;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, TG_BACKUP_ERROR, TG_BACKUP_ERROR_FAILED,
                   _("Cannot create the folder %s: %s"), dir, g_strerror (saved));
      return NULL;
    }
  tmp = private_temp (dir, error);
  if (tmp == NULL)
    return NULL;
  if (!copy_to_file (db_path, tmp, error) || !sync_file (tmp, error) ||
      (path = place_in_folder (tmp, dir, stamp, reason, error)) == NULL)
    {
      g_unlink (tmp);
      return NULL;
    }
  all = tg_backup_list (db_path);
  for (guint i = MAX (keep, 1); i < all->len; i++)
    g_unlink (g_ptr_array_index (all, i));
  return path;
}

gboolean
tg_backup_daily (const char *db_path,
                 guint       keep,
                 GError    **error)
{
  g_autoptr(GPtrArray) all = tg_backup_list (db_path);
  g_autoptr(GTimeZone) tz = tg_astana_timezone ();
  g_autoptr(GDateTime) now = g_date_time_new_now (tz);
  g_autofree char *today = g_date_time_format (now, "%Y%m%d-");
  g_autofree char *made = NULL;

  /* An office server is backed up by its administrator, with the
   * server's own tools. */
  if (tg_store_location_kind (db_path) == TG_STORE_LOCATION_SERVER)
    return TRUE;
  if (all->len > 0)
    {
      g_autofree char *newest = g_path_get_basename (g_ptr_array_index (all, 0));
      if (g_str_has_prefix (newest, today))
        return TRUE;
    }
  made = tg_backup_rotate (db_path, "daily", keep, error);
  return made != NULL;
}

/* ------------------------------------------------------------- restore */

/* A database file of ours and what SQLite may have made beside it. */
static void
remove_database_file (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
}

/* The backups a migration of @path made, and their folder. */
static void
remove_backups_of (const char *path)
{
  g_autoptr(GPtrArray) made = tg_backup_list (path);
  g_autofree char *dir = tg_backup_dir (path);
  g_autofree char *parent = g_path_get_dirname (dir);

  for (guint i = 0; i < made->len; i++)
    g_unlink (g_ptr_array_index (made, i));
  g_rmdir (dir);
  g_rmdir (parent);   /* only when it is empty */
}

/* Copies @backup to @copy and checks the copy: a Tergeu database (never
 * another application's, issue 16), intact, every history verified. The
 * copy is migrated if older: it is what gets restored. */
static gboolean
check_copy (const char *backup,
            const char *copy,
            GError    **error)
{
  g_autoptr(TgStore) store = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) local = NULL;
  gboolean ok;

  if (!copy_to_file (backup, copy, &local))
    ok = FALSE;
  else if (!tg_store_is_database (copy, NULL))
    {
      g_set_error (error, TG_BACKUP_ERROR, TG_BACKUP_ERROR_INVALID,
                   _("The backup %s cannot be used: it is not a Tergeu database. Nothing was restored."),
                   backup);
      return FALSE;
    }
  else
    {
      store = tg_store_open (copy, &local);
      ok = store != NULL && tg_store_verify (store, problems, &local);
      g_clear_object (&store);
      remove_backups_of (copy);
    }
  if (!ok)
    g_set_error (error, TG_BACKUP_ERROR, TG_BACKUP_ERROR_INVALID,
                 _("The backup %s cannot be used: %s. Nothing was restored."), backup,
                 local != NULL ? local->message
                               : problems->len > 0 ? (char *) g_ptr_array_index (problems, 0) : "?");
  return ok;
}

/* "@db_path.before-restore-STAMP", free. */
static char *
aside_name (const char *db_path)
{
  g_autoptr(GTimeZone) tz = tg_astana_timezone ();
  g_autoptr(GDateTime) now = g_date_time_new_now (tz);
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  char *name = g_strdup_printf ("%s.before-restore-%s", db_path, stamp);

  for (guint seq = 2; g_file_test (name, G_FILE_TEST_EXISTS); seq++)
    {
      g_free (name);
      name = g_strdup_printf ("%s.before-restore-%s.%u", db_path, stamp, seq);
    }
  return name;
}

static gboolean
in_use (const char *db_path,
        GError    **error)
{
  g_set_error (error, TG_BACKUP_ERROR, TG_BACKUP_ERROR_IN_USE,
               _("The database %s is open in another program (the Tergeu window or another tergeu-cli): close it, then restore again. Nothing was restored."),
               db_path);
  return FALSE;
}

/* A file SQLite cannot read at all (the usual reason to restore): nobody
 * can have it open as a database. It is moved aside, with a WAL a crash
 * left, and the copy takes its name. */
static gboolean
replace_file (const char *db_path,
              const char *copy,
              const char *aside,
              GError    **error)
{
  g_autofree char *wal = g_strconcat (db_path, "-wal", NULL);
  g_autofree char *wal_aside = g_strconcat (aside, "-wal", NULL);

  if (g_rename (db_path, aside) != 0)
    return errno_error (error, aside, errno);
  if (g_file_test (wal, G_FILE_TEST_EXISTS) && g_rename (wal, wal_aside) != 0)
    {
      int saved = errno;
      g_rename (aside, db_path);
      return errno_error (error, wal_aside, saved);
    }
  if (place_new (copy, db_path) != 0)
    {
      int saved = errno;
      g_rename (aside, db_path);
      g_set_error (error, TG_BACKUP_ERROR, TG_BACKUP_ERROR_FAILED,
                   _("Cannot put the backup in place of %s: %s"), db_path, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

/* Keeps the current contents in @aside, from the connection that holds
 * the lock: exactly what is replaced. */
static gboolean
keep_aside (sqlite3    *live,
            const char *aside,
            GError    **error)
{
  sqlite3 *dst = NULL;
  int fd = g_open (aside, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  gboolean ok;

  if (fd < 0)
    return errno_error (error, aside, errno);
  close (fd);
  ok = sqlite3_open_v2 (aside, &dst, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK &&
       copy_database (live, dst, error) &&
       (sqlite3_exec (dst, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL) == SQLITE_OK ||
        sqlite_error (dst, "journal", error));
  if (!ok && error != NULL && *error == NULL)
    sqlite_error (dst, aside, error);
  sqlite3_close (dst);
  if (!ok || !sync_file (aside, error))
    {
      g_unlink (aside);
      return FALSE;
    }
  return TRUE;
}

/* The backup goes into the database in place, through SQLite, under an
 * exclusive lock taken first (issue 16: renaming files under a writer
 * lost everything it wrote). Nobody else may have it open: a process that
 * opens it meanwhile waits for the lock and then reads the restored
 * contents of the same file. */
static gboolean
replace_contents (const char *db_path,
                  const char *copy,
                  const char *aside,
                  gboolean   *unreadable,
                  GError    **error)
{
  sqlite3 *live = NULL, *src = NULL;
  gboolean ok = FALSE;
  int rc;

  *unreadable = FALSE;
  if (sqlite3_open_v2 (db_path, &live, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
    {
      sqlite_error (live, db_path, error);
      sqlite3_close (live);
      return FALSE;
    }
  sqlite3_busy_timeout (live, 2000);
  rc = sqlite3_exec (live, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; COMMIT;", NULL, NULL, NULL);
  if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
    in_use (db_path, error);
  else if (rc == SQLITE_NOTADB || rc == SQLITE_CORRUPT)
    *unreadable = TRUE;
  else if (rc != SQLITE_OK)
    sqlite_error (live, db_path, error);
  /* The copy is ours: opened to write, its connection removes the -wal
   * and -shm files it makes when it closes (a read-only one left them). */
  else if (keep_aside (live, aside, error) &&
           (sqlite3_open_v2 (copy, &src, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK ||
            sqlite_error (src, copy, error)))
    ok = copy_database (src, live, error);
  sqlite3_close (src);
  /* The last connection checkpoints and removes the WAL. */
  sqlite3_close (live);
  return ok;
}

gboolean
tg_backup_restore (const char *db_path,
                   const char *backup,
                   char      **kept_as,
                   GError    **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *aside = NULL;
  gboolean unreadable = FALSE;
  gboolean ok;

  g_return_val_if_fail (db_path != NULL && backup != NULL, FALSE);

  if (!tg_store_location_check_file (db_path, error))
    return FALSE;
  dir = g_path_get_dirname (db_path);
  copy = private_temp (dir, error);
  if (copy == NULL)
    return FALSE;
  if (!check_copy (backup, copy, error))
    {
      remove_database_file (copy);
      return FALSE;
    }
  if (!g_file_test (db_path, G_FILE_TEST_EXISTS))
    {
      int rc = place_new (copy, db_path);
      if (rc != 0)
        errno_error (error, db_path, rc);
      g_unlink (copy);
      return rc == 0;
    }
  aside = aside_name (db_path);
  ok = replace_contents (db_path, copy, aside, &unreadable, error);
  if (!ok && unreadable)
    ok = replace_file (db_path, copy, aside, error);
  remove_database_file (copy);
  if (ok && kept_as != NULL)
    *kept_as = g_steal_pointer (&aside);
  return ok;
}
