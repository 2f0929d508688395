/* cli-server.c — server: set up a PostgreSQL office server, give people roles
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `server init`, `server grant USER ROLE`, `server revoke USER ROLE`, each
 * with --db naming the server as libpq does (postgresql://…, postgres://…
 * or "host=… dbname=…"; without --db, libpq's defaults: PGHOST,
 * PGDATABASE, PGSERVICE…). Machine-readable lines on stdout, sentences on
 * stderr.
 */
#define G_LOG_DOMAIN "tergeu-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tergeu-cli.h"
#include "tg-enums.h"
#include "tg-pg-server.h"
#include "tg-store-location.h"

/* The server --db names; "" (libpq's defaults) without --db. FALSE, with
 * a message, when --db names a file. */
static gboolean
server_conninfo (const char  *command,
                 const char **conninfo)
{
  const char *db = cli_db_option ();

  if (db == NULL)
    db = "";
  if (db[0] != '\0' && tg_store_location_kind (db) != TG_STORE_LOCATION_SERVER)
    {
      g_printerr (_("tergeu-cli server %s: --db names a file; give the PostgreSQL server as postgresql://HOST/DATABASE or \"host=HOST dbname=DATABASE\"\n"),
                  command);
      return FALSE;
    }
  *conninfo = db;
  return TRUE;
}

static int
server_init (int    argc,
             char **argv)
{
  g_autoptr(GError) error = NULL;
  TgPgInitResult result;
  const char *conninfo;
  int before = 0;

  if (!cli_parse (&argc, &argv, "server init", NULL,
                  _("Create Tergeu's schema, triggers and roles on a PostgreSQL database, in one transaction. Run it as the database's owner; an initialized database is left as it is."),
                  NULL, 0, 0) ||
      !server_conninfo ("init", &conninfo))
    return CLI_USAGE;
  if (!tg_pg_server_init (conninfo, &result, &before, &error))
    return cli_fail_error (error);
  switch (result)
    {
    case TG_PG_INIT_CREATED:
      g_print ("created\t%d\n", TG_STORE_SCHEMA_VERSION);
      g_printerr (_("The database is ready for Tergeu (schema %d), with the roles tergeu_reader, tergeu_investigator and tergeu_admin. Give people roles with “tergeu-cli server grant USER ROLE”.\n"),
                  TG_STORE_SCHEMA_VERSION);
      break;
    case TG_PG_INIT_CURRENT:
      g_print ("current\t%d\n", TG_STORE_SCHEMA_VERSION);
      g_printerr (_("The database already has Tergeu's schema %d; nothing was changed.\n"),
                  TG_STORE_SCHEMA_VERSION);
      break;
    case TG_PG_INIT_UPGRADED:
      g_print ("upgraded\t%d\t%d\n", before, TG_STORE_SCHEMA_VERSION);
      g_printerr (_("The database was upgraded from schema %d to %d.\n"), before, TG_STORE_SCHEMA_VERSION);
      break;
    default:
      g_assert_not_reached ();
    }
  return CLI_OK;
}

static int
server_membership (int      argc,
                   char   **argv,
                   gboolean grant)
{
  const char *command = grant ? "grant" : "revoke";
  g_autofree char *full = g_strconcat ("server ", command, NULL);
  g_autoptr(GError) error = NULL;
  const char *conninfo;
  int role;

  if (!cli_parse (&argc, &argv, full, _("USER ROLE"),
                  grant ? _("Make a login of the PostgreSQL server a reader, an investigator or an administrator of Tergeu.")
                        : _("Take a role of Tergeu from a login of the PostgreSQL server."),
                  NULL, 2, 2) ||
      !server_conninfo (command, &conninfo))
    return CLI_USAGE;
  if (!tg_enum_from_nick (TG_TYPE_SERVER_ROLE, argv[2], &role))
    {
      g_autofree char *nicks = tg_enum_list_nicks (TG_TYPE_SERVER_ROLE);

      g_printerr (_("tergeu-cli server %s: the role is one of: %s\n"), command, nicks);
      return CLI_USAGE;
    }
  if (grant ? !tg_pg_server_grant (conninfo, argv[1], role, &error)
            : !tg_pg_server_revoke (conninfo, argv[1], role, &error))
    return cli_fail_error (error);
  g_print ("%s\t%s\t%s\n", command, argv[1], tg_server_role_get_group (role));
  if (grant)
    g_printerr (_("“%s” is now a member of %s.\n"), argv[1], tg_server_role_get_group (role));
  else
    g_printerr (_("“%s” is no longer a member of %s.\n"), argv[1], tg_server_role_get_group (role));
  return CLI_OK;
}

static int
server_grant (int    argc,
              char **argv)
{
  return server_membership (argc, argv, TRUE);
}

static int
server_revoke (int    argc,
               char **argv)
{
  return server_membership (argc, argv, FALSE);
}

static const struct
{
  const char *name;
  CliCommand  run;
  const char *summary;
} subcommands[] = {
  { "init", server_init, N_("Create the schema, triggers and roles on a PostgreSQL database") },
  { "grant", server_grant, N_("Give a login the role reader, investigator or admin") },
  { "revoke", server_revoke, N_("Take a role from a login") },
};

static int
server_usage (void)
{
  g_printerr (_("Usage: tergeu-cli server SUBCOMMAND --db postgresql://HOST/DATABASE [ARGUMENTS]\n\n"));
  for (guint i = 0; i < G_N_ELEMENTS (subcommands); i++)
    g_printerr ("  %-10s %s\n", subcommands[i].name, _(subcommands[i].summary));
  g_printerr (_("\nThe password comes from ~/.pgpass, a service file or PGPASSWORD, never from the command line.\n"));
  return CLI_USAGE;
}

int
cli_server (int    argc,
            char **argv)
{
  /* argv[0] is "server" */
  if (argc < 2)
    return server_usage ();
  for (guint i = 0; i < G_N_ELEMENTS (subcommands); i++)
    if (g_str_equal (argv[1], subcommands[i].name))
      return subcommands[i].run (argc - 1, argv + 1);
  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h"))
    {
      server_usage ();
      return CLI_OK;
    }
  g_printerr (_("tergeu-cli server: unknown subcommand “%s”\n"), argv[1]);
  return server_usage ();
}
