/* tg-case-summary.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-store"

#include "config.h"

#include "tg-case-summary.h"

G_DEFINE_FINAL_TYPE (TgCaseSummary, tg_case_summary, G_TYPE_OBJECT)

static void
tg_case_summary_finalize (GObject *object)
{
  TgCaseSummary *self = TG_CASE_SUMMARY (object);

  g_free (self->id);
  g_free (self->number);
  g_free (self->employer);
  g_free (self->region);
  g_free (self->occurred);
  g_free (self->deadline);
  g_free (self->dispute_filed);
  g_free (self->dispute_due);

  G_OBJECT_CLASS (tg_case_summary_parent_class)->finalize (object);
}

static void
tg_case_summary_class_init (TgCaseSummaryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tg_case_summary_finalize;
}

static void
tg_case_summary_init (TgCaseSummary *self)
{
}

TgCaseSummary *
tg_case_summary_new (void)
{
  return g_object_new (TG_TYPE_CASE_SUMMARY, NULL);
}
