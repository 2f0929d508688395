/* tg-store-calendar.c — the stored calendar and the due dates it drives
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Editing the calendar recomputes the due dates of open investigations
 * and writes that to history" (domain.md §3). Only due dates that the
 * calendar produced are recomputed: an extension's date was decided by a
 * person and stays.
 */
#define G_LOG_DOMAIN "tg-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-dates.h"
#include "tg-history-record.h"
#include "tg-rules.h"
#include "tg-store-private.h"

TgCalendar *
tg_store_get_calendar (TgStore *self)
{
  g_return_val_if_fail (TG_IS_STORE (self), NULL);
  return self->calendar;
}

typedef struct
{
  gint64  rowid;
  char   *id;
  char   *started;
  char   *due;
} Open;

static void
open_clear (gpointer data)
{
  Open *o = data;

  g_free (o->id);
  g_free (o->started);
  g_free (o->due);
}

/* The history entry of a recomputed due date: the "recompute-due"
 * command's structured record (tg-history-record.h). */
static char *
recompute_record (const char *date,
                  const char *before,
                  const char *after)
{
  GVariantDict params;
  GVariantDict dict;
  GVariantBuilder changes;

  g_variant_dict_init (&params, NULL);
  g_variant_dict_insert (&params, "date", "s", date);
  g_variant_builder_init (&changes, G_VARIANT_TYPE ("a(ssmsms)"));
  g_variant_builder_add (&changes, "(ssmsms)", "investigation/due", "", before, after);
  g_variant_dict_init (&dict, NULL);
  g_variant_dict_insert_value (&dict, "params", g_variant_dict_end (&params));
  g_variant_dict_insert_value (&dict, "changes", g_variant_builder_end (&changes));
  return tg_history_record_print (g_variant_dict_end (&dict));
}

static gboolean
recompute_due_dates (TgStore    *self,
                     const char *date,
                     GError    **error)
{
  g_autoptr(GArray) open = g_array_new (FALSE, FALSE, sizeof (Open));
  TgDbStmt *stmt;
  TgDbStep rc;

  g_array_set_clear_func (open, open_clear);
  stmt = _tg_store_stmt (self,
    "SELECT rowid, id, started, due FROM cases"
    " WHERE state IN ('local-investigation', 'committee-investigation') AND deleted = 0"
    " AND started IS NOT NULL"
    " AND NOT EXISTS (SELECT 1 FROM extensions e WHERE e.case_rowid = cases.rowid)", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = _tg_db_step (stmt)) == TG_DB_ROW)
    {
      Open o = { _tg_db_column_int64 (stmt, 0), _tg_db_column_dup (stmt, 1),
                 _tg_db_column_dup (stmt, 2), _tg_db_column_dup (stmt, 3) };
      g_array_append_val (open, o);
    }
  _tg_db_reset (stmt);
  if (rc != TG_DB_DONE)
    return _tg_store_set_db_error (self, error);

  for (guint i = 0; i < open->len; i++)
    {
      Open *o = &g_array_index (open, Open, i);
      g_autofree char *due = NULL;
      g_autofree char *details = NULL;
      GDate start, d;

      if (!tg_date_parse (o->started, &start))
        continue;
      tg_calendar_add_working_days (self->calendar, &start, TG_INVESTIGATION_WORKING_DAYS, &d);
      due = tg_date_format_iso (&d);
      if (g_strcmp0 (due, o->due) == 0)
        continue;
      stmt = _tg_store_stmt (self, "UPDATE cases SET due = ?1, effective_due = ?1, deadline = ?1 WHERE rowid = ?2", error);
      if (stmt == NULL)
        return FALSE;
      _tg_db_bind_text (stmt, 1, due);
      _tg_db_bind_int64 (stmt, 2, o->rowid);
      if (!_tg_store_step_done (self, stmt, error) ||
          (details = recompute_record (date, o->due, due)) == NULL ||
          !_tg_store_history_append (self, o->rowid, o->id, NULL, NULL, "recompute-due",
                                     details, NULL, NULL, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
change_calendar (TgStore             *self,
                 const GDate         *date,
                 gboolean             remove,
                 TgCalendarEntryKind  kind,
                 const char          *note,
                 GError             **error)
{
  g_autofree char *iso = tg_date_format_iso (date);
  g_autoptr(GPtrArray) entries = tg_calendar_list_entries (self->calendar);
  TgCalendarEntry *previous = NULL;
  TgDbStmt *stmt;

  for (guint i = 0; i < entries->len; i++)
    {
      TgCalendarEntry *e = g_ptr_array_index (entries, i);
      if (g_date_compare (&e->date, date) == 0)
        previous = e;
    }
  if (!_tg_store_tx_begin (self, error))
    return FALSE;
  stmt = _tg_store_stmt (self, remove ? "DELETE FROM calendar_entries WHERE date = ?1"
                                     : "INSERT INTO calendar_entries (date, kind, note) VALUES (?1, ?2, ?3)"
                                       " ON CONFLICT (date) DO UPDATE SET kind = ?2, note = ?3", error);
  if (stmt == NULL)
    goto fail;
  _tg_db_bind_text (stmt, 1, iso);
  if (!remove)
    {
      _tg_db_bind_text (stmt, 2, tg_enum_to_nick (TG_TYPE_CALENDAR_ENTRY_KIND, kind));
      _tg_db_bind_text (stmt, 3, note);
    }
  if (!_tg_store_step_done (self, stmt, error))
    goto fail;
  if (remove)
    tg_calendar_remove_entry (self->calendar, date);
  else
    tg_calendar_set_entry (self->calendar, date, kind, note);
  if (!recompute_due_dates (self, iso, error))
    goto fail;
  /* A commit that fails has rolled back already (tg-store-private.h). */
  if (_tg_store_tx_commit (self, error))
    return TRUE;
  goto put_back;

fail:
  _tg_store_tx_rollback (self);
put_back:
  /* Put the in-memory entry back as the database still has it. */
  if (previous != NULL)
    tg_calendar_set_entry (self->calendar, &previous->date, previous->kind, previous->note);
  else
    tg_calendar_remove_entry (self->calendar, date);
  return FALSE;
}

gboolean
tg_store_set_calendar_entry (TgStore             *self,
                             const GDate         *date,
                             TgCalendarEntryKind  kind,
                             const char          *note,
                             GError             **error)
{
  g_return_val_if_fail (TG_IS_STORE (self), FALSE);
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  return change_calendar (self, date, FALSE, kind, note, error);
}

gboolean
tg_store_remove_calendar_entry (TgStore     *self,
                                const GDate *date,
                                GError     **error)
{
  g_return_val_if_fail (TG_IS_STORE (self), FALSE);
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  return change_calendar (self, date, TRUE, 0, NULL, error);
}
