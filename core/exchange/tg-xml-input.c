/* tg-xml-input.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-xml-input"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>

#include "tg-exchange-schema.h"
#include "tg-xml-input-private.h"
#include "tg-xml-prolog.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlTextReader, xmlFreeTextReader)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlSchemaValidCtxt, xmlSchemaFreeValidCtxt)

/* Never XML_PARSE_NOENT (substitute entities), _DTDLOAD, _DTDATTR,
 * _DTDVALID, _XINCLUDE, _RECOVER or _HUGE.  The declared encoding is
 * ignored: the input is UTF-8 or not well-formed.  Not _NOCDATA either:
 * with the reader, libxml2 2.9 then drops CDATA sections silently. */
#define PARSE_OPTIONS (XML_PARSE_NONET | XML_PARSE_IGNORE_ENC | \
                       XML_PARSE_BIG_LINES)

/* Namespaces of other format versions share this prefix. */
#define NAMESPACE_BASE "urn:kz:tergeu:case:"

G_DEFINE_FINAL_TYPE (TgXmlInput, tg_xml_input, G_TYPE_OBJECT)

// clang-format off
G_DEFINE_QUARK (tg-xml-input-error-quark, tg_xml_input_error)
// clang-format on

static void
tg_xml_input_finalize (GObject *object)
{
  TgXmlInput *self = (TgXmlInput *) object;

  /* The reader uses the validator: it goes first. */
  g_clear_pointer (&self->reader, xmlFreeTextReader);
  g_clear_pointer (&self->validator, xmlSchemaFreeValidCtxt);
  g_clear_object (&self->stream);
  g_clear_pointer (&self->prolog, g_byte_array_unref);
  g_clear_pointer (&self->filter, tg_xml_filter_free);
  g_clear_pointer (&self->filtered, g_byte_array_unref);
  g_clear_pointer (&self->pending, g_array_unref);
  g_clear_pointer (&self->cases, g_array_unref);
  g_clear_object (&self->first_error);
  g_clear_object (&self->report);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->file_name, g_free);

  G_OBJECT_CLASS (tg_xml_input_parent_class)->finalize (object);
}

static void
tg_xml_input_class_init (TgXmlInputClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tg_xml_input_finalize;
}

static void
tg_xml_input_init (TgXmlInput *self)
{
  self->max_size = TG_XML_INPUT_DEFAULT_MAX_SIZE;
  self->max_errors = TG_XML_INPUT_DEFAULT_MAX_ERRORS;
  self->code = -1;
  self->element_depth = -1;
  self->prolog = g_byte_array_new ();
  self->filtered = g_byte_array_new ();
  tg_sha256_init (&self->checksum);
  self->pending = g_array_new (FALSE, FALSE, sizeof (Pending));
  g_array_set_clear_func (self->pending, _tg_xml_input_pending_clear);
  self->cases = g_array_new (FALSE, FALSE, sizeof (CaseSpan));
  g_array_set_clear_func (self->cases, _tg_xml_input_case_span_clear);
}

TgXmlInput *
tg_xml_input_new (TgExchangeReport *report)
{
  TgXmlInput *self;

  g_return_val_if_fail (TG_IS_EXCHANGE_REPORT (report), NULL);

  self = g_object_new (TG_TYPE_XML_INPUT, NULL);
  self->report = g_object_ref (report);
  return self;
}

void
tg_xml_input_set_max_size (TgXmlInput *self,
                           guint64     max_size)
{
  g_return_if_fail (TG_IS_XML_INPUT (self));
  g_return_if_fail (max_size > 0);

  self->max_size = max_size;
}

void
tg_xml_input_set_max_errors (TgXmlInput *self,
                             guint       max_errors)
{
  g_return_if_fail (TG_IS_XML_INPUT (self));
  g_return_if_fail (max_errors > 0);

  self->max_errors = max_errors;
}

/* ---- libxml2, once per process -------------------------------------- */

/* Nothing outside the file is ever read: no DTD, entity or schema. */
static xmlParserInputPtr
refuse_external_entity (const char       *url,
                        const char       *id,
                        xmlParserCtxtPtr  ctxt)
{
  g_debug ("refused to load the external entity %s",
           url != NULL ? url : "(no URL)");
  return NULL;
}

static void
init_libxml (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      xmlInitParser ();
      xmlSetExternalEntityLoader (refuse_external_entity);
      g_once_init_leave (&initialized, 1);
    }
}

/* ---- Reading the file ----------------------------------------------- */

/* The limits are binary (512 MiB, 7 MiB): say them so. */
static char *
format_size (guint64 size)
{
  return g_format_size_full (size, G_FORMAT_SIZE_IEC_UNITS);
}

static gssize
read_stream (TgXmlInput *self,
             void       *buffer,
             gsize       len)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *text = NULL;
  gssize n;

  n = g_input_stream_read (self->stream, buffer, len, NULL, &local_error);
  if (n < 0)
    {
      text = g_strdup_printf (_("the file could not be read: %s"),
                              local_error->message);
      _tg_xml_input_refuse (self, TG_XML_INPUT_ERROR_IO, 0, text);
      return -1;
    }
  if (n == 0)
    return 0;   /* the checksum may be read already */
  self->n_read += n;
  tg_sha256_update (&self->checksum, buffer, n);
  if (self->n_read > self->max_size)
    {
      g_autofree char *limit = format_size (self->max_size);

      text = g_strdup_printf (_("the file is larger than %s, the limit for "
                                "exchange files: split it into several "
                                "files"), limit);
      _tg_xml_input_refuse (self, TG_XML_INPUT_ERROR_TOO_LARGE, 0, text);
      return -1;
    }
  return n;
}

/* Refills the filter's output from the prolog's last bytes or the file;
 * FALSE at the end of the file or when it was refused. */
static gboolean
refill (TgXmlInput *self)
{
  guint8 chunk[16384];
  const guint8 *data = chunk;
  gssize n;
  g_autofree char *message = NULL;
  guint line = 0;

  g_byte_array_set_size (self->filtered, 0);
  self->filtered_pos = 0;
  while (self->filtered->len == 0)
    {
      if (self->prolog_pos < self->prolog->len)
        {
          data = self->prolog->data + self->prolog_pos;
          n = self->prolog->len - self->prolog_pos;
          self->prolog_pos = self->prolog->len;
        }
      else
        {
          data = chunk;
          n = read_stream (self, chunk, sizeof chunk);
        }
      if (n <= 0)
        return FALSE;
      if (!tg_xml_filter_feed (self->filter, data, n, self->filtered, &message, &line))
        {
          _tg_xml_input_refuse (self, TG_XML_INPUT_ERROR_INVALID, line, message);
          return FALSE;
        }
    }
  return TRUE;
}

/* The parser's input: the prolog read ahead, as it is, then the rest of
 * the file through the filter. */
static int
on_parser_read (void *context,
                char *buffer,
                int   len)
{
  TgXmlInput *self = context;
  gsize n;

  if (self->refused || len <= 0)
    return -1;
  if (self->prolog_pos < self->root_offset || self->filter == NULL)
    {
      gsize end = self->filter != NULL ? self->root_offset : self->prolog->len;

      if (self->prolog_pos < end)
        {
          n = MIN ((gsize) len, end - self->prolog_pos);
          memcpy (buffer, self->prolog->data + self->prolog_pos, n);
          self->prolog_pos += n;
          return (int) n;
        }
      if (self->filter == NULL)
        return (int) read_stream (self, buffer, len);
    }
  if (self->filtered_pos >= self->filtered->len && !refill (self))
    return self->refused ? -1 : 0;
  n = MIN ((gsize) len, self->filtered->len - self->filtered_pos);
  memcpy (buffer, self->filtered->data + self->filtered_pos, n);
  self->filtered_pos += n;
  return (int) n;
}

guint
_tg_xml_input_file_line (TgXmlInput *self,
                         guint       line)
{
  if (self->filter == NULL || line == 0)
    return line;
  return tg_xml_filter_input_line (self->filter, line);
}

/* The stream is the input's own, closed when the input is finalized. */
static int
on_parser_close (void *context)
{
  return 0;
}

static gboolean
check_file (TgXmlInput *self,
            GFile      *file)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *text = NULL;

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (info == NULL)
    {
      text = g_strdup_printf (_("cannot open the file: %s"),
                              local_error->message);
      return _tg_xml_input_refuse (self, TG_XML_INPUT_ERROR_IO, 0, text);
    }
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    return _tg_xml_input_refuse (self, TG_XML_INPUT_ERROR_IO, 0,
                                 _("not a regular file: name a case file"));
  if ((guint64) g_file_info_get_size (info) > self->max_size)
    {
      g_autofree char *size = format_size (g_file_info_get_size (info));
      g_autofree char *limit = format_size (self->max_size);

      text = g_strdup_printf (_("the file is %s, larger than %s, the limit "
                                "for exchange files: split it into several "
                                "files"), size, limit);
      return _tg_xml_input_refuse (self, TG_XML_INPUT_ERROR_TOO_LARGE, 0, text);
    }
  return TRUE;
}

static gboolean
open_stream (TgXmlInput *self)
{
  g_autoptr(GFile) file = g_file_new_for_path (self->path);
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *text = NULL;

  /* Before opening: opening a FIFO would block. */
  if (!check_file (self, file))
    return FALSE;
  stream = g_file_read (file, NULL, &local_error);
  if (stream == NULL)
    {
      text = g_strdup_printf (_("cannot open the file: %s"),
                              local_error->message);
      return _tg_xml_input_refuse (self, TG_XML_INPUT_ERROR_IO, 0, text);
    }
  self->stream = G_INPUT_STREAM (g_steal_pointer (&stream));
  return TRUE;
}

static gboolean
refuse_prolog (TgXmlInput *self,
               gsize       offset,
               GError     *prolog_error)
{
  guint line = tg_xml_prolog_line (self->prolog->data, offset);

  return _tg_xml_input_refuse (self, prolog_error->code, line,
                               prolog_error->message);
}

/* Reads until the root element starts and checks everything before it;
 * the parser gets those bytes only once they have passed. */
static gboolean
read_prolog (TgXmlInput *self)
{
  for (;;)
    {
      g_autoptr(GError) local_error = NULL;
      guint8 chunk[4096];
      gsize offset = 0;
      gssize n;

      switch (tg_xml_prolog_scan (self->prolog->data, self->prolog->len,
                                  &offset, &local_error))
        {
        case TG_XML_PROLOG_ROOT:
          self->root_offset = offset;
          self->filter = tg_xml_filter_new (tg_xml_prolog_line (self->prolog->data, offset),
                                            TG_XML_INPUT_MAX_DOCUMENT_SIZE);
          return TRUE;
        case TG_XML_PROLOG_REFUSED:
          return refuse_prolog (self, offset, local_error);
        case TG_XML_PROLOG_INCOMPLETE:
        default:
          break;
        }
      if (self->prolog->len >= TG_XML_PROLOG_MAX_SIZE)
        return _tg_xml_input_refuse (self, TG_XML_INPUT_ERROR_MALFORMED, 1,
                                     _("the file has more than 64 KiB before "
                                       "its root element; a case file starts "
                                       "with <caseFile> right after the XML "
                                       "declaration"));
      n = read_stream (self, chunk, sizeof chunk);
      if (n < 0)
        return FALSE;
      if (n == 0)
        return TRUE; /* the parser says what is missing */
      g_byte_array_append (self->prolog, chunk, n);
    }
}

/* libxml2 2.9's xmlTextReaderSetStructuredErrorHandler() passes the
 * schema plug instead of the parser context to its relay once a schema is
 * attached, and crashes on the first parser error.  So the parser's errors
 * come through the (thread-local) structured handler, set only while
 * libxml2 works for this input; the validator has its own. */
typedef struct
{
  xmlStructuredErrorFunc func;
  void *context;
} SavedHandler;

static SavedHandler
catch_errors (TgXmlInput *self)
{
  SavedHandler saved = { xmlStructuredError, xmlStructuredErrorContext };

  xmlSetStructuredErrorFunc (self, _tg_xml_input_on_libxml_error);
  return saved;
}

static void
release_errors (SavedHandler saved)
{
  xmlSetStructuredErrorFunc (saved.context, saved.func);
}

static xmlTextReaderPtr
create_reader (TgXmlInput *self)
{
  SavedHandler saved = catch_errors (self);
  xmlTextReaderPtr reader;

  reader = xmlReaderForIO (on_parser_read, on_parser_close, self, self->path,
                           "UTF-8", PARSE_OPTIONS);
  release_errors (saved);
  return reader;
}

void
_tg_xml_input_skip_schema (TgXmlInput *self)
{
  g_return_if_fail (TG_IS_XML_INPUT (self));
  g_return_if_fail (self->path == NULL);
  self->without_schema = TRUE;
}

static gboolean
start_reader (TgXmlInput *self)
{
  g_autoptr(xmlSchemaValidCtxt) validator = NULL;
  g_autoptr(xmlTextReader) reader = NULL;
  g_autoptr(GError) local_error = NULL;
  xmlSchemaPtr schema;

  if (self->without_schema)
    {
      reader = create_reader (self);
      if (self->refused)
        return FALSE;
      if (reader == NULL)
        return _tg_xml_input_refuse (self, TG_XML_INPUT_ERROR_IO, 0,
                                     _("the XML parser could not be started "
                                       "(out of memory?)"));
      self->reader = g_steal_pointer (&reader);
      return TRUE;
    }
  schema = tg_exchange_schema_get (&local_error);
  if (schema == NULL)
    return _tg_xml_input_refuse (self, TG_XML_INPUT_ERROR_SCHEMA, 0,
                                 local_error->message);
  validator = xmlSchemaNewValidCtxt (schema);
  reader = create_reader (self);
  if (self->refused)
    return FALSE;
  if (validator == NULL || reader == NULL)
    return _tg_xml_input_refuse (self, TG_XML_INPUT_ERROR_IO, 0,
                                 _("the XML parser could not be started "
                                   "(out of memory?)"));
  xmlSchemaSetValidStructuredErrors (validator, _tg_xml_input_on_libxml_error,
                                     self);
  if (xmlTextReaderSchemaValidateCtxt (reader, validator, 0) != 0)
    return _tg_xml_input_refuse (self, TG_XML_INPUT_ERROR_SCHEMA, 0,
                                 _("the exchange schema could not be "
                                   "attached to the parser"));
  /* Freed in this order by finalize: the reader first. */
  self->validator = g_steal_pointer (&validator);
  self->reader = g_steal_pointer (&reader);
  return TRUE;
}

gboolean
tg_xml_input_open (TgXmlInput  *self,
                   const char  *path,
                   GError     **error)
{
  g_return_val_if_fail (TG_IS_XML_INPUT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (self->path == NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  init_libxml ();
  self->path = g_strdup (path);
  self->file_name = g_path_get_basename (path);
  if (!open_stream (self) || !read_prolog (self) || !start_reader (self))
    {
      self->stopped = TRUE;
      return _tg_xml_input_set_open_error (self, error);
    }
  return TRUE;
}

/* ---- Checks on each node -------------------------------------------- */

static guint
current_line (TgXmlInput *self)
{
  xmlNodePtr node = xmlTextReaderCurrentNode (self->reader);
  long line = node != NULL ? xmlGetLineNo (node) : -1;

  /* Element lines above 65535 are not kept by libxml2 2.9. */
  if (line <= 0 || line == 65535)
    line = xmlTextReaderGetParserLineNumber (self->reader);
  return line > 0 ? _tg_xml_input_file_line (self, (guint) line) : 0;
}

static gboolean
refuse_version (TgXmlInput *self,
                guint       line,
                const char *version)
{
  g_autofree char *shown = _tg_xml_input_truncate (version, 20);
  g_autofree char *text = NULL;

  text = g_strdup_printf (_("format version %s is not understood; this "
                            "Tergeu reads version %s"),
                          shown, TG_EXCHANGE_FORMAT_VERSION);
  _tg_xml_input_discard (self);
  return _tg_xml_input_refuse (self, TG_XML_INPUT_ERROR_VERSION, line, text);
}

static gboolean
refuse_root (TgXmlInput *self,
             guint       line,
             const char *ns,
             const char *name)
{
  g_autofree char *text = NULL;

  text = g_strdup_printf (_("this is not a Tergeu case file: the root "
                            "element is “%s” in the namespace “%s”, where "
                            "a case file has “caseFile” in “%s”"),
                          name, ns != NULL ? ns : _("(none)"),
                          TG_EXCHANGE_NAMESPACE);
  _tg_xml_input_discard (self);
  return _tg_xml_input_refuse (self, TG_XML_INPUT_ERROR_NAMESPACE, line, text);
}

/* Namespace and version first: the schema's complaints about a file of
 * another version would only hide the reason. */
static gboolean
check_root (TgXmlInput *self)
{
  const char *ns = (const char *) xmlTextReaderConstNamespaceUri (self->reader);
  const char *name = (const char *) xmlTextReaderConstLocalName (self->reader);
  g_autofree char *version = tg_xml_input_dup_attribute (self, "formatVersion");
  guint line = current_line (self);

  /* The namespace names the version the file is in, whatever its
   * formatVersion says (issue 16: "version 1 is not understood"). */
  if (ns != NULL && g_str_has_prefix (ns, NAMESPACE_BASE) &&
      !g_str_equal (ns, TG_EXCHANGE_NAMESPACE))
    return refuse_version (self, line, ns + strlen (NAMESPACE_BASE));
  if (g_strcmp0 (ns, TG_EXCHANGE_NAMESPACE) != 0 ||
      g_strcmp0 (name, "caseFile") != 0)
    return refuse_root (self, line, ns, name);
  if (version != NULL && !g_str_equal (version, TG_EXCHANGE_FORMAT_VERSION))
    return refuse_version (self, line, version);
  return TRUE;
}

static void
begin_case (TgXmlInput *self)
{
  CaseSpan span = { current_line (self), 0, NULL };

  span.label = tg_xml_input_dup_attribute (self, "id");
  if (span.label != NULL && g_utf8_strlen (span.label, -1) > 64)
    g_clear_pointer (&span.label, g_free);
  _tg_xml_input_add_span (self, &span);
}

/* An end tag's node has its start tag's line; the parser is at or after
 * the end tag, and a later case's span wins over this one. */
static void
end_case (TgXmlInput *self)
{
  int line = xmlTextReaderGetParserLineNumber (self->reader);

  if (self->cases->len > 0 && line > 0)
    g_array_index (self->cases, CaseSpan, self->cases->len - 1).end_line =
      _tg_xml_input_file_line (self, (guint) line);
}

/* How many of an item one case may have: more than any accident, so that
 * a file with more is refused at once rather than read, checked and
 * compared for minutes (issue 16: 20 000 victims took 248 s). */
static const struct
{
  int depth;
  const char *name;
  guint max;
  const char *what;   /* NC_("limit"): "%s" in the message */
} item_limits[] = {
  { 3, "victim", 1000, NC_("limit", "victims") },
  { 4, "member", 200, NC_("limit", "commission members") },
  { 3, "extension", 500, NC_("limit", "extensions of the term") },
  { 4, "cause", 2000, NC_("limit", "causes") },
  { 4, "responsible", 2000, NC_("limit", "persons responsible") },
  { 4, "violation", 2000, NC_("limit", "violated norms") },
  { 3, "dispute", 500, NC_("limit", "disputes") },
  { 4, "position", 2000, NC_("limit", "positions in disputes") },
  { 3, "request", 1000, NC_("limit", "information requests") },
  { 3, "document", 1000, NC_("limit", "documents") },
  { 3, "event", 50000, NC_("limit", "history events") },
};

G_STATIC_ASSERT (G_N_ELEMENTS (item_limits) <= 16);

static gboolean
count_item (TgXmlInput *self,
            int         depth,
            const char *name)
{
  g_autofree char *text = NULL;

  if (depth == 1)
    memset (self->item_counts, 0, sizeof self->item_counts);
  for (guint i = 0; i < G_N_ELEMENTS (item_limits); i++)
    if (item_limits[i].depth == depth && g_strcmp0 (item_limits[i].name, name) == 0 &&
        ++self->item_counts[i] > item_limits[i].max)
      {
        /* Translators: "a case has more than 1000 victims; …" */
        /* Translators: %s is one of the "limit" words: "victims", … */
        text = g_strdup_printf (_("a case has more than %u %s; no accident has: the file was not read further"),
                                item_limits[i].max,
                                g_dpgettext2 (GETTEXT_PACKAGE, "limit", item_limits[i].what));
        return _tg_xml_input_refuse (self, TG_XML_INPUT_ERROR_INVALID, current_line (self), text);
      }
  return TRUE;
}

static gboolean
check_element (TgXmlInput *self)
{
  int depth = xmlTextReaderDepth (self->reader);
  const char *name = (const char *) xmlTextReaderConstLocalName (self->reader);
  g_autofree char *text = NULL;

  if (depth > TG_XML_INPUT_MAX_DEPTH)
    {
      text = g_strdup_printf (_("elements are nested deeper than the "
                                "exchange format allows (%d levels below "
                                "caseFile)"), TG_XML_INPUT_MAX_DEPTH);
      return _tg_xml_input_refuse (self, TG_XML_INPUT_ERROR_TOO_DEEP,
                                   current_line (self), text);
    }
  if (depth == 0 && !check_root (self))
    return FALSE;
  if (!count_item (self, depth, name))
    return FALSE;
  if (depth == 1 && g_strcmp0 (name, "case") == 0)
    begin_case (self);
  self->element_depth = depth;
  self->in_document = depth == 3 && g_strcmp0 (name, "document") == 0;
  if (self->in_document)
    self->document_seq++;
  self->document_reported = FALSE;
  self->document_chars = 0;
  return TRUE;
}

static guint64
count_base64_chars (const char *text)
{
  guint64 n = 0;

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p) && *p != '=')
      n++;
  return n;
}

static void
report_document_too_large (TgXmlInput *self)
{
  g_autofree char *limit = format_size (TG_XML_INPUT_MAX_DOCUMENT_SIZE);
  g_autofree char *text = NULL;

  text = g_strdup_printf (_("an embedded document is larger than %s; "
                            "larger attachments travel as separate files"),
                          limit);
  self->document_reported = TRUE;
  _tg_xml_input_report (self, TG_EXCHANGE_SEVERITY_ERROR,
                        TG_XML_INPUT_ERROR_INVALID, current_line (self), text);
}

/* Whoever reads the file, an oversized document is an error. */
static void
check_text (TgXmlInput *self)
{
  const char *value;

  if (!self->in_document ||
      xmlTextReaderDepth (self->reader) != self->element_depth + 1)
    return;
  value = (const char *) xmlTextReaderConstValue (self->reader);
  if (value == NULL)
    return;
  self->document_chars += count_base64_chars (value);
  if (!self->document_reported &&
      self->document_chars / 4 * 3 > TG_XML_INPUT_MAX_DOCUMENT_SIZE)
    report_document_too_large (self);
}

static gboolean
is_text_node (int type)
{
  return type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA ||
         type == XML_READER_TYPE_WHITESPACE ||
         type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE;
}

/* Defence in depth: the prolog check keeps DTDs from the parser. */
static gboolean
refuse_entity_node (TgXmlInput *self)
{
  return _tg_xml_input_refuse (self, TG_XML_INPUT_ERROR_DTD,
                               current_line (self),
                               _("the file uses a DTD or an entity; exchange "
                                 "files must not: the file was not read "
                                 "further"));
}

static gboolean
check_node (TgXmlInput *self)
{
  int type = xmlTextReaderNodeType (self->reader);

  switch (type)
    {
    case XML_READER_TYPE_ELEMENT:
      return check_element (self);
    case XML_READER_TYPE_END_ELEMENT:
      if (xmlTextReaderDepth (self->reader) == 1)
        end_case (self);
      return TRUE;
    case XML_READER_TYPE_DOCUMENT_TYPE:
    case XML_READER_TYPE_ENTITY:
    case XML_READER_TYPE_ENTITY_REFERENCE:
    case XML_READER_TYPE_END_ENTITY:
    case XML_READER_TYPE_NOTATION:
      return refuse_entity_node (self);
    default:
      if (is_text_node (type))
        check_text (self);
      return TRUE;
    }
}

static void
at_end_of_file (TgXmlInput *self)
{
  if (self->without_schema || xmlTextReaderIsValid (self->reader) == 1 || self->n_errors > 0)
    return;
  _tg_xml_input_report (self, TG_EXCHANGE_SEVERITY_ERROR,
                        TG_XML_INPUT_ERROR_INVALID,
                        _tg_xml_input_file_line (self, xmlTextReaderGetParserLineNumber (self->reader)),
                        _("the file does not follow the exchange format"));
}

static void
at_parse_failure (TgXmlInput *self)
{
  if (self->refused || self->saw_parser_error)
    return;
  _tg_xml_input_report (self, TG_EXCHANGE_SEVERITY_ERROR,
                        TG_XML_INPUT_ERROR_MALFORMED,
                        _tg_xml_input_file_line (self, xmlTextReaderGetParserLineNumber (self->reader)),
                        _("the file is not well-formed XML"));
  self->stopped = TRUE;
}

/* One node on; FALSE at the end or when the input stopped. */
static gboolean
advance (TgXmlInput *self)
{
  SavedHandler saved;
  int ret;

  if (self->stopped || self->reader == NULL)
    return FALSE;
  saved = catch_errors (self);
  ret = xmlTextReaderRead (self->reader);
  release_errors (saved);
  if (ret == 1 && !self->stopped)
    return check_node (self);
  if (!self->stopped)
    {
      if (ret == 0)
        at_end_of_file (self);
      else
        at_parse_failure (self);
    }
  self->stopped = TRUE;
  return FALSE;
}

/* ---- Navigation ----------------------------------------------------- */

gboolean
tg_xml_input_next (TgXmlInput *self)
{
  g_return_val_if_fail (TG_IS_XML_INPUT (self), FALSE);

  while (advance (self))
    if (xmlTextReaderNodeType (self->reader) == XML_READER_TYPE_ELEMENT)
      return TRUE;
  return FALSE;
}

static gboolean
is_empty_element_at (TgXmlInput *self,
                     int         depth)
{
  return xmlTextReaderNodeType (self->reader) == XML_READER_TYPE_ELEMENT &&
         xmlTextReaderDepth (self->reader) == depth &&
         xmlTextReaderIsEmptyElement (self->reader) == 1;
}

gboolean
tg_xml_input_next_child (TgXmlInput *self,
                         int         parent_depth)
{
  g_return_val_if_fail (TG_IS_XML_INPUT (self), FALSE);

  if (self->reader == NULL || is_empty_element_at (self, parent_depth))
    return FALSE;
  while (advance (self))
    {
      int depth = xmlTextReaderDepth (self->reader);

      if (depth <= parent_depth)
        return FALSE;
      if (depth == parent_depth + 1 &&
          xmlTextReaderNodeType (self->reader) == XML_READER_TYPE_ELEMENT)
        return TRUE;
    }
  return FALSE;
}

const char *
tg_xml_input_get_name (TgXmlInput *self)
{
  g_return_val_if_fail (TG_IS_XML_INPUT (self), NULL);

  if (self->reader == NULL)
    return NULL;
  return (const char *) xmlTextReaderConstLocalName (self->reader);
}

int
tg_xml_input_get_depth (TgXmlInput *self)
{
  g_return_val_if_fail (TG_IS_XML_INPUT (self), -1);

  if (self->reader == NULL)
    return -1;
  return xmlTextReaderDepth (self->reader);
}

guint
tg_xml_input_get_line (TgXmlInput *self)
{
  g_return_val_if_fail (TG_IS_XML_INPUT (self), 0);

  if (self->reader == NULL)
    return 0;
  return current_line (self);
}

char *
tg_xml_input_dup_attribute (TgXmlInput *self,
                            const char *name)
{
  xmlChar *value;
  char *copy;

  g_return_val_if_fail (TG_IS_XML_INPUT (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (self->reader == NULL)
    return NULL;
  /* Unqualified attributes are in no namespace. */
  value = xmlTextReaderGetAttributeNs (self->reader, (const xmlChar *) name,
                                       NULL);
  copy = g_strdup ((const char *) value);
  xmlFree (value);
  return copy;
}

static void
report_text_too_long (TgXmlInput *self,
                      const char *name,
                      guint       line,
                      gsize       max_bytes)
{
  g_autofree char *text = NULL;

  text = g_strdup_printf (_("the text of “%s” is longer than the exchange "
                            "format allows (%lu bytes)"),
                          name, (unsigned long) max_bytes);
  _tg_xml_input_report (self, TG_EXCHANGE_SEVERITY_ERROR,
                        TG_XML_INPUT_ERROR_INVALID, line, text);
}

char *
tg_xml_input_read_text (TgXmlInput *self,
                        gsize       max_bytes)
{
  g_autoptr(GString) text = NULL;
  g_autofree char *name = NULL;
  gboolean too_long = FALSE;
  guint line;
  int depth;

  g_return_val_if_fail (TG_IS_XML_INPUT (self), NULL);

  if (self->stopped || self->reader == NULL)
    return NULL;
  g_return_val_if_fail (xmlTextReaderNodeType (self->reader) ==
                        XML_READER_TYPE_ELEMENT, NULL);
  if (xmlTextReaderIsEmptyElement (self->reader) == 1)
    return g_strdup ("");

  depth = xmlTextReaderDepth (self->reader);
  name = g_strdup (tg_xml_input_get_name (self));
  line = current_line (self);
  text = g_string_new (NULL);
  while (advance (self))
    {
      int type = xmlTextReaderNodeType (self->reader);
      const char *value;

      if (xmlTextReaderDepth (self->reader) <= depth)
        break;
      if (too_long || !is_text_node (type) ||
          xmlTextReaderDepth (self->reader) != depth + 1)
        continue;
      value = (const char *) xmlTextReaderConstValue (self->reader);
      if (value != NULL && text->len + strlen (value) > max_bytes)
        too_long = TRUE;
      else if (value != NULL)
        g_string_append (text, value);
    }
  if (too_long)
    report_text_too_long (self, name, line, max_bytes);
  if (too_long || self->stopped)
    return NULL;
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
only_space (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;
  return TRUE;
}

static void
report_bad_base64 (TgXmlInput *self,
                   guint       line)
{
  /* The schema has usually said so already, at the element's end tag. */
  if (_tg_xml_input_has_error_from_line (self, line))
    return;
  _tg_xml_input_report (self, TG_EXCHANGE_SEVERITY_ERROR,
                        TG_XML_INPUT_ERROR_INVALID, line,
                        _("the content of an embedded document is not "
                          "valid base64"));
}

/* The filter decoded the document as it streamed, in chunks, into its
 * spool, and gave the parser only its line breaks (tg-xml-filter.h). */
gboolean
tg_xml_input_read_document (TgXmlInput      *self,
                            gsize            max_size,
                            TgContentSpool **spool,
                            goffset         *offset,
                            gsize           *size,
                            char           **sha256)
{
  g_autoptr(TgXmlFilterDocument) doc = NULL;
  g_autofree char *rest = NULL;
  guint seq, line;

  g_return_val_if_fail (TG_IS_XML_INPUT (self), FALSE);

  if (self->stopped || self->reader == NULL)
    return FALSE;
  line = current_line (self);
  seq = self->document_seq;
  rest = tg_xml_input_read_text (self, 1024 * 1024);
  if (rest == NULL)
    return FALSE;
  doc = self->filter != NULL ? tg_xml_filter_take_document (self->filter, seq) : NULL;
  if (doc != NULL && (doc->too_large || doc->size > max_size))
    {
      if (!self->document_reported)
        report_document_too_large (self);
      return FALSE;
    }
  if (doc == NULL || !doc->done || doc->bad_base64 || doc->spool == NULL || !only_space (rest))
    {
      report_bad_base64 (self, line);
      return FALSE;
    }
  *spool = tg_content_spool_ref (doc->spool);
  *offset = doc->offset;
  *size = doc->size;
  *sha256 = g_steal_pointer (&doc->sha256);
  return TRUE;
}

GBytes *
tg_xml_input_read_base64 (TgXmlInput *self,
                          gsize       max_size)
{
  g_autoptr(TgContentSpool) spool = NULL;
  g_autofree char *sha256 = NULL;
  g_autoptr(GError) error = NULL;
  goffset offset;
  gsize size;
  GBytes *bytes;

  if (!tg_xml_input_read_document (self, max_size, &spool, &offset, &size, &sha256))
    return NULL;
  bytes = tg_content_spool_dup_bytes (spool, offset, size, &error);
  if (bytes == NULL)
    _tg_xml_input_refuse (self, TG_XML_INPUT_ERROR_IO, 0, error->message);
  return bytes;
}

const char *
tg_xml_input_get_sha256 (TgXmlInput *self)
{
  guint8 rest[65536];
  gssize n;

  g_return_val_if_fail (TG_IS_XML_INPUT (self), NULL);

  /* The parser may stop before the last bytes (trailing space). */
  if (self->stream == NULL || self->refused)
    return NULL;
  while ((n = read_stream (self, rest, sizeof rest)) > 0)
    ;
  if (n < 0)
    return NULL;
  if (self->sha256[0] == '\0')
    tg_sha256_finish (&self->checksum, self->sha256);
  return self->sha256;
}
