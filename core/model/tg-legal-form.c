/* tg-legal-form.c — legal forms of employers, in Russian and Kazakh
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-model"

#include "config.h"

#include <string.h>

#include "tg-employer.h"
#include "tg-legal-form.h"

/* The forms of the Civil Code (art. 34–106) and of state enterprises
 * (Law on state property, art. 134), with the abbreviations the
 * registration authorities print in each language.
 *
 * The Kazakh abbreviation stands for its phrase in the possessive
 * («Талап Ойл» ЖШС = «Талап Ойл» жауапкершілігі шектеулі серіктестігі), so
 * the ending follows the possessive noun: серіктестігі → -нің, -не, -нде;
 * қоғамы → -ның, -на; кәсіпорны → -ның, -на, -нда; мекемесі → -нің, -не,
 * -нде.  "published" marks an ending read in published texts (exact
 * search of public sources, December 2026; counts are hits, and no text
 * was found with the other vowel); "derived" one that follows from the
 * same possessive noun and is still to be confirmed against a published
 * text.  For АҚ the published locative is -да (not -нда). */
static const TgLegalForm forms[] = {
  { "too", "ТОО", "ЖШС", "товарищество с ограниченной ответственностью",
    "жауапкершілігі шектеулі серіктестік", { "", "нің", "не", "нде" },
    "published: «Қазақстан көлік холдингі» ЖШС-нің бас директоры, «BASS Gold» ЖШС-нің "
    "есептілігі (10 texts, none with ЖШС-ның); «С-Мұнай» ЖШС-не, «BASS Gold» ЖШС-не "
    "(6, none with ЖШС-на); «Орталық Азия экономикалық төрелігі» ЖШС-нде (1, none with "
    "ЖШС-да or ЖШС-де)" },
  { "ao", "АО", "АҚ", "акционерное общество", "акционерлік қоғам", { "", "ның", "на", "да" },
    "published: «Қазпошта» АҚ-ның, «Кедентранссервис» АҚ-ның (10); «Кедентранссервис» АҚ-на, "
    "«Ембімұнайгаз» АҚ-на (3); «Қазақстан қор биржасы» АҚ-да, «АТФ Банк» АҚ-да (7, one АҚ-та, "
    "none АҚ-нда)" },
  { "nao", "НАО", "КЕАҚ", "некоммерческое акционерное общество",
    "коммерциялық емес акционерлік қоғам", { "", "ның", "на", "да" },
    "derived: as АҚ (the same noun, қоғамы)" },
  { "tdo", "ТДО", "ҚЖС", "товарищество с дополнительной ответственностью",
    "қосымша жауапкершілігі бар серіктестік", { "", "нің", "не", "нде" },
    "derived: as ЖШС (the same noun, серіктестігі)" },
  { "ip", "ИП", "ЖК", "индивидуальный предприниматель", "жеке кәсіпкер", { "", "нің", "не", "нде" },
    "derived: кәсіпкері → -нің, -не, -нде" },
  { "pk", "ПК", "ӨК", "производственный кооператив", "өндірістік кооператив", { "", "нің", "не", "нде" },
    "derived: кооперативі → -нің, -не, -нде" },
  { "rgp-phv", "РГП на ПХВ", "ШЖҚ РМК",
    "республиканское государственное предприятие на праве хозяйственного ведения",
    "шаруашылық жүргізу құқығындағы республикалық мемлекеттік кәсіпорын", { "", "ның", "на", "нда" },
    "published: «Қызылорда облыстық тері-венерология диспансері» ШЖҚ КМК-ның (1); dative and "
    "locative derived: кәсіпорны → -на, -нда" },
  { "rgp", "РГП", "РМК", "республиканское государственное предприятие",
    "республикалық мемлекеттік кәсіпорын", { "", "ның", "на", "нда" },
    "as ШЖҚ РМК (the same noun, кәсіпорны)" },
  { "rkp", "РКП", "РҚК", "республиканское казённое предприятие", "республикалық қазыналық кәсіпорын",
    { "", "ның", "на", "нда" }, "as ШЖҚ РМК (the same noun, кәсіпорны)" },
  { "gkp-phv", "ГКП на ПХВ", "ШЖҚ МКК",
    "государственное коммунальное предприятие на праве хозяйственного ведения",
    "шаруашылық жүргізу құқығындағы мемлекеттік коммуналдық кәсіпорын", { "", "ның", "на", "нда" },
    "as ШЖҚ РМК (the same noun, кәсіпорны)" },
  { "gkp", "ГКП", "МКК", "государственное коммунальное предприятие",
    "мемлекеттік коммуналдық кәсіпорын", { "", "ның", "на", "нда" },
    "as ШЖҚ РМК (the same noun, кәсіпорны)" },
  { "kgp-phv", "КГП на ПХВ", "ШЖҚ КМК",
    "коммунальное государственное предприятие на праве хозяйственного ведения",
    "шаруашылық жүргізу құқығындағы коммуналдық мемлекеттік кәсіпорын", { "", "ның", "на", "нда" },
    "published: ШЖҚ КМК-ның (1); dative and locative derived (кәсіпорны)" },
  { "kgp", "КГП", "КМК", "коммунальное государственное предприятие",
    "коммуналдық мемлекеттік кәсіпорын", { "", "ның", "на", "нда" },
    "as ШЖҚ КМК (the same noun, кәсіпорны)" },
  { "gu", "ГУ", "ММ", "государственное учреждение", "мемлекеттік мекеме", { "", "нің", "не", "нде" },
    "as КММ (the same noun, мекемесі)" },
  { "kgu", "КГУ", "КММ", "коммунальное государственное учреждение",
    "коммуналдық мемлекеттік мекеме", { "", "нің", "не", "нде" },
    "published: «№9 орта мектеп» КММ-нің, ШЖҚ КММ-нің (4); dative and locative derived "
    "(мекемесі → -не, -нде)" },
  { "chu", "ЧУ", "ЖМ", "частное учреждение", "жеке мекеме", { "", "нің", "не", "нде" },
    "as КММ (the same noun, мекемесі)" },
  { "oo", "ОО", "ҚБ", "общественное объединение", "қоғамдық бірлестік", { "", "нің", "не", "нде" },
    "derived: бірлестігі → -нің, -не, -нде" },
};

const TgLegalForm *
tg_legal_forms (guint *n_forms)
{
  *n_forms = G_N_ELEMENTS (forms);
  return forms;
}

const TgLegalForm *
tg_legal_form_lookup (const char *nick)
{
  for (guint i = 0; nick != NULL && i < G_N_ELEMENTS (forms); i++)
    if (g_str_equal (forms[i].nick, nick))
      return &forms[i];
  return NULL;
}

const TgLegalForm *
tg_legal_form_find (const char *abbreviation)
{
  for (guint i = 0; abbreviation != NULL && i < G_N_ELEMENTS (forms); i++)
    if (g_str_equal (forms[i].ru, abbreviation) || g_str_equal (forms[i].kk, abbreviation))
      return &forms[i];
  return NULL;
}

/* The longest abbreviation first: "ГКП на ПХВ" before "ГКП". */
static const TgLegalForm *
match (const char *text,
       gboolean    at_end,
       gsize      *length)
{
  const TgLegalForm *best = NULL;
  gsize best_len = 0, text_len = strlen (text);

  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    for (guint k = 0; k < 2; k++)
      {
        const char *abbr = k == 0 ? forms[i].ru : forms[i].kk;
        gsize len = strlen (abbr);
        const char *at = at_end ? text + text_len - len : text;
        const char *next;

        if (len >= text_len || len <= best_len || strncmp (at, abbr, len) != 0)
          continue;
        /* a whole word: a space on the inner side */
        next = at_end ? at - 1 : at + len;
        if (*next != ' ')
          continue;
        best = &forms[i];
        best_len = len;
      }
  *length = best_len;
  return best;
}

const TgLegalForm *
tg_legal_form_split (const char  *full,
                     char       **name)
{
  g_autofree char *text = g_strstrip (g_strdup (full != NULL ? full : ""));
  const TgLegalForm *form;
  gsize len;

  if ((form = match (text, FALSE, &len)) != NULL)
    *name = g_strstrip (g_strdup (text + len));
  else if ((form = match (text, TRUE, &len)) != NULL)
    *name = g_strstrip (g_strndup (text, strlen (text) - len));
  else
    *name = g_strdup (full);
  /* a bare form is no name */
  if (form != NULL && **name == '\0')
    {
      g_free (*name);
      *name = g_strdup (full);
      return NULL;
    }
  return form;
}

char *
tg_legal_form_join_ru (const TgLegalForm *form,
                       const char        *name)
{
  if (form == NULL)
    return g_strdup (name);
  if (name == NULL || *name == '\0')
    return g_strdup (form->ru);
  return g_strconcat (form->ru, " ", name, NULL);
}

void
tg_employer_split_legal_form (gpointer employer)
{
  TgEmployer *emp = employer;
  const TgLegalForm *given;
  const TgLegalForm *form;
  g_autofree char *name = NULL;

  g_return_if_fail (TG_IS_EMPLOYER (emp));

  if (tg_employer_get_name (emp) == NULL)
    return;
  given = tg_legal_form_lookup (tg_employer_get_legal_form (emp));
  form = tg_legal_form_split (tg_employer_get_name (emp), &name);
  if (form == NULL || (given != NULL && form != given))
    return;
  tg_employer_set_name (emp, name);
  tg_employer_set_legal_form (emp, form->nick);
}
