/* tg-store-statistics.h — the SQL behind tg-statistics.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Private to libtergeu. Whole months are read from the statistics cells
 * that schema 2's triggers keep current; the days of a partial month at
 * either end of a range are counted from the cases themselves on the
 * accident-date index.
 */
#pragma once

#include "tg-store.h"

G_BEGIN_DECLS

typedef enum
{
  TG_STAT_SOURCE_REGION,
  TG_STAT_SOURCE_DIVISION,      /* the two-digit OKED division */
  TG_STAT_SOURCE_SEVERITY,
  TG_STAT_SOURCE_GROUP,         /* the number of victims */
  TG_STAT_SOURCE_JURISDICTION,
  TG_STAT_SOURCE_MONTH,         /* YYYY-MM, "" when unknown */
  TG_STAT_SOURCE_YEAR,
  TG_STAT_SOURCE_CAUSE,         /* cases only */
} TgStatSource;

typedef struct
{
  const char *month_from;       /* whole months, inclusive; NULL: none */
  const char *month_to;
  const char *edge_from[2];     /* partial months: accident on or after… */
  const char *edge_until[2];    /* …and before (YYYY-MM-DD); NULL: none */
} TgStatSpan;

typedef void (*TgStatFunc) (const char *key,
                            guint       cases,
                            guint       victims,
                            guint       deaths,
                            guint       severe,
                            gpointer    user_data);

gboolean tg_store_statistics (TgStore          *self,
                              TgStatSource      source,
                              const TgStatSpan *span,
                              TgStatFunc        func,
                              gpointer          user_data,
                              GError          **error);

G_END_DECLS
