/* tg-xml-filter.h — what of an exchange file the XML parser gets to see
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TgXmlInput passes the file's bytes after its prolog through this filter
 * before libxml2 parses them (issue 16). libxml2 2.9 keeps what lies
 * between elements (white space, comments, processing instructions) in
 * memory while it reads — 100 MB of processing instructions took 245 MB,
 * trailing white space all of its size —, checks duplicate attributes in
 * quadratic time (200 000 of them held an import for 588 s), and grows a
 * long text node by re-measuring it (an embedded document of 6 MiB took
 * 1.5 s and four copies). So the filter, one byte at a time:
 *
 *   - drops white space, comments and processing instructions where the
 *     format has elements only (between elements, after the root), as
 *     they stream; their line breaks go on, up to a bound per gap, so that
 *     the parser's line numbers stay the file's (beyond it, the lines
 *     dropped are remembered and tg_xml_filter_input_line counts them);
 *   - passes text elements through as they are, comments included, but
 *     refuses more than TG_XML_FILTER_MAX_NON_TEXT bytes of comments and
 *     processing instructions inside one;
 *   - refuses an element with more than TG_XML_FILTER_MAX_ATTRIBUTES
 *     attributes before the parser sees its tag;
 *   - decodes each embedded document's base64 itself, in chunks as it
 *     streams, into a spool (tg-content-spool.h) with its SHA-256, and
 *     gives the parser only its line breaks: the document waits,
 *     numbered, for TgXmlInput to take.
 *
 * The format's knowledge here is which elements hold elements only, and
 * where a document is (caseFile/case/documents/document).
 */
#pragma once

#include <glib.h>

#include "tg-content-spool.h"

G_BEGIN_DECLS

/* No element of format 1 has more than eight attributes. */
#define TG_XML_FILTER_MAX_ATTRIBUTES 32
/* Comments and processing instructions inside one text element. */
#define TG_XML_FILTER_MAX_NON_TEXT   (64 * 1024)

typedef struct _TgXmlFilter TgXmlFilter;

/* An embedded document, decoded. */
typedef struct
{
  guint           seq;         /* 1 for the file's first <document>, … */
  TgContentSpool *spool;       /* where its content is */
  goffset         offset;
  gsize           size;
  char           *sha256;      /* of the content, lower-case hex */
  gboolean        done;        /* its end tag was read */
  gboolean        bad_base64;  /* not strict base64 */
  gboolean        too_large;   /* decodes to more than the limit */
} TgXmlFilterDocument;

void         tg_xml_filter_document_free (TgXmlFilterDocument *doc);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TgXmlFilterDocument, tg_xml_filter_document_free)

/* A filter for output that starts at line @first_line (the root element's
 * start tag), decoding documents up to @max_document bytes. */
TgXmlFilter *tg_xml_filter_new          (guint          first_line,
                                         gsize          max_document);
void         tg_xml_filter_free         (TgXmlFilter   *self);
/* Documents are checked (strict base64, size, SHA-256) but their content
 * is not kept (an export checked on its way out). */
void         tg_xml_filter_set_keep_documents (TgXmlFilter *self,
                                               gboolean     keep);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TgXmlFilter, tg_xml_filter_free)

/* Filters @len more bytes of the file into @out. FALSE when the file is
 * refused: *@message (and *@line, the file's) say why. */
gboolean     tg_xml_filter_feed         (TgXmlFilter   *self,
                                         const guint8  *data,
                                         gsize          len,
                                         GByteArray    *out,
                                         char         **message,
                                         guint         *line);
/* The line of the file that line @line of the output is. */
guint        tg_xml_filter_input_line   (TgXmlFilter   *self,
                                         guint          line);
/* The document numbered @seq, taken (older ones are dropped); NULL when
 * the filter has not reached it. */
TgXmlFilterDocument *tg_xml_filter_take_document (TgXmlFilter *self,
                                                  guint        seq);

G_END_DECLS
