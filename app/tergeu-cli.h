/* tergeu-cli.h — shared by the command line's files
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tg-case-commands.h"
#include "tg-store.h"

G_BEGIN_DECLS

/* Exit statuses (exchange-format.md, Command line). */
enum
{
  CLI_OK = 0,
  CLI_REFUSED = 1,     /* bad input or a refused operation; nothing changed */
  CLI_USAGE = 2,
  CLI_CONFLICTS = 3,   /* an import left conflicts to resolve */
};

typedef int (*CliCommand) (int argc, char **argv);

/* Parses @entries (plus --db) from @argv; on a usage error prints it and
 * returns FALSE. @n_args_min/@n_args_max bound the positional arguments. */
gboolean  cli_parse        (int            *argc,
                            char         ***argv,
                            const char     *command,
                            const char     *parameter_string,
                            const char     *summary,
                            const GOptionEntry *entries,
                            int             n_args_min,
                            int             n_args_max);
/* The database path named by --db, or the default one. */
char     *cli_db_path      (void);
/* --db as given, or NULL. */
const char *cli_db_option  (void);
/* The store named by --db (or the default one); prints why not on error. */
TgStore  *cli_open_store   (void);
/* Prints "tergeu-cli: MESSAGE" to stderr and returns CLI_REFUSED. */
int       cli_fail         (const char     *format,
                            ...) G_GNUC_PRINTF (1, 2);
/* Exit status for a GError from core (usage vs. refused). */
int       cli_fail_error   (const GError   *error);

/* The --db option, its texts translated, for a command that builds its
 * own options (cli-commands.c). */
GOptionEntry cli_db_entry  (void);

/* ---- commands of the core layer (cli-commands.c) ---------------------- */

/* The options and arguments of one command, read from the command line
 * as its parameter table (tg_command_get_params) says. */
typedef struct _CliCall CliCall;

CliCall  *cli_call_new       (const char     *name);
void      cli_call_free      (CliCall        *call);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CliCall, cli_call_free)
/* Reads @argv (argv[0] is the command) with an option per parameter,
 * --db, --revision and @more; prints usage errors itself. Returns
 * CLI_OK or CLI_USAGE; @argv keeps the arguments. */
int       cli_call_parse     (CliCall            *call,
                              int                *argc,
                              char             ***argv,
                              const char         *arguments,
                              const GOptionEntry *more,
                              int                 n_args_min,
                              int                 n_args_max);
/* The parameters given, typed (a{sv}, floating); NULL on a malformed value. */
GVariant *cli_call_dup_params (CliCall           *call,
                               GError           **error);
/* Prints what @kase's command did: the line for scripts on stdout, a
 * sentence on stderr. Returns the exit status. */
int       cli_command_done   (const char         *name,
                              TgCase             *kase,
                              TgCommandOutcome   *outcome);
/* Prints why @case_ref refused; returns CLI_REFUSED. */
int       cli_command_refused (const char        *case_ref,
                               const GError      *error);

/* The command @argv names — "victim-add", "victim add", "edit" — or NULL;
 * @n_words receives how many words name it. */
const char *cli_command_lookup (int          argc,
                                char       **argv,
                                int         *n_words);
/* Runs the command @name of the core layer on the case argv[1]. */
int       cli_command         (const char   *name,
                               int           argc,
                               char        **argv);
/* When @word begins commands ("victim"), says which and returns TRUE. */
gboolean  cli_command_family_usage (const char *word);
/* Lists the commands of the core layer for the usage text. */
void      cli_command_usage   (void);

int cli_register    (int argc, char **argv);
int cli_init        (int argc, char **argv);
int cli_list        (int argc, char **argv);
int cli_show        (int argc, char **argv);
int cli_transition  (int argc, char **argv);
int cli_verify      (int argc, char **argv);
int cli_settings    (int argc, char **argv);
int cli_backup      (int argc, char **argv);
int cli_restore     (int argc, char **argv);
int cli_copy        (int argc, char **argv);
int cli_demo        (int argc, char **argv);
int cli_order       (int argc, char **argv);
int cli_document    (int argc, char **argv);
int cli_validate    (int argc, char **argv);
int cli_import      (int argc, char **argv);
int cli_export      (int argc, char **argv);
int cli_conflicts   (int argc, char **argv);
int cli_resolve     (int argc, char **argv);
int cli_control     (int argc, char **argv);
int cli_report      (int argc, char **argv);
int cli_server      (int argc, char **argv);

G_END_DECLS
