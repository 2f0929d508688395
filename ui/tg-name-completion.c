/* tg-name-completion.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GtkEntryCompletion needs a GtkEntry (and is deprecated from GTK 4.10);
 * the rows here are AdwEntryRows, so the suggestions are a plain popover
 * list that never takes the focus from the entry: Down and Up move through
 * it, Enter takes the name, Escape closes it.
 */
#define G_LOG_DOMAIN "tg-completion"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-member.h"
#include "tg-name-completion.h"

#define MAX_SHOWN 8
#define PEOPLE_KEY "tg-commission-people"

typedef struct
{
  GtkWidget    *entry;
  GtkPopover   *popover;
  GtkListBox   *list;
  GListModel   *people;     /* TgMember */
  GPtrArray    *shown;      /* TgMember of the list's rows */
  TgNameChosen  chosen;
  gpointer      user_data;
  gboolean      completing;
} Completion;

static void
completion_free (Completion *c)
{
  g_clear_object (&c->people);
  g_clear_pointer (&c->shown, g_ptr_array_unref);
  g_free (c);
}

static GPtrArray *
match_people (GListModel *people,
              const char *typed,
              guint       limit)
{
  g_autofree char *folded = g_utf8_casefold (typed, -1);
  g_auto(GStrv) words = g_strsplit_set (folded, " \t", -1);
  GPtrArray *matches = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (people) && matches->len < limit; i++)
    {
      g_autoptr(TgMember) person = g_list_model_get_item (people, i);
      g_autofree char *name_folded = g_utf8_casefold (tg_member_get_full_name (person), -1);
      gboolean all = TRUE;

      for (guint w = 0; words[w] != NULL && all; w++)
        all = words[w][0] == '\0' || strstr (name_folded, words[w]) != NULL;
      if (all && g_strcmp0 (name_folded, folded) != 0)
        g_ptr_array_add (matches, g_steal_pointer (&person));
    }
  return matches;
}

GPtrArray *
tg_name_completion_match (GListModel *people,
                          const char *typed,
                          guint       limit)
{
  g_autoptr(GPtrArray) matches = match_people (people, typed, limit);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < matches->len; i++)
    g_ptr_array_add (names, g_strdup (tg_member_get_full_name (g_ptr_array_index (matches, i))));
  return names;
}

static void
choose (Completion    *c,
        GtkListBoxRow *row)
{
  TgMember *person = g_ptr_array_index (c->shown, gtk_list_box_row_get_index (row));

  c->completing = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (c->entry), tg_member_get_full_name (person));
  gtk_editable_set_position (GTK_EDITABLE (c->entry), -1);
  c->completing = FALSE;
  gtk_popover_popdown (c->popover);
  gtk_widget_grab_focus (c->entry);
  if (c->chosen != NULL)
    c->chosen (c->entry, person, c->user_data);
}

static void
row_activated_cb (GtkListBox    *list,
                  GtkListBoxRow *row,
                  Completion    *c)
{
  choose (c, row);
}

static GtkWidget *
person_row (TgMember *person)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (tg_member_get_full_name (person));
  g_autofree char *where = NULL;

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_box_append (GTK_BOX (box), name);
  /* Who they are: two people may share a name. */
  if (tg_member_get_position (person) != NULL || tg_member_get_organization (person) != NULL)
    {
      GtkWidget *label;

      where = g_strjoin (", ", tg_member_get_position (person) != NULL ? tg_member_get_position (person) : "",
                         tg_member_get_organization (person), NULL);
      label = gtk_label_new (g_str_has_prefix (where, ", ") ? where + 2 : where);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 48);
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), label);
    }
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  return box;
}

static void
changed_cb (GtkWidget  *entry,
            Completion *c)
{
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (entry));
  GtkWidget *child;

  if (c->completing)
    return;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (c->list))) != NULL)
    gtk_list_box_remove (c->list, child);
  g_clear_pointer (&c->shown, g_ptr_array_unref);
  if (g_utf8_strlen (typed, -1) < 2 || !gtk_widget_get_mapped (entry))
    {
      gtk_popover_popdown (c->popover);
      return;
    }
  c->shown = match_people (c->people, typed, MAX_SHOWN);
  for (guint i = 0; i < c->shown->len; i++)
    gtk_list_box_append (c->list, person_row (g_ptr_array_index (c->shown, i)));
  if (c->shown->len > 0)
    gtk_popover_popup (c->popover);
  else
    gtk_popover_popdown (c->popover);
}

static void
move (Completion *c,
      int         step)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (c->list);
  int n = c->shown != NULL ? (int) c->shown->len : 0;
  int index = row != NULL ? gtk_list_box_row_get_index (row) + step : (step > 0 ? 0 : n - 1);

  if (n == 0)
    return;
  index = CLAMP (index, 0, n - 1);
  gtk_list_box_select_row (c->list, gtk_list_box_get_row_at_index (c->list, index));
}

/* The keys that work the list while the focus stays in the entry; the
 * form gets Enter and Escape only when no list is open. */
static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                Completion            *c)
{
  GtkListBoxRow *row;

  if (!gtk_widget_get_visible (GTK_WIDGET (c->popover)))
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      move (c, 1);
      return TRUE;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      move (c, -1);
      return TRUE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      row = gtk_list_box_get_selected_row (c->list);
      if (row == NULL)
        return FALSE;
      choose (c, row);
      return TRUE;
    case GDK_KEY_Escape:
      gtk_popover_popdown (c->popover);
      return TRUE;
    default:
      return FALSE;
    }
}

void
tg_name_completion_attach (GtkWidget    *entry,
                           GListModel   *people,
                           TgNameChosen  chosen,
                           gpointer      user_data)
{
  Completion *c = g_new0 (Completion, 1);
  GtkEventController *keys = gtk_event_controller_key_new ();

  g_return_if_fail (GTK_IS_EDITABLE (entry));

  c->entry = entry;
  c->people = g_object_ref (people);
  c->chosen = chosen;
  c->user_data = user_data;
  c->popover = GTK_POPOVER (gtk_popover_new ());
  c->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (c->list, GTK_SELECTION_SINGLE);
  gtk_list_box_set_activate_on_single_click (c->list, TRUE);
  gtk_popover_set_child (c->popover, GTK_WIDGET (c->list));
  gtk_popover_set_autohide (c->popover, FALSE);
  gtk_popover_set_has_arrow (c->popover, FALSE);
  gtk_popover_set_position (c->popover, GTK_POS_BOTTOM);
  gtk_widget_set_can_focus (GTK_WIDGET (c->popover), FALSE);
  gtk_widget_set_parent (GTK_WIDGET (c->popover), entry);
  g_object_set_data_full (G_OBJECT (entry), "tg-completion", c, (GDestroyNotify) completion_free);
  /* The popover is a child of the entry: unparent it with it. */
  g_signal_connect_swapped (entry, "destroy", G_CALLBACK (gtk_widget_unparent), c->popover);
  g_signal_connect (c->list, "row-activated", G_CALLBACK (row_activated_cb), c);
  g_signal_connect (entry, "changed", G_CALLBACK (changed_cb), c);
  /* Before the entry's own keys and the form's Enter and Escape. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), c);
  gtk_widget_add_controller (entry, keys);
}

GPtrArray *
tg_name_completion_get_shown (GtkWidget *entry)
{
  Completion *c = g_object_get_data (G_OBJECT (entry), "tg-completion");
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; c != NULL && c->shown != NULL && i < c->shown->len; i++)
    g_ptr_array_add (names, g_strdup (tg_member_get_full_name (g_ptr_array_index (c->shown, i))));
  return names;
}

gboolean
tg_name_completion_choose (GtkWidget *entry,
                           guint      position)
{
  Completion *c = g_object_get_data (G_OBJECT (entry), "tg-completion");
  GtkListBoxRow *row = c != NULL ? gtk_list_box_get_row_at_index (c->list, position) : NULL;

  if (row == NULL)
    return FALSE;
  choose (c, row);
  return TRUE;
}

/* Everyone of earlier commissions (tg_store_list_commission_people), kept
 * on the store until a member is added or corrected. */
GListModel *
tg_name_completion_people (TgStore *store)
{
  GListStore *people = g_object_get_data (G_OBJECT (store), PEOPLE_KEY);
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;

  if (people != NULL)
    return G_LIST_MODEL (people);
  people = g_list_store_new (TG_TYPE_MEMBER);
  found = tg_store_list_commission_people (store, &error);
  if (found == NULL)
    g_warning ("Cannot list the people of earlier commissions: %s", error->message);
  for (guint i = 0; found != NULL && i < found->len; i++)
    g_list_store_append (people, g_ptr_array_index (found, i));
  g_object_set_data_full (G_OBJECT (store), PEOPLE_KEY, people, g_object_unref);
  return G_LIST_MODEL (people);
}

void
tg_name_completion_forget (TgStore *store)
{
  g_object_set_data (G_OBJECT (store), PEOPLE_KEY, NULL);
}
