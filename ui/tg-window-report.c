/* tg-window-report.c — the start-up and search figures build-aux/bench-desktop.sh reads
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A benchmark hook of the window's own, so that the application class
 * does not reach into the window's fields.
 */
#define G_LOG_DOMAIN "tg-window"

#include "config.h"

#include <string.h>
#include <unistd.h>

#include "tg-window-private.h"

/* Resident memory in kB (Linux), 0 if unknown. */
static guint64
resident_kb (void)
{
  g_autofree char *statm = NULL;
  guint64 pages = 0;

  if (g_file_get_contents ("/proc/self/statm", &statm, NULL, NULL))
    {
      char *end;
      g_ascii_strtoull (statm, &end, 10);
      pages = g_ascii_strtoull (end, NULL, 10);
    }
  return pages * (guint64) sysconf (_SC_PAGESIZE) / 1024;
}

/* Milliseconds since the kernel started the process (10 ms resolution). */
static double
ms_since_exec (void)
{
  g_autofree char *stat = NULL;
  g_autofree char *uptime = NULL;
  char *p;
  guint64 start_ticks = 0;

  if (!g_file_get_contents ("/proc/self/stat", &stat, NULL, NULL)
      || !g_file_get_contents ("/proc/uptime", &uptime, NULL, NULL)
      || (p = strrchr (stat, ')')) == NULL)
    return -1;
  /* Field 22 is starttime; after ")" come fields 3… */
  for (int field = 2; field < 22 && p != NULL; field++)
    p = strchr (p + 1, ' ');
  if (p == NULL)
    return -1;
  start_ticks = g_ascii_strtoull (p + 1, NULL, 10);
  return g_ascii_strtod (uptime, NULL) * 1000.0 - start_ticks * 1000.0 / sysconf (_SC_CLK_TCK);
}

static gint64 search_started;
static gboolean list_changed;

static void
list_changed_cb (void)
{
  list_changed = TRUE;
}

/* TERGEU_REPORT_STARTUP=1: one line, which build-aux/bench-desktop.sh
 * parses, then quit.  With TERGEU_REPORT_SEARCH=TEXT, that search is then
 * typed (the entry's handlers run as for a keystroke) and a second line
 * gives the time to the first frame that shows the new list. */
static void
after_paint_cb (GdkFrameClock *clock,
                TgWindow      *window)
{
  const char *search = g_getenv ("TERGEU_REPORT_SEARCH");
  GApplication *app = g_application_get_default ();

  if (search_started == 0)
    {
      g_print ("startup first-frame-ms=%.0f rss-mib=%.0f renderer=%s\n", ms_since_exec (), resident_kb () / 1024.0,
               G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window))));
      if (search != NULL && *search != '\0')
        {
          g_signal_connect_swapped (window->proxy, "items-changed", G_CALLBACK (list_changed_cb), NULL);
          search_started = g_get_monotonic_time ();
          gtk_editable_set_text (GTK_EDITABLE (window->search_entry), search);
          return;
        }
    }
  else if (!list_changed)
    return;   /* the entry's own frame: the list has not changed yet */
  else
    g_print ("search text=\"%s\" list-ms=%.1f cases=%u rss-mib=%.0f\n",
             search, (g_get_monotonic_time () - search_started) / 1000.0,
             g_list_model_get_n_items (G_LIST_MODEL (tg_window_get_model (window))), resident_kb () / 1024.0);
  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, window);
  g_application_quit (app);
}

void
tg_window_report_startup (TgWindow *window)
{
  GdkFrameClock *clock;

  gtk_widget_realize (GTK_WIDGET (window));
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), window);
}
