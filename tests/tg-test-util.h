/* tg-test-util.h — building cases for tests
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tg-case.h"
#include "tg-store.h"

G_BEGIN_DECLS

/* A valid case in region 08 on 2026-11-18 with the given victims. */
TgCase  *tg_test_make_case   (guint light,
                              guint severe,
                              guint fatal);
/* Appends a valid victim; returns it (owned by the case). */
gpointer tg_test_add_victim  (TgCase     *kase,
                              TgSeverity  severity);
/* A new store in a fresh temporary folder; *@dir receives the folder. */
TgStore *tg_test_open_store  (char      **dir);
/* Removes the folder made by tg_test_open_store. */
void     tg_test_remove_dir  (const char *dir);
/* Gives @kase a commission with a chair and @n_members further members. */
void     tg_test_add_commission (TgCase *kase,
                                 guint   n_members);
/* The bytes of @path. */
GBytes  *tg_test_read_file   (const char *path);

G_END_DECLS
