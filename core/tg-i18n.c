/* tg-i18n.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-i18n"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "tg-i18n.h"

void
tg_i18n_init (void)
{
  const char *dir = g_getenv ("TERGEU_LOCALEDIR");
  const char *messages;

  setlocale (LC_ALL, "");
  /* glibc ignores LANGUAGE when LC_MESSAGES is C or POSIX; C.UTF-8 keeps
   * the same formats and honours it, so `LANGUAGE=kk tergeu-cli …` works
   * on a machine without a configured locale. */
  messages = setlocale (LC_MESSAGES, NULL);
  if (g_getenv ("LANGUAGE") != NULL && messages != NULL &&
      (g_str_equal (messages, "C") || g_str_equal (messages, "POSIX")))
    setlocale (LC_MESSAGES, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, dir != NULL && *dir != '\0' ? dir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
}
