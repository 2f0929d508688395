/* tg-case-documents.h — the documents the Committee prints from a case
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each builder turns a case (as loaded from the store) into a TgDocument in
 * one language, "kk" (the default, for NULL) or "ru", whatever the
 * interface language is (domain.md §7): the order creating a commission
 * (order-template.md), the orders extending its term and changing its
 * composition, the act of special investigation (Labour Code art. 190),
 * the decision on a dispute, a letter requesting information, the
 * conclusion of an objectivity review with its covering letter, and the
 * case card.  The organization data (ministry's and Committee's names,
 * chairman, control official, city) are the settings in force on each
 * document's own date.  A document notes what to check before signing
 * (tg_document_get_notes).  The resulting document draws on any cairo_t
 * (PDF, GtkPrintContext, a preview) and writes a PDF; the same case gives
 * the same bytes every time.
 */
#pragma once

#include "tg-calendar.h"
#include "tg-case.h"
#include "tg-dated-settings.h"
#include "tg-document.h"

G_BEGIN_DECLS

#define TG_CASE_DOCUMENTS_ERROR (tg_case_documents_error_quark ())

typedef enum
{
  TG_CASE_DOCUMENTS_ERROR_LANGUAGE,     /* not "kk" or "ru" */
  TG_CASE_DOCUMENTS_ERROR_NO_ORDER,     /* no commission with order number and date */
  TG_CASE_DOCUMENTS_ERROR_NOT_FOUND,    /* no such dispute or request */
  TG_CASE_DOCUMENTS_ERROR_AMBIGUOUS,    /* several disputes or requests, none named */
  TG_CASE_DOCUMENTS_ERROR_NOT_DECIDED,  /* the dispute has no decision (yet) */
} TgCaseDocumentsError;

/* What a document needs besides the case: the organization's settings
 * (key → value, as tg_store_dup_settings gives them), the dated ones
 * (tg_store_dup_dated_settings: Committee names, chairman, city… in force
 * on a date; NULL: the plain values of @settings for every date), the
 * working-day calendar and the case's objectivity reviews (TgReview,
 * oldest first; NULL: none). Documents never see the store
 * (tg-doc-sources.h fills this from it). */
typedef struct
{
  GHashTable      *settings;
  TgCalendar      *calendar;
  TgDatedSettings *dated;
  GPtrArray       *reviews;
} TgDocSources;

/* What to print (the command line's --kind). */
typedef enum
{
  TG_PRINTED_ORDER,
  TG_PRINTED_DECISION,
  TG_PRINTED_REQUEST,
  TG_PRINTED_CARD,
  TG_PRINTED_ACT,                /* act of special investigation */
  TG_PRINTED_EXTENSION_ORDER,    /* order extending the term; item: extension from 1 */
  TG_PRINTED_COMPOSITION_ORDER,  /* order changing the commission's composition */
  TG_PRINTED_REVIEW,             /* conclusion of an objectivity review; item: review id */
  TG_PRINTED_REVIEW_LETTER,      /* its covering letter to the inspectorate */
  TG_N_PRINTED_KINDS
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

/* The act of special investigation (Labour Code art. 190): what the case
 * holds, with lines to fill in by hand where it holds nothing yet. */
TgDocument *tg_document_new_act              (const TgDocSources *sources,
                                              TgCase      *kase,
                                              const char  *lang,
                                              GError     **error);
/* The order extending the investigation's term by extension
 * @extension_id (its position from 1; NULL: the latest). */
TgDocument *tg_document_new_extension_order  (const TgDocSources *sources,
                                              TgCase      *kase,
                                              const char  *extension_id,
                                              const char  *lang,
                                              GError     **error);
/* The order setting out the commission's composition anew, amending the
 * order that created it. */
TgDocument *tg_document_new_composition_order (const TgDocSources *sources,
                                               TgCase      *kase,
                                               const char  *lang,
                                               GError     **error);
/* The conclusion of objectivity review @review_id (NULL: the latest) of
 * @sources->reviews, and the letter sending it to the inspectorate. */
TgDocument *tg_document_new_review_conclusion (const TgDocSources *sources,
                                               TgCase      *kase,
                                               const char  *review_id,
                                               const char  *lang,
                                               GError     **error);
TgDocument *tg_document_new_review_letter     (const TgDocSources *sources,
                                               TgCase      *kase,
                                               const char  *review_id,
                                               const char  *lang,
                                               GError     **error);

/* Any of the above; @item_id names the dispute, request, extension or
 * review. */
TgDocument *tg_document_new_printed          (const TgDocSources *sources,
                                              TgCase        *kase,
                                              TgPrintedKind  kind,
                                              const char    *item_id,
                                              const char    *lang,
                                              GError       **error);
/* Whether it can be printed now, without building it; the error says why
 * not (for a disabled print action's tooltip). The reviews are not part
 * of the case: for the review kinds this says TRUE. */
gboolean    tg_printed_check                 (TgCase        *kase,
                                              TgPrintedKind  kind,
                                              const char    *item_id,
                                              GError       **error);
/* The kind's name on the command line ("order", "act", "extension-order"…),
 * and the kind of a name. */
const char *tg_printed_kind_nick             (TgPrintedKind  kind);
gboolean    tg_printed_kind_from_nick        (const char    *nick,
                                              TgPrintedKind *kind);
/* A file name to offer when saving, "08-2026-00042-order-kk.pdf". */
char       *tg_printed_file_name             (TgCase        *kase,
                                              TgPrintedKind  kind,
                                              const char    *item_id,
                                              const char    *lang);

G_END_DECLS
