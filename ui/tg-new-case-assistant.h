/* tg-new-case-assistant.h — register a reported accident (Ctrl+N)
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tg-store.h"
#include "tg-victim.h"
#include "tg-victim-dialog.h"

G_BEGIN_DECLS

#define TG_TYPE_NEW_CASE_ASSISTANT (tg_new_case_assistant_get_type ())
G_DECLARE_FINAL_TYPE (TgNewCaseAssistant, tg_new_case_assistant, TG, NEW_CASE_ASSISTANT, AdwWindow)

/* Emits "created" (const char *case_id) after the case is in the store. */
TgNewCaseAssistant *tg_new_case_assistant_new (TgStore *store);

/* The case the fields describe now (for the live classification and the
 * tests); NULL with @error when a field is wrong. */
TgCase   *tg_new_case_assistant_build_case (TgNewCaseAssistant  *self,
                                            GError             **error);
/* Builds the case and registers it with tg_store_create_case. */
gboolean  tg_new_case_assistant_create     (TgNewCaseAssistant  *self,
                                            GError             **error);
/* The live "Group accident, 4 deaths → …" line. */
const char *tg_new_case_assistant_get_classification (TgNewCaseAssistant *self);
/* Fills fields, for tests and for "fill from an earlier case". */
void      tg_new_case_assistant_set_field  (TgNewCaseAssistant  *self,
                                            const char          *field,
                                            const char          *value);
/* Adds a victim as the victims step does. */
void      tg_new_case_assistant_add_victim (TgNewCaseAssistant  *self,
                                            TgVictim            *victim);
guint     tg_new_case_assistant_get_n_victims (TgNewCaseAssistant *self);
/* Opens the victim dialog on the victim at @position (from 1; 0: a new
 * one); what it saves takes that victim's place. */
TgVictimDialog *tg_new_case_assistant_edit_victim (TgNewCaseAssistant *self,
                                                   guint               position);
/* Removes the victim at @position (from 0), with Undo in a toast. */
void      tg_new_case_assistant_remove_victim (TgNewCaseAssistant *self,
                                               guint               position);
/* Whether anything was typed beyond what a fresh assistant shows. */
gboolean  tg_new_case_assistant_is_changed (TgNewCaseAssistant  *self);
/* The question Cancel and Escape ask when something was typed: Keep
 * Editing, Discard, or Keep as Draft (the default). */
GtkWidget *tg_new_case_assistant_ask_close (TgNewCaseAssistant  *self);
/* Empties every field and forgets the draft. */
void      tg_new_case_assistant_clear      (TgNewCaseAssistant  *self);
/* Where the draft of the case being typed is kept between windows. */
char     *tg_new_case_assistant_draft_path (void);

G_END_DECLS
