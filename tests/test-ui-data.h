/* test-ui-data.h — cases for the UI tests and screenshots, made through
 * the command layer
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tg-store.h"

G_BEGIN_DECLS

/* Creates @n cases of every kind (light, severe, group, 4 deaths), routed,
 * some started days ago so that they are overdue or near their due date. */
gboolean tg_test_populate     (TgStore  *store,
                               guint     n,
                               GError  **error);
/* A case with every part filled through commands: employer, accident,
 * a victim (four who died, with @committee), three commission members
 * (appointed by order "7-к", with @committee), findings with causes,
 * persons responsible, violated norms and fault shares, an answered
 * request, a decided and appealed dispute "d1". Its id. */
char    *tg_test_full_case    (TgStore  *store,
                               gboolean  committee,
                               GError  **error);
/* One case with @n_victims victims of whom @n_deaths died. */
TgCase  *tg_test_case_new     (guint     index,
                               guint     n_victims,
                               guint     n_deaths);

G_END_DECLS
