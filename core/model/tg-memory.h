/* tg-memory.h — how the programs use memory
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Called first thing by each program (tergeu, tergeu-cli). */
void tg_memory_init (void);

G_END_DECLS
