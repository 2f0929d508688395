/* tg-pg-dump.h — an office server's database copied by the server's own tool
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Issue 17: a server's database is backed up by PostgreSQL's own tools,
 * not by copying a file. Writes a `pg_dump --format=custom` archive of
 * the database at @conninfo to @output (readable by its owner only; a
 * file already there is replaced only once the archive is whole), for
 * `pg_restore` to bring back. The password comes from libpq's .pgpass,
 * service file or PGPASSWORD, never from @conninfo. */
gboolean tg_pg_dump (const char  *conninfo,
                     const char  *output,
                     GError     **error);

G_END_DECLS
