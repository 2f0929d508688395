/* tg-case-page-private.h — what tg-case-page*.c share
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tg-case-page.h"
#include "tg-case-document.h"
#include "tg-case-documents.h"
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
/* Applies @action (with @reason) and shows the result. */
void    tg_case_page_transition    (TgCasePage     *self,
                                    TgAction        action,
                                    const char     *reason);
/* Puts back the case as it was before the last save (the toast's Undo). */
gboolean tg_case_page_undo         (TgCasePage     *self,
                                    GError        **error);
gboolean tg_case_page_can_undo     (TgCasePage     *self);

/* tg-case-page-edit.c: employer and accident, validated as typed. */
typedef struct _TgForm TgForm;
void    tg_case_page_class_add_edit_actions (GtkWidgetClass *widget_class);
TgForm *tg_case_page_edit_employer (TgCasePage     *self);
TgForm *tg_case_page_edit_accident (TgCasePage     *self);
/* An ISO date-time with offset from what was typed ("2026-03-14 09:30" is
 * Astana time), or NULL. */
char   *tg_case_page_normalize_datetime (const char *text);

/* tg-case-page-items.c: disputes and information requests. */
void     tg_case_page_class_add_item_actions (GtkWidgetClass *widget_class);
/* Adds @dispute, or replaces the one with its id; one save. */
gboolean tg_case_page_save_dispute (TgCasePage     *self,
                                    TgDispute      *dispute,
                                    GError        **error);
TgForm  *tg_case_page_add_request  (TgCasePage     *self);
TgForm  *tg_case_page_answer_request (TgCasePage   *self,
                                      const char   *id);

/* tg-case-page-documents.c */
void     tg_case_page_class_add_document_actions (GtkWidgetClass *widget_class);
gboolean tg_case_page_attach_file  (TgCasePage     *self,
                                    GFile          *file,
                                    GError        **error);
/* Writes document @id to a private temporary file; its path. */
char    *tg_case_page_write_document (TgCasePage   *self,
                                      const char   *id,
                                      GError      **error);

/* tg-case-page-print.c */
typedef struct _TgPrintPreview TgPrintPreview;
void     tg_case_page_class_add_print_actions (GtkWidgetClass *widget_class);
void     tg_case_page_update_print_actions    (TgCasePage    *self);
TgPrintPreview *tg_case_page_print (TgCasePage     *self,
                                    TgPrintedKind   kind,
                                    const char     *item_id);
void     tg_case_page_check_print_button (TgCasePage    *self,
                                          GtkWidget     *button,
                                          TgPrintedKind  kind,
                                          const char    *item_id,
                                          const char    *tooltip);

G_END_DECLS
