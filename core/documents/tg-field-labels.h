/* tg-field-labels.h — a case's fields and values as people read them
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * History names what changed by field paths (tg-model.h: "victims/v2/
 * severity", "investigation/commission/members/3/full-name") and values as
 * text (enum nicks, ISO dates, "true", lists joined by newlines). This is
 * the one table that turns both into words, translated, in the interface
 * language (@lang NULL) or in a language chosen for a document ("kk",
 * "ru"; see tg_i18n_translate).
 *
 * Items of lists are shown by name when the caller knows it (@subject: a
 * victim's or member's full name, a request's addressee, a document's
 * title), else by number: an id "v2" or "d1" by its digits, a position by
 * its place from 1 ("Commission member No. 4").
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* "Victim Оспанов Асхат Бекович: date of death", "Fault share of the
 * employer", "Commission member No. 4" (a whole item), "Findings" (a part
 * of the case), translated; NULL when the table does not know @path. */
char       *tg_field_dup_label       (const char *path,
                                      const char *subject,
                                      const char *lang);
/* The field's own label, without the item it lies in: "Date of death". */
char       *tg_field_dup_bare_label  (const char *path,
                                      const char *lang);
/* @text, the value of the field @path as tg_model_dup_text writes it, as
 * people read it: an enum nick's label, DD.MM.YYYY, DD.MM.YYYY HH:MM (in
 * Astana), yes/no, "50 %", a list joined by "; ", a region's name; "—"
 * when absent or empty. Text a person typed comes back as typed. */
char       *tg_field_dup_value       (const char *path,
                                      const char *text,
                                      const char *lang);

/* For @path naming a whole item or part ("victims/v3",
 * "investigation/findings"): what adding or removing it is called
 * ("Victim added", "Findings recorded"); NULL for a field. */
const char *tg_field_get_event       (const char *path,
                                      gboolean    added,
                                      const char *lang);
/* For @path naming a list item: the path of the field its name is
 * ("victims/v3/full-name"), whose value a whole-item change carries;
 * NULL otherwise. */
char       *tg_field_dup_naming_path (const char *path);
/* The path of the name of the innermost item @path lies in, when its
 * list names items by id ("victims/v2/full-name" for "victims/v2/sex"):
 * to name it from the case. NULL for items by position, which move. */
char       *tg_field_dup_subject_path (const char *path);
/* The table's path of the field called @name (a property name such as
 * "died-on", as commands name their parameters) inside @within (a path,
 * its item keys may be "*": "victims/v3"), or anywhere when @within is
 * NULL or has none. The path has "*" for item keys and serves the
 * functions above. NULL when no field has that name. */
char       *tg_field_dup_path_for    (const char *name,
                                      const char *within);

/* The label of the value @nick of @enum_type (a case model's enum, or
 * TgReviewConclusion), translated; "—" for an absent one ("none"), NULL
 * when @nick is not one of its values. */
const char *tg_field_enum_label      (GType       enum_type,
                                      const char *nick,
                                      const char *lang);
G_END_DECLS
