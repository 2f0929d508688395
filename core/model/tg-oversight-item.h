/* tg-oversight-item.h — one thing under the Committee's deadline control
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "tg-enums.h"

G_BEGIN_DECLS

/* What is watched (domain.md §3, Deadlines; §1, function 3). */
typedef enum
{
  TG_OVERSIGHT_INVESTIGATION = 1 << 0,  /* a running investigation: its due date in force */
  TG_OVERSIGHT_COMMISSION    = 1 << 1,  /* a Committee commission to create within a working day */
  TG_OVERSIGHT_ACT           = 1 << 2,  /* a running investigation's act, dated but not
                                         * received 3 working days after its date */
  TG_OVERSIGHT_REQUEST       = 1 << 3,  /* an unanswered information request */
  TG_OVERSIGHT_DISPUTE       = 1 << 4,  /* an open dispute */
} TgOversightKind;

#define TG_OVERSIGHT_ALL 0x1f

GType tg_oversight_kind_get_type (void) G_GNUC_CONST;
#define TG_TYPE_OVERSIGHT_KIND (tg_oversight_kind_get_type ())

/* "investigation", "act", … (the command line's spelling). */
const char *tg_oversight_kind_nick  (TgOversightKind kind);
/* "Investigation", "Act awaited", … (translated). */
const char *tg_oversight_kind_label (TgOversightKind kind);

#define TG_TYPE_OVERSIGHT_ITEM (tg_oversight_item_get_type ())
G_DECLARE_FINAL_TYPE (TgOversightItem, tg_oversight_item, TG, OVERSIGHT_ITEM, GObject)

/* Read from indexed columns only; the fields are also read-only
 * properties (hyphenated names) for list views and sorters. */
struct _TgOversightItem
{
  GObject          parent_instance;

  TgOversightKind  kind;
  char            *case_id;
  char            *number;
  char            *region;
  char            *employer;
  TgState          state;
  TgBody           body;
  char            *due;                /* YYYY-MM-DD; for an act, the day it was due */
  int              days_overdue;       /* working days after @due: 0 on the day, < 0 before */
  guint            n_extensions;       /* investigation: extensions granted */
  gboolean         late_notification;  /* investigation, commission: reported > 24 h after */
  gint64           notification_hours; /* -1 when unknown */
  char            *item_id;            /* request or dispute id, act number */
  char            *subject;            /* request: addressee and subject; dispute: its subject */
};

TgOversightItem *tg_oversight_item_new      (TgOversightKind  kind);
/* "overdue 3 working days", "due today", "due in 2 working days". */
char            *tg_oversight_item_describe (TgOversightItem *self);
/* The same words for a count of tg_calendar_days_late: every place that
 * shows a deadline says it so. */
char            *tg_oversight_describe_days (int              days_late);

G_END_DECLS
