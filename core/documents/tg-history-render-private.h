/* tg-history-render-private.h — shared by the tg-history-render*.c files
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tg-history-render.h"

G_BEGIN_DECLS

/* One entry being rendered. */
typedef struct
{
  TgHistoryEntry *entry;
  TgCase         *kase;    /* nullable: names for ids */
  const char     *lang;    /* NULL: the interface language */
  char           *title;
  GPtrArray      *lines;   /* char * */
} Render;

typedef enum
{
  PARAM_TEXT,        /* as typed */
  PARAM_DATE,        /* YYYY-MM-DD */
  PARAM_CONCLUSION,  /* a TgReviewConclusion nick */
  PARAM_FIELD,       /* as the field it writes */
} ParamKind;

/* A message of the "history" context in the entry's language. */
const char *_tg_history_tr              (Render              *r,
                                         const char          *msgid) G_GNUC_FORMAT (2);
/* "label: value", or either alone when the other is NULL. */
void        _tg_history_add_line        (Render              *r,
                                         const char          *label,
                                         const char          *value);
/* "label: before → after". */
void        _tg_history_add_change_line (Render              *r,
                                         const char          *label,
                                         const char          *before,
                                         const char          *after);
/* A field change as tg_model_diff wrote it (values as text, NULL absent). */
void        _tg_history_add_change      (Render              *r,
                                         const char          *path,
                                         const char          *subject,
                                         const char          *before,
                                         const char          *after);
/* The label of @path, named from the case when @subject is empty; the
 * path itself when no label is known. */
char       *_tg_history_field_label     (Render              *r,
                                         const char          *path,
                                         const char          *subject);
char       *_tg_history_param_value     (Render              *r,
                                         ParamKind            kind,
                                         const char          *text);
/* The line of a move the victims forced (@action: "escalate", "refer"). */
void        _tg_history_add_forced      (Render              *r,
                                         const char          *action);
/* A sender's code ("LI-01", "KC") in words. */
char       *_tg_history_sender          (Render              *r,
                                         const char          *code);
char       *_tg_history_path_list       (Render              *r,
                                         const char * const  *paths);
/* The lines of a resolved conflict. */
void        _tg_history_add_resolution  (Render              *r,
                                         const char          *sender,
                                         const char          *revision,
                                         const char          *file,
                                         const char * const  *took,
                                         const char * const  *kept);

/* tg-history-render-older.c: entries written before commands existed,
 * and those of other systems' files. */
void        _tg_history_render_older    (Render              *r);
void        _tg_history_render_foreign  (Render              *r);

G_END_DECLS
