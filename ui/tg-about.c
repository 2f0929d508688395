/* tg-about.c — About Tergeu, in the interface's language
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * AdwAboutWindow of libadwaita 1.2 draws its own words ("Details",
 * "Credits", "Legal", "Website") from a Kazakh catalogue that lacks them:
 * under Kazakh they were English. This window says everything in Tergeu's
 * own catalogue. The copyright holder is the Committee as Preferences
 * name it, in the interface's language; until then, the authors.
 */
#define G_LOG_DOMAIN "tg-about"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-about.h"

#define LICENSE_URI "https://www.gnu.org/licenses/gpl-3.0.html"

static GtkWidget *
info_row (AdwPreferencesGroup *group,
          const char          *title,
          const char          *value)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  adw_preferences_group_add (group, row);
  return row;
}

static GtkWidget *
heading (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *icon = gtk_image_new_from_icon_name (APP_ID);
  GtkWidget *name = gtk_label_new (_("Tergeu"));
  GtkWidget *version = gtk_label_new (PACKAGE_VERSION);
  GtkWidget *comments = gtk_label_new (_("Workplace-accident investigations of the labour-inspection Committee"));

  gtk_image_set_pixel_size (GTK_IMAGE (icon), 128);
  gtk_widget_add_css_class (name, "title-1");
  gtk_widget_add_css_class (version, "dim-label");
  gtk_label_set_wrap (GTK_LABEL (comments), TRUE);
  gtk_label_set_justify (GTK_LABEL (comments), GTK_JUSTIFY_CENTER);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), version);
  gtk_box_append (GTK_BOX (box), comments);
  gtk_widget_set_margin_bottom (box, 12);
  return box;
}

static void
license_clicked_cb (GtkWidget *button)
{
  gtk_show_uri (GTK_WINDOW (gtk_widget_get_root (button)), LICENSE_URI, GDK_CURRENT_TIME);
}

char *
tg_about_dup_holder (TgStore *store)
{
  /* The interface's language as the regions' names follow it (tg-regions.c). */
  const char *lang = g_dpgettext2 (GETTEXT_PACKAGE, "region-name-language", "en");
  g_autofree char *key = g_strdup_printf ("committee-name-%s", lang);
  g_autofree char *name = store != NULL ? tg_store_dup_setting (store, key) : NULL;

  if ((name == NULL || *name == '\0') && store != NULL)
    {
      g_clear_pointer (&name, g_free);
      name = tg_store_dup_setting (store, "committee-name-ru");
    }
  if (name == NULL || *name == '\0')
    return g_strdup (_("The Tergeu authors"));
  return g_steal_pointer (&name);
}

GtkWindow *
tg_about_show (GtkWindow *parent,
               TgStore   *store)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *page = adw_preferences_page_new ();
  AdwPreferencesGroup *top = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *details = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *credits = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *legal = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkWidget *license_button = gtk_button_new_from_icon_name ("adw-external-link-symbolic");
  GtkWidget *row;
  g_autofree char *holder = tg_about_dup_holder (store);
  /* Translators: the copyright line; %s is the holder */
  g_autofree char *copyright = g_strdup_printf (_("© 2026 %s"), holder);
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  gtk_window_set_title (GTK_WINDOW (window), _("About Tergeu"));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 480, 600);

  adw_preferences_group_add (top, heading ());
  adw_preferences_group_set_title (details, _("Details"));
  info_row (details, _("For"), _("The labour-inspection Committee of the Republic of Kazakhstan and its territorial departments"));
  adw_preferences_group_set_title (credits, _("Credits"));
  info_row (credits, _("Developed by"), _("The Tergeu authors"));
  info_row (credits, _("Translated by"), _("translator-credits"));
  adw_preferences_group_set_title (legal, _("Legal"));
  info_row (legal, _("Copyright"), copyright);
  row = info_row (legal, _("License"),
                  _("GNU General Public License, version 3 or later. This program comes with absolutely no warranty."));
  gtk_widget_set_valign (license_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (license_button, "flat");
  gtk_widget_set_tooltip_text (license_button, _("Read the License"));
  g_signal_connect (license_button, "clicked", G_CALLBACK (license_clicked_cb), NULL);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), license_button);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), top);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), details);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), credits);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), legal);

  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (content), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (content), page);
  adw_window_set_content (ADW_WINDOW (window), content);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (window, shortcuts);
  gtk_window_present (GTK_WINDOW (window));
  return GTK_WINDOW (window);
}
