/* tg-case-documents-request.c — a letter requesting information
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Committee requests information and documents from local inspection
 * bodies, employers and other bodies (Regulation of 2014 para. 14–15).
 * An official letter: the Committee's heading, the outgoing date and a
 * number for the registry to fill in, the addressee on the right, a
 * subject line, the request citing the case and the accident, the due
 * date, and the chairman's signature.
 */
#define G_LOG_DOMAIN "tg-case-documents"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-case-documents-private.h"
#include "tg-info-request.h"
#include "tg-rules.h"

static const char *
case_number (TgCase *kase)
{
  return tg_case_get_number (kase) != NULL ? tg_case_get_number (kase) : "";
}

/* Requests that came in an exchange file have no id: they are named by
 * their position from 1. */
TgInfoRequest *
_tg_docs_find_request (TgCase      *kase,
                       const char  *id,
                       GError     **error)
{
  GListModel *list = G_LIST_MODEL (tg_case_get_requests (kase));
  guint n = g_list_model_get_n_items (list);
  guint64 position = 0;

  if (id == NULL && n == 1)
    return g_list_model_get_item (list, 0);
  for (guint i = 0; id != NULL && i < n; i++)
    {
      g_autoptr(TgInfoRequest) r = g_list_model_get_item (list, i);

      if (g_strcmp0 (tg_info_request_get_id (r), id) == 0)
        return g_steal_pointer (&r);
    }
  if (id != NULL && g_ascii_string_to_unsigned (id, 10, 1, n, &position, NULL))
    return g_list_model_get_item (list, (guint) position - 1);

  if (id == NULL && n > 1)
    g_set_error (error, TG_CASE_DOCUMENTS_ERROR, TG_CASE_DOCUMENTS_ERROR_AMBIGUOUS,
                 _("Case %s has %u information requests: say which one to print "
                   "(--request ID, or its position from 1)."), case_number (kase), n);
  else if (id == NULL)
    g_set_error (error, TG_CASE_DOCUMENTS_ERROR, TG_CASE_DOCUMENTS_ERROR_NOT_FOUND,
                 _("Case %s has no information request to print."), case_number (kase));
  else
    g_set_error (error, TG_CASE_DOCUMENTS_ERROR, TG_CASE_DOCUMENTS_ERROR_NOT_FOUND,
                 _("Case %s has no information request “%s”."), case_number (kase), id);
  return NULL;
}

/* Outgoing date and number, then the addressee in the right half. */
static void
add_head (TgDocument    *doc,
          TgInfoRequest *request,
          TgDocLang      lang)
{
  static const TgDocumentColumn columns[] = {
    { NULL, 0.5, TG_COLUMN_DEFAULT },
    { NULL, 0.5, TG_COLUMN_DEFAULT },
  };
  g_autofree char *sent = _tg_docs_date_markup (tg_info_request_get_sent (request), lang,
                                                TG_DOC_TEXT (lang, TG_DATE_FORM_ATTRIBUTIVE,
                                                            TG_DATE_FORM_PLAIN));
  g_autofree char *addressee = _tg_docs_escape (tg_info_request_get_addressee (request));
  g_autofree char *bold = g_strconcat ("<b>", addressee, "</b>", NULL);
  guint table;

  _tg_docs_add_date_line (doc, sent, "№ " TG_DOC_BLANK, "");
  table = tg_document_add_table (doc, columns, G_N_ELEMENTS (columns), TG_TABLE_NO_BORDERS);
  tg_document_set_font_size (doc, table, 14);
  tg_document_set_spacing (doc, table, 6, 6);
  tg_document_add_table_row_markup (doc, table, (const char * const[]) { "", bold });
}

static void
add_subject_line (TgDocument *doc,
                  TgDocLang   lang)
{
  guint block = tg_document_add_text (doc, TG_DOC_TEXT (lang, "Ақпарат пен құжаттарды ұсыну туралы",
                                                        "О представлении информации и документов"),
                                      TG_PARAGRAPH_LEFT | TG_PARAGRAPH_NO_INDENT |
                                      TG_PARAGRAPH_ITALIC | TG_PARAGRAPH_KEEP_WITH_NEXT);

  tg_document_set_spacing (doc, block, 0, 6);
}

static void
add_request_text (TgDocument    *doc,
                  TgCase        *kase,
                  TgInfoRequest *request,
                  TgDocLang      lang)
{
  TgClassification klass;
  g_autofree char *number = _tg_docs_number_markup (case_number (kase));
  g_autofree char *employer = _tg_docs_employer_markup (kase);
  g_autofree char *place = _tg_docs_escape (tg_case_get_place (kase));
  g_autofree char *accident = NULL;
  g_autofree char *due = _tg_docs_date_markup (tg_info_request_get_due (request), lang,
                                               TG_DATE_FORM_DATIVE);
  g_autofree char *text = NULL;

  tg_classify (kase, &klass);
  if (lang == TG_DOC_KK)
    {
      accident = _tg_docs_date_markup (tg_case_get_occurred (kase), lang, TG_DATE_FORM_LOCATIVE);
      text = g_strdup_printf ("Комитет туралы ережеге сәйкес және %s %s %s болған %sжазатайым "
                              "оқиғаны тергеуге байланысты (%s іс) Комитетке %s дейін мынадай "
                              "мәліметтер мен құжаттарды ұсынуыңызды сұраймын:",
                              accident, place, employer, klass.group ? "топтық " : "",
                              number, due);
    }
  else
    {
      accident = _tg_docs_date_markup (tg_case_get_occurred (kase), lang, TG_DATE_FORM_PLAIN);
      text = g_strdup_printf ("В соответствии с Положением о Комитете и в связи с расследованием "
                              "%sнесчастного случая, произошедшего %s в" TG_DOC_NBSP "%s (%s), дело %s, прошу "
                              "в срок до %s представить в Комитет следующие сведения и документы:",
                              klass.group ? "группового " : "", accident, employer, place,
                              number, due);
    }
  tg_document_add_paragraph (doc, text, TG_PARAGRAPH_KEEP_WITH_NEXT);
}

static void
add_asked (TgDocument    *doc,
           TgInfoRequest *request,
           TgDocLang      lang)
{
  g_autofree char *subject = _tg_docs_escape (tg_info_request_get_subject (request));
  g_autofree char *markup = g_strconcat ("<b>", subject, "</b>", NULL);
  guint block = tg_document_add_paragraph (doc, markup, TG_PARAGRAPH_DEFAULT);

  tg_document_set_spacing (doc, block, 2, 2);
  tg_document_add_text (doc, TG_DOC_TEXT (lang, "Мәліметтерді көрсетілген мерзімде ұсыну мүмкін "
                                          "болмаса, себебін хабарлауыңызды сұраймын.",
                                          "Если представить сведения в указанный срок невозможно, "
                                          "прошу сообщить о причинах."),
                        TG_PARAGRAPH_DEFAULT);
}

static void
add_letter_signature (TgDocument *doc,
                      const TgDocSources *sources,
                      TgDocLang   lang)
{
  g_autofree char *chairman = _tg_docs_setting (sources, "chairman");
  g_autofree char *right = _tg_docs_signature_name (chairman);

  tg_document_add_signature (doc, TG_DOC_TEXT (lang, "Комитет төрағасы", "Председатель Комитета"),
                             right);
}

/**
 * tg_document_new_info_request:
 * @sources: the organization settings
 * @kase: the case
 * @request_id: (nullable): the request's id or its position from 1; NULL
 *   when the case has only one
 * @lang: (nullable): "kk" (the default) or "ru"
 * @error: why there is no letter to print
 *
 * Returns: (transfer full) (nullable): the letter.
 */
TgDocument *
tg_document_new_info_request (const TgDocSources *sources,
                              TgCase      *kase,
                              const char  *request_id,
                              const char  *lang,
                              GError     **error)
{
  g_autoptr(TgInfoRequest) request = NULL;
  g_autofree char *title = NULL;
  TgDocument *doc;
  TgDocLang l;

  g_return_val_if_fail (sources != NULL, NULL);
  g_return_val_if_fail (TG_IS_CASE (kase), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_tg_docs_parse_language (lang, &l, error))
    return NULL;
  request = _tg_docs_find_request (kase, request_id, error);
  if (request == NULL)
    return NULL;

  title = g_strdup_printf (TG_DOC_TEXT (l, "Ақпарат сұрау, іс № %s", "Запрос информации, дело № %s"),
                           case_number (kase));
  doc = _tg_docs_new_document (l, title);
  _tg_docs_add_heading (doc, sources, l);
  add_head (doc, request, l);
  add_subject_line (doc, l);
  add_request_text (doc, kase, request, l);
  add_asked (doc, request, l);
  add_letter_signature (doc, sources, l);
  return doc;
}
