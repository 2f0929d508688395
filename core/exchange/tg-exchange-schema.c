/* tg-exchange-schema.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-xml-input"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "tg-core-resources.h"
#include "tg-exchange-schema.h"
#include "tg-xml-input.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlSchemaParserCtxt, xmlSchemaFreeParserCtxt)

static xmlSchemaPtr schema;
static char *schema_problem;

/* Keeps the first compiler message for the error; never prints. */
static void
on_schema_error (void        *user_data,
                 xmlErrorPtr  error)
{
  char **problem = user_data;

  if (*problem == NULL && error != NULL && error->message != NULL)
    *problem = g_strstrip (g_strdup (error->message));
}

static xmlSchemaPtr
compile_schema (char **problem)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(xmlSchemaParserCtxt) ctxt = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize size;
  const char *data;

  /* Through the library's own resource, not the global registry: a static
   * library links the resource's object file only when it is named. */
  bytes = g_resource_lookup_data (tg_core_get_resource (),
                                  TG_EXCHANGE_SCHEMA_RESOURCE,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, &local_error);
  if (bytes == NULL)
    {
      *problem = g_strdup (local_error->message);
      return NULL;
    }
  data = g_bytes_get_data (bytes, &size);
  ctxt = xmlSchemaNewMemParserCtxt (data, (int) size);
  if (ctxt == NULL)
    return NULL;
  xmlSchemaSetParserStructuredErrors (ctxt, on_schema_error, problem);
  return xmlSchemaParse (ctxt);
}

xmlSchemaPtr
tg_exchange_schema_get (GError **error)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      schema = compile_schema (&schema_problem);
      g_once_init_leave (&initialized, 1);
    }
  if (schema == NULL)
    g_set_error (error, TG_XML_INPUT_ERROR, TG_XML_INPUT_ERROR_SCHEMA,
                 _("the exchange format’s schema could not be loaded (%s); "
                   "the installation is broken: reinstall Tergeu"),
                 schema_problem != NULL ? schema_problem : "?");
  return schema;
}
