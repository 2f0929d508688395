/* tg-member.h
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tg-enums.h"

G_BEGIN_DECLS

/* A member of an investigating commission. */
#define TG_TYPE_MEMBER (tg_member_get_type ())
G_DECLARE_FINAL_TYPE (TgMember, tg_member, TG, MEMBER, GObject)

TgMember *tg_member_new (void);
TgRole      tg_member_get_role         (TgMember   *self);
void        tg_member_set_role         (TgMember   *self,
                                        TgRole      role);
const char *tg_member_get_full_name    (TgMember   *self);
void        tg_member_set_full_name    (TgMember   *self,
                                        const char *full_name);
const char *tg_member_get_position     (TgMember   *self);
void        tg_member_set_position     (TgMember   *self,
                                        const char *position);
const char *tg_member_get_organization (TgMember   *self);
void        tg_member_set_organization (TgMember   *self,
                                        const char *organization);
const char *tg_member_get_position_kk (TgMember *self);
void        tg_member_set_position_kk (TgMember *self,
                                       const char *position_kk);
const char *tg_member_get_organization_kk (TgMember *self);
void        tg_member_set_organization_kk (TgMember *self,
                                           const char *organization_kk);

G_END_DECLS
