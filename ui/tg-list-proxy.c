/* tg-list-proxy.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The case list model re-queries on a new search, sort or filter and says
 * so as items-changed (0, old, new).  GTK 4.8 handles that badly twice:
 *
 * - When a row on screen falls in the removed range, the list item
 *   manager looks for its item among *all* the added ones by identity
 *   (gtk_list_item_manager_model_items_changed_cb): it fetches every row
 *   of the new result, page by page — 51 s for 36 000 matches.  Passed on
 *   as a removal, then an addition, there is nothing to look for.
 * - It then builds rows for up to 200 items around the top (the list
 *   view's widget budget), each with eight cells to set up, bind and
 *   measure, before the first frame of the new list.  So the first
 *   FIRST_ROWS rows (more than a maximised window shows) are announced at
 *   once, the rest once that frame is painted (an idle alone could run
 *   first, while the frame clock waits for its time).
 *
 * Both emissions go out before control returns to the main loop, so no
 * frame shows the list empty.  Every change of the model is treated as a
 * replacement of all its items: that is the only change the case list
 * model makes.
 */
#define G_LOG_DOMAIN "tg-list-proxy"

#include "config.h"

#include <gtk/gtk.h>

#include "tg-list-proxy.h"

#define FIRST_ROWS 48

struct _TgListProxy
{
  GObject     parent_instance;

  GListModel *model;
  guint       n_items;   /* announced so far: the model's first n_items */
  guint       idle_id;   /* announcing the rest */
  GtkWidget  *view;      /* weak: whose frames to wait for */
  GdkFrameClock *clock;  /* connected to, while waiting */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TgListProxy, tg_list_proxy, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
tg_list_proxy_get_item_type (GListModel *list)
{
  return g_list_model_get_item_type (TG_LIST_PROXY (list)->model);
}

static guint
tg_list_proxy_get_n_items (GListModel *list)
{
  return TG_LIST_PROXY (list)->n_items;
}

static gpointer
tg_list_proxy_get_item (GListModel *list,
                        guint       position)
{
  TgListProxy *self = TG_LIST_PROXY (list);

  /* GTK must not see rows it has not been told of. */
  if (position >= self->n_items)
    return NULL;
  return g_list_model_get_item (self->model, position);
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = tg_list_proxy_get_item_type;
  iface->get_n_items = tg_list_proxy_get_n_items;
  iface->get_item = tg_list_proxy_get_item;
}

static gboolean
announce_rest (gpointer data)
{
  TgListProxy *self = data;
  guint n = self->n_items;
  guint total = g_list_model_get_n_items (self->model);

  self->idle_id = 0;
  if (total > n)
    {
      self->n_items = total;
      g_list_model_items_changed (G_LIST_MODEL (self), n, 0, total - n);
    }
  return G_SOURCE_REMOVE;
}

static void
disconnect_clock (TgListProxy *self)
{
  if (self->clock != NULL)
    g_signal_handlers_disconnect_by_data (self->clock, self);
  g_clear_object (&self->clock);
}

static void
after_paint_cb (GdkFrameClock *clock,
                TgListProxy   *self)
{
  disconnect_clock (self);
  if (self->idle_id == 0)
    self->idle_id = g_idle_add_full (G_PRIORITY_LOW, announce_rest, self, NULL);
}

/* After the next frame, or when idle if nothing is on screen. */
static void
schedule_rest (TgListProxy *self)
{
  GdkFrameClock *clock = self->view != NULL ? gtk_widget_get_frame_clock (self->view) : NULL;

  if (self->idle_id != 0 || self->clock != NULL)
    return;
  if (clock == NULL || !gtk_widget_get_mapped (self->view))
    {
      self->idle_id = g_idle_add_full (G_PRIORITY_LOW, announce_rest, self, NULL);
      return;
    }
  self->clock = g_object_ref (clock);
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), self);
  gtk_widget_queue_draw (self->view);
}

static void
items_changed_cb (TgListProxy *self,
                  guint        position,
                  guint        removed,
                  guint        added,
                  GListModel  *model)
{
  guint old = self->n_items;
  guint total = g_list_model_get_n_items (model);

  self->n_items = 0;
  if (old > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old, 0);
  self->n_items = MIN (total, FIRST_ROWS);
  if (self->n_items > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, 0, self->n_items);
  if (total > self->n_items)
    schedule_rest (self);
}

void
tg_list_proxy_set_model (TgListProxy *self,
                         GListModel  *model)
{
  g_return_if_fail (TG_IS_LIST_PROXY (self));
  g_return_if_fail (G_IS_LIST_MODEL (model));

  g_signal_handlers_disconnect_by_func (self->model, items_changed_cb, self);
  g_set_object (&self->model, model);
  g_signal_connect_swapped (model, "items-changed", G_CALLBACK (items_changed_cb), self);
  items_changed_cb (self, 0, 0, g_list_model_get_n_items (model), model);
}

static void
tg_list_proxy_dispose (GObject *object)
{
  TgListProxy *self = TG_LIST_PROXY (object);

  g_clear_handle_id (&self->idle_id, g_source_remove);
  disconnect_clock (self);
  g_clear_weak_pointer (&self->view);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, items_changed_cb, self);
  g_clear_object (&self->model);
  G_OBJECT_CLASS (tg_list_proxy_parent_class)->dispose (object);
}

static void
tg_list_proxy_class_init (TgListProxyClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = tg_list_proxy_dispose;
}

static void
tg_list_proxy_init (TgListProxy *self)
{
}

TgListProxy *
tg_list_proxy_new (GListModel *model,
                   GtkWidget  *view)
{
  TgListProxy *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);
  g_return_val_if_fail (GTK_IS_WIDGET (view), NULL);

  self = g_object_new (TG_TYPE_LIST_PROXY, NULL);
  self->model = g_object_ref (model);
  g_set_weak_pointer (&self->view, view);
  g_signal_connect_swapped (model, "items-changed", G_CALLBACK (items_changed_cb), self);
  /* The first window too: announced like any change. */
  items_changed_cb (self, 0, 0, g_list_model_get_n_items (model), model);
  return self;
}
