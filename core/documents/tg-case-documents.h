/* tg-case-documents.h — the documents the Committee prints from a case
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each builder turns a case (as loaded from the store) into a TgDocument in
 * one language, "kk" (the default, for NULL) or "ru", whatever the
 * interface language is: the order creating a commission
 * (order-template.md), the decision on a dispute, a letter requesting
 * information and the one-page case card (domain.md §4, §7).  The
 * organization data (ministry's and Committee's names, chairman, control
 * official) are the store's settings.  The resulting document draws on any
 * cairo_t (PDF, GtkPrintContext, a preview) and writes a PDF; the same case
 * gives the same bytes every time.
 */
#pragma once

#include "tg-calendar.h"
#include "tg-case.h"
#include "tg-document.h"

G_BEGIN_DECLS

#define TG_CASE_DOCUMENTS_ERROR (tg_case_documents_error_quark ())

typedef enum
{
  TG_CASE_DOCUMENTS_ERROR_LANGUAGE,     /* not "kk" or "ru" */
  TG_CASE_DOCUMENTS_ERROR_NO_ORDER,     /* no commission with order number and date */
  TG_CASE_DOCUMENTS_ERROR_NOT_FOUND,    /* no such dispute or request */
  TG_CASE_DOCUMENTS_ERROR_AMBIGUOUS,    /* several disputes or requests, none named */
  TG_CASE_DOCUMENTS_ERROR_NOT_DECIDED,  /* the dispute has no decision yet */
} TgCaseDocumentsError;

/* What a document needs besides the case: the organization's settings
 * (key → value, as tg_store_dup_settings gives them: Committee names,
 * chairman, control official…) and the working-day calendar. Documents
 * never see the store. */
typedef struct
{
  GHashTable *settings;
  TgCalendar *calendar;
} TgDocSources;

/* What to print (the command line's --kind). */
typedef enum
{
  TG_PRINTED_ORDER,
  TG_PRINTED_DECISION,
  TG_PRINTED_REQUEST,
  TG_PRINTED_CARD,
} TgPrintedKind;

GQuark      tg_case_documents_error_quark    (void);

/* Whether @lang is a language documents are printed in (NULL: Kazakh). */
gboolean    tg_case_documents_check_language (const char  *lang,
                                              GError     **error);

/* The order creating the case's commission; refused until the commission
 * has an order number and date (appoint it first). */
TgDocument *tg_document_new_order            (const TgDocSources *sources,
                                              TgCase      *kase,
                                              const char  *lang,
                                              GError     **error);
/* The decision on dispute @dispute_id (NULL: the case's only dispute);
 * refused unless the dispute is decided. */
TgDocument *tg_document_new_dispute_decision (const TgDocSources *sources,
                                              TgCase      *kase,
                                              const char  *dispute_id,
                                              const char  *lang,
                                              GError     **error);
/* The letter of information request @request_id (NULL: the only one);
 * a request without an id is named by its position from 1. */
TgDocument *tg_document_new_info_request     (const TgDocSources *sources,
                                              TgCase      *kase,
                                              const char  *request_id,
                                              const char  *lang,
                                              GError     **error);
/* One page: the case, its victims, investigation and deadlines, and as
 * many of the latest history entries as fit. */
TgDocument *tg_document_new_case_card        (const TgDocSources *sources,
                                              TgCase      *kase,
                                              const char  *lang,
                                              GError     **error);

/* Any of the above; @item_id names the dispute or request. */
TgDocument *tg_document_new_printed          (const TgDocSources *sources,
                                              TgCase        *kase,
                                              TgPrintedKind  kind,
                                              const char    *item_id,
                                              const char    *lang,
                                              GError       **error);
/* Whether it can be printed now, without building it; the error says why
 * not (for a disabled print action's tooltip). */
gboolean    tg_printed_check                 (TgCase        *kase,
                                              TgPrintedKind  kind,
                                              const char    *item_id,
                                              GError       **error);
/* A file name to offer when saving, "08-2026-00042-order-kk.pdf". */
char       *tg_printed_file_name             (TgCase        *kase,
                                              TgPrintedKind  kind,
                                              const char    *item_id,
                                              const char    *lang);

G_END_DECLS
