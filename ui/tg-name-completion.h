/* tg-name-completion.h — names offered as one types them
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tg-member.h"
#include "tg-store.h"

G_BEGIN_DECLS

/* @person was chosen in @entry's list: its name is in the entry. */
typedef void (*TgNameChosen) (GtkWidget *entry,
                              TgMember  *person,
                              gpointer   user_data);

/* Under @entry (a GtkEditable), a popover lists the people of @people
 * (TgMember) whose name contains every typed word, with their position and
 * organization; a click, or Down/Up and Enter, fills the name in and calls
 * @chosen. */
void         tg_name_completion_attach      (GtkWidget    *entry,
                                             GListModel   *people,
                                             TgNameChosen  chosen,
                                             gpointer      user_data);
/* Everyone who sat on an earlier commission of any case, collected once
 * per store until tg_name_completion_forget. */
GListModel  *tg_name_completion_people      (TgStore      *store);
void         tg_name_completion_forget      (TgStore      *store);
/* The names of @people that match @typed (for tests). */
GPtrArray   *tg_name_completion_match       (GListModel   *people,
                                             const char   *typed,
                                             guint         limit);
/* What @entry's list offers now, and choosing its @position'th (tests). */
GPtrArray   *tg_name_completion_get_shown   (GtkWidget    *entry);
gboolean     tg_name_completion_choose      (GtkWidget    *entry,
                                             guint         position);

G_END_DECLS
