/* cli-documents.c — order, document: print a case's documents to PDF
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tergeu-cli"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tergeu-cli.h"
#include "tg-case-documents.h"
#include "tg-doc-sources.h"

/* The options both commands check before touching the database. */
static gboolean
check_common (const char *command,
              const char *lang,
              const char *output)
{
  g_autoptr(GError) error = NULL;

  if (output == NULL || *output == '\0')
    {
      g_printerr (_("tergeu-cli %s: say where to write the PDF (-o FILE.pdf)\n"), command);
      return FALSE;
    }
  if (!tg_case_documents_check_language (lang, &error))
    {
      g_printerr ("tergeu-cli %s: %s\n", command, error->message);
      return FALSE;
    }
  return TRUE;
}

static int
print_document (const char    *case_ref,
                TgPrintedKind  kind,
                const char    *item_id,
                const char    *lang,
                const char    *output)
{
  g_autoptr(TgStore) store = NULL;
  g_autoptr(TgCase) kase = NULL;
  g_autoptr(TgDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(TgDocSources) sources = { NULL, };
  const char * const *notes;
  guint n_pages;

  store = cli_open_store ();
  if (store == NULL)
    return CLI_REFUSED;
  kase = tg_store_load_case (store, case_ref, &error);
  if (kase == NULL)
    return cli_fail_error (error);
  tg_doc_sources_init (&sources, store, kase);
  doc = tg_document_new_printed (&sources, kase, kind, item_id, lang, &error);
  if (doc == NULL)
    return cli_fail_error (error);
  /* What to check before signing: never printed, said here. */
  notes = tg_document_get_notes (doc);
  for (guint i = 0; notes[i] != NULL; i++)
    g_printerr (_("Note: %s\n"), notes[i]);
  if (!tg_document_write_pdf (doc, output, &error))
    return cli_fail_error (error);
  n_pages = tg_document_get_n_pages (doc);
  g_printerr (g_dngettext (GETTEXT_PACKAGE, "Wrote %s (%u page).\n", "Wrote %s (%u pages).\n", n_pages),
              output, n_pages);
  return CLI_OK;
}

int
cli_order (int    argc,
           char **argv)
{
  g_autofree char *lang = NULL;
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "lang", 0, 0, G_OPTION_ARG_STRING, &lang, N_("Language of the order: kk (default) or ru"), N_("LANG") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the PDF to this file"), N_("FILE.pdf") },
    { NULL }
  };

  if (!cli_parse (&argc, &argv, "order", _("ID-OR-NUMBER"),
                  _("Print the order creating the case's commission to a PDF file."), entries, 1, 1) ||
      !check_common ("order", lang, output))
    return CLI_USAGE;
  return print_document (argv[1], TG_PRINTED_ORDER, NULL, lang, output);
}

static gboolean
parse_kind (const char    *name,
            TgPrintedKind *kind)
{
  if (name != NULL && tg_printed_kind_from_nick (name, kind))
    return TRUE;
  g_printerr (_("tergeu-cli document: give --kind act, card, decision, request, extension-order, "
                "composition-order, review or review-letter\n"));
  return FALSE;
}

/* Each item option goes with its kind; the one given names the item. */
static gboolean
check_item (TgPrintedKind  kind,
            const char    *dispute,
            const char    *request,
            const char    *extension,
            const char    *review)
{
  if (dispute != NULL && kind != TG_PRINTED_DECISION)
    g_printerr (_("tergeu-cli document: --dispute goes with --kind decision\n"));
  else if (request != NULL && kind != TG_PRINTED_REQUEST)
    g_printerr (_("tergeu-cli document: --request goes with --kind request\n"));
  else if (extension != NULL && kind != TG_PRINTED_EXTENSION_ORDER)
    g_printerr (_("tergeu-cli document: --extension goes with --kind extension-order\n"));
  else if (review != NULL && kind != TG_PRINTED_REVIEW && kind != TG_PRINTED_REVIEW_LETTER)
    g_printerr (_("tergeu-cli document: --review goes with --kind review or review-letter\n"));
  else
    return TRUE;
  return FALSE;
}

int
cli_document (int    argc,
              char **argv)
{
  g_autofree char *kind_name = NULL;
  g_autofree char *dispute = NULL;
  g_autofree char *request = NULL;
  g_autofree char *extension = NULL;
  g_autofree char *review = NULL;
  g_autofree char *lang = NULL;
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind_name,
      N_("What to print: act (of special investigation), card, decision, request, extension-order, "
         "composition-order, review (conclusion) or review-letter"), N_("KIND") },
    { "dispute", 0, 0, G_OPTION_ARG_STRING, &dispute, N_("The dispute whose decision to print (if the case has several)"), N_("ID") },
    { "request", 0, 0, G_OPTION_ARG_STRING, &request, N_("The information request to print: its id or position from 1 (if the case has several)"), N_("ID") },
    { "extension", 0, 0, G_OPTION_ARG_STRING, &extension, N_("The extension of the term whose order to print: its position from 1 (default: the latest)"), N_("N") },
    { "review", 0, 0, G_OPTION_ARG_STRING, &review, N_("The objectivity review whose conclusion or letter to print (default: the latest)"), N_("ID") },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &lang, N_("Language of the document: kk (default) or ru"), N_("LANG") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the PDF to this file"), N_("FILE.pdf") },
    { NULL }
  };
  TgPrintedKind kind = TG_PRINTED_CARD;

  if (!cli_parse (&argc, &argv, "document", _("ID-OR-NUMBER"),
                  _("Print a case's document to a PDF file: the act of special investigation, the case card, "
                    "a dispute decision, an information request letter, the orders extending the term or "
                    "changing the commission, an objectivity review's conclusion or its covering letter."),
                  entries, 1, 1) ||
      !parse_kind (kind_name, &kind) ||
      !check_item (kind, dispute, request, extension, review) ||
      !check_common ("document", lang, output))
    return CLI_USAGE;
  return print_document (argv[1], kind,
                         dispute != NULL ? dispute : request != NULL ? request : extension != NULL ? extension : review,
                         lang, output);
}
