/* tg-store-backup.h — backups of the database file
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Backups use SQLite's online backup, so they are consistent while the
 * application has the database open. They live beside the database in
 * "backups/<its file name>/", one folder per database, are private to the
 * user (0600) and rotate.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define TG_BACKUP_ERROR (tg_backup_error_quark ())

typedef enum
{
  TG_BACKUP_ERROR_FAILED,
  TG_BACKUP_ERROR_INVALID,   /* the backup itself is damaged: not restored */
  TG_BACKUP_ERROR_IN_USE,    /* another process has the database open */
} TgBackupError;

GQuark   tg_backup_error_quark (void);

/* How many automatic backups are kept by default. */
#define TG_BACKUP_KEEP_DEFAULT 14

/* Copies the database at @db_path into @dest as tg-output-file.h writes
 * (a new file is 0600 and appears whole; a FIFO or device is written to).
 * Uses its own connection: safe from any thread, while others write. */
gboolean tg_backup_create      (const char  *db_path,
                                const char  *dest,
                                GError     **error);
/* "<folder of db>/backups/<file name of db>": this database's only. */
char    *tg_backup_dir         (const char  *db_path);
/* Makes an automatic backup "YYYYMMDD-HHMMSS-@reason.db" (".2", ".3" …
 * after the seconds when that second has one already) in the backup
 * folder and removes the oldest beyond @keep. Returns its path, which
 * holds this database whatever else runs. */
char    *tg_backup_rotate      (const char  *db_path,
                                const char  *reason,
                                guint        keep,
                                GError     **error);
/* Like tg_backup_rotate with reason "daily", but only when no backup was
 * made today. */
gboolean tg_backup_daily       (const char  *db_path,
                                guint        keep,
                                GError     **error);
/* This database's backups, newest first (paths). */
GPtrArray *tg_backup_list      (const char  *db_path);
/* Whether the shared folder of older versions ("backups/cases-….db") has
 * backups, which may be of any database of the folder. */
gboolean  tg_backup_has_unattributed (const char *db_path);
/* Checks @backup (a Tergeu database, intact, every history verified),
 * then, under an exclusive lock on the database, keeps its contents as
 * "@db_path.before-restore-YYYYMMDD-HHMMSS" and puts the backup's in
 * their place. Refused (TG_BACKUP_ERROR_IN_USE) while another process
 * has the database open; nothing is replaced when anything fails.
 * *@kept_as receives the old contents' file name. */
gboolean tg_backup_restore     (const char  *db_path,
                                const char  *backup,
                                char       **kept_as,
                                GError     **error);

G_END_DECLS
