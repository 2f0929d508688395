/* tg-case-documents-decision.c — the decision on a dispute
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Disagreements between the employer, the worker and the state labour
 * inspector about an investigation, the formalization of its materials or
 * the registration of an accident are considered by the senior chief
 * state labour inspector (Labour Code 2015, ch. 21; domain.md §4): for the
 * Committee, its chairman, the Chief State Labour Inspector of the
 * Republic, who decides in his own name («ШЕШТІМ», «РЕШИЛ»).  The
 * decision says who applied and when, about which accident, victim and
 * act, the parties' positions, the reasoning, the operative part and how
 * it may be appealed.  An appeal lodged later is a record of the case, not
 * part of the signed decision: a reprint is the same document.
 */
#define G_LOG_DOMAIN "tg-case-documents"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tg-case-documents-private.h"
#include "tg-dispute.h"
#include "tg-position.h"
#include "tg-victim.h"

/*   [ENBEK]   enbek.gov.kz, Labour Code explained (2018): "Disagreements …
 *             between the employer, the employee and the state labour
 *             inspector are considered in the order of subordination by the
 *             senior chief state labour inspector and (or) in court."
 *   [MNE-70]  see tg-case-documents-order.c. */
static const TgWording wording[] = {
  { "name", "ШЕШІМ", "РЕШЕНИЕ", "domain.md §4, §7" },
  { "subject", "{subject} кезінде туындаған келіспеушіліктер туралы",
    "О разногласиях, возникших при {subject}", "[ENBEK]; Labour Code 2015, ch. 21" },
  { "preamble",
    "Қазақстан Республикасының Бас мемлекеттік еңбек инспекторы ретінде Қазақстан Республикасы Еңбек "
    "кодексінің {article} сәйкес {filed} келіп түскен өтінішті (өтініш беруші – {applicant}, {party}) "
    "қарап, мынаны <b>АНЫҚТАДЫМ:</b>",
    "Главный государственный инспектор труда Республики Казахстан, руководствуясь {article} "
    "Трудового кодекса Республики Казахстан, рассмотрев заявление, поступившее {filed} "
    "(заявитель — {applicant}, {party}), <b>УСТАНОВИЛ:</b>",
    "[ENBEK]; [MNE-70] (…-бабының …-тармағына сәйкес)" },
  { "accident", "{date} {employer_loc} ({place}) жазатайым оқиға болды{victim}.",
    "{date} в{nbsp}{employer} ({place}) произошёл несчастный случай{victim}.",
    "domain.md §2 (the accident: date, employer, place, victims)" },
  { "victim", ", зардап шегуші – {name}", ", пострадавший — {name}", "domain.md §2" },
  { "act-special", "Жазатайым оқиғаны {body} арнайы тергеп-тексерді, арнайы тергеп-тексеру актісі "
    "{date} № {number} жасалды.",
    "Специальное расследование несчастного случая проведено {body}, акт специального расследования "
    "от {date} № {number}.", "Labour Code 2015 art. 188 p. 3–4, art. 190" },
  { "act-employer", "Жазатайым оқиғаны жұмыс берушінің комиссиясы тергеп-тексерді, тергеп-тексеру актісі "
    "{date} № {number} жасалды.",
    "Расследование несчастного случая проведено комиссией работодателя, акт расследования от {date} "
    "№ {number}.", "Labour Code 2015 art. 188 p. 1, art. 190" },
  { "claim", "Өтініш берушінің талабы: {claim}", "Требование заявителя: {claim}", "domain.md §4" },
  { "positions", "Тараптардың ұстанымдары:", "Позиции сторон:", "domain.md §4" },
  { "reasoning", "Өтінішті қарау нәтижесінде мынадай қорытындыға келдім: {reasoning}",
    "По результатам рассмотрения заявления установлено: {reasoning}", "domain.md §4" },
  { "operative", "Жоғарыда баяндалғанның негізінде <b>ШЕШТІМ:</b>",
    "На основании изложенного <b>РЕШИЛ:</b>", "issue 15 («ШЕШТІМ», the inspector decides)" },
  { "appeal", "Осы шешімге Қазақстан Республикасының заңнамасында белгіленген тәртіппен сотқа шағым "
    "жасалуы мүмкін.",
    "Настоящее решение может быть обжаловано в суд в порядке, установленном законодательством "
    "Республики Казахстан.", "[ENBEK] (… and (or) in court)" },
  { "title", "Шешім, іс № {number}", "Решение, дело № {number}", "the PDF's title" },
};

const TgWording *
_tg_docs_decision_wording (guint *n)
{
  *n = G_N_ELEMENTS (wording);
  return wording;
}

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
  const char *id = tg_dispute_get_id (dispute) != NULL ? tg_dispute_get_id (dispute) : "";

  if (tg_dispute_get_status (dispute) == TG_DISPUTE_STATUS_DECIDED &&
      tg_dispute_get_outcome (dispute) != TG_OUTCOME_NONE)
    return TRUE;
  if (tg_dispute_get_status (dispute) == TG_DISPUTE_STATUS_WITHDRAWN)
    g_set_error (error, TG_CASE_DOCUMENTS_ERROR, TG_CASE_DOCUMENTS_ERROR_NOT_DECIDED,
                 _("Dispute “%s” of case %s was withdrawn by the applicant: a withdrawn dispute "
                   "is not decided, so there is no decision to print."), id, case_number (kase));
  else
    g_set_error (error, TG_CASE_DOCUMENTS_ERROR, TG_CASE_DOCUMENTS_ERROR_NOT_DECIDED,
                 _("Dispute “%s” of case %s is not decided yet: record the decision "
                   "(outcome, date, who decided) before printing it."), id, case_number (kase));
  return FALSE;
}

/* The victim the dispute is about, or the case's only victim. */
static TgVictim *
victim_of (TgCase    *kase,
           TgDispute *dispute)
{
  GListModel *list = G_LIST_MODEL (tg_case_get_victims (kase));
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TgVictim) v = g_list_model_get_item (list, i);

      if (g_strcmp0 (tg_victim_get_id (v), tg_dispute_get_victim (dispute)) == 0)
        return g_steal_pointer (&v);
    }
  return n == 1 ? g_list_model_get_item (list, 0) : NULL;
}

/* Who applied: the name recorded, else the employer itself when it is
 * the employer, else a line to fill in. */
static char *
applicant_markup (TgDocBuild *b,
                  TgDispute  *dispute)
{
  const char *applicant = tg_dispute_get_applicant (dispute);

  if (applicant != NULL && *applicant != '\0')
    return tg_document_escape (applicant);
  if (tg_dispute_get_filed_by (dispute) == TG_PARTY_EMPLOYER)
    return _tg_docs_employer (b, TG_KK_NOMINATIVE);
  tg_document_add_note (b->doc, _("The decision does not name the applicant: record who applied "
                                  "(dispute-file --applicant) or fill in the line by hand."));
  return g_strdup (TG_DOC_BLANK);
}

static void
add_considered (TgDocBuild *b,
                TgDispute  *dispute)
{
  TgDocLang lang = b->lang;
  TgInvestigation *inv = tg_case_get_investigation (b->kase);
  g_autofree char *article = _tg_docs_setting_lang (b, "dispute-article");
  g_autofree char *article_markup = _tg_docs_escape (article);
  g_autofree char *filed = _tg_docs_date_markup (tg_dispute_get_filed (dispute), lang,
                                                 TG_DOC_TEXT (lang, TG_DATE_FORM_LOCATIVE, TG_DATE_FORM_PLAIN));
  g_autofree char *applicant = applicant_markup (b, dispute);
  g_autofree char *party = tg_document_escape (_tg_docs_applicant_label (tg_dispute_get_filed_by (dispute), lang));
  g_autofree char *preamble = _tg_docs_say (b, "preamble", "article", article_markup, "filed", filed,
                                            "applicant", applicant, "party", party, NULL);
  g_autoptr(TgVictim) victim = victim_of (b->kase, dispute);
  g_autofree char *victim_name = victim != NULL ? _tg_docs_escape (tg_victim_get_full_name (victim)) : NULL;
  g_autofree char *victim_text = victim != NULL ? _tg_docs_say (b, "victim", "name", victim_name, NULL)
                                                : g_strdup ("");
  g_autofree char *date = _tg_docs_date_markup (tg_case_get_occurred (b->kase), lang,
                                                TG_DOC_TEXT (lang, TG_DATE_FORM_LOCATIVE, TG_DATE_FORM_PLAIN));
  g_autofree char *employer = _tg_docs_employer (b, TG_KK_NOMINATIVE);
  g_autofree char *employer_loc = _tg_docs_employer (b, TG_KK_LOCATIVE);
  g_autofree char *place = _tg_docs_text_in (b, tg_case_get_place (b->kase), tg_case_get_place_kk (b->kase),
                                             _("The place of the accident"));
  g_autofree char *accident = _tg_docs_say (b, "accident", "date", date, "employer", employer,
                                            "employer_loc", employer_loc, "place", place,
                                            "victim", victim_text, "nbsp", TG_DOC_NBSP, NULL);

  tg_document_add_paragraph (b->doc, preamble, TG_PARAGRAPH_DEFAULT);
  tg_document_add_paragraph (b->doc, accident, TG_PARAGRAPH_DEFAULT);
  if (tg_investigation_get_act_number (inv) != NULL)
    {
      TgBody who = tg_investigation_get_body (inv);
      g_autofree char *body = tg_document_escape (_tg_docs_investigator (who, lang));
      g_autofree char *act_date = _tg_docs_date_markup (tg_investigation_get_act_date (inv), lang,
                                                        TG_DOC_TEXT (lang, TG_DATE_FORM_ATTRIBUTIVE,
                                                                     TG_DATE_FORM_PLAIN));
      g_autofree char *act_number = tg_document_escape_unbreakable (tg_investigation_get_act_number (inv));
      g_autofree char *act = _tg_docs_say (b, who == TG_BODY_EMPLOYER ? "act-employer" : "act-special",
                                           "body", body, "date", act_date, "number", act_number, NULL);

      tg_document_add_paragraph (b->doc, act, TG_PARAGRAPH_DEFAULT);
    }
}

static void
add_positions (TgDocBuild *b,
               TgDispute  *dispute)
{
  GListModel *positions = G_LIST_MODEL (tg_dispute_get_positions (dispute));
  guint n = g_list_model_get_n_items (positions);
  g_autofree char *claim_text = _tg_docs_escape (tg_dispute_get_claim (dispute));
  g_autofree char *claim = _tg_docs_say (b, "claim", "claim", claim_text, NULL);
  g_autofree char *heading = NULL;

  tg_document_add_paragraph (b->doc, claim, TG_PARAGRAPH_DEFAULT);
  if (n == 0)
    return;
  heading = _tg_docs_say (b, "positions", NULL);
  tg_document_add_paragraph (b->doc, heading, TG_PARAGRAPH_KEEP_WITH_NEXT);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TgPosition) p = g_list_model_get_item (positions, i);
      g_autofree char *number = g_strdup_printf ("%u)", i + 1);
      g_autofree char *markup = g_markup_printf_escaped ("<i>%s:</i> %s",
                                                         _tg_docs_party_text (tg_position_get_party (p), b->lang),
                                                         tg_position_get_text (p) != NULL
                                                         ? tg_position_get_text (p) : "");

      tg_document_add_clause (b->doc, number, markup);
    }
}

static void
add_operative (TgDocBuild *b,
               TgDispute  *dispute)
{
  g_autofree char *reasoning_text = _tg_docs_escape (tg_dispute_get_reasoning (dispute));
  g_autofree char *reasoning = _tg_docs_say (b, "reasoning", "reasoning", reasoning_text, NULL);
  g_autofree char *decided = _tg_docs_say (b, "operative", NULL);
  g_autofree char *appeal = _tg_docs_say (b, "appeal", NULL);
  g_autofree char *outcome = tg_document_escape (_tg_docs_outcome_operative (tg_dispute_get_outcome (dispute),
                                                                            b->lang));
  guint block;

  tg_document_add_paragraph (b->doc, reasoning, TG_PARAGRAPH_DEFAULT);
  block = tg_document_add_paragraph (b->doc, decided, TG_PARAGRAPH_KEEP_WITH_NEXT);
  tg_document_set_spacing (b->doc, block, 2, 0);
  tg_document_add_clause (b->doc, "1.", outcome);
  tg_document_add_clause (b->doc, "2.", appeal);
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
  g_auto(TgDocBuild) b = { sources, kase, TG_DOC_KK, NULL, NULL, 0, NULL };
  g_autoptr(TgDispute) dispute = NULL;
  g_autofree char *title = NULL;
  g_autofree char *name = NULL;
  g_autofree char *subject_text = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *signer = NULL;

  g_return_val_if_fail (sources != NULL, NULL);
  g_return_val_if_fail (TG_IS_CASE (kase), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_tg_docs_parse_language (lang, &b.lang, error))
    return NULL;
  dispute = _tg_docs_find_dispute (kase, dispute_id, error);
  if (dispute == NULL || !_tg_docs_check_decided (kase, dispute, error))
    return NULL;

  _tg_docs_build_begin (&b, NULL, wording, G_N_ELEMENTS (wording), tg_dispute_get_decided_on (dispute));
  title = _tg_docs_say (&b, "title", "number", case_number (kase), NULL);
  tg_document_set_title (b.doc, title);
  name = _tg_docs_say (&b, "name", NULL);
  subject_text = tg_document_escape (_tg_docs_subject_label (tg_dispute_get_subject (dispute), b.lang));
  subject = _tg_docs_say (&b, "subject", "subject", subject_text, NULL);
  /* Kazakh starts the subject line with the subject itself. */
  if (b.lang == TG_DOC_KK)
    {
      g_autofree char *first = g_utf8_strup (subject, g_utf8_next_char (subject) - subject);
      char *whole = g_strconcat (first, g_utf8_next_char (subject), NULL);

      g_free (subject);
      subject = whole;
    }

  _tg_docs_add_heading (&b);
  _tg_docs_add_title_line (&b, name, tg_dispute_get_decided_on (dispute), TRUE, tg_dispute_get_number (dispute));
  if (tg_dispute_get_number (dispute) == NULL)
    tg_document_add_note (b.doc, _("The decision has no number: record it (dispute-decide --number) "
                                   "or fill in the line by hand."));
  _tg_docs_add_subject (&b, subject);
  add_considered (&b, dispute);
  add_positions (&b, dispute);
  add_operative (&b, dispute);
  /* who decided, as recorded ("Исаев Е.І., Председатель Комитета"), else
   * the chairman in force on the day */
  signer = g_strdup (tg_dispute_get_decided_by (dispute));
  if (signer != NULL && strchr (signer, ',') != NULL)
    *strchr (signer, ',') = '\0';
  _tg_docs_add_chairman_signature (&b, signer);
  return g_steal_pointer (&b.doc);
}
