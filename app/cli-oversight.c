/* cli-oversight.c — control, review, request, answer, receive-act
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tergeu-cli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "tergeu-cli.h"
#include "tg-oversight.h"
#include "tg-regions.h"
#include "tg-requests.h"

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

static TgCase *
load_case (TgStore    *store,
           const char *id_or_number,
           GError    **error)
{
  return tg_store_load_case (store, id_or_number, error);
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

/* -------------------------------------------------------------- review */

int
cli_review (int    argc,
            char **argv)
{
  g_autofree char *conclusion = NULL;
  g_autofree char *reasoning = NULL;
  g_autofree char *on = NULL;
  g_autofree char *reviewer = NULL;
  const GOptionEntry entries[] = {
    { "conclusion", 0, 0, G_OPTION_ARG_STRING, &conclusion, N_("sound, deficiencies or reinvestigation"), N_("CONCLUSION") },
    { "reasoning", 0, 0, G_OPTION_ARG_STRING, &reasoning, N_("Why"), N_("TEXT") },
    { "on", 0, 0, G_OPTION_ARG_STRING, &on, N_("Date of the review (default: today)"), N_("DATE") },
    { "reviewer", 0, 0, G_OPTION_ARG_STRING, &reviewer, N_("Who reviewed (default: you)"), N_("NAME") },
    { NULL }
  };
  g_autoptr(TgStore) store = NULL;
  g_autoptr(TgCase) kase = NULL;
  g_autoptr(TgReview) review = tg_review_new ();
  g_autoptr(GError) error = NULL;
  int value;

  if (!cli_parse (&argc, &argv, "review", _("ID-or-NUMBER"),
                  _("Record the Committee's objectivity review of a local investigation; “reinvestigation” sends the case back."),
                  entries, 1, 1))
    return CLI_USAGE;
  if (conclusion == NULL || !tg_enum_from_nick (TG_TYPE_REVIEW_CONCLUSION, conclusion, &value) || reasoning == NULL)
    {
      g_autofree char *nicks = tg_enum_list_nicks (TG_TYPE_REVIEW_CONCLUSION);
      g_printerr (_("tergeu-cli review: give --conclusion (one of: %s) and --reasoning\n"), nicks);
      return CLI_USAGE;
    }
  tg_review_set_conclusion (review, value);
  tg_review_set_reasoning (review, reasoning);
  tg_review_set_reviewed_on (review, on);
  tg_review_set_reviewer (review, reviewer);
  store = cli_open_store ();
  if (store == NULL)
    return CLI_REFUSED;
  kase = load_case (store, argv[1], &error);
  if (kase == NULL || !tg_oversight_record_review (store, kase, review, &error))
    return cli_fail_error (error);
  g_printerr (_("%s: review recorded (%s); the case is %s\n"), tg_case_get_number (kase),
              tg_review_conclusion_label (value), tg_state_label (tg_case_get_state (kase)));
  return CLI_OK;
}

/* ------------------------------------------------------------- requests */

int
cli_request (int    argc,
             char **argv)
{
  g_autofree char *to = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *due = NULL;
  gboolean blocking = FALSE;
  const GOptionEntry entries[] = {
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("Addressee"), N_("TEXT") },
    { "subject", 0, 0, G_OPTION_ARG_STRING, &subject, N_("What is requested"), N_("TEXT") },
    { "due", 0, 0, G_OPTION_ARG_STRING, &due, N_("Answer due on (default: 5 working days from today)"), N_("DATE") },
    { "blocking", 0, 0, G_OPTION_ARG_NONE, &blocking, N_("The case may not be closed before the answer"), NULL },
    { NULL }
  };
  g_autoptr(TgStore) store = NULL;
  g_autoptr(TgCase) kase = NULL;
  g_autoptr(GError) error = NULL;
  TgInfoRequest *request;

  if (!cli_parse (&argc, &argv, "request", _("ID-or-NUMBER"),
                  _("Send an information request on a case; prints the request's id."), entries, 1, 1))
    return CLI_USAGE;
  if (to == NULL || subject == NULL)
    {
      g_printerr (_("tergeu-cli request: give --to and --subject\n"));
      return CLI_USAGE;
    }
  store = cli_open_store ();
  if (store == NULL)
    return CLI_REFUSED;
  kase = load_case (store, argv[1], &error);
  if (kase == NULL ||
      (request = tg_requests_send (store, kase, to, subject, due, blocking, &error)) == NULL)
    return cli_fail_error (error);
  g_print ("%s\n", tg_info_request_get_id (request));
  g_printerr (_("%s: request %s to %s, answer due %s\n"), tg_case_get_number (kase),
              tg_info_request_get_id (request), to, tg_info_request_get_due (request));
  return fflush (stdout) == 0 ? CLI_OK : CLI_REFUSED;
}

int
cli_answer (int    argc,
            char **argv)
{
  g_autofree char *on = NULL;
  g_autofree char *text = NULL;
  const GOptionEntry entries[] = {
    { "on", 0, 0, G_OPTION_ARG_STRING, &on, N_("Date of the answer (default: today)"), N_("DATE") },
    { "text", 0, 0, G_OPTION_ARG_STRING, &text, N_("The answer"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(TgStore) store = NULL;
  g_autoptr(TgCase) kase = NULL;
  g_autoptr(GError) error = NULL;

  if (!cli_parse (&argc, &argv, "answer", _("ID-or-NUMBER REQUEST-ID"),
                  _("Record the answer to an information request (REQUEST-ID: its id, or its position from 1)."),
                  entries, 2, 2))
    return CLI_USAGE;
  if (text == NULL)
    {
      g_printerr (_("tergeu-cli answer: give --text\n"));
      return CLI_USAGE;
    }
  store = cli_open_store ();
  if (store == NULL)
    return CLI_REFUSED;
  kase = load_case (store, argv[1], &error);
  if (kase == NULL || !tg_requests_answer (store, kase, argv[2], on, text, &error))
    return cli_fail_error (error);
  g_printerr (_("%s: request %s answered\n"), tg_case_get_number (kase), argv[2]);
  return CLI_OK;
}

/* ----------------------------------------------------------------- acts */

int
cli_receive_act (int    argc,
                 char **argv)
{
  g_autofree char *on = NULL;
  const GOptionEntry entries[] = {
    { "on", 0, 0, G_OPTION_ARG_STRING, &on, N_("Date the act was received (default: today)"), N_("DATE") },
    { NULL }
  };
  g_autoptr(TgStore) store = NULL;
  g_autoptr(TgCase) kase = NULL;
  g_autoptr(GError) error = NULL;

  if (!cli_parse (&argc, &argv, "receive-act", _("ID-or-NUMBER"),
                  _("Record that a case's act reached the inspectorate (due 3 working days after the investigation ends)."),
                  entries, 1, 1))
    return CLI_USAGE;
  store = cli_open_store ();
  if (store == NULL)
    return CLI_REFUSED;
  kase = load_case (store, argv[1], &error);
  if (kase == NULL || !tg_oversight_receive_act (store, kase, on, &error))
    return cli_fail_error (error);
  g_printerr (_("%s: act %s received\n"), tg_case_get_number (kase),
              tg_investigation_get_act_number (tg_case_get_investigation (kase)));
  return CLI_OK;
}
