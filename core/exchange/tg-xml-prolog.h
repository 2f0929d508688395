/* tg-xml-prolog.h — the bytes before the root element of an exchange file
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libxml2 2.9 has no switch that refuses a DTD (XML_PARSE_NO_XXE came
 * later), so TgXmlInput looks at the prolog itself, before the parser sees
 * a byte of it: only an XML declaration, processing instructions, comments
 * and white space may come before the root element.  Any other "<!" is a
 * document type declaration (the only place where entities can be
 * declared), and is refused without being read any further.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A longer prolog is refused: nothing legitimate needs it. */
#define TG_XML_PROLOG_MAX_SIZE (64 * 1024)

typedef enum
{
  TG_XML_PROLOG_INCOMPLETE, /* more bytes are needed to decide */
  TG_XML_PROLOG_ROOT,       /* the root element starts at *offset */
  TG_XML_PROLOG_REFUSED,    /* @error is set; the problem is at *offset */
} TgXmlPrologStatus;

/* Scans @data (the first @len bytes of a file) from its start.  Errors are
 * in TG_XML_INPUT_ERROR: _DTD, _ENCODING or _MALFORMED. */
TgXmlPrologStatus tg_xml_prolog_scan (const guint8  *data,
                                      gsize          len,
                                      gsize         *offset,
                                      GError       **error);

/* The 1-based line of byte @offset of @data. */
guint             tg_xml_prolog_line (const guint8  *data,
                                      gsize          offset);

G_END_DECLS
