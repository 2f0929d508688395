/* test-cli.c — the command line's contract: output format and exit codes
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the built tergeu-cli ($TERGEU_CLI) on a real database: every
 * command of the core layer from `register` to `close` and `reopen`, each
 * refused at least once — exit status 1, a reason on stderr and the
 * database file unchanged byte for byte.
 */
#include "config.h"

#include <sqlite3.h>

#include "tg-identifiers.h"
#include "tg-store.h"
#include "tg-test-pg.h"
#include "tg-test-util.h"

typedef struct
{
  char *dir;
  char *db;
} Fixture;

/* Runs tergeu-cli with @args (NULL-terminated, --db added after the
 * command); returns the exit status, and stdout/stderr. */
static int
run_cli (Fixture     *f,
         char       **out,
         char       **err,
         const char  *command,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list ap;
  int status = -1;

  g_ptr_array_add (argv, (gpointer) g_getenv ("TERGEU_CLI"));
  g_ptr_array_add (argv, (gpointer) command);
  g_ptr_array_add (argv, "--db");
  g_ptr_array_add (argv, f->db);
  va_start (ap, command);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                out, err, &status, &error);
  g_assert_no_error (error);
  if (err != NULL && *err != NULL && **err)
    g_test_message ("stderr: %s", *err);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

/* The words @first, … up to NULL. */
static GPtrArray *
collect_words (const char *first,
               va_list     ap)
{
  GPtrArray *words = g_ptr_array_new ();
  const char *arg;

  g_ptr_array_add (words, (gpointer) first);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (words, (gpointer) arg);
  return words;
}

/* Runs tergeu-cli with @words and --db at the end, so that two-word
 * commands ("victim add") stay together; returns the exit status. */
static int
run_words (Fixture    *f,
           GPtrArray  *words,
           char      **out,
           char      **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;
  int status = -1;

  g_ptr_array_add (argv, (gpointer) g_getenv ("TERGEU_CLI"));
  for (guint i = 0; i < words->len && words->pdata[i] != NULL; i++)
    g_ptr_array_add (argv, words->pdata[i]);
  g_ptr_array_add (argv, "--db");
  g_ptr_array_add (argv, f->db);
  g_ptr_array_add (argv, NULL);
  line = g_strjoinv (" ", (char **) argv->pdata + 1);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                out, err, &status, &error);
  g_assert_no_error (error);
  g_test_message ("tergeu-cli %s\n  %s%s", line, *out, *err);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

/* A command that must succeed: exit 0 and one line on stdout,
 * NUMBER<TAB>REVISION<TAB>changed|unchanged[<TAB>ID]. Returns its fields. */
static GStrv
cli_ok (Fixture    *f,
        const char *first,
        ...) G_GNUC_NULL_TERMINATED;

static GStrv
cli_ok (Fixture    *f,
        const char *first,
        ...)
{
  g_autoptr(GPtrArray) words = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *line = NULL;
  GStrv fields;
  va_list ap;
  int status;

  va_start (ap, first);
  words = collect_words (first, ap);
  va_end (ap);
  g_ptr_array_add (words, NULL);
  status = run_words (f, words, &out, &err);
  if (status != 0)
    g_error ("tergeu-cli %s …: exit status %d: %s", first, status, err);
  g_assert_true (g_str_has_suffix (out, "\n"));
  line = g_strndup (out, strlen (out) - 1);
  g_assert_null (strchr (line, '\n'));
  fields = g_strsplit (line, "\t", -1);
  g_assert_cmpuint (g_strv_length (fields), >=, 3);
  g_assert_cmpuint (g_strv_length (fields), <=, 4);
  g_assert_true (g_str_equal (fields[2], "changed") || g_str_equal (fields[2], "unchanged"));
  /* Messages for people go to stderr. */
  g_assert_cmpstr (err, !=, "");
  return fields;
}

/* A command that changes the case: its line says "changed", with the id
 * @item of what it added (NULL: none). Returns the revision. */
#define CHANGED(f, item, ...) assert_changed (cli_ok (f, __VA_ARGS__, NULL), item)

static gint64
assert_changed (GStrv       fields,
                const char *item)
{
  g_auto(GStrv) owned = fields;

  g_assert_cmpstr (fields[2], ==, "changed");
  g_assert_cmpstr (fields[3], ==, item);
  return g_ascii_strtoll (fields[1], NULL, 10);
}

/* What the database holds: the file's bytes, or on an office server its
 * rows (tg_test_database_digest). */
static GBytes *
snapshot (Fixture *f)
{
  if (tg_test_on_server ())
    return g_bytes_new_take (tg_test_database_digest (f->db), 64);
  return tg_test_read_file (f->db);
}

/* A command that must be refused: exit 1, a message on stderr that holds
 * @why (if not NULL), nothing on stdout, and the database file unchanged
 * byte for byte. */
#define REFUSED(f, why, ...) cli_refused (f, why, __VA_ARGS__, NULL)

static void
cli_refused (Fixture    *f,
             const char *why,
             const char *first,
             ...)
{
  g_autoptr(GPtrArray) words = NULL;
  g_autoptr(GBytes) before = snapshot (f);
  g_autoptr(GBytes) after = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  va_list ap;

  va_start (ap, first);
  words = collect_words (first, ap);
  va_end (ap);
  g_ptr_array_add (words, NULL);
  g_assert_cmpint (run_words (f, words, &out, &err), ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_assert_nonnull (strstr (err, "tergeu-cli"));
  if (why != NULL && strstr (err, why) == NULL)
    g_error ("tergeu-cli %s: expected “%s” in: %s", first, why, err);
  after = snapshot (f);
  g_assert_true (g_bytes_equal (before, after));
}

/* A usage error: exit 2, a message, nothing changed. */
#define USAGE(f, ...) cli_usage (f, __VA_ARGS__, NULL)

static void
cli_usage (Fixture    *f,
           const char *first,
           ...)
{
  g_autoptr(GPtrArray) words = NULL;
  g_autoptr(GBytes) before = snapshot (f);
  g_autoptr(GBytes) after = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  va_list ap;

  va_start (ap, first);
  words = collect_words (first, ap);
  va_end (ap);
  g_ptr_array_add (words, NULL);
  g_assert_cmpint (run_words (f, words, &out, &err), ==, 2);
  g_assert_cmpstr (err, !=, "");
  after = snapshot (f);
  g_assert_true (g_bytes_equal (before, after));
}

/* `show` of @number. */
static char *
show (Fixture    *f,
      const char *number)
{
  char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_cli (f, &out, &err, "show", number, NULL), ==, 0);
  return out;
}

static gint64
count_history (Fixture *f)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n = -1;

  if (tg_test_on_server ())
    {
      g_autoptr(PGconn) conn = PQconnectdb (f->db);
      g_autofree char *count = tg_test_pg_value (conn, "SELECT count (*) FROM history");

      return g_ascii_strtoll (count, NULL, 10);
    }
  g_assert_cmpint (sqlite3_open_v2 (f->db, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM history", -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

/* A valid IIN of someone born on 12 March @year. */
static char *
iin_of (guint year,
        TgSex sex)
{
  GDate birth;
  char *iin = NULL;

  g_date_clear (&birth, 1);
  g_date_set_dmy (&birth, 12, 3, year);
  for (guint serial = 1; iin == NULL; serial++)
    iin = tg_iin_compose (&birth, sex, serial + year);
  return iin;
}

/* "FULL NAME;IIN;BIRTH-DATE;SEX;SEVERITY[;DIED-ON]" of a valid victim,
 * the birth date as the application shows it (DD.MM.YYYY). */
static char *
victim_arg (const char *name,
            guint       year,
            TgSex       sex,
            const char *severity,
            const char *died_on)
{
  g_autofree char *iin = iin_of (year, sex);

  return g_strdup_printf ("%s;%s;12.03.%u;%s;%s%s%s", name, iin, year,
                          sex == TG_SEX_MALE ? "m" : "f", severity,
                          died_on != NULL ? ";" : "", died_on != NULL ? died_on : "");
}

/* Registers a case through the command line; its number. */
static char *
register_case (Fixture    *f,
               const char *victim1,
               const char *victim2)
{
  g_auto(GStrv) line = NULL;

  line = cli_ok (f, "register", "--region", "08",
                 "--occurred", "2026-11-18T14:30:00+05:00", "--reported", "2026-11-18T16:05:00+05:00",
                 "--place", "Шахта «Тентек», 3-горизонт",
                 "--circumstances", "Внезапный выброс метана.",
                 "--employer-name", "ТОО «Сарыарка Көмір»", "--employer-bin", "170340001238",
                 "--employer-activity", "05.10",
                 "--victim", victim1, victim2 != NULL ? "--victim" : NULL, victim2, NULL);
  g_assert_cmpstr (line[1], ==, "1");
  g_assert_cmpstr (line[2], ==, "changed");
  g_assert_true (g_uuid_string_is_valid (line[3]));
  return g_strdup (line[0]);
}

static void
fixture_setup (Fixture *f, gconstpointer data)
{
  g_autoptr(TgStore) store = tg_test_open_store (&f->dir);

  f->db = g_strdup (tg_store_get_path (store));
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(TgCase) draft = tg_test_make_case (1, i, 0);
      g_autoptr(TgCase) kase = tg_test_register (store, draft);
    }
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  tg_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->db);
}

static void
test_list_format (Fixture *f, gconstpointer data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_cmpint (run_cli (f, &out, &err, "list", NULL), ==, 0);
  lines = g_strsplit (out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);   /* three and the empty tail */
  g_assert_cmpstr (lines[0], ==, "08-2026-00001\tregistered\tТОО «Сарыарка Көмір»\t08\t1\t0\t");
  g_assert_cmpstr (lines[2], ==, "08-2026-00003\tregistered\tТОО «Сарыарка Көмір»\t08\t3\t0\t");
  g_assert_cmpstr (lines[3], ==, "");
}

/* Pages of the list: --limit and --offset, with and without a search. */
static void
test_list_paging (Fixture *f, gconstpointer data)
{
  g_autofree char *out = NULL;

  g_assert_cmpint (run_cli (f, &out, NULL, "list", "--limit", "2", NULL), ==, 0);
  g_assert_cmpstr (out, ==, "08-2026-00001\tregistered\tТОО «Сарыарка Көмір»\t08\t1\t0\t\n"
                            "08-2026-00002\tregistered\tТОО «Сарыарка Көмір»\t08\t2\t0\t\n");
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run_cli (f, &out, NULL, "list", "--limit", "1", "--offset", "1", NULL), ==, 0);
  g_assert_true (g_str_has_prefix (out, "08-2026-00002\t"));
  g_assert_cmpstr (strchr (out, '\n'), ==, "\n");
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run_cli (f, &out, NULL, "list", "--offset", "2", NULL), ==, 0);
  g_assert_true (g_str_has_prefix (out, "08-2026-00003\t"));
  g_assert_cmpstr (strchr (out, '\n'), ==, "\n");
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run_cli (f, &out, NULL, "list", "--search", "Сарыарка", "--limit", "1", "--offset", "2", NULL), ==, 0);
  g_assert_true (g_str_has_prefix (out, "08-2026-00003\t"));
  g_assert_cmpstr (strchr (out, '\n'), ==, "\n");
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run_cli (f, &out, NULL, "list", "--offset", "3", NULL), ==, 0);
  g_assert_cmpstr (out, ==, "");
  g_assert_cmpint (run_cli (f, NULL, NULL, "list", "--limit", "-1", NULL), ==, 2);
}

static void
test_transition_and_filters (Fixture *f, gconstpointer data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_cli (f, &out, NULL, "transition", "08-2026-00002", "route", NULL), ==, 0);
  g_assert_cmpstr (out, ==, "08-2026-00002\t2\tchanged\n");
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run_cli (f, &out, NULL, "list", "--state", "local-investigation", NULL), ==, 0);
  g_assert_true (g_str_has_prefix (out, "08-2026-00002\tlocal-investigation\t"));
  g_assert_cmpuint (strlen (out), >, 0);
  g_clear_pointer (&out, g_free);

  /* Refused: nothing changed, exit 1, a reason on stderr. */
  g_assert_cmpint (run_cli (f, &out, &err, "transition", "08-2026-00002", "close", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "not possible"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (f, NULL, &err, "transition", "08-2026-00002", "fly", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "unknown action"));
  g_clear_pointer (&err, g_free);
  /* --reason goes to the commands that take one, and is not held
   * against those that do not. */
  g_assert_cmpint (run_cli (f, NULL, &err, "transition", "08-2026-00002", "refer", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "reason"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (f, &out, NULL, "transition", "08-2026-00001", "refer",
                            "--reason", "Решение Правительства", NULL), ==, 0);
  g_assert_cmpstr (out, ==, "08-2026-00001\t2\tchanged\n");
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run_cli (f, &out, NULL, "transition", "08-2026-00003", "route",
                            "--reason", "не нужна", NULL), ==, 0);
  g_assert_cmpstr (out, ==, "08-2026-00003\t2\tchanged\n");
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run_cli (f, NULL, &err, "show", "99-2026-00001", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "99-2026-00001"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (f, NULL, NULL, "list", "--state", "nonsense", NULL), ==, 2);
  g_assert_cmpint (run_cli (f, NULL, NULL, "list", "--bogus", NULL), ==, 2);

  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run_cli (f, &out, NULL, "list", "--search", "08-2026-00003", NULL), ==, 0);
  g_assert_true (g_str_has_prefix (out, "08-2026-00003\t"));
  g_assert_cmpstr (strchr (out, '\n'), ==, "\n");   /* that case only */

  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run_cli (f, &out, NULL, "show", "08-2026-00002", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "ТОО «Сарыарка Көмір»"));
}

static void
test_verify_detects_edit (Fixture *f, gconstpointer data)
{
  g_autofree char *err = NULL;
  sqlite3 *db = NULL;

  g_assert_cmpint (run_cli (f, NULL, NULL, "verify", NULL), ==, 0);
  if (tg_test_on_server ())
    {
      /* The server refuses the edit itself, to its owner too. */
      g_test_skip ("edits the SQLite file past its triggers; the server keeps history append-only (test-pg-server)");
      return;
    }
  g_assert_cmpint (sqlite3_open (f->db, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "DROP TRIGGER history_no_update;"
                                     "UPDATE history SET actor = 'someone' WHERE seq = 2", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_cmpint (run_cli (f, NULL, &err, "verify", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "08-2026-00002"));
}

/* ------------------------------------------------ a local investigation */

/* register, edit, victims: before the case is routed. */
static void
drive_registration (Fixture    *f,
                    const char *n)
{
  g_autofree char *iin = iin_of (1988, TG_SEX_MALE);
  g_autofree char *wrong = iin_of (1988, TG_SEX_MALE);
  g_autofree char *bad = NULL;
  gint64 history = count_history (f);
  g_auto(GStrv) line = NULL;

  /* register: a rule broken (a wrong check digit), a victim malformed */
  wrong[11] = wrong[11] == '0' ? '1' : '0';
  bad = g_strdup_printf ("Омаров Данияр;%s;12.03.1988;m;light", wrong);
  REFUSED (f, "IIN", "register", "--region", "08", "--occurred", "2026-11-18T14:30:00+05:00",
           "--reported", "2026-11-18T16:05:00+05:00", "--employer-name", "ТОО «Ромашка»",
           "--employer-bin", "170340001238", "--victim", bad);
  REFUSED (f, "--victim", "register", "--region", "08", "--victim", "Омаров Данияр;only two");

  /* edit: the same values change nothing and write no history */
  line = cli_ok (f, "edit", n, "--place", "Шахта «Тентек», 3-горизонт", NULL);
  g_assert_cmpstr (line[2], ==, "unchanged");
  g_assert_cmpstr (line[1], ==, "1");
  g_assert_null (line[3]);
  g_assert_cmpint (count_history (f), ==, history);
  CHANGED (f, NULL, "edit-particulars", n, "--place", "Шахта «Тентек», 4-горизонт", "--hazardous-facility");
  REFUSED (f, "BIN", "edit", n, "--employer-bin", "170340001239");
  REFUSED (f, "Occurred at", "edit", n, "--occurred", "yesterday");
  /* --revision: the case changed since revision 1 */
  REFUSED (f, n, "edit", n, "--place", "Шахта", "--revision", "1");
  CHANGED (f, NULL, "edit", n, "--place", "Шахта «Тентек»", "--revision", "2");

  /* victim add, edit, outcome, remove */
  REFUSED (f, "IIN", "victim", "add", n, "--full-name", "Омаров Данияр", "--birth-date", "12.03.1988",
           "--sex", "m", "--severity", "light");
  REFUSED (f, "Sex", "victim", "add", n, "--full-name", "Омаров Данияр", "--iin", iin,
           "--birth-date", "12.03.1988", "--sex", "x", "--severity", "light");
  CHANGED (f, "v3", "victim", "add", n, "--full-name", "Омаров Данияр", "--iin", iin,
           "--birth-date", "12.03.1988", "--sex", "m", "--severity", "light", "--occupation", "проходчик");
  CHANGED (f, NULL, "victim-edit", n, "v3", "--injury", "ушиб");
  CHANGED (f, NULL, "victim", "edit", n, "--victim", "v3", "--occupation", "горнорабочий");
  REFUSED (f, "v9", "victim", "edit", n, "v9", "--occupation", "x");
  REFUSED (f, "date of death", "victim", "outcome", n, "v3", "--severity", "fatal");
  CHANGED (f, NULL, "victim", "outcome", n, "v3", "--severity", "severe");
  REFUSED (f, "Reason", "victim", "remove", n, "v3");
  CHANGED (f, NULL, "victim", "remove", n, "v3", "--reason", "внесён ошибочно");
}

static void
drive_investigation (Fixture    *f,
                     const char *n)
{
  /* route */
  REFUSED (f, "not possible", "close", n);
  REFUSED (f, "not possible", "member", "add", n, "--role", "chair", "--full-name", "Жұмабеков Айдар");
  REFUSED (f, "not possible", "escalate", n);
  CHANGED (f, NULL, "route", n);
  REFUSED (f, "not possible", "route", n);

  /* members, by position from 1 */
  REFUSED (f, "Role", "member", "add", n, "--full-name", "Жұмабеков Айдар");
  CHANGED (f, "1", "member", "add", n, "--role", "chair", "--full-name", "Жұмабеков Айдар",
           "--position", "государственный инспектор труда", "--organization", "ГИТ Карагандинской области");
  /* the order prints each member's position and organization, and the
   * exchange format requires them */
  REFUSED (f, "organization is missing", "member-add", n, "--role", "member", "--full-name", "Петров Иван",
           "--position", "слесарь");
  CHANGED (f, "2", "member-add", n, "--role", "member", "--full-name", "Петров Иван",
           "--position", "слесарь", "--organization", "ТОО «Сарыарка Көмір»");
  CHANGED (f, NULL, "member", "edit", n, "2", "--position", "представитель работников");
  REFUSED (f, "position is missing", "member", "edit", n, "2", "--position", "");
  REFUSED (f, "number 7", "member", "edit", n, "--member", "7", "--position", "x");
  CHANGED (f, "3", "member", "add", n, "--role", "member", "--full-name", "Ким Олег",
           "--position", "инженер", "--organization", "Профсоюз угольщиков");
  CHANGED (f, NULL, "member", "remove", n, "3");
  REFUSED (f, "number 3", "member", "remove", n, "--member", "3");

  /* extend */
  REFUSED (f, "due date", "extend", n, "--new-due", "2026-11-20", "--reason", "экспертиза",
           "--granted-by", "Председатель Комитета");
  REFUSED (f, "Granted by", "extend", n, "--new-due", "2026-12-15", "--reason", "экспертиза");
  CHANGED (f, NULL, "extend", n, "--new-due", "15.12.2026", "--reason", "экспертиза",
           "--granted-by", "Председатель Комитета");

  /* requests and answers: the id request prints is the one answer takes */
  REFUSED (f, "before today", "request", n, "--to", "ДЧС", "--subject", "Справка", "--due", "2026-11-01");
  CHANGED (f, "r1", "request", n, "--to", "ТОО «Сарыарка Көмір»", "--subject", "Акт формы Н-1", "--blocking");
  CHANGED (f, "r2", "request", n, "--to", "ДЧС", "--subject", "Справка", "--blocking", "no");
  CHANGED (f, NULL, "answer", n, "r2", "--text", "Справка представлена");
  REFUSED (f, "already answered", "answer", n, "r2", "--text", "ещё раз");
  REFUSED (f, "r7", "answer", n, "r7", "--text", "x");

  REFUSED (f, "findings", "conclude", n, "--act-number", "12", "--act-date", "2026-11-19");
}

static void
drive_conclusion (Fixture    *f,
                  const char *n)
{
  REFUSED (f, "ground", "findings", n, "--work-related", "no");
  REFUSED (f, "100", "findings", n, "--work-related", "yes", "--fault-employer", "70", "--fault-employee", "20");
  CHANGED (f, NULL, "findings", n, "--work-related", "yes", "--causes", "Нарушение правил ТБ",
           "--causes", "Неисправность вентиляции", "--responsible", "Иванов И. И., начальник участка",
           "--violations", "Трудовой кодекс, ст. 182", "--fault-employer", "70", "--fault-employee", "30");
  CHANGED (f, NULL, "conclude", n, "--act-number", "12", "--act-date", "2026-11-19");

  /* act received; a dispute decided for re-investigation */
  CHANGED (f, NULL, "receive-act", n, "--on", "2026-11-19");
  REFUSED (f, "already recorded", "act-received", n, "--received-on", "2026-11-19");
  REFUSED (f, "Received", "dispute", "file", n, "--filed-by", "worker", "--subject", "investigation",
           "--claim", "Не согласен с долей вины");
  CHANGED (f, "d1", "dispute", "file", n, "--filed-by", "worker", "--subject", "investigation",
           "--filed", "2026-11-19", "--claim", "Не согласен с долей вины");
  REFUSED (f, "open dispute", "close", n);
  REFUSED (f, "d9", "dispute", "position", n, "d9", "--party", "employer", "--text", "Возражаем");
  CHANGED (f, NULL, "dispute", "position", n, "d1", "--party", "employer", "--text", "Возражаем");
  REFUSED (f, "decided", "dispute", "appeal", n, "d1", "--court", "Суд", "--filed", "2026-11-19");
  REFUSED (f, "Decided by", "dispute", "decide", n, "d1", "--outcome", "rejected",
           "--decided-on", "2026-11-19", "--reasoning", "Доводы не подтвердились");
  CHANGED (f, NULL, "dispute-decide", n, "d1", "--outcome", "reinvestigation", "--decided-on", "2026-11-19",
           "--decided-by", "Председатель Комитета", "--reasoning", "Доли вины не обоснованы");
  CHANGED (f, NULL, "dispute", "appeal", n, "d1", "--court", "Сарыаркинский районный суд",
           "--filed", "2026-11-19");
  CHANGED (f, "d2", "dispute", "file", n, "--filed-by", "employer", "--subject", "formalization",
           "--filed", "2026-11-19", "--claim", "Акт составлен с нарушениями");
  CHANGED (f, NULL, "dispute", "withdraw", n, "d2", "--reason", "отозвано заявителем");
  REFUSED (f, "no longer open", "dispute", "withdraw", n, "d2");
  /* investigating again: the act of the first investigation stays received */
  REFUSED (f, "already recorded", "act-received", n, "--received-on", "2026-11-19");
}

static void
drive_review_and_closing (Fixture    *f,
                          const char *n)
{
  g_autofree char *file = g_build_filename (f->dir, "akt-n1.txt", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "missing.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) line = NULL;

  CHANGED (f, NULL, "conclude", n);
  /* review: "reinvestigation" sends the case back */
  REFUSED (f, "Reasoning", "review", n, "--conclusion", "reinvestigation");
  line = cli_ok (f, "review", n, "--conclusion", "reinvestigation", "--reasoning", "Причины установлены не полностью", NULL);
  g_assert_cmpstr (line[2], ==, "changed");
  g_clear_pointer (&line, g_strfreev);
  REFUSED (f, "not possible", "reinvestigate", n, "--reason", "x");
  CHANGED (f, NULL, "conclude", n);
  line = cli_ok (f, "review", n, "--conclusion", "sound", "--reasoning", "Обоснованно", "--on", "19.11.2026", NULL);
  g_clear_pointer (&line, g_strfreev);

  /* close: only once the blocking request is answered */
  REFUSED (f, "blocking", "close", n);
  CHANGED (f, NULL, "answer", n, "1", "--text", "Акт представлен", "--on", "2026-11-19");
  CHANGED (f, NULL, "close", n);

  /* a closed case takes documents and reopening only */
  REFUSED (f, "closed", "victim", "add", n, "--full-name", "Х", "--iin", "880312300017",
           "--birth-date", "1988-03-12", "--sex", "m", "--severity", "light");
  REFUSED (f, "closed", "findings", n, "--work-related", "yes");
  g_file_set_contents (file, "Акт формы Н-1\n", -1, &error);
  g_assert_no_error (error);
  CHANGED (f, "doc1", "attach", n, file, "--title", "Акт формы Н-1");
  CHANGED (f, "doc2", "attach", n, file);
  REFUSED (f, "missing.pdf", "attach", n, missing);
  REFUSED (f, "Reason", "reopen", n);
  CHANGED (f, NULL, "reopen", n, "--reason", "Уточнить акт");
  CHANGED (f, NULL, "reinvestigate", n, "--reason", "Новые обстоятельства");
  REFUSED (f, "reason", "refer", n);
  REFUSED (f, "Reason", "remove", n);
}

static void
test_local_investigation (Fixture *f, gconstpointer data)
{
  g_autofree char *v1 = victim_arg ("Ахметов Серік Болатұлы", 1985, TG_SEX_MALE, "severe", NULL);
  g_autofree char *v2 = victim_arg ("Исаева Гүлнар Маратқызы", 1990, TG_SEX_FEMALE, "light", NULL);
  g_autofree char *n = register_case (f, v1, v2);
  g_autofree char *out = NULL;

  g_assert_cmpstr (n, ==, "08-2026-00004");
  drive_registration (f, n);
  drive_investigation (f, n);
  drive_conclusion (f, n);
  drive_review_and_closing (f, n);

  /* show names everything by the id the commands take */
  out = show (f, n);
  g_assert_nonnull (strstr (out, "  v1  Ахметов Серік Болатұлы"));
  g_assert_nonnull (strstr (out, "  v2  Исаева Гүлнар Маратқызы"));
  g_assert_nonnull (strstr (out, "  1. Chair"));
  g_assert_nonnull (strstr (out, "  2. Member"));
  g_assert_nonnull (strstr (out, "Dispute d1"));
  g_assert_nonnull (strstr (out, "Dispute d2"));
  g_assert_nonnull (strstr (out, "Information request r1"));
  g_assert_nonnull (strstr (out, "Information request r2"));
  g_assert_nonnull (strstr (out, "  doc1  Акт формы Н-1 (akt-n1.txt"));
  g_assert_nonnull (strstr (out, "  doc2  akt-n1.txt (akt-n1.txt"));

  CHANGED (f, NULL, "remove", n, "--reason", "Зарегистрирован дважды");
  REFUSED (f, "removed", "edit", n, "--place", "x");
}

/* ------------------------------------------- the Committee's commission */

static void
assert_state (Fixture    *f,
              const char *number,
              const char *state)
{
  g_autofree char *out = NULL;
  g_autofree char *prefix = g_strdup_printf ("%s\t%s\t", number, state);

  g_assert_cmpint (run_cli (f, &out, NULL, "list", "--search", number, NULL), ==, 0);
  g_assert_true (g_str_has_prefix (out, prefix));
}

static void
test_committee (Fixture *f, gconstpointer data)
{
  g_autofree char *v1 = victim_arg ("Ахметов Серік Болатұлы", 1985, TG_SEX_MALE, "fatal", "18.11.2026");
  g_autofree char *v2 = victim_arg ("Исаев Марат Ерланұлы", 1986, TG_SEX_MALE, "fatal", "2026-11-18");
  g_autofree char *iin = iin_of (1987, TG_SEX_MALE);
  g_autofree char *n = register_case (f, v1, v2);
  g_autofree char *out = NULL;

  /* Two deaths: a local investigation; a third death escalates the case
   * to a Committee commission in the same command. */
  CHANGED (f, NULL, "route", n);
  assert_state (f, n, "local-investigation");
  REFUSED (f, "three to five", "escalate", n);
  REFUSED (f, "three to five", "transition", n, "escalate");
  CHANGED (f, "v3", "victim", "add", n, "--full-name", "Ким Олег", "--iin", iin,
           "--birth-date", "1987-03-12", "--sex", "m", "--severity", "severe");
  assert_state (f, n, "local-investigation");
  CHANGED (f, NULL, "victim", "outcome", n, "v3", "--severity", "fatal", "--died-on", "25.11.2026");
  assert_state (f, n, "commission-pending");

  /* The Committee's commission by order */
  REFUSED (f, "chair", "appoint", n);
  CHANGED (f, "1", "member", "add", n, "--role", "chair", "--full-name", "Сейітов Болат",
           "--position", "главный государственный инспектор труда", "--organization", "Комитет");
  CHANGED (f, "2", "member", "add", n, "--role", "member", "--full-name", "Омаров Данияр",
           "--position", "технический инспектор", "--organization", "Профсоюз горняков");
  REFUSED (f, "two members", "appoint", n);
  CHANGED (f, "3", "member", "add", n, "--role", "secretary", "--full-name", "Ли Анна",
           "--position", "главный эксперт", "--organization", "Комитет");
  CHANGED (f, NULL, "appoint", n);
  assert_state (f, n, "committee-investigation");
  REFUSED (f, "not possible", "appoint", n);
  out = show (f, n);
  g_assert_nonnull (strstr (out, "1-к"));
  g_assert_nonnull (strstr (out, "  3. Secretary"));

  /* Referred by hand, with a reason; then nothing moves it back */
  CHANGED (f, NULL, "refer", n, "--reason", "Решение Правительства");
  assert_state (f, n, "referred-to-government");
  REFUSED (f, "not possible", "refer", n, "--reason", "ещё раз");
}

/* ------------------------------------------------------- register --from */

static void
test_register_from_file (Fixture *f, gconstpointer data)
{
  g_autofree char *one = g_build_filename (f->dir, "one.xml", NULL);
  g_autofree char *two = g_build_filename (f->dir, "two.xml", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_auto(GStrv) line = NULL;

  g_assert_cmpint (run_cli (f, NULL, NULL, "export", "--case", "08-2026-00002", "-o", one, NULL), ==, 0);
  g_assert_cmpint (run_cli (f, NULL, NULL, "export", "--case", "08-2026-00002", "--case", "08-2026-00003",
                            "-o", two, NULL), ==, 0);
  line = cli_ok (f, "register", "--from", one, NULL);
  g_assert_cmpstr (line[0], ==, "08-2026-00004");
  g_assert_cmpstr (line[1], ==, "1");
  g_assert_cmpstr (line[2], ==, "changed");
  g_assert_true (g_uuid_string_is_valid (line[3]));
  before = show (f, "08-2026-00002");
  after = show (f, "08-2026-00004");
  g_assert_nonnull (strstr (after, line[3]));
  g_assert_null (strstr (before, line[3]));
  g_assert_nonnull (strstr (after, "Шахта «Тентек», 3-горизонт"));
  g_assert_nonnull (strstr (after, "  v2  "));

  REFUSED (f, "2 cases", "register", "--from", two);
  REFUSED (f, "missing.xml", "register", "--from", "missing.xml");
  USAGE (f, "register", "--from", one, "--region", "08");

  /* What changed in a period: everything today, nothing from tomorrow. */
  {
    g_autofree char *changed = g_build_filename (f->dir, "changed.xml", NULL);
    g_autofree char *err = NULL;
    GDate day;
    char today[16], tomorrow[16];

    tg_today (&day);
    g_snprintf (today, sizeof today, "%04u-%02u-%02u", g_date_get_year (&day), g_date_get_month (&day),
                g_date_get_day (&day));
    g_date_add_days (&day, 1);
    g_snprintf (tomorrow, sizeof tomorrow, "%04u-%02u-%02u", g_date_get_year (&day), g_date_get_month (&day),
                g_date_get_day (&day));
    g_assert_cmpint (run_cli (f, NULL, &err, "export", "--changed-since", today, "--region", "08", "-o", changed,
                              NULL), ==, 0);
    g_assert_nonnull (strstr (err, "cases written"));
    g_assert_cmpint (run_cli (f, NULL, NULL, "export", "--changed-since", tomorrow, "-o", changed, NULL), !=, 0);
    USAGE (f, "export", "--changed-since", "14.03.2026", "-o", changed);
  }
}

/* ----------------------------------------------------- --help and usage */

static void
test_help (Fixture *f, gconstpointer data)
{
  const char * const *names = tg_command_list ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autoptr(GPtrArray) words = g_ptr_array_new ();
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      guint n;
      const TgParamSpec *params = tg_command_get_params (names[i], &n);

      g_ptr_array_add (words, (gpointer) names[i]);
      g_ptr_array_add (words, "--help");
      g_ptr_array_add (words, NULL);
      g_assert_cmpint (run_words (f, words, &out, &err), ==, 0);
      g_assert_nonnull (strstr (out, tg_command_get_title (names[i])));
      for (guint j = 0; j < n; j++)
        {
          g_autofree char *option = g_strdup_printf ("--%s", params[j].key);

          if (params[j].kind == TG_PARAM_BYTES)
            continue;
          g_assert_nonnull (strstr (out, option));
          g_assert_nonnull (strstr (out, params[j].label));
        }
      if (!g_str_equal (names[i], "register"))
        g_assert_nonnull (strstr (out, "Allowed "));
    }
  /* Both spellings; a required parameter is marked. */
  {
    g_autoptr(GPtrArray) words = g_ptr_array_new ();
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;

    g_ptr_array_add (words, "victim");
    g_ptr_array_add (words, "add");
    g_ptr_array_add (words, "--help");
    g_ptr_array_add (words, NULL);
    g_assert_cmpint (run_words (f, words, &out, &err), ==, 0);
    g_assert_nonnull (strstr (out, "--iin=TEXT"));
    g_assert_nonnull (strstr (out, "IIN (required)"));
    g_assert_nonnull (strstr (out, "--severity=light|severe|fatal"));
    g_assert_nonnull (strstr (out, "Allowed when the case is: Registered, "));
  }

  USAGE (f, "victim", "add", "--full-name", "x");             /* no case */
  USAGE (f, "victim", "add", "08-2026-00001", "--bogus", "x");  /* unknown option */
  USAGE (f, "victim", "add", "08-2026-00001", "extra");        /* too many arguments */
  USAGE (f, "victim");                                          /* which one? */
  USAGE (f, "fly", "08-2026-00001");
  USAGE (f, "edit", "08-2026-00001", "--place", "a", "--place", "b");
  USAGE (f, "edit", "08-2026-00001", "--revision", "0");
  USAGE (f, "victim", "edit", "08-2026-00001", "v1", "--victim", "v1");
  USAGE (f, "attach", "08-2026-00001");                         /* no FILE */
  /* A bad value is bad input, not a usage error. */
  REFUSED (f, "Date of birth", "victim", "add", "08-2026-00001", "--birth-date", "31.02.1990");
  REFUSED (f, "08-2026-00009", "route", "08-2026-00009");
}

/* Issue 17: an office server's address given as --db is never taken for a
 * file name; one that carries a password is refused with a reason, and
 * the password is not repeated. */
static void
test_server_location_refused (Fixture      *f,
                              gconstpointer data)
{
  const char *const locations[] = { "postgresql://ali:s3cret@office/tergeu", "host=office password=s3cret dbname=tergeu" };

  for (gsize i = 0; i < G_N_ELEMENTS (locations); i++)
    {
      const char *argv[] = { g_getenv ("TERGEU_CLI"), "list", "--db", locations[i], NULL };
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GDir) dir = NULL;
      const char *name;
      int status = -1;

      g_spawn_sync (f->dir, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
      g_assert_no_error (error);
      g_assert_true (WIFEXITED (status));
      g_assert_cmpint (WEXITSTATUS (status), ==, 1);
      g_assert_cmpstr (out, ==, "");
      g_assert_nonnull (strstr (err, "office"));
      g_assert_nonnull (strstr (err, "PostgreSQL"));
      g_assert_null (strstr (err, "s3cret"));
      dir = g_dir_open (f->dir, 0, &error);
      g_assert_no_error (error);
      while ((name = g_dir_read_name (dir)) != NULL)
        g_assert_true (g_str_has_prefix (name, "cases.db"));
    }
}

/* On an office server a file imports as into a file: the history it
 * brings keeps its authors and verifies, and importing it again changes
 * nothing. (Who imported it the server records beside each entry:
 * test-pg-server's /pg-server/history/received.) */
static void
test_server_import (Fixture      *f,
                    gconstpointer data)
{
  g_autofree char *file = g_test_build_filename (G_TEST_DIST, "data", "exchange", "good-example.xml", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  if (!tg_test_on_server ())
    {
      g_test_skip ("a file imports (test-exchange-import)");
      return;
    }
  g_assert_cmpint (run_cli (f, &out, &err, "import", file, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "created"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (f, &out, &err, "verify", NULL), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (f, &out, &err, "import", file, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "unchanged"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("TERGEU_TODAY", "2026-11-19", TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_test_add ("/cli/list-format", Fixture, NULL, fixture_setup, test_list_format, fixture_teardown);
  g_test_add ("/cli/list-paging", Fixture, NULL, fixture_setup, test_list_paging, fixture_teardown);
  g_test_add ("/cli/server-location-refused", Fixture, NULL, fixture_setup, test_server_location_refused, fixture_teardown);
  g_test_add ("/cli/server-import", Fixture, NULL, fixture_setup, test_server_import, fixture_teardown);
  g_test_add ("/cli/transition-and-filters", Fixture, NULL, fixture_setup, test_transition_and_filters, fixture_teardown);
  g_test_add ("/cli/verify-detects-edit", Fixture, NULL, fixture_setup, test_verify_detects_edit, fixture_teardown);
  g_test_add ("/cli/commands/local-investigation", Fixture, NULL, fixture_setup, test_local_investigation, fixture_teardown);
  g_test_add ("/cli/commands/committee", Fixture, NULL, fixture_setup, test_committee, fixture_teardown);
  g_test_add ("/cli/commands/register-from-file", Fixture, NULL, fixture_setup, test_register_from_file, fixture_teardown);
  g_test_add ("/cli/commands/help-and-usage", Fixture, NULL, fixture_setup, test_help, fixture_teardown);
  return g_test_run ();
}
