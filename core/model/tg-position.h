/* tg-position.h
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tg-enums.h"

G_BEGIN_DECLS

/* A party's position in a dispute. */
#define TG_TYPE_POSITION (tg_position_get_type ())
G_DECLARE_FINAL_TYPE (TgPosition, tg_position, TG, POSITION, GObject)

TgPosition *tg_position_new (void);
const char *tg_position_get_party (TgPosition *self);
void        tg_position_set_party (TgPosition *self,
                                   const char *party);
const char *tg_position_get_text  (TgPosition *self);
void        tg_position_set_text  (TgPosition *self,
                                   const char *text);

G_END_DECLS
