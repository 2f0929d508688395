/* tg-store-settings.c — organization settings, plain and dated
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plain settings (the order number's suffix, the executor a letter names)
 * are one value each, in `settings`. The organization data that changes
 * with time (tg-dated-settings.h) has entries in `dated_settings`, each
 * in force from its day, on top of the entries Tergeu ships: a document
 * uses the entry in force on its own date. Setting a dated key without a
 * day sets it from today.
 */
#define G_LOG_DOMAIN "tg-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-dates.h"
#include "tg-rules.h"
#include "tg-store-private.h"

/* Plain settings and their shipped values. */
static const struct
{
  const char *key;
  const char *fallback;
} settings_table[] = {
  { "order-suffix", "к" },
  /* who prepared a letter and their telephone ("Орын./Исп.") */
  { "executor", "" },
  { "executor-phone", "" },
  { "calendar-seeded", NULL },
};

/* Before schema 6 these were plain settings, one value for all time. */
static const struct
{
  const char *old_key;
  const char *fallback;
  const char *dated[2];
} undated_before_6[] = {
  { "committee-name-kk", "Бақылау және әлеуметтік қорғау комитеті", { "committee-name-kk", NULL } },
  { "committee-name-ru", "Комитет по контролю и социальной защите", { "committee-name-ru", NULL } },
  { "ministry-name-kk", "Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрлігі",
    { "ministry-name-kk", NULL } },
  { "ministry-name-ru", "Министерство труда и социальной защиты населения Республики Казахстан",
    { "ministry-name-ru", NULL } },
  { "chairman", "", { "chairman", NULL } },
  /* one value served both languages */
  { "control-official", "", { "control-official-kk", "control-official-ru" } },
};

const char * const *
tg_store_setting_keys (void)
{
  static const char **keys;

  if (g_once_init_enter (&keys))
    {
      const char * const *dated = tg_dated_setting_keys ();
      GPtrArray *all = g_ptr_array_new ();

      for (guint i = 0; i + 1 < G_N_ELEMENTS (settings_table); i++)
        g_ptr_array_add (all, (gpointer) settings_table[i].key);
      for (guint i = 0; dated[i] != NULL; i++)
        g_ptr_array_add (all, (gpointer) dated[i]);
      g_ptr_array_add (all, NULL);
      g_once_init_leave (&keys, (const char **) g_ptr_array_free (all, FALSE));
    }
  return keys;
}

static gboolean
known_setting (const char  *key,
               const char **fallback)
{
  for (guint i = 0; i < G_N_ELEMENTS (settings_table); i++)
    if (g_strcmp0 (settings_table[i].key, key) == 0)
      {
        *fallback = settings_table[i].fallback;
        return TRUE;
      }
  return FALSE;
}

TgDatedSettings *
tg_store_dup_dated_settings (TgStore *self)
{
  g_autoptr(TgDatedSettings) dated = tg_dated_settings_new ();
  TgDbStmt *stmt;

  g_return_val_if_fail (TG_IS_STORE (self), NULL);

  stmt = _tg_store_stmt (self, "SELECT key, valid_from, value FROM dated_settings", NULL);
  if (stmt == NULL)
    return g_steal_pointer (&dated);
  while (_tg_db_step (stmt) == TG_DB_ROW)
    tg_dated_settings_add (dated, _tg_db_column_text (stmt, 0),
                           _tg_db_column_text (stmt, 1),
                           _tg_db_column_text (stmt, 2), NULL);
  _tg_db_reset (stmt);
  return g_steal_pointer (&dated);
}

GHashTable *
tg_store_dup_settings (TgStore *self)
{
  GHashTable *settings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  const char * const *keys = tg_store_setting_keys ();

  g_return_val_if_fail (TG_IS_STORE (self), settings);

  for (guint i = 0; keys[i] != NULL; i++)
    {
      char *value = tg_store_dup_setting (self, keys[i]);
      if (value != NULL)
        g_hash_table_insert (settings, g_strdup (keys[i]), value);
    }
  return settings;
}

char *
tg_store_dup_setting (TgStore    *self,
                      const char *key)
{
  const char *fallback = NULL;
  TgDbStmt *stmt;
  char *value = NULL;

  g_return_val_if_fail (TG_IS_STORE (self), NULL);

  if (tg_dated_setting_is_dated (key))
    {
      g_autoptr(TgDatedSettings) dated = tg_store_dup_dated_settings (self);
      GDate today;
      g_autofree char *iso = NULL;

      tg_store_today (&today);
      iso = tg_date_format_iso (&today);
      return g_strdup (tg_dated_settings_lookup (dated, key, iso));
    }
  if (!known_setting (key, &fallback))
    return NULL;
  stmt = _tg_store_stmt (self, "SELECT value FROM settings WHERE key = ?", NULL);
  if (stmt == NULL)
    return g_strdup (fallback);
  _tg_db_bind_text (stmt, 1, key);
  if (_tg_db_step (stmt) == TG_DB_ROW)
    value = _tg_db_column_dup (stmt, 0);
  _tg_db_reset (stmt);
  return value != NULL ? value : g_strdup (fallback);
}

gboolean
tg_store_set_setting_from (TgStore    *self,
                           const char *key,
                           const char *valid_from,
                           const char *value,
                           GError    **error)
{
  TgDbStmt *stmt;
  GDate date;

  g_return_val_if_fail (TG_IS_STORE (self), FALSE);

  if (!tg_dated_setting_is_dated (key))
    {
      g_set_error (error, TG_STORE_ERROR, TG_STORE_ERROR_INVALID,
                   _("The setting “%s” has one value for all time: give it without a date."), key);
      return FALSE;
    }
  if (!tg_date_parse (valid_from, &date))
    {
      g_set_error (error, TG_STORE_ERROR, TG_STORE_ERROR_INVALID,
                   _("“%s” is not a date: give the day the value is in force from as YYYY-MM-DD."),
                   valid_from != NULL ? valid_from : "");
      return FALSE;
    }
  stmt = _tg_store_stmt (self, "INSERT INTO dated_settings (key, valid_from, value) VALUES (?1, ?2, ?3) "
                              "ON CONFLICT (key, valid_from) DO UPDATE SET value = ?3", error);
  if (stmt == NULL)
    return FALSE;
  _tg_db_bind_text (stmt, 1, key);
  _tg_db_bind_text (stmt, 2, valid_from);
  _tg_db_bind_text (stmt, 3, value != NULL ? value : "");
  return _tg_store_step_done (self, stmt, error);
}

gboolean
tg_store_set_setting (TgStore    *self,
                      const char *key,
                      const char *value,
                      GError    **error)
{
  const char *fallback;
  TgDbStmt *stmt;

  g_autoptr(GError) local = NULL;

  g_return_val_if_fail (TG_IS_STORE (self), FALSE);

  /* Settings are printed on documents and sent in every export's header. */
  if (value != NULL && !tg_rules_text_allowed (value, &local))
    {
      g_set_error (error, TG_STORE_ERROR, TG_STORE_ERROR_INVALID,
                   _("The setting “%s” was not changed: %s."), key, local->message);
      return FALSE;
    }
  if (tg_dated_setting_is_dated (key))
    {
      GDate today;
      g_autofree char *iso = NULL;

      tg_store_today (&today);
      iso = tg_date_format_iso (&today);
      return tg_store_set_setting_from (self, key, iso, value, error);
    }
  if (!known_setting (key, &fallback))
    {
      g_set_error (error, TG_STORE_ERROR, TG_STORE_ERROR_INVALID,
                   _("There is no setting “%s”."), key);
      return FALSE;
    }
  stmt = _tg_store_stmt (self, "INSERT INTO settings (key, value) VALUES (?1, ?2) "
                              "ON CONFLICT (key) DO UPDATE SET value = ?2", error);
  if (stmt == NULL)
    return FALSE;
  _tg_db_bind_text (stmt, 1, key);
  _tg_db_bind_text (stmt, 2, value);
  return _tg_store_step_done (self, stmt, error);
}

/* Schema 6: a value the user had set for one of the settings that are
 * dated now is in force from the day of the upgrade; documents dated
 * before it use the shipped history. */
gboolean
_tg_store_settings_migrate_dated (TgStore *self,
                                  GError **error)
{
  GDate today;
  g_autofree char *iso = NULL;

  tg_store_today (&today);
  iso = tg_date_format_iso (&today);
  for (guint i = 0; i < G_N_ELEMENTS (undated_before_6); i++)
    {
      TgDbStmt *stmt = _tg_store_stmt (self, "SELECT value FROM settings WHERE key = ?", error);
      g_autofree char *value = NULL;

      if (stmt == NULL)
        return FALSE;
      _tg_db_bind_text (stmt, 1, undated_before_6[i].old_key);
      if (_tg_db_step (stmt) == TG_DB_ROW)
        value = _tg_db_column_dup (stmt, 0);
      _tg_db_reset (stmt);
      if (value == NULL)
        continue;
      g_strstrip (value);
      for (guint k = 0; k < G_N_ELEMENTS (undated_before_6[i].dated); k++)
        if (undated_before_6[i].dated[k] != NULL && *value != '\0' &&
            g_strcmp0 (value, undated_before_6[i].fallback) != 0 &&
            !tg_store_set_setting_from (self, undated_before_6[i].dated[k], iso, value, error))
          return FALSE;
      stmt = _tg_store_stmt (self, "DELETE FROM settings WHERE key = ?", error);
      if (stmt == NULL)
        return FALSE;
      _tg_db_bind_text (stmt, 1, undated_before_6[i].old_key);
      if (!_tg_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}
