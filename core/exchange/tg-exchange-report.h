/* tg-exchange-report.h — what validating or importing exchange files found
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A report collects the messages (errors and warnings) of one or more
 * files in the order they were found, as a GListModel of
 * TgExchangeMessage for the user interface, and counts them.
 */
#pragma once

#include <gio/gio.h>

#include "tg-exchange-message.h"

G_BEGIN_DECLS

#define TG_TYPE_EXCHANGE_REPORT (tg_exchange_report_get_type ())
G_DECLARE_FINAL_TYPE (TgExchangeReport, tg_exchange_report,
                      TG, EXCHANGE_REPORT, GObject)

TgExchangeReport *tg_exchange_report_new          (void);

/* Appends @message (a reference is taken). */
void              tg_exchange_report_add          (TgExchangeReport  *self,
                                                   TgExchangeMessage *message);

/**
 * tg_exchange_report_get_messages:
 * @self: a #TgExchangeReport
 *
 * Returns: (transfer none): a #GListModel of #TgExchangeMessage
 */
GListModel       *tg_exchange_report_get_messages (TgExchangeReport  *self);
guint             tg_exchange_report_get_n_errors   (TgExchangeReport *self);
guint             tg_exchange_report_get_n_warnings (TgExchangeReport *self);

/* Every message, formatted, one per line (for the command line). */
char             *tg_exchange_report_format       (TgExchangeReport  *self);

G_END_DECLS
