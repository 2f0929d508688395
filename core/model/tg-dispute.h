/* tg-dispute.h
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tg-enums.h"

G_BEGIN_DECLS

/* A disagreement about an investigation, its act or registration (domain.md §4). */
#define TG_TYPE_DISPUTE (tg_dispute_get_type ())
G_DECLARE_FINAL_TYPE (TgDispute, tg_dispute, TG, DISPUTE, GObject)

TgDispute *tg_dispute_new (void);
const char       *tg_dispute_get_id            (TgDispute        *self);
void              tg_dispute_set_id            (TgDispute        *self,
                                                const char       *id);
TgParty           tg_dispute_get_filed_by      (TgDispute        *self);
void              tg_dispute_set_filed_by      (TgDispute        *self,
                                                TgParty           filed_by);
TgDisputeSubject  tg_dispute_get_subject       (TgDispute        *self);
void              tg_dispute_set_subject       (TgDispute        *self,
                                                TgDisputeSubject  subject);
const char       *tg_dispute_get_filed         (TgDispute        *self);
void              tg_dispute_set_filed         (TgDispute        *self,
                                                const char       *filed);
TgDisputeStatus   tg_dispute_get_status        (TgDispute        *self);
void              tg_dispute_set_status        (TgDispute        *self,
                                                TgDisputeStatus   status);
const char       *tg_dispute_get_due           (TgDispute        *self);
void              tg_dispute_set_due           (TgDispute        *self,
                                                const char       *due);
const char       *tg_dispute_get_claim         (TgDispute        *self);
void              tg_dispute_set_claim         (TgDispute        *self,
                                                const char       *claim);
GListStore       *tg_dispute_get_positions     (TgDispute        *self);
TgOutcome         tg_dispute_get_outcome       (TgDispute        *self);
void              tg_dispute_set_outcome       (TgDispute        *self,
                                                TgOutcome         outcome);
const char       *tg_dispute_get_decided_on    (TgDispute        *self);
void              tg_dispute_set_decided_on    (TgDispute        *self,
                                                const char       *decided_on);
const char       *tg_dispute_get_decided_by    (TgDispute        *self);
void              tg_dispute_set_decided_by    (TgDispute        *self,
                                                const char       *decided_by);
const char       *tg_dispute_get_reasoning     (TgDispute        *self);
void              tg_dispute_set_reasoning     (TgDispute        *self,
                                                const char       *reasoning);
const char       *tg_dispute_get_appeal_court  (TgDispute        *self);
void              tg_dispute_set_appeal_court  (TgDispute        *self,
                                                const char       *appeal_court);
const char       *tg_dispute_get_appeal_filed  (TgDispute        *self);
void              tg_dispute_set_appeal_filed  (TgDispute        *self,
                                                const char       *appeal_filed);
const char       *tg_dispute_get_appeal_result (TgDispute        *self);
void              tg_dispute_set_appeal_result (TgDispute        *self,
                                                const char       *appeal_result);
const char *tg_dispute_get_number (TgDispute *self);
void        tg_dispute_set_number (TgDispute *self,
                                   const char *number);
const char *tg_dispute_get_applicant (TgDispute *self);
void        tg_dispute_set_applicant (TgDispute *self,
                                      const char *applicant);
const char *tg_dispute_get_victim (TgDispute *self);
void        tg_dispute_set_victim (TgDispute *self,
                                   const char *victim);

G_END_DECLS
