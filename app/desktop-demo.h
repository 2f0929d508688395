/* desktop-demo.h — demonstration cases for the desktop's first run
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Adds app.demo to @app: asks, then fills the active window's database
 * with fictitious cases. */
void desktop_demo_install (GtkApplication *app);

G_END_DECLS
