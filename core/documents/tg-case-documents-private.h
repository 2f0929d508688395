/* tg-case-documents-private.h — what the printed documents share
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A printed document is in one language, chosen when printing, not the
 * interface language: so its words come from the kk/ru tables here and
 * never from gettext.  Functions returning "markup" escape user text.
 */
#pragma once

#include "tg-case-documents.h"
#include "tg-document-date-format.h"
#include "tg-dispute.h"
#include "tg-info-request.h"

G_BEGIN_DECLS

typedef enum
{
  TG_DOC_KK,
  TG_DOC_RU,
} TgDocLang;

/* The text of @kk or @ru, as @lang asks. */
#define TG_DOC_TEXT(lang, kk, ru) ((lang) == TG_DOC_RU ? (ru) : (kk))

/* What prints where a name or a date is still to be written in by hand. */
#define TG_DOC_BLANK "____________"

/* A space the line never breaks at (U+00A0). */
#define TG_DOC_NBSP "\u00a0"

/* tg-case-documents.c */
gboolean    _tg_docs_parse_language    (const char  *lang,
                                        TgDocLang   *out,
                                        GError     **error);
const char *_tg_docs_language_code     (TgDocLang    lang);
TgDocument *_tg_docs_new_document      (TgDocLang    lang,
                                        const char  *title);
/* @text escaped, or the blank line when it is NULL or empty. */
char       *_tg_docs_escape            (const char  *text);
/* @iso (a date or a date-time, taken in Astana) written officially. */
char       *_tg_docs_date              (const char  *iso,
                                        TgDocLang    lang,
                                        TgDateForm   form);
/* The same as markup kept on one line; the blank line if no date. */
char       *_tg_docs_date_markup       (const char  *iso,
                                        TgDocLang    lang,
                                        TgDateForm   form);
/* "18.11.2026" (and " 14:30" for a date-time when @with_time). */
char       *_tg_docs_short_date        (const char  *iso,
                                        gboolean     with_time);
/* A setting, NULL when blank. */
char       *_tg_docs_setting           (const TgDocSources *sources,
                                        const char  *key);
/* The ministry and the Committee, in capitals, centered. */
void        _tg_docs_add_heading       (TgDocument  *doc,
                                        const TgDocSources *sources,
                                        TgDocLang    lang);
/* One borderless line of three parts: date, number, place. */
void        _tg_docs_add_date_line     (TgDocument  *doc,
                                        const char  *left_markup,
                                        const char  *middle_markup,
                                        const char  *right_markup);
/* "____________ Н. Ж. Әміров" (a second line when @name is blank). */
char       *_tg_docs_signature_name    (const char  *name);
/* "«Сарыарка Көмір» ЖШС" as markup (blank line if unknown). */
char       *_tg_docs_employer_markup   (TgCase      *kase);
/* "№ 08-2026-00042" kept on one line. */
char       *_tg_docs_number_markup     (const char  *number);

/* What each document needs of the case; the error says what is missing. */
/* The commission, if the Committee has appointed it by an order. */
TgCommission  *_tg_docs_appointed_commission (TgCase      *kase,
                                              GError     **error);
/* The dispute @id, or with no @id the case's only one. */
TgDispute     *_tg_docs_find_dispute     (TgCase      *kase,
                                          const char  *id,
                                          GError     **error);
gboolean       _tg_docs_check_decided    (TgCase      *kase,
                                          TgDispute   *dispute,
                                          GError     **error);
/* The request @id (or position from 1), or with no @id the only one. */
TgInfoRequest *_tg_docs_find_request     (TgCase      *kase,
                                          const char  *id,
                                          GError     **error);

/* tg-case-documents-labels.c: the words of closed vocabularies. */
const char *_tg_docs_role_label        (TgRole            role,
                                        TgDocLang         lang);
const char *_tg_docs_severity_label    (TgSeverity        severity,
                                        TgDocLang         lang);
const char *_tg_docs_party_label       (TgParty           party,
                                        TgDocLang         lang);
/* A position's party: a party nick in words, anything else as given. */
const char *_tg_docs_party_text        (const char       *party,
                                        TgDocLang         lang);
/* kk: "жазатайым оқиғаны тергеу"; ru in the genitive, after "по вопросу". */
const char *_tg_docs_subject_label     (TgDisputeSubject  subject,
                                        TgDocLang         lang);
const char *_tg_docs_outcome_label     (TgOutcome         outcome,
                                        TgDocLang         lang);
/* The operative sentence of a decision ("Отказать в удовлетворении …"). */
const char *_tg_docs_outcome_operative (TgOutcome         outcome,
                                        TgDocLang         lang);
const char *_tg_docs_dispute_status_label (TgDisputeStatus status,
                                           TgDocLang       lang);
const char *_tg_docs_state_label       (TgState           state,
                                        TgDocLang         lang);
const char *_tg_docs_body_label        (TgBody            body,
                                        TgDocLang         lang);
const char *_tg_docs_jurisdiction_label (TgJurisdiction   jurisdiction,
                                         TgDocLang        lang);
const char *_tg_docs_ground_label      (TgGround          ground,
                                        TgDocLang         lang);
/* The ministry's name as the heading needs it: kk genitive
 * ("…министрлігінің"), ru genitive ("Министерства …"). */
char       *_tg_docs_ministry_genitive (const char       *name,
                                        TgDocLang         lang);

G_END_DECLS
