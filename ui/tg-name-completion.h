/* tg-name-completion.h — names offered as one types them
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tg-store.h"

G_BEGIN_DECLS

/* Under @entry (a GtkEditable), a popover lists the names of @names (a
 * GtkStringList) that contain every typed word; clicking one fills it in. */
void         tg_name_completion_attach      (GtkWidget *entry,
                                             GListModel *names);
/* Names of commission members in the Committee's recent commissions,
 * collected once per store. */
GListModel  *tg_name_completion_member_names (TgStore   *store);
/* The names of @names that match @typed (for tests). */
GPtrArray   *tg_name_completion_match       (GListModel *names,
                                             const char *typed,
                                             guint       limit);

G_END_DECLS
