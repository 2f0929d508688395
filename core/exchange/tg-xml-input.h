/* tg-xml-input.h — hardened streaming reader for exchange files
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Exchange files come from outside and are treated as hostile.  A
 * TgXmlInput reads one file as a stream (memory does not grow with the
 * file) and validates it against the exchange XSD while it reads, so that
 * the validator and the importer share one reader:
 *
 *   g_autoptr(TgXmlInput) input = tg_xml_input_new (report);
 *
 *   if (tg_xml_input_open (input, path, NULL))
 *     while (tg_xml_input_next (input))
 *       if (g_str_equal (tg_xml_input_get_name (input), "case"))
 *         …
 *   if (!tg_xml_input_finish (input, error))
 *     return FALSE;
 *
 * What it refuses, before or while the parser reads: a DTD or any entity
 * declaration (the prolog is checked before the parser sees it, so nothing
 * is expanded or fetched), other encodings than UTF-8, files over the size
 * limit (by their size and by counting the bytes read), elements nested
 * deeper than the format has, another namespace or format version, an
 * embedded document over 7 MiB.  Problems become messages "FILE:LINE:
 * text" in the TgExchangeReport, with the case they belong to; after a
 * fatal one (not well-formed, refused) the input stops, after an XSD
 * violation it goes on, so that one pass reports them all (up to a limit).
 */
#pragma once

#include <gio/gio.h>

#include "tg-content-spool.h"
#include "tg-exchange-report.h"

G_BEGIN_DECLS

#define TG_XML_INPUT_ERROR (tg_xml_input_error_quark ())

typedef enum
{
  TG_XML_INPUT_ERROR_IO,        /* the file cannot be opened or read */
  TG_XML_INPUT_ERROR_TOO_LARGE, /* over the size limit */
  TG_XML_INPUT_ERROR_ENCODING,  /* not UTF-8 */
  TG_XML_INPUT_ERROR_DTD,       /* a DTD, entity declaration or reference */
  TG_XML_INPUT_ERROR_MALFORMED, /* not well-formed XML */
  TG_XML_INPUT_ERROR_NAMESPACE, /* not a Tergeu case file */
  TG_XML_INPUT_ERROR_VERSION,   /* a format version this build does not read */
  TG_XML_INPUT_ERROR_TOO_DEEP,  /* nested deeper than the format allows */
  TG_XML_INPUT_ERROR_INVALID,   /* violates the schema or a content limit */
  TG_XML_INPUT_ERROR_SCHEMA,    /* the installation's XSD is unusable */
} TgXmlInputError;

GQuark tg_xml_input_error_quark (void);

/* Defaults (exchange-format.md, "Bad input"). */
#define TG_XML_INPUT_DEFAULT_MAX_SIZE   (G_GUINT64_CONSTANT (512) * 1024 * 1024)
#define TG_XML_INPUT_DEFAULT_MAX_ERRORS 100
/* Deepest element of format version 1, the root being 0:
 * caseFile/case/investigation/commission/member/fullName. */
#define TG_XML_INPUT_MAX_DEPTH          5
/* An embedded document, decoded. */
#define TG_XML_INPUT_MAX_DOCUMENT_SIZE  (7 * 1024 * 1024)

#define TG_TYPE_XML_INPUT (tg_xml_input_get_type ())
G_DECLARE_FINAL_TYPE (TgXmlInput, tg_xml_input, TG, XML_INPUT, GObject)

/* Messages go to @report when the input is finished. */
TgXmlInput *tg_xml_input_new            (TgExchangeReport  *report);
void        tg_xml_input_set_max_size   (TgXmlInput        *self,
                                         guint64            max_size);
void        tg_xml_input_set_max_errors (TgXmlInput        *self,
                                         guint              max_errors);

/**
 * tg_xml_input_open:
 * @self: a new #TgXmlInput
 * @path: the file
 * @error: return location for a #GError in %TG_XML_INPUT_ERROR
 *
 * Checks the file's size and prolog and starts the validating parser.
 * When it fails, the problem is also a message of the report, and
 * tg_xml_input_next() returns %FALSE at once.
 *
 * Returns: %TRUE when the file can be read
 */
gboolean    tg_xml_input_open           (TgXmlInput        *self,
                                         const char        *path,
                                         GError           **error);

/* Moves to the next element start tag anywhere in the document; FALSE at
 * the end or after a fatal problem. */
gboolean    tg_xml_input_next           (TgXmlInput        *self);
/* Moves to the next child element of the element at @parent_depth (whose
 * start tag, or an earlier child, is the current node); FALSE when that
 * element ends.  Children the caller does not read are skipped. */
gboolean    tg_xml_input_next_child     (TgXmlInput        *self,
                                         int                parent_depth);

/* The current element: local name (valid until the next move), depth
 * (the root is 0) and line. */
const char *tg_xml_input_get_name       (TgXmlInput        *self);
int         tg_xml_input_get_depth      (TgXmlInput        *self);
guint       tg_xml_input_get_line       (TgXmlInput        *self);
/* An unqualified attribute of the current element, or NULL. */
char       *tg_xml_input_dup_attribute  (TgXmlInput        *self,
                                         const char        *name);

/* The text of the current (leaf) element, which becomes the current
 * node's end; NULL, with a message, when it is longer than @max_bytes or
 * the input stopped. */
char       *tg_xml_input_read_text      (TgXmlInput        *self,
                                         gsize              max_bytes);
/* The decoded base64 text of the current element; NULL, with a message,
 * when it is not strict base64 or decodes to more than @max_size bytes. */
GBytes     *tg_xml_input_read_base64    (TgXmlInput        *self,
                                         gsize              max_size);
/* The embedded document at the current element, which stays in the
 * input's spool (tg-content-spool.h): where, its size and its SHA-256.
 * FALSE, with a message, as tg_xml_input_read_base64. */
gboolean    tg_xml_input_read_document  (TgXmlInput        *self,
                                         gsize              max_size,
                                         TgContentSpool   **spool,
                                         goffset           *offset,
                                         gsize             *size,
                                         char             **sha256);

/* Names the case being read in messages (its registration number; until
 * then its id); the case is the one whose start tag was read last. */
void        tg_xml_input_set_case_label (TgXmlInput        *self,
                                         const char        *label);
/* Adds a message of the caller's (a domain rule) at @line of the file. */
void        tg_xml_input_add_message    (TgXmlInput        *self,
                                         TgExchangeSeverity severity,
                                         guint              line,
                                         const char        *format,
                                         ...) G_GNUC_PRINTF (4, 5);

const char *tg_xml_input_get_file_name  (TgXmlInput        *self);
/* The SHA-256 (hex) of the whole file, once it has been read to its end;
 * NULL when it could not be read. */
const char *tg_xml_input_get_sha256     (TgXmlInput        *self);
guint       tg_xml_input_get_n_errors   (TgXmlInput        *self);

/**
 * tg_xml_input_finish:
 * @self: a #TgXmlInput
 * @error: return location for a #GError in %TG_XML_INPUT_ERROR
 *
 * Hands the messages to the report, each with its case, in line order.
 * Fails when there was any error, with the first one and how many more.
 *
 * Returns: %TRUE when the file had no error
 */
gboolean    tg_xml_input_finish         (TgXmlInput        *self,
                                         GError           **error);

G_END_DECLS
