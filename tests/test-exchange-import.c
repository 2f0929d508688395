/* test-exchange-import.c — import, export, conflicts (exchange-format.md)
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every bad-*.xml and rule-*.xml of tests/data/exchange is refused with
 * the message and line in its .expect, and leaves the database file
 * byte for byte as it was; good files import, re-import unchanged,
 * update by revision and round-trip through export (a demo database
 * into itself and into an empty one, a file with minimal findings);
 * concurrent edits become a conflict that loses nothing and resolves field
 * by field; a dispute without a due date gets the default one.
 */
#define G_LOG_DOMAIN "test-exchange-import"

#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "tg-case-document.h"
#include "tg-dates.h"
#include "tg-demo.h"
#include "tg-dispute.h"
#include "tg-exchange-conflicts.h"
#include "tg-exchange-export.h"
#include "tg-exchange-import.h"
#include "tg-findings.h"
#include "tg-case-commands.h"
#include "tg-model.h"
#include "tg-oversight.h"
#include "tg-store-statistics.h"
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

/* The database as it is: a file byte for byte (the format's rule for a
 * refused file), a server's every row (tg_test_database_digest). */
static GBytes *
snapshot_db (const char *db)
{
  if (tg_store_location_kind (db) == TG_STORE_LOCATION_SERVER)
    {
      char *digest = tg_test_database_digest (db);

      return g_bytes_new_take (digest, strlen (digest));
    }
  return tg_test_read_file (db);
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
  before = snapshot_db (db);

  store = tg_store_open (db, NULL);
  g_assert_nonnull (store);
  g_assert_false (import (store, path, &t, report));
  if (!report_has (report, line, fragment))
    {
      g_autofree char *all = tg_exchange_report_format (report);
      g_error ("%s: no message at line %u with “%s”; got:\n%s", name, line, fragment, all);
    }
  tg_store_close (store);
  after = snapshot_db (db);
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

/* The file is replaced when the first pass (the check before the write
 * lock) has read it all: its last progress call, with no case applied. */
typedef struct
{
  const char *path;
  const char *replacement;
  gboolean replaced;
} Swap;

static void
swap_after_check (guint    n_cases,
                  guint64  bytes_read,
                  guint64  size,
                  gpointer user_data)
{
  Swap *swap = user_data;

  if (!swap->replaced && n_cases == 0 && bytes_read == size / 2)
    {
      g_assert_true (g_file_set_contents (swap->path, swap->replacement, -1, NULL));
      swap->replaced = TRUE;
    }
}

/* The second pass neither validates against the XSD nor checks the rules
 * again (issue 18): what it reads is kept only if it is the file the
 * first pass checked. Replaced in between by another valid file, by one
 * the schema refuses or by one without a case's number, the import is
 * refused and nothing of either is applied. */
static void
test_changed_between_passes (void)
{
  guint n = 60;
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autofree char *good = long_file (n, -1, -1, -1);
  g_autofree char *other = long_file (n + 1, -1, -1, -1);
  g_autofree char *invalid = long_file (n, -1, -1, 30);
  g_autoptr(GString) no_number = g_string_new (good);
  g_autofree char *path = g_build_filename (dir, "swapped.xml", NULL);
  const char *replacements[] = { other, invalid, NULL };
  TgCaseQuery all = TG_CASE_QUERY_INIT;
  guint count = 1;

  g_string_replace (no_number, "<number>08-2026-00130</number>", "", 1);
  replacements[2] = no_number->str;
  for (guint i = 0; i < G_N_ELEMENTS (replacements); i++)
    {
      g_autoptr(TgExchangeReport) report = tg_exchange_report_new ();
      g_autoptr(GError) error = NULL;
      TgExchangeImportOptions options = TG_EXCHANGE_IMPORT_OPTIONS_INIT;
      Swap swap = { path, replacements[i], FALSE };
      TgExchangeTotals t;

      g_assert_true (g_file_set_contents (path, good, -1, NULL));
      options.progress = swap_after_check;
      options.progress_data = &swap;
      g_assert_false (tg_exchange_import_file_full (store, path, report, &options, &t, &error));
      g_assert_true (swap.replaced);
      g_assert_error (error, TG_EXCHANGE_ERROR, TG_EXCHANGE_ERROR_REFUSED);
      g_assert_nonnull (strstr (error->message, "changed while it was imported"));
      g_assert_true (tg_store_count_cases (store, &all, &count, NULL));
      g_assert_cmpuint (count, ==, 0);
    }
  {
    g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
    g_assert_true (tg_store_verify (store, problems, NULL));
    g_assert_cmpuint (problems->len, ==, 0);
  }
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

/* Every case of @store into @path, as @sender (NULL: the Committee). */
static void
export_as (TgStore    *store,
           const char *sender,
           const char *path,
           guint       n_cases)
{
  TgStoreExportQuery all = { NULL, -1, NULL, NULL, NULL, NULL };
  g_autoptr(GError) error = NULL;
  guint n = 0;

  g_assert_true (tg_exchange_export_file (store, &all, sender, path, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, n_cases);
}

static void
export_all (TgStore    *store,
            const char *path)
{
  export_as (store, NULL, path, 6);
}

/* Two exports hold the same cases, byte for byte but header/created; on
 * failure, the first line that differs. */
static void
assert_same_export (const char *path1,
                    const char *path2)
{
  g_autofree char *t1 = read_without_created (path1);
  g_autofree char *t2 = read_without_created (path2);
  g_auto(GStrv) l1 = NULL;
  g_auto(GStrv) l2 = NULL;

  if (g_str_equal (t1, t2))
    return;
  l1 = g_strsplit (t1, "\n", -1);
  l2 = g_strsplit (t2, "\n", -1);
  for (guint i = 0; l1[i] != NULL && l2[i] != NULL; i++)
    if (!g_str_equal (l1[i], l2[i]))
      g_error ("%s and %s differ at line %u:\n%s\n%s", path1, path2, i + 1, l1[i], l2[i]);
  g_error ("%s and %s differ in length", path1, path2);
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
  tg_test_apply (store, &kase, "edit-particulars",
                 tg_test_params ("place", TG_TEST_STR ("Шахта «Тентек», 3-горизонт, 12-лава (уточнено)"), NULL));
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

/* Two desks import two revisions of one case at the same moment, while
 * a third edits another case: whichever comes first, the later revision
 * is what stays (the earlier one, coming second, is "unchanged"), and
 * nothing is lost; over several rounds, both orders are likely to be
 * seen. */
static void
test_two_desks_at_once (void)
{
  for (guint round = 0; round < 4; round++)
    {
      g_autofree char *dir = NULL;
      g_autoptr(TgStore) store = tg_test_open_store (&dir);
      g_autofree char *db = g_strdup (tg_store_get_path (store));
      g_autofree char *v4 = write_variant (dir, "v4.xml", "4", "12-лава", "14-лава");
      g_autofree char *v5 = write_variant (dir, "v5.xml", "5", "12-лава", "15-лава");
      const char *files[] = { round % 2 ? v5 : v4, round % 2 ? v4 : v5 };
      g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GError) error = NULL;
      g_autoptr(TgCase) kase = NULL;
      GPid pids[2];
      int outs[2];
      guint updated = 0;

      import_data (store, "good-example.xml");
      for (guint i = 0; i < 2; i++)
        {
          const char *argv[] = { g_getenv ("TERGEU_CLI"), "import", files[i], "--db", db, NULL };

          g_spawn_async_with_pipes (NULL, (char **) argv, NULL,
                                    G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDERR_TO_DEV_NULL,
                                    NULL, NULL, &pids[i], NULL, &outs[i], NULL, &error);
          g_assert_no_error (error);
        }
      for (guint i = 0; i < 2; i++)
        {
          g_autoptr(GIOChannel) channel = g_io_channel_unix_new (outs[i]);
          g_autofree char *out = NULL;
          int status = 0;

          g_io_channel_set_close_on_unref (channel, TRUE);
          g_io_channel_read_to_end (channel, &out, NULL, NULL);
          g_assert_cmpint (waitpid (pids[i], &status, 0), ==, pids[i]);
          g_spawn_close_pid (pids[i]);
          g_assert_true (WIFEXITED (status));
          g_assert_cmpint (WEXITSTATUS (status), ==, 0);
          if (g_str_equal (out, "08-2026-00042\tupdated\n"))
            updated++;
          else
            g_assert_cmpstr (out, ==, "08-2026-00042\tunchanged\n");
        }
      g_assert_cmpuint (updated, >=, 1);
      kase = tg_store_load_case (store, "08-2026-00042", &error);
      g_assert_no_error (error);
      g_assert_cmpint (tg_case_get_revision (kase), ==, 5);
      g_assert_nonnull (strstr (tg_case_get_place (kase), "15-лава"));
      g_assert_true (tg_store_verify (store, problems, &error));
      tg_store_close (store);
      tg_test_remove_dir (dir);
    }
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

/* ---- round trips of Tergeu's own files (issue 13) ------------------------ */

static void
expect_unchanged (const char       *number,
                  TgExchangeResult  result,
                  gpointer          user_data)
{
  guint *n = user_data;

  if (result != TG_EXCHANGE_UNCHANGED)
    g_error ("%s\t%s, not unchanged", number, tg_exchange_result_nick (result));
  (*n)++;
}

static void
import_unchanged (TgStore    *store,
                  const char *path,
                  guint       n_cases)
{
  g_autoptr(TgExchangeReport) report = tg_exchange_report_new ();
  g_autoptr(GError) error = NULL;
  TgExchangeTotals t;
  guint n = 0;

  g_assert_true (tg_exchange_import_file (store, path, report, expect_unchanged, &n, &t, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, n_cases);
  g_assert_cmpuint (t.unchanged, ==, n_cases);
}

#define DEMO_CASES 1000

/* A demo database exported and imported back into itself: every case
 * unchanged, and the database as it was; the same file into an empty
 * database and out again: the same document. */
static void
test_demo_round_trip (void)
{
  g_autofree char *dir_a = NULL;
  g_autofree char *dir_b = NULL;
  g_autoptr(TgStore) a = tg_test_open_store (&dir_a);
  g_autoptr(TgStore) b = tg_test_open_store (&dir_b);
  g_autofree char *e1 = g_build_filename (dir_a, "e1.xml", NULL);
  g_autofree char *e2 = g_build_filename (dir_a, "e2.xml", NULL);
  g_autofree char *e3 = g_build_filename (dir_b, "e3.xml", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  TgExchangeTotals t;

  g_assert_true (tg_demo_generate (a, DEMO_CASES, 1, NULL, NULL, &error));
  g_assert_no_error (error);
  export_as (a, NULL, e1, DEMO_CASES);
  /* What used to be lost on the way: dispute due dates, request ids. */
  g_assert_true (g_file_get_contents (e1, &text, NULL, NULL));
  g_assert_true (g_regex_match_simple ("<dispute [^>]* filed=\"[-0-9]+\" due=\"[-0-9]+\"", text, 0, 0));
  g_assert_nonnull (strstr (text, "<request id=\"r"));

  import_unchanged (a, e1, DEMO_CASES);
  export_as (a, NULL, e2, DEMO_CASES);
  assert_same_export (e1, e2);

  g_assert_true (import (b, e1, &t, NULL));
  g_assert_cmpuint (t.created, ==, DEMO_CASES);
  export_as (b, NULL, e3, DEMO_CASES);
  assert_same_export (e1, e3);
  import_unchanged (b, e3, DEMO_CASES);
  tg_test_remove_dir (dir_a);
  tg_test_remove_dir (dir_b);
}

/* ---- bulk mode and statistics as deltas (issue 18) ---------------------- */

#define BULK_CASES 2000
#define BULK_MORE 300

static gboolean
append_number (TgCaseSummary *s,
               gpointer       user_data)
{
  g_string_append_printf (user_data, "%s ", s->number);
  return TRUE;
}

/* What a person can see of the imported cases: searches and lists in
 * several orders, page by page and whole, and every statistic. */
static char *
visible (TgStore *store)
{
  static const char * const searches[] = {
    "ТОО", "АО", "шахта", "Караганд", "08-20", "Ермек", "ЖШС", "7", "цех", NULL,
  };
  static const TgCaseSort sorts[] = { TG_CASE_SORT_NUMBER, TG_CASE_SORT_EMPLOYER, TG_CASE_SORT_DUE };
  GString *out = g_string_new (NULL);
  g_autofree char *statistics = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i <= G_N_ELEMENTS (searches); i++)
    for (guint s = 0; s < G_N_ELEMENTS (sorts); s++)
      {
        TgCaseQuery q = TG_CASE_QUERY_INIT;
        g_autoptr(GPtrArray) page = NULL;
        guint count = 0;

        q.search = i < G_N_ELEMENTS (searches) ? searches[i] : NULL;
        q.sort = sorts[s];
        q.descending = s == 2;
        if (q.search == NULL)
          q.region = "08";
        g_assert_true (tg_store_count_cases (store, &q, &count, &error));
        g_string_append_printf (out, "\n%s/%u: %u: ", q.search, s, count);
        page = tg_store_list_cases (store, &q, 3, 20, &error);
        g_assert_no_error (error);
        for (guint k = 0; k < page->len; k++)
          append_number (g_ptr_array_index (page, k), out);
        g_string_append (out, "| ");
        g_assert_true (tg_store_foreach_case (store, &q, append_number, out, &error));
      }
  statistics = tg_test_statistics (store);
  g_string_append (out, statistics);
  return g_string_free (out, FALSE);
}

/* The rows behind the statistics and the schema: the same whichever way
 * the file was written (a cell that went to zero may be kept or not). */
static char *
stored (TgStore *store)
{
  static const char * const queries[] = {
    "SELECT * FROM stat_cells WHERE cases <> 0 OR victims <> 0 ORDER BY 1, 2, 3",
    "SELECT * FROM stat_causes WHERE cases <> 0 ORDER BY 1, 2",
    "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name",
    "SELECT rowid, * FROM cases_fts ORDER BY rowid",
  };
  GString *out = g_string_new (NULL);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open_v2 (tg_store_get_path (store), &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    {
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, queries[i], -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            g_string_append_printf (out, "%s|", (const char *) sqlite3_column_text (stmt, c));
          g_string_append_c (out, '\n');
        }
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);
  return g_string_free (out, FALSE);
}

/* The same two files (2 000 cases; then 200 of them changed and 300 new)
 * imported row by row with the statistics triggers, as before issue 18,
 * and with the statistics counted before COMMIT, the indexes built after
 * the rows when bulk mode chooses, from the first case, or never: the
 * same search results, lists, statistics and schema. */
static void
test_bulk_same_results (void)
{
  static const TgStoreBulkPolicy policies[] = {
    TG_STORE_BULK_ROW_BY_ROW, TG_STORE_BULK_AUTO, TG_STORE_BULK_ALWAYS, TG_STORE_BULK_NEVER,
  };
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) source = tg_test_open_store (&dir);
  g_autofree char *e1 = g_build_filename (dir, "e1.xml", NULL);
  g_autofree char *e2 = g_build_filename (dir, "e2.xml", NULL);
  char *seen[G_N_ELEMENTS (policies)] = { NULL, };
  char *rows[G_N_ELEMENTS (policies)] = { NULL, };
  g_autoptr(GError) error = NULL;
  guint edited = 0;

  if (tg_test_on_server ())
    {
      g_test_skip ("bulk mode is SQLite's: the server's triggers keep the statistics row by row always");
      tg_test_remove_dir (dir);
      return;
    }
  g_assert_true (tg_demo_generate (source, BULK_CASES, 3, NULL, NULL, &error));
  g_assert_no_error (error);
  export_as (source, NULL, e1, BULK_CASES);
  /* Changed cases move between statistics cells (their OKED division). */
  for (guint i = 1; i <= BULK_CASES && edited < 200; i += 7)
    {
      TgCaseQuery q = TG_CASE_QUERY_INIT;
      g_autoptr(GPtrArray) one = tg_store_list_cases (source, &q, i, 1, &error);
      TgCaseSummary *s = one != NULL && one->len > 0 ? g_ptr_array_index (one, 0) : NULL;
      g_autoptr(GVariant) params = g_variant_ref_sink (g_variant_new_parsed ("{'employer-activity': <'01.11.0'>}"));
      g_autoptr(GVariant) reason = g_variant_ref_sink (g_variant_new_parsed ("{'reason': <'проверка'>}"));
      g_autoptr(TgCase) after = NULL;
      g_autoptr(TgCase) reopened = NULL;

      g_assert_no_error (error);
      g_assert_nonnull (s);
      /* Most demo cases are closed: those are reopened first. */
      if (s->state == TG_STATE_CLOSED)
        reopened = tg_command_run (source, s->id, -1, "reopen", reason, NULL, NULL);
      after = tg_command_run (source, s->id, -1, "edit-particulars", params, NULL, NULL);
      edited += after != NULL;
    }
  g_assert_cmpuint (edited, >, 100);
  g_assert_true (tg_demo_generate (source, BULK_MORE, 4, NULL, NULL, &error));
  g_assert_no_error (error);
  export_as (source, NULL, e2, BULK_CASES + BULK_MORE);

  for (guint p = 0; p < G_N_ELEMENTS (policies); p++)
    {
      g_autofree char *d = NULL;
      g_autoptr(TgStore) store = tg_test_open_store (&d);
      g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
      TgExchangeTotals t;

      tg_store_set_bulk_policy (store, policies[p]);
      g_assert_true (import (store, e1, &t, NULL));
      g_assert_cmpuint (t.created, ==, BULK_CASES);
      g_assert_true (import (store, e2, &t, NULL));
      g_assert_cmpuint (t.created, ==, BULK_MORE);
      g_assert_cmpuint (t.updated, ==, edited);
      g_assert_true (tg_store_verify (store, problems, &error));
      g_assert_no_error (error);
      seen[p] = visible (store);
      rows[p] = stored (store);
      tg_store_close (store);
      tg_test_remove_dir (d);
      if (p > 0)
        {
          g_assert_cmpstr (seen[p], ==, seen[0]);
          g_assert_cmpstr (rows[p], ==, rows[0]);
        }
    }
  for (guint p = 0; p < G_N_ELEMENTS (policies); p++)
    {
      g_free (seen[p]);
      g_free (rows[p]);
    }
  tg_test_remove_dir (dir);
}

/* Findings with only workRelated and a cause: no list is made up on the
 * way (an empty list read is no list stored). */
static void
test_minimal_findings (void)
{
  g_autofree char *dir_a = NULL;
  g_autofree char *dir_b = NULL;
  g_autoptr(TgStore) a = tg_test_open_store (&dir_a);
  g_autoptr(TgStore) b = tg_test_open_store (&dir_b);
  g_autofree char *e1 = g_build_filename (dir_a, "e1.xml", NULL);
  g_autofree char *e2 = g_build_filename (dir_b, "e2.xml", NULL);
  g_autofree char *text = NULL;
  g_autoptr(TgCase) kase = NULL;
  TgFindings *f;
  TgExchangeTotals t;

  import_data (a, "good-minimal-findings.xml");
  kase = tg_store_load_case (a, "08-2026-00057", NULL);
  f = tg_investigation_get_findings (tg_case_get_investigation (kase));
  g_assert_cmpuint (g_strv_length ((char **) tg_findings_get_causes (f)), ==, 1);
  g_assert_null (tg_findings_get_responsible (f));
  g_assert_null (tg_findings_get_violations (f));
  g_assert_cmpint (tg_findings_get_fault_employer (f), ==, -1);

  export_as (a, NULL, e1, 1);
  g_assert_true (g_file_get_contents (e1, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "<request id=\"r2\""));
  g_assert_nonnull (strstr (text, "<request id=\"r1\" to=\"Шахтинская городская больница\" "
                                  "sent=\"2026-11-03\" due=\"2026-11-10\" blocking=\"true\">"));
  import_unchanged (a, e1, 1);
  g_assert_true (import (b, e1, &t, NULL));
  g_assert_cmpuint (t.created, ==, 1);
  export_as (b, NULL, e2, 1);
  assert_same_export (e1, e2);
  tg_test_remove_dir (dir_a);
  tg_test_remove_dir (dir_b);
}

static TgDispute *
dispute_of (TgCase     *kase,
            const char *id)
{
  GListModel *list = G_LIST_MODEL (tg_case_get_disputes (kase));

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(TgDispute) d = g_list_model_get_item (list, i);

      if (g_strcmp0 (tg_dispute_get_id (d), id) == 0)
        return g_steal_pointer (&d);
    }
  g_assert_not_reached ();
}

static gboolean
dispute_overdue (TgStore    *store,
                 const char *today_iso,
                 const char *id)
{
  TgOversightQuery query = TG_OVERSIGHT_QUERY_INIT;
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GError) error = NULL;
  GDate today;

  g_assert_true (tg_date_parse (today_iso, &today));
  query.kinds = TG_OVERSIGHT_DISPUTE;
  items = tg_oversight_list (store, &query, &today, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(TgOversightItem) item = g_list_model_get_item (items, i);

      if (g_strcmp0 (item->number, "08-2026-00057") == 0 && g_strcmp0 (item->item_id, id) == 0)
        return TRUE;
    }
  return FALSE;
}

/* d1 comes without a due date: filed on Friday 2026-10-30, 15 working
 * days from the Monday after end on 2026-11-20; d2 keeps its own
 * (the default would be 2026-12-01). Neither is a local change. */
static void
test_dispute_due (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autofree char *db = g_strdup (tg_store_get_path (store));
  g_autofree char *out = NULL;
  g_autoptr(TgCase) kase = NULL;
  g_autoptr(TgDispute) d1 = NULL;
  g_autoptr(TgDispute) d2 = NULL;

  import_data (store, "good-minimal-findings.xml");
  kase = tg_store_load_case (store, "08-2026-00057", NULL);
  g_assert_cmpint (tg_case_get_revision (kase), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tg_case_get_history (kase))), ==, 0);
  d1 = dispute_of (kase, "d1");
  d2 = dispute_of (kase, "d2");
  g_assert_cmpstr (tg_dispute_get_due (d1), ==, "2026-11-20");
  g_assert_cmpstr (tg_dispute_get_due (d2), ==, "2026-12-15");

  /* Control sees d1 once its day has passed, and never d2 by then. */
  g_assert_false (dispute_overdue (store, "2026-11-20", "d1"));
  g_assert_true (dispute_overdue (store, "2026-11-23", "d1"));
  g_assert_false (dispute_overdue (store, "2026-12-01", "d2"));
  g_assert_true (dispute_overdue (store, "2026-12-16", "d2"));
  tg_store_close (store);
  /* TERGEU_TODAY is 2026-11-26. */
  g_assert_cmpint (run_cli (db, &out, "control", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "dispute\t08-2026-00057\t08\tconcluded\t2026-11-20\t4\t"));
  g_assert_null (strstr (out, "\td2\t"));
  tg_test_remove_dir (dir);
}

/* @path's text with each @from replaced by @to, as @name in @dir. */
static char *
rewrite (const char *dir,
         const char *name,
         const char *path,
         ...)
{
  g_autofree char *text = NULL;
  g_autoptr(GString) s = NULL;
  char *out = g_build_filename (dir, name, NULL);
  const char *from;
  va_list ap;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  s = g_string_new (text);
  va_start (ap, path);
  while ((from = va_arg (ap, const char *)) != NULL)
    g_assert_cmpuint (g_string_replace (s, from, va_arg (ap, const char *), 1), ==, 1);
  va_end (ap);
  g_assert_true (g_file_set_contents (out, s->str, -1, NULL));
  return out;
}

/* Importing our own export changes nothing, not even what the next
 * version from LI-08 is compared with: the place edited here since LI-08's
 * revision 3 still meets LI-08's revision 4 as a conflict. */
static void
test_own_file_keeps_conflicts (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autofree char *own = g_build_filename (dir, "own.xml", NULL);
  g_autofree char *v4 = write_variant (dir, "v4.xml", "4", "<injury>асфиксия</injury>",
                                       "<injury>ожог</injury>");
  g_autoptr(TgCase) kase = NULL;
  TgExchangeTotals t;

  import_data (store, "good-example.xml");
  kase = tg_store_load_case (store, "08-2026-00042", NULL);
  tg_test_apply (store, &kase, "edit-particulars",
                 tg_test_params ("place", TG_TEST_STR ("Шахта «Тентек», 3-горизонт, 12-лава (уточнено)"), NULL));
  export_as (store, NULL, own, 1);
  import_unchanged (store, own, 1);
  g_assert_true (import (store, v4, &t, NULL));
  g_assert_cmpuint (t.conflicts, ==, 1);
  g_clear_object (&kase);
  kase = tg_store_load_case (store, "08-2026-00042", NULL);
  g_assert_nonnull (strstr (tg_case_get_place (kase), "уточнено"));
  tg_test_remove_dir (dir);
}

/* A document attached here keeps its id through a file; other content
 * under an id the receiver holds is refused, not dropped. */
static void
test_document_ids (void)
{
  static const char act[] = "Акт № 12 от 2026-10-28";
  g_autofree char *dir_a = NULL;
  g_autofree char *dir_b = NULL;
  g_autoptr(TgStore) a = tg_test_open_store (&dir_a);
  g_autoptr(TgStore) b = tg_test_open_store (&dir_b);
  g_autofree char *e1 = g_build_filename (dir_a, "e1.xml", NULL);
  g_autofree char *e2 = g_build_filename (dir_b, "e2.xml", NULL);
  g_autofree char *text = NULL;
  g_autofree char *sha = g_compute_checksum_for_string (G_CHECKSUM_SHA256, act, -1);
  g_autofree char *other_sha = g_compute_checksum_for_string (G_CHECKSUM_SHA256, "другой", -1);
  g_autofree char *content = g_base64_encode ((const guchar *) act, strlen (act));
  g_autofree char *other = g_base64_encode ((const guchar *) "другой", strlen ("другой"));
  g_autofree char *changed = NULL;
  g_autoptr(TgCase) kase = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static (act, strlen (act));
  g_autoptr(TgExchangeReport) report = tg_exchange_report_new ();
  TgExchangeTotals t;

  import_data (a, "good-minimal-findings.xml");
  kase = tg_store_load_case (a, "08-2026-00057", NULL);
  tg_test_apply (a, &kase, "attach",
                 tg_test_params ("title", TG_TEST_STR ("Акт"), "file-name", TG_TEST_STR ("act.txt"),
                                 "media-type", TG_TEST_STR ("text/plain"),
                                 "content", g_variant_new_from_bytes (G_VARIANT_TYPE_BYTESTRING, bytes, TRUE),
                                 NULL));

  export_as (a, NULL, e1, 1);
  g_assert_true (g_file_get_contents (e1, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "<document id=\"doc1\""));
  import_unchanged (a, e1, 1);
  g_assert_true (import (b, e1, &t, NULL));
  export_as (b, NULL, e2, 1);
  assert_same_export (e1, e2);

  changed = rewrite (dir_b, "changed.xml", e2, "revision=\"3\"", "revision=\"4\"",
                     sha, other_sha, content, other, NULL);
  g_assert_false (import (b, changed, &t, report));
  g_assert_true (report_has (report, 0, "document doc1 (“Акт”) differs in content from the document with that id held here"));
  tg_test_remove_dir (dir_a);
  tg_test_remove_dir (dir_b);
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
  g_test_add_func ("/exchange-import/changed-between-passes", test_changed_between_passes);
  g_test_add_func ("/exchange-import/round-trip", test_round_trip);
  g_test_add_func ("/exchange-import/update", test_update);
  g_test_add_func ("/exchange-import/conflict", test_conflict);
  g_test_add_func ("/exchange-import/conflict-cli", test_conflict_cli);
  g_test_add_func ("/exchange-import/two-desks-at-once", test_two_desks_at_once);
  g_test_add_func ("/exchange-import/demo-round-trip", test_demo_round_trip);
  g_test_add_func ("/exchange-import/minimal-findings", test_minimal_findings);
  g_test_add_func ("/exchange-import/dispute-due", test_dispute_due);
  g_test_add_func ("/exchange-import/own-file-keeps-conflicts", test_own_file_keeps_conflicts);
  g_test_add_func ("/exchange-import/document-ids", test_document_ids);
  g_test_add_func ("/exchange-import/bulk-same-results", test_bulk_same_results);
  return g_test_run ();
}
