/* test-exchange-validate.c — the XML level of the exchange format
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the validator over tests/data/exchange: every good-*.xml passes,
 * every bad-*.xml fails with the message fragment, line and error code
 * written in the bad-*.expect beside it.  Files too large to keep in the
 * tree (a document over 7 MiB, more lines than libxml2 keeps per node,
 * more errors than the limit) are made in a temporary directory.
 */
#define G_LOG_DOMAIN "test-exchange-validate"

#include "config.h"

#include <string.h>
#include <sys/resource.h>

#include <glib/gstdio.h>

#include "tg-exchange-schema.h"
#include "tg-exchange-validate.h"
#include "tg-xml-input.h"
#include "tg-xml-prolog.h"

static const struct
{
  const char *nick;
  TgXmlInputError code;
} error_nicks[] = {
  { "io", TG_XML_INPUT_ERROR_IO },
  { "too_large", TG_XML_INPUT_ERROR_TOO_LARGE },
  { "encoding", TG_XML_INPUT_ERROR_ENCODING },
  { "dtd", TG_XML_INPUT_ERROR_DTD },
  { "malformed", TG_XML_INPUT_ERROR_MALFORMED },
  { "namespace", TG_XML_INPUT_ERROR_NAMESPACE },
  { "version", TG_XML_INPUT_ERROR_VERSION },
  { "too_deep", TG_XML_INPUT_ERROR_TOO_DEEP },
  { "invalid", TG_XML_INPUT_ERROR_INVALID },
};

static char *
data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "exchange", name, NULL);
}

static int
error_code_from_nick (const char *nick)
{
  for (guint i = 0; i < G_N_ELEMENTS (error_nicks); i++)
    if (g_str_equal (error_nicks[i].nick, nick))
      return error_nicks[i].code;
  g_error ("unknown error nick “%s” in an .expect file", nick);
}

static char *
report_text (TgExchangeReport *report)
{
  return tg_exchange_report_format (report);
}

/* Whether some message is at @line and contains @fragment (formatted, so
 * that the case label counts too). */
static gboolean
report_has (TgExchangeReport *report,
            guint             line,
            const char       *fragment)
{
  GListModel *messages = tg_exchange_report_get_messages (report);

  for (guint i = 0; i < g_list_model_get_n_items (messages); i++)
    {
      g_autoptr(TgExchangeMessage) message = g_list_model_get_item (messages, i);
      g_autofree char *text = tg_exchange_message_format (message);

      if (tg_exchange_message_get_line (message) == line &&
          strstr (text, fragment) != NULL)
        return TRUE;
    }
  return FALSE;
}

static gboolean
report_contains (TgExchangeReport *report,
                 const char       *fragment)
{
  g_autofree char *text = report_text (report);

  return strstr (text, fragment) != NULL;
}

/* ---- The corpus ----------------------------------------------------- */

static void
test_good_file (gconstpointer data)
{
  const char *name = data;
  g_autofree char *path = data_path (name);
  g_autoptr(TgExchangeReport) report = tg_exchange_report_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gboolean ok;

  ok = tg_exchange_validate_file (path, report, &error);
  text = report_text (report);
  if (!ok)
    g_test_message ("%s", text);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpuint (tg_exchange_report_get_n_errors (report), ==, 0);
  g_assert_cmpuint (tg_exchange_report_get_n_warnings (report), ==, 0);
}

static GKeyFile *
load_expect (const char *xml_name)
{
  g_autofree char *base = g_strndup (xml_name, strlen (xml_name) - 4);
  g_autofree char *name = g_strconcat (base, ".expect", NULL);
  g_autofree char *path = data_path (name);
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autoptr(GError) error = NULL;

  g_key_file_load_from_file (keys, path, G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&keys);
}

static void
test_bad_file (gconstpointer data)
{
  const char *name = data;
  g_autofree char *path = data_path (name);
  g_autoptr(GKeyFile) expect = load_expect (name);
  g_autoptr(TgExchangeReport) report = tg_exchange_report_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *fragment = NULL;
  g_autofree char *nick = NULL;
  g_autofree char *text = NULL;
  g_autofree char *prefix = NULL;
  guint line;

  line = g_key_file_get_integer (expect, "expect", "line", NULL);
  fragment = g_key_file_get_string (expect, "expect", "message", NULL);
  nick = g_key_file_get_string (expect, "expect", "error", NULL);
  g_assert_nonnull (fragment);
  g_assert_nonnull (nick);

  g_assert_false (tg_exchange_validate_file (path, report, &error));
  text = report_text (report);
  g_test_message ("%s", text);
  g_assert_error (error, TG_XML_INPUT_ERROR, error_code_from_nick (nick));
  g_assert_cmpuint (tg_exchange_report_get_n_errors (report), >, 0);
  g_assert_true (report_has (report, line, fragment));
  /* FILE:LINE: is how every message starts (FILE: for the whole file). */
  prefix = g_strdup_printf ("%s:", name);
  g_assert_true (g_str_has_prefix (text, prefix));
  g_assert_true (g_str_has_prefix (error->message, prefix));
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Adds a test per corpus file; returns the names, which the tests use. */
static GPtrArray *
add_corpus_tests (void)
{
  g_autofree char *dir_path = data_path (NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".xml"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      const char *file = g_ptr_array_index (names, i);
      g_autofree char *test_path = NULL;

      if (g_str_has_prefix (file, "good-"))
        {
          test_path = g_strconcat ("/exchange/validate/good/", file, NULL);
          g_test_add_data_func (test_path, file, test_good_file);
        }
      else if (g_str_has_prefix (file, "bad-"))
        {
          test_path = g_strconcat ("/exchange/validate/bad/", file, NULL);
          g_test_add_data_func (test_path, file, test_bad_file);
        }
    }
  return names;
}

/* ---- Hostile files -------------------------------------------------- */

static void
test_xxe_reads_nothing (void)
{
  g_autofree char *path = data_path ("bad-xxe.xml");
  g_autoptr(TgExchangeReport) report = tg_exchange_report_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *passwd = NULL;
  g_autofree char *text = NULL;

  g_assert_false (tg_exchange_validate_file (path, report, &error));
  g_assert_error (error, TG_XML_INPUT_ERROR, TG_XML_INPUT_ERROR_DTD);
  text = report_text (report);
  g_assert_null (strstr (text, "root:"));
  g_assert_null (strstr (error->message, "root:"));
  if (g_file_get_contents ("/etc/passwd", &passwd, NULL, NULL))
    {
      g_auto(GStrv) lines = g_strsplit (passwd, "\n", 2);

      if (lines[0] != NULL && lines[0][0] != '\0')
        g_assert_null (strstr (text, lines[0]));
    }
  /* Refused at the DOCTYPE: a single message, nothing parsed after it. */
  g_assert_cmpuint (tg_exchange_report_get_n_errors (report), ==, 1);
}

static glong
peak_rss_kib (void)
{
  struct rusage usage;

  g_assert_cmpint (getrusage (RUSAGE_SELF, &usage), ==, 0);
  return usage.ru_maxrss;
}

static void
test_billion_laughs_bounded (void)
{
  g_autofree char *path = data_path ("bad-billion-laughs.xml");
  g_autoptr(TgExchangeReport) report = tg_exchange_report_new ();
  g_autoptr(GError) error = NULL;
  glong rss_before = peak_rss_kib ();
  gint64 start = g_get_monotonic_time ();

  g_assert_false (tg_exchange_validate_file (path, report, &error));
  g_assert_error (error, TG_XML_INPUT_ERROR, TG_XML_INPUT_ERROR_DTD);
  /* Expanded, it would be 3 GB of "lol"; refused, it costs nothing.  The
   * bounds are loose on purpose: they catch an expansion, not a slow
   * machine. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
  g_assert_cmpint (peak_rss_kib () - rss_before, <, 64 * 1024);
}

static void
write_temp (const char *dir,
            const char *name,
            const char *contents,
            gssize      len,
            char      **path)
{
  g_autoptr(GError) error = NULL;

  *path = g_build_filename (dir, name, NULL);
  g_file_set_contents (*path, contents, len, &error);
  g_assert_no_error (error);
}

static char *
example_text (void)
{
  g_autofree char *path = data_path ("good-example.xml");
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

/* The example with @insert put before its history. */
static char *
example_with (const char *insert)
{
  g_autofree char *example = example_text ();
  g_autoptr(GString) s = g_string_new (example);
  const char *end = strstr (s->str, "    <history>");

  g_assert_nonnull (end);
  g_string_insert (s, end - s->str, insert);
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static char *
document_of_size (gsize size)
{
  g_autofree guint8 *content = g_malloc (size);
  g_autofree char *encoded = NULL;
  g_autofree char *sha256 = NULL;

  memset (content, 'x', size);
  encoded = g_base64_encode (content, size);
  /* validate runs every check of the importer, the SHA-256 too. */
  sha256 = g_compute_checksum_for_data (G_CHECKSUM_SHA256, content, size);
  return g_strdup_printf ("    <documents>\n"
                          "      <document title=\"t\" fileName=\"f.bin\" "
                          "mediaType=\"application/octet-stream\" sha256=\""
                          "%s\">%s</document>\n"
                          "    </documents>\n",
                          sha256, encoded);
}

static gboolean
validate_text (const char        *dir,
               const char        *text,
               TgExchangeReport  *report,
               GError           **error)
{
  g_autofree char *path = NULL;
  gboolean ok;

  write_temp (dir, "generated.xml", text, -1, &path);
  ok = tg_exchange_validate_file (path, report, error);
  g_unlink (path);
  return ok;
}

static void
test_document_limit (void)
{
  g_autofree char *dir = g_dir_make_tmp ("tergeu-exchange-XXXXXX", NULL);
  g_autofree char *at_limit = document_of_size (TG_XML_INPUT_MAX_DOCUMENT_SIZE);
  g_autofree char *over = document_of_size (TG_XML_INPUT_MAX_DOCUMENT_SIZE + 1);
  g_autofree char *good = example_with (at_limit);
  g_autofree char *bad = example_with (over);
  g_autoptr(TgExchangeReport) report = tg_exchange_report_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (validate_text (dir, good, report, &error));
  g_assert_no_error (error);

  g_assert_false (validate_text (dir, bad, report, &error));
  g_assert_error (error, TG_XML_INPUT_ERROR, TG_XML_INPUT_ERROR_INVALID);
  /* g_format_size() puts a no-break space before the unit. */
  g_assert_true (report_contains (report, "an embedded document is larger "
                                          "than 7.0\u00a0MiB"));
  /* Said once, in words: the schema's own maxLength message is dropped. */
  g_assert_cmpuint (tg_exchange_report_get_n_errors (report), ==, 1);
  g_rmdir (dir);
}

/* The example with the text from @from up to @to (exclusive) replaced. */
static char *
example_replacing (const char *from,
                   const char *to,
                   const char *replacement)
{
  g_autofree char *example = example_text ();
  const char *start = strstr (example, from);
  const char *end = start != NULL ? strstr (start, to) : NULL;

  g_assert_nonnull (end);
  return g_strdup_printf ("%.*s%s%s", (int) (start - example), example,
                          replacement, end);
}

static void
test_too_many_errors (void)
{
  g_autofree char *dir = g_dir_make_tmp ("tergeu-exchange-XXXXXX", NULL);
  g_autoptr(GString) victims = g_string_new (NULL);
  g_autoptr(TgExchangeReport) report = tg_exchange_report_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *file = NULL;

  /* 150 victims with a one-digit IIN: one error each. */
  for (guint i = 0; i < 150; i++)
    g_string_append_printf (victims,
                            "      <victim id=\"v%u\"><fullName>X</fullName>"
                            "<iin>1</iin><birthDate>2000-01-01</birthDate>"
                            "<sex>m</sex><severity>light</severity></victim>\n",
                            i);
  file = example_replacing ("      <victim ", "    </victims>", victims->str);
  g_assert_false (validate_text (dir, file, report, &error));
  g_assert_error (error, TG_XML_INPUT_ERROR, TG_XML_INPUT_ERROR_INVALID);
  g_assert_cmpuint (tg_exchange_report_get_n_errors (report), ==,
                    TG_XML_INPUT_DEFAULT_MAX_ERRORS + 1);
  text = report_text (report);
  g_assert_nonnull (strstr (text, "more than 100 errors"));
  g_assert_nonnull (strstr (error->message, "(and 100 more errors)"));
  g_rmdir (dir);
}

static guint
line_at (const char *text,
         const char *position)
{
  guint line = 1;

  for (const char *p = text; p < position; p++)
    if (*p == '\n')
      line++;
  return line;
}

/* @n copies of the example's case, with their own ids and numbers. */
static char *
bundle_of (guint       n,
           const char *last_old,
           const char *last_new)
{
  g_autofree char *example = example_text ();
  const char *case_start = strstr (example, "  <case ");
  const char *case_end = strstr (example, "</caseFile>");
  g_autoptr(GString) s = g_string_new_len (example, case_start - example);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GString) one = g_string_new_len (case_start,
                                                 case_end - case_start);
      g_autofree char *id = g_strdup_printf ("00000000-0000-4000-8000-%012u", i);
      g_autofree char *number = g_strdup_printf ("08-2026-%05u", i + 1);

      g_string_replace (one, "6f1c2a4e-8d3b-4c1a-9e2f-0a7b5c3d1e90", id, 1);
      g_string_replace (one, "08-2026-00042", number, 1);
      if (i == n - 1)
        g_assert_cmpuint (g_string_replace (one, last_old, last_new, 1), ==, 1);
      g_string_append_len (s, one->str, one->len);
    }
  g_string_append (s, "</caseFile>\n");
  return g_string_free (g_steal_pointer (&s), FALSE);
}

/* More lines than libxml2 2.9 keeps in a node (65535): messages still
 * name the right line and case. */
static void
test_big_line_numbers (void)
{
  g_autofree char *dir = g_dir_make_tmp ("tergeu-exchange-XXXXXX", NULL);
  g_autoptr(TgExchangeReport) report = tg_exchange_report_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint line;

  text = bundle_of (700, "<iin>930823304447</iin>", "<iin>93082330444</iin>");
  line = line_at (text, strstr (text, "93082330444<"));
  g_assert_cmpuint (line, >, 65535);
  g_assert_false (validate_text (dir, text, report, &error));
  g_assert_true (report_has (report, line,
                             "case 08-2026-00700: <iin>"));
  g_assert_cmpuint (tg_exchange_report_get_n_errors (report), ==, 1);
  g_rmdir (dir);
}

/* A refusal of the input's own, far into a file, names its line too. */
static void
test_big_line_numbers_own_check (void)
{
  g_autofree char *dir = g_dir_make_tmp ("tergeu-exchange-XXXXXX", NULL);
  g_autoptr(TgExchangeReport) report = tg_exchange_report_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint line;

  text = bundle_of (700, "<fullName>Омаров Данияр Сәкенұлы</fullName>",
                    "<fullName>\n<a><b><c>Омаров</c></b></a></fullName>");
  line = line_at (text, strstr (text, "<a><b><c>Омаров"));
  g_assert_false (validate_text (dir, text, report, &error));
  g_assert_error (error, TG_XML_INPUT_ERROR, TG_XML_INPUT_ERROR_TOO_DEEP);
  g_assert_true (report_has (report, line, "case 08-2026-00700: elements "
                                           "are nested deeper"));
  g_rmdir (dir);
}

static void
test_size_limit (void)
{
  g_autofree char *path = data_path ("good-example.xml");
  g_autoptr(TgExchangeReport) report = tg_exchange_report_new ();
  g_autoptr(TgXmlInput) input = tg_xml_input_new (report);
  g_autoptr(GError) error = NULL;

  tg_xml_input_set_max_size (input, 1000);
  g_assert_false (tg_xml_input_open (input, path, &error));
  g_assert_error (error, TG_XML_INPUT_ERROR, TG_XML_INPUT_ERROR_TOO_LARGE);
  g_assert_false (tg_xml_input_next (input));
  g_clear_error (&error);
  g_assert_false (tg_xml_input_finish (input, &error));
  g_assert_error (error, TG_XML_INPUT_ERROR, TG_XML_INPUT_ERROR_TOO_LARGE);
  g_assert_true (report_contains (report, "good-example.xml: the file is"));
}

static void
test_missing_file (void)
{
  g_autoptr(TgExchangeReport) report = tg_exchange_report_new ();
  g_autoptr(GError) error = NULL;

  g_assert_false (tg_exchange_validate_file ("/nonexistent/cases.xml",
                                             report, &error));
  g_assert_error (error, TG_XML_INPUT_ERROR, TG_XML_INPUT_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, "cases.xml: "));
}

static void
test_not_regular_file (void)
{
  g_autoptr(TgExchangeReport) report = tg_exchange_report_new ();
  g_autoptr(GError) error = NULL;

  g_assert_false (tg_exchange_validate_file ("/dev/null", report, &error));
  g_assert_error (error, TG_XML_INPUT_ERROR, TG_XML_INPUT_ERROR_IO);
  g_assert_true (report_contains (report, "null: not a regular file"));
}

/* Nothing legitimate comes with 64 KiB of comments before the root. */
static void
test_long_prolog (void)
{
  g_autofree char *dir = g_dir_make_tmp ("tergeu-exchange-XXXXXX", NULL);
  g_autofree char *example = example_text ();
  g_autofree char *padding = g_strnfill (70 * 1024, 'x');
  g_autofree char *text = NULL;
  g_autoptr(TgExchangeReport) report = tg_exchange_report_new ();
  g_autoptr(GError) error = NULL;

  text = g_strdup_printf ("<!-- %s -->\n%s", padding,
                          strstr (example, "<caseFile"));
  g_assert_false (validate_text (dir, text, report, &error));
  g_assert_error (error, TG_XML_INPUT_ERROR, TG_XML_INPUT_ERROR_MALFORMED);
  g_assert_true (report_contains (report, "more than 64 KiB before its root"));
  g_rmdir (dir);
}

/* ---- The reader as the importer will use it ------------------------- */

static void
read_victims (TgXmlInput *input,
              GPtrArray  *iins)
{
  int victims_depth = tg_xml_input_get_depth (input);

  while (tg_xml_input_next_child (input, victims_depth))
    {
      int victim_depth = tg_xml_input_get_depth (input);

      g_assert_cmpstr (tg_xml_input_get_name (input), ==, "victim");
      while (tg_xml_input_next_child (input, victim_depth))
        if (g_str_equal (tg_xml_input_get_name (input), "iin"))
          g_ptr_array_add (iins, tg_xml_input_read_text (input, 64));
    }
}

static void
read_documents (TgXmlInput *input,
                guint      *n_documents)
{
  int depth = tg_xml_input_get_depth (input);

  while (tg_xml_input_next_child (input, depth))
    {
      g_autofree char *sha256 = tg_xml_input_dup_attribute (input, "sha256");
      g_autoptr(GBytes) content = NULL;
      g_autofree char *actual = NULL;

      content = tg_xml_input_read_base64 (input, TG_XML_INPUT_MAX_DOCUMENT_SIZE);
      g_assert_nonnull (content);
      actual = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, content);
      g_assert_cmpstr (actual, ==, sha256);
      (*n_documents)++;
    }
}

static void
test_navigation (void)
{
  g_autofree char *path = data_path ("good-full.xml");
  g_autoptr(TgExchangeReport) report = tg_exchange_report_new ();
  g_autoptr(TgXmlInput) input = tg_xml_input_new (report);
  g_autoptr(GPtrArray) iins = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *number = NULL;
  g_autofree char *id = NULL;
  guint n_documents = 0;
  guint n_children = 0;

  g_assert_true (tg_xml_input_open (input, path, &error));
  g_assert_no_error (error);
  g_assert_true (tg_xml_input_next (input));
  g_assert_cmpstr (tg_xml_input_get_name (input), ==, "caseFile");
  g_assert_cmpint (tg_xml_input_get_depth (input), ==, 0);
  while (tg_xml_input_next_child (input, 0))
    {
      if (!g_str_equal (tg_xml_input_get_name (input), "case"))
        continue;
      id = tg_xml_input_dup_attribute (input, "id");
      g_assert_cmpuint (tg_xml_input_get_line (input), ==, 10);
      while (tg_xml_input_next_child (input, 1))
        {
          const char *name = tg_xml_input_get_name (input);

          n_children++;
          if (g_str_equal (name, "number"))
            number = tg_xml_input_read_text (input, 64);
          else if (g_str_equal (name, "victims"))
            read_victims (input, iins);
          else if (g_str_equal (name, "documents"))
            read_documents (input, &n_documents);
        }
    }
  g_assert_false (tg_xml_input_next (input));
  g_assert_true (tg_xml_input_finish (input, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (id, ==, "4ea16c3d-5f70-4182-9cde-3f4a5b6c7d84");
  g_assert_cmpstr (number, ==, "05-2026-00231");
  g_assert_cmpuint (n_children, ==, 11);
  g_assert_cmpuint (iins->len, ==, 1);
  g_assert_cmpuint (strlen (g_ptr_array_index (iins, 0)), ==, 12);
  g_assert_cmpuint (n_documents, ==, 2);
}

/* Text with references, CDATA and comments comes back as one string. */
static void
test_read_text_pieces (void)
{
  g_autofree char *path = data_path ("good-languages.xml");
  g_autoptr(TgExchangeReport) report = tg_exchange_report_new ();
  g_autoptr(TgXmlInput) input = tg_xml_input_new (report);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *place = NULL;

  g_assert_true (tg_xml_input_open (input, path, &error));
  while (tg_xml_input_next (input))
    {
      if (g_str_equal (tg_xml_input_get_name (input), "name"))
        name = tg_xml_input_read_text (input, 4000);
      else if (g_str_equal (tg_xml_input_get_name (input), "place"))
        place = tg_xml_input_read_text (input, 4000);
    }
  g_assert_true (tg_xml_input_finish (input, &error));
  g_assert_cmpstr (name, ==, "ТОО «Ұлы Дала & Компания» \"Жаңа Өрлеу\"");
  g_assert_cmpstr (place, ==, "Қойма, <стеллаж №3> жанында");
}

/* ---- The prolog check, fed in every possible split ------------------ */

static void
scan_every_prefix (const char        *name,
                   TgXmlPrologStatus  expected)
{
  g_autofree char *path = data_path (name);
  g_autofree char *text = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (path, &text, &len, NULL));
  for (gsize n = 0; n <= MIN (len, 4096); n++)
    {
      g_autoptr(GError) error = NULL;
      gsize offset = 0;
      TgXmlPrologStatus status;

      status = tg_xml_prolog_scan ((const guint8 *) text, n, &offset, &error);
      if (status == TG_XML_PROLOG_INCOMPLETE)
        continue;
      g_assert_cmpint (status, ==, expected);
      if (status == TG_XML_PROLOG_ROOT)
        g_assert_true (strncmp (text + offset, "<caseFile", 9) == 0);
      else
        g_assert_nonnull (error);
    }
}

static void
test_prolog_splits (void)
{
  scan_every_prefix ("good-example.xml", TG_XML_PROLOG_ROOT);
  scan_every_prefix ("good-languages.xml", TG_XML_PROLOG_ROOT);
  scan_every_prefix ("bad-xxe.xml", TG_XML_PROLOG_REFUSED);
  scan_every_prefix ("bad-dtd-after-comment.xml", TG_XML_PROLOG_REFUSED);
  scan_every_prefix ("bad-billion-laughs.xml", TG_XML_PROLOG_REFUSED);
}

static void
test_prolog_cases (void)
{
  static const struct
  {
    const char *text;
    gsize len; /* 0: up to the NUL */
    TgXmlPrologStatus status;
    int code;
  } cases[] = {
    { "<caseFile/>", 0, TG_XML_PROLOG_ROOT, 0 },
    { "  \r\n<a/>", 0, TG_XML_PROLOG_ROOT, 0 },
    { "\xEF\xBB\xBF<\xD2\x9B/>", 0, TG_XML_PROLOG_ROOT, 0 },
    { "<?xml version='1.0' encoding='utf-8'?><a/>", 0, TG_XML_PROLOG_ROOT, 0 },
    { "<?xml version='1.0'?><!-- <!DOCTYPE a> --><a/>", 0,
      TG_XML_PROLOG_ROOT, 0 },
    { "<?xml version='1.0' encoding='UTF-7'?><a/>", 0, TG_XML_PROLOG_REFUSED,
      TG_XML_INPUT_ERROR_ENCODING },
    { "<!doctype a><a/>", 0, TG_XML_PROLOG_REFUSED, TG_XML_INPUT_ERROR_DTD },
    { "<!ENTITY a 'b'><a/>", 0, TG_XML_PROLOG_REFUSED, TG_XML_INPUT_ERROR_DTD },
    { "<![CDATA[x]]><a/>", 0, TG_XML_PROLOG_REFUSED, TG_XML_INPUT_ERROR_DTD },
    { "x<a/>", 0, TG_XML_PROLOG_REFUSED, TG_XML_INPUT_ERROR_MALFORMED },
    { "<\0a\0/\0>\0", 8, TG_XML_PROLOG_REFUSED, TG_XML_INPUT_ERROR_ENCODING },
    { "\xFE\xFF\0<", 4, TG_XML_PROLOG_REFUSED, TG_XML_INPUT_ERROR_ENCODING },
    { "<!-- unterminated", 0, TG_XML_PROLOG_INCOMPLETE, 0 },
    { "<!", 0, TG_XML_PROLOG_INCOMPLETE, 0 },
    { "", 0, TG_XML_PROLOG_INCOMPLETE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gsize offset = 0;
      gsize len = cases[i].len > 0 ? cases[i].len : strlen (cases[i].text);
      TgXmlPrologStatus status;

      status = tg_xml_prolog_scan ((const guint8 *) cases[i].text, len,
                                   &offset, &error);
      g_assert_cmpint (status, ==, cases[i].status);
      if (status == TG_XML_PROLOG_REFUSED)
        g_assert_error (error, TG_XML_INPUT_ERROR, cases[i].code);
      else
        g_assert_no_error (error);
    }
}

static void
test_schema_from_resource (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (tg_exchange_schema_get (&error));
  g_assert_no_error (error);
  /* Cached: the same compiled schema each time. */
  g_assert_true (tg_exchange_schema_get (NULL) == tg_exchange_schema_get (NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) corpus = NULL;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/exchange/schema/resource", test_schema_from_resource);
  g_test_add_func ("/exchange/prolog/cases", test_prolog_cases);
  g_test_add_func ("/exchange/prolog/splits", test_prolog_splits);
  corpus = add_corpus_tests ();
  g_test_add_func ("/exchange/validate/xxe-reads-nothing", test_xxe_reads_nothing);
  g_test_add_func ("/exchange/validate/billion-laughs-bounded",
                   test_billion_laughs_bounded);
  g_test_add_func ("/exchange/validate/document-limit", test_document_limit);
  g_test_add_func ("/exchange/validate/too-many-errors", test_too_many_errors);
  g_test_add_func ("/exchange/validate/big-line-numbers", test_big_line_numbers);
  g_test_add_func ("/exchange/validate/big-line-numbers-own-check",
                   test_big_line_numbers_own_check);
  g_test_add_func ("/exchange/input/size-limit", test_size_limit);
  g_test_add_func ("/exchange/input/missing-file", test_missing_file);
  g_test_add_func ("/exchange/input/not-regular-file", test_not_regular_file);
  g_test_add_func ("/exchange/input/long-prolog", test_long_prolog);
  g_test_add_func ("/exchange/input/navigation", test_navigation);
  g_test_add_func ("/exchange/input/text-pieces", test_read_text_pieces);

  return g_test_run ();
}
