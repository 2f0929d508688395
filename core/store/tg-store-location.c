/* tg-store-location.c — where a case database is: a file or a server
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-store"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "tg-store.h"
#include "tg-pg-server.h"
#include "tg-store-location.h"

/* The schemes libpq takes as a connection URI (PostgreSQL 15 manual,
 * 34.1.1.2 "Connection URIs"). */
static const char *const uri_schemes[] = { "postgresql://", "postgres://" };

static gboolean
is_uri (const char *location)
{
  for (gsize i = 0; i < G_N_ELEMENTS (uri_schemes); i++)
    if (g_ascii_strncasecmp (location, uri_schemes[i], strlen (uri_schemes[i])) == 0)
      return TRUE;
  return FALSE;
}

/* A libpq keyword string begins "keyword =" (34.1.1.1 "Keyword/Value
 * Connection Strings"); a path does not, unless someone named a folder
 * "host=…", which is not worth a guess either way. */
static gboolean
is_keyword_string (const char *location)
{
  const char *p = location;

  while (g_ascii_isspace (*p))
    p++;
  if (!g_ascii_isalpha (*p))
    return FALSE;
  while (g_ascii_isalnum (*p) || *p == '_')
    p++;
  while (*p == ' ' || *p == '\t')
    p++;
  return *p == '=';
}

TgStoreLocationKind
tg_store_location_kind (const char *location)
{
  g_return_val_if_fail (location != NULL, TG_STORE_LOCATION_FILE);

  return is_uri (location) || is_keyword_string (location) ? TG_STORE_LOCATION_SERVER
                                                           : TG_STORE_LOCATION_FILE;
}

/* A URI's "user:secret@" loses ":secret"; "password=…" in its query
 * goes whole. */
static char *
uri_without_password (const char *uri)
{
  GString *out = g_string_new (NULL);
  const char *authority = strstr (uri, "://") + 3;
  const char *end = authority + strcspn (authority, "/?");
  const char *at = g_strstr_len (authority, end - authority, "@");
  const char *colon = at != NULL ? memchr (authority, ':', at - authority) : NULL;
  const char *query;

  if (colon != NULL)
    {
      g_string_append_len (out, uri, colon - uri);
      uri = at;
    }
  query = strchr (uri, '?');
  if (query == NULL)
    return g_string_free (g_string_append (out, uri), FALSE);
  g_string_append_len (out, uri, query - uri);
  {
    g_auto(GStrv) pairs = g_strsplit (query + 1, "&", -1);
    const char *sep = "?";

    for (guint i = 0; pairs[i] != NULL; i++)
      if (g_ascii_strncasecmp (pairs[i], "password=", 9) != 0)
        {
          g_string_append_printf (out, "%s%s", sep, pairs[i]);
          sep = "&";
        }
  }
  return g_string_free (out, FALSE);
}

/* "password = 'it''s'" goes whole, quoted or not. */
static char *
keywords_without_password (const char *location)
{
  GString *out = g_string_new (NULL);
  const char *p = location;

  while (*p != '\0')
    {
      const char *start = p;
      const char *key = p;
      gboolean secret;

      while (g_ascii_isspace (*p))
        p++;
      key = p;
      while (*p != '\0' && *p != '=' && !g_ascii_isspace (*p))
        p++;
      secret = (p - key == 8 && g_ascii_strncasecmp (key, "password", 8) == 0);
      while (g_ascii_isspace (*p))
        p++;
      if (*p == '=')
        p++;
      while (g_ascii_isspace (*p))
        p++;
      if (*p == '\'')
        {
          for (p++; *p != '\0' && *p != '\''; p++)
            if (*p == '\\' && p[1] != '\0')
              p++;
          if (*p == '\'')
            p++;
        }
      else
        while (*p != '\0' && !g_ascii_isspace (*p))
          p++;
      if (!secret)
        g_string_append_len (out, start, p - start);
    }
  return g_strstrip (g_string_free (out, FALSE));
}

/* The passwords typed in this process, by location. */
static GMutex passwords_lock;
static GHashTable *passwords;

/* Overwritten before it is freed, so that it lingers in no freed memory. */
void
tg_store_location_free_password (char *password)
{
  if (password == NULL)
    return;
  memset (password, 0, strlen (password));
  g_free (password);
}

void
tg_store_location_set_password (const char *location,
                                const char *password)
{
  g_return_if_fail (location != NULL);

  g_mutex_lock (&passwords_lock);
  if (passwords == NULL)
    passwords = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify) tg_store_location_free_password);
  if (password != NULL)
    g_hash_table_insert (passwords, g_strdup (location), g_strdup (password));
  else
    g_hash_table_remove (passwords, location);
  g_mutex_unlock (&passwords_lock);
}

char *
tg_store_location_dup_password (const char *location)
{
  char *password = NULL;

  g_return_val_if_fail (location != NULL, NULL);

  g_mutex_lock (&passwords_lock);
  if (passwords != NULL)
    password = g_strdup (g_hash_table_lookup (passwords, location));
  g_mutex_unlock (&passwords_lock);
  return password;
}

char *
tg_store_location_dup_display (const char *location)
{
  g_return_val_if_fail (location != NULL, NULL);

  if (is_uri (location))
    return uri_without_password (location);
  if (is_keyword_string (location))
    return keywords_without_password (location);
  return g_strdup (location);
}

char *
tg_store_location_dup_for_libpq (const char *location)
{
  char *out;

  g_return_val_if_fail (location != NULL, NULL);

  out = g_strdup (location);
  for (gsize i = 0; i < G_N_ELEMENTS (uri_schemes); i++)
    if (g_ascii_strncasecmp (out, uri_schemes[i], strlen (uri_schemes[i])) == 0)
      {
        memcpy (out, uri_schemes[i], strlen (uri_schemes[i]));
        break;
      }
  return out;
}

char *
tg_store_location_dup_name (const char *location)
{
  char *name;

  g_return_val_if_fail (location != NULL, NULL);

  if (tg_store_location_kind (location) == TG_STORE_LOCATION_FILE)
    return g_path_get_basename (location);
  name = tg_pg_server_dup_location_name (location);
  return name != NULL ? name : tg_store_location_dup_display (location);
}

gboolean
tg_store_location_check_file (const char  *location,
                              GError     **error)
{
  g_autofree char *shown = NULL;

  g_return_val_if_fail (location != NULL, FALSE);

  if (tg_store_location_kind (location) == TG_STORE_LOCATION_FILE)
    return TRUE;
  shown = tg_store_location_dup_display (location);
  g_set_error (error, TG_STORE_ERROR, TG_STORE_ERROR_OPEN,
               _("“%s” is the address of an office server (PostgreSQL). Backups and restores are of a database file on this computer; an office server is backed up by its administrator with PostgreSQL's own tools (pg_dump)."),
               shown);
  return FALSE;
}
