/* bench-exchange.c — import and export speed and memory (issues 3, 18)
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-exchange SOURCE.db WORKDIR [RUNS]
 *        bench-exchange --import BUNDLE DB [auto|always|never|row-by-row]
 *
 * Each of RUNS rounds (default 3) runs, one after the other so that the
 * machine's load falls on all of them alike:
 *   - export: every case of SOURCE.db to WORKDIR/bundle.xml;
 *   - xmllint: `xmllint --stream --schema` over that file;
 *   - import: the bundle into an empty WORKDIR/import.db;
 *   - floor: the rows the import stored, copied into an empty
 *     WORKDIR/floor.db of the same schema (indexes, statistics triggers,
 *     full-text index) with prepared statements in one transaction, case
 *     by case as the import meets them, the full-text rows in ascending
 *     batches: what any importer that stores these rows costs at least.
 * Each phase runs in a child process so that its own peak memory
 * (getrusage, ru_maxrss) and CPU time are reported. Then the medians and
 * their ratios, of wall time and of CPU time.
 *
 * The second form only imports, in this process (for callgrind), with the
 * given bulk policy (tg_store_set_bulk_policy; environment BENCH_BULK in
 * the first form).
 *
 * Exits non-zero when a phase fails or when the floor did not store the
 * rows the import stored (cases, victims, findings and the other tables,
 * and the statistics cells): a floor that stores nothing measures nothing.
 */
#define G_LOG_DOMAIN "bench-exchange"

#include "config.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "tg-store-collation.h"
#include "tg-exchange-export.h"
#include "tg-exchange-import.h"

typedef gboolean (*Phase) (const char *a,
                           const char *b,
                           guint      *n);

typedef struct
{
  const char *label;
  GArray *seconds;   /* double, one per run: wall */
  GArray *cpu;       /* double, one per run: user + system, all threads */
  double peak_mib;
  guint n;
} Figure;

/* The tables the import writes, with the case's row id first where they
 * have one (floor and check). */
static const char * const child_tables[] = {
  "victims", "members", "extensions", "findings_items", "disputes", "dispute_positions",
  "requests", "documents", "history", "receipts",
};

static gboolean
do_export (const char *db,
           const char *bundle,
           guint      *n)
{
  g_autoptr(TgStore) store = tg_store_open (db, NULL);
  TgStoreExportQuery all = { NULL, -1, NULL, NULL, NULL, NULL };
  g_autoptr(GError) error = NULL;

  g_unlink (bundle);
  if (store == NULL || !tg_exchange_export_file (store, &all, NULL, bundle, n, &error))
    {
      g_printerr ("export: %s\n", error ? error->message : "cannot open");
      return FALSE;
    }
  tg_store_close (store);
  return TRUE;
}

static void
remove_db (const char *db)
{
  g_autofree char *wal = g_strconcat (db, "-wal", NULL);
  g_autofree char *shm = g_strconcat (db, "-shm", NULL);

  g_unlink (db);
  g_unlink (wal);
  g_unlink (shm);
}

static TgStoreBulkPolicy bulk_policy = TG_STORE_BULK_AUTO;

static gboolean
parse_policy (const char *text)
{
  if (text == NULL || g_str_equal (text, "auto"))
    bulk_policy = TG_STORE_BULK_AUTO;
  else if (g_str_equal (text, "always"))
    bulk_policy = TG_STORE_BULK_ALWAYS;
  else if (g_str_equal (text, "never"))
    bulk_policy = TG_STORE_BULK_NEVER;
  else if (g_str_equal (text, "row-by-row"))
    bulk_policy = TG_STORE_BULK_ROW_BY_ROW;
  else
    return FALSE;
  return TRUE;
}

static gboolean
do_import (const char *bundle,
           const char *db,
           guint      *n)
{
  g_autoptr(TgStore) store = NULL;
  g_autoptr(TgExchangeReport) report = tg_exchange_report_new ();
  g_autoptr(GError) error = NULL;
  TgExchangeImportOptions options = TG_EXCHANGE_IMPORT_OPTIONS_INIT;
  TgExchangeTotals t = { 0, };

  remove_db (db);
  store = tg_store_open (db, NULL);
  if (store != NULL)
    tg_store_set_bulk_policy (store, bulk_policy);
  /* A whole-archive bundle of a million cases is 3 GB: above the 512 MiB
   * that files from the regions may have. */
  options.max_size = G_MAXUINT64;
  if (store == NULL || !tg_exchange_import_file_full (store, bundle, report, &options, &t, &error))
    {
      g_autofree char *text = tg_exchange_report_format (report);
      g_printerr ("import: %s\n%.2000s\n", error ? error->message : "cannot open", text);
      return FALSE;
    }
  *n = t.n_cases;
  tg_store_close (store);
  return TRUE;
}

/* ---- the floor ----------------------------------------------------------- */

static gboolean
floor_fail (sqlite3    *db,
            const char *what)
{
  g_printerr ("floor: %s: %s\n", what, sqlite3_errmsg (db));
  return FALSE;
}

/* "INSERT INTO main.T VALUES (?, …)" for the columns of src.T. */
static sqlite3_stmt *
prepare_copy (sqlite3      *db,
              const char   *table,
              const char   *where,
              sqlite3_stmt **insert)
{
  g_autofree char *select_sql = g_strdup_printf ("SELECT * FROM src.%s %s", table, where);
  g_autoptr(GString) sql = g_string_new (NULL);
  sqlite3_stmt *select = NULL;

  if (sqlite3_prepare_v2 (db, select_sql, -1, &select, NULL) != SQLITE_OK)
    return NULL;
  g_string_printf (sql, "INSERT INTO main.%s VALUES (", table);
  for (int i = 0; i < sqlite3_column_count (select); i++)
    g_string_append (sql, i == 0 ? "?" : ", ?");
  g_string_append (sql, ")");
  if (sqlite3_prepare_v3 (db, sql->str, -1, SQLITE_PREPARE_PERSISTENT, insert, NULL) != SQLITE_OK)
    {
      sqlite3_finalize (select);
      return NULL;
    }
  return select;
}

/* Copies the rows @select yields through @insert. */
static gboolean
copy_rows (sqlite3_stmt *select,
           sqlite3_stmt *insert)
{
  int rc;

  while ((rc = sqlite3_step (select)) == SQLITE_ROW)
    {
      for (int i = 0; i < sqlite3_column_count (select); i++)
        sqlite3_bind_value (insert, i + 1, sqlite3_column_value (select, i));
      if (sqlite3_step (insert) != SQLITE_DONE)
        {
          sqlite3_reset (insert);
          sqlite3_reset (select);
          return FALSE;
        }
      sqlite3_reset (insert);
    }
  sqlite3_reset (select);
  return rc == SQLITE_DONE;
}

#define FLOOR_FTS_BATCH 4096

static gboolean
do_floor (const char *import_db,
          const char *floor_db,
          guint      *n)
{
  sqlite3_stmt *cases = NULL, *cases_in = NULL, *fts = NULL, *fts_in = NULL;
  sqlite3_stmt *child[G_N_ELEMENTS (child_tables)] = { NULL, };
  sqlite3_stmt *child_in[G_N_ELEMENTS (child_tables)] = { NULL, };
  char *attach = NULL;
  gint64 fts_from = 1;
  sqlite3 *db = NULL;
  gboolean ok = FALSE;
  int rc;

  /* The schema, its indexes, triggers and full-text table, as the store
   * makes them (and SQLite configured as the store does). */
  remove_db (floor_db);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(TgStore) store = tg_store_open (floor_db, &error);
    if (store == NULL)
      {
        g_printerr ("floor: %s\n", error->message);
        return FALSE;
      }
    tg_store_close (store);
  }
  if (sqlite3_open_v2 (floor_db, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK)
    return floor_fail (db, "open");
  sqlite3_create_collation_v2 (db, TG_COLLATION_KAZAKH, SQLITE_UTF8, NULL,
                               tg_collation_kazakh_compare, NULL);
  attach = sqlite3_mprintf ("ATTACH %Q AS src", import_db);
  if (sqlite3_exec (db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
                        "PRAGMA foreign_keys = ON; PRAGMA cache_size = -32000;", NULL, NULL, NULL) != SQLITE_OK ||
      sqlite3_exec (db, attach, NULL, NULL, NULL) != SQLITE_OK)
    goto out;
  cases = prepare_copy (db, "cases", "ORDER BY rowid", &cases_in);
  fts = sqlite3_prepare_v2 (db, "SELECT rowid, * FROM src.cases_fts WHERE rowid BETWEEN ?1 AND ?2 ORDER BY rowid",
                            -1, &fts, NULL) == SQLITE_OK ? fts : NULL;
  if (cases == NULL || fts == NULL ||
      sqlite3_prepare_v2 (db, "INSERT INTO main.cases_fts (rowid, number, employer, bin, victims, iins, place)"
                              " VALUES (?, ?, ?, ?, ?, ?, ?)", -1, &fts_in, NULL) != SQLITE_OK)
    goto out;
  for (guint t = 0; t < G_N_ELEMENTS (child_tables); t++)
    if ((child[t] = prepare_copy (db, child_tables[t], "WHERE case_rowid = ?", &child_in[t])) == NULL)
      goto out;

  if (sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
    goto out;
  while ((rc = sqlite3_step (cases)) == SQLITE_ROW)
    {
      gint64 rowid = sqlite3_column_int64 (cases, 0);

      for (int i = 0; i < sqlite3_column_count (cases); i++)
        sqlite3_bind_value (cases_in, i + 1, sqlite3_column_value (cases, i));
      if (sqlite3_step (cases_in) != SQLITE_DONE)
        goto out;
      sqlite3_reset (cases_in);
      for (guint t = 0; t < G_N_ELEMENTS (child_tables); t++)
        {
          sqlite3_bind_int64 (child[t], 1, rowid);
          if (!copy_rows (child[t], child_in[t]))
            goto out;
        }
      if (++*n % FLOOR_FTS_BATCH == 0)
        {
          sqlite3_bind_int64 (fts, 1, fts_from);
          sqlite3_bind_int64 (fts, 2, rowid);
          if (!copy_rows (fts, fts_in))
            goto out;
          fts_from = rowid + 1;
        }
    }
  if (rc != SQLITE_DONE)
    goto out;
  sqlite3_bind_int64 (fts, 1, fts_from);
  sqlite3_bind_int64 (fts, 2, G_MAXINT64);
  if (!copy_rows (fts, fts_in) ||
      sqlite3_exec (db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
    goto out;
  ok = TRUE;

out:
  if (!ok)
    floor_fail (db, "copy");
  sqlite3_finalize (cases);
  sqlite3_finalize (cases_in);
  sqlite3_finalize (fts);
  sqlite3_finalize (fts_in);
  for (guint t = 0; t < G_N_ELEMENTS (child_tables); t++)
    {
      sqlite3_finalize (child[t]);
      sqlite3_finalize (child_in[t]);
    }
  sqlite3_close (db);
  sqlite3_free (attach);
  return ok;
}

/* The floor stored what the import stored: every table's rows and the
 * statistics the triggers keep. Prints the counts; FALSE on a mismatch. */
static gboolean
check_floor (const char *import_db,
             const char *floor_db,
             guint       n_exported)
{
  static const char * const tables[] = {
    "cases", "victims", "members", "extensions", "findings_items", "disputes",
    "dispute_positions", "requests", "documents", "history", "receipts", "cases_fts",
  };
  char *attach = sqlite3_mprintf ("ATTACH %Q AS f", floor_db);
  sqlite3 *db = NULL;
  gboolean ok = TRUE;
  int rc;

  if (sqlite3_open_v2 (import_db, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK)
    rc = sqlite3_exec (db, attach, NULL, NULL, NULL);
  else
    rc = SQLITE_CANTOPEN;
  sqlite3_free (attach);
  if (rc != SQLITE_OK)
    {
      g_printerr ("floor check: %s\n", sqlite3_errmsg (db));
      sqlite3_close (db);
      return FALSE;
    }
  printf ("rows     ");
  for (guint i = 0; i < G_N_ELEMENTS (tables) + 1; i++)
    {
      g_autofree char *sql = NULL;
      sqlite3_stmt *stmt = NULL;
      gint64 a = -1, b = -2;

      if (i < G_N_ELEMENTS (tables))
        sql = g_strdup_printf ("SELECT (SELECT count (*) FROM main.%s), (SELECT count (*) FROM f.%s)",
                               tables[i], tables[i]);
      else
        sql = g_strdup ("SELECT (SELECT total (cases) + total (victims) FROM main.stat_cells),"
                        " (SELECT total (cases) + total (victims) FROM f.stat_cells)");
      if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
        {
          a = sqlite3_column_int64 (stmt, 0);
          b = sqlite3_column_int64 (stmt, 1);
        }
      sqlite3_finalize (stmt);
      printf ("%s%s %" G_GINT64_FORMAT, i == 0 ? "" : ", ",
              i < G_N_ELEMENTS (tables) ? tables[i] : "statistics", a);
      if (a != b || (i == 0 && a != n_exported) || (i <= 4 && a <= 0))
        {
          printf (" (floor: %" G_GINT64_FORMAT ")", b);
          ok = FALSE;
        }
    }
  printf ("\n");
  sqlite3_close (db);
  if (!ok)
    printf ("FLOOR WRONG: the floor did not store the rows the import stored (%u cases exported)\n",
            n_exported);
  return ok;
}

/* ---- running and printing --------------------------------------------------- */

static double
cpu_seconds (const struct rusage *usage)
{
  return usage->ru_utime.tv_sec + usage->ru_utime.tv_usec / 1e6 +
         usage->ru_stime.tv_sec + usage->ru_stime.tv_usec / 1e6;
}

/* Runs @phase in a child; its time, count and peak RSS. */
static gboolean
measure (Figure     *f,
         Phase       phase,
         const char *a,
         const char *b)
{
  int pipefd[2];
  struct rusage usage;
  gint64 start = g_get_monotonic_time ();
  guint n = 0;
  double seconds, cpu;
  int status;
  pid_t pid;

  g_assert (pipe (pipefd) == 0);
  fflush (stdout);
  pid = fork ();
  if (pid == 0)
    {
      gboolean ok = phase (a, b, &n);
      g_assert (write (pipefd[1], &n, sizeof n) == sizeof n);
      _exit (ok ? 0 : 1);
    }
  close (pipefd[1]);
  if (read (pipefd[0], &n, sizeof n) != sizeof n)
    n = 0;
  close (pipefd[0]);
  wait4 (pid, &status, 0, &usage);
  seconds = (g_get_monotonic_time () - start) / 1e6;
  cpu = cpu_seconds (&usage);
  g_array_append_val (f->seconds, seconds);
  g_array_append_val (f->cpu, cpu);
  f->peak_mib = MAX (f->peak_mib, usage.ru_maxrss / 1024.0);
  f->n = n;
  printf ("  %-8s %9u cases  %8.2f s  CPU %7.2f s  %9.0f cases/s  peak RSS %6.1f MiB\n", f->label, n,
          seconds, cpu, n / seconds, usage.ru_maxrss / 1024.0);
  return WIFEXITED (status) && WEXITSTATUS (status) == 0;
}

static gboolean
measure_xmllint (Figure     *f,
                 const char *bundle)
{
  g_autofree char *xsd = g_build_filename (SOURCE_ROOT, "schemas", "tergeu-case-1.xsd", NULL);
  char *argv[] = { "xmllint", "--noout", "--stream", "--schema", xsd, (char *) bundle, NULL };
  gint64 start = g_get_monotonic_time ();
  struct rusage usage;
  double seconds, cpu;
  int status = 0;
  pid_t pid;

  fflush (stdout);
  pid = fork ();
  if (pid == 0)
    {
      int null = open ("/dev/null", O_WRONLY);

      if (null >= 0)
        {
          dup2 (null, STDOUT_FILENO);
          dup2 (null, STDERR_FILENO);
        }
      execvp (argv[0], argv);
      _exit (127);
    }
  if (pid < 0 || wait4 (pid, &status, 0, &usage) != pid || !WIFEXITED (status) || WEXITSTATUS (status) == 127)
    {
      printf ("  xmllint  could not be run\n");
      return FALSE;
    }
  seconds = (g_get_monotonic_time () - start) / 1e6;
  cpu = cpu_seconds (&usage);
  g_array_append_val (f->seconds, seconds);
  g_array_append_val (f->cpu, cpu);
  printf ("  %-8s --stream --schema  %8.2f s  CPU %7.2f s  (exit %d)\n", f->label, seconds, cpu,
          WEXITSTATUS (status));
  return WEXITSTATUS (status) == 0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median_of (GArray *s)
{
  guint n = s->len;

  g_array_sort (s, compare_doubles);
  if (n == 0)
    return 0;
  return n % 2 ? g_array_index (s, double, n / 2)
               : (g_array_index (s, double, n / 2 - 1) + g_array_index (s, double, n / 2)) / 2;
}

static void
print_load (void)
{
  double load[3];

  if (getloadavg (load, 3) == 3)
    printf ("load average %.2f %.2f %.2f\n", load[0], load[1], load[2]);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *bundle = NULL;
  g_autofree char *db = NULL;
  g_autofree char *floor_db = NULL;
  Figure export = { "export", NULL, 0, 0 }, xmllint = { "xmllint", NULL, 0, 0 };
  Figure import = { "import", NULL, 0, 0 }, floor = { "floor", NULL, 0, 0 };
  Figure *all[] = { &export, &xmllint, &import, &floor };
  double e, x, i, f, ce, cx, ci, cf;
  guint runs = 3;
  GStatBuf st;

  if (argc >= 4 && g_str_equal (argv[1], "--import"))
    {
      guint n = 0;

      if (!parse_policy (argv[4]))
        return 2;
      return do_import (argv[2], argv[3], &n) ? 0 : 1;
    }
  if (!parse_policy (g_getenv ("BENCH_BULK")))
    return 2;
  if (argc < 3 || argc > 4)
    {
      g_printerr ("Usage: bench-exchange SOURCE.db WORKDIR [RUNS]\n");
      return 2;
    }
  if (argc == 4)
    runs = MAX (1, (guint) g_ascii_strtoull (argv[3], NULL, 10));
  bundle = g_build_filename (argv[2], "bundle.xml", NULL);
  db = g_build_filename (argv[2], "import.db", NULL);
  floor_db = g_build_filename (argv[2], "floor.db", NULL);
  for (guint k = 0; k < G_N_ELEMENTS (all); k++)
    {
      all[k]->seconds = g_array_new (FALSE, FALSE, sizeof (double));
      all[k]->cpu = g_array_new (FALSE, FALSE, sizeof (double));
    }

  for (guint r = 0; r < runs; r++)
    {
      printf ("run %u of %u, ", r + 1, runs);
      print_load ();
      if (!measure (&export, do_export, argv[1], bundle))
        return 1;
      if (r == 0 && g_stat (bundle, &st) == 0)
        printf ("  bundle   %.1f MiB\n", st.st_size / 1048576.0);
      measure_xmllint (&xmllint, bundle);
      if (!measure (&import, do_import, bundle, db) ||
          !measure (&floor, do_floor, db, floor_db))
        return 1;
      if (floor.n != import.n)
        {
          printf ("FLOOR WRONG: it copied %u cases, the import stored %u\n", floor.n, import.n);
          return 1;
        }
    }
  if (!check_floor (db, floor_db, export.n))
    return 1;

  e = median_of (export.seconds);
  x = median_of (xmllint.seconds);
  i = median_of (import.seconds);
  f = median_of (floor.seconds);
  ce = median_of (export.cpu);
  cx = median_of (xmllint.cpu);
  ci = median_of (import.cpu);
  cf = median_of (floor.cpu);
  printf ("medians of %u interleaved runs, ", runs);
  print_load ();
  printf ("  export   %8.2f s  CPU %7.2f s  %9.0f cases/s  peak RSS %6.1f MiB\n", e, ce, export.n / e, export.peak_mib);
  printf ("  xmllint  %8.2f s  CPU %7.2f s\n", x, cx);
  printf ("  import   %8.2f s  CPU %7.2f s  %9.0f cases/s  peak RSS %6.1f MiB\n", i, ci, import.n / i, import.peak_mib);
  printf ("  floor    %8.2f s  CPU %7.2f s  %9.0f cases/s\n", f, cf, floor.n / f);
  printf ("ratios   import/xmllint %.2f   import/floor %.2f   floor/xmllint %.2f   export/xmllint %.2f\n",
          i / x, i / f, f / x, e / x);
  /* The import runs on two threads; on a machine others share, its wall
   * time suffers more than a one-thread xmllint's. CPU time, all threads: */
  printf ("CPU      import/xmllint %.2f   import/floor %.2f   floor/xmllint %.2f   export/xmllint %.2f\n",
          ci / cx, ci / cf, cf / cx, ce / cx);
  remove_db (floor_db);
  return 0;
}
