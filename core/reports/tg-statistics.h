/* tg-statistics.h — accident statistics by region, time, activity, …
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Cases, victims, deaths and severe injuries grouped by one dimension, over
 * a range of accident dates; and how often each cause was found. Computed
 * by aggregate queries on cells the store keeps current, so a report over
 * a million cases costs what a few thousand rows cost.
 */
#pragma once

#include "tg-stat-row.h"
#include "tg-store.h"

G_BEGIN_DECLS

#define TG_STATISTICS_ERROR (tg_statistics_error_quark ())

typedef enum
{
  TG_STATISTICS_ERROR_RANGE,   /* a date is wrong, or the range is empty */
} TgStatisticsError;

GQuark tg_statistics_error_quark (void);

typedef enum
{
  TG_STAT_BY_REGION,
  TG_STAT_BY_YEAR,
  TG_STAT_BY_MONTH,
  TG_STAT_BY_ACTIVITY,      /* OKED section, A–U */
  TG_STAT_BY_SEVERITY,      /* the worst victim severity */
  TG_STAT_BY_GROUP_SIZE,    /* number of victims: 1, 2, 3–5, 6–10, 11 or more */
  TG_STAT_BY_JURISDICTION,
  TG_STAT_BY_CAUSE,         /* causes in the findings, most frequent first */
} TgStatDimension;

GType       tg_stat_dimension_get_type  (void) G_GNUC_CONST;
#define TG_TYPE_STAT_DIMENSION (tg_stat_dimension_get_type ())
/* The heading of the first column: "Region", "Month", … (translated). */
const char *tg_stat_dimension_label     (TgStatDimension by);

/**
 * tg_statistics_query:
 * @store: the store
 * @by: what to group by
 * @from: (nullable): first accident date, YYYY-MM-DD, inclusive
 * @to: (nullable): last accident date, YYYY-MM-DD, inclusive
 * @error: return location for a #GError
 *
 * Cases that are not removed, grouped by @by, in the dimension's natural
 * order (region code, time, OKED section, severity, …; causes by frequency).
 * Without @from, cases whose accident date is unknown are included.
 *
 * Returns: (transfer full): a #GListModel of #TgStatRow, or %NULL
 */
GListModel *tg_statistics_query         (TgStore          *store,
                                         TgStatDimension   by,
                                         const char       *from,
                                         const char       *to,
                                         GError          **error);
/* The sum of @rows, labelled "Total". */
TgStatRow  *tg_statistics_total         (GListModel       *rows);

/* The OKED section letter ("C") of an activity code ("10.71") or of its
 * two-digit division ("10"); NULL when it has none. */
const char *tg_oked_section             (const char       *code);
/* "Manufacturing" (translated), or NULL for an unknown letter. */
const char *tg_oked_section_name        (const char       *section);

G_END_DECLS
