/* tg-settings.h
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The application's settings (kz.gov.enbek.Tergeu), installed or, run from
 * the build tree, the schema compiled there. */
GSettings *tg_settings_new            (void);
/* Sets LANGUAGE from the "language" setting, before anything is translated. */
void       tg_settings_apply_language (void);

G_END_DECLS
