/* tg-pg-server.h — setting up a PostgreSQL office server
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Several desks share one PostgreSQL database (issue 17). This is the
 * server's side: its schema, the server-enforced rules (append-only
 * history, the actor of history, statistics) and the roles people get.
 * Connections are named as libpq names them — a URI
 * ("postgresql://host/tergeu", "postgres://…") or keywords
 * ("host=… dbname=…") — and never carry a password: libpq finds it in
 * ~/.pgpass, a service file or PGPASSWORD.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define TG_PG_ERROR (tg_pg_error_quark ())
GQuark tg_pg_error_quark (void);

typedef enum
{
  TG_PG_ERROR_CONNECT,      /* the server could not be reached or logged into */
  TG_PG_ERROR_ARGUMENT,     /* a bad connection string or user name */
  TG_PG_ERROR_PRIVILEGE,    /* the server refused a privilege (SQLSTATE 42501) */
  TG_PG_ERROR_TOO_NEW,      /* the schema is newer than this Tergeu */
  TG_PG_ERROR_FOREIGN,      /* the database holds something else */
  TG_PG_ERROR_UNSUITED,     /* not UTF-8, or no ICU/pg_trgm */
  TG_PG_ERROR_NO_ROLE,      /* the user to grant to does not exist */
  TG_PG_ERROR_FAILED,       /* anything else the server said */
} TgPgError;

/* What a person may do on the server: the group role they are made a
 * member of (core/store/pg/roles.sql). */
typedef enum
{
  TG_SERVER_ROLE_READER,
  TG_SERVER_ROLE_INVESTIGATOR,
  TG_SERVER_ROLE_ADMIN,
} TgServerRole;

GType        tg_server_role_get_type     (void) G_GNUC_CONST;
#define TG_TYPE_SERVER_ROLE (tg_server_role_get_type ())

/* The server's name of @role ("tergeu_investigator"). */
const char  *tg_server_role_get_group    (TgServerRole role);

typedef enum
{
  TG_PG_INIT_CREATED,       /* the schema was made */
  TG_PG_INIT_CURRENT,       /* it was there already; nothing changed */
  TG_PG_INIT_UPGRADED,      /* an older schema was brought up to date */
} TgPgInitResult;

/**
 * tg_pg_server_init:
 * @conninfo: the database, as libpq names it ("" for libpq's defaults)
 * @result: (out) (optional): what was done
 * @version_before: (out) (optional): the schema version found (0: none)
 * @error: return location for a #GError
 *
 * Creates the extensions, the Kazakh collation, the schema at
 * TG_STORE_SCHEMA_VERSION, its triggers, the roles and their privileges,
 * all in one transaction. Run as the database's owner, with the right to
 * create roles. A database already at this version is left unchanged; a
 * newer one is refused (%TG_PG_ERROR_TOO_NEW).
 *
 * Returns: %TRUE on success
 */
gboolean     tg_pg_server_init           (const char      *conninfo,
                                          TgPgInitResult  *result,
                                          int             *version_before,
                                          GError         **error);

/**
 * tg_pg_server_grant:
 * @conninfo: the database, as libpq names it
 * @user: an existing login role on the server
 * @role: what @user may do from now on
 * @error: return location for a #GError
 *
 * Makes @user a member of @role's group role (an administrator WITH ADMIN
 * OPTION, so that they may give roles too). Run as a superuser or a member
 * of tergeu_admin.
 *
 * Returns: %TRUE on success
 */
gboolean     tg_pg_server_grant          (const char      *conninfo,
                                          const char      *user,
                                          TgServerRole     role,
                                          GError         **error);

/* Takes @role's group role from @user; TRUE as well when @user was not
 * a member. */
gboolean     tg_pg_server_revoke         (const char      *conninfo,
                                          const char      *user,
                                          TgServerRole     role,
                                          GError         **error);

/* The database and host a location names, as a person reads them:
 * "tergeu · db.example.kz", "tergeu · db.example.kz:5433", "tergeu" on
 * this computer's socket, a service's name; NULL when libpq cannot read
 * @location or it names no database. */
char        *tg_pg_server_dup_location_name (const char *location);

G_END_DECLS
