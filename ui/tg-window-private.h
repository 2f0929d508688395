/* tg-window-private.h — what tg-window*.c share
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tg-case-page.h"
#include "tg-form.h"
#include "tg-list-proxy.h"
#include "tg-store-exchange.h"
#include "tg-window.h"

G_BEGIN_DECLS

struct _TgWindow
{
  AdwApplicationWindow  parent_instance;

  TgStore              *store;
  TgCaseListModel      *model;
  TgListProxy          *proxy;     /* what the column view shows of it */
  GSettings            *settings;
  TgView                view;
  GtkWidget            *view_counts[TG_N_VIEWS];
  GtkWidget            *dashboard;    /* built when first shown */
  GtkWidget            *statistics;   /* likewise */
  guint                 search_timeout;   /* a short search, waiting for more */
  gulong                first_frame_id;   /* counting the views after it */
  GCancellable         *count_cancellable;   /* of the views' count running */
  TgCaseSort            sort;         /* as the column headers show it */
  gboolean              descending;
  gboolean              switching_view;
  guint                 fit_idle;     /* fitting the columns to a new width */
  int                   fit_width;
  int                   state_width_full;       /* the state on one line */
  int                   state_width_two_lines;  /* ...on two, among disputes */
  guint                 poll_source;  /* asking for other desks' changes */
  AdwToast             *live_toast;   /* "Changed on another desk", while shown */
  AdwToast             *list_toast;   /* "Cases were changed on another desk", while shown */

  /* template */
  AdwToastOverlay      *toast_overlay;
  AdwLeaflet           *leaflet;
  GtkListBox           *sidebar;
  GtkStack             *content_stack;
  AdwWindowTitle       *list_title;
  AdwWindowTitle       *app_title;
  GtkRevealer          *settings_banner;
  GtkSearchEntry       *search_entry;
  GtkDropDown          *region_dropdown;
  GtkDropDown          *state_dropdown;
  GtkDropDown          *year_dropdown;
  GtkStack             *list_stack;
  AdwStatusPage        *empty_page;
  GtkColumnView        *column_view;
  TgCasePage           *case_page;
};

void tg_window_class_add_actions (GtkWidgetClass *widget_class);
/* Sort the model by the column view's primary column (tg-window-columns.c). */
void tg_window_setup_columns     (TgWindow       *self);
void tg_window_class_add_column_callbacks (GtkWidgetClass *widget_class);
/* Sorts the list as its view is best read (tg-window-columns.c). */
void tg_window_sort_for_view     (TgWindow       *self);
/* Sizes the columns to what they show, in the interface's language... */
void tg_window_size_columns      (TgWindow       *self);
/* ...and shows those that fit in @width, the least needed going first. */
void tg_window_fit_columns       (TgWindow       *self,
                                  int             width);
void tg_window_apply_query       (TgWindow       *self);
/* tg_window_reload() but the list: counts, title, banner, dashboard. */
void tg_window_refresh_around_list (TgWindow     *self);
/* tg-window-live.c: while mapped, once a second, shows what other
 * connections committed as tg_window_reload does after a command here. */
void tg_window_live_start        (TgWindow       *self);
void tg_window_live_stop         (TgWindow       *self);
/* tg-window-exchange.c */
typedef struct _TgImportDialog TgImportDialog;
void tg_window_class_add_exchange_actions (GtkWidgetClass *widget_class);
void tg_window_setup_drop        (TgWindow       *self);
TgImportDialog *tg_window_import_files (TgWindow           *self,
                                        const char * const *paths);
/* The Export form (win.export). */
TgForm  *tg_window_export_form    (TgWindow       *self);
/* Writes @query's cases into @dir, one file per region addressed to it
 * (tergeu-KC-RR.xml); a region without cases gets none. */
gboolean tg_window_export_per_region (TgStore                  *store,
                                      const TgStoreExportQuery *query,
                                      const char               *dir,
                                      guint                    *n_files,
                                      guint                    *n_cases,
                                      GError                  **error);

G_END_DECLS
