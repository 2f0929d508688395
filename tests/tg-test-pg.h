/* tg-test-pg.h — a throw-away PostgreSQL cluster for a test program
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <libpq-fe.h>

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PGconn, PQfinish)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PGresult, PQclear)

typedef enum
{
  TG_TEST_PG_STARTED,
  TG_TEST_PG_MISSING,   /* PostgreSQL is not installed: the tests skip */
  TG_TEST_PG_FAILED,    /* it is, and did not start: the tests fail */
} TgTestPgStart;

/* Whether PostgreSQL's programs are installed; else *@why says what to
 * install. */
gboolean  tg_test_pg_installed (char **why);
/* Starts a cluster in a new temporary folder (initdb and pg_ctl from
 * PostgreSQL's bin folder, a Unix socket in that folder, no TCP; as root,
 * run as the postgres system user). A guard process stops and removes it
 * when this process ends, however it ends. Unless started, *@why says
 * why. */
TgTestPgStart tg_test_pg_start  (char      **why);
/* For a test program whose tests need the server: starts it. Returns
 * FALSE when PostgreSQL is not installed (each test then skips, through
 * tg_test_pg_have); one that is installed and does not start is a
 * failure, never a skip ("Bail out!" and exit 1). */
gboolean  tg_test_pg_program_start (void);
/* In such a test: FALSE, the test skipped saying why, when there is no
 * server; else TRUE, and the test counts as run against it. */
gboolean  tg_test_pg_have       (void);
/* Prints how many tests ran against the server, and stops it. */
void      tg_test_pg_program_end (void);
/* Stops and removes the cluster now (also done when the process ends). */
void      tg_test_pg_stop       (void);
/* The server's version and folder, for the test log. */
char     *tg_test_pg_describe   (void);

/* libpq keywords for @dbname as @user on the cluster. */
char     *tg_test_pg_conninfo   (const char *dbname,
                                 const char *user);
/* A connection as @user to @dbname; fails the test if it cannot. */
PGconn   *tg_test_pg_connect    (const char *dbname,
                                 const char *user);
/* Runs @sql; returns NULL on success, else the SQLSTATE (owned by the
 * caller). */
char     *tg_test_pg_try        (PGconn     *conn,
                                 const char *sql);
/* Runs @sql, which must succeed; returns its result. */
PGresult *tg_test_pg_ok         (PGconn     *conn,
                                 const char *sql);
/* The single value @sql returns. */
char     *tg_test_pg_value      (PGconn     *conn,
                                 const char *sql);
/* The rows of @sql, a line each, values separated by "|". */
char     *tg_test_pg_rows       (PGconn     *conn,
                                 const char *sql);
/* Creates the database @name (UTF-8, C.UTF-8) as the superuser. */
void      tg_test_pg_create_db  (const char *name);
/* Creates the login @user (no password: the cluster trusts its socket). */
void      tg_test_pg_create_login (const char *user);

G_END_DECLS
