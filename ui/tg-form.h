/* tg-form.h — a small dialog of labelled fields, validated as typed
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The case page's short edits (employer, accident, requests, positions,
 * appeals) are a handful of fields each: an AdwMessageDialog holding a
 * boxed list.  The check callback runs on every change; while it reports a
 * problem the row is marked, the message shows under the list and Save is
 * insensitive, so nothing invalid can be saved.
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

typedef struct _TgForm TgForm;

/* Reports problems with tg_form_problem(). */
typedef void (*TgFormCheck) (TgForm   *form,
                             gpointer  user_data);
/* Called on Save (only when the check found nothing). */
typedef void (*TgFormApply) (TgForm   *form,
                             gpointer  user_data);

TgForm     *tg_form_new          (GtkWidget          *parent,
                                  const char         *heading,
                                  const char         *body);
GtkWidget  *tg_form_add_entry    (TgForm             *form,
                                  const char         *key,
                                  const char         *title,
                                  const char         *value);
GtkWidget  *tg_form_add_combo    (TgForm             *form,
                                  const char         *key,
                                  const char         *title,
                                  const char * const *labels,
                                  guint               selected);
GtkWidget  *tg_form_add_switch   (TgForm             *form,
                                  const char         *key,
                                  const char         *title,
                                  gboolean            active);
/* The text of an entry, NULL when empty. */
const char *tg_form_get_text     (TgForm             *form,
                                  const char         *key);
void        tg_form_set_text     (TgForm             *form,
                                  const char         *key,
                                  const char         *text);
guint       tg_form_get_selected (TgForm             *form,
                                  const char         *key);
void        tg_form_set_selected (TgForm             *form,
                                  const char         *key,
                                  guint               selected);
gboolean    tg_form_get_active   (TgForm             *form,
                                  const char         *key);
GtkWidget  *tg_form_get_row      (TgForm             *form,
                                  const char         *key);
/* In a check: marks @key's row (NULL: none) and keeps the first message. */
void        tg_form_problem      (TgForm             *form,
                                  const char         *key,
                                  const char         *message);
/* The first problem of the last check, or NULL. */
const char *tg_form_get_problem  (TgForm             *form);
void        tg_form_set_check    (TgForm             *form,
                                  TgFormCheck         check,
                                  gpointer            user_data);
/* Shows the dialog; @apply runs on Save.  @user_data is released with
 * @destroy when the dialog goes. */
void        tg_form_present      (TgForm             *form,
                                  TgFormApply         apply,
                                  gpointer            user_data,
                                  GDestroyNotify      destroy);
/* What Save does (for tests): checks, applies and closes; FALSE if the
 * check found a problem. */
gboolean    tg_form_submit       (TgForm             *form);
GtkWindow  *tg_form_get_window   (TgForm             *form);

G_END_DECLS
