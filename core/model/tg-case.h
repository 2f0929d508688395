/* tg-case.h
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tg-enums.h"
#include "tg-employer.h"
#include "tg-investigation.h"

G_BEGIN_DECLS

/* A case's revision is an xs:int in the exchange format. */
#define TG_CASE_MAX_REVISION G_MAXINT32

/* One accident event, possibly with several victims (domain.md §2). */
#define TG_TYPE_CASE (tg_case_get_type ())
G_DECLARE_FINAL_TYPE (TgCase, tg_case, TG, CASE, GObject)

TgCase *tg_case_new (void);
const char      *tg_case_get_id                 (TgCase          *self);
void             tg_case_set_id                 (TgCase          *self,
                                                 const char      *id);
const char      *tg_case_get_number             (TgCase          *self);
void             tg_case_set_number             (TgCase          *self,
                                                 const char      *number);
const char      *tg_case_get_region             (TgCase          *self);
void             tg_case_set_region             (TgCase          *self,
                                                 const char      *region);
gint64           tg_case_get_revision           (TgCase          *self);
void             tg_case_set_revision           (TgCase          *self,
                                                 gint64           revision);
TgState          tg_case_get_state              (TgCase          *self);
void             tg_case_set_state              (TgCase          *self,
                                                 TgState          state);
gboolean         tg_case_get_deleted            (TgCase          *self);
void             tg_case_set_deleted            (TgCase          *self,
                                                 gboolean         deleted);
const char      *tg_case_get_registered_at      (TgCase          *self);
void             tg_case_set_registered_at      (TgCase          *self,
                                                 const char      *registered_at);
TgEmployer      *tg_case_get_employer           (TgCase          *self);
void             tg_case_set_employer           (TgCase          *self,
                                                 TgEmployer      *employer);
const char      *tg_case_get_occurred           (TgCase          *self);
void             tg_case_set_occurred           (TgCase          *self,
                                                 const char      *occurred);
const char      *tg_case_get_reported           (TgCase          *self);
void             tg_case_set_reported           (TgCase          *self,
                                                 const char      *reported);
const char      *tg_case_get_place              (TgCase          *self);
void             tg_case_set_place              (TgCase          *self,
                                                 const char      *place);
const char *tg_case_get_place_kk (TgCase *self);
void        tg_case_set_place_kk (TgCase *self,
                                  const char *place_kk);
const char      *tg_case_get_circumstances      (TgCase          *self);
void             tg_case_set_circumstances      (TgCase          *self,
                                                 const char      *circumstances);
gboolean         tg_case_get_hazardous_facility (TgCase          *self);
void             tg_case_set_hazardous_facility (TgCase          *self,
                                                 gboolean         hazardous_facility);
gboolean         tg_case_get_group_poisoning    (TgCase          *self);
void             tg_case_set_group_poisoning    (TgCase          *self,
                                                 gboolean         group_poisoning);
GListStore      *tg_case_get_victims            (TgCase          *self);
TgInvestigation *tg_case_get_investigation      (TgCase          *self);
void             tg_case_set_investigation      (TgCase          *self,
                                                 TgInvestigation *investigation);
GListStore      *tg_case_get_disputes           (TgCase          *self);
GListStore      *tg_case_get_requests           (TgCase          *self);
GListStore      *tg_case_get_documents          (TgCase          *self);
GListStore      *tg_case_get_history            (TgCase          *self);

G_END_DECLS
