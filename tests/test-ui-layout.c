/* test-ui-layout.c — the window at the sizes investigators use, in Kazakh
 * and Russian
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * At 1024×700 and 1366×768, in each language: every view keeps the window
 * at its size with the sidebar beside it, the list's number, state and due
 * cells show their whole text, and the case page's actions show their
 * whole labels. With TG_SCREENSHOT_DIR set, each view and the main dialogs
 * are saved there as PNG (build-aux/screenshots.sh, docs/screenshots).
 */
#define G_LOG_DOMAIN "test-ui-layout"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "tg-about.h"
#include "tg-application.h"
#include "tg-case-commands.h"
#include "tg-deadline.h"
#include "tg-dates.h"
#include "tg-preferences-window.h"
#include "tg-server-password.h"
#include "tg-case-page-private.h"
#include "tg-i18n.h"
#include "tg-new-case-assistant.h"
#include "tg-window-private.h"
#include "test-ui-data.h"

#define N_CASES 60

typedef struct
{
  const char *lang;
  const char *locale;
  int         width;
  int         height;
} Layout;

static const Layout layouts[] = {
  { "kk", "kk_KZ.UTF-8", 1024, 700 },
  { "kk", "kk_KZ.UTF-8", 1366, 768 },
  { "ru", "ru_RU.UTF-8", 1024, 700 },
  { "ru", "ru_RU.UTF-8", 1366, 768 },
};

typedef struct
{
  const Layout *layout;
  char         *dir;
  TgStore      *store;
  TgWindow     *window;
  char         *full_case;
  char         *filed;      /* the disputes' date */
} Fixture;

static void
iterate (void)
{
  for (guint i = 0; i < 200 && g_main_context_iteration (NULL, FALSE); i++)
    ;
}

/* Until a frame has been drawn at the size asked for (or a second). */
static void
settle (GtkWidget *widget)
{
  gint64 until = g_get_monotonic_time () + G_USEC_PER_SEC;

  while (g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
  iterate ();
}

static gboolean
use_language (const Layout *layout)
{
  g_setenv ("LANGUAGE", layout->lang, TRUE);
  if (setlocale (LC_ALL, layout->locale) == NULL)
    {
      g_autofree char *why = g_strdup_printf ("locale %s is missing; run build-aux/setup.sh", layout->locale);
      g_test_skip (why);
      return FALSE;
    }
  return TRUE;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->layout = data;
  if (!use_language (f->layout))
    return;
  f->dir = g_dir_make_tmp ("tergeu-layout-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "cases.db", NULL);
  f->store = tg_store_open (path, &error);
  g_assert_no_error (error);
  tg_test_populate (f->store, N_CASES, &error);
  g_assert_no_error (error);
  f->full_case = tg_test_full_case (f->store, FALSE, &error);
  g_assert_no_error (error);
  f->window = g_object_ref_sink (tg_window_new (NULL, f->store));
  gtk_window_set_default_size (GTK_WINDOW (f->window), f->layout->width, f->layout->height);
  gtk_window_present (GTK_WINDOW (f->window));
  settle (GTK_WIDGET (f->window));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autofree char *wal = NULL;
  g_autofree char *shm = NULL;

  if (f->window == NULL)
    return;
  path = g_build_filename (f->dir, "cases.db", NULL);
  wal = g_strconcat (path, "-wal", NULL);
  shm = g_strconcat (path, "-shm", NULL);
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->window);
  iterate ();
  tg_store_close (f->store);
  g_clear_object (&f->store);
  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->full_case);
  g_free (f->filed);
}

/* Saves what @window shows as TG_SCREENSHOT_DIR/<lang>-<width>-<name>.png. */
static void
screenshot (Fixture    *f,
            GtkWidget  *window,
            const char *name)
{
  const char *dir = g_getenv ("TG_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;
  int width = gtk_widget_get_width (window);
  int height = gtk_widget_get_height (window);

  if (dir == NULL || *dir == '\0')
    return;
  paintable = gtk_widget_paintable_new (window);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return;
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  file = g_strdup_printf ("%s-%d-%s.png", f->layout->lang, f->layout->width, name);
  path = g_build_filename (dir, file, NULL);
  g_mkdir_with_parents (dir, 0755);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

/* The window stayed at the size it was given, with the sidebar beside
 * the page: nothing asked for more width than the window has. */
static void
assert_fits (Fixture    *f,
             const char *what)
{
  int minimum;

  gtk_widget_measure (GTK_WIDGET (f->window), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  if (minimum > f->layout->width || gtk_widget_get_width (GTK_WIDGET (f->window)) > f->layout->width)
    g_error ("%s at %dx%d in %s needs %d px: the window grows past the screen", what, f->layout->width,
             f->layout->height, f->layout->lang, minimum);
  if (adw_leaflet_get_folded (f->window->leaflet))
    g_error ("%s at %dx%d in %s folds the sidebar away", what, f->layout->width, f->layout->height,
             f->layout->lang);
}

/* The position of @dropdown's longest choice. */
static guint
longest_choice (GtkDropDown *dropdown)
{
  GListModel *model = gtk_drop_down_get_model (dropdown);
  guint best = 0;
  glong best_length = -1;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) choice = g_list_model_get_item (model, i);
      glong length = g_utf8_strlen (gtk_string_object_get_string (choice), -1);

      if (length > best_length)
        best = i, best_length = length;
    }
  return best;
}

/* With the longest region and state chosen, the search entry beside the
 * filters keeps room for what is typed (a state's whole name left it 150
 * pixels at 1024×700). */
#define SEARCH_MIN_WIDTH 200

static void
assert_search_wide (Fixture *f)
{
  int width;

  gtk_drop_down_set_selected (f->window->region_dropdown, longest_choice (f->window->region_dropdown));
  gtk_drop_down_set_selected (f->window->state_dropdown, longest_choice (f->window->state_dropdown));
  settle (GTK_WIDGET (f->window));
  assert_fits (f, "The longest filters");
  width = gtk_widget_get_width (GTK_WIDGET (f->window->search_entry));
  if (width < SEARCH_MIN_WIDTH)
    g_error ("With the longest filters chosen, the search entry is %d px at %dx%d in %s", width,
             f->layout->width, f->layout->height, f->layout->lang);
  screenshot (f, GTK_WIDGET (f->window), "longest-filters");
  gtk_drop_down_set_selected (f->window->region_dropdown, 0);
  gtk_drop_down_set_selected (f->window->state_dropdown, 0);
  settle (GTK_WIDGET (f->window));
}

/* Labels under @widget marked with the column they show. */
static void
collect_cells (GtkWidget  *widget,
               GPtrArray  *cells)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && g_object_get_data (G_OBJECT (child), "tg-column") != NULL)
        g_ptr_array_add (cells, child);
      collect_cells (child, cells);
    }
}

static gboolean
cut (GtkLabel *label)
{
  return pango_layout_is_ellipsized (gtk_label_get_layout (label));
}

/* The number, state and due of every row in sight: whole. */
static void
assert_columns_whole (Fixture *f)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();
  GtkWidget *scrolled = gtk_widget_get_parent (GTK_WIDGET (f->window->column_view));
  graphene_rect_t bounds;
  guint due = 0;

  collect_cells (GTK_WIDGET (f->window->column_view), cells);
  g_assert_cmpuint (cells->len, >, 0);
  for (guint i = 0; i < cells->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (cells, i);
      const char *column = g_object_get_data (G_OBJECT (label), "tg-column");

      if (!gtk_widget_get_mapped (GTK_WIDGET (label)) || *gtk_label_get_text (label) == '\0')
        continue;
      if (cut (label))
        g_error ("“%s” is cut in the %s at %dx%d in %s", gtk_label_get_text (label), column,
                 f->layout->width, f->layout->height, f->layout->lang);
      /* Nor clipped by the list's edge: the columns fit the list. */
      if (!gtk_widget_compute_bounds (GTK_WIDGET (label), GTK_WIDGET (scrolled), &bounds) ||
          bounds.origin.x + bounds.size.width > gtk_widget_get_width (scrolled) + 0.5)
        g_error ("“%s” in the %s runs past the list's edge at %dx%d in %s", gtk_label_get_text (label), column,
                 f->layout->width, f->layout->height, f->layout->lang);
      due += g_str_equal (column, "due_column");
    }
  /* The deadlines are in sight, not scrolled off to the right. */
  g_assert_cmpuint (due, >, 0);
}

/* Open disputes on a few cases, by each party, on each subject (the
 * longest labels among them). */
static void
file_disputes (Fixture *f)
{
  static const char * const parties[] = { "inspector", "worker", "employer" };
  static const char * const subjects[] = { "formalization", "investigation", "registration" };
  TgCaseQuery all = TG_CASE_QUERY_INIT;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  GDate today;

  g_date_clear (&today, 1);
  tg_today (&today);
  g_date_subtract_days (&today, 3);
  f->filed = tg_date_format_iso (&today);
  rows = tg_store_list_cases (f->store, &all, 0, G_N_ELEMENTS (parties), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < rows->len; i++)
    {
      TgCaseSummary *s = g_ptr_array_index (rows, i);
      g_autofree char *text = g_strdup_printf ("{'filed-by': <'%s'>, 'subject': <'%s'>, 'filed': <'%s'>, "
                                               "'claim': <'The act is wrong'>}", parties[i], subjects[i], f->filed);
      g_autoptr(GVariant) params = g_variant_parse (G_VARIANT_TYPE_VARDICT, text, NULL, NULL, &error);
      g_autoptr(TgCase) kase = NULL;

      g_assert_no_error (error);
      kase = tg_command_run (f->store, s->id, -1, "dispute-file", g_steal_pointer (&params), NULL, &error);
      g_assert_no_error (error);
    }
}

/* Among disputes: who filed by its label, what about and when, whole. */
static void
assert_disputes_shown (Fixture *f)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();
  guint parties = 0, subjects = 0;

  collect_cells (GTK_WIDGET (f->window->column_view), cells);
  for (guint i = 0; i < cells->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (cells, i);
      const char *text = gtk_label_get_text (label);

      if (!g_str_equal (g_object_get_data (G_OBJECT (label), "tg-column"), "dispute_column") ||
          !gtk_widget_get_mapped (GTK_WIDGET (label)) || *text == '\0')
        continue;
      /* Room for a party's label on a line or two, not a word a line. */
      if (cut (label) || gtk_widget_get_width (GTK_WIDGET (label)) < 160)
        g_error ("“%s” is cut in the dispute column at %dx%d in %s", text, f->layout->width,
                 f->layout->height, f->layout->lang);
      /* Under who filed: what about and when (filed three days ago). */
      if (gtk_widget_get_prev_sibling (GTK_WIDGET (label)) != NULL)
        {
          g_autofree char *date = tg_format_date (f->filed);

          g_assert_nonnull (strstr (text, date));
          subjects += strstr (text, tg_dispute_subject_label (TG_DISPUTE_SUBJECT_FORMALIZATION)) != NULL;
        }
      for (TgParty p = TG_PARTY_EMPLOYER; p <= TG_PARTY_INSPECTOR; p++)
        {
          /* The label, never the nick. */
          g_assert_cmpstr (text, !=, tg_enum_to_nick (TG_TYPE_PARTY, p));
          parties += g_str_equal (text, tg_party_label (p));
        }
    }
  g_assert_cmpuint (parties, ==, 3);
  g_assert_cmpuint (subjects, ==, 1);
}

static void collect_buttons (GtkWidget *widget,
                             GPtrArray *labels);

/* Every name in the sidebar whole: not ellipsized, and as tall as its
 * wrapped lines need. */
static void
assert_sidebar_whole (Fixture *f)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect_buttons (GTK_WIDGET (f->window->sidebar), labels);
  g_assert_cmpuint (labels->len, >, 0);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);
      int needed;

      gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (label), &needed, NULL, NULL, NULL);
      if (cut (GTK_LABEL (label)) || needed > gtk_widget_get_height (label))
        g_error ("The sidebar's “%s” is cut at %dx%d in %s", gtk_label_get_text (GTK_LABEL (label)),
                 f->layout->width, f->layout->height, f->layout->lang);
    }
}

static void
collect_buttons (GtkWidget *widget,
                 GPtrArray *labels)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && gtk_widget_get_mapped (child))
        g_ptr_array_add (labels, child);
      collect_buttons (child, labels);
    }
}

static void
test_views (Fixture       *f,
            gconstpointer  data)
{
  TgCasePage *page;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  if (f->window == NULL)
    return;

  /* The list: every case, then what needs action. */
  assert_fits (f, "All cases");
  assert_sidebar_whole (f);
  screenshot (f, GTK_WIDGET (f->window), "list");
  assert_search_wide (f);
  tg_window_set_view (f->window, TG_VIEW_NEEDS_ACTION);
  settle (GTK_WIDGET (f->window));
  assert_fits (f, "Needs action");
  assert_columns_whole (f);
  screenshot (f, GTK_WIDGET (f->window), "needs-action");

  /* The disputes: the number, state and decision's due whole, and the
   * dispute itself. */
  file_disputes (f);
  tg_window_set_view (f->window, TG_VIEW_DISPUTES);
  settle (GTK_WIDGET (f->window));
  assert_fits (f, "Disputes");
  assert_columns_whole (f);
  assert_disputes_shown (f);
  screenshot (f, GTK_WIDGET (f->window), "disputes");
  tg_window_set_view (f->window, TG_VIEW_ALL);
  settle (GTK_WIDGET (f->window));
  g_assert_false (gtk_column_view_column_get_visible (GTK_COLUMN_VIEW_COLUMN (
    gtk_widget_get_template_child (GTK_WIDGET (f->window), TG_TYPE_WINDOW, "dispute_column"))));

  /* A case with everything in it: its actions whole. */
  g_assert_true (tg_window_open_case (f->window, f->full_case));
  settle (GTK_WIDGET (f->window));
  assert_fits (f, "The case page");
  page = f->window->case_page;
  collect_buttons (GTK_WIDGET (page->transitions_box), labels);
  for (guint i = 0; i < labels->len; i++)
    if (cut (g_ptr_array_index (labels, i)))
      g_error ("The action “%s” is cut at %dx%d in %s", gtk_label_get_text (g_ptr_array_index (labels, i)),
               f->layout->width, f->layout->height, f->layout->lang);
  screenshot (f, GTK_WIDGET (f->window), "case");

  /* The dashboard and the statistics, rows after the views. */
  gtk_list_box_select_row (f->window->sidebar, gtk_list_box_get_row_at_index (f->window->sidebar, TG_N_VIEWS));
  settle (GTK_WIDGET (f->window));
  assert_fits (f, "The dashboard");
  screenshot (f, GTK_WIDGET (f->window), "dashboard");
  gtk_list_box_select_row (f->window->sidebar, gtk_list_box_get_row_at_index (f->window->sidebar, TG_N_VIEWS + 1));
  settle (GTK_WIDGET (f->window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->window->content_stack), ==, "statistics");
  assert_fits (f, "Statistics");
  screenshot (f, GTK_WIDGET (f->window), "statistics");

  /* Back to the list, then Statistics again: a click shows it again. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-list", NULL);
  iterate ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->window->content_stack), ==, "list");
  g_signal_emit_by_name (f->window->sidebar, "row-activated",
                         gtk_list_box_get_row_at_index (f->window->sidebar, TG_N_VIEWS + 1));
  iterate ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->window->content_stack), ==, "statistics");
}

/* A dialog: no taller than the screen; pictured. */
static void
look_at_dialog (Fixture    *f,
                GtkWindow  *window,
                const char *name)
{
  g_assert_nonnull (window);
  settle (GTK_WIDGET (window));
  if (gtk_widget_get_height (GTK_WIDGET (window)) > f->layout->height)
    g_error ("The %s dialog is %d px tall at %dx%d in %s", name, gtk_widget_get_height (GTK_WIDGET (window)),
             f->layout->width, f->layout->height, f->layout->lang);
  screenshot (f, GTK_WIDGET (window), name);
}

/* A dialog over the window: looked at, then closed. */
static void
show_dialog (Fixture    *f,
             GtkWindow  *window,
             const char *name)
{
  look_at_dialog (f, window, name);
  tg_form_close_unguarded (window);
  iterate ();
}

static void
no_password (gboolean given,
             gboolean remember,
             gpointer user_data)
{
}

/* The password dialog of an office server (tg-server-password.c),
 * answered "cancel" once seen. */
static void
show_password (Fixture    *f,
               const char *refused,
               const char *name)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* GTK's */
  AdwMessageDialog *dialog = NULL;

  tg_server_password_ask (NULL, "host=db.example.kz dbname=tergeu user=aigerim", refused, no_password, NULL);
  iterate ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels) && dialog == NULL; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        dialog = ADW_MESSAGE_DIALOG (window);
    }
  look_at_dialog (f, GTK_WINDOW (dialog), name);
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  iterate ();
}

static GtkScrolledWindow *
first_scrolled (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkScrolledWindow *found;

      if (GTK_IS_SCROLLED_WINDOW (child) && gtk_widget_get_mapped (child))
        return GTK_SCROLLED_WINDOW (child);
      if ((found = first_scrolled (child)) != NULL)
        return found;
    }
  return NULL;
}

/* The first combo row under @widget (Preferences: where cases are kept). */
static AdwComboRow *
first_combo_row (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwComboRow *found;

      if (ADW_IS_COMBO_ROW (child))
        return ADW_COMBO_ROW (child);
      if ((found = first_combo_row (child)) != NULL)
        return found;
    }
  return NULL;
}

static void
test_dialogs (Fixture       *f,
              gconstpointer  data)
{
  TgNewCaseAssistant *assistant;
  TgCasePage *page;
  GtkWindow *window;
  TgForm *form;

  if (f->window == NULL)
    return;
  assistant = tg_new_case_assistant_new (f->store);
  gtk_window_set_transient_for (GTK_WINDOW (assistant), GTK_WINDOW (f->window));
  gtk_window_present (GTK_WINDOW (assistant));
  settle (GTK_WIDGET (assistant));
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (assistant)), <=, f->layout->height);
  screenshot (f, GTK_WIDGET (assistant), "new-case");
  gtk_window_destroy (GTK_WINDOW (assistant));

  g_assert_true (tg_window_open_case (f->window, f->full_case));
  iterate ();
  page = f->window->case_page;
  form = tg_case_page_edit_findings (page);
  show_dialog (f, tg_form_get_window (form), "findings");
  form = tg_case_page_add_extension (page);
  show_dialog (f, tg_form_get_window (form), "extension");
  show_dialog (f, GTK_WINDOW (tg_case_page_edit_victim (page, "v1")), "victim");
  show_dialog (f, GTK_WINDOW (tg_case_page_file_dispute (page)), "dispute");
  form = tg_window_export_form (f->window);
  show_dialog (f, tg_form_get_window (form), "export");
  window = GTK_WINDOW (tg_preferences_window_new (f->store));
  gtk_window_set_transient_for (window, GTK_WINDOW (f->window));
  gtk_window_present (window);
  show_dialog (f, window, "preferences");
  /* Issue 17: the office server chosen, its address asked. */
  window = GTK_WINDOW (tg_preferences_window_new (f->store));
  gtk_window_set_transient_for (window, GTK_WINDOW (f->window));
  gtk_window_present (window);
  settle (GTK_WIDGET (window));
  /* Chosen as a user does, once the window is there: the focus goes to
   * the address, which the page scrolls to. */
  adw_combo_row_set_selected (first_combo_row (GTK_WIDGET (window)), 1);
  settle (GTK_WIDGET (window));
  {
    GtkAdjustment *v = gtk_scrolled_window_get_vadjustment (first_scrolled (GTK_WIDGET (window)));

    gtk_adjustment_set_value (v, gtk_adjustment_get_upper (v) - gtk_adjustment_get_page_size (v));
  }
  show_dialog (f, window, "preferences-server");
  show_dialog (f, tg_about_show (GTK_WINDOW (f->window), f->store), "about");
  /* Issue 17: the office server's password, asked for, and asked again
   * with the server's refusal (the longest it gets). */
  show_password (f, NULL, "server-password");
  {
    /* the store's words, in the layout's language (tg-pg-store.c) */
    g_autofree char *refused = g_strdup_printf (_("The office server %s did not let you in with the password given. Details: %s"),
                                                "host=db.example.kz dbname=tergeu user=aigerim",
                                                "connection to server at \"db.example.kz\" (10.1.2.3), port 5432 failed: "
                                                "FATAL:  password authentication failed for user \"aigerim\"");

    show_password (f, refused, "server-password-refused");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *state = g_dir_make_tmp ("tergeu-layout-state-XXXXXX", NULL);
  int status;

  /* The new case's draft and print settings: not the user's. */
  g_setenv ("XDG_STATE_HOME", state, TRUE);
  g_setenv ("XDG_CONFIG_HOME", state, TRUE);
  tg_i18n_init ();
  textdomain (GETTEXT_PACKAGE);
  /* GLib decides once, at the first message looked up, whether to
   * translate at all: in a language of ours, not in C. */
  gtk_disable_setlocale ();
  use_language (&layouts[0]);
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();
  tg_application_register_resources ();
  /* The application's style, as GtkApplication loads it from its
   * resources: the layout measured is the one people see. */
  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, "/kz/gov/enbek/Tergeu/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

  for (guint i = 0; i < G_N_ELEMENTS (layouts); i++)
    {
      g_autofree char *views = g_strdup_printf ("/ui-layout/%s/%dx%d/views", layouts[i].lang,
                                                layouts[i].width, layouts[i].height);
      g_autofree char *dialogs = g_strdup_printf ("/ui-layout/%s/%dx%d/dialogs", layouts[i].lang,
                                                  layouts[i].width, layouts[i].height);

      g_test_add (views, Fixture, &layouts[i], fixture_set_up, test_views, fixture_tear_down);
      g_test_add (dialogs, Fixture, &layouts[i], fixture_set_up, test_dialogs, fixture_tear_down);
    }
  status = g_test_run ();
  g_rmdir (state);
  return status;
}
