/* tg-oversight.h — the Committee's control of timeliness and objectivity
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One query API for the dashboard, the command line and the notifications
 * (domain.md §1, function 3; §3, Deadlines): running investigations — local
 * ones included — against their due date in force, Committee commissions
 * to create, acts awaited, information requests and disputes past due;
 * counts by region; and the Committee's objectivity reviews. Days are
 * working days of the store's calendar, "today" is Astana's (or
 * TERGEU_TODAY, as for the store).
 */
#pragma once

#include "tg-case.h"
#include "tg-oversight-item.h"
#include "tg-oversight-region.h"
#include "tg-review.h"
#include "tg-store.h"

G_BEGIN_DECLS

#define TG_OVERSIGHT_ERROR (tg_oversight_error_quark ())

typedef enum
{
  TG_OVERSIGHT_ERROR_INVALID,      /* a date or text is missing or wrong */
  TG_OVERSIGHT_ERROR_NOT_LOCAL,    /* a review of a case no local body investigated */
  TG_OVERSIGHT_ERROR_NO_ACT,       /* the case has no act yet */
} TgOversightError;

GQuark tg_oversight_error_quark (void);

typedef struct
{
  const char *region;      /* NULL: all regions */
  guint       kinds;       /* TgOversightKind mask; 0: all */
  guint       due_within;  /* 0: only what is overdue; N: also what falls due
                            * within N working days from today */
  guint       limit;       /* at most so many items of each kind; 0: all */
} TgOversightQuery;

#define TG_OVERSIGHT_QUERY_INIT { NULL, TG_OVERSIGHT_ALL, 0, 0 }

/**
 * tg_oversight_list:
 * @store: the store
 * @query: what to list
 * @today: (nullable): the day to judge by; %NULL for today
 * @error: return location for a #GError
 *
 * What is overdue (and, with @query->due_within, what is nearly due), the
 * most overdue first.
 *
 * Returns: (transfer full): a #GListModel of #TgOversightItem, or %NULL
 */
GListModel        *tg_oversight_list       (TgStore                *store,
                                            const TgOversightQuery *query,
                                            const GDate            *today,
                                            GError                **error);
/**
 * tg_oversight_regions:
 * @store: the store
 * @due_within: working days that count as "due soon"
 * @today: (nullable): the day to judge by; %NULL for today
 * @error: return location for a #GError
 *
 * The dashboard's counts: one row per region with anything under control,
 * by region code.
 *
 * Returns: (transfer full): a #GListModel of #TgOversightRegion, or %NULL
 */
GListModel        *tg_oversight_regions    (TgStore      *store,
                                            guint         due_within,
                                            const GDate  *today,
                                            GError      **error);
/* The sum of the rows of @regions (its region is NULL). */
TgOversightRegion *tg_oversight_totals     (GListModel   *regions);
/* For desktop notifications: running investigations and pending
 * commissions that are overdue or due by the next working day. */
GListModel        *tg_oversight_due_soon   (TgStore      *store,
                                            const GDate  *today,
                                            GError      **error);
/* The deadline state of one case as loaded: its running investigation
 * or pending commission, or NULL when nothing of it is running. */
TgOversightItem   *tg_oversight_describe_case (TgStore     *store,
                                               TgCase      *kase,
                                               const GDate *today);

/* --- objectivity reviews --------------------------------------------- */

/* Reviews are recorded by the "review" command (tg-case-commands.h). */
/* The reviews of a case, oldest first: a #GListModel of #TgReview. */
GListModel *tg_oversight_list_reviews  (TgStore     *store,
                                        const char  *id_or_number,
                                        GError     **error);

/* --- acts ----------------------------------------------------------- */

/* Receipts are recorded by the "act-received" command. */
/* When the case's current act was received (YYYY-MM-DD), or NULL. */
char       *tg_oversight_act_received  (TgStore     *store,
                                        TgCase      *kase);

G_END_DECLS
