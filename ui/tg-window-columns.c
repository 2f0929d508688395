/* tg-window-columns.c — the case list's cells and its sorting
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list is sorted in SQL (TgCaseListModel), not by a GtkSortListModel.
 * Each column still has a sorter, so that its header is clickable and shows
 * the indicator; GTK 4.8 has no public way to ask the column view which
 * column is primary (GtkColumnViewSorter is public from 4.10), so each
 * column's sorter records its key when the view's sorter compares two
 * probe rows: the first to answer is the primary column, and the sign of
 * the answer gives the order.
 */
#define G_LOG_DOMAIN "tg-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-cells.h"
#include "tg-deadline.h"
#include "tg-regions.h"
#include "tg-window-private.h"

static int probed_sort = -1;

static int
probe_compare (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  if (probed_sort < 0)
    probed_sort = GPOINTER_TO_INT (user_data);
  return GTK_ORDERING_SMALLER;
}

static void
view_sorter_changed_cb (TgWindow        *self,
                        GtkSorterChange  change,
                        GtkSorter       *sorter)
{
  g_autoptr(TgCaseSummary) a = NULL;
  g_autoptr(TgCaseSummary) b = NULL;
  GtkOrdering order;

  /* Columns go away one by one when the window is destroyed. */
  if (self->model == NULL || gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;
  a = tg_case_summary_new ();
  b = tg_case_summary_new ();

  probed_sort = -1;
  order = gtk_sorter_compare (sorter, a, b);
  if (probed_sort < 0)
    tg_case_list_model_set_sort (self->model, TG_CASE_SORT_NUMBER, FALSE);
  else
    tg_case_list_model_set_sort (self->model, (TgCaseSort) probed_sort,
                                 order == GTK_ORDERING_LARGER);
}

void
tg_window_setup_columns (TgWindow *self)
{
  static const struct
  {
    const char *id;
    TgCaseSort  sort;
  } columns[] = {
    { "number_column", TG_CASE_SORT_NUMBER },
    { "occurred_column", TG_CASE_SORT_OCCURRED },
    { "employer_column", TG_CASE_SORT_EMPLOYER },
    { "region_column", TG_CASE_SORT_REGION },
    { "victims_column", TG_CASE_SORT_VICTIMS },
    { "deaths_column", TG_CASE_SORT_DEATHS },
    { "state_column", TG_CASE_SORT_STATE },
    { "due_column", TG_CASE_SORT_DUE },
  };
  GtkColumnViewColumn *number = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      GtkColumnViewColumn *column;
      g_autoptr(GtkCustomSorter) sorter = NULL;

      column = GTK_COLUMN_VIEW_COLUMN (gtk_widget_get_template_child (GTK_WIDGET (self), TG_TYPE_WINDOW, columns[i].id));
      sorter = gtk_custom_sorter_new (probe_compare, GINT_TO_POINTER (columns[i].sort), NULL);
      gtk_column_view_column_set_sorter (column, GTK_SORTER (sorter));
      if (i == 0)
        number = column;
    }
  gtk_column_view_sort_by_column (self->column_view, number, GTK_SORT_ASCENDING);
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (view_sorter_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
setup_due_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (item, box);
}

static void
set_label (GtkListItem *item,
           const char  *text)
{
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text != NULL ? text : "");
}

#define SUMMARY(item) TG_CASE_SUMMARY (gtk_list_item_get_item (item))

static void
bind_number_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  set_label (item, SUMMARY (item)->number);
}

static void
bind_occurred_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item)
{
  g_autofree char *text = tg_format_date (SUMMARY (item)->occurred);

  set_label (item, text);
}

static void
bind_employer_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item)
{
  set_label (item, SUMMARY (item)->employer);
  gtk_widget_set_tooltip_text (gtk_list_item_get_child (item), SUMMARY (item)->employer);
}

static void
bind_region_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  const TgRegion *region = SUMMARY (item)->region != NULL ? tg_region_lookup (SUMMARY (item)->region) : NULL;

  set_label (item, region != NULL ? tg_region_name (region) : SUMMARY (item)->region);
}

static void
bind_count (GtkListItem *item,
            guint        n)
{
  g_autofree char *text = g_strdup_printf ("%u", n);

  set_label (item, text);
}

static void
bind_victims_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item)
{
  bind_count (item, SUMMARY (item)->n_victims);
}

static void
bind_deaths_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  bind_count (item, SUMMARY (item)->n_deaths);
}

static void
bind_state_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  TgCaseSummary *summary = SUMMARY (item);

  set_label (item, summary->number != NULL ? tg_state_label (summary->state) : "");
}

static void
bind_due_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             TgWindow                 *self)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *icon = gtk_widget_get_first_child (box);
  GtkWidget *label = gtk_widget_get_last_child (box);
  g_autofree char *text = NULL;
  TgDeadlineStatus status;

  status = tg_deadline_status (tg_store_get_calendar (self->store), SUMMARY (item)->deadline, &text);
  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_widget_remove_css_class (box, "error");
  gtk_widget_remove_css_class (box, "warning");
  gtk_widget_set_visible (icon, status == TG_DEADLINE_OVERDUE || status == TG_DEADLINE_NEAR);
  if (status == TG_DEADLINE_OVERDUE)
    {
      gtk_image_set_from_icon_name (GTK_IMAGE (icon), "dialog-warning-symbolic");
      gtk_widget_add_css_class (box, "error");
    }
  else if (status == TG_DEADLINE_NEAR)
    {
      gtk_image_set_from_icon_name (GTK_IMAGE (icon), "alarm-symbolic");
      gtk_widget_add_css_class (box, "warning");
    }
}

void
tg_window_class_add_column_callbacks (GtkWidgetClass *widget_class)
{
  static const char * const ids[] = {
    "number_column", "occurred_column", "employer_column", "region_column",
    "victims_column", "deaths_column", "state_column", "due_column",
  };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    gtk_widget_class_bind_template_child_full (widget_class, ids[i], FALSE, 0);
  gtk_widget_class_bind_template_callback_full (widget_class, "setup_label_cb", G_CALLBACK (tg_cell_setup_text));
  gtk_widget_class_bind_template_callback_full (widget_class, "setup_numeric_cb", G_CALLBACK (tg_cell_setup_number));
  gtk_widget_class_bind_template_callback (widget_class, setup_due_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_number_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_occurred_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_employer_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_region_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_victims_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_deaths_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_state_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_due_cb);
}
