/* test-case-documents.c — the order, decision, request and case card of a
 * committee case, in Kazakh and Russian, as PDF
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-case-documents"

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "tg-case-documents.h"
#include "tg-case-documents-private.h"
#include "tg-document-date-format.h"
#include "tg-dates.h"
#include "tg-dispute.h"
#include "tg-history-render.h"
#include "tg-info-request.h"
#include "tg-member.h"
#include "tg-test-util.h"
#include "tg-victim.h"

/* The Committee appoints on this day (TERGEU_TODAY), so the order's date
 * and due date are known. */
#define TODAY "2026-11-19"

typedef struct
{
  char         *dir;
  TgStore      *store;
  TgCase       *kase;
  GHashTable   *settings;
  TgDocSources  sources;
} Fixture;

/* What documents are given, as the store holds it now (the tests change
 * settings between documents). */
static const TgDocSources *
sources_of (Fixture *f)
{
  g_clear_pointer (&f->settings, g_hash_table_unref);
  f->settings = tg_store_dup_settings (f->store);
  f->sources.settings = f->settings;
  f->sources.calendar = tg_store_get_calendar (f->store);
  return &f->sources;
}

/* The victims of ../shared/spec/example-case-file.xml (valid IINs). */
static const struct
{
  const char *id, *name, *iin, *birth, *occupation, *injury, *died;
  TgSex       sex;
  TgSeverity  severity;
} victims[] = {
  { "v1", "Ахметов Серік Болатұлы", "750612301119", "1975-06-12", "горнорабочий очистного забоя",
    "асфиксия", "2026-11-18", TG_SEX_MALE, TG_SEVERITY_FATAL },
  { "v2", "Исаева Гүлнар Маратқызы", "801204402225", "1980-12-04", "машинист подземных установок",
    "асфиксия", "2026-11-18", TG_SEX_FEMALE, TG_SEVERITY_FATAL },
  { "v3", "Петренко Виктор Иванович", "690303303330", "1969-03-03", "горный мастер",
    "асфиксия", "2026-11-18", TG_SEX_MALE, TG_SEVERITY_FATAL },
  { "v4", "Жұмабаев Ерлан Қайратұлы", "930823304447", "1993-08-23", "проходчик",
    "отравление метаном, асфиксия", "2026-11-19", TG_SEX_MALE, TG_SEVERITY_FATAL },
  { "v5", "Сейітов Нұрлан Асқарұлы", "010101505551", "2001-01-01", "электрослесарь подземный",
    "ушиб грудной клетки", NULL, TG_SEX_MALE, TG_SEVERITY_LIGHT },
};

static const struct
{
  TgRole      role;
  const char *name, *position, *organization;
} example_members[] = {
  { TG_ROLE_CHAIR, "Омаров Данияр Сәкенұлы", "заместитель председателя Комитета",
    "Комитет государственной инспекции труда" },
  { TG_ROLE_DEPUTY_CHAIR, "Ким Андрей Викторович",
    "главный государственный инспектор труда Карагандинской области",
    "Управление инспекции труда Карагандинской области" },
  { TG_ROLE_MEMBER, "Бекова Әсел Ержанқызы", "директор по промышленной безопасности",
    "ТОО «Сарыарка Көмір»" },
  { TG_ROLE_MEMBER, "Тоқтаров Бауыржан Серікұлы", "председатель профсоюзного комитета",
    "Профсоюз горняков шахты «Тентек»" },
};

static const char * const surnames[] = {
  "Сейітқали", "Жұмабаев", "Өтегенов", "Қуанышбаев", "Әлиев", "Иванов", "Нұрғалиев", "Шәріпов",
};
static const char * const given[] = { "Ерлан", "Бауыржан", "Сергей", "Әсет", "Қайрат", "Данияр" };

static TgCase *
new_case (void)
{
  TgCase *kase = tg_case_new ();
  TgEmployer *e = tg_case_get_employer (kase);

  tg_case_set_region (kase, "08");
  tg_employer_set_name (e, "ТОО «Сарыарка Көмір»");
  tg_employer_set_bin (e, "170340001238");
  tg_employer_set_activity (e, "05.10");
  tg_employer_set_address (e, "Қарағанды облысы, Шахтинск қ., Индустриальная к-сі, 14");
  tg_case_set_occurred (kase, "2026-11-18T14:30:00+05:00");
  tg_case_set_reported (kase, "2026-11-18T16:05:00+05:00");
  tg_case_set_place (kase, "Шахта «Тентек», 3-горизонт, 12-лава");
  tg_case_set_circumstances (kase, "Внезапный выброс метана и угольной пыли в очистном забое "
                             "во время смены.");
  tg_case_set_hazardous_facility (kase, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (victims); i++)
    {
      g_autoptr(TgVictim) v = tg_victim_new ();

      tg_victim_set_id (v, victims[i].id);
      tg_victim_set_full_name (v, victims[i].name);
      tg_victim_set_iin (v, victims[i].iin);
      tg_victim_set_birth_date (v, victims[i].birth);
      tg_victim_set_sex (v, victims[i].sex);
      tg_victim_set_occupation (v, victims[i].occupation);
      tg_victim_set_injury (v, victims[i].injury);
      tg_victim_set_severity (v, victims[i].severity);
      tg_victim_set_died_on (v, victims[i].died);
      g_list_store_append (tg_case_get_victims (kase), v);
    }
  return kase;
}

static TgMember *
new_member (TgRole      role,
            const char *name,
            const char *position,
            const char *organization)
{
  TgMember *m = tg_member_new ();

  tg_member_set_role (m, role);
  tg_member_set_full_name (m, name);
  tg_member_set_position (m, position);
  tg_member_set_organization (m, organization);
  return m;
}

/* The example's four members, then made-up ones up to @n_members. */
static TgCommission *
new_commission (guint n_members)
{
  TgCommission *com = tg_commission_new ();

  for (guint i = 0; i < n_members; i++)
    {
      g_autoptr(TgMember) m = NULL;

      if (i < G_N_ELEMENTS (example_members))
        m = new_member (example_members[i].role, example_members[i].name,
                        example_members[i].position, example_members[i].organization);
      else
        {
          g_autofree char *name = g_strdup_printf ("%s %s %s", surnames[i % G_N_ELEMENTS (surnames)],
                                                   given[i % G_N_ELEMENTS (given)], "Серікұлы");

          m = new_member (i % 7 == 6 ? TG_ROLE_SECRETARY : TG_ROLE_MEMBER, name,
                          "бас мемлекеттік еңбек инспекторы",
                          "Қарағанды облысы бойынша еңбек инспекциясы басқармасы");
        }
      g_list_store_append (tg_commission_get_members (com), m);
    }
  return com;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TgCase) draft = new_case ();
  g_autofree char *db = NULL;

  f->dir = g_dir_make_tmp ("tergeu-case-documents-XXXXXX", &error);
  g_assert_no_error (error);
  db = g_build_filename (f->dir, "cases.db", NULL);
  f->store = tg_store_open (db, &error);
  g_assert_no_error (error);
  f->kase = tg_test_register (f->store, draft);
  tg_test_apply (f->store, &f->kase, "route", NULL);
  g_assert_cmpint (tg_case_get_state (f->kase), ==, TG_STATE_COMMISSION_PENDING);
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_assert_no_errno (g_remove (path));
    }
  g_assert_no_errno (g_rmdir (dir));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->kase);
  if (f->store != NULL)
    tg_store_close (f->store);
  g_clear_object (&f->store);
  g_clear_pointer (&f->settings, g_hash_table_unref);
  remove_tree (f->dir);
  g_free (f->dir);
}

/* Forms the commission member by member and has the Committee appoint
 * it: the "appoint" command gives the order its number and date. */
static void
appoint (Fixture *f,
         guint    n_members)
{
  g_autoptr(TgCommission) formed = new_commission (n_members);
  GListModel *members = G_LIST_MODEL (tg_commission_get_members (formed));
  TgCommission *com;

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(TgMember) m = g_list_model_get_item (members, i);
      tg_test_apply (f->store, &f->kase, "member-add", tg_test_member_params (m));
    }
  tg_test_apply (f->store, &f->kase, "appoint", NULL);
  g_assert_cmpint (tg_case_get_state (f->kase), ==, TG_STATE_COMMITTEE_INVESTIGATION);
  com = tg_investigation_get_commission (tg_case_get_investigation (f->kase));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tg_commission_get_members (com))), ==, n_members);
  g_assert_nonnull (tg_commission_get_order_number (com));
  g_assert_cmpstr (tg_commission_get_order_date (com), ==, TODAY);
}

/* ------------------------------------------------------------ helpers */

static gboolean
have_poppler (void)
{
  g_autofree char *a = g_find_program_in_path ("pdftotext");
  g_autofree char *b = g_find_program_in_path ("pdffonts");

  return a != NULL && b != NULL;
}

static char *
run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
  return out;
}

static char *
write_pdf (Fixture    *f,
           TgDocument *doc,
           const char *name)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->dir, name, NULL);

  g_assert_true (tg_document_write_pdf (doc, path, &error));
  g_assert_no_error (error);
  if (g_getenv ("TERGEU_KEEP_PDF") != NULL)
    {
      g_autofree char *copy = g_build_filename (g_getenv ("TERGEU_KEEP_PDF"), name, NULL);
      g_autofree char *bytes = NULL;
      gsize len;

      g_assert_true (g_file_get_contents (path, &bytes, &len, NULL));
      g_assert_true (g_file_set_contents (copy, bytes, len, NULL));
    }
  return path;
}

/* The text in drawing order (-raw: a justified line is not taken for
 * columns), every run of white space made one space, so that a phrase is
 * found wherever the lines broke. */
static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-raw", "-enc", "UTF-8", path, "-", NULL };
  g_autofree char *raw = run_tool (argv);
  g_autoptr(GString) out = g_string_new (raw);
  g_auto(GStrv) words = NULL;
  GString *text = g_string_new (NULL);

  g_string_replace (out, "\u00a0", " ", 0);
  words = g_strsplit_set (out->str, " \n\f\t", -1);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_string_append_printf (text, "%s%s", text->len > 0 ? " " : "", words[i]);
  return g_string_free (text, FALSE);
}

/* Every font listed by pdffonts is embedded ("emb" column is "yes"). */
static void
assert_fonts_embedded (const char *path)
{
  const char *argv[] = { "pdffonts", path, NULL };
  g_autofree char *out = run_tool (argv);
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  guint n_fonts = 0;

  for (guint i = 2; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit_set (g_strstrip (lines[i]), " ", -1);
      g_autoptr(GPtrArray) words = g_ptr_array_new ();

      for (guint w = 0; fields[w] != NULL; w++)
        if (*fields[w] != '\0')
          g_ptr_array_add (words, fields[w]);
      if (words->len == 0)
        continue;
      g_assert_cmpuint (words->len, >=, 8);
      g_assert_cmpstr (g_ptr_array_index (words, words->len - 5), ==, "yes");
      n_fonts++;
    }
  g_assert_cmpuint (n_fonts, >, 0);
}

static void
assert_contains (const char *text,
                 const char *needle)
{
  if (strstr (text, needle) == NULL)
    g_test_message ("“%s” is not in the document: %s", needle, text);
  g_assert_nonnull (strstr (text, needle));
}

static char *
official (const char *iso,
          const char *lang,
          TgDateForm  form)
{
  GDate date;

  g_assert_true (tg_date_parse (iso, &date));
  return tg_date_format_official (&date, lang, form);
}

/* The checks every document passes: all glyphs drawn, fonts embedded;
 * returns the text. */
static char *
render (Fixture    *f,
        TgDocument *doc,
        const char *name)
{
  g_autofree char *path = NULL;

  g_assert_nonnull (doc);
  g_assert_cmpuint (tg_document_get_n_pages (doc), >=, 1);
  g_assert_cmpuint (tg_document_get_unknown_glyphs (doc), ==, 0);
  path = write_pdf (f, doc, name);
  if (!have_poppler ())
    return NULL;
  assert_fonts_embedded (path);
  return pdf_text (path);
}

/* -------------------------------------------------------------- order */

static void
assert_order_text (Fixture    *f,
                   const char *text,
                   const char *lang)
{
  TgInvestigation *inv = tg_case_get_investigation (f->kase);
  TgCommission *com = tg_investigation_get_commission (inv);
  GListModel *members = G_LIST_MODEL (tg_commission_get_members (com));
  gboolean kk = g_str_equal (lang, "kk");
  g_autofree char *due = official (tg_investigation_get_due (inv), lang,
                                   kk ? TG_DATE_FORM_DATIVE : TG_DATE_FORM_PLAIN);
  g_autofree char *order_date = official (TODAY, lang, kk ? TG_DATE_FORM_ATTRIBUTIVE
                                                          : TG_DATE_FORM_PLAIN);

  assert_contains (text, kk ? "БҰЙРЫҚ" : "ПРИКАЗ");
  assert_contains (text, kk ? "БҰЙЫРАМЫН:" : "ПРИКАЗЫВАЮ:");
  assert_contains (text, kk ? "МИНИСТРЛІГІНІҢ БАҚЫЛАУ ЖӘНЕ ӘЛЕУМЕТТІК ҚОРҒАУ КОМИТЕТІ"
                            : "КОМИТЕТ ПО КОНТРОЛЮ И СОЦИАЛЬНОЙ ЗАЩИТЕ МИНИСТЕРСТВА ТРУДА");
  assert_contains (text, kk ? "Астана қаласы" : "город Астана");
  assert_contains (text, tg_commission_get_order_number (com));
  assert_contains (text, order_date);
  assert_contains (text, due);
  assert_contains (text, kk ? "2026 жылғы 18 қарашада" : "18 ноября 2026 года");
  assert_contains (text, kk ? "4 адамның қаза болуына" : "гибель 4 человек");
  assert_contains (text, kk ? "Комиссиядағы" : "Роль в комиссии");
  assert_contains (text, "ТОО «Сарыарка Көмір»");
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(TgMember) m = g_list_model_get_item (members, i);

      assert_contains (text, tg_member_get_full_name (m));
    }
}

static void
test_order (Fixture       *f,
            gconstpointer  data)
{
  static const char * const langs[] = { "kk", "ru" };

  appoint (f, 4);
  for (guint i = 0; i < G_N_ELEMENTS (langs); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TgDocument) doc = tg_document_new_order (sources_of (f), f->kase, langs[i], &error);
      g_autofree char *name = g_strdup_printf ("order-%s.pdf", langs[i]);
      g_autofree char *text = NULL;

      g_assert_no_error (error);
      text = render (f, doc, name);
      if (text != NULL)
        assert_order_text (f, text, langs[i]);
    }
}

/* The settings print; a blank chairman and control official print as a
 * line to fill in. */
static void
test_order_settings (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TgDocument) blank = NULL;
  g_autoptr(TgDocument) doc = NULL;
  g_autofree char *text = NULL;

  appoint (f, 4);
  blank = tg_document_new_order (sources_of (f), f->kase, "kk", &error);
  g_assert_no_error (error);
  text = render (f, blank, "order-blank.pdf");
  if (text != NULL)
    {
      assert_contains (text, "бақылау ____________ жүктелсін");
      assert_contains (text, "____________ ____________");
    }
  g_clear_pointer (&text, g_free);

  g_assert_true (tg_store_set_setting (f->store, "chairman", "Н. Ж. Әміров", &error));
  g_assert_true (tg_store_set_setting (f->store, "control-official",
                                       "Комитет төрағасының орынбасары Ә. Б. Сейітовке", &error));
  g_assert_true (tg_store_set_setting (f->store, "committee-name-ru",
                                       "Комитет государственной инспекции труда", &error));
  g_assert_no_error (error);
  doc = tg_document_new_order (sources_of (f), f->kase, "ru", &error);
  g_assert_no_error (error);
  text = render (f, doc, "order-settings.pdf");
  if (text != NULL)
    {
      assert_contains (text, "КОМИТЕТ ГОСУДАРСТВЕННОЙ ИНСПЕКЦИИ ТРУДА МИНИСТЕРСТВА ТРУДА И "
                             "СОЦИАЛЬНОЙ ЗАЩИТЫ");
      assert_contains (text, "Н. Ж. Әміров");
      assert_contains (text, "Ә. Б. Сейітовке");
    }
}

/* 40 members: the table runs over a page, and the signature shares its
 * page with the end of clause 5. */
static void
test_order_long (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TgDocument) doc = NULL;
  g_autofree char *text = NULL;
  guint signature;

  appoint (f, 40);
  doc = tg_document_new_order (sources_of (f), f->kase, "kk", &error);
  g_assert_no_error (error);
  text = render (f, doc, "order-40.pdf");
  g_assert_cmpuint (tg_document_get_n_pages (doc), >, 1);
  signature = tg_document_get_n_blocks (doc) - 1;
  g_assert_cmpint (tg_document_get_block_page (doc, signature), ==,
                   (int) tg_document_get_n_pages (doc) - 1);
  g_assert_cmpint (tg_document_get_block_end_page (doc, signature - 1), ==,
                   tg_document_get_block_page (doc, signature));
  if (text != NULL)
    assert_order_text (f, text, "kk");
}

static void
assert_same_file (const char *a,
                  const char *b)
{
  g_autofree char *bytes_a = NULL, *bytes_b = NULL;
  gsize len_a, len_b;

  g_assert_true (g_file_get_contents (a, &bytes_a, &len_a, NULL));
  g_assert_true (g_file_get_contents (b, &bytes_b, &len_b, NULL));
  g_assert_cmpmem (bytes_a, len_a, bytes_b, len_b);
}

/* The same case, loaded again, gives the same bytes. */
static void
test_order_stable (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TgDocument) a = NULL;
  g_autoptr(TgDocument) b = NULL;
  g_autoptr(TgCase) again = NULL;
  g_autofree char *path_a = NULL, *path_b = NULL;

  appoint (f, 12);
  again = tg_store_load_case (f->store, tg_case_get_number (f->kase), &error);
  g_assert_no_error (error);
  a = tg_document_new_order (sources_of (f), f->kase, "ru", &error);
  b = tg_document_new_order (sources_of (f), again, "ru", &error);
  g_assert_no_error (error);
  path_a = write_pdf (f, a, "stable-a.pdf");
  path_b = write_pdf (f, b, "stable-b.pdf");
  assert_same_file (path_a, path_b);
}

static void
test_order_refused (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TgDocument) doc = NULL;
  g_autoptr(TgCommission) com = NULL;

  g_assert_false (tg_printed_check (f->kase, TG_PRINTED_ORDER, NULL, &error));
  g_assert_error (error, TG_CASE_DOCUMENTS_ERROR, TG_CASE_DOCUMENTS_ERROR_NO_ORDER);
  g_clear_error (&error);
  g_assert_true (tg_printed_check (f->kase, TG_PRINTED_CARD, NULL, NULL));

  doc = tg_document_new_order (sources_of (f), f->kase, "kk", &error);
  g_assert_null (doc);
  g_assert_error (error, TG_CASE_DOCUMENTS_ERROR, TG_CASE_DOCUMENTS_ERROR_NO_ORDER);
  g_assert_nonnull (strstr (error->message, tg_case_get_number (f->kase)));
  g_assert_nonnull (strstr (error->message, "appoint the commission first"));
  g_clear_error (&error);

  /* A commission formed but not appointed has no order either. */
  com = new_commission (4);
  tg_investigation_set_commission (tg_case_get_investigation (f->kase), com);
  g_assert_null (tg_document_new_order (sources_of (f), f->kase, "ru", &error));
  g_assert_error (error, TG_CASE_DOCUMENTS_ERROR, TG_CASE_DOCUMENTS_ERROR_NO_ORDER);
  g_clear_error (&error);

  g_assert_null (tg_document_new_order (sources_of (f), f->kase, "en", &error));
  g_assert_error (error, TG_CASE_DOCUMENTS_ERROR, TG_CASE_DOCUMENTS_ERROR_LANGUAGE);
}

/* ------------------------------------------------- decision, request */

/* Files dispute @id by the employer and records both parties' positions
 * (it is then under review); a decided one is decided and appealed. */
static void
add_dispute (Fixture         *f,
             const char      *id,
             TgDisputeStatus  status,
             TgOutcome        outcome)
{
  GListModel *disputes;
  g_autoptr(TgDispute) d = NULL;

  tg_test_apply (f->store, &f->kase, "dispute-file",
                 tg_test_params ("filed-by", TG_TEST_STR (tg_enum_to_nick (TG_TYPE_PARTY, TG_PARTY_EMPLOYER)),
                                 "subject", TG_TEST_STR (tg_enum_to_nick (TG_TYPE_DISPUTE_SUBJECT,
                                                                          TG_DISPUTE_SUBJECT_INVESTIGATION)),
                                 "filed", TG_TEST_STR ("2026-11-20"),
                                 "due", TG_TEST_STR ("2026-12-11"),
                                 "claim", TG_TEST_STR ("Исключить из состава комиссии представителя профсоюза как "
                                                       "заинтересованное лицо."),
                                 NULL));
  tg_test_apply (f->store, &f->kase, "dispute-position",
                 tg_test_params ("dispute", TG_TEST_STR (id),
                                 "party", TG_TEST_STR (tg_enum_to_nick (TG_TYPE_PARTY, TG_PARTY_EMPLOYER)),
                                 "text", TG_TEST_STR ("Представитель профсоюза ранее судился с работодателем."),
                                 NULL));
  /* The trade union speaks for the workers. */
  tg_test_apply (f->store, &f->kase, "dispute-position",
                 tg_test_params ("dispute", TG_TEST_STR (id),
                                 "party", TG_TEST_STR (tg_enum_to_nick (TG_TYPE_PARTY, TG_PARTY_WORKER)),
                                 "text", TG_TEST_STR ("Участие работников в расследовании гарантировано законом."),
                                 NULL));
  if (status == TG_DISPUTE_STATUS_DECIDED)
    {
      tg_test_apply (f->store, &f->kase, "dispute-decide",
                     tg_test_params ("dispute", TG_TEST_STR (id),
                                     "outcome", TG_TEST_STR (tg_enum_to_nick (TG_TYPE_OUTCOME, outcome)),
                                     "decided-on", TG_TEST_STR ("2026-11-25"),
                                     "decided-by", TG_TEST_STR ("Н. Ж. Әміров"),
                                     "reasoning", TG_TEST_STR ("Трудовой кодекс (ст. 188 п. 3) включает представителя "
                                                               "работников в состав комиссии; иных оснований для "
                                                               "отвода нет."),
                                     NULL));
      tg_test_apply (f->store, &f->kase, "dispute-appeal",
                     tg_test_params ("dispute", TG_TEST_STR (id),
                                     "court", TG_TEST_STR ("Специализированный межрайонный экономический суд "
                                                           "города Астаны"),
                                     "filed", TG_TEST_STR ("2026-11-26"),
                                     NULL));
    }
  disputes = G_LIST_MODEL (tg_case_get_disputes (f->kase));
  d = g_list_model_get_item (disputes, g_list_model_get_n_items (disputes) - 1);
  g_assert_cmpstr (tg_dispute_get_id (d), ==, id);
  g_assert_cmpint (tg_dispute_get_status (d), ==, status);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tg_dispute_get_positions (d))), ==, 2);
}

static void
test_decision (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TgDocument) kk = NULL;
  g_autoptr(TgDocument) ru = NULL;
  g_autofree char *text_kk = NULL, *text_ru = NULL;

  appoint (f, 4);
  add_dispute (f, "d1", TG_DISPUTE_STATUS_DECIDED, TG_OUTCOME_REJECTED);
  kk = tg_document_new_dispute_decision (sources_of (f), f->kase, NULL, "kk", &error);
  g_assert_no_error (error);
  ru = tg_document_new_dispute_decision (sources_of (f), f->kase, "d1", "ru", &error);
  g_assert_no_error (error);
  text_kk = render (f, kk, "decision-kk.pdf");
  text_ru = render (f, ru, "decision-ru.pdf");
  if (text_kk == NULL)
    return;
  assert_contains (text_kk, "ШЕШІМ");
  assert_contains (text_kk, "ШЕШТІ:");
  assert_contains (text_kk, "қанағаттандырудан бас тартылсын");
  assert_contains (text_kk, "жұмыс беруші");
  assert_contains (text_kk, "2026 жылғы 25 қараша");
  assert_contains (text_ru, "РЕШЕНИЕ");
  assert_contains (text_ru, "РЕШИЛ:");
  assert_contains (text_ru, "В удовлетворении требования заявителя отказать");
  assert_contains (text_ru, "работодатель");
  assert_contains (text_ru, "25 ноября 2026 года");
  assert_contains (text_ru, "Н. Ж. Әміров");
  assert_contains (text_ru, "гарантировано законом");
  assert_contains (text_ru, "решение обжаловано 26 ноября 2026 года (суд: Специализированный");
  assert_contains (text_kk, "2026 жылғы 26 қарашада");
}

static void
test_decision_refused (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (tg_document_new_dispute_decision (sources_of (f), f->kase, NULL, "kk", &error));
  g_assert_error (error, TG_CASE_DOCUMENTS_ERROR, TG_CASE_DOCUMENTS_ERROR_NOT_FOUND);
  g_clear_error (&error);

  add_dispute (f, "d1", TG_DISPUTE_STATUS_UNDER_REVIEW, TG_OUTCOME_NONE);
  g_assert_null (tg_document_new_dispute_decision (sources_of (f), f->kase, "d1", "kk", &error));
  g_assert_error (error, TG_CASE_DOCUMENTS_ERROR, TG_CASE_DOCUMENTS_ERROR_NOT_DECIDED);
  g_clear_error (&error);
  g_assert_false (tg_printed_check (f->kase, TG_PRINTED_DECISION, NULL, &error));
  g_assert_error (error, TG_CASE_DOCUMENTS_ERROR, TG_CASE_DOCUMENTS_ERROR_NOT_DECIDED);
  g_clear_error (&error);

  add_dispute (f, "d2", TG_DISPUTE_STATUS_DECIDED, TG_OUTCOME_UPHELD);
  g_assert_true (tg_printed_check (f->kase, TG_PRINTED_DECISION, "d2", NULL));
  g_assert_null (tg_document_new_dispute_decision (sources_of (f), f->kase, NULL, "kk", &error));
  g_assert_error (error, TG_CASE_DOCUMENTS_ERROR, TG_CASE_DOCUMENTS_ERROR_AMBIGUOUS);
  g_clear_error (&error);
  g_assert_null (tg_document_new_dispute_decision (sources_of (f), f->kase, "d9", "kk", &error));
  g_assert_error (error, TG_CASE_DOCUMENTS_ERROR, TG_CASE_DOCUMENTS_ERROR_NOT_FOUND);
}

/* Sends request r1 today (TODAY), due on the 24th. */
static void
add_request (Fixture *f)
{
  g_autoptr(TgInfoRequest) r = NULL;

  tg_test_apply (f->store, &f->kase, "request",
                 tg_test_params ("to", TG_TEST_STR ("ТОО «Сарыарка Көмір»"),
                                 "subject", TG_TEST_STR ("Журналы газового контроля 12-лавы за ноябрь 2026 года"),
                                 "due", TG_TEST_STR ("2026-11-24"),
                                 NULL));
  r = g_list_model_get_item (G_LIST_MODEL (tg_case_get_requests (f->kase)), 0);
  g_assert_cmpstr (tg_info_request_get_id (r), ==, "r1");
  g_assert_cmpstr (tg_info_request_get_sent (r), ==, TODAY);
}

static void
test_request (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TgDocument) kk = NULL;
  g_autoptr(TgDocument) ru = NULL;
  g_autofree char *text_kk = NULL, *text_ru = NULL;

  add_request (f);
  kk = tg_document_new_info_request (sources_of (f), f->kase, NULL, "kk", &error);
  g_assert_no_error (error);
  ru = tg_document_new_info_request (sources_of (f), f->kase, "1", "ru", &error);
  g_assert_no_error (error);
  text_kk = render (f, kk, "request-kk.pdf");
  text_ru = render (f, ru, "request-ru.pdf");
  g_assert_cmpuint (tg_document_get_n_pages (kk), ==, 1);
  if (text_kk == NULL)
    return;
  assert_contains (text_kk, "ТОО «Сарыарка Көмір»");
  assert_contains (text_kk, "Журналы газового контроля");
  assert_contains (text_kk, "2026 жылғы 24 қарашаға дейін");
  assert_contains (text_kk, "сұраймын");
  assert_contains (text_kk, tg_case_get_number (f->kase));
  assert_contains (text_ru, "до 24 ноября 2026 года");
  assert_contains (text_ru, "прошу");
  assert_contains (text_ru, "Председатель Комитета");
  g_clear_error (&error);
  g_assert_null (tg_document_new_info_request (sources_of (f), f->kase, "2", "kk", &error));
  g_assert_error (error, TG_CASE_DOCUMENTS_ERROR, TG_CASE_DOCUMENTS_ERROR_NOT_FOUND);
}

/* --------------------------------------------------------------- card */

static void
test_card (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TgDocument) kk = NULL;
  g_autoptr(TgDocument) ru = NULL;
  g_autofree char *text = NULL;

  /* The commission is appointed last, so that its entry is among the
   * latest the card has room for. */
  add_request (f);
  add_dispute (f, "d1", TG_DISPUTE_STATUS_DECIDED, TG_OUTCOME_PARTLY_UPHELD);
  appoint (f, 4);
  kk = tg_document_new_case_card (sources_of (f), f->kase, "kk", &error);
  g_assert_no_error (error);
  ru = tg_document_new_case_card (sources_of (f), f->kase, "ru", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tg_document_get_n_pages (kk), ==, 1);
  g_assert_cmpuint (tg_document_get_n_pages (ru), ==, 1);
  g_free (render (f, kk, "card-kk.pdf"));
  text = render (f, ru, "card-ru.pdf");
  if (text == NULL)
    return;
  assert_contains (text, "КАРТОЧКА ДЕЛА");
  assert_contains (text, tg_case_get_number (f->kase));
  assert_contains (text, "Исаева Гүлнар Маратқызы");
  assert_contains (text, "расследование комиссией Комитета");
  assert_contains (text, "История");
  /* The "appoint" entry, rendered in the document's language. */
  assert_contains (text, tg_history_action_title ("appoint", "ru"));
}

/* A long history and a big commission still make one page: the latest
 * entries are shown, the count says how many there are. */
static void
test_card_one_page (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TgDocument) doc = NULL;
  g_autofree char *text = NULL;
  g_autofree char *note = NULL;

  appoint (f, 40);
  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *story = g_strdup_printf ("Внезапный выброс метана (уточнение %u).", i + 1);

      tg_test_apply (f->store, &f->kase, "edit-particulars",
                     tg_test_params ("circumstances", TG_TEST_STR (story), NULL));
    }
  doc = tg_document_new_case_card (sources_of (f), f->kase, "kk", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tg_document_get_n_pages (doc), ==, 1);
  text = render (f, doc, "card-long.pdf");
  if (text == NULL)
    return;
  note = g_strdup_printf ("барлығы %u)", g_list_model_get_n_items (G_LIST_MODEL (tg_case_get_history (f->kase))));
  assert_contains (text, note);
  assert_contains (text, "уточнение 30");
}

/* A mass poisoning with 80 victims (built in memory, not saved): the list
 * is cut with a note, and the card stays one page. */
static void
test_card_many_victims (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TgDocument) doc = NULL;
  g_autofree char *text = NULL;

  for (guint i = 0; i < 75; i++)
    {
      g_autoptr(TgVictim) v = tg_victim_new ();
      g_autofree char *id = g_strdup_printf ("p%u", i);

      tg_victim_set_id (v, id);
      tg_victim_set_full_name (v, surnames[i % G_N_ELEMENTS (surnames)]);
      tg_victim_set_occupation (v, "аппаратчик");
      tg_victim_set_severity (v, TG_SEVERITY_LIGHT);
      g_list_store_append (tg_case_get_victims (f->kase), v);
    }
  doc = tg_document_new_case_card (sources_of (f), f->kase, "ru", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tg_document_get_n_pages (doc), ==, 1);
  text = render (f, doc, "card-many.pdf");
  if (text != NULL)
    assert_contains (text, "полный список в материалах дела");
}

/* -------------------------------------------------------- command line */

static int
run_cli (Fixture            *f,
         const char * const *args)
{
  const char *cli = g_getenv ("TERGEU_CLI");
  g_autofree char *db = g_build_filename (f->dir, "cases.db", NULL);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int status;

  g_ptr_array_add (argv, (gpointer) cli);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, (gpointer) "--db");
  g_ptr_array_add (argv, db);
  g_ptr_array_add (argv, NULL);
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  if (g_spawn_check_wait_status (status, &error))
    return 0;
  g_assert_error (error, G_SPAWN_EXIT_ERROR, error->code);
  return error->code;
}

static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *order = g_build_filename (f->dir, "cli-order.pdf", NULL);
  g_autofree char *card = g_build_filename (f->dir, "cli-card.pdf", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "missing.pdf", NULL);
  const char *number;

  if (g_getenv ("TERGEU_CLI") == NULL)
    {
      g_test_skip ("TERGEU_CLI is not set");
      return;
    }
  appoint (f, 4);
  number = tg_case_get_number (f->kase);
  g_assert_cmpint (run_cli (f, (const char *[]) { "order", number, "--lang", "ru", "-o", order, NULL }), ==, 0);
  g_assert_true (g_file_test (order, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (run_cli (f, (const char *[]) { "document", tg_case_get_id (f->kase), "--kind", "card",
                                                  "-o", card, NULL }), ==, 0);
  g_assert_true (g_file_test (card, G_FILE_TEST_IS_REGULAR));

  g_assert_cmpint (run_cli (f, (const char *[]) { "order", "08-2026-99999", "-o", missing, NULL }), ==, 1);
  g_assert_cmpint (run_cli (f, (const char *[]) { "document", number, "--kind", "decision",
                                                  "-o", missing, NULL }), ==, 1);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_assert_cmpint (run_cli (f, (const char *[]) { "order", number, NULL }), ==, 2);
  g_assert_cmpint (run_cli (f, (const char *[]) { "order", number, "--lang", "en", "-o", missing, NULL }), ==, 2);
  g_assert_cmpint (run_cli (f, (const char *[]) { "document", number, "--kind", "memo",
                                                  "-o", missing, NULL }), ==, 2);
}

static void
test_file_name (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *order = tg_printed_file_name (f->kase, TG_PRINTED_ORDER, NULL, NULL);
  g_autofree char *decision = tg_printed_file_name (f->kase, TG_PRINTED_DECISION, "d/1", "ru");
  g_autofree char *expected_order = g_strdup_printf ("%s-order-kk.pdf", tg_case_get_number (f->kase));
  g_autofree char *expected_decision = g_strdup_printf ("%s-decision-d_1-ru.pdf", tg_case_get_number (f->kase));

  g_assert_cmpstr (order, ==, expected_order);
  g_assert_cmpstr (decision, ==, expected_decision);
}

/* The heading puts the Ministry's name, a setting in the nominative, in
 * the genitive. */
static void
test_ministry_genitive (void)
{
  static const struct
  {
    TgDocLang   lang;
    const char *name, *genitive;
  } cases[] = {
    { TG_DOC_KK, "Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрлігі",
      "Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрлігінің" },
    { TG_DOC_KK, "Қазақстан Республикасы Үкіметі", "Қазақстан Республикасы Үкіметінің" },
    { TG_DOC_KK, "Еңбек комитеті", "Еңбек комитетінің" },
    { TG_DOC_KK, "Басқарма", "Басқарманың" },
    { TG_DOC_KK, "Агенттік", "Агенттіктің" },
    { TG_DOC_KK, "Қызмет", "Қызметтің" },
    { TG_DOC_KK, "Ел", "Елдің" },
    { TG_DOC_KK, "Қаржы министрлігінің", "Қаржы министрлігінің" },
    { TG_DOC_RU, "Министерство труда и социальной защиты населения Республики Казахстан",
      "Министерства труда и социальной защиты населения Республики Казахстан" },
    { TG_DOC_RU, "МИНИСТЕРСТВО ТРУДА", "МИНИСТЕРСТВА ТРУДА" },
    { TG_DOC_RU, "Агентство", "Агентства" },
    { TG_DOC_RU, "Министерства труда", "Министерства труда" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *genitive = _tg_docs_ministry_genitive (cases[i].name, cases[i].lang);

      g_assert_cmpstr (genitive, ==, cases[i].genitive);
    }
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_setenv ("TERGEU_TODAY", TODAY, TRUE);
  g_test_init (&argc, &argv, NULL);

  ADD ("/documents/order", test_order);
  ADD ("/documents/order-settings", test_order_settings);
  ADD ("/documents/order-long", test_order_long);
  ADD ("/documents/order-stable", test_order_stable);
  ADD ("/documents/order-refused", test_order_refused);
  ADD ("/documents/decision", test_decision);
  ADD ("/documents/decision-refused", test_decision_refused);
  ADD ("/documents/request", test_request);
  ADD ("/documents/card", test_card);
  ADD ("/documents/card-one-page", test_card_one_page);
  ADD ("/documents/card-many-victims", test_card_many_victims);
  ADD ("/documents/cli", test_cli);
  ADD ("/documents/file-name", test_file_name);
  g_test_add_func ("/documents/ministry-genitive", test_ministry_genitive);

  return g_test_run ();
}
