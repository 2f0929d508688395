/* tg-legal-form.h — legal forms of employers, in Russian and Kazakh
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An employer's name and its legal form are separate data: Russian puts
 * the form's abbreviation before the name («ТОО «Талап Ойл»»), Kazakh puts
 * its own abbreviation after it and attaches the case ending to the
 * abbreviation («Талап Ойл» ЖШС-нің).  The ending depends on the form only
 * (the abbreviation stands for a noun phrase in the possessive: ЖШС is
 * "жауапкершілігі шектеулі серіктестігі"), so one row per form holds them,
 * each with the published text it was checked against (tg-legal-form.c).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The grammatical cases the documents need of a name. */
typedef enum
{
  TG_KK_NOMINATIVE,
  TG_KK_GENITIVE,    /* -ның/-нің: "… басшысы" */
  TG_KK_DATIVE,      /* -ға/-ге/-на/-не: "… жүктелсін", addressee */
  TG_KK_LOCATIVE,    /* -да/-де/-нда/-нде: "… болған" */
  TG_KK_N_CASES
} TgKkCase;

typedef struct
{
  const char *nick;         /* "too": files, the command line, the store */
  const char *ru;           /* "ТОО" */
  const char *kk;           /* "ЖШС" */
  const char *ru_full;      /* "товарищество с ограниченной ответственностью" */
  const char *kk_full;      /* "жауапкершілігі шектеулі серіктестік" */
  /* Endings after the Kazakh abbreviation and a hyphen, by TgKkCase
   * (the nominative's is ""). */
  const char *kk_endings[TG_KK_N_CASES];
  const char *source;       /* where the endings were read */
} TgLegalForm;

/* Every form, in the order a form chooser lists them. */
const TgLegalForm *tg_legal_forms           (guint       *n_forms);
/* The form named @nick, or NULL. */
const TgLegalForm *tg_legal_form_lookup     (const char  *nick);
/* The form whose Russian or Kazakh abbreviation @abbreviation is
 * (case-sensitive: they are written in capitals), or NULL. */
const TgLegalForm *tg_legal_form_find       (const char  *abbreviation);

/* Splits a name as registrations write it, "ТОО «Талап Ойл»", "«Талап
 * Ойл» ЖШС" or "ГКП на ПХВ «Поликлиника №3» управления …", into the
 * form and the rest ("«Талап Ойл»").  Returns NULL (and sets @name to a
 * copy of @full) when no known form leads or ends it. */
const TgLegalForm *tg_legal_form_split      (const char  *full,
                                             char       **name);
/* "ТОО «Талап Ойл»" from the form and the name (just the name when
 * @form is NULL). */
char              *tg_legal_form_join_ru    (const TgLegalForm *form,
                                             const char        *name);

/* Normalizes an employer whose name carries its form ("ТОО «Талап Ойл»",
 * as files and people write it): the form goes to legal-form and the name
 * keeps the rest. A name whose leading or ending form is another than the
 * legal-form already set is left as it is. */
void               tg_employer_split_legal_form (gpointer employer);

G_END_DECLS
