/* tg-i18n.h — the user's language for messages
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Sets the locale from the environment and binds the message catalogue:
 * from TERGEU_LOCALEDIR when set (running from the build tree, where
 * `meson devenv` sets it), else the installed one. Honours LANGUAGE even
 * under the C locale, where glibc would ignore it. */
void tg_i18n_init (void);

G_END_DECLS
