/* tg-exchange-import-files.c — importing several exchange files, one after the other
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The synchronous loop calls tg_exchange_import_file_full() once per file.
 * The asynchronous one runs it in a GTask thread over a store of its own
 * and carries each progress report to the caller's main context; after a
 * file is done it waits until that report has been delivered, so that a
 * caller who cancels on seeing it gets no further file imported.
 */
#define G_LOG_DOMAIN "tg-exchange"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "tg-exchange-import-files.h"

/* ---- results ------------------------------------------------------------ */

static void
case_outcome_clear (gpointer data)
{
  TgExchangeCaseOutcome *outcome = data;

  g_free (outcome->number);
}

static TgExchangeFileResult *
file_result_new (const char *path)
{
  TgExchangeFileResult *r = g_atomic_rc_box_new0 (TgExchangeFileResult);

  r->path = g_strdup (path);
  r->report = tg_exchange_report_new ();
  r->cases = g_array_new (FALSE, TRUE, sizeof (TgExchangeCaseOutcome));
  g_array_set_clear_func (r->cases, case_outcome_clear);
  return r;
}

TgExchangeFileResult *
tg_exchange_file_result_ref (TgExchangeFileResult *result)
{
  g_return_val_if_fail (result != NULL, NULL);

  return g_atomic_rc_box_acquire (result);
}

static void
file_result_clear (gpointer data)
{
  TgExchangeFileResult *r = data;

  g_free (r->path);
  g_clear_object (&r->report);
  g_clear_error (&r->error);
  g_clear_pointer (&r->cases, g_array_unref);
}

void
tg_exchange_file_result_unref (TgExchangeFileResult *result)
{
  g_return_if_fail (result != NULL);

  g_atomic_rc_box_release_full (result, file_result_clear);
}

G_DEFINE_BOXED_TYPE (TgExchangeFileResult, tg_exchange_file_result,
                     tg_exchange_file_result_ref, tg_exchange_file_result_unref)

char *
tg_exchange_file_result_dup_messages (const TgExchangeFileResult *result)
{
  g_return_val_if_fail (result != NULL, NULL);

  /* A cancelled file's report holds nothing it could act on. */
  if (!result->cancelled && g_list_model_get_n_items (tg_exchange_report_get_messages (result->report)) > 0)
    return tg_exchange_report_format (result->report);
  return result->error != NULL ? g_strdup (result->error->message) : NULL;
}

void
tg_exchange_files_count (GPtrArray        *results,
                         guint            *n_applied,
                         guint            *n_refused,
                         guint            *n_cancelled,
                         TgExchangeTotals *totals)
{
  TgExchangeTotals all = { 0, };
  guint applied = 0, refused = 0, cancelled = 0;

  g_return_if_fail (results != NULL);

  for (guint i = 0; i < results->len; i++)
    {
      const TgExchangeFileResult *r = g_ptr_array_index (results, i);

      if (r->applied)
        {
          applied++;
          all.n_cases += r->totals.n_cases;
          all.created += r->totals.created;
          all.updated += r->totals.updated;
          all.unchanged += r->totals.unchanged;
          all.conflicts += r->totals.conflicts;
        }
      else if (r->cancelled)
        cancelled++;
      else
        refused++;
    }
  if (n_applied != NULL)
    *n_applied = applied;
  if (n_refused != NULL)
    *n_refused = refused;
  if (n_cancelled != NULL)
    *n_cancelled = cancelled;
  if (totals != NULL)
    *totals = all;
}

/* ---- the loop ----------------------------------------------------------- */

typedef struct
{
  const TgExchangeFilesOptions *options;
  TgExchangeFilesProgressFunc   progress;
  gpointer                      progress_data;
  TgExchangeFilesProgress       event;
  TgExchangeFileResult         *result;
} Loop;

static void
case_cb (const char       *number,
         TgExchangeResult  result,
         gpointer          user_data)
{
  Loop *loop = user_data;

  if (loop->result->cases->len < loop->options->keep_cases)
    {
      TgExchangeCaseOutcome outcome = { g_strdup (number), result };

      g_array_append_val (loop->result->cases, outcome);
    }
  if (loop->options->case_func != NULL)
    loop->options->case_func (number, result, loop->options->case_data);
}

static void
reading_cb (guint    n_cases,
            guint64  bytes_read,
            guint64  size,
            gpointer user_data)
{
  Loop *loop = user_data;

  loop->event.stage = TG_EXCHANGE_FILE_READING;
  loop->event.n_cases = n_cases;
  loop->event.fraction = size > 0 ? CLAMP ((double) bytes_read / (double) size, 0.0, 1.0) : 0.0;
  loop->progress (&loop->event, loop->progress_data);
}

static void
tell (Loop                *loop,
      TgExchangeFileStage  stage)
{
  if (loop->progress == NULL)
    return;
  loop->event.stage = stage;
  loop->event.n_cases = stage == TG_EXCHANGE_FILE_DONE ? loop->result->totals.n_cases : 0;
  loop->event.fraction = stage == TG_EXCHANGE_FILE_DONE ? 1.0 : 0.0;
  loop->event.result = stage == TG_EXCHANGE_FILE_DONE ? loop->result : NULL;
  loop->progress (&loop->event, loop->progress_data);
}

static void
import_one (TgStore      *store,
            Loop         *loop,
            GCancellable *cancellable)
{
  TgExchangeImportOptions options = TG_EXCHANGE_IMPORT_OPTIONS_INIT;
  TgExchangeFileResult *r = loop->result;

  options.func = case_cb;
  options.user_data = loop;
  options.progress = loop->progress != NULL ? reading_cb : NULL;
  options.progress_data = loop;
  options.cancellable = cancellable;
  options.max_size = loop->options->max_size;
  tell (loop, TG_EXCHANGE_FILE_STARTED);
  r->applied = tg_exchange_import_file_full (store, r->path, r->report, &options, &r->totals, &r->error);
  r->cancelled = g_error_matches (r->error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  /* Only an applied file's cases count; a refused one's are not in the database. */
  if (!r->applied)
    {
      memset (&r->totals, 0, sizeof r->totals);
      g_array_set_size (r->cases, 0);
    }
  tell (loop, TG_EXCHANGE_FILE_DONE);
}

static TgExchangeFileResult *
not_started (const char *path)
{
  TgExchangeFileResult *r = file_result_new (path);

  r->cancelled = TRUE;
  g_set_error_literal (&r->error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                       _("The import was cancelled before this file: nothing from it was imported"));
  return r;
}

GPtrArray *
tg_exchange_import_files (TgStore                       *store,
                          const char * const            *paths,
                          const TgExchangeFilesOptions  *options,
                          GCancellable                  *cancellable,
                          TgExchangeFilesProgressFunc    progress,
                          gpointer                       progress_data)
{
  static const TgExchangeFilesOptions defaults = TG_EXCHANGE_FILES_OPTIONS_INIT;
  GPtrArray *results = g_ptr_array_new_with_free_func ((GDestroyNotify) tg_exchange_file_result_unref);
  guint n = paths != NULL ? g_strv_length ((char **) paths) : 0;

  g_return_val_if_fail (TG_IS_STORE (store), results);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), results);

  for (guint i = 0; i < n; i++)
    {
      Loop loop = { options != NULL ? options : &defaults, progress, progress_data,
                    { TG_EXCHANGE_FILE_STARTED, i, n, paths[i], 0, 0.0, NULL }, NULL };

      if (g_cancellable_is_cancelled (cancellable))
        {
          g_ptr_array_add (results, not_started (paths[i]));
          continue;
        }
      loop.result = file_result_new (paths[i]);
      g_ptr_array_add (results, loop.result);
      import_one (store, &loop, cancellable);
    }
  return results;
}

/* ---- in a thread ---------------------------------------------------------- */

typedef struct
{
  char                         *db_path;
  GStrv                         paths;
  TgExchangeFilesOptions        options;
  GCancellable                 *cancellable;
  TgExchangeFilesProgressFunc   progress;
  gpointer                      progress_data;
  GDestroyNotify                progress_destroy;
  GAsyncReadyCallback           callback;
  gpointer                      user_data;
  GMainContext                 *context;

  /* How many DONE reports the caller's context has had. */
  GMutex                        lock;
  GCond                         cond;
  guint                         delivered;
} Job;

static void
job_free (Job *job)
{
  g_free (job->db_path);
  g_strfreev (job->paths);
  g_clear_object (&job->cancellable);
  g_main_context_unref (job->context);
  g_mutex_clear (&job->lock);
  g_cond_clear (&job->cond);
  g_free (job);
}

/* One progress report on its way to the caller's context. */
typedef struct
{
  Job                     *job;
  TgExchangeFilesProgress  event;
  char                    *path;
  TgExchangeFileResult    *result;
} Delivery;

static gboolean
deliver_cb (gpointer data)
{
  Delivery *d = data;

  d->job->progress (&d->event, d->job->progress_data);
  return G_SOURCE_REMOVE;
}

/* Dispatched or dropped with its context: the thread need not wait on it. */
static void
delivery_free (gpointer data)
{
  Delivery *d = data;

  if (d->event.stage == TG_EXCHANGE_FILE_DONE)
    {
      g_mutex_lock (&d->job->lock);
      d->job->delivered++;
      g_cond_broadcast (&d->job->cond);
      g_mutex_unlock (&d->job->lock);
    }
  g_free (d->path);
  g_clear_pointer (&d->result, tg_exchange_file_result_unref);
  g_free (d);
}

static void
wake_cb (GCancellable *cancellable,
         Job          *job)
{
  g_mutex_lock (&job->lock);
  g_cond_broadcast (&job->cond);
  g_mutex_unlock (&job->lock);
}

/* In the thread. */
static void
carry_cb (const TgExchangeFilesProgress *progress,
          gpointer                       user_data)
{
  Job *job = user_data;
  Delivery *d = g_new0 (Delivery, 1);
  GSource *source;

  d->job = job;
  d->event = *progress;
  d->path = g_strdup (progress->path);
  d->event.path = d->path;
  if (progress->result != NULL)
    d->result = tg_exchange_file_result_ref ((TgExchangeFileResult *) progress->result);
  d->event.result = d->result;
  /* Never g_main_context_invoke(): this thread could acquire the
   * caller's context between two of its iterations and run @progress here. */
  source = g_idle_source_new ();
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, deliver_cb, d, delivery_free);
  g_source_set_static_name (source, "[tergeu] import progress");
  g_source_attach (source, job->context);
  g_source_unref (source);
  if (progress->stage != TG_EXCHANGE_FILE_DONE)
    return;
  g_mutex_lock (&job->lock);
  while (job->delivered <= progress->index && !g_cancellable_is_cancelled (job->cancellable))
    g_cond_wait (&job->cond, &job->lock);
  g_mutex_unlock (&job->lock);
}

static void
import_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(TgStore) store = NULL;
  GError *error = NULL;
  GPtrArray *results;
  gulong handler = 0;

  store = tg_store_open (job->db_path, &error);
  if (store == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  if (job->cancellable != NULL)
    handler = g_cancellable_connect (job->cancellable, G_CALLBACK (wake_cb), job, NULL);
  results = tg_exchange_import_files (store, (const char * const *) job->paths, &job->options,
                                      job->cancellable, job->progress != NULL ? carry_cb : NULL, job);
  g_cancellable_disconnect (job->cancellable, handler);
  tg_store_close (store);
  g_task_return_pointer (task, results, (GDestroyNotify) g_ptr_array_unref);
}

/* In the caller's context, after every progress report: the caller's
 * callback, then its progress data may go. */
static void
import_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  Job *job = g_task_get_task_data (G_TASK (result));
  GDestroyNotify destroy = job->progress_destroy;
  gpointer progress_data = job->progress_data;

  if (job->callback != NULL)
    job->callback (source, result, job->user_data);
  if (destroy != NULL)
    destroy (progress_data);
}

void
tg_exchange_import_files_async (const char                    *db_path,
                                const char * const            *paths,
                                const TgExchangeFilesOptions  *options,
                                GCancellable                  *cancellable,
                                TgExchangeFilesProgressFunc    progress,
                                gpointer                       progress_data,
                                GDestroyNotify                 progress_destroy,
                                GAsyncReadyCallback            callback,
                                gpointer                       user_data)
{
  static const TgExchangeFilesOptions defaults = TG_EXCHANGE_FILES_OPTIONS_INIT;
  g_autoptr(GTask) task = NULL;
  Job *job;

  g_return_if_fail (db_path != NULL);
  g_return_if_fail (paths != NULL);
  g_return_if_fail (options == NULL || options->case_func == NULL);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  job = g_new0 (Job, 1);
  job->db_path = g_strdup (db_path);
  job->paths = g_strdupv ((char **) paths);
  job->options = options != NULL ? *options : defaults;
  job->cancellable = cancellable != NULL ? g_object_ref (cancellable) : NULL;
  job->progress = progress;
  job->progress_data = progress_data;
  job->progress_destroy = progress_destroy;
  job->callback = callback;
  job->user_data = user_data;
  job->context = g_main_context_ref_thread_default ();
  g_mutex_init (&job->lock);
  g_cond_init (&job->cond);

  task = g_task_new (NULL, cancellable, import_done_cb, NULL);
  g_task_set_source_tag (task, tg_exchange_import_files_async);
  g_task_set_name (task, "tg_exchange_import_files");
  /* A cancelled import still returns what it did (the files before). */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, import_thread);
}

GPtrArray *
tg_exchange_import_files_finish (GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == tg_exchange_import_files_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
