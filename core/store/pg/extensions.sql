-- core/store/pg/extensions.sql — what the schema needs of the server
--
-- Copyright 2026 The Tergeu authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Run by `tergeu-cli server init` (core/store/tg-pg-server.c) in its one
-- transaction, before schema.sql.

-- Trigram indexes: a search finds a word by any part of it (pg_trgm is a
-- trusted extension, so the database's owner may create it).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Kazakh alphabetical order, the order SQLite gets from the collation of
-- core/store/tg-store-collation.c under the same name, so that the store's
-- "ORDER BY … COLLATE kazakh" runs on both engines. ICU's Kazakh
-- tailoring has the 42 letters in the order of the alphabet (Ә after А,
-- Ғ after Г, Ё after Е, Қ after К, Ң after Н, Ө after О, Ұ and Ү after
-- У, Һ after Х, І after Ы), compares letters before case and lower case
-- first; ICU's Kazakh puts Cyrillic before Latin, which "kr-latn-cyrl"
-- turns back to SQLite's digits, then Latin, then Cyrillic. Letters
-- outside the Kazakh alphabet (ї, ў, Greek, Chinese) sort as ICU's root
-- order has them, where SQLite's collation puts them after the 42 letters
-- by code point.
CREATE COLLATION IF NOT EXISTS kazakh (provider = icu, locale = 'kk-KZ-u-kr-latn-cyrl');
