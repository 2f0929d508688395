/* tg-dispute-dialog.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Filing a dispute (domain.md §4): who, about what, the claim, the day the
 * Committee received it. The parties' positions, the decision, a
 * withdrawal and an appeal are commands of their own on the filed dispute
 * (tg-case-page-items.c).
 */
#define G_LOG_DOMAIN "tg-dispute-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-case-commands.h"
#include "tg-dates.h"
#include "tg-dispute-dialog.h"
#include "tg-form.h"

/* The Committee's default time to decide (domain.md §4). */
#define DISPUTE_DAYS 15

struct _TgDisputeDialog
{
  AdwWindow             parent_instance;

  TgCalendar           *calendar;
  char                 *problem;
  char                 *refusal;
  char                 *auto_due;    /* the due date we filled in; follows "filed" until edited */
  char                 *opened_filed;   /* the day received as the dialog opened with it */
  TgDisputeDialogSave   save_func;
  gpointer              save_data;
  GDestroyNotify        save_destroy;

  GtkWidget            *save_button;
  GtkLabel             *error_label;
  AdwComboRow          *filed_by_row;
  AdwComboRow          *subject_row;
  AdwEntryRow          *claim_row;
  AdwEntryRow          *filed_row;
  AdwEntryRow          *due_row;
};

G_DEFINE_FINAL_TYPE (TgDisputeDialog, tg_dispute_dialog, ADW_TYPE_WINDOW)

static const char *
text_of (AdwEntryRow *row)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

  return text[0] != '\0' ? text : NULL;
}

static void
set_text (AdwEntryRow *row,
          const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

typedef const char *(*LabelFunc) (guint value);

static const char *party_label (guint v) { return tg_party_label (v); }
static const char *subject_label (guint v) { return tg_dispute_subject_label (v); }

static void
fill_combo (AdwComboRow *row,
            guint        n,
            LabelFunc    label)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);

  for (guint i = 0; i < n; i++)
    gtk_string_list_append (list, label (i));
  adw_combo_row_set_model (row, G_LIST_MODEL (list));
}

static char *
shown (const GDate *date)
{
  return g_strdup_printf ("%02u.%02u.%04u", g_date_get_day (date), g_date_get_month (date),
                          g_date_get_year (date));
}

/* Marks @row and remembers the first problem. */
static void
problem (TgDisputeDialog *self,
         AdwEntryRow     *row,
         const char      *message)
{
  if (row != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  if (self->problem == NULL)
    self->problem = g_strdup (message);
}

static void
check_date (TgDisputeDialog *self,
            AdwEntryRow     *row,
            gboolean         required,
            GDate           *out)
{
  const char *text = text_of (row);

  g_date_clear (out, 1);
  if (text == NULL)
    {
      if (required)
        problem (self, row, _("Fill in the marked dates (DD.MM.YYYY)."));
      return;
    }
  if (!tg_form_parse_date (text, out))
    problem (self, row, _("Write dates as DD.MM.YYYY (14.03.2026) or YYYY-MM-DD (2026-03-14)."));
}

/* The default due date follows the day received until the user writes
 * another. */
static void
follow_filed (TgDisputeDialog *self,
              const GDate     *filed)
{
  g_autofree char *due = NULL;
  GDate date;

  if (g_strcmp0 (text_of (self->due_row) != NULL ? text_of (self->due_row) : "", self->auto_due) != 0)
    return;
  tg_calendar_add_working_days (self->calendar, filed, DISPUTE_DAYS, &date);
  due = shown (&date);
  g_free (self->auto_due);
  self->auto_due = g_strdup (due);
  if (g_strcmp0 (text_of (self->due_row), due) != 0)
    set_text (self->due_row, due);   /* re-validates */
}

static void
validate (TgDisputeDialog *self)
{
  AdwEntryRow *rows[] = { self->claim_row, self->filed_row, self->due_row };
  const char *message;
  gboolean quiet = FALSE;
  GDate filed, due;

  g_clear_pointer (&self->problem, g_free);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (rows[i]), "error");
  check_date (self, self->filed_row, TRUE, &filed);
  if (g_date_valid (&filed) && self->calendar != NULL)
    follow_filed (self, &filed);
  check_date (self, self->due_row, FALSE, &due);
  if (g_date_valid (&filed) && g_date_valid (&due) && g_date_compare (&due, &filed) < 0)
    problem (self, self->due_row, _("The decision cannot be due before the dispute was filed."));
  /* An empty claim keeps Save waiting; it is not an error to shout about
   * before anything was typed. */
  if (text_of (self->claim_row) == NULL)
    {
      quiet = self->problem == NULL;
      problem (self, NULL, _("Write what the party claims."));
    }
  message = self->problem != NULL && !quiet ? self->problem : self->refusal;
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
  gtk_widget_set_sensitive (self->save_button, self->problem == NULL);
}

static void
changed_cb (TgDisputeDialog *self)
{
  validate (self);
}

const char *
tg_dispute_dialog_get_problem (TgDisputeDialog *self)
{
  g_return_val_if_fail (TG_IS_DISPUTE_DIALOG (self), NULL);

  validate (self);
  return self->problem;
}

const char *
tg_dispute_dialog_get_refusal (TgDisputeDialog *self)
{
  g_return_val_if_fail (TG_IS_DISPUTE_DIALOG (self), NULL);

  return self->refusal;
}

void
tg_dispute_dialog_set_save_func (TgDisputeDialog    *self,
                                 TgDisputeDialogSave func,
                                 gpointer            user_data,
                                 GDestroyNotify      destroy)
{
  g_return_if_fail (TG_IS_DISPUTE_DIALOG (self));

  if (self->save_destroy != NULL && self->save_data != NULL)
    self->save_destroy (self->save_data);
  self->save_func = func;
  self->save_data = user_data;
  self->save_destroy = destroy;
}

static GVariant *
build_params (TgDisputeDialog *self)
{
  GVariantDict dict;
  GDate date;

  g_variant_dict_init (&dict, NULL);
  g_variant_dict_insert (&dict, "filed-by", "s",
                         tg_enum_to_nick (TG_TYPE_PARTY, adw_combo_row_get_selected (self->filed_by_row)));
  g_variant_dict_insert (&dict, "subject", "s",
                         tg_enum_to_nick (TG_TYPE_DISPUTE_SUBJECT, adw_combo_row_get_selected (self->subject_row)));
  g_variant_dict_insert (&dict, "claim", "s", text_of (self->claim_row));
  if (tg_form_parse_date (text_of (self->filed_row), &date))
    {
      g_autofree char *iso = tg_date_format_iso (&date);
      g_variant_dict_insert (&dict, "filed", "s", iso);
    }
  /* The default term is the command's own: only another date is sent. */
  if (g_strcmp0 (text_of (self->due_row), self->auto_due) != 0 && tg_form_parse_date (text_of (self->due_row), &date))
    {
      g_autofree char *iso = tg_date_format_iso (&date);
      g_variant_dict_insert (&dict, "due", "s", iso);
    }
  return g_variant_ref_sink (g_variant_dict_end (&dict));
}

gboolean
tg_dispute_dialog_save (TgDisputeDialog *self)
{
  g_autoptr(GVariant) params = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (TG_IS_DISPUTE_DIALOG (self), FALSE);

  validate (self);
  if (self->problem != NULL)
    return FALSE;
  params = build_params (self);
  g_clear_pointer (&self->refusal, g_free);
  if (self->save_func != NULL && !self->save_func (self, params, self->save_data, &error))
    {
      self->refusal = g_strdup (error != NULL ? error->message : _("Nothing was saved."));
      validate (self);
      return FALSE;
    }
  tg_form_close_unguarded (GTK_WINDOW (self));
  return TRUE;
}

static void
save_clicked_cb (TgDisputeDialog *self)
{
  tg_dispute_dialog_save (self);
}

void
tg_dispute_dialog_set_field (TgDisputeDialog *self,
                             const char      *key,
                             const char      *value)
{
  g_return_if_fail (TG_IS_DISPUTE_DIALOG (self));

  if (g_str_equal (key, "claim"))
    set_text (self->claim_row, value);
  else if (g_str_equal (key, "filed"))
    set_text (self->filed_row, value);
  else if (g_str_equal (key, "due"))
    set_text (self->due_row, value);
  else if (g_str_equal (key, "filed-by"))
    adw_combo_row_set_selected (self->filed_by_row, (guint) g_ascii_strtoull (value, NULL, 10));
  else if (g_str_equal (key, "subject"))
    adw_combo_row_set_selected (self->subject_row, (guint) g_ascii_strtoull (value, NULL, 10));
  else
    g_critical ("No dispute field “%s”", key);
}

TgDisputeDialog *
tg_dispute_dialog_new (TgCalendar *calendar)
{
  TgDisputeDialog *self;
  g_autofree char *today_shown = NULL;
  GDate today;

  g_return_val_if_fail (TG_IS_CALENDAR (calendar), NULL);

  self = g_object_new (TG_TYPE_DISPUTE_DIALOG, NULL);
  self->calendar = g_object_ref (calendar);
  self->auto_due = g_strdup ("");
  tg_today (&today);
  today_shown = shown (&today);
  set_text (self->filed_row, today_shown);
  validate (self);
  self->opened_filed = g_strdup (today_shown);
  return self;
}

/* A claim typed, a party or subject chosen, a date other than the ones
 * the dialog filled in: typed work. */
static gboolean
dispute_changed (gpointer data)
{
  TgDisputeDialog *self = data;

  if (self->opened_filed == NULL)
    return FALSE;
  return text_of (self->claim_row) != NULL ||
         adw_combo_row_get_selected (self->filed_by_row) != 0 ||
         adw_combo_row_get_selected (self->subject_row) != 0 ||
         g_strcmp0 (text_of (self->filed_row), self->opened_filed) != 0 ||
         g_strcmp0 (text_of (self->due_row) != NULL ? text_of (self->due_row) : "", self->auto_due) != 0;
}

gboolean
tg_dispute_dialog_is_changed (TgDisputeDialog *self)
{
  g_return_val_if_fail (TG_IS_DISPUTE_DIALOG (self), FALSE);

  return dispute_changed (self);
}

static void
tg_dispute_dialog_dispose (GObject *object)
{
  TgDisputeDialog *self = TG_DISPUTE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TG_TYPE_DISPUTE_DIALOG);
  tg_dispute_dialog_set_save_func (self, NULL, NULL, NULL);
  g_clear_object (&self->calendar);
  g_clear_pointer (&self->problem, g_free);
  g_clear_pointer (&self->refusal, g_free);
  g_clear_pointer (&self->auto_due, g_free);
  g_clear_pointer (&self->opened_filed, g_free);

  G_OBJECT_CLASS (tg_dispute_dialog_parent_class)->dispose (object);
}

static void
tg_dispute_dialog_class_init (TgDisputeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tg_dispute_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/kz/gov/enbek/Tergeu/tg-dispute-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, TgDisputeDialog, name)
  BIND (save_button);
  BIND (error_label);
  BIND (filed_by_row);
  BIND (subject_row);
  BIND (claim_row);
  BIND (filed_row);
  BIND (due_row);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
}

static void
tg_dispute_dialog_init (TgDisputeDialog *self)
{
  AdwEntryRow *entries[] = { NULL, NULL, NULL };

  gtk_widget_init_template (GTK_WIDGET (self));
  fill_combo (self->filed_by_row, TG_PARTY_INSPECTOR + 1, party_label);
  fill_combo (self->subject_row, TG_DISPUTE_SUBJECT_REGISTRATION + 1, subject_label);
  tg_form_attach_calendar (GTK_WIDGET (self->filed_row));
  tg_form_attach_calendar (GTK_WIDGET (self->due_row));
  gtk_window_set_default_widget (GTK_WINDOW (self), self->save_button);
  /* The claim is what one types first. */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->claim_row));
  tg_form_guard_close (GTK_WINDOW (self), dispute_changed, self);
  entries[0] = self->claim_row;
  entries[1] = self->filed_row;
  entries[2] = self->due_row;
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    g_signal_connect_swapped (entries[i], "changed", G_CALLBACK (changed_cb), self);
}
