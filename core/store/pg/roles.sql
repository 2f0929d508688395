-- core/store/pg/roles.sql — who may do what on an office server
--
-- Copyright 2026 The Tergeu authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Three group roles that cannot log in; people log in with roles of their
-- own that are members of them (`tergeu-cli server grant USER ROLE`):
--
--   tergeu_reader        reads everything, writes nothing;
--   tergeu_investigator  a reader who runs the commands: writes cases and
--                        their rows, appends to history, the exchange log
--                        and reviews, allocates numbers;
--   tergeu_admin         an investigator who also keeps the settings and
--                        the calendar, and may give people these roles.
--
-- No role may change or remove history, the exchange log or reviews, nor
-- write the statistics cells (statistics.sql keeps them). Roles belong to
-- the whole cluster, so they are made only when missing; the privileges
-- are this database's.

DO $$
DECLARE
  r text;
BEGIN
  FOREACH r IN ARRAY ARRAY['tergeu_reader', 'tergeu_investigator', 'tergeu_admin'] LOOP
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = r) THEN
      EXECUTE format ('CREATE ROLE %I NOLOGIN', r);
    END IF;
  END LOOP;
END
$$;
COMMENT ON ROLE tergeu_reader IS 'Tergeu: reads cases, history and statistics';
COMMENT ON ROLE tergeu_investigator IS 'Tergeu: runs the commands on cases (a reader too)';
COMMENT ON ROLE tergeu_admin IS 'Tergeu: settings, calendar and roles (an investigator too)';

GRANT tergeu_reader TO tergeu_investigator;
GRANT tergeu_investigator TO tergeu_admin;
-- An administrator gives people the roles below theirs; the one who may
-- make administrators holds tergeu_admin WITH ADMIN OPTION itself
-- (`server grant USER admin`).
GRANT tergeu_reader, tergeu_investigator TO tergeu_admin WITH ADMIN OPTION;

GRANT USAGE ON SCHEMA public TO tergeu_reader;

GRANT SELECT ON
  cases, victims, members, extensions, findings_items, disputes, dispute_positions,
  requests, documents, history, settings, dated_settings, calendar_entries,
  number_sequence, order_sequence, receipts, conflicts, exchange_log, reviews,
  act_receipts, cases_fts, fts_postings, stat_cells, stat_causes, tergeu_schema,
  stat_facts, stat_key_region, stat_key_division, stat_key_severity, stat_key_group,
  stat_key_jurisdiction, stat_keys, stat_cause_facts
  TO tergeu_reader;

-- A case's rows are written anew by each command (tg-store-write.c), its
-- full-text row too; a case itself is never deleted, only marked, and a
-- document only marked removed.
GRANT INSERT, UPDATE ON cases, documents, number_sequence, order_sequence,
  receipts, conflicts, act_receipts
  TO tergeu_investigator;
GRANT INSERT, UPDATE, DELETE ON victims, members, extensions, findings_items,
  disputes, dispute_positions, requests, cases_fts
  TO tergeu_investigator;
GRANT INSERT ON history, exchange_log, reviews TO tergeu_investigator;
GRANT USAGE, SELECT ON SEQUENCE cases_rowid_seq, history_seq_seq, conflicts_rowid_seq,
  exchange_log_seq_seq, reviews_rowid_seq
  TO tergeu_investigator;

GRANT INSERT, UPDATE, DELETE ON settings, dated_settings, calendar_entries TO tergeu_admin;
-- `tergeu-cli copy` into a new database writes the copied row ids, then
-- moves the sequences past them (setval: tg-pg-store.c, copy_end).
GRANT UPDATE ON SEQUENCE cases_rowid_seq, history_seq_seq, conflicts_rowid_seq,
  exchange_log_seq_seq, reviews_rowid_seq
  TO tergeu_admin;
-- …and has the statistics and the search's postings made once, for every
-- case it brought (statistics.sql, schema.sql).
GRANT EXECUTE ON FUNCTION stat_rebuild (), fts_rebuild () TO tergeu_admin;
