/* tg-exchange-conflicts.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-exchange"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "tg-exchange-conflicts.h"
#include "tg-exchange-import.h"
#include "tg-exchange-private.h"
#include "tg-case-commands.h"
#include "tg-store-command.h"
#include "tg-model.h"
#include "tg-store-exchange.h"

void
tg_exchange_conflict_free (TgExchangeConflict *c)
{
  if (c == NULL)
    return;
  g_free (c->case_id);
  g_free (c->number);
  g_free (c->sender);
  g_free (c->received_at);
  g_free (c->file_name);
  g_clear_pointer (&c->changes, g_ptr_array_unref);
  g_free (c);
}

/* Ours and theirs of a stored conflict. */
static gboolean
load_sides (TgStore          *store,
            TgStoreConflict  *stored,
            TgCase          **ours,
            TgCase          **theirs,
            GError          **error)
{
  *ours = tg_store_load_case (store, stored->case_id, error);
  if (*ours == NULL)
    return FALSE;
  *theirs = _tg_exchange_case_from_text (stored->incoming, error);
  if (*theirs == NULL)
    {
      g_clear_object (ours);
      return FALSE;
    }
  /* Not in the exchange format: the receiver's own, never a difference. */
  tg_case_set_registered_at (*theirs, tg_case_get_registered_at (*ours));
  tg_case_set_deleted (*theirs, tg_case_get_deleted (*ours));
  return TRUE;
}

static TgExchangeConflict *
describe (TgStore          *store,
          TgStoreConflict  *stored,
          GError          **error)
{
  g_autoptr(TgCase) ours = NULL;
  g_autoptr(TgCase) theirs = NULL;
  TgExchangeConflict *c;

  if (!load_sides (store, stored, &ours, &theirs, error))
    return NULL;
  c = g_new0 (TgExchangeConflict, 1);
  c->id = stored->id;
  c->case_id = g_strdup (stored->case_id);
  c->number = g_strdup (stored->number);
  c->sender = g_strdup (stored->sender);
  c->revision = stored->revision;
  c->received_at = g_strdup (stored->received_at);
  c->file_name = g_strdup (stored->file_name);
  c->changes = tg_model_diff (ours, theirs);
  return c;
}

GPtrArray *
tg_exchange_list_conflicts (TgStore     *store,
                            const char  *id_or_number,
                            GError     **error)
{
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GPtrArray) list = NULL;

  g_return_val_if_fail (TG_IS_STORE (store), NULL);

  stored = tg_store_exchange_conflicts (store, id_or_number, error);
  if (stored == NULL)
    return NULL;
  list = g_ptr_array_new_with_free_func ((GDestroyNotify) tg_exchange_conflict_free);
  for (guint i = 0; i < stored->len; i++)
    {
      TgExchangeConflict *c = describe (store, g_ptr_array_index (stored, i), error);

      if (c == NULL)
        return NULL;
      g_ptr_array_add (list, c);
    }
  return g_steal_pointer (&list);
}

static TgStoreConflict *
find_stored (TgStore  *store,
             gint64    conflict_id,
             GError  **error)
{
  g_autoptr(GPtrArray) all = tg_store_exchange_conflicts (store, NULL, error);

  if (all == NULL)
    return NULL;
  for (guint i = 0; i < all->len; i++)
    {
      TgStoreConflict *c = g_ptr_array_index (all, i);

      if (c->id == conflict_id)
        return g_ptr_array_steal_index (all, i);
    }
  g_set_error (error, TG_EXCHANGE_ERROR, TG_EXCHANGE_ERROR_NOT_FOUND,
               _("There is no unresolved conflict %lld; “tergeu-cli conflicts” lists them."),
               (long long) conflict_id);
  return NULL;
}

/* A named field covers itself and what lies below it. */
static gboolean
named (const char * const *fields,
       const char         *path)
{
  for (guint i = 0; fields != NULL && fields[i] != NULL; i++)
    {
      gsize len = strlen (fields[i]);

      if (strncmp (path, fields[i], len) == 0 && (path[len] == '\0' || path[len] == '/'))
        return TRUE;
    }
  return FALSE;
}

static gboolean
check_fields (GPtrArray          *changes,
              const char * const *fields,
              GError            **error)
{
  for (guint i = 0; fields != NULL && fields[i] != NULL; i++)
    {
      const char *one[] = { fields[i], NULL };
      gboolean found = FALSE;

      for (guint j = 0; j < changes->len && !found; j++)
        found = named (one, ((TgFieldChange *) g_ptr_array_index (changes, j))->path);
      if (!found)
        {
          g_set_error (error, TG_EXCHANGE_ERROR, TG_EXCHANGE_ERROR_NOT_FOUND,
                       _("The field %s does not differ between the two versions; "
                         "“tergeu-cli conflicts” lists the fields that do."), fields[i]);
          return FALSE;
        }
    }
  return TRUE;
}

/* Takes theirs where the decision says so; the paths taken and kept go
 * to @took and @kept, for history. */
static void
merge (TgCase             *merged,
       TgCase             *theirs,
       GPtrArray          *changes,
       TgExchangeTake      take,
       const char * const *fields,
       GPtrArray          *took,
       GPtrArray          *kept)
{
  for (guint i = 0; i < changes->len; i++)
    {
      TgFieldChange *c = g_ptr_array_index (changes, i);
      gboolean side_theirs = (fields == NULL || named (fields, c->path))
                             ? take == TG_EXCHANGE_TAKE_THEIRS
                             : take != TG_EXCHANGE_TAKE_THEIRS;

      if (side_theirs)
        tg_model_take (merged, theirs, c->path);
      g_ptr_array_add (side_theirs ? took : kept, c->path);
    }
  g_ptr_array_add (took, NULL);
  g_ptr_array_add (kept, NULL);
}

gboolean
tg_exchange_resolve (TgStore             *store,
                     gint64               conflict_id,
                     TgExchangeTake       take,
                     const char * const  *fields,
                     GError             **error)
{
  g_autoptr(TgStoreConflict) stored = NULL;
  g_autoptr(TgCase) ours = NULL;
  g_autoptr(TgCase) theirs = NULL;
  g_autoptr(TgCase) resolved = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) took = g_ptr_array_new ();
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();

  g_return_val_if_fail (TG_IS_STORE (store), FALSE);

  stored = find_stored (store, conflict_id, error);
  if (stored == NULL || !load_sides (store, stored, &ours, &theirs, error))
    return FALSE;
  changes = tg_model_diff (ours, theirs);
  if (!check_fields (changes, fields, error))
    return FALSE;
  merge (ours, theirs, changes, take, fields, took, kept);
  /* The merged case goes in through the "resolve-conflict" command, and
   * the conflict is marked resolved in the same transaction. */
  if (!tg_store_command_begin (store, error))
    return FALSE;
  resolved = tg_command_resolve_conflict (store, ours, stored->sender, stored->revision, stored->file_name,
                                          (const char * const *) took->pdata,
                                          (const char * const *) kept->pdata, error);
  if (resolved == NULL ||
      !tg_store_exchange_mark_resolved (store, conflict_id, tg_case_get_revision (resolved), error))
    {
      tg_store_command_rollback (store);
      return FALSE;
    }
  /* A commit that fails has rolled back already. */
  return tg_store_command_commit (store, error);
}
