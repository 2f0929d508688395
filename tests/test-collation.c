/* test-collation.c — Kazakh alphabetical order, in C and in SQL
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-collation"

#include "config.h"

#include <string.h>

#include <glib.h>

#include "tg-store-collation.h"
#include "tg-store.h"
#include "tg-test-util.h"

/* The alphabet of issue 7, one letter per entry, in order. */
static const char * const alphabet[] = {
  "а", "ә", "б", "в", "г", "ғ", "д", "е", "ё", "ж", "з", "и", "й", "к", "қ",
  "л", "м", "н", "ң", "о", "ө", "п", "р", "с", "т", "у", "ұ", "ү", "ф", "х",
  "һ", "ц", "ч", "ш", "щ", "ъ", "ы", "і", "ь", "э", "ю", "я",
};

static int
sign (int v)
{
  return v < 0 ? -1 : v > 0 ? 1 : 0;
}

static void
assert_before (const char *a,
               const char *b)
{
  if (tg_collate_kazakh (a, b) >= 0 || tg_collate_kazakh (b, a) <= 0)
    g_error ("expected “%s” before “%s”", a, b);
}

static void
test_alphabet (void)
{
  g_assert_cmpuint (G_N_ELEMENTS (alphabet), ==, 42);

  for (guint i = 0; i < G_N_ELEMENTS (alphabet); i++)
    {
      g_autofree char *upper = g_utf8_strup (alphabet[i], -1);

      g_assert_cmpint (tg_collate_kazakh (alphabet[i], alphabet[i]), ==, 0);
      /* Case-blind first: Ә is after а and before б, whatever the case. */
      for (guint j = i + 1; j < G_N_ELEMENTS (alphabet); j++)
        {
          g_autofree char *upper_j = g_utf8_strup (alphabet[j], -1);

          assert_before (alphabet[i], alphabet[j]);
          assert_before (upper, alphabet[j]);
          assert_before (alphabet[i], upper_j);
        }
      /* A tie in letters goes to lower case first, never to equality. */
      if (strcmp (upper, alphabet[i]) != 0)
        assert_before (alphabet[i], upper);
    }
}

/* Issue 7's surnames, and the pairs where a Russian or byte order goes
 * wrong. */
static void
test_surnames (void)
{
  assert_before ("Ахметов", "Әбдіқадыров");
  assert_before ("Әбдіқадыров", "Бекова");
  assert_before ("Гүлнар", "Ғабит");
  assert_before ("Кенжеев", "Қасымов");
  assert_before ("Уәлиев", "Ұлан");
  assert_before ("Ұлан", "Үсенов");
  assert_before ("Ысқақов", "Іскаков");
  assert_before ("Іскаков", "Эшмұхамбетов");
  assert_before ("Нұрланов", "Ңғ");  /* ң is a letter of its own, after н */
  assert_before ("Ожаров", "Өтепов");
  assert_before ("Өтепов", "Павлов");
  assert_before ("Хасенов", "Һашимов");
  assert_before ("Һашимов", "Цой");
  assert_before ("Ермеков", "Ёлкин");
  assert_before ("Ёлкин", "Жұмабаев");
}

static void
test_sort_list (void)
{
  const char *sorted[] = {
    "Ахметов", "Әбдіқадыров", "Бекова", "Гүлнар", "Ғабит", "Кенжеев",
    "Қасымов", "Уәлиев", "Ұлан", "Үсенов", "Ысқақов", "Іскаков",
  };
  g_autoptr(GPtrArray) list = g_ptr_array_new ();
  /* A fixed shuffle. */
  static const guint order[] = { 11, 3, 7, 0, 9, 5, 1, 10, 4, 8, 2, 6 };

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    g_ptr_array_add (list, (gpointer) sorted[order[i]]);
  g_ptr_array_sort_with_data (list, tg_collate_kazakh_ptr, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (sorted); i++)
    g_assert_cmpstr (g_ptr_array_index (list, i), ==, sorted[i]);
}

static void
test_classes (void)
{
  /* Spaces before letters, so that a short name comes first. */
  assert_before ("Ахмет Б.", "Ахметов");
  assert_before ("Ахмет", "Ахмет Б.");
  assert_before ("", "а");
  /* Digits, then Latin, then Cyrillic. */
  assert_before ("2-шахта", "ТОО «Алтын»");
  assert_before ("2 шахта", "KEGOC");
  assert_before ("Kazakhmys", "KEGOC");  /* case-blind: a before e */
  assert_before ("kazakhmys", "Kazakhmys");
  assert_before ("Zhaikmunai", "Ақмола");
  assert_before ("ТОО «Арман»", "ТОО «Әлем»");
  /* NULL first. */
  g_assert_cmpint (tg_collate_kazakh (NULL, "а"), <, 0);
  g_assert_cmpint (tg_collate_kazakh ("а", NULL), >, 0);
  g_assert_cmpint (tg_collate_kazakh (NULL, NULL), ==, 0);
}

static void
test_case (void)
{
  /* Case decides only when the letters are the same. */
  assert_before ("абай", "Абай");
  assert_before ("Абай", "абайлар");
  assert_before ("ҚАСЫМОВ", "қасымова");
  assert_before ("қасымов", "ҚАСЫМОВ");
  g_assert_cmpint (tg_collate_kazakh ("Қасымов", "Қасымов"), ==, 0);
}

static void
test_decomposed (void)
{
  /* й and ё typed as и + U+0306 and е + U+0308 sort as the letters. */
  assert_before ("Ерлан", "Е\xcc\x88лкин");
  assert_before ("Е\xcc\x88лкин", "Жанар");
  assert_before ("Ии", "И\xcc\x86");
  assert_before ("И\xcc\x86", "К");
  g_assert_cmpint (tg_collate_kazakh ("Ёлкин", "Е\xcc\x88лкин"), !=, 0);
}

static void
test_lengths (void)
{
  /* Bounded strings, as SQLite passes them: no NUL, may stop mid-way. */
  const char buf[] = "ҚасымовXXX";
  const char *invalid = "Ахмет\xff";

  g_assert_cmpint (tg_collate_kazakh_len (buf, strlen ("Қасымов"), "Қасымов", -1), ==, 0);
  g_assert_cmpint (tg_collation_kazakh_compare (NULL, strlen ("Қасымов"), buf,
                                                strlen ("Қасымов"), "Қасымов"), ==, 0);
  g_assert_cmpint (tg_collation_kazakh_compare (NULL, 0, NULL, 2, "аа"), <, 0);
  /* Cut inside a two-byte letter: still a total order, no overrun. */
  g_assert_cmpint (tg_collate_kazakh_len (buf, 1, "Қ", -1), !=, 0);
  /* Buffers without a NUL: nothing past their length is read. */
  {
    gsize len = strlen ("Қасымов");
    g_autofree char *x = g_memdup2 ("Қасымов", len);
    g_autofree char *y = g_memdup2 ("Қасымов", len);
    g_autofree char *z = g_memdup2 ("Қасымова", len + 2);

    g_assert_cmpint (tg_collate_kazakh_len (x, len, y, len), ==, 0);
    g_assert_cmpint (tg_collate_kazakh_len (x, len, z, len + 2), <, 0);
    g_assert_cmpint (tg_collate_kazakh_len (z, len + 2, y, len), >, 0);
    /* Cut inside в: the stray byte sorts after every letter. */
    g_assert_cmpint (tg_collate_kazakh_len (x, len - 1, y, len), >, 0);
  }
  g_assert_cmpint (sign (tg_collate_kazakh (invalid, "Ахмет")), ==, 1);
  g_assert_cmpint (sign (tg_collate_kazakh (invalid, "Ахметов")), ==, 1);
}

/* Antisymmetry and transitivity over every triple of a mixed set: SQLite
 * and GtkSorter assume both. */
static void
test_total_order (void)
{
  const char *words[] = {
    "", " ", "1", "10", "9", "A", "a", "Ab", "ab", "é", "Ж", "ж", "жа",
    "Ё", "ё", "Е\xcc\x88", "е", "Ә", "ә", "і", "І", "Ы", "ы", "ъ", "ь",
    "ТОО «Ақ»", "ТОО \"Ақ\"", "Α", "中", "Ї", "ү", "Ү", "ұ", "у",
  };
  guint n = G_N_ELEMENTS (words);

  for (guint i = 0; i < n; i++)
    for (guint j = 0; j < n; j++)
      {
        int ij = sign (tg_collate_kazakh (words[i], words[j]));

        g_assert_cmpint (ij, ==, -sign (tg_collate_kazakh (words[j], words[i])));
        g_assert_cmpint (ij == 0, ==, strcmp (words[i], words[j]) == 0);
        for (guint k = 0; k < n; k++)
          if (ij < 0 && tg_collate_kazakh (words[j], words[k]) < 0)
            g_assert_cmpint (tg_collate_kazakh (words[i], words[k]), <, 0);
      }
}

/* The same on random strings of the troublesome pieces: letters in both
 * cases, combining marks, bytes that are not UTF-8. */
static void
test_random (void)
{
  static const char * const pieces[] = {
    "а", "А", "ә", "Ә", "е", "Е", "ё", "Ё", "\xcc\x88", "и", "\xcc\x86", "й",
    "a", "A", " ", "1", "\xff", "\xd2", "і", "ы",
  };
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < 400; i++)
    {
      GString *w = g_string_new (NULL);
      guint n = g_test_rand_int_range (0, 6);

      for (guint j = 0; j < n; j++)
        g_string_append (w, pieces[g_test_rand_int_range (0, G_N_ELEMENTS (pieces))]);
      g_ptr_array_add (words, g_string_free (w, FALSE));
    }
  for (guint i = 0; i < words->len; i++)
    for (guint j = 0; j < words->len; j++)
      {
        const char *a = words->pdata[i], *b = words->pdata[j];
        int ab = sign (tg_collate_kazakh (a, b));

        g_assert_cmpint (ab, ==, -sign (tg_collate_kazakh (b, a)));
        g_assert_cmpint (ab == 0, ==, strcmp (a, b) == 0);
        g_assert_cmpint (ab, ==, sign (tg_collate_kazakh_len (a, strlen (a), b, strlen (b))));
      }
  g_ptr_array_sort_with_data (words, tg_collate_kazakh_ptr, NULL);
  for (guint i = 1; i < words->len; i++)
    for (guint j = i; j < MIN (words->len, i + 20); j++)
      g_assert_cmpint (tg_collate_kazakh (words->pdata[i - 1], words->pdata[j]), <=, 0);
}

/* ORDER BY employer_name COLLATE kazakh through the store's list query. */
static void
test_store_sort (void)
{
  const char *employers[] = {
    "ТОО «Үлгі»", "ТОО «Ғарыш»", "ТОО «Ұлы Дала»", "ТОО «Гүлжан»",
    "ТОО «Іргетас»", "ТОО «Ақмола Құрылыс»", "ТОО «Ырыс»", "ТОО «Әлем»",
    "ТОО «Қазақмыс»", "ТОО «Кенжеев и К»", "ТОО «Уәде»", "ТОО «Бекова»",
  };
  const char *sorted[] = {
    "ТОО «Ақмола Құрылыс»", "ТОО «Әлем»", "ТОО «Бекова»", "ТОО «Гүлжан»",
    "ТОО «Ғарыш»", "ТОО «Кенжеев и К»", "ТОО «Қазақмыс»", "ТОО «Уәде»",
    "ТОО «Ұлы Дала»", "ТОО «Үлгі»", "ТОО «Ырыс»", "ТОО «Іргетас»",
  };
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  TgCaseQuery query = TG_CASE_QUERY_INIT;

  for (guint i = 0; i < G_N_ELEMENTS (employers); i++)
    {
      g_autoptr(TgCase) draft = tg_test_make_case (1, 0, 0);

      tg_employer_set_name (tg_case_get_employer (draft), employers[i]);
      g_object_unref (tg_test_register (store, draft));
    }

  query.sort = TG_CASE_SORT_EMPLOYER;
  rows = tg_store_list_cases (store, &query, 0, 100, &error);
  g_assert_no_error (error);
  g_assert_nonnull (rows);
  g_assert_cmpuint (rows->len, ==, G_N_ELEMENTS (sorted));
  for (guint i = 0; i < rows->len; i++)
    g_assert_cmpstr (((TgCaseSummary *) g_ptr_array_index (rows, i))->employer, ==, sorted[i]);

  g_clear_pointer (&rows, g_ptr_array_unref);
  query.descending = TRUE;
  rows = tg_store_list_cases (store, &query, 0, 5, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 5);
  for (guint i = 0; i < rows->len; i++)
    g_assert_cmpstr (((TgCaseSummary *) g_ptr_array_index (rows, i))->employer, ==,
                     sorted[G_N_ELEMENTS (sorted) - 1 - i]);

  g_clear_pointer (&rows, g_ptr_array_unref);
  tg_store_close (store);
  tg_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/collation/alphabet", test_alphabet);
  g_test_add_func ("/collation/surnames", test_surnames);
  g_test_add_func ("/collation/sort-list", test_sort_list);
  g_test_add_func ("/collation/classes", test_classes);
  g_test_add_func ("/collation/case", test_case);
  g_test_add_func ("/collation/decomposed", test_decomposed);
  g_test_add_func ("/collation/lengths", test_lengths);
  g_test_add_func ("/collation/total-order", test_total_order);
  g_test_add_func ("/collation/random", test_random);
  g_test_add_func ("/collation/store-sort", test_store_sort);

  return g_test_run ();
}
