/* tg-notifications.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-notifications"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "tg-dates.h"
#include "tg-deadline.h"
#include "tg-notifications.h"
#include "tg-oversight.h"

/* After the first frame, so that start-up does not wait for it. */
#define DELAY_SECONDS 3
/* More than this many: one summary instead of a notification each. */
#define MAX_SINGLE 5

GPtrArray *
tg_notifications_collect (TgStore     *store,
                          const GDate *today,
                          const char  *state_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) items = tg_oversight_due_soon (store, today, &error);
  g_autoptr(GKeyFile) state = g_key_file_new ();
  g_autofree char *day = tg_date_format_iso (today);
  g_autofree char *dir = g_path_get_dirname (state_path);
  g_auto(GStrv) groups = NULL;
  GPtrArray *fresh = g_ptr_array_new_with_free_func (g_object_unref);

  if (items == NULL)
    {
      g_warning ("No deadline reminders: %s", error->message);
      return fresh;
    }
  g_key_file_load_from_file (state, state_path, G_KEY_FILE_NONE, NULL);
  /* Only today's list is kept. */
  groups = g_key_file_get_groups (state, NULL);
  for (guint i = 0; groups[i] != NULL; i++)
    if (!g_str_equal (groups[i], day))
      g_key_file_remove_group (state, groups[i], NULL);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(TgOversightItem) item = g_list_model_get_item (items, i);

      if (g_key_file_has_key (state, day, item->case_id, NULL))
        continue;
      g_key_file_set_boolean (state, day, item->case_id, TRUE);
      g_ptr_array_add (fresh, g_steal_pointer (&item));
    }
  g_mkdir_with_parents (dir, 0700);
  if (!g_key_file_save_to_file (state, state_path, &error))
    g_warning ("Cannot remember the reminders sent: %s", error->message);
  return fresh;
}

static void
send (GtkApplication *app,
      GPtrArray      *items)
{
  if (items->len > MAX_SINGLE)
    {
      g_autoptr(GNotification) n = g_notification_new (_("Deadlines"));
      g_autofree char *body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u case is overdue or due by tomorrow.",
                                                            "%u cases are overdue or due by tomorrow.",
                                                            items->len), items->len);

      g_notification_set_body (n, body);
      g_notification_set_default_action_and_target (n, "app.show-view", "u", 1);
      g_application_send_notification (G_APPLICATION (app), "deadlines", n);
      return;
    }
  for (guint i = 0; i < items->len; i++)
    {
      TgOversightItem *item = g_ptr_array_index (items, i);
      g_autofree char *when = tg_oversight_item_describe (item);
      g_autofree char *title = g_strdup_printf (_("Case %s: %s"), item->number, when);
      g_autoptr(GNotification) n = g_notification_new (title);
      g_autofree char *id = g_strconcat ("case-", item->case_id, NULL);

      g_notification_set_body (n, item->employer);
      g_notification_set_priority (n, item->days_overdue > 0 ? G_NOTIFICATION_PRIORITY_HIGH
                                                             : G_NOTIFICATION_PRIORITY_NORMAL);
      g_notification_set_default_action_and_target (n, "app.open-case", "s", item->case_id);
      g_application_send_notification (G_APPLICATION (app), id, n);
    }
}

typedef struct
{
  GtkApplication *app;
  TgStore        *store;
} Pending;

static gboolean
notify_cb (gpointer data)
{
  Pending *p = data;
  g_autofree char *path = g_build_filename (g_get_user_state_dir (), "tergeu", "notified.ini", NULL);
  g_autoptr(GPtrArray) items = NULL;
  GDate today;

  tg_deadline_today (&today);
  items = tg_notifications_collect (p->store, &today, path);
  if (items->len > 0)
    send (p->app, items);
  return G_SOURCE_REMOVE;
}

static void
pending_free (gpointer data)
{
  Pending *p = data;

  g_object_unref (p->app);
  g_object_unref (p->store);
  g_free (p);
}

void
tg_notifications_start (GtkApplication *app,
                        TgStore        *store)
{
  Pending *p = g_new0 (Pending, 1);

  p->app = g_object_ref (app);
  p->store = g_object_ref (store);
  g_timeout_add_seconds_full (G_PRIORITY_LOW, DELAY_SECONDS, notify_cb, p, pending_free);
}
