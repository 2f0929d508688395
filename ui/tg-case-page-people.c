/* tg-case-page-people.c — victims and commission members
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Victims are named by their id ("v2"), members by their position in the
 * commission from 1, as the commands name them. A correction sends only
 * the fields the user changed; its Undo sends what they were.
 */
#define G_LOG_DOMAIN "tg-case-page"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-case-commands.h"
#include "tg-case-page-private.h"
#include "tg-deadline.h"
#include "tg-name-completion.h"

typedef struct
{
  TgCasePage *page;
  gint64      revision;
  char       *victim;     /* the victim's id, or NULL */
  guint       member;     /* the member's position from 1, or 0 */
} PeopleData;

static PeopleData *
people_data_new (TgCasePage *self,
                 const char *victim,
                 guint       member)
{
  PeopleData *data = g_new0 (PeopleData, 1);

  data->page = g_object_ref (self);
  data->revision = tg_case_page_get_revision (self);
  data->victim = g_strdup (victim);
  data->member = member;
  return data;
}

static void
people_data_free (PeopleData *data)
{
  g_object_unref (data->page);
  g_free (data->victim);
  g_free (data);
}

/* Nothing typed differs and the command cannot run now: nothing to send. */
static gboolean
nothing_to_send (PeopleData *data,
                 const char *name,
                 GVariant   *params,
                 guint       n_fixed)
{
  if (g_variant_n_children (params) > n_fixed ||
      tg_command_can_run (data->page->store, tg_case_page_get_case (data->page), name, params, NULL))
    return FALSE;
  tg_case_page_toast (data->page, _("Nothing changed"));
  return TRUE;
}

/* --- victims -------------------------------------------------------------- */

static TgVictim *
find_victim (TgCasePage *self,
             const char *id)
{
  GListModel *victims = G_LIST_MODEL (tg_case_get_victims (self->kase));

  for (guint i = 0; i < g_list_model_get_n_items (victims); i++)
    {
      g_autoptr(TgVictim) victim = g_list_model_get_item (victims, i);

      if (g_strcmp0 (tg_victim_get_id (victim), id) == 0)
        return victim;   /* the list keeps it */
    }
  return NULL;
}

static gboolean
victim_save (TgVictimDialog *dialog,
             GVariant       *params,
             GVariant       *undo,
             gpointer        user_data,
             GError        **error)
{
  PeopleData *data = user_data;
  GVariantDict inverse;

  if (data->victim == NULL)
    return tg_case_page_run (data->page, data->revision, "victim-add", params, _("Victim added"), NULL, error);
  if (nothing_to_send (data, "victim-edit", params, 1))
    return TRUE;
  g_variant_dict_init (&inverse, undo);
  g_variant_dict_insert (&inverse, "victim", "s", data->victim);
  return tg_case_page_run (data->page, data->revision, "victim-edit", params, _("Victim saved"),
                           g_variant_dict_end (&inverse), error);
}

static TgVictimDialog *
open_victim_dialog (TgCasePage *self,
                    TgVictim   *victim)
{
  TgVictimDialog *dialog = tg_victim_dialog_new (victim, tg_case_get_occurred (self->kase));

  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  tg_victim_dialog_set_save_func (dialog, victim_save,
                                  people_data_new (self, victim != NULL ? tg_victim_get_id (victim) : NULL, 0),
                                  (GDestroyNotify) people_data_free);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

TgVictimDialog *
tg_case_page_edit_victim (TgCasePage *self,
                          const char *id)
{
  TgVictim *victim = id != NULL ? find_victim (self, id) : NULL;

  if (id != NULL && victim == NULL)
    return NULL;
  return open_victim_dialog (self, victim);
}

static void
outcome_check (TgForm   *form,
               gpointer  user_data)
{
  gboolean fatal = tg_form_get_selected (form, "severity") == TG_SEVERITY_FATAL;
  const char *died = tg_form_get_text (form, "died-on");
  GDate date;

  gtk_widget_set_visible (tg_form_get_row (form, "died-on"), fatal);
  if (fatal && died == NULL)
    tg_form_problem (form, "died-on", _("Give the date of death."));
  else if (fatal && !tg_form_parse_date (died, &date))
    tg_form_problem (form, "died-on", _("Write dates as DD.MM.YYYY (14.03.2026) or YYYY-MM-DD (2026-03-14)."));
}

static gboolean
outcome_apply (TgForm   *form,
               gpointer  user_data,
               GError  **error)
{
  PeopleData *data = user_data;
  GVariantDict params;
  TgSeverity severity = tg_form_get_selected (form, "severity");

  g_variant_dict_init (&params, NULL);
  g_variant_dict_insert (&params, "victim", "s", data->victim);
  g_variant_dict_insert (&params, "severity", "s", tg_enum_to_nick (TG_TYPE_SEVERITY, severity));
  if (severity == TG_SEVERITY_FATAL && tg_form_is_changed (form, "died-on") &&
      !tg_case_page_put_param (&params, "victim-outcome", "died-on", tg_form_get_text (form, "died-on"), error))
    {
      g_variant_dict_clear (&params);
      return FALSE;
    }
  return tg_case_page_run (data->page, data->revision, "victim-outcome", g_variant_dict_end (&params),
                           _("Outcome recorded"), NULL, error);
}

TgForm *
tg_case_page_victim_outcome (TgCasePage *self,
                             const char *id)
{
  TgVictim *victim = find_victim (self, id);
  const char *severities[TG_SEVERITY_FATAL + 2] = { NULL };
  g_autofree char *died = NULL;
  TgForm *form;

  if (victim == NULL)
    return NULL;
  for (guint s = TG_SEVERITY_LIGHT; s <= TG_SEVERITY_FATAL; s++)
    severities[s] = tg_severity_label (s);
  died = tg_format_date (tg_victim_get_died_on (victim));
  form = tg_form_new (GTK_WIDGET (self), _("Record the Outcome"), tg_victim_get_full_name (victim));
  tg_form_add_combo (form, "severity", _("Severity"), severities, tg_victim_get_severity (victim));
  tg_form_add_date (form, "died-on", C_("form", "Date of death"), died);
  tg_form_set_check (form, outcome_check, NULL);
  tg_form_present (form, outcome_apply, people_data_new (self, id, 0), (GDestroyNotify) people_data_free);
  return form;
}

static void
add_victim_action (GtkWidget  *widget,
                   const char *name,
                   GVariant   *parameter)
{
  open_victim_dialog (TG_CASE_PAGE (widget), NULL);
}

static void
edit_victim_action (GtkWidget  *widget,
                    const char *name,
                    GVariant   *parameter)
{
  tg_case_page_edit_victim (TG_CASE_PAGE (widget), g_variant_get_string (parameter, NULL));
}

static void
victim_outcome_action (GtkWidget  *widget,
                       const char *name,
                       GVariant   *parameter)
{
  tg_case_page_victim_outcome (TG_CASE_PAGE (widget), g_variant_get_string (parameter, NULL));
}

static void
remove_victim_action (GtkWidget  *widget,
                      const char *name,
                      GVariant   *parameter)
{
  TgCasePage *self = TG_CASE_PAGE (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  TgVictim *victim = find_victim (self, id);
  g_autofree char *body = NULL;

  if (victim == NULL)
    return;
  /* Translators: %s is the victim's full name */
  body = g_strdup_printf (_("%s is removed from the case; the case's classification follows. "
                            "The reason is written to the case's history."), tg_victim_get_full_name (victim));
  tg_case_page_ask_reason (self, "victim-remove", body, "victim", id);
}

/* --- commission members ------------------------------------------------- */

static const char * const member_keys[] = { "full-name", "position", "organization", NULL };

static TgMember *
find_member (TgCasePage *self,
             guint       position)
{
  TgInvestigation *inv = tg_case_get_investigation (self->kase);
  TgCommission *com = inv != NULL ? tg_investigation_get_commission (inv) : NULL;
  GListModel *members = com != NULL ? G_LIST_MODEL (tg_commission_get_members (com)) : NULL;
  g_autoptr(TgMember) member = NULL;

  if (members == NULL || position < 1 || position > g_list_model_get_n_items (members))
    return NULL;
  member = g_list_model_get_item (members, position - 1);
  return member;   /* the list keeps it */
}

static void
member_check (TgForm   *form,
              gpointer  user_data)
{
  /* The order prints "name — position, organization" (the rules ask for
   * all three): Save waits for them, as it does for the name. */
  if (tg_form_get_text (form, "full-name") == NULL)
    tg_form_problem (form, "full-name", _("Write the member's full name."));
  else if (tg_form_get_text (form, "position") == NULL)
    tg_form_problem (form, "position", _("Write the member's position, as the order will print it."));
  else if (tg_form_get_text (form, "organization") == NULL)
    tg_form_problem (form, "organization", _("Write the member's organization, as the order will print it."));
}

static gboolean
member_apply (TgForm   *form,
              gpointer  user_data,
              GError  **error)
{
  PeopleData *data = user_data;
  const char *name = data->member == 0 ? "member-add" : "member-edit";
  GVariantDict params, undo;
  g_autoptr(GVariant) values = NULL;
  gboolean undoable = TRUE;
  gboolean ok;

  g_variant_dict_init (&params, NULL);
  g_variant_dict_init (&undo, NULL);
  if (data->member != 0)
    {
      g_variant_dict_insert (&params, "member", "x", (gint64) data->member);
      g_variant_dict_insert (&undo, "member", "x", (gint64) data->member);
    }
  if (data->member == 0 || tg_form_is_changed (form, "role"))
    g_variant_dict_insert (&params, "role", "s", tg_enum_to_nick (TG_TYPE_ROLE, tg_form_get_selected (form, "role")));
  if (tg_form_is_changed (form, "role"))
    {
      g_autofree char *before = NULL;
      /* The role as opened is kept on the row. */
      before = g_strdup (g_object_get_data (G_OBJECT (tg_form_get_row (form, "role")), "tg-opened"));
      g_variant_dict_insert (&undo, "role", "s", before);
    }
  if (!tg_case_page_put_changed (form, &params, &undo, &undoable, name, member_keys, error))
    {
      g_variant_dict_clear (&params);
      g_variant_dict_clear (&undo);
      return FALSE;
    }
  values = g_variant_ref_sink (g_variant_dict_end (&params));
  if (data->member != 0 && nothing_to_send (data, name, values, 1))
    {
      g_variant_dict_clear (&undo);
      return TRUE;
    }
  ok = tg_case_page_run (data->page, data->revision, name, values,
                         data->member == 0 ? _("Member added") : _("Member saved"),
                         data->member != 0 && undoable ? g_variant_dict_end (&undo) : NULL, error);
  g_variant_dict_clear (&undo);
  /* The next member form offers this name too. */
  if (ok)
    tg_name_completion_forget (data->page->store);
  return ok;
}

/* Someone of an earlier commission: their position and organization come
 * with the name, where nothing was typed yet. */
static void
person_chosen_cb (GtkWidget *entry,
                  TgMember  *person,
                  gpointer   user_data)
{
  TgForm *form = user_data;

  if (tg_form_get_text (form, "position") == NULL && tg_member_get_position (person) != NULL)
    tg_form_set_text (form, "position", tg_member_get_position (person));
  if (tg_form_get_text (form, "organization") == NULL && tg_member_get_organization (person) != NULL)
    tg_form_set_text (form, "organization", tg_member_get_organization (person));
}

static TgForm *
member_form (TgCasePage *self,
             guint       position)
{
  TgMember *member = position != 0 ? find_member (self, position) : NULL;
  const char *roles[TG_ROLE_SECRETARY + 2] = { NULL };
  TgRole role = member != NULL ? tg_member_get_role (member) : TG_ROLE_MEMBER;
  TgForm *form;
  GtkWidget *row;

  if (position != 0 && member == NULL)
    return NULL;
  for (guint r = TG_ROLE_CHAIR; r <= TG_ROLE_SECRETARY; r++)
    roles[r] = tg_role_label (r);
  form = tg_form_new (GTK_WIDGET (self), member != NULL ? _("Correct a Commission Member")
                                                        : _("Add Commission Member"), NULL);
  row = tg_form_add_combo (form, "role", _("Role"), roles, role);
  g_object_set_data (G_OBJECT (row), "tg-opened", (gpointer) tg_enum_to_nick (TG_TYPE_ROLE, role));
  row = tg_form_add_entry (form, "full-name", _("Full name"), member != NULL ? tg_member_get_full_name (member) : NULL);
  tg_name_completion_attach (row, tg_name_completion_people (self->store), person_chosen_cb, form);
  tg_form_add_entry (form, "position", _("Position"), member != NULL ? tg_member_get_position (member) : NULL);
  tg_form_add_entry (form, "organization", _("Organization"),
                     member != NULL ? tg_member_get_organization (member) : NULL);
  tg_form_set_check (form, member_check, NULL);
  tg_form_present (form, member_apply, people_data_new (self, NULL, position), (GDestroyNotify) people_data_free);
  return form;
}

TgForm *
tg_case_page_edit_member (TgCasePage *self,
                          guint       position)
{
  return member_form (self, position);
}

static gboolean
remove_member_apply (TgForm   *form,
                     gpointer  user_data,
                     GError  **error)
{
  PeopleData *data = user_data;
  GVariantDict params;

  g_variant_dict_init (&params, NULL);
  g_variant_dict_insert (&params, "member", "x", (gint64) data->member);
  return tg_case_page_run (data->page, data->revision, "member-remove", g_variant_dict_end (&params),
                           _("Member removed"), NULL, error);
}

TgForm *
tg_case_page_remove_member (TgCasePage *self,
                            guint       position)
{
  TgMember *member = find_member (self, position);
  g_autofree char *body = NULL;
  TgForm *form;

  if (member == NULL)
    return NULL;
  /* Translators: role — full name */
  body = g_strdup_printf (_("%s — %s leaves the commission. The change is written to the case's history."),
                          tg_role_label (tg_member_get_role (member)), tg_member_get_full_name (member));
  form = tg_form_new (GTK_WIDGET (self), _("Remove a Commission Member"), body);
  tg_form_set_save_label (form, _("_Remove"), TRUE);
  tg_form_present (form, remove_member_apply, people_data_new (self, NULL, position),
                   (GDestroyNotify) people_data_free);
  return form;
}

static void
add_member_action (GtkWidget  *widget,
                   const char *name,
                   GVariant   *parameter)
{
  member_form (TG_CASE_PAGE (widget), 0);
}

static guint
position_of (GVariant *parameter)
{
  return (guint) g_ascii_strtoull (g_variant_get_string (parameter, NULL), NULL, 10);
}

static void
edit_member_action (GtkWidget  *widget,
                    const char *name,
                    GVariant   *parameter)
{
  member_form (TG_CASE_PAGE (widget), position_of (parameter));
}

static void
remove_member_action (GtkWidget  *widget,
                      const char *name,
                      GVariant   *parameter)
{
  tg_case_page_remove_member (TG_CASE_PAGE (widget), position_of (parameter));
}

void
tg_case_page_class_add_people_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "case.add-victim", NULL, add_victim_action);
  gtk_widget_class_install_action (widget_class, "case.edit-victim", "s", edit_victim_action);
  gtk_widget_class_install_action (widget_class, "case.victim-outcome", "s", victim_outcome_action);
  gtk_widget_class_install_action (widget_class, "case.remove-victim", "s", remove_victim_action);
  gtk_widget_class_install_action (widget_class, "case.add-member", NULL, add_member_action);
  gtk_widget_class_install_action (widget_class, "case.edit-member", "s", edit_member_action);
  gtk_widget_class_install_action (widget_class, "case.remove-member", "s", remove_member_action);
}
