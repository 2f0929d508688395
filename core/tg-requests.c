/* tg-requests.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-requests"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-dates.h"
#include "tg-requests.h"
#include "tg-store-oversight.h"

G_DEFINE_QUARK (tg-requests-error-quark, tg_requests_error)

static gboolean
is_blank (const char *text)
{
  for (; text != NULL && *text; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

/* "r" and one more than the highest "rN" in the case. */
static char *
next_id (TgCase *kase)
{
  GListModel *list = G_LIST_MODEL (tg_case_get_requests (kase));
  guint n = g_list_model_get_n_items (list);
  guint64 top = n;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TgInfoRequest) r = g_list_model_get_item (list, i);
      const char *id = tg_info_request_get_id (r);
      guint64 value;

      if (id != NULL && id[0] == 'r' && g_ascii_string_to_unsigned (id + 1, 10, 1, G_MAXUINT32, &value, NULL))
        top = MAX (top, value);
    }
  return g_strdup_printf ("r%" G_GUINT64_FORMAT, top + 1);
}

static gboolean
due_date (TgStore     *store,
          const GDate *today,
          const char  *due,
          char       **out,
          GError     **error)
{
  GDate date;

  if (due == NULL)
    {
      tg_calendar_add_working_days (tg_store_get_calendar (store), today, TG_REQUEST_WORKING_DAYS, &date);
      *out = tg_date_format_iso (&date);
      return TRUE;
    }
  if (!tg_date_parse (due, &date) || g_date_compare (&date, today) < 0)
    {
      g_set_error (error, TG_REQUESTS_ERROR, TG_REQUESTS_ERROR_INVALID,
                   _("The due date “%s” is not a date from today on; write it as YYYY-MM-DD."), due);
      return FALSE;
    }
  *out = g_strdup (due);
  return TRUE;
}

TgInfoRequest *
tg_requests_send (TgStore     *store,
                  TgCase      *kase,
                  const char  *addressee,
                  const char  *subject,
                  const char  *due,
                  gboolean     blocking,
                  GError     **error)
{
  g_autoptr(TgInfoRequest) request = NULL;
  g_autofree char *id = NULL;
  g_autofree char *sent = NULL;
  g_autofree char *due_iso = NULL;
  GListStore *requests;
  GDate today;

  g_return_val_if_fail (TG_IS_STORE (store), NULL);
  g_return_val_if_fail (TG_IS_CASE (kase), NULL);

  if (is_blank (addressee) || is_blank (subject))
    {
      g_set_error (error, TG_REQUESTS_ERROR, TG_REQUESTS_ERROR_INVALID,
                   _("Case %s: a request needs an addressee and a subject."), tg_case_get_number (kase));
      return NULL;
    }
  tg_store_oversight_today (&today);
  if (!due_date (store, &today, due, &due_iso, error))
    return NULL;
  id = next_id (kase);
  sent = tg_date_format_iso (&today);
  request = tg_info_request_new ();
  tg_info_request_set_id (request, id);
  tg_info_request_set_addressee (request, addressee);
  tg_info_request_set_subject (request, subject);
  tg_info_request_set_sent (request, sent);
  tg_info_request_set_due (request, due_iso);
  tg_info_request_set_blocking (request, blocking);

  requests = tg_case_get_requests (kase);
  g_list_store_append (requests, request);
  if (!tg_store_save_case (store, kase, error))
    return NULL;  /* the store restored the case as it was */
  return request;
}

TgInfoRequest *
tg_requests_find (TgCase     *kase,
                  const char *request_id)
{
  GListModel *list;
  guint n;
  guint64 position = 0;

  g_return_val_if_fail (TG_IS_CASE (kase), NULL);
  g_return_val_if_fail (request_id != NULL, NULL);

  list = G_LIST_MODEL (tg_case_get_requests (kase));
  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TgInfoRequest) r = g_list_model_get_item (list, i);
      if (g_strcmp0 (tg_info_request_get_id (r), request_id) == 0)
        return r;  /* the case keeps it alive */
    }
  if (g_ascii_string_to_unsigned (request_id, 10, 1, n, &position, NULL))
    {
      g_autoptr(TgInfoRequest) r = g_list_model_get_item (list, position - 1);
      if (tg_info_request_get_id (r) == NULL)
        return r;
    }
  return NULL;
}

static gboolean
answer_date (TgCase         *kase,
             TgInfoRequest  *request,
             const char     *answered_on,
             char          **out,
             GError        **error)
{
  GDate today, date, sent;

  tg_store_oversight_today (&today);
  if (answered_on == NULL)
    date = today;
  else if (!tg_date_parse (answered_on, &date) || g_date_compare (&date, &today) > 0 ||
           (tg_date_parse (tg_info_request_get_sent (request), &sent) && g_date_compare (&date, &sent) < 0))
    {
      g_set_error (error, TG_REQUESTS_ERROR, TG_REQUESTS_ERROR_INVALID,
                   _("Case %s: the answer date “%s” must be a date (YYYY-MM-DD) between the day the request was sent (%s) and today."),
                   tg_case_get_number (kase), answered_on, tg_info_request_get_sent (request));
      return FALSE;
    }
  *out = tg_date_format_iso (&date);
  return TRUE;
}

gboolean
tg_requests_answer (TgStore     *store,
                    TgCase      *kase,
                    const char  *request_id,
                    const char  *answered_on,
                    const char  *answer,
                    GError     **error)
{
  TgInfoRequest *request;
  g_autofree char *on = NULL;

  g_return_val_if_fail (TG_IS_STORE (store), FALSE);
  g_return_val_if_fail (TG_IS_CASE (kase), FALSE);
  g_return_val_if_fail (request_id != NULL, FALSE);

  request = tg_requests_find (kase, request_id);
  if (request == NULL)
    {
      g_set_error (error, TG_REQUESTS_ERROR, TG_REQUESTS_ERROR_NOT_FOUND,
                   _("Case %s has no information request “%s”."), tg_case_get_number (kase), request_id);
      return FALSE;
    }
  if (tg_info_request_get_answered (request) != NULL)
    {
      g_set_error (error, TG_REQUESTS_ERROR, TG_REQUESTS_ERROR_ANSWERED,
                   _("Case %s: request %s was already answered on %s; nothing was changed."),
                   tg_case_get_number (kase), request_id, tg_info_request_get_answered (request));
      return FALSE;
    }
  if (is_blank (answer))
    {
      g_set_error (error, TG_REQUESTS_ERROR, TG_REQUESTS_ERROR_INVALID,
                   _("Case %s: give the answer to request %s."), tg_case_get_number (kase), request_id);
      return FALSE;
    }
  if (!answer_date (kase, request, answered_on, &on, error))
    return FALSE;
  tg_info_request_set_answered (request, on);
  tg_info_request_set_answer (request, answer);
  return tg_store_save_case (store, kase, error);
}
