/* tg-case-command-table.c — the commands, their guards and their effects
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row per command (domain.md §8). The row's state mask is the guard's
 * first half; the transitions' own guards (what each requires) are the
 * rows of tg-rules-transitions.c, with their sources in domain.md §3. The rest
 * of a command's requirements are its required parameters and the rules
 * every case must satisfy (tg_rules_validate_case), checked after the
 * effect on the changed case.
 */
#define G_LOG_DOMAIN "tg-command"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tg-case-commands-private.h"
#include "tg-case-document.h"
#include "tg-dates.h"
#include "tg-dispute.h"
#include "tg-extension.h"
#include "tg-findings.h"
#include "tg-info-request.h"
#include "tg-sha256.h"
#include "tg-legal-form.h"
#include "tg-member.h"
#include "tg-position.h"
#include "tg-review.h"
#include "tg-victim.h"

#define S(x) (1u << TG_STATE_##x)
#define ANY_STATE ((1u << TG_N_STATES) - 1)
/* A closed case accepts nothing but reopening, re-investigation and
 * escalation (domain.md §3) and attaching a document (§8). */
#define NOT_CLOSED (ANY_STATE & ~S (CLOSED))
#define INVESTIGATING (S (LOCAL_INVESTIGATION) | S (COMMITTEE_INVESTIGATION))

/* --------------------------------------------------------- parameters */

#define TEXT(k, l)      { k, TG_PARAM_TEXT, NULL, FALSE, l }
#define TEXT_REQ(k, l)  { k, TG_PARAM_TEXT, NULL, TRUE, l }
#define DATE(k, l)      { k, TG_PARAM_DATE, NULL, FALSE, l }
#define DATE_REQ(k, l)  { k, TG_PARAM_DATE, NULL, TRUE, l }
#define BOOL(k, l)      { k, TG_PARAM_BOOL, NULL, FALSE, l }
#define INT(k, l)       { k, TG_PARAM_INT, NULL, FALSE, l }
#define INT_REQ(k, l)   { k, TG_PARAM_INT, NULL, TRUE, l }
#define ENUM(k, t, l)   { k, TG_PARAM_ENUM, t, FALSE, l }
#define ENUM_REQ(k, t, l) { k, TG_PARAM_ENUM, t, TRUE, l }
#define LIST(k, l)      { k, TG_PARAM_LIST, NULL, FALSE, l }
#define END             { NULL, 0, NULL, FALSE, NULL }

static const TgParamSpec no_params[] = { END };

static const TgParamSpec reason_params[] = { TEXT_REQ ("reason", N_("Reason")), END };
static const TgParamSpec reason_optional[] = { TEXT ("reason", N_("Reason")), END };

static const TgParamSpec particulars_params[] = {
  TEXT ("region", N_("Region")),
  { "occurred", TG_PARAM_DATETIME, NULL, FALSE, N_("Occurred at") },
  { "reported", TG_PARAM_DATETIME, NULL, FALSE, N_("Reported at") },
  TEXT ("place", N_("Place")),
  TEXT ("place-kk", N_("Place in Kazakh")),
  TEXT ("circumstances", N_("Circumstances")),
  BOOL ("hazardous-facility", N_("Hazardous production facility")),
  BOOL ("group-poisoning", N_("Acute group poisoning")),
  TEXT ("employer-name", N_("Employer")),
  TEXT ("employer-legal-form", N_("Legal form")),
  TEXT ("employer-name-kk", N_("Employer's name in Kazakh")),
  TEXT ("employer-bin", N_("BIN")),
  TEXT ("employer-activity", N_("Economic activity (OKED)")),
  TEXT ("employer-address", N_("Employer's address")),
  END
};

#define VICTIM_FIELDS(req) \
  { "full-name", TG_PARAM_TEXT, NULL, req, N_("Full name") }, \
  { "iin", TG_PARAM_TEXT, NULL, req, N_("IIN") }, \
  { "birth-date", TG_PARAM_DATE, NULL, req, N_("Date of birth") }, \
  { "sex", TG_PARAM_ENUM, tg_sex_get_type, req, N_("Sex") }, \
  TEXT ("occupation", N_("Occupation")), \
  TEXT ("injury", N_("Injury")), \
  { "severity", TG_PARAM_ENUM, tg_severity_get_type, req, N_("Severity") }, \
  DATE ("died-on", N_("Date of death")), \
  INT ("experience-months", N_("Length of service in the occupation, months")), \
  DATE ("briefed-on", N_("Last safety briefing")), \
  DATE ("trained-on", N_("Last safety training and knowledge test"))

static const TgParamSpec victim_add_params[] = { VICTIM_FIELDS (TRUE), END };
static const TgParamSpec victim_edit_params[] = {
  TEXT_REQ ("victim", N_("Victim")), VICTIM_FIELDS (FALSE), END
};
static const TgParamSpec victim_outcome_params[] = {
  TEXT_REQ ("victim", N_("Victim")),
  ENUM_REQ ("severity", tg_severity_get_type, N_("Severity")),
  DATE ("died-on", N_("Date of death")),
  END
};
static const TgParamSpec victim_remove_params[] = {
  TEXT_REQ ("victim", N_("Victim")), TEXT_REQ ("reason", N_("Reason")), END
};

#define MEMBER_FIELDS(req) \
  { "role", TG_PARAM_ENUM, tg_role_get_type, req, N_("Role") }, \
  { "full-name", TG_PARAM_TEXT, NULL, req, N_("Full name") }, \
  TEXT ("position", N_("Position")), \
  TEXT ("organization", N_("Organization")), \
  TEXT ("position-kk", N_("Position in Kazakh")), \
  TEXT ("organization-kk", N_("Organization in Kazakh"))

static const TgParamSpec member_add_params[] = { MEMBER_FIELDS (TRUE), END };
static const TgParamSpec member_edit_params[] = {
  INT_REQ ("member", N_("Member")), MEMBER_FIELDS (FALSE), END
};
static const TgParamSpec member_remove_params[] = { INT_REQ ("member", N_("Member")), END };

static const TgParamSpec appoint_params[] = {
  TEXT ("order-number", N_("Order number")),
  DATE ("order-date", N_("Order date")),
  END
};

static const TgParamSpec extend_params[] = {
  DATE_REQ ("new-due", N_("New due date")),
  TEXT_REQ ("reason", N_("Reason")),
  TEXT_REQ ("granted-by", N_("Granted by")),
  DATE ("granted", N_("Granted on")),
  TEXT ("order-number", N_("Number of the order")),
  END
};

static const TgParamSpec findings_params[] = {
  { "work-related", TG_PARAM_BOOL, NULL, TRUE, N_("Work-related") },
  ENUM ("ground", tg_ground_get_type, N_("Ground")),
  LIST ("causes", N_("Causes")),
  LIST ("responsible", N_("Persons responsible")),
  LIST ("violations", N_("Violated norms")),
  INT ("fault-employer", N_("Fault of the employer, %")),
  INT ("fault-employee", N_("Fault of the worker, %")),
  LIST ("measures", N_("Measures, each as DATE: TEXT")),
  TEXT ("dissent", N_("Dissenting opinion")),
  TEXT ("dissent-by", N_("Member who dissents")),
  END
};

static const TgParamSpec conclude_params[] = {
  TEXT ("act-number", N_("Act number")),
  DATE ("act-date", N_("Act date")),
  END
};

static const TgParamSpec dispute_file_params[] = {
  ENUM_REQ ("filed-by", tg_party_get_type, N_("Filed by")),
  ENUM_REQ ("subject", tg_dispute_subject_get_type, N_("Subject")),
  DATE_REQ ("filed", N_("Received on")),
  TEXT_REQ ("claim", N_("Claim")),
  DATE ("due", N_("Due")),
  TEXT ("applicant", N_("Applicant")),
  TEXT ("victim", N_("Victim")),
  END
};
static const TgParamSpec dispute_position_params[] = {
  TEXT_REQ ("dispute", N_("Dispute")),
  ENUM_REQ ("party", tg_party_get_type, N_("Party")),
  TEXT_REQ ("text", N_("The party's position")),
  END
};
static const TgParamSpec dispute_decide_params[] = {
  TEXT_REQ ("dispute", N_("Dispute")),
  ENUM_REQ ("outcome", tg_outcome_get_type, N_("Decision")),
  DATE_REQ ("decided-on", N_("Decided on")),
  TEXT_REQ ("decided-by", N_("Decided by")),
  TEXT_REQ ("reasoning", N_("Reasoning")),
  TEXT ("number", N_("Number of the decision")),
  END
};
static const TgParamSpec dispute_withdraw_params[] = {
  TEXT_REQ ("dispute", N_("Dispute")), TEXT ("reason", N_("Reason")), END
};
static const TgParamSpec dispute_appeal_params[] = {
  TEXT_REQ ("dispute", N_("Dispute")),
  TEXT_REQ ("court", N_("Court")),
  DATE_REQ ("filed", N_("Appeal filed on")),
  TEXT ("result", N_("Result of the appeal")),
  END
};

static const TgParamSpec request_params[] = {
  TEXT_REQ ("to", N_("Addressee")),
  TEXT_REQ ("subject", N_("Subject")),
  DATE ("due", N_("Due")),
  BOOL ("blocking", N_("Blocks closing")),
  TEXT ("to-kk", N_("Addressee in Kazakh")),
  TEXT ("number", N_("Outgoing number")),
  END
};
static const TgParamSpec answer_params[] = {
  TEXT_REQ ("request", N_("Request")),
  DATE_REQ ("answered", N_("Answered on")),
  TEXT_REQ ("answer", N_("Answer")),
  END
};

static const TgParamSpec review_params[] = {
  DATE_REQ ("reviewed-on", N_("Reviewed on")),
  TEXT_REQ ("reviewer", N_("Reviewer")),
  ENUM_REQ ("conclusion", tg_review_conclusion_get_type, N_("Conclusion")),
  TEXT_REQ ("reasoning", N_("Reasoning")),
  TEXT ("act-number", N_("Act number")),
  END
};
static const TgParamSpec act_received_params[] = {
  DATE_REQ ("received-on", N_("Received on")), END
};
static const TgParamSpec attach_params[] = {
  TEXT_REQ ("title", N_("Title")),
  TEXT_REQ ("file-name", N_("File name")),
  TEXT_REQ ("media-type", N_("Media type")),
  { "content", TG_PARAM_BYTES, NULL, TRUE, N_("Content") },
  END
};
static const TgParamSpec resolve_params[] = {
  TEXT_REQ ("sender", N_("Sender")),
  INT_REQ ("revision", N_("Their revision")),
  TEXT ("file", N_("File")),
  LIST ("took", N_("Taken from their file")),
  LIST ("kept", N_("Kept as ours")),
  END
};
static const TgParamSpec recompute_params[] = {
  DATE_REQ ("date", N_("Calendar date")),
  END
};

/* ------------------------------------------------------------- helpers */

static gboolean
blank (const char *text)
{
  for (; text != NULL && *text; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

/* Sets the property @prop of @object from the parameter @key, if given;
 * an empty text clears an optional text or date. */
static void
set_from_param (TgCommandRun *run,
                GObject      *object,
                const char   *key,
                const char   *prop)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), prop);
  g_auto(GValue) value = G_VALUE_INIT;

  g_assert (pspec != NULL);
  if (!_tg_run_has (run, key))
    return;
  g_value_init (&value, pspec->value_type);
  if (pspec->value_type == G_TYPE_STRING)
    {
      const char *text = _tg_run_text (run, key);
      g_value_set_string (&value, blank (text) ? NULL : text);
    }
  else if (pspec->value_type == G_TYPE_BOOLEAN)
    g_value_set_boolean (&value, _tg_run_bool (run, key, FALSE));
  else if (pspec->value_type == G_TYPE_INT)
    g_value_set_int (&value, (int) _tg_run_int (run, key, -1));
  else if (G_TYPE_IS_ENUM (pspec->value_type))
    g_value_set_enum (&value, _tg_run_enum (run, key, pspec->value_type, 0));
  else if (pspec->value_type == G_TYPE_STRV)
    g_value_take_boxed (&value, _tg_run_dup_list (run, key));
  else
    g_assert_not_reached ();
  g_object_set_property (object, prop, &value);
}

/* Every parameter of the row whose key is a property of @object. */
static void
set_fields (TgCommandRun      *run,
            GObject           *object,
            const TgParamSpec *params,
            const char        *prefix)
{
  size_t skip = prefix != NULL ? strlen (prefix) : 0;

  for (const TgParamSpec *p = params; p->key != NULL; p++)
    {
      const char *prop = p->key;

      if (p->kind == TG_PARAM_BYTES)
        continue;
      if (prefix != NULL)
        {
          if (!g_str_has_prefix (p->key, prefix))
            continue;
          prop = p->key + skip;
        }
      if (g_object_class_find_property (G_OBJECT_GET_CLASS (object), prop) != NULL)
        set_from_param (run, object, p->key, prop);
    }
}

/* The item of @list whose "id" is @id, borrowed; NULL with an error. */
static gpointer
find_by_id (GListStore  *list,
            const char  *id,
            const char  *what,
            guint       *position,
            GError     **error)
{
  GListModel *model = G_LIST_MODEL (list);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      g_autofree char *item_id = NULL;

      g_object_get (item, "id", &item_id, NULL);
      if (g_strcmp0 (item_id, id) == 0)
        {
          if (position != NULL)
            *position = i;
          return item;   /* the list keeps it */
        }
    }
  /* Translators: "The case has no victim “v7”." — %s is what (translated), then the id */
  _tg_command_refuse (error, TG_COMMAND_ERROR_NOT_FOUND, _("The case has no %s “%s”."), what, id);
  return NULL;
}

/* "v" and one more than the highest "vN" (ids are never reused). */
static char *
next_id (GListStore *list,
         const char *prefix)
{
  GListModel *model = G_LIST_MODEL (list);
  guint64 top = 0;
  size_t n = strlen (prefix);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      g_autofree char *id = NULL;
      guint64 value;

      g_object_get (item, "id", &id, NULL);
      if (id != NULL && strncmp (id, prefix, n) == 0 &&
          g_ascii_string_to_unsigned (id + n, 10, 1, G_MAXUINT32, &value, NULL))
        top = MAX (top, value);
    }
  return g_strdup_printf ("%s%" G_GUINT64_FORMAT, prefix, top + 1);
}

static TgInvestigation *
investigation_of (TgCase *kase)
{
  TgInvestigation *inv = tg_case_get_investigation (kase);

  if (inv == NULL)
    {
      g_autoptr(TgInvestigation) fresh = tg_investigation_new ();
      tg_case_set_investigation (kase, fresh);
      inv = fresh;
    }
  return inv;
}

static TgCommission *
commission_of (TgCase *kase)
{
  TgInvestigation *inv = investigation_of (kase);
  TgCommission *com = tg_investigation_get_commission (inv);

  if (com == NULL)
    {
      g_autoptr(TgCommission) fresh = tg_commission_new ();
      tg_investigation_set_commission (inv, fresh);
      com = fresh;
    }
  return com;
}

/* ------------------------------------------------------------- effects */

static gboolean
refuse_legal_form (const char  *form,
                   GError     **error)
{
  g_autoptr(GString) all = g_string_new (NULL);
  const TgLegalForm *forms;
  guint n;

  forms = tg_legal_forms (&n);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (all, "%s%s (%s/%s)", i > 0 ? ", " : "", forms[i].nick, forms[i].ru, forms[i].kk);
  return _tg_command_refuse (error, TG_COMMAND_ERROR_PARAMETER,
                             _("“%s” is not a legal form Tergeu knows; give one of: %s."), form, all->str);
}

static gboolean
effect_particulars (TgCommandRun *run,
                    GError      **error)
{
  TgEmployer *emp = tg_case_get_employer (run->kase);
  const char *form = _tg_run_has (run, "employer-legal-form") ? _tg_run_text (run, "employer-legal-form") : NULL;

  if (!blank (form) && tg_legal_form_lookup (form) == NULL)
    return refuse_legal_form (form, error);
  set_fields (run, G_OBJECT (run->kase), particulars_params, NULL);
  set_fields (run, G_OBJECT (emp), particulars_params, "employer-");
  /* "ТОО «Талап Ойл»" typed as a name is a name and its form */
  if (_tg_run_has (run, "employer-name"))
    tg_employer_split_legal_form (emp);
  return TRUE;
}

static gboolean
effect_victim_add (TgCommandRun *run,
                   GError      **error)
{
  GListStore *victims = tg_case_get_victims (run->kase);
  g_autoptr(TgVictim) victim = tg_victim_new ();

  run->item_id = next_id (victims, "v");
  tg_victim_set_id (victim, run->item_id);
  set_fields (run, G_OBJECT (victim), victim_add_params, NULL);
  g_list_store_append (victims, victim);
  return TRUE;
}

static gboolean
effect_victim_edit (TgCommandRun *run,
                    GError      **error)
{
  TgVictim *victim = find_by_id (tg_case_get_victims (run->kase), _tg_run_text (run, "victim"),
                                 _("victim"), NULL, error);

  if (victim == NULL)
    return FALSE;
  set_fields (run, G_OBJECT (victim), victim_edit_params, NULL);
  /* A victim who is no longer fatal has no date of death. */
  if (tg_victim_get_severity (victim) != TG_SEVERITY_FATAL && !_tg_run_has (run, "died-on"))
    tg_victim_set_died_on (victim, NULL);
  return TRUE;
}

static gboolean
effect_victim_outcome (TgCommandRun *run,
                       GError      **error)
{
  TgVictim *victim = find_by_id (tg_case_get_victims (run->kase), _tg_run_text (run, "victim"),
                                 _("victim"), NULL, error);
  TgSeverity severity;

  if (victim == NULL)
    return FALSE;
  severity = _tg_run_enum (run, "severity", TG_TYPE_SEVERITY, TG_SEVERITY_LIGHT);
  tg_victim_set_severity (victim, severity);
  if (severity != TG_SEVERITY_FATAL)
    tg_victim_set_died_on (victim, NULL);
  else if (_tg_run_has (run, "died-on"))
    tg_victim_set_died_on (victim, _tg_run_text (run, "died-on"));
  else if (tg_victim_get_died_on (victim) == NULL)
    return _tg_command_refuse (error, TG_COMMAND_ERROR_PARAMETER,
                               _("Give the date of death of %s."), tg_victim_get_full_name (victim));
  return TRUE;
}

static gboolean
effect_victim_remove (TgCommandRun *run,
                      GError      **error)
{
  GListStore *victims = tg_case_get_victims (run->kase);
  guint position;

  if (find_by_id (victims, _tg_run_text (run, "victim"), _("victim"), &position, error) == NULL)
    return FALSE;
  /* One case is one accident with its victims (domain.md §2). */
  if (g_list_model_get_n_items (G_LIST_MODEL (victims)) == 1)
    return _tg_command_refuse (error, TG_COMMAND_ERROR_GUARD,
                               _("The case's only victim cannot be removed; correct the victim's data instead."));
  g_list_store_remove (victims, position);
  return TRUE;
}

/* The member at @param (from 1), borrowed. */
static TgMember *
find_member (TgCommandRun *run,
             guint        *position,
             GError      **error)
{
  TgCommission *com = tg_investigation_get_commission (tg_case_get_investigation (run->kase));
  GListModel *members = com != NULL ? G_LIST_MODEL (tg_commission_get_members (com)) : NULL;
  gint64 n = _tg_run_int (run, "member", 0);
  g_autoptr(TgMember) member = NULL;

  if (members == NULL || n < 1 || n > g_list_model_get_n_items (members))
    {
      _tg_command_refuse (error, TG_COMMAND_ERROR_NOT_FOUND,
                          _("The commission has no member number %lld."), (long long) n);
      return NULL;
    }
  *position = (guint) n - 1;
  member = g_list_model_get_item (members, *position);
  return member;   /* the list keeps it */
}

static gboolean
effect_member_add (TgCommandRun *run,
                   GError      **error)
{
  GListStore *members = tg_commission_get_members (commission_of (run->kase));
  g_autoptr(TgMember) member = tg_member_new ();

  set_fields (run, G_OBJECT (member), member_add_params, NULL);
  g_list_store_append (members, member);
  run->item_id = g_strdup_printf ("%u", g_list_model_get_n_items (G_LIST_MODEL (members)));
  return TRUE;
}

static gboolean
effect_member_edit (TgCommandRun *run,
                    GError      **error)
{
  guint position;
  TgMember *member = find_member (run, &position, error);

  if (member == NULL)
    return FALSE;
  set_fields (run, G_OBJECT (member), member_edit_params, NULL);
  return TRUE;
}

static gboolean
effect_member_remove (TgCommandRun *run,
                      GError      **error)
{
  TgCommission *com;
  guint position;

  if (find_member (run, &position, error) == NULL)
    return FALSE;
  com = tg_investigation_get_commission (tg_case_get_investigation (run->kase));
  g_list_store_remove (tg_commission_get_members (com), position);
  return TRUE;
}

/* Each transition command is its TgAction through the state machine. */
#define TRANSITION_EFFECT(fn, action) \
  static gboolean fn (TgCommandRun *run, GError **error) \
  { return _tg_run_transition (run, action, _tg_run_text (run, "reason"), error); }

TRANSITION_EFFECT (effect_route, TG_ACTION_ROUTE)
TRANSITION_EFFECT (effect_close, TG_ACTION_CLOSE)
TRANSITION_EFFECT (effect_reopen, TG_ACTION_REOPEN)
TRANSITION_EFFECT (effect_reinvestigate, TG_ACTION_REINVESTIGATE)
TRANSITION_EFFECT (effect_escalate, TG_ACTION_ESCALATE)
TRANSITION_EFFECT (effect_refer, TG_ACTION_REFER)

static gboolean
effect_appoint (TgCommandRun *run,
                GError      **error)
{
  TgCommission *com = commission_of (run->kase);

  set_fields (run, G_OBJECT (com), appoint_params, NULL);
  /* The Committee's order number is allocated on appointment
   * (order-template.md) unless one was given. */
  if (tg_commission_get_order_number (com) == NULL && run->rowid != 0)
    {
      g_autofree char *number = tg_store_command_next_order (run->store, &run->today, error);
      if (number == NULL)
        return FALSE;
      tg_commission_set_order_number (com, number);
    }
  if (tg_commission_get_order_date (com) == NULL && run->rowid != 0)
    {
      g_autofree char *date = tg_date_format_iso (&run->today);
      tg_commission_set_order_date (com, date);
    }
  return _tg_run_transition (run, TG_ACTION_APPOINT, NULL, error);
}

static gboolean
effect_extend (TgCommandRun *run,
               GError      **error)
{
  TgInvestigation *inv = investigation_of (run->kase);
  g_autoptr(TgExtension) ext = tg_extension_new ();
  g_autofree char *today = tg_date_format_iso (&run->today);
  GDate new_due, in_force;

  set_fields (run, G_OBJECT (ext), extend_params, NULL);
  if (tg_extension_get_granted (ext) == NULL)
    tg_extension_set_granted (ext, today);
  if (tg_date_parse (tg_extension_get_new_due (ext), &new_due) &&
      tg_date_parse (tg_case_effective_due (run->kase), &in_force) &&
      g_date_compare (&new_due, &in_force) <= 0)
    {
      g_autofree char *shown = tg_date_dup_shown (tg_case_effective_due (run->kase));
      return _tg_command_refuse (error, TG_COMMAND_ERROR_GUARD,
                                 _("The new due date must come after the one in force (%s)."), shown);
    }
  g_list_store_append (tg_investigation_get_extensions (inv), ext);
  return TRUE;
}

static gboolean
effect_findings (TgCommandRun *run,
                 GError      **error)
{
  TgInvestigation *inv = investigation_of (run->kase);
  TgFindings *f = tg_investigation_get_findings (inv);

  if (f == NULL)
    {
      g_autoptr(TgFindings) fresh = tg_findings_new ();
      tg_investigation_set_findings (inv, fresh);
      f = fresh;
    }
  set_fields (run, G_OBJECT (f), findings_params, NULL);
  /* A work-related finding has no ground; a not-work-related one must
   * name one (Labour Code art. 186 p. 3). */
  if (tg_findings_get_work_related (f))
    tg_findings_set_ground (f, TG_GROUND_NONE);
  else if (tg_findings_get_ground (f) == TG_GROUND_NONE)
    return _tg_command_refuse (error, TG_COMMAND_ERROR_GUARD,
                               _("A finding of “not work-related” must name its ground (Labour Code, art. 186 p. 3)."));
  return TRUE;
}

static gboolean
effect_conclude (TgCommandRun *run,
                 GError      **error)
{
  set_fields (run, G_OBJECT (investigation_of (run->kase)), conclude_params, NULL);
  return _tg_run_transition (run, TG_ACTION_CONCLUDE, NULL, error);
}

static gboolean
effect_dispute_file (TgCommandRun *run,
                     GError      **error)
{
  GListStore *disputes = tg_case_get_disputes (run->kase);
  g_autoptr(TgDispute) d = tg_dispute_new ();

  if (!blank (_tg_run_text (run, "victim")) &&
      find_by_id (tg_case_get_victims (run->kase), _tg_run_text (run, "victim"), _("victim"), NULL, error) == NULL)
    return FALSE;
  run->item_id = next_id (disputes, "d");
  tg_dispute_set_id (d, run->item_id);
  set_fields (run, G_OBJECT (d), dispute_file_params, NULL);
  tg_dispute_set_status (d, TG_DISPUTE_STATUS_FILED);
  if (tg_dispute_get_due (d) == NULL)
    {
      GDate filed, due;
      g_autofree char *text = NULL;

      /* The Committee's default term (domain.md §4). */
      if (tg_date_parse (tg_dispute_get_filed (d), &filed))
        {
          tg_calendar_add_working_days (tg_store_get_calendar (run->store), &filed,
                                        TG_DISPUTE_WORKING_DAYS, &due);
          text = tg_date_format_iso (&due);
          tg_dispute_set_due (d, text);
        }
    }
  g_list_store_append (disputes, d);
  return TRUE;
}

static TgDispute *
open_dispute (TgCommandRun *run,
              GError      **error)
{
  TgDispute *d = find_by_id (tg_case_get_disputes (run->kase), _tg_run_text (run, "dispute"),
                             _("dispute"), NULL, error);
  TgDisputeStatus st;

  if (d == NULL)
    return NULL;
  st = tg_dispute_get_status (d);
  if (st != TG_DISPUTE_STATUS_FILED && st != TG_DISPUTE_STATUS_UNDER_REVIEW)
    {
      _tg_command_refuse (error, TG_COMMAND_ERROR_GUARD, _("Dispute %s is no longer open (%s)."),
                          tg_dispute_get_id (d), tg_dispute_status_label (st));
      return NULL;
    }
  return d;
}

static gboolean
effect_dispute_position (TgCommandRun *run,
                         GError      **error)
{
  TgDispute *d = open_dispute (run, error);
  g_autoptr(TgPosition) pos = tg_position_new ();

  if (d == NULL)
    return FALSE;
  tg_position_set_party (pos, _tg_run_text (run, "party"));
  tg_position_set_text (pos, _tg_run_text (run, "text"));
  g_list_store_append (tg_dispute_get_positions (d), pos);
  tg_dispute_set_status (d, TG_DISPUTE_STATUS_UNDER_REVIEW);
  return TRUE;
}

static gboolean
effect_dispute_decide (TgCommandRun *run,
                       GError      **error)
{
  TgDispute *d = open_dispute (run, error);
  TgOutcome outcome;

  if (d == NULL)
    return FALSE;
  outcome = _tg_run_enum (run, "outcome", TG_TYPE_OUTCOME, TG_OUTCOME_NONE);
  if (outcome == TG_OUTCOME_NONE)
    return _tg_command_refuse (error, TG_COMMAND_ERROR_PARAMETER, _("Choose the decision."));
  set_fields (run, G_OBJECT (d), dispute_decide_params, NULL);
  tg_dispute_set_status (d, TG_DISPUTE_STATUS_DECIDED);
  /* A decision "reinvestigation" sends the case back to the body that
   * investigated (domain.md §4), in the same command. */
  if (outcome == TG_OUTCOME_REINVESTIGATION)
    {
      TgState st = tg_case_get_state (run->kase);
      if (st == TG_STATE_CONCLUDED || st == TG_STATE_CLOSED)
        return _tg_run_transition (run, TG_ACTION_REINVESTIGATE, _tg_run_text (run, "reasoning"), error);
    }
  return TRUE;
}

static gboolean
effect_dispute_withdraw (TgCommandRun *run,
                         GError      **error)
{
  TgDispute *d = open_dispute (run, error);

  if (d == NULL)
    return FALSE;
  tg_dispute_set_status (d, TG_DISPUTE_STATUS_WITHDRAWN);
  return TRUE;
}

static gboolean
effect_dispute_appeal (TgCommandRun *run,
                       GError      **error)
{
  TgDispute *d = find_by_id (tg_case_get_disputes (run->kase), _tg_run_text (run, "dispute"),
                             _("dispute"), NULL, error);

  if (d == NULL)
    return FALSE;
  if (tg_dispute_get_status (d) != TG_DISPUTE_STATUS_DECIDED)
    return _tg_command_refuse (error, TG_COMMAND_ERROR_GUARD,
                               _("Only a decided dispute can be appealed in court; dispute %s is “%s”."),
                               tg_dispute_get_id (d), tg_dispute_status_label (tg_dispute_get_status (d)));
  tg_dispute_set_appeal_court (d, _tg_run_text (run, "court"));
  tg_dispute_set_appeal_filed (d, _tg_run_text (run, "filed"));
  if (_tg_run_has (run, "result"))
    tg_dispute_set_appeal_result (d, blank (_tg_run_text (run, "result")) ? NULL : _tg_run_text (run, "result"));
  return TRUE;
}

/* An information request answers within 5 working days unless given. */
#define REQUEST_WORKING_DAYS 5

static gboolean
effect_request (TgCommandRun *run,
                GError      **error)
{
  GListStore *requests = tg_case_get_requests (run->kase);
  g_autoptr(TgInfoRequest) r = tg_info_request_new ();
  g_autofree char *sent = tg_date_format_iso (&run->today);
  GDate due;

  run->item_id = next_id (requests, "r");
  tg_info_request_set_id (r, run->item_id);
  tg_info_request_set_addressee (r, _tg_run_text (run, "to"));
  tg_info_request_set_subject (r, _tg_run_text (run, "subject"));
  tg_info_request_set_sent (r, sent);
  tg_info_request_set_blocking (r, _tg_run_bool (run, "blocking", FALSE));
  if (!blank (_tg_run_text (run, "to-kk")))
    tg_info_request_set_addressee_kk (r, _tg_run_text (run, "to-kk"));
  if (!blank (_tg_run_text (run, "number")))
    tg_info_request_set_number (r, _tg_run_text (run, "number"));
  if (_tg_run_has (run, "due"))
    {
      if (!tg_date_parse (_tg_run_text (run, "due"), &due) || g_date_compare (&due, &run->today) < 0)
        return _tg_command_refuse (error, TG_COMMAND_ERROR_PARAMETER,
                                   _("The due date of a request cannot be before today."));
      tg_info_request_set_due (r, _tg_run_text (run, "due"));
    }
  else
    {
      g_autofree char *text = NULL;
      tg_calendar_add_working_days (tg_store_get_calendar (run->store), &run->today,
                                    REQUEST_WORKING_DAYS, &due);
      text = tg_date_format_iso (&due);
      tg_info_request_set_due (r, text);
    }
  g_list_store_append (requests, r);
  return TRUE;
}

static gboolean
effect_answer (TgCommandRun *run,
               GError      **error)
{
  TgInfoRequest *r = find_by_id (tg_case_get_requests (run->kase), _tg_run_text (run, "request"),
                                 _("information request"), NULL, error);
  GDate answered, sent;

  if (r == NULL)
    return FALSE;
  if (tg_info_request_get_answered (r) != NULL)
    {
      g_autofree char *shown = tg_date_dup_shown (tg_info_request_get_answered (r));
      return _tg_command_refuse (error, TG_COMMAND_ERROR_GUARD, _("The request to %s was already answered on %s."),
                                 tg_info_request_get_addressee (r), shown);
    }
  if (tg_date_parse (_tg_run_text (run, "answered"), &answered) &&
      tg_date_parse (tg_info_request_get_sent (r), &sent) && g_date_compare (&answered, &sent) < 0)
    {
      g_autofree char *shown = tg_date_dup_shown (tg_info_request_get_sent (r));
      return _tg_command_refuse (error, TG_COMMAND_ERROR_GUARD,
                                 _("The answer cannot come before the request was sent (%s)."), shown);
    }
  tg_info_request_set_answered (r, _tg_run_text (run, "answered"));
  tg_info_request_set_answer (r, _tg_run_text (run, "answer"));
  return TRUE;
}

/* The date @key is not after today nor before @not_before: a record of
 * what happened, not of what will. */
static gboolean
not_in_future (TgCommandRun *run,
               const char   *key,
               const char   *not_before,
               GError      **error)
{
  const char *text = _tg_run_text (run, key);
  GDate date, floor;

  if (!tg_date_parse (text, &date))
    return TRUE;   /* judged with what is known */
  if (g_date_compare (&date, &run->today) > 0)
    {
      g_autofree char *shown = tg_date_dup_shown (text);
      return _tg_command_refuse (error, TG_COMMAND_ERROR_PARAMETER, _("Case %s: the date %s is in the future."),
                                 tg_case_get_number (run->kase), shown);
    }
  if (tg_date_parse (not_before, &floor) && g_date_compare (&date, &floor) < 0)
    {
      g_autofree char *shown = tg_date_dup_shown (not_before);
      return _tg_command_refuse (error, TG_COMMAND_ERROR_PARAMETER,
                                 _("Case %s: the act cannot have been received before its date, %s."),
                                 tg_case_get_number (run->kase), shown);
    }
  return TRUE;
}

static gboolean
effect_review (TgCommandRun *run,
               GError      **error)
{
  g_autoptr(TgReview) review = tg_review_new ();
  TgReviewConclusion conclusion;

  TgInvestigation *inv = investigation_of (run->kase);
  TgBody body = tg_investigation_get_body (inv);

  /* The Committee controls the objectivity of the investigations local
   * bodies conduct (Regulation of 2014, para. 14). */
  if (body != TG_BODY_EMPLOYER && body != TG_BODY_LOCAL_INSPECTORATE)
    return _tg_command_refuse (error, TG_COMMAND_ERROR_GUARD,
                               _("Case %s is not investigated by a local body (%s): an objectivity review applies to local investigations."),
                               tg_case_get_number (run->kase), tg_body_label (body));
  if (!not_in_future (run, "reviewed-on", NULL, error))
    return FALSE;
  set_fields (run, G_OBJECT (review), review_params, NULL);
  if (tg_review_get_act_number (review) == NULL)
    tg_review_set_act_number (review, tg_investigation_get_act_number (inv));
  conclusion = tg_review_get_conclusion (review);
  if (conclusion == TG_REVIEW_REINVESTIGATION)
    {
      TgState st = tg_case_get_state (run->kase);
      if (st != TG_STATE_CONCLUDED && st != TG_STATE_CLOSED)
        return _tg_command_refuse (error, TG_COMMAND_ERROR_STATE,
                                   _("A review can send back only a concluded or closed investigation."));
      if (!_tg_run_transition (run, TG_ACTION_REINVESTIGATE, _tg_run_text (run, "reasoning"), error))
        return FALSE;
    }
  if (run->rowid == 0)
    return TRUE;
  /* Reviews are records of the Committee's own, named across cases. */
  run->item_id = g_uuid_string_random ();
  tg_review_set_id (review, run->item_id);
  run->recorded = TRUE;
  return tg_store_command_add_review (run->store, run->rowid, review, error);
}

static gboolean
effect_act_received (TgCommandRun *run,
                     GError      **error)
{
  TgInvestigation *inv = investigation_of (run->kase);
  const char *act = tg_investigation_get_act_number (inv);

  if (act == NULL || tg_investigation_get_act_date (inv) == NULL)
    return _tg_command_refuse (error, TG_COMMAND_ERROR_GUARD,
                               _("Case %s has no act yet: record the act's number and date first."),
                               tg_case_get_number (run->kase));
  if (!not_in_future (run, "received-on", tg_investigation_get_act_date (inv), error))
    return FALSE;
  if (run->rowid == 0)
    return TRUE;
  run->recorded = TRUE;
  return tg_store_command_add_act_receipt (run->store, run->rowid, act,
                                           _tg_run_text (run, "received-on"), error);
}

static gboolean
effect_attach (TgCommandRun *run,
               GError      **error)
{
  GListStore *documents = tg_case_get_documents (run->kase);
  g_autoptr(TgCaseDocument) doc = tg_case_document_new ();
  g_autoptr(GVariant) value = g_variant_lookup_value (run->params, "content", G_VARIANT_TYPE_BYTESTRING);
  g_autoptr(GBytes) content = g_variant_get_data_as_bytes (value);
  gsize size;
  gconstpointer data = g_bytes_get_data (content, &size);
  g_autofree char *sha = tg_sha256_hex (data, size);

  run->item_id = next_id (documents, "doc");
  tg_case_document_set_id (doc, run->item_id);
  set_fields (run, G_OBJECT (doc), attach_params, NULL);
  tg_case_document_set_content (doc, content);
  tg_case_document_set_sha256 (doc, sha);
  tg_case_document_set_size (doc, (gint64) g_bytes_get_size (content));
  g_list_store_append (documents, doc);
  return TRUE;
}

static gboolean
effect_remove (TgCommandRun *run,
               GError      **error)
{
  tg_case_set_deleted (run->kase, TRUE);
  return TRUE;
}

static gboolean
effect_none (TgCommandRun *run,
             GError      **error)
{
  return TRUE;
}

/* The merge itself is done by the caller (tg-exchange-conflicts.c), which
 * passes the merged case: the command records it, and a resolution that
 * keeps every field of ours is still a local change (exchange-format.md). */
static gboolean
effect_resolve (TgCommandRun *run,
                GError      **error)
{
  run->recorded = TRUE;
  return TRUE;
}

/* --------------------------------------------------------------- rows */

static const TgCommandRow rows[] = {
  /* tg_command_register: a case that does not exist yet */
  { "register", N_("Register a case"), 0, 0, -1, particulars_params, effect_none },
  { "edit-particulars", N_("Edit the particulars"), NOT_CLOSED, 0, -1, particulars_params, effect_particulars },
  { "victim-add", N_("Add a victim"), NOT_CLOSED, 0, -1, victim_add_params, effect_victim_add },
  { "victim-edit", N_("Correct a victim's data"), NOT_CLOSED, 0, -1, victim_edit_params, effect_victim_edit },
  { "victim-outcome", N_("Record a victim's outcome"), NOT_CLOSED, 0, -1, victim_outcome_params, effect_victim_outcome },
  { "victim-remove", N_("Remove a victim"), NOT_CLOSED, 0, -1, victim_remove_params, effect_victim_remove },
  /* domain.md §3: route, then the Committee's commission by order */
  { "route", N_("Route"), S (REGISTERED), 0, TG_ACTION_ROUTE, no_params, effect_route },
  { "member-add", N_("Add a commission member"),
    S (LOCAL_INVESTIGATION) | S (COMMISSION_PENDING) | S (COMMITTEE_INVESTIGATION), 0, -1,
    member_add_params, effect_member_add },
  { "member-edit", N_("Correct a commission member"),
    S (LOCAL_INVESTIGATION) | S (COMMISSION_PENDING) | S (COMMITTEE_INVESTIGATION), 0, -1,
    member_edit_params, effect_member_edit },
  { "member-remove", N_("Remove a commission member"),
    S (LOCAL_INVESTIGATION) | S (COMMISSION_PENDING) | S (COMMITTEE_INVESTIGATION), 0, -1,
    member_remove_params, effect_member_remove },
  { "appoint", N_("Appoint the commission"), S (COMMISSION_PENDING), 0, TG_ACTION_APPOINT, appoint_params, effect_appoint },
  /* art. 188 p. 4: the term is extended by a recorded decision */
  { "extend", N_("Extend the term"), INVESTIGATING, 0, -1, extend_params, effect_extend },
  /* findings may be amended after reopening (closed → concluded) */
  { "findings", N_("Record the findings"), INVESTIGATING | S (CONCLUDED), 0, -1, findings_params, effect_findings },
  { "conclude", N_("Conclude"), INVESTIGATING, 0, TG_ACTION_CONCLUDE, conclude_params, effect_conclude },
  { "close", N_("Close"), S (CONCLUDED), 0, TG_ACTION_CLOSE, no_params, effect_close },
  { "reopen", N_("Reopen"), S (CLOSED), 0, TG_ACTION_REOPEN, reason_params, effect_reopen },
  { "reinvestigate", N_("Re-investigate"), S (CONCLUDED) | S (CLOSED), 0, TG_ACTION_REINVESTIGATE,
    reason_params, effect_reinvestigate },
  { "escalate", N_("Escalate to the Committee"), S (LOCAL_INVESTIGATION) | S (CONCLUDED) | S (CLOSED), 0,
    TG_ACTION_ESCALATE, no_params, effect_escalate },
  { "refer", N_("Refer to the Government"), NOT_CLOSED & ~S (REFERRED_TO_GOVERNMENT), 0, TG_ACTION_REFER,
    reason_optional, effect_refer },
  /* domain.md §4 */
  { "dispute-file", N_("Register a dispute"), NOT_CLOSED, 0, -1, dispute_file_params, effect_dispute_file },
  { "dispute-position", N_("Record a party's position"), NOT_CLOSED, 0, -1, dispute_position_params, effect_dispute_position },
  { "dispute-decide", N_("Decide a dispute"), NOT_CLOSED, 0, -1, dispute_decide_params, effect_dispute_decide },
  { "dispute-withdraw", N_("Withdraw a dispute"), NOT_CLOSED, 0, -1, dispute_withdraw_params, effect_dispute_withdraw },
  { "dispute-appeal", N_("Record an appeal"), ANY_STATE, 0, -1, dispute_appeal_params, effect_dispute_appeal },
  /* Regulation of 2014, para. 14–15 */
  { "request", N_("Send an information request"), NOT_CLOSED, 0, -1, request_params, effect_request },
  { "answer", N_("Record an answer"), NOT_CLOSED, 0, -1, answer_params, effect_answer },
  /* the Committee's control of objectivity (Regulation of 2014, para. 14) */
  { "review", N_("Record an objectivity review"),
    S (LOCAL_INVESTIGATION) | S (CONCLUDED) | S (CLOSED), TG_COMMAND_ADDS_ONLY, -1, review_params, effect_review },
  /* Rules of 31 Jan 2024 No. 21: the act reaches the inspectorate */
  { "act-received", N_("Record the act as received"), INVESTIGATING | S (CONCLUDED) | S (CLOSED), TG_COMMAND_ADDS_ONLY, -1,
    act_received_params, effect_act_received },
  { "attach", N_("Attach a document"), ANY_STATE, TG_COMMAND_ADDS_ONLY, -1, attach_params, effect_attach },
  /* materials are kept 45 years: removal is a logged soft state */
  { "remove", N_("Remove the case"), ANY_STATE & ~S (CLOSED), 0, -1, reason_params, effect_remove },
  { "resolve-conflict", N_("Resolve a conflict"), ANY_STATE, TG_COMMAND_INTERNAL, -1, resolve_params, effect_resolve },
  { "recompute-due", N_("Recompute the due date"), ANY_STATE, TG_COMMAND_INTERNAL, -1, recompute_params, effect_none },
};

const TgCommandRow *
_tg_command_rows (guint *n)
{
  *n = G_N_ELEMENTS (rows);
  return rows;
}

const TgCommandRow *
_tg_command_row (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (g_strcmp0 (rows[i].name, name) == 0)
      return &rows[i];
  return NULL;
}
