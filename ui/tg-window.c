/* tg-window.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-dashboard.h"
#include "tg-settings.h"
#include "tg-deadline.h"
#include "tg-list-proxy.h"
#include "tg-regions.h"
#include "tg-statistics-view.h"
#include "tg-window-private.h"

G_DEFINE_FINAL_TYPE (TgWindow, tg_window, ADW_TYPE_APPLICATION_WINDOW)

/* The first year cases go back to (domain.md §5). */
#define FIRST_YEAR 2015

static const struct
{
  const char *icon;
  const char *label;
} views[TG_N_VIEWS] = {
  [TG_VIEW_ALL] = { "view-list-symbolic", N_("All Cases") },
  [TG_VIEW_NEEDS_ACTION] = { "alarm-symbolic", N_("Needs Action") },
  [TG_VIEW_COMMITTEE] = { "system-users-symbolic", N_("Committee Commissions") },
  [TG_VIEW_LOCAL_CONTROL] = { "find-location-symbolic", N_("Local Investigations") },
  [TG_VIEW_DISPUTES] = { "mail-mark-important-symbolic", N_("Disputes") },
  [TG_VIEW_CLOSED] = { "folder-symbolic", N_("Closed") },
};

/* What each view adds to the query. "Needs action" is the store's own
 * query: overdue, due within three working days, an open dispute or an
 * unresolved import conflict. */
static void
view_query (TgView       view,
            TgCaseQuery *query)
{
  switch (view)
    {
    case TG_VIEW_ALL:
      break;
    case TG_VIEW_NEEDS_ACTION:
      query->needs_action = TRUE;
      break;
    case TG_VIEW_COMMITTEE:
      query->committee = TRUE;
      break;
    case TG_VIEW_LOCAL_CONTROL:
      query->local_control = TRUE;
      break;
    case TG_VIEW_DISPUTES:
      query->open_disputes = TRUE;
      break;
    case TG_VIEW_CLOSED:
      query->closed = TRUE;
      break;
    default:
      g_assert_not_reached ();
    }
}

static GtkWidget *
sidebar_row_new (TgWindow *self,
                 TgView    view)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (_(views[view].label));
  GtkWidget *count = gtk_label_new (NULL);

  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (views[view].icon));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  /* The label is the view's only name: wrapped, never cut
   * («Жергілікті тергеп-тексерулер» is wider than the sidebar). */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_width_chars (GTK_LABEL (label), 12);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 18);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_add_css_class (count, "dim-label");
  gtk_widget_add_css_class (count, "numeric");
  gtk_box_append (GTK_BOX (box), count);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  self->view_counts[view] = count;
  return row;
}

/* The pages after the views: the dashboard, then statistics. */
static GtkWidget *
page_row_new (const char *icon,
              const char *text,
              int         margin_top)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (text);

  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (icon));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_margin_top (row, margin_top);
  return row;
}

/* Shows the dashboard or the statistics, queried again.  Each is built
 * the first time it is shown: the first frame is the case list. */
static void
show_page (TgWindow *self,
           guint     index)
{
  if (index == TG_N_VIEWS)
    {
      if (self->dashboard == NULL)
        {
          self->dashboard = GTK_WIDGET (g_object_new (TG_TYPE_DASHBOARD, NULL));
          g_object_bind_property (self->leaflet, "folded", self->dashboard, "folded", G_BINDING_SYNC_CREATE);
          gtk_stack_add_named (self->content_stack, self->dashboard, "dashboard");
        }
      if (self->store != NULL)
        tg_dashboard_refresh (TG_DASHBOARD (self->dashboard), self->store);
      gtk_stack_set_visible_child_name (self->content_stack, "dashboard");
    }
  else
    {
      if (self->statistics == NULL)
        {
          self->statistics = GTK_WIDGET (g_object_new (TG_TYPE_STATISTICS_VIEW, NULL));
          g_object_bind_property (self->leaflet, "folded", self->statistics, "folded", G_BINDING_SYNC_CREATE);
          gtk_stack_add_named (self->content_stack, self->statistics, "statistics");
        }
      if (self->store != NULL)
        tg_statistics_view_refresh (TG_STATISTICS_VIEW (self->statistics), self->store);
      gtk_stack_set_visible_child_name (self->content_stack, "statistics");
    }
}

/* The sidebar's counts.  At a million cases "Closed" counts nearly every
 * case (0.4 s, reading 30 MB of index) and "Needs action" looks up each
 * case due soon (0.2 s): on the main thread they froze the window just
 * after its first frame, and they filled the window's page cache (32 MB)
 * with pages no list needs.  They are counted in a thread instead, on a
 * connection of their own with a small cache, closed when done: each page
 * is read once, so a larger cache would not make the counts faster. */
#define COUNT_CACHE_KIB 2000

typedef struct
{
  char  *path;
  guint  counts[TG_N_VIEWS];
} CountJob;

static void
count_job_free (gpointer data)
{
  CountJob *job = data;

  g_free (job->path);
  g_free (job);
}

static void
count_views_thread (GTask        *task,
                    gpointer      source,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  CountJob *job = task_data;
  g_autoptr(TgStore) store = NULL;
  GError *error = NULL;

  store = tg_store_open (job->path, &error);
  if (store != NULL && !tg_store_set_cache_size (store, COUNT_CACHE_KIB, &error))
    g_clear_object (&store);
  for (guint view = 0; store != NULL && view < TG_N_VIEWS; view++)
    {
      TgCaseQuery query = TG_CASE_QUERY_INIT;

      if (g_cancellable_is_cancelled (cancellable))
        break;
      view_query (view, &query);
      if (!tg_store_count_cases (store, &query, &job->counts[view], &error))
        break;
    }
  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
views_counted_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  TgWindow *self = TG_WINDOW (source);
  CountJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  /* A cancelled count was superseded, or the window is gone. */
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Cannot count the views: %s", error->message);
      return;
    }
  for (guint view = 0; view < TG_N_VIEWS; view++)
    {
      char text[16];

      g_snprintf (text, sizeof text, "%u", job->counts[view]);
      gtk_label_set_text (GTK_LABEL (self->view_counts[view]), text);
    }
}

static void
update_counts (TgWindow *self)
{
  g_autoptr(GTask) task = NULL;
  CountJob *job = g_new0 (CountJob, 1);

  g_cancellable_cancel (self->count_cancellable);
  g_clear_object (&self->count_cancellable);
  self->count_cancellable = g_cancellable_new ();
  job->path = g_strdup (tg_store_get_path (self->store));
  task = g_task_new (self, self->count_cancellable, views_counted_cb, NULL);
  g_task_set_source_tag (task, update_counts);
  g_task_set_task_data (task, job, count_job_free);
  g_task_run_in_thread (task, count_views_thread);
}

static gboolean
update_counts_idle (gpointer data)
{
  update_counts (data);
  return G_SOURCE_REMOVE;
}

/* The list comes first, then the sidebar's counts. */
static void
first_frame_cb (GdkFrameClock *clock,
                TgWindow      *self)
{
  g_clear_signal_handler (&self->first_frame_id, clock);
  g_idle_add_full (G_PRIORITY_LOW, update_counts_idle, g_object_ref (self), g_object_unref);
}

static void
realize_cb (TgWindow *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  self->first_frame_id = g_signal_connect_object (clock, "after-paint", G_CALLBACK (first_frame_cb), self, 0);
}

static gboolean database_empty (TgWindow *self);

static void
update_title (TgWindow *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->model));
  const GError *error = tg_case_list_model_get_error (self->model);
  g_autofree char *subtitle = NULL;

  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u case", "%u cases", n), n);

  adw_window_title_set_title (self->list_title, _(views[self->view].label));
  adw_window_title_set_subtitle (self->list_title, error == NULL ? subtitle : "");
  /* A list that could not be read is not an empty one: an investigator
   * who sees "No Cases" may register one that is there. */
  adw_status_page_set_icon_name (self->empty_page, error != NULL ? "dialog-error-symbolic" : "edit-find-symbolic");
  adw_status_page_set_title (self->empty_page, error != NULL ? _("The Cases Could Not Be Read") : _("No Cases"));
  adw_status_page_set_description (self->empty_page, error != NULL ? error->message
                                   : _("No case matches the view, the search and the filters."));
  if (n > 0)
    gtk_stack_set_visible_child_name (self->list_stack, "cases");
  else if (error != NULL)
    gtk_stack_set_visible_child_name (self->list_stack, "empty");
  else
    gtk_stack_set_visible_child_name (self->list_stack, database_empty (self) ? "first-run" : "empty");
}

/* No case at all, whatever the view and the filters: the first run. */
static gboolean
database_empty (TgWindow *self)
{
  TgCaseQuery all = TG_CASE_QUERY_INIT;
  guint n = 0;

  return tg_store_count_cases (self->store, &all, &n, NULL) && n == 0;
}

/* The organization's names that every order prints. */
static const char * const printed_settings[] = {
  "committee-name-kk", "committee-name-ru", "ministry-name-kk", "ministry-name-ru", "chairman",
};

static void
update_settings_banner (TgWindow *self)
{
  gboolean blank = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (printed_settings) && !blank; i++)
    {
      g_autofree char *value = tg_store_dup_setting (self->store, printed_settings[i]);

      blank = value == NULL || *value == '\0';
    }
  gtk_revealer_set_reveal_child (self->settings_banner, blank);
}

/* A database other than the usual one is named under the title. */
static void
update_database_label (TgWindow *self)
{
  g_autofree char *usual = tg_store_default_path ();
  const char *path = tg_store_get_path (self->store);
  g_autofree char *shown = tg_store_location_dup_display (path);
  /* A server by its database and host, a file by its name; the whole
   * address (without a password) in the tooltip. */
  g_autofree char *name = tg_store_location_dup_name (path);

  adw_window_title_set_subtitle (self->app_title, g_strcmp0 (path, usual) != 0 ? name : NULL);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->app_title), shown);
}

gboolean
tg_window_get_settings_missing (TgWindow *self)
{
  g_return_val_if_fail (TG_IS_WINDOW (self), FALSE);

  return gtk_revealer_get_reveal_child (self->settings_banner);
}

static const char *
selected_region (TgWindow *self)
{
  guint selected = gtk_drop_down_get_selected (self->region_dropdown);
  guint n_regions;
  const TgRegion *regions = tg_regions (&n_regions);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > n_regions)
    return NULL;
  return regions[selected - 1].code;
}

void
tg_window_apply_query (TgWindow *self)
{
  TgCaseQuery query = *tg_case_list_model_get_query (self->model);
  TgCaseQuery fresh = TG_CASE_QUERY_INIT;
  guint state = gtk_drop_down_get_selected (self->state_dropdown);
  guint year = gtk_drop_down_get_selected (self->year_dropdown);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  /* The sort the headers show; everything else comes from the widgets. */
  fresh.sort = self->sort;
  fresh.descending = self->descending;
  view_query (self->view, &fresh);
  fresh.search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  fresh.region = selected_region (self);
  if (state > 0 && state != GTK_INVALID_LIST_POSITION)
    fresh.state = (int) state - 1;
  if (year > 0 && year != GTK_INVALID_LIST_POSITION)
    fresh.year = g_date_time_get_year (now) - (int) year + 1;
  if (fresh.needs_action != query.needs_action)
    {
      /* The model's tg_case_list_model_set_query() does not compare
       * needs_action and would keep its rows: a model of its own. */
      g_object_unref (self->model);
      self->model = tg_case_list_model_new (self->store, &fresh);
      tg_list_proxy_set_model (self->proxy, G_LIST_MODEL (self->model));
    }
  else
    tg_case_list_model_set_query (self->model, &fresh);
  update_title (self);
}

static void
sidebar_row_selected_cb (TgWindow      *self,
                         GtkListBoxRow *row)
{
  if (row == NULL)
    return;
  if (gtk_list_box_row_get_index (row) >= TG_N_VIEWS)
    {
      show_page (self, gtk_list_box_row_get_index (row));
      return;
    }
  if (self->view != (TgView) gtk_list_box_row_get_index (row))
    {
      self->view = gtk_list_box_row_get_index (row);
      tg_window_sort_for_view (self);
    }
  tg_window_apply_query (self);
  gtk_stack_set_visible_child_name (self->content_stack, "list");
}

/* A click on the row already selected shows its page again: after a case
 * or the list was shown, "Statistics" still selected opens statistics. */
static void
sidebar_row_activated_cb (TgWindow      *self,
                          GtkListBoxRow *row)
{
  const char *shown = gtk_stack_get_visible_child_name (self->content_stack);
  int index = gtk_list_box_row_get_index (row);

  if ((index == TG_N_VIEWS && g_strcmp0 (shown, "dashboard") != 0) ||
      (index == TG_N_VIEWS + 1 && g_strcmp0 (shown, "statistics") != 0) ||
      (index < TG_N_VIEWS && g_strcmp0 (shown, "list") != 0))
    sidebar_row_selected_cb (self, row);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
show_sidebar_cb (TgWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* A search whose last word is shorter than this matches much of the
 * database ("ТОО Б": 310 000 of a million cases, a second on an office
 * server, where "ТОО Бал" takes 50 ms): it waits for the next keystroke a
 * moment.  Others are queried at once (the entry has no delay of its own),
 * so the list follows the typing. */
#define SHORT_SEARCH_CHARS 3
#define SHORT_SEARCH_DELAY_MS 250

/* The length in characters of the last word of @text, 0 if none. */
static glong
last_word_chars (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \t\n", -1);

  for (guint i = g_strv_length (words); i > 0; i--)
    if (*words[i - 1] != '\0')
      return g_utf8_strlen (words[i - 1], -1);
  return 0;
}

static gboolean
search_timeout_cb (gpointer data)
{
  TgWindow *self = data;

  self->search_timeout = 0;
  tg_window_apply_query (self);
  return G_SOURCE_REMOVE;
}

static void
search_changed_cb (TgWindow *self)
{
  glong n = last_word_chars (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));

  g_clear_handle_id (&self->search_timeout, g_source_remove);
  if (n > 0 && n < SHORT_SEARCH_CHARS)
    self->search_timeout = g_timeout_add (SHORT_SEARCH_DELAY_MS, search_timeout_cb, self);
  else
    tg_window_apply_query (self);
}

static void
search_activate_cb (TgWindow *self)
{
  /* Enter opens the only match, or the first. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->model)) > 0)
    {
      g_autoptr(TgCaseSummary) first = g_list_model_get_item (G_LIST_MODEL (self->model), 0);

      tg_window_open_case (self, first->id);
    }
}

static void
search_stop_cb (TgWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
filter_changed_cb (TgWindow *self)
{
  if (self->model != NULL)
    tg_window_apply_query (self);
}

static void
row_activated_cb (TgWindow *self,
                  guint     position)
{
  g_autoptr(TgCaseSummary) summary = g_list_model_get_item (G_LIST_MODEL (self->model), position);

  if (summary != NULL && summary->id != NULL)
    tg_window_open_case (self, summary->id);
}

static void
case_toast_cb (TgWindow *self,
               AdwToast *toast)
{
  tg_window_add_toast (self, g_object_ref (toast));
}

static void
case_changed_cb (TgWindow *self)
{
  tg_window_reload (self);
}

/* The filters' drop-downs show their choice in a few words at most, and
 * shorter still where the search entry needs the room (it asks for 220
 * pixels, tg-window.ui): a whole state or region beside it ("Расследование
 * на местном уровне") left it 150 pixels at 1024×700. The whole choice
 * is the button's tooltip. Their lists show each choice whole, the chosen
 * one ticked, as GtkDropDown's own items do. */
#define FILTER_LABEL_CHARS 22

static void
filter_item_update_check (GtkDropDown *dropdown,
                          GParamSpec  *pspec,
                          GtkListItem *item)
{
  GtkWidget *box = gtk_list_item_get_child (item);

  gtk_widget_set_opacity (gtk_widget_get_last_child (box),
                          gtk_drop_down_get_selected (dropdown) == gtk_list_item_get_position (item) ? 1 : 0);
}

static void
filter_item_setup_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *item,
                      gpointer                  data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("object-select-symbolic"));
  gtk_list_item_set_child (item, box);
}

static void
filter_item_bind_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     GtkDropDown              *dropdown)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *label = gtk_widget_get_first_child (box);
  GtkWidget *check = gtk_widget_get_last_child (box);
  gboolean in_list = gtk_widget_get_ancestor (box, GTK_TYPE_POPOVER) != NULL;

  gtk_label_set_text (GTK_LABEL (label), gtk_string_object_get_string (gtk_list_item_get_item (item)));
  gtk_label_set_ellipsize (GTK_LABEL (label), in_list ? PANGO_ELLIPSIZE_NONE : PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), in_list ? -1 : FILTER_LABEL_CHARS);
  gtk_widget_set_tooltip_text (box, in_list ? NULL : gtk_label_get_text (GTK_LABEL (label)));
  gtk_widget_set_visible (check, in_list);
  if (in_list)
    {
      g_signal_connect (dropdown, "notify::selected", G_CALLBACK (filter_item_update_check), item);
      filter_item_update_check (dropdown, NULL, item);
    }
}

static void
filter_item_unbind_cb (GtkSignalListItemFactory *factory,
                       GtkListItem              *item,
                       GtkDropDown              *dropdown)
{
  g_signal_handlers_disconnect_by_func (dropdown, filter_item_update_check, item);
}

static void
set_filter_factory (GtkDropDown *dropdown)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (filter_item_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (filter_item_bind_cb), dropdown);
  g_signal_connect (factory, "unbind", G_CALLBACK (filter_item_unbind_cb), dropdown);
  gtk_drop_down_set_factory (dropdown, factory);
}

static void
fill_dropdowns (TgWindow *self)
{
  g_autoptr(GtkStringList) regions = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) states = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) years = gtk_string_list_new (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  const TgRegion *all;
  guint n;

  gtk_string_list_append (regions, _("All regions"));
  all = tg_regions (&n);
  for (guint i = 0; i < n; i++)
    gtk_string_list_append (regions, tg_region_name (&all[i]));
  gtk_string_list_append (states, _("All states"));
  for (guint i = 0; i < TG_N_STATES; i++)
    gtk_string_list_append (states, tg_state_label (i));
  gtk_string_list_append (years, _("All years"));
  for (int y = g_date_time_get_year (now); y >= FIRST_YEAR; y--)
    {
      g_autofree char *text = g_strdup_printf ("%d", y);
      gtk_string_list_append (years, text);
    }
  gtk_drop_down_set_model (self->region_dropdown, G_LIST_MODEL (regions));
  gtk_drop_down_set_model (self->state_dropdown, G_LIST_MODEL (states));
  gtk_drop_down_set_model (self->year_dropdown, G_LIST_MODEL (years));
  set_filter_factory (self->region_dropdown);
  set_filter_factory (self->state_dropdown);
}

static void
load_window_state (TgWindow *self)
{
  int width = g_settings_get_int (self->settings, "window-width");
  int height = g_settings_get_int (self->settings, "window-height");

  if (width > 0 && height > 0)
    gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static gboolean
tg_window_close_request (GtkWindow *window)
{
  TgWindow *self = TG_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  if (!gtk_window_is_maximized (window))
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  return GTK_WINDOW_CLASS (tg_window_parent_class)->close_request (window);
}

/* Other desks' changes are asked for only while the window is seen. */
static void
tg_window_map (GtkWidget *widget)
{
  TgWindow *self = TG_WINDOW (widget);

  GTK_WIDGET_CLASS (tg_window_parent_class)->map (widget);
  tg_window_live_start (self);
  /* Shown again after a count was stopped by hiding it. */
  if (self->count_cancellable != NULL && g_cancellable_is_cancelled (self->count_cancellable))
    update_counts (self);
}

static void
tg_window_unmap (GtkWidget *widget)
{
  TgWindow *self = TG_WINDOW (widget);

  tg_window_live_stop (self);
  /* A count in flight holds the window (its task's source) until it is
   * done: a closed window's count stops now, not after its database has
   * gone.  The window counts again when it is shown again. */
  g_cancellable_cancel (self->count_cancellable);
  GTK_WIDGET_CLASS (tg_window_parent_class)->unmap (widget);
}

static void
tg_window_dispose (GObject *object)
{
  TgWindow *self = TG_WINDOW (object);

  tg_window_live_stop (self);
  g_clear_handle_id (&self->search_timeout, g_source_remove);
  g_clear_handle_id (&self->fit_idle, g_source_remove);
  g_cancellable_cancel (self->count_cancellable);
  g_clear_object (&self->count_cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), TG_TYPE_WINDOW);
  g_clear_object (&self->proxy);
  g_clear_object (&self->model);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (tg_window_parent_class)->dispose (object);
}

static void
tg_window_class_init (TgWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tg_window_dispose;
  GTK_WINDOW_CLASS (klass)->close_request = tg_window_close_request;
  widget_class->map = tg_window_map;
  widget_class->unmap = tg_window_unmap;

  g_type_ensure (TG_TYPE_CASE_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class, "/kz/gov/enbek/Tergeu/tg-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TgWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TgWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, TgWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, TgWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, TgWindow, list_title);
  gtk_widget_class_bind_template_child (widget_class, TgWindow, app_title);
  gtk_widget_class_bind_template_child (widget_class, TgWindow, settings_banner);
  gtk_widget_class_bind_template_child (widget_class, TgWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, TgWindow, region_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TgWindow, state_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TgWindow, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TgWindow, list_stack);
  gtk_widget_class_bind_template_child (widget_class, TgWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, TgWindow, column_view);
  gtk_widget_class_bind_template_child (widget_class, TgWindow, case_page);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, show_sidebar_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stop_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  tg_window_class_add_column_callbacks (widget_class);
  tg_window_class_add_actions (widget_class);
}

static void
tg_window_init (TgWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = tg_settings_new ();
  fill_dropdowns (self);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->column_view));
  for (guint view = 0; view < TG_N_VIEWS; view++)
    gtk_list_box_append (self->sidebar, sidebar_row_new (self, view));
  gtk_list_box_append (self->sidebar, page_row_new ("x-office-presentation-symbolic", _("Dashboard"), 12));
  gtk_list_box_append (self->sidebar, page_row_new ("x-office-spreadsheet-symbolic", _("Statistics"), 0));
  g_signal_connect_object (self->case_page, "changed", G_CALLBACK (case_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->case_page, "toast", G_CALLBACK (case_toast_cb), self, G_CONNECT_SWAPPED);
  tg_window_setup_drop (self);
  load_window_state (self);
}

TgWindow *
tg_window_new (GtkApplication *application,
               TgStore        *store)
{
  TgWindow *self;
  g_autoptr(GtkNoSelection) selection = NULL;

  g_return_val_if_fail (TG_IS_STORE (store), NULL);

  self = g_object_new (TG_TYPE_WINDOW, "application", application, NULL);
  self->store = g_object_ref (store);
  self->model = tg_case_list_model_new (store, NULL);
  self->proxy = tg_list_proxy_new (G_LIST_MODEL (self->model), GTK_WIDGET (self->column_view));
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->proxy)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  tg_window_setup_columns (self);
  g_signal_connect (self, "realize", G_CALLBACK (realize_cb), NULL);
  gtk_list_box_select_row (self->sidebar, gtk_list_box_get_row_at_index (self->sidebar, TG_VIEW_ALL));
  tg_window_apply_query (self);
  update_settings_banner (self);
  update_database_label (self);
  return self;
}

TgStore *
tg_window_get_store (TgWindow *self)
{
  g_return_val_if_fail (TG_IS_WINDOW (self), NULL);

  return self->store;
}

TgCaseListModel *
tg_window_get_model (TgWindow *self)
{
  g_return_val_if_fail (TG_IS_WINDOW (self), NULL);

  return self->model;
}

void
tg_window_set_view (TgWindow *self,
                    TgView    view)
{
  g_return_if_fail (TG_IS_WINDOW (self));
  g_return_if_fail (view < TG_N_VIEWS);

  gtk_list_box_select_row (self->sidebar, gtk_list_box_get_row_at_index (self->sidebar, view));
}

void
tg_window_set_region (TgWindow   *self,
                      const char *code)
{
  guint n;
  const TgRegion *regions = tg_regions (&n);
  guint selected = 0;

  g_return_if_fail (TG_IS_WINDOW (self));

  for (guint i = 0; code != NULL && i < n; i++)
    if (g_str_equal (regions[i].code, code))
      selected = i + 1;
  gtk_drop_down_set_selected (self->region_dropdown, selected);
}

gboolean
tg_window_open_case (TgWindow   *self,
                     const char *id_or_number)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TgCase) kase = NULL;

  g_return_val_if_fail (TG_IS_WINDOW (self), FALSE);

  kase = tg_store_load_case (self->store, id_or_number, &error);
  if (kase == NULL)
    {
      tg_window_add_toast (self, adw_toast_new (error->message));
      return FALSE;
    }
  tg_case_page_set_case (self->case_page, self->store, kase);
  gtk_stack_set_visible_child_name (self->content_stack, "case");
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
  return TRUE;
}

void
tg_window_reload (TgWindow *self)
{
  g_return_if_fail (TG_IS_WINDOW (self));

  /* The list shows what is stored: nothing more to offer. */
  if (self->list_toast != NULL)
    adw_toast_dismiss (self->list_toast);
  tg_case_list_model_reload (self->model);
  tg_window_refresh_around_list (self);
}

void
tg_window_refresh_around_list (TgWindow *self)
{
  update_counts (self);
  update_title (self);
  update_settings_banner (self);
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "dashboard") == 0)
    tg_dashboard_refresh (TG_DASHBOARD (self->dashboard), self->store);
  else if (g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "statistics") == 0)
    tg_statistics_view_refresh (TG_STATISTICS_VIEW (self->statistics), self->store);
}

void
tg_window_add_toast (TgWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (TG_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}
