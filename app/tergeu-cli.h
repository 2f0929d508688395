/* tergeu-cli.h — shared by the command line's files
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

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
/* The store named by --db (or the default one); prints why not on error. */
TgStore  *cli_open_store   (void);
/* Prints "tergeu-cli: MESSAGE" to stderr and returns CLI_REFUSED. */
int       cli_fail         (const char     *format,
                            ...) G_GNUC_PRINTF (1, 2);
/* Exit status for a GError from core (usage vs. refused). */
int       cli_fail_error   (const GError   *error);

int cli_init        (int argc, char **argv);
int cli_list        (int argc, char **argv);
int cli_show        (int argc, char **argv);
int cli_transition  (int argc, char **argv);
int cli_verify      (int argc, char **argv);
int cli_settings    (int argc, char **argv);
int cli_backup      (int argc, char **argv);
int cli_restore     (int argc, char **argv);
int cli_demo        (int argc, char **argv);
int cli_order       (int argc, char **argv);
int cli_document    (int argc, char **argv);
int cli_validate    (int argc, char **argv);
int cli_import      (int argc, char **argv);
int cli_export      (int argc, char **argv);
int cli_conflicts   (int argc, char **argv);
int cli_resolve     (int argc, char **argv);
int cli_control     (int argc, char **argv);
int cli_review      (int argc, char **argv);
int cli_request     (int argc, char **argv);
int cli_answer      (int argc, char **argv);
int cli_receive_act (int argc, char **argv);
int cli_report      (int argc, char **argv);

G_END_DECLS
