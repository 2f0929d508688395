/* tg-store-oversight.h — the SQL behind deadline control and reviews
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Private to libtergeu: tg-oversight.c computes the dates from the
 * calendar, these functions only read and write rows.
 */
#pragma once

#include "tg-oversight-item.h"
#include "tg-oversight-region.h"
#include "tg-review.h"
#include "tg-store.h"

G_BEGIN_DECLS

typedef struct
{
  const char *today;        /* due before today: overdue */
  const char *until;        /* listed and "due soon": due before this day */
  const char *act_cutoff;   /* acts dated on or before: overdue today */
  const char *act_until;    /* … on or before: listed */
  const char *region;       /* NULL: all */
  guint       kinds;        /* TgOversightKind mask */
  gint64      late_seconds; /* a notification later than this is late */
  guint       limit;        /* per kind; 0: all */
} TgOversightParams;

/* Appends a TgOversightItem per row (days_overdue left 0), each kind sorted
 * by due date. */
gboolean   tg_store_oversight_items   (TgStore                 *self,
                                       const TgOversightParams *params,
                                       GPtrArray               *items,
                                       GError                 **error);
/* Adds counts to @regions (code → TgOversightRegion, created as needed). */
gboolean   tg_store_oversight_counts  (TgStore                 *self,
                                       const TgOversightParams *params,
                                       GHashTable              *regions,
                                       GError                 **error);

/* The reviews of a case, oldest first (TgReview). */
GPtrArray *tg_store_list_reviews      (TgStore     *self,
                                       const char  *id_or_number,
                                       GError     **error);
/* When the case's current act was received, or NULL (*@error unset). */
char      *tg_store_act_received      (TgStore     *self,
                                       TgCase      *kase,
                                       GError     **error);

G_END_DECLS

G_BEGIN_DECLS

/* tg_store_today(), for the files that speak no SQL. */
void       tg_store_oversight_today   (GDate       *today);
/* The stored date the case's next step is due, or NULL. */
char      *tg_store_oversight_deadline (TgStore    *self,
                                        TgCase     *kase);

G_END_DECLS
