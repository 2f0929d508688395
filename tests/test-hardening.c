/* test-hardening.c — what a hostile file, a second database or an unlucky
 * moment can no longer do (issue 16)
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One test per finding of the issue, named after it, in the order of the
 * issue. The large inputs are generated here, at test time. Tests that
 * need the command line run the built tergeu-cli ($TERGEU_CLI), each in a
 * child of its own so that its peak memory can be read (wait4).
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "tg-store-backup.h"
#include "tg-store-collation.h"
#include "tg-exchange-import.h"
#include "tg-exchange-validate.h"
#include "tg-model.h"
#include "tg-store.h"
#include "tg-test-util.h"
#include "tg-victim.h"

/* ---- running tergeu-cli ------------------------------------------------ */

typedef struct
{
  int status;        /* exit status, -1 when killed */
  char *out;
  char *err;
  glong max_rss_kib; /* peak resident memory of the child */
} Run;

static void
run_clear (Run *r)
{
  g_clear_pointer (&r->out, g_free);
  g_clear_pointer (&r->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static char *
read_fd (int fd)
{
  GString *s = g_string_new (NULL);
  char buffer[4096];
  ssize_t n;

  while ((n = read (fd, buffer, sizeof buffer)) != 0)
    {
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        break;
      g_string_append_len (s, buffer, n);
    }
  close (fd);
  return g_string_free (s, FALSE);
}

typedef struct
{
  int fd;
  char *text;
} Reader;

static gpointer
read_thread (gpointer data)
{
  Reader *r = data;

  r->text = read_fd (r->fd);
  return NULL;
}

static void
become_nobody (gpointer user_data)
{
  /* Only for the read-only test, when the tests run as root. */
  if (setgid (65534) != 0 || setuid (65534) != 0)
    _exit (99);
}

/* Runs tergeu-cli with @argv (NULL-terminated, without the program);
 * @as_nobody: as user nobody (when root). */
static void
cli_argv (Run         *r,
          const char **args,
          gboolean     as_nobody)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  Reader out = { -1, NULL }, err = { -1, NULL };
  GThread *t_out, *t_err;
  struct rusage usage;
  GPid pid;
  int status = 0;

  g_ptr_array_add (argv, (gpointer) g_getenv ("TERGEU_CLI"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  g_spawn_async_with_pipes (NULL, (char **) argv->pdata, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                            as_nobody ? become_nobody : NULL, NULL, &pid, NULL, &out.fd, &err.fd, &error);
  g_assert_no_error (error);
  t_out = g_thread_new ("out", read_thread, &out);
  t_err = g_thread_new ("err", read_thread, &err);
  g_assert_cmpint (wait4 (pid, &status, 0, &usage), ==, pid);
  g_thread_join (t_out);
  g_thread_join (t_err);
  g_spawn_close_pid (pid);
  r->out = out.text;
  r->err = err.text;
  r->status = WIFEXITED (status) ? WEXITSTATUS (status) : -1;
  r->max_rss_kib = usage.ru_maxrss;
  g_test_message ("tergeu-cli %s → %d, %ld KiB\n%s%s", args[0], r->status, r->max_rss_kib, r->out, r->err);
}

static void
cli (Run        *r,
     const char *first,
     ...) G_GNUC_NULL_TERMINATED;

static void
cli (Run        *r,
     const char *first,
     ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  const char *arg;
  va_list ap;

  g_ptr_array_add (args, (gpointer) first);
  va_start (ap, first);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);
  cli_argv (r, (const char **) args->pdata, FALSE);
}

/* Memory figures mean nothing in an instrumented build. */
static gboolean
memory_measurable (void)
{
  return g_getenv ("ASAN_OPTIONS") == NULL && g_getenv ("TERGEU_TEST_NO_MEMORY") == NULL;
}

#define MEMORY_BOUND_KIB (100 * 1024)

static char *
make_dir (void)
{
  char *dir = g_dir_make_tmp ("tergeu-hardening-XXXXXX", NULL);

  g_assert_nonnull (dir);
  return dir;
}

/* A database of @n demo cases at @path. */
static void
demo_database (const char *path,
               guint       n)
{
  g_auto(Run) r = { 0, };
  g_autofree char *count = g_strdup_printf ("%u", n);

  cli (&r, "demo", "--cases", count, "--seed", "7", "--db", path, NULL);
  g_assert_cmpint (r.status, ==, 0);
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; p != NULL && *p != '\0'; p++)
    if (*p == '\n')
      n++;
  return n;
}

/* The first line's first field of `list`. */
static char *
first_number (const char *db)
{
  g_auto(Run) r = { 0, };

  cli (&r, "list", "--db", db, NULL);
  g_assert_cmpint (r.status, ==, 0);
  return g_strndup (r.out, strcspn (r.out, "\t"));
}

static char *
example_text (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "exchange", "good-example.xml", NULL);
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

/* The example with the first @from replaced by @to. */
static char *
example_with (const char *from,
              const char *to)
{
  g_autofree char *text = example_text ();
  const char *at = strstr (text, from);

  g_assert_nonnull (at);
  return g_strdup_printf ("%.*s%s%s", (int) (at - text), text, to, at + strlen (from));
}

static char *
write_temp (const char *dir,
            const char *name,
            const char *text)
{
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return path;
}

/* ---- 1: backups per database -------------------------------------------- */

static void
test_backups_per_database (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *cases = g_build_filename (dir, "cases.db", NULL);
  g_autofree char *training = g_build_filename (dir, "training.db", NULL);
  g_auto(Run) a = { 0, };
  g_auto(Run) b = { 0, };
  g_auto(Run) c = { 0, };
  g_auto(Run) la = { 0, };
  g_auto(Run) lb = { 0, };
  g_auto(Run) lc = { 0, };
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TgStore) damaged = NULL;
  g_autofree char *path_a = NULL, *path_b = NULL, *path_c = NULL;

  if (tg_test_file_only ("the automatic backups are an SQLite file's; a server's are pg_dump's (test-pg-backup)"))
    {
      tg_test_remove_dir (dir);
      return;
    }

  demo_database (cases, 3);
  demo_database (training, 5);
  /* Within one second, as the attack: each path holds its own. */
  cli (&a, "backup", "--db", cases, NULL);
  cli (&b, "backup", "--db", training, NULL);
  cli (&c, "backup", "--db", cases, NULL);
  g_assert_cmpint (a.status, ==, 0);
  g_assert_cmpint (b.status, ==, 0);
  g_assert_cmpint (c.status, ==, 0);
  path_a = g_strchomp (g_strdup (a.out));
  path_b = g_strchomp (g_strdup (b.out));
  path_c = g_strchomp (g_strdup (c.out));
  g_assert_cmpstr (path_a, !=, path_c);
  cli (&la, "list", "--db", path_a, NULL);
  cli (&lb, "list", "--db", path_b, NULL);
  cli (&lc, "list", "--db", path_c, NULL);
  g_assert_cmpuint (count_lines (la.out), ==, 3);
  g_assert_cmpuint (count_lines (lb.out), ==, 5);
  g_assert_cmpuint (count_lines (lc.out), ==, 3);

  /* Rotating one database's backups leaves the other's alone. */
  before = tg_backup_list (cases);
  g_assert_cmpuint (before->len, ==, 2);
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *made = tg_backup_rotate (training, "manual", 2, &error);
      g_assert_no_error (error);
    }
  after = tg_backup_list (cases);
  g_assert_cmpuint (after->len, ==, 2);
  g_clear_pointer (&after, g_ptr_array_unref);
  after = tg_backup_list (training);
  g_assert_cmpuint (after->len, ==, 2);

  /* The damaged database is offered its own latest backup, no other. */
  g_assert_true (g_file_set_contents (cases, "SQLite format 3", 16, NULL));
  damaged = tg_store_open (cases, &error);
  g_assert_null (damaged);
  g_assert_error (error, TG_STORE_ERROR, TG_STORE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, path_c));
  g_assert_null (strstr (error->message, "training.db"));
  tg_test_remove_dir (dir);
}

/* ---- 2: output paths ------------------------------------------------------ */

static gpointer
drain_fifo (gpointer data)
{
  int fd = g_open (data, O_RDONLY, 0);

  g_assert_cmpint (fd, >=, 0);
  return read_fd (fd);
}

static void
test_output_paths (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *db = tg_test_db_location (dir, "cases.db");
  g_autofree char *target = g_build_filename (dir, "target.xml", NULL);
  g_autofree char *link = g_build_filename (dir, "link.xml", NULL);
  g_autofree char *dangling = g_build_filename (dir, "dangling.xml", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo.xml", NULL);
  g_autofree char *nowhere = g_build_filename (dir, "nowhere.xml", NULL);
  g_autofree char *received = NULL;
  GThread *reader;
  GStatBuf st;

  demo_database (db, 4);

  /* A symlink is written through: the link stays, its target is the file. */
  g_assert_true (g_file_set_contents (target, "old", -1, NULL));
  g_assert_cmpint (symlink ("target.xml", link), ==, 0);
  {
    g_auto(Run) r = { 0, };
    cli (&r, "export", "--db", db, "--all", "-o", link, NULL);
    g_assert_cmpint (r.status, ==, 0);
  }
  g_assert_cmpint (g_lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  g_assert_cmpint (g_stat (target, &st), ==, 0);
  g_assert_true (S_ISREG (st.st_mode));
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (st.st_size, >, 1000);

  /* A link to nothing is refused, and nothing is made. */
  g_assert_cmpint (symlink ("nowhere.xml", dangling), ==, 0);
  {
    g_auto(Run) r = { 0, };
    cli (&r, "export", "--db", db, "--all", "-o", dangling, NULL);
    g_assert_cmpint (r.status, ==, 1);
    g_assert_false (g_file_test (nowhere, G_FILE_TEST_EXISTS));
  }

  /* A FIFO is written to, and stays a FIFO. */
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  reader = g_thread_new ("fifo", drain_fifo, fifo);
  {
    g_auto(Run) r = { 0, };
    cli (&r, "export", "--db", db, "--all", "-o", fifo, NULL);
    g_assert_cmpint (r.status, ==, 0);
  }
  received = g_thread_join (reader);
  g_assert_nonnull (strstr (received, "</caseFile>"));
  g_assert_cmpint (g_lstat (fifo, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));

  /* A device: written to, never replaced; a failed write is an error. */
  {
    g_auto(Run) r = { 0, };
    cli (&r, "export", "--db", db, "--all", "-o", "/dev/null", NULL);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_cmpint (g_lstat ("/dev/null", &st), ==, 0);
    g_assert_true (S_ISCHR (st.st_mode));
  }
  if (g_file_test ("/dev/full", G_FILE_TEST_EXISTS))
    {
      g_auto(Run) r = { 0, };
      cli (&r, "export", "--db", db, "--all", "-o", "/dev/full", NULL);
      g_assert_cmpint (r.status, ==, 1);
      g_assert_null (strstr (r.err, "written"));
    }
  /* A folder is refused. */
  {
    g_auto(Run) r = { 0, };
    cli (&r, "export", "--db", db, "--all", "-o", dir, NULL);
    g_assert_cmpint (r.status, ==, 1);
  }
  tg_test_remove_dir (dir);
}

/* ---- 3: limits, linear diffs, checks before the lock ---------------------- */

static void
test_limits_and_lock (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *case_tag = NULL;
  g_autofree char *with_attributes = NULL;
  g_autofree char *attributes_path = NULL;
  g_autofree char *victim = NULL;
  g_autofree char *with_victims = NULL;
  g_autofree char *victims_path = NULL;
  g_autofree char *bad_rule = NULL;
  g_autofree char *bad_path = NULL;
  g_autoptr(GString) attrs = g_string_new ("<case ");
  g_autoptr(GString) many = g_string_new (NULL);
  g_autoptr(TgCase) a = tg_test_make_case (0, 0, 0);
  g_autoptr(TgCase) b = NULL;
  g_autoptr(GPtrArray) diff = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = example_text ();
  const char *v_start, *v_end;

  /* One element with 200 000 attributes: refused before libxml2 reads it. */
  for (guint i = 0; i < 200000; i++)
    g_string_append_printf (attrs, "a%u=\"1\" ", i);
  with_attributes = example_with ("<case ", attrs->str);
  attributes_path = write_temp (dir, "attributes.xml", with_attributes);
  {
    g_autoptr(TgExchangeReport) report = tg_exchange_report_new ();
    g_assert_false (tg_exchange_validate_file (attributes_path, report, &error));
    g_assert_nonnull (strstr (error->message, "more than 32 attributes"));
    g_clear_error (&error);
  }

  /* 20 000 victims (the example's first, with ids of their own): refused
   * at the first over the bound. */
  v_start = strstr (text, "      <victim id=\"v1\"");
  v_end = strstr (v_start + 1, "      <victim ");
  victim = g_strndup (v_start, v_end - v_start);
  for (guint i = 0; i < 20000; i++)
    {
      g_autoptr(GString) one = g_string_new (victim);
      g_autofree char *id = g_strdup_printf ("id=\"x%u\"", i);

      g_string_replace (one, "id=\"v1\"", id, 1);
      g_string_append (many, one->str);
    }
  with_victims = example_with (victim, many->str);
  victims_path = write_temp (dir, "victims.xml", with_victims);
  {
    g_autoptr(TgExchangeReport) report = tg_exchange_report_new ();
    g_autofree char *formatted = NULL;

    g_assert_false (tg_exchange_validate_file (victims_path, report, &error));
    formatted = tg_exchange_report_format (report);
    g_test_message ("%s", formatted);
    g_assert_nonnull (strstr (formatted, "more than 1000 victims"));
    g_clear_error (&error);
  }

  /* Comparing two versions of a case with 20 000 victims is linear (a
   * search per item took minutes). */
  for (guint i = 0; i < 20000; i++)
    {
      g_autoptr(TgVictim) v = tg_victim_new ();
      g_autofree char *id = g_strdup_printf ("x%u", i);

      tg_victim_set_id (v, id);
      tg_victim_set_full_name (v, "Оспанов Асхат");
      g_list_store_append (tg_case_get_victims (a), v);
    }
  b = tg_model_copy (a);
  {
    g_autoptr(TgVictim) v = g_list_model_get_item (G_LIST_MODEL (tg_case_get_victims (b)), 19999);
    tg_victim_set_occupation (v, "шахтёр");
  }
  diff = tg_model_diff (a, b);
  g_assert_cmpuint (diff->len, ==, 1);

  /* The checks run before the write lock: with another writer holding
   * it, a file that breaks a rule is refused at once, by its rule (it
   * waited for the lock, up to two minutes, and then failed on it). */
  bad_rule = example_with ("<started>2026-11-19</started>", "<started>9999-12-31</started>");
  bad_path = write_temp (dir, "bad-rule.xml", bad_rule);
  {
    g_autofree char *db = tg_test_db_location (dir, "cases.db");
    g_autoptr(TgStore) importer = NULL;
    g_autoptr(TgStore) writer = NULL;
    g_autoptr(TgExchangeReport) report = tg_exchange_report_new ();
    g_autofree char *formatted = NULL;

    importer = tg_store_open (db, &error);
    g_assert_no_error (error);
    writer = tg_store_open (db, &error);
    g_assert_no_error (error);
    g_assert_true (tg_store_begin (writer, &error));
    g_assert_false (tg_exchange_import_file (importer, bad_path, report, NULL, NULL, NULL, &error));
    g_assert_error (error, TG_EXCHANGE_ERROR, TG_EXCHANGE_ERROR_REFUSED);
    formatted = tg_exchange_report_format (report);
    g_assert_nonnull (strstr (formatted, "9999-12-31"));
    g_assert_null (strstr (formatted, "locked"));
    tg_store_rollback (writer);
  }
  tg_test_remove_dir (dir);
}

/* ---- 4: restore ------------------------------------------------------------ */

static guint
count_cases (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TgStore) store = tg_store_open (path, &error);
  TgCaseQuery q = TG_CASE_QUERY_INIT;
  guint n = 0;

  g_assert_no_error (error);
  g_assert_true (tg_store_count_cases (store, &q, &n, &error));
  return n;
}

static void
test_restore_locks_and_checks (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *db = g_build_filename (dir, "cases.db", NULL);
  g_autofree char *backup = g_build_filename (dir, "backup.db", NULL);
  g_autofree char *foreign = g_build_filename (dir, "foreign.db", NULL);
  g_autofree char *blank = g_build_filename (dir, "blank.db", NULL);
  g_autofree char *edited = g_build_filename (dir, "edited.db", NULL);
  g_autofree char *kept = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TgStore) open_elsewhere = NULL;
  TgCaseQuery q = TG_CASE_QUERY_INIT;
  guint n = 0;

  if (tg_test_file_only ("restoring is an SQLite file's; a server is restored by pg_restore, which Tergeu only advises"))
    {
      tg_test_remove_dir (dir);
      return;
    }

  demo_database (db, 3);
  g_assert_true (tg_backup_create (db, backup, &error));
  demo_database (db, 2);
  g_assert_cmpuint (count_cases (db), ==, 5);

  /* Another process (here, another connection) has the database open:
   * refused, and nothing of its data is lost. */
  open_elsewhere = tg_store_open (db, &error);
  g_assert_true (tg_store_count_cases (open_elsewhere, &q, &n, &error));
  g_assert_false (tg_backup_restore (db, backup, &kept, &error));
  g_assert_error (error, TG_BACKUP_ERROR, TG_BACKUP_ERROR_IN_USE);
  g_clear_error (&error);
  g_assert_true (tg_store_count_cases (open_elsewhere, &q, &n, &error));
  g_assert_cmpuint (n, ==, 5);
  g_clear_object (&open_elsewhere);

  /* Another application's database, a blank file, a backup whose history
   * was edited: not backups of this. */
  tg_test_exec_sql (foreign, "CREATE TABLE foo (a); INSERT INTO foo VALUES (1);");
  g_assert_true (g_file_set_contents (blank, "", 0, NULL));
  g_assert_true (tg_backup_create (db, edited, &error));
  tg_test_exec_sql (edited, "DROP TRIGGER history_no_update; UPDATE history SET actor = 'someone else' WHERE seq = 1;");
  g_assert_false (tg_backup_restore (db, foreign, NULL, &error));
  g_assert_error (error, TG_BACKUP_ERROR, TG_BACKUP_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (tg_backup_restore (db, blank, NULL, &error));
  g_assert_error (error, TG_BACKUP_ERROR, TG_BACKUP_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (tg_backup_restore (db, edited, NULL, &error));
  g_assert_error (error, TG_BACKUP_ERROR, TG_BACKUP_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (count_cases (db), ==, 5);

  /* Closed: restored, and the old contents kept; nothing of the work
   * (the checked copy, its -wal and -shm) is left beside them. */
  g_assert_true (tg_backup_restore (db, backup, &kept, &error));
  g_assert_no_error (error);
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (d)) != NULL)
      g_assert_false (g_str_has_prefix (name, ".tergeu"));
  }
  g_assert_cmpuint (count_cases (db), ==, 3);
  g_assert_cmpuint (count_cases (kept), ==, 5);
  tg_test_remove_dir (dir);
}

/* ---- 5: input checked, exports validated, show escaped -------------------- */

static void
test_input_checked (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *db = tg_test_db_location (dir, "cases.db");
  g_autofree char *out = g_build_filename (dir, "out.xml", NULL);
  g_autofree char *number = NULL;
  g_autofree char *file_9999 = NULL;
  g_autofree char *path_9999 = NULL;
  g_autofree char *file_max = NULL;
  g_autofree char *path_max = NULL;
  g_autofree char *sql = NULL;

  demo_database (db, 5);
  number = first_number (db);
  {
    g_auto(Run) r = { 0, };
    cli (&r, "edit", number, "--place", "цех\x1b[31m", "--db", db, NULL);
    g_assert_cmpint (r.status, ==, 1);
    g_assert_nonnull (strstr (r.err, "control character (U+001B)"));
  }
  {
    g_auto(Run) r = { 0, };
    cli (&r, "settings", "chairman", "A\x1b[2J", "--db", db, NULL);
    g_assert_cmpint (r.status, ==, 1);
  }
  {
    g_auto(Run) r = { 0, };
    cli (&r, "route", number, "--revision", "99999999999", "--db", db, NULL);
    g_assert_cmpint (r.status, !=, 0);
  }

  /* A start date in 9999 is refused by the importer's rules. */
  file_9999 = example_with ("<started>2026-11-19</started>", "<started>9999-12-31</started>");
  path_9999 = write_temp (dir, "started-9999.xml", file_9999);
  {
    g_auto(Run) r = { 0, };
    cli (&r, "import", "--db", db, path_9999, NULL);
    g_assert_cmpint (r.status, ==, 1);
    g_assert_nonnull (strstr (r.err, "9999-12-31"));
  }

  /* The highest revision: a change past it is refused. */
  file_max = example_with ("revision=\"3\"", "revision=\"2147483647\"");
  path_max = write_temp (dir, "revision-max.xml", file_max);
  {
    g_auto(Run) r = { 0, };
    g_auto(Run) t = { 0, };
    cli (&r, "import", "--db", db, path_max, NULL);
    g_assert_cmpint (r.status, ==, 0);
    cli (&t, "extend", "08-2026-00042", "--new-due", "2026-12-10", "--reason", "экспертиза",
         "--granted-by", "Председатель", "--db", db, NULL);
    g_assert_cmpint (t.status, ==, 1);
    g_assert_nonnull (strstr (t.err, "2147483647"));
  }

  /* A control character stored before the checks: the export does not
   * validate and is not made; show does not obey it. */
  sql = g_strdup_printf ("UPDATE cases SET place = 'цех' || %s (27) || '[31m' WHERE number = '%s'",
                         tg_test_on_server () ? "chr" : "char", number);
  tg_test_exec_sql (db, sql);
  {
    g_auto(Run) r = { 0, };
    cli (&r, "export", "--db", db, "--all", "-o", out, NULL);
    g_assert_cmpint (r.status, ==, 1);
    g_assert_nonnull (strstr (r.err, number));
    /* said by the rules, in the investigator's words, not libxml2's */
    g_assert_nonnull (strstr (r.err, "control character (U+001B)"));
    g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  }
  {
    g_auto(Run) r = { 0, };
    cli (&r, "show", number, "--db", db, NULL);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_null (strchr (r.out, 0x1b));
    g_assert_nonnull (strstr (r.out, "\\x1B[31m"));
  }

  /* A case stored by an older version without what the format requires:
   * the export names the case and what is missing; so does a command. */
  g_free (sql);
  sql = g_strdup_printf ("UPDATE cases SET place = 'цех', circumstances = NULL WHERE number = '%s'", number);
  tg_test_exec_sql (db, sql);
  {
    g_auto(Run) r = { 0, };
    cli (&r, "export", "--db", db, "--all", "-o", out, NULL);
    g_assert_cmpint (r.status, ==, 1);
    g_assert_nonnull (strstr (r.err, number));
    g_assert_nonnull (strstr (r.err, "the circumstances of the accident are missing"));
    g_assert_null (strstr (r.err, "Element"));
    g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  }
  tg_test_remove_dir (dir);
}

/* ---- 6: own exports round-trip, hostile and minimal files ------------------ */

/* A valid file dressed as a hostile sender would: comments, processing
 * instructions, line breaks and CDATA wherever they may stand. */
static char *
dressed_example (void)
{
  g_autoptr(GString) s = g_string_new (NULL);
  g_autofree char *text = example_text ();
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_string_append (s, lines[i]);
      g_string_append (s, i > 4 && lines[i + 1] != NULL ? "<!-- x --><?pi y?>\n\n" : "\n");
    }
  g_string_replace (s, "<place>Шахта «Тентек»", "<place><![CDATA[Шахта «Тентек»]]>", 1);
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static void
assert_all_unchanged (const char *db,
                      const char *file)
{
  g_auto(Run) r = { 0, };
  g_auto(GStrv) lines = NULL;

  cli (&r, "import", "--db", db, file, NULL);
  g_assert_cmpint (r.status, ==, 0);
  lines = g_strsplit (r.out, "\n", -1);
  for (guint i = 0; lines[i] != NULL && *lines[i] != '\0'; i++)
    g_assert_true (g_str_has_suffix (lines[i], "\tunchanged"));
}

static void
test_round_trip_hostile_and_minimal (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *db = tg_test_db_location (dir, "cases.db");
  g_autofree char *dressed = dressed_example ();
  g_autofree char *dressed_path = write_temp (dir, "dressed.xml", dressed);
  g_autofree char *minimal = g_test_build_filename (G_TEST_DIST, "data", "exchange", "good-minimal-findings.xml", NULL);
  g_autofree char *e1 = g_build_filename (dir, "e1.xml", NULL);

  {
    g_auto(Run) r = { 0, };
    g_auto(Run) m = { 0, };
    cli (&r, "import", "--db", db, dressed_path, NULL);
    g_assert_cmpint (r.status, ==, 0);
    cli (&m, "import", "--db", db, minimal, NULL);
    g_assert_cmpint (m.status, ==, 0);
  }
  {
    g_auto(Run) s = { 0, };
    cli (&s, "show", "08-2026-00042", "--db", db, NULL);
    g_assert_nonnull (strstr (s.out, "Шахта «Тентек», 3-горизонт"));
  }
  {
    g_auto(Run) r = { 0, };
    cli (&r, "export", "--db", db, "--all", "-o", e1, NULL);
    g_assert_cmpint (r.status, ==, 0);
  }
  assert_all_unchanged (db, e1);
  assert_all_unchanged (db, dressed_path);
  assert_all_unchanged (db, minimal);
  tg_test_remove_dir (dir);
}

/* ---- 7: filler streamed, documents in chunks ------------------------------ */

/* @head, then @unit repeated to @size bytes, then @tail, into @path. */
static void
write_filled (const char *path,
              const char *head,
              const char *unit,
              gsize       size,
              const char *tail)
{
  FILE *f = fopen (path, "w");
  gsize unit_len = strlen (unit);

  g_assert_nonnull (f);
  fputs (head, f);
  for (gsize done = 0; done < size; done += unit_len)
    fwrite (unit, 1, unit_len, f);
  fputs (tail, f);
  g_assert_cmpint (fclose (f), ==, 0);
}

static void
assert_valid_within_bound (const char *path)
{
  g_auto(Run) r = { 0, };

  cli (&r, "validate", path, NULL);
  g_assert_cmpint (r.status, ==, 0);
  if (memory_measurable ())
    g_assert_cmpint (r.max_rss_kib, <, MEMORY_BOUND_KIB);
}

static void
test_filler_streamed (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *text = example_text ();
  g_autofree char *path = g_build_filename (dir, "filler.xml", NULL);
  g_autofree char *head = NULL;
  const char *end = strstr (text, "</caseFile>");
  g_autoptr(GString) spaces = g_string_new (NULL);
  g_autoptr(GString) breaks = g_string_new (NULL);

  head = g_strndup (text, end - text);
  g_string_set_size (spaces, 65536);
  memset (spaces->str, ' ', spaces->len);
  g_string_set_size (breaks, 4096);
  memset (breaks->str, '\n', breaks->len);
  g_string_append (breaks, "<!-- filler -->");

  /* 160 MiB of trailing white space; 128 MiB of white space broken by
   * comments; 64 MiB of processing instructions: each took more memory
   * than its own size. */
  write_filled (path, text, spaces->str, 160 * 1024 * 1024, "\n");
  assert_valid_within_bound (path);
  write_filled (path, head, breaks->str, 128 * 1024 * 1024, "</caseFile>\n");
  assert_valid_within_bound (path);
  write_filled (path, head, "<?filler yes?>", 64 * 1024 * 1024, "</caseFile>\n");
  assert_valid_within_bound (path);
  g_unlink (path);
  tg_test_remove_dir (dir);
}

static void
test_documents_in_chunks (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "documents.xml", NULL);
  g_autofree char *db = tg_test_db_location (dir, "cases.db");
  g_autofree char *out = g_build_filename (dir, "out.xml", NULL);
  g_autofree char *text = example_text ();
  const char *at = strstr (text, "    <history>");
  g_autoptr(GRand) rand = g_rand_new_with_seed (16);
  FILE *f = fopen (path, "w");
  gsize size = 6 * 1024 * 1024;
  g_autofree guint8 *content = g_malloc (size);

  /* Ten documents of 6 MiB in one case (194 MB and 65 s before). */
  g_assert_nonnull (f);
  fwrite (text, 1, at - text, f);
  fputs ("    <documents>\n", f);
  for (guint d = 0; d < 10; d++)
    {
      g_autofree char *sha256 = NULL;
      g_autofree char *encoded = NULL;

      for (gsize i = 0; i < size; i += 4)
        *(guint32 *) (content + i) = g_rand_int (rand);
      sha256 = g_compute_checksum_for_data (G_CHECKSUM_SHA256, content, size);
      encoded = g_base64_encode (content, size);
      fprintf (f, "      <document id=\"d%u\" title=\"Скан\" fileName=\"scan%u.bin\" "
                  "mediaType=\"application/octet-stream\" sha256=\"%s\">", d, d, sha256);
      /* In lines of 76, as mail and most tools write it. */
      for (gsize i = 0, len = strlen (encoded); i < len; i += 76)
        fprintf (f, "%.76s\n", encoded + i);
      fputs ("</document>\n", f);
    }
  fputs ("    </documents>\n", f);
  fputs (at, f);
  g_assert_cmpint (fclose (f), ==, 0);

  assert_valid_within_bound (path);
  {
    g_auto(Run) r = { 0, };
    g_auto(Run) e = { 0, };
    g_auto(Run) v = { 0, };
    cli (&r, "import", "--db", db, path, NULL);
    g_assert_cmpint (r.status, ==, 0);
    cli (&e, "export", "--db", db, "--all", "-o", out, NULL);
    g_assert_cmpint (e.status, ==, 0);
    cli (&v, "verify", "--db", db, NULL);
    g_assert_cmpint (v.status, ==, 0);
    if (memory_measurable ())
      {
        g_assert_cmpint (r.max_rss_kib, <, MEMORY_BOUND_KIB);
        g_assert_cmpint (e.max_rss_kib, <, MEMORY_BOUND_KIB);
      }
  }
  /* What came in goes out the same. */
  assert_all_unchanged (db, out);
  g_unlink (path);
  g_unlink (out);
  tg_test_remove_dir (dir);
}

/* ---- 8: another application's database ------------------------------------ */

static void
test_foreign_database_untouched (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *other = g_build_filename (dir, "other.db", NULL);
  g_autofree char *wal = g_build_filename (dir, "other.db-wal", NULL);
  g_autofree char *shm = g_build_filename (dir, "other.db-shm", NULL);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TgStore) store = NULL;

  if (tg_test_file_only ("a foreign SQLite file; a foreign server database is refused in test-pg-server"))
    {
      tg_test_remove_dir (dir);
      return;
    }

  tg_test_exec_sql (other, "CREATE TABLE foo (a); INSERT INTO foo VALUES (42);");
  before = tg_test_read_file (other);
  {
    g_auto(Run) r = { 0, };
    cli (&r, "list", "--db", other, NULL);
    g_assert_cmpint (r.status, ==, 1);
    g_assert_nonnull (strstr (r.err, "not a Tergeu database"));
  }
  store = tg_store_open (other, &error);
  g_assert_null (store);
  g_assert_error (error, TG_STORE_ERROR, TG_STORE_ERROR_FOREIGN);
  after = tg_test_read_file (other);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
  tg_test_remove_dir (dir);
}

/* ---- 9: every file private ---------------------------------------------- */

static void
assert_private (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_test_message ("%s: %o", path, st.st_mode & 0777);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

static void
test_files_private (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *db = tg_test_db_location (dir, "cases.db");
  g_autofree char *card = g_build_filename (dir, "card.pdf", NULL);
  g_autofree char *csv = g_build_filename (dir, "report.csv", NULL);
  g_autofree char *pdf = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *png = g_build_filename (dir, "report.png", NULL);
  g_autofree char *xml = g_build_filename (dir, "export.xml", NULL);
  g_autofree char *backup = g_build_filename (dir, "backup.db", NULL);
  g_autofree char *number = NULL;
  mode_t old = umask (022);

  demo_database (db, 20);
  number = first_number (db);
  {
    g_auto(Run) r1 = { 0, }, r2 = { 0, }, r3 = { 0, }, r4 = { 0, }, r5 = { 0, }, r6 = { 0, };
    cli (&r1, "document", number, "--kind", "card", "-o", card, "--db", db, NULL);
    cli (&r2, "report", "-o", csv, "--db", db, NULL);
    cli (&r3, "report", "-o", pdf, "--db", db, NULL);
    cli (&r4, "report", "-o", png, "--db", db, NULL);
    cli (&r5, "export", "--all", "-o", xml, "--db", db, NULL);
    cli (&r6, "backup", "-o", backup, "--db", db, NULL);
    g_assert_cmpint (r1.status + r2.status + r3.status + r4.status + r5.status + r6.status, ==, 0);
  }
  umask (old);
  if (!tg_test_on_server ())
    assert_private (db);
  assert_private (card);
  assert_private (csv);
  assert_private (pdf);
  assert_private (png);
  assert_private (xml);
  assert_private (backup);
  tg_test_remove_dir (dir);
}

/* ---- 10: verify sees edits of a case's rows -------------------------------- */

static void
assert_verify_names (const char *db,
                     const char *sql,
                     const char *number)
{
  g_auto(Run) r = { 0, };

  tg_test_exec_sql (db, sql);
  cli (&r, "verify", "--db", db, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, number));
  g_assert_nonnull (strstr (r.err, "changed outside Tergeu"));
}

static void
test_verify_sees_row_edits (void)
{
  static const char * const edits[] = {
    "UPDATE cases SET state = 'registered', employer_name = 'FORGED' WHERE number = 'NUMBER'",
    "UPDATE victims SET full_name = 'Другой' WHERE case_rowid = (SELECT rowid FROM cases WHERE number = 'NUMBER')",
    "UPDATE cases SET act_number = 'A-1' WHERE number = 'NUMBER'",
    "INSERT INTO findings_items (case_rowid, kind, pos, text) SELECT rowid, 'cause', 99, 'подлог' FROM cases WHERE number = 'NUMBER'",
    "INSERT INTO disputes (case_rowid, pos, id, filed_by, subject, status) SELECT rowid, 99, 'dx', 'worker', 'investigation', 'filed' FROM cases WHERE number = 'NUMBER'",
  };
  g_autofree char *dir = make_dir ();
  g_autofree char *minimal = g_test_build_filename (G_TEST_DIST, "data", "exchange", "good-minimal-findings.xml", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    {
      g_autofree char *name = g_strdup_printf ("cases-%u.db", i);
      g_autofree char *db = tg_test_db_location (dir, name);
      g_autofree char *number = NULL;
      g_autoptr(GString) sql = g_string_new (edits[i]);
      g_auto(Run) r = { 0, };

      demo_database (db, 8);
      cli (&r, "verify", "--db", db, NULL);
      g_assert_cmpint (r.status, ==, 0);
      number = first_number (db);
      g_string_replace (sql, "NUMBER", number, 0);
      assert_verify_names (db, sql->str, number);
    }

  /* A case an import created without history of its own is sealed. */
  {
    g_autofree char *db = tg_test_db_location (dir, "imported.db");
    g_auto(Run) r = { 0, };
    g_autofree char *number = NULL;
    g_autofree char *sql = NULL;

    cli (&r, "import", "--db", db, minimal, NULL);
    g_assert_cmpint (r.status, ==, 0);
    number = first_number (db);
    sql = g_strdup_printf ("UPDATE cases SET place = 'FORGED' WHERE number = '%s'", number);
    assert_verify_names (db, sql, number);
  }

  /* A database of schema 4: its entries still verify; its cases' contents
   * are checked from their next change on, and it says so. (A file's
   * past: a server's schema began at 8.) */
  if (!tg_test_on_server ())
    {
      g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "data", "migrations", "schema-4.db", NULL);
      g_autofree char *db = g_build_filename (dir, "old.db", NULL);
      g_autoptr(GBytes) bytes = tg_test_read_file (fixture);
      g_auto(Run) r = { 0, };

      g_assert_true (g_file_set_contents (db, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
      cli (&r, "verify", "--db", db, NULL);
      g_assert_cmpint (r.status, ==, 0);
      g_assert_nonnull (strstr (r.err, "60 cases were last changed before"));
    }
  tg_test_remove_dir (dir);
}

/* ---- 11: a full disk ------------------------------------------------------- */

/* A VFS over the default one whose writes fail with SQLITE_FULL while
 * disk_full is set: a disk that fills up during a command. */
static sqlite3_vfs *real_vfs;
static sqlite3_vfs full_vfs;
static sqlite3_io_methods full_methods;
static gboolean disk_full;

typedef struct
{
  sqlite3_file base;
  sqlite3_file *real;
} FullFile;

#define REAL(f) (((FullFile *) (f))->real)

static int full_close (sqlite3_file *f) { return REAL (f)->pMethods->xClose (REAL (f)); }
static int full_read (sqlite3_file *f, void *b, int n, sqlite3_int64 o) { return REAL (f)->pMethods->xRead (REAL (f), b, n, o); }
static int full_write (sqlite3_file *f, const void *b, int n, sqlite3_int64 o)
{
  return disk_full ? SQLITE_FULL : REAL (f)->pMethods->xWrite (REAL (f), b, n, o);
}
static int full_truncate (sqlite3_file *f, sqlite3_int64 s) { return REAL (f)->pMethods->xTruncate (REAL (f), s); }
static int full_sync (sqlite3_file *f, int flags) { return REAL (f)->pMethods->xSync (REAL (f), flags); }
static int full_size (sqlite3_file *f, sqlite3_int64 *s) { return REAL (f)->pMethods->xFileSize (REAL (f), s); }
static int full_lock (sqlite3_file *f, int l) { return REAL (f)->pMethods->xLock (REAL (f), l); }
static int full_unlock (sqlite3_file *f, int l) { return REAL (f)->pMethods->xUnlock (REAL (f), l); }
static int full_reserved (sqlite3_file *f, int *r) { return REAL (f)->pMethods->xCheckReservedLock (REAL (f), r); }
static int full_control (sqlite3_file *f, int op, void *a) { return REAL (f)->pMethods->xFileControl (REAL (f), op, a); }
static int full_sector (sqlite3_file *f) { return REAL (f)->pMethods->xSectorSize (REAL (f)); }
static int full_device (sqlite3_file *f) { return REAL (f)->pMethods->xDeviceCharacteristics (REAL (f)); }
static int full_shm_map (sqlite3_file *f, int i, int s, int e, void volatile **p) { return REAL (f)->pMethods->xShmMap (REAL (f), i, s, e, p); }
static int full_shm_lock (sqlite3_file *f, int o, int n, int fl) { return REAL (f)->pMethods->xShmLock (REAL (f), o, n, fl); }
static void full_shm_barrier (sqlite3_file *f) { REAL (f)->pMethods->xShmBarrier (REAL (f)); }
static int full_shm_unmap (sqlite3_file *f, int d) { return REAL (f)->pMethods->xShmUnmap (REAL (f), d); }

static int
full_open (sqlite3_vfs  *vfs,
           const char   *name,
           sqlite3_file *file,
           int           flags,
           int          *out_flags)
{
  FullFile *f = (FullFile *) file;
  int rc;

  f->real = (sqlite3_file *) (f + 1);
  rc = real_vfs->xOpen (real_vfs, name, f->real, flags, out_flags);
  f->base.pMethods = rc == SQLITE_OK ? &full_methods : NULL;
  return rc;
}

static void
install_full_vfs (void)
{
  real_vfs = sqlite3_vfs_find (NULL);
  full_vfs = *real_vfs;
  full_vfs.zName = "tergeu-test-full";
  full_vfs.szOsFile = sizeof (FullFile) + real_vfs->szOsFile;
  full_vfs.xOpen = full_open;
  full_methods = (sqlite3_io_methods) {
    2, full_close, full_read, full_write, full_truncate, full_sync, full_size,
    full_lock, full_unlock, full_reserved, full_control, full_sector, full_device,
    full_shm_map, full_shm_lock, full_shm_barrier, full_shm_unmap,
  };
  g_assert_cmpint (sqlite3_vfs_register (&full_vfs, 1), ==, SQLITE_OK);
}

static void
test_disk_full (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = NULL;
  g_autoptr(TgCase) draft = tg_test_make_case (0, 1, 0);
  g_autoptr(TgCase) kase = NULL;
  g_autoptr(TgCase) after = NULL;
  g_autoptr(TgCase) loaded = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;

  if (tg_test_file_only ("a full disk under SQLite (a failing VFS); a server's disk is the server's"))
    return;

  install_full_vfs ();
  store = tg_test_open_store (&dir);
  kase = tg_test_register (store, draft);

  /* The disk is full when the transition commits: said plainly, nothing
   * changed, and no GLib critical (fatal in this test). */
  disk_full = TRUE;
  after = tg_command_run (store, tg_case_get_number (kase), -1, "route", NULL, NULL, &error);
  disk_full = FALSE;
  g_assert_null (after);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "full"));
  g_assert_nonnull (strstr (error->message, tg_store_get_path (store)));
  loaded = tg_store_load_case (store, tg_case_get_number (kase), NULL);
  g_assert_cmpint (tg_case_get_state (loaded), ==, TG_STATE_REGISTERED);
  g_assert_cmpint (tg_case_get_revision (loaded), ==, 1);
  g_assert_true (tg_store_verify (store, problems, NULL));

  /* With room again, the same command goes through. */
  g_clear_object (&after);
  g_clear_error (&error);
  after = tg_command_run (store, tg_case_get_number (kase), -1, "route", NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tg_case_get_state (after), ==, TG_STATE_LOCAL_INVESTIGATION);
  g_clear_object (&store);
  sqlite3_vfs_unregister (&full_vfs);
  tg_test_remove_dir (dir);
}

/* ---- 12: the small ones ----------------------------------------------------- */

static void
test_small_ones (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *text = example_text ();
  g_autofree char *v2 = example_with ("urn:kz:tergeu:case:1", "urn:kz:tergeu:case:2");
  g_autofree char *v2_path = write_temp (dir, "v2.xml", v2);
  g_autofree char *ucs4_path = g_build_filename (dir, "ucs4.xml", NULL);
  g_autofree char *long_path = NULL;
  g_autofree char *long_value = NULL;
  g_autofree char *with_long = NULL;
  g_autofree char *db = g_build_filename (dir, "readonly.db", NULL);
  g_autofree char *wal = g_build_filename (dir, "readonly.db-wal", NULL);
  g_autofree char *shm = g_build_filename (dir, "readonly.db-shm", NULL);
  g_autofree gunichar *wide = NULL;
  glong n_chars = 0;
  g_autoptr(GError) error = NULL;

  /* The version the namespace names. */
  {
    g_autoptr(TgExchangeReport) report = tg_exchange_report_new ();
    g_assert_false (tg_exchange_validate_file (v2_path, report, &error));
    g_assert_nonnull (strstr (error->message, "format version 2 is not understood"));
    g_clear_error (&error);
  }
  /* UCS-4 is not taken for UTF-16. */
  wide = g_utf8_to_ucs4 (text, -1, NULL, &n_chars, NULL);
  {
    guint32 bom = 0x0000FEFF;
    FILE *f = fopen (ucs4_path, "w");
    g_autoptr(TgExchangeReport) report = tg_exchange_report_new ();

    fwrite (&bom, 4, 1, f);
    fwrite (wide, 4, n_chars, f);
    fclose (f);
    g_assert_false (tg_exchange_validate_file (ucs4_path, report, &error));
    g_assert_nonnull (strstr (error->message, "UTF-32"));
    g_assert_null (strstr (error->message, "UTF-16"));
    g_clear_error (&error);
  }
  /* A value of 5 000 characters is quoted up to 80, then "…". */
  long_value = g_strnfill (5000, '7');
  with_long = g_strdup_printf ("<region>%s</region>", long_value);
  {
    g_autofree char *file = example_with ("<region>08</region>", with_long);
    g_autoptr(TgExchangeReport) report = tg_exchange_report_new ();
    g_autofree char *formatted = NULL;
    g_autofree char *cut = g_strdup_printf ("%.80s…", long_value);
    g_autofree char *longer = g_strdup_printf ("%.81s", long_value);

    long_path = write_temp (dir, "long.xml", file);
    g_assert_false (tg_exchange_validate_file (long_path, report, &error));
    formatted = tg_exchange_report_format (report);
    g_assert_nonnull (strstr (formatted, cut));
    g_assert_null (strstr (formatted, longer));
    g_clear_error (&error);
  }
  /* A database Tergeu may only read is refused before anything is left
   * beside it (-wal and -shm were). (A file's; a server's reader is
   * refused each change, in test-pg-server.) */
  if (tg_test_on_server ())
    {
      tg_test_remove_dir (dir);
      return;
    }
  demo_database (db, 2);
  g_assert_cmpint (g_chmod (db, 0444), ==, 0);
  g_assert_cmpint (g_chmod (dir, 0777), ==, 0);
  {
    g_auto(Run) r = { 0, };
    const char *args[] = { "list", "--db", db, NULL };

    cli_argv (&r, args, geteuid () == 0);
    g_assert_cmpint (r.status, ==, 1);
    g_assert_nonnull (strstr (r.err, "cannot be written"));
    g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
    g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
  }
  g_chmod (db, 0600);
  tg_test_remove_dir (dir);
}

/* ---- also from the code -------------------------------------------------- */

/* tests/meson.build built only the tests whose file existed: a listed test
 * without its file passed by not running. Every listed unit has its file
 * and nothing skips one. */
static void
test_missing_test_file_is_an_error (void)
{
  g_autofree char *meson = g_test_build_filename (G_TEST_DIST, "meson.build", NULL);
  g_autofree char *text = NULL;
  const char *p;
  guint n = 0;

  g_assert_true (g_file_get_contents (meson, &text, NULL, NULL));
  g_assert_null (strstr (text, "fs.exists"));
  p = strstr (text, "core_tests = {");
  g_assert_nonnull (p);
  for (p = strchr (p, '\n'); p != NULL && *(p + 1) != '}'; p = strchr (p + 1, '\n'))
    {
      const char *q = strchr (p, '\'');
      const char *end = q != NULL ? strchr (q + 1, '\'') : NULL;
      g_autofree char *name = NULL;
      g_autofree char *file = NULL;
      g_autofree char *path = NULL;

      if (q == NULL || end == NULL || q > strchr (p + 1, '\n'))
        continue;
      name = g_strndup (q + 1, end - q - 1);
      file = g_strdup_printf ("test-%s.c", name);
      path = g_test_build_filename (G_TEST_DIST, file, NULL);
      g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
      n++;
    }
  g_assert_cmpuint (n, >, 10);
}

/* validate and import share one reader pipeline and one copy of each
 * check: on every bad file of the test data, the same messages. */
static void
test_one_reader_pipeline (void)
{
  g_autofree char *data = g_test_build_filename (G_TEST_DIST, "data", "exchange", NULL);
  g_autoptr(GDir) d = g_dir_open (data, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autoptr(TgExchangeReport) validated = tg_exchange_report_new ();
      g_autoptr(TgExchangeReport) imported = tg_exchange_report_new ();
      g_autofree char *a = NULL;
      g_autofree char *b = NULL;

      if (!g_str_has_suffix (name, ".xml") || g_str_has_prefix (name, "good-"))
        continue;
      path = g_build_filename (data, name, NULL);
      g_assert_cmpint (tg_exchange_validate_file (path, validated, NULL), ==,
                       tg_exchange_import_file (NULL, path, imported, NULL, NULL, NULL, NULL));
      a = tg_exchange_report_format (validated);
      b = tg_exchange_report_format (imported);
      g_assert_cmpstr (a, ==, b);
      n++;
    }
  g_assert_cmpuint (n, >, 20);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hardening/1-backups-per-database", test_backups_per_database);
  g_test_add_func ("/hardening/2-output-written-through-or-refused", test_output_paths);
  g_test_add_func ("/hardening/3-limits-linear-diffs-checks-before-lock", test_limits_and_lock);
  g_test_add_func ("/hardening/4-restore-locks-and-checks-the-backup", test_restore_locks_and_checks);
  g_test_add_func ("/hardening/5-input-checked-exports-validated-show-escaped", test_input_checked);
  g_test_add_func ("/hardening/6-own-export-round-trips-hostile-and-minimal", test_round_trip_hostile_and_minimal);
  g_test_add_func ("/hardening/7-filler-streamed", test_filler_streamed);
  g_test_add_func ("/hardening/7-documents-decoded-in-chunks", test_documents_in_chunks);
  g_test_add_func ("/hardening/8-foreign-database-untouched", test_foreign_database_untouched);
  g_test_add_func ("/hardening/9-every-file-private", test_files_private);
  g_test_add_func ("/hardening/10-verify-sees-row-edits", test_verify_sees_row_edits);
  g_test_add_func ("/hardening/11-disk-full-said-plainly", test_disk_full);
  g_test_add_func ("/hardening/12-small-ones", test_small_ones);
  g_test_add_func ("/hardening/missing-test-file-is-an-error", test_missing_test_file_is_an_error);
  g_test_add_func ("/hardening/one-reader-pipeline", test_one_reader_pipeline);
  return g_test_run ();
}
