/* tg-case-page.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-case-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-case-page-private.h"
#include "tg-case-commands.h"

G_DEFINE_FINAL_TYPE (TgCasePage, tg_case_page, GTK_TYPE_BOX)

enum
{
  CHANGED,
  TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The page does not know its window: whoever shows it (TgWindow) shows
 * its toasts, through the "toast" signal. */
static void
show_toast (TgCasePage *self,
            AdwToast   *toast)
{
  g_object_ref_sink (toast);
  if (g_signal_has_handler_pending (self, signals[TOAST], 0, FALSE))
    g_signal_emit (self, signals[TOAST], 0, toast);
  else
    g_message ("%s", adw_toast_get_title (toast));
  g_object_unref (toast);
}

void
tg_case_page_toast (TgCasePage *self,
                    const char *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 6);
  show_toast (self, toast);
}

static void clear_undo (TgCasePage *self);

static gboolean
restore_scroll_cb (GtkWidget     *widget,
                   GdkFrameClock *clock,
                   gpointer       data)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (widget));
  double *at = data;

  gtk_adjustment_set_value (adjustment, *at);
  return G_SOURCE_REMOVE;
}

/* After a change the page is built anew: it stays where the user was. */
static void
keep_scroll (TgCasePage *self)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (self->sections), GTK_TYPE_SCROLLED_WINDOW);
  double *at;

  if (scrolled == NULL)
    return;
  at = g_new (double, 1);
  *at = gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)));
  gtk_widget_add_tick_callback (scrolled, restore_scroll_cb, at, g_free);
}

static void
refresh (TgCasePage *self)
{
  g_autofree char *subtitle = NULL;

  adw_window_title_set_title (self->title, tg_case_get_number (self->kase));
  adw_window_title_set_subtitle (self->title, tg_state_label (tg_case_get_state (self->kase)));
  tg_case_page_build_sections (self);
  tg_case_page_update_actions (self);
}

void
tg_case_page_set_case (TgCasePage *self,
                       TgStore    *store,
                       TgCase     *kase)
{
  g_return_if_fail (TG_IS_CASE_PAGE (self));
  g_return_if_fail (TG_IS_STORE (store));
  g_return_if_fail (TG_IS_CASE (kase));

  g_set_object (&self->store, store);
  if (self->kase == NULL || g_strcmp0 (tg_case_get_id (self->kase), tg_case_get_id (kase)) != 0)
    {
      GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (self->sections), GTK_TYPE_SCROLLED_WINDOW);

      clear_undo (self);
      /* Another case opens at its top, not where the last one was left. */
      if (scrolled != NULL)
        gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)), 0);
    }
  else
    keep_scroll (self);
  g_set_object (&self->kase, kase);
  refresh (self);
}

TgCase *
tg_case_page_get_case (TgCasePage *self)
{
  g_return_val_if_fail (TG_IS_CASE_PAGE (self), NULL);

  return self->kase;
}

gint64
tg_case_page_get_revision (TgCasePage *self)
{
  return self->kase != NULL ? tg_case_get_revision (self->kase) : -1;
}

static void
clear_undo (TgCasePage *self)
{
  g_clear_pointer (&self->undo_name, g_free);
  g_clear_pointer (&self->undo_params, g_variant_unref);
  self->undo_revision = -1;
}

static void
show_stored (TgCasePage *self,
             TgCase     *stored)
{
  keep_scroll (self);
  g_set_object (&self->kase, stored);
  refresh (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Shows the case as stored now (revision, history, derived state). */
static gboolean
reload (TgCasePage *self,
        GError    **error)
{
  g_autoptr(TgCase) stored = tg_store_load_case (self->store, tg_case_get_id (self->kase), error);

  if (stored == NULL)
    return FALSE;
  show_stored (self, stored);
  return TRUE;
}


gboolean
tg_case_page_can_undo (TgCasePage *self)
{
  return self->undo_name != NULL;
}

/* The inverse of an edit is itself a command: the same one, with the
 * values the changed fields had. Someone else's change in between makes
 * it stale, and then nothing is undone. */
gboolean
tg_case_page_undo (TgCasePage  *self,
                   GError     **error)
{
  g_autofree char *name = g_steal_pointer (&self->undo_name);
  g_autoptr(GVariant) params = g_steal_pointer (&self->undo_params);
  g_autoptr(TgCase) stored = NULL;

  if (name == NULL)
    return TRUE;
  stored = tg_command_run (self->store, tg_case_get_id (self->kase), self->undo_revision, name,
                           params, NULL, error);
  clear_undo (self);
  if (stored == NULL)
    return FALSE;
  show_stored (self, stored);
  return TRUE;
}

static void
undo_cb (AdwToast   *toast,
         TgCasePage *self)
{
  g_autoptr(GError) error = NULL;

  if (!tg_case_page_undo (self, &error))
    tg_case_page_toast (self, error->message);
  else
    tg_case_page_toast (self, _("Undone"));
}

/* The move a command is, as the buttons name it ("Re-investigate"), or
 * NULL when it is none (a review that sent the case back). */
static const char *
move_label (const char *name)
{
  for (guint a = 0; a < TG_N_ACTIONS; a++)
    if (g_strcmp0 (tg_command_for_action (a), name) == 0)
      return tg_action_label (a);
  return NULL;
}

static void
announce (TgCasePage       *self,
          const char       *name,
          TgCommandOutcome *outcome,
          TgState           state_before,
          const char       *done)
{
  TgState state = tg_case_get_state (self->kase);
  g_autofree char *message = NULL;
  AdwToast *toast;

  if (!outcome->changed)
    message = g_strdup (_("Nothing changed"));
  else if (state != state_before && (outcome->forced >= 0 || move_label (name) == NULL))
    /* Translators: the victims' outcome forced a change of state */
    message = g_strdup_printf (_("Saved. The case is now “%s”: %s"), tg_state_label (state),
                               tg_case_get_number (self->kase));
  else if (state != state_before)
    /* Translators: "Route: Local investigation" */
    message = g_strdup_printf (_("%s: %s"), move_label (name), tg_state_label (state));
  else
    message = g_strdup (done != NULL ? done : _("Saved"));
  toast = adw_toast_new (message);
  adw_toast_set_timeout (toast, state != state_before ? 10 : 5);
  if (self->undo_name != NULL)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_cb), self, 0);
    }
  show_toast (self, toast);
}

gboolean
tg_case_page_run (TgCasePage  *self,
                  gint64       revision,
                  const char  *name,
                  GVariant    *params,
                  const char  *done,
                  GVariant    *undo,
                  GError     **error)
{
  g_auto(TgCommandOutcome) outcome = { FALSE, NULL, -1 };
  g_autoptr(GVariant) owned_undo = undo != NULL ? g_variant_ref_sink (undo) : NULL;
  g_autoptr(TgCase) stored = NULL;
  TgState state_before;

  g_return_val_if_fail (TG_IS_CASE_PAGE (self), FALSE);
  g_return_val_if_fail (self->kase != NULL, FALSE);

  state_before = tg_case_get_state (self->kase);
  stored = tg_command_run (self->store, tg_case_get_id (self->kase), revision, name, params, &outcome, error);
  if (stored == NULL)
    return FALSE;
  clear_undo (self);
  if (outcome.changed)
    {
      show_stored (self, stored);
      if (owned_undo != NULL && tg_case_get_state (stored) == state_before)
        {
          self->undo_name = g_strdup (name);
          self->undo_params = g_steal_pointer (&owned_undo);
          self->undo_revision = tg_case_get_revision (stored);
        }
    }
  announce (self, name, &outcome, state_before, done);
  return TRUE;
}

gboolean
tg_case_page_put_param (GVariantDict *dict,
                        const char   *name,
                        const char   *key,
                        const char   *text,
                        GError      **error)
{
  guint n;
  const TgParamSpec *params = tg_command_get_params (name, &n);
  GVariant *value;

  for (guint i = 0; i < n; i++)
    if (g_str_equal (params[i].key, key))
      {
        value = tg_command_parse_param (&params[i], text != NULL ? text : "", error);
        if (value == NULL)
          return FALSE;
        g_variant_dict_insert_value (dict, key, value);
        return TRUE;
      }
  g_critical ("Command “%s” has no parameter “%s”", name, key);
  return TRUE;
}

gboolean
tg_case_page_put_fields (TgForm             *form,
                         GVariantDict       *params,
                         const char         *name,
                         const char * const *keys,
                         gboolean            changed_only,
                         GError            **error)
{
  for (guint i = 0; keys[i] != NULL; i++)
    {
      const char *text = tg_form_get_text (form, keys[i]);
      gboolean send = changed_only ? tg_form_is_changed (form, keys[i]) : text != NULL;

      if (send && !tg_case_page_put_param (params, name, keys[i], text, error))
        return FALSE;
    }
  return TRUE;
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TgCasePage *self = TG_CASE_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (self->kase != NULL && !reload (self, &error))
    tg_case_page_toast (self, error->message);
}

static void
tg_case_page_dispose (GObject *object)
{
  TgCasePage *self = TG_CASE_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TG_TYPE_CASE_PAGE);
  g_clear_object (&self->kase);
  clear_undo (self);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (tg_case_page_parent_class)->dispose (object);
}

static void
tg_case_page_class_init (TgCasePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tg_case_page_dispose;

  /* Emitted after the case was saved or moved: lists and counts change. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* A toast to show (an AdwToast): the window that shows the page shows it. */
  signals[TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  gtk_widget_class_set_template_from_resource (widget_class, "/kz/gov/enbek/Tergeu/tg-case-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TgCasePage, title);
  gtk_widget_class_bind_template_child (widget_class, TgCasePage, transitions_box);
  gtk_widget_class_bind_template_child (widget_class, TgCasePage, sections);
  gtk_widget_class_install_action (widget_class, "case.reload", NULL, reload_action);
  tg_case_page_class_add_actions (widget_class);
}

static void
tg_case_page_init (TgCasePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  tg_case_page_add_transition_buttons (self);
}
