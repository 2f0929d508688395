/* tg-document-date-format.h — dates as official documents write them
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The grammatical form of a date in running text.  Russian has one form
 * for all of them ("25 ноября 2026 года"); the preposition ("от", "до")
 * belongs to the sentence, not to the date. */
typedef enum
{
  TG_DATE_FORM_PLAIN,        /* "2026 жылғы 25 қараша" */
  TG_DATE_FORM_LOCATIVE,     /* "2026 жылғы 18 қарашада" (when something happened) */
  TG_DATE_FORM_ATTRIBUTIVE,  /* "2026 жылғы 25 қарашадағы" (before a document number) */
  TG_DATE_FORM_DATIVE,       /* "2026 жылғы 3 желтоқсанға" (before "дейін", until) */
  TG_DATE_FORM_ABLATIVE,     /* "2026 жылғы 1 қаңтардан" (before "бастап", from) */
} TgDateForm;

/* @date written out in @lang ("kk" or "ru"; NULL means "kk", a region
 * suffix such as "ru_RU" is ignored) in @form.  Returns NULL for an
 * invalid @date or an unsupported language. */
char     *tg_date_format_official (const GDate *date,
                                   const char  *lang,
                                   TgDateForm   form);

G_END_DECLS
