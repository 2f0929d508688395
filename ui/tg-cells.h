/* tg-cells.h — cells shared by the window's column views
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* "setup" handlers for GtkSignalListItemFactory: a start-aligned label
 * that ellipsizes, and an end-aligned label with tabular figures. */
void tg_cell_setup_text   (GtkSignalListItemFactory *factory,
                           GtkListItem              *item);
void tg_cell_setup_number (GtkSignalListItemFactory *factory,
                           GtkListItem              *item);

G_END_DECLS
