/* tg-case-documents-decision.c — the Committee's decision on a dispute
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Committee considers disagreements between the employer, the worker
 * and the state labour inspector about an investigation, its act or the
 * registration of an accident (domain.md §4, Regulation of 2014 para. 14).
 * The decision follows the shape of the Committee's acts: heading, title,
 * date and place, what was considered, the parties' positions, the
 * reasoning, the operative part, the appeal, the signature.
 */
#define G_LOG_DOMAIN "tg-case-documents"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-case-documents-private.h"
#include "tg-dispute.h"
#include "tg-position.h"

static const char *
case_number (TgCase *kase)
{
  return tg_case_get_number (kase) != NULL ? tg_case_get_number (kase) : "";
}

TgDispute *
_tg_docs_find_dispute (TgCase      *kase,
                       const char  *id,
                       GError     **error)
{
  GListModel *list = G_LIST_MODEL (tg_case_get_disputes (kase));
  guint n = g_list_model_get_n_items (list);

  if (id == NULL && n == 1)
    return g_list_model_get_item (list, 0);
  for (guint i = 0; id != NULL && i < n; i++)
    {
      g_autoptr(TgDispute) d = g_list_model_get_item (list, i);

      if (g_strcmp0 (tg_dispute_get_id (d), id) == 0)
        return g_steal_pointer (&d);
    }
  if (id == NULL && n > 1)
    g_set_error (error, TG_CASE_DOCUMENTS_ERROR, TG_CASE_DOCUMENTS_ERROR_AMBIGUOUS,
                 _("Case %s has %u disputes: say which decision to print (--dispute ID)."),
                 case_number (kase), n);
  else if (id == NULL)
    g_set_error (error, TG_CASE_DOCUMENTS_ERROR, TG_CASE_DOCUMENTS_ERROR_NOT_FOUND,
                 _("Case %s has no dispute, so there is no decision to print."), case_number (kase));
  else
    g_set_error (error, TG_CASE_DOCUMENTS_ERROR, TG_CASE_DOCUMENTS_ERROR_NOT_FOUND,
                 _("Case %s has no dispute “%s”."), case_number (kase), id);
  return NULL;
}

gboolean
_tg_docs_check_decided (TgCase     *kase,
                        TgDispute  *dispute,
                        GError    **error)
{
  if (tg_dispute_get_status (dispute) == TG_DISPUTE_STATUS_DECIDED &&
      tg_dispute_get_outcome (dispute) != TG_OUTCOME_NONE)
    return TRUE;
  g_set_error (error, TG_CASE_DOCUMENTS_ERROR, TG_CASE_DOCUMENTS_ERROR_NOT_DECIDED,
               _("Dispute “%s” of case %s is not decided yet: record the decision "
                 "(outcome, date, who decided) before printing it."),
               tg_dispute_get_id (dispute) != NULL ? tg_dispute_get_id (dispute) : "",
               case_number (kase));
  return FALSE;
}

static void
add_title (TgDocument *doc,
           TgDispute  *dispute,
           TgDocLang   lang)
{
  const char *subject = _tg_docs_subject_label (tg_dispute_get_subject (dispute), lang);
  g_autofree char *about = NULL;
  g_autofree char *date = _tg_docs_date_markup (tg_dispute_get_decided_on (dispute), lang,
                                                TG_DATE_FORM_PLAIN);
  guint block = tg_document_add_title (doc, TG_DOC_TEXT (lang, "ШЕШІМ", "РЕШЕНИЕ"));

  tg_document_set_font_size (doc, block, 16);
  tg_document_set_spacing (doc, block, 2, 2);
  about = g_strdup_printf (TG_DOC_TEXT (lang, "%s жөніндегі келіспеушілік бойынша",
                                        "по разногласию по вопросу %s"), subject);
  /* Kazakh starts the sentence with the subject: capitalize it. */
  if (lang == TG_DOC_KK)
    {
      g_autofree char *first = g_utf8_strup (about, g_utf8_next_char (about) - about);
      g_autofree char *rest = g_strdup (g_utf8_next_char (about));

      g_free (about);
      about = g_strconcat (first, rest, NULL);
    }
  block = tg_document_add_text (doc, about, TG_PARAGRAPH_CENTER | TG_PARAGRAPH_BOLD |
                                TG_PARAGRAPH_KEEP_WITH_NEXT);
  tg_document_set_spacing (doc, block, 0, 2);
  _tg_docs_add_date_line (doc, date, "", TG_DOC_TEXT (lang, "Астана қаласы", "город Астана"));
}

/* What was considered: the case, the accident, who filed what and when. */
static void
add_considered (TgDocument *doc,
                TgCase     *kase,
                TgDispute  *dispute,
                TgDocLang   lang)
{
  g_autofree char *number = _tg_docs_number_markup (case_number (kase));
  g_autofree char *employer = _tg_docs_employer_markup (kase);
  g_autofree char *place = _tg_docs_escape (tg_case_get_place (kase));
  g_autofree char *accident = _tg_docs_date_markup (tg_case_get_occurred (kase), lang,
                                                    TG_DOC_TEXT (lang, TG_DATE_FORM_LOCATIVE,
                                                                TG_DATE_FORM_PLAIN));
  g_autofree char *filed = _tg_docs_date_markup (tg_dispute_get_filed (dispute), lang,
                                                 TG_DOC_TEXT (lang, TG_DATE_FORM_LOCATIVE,
                                                             TG_DATE_FORM_PLAIN));
  g_autofree char *party = _tg_docs_escape (_tg_docs_party_label (tg_dispute_get_filed_by (dispute), lang));
  g_autofree char *text = NULL;

  if (lang == TG_DOC_KK)
    text = g_strdup_printf ("Комитет %s %s %s болған жазатайым оқиға бойынша %s іс жөнінде "
                            "өтініш беруші (%s) %s мәлімдеген келіспеушілікті қарап, "
                            "мыналарды анықтады:",
                            accident, place, employer, number, party, filed);
  else
    text = g_strdup_printf ("Комитет, рассмотрев разногласие, заявленное %s заявителем (%s) "
                            "по делу %s о" TG_DOC_NBSP "несчастном случае, произошедшем %s в" TG_DOC_NBSP
                            "%s (%s), "
                            "установил:",
                            filed, party, number, accident, employer, place);
  tg_document_add_paragraph (doc, text, TG_PARAGRAPH_DEFAULT);
}

/* "Label: text" as a body paragraph; nothing when @text is blank. */
static void
add_labelled (TgDocument *doc,
              const char *label,
              const char *text)
{
  g_autofree char *markup = NULL;

  if (text == NULL || *text == '\0')
    return;
  markup = g_markup_printf_escaped ("<b>%s</b> %s", label, text);
  tg_document_add_paragraph (doc, markup, TG_PARAGRAPH_DEFAULT);
}

static void
add_positions (TgDocument *doc,
               TgDispute  *dispute,
               TgDocLang   lang)
{
  GListModel *positions = G_LIST_MODEL (tg_dispute_get_positions (dispute));
  guint n = g_list_model_get_n_items (positions);

  add_labelled (doc, TG_DOC_TEXT (lang, "Өтініш берушінің талабы:", "Требование заявителя:"),
                tg_dispute_get_claim (dispute));
  if (n == 0)
    return;
  tg_document_add_text (doc, TG_DOC_TEXT (lang, "Тараптардың ұстанымдары:", "Позиции сторон:"),
                        TG_PARAGRAPH_BOLD | TG_PARAGRAPH_KEEP_WITH_NEXT);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TgPosition) p = g_list_model_get_item (positions, i);
      g_autofree char *number = g_strdup_printf ("%u)", i + 1);
      g_autofree char *markup = g_markup_printf_escaped ("<i>%s:</i> %s",
                                                         _tg_docs_party_text (tg_position_get_party (p), lang),
                                                         tg_position_get_text (p) != NULL
                                                         ? tg_position_get_text (p) : "");

      tg_document_add_clause (doc, number, markup);
    }
}

static void
add_operative (TgDocument *doc,
               TgDispute  *dispute,
               TgDocLang   lang)
{
  guint block;

  add_labelled (doc, TG_DOC_TEXT (lang, "Негіздеме:", "Обоснование:"),
                tg_dispute_get_reasoning (dispute));
  block = tg_document_add_paragraph (doc, TG_DOC_TEXT (lang, "Жоғарыда баяндалғанның негізінде "
                                                       "Комитет <b>ШЕШТІ:</b>",
                                                       "На основании изложенного Комитет "
                                                       "<b>РЕШИЛ:</b>"),
                                     TG_PARAGRAPH_KEEP_WITH_NEXT);
  tg_document_set_spacing (doc, block, 2, 0);
  tg_document_add_clause (doc, "1.", _tg_docs_outcome_operative (tg_dispute_get_outcome (dispute), lang));
  tg_document_add_clause (doc, "2.", TG_DOC_TEXT (lang, "Шешімге Қазақстан Республикасының заңнамасында "
                                                  "белгіленген тәртіппен сотқа шағым жасалуы мүмкін.",
                                                  "Решение может быть обжаловано в суд в порядке, "
                                                  "установленном законодательством Республики Казахстан."));
}

/* An appeal already lodged is noted under the decision.  The court's
 * name is free text in the nominative, so it goes in parentheses. */
static void
add_appeal (TgDocument *doc,
            TgDispute  *dispute,
            TgDocLang   lang)
{
  const char *court = tg_dispute_get_appeal_court (dispute);
  const char *result = tg_dispute_get_appeal_result (dispute);
  g_autofree char *filed = NULL;
  g_autofree char *court_markup = NULL;
  g_autofree char *result_markup = NULL;
  g_autofree char *text = NULL;

  if (court == NULL || *court == '\0')
    return;
  filed = _tg_docs_date_markup (tg_dispute_get_appeal_filed (dispute), lang,
                                TG_DOC_TEXT (lang, TG_DATE_FORM_LOCATIVE, TG_DATE_FORM_PLAIN));
  court_markup = tg_document_escape (court);
  result_markup = tg_document_escape (result != NULL && *result != '\0'
                                      ? result : TG_DOC_TEXT (lang, "қаралуда", "на рассмотрении"));
  text = g_strdup_printf (TG_DOC_TEXT (lang, "<b>Белгі:</b> шешімге %s шағым жасалды (сот: %s); "
                                       "нәтижесі: %s.",
                                       "<b>Отметка:</b> решение обжаловано %s (суд: %s); "
                                       "результат: %s."),
                          filed, court_markup, result_markup);
  tg_document_add_paragraph (doc, text, TG_PARAGRAPH_DEFAULT);
}

static void
add_decided_by (TgDocument *doc,
                TgDispute  *dispute,
                TgDocLang   lang)
{
  g_autofree char *right = _tg_docs_signature_name (tg_dispute_get_decided_by (dispute));

  tg_document_add_signature (doc, TG_DOC_TEXT (lang, "Шешімді қабылдаған", "Решение принял"), right);
}

/**
 * tg_document_new_dispute_decision:
 * @sources: the organization settings
 * @kase: the case
 * @dispute_id: (nullable): the dispute; NULL when the case has only one
 * @lang: (nullable): "kk" (the default) or "ru"
 * @error: why there is no decision to print
 *
 * Returns: (transfer full) (nullable): the decision on the dispute.
 */
TgDocument *
tg_document_new_dispute_decision (const TgDocSources *sources,
                                  TgCase      *kase,
                                  const char  *dispute_id,
                                  const char  *lang,
                                  GError     **error)
{
  g_autoptr(TgDispute) dispute = NULL;
  g_autofree char *title = NULL;
  TgDocument *doc;
  TgDocLang l;

  g_return_val_if_fail (sources != NULL, NULL);
  g_return_val_if_fail (TG_IS_CASE (kase), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_tg_docs_parse_language (lang, &l, error))
    return NULL;
  dispute = _tg_docs_find_dispute (kase, dispute_id, error);
  if (dispute == NULL || !_tg_docs_check_decided (kase, dispute, error))
    return NULL;

  title = g_strdup_printf (TG_DOC_TEXT (l, "Шешім, іс № %s", "Решение, дело № %s"), case_number (kase));
  doc = _tg_docs_new_document (l, title);
  _tg_docs_add_heading (doc, sources, l);
  add_title (doc, dispute, l);
  add_considered (doc, kase, dispute, l);
  add_positions (doc, dispute, l);
  add_operative (doc, dispute, l);
  add_appeal (doc, dispute, l);
  add_decided_by (doc, dispute, l);
  return doc;
}
