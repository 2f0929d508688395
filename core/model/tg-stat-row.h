/* tg-stat-row.h — one row of an accident statistics table
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define TG_TYPE_STAT_ROW (tg_stat_row_get_type ())
G_DECLARE_FINAL_TYPE (TgStatRow, tg_stat_row, TG, STAT_ROW, GObject)

/* The fields are also read-only properties for list views and sorters. */
struct _TgStatRow
{
  GObject  parent_instance;

  char    *key;      /* "08", "2026-03", "C", "fatal", "3-5", a cause; NULL for a total */
  char    *label;    /* for people, in the interface language */
  guint    cases;    /* for causes: how many times the cause was found */
  guint    victims;
  guint    deaths;
  guint    severe;   /* severe injuries */
};

TgStatRow *tg_stat_row_new (const char *key,
                            const char *label);
/* Adds @other's counts to @self's. */
void       tg_stat_row_add (TgStatRow  *self,
                            TgStatRow  *other);

G_END_DECLS
