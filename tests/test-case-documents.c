/* test-case-documents.c — the documents a Committee official signs, in
 * Kazakh and Russian, as PDF: the order creating a commission and the
 * orders following it, the act of special investigation, the decision on a
 * dispute, the request letter, the review's conclusion and letter, the card
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The text of each document is taken out of its PDF (pdftotext) and
 * compared with the sentences a fixed case must give; the Kazakh grammar
 * the documents apply (the endings of legal forms, numbers of people, the
 * person as "Е. Исаев") and the 2015 Labour Code's terms are checked on
 * their own.  TERGEU_KEEP_PDF=DIR keeps the PDFs to look at.
 */
#define G_LOG_DOMAIN "test-case-documents"

#include "config.h"

#include <locale.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "tg-case-documents.h"
#include "tg-case-documents-private.h"
#include "tg-doc-sources.h"
#include "tg-document-date-format.h"
#include "tg-dates.h"
#include "tg-dispute.h"
#include "tg-history-render.h"
#include "tg-info-request.h"
#include "tg-legal-form.h"
#include "tg-member.h"
#include "tg-model.h"
#include "tg-review.h"
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
  TgDocSources  sources;
  GPtrArray    *reviews;   /* given to the review documents */
} Fixture;

/* What documents are given, as the store holds it now (the tests change
 * settings between documents). */
static const TgDocSources *
sources_of (Fixture *f)
{
  tg_doc_sources_clear (&f->sources);
  tg_doc_sources_init (&f->sources, f->store, f->kase);
  if (f->reviews != NULL)
    {
      g_clear_pointer (&f->sources.reviews, g_ptr_array_unref);
      f->sources.reviews = g_ptr_array_ref (f->reviews);
    }
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

/* Members with the Kazakh wording of their position and organization:
 * a Kazakh document has nothing in Russian to note. */
static const struct
{
  TgRole      role;
  const char *name, *position, *organization, *position_kk, *organization_kk;
} example_members[] = {
  { TG_ROLE_CHAIR, "Омаров Данияр Сәкенұлы", "заместитель председателя Комитета",
    "Комитет государственной инспекции труда", "Комитет төрағасының орынбасары",
    "Мемлекеттік еңбек инспекциясы комитеті" },
  { TG_ROLE_DEPUTY_CHAIR, "Ким Андрей Викторович",
    "главный государственный инспектор труда Карагандинской области",
    "Управление инспекции труда Карагандинской области",
    "Қарағанды облысының бас мемлекеттік еңбек инспекторы",
    "Қарағанды облысының еңбек инспекциясы басқармасы" },
  { TG_ROLE_MEMBER, "Бекова Әсел Ержанқызы", "директор по промышленной безопасности",
    "ТОО «Сарыарка Көмір»", "өнеркәсіптік қауіпсіздік жөніндегі директор", "«Сарыарка Көмір» ЖШС" },
  { TG_ROLE_MEMBER, "Тоқтаров Бауыржан Серікұлы", "председатель профсоюзного комитета",
    "Профсоюз горняков шахты «Тентек»", "кәсіподақ комитетінің төрағасы",
    "«Тентек» шахтасы кеншілерінің кәсіподағы" },
};

static const char * const surnames[] = {
  "Сейітқали", "Жұмабаев", "Өтегенов", "Қуанышбаев", "Әлиев", "Иванов", "Нұрғалиев", "Шәріпов",
};
static const char * const given[] = { "Ерлан", "Бауыржан", "Сергей", "Әсет", "Қайрат", "Данияр" };

/* A group accident at "ТОО «Сарыарка Көмір»" on @occurred (an ISO
 * date-time); the fatal victims died on @died. */
static TgCase *
new_case_on (const char *occurred,
             const char *reported,
             const char *died)
{
  TgCase *kase = tg_case_new ();
  TgEmployer *e = tg_case_get_employer (kase);

  tg_case_set_region (kase, "08");
  tg_employer_set_name (e, "ТОО «Сарыарка Көмір»");
  tg_employer_set_bin (e, "170340001238");
  tg_employer_set_activity (e, "05.10");
  tg_employer_set_address (e, "Қарағанды облысы, Шахтинск қ., Индустриальная к-сі, 14");
  tg_case_set_occurred (kase, occurred);
  tg_case_set_reported (kase, reported);
  tg_case_set_place (kase, "Шахта «Тентек», 3-горизонт, 12-лава");
  tg_case_set_place_kk (kase, "«Тентек» шахтасы, 3-горизонт, 12-лава");
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
      tg_victim_set_died_on (v, victims[i].died != NULL ? died : NULL);
      /* the act needs these; the fifth victim lacks them */
      if (i < 4)
        {
          tg_victim_set_experience_months (v, 63 + 12 * (int) i);
          tg_victim_set_briefed_on (v, "2026-11-02");
          tg_victim_set_trained_on (v, "2026-03-14");
        }
      g_list_store_append (tg_case_get_victims (kase), v);
    }
  return kase;
}

static TgCase *
new_case (void)
{
  return new_case_on ("2026-11-18T14:30:00+05:00", "2026-11-18T16:05:00+05:00", "2026-11-18");
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
        {
          m = new_member (example_members[i].role, example_members[i].name,
                          example_members[i].position, example_members[i].organization);
          tg_member_set_position_kk (m, example_members[i].position_kk);
          tg_member_set_organization_kk (m, example_members[i].organization_kk);
        }
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
set_setting_from (Fixture    *f,
                  const char *key,
                  const char *from,
                  const char *value)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tg_store_set_setting_from (f->store, key, from, value, &error));
  g_assert_no_error (error);
}

/* The organization data a Committee sets up: the chairman and the
 * official who controls execution from the start of 2026, the executor
 * of its letters. */
static void
set_up_settings (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  set_setting_from (f, "chairman", "2026-01-01", "Әміров Нұрлан Жұмабекұлы");
  set_setting_from (f, "control-official-kk", "2026-01-01", "Комитет төрағасының орынбасары Ә. Сейітовке");
  set_setting_from (f, "control-official-ru", "2026-01-01", "заместителя Председателя Комитета Сейитова А. Б.");
  g_assert_true (tg_store_set_setting (f->store, "executor", "Тоқтаров Бауыржан Серікұлы", &error));
  g_assert_true (tg_store_set_setting (f->store, "executor-phone", "8 (7172) 74-00-00", &error));
  g_assert_no_error (error);
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
  db = tg_test_db_location (f->dir, "cases.db");
  f->store = tg_store_open (db, &error);
  g_assert_no_error (error);
  f->kase = tg_test_register (f->store, draft);
  tg_test_apply (f->store, &f->kase, "route", NULL);
  g_assert_cmpint (tg_case_get_state (f->kase), ==, TG_STATE_COMMISSION_PENDING);
  set_up_settings (f);
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
  tg_doc_sources_clear (&f->sources);
  g_clear_pointer (&f->reviews, g_ptr_array_unref);
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

/* The findings, the act and an attachment: what the act of special
 * investigation prints. */
static void
conclude (Fixture *f)
{
  const char *causes[] = { "нарушение технологии ведения горных работ",
                           "неудовлетворительный контроль за содержанием метана", NULL };
  const char *responsible[] = { "Бекова Ә. Е., директор по промышленной безопасности", NULL };
  const char *violations[] = { "подпункт 3) пункта 1 статьи 182 Трудового кодекса Республики Казахстан",
                               "пункт 1567 Правил обеспечения промышленной безопасности для опасных "
                               "производственных объектов угольных шахт", NULL };
  const char *measures[] = { "2026-12-15: Провести внеплановый инструктаж по безопасности и охране труда",
                             "2027-01-31: Заменить газоанализаторы на 3-горизонте", NULL };
  GBytes *content = g_bytes_new_static ("%PDF-1.4 protocol", 17);

  tg_test_apply (f->store, &f->kase, "findings",
                 tg_test_params ("work-related", g_variant_new_boolean (TRUE),
                                 "causes", g_variant_new_strv (causes, -1),
                                 "responsible", g_variant_new_strv (responsible, -1),
                                 "violations", g_variant_new_strv (violations, -1),
                                 "fault-employer", g_variant_new_int64 (80),
                                 "fault-employee", g_variant_new_int64 (20),
                                 "measures", g_variant_new_strv (measures, -1),
                                 "dissent", TG_TEST_STR ("Не согласен с выводом о грубой неосторожности "
                                                         "пострадавшего."),
                                 "dissent-by", TG_TEST_STR ("Тоқтаров Бауыржан Серікұлы"),
                                 NULL));
  tg_test_apply (f->store, &f->kase, "attach",
                 tg_test_params ("title", TG_TEST_STR ("Протокол осмотра места несчастного случая"),
                                 "file-name", TG_TEST_STR ("osmotr.pdf"),
                                 "media-type", TG_TEST_STR ("application/pdf"),
                                 "content", g_variant_new_from_bytes (G_VARIANT_TYPE_BYTESTRING, content, TRUE),
                                 NULL));
  g_bytes_unref (content);
  tg_test_apply (f->store, &f->kase, "conclude",
                 tg_test_params ("act-number", TG_TEST_STR ("К-12"), "act-date", TG_TEST_STR (TODAY), NULL));
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
  g_auto(GStrv) pages = g_strsplit (raw, "\f", -1);
  g_autoptr(GString) out = g_string_new (NULL);
  g_auto(GStrv) words = NULL;
  GString *text = g_string_new (NULL);

  /* a page's number (drawn after its text) is no part of the sentence
   * the page break interrupts */
  for (guint p = 0; pages[p] != NULL; p++)
    {
      g_autofree char *body = g_strstrip (g_strdup (pages[p]));
      char *last = strrchr (body, '\n');

      if (p > 0 && last != NULL && last[1] != '\0' && strspn (last + 1, "0123456789") == strlen (last + 1))
        *last = '\0';
      g_string_append_printf (out, "%s\n", body);
    }
  g_string_replace (out, "\u00a0", " ", 0);
  /* a word broken after its hyphen ("тергеп-" / "тексеру") is one word */
  g_string_replace (out, "-\n", "-", 0);
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

/* Each page drawn as an image (1 px a point): it has ink, and none in the
 * side margins (30 mm left, 20 mm right, less 2 mm for a glyph's
 * overhang), where text that ran off its column would show. Kept as
 * NAME-PAGE.png beside the PDFs when TERGEU_KEEP_PDF is set, to look at. */
static void
assert_pages_look_right (TgDocument *doc,
                         const char *name)
{
  const double mm = 72.0 / 25.4;
  const int width = (int) TG_DOCUMENT_PAGE_WIDTH, height = (int) TG_DOCUMENT_PAGE_HEIGHT;
  const int left = (int) (28 * mm), right = width - (int) (18 * mm);

  for (guint p = 0; p < tg_document_get_n_pages (doc); p++)
    {
      cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
      cairo_t *cr = cairo_create (image);
      const unsigned char *data;
      int stride;
      guint inked = 0, outside = 0;

      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      tg_document_render_page (doc, cr, p, TG_DOCUMENT_PAGE_WIDTH, TG_DOCUMENT_PAGE_HEIGHT);
      cairo_destroy (cr);
      cairo_surface_flush (image);
      data = cairo_image_surface_get_data (image);
      stride = cairo_image_surface_get_stride (image);
      for (int y = 0; y < height; y++)
        for (int x = 0; x < width; x++)
          if (((*(const guint32 *) (data + y * stride + x * 4)) & 0xffffff) != 0xffffff)
            {
              inked++;
              outside += x < left || x >= right;
            }
      if (g_getenv ("TERGEU_KEEP_PDF") != NULL)
        {
          g_autofree char *base = g_strndup (name, strlen (name) - strlen (".pdf"));
          g_autofree char *png = g_strdup_printf ("%s/%s-%u.png", g_getenv ("TERGEU_KEEP_PDF"), base, p + 1);
          g_assert_cmpint (cairo_surface_write_to_png (image, png), ==, CAIRO_STATUS_SUCCESS);
        }
      cairo_surface_destroy (image);
      if (outside > 0)
        g_test_message ("%s, page %u: %u dots in the side margins", name, p + 1, outside);
      g_assert_cmpuint (inked, >, 500);
      g_assert_cmpuint (outside, ==, 0);
    }
}

/* The checks every document passes: all glyphs drawn, pages inside their
 * margins, fonts embedded; returns the text. */
static char *
render (Fixture    *f,
        TgDocument *doc,
        const char *name)
{
  g_autofree char *path = NULL;

  g_assert_nonnull (doc);
  g_assert_cmpuint (tg_document_get_n_pages (doc), >=, 1);
  g_assert_cmpuint (tg_document_get_unknown_glyphs (doc), ==, 0);
  assert_pages_look_right (doc, name);
  path = write_pdf (f, doc, name);
  if (!have_poppler ())
    return NULL;
  assert_fonts_embedded (path);
  return pdf_text (path);
}


/* Each needle in @text. */
static void
assert_all (const char         *text,
            const char * const *needles)
{
  for (guint i = 0; needles[i] != NULL; i++)
    assert_contains (text, needles[i]);
}

static void
assert_absent (const char *text,
               const char *needle)
{
  if (strstr (text, needle) != NULL)
    g_test_message ("“%s” should not be in the document: %s", needle, text);
  g_assert_null (strstr (text, needle));
}

static void
assert_no_notes (TgDocument *doc)
{
  const char * const *notes = tg_document_get_notes (doc);

  for (guint i = 0; notes[i] != NULL; i++)
    g_test_message ("unexpected note: %s", notes[i]);
  g_assert_null (notes[0]);
}

static gboolean
has_note (TgDocument *doc,
          const char *part)
{
  const char * const *notes = tg_document_get_notes (doc);

  for (guint i = 0; notes[i] != NULL; i++)
    if (strstr (notes[i], part) != NULL)
      return TRUE;
  return FALSE;
}

/* -------------------------------------------------------------- grammar */

/* The name and its legal form as the documents write them: Russian puts
 * the form first, Kazakh after the name with the ending of the case; the
 * endings were read in published texts (tg-legal-form.c). */
static void
test_legal_form_endings (void)
{
  static const struct
  {
    const char *nick, *ru, *kk_nom, *kk_gen, *kk_dat, *kk_loc;
  } cases[] = {
    { "too", "ТОО «Талап Ойл»", "«Талап Ойл» ЖШС", "«Талап Ойл» ЖШС-нің", "«Талап Ойл» ЖШС-не",
      "«Талап Ойл» ЖШС-нде" },
    { "ao", "АО «Ембімұнайгаз»", "«Ембімұнайгаз» АҚ", "«Ембімұнайгаз» АҚ-ның", "«Ембімұнайгаз» АҚ-на",
      "«Ембімұнайгаз» АҚ-да" },
    { "ip", "ИП «Береке»", "«Береке» ЖК", "«Береке» ЖК-нің", "«Береке» ЖК-не", "«Береке» ЖК-нде" },
    { "gkp-phv", "ГКП на ПХВ «Қалалық емхана»", "«Қалалық емхана» ШЖҚ МКК", "«Қалалық емхана» ШЖҚ МКК-ның",
      "«Қалалық емхана» ШЖҚ МКК-на", "«Қалалық емхана» ШЖҚ МКК-нда" },
    { "kgu", "КГУ «№9 орта мектеп»", "«№9 орта мектеп» КММ", "«№9 орта мектеп» КММ-нің",
      "«№9 орта мектеп» КММ-не", "«№9 орта мектеп» КММ-нде" },
  };
  g_autoptr(TgEmployer) e = tg_employer_new ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = NULL;
      const TgLegalForm *form = tg_legal_form_split (cases[i].ru, &name);
      g_autofree char *ru = NULL, *nom = NULL, *gen = NULL, *dat = NULL, *loc = NULL;

      g_assert_nonnull (form);
      g_assert_cmpstr (form->nick, ==, cases[i].nick);
      tg_employer_set_name (e, name);
      tg_employer_set_legal_form (e, form->nick);
      ru = _tg_docs_employer_text (e, TG_DOC_RU, TG_KK_LOCATIVE);
      nom = _tg_docs_employer_text (e, TG_DOC_KK, TG_KK_NOMINATIVE);
      gen = _tg_docs_employer_text (e, TG_DOC_KK, TG_KK_GENITIVE);
      dat = _tg_docs_employer_text (e, TG_DOC_KK, TG_KK_DATIVE);
      loc = _tg_docs_employer_text (e, TG_DOC_KK, TG_KK_LOCATIVE);
      g_assert_cmpstr (ru, ==, cases[i].ru);
      g_assert_cmpstr (nom, ==, cases[i].kk_nom);
      g_assert_cmpstr (gen, ==, cases[i].kk_gen);
      g_assert_cmpstr (dat, ==, cases[i].kk_dat);
      g_assert_cmpstr (loc, ==, cases[i].kk_loc);
    }
}

/* Names as registrations write them are split whichever language's form
 * they carry and wherever; a name without a known form is kept. */
static void
test_legal_form_split (void)
{
  static const struct
  {
    const char *full, *nick, *name;
  } cases[] = {
    { "ТОО «Сарыарка Көмір»", "too", "«Сарыарка Көмір»" },
    { "ЖШС «Талап Ойл»", "too", "«Талап Ойл»" },
    { "«Талап Ойл» ЖШС", "too", "«Талап Ойл»" },
    { "ГКП на ПХВ «Городская поликлиника №3» управления здравоохранения Павлодарской области", "gkp-phv",
      "«Городская поликлиника №3» управления здравоохранения Павлодарской области" },
    { "АО «НК «ҚТЖ»»", "ao", "«НК «ҚТЖ»»" },
    { "ТОО", NULL, "ТОО" },
    { "Шахта Тентек", NULL, "Шахта Тентек" },
    { "ТООО «Альфа»", NULL, "ТООО «Альфа»" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = NULL;
      const TgLegalForm *form = tg_legal_form_split (cases[i].full, &name);

      g_assert_cmpstr (form != NULL ? form->nick : NULL, ==, cases[i].nick);
      g_assert_cmpstr (name, ==, cases[i].name);
    }
}

/* Every form of the table has both abbreviations, three endings and the
 * text they were read in; the abbreviations name one form each. */
static void
test_legal_form_table (void)
{
  guint n;
  const TgLegalForm *forms = tg_legal_forms (&n);

  g_assert_cmpuint (n, >=, 10);
  for (guint i = 0; i < n; i++)
    {
      g_assert_nonnull (forms[i].ru);
      g_assert_nonnull (forms[i].kk);
      g_assert_true (*forms[i].source != '\0');
      g_assert_cmpstr (forms[i].kk_endings[TG_KK_NOMINATIVE], ==, "");
      for (guint c = TG_KK_GENITIVE; c < TG_KK_N_CASES; c++)
        g_assert_true (*forms[i].kk_endings[c] != '\0');
      g_assert_true (tg_legal_form_find (forms[i].ru) == &forms[i]);
      g_assert_true (tg_legal_form_find (forms[i].kk) == &forms[i]);
      g_assert_true (tg_legal_form_lookup (forms[i].nick) == &forms[i]);
    }
}

/* A name without a known form takes the ending of its last word by vowel
 * harmony and its last sound. */
static void
test_kk_harmony (void)
{
  static const struct
  {
    const char *word;
    TgKkCase    kcase;
    const char *result;
  } cases[] = {
    { "Астана", TG_KK_LOCATIVE, "Астанада" },
    { "мектеп", TG_KK_LOCATIVE, "мектепте" },
    { "комитет", TG_KK_GENITIVE, "комитеттің" },
    { "басқарма", TG_KK_GENITIVE, "басқарманың" },
    { "адам", TG_KK_GENITIVE, "адамның" },
    { "көл", TG_KK_GENITIVE, "көлдің" },
    { "қорғау", TG_KK_GENITIVE, "қорғаудың" },
    { "Қазақстан", TG_KK_DATIVE, "Қазақстанға" },
    { "мектеп", TG_KK_DATIVE, "мектепке" },
    { "«Береке» серіктестігі", TG_KK_GENITIVE, "«Береке» серіктестігінің" },
    { "Шахта «Тентек»", TG_KK_LOCATIVE, "Шахта «Тентек»-те" },
    { "ТЭЦ-3", TG_KK_LOCATIVE, "ТЭЦ-3-те" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = _tg_kk_inflect (cases[i].word, cases[i].kcase);

      g_assert_cmpstr (text, ==, cases[i].result);
    }
}

/* Numbers of people in words, with the noun and verb that agree. */
static void
test_people_in_words (void)
{
  static const struct
  {
    guint       n;
    const char *kk, *ru;
  } cases[] = {
    { 1, "бір адамның қаза болуына әкеп соққан", "в результате которого погиб один человек" },
    { 2, "екі адамның қаза болуына әкеп соққан", "в результате которого погибли два человека" },
    { 3, "үш адамның қаза болуына әкеп соққан", "в результате которого погибли три человека" },
    { 4, "төрт адамның қаза болуына әкеп соққан", "в результате которого погибли четыре человека" },
    { 5, "бес адамның қаза болуына әкеп соққан", "в результате которого погибли пять человек" },
    { 11, "он бір адамның қаза болуына әкеп соққан", "в результате которого погибли одиннадцать человек" },
    { 21, "жиырма бір адамның қаза болуына әкеп соққан", "в результате которого погиб двадцать один человек" },
    { 22, "жиырма екі адамның қаза болуына әкеп соққан", "в результате которого погибли двадцать два человека" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *kk = _tg_docs_deaths_phrase (cases[i].n, TG_DOC_KK);
      g_autofree char *ru = _tg_docs_deaths_phrase (cases[i].n, TG_DOC_RU);

      g_assert_cmpstr (kk, ==, cases[i].kk);
      g_assert_cmpstr (ru, ==, cases[i].ru);
    }
}

static void
test_small_forms (void)
{
  static const struct
  {
    const char *full, *signature;
  } names[] = {
    { "Исаев Ерлан Маратович", "Е.\u00a0Исаев" },
    { "Исаев Е.І.", "Е.\u00a0Исаев" },
    { "Е. М. Исаев", "Е.\u00a0Исаев" },
    { "Әміров Нұрлан Жұмабекұлы", "Н.\u00a0Әміров" },
    { "Исаев", "Исаев" },
  };
  static const struct
  {
    int         months;
    const char *kk, *ru;
  } services[] = {
    { 63, "5 жыл 3 ай", "5 лет 3 месяца" },
    { 12, "1 жыл", "1 год" },
    { 25, "2 жыл 1 ай", "2 года 1 месяц" },
    { 7, "7 ай", "7 месяцев" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *s = _tg_docs_initial_surname (names[i].full);
      g_assert_cmpstr (s, ==, names[i].signature);
    }
  for (guint i = 0; i < G_N_ELEMENTS (services); i++)
    {
      g_autofree char *kk = _tg_docs_service_text (services[i].months, TG_DOC_KK);
      g_autofree char *ru = _tg_docs_service_text (services[i].months, TG_DOC_RU);
      g_assert_cmpstr (kk, ==, services[i].kk);
      g_assert_cmpstr (ru, ==, services[i].ru);
    }
  g_assert_cmpint (_tg_docs_text_language ("Шахта «Тентек», 3-горизонт"), ==, TG_TEXT_RU);
  g_assert_cmpint (_tg_docs_text_language ("«Тентек» шахтасының 3-горизонты"), ==, TG_TEXT_KK);
  g_assert_cmpint (_tg_docs_text_language ("«Сарыарқа Көмір»"), ==, TG_TEXT_NEUTRAL);
  g_assert_cmpint (_tg_docs_text_language ("12-лава"), ==, TG_TEXT_RU);
}

/* ------------------------------------------------------------- the order */

static void
test_order (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TgDocument) kk = NULL;
  g_autoptr(TgDocument) ru = NULL;
  g_autofree char *text_kk = NULL, *text_ru = NULL;
  const char *number;

  appoint (f, 4);
  number = tg_commission_get_order_number (tg_investigation_get_commission (tg_case_get_investigation (f->kase)));
  kk = tg_document_new_order (sources_of (f), f->kase, "kk", &error);
  g_assert_no_error (error);
  ru = tg_document_new_order (sources_of (f), f->kase, "ru", &error);
  g_assert_no_error (error);
  /* everything is there in its language: nothing to note */
  assert_no_notes (kk);
  assert_no_notes (ru);
  text_kk = render (f, kk, "order-kk.pdf");
  text_ru = render (f, ru, "order-ru.pdf");
  if (text_kk == NULL)
    return;
  assert_all (text_kk, (const char * const[]) {
    "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ЕҢБЕК ЖӘНЕ ХАЛЫҚТЫ ӘЛЕУМЕТТІК ҚОРҒАУ МИНИСТРЛІГІНІҢ",
    "БҰЙРЫҚ", "2026 жылғы 19 қараша", number, "Астана қаласы",
    "«Сарыарка Көмір» ЖШС-нде болған еңбек қызметіне байланысты топтық жазатайым оқиғаны арнайы "
    "тергеп-тексеру жөніндегі комиссия құру туралы",
    "Қазақстан Республикасы Еңбек кодексінің 188-бабының 4-тармағына сәйкес, 2026 жылғы 18 қарашада "
    "«Сарыарка Көмір» ЖШС-нде («Тентек» шахтасы, 3-горизонт, 12-лава) болған, төрт адамның қаза болуына "
    "әкеп соққан топтық жазатайым оқиғаға байланысты БҰЙЫРАМЫН:",
    "Мынадай құрамда комиссия құрылсын:",
    "Комитет төрағасының орынбасары, Мемлекеттік еңбек инспекциясы комитеті",
    "Комиссия 2026 жылғы 3 желтоқсанға дейін арнайы тергеп-тексеруді аяқтап, арнайы тергеп-тексеру "
    "актісін жасасын.",
    "Комиссияға қажет болған жағдайда сарапшыларды тартуға рұқсат етілсін.",
    "«Сарыарка Көмір» ЖШС-нің басшысы комиссияның жұмысы үшін қажетті жағдай жасасын, құжаттар мен "
    "көлік берсін.",
    "Осы бұйрықтың орындалуын бақылау Комитет төрағасының орынбасары Ә. Сейітовке жүктелсін.",
    "Осы бұйрық қол қойылған күнінен бастап қолданысқа енгізіледі.",
    "Комитет төрағасы – Қазақстан Республикасының Бас мемлекеттік еңбек инспекторы",
    "Н. Әміров", NULL });
  assert_all (text_ru, (const char * const[]) {
    "МИНИСТЕРСТВА ТРУДА И СОЦИАЛЬНОЙ ЗАЩИТЫ НАСЕЛЕНИЯ РЕСПУБЛИКИ КАЗАХСТАН",
    "ПРИКАЗ", "19 ноября 2026 года", "город Астана",
    "О создании комиссии по специальному расследованию группового несчастного случая, связанного с "
    "трудовой деятельностью, произошедшего в ТОО «Сарыарка Көмір»",
    "В соответствии с пунктом 4 статьи 188 Трудового кодекса Республики Казахстан, в связи с групповым "
    "несчастным случаем, произошедшим 18 ноября 2026 года в ТОО «Сарыарка Көмір» (Шахта «Тентек», "
    "3-горизонт, 12-лава), в результате которого погибли четыре человека, ПРИКАЗЫВАЮ:",
    "Создать комиссию в следующем составе:",
    "Комиссии в срок до 3 декабря 2026 года включительно провести специальное расследование и "
    "составить акт специального расследования.",
    "Разрешить комиссии при необходимости привлекать экспертов.",
    "Руководителю ТОО «Сарыарка Көмір» создать необходимые условия для работы комиссии, предоставить "
    "документы и транспорт.",
    "Контроль за исполнением настоящего приказа возложить на заместителя Председателя Комитета "
    "Сейитова А. Б.",
    "Настоящий приказ вступает в силу со дня подписания.",
    "Председатель Комитета – Главный государственный инспектор труда Республики Казахстан",
    "Н. Әміров", NULL });
  /* the official's initials end the sentence: one full stop */
  assert_absent (text_ru, "А. Б..");
  for (guint i = 0; i < G_N_ELEMENTS (example_members); i++)
    {
      assert_contains (text_kk, example_members[i].name);
      assert_contains (text_ru, example_members[i].name);
    }
  /* Kazakh puts the form after the name, never Russian's before it */
  assert_absent (text_kk, "ТОО");
}

/* For every legal form, the Kazakh order's subject and preamble carry the
 * form's locative, clause 4 its genitive, and no Russian abbreviation
 * appears in the Kazakh order. */
static void
test_order_legal_forms (Fixture       *f,
                        gconstpointer  data)
{
  guint n;
  const TgLegalForm *forms = tg_legal_forms (&n);

  appoint (f, 4);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TgCase) kase = tg_model_copy (f->kase);
      g_autoptr(GError) error = NULL;
      g_autoptr(TgDocument) doc = NULL;
      g_autofree char *pdf = g_strdup_printf ("order-form-%s.pdf", forms[i].nick);
      g_autofree char *text = NULL;
      g_autofree char *subject = g_strdup_printf ("«Сарыарка Көмір» %s-%s болған еңбек қызметіне байланысты",
                                                  forms[i].kk, forms[i].kk_endings[TG_KK_LOCATIVE]);
      g_autofree char *preamble = g_strdup_printf ("2026 жылғы 18 қарашада «Сарыарка Көмір» %s-%s (",
                                                   forms[i].kk, forms[i].kk_endings[TG_KK_LOCATIVE]);
      g_autofree char *clause = g_strdup_printf ("«Сарыарка Көмір» %s-%s басшысы",
                                                 forms[i].kk, forms[i].kk_endings[TG_KK_GENITIVE]);
      g_autofree char *russian = g_strdup_printf ("%s «", forms[i].ru);

      tg_employer_set_legal_form (tg_case_get_employer (kase), forms[i].nick);
      doc = tg_document_new_order (sources_of (f), kase, "kk", &error);
      g_assert_no_error (error);
      text = render (f, doc, pdf);
      if (text == NULL)
        return;
      assert_all (text, (const char * const[]) { subject, preamble, clause, NULL });
      assert_absent (text, russian);
    }
}

/* The names of a date: an order of 2020 says Нұр-Сұлтан and the
 * Committee's name then; one of 2026 Астана and the name the user set
 * from November 2025. */
static void
test_order_dated (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(TgCase) draft = new_case_on ("2020-06-10T10:15:00+06:00", "2020-06-10T11:00:00+06:00", "2020-06-10");
  g_autoptr(TgCase) old = NULL;
  g_autoptr(TgDocument) kk_2020 = NULL, ru_2020 = NULL, kk_2026 = NULL, ru_2026 = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *t1 = NULL, *t2 = NULL, *t3 = NULL, *t4 = NULL;
  g_autoptr(TgCommission) formed = new_commission (4);
  GListModel *members = G_LIST_MODEL (tg_commission_get_members (formed));

  set_setting_from (f, "committee-name-kk", "2025-11-20", "Мемлекеттік еңбек инспекциясы комитеті");
  set_setting_from (f, "committee-name-ru", "2025-11-20", "Комитет государственной инспекции труда");
  old = tg_test_register (f->store, draft);
  tg_test_apply (f->store, &old, "route", NULL);
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(TgMember) m = g_list_model_get_item (members, i);
      tg_test_apply (f->store, &old, "member-add", tg_test_member_params (m));
    }
  tg_test_apply (f->store, &old, "appoint",
                 tg_test_params ("order-number", TG_TEST_STR ("57-к"), "order-date", TG_TEST_STR ("2020-06-11"), NULL));
  appoint (f, 4);

  kk_2020 = tg_document_new_order (sources_of (f), old, "kk", &error);
  ru_2020 = tg_document_new_order (sources_of (f), old, "ru", &error);
  kk_2026 = tg_document_new_order (sources_of (f), f->kase, "kk", &error);
  ru_2026 = tg_document_new_order (sources_of (f), f->kase, "ru", &error);
  g_assert_no_error (error);
  /* the chairman is set from 2026 only: the 2020 order has a line, and says so */
  g_assert_true (has_note (kk_2020, "chairman"));
  g_assert_false (has_note (kk_2026, "chairman"));
  t1 = render (f, kk_2020, "order-2020-kk.pdf");
  t2 = render (f, ru_2020, "order-2020-ru.pdf");
  t3 = render (f, kk_2026, "order-2026-kk.pdf");
  t4 = render (f, ru_2026, "order-2026-ru.pdf");
  if (t1 == NULL)
    return;
  assert_all (t1, (const char * const[]) { "2020 жылғы 11 маусым", "Нұр-Сұлтан қаласы",
                                           "ЕҢБЕК, ӘЛЕУМЕТТІК ҚОРҒАУ ЖӘНЕ КӨШІ-ҚОН КОМИТЕТІ",
                                           "2020 жылғы 10 маусымда", NULL });
  assert_all (t2, (const char * const[]) { "11 июня 2020 года", "город Нур-Султан",
                                           "КОМИТЕТ ТРУДА, СОЦИАЛЬНОЙ ЗАЩИТЫ И МИГРАЦИИ", NULL });
  assert_all (t3, (const char * const[]) { "Астана қаласы", "МЕМЛЕКЕТТІК ЕҢБЕК ИНСПЕКЦИЯСЫ КОМИТЕТІ", NULL });
  assert_all (t4, (const char * const[]) { "город Астана", "КОМИТЕТ ГОСУДАРСТВЕННОЙ ИНСПЕКЦИИ ТРУДА", NULL });
  assert_absent (t3, "Нұр-Сұлтан");
  assert_absent (t1, "Астана қаласы");
}

/* A blank chairman and control official print as a line to fill in, and
 * the order's notes say which setting is blank. */
static void
test_order_blank_settings (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TgDocument) doc = NULL;
  g_autofree char *text = NULL;

  set_setting_from (f, "chairman", "2026-11-01", "");
  set_setting_from (f, "control-official-kk", "2026-11-01", "");
  appoint (f, 4);
  doc = tg_document_new_order (sources_of (f), f->kase, "kk", &error);
  g_assert_no_error (error);
  g_assert_true (has_note (doc, "“chairman”"));
  g_assert_true (has_note (doc, "“control-official-kk”"));
  text = render (f, doc, "order-blank.pdf");
  if (text != NULL)
    {
      assert_contains (text, "бақылау ____________ жүктелсін");
      assert_contains (text, "____________ ____________");
    }
}

/* 40 members: the table runs over a page, repeats its header, and the
 * signature shares its page with the end of the last clause. */
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
}

/* Five members and their positions fit the first page with the preamble
 * (issue 15: they took two). */
static void
test_order_five_members (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TgDocument) doc = NULL;
  /* heading, name, date line, subject, preamble, clause 1, the table */
  const guint table = 6;

  appoint (f, 5);
  doc = tg_document_new_order (sources_of (f), f->kase, "ru", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tg_document_get_table_header_count (doc, table), ==, 1);
  g_assert_cmpint (tg_document_get_table_row_page (doc, table, 4), ==, 0);
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

/* The same case, loaded again, gives the same bytes; the file is the
 * owner's only. */
static void
test_order_stable (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TgDocument) a = NULL;
  g_autoptr(TgDocument) b = NULL;
  g_autoptr(TgCase) again = NULL;
  g_autofree char *path_a = NULL, *path_b = NULL;
  GStatBuf st;

  appoint (f, 12);
  again = tg_store_load_case (f->store, tg_case_get_number (f->kase), &error);
  g_assert_no_error (error);
  a = tg_document_new_order (sources_of (f), f->kase, "ru", &error);
  b = tg_document_new_order (sources_of (f), again, "ru", &error);
  g_assert_no_error (error);
  path_a = write_pdf (f, a, "stable-a.pdf");
  path_b = write_pdf (f, b, "stable-b.pdf");
  assert_same_file (path_a, path_b);
  g_assert_no_errno (g_stat (path_a, &st));
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
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
  g_assert_false (tg_printed_check (f->kase, TG_PRINTED_EXTENSION_ORDER, NULL, NULL));

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

/* A Kazakh document prints the Kazakh wording of a text when there is
 * one, and notes a text that is only in Russian. */
static void
test_notes (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TgDocument) with_kk = NULL;
  g_autoptr(TgDocument) without = NULL;
  g_autofree char *text = NULL;

  appoint (f, 4);
  with_kk = tg_document_new_order (sources_of (f), f->kase, "kk", &error);
  g_assert_no_error (error);
  g_assert_false (has_note (with_kk, "place"));
  tg_test_apply (f->store, &f->kase, "edit-particulars", tg_test_params ("place-kk", TG_TEST_STR (""), NULL));
  without = tg_document_new_order (sources_of (f), f->kase, "kk", &error);
  g_assert_no_error (error);
  g_assert_true (has_note (without, "only in Russian"));
  text = render (f, without, "order-place-ru.pdf");
  if (text != NULL)
    assert_contains (text, "(Шахта «Тентек», 3-горизонт, 12-лава)");
}

/* ----------------------------------------------------------------- act */

/* The act of special investigation of a concluded case carries every part
 * Labour Code art. 190 and domain.md §7 ask for, in both languages. */
static void
test_act (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TgDocument) kk = NULL;
  g_autoptr(TgDocument) ru = NULL;
  g_autofree char *text_kk = NULL, *text_ru = NULL;
  const char *number;

  appoint (f, 4);
  conclude (f);
  number = tg_commission_get_order_number (tg_investigation_get_commission (tg_case_get_investigation (f->kase)));
  kk = tg_document_new_act (sources_of (f), f->kase, "kk", &error);
  g_assert_no_error (error);
  ru = tg_document_new_act (sources_of (f), f->kase, "ru", &error);
  g_assert_no_error (error);
  /* the fifth victim's length of service and briefings are not recorded */
  g_assert_true (has_note (kk, "length of service"));
  g_assert_false (has_note (kk, "measures"));
  text_kk = render (f, kk, "act-kk.pdf");
  text_ru = render (f, ru, "act-ru.pdf");
  g_assert_cmpuint (tg_document_get_n_pages (kk), >=, 2);
  if (text_kk == NULL)
    return;
  assert_all (text_kk, (const char * const[]) {
    "ЕҢБЕК ҚЫЗМЕТІНЕ БАЙЛАНЫСТЫ ТОПТЫҚ ЖАЗАТАЙЫМ ОҚИҒАНЫ АРНАЙЫ ТЕРГЕП-ТЕКСЕРУ АКТІСІ",
    "Қазақстан Республикасы Еңбек кодексінің 190-бабына сәйкес жасалды",
    "(жасалған орны)",
    "2026 жылғы 19 қараша", "№ К-12",
    "1. Комиссия",
    "Арнайы тергеп-тексеруді 2026 жылғы 19 қарашадағы №", number,
    "бұйрықпен құрылған комиссия мынадай құрамда жүргізді:",
    "Омаров Данияр Сәкенұлы", "Тоқтаров Бауыржан Серікұлы",
    "2. Жұмыс беруші", "«Сарыарка Көмір» ЖШС", "170340001238", "05.10",
    "3. Жазатайым оқиға", "18.11.2026 14:30", "«Тентек» шахтасы, 3-горизонт, 12-лава",
    "4. Зардап шегушілер туралы мәліметтер", "4.1. Ахметов Серік Болатұлы", "750612301119",
    "горнорабочий очистного забоя, 5 жыл 3 ай", "02.11.2026, 14.03.2026",
    "асфиксия, өліммен аяқталған; 2026 жылғы 18 қарашада қаза болды",
    "4.5. Сейітов Нұрлан Асқарұлы",
    "5. Жазатайым оқиғаның мән-жайлары", "Внезапный выброс метана",
    "6. Жазатайым оқиғаның себептері", "нарушение технологии ведения горных работ",
    "7. Еңбек қауіпсіздігі және еңбекті қорғау талаптарын бұзған адамдар",
    "Бекова Ә. Е., директор по промышленной безопасности",
    "Бұзылған нормативтік құқықтық актілердің талаптары:",
    "подпункт 3) пункта 1 статьи 182 Трудового кодекса",
    "8. Комиссияның қорытындысы",
    "Комиссия жазатайым оқиғаны еңбек қызметіне байланысты деп таныды.",
    "тараптардың аралас жауапкершілігі қолданылды: жұмыс берушінің кінә дәрежесі – 80%, қызметкердің кінә "
    "дәрежесі – 20%",
    "Комиссия мүшесі Тоқтаров Бауыржан Серікұлы комиссияның қорытындыларымен келіспейді",
    "9. Жазатайым оқиғаның қайталануын болдырмау жөніндегі шаралар",
    "Провести внеплановый инструктаж по безопасности и охране труда", "15.12.2026", "31.01.2027",
    "10. Актіге қоса берілетін материалдар", "Протокол осмотра места несчастного случая",
    "Комиссия төрағасы мен мүшелерінің қолдары:", "Комиссия төрағасы", "Д. Омаров",
    "Арнайы тергеп-тексеру актісіне қосымша", "КОМИССИЯ МҮШЕСІНІҢ ЕРЕКШЕ ПІКІРІ",
    "Не согласен с выводом о грубой неосторожности", "Б. Тоқтаров", NULL });
  assert_all (text_ru, (const char * const[]) {
    "АКТ СПЕЦИАЛЬНОГО РАССЛЕДОВАНИЯ ГРУППОВОГО НЕСЧАСТНОГО СЛУЧАЯ, СВЯЗАННОГО С ТРУДОВОЙ ДЕЯТЕЛЬНОСТЬЮ",
    "Составлен в соответствии со статьёй 190 Трудового кодекса Республики Казахстан",
    "(место составления)",
    "19 ноября 2026 года",
    "Специальное расследование проведено комиссией, созданной приказом от 19 ноября 2026 года №",
    "ТОО «Сарыарка Көмір»", "БИН", "170340001238",
    "Шахта «Тентек», 3-горизонт, 12-лава",
    "горнорабочий очистного забоя, 5 лет 3 месяца",
    "асфиксия, со смертельным исходом; погиб 18 ноября 2026 года",
    "Исаева Гүлнар Маратқызы", "погибла 18 ноября 2026 года",
    "Комиссия признала несчастный случай связанным с трудовой деятельностью.",
    "применена смешанная ответственность сторон: степень вины работодателя — 80 %, работника — 20 % "
    "(пункт 2 статьи 190 Трудового кодекса Республики Казахстан)",
    "Особое мнение члена комиссии, не согласного с выводами комиссии (Тоқтаров Бауыржан Серікұлы), "
    "прилагается к акту",
    "Мероприятия по предупреждению повторения несчастного случая", "Срок исполнения",
    "Материалы, прилагаемые к акту", "Подписи председателя и членов комиссии:",
    "Председатель комиссии", "Член комиссии", "ОСОБОЕ МНЕНИЕ ЧЛЕНА КОМИССИИ", NULL });
}

/* A case still under investigation has little of the act: every part
 * that is not there prints a line to fill in, and the notes name it. */
static void
test_act_blanks (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TgDocument) kk = NULL;
  g_autoptr(TgDocument) ru = NULL;
  g_autofree char *text_kk = NULL, *text_ru = NULL;

  kk = tg_document_new_act (sources_of (f), f->kase, "kk", &error);
  g_assert_no_error (error);
  ru = tg_document_new_act (sources_of (f), f->kase, "ru", &error);
  g_assert_no_error (error);
  g_assert_true (tg_printed_check (f->kase, TG_PRINTED_ACT, NULL, NULL));
  for (guint i = 0; i < 2; i++)
    {
      TgDocument *doc = i == 0 ? kk : ru;

      g_assert_true (has_note (doc, "the act's number"));
      g_assert_true (has_note (doc, "the order creating the commission"));
      g_assert_true (has_note (doc, "the commission's members"));
      g_assert_true (has_note (doc, "the causes"));
      g_assert_true (has_note (doc, "the commission's conclusion"));
      g_assert_true (has_note (doc, "the fault shares"));
      g_assert_true (has_note (doc, "the measures to prevent recurrence"));
      g_assert_true (has_note (doc, "the list of attachments"));
    }
  text_kk = render (f, kk, "act-blank-kk.pdf");
  text_ru = render (f, ru, "act-blank-ru.pdf");
  if (text_kk == NULL)
    return;
  assert_contains (text_kk, "№ ____________");
  assert_contains (text_kk, "Комиссия жазатайым оқиғаны ____________");
  assert_contains (text_kk, "Кінә дәрежесі: жұмыс беруші – ____%, қызметкер – ____%");
  assert_contains (text_ru, "Комиссия признала несчастный случай ____________");
  assert_contains (text_ru, "Степень вины: работодателя — ____ %, работника — ____ %");
  /* what the case holds is there all the same */
  assert_contains (text_ru, "Ахметов Серік Болатұлы");
  assert_contains (text_ru, "ТОО «Сарыарка Көмір»");
}

/* A not work-related finding names its ground of art. 186. */
static void
test_act_not_work_related (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TgDocument) ru = NULL;
  g_autofree char *text = NULL;
  const char *causes[] = { "острая сердечная недостаточность", NULL };

  appoint (f, 4);
  tg_test_apply (f->store, &f->kase, "findings",
                 tg_test_params ("work-related", g_variant_new_boolean (FALSE),
                                 "ground", TG_TEST_STR ("illness"),
                                 "causes", g_variant_new_strv (causes, -1), NULL));
  ru = tg_document_new_act (sources_of (f), f->kase, "ru", &error);
  g_assert_no_error (error);
  text = render (f, ru, "act-not-work-related-ru.pdf");
  if (text == NULL)
    return;
  assert_contains (text, "Комиссия признала несчастный случай не связанным с трудовой деятельностью. "
                         "Основание: внезапное заболевание, не связанное с производственными факторами "
                         "(пункт 3 статьи 186 Трудового кодекса Республики Казахстан).");
  /* no fault shares for an accident that is not at work, and no note about them */
  assert_absent (text, "Степень вины");
  for (const char * const *n = tg_document_get_notes (ru); *n != NULL; n++)
    g_assert_null (strstr (*n, "fault"));
}

/* ---------------------------------------------------------- decisions */

/* Files dispute @id by the worker's widow about victim v1 and records the
 * parties' positions; a decided one is decided and then appealed. */
static void
add_dispute (Fixture         *f,
             const char      *id,
             TgDisputeStatus  status,
             TgOutcome        outcome)
{
  GListModel *disputes;
  g_autoptr(TgDispute) d = NULL;

  tg_test_apply (f->store, &f->kase, "dispute-file",
                 tg_test_params ("filed-by", TG_TEST_STR (tg_enum_to_nick (TG_TYPE_PARTY, TG_PARTY_WORKER)),
                                 "subject", TG_TEST_STR (tg_enum_to_nick (TG_TYPE_DISPUTE_SUBJECT,
                                                                          TG_DISPUTE_SUBJECT_FORMALIZATION)),
                                 "filed", TG_TEST_STR ("2026-11-20"),
                                 "due", TG_TEST_STR ("2026-12-11"),
                                 "applicant", TG_TEST_STR ("Ахметова Айгүл Серікқызы"),
                                 "victim", TG_TEST_STR ("v1"),
                                 "claim", TG_TEST_STR ("Исключить из акта вывод о грубой неосторожности "
                                                       "пострадавшего."),
                                 NULL));
  tg_test_apply (f->store, &f->kase, "dispute-position",
                 tg_test_params ("dispute", TG_TEST_STR (id),
                                 "party", TG_TEST_STR (tg_enum_to_nick (TG_TYPE_PARTY, TG_PARTY_EMPLOYER)),
                                 "text", TG_TEST_STR ("Пострадавший нарушил инструкцию по охране труда."),
                                 NULL));
  tg_test_apply (f->store, &f->kase, "dispute-position",
                 tg_test_params ("dispute", TG_TEST_STR (id),
                                 "party", TG_TEST_STR (tg_enum_to_nick (TG_TYPE_PARTY, TG_PARTY_INSPECTOR)),
                                 "text", TG_TEST_STR ("Инструктаж пострадавшему проведён формально."),
                                 NULL));
  if (status == TG_DISPUTE_STATUS_DECIDED)
    {
      tg_test_apply (f->store, &f->kase, "dispute-decide",
                     tg_test_params ("dispute", TG_TEST_STR (id),
                                     "outcome", TG_TEST_STR (tg_enum_to_nick (TG_TYPE_OUTCOME, outcome)),
                                     "decided-on", TG_TEST_STR ("2026-11-25"),
                                     "decided-by", TG_TEST_STR ("Әміров Н. Ж., Председатель Комитета"),
                                     "reasoning", TG_TEST_STR ("Материалы расследования грубой неосторожности "
                                                               "пострадавшего не подтверждают."),
                                     "number", TG_TEST_STR ("14"),
                                     NULL));
      tg_test_apply (f->store, &f->kase, "dispute-appeal",
                     tg_test_params ("dispute", TG_TEST_STR (id),
                                     "court", TG_TEST_STR ("Специализированный межрайонный экономический суд "
                                                           "города Астаны"),
                                     "filed", TG_TEST_STR ("2026-11-26"),
                                     NULL));
    }
  else if (status == TG_DISPUTE_STATUS_WITHDRAWN)
    tg_test_apply (f->store, &f->kase, "dispute-withdraw", tg_test_params ("dispute", TG_TEST_STR (id), NULL));
  disputes = G_LIST_MODEL (tg_case_get_disputes (f->kase));
  d = g_list_model_get_item (disputes, g_list_model_get_n_items (disputes) - 1);
  g_assert_cmpstr (tg_dispute_get_id (d), ==, id);
  g_assert_cmpint (tg_dispute_get_status (d), ==, status);
}

static void
test_decision (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TgDocument) kk = NULL;
  g_autoptr(TgDocument) ru = NULL;
  g_autofree char *text_kk = NULL, *text_ru = NULL;

  set_setting_from (f, "dispute-article-kk", "2016-01-01", "190-бабына");
  set_setting_from (f, "dispute-article-ru", "2016-01-01", "статьёй 190");
  appoint (f, 4);
  conclude (f);
  add_dispute (f, "d1", TG_DISPUTE_STATUS_DECIDED, TG_OUTCOME_UPHELD);
  kk = tg_document_new_dispute_decision (sources_of (f), f->kase, NULL, "kk", &error);
  g_assert_no_error (error);
  ru = tg_document_new_dispute_decision (sources_of (f), f->kase, "d1", "ru", &error);
  g_assert_no_error (error);
  text_kk = render (f, kk, "decision-kk.pdf");
  text_ru = render (f, ru, "decision-ru.pdf");
  if (text_kk == NULL)
    return;
  assert_all (text_kk, (const char * const[]) {
    "ШЕШІМ", "2026 жылғы 25 қараша", "№ 14", "Астана қаласы",
    "Жазатайым оқиғаны тергеп-тексеру материалдарын ресімдеу кезінде туындаған келіспеушіліктер туралы",
    "Қазақстан Республикасының Бас мемлекеттік еңбек инспекторы ретінде Қазақстан Республикасы Еңбек "
    "кодексінің 190-бабына сәйкес 2026 жылғы 20 қарашада келіп түскен өтінішті (өтініш беруші – Ахметова "
    "Айгүл Серікқызы, қызметкер немесе оның өкілі) қарап, мынаны АНЫҚТАДЫМ:",
    "2026 жылғы 18 қарашада «Сарыарка Көмір» ЖШС-нде («Тентек» шахтасы, 3-горизонт, 12-лава) жазатайым "
    "оқиға болды, зардап шегуші – Ахметов Серік Болатұлы.",
    "арнайы тергеп-тексеру актісі 2026 жылғы 19 қарашадағы № К-12 жасалды",
    "Өтініш берушінің талабы: Исключить из акта",
    "Жоғарыда баяндалғанның негізінде ШЕШТІМ:",
    "Өтініш берушінің талабы қанағаттандырылсын.",
    "Осы шешімге Қазақстан Республикасының заңнамасында белгіленген тәртіппен сотқа шағым жасалуы мүмкін.",
    "Н. Әміров", NULL });
  assert_all (text_ru, (const char * const[]) {
    "РЕШЕНИЕ", "25 ноября 2026 года", "№ 14",
    "О разногласиях, возникших при оформлении материалов расследования несчастного случая",
    "Главный государственный инспектор труда Республики Казахстан, руководствуясь статьёй 190 Трудового "
    "кодекса Республики Казахстан, рассмотрев заявление, поступившее 20 ноября 2026 года (заявитель — "
    "Ахметова Айгүл Серікқызы, работник или его представитель), УСТАНОВИЛ:",
    "18 ноября 2026 года в ТОО «Сарыарка Көмір» (Шахта «Тентек», 3-горизонт, 12-лава) произошёл несчастный "
    "случай, пострадавший — Ахметов Серік Болатұлы.",
    "Специальное расследование несчастного случая проведено комиссией, созданной Комитетом, акт "
    "специального расследования от 19 ноября 2026 года № К-12.",
    "Позиции сторон:", "Инструктаж пострадавшему проведён формально.",
    "На основании изложенного РЕШИЛ:", "Требование заявителя удовлетворить.",
    "Настоящее решение может быть обжаловано в суд", NULL });
  /* the later appeal is no part of the decision signed */
  assert_absent (text_ru, "Специализированный межрайонный");
  assert_absent (text_kk, "Специализированный межрайонный");
  assert_absent (text_kk, "ШЕШТІ:");
  assert_absent (text_ru, "по разногласию по");
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
  g_assert_nonnull (strstr (error->message, "not decided yet"));
  g_clear_error (&error);
  g_assert_false (tg_printed_check (f->kase, TG_PRINTED_DECISION, NULL, &error));
  g_assert_error (error, TG_CASE_DOCUMENTS_ERROR, TG_CASE_DOCUMENTS_ERROR_NOT_DECIDED);
  g_clear_error (&error);

  add_dispute (f, "d2", TG_DISPUTE_STATUS_WITHDRAWN, TG_OUTCOME_NONE);
  g_assert_null (tg_document_new_dispute_decision (sources_of (f), f->kase, "d2", "ru", &error));
  g_assert_error (error, TG_CASE_DOCUMENTS_ERROR, TG_CASE_DOCUMENTS_ERROR_NOT_DECIDED);
  g_assert_nonnull (strstr (error->message, "withdrawn"));
  g_clear_error (&error);

  add_dispute (f, "d3", TG_DISPUTE_STATUS_DECIDED, TG_OUTCOME_REINVESTIGATION);
  g_assert_true (tg_printed_check (f->kase, TG_PRINTED_DECISION, "d3", NULL));
  g_assert_null (tg_document_new_dispute_decision (sources_of (f), f->kase, NULL, "kk", &error));
  g_assert_error (error, TG_CASE_DOCUMENTS_ERROR, TG_CASE_DOCUMENTS_ERROR_AMBIGUOUS);
  g_clear_error (&error);
  g_assert_null (tg_document_new_dispute_decision (sources_of (f), f->kase, "d9", "kk", &error));
  g_assert_error (error, TG_CASE_DOCUMENTS_ERROR, TG_CASE_DOCUMENTS_ERROR_NOT_FOUND);
}

/* ------------------------------------------------------------- letters */

/* Sends request r1 today (TODAY), due on the 24th. */
static void
add_request (Fixture    *f,
             const char *to,
             const char *to_kk)
{
  tg_test_apply (f->store, &f->kase, "request",
                 tg_test_params ("to", TG_TEST_STR (to),
                                 "to-kk", TG_TEST_STR (to_kk != NULL ? to_kk : ""),
                                 "subject", TG_TEST_STR ("Журналы газового контроля 12-лавы за ноябрь 2026 года; "
                                                         "наряды-допуски за 18 ноября 2026 года"),
                                 "due", TG_TEST_STR ("2026-11-24"),
                                 "number", TG_TEST_STR ("04-2/1187"),
                                 NULL));
}

static void
test_request (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TgDocument) kk = NULL, ru = NULL, kk2 = NULL, ru2 = NULL;
  g_autofree char *text_kk = NULL, *text_ru = NULL, *text_kk2 = NULL, *text_ru2 = NULL;

  add_request (f, "ТОО «Сарыарка Көмір»", NULL);
  add_request (f, "Департамент полиции Карагандинской области",
               "Қарағанды облысының Полиция департаменті");
  kk = tg_document_new_info_request (sources_of (f), f->kase, "r1", "kk", &error);
  ru = tg_document_new_info_request (sources_of (f), f->kase, "1", "ru", &error);
  kk2 = tg_document_new_info_request (sources_of (f), f->kase, "r2", "kk", &error);
  ru2 = tg_document_new_info_request (sources_of (f), f->kase, "r2", "ru", &error);
  g_assert_no_error (error);
  assert_no_notes (kk);
  text_kk = render (f, kk, "request-kk.pdf");
  text_ru = render (f, ru, "request-ru.pdf");
  text_kk2 = render (f, kk2, "request-2-kk.pdf");
  text_ru2 = render (f, ru2, "request-2-ru.pdf");
  g_assert_cmpuint (tg_document_get_n_pages (kk), ==, 1);
  if (text_kk == NULL)
    return;
  assert_all (text_kk, (const char * const[]) {
    "2026 жылғы 19 қараша", "№ 04-2/1187", "«Сарыарка Көмір» ЖШС-нің басшысына",
    "Ақпарат пен құжаттарды ұсыну туралы",
    "2026 жылғы 18 қарашада «Сарыарка Көмір» ЖШС-нде («Тентек» шахтасы, 3-горизонт, 12-лава) болған топтық "
    "жазатайым оқиғаны арнайы тергеп-тексеруге байланысты (іс №", "2026 жылғы 24 қарашаға дейін Комитетке "
    "мынадай мәліметтер мен құжаттарды ұсынуыңызды сұраймын:",
    "Журналы газового контроля 12-лавы за ноябрь 2026 года", "наряды-допуски за 18 ноября 2026 года",
    "Комитет төрағасы", "Н. Әміров", "Орын.: Б. Тоқтаров", "Тел.: 8 (7172) 74-00-00", NULL });
  assert_all (text_ru, (const char * const[]) {
    "Руководителю ТОО «Сарыарка Көмір»",
    "В связи со специальным расследованием группового несчастного случая, произошедшего 18 ноября 2026 года "
    "в ТОО «Сарыарка Көмір» (Шахта «Тентек», 3-горизонт, 12-лава), дело №",
    "прошу в срок до 24 ноября 2026 года включительно представить в Комитет следующие сведения и документы:",
    "Председатель Комитета", "Исп.: Б. Тоқтаров", NULL });
  assert_contains (text_kk2, "Қарағанды облысының Полиция департаментінің басшысына");
  assert_contains (text_ru2, "Руководителю Департамента полиции Карагандинской области");
  assert_absent (text_kk, "Комитет туралы ережеге");
  g_clear_error (&error);
  g_assert_null (tg_document_new_info_request (sources_of (f), f->kase, "3", "kk", &error));
  g_assert_error (error, TG_CASE_DOCUMENTS_ERROR, TG_CASE_DOCUMENTS_ERROR_NOT_FOUND);
}

/* ---------------------------------------------------- the other orders */

static void
test_extension_order (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TgDocument) kk = NULL, ru = NULL;
  g_autofree char *text_kk = NULL, *text_ru = NULL;

  appoint (f, 4);
  tg_test_apply (f->store, &f->kase, "extend",
                 tg_test_params ("new-due", TG_TEST_STR ("2026-12-17"),
                                 "reason", TG_TEST_STR ("ожидание заключения судебно-медицинской экспертизы"),
                                 "granted-by", TG_TEST_STR ("Әміров Н. Ж."),
                                 "order-number", TG_TEST_STR ("231-к"), NULL));
  g_assert_true (tg_printed_check (f->kase, TG_PRINTED_EXTENSION_ORDER, NULL, NULL));
  kk = tg_document_new_extension_order (sources_of (f), f->kase, NULL, "kk", &error);
  g_assert_no_error (error);
  ru = tg_document_new_extension_order (sources_of (f), f->kase, "1", "ru", &error);
  g_assert_no_error (error);
  text_kk = render (f, kk, "extension-order-kk.pdf");
  text_ru = render (f, ru, "extension-order-ru.pdf");
  if (text_kk == NULL)
    return;
  assert_all (text_kk, (const char * const[]) {
    "БҰЙРЫҚ", "2026 жылғы 19 қараша", "№ 231-к",
    "«Сарыарка Көмір» ЖШС-нде болған еңбек қызметіне байланысты топтық жазатайым оқиғаны арнайы "
    "тергеп-тексеру мерзімін ұзарту туралы",
    "(себебі: ожидание заключения судебно-медицинской экспертизы) БҰЙЫРАМЫН:",
    "Арнайы тергеп-тексеру мерзімі 2026 жылғы 17 желтоқсанға дейін ұзартылсын.",
    "Осы бұйрықтың орындалуын бақылау Комитет төрағасының орынбасары Ә. Сейітовке жүктелсін.", NULL });
  assert_all (text_ru, (const char * const[]) {
    "О продлении срока специального расследования группового несчастного случая, связанного с трудовой "
    "деятельностью, произошедшего в ТОО «Сарыарка Көмір»",
    "Продлить срок специального расследования до 17 декабря 2026 года включительно.",
    "Комиссии завершить специальное расследование в указанный срок", NULL });
}

static void
test_composition_order (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TgDocument) kk = NULL, ru = NULL;
  g_autofree char *text_kk = NULL, *text_ru = NULL;
  const char *number;

  appoint (f, 4);
  tg_test_apply (f->store, &f->kase, "member-edit",
                 tg_test_params ("member", g_variant_new_int64 (4),
                                 "full-name", TG_TEST_STR ("Нұрғалиев Әсет Қайратұлы"), NULL));
  number = tg_commission_get_order_number (tg_investigation_get_commission (tg_case_get_investigation (f->kase)));
  kk = tg_document_new_composition_order (sources_of (f), f->kase, "kk", &error);
  g_assert_no_error (error);
  ru = tg_document_new_composition_order (sources_of (f), f->kase, "ru", &error);
  g_assert_no_error (error);
  g_assert_true (has_note (kk, "number and date"));
  text_kk = render (f, kk, "composition-order-kk.pdf");
  text_ru = render (f, ru, "composition-order-ru.pdf");
  if (text_kk == NULL)
    return;
  assert_all (text_kk, (const char * const[]) {
    "2026 жылғы 19 қарашадағы №", number, "бұйрыққа өзгеріс енгізу туралы",
    "Комиссия құрамының өзгеруіне байланысты БҰЙЫРАМЫН:",
    "бұйрыққа мынадай өзгеріс енгізілсін: 1-тармақ мынадай редакцияда жазылсын:",
    "«1. Мынадай құрамда комиссия құрылсын:", "Нұрғалиев Әсет Қайратұлы", NULL });
  assert_all (text_ru, (const char * const[]) {
    "О внесении изменения в приказ от 19 ноября 2026 года №",
    "следующее изменение: пункт 1 изложить в следующей редакции:",
    "«1. Создать комиссию в следующем составе:", "Нұрғалиев Әсет Қайратұлы", NULL });
  assert_absent (text_ru, "Тоқтаров Бауыржан Серікұлы");
}

/* ------------------------------------------------------------- reviews */

static TgReview *
new_review (TgReviewConclusion conclusion)
{
  TgReview *r = tg_review_new ();

  tg_review_set_id (r, "rev1");
  tg_review_set_reviewed_on (r, TODAY);
  tg_review_set_reviewer (r, "Сейітов Асқар Болатұлы");
  tg_review_set_conclusion (r, conclusion);
  tg_review_set_reasoning (r, "Причины несчастного случая установлены неполно.");
  tg_review_set_act_number (r, "К-12");
  return r;
}

static void
test_review (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TgDocument) kk = NULL, ru = NULL, letter_kk = NULL, letter_ru = NULL;
  g_autofree char *t1 = NULL, *t2 = NULL, *t3 = NULL, *t4 = NULL;

  g_assert_null (tg_document_new_review_conclusion (sources_of (f), f->kase, NULL, "kk", &error));
  g_assert_error (error, TG_CASE_DOCUMENTS_ERROR, TG_CASE_DOCUMENTS_ERROR_NOT_FOUND);
  g_clear_error (&error);
  f->reviews = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (f->reviews, new_review (TG_REVIEW_REINVESTIGATION));
  kk = tg_document_new_review_conclusion (sources_of (f), f->kase, NULL, "kk", &error);
  ru = tg_document_new_review_conclusion (sources_of (f), f->kase, "rev1", "ru", &error);
  letter_kk = tg_document_new_review_letter (sources_of (f), f->kase, NULL, "kk", &error);
  letter_ru = tg_document_new_review_letter (sources_of (f), f->kase, NULL, "ru", &error);
  g_assert_no_error (error);
  t1 = render (f, kk, "review-kk.pdf");
  t2 = render (f, ru, "review-ru.pdf");
  t3 = render (f, letter_kk, "review-letter-kk.pdf");
  t4 = render (f, letter_ru, "review-letter-ru.pdf");
  if (t1 == NULL)
    return;
  assert_all (t1, (const char * const[]) {
    "ҚОРЫТЫНДЫ", "2026 жылғы 19 қараша",
    "«Сарыарка Көмір» ЖШС-нде болған жазатайым оқиғаны тергеп-тексерудің объективтілігін тексеру нәтижелері "
    "бойынша", "Комитет құрған комиссия жүргізген тергеп-тексерудің объективтілігін тексерді, "
    "арнайы тергеп-тексеру актісі № К-12.",
    "Қорытынды: тергеп-тексеру объективті жүргізілмеген, жазатайым оқиғаны қайта арнайы тергеп-тексеру қажет.",
    "Тексеруді жүргізген", "А. Сейітов", NULL });
  assert_all (t2, (const char * const[]) {
    "ЗАКЛЮЧЕНИЕ", "по результатам проверки объективности расследования несчастного случая, произошедшего в ТОО",
    "проведённого комиссией, созданной Комитетом; акт специального расследования № К-12.",
    "В ходе проверки установлено: Причины несчастного случая установлены неполно.",
    "Вывод: расследование проведено необъективно, требуется повторное специальное расследование", NULL });
  assert_all (t3, (const char * const[]) {
    "Еңбек инспекциясы жөніндегі жергілікті органның (Қарағанды облысы) басшысына",
    "Комитеттің 2026 жылғы 19 қарашадағы қорытындысын жолдаймын.",
    "жазатайым оқиғаны қайта арнайы тергеп-тексеруді ұйымдастыруыңызды", "Қосымша: қорытынды", NULL });
  assert_all (t4, (const char * const[]) {
    "Руководителю местного органа по инспекции труда (Карагандинская область)",
    "Направляю заключение Комитета от 19 ноября 2026 года",
    "Прошу с учётом изложенного в заключении организовать повторное специальное расследование", NULL });
}

/* ---------------------------------------------------------------- card */

static void
test_card (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TgDocument) kk = NULL;
  g_autoptr(TgDocument) ru = NULL;
  g_autofree char *text = NULL, *text_kk = NULL;

  add_request (f, "ТОО «Сарыарка Көмір»", NULL);
  appoint (f, 4);
  conclude (f);
  add_dispute (f, "d1", TG_DISPUTE_STATUS_DECIDED, TG_OUTCOME_PARTLY_UPHELD);
  kk = tg_document_new_case_card (sources_of (f), f->kase, "kk", &error);
  g_assert_no_error (error);
  ru = tg_document_new_case_card (sources_of (f), f->kase, "ru", &error);
  g_assert_no_error (error);
  text_kk = render (f, kk, "card-kk.pdf");
  text = render (f, ru, "card-ru.pdf");
  if (text == NULL)
    return;
  assert_all (text, (const char * const[]) {
    "КАРТОЧКА ДЕЛА", tg_case_get_number (f->kase), "Исаева Гүлнар Маратқызы",
    "расследование завершено", "ТОО «Сарыарка Көмір», БИН 170340001238",
    "комиссия, создаваемая уполномоченным органом (п. 4 ст. 188 Трудового кодекса)",
    "Выводы расследования", "связан с трудовой деятельностью",
    "нарушение технологии ведения горных работ", "работодатель — 80 %, работник — 20 %",
    "Мероприятия", "Особое мнение", "История", NULL });
  assert_contains (text, tg_history_action_title ("appoint", "ru"));
  assert_contains (text, tg_history_action_title ("dispute-appeal", "ru"));
  assert_all (text_kk, (const char * const[]) { "ІС КАРТОЧКАСЫ", "«Сарыарка Көмір» ЖШС, БСН",
                                                "Тергеп-тексеру қорытындылары", NULL });
  assert_absent (text, "Положение 2014");
  /* disputes numbered for the reader, not by Tergeu's ids */
  assert_contains (text, "1) работник (его представитель, член семьи), решено (удовлетворено частично; "
                   "решение № 14, 25.11.2026)");
  assert_absent (text, "d1");
}

/* A long history is the card's: it goes on to the following pages, every
 * entry there, none cut. */
static void
test_card_history (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TgDocument) doc = NULL;
  g_autofree char *text = NULL;

  appoint (f, 40);
  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *story = g_strdup_printf ("Внезапный выброс метана (уточнение %u).", i + 1);

      tg_test_apply (f->store, &f->kase, "edit-particulars",
                     tg_test_params ("circumstances", TG_TEST_STR (story), NULL));
    }
  doc = tg_document_new_case_card (sources_of (f), f->kase, "kk", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tg_document_get_n_pages (doc), >, 1);
  text = render (f, doc, "card-long.pdf");
  if (text == NULL)
    return;
  assert_contains (text, "уточнение 1)");
  assert_contains (text, "уточнение 30");
  assert_absent (text, "сыймады");
}

/* ----------------------------------------------- terms, wording tables */

static const char * const old_terms[] = {
  /* the 2007 Labour Code's words */
  "өндірістегі", "арнайы тергеу", "тергеу", "Тергеу", "ТЕРГЕУ", "на производстве",
  "связан с производством", "связанного с производством", "Положение 2014",
  NULL
};

static void
assert_current_terms (const char *text)
{
  for (guint i = 0; old_terms[i] != NULL; i++)
    assert_absent (text, old_terms[i]);
}

/* Every document, in both languages: the 2015 Code's terms only, every
 * glyph drawn; and every fixed sentence of every table has both languages
 * and the text it was checked against. */
static void
test_terms (Fixture       *f,
            gconstpointer  data)
{
  static const char * const langs[] = { "kk", "ru" };
  const TgWording *(*tables[]) (guint *) = {
    _tg_docs_order_wording, _tg_docs_decision_wording, _tg_docs_request_wording, _tg_docs_card_wording,
    _tg_docs_act_wording, _tg_docs_orders_wording, _tg_docs_review_wording,
  };

  appoint (f, 5);
  tg_test_apply (f->store, &f->kase, "extend",
                 tg_test_params ("new-due", TG_TEST_STR ("2026-12-17"), "reason", TG_TEST_STR ("экспертиза"),
                                 "granted-by", TG_TEST_STR ("Әміров Н. Ж."), NULL));
  add_request (f, "ТОО «Сарыарка Көмір»", NULL);
  conclude (f);
  add_dispute (f, "d1", TG_DISPUTE_STATUS_DECIDED, TG_OUTCOME_REINVESTIGATION);
  f->reviews = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (f->reviews, new_review (TG_REVIEW_DEFICIENCIES));
  for (guint k = 0; k < TG_N_PRINTED_KINDS; k++)
    for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
      {
        g_autoptr(GError) error = NULL;
        g_autoptr(TgDocument) doc = tg_document_new_printed (sources_of (f), f->kase, k, NULL, langs[l], &error);
        g_autofree char *name = g_strdup_printf ("all-%s-%s.pdf", tg_printed_kind_nick (k), langs[l]);
        g_autofree char *text = NULL;

        g_assert_no_error (error);
        text = render (f, doc, name);
        if (text != NULL)
          assert_current_terms (text);
      }
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      guint n;
      const TgWording *w = tables[t] (&n);

      for (guint i = 0; i < n; i++)
        {
          g_assert_true (*w[i].kk != '\0' && *w[i].ru != '\0' && *w[i].source != '\0');
          assert_current_terms (w[i].kk);
          assert_current_terms (w[i].ru);
        }
    }
}

/* -------------------------------------------------------- command line */

static int
run_cli (Fixture            *f,
         const char * const *args)
{
  const char *cli = g_getenv ("TERGEU_CLI");
  g_autofree char *db = g_strdup (tg_store_get_path (f->store));
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
  g_autofree char *act = g_build_filename (f->dir, "cli-act.pdf", NULL);
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
  g_assert_cmpint (run_cli (f, (const char *[]) { "document", number, "--kind", "act", "--lang", "ru",
                                                  "-o", act, NULL }), ==, 0);
  g_assert_true (g_file_test (act, G_FILE_TEST_IS_REGULAR));

  g_assert_cmpint (run_cli (f, (const char *[]) { "order", "08-2026-99999", "-o", missing, NULL }), ==, 1);
  g_assert_cmpint (run_cli (f, (const char *[]) { "document", number, "--kind", "decision",
                                                  "-o", missing, NULL }), ==, 1);
  g_assert_cmpint (run_cli (f, (const char *[]) { "document", number, "--kind", "extension-order",
                                                  "-o", missing, NULL }), ==, 1);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_assert_cmpint (run_cli (f, (const char *[]) { "order", number, NULL }), ==, 2);
  g_assert_cmpint (run_cli (f, (const char *[]) { "order", number, "--lang", "en", "-o", missing, NULL }), ==, 2);
  g_assert_cmpint (run_cli (f, (const char *[]) { "document", number, "--kind", "memo",
                                                  "-o", missing, NULL }), ==, 2);
  g_assert_cmpint (run_cli (f, (const char *[]) { "document", number, "--kind", "act", "--review", "x",
                                                  "-o", missing, NULL }), ==, 2);

  /* a dated setting gets an entry from a given day; a plain one refuses a day */
  g_assert_cmpint (run_cli (f, (const char *[]) { "settings", "city-kk", "Алматы қаласы", "--from", "2030-01-01",
                                                  NULL }), ==, 0);
  {
    g_autoptr(TgDatedSettings) dated = tg_store_dup_dated_settings (f->store);
    g_assert_cmpstr (tg_dated_settings_lookup (dated, "city-kk", "2030-06-01"), ==, "Алматы қаласы");
    g_assert_cmpstr (tg_dated_settings_lookup (dated, "city-kk", "2029-12-31"), ==, "Астана қаласы");
  }
  g_assert_cmpint (run_cli (f, (const char *[]) { "settings", "--history", NULL }), ==, 0);
  g_assert_cmpint (run_cli (f, (const char *[]) { "settings", "executor", "X", "--from", "2030-01-01", NULL }), ==, 1);
  g_assert_cmpint (run_cli (f, (const char *[]) { "settings", "--from", "2030-01-01", NULL }), ==, 2);
}

/* report --lang: the words in the chosen language, the 2015 Code's term,
 * the period as documents write dates. */
static void
test_report_lang (Fixture       *f,
                  gconstpointer  data)
{
  static const struct
  {
    const char *lang, *title, *period, *header;
  } expected[] = {
    { "kk", "Еңбек қызметіне байланысты жазатайым оқиғалар",
      "2026 жылғы 1 қаңтардан 2026 жылғы 31 желтоқсанға дейін", "Код,Өңір," },
    { "ru", "Несчастные случаи, связанные с трудовой деятельностью",
      "с 1 января 2026 года по 31 декабря 2026 года", "Код,Регион," },
  };

  if (g_getenv ("TERGEU_CLI") == NULL || !have_poppler ())
    {
      g_test_skip ("TERGEU_CLI is not set or poppler-utils is missing");
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *pdf = g_strdup_printf ("%s/report-%s.pdf", f->dir, expected[i].lang);
      g_autofree char *csv = g_strdup_printf ("%s/report-%s.csv", f->dir, expected[i].lang);
      g_autofree char *text = NULL;
      g_autofree char *table = NULL;

      g_assert_cmpint (run_cli (f, (const char *[]) { "report", "--lang", expected[i].lang, "--from", "2026-01-01",
                                                      "--to", "2026-12-31", "-o", pdf, NULL }), ==, 0);
      g_assert_cmpint (run_cli (f, (const char *[]) { "report", "--lang", expected[i].lang, "-o", csv, NULL }), ==, 0);
      text = pdf_text (pdf);
      assert_contains (text, expected[i].title);
      assert_contains (text, expected[i].period);
      assert_current_terms (text);
      g_assert_true (g_file_get_contents (csv, &table, NULL, NULL));
      assert_contains (table, expected[i].header);
    }
  g_assert_cmpint (run_cli (f, (const char *[]) { "report", "--lang", "en", "-o", "x.csv", NULL }), ==, 2);
}

static void
test_file_name (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *order = tg_printed_file_name (f->kase, TG_PRINTED_ORDER, NULL, NULL);
  g_autofree char *decision = tg_printed_file_name (f->kase, TG_PRINTED_DECISION, "d/1", "ru");
  g_autofree char *act = tg_printed_file_name (f->kase, TG_PRINTED_ACT, NULL, "ru");
  g_autofree char *expected_order = g_strdup_printf ("%s-order-kk.pdf", tg_case_get_number (f->kase));
  g_autofree char *expected_decision = g_strdup_printf ("%s-decision-d_1-ru.pdf", tg_case_get_number (f->kase));
  g_autofree char *expected_act = g_strdup_printf ("%s-act-ru.pdf", tg_case_get_number (f->kase));
  TgPrintedKind kind;

  g_assert_cmpstr (order, ==, expected_order);
  g_assert_cmpstr (decision, ==, expected_decision);
  g_assert_cmpstr (act, ==, expected_act);
  for (guint k = 0; k < TG_N_PRINTED_KINDS; k++)
    {
      g_assert_true (tg_printed_kind_from_nick (tg_printed_kind_nick (k), &kind));
      g_assert_cmpint (kind, ==, k);
    }
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

  g_test_add_func ("/documents/grammar/legal-form-endings", test_legal_form_endings);
  g_test_add_func ("/documents/grammar/legal-form-split", test_legal_form_split);
  g_test_add_func ("/documents/grammar/legal-form-table", test_legal_form_table);
  g_test_add_func ("/documents/grammar/kk-harmony", test_kk_harmony);
  g_test_add_func ("/documents/grammar/people-in-words", test_people_in_words);
  g_test_add_func ("/documents/grammar/small-forms", test_small_forms);
  g_test_add_func ("/documents/grammar/ministry-genitive", test_ministry_genitive);
  ADD ("/documents/order", test_order);
  ADD ("/documents/order-legal-forms", test_order_legal_forms);
  ADD ("/documents/order-dated", test_order_dated);
  ADD ("/documents/order-blank-settings", test_order_blank_settings);
  ADD ("/documents/report-lang", test_report_lang);
  ADD ("/documents/order-long", test_order_long);
  ADD ("/documents/order-five-members", test_order_five_members);
  ADD ("/documents/order-stable", test_order_stable);
  ADD ("/documents/order-refused", test_order_refused);
  ADD ("/documents/notes", test_notes);
  ADD ("/documents/act", test_act);
  ADD ("/documents/act-blanks", test_act_blanks);
  ADD ("/documents/act-not-work-related", test_act_not_work_related);
  ADD ("/documents/decision", test_decision);
  ADD ("/documents/decision-refused", test_decision_refused);
  ADD ("/documents/request", test_request);
  ADD ("/documents/extension-order", test_extension_order);
  ADD ("/documents/composition-order", test_composition_order);
  ADD ("/documents/review", test_review);
  ADD ("/documents/card", test_card);
  ADD ("/documents/card-history", test_card_history);
  ADD ("/documents/terms", test_terms);
  ADD ("/documents/cli", test_cli);
  ADD ("/documents/file-name", test_file_name);

  return g_test_run ();
}
