/* tg-case-page-private.h — what tg-case-page*.c share
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tg-case-page.h"
#include "tg-case-document.h"
#include "tg-dates.h"
#include "tg-dispute.h"
#include "tg-extension.h"
#include "tg-history-entry.h"
#include "tg-info-request.h"
#include "tg-member.h"
#include "tg-victim.h"

G_BEGIN_DECLS

struct _TgCasePage
{
  GtkBox          parent_instance;

  TgStore        *store;
  TgCase         *kase;
  TgCase         *undo;                     /* the case before the last edit */
  GtkWidget      *buttons[TG_N_ACTIONS];    /* per TgAction */

  /* template */
  AdwWindowTitle *title;
  GtkBox         *transitions_box;
  GtkBox         *sections;
};

/* tg-case-page-sections.c: rebuilds the groups from self->kase. */
void tg_case_page_build_sections   (TgCasePage     *self);
/* tg-case-page-actions.c */
void tg_case_page_class_add_actions (GtkWidgetClass *widget_class);
void tg_case_page_add_transition_buttons (TgCasePage *self);
void tg_case_page_update_actions   (TgCasePage     *self);
/* Shows @message in the window's toast overlay. */
void tg_case_page_toast            (TgCasePage     *self,
                                    const char     *message);
/* A working copy of the page's case for an edit. */
TgCase *tg_case_page_copy_case     (TgCasePage     *self);

G_END_DECLS
