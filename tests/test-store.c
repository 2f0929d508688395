/* test-store.c — the SQLite store: round trips, atomicity, history chains
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include "tg-case-document.h"
#include "tg-dispute.h"
#include "tg-extension.h"
#include "tg-history-entry.h"
#include "tg-history-record.h"
#include "tg-info-request.h"
#include "tg-member.h"
#include "tg-model.h"
#include "tg-position.h"
#include "tg-rules.h"
#include "tg-store.h"
#include "tg-store-backup.h"
#include "tg-store-exchange.h"
#include "tg-pg-server.h"
#include "tg-test-pg.h"
#include "tg-store-copy.h"
#include "tg-demo.h"
#include "tg-test-util.h"
#include "tg-victim.h"

static void
fill_everything (TgCase *kase)
{
  TgInvestigation *inv = tg_case_get_investigation (kase);
  g_autoptr(TgFindings) f = tg_findings_new ();
  g_autoptr(TgExtension) e = tg_extension_new ();
  g_autoptr(TgDispute) d = tg_dispute_new ();
  g_autoptr(TgPosition) p = tg_position_new ();
  g_autoptr(TgInfoRequest) r = tg_info_request_new ();
  g_autoptr(TgCaseDocument) doc = tg_case_document_new ();
  g_autoptr(GBytes) content = g_bytes_new_static ("%PDF-1.4 hello", 14);
  g_autofree char *sha = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, content);
  const char *causes[] = { "нарушение техники безопасности", "неисправность оборудования", NULL };
  const char *resp[] = { "Бекова Әсел Ержанқызы", NULL };
  const char *viol[] = { "ст. 182 Трудового кодекса", NULL };
  const char *measures[] = { "2026-12-15: провести внеплановый инструктаж", "заменить газоанализаторы", NULL };
  TgEmployer *emp = tg_case_get_employer (kase);
  g_autoptr(TgVictim) v = g_list_model_get_item (G_LIST_MODEL (tg_case_get_victims (kase)), 0);
  g_autoptr(TgMember) m = NULL;

  tg_case_set_hazardous_facility (kase, TRUE);
  tg_employer_set_address (emp, "Шахтинск қ., Индустриальная к-сі, 14");
  /* the name without its form, the form apart (schema 5) */
  tg_employer_set_name (emp, "«Сарыарка Көмір»");
  tg_employer_set_legal_form (emp, "too");
  tg_employer_set_name_kk (emp, "«Сарыарқа Көмір»");
  tg_case_set_place_kk (kase, "«Тентек» шахтасы, 3-горизонт");
  tg_victim_set_experience_months (v, 63);
  tg_victim_set_briefed_on (v, "2026-11-02");
  tg_victim_set_trained_on (v, "2026-03-14");
  tg_test_add_commission (kase, 3);
  m = g_list_model_get_item (G_LIST_MODEL (tg_commission_get_members (tg_investigation_get_commission (inv))), 0);
  tg_member_set_position_kk (m, "Комитет төрағасының орынбасары");
  tg_member_set_organization_kk (m, "Мемлекеттік еңбек инспекциясы комитеті");
  tg_commission_set_order_number (tg_investigation_get_commission (inv), "214-к");
  tg_commission_set_order_date (tg_investigation_get_commission (inv), "2026-11-19");
  tg_investigation_set_body (inv, TG_BODY_COMMITTEE);
  tg_investigation_set_started (inv, "2026-11-19");
  tg_investigation_set_due (inv, "2026-12-03");
  tg_extension_set_granted (e, "2026-12-01");
  tg_extension_set_new_due (e, "2026-12-10");
  tg_extension_set_granted_by (e, "Председатель");
  tg_extension_set_reason (e, "экспертиза");
  tg_extension_set_order_number (e, "231-к");
  g_list_store_append (tg_investigation_get_extensions (inv), e);
  tg_findings_set_causes (f, causes);
  tg_findings_set_responsible (f, resp);
  tg_findings_set_violations (f, viol);
  tg_findings_set_fault_employer (f, 100);
  tg_findings_set_fault_employee (f, 0);
  tg_findings_set_measures (f, measures);
  tg_findings_set_dissent (f, "не согласен с выводом о вине работника");
  tg_findings_set_dissent_by (f, "Тоқтаров Бауыржан Серікұлы");
  tg_investigation_set_findings (inv, f);
  tg_dispute_set_id (d, "d1");
  tg_dispute_set_claim (d, "вина работника указана неверно");
  tg_dispute_set_filed (d, "2026-11-20");
  tg_dispute_set_number (d, "12");
  tg_dispute_set_applicant (d, "Ахметова Айгүл Серікқызы");
  tg_dispute_set_victim (d, "v1");
  tg_position_set_party (p, "employer");
  tg_position_set_text (p, "возражаем");
  g_list_store_append (tg_dispute_get_positions (d), p);
  g_list_store_append (tg_case_get_disputes (kase), d);
  tg_info_request_set_id (r, "r1");
  tg_info_request_set_addressee (r, "ТОО «Сарыарка Көмір»");
  tg_info_request_set_subject (r, "Журналы газового контроля");
  tg_info_request_set_sent (r, "2026-11-19");
  tg_info_request_set_due (r, "2026-11-24");
  tg_info_request_set_blocking (r, TRUE);
  tg_info_request_set_addressee_kk (r, "«Сарыарқа Көмір» ЖШС");
  tg_info_request_set_number (r, "04-2/1187");
  g_list_store_append (tg_case_get_requests (kase), r);
  tg_case_document_set_id (doc, "doc1");
  tg_case_document_set_title (doc, "Акт");
  tg_case_document_set_file_name (doc, "act.pdf");
  tg_case_document_set_media_type (doc, "application/pdf");
  tg_case_document_set_sha256 (doc, sha);
  tg_case_document_set_content (doc, content);
  g_list_store_append (tg_case_get_documents (kase), doc);
}

/* Every field of a case survives the store: the case arrives whole (as
 * from an import), with its own number, revision, state and history. */
static void
test_round_trip (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autoptr(TgCase) kase = tg_test_make_case (1, 0, 4);
  g_autoptr(TgCase) loaded = NULL;
  g_autoptr(TgHistoryEntry) h = tg_history_entry_new ();
  g_autoptr(GPtrArray) diff = NULL;
  g_autoptr(GBytes) content = NULL;
  g_autoptr(GError) error = NULL;

  tg_case_set_id (kase, "0b6f3f0e-2c55-4f4e-9d51-6a3c2f1e7d80");
  tg_case_set_number (kase, "08-2026-00001");
  tg_case_set_revision (kase, 1);
  tg_case_set_state (kase, TG_STATE_COMMITTEE_INVESTIGATION);
  fill_everything (kase);
  tg_history_entry_set_at (h, "2026-11-18T16:40:00+05:00");
  tg_history_entry_set_actor (h, "LI-08");
  tg_history_entry_set_action (h, "register");
  g_list_store_append (tg_case_get_history (kase), h);
  g_assert_true (tg_store_insert_case (store, kase, &error));
  g_assert_no_error (error);

  loaded = tg_store_load_case (store, tg_case_get_number (kase), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tg_case_get_number (loaded), ==, "08-2026-00001");
  g_assert_cmpint (tg_case_get_revision (loaded), ==, 1);
  diff = tg_model_diff (kase, loaded);
  for (guint i = 0; i < diff->len; i++)
    {
      TgFieldChange *c = g_ptr_array_index (diff, i);
      g_test_message ("%s: %s → %s", c->path, c->before, c->after);
    }
  g_assert_cmpuint (diff->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tg_case_get_history (loaded))), ==, 1);

  content = tg_store_load_document_content (store, tg_case_get_id (kase), "doc1", &error);
  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (content, NULL), g_bytes_get_size (content), "%PDF-1.4 hello", 14);
  tg_test_remove_dir (dir);
}

static void
test_numbers_without_gaps (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autoptr(GError) error = NULL;

  for (guint i = 1; i <= 3; i++)
    {
      g_autoptr(TgCase) draft = tg_test_make_case (1, 0, 0);
      g_autoptr(TgCase) bad = tg_test_make_case (1, 0, 0);
      g_autoptr(TgCase) kase = NULL;
      g_autoptr(TgVictim) v = g_list_model_get_item (G_LIST_MODEL (tg_case_get_victims (bad)), 0);
      g_autofree char *expected = g_strdup_printf ("08-2026-%05u", i);

      /* A refused registration takes no number. */
      tg_victim_set_iin (v, "690303303331");
      g_assert_null (tg_command_register (store, bad, &error));
      g_assert_error (error, TG_COMMAND_ERROR, TG_COMMAND_ERROR_INVALID);
      g_clear_error (&error);
      g_assert_null (tg_case_get_number (bad));

      kase = tg_test_register (store, draft);
      g_assert_cmpstr (tg_case_get_number (kase), ==, expected);
    }
  tg_test_remove_dir (dir);
}

static void
test_later_death_escalates (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autoptr(TgCase) draft = tg_test_make_case (2, 0, 2);
  g_autoptr(TgCase) kase = NULL;
  g_autoptr(TgVictim) v = NULL;
  g_autoptr(TgHistoryEntry) last = NULL;
  g_autoptr(GVariant) record = NULL;
  GListModel *history;
  const char *forced = NULL, *from = NULL, *to = NULL;

  kase = tg_test_register (store, draft);
  tg_test_apply (store, &kase, "route", NULL);
  g_assert_cmpint (tg_case_get_state (kase), ==, TG_STATE_LOCAL_INVESTIGATION);

  /* The third death: one command records it, reclassifies the case and
   * escalates it, in one history entry. */
  v = g_list_model_get_item (G_LIST_MODEL (tg_case_get_victims (kase)), 2);
  tg_test_apply (store, &kase, "victim-outcome",
                 tg_test_params ("victim", TG_TEST_STR (tg_victim_get_id (v)),
                                 "severity", TG_TEST_STR (tg_enum_to_nick (TG_TYPE_SEVERITY, TG_SEVERITY_FATAL)),
                                 "died-on", TG_TEST_STR ("2026-11-20"), NULL));
  g_assert_cmpint (tg_case_get_state (kase), ==, TG_STATE_COMMISSION_PENDING);
  g_assert_cmpint (tg_case_get_revision (kase), ==, 3);

  history = G_LIST_MODEL (tg_case_get_history (kase));
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 3);
  last = g_list_model_get_item (history, 2);
  g_assert_cmpstr (tg_history_entry_get_action (last), ==, "victim-outcome");
  record = tg_history_record_parse (tg_history_entry_get_details (last));
  g_assert_nonnull (record);
  g_assert_true (g_variant_lookup (record, "forced", "&s", &forced));
  g_assert_cmpstr (forced, ==, tg_enum_to_nick (TG_TYPE_ACTION, TG_ACTION_ESCALATE));
  g_assert_true (g_variant_lookup (record, "classification", "(&s&s)", &from, &to));
  g_assert_cmpstr (from, ==, tg_enum_to_nick (TG_TYPE_JURISDICTION, TG_JURISDICTION_LOCAL_CHIEF));
  g_assert_cmpstr (to, ==, tg_enum_to_nick (TG_TYPE_JURISDICTION, TG_JURISDICTION_COMMITTEE));
  tg_test_remove_dir (dir);
}

static void
test_revision_conflict (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autoptr(TgCase) draft = tg_test_make_case (1, 0, 0);
  g_autoptr(TgCase) kase = NULL;
  g_autoptr(TgCase) a = NULL;
  g_autoptr(TgCase) b = NULL;
  g_autoptr(TgCase) refused = NULL;
  g_autoptr(GVariant) b_edit = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *digest = NULL;
  g_autofree char *digest_after = NULL;
  const char *place = NULL;

  kase = tg_test_register (store, draft);
  /* Two people open the case at revision 1 and each edits the place. */
  a = tg_store_load_case (store, tg_case_get_id (kase), &error);
  b = tg_store_load_case (store, tg_case_get_id (kase), &error);
  tg_test_apply (store, &a, "edit-particulars", tg_test_params ("place", TG_TEST_STR ("Цех № 1"), NULL));
  g_assert_cmpint (tg_case_get_revision (a), ==, 2);
  digest = tg_test_database_digest (tg_store_get_path (store));
  b_edit = g_variant_ref_sink (tg_test_params ("place", TG_TEST_STR ("Цех № 2"), NULL));
  refused = tg_command_run (store, tg_case_get_id (b), tg_case_get_revision (b), "edit-particulars",
                            b_edit, NULL, &error);
  g_assert_null (refused);
  g_assert_error (error, TG_COMMAND_ERROR, TG_COMMAND_ERROR_STALE);
  /* The refusal names who changed the case, and nothing was written. */
  g_assert_nonnull (strstr (error->message, tg_store_get_actor (store)));
  digest_after = tg_test_database_digest (tg_store_get_path (store));
  g_assert_cmpstr (digest, ==, digest_after);
  /* The refused edit is still there for the user to redo. */
  g_assert_true (g_variant_lookup (b_edit, "place", "&s", &place));
  g_assert_cmpstr (place, ==, "Цех № 2");
  g_assert_cmpint (tg_case_get_revision (b), ==, 1);
  g_clear_object (&a);
  a = tg_store_load_case (store, tg_case_get_id (kase), NULL);
  g_assert_cmpstr (tg_case_get_place (a), ==, "Цех № 1");
  tg_test_remove_dir (dir);
}

static void
test_failed_actions_change_nothing (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autoptr(TgCase) draft = tg_test_make_case (1, 0, 0);
  g_autoptr(TgCase) kase = NULL;
  g_autoptr(TgCase) refused = NULL;
  g_autoptr(TgVictim) v = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  struct stat st;

  if (tg_test_on_server ())
    {
      g_test_skip ("compares the bytes and the mode of the SQLite file; on a server, /store/revision-conflict compares the rows");
      tg_test_remove_dir (dir);
      return;
    }

  path = g_strdup (tg_store_get_path (store));
  kase = tg_test_register (store, draft);
  g_clear_object (&store);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  before = tg_test_read_file (path);

  store = tg_store_open (path, &error);
  g_assert_no_error (error);
  g_clear_object (&kase);
  kase = tg_store_load_case (store, "08-2026-00001", &error);
  /* A transition the state does not allow. */
  refused = tg_command_run (store, tg_case_get_number (kase), tg_case_get_revision (kase), "close", NULL,
                            NULL, &error);
  g_assert_null (refused);
  g_assert_error (error, TG_COMMAND_ERROR, TG_COMMAND_ERROR_STATE);
  g_clear_error (&error);
  /* A change that would break a rule of the case. */
  v = g_list_model_get_item (G_LIST_MODEL (tg_case_get_victims (kase)), 0);
  refused = tg_command_run (store, tg_case_get_number (kase), tg_case_get_revision (kase), "victim-edit",
                            tg_test_params ("victim", TG_TEST_STR (tg_victim_get_id (v)),
                                            "iin", TG_TEST_STR ("690303303331"), NULL),
                            NULL, &error);
  g_assert_null (refused);
  g_assert_error (error, TG_COMMAND_ERROR, TG_COMMAND_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "fails the check digit"));
  g_clear_object (&store);

  after = tg_test_read_file (path);
  g_assert_true (g_bytes_equal (before, after));
  tg_test_remove_dir (dir);
}

static void
tamper (const char *path,
        const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static guint
count_problems (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TgStore) store = tg_store_open (path, &error);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);

  g_assert_no_error (error);
  tg_store_verify (store, problems, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", (char *) g_ptr_array_index (problems, i));
  return problems->len;
}

static void
test_tampered_history (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *copy = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pristine = NULL;

  if (tg_test_on_server ())
    {
      g_test_skip ("tampers with the SQLite file itself");
      tg_test_remove_dir (dir);
      return;
    }

  /* Three entries per case: register, route, edit-particulars. */
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(TgCase) draft = tg_test_make_case (0, 1, 0);
      g_autoptr(TgCase) kase = tg_test_register (store, draft);

      tg_test_apply (store, &kase, "route", NULL);
      tg_test_apply (store, &kase, "edit-particulars", tg_test_params ("place", TG_TEST_STR ("Цех № 5"), NULL));
    }
  path = g_strdup (tg_store_get_path (store));
  g_clear_object (&store);
  pristine = tg_test_read_file (path);
  g_assert_cmpuint (count_problems (path), ==, 0);

  /* The history table refuses edits; someone with sqlite3 drops that. */
  tamper (path, "DROP TRIGGER history_no_update; DROP TRIGGER history_no_delete;");
  g_assert_cmpuint (count_problems (path), ==, 0);
  tamper (path, "UPDATE history SET details = 'edited' WHERE seq = 2");
  g_assert_cmpuint (count_problems (path), ==, 1);

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (pristine, NULL), g_bytes_get_size (pristine), NULL));
  tamper (path, "DROP TRIGGER history_no_delete; DELETE FROM history WHERE seq = (SELECT max (seq) FROM history)");
  g_assert_cmpuint (count_problems (path), ==, 1);

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (pristine, NULL), g_bytes_get_size (pristine), NULL));
  tamper (path, "DROP TRIGGER history_no_delete; DELETE FROM history WHERE seq = 1");
  g_assert_cmpuint (count_problems (path), ==, 1);

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (pristine, NULL), g_bytes_get_size (pristine), NULL));
  tamper (path, "DROP TRIGGER history_no_update;"
                "UPDATE history SET at = (SELECT at FROM history WHERE seq = 3), actor = 'x' WHERE seq = 2");
  g_assert_cmpuint (count_problems (path), ==, 1);
  copy = g_strdup (path);
  tg_test_remove_dir (dir);
}

static void
test_schema_versions (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(TgStore) again = NULL;

  if (tg_test_on_server ())
    {
      g_test_skip ("migrates SQLite files of older schemas; a server is upgraded by server init");
      tg_test_remove_dir (dir);
      return;
    }

  path = g_strdup (tg_store_get_path (store));
  g_clear_object (&store);
  tamper (path, "PRAGMA user_version = 99");
  again = tg_store_open (path, &error);
  g_assert_null (again);
  g_assert_error (error, TG_STORE_ERROR, TG_STORE_ERROR_TOO_NEW);
  g_assert_nonnull (strstr (error->message, "newer version"));
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (path, "this is not a database, just text", -1, NULL));
  again = tg_store_open (path, &error);
  g_assert_null (again);
  g_assert_error (error, TG_STORE_ERROR, TG_STORE_ERROR_CORRUPT);
  tg_test_remove_dir (dir);
}

/* "Needs action": the cases due within three working days, and those
 * with an open dispute or an unresolved conflict, each once, and never a
 * removed case (tg-store-query.c reads the three apart). */
static void
test_needs_action (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GString) got = g_string_new (NULL);
  TgCaseQuery q = TG_CASE_QUERY_INIT;
  /* Light cases routed are due in weeks; a group accident with three
   * deaths waits for its commission, due tomorrow. */
  static const struct { guint deaths; gboolean dispute, conflict, removed; } cases[] = {
    { 3, FALSE, FALSE, FALSE },   /* 0: due */
    { 3, TRUE,  FALSE, FALSE },   /* 1: due, and disputed: once */
    { 0, TRUE,  FALSE, FALSE },   /* 2: disputed */
    { 0, FALSE, FALSE, FALSE },   /* 3: nothing to do */
    { 0, TRUE,  FALSE, TRUE },    /* 4: disputed, removed */
    { 0, FALSE, TRUE,  FALSE },   /* 5: a conflict */
    { 3, FALSE, TRUE,  FALSE },   /* 6: due, and a conflict: once */
    { 0, FALSE, TRUE,  TRUE },    /* 7: a conflict, removed */
  };
  guint count = 0;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(TgCase) draft = tg_test_make_case (1, 0, cases[i].deaths);
      g_autoptr(TgCase) kase = tg_test_register (store, draft);
      TgStoreReceipt receipt = { 0 };

      tg_test_apply (store, &kase, "route", NULL);
      if (cases[i].dispute)
        tg_test_apply (store, &kase, "dispute-file",
                       tg_test_params ("filed-by", TG_TEST_STR ("worker"), "subject", TG_TEST_STR ("formalization"),
                                       "filed", TG_TEST_STR ("2026-11-20"), "claim", TG_TEST_STR ("Не согласен с актом."),
                                       NULL));
      if (cases[i].conflict)
        {
          g_assert_true (tg_store_exchange_lookup (store, tg_case_get_id (kase), "ДИТ Абайской области",
                                                   &receipt, &error));
          g_assert_no_error (error);
          g_assert_true (tg_store_exchange_add_conflict (store, receipt.rowid, "ДИТ Абайской области", 3, 1,
                                                         "incoming.xml", "<case/>", &error));
          g_assert_no_error (error);
        }
      if (cases[i].removed)
        tg_test_apply (store, &kase, "remove", tg_test_params ("reason", TG_TEST_STR ("registered twice"), NULL));
    }

  q.needs_action = TRUE;
  g_assert_true (tg_store_count_cases (store, &q, &count, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count, ==, 5);
  rows = tg_store_list_cases (store, &q, 0, 50, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < rows->len; i++)
    {
      TgCaseSummary *s = rows->pdata[i];

      g_string_append_printf (got, "%s%s", i > 0 ? " " : "", s->number + strlen (s->number) - 1);
    }
  /* Numbers 08-2026-000001…8: cases 0, 1, 2, 5, 6. */
  g_assert_cmpstr (got->str, ==, "1 2 3 6 7");
  /* With another filter, and a search. */
  q.search = "08-2026";
  g_assert_true (tg_store_count_cases (store, &q, &count, &error));
  g_assert_cmpuint (count, ==, 5);
  q.search = NULL;
  q.state = TG_STATE_COMMISSION_PENDING;
  g_assert_true (tg_store_count_cases (store, &q, &count, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count, ==, 3);
  tg_test_remove_dir (dir);
}

static void
test_lists_and_search (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  TgCaseQuery q = TG_CASE_QUERY_INIT;
  guint count = 0;

  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(TgCase) draft = tg_test_make_case (1, i % 2, i == 4 ? 3 : 0);
      g_autoptr(TgCase) kase = tg_test_register (store, draft);

      if (i >= 3)
        tg_test_apply (store, &kase, "route", NULL);
    }
  g_assert_true (tg_store_count_cases (store, &q, &count, &error));
  g_assert_cmpuint (count, ==, 5);
  q.state = TG_STATE_COMMISSION_PENDING;
  g_assert_true (tg_store_count_cases (store, &q, &count, &error));
  g_assert_cmpuint (count, ==, 1);

  q.state = -1;
  q.needs_action = TRUE;   /* the commission-pending case is due tomorrow */
  g_assert_true (tg_store_count_cases (store, &q, &count, &error));
  g_assert_cmpuint (count, ==, 1);
  q.needs_action = FALSE;
  q.search = "Ахмет";
  g_assert_true (tg_store_count_cases (store, &q, &count, &error));
  g_assert_cmpuint (count, ==, 5);
  q.search = "08-2026-00004";
  rows = tg_store_list_cases (store, &q, 0, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpstr (((TgCaseSummary *) rows->pdata[0])->number, ==, "08-2026-00004");
  g_assert_cmpint (((TgCaseSummary *) rows->pdata[0])->state, ==, TG_STATE_LOCAL_INVESTIGATION);
  g_assert_nonnull (((TgCaseSummary *) rows->pdata[0])->deadline);
  q.search = "сарыарка \"OR* ) NEAR(";
  g_assert_true (tg_store_count_cases (store, &q, &count, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count, ==, 0);
  tg_test_remove_dir (dir);
}

/* The numbers of @rows (TgCaseSummary) @from… up to @to, joined. */
static char *
numbers_of (GPtrArray *rows,
            guint      from,
            guint      to)
{
  GString *out = g_string_new (NULL);

  for (guint i = from; i < rows->len && i < to; i++)
    g_string_append_printf (out, "%s ", ((TgCaseSummary *) rows->pdata[i])->number);
  return g_string_free (out, FALSE);
}

/* The rows of @q from @offset (limit 0: all), numbers joined. */
static char *
list_numbers (TgStore           *store,
              const TgCaseQuery *q,
              guint              offset,
              guint              limit)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  rows = tg_store_list_cases (store, q, offset, limit > 0 ? limit : 100000, &error);
  g_assert_no_error (error);
  return numbers_of (rows, 0, rows->len);
}

static gboolean
append_summary (TgCaseSummary *summary,
                gpointer       user_data)
{
  g_ptr_array_add (user_data, g_object_ref (summary));
  return TRUE;
}

/* The numbers of rows offset… (at most @limit) of the whole list, read
 * whole (a list without a limit is never found in two steps). */
static char *
slice_of_all (TgStore           *store,
              const TgCaseQuery *q,
              guint              offset,
              guint              limit)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);

  g_assert_true (tg_store_foreach_case (store, q, append_summary, all, &error));
  g_assert_no_error (error);
  return numbers_of (all, offset, offset + limit);
}

static guint
count_of (TgStore           *store,
          const TgCaseQuery *q)
{
  g_autoptr(GError) error = NULL;
  guint count = G_MAXUINT;

  g_assert_true (tg_store_count_cases (store, q, &count, &error));
  g_assert_no_error (error);
  return count;
}

static guint
count_words (const char *numbers)
{
  g_auto(GStrv) words = g_strsplit (numbers, " ", -1);
  guint n = 0;

  for (guint i = 0; words[i] != NULL; i++)
    n += *words[i] != '\0';
  return n;
}

/* The cases each of @words finds alone, in number order. */
static char *
intersection_of (TgStore           *store,
                 const char * const *words)
{
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  TgCaseQuery all = TG_CASE_QUERY_INIT;
  GString *out = g_string_new (NULL);
  guint n = 0;

  for (; words[n] != NULL; n++)
    {
      TgCaseQuery q = TG_CASE_QUERY_INIT;
      g_autofree char *numbers = NULL;
      g_auto(GStrv) each = NULL;

      q.search = words[n];
      numbers = list_numbers (store, &q, 0, 0);
      each = g_strsplit (numbers, " ", -1);
      for (guint i = 0; each[i] != NULL; i++)
        if (*each[i] != '\0')
          g_hash_table_insert (counts, g_strdup (each[i]),
                               GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, each[i])) + 1));
    }
  rows = tg_store_list_cases (store, &all, 0, 100000, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < rows->len; i++)
    {
      const char *number = ((TgCaseSummary *) rows->pdata[i])->number;

      if (GPOINTER_TO_UINT (g_hash_table_lookup (counts, number)) == n)
        g_string_append_printf (out, "%s ", number);
    }
  return g_string_free (out, FALSE);
}

/* Each search of @searches finds, and counts, what its words find alone,
 * together. */
static void
assert_searches (TgStore           *store,
                 const char * const searches[][5],
                 gsize              n_searches)
{
  for (gsize s = 0; s < n_searches; s++)
    {
      g_autofree char *typed = g_strjoinv (" ", (char **) searches[s]);
      g_autofree char *want = intersection_of (store, searches[s]);
      g_autofree char *got = NULL;
      TgCaseQuery q = TG_CASE_QUERY_INIT;

      q.search = typed;
      got = list_numbers (store, &q, 0, 0);
      g_assert_cmpstr (got, ==, want);
      g_assert_cmpuint (count_words (want), >, 0);
      g_assert_cmpuint (count_of (store, &q), ==, count_words (want));
    }
}

/* Several words, each in many cases: on a server GIN intersects the
 * lists of their first two to four letters (pg/upgrade-8.sql), leaving a
 * list that would cut too few cases to the check of each case the others
 * find (its statistics say which, after ANALYZE; before, every list is
 * read). What a search of the words finds is what each finds alone,
 * together, before ANALYZE and after. */
static void
test_search_common_words (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autoptr(GError) error = NULL;
  static const char * const searches[][5] = {
    { "ТОО", "Ақжар", NULL },            /* both common: Ақжар looked up */
    { "ТОО", "Береке", "карьер", NULL }, /* all three common */
    { "тоо", "шахта", "Ақжар", NULL },
    { "ТОО", "Алтын", NULL },            /* Алтын rare enough */
    { "Ақ", "ТОО", NULL },               /* a prefix */
    { "ТОО", "Алтын", "шахта", NULL },   /* ТОО left to the check */
    { "ТОО", "Алты", "шахт", "Ақжа", NULL }, /* …of four-letter lists */
    { "АҚЖАР", "тОо", NULL },            /* upper case, as the server lowers it */
    { "Т", "Ақжар", NULL },              /* one letter: no list of its own */
    { "Дала", "карь", NULL },            /* four letters: exactly their list */
    { "08-2026", "Ақжар", NULL },        /* runs that follow one another */
    { "қжар", "ТОО", NULL },             /* found inside Ақжар */
    { "ТОО", "Алтын", "0", NULL },
  };
  TgCaseQuery tentek = TG_CASE_QUERY_INIT;

  g_assert_true (tg_store_begin (store, &error));
  for (guint i = 0; i < 200; i++)
    {
      g_autoptr(TgCase) draft = tg_test_make_case (1, 0, 0);
      g_autoptr(TgCase) kase = NULL;
      /* ТОО: 9 in 10; the place: "шахта Ақжар" 1 in 4, "карьер Береке"
       * the others; "Алтын" in 1 employer of 8, "Алтыбақан", which
       * begins as it does, in another. */
      g_autofree char *employer = g_strdup_printf ("%s «%s %u»", i % 10 == 0 ? "АО" : "ТОО",
                                                   i % 8 == 0 ? "Алтын" : i % 8 == 4 ? "Алтыбақан" : "Дала",
                                                   i % 7);

      tg_employer_set_name (tg_case_get_employer (draft), employer);
      tg_case_set_place (draft, i % 4 == 0 ? "шахта Ақжар" : "карьер Береке");
      kase = tg_test_register (store, draft);
    }
  g_assert_true (tg_store_commit (store, &error));
  tentek.search = "ТОО Ақжар";
  g_assert_cmpuint (count_of (store, &tentek), ==, 40);
  assert_searches (store, searches, G_N_ELEMENTS (searches));
  if (tg_test_on_server ())
    {
      /* as the owner: a desk's ANALYZE is skipped with a warning */
      g_autofree char *owner = g_strconcat (tg_store_get_path (store), " user=postgres", NULL);
      g_autoptr(PGconn) conn = PQconnectdb (owner);
      g_autofree char *rows = NULL;

      g_assert_cmpint (PQstatus (conn), ==, CONNECTION_OK);
      PQclear (tg_test_pg_ok (conn, "ANALYZE cases_fts"));
      rows = tg_test_pg_value (conn, "SELECT reltuples FROM pg_class WHERE relname = 'cases_fts'");
      g_assert_cmpstr (rows, ==, "200");
    }
  /* A store opened now reads the statistics ANALYZE left. */
  {
    g_autofree char *path = g_strdup (tg_store_get_path (store));

    g_clear_object (&store);
    store = tg_store_open (path, &error);
    g_assert_no_error (error);
  }

  assert_searches (store, searches, G_N_ELEMENTS (searches));
  /* 1 in 4 has Ақжар, and of those the АО cases (1 in 20) are not. */
  g_assert_cmpuint (count_of (store, &tentek), ==, 40);
  g_clear_object (&store);
  tg_test_remove_dir (dir);
}

/* Makes the store forget the matches of its last search. */
static void
forget_search (TgStore *store)
{
  TgCaseQuery other = TG_CASE_QUERY_INIT;

  other.search = "zzzzzzzz";
  g_assert_cmpuint (count_of (store, &other), ==, 0);
}

/* Registers @draft as case @i of a list's tests, at @place: accident
 * dates over ten months, employers "ТОО «Әлем 5»"… and "ТОО «Сарыарка
 * 7»"…, and every fourth routed (a local investigation, or a group
 * accident waiting for its commission). */
static void
register_spread (TgStore    *store,
                 guint       i,
                 TgCase     *draft,
                 const char *place)
{
  g_autoptr(TgCase) kase = NULL;
  g_autofree char *occurred = g_strdup_printf ("2026-%02u-%02uT10:00:00+05:00", 1 + i % 10, 1 + i % 28);
  g_autofree char *employer = g_strdup_printf ("ТОО «%s %u»", i % 2 ? "Әлем" : "Сарыарка", i % 13);

  tg_case_set_occurred (draft, occurred);
  tg_employer_set_name (tg_case_get_employer (draft), employer);
  tg_case_set_place (draft, place);
  kase = tg_test_register (store, draft);
  if (i % 4 == 1)
    tg_test_apply (store, &kase, "route", NULL);
}

/* The rows offset… (at most @limit) of what @q lists, found apart: the
 * whole list of its filters without the search (plain SQL), keeping the
 * cases its search finds alone (its whole list: all the matches looked
 * up); and their count. */
static char *
filtered_slice (TgStore           *store,
                const TgCaseQuery *q,
                guint              offset,
                guint              limit,
                guint             *count)
{
  TgCaseQuery filters = *q;
  TgCaseQuery search = TG_CASE_QUERY_INIT;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();
  g_autoptr(GHashTable) found = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *numbers = NULL;
  g_auto(GStrv) each = NULL;

  search.search = q->search;
  numbers = list_numbers (store, &search, 0, 0);
  each = g_strsplit (numbers, " ", -1);
  for (guint i = 0; each[i] != NULL; i++)
    g_hash_table_add (found, each[i]);
  filters.search = NULL;
  g_assert_true (tg_store_foreach_case (store, &filters, append_summary, all, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < all->len; i++)
    if (g_hash_table_contains (found, ((TgCaseSummary *) all->pdata[i])->number))
      g_ptr_array_add (kept, all->pdata[i]);
  *count = kept->len;
  return numbers_of (kept, offset, limit > 0 ? offset + limit : kept->len);
}

/* A search alone is answered from its cached matches, by a walk along the
 * sort order when they are many, by lookups when few, and by lookups when
 * a walk gives up (matches at the far end of the order). Every way must
 * give the rows and count found apart (filtered_slice), and those of the
 * same search with region 08, which every case here has. */
static void
test_search_paths (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autoptr(GError) error = NULL;
  const char *words[] = { "шахта", "рудник", "кластер", "хвост", "Сарыарка", "ТОО", "Әлем", "08-2026", NULL };
  const TgCaseSort sorts[] = {
    TG_CASE_SORT_NUMBER, TG_CASE_SORT_OCCURRED, TG_CASE_SORT_EMPLOYER, TG_CASE_SORT_REGION,
    TG_CASE_SORT_VICTIMS, TG_CASE_SORT_DEATHS, TG_CASE_SORT_STATE, TG_CASE_SORT_DUE,
  };
  const guint pages[][2] = { { 0, 1 }, { 0, 10 }, { 5, 10 }, { 95, 10 }, { 0, 0 } };

  g_assert_true (tg_store_begin (store, &error));
  for (guint i = 0; i < 400; i++)
    {
      /* every seventh a group accident with three deaths, which routing
       * makes wait for its commission: "needs action" */
      g_autoptr(TgCase) draft = tg_test_make_case (1 + i % 3, 0, i % 7 == 0 ? 3 : 0);
      /* "шахта": a third, spread out; "рудник": 8; "кластер": the last
       * 10 by number, where a walk from the start gives up; "хвост": the
       * last 100, many enough for the server to walk, and give up. */
      g_autofree char *place = g_strdup_printf ("%s %s %s %s", i % 3 == 0 ? "шахта" : "карьер",
                                                i % 50 == 0 ? "рудник" : "", i >= 390 ? "кластер" : "",
                                                i >= 300 ? "хвост" : "");

      register_spread (store, i, draft, place);
    }
  g_assert_true (tg_store_commit (store, &error));

  for (guint w = 0; words[w] != NULL; w++)
    for (guint s = 0; s < G_N_ELEMENTS (sorts); s++)
      for (guint d = 0; d < 2; d++)
        {
          TgCaseQuery q = TG_CASE_QUERY_INIT;
          TgCaseQuery ref = TG_CASE_QUERY_INIT;

          q.search = ref.search = words[w];
          q.sort = ref.sort = sorts[s];
          q.descending = ref.descending = d;
          ref.region = "08";
          g_assert_cmpuint (count_of (store, &q), ==, count_of (store, &ref));
          for (guint p = 0; p < G_N_ELEMENTS (pages); p++)
            {
              g_autofree char *got = list_numbers (store, &q, pages[p][0], pages[p][1]);
              g_autofree char *with_region = list_numbers (store, &ref, pages[p][0], pages[p][1]);
              guint count;
              g_autofree char *want = filtered_slice (store, &q, pages[p][0], pages[p][1], &count);

              g_assert_cmpstr (got, ==, want);
              g_assert_cmpstr (with_region, ==, want);
              g_assert_cmpuint (count_of (store, &q), ==, count);
            }
        }
  /* "Needs action" (a set of cases the server sorts by their keys first):
   * every page in every order as the whole list has it. */
  for (guint s = 0; s < G_N_ELEMENTS (sorts); s++)
    for (guint d = 0; d < 2; d++)
      {
        TgCaseQuery q = TG_CASE_QUERY_INIT;

        q.needs_action = TRUE;
        q.sort = sorts[s];
        q.descending = d;
        g_assert_cmpuint (count_of (store, &q), >=, 14);
        for (guint p = 0; p < G_N_ELEMENTS (pages) - 1; p++)
          {
            g_autofree char *got = list_numbers (store, &q, pages[p][0], pages[p][1]);
            g_autofree char *want = slice_of_all (store, &q, pages[p][0], pages[p][1]);

            g_assert_cmpstr (got, ==, want);
          }
      }
  {
    TgCaseQuery q = TG_CASE_QUERY_INIT;

    q.search = "кластер";
    g_assert_cmpuint (count_of (store, &q), ==, 10);
    q.search = "рудник";
    g_assert_cmpuint (count_of (store, &q), ==, 8);
    q.search = "шахта";
    g_assert_cmpuint (count_of (store, &q), ==, 134);
    /* A number's parts are words, on both engines: 08-2026-00001…00400. */
    q.search = "08 2026";
    g_assert_cmpuint (count_of (store, &q), ==, 400);
    q.search = "2026";
    g_assert_cmpuint (count_of (store, &q), ==, 400);
    q.search = "08-2026-0001";
    g_assert_cmpuint (count_of (store, &q), ==, 10);
  }
  tg_test_remove_dir (dir);
}

/* @q's count and its pages @pages (offset, limit; limit 0: all) are those
 * found apart (filtered_slice), after its search's matches were read
 * (filtered_slice reads them) and with none read (a server then checks
 * the few rows of a filter one by one). Returns the count. */
static guint
assert_filtered_list (TgStore           *store,
                      const TgCaseQuery *q,
                      const guint        pages[][2],
                      guint              n_pages)
{
  guint count;
  g_autofree char *whole = filtered_slice (store, q, 0, 0, &count);
  g_auto(GStrv) numbers = g_strsplit (whole, " ", -1);

  for (guint read = 0; read < 2; read++)
    {
      if (read == 1)
        forget_search (store);
      g_assert_cmpuint (count_of (store, q), ==, count);
      for (guint p = 0; p < n_pages; p++)
        {
          guint end = pages[p][1] > 0 ? MIN (count, pages[p][0] + pages[p][1]) : count;
          g_autofree char *got = list_numbers (store, q, pages[p][0], pages[p][1]);
          GString *want = g_string_new (NULL);

          for (guint i = pages[p][0]; i < end; i++)
            g_string_append_printf (want, "%s ", numbers[i]);
          g_assert_cmpstr (got, ==, want->str);
          g_string_free (want, TRUE);
        }
    }
  return count;
}

/* A search with other filters: its matches those filters leave, found by
 * reading the filters' rows and testing them against the matches, or, when
 * the rows are many more than the matches, by looking the matches up, or
 * on a server, before the matches are read, by checking each of the
 * filters' few rows (tg-store-query.c, query_matches); then its pages
 * walked along the filters' index in number order, or every case's
 * order, or looked up.
 * Every way gives the rows and the count found apart (filtered_slice), in
 * each order, for each page, whichever filters and search came before. */
static void
test_search_with_filters (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autoptr(GError) error = NULL;
  const char *regions[] = { "08", "05", "12" };
  /* "шахта": a third of each region; "хвост": the last cases of each
   * region by number (a walk along region 08 gives up); "рудник": 8;
   * "кластер": 2, fewer than any filter's rows a match (looked up). */
  const char *searches[] = { "шахта", "хвост", "рудник", "кластер", "Әлем шахта", "08 2026", "08-2026-0001" };
  const TgCaseSort sorts[] = { TG_CASE_SORT_NUMBER, TG_CASE_SORT_OCCURRED, TG_CASE_SORT_DUE };
  const guint pages[][2] = { { 0, 1 }, { 0, 10 }, { 5, 10 }, { 35, 10 }, { 0, 0 } };
  TgCaseQuery filters[10];
  guint n_filters = 0;

  g_assert_true (tg_store_begin (store, &error));
  for (guint i = 0; i < 360; i++)
    {
      g_autoptr(TgCase) draft = tg_test_make_case (1 + i % 2, i % 5 == 0, i % 11 == 0 ? 3 : 0);
      g_autofree char *place = g_strdup_printf ("%s %s %s %s", i % 3 == 0 ? "шахта" : "карьер",
                                                i % 45 == 0 ? "рудник" : "", i == 17 || i == 242 ? "кластер" : "",
                                                i >= 300 ? "хвост" : "");

      /* Numbers follow registration in each region: 08-2026-00001… */
      tg_case_set_region (draft, regions[(i / 20) % 3]);
      register_spread (store, i, draft, place);
    }
  g_assert_true (tg_store_commit (store, &error));

  for (guint f = 0; f < G_N_ELEMENTS (filters); f++)
    filters[f] = (TgCaseQuery) TG_CASE_QUERY_INIT;
  filters[n_filters++].region = "08";
  filters[n_filters++].state = TG_STATE_LOCAL_INVESTIGATION;
  filters[n_filters++].year = 2026;
  filters[n_filters].region = "05";
  filters[n_filters++].year = 2026;
  filters[n_filters].region = "12";
  filters[n_filters++].state = TG_STATE_REGISTERED;
  filters[n_filters++].severity = TG_SEVERITY_FATAL;
  filters[n_filters++].committee = TRUE;
  filters[n_filters++].needs_action = TRUE;
  filters[n_filters++].due_within = 30;
  filters[n_filters++].open_disputes = TRUE;

  /* One search with each filter in turn: its matches kept, those of
   * the filters not. */
  for (guint w = 0; w < G_N_ELEMENTS (searches); w++)
    for (guint f = 0; f < n_filters; f++)
      for (guint s = 0; s < G_N_ELEMENTS (sorts); s++)
        for (guint d = 0; d < 2; d++)
          {
            TgCaseQuery q = filters[f];

            q.search = searches[w];
            q.sort = sorts[s];
            q.descending = d;
            assert_filtered_list (store, &q, pages, G_N_ELEMENTS (pages));
          }

  /* The filters' matches are read again after a write: a case of region
   * 08 with "шахта" routed leaves those still registered. */
  {
    TgCaseQuery q = TG_CASE_QUERY_INIT;
    g_autoptr(TgCase) kase = NULL;
    g_autofree char *first = NULL;
    guint before;

    q.search = "шахта";
    q.region = "08";
    q.state = TG_STATE_REGISTERED;
    before = count_of (store, &q);
    g_assert_cmpuint (before, >, 0);
    first = list_numbers (store, &q, 0, 1);
    g_strchomp (first);
    kase = tg_store_load_case (store, first, &error);
    g_assert_no_error (error);
    tg_test_apply (store, &kase, "route", NULL);
    g_assert_cmpuint (count_of (store, &q), ==, before - 1);
  }
  tg_test_remove_dir (dir);
}

/* A search among the closed cases, which are nearly all of them: its
 * matches less those among the open cases (tg-store-query.c,
 * subtract_open), on the demo's years of cases, as the closed filter and
 * as the state, by number (walked along the closed ones) and by date. */
static void
test_search_closed (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autoptr(GError) error = NULL;
  const char *searches[] = { "ТОО", "08", "2024", "АО 2025", "шахта" };
  const TgCaseSort sorts[] = { TG_CASE_SORT_NUMBER, TG_CASE_SORT_OCCURRED };
  const guint pages[][2] = { { 0, 10 }, { 7, 20 }, { 0, 0 } };
  TgCaseQuery closed = TG_CASE_QUERY_INIT;
  TgCaseQuery all = TG_CASE_QUERY_INIT;
  guint n_closed, n_all;

  g_assert_true (tg_demo_generate (store, 400, 1, NULL, NULL, &error));
  g_assert_no_error (error);
  closed.closed = TRUE;
  n_closed = count_of (store, &closed);
  n_all = count_of (store, &all);
  /* most closed, some open */
  g_assert_cmpuint (n_closed, >, n_all / 2);
  g_assert_cmpuint (n_closed, <, n_all);

  for (guint w = 0; w < G_N_ELEMENTS (searches); w++)
    for (guint as_state = 0; as_state < 2; as_state++)
      for (guint s = 0; s < G_N_ELEMENTS (sorts); s++)
        for (guint d = 0; d < 2; d++)
          {
            TgCaseQuery q = TG_CASE_QUERY_INIT;

            q.search = searches[w];
            q.closed = !as_state;
            q.state = as_state ? TG_STATE_CLOSED : -1;
            q.sort = sorts[s];
            q.descending = d;
            g_assert_cmpuint (assert_filtered_list (store, &q, pages, G_N_ELEMENTS (pages)), >, 0);
          }
  tg_test_remove_dir (dir);
}

/* A typed word of three letters or more finds the words it is inside of
 * (tg-store-search.c), on both engines: in the count, the pages, with
 * other filters, after a command adds a word, and not once the case is
 * removed. Shorter words and digits are found at a word's start only. */
static void
test_search_inside (void)
{
  static const struct
  {
    const char *region, *employer, *place;
  } drafts[] = {
    { "08", "ТОО «Нұрбаев Құрылыс»", NULL },
    { "08", NULL, "Ақмола облысы, Асылбаева көшесі, Байтұрсынов ауылы" },
    { "08", "ТОО «Баев и К»", NULL },
    { "08", NULL, NULL },
    { "05", "АО «Кенжебаев»", NULL },
  };
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *expected = NULL;
  g_autofree char *found = NULL;
  TgCaseQuery q = TG_CASE_QUERY_INIT;

  for (guint i = 0; i < G_N_ELEMENTS (drafts); i++)
    {
      g_autoptr(TgCase) draft = tg_test_make_case (1, 0, 0);

      tg_case_set_region (draft, drafts[i].region);
      if (drafts[i].employer != NULL)
        tg_employer_set_name (tg_case_get_employer (draft), drafts[i].employer);
      if (drafts[i].place != NULL)
        tg_case_set_place (draft, drafts[i].place);
      g_ptr_array_add (cases, tg_test_register (store, draft));
    }
#define NUMBER(i) tg_case_get_number (cases->pdata[i])

  q.search = "баев";
  g_assert_cmpuint (count_of (store, &q), ==, 4);
  expected = g_strdup_printf ("%s %s %s %s ", NUMBER (4), NUMBER (0), NUMBER (1), NUMBER (2));
  found = list_numbers (store, &q, 0, 0);
  g_assert_cmpstr (found, ==, expected);
  q.search = "БАЕВ";
  g_assert_cmpuint (count_of (store, &q), ==, 4);
  q.search = "баев құрылыс";
  g_assert_cmpuint (count_of (store, &q), ==, 1);
  /* With a number's parts, which follow one another. */
  q.search = "08-2026 баев";
  g_assert_cmpuint (count_of (store, &q), ==, 3);
  q.search = "мола";
  g_assert_cmpuint (count_of (store, &q), ==, 1);
  /* "йтұрс" typed with "й" as и and a combining breve, as some keyboards
   * and scripts send it. */
  q.search = "и\xcc\x86тұрс";
  g_assert_cmpuint (count_of (store, &q), ==, 1);
  q.search = "лыс";
  g_assert_cmpuint (count_of (store, &q), ==, 2);
  /* Two letters, or digits: the start of a word only. */
  q.search = "ыл";
  g_assert_cmpuint (count_of (store, &q), ==, 0);
  q.search = "0340001";
  g_assert_cmpuint (count_of (store, &q), ==, 0);
  q.search = "1703";
  g_assert_cmpuint (count_of (store, &q), ==, 5);

  /* With another filter: the search is a condition of the SQL. */
  q.search = "баев";
  q.region = "05";
  g_assert_cmpuint (count_of (store, &q), ==, 1);
  g_clear_pointer (&found, g_free);
  found = list_numbers (store, &q, 0, 0);
  g_assert_cmpstr (g_strstrip (found), ==, NUMBER (4));
  q.region = NULL;

  /* A word a command brings. */
  q.search = "шетау";
  g_assert_cmpuint (count_of (store, &q), ==, 0);
  tg_test_apply (store, (TgCase **) &cases->pdata[3], "edit-particulars",
                 tg_test_params ("place", TG_TEST_STR ("Көкшетау қ."), NULL));
  g_assert_cmpuint (count_of (store, &q), ==, 1);

  /* A removed case is not found. */
  tg_test_apply (store, (TgCase **) &cases->pdata[2], "remove",
                 tg_test_params ("reason", TG_TEST_STR ("registered twice"), NULL));
  q.search = "баев";
  g_assert_cmpuint (count_of (store, &q), ==, 3);
#undef NUMBER
  tg_test_remove_dir (dir);
}

/* A part found inside 20 000 words, as a real office's names could give
 * a common syllable: alone, with a filter and with a number's parts, on
 * both engines (the server's to_tsquery exhausted its stack on as many
 * alternatives, and took a minute for 2 000). */
static void
test_search_inside_many (void)
{
  static const char letters[] = "абвгдежзиклмнопрстуфхцчшщыэюяә";
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autoptr(GError) error = NULL;
  g_autofree gunichar *alphabet = g_utf8_to_ucs4 (letters, -1, NULL, NULL, NULL);
  glong n_letters = g_utf8_strlen (letters, -1);
  g_autofree char *numbers = NULL;
  g_auto(GStrv) rows = NULL;
  TgCaseQuery q = TG_CASE_QUERY_INIT;
  guint n = 0;

  g_assert_true (tg_store_begin (store, &error));
  for (guint c = 0; c < 200; c++)
    {
      g_autoptr(TgCase) draft = tg_test_make_case (1, 0, 0);
      g_autoptr(TgCase) kase = NULL;
      GString *place = g_string_new (NULL);

      /* "кбаевабв": a letter, the part, three letters, each word new. */
      for (guint w = 0; w < 100; w++, n++)
        {
          g_string_append_unichar (place, alphabet[n % n_letters]);
          g_string_append (place, "баев");
          g_string_append_unichar (place, alphabet[(n / n_letters) % n_letters]);
          g_string_append_unichar (place, alphabet[(n / n_letters / n_letters) % n_letters]);
          g_string_append_unichar (place, alphabet[c % n_letters]);
          g_string_append_c (place, ' ');
        }
      tg_case_set_region (draft, c % 2 == 0 ? "08" : "05");
      tg_case_set_place (draft, place->str);
      g_string_free (place, TRUE);
      kase = tg_test_register (store, draft);
    }
  g_assert_true (tg_store_commit (store, &error));
  g_assert_no_error (error);

  q.search = "баев";
  g_assert_cmpuint (count_of (store, &q), ==, 200);
  q.region = "05";
  g_assert_cmpuint (count_of (store, &q), ==, 100);
  numbers = list_numbers (store, &q, 0, 0);
  rows = g_strsplit (g_strstrip (numbers), " ", -1);
  g_assert_cmpuint (g_strv_length (rows), ==, 100);
  q.region = NULL;
  q.search = "08-2026 баев";
  g_assert_cmpuint (count_of (store, &q), ==, 100);
  tg_test_remove_dir (dir);
}

/* The count of a search comes from the full-text index alone: a removed
 * case must leave it, also when saved and removed in one transaction. */
static void
test_search_removed (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(TgCase) draft = tg_test_make_case (1, 0, 0);
  g_autoptr(TgCase) a = tg_test_register (store, draft);
  g_autoptr(TgCase) b = tg_test_register (store, draft);
  g_autoptr(TgCase) c = tg_test_register (store, draft);
  g_autofree char *rest = NULL;
  TgCaseQuery q = TG_CASE_QUERY_INIT;

  q.search = "Тентек";
  g_assert_cmpuint (count_of (store, &q), ==, 3);

  tg_test_apply (store, &a, "remove", tg_test_params ("reason", TG_TEST_STR ("registered twice"), NULL));
  g_assert_cmpuint (count_of (store, &q), ==, 2);

  /* Edited, then removed, in one transaction: the edit's row is queued
   * until the commit and must not come back. */
  g_assert_true (tg_store_begin (store, &error));
  tg_test_apply (store, &b, "edit-particulars",
                 tg_test_params ("place", TG_TEST_STR ("Шахта «Тентек», 4-горизонт"), NULL));
  tg_test_apply (store, &b, "remove", tg_test_params ("reason", TG_TEST_STR ("registered twice"), NULL));
  g_assert_true (tg_store_commit (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_of (store, &q), ==, 1);
  rest = list_numbers (store, &q, 0, 0);
  g_assert_cmpstr (g_strstrip (rest), ==, tg_case_get_number (c));
  tg_test_remove_dir (dir);
}

/* The cached matches of the last search never outlive a write: by this
 * store (committed or not, or rolled back) or by another connection. */
static void
test_search_cache (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autoptr(TgStore) other = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TgCase) draft_a = tg_test_make_case (1, 0, 0);
  g_autoptr(TgCase) draft_b = tg_test_make_case (1, 0, 0);
  g_autoptr(TgCase) a = NULL;
  g_autoptr(TgCase) b = NULL;
  g_autoptr(TgCase) theirs = NULL;
  TgCaseQuery q = TG_CASE_QUERY_INIT;

  tg_case_set_place (draft_b, "Карьер «Восточный»");
  a = tg_test_register (store, draft_a);
  b = tg_test_register (store, draft_b);
  q.search = "Тентек";
  g_assert_cmpuint (count_of (store, &q), ==, 1);

  /* A command here. */
  tg_test_apply (store, &b, "edit-particulars",
                 tg_test_params ("place", TG_TEST_STR ("Шахта «Тентек», 1-горизонт"), NULL));
  g_assert_cmpuint (count_of (store, &q), ==, 2);

  /* A write rolled back: seen while it lasts, gone after. */
  g_assert_true (tg_store_begin (store, &error));
  tg_test_apply (store, &b, "edit-particulars",
                 tg_test_params ("place", TG_TEST_STR ("Карьер «Восточный»"), NULL));
  g_assert_true (tg_store_commit (store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_of (store, &q), ==, 1);

  g_assert_true (tg_store_begin (store, &error));
  tg_test_apply (store, &b, "edit-particulars",
                 tg_test_params ("place", TG_TEST_STR ("Шахта «Тентек», 2-горизонт"), NULL));
  tg_store_rollback (store);
  g_assert_cmpuint (count_of (store, &q), ==, 1);

  /* Another connection's commands. */
  other = tg_store_open (tg_store_get_path (store), &error);
  g_assert_no_error (error);
  theirs = tg_store_load_case (other, tg_case_get_id (b), &error);
  g_assert_no_error (error);
  tg_test_apply (other, &theirs, "edit-particulars",
                 tg_test_params ("place", TG_TEST_STR ("Шахта «Тентек», 5-горизонт"), NULL));
  g_assert_cmpuint (count_of (store, &q), ==, 2);
  /* A word the other brings is found inside at once, though the typed
   * word was looked up before. */
  q.search = "шетау";
  g_assert_cmpuint (count_of (store, &q), ==, 0);
  tg_test_apply (other, &theirs, "edit-particulars",
                 tg_test_params ("place", TG_TEST_STR ("Көкшетау қ."), NULL));
  g_assert_cmpuint (count_of (store, &q), ==, 1);
  q.search = "Тентек";
  tg_test_apply (other, &theirs, "remove", tg_test_params ("reason", TG_TEST_STR ("registered twice"), NULL));
  g_assert_cmpuint (count_of (store, &q), ==, 1);
  tg_test_remove_dir (dir);
}

/* Whether another connection committed, as the window's poll sees it. On
 * a server the other's notice travels by itself: the poll may take part of
 * the second the window gives it (it asks once a second). */
static gboolean
poll_changes (TgStore *store)
{
  g_autoptr(GError) error = NULL;
  gboolean changed = tg_store_poll_changes (store, &error);

  for (guint i = 0; !changed && error == NULL && tg_test_on_server () && i < 100; i++)
    {
      g_usleep (G_USEC_PER_SEC / 100);
      changed = tg_store_poll_changes (store, &error);
    }
  g_assert_no_error (error);
  return changed;
}

/* The window asks every second whether someone else wrote: only another
 * connection's commit says yes, and only once. */
static void
test_poll_changes (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autoptr(TgStore) other = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TgCase) draft = tg_test_make_case (1, 0, 0);
  g_autoptr(TgCase) mine = NULL;
  g_autoptr(TgCase) theirs = NULL;
  g_autoptr(TgCase) more = NULL;

  g_assert_false (tg_store_poll_changes (store, &error));
  g_assert_no_error (error);

  /* Our own writes, a command and a bulk transaction: not news. */
  mine = tg_test_register (store, draft);
  tg_test_apply (store, &mine, "edit-particulars", tg_test_params ("place", TG_TEST_STR ("Шахта «Тентек»"), NULL));
  g_assert_true (tg_store_begin (store, &error));
  tg_test_apply (store, &mine, "edit-particulars", tg_test_params ("place", TG_TEST_STR ("Шахта «Абай»"), NULL));
  g_assert_true (tg_store_commit (store, &error));
  g_assert_no_error (error);
  g_assert_false (tg_store_poll_changes (store, &error));
  g_assert_no_error (error);

  /* Another connection opening and reading: nothing committed. */
  other = tg_store_open (tg_store_get_path (store), &error);
  g_assert_no_error (error);
  theirs = tg_store_load_case (other, tg_case_get_id (mine), &error);
  g_assert_no_error (error);
  g_assert_false (tg_store_poll_changes (store, &error));
  g_assert_no_error (error);

  /* Its commit: seen once, and then no more until the next one. */
  tg_test_apply (other, &theirs, "edit-particulars", tg_test_params ("place", TG_TEST_STR ("Карьер «Восточный»"), NULL));
  g_assert_true (poll_changes (store));
  g_assert_no_error (error);
  g_assert_false (tg_store_poll_changes (store, &error));
  g_assert_no_error (error);
  more = tg_test_register (other, draft);
  g_assert_true (poll_changes (store));
  g_assert_false (tg_store_poll_changes (store, &error));

  /* What it rolled back was never committed. */
  g_assert_true (tg_store_begin (other, &error));
  tg_test_apply (other, &theirs, "edit-particulars", tg_test_params ("place", TG_TEST_STR ("Шахта «Ленина»"), NULL));
  tg_store_rollback (other);
  g_assert_false (tg_store_poll_changes (store, &error));
  g_assert_no_error (error);

  /* The other side sees our commit the same way. */
  g_assert_false (tg_store_poll_changes (other, &error));
  g_clear_object (&more);
  more = tg_test_register (store, draft);
  g_assert_true (poll_changes (other));
  g_assert_false (tg_store_poll_changes (store, &error));

  /* A closed store cannot be asked, and says so. */
  tg_store_close (other);
  g_assert_false (tg_store_poll_changes (other, &error));
  g_assert_error (error, TG_STORE_ERROR, TG_STORE_ERROR_FAILED);
  tg_test_remove_dir (dir);
}

static void
test_hostile_text (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autoptr(TgCase) draft = tg_test_make_case (1, 0, 0);
  g_autoptr(TgCase) kase = NULL;
  g_autoptr(TgCase) loaded = NULL;
  g_autoptr(TgCase) bad = tg_test_make_case (1, 0, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) longtext = g_string_new (NULL);
  const char *sql = "x'); DROP TABLE cases; -- \"\" % _ * ? \\ ";
  /* Tabs and line breaks are text; other C0 controls are refused (issue
   * 16, below). */
  const char *controls = "tab\there\nnew line \x7f end";
  guint count = 0;
  TgCaseQuery q = TG_CASE_QUERY_INIT;

  while (longtext->len < 2 * 1024 * 1024)
    g_string_append (longtext, "Әбдіқадыров Қайратжан ұзақ мәтін; ");
  tg_employer_set_name (tg_case_get_employer (draft), sql);
  tg_case_set_place (draft, controls);
  tg_case_set_circumstances (draft, longtext->str);
  kase = tg_test_register (store, draft);

  loaded = tg_store_load_case (store, tg_case_get_id (kase), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tg_employer_get_name (tg_case_get_employer (loaded)), ==, sql);
  g_assert_cmpstr (tg_case_get_place (loaded), ==, controls);
  g_assert_cmpstr (tg_case_get_circumstances (loaded), ==, longtext->str);
  q.search = sql;
  g_assert_true (tg_store_count_cases (store, &q, &count, &error));
  g_assert_no_error (error);

  /* Invalid UTF-8 is refused, with the field named. */
  tg_case_set_place (bad, "Цех \xff\xfe № 1");
  g_assert_null (tg_command_register (store, bad, &error));
  g_assert_error (error, TG_COMMAND_ERROR, TG_COMMAND_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "place: the text is not valid UTF-8"));
  g_clear_error (&error);

  tg_case_set_place (bad, "Цех\r\x01\x1b[31m № 1");
  g_assert_null (tg_command_register (store, bad, &error));
  g_assert_error (error, TG_COMMAND_ERROR, TG_COMMAND_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "place: the text holds a control character (U+000D)"));

  tg_test_remove_dir (dir);
}

/* Sub-objects a command creates (the commission, by its first member),
 * and items that get their ids from the command. */
static void
test_save_adds_parts (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autoptr(TgCase) draft = tg_test_make_case (0, 0, 4);
  g_autoptr(TgCase) kase = NULL;
  g_autoptr(TgCase) after = NULL;
  g_autoptr(TgInfoRequest) loaded_r = NULL;
  g_autoptr(TgCase) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(TgCommandOutcome) outcome = { FALSE, NULL, -1 };

  kase = tg_test_register (store, draft);
  tg_test_apply (store, &kase, "route", NULL);
  g_assert_null (tg_investigation_get_commission (tg_case_get_investigation (kase)));
  tg_test_form_commission (store, &kase, 3);
  g_assert_nonnull (tg_investigation_get_commission (tg_case_get_investigation (kase)));
  after = tg_command_run (store, tg_case_get_id (kase), tg_case_get_revision (kase), "request",
                          tg_test_params ("to", TG_TEST_STR ("ТОО «Сарыарка Көмір»"),
                                          "subject", TG_TEST_STR ("Журналы"), NULL),
                          &outcome, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (outcome.item_id, ==, "r1");
  g_set_object (&kase, after);

  /* Appointing allocates the order number. */
  tg_test_apply (store, &kase, "appoint", NULL);
  loaded = tg_store_load_case (store, tg_case_get_id (kase), &error);
  g_assert_cmpstr (tg_commission_get_order_number (tg_investigation_get_commission (tg_case_get_investigation (loaded))), ==, "1-к");
  g_assert_cmpstr (tg_commission_get_order_date (tg_investigation_get_commission (tg_case_get_investigation (loaded))), ==, "2026-11-19");
  g_assert_cmpint (tg_case_get_state (loaded), ==, TG_STATE_COMMITTEE_INVESTIGATION);
  loaded_r = g_list_model_get_item (G_LIST_MODEL (tg_case_get_requests (loaded)), 0);
  g_assert_cmpstr (tg_info_request_get_subject (loaded_r), ==, "Журналы");
  tg_test_remove_dir (dir);
}

/* A case that arrives with its own numbers and history (import, demo). */
static void
test_insert_keeps_sequences (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autoptr(TgCase) kase = tg_test_make_case (0, 0, 4);
  g_autoptr(TgCase) draft = tg_test_make_case (0, 0, 4);
  g_autoptr(TgCase) next = NULL;
  g_autoptr(TgHistoryEntry) h = tg_history_entry_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *deadline = NULL;
  TgCommission *com;

  tg_case_set_id (kase, "6f1c2a4e-8d3b-4c1a-9e2f-0a7b5c3d1e90");
  tg_case_set_number (kase, "08-2026-00042");
  tg_case_set_state (kase, TG_STATE_COMMISSION_PENDING);
  tg_test_add_commission (kase, 3);
  com = tg_investigation_get_commission (tg_case_get_investigation (kase));
  tg_commission_set_order_number (com, "214-к");
  tg_commission_set_order_date (com, "2026-11-18");
  tg_history_entry_set_at (h, "2026-11-18T16:40:00+05:00");
  tg_history_entry_set_actor (h, "LI-08");
  tg_history_entry_set_action (h, "route");
  tg_history_entry_set_after (h, "commission-pending");
  g_list_store_append (tg_case_get_history (kase), h);
  g_assert_true (tg_store_insert_case (store, kase, &error));
  g_assert_no_error (error);

  /* Waiting since the 18th (Wednesday): due one working day later. */
  deadline = tg_store_case_deadline (store, "08-2026-00042", &error);
  g_assert_cmpstr (deadline, ==, "2026-11-19");

  /* The next local number and order follow the imported ones. */
  next = tg_test_register (store, draft);
  g_assert_cmpstr (tg_case_get_number (next), ==, "08-2026-00043");
  tg_test_apply (store, &next, "route", NULL);
  tg_test_form_commission (store, &next, 3);
  tg_test_apply (store, &next, "appoint", NULL);
  com = tg_investigation_get_commission (tg_case_get_investigation (next));
  g_assert_cmpstr (tg_commission_get_order_number (com), ==, "215-к");
  tg_test_remove_dir (dir);
}

/* Bulk work nests flat: a call inside that fails leaves its half-written
 * rows, so the whole transaction must go, and commit says so. */
static void
test_bulk_failure_dooms_all (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autoptr(TgCase) first = tg_test_make_case (1, 0, 0);
  g_autoptr(TgCase) second = tg_test_make_case (1, 0, 0);
  g_autoptr(TgCase) after = tg_test_make_case (1, 0, 0);
  g_autoptr(GError) error = NULL;
  TgCaseQuery all = TG_CASE_QUERY_INIT;
  guint count = 1;

  tg_case_set_id (first, "00000000-0000-4000-8000-000000000001");
  tg_case_set_number (first, "08-2026-00001");
  tg_case_set_id (second, "00000000-0000-4000-8000-000000000002");
  tg_case_set_number (second, "08-2026-00001");   /* taken by the first */

  g_assert_true (tg_store_begin (store, &error));
  g_assert_true (tg_store_insert_case (store, first, &error));
  g_assert_false (tg_store_insert_case (store, second, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (tg_store_commit (store, &error));
  g_assert_error (error, TG_STORE_ERROR, TG_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_true (tg_store_count_cases (store, &all, &count, &error));
  g_assert_cmpuint (count, ==, 0);

  /* The store is usable again, with savepoints outside bulk work. */
  g_object_unref (tg_test_register (store, after));
  g_assert_true (tg_store_count_cases (store, &all, &count, &error));
  g_assert_cmpuint (count, ==, 1);
  tg_test_remove_dir (dir);
}

/* Issue 17: a location names its engine; a server's is never taken for a
 * file name, and its password is never shown. */
static void
test_location (void)
{
  static const struct
  {
    const char *location;
    TgStoreLocationKind kind;
    const char *shown;
    const char *name;   /* in the window's title */
  } cases[] = {
    { "/home/a/cases.db", TG_STORE_LOCATION_FILE, "/home/a/cases.db", "cases.db" },
    { "cases.db", TG_STORE_LOCATION_FILE, "cases.db", "cases.db" },
    { "C:/x=y.db", TG_STORE_LOCATION_FILE, "C:/x=y.db", "x=y.db" },
    { "./host=x.db", TG_STORE_LOCATION_FILE, "./host=x.db", "host=x.db" },
    { "postgresql://office/tergeu", TG_STORE_LOCATION_SERVER, "postgresql://office/tergeu", "tergeu · office" },
    /* libpq reads its schemes in lower case only; Tergeu in any */
    { "POSTGRES://ali@office:5433/tergeu", TG_STORE_LOCATION_SERVER, "POSTGRES://ali@office:5433/tergeu",
      "tergeu · office:5433" },
    { "PostgreSQL://office/tergeu", TG_STORE_LOCATION_SERVER, "PostgreSQL://office/tergeu", "tergeu · office" },
    { "postgres://ali@office:5433/tergeu", TG_STORE_LOCATION_SERVER, "postgres://ali@office:5433/tergeu",
      "tergeu · office:5433" },
    { "postgresql://ali:s3cret@office/tergeu?sslmode=require", TG_STORE_LOCATION_SERVER,
      "postgresql://ali@office/tergeu?sslmode=require", "tergeu · office" },
    { "postgresql:///tergeu?host=/run/pg&password=s3cret&user=ali", TG_STORE_LOCATION_SERVER,
      "postgresql:///tergeu?host=/run/pg&user=ali", "tergeu" },
    { "host=office dbname=tergeu", TG_STORE_LOCATION_SERVER, "host=office dbname=tergeu", "tergeu · office" },
    { "  dbname = tergeu password='it\\'s' user=ali", TG_STORE_LOCATION_SERVER, "dbname = tergeu user=ali",
      "tergeu" },
    { "service=tergeu", TG_STORE_LOCATION_SERVER, "service=tergeu", "tergeu" },
    { "host=office port=5432 dbname='кейстер 2026'", TG_STORE_LOCATION_SERVER,
      "host=office port=5432 dbname='кейстер 2026'", "кейстер 2026 · office" },
    /* libpq cannot read it: shown as it is */
    { "host=office dbname='tergeu", TG_STORE_LOCATION_SERVER, "host=office dbname='tergeu",
      "host=office dbname='tergeu" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *shown = tg_store_location_dup_display (cases[i].location);
      g_autofree char *name = tg_store_location_dup_name (cases[i].location);

      g_assert_cmpint (tg_store_location_kind (cases[i].location), ==, cases[i].kind);
      g_assert_cmpstr (shown, ==, cases[i].shown);
      g_assert_cmpstr (name, ==, cases[i].name);
    }
}

/* A server location is never a file: one that carries a password is
 * refused (Tergeu never takes one), without repeating it, and nothing
 * appears on disk under its name. */
static void
test_location_refused (void)
{
  g_autofree char *dir = g_dir_make_tmp ("tergeu-location-XXXXXX", NULL);
  g_autofree char *cwd = g_get_current_dir ();
  const char *const servers[] = { "postgresql://ali:s3cret@office/tergeu", "host=office dbname=tergeu password=s3cret" };

  g_assert_cmpint (g_chdir (dir), ==, 0);
  for (gsize i = 0; i < G_N_ELEMENTS (servers); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TgStore) store = tg_store_open (servers[i], &error);
      g_autoptr(GDir) listing = NULL;

      g_assert_null (store);
      g_assert_error (error, TG_STORE_ERROR, TG_STORE_ERROR_OPEN);
      g_assert_nonnull (strstr (error->message, "office"));
      g_assert_null (strstr (error->message, "s3cret"));
      g_clear_error (&error);
      g_assert_false (tg_store_is_database (servers[i], &error));
      g_assert_error (error, TG_STORE_ERROR, TG_STORE_ERROR_OPEN);
      listing = g_dir_open (dir, 0, NULL);
      g_assert_null (g_dir_read_name (listing));
    }
  g_assert_cmpint (g_chdir (cwd), ==, 0);
  tg_test_remove_dir (dir);
}

/* The people of earlier commissions, each once, in Kazakh order, as the
 * latest case that names them has them. */
static void
test_commission_people (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(TgCase) draft = tg_test_make_case (0, 1, 4);
      g_autoptr(TgCase) kase = tg_test_register (store, draft);

      tg_test_apply (store, &kase, "route", NULL);
      tg_test_form_commission (store, &kase, 1 + i);
    }
  people = tg_store_list_commission_people (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (people->len, ==, 3);
  for (guint i = 0; i < people->len; i++)
    {
      g_autofree char *name = g_strdup_printf ("Омаров Данияр %u", i);

      g_assert_cmpstr (tg_member_get_full_name (people->pdata[i]), ==, name);
      g_assert_cmpstr (tg_member_get_organization (people->pdata[i]), ==, "Комитет");
    }
  tg_test_remove_dir (dir);
}

/* What an office server leaves to its administrator is refused in words,
 * never with the server's SQL errors: backups of a file's kind. */
static void
test_server_refusals (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *dest = NULL;
  g_autoptr(GPtrArray) backups = NULL;

  if (!tg_test_on_server ())
    {
      g_test_skip ("an SQLite file imports and is backed up (test-exchange-import, test-backup)");
      tg_test_remove_dir (dir);
      return;
    }
  dest = g_build_filename (dir, "copy.db", NULL);
  g_assert_false (tg_backup_create (tg_store_get_path (store), dest, &error));
  g_assert_nonnull (strstr (error->message, "pg_dump"));
  g_clear_error (&error);
  g_assert_true (tg_backup_daily (tg_store_get_path (store), 3, &error));
  g_assert_no_error (error);
  backups = tg_backup_list (tg_store_get_path (store));
  g_assert_cmpuint (backups->len, ==, 0);
  g_assert_true (tg_store_set_cache_size (store, 1000, &error));
  g_assert_no_error (error);
  tg_test_remove_dir (dir);
}

/* A login with the reader's role reads, and a change it may not make is
 * refused naming the login and whom to ask, never as a raw SQL error. */
static void
test_server_reader (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autoptr(TgStore) reader = NULL;
  g_autoptr(TgCase) draft = tg_test_make_case (1, 0, 0);
  g_autoptr(TgCase) kase = NULL;
  g_autoptr(TgCase) refused = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) location = NULL;
  TgCaseQuery q = TG_CASE_QUERY_INIT;
  guint count = 0;

  if (!tg_test_on_server ())
    {
      g_test_skip ("the server's roles (a file is the reader's to write)");
      tg_test_remove_dir (dir);
      return;
    }
  kase = tg_test_register (store, draft);
  location = g_string_new (tg_store_get_path (store));
  g_string_replace (location, "user=desk", "user=postgres", 1);
  tg_test_pg_create_login ("reader1");
  g_assert_true (tg_pg_server_grant (location->str, "reader1", TG_SERVER_ROLE_READER, &error));
  g_assert_no_error (error);
  g_string_replace (location, "user=postgres", "user=reader1", 1);
  reader = tg_store_open (location->str, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tg_store_get_actor (reader), ==, "reader1");
  g_assert_true (tg_store_count_cases (reader, &q, &count, &error));
  g_assert_cmpuint (count, ==, 1);
  refused = tg_command_run (reader, tg_case_get_number (kase), tg_case_get_revision (kase), "edit-particulars",
                            tg_test_params ("place", TG_TEST_STR ("Цех № 2"), NULL), NULL, &error);
  g_assert_null (refused);
  g_assert_error (error, TG_STORE_ERROR, TG_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "reader1"));
  g_assert_nonnull (strstr (error->message, "server grant"));
  tg_test_remove_dir (dir);
}

/* The last hash of @number's chain in @store, and its length. */
static char *
chain_head (TgStore    *store,
            const char *number,
            guint      *n_entries)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TgCase) kase = tg_store_load_case (store, number, &error);
  GListModel *history;
  g_autoptr(TgHistoryEntry) last = NULL;

  g_assert_no_error (error);
  history = G_LIST_MODEL (tg_case_get_history (kase));
  *n_entries = g_list_model_get_n_items (history);
  last = g_list_model_get_item (history, *n_entries - 1);
  return g_strdup (tg_history_entry_get_hash (last));
}

static void
assert_verifies (TgStore *store)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;

  g_assert_true (tg_store_verify (store, problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
}

/* @to holds @from's cases, each with the same chain. */
static void
assert_same_cases (TgStore *from,
                   TgStore *to)
{
  TgCaseQuery query = TG_CASE_QUERY_INIT;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) theirs = tg_store_list_cases (from, &query, 0, 1000, &error);
  g_autoptr(GPtrArray) ours = tg_store_list_cases (to, &query, 0, 1000, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (ours->len, ==, theirs->len);
  for (guint i = 0; i < theirs->len; i++)
    {
      const char *number = ((TgCaseSummary *) theirs->pdata[i])->number;
      guint n_from = 0, n_to = 0;
      g_autofree char *head_from = chain_head (from, number, &n_from);
      g_autofree char *head_to = chain_head (to, number, &n_to);

      g_assert_cmpstr (((TgCaseSummary *) ours->pdata[i])->number, ==, number);
      g_assert_cmpuint (n_to, ==, n_from);
      g_assert_cmpstr (head_to, ==, head_from);
    }
}

/* Issue 17: a database moved whole — to the office server and back, when
 * the suite runs there; file to file otherwise — keeps every case with
 * the chain it was hashed with, verifies, takes new work with fresh row
 * ids, and is only ever copied into an empty database. */
static void
test_copy (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) source = tg_test_open_store (&dir);
  g_autofree char *middle_location = NULL;
  g_autofree char *back_location = g_build_filename (dir, "back.db", NULL);
  g_autoptr(TgStore) middle = NULL;
  g_autoptr(TgStore) back = NULL;
  g_autoptr(GError) error = NULL;
  guint64 n_cases = 0;

  guint8 every_byte[512];
  /* What the server's COPY must carry as it is: its own separators and
   * escapes in text, and every byte in a document. */
  const char *awkward = "Цех\t№ 3\nучасток \\N, \\x41; \\\\ «Тентек»";
  g_autoptr(TgCase) kept = NULL;
  g_autoptr(TgCaseDocument) doc = NULL;
  g_autoptr(GBytes) content = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (every_byte); i++)
    every_byte[i] = (guint8) (i * 7);
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(TgCase) draft = tg_test_make_case (1 + i % 2, 0, i == 3 ? 1 : 0);
      g_autoptr(TgCase) kase = tg_test_register (source, draft);

      g_assert_nonnull (kase);
      if (i == 2)
        {
          tg_test_apply (source, &kase, "edit-particulars", tg_test_params ("place", TG_TEST_STR (awkward), NULL));
          tg_test_apply (source, &kase, "attach",
                         tg_test_params ("title", TG_TEST_STR ("Протокол\tосмотра"),
                                         "file-name", TG_TEST_STR ("osmotr.bin"),
                                         "media-type", TG_TEST_STR ("application/octet-stream"),
                                         "content", g_variant_new_fixed_array (G_VARIANT_TYPE_BYTE, every_byte,
                                                                               sizeof every_byte, 1),
                                         NULL));
        }
    }
  /* On the server the source is there: the copy goes to a file, then
   * into a second server database. On a file run: file, file, file. */
  middle_location = g_build_filename (dir, "middle.db", NULL);
  middle = tg_store_open (middle_location, &error);
  g_assert_no_error (error);
  g_assert_true (tg_store_copy (source, middle, NULL, NULL, &n_cases, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_cases, ==, 4);
  assert_verifies (middle);
  assert_same_cases (source, middle);
  /* The words found inside are the destination's own, made from what
   * came (tg-store-search.c). */
  {
    TgCaseQuery q = TG_CASE_QUERY_INIT;

    q.search = "ризонт";
    g_assert_cmpuint (count_of (source, &q), ==, 3);
    g_assert_cmpuint (count_of (middle, &q), ==, 3);
  }

  if (tg_test_on_server ())
    {
      g_free (back_location);
      back_location = tg_test_server_location ();
    }
  back = tg_store_open (back_location, &error);
  g_assert_no_error (error);
  tg_store_copy (middle, back, NULL, NULL, &n_cases, &error);
  g_assert_no_error (error);
  assert_verifies (back);
  assert_same_cases (source, back);
  {
    TgCaseQuery q = TG_CASE_QUERY_INIT;

    q.search = "ентек";
    g_assert_cmpuint (count_of (back, &q), ==, 4);
  }

  kept = tg_store_load_case (back, "08-2026-00003", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tg_case_get_place (kept), ==, awkward);
  doc = g_list_model_get_item (G_LIST_MODEL (tg_case_get_documents (kept)), 0);
  content = tg_store_load_document_content (back, tg_case_get_id (kept), tg_case_document_get_id (doc), &error);
  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (content, NULL), g_bytes_get_size (content), every_byte, sizeof every_byte);
  {
    g_autofree char *theirs = tg_test_statistics (source);
    g_autofree char *ours = tg_test_statistics (back);

    g_assert_cmpstr (ours, ==, theirs);
  }

  /* New work after a copy: the next number, a chain of its own. */
  {
    g_autoptr(TgCase) draft = tg_test_make_case (1, 0, 0);
    g_autoptr(TgCase) kase = tg_test_register (back, draft);

    g_assert_nonnull (kase);
    assert_verifies (back);
  }

  /* Into a database with cases: refused, nothing written. */
  g_assert_false (tg_store_copy (source, back, NULL, NULL, &n_cases, &error));
  g_assert_error (error, TG_STORE_ERROR, TG_STORE_ERROR_REFUSED);
  assert_verifies (back);
  g_clear_object (&back);
  g_clear_object (&middle);
  g_clear_object (&source);
  tg_test_remove_dir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("TERGEU_TODAY", "2026-11-19", TRUE);
  g_test_add_func ("/store/round-trip", test_round_trip);
  g_test_add_func ("/store/bulk-failure-dooms-all", test_bulk_failure_dooms_all);
  g_test_add_func ("/store/numbers-without-gaps", test_numbers_without_gaps);
  g_test_add_func ("/store/later-death-escalates", test_later_death_escalates);
  g_test_add_func ("/store/revision-conflict", test_revision_conflict);
  g_test_add_func ("/store/failed-actions-change-nothing", test_failed_actions_change_nothing);
  g_test_add_func ("/store/tampered-history", test_tampered_history);
  g_test_add_func ("/store/schema-versions", test_schema_versions);
  g_test_add_func ("/store/lists-and-search", test_lists_and_search);
  g_test_add_func ("/store/needs-action", test_needs_action);
  g_test_add_func ("/store/search-common-words", test_search_common_words);
  g_test_add_func ("/store/search-paths", test_search_paths);
  g_test_add_func ("/store/search-with-filters", test_search_with_filters);
  g_test_add_func ("/store/search-closed", test_search_closed);
  g_test_add_func ("/store/search-removed", test_search_removed);
  g_test_add_func ("/store/search-inside", test_search_inside);
  g_test_add_func ("/store/search-inside-many", test_search_inside_many);
  g_test_add_func ("/store/search-cache", test_search_cache);
  g_test_add_func ("/store/poll-changes", test_poll_changes);
  g_test_add_func ("/store/hostile-text", test_hostile_text);
  g_test_add_func ("/store/save-adds-parts", test_save_adds_parts);
  g_test_add_func ("/store/insert-keeps-sequences", test_insert_keeps_sequences);
  g_test_add_func ("/store/copy", test_copy);
  g_test_add_func ("/store/location", test_location);
  g_test_add_func ("/store/location-refused", test_location_refused);
  g_test_add_func ("/store/server-refusals", test_server_refusals);
  g_test_add_func ("/store/server-reader", test_server_reader);
  g_test_add_func ("/store/commission-people", test_commission_people);
  return g_test_run ();
}
