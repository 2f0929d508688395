/* tg-oversight.c — deadline control: dates from the calendar, rows from
 * tg-store-oversight.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The queries compare ISO dates only; everything that needs the working-day
 * calendar — "due soon", the day an act was due, days overdue — is
 * computed here once per distinct date, never per case of the archive.
 */
#define G_LOG_DOMAIN "tg-oversight"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tg-dates.h"
#include "tg-oversight.h"
#include "tg-rules.h"
#include "tg-store-oversight.h"

G_DEFINE_QUARK (tg-oversight-error-quark, tg_oversight_error)

static void
resolve_today (const GDate *today,
               GDate       *out)
{
  if (today != NULL && g_date_valid (today))
    *out = *today;
  else
    tg_store_oversight_today (out);
}

/* The last date an act may bear and still be on time on @limit, i.e. the
 * latest D with D + TG_ACT_DELIVERY_WORKING_DAYS working days < @limit
 * (monotone in D, so a short walk back finds it). */
static char *
last_timely_act_date (TgCalendar  *calendar,
                      const GDate *limit)
{
  GDate d = *limit, due;

  do
    {
      g_date_subtract_days (&d, 1);
      tg_calendar_add_working_days (calendar, &d, TG_ACT_DELIVERY_WORKING_DAYS, &due);
    }
  while (g_date_compare (&due, limit) >= 0);
  return tg_date_format_iso (&d);
}

typedef struct
{
  TgOversightParams  p;
  GDate              today;
  char              *today_iso;
  char              *until_iso;
  char              *act_cutoff;
  char              *act_until;
} Params;

static void
params_init (Params      *params,
             TgStore     *store,
             const GDate *today,
             guint        due_within)
{
  TgCalendar *calendar = tg_store_get_calendar (store);
  GDate until;

  memset (params, 0, sizeof *params);
  resolve_today (today, &params->today);
  until = params->today;
  if (due_within > 0)
    {
      tg_calendar_add_working_days (calendar, &params->today, due_within, &until);
      g_date_add_days (&until, 1);
    }
  params->today_iso = tg_date_format_iso (&params->today);
  params->until_iso = tg_date_format_iso (&until);
  params->act_cutoff = last_timely_act_date (calendar, &params->today);
  params->act_until = last_timely_act_date (calendar, &until);
  params->p.today = params->today_iso;
  params->p.until = params->until_iso;
  params->p.act_cutoff = params->act_cutoff;
  params->p.act_until = params->act_until;
  params->p.kinds = TG_OVERSIGHT_ALL;
  params->p.late_seconds = (gint64) TG_NOTIFICATION_HOURS * 3600;
}

static void
params_clear (Params *params)
{
  g_free (params->today_iso);
  g_free (params->until_iso);
  g_free (params->act_cutoff);
  g_free (params->act_until);
}

/* Working days after @due: tg_calendar_days_late, 0 without a date. */
static int
days_overdue (TgCalendar  *calendar,
              const GDate *today,
              const char  *due_iso)
{
  GDate due;

  if (!tg_date_parse (due_iso, &due))
    return 0;
  return tg_calendar_days_late (calendar, today, &due);
}

static void
set_act_due (TgCalendar      *calendar,
             TgOversightItem *item)
{
  GDate act, due;

  if (!tg_date_parse (item->due, &act))
    return;
  tg_calendar_add_working_days (calendar, &act, TG_ACT_DELIVERY_WORKING_DAYS, &due);
  g_free (item->due);
  item->due = tg_date_format_iso (&due);
}

/* Computes each distinct date once: a dashboard of thousands of items has
 * only a few hundred different due dates. */
static void
compute_days (TgCalendar  *calendar,
              const GDate *today,
              GPtrArray   *items)
{
  g_autoptr(GHashTable) cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < items->len; i++)
    {
      TgOversightItem *item = g_ptr_array_index (items, i);
      gpointer cached;

      if (item->kind == TG_OVERSIGHT_ACT)
        set_act_due (calendar, item);
      if (item->due == NULL)
        continue;
      if (!g_hash_table_lookup_extended (cache, item->due, NULL, &cached))
        {
          cached = GINT_TO_POINTER (days_overdue (calendar, today, item->due));
          g_hash_table_insert (cache, g_strdup (item->due), cached);
        }
      item->days_overdue = GPOINTER_TO_INT (cached);
    }
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const TgOversightItem *x = *(TgOversightItem * const *) a;
  const TgOversightItem *y = *(TgOversightItem * const *) b;
  int c;

  if (x->days_overdue != y->days_overdue)
    return x->days_overdue > y->days_overdue ? -1 : 1;
  if ((c = g_strcmp0 (x->due, y->due)) != 0)
    return c;
  if ((c = g_strcmp0 (x->number, y->number)) != 0)
    return c;
  return (int) x->kind - (int) y->kind;
}

static GListModel *
to_model (GPtrArray *items,
          GType      type)
{
  GListStore *store = g_list_store_new (type);

  g_list_store_splice (store, 0, 0, items->pdata, items->len);
  return G_LIST_MODEL (store);
}

GListModel *
tg_oversight_list (TgStore                *store,
                   const TgOversightQuery *query,
                   const GDate            *today,
                   GError                **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  Params params;
  gboolean ok;

  g_return_val_if_fail (TG_IS_STORE (store), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  params_init (&params, store, today, query->due_within);
  params.p.region = query->region;
  params.p.kinds = query->kinds != 0 ? query->kinds : TG_OVERSIGHT_ALL;
  params.p.limit = query->limit;
  ok = tg_store_oversight_items (store, &params.p, items, error);
  if (ok)
    {
      compute_days (tg_store_get_calendar (store), &params.today, items);
      g_ptr_array_sort (items, compare_items);
    }
  params_clear (&params);
  return ok ? to_model (items, TG_TYPE_OVERSIGHT_ITEM) : NULL;
}

GListModel *
tg_oversight_due_soon (TgStore     *store,
                       const GDate *today,
                       GError     **error)
{
  TgOversightQuery query = TG_OVERSIGHT_QUERY_INIT;

  query.kinds = TG_OVERSIGHT_INVESTIGATION | TG_OVERSIGHT_COMMISSION;
  query.due_within = 1;
  return tg_oversight_list (store, &query, today, error);
}

static int
compare_regions (gconstpointer a,
                 gconstpointer b)
{
  const TgOversightRegion *x = *(TgOversightRegion * const *) a;
  const TgOversightRegion *y = *(TgOversightRegion * const *) b;

  return g_strcmp0 (x->region, y->region);
}

GListModel *
tg_oversight_regions (TgStore      *store,
                      guint         due_within,
                      const GDate  *today,
                      GError      **error)
{
  g_autoptr(GHashTable) regions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  GHashTableIter iter;
  gpointer value;
  Params params;
  gboolean ok;

  g_return_val_if_fail (TG_IS_STORE (store), NULL);

  params_init (&params, store, today, due_within);
  ok = tg_store_oversight_counts (store, &params.p, regions, error);
  params_clear (&params);
  if (!ok)
    return NULL;
  g_hash_table_iter_init (&iter, regions);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (rows, g_object_ref (value));
  g_ptr_array_sort (rows, compare_regions);
  return to_model (rows, TG_TYPE_OVERSIGHT_REGION);
}

TgOversightRegion *
tg_oversight_totals (GListModel *regions)
{
  TgOversightRegion *total = tg_oversight_region_new (NULL);
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (regions), total);

  n = g_list_model_get_n_items (regions);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TgOversightRegion) r = g_list_model_get_item (regions, i);
      tg_oversight_region_add (total, r);
    }
  return total;
}

TgOversightItem *
tg_oversight_describe_case (TgStore     *store,
                            TgCase      *kase,
                            const GDate *today)
{
  TgState state = tg_case_get_state (kase);
  TgInvestigation *inv = tg_case_get_investigation (kase);
  TgOversightItem *item;
  GDate day;

  g_return_val_if_fail (TG_IS_STORE (store), NULL);
  g_return_val_if_fail (TG_IS_CASE (kase), NULL);

  if (!tg_state_is_investigating (state) && state != TG_STATE_COMMISSION_PENDING)
    return NULL;
  resolve_today (today, &day);
  item = tg_oversight_item_new (state == TG_STATE_COMMISSION_PENDING ? TG_OVERSIGHT_COMMISSION
                                                                     : TG_OVERSIGHT_INVESTIGATION);
  item->case_id = g_strdup (tg_case_get_id (kase));
  item->number = g_strdup (tg_case_get_number (kase));
  item->region = g_strdup (tg_case_get_region (kase));
  item->employer = g_strdup (tg_employer_get_name (tg_case_get_employer (kase)));
  item->state = state;
  item->body = tg_investigation_get_body (inv);
  item->due = state == TG_STATE_COMMISSION_PENDING ? tg_store_oversight_deadline (store, kase)
                                                   : g_strdup (tg_case_effective_due (kase));
  item->days_overdue = days_overdue (tg_store_get_calendar (store), &day, item->due);
  item->n_extensions = g_list_model_get_n_items (G_LIST_MODEL (tg_investigation_get_extensions (inv)));
  item->late_notification = tg_rules_late_notification (kase, &item->notification_hours);
  return item;
}

/* ------------------------------------------------------------------ reviews */

GListModel *
tg_oversight_list_reviews (TgStore    *store,
                           const char *id_or_number,
                           GError    **error)
{
  g_autoptr(GPtrArray) reviews = NULL;

  g_return_val_if_fail (TG_IS_STORE (store), NULL);
  g_return_val_if_fail (id_or_number != NULL, NULL);

  reviews = tg_store_list_reviews (store, id_or_number, error);
  return reviews != NULL ? to_model (reviews, TG_TYPE_REVIEW) : NULL;
}

/* ------------------------------------------------------------------- acts */

char *
tg_oversight_act_received (TgStore *store,
                           TgCase  *kase)
{
  g_return_val_if_fail (TG_IS_STORE (store), NULL);
  g_return_val_if_fail (TG_IS_CASE (kase), NULL);

  return tg_store_act_received (store, kase, NULL);
}
