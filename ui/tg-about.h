/* tg-about.h — About Tergeu, in the interface's language
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tg-store.h"

G_BEGIN_DECLS

/* Shows About over @parent: name, version, details, credits and legal,
 * all in Tergeu's own catalogue; the copyright is @store's Committee. */
GtkWindow *tg_about_show       (GtkWindow *parent,
                                TgStore   *store);
/* Who holds the copyright: the Committee's name in the interface's
 * language as Preferences set it, else the authors. */
char      *tg_about_dup_holder (TgStore   *store);

G_END_DECLS
