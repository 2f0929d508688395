/* tg-dashboard.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Aggregates come from indexed queries (tg_oversight_regions); the item
 * lists are limited per kind, worst first, so the page is as quick on a
 * million cases as on a hundred.  Every item opens its case.
 */
#define G_LOG_DOMAIN "tg-dashboard"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-dashboard.h"
#include "tg-deadline.h"
#include "tg-oversight.h"
#include "tg-regions.h"

/* Items shown per kind. */
#define ITEMS_PER_KIND 15

struct _TgDashboard
{
  GtkBox               parent_instance;

  AdwPreferencesPage  *page;
  GPtrArray           *groups;
  gboolean             folded;
};

G_DEFINE_FINAL_TYPE (TgDashboard, tg_dashboard, GTK_TYPE_BOX)

enum
{
  PROP_0,
  PROP_FOLDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
add_group (TgDashboard *self,
           const char  *title,
           const char  *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  adw_preferences_page_add (self->page, ADW_PREFERENCES_GROUP (group));
  g_ptr_array_add (self->groups, group);
  return group;
}

static GtkWidget *
count_label (guint       n,
             const char *css)
{
  g_autofree char *text = g_strdup_printf ("%u", n);
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_set_size_request (label, 64, -1);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  if (n > 0 && css != NULL)
    gtk_widget_add_css_class (label, css);
  return label;
}

/* "label: count" for a count that is not 0. */
static void
add_count (GPtrArray  *parts,
           const char *label,
           guint       n)
{
  if (n > 0)
    /* Translators: a count on the dashboard, "running: 4" */
    g_ptr_array_add (parts, g_strdup_printf (_("%s: %u"), label, n));
}

/* What runs in a region, only what there is: "running: 4 · due soon: 1". */
static char *
region_summary (TgOversightRegion *r)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  /* Translators: what counts on the dashboard, per region, shown as
   * "label: count" so that no noun has to agree with its number */
  add_count (parts, C_("dashboard", "running"), r->investigations);
  add_count (parts, C_("dashboard", "due soon"), r->due_soon);
  add_count (parts, C_("dashboard", "commissions pending"), r->commissions_pending);
  add_count (parts, C_("dashboard", "requests past due"), r->requests_overdue);
  add_count (parts, C_("dashboard", "open disputes"), r->disputes_open);
  add_count (parts, C_("dashboard", "acts not received"), r->acts_overdue);
  if (parts->len == 0)
    return g_strdup (_("Nothing under control"));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

/* A region with work opens its cases: those needing action when
 * something is late or near, else all of them. */
static void
add_region_row (GtkWidget         *group,
                TgOversightRegion *r,
                const char        *name)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = region_summary (r);
  gboolean urgent = tg_oversight_region_is_late (r) || r->due_soon > 0 || r->commissions_pending > 0;
  guint late = r->overdue + r->commissions_overdue;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (late > 0)
    {
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), count_label (late, "error"));
      gtk_widget_set_tooltip_text (row, _("Overdue investigations and commissions"));
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-region");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "(sb)", r->region != NULL ? r->region : "", urgent);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
}

static void
add_item_row (GtkWidget       *group,
              TgOversightItem *item)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (item->days_overdue > 0 ? "dialog-warning-symbolic"
                                                                         : "alarm-symbolic");
  const TgRegion *region = item->region != NULL ? tg_region_lookup (item->region) : NULL;
  g_autofree char *when = tg_oversight_item_describe (item);
  g_autofree char *title = g_strdup_printf ("%s · %s", item->number, when);
  const char *subject = item->subject;
  g_autofree char *subtitle = NULL;
  int value;

  /* A dispute's subject is stored as its nick: shown by its label. */
  if (item->kind == TG_OVERSIGHT_DISPUTE && subject != NULL && tg_enum_from_nick (TG_TYPE_DISPUTE_SUBJECT, subject, &value))
    subject = tg_dispute_subject_label (value);
  subtitle = g_strdup_printf ("%s — %s%s%s", region != NULL ? tg_region_name (region) : "",
                              item->employer != NULL ? item->employer : "",
                              subject != NULL ? " — " : "", subject != NULL ? subject : "");

  gtk_widget_add_css_class (icon, item->days_overdue > 0 ? "error" : "warning");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open-case");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", item->case_id);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
}

static void
add_kind (TgDashboard     *self,
          TgStore         *store,
          const GDate     *today,
          TgOversightKind  kind,
          const char      *title)
{
  TgOversightQuery query = TG_OVERSIGHT_QUERY_INIT;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) items = NULL;
  GtkWidget *group;

  query.kinds = kind;
  query.due_within = TG_DEADLINE_NEAR_DAYS;
  query.limit = ITEMS_PER_KIND;
  items = tg_oversight_list (store, &query, today, &error);
  group = add_group (self, title, error != NULL ? error->message : NULL);
  if (items == NULL)
    return;
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(TgOversightItem) item = g_list_model_get_item (items, i);
      add_item_row (group, item);
    }
  if (g_list_model_get_n_items (items) == 0)
    {
      GtkWidget *row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Nothing late"));
      gtk_widget_add_css_class (row, "dim-label");
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
}

void
tg_dashboard_refresh (TgDashboard *self,
                      TgStore     *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) regions = NULL;
  g_autoptr(TgOversightRegion) totals = NULL;
  GtkWidget *group;
  GDate today;

  g_return_if_fail (TG_IS_DASHBOARD (self));

  for (guint i = 0; i < self->groups->len; i++)
    adw_preferences_page_remove (self->page, g_ptr_array_index (self->groups, i));
  g_ptr_array_set_size (self->groups, 0);
  tg_deadline_today (&today);
  regions = tg_oversight_regions (store, TG_DEADLINE_NEAR_DAYS, &today, &error);
  group = add_group (self, _("By Region"), error != NULL ? error->message
                                                        : _("Overdue on the right; below each region what runs there. "
                                                            "Regions with nothing under control are left out; "
                                                            "a region opens its cases."));
  if (regions != NULL)
    {
      totals = tg_oversight_totals (regions);
      add_region_row (group, totals, _("All regions"));
      for (guint i = 0; i < g_list_model_get_n_items (regions); i++)
        {
          g_autoptr(TgOversightRegion) r = g_list_model_get_item (regions, i);
          const TgRegion *region = r->region != NULL ? tg_region_lookup (r->region) : NULL;

          if (tg_oversight_region_is_late (r) || r->investigations > 0 || r->commissions_pending > 0 ||
              r->disputes_open > 0)
            add_region_row (group, r, region != NULL ? tg_region_name (region) : r->region);
        }
    }
  add_kind (self, store, &today, TG_OVERSIGHT_INVESTIGATION, _("Investigations Overdue or Due Soon"));
  add_kind (self, store, &today, TG_OVERSIGHT_COMMISSION, _("Commissions to Create"));
  add_kind (self, store, &today, TG_OVERSIGHT_REQUEST, _("Information Requests Past Due"));
  add_kind (self, store, &today, TG_OVERSIGHT_DISPUTE, _("Open Disputes"));
  add_kind (self, store, &today, TG_OVERSIGHT_ACT, _("Acts Awaited"));
}

void
tg_dashboard_set_folded (TgDashboard *self,
                         gboolean     folded)
{
  g_return_if_fail (TG_IS_DASHBOARD (self));

  folded = !!folded;
  if (self->folded == folded)
    return;
  self->folded = folded;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLDED]);
}

static void
tg_dashboard_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_FOLDED:
      g_value_set_boolean (value, TG_DASHBOARD (object)->folded);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tg_dashboard_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_FOLDED:
      tg_dashboard_set_folded (TG_DASHBOARD (object), g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tg_dashboard_dispose (GObject *object)
{
  TgDashboard *self = TG_DASHBOARD (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TG_TYPE_DASHBOARD);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  G_OBJECT_CLASS (tg_dashboard_parent_class)->dispose (object);
}

static void
tg_dashboard_class_init (TgDashboardClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = tg_dashboard_dispose;
  G_OBJECT_CLASS (klass)->get_property = tg_dashboard_get_property;
  G_OBJECT_CLASS (klass)->set_property = tg_dashboard_set_property;

  /* The window shows the page without its sidebar: a way back to it. */
  properties[PROP_FOLDED] = g_param_spec_boolean ("folded", NULL, NULL, FALSE,
                                                  G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                  G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (G_OBJECT_CLASS (klass), N_PROPS, properties);
  gtk_widget_class_set_template_from_resource (widget_class, "/kz/gov/enbek/Tergeu/tg-dashboard.ui");
  gtk_widget_class_bind_template_child (widget_class, TgDashboard, page);
}

static void
tg_dashboard_init (TgDashboard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->groups = g_ptr_array_new ();
}
