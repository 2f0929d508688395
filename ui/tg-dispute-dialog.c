/* tg-dispute-dialog.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One window for the whole life of a dispute (domain.md §4): the filing,
 * the parties' positions, the review and decision, the appeal.  Each step
 * is a group lower down the page, so deciding is "open, scroll, choose".
 */
#define G_LOG_DOMAIN "tg-dispute-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-dates.h"
#include "tg-dispute-dialog.h"
#include "tg-model.h"
#include "tg-position.h"

/* The Committee's default time to decide (domain.md §4). */
#define DISPUTE_DAYS 15

struct _TgDisputeDialog
{
  AdwWindow             parent_instance;

  TgDispute            *dispute;    /* the working copy */
  char                 *problem;

  GtkWidget            *save_button;
  GtkLabel             *error_label;
  AdwComboRow          *filed_by_row;
  AdwComboRow          *subject_row;
  AdwEntryRow          *claim_row;
  AdwEntryRow          *filed_row;
  AdwEntryRow          *due_row;
  AdwPreferencesGroup  *positions_group;
  AdwEntryRow          *party_row;
  AdwEntryRow          *position_row;
  AdwComboRow          *status_row;
  AdwComboRow          *outcome_row;
  AdwEntryRow          *reasoning_row;
  AdwEntryRow          *decided_by_row;
  AdwEntryRow          *decided_on_row;
  AdwEntryRow          *appeal_court_row;
  AdwEntryRow          *appeal_filed_row;
  AdwEntryRow          *appeal_result_row;
  GPtrArray            *position_rows;
};

G_DEFINE_FINAL_TYPE (TgDisputeDialog, tg_dispute_dialog, ADW_TYPE_WINDOW)

enum
{
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

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
static const char *status_label (guint v) { return tg_dispute_status_label (v); }
static const char *outcome_label (guint v) { return tg_outcome_label (v); }

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
        problem (self, row, _("Fill in the marked dates (YYYY-MM-DD)."));
      return;
    }
  if (!tg_date_parse (text, out))
    problem (self, row, _("Write dates as YYYY-MM-DD, e.g. 2026-03-14."));
}

static void
validate (TgDisputeDialog *self)
{
  AdwEntryRow *rows[] = { self->claim_row, self->filed_row, self->due_row, self->reasoning_row,
                          self->decided_by_row, self->decided_on_row, self->appeal_court_row,
                          self->appeal_filed_row, self->appeal_result_row };
  TgDisputeStatus status = adw_combo_row_get_selected (self->status_row);
  TgOutcome outcome = adw_combo_row_get_selected (self->outcome_row);
  gboolean decided = status == TG_DISPUTE_STATUS_DECIDED;
  gboolean appealed = text_of (self->appeal_court_row) != NULL || text_of (self->appeal_filed_row) != NULL
                      || text_of (self->appeal_result_row) != NULL;
  GDate filed, due, decided_on, appeal_filed;

  g_clear_pointer (&self->problem, g_free);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (rows[i]), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->outcome_row), "error");

  if (text_of (self->claim_row) == NULL)
    problem (self, self->claim_row, _("Write what the party claims."));
  check_date (self, self->filed_row, TRUE, &filed);
  check_date (self, self->due_row, FALSE, &due);
  check_date (self, self->decided_on_row, decided, &decided_on);
  check_date (self, self->appeal_filed_row, FALSE, &appeal_filed);
  if (g_date_valid (&filed) && g_date_valid (&due) && g_date_compare (&due, &filed) < 0)
    problem (self, self->due_row, _("The decision cannot be due before the dispute was filed."));
  if (decided && outcome == TG_OUTCOME_NONE)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->outcome_row), "error");
      problem (self, NULL, _("Choose the outcome of the decision."));
    }
  if (!decided && outcome != TG_OUTCOME_NONE)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->outcome_row), "error");
      problem (self, NULL, _("An outcome needs the status “Decided”."));
    }
  if (decided && text_of (self->reasoning_row) == NULL)
    problem (self, self->reasoning_row, _("A decision needs its reasoning."));
  if (decided && text_of (self->decided_by_row) == NULL)
    problem (self, self->decided_by_row, _("Write who decided."));
  if (g_date_valid (&filed) && g_date_valid (&decided_on) && g_date_compare (&decided_on, &filed) < 0)
    problem (self, self->decided_on_row, _("The decision cannot come before the dispute was filed."));
  if (appealed && !decided)
    problem (self, self->appeal_court_row, _("Only a decided dispute can be appealed."));
  if (appealed && decided && text_of (self->appeal_court_row) == NULL)
    problem (self, self->appeal_court_row, _("Write the court the appeal went to."));
  if (g_date_valid (&appeal_filed) && g_date_valid (&decided_on) && g_date_compare (&appeal_filed, &decided_on) < 0)
    problem (self, self->appeal_filed_row, _("The appeal cannot come before the decision."));

  gtk_label_set_text (self->error_label, self->problem != NULL ? self->problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), self->problem != NULL);
  gtk_widget_set_sensitive (self->save_button, self->problem == NULL);
}

static void
changed_cb (TgDisputeDialog *self)
{
  validate (self);
}

static void
status_changed_cb (TgDisputeDialog *self)
{
  /* Choosing "Decided" fills the obvious: today. */
  if (adw_combo_row_get_selected (self->status_row) == TG_DISPUTE_STATUS_DECIDED
      && text_of (self->decided_on_row) == NULL)
    {
      g_autofree char *today = NULL;
      GDate date;

      tg_today (&date);
      today = tg_date_format_iso (&date);
      set_text (self->decided_on_row, today);
    }
  validate (self);
}

static void
outcome_changed_cb (TgDisputeDialog *self)
{
  /* Choosing an outcome is deciding. */
  if (adw_combo_row_get_selected (self->outcome_row) != TG_OUTCOME_NONE)
    adw_combo_row_set_selected (self->status_row, TG_DISPUTE_STATUS_DECIDED);
  validate (self);
}

static void
show_position (TgDisputeDialog *self,
               TgPosition      *position)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), tg_position_get_party (position) != NULL
                                                            ? tg_position_get_party (position) : "—");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), tg_position_get_text (position));
  adw_preferences_group_add (self->positions_group, row);
  g_ptr_array_add (self->position_rows, row);
}

void
tg_dispute_dialog_add_position (TgDisputeDialog *self,
                                const char      *party,
                                const char      *text)
{
  g_autoptr(TgPosition) position = NULL;

  g_return_if_fail (TG_IS_DISPUTE_DIALOG (self));

  if (text == NULL || *text == '\0')
    return;
  position = tg_position_new ();
  tg_position_set_party (position, party != NULL && *party != '\0' ? party : NULL);
  tg_position_set_text (position, text);
  g_list_store_append (tg_dispute_get_positions (self->dispute), position);
  show_position (self, position);
}

static void
add_position_cb (TgDisputeDialog *self)
{
  tg_dispute_dialog_add_position (self, gtk_editable_get_text (GTK_EDITABLE (self->party_row)),
                                  gtk_editable_get_text (GTK_EDITABLE (self->position_row)));
  set_text (self->party_row, NULL);
  set_text (self->position_row, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->party_row));
}

const char *
tg_dispute_dialog_get_problem (TgDisputeDialog *self)
{
  g_return_val_if_fail (TG_IS_DISPUTE_DIALOG (self), NULL);

  validate (self);
  return self->problem;
}

gboolean
tg_dispute_dialog_save (TgDisputeDialog *self)
{
  TgDispute *d;

  g_return_val_if_fail (TG_IS_DISPUTE_DIALOG (self), FALSE);

  validate (self);
  if (self->problem != NULL)
    return FALSE;
  /* A position typed but not yet added is not lost. */
  if (text_of (self->position_row) != NULL)
    add_position_cb (self);
  d = self->dispute;
  tg_dispute_set_filed_by (d, adw_combo_row_get_selected (self->filed_by_row));
  tg_dispute_set_subject (d, adw_combo_row_get_selected (self->subject_row));
  tg_dispute_set_claim (d, text_of (self->claim_row));
  tg_dispute_set_filed (d, text_of (self->filed_row));
  tg_dispute_set_due (d, text_of (self->due_row));
  tg_dispute_set_status (d, adw_combo_row_get_selected (self->status_row));
  tg_dispute_set_outcome (d, adw_combo_row_get_selected (self->outcome_row));
  tg_dispute_set_reasoning (d, text_of (self->reasoning_row));
  tg_dispute_set_decided_by (d, text_of (self->decided_by_row));
  tg_dispute_set_decided_on (d, tg_dispute_get_status (d) == TG_DISPUTE_STATUS_DECIDED
                                ? text_of (self->decided_on_row) : NULL);
  tg_dispute_set_appeal_court (d, text_of (self->appeal_court_row));
  tg_dispute_set_appeal_filed (d, text_of (self->appeal_filed_row));
  tg_dispute_set_appeal_result (d, text_of (self->appeal_result_row));
  g_signal_emit (self, signals[SAVED], 0, d);
  gtk_window_close (GTK_WINDOW (self));
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
  const struct
  {
    const char   *key;
    AdwEntryRow **row;
  } entries[] = {
    { "claim", &self->claim_row }, { "filed", &self->filed_row }, { "due", &self->due_row },
    { "reasoning", &self->reasoning_row }, { "decided-by", &self->decided_by_row },
    { "decided-on", &self->decided_on_row }, { "appeal-court", &self->appeal_court_row },
    { "appeal-filed", &self->appeal_filed_row }, { "appeal-result", &self->appeal_result_row },
  };
  const struct
  {
    const char   *key;
    AdwComboRow **row;
  } combos[] = {
    { "filed-by", &self->filed_by_row }, { "subject", &self->subject_row },
    { "status", &self->status_row }, { "outcome", &self->outcome_row },
  };

  g_return_if_fail (TG_IS_DISPUTE_DIALOG (self));

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    if (g_str_equal (key, entries[i].key))
      {
        set_text (*entries[i].row, value);
        return;
      }
  for (guint i = 0; i < G_N_ELEMENTS (combos); i++)
    if (g_str_equal (key, combos[i].key))
      {
        adw_combo_row_set_selected (*combos[i].row, (guint) g_ascii_strtoull (value, NULL, 10));
        return;
      }
  g_critical ("No dispute field “%s”", key);
}

static void
load (TgDisputeDialog *self,
      TgCalendar      *calendar)
{
  TgDispute *d = self->dispute;
  GListModel *positions = G_LIST_MODEL (tg_dispute_get_positions (d));

  if (tg_dispute_get_filed (d) == NULL)
    {
      g_autofree char *today_iso = NULL;
      g_autofree char *due_iso = NULL;
      GDate today, due;

      tg_today (&today);
      tg_calendar_add_working_days (calendar, &today, DISPUTE_DAYS, &due);
      today_iso = tg_date_format_iso (&today);
      due_iso = tg_date_format_iso (&due);
      tg_dispute_set_filed (d, today_iso);
      tg_dispute_set_due (d, due_iso);
      gtk_window_set_title (GTK_WINDOW (self), _("File a Dispute"));
    }
  adw_combo_row_set_selected (self->filed_by_row, tg_dispute_get_filed_by (d));
  adw_combo_row_set_selected (self->subject_row, tg_dispute_get_subject (d));
  set_text (self->claim_row, tg_dispute_get_claim (d));
  set_text (self->filed_row, tg_dispute_get_filed (d));
  set_text (self->due_row, tg_dispute_get_due (d));
  adw_combo_row_set_selected (self->status_row, tg_dispute_get_status (d));
  adw_combo_row_set_selected (self->outcome_row, tg_dispute_get_outcome (d));
  set_text (self->reasoning_row, tg_dispute_get_reasoning (d));
  set_text (self->decided_by_row, tg_dispute_get_decided_by (d));
  set_text (self->decided_on_row, tg_dispute_get_decided_on (d));
  set_text (self->appeal_court_row, tg_dispute_get_appeal_court (d));
  set_text (self->appeal_filed_row, tg_dispute_get_appeal_filed (d));
  set_text (self->appeal_result_row, tg_dispute_get_appeal_result (d));
  for (guint i = 0; i < g_list_model_get_n_items (positions); i++)
    {
      g_autoptr(TgPosition) position = g_list_model_get_item (positions, i);
      show_position (self, position);
    }
}

TgDisputeDialog *
tg_dispute_dialog_new (TgDispute  *dispute,
                       TgCalendar *calendar)
{
  TgDisputeDialog *self = g_object_new (TG_TYPE_DISPUTE_DIALOG, NULL);

  g_return_val_if_fail (dispute == NULL || TG_IS_DISPUTE (dispute), NULL);
  g_return_val_if_fail (TG_IS_CALENDAR (calendar), NULL);

  self->dispute = dispute != NULL ? tg_model_copy (dispute) : tg_dispute_new ();
  load (self, calendar);
  g_signal_connect_swapped (self->status_row, "notify::selected", G_CALLBACK (status_changed_cb), self);
  g_signal_connect_swapped (self->outcome_row, "notify::selected", G_CALLBACK (outcome_changed_cb), self);
  validate (self);
  return self;
}

static void
tg_dispute_dialog_dispose (GObject *object)
{
  TgDisputeDialog *self = TG_DISPUTE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TG_TYPE_DISPUTE_DIALOG);
  g_clear_object (&self->dispute);
  g_clear_pointer (&self->problem, g_free);
  g_clear_pointer (&self->position_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (tg_dispute_dialog_parent_class)->dispose (object);
}

static void
tg_dispute_dialog_class_init (TgDisputeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tg_dispute_dialog_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, TG_TYPE_DISPUTE);

  gtk_widget_class_set_template_from_resource (widget_class, "/kz/gov/enbek/Tergeu/tg-dispute-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, TgDisputeDialog, name)
  BIND (save_button);
  BIND (error_label);
  BIND (filed_by_row);
  BIND (subject_row);
  BIND (claim_row);
  BIND (filed_row);
  BIND (due_row);
  BIND (positions_group);
  BIND (party_row);
  BIND (position_row);
  BIND (status_row);
  BIND (outcome_row);
  BIND (reasoning_row);
  BIND (decided_by_row);
  BIND (decided_on_row);
  BIND (appeal_court_row);
  BIND (appeal_filed_row);
  BIND (appeal_result_row);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_position_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tg_dispute_dialog_init (TgDisputeDialog *self)
{
  AdwEntryRow *entries[9];

  gtk_widget_init_template (GTK_WIDGET (self));
  self->position_rows = g_ptr_array_new ();
  fill_combo (self->filed_by_row, TG_PARTY_INSPECTOR + 1, party_label);
  fill_combo (self->subject_row, TG_DISPUTE_SUBJECT_REGISTRATION + 1, subject_label);
  fill_combo (self->status_row, TG_DISPUTE_STATUS_WITHDRAWN + 1, status_label);
  fill_combo (self->outcome_row, TG_OUTCOME_REINVESTIGATION + 1, outcome_label);
  entries[0] = self->claim_row;
  entries[1] = self->filed_row;
  entries[2] = self->due_row;
  entries[3] = self->reasoning_row;
  entries[4] = self->decided_by_row;
  entries[5] = self->decided_on_row;
  entries[6] = self->appeal_court_row;
  entries[7] = self->appeal_filed_row;
  entries[8] = self->appeal_result_row;
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    g_signal_connect_swapped (entries[i], "changed", G_CALLBACK (changed_cb), self);
}
