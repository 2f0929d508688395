/* tg-statistics-view.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Accident statistics over a range of accident dates (this year unless
 * changed): a table grouped as chosen, sortable by its numbers; deaths by
 * region against a year earlier, the monthly trend and the severity mix
 * drawn by tg-chart; the most frequent causes.  Every figure is an
 * aggregate query of the core (tg_statistics_query), so the view costs
 * the same on a million cases as on a hundred.
 */
#define G_LOG_DOMAIN "tg-statistics-view"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-cells.h"
#include "tg-dates.h"
#include "tg-form.h"
#include "tg-print.h"
#include "tg-statistics-report.h"
#include "tg-statistics-view-private.h"

/* Causes listed under the table. */
#define TOP_CAUSES 10
/* The charts' base text size on screen, in pixels. */
#define SCREEN_CHART_FONT 15.0
/* The deaths-by-region chart: its title, legend and axis, and a row per
 * region where a bar and its figure are at SCREEN_CHART_FONT. */
#define REGIONS_CHART_HEADING 160
#define REGIONS_CHART_ROW 36
/* A table cell's padding and border (tg-window-columns.c). */
#define CELL_PADDING 14

enum
{
  PROP_0,
  PROP_FOLDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (TgStatisticsView, tg_statistics_view, GTK_TYPE_BOX)

/* The groupings offered, in the order of the drop-down. */
static const TgStatDimension groupings[] = {
  TG_STAT_BY_REGION,
  TG_STAT_BY_MONTH,
  TG_STAT_BY_YEAR,
  TG_STAT_BY_ACTIVITY,
  TG_STAT_BY_SEVERITY,
  TG_STAT_BY_GROUP_SIZE,
  TG_STAT_BY_JURISDICTION,
};

/* ---- the table ---------------------------------------------------------- */

static void
bind_label_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  TgStatRow *row = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), row->label);
  gtk_widget_set_tooltip_text (gtk_list_item_get_child (item), row->label);
}

static void
set_number (GtkListItem *item,
            guint        n)
{
  char text[16];

  g_snprintf (text, sizeof text, "%u", n);
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static void
bind_cases_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  set_number (item, TG_STAT_ROW (gtk_list_item_get_item (item))->cases);
}

static void
bind_victims_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item)
{
  set_number (item, TG_STAT_ROW (gtk_list_item_get_item (item))->victims);
}

static void
bind_deaths_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  set_number (item, TG_STAT_ROW (gtk_list_item_get_item (item))->deaths);
}

static void
bind_severe_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  set_number (item, TG_STAT_ROW (gtk_list_item_get_item (item))->severe);
}

/* Numbers sort largest first on the first click: what one looks for. */
static void
set_numeric_sorter (GtkColumnViewColumn *column,
                    const char          *property)
{
  GtkExpression *expression = gtk_property_expression_new (TG_TYPE_STAT_ROW, NULL, property);
  g_autoptr(GtkNumericSorter) sorter = gtk_numeric_sorter_new (expression);

  gtk_numeric_sorter_set_sort_order (sorter, GTK_SORT_DESCENDING);
  gtk_column_view_column_set_sorter (column, GTK_SORTER (sorter));
}

static void
setup_table (TgStatisticsView *self)
{
  GtkSorter *sorter = gtk_column_view_get_sorter (self->table);
  GtkSortListModel *sorted;
  g_autoptr(GtkNoSelection) selection = NULL;

  set_numeric_sorter (self->cases_column, "cases");
  set_numeric_sorter (self->victims_column, "victims");
  set_numeric_sorter (self->deaths_column, "deaths");
  set_numeric_sorter (self->severe_column, "severe");
  sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->rows)), g_object_ref (sorter));
  selection = gtk_no_selection_new (G_LIST_MODEL (sorted));
  gtk_column_view_set_model (self->table, GTK_SELECTION_MODEL (selection));
}

/* The rows' labels in full (regions, activities): their column is as
 * wide as the widest; a table wider than the page scrolls in it. */
static void
size_label_column (TgStatisticsView *self)
{
  GListModel *rows = G_LIST_MODEL (self->rows);
  int widest = 0;

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(TgStatRow) row = g_list_model_get_item (rows, i);
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self->table), row->label);
      int width;

      pango_layout_get_size (layout, &width, NULL);
      widest = MAX (widest, PANGO_PIXELS_CEIL (width));
    }
  gtk_column_view_column_set_fixed_width (self->label_column, MIN (widest + CELL_PADDING, 420));
}

static void
show_total (TgStatisticsView *self)
{
  /* Translators: the sum under the statistics table */
  g_autofree char *text = g_strdup_printf (_("Total: %u accidents, %u victims, %u deaths, %u severe injuries"),
                                           self->total->cases, self->total->victims, self->total->deaths,
                                           self->total->severe);

  gtk_label_set_text (self->total_label, text);
}

static void
show_causes (TgStatisticsView *self)
{
  GtkWidget *child;
  guint n = self->causes != NULL ? g_list_model_get_n_items (self->causes) : 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->causes_list))) != NULL)
    gtk_list_box_remove (self->causes_list, child);
  for (guint i = 0; i < n && i < TOP_CAUSES; i++)
    {
      g_autoptr(TgStatRow) cause = g_list_model_get_item (self->causes, i);
      GtkWidget *row = adw_action_row_new ();
      char count[16];
      GtkWidget *label;

      g_snprintf (count, sizeof count, "%u", cause->cases);
      label = gtk_label_new (count);
      gtk_widget_add_css_class (label, "numeric");
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cause->label);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
      gtk_list_box_append (self->causes_list, row);
    }
  if (n == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No findings in this period"));
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (self->causes_list, row);
    }
}

/* ---- querying ----------------------------------------------------------- */

static void
show_error (TgStatisticsView *self,
            const char       *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
}

static gboolean
load_rows (TgStatisticsView  *self,
           GError           **error)
{
  g_autoptr(GListModel) rows = tg_statistics_query (self->store, self->by, self->from, self->to, error);
  guint n;

  if (rows == NULL)
    return FALSE;
  n = g_list_model_get_n_items (rows);
  g_list_store_remove_all (self->rows);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TgStatRow) row = g_list_model_get_item (rows, i);
      g_list_store_append (self->rows, row);
    }
  g_clear_object (&self->total);
  self->total = tg_statistics_total (rows);
  g_clear_object (&self->causes);
  self->causes = tg_statistics_query (self->store, TG_STAT_BY_CAUSE, self->from, self->to, error);
  return self->causes != NULL;
}

static void
query (TgStatisticsView *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *period = NULL;

  if (self->store == NULL)
    return;
  gtk_column_view_column_set_title (self->label_column, tg_stat_dimension_label (self->by));
  period = tg_statistics_view_period (self);
  adw_window_title_set_subtitle (self->title, period);
  if (!load_rows (self, &error) || (tg_statistics_view_build_charts (self, &error), error != NULL))
    {
      show_error (self, error->message);
      return;
    }
  show_error (self, NULL);
  /* A bar and its figure a readable line each, however many regions. */
  if (self->charts[TG_STAT_CHART_REGIONS] != NULL)
    gtk_drawing_area_set_content_height (self->areas[TG_STAT_CHART_REGIONS],
                                         REGIONS_CHART_HEADING +
                                         REGIONS_CHART_ROW * (int) tg_chart_get_n_categories (self->charts[TG_STAT_CHART_REGIONS]));
  size_label_column (self);
  show_total (self);
  show_causes (self);
  for (guint i = 0; i < TG_N_STAT_CHARTS; i++)
    gtk_widget_queue_draw (GTK_WIDGET (self->areas[i]));
}

/* An entry's date: TRUE with NULL when empty, FALSE when not a date. */
static gboolean
entry_date (GtkEntry  *entry,
            char     **date)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  GDate parsed;
  gboolean ok;

  *date = NULL;
  ok = *text == '\0' || tg_form_parse_date (text, &parsed);
  if (ok && *text != '\0')
    *date = tg_date_format_iso (&parsed);
  if (ok)
    gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
  return ok;
}

static void
range_changed_cb (TgStatisticsView *self)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  gboolean from_ok = entry_date (self->from_entry, &from);
  gboolean to_ok = entry_date (self->to_entry, &to);

  /* Typing "2026-0" is not yet a date: wait for one. */
  if (!from_ok || !to_ok)
    return;
  if (g_strcmp0 (from, self->from) == 0 && g_strcmp0 (to, self->to) == 0)
    return;
  g_free (self->from);
  g_free (self->to);
  self->from = g_steal_pointer (&from);
  self->to = g_steal_pointer (&to);
  query (self);
}

static void
grouping_changed_cb (TgStatisticsView *self)
{
  guint selected = gtk_drop_down_get_selected (self->by_dropdown);

  if (selected >= G_N_ELEMENTS (groupings) || groupings[selected] == self->by)
    return;
  self->by = groupings[selected];
  query (self);
}

/* ---- charts ------------------------------------------------------------- */

static void
draw_chart_cb (GtkDrawingArea *area,
               cairo_t        *cr,
               int             width,
               int             height,
               gpointer        user_data)
{
  TgChart **chart = user_data;

  /* Labels at 0.8 of the base size are 9 pt (12 px at 96 dpi) at least. */
  if (*chart != NULL)
    tg_chart_draw_with_font (*chart, cr, width, height, SCREEN_CHART_FONT);
}

/* ---- export and print --------------------------------------------------- */

gboolean
tg_statistics_view_export_csv (TgStatisticsView  *self,
                               const char        *path,
                               GError           **error)
{
  TgReportOptions options = TG_REPORT_OPTIONS_INIT;

  g_return_val_if_fail (TG_IS_STATISTICS_VIEW (self), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  options.by = self->by;
  options.from = self->from;
  options.to = self->to;
  return tg_statistics_write_report (self->store, &options, path, error);
}

static void
export_response_cb (GtkNativeDialog  *chooser,
                    int               response,
                    TgStatisticsView *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  path = file != NULL ? g_file_get_path (file) : NULL;
  if (path != NULL && !g_str_has_suffix (path, ".csv") && !g_str_has_suffix (path, ".CSV"))
    {
      char *named = g_strconcat (path, ".csv", NULL);
      g_free (path);
      path = named;
    }
  if (path != NULL && !tg_statistics_view_export_csv (self, path, &error))
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                  _("The Table Was Not Saved"), error->message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
export_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  TgStatisticsView *self = TG_STATISTICS_VIEW (widget);
  GtkWindow *parent = GTK_WINDOW (gtk_widget_get_root (widget));
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  chooser = gtk_file_chooser_native_new (_("Export the Table"), parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("CSV tables"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  /* Translators: a file name: "statistics-2026-01-01-2026-12-31.csv" */
  name = g_strdup_printf (_("statistics-%s-%s.csv"), self->from != NULL ? self->from : "",
                          self->to != NULL ? self->to : "");
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

GtkPrintOperationResult
tg_statistics_view_print (TgStatisticsView        *self,
                          GtkPrintOperationAction  action,
                          const char              *export_path,
                          GError                 **error)
{
  g_autoptr(TgDocument) doc = NULL;
  g_autoptr(GPtrArray) charts = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (TG_IS_STATISTICS_VIEW (self), GTK_PRINT_OPERATION_RESULT_ERROR);

  doc = tg_statistics_view_document (self);
  for (guint i = 0; i < TG_N_STAT_CHARTS; i++)
    if (self->charts[i] != NULL)
      g_ptr_array_add (charts, g_object_ref (self->charts[i]));
  return tg_print_document_with_charts (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), doc, charts,
                                        action, export_path, error);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  g_autoptr(GError) error = NULL;

  if (tg_statistics_view_print (TG_STATISTICS_VIEW (widget), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                NULL, &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_error (TG_STATISTICS_VIEW (widget), error != NULL ? error->message : NULL);
}

/* ---- public ------------------------------------------------------------- */

void
tg_statistics_view_refresh (TgStatisticsView *self,
                            TgStore          *store)
{
  g_return_if_fail (TG_IS_STATISTICS_VIEW (self));
  g_return_if_fail (TG_IS_STORE (store));

  g_set_object (&self->store, store);
  query (self);
}

void
tg_statistics_view_set_range (TgStatisticsView *self,
                              const char       *from,
                              const char       *to)
{
  g_return_if_fail (TG_IS_STATISTICS_VIEW (self));

  /* The entries' handler queries once both are set. */
  g_signal_handlers_block_by_func (self->from_entry, range_changed_cb, self);
  gtk_editable_set_text (GTK_EDITABLE (self->from_entry), from != NULL ? from : "");
  g_signal_handlers_unblock_by_func (self->from_entry, range_changed_cb, self);
  gtk_editable_set_text (GTK_EDITABLE (self->to_entry), to != NULL ? to : "");
  range_changed_cb (self);
}

void
tg_statistics_view_set_grouping (TgStatisticsView *self,
                                 TgStatDimension   by)
{
  g_return_if_fail (TG_IS_STATISTICS_VIEW (self));

  for (guint i = 0; i < G_N_ELEMENTS (groupings); i++)
    if (groupings[i] == by)
      gtk_drop_down_set_selected (self->by_dropdown, i);
}

GListModel *
tg_statistics_view_get_rows (TgStatisticsView *self)
{
  g_return_val_if_fail (TG_IS_STATISTICS_VIEW (self), NULL);

  return G_LIST_MODEL (self->rows);
}

TgStatRow *
tg_statistics_view_get_total (TgStatisticsView *self)
{
  g_return_val_if_fail (TG_IS_STATISTICS_VIEW (self), NULL);

  return self->total;
}

/* ---- the type ----------------------------------------------------------- */

static void
fill_groupings (TgStatisticsView *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (groupings); i++)
    gtk_string_list_append (labels, tg_stat_dimension_label (groupings[i]));
  gtk_drop_down_set_model (self->by_dropdown, G_LIST_MODEL (labels));
}

/* This calendar year, 1 January to 31 December. */
static void
default_range (TgStatisticsView *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int year = g_date_time_get_year (now);

  g_autofree char *first = g_strdup_printf ("01.01.%04d", year);
  g_autofree char *last = g_strdup_printf ("31.12.%04d", year);

  self->from = g_strdup_printf ("%04d-01-01", year);
  self->to = g_strdup_printf ("%04d-12-31", year);
  gtk_editable_set_text (GTK_EDITABLE (self->from_entry), first);
  gtk_editable_set_text (GTK_EDITABLE (self->to_entry), last);
}

gboolean
tg_statistics_view_get_folded (TgStatisticsView *self)
{
  g_return_val_if_fail (TG_IS_STATISTICS_VIEW (self), FALSE);

  return self->folded;
}

void
tg_statistics_view_set_folded (TgStatisticsView *self,
                               gboolean          folded)
{
  g_return_if_fail (TG_IS_STATISTICS_VIEW (self));

  folded = !!folded;
  if (self->folded == folded)
    return;
  self->folded = folded;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLDED]);
}

static void
tg_statistics_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_FOLDED:
      g_value_set_boolean (value, TG_STATISTICS_VIEW (object)->folded);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tg_statistics_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_FOLDED:
      tg_statistics_view_set_folded (TG_STATISTICS_VIEW (object), g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tg_statistics_view_dispose (GObject *object)
{
  TgStatisticsView *self = TG_STATISTICS_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TG_TYPE_STATISTICS_VIEW);
  g_clear_object (&self->store);
  g_clear_object (&self->rows);
  g_clear_object (&self->total);
  g_clear_object (&self->causes);
  for (guint i = 0; i < TG_N_STAT_CHARTS; i++)
    g_clear_object (&self->charts[i]);
  g_clear_pointer (&self->from, g_free);
  g_clear_pointer (&self->to, g_free);

  G_OBJECT_CLASS (tg_statistics_view_parent_class)->dispose (object);
}

static void
tg_statistics_view_class_init (TgStatisticsViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = tg_statistics_view_dispose;
  G_OBJECT_CLASS (klass)->get_property = tg_statistics_view_get_property;
  G_OBJECT_CLASS (klass)->set_property = tg_statistics_view_set_property;

  /* Whether the window shows this page without the sidebar: then the
   * header bar has a way back to it. */
  properties[PROP_FOLDED] = g_param_spec_boolean ("folded", NULL, NULL, FALSE,
                                                  G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                  G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (G_OBJECT_CLASS (klass), N_PROPS, properties);
  gtk_widget_class_set_template_from_resource (widget_class, "/kz/gov/enbek/Tergeu/tg-statistics-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TgStatisticsView, title);
  gtk_widget_class_bind_template_child (widget_class, TgStatisticsView, from_entry);
  gtk_widget_class_bind_template_child (widget_class, TgStatisticsView, to_entry);
  gtk_widget_class_bind_template_child (widget_class, TgStatisticsView, by_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TgStatisticsView, error_label);
  gtk_widget_class_bind_template_child (widget_class, TgStatisticsView, regions_area);
  gtk_widget_class_bind_template_child (widget_class, TgStatisticsView, trend_area);
  gtk_widget_class_bind_template_child (widget_class, TgStatisticsView, severity_area);
  gtk_widget_class_bind_template_child (widget_class, TgStatisticsView, table);
  gtk_widget_class_bind_template_child (widget_class, TgStatisticsView, label_column);
  gtk_widget_class_bind_template_child (widget_class, TgStatisticsView, cases_column);
  gtk_widget_class_bind_template_child (widget_class, TgStatisticsView, victims_column);
  gtk_widget_class_bind_template_child (widget_class, TgStatisticsView, deaths_column);
  gtk_widget_class_bind_template_child (widget_class, TgStatisticsView, severe_column);
  gtk_widget_class_bind_template_child (widget_class, TgStatisticsView, total_label);
  gtk_widget_class_bind_template_child (widget_class, TgStatisticsView, causes_list);
  gtk_widget_class_bind_template_callback (widget_class, range_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, grouping_changed_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "setup_text_cb", G_CALLBACK (tg_cell_setup_text));
  gtk_widget_class_bind_template_callback_full (widget_class, "setup_number_cb", G_CALLBACK (tg_cell_setup_number));
  gtk_widget_class_bind_template_callback (widget_class, bind_label_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_cases_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_victims_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_deaths_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_severe_cb);
  gtk_widget_class_install_action (widget_class, "statistics.export-csv", NULL, export_csv_action);
  gtk_widget_class_install_action (widget_class, "statistics.print", NULL, print_action);
}

static void
tg_statistics_view_init (TgStatisticsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->by = groupings[0];
  self->rows = g_list_store_new (TG_TYPE_STAT_ROW);
  self->total = tg_stat_row_new (NULL, _("Total"));
  self->areas[TG_STAT_CHART_REGIONS] = GTK_DRAWING_AREA (self->regions_area);
  self->areas[TG_STAT_CHART_TREND] = GTK_DRAWING_AREA (self->trend_area);
  self->areas[TG_STAT_CHART_SEVERITY] = GTK_DRAWING_AREA (self->severity_area);
  for (guint i = 0; i < TG_N_STAT_CHARTS; i++)
    gtk_drawing_area_set_draw_func (self->areas[i], draw_chart_cb, &self->charts[i], NULL);
  g_signal_handlers_block_by_func (self->from_entry, range_changed_cb, self);
  g_signal_handlers_block_by_func (self->to_entry, range_changed_cb, self);
  g_signal_handlers_block_by_func (self->by_dropdown, grouping_changed_cb, self);
  fill_groupings (self);
  default_range (self);
  g_signal_handlers_unblock_by_func (self->from_entry, range_changed_cb, self);
  g_signal_handlers_unblock_by_func (self->to_entry, range_changed_cb, self);
  g_signal_handlers_unblock_by_func (self->by_dropdown, grouping_changed_cb, self);
  setup_table (self);
}
