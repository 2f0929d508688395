/* tg-store-backup.h — backups of the database file
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Backups use SQLite's online backup, so they are consistent while the
 * application has the database open. They live beside the database in
 * "backups/", are private to the user (0600) and rotate.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define TG_BACKUP_ERROR (tg_backup_error_quark ())

typedef enum
{
  TG_BACKUP_ERROR_FAILED,
  TG_BACKUP_ERROR_INVALID,   /* the backup itself is damaged: not restored */
} TgBackupError;

GQuark   tg_backup_error_quark (void);

/* How many automatic backups are kept by default. */
#define TG_BACKUP_KEEP_DEFAULT 14

/* Copies the database at @db_path into @dest (written under a temporary
 * name and renamed, mode 0600). Uses its own connection: safe from any
 * thread, while other connections write. */
gboolean tg_backup_create      (const char  *db_path,
                                const char  *dest,
                                GError     **error);
/* "<folder of db>/backups" */
char    *tg_backup_dir         (const char  *db_path);
/* Makes an automatic backup "cases-YYYYMMDD-HHMMSS-@reason.db" in the
 * backup folder and removes the oldest beyond @keep. Returns its path. */
char    *tg_backup_rotate      (const char  *db_path,
                                const char  *reason,
                                guint        keep,
                                GError     **error);
/* Like tg_backup_rotate with reason "daily", but only when no backup was
 * made today. */
gboolean tg_backup_daily       (const char  *db_path,
                                guint        keep,
                                GError     **error);
/* Backups in the folder, newest first (paths). */
GPtrArray *tg_backup_list      (const char  *db_path);
/* Checks @backup (integrity and history chains), then keeps the current
 * database as "@db_path.before-restore-YYYYMMDD-HHMMSS" and puts the
 * backup in its place. Nothing is replaced when the check fails. The
 * database must not be open. *@kept_as receives the old file's name. */
gboolean tg_backup_restore     (const char  *db_path,
                                const char  *backup,
                                char       **kept_as,
                                GError     **error);

G_END_DECLS
