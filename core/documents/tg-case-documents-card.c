/* tg-case-documents-card.c — the case card
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A summary to put on top of a case's paper file (domain.md §7): the case
 * and its classification, the employer and the accident, the victims, the
 * investigation and its deadlines, the findings (causes, persons
 * responsible and the norms they violated, fault shares, measures), and
 * the case's whole history, which continues on the following pages when
 * the first has no room for it: the card exists to carry it.
 */
#define G_LOG_DOMAIN "tg-case-documents"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-case-documents-private.h"
#include "tg-dates.h"
#include "tg-dispute.h"
#include "tg-extension.h"
#include "tg-history-entry.h"
#include "tg-history-render.h"
#include "tg-info-request.h"
#include "tg-member.h"
#include "tg-regions.h"
#include "tg-rules.h"
#include "tg-victim.h"

#define CARD_SECTION_SIZE 11.0
#define CARD_TABLE_SIZE   9.5
#define CARD_HISTORY_SIZE 8.5

static const TgWording wording[] = {
  { "name", "ІС КАРТОЧКАСЫ № {number}", "КАРТОЧКА ДЕЛА № {number}", "domain.md §7" },
  { "title", "Іс карточкасы № {number}", "Карточка дела № {number}", "the PDF's title" },
  { "accident", "жазатайым оқиға", "несчастный случай", "Labour Code 2015 art. 186" },
  { "group", "топтық жазатайым оқиға", "групповой несчастный случай", "Labour Code 2015 art. 188 p. 3" },
  { "work-related", "еңбек қызметіне байланысты", "связан с трудовой деятельностью",
    "Labour Code 2015 art. 186" },
  { "history", "Тарих", "История", "domain.md §2 (history)" },
};

const TgWording *
_tg_docs_card_wording (guint *n)
{
  *n = G_N_ELEMENTS (wording);
  return wording;
}

typedef struct
{
  TgDocBuild  b;
  TgDocLang   lang;
} Card;

static void
add_section (Card       *card,
             const char *kk,
             const char *ru)
{
  guint block = tg_document_add_text (card->b.doc, TG_DOC_TEXT (card->lang, kk, ru),
                                      TG_PARAGRAPH_LEFT | TG_PARAGRAPH_NO_INDENT |
                                      TG_PARAGRAPH_BOLD | TG_PARAGRAPH_KEEP_WITH_NEXT);

  tg_document_set_font_size (card->b.doc, block, CARD_SECTION_SIZE);
  tg_document_set_spacing (card->b.doc, block, 2.5, 0.5);
}

/* A borderless two-column table of "label  value" rows. */
static guint
add_fields (Card *card)
{
  static const TgDocumentColumn columns[] = {
    { NULL, 0.27, TG_COLUMN_DEFAULT },
    { NULL, 0.73, TG_COLUMN_DEFAULT },
  };
  guint table = tg_document_add_table (card->b.doc, columns, G_N_ELEMENTS (columns),
                                       TG_TABLE_NO_BORDERS);

  tg_document_set_font_size (card->b.doc, table, CARD_TABLE_SIZE);
  tg_document_set_spacing (card->b.doc, table, 0, 0);
  return table;
}

/* @value is markup. */
static void
add_field_markup (Card       *card,
                  guint       table,
                  const char *kk,
                  const char *ru,
                  const char *value)
{
  g_autofree char *label = g_markup_printf_escaped ("<b>%s</b>", TG_DOC_TEXT (card->lang, kk, ru));

  tg_document_add_table_row_markup (card->b.doc, table, (const char * const[]) {
    label, value != NULL ? value : TG_DOC_BLANK });
}

static void
add_field (Card       *card,
           guint       table,
           const char *kk,
           const char *ru,
           const char *value)
{
  g_autofree char *text = _tg_docs_escape (value);

  add_field_markup (card, table, kk, ru, text);
}

static void
add_card_title (Card *card)
{
  g_autofree char *title = _tg_docs_say (&card->b, "name", "number",
                                         tg_case_get_number (card->b.kase) != NULL
                                         ? tg_case_get_number (card->b.kase) : "", NULL);
  guint heading = tg_document_get_n_blocks (card->b.doc) - 1;
  guint block;

  tg_document_set_font_size (card->b.doc, heading, 10);
  block = tg_document_add_title (card->b.doc, title);
  tg_document_set_font_size (card->b.doc, block, 14);
  tg_document_set_spacing (card->b.doc, block, 0, 2);
}

static char *
classification_text (Card *card)
{
  TgClassification k;
  TgDocLang lang = card->lang;
  g_autofree char *kind = NULL;

  tg_classify (card->b.kase, &k);
  kind = _tg_docs_say (&card->b, k.group ? "group" : "accident", NULL);
  return g_strdup_printf (TG_DOC_TEXT (lang, "%s; ауырлығы: %s; зардап шегушілер: %u, қаза болғандар: %u",
                                       "%s; тяжесть: %s; пострадавших: %u, погибших: %u"),
                          kind, _tg_docs_severity_label (k.severity, lang), k.n_victims, k.n_deaths);
}

static char *
state_text (Card *card)
{
  const char *state = _tg_docs_state_label (tg_case_get_state (card->b.kase), card->lang);
  g_autofree char *revision = g_strdup_printf (TG_DOC_TEXT (card->lang, "%s (нұсқасы %" G_GINT64_FORMAT ")",
                                                            "%s (редакция %" G_GINT64_FORMAT ")"),
                                               state, tg_case_get_revision (card->b.kase));

  if (tg_case_get_deleted (card->b.kase))
    return g_strconcat (revision, TG_DOC_TEXT (card->lang, ", жойылған", ", удалено"), NULL);
  return g_steal_pointer (&revision);
}

/* Markup: the employer as documents name it, its BIN, activity, address. */
static char *
employer_text (Card *card)
{
  TgEmployer *e = tg_case_get_employer (card->b.kase);
  g_autofree char *name = _tg_docs_employer (&card->b, TG_KK_NOMINATIVE);
  GString *s = g_string_new (name);

  if (tg_employer_get_bin (e) != NULL)
    g_string_append_printf (s, TG_DOC_TEXT (card->lang, ", БСН %s", ", БИН %s"), tg_employer_get_bin (e));
  if (tg_employer_get_activity (e) != NULL)
    g_string_append_printf (s, TG_DOC_TEXT (card->lang, ", ЭҚЖЖ %s", ", ОКЭД %s"),
                            tg_employer_get_activity (e));
  if (tg_employer_get_address (e) != NULL)
    {
      g_autofree char *address = tg_document_escape (tg_employer_get_address (e));
      g_string_append_printf (s, "; %s", address);
    }
  return g_string_free (s, FALSE);
}

static char *
reported_text (Card *card)
{
  g_autofree char *reported = _tg_docs_short_date (tg_case_get_reported (card->b.kase), TRUE);
  gint64 hours = 0;

  if (!tg_rules_late_notification (card->b.kase, &hours))
    return g_steal_pointer (&reported);
  return g_strdup_printf (TG_DOC_TEXT (card->lang, "%s (кешіктіріп хабарланды: %" G_GINT64_FORMAT " сағ.)",
                                       "%s (извещение с опозданием: %" G_GINT64_FORMAT " ч)"),
                          reported, hours);
}

static char *
circumstances_text (Card *card)
{
  GString *s = g_string_new (NULL);
  const char *text = tg_case_get_circumstances (card->b.kase);

  g_string_append (s, text != NULL ? text : "");
  if (tg_case_get_hazardous_facility (card->b.kase))
    g_string_append (s, TG_DOC_TEXT (card->lang, " Қауіпті өндірістік объект.",
                                     " Опасный производственный объект."));
  if (tg_case_get_group_poisoning (card->b.kase))
    g_string_append (s, TG_DOC_TEXT (card->lang, " Жедел топтық улану.", " Острое групповое отравление."));
  return g_string_free (s, FALSE);
}

static void
add_case_fields (Card *card)
{
  TgCase *kase = card->b.kase;
  const TgRegion *region = tg_region_lookup (tg_case_get_region (kase));
  g_autofree char *state = state_text (card);
  g_autofree char *klass = classification_text (card);
  g_autofree char *employer = employer_text (card);
  g_autofree char *occurred = _tg_docs_short_date (tg_case_get_occurred (kase), TRUE);
  g_autofree char *place = _tg_docs_text_in (&card->b, tg_case_get_place (kase), tg_case_get_place_kk (kase),
                                             _("The place of the accident"));
  g_autofree char *accident = g_strdup_printf ("%s, %s", occurred, place);
  g_autofree char *reported = reported_text (card);
  g_autofree char *circumstances = circumstances_text (card);
  TgClassification k;
  guint t = add_fields (card);

  tg_classify (kase, &k);
  add_field (card, t, "Күйі", "Состояние", state);
  add_field (card, t, "Сыныптамасы", "Классификация", klass);
  add_field (card, t, "Тергеп-тексеру тәртібі", "Порядок расследования",
             _tg_docs_jurisdiction_label (k.jurisdiction, card->lang));
  add_field (card, t, "Өңір", "Регион", region != NULL
             ? tg_region_name_in (region, _tg_docs_language_code (card->lang)) : tg_case_get_region (kase));
  add_field_markup (card, t, "Жұмыс беруші", "Работодатель", employer);
  add_field_markup (card, t, "Оқиға", "Несчастный случай", accident);
  add_field (card, t, "Хабарланды", "Сообщено", reported);
  add_field (card, t, "Мән-жайлары", "Обстоятельства", circumstances);
}

/* ------------------------------------------------------------ victims */

static char *
victim_outcome (TgVictim  *v,
                TgDocLang  lang)
{
  g_autofree char *died = NULL;

  if (tg_victim_get_died_on (v) == NULL)
    return g_strdup (_tg_docs_severity_label (tg_victim_get_severity (v), lang));
  died = _tg_docs_short_date (tg_victim_get_died_on (v), FALSE);
  if (lang == TG_DOC_KK)
    return g_strdup_printf ("%s қаза болды", died);
  return g_strdup_printf ("%s %s", tg_victim_get_sex (v) == TG_SEX_FEMALE ? "погибла" : "погиб", died);
}

static void
add_victims (Card *card)
{
  TgDocLang lang = card->lang;
  const TgDocumentColumn columns[] = {
    { "№", 0.05, TG_COLUMN_CENTER },
    { TG_DOC_TEXT (lang, "Тегі, аты, әкесінің аты", "Фамилия, имя, отчество"), 0.31, TG_COLUMN_NO_WRAP },
    { TG_DOC_TEXT (lang, "ЖСН", "ИИН"), 0.15, TG_COLUMN_NO_WRAP },
    { TG_DOC_TEXT (lang, "Кәсібі", "Профессия"), 0.25, TG_COLUMN_DEFAULT },
    { TG_DOC_TEXT (lang, "Зардабы", "Исход"), 0.24, TG_COLUMN_DEFAULT },
  };
  GListModel *list = G_LIST_MODEL (tg_case_get_victims (card->b.kase));
  guint table;

  add_section (card, "Зардап шегушілер", "Пострадавшие");
  table = tg_document_add_table (card->b.doc, columns, G_N_ELEMENTS (columns), TG_TABLE_DEFAULT);
  tg_document_set_font_size (card->b.doc, table, CARD_TABLE_SIZE);
  tg_document_set_spacing (card->b.doc, table, 0.5, 0.5);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(TgVictim) v = g_list_model_get_item (list, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *outcome = victim_outcome (v, lang);

      tg_document_add_table_row (card->b.doc, table, (const char * const[]) {
        number, tg_victim_get_full_name (v), tg_victim_get_iin (v),
        tg_victim_get_occupation (v), outcome });
    }
}

/* ------------------------------------------------------ investigation */

static char *
commission_text (Card *card)
{
  TgCommission *com = tg_investigation_get_commission (tg_case_get_investigation (card->b.kase));
  GListModel *members;
  g_autofree char *date = NULL;
  const char *chair = NULL;
  guint n;

  if (com == NULL)
    return NULL;
  members = G_LIST_MODEL (tg_commission_get_members (com));
  n = g_list_model_get_n_items (members);
  for (guint i = 0; i < n && chair == NULL; i++)
    {
      g_autoptr(TgMember) m = g_list_model_get_item (members, i);

      if (tg_member_get_role (m) == TG_ROLE_CHAIR)
        chair = tg_member_get_full_name (m);
    }
  date = _tg_docs_short_date (tg_commission_get_order_date (com), FALSE);
  return g_strdup_printf (TG_DOC_TEXT (card->lang, "бұйрық № %s, %s; төраға: %s; құрамы: %u адам",
                                       "приказ № %s от %s; председатель: %s; состав: %u чел."),
                          tg_commission_get_order_number (com) ? tg_commission_get_order_number (com) : "—",
                          date, chair != NULL ? chair : "—", n);
}

static char *
deadline_text (Card *card)
{
  TgInvestigation *inv = tg_case_get_investigation (card->b.kase);
  GListModel *ext = G_LIST_MODEL (tg_investigation_get_extensions (inv));
  g_autofree char *started = _tg_docs_short_date (tg_investigation_get_started (inv), FALSE);
  g_autofree char *due = _tg_docs_short_date (tg_investigation_get_due (inv), FALSE);
  GString *s = g_string_new (NULL);

  g_string_append_printf (s, TG_DOC_TEXT (card->lang, "басталды %s, мерзімі %s", "начато %s, срок %s"),
                          started, due);
  for (guint i = 0; i < g_list_model_get_n_items (ext); i++)
    {
      g_autoptr(TgExtension) e = g_list_model_get_item (ext, i);
      g_autofree char *new_due = _tg_docs_short_date (tg_extension_get_new_due (e), FALSE);

      g_string_append_printf (s, TG_DOC_TEXT (card->lang, "; %s дейін ұзартылды (%s)",
                                              "; продлено до %s (%s)"),
                              new_due, tg_extension_get_granted_by (e) ? tg_extension_get_granted_by (e) : "—");
    }
  return g_string_free (s, FALSE);
}

static char *
act_text (Card *card)
{
  TgInvestigation *inv = tg_case_get_investigation (card->b.kase);
  g_autofree char *act_date = _tg_docs_short_date (tg_investigation_get_act_date (inv), FALSE);

  if (tg_investigation_get_act_number (inv) == NULL)
    return NULL;
  return g_strdup_printf (TG_DOC_TEXT (card->lang, "№ %s, %s", "№ %s от %s"),
                          tg_investigation_get_act_number (inv), act_date);
}

static char *
act_due_text (Card *card)
{
  GDate due;
  g_autofree char *iso = NULL;

  if (!tg_state_is_investigating (tg_case_get_state (card->b.kase)) ||
      !tg_rules_act_due (card->b.kase, card->b.sources->calendar, &due))
    return NULL;
  iso = tg_date_format_iso (&due);
  return _tg_docs_short_date (iso, FALSE);
}

static char *
disputes_text (Card *card)
{
  GListModel *list = G_LIST_MODEL (tg_case_get_disputes (card->b.kase));
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(TgDispute) d = g_list_model_get_item (list, i);
      g_autofree char *due = _tg_docs_short_date (tg_dispute_get_due (d), FALSE);

      /* numbered as the case lists them: the dispute's id is Tergeu's own */
      g_string_append_printf (s, "%s%u) %s, %s", i > 0 ? "; " : "", i + 1,
                              _tg_docs_party_label (tg_dispute_get_filed_by (d), card->lang),
                              _tg_docs_dispute_status_label (tg_dispute_get_status (d), card->lang));
      if (tg_dispute_get_outcome (d) != TG_OUTCOME_NONE)
        {
          const char *on = tg_dispute_get_decided_on (d);
          g_autofree char *decided = on != NULL ? _tg_docs_short_date (on, FALSE) : NULL;

          g_string_append_printf (s, " (%s", _tg_docs_outcome_label (tg_dispute_get_outcome (d), card->lang));
          if (tg_dispute_get_number (d) != NULL)
            g_string_append_printf (s, TG_DOC_TEXT (card->lang, "; шешім №\u00a0%s", "; решение №\u00a0%s"),
                                    tg_dispute_get_number (d));
          if (decided != NULL)
            g_string_append_printf (s, ", %s", decided);
          g_string_append_c (s, ')');
        }
      else if (tg_dispute_get_due (d) != NULL)
        g_string_append_printf (s, TG_DOC_TEXT (card->lang, ", мерзімі %s", ", срок %s"), due);
    }
  return g_string_free (s, s->len == 0);
}

static char *
requests_text (Card *card)
{
  GListModel *list = G_LIST_MODEL (tg_case_get_requests (card->b.kase));
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(TgInfoRequest) r = g_list_model_get_item (list, i);
      g_autofree char *due = _tg_docs_short_date (tg_info_request_get_due (r), FALSE);
      g_autofree char *answered = _tg_docs_short_date (tg_info_request_get_answered (r), FALSE);
      const char *to = card->lang == TG_DOC_KK && tg_info_request_get_addressee_kk (r) != NULL
                       ? tg_info_request_get_addressee_kk (r) : tg_info_request_get_addressee (r);

      g_string_append_printf (s, "%s%s, %s %s", i > 0 ? "; " : "", to != NULL ? to : "—",
                              TG_DOC_TEXT (card->lang, "мерзімі", "срок"), due);
      if (tg_info_request_get_answered (r) != NULL)
        g_string_append_printf (s, TG_DOC_TEXT (card->lang, ", жауап %s", ", ответ %s"), answered);
      else
        g_string_append (s, TG_DOC_TEXT (card->lang, ", жауап жоқ", ", ответа нет"));
    }
  return g_string_free (s, s->len == 0);
}

static void
add_investigation (Card *card)
{
  TgInvestigation *inv = tg_case_get_investigation (card->b.kase);
  g_autofree char *commission = commission_text (card);
  g_autofree char *deadline = deadline_text (card);
  g_autofree char *effective = _tg_docs_short_date (tg_case_effective_due (card->b.kase), FALSE);
  g_autofree char *act_due = act_due_text (card);
  g_autofree char *act = act_text (card);
  g_autofree char *disputes = disputes_text (card);
  g_autofree char *requests = requests_text (card);
  guint t;

  add_section (card, "Тергеп-тексеру және мерзімдер", "Расследование и сроки");
  t = add_fields (card);
  add_field (card, t, "Тергеп-тексеретін орган", "Расследует",
             _tg_docs_body_label (tg_investigation_get_body (inv), card->lang));
  if (commission != NULL)
    add_field (card, t, "Комиссия", "Комиссия", commission);
  add_field (card, t, "Тергеп-тексеру", "Расследование", deadline);
  add_field (card, t, "Қолданыстағы мерзім", "Действующий срок", effective);
  if (act_due != NULL)
    add_field (card, t, "Актіні жіберу мерзімі", "Срок направления акта", act_due);
  if (act != NULL)
    add_field (card, t, "Арнайы тергеп-тексеру актісі", "Акт специального расследования", act);
  if (disputes != NULL)
    add_field (card, t, "Келіспеушіліктер", "Разногласия", disputes);
  if (requests != NULL)
    add_field (card, t, "Ақпарат сұраулары", "Запросы информации", requests);
}

/* ------------------------------------------------------------ findings */

static char *
list_text (const char * const *items)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    g_string_append_printf (s, "%s%u) %s", i > 0 ? "; " : "", i + 1, items[i]);
  return g_string_free (s, s->len == 0);
}

static void
add_findings (Card *card)
{
  TgFindings *f = tg_investigation_get_findings (tg_case_get_investigation (card->b.kase));
  TgDocLang lang = card->lang;
  g_autofree char *verdict = NULL;
  g_autofree char *causes = NULL, *responsible = NULL, *violations = NULL, *measures = NULL;
  g_autofree char *fault = NULL;
  guint t;

  if (f == NULL)
    return;
  if (tg_findings_get_work_related (f))
    verdict = _tg_docs_say (&card->b, "work-related", NULL);
  else
    verdict = g_strdup_printf (TG_DOC_TEXT (lang, "еңбек қызметіне байланысты емес: %s",
                                            "не связан с трудовой деятельностью: %s"),
                               _tg_docs_ground_label (tg_findings_get_ground (f), lang));
  causes = list_text (tg_findings_get_causes (f));
  responsible = list_text (tg_findings_get_responsible (f));
  violations = list_text (tg_findings_get_violations (f));
  measures = list_text (tg_findings_get_measures (f));
  if (tg_findings_get_fault_employer (f) >= 0)
    fault = g_strdup_printf (TG_DOC_TEXT (lang, "жұмыс беруші – %d%%, қызметкер – %d%%",
                                          "работодатель — %d %%, работник — %d %%"),
                             tg_findings_get_fault_employer (f), MAX (tg_findings_get_fault_employee (f), 0));

  add_section (card, "Тергеп-тексеру қорытындылары", "Выводы расследования");
  t = add_fields (card);
  add_field (card, t, "Қорытынды", "Заключение", verdict);
  add_field (card, t, "Себептері", "Причины", causes);
  add_field (card, t, "Жауапты адамдар", "Ответственные лица", responsible);
  add_field (card, t, "Бұзылған нормалар", "Нарушенные нормы", violations);
  add_field (card, t, "Кінә дәрежесі", "Степень вины", fault);
  if (measures != NULL)
    add_field (card, t, "Шаралар", "Мероприятия", measures);
  if (tg_findings_get_dissent (f) != NULL)
    {
      g_autofree char *dissent = g_strdup_printf ("%s: %s", tg_findings_get_dissent_by (f) != NULL
                                                  ? tg_findings_get_dissent_by (f) : "—",
                                                  tg_findings_get_dissent (f));
      add_field (card, t, "Ерекше пікір", "Особое мнение", dissent);
    }
}

/* ------------------------------------------------------------ history */

static void
add_history (Card *card)
{
  TgDocLang lang = card->lang;
  const TgDocumentColumn columns[] = {
    { TG_DOC_TEXT (lang, "Күні", "Дата"), 0.17, TG_COLUMN_NO_WRAP },
    { TG_DOC_TEXT (lang, "Оқиға", "Событие"), 0.21, TG_COLUMN_DEFAULT },
    { TG_DOC_TEXT (lang, "Кім", "Кто"), 0.12, TG_COLUMN_DEFAULT },
    { TG_DOC_TEXT (lang, "Толығырақ", "Подробности"), 0.50, TG_COLUMN_DEFAULT },
  };
  GListModel *list = G_LIST_MODEL (tg_case_get_history (card->b.kase));
  guint n = g_list_model_get_n_items (list);
  g_autofree char *heading = _tg_docs_say (&card->b, "history", NULL);
  guint table, block;

  block = tg_document_add_text (card->b.doc, heading, TG_PARAGRAPH_LEFT | TG_PARAGRAPH_NO_INDENT |
                                TG_PARAGRAPH_BOLD | TG_PARAGRAPH_KEEP_WITH_NEXT);
  tg_document_set_font_size (card->b.doc, block, CARD_SECTION_SIZE);
  tg_document_set_spacing (card->b.doc, block, 2.5, 0.5);
  if (n == 0)
    return;
  table = tg_document_add_table (card->b.doc, columns, G_N_ELEMENTS (columns), TG_TABLE_DEFAULT);
  tg_document_set_font_size (card->b.doc, table, CARD_HISTORY_SIZE);
  tg_document_set_spacing (card->b.doc, table, 1, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TgHistoryEntry) h = g_list_model_get_item (list, i);
      g_autoptr(TgHistoryText) text = tg_history_render (h, card->b.kase, _tg_docs_language_code (lang));
      g_autofree char *at = _tg_docs_short_date (tg_history_entry_get_at (h), TRUE);
      g_autofree char *details = tg_history_text_join (text, "; ");

      tg_document_add_table_row (card->b.doc, table, (const char * const[]) {
        at, text->title, tg_history_entry_get_actor (h), details });
    }
}

/**
 * tg_document_new_case_card:
 * @sources: the organization settings and the calendar
 * @kase: the case
 * @lang: (nullable): "kk" (the default) or "ru"
 * @error: why there is no card to print
 *
 * Returns: (transfer full) (nullable): the case card; its history goes
 *   on to further pages when the first has no room for it.
 */
TgDocument *
tg_document_new_case_card (const TgDocSources *sources,
                           TgCase      *kase,
                           const char  *lang,
                           GError     **error)
{
  Card card = { { sources, kase, TG_DOC_KK, NULL, NULL, 0, NULL }, TG_DOC_KK };
  g_autofree char *title = NULL;

  g_return_val_if_fail (sources != NULL, NULL);
  g_return_val_if_fail (TG_IS_CASE (kase), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_tg_docs_parse_language (lang, &card.lang, error))
    return NULL;
  card.b.lang = card.lang;
  /* a summary of the case as it is today: the names in force today */
  _tg_docs_build_begin (&card.b, NULL, wording, G_N_ELEMENTS (wording), NULL);
  title = _tg_docs_say (&card.b, "title", "number", tg_case_get_number (kase) != NULL
                        ? tg_case_get_number (kase) : "", NULL);
  tg_document_set_title (card.b.doc, title);
  _tg_docs_add_heading (&card.b);
  add_card_title (&card);
  add_case_fields (&card);
  add_victims (&card);
  add_investigation (&card);
  add_findings (&card);
  add_history (&card);
  g_clear_pointer (&card.b.date, g_free);
  return g_steal_pointer (&card.b.doc);
}
