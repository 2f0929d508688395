/* tg-model.h — generic operations over the case model's properties
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The model types are plain GObjects whose state is exactly their
 * properties, so copying, comparing and merging are written once here, by
 * walking properties, rather than once per type.
 *
 * A field path names one value inside a case: "place", "employer/bin",
 * "victims/v2/severity", "investigation/commission/members/1/full-name".
 * Items of lists are named by their "id" property when they have one, else
 * by their position from 0.
 */
#pragma once

#include "tg-case.h"

G_BEGIN_DECLS

typedef struct
{
  char *path;
  char *before;   /* NULL: absent */
  char *after;    /* NULL: absent */
} TgFieldChange;

void       tg_field_change_free (TgFieldChange *change);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TgFieldChange, tg_field_change_free)

/* A deep copy of @object (a model type): lists are copied item by item. */
gpointer   tg_model_copy        (gpointer    object);
/* Makes @dst (of the same type as @src) a deep copy of @src in place. */
void       tg_model_assign      (gpointer    dst,
                                 gpointer    src);
/* Every field that differs between @a and @b, as TgFieldChange. The
 * bookkeeping properties (revision, history, document content) are not
 * compared. */
GPtrArray *tg_model_diff        (gpointer    a,
                                 gpointer    b);
/* Sets the field at @path in @ours to its value in @theirs (a whole list
 * item or sub-object when @path names one). FALSE if @path names nothing. */
gboolean   tg_model_take        (gpointer    ours,
                                 gpointer    theirs,
                                 const char *path);
typedef void (*TgModelStringFunc) (const char *path,
                                   const char *text,
                                   gpointer    user_data);
/* Calls @func with every string of @object and its parts and list items
 * (each line of a list of strings), with its path (list items by their
 * position from 0: "victims/1/full-name"). */
void       tg_model_foreach_string (gpointer           object,
                                    TgModelStringFunc  func,
                                    gpointer           user_data);
/* Appends "PATH: …" for every text field of @object that is not valid
 * UTF-8 (text from outside must be, to be shown and printed exactly). */
void       tg_model_check_text  (gpointer    object,
                                 GPtrArray  *problems);
/* The value at @path as text, as tg_model_diff shows it; NULL if absent. */
char      *tg_model_dup_text    (gpointer    object,
                                 const char *path);

/* The label, for people, of the innermost list item @path lies in (a
 * victim's or member's full name, a request's addressee), or NULL. */
char      *tg_model_dup_subject (gpointer    object,
                                 const char *path);

G_END_DECLS
