/* tg-victim.h
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tg-enums.h"

G_BEGIN_DECLS

/* A person injured in the accident. */
#define TG_TYPE_VICTIM (tg_victim_get_type ())
G_DECLARE_FINAL_TYPE (TgVictim, tg_victim, TG, VICTIM, GObject)

TgVictim *tg_victim_new (void);
const char *tg_victim_get_id         (TgVictim   *self);
void        tg_victim_set_id         (TgVictim   *self,
                                      const char *id);
const char *tg_victim_get_full_name  (TgVictim   *self);
void        tg_victim_set_full_name  (TgVictim   *self,
                                      const char *full_name);
const char *tg_victim_get_iin        (TgVictim   *self);
void        tg_victim_set_iin        (TgVictim   *self,
                                      const char *iin);
const char *tg_victim_get_birth_date (TgVictim   *self);
void        tg_victim_set_birth_date (TgVictim   *self,
                                      const char *birth_date);
TgSex       tg_victim_get_sex        (TgVictim   *self);
void        tg_victim_set_sex        (TgVictim   *self,
                                      TgSex       sex);
const char *tg_victim_get_occupation (TgVictim   *self);
void        tg_victim_set_occupation (TgVictim   *self,
                                      const char *occupation);
const char *tg_victim_get_injury     (TgVictim   *self);
void        tg_victim_set_injury     (TgVictim   *self,
                                      const char *injury);
TgSeverity  tg_victim_get_severity   (TgVictim   *self);
void        tg_victim_set_severity   (TgVictim   *self,
                                      TgSeverity  severity);
const char *tg_victim_get_died_on    (TgVictim   *self);
void        tg_victim_set_died_on    (TgVictim   *self,
                                      const char *died_on);
int         tg_victim_get_experience_months (TgVictim *self);
void        tg_victim_set_experience_months (TgVictim *self,
                                             int experience_months);
const char *tg_victim_get_briefed_on (TgVictim *self);
void        tg_victim_set_briefed_on (TgVictim *self,
                                      const char *briefed_on);
const char *tg_victim_get_trained_on (TgVictim *self);
void        tg_victim_set_trained_on (TgVictim *self,
                                      const char *trained_on);

G_END_DECLS
