/* tg-info-request.h
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tg-enums.h"

G_BEGIN_DECLS

/* A request for information or documents (domain.md §1, function 5). */
#define TG_TYPE_INFO_REQUEST (tg_info_request_get_type ())
G_DECLARE_FINAL_TYPE (TgInfoRequest, tg_info_request, TG, INFO_REQUEST, GObject)

TgInfoRequest *tg_info_request_new (void);
const char *tg_info_request_get_id        (TgInfoRequest *self);
void        tg_info_request_set_id        (TgInfoRequest *self,
                                           const char    *id);
const char *tg_info_request_get_addressee (TgInfoRequest *self);
void        tg_info_request_set_addressee (TgInfoRequest *self,
                                           const char    *addressee);
const char *tg_info_request_get_subject   (TgInfoRequest *self);
void        tg_info_request_set_subject   (TgInfoRequest *self,
                                           const char    *subject);
const char *tg_info_request_get_sent      (TgInfoRequest *self);
void        tg_info_request_set_sent      (TgInfoRequest *self,
                                           const char    *sent);
const char *tg_info_request_get_due       (TgInfoRequest *self);
void        tg_info_request_set_due       (TgInfoRequest *self,
                                           const char    *due);
const char *tg_info_request_get_answered  (TgInfoRequest *self);
void        tg_info_request_set_answered  (TgInfoRequest *self,
                                           const char    *answered);
const char *tg_info_request_get_answer    (TgInfoRequest *self);
void        tg_info_request_set_answer    (TgInfoRequest *self,
                                           const char    *answer);
gboolean    tg_info_request_get_blocking  (TgInfoRequest *self);
void        tg_info_request_set_blocking  (TgInfoRequest *self,
                                           gboolean       blocking);
const char *tg_info_request_get_addressee_kk (TgInfoRequest *self);
void        tg_info_request_set_addressee_kk (TgInfoRequest *self,
                                              const char *addressee_kk);
const char *tg_info_request_get_number (TgInfoRequest *self);
void        tg_info_request_set_number (TgInfoRequest *self,
                                        const char *number);

G_END_DECLS
