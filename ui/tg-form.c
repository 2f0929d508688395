/* tg-form.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-form"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "tg-calendar.h"
#include "tg-dates.h"
#include "tg-form.h"

typedef enum
{
  FIELD_ENTRY,
  FIELD_TEXT,
  FIELD_COMBO,
  FIELD_SWITCH,
} FieldKind;

typedef struct
{
  FieldKind  kind;
  GtkWidget *row;
  GtkWidget *input;     /* the editable, text view, combo row or switch */
  char      *initial;   /* the value as opened, as field_value() spells it */
  char      *text;      /* the last text read from a text view */
} Field;

struct _TgForm
{
  AdwWindow        *window;
  GtkListBox       *list;
  GtkLabel         *message_label;
  GtkWidget        *save_button;
  GHashTable       *fields;      /* key → Field */
  char             *problem;
  char             *refusal;
  TgFormCheck       check;
  gpointer          check_data;
  TgFormApply       apply;
  gpointer          apply_data;
  GDestroyNotify    destroy;
  gboolean          applied;
  GtkWidget        *first_input;   /* the first field one types in */
};

static void
field_free (Field *field)
{
  g_free (field->initial);
  g_free (field->text);
  g_free (field);
}

static void
tg_form_free (TgForm *form)
{
  if (form->destroy != NULL && form->apply_data != NULL)
    form->destroy (form->apply_data);
  g_hash_table_unref (form->fields);
  g_free (form->problem);
  g_free (form->refusal);
  g_free (form);
}

gboolean
tg_form_parse_date (const char *text,
                    GDate      *date)
{
  int d, m, y;
  char end;

  if (text == NULL)
    return FALSE;
  if (tg_date_parse (text, date))
    return TRUE;
  if (sscanf (text, "%2d.%2d.%4d%c", &d, &m, &y, &end) != 3 || !g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_clear (date, 1);
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

char *
tg_form_normalize_datetime (const char *text)
{
  g_autoptr(GDateTime) parsed = NULL;
  g_autofree char *fixed = NULL;
  int d, m, y, hh, mm;
  char end;

  if (text == NULL)
    return NULL;
  parsed = tg_datetime_parse (text);
  if (parsed != NULL)
    return tg_datetime_format (parsed);
  fixed = g_strstrip (g_strdup (text));
  /* "14.03.2026 09:30", as the window shows it: Astana time. */
  if (sscanf (fixed, "%2d.%2d.%4d %2d:%2d%c", &d, &m, &y, &hh, &mm, &end) == 5 && g_date_valid_dmy (d, m, y))
    {
      g_autofree char *iso = g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:00+05:00", y, m, d, hh, mm);
      parsed = tg_datetime_parse (iso);
      return parsed != NULL ? tg_datetime_format (parsed) : NULL;
    }
  /* "2026-03-14 09:30" or "…T09:30": Astana time, the usual way to type it. */
  if (strlen (fixed) == 16 && (fixed[10] == ' ' || fixed[10] == 'T'))
    {
      g_autofree char *iso = NULL;

      fixed[10] = 'T';
      iso = g_strconcat (fixed, ":00+05:00", NULL);
      parsed = tg_datetime_parse (iso);
    }
  return parsed != NULL ? tg_datetime_format (parsed) : NULL;
}

/* The field's value as a string, to compare with what it was opened with. */
static char *
field_value (Field *field)
{
  switch (field->kind)
    {
    case FIELD_ENTRY:
      return g_strdup (gtk_editable_get_text (GTK_EDITABLE (field->input)));
    case FIELD_TEXT:
      {
        GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (field->input));
        GtkTextIter start, end;

        gtk_text_buffer_get_bounds (buffer, &start, &end);
        return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
      }
    case FIELD_COMBO:
      return g_strdup_printf ("%u", adw_combo_row_get_selected (ADW_COMBO_ROW (field->input)));
    case FIELD_SWITCH:
    default:
      return g_strdup (gtk_switch_get_active (GTK_SWITCH (field->input)) ? "1" : "0");
    }
}

static void
show_message (TgForm *form)
{
  const char *message = form->problem != NULL && *form->problem != '\0' ? form->problem : form->refusal;

  gtk_label_set_text (form->message_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (form->message_label), message != NULL);
}

static void
run_check (TgForm *form)
{
  GHashTableIter iter;
  Field *field;

  g_clear_pointer (&form->problem, g_free);
  g_hash_table_iter_init (&iter, form->fields);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &field))
    gtk_widget_remove_css_class (field->row, "error");
  if (form->check != NULL)
    form->check (form, form->check_data);
  show_message (form);
  gtk_widget_set_sensitive (form->save_button, form->problem == NULL);
}

static void
changed_cb (TgForm *form)
{
  run_check (form);
}

static gboolean
any_changed (TgForm *form)
{
  GHashTableIter iter;
  const char *key;

  g_hash_table_iter_init (&iter, form->fields);
  while (g_hash_table_iter_next (&iter, (gpointer *) &key, NULL))
    if (tg_form_is_changed (form, key))
      return TRUE;
  return FALSE;
}

/* --- asking before typed work goes --------------------------------------- */

typedef struct
{
  TgFormChanged  changed;
  gpointer       data;
  gboolean       discarding;
} Guard;

static gboolean
destroy_idle_cb (gpointer data)
{
  gtk_window_destroy (data);
  return G_SOURCE_REMOVE;
}

static void
guard_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   GtkWindow        *window)
{
  Guard *guard = g_object_get_data (G_OBJECT (window), "tg-close-guard");

  if (g_strcmp0 (response, "discard") != 0 || guard == NULL)
    return;
  guard->discarding = TRUE;
  /* Once the question has closed: it is the window's child. */
  g_idle_add_full (G_PRIORITY_HIGH_IDLE, destroy_idle_cb, g_object_ref (window), g_object_unref);
}

GtkWidget *
tg_form_ask_discard (GtkWindow *window)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (window, _("Discard What You Typed?"),
                                   _("The changes in this form have not been saved."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _("_Keep Editing"), "discard", _("_Discard"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_signal_connect (dialog, "response", G_CALLBACK (guard_response_cb), window);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

/* Closing a window with typed changes asks first: typed work is not lost
 * to a stray Escape or Cancel. */
static gboolean
guard_close_request_cb (GtkWindow *window,
                        Guard     *guard)
{
  if (guard->discarding || !guard->changed (guard->data))
    return FALSE;
  tg_form_ask_discard (window);
  return TRUE;
}

void
tg_form_guard_close (GtkWindow     *window,
                     TgFormChanged  changed,
                     gpointer       data)
{
  Guard *guard = g_new0 (Guard, 1);
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  guard->changed = changed;
  guard->data = data;
  g_object_set_data_full (G_OBJECT (window), "tg-close-guard", guard, g_free);
  g_signal_connect (window, "close-request", G_CALLBACK (guard_close_request_cb), guard);
  /* Escape is Cancel: it closes, asking first when something was typed. */
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (GTK_WIDGET (window), shortcuts);
}

void
tg_form_close_unguarded (GtkWindow *window)
{
  Guard *guard = g_object_get_data (G_OBJECT (window), "tg-close-guard");

  if (guard != NULL)
    guard->discarding = TRUE;
  gtk_window_destroy (window);
}

static gboolean
form_changed (gpointer data)
{
  TgForm *form = data;

  return !form->applied && any_changed (form);
}

static void
save_clicked_cb (TgForm *form)
{
  tg_form_submit (form);
}

static GtkWidget *
header_bar (TgForm     *form,
            const char *heading)
{
  GtkWidget *bar = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *title = adw_window_title_new (heading, NULL);

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (bar), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (bar), FALSE);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (bar), title);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  form->save_button = gtk_button_new_with_mnemonic (_("_Save"));
  gtk_widget_add_css_class (form->save_button, "suggested-action");
  g_signal_connect_swapped (form->save_button, "clicked", G_CALLBACK (save_clicked_cb), form);
  adw_header_bar_pack_start (ADW_HEADER_BAR (bar), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (bar), form->save_button);
  return bar;
}

static GtkWidget *
label_new (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

TgForm *
tg_form_new (GtkWidget  *parent,
             const char *heading,
             const char *body)
{
  TgForm *form = g_new0 (TgForm, 1);
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkRoot *root = parent != NULL ? gtk_widget_get_root (parent) : NULL;

  form->fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) field_free);
  form->window = ADW_WINDOW (adw_window_new ());
  gtk_window_set_title (GTK_WINDOW (form->window), heading);
  gtk_window_set_modal (GTK_WINDOW (form->window), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (form->window), TRUE);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (form->window), GTK_WINDOW (root));
  gtk_window_set_default_size (GTK_WINDOW (form->window), 580, -1);

  form->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_add_css_class (GTK_WIDGET (form->list), "boxed-list");
  gtk_list_box_set_selection_mode (form->list, GTK_SELECTION_NONE);
  gtk_widget_set_visible (GTK_WIDGET (form->list), FALSE);   /* a confirmation has no field */
  form->message_label = GTK_LABEL (label_new (NULL, "error"));
  gtk_widget_set_visible (GTK_WIDGET (form->message_label), FALSE);
  if (body != NULL)
    gtk_box_append (GTK_BOX (box), label_new (body, "dim-label"));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (form->list));
  /* Above the scrolled fields: a refusal is seen wherever one scrolled. */
  gtk_widget_set_margin_start (GTK_WIDGET (form->message_label), 18);
  gtk_widget_set_margin_end (GTK_WIDGET (form->message_label), 18);
  gtk_widget_set_margin_top (GTK_WIDGET (form->message_label), 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);

  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 640);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 560);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (content), header_bar (form, heading));
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (form->message_label));
  gtk_box_append (GTK_BOX (content), scrolled);
  adw_window_set_content (form->window, content);
  gtk_window_set_default_widget (GTK_WINDOW (form->window), form->save_button);

  tg_form_guard_close (GTK_WINDOW (form->window), form_changed, form);
  g_object_set_data_full (G_OBJECT (form->window), "tg-form", form, (GDestroyNotify) tg_form_free);
  return form;
}

void
tg_form_set_save_label (TgForm     *form,
                        const char *label,
                        gboolean    destructive)
{
  gtk_button_set_label (GTK_BUTTON (form->save_button), label);
  gtk_button_set_use_underline (GTK_BUTTON (form->save_button), TRUE);
  if (destructive)
    {
      gtk_widget_remove_css_class (form->save_button, "suggested-action");
      gtk_widget_add_css_class (form->save_button, "destructive-action");
    }
}

static Field *
add_field (TgForm     *form,
           const char *key,
           FieldKind   kind,
           GtkWidget  *row,
           GtkWidget  *input)
{
  Field *field = g_new0 (Field, 1);

  field->kind = kind;
  field->row = row;
  field->input = input;
  field->initial = field_value (field);
  if (form->first_input == NULL && (kind == FIELD_ENTRY || kind == FIELD_TEXT))
    form->first_input = input;
  gtk_list_box_append (form->list, row);
  gtk_widget_set_visible (GTK_WIDGET (form->list), TRUE);
  g_hash_table_replace (form->fields, g_strdup (key), field);
  return field;
}

static Field *
get_field (TgForm     *form,
           const char *key)
{
  Field *field = g_hash_table_lookup (form->fields, key);

  if (field == NULL)
    g_critical ("The form has no field “%s”", key);
  return field;
}

GtkWidget *
tg_form_add_entry (TgForm     *form,
                   const char *key,
                   const char *title,
                   const char *value)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  if (value != NULL)
    gtk_editable_set_text (GTK_EDITABLE (row), value);
  g_signal_connect_swapped (row, "changed", G_CALLBACK (changed_cb), form);
  add_field (form, key, FIELD_ENTRY, row, row);
  return row;
}

/* --- dates: typed as shown, or picked ------------------------------------ */

static void
day_selected_cb (GtkCalendar *calendar,
                 GtkWidget   *row)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (calendar);
  g_autofree char *text = g_date_time_format (day, "%d.%m.%Y");
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (calendar), GTK_TYPE_POPOVER);

  gtk_editable_set_text (GTK_EDITABLE (row), text);
  gtk_editable_set_position (GTK_EDITABLE (row), -1);
  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
  gtk_widget_grab_focus (row);
}

/* The calendar opens on the date typed, or on today. */
static void
calendar_show_cb (GtkWidget *popover,
                  GtkWidget *row)
{
  GtkCalendar *calendar = GTK_CALENDAR (gtk_popover_get_child (GTK_POPOVER (popover)));
  g_autoptr(GDateTime) day = NULL;
  GDate date;

  if (tg_form_parse_date (gtk_editable_get_text (GTK_EDITABLE (row)), &date))
    {
      g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
      day = g_date_time_new (tz, g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date), 12, 0, 0);
    }
  else
    day = g_date_time_new_now_local ();
  g_signal_handlers_block_by_func (calendar, day_selected_cb, row);
  gtk_calendar_select_day (calendar, day);
  g_signal_handlers_unblock_by_func (calendar, day_selected_cb, row);
}

GtkWidget *
tg_form_attach_calendar (GtkWidget *row)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *calendar = gtk_calendar_new ();

  g_return_val_if_fail (ADW_IS_ENTRY_ROW (row), NULL);

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "x-office-calendar-symbolic");
  gtk_widget_set_tooltip_text (button, _("Choose the Date"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_popover_set_child (GTK_POPOVER (popover), calendar);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  g_signal_connect (calendar, "day-selected", G_CALLBACK (day_selected_cb), row);
  g_signal_connect (popover, "show", G_CALLBACK (calendar_show_cb), row);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), button);
  g_object_set_data (G_OBJECT (row), "tg-calendar", calendar);
  return button;
}

GtkWidget *
tg_form_add_date (TgForm     *form,
                  const char *key,
                  const char *title,
                  const char *value)
{
  g_autofree char *shown = NULL;
  GtkWidget *row;
  GDate date;

  /* Shown as people read dates, however it was given. */
  if (value != NULL && tg_form_parse_date (value, &date))
    shown = g_strdup_printf ("%02u.%02u.%04u", g_date_get_day (&date), g_date_get_month (&date),
                             g_date_get_year (&date));
  row = tg_form_add_entry (form, key, title, shown != NULL ? shown : value);
  tg_form_attach_calendar (row);
  return row;
}

GtkWidget *
tg_form_add_text (TgForm     *form,
                  const char *key,
                  const char *title,
                  const char *value)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *view = gtk_text_view_new ();
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_widget_set_size_request (view, -1, 66);
  gtk_widget_add_css_class (view, "inline");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  if (value != NULL)
    gtk_text_buffer_set_text (buffer, value, -1);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), view);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  g_signal_connect_swapped (buffer, "changed", G_CALLBACK (changed_cb), form);
  add_field (form, key, FIELD_TEXT, row, view);
  return row;
}

static void
setup_item_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (item, label);
}

static void
bind_item_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), gtk_string_object_get_string (string));
}

GtkWidget *
tg_form_add_combo (TgForm             *form,
                   const char         *key,
                   const char         *title,
                   const char * const *labels,
                   guint               selected)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) model = gtk_string_list_new (labels);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  /* The choices in full, however long (the grounds of art. 186 are). */
  {
    g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

    g_signal_connect (factory, "setup", G_CALLBACK (setup_item_cb), NULL);
    g_signal_connect (factory, "bind", G_CALLBACK (bind_item_cb), NULL);
    adw_combo_row_set_list_factory (ADW_COMBO_ROW (row), factory);
  }
  g_signal_connect_swapped (row, "notify::selected", G_CALLBACK (changed_cb), form);
  add_field (form, key, FIELD_COMBO, row, row);
  return row;
}

GtkWidget *
tg_form_add_switch (TgForm     *form,
                    const char *key,
                    const char *title,
                    gboolean    active)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *sw = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_switch_set_active (GTK_SWITCH (sw), active);
  gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), sw);
  g_signal_connect_swapped (sw, "notify::active", G_CALLBACK (changed_cb), form);
  add_field (form, key, FIELD_SWITCH, row, sw);
  return row;
}

GtkWidget *
tg_form_get_row (TgForm     *form,
                 const char *key)
{
  Field *field = get_field (form, key);

  return field != NULL ? field->row : NULL;
}

static gboolean
blank (const char *text)
{
  for (; text != NULL && *text; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

const char *
tg_form_get_text (TgForm     *form,
                  const char *key)
{
  Field *field = get_field (form, key);
  const char *text;

  g_return_val_if_fail (field != NULL && (field->kind == FIELD_ENTRY || field->kind == FIELD_TEXT), NULL);

  if (field->kind == FIELD_TEXT)
    {
      g_free (field->text);
      field->text = field_value (field);
      text = field->text;
    }
  else
    text = gtk_editable_get_text (GTK_EDITABLE (field->input));
  return blank (text) ? NULL : text;
}

void
tg_form_set_text (TgForm     *form,
                  const char *key,
                  const char *text)
{
  Field *field = get_field (form, key);

  g_return_if_fail (field != NULL && (field->kind == FIELD_ENTRY || field->kind == FIELD_TEXT));

  if (field->kind == FIELD_TEXT)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field->input)), text != NULL ? text : "", -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (field->input), text != NULL ? text : "");
}

guint
tg_form_get_selected (TgForm     *form,
                      const char *key)
{
  Field *field = get_field (form, key);

  g_return_val_if_fail (field != NULL && field->kind == FIELD_COMBO, 0);
  return adw_combo_row_get_selected (ADW_COMBO_ROW (field->input));
}

void
tg_form_set_selected (TgForm     *form,
                      const char *key,
                      guint       selected)
{
  Field *field = get_field (form, key);

  g_return_if_fail (field != NULL && field->kind == FIELD_COMBO);
  adw_combo_row_set_selected (ADW_COMBO_ROW (field->input), selected);
}

gboolean
tg_form_get_active (TgForm     *form,
                    const char *key)
{
  Field *field = get_field (form, key);

  g_return_val_if_fail (field != NULL && field->kind == FIELD_SWITCH, FALSE);
  return gtk_switch_get_active (GTK_SWITCH (field->input));
}

void
tg_form_set_active (TgForm     *form,
                    const char *key,
                    gboolean    active)
{
  Field *field = get_field (form, key);

  g_return_if_fail (field != NULL && field->kind == FIELD_SWITCH);
  gtk_switch_set_active (GTK_SWITCH (field->input), active);
}

const char *
tg_form_get_initial (TgForm     *form,
                     const char *key)
{
  Field *field = get_field (form, key);

  g_return_val_if_fail (field != NULL && (field->kind == FIELD_ENTRY || field->kind == FIELD_TEXT), NULL);
  return blank (field->initial) ? NULL : field->initial;
}

gboolean
tg_form_is_changed (TgForm     *form,
                    const char *key)
{
  Field *field = get_field (form, key);
  g_autofree char *now = NULL;

  if (field == NULL)
    return FALSE;
  now = field_value (field);
  return g_strcmp0 (now, field->initial) != 0;
}

void
tg_form_problem (TgForm     *form,
                 const char *key,
                 const char *message)
{
  if (key != NULL)
    gtk_widget_add_css_class (tg_form_get_row (form, key), "error");
  if (form->problem == NULL)
    form->problem = g_strdup (message != NULL ? message : "");
}

void
tg_form_check_date (TgForm     *form,
                    const char *key,
                    gboolean    required)
{
  const char *text = tg_form_get_text (form, key);
  GDate date;

  /* Not filled in yet: Save waits, without a word or a red field. */
  if (text == NULL)
    {
      if (required)
        tg_form_problem (form, NULL, NULL);
      return;
    }
  if (!tg_form_parse_date (text, &date))
    tg_form_problem (form, key, _("Write dates as DD.MM.YYYY (14.03.2026) or YYYY-MM-DD (2026-03-14)."));
}

const char *
tg_form_get_problem (TgForm *form)
{
  run_check (form);
  return form->problem;
}

const char *
tg_form_get_refusal (TgForm *form)
{
  return form->refusal;
}

void
tg_form_set_check (TgForm      *form,
                   TgFormCheck  check,
                   gpointer     user_data)
{
  form->check = check;
  form->check_data = user_data;
}

void
tg_form_present (TgForm         *form,
                 TgFormApply     apply,
                 gpointer        user_data,
                 GDestroyNotify  destroy)
{
  form->apply = apply;
  form->apply_data = user_data;
  form->destroy = destroy;
  run_check (form);
  /* Typing starts in the first field, not on Cancel. */
  if (form->first_input != NULL)
    gtk_window_set_focus (GTK_WINDOW (form->window), form->first_input);
  gtk_window_present (GTK_WINDOW (form->window));
}

gboolean
tg_form_submit (TgForm *form)
{
  g_autoptr(GError) error = NULL;

  run_check (form);
  if (form->problem != NULL)
    return FALSE;
  g_clear_pointer (&form->refusal, g_free);
  if (form->apply != NULL && !form->apply (form, form->apply_data, &error))
    {
      form->refusal = g_strdup (error != NULL ? error->message : _("Nothing was saved."));
      show_message (form);
      return FALSE;
    }
  form->applied = TRUE;
  gtk_window_destroy (GTK_WINDOW (form->window));
  return TRUE;
}

GtkWindow *
tg_form_get_window (TgForm *form)
{
  return GTK_WINDOW (form->window);
}

char *
tg_form_dup_today (void)
{
  GDate today;

  tg_today (&today);
  return g_strdup_printf ("%02u.%02u.%04u", g_date_get_day (&today), g_date_get_month (&today),
                          g_date_get_year (&today));
}
