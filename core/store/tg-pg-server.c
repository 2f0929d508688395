/* tg-pg-server.c — the schema, triggers and roles of an office server
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The SQL lives in core/store/pg/, compiled in as a resource. `server
 * init` runs it in one transaction, as migrations run on SQLite
 * (tg-store-schema-sqlite.c): the version is read first, a newer database is
 * refused, an older one is upgraded step by step (pg/upgrade-N.sql: the
 * server's schema begins at 6), a current one is left alone.
 * A database below 6 cannot exist; one that says so is refused.
 */
#define G_LOG_DOMAIN "tg-pg"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "tg-pg-db.h"
#include "tg-pg-private.h"
#include "tg-pg-resources.h"
#include "tg-store-private.h"

/* The version create_files make: SQLite's schema 6. Each later version
 * is a step pg/upgrade-N.sql (listed in pg/tg-pg.gresource.xml), run in
 * order on an older database and after create_files on a new one, as
 * SQLite's migrations are. When SQLite's schema moves on, this stops
 * compiling until the server has the same step. */
#define TG_PG_SCHEMA_FIRST 6
#define TG_PG_N_UPGRADES 3
G_STATIC_ASSERT (TG_PG_SCHEMA_FIRST + TG_PG_N_UPGRADES == TG_STORE_SCHEMA_VERSION);

#define RESOURCE_DIR "/kz/gov/enbek/Tergeu/pg/"

/* What a new database gets, in order. */
static const char * const create_files[] = {
  "extensions.sql", "version.sql", "schema.sql", "statistics.sql", "roles.sql",
};

G_DEFINE_ENUM_TYPE (TgServerRole, tg_server_role,
  G_DEFINE_ENUM_VALUE (TG_SERVER_ROLE_READER, "reader"),
  G_DEFINE_ENUM_VALUE (TG_SERVER_ROLE_INVESTIGATOR, "investigator"),
  G_DEFINE_ENUM_VALUE (TG_SERVER_ROLE_ADMIN, "admin"))

static const char * const role_groups[] = {
  [TG_SERVER_ROLE_READER] = "tergeu_reader",
  [TG_SERVER_ROLE_INVESTIGATOR] = "tergeu_investigator",
  [TG_SERVER_ROLE_ADMIN] = "tergeu_admin",
};

const char *
tg_server_role_get_group (TgServerRole role)
{
  g_return_val_if_fail ((guint) role < G_N_ELEMENTS (role_groups), NULL);

  return role_groups[role];
}

static gboolean
run_resource (PGconn     *conn,
              const char *name,
              GError    **error)
{
  g_autofree char *path = g_strconcat (RESOURCE_DIR, name, NULL);
  g_autoptr(GBytes) bytes = g_resource_lookup_data (tg_pg_get_resource (), path,
                                                    G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  g_autofree char *sql = NULL;
  const char *data;
  gsize len;

  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &len);
  sql = g_strndup (data, len);
  g_debug ("running %s", name);
  return _tg_pg_exec (conn, sql, error);
}

/* Only a UTF-8 database with a locale that knows Cyrillic letters finds
 * "ақмола" for "АҚМОЛА": the full-text and trigram indexes lower-case
 * and split words by the database's LC_CTYPE. */
static gboolean
check_suited (PGconn  *conn,
              GError **error)
{
  g_autoptr(PGresult) res = _tg_pg_query (conn,
    "SELECT pg_encoding_to_char (encoding), datctype FROM pg_database"
    " WHERE datname = current_database ()", 0, NULL, error);
  const char *encoding, *ctype;

  if (res == NULL)
    return FALSE;
  encoding = PQgetvalue (res, 0, 0);
  ctype = PQgetvalue (res, 0, 1);
  if (g_str_equal (encoding, "UTF8") && !g_str_equal (ctype, "C") && !g_str_equal (ctype, "POSIX"))
    return TRUE;
  g_set_error (error, TG_PG_ERROR, TG_PG_ERROR_UNSUITED,
               _("The database has the encoding %s and the character type “%s”; Tergeu needs UTF-8 and a UTF-8 locale to search Kazakh and Russian words. Create it with “createdb --encoding=UTF8 --locale=C.UTF-8 --template=template0 NAME” (or kk_KZ.UTF-8); nothing was changed."),
               encoding, ctype);
  return FALSE;
}

/* The schema version the database has: 0 when it has none and nothing
 * else either; a database with a "cases" table that is not Tergeu's is
 * refused. */
static gboolean
read_version (PGconn  *conn,
              int     *version,
              GError **error)
{
  g_autoptr(PGresult) res = _tg_pg_query (conn,
    "SELECT to_regclass ('tergeu_schema') IS NOT NULL, to_regclass ('cases') IS NOT NULL", 0, NULL, error);
  g_autoptr(PGresult) max = NULL;

  if (res == NULL)
    return FALSE;
  if (g_str_equal (PQgetvalue (res, 0, 0), "f"))
    {
      *version = 0;
      if (g_str_equal (PQgetvalue (res, 0, 1), "f"))
        return TRUE;
      g_set_error_literal (error, TG_PG_ERROR, TG_PG_ERROR_FOREIGN,
                           _("The database has a table “cases” but no Tergeu schema: it belongs to another application. Give Tergeu a database of its own; nothing was changed."));
      return FALSE;
    }
  max = _tg_pg_query (conn, "SELECT coalesce (max (version), 0) FROM tergeu_schema", 0, NULL, error);
  if (max == NULL)
    return FALSE;
  *version = (int) g_ascii_strtoll (PQgetvalue (max, 0, 0), NULL, 10);
  return TRUE;
}

static gboolean
record_version (PGconn  *conn,
                int      version,
                GError **error)
{
  g_autofree char *text = g_strdup_printf ("%d", version);
  const char * const params[] = { text };
  g_autoptr(PGresult) res = _tg_pg_query (conn, "INSERT INTO tergeu_schema (version) VALUES ($1::bigint)",
                                          1, params, error);

  return res != NULL;
}

static gboolean
upgrade_schema (PGconn  *conn,
                int      from,
                GError **error)
{
  for (int to = from + 1; to <= TG_STORE_SCHEMA_VERSION; to++)
    {
      g_autofree char *name = g_strdup_printf ("upgrade-%d.sql", to);

      if (!run_resource (conn, name, error) || !record_version (conn, to, error))
        return FALSE;
    }
  return TRUE;
}

/* The shipped working-day calendar, with the statement a new SQLite file
 * is seeded with (tg-store.c): on the server only tergeu_admin may write
 * the calendar, so a desk that opens the database only reads it. */
static gboolean
seed_calendar (PGconn  *conn,
               GError **error)
{
  g_autoptr(GPtrArray) entries = tg_calendar_default_entries ();
  g_autofree char *sql = NULL;
  int n_params;

  sql = _tg_db_pg_number_params (_tg_store_sql_seed_calendar, &n_params);
  g_assert (n_params == 3);
  for (guint i = 0; i < entries->len; i++)
    {
      g_autofree char *date = NULL;
      const char *params[3];
      g_autoptr(PGresult) res = NULL;

      _tg_store_calendar_seed_params (g_ptr_array_index (entries, i), &date, &params[1], &params[2]);
      params[0] = date;
      res = _tg_pg_query (conn, sql, 3, params, error);
      if (res == NULL)
        return FALSE;
    }
  return _tg_pg_exec (conn, "INSERT INTO settings (key, value) VALUES ('calendar-seeded', '1')"
                            " ON CONFLICT (key) DO NOTHING", error);
}

static gboolean
create_schema (PGconn  *conn,
               GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (create_files); i++)
    if (!run_resource (conn, create_files[i], error))
      return FALSE;
  return record_version (conn, TG_PG_SCHEMA_FIRST, error) &&
         seed_calendar (conn, error) &&
         upgrade_schema (conn, TG_PG_SCHEMA_FIRST, error);
}

/* What the server refused, said in the user's language with what was
 * asked; the server's own words follow. */
static gboolean
refused_init (PGconn  *conn,
              GError  *local,
              GError **error)
{
  g_autofree char *what = _tg_pg_describe (conn);

  if (local->code == TG_PG_ERROR_PRIVILEGE)
    g_set_error (error, TG_PG_ERROR, TG_PG_ERROR_PRIVILEGE,
                 _("The server refused the login “%s” the right to set up the database %s (%s). Run “tergeu-cli server init” as the database's owner with the right to create roles (CREATEROLE); nothing was changed."),
                 PQuser (conn), what, local->message);
  else if (local->domain == TG_PG_ERROR && local->code == TG_PG_ERROR_FAILED)
    g_set_error (error, TG_PG_ERROR, TG_PG_ERROR_FAILED,
                 _("Setting up the database %s failed: %s. Nothing was changed."),
                 what, local->message);
  else
    g_propagate_error (error, g_steal_pointer (&local));
  g_clear_error (&local);
  return FALSE;
}

static gboolean
init_in_transaction (PGconn         *conn,
                     TgPgInitResult *result,
                     int            *version,
                     GError        **error)
{
  /* One init at a time; the key is Tergeu's application_id ("Tgru"). */
  if (!_tg_pg_exec (conn, "SET LOCAL search_path = public, pg_temp;"
                          " SET LOCAL client_min_messages = warning;"
                          " SELECT pg_advisory_xact_lock (1416065653)", error) ||
      !check_suited (conn, error) ||
      !read_version (conn, version, error))
    return FALSE;
  if (*version > TG_STORE_SCHEMA_VERSION)
    {
      g_autofree char *what = _tg_pg_describe (conn);

      g_set_error (error, TG_PG_ERROR, TG_PG_ERROR_TOO_NEW,
                   _("The database %s was set up by a newer version of Tergeu (schema %d; this version knows up to %d). Update Tergeu; the database was not changed."),
                   what, *version, TG_STORE_SCHEMA_VERSION);
      return FALSE;
    }
  if (*version == TG_STORE_SCHEMA_VERSION)
    {
      *result = TG_PG_INIT_CURRENT;
      return TRUE;
    }
  if (*version > 0 && *version < TG_PG_SCHEMA_FIRST)
    {
      g_autofree char *what = _tg_pg_describe (conn);

      g_set_error (error, TG_PG_ERROR, TG_PG_ERROR_FOREIGN,
                   _("The database %s says it has Tergeu's schema %d, which no Tergeu server has had (they begin at %d); nothing was changed."),
                   what, *version, TG_PG_SCHEMA_FIRST);
      return FALSE;
    }
  if (*version == 0)
    {
      *result = TG_PG_INIT_CREATED;
      return create_schema (conn, error);
    }
  *result = TG_PG_INIT_UPGRADED;
  return upgrade_schema (conn, *version, error);
}

gboolean
tg_pg_server_init (const char      *conninfo,
                   TgPgInitResult  *result,
                   int             *version_before,
                   GError         **error)
{
  g_autoptr(PGconn) conn = NULL;
  g_autoptr(GError) local = NULL;
  TgPgInitResult done = TG_PG_INIT_CURRENT;
  int version = 0;

  g_return_val_if_fail (conninfo != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  conn = _tg_pg_connect (conninfo, error);
  if (conn == NULL)
    return FALSE;
  if (!_tg_pg_exec (conn, "BEGIN", &local) ||
      !init_in_transaction (conn, &done, &version, &local) ||
      /* a current database: nothing to keep */
      !_tg_pg_exec (conn, done == TG_PG_INIT_CURRENT ? "ROLLBACK" : "COMMIT", &local))
    {
      PQclear (PQexec (conn, "ROLLBACK"));
      return refused_init (conn, g_steal_pointer (&local), error);
    }
  if (result != NULL)
    *result = done;
  if (version_before != NULL)
    *version_before = version;
  return TRUE;
}

/* The group roles exist (the cluster had `server init`) and @user is a
 * role of the server. */
static gboolean
check_roles (PGconn     *conn,
             const char *user,
             GError    **error)
{
  const char * const params[] = { user };
  g_autoptr(PGresult) res = _tg_pg_query (conn,
    "SELECT (SELECT count (*) FROM pg_roles"
    "         WHERE rolname IN ('tergeu_reader', 'tergeu_investigator', 'tergeu_admin')),"
    " EXISTS (SELECT FROM pg_roles WHERE rolname = $1)", 1, params, error);
  g_autofree char *what = NULL;

  if (res == NULL)
    return FALSE;
  what = _tg_pg_describe (conn);
  if (!g_str_equal (PQgetvalue (res, 0, 0), "3"))
    {
      g_set_error (error, TG_PG_ERROR, TG_PG_ERROR_FOREIGN,
                   _("The server of %s has no Tergeu roles yet: run “tergeu-cli server init” on it first."),
                   what);
      return FALSE;
    }
  if (g_str_equal (PQgetvalue (res, 0, 1), "f"))
    {
      g_set_error (error, TG_PG_ERROR, TG_PG_ERROR_NO_ROLE,
                   _("The server of %s has no login “%s”. Create it first (as a superuser: “createuser %s”), then give it a role."),
                   what, user, user);
      return FALSE;
    }
  return TRUE;
}

static gboolean
change_membership (const char   *conninfo,
                   const char   *user,
                   TgServerRole  role,
                   gboolean      grant,
                   GError      **error)
{
  g_autoptr(PGconn) conn = NULL;
  g_autoptr(GError) local = NULL;
  g_autofree char *sql = NULL;
  char *quoted;

  g_return_val_if_fail (conninfo != NULL, FALSE);
  g_return_val_if_fail (user != NULL, FALSE);
  g_return_val_if_fail ((guint) role < G_N_ELEMENTS (role_groups), FALSE);

  if (user[0] == '\0')
    {
      g_set_error_literal (error, TG_PG_ERROR, TG_PG_ERROR_ARGUMENT, _("The login name is empty."));
      return FALSE;
    }
  conn = _tg_pg_connect (conninfo, error);
  if (conn == NULL || !check_roles (conn, user, error))
    return FALSE;
  quoted = PQescapeIdentifier (conn, user, strlen (user));
  if (grant)
    sql = g_strdup_printf ("GRANT %s TO %s%s", role_groups[role], quoted,
                           role == TG_SERVER_ROLE_ADMIN ? " WITH ADMIN OPTION" : "");
  else
    sql = g_strdup_printf ("REVOKE %s FROM %s", role_groups[role], quoted);
  PQfreemem (quoted);
  if (_tg_pg_exec (conn, sql, &local))
    return TRUE;
  if (local->code != TG_PG_ERROR_PRIVILEGE)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  if (grant)
    g_set_error (error, TG_PG_ERROR, TG_PG_ERROR_PRIVILEGE,
                 _("The server refused the login “%s” the right to give “%s” the role %s (%s). Only a member of tergeu_admin or a superuser may give roles; nothing was changed."),
                 PQuser (conn), user, role_groups[role], local->message);
  else
    g_set_error (error, TG_PG_ERROR, TG_PG_ERROR_PRIVILEGE,
                 _("The server refused the login “%s” the right to take the role %s from “%s” (%s). Only a member of tergeu_admin or a superuser may take roles away; nothing was changed."),
                 PQuser (conn), role_groups[role], user, local->message);
  return FALSE;
}

gboolean
tg_pg_server_grant (const char   *conninfo,
                    const char   *user,
                    TgServerRole  role,
                    GError      **error)
{
  return change_membership (conninfo, user, role, TRUE, error);
}

gboolean
tg_pg_server_revoke (const char   *conninfo,
                     const char   *user,
                     TgServerRole  role,
                     GError      **error)
{
  return change_membership (conninfo, user, role, FALSE, error);
}
