/* tg-i18n.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-i18n"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

#include "tg-i18n.h"

void
tg_i18n_init (void)
{
  const char *dir = g_getenv ("TERGEU_LOCALEDIR");
  const char *messages;

  setlocale (LC_ALL, "");
  /* glibc ignores LANGUAGE when LC_MESSAGES is C or POSIX; C.UTF-8 keeps
   * the same formats and honours it, so `LANGUAGE=kk tergeu-cli …` works
   * on a machine without a configured locale. */
  messages = setlocale (LC_MESSAGES, NULL);
  if (g_getenv ("LANGUAGE") != NULL && messages != NULL &&
      (g_str_equal (messages, "C") || g_str_equal (messages, "POSIX")))
    setlocale (LC_MESSAGES, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, dir != NULL && *dir != '\0' ? dir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
}

/* GNU gettext: bumped when the catalogues or LANGUAGE change, so that
 * translations it has cached are looked up again. */
extern int _nl_msg_cat_cntr;

void
tg_i18n_use_language (const char *lang)
{
  const char *messages;

  g_return_if_fail (lang != NULL);

  g_setenv ("LANGUAGE", lang, TRUE);
  messages = setlocale (LC_MESSAGES, NULL);
  if (messages != NULL && (g_str_equal (messages, "C") || g_str_equal (messages, "POSIX")))
    setlocale (LC_MESSAGES, "C.UTF-8");
  ++_nl_msg_cat_cntr;
}

/* ------------------------------------------------- a catalogue of one language
 *
 * GNU .mo: a header of 32-bit words (magic 0x950412de in the file's byte
 * order, revision, N, offset of the originals' table, offset of the
 * translations' table), then per table N pairs (length, offset) of strings
 * that end in NUL. An original with a context is "context\004msgid"; one
 * with plural forms is "msgid\0msgid_plural", its translation the forms
 * separated by NUL. */

#define MO_MAGIC 0x950412de

typedef struct
{
  const char *text;   /* the forms, NUL-separated */
  guint32     length; /* of all of them, without the final NUL */
} Message;

typedef struct
{
  char       *data;       /* the file, which the messages point into */
  GHashTable *messages;   /* original (up to its first NUL) → Message */
  const char *plural;     /* the header's "plural=" expression, or NULL */
} Catalogue;

static guint32
read_word (const guchar *data,
           gsize         offset,
           gboolean      swap)
{
  guint32 w;

  memcpy (&w, data + offset, sizeof w);
  return swap ? GUINT32_SWAP_LE_BE (w) : w;
}

static gboolean
parse_mo (Catalogue *cat,
          gsize      size)
{
  const guchar *d = (const guchar *) cat->data;
  guint32 magic, n, originals, translations;
  gboolean swap;

  if (size < 20)
    return FALSE;
  memcpy (&magic, d, sizeof magic);
  swap = magic != MO_MAGIC;
  if (swap && GUINT32_SWAP_LE_BE (magic) != MO_MAGIC)
    return FALSE;
  n = read_word (d, 8, swap);
  originals = read_word (d, 12, swap);
  translations = read_word (d, 16, swap);
  if ((guint64) originals + 8 * (guint64) n > size || (guint64) translations + 8 * (guint64) n > size)
    return FALSE;
  for (guint32 i = 0; i < n; i++)
    {
      guint32 olen = read_word (d, originals + 8 * i, swap);
      guint32 ooff = read_word (d, originals + 8 * i + 4, swap);
      guint32 tlen = read_word (d, translations + 8 * i, swap);
      guint32 toff = read_word (d, translations + 8 * i + 4, swap);
      Message *m;

      if ((guint64) ooff + olen >= size || (guint64) toff + tlen >= size ||
          d[ooff + olen] != '\0' || d[toff + tlen] != '\0')
        return FALSE;
      m = g_new (Message, 1);
      m->text = cat->data + toff;
      m->length = tlen;
      g_hash_table_insert (cat->messages, cat->data + ooff, m);
    }
  return TRUE;
}

static const char *
header_plural (Catalogue *cat)
{
  Message *header = g_hash_table_lookup (cat->messages, "");
  const char *p = header != NULL ? strstr (header->text, "Plural-Forms:") : NULL;

  p = p != NULL ? strstr (p, "plural=") : NULL;
  return p != NULL ? p + strlen ("plural=") : NULL;
}

/* The directories to look in, in order: where the text domain is bound,
 * TERGEU_LOCALEDIR, the installed one. */
static char *
find_mo (const char *lang)
{
  const char *dirs[] = { bindtextdomain (GETTEXT_PACKAGE, NULL), g_getenv ("TERGEU_LOCALEDIR"), LOCALEDIR };

  for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
    {
      g_autofree char *path = NULL;

      if (dirs[i] == NULL || *dirs[i] == '\0')
        continue;
      path = g_build_filename (dirs[i], lang, "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        return g_steal_pointer (&path);
    }
  return NULL;
}

static Catalogue *
load_catalogue (const char *lang)
{
  Catalogue *cat = g_new0 (Catalogue, 1);
  g_autofree char *path = find_mo (lang);
  g_autoptr(GError) error = NULL;
  gsize size = 0;

  cat->messages = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  if (path == NULL)
    return cat;
  if (!g_file_get_contents (path, &cat->data, &size, &error))
    g_warning ("Cannot read the messages of “%s”: %s", lang, error->message);
  else if (!parse_mo (cat, size))
    {
      g_warning ("%s is not a message catalogue; its messages are not used", path);
      g_hash_table_remove_all (cat->messages);
    }
  else
    cat->plural = header_plural (cat);
  return cat;
}

/* "ru_RU.UTF-8" → "ru_RU", then "ru"; NULL for the source language. */
static Catalogue *
catalogue_for (const char *lang)
{
  static GMutex lock;
  static GHashTable *catalogues;   /* language → Catalogue, kept for good */
  g_autofree char *code = g_strndup (lang, strcspn (lang, ".@"));
  Catalogue *cat;

  if (*code == '\0' || g_str_equal (code, "C") || g_str_equal (code, "POSIX") ||
      g_str_equal (code, "en") || g_str_has_prefix (code, "en_"))
    return NULL;
  g_mutex_lock (&lock);
  if (catalogues == NULL)
    catalogues = g_hash_table_new (g_str_hash, g_str_equal);
  cat = g_hash_table_lookup (catalogues, code);
  if (cat == NULL)
    {
      cat = load_catalogue (code);
      if (g_hash_table_size (cat->messages) == 0 && strchr (code, '_') != NULL)
        {
          g_autofree char *base = g_strndup (code, strcspn (code, "_"));
          Catalogue *fallback = g_hash_table_lookup (catalogues, base);

          if (fallback == NULL)
            {
              fallback = load_catalogue (base);
              g_hash_table_insert (catalogues, g_strdup (base), fallback);
            }
          g_hash_table_unref (cat->messages);
          g_free (cat);
          cat = fallback;
        }
      g_hash_table_insert (catalogues, g_strdup (code), cat);
    }
  g_mutex_unlock (&lock);
  /* Complete once inserted and never changed again: read without the lock. */
  return cat;
}

static const Message *
lookup (const char *lang,
        const char *key)
{
  Catalogue *cat = catalogue_for (lang);
  const Message *m = cat != NULL ? g_hash_table_lookup (cat->messages, key) : NULL;

  return m != NULL && m->length > 0 ? m : NULL;
}

const char *
tg_i18n_translate (const char *lang,
                   const char *msgid)
{
  const Message *m;

  g_return_val_if_fail (msgid != NULL, NULL);

  if (lang == NULL)
    return g_dgettext (GETTEXT_PACKAGE, msgid);
  m = lookup (lang, msgid);
  return m != NULL ? m->text : msgid;
}

const char *
tg_i18n_translate_context (const char *lang,
                           const char *context,
                           const char *msgid)
{
  g_autofree char *key = NULL;
  const Message *m;

  g_return_val_if_fail (context != NULL && msgid != NULL, NULL);

  if (lang == NULL)
    return g_dpgettext2 (GETTEXT_PACKAGE, context, msgid);
  key = g_strconcat (context, "\004", msgid, NULL);
  m = lookup (lang, key);
  return m != NULL ? m->text : msgid;
}

/* ------------------------------------------------------ the plural rule
 *
 * The C expression of Plural-Forms ("n%10==1 && n%100!=11 ? 0 : …"),
 * evaluated as it is read: ?:, ||, &&, == !=, < > <= >=, + -, * / %, !,
 * parentheses, n and numbers. */

typedef struct
{
  const char *p;
  gulong      n;
  gboolean    bad;
} Expr;

static gulong eval_ternary (Expr *e);

static void
skip_blanks (Expr *e)
{
  while (*e->p == ' ' || *e->p == '\t' || *e->p == '\n')
    e->p++;
}

static gboolean
accept (Expr       *e,
        const char *token)
{
  skip_blanks (e);
  if (strncmp (e->p, token, strlen (token)) != 0)
    return FALSE;
  /* "<" is not the start of "<=", nor "!" of "!=", nor "=" … */
  if (strlen (token) == 1 && strchr ("<>!", *token) != NULL && e->p[1] == '=')
    return FALSE;
  e->p += strlen (token);
  return TRUE;
}

static gulong
eval_primary (Expr *e)
{
  skip_blanks (e);
  if (accept (e, "("))
    {
      gulong v = eval_ternary (e);
      if (!accept (e, ")"))
        e->bad = TRUE;
      return v;
    }
  if (accept (e, "!"))
    return !eval_primary (e);
  if (*e->p == 'n')
    {
      e->p++;
      return e->n;
    }
  if (g_ascii_isdigit (*e->p))
    {
      char *end;
      gulong v = strtoul (e->p, &end, 10);
      e->p = end;
      return v;
    }
  e->bad = TRUE;
  return 0;
}

static gulong
eval_binary (Expr *e,
             guint level)
{
  static const char * const ops[][4] = {
    { "||", NULL }, { "&&", NULL }, { "==", "!=", NULL }, { "<=", ">=", "<", ">" },
    { "+", "-", NULL }, { "*", "/", "%", NULL },
  };
  gulong a;

  if (level == G_N_ELEMENTS (ops))
    return eval_primary (e);
  a = eval_binary (e, level + 1);
  for (;;)
    {
      const char *op = NULL;
      gulong b;

      for (guint i = 0; i < 4 && ops[level][i] != NULL && op == NULL; i++)
        if (accept (e, ops[level][i]))
          op = ops[level][i];
      if (op == NULL || e->bad)
        return a;
      b = eval_binary (e, level + 1);
      if (g_str_equal (op, "||")) a = a || b;
      else if (g_str_equal (op, "&&")) a = a && b;
      else if (g_str_equal (op, "==")) a = a == b;
      else if (g_str_equal (op, "!=")) a = a != b;
      else if (g_str_equal (op, "<=")) a = a <= b;
      else if (g_str_equal (op, ">=")) a = a >= b;
      else if (g_str_equal (op, "<")) a = a < b;
      else if (g_str_equal (op, ">")) a = a > b;
      else if (g_str_equal (op, "+")) a = a + b;
      else if (g_str_equal (op, "-")) a = a - b;
      else if (g_str_equal (op, "*")) a = a * b;
      else if (b == 0) e->bad = TRUE;
      else if (g_str_equal (op, "/")) a = a / b;
      else a = a % b;
    }
}

static gulong
eval_ternary (Expr *e)
{
  gulong cond = eval_binary (e, 0);
  gulong yes, no;

  if (!accept (e, "?"))
    return cond;
  yes = eval_ternary (e);
  if (!accept (e, ":"))
    e->bad = TRUE;
  no = eval_ternary (e);
  return cond ? yes : no;
}

/* The index of the form for @n; the Germanic rule when there is none. */
static gulong
plural_index (const char *expression,
              gulong      n)
{
  Expr e = { expression, n, FALSE };
  gulong index;

  if (expression == NULL)
    return n != 1;
  index = eval_ternary (&e);
  return e.bad ? (n != 1) : index;
}

const char *
tg_i18n_ngettext (const char *lang,
                  const char *msgid,
                  const char *msgid_plural,
                  gulong      n)
{
  Catalogue *cat;
  const Message *m;
  const char *form;
  gulong index;

  g_return_val_if_fail (msgid != NULL && msgid_plural != NULL, NULL);

  if (lang == NULL)
    return g_dngettext (GETTEXT_PACKAGE, msgid, msgid_plural, n);
  cat = catalogue_for (lang);
  m = lookup (lang, msgid);
  if (m == NULL)
    return n == 1 ? msgid : msgid_plural;
  index = plural_index (cat->plural, n);
  form = m->text;
  for (gulong i = 0; i < index; i++)
    {
      const char *next = form + strlen (form) + 1;
      if (next > m->text + m->length)
        break;
      form = next;
    }
  return form;
}

GStrv
tg_i18n_dup_forms (const char *lang,
                   const char *msgid)
{
  const Message *m;
  g_autoptr(GStrvBuilder) forms = NULL;

  g_return_val_if_fail (lang != NULL && msgid != NULL, NULL);

  m = lookup (lang, msgid);
  if (m == NULL)
    return NULL;
  forms = g_strv_builder_new ();
  for (const char *f = m->text; f <= m->text + m->length; f += strlen (f) + 1)
    g_strv_builder_add (forms, f);
  return g_strv_builder_end (forms);
}

char *
tg_i18n_shorten_quotes (const char *message,
                        gboolean    apostrophes)
{
  static const char * const pairs[][2] = { { "“", "”" }, { "'", "'" } };
  g_autoptr(GString) out = NULL;
  g_autofree char *valid = NULL;
  const char *p;

  g_return_val_if_fail (message != NULL, NULL);

  /* Counting characters needs whole ones. */
  valid = g_utf8_make_valid (message, -1);
  out = g_string_sized_new (strlen (valid));
  p = valid;
  while (*p != '\0')
    {
      const char *open = NULL;
      guint kind = 0;

      for (guint k = 0; k < (apostrophes ? 2u : 1u); k++)
        {
          const char *at = strstr (p, pairs[k][0]);
          if (at != NULL && (open == NULL || at < open))
            open = at, kind = k;
        }
      if (open == NULL)
        break;
      {
        const char *inside = open + strlen (pairs[kind][0]);
        const char *close = strstr (inside, pairs[kind][1]);

        if (close == NULL)
          break;
        g_string_append_len (out, p, inside - p);
        if (g_utf8_strlen (inside, close - inside) > TG_I18N_QUOTE_CHARS)
          {
            const char *cut = g_utf8_offset_to_pointer (inside, TG_I18N_QUOTE_CHARS);
            g_string_append_len (out, inside, cut - inside);
            g_string_append (out, "…");
          }
        else
          g_string_append_len (out, inside, close - inside);
        g_string_append (out, pairs[kind][1]);
        p = close + strlen (pairs[kind][1]);
      }
    }
  g_string_append (out, p);
  return g_string_free (g_steal_pointer (&out), FALSE);
}
