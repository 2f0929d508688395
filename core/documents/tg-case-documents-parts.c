/* tg-case-documents-parts.c — what the printed documents share
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The document kinds (order, decision, request letter, case card) build on
 * these; the hub (tg-case-documents.c) only chooses among the kinds, so
 * that no file calls back into one that calls it.
 */
#define G_LOG_DOMAIN "tg-case-documents"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tg-case-documents-private.h"
#include "tg-dates.h"

gboolean
_tg_docs_parse_language (const char  *lang,
                         TgDocLang   *out,
                         GError     **error)
{
  if (lang == NULL || g_ascii_strcasecmp (lang, "kk") == 0)
    *out = TG_DOC_KK;
  else if (g_ascii_strcasecmp (lang, "ru") == 0)
    *out = TG_DOC_RU;
  else
    {
      g_set_error (error, TG_CASE_DOCUMENTS_ERROR, TG_CASE_DOCUMENTS_ERROR_LANGUAGE,
                   _("Documents are printed in Kazakh (kk) or Russian (ru), not “%s”."), lang);
      return FALSE;
    }
  return TRUE;
}

/**
 * tg_case_documents_check_language:
 * @lang: (nullable): "kk", "ru", or NULL for Kazakh
 * @error: where to say why not
 *
 * Returns: whether documents can be printed in @lang.
 */
const char *
_tg_docs_language_code (TgDocLang lang)
{
  return TG_DOC_TEXT (lang, "kk", "ru");
}

TgDocument *
_tg_docs_new_document (TgDocLang   lang,
                       const char *title)
{
  TgDocument *doc = tg_document_new ();

  tg_document_set_language (doc, _tg_docs_language_code (lang));
  tg_document_set_title (doc, title);
  return doc;
}

char *
_tg_docs_escape (const char *text)
{
  if (text == NULL || *text == '\0')
    return g_strdup (TG_DOC_BLANK);
  return tg_document_escape (text);
}

static gboolean
parse_any_date (const char *iso,
                GDate      *date)
{
  g_date_clear (date, 1);
  if (iso == NULL)
    return FALSE;
  if (strlen (iso) == 10)
    return tg_date_parse (iso, date);
  return tg_datetime_date (iso, date);
}

char *
_tg_docs_date (const char *iso,
               TgDocLang   lang,
               TgDateForm  form)
{
  GDate date;

  if (!parse_any_date (iso, &date))
    return g_strdup (TG_DOC_BLANK);
  return tg_date_format_official (&date, _tg_docs_language_code (lang), form);
}

/* "2026 жылғы 18 қарашада", "18 ноября 2026 года": the line may break in
 * the middle only, between the year and the day-and-month, which keeps
 * justified lines even where a wholly unbreakable date would leave gaps. */
char *
_tg_docs_date_markup (const char *iso,
                      TgDocLang   lang,
                      TgDateForm  form)
{
  g_autofree char *text = _tg_docs_date (iso, lang, form);
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  GString *markup = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *word = tg_document_escape (words[i]);

      if (i > 0)
        g_string_append (markup, i == 2 ? " " : TG_DOC_NBSP);
      g_string_append (markup, word);
    }
  return g_string_free (markup, FALSE);
}

char *
_tg_docs_short_date (const char *iso,
                     gboolean    with_time)
{
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GTimeZone) astana = NULL;
  g_autoptr(GDateTime) dt = NULL;
  GDate date;

  if (with_time && iso != NULL && (dt = tg_datetime_parse (iso)) != NULL)
    {
      astana = tg_astana_timezone ();
      local = g_date_time_to_timezone (dt, astana);
      return g_date_time_format (local, "%d.%m.%Y %H:%M");
    }
  if (!parse_any_date (iso, &date))
    return g_strdup ("—");
  return g_strdup_printf ("%02u.%02u.%04u", g_date_get_day (&date),
                          g_date_get_month (&date), g_date_get_year (&date));
}

char *
_tg_docs_setting (const TgDocSources *sources,
                  const char *key)
{
  g_autofree char *value = g_strdup (g_hash_table_lookup (sources->settings, key));

  if (value != NULL)
    g_strstrip (value);
  if (value == NULL || *value == '\0')
    return NULL;
  return g_steal_pointer (&value);
}

/* kk: "<Ministry>-ның <Committee>"; ru: "<Committee> <Ministry>-а". */
static char *
heading_text (const TgDocSources *sources,
              TgDocLang  lang)
{
  g_autofree char *committee = _tg_docs_setting (sources, TG_DOC_TEXT (lang, "committee-name-kk",
                                                                    "committee-name-ru"));
  g_autofree char *ministry = _tg_docs_setting (sources, TG_DOC_TEXT (lang, "ministry-name-kk",
                                                                   "ministry-name-ru"));
  g_autofree char *genitive = _tg_docs_ministry_genitive (ministry, lang);
  g_autofree char *text = NULL;

  if (committee == NULL)
    committee = g_strdup (TG_DOC_BLANK);
  if (*genitive == '\0')
    text = g_strdup (committee);
  else if (lang == TG_DOC_KK)
    text = g_strconcat (genitive, " ", committee, NULL);
  else
    text = g_strconcat (committee, " ", genitive, NULL);
  return g_utf8_strup (text, -1);
}

void
_tg_docs_add_heading (TgDocument *doc,
                      const TgDocSources *sources,
                      TgDocLang   lang)
{
  g_autofree char *text = heading_text (sources, lang);
  guint block = tg_document_add_title (doc, text);

  tg_document_set_font_size (doc, block, 13);
  tg_document_set_spacing (doc, block, 0, 6);
}

void
_tg_docs_add_date_line (TgDocument *doc,
                        const char *left_markup,
                        const char *middle_markup,
                        const char *right_markup)
{
  static const TgDocumentColumn columns[] = {
    { NULL, 0.42, TG_COLUMN_NO_WRAP },
    { NULL, 0.23, TG_COLUMN_CENTER },
    { NULL, 0.35, TG_COLUMN_RIGHT },
  };
  guint line = tg_document_add_table (doc, columns, G_N_ELEMENTS (columns), TG_TABLE_NO_BORDERS);

  tg_document_set_font_size (doc, line, 14);
  tg_document_set_spacing (doc, line, 2, 4);
  tg_document_add_table_row_markup (doc, line, (const char * const[]) {
    left_markup, middle_markup, right_markup });
}

char *
_tg_docs_signature_name (const char *name)
{
  g_autofree char *escaped = NULL;

  if (name == NULL || *name == '\0')
    return g_strdup (TG_DOC_BLANK " " TG_DOC_BLANK);
  escaped = tg_document_escape_unbreakable (name);
  return g_strconcat (TG_DOC_BLANK " ", escaped, NULL);
}

/* A short name ("ТОО «Сарыарка Көмір»") is kept on one line: its legal
 * form is not left alone at the end of a line. */
#define SHORT_NAME 32

char *
_tg_docs_employer_markup (TgCase *kase)
{
  const char *name = tg_employer_get_name (tg_case_get_employer (kase));
  g_autoptr(GString) markup = NULL;
  g_autofree char *escaped = _tg_docs_escape (name);

  if (name == NULL || g_utf8_strlen (name, -1) > SHORT_NAME)
    return g_steal_pointer (&escaped);
  markup = g_string_new (escaped);
  g_string_replace (markup, " ", TG_DOC_NBSP, 0);
  return g_string_free (g_steal_pointer (&markup), FALSE);
}

char *
_tg_docs_number_markup (const char *number)
{
  g_autofree char *text = g_strconcat ("№ ", number != NULL ? number : TG_DOC_BLANK, NULL);

  return tg_document_escape_unbreakable (text);
}

/* ------------------------------------------------------ any document */
