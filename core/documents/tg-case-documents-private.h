/* tg-case-documents-private.h — what the printed documents share
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A printed document is in one language, chosen when printing, not the
 * interface language: so its words come from the kk/ru tables of each
 * document (TgWording, with the text each sentence was checked against)
 * and never from gettext.  Notes for the person printing are in the
 * interface language.  Functions returning "markup" escape user text.
 */
#pragma once

#include "tg-case-documents.h"
#include "tg-document-date-format.h"
#include "tg-dispute.h"
#include "tg-extension.h"
#include "tg-info-request.h"
#include "tg-legal-form.h"
#include "tg-review.h"

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

/* One fixed sentence of a document in both languages, with the text it
 * was checked against.  "{name}" marks where a value goes. */
typedef struct
{
  const char *key;
  const char *kk;
  const char *ru;
  const char *source;
} TgWording;

/* A document being built. */
typedef struct
{
  const TgDocSources *sources;
  TgCase             *kase;
  TgDocLang           lang;
  TgDocument         *doc;
  const TgWording    *wording;   /* the document's table */
  guint               n_wording;
  char               *date;      /* its date (ISO), for the dated settings; NULL: today */
} TgDocBuild;

void        _tg_docs_build_clear       (TgDocBuild  *b);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TgDocBuild, _tg_docs_build_clear)

/* Which language a recorded text reads as. */
typedef enum
{
  TG_TEXT_NEUTRAL,   /* names in quotes, numbers */
  TG_TEXT_KK,
  TG_TEXT_RU,
} TgTextLang;

/* tg-case-documents-parts.c */
gboolean    _tg_docs_parse_language    (const char  *lang,
                                        TgDocLang   *out,
                                        GError     **error);
const char *_tg_docs_language_code     (TgDocLang    lang);
/* Starts @b: a new document in @b->lang titled @title; @wording is the
 * document's table, @date its date (ISO date or date-time, NULL: today). */
void        _tg_docs_build_begin       (TgDocBuild  *b,
                                        const char  *title,
                                        const TgWording *wording,
                                        guint        n_wording,
                                        const char  *date);
/* The sentence @key of the document's table in its language, each
 * "{name}" replaced by the markup that follows it: (name, markup)
 * pairs, NULL-terminated.  A value that ends in a full stop takes the
 * place of the full stop that follows it in the template. */
char       *_tg_docs_say               (TgDocBuild  *b,
                                        const char  *key,
                                        ...) G_GNUC_NULL_TERMINATED;
/* @text escaped, or the blank line when it is NULL or empty. */
char       *_tg_docs_escape            (const char  *text);
/* @iso (a date or a date-time, taken in Astana) written officially. */
char       *_tg_docs_date              (const char  *iso,
                                        TgDocLang    lang,
                                        TgDateForm   form);
/* The same as markup that breaks only between the year and the day; the
 * blank line if no date. */
char       *_tg_docs_date_markup       (const char  *iso,
                                        TgDocLang    lang,
                                        TgDateForm   form);
/* "18.11.2026" (and " 14:30" for a date-time when @with_time). */
char       *_tg_docs_short_date        (const char  *iso,
                                        gboolean     with_time);
/* A plain setting, NULL when blank. */
char       *_tg_docs_setting           (const TgDocSources *sources,
                                        const char  *key);
/* A dated setting in force on the document's date, NULL when blank (and
 * then a note says so). */
char       *_tg_docs_setting_on        (TgDocBuild  *b,
                                        const char  *key);
/* The same for the key of the document's language: "@stem-kk" or
 * "@stem-ru". */
char       *_tg_docs_setting_lang      (TgDocBuild  *b,
                                        const char  *stem);
/* The ministry and the Committee in force on the document's date, in
 * capitals, centered. */
void        _tg_docs_add_heading       (TgDocBuild  *b);
/* The document's name ("БҰЙРЫҚ"), then one line: its date (plain form),
 * "№ @number" (a blank line if NULL; none if @with_number is FALSE) and
 * the city in force on its date. */
void        _tg_docs_add_title_line    (TgDocBuild  *b,
                                        const char  *name,
                                        const char  *date,
                                        gboolean     with_number,
                                        const char  *number);
/* One borderless line of three parts. */
void        _tg_docs_add_date_line     (TgDocument  *doc,
                                        const char  *left_markup,
                                        const char  *middle_markup,
                                        const char  *right_markup);
/* "Комитет төрағасы – Қазақстан Республикасының Бас мемлекеттік еңбек
 * инспекторы  ____ Е. Исаев": @signer when given (who signed, as recorded),
 * else the chairman in force on the date. */
void        _tg_docs_add_chairman_signature (TgDocBuild *b,
                                             const char *signer);
/* "____________ Е. Исаев" (two blank lines when @name is blank). */
char       *_tg_docs_signature_name    (const char  *name);
/* The employer in the document's language and case, kept on one line
 * when short; the blank line if unknown; a note when its name is only in
 * the other language. */
char       *_tg_docs_employer          (TgDocBuild  *b,
                                        TgKkCase     kcase);
/* The value of a text that can be recorded in two languages: @kk for a
 * Kazakh document when there is one, else @recorded; escaped, the blank
 * line when there is none, and a note (naming @label, in the interface
 * language) when what prints is in the other language. */
char       *_tg_docs_text_in           (TgDocBuild  *b,
                                        const char  *recorded,
                                        const char  *kk,
                                        const char  *label);
/* "№ 08-2026-00042" kept on one line. */
char       *_tg_docs_number_markup     (const char  *number);
/* A bold paragraph, centered, kept with what follows (a document's
 * subject line). */
guint       _tg_docs_add_subject       (TgDocBuild  *b,
                                        const char  *markup);

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
/* The extension @id (its position from 1), or with no @id the latest. */
TgExtension   *_tg_docs_find_extension   (TgCase      *kase,
                                          const char  *id,
                                          GError     **error);
/* The commission's members, chair first, then the deputy, the members
 * and the secretary (TgMember, referenced). */
GPtrArray     *_tg_docs_sorted_members   (TgCommission *com);
/* The member table of an order: №, name, position and organization,
 * role; the position column at least as wide as the name's. */
void           _tg_docs_add_member_table (TgDocBuild   *b,
                                          TgCommission *com);
/* The review @id, or with no @id the case's latest (referenced). */
TgReview      *_tg_docs_find_review      (const TgDocSources *sources,
                                          TgCase      *kase,
                                          const char  *id,
                                          GError     **error);

/* tg-case-documents-grammar.c */
/* The Kazakh ending of @word in @kcase by vowel harmony ("" for the
 * nominative). */
char       *_tg_kk_ending              (const char  *word,
                                        TgKkCase     kcase);
/* @text with the ending of its last word (after a hyphen for an
 * abbreviation, a number or a closing quote). */
char       *_tg_kk_inflect             (const char  *text,
                                        TgKkCase     kcase);
/* The employer's name in @lang: the Kazakh name when there is one. */
const char *_tg_docs_employer_name_in  (TgEmployer  *emp,
                                        TgDocLang    lang);
/* "ТОО «Талап Ойл»"; "«Талап Ойл» ЖШС-нің" (plain text; NULL if no name). */
char       *_tg_docs_employer_text     (TgEmployer  *emp,
                                        TgDocLang    lang,
                                        TgKkCase     kcase);
/* 1–99 in words ("үш", "три"), else digits. */
char       *_tg_docs_number_words      (guint        n,
                                        TgDocLang    lang);
/* "үш адамның қаза болуына әкеп соққан"; "в результате которого погибли
 * три человека". */
char       *_tg_docs_deaths_phrase     (guint        n,
                                        TgDocLang    lang);
/* "5 жыл 3 ай", "5 лет 3 месяца"; "" for a negative count. */
char       *_tg_docs_service_text      (int          months,
                                        TgDocLang    lang);
/* "Е. Исаев" from "Исаев Ерлан Маратович" and the like; NULL if empty. */
char       *_tg_docs_initial_surname   (const char  *full_name);
TgTextLang  _tg_docs_text_language     (const char  *text);

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
/* The applicant as a decision names them ("жұмыс беруші", "работник",
 * "государственный инспектор труда"): kk nominative, ru genitive. */
const char *_tg_docs_applicant_label   (TgParty           party,
                                        TgDocLang         lang);
/* kk: "жазатайым оқиғаны тергеп-тексеру"; ru in the prepositional, after
 * "о разногласиях по": "расследованию несчастного случая". */
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
/* Who investigated as a sentence names them (kk subject, ru instrumental:
 * «комиссией местного органа по инспекции труда»). */
const char *_tg_docs_investigator      (TgBody            body,
                                        TgDocLang         lang);
const char *_tg_docs_jurisdiction_label (TgJurisdiction   jurisdiction,
                                         TgDocLang        lang);
const char *_tg_docs_ground_label      (TgGround          ground,
                                        TgDocLang         lang);
const char *_tg_docs_conclusion_label  (TgReviewConclusion conclusion,
                                        TgDocLang          lang);
/* The ministry's name as the heading needs it: kk genitive
 * ("…министрлігінің"), ru genitive ("Министерства …"). */
char       *_tg_docs_ministry_genitive (const char       *name,
                                        TgDocLang         lang);

/* The wording table of each kind, for the tests that read them all. */
const TgWording *_tg_docs_order_wording     (guint *n);
const TgWording *_tg_docs_decision_wording  (guint *n);
const TgWording *_tg_docs_request_wording   (guint *n);
const TgWording *_tg_docs_card_wording      (guint *n);
const TgWording *_tg_docs_act_wording       (guint *n);
const TgWording *_tg_docs_orders_wording    (guint *n);
const TgWording *_tg_docs_review_wording    (guint *n);

G_END_DECLS
