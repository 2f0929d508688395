/* tg-case-documents-labels.c — closed vocabularies in the documents' words
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not gettext: a document is printed in the language chosen for it, which
 * need not be the interface's, and its wording is the Committee's official
 * Kazakh and Russian (Labour Code 2015 art. 186–188, the Committee's
 * Regulation of 2014).  One row per enum value, in enum order; { kk, ru }.
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

/* What a dispute is about: kk as a noun phrase before "жөніндегі",
 * ru in the genitive after "по вопросу". */
static Words subjects[] = {
  [TG_DISPUTE_SUBJECT_INVESTIGATION] = { "жазатайым оқиғаны тергеу",
                                         "расследования несчастного случая" },
  [TG_DISPUTE_SUBJECT_FORMALIZATION] = { "жазатайым оқиғаны ресімдеу (актіні жасау)",
                                         "оформления несчастного случая (составления акта)" },
  [TG_DISPUTE_SUBJECT_REGISTRATION]  = { "жазатайым оқиғаны тіркеу және есепке алу",
                                         "регистрации и учёта несчастного случая" },
};

static Words outcomes[] = {
  [TG_OUTCOME_NONE]            = { "шешім қабылданған жоқ", "решение не принято" },
  [TG_OUTCOME_UPHELD]          = { "қанағаттандырылды", "удовлетворено" },
  [TG_OUTCOME_PARTLY_UPHELD]   = { "ішінара қанағаттандырылды", "удовлетворено частично" },
  [TG_OUTCOME_REJECTED]        = { "қанағаттандырудан бас тартылды", "отказано в удовлетворении" },
  [TG_OUTCOME_REINVESTIGATION] = { "қайта тергеу тағайындалды", "назначено повторное расследование" },
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
  [TG_OUTCOME_REINVESTIGATION] = { "Жазатайым оқиғаны қайта тергеу тағайындалсын, "
                                   "іс тергеу сатысына қайтарылсын.",
                                   "Назначить повторное расследование несчастного случая, "
                                   "дело вернуть на стадию расследования." },
};

static Words dispute_statuses[] = {
  [TG_DISPUTE_STATUS_FILED]        = { "берілді", "подано" },
  [TG_DISPUTE_STATUS_UNDER_REVIEW] = { "қаралуда", "на рассмотрении" },
  [TG_DISPUTE_STATUS_DECIDED]      = { "шешілді", "решено" },
  [TG_DISPUTE_STATUS_WITHDRAWN]    = { "кері қайтарып алынды", "отозвано" },
};

static Words states[] = {
  [TG_STATE_REGISTERED]              = { "тіркелді", "зарегистрировано" },
  [TG_STATE_LOCAL_INVESTIGATION]     = { "жергілікті тергеу", "местное расследование" },
  [TG_STATE_COMMISSION_PENDING]      = { "комиссия құру күтілуде", "ожидает создания комиссии" },
  [TG_STATE_COMMITTEE_INVESTIGATION] = { "Комитет комиссиясының тергеуі",
                                         "расследование комиссией Комитета" },
  [TG_STATE_REFERRED_TO_GOVERNMENT]  = { "Үкіметтік комиссияға берілді",
                                         "передано правительственной комиссии" },
  [TG_STATE_CONCLUDED]               = { "тергеу аяқталды", "расследование завершено" },
  [TG_STATE_CLOSED]                  = { "жабылды", "закрыто" },
};

static Words bodies[] = {
  [TG_BODY_NONE]               = { "тағайындалмаған", "не назначен" },
  [TG_BODY_EMPLOYER]           = { "жұмыс берушінің комиссиясы", "комиссия работодателя" },
  [TG_BODY_LOCAL_INSPECTORATE] = { "жергілікті еңбек инспекциясы", "местный орган инспекции труда" },
  [TG_BODY_COMMITTEE]          = { "Комитет құрған комиссия", "комиссия, созданная Комитетом" },
  [TG_BODY_GOVERNMENT]         = { "Үкіметтік комиссия", "правительственная комиссия" },
};

/* Who investigates (domain.md §3, Labour Code art. 188). */
static Words jurisdictions[] = {
  [TG_JURISDICTION_EMPLOYER]    = { "жұмыс берушінің комиссиясы (188-бап 1-т.)",
                                    "комиссия работодателя (ст. 188 п. 1)" },
  [TG_JURISDICTION_LOCAL]       = { "жергілікті еңбек инспекциясының арнайы тергеуі (188-бап 3–4-т.)",
                                    "специальное расследование местной инспекции труда (ст. 188 п. 3–4)" },
  [TG_JURISDICTION_LOCAL_CHIEF] = { "облыстың бас мемлекеттік еңбек инспекторы төрағалық ететін арнайы тергеу",
                                    "специальное расследование под председательством главного "
                                    "государственного инспектора труда области" },
  [TG_JURISDICTION_COMMITTEE]   = { "Комитет құратын комиссия (2014 ж. Ереже, 14-т.)",
                                    "комиссия, создаваемая Комитетом (Положение 2014 г., п. 14)" },
  [TG_JURISDICTION_GOVERNMENT]  = { "Үкіметтік комиссия", "правительственная комиссия" },
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
is_one_of (gunichar    c,
           const char *set)
{
  c = g_unichar_tolower (c);
  for (const char *p = set; *p; p = g_utf8_next_char (p))
    if (g_utf8_get_char (p) == c)
      return TRUE;
  return FALSE;
}

/* The Kazakh genitive suffix of @word: vowel harmony from its last vowel
 * (front ә ө ү і е → -ің, else -ың) and the consonant from its last sound:
 * after a vowel or м н ң → н, after р л й у ж з → д, else т
 * ("министрлігінің", "комитеттің", "басқарманың"). */
static char *
kk_genitive (const char *word)
{
  const char *end = word + strlen (word);
  const char *p = end;
  gunichar last = 0, vowel = 0;
  const char *consonant;

  while (p > word)
    {
      gunichar c;

      p = g_utf8_prev_char (p);
      c = g_unichar_tolower (g_utf8_get_char (p));
      if (last == 0)
        last = c;
      if (is_one_of (c, "аәеиоөұүыіэюяу"))
        {
          vowel = c;
          /* и and у are neutral: look further back. */
          if (!is_one_of (c, "иу"))
            break;
        }
    }
  if (is_one_of (last, "аәеиоөұүыіэюя") || is_one_of (last, "мнң"))
    consonant = "н";
  else if (is_one_of (last, "рлйужз"))
    consonant = "д";
  else
    consonant = "т";
  return g_strconcat (word, consonant, is_one_of (vowel, "әөүіеи") ? "ің" : "ың", NULL);
}

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
      return kk_genitive (name);
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
