/* tg-window-live.c — the window follows what other desks write
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Another window, tergeu-cli (a script's import) or an import thread
 * writes through a connection of its own. Once a second, while the
 * window is on screen, it asks the store whether anyone else committed
 * (tg_store_poll_changes: one cached PRAGMA) and, if so, shows what is
 * stored now the way it does after its own commands: counts, list,
 * dashboard, and the open case. Open forms keep what was typed: they
 * remember the revision they were opened at, and the command layer
 * refuses to save over someone else's change.
 */
#define G_LOG_DOMAIN "tg-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-history-entry.h"
#include "tg-window-private.h"

#define POLL_INTERVAL_S 1

static void
live_toast_dismissed_cb (AdwToast *toast,
                         TgWindow *self)
{
  if (self->live_toast == toast)
    self->live_toast = NULL;
}

static void
list_toast_dismissed_cb (AdwToast *toast,
                         TgWindow *self)
{
  if (self->list_toast == toast)
    self->list_toast = NULL;
}

/* One toast however often the case changes: a later change retitles it. */
static void
say_changed (TgWindow   *self,
             const char *message)
{
  if (self->live_toast != NULL)
    {
      adw_toast_set_title (self->live_toast, message);
      return;
    }
  self->live_toast = adw_toast_new (message);
  adw_toast_set_timeout (self->live_toast, 6);
  g_signal_connect_object (self->live_toast, "dismissed", G_CALLBACK (live_toast_dismissed_cb),
                           self, 0);
  tg_window_add_toast (self, self->live_toast);
}

static const char *
last_actor (TgCase *kase)
{
  GListModel *history = G_LIST_MODEL (tg_case_get_history (kase));
  guint n = g_list_model_get_n_items (history);
  g_autoptr(TgHistoryEntry) last = n > 0 ? g_list_model_get_item (history, n - 1) : NULL;

  /* The entry goes with this call; the case's own reference keeps it. */
  return last != NULL ? tg_history_entry_get_actor (last) : NULL;
}

static gboolean
same_stored (TgCase *shown,
             TgCase *stored)
{
  return tg_case_get_revision (shown) == tg_case_get_revision (stored) &&
         g_list_model_get_n_items (G_LIST_MODEL (tg_case_get_history (shown))) ==
           g_list_model_get_n_items (G_LIST_MODEL (tg_case_get_history (stored)));
}

/* The open case as stored now, said when it is on screen. */
static void
refresh_open_case (TgWindow *self)
{
  TgCase *shown = tg_case_page_get_case (self->case_page);
  gboolean visible = g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "case") == 0;
  g_autoptr(TgCase) stored = NULL;
  g_autoptr(GError) error = NULL;
  const char *actor;
  g_autofree char *message = NULL;

  if (shown == NULL)
    return;
  stored = tg_store_load_case (self->store, tg_case_get_id (shown), &error);
  if (stored == NULL)
    {
      if (visible)
        say_changed (self, error->message);
      return;
    }
  if (same_stored (shown, stored))
    return;
  tg_case_page_set_case (self->case_page, self->store, stored);
  if (!visible)
    return;
  actor = last_actor (stored);
  if (actor != NULL && *actor != '\0')
    /* Translators: a toast over a case that someone else just changed;
     * %s is who (a login name). */
    message = g_strdup_printf (_("Changed on another desk by %s"), actor);
  else
    message = g_strdup (_("Changed on another desk"));
  say_changed (self, message);
}

static void
show_changes_cb (AdwToast *toast,
                 TgWindow *self)
{
  tg_window_reload (self);
}

/* The list is reloaded where that moves nothing under the user's eyes: at
 * its top, or out of sight.  Scrolled down (a script importing for
 * minutes would otherwise send it to the top every second), it stays as
 * it is, and a toast offers the new rows. */
static void
reload_live (TgWindow *self)
{
  GtkAdjustment *v = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->column_view));
  gboolean list_shown = g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "list") == 0;

  if (!list_shown || v == NULL || gtk_adjustment_get_value (v) <= 0)
    {
      tg_window_reload (self);
      return;
    }
  tg_window_refresh_around_list (self);
  if (self->list_toast == NULL)
    {
      self->list_toast = adw_toast_new (_("Cases were changed on another desk"));
      /* Translators: the button of that toast, which reloads the list */
      adw_toast_set_button_label (self->list_toast, _("Show"));
      adw_toast_set_timeout (self->list_toast, 0);
      g_signal_connect_object (self->list_toast, "button-clicked", G_CALLBACK (show_changes_cb), self, 0);
      g_signal_connect_object (self->list_toast, "dismissed", G_CALLBACK (list_toast_dismissed_cb), self, 0);
      tg_window_add_toast (self, self->list_toast);
    }
}

static gboolean
poll_cb (gpointer data)
{
  TgWindow *self = data;
  g_autoptr(GError) error = NULL;

  if (tg_store_poll_changes (self->store, &error))
    {
      reload_live (self);
      refresh_open_case (self);
    }
  else if (error != NULL)
    g_debug ("Cannot ask the database for changes: %s", error->message);
  return G_SOURCE_CONTINUE;
}

void
tg_window_live_start (TgWindow *self)
{
  if (self->poll_source != 0 || self->store == NULL)
    return;
  /* What was written while the window was hidden shows at the first tick. */
  self->poll_source = g_timeout_add_seconds (POLL_INTERVAL_S, poll_cb, self);
  g_source_set_name_by_id (self->poll_source, "[tergeu] poll changes");
}

void
tg_window_live_stop (TgWindow *self)
{
  g_clear_handle_id (&self->poll_source, g_source_remove);
}
