/* tg-application.h — the desktop application
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tg-store.h"

G_BEGIN_DECLS

#define TG_TYPE_APPLICATION (tg_application_get_type ())
G_DECLARE_FINAL_TYPE (TgApplication, tg_application, TG, APPLICATION, AdwApplication)

TgApplication *tg_application_new             (void);
/* The application's GSettings, found installed or in the build tree. */
/* Sets LANGUAGE from the "language" setting; call before any _(). */
/* Registers the UI resources (once). */
void           tg_application_register_resources (void);

G_END_DECLS
