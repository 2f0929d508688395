/* tg-case-documents-grammar.c — Kazakh and Russian forms the documents need
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Case endings of names (an employer's, a committee's), numbers of people
 * in words with the noun that agrees with them, a person as "Е. Исаев",
 * a length of service in years and months, and which language a recorded
 * text is written in.  Rules live in tables; each says where it comes
 * from.
 */
#define G_LOG_DOMAIN "tg-case-documents"

#include "config.h"

#include <string.h>

#include "tg-case-documents-private.h"
#include "tg-legal-form.h"

/* ------------------------------------------------------ Kazakh endings */

static gboolean
is_one_of (gunichar    c,
           const char *set)
{
  c = g_unichar_tolower (c);
  for (const char *p = set; *p; p = g_utf8_next_char (p))
    if (g_utf8_get_char (p) == c)
      return TRUE;
  return FALSE;
}

#define KK_VOWELS       "аәеиоөұүыіэюяу"
/* at the end of a word у is a consonant ("қорғаудың") */
#define KK_FINAL_VOWELS "аәеиоөұүыіэюя"
#define KK_FRONT        "әеиөүіэ"
#define KK_VOICELESS    "кқпстфхцчшщ"

/* The endings by the word's last sound and its vowel harmony (Kazakh
 * grammar, e.g. Грамматика казахского языка, «Ана тілі»: the genitive is
 * -ның/-нің after a vowel or м н ң, -дың/-дің after л р й у ж з, else
 * -тың/-тің; the dative -ға/-ге, after a voiceless consonant -қа/-ке; the
 * locative -да/-де, after a voiceless consonant -та/-те): { back, front }
 * per case and sound class. */
typedef enum
{
  SOUND_VOWEL,      /* and, for the genitive, м н ң */
  SOUND_SONORANT,   /* л р й у ж з (and м н ң outside the genitive) */
  SOUND_VOICELESS,
  SOUND_N
} Sound;

static const char * const harmony[TG_KK_N_CASES][SOUND_N][2] = {
  [TG_KK_NOMINATIVE] = { { "", "" }, { "", "" }, { "", "" } },
  [TG_KK_GENITIVE]   = { { "ның", "нің" }, { "дың", "дің" }, { "тың", "тің" } },
  [TG_KK_DATIVE]     = { { "ға", "ге" }, { "ға", "ге" }, { "қа", "ке" } },
  [TG_KK_LOCATIVE]   = { { "да", "де" }, { "да", "де" }, { "та", "те" } },
};

/* The last letter of @word, and its last vowel other than и у (which
 * take their harmony from the vowel before them). */
static void
last_sounds (const char *word,
             gunichar   *last,
             gunichar   *vowel)
{
  const char *p = word + strlen (word);

  *last = 0;
  *vowel = 0;
  while (p > word)
    {
      gunichar c;

      p = g_utf8_prev_char (p);
      c = g_unichar_tolower (g_utf8_get_char (p));
      if (!g_unichar_isalpha (c))
        continue;
      if (*last == 0)
        *last = c;
      if (is_one_of (c, KK_VOWELS))
        {
          *vowel = c;
          if (!is_one_of (c, "иу"))
            return;
        }
    }
}

char *
_tg_kk_ending (const char *word,
               TgKkCase    kcase)
{
  gunichar last, vowel;
  Sound sound;

  if (word == NULL || kcase == TG_KK_NOMINATIVE)
    return g_strdup ("");
  last_sounds (word, &last, &vowel);
  if (is_one_of (last, KK_FINAL_VOWELS) || (kcase == TG_KK_GENITIVE && is_one_of (last, "мнң")))
    sound = SOUND_VOWEL;
  else if (is_one_of (last, KK_VOICELESS) || (kcase == TG_KK_GENITIVE && is_one_of (last, "бвгд")))
    sound = SOUND_VOICELESS;
  else
    sound = SOUND_SONORANT;
  return g_strdup (harmony[kcase][sound][is_one_of (vowel, KK_FRONT) ? 1 : 0]);
}

/* A word in capitals ("ЖШС", "ТЭЦ-3") or ending in a quote or a digit
 * takes its ending after a hyphen. */
static gboolean
needs_hyphen (const char *text)
{
  const char *end = text + strlen (text);
  const char *start = end;
  gboolean letters = FALSE;

  if (end == text)
    return FALSE;
  if (!g_unichar_isalpha (g_utf8_get_char (g_utf8_prev_char (end))))
    return TRUE;
  while (start > text && g_utf8_get_char (g_utf8_prev_char (start)) != ' ')
    start = g_utf8_prev_char (start);
  for (const char *p = start; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalpha (c))
        {
          letters = TRUE;
          if (g_unichar_islower (c))
            return FALSE;
        }
    }
  return letters;
}

char *
_tg_kk_inflect (const char *text,
                TgKkCase    kcase)
{
  g_autofree char *ending = NULL;

  if (text == NULL || *text == '\0')
    return g_strdup ("");
  ending = _tg_kk_ending (text, kcase);
  if (*ending == '\0')
    return g_strdup (text);
  return g_strconcat (text, needs_hyphen (text) ? "-" : "", ending, NULL);
}

/* ------------------------------------------------------------ employer */

const char *
_tg_docs_employer_name_in (TgEmployer *emp,
                           TgDocLang   lang)
{
  const char *kk = tg_employer_get_name_kk (emp);

  if (lang == TG_DOC_KK && kk != NULL && *kk != '\0')
    return kk;
  return tg_employer_get_name (emp);
}

/* "ТОО «Талап Ойл»"; "«Талап Ойл» ЖШС-нің": the Kazakh form follows the
 * name and takes the ending of its row of tg-legal-form.c; a name without
 * a known form takes the ending of its last word by vowel harmony. */
char *
_tg_docs_employer_text (TgEmployer *emp,
                        TgDocLang   lang,
                        TgKkCase    kcase)
{
  const TgLegalForm *form = tg_legal_form_lookup (tg_employer_get_legal_form (emp));
  const char *name = _tg_docs_employer_name_in (emp, lang);

  if (name == NULL || *name == '\0')
    return NULL;
  if (lang == TG_DOC_RU)
    return tg_legal_form_join_ru (form, name);
  if (form == NULL)
    return _tg_kk_inflect (name, kcase);
  if (kcase == TG_KK_NOMINATIVE)
    return g_strconcat (name, " ", form->kk, NULL);
  return g_strconcat (name, " ", form->kk, "-", form->kk_endings[kcase], NULL);
}

/* ------------------------------------------------------ numbers, people */

static const char * const kk_units[] = {
  "", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз",
};
static const char * const kk_tens[] = {
  "", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан",
};
/* masculine, as "человек" is */
static const char * const ru_units[] = {
  "", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять",
};
static const char * const ru_teens[] = {
  "десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать",
  "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать",
};
static const char * const ru_tens[] = {
  "", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят",
  "восемьдесят", "девяносто",
};

char *
_tg_docs_number_words (guint     n,
                       TgDocLang lang)
{
  if (n == 0 || n >= 100)
    return g_strdup_printf ("%u", n);
  if (lang == TG_DOC_KK)
    {
      if (n % 10 == 0)
        return g_strdup (kk_tens[n / 10]);
      if (n < 10)
        return g_strdup (kk_units[n]);
      return g_strconcat (kk_tens[n / 10], " ", kk_units[n % 10], NULL);
    }
  if (n < 10)
    return g_strdup (ru_units[n]);
  if (n < 20)
    return g_strdup (ru_teens[n - 10]);
  if (n % 10 == 0)
    return g_strdup (ru_tens[n / 10]);
  return g_strconcat (ru_tens[n / 10], " ", ru_units[n % 10], NULL);
}

/* Russian agreement of a noun with a number: 1, 21 → "человек" in the
 * nominative singular; 2–4, 22–24 → genitive singular ("человека"); 5–20,
 * 25–30 … → genitive plural ("человек"). */
static guint
ru_plural_form (guint n)
{
  if (n % 10 == 1 && n % 100 != 11)
    return 0;
  if (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14))
    return 1;
  return 2;
}

/* "үш адамның қаза болуына әкеп соққан"; "в результате которого погибли
 * три человека". */
char *
_tg_docs_deaths_phrase (guint     n,
                        TgDocLang lang)
{
  static const char * const people[] = { "человек", "человека", "человек" };
  g_autofree char *words = _tg_docs_number_words (n, lang);
  guint form = ru_plural_form (n);

  if (lang == TG_DOC_KK)
    return g_strdup_printf ("%s адамның қаза болуына әкеп соққан", words);
  return g_strdup_printf ("в результате которого %s %s %s", form == 0 ? "погиб" : "погибли",
                          words, people[form]);
}

/* "5 жыл 3 ай"; "5 лет 3 месяца". */
char *
_tg_docs_service_text (int       months,
                       TgDocLang lang)
{
  static const char * const years_ru[] = { "год", "года", "лет" };
  static const char * const months_ru[] = { "месяц", "месяца", "месяцев" };
  int y = months / 12, m = months % 12;
  GString *s = g_string_new (NULL);

  if (months < 0)
    return g_string_free (s, FALSE);
  if (y > 0)
    g_string_append_printf (s, "%d %s", y, lang == TG_DOC_KK ? "жыл" : years_ru[ru_plural_form (y)]);
  if (m > 0 || y == 0)
    g_string_append_printf (s, "%s%d %s", y > 0 ? " " : "", m,
                            lang == TG_DOC_KK ? "ай" : months_ru[ru_plural_form (m)]);
  return g_string_free (s, FALSE);
}

/* ---------------------------------------------------------------- names */

/* "Исаев Ерлан Маратович", "Исаев Е. М.", "Е. М. Исаев", "Исаев Е.М." →
 * "Е. Исаев": the initial of the given name, then the surname, as
 * signatures and addressees are written.  A full name is recorded surname
 * first (the order of a Kazakh identity document). */
char *
_tg_docs_initial_surname (const char *full_name)
{
  g_auto(GStrv) words = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GPtrArray) initials = g_ptr_array_new ();
  gunichar first;
  char initial[8] = { 0 };

  if (full_name == NULL || *full_name == '\0')
    return NULL;
  words = g_strsplit_set (full_name, " \u00a0", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      if (strchr (words[i], '.') != NULL)
        g_ptr_array_add (initials, words[i]);
      else
        g_ptr_array_add (names, words[i]);
    }
  if (names->len == 0)
    return g_strdup (full_name);
  if (initials->len > 0)
    {
      first = g_utf8_get_char (g_ptr_array_index (initials, 0));
      g_unichar_to_utf8 (first, initial);
      return g_strdup_printf ("%s.\u00a0%s", initial, (char *) g_ptr_array_index (names, 0));
    }
  if (names->len < 2)
    return g_strdup (full_name);
  first = g_utf8_get_char (g_ptr_array_index (names, 1));
  g_unichar_to_utf8 (g_unichar_toupper (first), initial);
  return g_strdup_printf ("%s.\u00a0%s", initial, (char *) g_ptr_array_index (names, 0));
}

/* ------------------------------------------------------------- language */

/* Letters only Kazakh writes (Kazakh Cyrillic alphabet of 1940). */
#define KK_ONLY "әғқңөұүһі"

/* Whether @text reads as Kazakh, as Russian, or as either (a proper name
 * in quotes, numbers): quoted names are left out, then a letter only
 * Kazakh has makes it Kazakh and any other Cyrillic letter Russian. */
TgTextLang
_tg_docs_text_language (const char *text)
{
  gboolean cyrillic = FALSE;
  int depth = 0;

  if (text == NULL)
    return TG_TEXT_NEUTRAL;
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x00ab || c == 0x201c || c == 0x201e)
        depth++;
      else if ((c == 0x00bb || c == 0x201d) && depth > 0)
        depth--;
      else if (depth == 0 && is_one_of (c, KK_ONLY))
        return TG_TEXT_KK;
      else if (depth == 0 && g_unichar_isalpha (c) && c >= 0x0400 && c <= 0x04ff)
        cyrillic = TRUE;
    }
  return cyrillic ? TG_TEXT_RU : TG_TEXT_NEUTRAL;
}
