/* tg-case-documents-orders.c — orders that follow the one creating a commission
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The order extending the investigation's term (domain.md §3: an
 * extension is a recorded decision with its reason, new due date and who
 * granted it) and the order changing the commission's composition, which
 * sets clause 1 of the creating order out anew with the members as they
 * are now: the form a changed composition takes in an amending act.  Both
 * are the chairman's orders, with the heading, date line and signature of
 * the creating order (tg-case-documents-order.c).
 */
#define G_LOG_DOMAIN "tg-case-documents"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-case-documents-private.h"
#include "tg-extension.h"
#include "tg-rules.h"

/*   [ORDER]   the creating order (tg-case-documents-order.c) and its sources.
 *   [AMEND]   amending acts of state bodies: «… бұйрыққа мынадай өзгеріс
 *             енгізілсін: 1-тармақ мынадай редакцияда жазылсын:» / «Внести в
 *             приказ … следующее изменение: пункт 1 изложить в следующей
 *             редакции:» (the form of amendments in published orders, e.g. the
 *             orders amending the Rules No. 21 of 2024, adilet.zan.kz). */
static const TgWording wording[] = {
  { "name", "БҰЙРЫҚ", "ПРИКАЗ", "[ORDER]" },
  { "group", "топтық ", "группового ", "Labour Code 2015 art. 188 p. 3" },
  { "extension-subject",
    "{employer_loc} болған еңбек қызметіне байланысты {group}жазатайым оқиғаны арнайы тергеп-тексеру "
    "мерзімін ұзарту туралы",
    "О продлении срока специального расследования {group}несчастного случая, связанного с трудовой "
    "деятельностью, произошедшего в{nbsp}{employer}",
    "[ORDER]; Labour Code 2015 art. 189 (the term and its extension)" },
  { "extension-preamble",
    "{order_date} № {order_number} бұйрықпен құрылған комиссияның {occurred} {employer_loc} болған "
    "жазатайым оқиғаны арнайы тергеп-тексеруді белгіленген мерзімде аяқтауға мүмкіндігі болмауына "
    "байланысты (себебі: {reason}) <b>БҰЙЫРАМЫН:</b>",
    "В связи с невозможностью завершить в установленный срок специальное расследование несчастного "
    "случая, произошедшего {occurred} в{nbsp}{employer}, комиссией, созданной приказом от {order_date} "
    "№ {order_number} (причина: {reason}), <b>ПРИКАЗЫВАЮ:</b>",
    "[ORDER]; domain.md §3 (an extension is a decision with its reason)" },
  { "extension-1", "Арнайы тергеп-тексеру мерзімі {new_due} дейін ұзартылсын.",
    "Продлить срок специального расследования до {new_due} включительно.", "[ORDER] clause 2" },
  { "extension-2",
    "Комиссия арнайы тергеп-тексеруді көрсетілген мерзімде аяқтап, арнайы тергеп-тексеру актісін жасасын.",
    "Комиссии завершить специальное расследование в указанный срок и составить акт специального "
    "расследования.", "[ORDER] clause 2; Labour Code 2015 art. 190" },
  { "control", "Осы бұйрықтың орындалуын бақылау {official} жүктелсін.",
    "Контроль за исполнением настоящего приказа возложить на{nbsp}{official}.", "[ORDER] clause 5" },
  { "effect", "Осы бұйрық қол қойылған күнінен бастап қолданысқа енгізіледі.",
    "Настоящий приказ вступает в силу со дня подписания.", "[ORDER] clause 6" },
  { "composition-subject", "{order_date} № {order_number} бұйрыққа өзгеріс енгізу туралы",
    "О внесении изменения в приказ от {order_date} № {order_number}", "[AMEND]" },
  { "composition-preamble", "Комиссия құрамының өзгеруіне байланысты <b>БҰЙЫРАМЫН:</b>",
    "В связи с изменением состава комиссии <b>ПРИКАЗЫВАЮ:</b>", "[ORDER] (…байланысты БҰЙЫРАМЫН)" },
  { "composition-1",
    "«{subject}» {order_date} № {order_number} бұйрыққа мынадай өзгеріс енгізілсін: 1-тармақ мынадай "
    "редакцияда жазылсын:",
    "Внести в приказ от {order_date} № {order_number} «{subject}» следующее изменение: пункт 1 изложить в "
    "следующей редакции:", "[AMEND]" },
  { "composition-new-1", "«1. Мынадай құрамда комиссия құрылсын:", "«1. Создать комиссию в следующем составе:",
    "[ORDER] clause 1" },
  { "composition-end", "».", "».", "[AMEND] (the new wording closes in quotes)" },
  { "creating-subject",
    "{employer_loc} болған еңбек қызметіне байланысты {group}жазатайым оқиғаны арнайы тергеп-тексеру "
    "жөніндегі комиссия құру туралы",
    "О создании комиссии по специальному расследованию {group}несчастного случая, связанного с трудовой "
    "деятельностью, произошедшего в{nbsp}{employer}", "[ORDER] subject" },
  { "extension-title", "Мерзімді ұзарту туралы бұйрық, іс № {number}",
    "Приказ о продлении срока, дело № {number}", "the PDF's title" },
  { "composition-title", "Комиссия құрамын өзгерту туралы бұйрық, іс № {number}",
    "Приказ об изменении состава комиссии, дело № {number}", "the PDF's title" },
};

const TgWording *
_tg_docs_orders_wording (guint *n)
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
group_text (TgDocBuild *b)
{
  TgClassification klass;

  tg_classify (b->kase, &klass);
  return klass.group ? _tg_docs_say (b, "group", NULL) : g_strdup ("");
}

static void
add_closing_clauses (TgDocBuild *b,
                     guint       first)
{
  g_autofree char *official = _tg_docs_setting_lang (b, "control-official");
  g_autofree char *official_markup = _tg_docs_escape (official);
  g_autofree char *control = _tg_docs_say (b, "control", "official", official_markup, "nbsp", TG_DOC_NBSP, NULL);
  g_autofree char *effect = _tg_docs_say (b, "effect", NULL);
  g_autofree char *n1 = g_strdup_printf ("%u.", first);
  g_autofree char *n2 = g_strdup_printf ("%u.", first + 1);

  tg_document_add_clause (b->doc, n1, control);
  tg_document_add_clause (b->doc, n2, effect);
}

/* "2026 жылғы 27 қазандағы" / "27 октября 2026 года", and the number. */
static void
order_reference (TgDocBuild   *b,
                 TgCommission *com,
                 char        **date,
                 char        **number)
{
  *date = _tg_docs_date_markup (com != NULL ? tg_commission_get_order_date (com) : NULL, b->lang,
                                TG_DOC_TEXT (b->lang, TG_DATE_FORM_ATTRIBUTIVE, TG_DATE_FORM_PLAIN));
  *number = tg_document_escape_unbreakable (com != NULL && tg_commission_get_order_number (com) != NULL
                                            ? tg_commission_get_order_number (com) : TG_DOC_BLANK);
}

/**
 * tg_document_new_extension_order:
 * @sources: the organization settings
 * @kase: the case
 * @extension_id: (nullable): the extension, by its position from 1; NULL:
 *   the latest
 * @lang: (nullable): "kk" (the default) or "ru"
 * @error: why there is no order to print
 *
 * Returns: (transfer full) (nullable): the order extending the term.
 */
TgDocument *
tg_document_new_extension_order (const TgDocSources *sources,
                                 TgCase      *kase,
                                 const char  *extension_id,
                                 const char  *lang,
                                 GError     **error)
{
  g_auto(TgDocBuild) b = { sources, kase, TG_DOC_KK, NULL, NULL, 0, NULL };
  TgCommission *com = tg_investigation_get_commission (tg_case_get_investigation (kase));
  TgExtension *ext;
  g_autofree char *title = NULL, *name = NULL, *group = NULL, *subject = NULL, *preamble = NULL;
  g_autofree char *employer = NULL, *employer_loc = NULL, *occurred = NULL, *reason = NULL;
  g_autofree char *order_date = NULL, *order_number = NULL, *new_due = NULL, *c1 = NULL, *c2 = NULL;

  g_return_val_if_fail (sources != NULL, NULL);
  g_return_val_if_fail (TG_IS_CASE (kase), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_tg_docs_parse_language (lang, &b.lang, error))
    return NULL;
  ext = _tg_docs_find_extension (kase, extension_id, error);
  if (ext == NULL)
    return NULL;

  _tg_docs_build_begin (&b, NULL, wording, G_N_ELEMENTS (wording), tg_extension_get_granted (ext));
  title = _tg_docs_say (&b, "extension-title", "number", case_number (kase), NULL);
  tg_document_set_title (b.doc, title);
  name = _tg_docs_say (&b, "name", NULL);
  group = group_text (&b);
  employer = _tg_docs_employer (&b, TG_KK_NOMINATIVE);
  employer_loc = _tg_docs_employer (&b, TG_KK_LOCATIVE);
  occurred = _tg_docs_date_markup (tg_case_get_occurred (kase), b.lang,
                                   TG_DOC_TEXT (b.lang, TG_DATE_FORM_LOCATIVE, TG_DATE_FORM_PLAIN));
  reason = _tg_docs_escape (tg_extension_get_reason (ext));
  order_reference (&b, com, &order_date, &order_number);
  new_due = _tg_docs_date_markup (tg_extension_get_new_due (ext), b.lang,
                                  TG_DOC_TEXT (b.lang, TG_DATE_FORM_DATIVE, TG_DATE_FORM_PLAIN));
  subject = _tg_docs_say (&b, "extension-subject", "employer", employer, "employer_loc", employer_loc,
                          "group", group, "nbsp", TG_DOC_NBSP, NULL);
  preamble = _tg_docs_say (&b, "extension-preamble", "order_date", order_date, "order_number", order_number,
                           "occurred", occurred, "employer", employer, "employer_loc", employer_loc,
                           "reason", reason, "nbsp", TG_DOC_NBSP, NULL);
  c1 = _tg_docs_say (&b, "extension-1", "new_due", new_due, NULL);
  c2 = _tg_docs_say (&b, "extension-2", NULL);

  _tg_docs_add_heading (&b);
  _tg_docs_add_title_line (&b, name, tg_extension_get_granted (ext), TRUE, tg_extension_get_order_number (ext));
  if (tg_extension_get_order_number (ext) == NULL)
    tg_document_add_note (b.doc, _("The order has no number yet: the registry gives it when it is signed; "
                                   "record it (extend --order-number) or fill in the line by hand."));
  _tg_docs_add_subject (&b, subject);
  tg_document_add_paragraph (b.doc, preamble, TG_PARAGRAPH_DEFAULT);
  tg_document_add_clause (b.doc, "1.", c1);
  tg_document_add_clause (b.doc, "2.", c2);
  add_closing_clauses (&b, 3);
  _tg_docs_add_chairman_signature (&b, NULL);
  return g_steal_pointer (&b.doc);
}

/**
 * tg_document_new_composition_order:
 * @sources: the organization settings
 * @kase: a case whose commission the Committee has appointed
 * @lang: (nullable): "kk" (the default) or "ru"
 * @error: why there is no order to print
 *
 * The order has no number and date yet (the registry gives them when it
 * is signed): its date line has lines to fill in, and the organization
 * data is that in force today.
 *
 * Returns: (transfer full) (nullable): the order setting out the
 *   commission's composition anew.
 */
TgDocument *
tg_document_new_composition_order (const TgDocSources *sources,
                                   TgCase      *kase,
                                   const char  *lang,
                                   GError     **error)
{
  g_auto(TgDocBuild) b = { sources, kase, TG_DOC_KK, NULL, NULL, 0, NULL };
  TgCommission *com;
  g_autofree char *title = NULL, *name = NULL, *group = NULL, *subject = NULL, *preamble = NULL;
  g_autofree char *employer = NULL, *employer_loc = NULL, *creating = NULL, *c1 = NULL;
  g_autofree char *order_date = NULL, *order_number = NULL, *new_1 = NULL, *end = NULL;
  guint block;

  g_return_val_if_fail (sources != NULL, NULL);
  g_return_val_if_fail (TG_IS_CASE (kase), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_tg_docs_parse_language (lang, &b.lang, error))
    return NULL;
  com = _tg_docs_appointed_commission (kase, error);
  if (com == NULL)
    return NULL;

  _tg_docs_build_begin (&b, NULL, wording, G_N_ELEMENTS (wording), NULL);
  title = _tg_docs_say (&b, "composition-title", "number", case_number (kase), NULL);
  tg_document_set_title (b.doc, title);
  name = _tg_docs_say (&b, "name", NULL);
  group = group_text (&b);
  employer = _tg_docs_employer (&b, TG_KK_NOMINATIVE);
  employer_loc = _tg_docs_employer (&b, TG_KK_LOCATIVE);
  order_reference (&b, com, &order_date, &order_number);
  creating = _tg_docs_say (&b, "creating-subject", "employer", employer, "employer_loc", employer_loc,
                           "group", group, "nbsp", TG_DOC_NBSP, NULL);
  subject = _tg_docs_say (&b, "composition-subject", "order_date", order_date, "order_number", order_number, NULL);
  preamble = _tg_docs_say (&b, "composition-preamble", NULL);
  c1 = _tg_docs_say (&b, "composition-1", "subject", creating, "order_date", order_date,
                     "order_number", order_number, NULL);
  new_1 = _tg_docs_say (&b, "composition-new-1", NULL);
  end = _tg_docs_say (&b, "composition-end", NULL);

  _tg_docs_add_heading (&b);
  _tg_docs_add_title_line (&b, name, NULL, TRUE, NULL);
  tg_document_add_note (b.doc, _("The order has no number and date yet: the registry gives them when it is "
                                 "signed; fill in the lines by hand."));
  _tg_docs_add_subject (&b, subject);
  tg_document_add_paragraph (b.doc, preamble, TG_PARAGRAPH_DEFAULT);
  tg_document_add_clause (b.doc, "1.", c1);
  block = tg_document_add_paragraph (b.doc, new_1, TG_PARAGRAPH_DEFAULT | TG_PARAGRAPH_KEEP_WITH_NEXT);
  (void) block;
  _tg_docs_add_member_table (&b, com);
  tg_document_add_paragraph (b.doc, end, TG_PARAGRAPH_RIGHT);
  add_closing_clauses (&b, 2);
  _tg_docs_add_chairman_signature (&b, NULL);
  return g_steal_pointer (&b.doc);
}
