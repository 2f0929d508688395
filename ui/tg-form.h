/* tg-form.h — a small window of labelled fields, validated as typed
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The case page's edits (employer, accident, findings, members, disputes,
 * requests, reasons) are a handful of fields each: a modal window with
 * Cancel and Save in its header bar and a boxed list. The check callback
 * runs on every change; while it reports a problem the row is marked, the
 * message shows above the list and Save is insensitive. Save runs the
 * apply callback: when that refuses (a command the rules refused, someone
 * else's change), the window stays open with everything typed and the
 * refusal above the fields. Typed work is never thrown away.
 *
 * Each field remembers the value it was opened with, so that a form sends
 * only what the user changed (tg_form_is_changed).
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

typedef struct _TgForm TgForm;

/* Whether a window's fields differ from what they were opened with. */
typedef gboolean (*TgFormChanged) (gpointer user_data);

/* Reports problems with tg_form_problem(). */
typedef void     (*TgFormCheck) (TgForm   *form,
                                 gpointer  user_data);
/* Called on Save (only when the check found nothing). FALSE with @error
 * set: refused, the form stays open and shows @error's message. */
typedef gboolean (*TgFormApply) (TgForm   *form,
                                 gpointer  user_data,
                                 GError  **error);

TgForm     *tg_form_new          (GtkWidget          *parent,
                                  const char         *heading,
                                  const char         *body);
/* The label of the Save button ("_Appoint", "_Reopen"); destructive
 * styles it as such. */
void        tg_form_set_save_label (TgForm           *form,
                                  const char         *label,
                                  gboolean            destructive);
GtkWidget  *tg_form_add_entry    (TgForm             *form,
                                  const char         *key,
                                  const char         *title,
                                  const char         *value);
/* Several lines (a claim, a reason, a list with one item a line). */
GtkWidget  *tg_form_add_text     (TgForm             *form,
                                  const char         *key,
                                  const char         *title,
                                  const char         *value);
/* A date: typed as DD.MM.YYYY or YYYY-MM-DD, or chosen in a calendar.
 * @value may be either; it is shown as DD.MM.YYYY. */
GtkWidget  *tg_form_add_date     (TgForm             *form,
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
/* The text of an entry or text field, NULL when empty or blank. */
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
void        tg_form_set_active   (TgForm             *form,
                                  const char         *key,
                                  gboolean            active);
GtkWidget  *tg_form_get_row      (TgForm             *form,
                                  const char         *key);
/* The text an entry or text field was opened with, NULL when empty. */
const char *tg_form_get_initial  (TgForm             *form,
                                  const char         *key);
/* Whether @key's value differs from the one it was opened with. */
gboolean    tg_form_is_changed   (TgForm             *form,
                                  const char         *key);
/* In a check: marks @key's row (NULL: none) and keeps the first message
 * (NULL: Save stays insensitive without a word, for a field not yet
 * filled in whose purpose the form already says). */
void        tg_form_problem      (TgForm             *form,
                                  const char         *key,
                                  const char         *message);
/* In a check: @key's date is malformed (marked, said), or @required and
 * empty (Save waits, silently). */
void        tg_form_check_date   (TgForm             *form,
                                  const char         *key,
                                  gboolean            required);
/* The first problem of the last check, or NULL. */
const char *tg_form_get_problem  (TgForm             *form);
/* The message of the last refused Save, or NULL. */
const char *tg_form_get_refusal  (TgForm             *form);
void        tg_form_set_check    (TgForm             *form,
                                  TgFormCheck         check,
                                  gpointer            user_data);
/* Shows the window; @apply runs on Save.  @user_data is released with
 * @destroy when the window goes. */
void        tg_form_present      (TgForm             *form,
                                  TgFormApply         apply,
                                  gpointer            user_data,
                                  GDestroyNotify      destroy);
/* What Save does: checks, applies and, when applied, closes the window
 * (@form is gone then). FALSE if the check found a problem or the apply
 * refused: the window stays open with what was typed. */
gboolean    tg_form_submit       (TgForm             *form);
GtkWindow  *tg_form_get_window   (TgForm             *form);

/* A date as the window shows it (DD.MM.YYYY) or as YYYY-MM-DD. */
gboolean    tg_form_parse_date   (const char         *text,
                                  GDate              *date);
/* An ISO date-time with offset from what was typed ("14.03.2026 09:30" and
 * "2026-03-14 09:30" are Astana time), or NULL. */
char       *tg_form_normalize_datetime (const char   *text);

/* For dialogs of their own (victim, dispute, new case), what forms do:
 * a calendar button on an AdwEntryRow of a date (returns the button)... */
GtkWidget  *tg_form_attach_calendar (GtkWidget       *row);
/* ...Escape closes @window, and closing it while @changed says something
 * was typed asks first (Keep Editing or Discard)... */
void        tg_form_guard_close  (GtkWindow          *window,
                                  TgFormChanged       changed,
                                  gpointer            user_data);
/* ...the question itself (returns the AdwMessageDialog)... */
GtkWidget  *tg_form_ask_discard  (GtkWindow          *window);
/* ...and closing without asking, once the work was saved. */
void        tg_form_close_unguarded (GtkWindow       *window);

/* Today as forms show it: "14.03.2026". */
char       *tg_form_dup_today    (void);

G_END_DECLS
