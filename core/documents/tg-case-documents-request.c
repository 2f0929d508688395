/* tg-case-documents-request.c — a letter requesting information
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Committee requests information and documents from local inspection
 * bodies, employers and other bodies (Regulation of 2014 para. 14–15).
 * An official letter: the Committee's heading, the outgoing date and
 * number, the addressee in the dative in the right half («Начальнику
 * Департамента …», «… басқармасының басшысына»), a subject line, the
 * request citing the case and the accident with its due date, the items
 * asked for one by one, the chairman's signature with his name, and the
 * executor and telephone at the foot («Орын.», «Исп.»).
 */
#define G_LOG_DOMAIN "tg-case-documents"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tg-case-documents-private.h"
#include "tg-info-request.h"
#include "tg-rules.h"

/*   [LETTERS] the form of official letters of state bodies: the addressee
 *             in the dative, the executor and telephone at the foot of the
 *             last page (Rules of documentation and document management in
 *             state bodies, Government resolution No. 1 of 31.10.2018 — as
 *             practised; exact clause to be confirmed). */
static const TgWording wording[] = {
  { "subject", "Ақпарат пен құжаттарды ұсыну туралы", "О представлении информации и документов",
    "[LETTERS] (a letter's subject line)" },
  { "request",
    "{date} {employer_loc} ({place}) болған {group}жазатайым оқиғаны арнайы тергеп-тексеруге байланысты "
    "(іс {number}) {due} дейін Комитетке мынадай мәліметтер мен құжаттарды ұсынуыңызды сұраймын:",
    "В связи со специальным расследованием {group}несчастного случая, произошедшего {date} "
    "в{nbsp}{employer} ({place}), дело {number}, прошу в срок до {due} включительно представить в "
    "Комитет следующие сведения и документы:",
    "Labour Code 2015 art. 188–190 (special investigation); [LETTERS]" },
  { "group", "топтық ", "группового ", "Labour Code 2015 art. 188 p. 3" },
  { "unable", "Мәліметтерді көрсетілген мерзімде ұсыну мүмкін болмаса, себебін хабарлауыңызды сұраймын.",
    "Если представить сведения в указанный срок невозможно, прошу сообщить о причинах.", "[LETTERS]" },
  { "signature", "Комитет төрағасы", "Председатель Комитета", "[LETTERS]; order-template.md" },
  { "executor", "Орын.: {executor}\nТел.: {phone}", "Исп.: {executor}\nТел.: {phone}", "[LETTERS]" },
  { "addressee-kk", "{name} басшысына", "{name}", "[LETTERS] (… басқармасының басшысына)" },
  { "addressee-ru", "Руководителю {name}", "Руководителю {name}", "[LETTERS] (Руководителю Департамента …)" },
  { "title", "Ақпарат сұрау, іс № {number}", "Запрос информации, дело № {number}", "the PDF's title" },
};

const TgWording *
_tg_docs_request_wording (guint *n)
{
  *n = G_N_ELEMENTS (wording);
  return wording;
}

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

/* ------------------------------------------------------------ addressee */

/* The head of an organization's name in the genitive, after
 * «Руководителю»: the first word (and, after an adjective, the noun that
 * follows) by its ending; abbreviations («ТОО», «РГП») do not change. */
static const struct
{
  const char *ending;
  const char *genitive;
  gboolean    adjective;
} ru_endings[] = {
  { "ый", "ого", TRUE }, { "ий", "его", TRUE }, { "ой", "ого", TRUE },
  { "ая", "ой", TRUE }, { "яя", "ей", TRUE }, { "ое", "ого", TRUE }, { "ее", "его", TRUE },
  { "ие", "ия", FALSE }, { "ство", "ства", FALSE }, { "ия", "ии", FALSE }, { "ция", "ции", FALSE },
  { "ка", "ки", FALSE }, { "а", "ы", FALSE }, { "я", "и", FALSE }, { "о", "а", FALSE },
};

/* Words that say the addressee is already in the dative. */
static const char * const ru_dative_heads[] = {
  "Руководителю", "Начальнику", "Директору", "Генеральному", "Председателю", "Главному",
  "Акиму", "Министру", "Заместителю", "Исполняющему", NULL
};

static gboolean
is_abbreviation (const char *word)
{
  gboolean upper = FALSE;

  for (const char *p = word; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_islower (c))
        return FALSE;
      upper |= g_unichar_isupper (c);
    }
  return upper;
}

/* @word in the genitive; whether it was an adjective (and so the next
 * word is its noun). */
static char *
ru_genitive_word (const char *word,
                  gboolean   *adjective)
{
  gsize len = strlen (word);

  *adjective = FALSE;
  if (is_abbreviation (word) || !g_unichar_isalpha (g_utf8_get_char (word)))
    return g_strdup (word);
  for (guint i = 0; i < G_N_ELEMENTS (ru_endings); i++)
    if (g_str_has_suffix (word, ru_endings[i].ending))
      {
        *adjective = ru_endings[i].adjective;
        return g_strdup_printf ("%.*s%s", (int) (len - strlen (ru_endings[i].ending)), word,
                                ru_endings[i].genitive);
      }
  /* a consonant: «Департамент» → «Департамента» */
  if (!g_str_has_suffix (word, "ь") && !g_str_has_suffix (word, "й"))
    return g_strconcat (word, "а", NULL);
  return g_strdup (word);
}

/* The name in the genitive for «Руководителю …»; FALSE when it is in the
 * dative already. */
static gboolean
ru_addressee (const char  *org,
              char       **name)
{
  g_auto(GStrv) words = g_strsplit (org, " ", -1);
  gboolean adjective = FALSE;

  if (words[0] == NULL || g_strv_contains (ru_dative_heads, words[0]))
    {
      *name = g_strdup (org);
      return FALSE;
    }
  for (guint i = 0; words[i] != NULL && i < 3; i++)
    {
      char *genitive = ru_genitive_word (words[i], &adjective);

      g_free (words[i]);
      words[i] = genitive;
      if (!adjective)
        break;
    }
  *name = g_strjoinv (" ", words);
  return TRUE;
}

/* Kazakh: the organization in the genitive, then «басшысына»; a text that
 * ends in the dative already is taken as it is. */
static gboolean
kk_is_dative (const char *text)
{
  static const char * const endings[] = { "ға", "ге", "қа", "ке", "на", "не", NULL };

  for (guint i = 0; endings[i] != NULL; i++)
    if (g_str_has_suffix (text, endings[i]))
      return TRUE;
  return FALSE;
}

/* The addressee in the dative, markup. The case's employer is named as
 * the documents name it, with its legal form. */
static char *
addressee_markup (TgDocBuild    *b,
                  TgInfoRequest *request)
{
  TgEmployer *emp = tg_case_get_employer (b->kase);
  const char *recorded = tg_info_request_get_addressee (request);
  const char *kk = tg_info_request_get_addressee_kk (request);
  g_autofree char *registered = tg_legal_form_join_ru (tg_legal_form_lookup (tg_employer_get_legal_form (emp)),
                                                       tg_employer_get_name (emp));
  g_autofree char *name = NULL;
  g_autofree char *escaped = NULL;
  gboolean wrap = TRUE;
  const char *key = TG_DOC_TEXT (b->lang, "addressee-kk", "addressee-ru");

  if (recorded != NULL && (g_strcmp0 (recorded, registered) == 0 ||
                           g_strcmp0 (recorded, tg_employer_get_name (emp)) == 0))
    name = _tg_docs_employer_text (emp, b->lang, TG_KK_GENITIVE);
  else
    {
      const char *plain = b->lang == TG_DOC_KK && kk != NULL && *kk != '\0' ? kk : recorded;
      g_autofree char *checked = _tg_docs_text_in (b, recorded, kk, _("The addressee"));

      if (plain == NULL || *plain == '\0')
        return g_steal_pointer (&checked);
      /* a Russian name is put in the Russian dative even in a Kazakh
       * letter: Kazakh endings on Russian words would be neither (the
       * note asks for its Kazakh wording) */
      if (b->lang == TG_DOC_RU || _tg_docs_text_language (plain) == TG_TEXT_RU)
        {
          key = "addressee-ru";
          wrap = ru_addressee (plain, &name);
        }
      else if (kk_is_dative (plain))
        {
          name = g_strdup (plain);
          wrap = FALSE;
        }
      else
        name = _tg_kk_inflect (plain, TG_KK_GENITIVE);
    }
  escaped = tg_document_escape (name);
  if (!wrap)
    return g_steal_pointer (&escaped);
  return _tg_docs_say (b, key, "name", escaped, NULL);
}

/* Outgoing date and number, then the addressee in the right half. */
static void
add_head (TgDocBuild    *b,
          TgInfoRequest *request)
{
  static const TgDocumentColumn columns[] = {
    { NULL, 0.45, TG_COLUMN_DEFAULT },
    { NULL, 0.55, TG_COLUMN_DEFAULT },
  };
  g_autofree char *sent = _tg_docs_date_markup (tg_info_request_get_sent (request), b->lang, TG_DATE_FORM_PLAIN);
  g_autofree char *number = _tg_docs_number_markup (tg_info_request_get_number (request));
  g_autofree char *addressee = addressee_markup (b, request);
  g_autofree char *bold = g_strconcat ("<b>", addressee, "</b>", NULL);
  guint table;

  _tg_docs_add_date_line (b->doc, sent, number, "");
  table = tg_document_add_table (b->doc, columns, G_N_ELEMENTS (columns), TG_TABLE_NO_BORDERS);
  tg_document_set_font_size (b->doc, table, 14);
  tg_document_set_spacing (b->doc, table, 6, 6);
  tg_document_add_table_row_markup (b->doc, table, (const char * const[]) { "", bold });
}

static void
add_subject_line (TgDocBuild *b)
{
  g_autofree char *text = _tg_docs_say (b, "subject", NULL);
  guint block = tg_document_add_paragraph (b->doc, text, TG_PARAGRAPH_LEFT | TG_PARAGRAPH_NO_INDENT |
                                           TG_PARAGRAPH_ITALIC | TG_PARAGRAPH_KEEP_WITH_NEXT);

  tg_document_set_spacing (b->doc, block, 0, 6);
}

static void
add_request_text (TgDocBuild    *b,
                  TgInfoRequest *request)
{
  TgDocLang lang = b->lang;
  TgClassification klass;
  g_autofree char *number = _tg_docs_number_markup (case_number (b->kase));
  g_autofree char *employer = _tg_docs_employer (b, TG_KK_NOMINATIVE);
  g_autofree char *employer_loc = _tg_docs_employer (b, TG_KK_LOCATIVE);
  g_autofree char *place = _tg_docs_text_in (b, tg_case_get_place (b->kase), tg_case_get_place_kk (b->kase),
                                             _("The place of the accident"));
  g_autofree char *date = _tg_docs_date_markup (tg_case_get_occurred (b->kase), lang,
                                                TG_DOC_TEXT (lang, TG_DATE_FORM_LOCATIVE, TG_DATE_FORM_PLAIN));
  g_autofree char *due = _tg_docs_date_markup (tg_info_request_get_due (request), lang,
                                               TG_DOC_TEXT (lang, TG_DATE_FORM_DATIVE, TG_DATE_FORM_PLAIN));
  g_autofree char *group = NULL;
  g_autofree char *text = NULL;

  tg_classify (b->kase, &klass);
  group = klass.group ? _tg_docs_say (b, "group", NULL) : g_strdup ("");
  text = _tg_docs_say (b, "request", "date", date, "employer", employer, "employer_loc", employer_loc,
                       "place", place, "group", group, "number", number, "due", due, "nbsp", TG_DOC_NBSP, NULL);
  tg_document_add_paragraph (b->doc, text, TG_PARAGRAPH_KEEP_WITH_NEXT);
}

/* The items asked for, one a line as typed ("…; …" or one a line),
 * numbered. */
static void
add_asked (TgDocBuild    *b,
           TgInfoRequest *request)
{
  const char *subject = tg_info_request_get_subject (request);
  g_auto(GStrv) items = g_strsplit_set (subject != NULL ? subject : "", ";\n", -1);
  g_autofree char *unable = _tg_docs_say (b, "unable", NULL);
  guint n = 0;

  for (guint i = 0; items[i] != NULL; i++)
    {
      g_autofree char *item = g_strstrip (g_strdup (items[i]));
      g_autofree char *number = NULL;
      g_autofree char *markup = NULL;

      if (*item == '\0')
        continue;
      number = g_strdup_printf ("%u)", ++n);
      markup = tg_document_escape (item);
      tg_document_add_clause (b->doc, number, markup);
    }
  if (n == 0)
    tg_document_add_clause (b->doc, "1)", TG_DOC_BLANK);
  tg_document_add_paragraph (b->doc, unable, TG_PARAGRAPH_DEFAULT);
}

static void
add_letter_signature (TgDocBuild *b)
{
  g_autofree char *chairman = _tg_docs_setting_on (b, "chairman");
  g_autofree char *name = _tg_docs_initial_surname (chairman);
  g_autofree char *right = _tg_docs_signature_name (name);
  g_autofree char *left = _tg_docs_say (b, "signature", NULL);

  tg_document_add_signature (b->doc, left, right);
}

/* "Орын.: Т. Сейітов / Тел.: 8 (7172) 74-00-00", small, at the foot. */
static void
add_executor (TgDocBuild *b)
{
  g_autofree char *executor = _tg_docs_setting (b->sources, "executor");
  g_autofree char *phone = _tg_docs_setting (b->sources, "executor-phone");
  g_autofree char *name = _tg_docs_initial_surname (executor);
  g_autofree char *name_markup = _tg_docs_escape (name);
  g_autofree char *phone_markup = _tg_docs_escape (phone);
  g_autofree char *text = _tg_docs_say (b, "executor", "executor", name_markup, "phone", phone_markup, NULL);
  guint block;

  if (executor == NULL || phone == NULL)
    tg_document_add_note (b->doc, _("The letter's executor or telephone is not set: it prints a line to "
                                    "fill in by hand (settings “executor” and “executor-phone”)."));
  tg_document_add_space (b->doc, 8);
  block = tg_document_add_paragraph (b->doc, text, TG_PARAGRAPH_LEFT | TG_PARAGRAPH_NO_INDENT);
  tg_document_set_font_size (b->doc, block, 10);
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
  g_auto(TgDocBuild) b = { sources, kase, TG_DOC_KK, NULL, NULL, 0, NULL };
  g_autoptr(TgInfoRequest) request = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (sources != NULL, NULL);
  g_return_val_if_fail (TG_IS_CASE (kase), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_tg_docs_parse_language (lang, &b.lang, error))
    return NULL;
  request = _tg_docs_find_request (kase, request_id, error);
  if (request == NULL)
    return NULL;

  _tg_docs_build_begin (&b, NULL, wording, G_N_ELEMENTS (wording), tg_info_request_get_sent (request));
  title = _tg_docs_say (&b, "title", "number", case_number (kase), NULL);
  tg_document_set_title (b.doc, title);
  if (tg_info_request_get_number (request) == NULL)
    tg_document_add_note (b.doc, _("The letter has no outgoing number yet: the registry gives it; "
                                   "record it (request --number) or fill in the line by hand."));
  _tg_docs_add_heading (&b);
  add_head (&b, request);
  add_subject_line (&b);
  add_request_text (&b, request);
  add_asked (&b, request);
  add_letter_signature (&b);
  add_executor (&b);
  return g_steal_pointer (&b.doc);
}
