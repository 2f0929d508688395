/* tg-demo.h — synthetic cases for demonstrations and load tests
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tg-store.h"

G_BEGIN_DECLS

#define TG_DEMO_ERROR (tg_demo_error_quark ())

typedef enum
{
  TG_DEMO_ERROR_TOO_MANY,   /* more cases than registration numbers allow */
  TG_DEMO_ERROR_FAILED,     /* a generated case was refused (a bug) */
} TgDemoError;

GQuark tg_demo_error_quark (void);

/* Called about every 10 000 cases and once at the end. */
typedef void (*TgDemoProgress) (guint    done,
                                guint    total,
                                gpointer user_data);

/**
 * tg_demo_generate:
 * @store: the store to fill
 * @n_cases: how many cases to add
 * @seed: the same seed gives the same cases (UUIDs, numbers, names)
 * @progress: (nullable): progress callback
 * @user_data: data for @progress
 * @error: return location for a #GError
 *
 * Adds @n_cases fictitious but realistic cases, 2015 to today: Kazakh and
 * Russian names with IINs that match them, a pool of employers with valid
 * BINs, the regions of each year, a realistic mix of severities and group
 * accidents, and states, investigations, commissions, extensions,
 * findings, disputes and information requests that agree with the rules
 * and with the time elapsed, each case with its history. Recent local
 * investigations include overdue ones.
 *
 * "Today" is the environment variable TERGEU_TODAY when it is set and not
 * in the future (as for the store), else today in Astana.
 *
 * Cases are inserted in transactions of 50 000; on error the current
 * transaction is rolled back and earlier ones stay.
 *
 * Returns: %TRUE on success
 */
gboolean tg_demo_generate (TgStore        *store,
                           guint           n_cases,
                           guint32         seed,
                           TgDemoProgress  progress,
                           gpointer        user_data,
                           GError        **error);

G_END_DECLS
