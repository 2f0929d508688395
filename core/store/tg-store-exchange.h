/* tg-store-exchange.h — what the exchange of case files keeps in the store
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Receipts (what revision of a case was last received from whom), the
 * incoming versions that conflict with local changes, the hash-chained
 * exchange log, and a streaming walk over the cases an export selects.
 * The SQL is in tg-store-exchange.c; tg-exchange-*.c call these inside
 * one transaction per file (tg_store_begin / tg_store_commit).
 */
#pragma once

#include "tg-store.h"

G_BEGIN_DECLS

typedef struct
{
  gint64 rowid;                /* 0: the id is unknown here */
  gint64 revision;             /* the local revision */
  gint64 received;             /* last received from this sender; 0: never */
  gint64 revision_at_receipt;  /* local revision right after the last receipt applied; 0: never */
} TgStoreReceipt;

gboolean    tg_store_exchange_lookup        (TgStore        *self,
                                             const char     *case_id,
                                             const char     *sender,
                                             TgStoreReceipt *out,
                                             GError        **error);
/* The id of the case that holds @number, or NULL. */
char       *tg_store_exchange_number_holder (TgStore        *self,
                                             const char     *number,
                                             GError        **error);
/* Starts the list of the cases of a file and their results. */
gboolean    tg_store_exchange_reset_ids     (TgStore        *self,
                                             GError        **error);
/* Adds @case_id to the list; FALSE in *@first when the file had it. */
gboolean    tg_store_exchange_note_id       (TgStore        *self,
                                             const char     *case_id,
                                             const char     *number,
                                             gboolean       *first,
                                             GError        **error);
/* A store without a database file or tables: a private temporary database
 * (removed when closed) for the list of a file's cases when the file is
 * only checked (tg_store_exchange_reset_ids, _note_id, _number_in_file),
 * so that memory does not grow with the file. */
TgStore    *tg_store_open_scratch           (GError        **error);
/* The id of another case of the current file (not @not_id) with
 * @number, or NULL. */
char       *tg_store_exchange_number_in_file (TgStore       *self,
                                              const char    *number,
                                              const char    *not_id,
                                              GError       **error);
/* Checking a file before it is applied: a read transaction, in which only
 * the list of the file's cases is written (a temporary table: no lock on
 * the database); _end forgets it. */
gboolean    tg_store_exchange_check_begin   (TgStore        *self,
                                             GError        **error);
void        tg_store_exchange_check_end     (TgStore        *self);
/* Whether the current file had @case_id. */
gboolean    tg_store_exchange_in_file       (TgStore        *self,
                                             const char     *case_id);
gboolean    tg_store_exchange_set_result    (TgStore        *self,
                                             const char     *case_id,
                                             int             result,
                                             GError        **error);
typedef void (*TgStoreExchangeResultFunc) (const char *number,
                                           int         result,
                                           gpointer    user_data);
/* The list, in file order. */
gboolean    tg_store_exchange_foreach_result (TgStore                  *self,
                                              TgStoreExchangeResultFunc func,
                                              gpointer                  user_data,
                                              GError                  **error);

/* A case received for the first time (kept with its revision and
 * history), and its receipt. @kase has passed tg_rules_validate_case: the
 * importer checks every case before it applies any. */
gboolean    tg_store_exchange_create        (TgStore        *self,
                                             TgCase         *kase,
                                             const char     *sender,
                                             GError        **error);
/* The incoming @kase replaces the case at @rowid; history events it
 * brings beyond those held are appended. */
gboolean    tg_store_exchange_update        (TgStore        *self,
                                             gint64          rowid,
                                             TgCase         *kase,
                                             const char     *sender,
                                             GError        **error);
/* Remembers that @revision was received from @sender (not applied). */
gboolean    tg_store_exchange_note_receipt  (TgStore        *self,
                                             gint64          rowid,
                                             const char     *sender,
                                             gint64          revision,
                                             GError        **error);
/* The SHA-256 of the document @document_id of the case at @rowid, removed
 * or not; NULL when it has none (or on error). */
char       *tg_store_exchange_document_sha256 (TgStore      *self,
                                               gint64        rowid,
                                               const char   *document_id,
                                               GError      **error);
gboolean    tg_store_exchange_add_conflict  (TgStore        *self,
                                             gint64          rowid,
                                             const char     *sender,
                                             gint64          revision,
                                             gint64          base_revision,
                                             const char     *file_name,
                                             const char     *incoming,
                                             GError        **error);
/* Appends to the exchange log (direction "import" or "export"). */
gboolean    tg_store_exchange_log           (TgStore        *self,
                                             const char     *direction,
                                             const char     *party,
                                             const char     *file_name,
                                             const char     *file_sha256,
                                             const char     *summary,
                                             GError        **error);

typedef struct
{
  gint64  id;
  gint64  case_rowid;
  char   *case_id;
  char   *number;
  char   *sender;
  gint64  revision;
  gint64  base_revision;
  char   *received_at;
  char   *file_name;
  char   *incoming;      /* a case file holding the incoming version */
} TgStoreConflict;

void        tg_store_conflict_free          (TgStoreConflict *conflict);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TgStoreConflict, tg_store_conflict_free)

/* Unresolved conflicts (of the case @id_or_number, or all when NULL),
 * oldest first, as TgStoreConflict. */
GPtrArray  *tg_store_exchange_conflicts     (TgStore        *self,
                                             const char     *id_or_number,
                                             GError        **error);
/* Marks conflict @conflict_id resolved by the local revision @revision
 * (the "resolve-conflict" command has written the merged case). */
gboolean    tg_store_exchange_mark_resolved (TgStore        *self,
                                             gint64          conflict_id,
                                             gint64          revision,
                                             GError        **error);

typedef struct
{
  const char * const *ids;     /* ids or numbers; NULL: by the rest */
  int                 state;   /* a TgState, or -1 */
  const char         *region;
  const char         *from;    /* accident dates, YYYY-MM-DD, inclusive */
  const char         *until;
  const char         *to;      /* addressee code: baseRevision */
  const char         *changed_since;   /* a change written to history on or after
                                        * this day (YYYY-MM-DD, Astana), or NULL */
  const char         *changed_until;   /* ...on or before this day, or NULL */
} TgStoreExportQuery;

typedef gboolean (*TgStoreExportFunc) (TgCase   *kase,
                                       gint64    base_revision,
                                       gpointer  user_data,
                                       GError  **error);
/* Calls @func with each selected case, by registration number, one
 * loaded at a time. */
gboolean    tg_store_exchange_foreach       (TgStore                  *self,
                                             const TgStoreExportQuery *query,
                                             TgStoreExportFunc         func,
                                             gpointer                  user_data,
                                             GError                  **error);

G_END_DECLS
