/* tg-exchange-private.h — what the exchange files share
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * tg-exchange-read.c turns one <case> of a TgXmlInput into a TgCase and
 * remembers the lines of its elements, so that a rule broken in the case
 * can be reported at the element that breaks it; tg-exchange-write.c writes
 * a TgCase as a <case> with an xmlTextWriter.  The importer, the exporter
 * and the conflict store use both.
 */
#pragma once

#include <libxml/xmlerror.h>
#include <libxml/xmlwriter.h>

#include "tg-case.h"
#include "tg-exchange-import.h"
#include "tg-xml-input.h"

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlTextWriter, xmlFreeTextWriter)

/* RR-YYYY-NNNNN, with room for what a wrong file holds instead. */
#define TG_EXCHANGE_MAX_TEXT (512 * 1024)

typedef struct
{
  TgCase *kase;
  guint line;             /* of the <case> start tag */
  guint number_line;
  gint64 base_revision;   /* 0: absent */
  gboolean due_given;
  guint due_line;
  GArray *marks;          /* TgExchangeMark: a value and its element's line */
} TgExchangeIncoming;

void                _tg_exchange_incoming_free     (TgExchangeIncoming *incoming);

/* A libxml2 error said in the user's language, as the import reports it
 * (the element, the value, what the format wants); never libxml2's own
 * English. */
char               *_tg_xml_say_error              (xmlErrorPtr         error);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TgExchangeIncoming, _tg_exchange_incoming_free)

/* The importer's pipeline without a store (tg-exchange-validate.h): the
 * error is the input's (TG_XML_INPUT_ERROR). Defined in
 * tg-exchange-import.c. */
gboolean _tg_exchange_check_file (const char        *path,
                                  TgExchangeReport  *report,
                                  TgExchangeTotals  *totals,
                                  GError           **error);

/* Reads the header at the current node; the sender's code and name. */
void                _tg_exchange_read_header       (TgXmlInput  *input,
                                                    char       **code,
                                                    char       **name);
/* Reads the <case> at the current node whole (it becomes the current
 * node's end); document contents are decoded and checked against their
 * sha256 (an error at the document's line). */
TgExchangeIncoming *_tg_exchange_read_case         (TgXmlInput  *input);
/* The line of the element a rule's @message is about: the element whose
 * value the message quotes, else the case's. */
guint               _tg_exchange_incoming_line_for (TgExchangeIncoming *incoming,
                                                    const char         *message);

/* Supplies a document's content for writing when the model holds none. */
typedef GBytes *(*TgExchangeContentFunc) (TgCase         *kase,
                                          const char     *document_id,
                                          gpointer        user_data,
                                          GError        **error);

gboolean _tg_exchange_write_header (xmlTextWriterPtr  writer,
                                    const char       *code,
                                    const char       *name,
                                    const char       *created,
                                    GError          **error);
/* Writes @kase as a <case>; @base_revision 0 leaves baseRevision out. */
gboolean _tg_exchange_write_case   (xmlTextWriterPtr       writer,
                                    TgCase                *kase,
                                    gint64                 base_revision,
                                    TgExchangeContentFunc  content,
                                    gpointer               user_data,
                                    GError               **error);
gboolean _tg_exchange_write_end    (xmlTextWriterPtr  writer,
                                    GError          **error);
/* A whole case file holding only @kase, as text (kept beside a conflict). */
char    *_tg_exchange_case_to_text (TgCase      *kase,
                                    const char  *sender_code,
                                    GError     **error);
/* The case in a file made by _tg_exchange_case_to_text(). */
TgCase  *_tg_exchange_case_from_text (const char  *text,
                                      GError     **error);

G_END_DECLS
