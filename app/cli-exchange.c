/* cli-exchange.c — validate, import, export, conflicts, resolve
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * exchange-format.md, "Command line": results for scripts on stdout,
 * one line per case; messages and totals for people on stderr.
 */
#define G_LOG_DOMAIN "tergeu-cli"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n-lib.h>

#include "tergeu-cli.h"
#include "tg-dates.h"
#include "tg-exchange-conflicts.h"
#include "tg-exchange-export.h"
#include "tg-exchange-import-files.h"
#include "tg-exchange-validate.h"
#include "tg-model.h"

static void
print_report (TgExchangeReport *report)
{
  g_autofree char *text = tg_exchange_report_format (report);

  if (text != NULL && text[0] != '\0')
    g_printerr ("%s%s", text, g_str_has_suffix (text, "\n") ? "" : "\n");
}

int
cli_validate (int    argc,
              char **argv)
{
  int status = CLI_OK;

  if (!cli_parse (&argc, &argv, "validate", _("FILE…"),
                  _("Check exchange files against the format and every rule, without a database."),
                  NULL, 1, -1))
    return CLI_USAGE;
  for (int i = 1; i < argc; i++)
    {
      g_autoptr(TgExchangeReport) report = tg_exchange_report_new ();
      g_autoptr(GError) error = NULL;
      guint n_cases = 0;

      /* The importer's own pipeline, without a store. */
      if (!tg_exchange_validate_file_full (argv[i], report, &n_cases, &error))
        status = CLI_REFUSED;
      print_report (report);
      if (error == NULL)
        g_printerr (g_dngettext (GETTEXT_PACKAGE, "%s: valid, %u case\n", "%s: valid, %u cases\n",
                                 n_cases), argv[i], n_cases);
    }
  return status;
}

static void
print_result (const char       *number,
              TgExchangeResult  result,
              gpointer          user_data)
{
  printf ("%s\t%s\n", number, tg_exchange_result_nick (result));
}

/* After each file: its messages, then what it did, for people. */
static void
file_done_cb (const TgExchangeFilesProgress *progress,
              gpointer                       user_data)
{
  const TgExchangeFileResult *r = progress->result;
  const TgExchangeTotals *t = &r->totals;

  if (progress->stage != TG_EXCHANGE_FILE_DONE)
    return;
  fflush (stdout);
  print_report (r->report);
  if (!r->applied)
    g_printerr (_("%s: refused: %s\n"), r->path, r->error->message);
  else
    g_printerr (_("%s: %u created, %u updated, %u unchanged, %u conflicts\n"),
                r->path, t->created, t->updated, t->unchanged, t->conflicts);
}

/* A refused file is worse than conflicts: the status is the worst. */
static int
status_of (GPtrArray *results)
{
  int status = CLI_OK;

  for (guint i = 0; i < results->len; i++)
    {
      const TgExchangeFileResult *r = g_ptr_array_index (results, i);

      if (!r->applied)
        return CLI_REFUSED;
      if (r->totals.conflicts > 0)
        status = CLI_CONFLICTS;
    }
  return status;
}

int
cli_import (int    argc,
            char **argv)
{
  g_autoptr(TgStore) store = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new ();
  TgExchangeFilesOptions options = TG_EXCHANGE_FILES_OPTIONS_INIT;
  int max_mib = 0;
  const GOptionEntry entries[] = {
    { "max-size", 0, 0, G_OPTION_ARG_INT, &max_mib, N_("Refuse files larger than this (default 512 MiB)"), N_("MIB") },
    { NULL }
  };

  if (!cli_parse (&argc, &argv, "import", _("FILE…"),
                  _("Import exchange files; each file is applied whole or not at all."),
                  entries, 1, -1))
    return CLI_USAGE;
  if (max_mib < 0)
    {
      g_printerr (_("tergeu-cli import: --max-size must be positive\n"));
      return CLI_USAGE;
    }
  store = cli_open_store ();
  if (store == NULL)
    return CLI_REFUSED;
  /* The window's loop: each file its own transaction, the cases on
   * stdout as each file is applied. */
  options.max_size = (guint64) max_mib * 1024 * 1024;
  options.case_func = print_result;
  for (int i = 1; i < argc; i++)
    g_ptr_array_add (paths, argv[i]);
  g_ptr_array_add (paths, NULL);
  results = tg_exchange_import_files (store, (const char * const *) paths->pdata, &options, NULL,
                                      file_done_cb, NULL);
  tg_store_close (store);
  return status_of (results);
}

/* ---- export ---------------------------------------------------------------- */

typedef struct
{
  gboolean all;
  char **cases;
  char *region;
  char *state;
  char *from;
  char *until;
  char *changed_since;
  char *changed_until;
  char *to;
  char *output;
} ExportOptions;

static void
export_options_clear (ExportOptions *o)
{
  g_strfreev (o->cases);
  g_free (o->region);
  g_free (o->state);
  g_free (o->from);
  g_free (o->until);
  g_free (o->changed_since);
  g_free (o->changed_until);
  g_free (o->to);
  g_free (o->output);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ExportOptions, export_options_clear)

static int
usage_error (const char *text)
{
  g_printerr ("tergeu-cli export: %s\n", text);
  return CLI_USAGE;
}

static int
build_query (ExportOptions      *o,
             TgStoreExportQuery *q)
{
  GDate d;
  int kinds = (o->all ? 1 : 0) + (o->cases != NULL ? 1 : 0) +
              ((o->region || o->state || o->from || o->until || o->changed_since || o->changed_until) ? 1 : 0);

  if (o->output == NULL)
    return usage_error (_("name the file to write with -o FILE"));
  if (kinds != 1)
    return usage_error (_("choose the cases with exactly one of --all, --case, or "
                          "--region/--state/--from/--until/--changed-since/--changed-until"));
  if ((o->from && !tg_date_parse (o->from, &d)) || (o->until && !tg_date_parse (o->until, &d)) ||
      (o->changed_since && !tg_date_parse (o->changed_since, &d)) ||
      (o->changed_until && !tg_date_parse (o->changed_until, &d)))
    return usage_error (_("dates are written YYYY-MM-DD"));
  q->state = -1;
  if (o->state != NULL && !tg_enum_from_nick (TG_TYPE_STATE, o->state, &q->state))
    {
      g_autofree char *states = tg_enum_list_nicks (TG_TYPE_STATE);
      g_autofree char *text = g_strdup_printf (_("unknown state “%s”; one of: %s"), o->state, states);
      return usage_error (text);
    }
  q->ids = (const char * const *) o->cases;
  q->region = o->region;
  q->from = o->from;
  q->until = o->until;
  q->changed_since = o->changed_since;
  q->changed_until = o->changed_until;
  q->to = o->to;
  return CLI_OK;
}

int
cli_export (int    argc,
            char **argv)
{
  g_auto(ExportOptions) o = { FALSE, };
  const GOptionEntry entries[] = {
    { "all", 0, 0, G_OPTION_ARG_NONE, &o.all, N_("Every case"), NULL },
    { "case", 0, 0, G_OPTION_ARG_STRING_ARRAY, &o.cases, N_("This case (number or UUID; repeatable)"), N_("ID") },
    { "region", 0, 0, G_OPTION_ARG_STRING, &o.region, N_("Cases of this region code"), N_("RR") },
    { "state", 0, 0, G_OPTION_ARG_STRING, &o.state, N_("Cases in this state"), N_("STATE") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &o.from, N_("Accidents on or after this date"), N_("DATE") },
    { "until", 0, 0, G_OPTION_ARG_STRING, &o.until, N_("Accidents on or before this date"), N_("DATE") },
    { "changed-since", 0, 0, G_OPTION_ARG_STRING, &o.changed_since,
      N_("Cases changed or decided on or after this date"), N_("DATE") },
    { "changed-until", 0, 0, G_OPTION_ARG_STRING, &o.changed_until,
      N_("Cases changed or decided on or before this date"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &o.to, N_("The addressee's code, for baseRevision (e.g. LI-08)"), N_("CODE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &o.output, N_("The file to write"), N_("FILE") },
    { NULL }
  };
  TgStoreExportQuery q = { NULL, };
  g_autoptr(TgStore) store = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0;
  int status;

  if (!cli_parse (&argc, &argv, "export", NULL, _("Write cases to an exchange file."), entries, 0, 0))
    return CLI_USAGE;
  status = build_query (&o, &q);
  if (status != CLI_OK)
    return status;
  store = cli_open_store ();
  if (store == NULL)
    return CLI_REFUSED;
  if (!tg_exchange_export_file (store, &q, NULL, o.output, &n, &error))
    status = cli_fail_error (error);
  else
    g_printerr (g_dngettext (GETTEXT_PACKAGE, "%s: %u case written\n", "%s: %u cases written\n", n),
                o.output, n);
  tg_store_close (store);
  return status;
}

/* ---- conflicts ----------------------------------------------------------- */

int
cli_conflicts (int    argc,
               char **argv)
{
  g_autoptr(TgStore) store = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;

  if (!cli_parse (&argc, &argv, "conflicts", _("[ID-or-NUMBER]"),
                  _("List unresolved conflicts: conflict, case number, sender, incoming revision, differing fields."),
                  NULL, 0, 1))
    return CLI_USAGE;
  store = cli_open_store ();
  if (store == NULL)
    return CLI_REFUSED;
  list = tg_exchange_list_conflicts (store, argc > 1 ? argv[1] : NULL, &error);
  if (list == NULL)
    return cli_fail_error (error);
  for (guint i = 0; i < list->len; i++)
    {
      TgExchangeConflict *c = g_ptr_array_index (list, i);
      g_autoptr(GString) paths = g_string_new (NULL);

      for (guint j = 0; j < c->changes->len; j++)
        g_string_append_printf (paths, "%s%s", j > 0 ? " " : "",
                                ((TgFieldChange *) g_ptr_array_index (c->changes, j))->path);
      printf ("%" G_GINT64_FORMAT "\t%s\t%s\t%" G_GINT64_FORMAT "\t%s\n",
              c->id, c->number, c->sender, c->revision, paths->str);
    }
  tg_store_close (store);
  return CLI_OK;
}

/* A conflict's number, or the oldest open conflict of a case. */
static gint64
find_conflict (TgStore    *store,
               const char *name,
               GError    **error)
{
  g_autoptr(GPtrArray) list = NULL;
  char *end = NULL;
  gint64 id = g_ascii_strtoll (name, &end, 10);

  if (end != NULL && *end == '\0' && id > 0)
    return id;
  list = tg_exchange_list_conflicts (store, name, error);
  if (list == NULL)
    return 0;
  if (list->len == 0)
    {
      g_set_error (error, TG_EXCHANGE_ERROR, TG_EXCHANGE_ERROR_NOT_FOUND,
                   _("Case %s has no unresolved conflict."), name);
      return 0;
    }
  return ((TgExchangeConflict *) g_ptr_array_index (list, 0))->id;
}

int
cli_resolve (int    argc,
             char **argv)
{
  g_autofree char *take = NULL;
  g_auto(GStrv) fields = NULL;
  const GOptionEntry entries[] = {
    { "take", 0, 0, G_OPTION_ARG_STRING, &take, N_("Which version the fields get: ours or theirs"), N_("SIDE") },
    { "field", 0, 0, G_OPTION_ARG_STRING_ARRAY, &fields,
      N_("Only this field (repeatable); the other differing fields get the other version"), N_("PATH") },
    { NULL }
  };
  g_autoptr(TgStore) store = NULL;
  g_autoptr(GError) error = NULL;
  TgExchangeTake side;
  gint64 id;

  if (!cli_parse (&argc, &argv, "resolve", _("CONFLICT-or-CASE"),
                  _("Resolve a conflict field by field or whole; the result is a logged local change."),
                  entries, 1, 1))
    return CLI_USAGE;
  if (g_strcmp0 (take, "ours") != 0 && g_strcmp0 (take, "theirs") != 0)
    {
      g_printerr ("tergeu-cli resolve: %s\n", _("say --take ours or --take theirs"));
      return CLI_USAGE;
    }
  side = g_str_equal (take, "ours") ? TG_EXCHANGE_TAKE_OURS : TG_EXCHANGE_TAKE_THEIRS;
  store = cli_open_store ();
  if (store == NULL)
    return CLI_REFUSED;
  id = find_conflict (store, argv[1], &error);
  if (id == 0 || !tg_exchange_resolve (store, id, side, (const char * const *) fields, &error))
    return cli_fail_error (error);
  g_printerr (_("Conflict %lld resolved.\n"), (long long) id);
  tg_store_close (store);
  return CLI_OK;
}
