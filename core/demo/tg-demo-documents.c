/* tg-demo-documents.c — what the demo's cases give the printed documents
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The act of special investigation needs a victim's length of service and
 * safety briefings, measures with deadlines and now and then a dissenting
 * opinion; a decision names its applicant and victim and has a number;
 * the Committee's people have the Kazakh wording of their positions.  All
 * of it is drawn from a stream of its own (TgDemoLife.aside), so that the
 * rest of a case is what it was before these fields existed.
 */
#define G_LOG_DOMAIN "tg-demo"

#include "config.h"

#include "tg-demo-private.h"
#include "tg-dispute.h"
#include "tg-extension.h"
#include "tg-info-request.h"
#include "tg-member.h"
#include "tg-victim.h"

static const char * const measures[] = {
  "Провести внеплановый инструктаж по безопасности и охране труда с работниками участка",
  "Провести внеочередную проверку знаний по безопасности и охране труда у руководителей и специалистов",
  "Пересмотреть инструкции по безопасности и охране труда для профессий, занятых на работах",
  "Обеспечить работников исправными средствами индивидуальной защиты и контроль их применения",
  "Провести техническое освидетельствование оборудования и устранить выявленные неисправности",
  "Организовать производственный контроль за соблюдением требований безопасности на участке",
  "Рассмотреть вопрос о привлечении виновных лиц к дисциплинарной ответственности",
  NULL
};

static const char * const dissents[] = {
  "Не согласен с выводом комиссии о степени вины пострадавшего: грубая неосторожность работника "
  "материалами расследования не подтверждена; вина работодателя составляет 100 %.",
  "Считаю, что основной причиной несчастного случая является неудовлетворительная организация работ "
  "работодателем, а не нарушение пострадавшим инструкции по охране труда.",
  NULL
};

/* The Committee's people in Kazakh (their Russian is tg-demo-events.c's). */
static const struct
{
  const char *ru;
  const char *kk;
} committee_positions[] = {
  { "заместитель председателя Комитета", "Комитет төрағасының орынбасары" },
  { "главный эксперт Комитета", "Комитеттің бас сарапшысы" },
};

void
_tg_demo_enrich_victim (TgDemoLife  *l,
                        TgVictim    *v,
                        const GDate *occurred)
{
  GDate d;
  char text[16];

  /* one in ten without what the act needs: the act shows the blank */
  if (_tg_demo_chance (l->aside, 100))
    return;
  tg_victim_set_experience_months (v, (int) _tg_demo_range (l->aside, 1, 300));
  d = *occurred;
  g_date_subtract_days (&d, _tg_demo_range (l->aside, 1, 90));
  _tg_demo_format_date (&d, text);
  tg_victim_set_briefed_on (v, text);
  d = *occurred;
  g_date_subtract_days (&d, _tg_demo_range (l->aside, 30, 700));
  _tg_demo_format_date (&d, text);
  tg_victim_set_trained_on (v, text);
}

void
_tg_demo_enrich_commission (TgDemoLife   *l,
                            TgCommission *com)
{
  GListModel *members = G_LIST_MODEL (tg_commission_get_members (com));

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(TgMember) m = g_list_model_get_item (members, i);

      for (guint k = 0; k < G_N_ELEMENTS (committee_positions); k++)
        if (g_strcmp0 (tg_member_get_position (m), committee_positions[k].ru) == 0)
          {
            tg_member_set_position_kk (m, committee_positions[k].kk);
            tg_member_set_organization_kk (m, l->w->committee_kk);
          }
    }
}

void
_tg_demo_enrich_findings (TgDemoLife  *l,
                          TgFindings  *f,
                          const GDate *act_date)
{
  const char *items[5];
  TgCommission *com;
  guint n;

  if (!tg_findings_get_work_related (f))
    return;
  n = _tg_demo_range (l->aside, 2, 4);
  for (guint i = 0; i < n; i++)
    {
      GDate due = *act_date;
      char text[16];

      g_date_add_days (&due, _tg_demo_range (l->aside, 10, 60));
      _tg_demo_format_date (&due, text);
      items[i] = g_strconcat (text, ": ", measures[(i * 2 + _tg_demo_range (l->aside, 0, 1)) %
                                                   (G_N_ELEMENTS (measures) - 1)], NULL);
    }
  items[n] = NULL;
  tg_findings_set_measures (f, items);
  for (guint i = 0; i < n; i++)
    g_free ((char *) items[i]);
  com = tg_investigation_get_commission (tg_case_get_investigation (l->kase));
  if (com != NULL && tg_findings_get_fault_employee (f) > 0 && _tg_demo_chance (l->aside, 250))
    {
      GListModel *members = G_LIST_MODEL (tg_commission_get_members (com));

      /* the workers' representative */
      for (guint i = 0; i < g_list_model_get_n_items (members); i++)
        {
          g_autoptr(TgMember) m = g_list_model_get_item (members, i);

          if (g_strcmp0 (tg_member_get_position (m), "председатель профсоюзного комитета") == 0)
            {
              tg_findings_set_dissent (f, _tg_demo_pick (l->aside, dissents));
              tg_findings_set_dissent_by (f, tg_member_get_full_name (m));
            }
        }
    }
}

void
_tg_demo_enrich_dispute (TgDemoLife *l,
                         TgDispute  *d)
{
  g_autoptr(TgVictim) first = g_list_model_get_item (G_LIST_MODEL (tg_case_get_victims (l->kase)), 0);
  g_autofree char *person = NULL;

  switch (tg_dispute_get_filed_by (d))
    {
    case TG_PARTY_WORKER:
      person = _tg_demo_person (l->aside, _tg_demo_origin (l->aside, l->territory->kazakh_percent),
                                _tg_demo_chance (l->aside, 500) ? TG_SEX_FEMALE : TG_SEX_MALE, NULL);
      tg_dispute_set_applicant (d, person);
      break;
    case TG_PARTY_INSPECTOR:
      tg_dispute_set_applicant (d, l->unit->inspectors[_tg_demo_range (l->aside, 0, 5)]);
      break;
    case TG_PARTY_EMPLOYER:
    default:
      break;   /* the employer: the decision names it */
    }
  tg_dispute_set_victim (d, tg_victim_get_id (first));
}

void
_tg_demo_enrich_decision (TgDemoLife *l,
                          TgDispute  *d)
{
  g_autofree char *number = g_strdup_printf ("%u", _tg_demo_range (l->aside, 1, 90));

  tg_dispute_set_number (d, number);
}

void
_tg_demo_enrich_extension (TgDemoLife  *l,
                           TgExtension *x)
{
  g_autofree char *number = NULL;

  if (tg_investigation_get_body (tg_case_get_investigation (l->kase)) != TG_BODY_COMMITTEE)
    return;
  number = g_strdup_printf ("%u-%s", _tg_demo_range (l->aside, 1, 400), l->w->order_suffix);
  tg_extension_set_order_number (x, number);
}
