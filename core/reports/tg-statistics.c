/* tg-statistics.c — grouping, labels and the reference tables of reports
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store returns at most a few hundred grouped rows (regions, OKED
 * divisions, months); here they are folded into sections and size
 * classes, labelled and ordered. No loop here ever sees a case.
 */
#define G_LOG_DOMAIN "tg-statistics"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tg-dates.h"
#include "tg-enums.h"
#include "tg-regions.h"
#include "tg-statistics.h"
#include "tg-store-statistics.h"

G_DEFINE_QUARK (tg-statistics-error-quark, tg_statistics_error)

G_DEFINE_ENUM_TYPE (TgStatDimension, tg_stat_dimension,
  G_DEFINE_ENUM_VALUE (TG_STAT_BY_REGION, "region"),
  G_DEFINE_ENUM_VALUE (TG_STAT_BY_YEAR, "year"),
  G_DEFINE_ENUM_VALUE (TG_STAT_BY_MONTH, "month"),
  G_DEFINE_ENUM_VALUE (TG_STAT_BY_ACTIVITY, "activity"),
  G_DEFINE_ENUM_VALUE (TG_STAT_BY_SEVERITY, "severity"),
  G_DEFINE_ENUM_VALUE (TG_STAT_BY_GROUP_SIZE, "group-size"),
  G_DEFINE_ENUM_VALUE (TG_STAT_BY_JURISDICTION, "jurisdiction"),
  G_DEFINE_ENUM_VALUE (TG_STAT_BY_CAUSE, "cause"))

static const struct
{
  TgStatSource  source;
  const char   *label;
} dimensions[] = {
  [TG_STAT_BY_REGION] = { TG_STAT_SOURCE_REGION, N_("Region") },
  [TG_STAT_BY_YEAR] = { TG_STAT_SOURCE_YEAR, N_("Year") },
  [TG_STAT_BY_MONTH] = { TG_STAT_SOURCE_MONTH, N_("Month") },
  [TG_STAT_BY_ACTIVITY] = { TG_STAT_SOURCE_DIVISION, N_("Economic activity") },
  [TG_STAT_BY_SEVERITY] = { TG_STAT_SOURCE_SEVERITY, N_("Severity") },
  [TG_STAT_BY_GROUP_SIZE] = { TG_STAT_SOURCE_GROUP, N_("Victims per accident") },
  [TG_STAT_BY_JURISDICTION] = { TG_STAT_SOURCE_JURISDICTION, N_("Jurisdiction") },
  [TG_STAT_BY_CAUSE] = { TG_STAT_SOURCE_CAUSE, N_("Cause") },
};

const char *
tg_stat_dimension_label (TgStatDimension by)
{
  g_return_val_if_fail ((guint) by < G_N_ELEMENTS (dimensions), NULL);
  return _(dimensions[by].label);
}

/* Sections of the General classifier of economic activities (ОКЭД,
 * GK RK 03-2019), which follows NACE Rev. 2: each section is a range of
 * two-digit divisions. */
static const struct
{
  guint       first;
  guint       last;
  const char *section;
  const char *name;
} oked_sections[] = {
  { 1, 3, "A", N_("Agriculture, forestry and fishing") },
  { 5, 9, "B", N_("Mining and quarrying") },
  { 10, 33, "C", N_("Manufacturing") },
  { 35, 35, "D", N_("Electricity, gas, steam and air conditioning supply") },
  { 36, 39, "E", N_("Water supply; sewerage, waste management and remediation") },
  { 41, 43, "F", N_("Construction") },
  { 45, 47, "G", N_("Wholesale and retail trade; repair of motor vehicles") },
  { 49, 53, "H", N_("Transportation and storage") },
  { 55, 56, "I", N_("Accommodation and food service activities") },
  { 58, 63, "J", N_("Information and communication") },
  { 64, 66, "K", N_("Financial and insurance activities") },
  { 68, 68, "L", N_("Real estate activities") },
  { 69, 75, "M", N_("Professional, scientific and technical activities") },
  { 77, 82, "N", N_("Administrative and support service activities") },
  { 84, 84, "O", N_("Public administration and defence; compulsory social security") },
  { 85, 85, "P", N_("Education") },
  { 86, 88, "Q", N_("Human health and social work activities") },
  { 90, 93, "R", N_("Arts, entertainment and recreation") },
  { 94, 96, "S", N_("Other service activities") },
  { 97, 98, "T", N_("Activities of households as employers") },
  { 99, 99, "U", N_("Activities of extraterritorial organizations and bodies") },
};

const char *
tg_oked_section (const char *code)
{
  guint division;

  if (code == NULL || !g_ascii_isdigit (code[0]) || !g_ascii_isdigit (code[1]))
    return NULL;
  division = (code[0] - '0') * 10 + (code[1] - '0');
  for (guint i = 0; i < G_N_ELEMENTS (oked_sections); i++)
    if (division >= oked_sections[i].first && division <= oked_sections[i].last)
      return oked_sections[i].section;
  return NULL;
}

const char *
tg_oked_section_name (const char *section)
{
  for (guint i = 0; section != NULL && i < G_N_ELEMENTS (oked_sections); i++)
    if (g_str_equal (oked_sections[i].section, section))
      return _(oked_sections[i].name);
  return NULL;
}

/* Group accidents are two or more victims (Labour Code art. 188 p. 3); the
 * larger classes follow the jurisdiction table's death counts loosely. */
static const struct
{
  guint       min;
  guint       max;
  const char *key;
  const char *label;
} group_sizes[] = {
  { 0, 0, "0", N_("No victims recorded") },
  { 1, 1, "1", N_("One victim") },
  { 2, 2, "2", N_("Two victims") },
  { 3, 5, "3-5", N_("3–5 victims") },
  { 6, 10, "6-10", N_("6–10 victims") },
  { 11, G_MAXUINT, "11+", N_("11 or more victims") },
};

/* ------------------------------------------------------------ grouping */

typedef struct
{
  TgStatDimension  by;
  GHashTable      *rows;    /* key → TgStatRow */
  GHashTable      *order;   /* key → sort position + 1 */
  guint            count;
} Collect;

/* The key, label and place of a stored key within dimension @by. */
static void
classify (TgStatDimension   by,
          const char       *raw,
          const char      **key,
          char            **label,
          int              *order)
{
  int value;

  *key = raw;
  *order = 0;
  switch (by)
    {
    case TG_STAT_BY_REGION:
      {
        const TgRegion *region = tg_region_lookup (raw);
        *label = g_strdup (region != NULL ? tg_region_name (region) : raw);
        return;
      }
    case TG_STAT_BY_ACTIVITY:
      *key = tg_oked_section (raw) ? tg_oked_section (raw) : "";
      *label = **key ? g_strdup_printf ("%s — %s", *key, tg_oked_section_name (*key))
                     : g_strdup (_("Activity not recorded"));
      *order = **key ? **key : 'Z' + 1;
      return;
    case TG_STAT_BY_SEVERITY:
      *order = tg_enum_from_nick (TG_TYPE_SEVERITY, raw, &value) ? value : G_MAXINT;
      *label = g_strdup (*order < G_MAXINT ? tg_severity_label (value) : _("Not classified"));
      return;
    case TG_STAT_BY_JURISDICTION:
      *order = tg_enum_from_nick (TG_TYPE_JURISDICTION, raw, &value) ? value : G_MAXINT;
      *label = g_strdup (*order < G_MAXINT ? tg_jurisdiction_label (value) : _("Not classified"));
      return;
    case TG_STAT_BY_GROUP_SIZE:
      {
        guint64 n = g_ascii_strtoull (raw, NULL, 10);
        for (guint i = 0; i < G_N_ELEMENTS (group_sizes); i++)
          if (n >= group_sizes[i].min && n <= group_sizes[i].max)
            {
              *key = group_sizes[i].key;
              *label = g_strdup (_(group_sizes[i].label));
              *order = i;
              return;
            }
        g_assert_not_reached ();
      }
    case TG_STAT_BY_YEAR:
    case TG_STAT_BY_MONTH:
      *label = g_strdup (*raw ? raw : _("Date not recorded"));
      *order = *raw ? 0 : 1;  /* unknown last */
      return;
    case TG_STAT_BY_CAUSE:
    default:
      *label = g_strdup (raw);
      return;
    }
}

static void
collect_row (const char *raw,
             guint       cases,
             guint       victims,
             guint       deaths,
             guint       severe,
             gpointer    user_data)
{
  Collect *c = user_data;
  g_autofree char *label = NULL;
  const char *key;
  TgStatRow *row;
  int order;

  classify (c->by, raw ? raw : "", &key, &label, &order);
  row = g_hash_table_lookup (c->rows, key);
  if (row == NULL)
    {
      row = tg_stat_row_new (key, label);
      g_hash_table_insert (c->rows, row->key, row);
      /* causes come most frequent first: keep that order */
      g_hash_table_insert (c->order, row->key,
                           GINT_TO_POINTER (c->by == TG_STAT_BY_CAUSE ? (int) ++c->count : order));
    }
  row->cases += cases;
  row->victims += victims;
  row->deaths += deaths;
  row->severe += severe;
}

static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      order)
{
  const TgStatRow *x = *(TgStatRow * const *) a;
  const TgStatRow *y = *(TgStatRow * const *) b;
  int ox = GPOINTER_TO_INT (g_hash_table_lookup (order, x->key));
  int oy = GPOINTER_TO_INT (g_hash_table_lookup (order, y->key));

  if (ox != oy)
    return ox < oy ? -1 : 1;
  return g_strcmp0 (x->key, y->key);
}

static GListModel *
sorted_rows (Collect *c)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  GListStore *store = g_list_store_new (TG_TYPE_STAT_ROW);
  GHashTableIter iter;
  gpointer row;

  g_hash_table_iter_init (&iter, c->rows);
  while (g_hash_table_iter_next (&iter, NULL, &row))
    g_ptr_array_add (rows, row);
  g_ptr_array_sort_with_data (rows, compare_rows, c->order);
  g_list_store_splice (store, 0, 0, rows->pdata, rows->len);
  return G_LIST_MODEL (store);
}

/* ---------------------------------------------------------------- ranges */

typedef struct
{
  TgStatSpan  span;
  char       *strings[6];
} Span;

static char *
span_keep (Span *s,
           char *text)
{
  for (guint i = 0; i < G_N_ELEMENTS (s->strings); i++)
    if (s->strings[i] == NULL)
      return s->strings[i] = text;
  g_assert_not_reached ();
}

static char *
month_of (const GDate *d)
{
  return g_strdup_printf ("%04u-%02u", g_date_get_year (d), g_date_get_month (d));
}

static void
first_of_month (const GDate *d,
                int          months_later,
                GDate       *out)
{
  g_date_clear (out, 1);
  g_date_set_dmy (out, 1, g_date_get_month (d), g_date_get_year (d));
  if (months_later > 0)
    g_date_add_months (out, months_later);
  else if (months_later < 0)
    g_date_subtract_months (out, -months_later);
}

/* Whole months from @from to @to come from the cells, the days of a month
 * cut by the range from the cases. */
static void
span_init (Span        *s,
           const GDate *from,
           const GDate *to)
{
  GDate next, after_to, start;
  gboolean cut_from = from != NULL && g_date_get_day (from) != 1;
  gboolean cut_to = to != NULL && !g_date_is_last_of_month (to);
  gboolean same_month = from != NULL && to != NULL &&
                        g_date_get_year (from) == g_date_get_year (to) &&
                        g_date_get_month (from) == g_date_get_month (to);

  memset (s, 0, sizeof *s);
  if (to != NULL)
    {
      after_to = *to;
      g_date_add_days (&after_to, 1);
    }
  if (cut_from)
    {
      first_of_month (from, 1, &next);
      if (to != NULL && g_date_compare (&after_to, &next) < 0)
        next = after_to;
      s->span.edge_from[0] = span_keep (s, tg_date_format_iso (from));
      s->span.edge_until[0] = span_keep (s, tg_date_format_iso (&next));
    }
  if (cut_to && !(cut_from && same_month))
    {
      first_of_month (to, 0, &start);
      s->span.edge_from[1] = span_keep (s, tg_date_format_iso (&start));
      s->span.edge_until[1] = span_keep (s, tg_date_format_iso (&after_to));
    }
  if (from == NULL)
    s->span.month_from = "";          /* unknown dates too */
  else
    {
      first_of_month (from, cut_from ? 1 : 0, &start);
      s->span.month_from = span_keep (s, month_of (&start));
    }
  if (to == NULL)
    s->span.month_to = "9999-12";
  else
    {
      first_of_month (to, cut_to ? -1 : 0, &start);
      s->span.month_to = span_keep (s, month_of (&start));
    }
  if (strcmp (s->span.month_from, s->span.month_to) > 0)
    s->span.month_from = s->span.month_to = NULL;
}

static void
span_clear (Span *s)
{
  for (guint i = 0; i < G_N_ELEMENTS (s->strings); i++)
    g_free (s->strings[i]);
}

static gboolean
parse_bound (const char  *text,
             GDate       *date,
             GError     **error)
{
  if (tg_date_parse (text, date))
    return TRUE;
  g_set_error (error, TG_STATISTICS_ERROR, TG_STATISTICS_ERROR_RANGE,
               _("“%s” is not a date; write it as YYYY-MM-DD."), text);
  return FALSE;
}

GListModel *
tg_statistics_query (TgStore          *store,
                     TgStatDimension   by,
                     const char       *from,
                     const char       *to,
                     GError          **error)
{
  g_autoptr(GHashTable) rows = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  g_autoptr(GHashTable) order = g_hash_table_new (g_str_hash, g_str_equal);
  Collect c = { by, rows, order, 0 };
  GDate from_date, to_date;
  Span span;
  gboolean ok;

  g_return_val_if_fail (TG_IS_STORE (store), NULL);
  g_return_val_if_fail ((guint) by < G_N_ELEMENTS (dimensions), NULL);

  if ((from != NULL && !parse_bound (from, &from_date, error)) ||
      (to != NULL && !parse_bound (to, &to_date, error)))
    return NULL;
  if (from != NULL && to != NULL && g_date_compare (&from_date, &to_date) > 0)
    {
      g_set_error (error, TG_STATISTICS_ERROR, TG_STATISTICS_ERROR_RANGE,
                   _("The period from %s to %s is empty: the first date is after the last."), from, to);
      return NULL;
    }
  span_init (&span, from ? &from_date : NULL, to ? &to_date : NULL);
  ok = tg_store_statistics (store, dimensions[by].source, &span.span, collect_row, &c, error);
  span_clear (&span);
  return ok ? sorted_rows (&c) : NULL;
}

TgStatRow *
tg_statistics_total (GListModel *rows)
{
  TgStatRow *total = tg_stat_row_new (NULL, _("Total"));
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (rows), total);

  n = g_list_model_get_n_items (rows);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TgStatRow) row = g_list_model_get_item (rows, i);
      tg_stat_row_add (total, row);
    }
  return total;
}
