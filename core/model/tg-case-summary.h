/* tg-case-summary.h — one row of the case list
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "tg-enums.h"

G_BEGIN_DECLS

#define TG_TYPE_CASE_SUMMARY (tg_case_summary_get_type ())
G_DECLARE_FINAL_TYPE (TgCaseSummary, tg_case_summary, TG, CASE_SUMMARY, GObject)

/* What the list shows of a case, read from indexed columns only. */
struct _TgCaseSummary
{
  GObject     parent_instance;

  char       *id;
  char       *number;
  TgState     state;
  char       *employer;
  char       *region;
  guint       n_victims;
  guint       n_deaths;
  TgSeverity  severity;
  char       *occurred;   /* ISO date-time */
  char       *deadline;   /* YYYY-MM-DD or NULL: the date the next step is due */

  /* Listing open disputes only (TgCaseQuery.open_disputes): the open
   * dispute whose decision is due first. */
  gboolean          has_dispute;
  TgParty           dispute_filed_by;
  TgDisputeSubject  dispute_subject;
  char             *dispute_filed;  /* YYYY-MM-DD or NULL */
  char             *dispute_due;    /* YYYY-MM-DD or NULL */
};

TgCaseSummary *tg_case_summary_new (void);

G_END_DECLS
