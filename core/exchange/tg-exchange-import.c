/* tg-exchange-import.c — one exchange file, one transaction
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * exchange-format.md, "What an import does".  The file streams through a
 * TgXmlInput (the XSD attached); each <case> becomes a TgCase, is checked
 * against every rule, and is applied at once inside the file's
 * transaction, so that memory holds a few cases whatever the file's size.
 * Any error, in any case, and the transaction is rolled back.
 *
 * Into a store the work runs as two threads, one per core: a reader
 * parses, validates and checks each case against the rules, the calling
 * thread checks its identity against the store and writes it.  Each does
 * about half of the work, so a file goes in at nearly the speed of the
 * slower half.  The reader owns the TgXmlInput; what the writing side
 * finds is kept with its case's label and handed to the input once the
 * reader is done (messages are ordered by line in the report anyway).
 */
#define G_LOG_DOMAIN "tg-exchange"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "tg-case-document.h"
#include "tg-dates.h"
#include "tg-dispute.h"
#include "tg-exchange-import.h"
#include "tg-exchange-private.h"
#include "tg-xml-input.h"
#include "tg-model.h"
#include "tg-rules.h"
#include "tg-store-exchange.h"
#include "tg-xml-input-private.h"

// clang-format off
G_DEFINE_QUARK (tg-exchange-error-quark, tg_exchange_error)
// clang-format on

static const char * const result_nicks[] = { "created", "updated", "unchanged", "conflict" };

const char *
tg_exchange_result_nick (TgExchangeResult result)
{
  g_return_val_if_fail (result <= TG_EXCHANGE_CONFLICT, NULL);
  return result_nicks[result];
}

/* How many cases may wait between the reader and the writer, and how
 * many bytes of embedded documents: cases are a few kilobytes, but each
 * may carry documents of up to 7 MiB, and a file's memory must not depend
 * on how many it holds. A case larger than the budget alone still goes,
 * by itself. */
#define IN_FLIGHT 64
#define IN_FLIGHT_BYTES (16 * 1024 * 1024)

/* A case on its way from the reader to the writing side. */
typedef struct
{
  TgExchangeIncoming *in;   /* NULL: the schema refused it */
  char *label;              /* the case's label in the report */
  guint n_cases;            /* cases read so far, this one included */
  guint64 n_read;           /* bytes the parser had read, for progress */
  gboolean clean;           /* no error in the file up to this case */
  gsize weight;             /* bytes of its documents' content */
} Item;

/* An error the writing side found, for the input once reading is done. */
typedef struct
{
  guint line;
  char *label;
  char *text;
} Later;

typedef struct
{
  TgStore *store;           /* NULL: check only */
  TgXmlInput *input;        /* the reader's */
  TgCalendar *calendar;
  char *sender;             /* set by the reader before the first case */
  char *sender_name;
  TgStore *scratch;         /* without a store: the file's case ids and
                             * numbers, in a private temporary database so
                             * that memory does not grow with the file */
  TgExchangeTotals totals;  /* the writing side's */
  const TgExchangeImportOptions *options;
  guint64 size;             /* of the file, for progress */
  const char *path;

  gboolean check_only;      /* the first pass: everything but writing */
  gboolean input_errors;    /* finish says what the input says (validate) */
  char *checked_sha256;     /* the file's, as the first pass read it */
  gint diverged;            /* the second pass read what the first refused (both threads set it) */
  gboolean threaded;        /* the reader runs in its own thread */
  GAsyncQueue *made;        /* Item *, then END */
  GAsyncQueue *used;        /* Items the writer is done with, then END:
                             * the reader frees them, which took the writer
                             * 5 % of its time */
  guint n_read_cases;       /* the reader's count */
  guint n_in_flight;        /* the reader's: items not yet freed */
  gsize bytes_in_flight;    /* the reader's: their documents' bytes */
  GArray *later;            /* Later, at most the input's error limit */
  guint n_later;            /* errors the writing side found */
} Import;

static char end_of_cases;
#define END ((gpointer) &end_of_cases)

static void
later_clear (gpointer data)
{
  Later *l = data;

  g_free (l->label);
  g_free (l->text);
}

static void
item_free (Item *item)
{
  g_clear_pointer (&item->in, _tg_exchange_incoming_free);
  g_free (item->label);
  g_free (item);
}

static void
import_clear (Import *im)
{
  g_clear_object (&im->input);
  g_clear_object (&im->calendar);
  g_clear_pointer (&im->sender, g_free);
  g_clear_pointer (&im->sender_name, g_free);
  if (im->scratch != NULL)
    tg_store_exchange_check_end (im->scratch);
  g_clear_object (&im->scratch);
  g_clear_pointer (&im->made, g_async_queue_unref);
  g_clear_pointer (&im->used, g_async_queue_unref);
  g_clear_pointer (&im->later, g_array_unref);
  g_clear_pointer (&im->checked_sha256, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Import, import_clear)

/* The reader's own finding about the case it is reading. */
static void
error_at (Import     *im,
          guint       line,
          const char *text)
{
  tg_xml_input_add_message (im->input, TG_EXCHANGE_SEVERITY_ERROR, line, "%s", text);
}

/* The writing side's finding about @item's case, under @label. */
static void
case_error (Import     *im,
            guint       line,
            const char *label,
            const char *text)
{
  Later l;

  im->n_later++;
  if (!im->threaded)
    {
      _tg_xml_input_report_for_case (im->input, line, label, text);
      return;
    }
  /* Past the input's limit they would be dropped there anyway. */
  if (im->later->len > TG_XML_INPUT_DEFAULT_MAX_ERRORS)
    return;
  l.line = line;
  l.label = g_strdup (label);
  l.text = g_strdup (text);
  g_array_append_val (im->later, l);
}

static void
hand_over_later (Import *im)
{
  for (guint i = 0; i < im->later->len; i++)
    {
      Later *l = &g_array_index (im->later, Later, i);
      _tg_xml_input_report_for_case (im->input, l->line, l->label, l->text);
    }
  g_array_set_size (im->later, 0);
}

/* ---- derived values ---------------------------------------------------- */

/* investigation/due: computed when absent, compared when present. */
static void
derive_due (Import             *im,
            TgExchangeIncoming *in)
{
  TgInvestigation *inv = tg_case_get_investigation (in->kase);
  g_autofree char *computed = NULL;
  GDate started, due;

  if (!tg_date_parse (tg_investigation_get_started (inv), &started))
    return;
  tg_calendar_add_working_days (im->calendar, &started, TG_INVESTIGATION_WORKING_DAYS, &due);
  computed = tg_date_format_iso (&due);
  if (!in->due_given)
    tg_investigation_set_due (inv, computed);
  else if (g_strcmp0 (tg_investigation_get_due (inv), computed) != 0)
    tg_xml_input_add_message (im->input, TG_EXCHANGE_SEVERITY_WARNING, in->due_line,
                              _("the investigation is due on %s by the file, but %d working "
                                "days from its start on %s end on %s; the file's date is kept"),
                              tg_investigation_get_due (inv), TG_INVESTIGATION_WORKING_DAYS,
                              tg_investigation_get_started (inv), computed);
}

/* dispute/@due: when absent, TG_DISPUTE_WORKING_DAYS from the day it was
 * filed (domain.md §4). Derived, not a local change: the case keeps the
 * incoming revision. */
static void
derive_dispute_dues (Import             *im,
                     TgExchangeIncoming *in)
{
  GListModel *list = G_LIST_MODEL (tg_case_get_disputes (in->kase));

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(TgDispute) d = g_list_model_get_item (list, i);
      g_autofree char *computed = NULL;
      GDate filed, due;

      if (tg_dispute_get_due (d) != NULL || !tg_date_parse (tg_dispute_get_filed (d), &filed))
        continue;
      tg_calendar_add_working_days (im->calendar, &filed, TG_DISPUTE_WORKING_DAYS, &due);
      computed = tg_date_format_iso (&due);
      tg_dispute_set_due (d, computed);
    }
}

/* ---- rules -------------------------------------------------------------- */

static void
check_rules (Import             *im,
             TgExchangeIncoming *in)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);

  tg_rules_validate_parsed_case (in->kase, problems);
  for (guint i = 0; i < problems->len; i++)
    {
      const char *text = g_ptr_array_index (problems, i);
      error_at (im, _tg_exchange_incoming_line_for (in, text), text);
    }
}

typedef enum
{
  ITEM_DISPUTE,
  ITEM_REQUEST,
  ITEM_DOCUMENT
} ItemKind;

static void
report_repeated_id (Import             *im,
                    TgExchangeIncoming *in,
                    ItemKind            kind,
                    const char         *id)
{
  guint line = in->line;

  switch (kind)
    {
    case ITEM_DISPUTE:
      tg_xml_input_add_message (im->input, TG_EXCHANGE_SEVERITY_ERROR, line,
                                _("the dispute id %s appears twice in this case; ids are "
                                  "unique within a case"), id);
      break;
    case ITEM_REQUEST:
      tg_xml_input_add_message (im->input, TG_EXCHANGE_SEVERITY_ERROR, line,
                                _("the request id %s appears twice in this case; ids are "
                                  "unique within a case (a request without an id is "
                                  "named by its place: r1, r2, …)"), id);
      break;
    case ITEM_DOCUMENT:
      tg_xml_input_add_message (im->input, TG_EXCHANGE_SEVERITY_ERROR, line,
                                _("the document id %s appears twice in this case; ids are "
                                  "unique within a case"), id);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
check_ids (Import             *im,
           TgExchangeIncoming *in,
           ItemKind            kind,
           GListStore         *items)
{
  GListModel *list = G_LIST_MODEL (items);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);
      g_autofree char *id = NULL;

      g_object_get (item, "id", &id, NULL);
      if (id != NULL && g_hash_table_contains (seen, id))
        report_repeated_id (im, in, kind, id);
      else if (id != NULL)
        g_hash_table_add (seen, g_steal_pointer (&id));
    }
}

/* Ids name disputes, requests and documents in history and conflicts. */
static void
check_item_ids (Import             *im,
                TgExchangeIncoming *in)
{
  check_ids (im, in, ITEM_DISPUTE, tg_case_get_disputes (in->kase));
  check_ids (im, in, ITEM_REQUEST, tg_case_get_requests (in->kase));
  check_ids (im, in, ITEM_DOCUMENT, tg_case_get_documents (in->kase));
}

/* Whether this file had the case already. */
static gboolean
first_in_file (Import     *im,
               TgCase     *kase,
               GError    **error)
{
  gboolean first = TRUE;

  if (!tg_store_exchange_note_id (im->store != NULL ? im->store : im->scratch, tg_case_get_id (kase),
                                  tg_case_get_number (kase), &first, error))
    return TRUE;
  return first;
}

static char *
number_holder (Import  *im,
               TgCase  *kase,
               GError **error)
{
  const char *number = tg_case_get_number (kase);

  /* Without a store, only the file's own cases can hold it. */
  if (im->store == NULL)
    return NULL;
  return tg_store_exchange_number_holder (im->store, number, error);
}

static void
report_number_held (Import     *im,
                    Item       *item,
                    const char *holder)
{
  TgExchangeIncoming *in = item->in;
  const char *number = tg_case_get_number (in->kase);
  g_autofree char *text = NULL;
  g_autofree char *id_label = NULL;

  if (im->store != NULL && !tg_store_exchange_in_file (im->store, holder))
    {
      text = g_strdup_printf (_("the registration number %s is already held by case %s; "
                                "a number names one case only"), number, holder);
      case_error (im, in->number_line, item->label, text);
      return;
    }
  /* The number does not tell the two apart: the id names the case. */
  id_label = _tg_xml_input_truncate (tg_case_get_id (in->kase), 64);
  text = g_strdup_printf (_("the registration number %s appears twice in this file; "
                            "each case has its own"), number);
  case_error (im, in->number_line, id_label, text);
}

static void
check_identity (Import *im,
                Item   *item)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *holder = NULL;
  TgExchangeIncoming *in = item->in;
  const char *id = tg_case_get_id (in->kase);

  /* A case without an id broke the schema, which has said so already;
   * there is nothing to compare it with (found by the fuzzer). */
  if (id == NULL)
    return;
  if (!first_in_file (im, in->kase, &error))
    {
      g_autofree char *text = g_strdup_printf (_("the case id %s appears twice in this file; a file holds "
                                                 "each case once"), id);
      case_error (im, in->line, item->label, text);
    }
  if (tg_case_get_number (in->kase) != NULL)
    holder = number_holder (im, in->kase, &error);
  /* Nothing of the file is in the store while it is checked: another case
   * of the file with this number is found among the file's. */
  if (holder == NULL && tg_case_get_number (in->kase) != NULL && error == NULL)
    holder = tg_store_exchange_number_in_file (im->store != NULL ? im->store : im->scratch,
                                               tg_case_get_number (in->kase), id, &error);
  if (holder != NULL && g_strcmp0 (holder, id) != 0)
    report_number_held (im, item, holder);
  if (error != NULL)
    case_error (im, in->line, item->label, error->message);
}

/* ---- applying ----------------------------------------------------------- */

static gboolean
same_as_stored (Import  *im,
                gint64   rowid,
                TgCase  *kase,
                GError **error)
{
  g_autoptr(TgCase) stored = tg_store_load_case (im->store, tg_case_get_id (kase), error);
  g_autoptr(GPtrArray) diff = NULL;

  if (stored == NULL)
    return FALSE;
  if (tg_case_get_revision (stored) != tg_case_get_revision (kase))
    return FALSE;
  /* Not in the format: the receiver's own. */
  tg_case_set_registered_at (kase, tg_case_get_registered_at (stored));
  tg_case_set_deleted (kase, tg_case_get_deleted (stored));
  diff = tg_model_diff (stored, kase);
  return diff->len == 0;
}

static gboolean
keep_conflict (Import             *im,
               const TgStoreReceipt *r,
               TgExchangeIncoming *in,
               GError            **error)
{
  g_autofree char *text = _tg_exchange_case_to_text (in->kase, im->sender, error);

  return text != NULL &&
         tg_store_exchange_add_conflict (im->store, r->rowid, im->sender,
                                         tg_case_get_revision (in->kase), in->base_revision,
                                         tg_xml_input_get_file_name (im->input), text, error);
}

/* The store writes a document's content once, under its id: an id it
 * holds (removed or not) with other content would keep the old content
 * and lose the new. A document's content never changes; new content is
 * another document. */
static gboolean
check_documents (Import             *im,
                 gint64              rowid,
                 TgExchangeIncoming *in,
                 GError            **error)
{
  GListModel *list = G_LIST_MODEL (tg_case_get_documents (in->kase));

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(TgCaseDocument) d = g_list_model_get_item (list, i);
      g_autoptr(GError) local_error = NULL;
      g_autofree char *held = tg_store_exchange_document_sha256 (im->store, rowid,
                                                                 tg_case_document_get_id (d),
                                                                 &local_error);

      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      if (held != NULL && g_ascii_strcasecmp (held, tg_case_document_get_sha256 (d)) != 0)
        {
          g_set_error (error, TG_EXCHANGE_ERROR, TG_EXCHANGE_ERROR_REFUSED,
                       _("document %s (“%s”) differs in content from the document with that "
                         "id held here (SHA-256 %s, not %s); a document's content never "
                         "changes: send new content as a document with another id"),
                       tg_case_document_get_id (d), tg_case_document_get_title (d),
                       tg_case_document_get_sha256 (d), held);
          return FALSE;
        }
    }
  return TRUE;
}

/* The spec's table: unknown → created; not newer than the last receipt →
 * unchanged; newer and no local change since the last receipt (or since
 * baseRevision) → updated; else conflict. */
static gboolean
apply (Import             *im,
       TgExchangeIncoming *in,
       TgExchangeResult   *result,
       GError            **error)
{
  TgStoreReceipt r;
  gint64 revision = tg_case_get_revision (in->kase);
  gboolean local_change;

  if (!tg_store_exchange_lookup (im->store, tg_case_get_id (in->kase), im->sender, &r, error))
    return FALSE;
  *result = r.rowid == 0 ? TG_EXCHANGE_CREATED : TG_EXCHANGE_UNCHANGED;
  if (r.rowid == 0)
    return tg_store_exchange_create (im->store, in->kase, im->sender, error);
  if (revision <= r.received)
    return TRUE;
  if (revision <= r.revision && same_as_stored (im, r.rowid, in->kase, NULL))
    return tg_store_exchange_note_receipt (im->store, r.rowid, im->sender, revision, error);
  if (!check_documents (im, r.rowid, in, error))
    return FALSE;
  local_change = in->base_revision > 0 ? r.revision != in->base_revision
                                       : r.revision_at_receipt == 0 || r.revision != r.revision_at_receipt;
  *result = local_change ? TG_EXCHANGE_CONFLICT : TG_EXCHANGE_UPDATED;
  if (local_change)
    return keep_conflict (im, &r, in, error);
  return tg_store_exchange_update (im->store, r.rowid, in->kase, im->sender, error);
}

static void
count (Import           *im,
       TgExchangeResult  result)
{
  guint *counters[] = { &im->totals.created, &im->totals.updated,
                        &im->totals.unchanged, &im->totals.conflicts };

  (*counters[result])++;
}

static void
apply_case (Import *im,
            Item   *item)
{
  g_autoptr(GError) error = NULL;
  TgExchangeResult result;
  TgExchangeIncoming *in = item->in;

  if (!apply (im, in, &result, &error) ||
      !tg_store_exchange_set_result (im->store, tg_case_get_id (in->kase), result, &error))
    {
      /* A store precondition failed without a word: a case the rules
       * would have refused, so the file is not the one checked. */
      if (error == NULL)
        {
          g_atomic_int_set (&im->diverged, TRUE);
          return;
        }
      case_error (im, in->line, item->label, error->message);
      return;
    }
  count (im, result);
}

static gboolean
cancelled (Import *im)
{
  return im->options->cancellable != NULL && g_cancellable_is_cancelled (im->options->cancellable);
}

static void
progress (Import *im,
          Item   *item)
{
  /* Into a store the file is read twice, checked then applied: each pass
   * is half of the way, and the end of the second is the whole file. */
  guint64 base = im->store == NULL || im->check_only ? 0 : im->size / 2;
  guint64 scale = im->store == NULL ? 1 : 2;
  guint64 end = im->check_only ? im->size / 2 : im->size;
  /* Cases count once they are applied. */
  guint n_cases = im->check_only ? 0 : item != NULL ? item->n_cases : im->totals.n_cases;

  if (im->options->progress == NULL)
    return;
  if (item == NULL)
    im->options->progress (n_cases, end, im->size, im->options->progress_data);
  else if (item->n_cases % TG_EXCHANGE_PROGRESS_CASES == 0)
    /* What the parser had read, ahead of the case by a buffer at most. */
    im->options->progress (n_cases, MIN (base + item->n_read / scale, end), im->size,
                           im->options->progress_data);
}

/* The writing side: identity, then the store. */
static void
take_case (Import *im,
           Item   *item)
{
  im->totals.n_cases = item->n_cases;
  if (item->in != NULL)
    {
      check_identity (im, item);
      /* After the first error nothing is applied: the file will be rolled
       * back, and the rest is only checked. */
      if (im->store != NULL && !im->check_only && item->clean && im->n_later == 0 && !cancelled (im))
        apply_case (im, item);
    }
  progress (im, item);
}

static gsize
documents_size (TgExchangeIncoming *in)
{
  GListModel *list;
  gsize size = 0;

  if (in == NULL)
    return 0;
  list = G_LIST_MODEL (tg_case_get_documents (in->kase));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(TgCaseDocument) d = g_list_model_get_item (list, i);
      GBytes *content = tg_case_document_get_content (d);

      /* Spooled content (tg-content-spool.h) takes no memory. */
      if (content != NULL)
        size += g_bytes_get_size (content);
    }
  return size;
}

/* The reader's side of a case: the schema, the rules. */
static Item *
read_case (Import *im)
{
  Item *item = g_new0 (Item, 1);

  item->in = _tg_exchange_read_case (im->input);
  item->n_cases = ++im->n_read_cases;
  /* What the schema refused is not worth checking further. */
  if (_tg_xml_input_case_has_errors (im->input))
    g_clear_pointer (&item->in, _tg_exchange_incoming_free);
  else if (im->checked_sha256 != NULL &&
           (tg_case_get_id (item->in->kase) == NULL || tg_case_get_number (item->in->kase) == NULL))
    {
      /* The first pass refused any such case: the file is not that one. */
      g_atomic_int_set (&im->diverged, TRUE);
      g_clear_pointer (&item->in, _tg_exchange_incoming_free);
    }
  else
    {
      derive_due (im, item->in);
      derive_dispute_dues (im, item->in);
      /* The second pass reads the file the first checked (the hashes
       * are compared before COMMIT): its rules held there. */
      if (im->checked_sha256 == NULL)
        {
          check_rules (im, item->in);
          check_item_ids (im, item->in);
        }
    }
  item->label = _tg_xml_input_dup_case_label (im->input);
  item->weight = documents_size (item->in);
  item->n_read = MIN (im->input->n_read, im->size);
  item->clean = tg_xml_input_get_n_errors (im->input) == 0;
  return item;
}

/* The reader frees what the writer is done with. */
static void
release (Import *im,
         Item   *item)
{
  im->n_in_flight--;
  im->bytes_in_flight -= item->weight;
  item_free (item);
}

static void
deliver (Import *im,
         Item   *item)
{
  Item *used;

  if (!im->threaded)
    {
      take_case (im, item);
      item_free (item);
      return;
    }
  while ((used = g_async_queue_try_pop (im->used)) != NULL)
    release (im, used);
  /* Within both budgets, waiting for the writer to finish cases. */
  while (im->n_in_flight >= IN_FLIGHT ||
         (im->bytes_in_flight > 0 && im->bytes_in_flight + item->weight > IN_FLIGHT_BYTES))
    release (im, g_async_queue_pop (im->used));
  im->n_in_flight++;
  im->bytes_in_flight += item->weight;
  g_async_queue_push (im->made, item);
}

static void
read_file (Import *im)
{
  GStatBuf st;

  im->size = g_stat (im->path, &st) == 0 ? (guint64) st.st_size : 0;
  if (!tg_xml_input_open (im->input, im->path, NULL))
    return;
  while (!cancelled (im) && tg_xml_input_next (im->input))
    {
      const char *name = tg_xml_input_get_name (im->input);

      if (tg_xml_input_get_depth (im->input) != 1)
        continue;
      if (g_str_equal (name, "header"))
        _tg_exchange_read_header (im->input, &im->sender, &im->sender_name);
      else if (g_str_equal (name, "case"))
        deliver (im, read_case (im));
    }
}

static gpointer
reader_thread (gpointer data)
{
  Import *im = data;
  gpointer used;

  read_file (im);
  g_async_queue_push (im->made, END);
  while ((used = g_async_queue_pop (im->used)) != END)
    release (im, used);
  return NULL;
}

static void
read_and_apply (Import *im)
{
  GThread *reader;
  gpointer item;

  if (!im->threaded)
    read_file (im);
  else
    {
      reader = g_thread_new ("tg-import-reader", reader_thread, im);
      while ((item = g_async_queue_pop (im->made)) != END)
        {
          take_case (im, item);
          /* Checking, this thread has little to do and the reader sets
           * the pace: the case is freed here, its item goes back empty
           * for the reader's count (issue 18). Writing, the reader frees
           * it. */
          if (im->check_only)
            {
              g_clear_pointer (&((Item *) item)->in, _tg_exchange_incoming_free);
              g_clear_pointer (&((Item *) item)->label, g_free);
            }
          g_async_queue_push (im->used, item);
        }
      g_async_queue_push (im->used, END);
      g_thread_join (reader);
      hand_over_later (im);
    }
  if (!cancelled (im))
    progress (im, NULL);
}

/* ---- the file's transaction ---------------------------------------------- */

static char *
summarize (const TgExchangeTotals *t)
{
  return g_strdup_printf ("created %u, updated %u, unchanged %u, conflict %u",
                          t->created, t->updated, t->unchanged, t->conflicts);
}

typedef struct
{
  TgExchangeResultFunc func;
  gpointer user_data;
} Relay;

static void
relay_result (const char *number,
              int         result,
              gpointer    user_data)
{
  Relay *relay = user_data;

  relay->func (number, result, relay->user_data);
}

static gboolean
commit (Import   *im,
        GError  **error)
{
  g_autofree char *summary = summarize (&im->totals);
  const char *sha256 = tg_xml_input_get_sha256 (im->input);

  if (!tg_store_exchange_log (im->store, "import", im->sender,
                              tg_xml_input_get_file_name (im->input), sha256, summary, error))
    {
      tg_store_rollback (im->store);
      return FALSE;
    }
  /* A failed commit rolls back by itself. */
  return tg_store_commit (im->store, error);
}

static gboolean
refused (GError     *input_error,
         GError    **error)
{
  g_set_error (error, TG_EXCHANGE_ERROR, TG_EXCHANGE_ERROR_REFUSED,
               _("%s; nothing of the file was applied"), input_error->message);
  return FALSE;
}

static gboolean
finish (Import               *im,
        TgExchangeResultFunc  func,
        gpointer              user_data,
        GError              **error)
{
  g_autoptr(GError) input_error = NULL;
  g_autoptr(GError) local_error = NULL;
  Relay relay = { func, user_data };
  gboolean writing = im->store != NULL && !im->check_only;

  if (cancelled (im))
    {
      if (writing)
        tg_store_rollback (im->store);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                   _("%s: the import was cancelled; nothing of the file was applied"),
                   tg_xml_input_get_file_name (im->input));
      return FALSE;
    }
  if (!tg_xml_input_finish (im->input, &input_error))
    {
      if (writing)
        tg_store_rollback (im->store);
      if (im->input_errors)
        {
          g_propagate_error (error, g_steal_pointer (&input_error));
          return FALSE;
        }
      return refused (input_error, error);
    }
  if (!writing)
    return TRUE;
  if (g_atomic_int_get (&im->diverged) || g_strcmp0 (tg_xml_input_get_sha256 (im->input), im->checked_sha256) != 0)
    {
      tg_store_rollback (im->store);
      g_set_error (error, TG_EXCHANGE_ERROR, TG_EXCHANGE_ERROR_REFUSED,
                   _("%s changed while it was imported (it is not the file that was checked); "
                     "nothing of the file was applied: import it again once it is complete"),
                   tg_xml_input_get_file_name (im->input));
      return FALSE;
    }
  if (!commit (im, &local_error))
    {
      g_set_error (error, TG_EXCHANGE_ERROR, TG_EXCHANGE_ERROR_FAILED,
                   _("%s: the import could not be saved: %s"),
                   tg_xml_input_get_file_name (im->input), local_error->message);
      return FALSE;
    }
  if (func != NULL)
    tg_store_exchange_foreach_result (im->store, relay_result, &relay, NULL);
  return TRUE;
}

gboolean
tg_exchange_import_file (TgStore               *store,
                         const char            *path,
                         TgExchangeReport      *report,
                         TgExchangeResultFunc   func,
                         gpointer               user_data,
                         TgExchangeTotals      *totals,
                         GError               **error)
{
  TgExchangeImportOptions options = TG_EXCHANGE_IMPORT_OPTIONS_INIT;

  options.func = func;
  options.user_data = user_data;
  return tg_exchange_import_file_full (store, path, report, &options, totals, error);
}

static void
import_init (Import                        *im,
             TgStore                       *store,
             const char                    *path,
             TgExchangeReport              *report,
             const TgExchangeImportOptions *options)
{
  static const TgExchangeImportOptions none = TG_EXCHANGE_IMPORT_OPTIONS_INIT;

  im->store = store;
  im->path = path;
  im->options = options != NULL ? options : &none;
  im->later = g_array_new (FALSE, FALSE, sizeof (Later));
  g_array_set_clear_func (im->later, later_clear);
  im->input = tg_xml_input_new (report);
  if (im->options->max_size > 0)
    tg_xml_input_set_max_size (im->input, im->options->max_size);
  if (store != NULL)
    {
      im->calendar = g_object_ref (tg_store_get_calendar (store));
      /* Checking a file alone is the reader's work only. */
      im->threaded = TRUE;
      im->made = g_async_queue_new ();
      im->used = g_async_queue_new ();
    }
  else
    {
      im->calendar = tg_calendar_new ();
    }
}

/* The scratch database of a check without a store; FALSE when it cannot
 * be made (a full temporary folder). */
static gboolean
open_scratch (Import  *im,
              GError **error)
{
  im->scratch = tg_store_open_scratch (error);
  if (im->scratch == NULL)
    return FALSE;
  if (!tg_store_exchange_check_begin (im->scratch, error) ||
      !tg_store_exchange_reset_ids (im->scratch, error))
    {
      g_clear_object (&im->scratch);
      return FALSE;
    }
  return TRUE;
}

/* The first pass into a store: the schema, every rule and the cases'
 * identities against the store, without the write lock (issue 16: a file
 * that takes minutes to check held every other writer for as long). Its
 * messages go to @report only when it fails; the file's SHA-256 then
 * tells the second pass that it reads the same file. */
static gboolean
check_first (TgStore                       *store,
             const char                    *path,
             TgExchangeReport              *report,
             const TgExchangeImportOptions *options,
             char                         **sha256,
             GError                       **error)
{
  g_autoptr(TgExchangeReport) own = tg_exchange_report_new ();
  g_auto(Import) im = { NULL, };
  GListModel *messages;
  gboolean ok;

  import_init (&im, store, path, own, options);
  im.check_only = TRUE;
  if (!tg_store_exchange_check_begin (store, error))
    return FALSE;
  if (!tg_store_exchange_reset_ids (store, error))
    {
      tg_store_exchange_check_end (store);
      return FALSE;
    }
  read_and_apply (&im);
  ok = finish (&im, NULL, NULL, error);
  tg_store_exchange_check_end (store);
  if (ok)
    {
      *sha256 = g_strdup (tg_xml_input_get_sha256 (im.input));
      return TRUE;
    }
  messages = tg_exchange_report_get_messages (own);
  for (guint i = 0; i < g_list_model_get_n_items (messages); i++)
    {
      g_autoptr(TgExchangeMessage) m = g_list_model_get_item (messages, i);
      tg_exchange_report_add (report, m);
    }
  return FALSE;
}

gboolean
tg_exchange_import_file_full (TgStore                        *store,
                              const char                     *path,
                              TgExchangeReport               *report,
                              const TgExchangeImportOptions  *options,
                              TgExchangeTotals               *totals,
                              GError                        **error)
{
  g_auto(Import) im = { NULL, };
  g_autofree char *checked = NULL;
  gboolean ok;

  g_return_val_if_fail (store == NULL || TG_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (TG_IS_EXCHANGE_REPORT (report), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (store != NULL && !check_first (store, path, report, options, &checked, error))
    return FALSE;
  import_init (&im, store, path, report, options);
  if (store == NULL && !open_scratch (&im, error))
    return FALSE;
  if (store != NULL)
    {
      /* The first pass validated this file against the XSD and checked
       * every rule; what is read now is kept only if its SHA-256 is that
       * pass's (finish), so neither is done again (issue 18: they were
       * about a third of the second reading). */
      _tg_xml_input_skip_schema (im.input);
      im.checked_sha256 = g_steal_pointer (&checked);
      if (!tg_store_begin (store, error))
        return FALSE;
      if (!tg_store_exchange_reset_ids (store, error))
        {
          tg_store_rollback (store);
          return FALSE;
        }
    }
  read_and_apply (&im);
  ok = finish (&im, im.options->func, im.options->user_data, error);
  if (totals != NULL)
    *totals = im.totals;
  return ok;
}

gboolean
_tg_exchange_check_file (const char        *path,
                         TgExchangeReport  *report,
                         TgExchangeTotals  *totals,
                         GError           **error)
{
  g_auto(Import) im = { NULL, };
  gboolean ok;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (TG_IS_EXCHANGE_REPORT (report), FALSE);

  import_init (&im, NULL, path, report, NULL);
  im.input_errors = TRUE;
  if (!open_scratch (&im, error))
    return FALSE;
  read_and_apply (&im);
  ok = finish (&im, NULL, NULL, error);
  if (totals != NULL)
    *totals = im.totals;
  return ok;
}

/* The one case of the exchange file @path, checked as `validate` checks
 * it, then read. */
TgCase *
tg_exchange_read_case_file (const char        *path,
                            TgExchangeReport  *report,
                            GError           **error)
{
  g_autoptr(TgXmlInput) input = NULL;
  g_autoptr(TgExchangeIncoming) incoming = NULL;
  TgExchangeTotals totals = { 0, };

  if (!tg_exchange_import_file (NULL, path, report, NULL, NULL, &totals, error))
    return NULL;
  if (totals.n_cases != 1)
    {
      g_set_error (error, TG_EXCHANGE_ERROR, TG_EXCHANGE_ERROR_REFUSED,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%s holds %u case; register takes a file of one case (import takes any number)",
                                "%s holds %u cases; register takes a file of one case (import takes any number)",
                                totals.n_cases),
                   path, totals.n_cases);
      return NULL;
    }
  input = tg_xml_input_new (report);
  if (tg_xml_input_open (input, path, error))
    while (incoming == NULL && tg_xml_input_next (input))
      if (tg_xml_input_get_depth (input) == 1 && g_str_equal (tg_xml_input_get_name (input), "case"))
        incoming = _tg_exchange_read_case (input);
  if (incoming == NULL)
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, TG_EXCHANGE_ERROR, TG_EXCHANGE_ERROR_REFUSED,
                     _("%s: the case cannot be read"), path);
      return NULL;
    }
  return g_steal_pointer (&incoming->kase);
}
