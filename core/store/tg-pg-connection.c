/* tg-pg-connection.c — connecting to an office server and reading its errors
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-pg"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "tg-pg-private.h"
#include "tg-pg-server.h"
#include "tg-store-location.h"

G_DEFINE_QUARK (tg-pg-error-quark, tg_pg_error)

/* The value @options give @keyword, or NULL when they give none. */
static const char *
option_value (const PQconninfoOption *options,
              const char             *keyword)
{
  for (const PQconninfoOption *o = options; o->keyword != NULL; o++)
    if (g_str_equal (o->keyword, keyword))
      return o->val != NULL && o->val[0] != '\0' ? o->val : NULL;
  return NULL;
}

/* A password in the connection string would be in the shell's history and
 * in `ps`: refused, whatever the server would have said. */
gboolean
_tg_pg_check_conninfo (const char *conninfo,
                       GError    **error)
{
  char *message = NULL;
  g_autofree char *parsed = tg_store_location_dup_for_libpq (conninfo);
  PQconninfoOption *options = PQconninfoParse (parsed, &message);
  gboolean has_password = FALSE;

  if (options == NULL)
    {
      g_set_error (error, TG_PG_ERROR, TG_PG_ERROR_ARGUMENT,
                   _("The server's name “%s” is not a connection string PostgreSQL understands: %s"),
                   conninfo, message != NULL ? g_strchomp (message) : "");
      PQfreemem (message);
      return FALSE;
    }
  has_password = option_value (options, "password") != NULL;
  PQconninfoFree (options);
  if (has_password)
    {
      g_set_error_literal (error, TG_PG_ERROR, TG_PG_ERROR_ARGUMENT,
                           _("The connection string contains a password. Tergeu never takes a password on the command line: put it in ~/.pgpass (or a service file, or PGPASSWORD) and leave it out of --db."));
      return FALSE;
    }
  return TRUE;
}

char *
tg_pg_server_dup_location_name (const char *location)
{
  char *message = NULL;
  g_autofree char *parsed = tg_store_location_dup_for_libpq (location);
  PQconninfoOption *options = PQconninfoParse (parsed, &message);
  const char *dbname, *host, *port, *service;
  char *name = NULL;

  PQfreemem (message);
  if (options == NULL)
    return NULL;
  dbname = option_value (options, "dbname");
  host = option_value (options, "host");
  if (host == NULL)
    host = option_value (options, "hostaddr");
  port = option_value (options, "port");
  service = option_value (options, "service");
  if (dbname != NULL)
    {
      GString *out = g_string_new (dbname);

      /* A socket's folder, or no host (libpq's default socket): this
       * computer, which a window's title need not say. */
      if (host != NULL && host[0] == '/')
        host = NULL;
      if (host != NULL)
        g_string_append_printf (out, " · %s", host);
      if (host != NULL && port != NULL && !g_str_equal (port, "5432"))
        g_string_append_printf (out, ":%s", port);
      name = g_string_free (out, FALSE);
    }
  else if (service != NULL)
    name = g_strdup (service);
  PQconninfoFree (options);
  return name;
}

/* The server's notices ("relation already exists, skipping", "the
 * text-search query contains only stop words") are for its log, not for
 * the person at the desk. */
static void
log_notice (void       *data,
            const char *message)
{
  g_debug ("server: %s", message);
}

PGconn *
_tg_pg_connect_any (const char *conninfo)
{
  /* Ours first, so that what the location says wins: libpq expands
   * "dbname" as a whole connection string (expand_dbname). */
  char *password = tg_store_location_dup_password (conninfo);
  g_autofree char *location = tg_store_location_dup_for_libpq (conninfo);
  const char *const keywords[] = {
    "fallback_application_name", "client_encoding", "connect_timeout", "dbname",
    password != NULL ? "password" : NULL, NULL
  };
  const char *const values[] = { "tergeu", "UTF8", "10", location, password, NULL };
  PGconn *conn = PQconnectdbParams (keywords, values, TRUE);

  tg_store_location_free_password (password);
  if (conn != NULL && PQstatus (conn) == CONNECTION_OK)
    {
      PQsetNoticeProcessor (conn, log_notice, NULL);
      /* The server compiles no statement of ours to machine code (JIT):
       * each takes milliseconds, and compiling costs more than it saves
       * (a million cases: the report by cause 65–76 → 23–30 ms, the
       * dashboard's counts 29–30 → 22–24, bench-oversight; lists and
       * searches alike). Unless someone chose otherwise for this login,
       * this database or this connection (ALTER ROLE or DATABASE …
       * SET, PGOPTIONS, the location's options): then theirs stands. A
       * setting sent as the connection starts would overrule the first
       * two, and poolers such as PgBouncer refuse it. */
      PQclear (PQexec (conn, "SELECT set_config ('jit', 'off', false) FROM pg_settings"
                             " WHERE name = 'jit' AND source IN ('default', 'configuration file')"));
    }
  return conn;
}

PGconn *
_tg_pg_connect (const char *conninfo,
                GError    **error)
{
  g_autoptr(PGconn) conn = NULL;

  if (!_tg_pg_check_conninfo (conninfo, error))
    return NULL;
  conn = _tg_pg_connect_any (conninfo);
  if (conn == NULL || PQstatus (conn) != CONNECTION_OK)
    {
      g_autofree char *what = conn != NULL ? _tg_pg_describe (conn) : g_strdup (conninfo);
      g_autofree char *why = g_strdup (conn != NULL ? PQerrorMessage (conn) : "");

      g_set_error (error, TG_PG_ERROR, TG_PG_ERROR_CONNECT,
                   _("Could not connect to the PostgreSQL database %s. Check the server's address, that it is running and that your login is allowed (pg_hba.conf); a password comes from ~/.pgpass, a service file or PGPASSWORD. Details: %s"),
                   what, g_strstrip (why));
      return NULL;
    }
  return g_steal_pointer (&conn);
}

char *
_tg_pg_describe (PGconn *conn)
{
  const char *db = PQdb (conn);
  const char *host = PQhost (conn);

  /* Translators: a database on a server: “tergeu” on db.example.kz */
  return g_strdup_printf (_("“%s” on %s"), db != NULL ? db : "", host != NULL && host[0] != '\0' ? host : "localhost");
}

static int
code_of (const char *sqlstate)
{
  if (sqlstate == NULL)
    return TG_PG_ERROR_FAILED;
  if (g_str_equal (sqlstate, TG_PG_SQLSTATE_PRIVILEGE))
    return TG_PG_ERROR_PRIVILEGE;
  if (g_str_equal (sqlstate, "42704"))   /* undefined_object */
    return TG_PG_ERROR_NO_ROLE;
  return TG_PG_ERROR_FAILED;
}

void
_tg_pg_set_error (PGconn         *conn,
                  const PGresult *res,
                  GError        **error)
{
  const char *primary = res != NULL ? PQresultErrorField (res, PG_DIAG_MESSAGE_PRIMARY) : NULL;
  const char *sqlstate = res != NULL ? PQresultErrorField (res, PG_DIAG_SQLSTATE) : NULL;
  g_autofree char *message = g_strdup (primary != NULL ? primary : PQerrorMessage (conn));

  g_set_error_literal (error, TG_PG_ERROR, code_of (sqlstate), g_strstrip (message));
}

PGresult *
_tg_pg_query (PGconn             *conn,
              const char         *sql,
              int                 n_params,
              const char * const *params,
              GError            **error)
{
  g_autoptr(PGresult) res = NULL;
  ExecStatusType status;

  if (n_params == 0)
    res = PQexec (conn, sql);
  else
    res = PQexecParams (conn, sql, n_params, NULL, params, NULL, NULL, 0);
  status = PQresultStatus (res);
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
    {
      _tg_pg_set_error (conn, res, error);
      return NULL;
    }
  return g_steal_pointer (&res);
}

gboolean
_tg_pg_exec (PGconn     *conn,
             const char *sql,
             GError    **error)
{
  g_autoptr(PGresult) res = _tg_pg_query (conn, sql, 0, NULL, error);

  return res != NULL;
}
