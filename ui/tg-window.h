/* tg-window.h — the main window: views, case list and case page
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tg-case-list-model.h"
#include "tg-store.h"

G_BEGIN_DECLS

#define TG_TYPE_WINDOW (tg_window_get_type ())
G_DECLARE_FINAL_TYPE (TgWindow, tg_window, TG, WINDOW, AdwApplicationWindow)

/* The views of the sidebar, in order. */
typedef enum
{
  TG_VIEW_ALL,
  TG_VIEW_NEEDS_ACTION,
  TG_VIEW_COMMITTEE,
  TG_VIEW_LOCAL_CONTROL,
  TG_VIEW_DISPUTES,
  TG_VIEW_CLOSED,
} TgView;
#define TG_N_VIEWS (TG_VIEW_CLOSED + 1)

TgWindow        *tg_window_new         (GtkApplication *application,
                                        TgStore       *store);
TgStore         *tg_window_get_store   (TgWindow      *self);
TgCaseListModel *tg_window_get_model   (TgWindow      *self);
void             tg_window_set_view    (TgWindow      *self,
                                        TgView         view);
/* Filters the list to the region of @code (NULL: every region). */
void             tg_window_set_region  (TgWindow      *self,
                                        const char    *code);
/* Opens the case page of the case with this UUID or number. */
gboolean         tg_window_open_case   (TgWindow      *self,
                                        const char    *id_or_number);
/* Whether the names every order prints are still blank (the window then
 * shows a banner leading to Preferences). */
gboolean         tg_window_get_settings_missing (TgWindow *self);
/* Counts the views and the list again (after a save). */
void             tg_window_reload      (TgWindow      *self);
void             tg_window_add_toast   (TgWindow      *self,
                                        AdwToast      *toast);

/* TERGEU_REPORT_STARTUP=1 (build-aux/bench-desktop.sh): print the time to the
 * first frame and the memory, then, with TERGEU_REPORT_SEARCH=TEXT, type
 * that search and print the time to the list that shows it; then quit. */
void             tg_window_report_startup (TgWindow *window);

G_END_DECLS
