/* tg-store-command.h — what the command layer asks of the store
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rows, one transaction, the hash chain and the sequences: no rule is
 * decided here (tg-case-commands.h decides). Names no engine type, so that
 * another back end can implement the same calls.
 */
#pragma once

#include "tg-case.h"
#include "tg-review.h"
#include "tg-store.h"

G_BEGIN_DECLS

/* One write transaction (BEGIN IMMEDIATE, or a savepoint inside bulk work). */
gboolean  tg_store_command_begin      (TgStore     *self,
                                       GError     **error);
gboolean  tg_store_command_commit     (TgStore     *self,
                                       GError     **error);
void      tg_store_command_rollback   (TgStore     *self);

/* Reads the case @id_or_number whole, inside the transaction; its row id
 * goes to @rowid. With @revision >= 0 the stored revision must be that one,
 * else TG_STORE_ERROR_CONFLICT names who changed it and when. */
TgCase   *tg_store_command_read       (TgStore     *self,
                                       const char  *id_or_number,
                                       gint64       revision,
                                       gint64      *rowid,
                                       GError     **error);
/* Writes @kase (its revision already raised) at @rowid and appends one
 * history entry (@action, @details; now; the store's actor). */
gboolean  tg_store_command_write      (TgStore     *self,
                                       gint64       rowid,
                                       TgCase      *kase,
                                       const char  *action,
                                       const char  *details,
                                       GError     **error);
/* Inserts a new case (@kase has its particulars; it gets a UUID, a number
 * if it has none, revision 1) with one history entry. */
gboolean  tg_store_command_insert     (TgStore     *self,
                                       TgCase      *kase,
                                       const char  *action,
                                       const char  *details,
                                       gint64      *rowid,
                                       GError     **error);
/* The next Committee order number of @today's year ("214-к"). */
char     *tg_store_command_next_order (TgStore     *self,
                                       const GDate *today,
                                       GError     **error);
/* Records beside the case (not part of the exchanged case file). */
gboolean  tg_store_command_add_review (TgStore     *self,
                                       gint64       rowid,
                                       TgReview    *review,
                                       GError     **error);
gboolean  tg_store_command_add_act_receipt (TgStore    *self,
                                            gint64      rowid,
                                            const char *act_number,
                                            const char *received,
                                            GError    **error);

/* Today, honouring TERGEU_TODAY (YYYY-MM-DD) for reproducible scripts. */
void      tg_store_today              (GDate       *today);

G_END_DECLS
