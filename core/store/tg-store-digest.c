/* tg-store-digest.c — the digest of a case's stored contents
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The hash chain proves that history was not edited; this proves that
 * the case was not either (issue 16). Every history entry written since
 * schema 5 carries the SHA-256 of the case's rows as they are after its
 * change, and its hash covers it (tg-history.h); contents written without
 * an entry of their own (an import whose file brought no event) are
 * sealed in the case's row against the chain's head instead. `verify`
 * recomputes the digest from the rows and compares.
 *
 * The digest is taken from the rows themselves, by the statements that
 * both the writers and `verify` run, so that the two can never disagree
 * about what was stored: every column of the case's row and of its child
 * rows, each value with its type (NULL, numbers and text are told
 * apart), rows in key order. Left out: the chain's own bookkeeping
 * (history_head, history_count, content_seal), the exchange bookkeeping
 * (received_from, received_revision, revision_at_receipt), which an
 * import writes after its entry, and documents' content, which never
 * changes and is named by its SHA-256.
 */
#define G_LOG_DOMAIN "tg-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tg-history.h"
#include "tg-sha256.h"
#include "tg-store-private.h"

/* Each table's columns in a fixed order, its rows in key order. */
static const char * const digest_sql[] = {
  "SELECT id, number, region, year, revision, state, state_since, deleted, registered_at,"
  " employer_name, employer_bin, employer_activity, employer_address, occurred, reported,"
  " place, circumstances, hazardous, group_poisoning, n_victims, n_deaths, n_severe,"
  " severity, is_group, jurisdiction, body, has_commission, order_number, order_date,"
  " started, due, effective_due, has_findings, work_related, ground, fault_employer,"
  " fault_employee, act_number, act_date, deadline FROM cases WHERE rowid = ?1",
  "SELECT pos, id, full_name, iin, birth_date, sex, occupation, injury, severity, died_on"
  " FROM victims WHERE case_rowid = ?1 ORDER BY pos",
  "SELECT pos, role, full_name, position, organization"
  " FROM members WHERE case_rowid = ?1 ORDER BY pos",
  "SELECT pos, granted, new_due, granted_by, reason"
  " FROM extensions WHERE case_rowid = ?1 ORDER BY pos",
  "SELECT kind, pos, text FROM findings_items WHERE case_rowid = ?1 ORDER BY kind, pos",
  "SELECT pos, id, filed_by, subject, filed, status, due, claim, outcome, decided_on,"
  " decided_by, reasoning, appeal_court, appeal_filed, appeal_result"
  " FROM disputes WHERE case_rowid = ?1 ORDER BY pos",
  "SELECT dispute_pos, pos, party, text"
  " FROM dispute_positions WHERE case_rowid = ?1 ORDER BY dispute_pos, pos",
  "SELECT pos, id, addressee, subject, sent, due, answered, answer, blocking"
  " FROM requests WHERE case_rowid = ?1 ORDER BY pos",
  "SELECT id, pos, title, file_name, media_type, sha256, size, removed"
  " FROM documents WHERE case_rowid = ?1 ORDER BY id",
};

static void
feed (TgSha256   *sum,
      char        tag,
      const char *text,
      gsize       len)
{
  tg_sha256_update_length (sum, tag, len);
  tg_sha256_update (sum, text, len);
}

/* A value as its type and its text: NULL, a number and text are never
 * taken for each other. */
static void
feed_column (TgSha256 *sum,
             TgDbStmt *stmt,
             int       column)
{
  TgDbType type = _tg_db_column_type (stmt, column);
  const char *text;

  if (type == TG_DB_NULL)
    {
      tg_sha256_update (sum, "n", 1);
      return;
    }
  text = _tg_db_column_text (stmt, column);
  feed (sum, type == TG_DB_INTEGER ? 'i' : type == TG_DB_FLOAT ? 'f' : type == TG_DB_BLOB ? 'b' : 't',
        text != NULL ? text : "", text != NULL ? (gsize) _tg_db_column_bytes (stmt, column) : 0);
}

/* The rows of one table; how many there were in *@n_rows. */
static gboolean
feed_table (TgStore    *self,
            TgSha256   *sum,
            guint       table,
            gint64      rowid,
            guint      *n_rows,
            GError    **error)
{
  TgDbStmt *stmt = _tg_store_stmt (self, digest_sql[table], error);
  TgDbStep rc;

  if (stmt == NULL)
    return FALSE;
  _tg_db_bind_int64 (stmt, 1, rowid);
  *n_rows = 0;
  while ((rc = _tg_db_step (stmt)) == TG_DB_ROW)
    {
      int n = _tg_db_column_count (stmt);

      tg_sha256_update (sum, "row ", 4);
      tg_sha256_update_length (sum, 0, table);
      for (int i = 0; i < n; i++)
        feed_column (sum, stmt, i);
      (*n_rows)++;
    }
  _tg_db_reset (stmt);
  if (rc != TG_DB_DONE)
    return _tg_store_set_db_error (self, error);
  return TRUE;
}

char *
_tg_store_content_digest (TgStore *self,
                          gint64   rowid,
                          GError **error)
{
  TgSha256 state, *sum = &state;
  char hex[TG_SHA256_HEX_LEN + 1];

  tg_sha256_init (sum);
  tg_sha256_update (sum, "tergeu-content-1", strlen ("tergeu-content-1"));
  for (guint t = 0; t < G_N_ELEMENTS (digest_sql); t++)
    {
      guint n_rows;

      if (!feed_table (self, sum, t, rowid, &n_rows, error))
        return NULL;
      if (t == 0 && n_rows == 0)
        {
          g_set_error (error, TG_STORE_ERROR, TG_STORE_ERROR_NOT_FOUND,
                       _("There is no case with row %lld in %s."), (long long) rowid, self->path);
          return NULL;
        }
    }
  tg_sha256_finish (sum, hex);
  return g_strdup (hex);
}

gboolean
_tg_store_seal_contents (TgStore    *self,
                         gint64      rowid,
                         const char *case_id,
                         GError    **error)
{
  g_autofree char *digest = _tg_store_content_digest (self, rowid, error);
  g_autofree char *seal = NULL;
  TgDbStmt *stmt;

  if (digest == NULL)
    return FALSE;
  stmt = _tg_store_stmt (self, "SELECT history_head FROM cases WHERE rowid = ?", error);
  if (stmt == NULL)
    return FALSE;
  _tg_db_bind_int64 (stmt, 1, rowid);
  if (_tg_db_step (stmt) != TG_DB_ROW)
    {
      _tg_db_reset (stmt);
      return _tg_store_set_db_error (self, error);
    }
  seal = tg_history_seal (case_id, _tg_db_column_text (stmt, 0), digest);
  _tg_db_reset (stmt);
  stmt = _tg_store_stmt (self, "UPDATE cases SET content_seal = ? WHERE rowid = ?", error);
  if (stmt == NULL)
    return FALSE;
  _tg_db_bind_text (stmt, 1, seal);
  _tg_db_bind_int64 (stmt, 2, rowid);
  return _tg_store_step_done (self, stmt, error);
}

gboolean
_tg_store_check_contents (TgStore               *self,
                          const TgContentRecord *r,
                          GPtrArray             *problems,
                          guint                 *n_unchecked,
                          GError               **error)
{
  g_autofree char *digest = NULL;
  g_autofree char *seal = NULL;

  if (r->seal == NULL && r->last_digest == NULL)
    {
      /* Its last change predates digests: nothing to compare with. */
      (*n_unchecked)++;
      return TRUE;
    }
  digest = _tg_store_content_digest (self, r->rowid, error);
  if (digest == NULL)
    return FALSE;
  if (r->seal != NULL)
    {
      seal = tg_history_seal (r->id, r->head, digest);
      if (g_strcmp0 (seal, r->seal) != 0)
        g_ptr_array_add (problems,
                         g_strdup_printf (_("case %s: its contents differ from those it was last received with: a row of the case was changed outside Tergeu"),
                                          r->number));
    }
  else if (g_strcmp0 (digest, r->last_digest) != 0)
    g_ptr_array_add (problems,
                     g_strdup_printf (_("case %s: its contents differ from those its last history entry recorded (%s, %s): a row of the case was changed outside Tergeu"),
                                      r->number, r->last_at, r->last_action));
  return TRUE;
}
