/* tg-rules.c — classification, jurisdiction and transitions as tables
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-rules"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-dates.h"
#include "tg-identifiers.h"
#include "tg-rules.h"
#include "tg-dispute.h"
#include "tg-extension.h"
#include "tg-info-request.h"
#include "tg-member.h"
#include "tg-victim.h"

G_DEFINE_QUARK (tg-rules-error-quark, tg_rules_error)

/* ------------------------------------------------------------------------
 * Jurisdiction (domain.md §3). First matching row wins.
 * ------------------------------------------------------------------------ */

typedef enum { ANY = -1, NO = 0, YES = 1 } Tri;

static const struct
{
  guint           min_deaths;
  guint           max_deaths;
  Tri             group;
  TgSeverity      min_severity;
  TgJurisdiction  jurisdiction;
  const char     *reason;
} jurisdiction_table[] = {
  /* Six or more deaths: Government commission. Follows from the 2014
   * Regulation (para. 14 limits the Committee to 3–5) and practice; the
   * statutory wording is unverified (domain.md §3). */
  { 6, G_MAXUINT, ANY, TG_SEVERITY_LIGHT, TG_JURISDICTION_GOVERNMENT,
    N_("Six or more people died: a Government commission investigates.") },
  /* Three to five deaths: the Committee creates the commission
   * (Regulation of 11 May 2014 No. 216-ө, para. 14). */
  { 3, 5, ANY, TG_SEVERITY_LIGHT, TG_JURISDICTION_COMMITTEE,
    N_("A group accident in which three to five people died: the Committee creates the commission (Regulation of 2014, para. 14).") },
  /* Group accident, two deaths: chaired by the region's chief state labour
   * inspector (Labour Code 2015, art. 188 p. 4). */
  { 2, 2, YES, TG_SEVERITY_LIGHT, TG_JURISDICTION_LOCAL_CHIEF,
    N_("A group accident in which two people died: special investigation chaired by the region's chief state labour inspector (Labour Code, art. 188).") },
  /* Any group accident with 0–1 deaths (art. 188 p. 3–4). */
  { 0, 1, YES, TG_SEVERITY_LIGHT, TG_JURISDICTION_LOCAL,
    N_("A group accident: special investigation by the local labour inspection (Labour Code, art. 188 p. 3–4).") },
  /* Two deaths in a single-victim case cannot happen; kept for totality. */
  { 0, G_MAXUINT, NO, TG_SEVERITY_SEVERE, TG_JURISDICTION_LOCAL,
    N_("A severe or fatal injury: special investigation by the local labour inspection (Labour Code, art. 188 p. 3).") },
  /* One victim, light injury: the employer's commission (art. 188 p. 1). */
  { 0, G_MAXUINT, ANY, TG_SEVERITY_LIGHT, TG_JURISDICTION_EMPLOYER,
    N_("One victim with a light injury: the employer's commission investigates (Labour Code, art. 188 p. 1).") },
};

static guint
match_jurisdiction (const TgClassification *k)
{
  for (guint i = 0; i < G_N_ELEMENTS (jurisdiction_table); i++)
    {
      const typeof (jurisdiction_table[0]) *row = &jurisdiction_table[i];

      if (k->n_deaths < row->min_deaths || k->n_deaths > row->max_deaths)
        continue;
      if (row->group != ANY && (row->group == YES) != !!k->group)
        continue;
      if (k->severity < row->min_severity)
        continue;
      return i;
    }
  g_assert_not_reached ();
}

void
tg_classify_counts (guint             n_victims,
                    guint             n_deaths,
                    TgSeverity        worst,
                    gboolean          group_poisoning,
                    TgClassification *out)
{
  g_return_if_fail (out != NULL);

  out->n_victims = n_victims;
  out->n_deaths = n_deaths;
  out->n_severe = 0;
  out->severity = worst;
  /* Two or more injured in one event, or acute group poisoning
   * (Labour Code 2015, art. 188 p. 3). */
  out->group = n_victims >= 2 || group_poisoning;
  out->jurisdiction = jurisdiction_table[match_jurisdiction (out)].jurisdiction;
}

void
tg_classify (TgCase           *kase,
             TgClassification *out)
{
  GListModel *victims;
  guint n, deaths = 0, severe = 0;
  TgSeverity worst = TG_SEVERITY_LIGHT;

  g_return_if_fail (TG_IS_CASE (kase));
  g_return_if_fail (out != NULL);

  victims = G_LIST_MODEL (tg_case_get_victims (kase));
  n = g_list_model_get_n_items (victims);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TgVictim) v = g_list_model_get_item (victims, i);
      TgSeverity s = tg_victim_get_severity (v);

      worst = MAX (worst, s);
      if (s == TG_SEVERITY_FATAL)
        deaths++;
      else if (s == TG_SEVERITY_SEVERE)
        severe++;
    }
  tg_classify_counts (n, deaths, worst, tg_case_get_group_poisoning (kase), out);
  out->n_severe = severe;
}

const char *
tg_classification_reason (const TgClassification *klass)
{
  return _(jurisdiction_table[match_jurisdiction (klass)].reason);
}

char *
tg_classification_describe (const TgClassification *k)
{
  g_autofree char *kind = NULL;

  if (k->group && k->n_deaths > 0)
    kind = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Group accident, %u death",
                                         "Group accident, %u deaths",
                                         k->n_deaths), k->n_deaths);
  else if (k->group)
    kind = g_strdup (_("Group accident, no deaths"));
  else
    kind = g_strdup_printf (_("One victim, %s"), tg_severity_label (k->severity));

  /* Translators: classification → who investigates */
  return g_strdup_printf (_("%s → %s"), kind, tg_jurisdiction_label (k->jurisdiction));
}

TgBody
tg_jurisdiction_body (TgJurisdiction jurisdiction)
{
  static const TgBody bodies[] = {
    [TG_JURISDICTION_EMPLOYER] = TG_BODY_EMPLOYER,
    [TG_JURISDICTION_LOCAL] = TG_BODY_LOCAL_INSPECTORATE,
    [TG_JURISDICTION_LOCAL_CHIEF] = TG_BODY_LOCAL_INSPECTORATE,
    [TG_JURISDICTION_COMMITTEE] = TG_BODY_COMMITTEE,
    [TG_JURISDICTION_GOVERNMENT] = TG_BODY_GOVERNMENT,
  };
  g_return_val_if_fail ((guint) jurisdiction < G_N_ELEMENTS (bodies), TG_BODY_NONE);
  return bodies[jurisdiction];
}

gboolean
tg_state_is_open (TgState state)
{
  return state != TG_STATE_CLOSED && state != TG_STATE_REFERRED_TO_GOVERNMENT;
}

gboolean
tg_state_is_investigating (TgState state)
{
  return state == TG_STATE_LOCAL_INVESTIGATION ||
         state == TG_STATE_COMMITTEE_INVESTIGATION;
}

const char *
tg_case_effective_due (TgCase *kase)
{
  TgInvestigation *inv = tg_case_get_investigation (kase);
  GListModel *ext;
  guint n;

  if (inv == NULL)
    return NULL;
  ext = G_LIST_MODEL (tg_investigation_get_extensions (inv));
  n = g_list_model_get_n_items (ext);
  if (n > 0)
    {
      g_autoptr(TgExtension) last = g_list_model_get_item (ext, n - 1);
      const char *started = tg_investigation_get_started (inv);

      /* An extension granted before a re-investigation restarted the
       * clock belongs to the earlier round (ISO dates compare as text). */
      if (tg_extension_get_new_due (last) != NULL &&
          (started == NULL || tg_extension_get_granted (last) == NULL ||
           g_strcmp0 (tg_extension_get_granted (last), started) >= 0))
        return tg_extension_get_new_due (last);
    }
  return tg_investigation_get_due (inv);
}

gboolean
tg_rules_notification_delay (TgCase    *kase,
                             GTimeSpan *span)
{
  g_autoptr(GDateTime) occurred = NULL;
  g_autoptr(GDateTime) reported = NULL;

  g_return_val_if_fail (TG_IS_CASE (kase), FALSE);

  occurred = tg_datetime_parse (tg_case_get_occurred (kase));
  reported = tg_datetime_parse (tg_case_get_reported (kase));
  if (occurred == NULL || reported == NULL)
    return FALSE;
  *span = g_date_time_difference (reported, occurred);
  return TRUE;
}

gboolean
tg_rules_late_notification (TgCase *kase,
                            gint64 *hours)
{
  GTimeSpan span;

  g_return_val_if_fail (TG_IS_CASE (kase), FALSE);

  if (!tg_rules_notification_delay (kase, &span))
    return FALSE;
  if (hours != NULL)
    *hours = span / G_TIME_SPAN_HOUR;
  return span > TG_NOTIFICATION_HOURS * G_TIME_SPAN_HOUR;
}

gboolean
tg_rules_act_due (TgCase     *kase,
                  TgCalendar *calendar,
                  GDate      *due)
{
  TgInvestigation *inv = tg_case_get_investigation (kase);
  GDate end;

  g_return_val_if_fail (TG_IS_CASE (kase), FALSE);
  g_return_val_if_fail (TG_IS_CALENDAR (calendar), FALSE);

  if (!tg_date_parse (tg_investigation_get_act_date (inv), &end) &&
      !tg_date_parse (tg_case_effective_due (kase), &end))
    return FALSE;
  tg_calendar_add_working_days (calendar, &end, TG_ACT_DELIVERY_WORKING_DAYS, due);
  return TRUE;
}
