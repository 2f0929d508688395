-- core/store/pg/version.sql — which schema the database has
--
-- Copyright 2026 The Tergeu authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- SQLite keeps the version in PRAGMA user_version and Tergeu's mark in
-- PRAGMA application_id; here one table does both: it exists only in a
-- Tergeu database, and its highest version is the schema's, the same
-- number as SQLite's (TG_STORE_SCHEMA_VERSION). A row per version
-- reached, with who reached it and when. `server init` refuses a
-- database newer than it knows.
CREATE TABLE tergeu_schema (
  version bigint PRIMARY KEY,
  applied_at timestamptz NOT NULL DEFAULT now (),
  applied_by text NOT NULL DEFAULT session_user);
