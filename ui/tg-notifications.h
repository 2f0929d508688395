/* tg-notifications.h — desktop reminders of deadlines
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tg-store.h"

G_BEGIN_DECLS

/* A little after start-up, sends a GNotification for each case overdue or
 * due tomorrow (tg_oversight_due_soon) that was not notified today; the
 * cases notified are remembered per day in $XDG_STATE_HOME/tergeu. */
void  tg_notifications_start      (GtkApplication *app,
                                   TgStore        *store);
/* The ids of the items to notify today, marking them notified (tests). */
GPtrArray *tg_notifications_collect (TgStore     *store,
                                     const GDate *today,
                                     const char  *state_path);

G_END_DECLS
