/* test-document.c — layout, pagination and PDF output of TgDocument
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "test-document"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "tg-document-date-format.h"
#include "tg-dates.h"
#include "tg-document.h"

#define LONG_NAME "Әбдіқадыров Қайратжан Нұрмұхамедұлы"

static const char * const surnames[] = {
  "Сейітқали", "Жұмабаев", "Өтегенова", "Қуанышбаев", "Әлиева", "Иванов",
  "Нұрғалиев", "Шәріпова",
};
static const char * const given[] = {
  "Ерлан", "Гүлнұр", "Ұлжан", "Бауыржан", "Сергей", "Әсет", "Мөлдір",
};
static const char * const patronymics[] = {
  "Серікұлы", "Бақытқызы", "Петрович", "Қанатұлы", "Өмірзаққызы",
};
static const char * const positions[] = {
  "Бақылау және әлеуметтік қорғау комитетінің бас сарапшысы",
  "Қарағанды облысы бойынша еңбек инспекциясы департаментінің басшысы",
  "«Қарағанды Көмір» ЖШС еңбекті қорғау қызметінің бастығы",
  "кәсіподақ өкілі",
  "Главный государственный инспектор труда по Карагандинской области",
};
static const char * const roles[] = { "мүше", "хатшы", "член комиссии" };

static char *
official_date (const char *iso,
               TgDateForm  form)
{
  GDate date;

  g_assert_true (tg_date_parse (iso, &date));
  return tg_date_format_official (&date, "kk", form);
}

/* Committee, "БҰЙРЫҚ", the date/number/city line and the bold heading. */
static void
add_heading (TgDocument *doc)
{
  static const TgDocumentColumn line_columns[] = {
    { NULL, 0.4, TG_COLUMN_NO_WRAP },
    { NULL, 0.2, TG_COLUMN_CENTER },
    { NULL, 0.4, TG_COLUMN_RIGHT },
  };
  g_autofree char *order_date = official_date ("2026-11-25", TG_DATE_FORM_ATTRIBUTIVE);
  g_autofree char *heading = NULL;
  guint line, block;

  tg_document_add_title (doc, "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ЕҢБЕК ЖӘНЕ ХАЛЫҚТЫ "
                         "ӘЛЕУМЕТТІК ҚОРҒАУ МИНИСТРЛІГІНІҢ БАҚЫЛАУ ЖӘНЕ "
                         "ӘЛЕУМЕТТІК ҚОРҒАУ КОМИТЕТІ");
  tg_document_add_space (doc, 6);
  tg_document_add_title (doc, "БҰЙРЫҚ");
  line = tg_document_add_table (doc, line_columns, G_N_ELEMENTS (line_columns),
                                TG_TABLE_NO_BORDERS);
  tg_document_set_font_size (doc, line, 14);
  tg_document_add_table_row (doc, line, (const char * const[]) {
    order_date, "№ 214-к", "Астана қаласы" });

  /* User text with markup characters in it must come out as typed. */
  heading = g_markup_printf_escaped ("%s өндірістегі топтық жазатайым оқиғаны "
                                     "арнайы тергеу үшін комиссия құру туралы",
                                     "«Қарағанды Көмір» ЖШС <филиал>");
  block = tg_document_add_paragraph (doc, heading, TG_PARAGRAPH_CENTER |
                                     TG_PARAGRAPH_BOLD | TG_PARAGRAPH_KEEP_WITH_NEXT);
  tg_document_set_spacing (doc, block, 4, 4);
}

static void
add_preamble (TgDocument *doc)
{
  g_autofree char *date = official_date ("2026-11-18", TG_DATE_FORM_LOCATIVE);
  g_autofree char *accident_date = tg_document_escape_unbreakable (date);
  g_autofree char *rest = NULL;
  g_autofree char *preamble = NULL;

  rest = g_markup_printf_escaped (" %s %s болған, %u адамның қаза болуына "
                                  "әкеп соққан топтық жазатайым оқиғаға байланысты "
                                  "<b>БҰЙЫРАМЫН:</b>",
                                  "Қарағанды облысы, Шахтинск қаласы",
                                  "«Қарағанды Көмір» ЖШС", 3);
  preamble = g_strconcat ("Қазақстан Республикасы Еңбек кодексіне сәйкес және ",
                          accident_date, rest, NULL);
  tg_document_add_paragraph (doc, preamble, TG_PARAGRAPH_DEFAULT);
}

static void
add_members (TgDocument *doc,
             guint       n_members)
{
  static const TgDocumentColumn member_columns[] = {
    { "№", 0.07, TG_COLUMN_CENTER },
    { "Тегі, аты, әкесінің аты", 0.33, TG_COLUMN_NO_WRAP },
    { "Лауазымы", 0.40, TG_COLUMN_DEFAULT },
    { "Комиссиядағы рөлі", 0.20, TG_COLUMN_DEFAULT },
  };
  guint clause, members;

  clause = tg_document_add_clause (doc, "1.", "Мынадай құрамда комиссия құрылсын:");
  tg_document_set_keep_with_next (doc, clause, TRUE);
  members = tg_document_add_table (doc, member_columns, G_N_ELEMENTS (member_columns),
                                   TG_TABLE_DEFAULT);
  for (guint i = 0; i < n_members; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *name = i == 1 ? g_strdup (LONG_NAME)
        : g_strdup_printf ("%s %s %s", surnames[i % G_N_ELEMENTS (surnames)],
                           given[i % G_N_ELEMENTS (given)],
                           patronymics[i % G_N_ELEMENTS (patronymics)]);

      tg_document_add_table_row (doc, members, (const char * const[]) {
        number, name, positions[i % G_N_ELEMENTS (positions)],
        i == 0 ? "төраға" : roles[i % G_N_ELEMENTS (roles)] });
    }
}

static void
add_clauses (TgDocument *doc)
{
  g_autofree char *due_date = official_date ("2026-12-09", TG_DATE_FORM_DATIVE);
  g_autofree char *clause = NULL;

  clause = g_markup_printf_escaped ("Комиссия тергеуді %s дейін (10 жұмыс күні) аяқтасын.",
                                    due_date);
  tg_document_add_clause (doc, "2.", clause);
  tg_document_add_clause (doc, "3.", "«Қарағанды Көмір» ЖШС басшысы комиссияға қажетті "
                          "құжаттарды, көлікті және жұмыс жағдайларын қамтамасыз етсін.");
  tg_document_add_clause (doc, "4.", "Осы бұйрықтың орындалуын бақылау Комитет "
                          "төрағасының орынбасарына жүктелсін.");
  tg_document_add_clause (doc, "5.", "Бұйрық қол қойылған күнінен бастап қолданысқа "
                          "енгізіледі. Приказ вступает в силу со дня подписания; "
                          "ё, щ, ъ, э — русские буквы тоже на месте.");
}

/* The order of order-template.md, in Kazakh, with @n_members members;
 * the member table is block 7. */
static TgDocument *
build_order (guint    n_members,
             gboolean signature)
{
  TgDocument *doc = tg_document_new ();

  tg_document_set_language (doc, "kk");
  tg_document_set_title (doc, "Бұйрық № 214-к");
  add_heading (doc);
  add_preamble (doc);
  add_members (doc, n_members);
  add_clauses (doc);
  if (signature)
    tg_document_add_signature (doc, "Төраға — Қазақстан Республикасының Бас "
                               "мемлекеттік еңбек инспекторы",
                               "____________ Н. Ж. Әміров");
  return doc;
}

static guint
last_block (TgDocument *doc)
{
  return tg_document_get_n_blocks (doc) - 1;
}

static void
test_pagination (void)
{
  g_autoptr(TgDocument) doc = build_order (40, TRUE);
  guint members = 7;

  g_assert_cmpuint (tg_document_get_n_pages (doc), >, 1);
  g_assert_cmpuint (tg_document_get_unknown_glyphs (doc), ==, 0);

  /* The header row is drawn once on every page the table runs over. */
  g_assert_cmpint (tg_document_get_table_row_page (doc, members, 0), ==,
                   tg_document_get_block_page (doc, members));
  g_assert_cmpint (tg_document_get_block_end_page (doc, members), >,
                   tg_document_get_block_page (doc, members));
  g_assert_cmpuint (tg_document_get_table_header_count (doc, members), ==,
                    tg_document_get_block_end_page (doc, members) -
                    tg_document_get_block_page (doc, members) + 1);

  /* Clause 1 stays with the start of the table. */
  g_assert_cmpint (tg_document_get_block_end_page (doc, members - 1), ==,
                   tg_document_get_block_page (doc, members));
}

/* For every length of the member table, the signature shares its page with
 * the end of the clause before it; and for some lengths that took moving
 * lines, which a document without the keep rule would not have done. */
static void
test_signature_kept (void)
{
  gboolean moved = FALSE;

  for (guint n = 1; n <= 60; n++)
    {
      g_autoptr(TgDocument) doc = build_order (n, TRUE);
      g_autoptr(TgDocument) bare = build_order (n, FALSE);
      guint sig = last_block (doc);

      g_assert_cmpint (tg_document_get_block_page (doc, sig), ==,
                       tg_document_get_block_end_page (doc, sig - 1));
      g_assert_cmpint (tg_document_get_block_page (doc, sig), ==,
                       tg_document_get_block_end_page (doc, sig));
      if (tg_document_get_block_page (doc, sig - 1) ==
          tg_document_get_block_end_page (doc, sig - 1) &&
          tg_document_get_block_page (doc, sig - 1) >
          tg_document_get_block_page (bare, sig - 1))
        moved = TRUE;
    }
  g_assert_true (moved);
}

/* A signature right after the table keeps the last row with it. */
static void
test_signature_after_table (void)
{
  static const TgDocumentColumn columns[] = {
    { "№", 0.1, TG_COLUMN_CENTER },
    { "Аты-жөні", 0.9, TG_COLUMN_NO_WRAP },
  };
  gboolean moved = FALSE;

  for (guint n = 30; n <= 50; n++)
    {
      g_autoptr(TgDocument) doc = tg_document_new ();
      guint table = tg_document_add_table (doc, columns, 2, TG_TABLE_DEFAULT);
      guint sig;

      for (guint i = 0; i < n; i++)
        tg_document_add_table_row (doc, table, (const char * const[]) { "1", "Сейітқали Ерлан" });
      sig = tg_document_add_signature (doc, "Төраға", "Н. Ж. Әміров");

      g_assert_cmpint (tg_document_get_block_page (doc, sig), ==,
                       tg_document_get_table_row_page (doc, table, n - 1));
      if (tg_document_get_table_row_page (doc, table, n - 1) >
          tg_document_get_table_row_page (doc, table, n - 2))
        {
          moved = TRUE;
          g_assert_cmpuint (tg_document_get_table_header_count (doc, table), ==, 2);
        }
    }
  g_assert_true (moved);
}

static void
test_escape (void)
{
  g_autoptr(TgDocument) doc = tg_document_new ();
  g_autofree char *escaped = tg_document_escape ("«A&B» <b>ЖШС</b>");

  g_assert_cmpstr (escaped, ==, "«A&amp;B» &lt;b&gt;ЖШС&lt;/b&gt;");
  tg_document_add_text (doc, "<i>not markup</i> & co", TG_PARAGRAPH_DEFAULT);
  tg_document_add_title (doc, "A & B < C");
  g_assert_cmpuint (tg_document_get_n_pages (doc), ==, 1);
  g_assert_cmpint (tg_document_get_block_page (doc, 1), ==, 0);
}

static char *
read_file (const char *path,
           gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);
  return contents;
}

/* PDF files hold NUL bytes, so g_strstr_len() would stop early. */
static gboolean
contains (const char *bytes,
          gsize       len,
          const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= len; i++)
    if (memcmp (bytes + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

static char *
write_order (const char *dir,
             const char *name)
{
  g_autoptr(TgDocument) doc = build_order (40, TRUE);
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (tg_document_write_pdf (doc, path, &error));
  g_assert_no_error (error);
  return path;
}

static char *
run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
  return out;
}

static char *
pdf_text (const char *path,
          int         page)
{
  g_autofree char *first = g_strdup_printf ("%d", page > 0 ? page : 1);
  g_autofree char *last = g_strdup_printf ("%d", page > 0 ? page : 9999);
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", "-f", first, "-l", last,
                         path, "-", NULL };

  return run_tool (argv);
}

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

      for (guint f = 0; fields[f] != NULL; f++)
        if (*fields[f] != '\0')
          g_ptr_array_add (words, fields[f]);
      if (words->len == 0)
        continue;
      /* name type… encoding emb sub uni object generation */
      g_assert_cmpuint (words->len, >=, 8);
      g_assert_cmpstr (g_ptr_array_index (words, words->len - 5), ==, "yes");
      n_fonts++;
    }
  g_assert_cmpuint (n_fonts, >, 0);
  g_assert_nonnull (strstr (out, "PTSerif"));
}

static void
assert_text (const char *path)
{
  g_autoptr(TgDocument) doc = build_order (40, TRUE);
  g_autofree char *text = pdf_text (path, 0);
  guint members = 7;

  g_assert_nonnull (strstr (text, "БҰЙЫРАМЫН"));
  g_assert_nonnull (strstr (text, "қарашадағы"));
  /* Kept on one line by tg_document_escape_unbreakable(). */
  g_assert_nonnull (strstr (text, "2026 жылғы 18 қарашада"));
  g_assert_nonnull (strstr (text, "<филиал>"));
  /* A name in a no-wrap column stays on one line. */
  g_assert_nonnull (strstr (text, LONG_NAME));

  for (int p = tg_document_get_block_page (doc, members);
       p <= tg_document_get_block_end_page (doc, members); p++)
    {
      g_autofree char *page = pdf_text (path, p + 1);

      g_assert_nonnull (strstr (page, "Комиссиядағы"));
      if (p > 0)
        g_assert_nonnull (strstr (page, "Лауазымы"));
    }
}

static gboolean
have_program (const char *name)
{
  g_autofree char *path = g_find_program_in_path (name);

  return path != NULL;
}

static void
test_pdf (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("tergeu-document-XXXXXX", &error);
  g_autofree char *a = NULL, *b = NULL, *bytes_a = NULL, *bytes_b = NULL;
  gsize len_a, len_b;

  g_assert_no_error (error);
  a = write_order (dir, "a.pdf");
  b = write_order (dir, "b.pdf");
  bytes_a = read_file (a, &len_a);
  bytes_b = read_file (b, &len_b);
  g_assert_true (g_str_has_prefix (bytes_a, "%PDF-"));
  g_assert_cmpmem (bytes_a, len_a, bytes_b, len_b);
  /* No creation date was given, so none is written (not "now"). */
  g_assert_true (contains (bytes_a, len_a, "/Creator (Tergeu)"));
  g_assert_false (contains (bytes_a, len_a, "/CreationDate"));

  if (!have_program ("pdftotext") || !have_program ("pdffonts"))
    g_test_skip ("pdftotext or pdffonts (poppler-utils) is not installed");
  else
    {
      assert_text (a);
      assert_fonts_embedded (a);
    }

  g_assert_no_errno (g_remove (a));
  g_assert_no_errno (g_remove (b));
  g_assert_no_errno (g_rmdir (dir));
}

static void
test_metadata (void)
{
  g_autoptr(TgDocument) doc = build_order (3, TRUE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimeZone) tz = g_time_zone_new_offset (5 * 3600);
  g_autoptr(GDateTime) when = g_date_time_new (tz, 2026, 11, 25, 10, 30, 0);
  g_autofree char *dir = g_dir_make_tmp ("tergeu-document-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "order.pdf", NULL);
  g_autofree char *bytes = NULL;
  gsize len;

  g_assert_no_error (error);
  tg_document_set_creation_date (doc, when);
  g_assert_true (tg_document_write_pdf (doc, path, &error));
  g_assert_no_error (error);
  bytes = read_file (path, &len);
  /* Cairo 1.16 leaves out the optional "D:" prefix; later versions add it. */
  g_assert_true (contains (bytes, len, "/CreationDate ("));
  g_assert_true (contains (bytes, len, "20261125103000+05'00)"));

  g_assert_no_errno (g_remove (path));
  g_assert_no_errno (g_rmdir (dir));
}

static void
test_write_error (void)
{
  g_autoptr(TgDocument) doc = build_order (3, TRUE);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("tergeu-document-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "missing", "order.pdf", NULL);

  g_assert_no_error (error);
  g_assert_false (tg_document_write_pdf (doc, path, &error));
  g_assert_error (error, TG_DOCUMENT_ERROR, TG_DOCUMENT_ERROR_WRITE);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_no_errno (g_rmdir (dir));
}

/* Any cairo surface: an image surface at screen scale draws the same pages. */
static void
test_render_image (void)
{
  g_autoptr(TgDocument) doc = build_order (40, TRUE);
  guint n_pages = tg_document_get_n_pages (doc);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 420, 594);
  cairo_t *cr = cairo_create (surface);

  g_assert_cmpuint (tg_document_paginate (doc, cr), ==, n_pages);
  for (guint p = 0; p < n_pages; p++)
    tg_document_render_page (doc, cr, p, 420, 594);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/document/pagination", test_pagination);
  g_test_add_func ("/document/signature-kept", test_signature_kept);
  g_test_add_func ("/document/signature-after-table", test_signature_after_table);
  g_test_add_func ("/document/escape", test_escape);
  g_test_add_func ("/document/pdf", test_pdf);
  g_test_add_func ("/document/metadata", test_metadata);
  g_test_add_func ("/document/write-error", test_write_error);
  g_test_add_func ("/document/render-image", test_render_image);

  return g_test_run ();
}
