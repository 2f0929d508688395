/* test-i18n.c — Kazakh and Russian from the compiled catalogues
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The catalogues are the ones meson compiles into the build tree
 * (TERGEU_LOCALEDIR/<lang>/LC_MESSAGES/tergeu.mo); the po files are checked
 * against a template made afresh from po/POTFILES.in, so that a string
 * marked in the sources but missing from a translation fails here.
 */
#define G_LOG_DOMAIN "test-i18n"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "tg-enums.h"
#include "tg-identifiers.h"
#include "tg-regions.h"
#include "tg-i18n.h"
#include "tg-store.h"
#include "tg-test-history.h"
#include "tg-test-util.h"

/* The letters Kazakh has and Russian does not. */
static const char kazakh_letters[] = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";

static const char *
source_root (void)
{
  static char *root;

  if (root == NULL)
    root = g_canonicalize_filename ("..", g_test_get_dir (G_TEST_DIST));
  return root;
}

/* Switches messages to @lang in the locale @locale, as a user with
 * LANGUAGE=@lang would run Tergeu. FALSE (and the test skipped) when the
 * system lacks the locale: build-aux/setup.sh generates it. */
static gboolean
use_language (const char *lang,
              const char *locale)
{
  g_setenv ("LANGUAGE", lang, TRUE);
  /* A new locale name also empties glibc's cache of looked-up messages. */
  if (setlocale (LC_ALL, locale) == NULL)
    {
      g_autofree char *why = g_strdup_printf ("locale %s is missing; run build-aux/setup.sh", locale);
      g_test_skip (why);
      return FALSE;
    }
  return TRUE;
}

static gboolean
has_kazakh_letter (const char *text)
{
  for (const char *p = kazakh_letters; *p != '\0'; p = g_utf8_next_char (p))
    {
      char letter[8] = { 0 };

      g_unichar_to_utf8 (g_utf8_get_char (p), letter);
      if (strstr (text, letter) != NULL)
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_cyrillic (const char *text)
{
  guint cyrillic = 0, latin = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0x0400 && c <= 0x04FF)
        cyrillic++;
      else if (g_ascii_isalpha (c))
        latin++;
    }
  return cyrillic > 0 && latin == 0;
}

static char *
iin_error (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (tg_iin_validate ("690303303331", &error));
  g_assert_error (error, TG_ID_ERROR, TG_ID_ERROR_CHECK_DIGIT);
  return g_strdup (error->message);
}

static void
test_english (void)
{
  g_autofree char *message = NULL;

  if (!use_language ("en", "C.UTF-8"))
    return;
  message = iin_error ();
  g_assert_true (g_str_has_prefix (message, "IIN 690303303331 fails the check digit"));
  g_assert_cmpstr (tg_state_label (TG_STATE_REGISTERED), ==, "Registered");
  g_assert_cmpstr (tg_region_name (tg_region_lookup ("08")), ==, "Karaganda region");
}

static void
test_kazakh (void)
{
  g_autofree char *message = NULL;
  const char *state;

  if (!use_language ("kk", "kk_KZ.UTF-8"))
    return;

  message = iin_error ();
  g_test_message ("kk: %s", message);
  g_assert_true (g_str_has_prefix (message, "ЖСН 690303303331 "));
  g_assert_true (is_cyrillic (message));
  g_assert_true (has_kazakh_letter (message));

  state = tg_state_label (TG_STATE_LOCAL_INVESTIGATION);
  g_test_message ("kk: %s", state);
  g_assert_cmpstr (state, !=, "Local investigation");
  g_assert_true (is_cyrillic (state));
  g_assert_cmpstr (tg_severity_label (TG_SEVERITY_FATAL), ==, "Өліммен аяқталған");

  g_assert_cmpstr (tg_region_name (tg_region_lookup ("08")), ==, "Қарағанды облысы");
  g_assert_cmpstr (tg_region_name (tg_region_lookup ("21")), ==, "Ұлытау облысы");
}

/* Where the value of the `show` line starting with @label begins, in
 * characters. */
static glong
value_column (const char *out,
              const char *label)
{
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *p = lines[i] + 2;

      if (!g_str_has_prefix (lines[i], "  ") || !g_str_has_prefix (p, label))
        continue;
      p += strlen (label);
      while (*p == ' ')
        p++;
      return g_utf8_pointer_to_offset (lines[i], p);
    }
  g_error ("no line for %s in:\n%s", label, out);
  return -1;
}

/* `tergeu-cli show` lines its values up in Kazakh too: the labels are
 * padded by letters, not by bytes. */
static void
test_cli_show_aligned (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autoptr(TgCase) draft = tg_test_make_case (1, 0, 0);
  g_autoptr(TgCase) kase = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  const char *argv[] = { g_getenv ("TERGEU_CLI"), "show", "--db", NULL, NULL, NULL };
  int status = -1;

  if (!use_language ("kk", "kk_KZ.UTF-8"))
    return;
  kase = tg_test_register (store, draft);
  argv[3] = tg_store_get_path (store);
  argv[4] = tg_case_get_number (kase);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  g_test_message ("%s", out);
  /* "UUID" is ASCII; the state's label is Kazakh ("Күйі"). */
  g_assert_cmpint (value_column (out, "UUID"), ==, value_column (out, _("State")));
  g_assert_cmpint (value_column (out, "UUID"), ==, value_column (out, _("Region")));
  tg_test_remove_dir (dir);
}

/* `tergeu-cli show` tells a history with every kind of entry, older ones
 * included, in Kazakh and in Russian: no field path, class name or
 * English code in any of its lines. */
static void
test_cli_show_history (gconstpointer data)
{
  const char *lang = data;
  g_autofree char *dir = NULL;
  g_autoptr(TgStore) store = tg_test_open_store (&dir);
  g_autoptr(TgCase) kase = tg_test_history_case ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "LANGUAGE", lang, TRUE);
  g_auto(GStrv) lines = NULL;
  const char *argv[] = { g_getenv ("TERGEU_CLI"), "show", "--db", NULL, NULL, NULL };
  const char *heading = tg_i18n_translate (lang, "History");
  guint from = 0, checked = 0;
  int status = -1;

  g_assert_true (tg_store_insert_case (store, kase, &error));
  g_assert_no_error (error);
  argv[3] = tg_store_get_path (store);
  argv[4] = tg_case_get_number (kase);
  g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_equal (lines[i], heading))
      from = i + 1;
  g_assert_cmpuint (from, >, 0);
  for (guint i = from; lines[i] != NULL; i++)
    {
      g_autofree char *why = tg_test_unreadable (lines[i]);

      g_test_message ("%s", lines[i]);
      if (why != NULL)
        g_test_fail_printf ("%s: %s", lang, why);
      checked++;
    }
  g_assert_cmpuint (checked, >, 150);
  tg_test_remove_dir (dir);
}

static void
test_russian (void)
{
  g_autofree char *message = NULL;
  const char *state;

  if (!use_language ("ru", "ru_RU.UTF-8"))
    return;

  message = iin_error ();
  g_test_message ("ru: %s", message);
  g_assert_nonnull (strstr (message, "ИИН"));
  g_assert_nonnull (strstr (message, "690303303331"));
  g_assert_true (is_cyrillic (message));
  g_assert_false (has_kazakh_letter (message));

  state = tg_state_label (TG_STATE_LOCAL_INVESTIGATION);
  g_test_message ("ru: %s", state);
  g_assert_cmpstr (state, !=, "Local investigation");
  g_assert_true (is_cyrillic (state));
  g_assert_false (has_kazakh_letter (state));

  g_assert_cmpstr (tg_region_name (tg_region_lookup ("08")), ==, "Карагандинская область");
  g_assert_cmpstr (tg_region_name (tg_region_lookup ("15")), ==, "город Астана");
}

/* Russian counts have three forms (1, 2–4, 5–20), Kazakh two (the noun
 * stays singular after a number, but the header says one/other). */
static void
test_plurals (void)
{
  const char *one = "overdue %d working day";
  const char *other = "overdue %d working days";

  if (!use_language ("ru", "ru_RU.UTF-8"))
    return;
  g_assert_cmpstr (g_dngettext (GETTEXT_PACKAGE, one, other, 1), !=, one);
  g_assert_cmpstr (g_dngettext (GETTEXT_PACKAGE, one, other, 1), !=,
                   g_dngettext (GETTEXT_PACKAGE, one, other, 3));
  g_assert_cmpstr (g_dngettext (GETTEXT_PACKAGE, one, other, 3), !=,
                   g_dngettext (GETTEXT_PACKAGE, one, other, 5));
  g_assert_cmpstr (g_dngettext (GETTEXT_PACKAGE, one, other, 21), ==,
                   g_dngettext (GETTEXT_PACKAGE, one, other, 1));

  if (!use_language ("kk", "kk_KZ.UTF-8"))
    return;
  g_assert_true (has_kazakh_letter (g_dngettext (GETTEXT_PACKAGE, one, other, 1)));
  g_assert_true (has_kazakh_letter (g_dngettext (GETTEXT_PACKAGE, one, other, 5)));
}

/* Runs @argv; its exit status must be 0. Returns its stdout and stderr. */
static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s failed: %s\n%s%s", argv[0], error->message, out, err);
  return g_strconcat (out, err, NULL);
}

static gboolean
have_tools (void)
{
  const char *tools[] = { "xgettext", "msgmerge", "msgfmt" };

  for (guint i = 0; i < G_N_ELEMENTS (tools); i++)
    {
      g_autofree char *path = g_find_program_in_path (tools[i]);

      if (path == NULL)
        {
          g_test_skip ("gettext tools are not installed");
          return FALSE;
        }
    }
  return TRUE;
}

/* msgfmt --check passes on @po_file and its statistics name no untranslated
 * or fuzzy message. */
static void
assert_complete (const char *po_file)
{
  const char *msgfmt[] = { "msgfmt", "--check", "--statistics", "-o", "/dev/null", po_file, NULL };
  g_autofree char *stats = run (msgfmt);

  g_test_message ("%s: %s", po_file, stats);
  g_assert_nonnull (strstr (stats, "translated message"));
  if (strstr (stats, "untranslated") != NULL || strstr (stats, "fuzzy") != NULL)
    {
      g_autofree char *why = g_strdup_printf ("%s is incomplete: %s", po_file, stats);
      g_test_fail_printf ("%s", why);
    }
}

/* A template made afresh from the files of POTFILES.in, with the keywords
 * of po/meson.build; made once, removed at exit. */
static char *fresh_pot;

static void
remove_fresh_pot (void)
{
  g_autofree char *dir = g_path_get_dirname (fresh_pot);

  g_remove (fresh_pot);
  g_rmdir (dir);
  g_clear_pointer (&fresh_pot, g_free);
}

static const char *
make_fresh_pot (void)
{
  g_autofree char *potfiles = g_build_filename (source_root (), "po", "POTFILES.in", NULL);
  g_autofree char *tmp = NULL;
  g_autoptr(GError) error = NULL;

  if (fresh_pot != NULL)
    return fresh_pot;
  tmp = g_dir_make_tmp ("tergeu-i18n-XXXXXX", &error);
  g_assert_no_error (error);
  fresh_pot = g_build_filename (tmp, GETTEXT_PACKAGE ".pot", NULL);
  {
    const char *xgettext[] = {
      "xgettext", "--from-code=UTF-8", "--add-comments=Translators:",
      "--keyword=_", "--keyword=N_", "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
      "--keyword=g_dcgettext:2", "--keyword=g_dngettext:2,3",
      "--keyword=g_dpgettext2:2c,3", "--directory", source_root (),
      "--files-from", potfiles, "-o", fresh_pot, NULL
    };
    g_free (run (xgettext));
  }
  atexit (remove_fresh_pot);
  return fresh_pot;
}

/* po/@lang.po passes msgfmt --check, has no untranslated or fuzzy message,
 * and still has none once merged with the strings the sources mark today;
 * its catalogue is compiled in the build tree. */
static void
test_po_complete (gconstpointer data)
{
  const char *lang = data;
  g_autofree char *po = g_strdup_printf ("%s/po/%s.po", source_root (), lang);
  g_autofree char *merged = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *mo = NULL;

  mo = g_build_filename (g_getenv ("TERGEU_LOCALEDIR"), lang,
                         "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  g_assert_true (g_file_test (mo, G_FILE_TEST_IS_REGULAR));

  if (!have_tools ())
    return;

  assert_complete (po);

  dir = g_path_get_dirname (make_fresh_pot ());
  merged = g_strdup_printf ("%s/%s.po", dir, lang);
  {
    const char *msgmerge[] = { "msgmerge", "--quiet", "--no-fuzzy-matching",
                               "-o", merged, po, fresh_pot, NULL };
    g_free (run (msgmerge));
  }
  /* Fails when the sources mark a string that the po file lacks. */
  assert_complete (merged);
  g_remove (merged);
}

/* The languages of po/LINGUAS (blank-separated; # starts a comment). */
static GStrv
read_linguas (void)
{
  g_autofree char *file = g_build_filename (source_root (), "po", "LINGUAS", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GStrvBuilder) langs = g_strv_builder_new ();
  g_autoptr(GError) error = NULL;

  if (!g_file_get_contents (file, &text, NULL, &error))
    g_error ("%s", error->message);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *hash = strchr (lines[i], '#');
      g_auto(GStrv) words = NULL;

      if (hash != NULL)
        *hash = '\0';
      words = g_strsplit_set (lines[i], " \t\r", -1);
      for (guint j = 0; words[j] != NULL; j++)
        if (words[j][0] != '\0')
          g_strv_builder_add (langs, words[j]);
    }
  return g_strv_builder_end (langs);
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir;
  g_auto(GStrv) linguas = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  localedir = g_getenv ("TERGEU_LOCALEDIR");
  if (localedir == NULL)
    g_error ("TERGEU_LOCALEDIR is not set (tests/meson.build sets it)");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  g_test_add_func ("/i18n/english", test_english);
  g_test_add_func ("/i18n/kazakh", test_kazakh);
  g_test_add_func ("/i18n/russian", test_russian);
  g_test_add_func ("/i18n/plurals", test_plurals);
  g_test_add_func ("/i18n/cli-show-aligned", test_cli_show_aligned);
  g_test_add_data_func ("/i18n/cli-show-history/kk", "kk", test_cli_show_history);
  g_test_add_data_func ("/i18n/cli-show-history/ru", "ru", test_cli_show_history);
  linguas = read_linguas ();
  g_assert_cmpuint (g_strv_length (linguas), >=, 2);
  for (guint i = 0; linguas[i] != NULL; i++)
    {
      g_autofree char *path = g_strdup_printf ("/i18n/po-complete/%s", linguas[i]);

      g_test_add_data_func (path, linguas[i], test_po_complete);
    }

  status = g_test_run ();
  return status;
}
