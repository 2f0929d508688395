/* tg-case-documents-parts.c — what the printed documents share
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The document kinds build on these; the hub (tg-case-documents.c) only
 * chooses among the kinds, so that no file calls back into one that calls
 * it.  Organization data comes in force on each document's own date;
 * what the person printing should check (a blank setting, a text only in
 * the other language) becomes a note of the document.
 */
#define G_LOG_DOMAIN "tg-case-documents"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tg-case-documents-private.h"
#include "tg-dates.h"
#include "tg-member.h"

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

const char *
_tg_docs_language_code (TgDocLang lang)
{
  return TG_DOC_TEXT (lang, "kk", "ru");
}

/* ------------------------------------------------------------- building */

void
_tg_docs_build_begin (TgDocBuild      *b,
                      const char      *title,
                      const TgWording *wording,
                      guint            n_wording,
                      const char      *date)
{
  b->doc = tg_document_new ();
  tg_document_set_language (b->doc, _tg_docs_language_code (b->lang));
  tg_document_set_title (b->doc, title);
  b->wording = wording;
  b->n_wording = n_wording;
  g_free (b->date);
  b->date = date != NULL ? g_strndup (date, 10) : NULL;
}

void
_tg_docs_build_clear (TgDocBuild *b)
{
  g_clear_object (&b->doc);
  g_clear_pointer (&b->date, g_free);
}

char *
_tg_docs_say (TgDocBuild *b,
              const char *key,
              ...)
{
  const TgWording *w = NULL;
  g_autoptr(GPtrArray) pairs = g_ptr_array_new ();
  GString *out = g_string_new (NULL);
  const char *p;
  const char *arg;
  va_list ap;

  for (guint i = 0; i < b->n_wording && w == NULL; i++)
    if (g_str_equal (b->wording[i].key, key))
      w = &b->wording[i];
  g_return_val_if_fail (w != NULL, g_string_free (out, FALSE));

  va_start (ap, key);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (pairs, (gpointer) arg);
  va_end (ap);

  for (p = TG_DOC_TEXT (b->lang, w->kk, w->ru); *p; p++)
    {
      const char *close;
      gboolean found = FALSE;

      if (*p != '{' || (close = strchr (p, '}')) == NULL)
        {
          g_string_append_c (out, *p);
          continue;
        }
      for (guint i = 0; i + 1 < pairs->len; i += 2)
        if (strncmp (p + 1, g_ptr_array_index (pairs, i), close - p - 1) == 0 &&
            strlen (g_ptr_array_index (pairs, i)) == (gsize) (close - p - 1))
          {
            const char *value = g_ptr_array_index (pairs, i + 1);

            g_string_append (out, value != NULL ? value : TG_DOC_BLANK);
            found = TRUE;
            break;
          }
      g_warn_if_fail (found);
      p = close;
      /* a value that ends a sentence itself ("… Ибраева Т. С.") takes
       * the place of the template's full stop */
      if (found && close[1] == '.' && out->len > 0 && out->str[out->len - 1] == '.')
        p++;
    }
  return g_string_free (out, FALSE);
}

/* --------------------------------------------------------------- values */

char *
_tg_docs_escape (const char *text)
{
  if (text == NULL || *text == '\0')
    return g_strdup (TG_DOC_BLANK);
  return tg_document_escape (text);
}

char *
_tg_docs_date (const char *iso,
               TgDocLang   lang,
               TgDateForm  form)
{
  GDate date;

  if (!tg_any_date_parse (iso, &date))
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
  char *shown = with_time ? tg_date_dup_shown (iso) : tg_date_dup_shown_day (iso);

  return shown != NULL ? shown : g_strdup ("—");
}

char *
_tg_docs_number_markup (const char *number)
{
  g_autofree char *text = g_strconcat ("№ ", number != NULL ? number : TG_DOC_BLANK, NULL);

  return tg_document_escape_unbreakable (text);
}

/* ------------------------------------------------------------- settings */

char *
_tg_docs_setting (const TgDocSources *sources,
                  const char         *key)
{
  g_autofree char *value = NULL;

  if (sources->settings != NULL)
    value = g_strdup (g_hash_table_lookup (sources->settings, key));
  if (value != NULL)
    g_strstrip (value);
  if (value == NULL || *value == '\0')
    return NULL;
  return g_steal_pointer (&value);
}

/* What a dated setting is, for a note. */
static const struct
{
  const char *key;
  const char *label;
} setting_labels[] = {
  { "ministry-name-kk", N_("The ministry's name in Kazakh") },
  { "ministry-name-ru", N_("The ministry's name in Russian") },
  { "committee-name-kk", N_("The Committee's name in Kazakh") },
  { "committee-name-ru", N_("The Committee's name in Russian") },
  { "chairman", N_("The chairman of the Committee") },
  { "control-official-kk", N_("The official who controls execution, in Kazakh (dative)") },
  { "control-official-ru", N_("The official who controls execution, in Russian (accusative)") },
  { "city-kk", N_("The city in Kazakh") },
  { "city-ru", N_("The city in Russian") },
  { "order-article-kk", N_("The article an order creating a commission cites, in Kazakh") },
  { "order-article-ru", N_("The article an order creating a commission cites, in Russian") },
  { "dispute-article-kk", N_("The article a dispute decision cites, in Kazakh") },
  { "dispute-article-ru", N_("The article a dispute decision cites, in Russian") },
};

static const char *
setting_label (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (setting_labels); i++)
    if (g_str_equal (setting_labels[i].key, key))
      return _(setting_labels[i].label);
  return key;
}

char *
_tg_docs_setting_on (TgDocBuild *b,
                     const char *key)
{
  g_autofree char *value = NULL;

  if (b->sources->dated != NULL)
    value = g_strdup (tg_dated_settings_lookup (b->sources->dated, key, b->date));
  else
    value = _tg_docs_setting (b->sources, key);
  if (value != NULL)
    g_strstrip (value);
  if (value != NULL && *value != '\0')
    return g_steal_pointer (&value);
  {
    g_autofree char *shown = b->date != NULL ? tg_date_dup_shown (b->date) : NULL;
    g_autofree char *note = NULL;

    if (shown != NULL)
      /* Translators: "The chairman of the Committee is not set for 19.11.2026: …" */
      note = g_strdup_printf (_("%s is not set for %s: the document has a line to fill in by hand. "
                                "Set it in the settings, in force from a date (setting “%s”)."),
                              setting_label (key), shown, key);
    else
      note = g_strdup_printf (_("%s is not set: the document has a line to fill in by hand. "
                                "Set it in the settings (setting “%s”)."), setting_label (key), key);
    tg_document_add_note (b->doc, note);
  }
  return NULL;
}

char *
_tg_docs_setting_lang (TgDocBuild *b,
                       const char *stem)
{
  g_autofree char *key = g_strconcat (stem, "-", _tg_docs_language_code (b->lang), NULL);

  return _tg_docs_setting_on (b, key);
}

/* -------------------------------------------------------------- heading */

/* kk: "<Ministry>-ның <Committee>"; ru: "<Committee> <Ministry>-а". */
static char *
heading_text (TgDocBuild *b)
{
  g_autofree char *committee = _tg_docs_setting_lang (b, "committee-name");
  g_autofree char *ministry = _tg_docs_setting_lang (b, "ministry-name");
  g_autofree char *genitive = _tg_docs_ministry_genitive (ministry, b->lang);
  g_autofree char *text = NULL;

  if (committee == NULL)
    committee = g_strdup (TG_DOC_BLANK);
  if (*genitive == '\0')
    text = g_strdup (committee);
  else if (b->lang == TG_DOC_KK)
    text = g_strconcat (genitive, " ", committee, NULL);
  else
    text = g_strconcat (committee, " ", genitive, NULL);
  return g_utf8_strup (text, -1);
}

void
_tg_docs_add_heading (TgDocBuild *b)
{
  g_autofree char *text = heading_text (b);
  guint block = tg_document_add_title (b->doc, text);

  tg_document_set_font_size (b->doc, block, 13);
  tg_document_set_spacing (b->doc, block, 0, 6);
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

/* One rule for every document, as published acts write it: "2026 жылғы
 * 25 қараша" / "25 ноября 2026 года" on the line under the document's
 * name, then its number and the city. */
void
_tg_docs_add_title_line (TgDocBuild *b,
                         const char *name,
                         const char *date,
                         gboolean    with_number,
                         const char *number)
{
  g_autofree char *date_markup = _tg_docs_date_markup (date, b->lang, TG_DATE_FORM_PLAIN);
  g_autofree char *number_markup = with_number ? _tg_docs_number_markup (number) : g_strdup ("");
  g_autofree char *city = _tg_docs_setting_lang (b, "city");
  g_autofree char *city_markup = _tg_docs_escape (city);
  guint title;

  if (name != NULL)
    {
      title = tg_document_add_title (b->doc, name);
      tg_document_set_font_size (b->doc, title, 16);
      tg_document_set_spacing (b->doc, title, 2, 2);
    }
  _tg_docs_add_date_line (b->doc, date_markup, number_markup, city_markup);
}

guint
_tg_docs_add_subject (TgDocBuild *b,
                      const char *markup)
{
  guint block = tg_document_add_paragraph (b->doc, markup, TG_PARAGRAPH_CENTER | TG_PARAGRAPH_BOLD |
                                           TG_PARAGRAPH_KEEP_TOGETHER | TG_PARAGRAPH_KEEP_WITH_NEXT);

  tg_document_set_spacing (b->doc, block, 4, 4);
  return block;
}

/* ----------------------------------------------------------- signatures */

char *
_tg_docs_signature_name (const char *name)
{
  g_autofree char *escaped = NULL;

  if (name == NULL || *name == '\0')
    return g_strdup (TG_DOC_BLANK " " TG_DOC_BLANK);
  escaped = tg_document_escape_unbreakable (name);
  return g_strconcat (TG_DOC_BLANK " ", escaped, NULL);
}

/* The chairman of the Committee is the Chief State Labour Inspector of
 * the Republic (Regulation of 2014, para. 17; order-template.md), and
 * signs as both. */
void
_tg_docs_add_chairman_signature (TgDocBuild *b,
                                 const char *signer)
{
  static const char *position[] = {
    "Комитет төрағасы –\nҚазақстан Республикасының\nБас мемлекеттік еңбек инспекторы",
    "Председатель Комитета –\nГлавный государственный инспектор\nтруда Республики Казахстан",
  };
  g_autofree char *chairman = signer != NULL && *signer != '\0' ? g_strdup (signer)
                                                                 : _tg_docs_setting_on (b, "chairman");
  g_autofree char *name = _tg_docs_initial_surname (chairman);
  g_autofree char *right = _tg_docs_signature_name (name);
  g_autofree char *left = tg_document_escape (position[b->lang]);

  tg_document_add_signature (b->doc, left, right);
}

/* ------------------------------------------------------- texts of a case */

/* The legal form is never left alone at the end of a line: it keeps to
 * the word beside it ("ТОО«Азия-…", "…Ойл» ЖШС-нде"), and the rest of the
 * name may break, so that a justified line keeps even spaces. */
static char *
keep_form_together (const char *text)
{
  g_autoptr(GString) markup = NULL;
  const char *first, *last;

  if (text == NULL || *text == '\0')
    return g_strdup (TG_DOC_BLANK);
  first = strchr (text, ' ');
  last = strrchr (text, ' ');
  if (first == NULL)
    return tg_document_escape (text);
  markup = g_string_new (NULL);
  for (const char *p = text; *p; p++)
    {
      /* nor is its ending cut off at the hyphen ("КМК-" / "нда") */
      if (p == last)
        g_string_append (markup, TG_DOC_NBSP "<span allow_breaks=\"false\">");
      else if (p == first)
        g_string_append (markup, TG_DOC_NBSP);
      else if (*p == '&')
        g_string_append (markup, "&amp;");
      else if (*p == '<')
        g_string_append (markup, "&lt;");
      else if (*p == '>')
        g_string_append (markup, "&gt;");
      else
        g_string_append_c (markup, *p);
    }
  g_string_append (markup, "</span>");
  return g_string_free (g_steal_pointer (&markup), FALSE);
}

static void
note_other_language (TgDocBuild *b,
                     const char *label,
                     TgTextLang  printed)
{
  g_autofree char *note = NULL;

  if (b->lang == TG_DOC_KK && printed == TG_TEXT_RU)
    note = g_strdup_printf (_("%s is recorded only in Russian: the Kazakh document prints it so. "
                              "Record its Kazakh wording to print it in Kazakh."), label);
  else if (b->lang == TG_DOC_RU && printed == TG_TEXT_KK)
    note = g_strdup_printf (_("%s is recorded only in Kazakh: the Russian document prints it so. "
                              "Record its Russian wording to print it in Russian."), label);
  if (note != NULL)
    tg_document_add_note (b->doc, note);
}

char *
_tg_docs_employer (TgDocBuild *b,
                   TgKkCase    kcase)
{
  TgEmployer *emp = tg_case_get_employer (b->kase);
  g_autofree char *text = _tg_docs_employer_text (emp, b->lang, kcase);
  const char *name = _tg_docs_employer_name_in (emp, b->lang);

  if (text != NULL)
    note_other_language (b, _("The employer's name"), _tg_docs_text_language (name));
  return keep_form_together (text);
}

char *
_tg_docs_text_in (TgDocBuild *b,
                  const char *recorded,
                  const char *kk,
                  const char *label)
{
  gboolean has_kk = kk != NULL && *kk != '\0';

  /* the Kazakh wording is Kazakh, whatever letters it happens to have */
  if (b->lang == TG_DOC_KK && has_kk)
    return _tg_docs_escape (kk);
  if (b->lang == TG_DOC_RU && (recorded == NULL || *recorded == '\0') && has_kk)
    {
      if (label != NULL)
        note_other_language (b, label, TG_TEXT_KK);
      return _tg_docs_escape (kk);
    }
  if (recorded != NULL && *recorded != '\0' && label != NULL)
    note_other_language (b, label, _tg_docs_text_language (recorded));
  return _tg_docs_escape (recorded);
}

/* ----------------------------------------------------- parts of a case */

static const char *
case_number (TgCase *kase)
{
  return tg_case_get_number (kase) != NULL ? tg_case_get_number (kase) : "";
}

static gboolean
is_blank (const char *text)
{
  return text == NULL || *text == '\0';
}

TgCommission *
_tg_docs_appointed_commission (TgCase  *kase,
                               GError **error)
{
  TgCommission *com = tg_investigation_get_commission (tg_case_get_investigation (kase));

  if (com != NULL && !is_blank (tg_commission_get_order_number (com)) &&
      !is_blank (tg_commission_get_order_date (com)))
    return com;
  g_set_error (error, TG_CASE_DOCUMENTS_ERROR, TG_CASE_DOCUMENTS_ERROR_NO_ORDER,
               _("Case %s has no commission with an order number and date, so there is "
                 "no order to print: appoint the commission first."), case_number (kase));
  return NULL;
}

TgExtension *
_tg_docs_find_extension (TgCase      *kase,
                         const char  *id,
                         GError     **error)
{
  GListModel *list = G_LIST_MODEL (tg_investigation_get_extensions (tg_case_get_investigation (kase)));
  guint n = g_list_model_get_n_items (list);
  guint64 position = n;

  if (n > 0 && (id == NULL || g_ascii_string_to_unsigned (id, 10, 1, n, &position, NULL)))
    {
      g_autoptr(TgExtension) e = g_list_model_get_item (list, (guint) position - 1);
      return e;   /* the list keeps it */
    }
  if (id == NULL)
    g_set_error (error, TG_CASE_DOCUMENTS_ERROR, TG_CASE_DOCUMENTS_ERROR_NOT_FOUND,
                 _("The term of case %s was never extended, so there is no order extending it."),
                 case_number (kase));
  else
    g_set_error (error, TG_CASE_DOCUMENTS_ERROR, TG_CASE_DOCUMENTS_ERROR_NOT_FOUND,
                 _("Case %s has no extension of the term number %s (there are %u)."),
                 case_number (kase), id, n);
  return NULL;
}

TgReview *
_tg_docs_find_review (const TgDocSources *sources,
                      TgCase             *kase,
                      const char         *id,
                      GError            **error)
{
  guint n = sources->reviews != NULL ? sources->reviews->len : 0;

  for (guint i = n; i > 0; i--)
    {
      TgReview *r = g_ptr_array_index (sources->reviews, i - 1);

      if (id == NULL || g_strcmp0 (tg_review_get_id (r), id) == 0)
        return g_object_ref (r);
    }
  if (id == NULL)
    g_set_error (error, TG_CASE_DOCUMENTS_ERROR, TG_CASE_DOCUMENTS_ERROR_NOT_FOUND,
                 _("Case %s has no objectivity review, so there is no conclusion to print: "
                   "record the review first."), case_number (kase));
  else
    g_set_error (error, TG_CASE_DOCUMENTS_ERROR, TG_CASE_DOCUMENTS_ERROR_NOT_FOUND,
                 _("Case %s has no objectivity review “%s”."), case_number (kase), id);
  return NULL;
}

/* Chair first, then the deputy, the members and the secretary; members of
 * one role keep the order they were entered in. */
static int
compare_roles (gconstpointer a,
               gconstpointer b)
{
  TgMember *ma = *(TgMember **) a;
  TgMember *mb = *(TgMember **) b;

  return (int) tg_member_get_role (ma) - (int) tg_member_get_role (mb);
}

GPtrArray *
_tg_docs_sorted_members (TgCommission *com)
{
  GListModel *list = G_LIST_MODEL (tg_commission_get_members (com));
  GPtrArray *members = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    g_ptr_array_add (members, g_list_model_get_item (list, i));
  /* g_ptr_array_sort is a merge sort, so stable. */
  g_ptr_array_sort (members, compare_roles);
  return members;
}

/* "position, organization", or whichever of them there is, in the
 * document's language. */
static char *
position_text (TgDocBuild *b,
               TgMember   *member)
{
  g_autofree char *position = NULL;
  g_autofree char *organization = NULL;
  const char *p = tg_member_get_position (member);
  const char *o = tg_member_get_organization (member);

  if (!is_blank (p) || !is_blank (tg_member_get_position_kk (member)))
    position = _tg_docs_text_in (b, p, tg_member_get_position_kk (member), _("A member's position"));
  if (!is_blank (o) || !is_blank (tg_member_get_organization_kk (member)))
    organization = _tg_docs_text_in (b, o, tg_member_get_organization_kk (member),
                                     _("A member's organization"));
  if (organization == NULL)
    return position != NULL ? g_steal_pointer (&position) : g_strdup ("");
  if (position == NULL)
    return g_steal_pointer (&organization);
  return g_strconcat (position, ", ", organization, NULL);
}

/* The position column is at least as wide as the name column
 * (order-template.md: five members fit a page); a name is kept on one
 * line (its column widens to the longest), positions and organizations
 * wrap. */
void
_tg_docs_add_member_table (TgDocBuild   *b,
                           TgCommission *com)
{
  TgDocLang lang = b->lang;
  const TgDocumentColumn columns[] = {
    { "№", 0.05, TG_COLUMN_CENTER },
    { TG_DOC_TEXT (lang, "Тегі, аты, әкесінің аты", "Фамилия, имя, отчество"), 0.30, TG_COLUMN_NO_WRAP },
    { TG_DOC_TEXT (lang, "Лауазымы, жұмыс орны", "Должность, место работы"), 0.48, TG_COLUMN_DEFAULT },
    { TG_DOC_TEXT (lang, "Комиссиядағы рөлі", "Роль в комиссии"), 0.17, TG_COLUMN_DEFAULT },
  };
  g_autoptr(GPtrArray) members = _tg_docs_sorted_members (com);
  guint table = tg_document_add_table (b->doc, columns, G_N_ELEMENTS (columns), TG_TABLE_DEFAULT);

  /* 11 pt, as tables of orders are set: the longest name on one line
   * leaves the position column at least as wide */
  tg_document_set_font_size (b->doc, table, 11);
  for (guint i = 0; i < members->len; i++)
    {
      TgMember *m = g_ptr_array_index (members, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *name = _tg_docs_escape (tg_member_get_full_name (m));
      g_autofree char *position = position_text (b, m);
      g_autofree char *role = tg_document_escape (_tg_docs_role_label (tg_member_get_role (m), lang));

      tg_document_add_table_row_markup (b->doc, table, (const char * const[]) {
        number, name, position, role });
    }
}
