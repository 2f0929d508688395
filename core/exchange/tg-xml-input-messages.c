/* tg-xml-input-messages.c — what a TgXmlInput found, for the report
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Messages wait here until the input is finished: libxml2 reports some
 * problems before the reader reaches the node, so the case a message
 * belongs to is looked up by line once every case's span is known.
 */
#define G_LOG_DOMAIN "tg-xml-input"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "tg-exchange-private.h"
#include "tg-exchange-schema.h"
#include "tg-i18n.h"
#include "tg-xml-input-private.h"

/* libxml2 quotes the offending value in its messages; keep them short. */
#define MAX_MESSAGE_CHARS 300

char *
_tg_xml_input_truncate (const char *text,
                        glong       max_chars)
{
  /* g_utf8_substring() must not be asked past the end. */
  if (g_utf8_strlen (text, -1) <= max_chars)
    return g_strdup (text);
  return g_utf8_substring (text, 0, max_chars);
}

void
_tg_xml_input_pending_clear (gpointer data)
{
  Pending *p = data;

  g_free (p->text);
  g_free (p->label);
}

void
_tg_xml_input_case_span_clear (gpointer data)
{
  CaseSpan *span = data;

  g_free (span->label);
}

static void
add_pending (TgXmlInput         *self,
             TgExchangeSeverity  severity,
             guint               line,
             const char         *text)
{
  /* A value from the file is quoted up to TG_I18N_QUOTE_CHARS: a file may
   * hold one of half a megabyte (issue 16). */
  Pending p = { severity, line, self->pending->len, tg_i18n_shorten_quotes (text, FALSE), FALSE, NULL };

  g_array_append_val (self->pending, p);
  if (severity == TG_EXCHANGE_SEVERITY_ERROR)
    self->n_errors++;
}

static void
stop_after_too_many (TgXmlInput *self,
                     guint       line)
{
  g_autofree char *text = NULL;

  text = g_strdup_printf (_("more than %u errors: the rest of the file was "
                            "not checked"), self->max_errors);
  add_pending (self, TG_EXCHANGE_SEVERITY_ERROR, line, text);
  self->stopped = TRUE;
  self->refused = TRUE;
}

/* A problem that does not stop the reading (up to the error limit). */
void
_tg_xml_input_report (TgXmlInput         *self,
                      TgExchangeSeverity  severity,
                      int                 code,
                      guint               line,
                      const char         *text)
{
  if (self->refused)
    return;
  if (severity == TG_EXCHANGE_SEVERITY_ERROR)
    {
      if (self->n_errors >= self->max_errors)
        {
          stop_after_too_many (self, line);
          return;
        }
      if (self->code < 0)
        self->code = code;
    }
  add_pending (self, severity, line, text);
}

void
_tg_xml_input_report_for_case (TgXmlInput *self,
                               guint       line,
                               const char *label,
                               const char *text)
{
  guint before = self->pending->len;
  Pending *p;

  _tg_xml_input_report (self, TG_EXCHANGE_SEVERITY_ERROR, TG_XML_INPUT_ERROR_INVALID, line, text);
  if (self->pending->len == before)
    return;
  p = &g_array_index (self->pending, Pending, self->pending->len - 1);
  /* Not the error limit's own message, which belongs to no case. */
  if (self->stopped && self->refused)
    return;
  p->labelled = TRUE;
  p->label = g_strdup (label);
}

gboolean
_tg_xml_input_case_has_errors (TgXmlInput *self)
{
  const CaseSpan *span;

  if (self->cases->len == 0)
    return FALSE;
  span = &g_array_index (self->cases, CaseSpan, self->cases->len - 1);
  /* Its messages are not labelled yet: they lie past first_unlabelled. */
  for (guint i = self->first_unlabelled; i < self->pending->len; i++)
    {
      const Pending *p = &g_array_index (self->pending, Pending, i);

      if (p->severity == TG_EXCHANGE_SEVERITY_ERROR && p->line >= span->start_line &&
          (span->end_line == 0 || p->line <= span->end_line))
        return TRUE;
    }
  return FALSE;
}

char *
_tg_xml_input_dup_case_label (TgXmlInput *self)
{
  if (self->cases->len == 0)
    return NULL;
  return g_strdup (g_array_index (self->cases, CaseSpan, self->cases->len - 1).label);
}

/* A fatal problem of ours: reported, and nothing more is read. */
gboolean
_tg_xml_input_refuse (TgXmlInput *self,
                      int         code,
                      guint       line,
                      const char *text)
{
  if (!self->refused)
    {
      add_pending (self, TG_EXCHANGE_SEVERITY_ERROR, line, text);
      self->code = code;
    }
  self->refused = TRUE;
  self->stopped = TRUE;
  return FALSE;
}

/* Drops what was found so far: the consequences of a wrong root. */
void
_tg_xml_input_discard (TgXmlInput *self)
{
  g_array_set_size (self->pending, 0);
  self->first_unlabelled = 0;
  self->n_errors = 0;
  self->code = -1;
}

static char *
clean_libxml_message (const char *message)
{
  g_autoptr(GString) s = g_string_new (message != NULL ? message : "");
  g_autofree char *valid = NULL;

  g_string_replace (s, "{" TG_EXCHANGE_NAMESPACE "}", "", 0);
  g_string_replace (s, "\n", " ", 0);
  while (s->len > 0 && g_ascii_isspace (s->str[s->len - 1]))
    g_string_truncate (s, s->len - 1);
  /* libxml2 quotes the value it refused: shown up to TG_I18N_QUOTE_CHARS. */
  valid = tg_i18n_shorten_quotes (s->str, TRUE);
  if (g_utf8_strlen (valid, -1) > MAX_MESSAGE_CHARS)
    {
      g_autofree char *head = g_utf8_substring (valid, 0, MAX_MESSAGE_CHARS);

      g_free (valid);
      valid = g_strconcat (head, "…", NULL);
    }
  return g_steal_pointer (&valid);
}

/* The schema's maxLength on a document counts decoded bytes; the input
 * reports an oversized document itself, in words a person understands. */
static gboolean
is_document_length_error (xmlErrorPtr error)
{
  return error->domain == XML_FROM_SCHEMASV &&
         error->code == XML_SCHEMAV_CVC_MAXLENGTH_VALID &&
         error->message != NULL && strstr (error->message, "}document'");
}

/* At the end of its input the push parser says "Extra content at the end
 * of the document" whatever is wrong; say what it is. */
static char *
explain_document_end (TgXmlInput  *self,
                      xmlErrorPtr  error)
{
  xmlParserCtxtPtr ctxt = error->ctxt;

  if (error->domain != XML_FROM_PARSER || error->code != XML_ERR_DOCUMENT_END)
    return NULL;
  if (self->n_read == 0)
    return g_strdup (_("the file is empty"));
  if (ctxt == NULL || ctxt->instate == XML_PARSER_EPILOG)
    return NULL;
  if (ctxt->instate == XML_PARSER_START || ctxt->instate == XML_PARSER_MISC ||
      ctxt->instate == XML_PARSER_PROLOG)
    return g_strdup (_("the file has no root element"));
  return g_strdup (_("the file ends before its elements are closed: it was "
                     "cut short; ask the sender for the whole file"));
}

/* libxml2 says "Input is not proper UTF-8, indicate encoding !", which
 * asks the user to do what exchange files must not. */
static gboolean
is_not_utf8_error (xmlErrorPtr error)
{
  return error->domain == XML_FROM_PARSER &&
         error->code == XML_ERR_INVALID_CHAR && error->message != NULL &&
         g_str_has_prefix (error->message, "Input is not proper UTF-8");
}

static char *
explain_libxml_error (TgXmlInput  *self,
                      xmlErrorPtr  error)
{
  const char *bytes;
  g_autofree char *shown = NULL;

  if (!is_not_utf8_error (error))
    return explain_document_end (self, error);
  bytes = strstr (error->message, "Bytes: ");
  shown = g_strstrip (g_strdup (bytes != NULL ? bytes : "?"));
  g_strdelimit (shown, "\n", ' ');
  return g_strdup_printf (_("the file is not UTF-8 text here (%s); exchange "
                            "files are UTF-8: convert it and try again"),
                          shown);
}

/* ---- libxml2's words, in Tergeu's ---------------------------------------
 *
 * libxml2 reports in English ("Element 'inve': This element is not
 * expected"), which read badly inside a Kazakh or Russian message. The
 * errors a sender's file can meet are said again here, in the reader's
 * language, from what the message names (the element, the attribute, the
 * value, what was expected); any other is said without libxml2's words.
 */

/* The first group of @pattern in @message, or NULL. */
static char *
capture (const char *message,
         const char *pattern)
{
  g_autoptr(GRegex) regex = g_regex_new (pattern, G_REGEX_OPTIMIZE, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  if (regex == NULL || !g_regex_match (regex, message, 0, &match))
    return NULL;
  return g_match_info_fetch (match, 1);
}

/* "( investigation, disputes )" → "<investigation>, <disputes>". */
static char *
expected_elements (const char *message)
{
  g_autofree char *list = capture (message, "Expected is (?:one of )?\\( ([^)]*) \\)");
  g_auto(GStrv) names = NULL;
  g_autoptr(GString) out = NULL;

  if (list == NULL)
    return NULL;
  names = g_strsplit (list, ", ", -1);
  out = g_string_new (NULL);
  for (guint i = 0; names[i] != NULL; i++)
    g_string_append_printf (out, "%s<%s>", i > 0 ? ", " : "", g_strstrip (names[i]));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* "{'light', 'severe'}" → "light, severe". */
static char *
allowed_values (const char *message)
{
  g_autofree char *set = capture (message, "set \\{([^}]*)\\}");

  if (set == NULL)
    return NULL;
  g_strdelimit (set, "'", ' ');
  {
    g_auto(GStrv) values = g_strsplit (set, ",", -1);
    for (guint i = 0; values[i] != NULL; i++)
      g_strstrip (values[i]);
    return g_strjoinv (", ", values);
  }
}

/* What a value of the pattern looks like, when people know the form. */
static const char *
pattern_hint (const char *pattern)
{
  if (pattern == NULL)
    return NULL;
  if (strstr (pattern, "T[0-9]{2}:") != NULL)
    return _("a date and time with its offset, e.g. 2026-11-18T14:30:00+05:00");
  if (g_str_has_prefix (pattern, "[0-9]{4}-[0-9]{2}-[0-9]{2}"))
    return _("a date, e.g. 2026-11-18");
  if (strstr (pattern, "[0-9]{12}") != NULL)
    return _("12 digits");
  return NULL;
}

/* "<case>" or "<case>, attribute “revision”": where the problem is. */
static char *
where_in (const char *message)
{
  g_autofree char *element = capture (message, "^Element '([^']+)'");
  g_autofree char *attribute = capture (message, "^Element '[^']+', attribute '([^']+)'");

  if (element == NULL)
    return NULL;
  if (attribute != NULL)
    /* Translators: an element and its attribute in an exchange file */
    return g_strdup_printf (_("<%s>, attribute “%s”"), element, attribute);
  return g_strdup_printf ("<%s>", element);
}

static char *
say_schema_error (xmlErrorPtr  error,
                  const char  *message)
{
  g_autofree char *where = where_in (message);
  g_autofree char *value = capture (message, "The value '([^']*)'");
  g_autofree char *expected = NULL;
  g_autofree char *allowed = NULL;
  g_autofree char *pattern = NULL;
  g_autofree char *attribute = NULL;

  if (where == NULL)
    return g_strdup (_("the file does not follow the exchange format here"));
  if (value == NULL)
    value = capture (message, ": '([^']*)' is not a valid value");
  switch (error->code)
    {
    case XML_SCHEMAV_ELEMENT_CONTENT:
    case XML_SCHEMAV_CVC_COMPLEX_TYPE_2_4:
      expected = expected_elements (message);
      if (strstr (message, "Missing child") != NULL && expected != NULL)
        /* Translators: an element lacks the ones it must contain */
        return g_strdup_printf (_("%s lacks %s"), where, expected);
      if (expected != NULL)
        return g_strdup_printf (_("%s is not expected here; expected: %s"), where, expected);
      return g_strdup_printf (_("%s is not expected here"), where);
    case XML_SCHEMAV_CVC_COMPLEX_TYPE_4:
      attribute = capture (message, "The attribute '([^']+)' is required");
      if (attribute != NULL)
        return g_strdup_printf (_("%s lacks the attribute “%s”"), where, attribute);
      expected = expected_elements (message);
      return expected != NULL ? g_strdup_printf (_("%s lacks %s"), where, expected)
                              : g_strdup_printf (_("%s lacks an element it must contain"), where);
    case XML_SCHEMAV_CVC_COMPLEX_TYPE_3_2_1:
    case XML_SCHEMAV_CVC_COMPLEX_TYPE_3_2_2:
      return g_strdup_printf (_("%s is not allowed here"), where);
    case XML_SCHEMAV_CVC_ENUMERATION_VALID:
      allowed = allowed_values (message);
      if (value != NULL && allowed != NULL)
        return g_strdup_printf (_("%s: “%s” is not one of the allowed values (%s)"), where, value, allowed);
      break;
    case XML_SCHEMAV_CVC_PATTERN_VALID:
      pattern = capture (message, "pattern '(.*)'\\.?$");
      if (value != NULL && pattern_hint (pattern) != NULL)
        /* Translators: element, value, and what the value must be ("a date, e.g. 2026-11-18") */
        return g_strdup_printf (_("%s: “%s” is not written as the format wants: %s"), where, value,
                                pattern_hint (pattern));
      if (value != NULL)
        return g_strdup_printf (_("%s: “%s” is not written as the format wants"), where, value);
      break;
    case XML_SCHEMAV_CVC_MINLENGTH_VALID:
      if (strstr (message, "has a length of '0'") != NULL)
        return g_strdup_printf (_("%s is empty"), where);
      if (value != NULL)
        return g_strdup_printf (_("%s: “%s” is too short"), where, value);
      break;
    case XML_SCHEMAV_CVC_MAXLENGTH_VALID:
      return g_strdup_printf (_("%s: the text is longer than the format allows"), where);
    case XML_SCHEMAV_CVC_MININCLUSIVE_VALID:
    case XML_SCHEMAV_CVC_MAXINCLUSIVE_VALID:
      if (value != NULL)
        return g_strdup_printf (_("%s: %s is outside the range the format allows"), where, value);
      break;
    default:
      break;
    }
  /* A value of a type people know by its form: say the form. */
  {
    g_autofree char *type = capture (message, "type '([^']+)'");
    const char *hint = NULL;

    if (type != NULL && g_strrstr (type, "DateTime") != NULL)
      hint = pattern_hint ("T[0-9]{2}:");
    else if (type != NULL && g_strrstr (type, "Date") != NULL)
      hint = pattern_hint ("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    if (value != NULL && hint != NULL)
      return g_strdup_printf (_("%s: “%s” is not written as the format wants: %s"), where, value, hint);
  }
  if (value != NULL)
    return g_strdup_printf (_("%s: “%s” is not a valid value here"), where, value);
  return g_strdup_printf (_("%s does not follow the exchange format"), where);
}

static char *
say_parser_error (xmlErrorPtr  error,
                  const char  *message)
{
  g_autofree char *name = NULL;

  switch (error->code)
    {
    case XML_ERR_TAG_NAME_MISMATCH:
      {
        g_autofree char *opened = capture (message, "mismatch: (\\S+) line");
        g_autofree char *line = capture (message, "mismatch: \\S+ line (\\d+)");
        g_autofree char *closed = capture (message, " and (\\S+)$");

        if (opened != NULL && line != NULL && closed != NULL)
          /* Translators: an element opened on a line is closed with another name */
          return g_strdup_printf (_("<%s>, opened on line %s, is closed as </%s>"), opened, line, closed);
        break;
      }
    case XML_ERR_UNDECLARED_ENTITY:
    case XML_WAR_UNDECLARED_ENTITY:
      name = capture (message, "Entity '([^']+)'");
      if (name != NULL)
        return g_strdup_printf (_("the entity “%s” is not defined: exchange files use none"), name);
      break;
    default:
      break;
    }
  /* Translators: %d is libxml2's error number, for whoever mends the file */
  return g_strdup_printf (_("the file is not well-formed XML here (error %d): ask the sender for a correct file"),
                          error->code);
}

static int
error_code_for (xmlErrorPtr error)
{
  if (error->domain == XML_FROM_SCHEMASV)
    return TG_XML_INPUT_ERROR_INVALID;
  if (error->domain == XML_FROM_IO)
    return TG_XML_INPUT_ERROR_IO;
  if (is_not_utf8_error (error))
    return TG_XML_INPUT_ERROR_ENCODING;
  switch (error->code)
    {
    case XML_ERR_INVALID_ENCODING:
    case XML_ERR_UNKNOWN_ENCODING:
    case XML_ERR_UNSUPPORTED_ENCODING:
      return TG_XML_INPUT_ERROR_ENCODING;
    default:
      return TG_XML_INPUT_ERROR_MALFORMED;
    }
}

char *
_tg_xml_say_error (xmlErrorPtr error)
{
  g_autofree char *message = clean_libxml_message (error->message);

  if (error->domain == XML_FROM_SCHEMASV)
    return say_schema_error (error, message);
  if (error->domain == XML_FROM_PARSER || error->domain == XML_FROM_NAMESPACE)
    return say_parser_error (error, message);
  return g_steal_pointer (&message);
}

void
_tg_xml_input_on_libxml_error (void        *user_data,
                               xmlErrorPtr  error)
{
  TgXmlInput *self = user_data;
  g_autofree char *text = NULL;
  TgExchangeSeverity severity;

  if (self->refused || error == NULL || error->level == XML_ERR_NONE ||
      is_document_length_error (error))
    return;
  severity = error->level == XML_ERR_WARNING ? TG_EXCHANGE_SEVERITY_WARNING
                                             : TG_EXCHANGE_SEVERITY_ERROR;
  if (error->domain != XML_FROM_SCHEMASV &&
      severity == TG_EXCHANGE_SEVERITY_ERROR)
    self->saw_parser_error = TRUE;
  text = explain_libxml_error (self, error);
  if (text == NULL)
    text = _tg_xml_say_error (error);
  _tg_xml_input_report (self, severity, error_code_for (error),
                        error->line > 0 ? _tg_xml_input_file_line (self, error->line) : 0, text);
}

static char *
format_pending (TgXmlInput *self,
                Pending    *p,
                const char *label)
{
  g_autoptr(TgExchangeMessage) message = NULL;

  message = tg_exchange_message_new (p->severity, self->file_name, p->line,
                                     label, p->text);
  return tg_exchange_message_format (message);
}

gboolean
_tg_xml_input_set_open_error (TgXmlInput  *self,
                              GError     **error)
{
  g_autofree char *text = NULL;

  g_assert (self->pending->len > 0);
  text = format_pending (self, &g_array_index (self->pending, Pending, 0),
                         NULL);
  g_set_error_literal (error, TG_XML_INPUT_ERROR, self->code, text);
  return FALSE;
}

/* Whether an error was found at @line or after it. */
gboolean
_tg_xml_input_has_error_from_line (TgXmlInput *self,
                                   guint       line)
{
  for (guint i = 0; i < self->pending->len; i++)
    {
      Pending *p = &g_array_index (self->pending, Pending, i);

      if (p->severity == TG_EXCHANGE_SEVERITY_ERROR && p->line >= line)
        return TRUE;
    }
  return FALSE;
}

void
tg_xml_input_set_case_label (TgXmlInput *self,
                             const char *label)
{
  CaseSpan *span;

  g_return_if_fail (TG_IS_XML_INPUT (self));
  g_return_if_fail (label != NULL);

  if (self->cases->len == 0)
    return;
  span = &g_array_index (self->cases, CaseSpan, self->cases->len - 1);
  g_free (span->label);
  span->label = _tg_xml_input_truncate (label, 64);
}

void
tg_xml_input_add_message (TgXmlInput         *self,
                          TgExchangeSeverity  severity,
                          guint               line,
                          const char         *format,
                          ...)
{
  g_autofree char *text = NULL;
  va_list args;

  g_return_if_fail (TG_IS_XML_INPUT (self));
  g_return_if_fail (format != NULL);

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  _tg_xml_input_report (self, severity, TG_XML_INPUT_ERROR_INVALID, line,
                        text);
}

const char *
tg_xml_input_get_file_name (TgXmlInput *self)
{
  g_return_val_if_fail (TG_IS_XML_INPUT (self), NULL);
  return self->file_name;
}

guint
tg_xml_input_get_n_errors (TgXmlInput *self)
{
  g_return_val_if_fail (TG_IS_XML_INPUT (self), 0);
  return self->n_errors;
}

static int
compare_pending (gconstpointer a,
                 gconstpointer b)
{
  const Pending *pa = a;
  const Pending *pb = b;

  if (pa->line != pb->line)
    return pa->line < pb->line ? -1 : 1;
  return pa->seq < pb->seq ? -1 : (pa->seq > pb->seq);
}

/* How many cases keep their span. libxml2 reports a problem at most a
 * parser buffer ahead of the reader, and the reader's own checks of a
 * case come right after it; sixteen cases (some 1 600 lines) behind, no
 * message can still arrive. Keeping every span cost 64 MB at a million
 * cases. */
#define SPAN_WINDOW 16

/* Gives the messages of the oldest span the label label_for_line would. */
static void
label_pending (TgXmlInput *self)
{
  const CaseSpan *span = &g_array_index (self->cases, CaseSpan, 0);
  guint next_start = g_array_index (self->cases, CaseSpan, 1).start_line;

  for (guint i = self->first_unlabelled; i < self->pending->len; i++)
    {
      Pending *p = &g_array_index (self->pending, Pending, i);

      /* A later case's span wins over this one. */
      if (p->labelled || p->line >= next_start)
        continue;
      p->labelled = TRUE;
      if (p->line >= span->start_line && (span->end_line == 0 || p->line <= span->end_line))
        p->label = g_strdup (span->label);
    }
  /* Messages come mostly in line order: the next scan starts after those
   * done, so that a file with a warning in every case stays linear. */
  while (self->first_unlabelled < self->pending->len &&
         g_array_index (self->pending, Pending, self->first_unlabelled).labelled)
    self->first_unlabelled++;
}

void
_tg_xml_input_add_span (TgXmlInput     *self,
                        const CaseSpan *span)
{
  g_array_append_val (self->cases, *span);
  if (self->cases->len <= SPAN_WINDOW)
    return;
  label_pending (self);
  g_array_remove_index (self->cases, 0);
}

/* The case whose element holds @line, if any. */
static const char *
label_for_line (TgXmlInput *self,
                guint       line)
{
  const char *label = NULL;

  for (guint i = 0; line > 0 && i < self->cases->len; i++)
    {
      CaseSpan *span = &g_array_index (self->cases, CaseSpan, i);

      if (span->start_line > line)
        break;
      label = (span->end_line == 0 || line <= span->end_line) ? span->label
                                                                : NULL;
    }
  return label;
}

static void
flush_pending (TgXmlInput *self)
{
  g_array_sort (self->pending, compare_pending);
  for (guint i = 0; i < self->pending->len; i++)
    {
      Pending *p = &g_array_index (self->pending, Pending, i);
      g_autoptr(TgExchangeMessage) message = NULL;

      message = tg_exchange_message_new (p->severity, self->file_name,
                                         p->line,
                                         p->labelled ? p->label : label_for_line (self, p->line),
                                         p->text);
      if (self->first_error == NULL &&
          p->severity == TG_EXCHANGE_SEVERITY_ERROR)
        self->first_error = g_object_ref (message);
      tg_exchange_report_add (self->report, message);
    }
  g_array_set_size (self->pending, 0);
  self->first_unlabelled = 0;
}

gboolean
tg_xml_input_finish (TgXmlInput  *self,
                     GError     **error)
{
  g_autofree char *first = NULL;
  guint more;

  g_return_val_if_fail (TG_IS_XML_INPUT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  flush_pending (self);
  if (self->n_errors == 0 || self->first_error == NULL)
    return TRUE;
  first = tg_exchange_message_format (self->first_error);
  more = self->n_errors - 1;
  if (self->code < 0)
    self->code = TG_XML_INPUT_ERROR_INVALID;
  if (more == 0)
    g_set_error_literal (error, TG_XML_INPUT_ERROR, self->code, first);
  else
    g_set_error (error, TG_XML_INPUT_ERROR, self->code,
                 g_dngettext (GETTEXT_PACKAGE, "%s (and %u more error)",
                              "%s (and %u more errors)", more),
                 first, more);
  return FALSE;
}
