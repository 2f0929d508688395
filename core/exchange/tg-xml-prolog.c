/* tg-xml-prolog.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-xml-input"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "tg-xml-input.h"
#include "tg-xml-prolog.h"

static gboolean
is_space (guint8 c)
{
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* XML NameStartChar, as far as one byte can tell: ASCII letters, '_', ':'
 * or the lead byte of a multi-byte UTF-8 character. */
static gboolean
is_name_start (guint8 c)
{
  return g_ascii_isalpha (c) || c == '_' || c == ':' || c >= 0xC2;
}

static TgXmlPrologStatus
refuse (gsize       *offset,
        gsize        where,
        GError     **error,
        int          code,
        const char  *message)
{
  *offset = where;
  g_set_error_literal (error, TG_XML_INPUT_ERROR, code, message);
  return TG_XML_PROLOG_REFUSED;
}

/* Finds @end (of length @end_len) at or after @from; the offset just after
 * it, or 0 when it is not there yet. */
static gsize
find_end (const guint8 *data,
          gsize         len,
          gsize         from,
          const char   *end,
          gsize         end_len)
{
  for (gsize i = from; i + end_len <= len; i++)
    if (memcmp (data + i, end, end_len) == 0)
      return i + end_len;
  return 0;
}

/* The value of the encoding pseudo-attribute of the XML declaration
 * data[start..stop), or NULL when it has none. */
static char *
declared_encoding (const guint8 *data,
                   gsize         start,
                   gsize         stop)
{
  g_autofree char *decl = g_strndup ((const char *) data + start, stop - start);
  const char *p = strstr (decl, "encoding");
  const char *value;
  char quote;

  if (p == NULL)
    return NULL;
  p += strlen ("encoding");
  while (is_space (*p))
    p++;
  if (*p++ != '=')
    return NULL;
  while (is_space (*p))
    p++;
  quote = *p++;
  if (quote != '"' && quote != '\'')
    return NULL;
  value = p;
  while (*p != '\0' && *p != quote)
    p++;
  return g_strndup (value, p - value);
}

static gboolean
check_declaration (const guint8  *data,
                   gsize          start,
                   gsize          stop,
                   GError       **error)
{
  g_autofree char *encoding = NULL;

  if (stop - start < 6 || memcmp (data + start, "<?xml", 5) != 0 ||
      !is_space (data[start + 5]))
    return TRUE;
  encoding = declared_encoding (data, start, stop);
  if (encoding == NULL || g_ascii_strcasecmp (encoding, "UTF-8") == 0 ||
      g_ascii_strcasecmp (encoding, "UTF8") == 0)
    return TRUE;
  g_set_error (error, TG_XML_INPUT_ERROR, TG_XML_INPUT_ERROR_ENCODING,
               _("the file declares the encoding “%s”; exchange files are "
                 "UTF-8: convert it (for example with iconv) and try again"),
               g_utf8_validate (encoding, -1, NULL) ? encoding : "?");
  return FALSE;
}

static TgXmlPrologStatus
refuse_declaration (gsize   *offset,
                    gsize    pos,
                    GError **error)
{
  return refuse (offset, pos, error, TG_XML_INPUT_ERROR_DTD,
                 _("the file has a document type declaration (<!DOCTYPE …>); "
                   "exchange files must not have one, since it can declare "
                   "entities that read other files or expand without end: "
                   "the file was not read further"));
}

static TgXmlPrologStatus
refuse_content (gsize    *offset,
                gsize     pos,
                guint8    c,
                GError  **error)
{
  if (c == 0)
    return refuse (offset, pos, error, TG_XML_INPUT_ERROR_ENCODING,
                   _("the file has NUL bytes before its root element: it is "
                     "not UTF-8 text (UTF-16?); exchange files are UTF-8"));
  return refuse (offset, pos, error, TG_XML_INPUT_ERROR_MALFORMED,
                 _("not well-formed: only an XML declaration, comments and "
                   "white space may come before the root element"));
}

/* One construct starting with '<' at *pos.  Moves *pos past it and returns
 * INCOMPLETE to go on, or returns ROOT or REFUSED. */
static TgXmlPrologStatus
scan_markup (const guint8  *data,
             gsize          len,
             gsize         *pos,
             gsize          first,
             gsize         *offset,
             GError       **error)
{
  gsize start = *pos;
  gsize end;

  if (data[start + 1] == '?')
    {
      end = find_end (data, len, start + 2, "?>", 2);
      if (end == 0)
        return TG_XML_PROLOG_INCOMPLETE;
      if (start == first && !check_declaration (data, start, end, error))
        {
          *offset = start;
          return TG_XML_PROLOG_REFUSED;
        }
      *pos = end;
      return TG_XML_PROLOG_INCOMPLETE;
    }
  if (data[start + 1] == '!')
    {
      if (len - start < 4)
        return TG_XML_PROLOG_INCOMPLETE;
      if (memcmp (data + start, "<!--", 4) != 0)
        return refuse_declaration (offset, start, error);
      end = find_end (data, len, start + 4, "-->", 3);
      if (end == 0)
        return TG_XML_PROLOG_INCOMPLETE;
      *pos = end;
      return TG_XML_PROLOG_INCOMPLETE;
    }
  if (!is_name_start (data[start + 1]))
    return refuse_content (offset, start + 1, data[start + 1], error);
  *offset = start;
  return TG_XML_PROLOG_ROOT;
}

typedef enum
{
  WIDE_NONE,
  WIDE_UNSURE,    /* more bytes are needed to tell */
  WIDE_UTF16,
  WIDE_UTF32,
} Wide;

/* Whether the file starts as UTF-16 or UTF-32 (UCS-4) would, by a byte
 * order mark or by a '<' spread over two or four bytes (the XML
 * specification's appendix F). UTF-32LE's mark begins with UTF-16LE's:
 * four bytes tell them apart (issue 16: UCS-4 was reported as UTF-16). */
static Wide
wide_encoding (const guint8 *data,
               gsize         len)
{
  static const guint8 utf32[][4] = {
    { 0xFF, 0xFE, 0x00, 0x00 }, { 0x00, 0x00, 0xFE, 0xFF },
    { 0x00, 0x00, 0x00, '<' }, { '<', 0x00, 0x00, 0x00 },
    { 0x00, 0x00, '<', 0x00 }, { 0x00, '<', 0x00, 0x00 },
  };
  gboolean utf16 = len >= 2 && ((data[0] == 0xFE && data[1] == 0xFF) ||
                                (data[0] == 0xFF && data[1] == 0xFE) ||
                                (data[0] == 0x00 && data[1] == '<') ||
                                (data[0] == '<' && data[1] == 0x00));

  if (len < 4)
    return utf16 || (len >= 1 && data[0] == 0x00) ? WIDE_UNSURE : WIDE_NONE;
  for (guint i = 0; i < G_N_ELEMENTS (utf32); i++)
    if (memcmp (data, utf32[i], 4) == 0)
      return WIDE_UTF32;
  return utf16 ? WIDE_UTF16 : WIDE_NONE;
}

TgXmlPrologStatus
tg_xml_prolog_scan (const guint8  *data,
                    gsize          len,
                    gsize         *offset,
                    GError       **error)
{
  gsize pos = 0;

  g_return_val_if_fail (data != NULL || len == 0, TG_XML_PROLOG_REFUSED);
  g_return_val_if_fail (offset != NULL, TG_XML_PROLOG_REFUSED);

  if (len == 0)
    return TG_XML_PROLOG_INCOMPLETE;
  switch (wide_encoding (data, len))
    {
    case WIDE_UNSURE:
      return TG_XML_PROLOG_INCOMPLETE;
    case WIDE_UTF16:
      return refuse (offset, 0, error, TG_XML_INPUT_ERROR_ENCODING,
                     _("the file is UTF-16; exchange files are UTF-8"));
    case WIDE_UTF32:
      return refuse (offset, 0, error, TG_XML_INPUT_ERROR_ENCODING,
                     _("the file is UTF-32 (UCS-4); exchange files are UTF-8"));
    case WIDE_NONE:
    default:
      break;
    }
  if (memcmp (data, "\xEF\xBB\xBF", MIN (len, 3)) == 0)
    {
      if (len < 3)
        return TG_XML_PROLOG_INCOMPLETE;
      pos = 3;
    }

  for (gsize first = pos;;)
    {
      TgXmlPrologStatus status;
      gsize before;

      while (pos < len && is_space (data[pos]))
        pos++;
      if (pos + 2 > len)
        return TG_XML_PROLOG_INCOMPLETE;
      if (data[pos] != '<')
        return refuse_content (offset, pos, data[pos], error);
      before = pos;
      status = scan_markup (data, len, &pos, first, offset, error);
      if (status != TG_XML_PROLOG_INCOMPLETE || pos == before)
        return status;
    }
}

guint
tg_xml_prolog_line (const guint8 *data,
                    gsize         offset)
{
  guint line = 1;

  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n')
      line++;
  return line;
}
