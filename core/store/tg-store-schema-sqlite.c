/* tg-store-schema-sqlite.c — the SQLite database's schema and its migrations
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SQLite-only (issue 17): the tables, indexes, triggers and the FTS5 table
 * of an SQLite file, and the migrations of files written by older
 * versions. The PostgreSQL schema is written apart (tergeu-cli server
 * init); _tg_store_migrate is the engine hook.
 *
 * The schema version is PRAGMA user_version. Each migration takes the
 * database from version N to N+1 and says why; they run in order, all in
 * one transaction, after a backup copy of the file has been made. A
 * database newer than TG_STORE_SCHEMA_VERSION is refused, never guessed at.
 * Old databases of every version are kept in tests/data/ and upgraded by
 * the tests.
 */
#define G_LOG_DOMAIN "tg-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-store-backup.h"
#include "tg-legal-form.h"
#include "tg-store-private.h"

/* 0→1: the first schema. Text columns for enums hold their nicks, so the
 * file reads the same as the exchange format and survives reordering of
 * the C enums. */
static const char schema_1[] =
  "CREATE TABLE cases ("
  "  rowid INTEGER PRIMARY KEY,"
  "  id TEXT NOT NULL UNIQUE,"
  "  number TEXT NOT NULL UNIQUE,"
  "  region TEXT NOT NULL,"
  "  year INTEGER NOT NULL,"
  "  revision INTEGER NOT NULL,"
  "  state TEXT NOT NULL, state_since TEXT NOT NULL,"
  "  deleted INTEGER NOT NULL DEFAULT 0,"
  "  registered_at TEXT NOT NULL,"
  "  employer_name TEXT, employer_bin TEXT, employer_activity TEXT, employer_address TEXT,"
  "  occurred TEXT, reported TEXT, place TEXT, circumstances TEXT,"
  "  hazardous INTEGER NOT NULL DEFAULT 0, group_poisoning INTEGER NOT NULL DEFAULT 0,"
  /* derived from the victims, kept for lists and statistics */
  "  n_victims INTEGER NOT NULL DEFAULT 0, n_deaths INTEGER NOT NULL DEFAULT 0,"
  "  n_severe INTEGER NOT NULL DEFAULT 0, severity TEXT, is_group INTEGER NOT NULL DEFAULT 0,"
  "  jurisdiction TEXT,"
  /* investigation */
  "  body TEXT NOT NULL DEFAULT 'none',"
  "  has_commission INTEGER NOT NULL DEFAULT 0, order_number TEXT, order_date TEXT,"
  "  started TEXT, due TEXT, effective_due TEXT,"
  "  has_findings INTEGER NOT NULL DEFAULT 0, work_related INTEGER, ground TEXT,"
  "  fault_employer INTEGER, fault_employee INTEGER,"
  "  act_number TEXT, act_date TEXT,"
  /* the date the next step is due (see tg-store-query.c) */
  "  deadline TEXT,"
  "  history_head TEXT NOT NULL, history_count INTEGER NOT NULL DEFAULT 0,"
  /* exchange bookkeeping (exchange-format.md, Revisions) */
  "  received_from TEXT, received_revision INTEGER, revision_at_receipt INTEGER"
  ");"
  "CREATE INDEX cases_state ON cases (state, number) WHERE deleted = 0;"
  "CREATE INDEX cases_region ON cases (region, number) WHERE deleted = 0;"
  "CREATE INDEX cases_year ON cases (year, number) WHERE deleted = 0;"
  "CREATE INDEX cases_deadline ON cases (deadline, number) WHERE deadline IS NOT NULL AND deleted = 0;"
  "CREATE INDEX cases_occurred ON cases (occurred) WHERE deleted = 0;"
  "CREATE TABLE victims ("
  "  case_rowid INTEGER NOT NULL REFERENCES cases (rowid), pos INTEGER NOT NULL,"
  "  id TEXT NOT NULL, full_name TEXT, iin TEXT, birth_date TEXT, sex TEXT,"
  "  occupation TEXT, injury TEXT, severity TEXT NOT NULL, died_on TEXT,"
  "  PRIMARY KEY (case_rowid, pos)) WITHOUT ROWID;"
  "CREATE TABLE members ("
  "  case_rowid INTEGER NOT NULL REFERENCES cases (rowid), pos INTEGER NOT NULL,"
  "  role TEXT NOT NULL, full_name TEXT, position TEXT, organization TEXT,"
  "  PRIMARY KEY (case_rowid, pos)) WITHOUT ROWID;"
  "CREATE INDEX members_name ON members (full_name);"
  "CREATE TABLE extensions ("
  "  case_rowid INTEGER NOT NULL REFERENCES cases (rowid), pos INTEGER NOT NULL,"
  "  granted TEXT, new_due TEXT, granted_by TEXT, reason TEXT,"
  "  PRIMARY KEY (case_rowid, pos)) WITHOUT ROWID;"
  "CREATE TABLE findings_items ("
  "  case_rowid INTEGER NOT NULL REFERENCES cases (rowid), kind TEXT NOT NULL,"
  "  pos INTEGER NOT NULL, text TEXT NOT NULL,"
  "  PRIMARY KEY (case_rowid, kind, pos)) WITHOUT ROWID;"
  "CREATE TABLE disputes ("
  "  case_rowid INTEGER NOT NULL REFERENCES cases (rowid), pos INTEGER NOT NULL,"
  "  id TEXT NOT NULL, filed_by TEXT NOT NULL, subject TEXT NOT NULL, filed TEXT,"
  "  status TEXT NOT NULL, due TEXT, claim TEXT, outcome TEXT NOT NULL DEFAULT 'none',"
  "  decided_on TEXT, decided_by TEXT, reasoning TEXT,"
  "  appeal_court TEXT, appeal_filed TEXT, appeal_result TEXT,"
  "  PRIMARY KEY (case_rowid, pos)) WITHOUT ROWID;"
  "CREATE INDEX disputes_open ON disputes (case_rowid) WHERE status IN ('filed', 'under-review');"
  "CREATE TABLE dispute_positions ("
  "  case_rowid INTEGER NOT NULL REFERENCES cases (rowid), dispute_pos INTEGER NOT NULL,"
  "  pos INTEGER NOT NULL, party TEXT, text TEXT,"
  "  PRIMARY KEY (case_rowid, dispute_pos, pos)) WITHOUT ROWID;"
  "CREATE TABLE requests ("
  "  case_rowid INTEGER NOT NULL REFERENCES cases (rowid), pos INTEGER NOT NULL,"
  "  id TEXT NOT NULL, addressee TEXT, subject TEXT, sent TEXT, due TEXT,"
  "  answered TEXT, answer TEXT, blocking INTEGER NOT NULL DEFAULT 0,"
  "  PRIMARY KEY (case_rowid, pos)) WITHOUT ROWID;"
  "CREATE INDEX requests_due ON requests (due) WHERE answered IS NULL;"
  /* Documents are never removed, only marked; content is immutable. */
  "CREATE TABLE documents ("
  "  case_rowid INTEGER NOT NULL REFERENCES cases (rowid), id TEXT NOT NULL,"
  "  pos INTEGER NOT NULL, title TEXT, file_name TEXT, media_type TEXT,"
  "  sha256 TEXT NOT NULL, size INTEGER NOT NULL, content BLOB,"
  "  removed INTEGER NOT NULL DEFAULT 0,"
  "  PRIMARY KEY (case_rowid, id));"
  /* Append-only and hash-chained per case (tg-history.h). */
  "CREATE TABLE history ("
  "  seq INTEGER PRIMARY KEY,"
  "  case_rowid INTEGER NOT NULL REFERENCES cases (rowid),"
  "  at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,"
  "  details TEXT, before TEXT, after TEXT,"
  "  prev_hash TEXT NOT NULL, hash TEXT NOT NULL);"
  "CREATE INDEX history_case ON history (case_rowid, seq);"
  "CREATE TRIGGER history_no_update BEFORE UPDATE ON history"
  "  BEGIN SELECT RAISE (ABORT, 'history is append-only'); END;"
  "CREATE TRIGGER history_no_delete BEFORE DELETE ON history"
  "  BEGIN SELECT RAISE (ABORT, 'history is append-only'); END;"
  "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;"
  "CREATE TABLE calendar_entries ("
  "  date TEXT PRIMARY KEY, kind TEXT NOT NULL, note TEXT) WITHOUT ROWID;"
  /* Registration numbers are allocated per region and year, no gaps. */
  "CREATE TABLE number_sequence ("
  "  region TEXT NOT NULL, year INTEGER NOT NULL, last INTEGER NOT NULL,"
  "  PRIMARY KEY (region, year)) WITHOUT ROWID;"
  "CREATE TABLE order_sequence (year INTEGER PRIMARY KEY, last INTEGER NOT NULL);"
  /* Exchange: what was last received of each case from each sender, the
   * incoming versions that conflict, and the hash-chained import log. */
  "CREATE TABLE receipts ("
  "  case_rowid INTEGER NOT NULL REFERENCES cases (rowid), sender TEXT NOT NULL,"
  "  revision INTEGER NOT NULL, at TEXT NOT NULL,"
  "  PRIMARY KEY (case_rowid, sender)) WITHOUT ROWID;"
  "CREATE TABLE conflicts ("
  "  rowid INTEGER PRIMARY KEY,"
  "  case_rowid INTEGER NOT NULL REFERENCES cases (rowid), sender TEXT NOT NULL,"
  "  revision INTEGER NOT NULL, base_revision INTEGER, received_at TEXT NOT NULL,"
  "  file_name TEXT, incoming TEXT NOT NULL,"
  "  resolved_at TEXT, resolution TEXT);"
  "CREATE INDEX conflicts_open ON conflicts (case_rowid) WHERE resolved_at IS NULL;"
  "CREATE TABLE exchange_log ("
  "  seq INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL,"
  "  direction TEXT NOT NULL, party TEXT, file_name TEXT, file_sha256 TEXT,"
  "  summary TEXT, prev_hash TEXT NOT NULL, hash TEXT NOT NULL);"
  "CREATE TRIGGER exchange_log_no_update BEFORE UPDATE ON exchange_log"
  "  BEGIN SELECT RAISE (ABORT, 'the exchange log is append-only'); END;"
  "CREATE TRIGGER exchange_log_no_delete BEFORE DELETE ON exchange_log"
  "  BEGIN SELECT RAISE (ABORT, 'the exchange log is append-only'); END;"
  /* Full-text search over number, employer, BIN, victims, IINs, place. */
  "CREATE VIRTUAL TABLE cases_fts USING fts5 ("
  "  number, employer, bin, victims, iins, place,"
  "  tokenize = 'unicode61', prefix = '2 4');";

/* 1→2: oversight and statistics (issue 6), and indexes for every sort
 * order of the case list. Objectivity reviews of local
 * investigations and receipts of acts, both append-only records beside the
 * case; an index for the deadline dashboard; and statistics kept current by
 * triggers in monthly cells per dimension, so that a report over a million
 * cases reads a few thousand rows. The stat_key_* views hold the only
 * spelling of each grouping key: triggers, the initial fill and the
 * queries for partial months all read them. */
static const char schema_2[] =
  "CREATE TABLE reviews ("
  "  rowid INTEGER PRIMARY KEY,"
  "  case_rowid INTEGER NOT NULL REFERENCES cases (rowid),"
  "  id TEXT NOT NULL UNIQUE, reviewed_on TEXT NOT NULL, reviewer TEXT NOT NULL,"
  "  conclusion TEXT NOT NULL, reasoning TEXT NOT NULL, act_number TEXT,"
  "  recorded_at TEXT NOT NULL);"
  "CREATE INDEX reviews_case ON reviews (case_rowid, rowid);"
  "CREATE TRIGGER reviews_no_update BEFORE UPDATE ON reviews"
  "  BEGIN SELECT RAISE (ABORT, 'reviews are append-only'); END;"
  "CREATE TRIGGER reviews_no_delete BEFORE DELETE ON reviews"
  "  BEGIN SELECT RAISE (ABORT, 'reviews are append-only'); END;"
  /* The act a case's act_number names reached the inspectorate on `received`. */
  "CREATE TABLE act_receipts ("
  "  case_rowid INTEGER NOT NULL REFERENCES cases (rowid), act_number TEXT NOT NULL,"
  "  received TEXT NOT NULL, recorded_at TEXT NOT NULL,"
  "  PRIMARY KEY (case_rowid, act_number)) WITHOUT ROWID;"
  /* dashboard: running investigations and pending commissions (deadline is
   * set for exactly those), with every column the dashboard shows, so that
   * it never reads the table; disputes by due date */
  "CREATE INDEX cases_control ON cases (deadline, region, state, number, id, body, employer_name,"
  "  occurred, reported, act_date, act_number, started) WHERE deadline IS NOT NULL AND deleted = 0;"
  "CREATE INDEX disputes_due ON disputes (due) WHERE status IN ('filed', 'under-review');"
  /* the case list's sort orders, so that its first page is read from an
   * index at any size (tg-store-query.c, order_by) */
  "CREATE INDEX cases_due_order ON cases ((deadline IS NULL), deadline, number) WHERE deleted = 0;"
  /* Kazakh alphabetical order (core/store/tg-store-collation.c); the store registers
   * the collation on every connection before it touches the schema. */
  "CREATE INDEX cases_employer ON cases (employer_name COLLATE kazakh, number) WHERE deleted = 0;"
  "CREATE INDEX cases_region_year ON cases (region, year, number) WHERE deleted = 0;"
  "CREATE INDEX cases_victims ON cases (n_victims, number) WHERE deleted = 0;"
  "CREATE INDEX cases_deaths ON cases (n_deaths, number) WHERE deleted = 0;"
  /* statistics */
  "CREATE VIEW stat_facts AS SELECT rowid AS case_rowid, occurred,"
  "  CASE WHEN occurred GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' THEN substr (occurred, 1, 7) ELSE '' END AS month,"
  "  region, employer_activity, severity, jurisdiction, n_victims, n_deaths, n_severe"
  "  FROM cases WHERE deleted = 0;"
  "CREATE VIEW stat_key_region AS SELECT *, region AS key FROM stat_facts;"
  "CREATE VIEW stat_key_division AS SELECT *, CASE WHEN employer_activity GLOB '[0-9][0-9]*'"
  "  THEN substr (employer_activity, 1, 2) ELSE '' END AS key FROM stat_facts;"
  "CREATE VIEW stat_key_severity AS SELECT *, coalesce (severity, '') AS key FROM stat_facts;"
  "CREATE VIEW stat_key_group AS SELECT *, printf ('%d', n_victims) AS key FROM stat_facts;"
  "CREATE VIEW stat_key_jurisdiction AS SELECT *, coalesce (jurisdiction, '') AS key FROM stat_facts;"
  "CREATE VIEW stat_keys AS"
  "  SELECT 'region' AS dim, * FROM stat_key_region"
  "  UNION ALL SELECT 'division', * FROM stat_key_division"
  "  UNION ALL SELECT 'severity', * FROM stat_key_severity"
  "  UNION ALL SELECT 'group', * FROM stat_key_group"
  "  UNION ALL SELECT 'jurisdiction', * FROM stat_key_jurisdiction;"
  "CREATE VIEW stat_cause_facts AS SELECT f.case_rowid, f.occurred, f.month, trim (i.text) AS cause"
  "  FROM stat_facts f JOIN findings_items i ON i.case_rowid = f.case_rowid AND i.kind = 'cause';"
  "CREATE TABLE stat_cells ("
  "  dim TEXT NOT NULL, month TEXT NOT NULL, key TEXT NOT NULL,"
  "  cases INTEGER NOT NULL, victims INTEGER NOT NULL, deaths INTEGER NOT NULL, severe INTEGER NOT NULL,"
  "  PRIMARY KEY (dim, month, key)) WITHOUT ROWID;"
  "CREATE TABLE stat_causes ("
  "  month TEXT NOT NULL, cause TEXT NOT NULL, cases INTEGER NOT NULL,"
  "  PRIMARY KEY (month, cause)) WITHOUT ROWID;"
  "INSERT INTO stat_cells SELECT dim, month, key, count (*), sum (n_victims), sum (n_deaths), sum (n_severe)"
  "  FROM stat_keys GROUP BY dim, month, key;"
  "INSERT INTO stat_causes SELECT month, cause, count (*) FROM stat_cause_facts GROUP BY month, cause;"
#define STAT_CELLS_ADD(sign, rowid) \
  "INSERT INTO stat_cells SELECT dim, month, key, " sign "1, " sign "n_victims, " sign "n_deaths, " sign "n_severe" \
  "  FROM stat_keys WHERE case_rowid = " rowid \
  "  ON CONFLICT (dim, month, key) DO UPDATE SET cases = cases + excluded.cases," \
  "  victims = victims + excluded.victims, deaths = deaths + excluded.deaths, severe = severe + excluded.severe;"
#define STAT_CAUSES_ADD(sign, rowid, extra) \
  "INSERT INTO stat_causes SELECT month, cause, " sign "1 FROM stat_cause_facts" \
  "  WHERE case_rowid = " rowid extra \
  "  ON CONFLICT (month, cause) DO UPDATE SET cases = cases + excluded.cases;"
#define STAT_CHANGED \
  " (OLD.deleted IS NOT NEW.deleted OR OLD.occurred IS NOT NEW.occurred OR OLD.region IS NOT NEW.region" \
  "  OR OLD.employer_activity IS NOT NEW.employer_activity OR OLD.severity IS NOT NEW.severity" \
  "  OR OLD.jurisdiction IS NOT NEW.jurisdiction OR OLD.n_victims IS NOT NEW.n_victims" \
  "  OR OLD.n_deaths IS NOT NEW.n_deaths OR OLD.n_severe IS NOT NEW.n_severe)"
  /* A case counts while it is not deleted; an update takes the old row
   * out before it is written and puts the new one in after. */
  "CREATE TRIGGER stat_cases_insert AFTER INSERT ON cases WHEN NEW.deleted = 0"
  "  BEGIN " STAT_CELLS_ADD ("", "NEW.rowid") " END;"
  "CREATE TRIGGER stat_cases_delete BEFORE DELETE ON cases WHEN OLD.deleted = 0"
  "  BEGIN " STAT_CELLS_ADD ("-", "OLD.rowid") " END;"
  "CREATE TRIGGER stat_cases_update_out BEFORE UPDATE ON cases WHEN OLD.deleted = 0 AND" STAT_CHANGED
  "  BEGIN " STAT_CELLS_ADD ("-", "OLD.rowid") " END;"
  "CREATE TRIGGER stat_cases_update_in AFTER UPDATE ON cases WHEN NEW.deleted = 0 AND" STAT_CHANGED
  "  BEGIN " STAT_CELLS_ADD ("", "NEW.rowid") " END;"
  "CREATE TRIGGER stat_causes_case_out BEFORE UPDATE ON cases WHEN OLD.deleted = 0"
  "  AND (OLD.deleted IS NOT NEW.deleted OR OLD.occurred IS NOT NEW.occurred)"
  "  BEGIN " STAT_CAUSES_ADD ("-", "OLD.rowid", "") " END;"
  "CREATE TRIGGER stat_causes_case_in AFTER UPDATE ON cases WHEN NEW.deleted = 0"
  "  AND (OLD.deleted IS NOT NEW.deleted OR OLD.occurred IS NOT NEW.occurred)"
  "  BEGIN " STAT_CAUSES_ADD ("", "NEW.rowid", "") " END;"
  "CREATE TRIGGER stat_causes_item_insert AFTER INSERT ON findings_items WHEN NEW.kind = 'cause'"
  "  BEGIN " STAT_CAUSES_ADD ("", "NEW.case_rowid", " AND cause = trim (NEW.text) LIMIT 1") " END;"
  "CREATE TRIGGER stat_causes_item_delete BEFORE DELETE ON findings_items WHEN OLD.kind = 'cause'"
  "  BEGIN " STAT_CAUSES_ADD ("-", "OLD.case_rowid", " AND cause = trim (OLD.text) LIMIT 1") " END;"
  "CREATE TRIGGER stat_causes_item_update_out BEFORE UPDATE ON findings_items WHEN OLD.kind = 'cause'"
  "  BEGIN " STAT_CAUSES_ADD ("-", "OLD.case_rowid", " AND cause = trim (OLD.text) LIMIT 1") " END;"
  "CREATE TRIGGER stat_causes_item_update_in AFTER UPDATE ON findings_items WHEN NEW.kind = 'cause'"
  "  BEGIN " STAT_CAUSES_ADD ("", "NEW.case_rowid", " AND cause = trim (NEW.text) LIMIT 1") " END;";
#undef STAT_CELLS_ADD
#undef STAT_CAUSES_ADD
#undef STAT_CHANGED

/* 2→3: removed cases leave the full-text index (tg-store-write.c,
 * write_fts), so that a search counts its matches from the index alone
 * instead of reading every matching row of `cases` to see whether it was
 * removed (issue 8: a word matching 30 000 of a million cases took a
 * tenth of a second to count). */
static const char schema_3[] =
  "DELETE FROM cases_fts WHERE rowid IN (SELECT rowid FROM cases WHERE deleted <> 0);";

/* 3→4: the full-text index keeps three-letter prefixes too. Three
 * letters are what investigators type most: "ТОО", "АО" and "ЖШС" start
 * half the employer names, and the start of a surname; with prefixes of
 * two and four letters only, FTS5 merged the doclists of every term under
 * a three-letter prefix (an employer search took 19 ms at a million
 * cases, the same search on a whole word 8 ms). An FTS5 table's options
 * are fixed when it is made, so the index is built anew: 51 s at a
 * million cases. */
static const char schema_4[] =
  "CREATE VIRTUAL TABLE cases_fts_4 USING fts5 ("
  "  number, employer, bin, victims, iins, place,"
  "  tokenize = 'unicode61', prefix = '2 3 4');"
  "INSERT INTO cases_fts_4 (rowid, number, employer, bin, victims, iins, place)"
  "  SELECT rowid, number, employer, bin, victims, iins, place FROM cases_fts;"
  "DROP TABLE cases_fts;"
  "ALTER TABLE cases_fts_4 RENAME TO cases_fts;";

/* 4→5: the contents of a case are covered by its hash chain (issue 16:
 * `verify` did not see an UPDATE of a case's rows). Entries written from
 * now on record the digest of the case's rows after their change
 * (tg-store-digest.c); contents an import writes without an entry are
 * sealed in the case's row. Entries already written keep their hashes.
 * The file says it is Tergeu's (application_id), so that another
 * application's database is never taken for one. */
static const char schema_5[] =
  "ALTER TABLE history ADD COLUMN digest TEXT;"
  "ALTER TABLE cases ADD COLUMN content_seal TEXT;"
  "PRAGMA application_id = " G_STRINGIFY (TG_STORE_APPLICATION_ID) ";";

/* 5→6: documents a Kazakh civil servant signs (issue 15). An employer's
 * legal form is data of its own (the documents put "ТОО" before the name
 * in Russian and "ЖШС" with its case ending after it in Kazakh), so the
 * names are split after the columns exist (split_employer_names). Texts
 * the documents print can have their Kazakh wording beside the one
 * recorded (place, a member's position and organization, a request's
 * addressee, the employer's name). What the act of special investigation
 * needs (Labour Code art. 190): a victim's length of service and safety
 * briefings, a dissenting opinion; measures are findings items of their
 * own kind. A decision has a number, an applicant and a victim; a request
 * an outgoing number; an extension the number of its order. Organization
 * data with a date it is in force from (the Committee's and the
 * ministry's names, the chairman, the city): the value of a day is the
 * latest entry not after it. */
static const char schema_6[] =
  "ALTER TABLE cases ADD COLUMN employer_form TEXT;"
  "ALTER TABLE cases ADD COLUMN employer_name_kk TEXT;"
  "ALTER TABLE cases ADD COLUMN place_kk TEXT;"
  "ALTER TABLE cases ADD COLUMN dissent TEXT;"
  "ALTER TABLE cases ADD COLUMN dissent_by TEXT;"
  "ALTER TABLE victims ADD COLUMN experience_months INTEGER;"
  "ALTER TABLE victims ADD COLUMN briefed_on TEXT;"
  "ALTER TABLE victims ADD COLUMN trained_on TEXT;"
  "ALTER TABLE members ADD COLUMN position_kk TEXT;"
  "ALTER TABLE members ADD COLUMN organization_kk TEXT;"
  "ALTER TABLE extensions ADD COLUMN order_number TEXT;"
  "ALTER TABLE disputes ADD COLUMN number TEXT;"
  "ALTER TABLE disputes ADD COLUMN applicant TEXT;"
  "ALTER TABLE disputes ADD COLUMN victim TEXT;"
  "ALTER TABLE requests ADD COLUMN addressee_kk TEXT;"
  "ALTER TABLE requests ADD COLUMN number TEXT;"
  "CREATE TABLE dated_settings ("
  "  key TEXT NOT NULL, valid_from TEXT NOT NULL, value TEXT,"
  "  PRIMARY KEY (key, valid_from)) WITHOUT ROWID;";

/* "ТОО «Талап Ойл»" has the form "too": the form's abbreviation, in
 * either language, leading or ending the name (core/model/tg-legal-form.c),
 * is recorded in its own column; the name column keeps the name as it was
 * registered, which lists show and search finds, and a case read gives the
 * name without its form. A name without a known form gets none. */
static gboolean
split_employer_names (TgStore *self,
                      GError **error)
{
  g_autoptr(GArray) rowids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) forms = g_ptr_array_new ();
  TgDbStmt *stmt = _tg_store_stmt (self, "SELECT rowid, employer_name FROM cases"
                                            " WHERE employer_name IS NOT NULL AND employer_form IS NULL", error);
  TgDbStep rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = _tg_db_step (stmt)) == TG_DB_ROW)
    {
      g_autofree char *name = NULL;
      const TgLegalForm *form = tg_legal_form_split (_tg_db_column_text (stmt, 1), &name);
      gint64 rowid = _tg_db_column_int64 (stmt, 0);

      if (form == NULL)
        continue;
      g_array_append_val (rowids, rowid);
      g_ptr_array_add (forms, (gpointer) form->nick);
    }
  _tg_db_reset (stmt);
  if (rc != TG_DB_DONE)
    return _tg_store_set_db_error (self, error);
  for (guint i = 0; i < rowids->len; i++)
    {
      stmt = _tg_store_stmt (self, "UPDATE cases SET employer_form = ? WHERE rowid = ?", error);
      if (stmt == NULL)
        return FALSE;
      _tg_db_bind_text (stmt, 1, g_ptr_array_index (forms, i));
      _tg_db_bind_int64 (stmt, 2, g_array_index (rowids, gint64, i));
      if (!_tg_store_step_done (self, stmt, error))
        return FALSE;
    }
  return _tg_store_settings_migrate_dated (self, error);
}

/* 6→7: a typed word finds the words it is inside of too ("баев" finds
 * Нұрбаев; tg-store-search.c, issue 17). The words that can have one,
 * letters only and four or more of them, lower-case, a row each; the
 * full-text index then finds the cases of those found. Filled from the
 * full-text rows (two seconds at a million cases). And how late each
 * accident was reported, in seconds, a column the dashboard reads from
 * its index instead of two times parsed per case under control
 * (tg-store-write.c, bind_report_delay, as tg_rules_notification_delay
 * counts it). */
/* A time the rules read (tg_datetime_parse): with its offset. */
#define HAS_OFFSET(t) \
  "(length (" t ") >= 20 AND substr (" t ", 11, 1) = 'T' AND (substr (" t ", -1) = 'Z'" \
  " OR (substr (" t ", -6, 1) IN ('+', '-') AND substr (" t ", -3, 1) = ':')))"
static const char schema_7[] =
  "CREATE TABLE search_words (word TEXT PRIMARY KEY) WITHOUT ROWID;"
  /* the words by their parts: 0.1 ms to find those with a part among
   * 200 000 words, 22 ms reading them all (a scan with instr or LIKE) */
  "CREATE VIRTUAL TABLE search_words_parts USING fts5 (word, tokenize = 'trigram');"
  "CREATE TRIGGER search_words_parts_add AFTER INSERT ON search_words"
  "  BEGIN INSERT INTO search_words_parts (word) VALUES (new.word); END;"
  "ALTER TABLE cases ADD COLUMN report_delay INTEGER;"
  "UPDATE cases SET report_delay = unixepoch (reported) - unixepoch (occurred)"
  "  WHERE " HAS_OFFSET ("occurred") " AND " HAS_OFFSET ("reported") ";"
  "DROP INDEX cases_control;"
  "CREATE INDEX cases_control ON cases (deadline, region, state, number, id, body, employer_name,"
  "  report_delay, act_date, act_number, started) WHERE deadline IS NOT NULL AND deleted = 0;";

/* 7→8: the office server indexes the first two, three and four letters
 * of every word as words of their own (pg/upgrade-8.sql); FTS5 has done
 * so in a file since schema 4. Nothing changes in a file but its
 * version, which the two engines share. */
static const char schema_8[] = "";

/* 8→9: the office server's indexes of a year hold the rowid, as every
 * index of a file does (pg/upgrade-9.sql). */
static const char schema_9[] = "";

static const struct
{
  guint       to;
  const char *sql;  /* "": nothing to change */
  /* what SQL cannot do, run after it in the same transaction */
  gboolean  (*after) (TgStore *self, GError **error);
} migrations[] = {
  { 1, schema_1, NULL },
  { 2, schema_2, NULL },
  { 3, schema_3, NULL },
  { 4, schema_4, NULL },
  { 5, schema_5, NULL },
  { 6, schema_6, split_employer_names },
  { 7, schema_7, _tg_store_fill_search_words },
  { 8, schema_8, NULL },
  { 9, schema_9, NULL },
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == TG_STORE_SCHEMA_VERSION);

static gboolean
read_version (TgStore *self,
              int     *version,
              GError **error)
{
  gint64 v = 0;

  /* Reading the header also tells a damaged or foreign file early. */
  if (!_tg_store_query_int64 (self, "PRAGMA user_version", &v, error))
    return FALSE;
  *version = (int) v;
  return TRUE;
}

/* Whether a step after @version changes anything but the version. */
static gboolean
changes_contents (int version)
{
  for (guint i = 0; i < G_N_ELEMENTS (migrations); i++)
    if (migrations[i].to > (guint) version && (*migrations[i].sql != '\0' || migrations[i].after != NULL))
      return TRUE;
  return FALSE;
}

gboolean
_tg_store_migrate (TgStore *self,
                   GError **error)
{
  int version = 0;

  if (!read_version (self, &version, error))
    return FALSE;
  if (version > TG_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, TG_STORE_ERROR, TG_STORE_ERROR_TOO_NEW,
                   _("The database %s was written by a newer version of Tergeu (schema %d; this version reads up to %d). Update Tergeu to open it; the file was not changed."),
                   self->path, version, TG_STORE_SCHEMA_VERSION);
      return FALSE;
    }
  if (version == TG_STORE_SCHEMA_VERSION)
    return TRUE;

  /* An existing database is copied before it is changed (GnuCash's habit:
   * never migrate the only copy); a step that changes nothing but the
   * version needs no copy of a database that may be gigabytes. */
  if (version > 0 && changes_contents (version))
    {
      g_autofree char *reason = g_strdup_printf ("before-schema-%d", TG_STORE_SCHEMA_VERSION);
      g_autofree char *backup = tg_backup_rotate (self->path, reason, TG_BACKUP_KEEP_DEFAULT, error);
      if (backup == NULL)
        return FALSE;
    }

  if (!_tg_store_tx_begin (self, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (migrations); i++)
    {
      g_autofree char *pragma = NULL;

      if (migrations[i].to <= (guint) version)
        continue;
      g_debug ("migrating %s to schema %u", self->path, migrations[i].to);
      pragma = g_strdup_printf ("PRAGMA user_version = %u", migrations[i].to);
      if (!_tg_store_exec (self, migrations[i].sql, error) ||
          (migrations[i].after != NULL && !migrations[i].after (self, error)) ||
          !_tg_store_exec (self, pragma, error))
        {
          _tg_store_tx_rollback (self);
          return FALSE;
        }
    }
  return _tg_store_tx_commit (self, error);
}
