/* tg-case-documents-order.c — the order creating a commission
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The wording is that of order-template.md (read by a Kazakh-speaking
 * reviewer), each sentence checked against the published acts named in
 * the table; only the placeholders come from the case and from the
 * settings in force on the order's date.  In Kazakh the employer takes
 * the case its place in the sentence needs («Талап Ойл» ЖШС-нде болған,
 * ЖШС-нің басшысы) and dates their forms (2026 жылғы 18 қарашада,
 * 3 желтоқсанға дейін).
 */
#define G_LOG_DOMAIN "tg-case-documents"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-case-documents-private.h"
#include "tg-rules.h"

/* Published acts the sentences follow:
 *   [MNE-70]  order of the Minister of National Economy No. 70 of 2 February
 *             2015 (kk): "… Заңының 139-бабының 3-тармағына сәйкес
 *             БҰЙЫРАМЫН: 1. … бекітілсін."
 *   [GOV-492] resolution of the Government on an interdepartmental
 *             commission (as amended 19.04.2012 No. 492, kk): "… құрамда …
 *             комиссиясы … құрылсын", "Осы қаулы қол қойылған күнінен бастап
 *             қолданысқа енгізіледі."
 *   [MLSP-21] order of the Minister of Labour and Social Protection of
 *             Population No. 21 of 31 January 2024 (ru): "Контроль за
 *             исполнением настоящего приказа возложить на …"
 *   [LC-188]  Labour Code 2015 art. 188 p. 4: a group accident in which
 *             three to five people died is investigated by a commission the
 *             authorized body creates. */
static const TgWording wording[] = {
  { "name", "БҰЙРЫҚ", "ПРИКАЗ", "order-template.md" },
  { "subject",
    "{employer_loc} болған еңбек қызметіне байланысты {group}жазатайым оқиғаны арнайы "
    "тергеп-тексеру жөніндегі комиссия құру туралы",
    "О создании комиссии по специальному расследованию {group}несчастного случая, связанного "
    "с трудовой деятельностью, произошедшего в{nbsp}{employer}",
    "order-template.md; terms of the Labour Code 2015, ch. 21" },
  { "group-kk-ru", "топтық ", "группового ", "Labour Code 2015 art. 188 p. 3" },
  { "preamble",
    "Қазақстан Республикасы Еңбек кодексінің {article} сәйкес, {date} {employer_loc} ({place}) "
    "болған, {deaths} {group}жазатайым оқиғаға байланысты <b>БҰЙЫРАМЫН:</b>",
    "В соответствии с {article} Трудового кодекса Республики Казахстан, в связи с {group_instr}"
    "несчастным случаем, произошедшим {date} в{nbsp}{employer} ({place}), {deaths}, "
    "<b>ПРИКАЗЫВАЮ:</b>",
    "order-template.md; [MNE-70] (…-бабының …-тармағына сәйкес БҰЙЫРАМЫН); [LC-188]" },
  { "group-instr", "топтық ", "групповым ", "Labour Code 2015 art. 188 p. 3" },
  { "preamble-no-deaths",
    "Қазақстан Республикасы Еңбек кодексінің {article} сәйкес, {date} {employer_loc} ({place}) "
    "болған {group}жазатайым оқиғаға байланысты <b>БҰЙЫРАМЫН:</b>",
    "В соответствии с {article} Трудового кодекса Республики Казахстан, в связи с {group_instr}"
    "несчастным случаем, произошедшим {date} в{nbsp}{employer} ({place}), <b>ПРИКАЗЫВАЮ:</b>",
    "as preamble, for an order the Committee gives for an accident without deaths" },
  { "clause-1", "Мынадай құрамда комиссия құрылсын:", "Создать комиссию в следующем составе:",
    "order-template.md; [GOV-492] (… құрамда … комиссиясы … құрылсын)" },
  { "clause-2",
    "Комиссия {due} дейін арнайы тергеп-тексеруді аяқтап, арнайы тергеп-тексеру актісін жасасын.",
    "Комиссии в срок до {due} включительно провести специальное расследование и составить акт "
    "специального расследования.",
    "order-template.md; Labour Code 2015 art. 189 (ten working days), art. 190 (the act)" },
  { "clause-3", "Комиссияға қажет болған жағдайда сарапшыларды тартуға рұқсат етілсін.",
    "Разрешить комиссии при необходимости привлекать экспертов.", "order-template.md" },
  { "clause-4",
    "{employer_gen} басшысы комиссияның жұмысы үшін қажетті жағдай жасасын, құжаттар мен көлік берсін.",
    "Руководителю {employer} создать необходимые условия для работы комиссии, предоставить "
    "документы и транспорт.",
    "order-template.md; Labour Code 2015 art. 187 p. 1 (the employer's duties in an investigation)" },
  { "clause-5", "Осы бұйрықтың орындалуын бақылау {official} жүктелсін.",
    "Контроль за исполнением настоящего приказа возложить на{nbsp}{official}.",
    "order-template.md; [MLSP-21] (Контроль за исполнением настоящего приказа возложить на …)" },
  { "clause-6", "Осы бұйрық қол қойылған күнінен бастап қолданысқа енгізіледі.",
    "Настоящий приказ вступает в силу со дня подписания.",
    "order-template.md; [GOV-492] (Осы қаулы қол қойылған күнінен бастап қолданысқа енгізіледі)" },
  { "title", "Бұйрық № {number}", "Приказ № {number}", "the PDF's title" },
};

const TgWording *
_tg_docs_order_wording (guint *n)
{
  *n = G_N_ELEMENTS (wording);
  return wording;
}

static void
add_subject (TgDocBuild *b,
             gboolean    group)
{
  g_autofree char *employer = _tg_docs_employer (b, TG_KK_NOMINATIVE);
  g_autofree char *employer_loc = _tg_docs_employer (b, TG_KK_LOCATIVE);
  g_autofree char *group_text = group ? _tg_docs_say (b, "group-kk-ru", NULL) : g_strdup ("");
  g_autofree char *text = _tg_docs_say (b, "subject", "employer", employer, "employer_loc", employer_loc,
                                        "group", group_text, "nbsp", TG_DOC_NBSP, NULL);

  _tg_docs_add_subject (b, text);
}

static void
add_preamble (TgDocBuild       *b,
              TgClassification *klass)
{
  TgDocLang lang = b->lang;
  g_autofree char *article = _tg_docs_setting_lang (b, "order-article");
  g_autofree char *article_markup = _tg_docs_escape (article);
  g_autofree char *date = _tg_docs_date_markup (tg_case_get_occurred (b->kase), lang,
                                                TG_DOC_TEXT (lang, TG_DATE_FORM_LOCATIVE, TG_DATE_FORM_PLAIN));
  g_autofree char *employer = _tg_docs_employer (b, TG_KK_NOMINATIVE);
  g_autofree char *employer_loc = _tg_docs_employer (b, TG_KK_LOCATIVE);
  g_autofree char *place = _tg_docs_text_in (b, tg_case_get_place (b->kase), tg_case_get_place_kk (b->kase),
                                             _("The place of the accident"));
  g_autofree char *deaths = _tg_docs_deaths_phrase (klass->n_deaths, lang);
  g_autofree char *group = klass->group ? _tg_docs_say (b, "group-kk-ru", NULL) : g_strdup ("");
  g_autofree char *group_instr = klass->group ? _tg_docs_say (b, "group-instr", NULL) : g_strdup ("");
  g_autofree char *text = _tg_docs_say (b, klass->n_deaths > 0 ? "preamble" : "preamble-no-deaths",
                                        "article", article_markup, "date", date, "employer", employer,
                                        "employer_loc", employer_loc, "place", place, "deaths", deaths,
                                        "group", group, "group_instr", group_instr, "nbsp", TG_DOC_NBSP, NULL);

  tg_document_add_paragraph (b->doc, text, TG_PARAGRAPH_DEFAULT);
}

static void
add_clause (TgDocBuild *b,
            const char *number,
            const char *markup)
{
  tg_document_add_clause (b->doc, number, markup);
}

static void
add_clauses (TgDocBuild   *b,
             TgCommission *com)
{
  TgDocLang lang = b->lang;
  const char *due = tg_investigation_get_due (tg_case_get_investigation (b->kase));
  g_autofree char *due_markup = _tg_docs_date_markup (due, lang, TG_DOC_TEXT (lang, TG_DATE_FORM_DATIVE,
                                                                              TG_DATE_FORM_PLAIN));
  g_autofree char *official = _tg_docs_setting_lang (b, "control-official");
  g_autofree char *official_markup = _tg_docs_escape (official);
  g_autofree char *employer = _tg_docs_employer (b, TG_KK_NOMINATIVE);
  g_autofree char *employer_gen = _tg_docs_employer (b, TG_KK_GENITIVE);
  g_autofree char *c1 = _tg_docs_say (b, "clause-1", NULL);
  g_autofree char *c2 = _tg_docs_say (b, "clause-2", "due", due_markup, NULL);
  g_autofree char *c3 = _tg_docs_say (b, "clause-3", NULL);
  g_autofree char *c4 = _tg_docs_say (b, "clause-4", "employer", employer, "employer_gen", employer_gen, NULL);
  g_autofree char *c5 = _tg_docs_say (b, "clause-5", "official", official_markup, "nbsp", TG_DOC_NBSP, NULL);
  g_autofree char *c6 = _tg_docs_say (b, "clause-6", NULL);
  guint first;

  first = tg_document_add_clause (b->doc, "1.", c1);
  tg_document_set_keep_with_next (b->doc, first, TRUE);
  _tg_docs_add_member_table (b, com);
  add_clause (b, "2.", c2);
  add_clause (b, "3.", c3);
  add_clause (b, "4.", c4);
  add_clause (b, "5.", c5);
  add_clause (b, "6.", c6);
}

/**
 * tg_document_new_order:
 * @sources: the organization settings
 * @kase: a case whose commission the Committee has appointed
 * @lang: (nullable): "kk" (the default) or "ru"
 * @error: why there is no order to print
 *
 * Returns: (transfer full) (nullable): the order creating the commission.
 */
TgDocument *
tg_document_new_order (const TgDocSources *sources,
                       TgCase      *kase,
                       const char  *lang,
                       GError     **error)
{
  g_auto(TgDocBuild) b = { sources, kase, TG_DOC_KK, NULL, NULL, 0, NULL };
  TgCommission *com;
  TgClassification klass;
  g_autofree char *number = NULL;
  g_autofree char *title = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (sources != NULL, NULL);
  g_return_val_if_fail (TG_IS_CASE (kase), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_tg_docs_parse_language (lang, &b.lang, error))
    return NULL;
  com = _tg_docs_appointed_commission (kase, error);
  if (com == NULL)
    return NULL;

  tg_classify (kase, &klass);
  number = g_markup_escape_text (tg_commission_get_order_number (com), -1);
  _tg_docs_build_begin (&b, "", wording, G_N_ELEMENTS (wording), tg_commission_get_order_date (com));
  title = _tg_docs_say (&b, "title", "number", number, NULL);
  tg_document_set_title (b.doc, tg_commission_get_order_number (com) != NULL ? title : NULL);
  name = _tg_docs_say (&b, "name", NULL);
  _tg_docs_add_heading (&b);
  _tg_docs_add_title_line (&b, name, tg_commission_get_order_date (com), TRUE,
                           tg_commission_get_order_number (com));
  add_subject (&b, klass.group);
  add_preamble (&b, &klass);
  add_clauses (&b, com);
  _tg_docs_add_chairman_signature (&b, NULL);
  return g_steal_pointer (&b.doc);
}
