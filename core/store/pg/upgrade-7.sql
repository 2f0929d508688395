-- core/store/pg/upgrade-7.sql — schema 7: a typed word finds the words
-- it is inside of; how late an accident was reported is a column
--
-- Copyright 2026 The Tergeu authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Run by `tergeu-cli server init` (core/store/tg-pg-server.c) after the
-- schema of version 6, on a new database and on an older one, in its one
-- transaction. SQLite's step is schema_7 of tg-store-schema-sqlite.c.
--
-- "баев" finds Нұрбаев (core/store/tg-store-search.c): the words that can
-- have a typed word inside, letters only and four or more of them,
-- lower-case, written by the desks with each case's full-text row when
-- they are not there yet. Not unique: two desks adding the same new word
-- at once each add it (a search reads the words DISTINCT), rather than
-- one waiting for the other's transaction, or two imports deadlocking
-- over the words they both bring. The trigram index finds the words with
-- a part in them; the search then reads those words' postings as any
-- other word's.

CREATE TABLE search_words (word text COLLATE "C" NOT NULL);
CREATE INDEX search_words_word ON search_words (word);
CREATE INDEX search_words_parts ON search_words USING gin (word gin_trgm_ops);

-- The words of the cases already here, and of those a copy brought
-- (tg-pg-store.c, copy_end): the lexemes without digits, four letters or
-- more (TG_STORE_SEARCH_INSIDE_MIN + 1; the 'simple' configuration
-- lower-cases them as the desks do).
CREATE FUNCTION search_words_fill () RETURNS void
  LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  INSERT INTO search_words (word)
    SELECT p.lexeme FROM fts_postings p
    WHERE length (p.lexeme) >= 4 AND p.lexeme !~ '[0-9]'
      AND NOT EXISTS (SELECT 1 FROM search_words s WHERE s.word = p.lexeme)
    GROUP BY p.lexeme;
$$;
REVOKE ALL ON FUNCTION search_words_fill () FROM PUBLIC;
GRANT EXECUTE ON FUNCTION search_words_fill () TO tergeu_admin;
SELECT search_words_fill ();

-- The trigram index over the whole text of each case, which no search
-- used (324 MB at a million cases, written with every case): the parts
-- of words are found in search_words instead.
DROP INDEX IF EXISTS cases_fts_words;
ALTER TABLE cases_fts DROP COLUMN IF EXISTS words;

GRANT SELECT ON search_words TO tergeu_reader;
GRANT INSERT ON search_words TO tergeu_investigator;

-- How late each accident was reported, in seconds (the desks write it
-- with each case: tg-store-write.c, bind_report_delay), in the
-- dashboard's index instead of the two times it cast per case under
-- control: the counts of a million cases' dashboard spent 11 of their
-- 14 ms on those casts.
ALTER TABLE cases ADD COLUMN report_delay bigint;
UPDATE cases SET report_delay = floor (extract (epoch FROM CAST (reported AS timestamptz))) -
                                floor (extract (epoch FROM CAST (occurred AS timestamptz)))
  -- the times the rules read (tg_datetime_parse): with their offsets
  WHERE length (occurred) >= 20 AND substr (occurred, 11, 1) = 'T'
    AND (right (occurred, 1) = 'Z' OR (left (right (occurred, 6), 1) IN ('+', '-') AND left (right (occurred, 3), 1) = ':'))
    AND length (reported) >= 20 AND substr (reported, 11, 1) = 'T'
    AND (right (reported, 1) = 'Z' OR (left (right (reported, 6), 1) IN ('+', '-') AND left (right (reported, 3), 1) = ':'));
DROP INDEX cases_control;
CREATE INDEX cases_control ON cases (deadline, region, state, number, id, body, employer_name,
  report_delay, act_date, act_number, started, rowid) WHERE deadline IS NOT NULL AND deleted = 0;
