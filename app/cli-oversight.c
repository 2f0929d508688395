/* cli-oversight.c — control: what is overdue or nearly due
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reviews, requests, answers and acts received are commands of the core
 * layer (cli-commands.c).
 */
#define G_LOG_DOMAIN "tergeu-cli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "tergeu-cli.h"
#include "tg-oversight.h"
#include "tg-regions.h"

/* Tabs and newlines inside a field would break the line format. */
static void
put_field (GString    *line,
           const char *text,
           gboolean    last)
{
  for (const char *p = text; p != NULL && *p; p++)
    g_string_append_c (line, (*p == '\t' || *p == '\n' || *p == '\r') ? ' ' : *p);
  g_string_append_c (line, last ? '\n' : '\t');
}

/* ------------------------------------------------------------- control */

static void
print_item (GString         *line,
            TgOversightItem *item)
{
  char days[16], extensions[16];

  g_snprintf (days, sizeof days, "%d", item->days_overdue);
  g_snprintf (extensions, sizeof extensions, "%u", item->n_extensions);
  g_string_truncate (line, 0);
  put_field (line, tg_oversight_kind_nick (item->kind), FALSE);
  put_field (line, item->number, FALSE);
  put_field (line, item->region, FALSE);
  put_field (line, tg_enum_to_nick (TG_TYPE_STATE, item->state), FALSE);
  put_field (line, item->due, FALSE);
  put_field (line, days, FALSE);
  put_field (line, extensions, FALSE);
  put_field (line, item->late_notification ? "late-notification" : "", FALSE);
  put_field (line, item->item_id, FALSE);
  put_field (line, item->subject, TRUE);
  fwrite (line->str, 1, line->len, stdout);
}

static void
print_region (GString           *line,
              TgOversightRegion *r)
{
  const guint counts[] = {
    r->investigations, r->overdue, r->due_soon, r->late_notifications,
    r->commissions_pending, r->commissions_overdue, r->acts_overdue,
    r->requests_overdue, r->disputes_open, r->disputes_overdue,
  };

  g_string_truncate (line, 0);
  g_string_append (line, r->region != NULL ? r->region : "total");
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    g_string_append_printf (line, "\t%u", counts[i]);
  g_string_append_c (line, '\n');
  fwrite (line->str, 1, line->len, stdout);
}

static int
print_regions (TgStore *store,
               guint    within)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) regions = tg_oversight_regions (store, within, NULL, &error);
  g_autoptr(TgOversightRegion) total = NULL;
  g_autoptr(GString) line = g_string_new (NULL);

  if (regions == NULL)
    return cli_fail_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (regions); i++)
    {
      g_autoptr(TgOversightRegion) r = g_list_model_get_item (regions, i);
      print_region (line, r);
    }
  total = tg_oversight_totals (regions);
  print_region (line, total);
  return fflush (stdout) == 0 ? CLI_OK : CLI_REFUSED;
}

int
cli_control (int    argc,
             char **argv)
{
  g_autofree char *region = NULL;
  int within = 0;
  gboolean summary = FALSE;
  const GOptionEntry entries[] = {
    { "region", 0, 0, G_OPTION_ARG_STRING, &region, N_("Only this region"), N_("RR") },
    { "within", 0, 0, G_OPTION_ARG_INT, &within, N_("Also what falls due within N working days"), N_("N") },
    { "summary", 0, 0, G_OPTION_ARG_NONE, &summary, N_("Counts by region instead of items"), NULL },
    { NULL }
  };
  TgOversightQuery query = TG_OVERSIGHT_QUERY_INIT;
  g_autoptr(TgStore) store = NULL;
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) line = g_string_new (NULL);

  if (!cli_parse (&argc, &argv, "control", NULL,
                  _("Deadline control: what is overdue, most overdue first, one per line: kind, number, region, state, due date, working days overdue (negative: still to run), extensions, late notification, request or dispute id or act number, subject. With --summary, per region: investigations, overdue, due soon, late notifications, commissions pending, of them overdue, acts overdue, requests overdue, open disputes, of them overdue."),
                  entries, 0, 0))
    return CLI_USAGE;
  if (within < 0 || (region != NULL && tg_region_lookup (region) == NULL))
    {
      g_printerr (_("tergeu-cli control: --within takes 0 or more working days, --region a code 01–21\n"));
      return CLI_USAGE;
    }
  store = cli_open_store ();
  if (store == NULL)
    return CLI_REFUSED;
  if (summary)
    return print_regions (store, within);
  query.region = region;
  query.due_within = within;
  items = tg_oversight_list (store, &query, NULL, &error);
  if (items == NULL)
    return cli_fail_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(TgOversightItem) item = g_list_model_get_item (items, i);
      print_item (line, item);
    }
  return fflush (stdout) == 0 ? CLI_OK : CLI_REFUSED;
}
