/* tg-exchange-message.h — one finding about an exchange file
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  TG_EXCHANGE_SEVERITY_WARNING,
  TG_EXCHANGE_SEVERITY_ERROR,
} TgExchangeSeverity;

GType tg_exchange_severity_get_type (void) G_GNUC_CONST;
#define TG_TYPE_EXCHANGE_SEVERITY (tg_exchange_severity_get_type ())

#define TG_TYPE_EXCHANGE_MESSAGE (tg_exchange_message_get_type ())
G_DECLARE_FINAL_TYPE (TgExchangeMessage, tg_exchange_message,
                      TG, EXCHANGE_MESSAGE, GObject)

/**
 * tg_exchange_message_new:
 * @severity: error (the file is refused) or warning (reported only)
 * @file: the file's base name
 * @line: the line in @file, or 0 for the file as a whole
 * @case_label: the case's registration number or id, or %NULL
 * @text: what is wrong and what to do, in the user's language
 *
 * Returns: (transfer full): a new message
 */
TgExchangeMessage  *tg_exchange_message_new            (TgExchangeSeverity  severity,
                                                        const char         *file,
                                                        guint               line,
                                                        const char         *case_label,
                                                        const char         *text);
TgExchangeSeverity  tg_exchange_message_get_severity   (TgExchangeMessage  *self);
const char         *tg_exchange_message_get_file       (TgExchangeMessage  *self);
guint               tg_exchange_message_get_line       (TgExchangeMessage  *self);
const char         *tg_exchange_message_get_case_label (TgExchangeMessage  *self);
const char         *tg_exchange_message_get_text       (TgExchangeMessage  *self);

/**
 * tg_exchange_message_format:
 * @self: a #TgExchangeMessage
 *
 * The message on one line, as the command line prints it:
 * `FILE:LINE: case LABEL: text` (the line and the case left out when
 * unknown; warnings say so).
 *
 * Returns: (transfer full): the formatted message
 */
char               *tg_exchange_message_format         (TgExchangeMessage  *self);

G_END_DECLS
