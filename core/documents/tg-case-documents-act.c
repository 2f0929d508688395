/* tg-case-documents-act.c — the act of special investigation
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The document the commission exists to produce (Labour Code 2015 art.
 * 190; domain.md §7): drawn up from the investigation's materials and the
 * opinion of the majority of its members, it names the order the
 * commission rests on and its members, the employer, each victim, the
 * circumstances and causes, the persons who violated safety requirements
 * and the norms they violated, whether the accident is work-related (and
 * if not, on which ground of art. 186), the fault shares where the
 * worker's gross negligence contributed (mixed liability, art. 190 p. 2),
 * the measures to prevent recurrence with their deadlines, the list of
 * attachments, the members' signatures, and a dissenting member's opinion
 * on a page of its own.  Whatever the case does not hold yet prints as a
 * line to fill in by hand, and a note names it.
 */
#define G_LOG_DOMAIN "tg-case-documents"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-case-document.h"
#include "tg-case-documents-private.h"
#include "tg-member.h"
#include "tg-rules.h"
#include "tg-victim.h"

/*   [LC-190]  Labour Code 2015 art. 190 (zakonpravo.kz): "the act is drawn
 *             up in accordance with the investigation materials and taking
 *             into account the opinion of the majority of the commission
 *             members"; "if … gross negligence caused or increased the harm,
 *             the commission applies a mixed liability of the parties and
 *             determines the degree of guilt of the employee and the employer
 *             as a percentage"; a member who does not agree sets out a
 *             dissenting opinion, attached to the act.
 *   [LC-186]  art. 186 p. 3 (domain.md §3): the grounds on which an accident
 *             is not work-related.
 *   [FORM]    the form of the act is set by the authorized state body for
 *             labour (art. 190 p. 1); its fields as domain.md §7 lists them:
 *             order, commission, employer, victims, circumstances, causes,
 *             responsible persons and violated norms, work-related or not
 *             with the ground, fault shares, measures with deadlines,
 *             dissenting opinion, attachments. */
static const TgWording wording[] = {
  { "name", "ЕҢБЕК ҚЫЗМЕТІНЕ БАЙЛАНЫСТЫ {group}ЖАЗАТАЙЫМ ОҚИҒАНЫ АРНАЙЫ ТЕРГЕП-ТЕКСЕРУ АКТІСІ",
    "АКТ СПЕЦИАЛЬНОГО РАССЛЕДОВАНИЯ {group}НЕСЧАСТНОГО СЛУЧАЯ, СВЯЗАННОГО С ТРУДОВОЙ ДЕЯТЕЛЬНОСТЬЮ",
    "[LC-190]; terms of the Labour Code 2015, ch. 21" },
  { "group", "ТОПТЫҚ ", "ГРУППОВОГО ", "Labour Code 2015 art. 188 p. 3" },
  { "basis", "Қазақстан Республикасы Еңбек кодексінің 190-бабына сәйкес жасалды",
    "Составлен в соответствии со статьёй 190 Трудового кодекса Республики Казахстан", "[LC-190]" },
  { "place", "(жасалған орны)", "(место составления)", "[FORM] (the place, written in by hand)" },
  { "s-commission", "Комиссия", "Комиссия", "[FORM]" },
  { "commission",
    "Арнайы тергеп-тексеруді {order_date} № {order_number} бұйрықпен құрылған комиссия мынадай құрамда "
    "жүргізді:",
    "Специальное расследование проведено комиссией, созданной приказом от {order_date} № {order_number}, "
    "в составе:", "[FORM]" },
  { "period", "Арнайы тергеп-тексеру {started} басталып, {ended} аяқталды.",
    "Специальное расследование начато {started} и окончено {ended}.", "Labour Code 2015 art. 189 (the term)" },
  { "s-employer", "Жұмыс беруші", "Работодатель", "[FORM]" },
  { "s-accident", "Жазатайым оқиға", "Несчастный случай", "[FORM]" },
  { "s-victims", "Зардап шегушілер туралы мәліметтер", "Сведения о пострадавших", "[FORM]" },
  { "s-circumstances", "Жазатайым оқиғаның мән-жайлары", "Обстоятельства несчастного случая", "[FORM]" },
  { "s-causes", "Жазатайым оқиғаның себептері", "Причины несчастного случая", "[FORM]" },
  { "s-responsible", "Еңбек қауіпсіздігі және еңбекті қорғау талаптарын бұзған адамдар",
    "Лица, допустившие нарушения требований безопасности и охраны труда", "[FORM]; [LC-190]" },
  { "violations", "Бұзылған нормативтік құқықтық актілердің талаптары:",
    "Нарушенные требования нормативных правовых актов:", "[FORM]" },
  { "s-conclusion", "Комиссияның қорытындысы", "Заключение комиссии", "[FORM]" },
  { "work-related", "Комиссия жазатайым оқиғаны еңбек қызметіне байланысты деп таныды.",
    "Комиссия признала несчастный случай связанным с трудовой деятельностью.", "Labour Code 2015 art. 186" },
  { "not-work-related",
    "Комиссия жазатайым оқиғаны еңбек қызметіне байланысты емес деп таныды. Негіздеме: {ground} "
    "(Қазақстан Республикасы Еңбек кодексінің 186-бабының 3-тармағы).",
    "Комиссия признала несчастный случай не связанным с трудовой деятельностью. Основание: {ground} "
    "(пункт 3 статьи 186 Трудового кодекса Республики Казахстан).", "[LC-186]" },
  { "no-conclusion", "Комиссия жазатайым оқиғаны {blank} деп таныды.",
    "Комиссия признала несчастный случай {blank}.", "[FORM] (a line to fill in)" },
  { "mixed",
    "Зардап шегушінің өрескел абайсыздығы зиянның туындауына ықпал еткендіктен, тараптардың аралас "
    "жауапкершілігі қолданылды: жұмыс берушінің кінә дәрежесі – {employer}%, қызметкердің кінә дәрежесі – "
    "{employee}% (Қазақстан Республикасы Еңбек кодексінің 190-бабының 2-тармағы).",
    "Установлено, что грубая неосторожность пострадавшего содействовала возникновению вреда; применена "
    "смешанная ответственность сторон: степень вины работодателя — {employer} %, работника — {employee} % "
    "(пункт 2 статьи 190 Трудового кодекса Республики Казахстан).", "[LC-190]" },
  { "employer-fault", "Жұмыс берушінің кінә дәрежесі – {employer}%.",
    "Степень вины работодателя — {employer} %.", "[LC-190]" },
  { "no-fault", "Кінә дәрежесі: жұмыс беруші – {blank}%, қызметкер – {blank}%.",
    "Степень вины: работодателя — {blank} %, работника — {blank} %.", "[FORM] (a line to fill in)" },
  { "s-measures", "Жазатайым оқиғаның қайталануын болдырмау жөніндегі шаралар",
    "Мероприятия по предупреждению повторения несчастного случая", "[FORM]" },
  { "s-attachments", "Актіге қоса берілетін материалдар", "Материалы, прилагаемые к акту", "[FORM]" },
  { "dissent-noted",
    "Комиссия мүшесі {member} комиссияның қорытындыларымен келіспейді; оның ерекше пікірі актіге қоса "
    "беріледі (Қазақстан Республикасы Еңбек кодексінің 190-бабының 2-тармағы).",
    /* the name stays in the nominative, in brackets: Tergeu does not
     * decline Russian names */
    "Особое мнение члена комиссии, не согласного с выводами комиссии ({member}), прилагается к акту "
    "(пункт 2 статьи 190 Трудового кодекса Республики Казахстан).", "[LC-190]" },
  { "dissent-annex", "Арнайы тергеп-тексеру актісіне қосымша", "Приложение к акту специального расследования",
    "[LC-190]" },
  { "dissent-title", "КОМИССИЯ МҮШЕСІНІҢ ЕРЕКШЕ ПІКІРІ", "ОСОБОЕ МНЕНИЕ ЧЛЕНА КОМИССИИ", "[LC-190]" },
  { "signatures", "Комиссия төрағасы мен мүшелерінің қолдары:", "Подписи председателя и членов комиссии:",
    "[LC-190] (the act is signed by the commission)" },
  { "title", "Арнайы тергеп-тексеру актісі, іс № {number}", "Акт специального расследования, дело № {number}",
    "the PDF's title" },
};

const TgWording *
_tg_docs_act_wording (guint *n)
{
  *n = G_N_ELEMENTS (wording);
  return wording;
}

typedef struct
{
  TgDocBuild  b;
  GPtrArray  *missing;   /* labels of what prints blank (interface language) */
  guint       section;
} Act;

static void
missing (Act        *act,
         const char *label)
{
  if (!g_ptr_array_find_with_equal_func (act->missing, label, g_str_equal, NULL))
    g_ptr_array_add (act->missing, (gpointer) label);
}

static gboolean
blank (const char *text)
{
  return text == NULL || *text == '\0';
}

static void
add_section (Act        *act,
             const char *key)
{
  g_autofree char *words = _tg_docs_say (&act->b, key, NULL);
  g_autofree char *text = g_strdup_printf ("%u. %s", ++act->section, words);
  guint block = tg_document_add_paragraph (act->b.doc, text, TG_PARAGRAPH_LEFT | TG_PARAGRAPH_NO_INDENT |
                                           TG_PARAGRAPH_BOLD | TG_PARAGRAPH_KEEP_WITH_NEXT);

  tg_document_set_spacing (act->b.doc, block, 3, 1);
}

/* A borderless table of "label: value" lines. */
static guint
add_fields (Act *act)
{
  static const TgDocumentColumn columns[] = {
    { NULL, 0.40, TG_COLUMN_DEFAULT },
    { NULL, 0.60, TG_COLUMN_DEFAULT },
  };
  guint table = tg_document_add_table (act->b.doc, columns, G_N_ELEMENTS (columns), TG_TABLE_NO_BORDERS);

  tg_document_set_font_size (act->b.doc, table, 12);
  tg_document_set_spacing (act->b.doc, table, 0, 1);
  return table;
}

/* @value is markup; NULL prints the blank line and names @what missing. */
static void
add_field (Act        *act,
           guint       table,
           const char *kk,
           const char *ru,
           const char *value,
           const char *what)
{
  g_autofree char *label = g_markup_printf_escaped ("%s:", TG_DOC_TEXT (act->b.lang, kk, ru));

  if (value == NULL && what != NULL)
    missing (act, what);
  tg_document_add_table_row_markup (act->b.doc, table, (const char * const[]) {
    label, value != NULL ? value : TG_DOC_BLANK });
}

static char *
escape_or_null (const char *text)
{
  return blank (text) ? NULL : tg_document_escape (text);
}

/* ---------------------------------------------------------------- head */

static void
add_title (Act  *act,
           gboolean group)
{
  TgInvestigation *inv = tg_case_get_investigation (act->b.kase);
  g_autofree char *group_text = group ? _tg_docs_say (&act->b, "group", NULL) : g_strdup ("");
  g_autofree char *name = _tg_docs_say (&act->b, "name", "group", group_text, NULL);
  g_autofree char *basis = _tg_docs_say (&act->b, "basis", NULL);
  g_autofree char *date = _tg_docs_date_markup (tg_investigation_get_act_date (inv), act->b.lang,
                                                TG_DATE_FORM_PLAIN);
  g_autofree char *number = _tg_docs_number_markup (tg_investigation_get_act_number (inv));
  g_autofree char *place = NULL;
  g_autofree char *caption = NULL;
  guint block = tg_document_add_title (act->b.doc, name);

  tg_document_set_font_size (act->b.doc, block, 14);
  block = tg_document_add_text (act->b.doc, basis, TG_PARAGRAPH_CENTER | TG_PARAGRAPH_ITALIC |
                                TG_PARAGRAPH_KEEP_WITH_NEXT);
  tg_document_set_font_size (act->b.doc, block, 11);
  /* The act is drawn up where the commission works: the place is
   * written in by hand. */
  caption = _tg_docs_say (&act->b, "place", NULL);
  place = g_strdup_printf ("%s\n<span size=\"x-small\">%s</span>", TG_DOC_BLANK TG_DOC_BLANK, caption);
  _tg_docs_add_date_line (act->b.doc, date, number, place);
  if (tg_investigation_get_act_date (inv) == NULL)
    missing (act, _("the act's date"));
  if (tg_investigation_get_act_number (inv) == NULL)
    missing (act, _("the act's number"));
}

/* ----------------------------------------------------------- commission */

static void
add_commission (Act *act)
{
  TgDocLang lang = act->b.lang;
  TgInvestigation *inv = tg_case_get_investigation (act->b.kase);
  TgCommission *com = tg_investigation_get_commission (inv);
  const char *order_date = com != NULL ? tg_commission_get_order_date (com) : NULL;
  const char *order_number = com != NULL ? tg_commission_get_order_number (com) : NULL;
  g_autofree char *date = _tg_docs_date_markup (order_date, lang, TG_DOC_TEXT (lang, TG_DATE_FORM_ATTRIBUTIVE,
                                                                               TG_DATE_FORM_PLAIN));
  g_autofree char *number = _tg_docs_escape (order_number);
  g_autofree char *text = _tg_docs_say (&act->b, "commission", "order_date", date, "order_number", number, NULL);
  g_autofree char *started = _tg_docs_date_markup (tg_investigation_get_started (inv), lang,
                                                   TG_DOC_TEXT (lang, TG_DATE_FORM_LOCATIVE, TG_DATE_FORM_PLAIN));
  g_autofree char *ended = _tg_docs_date_markup (tg_investigation_get_act_date (inv), lang,
                                                 TG_DOC_TEXT (lang, TG_DATE_FORM_LOCATIVE, TG_DATE_FORM_PLAIN));
  g_autofree char *period = _tg_docs_say (&act->b, "period", "started", started, "ended", ended, NULL);

  add_section (act, "s-commission");
  if (blank (order_number) || blank (order_date))
    missing (act, _("the order creating the commission"));
  tg_document_add_paragraph (act->b.doc, text, TG_PARAGRAPH_KEEP_WITH_NEXT);
  if (com != NULL && g_list_model_get_n_items (G_LIST_MODEL (tg_commission_get_members (com))) > 0)
    _tg_docs_add_member_table (&act->b, com);
  else
    {
      missing (act, _("the commission's members"));
      tg_document_add_paragraph (act->b.doc, TG_DOC_BLANK TG_DOC_BLANK TG_DOC_BLANK, TG_PARAGRAPH_DEFAULT);
    }
  if (tg_investigation_get_started (inv) == NULL)
    missing (act, _("the day the investigation began"));
  tg_document_add_paragraph (act->b.doc, period, TG_PARAGRAPH_DEFAULT);
}

/* ---------------------------------------------------- employer, accident */

static void
add_employer (Act *act)
{
  TgEmployer *e = tg_case_get_employer (act->b.kase);
  g_autofree char *name = _tg_docs_employer (&act->b, TG_KK_NOMINATIVE);
  g_autofree char *bin = escape_or_null (tg_employer_get_bin (e));
  g_autofree char *activity = escape_or_null (tg_employer_get_activity (e));
  g_autofree char *address = escape_or_null (tg_employer_get_address (e));
  guint t;

  add_section (act, "s-employer");
  t = add_fields (act);
  add_field (act, t, "Атауы", "Наименование", name, NULL);
  add_field (act, t, "БСН", "БИН", bin, _("the employer's BIN"));
  add_field (act, t, "Қызмет түрі (ЭҚЖЖ)", "Вид деятельности (ОКЭД)", activity,
             _("the employer's economic activity"));
  add_field (act, t, "Мекенжайы", "Адрес", address, _("the employer's address"));
}

static void
add_accident (Act *act)
{
  TgCase *kase = act->b.kase;
  TgDocLang lang = act->b.lang;
  g_autofree char *occurred = _tg_docs_short_date (tg_case_get_occurred (kase), TRUE);
  g_autofree char *place = _tg_docs_text_in (&act->b, tg_case_get_place (kase), tg_case_get_place_kk (kase),
                                             _("The place of the accident"));
  g_autofree char *facility = g_markup_escape_text (tg_case_get_hazardous_facility (kase)
                                                    ? TG_DOC_TEXT (lang, "иә", "да")
                                                    : TG_DOC_TEXT (lang, "жоқ", "нет"), -1);
  guint t;

  add_section (act, "s-accident");
  t = add_fields (act);
  add_field (act, t, "Күні мен уақыты", "Дата и время", occurred, NULL);
  add_field (act, t, "Болған жері", "Место", place, NULL);
  add_field (act, t, "Қауіпті өндірістік объект", "Опасный производственный объект", facility, NULL);
  if (tg_case_get_group_poisoning (kase))
    add_field (act, t, "Жедел топтық улану", "Острое групповое отравление", TG_DOC_TEXT (lang, "иә", "да"), NULL);
}

/* -------------------------------------------------------------- victims */

static char *
victim_outcome (TgVictim  *v,
                TgDocLang  lang)
{
  g_autofree char *died = NULL;
  const char *severity = _tg_docs_severity_label (tg_victim_get_severity (v), lang);

  if (tg_victim_get_died_on (v) == NULL)
    return g_markup_escape_text (severity, -1);
  died = _tg_docs_date_markup (tg_victim_get_died_on (v), lang, TG_DOC_TEXT (lang, TG_DATE_FORM_LOCATIVE,
                                                                              TG_DATE_FORM_PLAIN));
  if (lang == TG_DOC_KK)
    return g_strdup_printf ("%s; %s қаза болды", severity, died);
  return g_strdup_printf ("%s; %s %s", severity, tg_victim_get_sex (v) == TG_SEX_FEMALE ? "погибла" : "погиб",
                          died);
}

static char *
date_or_null (const char *iso)
{
  return blank (iso) ? NULL : _tg_docs_short_date (iso, FALSE);
}

/* "a, b, c" of what there is; a blank line for each part missing. */
static char *
joined (const char * const *parts,
        guint               n)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "%s%s", i > 0 ? ", " : "", parts[i] != NULL ? parts[i] : TG_DOC_BLANK);
  return g_string_free (s, FALSE);
}

static void
add_victim (Act      *act,
            guint     i,
            TgVictim *v)
{
  TgDocLang lang = act->b.lang;
  g_autofree char *heading = g_strdup_printf ("%u.%u. %s", act->section, i + 1,
                                              tg_victim_get_full_name (v) ? tg_victim_get_full_name (v) : "");
  g_autofree char *iin = escape_or_null (tg_victim_get_iin (v));
  g_autofree char *born = date_or_null (tg_victim_get_birth_date (v));
  g_autofree char *occupation = escape_or_null (tg_victim_get_occupation (v));
  g_autofree char *service = tg_victim_get_experience_months (v) >= 0
                             ? _tg_docs_service_text (tg_victim_get_experience_months (v), lang) : NULL;
  g_autofree char *briefed = date_or_null (tg_victim_get_briefed_on (v));
  g_autofree char *trained = date_or_null (tg_victim_get_trained_on (v));
  g_autofree char *injury = escape_or_null (tg_victim_get_injury (v));
  g_autofree char *outcome = victim_outcome (v, lang);
  const char *sex = tg_victim_get_sex (v) == TG_SEX_FEMALE ? TG_DOC_TEXT (lang, "әйел", "женский")
                                                           : TG_DOC_TEXT (lang, "ер", "мужской");
  g_autofree char *person = joined ((const char * const[]) { iin, born, sex }, 3);
  g_autofree char *work = joined ((const char * const[]) { occupation, service }, 2);
  g_autofree char *safety = joined ((const char * const[]) { briefed, trained }, 2);
  g_autofree char *harm = joined ((const char * const[]) { injury, outcome }, 2);
  guint block, t;

  if (occupation == NULL)
    missing (act, _("a victim's occupation"));
  if (service == NULL)
    missing (act, _("a victim's length of service"));
  if (briefed == NULL)
    missing (act, _("a victim's last safety briefing"));
  if (trained == NULL)
    missing (act, _("a victim's safety training and knowledge test"));
  if (injury == NULL)
    missing (act, _("a victim's injury"));
  block = tg_document_add_text (act->b.doc, heading, TG_PARAGRAPH_LEFT | TG_PARAGRAPH_NO_INDENT |
                                TG_PARAGRAPH_ITALIC | TG_PARAGRAPH_KEEP_WITH_NEXT);
  tg_document_set_spacing (act->b.doc, block, 1.5, 0.5);
  t = add_fields (act);
  add_field (act, t, "ЖСН, туған күні, жынысы", "ИИН, дата рождения, пол", person, NULL);
  add_field (act, t, "Кәсібі (лауазымы), осы кәсіп бойынша еңбек өтілі",
             "Профессия (должность), стаж работы по ней", work, NULL);
  add_field (act, t, "Қауіпсіздік және еңбекті қорғау бойынша соңғы нұсқама, оқыту және білімін тексеру",
             "Последний инструктаж по безопасности и охране труда, обучение и проверка знаний", safety, NULL);
  add_field (act, t, "Жарақаттың сипаты (диагноз), ауырлығы, зардабы",
             "Характер повреждения (диагноз), тяжесть, исход", harm, NULL);
}

static void
add_victims (Act *act)
{
  GListModel *list = G_LIST_MODEL (tg_case_get_victims (act->b.kase));

  add_section (act, "s-victims");
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(TgVictim) v = g_list_model_get_item (list, i);
      add_victim (act, i, v);
    }
}

/* ------------------------------------------------------------- findings */

static void
add_paragraph_or_blank (Act        *act,
                        const char *text,
                        const char *what)
{
  g_autofree char *markup = NULL;

  if (blank (text))
    {
      missing (act, what);
      markup = g_strdup (TG_DOC_BLANK TG_DOC_BLANK TG_DOC_BLANK TG_DOC_BLANK);
    }
  else
    markup = tg_document_escape (text);
  tg_document_add_paragraph (act->b.doc, markup, TG_PARAGRAPH_DEFAULT);
}

/* "1) …", one a line; a blank line when there are none. */
/* Numbered items, or one line to fill in; returns the last one's block. */
static guint
add_items (Act                *act,
           const char * const *items,
           const char         *what)
{
  guint n = 0, block = 0;

  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u)", ++n);
      g_autofree char *markup = tg_document_escape (items[i]);

      block = tg_document_add_clause (act->b.doc, number, markup);
    }
  if (n == 0)
    {
      missing (act, what);
      block = tg_document_add_clause (act->b.doc, "1)", TG_DOC_BLANK TG_DOC_BLANK TG_DOC_BLANK);
    }
  return block;
}

static void
add_findings (Act *act)
{
  TgFindings *f = tg_investigation_get_findings (tg_case_get_investigation (act->b.kase));
  g_autofree char *violations = _tg_docs_say (&act->b, "violations", NULL);

  add_section (act, "s-circumstances");
  add_paragraph_or_blank (act, tg_case_get_circumstances (act->b.kase), _("the circumstances"));
  add_section (act, "s-causes");
  add_items (act, f != NULL ? tg_findings_get_causes (f) : NULL, _("the causes"));
  add_section (act, "s-responsible");
  add_items (act, f != NULL ? tg_findings_get_responsible (f) : NULL, _("the persons responsible"));
  tg_document_add_paragraph (act->b.doc, violations, TG_PARAGRAPH_LEFT | TG_PARAGRAPH_NO_INDENT |
                             TG_PARAGRAPH_KEEP_WITH_NEXT);
  add_items (act, f != NULL ? tg_findings_get_violations (f) : NULL, _("the violated norms"));
}

static void
add_conclusion (Act *act)
{
  TgFindings *f = tg_investigation_get_findings (tg_case_get_investigation (act->b.kase));
  g_autofree char *verdict = NULL;
  g_autofree char *fault = NULL;
  g_autofree char *dissent = NULL;

  add_section (act, "s-conclusion");
  if (f == NULL)
    {
      missing (act, _("the commission's conclusion"));
      verdict = _tg_docs_say (&act->b, "no-conclusion", "blank", TG_DOC_BLANK TG_DOC_BLANK, NULL);
    }
  else if (tg_findings_get_work_related (f))
    verdict = _tg_docs_say (&act->b, "work-related", NULL);
  else
    {
      g_autofree char *ground = tg_document_escape (_tg_docs_ground_label (tg_findings_get_ground (f),
                                                                          act->b.lang));
      verdict = _tg_docs_say (&act->b, "not-work-related", "ground", ground, NULL);
    }
  tg_document_add_paragraph (act->b.doc, verdict, TG_PARAGRAPH_DEFAULT);

  /* fault shares belong to an accident at work (mixed liability) */
  if (f != NULL && !tg_findings_get_work_related (f))
    fault = NULL;
  else if (f == NULL || tg_findings_get_fault_employer (f) < 0)
    {
      missing (act, _("the fault shares"));
      fault = _tg_docs_say (&act->b, "no-fault", "blank", "____", NULL);
    }
  else
    {
      g_autofree char *employer = g_strdup_printf ("%d", tg_findings_get_fault_employer (f));
      g_autofree char *employee = g_strdup_printf ("%d", MAX (tg_findings_get_fault_employee (f), 0));

      fault = _tg_docs_say (&act->b, tg_findings_get_fault_employee (f) > 0 ? "mixed" : "employer-fault",
                            "employer", employer, "employee", employee, NULL);
    }
  if (fault != NULL)
    tg_document_add_paragraph (act->b.doc, fault, TG_PARAGRAPH_DEFAULT);

  if (f != NULL && tg_findings_get_dissent (f) != NULL)
    {
      g_autofree char *member = _tg_docs_escape (tg_findings_get_dissent_by (f));

      dissent = _tg_docs_say (&act->b, "dissent-noted", "member", member, NULL);
      tg_document_add_paragraph (act->b.doc, dissent, TG_PARAGRAPH_DEFAULT);
    }
}

/* The measures as a table: what, by when. */
static void
add_measures (Act *act)
{
  TgDocLang lang = act->b.lang;
  TgFindings *f = tg_investigation_get_findings (tg_case_get_investigation (act->b.kase));
  const char * const *measures = f != NULL ? tg_findings_get_measures (f) : NULL;
  const TgDocumentColumn columns[] = {
    { "№", 0.06, TG_COLUMN_CENTER },
    { TG_DOC_TEXT (lang, "Шараның атауы", "Наименование мероприятия"), 0.70, TG_COLUMN_DEFAULT },
    { TG_DOC_TEXT (lang, "Орындау мерзімі", "Срок исполнения"), 0.24, TG_COLUMN_NO_WRAP },
  };
  guint table, n = 0;

  add_section (act, "s-measures");
  table = tg_document_add_table (act->b.doc, columns, G_N_ELEMENTS (columns), TG_TABLE_DEFAULT);
  tg_document_set_font_size (act->b.doc, table, 12);
  for (guint i = 0; measures != NULL && measures[i] != NULL; i++)
    {
      g_autofree char *due = NULL, *what = NULL;
      g_autofree char *number = g_strdup_printf ("%u", ++n);
      g_autofree char *shown = NULL;

      tg_findings_measure_split (measures[i], &due, &what);
      shown = due != NULL ? _tg_docs_short_date (due, FALSE) : g_strdup (TG_DOC_BLANK);
      if (due == NULL)
        missing (act, _("a measure's deadline"));
      tg_document_add_table_row (act->b.doc, table, (const char * const[]) { number, what, shown });
    }
  if (n == 0)
    {
      missing (act, _("the measures to prevent recurrence"));
      for (guint i = 1; i <= 2; i++)
        {
          g_autofree char *number = g_strdup_printf ("%u", i);
          tg_document_add_table_row (act->b.doc, table, (const char * const[]) { number, "", "" });
        }
    }
}

static void
add_attachments (Act *act)
{
  GListModel *docs = G_LIST_MODEL (tg_case_get_documents (act->b.kase));
  guint n = g_list_model_get_n_items (docs);
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);

  add_section (act, "s-attachments");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TgCaseDocument) d = g_list_model_get_item (docs, i);
      g_ptr_array_add (titles, g_strdup (tg_case_document_get_title (d) != NULL
                                         ? tg_case_document_get_title (d) : tg_case_document_get_file_name (d)));
    }
  g_ptr_array_add (titles, NULL);
  /* the signatures never stand alone on the last page: the list of
   * attachments goes with them */
  tg_document_set_keep_with_next (act->b.doc, add_items (act, (const char * const *) titles->pdata,
                                                         _("the list of attachments")), TRUE);
}

/* ----------------------------------------------------------- signatures */

static void
add_signatures (Act *act)
{
  TgCommission *com = tg_investigation_get_commission (tg_case_get_investigation (act->b.kase));
  g_autofree char *heading = _tg_docs_say (&act->b, "signatures", NULL);
  g_autoptr(GPtrArray) members = com != NULL ? _tg_docs_sorted_members (com) : NULL;
  guint block;

  block = tg_document_add_paragraph (act->b.doc, heading, TG_PARAGRAPH_LEFT | TG_PARAGRAPH_NO_INDENT |
                                     TG_PARAGRAPH_KEEP_WITH_NEXT);
  tg_document_set_spacing (act->b.doc, block, 4, 0);
  for (guint i = 0; members != NULL && i < members->len; i++)
    {
      TgMember *m = g_ptr_array_index (members, i);
      g_autofree char *name = _tg_docs_initial_surname (tg_member_get_full_name (m));
      g_autofree char *right = _tg_docs_signature_name (name);
      g_autofree char *left = tg_document_escape (_tg_docs_role_label (tg_member_get_role (m), act->b.lang));
      g_autofree char *capital = g_utf8_strup (left, g_utf8_next_char (left) - left);
      g_autofree char *role = g_strconcat (capital, g_utf8_next_char (left), NULL);

      tg_document_add_signature (act->b.doc, role, right);
    }
  if (members == NULL || members->len == 0)
    {
      g_autofree char *blank_name = _tg_docs_signature_name (NULL);
      tg_document_add_signature (act->b.doc, TG_DOC_BLANK, blank_name);
    }
}

/* The dissenting opinion on a page of its own, signed by its member. */
static void
add_dissent (Act *act)
{
  TgFindings *f = tg_investigation_get_findings (tg_case_get_investigation (act->b.kase));
  g_autofree char *annex = NULL, *title = NULL, *text = NULL, *name = NULL, *right = NULL;
  guint block;

  if (f == NULL || tg_findings_get_dissent (f) == NULL)
    return;
  annex = _tg_docs_say (&act->b, "dissent-annex", NULL);
  title = _tg_docs_say (&act->b, "dissent-title", NULL);
  text = tg_document_escape (tg_findings_get_dissent (f));
  name = _tg_docs_initial_surname (tg_findings_get_dissent_by (f));
  right = _tg_docs_signature_name (name);
  tg_document_add_page_break (act->b.doc);
  block = tg_document_add_paragraph (act->b.doc, annex, TG_PARAGRAPH_RIGHT | TG_PARAGRAPH_ITALIC);
  tg_document_set_font_size (act->b.doc, block, 11);
  tg_document_add_title (act->b.doc, title);
  tg_document_add_paragraph (act->b.doc, text, TG_PARAGRAPH_DEFAULT);
  tg_document_add_signature (act->b.doc, TG_DOC_TEXT (act->b.lang, "Комиссия мүшесі", "Член комиссии"), right);
}

static void
note_missing (Act *act)
{
  g_autofree char *list = NULL;
  g_autofree char *note = NULL;

  if (act->missing->len == 0)
    return;
  g_ptr_array_add (act->missing, NULL);
  list = g_strjoinv (", ", (char **) act->missing->pdata);
  /* Translators: %s is a list: "the act's number, a victim's length of service, …" */
  note = g_strdup_printf (_("The case does not record %s: the act has lines to fill in by hand. "
                            "Record them in the case to print them."), list);
  tg_document_add_note (act->b.doc, note);
}

/**
 * tg_document_new_act:
 * @sources: the organization settings
 * @kase: the case
 * @lang: (nullable): "kk" (the default) or "ru"
 * @error: why there is no act to print
 *
 * Returns: (transfer full) (nullable): the act of special investigation;
 *   what the case does not hold yet prints as a line to fill in, and the
 *   document's notes name it.
 */
TgDocument *
tg_document_new_act (const TgDocSources *sources,
                     TgCase      *kase,
                     const char  *lang,
                     GError     **error)
{
  Act act = { { sources, kase, TG_DOC_KK, NULL, NULL, 0, NULL }, NULL, 0 };
  TgInvestigation *inv;
  TgClassification klass;
  g_autofree char *title = NULL;
  TgDocument *doc;

  g_return_val_if_fail (sources != NULL, NULL);
  g_return_val_if_fail (TG_IS_CASE (kase), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_tg_docs_parse_language (lang, &act.b.lang, error))
    return NULL;
  inv = tg_case_get_investigation (kase);
  tg_classify (kase, &klass);
  act.missing = g_ptr_array_new ();
  _tg_docs_build_begin (&act.b, NULL, wording, G_N_ELEMENTS (wording), tg_investigation_get_act_date (inv));
  title = _tg_docs_say (&act.b, "title", "number", tg_case_get_number (kase) != NULL
                        ? tg_case_get_number (kase) : "", NULL);
  tg_document_set_title (act.b.doc, title);
  add_title (&act, klass.group);
  add_commission (&act);
  add_employer (&act);
  add_accident (&act);
  add_victims (&act);
  add_findings (&act);
  add_conclusion (&act);
  add_measures (&act);
  add_attachments (&act);
  add_signatures (&act);
  add_dissent (&act);
  note_missing (&act);
  g_ptr_array_unref (act.missing);
  doc = g_steal_pointer (&act.b.doc);
  _tg_docs_build_clear (&act.b);
  return doc;
}
