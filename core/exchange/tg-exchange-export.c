/* tg-exchange-export.c — cases of the store into an exchange file
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An xmlTextWriter whose output goes to a TgOutputFile (written under a
 * temporary name, made durable and renamed into place, or straight into
 * a FIFO or device) and, chunk by chunk, to a validating parser: a file
 * that does not follow the exchange XSD is never reported written (issue
 * 16: values stored before the checks of the command layer, such as a
 * control character or a year 10000, made files that did not validate).
 * Memory holds one case at a time.
 *
 * The check runs in a thread of its own (issue 18: it was half of an
 * export's time, in line with the writing): the writing side hands it
 * each case's bytes, with the case's number, through a queue that holds
 * at most CHECK_IN_FLIGHT bytes; the result is read once it has had them
 * all, before the file is put in place.
 */
#define G_LOG_DOMAIN "tg-exchange"

#include "config.h"

#include <errno.h>

#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

#include "tg-dates.h"
#include "tg-exchange-export.h"
#include "tg-exchange-import.h"
#include "tg-exchange-private.h"
#include "tg-exchange-schema.h"
#include "tg-output-file.h"
#include "tg-rules.h"
#include "tg-sha256.h"
#include "tg-xml-filter.h"

/* The exchange XSD over what is written, as it is written. */
typedef struct
{
  xmlSAXHandler sax;           /* builds nothing; the schema's plug wraps it */
  TgXmlFilter *filter;         /* as the importer reads (tg-xml-filter.h) */
  GByteArray *filtered;
  xmlSchemaValidCtxtPtr validator;
  xmlSchemaSAXPlugPtr plug;
  xmlParserCtxtPtr parser;
  char *case_number;           /* the case being written */
  guint n_documents;           /* taken from the filter */
  char *first_error;           /* "case N, line L: text", or NULL */
  char *error_case;            /* the case first_error is in, or NULL */
} Check;

/* Bytes for the check, after the number of the case they belong to. */
typedef struct
{
  char *case_number;           /* NULL: the same case as before */
  gboolean new_case;
  GByteArray *bytes;
} Block;

/* A block is a case's bytes (a few KiB; more with documents, cut at
 * CHECK_BLOCK); at most CHECK_IN_FLIGHT bytes of them, counted with what
 * each block takes besides (BLOCK_OVERHEAD), wait for the checker. */
#define CHECK_IN_FLIGHT (4 * 1024 * 1024)
#define CHECK_BLOCK (256 * 1024)
#define BLOCK_OVERHEAD 256

typedef struct
{
  TgStore *store;
  TgOutputFile *out;
  GError *write_error;
  TgSha256 checksum;
  xmlTextWriterPtr writer;
  guint n_cases;
  Check check;
  GThread *checker;            /* NULL: not started, or joined */
  GAsyncQueue *to_check;       /* Block *, then END */
  GAsyncQueue *checked;        /* Blocks the checker is done with */
  Block *block;                /* being filled */
  gsize in_flight;             /* bytes of the blocks not yet back */
} Export;

static char end_of_output;
#define END ((gpointer) &end_of_output)

static void
check_clear (Check *c)
{
  if (c->plug != NULL)
    xmlSchemaSAXUnplug (c->plug);
  c->plug = NULL;
  g_clear_pointer (&c->parser, xmlFreeParserCtxt);
  g_clear_pointer (&c->filter, tg_xml_filter_free);
  g_clear_pointer (&c->filtered, g_byte_array_unref);
  g_clear_pointer (&c->validator, xmlSchemaFreeValidCtxt);
  g_clear_pointer (&c->case_number, g_free);
  g_clear_pointer (&c->first_error, g_free);
  g_clear_pointer (&c->error_case, g_free);
}

static void
block_free (Block *b)
{
  g_free (b->case_number);
  g_byte_array_unref (b->bytes);
  g_free (b);
}

static void checker_stop (Export *ex);

static void
export_clear (Export *ex)
{
  g_clear_pointer (&ex->writer, xmlFreeTextWriter);
  checker_stop (ex);
  g_clear_pointer (&ex->to_check, g_async_queue_unref);
  g_clear_pointer (&ex->checked, g_async_queue_unref);
  g_clear_pointer (&ex->out, tg_output_file_free);
  g_clear_error (&ex->write_error);
  check_clear (&ex->check);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Export, export_clear)

/* ---- the schema over the output ------------------------------------------ */

static void
on_check_error (void        *user_data,
                xmlErrorPtr  error)
{
  Check *c = user_data;
  g_autofree char *text = NULL;
  guint line;

  if (c->first_error != NULL || error == NULL || error->level < XML_ERR_ERROR)
    return;
  text = _tg_xml_say_error (error);
  line = c->filter != NULL && error->line > 0 ? tg_xml_filter_input_line (c->filter, error->line) : (guint) error->line;
  /* The check reads what is being written, which has lines only once the
   * parser has them. */
  c->error_case = g_strdup (c->case_number);
  if (c->case_number != NULL && line > 0)
    c->first_error = g_strdup_printf (_("case %s, line %u: %s"), c->case_number, line, text);
  else if (c->case_number != NULL)
    c->first_error = g_strdup_printf (_("case %s: %s"), c->case_number, text);
  else
    c->first_error = g_strdup_printf (_("line %u: %s"), line, text);
}

static gboolean
check_start (Check   *c,
             GError **error)
{
  xmlSchemaPtr schema = tg_exchange_schema_get (error);
  xmlSAXHandlerPtr sax = &c->sax;
  void *user_data = c;

  if (schema == NULL)
    return FALSE;
  c->sax.initialized = XML_SAX2_MAGIC;
  c->validator = xmlSchemaNewValidCtxt (schema);
  if (c->validator != NULL)
    {
      xmlSchemaSetValidStructuredErrors (c->validator, on_check_error, c);
      c->plug = xmlSchemaSAXPlug (c->validator, &sax, &user_data);
    }
  if (c->plug != NULL)
    c->parser = xmlCreatePushParserCtxt (sax, user_data, NULL, 0, NULL);
  if (c->parser == NULL)
    {
      g_set_error (error, TG_EXCHANGE_ERROR, TG_EXCHANGE_ERROR_FAILED,
                   _("the exported file could not be checked against the exchange format (out of memory?); no file was made"));
      return FALSE;
    }
  xmlCtxtUseOptions (c->parser, XML_PARSE_NONET);
  /* The parser gets what the importer's would (tg-xml-filter.h): the
   * documents' base64 is checked by the filter, in chunks, not copied
   * whole by libxml2. The file starts with its XML declaration, on
   * line 1. */
  c->filter = tg_xml_filter_new (1, TG_XML_INPUT_MAX_DOCUMENT_SIZE);
  tg_xml_filter_set_keep_documents (c->filter, FALSE);
  c->filtered = g_byte_array_new ();
  return TRUE;
}

/* The documents the filter has checked: a bad one is told (the schema
 * sees only their line breaks). */
static void
check_documents (Check *c)
{
  TgXmlFilterDocument *doc;

  while ((doc = tg_xml_filter_take_document (c->filter, c->n_documents + 1)) != NULL)
    {
      c->n_documents++;
      if (c->first_error == NULL && (doc->bad_base64 || doc->too_large))
        c->first_error = g_strdup_printf (_("case %s: a document is not valid base64 or is larger than the format allows"),
                                          c->case_number != NULL ? c->case_number : "?");
      tg_xml_filter_document_free (doc);
    }
}

/* The parser's own errors come through the (thread-local) structured
 * handler, set while it works (as TgXmlInput does). */
static void
check_feed (Check      *c,
            const char *data,
            int         len,
            gboolean    last)
{
  xmlStructuredErrorFunc saved_func = xmlStructuredError;
  void *saved_context = xmlStructuredErrorContext;

  g_autofree char *message = NULL;
  guint line = 0;

  if (c->parser == NULL)
    return;
  g_byte_array_set_size (c->filtered, 0);
  if (len > 0 && !tg_xml_filter_feed (c->filter, (const guint8 *) data, len, c->filtered, &message, &line))
    {
      if (c->first_error == NULL)
        c->first_error = g_strdup_printf (_("line %u: %s"), line, message);
      return;
    }
  xmlSetStructuredErrorFunc (c, on_check_error);
  xmlParseChunk (c->parser, (const char *) c->filtered->data, c->filtered->len, last);
  xmlSetStructuredErrorFunc (saved_context, saved_func);
  check_documents (c);
}

static gboolean
check_finish (Check      *c,
              const char *path,
              gboolean    written,
              GError    **error)
{
  if (c->first_error == NULL &&
      (!c->parser->wellFormed || xmlSchemaIsValid (c->validator) != 1))
    c->first_error = g_strdup (_("the file does not follow the exchange format"));
  if (c->first_error == NULL)
    return TRUE;
  if (written)
    g_set_error (error, TG_EXCHANGE_ERROR, TG_EXCHANGE_ERROR_REFUSED,
                 _("what was written to %s does not follow the exchange format (%s): a value stored in the database breaks it; correct that case and export again"),
                 path, c->first_error);
  else
    g_set_error (error, TG_EXCHANGE_ERROR, TG_EXCHANGE_ERROR_REFUSED,
                 _("%s would not follow the exchange format (%s): a value stored in the database breaks it; correct that case and export again. No file was made."),
                 path, c->first_error);
  return FALSE;
}

/* ---- the check's thread --------------------------------------------------- */

static gpointer
checker_thread (gpointer data)
{
  Export *ex = data;
  Block *b;

  while ((b = g_async_queue_pop (ex->to_check)) != END)
    {
      if (b->new_case)
        {
          g_free (ex->check.case_number);
          ex->check.case_number = g_steal_pointer (&b->case_number);
        }
      check_feed (&ex->check, (const char *) b->bytes->data, b->bytes->len, FALSE);
      g_async_queue_push (ex->checked, b);
    }
  return NULL;
}

static void
checker_start (Export *ex)
{
  ex->to_check = g_async_queue_new ();
  ex->checked = g_async_queue_new_full ((GDestroyNotify) block_free);
  ex->checker = g_thread_new ("tg-export-check", checker_thread, ex);
}

static Block *
block_new (void)
{
  Block *b = g_new0 (Block, 1);

  b->bytes = g_byte_array_new ();
  return b;
}

static void
release (Export *ex,
         Block  *b)
{
  ex->in_flight -= b->bytes->len + BLOCK_OVERHEAD;
  block_free (b);
}

/* The block being filled goes to the checker, within the budget. */
static void
send_block (Export *ex)
{
  Block *b = ex->block, *done;

  ex->block = NULL;
  if (b == NULL)
    return;
  while ((done = g_async_queue_try_pop (ex->checked)) != NULL)
    release (ex, done);
  while (ex->in_flight > 0 && ex->in_flight + b->bytes->len + BLOCK_OVERHEAD > CHECK_IN_FLIGHT)
    release (ex, g_async_queue_pop (ex->checked));
  ex->in_flight += b->bytes->len + BLOCK_OVERHEAD;
  g_async_queue_push (ex->to_check, b);
}

/* What follows is case @number's. */
static void
send_case_start (Export     *ex,
                 const char *number)
{
  send_block (ex);
  ex->block = block_new ();
  ex->block->new_case = TRUE;
  ex->block->case_number = g_strdup (number);
}

/* Everything written has been checked once this returns. */
static void
checker_stop (Export *ex)
{
  if (ex->checker == NULL)
    {
      g_clear_pointer (&ex->block, block_free);
      return;
    }
  send_block (ex);
  g_async_queue_push (ex->to_check, END);
  g_thread_join (ex->checker);
  ex->checker = NULL;
  while (g_async_queue_length (ex->checked) > 0)
    release (ex, g_async_queue_pop (ex->checked));
}

/* ---- the output ------------------------------------------------------------ */

static int
on_write (void       *context,
          const char *buffer,
          int         len)
{
  Export *ex = context;

  if (ex->write_error != NULL ||
      !tg_output_file_write (ex->out, buffer, len, &ex->write_error))
    return -1;
  tg_sha256_update (&ex->checksum, buffer, len);
  if (ex->block != NULL && ex->block->bytes->len + len > CHECK_BLOCK)
    send_block (ex);
  if (ex->block == NULL)
    ex->block = block_new ();
  g_byte_array_append (ex->block->bytes, (const guint8 *) buffer, len);
  return len;
}

static int
on_close (void *context)
{
  return 0;
}

/* The output's own message names the path and what went wrong. */
static gboolean
io_error (GError     *cause,
          GError    **error)
{
  g_set_error_literal (error, TG_EXCHANGE_ERROR, TG_EXCHANGE_ERROR_FAILED, cause->message);
  return FALSE;
}

static gboolean
open_output (Export      *ex,
             const char  *path,
             GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  xmlOutputBufferPtr out;

  ex->out = tg_output_file_open (path, &local_error);
  if (ex->out == NULL)
    return io_error (local_error, error);
  if (!check_start (&ex->check, error))
    return FALSE;
  checker_start (ex);
  tg_sha256_init (&ex->checksum);
  out = xmlOutputBufferCreateIO (on_write, on_close, ex, NULL);
  ex->writer = out != NULL ? xmlNewTextWriter (out) : NULL;
  if (ex->writer == NULL)
    {
      g_set_error (error, TG_EXCHANGE_ERROR, TG_EXCHANGE_ERROR_FAILED,
                   _("%s could not be written: out of memory; no file was made"), path);
      return FALSE;
    }
  return TRUE;
}

static GBytes *
load_content (TgCase      *kase,
              const char  *document_id,
              gpointer     user_data,
              GError     **error)
{
  Export *ex = user_data;

  return tg_store_load_document_content (ex->store, tg_case_get_id (kase), document_id, error);
}

static gboolean
write_one (TgCase   *kase,
           gint64    base_revision,
           gpointer  user_data,
           GError  **error)
{
  Export *ex = user_data;

  ex->n_cases++;
  send_case_start (ex, tg_case_get_number (kase));
  if (!_tg_exchange_write_case (ex->writer, kase, base_revision, load_content, ex, error))
    return FALSE;
  /* Through the check while it is still this case's: a problem names it. */
  xmlTextWriterFlush (ex->writer);
  return TRUE;
}

static gboolean
write_all (Export                   *ex,
           const TgStoreExportQuery *query,
           const char               *code,
           GError                  **error)
{
  g_autofree char *now = tg_now_iso ();
  g_autofree char *name = tg_store_dup_setting (ex->store, "committee-name-kk");

  if (!_tg_exchange_write_header (ex->writer, code, name, now, error) ||
      !tg_store_exchange_foreach (ex->store, query, write_one, ex, error))
    return FALSE;
  if (ex->n_cases == 0)
    {
      g_set_error (error, TG_EXCHANGE_ERROR, TG_EXCHANGE_ERROR_NOT_FOUND,
                   _("no case matches the selection; no file was made (a case file holds at least one case)"));
      return FALSE;
    }
  return _tg_exchange_write_end (ex->writer, error);
}

static void
ignore_error (void        *user_data,
              xmlErrorPtr  error)
{
}

/* A case the schema refuses was stored before a rule of today's asked for
 * what the format requires (a case of an older version): the rules say
 * what is missing in the investigator's words, rather than the schema in
 * the format's. */
static void
explain_failure (Export *ex)
{
  Check *c = &ex->check;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(TgCase) kase = NULL;

  if (c->first_error == NULL || c->error_case == NULL)
    return;
  kase = tg_store_load_case (ex->store, c->error_case, NULL);
  if (kase == NULL || tg_rules_validate_case (kase, problems) || problems->len == 0)
    return;
  g_free (c->first_error);
  c->first_error = g_strdup_printf (_("case %s: %s"), c->error_case,
                                    (const char *) g_ptr_array_index (problems, 0));
}

/* Checked, durable before it has its name, and the name durable after. */
static gboolean
put_in_place (Export      *ex,
              const char  *path,
              GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  gboolean direct = tg_output_file_get_temp_path (ex->out) == NULL;

  g_clear_pointer (&ex->writer, xmlFreeTextWriter);   /* flushes */
  checker_stop (ex);
  if (ex->write_error != NULL)
    return io_error (ex->write_error, error);
  /* A FIFO or a device has had the bytes already; a file is not made. */
  check_feed (&ex->check, NULL, 0, TRUE);
  explain_failure (ex);
  if (!check_finish (&ex->check, path, direct, error))
    return FALSE;
  if (!tg_output_file_commit (ex->out, &local_error))
    return io_error (local_error, error);
  return TRUE;
}

gboolean
tg_exchange_export_file (TgStore                  *store,
                         const TgStoreExportQuery *query,
                         const char               *sender_code,
                         const char               *path,
                         guint                    *n_cases,
                         GError                  **error)
{
  g_auto(Export) ex = { store, };
  char sha256[TG_SHA256_HEX_LEN + 1];
  g_autofree char *summary = NULL;
  g_autofree char *base = NULL;
  g_autoptr(GError) local_error = NULL;
  xmlStructuredErrorFunc saved_func;
  void *saved_context;
  gboolean ok;

  g_return_val_if_fail (TG_IS_STORE (store), FALSE);
  g_return_val_if_fail (query != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!open_output (&ex, path, error))
    return FALSE;
  saved_func = xmlStructuredError;
  saved_context = xmlStructuredErrorContext;
  /* libxml2 would print its own "write error": ours names the file. */
  xmlSetStructuredErrorFunc (NULL, ignore_error);
  ok = write_all (&ex, query, sender_code != NULL ? sender_code : TG_EXCHANGE_OWN_CODE, &local_error);
  xmlSetStructuredErrorFunc (saved_context, saved_func);
  if (!ok && ex.write_error != NULL)
    return io_error (ex.write_error, error);
  if (!ok)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  /* The writer has flushed into the checksum once it is freed. */
  if (!put_in_place (&ex, path, error))
    return FALSE;
  if (n_cases != NULL)
    *n_cases = ex.n_cases;
  summary = g_strdup_printf ("exported %u", ex.n_cases);
  base = g_path_get_basename (path);
  tg_sha256_finish (&ex.checksum, sha256);
  return tg_store_exchange_log (store, "export", query->to, base, sha256, summary, error);
}
