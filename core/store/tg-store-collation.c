/* tg-store-collation.c — Kazakh alphabetical order
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Debian's SQLite has no ICU, and glibc's kk_KZ collation is not what every
 * machine has, so the order is the project's own: a primary weight per
 * character (class, then rank within the class), compared case-blind; then
 * the case of the first letter that differs only in case (lower first);
 * then the bytes. Each level is a lexicographic order, so the whole is a
 * total order, as SQLite requires of a collation.
 */
#define G_LOG_DOMAIN "tg-collation"

#include "config.h"

#include <string.h>

#include "tg-store-collation.h"

/* Primary classes, in sort order; the weight is class << 24 | rank. */
enum
{
  CLASS_PUNCT = 1,   /* spaces, punctuation, symbols: by code point */
  CLASS_DIGIT,       /* by digit value */
  CLASS_LATIN,       /* by lower-case code point */
  CLASS_KAZAKH,      /* the 42 letters, by their place in the alphabet */
  CLASS_CYRILLIC,    /* other Cyrillic letters (ї, є, ў…), by code point */
  CLASS_LETTER,      /* letters of other scripts, by code point */
  CLASS_INVALID,     /* a byte that is not UTF-8, by its value */
};

#define WEIGHT(class, rank) (((guint32) (class) << 24) | (guint32) (rank))

/* а б в г д е ж з и й к л м н о п р с т у ф х ц ч ш щ ъ ы ь э ю я
 * (U+0430…U+044F) in the Kazakh alphabet:
 * а ә б в г ғ д е ё ж з и й к қ л м н ң о ө п р с т у ұ ү ф х һ ц ч ш щ ъ ы
 * і ь э ю я. */
static const guint8 basic_rank[32] = {
  1, 3, 4, 5, 7, 8, 10, 11, 12, 13, 14, 16, 17, 18, 20, 22,
  23, 24, 25, 26, 29, 30, 32, 33, 34, 35, 36, 37, 39, 40, 41, 42,
};

#define RANK_YO 9
#define RANK_SHORT_I 13

/* The rank of a lower-case Cyrillic letter in the Kazakh alphabet, 0 when
 * it is not one of the 42. */
static inline guint
kazakh_rank (gunichar c)
{
  if (c >= 0x0430 && c <= 0x044F)
    return basic_rank[c - 0x0430];
  switch (c)
    {
    case 0x04D9: return 2;        /* ә */
    case 0x0493: return 6;        /* ғ */
    case 0x0451: return RANK_YO;  /* ё */
    case 0x049B: return 15;       /* қ */
    case 0x04A3: return 19;       /* ң */
    case 0x04E9: return 21;       /* ө */
    case 0x04B1: return 27;       /* ұ */
    case 0x04AF: return 28;       /* ү */
    case 0x04BB: return 31;       /* һ */
    case 0x0456: return 38;       /* і */
    default: return 0;
    }
}

static guint32
weight_of (gunichar lower)
{
  guint rank;

  if (lower >= 0x0400 && lower <= 0x052F)
    {
      rank = kazakh_rank (lower);
      if (rank != 0)
        return WEIGHT (CLASS_KAZAKH, rank);
      if (g_unichar_isalpha (lower))
        return WEIGHT (CLASS_CYRILLIC, lower);
      return WEIGHT (CLASS_PUNCT, lower);
    }
  if (g_unichar_isdigit (lower))
    return WEIGHT (CLASS_DIGIT, g_unichar_digit_value (lower));
  if (g_unichar_isalpha (lower))
    {
      /* Latin-1 Supplement, Latin Extended-A/B and Additional. */
      if (lower < 0x0250 || (lower >= 0x1E00 && lower <= 0x1EFF))
        return WEIGHT (CLASS_LATIN, lower);
      return WEIGHT (CLASS_LETTER, lower);
    }
  return WEIGHT (CLASS_PUNCT, lower);
}

typedef struct
{
  const guchar *p;
  const guchar *end;  /* NULL: up to the NUL */
} Cursor;

static inline gsize
remaining (const Cursor *c)
{
  return c->end != NULL ? (gsize) (c->end - c->p) : G_MAXSIZE;
}

static inline gboolean
at_end (const Cursor *c)
{
  return c->end != NULL ? c->p >= c->end : *c->p == '\0';
}

/* A combining breve (U+0306, CC 86) or diaeresis (U+0308, CC 88) next:
 * decomposed й and ё sort as the letters they spell. */
static inline gboolean
next_is_mark (const Cursor *c,
              guchar        second)
{
  return remaining (c) >= 2 && c->p[0] == 0xCC && c->p[1] == second;
}

/* The lower case of a letter of U+0400…U+04FF (Unicode's pairs). */
static inline gunichar
cyrillic_tolower (gunichar c)
{
  if (c >= 0x0410 && c <= 0x042F)
    return c + 0x20;
  if (c < 0x0410)
    return c + 0x50;
  if (c < 0x0460)
    return c;
  if (c == 0x04C0)
    return 0x04CF;
  if (c >= 0x04C1 && c <= 0x04CE)
    return (c & 1) ? c + 1 : c;
  if (c == 0x04CF)
    return c;
  return (c & 1) ? c : c + 1;
}

/* The weight of the lower-case Cyrillic letter @lower just read from @c;
 * decomposed й and ё (и, е + a combining mark) count as the letters. */
static inline guint32
cyrillic_weight (Cursor   *c,
                 gunichar  lower)
{
  guint rank;

  if (lower == 0x0438 && next_is_mark (c, 0x86))       /* и + ◌̆ */
    {
      c->p += 2;
      return WEIGHT (CLASS_KAZAKH, RANK_SHORT_I);
    }
  if (lower == 0x0435 && next_is_mark (c, 0x88))       /* е + ◌̈ */
    {
      c->p += 2;
      return WEIGHT (CLASS_KAZAKH, RANK_YO);
    }
  rank = kazakh_rank (lower);
  return rank != 0 ? WEIGHT (CLASS_KAZAKH, rank) : WEIGHT (CLASS_CYRILLIC, lower);
}

/* Reads the next character that has a primary weight: its weight, and
 * whether it is an upper-case letter (for the tie-break). Other combining
 * marks carry no primary weight; the byte comparison still sees them. */
static inline gboolean
next_weight (Cursor   *c,
             guint32  *weight,
             gboolean *upper)
{
  for (;;)
    {
      gunichar ch;
      gunichar lower;

      if (at_end (c))
        return FALSE;

      if (*c->p < 0x80)
        {
          ch = *c->p++;
          *upper = ch >= 'A' && ch <= 'Z';
          if (*upper || (ch >= 'a' && ch <= 'z'))
            *weight = WEIGHT (CLASS_LATIN, ch | 0x20);
          else if (ch >= '0' && ch <= '9')
            *weight = WEIGHT (CLASS_DIGIT, ch - '0');
          else
            *weight = WEIGHT (CLASS_PUNCT, ch);
          return TRUE;
        }

      /* Cyrillic, two bytes: the hot path, without GLib's tables. */
      if ((c->p[0] == 0xD0 || c->p[0] == 0xD1 || c->p[0] == 0xD2 || c->p[0] == 0xD3) &&
          remaining (c) >= 2 && (c->p[1] & 0xC0) == 0x80)
        {
          ch = ((gunichar) (c->p[0] & 0x1F) << 6) | (c->p[1] & 0x3F);
          if (ch < 0x0482 || ch > 0x0489)
            {
              c->p += 2;
              lower = cyrillic_tolower (ch);
              *upper = lower != ch;
              *weight = cyrillic_weight (c, lower);
              return TRUE;
            }
        }

      ch = g_utf8_get_char_validated ((const char *) c->p,
                                      c->end != NULL ? (gssize) remaining (c) : -1);
      if (ch == (gunichar) -1 || ch == (gunichar) -2)
        {
          *weight = WEIGHT (CLASS_INVALID, *c->p++);
          *upper = FALSE;
          return TRUE;
        }
      c->p += g_utf8_skip[*c->p];

      if (g_unichar_ismark (ch))
        continue;

      lower = g_unichar_tolower (ch);
      *upper = lower != ch;
      *weight = weight_of (lower);
      return TRUE;
    }
}

/* How many leading bytes @a and @b share, moved back to a character start
 * at least one whole character before the first difference: that prefix
 * weighs the same in both strings (case included), and starting a
 * character early keeps a letter together with a combining mark after it
 * and a character whose first bytes are shared. */
static gsize
skip_common_prefix (const Cursor *a,
                    const Cursor *b)
{
  gsize max = MIN (remaining (a), remaining (b));
  gsize i = 0;

  while (i < max && a->p[i] == b->p[i] && a->p[i] != '\0')
    i++;
  /* Back to the start of the last common character, then of the one
   * before it; only bytes before the difference are read. */
  for (guint n = 0; n < 2 && i > 0; n++)
    {
      i--;
      while (i > 0 && (a->p[i] & 0xC0) == 0x80)
        i--;
    }
  return i;
}

static int
compare_bytes (const char *a,
               gssize      len_a,
               const char *b,
               gssize      len_b)
{
  gsize la = len_a >= 0 ? (gsize) len_a : strlen (a);
  gsize lb = len_b >= 0 ? (gsize) len_b : strlen (b);
  int r = memcmp (a, b, MIN (la, lb));

  if (r != 0)
    return r < 0 ? -1 : 1;
  return la < lb ? -1 : la > lb ? 1 : 0;
}

int
tg_collate_kazakh_len (const char *a,
                       gssize      len_a,
                       const char *b,
                       gssize      len_b)
{
  Cursor ca, cb;
  gsize skip;
  int by_case = 0;

  if (a == NULL || b == NULL)
    return a == b ? 0 : a == NULL ? -1 : 1;
  ca.p = (const guchar *) a;
  ca.end = len_a >= 0 ? ca.p + len_a : NULL;
  cb.p = (const guchar *) b;
  cb.end = len_b >= 0 ? cb.p + len_b : NULL;
  skip = skip_common_prefix (&ca, &cb);
  ca.p += skip;
  cb.p += skip;

  for (;;)
    {
      guint32 wa, wb;
      gboolean upper_a, upper_b;
      gboolean more_a = next_weight (&ca, &wa, &upper_a);
      gboolean more_b = next_weight (&cb, &wb, &upper_b);

      if (!more_a || !more_b)
        {
          if (more_a != more_b)
            return more_a ? 1 : -1;
          break;
        }
      if (wa != wb)
        return wa < wb ? -1 : 1;
      if (by_case == 0 && upper_a != upper_b)
        by_case = upper_a ? 1 : -1;
    }

  if (by_case != 0)
    return by_case;
  return compare_bytes (a, len_a, b, len_b);
}

int
tg_collate_kazakh (const char *a,
                   const char *b)
{
  return tg_collate_kazakh_len (a, -1, b, -1);
}

int
tg_collation_kazakh_compare (void       *user_data,
                             int         len_a,
                             const void *a,
                             int         len_b,
                             const void *b)
{
  /* SQLite may pass NULL for an empty text value. */
  return tg_collate_kazakh_len (a != NULL ? a : "", MAX (len_a, 0),
                                b != NULL ? b : "", MAX (len_b, 0));
}

int
tg_collate_kazakh_ptr (gconstpointer a,
                       gconstpointer b,
                       gpointer      user_data)
{
  return tg_collate_kazakh (*(const char * const *) a, *(const char * const *) b);
}
