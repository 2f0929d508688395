/* tg-exchange-conflicts.h — incoming versions that met a local change
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An import never overwrites a case that was changed here since it was
 * last received: the incoming version is kept beside it as a conflict
 * until a person decides, field by field or as a whole, what stays.
 */
#pragma once

#include "tg-store.h"

G_BEGIN_DECLS

typedef struct
{
  gint64     id;
  char      *case_id;
  char      *number;
  char      *sender;
  gint64     revision;       /* the incoming revision */
  char      *received_at;
  char      *file_name;
  GPtrArray *changes;        /* TgFieldChange: before = ours, after = theirs */
} TgExchangeConflict;

void tg_exchange_conflict_free (TgExchangeConflict *conflict);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TgExchangeConflict, tg_exchange_conflict_free)

/**
 * tg_exchange_list_conflicts:
 * @store: the store
 * @id_or_number: (nullable): only this case's conflicts
 * @error: a #GError
 *
 * Returns: (transfer full): the unresolved conflicts, oldest first, each a
 *   #TgExchangeConflict with the fields that differ
 */
GPtrArray *tg_exchange_list_conflicts (TgStore     *store,
                                       const char  *id_or_number,
                                       GError     **error);

typedef enum
{
  TG_EXCHANGE_TAKE_OURS,
  TG_EXCHANGE_TAKE_THEIRS,
} TgExchangeTake;

/**
 * tg_exchange_resolve:
 * @store: the store
 * @conflict_id: a #TgExchangeConflict's id
 * @take: which side the named fields (or, without @fields, all) get
 * @fields: (nullable): field paths as in #TgExchangeConflict.changes; the
 *   fields that differ and are not named get the other side
 * @error: a #GError in %TG_EXCHANGE_ERROR or %TG_STORE_ERROR
 *
 * Merges the local case and the incoming version and saves the result as
 * a local change (revision + 1, history), marking the conflict resolved.
 * Refused, with nothing changed, when a field does not differ or the
 * merged case breaks a rule.
 *
 * Returns: %TRUE when resolved
 */
gboolean   tg_exchange_resolve        (TgStore             *store,
                                       gint64               conflict_id,
                                       TgExchangeTake       take,
                                       const char * const  *fields,
                                       GError             **error);

G_END_DECLS
