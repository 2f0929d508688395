/* tg-window-actions.c — win.* actions
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-new-case-assistant.h"
#include "tg-window-private.h"

static void
case_created_cb (TgWindow   *self,
                 const char *id)
{
  tg_window_reload (self);
  tg_window_open_case (self, id);
}

static void
new_case_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  TgWindow *self = TG_WINDOW (widget);
  TgNewCaseAssistant *assistant = tg_new_case_assistant_new (self->store);

  gtk_window_set_transient_for (GTK_WINDOW (assistant), GTK_WINDOW (self));
  g_signal_connect_object (assistant, "created", G_CALLBACK (case_created_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (assistant));
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TgWindow *self = TG_WINDOW (widget);

  gtk_stack_set_visible_child_name (self->content_stack, "list");
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Back to the list of the view last shown; the sidebar says which. */
static void
show_list_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  TgWindow *self = TG_WINDOW (widget);

  gtk_list_box_select_row (self->sidebar, gtk_list_box_get_row_at_index (self->sidebar, self->view));
  gtk_stack_set_visible_child_name (self->content_stack, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

/* Where the window is too narrow for both, back from a page to the views. */
static void
show_sidebar_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TgWindow *self = TG_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_widget_grab_focus (GTK_WIDGET (self->sidebar));
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  tg_window_reload (TG_WINDOW (widget));
}

static void
open_case_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  tg_window_open_case (TG_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

/* A region of the dashboard: its cases needing action (urgent) or all of
 * them, in the list filtered to it ("" for every region). */
static void
show_region_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TgWindow *self = TG_WINDOW (widget);
  const char *code;
  gboolean urgent;

  g_variant_get (parameter, "(&sb)", &code, &urgent);
  tg_window_set_region (self, *code != '\0' ? code : NULL);
  tg_window_set_view (self, urgent ? TG_VIEW_NEEDS_ACTION : TG_VIEW_ALL);
  gtk_stack_set_visible_child_name (self->content_stack, "list");
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

/* What a child or the program has to say, in the window's overlay. */
static void
toast_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  AdwToast *toast = adw_toast_new (g_variant_get_string (parameter, NULL));

  adw_toast_set_timeout (toast, 6);
  tg_window_add_toast (TG_WINDOW (widget), toast);
}

void
tg_window_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open-case", "s", open_case_action);
  gtk_widget_class_install_action (widget_class, "win.new-case", NULL, new_case_action);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "win.show-list", NULL, show_list_action);
  gtk_widget_class_install_action (widget_class, "win.show-sidebar", NULL, show_sidebar_action);
  gtk_widget_class_install_action (widget_class, "win.show-region", "(sb)", show_region_action);
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "win.toast", "s", toast_action);
  tg_window_class_add_exchange_actions (widget_class);
}
