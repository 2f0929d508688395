/* tg-case-page-print.c — printing the case's documents
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each print action opens the preview (Kazakh first, Russian a click away)
 * from which the user prints or exports a PDF.  What cannot be printed yet
 * is an insensitive button whose tooltip says why (tg_printed_check).
 */
#define G_LOG_DOMAIN "tg-case-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-case-page-private.h"
#include "tg-print-preview.h"

TgPrintPreview *
tg_case_page_print (TgCasePage    *self,
                    TgPrintedKind  kind,
                    const char    *item_id)
{
  g_autoptr(GError) error = NULL;
  TgPrintPreview *preview = tg_print_preview_new (self->store, self->kase, kind, item_id, &error);

  if (preview == NULL)
    {
      tg_case_page_toast (self, error->message);
      return NULL;
    }
  gtk_window_set_transient_for (GTK_WINDOW (preview), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (GTK_WINDOW (preview));
  return preview;
}

/* Sets @button insensitive with the reason when @kind cannot be printed. */
void
tg_case_page_check_print_button (TgCasePage    *self,
                                 GtkWidget     *button,
                                 TgPrintedKind  kind,
                                 const char    *item_id,
                                 const char    *tooltip)
{
  g_autoptr(GError) error = NULL;
  gboolean can = self->kase != NULL && tg_printed_check (self->kase, kind, item_id, &error);

  gtk_widget_set_sensitive (button, can);
  gtk_widget_set_tooltip_text (button, can ? tooltip : error->message);
}

static void
print_action (GtkWidget  *widget,
              const char *name,
              GVariant   *parameter)
{
  TgCasePage *self = TG_CASE_PAGE (widget);
  const char *item_id = parameter != NULL ? g_variant_get_string (parameter, NULL) : NULL;
  TgPrintedKind kind = TG_PRINTED_CARD;

  if (g_str_equal (name, "case.print-order"))
    kind = TG_PRINTED_ORDER;
  else if (g_str_equal (name, "case.print-decision"))
    kind = TG_PRINTED_DECISION;
  else if (g_str_equal (name, "case.print-request"))
    kind = TG_PRINTED_REQUEST;
  else if (g_str_equal (name, "case.print-act"))
    kind = TG_PRINTED_ACT;
  else if (g_str_equal (name, "case.print-extension-order"))
    kind = TG_PRINTED_EXTENSION_ORDER;
  else if (g_str_equal (name, "case.print-composition-order"))
    kind = TG_PRINTED_COMPOSITION_ORDER;
  if (self->kase != NULL)
    tg_case_page_print (self, kind, item_id);
}

void
tg_case_page_update_print_actions (TgCasePage *self)
{
  gboolean order = self->kase != NULL && tg_printed_check (self->kase, TG_PRINTED_ORDER, NULL, NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "case.print-order", order);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "case.print-card", self->kase != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "case.print-act", self->kase != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "case.print-composition-order", order);
}

void
tg_case_page_class_add_print_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "case.print-order", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "case.print-card", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "case.print-decision", "s", print_action);
  gtk_widget_class_install_action (widget_class, "case.print-request", "s", print_action);
  gtk_widget_class_install_action (widget_class, "case.print-act", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "case.print-extension-order", "s", print_action);
  gtk_widget_class_install_action (widget_class, "case.print-composition-order", NULL, print_action);
}
