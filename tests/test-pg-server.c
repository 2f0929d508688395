/* test-pg-server.c — the office server: schema, rules the server keeps, roles
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Against a real PostgreSQL server, started once for the program
 * (tg-test-pg.c): `tergeu-cli server init` and `server grant`, then plain
 * SQL through libpq as the logins of each role, as a person with psql
 * could type it.
 */
#define G_LOG_DOMAIN "test-pg-server"

#include "config.h"

#include <locale.h>
#include <string.h>

#include <sqlite3.h>

#include "tg-pg-server.h"
#include "tg-store.h"
#include "tg-store-collation.h"
#include "tg-store-location.h"
#include "tg-test-pg.h"
#include "tg-test-util.h"

#define DB "tergeu"

/* Runs tergeu-cli server @args… --db @conninfo in @lang (NULL: English);
 * returns the exit status. */
static int
run_server_cli (const char  *lang,
                const char  *conninfo,
                char       **out,
                char       **err,
                ...) G_GNUC_NULL_TERMINATED;

static int
run_server_cli (const char  *lang,
                const char  *conninfo,
                char       **out,
                char       **err,
                ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list ap;
  int status = -1;

  g_ptr_array_add (argv, (gpointer) g_getenv ("TERGEU_CLI"));
  g_ptr_array_add (argv, "server");
  va_start (ap, err);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (argv, "--db");
  g_ptr_array_add (argv, (gpointer) conninfo);
  g_ptr_array_add (argv, NULL);
  env = lang != NULL ? g_environ_setenv (env, "LANGUAGE", lang, TRUE) : g_environ_unsetenv (env, "LANGUAGE");
  g_spawn_sync (NULL, (char **) argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL, out, err, &status, &error);
  g_assert_no_error (error);
  g_test_message ("tergeu-cli server %s: %s%s", (char *) argv->pdata[2], *out, *err);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

/* The database @name, made and initialized once. */
static void
ensure_db (const char *name)
{
  static GHashTable *made;
  g_autofree char *conninfo = NULL;
  g_autoptr(GError) error = NULL;

  if (made == NULL)
    made = g_hash_table_new (g_str_hash, g_str_equal);
  if (g_hash_table_contains (made, name))
    return;
  tg_test_pg_create_db (name);
  conninfo = tg_test_pg_conninfo (name, "postgres");
  g_assert_true (tg_pg_server_init (conninfo, NULL, NULL, &error));
  g_assert_no_error (error);
  g_hash_table_add (made, g_strdup (name));
}

/* The login @user, made once, with @role given by the CLI. */
static void
ensure_login (const char *user,
              const char *role)
{
  static GHashTable *made;
  g_autofree char *conninfo = tg_test_pg_conninfo (DB, "postgres");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  if (made == NULL)
    made = g_hash_table_new (g_str_hash, g_str_equal);
  if (g_hash_table_contains (made, user))
    return;
  /* roles belong to the cluster: any initialized database will do */
  ensure_db (DB);
  tg_test_pg_create_login (user);
  g_assert_cmpint (run_server_cli (NULL, conninfo, &out, &err, "grant", user, role, NULL), ==, 0);
  g_hash_table_add (made, g_strdup (user));
}

/* A fingerprint of everything init makes: objects, grants and versions. */
static char *
schema_fingerprint (PGconn *conn)
{
  return tg_test_pg_value (conn,
    "SELECT md5 (string_agg (x, ',' ORDER BY x)) FROM ("
    " SELECT c.relname::text || c.relkind::text || coalesce (c.relacl::text, '') AS x FROM pg_class c"
    "  JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'"
    " UNION ALL SELECT tgname::text FROM pg_trigger WHERE NOT tgisinternal"
    " UNION ALL SELECT proname::text FROM pg_proc WHERE pronamespace = 'public'::regnamespace"
    " UNION ALL SELECT version::text || applied_at::text FROM tergeu_schema"
    " UNION ALL SELECT r.rolname::text || ':' || m.rolname::text || m2.admin_option::text FROM pg_auth_members m2"
    "  JOIN pg_roles r ON r.oid = m2.roleid JOIN pg_roles m ON m.oid = m2.member) s");
}

static void
test_init_creates_and_is_idempotent (void)
{
  g_autofree char *conninfo = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *out2 = NULL;
  g_autofree char *err2 = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *version = NULL;
  g_autofree char *tables = NULL;
  g_autoptr(PGconn) conn = NULL;

  if (!tg_test_pg_have ())
    return;
  tg_test_pg_create_db ("tergeu_init");
  conninfo = tg_test_pg_conninfo ("tergeu_init", "postgres");
  g_assert_cmpint (run_server_cli (NULL, conninfo, &out, &err, "init", NULL), ==, 0);
  g_assert_cmpstr (out, ==, "created\t" G_STRINGIFY (TG_STORE_SCHEMA_VERSION) "\n");

  conn = tg_test_pg_connect ("tergeu_init", "postgres");
  version = tg_test_pg_value (conn, "SELECT max (version) FROM tergeu_schema");
  g_assert_cmpint (g_ascii_strtoll (version, NULL, 10), ==, TG_STORE_SCHEMA_VERSION);
  tables = tg_test_pg_value (conn,
    "SELECT count (*) FROM pg_tables WHERE schemaname = 'public' AND tablename IN ('cases', 'victims',"
    " 'members', 'extensions', 'findings_items', 'disputes', 'dispute_positions', 'requests', 'documents',"
    " 'history', 'settings', 'dated_settings', 'calendar_entries', 'number_sequence', 'order_sequence',"
    " 'receipts', 'conflicts', 'exchange_log', 'reviews', 'act_receipts', 'stat_cells', 'stat_causes',"
    " 'cases_fts', 'tergeu_schema')");
  g_assert_cmpstr (tables, ==, "24");
  g_free (tables);
  tables = tg_test_pg_value (conn, "SELECT count (*) FROM pg_roles WHERE rolname IN"
                                   " ('tergeu_reader', 'tergeu_investigator', 'tergeu_admin') AND NOT rolcanlogin");
  g_assert_cmpstr (tables, ==, "3");

  /* Again, by a URI this time: nothing changes. */
  before = schema_fingerprint (conn);
  uri = g_strdup_printf ("postgresql://postgres@/tergeu_init?host=%s", strstr (conninfo, "host=") + 5);
  *strchr (uri, ' ') = '\0';
  g_assert_cmpint (run_server_cli (NULL, uri, &out2, &err2, "init", NULL), ==, 0);
  g_assert_cmpstr (out2, ==, "current\t" G_STRINGIFY (TG_STORE_SCHEMA_VERSION) "\n");
  after = schema_fingerprint (conn);
  g_assert_cmpstr (before, ==, after);
}

static char *insert_case (PGconn *conn, const char *number, const char *region, const char *occurred,
                          const char *severity, int n_victims);

/* Schemas 6 → 7 → 8 → 9 (pg/upgrade-7.sql, upgrade-8.sql,
 * upgrade-9.sql): a server of version 6, made to pose as one (its steps
 * taken back), is upgraded by init; the words of the cases it has are
 * there to be found by a part, their first letters by GIN, and the
 * indexes of a year hold the rowid. */
static void
test_init_upgrades (void)
{
  g_autofree char *conninfo = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *rowid = NULL;
  g_autofree char *words = NULL;
  g_autofree char *version = NULL;
  g_autoptr(PGconn) conn = NULL;

  if (!tg_test_pg_have ())
    return;
  tg_test_pg_create_db ("tergeu_upgrade");
  conninfo = tg_test_pg_conninfo ("tergeu_upgrade", "postgres");
  g_assert_cmpint (run_server_cli (NULL, conninfo, &out, &err, "init", NULL), ==, 0);
  conn = tg_test_pg_connect ("tergeu_upgrade", "postgres");
  rowid = insert_case (conn, "09-2026-000001", "09", "2026-11-18", "light", 1);
  {
    const char * const params[] = { rowid };
    g_autoptr(PGresult) res = PQexecParams (conn,
      "INSERT INTO cases_fts (rowid, number, employer, victims, place)"
      " VALUES ($1::bigint, '09-2026-000001', 'ТОО «Нұрбаев Құрылыс»', 'Серікбаев Ержан', 'Астана 2-й мкр')",
      1, NULL, params, NULL, NULL, 0);

    g_assert_cmpint (PQresultStatus (res), ==, PGRES_COMMAND_OK);
  }
  PQclear (tg_test_pg_ok (conn,
    "DROP INDEX cases_fts_prefixes; ALTER TABLE cases_fts DROP COLUMN prefixes;"
    " DROP FUNCTION fts_prefixes (tsvector);"
    " DROP TABLE search_words; DROP FUNCTION search_words_fill ();"
    " ALTER TABLE cases_fts ADD COLUMN words text GENERATED ALWAYS AS ("
    "  coalesce (number, '') || ' ' || coalesce (employer, '') || ' ' || coalesce (bin, '') || ' ' ||"
    "  coalesce (victims, '') || ' ' || coalesce (iins, '') || ' ' || coalesce (place, '')) STORED;"
    " CREATE INDEX cases_fts_words ON cases_fts USING gin (words gin_trgm_ops);"
    " DROP INDEX cases_control; ALTER TABLE cases DROP COLUMN report_delay;"
    " CREATE INDEX cases_control ON cases (deadline, region, state, number, id, body, employer_name,"
    "  occurred, reported, act_date, act_number, started, rowid) WHERE deadline IS NOT NULL AND deleted = 0;"
    " UPDATE cases SET occurred = '2026-11-18T14:30:00+05:00', reported = '2026-11-19T10:00:00+05:00';"
    " DROP INDEX cases_year; CREATE INDEX cases_year ON cases (year, number) WHERE deleted = 0;"
    " DROP INDEX cases_region_year;"
    " CREATE INDEX cases_region_year ON cases (region, year, number) WHERE deleted = 0;"
    " DELETE FROM tergeu_schema WHERE version >= 7"));

  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_server_cli (NULL, conninfo, &out, &err, "init", NULL), ==, 0);
  g_assert_cmpstr (out, ==, "upgraded\t6\t9\n");
  version = tg_test_pg_value (conn, "SELECT max (version) FROM tergeu_schema");
  g_assert_cmpstr (version, ==, "9");
  words = tg_test_pg_value (conn, "SELECT string_agg (indexname, ' ' ORDER BY indexname) FROM pg_indexes"
                                  " WHERE indexname IN ('cases_year', 'cases_region_year')"
                                  " AND indexdef LIKE '%INCLUDE (rowid)%'");
  g_assert_cmpstr (words, ==, "cases_region_year cases_year");
  g_free (words);
  /* Two, three and four letters of each word, lower-case; not of "й". */
  words = tg_test_pg_value (conn, "SELECT CAST (prefixes AS text) FROM cases_fts");
  g_assert_cmpstr (words, ==, "'^00' '^000' '^0000' '^09' '^20' '^202' '^2026' '^ас' '^аст' '^аста' '^ер' '^ерж' '^ержа'"
                              " '^мк' '^мкр' '^нұ' '^нұр' '^нұрб' '^се' '^сер' '^сері' '^то' '^тоо' '^құ' '^құр' '^құры'");
  g_free (words);
  /* Lower-case, letters only, four or more: not "2", "й", "мкр" or "09". */
  words = tg_test_pg_value (conn, "SELECT string_agg (word, ' ' ORDER BY word) FROM search_words");
  g_assert_cmpstr (words, ==, "астана ержан нұрбаев серікбаев құрылыс");  /* bytewise */
  g_free (words);
  words = tg_test_pg_value (conn, "SELECT count (*) FROM information_schema.columns"
                                  " WHERE table_name = 'cases_fts' AND column_name = 'words'");
  g_assert_cmpstr (words, ==, "0");
  g_free (words);
  /* Reported 19 h 30 min after the accident. */
  words = tg_test_pg_value (conn, "SELECT report_delay FROM cases");
  g_assert_cmpstr (words, ==, "70200");
}

static void
test_init_refusals (void)
{
  g_autofree char *conninfo = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(PGconn) conn = NULL;
  g_autoptr(PGconn) other = NULL;
  g_autoptr(GError) error = NULL;

  if (!tg_test_pg_have ())
    return;
  /* A newer schema: refused, unchanged. */
  ensure_db ("tergeu_newer");
  conn = tg_test_pg_connect ("tergeu_newer", "postgres");
  PQclear (tg_test_pg_ok (conn, "INSERT INTO tergeu_schema (version) VALUES (99)"));
  before = schema_fingerprint (conn);
  conninfo = tg_test_pg_conninfo ("tergeu_newer", "postgres");
  g_assert_false (tg_pg_server_init (conninfo, NULL, NULL, &error));
  g_assert_error (error, TG_PG_ERROR, TG_PG_ERROR_TOO_NEW);
  g_assert_cmpint (run_server_cli (NULL, conninfo, &out, &err, "init", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "newer version of Tergeu (schema 99"));
  after = schema_fingerprint (conn);
  g_assert_cmpstr (before, ==, after);
  g_clear_error (&error);

  /* A version no server ever had. */
  ensure_db ("tergeu_odd");
  g_clear_pointer (&other, PQfinish);
  other = tg_test_pg_connect ("tergeu_odd", "postgres");
  PQclear (tg_test_pg_ok (other, "DELETE FROM tergeu_schema; INSERT INTO tergeu_schema (version) VALUES (5)"));
  g_free (conninfo);
  conninfo = tg_test_pg_conninfo ("tergeu_odd", "postgres");
  g_assert_false (tg_pg_server_init (conninfo, NULL, NULL, &error));
  g_assert_error (error, TG_PG_ERROR, TG_PG_ERROR_FOREIGN);
  g_clear_error (&error);
  g_clear_pointer (&other, PQfinish);

  /* Another application's database. */
  tg_test_pg_create_db ("foreign_app");
  other = tg_test_pg_connect ("foreign_app", "postgres");
  PQclear (tg_test_pg_ok (other, "CREATE TABLE cases (x int)"));
  g_free (conninfo);
  conninfo = tg_test_pg_conninfo ("foreign_app", "postgres");
  g_assert_false (tg_pg_server_init (conninfo, NULL, NULL, &error));
  g_assert_error (error, TG_PG_ERROR, TG_PG_ERROR_FOREIGN);
  g_clear_error (&error);

  /* A password on the command line. */
  g_assert_false (tg_pg_server_init ("postgresql://postgres:secret@localhost/tergeu", NULL, NULL, &error));
  g_assert_error (error, TG_PG_ERROR, TG_PG_ERROR_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (tg_pg_server_init ("host=/nonexistent dbname=tergeu password=secret", NULL, NULL, &error));
  g_assert_error (error, TG_PG_ERROR, TG_PG_ERROR_ARGUMENT);
  g_clear_error (&error);
}

/* Each statement, as @user, is refused with SQLSTATE 42501. */
static void
assert_refused (const char         *user,
                const char * const *statements)
{
  g_autoptr(PGconn) conn = tg_test_pg_connect (DB, user);

  for (guint i = 0; statements[i] != NULL; i++)
    {
      g_autofree char *state = tg_test_pg_try (conn, statements[i]);

      if (g_strcmp0 (state, "42501") != 0)
        g_error ("%s as %s: expected SQLSTATE 42501, got %s", statements[i], user,
                 state != NULL ? state : "success");
    }
}

/* A case row by plain SQL; returns its rowid. */
static char *
insert_case (PGconn     *conn,
             const char *number,
             const char *region,
             const char *occurred,
             const char *severity,
             int         n_victims)
{
  g_autofree char *sql = g_strdup_printf (
    "INSERT INTO cases (id, number, region, year, revision, state, state_since, registered_at,"
    " history_head, occurred, severity, n_victims, n_deaths, n_severe, employer_activity, jurisdiction)"
    " VALUES ('id-%s', '%s', '%s', 2026, 1, 'registered', '2026-11-18', '2026-11-18T10:00:00+05:00',"
    " '', '%s', '%s', %d, %d, %d, '41.20', 'local') RETURNING rowid",
    number, number, region, occurred, severity, n_victims,
    g_str_equal (severity, "fatal") ? 1 : 0, g_str_equal (severity, "severe") ? n_victims : 0);

  return tg_test_pg_value (conn, sql);
}

/* Every table of the schema, each way of changing it, as @user: refused
 * by privileges, before any constraint is looked at. */
static void
assert_refused_everywhere (const char *user)
{
  g_autoptr(PGconn) conn = tg_test_pg_connect (DB, user);
  g_autoptr(PGresult) tables = tg_test_pg_ok (conn,
    "SELECT c.relname, a.attname FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = 1"
    " WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' ORDER BY 1");

  g_assert_cmpint (PQntuples (tables), >=, 24);
  for (int i = 0; i < PQntuples (tables); i++)
    {
      const char *t = PQgetvalue (tables, i, 0);
      const char *column = PQgetvalue (tables, i, 1);
      g_autofree char *insert = g_strdup_printf ("INSERT INTO %s DEFAULT VALUES", t);
      g_autofree char *update = g_strdup_printf ("UPDATE %s SET %s = %s", t, column, column);
      g_autofree char *delete = g_strdup_printf ("DELETE FROM %s", t);
      g_autofree char *truncate = g_strdup_printf ("TRUNCATE %s CASCADE", t);
      const char * const statements[] = { insert, update, delete, truncate, NULL };

      assert_refused (user, statements);
    }
}

static const char * const writes[] = {
  "INSERT INTO cases (id, number, region, year, revision, state, state_since, registered_at, history_head)"
  " VALUES ('x', 'x', '08', 2026, 1, 'registered', '2026-11-18', '2026-11-18', '')",
  "UPDATE cases SET state = 'closed'",
  "DELETE FROM cases",
  "INSERT INTO victims (case_rowid, pos, id, severity) VALUES (1, 0, 'v', 'light')",
  "DELETE FROM victims",
  "INSERT INTO history (case_rowid, at, actor, action, prev_hash, hash) VALUES (1, 'now', 'a', 'b', '', '')",
  "UPDATE history SET actor = 'x'",
  "DELETE FROM history",
  "INSERT INTO settings (key, value) VALUES ('k', 'v')",
  "UPDATE calendar_entries SET note = 'x'",
  "INSERT INTO stat_cells VALUES ('region', '2026-11', '08', 1, 1, 1, 1)",
  "UPDATE stat_cells SET cases = 0",
  "DELETE FROM stat_causes",
  "INSERT INTO cases_fts (rowid, number) VALUES (1, 'x')",
  "TRUNCATE cases CASCADE",
  "TRUNCATE history",
  "INSERT INTO tergeu_schema (version) VALUES (7)",
  "SELECT stat_cells_add (1, 1)",
  NULL
};

static void
test_reader (void)
{
  g_autoptr(PGconn) conn = NULL;
  g_autofree char *conninfo = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *count = NULL;

  if (!tg_test_pg_have ())
    return;
  ensure_db (DB);
  ensure_login ("reader_anna", "reader");
  ensure_login ("someone_else", "reader");
  assert_refused ("reader_anna", writes);
  assert_refused_everywhere ("reader_anna");

  /* Reading is what a reader does. */
  conn = tg_test_pg_connect (DB, "reader_anna");
  count = tg_test_pg_value (conn, "SELECT count (*) FROM cases JOIN history ON history.case_rowid = cases.rowid");
  g_assert_cmpstr (count, !=, NULL);
  PQclear (tg_test_pg_ok (conn, "SELECT * FROM stat_keys, stat_cells, settings LIMIT 1"));

  /* The command line says what was refused, in the user's language. */
  conninfo = tg_test_pg_conninfo (DB, "reader_anna");
  g_assert_cmpint (run_server_cli ("kk", conninfo, &out, &err, "grant", "someone_else", "investigator", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "«reader_anna»"));
  g_assert_nonnull (strstr (err, "tergeu_investigator"));
  g_assert_nonnull (strstr (err, "рұқсат"));
  g_assert_null (strstr (err, "refused"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_server_cli ("ru", conninfo, &out, &err, "grant", "someone_else", "investigator", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "«reader_anna»"));
  g_assert_nonnull (strstr (err, "отказал"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_server_cli (NULL, conninfo, &out, &err, "grant", "someone_else", "investigator", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "refused the login “reader_anna” the right to give “someone_else” the role tergeu_investigator"));

  /* Setting up a database takes its owner. */
  tg_test_pg_create_db ("tergeu_not_hers");
  g_free (conninfo);
  conninfo = tg_test_pg_conninfo ("tergeu_not_hers", "reader_anna");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_server_cli ("kk", conninfo, &out, &err, "init", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "«reader_anna» тіркелгісінің"));
  g_assert_nonnull (strstr (err, "«tergeu_not_hers» дерекқорын дайындауына рұқсат бермеді"));
  {
    g_autoptr(PGconn) owner = tg_test_pg_connect ("tergeu_not_hers", "postgres");
    g_autofree char *tables = tg_test_pg_value (owner, "SELECT count (*) FROM pg_tables WHERE schemaname = 'public'");

    g_assert_cmpstr (tables, ==, "0");
  }
}

static void
test_investigator_and_history (void)
{
  const char * const history_changes[] = {
    "UPDATE history SET actor = 'forged'",
    "DELETE FROM history",
    "TRUNCATE history",
    "UPDATE exchange_log SET summary = 'forged'",
    "DELETE FROM exchange_log",
    "TRUNCATE exchange_log",
    "DELETE FROM reviews",
    "INSERT INTO settings (key, value) VALUES ('k', 'v')",
    "UPDATE stat_cells SET cases = 0",
    "SELECT stat_cells_add (1, 1)",
    "DELETE FROM cases",
    NULL
  };
  g_autoptr(PGconn) inv = NULL;
  g_autoptr(PGconn) owner = NULL;
  g_autoptr(PGconn) admin = NULL;
  g_autofree char *rowid = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *actor = NULL;
  g_autofree char *state = NULL;
  g_autofree char *count = NULL;

  if (!tg_test_pg_have ())
    return;
  ensure_db (DB);
  ensure_login ("investigator_bolat", "investigator");
  ensure_login ("admin_dana", "admin");
  inv = tg_test_pg_connect (DB, "investigator_bolat");
  rowid = insert_case (inv, "08-2026-000001", "08", "2026-11-18", "light", 1);
  PQclear (tg_test_pg_ok (inv, "UPDATE cases SET state = 'local-investigation' WHERE number = '08-2026-000001'"));
  sql = g_strdup_printf ("INSERT INTO history (case_rowid, at, actor, action, prev_hash, hash)"
                         " VALUES (%s, '2026-11-18T10:00:00+05:00', 'Someone Else', 'register', '', 'h1')"
                         " RETURNING actor", rowid);
  actor = tg_test_pg_value (inv, sql);
  g_assert_cmpstr (actor, ==, "investigator_bolat");
  g_free (actor);
  actor = tg_test_pg_value (inv, "INSERT INTO exchange_log (at, actor, direction, prev_hash, hash)"
                                 " VALUES ('now', 'forged', 'import', '', 'h') RETURNING actor");
  g_assert_cmpstr (actor, ==, "investigator_bolat");
  g_free (actor);
  /* History received from elsewhere keeps its author when the transaction
   * says so (as an import does), and the server still records who wrote
   * it here: a received entry cannot hide its importer. A copy's licence
   * is an administrator's only. */
  PQclear (tg_test_pg_ok (inv, "BEGIN"));
  PQclear (tg_test_pg_ok (inv, "SET LOCAL tergeu.received = 'on'"));
  g_free (sql);
  sql = g_strdup_printf ("INSERT INTO history (case_rowid, at, actor, action, prev_hash, hash, recorded_by)"
                         " VALUES (%s, '2026-11-18T11:00:00+05:00', 'Region Inspector', 'route', 'h1', 'h2', 'forged')"
                         " RETURNING actor || '|' || recorded_by", rowid);
  actor = tg_test_pg_value (inv, sql);
  g_assert_cmpstr (actor, ==, "Region Inspector|investigator_bolat");
  g_free (actor);
  PQclear (tg_test_pg_ok (inv, "ROLLBACK"));
  PQclear (tg_test_pg_ok (inv, "BEGIN"));
  PQclear (tg_test_pg_ok (inv, "SET LOCAL tergeu.copying = 'on'"));
  actor = tg_test_pg_value (inv, sql);
  g_assert_cmpstr (actor, ==, "investigator_bolat|investigator_bolat");
  PQclear (tg_test_pg_ok (inv, "ROLLBACK"));
  assert_refused ("investigator_bolat", history_changes);

  /* The owner of the tables is refused too: by the server's triggers. */
  owner = tg_test_pg_connect (DB, "postgres");
  for (guint i = 0; i < 6; i++)
    {
      g_autofree char *s = tg_test_pg_try (owner, history_changes[i]);
      g_assert_cmpstr (s, ==, "42501");
    }
  count = tg_test_pg_value (owner, "SELECT count (*) FROM history WHERE actor = 'investigator_bolat'");
  g_assert_cmpstr (count, ==, "1");

  /* No role holds a privilege to change them either. */
  count = (g_free (count), tg_test_pg_value (owner,
    "SELECT count (*) FROM pg_roles r, unnest (array['history', 'exchange_log', 'reviews']) t"
    " WHERE r.rolname IN ('tergeu_reader', 'tergeu_investigator', 'tergeu_admin', 'investigator_bolat')"
    " AND (has_table_privilege (r.oid, t, 'UPDATE') OR has_table_privilege (r.oid, t, 'DELETE')"
    "      OR has_table_privilege (r.oid, t, 'TRUNCATE'))"));
  g_assert_cmpstr (count, ==, "0");

  /* An administrator keeps the settings; gives roles. */
  admin = tg_test_pg_connect (DB, "admin_dana");
  state = tg_test_pg_try (admin, "INSERT INTO settings (key, value) VALUES ('organization', 'Комитет')");
  g_assert_null (state);
  state = tg_test_pg_try (admin, "DELETE FROM history");
  g_assert_cmpstr (state, ==, "42501");
}

static void
test_grant_and_revoke (void)
{
  g_autofree char *admin = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(PGconn) conn = NULL;
  g_autofree char *state = NULL;

  if (!tg_test_pg_have ())
    return;
  ensure_db (DB);
  ensure_login ("admin_dana", "admin");
  tg_test_pg_create_login ("new_erlan");
  /* An administrator (not a superuser) gives and takes roles. */
  admin = tg_test_pg_conninfo (DB, "admin_dana");
  g_assert_cmpint (run_server_cli (NULL, admin, &out, &err, "grant", "new_erlan", "investigator", NULL), ==, 0);
  g_assert_cmpstr (out, ==, "grant\tnew_erlan\ttergeu_investigator\n");
  conn = tg_test_pg_connect (DB, "new_erlan");
  state = tg_test_pg_try (conn, "INSERT INTO number_sequence (region, year, last) VALUES ('08', 2031, 1)");
  g_assert_null (state);
  PQfinish (g_steal_pointer (&conn));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_server_cli (NULL, admin, &out, &err, "revoke", "new_erlan", "investigator", NULL), ==, 0);
  conn = tg_test_pg_connect (DB, "new_erlan");
  state = tg_test_pg_try (conn, "SELECT count (*) FROM cases");
  g_assert_cmpstr (state, ==, "42501");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  /* No such login; no such role. */
  g_assert_cmpint (run_server_cli (NULL, admin, &out, &err, "grant", "nobody_here", "reader", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "createuser nobody_here"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_server_cli (NULL, admin, &out, &err, "grant", "new_erlan", "owner", NULL), ==, 2);
}

/* Matches of a word prefix (tsvector) and of a part of a word (the
 * words of search_words that have it, by their trigrams, then their
 * cases by the tsvector), as the numbers of the cases, comma-separated. */
static char *
search (PGconn     *conn,
        const char *how,
        const char *text)
{
  const char *sql = g_str_equal (how, "prefix")
    ? "SELECT coalesce (string_agg (c.number, ',' ORDER BY c.number), '') FROM cases_fts f"
      " JOIN cases c ON c.rowid = f.rowid WHERE f.document @@ to_tsquery ('simple', $1 || ':*')"
    : "SELECT coalesce (string_agg (c.number, ',' ORDER BY c.number), '') FROM cases_fts f"
      " JOIN cases c ON c.rowid = f.rowid WHERE f.document @@ CAST (coalesce ((SELECT string_agg (quote_literal (w.word), ' | ')"
      "   FROM search_words w WHERE w.word LIKE '%' || lower ($1) || '%'), '') AS tsquery)";
  const char * const params[] = { text };
  g_autoptr(PGresult) res = PQexecParams (conn, sql, 1, NULL, params, NULL, NULL, 0);

  g_assert_cmpint (PQresultStatus (res), ==, PGRES_TUPLES_OK);
  return g_strdup (PQgetvalue (res, 0, 0));
}

static void
assert_search (PGconn     *conn,
               const char *how,
               const char *text,
               const char *expected)
{
  g_autofree char *found = search (conn, how, text);

  if (!g_str_equal (found, expected))
    g_error ("%s search for “%s”: expected “%s”, found “%s”", how, text, expected, found);
}

static void
test_search (void)
{
  static const struct
  {
    const char *number, *employer, *bin, *victims, *iins, *place;
  } rows[] = {
    { "09-2026-000001", "ЖШС «Ақмола Құрылыс»", "123456789012", "Әбдіқадыров Нұрлан", "850101300123", "Астана қ., Сарыарқа ауданы" },
    { "09-2026-000002", "ТОО «СтройМонтаж»", "987654321098", "Ахметов Ерлан; Өтепова Гүлнар", "900202400456 910303400789", "г. Караганда, шахта Казахстанская" },
    { "09-2026-000003", "АО «KEGOC»", "111122223333", "Іскаков Үсен", "", "Павлодар облысы" },
  };
  g_autoptr(PGconn) conn = NULL;
  g_autoptr(PGconn) owner = NULL;

  if (!tg_test_pg_have ())
    return;
  ensure_db ("tergeu_search");
  ensure_login ("investigator_bolat", "investigator");
  conn = tg_test_pg_connect ("tergeu_search", "investigator_bolat");
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *rowid = insert_case (conn, rows[i].number, "09", "2026-11-18", "light", 1);
      const char * const params[] = { rowid, rows[i].number, rows[i].employer, rows[i].bin,
                                      rows[i].victims, rows[i].iins, rows[i].place };
      g_autoptr(PGresult) res = PQexecParams (conn,
        "INSERT INTO cases_fts (rowid, number, employer, bin, victims, iins, place)"
        " VALUES ($1::bigint, $2, $3, $4, $5, $6, $7)", 7, NULL, params, NULL, NULL, 0);

      g_assert_cmpint (PQresultStatus (res), ==, PGRES_COMMAND_OK);
    }
  /* The words a desk adds with the rows (tg-store-search.c): lower-case,
   * letters only, longer than three. An investigator may. */
  PQclear (tg_test_pg_ok (conn, "INSERT INTO search_words (word) VALUES ('ақмола'), ('құрылыс'),"
                                " ('әбдіқадыров'), ('нұрлан'), ('строймонтаж'), ('ахметов'), ('ерлан'),"
                                " ('өтепова'), ('гүлнар'), ('караганда'), ('шахта'), ('казахстанская'),"
                                " ('kegoc'), ('іскаков'), ('үсен'), ('павлодар'), ('облысы'), ('астана'),"
                                " ('сарыарқа'), ('ауданы')"));
  /* Word prefixes, in either case, in Kazakh and Russian. */
  assert_search (conn, "prefix", "ақм", "09-2026-000001");
  assert_search (conn, "prefix", "АҚМОЛА", "09-2026-000001");
  assert_search (conn, "prefix", "Әбді", "09-2026-000001");
  assert_search (conn, "prefix", "өтеп", "09-2026-000002");
  assert_search (conn, "prefix", "строй", "09-2026-000002");
  assert_search (conn, "prefix", "караг", "09-2026-000002");
  assert_search (conn, "prefix", "іска", "09-2026-000003");
  assert_search (conn, "prefix", "kegoc", "09-2026-000003");
  assert_search (conn, "prefix", "9876", "09-2026-000002");
  assert_search (conn, "prefix", "етов", "");
  /* Parts of words, the server lower-casing Kazakh letters as the
   * desks do. */
  assert_search (conn, "part", "етов", "09-2026-000002");
  assert_search (conn, "part", "ҚҰРЫЛ", "09-2026-000001");
  assert_search (conn, "part", "монтаж", "09-2026-000002");
  assert_search (conn, "part", "захстан", "09-2026-000002");
  assert_search (conn, "part", "ұрла", "09-2026-000001");
  assert_search (conn, "part", "лыс", "09-2026-000001,09-2026-000003");
  assert_search (conn, "part", "ғоқ", "");

  /* Both searches can be answered from their indexes. */
  owner = tg_test_pg_connect ("tergeu_search", "postgres");
  PQclear (tg_test_pg_ok (owner, "SET enable_seqscan = off"));
  {
    g_autofree char *plan = tg_test_pg_value (owner,
      "EXPLAIN (FORMAT JSON) SELECT rowid FROM cases_fts WHERE document @@ to_tsquery ('simple', 'ақм:*')");
    g_autofree char *plan2 = tg_test_pg_value (owner,
      "EXPLAIN (FORMAT JSON) SELECT word FROM search_words WHERE word LIKE '%_етов%'");

    g_assert_nonnull (strstr (plan, "cases_fts_document"));
    g_assert_nonnull (strstr (plan2, "search_words_parts"));
  }
}

/* Words whose order both collations agree on: every letter of the Kazakh
 * alphabet in both cases, the surnames of issue 7, and the classes of
 * characters (test-collation.c). Letters outside the alphabet (ї, Greek)
 * are where ICU and SQLite's collation differ: see pg/extensions.sql. */
static const char * const collation_words[] = {
  "а", "ә", "б", "в", "г", "ғ", "д", "е", "ё", "ж", "з", "и", "й", "к", "қ",
  "л", "м", "н", "ң", "о", "ө", "п", "р", "с", "т", "у", "ұ", "ү", "ф", "х",
  "һ", "ц", "ч", "ш", "щ", "ъ", "ы", "і", "ь", "э", "ю", "я",
  "А", "Ә", "Б", "Ғ", "Ё", "Й", "Қ", "Ң", "О", "Ө", "У", "Ұ", "Ү", "Һ", "Ы", "І", "Ь", "Я",
  "Ахметов", "Әбдіқадыров", "Бекова", "Гүлнар", "Ғабит", "Кенжеев", "Қасымов",
  "Уәлиев", "Ұлан", "Үсенов", "Ысқақов", "Іскаков", "Эшмұхамбетов", "Нұрланов", "Ңғ",
  "Ожаров", "Өтепов", "Павлов", "Хасенов", "Һашимов", "Цой", "Ермеков", "Ёлкин", "Жұмабаев",
  "Ахмет Б.", "Ахмет", "2-шахта", "2 шахта", "KEGOC", "Kazakhmys", "kazakhmys",
  "Zhaikmunai", "Ақмола", "ТОО «Арман»", "ТОО «Әлем»",
  "абай", "Абай", "абайлар", "ҚАСЫМОВ", "қасымова", "қасымов",
};

static void
test_collation (void)
{
  g_autoptr(GPtrArray) expected = g_ptr_array_new ();
  g_autoptr(GString) array = g_string_new ("{");
  g_autoptr(PGconn) conn = NULL;
  g_autoptr(PGresult) res = NULL;
  const char *params[1];

  if (!tg_test_pg_have ())
    return;
  ensure_db (DB);
  for (guint i = 0; i < G_N_ELEMENTS (collation_words); i++)
    {
      g_ptr_array_add (expected, (gpointer) collation_words[i]);
      g_string_append_printf (array, "%s\"%s\"", i > 0 ? "," : "", collation_words[i]);
    }
  g_string_append_c (array, '}');
  /* SQLite's order: the store's own collation. */
  g_ptr_array_sort_with_data (expected, tg_collate_kazakh_ptr, NULL);

  conn = tg_test_pg_connect (DB, "postgres");
  params[0] = array->str;
  res = PQexecParams (conn, "SELECT w FROM unnest ($1::text[]) w ORDER BY w COLLATE kazakh",
                      1, NULL, params, NULL, NULL, 0);
  g_assert_cmpint (PQresultStatus (res), ==, PGRES_TUPLES_OK);
  g_assert_cmpint (PQntuples (res), ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    if (!g_str_equal (PQgetvalue (res, i, 0), g_ptr_array_index (expected, i)))
      g_error ("place %u: SQLite's collation has “%s”, PostgreSQL's “%s”", i,
               (char *) g_ptr_array_index (expected, i), PQgetvalue (res, i, 0));
  /* The index of the case list's employer order uses it. */
  {
    g_autofree char *def = tg_test_pg_value (conn, "SELECT indexdef FROM pg_indexes WHERE indexname = 'cases_employer'");
    g_assert_nonnull (strstr (def, "COLLATE kazakh"));
  }
}

/* Cells that differ from a recount, either way (zero cells are no cells). */
static void
assert_stats_recount (PGconn *conn)
{
  g_autofree char *cells = tg_test_pg_value (conn,
    "SELECT count (*) FROM ("
    " (SELECT dim, month, key, cases, victims, deaths, severe FROM stat_cells WHERE cases <> 0"
    "  EXCEPT SELECT dim, month, key, count (*), sum (n_victims), sum (n_deaths), sum (n_severe)"
    "  FROM stat_keys GROUP BY dim, month, key)"
    " UNION ALL"
    " (SELECT dim, month, key, count (*), sum (n_victims), sum (n_deaths), sum (n_severe)"
    "  FROM stat_keys GROUP BY dim, month, key"
    "  EXCEPT SELECT dim, month, key, cases, victims, deaths, severe FROM stat_cells)) d");
  g_autofree char *causes = tg_test_pg_value (conn,
    "SELECT count (*) FROM ("
    " (SELECT month, cause, cases FROM stat_causes WHERE cases <> 0"
    "  EXCEPT SELECT month, cause, count (*) FROM stat_cause_facts GROUP BY month, cause)"
    " UNION ALL"
    " (SELECT month, cause, count (*) FROM stat_cause_facts GROUP BY month, cause"
    "  EXCEPT SELECT month, cause, cases FROM stat_causes)) d");
  g_autofree char *leftovers = tg_test_pg_value (conn,
    "SELECT count (*) FROM stat_cells WHERE cases = 0 AND (victims <> 0 OR deaths <> 0 OR severe <> 0)");

  g_assert_cmpstr (cells, ==, "0");
  g_assert_cmpstr (causes, ==, "0");
  g_assert_cmpstr (leftovers, ==, "0");
}

static void
test_statistics (void)
{
  g_autoptr(PGconn) conn = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;
  g_autofree char *d = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *n = NULL;

  if (!tg_test_pg_have ())
    return;
  ensure_db ("tergeu_stats");
  ensure_login ("investigator_bolat", "investigator");
  conn = tg_test_pg_connect ("tergeu_stats", "investigator_bolat");
  a = insert_case (conn, "08-2026-000001", "08", "2026-11-18", "light", 1);
  b = insert_case (conn, "08-2026-000002", "08", "2026-10-02", "fatal", 2);
  c = insert_case (conn, "15-2026-000001", "15", "2026-11-30", "severe", 3);
  d = insert_case (conn, "15-2026-000002", "15", "unknown", "light", 1);
  sql = g_strdup_printf ("INSERT INTO findings_items (case_rowid, kind, pos, text) VALUES"
                         " (%s, 'cause', 0, ' falls '), (%s, 'cause', 1, 'falls'), (%s, 'cause', 0, 'falls'),"
                         " (%s, 'cause', 0, 'electricity'), (%s, 'measure', 0, 'training')", a, a, b, c, c);
  PQclear (tg_test_pg_ok (conn, sql));
  n = tg_test_pg_value (conn, "SELECT cases FROM stat_cells WHERE dim = 'region' AND month = '2026-11' AND key = '08'");
  g_assert_cmpstr (n, ==, "1");
  assert_stats_recount (conn);

  /* Moves between cells, by one column and by several. */
  PQclear (tg_test_pg_ok (conn, "UPDATE cases SET region = '15' WHERE number = '08-2026-000001'"));
  PQclear (tg_test_pg_ok (conn, "UPDATE cases SET occurred = '2026-09-01', n_victims = 4, severity = 'severe',"
                                " n_severe = 4 WHERE number = '08-2026-000002'"));
  PQclear (tg_test_pg_ok (conn, "UPDATE cases SET employer_activity = '05.10', jurisdiction = 'committee'"));
  PQclear (tg_test_pg_ok (conn, "UPDATE cases SET state = 'closed', revision = revision + 1"));
  assert_stats_recount (conn);
  /* A removed case leaves; one brought back returns. */
  PQclear (tg_test_pg_ok (conn, "UPDATE cases SET deleted = 1 WHERE number = '15-2026-000001'"));
  assert_stats_recount (conn);
  PQclear (tg_test_pg_ok (conn, "UPDATE cases SET deleted = 1 WHERE number = '08-2026-000002'"));
  PQclear (tg_test_pg_ok (conn, "UPDATE cases SET deleted = 0 WHERE number = '08-2026-000002'"));
  assert_stats_recount (conn);
  /* Causes: edited, rewritten, removed, as a command rewrites a case's rows. */
  sql = (g_free (sql), g_strdup_printf ("UPDATE findings_items SET text = 'machinery' WHERE case_rowid = %s AND pos = 1", a));
  PQclear (tg_test_pg_ok (conn, sql));
  sql = (g_free (sql), g_strdup_printf ("DELETE FROM findings_items WHERE case_rowid = %s", b));
  PQclear (tg_test_pg_ok (conn, sql));
  sql = (g_free (sql), g_strdup_printf ("INSERT INTO findings_items (case_rowid, kind, pos, text) VALUES"
                                        " (%s, 'cause', 0, 'electricity'), (%s, 'cause', 0, 'falls')", b, d));
  PQclear (tg_test_pg_ok (conn, sql));
  PQclear (tg_test_pg_ok (conn, "UPDATE findings_items SET kind = 'measure' WHERE text = 'falls' AND pos = 0"));
  assert_stats_recount (conn);
  /* Several cases in one statement. */
  PQclear (tg_test_pg_ok (conn, "UPDATE cases SET occurred = '2026-12-01'"));
  assert_stats_recount (conn);
  n = (g_free (n), tg_test_pg_value (conn, "SELECT sum (cases) FROM stat_cells WHERE dim = 'region'"));
  g_assert_cmpstr (n, ==, "3");
}

/* ---- the same schema and the same statistics as SQLite ------------------ */

/* A new SQLite database of the store's current schema, opened plainly,
 * with the Kazakh collation its indexes name. */
static sqlite3 *
open_sqlite_twin (char **dir)
{
  g_autoptr(TgStore) store = tg_test_open_store (dir);
  g_autofree char *path = g_strdup (tg_store_get_path (store));
  sqlite3 *db = NULL;

  tg_store_close (store);
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_create_collation (db, TG_COLLATION_KAZAKH, SQLITE_UTF8, NULL,
                                             tg_collation_kazakh_compare), ==, SQLITE_OK);
  return db;
}

/* Rows of @sql, a line each, values separated by "|". */
static char *
sqlite_rows (sqlite3    *db,
             const char *sql)
{
  GString *rows = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        g_string_append_printf (rows, "%s%s", i > 0 ? "|" : "",
                                sqlite3_column_text (stmt, i) != NULL ? (const char *) sqlite3_column_text (stmt, i) : "");
      g_string_append_c (rows, '\n');
    }
  sqlite3_finalize (stmt);
  return g_string_free (rows, FALSE);
}

/* SQLite's column as PostgreSQL has it: name, type, NOT NULL. */
static const char *
pg_type_of (const char *sqlite_type)
{
  if (g_ascii_strcasecmp (sqlite_type, "INTEGER") == 0)
    return "bigint";
  if (g_ascii_strcasecmp (sqlite_type, "TEXT") == 0)
    return "text";
  if (g_ascii_strcasecmp (sqlite_type, "BLOB") == 0)
    return "bytea";
  return sqlite_type;   /* the columns of views and of the FTS5 table */
}

/* The table or view @name of SQLite's schema has the same columns in
 * PostgreSQL's, in order, with the mapped type and NOT NULL. What only
 * PostgreSQL has: cases_fts's rowid (implicit in FTS5), document and
 * prefixes, and history's recorded_by. */
static void
assert_table_mirrors (sqlite3    *db,
                      PGconn     *conn,
                      const char *name,
                      gboolean    view)
{
  gboolean fts = g_str_equal (name, "cases_fts");
  g_autofree char *sql = g_strdup_printf ("SELECT name, type, \"notnull\" OR pk > 0"
                                          " FROM pragma_table_info ('%s') ORDER BY cid", name);
  g_autofree char *columns = sqlite_rows (db, sql);
  g_auto(GStrv) lines = g_strsplit (g_strstrip (columns), "\n", -1);
  g_autoptr(GString) expected = g_string_new (fts ? "rowid|bigint|1\n" : NULL);
  g_autofree char *pg_sql = g_strdup_printf (
    "SELECT column_name, CASE WHEN %s THEN '' ELSE data_type END,"
    " CASE WHEN %s OR is_nullable = 'YES' THEN 0 ELSE 1 END"
    " FROM information_schema.columns"
    " WHERE table_schema = 'public' AND table_name = '%s' ORDER BY ordinal_position",
    view ? "TRUE" : "FALSE", view ? "TRUE" : "FALSE", name);
  g_autofree char *actual = tg_test_pg_rows (conn, pg_sql);

  for (guint j = 0; lines[j] != NULL; j++)
    {
      g_auto(GStrv) f = g_strsplit (lines[j], "|", 3);

      /* views' columns have no declared type; FTS5's are text */
      g_string_append_printf (expected, "%s|%s|%s\n", f[0],
                              view ? "" : fts ? "text" : pg_type_of (f[1]), view ? "0" : f[2]);
    }
  if (fts)
    g_string_append (expected, "document|tsvector|0\nprefixes|tsvector|0\n");
  /* the server's own: who wrote an entry here */
  if (g_str_equal (name, "history"))
    g_string_append (expected, "recorded_by|text|1\n");
  if (!g_str_equal (expected->str, actual))
    g_error ("%s: SQLite's columns\n%sPostgreSQL's\n%s", name, expected->str, actual);
}

/* Every table and view of SQLite's schema is in PostgreSQL's, column for
 * column, and so is every named index; tergeu_schema is PostgreSQL's own,
 * and the server has indexes of its kind where SQLite has the FTS5 tables
 * search_words_parts and cases_fts's shadows. */
static void
test_schema_mirrors_sqlite (void)
{
  g_autofree char *dir = NULL;
  sqlite3 *db = NULL;
  g_autoptr(PGconn) conn = NULL;
  g_autofree char *objects = NULL;
  g_autofree char *indexes = NULL;
  g_autofree char *pg_indexes = NULL;
  g_auto(GStrv) names = NULL;
  g_auto(GStrv) index_names = NULL;

  if (!tg_test_pg_have ())
    return;
  ensure_db (DB);
  conn = tg_test_pg_connect (DB, "postgres");
  db = open_sqlite_twin (&dir);
  objects = sqlite_rows (db, "SELECT name, type FROM sqlite_schema WHERE type IN ('table', 'view')"
                             " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'cases_fts_%'"
                             " AND name NOT LIKE 'search_words_parts%' ORDER BY name");
  names = g_strsplit (g_strstrip (objects), "\n", -1);
  g_assert_cmpuint (g_strv_length (names), >=, 30);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_auto(GStrv) object = g_strsplit (names[i], "|", 2);

      assert_table_mirrors (db, conn, object[0], g_str_equal (object[1], "view"));
    }
  g_test_message ("%u tables and views of SQLite's schema found in PostgreSQL's", g_strv_length (names));

  indexes = sqlite_rows (db, "SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name");
  pg_indexes = tg_test_pg_rows (conn, "SELECT indexname FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1");
  index_names = g_strsplit (g_strstrip (indexes), "\n", -1);
  for (guint i = 0; index_names[i] != NULL; i++)
    {
      g_autofree char *line = g_strdup_printf ("%s\n", index_names[i]);

      if (strstr (pg_indexes, line) == NULL)
        g_error ("SQLite's index %s is missing in PostgreSQL", index_names[i]);
    }
  sqlite3_close (db);
  tg_test_remove_dir (dir);
}

/* The statements of a few desks' work, the same on both engines. */
static const char * const twin_work[] = {
  "INSERT INTO cases (id, number, region, year, revision, state, state_since, registered_at, history_head,"
  " occurred, severity, n_victims, n_deaths, n_severe, employer_activity, jurisdiction) VALUES"
  " ('a', '08-2026-000001', '08', 2026, 1, 'registered', '2026-11-18', '2026-11-18', '', '2026-11-18', 'light', 1, 0, 0, '41.20', 'local'),"
  " ('b', '08-2026-000002', '08', 2026, 1, 'registered', '2026-10-02', '2026-10-02', '', '2026-10-02', 'fatal', 2, 1, 0, '05.10', 'committee'),"
  " ('c', '15-2026-000001', '15', 2026, 1, 'registered', '2026-11-30', '2026-11-30', '', '2026-11-30', 'severe', 3, 0, 3, 'x', NULL),"
  " ('d', '15-2026-000002', '15', 2026, 1, 'registered', '2026-11-30', '2026-11-30', '', 'unknown', NULL, 1, 0, 0, NULL, 'local')",
  "INSERT INTO findings_items (case_rowid, kind, pos, text) VALUES (1, 'cause', 0, ' falls '), (1, 'cause', 1, 'falls'),"
  " (2, 'cause', 0, 'falls'), (3, 'cause', 0, 'electricity'), (3, 'measure', 0, 'training')",
  "UPDATE cases SET region = '15' WHERE rowid = 1",
  "UPDATE cases SET occurred = '2026-09-01', n_victims = 4, severity = 'severe', n_severe = 4 WHERE rowid = 2",
  "UPDATE cases SET state = 'closed', revision = revision + 1",
  "UPDATE cases SET deleted = 1 WHERE rowid = 3",
  "UPDATE findings_items SET text = 'machinery' WHERE case_rowid = 1 AND pos = 1",
  "DELETE FROM findings_items WHERE case_rowid = 2",
  "INSERT INTO findings_items (case_rowid, kind, pos, text) VALUES (2, 'cause', 0, 'electricity'), (4, 'cause', 0, 'falls')",
  "UPDATE cases SET deleted = 1 WHERE rowid = 2",
  "UPDATE cases SET deleted = 0 WHERE rowid = 2",
  "UPDATE findings_items SET kind = 'measure' WHERE text = 'falls' AND pos = 0",
  "UPDATE cases SET occurred = '2026-12-01' WHERE rowid IN (1, 4)",
  NULL
};

/* After the same statements, the cells are the same row for row, zero
 * rows included: the triggers do what SQLite's do, not just end equal
 * to a recount. */
static void
test_statistics_as_sqlite (void)
{
  /* in byte order on both */
  const char *cells = "SELECT dim, month, key, cases, victims, deaths, severe FROM stat_cells"
                      " ORDER BY dim, month, key";
  const char *pg_cells_sql = "SELECT dim, month, key, cases, victims, deaths, severe FROM stat_cells"
                             " ORDER BY dim COLLATE \"C\", month COLLATE \"C\", key COLLATE \"C\"";
  const char *causes = "SELECT month, cause, cases FROM stat_causes ORDER BY month, cause";
  const char *pg_causes_sql = "SELECT month, cause, cases FROM stat_causes"
                              " ORDER BY month COLLATE \"C\", cause COLLATE \"C\"";
  g_autofree char *dir = NULL;
  sqlite3 *db = NULL;
  g_autoptr(PGconn) conn = NULL;

  if (!tg_test_pg_have ())
    return;
  ensure_db ("tergeu_twin");
  ensure_login ("investigator_bolat", "investigator");
  conn = tg_test_pg_connect ("tergeu_twin", "investigator_bolat");
  db = open_sqlite_twin (&dir);
  for (guint i = 0; twin_work[i] != NULL; i++)
    {
      char *message = NULL;

      if (sqlite3_exec (db, twin_work[i], NULL, NULL, &message) != SQLITE_OK)
        g_error ("SQLite: %s: %s", twin_work[i], message);
      PQclear (tg_test_pg_ok (conn, twin_work[i]));
      {
        g_autofree char *sqlite_cells = sqlite_rows (db, cells);
        g_autofree char *pg_cells = tg_test_pg_rows (conn, pg_cells_sql);
        g_autofree char *sqlite_causes = sqlite_rows (db, causes);
        g_autofree char *pg_causes = tg_test_pg_rows (conn, pg_causes_sql);

        if (!g_str_equal (sqlite_cells, pg_cells) || !g_str_equal (sqlite_causes, pg_causes))
          g_error ("after %s\nSQLite:\n%s%sPostgreSQL:\n%s%s", twin_work[i],
                   sqlite_cells, sqlite_causes, pg_cells, pg_causes);
      }
    }
  {
    g_autofree char *final = tg_test_pg_rows (conn, pg_cells_sql);

    g_test_message ("the same cells on both:\n%s", final);
  }
  sqlite3_close (db);
  tg_test_remove_dir (dir);
}

/* A login that needs a password (pg_hba.conf asks this one for it on the
 * socket): opening says so (TG_STORE_ERROR_PASSWORD), a wrong one is
 * refused the same way, the right one, given once, serves every
 * connection to the location after it, and forgetting it asks again. */
static void
test_password (void)
{
  g_autoptr(PGconn) super = NULL;
  g_autofree char *hba = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *with_line = NULL;
  g_autofree char *location = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TgStore) store = NULL;
  g_autoptr(TgStore) second = NULL;
  gsize length = 0;
  guint count = 0;
  TgCaseQuery all = TG_CASE_QUERY_INIT;

  if (!tg_test_pg_have ())
    return;
  ensure_login ("asks_password", "reader");
  super = tg_test_pg_connect ("postgres", "postgres");
  PQclear (tg_test_pg_ok (super, "ALTER ROLE asks_password PASSWORD 'Құпия сөз 7'"));
  hba = tg_test_pg_value (super, "SHOW hba_file");
  g_assert_true (g_file_get_contents (hba, &saved, &length, NULL));
  with_line = g_strconcat ("local all asks_password scram-sha-256\n", saved, NULL);
  g_assert_true (g_file_set_contents (hba, with_line, -1, NULL));
  PQclear (tg_test_pg_ok (super, "SELECT pg_reload_conf ()"));
  g_usleep (G_USEC_PER_SEC / 5);

  location = tg_test_pg_conninfo (DB, "asks_password");
  store = tg_store_open (location, &error);
  g_assert_error (error, TG_STORE_ERROR, TG_STORE_ERROR_PASSWORD);
  g_assert_nonnull (strstr (error->message, "asks for a password"));
  g_assert_null (store);
  g_clear_error (&error);

  tg_store_location_set_password (location, "не тот");
  store = tg_store_open (location, &error);
  g_assert_error (error, TG_STORE_ERROR, TG_STORE_ERROR_PASSWORD);
  g_assert_nonnull (strstr (error->message, "did not let you in"));
  g_assert_null (strstr (error->message, "не тот"));
  g_clear_error (&error);

  tg_store_location_set_password (location, "Құпия сөз 7");
  store = tg_store_open (location, &error);
  g_assert_no_error (error);
  g_assert_true (tg_store_count_cases (store, &all, &count, &error));
  g_assert_no_error (error);
  /* Another connection to the same place (the window's counts): no
   * asking again; another place is not given it. */
  second = tg_store_open (location, &error);
  g_assert_no_error (error);
  g_assert_nonnull (second);
  g_clear_object (&second);
  {
    g_autofree char *elsewhere = tg_test_pg_conninfo ("postgres", "asks_password");
    g_autofree char *password = tg_store_location_dup_password (elsewhere);

    g_assert_null (password);
  }

  tg_store_location_set_password (location, NULL);
  second = tg_store_open (location, &error);
  g_assert_error (error, TG_STORE_ERROR, TG_STORE_ERROR_PASSWORD);
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (hba, saved, length, NULL));
  PQclear (tg_test_pg_ok (super, "SELECT pg_reload_conf ()"));
}

int
main (int    argc,
      char **argv)
{
  int status;

  /* the log shows the messages of the command line as they are */
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  tg_test_pg_program_start ();

  g_test_add_func ("/pg-server/init/creates-and-is-idempotent", test_init_creates_and_is_idempotent);
  g_test_add_func ("/pg-server/init/upgrades", test_init_upgrades);
  g_test_add_func ("/pg-server/init/refusals", test_init_refusals);
  g_test_add_func ("/pg-server/roles/reader", test_reader);
  g_test_add_func ("/pg-server/roles/investigator-and-history", test_investigator_and_history);
  g_test_add_func ("/pg-server/roles/grant-and-revoke", test_grant_and_revoke);
  g_test_add_func ("/pg-server/password", test_password);
  g_test_add_func ("/pg-server/search", test_search);
  g_test_add_func ("/pg-server/collation", test_collation);
  g_test_add_func ("/pg-server/statistics", test_statistics);
  g_test_add_func ("/pg-server/sqlite/schema", test_schema_mirrors_sqlite);
  g_test_add_func ("/pg-server/sqlite/statistics", test_statistics_as_sqlite);

  status = g_test_run ();
  tg_test_pg_program_end ();
  return status;
}
