/* tg-store.h — durable storage of cases
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store is the only place that speaks SQL; its API names no SQLite
 * type, so that another backend can be added without touching the model,
 * the UI or the exchange code. Every public call that changes anything is
 * one transaction: on error nothing is changed.
 */
#pragma once

#include <gio/gio.h>

#include "tg-calendar.h"
#include "tg-case.h"
#include "tg-case-summary.h"
#include "tg-dated-settings.h"
#include "tg-store-location.h"

G_BEGIN_DECLS

#define TG_STORE_ERROR (tg_store_error_quark ())

typedef enum
{
  TG_STORE_ERROR_OPEN,       /* cannot open or create the file */
  TG_STORE_ERROR_TOO_NEW,    /* written by a newer Tergeu */
  TG_STORE_ERROR_CORRUPT,    /* not a database, or damaged */
  TG_STORE_ERROR_NOT_FOUND,  /* no such case */
  TG_STORE_ERROR_CONFLICT,   /* someone else saved the case meanwhile */
  TG_STORE_ERROR_INVALID,    /* the case breaks a rule; nothing saved */
  TG_STORE_ERROR_REFUSED,    /* a transition the rules refuse */
  TG_STORE_ERROR_FAILED,     /* anything else the database reports */
  TG_STORE_ERROR_FOREIGN,    /* another application's database: untouched */
  TG_STORE_ERROR_PASSWORD,   /* an office server asks for a password: none was
                              * given, or it refused the one given */
} TgStoreError;

GQuark tg_store_error_quark (void);

/* The schema version this build reads and writes (PRAGMA user_version). */
#define TG_STORE_SCHEMA_VERSION 9

#define TG_TYPE_STORE (tg_store_get_type ())
G_DECLARE_FINAL_TYPE (TgStore, tg_store, TG, STORE, GObject)

/* Opens (creating with mode 0600 and migrating as needed) the database at
 * @path; refuses one written by a newer version. @path may name an office
 * server instead (tg-store-location.h): the same store on PostgreSQL, set
 * up by `tergeu-cli server init` (not set up, or older: refused, saying
 * so; never a password in @path). */
TgStore    *tg_store_open              (const char  *path,
                                        GError     **error);
/* Whether @path holds a Tergeu database (of this schema or an older one),
 * read without changing it; the error says what it is instead. */
gboolean    tg_store_is_database       (const char  *path,
                                        GError     **error);
/* $XDG_DATA_HOME/tergeu/cases.db */
char       *tg_store_default_path      (void);
const char *tg_store_get_path          (TgStore     *self);
/* Closes the database cleanly (checkpoints the WAL); later calls fail. */
void        tg_store_close             (TgStore     *self);
/* Bounds this connection's page cache to @kib KiB (tg_store_open gives
 * each connection 32 000; SQLite's default is 2 000). Nothing on an office
 * server, whose memory is its administrator's to set. */
gboolean    tg_store_set_cache_size    (TgStore     *self,
                                        guint        kib,
                                        GError     **error);

/* TRUE when another connection (another window, tergeu-cli, an import)
 * has committed to the database since the last call or the opening; this
 * connection's own writes do not count. Cheap enough to ask every second.
 * FALSE with @error set if the database could not be asked. */
gboolean    tg_store_poll_changes      (TgStore     *self,
                                        GError     **error);

/* Who is recorded in history for changes made through this store
 * (default: the login name). On an office server it is the login the
 * server knows (session_user), which the server itself writes into every
 * history entry; setting another is ignored there, since an entry hashed
 * with another name would fail tg_store_verify. */
const char *tg_store_get_actor         (TgStore     *self);
void        tg_store_set_actor         (TgStore     *self,
                                        const char  *actor);

/* --- settings (organization data documents print) ------------------- */

/* The value of @key, or its shipped default; for a dated key
 * (tg-dated-settings.h), the value in force today; NULL for unknown keys. */
char       *tg_store_dup_setting       (TgStore     *self,
                                        const char  *key);
/* Sets @key; a dated key from today. */
gboolean    tg_store_set_setting       (TgStore     *self,
                                        const char  *key,
                                        const char  *value,
                                        GError     **error);
/* Sets the dated key @key from @valid_from (YYYY-MM-DD) on; an empty
 * @value makes it blank from that day. */
gboolean    tg_store_set_setting_from  (TgStore     *self,
                                        const char  *key,
                                        const char  *valid_from,
                                        const char  *value,
                                        GError     **error);
/* Every setting (key → value, shipped defaults included, dated ones as
 * in force today; keys without a value are absent). */
GHashTable *tg_store_dup_settings      (TgStore     *self);
/* The dated settings: the shipped entries and the user's. */
TgDatedSettings *tg_store_dup_dated_settings (TgStore *self);
/* The keys there are, NULL-terminated. */
const char * const *tg_store_setting_keys (void);

/* --- the working-day calendar ----------------------------------------- */

/* The calendar as stored (shipped entries plus the user's). */
TgCalendar *tg_store_get_calendar      (TgStore     *self);
/* Adds or replaces an entry; due dates of open investigations that depend
 * on it are recomputed and the change is written to their history. */
gboolean    tg_store_set_calendar_entry    (TgStore             *self,
                                            const GDate         *date,
                                            TgCalendarEntryKind  kind,
                                            const char          *note,
                                            GError             **error);
gboolean    tg_store_remove_calendar_entry (TgStore             *self,
                                            const GDate         *date,
                                            GError             **error);

/* --- cases ------------------------------------------------------------- */

/* A case by UUID or registration number, with its history; documents come
 * without content (see tg_store_load_document_content). */
TgCase     *tg_store_load_case         (TgStore     *self,
                                        const char  *id_or_number,
                                        GError     **error);
/* Stores a case as it comes from elsewhere (an exchange file, the demo
 * generator): its UUID, number, revision, state and the history entries
 * in its history list (at, actor, action, details, before, after) are kept
 * as given and chained in order. Refused if it breaks a rule or its UUID or
 * number is taken. */
gboolean    tg_store_insert_case       (TgStore     *self,
                                        TgCase      *kase,
                                        GError     **error);
GBytes     *tg_store_load_document_content (TgStore     *self,
                                            const char  *case_id,
                                            const char  *document_id,
                                            GError     **error);

/* --- lists -------------------------------------------------------------- */

typedef enum
{
  TG_CASE_SORT_NUMBER,
  TG_CASE_SORT_OCCURRED,
  TG_CASE_SORT_EMPLOYER,
  TG_CASE_SORT_REGION,
  TG_CASE_SORT_VICTIMS,
  TG_CASE_SORT_DEATHS,
  TG_CASE_SORT_STATE,
  TG_CASE_SORT_DUE,
} TgCaseSort;

typedef struct
{
  int          state;          /* a TgState, or -1 for all */
  const char  *region;         /* NULL for all */
  int          year;           /* of the accident; 0 for all */
  int          severity;       /* a TgSeverity, or -1 for all */
  gboolean     overdue;        /* only cases past their deadline today */
  guint        due_within;     /* >0: only cases due within so many working days (overdue included) */
  gboolean     committee;      /* only commission-pending and Committee investigations */
  gboolean     local_control;  /* only local investigations (the Committee's control) */
  gboolean     open_disputes;  /* only cases with an open dispute */
  gboolean     closed;         /* only closed cases */
  gboolean     needs_action;   /* overdue, due within 3 working days, an open dispute, or an unresolved conflict */
  const char  *search;         /* words; each must match (prefix) */
  TgCaseSort   sort;
  gboolean     descending;
} TgCaseQuery;

#define TG_CASE_QUERY_INIT { -1, NULL, 0, -1, FALSE, 0, FALSE, FALSE, FALSE, FALSE, FALSE, NULL, TG_CASE_SORT_NUMBER, FALSE }

gboolean    tg_store_count_cases       (TgStore            *self,
                                        const TgCaseQuery  *query,
                                        guint              *count,
                                        GError            **error);
/* Rows @offset…@offset+@limit of @query as TgCaseSummary. */
GPtrArray  *tg_store_list_cases        (TgStore            *self,
                                        const TgCaseQuery  *query,
                                        guint               offset,
                                        guint               limit,
                                        GError            **error);

typedef gboolean (*TgCaseSummaryFunc) (TgCaseSummary *summary,
                                       gpointer       user_data);
/* Streams every row of @query without holding them; stop by returning FALSE. */
gboolean    tg_store_foreach_case      (TgStore            *self,
                                        const TgCaseQuery  *query,
                                        TgCaseSummaryFunc   func,
                                        gpointer            user_data,
                                        GError            **error);
/* The same for rows @offset…@offset+@limit (@limit 0: to the end), read
 * as tg_store_list_cases reads a page: a first page costs a first page. */
gboolean    tg_store_foreach_case_page (TgStore            *self,
                                        const TgCaseQuery  *query,
                                        guint               offset,
                                        guint               limit,
                                        TgCaseSummaryFunc   func,
                                        gpointer            user_data,
                                        GError            **error);

/* Everyone who sat on a commission of a case not removed, each name once
 * (TgMember: name, and the position and organization of their latest
 * commission), in Kazakh alphabetical order: the people a new commission
 * is formed from. */
GPtrArray  *tg_store_list_commission_people (TgStore       *self,
                                             GError       **error);

/* The date the next step of the case is due (YYYY-MM-DD), as the list
 * shows it, or NULL. */
char       *tg_store_case_deadline     (TgStore            *self,
                                        const char         *id_or_number,
                                        GError            **error);

/* --- integrity ------------------------------------------------------------ */

/* Checks every history chain, each case's stored contents against the
 * digest its history last recorded, and PRAGMA integrity_check; appends a
 * translated message per problem to @problems. TRUE when all is well. */
gboolean    tg_store_verify            (TgStore     *self,
                                        GPtrArray   *problems,
                                        GError     **error);
/* tg_store_verify, and how many intact cases could not have their
 * contents checked: their last change predates content digests. */
gboolean    tg_store_verify_full       (TgStore     *self,
                                        GPtrArray   *problems,
                                        guint       *n_unchecked,
                                        GError     **error);

/* --- bulk work (demo data, imports) ------------------------------------- */

/* Groups many calls into one transaction. Calls made inside do not commit
 * on their own; tg_store_rollback undoes all of them. They nest without
 * savepoints, so a call inside that fails cannot be undone alone: once
 * one has failed, tg_store_commit rolls everything back and says so. */
gboolean    tg_store_begin             (TgStore     *self,
                                        GError     **error);

/* How bulk work writes what is derived from the rows (issue 18).
 * AUTO: the statistics are counted once before COMMIT, and once the
 * transaction has added many cases (TG_STORE_BULK_MIN_CASES and a fifth of
 * those there were) the secondary indexes are set aside and built after
 * the rows, before COMMIT, so that the work stays all or nothing.
 * ALWAYS: the indexes from the first case; NEVER: the indexes kept row
 * by row. ROW_BY_ROW: the statistics too, by their triggers, as before
 * issue 18. The last three are for comparisons (tests, benchmarks). */
typedef enum
{
  TG_STORE_BULK_AUTO,
  TG_STORE_BULK_ALWAYS,
  TG_STORE_BULK_NEVER,
  TG_STORE_BULK_ROW_BY_ROW,
} TgStoreBulkPolicy;

/* Rebuilding the indexes did not pay up to here: 50 000 and 200 000 cases
 * imported into an empty database took the same CPU time with the
 * indexes kept row by row (docs/performance.md). Beyond, the indexes of a
 * million cases no longer fit the page cache. */
#define TG_STORE_BULK_MIN_CASES 200000

/* For the next tg_store_begin on @self. */
void        tg_store_set_bulk_policy   (TgStore           *self,
                                        TgStoreBulkPolicy  policy);
gboolean    tg_store_commit            (TgStore     *self,
                                        GError     **error);
void        tg_store_rollback          (TgStore     *self);

G_END_DECLS
