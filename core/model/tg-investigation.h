/* tg-investigation.h
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tg-enums.h"
#include "tg-commission.h"
#include "tg-findings.h"

G_BEGIN_DECLS

/* The investigation of a case. */
#define TG_TYPE_INVESTIGATION (tg_investigation_get_type ())
G_DECLARE_FINAL_TYPE (TgInvestigation, tg_investigation, TG, INVESTIGATION, GObject)

TgInvestigation *tg_investigation_new (void);
TgBody        tg_investigation_get_body       (TgInvestigation *self);
void          tg_investigation_set_body       (TgInvestigation *self,
                                               TgBody           body);
TgCommission *tg_investigation_get_commission (TgInvestigation *self);
void          tg_investigation_set_commission (TgInvestigation *self,
                                               TgCommission    *commission);
const char   *tg_investigation_get_started    (TgInvestigation *self);
void          tg_investigation_set_started    (TgInvestigation *self,
                                               const char      *started);
const char   *tg_investigation_get_due        (TgInvestigation *self);
void          tg_investigation_set_due        (TgInvestigation *self,
                                               const char      *due);
GListStore   *tg_investigation_get_extensions (TgInvestigation *self);
TgFindings   *tg_investigation_get_findings   (TgInvestigation *self);
void          tg_investigation_set_findings   (TgInvestigation *self,
                                               TgFindings      *findings);
const char   *tg_investigation_get_act_number (TgInvestigation *self);
void          tg_investigation_set_act_number (TgInvestigation *self,
                                               const char      *act_number);
const char   *tg_investigation_get_act_date   (TgInvestigation *self);
void          tg_investigation_set_act_date   (TgInvestigation *self,
                                               const char      *act_date);

G_END_DECLS
