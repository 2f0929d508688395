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
 * The digest is taken from the rows themselves, by one statement that
 * both the writers and `verify` run, so that the two can never disagree
 * about what was stored: every column of the case's row and of its child
 * rows, each value as SQLite quotes it (NULL, numbers and text are told
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
#include "tg-store-private.h"

#define Q(col) "quote (" col ")"
#define SEP " || ',' || "

static const char digest_sql[] =
  "SELECT 1, 0, 0, "
  Q ("id") SEP Q ("number") SEP Q ("region") SEP Q ("year") SEP Q ("revision") SEP
  Q ("state") SEP Q ("state_since") SEP Q ("deleted") SEP Q ("registered_at") SEP
  Q ("employer_name") SEP Q ("employer_bin") SEP Q ("employer_activity") SEP
  Q ("employer_address") SEP Q ("occurred") SEP Q ("reported") SEP Q ("place") SEP
  Q ("circumstances") SEP Q ("hazardous") SEP Q ("group_poisoning") SEP Q ("n_victims") SEP
  Q ("n_deaths") SEP Q ("n_severe") SEP Q ("severity") SEP Q ("is_group") SEP
  Q ("jurisdiction") SEP Q ("body") SEP Q ("has_commission") SEP Q ("order_number") SEP
  Q ("order_date") SEP Q ("started") SEP Q ("due") SEP Q ("effective_due") SEP
  Q ("has_findings") SEP Q ("work_related") SEP Q ("ground") SEP Q ("fault_employer") SEP
  Q ("fault_employee") SEP Q ("act_number") SEP Q ("act_date") SEP Q ("deadline")
  " FROM cases WHERE rowid = ?1"
  " UNION ALL SELECT 2, pos, 0, "
  Q ("id") SEP Q ("full_name") SEP Q ("iin") SEP Q ("birth_date") SEP Q ("sex") SEP
  Q ("occupation") SEP Q ("injury") SEP Q ("severity") SEP Q ("died_on")
  " FROM victims WHERE case_rowid = ?1"
  " UNION ALL SELECT 3, pos, 0, "
  Q ("role") SEP Q ("full_name") SEP Q ("position") SEP Q ("organization")
  " FROM members WHERE case_rowid = ?1"
  " UNION ALL SELECT 4, pos, 0, "
  Q ("granted") SEP Q ("new_due") SEP Q ("granted_by") SEP Q ("reason")
  " FROM extensions WHERE case_rowid = ?1"
  " UNION ALL SELECT 5, kind, pos, "
  Q ("text")
  " FROM findings_items WHERE case_rowid = ?1"
  " UNION ALL SELECT 6, pos, 0, "
  Q ("id") SEP Q ("filed_by") SEP Q ("subject") SEP Q ("filed") SEP Q ("status") SEP
  Q ("due") SEP Q ("claim") SEP Q ("outcome") SEP Q ("decided_on") SEP Q ("decided_by") SEP
  Q ("reasoning") SEP Q ("appeal_court") SEP Q ("appeal_filed") SEP Q ("appeal_result")
  " FROM disputes WHERE case_rowid = ?1"
  " UNION ALL SELECT 7, dispute_pos, pos, "
  Q ("party") SEP Q ("text")
  " FROM dispute_positions WHERE case_rowid = ?1"
  " UNION ALL SELECT 8, pos, 0, "
  Q ("id") SEP Q ("addressee") SEP Q ("subject") SEP Q ("sent") SEP Q ("due") SEP
  Q ("answered") SEP Q ("answer") SEP Q ("blocking")
  " FROM requests WHERE case_rowid = ?1"
  " UNION ALL SELECT 9, id, 0, "
  Q ("pos") SEP Q ("title") SEP Q ("file_name") SEP Q ("media_type") SEP Q ("sha256") SEP
  Q ("size") SEP Q ("removed")
  " FROM documents WHERE case_rowid = ?1"
  " ORDER BY 1, 2, 3";

#undef Q
#undef SEP

static void
feed (GChecksum  *sum,
      const char *text,
      gsize       len)
{
  char prefix[24];

  g_snprintf (prefix, sizeof prefix, "%zu:", len);
  g_checksum_update (sum, (const guchar *) prefix, -1);
  g_checksum_update (sum, (const guchar *) text, len);
}

char *
tg_store_content_digest (TgStore *self,
                         gint64   rowid,
                         GError **error)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  sqlite3_stmt *stmt = tg_store_stmt (self, digest_sql, error);
  gboolean found = FALSE;
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, rowid);
  feed (sum, "tergeu-content-1", strlen ("tergeu-content-1"));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      char table = '0' + sqlite3_column_int (stmt, 0);
      const char *row = (const char *) sqlite3_column_text (stmt, 3);

      found = TRUE;
      feed (sum, &table, 1);
      feed (sum, row != NULL ? row : "", row != NULL ? (gsize) sqlite3_column_bytes (stmt, 3) : 0);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      tg_store_set_db_error (self, error);
      return NULL;
    }
  if (!found)
    {
      g_set_error (error, TG_STORE_ERROR, TG_STORE_ERROR_NOT_FOUND,
                   _("There is no case with row %lld in %s."), (long long) rowid, self->path);
      return NULL;
    }
  return g_strdup (g_checksum_get_string (sum));
}

gboolean
tg_store_seal_contents (TgStore    *self,
                        gint64      rowid,
                        const char *case_id,
                        GError    **error)
{
  g_autofree char *digest = tg_store_content_digest (self, rowid, error);
  g_autofree char *seal = NULL;
  sqlite3_stmt *stmt;

  if (digest == NULL)
    return FALSE;
  stmt = tg_store_stmt (self, "SELECT history_head FROM cases WHERE rowid = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, rowid);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      return tg_store_set_db_error (self, error);
    }
  seal = tg_history_seal (case_id, (const char *) sqlite3_column_text (stmt, 0), digest);
  sqlite3_reset (stmt);
  stmt = tg_store_stmt (self, "UPDATE cases SET content_seal = ? WHERE rowid = ?", error);
  if (stmt == NULL)
    return FALSE;
  tg_store_bind_text (stmt, 1, seal);
  sqlite3_bind_int64 (stmt, 2, rowid);
  return tg_store_step_done (self, stmt, error);
}

gboolean
tg_store_check_contents (TgStore               *self,
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
  digest = tg_store_content_digest (self, r->rowid, error);
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
