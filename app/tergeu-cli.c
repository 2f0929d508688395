/* tergeu-cli.c — the command line: the same database as the desktop
 * application, and the machine interface for scripts
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Conventions (exchange-format.md, Command line): options after the
 * command; machine-readable output on stdout, locale-independent; messages
 * for people on stderr in the user's language; exit 0/1/2/3.
 */
#define G_LOG_DOMAIN "tergeu-cli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "tergeu-cli.h"
#include "tg-i18n.h"
#include "tg-memory.h"

static char *opt_db = NULL;

static const struct
{
  const char *name;
  CliCommand  run;
  const char *summary;
} commands[] = {
  { "init", cli_init, N_("Create the database if it does not exist") },
  { "list", cli_list, N_("List cases, one per line, tab-separated") },
  { "show", cli_show, N_("Show everything about a case") },
  { "transition", cli_transition, N_("Apply an action to a case (route, appoint, conclude, …)") },
  { "demo", cli_demo, N_("Add realistic fictitious cases for demonstrations") },
  { "verify", cli_verify, N_("Check history chains and database integrity") },
  { "settings", cli_settings, N_("Show or change organization settings") },
  { "backup", cli_backup, N_("Copy the database consistently, even while it is in use") },
  { "restore", cli_restore, N_("Check a backup and put it in place of the database") },
  { "copy", cli_copy, N_("Move a database whole to the office server, or back to a file") },
  { "order", cli_order, N_("Print the order creating a case's commission to PDF") },
  { "document", cli_document, N_("Print a case's act, card, decision, letter or order to PDF") },
  { "validate", cli_validate, N_("Check exchange files without a database") },
  { "import", cli_import, N_("Import exchange files, each whole or not at all") },
  { "export", cli_export, N_("Write cases to an exchange file") },
  { "conflicts", cli_conflicts, N_("List incoming versions that conflict with local changes") },
  { "resolve", cli_resolve, N_("Resolve a conflict: take ours or theirs, field by field or whole") },
  { "control", cli_control, N_("Deadline control: what is overdue or nearly due, by region") },
  { "report", cli_report, N_("Accident statistics to CSV, PDF or PNG") },
  { "server", cli_server, N_("Set up a PostgreSQL office server and give people roles on it") },
};

int
cli_fail (const char *format,
          ...)
{
  va_list args;
  g_autofree char *msg = NULL;

  va_start (args, format);
  msg = g_strdup_vprintf (format, args);
  va_end (args);
  g_printerr ("tergeu-cli: %s\n", msg);
  return CLI_REFUSED;
}

int
cli_fail_error (const GError *error)
{
  g_printerr ("tergeu-cli: %s\n", error->message);
  return CLI_REFUSED;
}

GOptionEntry
cli_db_entry (void)
{
  GOptionEntry e = { "db", 0, 0, G_OPTION_ARG_FILENAME, &opt_db,
                     _("The database (default: $XDG_DATA_HOME/tergeu/cases.db)"), _("PATH") };
  return e;
}

gboolean
cli_parse (int                 *argc,
           char              ***argv,
           const char          *command,
           const char          *parameter_string,
           const char          *summary,
           const GOptionEntry  *entries,
           int                  n_args_min,
           int                  n_args_max)
{
  const GOptionEntry db_entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &opt_db, N_("The database (default: $XDG_DATA_HOME/tergeu/cases.db)"), N_("PATH") },
    { NULL }
  };
  g_autoptr(GOptionContext) ctx = NULL;
  g_autoptr(GError) error = NULL;
  /* argv[0] is the command, so usage reads "tergeu-cli"-less but right:
   * "Usage: list [OPTION…]". */
  ctx = g_option_context_new (parameter_string);
  g_option_context_set_translation_domain (ctx, GETTEXT_PACKAGE);
  g_option_context_set_summary (ctx, summary);
  g_option_context_add_main_entries (ctx, db_entries, GETTEXT_PACKAGE);
  if (entries != NULL)
    g_option_context_add_main_entries (ctx, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (ctx, argc, argv, &error))
    {
      g_printerr ("tergeu-cli %s: %s\n", command, error->message);
      return FALSE;
    }
  /* argv[0] is the command itself. */
  if (*argc - 1 < n_args_min || (n_args_max >= 0 && *argc - 1 > n_args_max))
    {
      g_autofree char *help = g_option_context_get_help (ctx, TRUE, NULL);
      g_printerr ("%s", help);
      return FALSE;
    }
  return TRUE;
}

char *
cli_db_path (void)
{
  return opt_db != NULL ? g_strdup (opt_db) : tg_store_default_path ();
}

const char *
cli_db_option (void)
{
  return opt_db;
}

TgStore *
cli_open_store (void)
{
  g_autoptr(GError) error = NULL;
  TgStore *store = tg_store_open (opt_db, &error);

  if (store == NULL)
    g_printerr ("tergeu-cli: %s\n", error->message);
  return store;
}

static void
usage (void)
{
  g_printerr (_("Usage: tergeu-cli COMMAND [OPTIONS] [ARGUMENTS]\n\nCommands:\n"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_printerr ("  %-18s %s\n", commands[i].name, _(commands[i].summary));
  cli_command_usage ();
  g_printerr (_("\nRun “tergeu-cli COMMAND --help” for a command's options.\n"));
}

int
main (int    argc,
      char **argv)
{
  const char *name;
  int n_words = 1;
  int status;

  tg_memory_init ();
  tg_i18n_init ();

  if (argc < 2 || g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h"))
    {
      usage ();
      return argc < 2 ? CLI_USAGE : CLI_OK;
    }
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      {
        status = commands[i].run (argc - 1, argv + 1);
        g_free (opt_db);
        return status;
      }
  name = cli_command_lookup (argc, argv, &n_words);
  if (name != NULL)
    {
      status = cli_command (name, argc - n_words, argv + n_words);
      g_free (opt_db);
      return status;
    }
  if (cli_command_family_usage (argv[1]))
    return CLI_USAGE;
  g_printerr (_("tergeu-cli: unknown command “%s”\n"), argv[1]);
  usage ();
  return CLI_USAGE;
}
