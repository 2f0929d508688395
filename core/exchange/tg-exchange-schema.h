/* tg-exchange-schema.h — the compiled XSD of the exchange format
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The XSD (schemas/tergeu-case-1.xsd) is compiled into the library as a
 * GResource, so that validation works the same from the build directory
 * and installed; it is parsed once per process and shared (an xmlSchema is
 * read-only once built; validation contexts are per use).
 */
#pragma once

#include <glib.h>
#include <libxml/xmlschemas.h>

G_BEGIN_DECLS

#define TG_EXCHANGE_NAMESPACE      "urn:kz:tergeu:case:1"
#define TG_EXCHANGE_FORMAT_VERSION "1"
#define TG_EXCHANGE_SCHEMA_RESOURCE \
  "/kz/gov/enbek/Tergeu/schemas/tergeu-case-1.xsd"

/* The schema, compiled on first use (owned by the library; never free it).
 * Fails only when the library was built without a usable XSD. */
xmlSchemaPtr tg_exchange_schema_get (GError **error);

G_END_DECLS
