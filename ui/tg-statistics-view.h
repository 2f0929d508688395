/* tg-statistics-view.h — accident statistics: table, charts, causes
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tg-statistics.h"
#include "tg-store.h"

G_BEGIN_DECLS

#define TG_TYPE_STATISTICS_VIEW (tg_statistics_view_get_type ())
G_DECLARE_FINAL_TYPE (TgStatisticsView, tg_statistics_view, TG, STATISTICS_VIEW, GtkBox)

/* "folded": the window shows the page without its sidebar. */
gboolean    tg_statistics_view_get_folded (TgStatisticsView  *self);
void        tg_statistics_view_set_folded (TgStatisticsView  *self,
                                           gboolean           folded);
/* Queries @store again for the chosen range and grouping. */
void        tg_statistics_view_refresh    (TgStatisticsView  *self,
                                           TgStore           *store);
/* Sets the range (YYYY-MM-DD, inclusive) and queries again. */
void        tg_statistics_view_set_range  (TgStatisticsView  *self,
                                           const char        *from,
                                           const char        *to);
void        tg_statistics_view_set_grouping (TgStatisticsView *self,
                                             TgStatDimension   by);
/* The table's rows (TgStatRow) and their sum. */
GListModel *tg_statistics_view_get_rows   (TgStatisticsView  *self);
TgStatRow  *tg_statistics_view_get_total  (TgStatisticsView  *self);
/* Writes the table as CSV (the core writer). */
gboolean    tg_statistics_view_export_csv (TgStatisticsView  *self,
                                           const char        *path,
                                           GError           **error);
/* Prints the table and the charts; to a PDF with
 * GTK_PRINT_OPERATION_ACTION_EXPORT and @export_path. */
GtkPrintOperationResult tg_statistics_view_print (TgStatisticsView        *self,
                                                  GtkPrintOperationAction  action,
                                                  const char              *export_path,
                                                  GError                 **error);

G_END_DECLS
