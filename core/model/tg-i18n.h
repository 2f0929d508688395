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

/* For a command that writes one file in a chosen language (`report
 * --lang`): every message from now on is in @lang ("kk", "ru", or "en"
 * for the source strings), whatever the locale. Not for a program that
 * goes on showing its interface. */
void tg_i18n_use_language (const char *lang);

/* Messages in a language chosen for one text (a printed document is in the
 * language chosen at printing, not the interface's), from the same "tergeu"
 * catalogues: @lang is "kk" or "ru" (a region or encoding suffix such as
 * "ru_RU.UTF-8" is ignored), "en" or "C" for the source strings, or NULL
 * for the interface language (plain gettext).
 *
 * The compiled catalogue <dir>/<lang>/LC_MESSAGES/tergeu.mo is read once,
 * from the directory the text domain is bound to (tg_i18n_init), else
 * TERGEU_LOCALEDIR, else the installed one. The functions are thread-safe;
 * what they return lives as long as the process. Without a translation they
 * return @msgid. */
const char *tg_i18n_translate         (const char *lang,
                                       const char *msgid) G_GNUC_FORMAT (2);
/* The same for a message marked with a context: C_(@context, @msgid). */
const char *tg_i18n_translate_context (const char *lang,
                                       const char *context,
                                       const char *msgid) G_GNUC_FORMAT (3);
/* The form of @msgid / @msgid_plural for @n, by the catalogue's plural
 * rule (Plural-Forms). */
const char *tg_i18n_ngettext          (const char *lang,
                                       const char *msgid,
                                       const char *msgid_plural,
                                       gulong      n) G_GNUC_FORMAT (3);
/* Every translated form of @msgid in @lang's catalogue (one, or each
 * plural form), to recognise a text written in that language; NULL when
 * the catalogue has none. */
GStrv       tg_i18n_dup_forms         (const char *lang,
                                       const char *msgid);

/* A value quoted in a message is shown up to this many characters, then
 * "…" (issue 16: a 5 000-character value was echoed whole). */
#define TG_I18N_QUOTE_CHARS 80

/* @message with every quotation “…” (and '…' too when @apostrophes, as
 * libxml2 quotes) longer than TG_I18N_QUOTE_CHARS characters cut there. */
char       *tg_i18n_shorten_quotes    (const char *message,
                                       gboolean    apostrophes);

G_END_DECLS
