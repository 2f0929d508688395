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

#include <string.h>

#include <glib/gi18n-lib.h>

#include "tg-cells.h"
#include "tg-deadline.h"
#include "tg-oversight-item.h"
#include "tg-regions.h"
#include "tg-window-private.h"

static int probed_sort = -1;

static const char * const column_ids[] = {
  "number_column", "dispute_column", "occurred_column", "employer_column", "region_column",
  "victims_column", "deaths_column", "state_column", "due_column",
};

static int
probe_compare (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  if (probed_sort < 0)
    probed_sort = GPOINTER_TO_INT (user_data);
  return GTK_ORDERING_SMALLER;
}

static void width_changed_cb (TgWindow      *self,
                              GtkAdjustment *adjustment);

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
  self->sort = probed_sort < 0 ? TG_CASE_SORT_NUMBER : (TgCaseSort) probed_sort;
  self->descending = probed_sort >= 0 && order == GTK_ORDERING_LARGER;
  /* A view being switched to queries once, with its filters and sort. */
  if (!self->switching_view)
    tg_case_list_model_set_sort (self->model, self->sort, self->descending);
}

static GtkColumnViewColumn *
column (TgWindow   *self,
        const char *id)
{
  return GTK_COLUMN_VIEW_COLUMN (gtk_widget_get_template_child (GTK_WIDGET (self), TG_TYPE_WINDOW, id));
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

  /* The fitting knows a column by its id. */
  for (guint i = 0; i < G_N_ELEMENTS (column_ids); i++)
    g_object_set_data (G_OBJECT (column (self, column_ids[i])), "tg-column-id", (gpointer) column_ids[i]);
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      g_autoptr(GtkCustomSorter) sorter = NULL;

      sorter = gtk_custom_sorter_new (probe_compare, GINT_TO_POINTER (columns[i].sort), NULL);
      gtk_column_view_column_set_sorter (column (self, columns[i].id), GTK_SORTER (sorter));
    }
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (view_sorter_changed_cb), self, G_CONNECT_SWAPPED);
  tg_window_sort_for_view (self);
  tg_window_size_columns (self);
  g_signal_connect_object (gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (self->column_view)), "changed",
                           G_CALLBACK (width_changed_cb), self, G_CONNECT_SWAPPED);
}

/* What each view is for decides its order until the user clicks a header:
 * where deadlines run, the most urgent first; elsewhere the newest
 * accident first. */
void
tg_window_sort_for_view (TgWindow *self)
{
  gboolean by_due = self->view == TG_VIEW_NEEDS_ACTION || self->view == TG_VIEW_COMMITTEE ||
                    self->view == TG_VIEW_LOCAL_CONTROL || self->view == TG_VIEW_DISPUTES;

  /* Among disputes the deadline is the decision's. */
  gtk_column_view_column_set_title (column (self, "due_column"),
                                    self->view == TG_VIEW_DISPUTES ? _("Decision due") : _("Due"));
  if (gtk_widget_get_realized (GTK_WIDGET (self->column_view)))
    tg_window_size_columns (self);
  self->switching_view = TRUE;
  /* One arrow: the view's order replaces whatever was sorted before. */
  gtk_column_view_sort_by_column (self->column_view, NULL, GTK_SORT_ASCENDING);
  gtk_column_view_sort_by_column (self->column_view, column (self, by_due ? "due_column" : "occurred_column"),
                                  by_due ? GTK_SORT_ASCENDING : GTK_SORT_DESCENDING);
  self->switching_view = FALSE;
}

/* ---- widths -------------------------------------------------------------
 *
 * The number, the state and the deadline are what the list is for: their
 * columns are as wide as the longest thing they can show in the
 * interface's language (and their title), so they are never cut. The
 * employer takes the rest. When the window is too narrow for all, the
 * columns that matter least go first, whole: victims, region, deaths,
 * the accident's date.
 */

/* A cell's padding either side (style.css) and the 1 px border libadwaita
 * draws between cells, and a pixel to spare for rounding. */
#define CELL_PADDING 14
/* The due cell's icon and the space after it. */
#define DUE_ICON 22
/* Below this the employer's name (or, among disputes, the dispute) says
 * too little. */
#define EMPLOYER_MIN_WIDTH 180
/* What it keeps when even without the columns that may go the number,
 * state and deadline need more (Russian at 1024 px): those stay whole. */
#define EMPLOYER_FLOOR 96

static const char * const dropped_first[] = {
  "victims_column", "region_column", "deaths_column", "occurred_column",
};

/* Among disputes the dispute takes the rest, wrapping its lines; the
 * employer keeps a fixed share and goes, after the region, when the
 * window is narrow. The accident's date and counts are not shown. */
static const char * const disputes_dropped_first[] = {
  "region_column", "employer_column",
};

static const char * const not_among_disputes[] = {
  "occurred_column", "victims_column", "deaths_column", NULL,
};

static gboolean
in_view (TgWindow   *self,
         const char *id)
{
  if (self->view != TG_VIEW_DISPUTES)
    return !g_str_equal (id, "dispute_column");
  return !g_strv_contains (not_among_disputes, id);
}

static int
text_width (TgWindow   *self,
            const char *text)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self->column_view), text);
  int width;

  /* Rounded up, as a label rounds its own. */
  pango_layout_get_size (layout, &width, NULL);
  return PANGO_PIXELS_CEIL (width);
}

/* The column's title as the header draws it (with the sort arrow). */
static int
title_width (TgWindow            *self,
             GtkColumnViewColumn *col)
{
  GtkWidget *header = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
  GListModel *columns = gtk_column_view_get_columns (self->column_view);
  GtkWidget *title = header != NULL ? gtk_widget_get_first_child (header) : NULL;
  int natural = 0;

  for (guint i = 0; title != NULL && i < g_list_model_get_n_items (columns); i++, title = gtk_widget_get_next_sibling (title))
    {
      g_autoptr(GtkColumnViewColumn) c = g_list_model_get_item (columns, i);

      /* Measured free: a fixed width is what a title says it needs. */
      if (c == col)
        {
          int fixed = gtk_column_view_column_get_fixed_width (col);

          gtk_column_view_column_set_fixed_width (col, -1);
          gtk_widget_measure (title, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
          gtk_column_view_column_set_fixed_width (col, fixed);
        }
    }
  return natural;
}

static int
widest (TgWindow           *self,
        const char * const *texts,
        guint               n)
{
  int width = 0;

  for (guint i = 0; i < n; i++)
    width = MAX (width, text_width (self, texts[i]));
  return width + CELL_PADDING;
}

/* Where @text is best broken into two lines (the longer half as short
 * as it can be): the offset of that space, or -1 when it has none; its
 * width so broken in @width. */
static int
best_break (TgWindow   *self,
            const char *text,
            int        *width)
{
  int at = -1;

  *width = text_width (self, text);
  for (const char *space = strchr (text, ' '); space != NULL; space = strchr (space + 1, ' '))
    {
      g_autofree char *head = g_strndup (text, space - text);
      int w = MAX (text_width (self, head), text_width (self, space + 1));

      if (w < *width)
        {
          *width = w;
          at = space - text;
        }
    }
  return at;
}

static int
widest_in_two_lines (TgWindow           *self,
                     const char * const *texts,
                     guint               n)
{
  int width = 0;

  for (guint i = 0; i < n; i++)
    {
      int w;

      best_break (self, texts[i], &w);
      width = MAX (width, w);
    }
  return width + CELL_PADDING;
}

static void
set_width (TgWindow   *self,
           const char *id,
           int         content)
{
  GtkColumnViewColumn *col = column (self, id);

  gtk_column_view_column_set_fixed_width (col, MAX (content, title_width (self, col)));
}

static int
deadline_width (TgWindow *self)
{
  /* Every wording the column can show: the counts near and past, and a date. */
  static const int days[] = { -3, -2, -1, 0, 1, 2, 5, 21, 99, 999 };
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    g_ptr_array_add (texts, tg_oversight_describe_days (days[i]));
  g_ptr_array_add (texts, g_strdup ("88.88.8888"));
  return widest (self, (const char * const *) texts->pdata, texts->len) + DUE_ICON;
}

void
tg_window_size_columns (TgWindow *self)
{
  static const char * const numbers[] = { "88-8888-88888" };
  static const char * const dates[] = { "88.88.8888" };
  static const char * const counts[] = { "888" };
  const char *states[TG_N_STATES];
  g_autoptr(GPtrArray) regions = g_ptr_array_new ();
  const TgRegion *all;
  guint n;

  for (guint s = 0; s < TG_N_STATES; s++)
    states[s] = tg_state_label (s);
  /* Among disputes each row has two or more lines anyway: the state takes
   * two, and the dispute the room (Russian at 1024 px). */
  self->state_width_full = MAX (widest (self, states, TG_N_STATES),
                                title_width (self, column (self, "state_column")));
  self->state_width_two_lines = MAX (widest_in_two_lines (self, states, TG_N_STATES),
                                     title_width (self, column (self, "state_column")));
  all = tg_regions (&n);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (regions, (gpointer) tg_region_name (&all[i]));
  set_width (self, "number_column", widest (self, numbers, G_N_ELEMENTS (numbers)));
  set_width (self, "occurred_column", widest (self, dates, G_N_ELEMENTS (dates)));
  set_width (self, "region_column", widest (self, (const char * const *) regions->pdata, regions->len));
  set_width (self, "victims_column", widest (self, counts, G_N_ELEMENTS (counts)));
  set_width (self, "deaths_column", widest (self, counts, G_N_ELEMENTS (counts)));
  set_width (self, "state_column", widest (self, states, TG_N_STATES));
  set_width (self, "due_column", deadline_width (self));
  tg_window_fit_columns (self, gtk_widget_get_width (GTK_WIDGET (self->column_view)));
}

void
tg_window_fit_columns (TgWindow *self,
                       int       width)
{
  GListModel *columns = gtk_column_view_get_columns (self->column_view);
  gboolean disputes = self->view == TG_VIEW_DISPUTES;
  GtkColumnViewColumn *flexible = column (self, disputes ? "dispute_column" : "employer_column");
  const char * const *dropped = disputes ? disputes_dropped_first : dropped_first;
  guint n_dropped = disputes ? G_N_ELEMENTS (disputes_dropped_first) : G_N_ELEMENTS (dropped_first);
  int needed = EMPLOYER_MIN_WIDTH;

  if (width <= 0)
    return;
  if (self->state_width_full > 0)
    gtk_column_view_column_set_fixed_width (column (self, "state_column"),
                                            disputes ? self->state_width_two_lines : self->state_width_full);
  if (disputes)
    gtk_column_view_column_set_fixed_width (column (self, "employer_column"), EMPLOYER_MIN_WIDTH);
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) c = g_list_model_get_item (columns, i);
      const char *id = g_object_get_data (G_OBJECT (c), "tg-column-id");
      gboolean shown = in_view (self, id);

      if (!shown || c == flexible)
        gtk_column_view_column_set_visible (c, shown);
      else
        needed += gtk_column_view_column_get_fixed_width (c);
    }
  for (guint i = 0; i < n_dropped; i++)
    {
      GtkColumnViewColumn *c = column (self, dropped[i]);
      gboolean fits = needed <= width;

      if (gtk_column_view_column_get_visible (c) != fits)
        gtk_column_view_column_set_visible (c, fits);
      if (!fits)
        needed -= gtk_column_view_column_get_fixed_width (c);
    }
  /* The flexible column takes what is left: the list spans the window. */
  gtk_column_view_column_set_fixed_width (flexible, MAX (EMPLOYER_FLOOR, width - needed + EMPLOYER_MIN_WIDTH));
}

static gboolean
fit_idle_cb (gpointer data)
{
  TgWindow *self = data;

  self->fit_idle = 0;
  tg_window_fit_columns (self, self->fit_width);
  return G_SOURCE_REMOVE;
}

/* The list's width changed: fit its columns, once the allocation is done. */
static void
width_changed_cb (TgWindow      *self,
                  GtkAdjustment *adjustment)
{
  int width = (int) gtk_adjustment_get_page_size (adjustment);

  if (width == self->fit_width || width <= 0)
    return;
  self->fit_width = width;
  if (self->fit_idle == 0)
    self->fit_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, fit_idle_cb, self, NULL);
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

/* Names the cell's column on its label: the layout tests find them so. */
static void
mark_column (GtkWidget  *label,
             const char *column_id)
{
  g_object_set_data (G_OBJECT (label), "tg-column", (gpointer) column_id);
}

#define SUMMARY(item) TG_CASE_SUMMARY (gtk_list_item_get_item (item))

static void
bind_number_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  set_label (item, SUMMARY (item)->number);
  mark_column (gtk_list_item_get_child (item), "number_column");
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

/* Whole, never cut: on one line, or among disputes (where every row has
 * two lines or more) broken where the state column's two-line width was
 * measured.  The break is written, not wrapped: a column view measures a
 * wrapping label's height for a width other than its column's. */
static void
bind_state_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               TgWindow                 *self)
{
  TgCaseSummary *summary = SUMMARY (item);
  const char *label = summary->number != NULL ? tg_state_label (summary->state) : "";
  g_autofree char *text = g_strdup (label);
  int width;
  int at = self->view == TG_VIEW_DISPUTES ? best_break (self, text, &width) : -1;

  if (at >= 0)
    text[at] = '\n';
  set_label (item, text);
  mark_column (gtk_list_item_get_child (item), "state_column");
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
  /* Among disputes, the decision's own due date, never the investigation's. */
  const char *deadline = SUMMARY (item)->has_dispute ? SUMMARY (item)->dispute_due : SUMMARY (item)->deadline;

  status = tg_deadline_status (tg_store_get_calendar (self->store), deadline, &text);
  gtk_label_set_text (GTK_LABEL (label), text);
  mark_column (label, "due_column");
  /* The date itself, when the cell says how near or late it is. */
  if (status == TG_DEADLINE_OVERDUE || status == TG_DEADLINE_NEAR)
    {
      g_autofree char *date = tg_format_date (deadline);
      gtk_widget_set_tooltip_text (box, date);
    }
  else
    gtk_widget_set_tooltip_text (box, NULL);
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

/* Among disputes: who filed, and below it what about and when, wrapped
 * rather than cut. */
static void
setup_dispute_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  for (guint i = 0; i < 2; i++)
    {
      GtkWidget *label = gtk_label_new (NULL);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
      mark_column (label, "dispute_column");
      if (i == 1)
        gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), label);
    }
  gtk_list_item_set_child (item, box);
}

static void
bind_dispute_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item)
{
  TgCaseSummary *summary = SUMMARY (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  g_autofree char *filed = tg_format_date (summary->dispute_filed);
  g_autofree char *about = NULL;

  if (summary->has_dispute)
    /* Translators: the disputes list, under who filed: what the dispute is
     * about (a subject such as “Formalization (the act)”) and the date it was filed */
    about = g_strdup_printf (_("%s, filed %s"), tg_dispute_subject_label (summary->dispute_subject),
                             filed != NULL ? filed : "");
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_first_child (box)),
                      summary->has_dispute ? tg_party_label (summary->dispute_filed_by) : "");
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_last_child (box)), about != NULL ? about : "");
}

void
tg_window_class_add_column_callbacks (GtkWidgetClass *widget_class)
{
  for (guint i = 0; i < G_N_ELEMENTS (column_ids); i++)
    gtk_widget_class_bind_template_child_full (widget_class, column_ids[i], FALSE, 0);
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
  gtk_widget_class_bind_template_callback (widget_class, setup_dispute_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_dispute_cb);
}
