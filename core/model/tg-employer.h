/* tg-employer.h
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tg-enums.h"

G_BEGIN_DECLS

/* The employer of the victims (domain.md §2). */
#define TG_TYPE_EMPLOYER (tg_employer_get_type ())
G_DECLARE_FINAL_TYPE (TgEmployer, tg_employer, TG, EMPLOYER, GObject)

TgEmployer *tg_employer_new (void);
const char *tg_employer_get_name     (TgEmployer *self);
void        tg_employer_set_name     (TgEmployer *self,
                                      const char *name);
const char *tg_employer_get_bin      (TgEmployer *self);
void        tg_employer_set_bin      (TgEmployer *self,
                                      const char *bin);
const char *tg_employer_get_activity (TgEmployer *self);
void        tg_employer_set_activity (TgEmployer *self,
                                      const char *activity);
const char *tg_employer_get_address  (TgEmployer *self);
void        tg_employer_set_address  (TgEmployer *self,
                                      const char *address);
const char *tg_employer_get_legal_form (TgEmployer *self);
void        tg_employer_set_legal_form (TgEmployer *self,
                                        const char *legal_form);
const char *tg_employer_get_name_kk (TgEmployer *self);
void        tg_employer_set_name_kk (TgEmployer *self,
                                     const char *name_kk);

G_END_DECLS
