/* tg-dated-settings.h — organization data that changes with time
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The ministry's and the Committee's names, the chairman, the official
 * who controls an order's execution, the capital's name, the articles the
 * documents cite: each has entries with the date they are in force from,
 * and a document uses the entry in force on its own date (an order of
 * 2021 says Нұр-Сұлтан, one of 2026 Астана).  Tergeu ships the entries it
 * has a source for (tg-dated-settings.c); the user adds later ones.  An
 * entry with an empty value says the setting is blank from that day.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  char *key;
  char *valid_from;   /* YYYY-MM-DD */
  char *value;        /* NULL or "": blank from that day */
  char *source;       /* where a shipped entry was read; NULL for the user's */
} TgDatedEntry;

typedef struct _TgDatedSettings TgDatedSettings;

/* The keys that are dated, NULL-terminated. */
const char * const *tg_dated_setting_keys     (void);
gboolean            tg_dated_setting_is_dated (const char *key);

/* The shipped entries. */
TgDatedSettings    *tg_dated_settings_new     (void);
void                tg_dated_settings_free    (TgDatedSettings *self);
/* Adds (or, for the same key and day, replaces) an entry. */
void                tg_dated_settings_add     (TgDatedSettings *self,
                                               const char      *key,
                                               const char      *valid_from,
                                               const char      *value,
                                               const char      *source);
/* The entry of @key in force on @on (YYYY-MM-DD; NULL: today in Astana),
 * or NULL when there is none. */
const TgDatedEntry *tg_dated_settings_entry   (TgDatedSettings *self,
                                               const char      *key,
                                               const char      *on);
/* Its value, NULL when blank or absent. */
const char         *tg_dated_settings_lookup  (TgDatedSettings *self,
                                               const char      *key,
                                               const char      *on);
/* The entries of @key (every key for NULL), oldest first
 * (TgDatedEntry, borrowed). */
GPtrArray          *tg_dated_settings_list    (TgDatedSettings *self,
                                               const char      *key);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TgDatedSettings, tg_dated_settings_free)

G_END_DECLS
