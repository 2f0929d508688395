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
#include "tg-dispute-dialog.h"
#include "tg-form.h"
#include "tg-victim-dialog.h"

G_BEGIN_DECLS

struct _TgCasePage
{
  GtkBox          parent_instance;

  TgStore        *store;
  TgCase         *kase;
  /* The toast's Undo: the command and parameters that put back what the
   * last edit changed, at the revision that edit made. */
  char           *undo_name;
  GVariant       *undo_params;
  gint64          undo_revision;
  GtkWidget      *buttons[TG_N_ACTIONS];    /* per TgAction */
  GtkWidget      *review_button;
  GtkWidget      *act_button;

  /* template */
  AdwWindowTitle *title;
  GtkFlowBox     *transitions_box;
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
/* The revision the page shows: a form remembers it when it opens. */
gint64   tg_case_page_get_revision (TgCasePage     *self);
/* Runs the command @name with @params (a{sv}, floating or not; NULL for
 * none) on the page's case as @revision showed it. On success the page
 * shows the case as stored and a toast says what happened: @done, the
 * new state, or "Nothing changed" when the command changed nothing.
 * @undo (a{sv}, or NULL) are parameters of the same command that put back
 * what this one changed: the toast offers them as Undo. FALSE with @error
 * set: refused, nothing changed, and the caller keeps what was typed. */
gboolean tg_case_page_run          (TgCasePage     *self,
                                    gint64          revision,
                                    const char     *name,
                                    GVariant       *params,
                                    const char     *done,
                                    GVariant       *undo,
                                    GError        **error);
/* Runs the toast's Undo: the inverse command of the last edit. */
gboolean tg_case_page_undo         (TgCasePage     *self,
                                    GError        **error);
gboolean tg_case_page_can_undo     (TgCasePage     *self);
/* Says what @name will do (@body) and runs it on @button (returns the
 * AdwMessageDialog). */
GtkWidget *tg_case_page_confirm    (TgCasePage     *self,
                                    const char     *name,
                                    const char     *heading,
                                    const char     *body,
                                    const char     *button);
/* Asks for a reason (refused: said in the dialog, typed text kept), then
 * runs @name with it. */
TgForm  *tg_case_page_ask_reason   (TgCasePage     *self,
                                    const char     *name,
                                    const char     *body,
                                    const char     *target_key,
                                    const char     *target);
/* Sets the text of form field @key into @dict as the typed value of
 * parameter @key of command @name; FALSE with @error when malformed. */
gboolean tg_case_page_put_param    (GVariantDict   *dict,
                                    const char     *name,
                                    const char     *key,
                                    const char     *text,
                                    GError        **error);
/* Puts the text of each of @keys as the command @name's typed value: the
 * fields the user changed (@changed_only), or every one that is not empty. */
gboolean tg_case_page_put_fields   (TgForm             *form,
                                    GVariantDict       *params,
                                    const char         *name,
                                    const char * const *keys,
                                    gboolean            changed_only,
                                    GError            **error);
/* Puts every field of @keys that the user changed into @dict (and, when
 * @undo is not NULL, its value as opened into @undo; *@undoable turns
 * FALSE when one cannot be given back). */
gboolean tg_case_page_put_changed  (TgForm         *form,
                                    GVariantDict   *dict,
                                    GVariantDict   *undo,
                                    gboolean       *undoable,
                                    const char     *name,
                                    const char * const *keys,
                                    GError        **error);

/* tg-case-page-edit.c: employer, accident, extension and findings,
 * validated as typed. */
void    tg_case_page_class_add_edit_actions (GtkWidgetClass *widget_class);
TgForm *tg_case_page_edit_employer (TgCasePage     *self);
TgForm *tg_case_page_edit_accident (TgCasePage     *self);
TgForm *tg_case_page_add_extension (TgCasePage     *self);
TgForm *tg_case_page_edit_findings (TgCasePage     *self);

/* tg-case-page-people.c: victims and commission members. */
void    tg_case_page_class_add_people_actions (GtkWidgetClass *widget_class);
TgVictimDialog *tg_case_page_edit_victim (TgCasePage *self,
                                          const char *id);
TgForm *tg_case_page_victim_outcome (TgCasePage    *self,
                                     const char    *id);
TgForm *tg_case_page_edit_member   (TgCasePage     *self,
                                    guint           position);
TgForm *tg_case_page_remove_member (TgCasePage     *self,
                                    guint           position);

/* tg-case-page-control.c: the order, the conclusion, the Committee's
 * review and the act's receipt. */
void    tg_case_page_class_add_control_actions (GtkWidgetClass *widget_class);
void    tg_case_page_build_control (TgCasePage     *self);
TgForm *tg_case_page_appoint       (TgCasePage     *self);
TgForm *tg_case_page_conclude      (TgCasePage     *self);
TgForm *tg_case_page_record_review (TgCasePage     *self);
TgForm *tg_case_page_act_received  (TgCasePage     *self);

/* tg-case-page-items.c: disputes and information requests. */
void     tg_case_page_class_add_item_actions (GtkWidgetClass *widget_class);
TgDisputeDialog *tg_case_page_file_dispute (TgCasePage *self);
/* A dispute's steps: "position", "decide", "withdraw", "appeal". */
TgForm  *tg_case_page_dispute_step (TgCasePage     *self,
                                    const char     *step,
                                    const char     *id);
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
