/* tg-xml-input-private.h — what the two halves of TgXmlInput share
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * tg-xml-input.c reads (file, prolog, parser, navigation);
 * tg-xml-input-messages.c collects what was found and hands it to the
 * report with each message's case.
 */
#pragma once

#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>

#include "tg-sha256.h"
#include "tg-xml-filter.h"
#include "tg-xml-input.h"

G_BEGIN_DECLS

typedef struct
{
  TgExchangeSeverity severity;
  guint line;
  guint seq;
  char *text;
  gboolean labelled;   /* label is final (may be NULL: no case) */
  char *label;
} Pending;

typedef struct
{
  guint start_line;
  guint end_line; /* 0 while open */
  char *label;
} CaseSpan;

struct _TgXmlInput
{
  GObject parent_instance;

  TgExchangeReport *report;
  guint64 max_size;
  guint max_errors;

  char *path;
  char *file_name;
  GInputStream *stream;
  GByteArray *prolog;  /* read ahead by the prolog check */
  gsize prolog_pos;    /* how much of it the parser has had */
  gsize root_offset;   /* where in it the root element starts */
  TgXmlFilter *filter; /* what follows, for the parser (tg-xml-filter.h) */
  GByteArray *filtered;  /* its output not yet given to the parser */
  gsize filtered_pos;
  guint64 n_read;
  TgSha256 checksum;   /* SHA-256 of the bytes read */
  char sha256[TG_SHA256_HEX_LEN + 1]; /* its digest once read to the end, or "" */

  xmlSchemaValidCtxtPtr validator;
  xmlTextReaderPtr reader;
  gboolean without_schema;  /* _tg_xml_input_skip_schema */

  GArray *pending;     /* Pending, until the cases' labels are known */
  guint first_unlabelled;  /* pending before it are all labelled */
  GArray *cases;       /* CaseSpan, the last few cases only */
  guint n_errors;
  int code;            /* TgXmlInputError of the result, -1 while none */
  TgExchangeMessage *first_error;

  gboolean stopped;    /* at the end, or after a fatal problem */
  gboolean refused;    /* our own fatal problem: libxml2's echo is noise */
  gboolean saw_parser_error;

  /* The element whose text is being read (the embedded document check). */
  int element_depth;
  gboolean in_document;
  gboolean document_reported;
  guint64 document_chars;
  guint document_seq;  /* documents begun so far, as the filter numbers them */
  guint item_counts[16];  /* of the case being read, per item limit */
};

void     _tg_xml_input_pending_clear       (gpointer            data);
void     _tg_xml_input_case_span_clear     (gpointer            data);
/* Whether an error lies within the lines of the case just read. libxml2
 * reports schema errors up to a parser buffer ahead of the reader, so a
 * case's may come before its first node: counting errors around the
 * reading would miss them. */
gboolean _tg_xml_input_case_has_errors     (TgXmlInput         *self);
/* Before tg_xml_input_open: the parser does not validate against the
 * XSD. Only for a file read a second time whose first reading was
 * validated, and whose SHA-256 (tg_xml_input_get_sha256) is compared with
 * that reading's before anything read now is kept (issue 18). */
void     _tg_xml_input_skip_schema         (TgXmlInput         *self);
/* The label of the case being read (NULL between cases), a copy. */
char    *_tg_xml_input_dup_case_label      (TgXmlInput         *self);
/* An error about a case read earlier, under that case's @label. */
void     _tg_xml_input_report_for_case     (TgXmlInput         *self,
                                            guint               line,
                                            const char         *label,
                                            const char         *text);
/* A new case begins at @span: the oldest case's messages get its label
 * and the oldest span is let go, so memory does not grow with the file. */
void     _tg_xml_input_add_span            (TgXmlInput         *self,
                                            const CaseSpan     *span);

/* A problem that does not stop the reading (up to the error limit). */
void     _tg_xml_input_report              (TgXmlInput         *self,
                                            TgExchangeSeverity  severity,
                                            int                 code,
                                            guint               line,
                                            const char         *text);
/* A fatal problem of the input's own: reported, and nothing more is
 * read; returns FALSE. */
gboolean _tg_xml_input_refuse              (TgXmlInput         *self,
                                            int                 code,
                                            guint               line,
                                            const char         *text);
/* Drops what was found so far (the consequences of a wrong root). */
void     _tg_xml_input_discard             (TgXmlInput         *self);
gboolean _tg_xml_input_has_error_from_line (TgXmlInput         *self,
                                            guint               line);
/* Sets @error from the first message; returns FALSE. */
gboolean _tg_xml_input_set_open_error      (TgXmlInput         *self,
                                            GError            **error);
/* @text cut to @max_chars characters. */
char    *_tg_xml_input_truncate            (const char         *text,
                                            glong               max_chars);
/* The line of the file that the parser's line @line is (the filter drops
 * some lines of filler). */
guint    _tg_xml_input_file_line           (TgXmlInput         *self,
                                            guint               line);
/* The structured error handler for the parser and the validator. */
void     _tg_xml_input_on_libxml_error     (void               *user_data,
                                            xmlErrorPtr         error);

G_END_DECLS
