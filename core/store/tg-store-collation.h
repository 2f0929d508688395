/* tg-store-collation.h — Kazakh alphabetical order
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The name under which the store registers tg_collation_kazakh_compare()
 * with SQLite: `ORDER BY employer_name COLLATE kazakh`. */
#define TG_COLLATION_KAZAKH "kazakh"

/**
 * tg_collate_kazakh:
 * @a: (nullable): a UTF-8 string
 * @b: (nullable): a UTF-8 string
 *
 * Compares two strings in the order of the Kazakh alphabet (а ә б в г ғ д
 * е ё ж з и й к қ л м н ң о ө п р с т у ұ ү ф х һ ц ч ш щ ъ ы і ь э ю я).
 * Letters compare without regard to case; spaces and punctuation come
 * before digits, digits before Latin letters, Latin letters before
 * Cyrillic ones. Strings equal so far are ordered lower case first, then
 * by their bytes, so that only identical strings compare equal. %NULL
 * comes before any string. Allocates nothing: usable in a #GtkSorter.
 *
 * Returns: a negative number, zero or a positive number as @a comes
 *   before, equals or comes after @b
 */
int tg_collate_kazakh          (const char *a,
                                const char *b);

/* The same for strings of @len_a and @len_b bytes (-1: up to the NUL). */
int tg_collate_kazakh_len      (const char *a,
                                gssize      len_a,
                                const char *b,
                                gssize      len_b);

/* The comparison function in the shape that sqlite3_create_collation_v2()
 * wants (SQLITE_UTF8; @user_data unused). */
int tg_collation_kazakh_compare (void       *user_data,
                                 int         len_a,
                                 const void *a,
                                 int         len_b,
                                 const void *b);

/* A GCompareDataFunc for g_ptr_array_sort_with_data() and friends, over
 * arrays of `char *`. */
int tg_collate_kazakh_ptr      (gconstpointer a,
                                gconstpointer b,
                                gpointer      user_data);

G_END_DECLS
