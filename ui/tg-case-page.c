/* tg-case-page.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-case-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-case-page-private.h"
#include "tg-model.h"
#include "tg-window.h"

G_DEFINE_FINAL_TYPE (TgCasePage, tg_case_page, GTK_TYPE_BOX)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

void
tg_case_page_toast (TgCasePage *self,
                    const char *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 6);
  if (TG_IS_WINDOW (root))
    tg_window_add_toast (TG_WINDOW (root), toast);
  else
    {
      g_message ("%s", message);
      g_object_unref (g_object_ref_sink (toast));
    }
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
    g_clear_object (&self->undo);
  g_set_object (&self->kase, kase);
  refresh (self);
}

TgCase *
tg_case_page_get_case (TgCasePage *self)
{
  g_return_val_if_fail (TG_IS_CASE_PAGE (self), NULL);

  return self->kase;
}

TgCase *
tg_case_page_copy_case (TgCasePage *self)
{
  return tg_model_copy (self->kase);
}

/* Shows the case as stored now (revision, history, derived state). */
static gboolean
reload (TgCasePage *self,
        GError    **error)
{
  g_autoptr(TgCase) stored = tg_store_load_case (self->store, tg_case_get_id (self->kase), error);

  if (stored == NULL)
    return FALSE;
  g_set_object (&self->kase, stored);
  refresh (self);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

/* Puts back every field the last edit changed; the state follows from the
 * victims again when the store saves. */
gboolean
tg_case_page_can_undo (TgCasePage *self)
{
  return self->undo != NULL;
}

gboolean
tg_case_page_undo (TgCasePage  *self,
                   GError     **error)
{
  g_autoptr(TgCase) edited = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(TgCase) before = NULL;

  if (self->undo == NULL)
    return TRUE;
  before = g_steal_pointer (&self->undo);
  edited = tg_case_page_copy_case (self);
  changes = tg_model_diff (edited, before);
  for (guint i = 0; i < changes->len; i++)
    {
      TgFieldChange *change = g_ptr_array_index (changes, i);

      if (g_strcmp0 (change->path, "state") != 0)
        tg_model_take (edited, before, change->path);
    }
  return tg_store_save_case (self->store, edited, error) && reload (self, error);
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

static void
announce (TgCasePage *self,
          TgState     state_before,
          const char *undo_label)
{
  TgState state = tg_case_get_state (self->kase);
  g_autofree char *message = NULL;
  AdwToast *toast;

  if (state != state_before)
    /* Translators: the victims' outcome forced a change of state */
    message = g_strdup_printf (_("Saved. The case is now “%s”: %s"), tg_state_label (state),
                               tg_case_get_number (self->kase));
  else
    message = g_strdup (_("Saved"));
  toast = adw_toast_new (message);
  adw_toast_set_timeout (toast, state != state_before ? 10 : 5);
  if (undo_label != NULL && state == state_before)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_cb), self, 0);
    }
  if (TG_IS_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))))
    tg_window_add_toast (TG_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

gboolean
tg_case_page_save (TgCasePage *self,
                   TgCase     *edited,
                   const char *undo_label,
                   GError    **error)
{
  g_autoptr(TgCase) before = NULL;
  TgState state_before;

  g_return_val_if_fail (TG_IS_CASE_PAGE (self), FALSE);
  g_return_val_if_fail (TG_IS_CASE (edited), FALSE);

  if (!tg_store_save_case (self->store, edited, error))
    return FALSE;
  before = g_object_ref (self->kase);
  state_before = tg_case_get_state (before);
  g_set_object (&self->undo, before);
  if (!reload (self, error))
    return FALSE;
  announce (self, state_before, undo_label);
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
  g_clear_object (&self->undo);
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
