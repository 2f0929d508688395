/* tg-store-private.h — shared by the tg-store*.c files only
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Names no engine's type: the store's shared files reach the database
 * through tg-db.h. What one engine does its own way is an "engine hook"
 * below, implemented by each engine in its own file (docs/architecture.md,
 * "The store's engines").
 */
#pragma once

#include "tg-db.h"
#include "tg-store.h"
#include "tg-store-command.h"   /* tg_store_today */
#include "tg-content-spool.h"

G_BEGIN_DECLS

/* PRAGMA application_id of a Tergeu database (schema 5 on): "Tgru". */
#define TG_STORE_APPLICATION_ID 1416065653

typedef struct _TgStoreEngine TgStoreEngine;

/* What a cache of reads is valid for (the search's matches, its
 * expression): the state of the database as this connection last saw
 * it. Another stamp that differs means something may have been written
 * since: a commit or rollback here (generation), a row changed here, even
 * uncommitted (total changes), or a commit by another connection (data
 * version, as of now: on the server after a round trip). */
typedef struct
{
  guint64 generation;
  gint64  total_changes;
  gint64  data_version;
} TgStoreStamp;

struct _TgStore
{
  GObject      parent_instance;

  TgDb        *db;          /* the engine's connection (tg-db.h) */
  /* The engine hooks of that connection's engine (below). */
  const TgStoreEngine *engine;
  char        *path;
  char        *actor;
  TgCalendar  *calendar;
  guint        tx_depth;    /* 0: autocommit; 1: BEGIN; >1: savepoints */
  /* Bulk work (tg_store_begin: imports, demo data) is all or nothing, so
   * the calls inside it nest flat, without savepoints: a savepoint keeps
   * every page changed under it in memory until it ends, which for a case
   * whose insert flushes the full-text index is tens of megabytes, and
   * it made a 100 000-case import take 43 s instead of 26. A nested
   * rollback there cannot undo its part alone and dooms the whole
   * transaction instead. */
  gboolean     bulk;
  gboolean     doomed;
  /* SQLite's (tg-store-sqlite.c): full-text rows written inside a
   * transaction are held until its outer COMMIT: FTS5 flushes its pending terms at every statement journal
   * (savepoints, triggers, foreign keys), so writing them one case at a
   * time costs a segment per case. fts_marks[d] is fts_pending's length
   * when depth d+1 began, for savepoint rollbacks. */
  GArray      *fts_pending;  /* TgFtsRow */
  GArray      *fts_marks;    /* guint */
  /* Statistics in bulk work (issue 18): the stat_* triggers cost 44 % of
   * writing a case's rows (five cell upserts and two cause rows a case).
   * tg_store_begin drops them inside its transaction; the cells of new
   * cases (row id >= first_new) are added once, grouped, before COMMIT, and
   * an older case written in the transaction is taken out before its
   * first write (temp.stat_touched) and put back in with them. The
   * triggers come back before COMMIT, or with the ROLLBACK. */
  struct
  {
    GPtrArray *triggers;      /* their CREATE statements; NULL: not deferred */
    gint64     first_new;
  } stats;
  /* Bulk mode (issue 18): once bulk work has inserted @threshold cases,
   * the secondary indexes the work does not read are dropped and made
   * again before COMMIT, by sorting, instead of one random insert per row
   * in each of fifteen indexes (which, beyond the page cache, went
   * through the WAL). */
  struct
  {
    TgStoreBulkPolicy policy;
    guint      inserted;      /* cases inserted in this bulk transaction */
    guint      threshold;     /* 0: never */
    GPtrArray *indexes;       /* their CREATE statements; NULL: in place */
  } bulk_mode;
  /* The results of the file being imported (tg-store-exchange.c), one
   * byte a case by its seq in temp.exchange_cases: updating that row for
   * each case rewrote it a second time. @last_id was noted last. */
  struct
  {
    GByteArray *results;      /* 0xff: none */
    gint64      last_seq;
    char       *last_id;
  } exchange;
  /* Bumped at every commit and rollback on this connection, so that what
   * was read before (the search cache) is never taken for current. */
  guint64      generation;
  /* generation + 1 when the engine's receive hook ran in the current
   * transaction (0: not yet). */
  guint64      received_generation;
  /* _tg_store_data_version at the last tg_store_poll_changes (or opening). */
  gint64       polled_version;
  /* The office server's (tg-pg-store.c): the commits of other connections
   * it was told of (LISTEN tergeu_changes), this connection's changes when
   * it last told the others, a document's content bound whole until its
   * statement has run, and what the server's statistics said of the
   * search's documents when last asked (tg-pg-query.c): how many, the
   * shares of them the commonest prefixes are in (parts per million),
   * and the least of those shares (-1: none listed). */
  struct
  {
    gint64      notified;
    gint64      told_changes;
    GBytes     *content;
    gint64      n_documents;
    GHashTable *prefix_ppm;
    int         least_ppm;
    gint64      stats_read;
  } server;
  /* The matches of the last full-text search (tg-store-query.c): the
   * desktop list counts, then asks for pages of the same search. */
  struct
  {
    char      *expr;          /* the engine's expression; NULL: nothing cached */
    GArray    *rowids;        /* gint64, ascending; NULL: not read (yet) */
    guint64    n_cases;       /* all the cases then; 0: not counted */
    TgStoreStamp stamp;       /* when read */
    /* The other filters of the last search that had some, as their SQL
     * and parameters, the rows they leave (or at least so many), and the
     * matches among those (query_matches). */
    char      *filters;
    guint64    filtered_rows;
    GArray    *narrowed;
    GArray    *tested;        /* the matches sql_is_match tests (not owned) */
    GBytes    *bitmap;        /* matches, a bit a rowid (walk_bitmap)… */
    GArray    *bitmap_of;     /* …these (not owned); NULL: none made */
    guint64    probes;        /* rows a walk may still read (sql_is_match, SQLite) */
    gboolean   exhausted;     /* they ran out (SQLite's walk fails then) */
  } search;
  /* The full-text expression of the last typed search, with the words its
   * words are inside of (tg-store-search.c): looked up again once
   * anything was written here, or another desk has committed. */
  struct
  {
    char      *search;        /* as typed; NULL: nothing cached */
    char      *expr;          /* the engine's; NULL: no word */
    TgStoreStamp stamp;       /* when looked up */
  } typed;
  /* Words this connection knows search_words has (tg-store-search.c):
   * a case saved again, or an import's cases that share their words,
   * write none of them again. Forgotten at any rollback. */
  GHashTable  *known_words;
};

typedef struct
{
  gint64  rowid;
  char   *columns[6];   /* number, employer, bin, victims, iins, place */
  gboolean none;        /* the case has no row: it was removed */
} TgFtsRow;

/* --- statements (tg-store.c) --------------------------------------------- */

/* A prepared, reset statement for @sql, cached for the store's lifetime. */
TgDbStmt     *_tg_store_stmt          (TgStore       *self,
                                       const char    *sql,
                                       GError       **error);
/* A statement of its own (free it: g_autoptr(TgDbStmt)), for one that
 * stays open while others run or that runs once. */
TgDbStmt     *_tg_store_prepare       (TgStore       *self,
                                       const char    *sql,
                                       GError       **error);
gboolean      _tg_store_exec          (TgStore       *self,
                                       const char    *sql,
                                       GError       **error);
/* Steps a statement whose rows do not matter, and resets it. */
gboolean      _tg_store_step_done     (TgStore       *self,
                                       TgDbStmt      *stmt,
                                       GError       **error);
/* Steps an `INSERT … RETURNING rowid` to its end: the new row's id goes
 * to @rowid (0 when nothing was inserted: ON CONFLICT DO NOTHING). */
gboolean      _tg_store_insert_returning (TgStore    *self,
                                          TgDbStmt   *stmt,
                                          gint64     *rowid,
                                          GError    **error);
/* The connection's last error, in the store's words (TG_STORE_ERROR). */
gboolean      _tg_store_set_db_error  (TgStore       *self,
                                       GError       **error);
/* The same for @db_error (TG_DB_ERROR, or NULL: could not open), which
 * is consumed. */
gboolean      _tg_store_take_db_error (TgStore       *self,
                                       GError        *db_error,
                                       GError       **error);

/* Transactions nest: the outermost is the engine's BEGIN (SQLite's
 * IMMEDIATE), inner ones are savepoints, so every public call is atomic
 * inside a bulk transaction. */
gboolean      _tg_store_tx_begin      (TgStore       *self,
                                       GError       **error);
gboolean      _tg_store_tx_commit     (TgStore       *self,
                                       GError       **error);
void          _tg_store_tx_rollback   (TgStore       *self);
/* A transaction that only reads and sees one state of the database (the
 * engine's; ended by ROLLBACK), outside the nesting above. */
gboolean      _tg_store_begin_read    (TgStore       *self,
                                       GError       **error);
/* Ends it, if it is still open. */
void          _tg_store_end_read      (TgStore       *self);
/* Begins one unless a transaction is open (then the reads happen in
 * that one's state); *@own: this call began it, and its caller ends it. */
gboolean      _tg_store_begin_own_read (TgStore      *self,
                                        gboolean     *own,
                                        GError      **error);

/* The shared part of opening: the working-day calendar, seeded in a new
 * database (SQLite's; `server init` seeds a server's) and loaded. */
gboolean      _tg_store_open_calendar (TgStore       *self,
                                       GError       **error);
gboolean      _tg_store_load_calendar (TgStore       *self,
                                       GError       **error);
/* The seeding itself: @sql with three parameters (date, kind, note), to
 * run once per entry of @entries (of TgCalendarEntry,
 * tg_calendar_default_entries); then the setting "calendar-seeded" = "1". */
extern const char _tg_store_sql_seed_calendar[];
void          _tg_store_calendar_seed_params (const TgCalendarEntry *entry,
                                              char                 **date,
                                              const char           **kind,
                                              const char           **note);

/* The office server's opening (tg-pg-store.c), for a location that names
 * one (tg-store-location.h). */
TgStore      *_tg_pg_store_open       (const char    *location,
                                       GError       **error);
gboolean      _tg_pg_store_is_database (const char   *location,
                                        GError      **error);

/* --- engine hooks ---------------------------------------------------------
 * What each engine does its own way: a table of functions per engine,
 * which the store's connection points at (self->engine), and the calls
 * below that go through it (one indirect call, as tg-db.h's). SQLite's
 * table is _tg_store_sqlite_engine (its functions in tg-store-sqlite.c,
 * tg-store-query-sqlite.c and tg-store-statistics-sqlite.c); the office
 * server's is _tg_store_pg_engine (tg-pg-store.c, tg-pg-query.c).
 *
 * What is held per transaction for SQLite alone (full-text rows until
 * COMMIT, the statistics triggers set aside, the indexes of bulk mode) is
 * never held on the server: the functions that write or forget it
 * (_tg_store_fts_flush, _tg_store_fts_tx_*, _tg_store_stats_touch,
 * _apply, _forget, _tg_store_bulk_build_indexes) find nothing to do there
 * and are called directly.
 */
/* The columns a list orders by (tg-store-query.c, order_by), with the
 * rowid: what the server's cases_keys holds (pg/schema.sql). */
#define TG_STORE_SORT_KEYS \
  "rowid, number, occurred, employer_name, deadline, region, n_victims, n_deaths, state"

struct _TgStoreEngine
{
  /* Writes (or, inside a transaction, may hold until COMMIT) the
   * full-text row of a case; @columns NULL: the case is removed and has
   * no row (the caller has deleted the old one), which a row held earlier
   * must not bring back. cases_fts holds exactly the cases that are not
   * deleted, so that a search counts its matches from the index alone. */
  gboolean    (*put_fts)        (TgStore *self, gint64 rowid, const char *columns[6], GError **error);
  /* Before the outer COMMIT of a write transaction: what was held for it
   * is written (SQLite's full-text rows), the other desks are told
   * (the server). */
  gboolean    (*before_commit)  (TgStore *self, GError **error);
  /* The engine's full-text expression of the user's @search (each word a
   * prefix, its syntax escaped), or NULL when it has no word. A typed
   * word (as g_strsplit_set (search, " \t\n") splits them) that @inside
   * has may also be any of the words it maps to (a GPtrArray of words of
   * search_words, lower-case; tg-store-search.c). */
  char       *(*fts_expression) (const char *search, GHashTable *inside);
  /* The row ids of the cases matching @expr, ascending, appended to
   * @rowids. */
  gboolean    (*fts_matches)    (TgStore *self, const char *expr, GArray *rowids, GError **error);
  /* Those of @candidates (row ids, ascending) matching @expr, each
   * checked by itself, ascending, appended to @rowids; *@checked FALSE
   * when the engine cannot check @expr so. NULL: the engine finds all the
   * matches of @expr as cheaply (tg-store-query.c, query_matches). */
  gboolean    (*fts_matches_among) (TgStore *self, const char *expr, GArray *candidates, GArray *rowids,
                                    gboolean *checked, GError **error);
  /* The SQL condition on `cases` that its rowid is in one parameter
   * listing the cached matches (a JSON array); what follows `FROM cases`
   * so that such rows are looked up by their rowid, whatever other
   * filters the statement has. */
  const char *sql_rowid_in_list;
  const char *sql_rowid_lookup;
  /* Adds the words of one parameter, a JSON array of strings, to
   * search_words, those it has already left as they are; the words of
   * search_words with one parameter (letters only) inside, some perhaps
   * at their start (a trigram index finds them). */
  const char *sql_add_search_words;
  const char *sql_words_containing;
  /* Whether a rowid is among the cached matches, as SQL on the rows of
   * `cases` (tg-store-query.c: a walk along a list's order, the rows other
   * filters leave counted). It may test them in the client, and stop a
   * walk after self->search.probes rows by failing with
   * self->search.exhausted set (SQLite, in its own process); or, with
   * walk_bitmap, test them against a parameter ?1, a bytea of a bit a
   * rowid, bit r of byte r / 8 counted from the lowest: the matches,
   * sent to a server once rather than each row of the order to the
   * client. It comes first in its statement's text, so that the other
   * parameters follow ?1. */
  const char *sql_is_match;
  gboolean    walk_bitmap;
  /* An aggregate of the rowids of the rows whose column `hit` is true, as
   * text: integers between brackets or braces, separated by commas. */
  const char *sql_rowids_agg;
  /* The rows a walk may read per match before looking the matches up
   * would have been cheaper (docs/performance.md); the rows of other
   * filters a search may read and test per match before looking its
   * matches up and filtering them would (tg-store-query.c,
   * narrow_matches). */
  guint       walk_per_match;
  guint       filter_rows_per_match;
  /* Whether an index holds the list orders' keys (TG_STORE_SORT_KEYS) by
   * rowid, so that a page of many looked-up matches is cheaper found by
   * its rowids first (tg-store-query.c, run_list_sql). */
  gboolean    sort_keys_by_rowid;
  /* The oversight queries' words (tg-store-oversight.c): what follows
   * `FROM cases c` to keep the planner on cases_control. */
  const char *sql_control_index;
  /* Makes (if need be) and empties the connection's own table of the
   * cases of the file being imported (tg-store-exchange.c), named
   * exchange_cases without its schema (both engines look among the
   * connection's temporary tables first): rowid numbered by the engine
   * (SQLite's seq INTEGER PRIMARY KEY), id (unique), number, result. */
  const char *sql_exchange_cases;
  /* A join whose order the planner keeps (with ON). */
  const char *sql_cross_join;
  /* A number that changes when another connection commits; @ask: as of
   * now (the server: after a round trip), not as of what has arrived
   * (the server: the notices read from the connection without asking,
   * which the window's poll makes do with). */
  gboolean    (*data_version)   (TgStore *self, gboolean ask, gint64 *version, GError **error);
  /* A number that changes when this connection changes a row, even
   * uncommitted. */
  gint64      (*total_changes)  (TgStore *self);
  /* Binds @size bytes of a document's content, spooled in @spool at
   * @offset, in @stmt (SQLite: room for it, filled by document_fill once
   * the row is there; the server: the content itself). */
  gboolean    (*document_bind)  (TgStore *self, TgDbStmt *stmt, int index, TgContentSpool *spool,
                                 goffset offset, gsize size, GError **error);
  /* Fills the content of the document @doc_id of the case at @case_rowid,
   * just inserted, from @spool. */
  gboolean    (*document_fill)  (TgStore *self, gint64 case_rowid, const char *doc_id,
                                 TgContentSpool *spool, goffset offset, gsize size, GError **error);
  /* Bulk work (tg_store_begin): the statistics triggers deferred, and
   * whether its secondary indexes may be set aside once enough cases
   * were inserted (then built again before COMMIT). */
  gboolean    (*stats_defer)    (TgStore *self, GError **error);
  gboolean    bulk_indexes;
  gboolean    (*bulk_set_indexes_aside) (TgStore *self, GError **error);
  /* A problem per damage the engine finds in its files. */
  gboolean    (*check_integrity) (TgStore *self, GPtrArray *problems, GError **error);
  /* tergeu-cli copy (tg-store-copy.c): the columns a table's rows are
   * written with, one a row, in order (one parameter: the table's name;
   * columns the engine computes itself are left out); what the engine
   * does in the destination's transaction before the rows (the server:
   * keep the actors of the chains being copied) and after them (the
   * server: move the row id sequences past the copied ids). */
  const char *sql_columns;
  /* Before the first history entry of the transaction whose actor is not
   * the store's (history received from elsewhere): the server keeps such
   * authors only when told, and records who wrote them here. NULL: the
   * engine writes every actor as given. */
  gboolean    (*receive)        (TgStore *self, GError **error);
  gboolean    (*copy_begin)     (TgStore *self, GError **error);
  gboolean    (*copy_end)       (TgStore *self, GError **error);
};

extern const TgStoreEngine _tg_store_sqlite_engine;
extern const TgStoreEngine _tg_store_pg_engine;

/* SQLite's library configuration, before the first connection
 * (tg-store-sqlite.c); the server's needs none. */
void          _tg_store_init_engine_library (void);

static inline gboolean
_tg_store_put_fts (TgStore    *self,
                   gint64      rowid,
                   const char *columns[6],
                   GError    **error)
{
  return self->engine->put_fts (self, rowid, columns, error);
}

static inline gboolean
_tg_store_fts_matches_among (TgStore    *self,
                             const char *expr,
                             GArray     *candidates,
                             GArray     *rowids,
                             gboolean   *checked,
                             GError    **error)
{
  return self->engine->fts_matches_among (self, expr, candidates, rowids, checked, error);
}

static inline gboolean
_tg_store_fts_matches (TgStore    *self,
                       const char *expr,
                       GArray     *rowids,
                       GError    **error)
{
  return self->engine->fts_matches (self, expr, rowids, error);
}

static inline gboolean
_tg_store_data_version (TgStore *self,
                        gboolean ask,
                        gint64  *version,
                        GError **error)
{
  return self->engine->data_version (self, ask, version, error);
}

static inline gint64
_tg_store_total_changes (TgStore *self)
{
  return self->engine->total_changes (self);
}

static inline gboolean
_tg_store_check_integrity (TgStore   *self,
                           GPtrArray *problems,
                           GError   **error)
{
  return self->engine->check_integrity (self, problems, error);
}

/* Writes the full-text row of the case at @rowid (the old one was
 * deleted with its other rows: tg-store-write.c). */
gboolean      _tg_store_write_fts_row (TgStore       *self,
                                       gint64         rowid,
                                       char          *const columns[6],
                                       GError       **error);
/* A typed word of letters only, this many or more, also finds the words
 * that have it inside (tg-store-search.c): three letters are a syllable,
 * the shortest part of a name an investigator remembers; fewer would find
 * nearly every word. */
#define TG_STORE_SEARCH_INSIDE_MIN 3

static inline gboolean
_tg_store_stamp_equal (const TgStoreStamp *a,
                       const TgStoreStamp *b)
{
  return a->generation == b->generation && a->total_changes == b->total_changes &&
         a->data_version == b->data_version;
}

/* The stamp of the database's state now (asking the server). */
gboolean      _tg_store_take_stamp        (TgStore      *self,
                                           TgStoreStamp *stamp,
                                           GError      **error);
/* The engine's full-text expression of @search (NULL when it has no
 * word), with the words each typed word is inside of. Kept while the
 * database's state is @stamp. */
gboolean      _tg_store_search_expression (TgStore            *self,
                                           const char         *search,
                                           const TgStoreStamp *stamp,
                                           char              **expr,
                                           GError            **error);
/* Forgets the expression of the last typed search. */
void          _tg_store_search_clear      (TgStore     *self);
/* Forgets which words search_words has (a rollback may have taken some
 * back). */
void          _tg_store_search_forget_words (TgStore   *self);
/* Adds the words of a case's full-text row to search_words. */
gboolean      _tg_store_add_search_words  (TgStore           *self,
                                           const char *const  columns[6],
                                           GError           **error);
/* Fills search_words from every row of cases_fts (a schema upgrade). */
gboolean      _tg_store_fill_search_words (TgStore     *self,
                                           GError     **error);
/* Steps @stmt, whose rows are row ids, appending them to @rowids. */
gboolean      _tg_store_read_rowids   (TgStore       *self,
                                       TgDbStmt      *stmt,
                                       GArray        *rowids,
                                       GError       **error);
/* @rowids (gint64) as a JSON array, for the engine's sql_rowid_in_list. */
char         *_tg_store_rowids_json   (GArray        *rowids);
/* Orders two gint64 row ids (g_array_sort, bsearch). */
int           _tg_store_compare_rowids (gconstpointer  a,
                                        gconstpointer  b);
/* The one integer @sql returns (-1 for NULL). */
gboolean      _tg_store_query_int64   (TgStore       *self,
                                       const char    *sql,
                                       gint64        *value,
                                       GError       **error);

/* SQLite's full-text rows held in a transaction (tg-store-sqlite.c),
 * made and freed with the store, marked when a transaction or savepoint
 * begins and dropped when it is rolled back; written by
 * _tg_store_fts_flush. */
void          _tg_store_fts_init      (TgStore       *self);
void          _tg_store_fts_clear     (TgStore       *self);
void          _tg_store_fts_tx_begin  (TgStore       *self);
void          _tg_store_fts_tx_end    (TgStore       *self,
                                       gboolean       rolled_back);
gboolean      _tg_store_fts_flush     (TgStore       *self,
                                       GError       **error);

/* SQLite's indexes set aside by bulk mode, built again before COMMIT. */
gboolean      _tg_store_bulk_build_indexes (TgStore      *self,
                                            GError      **error);

/* Appends an entry to the hash chain of the case at @case_rowid and moves
 * the chain's head in the cases row. @at NULL: now; @actor NULL: the
 * store's actor. */
gboolean      _tg_store_history_append (TgStore     *self,
                                        gint64       case_rowid,
                                        const char  *case_id,
                                        const char  *at,
                                        const char  *actor,
                                        const char  *action,
                                        const char  *details,
                                        const char  *before,
                                        const char  *after,
                                        GError     **error);

/* Appends @entries (TgHistoryEntry: at, actor, action, details, before,
 * after) in order, chaining them in memory and moving the head once. */
gboolean      _tg_store_history_append_many (TgStore    *self,
                                             gint64      case_rowid,
                                             const char *case_id,
                                             GPtrArray  *entries,
                                             GError    **error);

/* --- contents digest (tg-store-digest.c) --------------------------------- */

/* SHA-256 (hex) of the stored rows of the case at @rowid. */
char         *_tg_store_content_digest (TgStore     *self,
                                        gint64       rowid,
                                        GError     **error);
/* Seals the contents of the case at @rowid, written without a history
 * entry of their own, against its chain's head. */
gboolean      _tg_store_seal_contents  (TgStore     *self,
                                        gint64       rowid,
                                        const char  *case_id,
                                        GError     **error);

/* What `verify` knows of a case whose chain is intact. */
typedef struct
{
  gint64      rowid;
  const char *id;
  const char *number;
  const char *head;          /* the chain's head */
  const char *seal;          /* contents_seal, or NULL */
  const char *last_digest;   /* the last entry's digest, or NULL */
  const char *last_at;
  const char *last_action;
} TgContentRecord;

/* Compares the case's contents with what was recorded of them; a problem
 * per mismatch. A case with nothing recorded counts in *@n_unchecked. */
gboolean      _tg_store_check_contents (TgStore               *self,
                                        const TgContentRecord *record,
                                        GPtrArray             *problems,
                                        guint                 *n_unchecked,
                                        GError               **error);

/* SQLite's statistics deferred in bulk work (tg-store-statistics-sqlite.c,
 * through stats_defer of the engine): before an older case is written in
 * it, before its COMMIT, and after its ROLLBACK. The server's PL/pgSQL
 * triggers keep the cells whatever the work (ordinary roles may not drop
 * them). */
gboolean      _tg_store_stats_touch   (TgStore       *self,
                                       gint64         rowid,
                                       GError       **error);
gboolean      _tg_store_stats_apply   (TgStore       *self,
                                       GError       **error);
void          _tg_store_stats_forget  (TgStore       *self);

/* A case was inserted in the current transaction (tg-store-write.c). */
gboolean      _tg_store_bulk_note_insert (TgStore    *self,
                                          GError    **error);

/* Forgets the cached search (on closing). */
void          _tg_store_query_clear   (TgStore       *self);

/* SQLite's migrations (tg-store-schema-sqlite.c), run by tg_store_open
 * inside one transaction; a server is upgraded by `tergeu-cli server init`
 * (tg-pg-server.c). */
gboolean      _tg_store_migrate       (TgStore       *self,
                                       GError       **error);

/* Row id of the case with @id_or_number, or 0. */
gint64        _tg_store_case_rowid    (TgStore       *self,
                                       const char    *id_or_number,
                                       GError       **error);

/* tg_store_insert_case for a caller that has checked @kase against every
 * rule itself (the importer, which reports each problem at its line in
 * the file): the rules are not run a second time. The row is written as
 * received from @sender (NULL: nobody); @now, when given, is the time of
 * registration of a case without one (one clock reading serves the
 * importer's registration and receipt). The new row id goes to @rowid. */
gboolean      _tg_store_insert_checked_case (TgStore    *self,
                                             TgCase     *kase,
                                             const char *sender,
                                             const char *now,
                                             gint64     *rowid,
                                             GError    **error);

/* Writes every column and child row of @kase at @rowid (0: insert). */
gboolean      _tg_store_write_case    (TgStore       *self,
                                       TgCase        *kase,
                                       gint64        *rowid,
                                       GError       **error);
/* _tg_store_write_case; a new row (*@rowid 0) is inserted as received from
 * @received_from (NULL: made here) at the case's revision, so that an
 * import does not write it again for the receipt. */
gboolean      _tg_store_write_case_full (TgStore    *self,
                                         TgCase     *kase,
                                         gint64     *rowid,
                                         const char *received_from,
                                         GError    **error);
/* Schema 5: the plain settings that are dated now become entries. */
gboolean      _tg_store_settings_migrate_dated (TgStore  *self,
                                                GError  **error);

/* The date the next step of @kase is due, or NULL (see tg-store-query.c);
 * @state_since is the date the case entered its current state. */
char         *_tg_store_deadline_of   (TgStore       *self,
                                       TgCase        *kase,
                                       const char    *state_since);
/* Reads the case at @rowid whole (documents without content). */
TgCase       *_tg_store_read_case     (TgStore       *self,
                                       gint64         rowid,
                                       GError       **error);
/* Replaces @kase's history list with the stored chain. */
gboolean      _tg_store_read_history  (TgStore       *self,
                                       gint64         rowid,
                                       TgCase        *kase,
                                       GError       **error);

G_END_DECLS
