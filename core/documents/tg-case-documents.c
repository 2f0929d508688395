/* tg-case-documents.c — the printed documents: which one, whether it can be printed, its file name
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-case-documents"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tg-case-documents-private.h"
#include "tg-dates.h"

G_DEFINE_QUARK (tg-case-documents-error-quark, tg_case_documents_error)

gboolean
tg_case_documents_check_language (const char  *lang,
                                  GError     **error)
{
  TgDocLang l;

  return _tg_docs_parse_language (lang, &l, error);
}

/**
 * tg_document_new_printed:
 * @sources: the organization settings
 * @kase: the case
 * @kind: which document
 * @item_id: (nullable): the dispute or request, for those kinds
 * @lang: (nullable): "kk" (the default) or "ru"
 * @error: why the document cannot be printed
 *
 * Returns: (transfer full) (nullable): the document.
 */
TgDocument *
tg_document_new_printed (const TgDocSources *sources,
                         TgCase        *kase,
                         TgPrintedKind  kind,
                         const char    *item_id,
                         const char    *lang,
                         GError       **error)
{
  switch (kind)
    {
    case TG_PRINTED_ORDER:
      return tg_document_new_order (sources, kase, lang, error);
    case TG_PRINTED_DECISION:
      return tg_document_new_dispute_decision (sources, kase, item_id, lang, error);
    case TG_PRINTED_REQUEST:
      return tg_document_new_info_request (sources, kase, item_id, lang, error);
    case TG_PRINTED_CARD:
      return tg_document_new_case_card (sources, kase, lang, error);
    case TG_PRINTED_ACT:
      return tg_document_new_act (sources, kase, lang, error);
    case TG_PRINTED_EXTENSION_ORDER:
      return tg_document_new_extension_order (sources, kase, item_id, lang, error);
    case TG_PRINTED_COMPOSITION_ORDER:
      return tg_document_new_composition_order (sources, kase, lang, error);
    case TG_PRINTED_REVIEW:
      return tg_document_new_review_conclusion (sources, kase, item_id, lang, error);
    case TG_PRINTED_REVIEW_LETTER:
      return tg_document_new_review_letter (sources, kase, item_id, lang, error);
    case TG_N_PRINTED_KINDS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * tg_printed_check:
 * @kase: the case
 * @kind: which document
 * @item_id: (nullable): the dispute or request, for those kinds
 * @error: why the document cannot be printed (for a disabled action's
 *   tooltip)
 *
 * Whether the document can be printed, without building it.
 *
 * Returns: TRUE if tg_document_new_printed() would succeed.
 */
gboolean
tg_printed_check (TgCase         *kase,
                  TgPrintedKind   kind,
                  const char     *item_id,
                  GError        **error)
{
  g_autoptr(TgDispute) dispute = NULL;
  g_autoptr(TgInfoRequest) request = NULL;

  g_return_val_if_fail (TG_IS_CASE (kase), FALSE);

  switch (kind)
    {
    case TG_PRINTED_ORDER:
      return _tg_docs_appointed_commission (kase, error) != NULL;
    case TG_PRINTED_DECISION:
      dispute = _tg_docs_find_dispute (kase, item_id, error);
      return dispute != NULL && _tg_docs_check_decided (kase, dispute, error);
    case TG_PRINTED_REQUEST:
      request = _tg_docs_find_request (kase, item_id, error);
      return request != NULL;
    case TG_PRINTED_CARD:
    case TG_PRINTED_ACT:
    case TG_PRINTED_REVIEW:
    case TG_PRINTED_REVIEW_LETTER:
      return TRUE;
    case TG_PRINTED_EXTENSION_ORDER:
      return _tg_docs_find_extension (kase, item_id, error) != NULL;
    case TG_PRINTED_COMPOSITION_ORDER:
      return _tg_docs_appointed_commission (kase, error) != NULL;
    case TG_N_PRINTED_KINDS:
    default:
      g_return_val_if_reached (FALSE);
    }
}

static const char * const kind_nicks[TG_N_PRINTED_KINDS] = {
  [TG_PRINTED_ORDER] = "order",
  [TG_PRINTED_DECISION] = "decision",
  [TG_PRINTED_REQUEST] = "request",
  [TG_PRINTED_CARD] = "card",
  [TG_PRINTED_ACT] = "act",
  [TG_PRINTED_EXTENSION_ORDER] = "extension-order",
  [TG_PRINTED_COMPOSITION_ORDER] = "composition-order",
  [TG_PRINTED_REVIEW] = "review",
  [TG_PRINTED_REVIEW_LETTER] = "review-letter",
};

const char *
tg_printed_kind_nick (TgPrintedKind kind)
{
  g_return_val_if_fail ((guint) kind < TG_N_PRINTED_KINDS, NULL);
  return kind_nicks[kind];
}

gboolean
tg_printed_kind_from_nick (const char    *nick,
                           TgPrintedKind *kind)
{
  for (guint i = 0; nick != NULL && i < TG_N_PRINTED_KINDS; i++)
    if (g_str_equal (kind_nicks[i], nick))
      {
        *kind = (TgPrintedKind) i;
        return TRUE;
      }
  return FALSE;
}

/* File names keep to letters, digits and "-": a request's id may be
 * anything. */
static void
append_safe (GString    *name,
             const char *part)
{
  for (const char *p = part; *p; p++)
    g_string_append_c (name, g_ascii_isalnum (*p) || *p == '-' ? *p : '_');
}

/**
 * tg_printed_file_name:
 *
 * Returns: (transfer full): a file name to offer when saving the document.
 */
char *
tg_printed_file_name (TgCase        *kase,
                      TgPrintedKind  kind,
                      const char    *item_id,
                      const char    *lang)
{
  const char *number;
  TgDocLang l = TG_DOC_KK;
  GString *name = g_string_new (NULL);

  g_return_val_if_fail (TG_IS_CASE (kase), NULL);
  g_return_val_if_fail ((guint) kind < TG_N_PRINTED_KINDS, NULL);

  number = tg_case_get_number (kase) != NULL ? tg_case_get_number (kase) : tg_case_get_id (kase);
  append_safe (name, number != NULL ? number : "case");
  g_string_append_printf (name, "-%s", kind_nicks[kind]);
  if (item_id != NULL && kind != TG_PRINTED_ORDER && kind != TG_PRINTED_CARD &&
      kind != TG_PRINTED_ACT && kind != TG_PRINTED_COMPOSITION_ORDER)
    {
      g_string_append_c (name, '-');
      append_safe (name, item_id);
    }
  if (!_tg_docs_parse_language (lang, &l, NULL))
    l = TG_DOC_KK;
  g_string_append_printf (name, "-%s.pdf", _tg_docs_language_code (l));
  return g_string_free (name, FALSE);
}
