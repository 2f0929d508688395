/* tg-list-proxy.h — a GListModel that hands a full replacement to GTK in
 * two steps
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TG_TYPE_LIST_PROXY (tg_list_proxy_get_type ())
G_DECLARE_FINAL_TYPE (TgListProxy, tg_list_proxy, TG, LIST_PROXY, GObject)

/* The items of @model, for the list @view: a change is passed on as a
 * removal, then an addition of the first rows; the rest is added after
 * @view's next frame. */
TgListProxy *tg_list_proxy_new (GListModel *model,
                                GtkWidget  *view);

/* Shows @model's items instead. */
void         tg_list_proxy_set_model (TgListProxy *self,
                                      GListModel  *model);

G_END_DECLS
