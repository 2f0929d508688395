/* tg-store-location.h — where a case database is: a file or a server
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Issue 17: a database location names its engine. A path is an SQLite
 * file on this computer; a `postgresql://` or `postgres://` URI, or a
 * libpq keyword string ("host=… dbname=…"), is an office server. The
 * same rule holds for `--db`, the window and every other place a
 * location is given. */
typedef enum
{
  TG_STORE_LOCATION_FILE,
  TG_STORE_LOCATION_SERVER,
} TgStoreLocationKind;

TgStoreLocationKind tg_store_location_kind        (const char *location);

/* @location as it may be shown or written in a log: a server's without
 * its password (a URI's "user:secret@" or a `password=` pair), a file's
 * path as it is. */
char               *tg_store_location_dup_display (const char *location);
/* A server's @location as libpq reads it: a URI's scheme in lower case,
 * the only case libpq takes, though a location is a server's whatever
 * its case (tg_store_location_kind) and a person may type
 * "PostgreSQL://office/tergeu". */
char               *tg_store_location_dup_for_libpq (const char *location);
/* @location as a window's title names it: a file by its name, a server
 * by its database and host ("tergeu · db.example.kz"), or as
 * tg_store_location_dup_display shows it when libpq cannot tell them. */
char               *tg_store_location_dup_name    (const char *location);

/* TRUE for a file. An office server is refused (TG_STORE_ERROR_OPEN) by
 * what works on a file only (backups and restores, which its
 * administrator makes with PostgreSQL's tools): a server's address is
 * never taken for a file name, which made a file "host=… dbname=…" or a
 * folder "postgresql:" appear wherever it was typed. */
gboolean            tg_store_location_check_file  (const char  *location,
                                                   GError     **error);

/* The password a person typed for an office server (the window asks when
 * the server wants one that ~/.pgpass, a service file or the keyring does
 * not give): held in this process's memory only, never written, and given
 * to each connection to @location from now on, in every thread. NULL
 * forgets it. */
void                tg_store_location_set_password (const char *location,
                                                    const char *password);
/* A copy of it, or NULL; freed with tg_store_location_free_password. */
char               *tg_store_location_dup_password (const char *location);
void                tg_store_location_free_password (char      *password);

G_END_DECLS
