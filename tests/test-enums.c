/* test-enums.c — nicks and labels of the case vocabularies
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-enums"

#include "config.h"

#include <string.h>

#include <glib-object.h>

#include "tg-enums.h"

typedef GType (*GetTypeFunc) (void);

static const GetTypeFunc enum_types[] = {
  tg_state_get_type,
  tg_severity_get_type,
  tg_sex_get_type,
  tg_body_get_type,
  tg_jurisdiction_get_type,
  tg_role_get_type,
  tg_ground_get_type,
  tg_party_get_type,
  tg_dispute_subject_get_type,
  tg_dispute_status_get_type,
  tg_outcome_get_type,
  tg_action_get_type,
};

/* Nicks are written in files and typed on the command line: lower-case
 * words joined by hyphens (domain.md §3). */
static gboolean
is_nick_spelling (const char *nick)
{
  if (nick[0] == '\0' || nick[0] == '-')
    return FALSE;
  for (const char *p = nick; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && *p != '-')
      return FALSE;
  return !g_str_has_suffix (nick, "-") && strstr (nick, "--") == NULL;
}

static void
test_nick_round_trip (void)
{
  for (guint t = 0; t < G_N_ELEMENTS (enum_types); t++)
    {
      GType type = enum_types[t] ();
      g_autoptr(GEnumClass) klass = g_type_class_ref (type);

      g_assert_true (G_TYPE_IS_ENUM (type));
      g_assert_cmpuint (klass->n_values, >, 1);
      for (guint i = 0; i < klass->n_values; i++)
        {
          int value = klass->values[i].value;
          const char *nick = tg_enum_to_nick (type, value);
          int parsed = -1;

          g_assert_nonnull (nick);
          g_assert_true (is_nick_spelling (nick));
          g_assert_true (tg_enum_from_nick (type, nick, &parsed));
          g_assert_cmpint (parsed, ==, value);
          /* Values are 0..n-1, so tables indexed by value line up. */
          g_assert_cmpint (value, ==, (int) i);
        }
    }
}

static void
test_nicks_unique (void)
{
  for (guint t = 0; t < G_N_ELEMENTS (enum_types); t++)
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (enum_types[t] ());
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < klass->n_values; i++)
        g_assert_true (g_hash_table_add (seen, (gpointer) klass->values[i].value_nick));
    }
}

static void
test_known_nicks (void)
{
  int value = -1;

  g_assert_cmpstr (tg_enum_to_nick (TG_TYPE_STATE, TG_STATE_LOCAL_INVESTIGATION),
                   ==, "local-investigation");
  g_assert_cmpstr (tg_enum_to_nick (TG_TYPE_STATE, TG_STATE_COMMISSION_PENDING),
                   ==, "commission-pending");
  g_assert_cmpstr (tg_enum_to_nick (TG_TYPE_STATE, TG_STATE_REFERRED_TO_GOVERNMENT),
                   ==, "referred-to-government");
  g_assert_cmpstr (tg_enum_to_nick (TG_TYPE_SEVERITY, TG_SEVERITY_FATAL), ==, "fatal");
  g_assert_cmpstr (tg_enum_to_nick (TG_TYPE_SEX, TG_SEX_MALE), ==, "m");
  g_assert_cmpstr (tg_enum_to_nick (TG_TYPE_SEX, TG_SEX_FEMALE), ==, "f");
  g_assert_cmpstr (tg_enum_to_nick (TG_TYPE_OUTCOME, TG_OUTCOME_PARTLY_UPHELD),
                   ==, "partly-upheld");
  g_assert_cmpstr (tg_enum_to_nick (TG_TYPE_DISPUTE_STATUS,
                                    TG_DISPUTE_STATUS_UNDER_REVIEW),
                   ==, "under-review");
  g_assert_cmpstr (tg_enum_to_nick (TG_TYPE_ACTION, TG_ACTION_REINVESTIGATE),
                   ==, "reinvestigate");

  g_assert_true (tg_enum_from_nick (TG_TYPE_ROLE, "deputy-chair", &value));
  g_assert_cmpint (value, ==, TG_ROLE_DEPUTY_CHAIR);
  g_assert_true (tg_enum_from_nick (TG_TYPE_GROUND, "victim-offence", &value));
  g_assert_cmpint (value, ==, TG_GROUND_VICTIM_OFFENCE);
  g_assert_cmpint (TG_N_STATES, ==, 7);
  g_assert_cmpint (TG_N_ACTIONS, ==, 8);
}

static void
test_bad_nicks (void)
{
  static const char * const bad[] = {
    "", "local_investigation", "Local-Investigation", "LOCAL-INVESTIGATION",
    " registered", "registered ", "TG_STATE_REGISTERED", "open",
  };
  int value = 42;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_assert_false (tg_enum_from_nick (TG_TYPE_STATE, bad[i], &value));
      g_assert_cmpint (value, ==, 42);
    }
  g_assert_false (tg_enum_from_nick (TG_TYPE_STATE, NULL, &value));
  g_assert_cmpint (value, ==, 42);
  /* A nick of another vocabulary. */
  g_assert_false (tg_enum_from_nick (TG_TYPE_STATE, "fatal", &value));
  g_assert_cmpint (value, ==, 42);

  g_assert_null (tg_enum_to_nick (TG_TYPE_STATE, TG_N_STATES));
  g_assert_null (tg_enum_to_nick (TG_TYPE_STATE, -1));
}

static void
test_list_nicks (void)
{
  g_autofree char *sexes = tg_enum_list_nicks (TG_TYPE_SEX);
  g_autofree char *severities = tg_enum_list_nicks (TG_TYPE_SEVERITY);

  g_assert_cmpstr (sexes, ==, "m, f");
  g_assert_cmpstr (severities, ==, "light, severe, fatal");

  for (guint t = 0; t < G_N_ELEMENTS (enum_types); t++)
    {
      GType type = enum_types[t] ();
      g_autoptr(GEnumClass) klass = g_type_class_ref (type);
      g_autofree char *list = tg_enum_list_nicks (type);
      g_auto(GStrv) parts = g_strsplit (list, ", ", -1);

      g_assert_cmpuint (g_strv_length (parts), ==, klass->n_values);
      for (guint i = 0; i < klass->n_values; i++)
        g_assert_cmpstr (parts[i], ==, tg_enum_to_nick (type, (int) i));
    }
}

#define MAX_VALUES 16

/* @labels has one entry per value and one past the end. */
static void
assert_labels (GType              type,
               const char * const *labels)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < klass->n_values; i++)
    {
      g_test_message ("%s %u: %s", g_type_name (type), i, labels[i]);
      g_assert_nonnull (labels[i]);
      g_assert_cmpstr (labels[i], !=, "");
      g_assert_cmpstr (labels[i], !=, "?");
      /* Two values with one label could not be told apart on screen. */
      g_assert_true (g_hash_table_add (seen, (gpointer) labels[i]));
    }
  /* One past the end is caught, not read out of bounds. */
  g_assert_cmpstr (labels[klass->n_values], ==, "?");
}

#define ASSERT_LABELS(TYPE, CTYPE, FUNC) \
  G_STMT_START \
    { \
      g_autoptr(GEnumClass) klass_ = g_type_class_ref (TYPE); \
      const char *labels_[MAX_VALUES + 1]; \
      \
      g_assert_cmpuint (klass_->n_values, <=, MAX_VALUES); \
      for (guint i_ = 0; i_ <= klass_->n_values; i_++) \
        labels_[i_] = FUNC ((CTYPE) i_); \
      assert_labels (TYPE, labels_); \
    } \
  G_STMT_END

static void
test_labels (void)
{
  ASSERT_LABELS (TG_TYPE_STATE, TgState, tg_state_label);
  ASSERT_LABELS (TG_TYPE_SEVERITY, TgSeverity, tg_severity_label);
  ASSERT_LABELS (TG_TYPE_JURISDICTION, TgJurisdiction, tg_jurisdiction_label);
  ASSERT_LABELS (TG_TYPE_BODY, TgBody, tg_body_label);
  ASSERT_LABELS (TG_TYPE_ROLE, TgRole, tg_role_label);
  ASSERT_LABELS (TG_TYPE_ACTION, TgAction, tg_action_label);
  ASSERT_LABELS (TG_TYPE_GROUND, TgGround, tg_ground_label);
  ASSERT_LABELS (TG_TYPE_PARTY, TgParty, tg_party_label);
  ASSERT_LABELS (TG_TYPE_DISPUTE_SUBJECT, TgDisputeSubject, tg_dispute_subject_label);
  ASSERT_LABELS (TG_TYPE_DISPUTE_STATUS, TgDisputeStatus, tg_dispute_status_label);
  ASSERT_LABELS (TG_TYPE_OUTCOME, TgOutcome, tg_outcome_label);

  g_assert_cmpstr (tg_state_label (TG_STATE_LOCAL_INVESTIGATION), ==,
                   "Local investigation");
  g_assert_cmpstr (tg_severity_label (TG_SEVERITY_FATAL), ==, "Fatal");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/enums/nick-round-trip", test_nick_round_trip);
  g_test_add_func ("/enums/nicks-unique", test_nicks_unique);
  g_test_add_func ("/enums/known-nicks", test_known_nicks);
  g_test_add_func ("/enums/bad-nicks", test_bad_nicks);
  g_test_add_func ("/enums/list-nicks", test_list_nicks);
  g_test_add_func ("/enums/labels", test_labels);

  return g_test_run ();
}
