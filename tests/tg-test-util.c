/* tg-test-util.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "tg-identifiers.h"
#include "tg-member.h"
#include "tg-test-util.h"
#include "tg-victim.h"

gpointer
tg_test_add_victim (TgCase     *kase,
                    TgSeverity  severity)
{
  GListStore *victims = tg_case_get_victims (kase);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (victims));
  g_autoptr(TgVictim) v = tg_victim_new ();
  g_autofree char *id = g_strdup_printf ("v%u", n + 1);
  g_autofree char *iin = NULL;
  g_autofree char *birth = NULL;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1 + n % 28, 1 + n % 12, 1970 + n % 30);
  for (guint serial = 1; iin == NULL; serial++)
    iin = tg_iin_compose (&date, n % 2 ? TG_SEX_FEMALE : TG_SEX_MALE, serial + n * 10);
  birth = g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date));

  tg_victim_set_id (v, id);
  tg_victim_set_full_name (v, n % 2 ? "Исаева Гүлнар Маратқызы" : "Ахметов Серік Болатұлы");
  tg_victim_set_iin (v, iin);
  tg_victim_set_birth_date (v, birth);
  tg_victim_set_sex (v, n % 2 ? TG_SEX_FEMALE : TG_SEX_MALE);
  tg_victim_set_occupation (v, "горнорабочий");
  tg_victim_set_severity (v, severity);
  if (severity == TG_SEVERITY_FATAL)
    tg_victim_set_died_on (v, "2026-11-18");
  g_list_store_append (victims, v);
  return v;
}

TgCase *
tg_test_make_case (guint light,
                   guint severe,
                   guint fatal)
{
  TgCase *kase = tg_case_new ();
  TgEmployer *emp = tg_case_get_employer (kase);

  tg_case_set_region (kase, "08");
  tg_employer_set_name (emp, "ТОО «Сарыарка Көмір»");
  tg_employer_set_bin (emp, "170340001238");
  tg_employer_set_activity (emp, "05.10");
  tg_case_set_occurred (kase, "2026-11-18T14:30:00+05:00");
  tg_case_set_reported (kase, "2026-11-18T16:05:00+05:00");
  tg_case_set_place (kase, "Шахта «Тентек», 3-горизонт");
  tg_case_set_circumstances (kase, "Внезапный выброс метана.");
  for (guint i = 0; i < fatal; i++)
    tg_test_add_victim (kase, TG_SEVERITY_FATAL);
  for (guint i = 0; i < severe; i++)
    tg_test_add_victim (kase, TG_SEVERITY_SEVERE);
  for (guint i = 0; i < light; i++)
    tg_test_add_victim (kase, TG_SEVERITY_LIGHT);
  return kase;
}

void
tg_test_add_commission (TgCase *kase,
                        guint   n_members)
{
  g_autoptr(TgCommission) com = tg_commission_new ();

  for (guint i = 0; i <= n_members; i++)
    {
      g_autoptr(TgMember) m = tg_member_new ();
      g_autofree char *name = g_strdup_printf ("Омаров Данияр %u", i);

      tg_member_set_role (m, i == 0 ? TG_ROLE_CHAIR : TG_ROLE_MEMBER);
      tg_member_set_full_name (m, name);
      tg_member_set_position (m, "главный государственный инспектор труда");
      tg_member_set_organization (m, "Комитет");
      g_list_store_append (tg_commission_get_members (com), m);
    }
  tg_investigation_set_commission (tg_case_get_investigation (kase), com);
}

TgStore *
tg_test_open_store (char **dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  TgStore *store;

  *dir = g_dir_make_tmp ("tergeu-test-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (*dir, "cases.db", NULL);
  store = tg_store_open (path, &error);
  g_assert_no_error (error);
  return store;
}

void
tg_test_remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

GBytes *
tg_test_read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize len = 0;

  g_file_get_contents (path, &data, &len, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (data, len);
}
