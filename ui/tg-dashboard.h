/* tg-dashboard.h — deadlines under the Committee's control
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tg-store.h"

G_BEGIN_DECLS

#define TG_TYPE_DASHBOARD (tg_dashboard_get_type ())
G_DECLARE_FINAL_TYPE (TgDashboard, tg_dashboard, TG, DASHBOARD, GtkBox)

/* "folded": the window shows the page without its sidebar. */
void tg_dashboard_set_folded (TgDashboard *self,
                              gboolean     folded);
/* Queries @store again (counts by region, the worst items). */
void tg_dashboard_refresh (TgDashboard *self,
                           TgStore     *store);

G_END_DECLS
