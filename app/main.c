/* main.c — tergeu, the desktop application
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tergeu"

#include "config.h"

#include <glib/gi18n.h>

#include "desktop-demo.h"
#include "tg-application.h"
#include "tg-settings.h"
#include "tg-i18n.h"
#include "tg-memory.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(TgApplication) app = NULL;

  tg_application_set_start_time (g_get_monotonic_time ());
  tg_memory_init ();
  tg_settings_apply_language ();
  tg_i18n_init ();
  textdomain (GETTEXT_PACKAGE);

  app = tg_application_new ();
  desktop_demo_install (GTK_APPLICATION (app));
  return g_application_run (G_APPLICATION (app), argc, argv);
}
