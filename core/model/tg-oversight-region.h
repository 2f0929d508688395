/* tg-oversight-region.h — the dashboard's counts for one region
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define TG_TYPE_OVERSIGHT_REGION (tg_oversight_region_get_type ())
G_DECLARE_FINAL_TYPE (TgOversightRegion, tg_oversight_region, TG, OVERSIGHT_REGION, GObject)

/* Counted by aggregate queries; the fields are also read-only properties
 * (hyphenated names) for list views and sorters. */
struct _TgOversightRegion
{
  GObject  parent_instance;

  char    *region;               /* code; NULL for the totals */
  guint    investigations;       /* running, local and Committee */
  guint    overdue;              /* of those, past their due date */
  guint    due_soon;             /* of those, due within the asked working days */
  guint    late_notifications;   /* of those, reported more than 24 h after the accident */
  guint    commissions_pending;  /* Committee commissions to create */
  guint    commissions_overdue;  /* of those, more than a working day */
  guint    acts_overdue;         /* acts dated but not received within 3 working days */
  guint    requests_overdue;     /* unanswered information requests past due */
  guint    disputes_open;
  guint    disputes_overdue;     /* of those, past their due date */
};

TgOversightRegion *tg_oversight_region_new  (const char        *region);
/* Adds @other's counts to @self's. */
void               tg_oversight_region_add  (TgOversightRegion *self,
                                             TgOversightRegion *other);
/* Whether anything is late (overdue, acts, requests, disputes). */
gboolean           tg_oversight_region_is_late (TgOversightRegion *self);

G_END_DECLS
