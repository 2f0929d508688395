/* test-ui-data.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-ui"

#include "config.h"

#include "tg-case-commands.h"
#include "tg-dates.h"
#include "tg-identifiers.h"
#include "tg-victim.h"
#include "test-ui-data.h"

static const char * const employers[] = {
  "ТОО «Қарағанды Көмір»", "АО «Казцинк»", "ТОО «Астана Құрылыс»", "ТОО «Ақтөбе Мұнай Сервис»",
  "АО «ҚазМұнайГаз»", "ТОО «Шымкент Цемент»", "ИП Сейітов", "ТОО «Павлодар Энерго»",
};
static const char * const names[] = {
  "Әлібеков Нұрлан Серікұлы", "Иванов Сергей Петрович", "Жұмабаева Айгүл Маратқызы",
  "Ким Виктор Александрович", "Сәтбаев Ерлан Қайратұлы", "Омарова Динара Болатқызы",
};
static const char * const regions[] = { "08", "05", "15", "02", "04", "18", "17", "12", "16", "01" };

static char *
compose_iin (guint seed)
{
  GDate birth;

  g_date_clear (&birth, 1);
  g_date_set_dmy (&birth, 1 + seed % 28, 1 + seed % 12, 1965 + seed % 35);
  for (guint serial = seed % 9000;; serial++)
    {
      char *iin = tg_iin_compose (&birth, seed % 2 ? TG_SEX_FEMALE : TG_SEX_MALE, serial);
      if (iin != NULL)
        return iin;
    }
}

static char *
compose_bin (guint seed)
{
  for (guint serial = seed * 7;; serial++)
    {
      char *bin = tg_bin_compose (2001 + seed % 20, 1 + seed % 12, 4, serial % 999999);
      if (bin != NULL)
        return bin;
    }
}

TgCase *
tg_test_case_new (guint index,
                  guint n_victims,
                  guint n_deaths)
{
  TgCase *kase = tg_case_new ();
  g_autoptr(TgEmployer) employer = tg_employer_new ();
  g_autofree char *bin = compose_bin (index % 40);
  g_autoptr(GTimeZone) astana = tg_astana_timezone ();
  g_autoptr(GDateTime) now = g_date_time_new_now (astana);
  g_autoptr(GDateTime) occurred = g_date_time_add_hours (now, -(gint) (6 + (index * 37) % 2000));
  g_autoptr(GDateTime) reported = g_date_time_add_hours (occurred, 3);
  g_autofree char *occurred_iso = tg_datetime_format (occurred);
  g_autofree char *reported_iso = tg_datetime_format (reported);

  tg_employer_set_name (employer, employers[index % G_N_ELEMENTS (employers)]);
  tg_employer_set_bin (employer, bin);
  tg_employer_set_activity (employer, "07.10");
  tg_employer_set_address (employer, "Қарағанды қ., Бұқар жырау д-лы, 12");
  tg_case_set_employer (kase, employer);
  tg_case_set_region (kase, regions[index % G_N_ELEMENTS (regions)]);
  tg_case_set_occurred (kase, occurred_iso);
  tg_case_set_reported (kase, reported_iso);
  tg_case_set_place (kase, "шахта «Ленин», 3-горизонт");
  tg_case_set_circumstances (kase, "внезапный выброс метана");
  for (guint v = 0; v < n_victims; v++)
    {
      g_autoptr(TgVictim) victim = tg_victim_new ();
      g_autofree char *id = g_strdup_printf ("v%u", v + 1);
      g_autofree char *iin = compose_iin (index * 11 + v);
      GDate birth;
      TgSex sex;

      tg_iin_decode (iin, &birth, &sex);
      {
        g_autofree char *birth_iso = tg_date_format_iso (&birth);
        tg_victim_set_birth_date (victim, birth_iso);
      }
      tg_victim_set_id (victim, id);
      tg_victim_set_full_name (victim, names[(index + v) % G_N_ELEMENTS (names)]);
      tg_victim_set_iin (victim, iin);
      tg_victim_set_sex (victim, sex);
      tg_victim_set_occupation (victim, "проходчик");
      tg_victim_set_severity (victim, v < n_deaths ? TG_SEVERITY_FATAL : (index % 3 ? TG_SEVERITY_SEVERE : TG_SEVERITY_LIGHT));
      if (v < n_deaths)
        {
          g_autofree char *died = g_date_time_format (occurred, "%Y-%m-%d");
          tg_victim_set_died_on (victim, died);
        }
      g_list_store_append (tg_case_get_victims (kase), victim);
    }
  return kase;
}

gboolean
tg_test_populate (TgStore *store,
                  guint    n,
                  GError **error)
{
  g_autofree char *saved_today = g_strdup (g_getenv ("TERGEU_TODAY"));

  if (!tg_store_begin (store, error))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      static const guint shapes[][2] = { { 1, 0 }, { 1, 1 }, { 2, 0 }, { 1, 0 }, { 4, 4 }, { 3, 1 }, { 1, 0 } };
      g_autoptr(TgCase) draft = tg_test_case_new (i, shapes[i % G_N_ELEMENTS (shapes)][0],
                                                  shapes[i % G_N_ELEMENTS (shapes)][1]);
      g_autoptr(TgCase) kase = NULL;
      g_autoptr(TgCase) routed = NULL;
      GDate day;

      kase = tg_command_register (store, draft, error);
      if (kase == NULL)
        goto fail;
      /* Start the clock some days ago: spread over overdue, near and later. */
      tg_datetime_date (tg_case_get_reported (kase), &day);
      {
        g_autofree char *iso = tg_date_format_iso (&day);
        g_setenv ("TERGEU_TODAY", iso, TRUE);
      }
      if (i % 7 != 3 &&
          (routed = tg_command_run (store, tg_case_get_id (kase), -1, "route", NULL, NULL, error)) == NULL)
        goto fail;
      if (saved_today != NULL)
        g_setenv ("TERGEU_TODAY", saved_today, TRUE);
      else
        g_unsetenv ("TERGEU_TODAY");
    }
  return tg_store_commit (store, error);

fail:
  tg_store_rollback (store);
  return FALSE;
}

/* Runs @name on @id with the a{sv} text @params; FALSE on refusal. */
static gboolean
run (TgStore    *store,
     const char *id,
     const char *name,
     const char *params,
     GError    **error)
{
  g_autoptr(GVariant) value = g_variant_parse (G_VARIANT_TYPE_VARDICT, params, NULL, NULL, error);
  g_autoptr(TgCase) kase = NULL;

  if (value == NULL)
    return FALSE;
  kase = tg_command_run (store, id, -1, name, g_steal_pointer (&value), NULL, error);
  return kase != NULL;
}

char *
tg_test_full_case (TgStore  *store,
                   gboolean  committee,
                   GError  **error)
{
  g_autoptr(TgCase) draft = tg_test_case_new (500 + committee, committee ? 4 : 1, committee ? 4 : 0);
  g_autoptr(TgCase) kase = NULL;
  g_autofree char *id = NULL;
  g_autofree char *today = NULL;
  g_autofree char *answer = NULL;
  g_autofree char *file = NULL;
  g_autofree char *decide = NULL;
  g_autofree char *appeal = NULL;
  GDate date;

  tg_case_set_hazardous_facility (draft, TRUE);
  kase = tg_command_register (store, draft, error);
  if (kase == NULL)
    return NULL;
  id = g_strdup (tg_case_get_id (kase));
  g_date_clear (&date, 1);
  tg_today (&date);
  today = tg_date_format_iso (&date);
  answer = g_strdup_printf ("{'request': <'r1'>, 'answered': <'%s'>, 'answer': <'The file is attached'>}", today);
  file = g_strdup_printf ("{'filed-by': <'worker'>, 'subject': <'formalization'>, 'filed': <'%s'>, "
                          "'claim': <'The act blames the victim'>}", today);
  decide = g_strdup_printf ("{'dispute': <'d1'>, 'outcome': <'rejected'>, 'decided-on': <'%s'>, "
                            "'decided-by': <'A. Chairman'>, 'reasoning': <'The act is sound'>}", today);
  appeal = g_strdup_printf ("{'dispute': <'d1'>, 'court': <'Court No. 2'>, 'filed': <'%s'>, "
                            "'result': <'Pending'>}", today);
  if (!run (store, id, "route", "{}", error) ||
      !run (store, id, "member-add", "{'role': <'chair'>, 'full-name': <'Сейітов Марат'>, "
                                     "'position': <'Chief inspector'>, 'organization': <'Committee'>}", error) ||
      !run (store, id, "member-add", "{'role': <'member'>, 'full-name': <'Ким Ольга'>, "
                                     "'position': <'Engineer'>, 'organization': <'Trade union'>}", error) ||
      !run (store, id, "member-add", "{'role': <'secretary'>, 'full-name': <'Омаров Ерлан'>, "
                                     "'position': <'Inspector'>, 'organization': <'Karaganda inspectorate'>}", error))
    return NULL;
  if (committee && !run (store, id, "appoint", "{'order-number': <'7-к'>}", error))
    return NULL;
  if (!run (store, id, "findings", "{'work-related': <true>, 'causes': <['Methane outburst', 'No gas control']>, "
                                   "'responsible': <['Mine director']>, "
                                   "'violations': <['Labour Code art. 182', 'Safety rules p. 12']>, "
                                   "'fault-employer': <int64 70>, 'fault-employee': <int64 30>}", error) ||
      !run (store, id, "request", "{'to': <'Karaganda inspectorate'>, 'subject': <'The investigation file'>}", error) ||
      !run (store, id, "answer", answer, error) ||
      !run (store, id, "dispute-file", file, error) ||
      !run (store, id, "dispute-position", "{'dispute': <'d1'>, 'party': <'employer'>, 'text': <'The act is right'>}",
            error) ||
      !run (store, id, "dispute-decide", decide, error) ||
      !run (store, id, "dispute-appeal", appeal, error))
    return NULL;
  return g_steal_pointer (&id);
}
