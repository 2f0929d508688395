/* tg-xml-filter.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A byte-at-a-time lexer of just enough XML: markup is told from content,
 * quotes inside tags from the rest, and each element's local name is kept
 * on a stack so that the filter knows whether it is between elements, in
 * a text element or in a document (tg-xml-filter.h).
 */
#define G_LOG_DOMAIN "tg-xml-input"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "tg-sha256.h"
#include "tg-xml-filter.h"

/* Line breaks passed on per gap of dropped bytes; more are counted. A
 * line number is kept exact at a cost of one remembered break per this
 * many dropped lines. */
#define MAX_GAP_LINES 4096
/* Names kept for the elements this deep; deeper ones are text elements
 * (the input refuses them anyway). */
#define MAX_STACK 32
#define MAX_NAME 32
/* A tag (its attributes' values included): the longest of the format's
 * is a few kilobytes; libxml2 would hold a longer one whole. */
#define MAX_TAG (1024 * 1024)

typedef enum
{
  S_CONTENT,
  S_LT,            /* after '<' */
  S_LT_BANG,       /* after "<!", until it is a comment, CDATA or else */
  S_START_TAG,
  S_START_QUOTE,   /* in a quoted attribute value */
  S_END_TAG,
  S_COMMENT,
  S_PI,
  S_CDATA,
  S_DECLARATION,   /* another "<!…>": passed on, for the parser to refuse */
} State;

typedef enum
{
  C_ELEMENTS,      /* the format has elements only here */
  C_TEXT,
  C_DOCUMENT,      /* a document's base64 */
  C_EPILOG,        /* after the root element */
} Context;

typedef struct
{
  guint out_line;  /* from this line of the output on … */
  guint dropped;   /* … this many lines were dropped before it */
} Break;

struct _TgXmlFilter
{
  State state;
  gsize max_document;

  /* lines */
  guint in_line;
  guint out_line;
  guint gap_lines;    /* line breaks passed on since the last other byte */
  guint dropped;      /* line breaks not passed on, in all */
  GArray *breaks;     /* Break, ascending */

  /* markup being read */
  char lt[10];        /* "<!" … until it is known what follows */
  guint n_lt;
  char quote;
  gboolean dropping;  /* the comment or PI is dropped */
  char prev[2];       /* the last two bytes of a comment, PI or CDATA */
  guint brackets;     /* ']' held back in a document's CDATA */
  char name[MAX_NAME + 1];
  guint n_name;
  gboolean name_done;
  gboolean slash;     /* the start tag's last byte was '/' */
  guint n_attributes;
  gsize tag_bytes;    /* of the tag being read */
  guint non_text;     /* comment and PI bytes in this text element */

  /* elements */
  Context ctx;        /* where the content being read is */
  guint depth;
  gboolean started;   /* the root element has begun */
  char stack[MAX_STACK][MAX_NAME + 1];

  /* documents */
  guint n_documents;
  TgXmlFilterDocument *document;   /* being decoded */
  GQueue done;                     /* TgXmlFilterDocument, by seq */
  guint8 quantum[4];
  guint n_quantum;
  guint padding;
  gboolean discard;                /* documents are checked, not kept */
  TgContentSpool *spool;           /* made for the first document */
  TgSha256 checksum;               /* of the document being decoded */
  guint8 buffer[65536];            /* decoded, not yet in the spool */
  guint8 stage[4096];              /* emitted one by one, not yet in the output */
  guint n_stage;
  gsize n_buffer;
  GError *spool_error;
};

/* Elements of format 1 that hold elements only (tergeu-case-1.xsd). */
static const char * const element_only[] = {
  "caseFile", "header", "case", "employer", "accident", "victims", "victim",
  "investigation", "commission", "member", "findings", "disputes", "dispute",
  "requests", "request", "documents", "history", NULL
};

void
tg_xml_filter_document_free (TgXmlFilterDocument *doc)
{
  if (doc == NULL)
    return;
  g_clear_pointer (&doc->spool, tg_content_spool_unref);
  g_free (doc->sha256);
  g_free (doc);
}

TgXmlFilter *
tg_xml_filter_new (guint first_line,
                   gsize max_document)
{
  TgXmlFilter *self = g_new0 (TgXmlFilter, 1);

  self->in_line = self->out_line = first_line;
  self->max_document = max_document;
  self->breaks = g_array_new (FALSE, FALSE, sizeof (Break));
  g_queue_init (&self->done);
  return self;
}

void
tg_xml_filter_set_keep_documents (TgXmlFilter *self,
                                  gboolean     keep)
{
  self->discard = !keep;
}

void
tg_xml_filter_free (TgXmlFilter *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->breaks);
  tg_xml_filter_document_free (self->document);
  g_clear_pointer (&self->spool, tg_content_spool_unref);
  g_clear_error (&self->spool_error);
  g_queue_clear_full (&self->done, (GDestroyNotify) tg_xml_filter_document_free);
  g_free (self);
}

guint
tg_xml_filter_input_line (TgXmlFilter *self,
                          guint        line)
{
  guint lo = 0, hi = self->breaks->len;

  /* The last break at or before @line. */
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (self->breaks, Break, mid).out_line <= line)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo == 0 ? line : line + g_array_index (self->breaks, Break, lo - 1).dropped;
}

TgXmlFilterDocument *
tg_xml_filter_take_document (TgXmlFilter *self,
                             guint        seq)
{
  TgXmlFilterDocument *doc;

  while ((doc = g_queue_peek_head (&self->done)) != NULL && doc->seq < seq)
    tg_xml_filter_document_free (g_queue_pop_head (&self->done));
  if (doc != NULL && doc->seq == seq)
    return g_queue_pop_head (&self->done);
  return NULL;
}

/* ---- output ------------------------------------------------------------ */

/* Bytes go out one at a time through markup (a call to
 * g_byte_array_append each was 4 % of an import): they gather here. */
static void
flush_stage (TgXmlFilter *self,
             GByteArray  *out)
{
  if (self->n_stage > 0)
    g_byte_array_append (out, self->stage, self->n_stage);
  self->n_stage = 0;
}

static inline void
emit (TgXmlFilter *self,
      GByteArray  *out,
      guint8       c)
{
  if (self->n_stage == sizeof self->stage)
    flush_stage (self, out);
  self->stage[self->n_stage++] = c;
  if (c == '\n')
    self->out_line++;
  else
    self->gap_lines = 0;
}

static void
emit_n (TgXmlFilter *self,
        GByteArray  *out,
        const char  *bytes,
        guint        n)
{
  for (guint i = 0; i < n; i++)
    emit (self, out, bytes[i]);
}

/* A line break of something dropped: passed on within the gap's bound,
 * else remembered. */
static void
drop_line (TgXmlFilter *self,
           GByteArray  *out)
{
  Break *last;

  if (self->gap_lines < MAX_GAP_LINES)
    {
      self->gap_lines++;
      emit (self, out, '\n');
      return;
    }
  self->dropped++;
  last = self->breaks->len > 0 ? &g_array_index (self->breaks, Break, self->breaks->len - 1) : NULL;
  if (last != NULL && last->out_line == self->out_line)
    last->dropped = self->dropped;
  else
    {
      Break b = { self->out_line, self->dropped };
      g_array_append_val (self->breaks, b);
    }
}

/* A byte of something dropped. */
static void
drop (TgXmlFilter *self,
      GByteArray  *out,
      guint8       c)
{
  if (c == '\n')
    drop_line (self, out);
}

/* ---- elements ------------------------------------------------------------ */

static const char *
top (TgXmlFilter *self)
{
  return self->depth > 0 && self->depth <= MAX_STACK ? self->stack[self->depth - 1] : NULL;
}

static Context
find_context (TgXmlFilter *self)
{
  const char *name = top (self);

  if (self->document != NULL)
    return C_DOCUMENT;
  if (self->depth == 0)
    return self->started ? C_EPILOG : C_ELEMENTS;
  return name != NULL && g_strv_contains (element_only, name) ? C_ELEMENTS : C_TEXT;
}

/* Known again whenever an element begins or ends. */
static void
update_context (TgXmlFilter *self)
{
  self->ctx = find_context (self);
}

static Context
context (TgXmlFilter *self)
{
  return self->ctx;
}

/* caseFile/case/documents/document: "document" at depth 4, as the input
 * counts documents (whatever the parent: the schema refuses another). */
static gboolean
is_document (TgXmlFilter *self)
{
  return self->depth == 4 && strcmp (self->stack[3], "document") == 0;
}

static void end_document (TgXmlFilter *self);

static void
flush (TgXmlFilter *self)
{
  if (self->n_buffer > 0 && self->spool_error == NULL && !self->discard)
    tg_content_spool_append (self->spool, self->buffer, self->n_buffer, &self->spool_error);
  self->n_buffer = 0;
}

static void
begin_document (TgXmlFilter *self,
                gboolean     empty)
{
  TgXmlFilterDocument *doc = g_new0 (TgXmlFilterDocument, 1);

  if (self->spool == NULL && self->spool_error == NULL && !self->discard)
    self->spool = tg_content_spool_new (&self->spool_error);
  doc->seq = ++self->n_documents;
  doc->spool = self->spool != NULL ? tg_content_spool_ref (self->spool) : NULL;
  doc->offset = self->spool != NULL ? tg_content_spool_tell (self->spool) : 0;
  self->n_quantum = 0;
  self->padding = 0;
  tg_sha256_init (&self->checksum);
  self->document = doc;
  if (empty)
    end_document (self);
}

static void
end_document (TgXmlFilter *self)
{
  TgXmlFilterDocument *doc = self->document;

  flush (self);
  if (self->n_quantum != 0)
    doc->bad_base64 = TRUE;
  doc->sha256 = g_malloc (TG_SHA256_HEX_LEN + 1);
  tg_sha256_finish (&self->checksum, doc->sha256);
  doc->done = TRUE;
  g_queue_push_tail (&self->done, doc);
  self->document = NULL;
}

static int
sextet (guint8 c)
{
  if (c >= 'A' && c <= 'Z')
    return c - 'A';
  if (c >= 'a' && c <= 'z')
    return c - 'a' + 26;
  if (c >= '0' && c <= '9')
    return c - '0' + 52;
  if (c == '+')
    return 62;
  if (c == '/')
    return 63;
  return -1;
}

static void
store (TgXmlFilter  *self,
       const guint8 *bytes,
       guint         n)
{
  TgXmlFilterDocument *doc = self->document;

  if (doc->too_large || doc->bad_base64)
    return;
  if (doc->size + n > self->max_document)
    {
      doc->too_large = TRUE;
      return;
    }
  tg_sha256_update (&self->checksum, bytes, n);
  doc->size += n;
  if (self->n_buffer + n > sizeof self->buffer)
    flush (self);
  memcpy (self->buffer + self->n_buffer, bytes, n);
  self->n_buffer += n;
}

/* Strict base64, decoded four characters at a time: the alphabet, and
 * padding only at the very end. */
static void
decode (TgXmlFilter *self,
        guint8       c)
{
  TgXmlFilterDocument *doc = self->document;
  int v = sextet (c);
  guint8 bytes[3];

  if (c == '=')
    {
      if (self->n_quantum < 2 || self->padding >= 2)
        doc->bad_base64 = TRUE;
      self->padding++;
      v = 0;
    }
  else if (v < 0 || self->padding > 0)
    {
      doc->bad_base64 = TRUE;
      return;
    }
  self->quantum[self->n_quantum++] = (guint8) v;
  if (self->n_quantum < 4)
    return;
  bytes[0] = (guint8) (self->quantum[0] << 2 | self->quantum[1] >> 4);
  bytes[1] = (guint8) ((self->quantum[1] & 15) << 4 | self->quantum[2] >> 2);
  bytes[2] = (guint8) ((self->quantum[2] & 3) << 6 | self->quantum[3]);
  store (self, bytes, 3 - self->padding);
  self->n_quantum = 0;
  if (self->padding > 0)
    self->padding = 3;   /* nothing may follow but white space */
}

/* ---- markup ------------------------------------------------------------- */

static gboolean
is_name_byte (guint8 c)
{
  return c != '>' && c != '/' && !g_ascii_isspace (c) && c != '=' && c != '"' && c != '\'';
}

static void
start_tag_begin (TgXmlFilter *self)
{
  self->n_name = 0;
  self->name_done = FALSE;
  self->slash = FALSE;
  self->n_attributes = 0;
  self->non_text = 0;
}

/* The local name, without a prefix. */
static void
name_byte (TgXmlFilter *self,
           guint8       c)
{
  if (self->name_done)
    return;
  if (c == ':')
    self->n_name = 0;
  else if (self->n_name < MAX_NAME)
    self->name[self->n_name++] = (char) c;
}

static void
start_tag_end (TgXmlFilter *self)
{
  self->name[self->n_name] = '\0';
  self->started = TRUE;
  if (self->document != NULL)
    self->document->bad_base64 = TRUE;   /* an element inside a document */
  if (self->slash)
    {
      /* An empty element changes no depth; an empty document is one. */
      if (self->depth == 3 && strcmp (self->name, "document") == 0)
        begin_document (self, TRUE);
      update_context (self);
      return;
    }
  if (self->depth < MAX_STACK)
    g_strlcpy (self->stack[self->depth], self->name, MAX_NAME + 1);
  self->depth++;
  if (self->document == NULL && is_document (self))
    begin_document (self, FALSE);
  update_context (self);
}

static void
end_tag_end (TgXmlFilter *self)
{
  if (self->document != NULL && self->depth == 4)
    end_document (self);
  if (self->depth > 0)
    self->depth--;
  self->non_text = 0;
  update_context (self);
}

/* "<!" and what follows, until it says what it is. */
static void
bang_byte (TgXmlFilter *self,
           GByteArray  *out,
           guint8       c)
{
  static const char comment[] = "<!--";
  static const char cdata[] = "<![CDATA[";
  Context ctx = context (self);

  self->lt[self->n_lt++] = (char) c;
  if (self->n_lt == 4 && memcmp (self->lt, comment, 4) == 0)
    {
      self->state = S_COMMENT;
      self->dropping = ctx != C_TEXT;
      self->prev[0] = self->prev[1] = 0;
      if (!self->dropping)
        emit_n (self, out, self->lt, 4);
      return;
    }
  if (self->n_lt == 9 && memcmp (self->lt, cdata, 9) == 0)
    {
      self->state = S_CDATA;
      self->prev[0] = self->prev[1] = 0;
      self->brackets = 0;
      if (ctx != C_DOCUMENT)
        emit_n (self, out, self->lt, 9);
      return;
    }
  if ((self->n_lt <= 4 && memcmp (self->lt, comment, self->n_lt) == 0) ||
      (self->n_lt <= 9 && memcmp (self->lt, cdata, self->n_lt) == 0))
    return;
  /* A declaration: the parser says what is wrong with it. */
  if (self->document != NULL)
    self->document->bad_base64 = TRUE;
  emit_n (self, out, self->lt, self->n_lt);
  self->state = S_DECLARATION;
}

static gboolean
refuse (TgXmlFilter *self,
        char       **message,
        guint       *line,
        char        *text)
{
  *message = text;
  *line = self->in_line;
  return FALSE;
}

/* Comments and processing instructions in a text element are passed on
 * (dropping them would join or split its text), up to a bound. */
static gboolean
count_non_text (TgXmlFilter *self,
                char       **message,
                guint       *line)
{
  if (self->dropping || ++self->non_text <= TG_XML_FILTER_MAX_NON_TEXT)
    return TRUE;
  return refuse (self, message, line,
                 g_strdup_printf (_("an element holds more than %u KiB of comments or processing "
                                    "instructions; exchange files do not: the file was not read further"),
                                  TG_XML_FILTER_MAX_NON_TEXT / 1024));
}

static gboolean
content_byte (TgXmlFilter *self,
              GByteArray  *out,
              guint8       c)
{
  switch (context (self))
    {
    case C_ELEMENTS:
    case C_EPILOG:
      if (g_ascii_isspace (c))
        drop (self, out, c);
      else
        emit (self, out, c);   /* not the format: the parser says so */
      return TRUE;
    case C_DOCUMENT:
      if (g_ascii_isspace (c))
        drop (self, out, c);
      else
        decode (self, c);
      return TRUE;
    case C_TEXT:
    default:
      emit (self, out, c);
      return TRUE;
    }
}

static gboolean
lt_byte (TgXmlFilter *self,
         GByteArray  *out,
         guint8       c)
{
  switch (c)
    {
    case '/':
      self->state = S_END_TAG;
      emit_n (self, out, "</", 2);
      break;
    case '?':
      self->state = S_PI;
      self->dropping = context (self) != C_TEXT;
      self->prev[0] = self->prev[1] = 0;
      if (!self->dropping)
        emit_n (self, out, "<?", 2);
      break;
    case '!':
      self->state = S_LT_BANG;
      self->lt[0] = '<';
      self->lt[1] = '!';
      self->n_lt = 2;
      break;
    default:
      emit (self, out, '<');
      if (!is_name_byte (c))
        {
          /* Not markup the parser will take: it says so. */
          emit (self, out, c);
          self->state = S_CONTENT;
          break;
        }
      self->state = S_START_TAG;
      start_tag_begin (self);
      name_byte (self, c);
      emit (self, out, c);
      break;
    }
  return TRUE;
}

static gboolean
start_tag_byte (TgXmlFilter *self,
                GByteArray  *out,
                guint8       c,
                char       **message,
                guint       *line)
{
  emit (self, out, c);
  if (!is_name_byte (c))
    self->name_done = TRUE;
  else
    name_byte (self, c);
  if (c == '"' || c == '\'')
    {
      self->quote = (char) c;
      self->state = S_START_QUOTE;
    }
  else if (c == '=' && ++self->n_attributes > TG_XML_FILTER_MAX_ATTRIBUTES)
    return refuse (self, message, line,
                   g_strdup_printf (_("an element has more than %u attributes, where no element of "
                                      "the exchange format has more than 8: the file was not read further"),
                                    TG_XML_FILTER_MAX_ATTRIBUTES));
  else if (c == '>')
    {
      start_tag_end (self);
      self->state = S_CONTENT;
    }
  if (!g_ascii_isspace (c))
    self->slash = c == '/';
  return TRUE;
}

/* The end of a comment ("-->") or a PI ("?>") at @c. */
static gboolean
ends (TgXmlFilter *self,
      guint8       c)
{
  gboolean end = self->state == S_COMMENT ? c == '>' && self->prev[0] == '-' && self->prev[1] == '-'
                                          : c == '>' && self->prev[1] == '?';

  self->prev[0] = self->prev[1];
  self->prev[1] = (char) c;
  return end;
}

static gboolean
comment_or_pi_byte (TgXmlFilter *self,
                    GByteArray  *out,
                    guint8       c,
                    char       **message,
                    guint       *line)
{
  gboolean end = ends (self, c);

  if (self->dropping)
    drop (self, out, c);
  else
    emit (self, out, c);
  if (end)
    self->state = S_CONTENT;
  return count_non_text (self, message, line);
}

static void
cdata_byte (TgXmlFilter *self,
            GByteArray  *out,
            guint8       c)
{
  if (self->document == NULL)
    {
      emit (self, out, c);
      if (c == '>' && self->prev[0] == ']' && self->prev[1] == ']')
        self->state = S_CONTENT;
      self->prev[0] = self->prev[1];
      self->prev[1] = (char) c;
      return;
    }
  /* A document's base64 in a CDATA section: "]]" is held back until it
   * is known whether it ends the section. */
  if (c == ']')
    {
      self->brackets++;
      return;
    }
  if (c == '>' && self->brackets >= 2)
    {
      if (self->brackets > 2)
        self->document->bad_base64 = TRUE;
      self->brackets = 0;
      self->state = S_CONTENT;
      return;
    }
  if (self->brackets > 0)
    self->document->bad_base64 = TRUE;
  self->brackets = 0;
  content_byte (self, out, c);
}

static gboolean
in_tag (TgXmlFilter *self)
{
  return self->state == S_START_TAG || self->state == S_START_QUOTE ||
         self->state == S_END_TAG || self->state == S_DECLARATION;
}

static gboolean
step (TgXmlFilter *self,
      GByteArray  *out,
      guint8       c,
      char       **message,
      guint       *line)
{
  if (c == '\n')
    self->in_line++;
  if (!in_tag (self))
    self->tag_bytes = 0;
  else if (++self->tag_bytes > MAX_TAG)
    return refuse (self, message, line,
                   g_strdup_printf (_("a tag is longer than %u KiB, where the exchange format's are a few "
                                      "kilobytes: the file was not read further"), MAX_TAG / 1024));
  switch (self->state)
    {
    case S_CONTENT:
      if (c == '<')
        {
          self->state = S_LT;
          return TRUE;
        }
      if (c == '&' && self->document != NULL)
        {
          self->document->bad_base64 = TRUE;
          return TRUE;
        }
      return content_byte (self, out, c);
    case S_LT:
      return lt_byte (self, out, c);
    case S_LT_BANG:
      bang_byte (self, out, c);
      return TRUE;
    case S_START_TAG:
      return start_tag_byte (self, out, c, message, line);
    case S_START_QUOTE:
      emit (self, out, c);
      if (c == (guint8) self->quote)
        self->state = S_START_TAG;
      return TRUE;
    case S_END_TAG:
      emit (self, out, c);
      if (c == '>')
        {
          end_tag_end (self);
          self->state = S_CONTENT;
        }
      return TRUE;
    case S_COMMENT:
    case S_PI:
      return comment_or_pi_byte (self, out, c, message, line);
    case S_CDATA:
      cdata_byte (self, out, c);
      return TRUE;
    case S_DECLARATION:
    default:
      emit (self, out, c);
      if (c == '>')
        self->state = S_CONTENT;
      return TRUE;
    }
}

/* Most bytes are text and attribute values, passed on as they are: how
 * many from @data on can go at once (0: one at a time). */
static gsize
bulk_run (TgXmlFilter  *self,
          const guint8 *data,
          gsize         len)
{
  const guint8 *end;

  if (self->state == S_CONTENT && self->ctx == C_TEXT)
    {
      end = memchr (data, '<', len);
      /* '&' is passed on too: only a document's text looks at it. */
      return end != NULL ? (gsize) (end - data) : len;
    }
  if (self->state == S_START_QUOTE)
    {
      end = memchr (data, self->quote, len);
      return end != NULL ? (gsize) (end - data) : len;
    }
  return 0;
}

static void
copy_run (TgXmlFilter  *self,
          GByteArray   *out,
          const guint8 *data,
          gsize         len)
{
  const guint8 *p = data;
  const guint8 *nl;
  gsize left = len;
  gsize lines = 0;

  flush_stage (self, out);
  g_byte_array_append (out, data, len);
  while ((nl = memchr (p, '\n', left)) != NULL)
    {
      lines++;
      left -= nl + 1 - p;
      p = nl + 1;
    }
  self->in_line += lines;
  self->out_line += lines;
  /* Something else than line breaks went on: a new gap begins. */
  if (lines < len)
    self->gap_lines = 0;
  if (self->state == S_START_QUOTE && (self->tag_bytes += len) > MAX_TAG)
    self->tag_bytes = MAX_TAG;   /* step() refuses at the next byte */
}

static gboolean
feed (TgXmlFilter   *self,
      const guint8  *data,
      gsize          len,
      GByteArray    *out,
      char         **message,
      guint         *line)
{
  for (gsize i = 0; i < len; i++)
    {
      gsize run = bulk_run (self, data + i, len - i);

      if (run > 0)
        {
          copy_run (self, out, data + i, run);
          i += run - 1;
          continue;
        }
      if (!step (self, out, data[i], message, line))
        return FALSE;
      if (self->spool_error != NULL)
        return refuse (self, message, line, g_strdup (self->spool_error->message));
    }
  return TRUE;
}

gboolean
tg_xml_filter_feed (TgXmlFilter   *self,
                    const guint8  *data,
                    gsize          len,
                    GByteArray    *out,
                    char         **message,
                    guint         *line)
{
  gboolean ok;

  g_return_val_if_fail (self != NULL && out != NULL, FALSE);

  ok = feed (self, data, len, out, message, line);
  flush_stage (self, out);
  return ok;
}
