/* tg-case-documents-order.c — the order creating a commission
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The wording is that of order-template.md, word for word, in Kazakh and
 * in Russian; only the placeholders come from the case and the settings.
 * In the Kazakh clause 2 the due date takes the dative that "дейін"
 * governs ("2026 жылғы 3 желтоқсанға дейін").
 */
#define G_LOG_DOMAIN "tg-case-documents"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-case-documents-private.h"
#include "tg-member.h"
#include "tg-rules.h"

typedef struct
{
  const TgDocSources *sources;
  TgCase       *kase;
  TgCommission *commission;
  TgDocLang     lang;
  TgDocument   *doc;
  char         *employer;   /* markup */
} Order;

static void
order_clear (Order *order)
{
  g_clear_object (&order->doc);
  g_clear_pointer (&order->employer, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Order, order_clear)

static gboolean
is_blank (const char *text)
{
  return text == NULL || *text == '\0';
}

TgCommission *
_tg_docs_appointed_commission (TgCase  *kase,
                               GError **error)
{
  TgCommission *com = tg_investigation_get_commission (tg_case_get_investigation (kase));

  if (com != NULL && !is_blank (tg_commission_get_order_number (com)) &&
      !is_blank (tg_commission_get_order_date (com)))
    return com;
  g_set_error (error, TG_CASE_DOCUMENTS_ERROR, TG_CASE_DOCUMENTS_ERROR_NO_ORDER,
               _("Case %s has no commission with an order number and date, so there is "
                 "no order to print: appoint the commission first."),
               tg_case_get_number (kase) != NULL ? tg_case_get_number (kase) : "");
  return NULL;
}

/* "БҰЙРЫҚ", then "2026 жылғы 19 қарашадағы   № 214-к   Астана қаласы". */
static void
add_order_title (Order *order)
{
  TgDocLang lang = order->lang;
  g_autofree char *date = _tg_docs_date_markup (tg_commission_get_order_date (order->commission),
                                                lang, TG_DATE_FORM_ATTRIBUTIVE);
  g_autofree char *number = _tg_docs_number_markup (tg_commission_get_order_number (order->commission));
  guint title = tg_document_add_title (order->doc, TG_DOC_TEXT (lang, "БҰЙРЫҚ", "ПРИКАЗ"));

  tg_document_set_font_size (order->doc, title, 16);
  tg_document_set_spacing (order->doc, title, 2, 2);
  _tg_docs_add_date_line (order->doc, date, number,
                          TG_DOC_TEXT (lang, "Астана қаласы", "город Астана"));
}

static void
add_subject (Order *order)
{
  g_autofree char *text = NULL;
  guint block;

  if (order->lang == TG_DOC_KK)
    text = g_strdup_printf ("%s өндірістегі топтық жазатайым оқиғаны арнайы тергеу үшін "
                            "комиссия құру туралы", order->employer);
  else
    text = g_strdup_printf ("О создании комиссии по специальному расследованию группового "
                            "несчастного случая на производстве в" TG_DOC_NBSP "%s", order->employer);
  block = tg_document_add_paragraph (order->doc, text, TG_PARAGRAPH_CENTER | TG_PARAGRAPH_BOLD |
                                     TG_PARAGRAPH_KEEP_TOGETHER | TG_PARAGRAPH_KEEP_WITH_NEXT);
  tg_document_set_spacing (order->doc, block, 4, 4);
}

static void
add_preamble (Order *order)
{
  TgClassification klass;
  const char *occurred = tg_case_get_occurred (order->kase);
  g_autofree char *place = _tg_docs_escape (tg_case_get_place (order->kase));
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;

  tg_classify (order->kase, &klass);
  if (order->lang == TG_DOC_KK)
    {
      date = _tg_docs_date_markup (occurred, TG_DOC_KK, TG_DATE_FORM_LOCATIVE);
      text = g_strdup_printf ("Қазақстан Республикасы Еңбек кодексіне сәйкес және %s %s %s "
                              "болған, %u адамның қаза болуына әкеп соққан топтық жазатайым "
                              "оқиғаға байланысты <b>БҰЙЫРАМЫН:</b>",
                              date, place, order->employer, klass.n_deaths);
    }
  else
    {
      date = _tg_docs_date_markup (occurred, TG_DOC_RU, TG_DATE_FORM_PLAIN);
      text = g_strdup_printf ("В соответствии с Трудовым кодексом Республики Казахстан и в связи "
                              "с групповым несчастным случаем, произошедшим %s в" TG_DOC_NBSP "%s (%s), "
                              "повлёкшим гибель %u человек, <b>ПРИКАЗЫВАЮ:</b>",
                              date, order->employer, place, klass.n_deaths);
    }
  tg_document_add_paragraph (order->doc, text, TG_PARAGRAPH_DEFAULT);
}

/* Chair first, then the deputy, the members and the secretary; members of
 * one role keep the order they were entered in. */
static int
compare_roles (gconstpointer a,
               gconstpointer b)
{
  TgMember *ma = *(TgMember **) a;
  TgMember *mb = *(TgMember **) b;

  return (int) tg_member_get_role (ma) - (int) tg_member_get_role (mb);
}

static GPtrArray *
sorted_members (TgCommission *com)
{
  GListModel *list = G_LIST_MODEL (tg_commission_get_members (com));
  GPtrArray *members = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    g_ptr_array_add (members, g_list_model_get_item (list, i));
  /* g_ptr_array_sort is a merge sort, so stable. */
  g_ptr_array_sort (members, compare_roles);
  return members;
}

/* "position, organization", or whichever of them there is. */
static char *
position_text (TgMember *member)
{
  const char *position = tg_member_get_position (member);
  const char *organization = tg_member_get_organization (member);

  if (is_blank (organization))
    return g_strdup (position != NULL ? position : "");
  if (is_blank (position))
    return g_strdup (organization);
  return g_strconcat (position, ", ", organization, NULL);
}

static void
add_member_table (Order *order)
{
  TgDocLang lang = order->lang;
  const TgDocumentColumn columns[] = {
    { "№", 0.05, TG_COLUMN_CENTER },
    { TG_DOC_TEXT (lang, "Тегі, аты, әкесінің аты", "Фамилия, имя, отчество"), 0.30, TG_COLUMN_NO_WRAP },
    { TG_DOC_TEXT (lang, "Лауазымы", "Должность"), 0.46, TG_COLUMN_DEFAULT },
    { TG_DOC_TEXT (lang, "Комиссиядағы рөлі", "Роль в комиссии"), 0.19, TG_COLUMN_DEFAULT },
  };
  g_autoptr(GPtrArray) members = sorted_members (order->commission);
  guint table = tg_document_add_table (order->doc, columns, G_N_ELEMENTS (columns),
                                       TG_TABLE_DEFAULT);

  for (guint i = 0; i < members->len; i++)
    {
      TgMember *m = g_ptr_array_index (members, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *position = position_text (m);

      tg_document_add_table_row (order->doc, table, (const char * const[]) {
        number, tg_member_get_full_name (m), position,
        _tg_docs_role_label (tg_member_get_role (m), lang) });
    }
}

static void
add_clause (Order      *order,
            const char *number,
            const char *markup)
{
  tg_document_add_clause (order->doc, number, markup);
}

static void
add_clauses (Order *order)
{
  TgDocLang lang = order->lang;
  const char *due = tg_investigation_get_due (tg_case_get_investigation (order->kase));
  g_autofree char *date = _tg_docs_date_markup (due, lang, TG_DATE_FORM_DATIVE);
  g_autofree char *setting = _tg_docs_setting (order->sources, "control-official");
  g_autofree char *official = _tg_docs_escape (setting);
  g_autofree char *c2 = NULL, *c3 = NULL, *c4 = NULL;
  guint c1;

  c1 = tg_document_add_clause (order->doc, "1.", TG_DOC_TEXT (lang, "Мынадай құрамда комиссия құрылсын:",
                                                               "Создать комиссию в следующем составе:"));
  tg_document_set_keep_with_next (order->doc, c1, TRUE);
  add_member_table (order);

  c2 = g_strdup_printf (TG_DOC_TEXT (lang, "Комиссия тергеуді %s дейін (%u" TG_DOC_NBSP "жұмыс"
                                     TG_DOC_NBSP "күні) аяқтасын.",
                                     "Комиссии завершить расследование до %s (%u" TG_DOC_NBSP
                                     "рабочих" TG_DOC_NBSP "дней)."),
                        date, TG_INVESTIGATION_WORKING_DAYS);
  c3 = g_strdup_printf (TG_DOC_TEXT (lang, "%s басшысы комиссияға қажетті құжаттарды, көлікті және "
                                     "жұмыс жағдайларын қамтамасыз етсін.",
                                     "Руководителю %s обеспечить комиссию необходимыми документами, "
                                     "транспортом и условиями работы."), order->employer);
  c4 = g_strdup_printf (TG_DOC_TEXT (lang, "Осы бұйрықтың орындалуын бақылау %s жүктелсін.",
                                     "Контроль за исполнением настоящего приказа возложить на"
                                     TG_DOC_NBSP "%s."),
                        official);
  add_clause (order, "2.", c2);
  add_clause (order, "3.", c3);
  add_clause (order, "4.", c4);
  add_clause (order, "5.", TG_DOC_TEXT (lang, "Бұйрық қол қойылған күнінен бастап қолданысқа енгізіледі.",
                                        "Приказ вступает в силу со дня подписания."));
}

static void
add_signature (Order *order)
{
  g_autofree char *chairman = _tg_docs_setting (order->sources, "chairman");
  g_autofree char *right = _tg_docs_signature_name (chairman);

  tg_document_add_signature (order->doc,
                             TG_DOC_TEXT (order->lang,
                                          "Төраға — Қазақстан Республикасының Бас мемлекеттік "
                                          "еңбек инспекторы",
                                          "Председатель — Главный государственный инспектор "
                                          "труда Республики Казахстан"),
                             right);
}

/**
 * tg_document_new_order:
 * @sources: the organization settings
 * @kase: a case whose commission the Committee has appointed
 * @lang: (nullable): "kk" (the default) or "ru"
 * @error: why there is no order to print
 *
 * Returns: (transfer full) (nullable): the order creating the commission.
 */
TgDocument *
tg_document_new_order (const TgDocSources *sources,
                       TgCase      *kase,
                       const char  *lang,
                       GError     **error)
{
  g_auto(Order) order = { sources, kase, NULL, TG_DOC_KK, NULL, NULL };
  g_autofree char *title = NULL;

  g_return_val_if_fail (sources != NULL, NULL);
  g_return_val_if_fail (TG_IS_CASE (kase), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_tg_docs_parse_language (lang, &order.lang, error))
    return NULL;
  order.commission = _tg_docs_appointed_commission (kase, error);
  if (order.commission == NULL)
    return NULL;

  title = g_strdup_printf (TG_DOC_TEXT (order.lang, "Бұйрық № %s", "Приказ № %s"),
                           tg_commission_get_order_number (order.commission));
  order.doc = _tg_docs_new_document (order.lang, title);
  order.employer = _tg_docs_employer_markup (kase);
  _tg_docs_add_heading (order.doc, sources, order.lang);
  add_order_title (&order);
  add_subject (&order);
  add_preamble (&order);
  add_clauses (&order);
  add_signature (&order);
  return g_steal_pointer (&order.doc);
}
