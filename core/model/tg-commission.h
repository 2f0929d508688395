/* tg-commission.h
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tg-enums.h"

G_BEGIN_DECLS

/* An investigating commission; order number and date when the Committee appoints it. */
#define TG_TYPE_COMMISSION (tg_commission_get_type ())
G_DECLARE_FINAL_TYPE (TgCommission, tg_commission, TG, COMMISSION, GObject)

TgCommission *tg_commission_new (void);
const char *tg_commission_get_order_number (TgCommission *self);
void        tg_commission_set_order_number (TgCommission *self,
                                            const char   *order_number);
const char *tg_commission_get_order_date   (TgCommission *self);
void        tg_commission_set_order_date   (TgCommission *self,
                                            const char   *order_date);
GListStore *tg_commission_get_members      (TgCommission *self);

G_END_DECLS
