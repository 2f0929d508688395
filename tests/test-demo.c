/* test-demo.c — the demonstration data generator
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Today" is pinned with TERGEU_TODAY, which the generator and the store
 * both honour, so that what has happened by now, and hence the states and
 * the overdue cases, are the same on every run.
 */
#define G_LOG_DOMAIN "test-demo"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "tg-demo.h"
#include "tg-history-entry.h"
#include "tg-history-record.h"
#include "tg-rules.h"
#include "tg-store.h"
#include "tg-victim.h"

#define N_CASES 500
#define SEED    20150101u
#define TODAY   "2026-06-15"

typedef struct
{
  char    *dir;
  TgStore *store;
} Fixture;

static TgStore *
open_store (const char *dir,
            const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  TgStore *store = tg_store_open (path, &error);

  g_assert_no_error (error);
  return store;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("tergeu-demo-XXXXXX", &error);
  g_assert_no_error (error);
  f->store = open_store (f->dir, "demo.db");
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_remove (path);
    }
  g_rmdir (dir);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  remove_tree (f->dir);
  g_free (f->dir);
}

typedef struct
{
  guint calls;
  guint last_done;
  guint total;
} Progress;

static void
on_progress (guint    done,
             guint    total,
             gpointer user_data)
{
  Progress *p = user_data;

  g_assert_cmpuint (done, >=, p->last_done);
  p->calls++;
  p->last_done = done;
  p->total = total;
}

static gboolean
collect_number (TgCaseSummary *summary,
                gpointer       user_data)
{
  g_ptr_array_add (user_data, g_strdup (summary->number));
  return TRUE;
}

static GPtrArray *
all_numbers (TgStore *store)
{
  TgCaseQuery q = TG_CASE_QUERY_INIT;
  g_autoptr(GError) error = NULL;
  GPtrArray *numbers = g_ptr_array_new_with_free_func (g_free);

  g_assert_true (tg_store_foreach_case (store, &q, collect_number, numbers, &error));
  g_assert_no_error (error);
  return numbers;
}

static void
generate (TgStore *store,
          guint    n,
          guint32  seed)
{
  g_autoptr(GError) error = NULL;

  tg_demo_generate (store, n, seed, NULL, NULL, &error);
  g_assert_no_error (error);
}

/* The history tells the life in order: registered first, time going
 * forward, the last transition ending in the current state. */
static void
check_history (TgCase *kase)
{
  GListModel *history = G_LIST_MODEL (tg_case_get_history (kase));
  guint n = g_list_model_get_n_items (history);
  const char *state = tg_enum_to_nick (TG_TYPE_STATE, tg_case_get_state (kase));
  g_autofree char *last_after = NULL;
  g_autofree char *previous = NULL;

  g_assert_cmpuint (n, >=, 1);
  g_assert_cmpint (tg_case_get_revision (kase), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TgHistoryEntry) h = g_list_model_get_item (history, i);
      const char *at = tg_history_entry_get_at (h);
      const char *what = tg_history_entry_get_action (h);

      if (i == 0)
        g_assert_cmpstr (what, ==, "register");
      g_assert_true (g_str_has_suffix (at, "+05:00"));
      if (previous != NULL)
        g_assert_cmpstr (previous, <, at);
      g_free (previous);
      previous = g_strdup (at);
      if (i == 0)
        {
          g_free (last_after);
          last_after = g_strdup ("registered");
        }
      else
        {
          /* A command's structured entry: the state it moved to. */
          g_autoptr(GVariant) record = tg_history_record_parse (tg_history_entry_get_details (h));
          g_autoptr(GVariant) changes = NULL;
          GVariantIter iter;
          const char *path, *subject, *before, *after;

          g_assert_nonnull (record);
          changes = g_variant_lookup_value (record, "changes", G_VARIANT_TYPE ("a(ssmsms)"));
          g_assert_nonnull (changes);
          g_variant_iter_init (&iter, changes);
          while (g_variant_iter_next (&iter, "(&s&sm&sm&s)", &path, &subject, &before, &after))
            if (g_str_equal (path, "state"))
              {
                g_free (last_after);
                last_after = g_strdup (after);
              }
        }
    }
  g_assert_cmpstr (last_after, ==, state);
}

typedef struct
{
  guint light_single;
  guint committee;
  guint groups;
  guint fatal;
  guint closed;
  guint late_notification;
} Mix;

static void
count_mix (TgCase *kase,
           Mix    *mix)
{
  TgClassification k;
  g_autoptr(GDateTime) occurred = NULL;
  g_autoptr(GDateTime) reported = NULL;

  tg_classify (kase, &k);
  mix->light_single += !k.group && k.severity == TG_SEVERITY_LIGHT;
  mix->committee += k.jurisdiction == TG_JURISDICTION_COMMITTEE;
  mix->groups += k.group;
  mix->fatal += k.n_deaths > 0;
  mix->closed += tg_case_get_state (kase) == TG_STATE_CLOSED;
  occurred = g_date_time_new_from_iso8601 (tg_case_get_occurred (kase), NULL);
  reported = g_date_time_new_from_iso8601 (tg_case_get_reported (kase), NULL);
  mix->late_notification += g_date_time_difference (reported, occurred) > 24 * G_TIME_SPAN_HOUR;
}

/* Numbers run 1, 2, 3 … per region and year. */
static void
check_sequences (GPtrArray *numbers)
{
  g_autoptr(GHashTable) highest = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer key, value;

  for (guint i = 0; i < numbers->len; i++)
    {
      const char *number = g_ptr_array_index (numbers, i);
      char *prefix = g_strndup (number, 7);
      guint seq = (guint) g_ascii_strtoull (number + 8, NULL, 10);

      g_assert_true (g_hash_table_add (seen, (gpointer) number));
      if (GPOINTER_TO_UINT (g_hash_table_lookup (highest, prefix)) < seq)
        g_hash_table_replace (highest, prefix, GUINT_TO_POINTER (seq));
      else
        g_free (prefix);
    }
  g_hash_table_iter_init (&iter, highest);
  while (g_hash_table_iter_next (&iter, &key, &value))
    for (guint seq = 1; seq <= GPOINTER_TO_UINT (value); seq++)
      {
        g_autofree char *number = g_strdup_printf ("%s-%05u", (const char *) key, seq);
        g_assert_true (g_hash_table_contains (seen, number));
      }
}

static void
test_generate (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) numbers = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  TgCaseQuery q = TG_CASE_QUERY_INIT;
  Progress progress = { 0 };
  Mix mix = { 0 };
  guint count = 0;

  tg_demo_generate (f->store, N_CASES, SEED, on_progress, &progress, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (progress.calls, >=, 1);
  g_assert_cmpuint (progress.last_done, ==, N_CASES);
  g_assert_cmpuint (progress.total, ==, N_CASES);

  g_assert_true (tg_store_count_cases (f->store, &q, &count, &error));
  g_assert_cmpuint (count, ==, N_CASES);

  numbers = all_numbers (f->store);
  g_assert_cmpuint (numbers->len, ==, N_CASES);
  check_sequences (numbers);
  for (guint i = 0; i < numbers->len; i++)
    {
      g_autoptr(TgCase) kase = tg_store_load_case (f->store, g_ptr_array_index (numbers, i), &error);

      g_assert_no_error (error);
      if (!tg_rules_validate_case (kase, problems))
        g_error ("%s: %s", tg_case_get_number (kase), (const char *) g_ptr_array_index (problems, 0));
      check_history (kase);
      count_mix (kase, &mix);
    }

  /* ~70 % single light, ~0.7 % for the Committee, a few % groups. */
  g_assert_cmpuint (mix.light_single, >, N_CASES * 55 / 100);
  g_assert_cmpuint (mix.light_single, <, N_CASES * 85 / 100);
  g_assert_cmpuint (mix.committee, >=, 1);
  g_assert_cmpuint (mix.groups, >=, 5);
  g_assert_cmpuint (mix.fatal, >=, 10);
  g_assert_cmpuint (mix.closed, >, N_CASES * 80 / 100);
  g_assert_cmpuint (mix.late_notification, >=, 1);

  /* Deadline control has something to show. */
  q.overdue = TRUE;
  q.local_control = TRUE;
  g_assert_true (tg_store_count_cases (f->store, &q, &count, &error));
  g_assert_cmpuint (count, >=, 1);
  q = (TgCaseQuery) TG_CASE_QUERY_INIT;
  q.state = TG_STATE_LOCAL_INVESTIGATION;
  g_assert_true (tg_store_count_cases (f->store, &q, &count, &error));
  g_assert_cmpuint (count, >=, 3);

  g_assert_true (tg_store_verify (f->store, problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
}

/* What identifies and names a case, to compare two runs. */
static char *
fingerprint (TgStore *store)
{
  g_autoptr(GPtrArray) numbers = all_numbers (store);
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < numbers->len; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TgCase) kase = tg_store_load_case (store, g_ptr_array_index (numbers, i), &error);
      g_autoptr(TgVictim) v = NULL;

      g_assert_no_error (error);
      v = g_list_model_get_item (G_LIST_MODEL (tg_case_get_victims (kase)), 0);
      g_string_append_printf (s, "%s %s %s %s %s %s\n", tg_case_get_number (kase),
                              tg_case_get_id (kase), tg_case_get_occurred (kase),
                              tg_employer_get_name (tg_case_get_employer (kase)),
                              tg_victim_get_full_name (v), tg_victim_get_iin (v));
    }
  return g_string_free (s, FALSE);
}

static void
test_deterministic (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(TgStore) again = open_store (f->dir, "again.db");
  g_autoptr(TgStore) other = open_store (f->dir, "other.db");
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;

  generate (f->store, 120, SEED);
  generate (again, 120, SEED);
  generate (other, 120, SEED + 1);
  a = fingerprint (f->store);
  b = fingerprint (again);
  c = fingerprint (other);
  g_assert_cmpstr (a, ==, b);
  g_assert_cmpstr (a, !=, c);
}

/* A second run into the same store continues the numbers and makes new
 * UUIDs, even with the same seed. */
static void
test_append (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) numbers = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;

  generate (f->store, 60, SEED);
  generate (f->store, 60, SEED);
  numbers = all_numbers (f->store);
  g_assert_cmpuint (numbers->len, ==, 120);
  check_sequences (numbers);
  g_assert_true (tg_store_verify (f->store, problems, &error));
  g_assert_cmpuint (problems->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  /* Before any thread exists: setenv is not thread-safe. */
  g_setenv ("TERGEU_TODAY", TODAY, TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/demo/generate", Fixture, NULL, fixture_set_up, test_generate, fixture_tear_down);
  g_test_add ("/demo/deterministic", Fixture, NULL, fixture_set_up, test_deterministic, fixture_tear_down);
  g_test_add ("/demo/append", Fixture, NULL, fixture_set_up, test_append, fixture_tear_down);

  return g_test_run ();
}
