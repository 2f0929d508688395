/* tg-store-search.c — what a typed word finds: the beginnings of words,
 * and parts of words
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A typed word finds the cases with a word that begins with it, as the
 * full-text index of each engine does ("Ахмет" finds Ахметов). A typed
 * word of letters alone, TG_STORE_SEARCH_INSIDE_MIN of them or more,
 * also finds the words that have it inside: "баев" finds Нұрбаев and
 * Асылбаева, "мола" finds Ақмола (issue 17). Surnames, place names and
 * Kazakh compounds are where an investigator remembers the middle of a
 * word; numbers, IINs and BINs are read from their start, and a typed
 * word with digits stays a beginning.
 *
 * Neither engine's full-text index finds the middle of a word, so the
 * words that can have one, letters only and longer than the typed word
 * can be, are kept in search_words (schema 7), a row each, lower-case, as
 * both engines fold them: written here with each case's full-text row,
 * and never removed (a word no case has any more finds nothing). A typed
 * word is looked up there, and the words found become alternatives of the
 * word in the engine's full-text expression (fts_expression): the index
 * then finds their cases as it finds any word.
 */
#define G_LOG_DOMAIN "tg-store"

#include "config.h"

#include <string.h>

#include "tg-store-private.h"

/* @text (@len bytes, -1: up to its NUL) as both the typed word and the
 * words kept are compared: composed and lower-case. */
static char *
fold (const char *text,
      gssize      len)
{
  g_autofree char *nfc = g_utf8_normalize (text, len, G_NORMALIZE_NFC);

  return nfc != NULL ? g_utf8_strdown (nfc, -1) : NULL;
}

/* Whether @word has letters only, and @min of them at least. */
static gboolean
letters_only (const char *word,
              guint       min)
{
  guint n = 0;

  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p), n++)
    if (!g_unichar_isalpha (g_utf8_get_char (p)))
      return FALSE;
  return n >= min;
}

/* The words of @text as the full-text indexes take them (runs of letters
 * and digits), those that can have a typed word inside, folded, added to
 * @words. */
static void
add_words_of (const char *text,
              GHashTable *words)
{
  /* Composed first: a letter and its combining mark are one letter. */
  g_autofree char *nfc = text != NULL ? g_utf8_normalize (text, -1, G_NORMALIZE_NFC) : NULL;
  const char *start = NULL;

  if (nfc == NULL)
    return;
  for (const char *p = nfc;; p = g_utf8_next_char (p))
    {
      gboolean in_word = *p != '\0' && g_unichar_isalnum (g_utf8_get_char (p));

      if (in_word && start == NULL)
        start = p;
      else if (!in_word && start != NULL)
        {
          char *word = fold (start, p - start);

          /* A word can have a typed word inside when it is longer. */
          if (word != NULL && letters_only (word, TG_STORE_SEARCH_INSIDE_MIN + 1))
            g_hash_table_add (words, word);
          else
            g_free (word);
          start = NULL;
        }
      if (*p == '\0')
        break;
    }
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* Adds @n words (folded) from @words on to search_words, in order, as
 * the engine's statement's one JSON array of strings (letters need no
 * escaping). */
static gboolean
write_words (TgStore    *self,
             char      **words,
             guint       n,
             GError    **error)
{
  g_autoptr(GString) json = g_string_new ("[");
  TgDbStmt *stmt;

  qsort (words, n, sizeof (char *), compare_strings);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, "%s\"%s\"", i > 0 ? "," : "", words[i]);
  g_string_append_c (json, ']');
  stmt = _tg_store_stmt (self, self->engine->sql_add_search_words, error);
  if (stmt == NULL)
    return FALSE;
  _tg_db_bind_text (stmt, 1, json->str);
  return _tg_store_step_done (self, stmt, error);
}

/* Known words kept at most: a million-case import of an office's real
 * names stays well below (tens of MB would be above). */
#define KNOWN_WORDS_MAX 200000

void
_tg_store_search_forget_words (TgStore *self)
{
  g_clear_pointer (&self->known_words, g_hash_table_unref);
}

gboolean
_tg_store_add_search_words (TgStore           *self,
                            const char *const  columns[6],
                            GError           **error)
{
  g_autoptr(GHashTable) words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) unknown = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer word;

  for (guint i = 0; i < 6; i++)
    add_words_of (columns[i], words);
  if (self->known_words == NULL || g_hash_table_size (self->known_words) > KNOWN_WORDS_MAX)
    {
      _tg_store_search_forget_words (self);
      self->known_words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    }
  g_hash_table_iter_init (&iter, words);
  while (g_hash_table_iter_next (&iter, &word, NULL))
    if (!g_hash_table_contains (self->known_words, word))
      g_ptr_array_add (unknown, word);
  if (unknown->len == 0)
    return TRUE;

  if (!write_words (self, (char **) unknown->pdata, unknown->len, error))
    return FALSE;
  /* Known from now on: until a rollback, which forgets them all. */
  for (guint i = 0; i < unknown->len; i++)
    {
      g_hash_table_steal (words, unknown->pdata[i]);
      g_hash_table_add (self->known_words, unknown->pdata[i]);
    }
  return TRUE;
}

gboolean
_tg_store_fill_search_words (TgStore *self,
                             GError **error)
{
  TgDbStmt *stmt = _tg_store_stmt (self, "SELECT number, employer, bin, victims, iins, place FROM cases_fts", error);
  g_autoptr(GHashTable) words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer word;
  TgDbStep rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = _tg_db_step (stmt)) == TG_DB_ROW)
    for (int i = 0; i < 6; i++)
      add_words_of (_tg_db_column_text (stmt, i), words);
  _tg_db_reset (stmt);
  if (rc != TG_DB_DONE)
    return _tg_store_set_db_error (self, error);

  /* Written in batches of the row's own statement. */
  g_hash_table_iter_init (&iter, words);
  while (g_hash_table_iter_next (&iter, &word, NULL))
    g_ptr_array_add (all, word);
  for (guint i = 0; i < all->len; i += 500)
    if (!write_words (self, (char **) all->pdata + i, MIN (500, all->len - i), error))
      return FALSE;
  return TRUE;
}

/* The words of search_words that have @word (folded) inside, not at
 * their start (those the word's prefix finds), in order. */
static GPtrArray *
words_containing (TgStore    *self,
                  const char *word,
                  GError    **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  /* Letters only: nothing in @word is LIKE's or FTS5's own syntax. */
  TgDbStmt *stmt = _tg_store_stmt (self, self->engine->sql_words_containing, error);
  TgDbStep rc;

  if (stmt == NULL)
    return NULL;
  _tg_db_bind_text (stmt, 1, word);
  while ((rc = _tg_db_step (stmt)) == TG_DB_ROW)
    {
      const char *w = _tg_db_column_text (stmt, 0);

      /* The indexes compare letters as they fold them; this test, as both
       * sides were folded, and past the first letter. */
      if (w != NULL && strstr (g_utf8_next_char (w), word) != NULL)
        g_ptr_array_add (found, g_strdup (w));
    }
  _tg_db_reset (stmt);
  if (rc != TG_DB_DONE)
    {
      _tg_store_set_db_error (self, error);
      return NULL;
    }
  /* An expression the same whatever order the index gave. */
  g_ptr_array_sort (found, compare_strings);
  return g_steal_pointer (&found);
}

void
_tg_store_search_clear (TgStore *self)
{
  g_clear_pointer (&self->typed.search, g_free);
  g_clear_pointer (&self->typed.expr, g_free);
}

/* The list counts, then asks for a page of the same search, and the
 * window asks again at each scroll: the words are looked up once (on the
 * server, a round trip per typed word), and again after any commit,
 * another desk's too (the stamp asks: a word it brought must be found
 * at once). */
gboolean
_tg_store_search_expression (TgStore            *self,
                             const char         *search,
                             const TgStoreStamp *stamp,
                             char              **expr,
                             GError            **error)
{
  g_auto(GStrv) words = NULL;
  g_autoptr(GHashTable) inside = NULL;
  /* Composed, as the words kept are, before the engine splits it too: a
   * letter typed with a combining mark ("и" and a breve for "й") is one
   * letter to both, not the end of a run to one of them. */
  g_autofree char *nfc = NULL;
  const char *text;

  if (self->typed.search != NULL && strcmp (self->typed.search, search) == 0 &&
      _tg_store_stamp_equal (&self->typed.stamp, stamp))
    {
      *expr = g_strdup (self->typed.expr);
      return TRUE;
    }

  _tg_store_search_clear (self);
  nfc = g_utf8_normalize (search, -1, G_NORMALIZE_NFC);
  text = nfc != NULL ? nfc : search;
  words = g_strsplit_set (text, " \t\n", -1);
  inside = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *folded = fold (words[i], -1);
      GPtrArray *found;

      if (folded == NULL || !letters_only (folded, TG_STORE_SEARCH_INSIDE_MIN) ||
          g_hash_table_contains (inside, words[i]))
        continue;
      found = words_containing (self, folded, error);
      if (found == NULL)
        return FALSE;
      g_hash_table_insert (inside, words[i], found);
    }
  *expr = self->engine->fts_expression (text, inside);
  self->typed.search = g_strdup (search);
  self->typed.expr = g_strdup (*expr);
  self->typed.stamp = *stamp;
  return TRUE;
}
