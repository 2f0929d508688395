-- core/store/pg/upgrade-9.sql — schema 9: the year's indexes hold the
-- rowid
--
-- Copyright 2026 The Tergeu authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Run by `tergeu-cli server init` (core/store/tg-pg-server.c) after the
-- steps before it, in its one transaction. SQLite has nothing to do
-- (tg-store-schema-sqlite.c): each of its indexes ends with the rowid.
--
-- A search with other filters reads the rows those filters leave and
-- tests each rowid against the search's matches (core/store/tg-store-
-- query.c, narrow_matches), and walks a page along the filters' index
-- in number order. The other filters' indexes (pg/schema.sql) hold the
-- rowid; those of a year did not, and each of the year's rows was read
-- in the table: "шахта" in 2024 by accident date at a million cases, 81 658
-- rows, took 103–117 ms; 37–39 with these. The step takes 3.7 s at a
-- million cases.
SET LOCAL maintenance_work_mem = '512MB';
DROP INDEX cases_year;
CREATE INDEX cases_year ON cases (year, number) INCLUDE (rowid) WHERE deleted = 0;
DROP INDEX cases_region_year;
CREATE INDEX cases_region_year ON cases (region, year, number) INCLUDE (rowid) WHERE deleted = 0;
