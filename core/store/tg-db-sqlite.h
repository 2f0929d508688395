/* tg-db-sqlite.h — the SQLite engine of tg-db.h, for SQLite-only files
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SQLite-only: included by the files of core/store named for SQLite
 * (opening and PRAGMAs, FTS5, bulk mode's indexes, migrations, backups)
 * and by nothing that is shared between engines.
 */
#pragma once

#include <sqlite3.h>

#include "tg-db.h"

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

/* Opens @path with sqlite3_open_v2's @flags (SQLITE_OPEN_NOMUTEX is
 * added: a connection is used by one thread at a time). On failure,
 * *@error holds why (TG_DB_ERROR) and NULL is returned. */
TgDb         *_tg_db_sqlite_open      (const char  *path,
                                       int          flags,
                                       GError     **error);
sqlite3      *_tg_db_sqlite_handle    (TgDb        *db);
sqlite3_stmt *_tg_db_sqlite_stmt_handle (TgDbStmt  *stmt);
/* The engine's code for the last error on @handle, as TG_DB_ERROR. */
TgDbError     _tg_db_sqlite_error_kind (int          code);

G_END_DECLS
