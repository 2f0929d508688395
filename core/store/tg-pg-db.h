/* tg-pg-db.h — the PostgreSQL engine of tg-db.h, for PostgreSQL-only files
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * PostgreSQL-only (issue 17): included by the files of core/store named
 * for PostgreSQL and by nothing that is shared between engines.
 */
#pragma once

#include <libpq-fe.h>

#include "tg-db.h"

G_BEGIN_DECLS

/* Connects to the server at @conninfo — a `postgresql://` or `postgres://`
 * URI or a libpq keyword string —, as libpq finds the password (its
 * .pgpass or service file, PGPASSWORD): Tergeu never takes one itself.
 * Times are UTC on the connection (the model writes offsets itself). On
 * failure, *@error holds why (TG_DB_ERROR_OPEN) and NULL is returned. */
TgDb         *_tg_db_pg_open          (const char  *conninfo,
                                       GError     **error);
PGconn       *_tg_db_pg_handle        (TgDb        *db);
/* Rows changed by every statement so far on @db, committed or not. */
gint64        _tg_db_pg_total_changes (TgDb        *db);
/* The SQLSTATE of the last error on @db ("00000" when none). */
const char   *_tg_db_pg_sqlstate      (TgDb        *db);
/* A SQLSTATE as TG_DB_ERROR. */
TgDbError     _tg_db_pg_error_kind    (const char  *sqlstate);
/* @sql with `?` and `?NNN` placeholders numbered `$n` as PostgreSQL
 * wants them; quoted text, quoted names and comments are left alone.
 * The count of parameters goes to @n_params. */
char         *_tg_db_pg_number_params (const char  *sql,
                                       int         *n_params);

G_END_DECLS
