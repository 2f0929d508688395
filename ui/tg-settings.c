/* tg-settings.c — the application's GSettings, installed or from the build tree
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Its own file so that the window and the preferences reach the settings
 * without going through the application (no cycle between them).
 */
#define G_LOG_DOMAIN "tg-settings"

#include "config.h"

#include "tg-settings.h"

static GSettingsSchema *
lookup_schema (void)
{
  GSettingsSchemaSource *installed = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchemaSource) build = NULL;
  GSettingsSchema *schema = NULL;

  if (installed != NULL)
    schema = g_settings_schema_source_lookup (installed, APP_ID, TRUE);
  if (schema != NULL)
    return schema;
  /* Run from the build tree: the schema compiled there. */
  build = g_settings_schema_source_new_from_directory (TG_BUILD_SCHEMA_DIR, installed, FALSE, NULL);
  return build != NULL ? g_settings_schema_source_lookup (build, APP_ID, FALSE) : NULL;
}

GSettings *
tg_settings_new (void)
{
  g_autoptr(GSettingsSchema) schema = lookup_schema ();

  if (schema == NULL)
    return g_settings_new (APP_ID);   /* fails with GLib's own message */
  return g_settings_new_full (schema, NULL, NULL);
}

void
tg_settings_apply_language (void)
{
  g_autoptr(GSettings) settings = tg_settings_new ();
  g_autofree char *language = g_settings_get_string (settings, "language");

  if (language[0] != '\0')
    g_setenv ("LANGUAGE", language, TRUE);
}
