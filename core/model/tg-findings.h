/* tg-findings.h
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tg-enums.h"

G_BEGIN_DECLS

/* Findings of an investigation. A list (causes, responsible, violations)
 * with no item is NULL, however it was set. */
#define TG_TYPE_FINDINGS (tg_findings_get_type ())
G_DECLARE_FINAL_TYPE (TgFindings, tg_findings, TG, FINDINGS, GObject)

TgFindings *tg_findings_new (void);
gboolean            tg_findings_get_work_related   (TgFindings         *self);
void                tg_findings_set_work_related   (TgFindings         *self,
                                                    gboolean            work_related);
TgGround            tg_findings_get_ground         (TgFindings         *self);
void                tg_findings_set_ground         (TgFindings         *self,
                                                    TgGround            ground);
const char * const *tg_findings_get_causes         (TgFindings         *self);
void                tg_findings_set_causes         (TgFindings         *self,
                                                    const char * const *causes);
const char * const *tg_findings_get_responsible    (TgFindings         *self);
void                tg_findings_set_responsible    (TgFindings         *self,
                                                    const char * const *responsible);
const char * const *tg_findings_get_violations     (TgFindings         *self);
void                tg_findings_set_violations     (TgFindings         *self,
                                                    const char * const *violations);
int                 tg_findings_get_fault_employer (TgFindings         *self);
void                tg_findings_set_fault_employer (TgFindings         *self,
                                                    int                 fault_employer);
int                 tg_findings_get_fault_employee (TgFindings         *self);
void                tg_findings_set_fault_employee (TgFindings         *self,
                                                    int                 fault_employee);
const char * const *tg_findings_get_measures (TgFindings *self);
void                tg_findings_set_measures (TgFindings *self,
                                              const char * const *measures);
const char *tg_findings_get_dissent (TgFindings *self);
void        tg_findings_set_dissent (TgFindings *self,
                                     const char *dissent);
const char *tg_findings_get_dissent_by (TgFindings *self);
void        tg_findings_set_dissent_by (TgFindings *self,
                                        const char *dissent_by);

/* A measure is written "YYYY-MM-DD: what is to be done" when it has a
 * deadline, else just what is to be done: one string, so that the command
 * line, history and the store take it as any list item. */
char               *tg_findings_measure_join       (const char         *due,
                                                    const char         *text);
/* Its deadline (NULL when none) and its text. */
void                tg_findings_measure_split      (const char         *measure,
                                                    char              **due,
                                                    char              **text);

G_END_DECLS
