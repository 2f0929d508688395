/* tg-test-pg.c — a throw-away PostgreSQL cluster for a test program
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One cluster per test program, started before the tests: initdb takes a
 * second or two, each database after it a few milliseconds. initdb refuses
 * to run as root, so root runs the server as the postgres system user
 * (Debian's postgresql-common makes it) with runuser, in a folder that
 * user owns.
 */
#define G_LOG_DOMAIN "test-pg"

#include "config.h"

#include <errno.h>
#include <pwd.h>
#include <stdlib.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "tg-test-pg.h"

#define SUPERUSER "postgres"

static struct
{
  char    *bindir;
  char    *dir;         /* the cluster's folder: data/, the socket, log */
  gboolean as_postgres; /* root: commands run as the postgres user */
  GPid     guard;
  int      guard_fd;    /* its stdin: closing it (or dying) stops the cluster */
} cluster = { .guard_fd = -1 };

/* PostgreSQL's programs: $TERGEU_PG_BINDIR, else Debian's newest. */
static char *
find_bindir (void)
{
  const char *env = g_getenv ("TERGEU_PG_BINDIR");
  g_autoptr(GDir) dir = NULL;
  const char *name;
  char *best = NULL;
  gint64 best_version = 0;

  if (env != NULL)
    {
      g_autofree char *initdb = g_build_filename (env, "initdb", NULL);

      return g_file_test (initdb, G_FILE_TEST_IS_EXECUTABLE) ? g_strdup (env) : NULL;
    }
  dir = g_dir_open ("/usr/lib/postgresql", 0, NULL);
  if (dir == NULL)
    return NULL;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *bin = g_build_filename ("/usr/lib/postgresql", name, "bin", NULL);
      g_autofree char *initdb = g_build_filename (bin, "initdb", NULL);
      gint64 version = g_ascii_strtoll (name, NULL, 10);

      if (version > best_version && g_file_test (initdb, G_FILE_TEST_IS_EXECUTABLE))
        {
          g_free (best);
          best = g_steal_pointer (&bin);
          best_version = version;
        }
    }
  return best;
}

/* @argv run as the cluster's owner; FALSE, with its output in *@why. */
static gboolean
run (const char * const *argv,
     char              **why)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (cluster.as_postgres)
    {
      g_ptr_array_add (args, "runuser");
      g_ptr_array_add (args, "-u");
      g_ptr_array_add (args, SUPERUSER);
      g_ptr_array_add (args, "--");
    }
  for (guint i = 0; argv[i] != NULL; i++)
    g_ptr_array_add (args, (gpointer) argv[i]);
  g_ptr_array_add (args, NULL);
  /* Output goes to a string, never to the TAP stream. */
  if (!g_spawn_sync (NULL, (char **) args->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                     &out, &err, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    {
      *why = g_strdup_printf ("%s failed: %s: %s%s", argv[0], error->message,
                              out != NULL ? out : "", err != NULL ? err : "");
      return FALSE;
    }
  return TRUE;
}

static void
guard_setup (gpointer data)
{
  /* Out of the test's process group: a runner that kills the group on a
   * timeout leaves the guard to clean up. */
  setsid ();
}

/* A shell that waits for its stdin to close — when this process ends,
 * normally or not — then stops the server and removes the folder. */
static gboolean
start_guard (char **why)
{
  g_autofree char *pg_ctl = g_build_filename (cluster.bindir, "pg_ctl", NULL);
  g_autofree char *data = g_build_filename (cluster.dir, "data", NULL);
  const char *argv[] = {
    "/bin/sh", "-c",
    "read _; if [ \"$3\" = yes ]; then runuser -u postgres -- \"$0\" -D \"$1\" -m immediate stop;"
    " else \"$0\" -D \"$1\" -m immediate stop; fi >/dev/null 2>&1; rm -rf \"$2\"",
    pg_ctl, data, cluster.dir, cluster.as_postgres ? "yes" : "no", NULL
  };
  g_autoptr(GError) error = NULL;

  if (!g_spawn_async_with_pipes (NULL, (char **) argv, NULL,
                                 G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                                 guard_setup, NULL, &cluster.guard, &cluster.guard_fd, NULL, NULL, &error))
    {
      *why = g_strdup_printf ("the cluster's guard did not start: %s", error->message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
make_dir (char **why)
{
  g_autoptr(GError) error = NULL;
  struct passwd *pw;

  cluster.dir = g_dir_make_tmp ("tergeu-pg-XXXXXX", &error);
  if (cluster.dir == NULL)
    {
      *why = g_strdup (error->message);
      return FALSE;
    }
  if (!cluster.as_postgres)
    return TRUE;
  pw = getpwnam (SUPERUSER);
  if (pw == NULL || chown (cluster.dir, pw->pw_uid, pw->pw_gid) != 0)
    {
      *why = g_strdup_printf ("running as root and there is no “%s” user to run the server as"
                              " (Debian's postgresql-common creates it)", SUPERUSER);
      g_rmdir (cluster.dir);
      g_clear_pointer (&cluster.dir, g_free);
      return FALSE;
    }
  return TRUE;
}

gboolean
tg_test_pg_installed (char **why)
{
  g_autofree char *bindir = find_bindir ();

  if (bindir != NULL)
    return TRUE;
  *why = g_strdup ("PostgreSQL's initdb is not installed (/usr/lib/postgresql/*/bin, or"
                   " $TERGEU_PG_BINDIR): install postgresql-15 (build-aux/setup.sh does)");
  return FALSE;
}

TgTestPgStart
tg_test_pg_start (char **why)
{
  g_autofree char *initdb = NULL;
  g_autofree char *pg_ctl = NULL;
  g_autofree char *data = NULL;
  g_autofree char *log = NULL;
  g_autofree char *options = NULL;

  if (!tg_test_pg_installed (why))
    return TG_TEST_PG_MISSING;
  cluster.bindir = find_bindir ();
  cluster.as_postgres = geteuid () == 0;
  if (!make_dir (why))
    return cluster.as_postgres && getpwnam (SUPERUSER) == NULL ? TG_TEST_PG_MISSING : TG_TEST_PG_FAILED;
  initdb = g_build_filename (cluster.bindir, "initdb", NULL);
  pg_ctl = g_build_filename (cluster.bindir, "pg_ctl", NULL);
  data = g_build_filename (cluster.dir, "data", NULL);
  log = g_build_filename (cluster.dir, "server.log", NULL);
  options = g_strdup_printf ("-k %s -c listen_addresses='' -c fsync=off -c full_page_writes=off", cluster.dir);
  {
    const char *init_argv[] = { initdb, "-D", data, "-U", SUPERUSER, "--auth=trust", "--encoding=UTF8",
                                "--locale=C.UTF-8", "--no-sync", NULL };
    const char *start_argv[] = { pg_ctl, "-D", data, "-o", options, "-l", log, "-w", "-s", "start", NULL };

    if (!run (init_argv, why) || !run (start_argv, why) || !start_guard (why))
      {
        const char *rm_argv[] = { "rm", "-rf", cluster.dir, NULL };
        const char *stop_argv[] = { pg_ctl, "-D", data, "-m", "immediate", "-s", "stop", NULL };
        g_autofree char *ignored = NULL;

        run (stop_argv, &ignored);
        run (rm_argv, &ignored);
        return TG_TEST_PG_FAILED;
      }
  }
  return TG_TEST_PG_STARTED;
}

static char  *skip_reason;   /* non-NULL: no server, every test skips */
static guint  n_ran;         /* tests that ran against the server */

gboolean
tg_test_pg_program_start (void)
{
  switch (tg_test_pg_start (&skip_reason))
    {
    case TG_TEST_PG_STARTED:
      return TRUE;
    case TG_TEST_PG_MISSING:
      g_test_message ("no PostgreSQL server: %s", skip_reason);
      return FALSE;
    case TG_TEST_PG_FAILED:
    default:
      g_print ("Bail out! the PostgreSQL server did not start: %s\n", skip_reason);
      exit (1);
    }
}

gboolean
tg_test_pg_have (void)
{
  if (skip_reason != NULL)
    {
      g_test_skip (skip_reason);
      return FALSE;
    }
  n_ran++;
  return TRUE;
}

void
tg_test_pg_program_end (void)
{
  if (skip_reason == NULL)
    {
      g_autofree char *server = tg_test_pg_describe ();

      g_print ("# %u tests ran against %s\n", n_ran, server);
    }
  else
    g_print ("# 0 tests ran against a PostgreSQL server: %s\n", skip_reason);
  g_clear_pointer (&skip_reason, g_free);
  tg_test_pg_stop ();
}

void
tg_test_pg_stop (void)
{
  int status;

  if (cluster.guard_fd < 0)
    return;
  close (cluster.guard_fd);
  cluster.guard_fd = -1;
  while (waitpid (cluster.guard, &status, 0) < 0 && errno == EINTR)
    ;
  g_spawn_close_pid (cluster.guard);
  g_clear_pointer (&cluster.dir, g_free);
  g_clear_pointer (&cluster.bindir, g_free);
}

char *
tg_test_pg_describe (void)
{
  g_autoptr(PGconn) conn = tg_test_pg_connect ("postgres", SUPERUSER);
  g_autofree char *version = tg_test_pg_value (conn, "SHOW server_version");

  return g_strdup_printf ("PostgreSQL %s in %s%s", version, cluster.dir,
                          cluster.as_postgres ? " (run as the postgres user)" : "");
}

char *
tg_test_pg_conninfo (const char *dbname,
                     const char *user)
{
  return g_strdup_printf ("host=%s dbname=%s user=%s", cluster.dir, dbname, user);
}

PGconn *
tg_test_pg_connect (const char *dbname,
                    const char *user)
{
  g_autofree char *conninfo = tg_test_pg_conninfo (dbname, user);
  PGconn *conn = PQconnectdb (conninfo);

  if (PQstatus (conn) != CONNECTION_OK)
    g_error ("cannot connect to %s: %s", conninfo, PQerrorMessage (conn));
  PQsetClientEncoding (conn, "UTF8");
  return conn;
}

char *
tg_test_pg_try (PGconn     *conn,
                const char *sql)
{
  g_autoptr(PGresult) res = PQexec (conn, sql);
  ExecStatusType status = PQresultStatus (res);

  if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
    return NULL;
  g_test_message ("%s: %s", sql, PQresultErrorMessage (res));
  return g_strdup (PQresultErrorField (res, PG_DIAG_SQLSTATE));
}

PGresult *
tg_test_pg_ok (PGconn     *conn,
               const char *sql)
{
  PGresult *res = PQexec (conn, sql);
  ExecStatusType status = PQresultStatus (res);

  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
    g_error ("%s: %s", sql, PQresultErrorMessage (res));
  return res;
}

char *
tg_test_pg_value (PGconn     *conn,
                  const char *sql)
{
  g_autoptr(PGresult) res = tg_test_pg_ok (conn, sql);

  g_assert_cmpint (PQntuples (res), ==, 1);
  return g_strdup (PQgetvalue (res, 0, 0));
}

void
tg_test_pg_create_db (const char *name)
{
  g_autoptr(PGconn) conn = tg_test_pg_connect ("postgres", SUPERUSER);
  g_autofree char *sql = g_strdup_printf ("CREATE DATABASE %s", name);

  PQclear (tg_test_pg_ok (conn, sql));
}

void
tg_test_pg_create_login (const char *user)
{
  g_autoptr(PGconn) conn = tg_test_pg_connect ("postgres", SUPERUSER);
  g_autofree char *sql = g_strdup_printf ("CREATE ROLE %s LOGIN", user);

  PQclear (tg_test_pg_ok (conn, sql));
}

char *
tg_test_pg_rows (PGconn     *conn,
                 const char *sql)
{
  g_autoptr(PGresult) res = tg_test_pg_ok (conn, sql);
  GString *rows = g_string_new (NULL);

  for (int r = 0; r < PQntuples (res); r++)
    {
      for (int i = 0; i < PQnfields (res); i++)
        g_string_append_printf (rows, "%s%s", i > 0 ? "|" : "", PQgetvalue (res, r, i));
      g_string_append_c (rows, '\n');
    }
  return g_string_free (rows, FALSE);
}
