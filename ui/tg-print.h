/* tg-print.h — printing documents with GtkPrintOperation
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tg-chart.h"
#include "tg-document.h"

G_BEGIN_DECLS

/* Prints @doc: its pages as tg_document_render_page draws them, full A4
 * page (the document has its own margins).  With
 * GTK_PRINT_OPERATION_ACTION_EXPORT, writes a PDF to @export_path.  The
 * print settings the user chose are kept for the next time. */
GtkPrintOperationResult tg_print_document      (GtkWindow                *parent,
                                                TgDocument               *doc,
                                                GtkPrintOperationAction   action,
                                                const char               *export_path,
                                                GError                  **error);
/* The same, then @charts (TgChart), two a page. */
GtkPrintOperationResult tg_print_document_with_charts (GtkWindow               *parent,
                                                       TgDocument              *doc,
                                                       GPtrArray               *charts,
                                                       GtkPrintOperationAction  action,
                                                       const char              *export_path,
                                                       GError                 **error);
/* Asks for a file name (offering @suggested_name) and writes a PDF. */
void                    tg_print_export_pdf    (GtkWindow                *parent,
                                                TgDocument               *doc,
                                                const char               *suggested_name);
/* $XDG_CONFIG_HOME/tergeu/print-settings.ini */
char                   *tg_print_settings_path (void);

G_END_DECLS
