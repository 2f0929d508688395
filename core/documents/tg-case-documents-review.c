/* tg-case-documents-review.c — an objectivity review's conclusion and its letter
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Committee controls the objectivity of the investigations the local
 * labour inspection bodies conduct (domain.md §1, function 3).  A review
 * ends in a conclusion, signed by the reviewer, and the chairman sends it
 * to the local body with what that body is to do: nothing, take note of
 * the deficiencies, or organize a new special investigation.
 */
#define G_LOG_DOMAIN "tg-case-documents"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-case-documents-private.h"
#include "tg-regions.h"
#include "tg-review.h"

/*   [REG-14]  Regulation of the Committee of 2014, para. 14 (domain.md §1):
 *             control of the timeliness and objectivity of investigations by
 *             local bodies.
 *   [LC-1]    Labour Code 2015 art. 1: «местный орган по инспекции труда» /
 *             «еңбек инспекциясы жөніндегі жергілікті орган».
 *   [LETTERS] see tg-case-documents-request.c. */
static const TgWording wording[] = {
  { "name", "ҚОРЫТЫНДЫ", "ЗАКЛЮЧЕНИЕ", "[REG-14]" },
  { "subject",
    "{employer_loc} болған жазатайым оқиғаны тергеп-тексерудің объективтілігін тексеру нәтижелері бойынша",
    "по результатам проверки объективности расследования несчастного случая, произошедшего "
    "в{nbsp}{employer}", "[REG-14]" },
  { "reviewed",
    "Комитет {occurred} {employer_loc} ({place}) болған жазатайым оқиғаны (іс {number}) {body} жүргізген "
    "тергеп-тексерудің объективтілігін тексерді{act}.",
    "Комитетом проверена объективность расследования несчастного случая, произошедшего {occurred} "
    "в{nbsp}{employer} ({place}), дело {number}, проведённого {body}{act}.", "[REG-14]" },
  { "act", ", арнайы тергеп-тексеру актісі № {number}", "; акт специального расследования № {number}",
    "Labour Code 2015 art. 190" },
  { "act-employer", ", тергеп-тексеру актісі № {number}", "; акт расследования № {number}",
    "Labour Code 2015 art. 188 p. 1, art. 190" },
  { "found", "Тексеру барысында мыналар анықталды: {reasoning}", "В ходе проверки установлено: {reasoning}",
    "[REG-14]" },
  { "conclusion", "Қорытынды: {conclusion}.", "Вывод: {conclusion}.", "[REG-14]" },
  { "reviewer", "Тексеруді жүргізген", "Проверку провёл", "[REG-14]" },
  { "letter-subject", "Тергеп-тексерудің объективтілігін тексеру туралы",
    "О проверке объективности расследования", "[LETTERS]" },
  { "addressee", "Еңбек инспекциясы жөніндегі жергілікті органның ({region}) басшысына",
    "Руководителю местного органа по инспекции труда ({region})", "[LC-1]; [LETTERS]" },
  { "letter",
    "{occurred} {employer_loc} болған жазатайым оқиғаны (іс {number}) тергеп-тексерудің объективтілігін "
    "тексеру нәтижелері бойынша Комитеттің {date} қорытындысын жолдаймын.",
    "Направляю заключение Комитета от {date} по результатам проверки объективности расследования "
    "несчастного случая, произошедшего {occurred} в{nbsp}{employer}, дело {number}.", "[REG-14]; [LETTERS]" },
  { "sound", "Қорытындыға сәйкес тергеп-тексеру объективті жүргізілген, қосымша шаралар талап етілмейді.",
    "Согласно заключению расследование проведено объективно, дополнительных мер не требуется.", "[REG-14]" },
  { "deficiencies", "Қорытындыда көрсетілген кемшіліктерді алдағы жұмыста ескеруіңізді сұраймын.",
    "Прошу учесть в дальнейшей работе недостатки, указанные в заключении.", "[REG-14]" },
  { "reinvestigate",
    "Қорытындыда баяндалғанды ескере отырып, жазатайым оқиғаны қайта арнайы тергеп-тексеруді "
    "ұйымдастыруыңызды және оның нәтижелері туралы Комитетке хабарлауыңызды сұраймын.",
    "Прошу с учётом изложенного в заключении организовать повторное специальное расследование "
    "несчастного случая и о его результатах сообщить в Комитет.", "[REG-14]; domain.md §3 (reinvestigate)" },
  { "attached", "Қосымша: қорытынды, {pages} парақта.", "Приложение: заключение на {pages} л.", "[LETTERS]" },
  { "signature", "Комитет төрағасы", "Председатель Комитета", "[LETTERS]" },
  { "executor", "Орын.: {executor}\nТел.: {phone}", "Исп.: {executor}\nТел.: {phone}", "[LETTERS]" },
  { "title", "Объективтілікті тексеру қорытындысы, іс № {number}",
    "Заключение проверки объективности, дело № {number}", "the PDF's title" },
  { "letter-title", "Тексеру қорытындысына ілеспе хат, іс № {number}",
    "Сопроводительное письмо к заключению проверки, дело № {number}", "the PDF's title" },
};

const TgWording *
_tg_docs_review_wording (guint *n)
{
  *n = G_N_ELEMENTS (wording);
  return wording;
}

static const char *
case_number (TgCase *kase)
{
  return tg_case_get_number (kase) != NULL ? tg_case_get_number (kase) : "";
}

static char *
reviewed_text (TgDocBuild *b,
               TgReview   *review)
{
  TgDocLang lang = b->lang;
  TgInvestigation *inv = tg_case_get_investigation (b->kase);
  g_autofree char *occurred = _tg_docs_date_markup (tg_case_get_occurred (b->kase), lang,
                                                    TG_DOC_TEXT (lang, TG_DATE_FORM_LOCATIVE, TG_DATE_FORM_PLAIN));
  g_autofree char *employer = _tg_docs_employer (b, TG_KK_NOMINATIVE);
  g_autofree char *employer_loc = _tg_docs_employer (b, TG_KK_LOCATIVE);
  g_autofree char *place = _tg_docs_text_in (b, tg_case_get_place (b->kase), tg_case_get_place_kk (b->kase),
                                             _("The place of the accident"));
  g_autofree char *number = _tg_docs_number_markup (case_number (b->kase));
  TgBody who = tg_investigation_get_body (inv);
  g_autofree char *body = tg_document_escape (_tg_docs_investigator (who, lang));
  const char *act_number = tg_review_get_act_number (review);
  g_autofree char *act_markup = act_number != NULL ? tg_document_escape_unbreakable (act_number) : NULL;
  g_autofree char *act = act_number != NULL
    ? _tg_docs_say (b, who == TG_BODY_EMPLOYER ? "act-employer" : "act", "number", act_markup, NULL)
    : g_strdup ("");

  return _tg_docs_say (b, "reviewed", "occurred", occurred, "employer", employer, "employer_loc", employer_loc,
                       "place", place, "number", number, "body", body, "act", act, "nbsp", TG_DOC_NBSP, NULL);
}

/**
 * tg_document_new_review_conclusion:
 * @sources: the organization settings and the case's reviews
 * @kase: the case
 * @review_id: (nullable): the review; NULL: the latest
 * @lang: (nullable): "kk" (the default) or "ru"
 * @error: why there is no conclusion to print
 *
 * Returns: (transfer full) (nullable): the review's conclusion.
 */
TgDocument *
tg_document_new_review_conclusion (const TgDocSources *sources,
                                   TgCase      *kase,
                                   const char  *review_id,
                                   const char  *lang,
                                   GError     **error)
{
  g_auto(TgDocBuild) b = { sources, kase, TG_DOC_KK, NULL, NULL, 0, NULL };
  g_autoptr(TgReview) review = NULL;
  g_autofree char *title = NULL, *name = NULL, *subject = NULL, *employer = NULL, *employer_loc = NULL;
  g_autofree char *reviewed = NULL, *reasoning = NULL, *found = NULL, *conclusion = NULL, *concluded = NULL;
  g_autofree char *reviewer = NULL, *right = NULL, *left = NULL;

  g_return_val_if_fail (sources != NULL, NULL);
  g_return_val_if_fail (TG_IS_CASE (kase), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_tg_docs_parse_language (lang, &b.lang, error))
    return NULL;
  review = _tg_docs_find_review (sources, kase, review_id, error);
  if (review == NULL)
    return NULL;

  _tg_docs_build_begin (&b, NULL, wording, G_N_ELEMENTS (wording), tg_review_get_reviewed_on (review));
  title = _tg_docs_say (&b, "title", "number", case_number (kase), NULL);
  tg_document_set_title (b.doc, title);
  name = _tg_docs_say (&b, "name", NULL);
  employer = _tg_docs_employer (&b, TG_KK_NOMINATIVE);
  employer_loc = _tg_docs_employer (&b, TG_KK_LOCATIVE);
  subject = _tg_docs_say (&b, "subject", "employer", employer, "employer_loc", employer_loc,
                          "nbsp", TG_DOC_NBSP, NULL);
  reviewed = reviewed_text (&b, review);
  reasoning = _tg_docs_escape (tg_review_get_reasoning (review));
  found = _tg_docs_say (&b, "found", "reasoning", reasoning, NULL);
  conclusion = tg_document_escape (_tg_docs_conclusion_label (tg_review_get_conclusion (review), b.lang));
  concluded = _tg_docs_say (&b, "conclusion", "conclusion", conclusion, NULL);
  reviewer = _tg_docs_initial_surname (tg_review_get_reviewer (review));
  right = _tg_docs_signature_name (reviewer);
  left = _tg_docs_say (&b, "reviewer", NULL);

  _tg_docs_add_heading (&b);
  _tg_docs_add_title_line (&b, name, tg_review_get_reviewed_on (review), FALSE, NULL);
  if (b.lang == TG_DOC_KK)
    {
      /* Kazakh starts the line with the subject itself. */
      g_autofree char *first = g_utf8_strup (subject, g_utf8_next_char (subject) - subject);
      char *whole = g_strconcat (first, g_utf8_next_char (subject), NULL);

      g_free (subject);
      subject = whole;
    }
  _tg_docs_add_subject (&b, subject);
  tg_document_add_paragraph (b.doc, reviewed, TG_PARAGRAPH_DEFAULT);
  tg_document_add_paragraph (b.doc, found, TG_PARAGRAPH_DEFAULT);
  tg_document_add_paragraph (b.doc, concluded, TG_PARAGRAPH_DEFAULT);
  tg_document_add_signature (b.doc, left, right);
  return g_steal_pointer (&b.doc);
}

/**
 * tg_document_new_review_letter:
 * @sources: the organization settings and the case's reviews
 * @kase: the case
 * @review_id: (nullable): the review; NULL: the latest
 * @lang: (nullable): "kk" (the default) or "ru"
 * @error: why there is no letter to print
 *
 * Returns: (transfer full) (nullable): the letter sending the review's
 *   conclusion to the local labour inspection body.
 */
TgDocument *
tg_document_new_review_letter (const TgDocSources *sources,
                               TgCase      *kase,
                               const char  *review_id,
                               const char  *lang,
                               GError     **error)
{
  static const TgDocumentColumn columns[] = {
    { NULL, 0.45, TG_COLUMN_DEFAULT },
    { NULL, 0.55, TG_COLUMN_DEFAULT },
  };
  static const char * const actions[] = {
    [TG_REVIEW_SOUND] = "sound",
    [TG_REVIEW_DEFICIENCIES] = "deficiencies",
    [TG_REVIEW_REINVESTIGATION] = "reinvestigate",
  };
  g_auto(TgDocBuild) b = { sources, kase, TG_DOC_KK, NULL, NULL, 0, NULL };
  g_autoptr(TgReview) review = NULL;
  const TgRegion *region;
  g_autofree char *title = NULL, *date = NULL, *number = NULL, *region_name = NULL, *addressee = NULL;
  g_autofree char *bold = NULL, *subject = NULL, *occurred = NULL, *employer = NULL, *employer_loc = NULL;
  g_autofree char *case_markup = NULL, *reviewed_on = NULL, *text = NULL, *action = NULL, *attached = NULL;
  g_autofree char *chairman = NULL, *chairman_name = NULL, *right = NULL, *left = NULL;
  g_autofree char *executor = NULL, *phone = NULL, *executor_name = NULL, *executor_markup = NULL;
  g_autofree char *phone_markup = NULL, *executor_line = NULL;
  guint table, block;

  g_return_val_if_fail (sources != NULL, NULL);
  g_return_val_if_fail (TG_IS_CASE (kase), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_tg_docs_parse_language (lang, &b.lang, error))
    return NULL;
  review = _tg_docs_find_review (sources, kase, review_id, error);
  if (review == NULL)
    return NULL;

  _tg_docs_build_begin (&b, NULL, wording, G_N_ELEMENTS (wording), tg_review_get_reviewed_on (review));
  title = _tg_docs_say (&b, "letter-title", "number", case_number (kase), NULL);
  tg_document_set_title (b.doc, title);
  region = tg_region_lookup (tg_case_get_region (kase));
  region_name = _tg_docs_escape (region != NULL ? tg_region_name_in (region, _tg_docs_language_code (b.lang))
                                                : tg_case_get_region (kase));
  addressee = _tg_docs_say (&b, "addressee", "region", region_name, NULL);
  bold = g_strconcat ("<b>", addressee, "</b>", NULL);
  date = _tg_docs_date_markup (tg_review_get_reviewed_on (review), b.lang, TG_DATE_FORM_PLAIN);
  number = _tg_docs_number_markup (NULL);
  subject = _tg_docs_say (&b, "letter-subject", NULL);
  occurred = _tg_docs_date_markup (tg_case_get_occurred (kase), b.lang,
                                   TG_DOC_TEXT (b.lang, TG_DATE_FORM_LOCATIVE, TG_DATE_FORM_PLAIN));
  employer = _tg_docs_employer (&b, TG_KK_NOMINATIVE);
  employer_loc = _tg_docs_employer (&b, TG_KK_LOCATIVE);
  case_markup = _tg_docs_number_markup (case_number (kase));
  reviewed_on = _tg_docs_date_markup (tg_review_get_reviewed_on (review), b.lang,
                                      TG_DOC_TEXT (b.lang, TG_DATE_FORM_ATTRIBUTIVE, TG_DATE_FORM_PLAIN));
  text = _tg_docs_say (&b, "letter", "occurred", occurred, "employer", employer, "employer_loc", employer_loc,
                       "number", case_markup, "date", reviewed_on, "nbsp", TG_DOC_NBSP, NULL);
  action = _tg_docs_say (&b, actions[tg_review_get_conclusion (review)], NULL);
  attached = _tg_docs_say (&b, "attached", "pages", "___", NULL);
  chairman = _tg_docs_setting_on (&b, "chairman");
  chairman_name = _tg_docs_initial_surname (chairman);
  right = _tg_docs_signature_name (chairman_name);
  left = _tg_docs_say (&b, "signature", NULL);
  executor = _tg_docs_setting (sources, "executor");
  phone = _tg_docs_setting (sources, "executor-phone");
  executor_name = _tg_docs_initial_surname (executor);
  executor_markup = _tg_docs_escape (executor_name);
  phone_markup = _tg_docs_escape (phone);
  executor_line = _tg_docs_say (&b, "executor", "executor", executor_markup, "phone", phone_markup, NULL);

  _tg_docs_add_heading (&b);
  _tg_docs_add_date_line (b.doc, date, number, "");
  tg_document_add_note (b.doc, _("The letter has no outgoing number yet: the registry gives it; fill in "
                                 "the line by hand."));
  table = tg_document_add_table (b.doc, columns, G_N_ELEMENTS (columns), TG_TABLE_NO_BORDERS);
  tg_document_set_font_size (b.doc, table, 14);
  tg_document_set_spacing (b.doc, table, 6, 6);
  tg_document_add_table_row_markup (b.doc, table, (const char * const[]) { "", bold });
  block = tg_document_add_paragraph (b.doc, subject, TG_PARAGRAPH_LEFT | TG_PARAGRAPH_NO_INDENT |
                                     TG_PARAGRAPH_ITALIC | TG_PARAGRAPH_KEEP_WITH_NEXT);
  tg_document_set_spacing (b.doc, block, 0, 6);
  tg_document_add_paragraph (b.doc, text, TG_PARAGRAPH_DEFAULT);
  tg_document_add_paragraph (b.doc, action, TG_PARAGRAPH_DEFAULT);
  block = tg_document_add_paragraph (b.doc, attached, TG_PARAGRAPH_LEFT | TG_PARAGRAPH_NO_INDENT);
  tg_document_set_spacing (b.doc, block, 4, 0);
  tg_document_add_signature (b.doc, left, right);
  if (executor == NULL || phone == NULL)
    tg_document_add_note (b.doc, _("The letter's executor or telephone is not set: it prints a line to "
                                   "fill in by hand (settings “executor” and “executor-phone”)."));
  tg_document_add_space (b.doc, 8);
  block = tg_document_add_paragraph (b.doc, executor_line, TG_PARAGRAPH_LEFT | TG_PARAGRAPH_NO_INDENT);
  tg_document_set_font_size (b.doc, block, 10);
  return g_steal_pointer (&b.doc);
}
