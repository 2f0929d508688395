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
#include "tg-window.h"
#include "tg-memory.h"

/* TERGEU_REPORT_STARTUP=1 (build-aux/bench-desktop.sh): the window prints
 * its start-up figures. A benchmark's hook, kept out of the application. */
static void
window_realized_cb (GtkWidget *window)
{
  tg_window_report_startup (TG_WINDOW (window));
}

static void
window_added_cb (GtkApplication *app,
                 GtkWindow      *window)
{
  /* Added as it is built: its figures count from when it is shown. */
  if (TG_IS_WINDOW (window))
    g_signal_connect (window, "realize", G_CALLBACK (window_realized_cb), NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(TgApplication) app = NULL;

  tg_memory_init ();
  tg_settings_apply_language ();
  tg_i18n_init ();
  textdomain (GETTEXT_PACKAGE);

  app = tg_application_new ();
  desktop_demo_install (GTK_APPLICATION (app));
  if (g_strcmp0 (g_getenv ("TERGEU_REPORT_STARTUP"), "1") == 0)
    g_signal_connect (app, "window-added", G_CALLBACK (window_added_cb), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
