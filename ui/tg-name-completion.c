/* tg-name-completion.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GtkEntryCompletion needs a GtkEntry (and is deprecated from GTK 4.10);
 * the rows here are AdwEntryRows, so the suggestions are a plain popover
 * list that never takes the focus from the entry.
 */
#define G_LOG_DOMAIN "tg-completion"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-member.h"
#include "tg-name-completion.h"

#define MAX_SHOWN 8
/* How many recent Committee cases the names come from. */
#define RECENT_CASES 300

GPtrArray *
tg_name_completion_match (GListModel *names,
                          const char *typed,
                          guint       limit)
{
  g_autofree char *folded = g_utf8_casefold (typed, -1);
  g_auto(GStrv) words = g_strsplit_set (folded, " \t", -1);
  GPtrArray *matches = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (names) && matches->len < limit; i++)
    {
      const char *name = gtk_string_list_get_string (GTK_STRING_LIST (names), i);
      g_autofree char *name_folded = g_utf8_casefold (name, -1);
      gboolean all = TRUE;

      for (guint w = 0; words[w] != NULL && all; w++)
        all = words[w][0] == '\0' || strstr (name_folded, words[w]) != NULL;
      if (all && g_strcmp0 (name_folded, folded) != 0)
        g_ptr_array_add (matches, g_strdup (name));
    }
  return matches;
}

static void
row_activated_cb (GtkListBox    *list,
                  GtkListBoxRow *row,
                  GtkWidget     *entry)
{
  GtkWidget *label = gtk_list_box_row_get_child (row);
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (list), GTK_TYPE_POPOVER);

  g_object_set_data (G_OBJECT (entry), "tg-completing", GINT_TO_POINTER (1));
  gtk_editable_set_text (GTK_EDITABLE (entry), gtk_label_get_text (GTK_LABEL (label)));
  gtk_editable_set_position (GTK_EDITABLE (entry), -1);
  g_object_set_data (G_OBJECT (entry), "tg-completing", NULL);
  gtk_popover_popdown (GTK_POPOVER (popover));
  gtk_widget_grab_focus (entry);
}

static void
changed_cb (GtkWidget  *entry,
            GtkPopover *popover)
{
  GListModel *names = g_object_get_data (G_OBJECT (popover), "tg-names");
  GtkListBox *list = GTK_LIST_BOX (gtk_popover_get_child (popover));
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autoptr(GPtrArray) matches = NULL;
  GtkWidget *child;

  if (g_object_get_data (G_OBJECT (entry), "tg-completing") != NULL)
    return;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
  if (g_utf8_strlen (typed, -1) < 2 || !gtk_widget_get_mapped (entry))
    {
      gtk_popover_popdown (popover);
      return;
    }
  matches = tg_name_completion_match (names, typed, MAX_SHOWN);
  for (guint i = 0; i < matches->len; i++)
    {
      GtkWidget *label = gtk_label_new (g_ptr_array_index (matches, i));

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_list_box_append (list, label);
    }
  if (matches->len > 0)
    gtk_popover_popup (popover);
  else
    gtk_popover_popdown (popover);
}

void
tg_name_completion_attach (GtkWidget  *entry,
                           GListModel *names)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *list = gtk_list_box_new ();

  g_return_if_fail (GTK_IS_EDITABLE (entry));

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_list_box_set_activate_on_single_click (GTK_LIST_BOX (list), TRUE);
  gtk_popover_set_child (GTK_POPOVER (popover), list);
  gtk_popover_set_autohide (GTK_POPOVER (popover), FALSE);
  gtk_popover_set_has_arrow (GTK_POPOVER (popover), FALSE);
  gtk_popover_set_position (GTK_POPOVER (popover), GTK_POS_BOTTOM);
  gtk_widget_set_can_focus (popover, FALSE);
  gtk_widget_set_parent (popover, entry);
  g_object_set_data_full (G_OBJECT (popover), "tg-names", g_object_ref (names), g_object_unref);
  /* The popover is a child of the entry: unparent it with it. */
  g_signal_connect_swapped (entry, "destroy", G_CALLBACK (gtk_widget_unparent), popover);
  g_signal_connect (list, "row-activated", G_CALLBACK (row_activated_cb), entry);
  g_signal_connect (entry, "changed", G_CALLBACK (changed_cb), popover);
}

static gint
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (*(const char **) a, *(const char **) b);
}

/* The store has no query for member names; the recent Committee cases
 * (sorted by accident date, newest first) give the people who sit on
 * commissions now. */
GListModel *
tg_name_completion_member_names (TgStore *store)
{
  GtkStringList *names = g_object_get_data (G_OBJECT (store), "tg-member-names");
  TgCaseQuery query = TG_CASE_QUERY_INIT;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_with_free_func (g_free);

  if (names != NULL)
    return G_LIST_MODEL (names);
  query.committee = TRUE;
  query.sort = TG_CASE_SORT_OCCURRED;
  query.descending = TRUE;
  rows = tg_store_list_cases (store, &query, 0, RECENT_CASES, NULL);
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    {
      g_autoptr(TgCase) kase = tg_store_load_case (store, TG_CASE_SUMMARY (g_ptr_array_index (rows, i))->id, NULL);
      TgInvestigation *inv = kase != NULL ? tg_case_get_investigation (kase) : NULL;
      TgCommission *com = inv != NULL ? tg_investigation_get_commission (inv) : NULL;
      GListModel *members = com != NULL ? G_LIST_MODEL (tg_commission_get_members (com)) : NULL;

      for (guint m = 0; members != NULL && m < g_list_model_get_n_items (members); m++)
        {
          g_autoptr(TgMember) member = g_list_model_get_item (members, m);
          const char *name = tg_member_get_full_name (member);

          if (name != NULL && !g_hash_table_contains (seen, name))
            {
              char *copy = g_strdup (name);
              g_ptr_array_add (sorted, copy);
              g_hash_table_add (seen, copy);
            }
        }
    }
  g_ptr_array_sort (sorted, compare_names);
  g_ptr_array_add (sorted, NULL);
  names = gtk_string_list_new ((const char * const *) sorted->pdata);
  g_object_set_data_full (G_OBJECT (store), "tg-member-names", names, g_object_unref);
  return G_LIST_MODEL (names);
}
