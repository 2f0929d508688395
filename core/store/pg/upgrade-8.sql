-- core/store/pg/upgrade-8.sql — schema 8: the first letters of every
-- word, looked up as words of their own
--
-- Copyright 2026 The Tergeu authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Run by `tergeu-cli server init` (core/store/tg-pg-server.c) after the
-- steps before it, in its one transaction. SQLite has nothing to do
-- (tg-store-schema-sqlite.c): FTS5 keeps these prefixes since schema 4
-- (prefix = '2 3 4').
--
-- A search of several words asks GIN for the cases that have them all
-- (core/store/tg-pg-query.c). A typed word is a prefix ('08':*), and GIN
-- finds a prefix by gathering the cases of every word it begins, whole,
-- before it intersects them with the others: "08" begins 1 264 words of
-- a million cases' documents, "ТОО" is in two thirds of them; "08 2024"
-- took 76–84 ms, "ТОО Балқаш Егінші" 61–72. Here each word's first two,
-- three and four letters are words of their own, marked '^' (which no
-- typed word has: a search's words are letters and digits): a typed
-- word of up to four letters is one list, read in step with the others,
-- and a longer one's first four narrow the cases before each is checked
-- against the whole search (EXPLAIN ANALYZE at a million cases: "08
-- 2024" 16–17 ms, the employer 7.5, without "ТОО" 2.5).
--
-- A column, not an index over an expression: a bitmap of many cases
-- grows past work_mem and turns lossy, and then every row of its pages is
-- checked again; against a column that is a match (microseconds), against
-- an expression the prefixes made anew, 27 µs a row. Made from the same
-- text as `document` (pg/schema.sql), which a generated column cannot
-- read. array_to_tsvector keeps each prefix once; the words of the
-- 'simple' configuration are lower-case already, and left () counts
-- characters. At a million cases the step takes 1 min 43 s (the table is
-- written anew), cases_fts grows from 780 to 1 046 MB, and the index is
-- 107 MB.
CREATE FUNCTION fts_prefixes (document tsvector) RETURNS tsvector
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT array_to_tsvector (ARRAY (
    SELECT '^' || left (l, n) FROM unnest (tsvector_to_array (document)) l, generate_series (2, 4) n
    WHERE length (l) >= n));
$$;

SET LOCAL maintenance_work_mem = '512MB';
ALTER TABLE cases_fts ADD COLUMN prefixes tsvector GENERATED ALWAYS AS (
  fts_prefixes (to_tsvector ('simple'::regconfig, regexp_replace (
    coalesce (number, '') || ' ' || coalesce (employer, '') || ' ' || coalesce (bin, '') || ' ' ||
    coalesce (victims, '') || ' ' || coalesce (iins, '') || ' ' || coalesce (place, ''),
    '[^[:alnum:]]+', ' ', 'g')))) STORED;
CREATE INDEX cases_fts_prefixes ON cases_fts USING gin (prefixes);
