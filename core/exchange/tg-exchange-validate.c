/* tg-exchange-validate.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Validating is importing without a store: one reader pipeline and one
 * copy of each check, for `validate` and `import` alike (issue 16; the
 * checks of identities used to exist here a second time, with the same
 * messages, while `validate` ran the importer).
 */
#define G_LOG_DOMAIN "tg-exchange"

#include "config.h"

#include "tg-exchange-private.h"
#include "tg-exchange-validate.h"

gboolean
tg_exchange_validate_file (const char        *path,
                           TgExchangeReport  *report,
                           GError           **error)
{
  return tg_exchange_validate_file_full (path, report, NULL, error);
}

gboolean
tg_exchange_validate_file_full (const char        *path,
                                TgExchangeReport  *report,
                                guint             *n_cases,
                                GError           **error)
{
  TgExchangeTotals totals = { 0, };
  gboolean ok;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (TG_IS_EXCHANGE_REPORT (report), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  ok = _tg_exchange_check_file (path, report, &totals, error);
  if (n_cases != NULL)
    *n_cases = totals.n_cases;
  return ok;
}
