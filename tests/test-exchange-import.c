/* test-exchange-import.c — import, export, conflicts (exchange-format.md)
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every bad-*.xml and rule-*.xml of tests/data/exchange is refused with
 * the message and line in its .expect, and leaves the database file
 * byte for byte as it was; good files import, re-import unchanged,
 * update by revision and round-trip through export; concurrent edits
 * become a conflict that loses nothing and resolves field by field.
 */
#define G_LOG_DOMAIN "test-exchange-import"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "tg-exchange-conflicts.h"
#include "tg-exchange-export.h"
#include "tg-exchange-import.h"
#include "tg-model.h"
#include "tg-test-util.h"
#include "tg-victim.h"

static char *
data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "exchange", name, NULL);
}

static gboolean
import (TgStore    *store,
        const char *path,
        TgExchangeTotals *totals,
        TgExchangeReport *report)
{
  g_autoptr(TgExchangeReport) own = tg_exchange_report_new ();

  return tg_exchange_import_file (store, path, report ? report : own, NULL, NULL, totals, NULL);
}

static void
import_data (TgStore    *store,
             const char *name)
{
  g_autofree char *path = data_path (name);
  TgExchangeTotals t;

  g_assert_true (import (store, path, &t, NULL));
}

static gboolean
report_has (TgExchangeReport *report,
            guint             line,
            const char       *fragment)
{
  GListModel *messages = tg_exchange_report_get_messages (report);

  for (guint i = 0; i < g_list_model_get_n_items (messages); i++)
    {
      g_autoptr(TgExchangeMessage) m = g_list_model_get_item (messages, i);
      g_autofree char *text = tg_exchange_message_format (m);

      if ((line == 0 || tg_exchange_message_get_line (m) == line) && strstr (text, fragment) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* ---- refused files leave the database as it was ------------------------ */

static void
check_refused (gconstpointer data)
{
  const char *name = data;
  g_autofree char *path = data_path (name);
  g_autofree char *base = g_strndup (name, strlen (name) - 4);
  g_autofree char *expect_name = g_strconcat (base, ".expect", NULL);
  g_autofree char *expect_path = data_path (expect_name);
  g_autoptr(GKeyFile) expect = g_key_file_new ();
  g_autoptr(TgExchangeReport) report = tg_exchange_report_new ();
  g_autofree char *dir = NULL;
  g_autofree char *db = NULL;
  g_autofree char *setup = NULL;
  g_autofree char *fragment = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  TgExchangeTotals t;
  guint line;

  g_assert_true (g_key_file_load_from_file (expect, expect_path, G_KEY_FILE_NONE, NULL));
  line = g_key_file_get_integer (expect, "expect", "line", NULL);
  fragment = g_key_file_get_string (expect, "expect", "message", NULL);
  setup = g_key_file_get_string (expect, "expect", "setup", NULL);
  import_data (store, setup != NULL ? setup : "good-bundle.xml");
  db = g_strdup (tg_store_get_path (store));
  tg_store_close (store);
  g_clear_object (&store);
  before = tg_test_read_file (db);

  store = tg_store_open (db, NULL);
  g_assert_nonnull (store);
  g_assert_false (import (store, path, &t, report));
  if (!report_has (report, line, fragment))
    {
      g_autofree char *all = tg_exchange_report_format (report);
      g_error ("%s: no message at line %u with “%s”; got:\n%s", name, line, fragment, all);
    }
  tg_store_close (store);
  after = tg_test_read_file (db);
  g_assert_true (g_bytes_equal (before, after));
  tg_test_remove_dir (dir);
}

/* ---- long files ---------------------------------------------------------- */

/* good-example.xml's one case, @n times with ids and numbers of their own;
 * case @same_id takes case 3's id, case @bad_bin a BIN with a wrong check
 * digit, case @bad_state a state the schema does not know (-1: none).
 * Case k starts at line 11 + 106 k. */
#define CASE_LINES 106

static char *
long_file (guint n,
           int   same_id,
           int   bad_bin,
           int   bad_state)
{
  g_autofree char *path = data_path ("good-example.xml");
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  GString *out = g_string_new (NULL);

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), >=, 10 + CASE_LINES);
  for (guint i = 0; i < 10; i++)
    g_string_append_printf (out, "%s\n", lines[i]);
  for (guint k = 0; k < n; k++)
    for (guint i = 10; i < 10 + CASE_LINES; i++)
      {
        g_autofree char *id = g_strdup_printf ("6f1c2a4e-8d3b-4c1a-9e2f-%012u", (int) k == same_id ? 3 : k);
        g_autofree char *number = g_strdup_printf ("08-2026-%05u", 100 + k);
        g_autoptr(GString) line = g_string_new (lines[i]);

        g_string_replace (line, "6f1c2a4e-8d3b-4c1a-9e2f-0a7b5c3d1e90", id, 0);
        g_string_replace (line, "08-2026-00042", number, 0);
        if ((int) k == bad_bin)
          g_string_replace (line, "<bin>170340001238</bin>", "<bin>170340001239</bin>", 0);
        if ((int) k == bad_state)
          g_string_replace (line, "committee-investigation", "committee_investigation", 0);
        g_string_append_printf (out, "%s\n", line->str);
      }
  g_string_append (out, "</caseFile>\n");
  return g_string_free (out, FALSE);
}

static gboolean
has_message (TgExchangeReport *report,
             guint             line,
             const char       *label,
             const char       *fragment)
{
  GListModel *messages = tg_exchange_report_get_messages (report);

  for (guint i = 0; i < g_list_model_get_n_items (messages); i++)
    {
      g_autoptr(TgExchangeMessage) m = g_list_model_get_item (messages, i);

      if (tg_exchange_message_get_line (m) == line &&
          g_strcmp0 (tg_exchange_message_get_case_label (m), label) == 0 &&
          strstr (tg_exchange_message_get_text (m), fragment) != NULL)
        return TRUE;
    }
  return FALSE;
}

static void
on_progress (guint    n_cases,
             guint64  bytes_read,
             guint64  size,
             gpointer user_data)
{
  guint *last = user_data;

  g_assert_cmpuint (bytes_read, <=, size);
  g_assert_cmpuint (n_cases, >=, *last);
  *last = n_cases;
}

/* Errors far into a file, found by the reader (rules, schema) and by the
 * writing side (identity), carry their own case's line and label, and
 * nothing of the file is applied; the same file put right imports whole. */
static void
test_long_file (void)
{
  guint n = TG_EXCHANGE_PROGRESS_CASES + 40;
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autofree char *bad = long_file (n, 425, 433, 438);
  g_autofree char *good = long_file (n, -1, -1, -1);
  g_autofree char *path = g_build_filename (dir, "long.xml", NULL);
  TgCaseQuery all = TG_CASE_QUERY_INIT;
  TgExchangeImportOptions options = TG_EXCHANGE_IMPORT_OPTIONS_INIT;
  TgExchangeTotals t;
  guint count = 1, last = 0;

  g_assert_true (g_file_set_contents (path, bad, -1, NULL));
  for (guint with_store = 0; with_store < 2; with_store++)
    {
      g_autoptr(TgExchangeReport) report = tg_exchange_report_new ();

      g_assert_false (tg_exchange_import_file (with_store ? store : NULL, path, report, NULL, NULL, &t, NULL));
      g_assert_true (has_message (report, 11 + 425 * CASE_LINES, "08-2026-00525", "appears twice in this file"));
      g_assert_true (has_message (report, 11 + 433 * CASE_LINES + 6, "08-2026-00533", "fails the check digit"));
      g_assert_true (has_message (report, 11 + 438 * CASE_LINES + 3, "08-2026-00538", "committee_investigation"));
      g_assert_cmpuint (tg_exchange_report_get_n_errors (report), ==, 3);
    }
  g_assert_true (tg_store_count_cases (store, &all, &count, NULL));
  g_assert_cmpuint (count, ==, 0);

  g_assert_true (g_file_set_contents (path, good, -1, NULL));
  {
    g_autoptr(TgExchangeReport) report = tg_exchange_report_new ();

    options.progress = on_progress;
    options.progress_data = &last;
    g_assert_true (tg_exchange_import_file_full (store, path, report, &options, &t, NULL));
  }
  g_assert_cmpuint (t.n_cases, ==, n);
  g_assert_cmpuint (t.created, ==, n);
  g_assert_cmpuint (last, ==, n);
  g_assert_true (tg_store_count_cases (store, &all, &count, NULL));
  g_assert_cmpuint (count, ==, n);
  tg_test_remove_dir (dir);
}

/* ---- round trip -------------------------------------------------------- */

static const char * const good[] = {
  "good-bundle.xml", "good-example.xml", "good-full.xml", "good-languages.xml", NULL
};

static char *
read_without_created (const char *path)
{
  g_autofree char *text = NULL;
  g_autoptr(GRegex) created = g_regex_new ("<created>[^<]*</created>", 0, 0, NULL);

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return g_regex_replace_literal (created, text, -1, 0, "<created/>", 0, NULL);
}

static void
export_all (TgStore    *store,
            const char *path)
{
  TgStoreExportQuery all = { NULL, -1, NULL, NULL, NULL, NULL };
  g_autoptr(GError) error = NULL;
  guint n = 0;

  g_assert_true (tg_exchange_export_file (store, &all, NULL, path, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 6);
}

static void
test_round_trip (void)
{
  g_autofree char *dir_a = NULL;
  g_autofree char *dir_b = NULL;
  g_autoptr(TgStore) a = tg_test_open_store (&dir_a);
  g_autoptr(TgStore) b = tg_test_open_store (&dir_b);
  g_autofree char *e1 = g_build_filename (dir_a, "e1.xml", NULL);
  g_autofree char *e2 = g_build_filename (dir_b, "e2.xml", NULL);
  g_autofree char *t1 = NULL;
  g_autofree char *t2 = NULL;
  TgExchangeTotals t;

  for (guint i = 0; good[i] != NULL; i++)
    import_data (a, good[i]);
  export_all (a, e1);
  g_assert_true (import (NULL, e1, &t, NULL));   /* valid by every rule */
  g_assert_true (import (b, e1, &t, NULL));
  g_assert_cmpuint (t.created, ==, 6);
  export_all (b, e2);
  t1 = read_without_created (e1);
  t2 = read_without_created (e2);
  g_assert_cmpstr (t1, ==, t2);

  /* Re-import, into either side, changes nothing. */
  g_assert_true (import (b, e1, &t, NULL));
  g_assert_cmpuint (t.unchanged, ==, 6);
  g_assert_true (import (a, e1, &t, NULL));
  g_assert_cmpuint (t.unchanged, ==, 6);
  for (guint i = 0; good[i] != NULL; i++)
    {
      g_autofree char *path = data_path (good[i]);
      g_assert_true (import (a, path, &t, NULL));
      g_assert_cmpuint (t.unchanged, ==, t.n_cases);
    }
  tg_test_remove_dir (dir_a);
  tg_test_remove_dir (dir_b);
}

/* ---- revisions --------------------------------------------------------- */

/* good-example.xml with another revision and place. */
static char *
write_variant (const char *dir,
               const char *name,
               const char *revision,
               const char *from,
               const char *to)
{
  g_autofree char *src = data_path ("good-example.xml");
  g_autofree char *text = NULL;
  g_autofree char *rev = g_strdup_printf ("revision=\"%s\"", revision);
  g_auto(GStrv) parts = NULL;
  g_autofree char *joined = NULL;
  g_auto(GStrv) parts2 = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_get_contents (src, &text, NULL, NULL));
  parts = g_strsplit (text, "revision=\"3\"", 2);
  joined = g_strjoinv (rev, parts);
  parts2 = g_strsplit (joined, from, 2);
  g_free (text);
  text = g_strjoinv (to, parts2);
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return path;
}

static void
test_update (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autofree char *v4 = write_variant (dir, "v4.xml", "4", "12-лава", "14-лава");
  g_autoptr(TgCase) kase = NULL;
  TgExchangeTotals t;

  import_data (store, "good-example.xml");
  g_assert_true (import (store, v4, &t, NULL));
  g_assert_cmpuint (t.updated, ==, 1);
  kase = tg_store_load_case (store, "08-2026-00042", NULL);
  g_assert_cmpint (tg_case_get_revision (kase), ==, 4);
  g_assert_nonnull (strstr (tg_case_get_place (kase), "14-лава"));
  /* An older revision is harmless. */
  import_data (store, "good-example.xml");
  g_clear_object (&kase);
  kase = tg_store_load_case (store, "08-2026-00042", NULL);
  g_assert_nonnull (strstr (tg_case_get_place (kase), "14-лава"));
  tg_test_remove_dir (dir);
}

/* Local edit of the place; the sender changed an injury meanwhile. */
static TgStore *
make_conflict (char **dir)
{
  TgStore *store = tg_test_open_store (dir);
  g_autofree char *v4 = write_variant (*dir, "v4.xml", "4", "<injury>асфиксия</injury>",
                                       "<injury>черепно-мозговая травма</injury>");
  g_autoptr(TgCase) kase = NULL;
  TgExchangeTotals t;

  import_data (store, "good-example.xml");
  kase = tg_store_load_case (store, "08-2026-00042", NULL);
  tg_case_set_place (kase, "Шахта «Тентек», 3-горизонт, 12-лава (уточнено)");
  g_assert_true (tg_store_save_case (store, kase, NULL));
  g_assert_true (import (store, v4, &t, NULL));
  g_assert_cmpuint (t.conflicts, ==, 1);
  return store;
}

static gboolean
has_path (GPtrArray  *changes,
          const char *path)
{
  for (guint i = 0; i < changes->len; i++)
    if (g_str_equal (((TgFieldChange *) g_ptr_array_index (changes, i))->path, path))
      return TRUE;
  return FALSE;
}

static void
test_conflict (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = make_conflict (&dir);
  g_autoptr(GPtrArray) list = tg_exchange_list_conflicts (store, NULL, NULL);
  g_autoptr(TgCase) kase = NULL;
  g_autoptr(TgVictim) v1 = NULL;
  g_autoptr(GError) error = NULL;
  const char *fields[] = { "victims/v1/injury", NULL };
  TgExchangeConflict *c;

  g_assert_cmpuint (list->len, ==, 1);
  c = g_ptr_array_index (list, 0);
  g_assert_cmpstr (c->number, ==, "08-2026-00042");
  g_assert_cmpstr (c->sender, ==, "LI-08");
  g_assert_true (has_path (c->changes, "place"));
  g_assert_true (has_path (c->changes, "victims/v1/injury"));

  /* The local case stays as it is until someone decides. */
  kase = tg_store_load_case (store, "08-2026-00042", NULL);
  g_assert_cmpint (tg_case_get_revision (kase), ==, 4);
  g_assert_nonnull (strstr (tg_case_get_place (kase), "уточнено"));
  g_clear_object (&kase);

  g_assert_false (tg_exchange_resolve (store, c->id, TG_EXCHANGE_TAKE_THEIRS,
                                       (const char *[]) { "region", NULL }, &error));
  g_clear_error (&error);
  g_assert_true (tg_exchange_resolve (store, c->id, TG_EXCHANGE_TAKE_THEIRS, fields, &error));
  g_assert_no_error (error);
  kase = tg_store_load_case (store, "08-2026-00042", NULL);
  v1 = g_list_model_get_item (G_LIST_MODEL (tg_case_get_victims (kase)), 0);
  g_assert_cmpstr (tg_victim_get_injury (v1), ==, "черепно-мозговая травма");
  g_assert_nonnull (strstr (tg_case_get_place (kase), "уточнено"));
  g_assert_cmpint (tg_case_get_revision (kase), ==, 5);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = tg_exchange_list_conflicts (store, NULL, NULL);
  g_assert_cmpuint (list->len, ==, 0);
  tg_test_remove_dir (dir);
}

static int
run_cli (const char *db,
         char      **out,
         ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  const char *arg;
  int status = -1;
  va_list ap;

  g_ptr_array_add (args, (gpointer) g_getenv ("TERGEU_CLI"));
  va_start (ap, out);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, (gpointer) "--db");
  g_ptr_array_add (args, (gpointer) db);
  g_ptr_array_add (args, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) args->pdata, NULL, G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, out, NULL, &status, NULL));
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static void
test_conflict_cli (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = make_conflict (&dir);
  g_autofree char *db = g_strdup (tg_store_get_path (store));
  g_autofree char *v5 = write_variant (dir, "v5.xml", "5", "<injury>асфиксия</injury>",
                                       "<injury>ожог</injury>");
  g_autofree char *out = NULL;
  g_autoptr(TgCase) kase = NULL;

  tg_store_close (store);
  g_assert_cmpint (run_cli (db, &out, "import", v5, NULL), ==, 3);
  g_assert_cmpstr (out, ==, "08-2026-00042\tconflict\n");
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run_cli (db, &out, "conflicts", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "08-2026-00042\tLI-08\t4\t"));
  g_assert_nonnull (strstr (out, "08-2026-00042\tLI-08\t5\t"));
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run_cli (db, &out, "resolve", "08-2026-00042", "--take", "ours", NULL), ==, 0);
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run_cli (db, &out, "resolve", "08-2026-00042", "--take", "theirs", NULL), ==, 0);
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run_cli (db, &out, "conflicts", NULL), ==, 0);
  g_assert_cmpstr (out, ==, "");
  store = tg_store_open (db, NULL);
  kase = tg_store_load_case (store, "08-2026-00042", NULL);
  g_assert_null (strstr (tg_case_get_place (kase), "уточнено"));
  g_assert_cmpint (tg_case_get_revision (kase), ==, 6);
  tg_test_remove_dir (dir);
}

static void
add_refused_tests (void)
{
  g_autofree char *dir_path = data_path ("");
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if ((g_str_has_prefix (name, "bad-") || g_str_has_prefix (name, "rule-")) &&
        g_str_has_suffix (name, ".xml"))
      {
        g_autofree char *test = g_strdup_printf ("/exchange-import/refused/%s", name);
        g_test_add_data_func_full (test, g_strdup (name), check_refused, g_free);
      }
}

/* Inputs the fuzzer once crashed on (tests/data/fuzz): refused, with the
 * database untouched and no crash. */
static void
check_fuzz_regression (gconstpointer data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "fuzz", (const char *) data, NULL);
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autoptr(TgExchangeReport) report = tg_exchange_report_new ();
  g_autoptr(GError) error = NULL;
  TgCaseQuery q = TG_CASE_QUERY_INIT;
  guint count = 1;

  g_assert_false (tg_exchange_import_file (store, path, report, NULL, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (tg_exchange_report_get_n_errors (report), >, 0);
  g_assert_true (tg_store_count_cases (store, &q, &count, NULL));
  g_assert_cmpuint (count, ==, 0);
  g_clear_error (&error);
  /* The same without a database (validate). */
  g_clear_object (&report);
  report = tg_exchange_report_new ();
  g_assert_false (tg_exchange_import_file (NULL, path, report, NULL, NULL, NULL, &error));
  tg_test_remove_dir (dir);
}

static void
add_fuzz_regressions (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "data", "fuzz", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *test = g_strdup_printf ("/exchange-import/fuzz-regression/%s", name);
      g_test_add_data_func_full (test, g_strdup (name), check_fuzz_regression, g_free);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("TERGEU_TODAY", "2026-11-26", TRUE);
  add_refused_tests ();
  add_fuzz_regressions ();
  g_test_add_func ("/exchange-import/long-file", test_long_file);
  g_test_add_func ("/exchange-import/round-trip", test_round_trip);
  g_test_add_func ("/exchange-import/update", test_update);
  g_test_add_func ("/exchange-import/conflict", test_conflict);
  g_test_add_func ("/exchange-import/conflict-cli", test_conflict_cli);
  return g_test_run ();
}
