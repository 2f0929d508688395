/* tg-test-util.h — building cases for tests
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tg-case.h"
#include "tg-case-commands.h"
#include "tg-store.h"

G_BEGIN_DECLS

/* A valid case in region 08 on 2026-11-18 with the given victims. */
TgCase  *tg_test_make_case   (guint light,
                              guint severe,
                              guint fatal);
/* Appends a valid victim; returns it (owned by the case). */
gpointer tg_test_add_victim  (TgCase     *kase,
                              TgSeverity  severity);
/* Whether the tests run against an office server (TERGEU_TEST_ENGINE=
 * postgresql): then one throw-away cluster serves the test process
 * (tg-test-pg.h), and each store is a fresh database set up by
 * tg_pg_server_init, opened as a login that is an investigator and an
 * administrator. At exit the process prints how many tests ran there. */
gboolean tg_test_on_server   (void);
/* The location (libpq keywords) of a fresh database on that server. */
char    *tg_test_server_location (void);
/* Where a test keeps a database it opens by location (the command line,
 * a second store): the file @name in @dir, or on a server a fresh
 * database there, as tg_test_server_location. */
char    *tg_test_db_location (const char *dir,
                              const char *name);
/* Skips the test, saying @why, when it runs against a server: for what
 * only an SQLite file has (its bytes, modes, backups, disk). Returns
 * whether it skipped. */
gboolean tg_test_file_only   (const char *why);
/* Runs @sql on the database at @location as another program would,
 * around Tergeu: on a file, with the Kazakh collation registered so that
 * the employer index can be kept; on a server, as its superuser. */
void     tg_test_exec_sql    (const char *location,
                              const char *sql);
/* Every statistic by every dimension of tg_store_statistics, over all
 * months, as text: equal texts mean equal statistics. */
char    *tg_test_statistics  (TgStore    *store);
/* A new store in a fresh temporary folder (on the server: in a fresh
 * database; the folder is made all the same); *@dir receives the folder. */
TgStore *tg_test_open_store  (char      **dir);
/* Removes the folder made by tg_test_open_store. */
void     tg_test_remove_dir  (const char *dir);
/* Gives @kase a commission with a chair and @n_members further members. */
void     tg_test_add_commission (TgCase *kase,
                                 guint   n_members);
/* The bytes of @path. */
GBytes  *tg_test_read_file   (const char *path);
/* SHA-256 over every row of every table of the database at @path: equal
 * digests mean "the database is unchanged". */
char    *tg_test_database_digest (const char *path);

/* --- driving the command layer (tg-case-commands.h) ------------------ */

/* The a{sv} parameters of a command from key, value pairs ending in NULL;
 * each value is a GVariant (floating ones are sunk). */
GVariant *tg_test_params     (const char *first_key,
                              ...) G_GNUC_NULL_TERMINATED;
#define TG_TEST_STR(s) g_variant_new_string (s)
/* The "victim-add" parameters that add a copy of @victim. */
GVariant *tg_test_victim_params (gpointer victim);
/* The "member-add" parameters that add a copy of @member. */
GVariant *tg_test_member_params (gpointer member);
/* Registers @draft ("register"); fails the test if refused. Returns the
 * case as stored. */
TgCase  *tg_test_register    (TgStore    *store,
                              TgCase     *draft);
/* Runs @name on *@kase at the revision it has and replaces *@kase by the
 * case as stored after; fails the test, naming the refusal, if refused.
 * Returns *@kase (borrowed). */
TgCase  *tg_test_apply       (TgStore    *store,
                              TgCase    **kase,
                              const char *name,
                              GVariant   *params);
/* "member-add" for a chair and @n_members further members (as
 * tg_test_add_commission makes them), on *@kase as tg_test_apply. */
void     tg_test_form_commission (TgStore *store,
                                  TgCase **kase,
                                  guint    n_members);

G_END_DECLS
