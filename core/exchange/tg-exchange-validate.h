/* tg-exchange-validate.h — check exchange files without a database
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tg-exchange-report.h"

G_BEGIN_DECLS

/**
 * tg_exchange_validate_file:
 * @path: an exchange file
 * @report: where every message goes (`FILE:LINE: case N: text`)
 * @error: return location for a #GError in %TG_XML_INPUT_ERROR: the first
 *   error and how many more
 *
 * Reads @path through the importer's own pipeline, without a store —
 * its limits, refusals, schema and every rule of domain.md, the same
 * checks with the same messages — in one streaming pass, collecting all
 * errors (up to %TG_XML_INPUT_DEFAULT_MAX_ERRORS).  Touches no database
 * (`tergeu-cli validate`).
 *
 * Returns: %TRUE when the file is valid
 */
gboolean tg_exchange_validate_file (const char        *path,
                                    TgExchangeReport  *report,
                                    GError           **error);
/* The same, and how many cases the file holds. */
gboolean tg_exchange_validate_file_full (const char        *path,
                                         TgExchangeReport  *report,
                                         guint             *n_cases,
                                         GError           **error);

G_END_DECLS
