/* tg-rules-check.c — the rules a case must satisfy to be stored (domain.md §2)
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-rules"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tg-dates.h"
#include "tg-identifiers.h"
#include "tg-member.h"
#include "tg-model.h"
#include "tg-regions.h"
#include "tg-rules.h"
#include "tg-victim.h"

static void
problem (GPtrArray  *problems,
         const char *format,
         ...) G_GNUC_PRINTF (2, 3);

static void
problem (GPtrArray  *problems,
         const char *format,
         ...)
{
  va_list args;

  if (problems == NULL)
    return;
  va_start (args, format);
  g_ptr_array_add (problems, g_strdup_vprintf (format, args));
  va_end (args);
}

static gboolean
blank (const char *s)
{
  if (s == NULL)
    return TRUE;
  for (; *s; s++)
    if (!g_ascii_isspace (*s))
      return FALSE;
  return TRUE;
}

gboolean
tg_rules_state_agrees (TgState                 state,
                       const TgClassification *k,
                       GError                **error)
{
  gboolean ok = TRUE;

  switch (state)
    {
    case TG_STATE_REGISTERED:
    case TG_STATE_REFERRED_TO_GOVERNMENT:   /* also by hand, with a reason */
      break;
    case TG_STATE_LOCAL_INVESTIGATION:
    case TG_STATE_CONCLUDED:
    case TG_STATE_CLOSED:
      /* concluded/closed may be the Committee's own; only 6+ deaths
       * contradict them, and 3–5 deaths contradict a local investigation. */
      ok = k->jurisdiction != TG_JURISDICTION_GOVERNMENT &&
           (state != TG_STATE_LOCAL_INVESTIGATION || k->jurisdiction != TG_JURISDICTION_COMMITTEE);
      break;
    case TG_STATE_COMMISSION_PENDING:
    case TG_STATE_COMMITTEE_INVESTIGATION:
      ok = k->jurisdiction == TG_JURISDICTION_COMMITTEE;
      break;
    default:
      g_assert_not_reached ();
    }

  if (!ok)
    g_set_error (error, TG_RULES_ERROR, TG_RULES_ERROR_INVALID,
                 g_dngettext (GETTEXT_PACKAGE,
                              "state %s contradicts the victims: with %u death the case belongs to: %s",
                              "state %s contradicts the victims: with %u deaths the case belongs to: %s",
                              k->n_deaths),
                 tg_enum_to_nick (TG_TYPE_STATE, state), k->n_deaths,
                 tg_jurisdiction_label (k->jurisdiction));
  return ok;
}

static void
check_identity (TgCase    *kase,
                GPtrArray *problems,
                GDate     *occurred_date)
{
  const char *number = tg_case_get_number (kase);
  const char *region = tg_case_get_region (kase);
  const TgRegion *unit = tg_region_lookup (region);

  if (unit == NULL)
    problem (problems, _("region “%s” is not a territorial unit code (01–21)"), region ? region : "");
  else if (g_date_valid (occurred_date) &&
           !tg_region_valid_in (unit, g_date_get_year (occurred_date)))
    problem (problems, _("region %s (%s) did not exist in %u"), unit->code,
             tg_region_name (unit), g_date_get_year (occurred_date));

  if (number == NULL)
    return;
  if (strlen (number) != 13 || number[2] != '-' || number[7] != '-' ||
      !g_ascii_isdigit (number[0]) || strspn (number + 8, "0123456789") != 5 ||
      strspn (number + 3, "0123456789") != 4)
    problem (problems, _("registration number “%s” is not of the form RR-YYYY-NNNNN"), number);
  else if (region != NULL && strncmp (number, region, 2) != 0)
    problem (problems, _("registration number %s does not begin with the region code %s"), number, region);
  else if (g_date_valid (occurred_date) &&
           (guint) g_ascii_strtoull (number + 3, NULL, 10) != g_date_get_year (occurred_date))
    problem (problems, _("registration number %s does not carry the year of the accident (%u)"),
             number, g_date_get_year (occurred_date));
}

static void
check_accident (TgCase    *kase,
                GPtrArray *problems,
                GDate     *occurred_date)
{
  g_autoptr(GDateTime) occurred = tg_datetime_parse (tg_case_get_occurred (kase));
  g_autoptr(GDateTime) reported = tg_datetime_parse (tg_case_get_reported (kase));
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  TgEmployer *emp = tg_case_get_employer (kase);
  g_autoptr(GError) error = NULL;

  if (emp == NULL || blank (tg_employer_get_name (emp)))
    problem (problems, _("the employer's name is missing"));
  /* A missing BIN is checked as an empty one: a file whose schema error
   * the parser reported ahead of this case still has it checked (found by
   * the fuzzer). */
  if (emp != NULL && !tg_bin_validate (tg_employer_get_bin (emp) ? tg_employer_get_bin (emp) : "", &error))
    problem (problems, _("employer: %s"), error->message);

  if (occurred == NULL)
    problem (problems, _("the time of the accident “%s” is not a date-time with an offset"),
             tg_case_get_occurred (kase) ? tg_case_get_occurred (kase) : "");
  else
    tg_datetime_date (tg_case_get_occurred (kase), occurred_date);
  if (reported == NULL)
    problem (problems, _("the time of reporting “%s” is not a date-time with an offset"),
             tg_case_get_reported (kase) ? tg_case_get_reported (kase) : "");
  if (occurred != NULL && reported != NULL && g_date_time_compare (reported, occurred) < 0)
    problem (problems, _("reported %s is before the accident occurred %s"),
             tg_case_get_reported (kase), tg_case_get_occurred (kase));
  if (occurred != NULL && g_date_time_compare (occurred, now) > 0)
    problem (problems, _("the accident %s is in the future"), tg_case_get_occurred (kase));
  if (reported != NULL && g_date_time_compare (reported, now) > 0)
    problem (problems, _("the report time %s is in the future"), tg_case_get_reported (kase));
  if (blank (tg_case_get_place (kase)))
    problem (problems, _("the place of the accident is missing"));
  /* The exchange format requires them (schemas/tergeu-case-1.xsd, Accident):
   * a case without them could be kept but never sent. */
  if (blank (tg_case_get_circumstances (kase)))
    problem (problems, _("the circumstances of the accident are missing"));
}

/* A member is printed in the order as "name — position, organization"
 * (order-template.md), and the exchange format requires all three. */
static void
check_commission (TgCase    *kase,
                  GPtrArray *problems)
{
  TgInvestigation *inv = tg_case_get_investigation (kase);
  TgCommission *commission = inv != NULL ? tg_investigation_get_commission (inv) : NULL;
  GListModel *members;

  if (commission == NULL)
    return;
  members = G_LIST_MODEL (tg_commission_get_members (commission));
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(TgMember) m = g_list_model_get_item (members, i);
      const char *name = tg_member_get_full_name (m);

      if (blank (name))
        problem (problems, _("commission member %u: the full name is missing"), i + 1);
      else if (blank (tg_member_get_position (m)))
        problem (problems, _("commission member %u (%s): the position is missing"), i + 1, name);
      else if (blank (tg_member_get_organization (m)))
        problem (problems, _("commission member %u (%s): the organization is missing"), i + 1, name);
    }
}

static void
check_victim (TgVictim    *v,
              GHashTable  *seen,
              const GDate *occurred_date,
              GPtrArray   *problems)
{
  const char *id = tg_victim_get_id (v);
  const char *died = tg_victim_get_died_on (v);
  g_autoptr(GError) error = NULL;
  GDate birth, death;

  if (blank (id))
    {
      problem (problems, _("a victim has no id"));
      id = "?";
    }
  else if (!g_hash_table_add (seen, (gpointer) id))
    problem (problems, _("victim id %s is used twice"), id);
  if (blank (tg_victim_get_full_name (v)))
    problem (problems, _("victim %s: the full name is missing"), id);
  if (!tg_date_parse (tg_victim_get_birth_date (v), &birth))
    problem (problems, _("victim %s: birth date “%s” is not a date (YYYY-MM-DD)"), id,
             tg_victim_get_birth_date (v) ? tg_victim_get_birth_date (v) : "");
  else if (!tg_iin_matches_person (tg_victim_get_iin (v) ? tg_victim_get_iin (v) : "",
                                   tg_victim_get_birth_date (v),
                                   tg_victim_get_sex (v), &error))
    problem (problems, _("victim %s: %s"), id, error->message);

  if (died == NULL)
    return;
  if (tg_victim_get_severity (v) != TG_SEVERITY_FATAL)
    problem (problems, _("victim %s: a date of death (%s) is given, but the injury is not fatal"), id, died);
  else if (!tg_date_parse (died, &death))
    problem (problems, _("victim %s: date of death “%s” is not a date (YYYY-MM-DD)"), id, died);
  else if (g_date_valid (occurred_date) && g_date_compare (&death, occurred_date) < 0)
    problem (problems, _("victim %s: date of death %s is before the accident"), id, died);
}

static void
check_findings (TgCase    *kase,
                GPtrArray *problems)
{
  TgInvestigation *inv = tg_case_get_investigation (kase);
  TgFindings *f = inv != NULL ? tg_investigation_get_findings (inv) : NULL;
  int fe, fw;

  if (f == NULL)
    return;
  fe = tg_findings_get_fault_employer (f);
  fw = tg_findings_get_fault_employee (f);
  if ((fe >= 0 || fw >= 0) && fe + fw != 100)
    problem (problems, _("fault shares employer %d %% and employee %d %% do not add up to 100"),
             MAX (fe, 0), MAX (fw, 0));
  /* Findings name the causes (domain.md §2), and the exchange format
   * (schemas/tergeu-case-1.xsd, Findings) requires at least one. */
  if (tg_findings_get_causes (f) == NULL || tg_findings_get_causes (f)[0] == NULL ||
      blank (tg_findings_get_causes (f)[0]))
    problem (problems, _("the findings name no cause of the accident"));
  if (!tg_findings_get_work_related (f) && tg_findings_get_ground (f) == TG_GROUND_NONE)
    problem (problems, _("a finding of “not work-related” must name its ground"));
}

/* The character C0 control characters but tab and newline are refused
 * as (issue 16: an escape sequence from a reason reached the terminal and
 * the exported file, which then did not validate); NULL when there is none. */
static char *
control_character (const char *text)
{
  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    if (*p < 0x20 && *p != '\t' && *p != '\n')
      return g_strdup_printf ("U+%04X", *p);
  return NULL;
}

/* The year of @text when it is written as an ISO date or date-time
 * ("2026-11-18", "2026-11-18T14:30:00+05:00"), with as many digits as
 * it has; -1 when it is not one. */
static gint64
iso_year (const char *text)
{
  const char *p = text;
  gint64 year = 0;
  guint digits = 0;

  if (*p == '-' || *p == '+')
    p++;
  for (; g_ascii_isdigit (*p) && digits < 12; p++, digits++)
    year = year * 10 + (*p - '0');
  if (digits < 4 || p[0] != '-' || !g_ascii_isdigit (p[1]) || !g_ascii_isdigit (p[2]) ||
      p[3] != '-' || !g_ascii_isdigit (p[4]) || !g_ascii_isdigit (p[5]) ||
      (p[6] != '\0' && p[6] != 'T'))
    return -1;
  return text[0] == '-' || digits > 4 ? G_MAXINT64 : year;
}

/* tg_rules_text_allowed; @utf8_known: the text is known to be UTF-8
 * (libxml2 refuses a file that is not), so one pass over it looks for
 * control characters only. */
static gboolean
text_allowed (const char  *text,
              gboolean     utf8_known,
              GError     **error)
{
  g_autofree char *control = NULL;
  gint64 year;

  if (!utf8_known && !g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, TG_RULES_ERROR, TG_RULES_ERROR_INVALID, _("the text is not valid UTF-8"));
      return FALSE;
    }
  control = control_character (text);
  if (control != NULL)
    {
      g_set_error (error, TG_RULES_ERROR, TG_RULES_ERROR_INVALID,
                   _("the text holds a control character (%s); only tabs and line breaks may be used"),
                   control);
      return FALSE;
    }
  year = iso_year (text);
  if (year >= 0 && (year < TG_RULES_FIRST_YEAR || year > TG_RULES_LAST_YEAR))
    {
      g_set_error (error, TG_RULES_ERROR, TG_RULES_ERROR_INVALID,
                   _("the date %s is not within the years %d–%d"),
                   text, TG_RULES_FIRST_YEAR, TG_RULES_LAST_YEAR);
      return FALSE;
    }
  return TRUE;
}

gboolean
tg_rules_text_allowed (const char  *text,
                       GError     **error)
{
  g_return_val_if_fail (text != NULL, FALSE);

  return text_allowed (text, FALSE, error);
}

static void
check_string (const char *path,
              const char *text,
              gpointer    user_data)
{
  GPtrArray *problems = user_data;
  g_autoptr(GError) error = NULL;

  if (!text_allowed (text, FALSE, &error))
    problem (problems, "%s: %s", path, error->message);
}

static void
check_parsed_string (const char *path,
                     const char *text,
                     gpointer    user_data)
{
  GPtrArray *problems = user_data;
  g_autoptr(GError) error = NULL;

  if (!text_allowed (text, TRUE, &error))
    problem (problems, "%s: %s", path, error->message);
}

static gboolean
validate_case (TgCase            *kase,
               TgModelStringFunc  check,
               GPtrArray         *problems)
{
  g_autoptr(GPtrArray) own = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *victims;
  TgClassification k;
  g_autoptr(GError) error = NULL;
  GDate occurred;
  guint before;

  g_return_val_if_fail (TG_IS_CASE (kase), FALSE);

  if (problems == NULL)
    problems = own;
  g_date_clear (&occurred, 1);
  before = problems->len;

  /* Everything after this compares and prints text: it must be UTF-8,
   * without control characters, and its dates within the years a case
   * can have (the exchange format, the calendar and every date shown). */
  tg_model_foreach_string (kase, check, problems);
  if (problems->len > before)
    return FALSE;
  check_accident (kase, problems, &occurred);
  check_identity (kase, problems, &occurred);

  victims = G_LIST_MODEL (tg_case_get_victims (kase));
  if (g_list_model_get_n_items (victims) == 0)
    problem (problems, _("the case has no victims"));
  for (guint i = 0; i < g_list_model_get_n_items (victims); i++)
    {
      g_autoptr(TgVictim) v = g_list_model_get_item (victims, i);
      check_victim (v, seen, &occurred, problems);
    }
  check_commission (kase, problems);
  check_findings (kase, problems);

  tg_classify (kase, &k);
  if (!tg_rules_state_agrees (tg_case_get_state (kase), &k, &error))
    problem (problems, "%s", error->message);

  return problems->len == before;
}

gboolean
tg_rules_validate_case (TgCase    *kase,
                        GPtrArray *problems)
{
  return validate_case (kase, check_string, problems);
}

gboolean
tg_rules_validate_parsed_case (TgCase    *kase,
                               GPtrArray *problems)
{
  return validate_case (kase, check_parsed_string, problems);
}
