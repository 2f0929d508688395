/* test-commands.c — every command in every state
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One table-driven test runs every command of the layer on a case in
 * each state: an allowed command changes the case and writes exactly one
 * structured history entry under its own name; a refused one says why and
 * leaves every row of the database as it was.
 */
#include "config.h"

#include <string.h>

#include "tg-case-commands.h"
#include "tg-dispute.h"
#include "tg-exchange-export.h"
#include "tg-findings.h"
#include "tg-history-entry.h"
#include "tg-history-record.h"
#include "tg-investigation.h"
#include "tg-rules.h"
#include "tg-test-util.h"
#include "tg-victim.h"

/* ------------------------------------------------------------- helpers */

#define STR(s) g_variant_new_string (s)

/* ------------------------------------------------------------ fixtures */

/* A case in @state, reached by commands only, with a dispute d1 decided,
 * a dispute d2 open (withdrawn before closing) and a request r1. */
static TgCase *
make_in_state (TgStore *store,
               TgState  state)
{
  guint fatal = state == TG_STATE_COMMISSION_PENDING || state == TG_STATE_COMMITTEE_INVESTIGATION ? 4
                : state == TG_STATE_REFERRED_TO_GOVERNMENT ? 7 : 0;
  g_autoptr(TgCase) draft = tg_test_make_case (fatal == 0 ? 1 : 0, 0, fatal);
  g_autoptr(GError) error = NULL;
  g_autoptr(TgCase) kase = tg_command_register (store, draft, &error);
  const char *causes[] = { "Нарушение требований безопасности", NULL };

  g_assert_no_error (error);
  tg_test_apply (store, &kase, "dispute-file",
                 tg_test_params ("filed-by", STR ("worker"), "subject", STR ("registration"),
                                 "filed", STR ("2026-11-19"), "claim", STR ("Не согласен"), NULL));
  tg_test_apply (store, &kase, "dispute-decide",
                 tg_test_params ("dispute", STR ("d1"), "outcome", STR ("rejected"),
                                 "decided-on", STR ("2026-11-20"), "decided-by", STR ("Председатель"),
                                 "reasoning", STR ("Оснований нет"), NULL));
  tg_test_apply (store, &kase, "dispute-file",
                 tg_test_params ("filed-by", STR ("employer"), "subject", STR ("investigation"),
                                 "filed", STR ("2026-11-20"), "claim", STR ("Требуем пересмотра"), NULL));
  tg_test_apply (store, &kase, "request",
                 tg_test_params ("to", STR ("ДГИТ по Карагандинской области"),
                                 "subject", STR ("Материалы расследования"), NULL));
  if (state == TG_STATE_REGISTERED)
    return g_steal_pointer (&kase);
  tg_test_apply (store, &kase, "route", NULL);
  if (state == TG_STATE_COMMITTEE_INVESTIGATION)
    {
      tg_test_apply (store, &kase, "member-add",
                     tg_test_params ("role", STR ("chair"), "full-name", STR ("Байжанов Ерлан Талгатович"),
                                     "position", STR ("заместитель председателя"),
                                     "organization", STR ("Комитет труда"), NULL));
      for (guint i = 0; i < 2; i++)
        tg_test_apply (store, &kase, "member-add",
                       tg_test_params ("role", STR ("member"), "full-name", STR (i ? "Омаров Данияр" : "Сейтова Айгүл"),
                                       "position", STR ("главный инспектор"),
                                       "organization", STR ("Комитет труда"), NULL));
      tg_test_apply (store, &kase, "appoint", NULL);
    }
  if (state != TG_STATE_CONCLUDED && state != TG_STATE_CLOSED)
    return g_steal_pointer (&kase);
  tg_test_apply (store, &kase, "findings",
                 tg_test_params ("work-related", g_variant_new_boolean (TRUE),
                                 "causes", g_variant_new_strv (causes, -1),
                                 "fault-employer", g_variant_new_int64 (70),
                                 "fault-employee", g_variant_new_int64 (30), NULL));
  tg_test_apply (store, &kase, "conclude",
                 tg_test_params ("act-number", STR ("12"), "act-date", STR ("2026-11-27"), NULL));
  if (state == TG_STATE_CONCLUDED)
    return g_steal_pointer (&kase);
  tg_test_apply (store, &kase, "dispute-withdraw", tg_test_params ("dispute", STR ("d2"), NULL));
  tg_test_apply (store, &kase, "close", NULL);
  g_assert_cmpint (tg_case_get_state (kase), ==, TG_STATE_CLOSED);
  return g_steal_pointer (&kase);
}

/* ------------------------------------------------------------ the table */

/* Parameters that make each command succeed where its guard allows it. */
static GVariant *
sample_params (const char *name)
{
  const char *causes[] = { "Неисправность оборудования", NULL };
  const char *norms[] = { "п. 12 Правил безопасности", NULL };
  static const char pdf[] = "%PDF-1.4 test";

  if (g_str_equal (name, "edit-particulars"))
    return tg_test_params ("place", STR ("Шахта «Тентек», 4-горизонт"), NULL);
  if (g_str_equal (name, "victim-add"))
    return tg_test_params ("full-name", STR ("Оспанов Асхат Бекович"), "iin", STR ("900101300017"),
                           "birth-date", STR ("1990-01-01"), "sex", STR ("m"), "severity", STR ("light"), NULL);
  if (g_str_equal (name, "victim-edit"))
    return tg_test_params ("victim", STR ("v1"), "occupation", STR ("машинист"), NULL);
  if (g_str_equal (name, "victim-outcome"))
    return tg_test_params ("victim", STR ("v1"), "severity", STR ("severe"), NULL);
  if (g_str_equal (name, "victim-remove"))
    return tg_test_params ("victim", STR ("v1"), "reason", STR ("Внесён ошибочно"), NULL);
  if (g_str_equal (name, "member-add"))
    return tg_test_params ("role", STR ("secretary"), "full-name", STR ("Нұрланова Динара"),
                           "position", STR ("инспектор"), "organization", STR ("Комитет труда"), NULL);
  if (g_str_equal (name, "member-edit"))
    return tg_test_params ("member", g_variant_new_int64 (1), "organization", STR ("Комитет"), NULL);
  if (g_str_equal (name, "member-remove"))
    return tg_test_params ("member", g_variant_new_int64 (3), NULL);
  if (g_str_equal (name, "extend"))
    return tg_test_params ("new-due", STR ("2027-01-29"), "reason", STR ("Экспертиза"),
                           "granted-by", STR ("Председатель"), NULL);
  if (g_str_equal (name, "findings"))
    return tg_test_params ("work-related", g_variant_new_boolean (FALSE), "ground", STR ("intoxication"),
                           "causes", g_variant_new_strv (causes, -1), "violations", g_variant_new_strv (norms, -1), NULL);
  if (g_str_equal (name, "conclude"))
    return tg_test_params ("act-number", STR ("7"), "act-date", STR ("2026-11-30"), NULL);
  if (g_str_equal (name, "reopen") || g_str_equal (name, "reinvestigate") || g_str_equal (name, "refer") ||
      g_str_equal (name, "remove"))
    return tg_test_params ("reason", STR ("Новые обстоятельства"), NULL);
  if (g_str_equal (name, "dispute-file"))
    return tg_test_params ("filed-by", STR ("inspector"), "subject", STR ("formalization"),
                           "filed", STR ("2026-11-21"), "claim", STR ("Акт оформлен неверно"), NULL);
  if (g_str_equal (name, "dispute-position"))
    return tg_test_params ("dispute", STR ("d2"), "party", STR ("worker"), "text", STR ("Возражаем"), NULL);
  if (g_str_equal (name, "dispute-decide"))
    return tg_test_params ("dispute", STR ("d2"), "outcome", STR ("upheld"), "decided-on", STR ("2026-11-25"),
                           "decided-by", STR ("Председатель"), "reasoning", STR ("Доводы подтвердились"), NULL);
  if (g_str_equal (name, "dispute-withdraw"))
    return tg_test_params ("dispute", STR ("d2"), NULL);
  if (g_str_equal (name, "dispute-appeal"))
    return tg_test_params ("dispute", STR ("d1"), "court", STR ("Суд г. Караганды"), "filed", STR ("2026-11-26"), NULL);
  if (g_str_equal (name, "request"))
    return tg_test_params ("to", STR ("ТОО «Сарыарка Көмір»"), "subject", STR ("Журналы инструктажа"), NULL);
  if (g_str_equal (name, "answer"))
    return tg_test_params ("request", STR ("r1"), "answered", STR ("2026-11-30"), "answer", STR ("Направлены"), NULL);
  if (g_str_equal (name, "review"))
    return tg_test_params ("reviewed-on", STR ("2026-11-26"), "reviewer", STR ("Жумабеков Т."),
                           "conclusion", STR ("deficiencies"), "reasoning", STR ("Не опрошены свидетели"), NULL);
  if (g_str_equal (name, "act-received"))
    return tg_test_params ("received-on", STR ("2026-11-30"), NULL);
  if (g_str_equal (name, "attach"))
    return tg_test_params ("title", STR ("Протокол осмотра"), "file-name", STR ("protokol.pdf"),
                           "media-type", STR ("application/pdf"),
                           "content", g_variant_new_fixed_array (G_VARIANT_TYPE_BYTE, pdf, sizeof pdf - 1, 1), NULL);
  return NULL;
}

/* Where the state allows the command but its guard refuses it on these
 * fixtures, and why: each refusal here is a rule of domain.md. */
static const struct
{
  const char *command;
  TgState     state;
} guarded[] = {
  /* no findings yet */
  { "conclude", TG_STATE_LOCAL_INVESTIGATION },
  { "conclude", TG_STATE_COMMITTEE_INVESTIGATION },
  /* a case's only victim */
  { "victim-remove", TG_STATE_REGISTERED },
  { "victim-remove", TG_STATE_LOCAL_INVESTIGATION },
  { "victim-remove", TG_STATE_CONCLUDED },
  /* escalation needs 3–5 deaths and a body other than the Committee */
  { "escalate", TG_STATE_LOCAL_INVESTIGATION },
  { "escalate", TG_STATE_CONCLUDED },
  { "escalate", TG_STATE_CLOSED },
  /* the fixtures of these states have no commission member 3 */
  { "member-remove", TG_STATE_LOCAL_INVESTIGATION },
  { "member-remove", TG_STATE_COMMISSION_PENDING },
  { "member-edit", TG_STATE_LOCAL_INVESTIGATION },
  { "member-edit", TG_STATE_COMMISSION_PENDING },
  /* no act yet while investigating */
  { "act-received", TG_STATE_LOCAL_INVESTIGATION },
  { "act-received", TG_STATE_COMMITTEE_INVESTIGATION },
  /* no commission formed: chair and two members missing */
  { "appoint", TG_STATE_COMMISSION_PENDING },
  /* a severe outcome for a dead victim of a Government case: 6 deaths stay */
};

static gboolean
is_guarded (const char *command,
            TgState     state)
{
  for (guint i = 0; i < G_N_ELEMENTS (guarded); i++)
    if (g_str_equal (guarded[i].command, command) && guarded[i].state == state)
      return TRUE;
  return FALSE;
}

static guint
n_history (TgCase *kase)
{
  return g_list_model_get_n_items (G_LIST_MODEL (tg_case_get_history (kase)));
}

/* What a command accepted, the exchange format can carry: every case the
 * commands leave is exported, and the export checks its own output
 * against the schema.  A rule the XSD has and the rules lack would let a
 * case be registered that then cannot be sent to anyone. */
static void
assert_exportable (TgStore    *store,
                   TgCase     *kase,
                   const char *dir,
                   const char *what)
{
  const char *ids[] = { tg_case_get_number (kase), NULL };
  TgStoreExportQuery query = { ids, -1, NULL, NULL, NULL, NULL, NULL, NULL };
  g_autofree char *path = g_build_filename (dir, "export.xml", NULL);
  g_autoptr(GError) error = NULL;
  guint n = 0;

  if (!tg_exchange_export_file (store, &query, NULL, path, &n, &error))
    g_error ("%s: the case cannot be exported: %s", what, error->message);
  g_assert_cmpuint (n, ==, 1);
}

static void
check_one (TgStore    *store,
           const char *dir,
           TgState     state,
           const char *name,
           guint      *n_ok,
           guint      *n_refused)
{
  g_autoptr(TgCase) kase = make_in_state (store, state);
  g_autoptr(TgCase) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before_digest = tg_test_database_digest (tg_store_get_path (store));
  g_auto(TgCommandOutcome) outcome = { FALSE, NULL, -1 };
  g_autofree char *what = NULL;
  gboolean allowed = tg_command_can_run (store, kase, name, NULL, NULL);

  after = tg_command_run (store, tg_case_get_number (kase), tg_case_get_revision (kase), name,
                          sample_params (name), &outcome, &error);
  if (after != NULL)
    {
      g_autoptr(TgHistoryEntry) last = NULL;
      g_autoptr(GVariant) record = NULL;

      g_assert_no_error (error);
      if (!allowed || is_guarded (name, state))
        g_error ("%s in %s should have been refused", name, tg_enum_to_nick (TG_TYPE_STATE, state));
      g_assert_true (outcome.changed);
      g_assert_cmpint (tg_case_get_revision (after), ==, tg_case_get_revision (kase) + 1);
      g_assert_cmpuint (n_history (after), ==, n_history (kase) + 1);
      last = g_list_model_get_item (G_LIST_MODEL (tg_case_get_history (after)), n_history (after) - 1);
      g_assert_cmpstr (tg_history_entry_get_action (last), ==, name);
      record = tg_history_record_parse (tg_history_entry_get_details (last));
      g_assert_nonnull (record);
      what = g_strdup_printf ("%s in %s", name, tg_enum_to_nick (TG_TYPE_STATE, state));
      assert_exportable (store, after, dir, what);
      (*n_ok)++;
    }
  else
    {
      g_autofree char *after_digest = tg_test_database_digest (tg_store_get_path (store));

      g_assert_nonnull (error);
      if (error->domain != TG_COMMAND_ERROR)
        g_error ("%s in %s: not a command's refusal: %s", name, tg_enum_to_nick (TG_TYPE_STATE, state),
                 error->message);
      g_assert_cmpstr (error->message, !=, "");
      g_assert_cmpstr (before_digest, ==, after_digest);
      if (allowed && !is_guarded (name, state))
        g_error ("%s in %s was refused: %s", name, tg_enum_to_nick (TG_TYPE_STATE, state), error->message);
      if (!allowed)
        g_assert_true (g_error_matches (error, TG_COMMAND_ERROR, TG_COMMAND_ERROR_STATE) ||
                       g_error_matches (error, TG_COMMAND_ERROR, TG_COMMAND_ERROR_GUARD));
      (*n_refused)++;
    }
}

static void
test_every_command_in_every_state (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  const char * const *names = tg_command_list ();
  guint n_ok = 0, n_refused = 0;

  for (TgState state = 0; state < TG_N_STATES; state++)
    for (guint i = 0; names[i] != NULL; i++)
      {
        if (g_str_equal (names[i], "register"))
          continue;
        check_one (store, dir, state, names[i], &n_ok, &n_refused);
      }
  g_test_message ("%u commands applied, %u refused", n_ok, n_refused);
  g_assert_cmpuint (n_ok, >, 60);
  g_assert_cmpuint (n_refused, >, 60);
  tg_store_close (store);
  tg_test_remove_dir (dir);
}

/* A closed case accepts nothing but reopening, re-investigation and
 * attaching (domain.md §8). */
static void
test_closed_accepts_only (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autoptr(TgCase) kase = make_in_state (store, TG_STATE_CLOSED);
  const char * const *names = tg_command_list ();
  const char * const allowed[] = { "reopen", "reinvestigate", "escalate", "attach", "review",
                                   "act-received", "dispute-appeal", NULL };

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      gboolean can = tg_command_can_run (store, kase, names[i], NULL, &error);

      if (g_strv_contains (allowed, names[i]))
        continue;
      g_assert_false (can);
      g_assert_nonnull (error);
    }
  tg_store_close (store);
  tg_test_remove_dir (dir);
}

/* An untouched form: the same values change nothing and write nothing. */
static void
test_unchanged_writes_nothing (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autoptr(TgCase) kase = make_in_state (store, TG_STATE_CONCLUDED);
  g_autoptr(TgCase) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = tg_test_database_digest (tg_store_get_path (store));
  g_autofree char *later = NULL;
  g_auto(TgCommandOutcome) outcome = { FALSE, NULL, -1 };
  TgFindings *f = tg_investigation_get_findings (tg_case_get_investigation (kase));

  after = tg_command_run (store, tg_case_get_id (kase), tg_case_get_revision (kase), "findings",
                          tg_test_params ("work-related", g_variant_new_boolean (tg_findings_get_work_related (f)),
                                          "fault-employer", g_variant_new_int64 (tg_findings_get_fault_employer (f)),
                                          NULL),
                          &outcome, &error);
  g_assert_no_error (error);
  g_assert_false (outcome.changed);
  g_assert_cmpint (tg_case_get_revision (after), ==, tg_case_get_revision (kase));
  later = tg_test_database_digest (tg_store_get_path (store));
  g_assert_cmpstr (before, ==, later);
  /* The violated norms and causes, not sent, are kept. */
  g_assert_cmpstrv (tg_findings_get_causes (tg_investigation_get_findings (tg_case_get_investigation (after))),
                    tg_findings_get_causes (f));
  tg_store_close (store);
  tg_test_remove_dir (dir);
}

/* A later death escalates the case in the same command and one entry. */
static void
test_death_escalates (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autoptr(TgCase) draft = tg_test_make_case (1, 0, 2);
  g_autoptr(TgCase) kase = NULL;
  g_autoptr(TgCase) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TgHistoryEntry) last = NULL;
  g_autoptr(GVariant) record = NULL;
  g_auto(TgCommandOutcome) outcome = { FALSE, NULL, -1 };
  const char *forced = NULL;

  kase = tg_command_register (store, draft, &error);
  g_assert_no_error (error);
  tg_test_apply (store, &kase, "route", NULL);
  g_assert_cmpint (tg_case_get_state (kase), ==, TG_STATE_LOCAL_INVESTIGATION);
  after = tg_command_run (store, tg_case_get_id (kase), -1, "victim-outcome",
                          tg_test_params ("victim", STR ("v3"), "severity", STR ("fatal"),
                                          "died-on", STR ("29.11.2026"), NULL),
                          &outcome, &error);
  g_assert_no_error (error);
  g_assert_cmpint (outcome.forced, ==, TG_ACTION_ESCALATE);
  g_assert_cmpint (tg_case_get_state (after), ==, TG_STATE_COMMISSION_PENDING);
  g_assert_cmpuint (n_history (after), ==, n_history (kase) + 1);
  last = g_list_model_get_item (G_LIST_MODEL (tg_case_get_history (after)), n_history (after) - 1);
  record = tg_history_record_parse (tg_history_entry_get_details (last));
  g_assert_true (g_variant_lookup (record, "forced", "&s", &forced));
  g_assert_cmpstr (forced, ==, "escalate");
  tg_store_close (store);
  tg_test_remove_dir (dir);
}

/* A stale revision is refused, naming who changed the case. */
static void
test_stale_revision (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autoptr(TgCase) kase = make_in_state (store, TG_STATE_REGISTERED);
  g_autoptr(TgCase) after = NULL;
  g_autoptr(GError) error = NULL;

  after = tg_command_run (store, tg_case_get_id (kase), tg_case_get_revision (kase) - 1, "edit-particulars",
                          tg_test_params ("place", STR ("Другое место"), NULL), NULL, &error);
  g_assert_null (after);
  g_assert_error (error, TG_COMMAND_ERROR, TG_COMMAND_ERROR_STALE);
  /* Who changed it and when, as the window shows times (not ISO 8601). */
  g_assert_nonnull (strstr (error->message, tg_case_get_number (kase)));
  g_assert_true (g_regex_match_simple ("changed by .+ at [0-3][0-9]\\.[01][0-9]\\.20[0-9][0-9] [0-2][0-9]:[0-5][0-9] ",
                                       error->message, 0, 0));
  tg_store_close (store);
  tg_test_remove_dir (dir);
}

/* Missing and malformed parameters are refused before anything is read. */
static void
test_parameters (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autoptr(TgCase) kase = make_in_state (store, TG_STATE_LOCAL_INVESTIGATION);
  g_autoptr(GError) error = NULL;
  g_autoptr(TgCase) after = NULL;
  guint n;
  const TgParamSpec *spec = tg_command_get_params ("extend", &n);
  g_autoptr(GVariant) date = NULL;

  after = tg_command_run (store, tg_case_get_id (kase), -1, "extend",
                          tg_test_params ("new-due", STR ("2027-01-29"), NULL), NULL, &error);
  g_assert_null (after);
  g_assert_error (error, TG_COMMAND_ERROR, TG_COMMAND_ERROR_PARAMETER);
  g_clear_error (&error);
  after = tg_command_run (store, tg_case_get_id (kase), -1, "extend",
                          tg_test_params ("new-due", STR ("2027-13-45"), "reason", STR ("x"),
                                          "granted-by", STR ("y"), NULL), NULL, &error);
  g_assert_null (after);
  g_assert_error (error, TG_COMMAND_ERROR, TG_COMMAND_ERROR_PARAMETER);
  g_clear_error (&error);
  after = tg_command_run (store, tg_case_get_id (kase), -1, "no-such-command", NULL, NULL, &error);
  g_assert_error (error, TG_COMMAND_ERROR, TG_COMMAND_ERROR_UNKNOWN);
  g_clear_error (&error);
  /* Dates as the window shows them. */
  g_assert_cmpstr (spec[0].key, ==, "new-due");
  date = tg_command_parse_param (&spec[0], "29.12.2026", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (g_variant_get_string (date, NULL), ==, "2026-12-29");
  g_assert_null (tg_command_parse_param (&spec[0], "31.02.2026", &error));
  g_assert_error (error, TG_COMMAND_ERROR, TG_COMMAND_ERROR_PARAMETER);
  tg_store_close (store);
  tg_test_remove_dir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("TERGEU_TODAY", "2026-11-30", TRUE);

  g_test_add_func ("/commands/every-command-in-every-state", test_every_command_in_every_state);
  g_test_add_func ("/commands/closed-accepts-only", test_closed_accepts_only);
  g_test_add_func ("/commands/unchanged-writes-nothing", test_unchanged_writes_nothing);
  g_test_add_func ("/commands/death-escalates", test_death_escalates);
  g_test_add_func ("/commands/stale-revision", test_stale_revision);
  g_test_add_func ("/commands/parameters", test_parameters);
  return g_test_run ();
}
