/* tg-case-documents-card.c — the one-page case card
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A summary to put on top of a case's paper file: the case and its
 * classification, the employer and the accident, the victims, the
 * investigation and its deadlines, then as much of the history (latest
 * entries) as the page still holds.  It is always one page: the history
 * is cut first, then the victims list and the long texts.
 */
#define G_LOG_DOMAIN "tg-case-documents"

#include "config.h"

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
#define LONG_TEXT         600   /* characters of circumstances shown at most */
#define SHORT_TEXT        160   /* of a history entry's details */

typedef struct
{
  const TgDocSources *sources;
  TgCase     *kase;
  TgDocLang   lang;
  TgDocument *doc;
  guint       n_history;    /* latest history entries to show */
  guint       n_victims;    /* victims to list */
  guint       long_text;    /* characters of circumstances */
} Card;

/* At most @max characters of @text, with "…" when cut. */
static char *
shorten (const char *text,
         guint       max)
{
  GString *s;

  if (text == NULL)
    return g_strdup ("");
  if ((guint) g_utf8_strlen (text, -1) <= max)
    return g_strdup (text);
  s = g_string_new_len (text, g_utf8_offset_to_pointer (text, max) - text);
  g_string_append (s, "…");
  return g_string_free (s, FALSE);
}

static void
add_section (Card       *card,
             const char *kk,
             const char *ru)
{
  guint block = tg_document_add_text (card->doc, TG_DOC_TEXT (card->lang, kk, ru),
                                      TG_PARAGRAPH_LEFT | TG_PARAGRAPH_NO_INDENT |
                                      TG_PARAGRAPH_BOLD | TG_PARAGRAPH_KEEP_WITH_NEXT);

  tg_document_set_font_size (card->doc, block, CARD_SECTION_SIZE);
  tg_document_set_spacing (card->doc, block, 2.5, 0.5);
}

/* A borderless two-column table of "label  value" rows. */
static guint
add_fields (Card *card)
{
  static const TgDocumentColumn columns[] = {
    { NULL, 0.27, TG_COLUMN_DEFAULT },
    { NULL, 0.73, TG_COLUMN_DEFAULT },
  };
  guint table = tg_document_add_table (card->doc, columns, G_N_ELEMENTS (columns),
                                       TG_TABLE_NO_BORDERS);

  tg_document_set_font_size (card->doc, table, CARD_TABLE_SIZE);
  tg_document_set_spacing (card->doc, table, 0, 0);
  return table;
}

static void
add_field (Card       *card,
           guint       table,
           const char *kk,
           const char *ru,
           const char *value)
{
  g_autofree char *label = g_markup_printf_escaped ("<b>%s</b>", TG_DOC_TEXT (card->lang, kk, ru));
  g_autofree char *text = _tg_docs_escape (value);

  tg_document_add_table_row_markup (card->doc, table, (const char * const[]) { label, text });
}

static void
add_card_title (Card *card)
{
  g_autofree char *title = g_strdup_printf (TG_DOC_TEXT (card->lang, "ІС КАРТОЧКАСЫ № %s",
                                                         "КАРТОЧКА ДЕЛА № %s"),
                                            tg_case_get_number (card->kase) != NULL
                                            ? tg_case_get_number (card->kase) : "");
  guint heading = tg_document_get_n_blocks (card->doc) - 1;
  guint block;

  tg_document_set_font_size (card->doc, heading, 10);
  block = tg_document_add_title (card->doc, title);
  tg_document_set_font_size (card->doc, block, 14);
  tg_document_set_spacing (card->doc, block, 0, 2);
}

static char *
classification_text (Card *card)
{
  TgClassification k;
  TgDocLang lang = card->lang;

  tg_classify (card->kase, &k);
  return g_strdup_printf (TG_DOC_TEXT (lang, "%s; ауырлығы: %s; зардап шегушілер: %u, қаза болғандар: %u",
                                       "%s; тяжесть: %s; пострадавших: %u, погибших: %u"),
                          k.group ? TG_DOC_TEXT (lang, "топтық жазатайым оқиға", "групповой несчастный случай")
                                  : TG_DOC_TEXT (lang, "жазатайым оқиға", "несчастный случай"),
                          _tg_docs_severity_label (k.severity, lang), k.n_victims, k.n_deaths);
}

static char *
state_text (Card *card)
{
  const char *state = _tg_docs_state_label (tg_case_get_state (card->kase), card->lang);
  g_autofree char *revision = g_strdup_printf (TG_DOC_TEXT (card->lang, "%s (нұсқасы %" G_GINT64_FORMAT ")",
                                                            "%s (редакция %" G_GINT64_FORMAT ")"),
                                               state, tg_case_get_revision (card->kase));

  if (tg_case_get_deleted (card->kase))
    return g_strconcat (revision, TG_DOC_TEXT (card->lang, ", жойылған", ", удалено"), NULL);
  return g_steal_pointer (&revision);
}

static char *
employer_text (Card *card)
{
  TgEmployer *e = tg_case_get_employer (card->kase);
  GString *s = g_string_new (tg_employer_get_name (e));

  if (tg_employer_get_bin (e) != NULL)
    g_string_append_printf (s, TG_DOC_TEXT (card->lang, ", БСН %s", ", БИН %s"), tg_employer_get_bin (e));
  if (tg_employer_get_activity (e) != NULL)
    g_string_append_printf (s, TG_DOC_TEXT (card->lang, ", ЭҚЖЖ %s", ", ОКЭД %s"),
                            tg_employer_get_activity (e));
  if (tg_employer_get_address (e) != NULL)
    g_string_append_printf (s, "; %s", tg_employer_get_address (e));
  return g_string_free (s, FALSE);
}

static char *
reported_text (Card *card)
{
  g_autofree char *reported = _tg_docs_short_date (tg_case_get_reported (card->kase), TRUE);
  gint64 hours = 0;

  if (!tg_rules_late_notification (card->kase, &hours))
    return g_steal_pointer (&reported);
  return g_strdup_printf (TG_DOC_TEXT (card->lang, "%s (кешіктіріп хабарланды: %" G_GINT64_FORMAT " сағ.)",
                                       "%s (извещение с опозданием: %" G_GINT64_FORMAT " ч)"),
                          reported, hours);
}

static char *
circumstances_text (Card *card)
{
  GString *s = g_string_new (NULL);
  g_autofree char *text = shorten (tg_case_get_circumstances (card->kase), card->long_text);

  g_string_append (s, text);
  if (tg_case_get_hazardous_facility (card->kase))
    g_string_append (s, TG_DOC_TEXT (card->lang, " Қауіпті өндірістік объект.",
                                     " Опасный производственный объект."));
  if (tg_case_get_group_poisoning (card->kase))
    g_string_append (s, TG_DOC_TEXT (card->lang, " Жедел топтық улану.", " Острое групповое отравление."));
  return g_string_free (s, FALSE);
}

static void
add_case_fields (Card *card)
{
  const TgRegion *region = tg_region_lookup (tg_case_get_region (card->kase));
  g_autofree char *state = state_text (card);
  g_autofree char *klass = classification_text (card);
  g_autofree char *employer = employer_text (card);
  g_autofree char *occurred = _tg_docs_short_date (tg_case_get_occurred (card->kase), TRUE);
  g_autofree char *place = g_strdup_printf ("%s, %s", occurred, tg_case_get_place (card->kase)
                                            ? tg_case_get_place (card->kase) : "");
  g_autofree char *reported = reported_text (card);
  g_autofree char *circumstances = circumstances_text (card);
  TgClassification k;
  guint t = add_fields (card);

  tg_classify (card->kase, &k);
  add_field (card, t, "Күйі", "Состояние", state);
  add_field (card, t, "Сыныптамасы", "Классификация", klass);
  add_field (card, t, "Тергеу тәртібі", "Порядок расследования",
             _tg_docs_jurisdiction_label (k.jurisdiction, card->lang));
  add_field (card, t, "Өңір", "Регион", region != NULL
             ? tg_region_name_in (region, _tg_docs_language_code (card->lang)) : tg_case_get_region (card->kase));
  add_field (card, t, "Жұмыс беруші", "Работодатель", employer);
  add_field (card, t, "Оқиға", "Несчастный случай", place);
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
  GListModel *list = G_LIST_MODEL (tg_case_get_victims (card->kase));
  guint n = g_list_model_get_n_items (list);
  guint table;

  add_section (card, "Зардап шегушілер", "Пострадавшие");
  table = tg_document_add_table (card->doc, columns, G_N_ELEMENTS (columns), TG_TABLE_DEFAULT);
  tg_document_set_font_size (card->doc, table, CARD_TABLE_SIZE);
  tg_document_set_spacing (card->doc, table, 0.5, 0.5);
  for (guint i = 0; i < MIN (n, card->n_victims); i++)
    {
      g_autoptr(TgVictim) v = g_list_model_get_item (list, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *outcome = victim_outcome (v, lang);

      tg_document_add_table_row (card->doc, table, (const char * const[]) {
        number, tg_victim_get_full_name (v), tg_victim_get_iin (v),
        tg_victim_get_occupation (v), outcome });
    }
  if (card->n_victims < n)
    {
      g_autofree char *more = g_strdup_printf (TG_DOC_TEXT (lang, "Тағы %u адам (толық тізім іс материалдарында).",
                                                            "Ещё %u чел. (полный список в материалах дела)."),
                                               n - card->n_victims);
      guint note = tg_document_add_text (card->doc, more, TG_PARAGRAPH_LEFT | TG_PARAGRAPH_NO_INDENT |
                                         TG_PARAGRAPH_ITALIC);

      tg_document_set_font_size (card->doc, note, CARD_TABLE_SIZE);
    }
}

/* ------------------------------------------------------ investigation */

static char *
commission_text (Card *card)
{
  TgCommission *com = tg_investigation_get_commission (tg_case_get_investigation (card->kase));
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
  TgInvestigation *inv = tg_case_get_investigation (card->kase);
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
findings_text (Card *card)
{
  TgInvestigation *inv = tg_case_get_investigation (card->kase);
  TgFindings *f = tg_investigation_get_findings (inv);
  g_autofree char *act_date = _tg_docs_short_date (tg_investigation_get_act_date (inv), FALSE);
  const char *verdict;

  if (f == NULL && tg_investigation_get_act_number (inv) == NULL)
    return NULL;
  if (f == NULL)
    verdict = "—";
  else if (tg_findings_get_work_related (f))
    verdict = TG_DOC_TEXT (card->lang, "өндіріспен байланысты", "связан с производством");
  else
    verdict = _tg_docs_ground_label (tg_findings_get_ground (f), card->lang);
  return g_strdup_printf (TG_DOC_TEXT (card->lang, "%s; акт № %s, %s", "%s; акт № %s от %s"), verdict,
                          tg_investigation_get_act_number (inv) ? tg_investigation_get_act_number (inv) : "—",
                          act_date);
}

static char *
act_due_text (Card *card)
{
  GDate due;
  g_autofree char *iso = NULL;

  if (!tg_state_is_investigating (tg_case_get_state (card->kase)) ||
      !tg_rules_act_due (card->kase, card->sources->calendar, &due))
    return NULL;
  iso = tg_date_format_iso (&due);
  return _tg_docs_short_date (iso, FALSE);
}

static char *
disputes_text (Card *card)
{
  GListModel *list = G_LIST_MODEL (tg_case_get_disputes (card->kase));
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(TgDispute) d = g_list_model_get_item (list, i);
      g_autofree char *due = _tg_docs_short_date (tg_dispute_get_due (d), FALSE);

      g_string_append_printf (s, "%s%s — %s, %s", i > 0 ? "; " : "",
                              tg_dispute_get_id (d) ? tg_dispute_get_id (d) : "—",
                              _tg_docs_party_label (tg_dispute_get_filed_by (d), card->lang),
                              _tg_docs_dispute_status_label (tg_dispute_get_status (d), card->lang));
      if (tg_dispute_get_outcome (d) != TG_OUTCOME_NONE)
        g_string_append_printf (s, " (%s)", _tg_docs_outcome_label (tg_dispute_get_outcome (d), card->lang));
      else if (tg_dispute_get_due (d) != NULL)
        g_string_append_printf (s, TG_DOC_TEXT (card->lang, ", мерзімі %s", ", срок %s"), due);
    }
  return g_string_free (s, s->len == 0);
}

static char *
requests_text (Card *card)
{
  GListModel *list = G_LIST_MODEL (tg_case_get_requests (card->kase));
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(TgInfoRequest) r = g_list_model_get_item (list, i);
      g_autofree char *due = _tg_docs_short_date (tg_info_request_get_due (r), FALSE);
      g_autofree char *answered = _tg_docs_short_date (tg_info_request_get_answered (r), FALSE);

      g_string_append_printf (s, "%s%s, %s %s", i > 0 ? "; " : "",
                              tg_info_request_get_addressee (r) ? tg_info_request_get_addressee (r) : "—",
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
  TgInvestigation *inv = tg_case_get_investigation (card->kase);
  g_autofree char *commission = commission_text (card);
  g_autofree char *deadline = deadline_text (card);
  g_autofree char *effective = _tg_docs_short_date (tg_case_effective_due (card->kase), FALSE);
  g_autofree char *act_due = act_due_text (card);
  g_autofree char *findings = findings_text (card);
  g_autofree char *disputes = disputes_text (card);
  g_autofree char *requests = requests_text (card);
  guint t;

  add_section (card, "Тергеу және мерзімдер", "Расследование и сроки");
  t = add_fields (card);
  add_field (card, t, "Тергейтін орган", "Расследует",
             _tg_docs_body_label (tg_investigation_get_body (inv), card->lang));
  if (commission != NULL)
    add_field (card, t, "Комиссия", "Комиссия", commission);
  add_field (card, t, "Тергеу", "Расследование", deadline);
  add_field (card, t, "Қолданыстағы мерзім", "Действующий срок", effective);
  if (act_due != NULL)
    add_field (card, t, "Актіні жіберу мерзімі", "Срок направления акта", act_due);
  if (findings != NULL)
    add_field (card, t, "Қорытынды", "Заключение", findings);
  if (disputes != NULL)
    add_field (card, t, "Келіспеушіліктер", "Разногласия", disputes);
  if (requests != NULL)
    add_field (card, t, "Ақпарат сұраулары", "Запросы информации", requests);
}

/* ------------------------------------------------------------ history */

/* What happened, in the document's language (tg-history-render.h). */
static char *
history_details (TgHistoryText *text)
{
  g_autofree char *lines = tg_history_text_join (text, "; ");

  return shorten (lines, SHORT_TEXT);
}

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
  GListModel *list = G_LIST_MODEL (tg_case_get_history (card->kase));
  guint n = g_list_model_get_n_items (list);
  g_autofree char *heading = NULL;
  guint table, block;

  if (card->n_history == n)
    heading = g_strdup (TG_DOC_TEXT (lang, "Тарих", "История"));
  else if (card->n_history > 0)
    heading = g_strdup_printf (TG_DOC_TEXT (lang, "Тарих (соңғы %u жазба, барлығы %u)",
                                            "История (последние %u из %u записей)"), card->n_history, n);
  else
    heading = g_strdup_printf (TG_DOC_TEXT (lang, "Тарих: %u жазба, карточкаға сыймады",
                                            "История: записей — %u, на карточке не поместились"), n);
  block = tg_document_add_text (card->doc, heading, TG_PARAGRAPH_LEFT | TG_PARAGRAPH_NO_INDENT |
                                TG_PARAGRAPH_BOLD | TG_PARAGRAPH_KEEP_WITH_NEXT);
  tg_document_set_font_size (card->doc, block, CARD_SECTION_SIZE);
  tg_document_set_spacing (card->doc, block, 2.5, 0.5);
  if (card->n_history == 0)
    return;
  table = tg_document_add_table (card->doc, columns, G_N_ELEMENTS (columns), TG_TABLE_DEFAULT);
  tg_document_set_font_size (card->doc, table, CARD_HISTORY_SIZE);
  tg_document_set_spacing (card->doc, table, 1, 0);
  for (guint i = n - card->n_history; i < n; i++)
    {
      g_autoptr(TgHistoryEntry) h = g_list_model_get_item (list, i);
      g_autoptr(TgHistoryText) text = tg_history_render (h, card->kase, _tg_docs_language_code (lang));
      g_autofree char *at = _tg_docs_short_date (tg_history_entry_get_at (h), TRUE);
      g_autofree char *details = history_details (text);

      tg_document_add_table_row (card->doc, table, (const char * const[]) {
        at, text->title, tg_history_entry_get_actor (h), details });
    }
}

/* ----------------------------------------------------------- fitting */

static guint
build (Card *card)
{
  g_autofree char *title = g_strdup_printf (TG_DOC_TEXT (card->lang, "Іс карточкасы № %s",
                                                         "Карточка дела № %s"),
                                            tg_case_get_number (card->kase) != NULL
                                            ? tg_case_get_number (card->kase) : "");

  g_clear_object (&card->doc);
  card->doc = _tg_docs_new_document (card->lang, title);
  tg_document_set_page_numbers (card->doc, TG_PAGE_NUMBERS_NONE);
  _tg_docs_add_heading (card->doc, card->sources, card->lang);
  add_card_title (card);
  add_case_fields (card);
  add_victims (card);
  add_investigation (card);
  add_history (card);
  return tg_document_get_n_pages (card->doc);
}

/* The largest value of *@field in [0, @max] for which the card is one
 * page (fewer history entries or victims never make it longer). */
static gboolean
fit (Card  *card,
     guint *field,
     guint  max)
{
  guint lo = 0, hi = max;

  *field = max;
  if (build (card) == 1)
    return TRUE;
  *field = 0;
  if (build (card) > 1)
    return FALSE;
  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      *field = mid;
      if (build (card) == 1)
        lo = mid;
      else
        hi = mid;
    }
  *field = lo;
  build (card);
  return TRUE;
}

/**
 * tg_document_new_case_card:
 * @sources: the organization settings and the calendar
 * @kase: the case
 * @lang: (nullable): "kk" (the default) or "ru"
 * @error: why there is no card to print
 *
 * Returns: (transfer full) (nullable): the case card, one page.
 */
TgDocument *
tg_document_new_case_card (const TgDocSources *sources,
                           TgCase      *kase,
                           const char  *lang,
                           GError     **error)
{
  Card card = { sources, kase, TG_DOC_KK, NULL, 0, 0, LONG_TEXT };
  guint n_history = g_list_model_get_n_items (G_LIST_MODEL (tg_case_get_history (kase)));
  guint n_victims = g_list_model_get_n_items (G_LIST_MODEL (tg_case_get_victims (kase)));

  g_return_val_if_fail (sources != NULL, NULL);
  g_return_val_if_fail (TG_IS_CASE (kase), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_tg_docs_parse_language (lang, &card.lang, error))
    return NULL;
  card.n_victims = n_victims;
  if (!fit (&card, &card.n_history, n_history))
    {
      /* Not even without history: list fewer victims, shorten the story. */
      card.n_history = 0;
      card.long_text = LONG_TEXT / 4;
      if (!fit (&card, &card.n_victims, n_victims))
        g_debug ("The card of case %s does not fit on one page", tg_case_get_number (kase));
    }
  return card.doc;
}
