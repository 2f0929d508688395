/* tg-extension.h
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tg-enums.h"

G_BEGIN_DECLS

/* A decision extending an investigation. */
#define TG_TYPE_EXTENSION (tg_extension_get_type ())
G_DECLARE_FINAL_TYPE (TgExtension, tg_extension, TG, EXTENSION, GObject)

TgExtension *tg_extension_new (void);
const char *tg_extension_get_granted    (TgExtension *self);
void        tg_extension_set_granted    (TgExtension *self,
                                         const char  *granted);
const char *tg_extension_get_new_due    (TgExtension *self);
void        tg_extension_set_new_due    (TgExtension *self,
                                         const char  *new_due);
const char *tg_extension_get_granted_by (TgExtension *self);
void        tg_extension_set_granted_by (TgExtension *self,
                                         const char  *granted_by);
const char *tg_extension_get_reason     (TgExtension *self);
void        tg_extension_set_reason     (TgExtension *self,
                                         const char  *reason);
const char *tg_extension_get_order_number (TgExtension *self);
void        tg_extension_set_order_number (TgExtension *self,
                                           const char *order_number);

G_END_DECLS
