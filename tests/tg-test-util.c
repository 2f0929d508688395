/* tg-test-util.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "tg-identifiers.h"
#include "tg-member.h"
#include "tg-pg-server.h"
#include "tg-store-collation.h"
#include "tg-store-location.h"
#include "tg-store-statistics.h"
#include "tg-test-pg.h"
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

/* Member @i of the commissions tests make: a chair, then members. */
static TgMember *
test_member (guint i)
{
  TgMember *m = tg_member_new ();
  g_autofree char *name = g_strdup_printf ("Омаров Данияр %u", i);

  tg_member_set_role (m, i == 0 ? TG_ROLE_CHAIR : TG_ROLE_MEMBER);
  tg_member_set_full_name (m, name);
  tg_member_set_position (m, "главный государственный инспектор труда");
  tg_member_set_organization (m, "Комитет");
  return m;
}

void
tg_test_add_commission (TgCase *kase,
                        guint   n_members)
{
  g_autoptr(TgCommission) com = tg_commission_new ();

  for (guint i = 0; i <= n_members; i++)
    {
      g_autoptr(TgMember) m = test_member (i);
      g_list_store_append (tg_commission_get_members (com), m);
    }
  tg_investigation_set_commission (tg_case_get_investigation (kase), com);
}

gboolean
tg_test_on_server (void)
{
  return g_strcmp0 (g_getenv ("TERGEU_TEST_ENGINE"), "postgresql") == 0;
}

/* A test program asked to run against a server on a machine without
 * PostgreSQL skips whole, before its plan (TAP's "1..0 # SKIP"), as the
 * server's own programs do (tg_test_pg_have), instead of failing at its
 * first store. */
__attribute__ ((constructor)) static void
skip_without_server (void)
{
  g_autofree char *why = NULL;

  if (tg_test_on_server () && !tg_test_pg_installed (&why))
    {
      printf ("1..0 # SKIP %s\n", why);
      fflush (stdout);
      _exit (0);
    }
}

/* The login the tests' stores use on the server: an investigator and an
 * administrator, as a desk would be, never the superuser. */
#define DESK "desk"

static struct
{
  gboolean    started;
  guint       n_databases;
  GHashTable *tests;      /* the paths of the tests that opened a store */
} server;

static void
server_report (void)
{
  g_autofree char *described = tg_test_pg_describe ();

  g_print ("# %u tests ran against %s\n", g_hash_table_size (server.tests), described);
  tg_test_pg_stop ();
}

static void
server_start (void)
{
  g_autofree char *why = NULL;

  if (server.started)
    return;
  if (tg_test_pg_start (&why) != TG_TEST_PG_STARTED)
    g_error ("TERGEU_TEST_ENGINE=postgresql, and no PostgreSQL cluster started: %s", why);
  tg_test_pg_create_login (DESK);
  server.tests = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  server.started = TRUE;
  atexit (server_report);
}

char *
tg_test_server_location (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *owner = NULL;

  server_start ();
  name = g_strdup_printf ("tergeu_%u", ++server.n_databases);
  tg_test_pg_create_db (name);
  owner = tg_test_pg_conninfo (name, "postgres");
  g_assert_true (tg_pg_server_init (owner, NULL, NULL, &error));
  g_assert_no_error (error);
  if (server.n_databases == 1)
    {
      g_assert_true (tg_pg_server_grant (owner, DESK, TG_SERVER_ROLE_ADMIN, &error));
      g_assert_true (tg_pg_server_grant (owner, DESK, TG_SERVER_ROLE_INVESTIGATOR, &error));
      g_assert_no_error (error);
    }
  if (g_test_get_path () != NULL)
    g_hash_table_add (server.tests, g_strdup (g_test_get_path ()));
  return tg_test_pg_conninfo (name, DESK);
}

char *
tg_test_db_location (const char *dir,
                     const char *name)
{
  if (tg_test_on_server ())
    return tg_test_server_location ();
  return g_build_filename (dir, name, NULL);
}

gboolean
tg_test_file_only (const char *why)
{
  if (!tg_test_on_server ())
    return FALSE;
  g_test_skip (why);
  return TRUE;
}

void
tg_test_exec_sql (const char *location,
                  const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  if (tg_store_location_kind (location) == TG_STORE_LOCATION_SERVER)
    {
      PQconninfoOption *options = PQconninfoParse (location, NULL);
      g_autoptr(PGconn) conn = NULL;

      g_assert_nonnull (options);
      for (PQconninfoOption *o = options; o->keyword != NULL; o++)
        if (g_str_equal (o->keyword, "dbname"))
          conn = tg_test_pg_connect (o->val, "postgres");
      PQconninfoFree (options);
      g_assert_nonnull (conn);
      PQclear (tg_test_pg_ok (conn, sql));
      return;
    }
  g_assert_cmpint (sqlite3_open_v2 (location, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL), ==, SQLITE_OK);
  sqlite3_create_collation_v2 (db, TG_COLLATION_KAZAKH, SQLITE_UTF8, NULL, tg_collation_kazakh_compare, NULL);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
}

static void
append_stat_row (const char *key,
                 guint       cases,
                 guint       victims,
                 guint       deaths,
                 guint       severe,
                 gpointer    user_data)
{
  g_string_append_printf (user_data, "%s:%u/%u/%u/%u ", key, cases, victims, deaths, severe);
}

char *
tg_test_statistics (TgStore *store)
{
  TgStatSpan all = { "", "9999-99", { NULL, NULL }, { NULL, NULL } };
  GString *out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  for (TgStatSource source = TG_STAT_SOURCE_REGION; source <= TG_STAT_SOURCE_CAUSE; source++)
    {
      g_string_append_printf (out, "\nstatistics %d: ", source);
      g_assert_true (tg_store_statistics (store, source, &all, append_stat_row, out, &error));
    }
  g_assert_no_error (error);
  return g_string_free (out, FALSE);
}

TgStore *
tg_test_open_store (char **dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  TgStore *store;

  *dir = g_dir_make_tmp ("tergeu-test-XXXXXX", &error);
  g_assert_no_error (error);
  path = tg_test_db_location (*dir, "cases.db");
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

      /* Backups live in folders of their own (backups/cases.db/). */
      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        tg_test_remove_dir (path);
      else
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

/* The same of a database on the server: every row of every table of
 * Tergeu's, as the server writes it out, in order. */
static char *
server_digest (const char *location)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(PGconn) conn = PQconnectdb (location);
  g_autoptr(PGresult) tables = NULL;

  g_assert_cmpint (PQstatus (conn), ==, CONNECTION_OK);
  tables = tg_test_pg_ok (conn, "SELECT quote_ident (tablename) FROM pg_tables WHERE schemaname = 'public'"
                                " ORDER BY tablename");
  for (int i = 0; i < PQntuples (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT t::text FROM %s t ORDER BY 1", PQgetvalue (tables, i, 0));
      g_autoptr(PGresult) rows = tg_test_pg_ok (conn, sql);

      g_checksum_update (sum, (const guchar *) sql, -1);
      for (int r = 0; r < PQntuples (rows); r++)
        {
          g_checksum_update (sum, (const guchar *) "|", 1);
          g_checksum_update (sum, (const guchar *) PQgetvalue (rows, r, 0), -1);
        }
    }
  return g_strdup (g_checksum_get_string (sum));
}

char *
tg_test_database_digest (const char *path)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  if (tg_store_location_kind (path) == TG_STORE_LOCATION_SERVER)
    return server_digest (path);

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_master WHERE type = 'table'"
                                       " AND name NOT LIKE 'sqlite_%' ORDER BY name", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  for (guint i = 0; i < tables->len; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\"", (char *) tables->pdata[i]);

      if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
        continue;   /* virtual tables of FTS5 without their module */
      g_checksum_update (sum, (const guchar *) sql, -1);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        for (int c = 0; c < sqlite3_column_count (stmt); c++)
          {
            const void *blob = sqlite3_column_blob (stmt, c);
            int n = sqlite3_column_bytes (stmt, c);
            g_checksum_update (sum, (const guchar *) "|", 1);
            if (blob != NULL)
              g_checksum_update (sum, blob, n);
          }
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);
  return g_strdup (g_checksum_get_string (sum));
}

/* ------------------------------------------------------------ commands */

GVariant *
tg_test_params (const char *first_key,
                ...)
{
  GVariantDict dict;
  va_list args;

  g_variant_dict_init (&dict, NULL);
  va_start (args, first_key);
  for (const char *key = first_key; key != NULL; key = va_arg (args, const char *))
    g_variant_dict_insert_value (&dict, key, va_arg (args, GVariant *));
  va_end (args);
  return g_variant_dict_end (&dict);
}

GVariant *
tg_test_victim_params (gpointer victim)
{
  TgVictim *v = victim;
  GVariantDict dict;

  g_variant_dict_init (&dict, NULL);
  g_variant_dict_insert (&dict, "full-name", "s", tg_victim_get_full_name (v));
  g_variant_dict_insert (&dict, "iin", "s", tg_victim_get_iin (v));
  g_variant_dict_insert (&dict, "birth-date", "s", tg_victim_get_birth_date (v));
  g_variant_dict_insert (&dict, "sex", "s", tg_enum_to_nick (TG_TYPE_SEX, tg_victim_get_sex (v)));
  g_variant_dict_insert (&dict, "severity", "s", tg_enum_to_nick (TG_TYPE_SEVERITY, tg_victim_get_severity (v)));
  if (tg_victim_get_occupation (v) != NULL)
    g_variant_dict_insert (&dict, "occupation", "s", tg_victim_get_occupation (v));
  if (tg_victim_get_injury (v) != NULL)
    g_variant_dict_insert (&dict, "injury", "s", tg_victim_get_injury (v));
  if (tg_victim_get_died_on (v) != NULL)
    g_variant_dict_insert (&dict, "died-on", "s", tg_victim_get_died_on (v));
  if (tg_victim_get_experience_months (v) >= 0)
    g_variant_dict_insert (&dict, "experience-months", "x", (gint64) tg_victim_get_experience_months (v));
  if (tg_victim_get_briefed_on (v) != NULL)
    g_variant_dict_insert (&dict, "briefed-on", "s", tg_victim_get_briefed_on (v));
  if (tg_victim_get_trained_on (v) != NULL)
    g_variant_dict_insert (&dict, "trained-on", "s", tg_victim_get_trained_on (v));
  return g_variant_dict_end (&dict);
}

GVariant *
tg_test_member_params (gpointer member)
{
  TgMember *m = member;
  GVariantDict dict;

  g_variant_dict_init (&dict, NULL);
  g_variant_dict_insert (&dict, "role", "s", tg_enum_to_nick (TG_TYPE_ROLE, tg_member_get_role (m)));
  g_variant_dict_insert (&dict, "full-name", "s", tg_member_get_full_name (m));
  if (tg_member_get_position (m) != NULL)
    g_variant_dict_insert (&dict, "position", "s", tg_member_get_position (m));
  if (tg_member_get_organization (m) != NULL)
    g_variant_dict_insert (&dict, "organization", "s", tg_member_get_organization (m));
  if (tg_member_get_position_kk (m) != NULL)
    g_variant_dict_insert (&dict, "position-kk", "s", tg_member_get_position_kk (m));
  if (tg_member_get_organization_kk (m) != NULL)
    g_variant_dict_insert (&dict, "organization-kk", "s", tg_member_get_organization_kk (m));
  return g_variant_dict_end (&dict);
}

TgCase *
tg_test_register (TgStore *store,
                  TgCase  *draft)
{
  g_autoptr(GError) error = NULL;
  TgCase *kase = tg_command_register (store, draft, &error);

  if (kase == NULL)
    g_error ("register: %s", error->message);
  g_assert_cmpint (tg_case_get_revision (kase), ==, 1);
  return kase;
}

TgCase *
tg_test_apply (TgStore    *store,
               TgCase    **kase,
               const char *name,
               GVariant   *params)
{
  g_autoptr(GError) error = NULL;
  TgCase *after = tg_command_run (store, tg_case_get_number (*kase), tg_case_get_revision (*kase),
                                  name, params, NULL, &error);

  if (after == NULL)
    g_error ("%s on %s: %s", name, tg_case_get_number (*kase), error->message);
  g_object_unref (*kase);
  *kase = after;
  return after;
}

void
tg_test_form_commission (TgStore *store,
                         TgCase **kase,
                         guint    n_members)
{
  for (guint i = 0; i <= n_members; i++)
    {
      g_autoptr(TgMember) m = test_member (i);

      tg_test_apply (store, kase, "member-add", tg_test_member_params (m));
    }
}
