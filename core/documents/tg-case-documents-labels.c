/* tg-case-documents-labels.c — closed vocabularies in the documents' words
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not gettext: a document is printed in the language chosen for it, which
 * need not be the interface's, and its wording is the Committee's official
 * Kazakh and Russian, in the terms of the Labour Code of 2015 (art.
 * 186–190: «еңбек қызметіне байланысты жазатайым оқиға», «арнайы
 * тергеп-тексеру»; «несчастный случай, связанный с трудовой
 * деятельностью», «специальное расследование»), never the 2007 Code's
 * («өндірістегі», «на производстве»).  One row per enum value, in enum
 * order; { kk, ru }.
 */
#define G_LOG_DOMAIN "tg-case-documents"

#include "config.h"

#include <string.h>

#include "tg-case-documents-private.h"

typedef const char * const Words[2];

#define PICK(table, value, lang) \
  (((guint) (value) < G_N_ELEMENTS (table)) ? (table)[value][(lang)] : "")

/* A member's role in the commission (the order's table). */
static Words roles[] = {
  [TG_ROLE_CHAIR]        = { "комиссия төрағасы", "председатель комиссии" },
  [TG_ROLE_DEPUTY_CHAIR] = { "комиссия төрағасының орынбасары", "заместитель председателя комиссии" },
  [TG_ROLE_MEMBER]       = { "комиссия мүшесі", "член комиссии" },
  [TG_ROLE_SECRETARY]    = { "комиссия хатшысы", "секретарь комиссии" },
};

static Words severities[] = {
  [TG_SEVERITY_LIGHT] = { "жеңіл", "лёгкая" },
  [TG_SEVERITY_SEVERE] = { "ауыр", "тяжёлая" },
  [TG_SEVERITY_FATAL] = { "өліммен аяқталған", "со смертельным исходом" },
};

/* Who may raise a dispute (domain.md §4). */
static Words parties[] = {
  [TG_PARTY_EMPLOYER]  = { "жұмыс беруші", "работодатель" },
  [TG_PARTY_WORKER]    = { "қызметкер (оның өкілі, отбасы мүшесі)",
                           "работник (его представитель, член семьи)" },
  [TG_PARTY_INSPECTOR] = { "мемлекеттік еңбек инспекторы", "государственный инспектор труда" },
};

/* The applicant of a decision: kk nominative, ru in apposition after
 * "заявитель — ". */
static Words applicants[] = {
  [TG_PARTY_EMPLOYER]  = { "жұмыс беруші", "работодатель" },
  [TG_PARTY_WORKER]    = { "қызметкер немесе оның өкілі", "работник или его представитель" },
  [TG_PARTY_INSPECTOR] = { "мемлекеттік еңбек инспекторы", "государственный инспектор труда" },
};

/* What a dispute is about (Labour Code 2015, ch. 21: investigation,
 * formalization of its materials, registration and accounting): kk
 * before "кезінде", ru in the prepositional after "при". */
static Words subjects[] = {
  [TG_DISPUTE_SUBJECT_INVESTIGATION] = { "жазатайым оқиғаны тергеп-тексеру",
                                         "расследовании несчастного случая" },
  [TG_DISPUTE_SUBJECT_FORMALIZATION] = { "жазатайым оқиғаны тергеп-тексеру материалдарын ресімдеу",
                                         "оформлении материалов расследования несчастного случая" },
  [TG_DISPUTE_SUBJECT_REGISTRATION]  = { "жазатайым оқиғаны тіркеу және есепке алу",
                                         "регистрации и учёте несчастного случая" },
};

static Words outcomes[] = {
  [TG_OUTCOME_NONE]            = { "шешім қабылданған жоқ", "решение не принято" },
  [TG_OUTCOME_UPHELD]          = { "қанағаттандырылды", "удовлетворено" },
  [TG_OUTCOME_PARTLY_UPHELD]   = { "ішінара қанағаттандырылды", "удовлетворено частично" },
  [TG_OUTCOME_REJECTED]        = { "қанағаттандырудан бас тартылды", "отказано в удовлетворении" },
  [TG_OUTCOME_REINVESTIGATION] = { "қайта арнайы тергеп-тексеру тағайындалды",
                                   "назначено повторное специальное расследование" },
};

/* The operative part of a decision: what the Committee decides. */
static Words operatives[] = {
  [TG_OUTCOME_NONE]            = { "", "" },
  [TG_OUTCOME_UPHELD]          = { "Өтініш берушінің талабы қанағаттандырылсын.",
                                   "Требование заявителя удовлетворить." },
  [TG_OUTCOME_PARTLY_UPHELD]   = { "Өтініш берушінің талабы ішінара қанағаттандырылсын.",
                                   "Требование заявителя удовлетворить частично." },
  [TG_OUTCOME_REJECTED]        = { "Өтініш берушінің талабын қанағаттандырудан бас тартылсын.",
                                   "В удовлетворении требования заявителя отказать." },
  [TG_OUTCOME_REINVESTIGATION] = { "Жазатайым оқиғаны қайта арнайы тергеп-тексеру жүргізілсін.",
                                   "Провести повторное специальное расследование несчастного случая." },
};

static Words dispute_statuses[] = {
  [TG_DISPUTE_STATUS_FILED]        = { "берілді", "подано" },
  [TG_DISPUTE_STATUS_UNDER_REVIEW] = { "қаралуда", "на рассмотрении" },
  [TG_DISPUTE_STATUS_DECIDED]      = { "шешілді", "решено" },
  [TG_DISPUTE_STATUS_WITHDRAWN]    = { "кері қайтарып алынды", "отозвано" },
};

static Words states[] = {
  [TG_STATE_REGISTERED]              = { "тіркелді", "зарегистрировано" },
  [TG_STATE_LOCAL_INVESTIGATION]     = { "жергілікті органның тергеп-тексеруі", "расследование местного органа" },
  [TG_STATE_COMMISSION_PENDING]      = { "комиссия құру күтілуде", "ожидает создания комиссии" },
  [TG_STATE_COMMITTEE_INVESTIGATION] = { "Комитет комиссиясының тергеп-тексеруі",
                                         "расследование комиссией Комитета" },
  [TG_STATE_REFERRED_TO_GOVERNMENT]  = { "Үкіметтік комиссияға берілді",
                                         "передано правительственной комиссии" },
  [TG_STATE_CONCLUDED]               = { "тергеп-тексеру аяқталды", "расследование завершено" },
  [TG_STATE_CLOSED]                  = { "жабылды", "закрыто" },
};

static Words bodies[] = {
  [TG_BODY_NONE]               = { "тағайындалмаған", "не назначен" },
  [TG_BODY_EMPLOYER]           = { "жұмыс берушінің комиссиясы", "комиссия работодателя" },
  [TG_BODY_LOCAL_INSPECTORATE] = { "еңбек инспекциясы жөніндегі жергілікті орган",
                                   "местный орган по инспекции труда" },
  [TG_BODY_COMMITTEE]          = { "Комитет құрған комиссия", "комиссия, созданная Комитетом" },
  [TG_BODY_GOVERNMENT]         = { "Үкіметтік комиссия", "правительственная комиссия" },
};

/* Who investigates (domain.md §3, Labour Code 2015 art. 188, in force
 * from 1 January 2016: p. 1 the employer's commission; p. 3–4 special
 * investigation by the local body, with two deaths chaired by the
 * region's chief inspector, with three to five deaths by a commission of
 * the authorized body). */
static Words jurisdictions[] = {
  [TG_JURISDICTION_EMPLOYER]    = { "жұмыс берушінің комиссиясы (Еңбек кодексінің 188-бабының 1-тармағы)",
                                    "комиссия работодателя (п. 1 ст. 188 Трудового кодекса)" },
  [TG_JURISDICTION_LOCAL]       = { "еңбек инспекциясы жөніндегі жергілікті органның арнайы тергеп-тексеруі "
                                    "(Еңбек кодексінің 188-бабының 3, 4-тармақтары)",
                                    "специальное расследование местного органа по инспекции труда "
                                    "(пп. 3, 4 ст. 188 Трудового кодекса)" },
  [TG_JURISDICTION_LOCAL_CHIEF] = { "облыстың бас мемлекеттік еңбек инспекторы төрағалық ететін арнайы "
                                    "тергеп-тексеру (Еңбек кодексінің 188-бабының 4-тармағы)",
                                    "специальное расследование под председательством главного "
                                    "государственного инспектора труда области (п. 4 ст. 188 Трудового кодекса)" },
  [TG_JURISDICTION_COMMITTEE]   = { "уәкілетті орган құратын комиссия (Еңбек кодексінің 188-бабының 4-тармағы)",
                                    "комиссия, создаваемая уполномоченным органом (п. 4 ст. 188 Трудового кодекса)" },
  [TG_JURISDICTION_GOVERNMENT]  = { "Үкіметтік комиссия", "правительственная комиссия" },
};

/* What an objectivity review concluded, as its conclusion says it. */
static Words conclusions[] = {
  [TG_REVIEW_SOUND]           = { "тергеп-тексеру объективті жүргізілген, комиссияның қорытындылары негізді",
                                  "расследование проведено объективно, выводы комиссии обоснованы" },
  [TG_REVIEW_DEFICIENCIES]    = { "тергеп-тексеру кемшіліктермен жүргізілген, бірақ комиссияның "
                                  "қорытындылары күшінде қалады",
                                  "расследование проведено с недостатками, однако выводы комиссии "
                                  "остаются в силе" },
  [TG_REVIEW_REINVESTIGATION] = { "тергеп-тексеру объективті жүргізілмеген, жазатайым оқиғаны қайта "
                                  "арнайы тергеп-тексеру қажет",
                                  "расследование проведено необъективно, требуется повторное специальное "
                                  "расследование несчастного случая" },
};

/* Grounds of a "not work-related" finding (Labour Code art. 186 p. 3). */
static Words grounds[] = {
  [TG_GROUND_NONE]           = { "", "" },
  [TG_GROUND_INTOXICATION]   = { "зардап шегушінің мас күйі", "состояние опьянения пострадавшего" },
  [TG_GROUND_SELF_HARM]      = { "денсаулыққа қасақана зиян келтіру", "умышленное причинение вреда здоровью" },
  [TG_GROUND_VICTIM_OFFENCE] = { "зардап шегушінің қылмыстық құқық бұзушылығы",
                                 "уголовное правонарушение пострадавшего" },
  [TG_GROUND_ILLNESS]        = { "өндірістік факторларға байланысты емес кенеттен ауру",
                                 "внезапное заболевание, не связанное с производственными факторами" },
};

const char *
_tg_docs_role_label (TgRole    role,
                     TgDocLang lang)
{
  return PICK (roles, role, lang);
}

const char *
_tg_docs_severity_label (TgSeverity severity,
                         TgDocLang  lang)
{
  return PICK (severities, severity, lang);
}

const char *
_tg_docs_party_label (TgParty   party,
                      TgDocLang lang)
{
  return PICK (parties, party, lang);
}

const char *
_tg_docs_party_text (const char *party,
                     TgDocLang   lang)
{
  int value;

  if (party != NULL && tg_enum_from_nick (TG_TYPE_PARTY, party, &value))
    return _tg_docs_party_label ((TgParty) value, lang);
  return party != NULL ? party : "";
}

const char *
_tg_docs_applicant_label (TgParty   party,
                          TgDocLang lang)
{
  return PICK (applicants, party, lang);
}

const char *
_tg_docs_conclusion_label (TgReviewConclusion conclusion,
                           TgDocLang          lang)
{
  return PICK (conclusions, conclusion, lang);
}

const char *
_tg_docs_subject_label (TgDisputeSubject subject,
                        TgDocLang        lang)
{
  return PICK (subjects, subject, lang);
}

const char *
_tg_docs_outcome_label (TgOutcome outcome,
                        TgDocLang lang)
{
  return PICK (outcomes, outcome, lang);
}

const char *
_tg_docs_outcome_operative (TgOutcome outcome,
                            TgDocLang lang)
{
  return PICK (operatives, outcome, lang);
}

const char *
_tg_docs_dispute_status_label (TgDisputeStatus status,
                               TgDocLang       lang)
{
  return PICK (dispute_statuses, status, lang);
}

const char *
_tg_docs_state_label (TgState   state,
                      TgDocLang lang)
{
  return PICK (states, state, lang);
}

const char *
_tg_docs_body_label (TgBody    body,
                     TgDocLang lang)
{
  return PICK (bodies, body, lang);
}

/* Who investigated, as a sentence names them: in Kazakh the subject
 * («… комиссиясы жүргізген», «… арнайы тергеп-тексерді»), in Russian the
 * instrumental after «проведено», «проведённого». */
static Words investigators[] = {
  [TG_BODY_NONE]               = { TG_DOC_BLANK, TG_DOC_BLANK },
  [TG_BODY_EMPLOYER]           = { "жұмыс берушінің комиссиясы", "комиссией работодателя" },
  [TG_BODY_LOCAL_INSPECTORATE] = { "еңбек инспекциясы жөніндегі жергілікті органның комиссиясы",
                                   "комиссией местного органа по инспекции труда" },
  [TG_BODY_COMMITTEE]          = { "Комитет құрған комиссия", "комиссией, созданной Комитетом" },
  [TG_BODY_GOVERNMENT]         = { "Үкіметтік комиссия", "правительственной комиссией" },
};

const char *
_tg_docs_investigator (TgBody    body,
                       TgDocLang lang)
{
  return PICK (investigators, body, lang);
}

const char *
_tg_docs_jurisdiction_label (TgJurisdiction jurisdiction,
                             TgDocLang      lang)
{
  return PICK (jurisdictions, jurisdiction, lang);
}

const char *
_tg_docs_ground_label (TgGround  ground,
                       TgDocLang lang)
{
  return PICK (grounds, ground, lang);
}

/* ------------------------------------------------------ the ministry */

static gboolean
has_suffix_ci (const char *text,
               const char *suffix)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);

  return g_str_has_suffix (lower, suffix);
}

/* The name is a setting, in the nominative as the Ministry calls itself;
 * the heading wants "X министрлігінің КОМИТЕТІ" / "КОМИТЕТ … Министерства
 * X".  A name already in the genitive is kept. */
char *
_tg_docs_ministry_genitive (const char *name,
                            TgDocLang   lang)
{
  const char *space;
  g_autofree char *first = NULL;

  if (name == NULL || *name == '\0')
    return g_strdup ("");
  if (lang == TG_DOC_KK)
    {
      if (has_suffix_ci (name, "ның") || has_suffix_ci (name, "нің") ||
          has_suffix_ci (name, "дың") || has_suffix_ci (name, "дің") ||
          has_suffix_ci (name, "тың") || has_suffix_ci (name, "тің"))
        return g_strdup (name);
      return _tg_kk_inflect (name, TG_KK_GENITIVE);
    }
  /* Russian: "Министерство …" → "Министерства …" (the head noun leads). */
  space = strchr (name, ' ');
  first = g_strndup (name, space != NULL ? (gsize) (space - name) : strlen (name));
  if (has_suffix_ci (first, "ство"))
    {
      GString *s = g_string_new (NULL);

      g_string_append_len (s, first, strlen (first) - strlen ("о"));
      g_string_append (s, g_unichar_isupper (g_utf8_get_char (g_utf8_prev_char (first + strlen (first))))
                          ? "А" : "а");
      g_string_append (s, space != NULL ? space : "");
      return g_string_free (s, FALSE);
    }
  return g_strdup (name);
}
