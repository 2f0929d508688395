/* tg-list-proxy.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The case list model re-queries on a new search, sort or filter and says
 * so as items-changed (0, old, new).  When a row on screen falls in the
 * removed range, GTK's list item manager looks for its item among *all*
 * the added ones by identity (gtk_list_item_manager_model_items_changed_cb
 * in GTK 4.8): it fetches every row of the new result, page by page, which
 * on a million cases takes minutes.  Passed on as two changes — remove,
 * then add — there is nothing to look for, and GTK fetches only the rows
 * it shows.  Both go out before control returns to the main loop, so no
 * frame shows the list empty.
 */
#define G_LOG_DOMAIN "tg-list-proxy"

#include "config.h"

#include "tg-list-proxy.h"

struct _TgListProxy
{
  GObject     parent_instance;

  GListModel *model;
  guint       n_items;   /* what this model has said so far */
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

  /* Between the two halves of a change the model already has its new
   * rows; GTK must not see them before it is told. */
  if (position >= self->n_items)
    return NULL;
  {
    gint64 t0 = g_get_monotonic_time ();
    gpointer item = g_list_model_get_item (self->model, position);
    double ms = (g_get_monotonic_time () - t0) / 1000.0;
    if (ms > 2)
      g_print ("DBG get_item %u %.1f ms\n", position, ms);
    return item;
  }
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = tg_list_proxy_get_item_type;
  iface->get_n_items = tg_list_proxy_get_n_items;
  iface->get_item = tg_list_proxy_get_item;
}

static void
items_changed_cb (TgListProxy *self,
                  guint        position,
                  guint        removed,
                  guint        added,
                  GListModel  *model)
{
  if (removed > 0 && added > 0)
    {
      gint64 t0 = g_get_monotonic_time ();
      self->n_items -= removed;
      g_list_model_items_changed (G_LIST_MODEL (self), position, removed, 0);
      g_print ("DBG remove %.1f ms\n", (g_get_monotonic_time () - t0) / 1000.0);
      removed = 0;
    }
  {
      gint64 t0 = g_get_monotonic_time ();
  self->n_items = self->n_items - removed + added;
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
      g_print ("DBG add %.1f ms\n", (g_get_monotonic_time () - t0) / 1000.0);
  }
}

static void
tg_list_proxy_dispose (GObject *object)
{
  TgListProxy *self = TG_LIST_PROXY (object);

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
tg_list_proxy_new (GListModel *model)
{
  TgListProxy *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);

  self = g_object_new (TG_TYPE_LIST_PROXY, NULL);
  self->model = g_object_ref (model);
  self->n_items = g_list_model_get_n_items (model);
  g_signal_connect_swapped (model, "items-changed", G_CALLBACK (items_changed_cb), self);
  return self;
}
