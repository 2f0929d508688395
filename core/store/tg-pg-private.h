/* tg-pg-private.h — shared by the tg-pg-*.c files only
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libpq stays behind these files: no public header of the store names
 * one of its types.
 */
#pragma once

#include <libpq-fe.h>

#include "tg-pg-server.h"

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PGconn, PQfinish)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PGresult, PQclear)

/* The SQLSTATE of a refused privilege. */
#define TG_PG_SQLSTATE_PRIVILEGE "42501"

/* Whether @conninfo is a connection string libpq understands without a
 * password (TG_PG_ERROR_ARGUMENT). */
gboolean    _tg_pg_check_conninfo   (const char     *conninfo,
                                     GError        **error);

/* Connects to @conninfo as every Tergeu connection does: UTF-8, named
 * "tergeu" unless @conninfo names itself, giving up after 10 s, the
 * server's notices to the debug log. The connection comes back whatever
 * its status (NULL only without memory): the caller says why it failed. */
PGconn     *_tg_pg_connect_any      (const char     *conninfo);
/* The same, for @conninfo (a URI or libpq keywords; "" for libpq's
 * defaults), refusing one that carries a password and saying why a
 * connection failed (TG_PG_ERROR_CONNECT). */
PGconn     *_tg_pg_connect          (const char     *conninfo,
                                     GError        **error);

/* “dbname” on host, for messages. */
char       *_tg_pg_describe         (PGconn         *conn);

/* Runs @sql (statements without parameters, or one with @n_params
 * text parameters); returns its result, or NULL with @error set from
 * the server's answer (_tg_pg_set_error). */
PGresult   *_tg_pg_query            (PGconn             *conn,
                                     const char         *sql,
                                     int                 n_params,
                                     const char * const *params,
                                     GError            **error);
gboolean    _tg_pg_exec             (PGconn         *conn,
                                     const char     *sql,
                                     GError        **error);

/* Sets @error from a failed @res (NULL: from the connection): the code
 * from its SQLSTATE (42501 TG_PG_ERROR_PRIVILEGE, 42704
 * TG_PG_ERROR_NO_ROLE, else TG_PG_ERROR_FAILED), the server's own words
 * as the message; callers that know what was asked say it better. */
void        _tg_pg_set_error        (PGconn         *conn,
                                     const PGresult *res,
                                     GError        **error);

G_END_DECLS
