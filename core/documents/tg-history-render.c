/* tg-history-render.c — entries written by commands
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A structured entry (tg-history-record.h) is told as its command's title,
 * then every change as "Label: before → after", the parameters worth
 * showing (a reason as typed, what no change already says), the forced
 * move and the change of jurisdiction. Older entries are
 * read in tg-history-render-older.c.
 */
#define G_LOG_DOMAIN "tg-history"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tg-dates.h"
#include "tg-field-labels.h"
#include "tg-history-record.h"
#include "tg-history-render-private.h"
#include "tg-i18n.h"
#include "tg-model.h"
#include "tg-regions.h"
#include "tg-review.h"

/* Every command (tg-case-command-table.c) and older action: what it is
 * called in history, and where the fields its parameters name lie. */
static const struct
{
  const char *action;
  const char *title;
  const char *within;   /* the item or part its parameters are fields of */
} actions[] = {
  { "register",         NC_("history", "Case registered"), NULL },
  { "edit-particulars", NC_("history", "Particulars of the accident changed"), NULL },
  { "victim-add",       NC_("history", "Victim added"), "victims/*" },
  { "victim-edit",      NC_("history", "Victim's particulars corrected"), "victims/*" },
  { "victim-outcome",   NC_("history", "Outcome for a victim recorded"), "victims/*" },
  { "victim-remove",    NC_("history", "Victim removed"), "victims/*" },
  { "member-add",       NC_("history", "Commission member added"), "investigation/commission/members/*" },
  { "member-edit",      NC_("history", "Commission member's particulars corrected"), "investigation/commission/members/*" },
  { "member-remove",    NC_("history", "Commission member removed"), "investigation/commission/members/*" },
  { "route",            NC_("history", "Case sent for investigation"), NULL },
  { "appoint",          NC_("history", "Commission created by order"), "investigation/commission" },
  { "extend",           NC_("history", "Term of the investigation extended"), "investigation/extensions/*" },
  { "findings",         NC_("history", "Findings recorded"), "investigation/findings" },
  { "conclude",         NC_("history", "Investigation concluded"), "investigation" },
  { "close",            NC_("history", "Case closed"), NULL },
  { "reopen",           NC_("history", "Case reopened"), NULL },
  { "reinvestigate",    NC_("history", "Re-investigation ordered"), NULL },
  { "escalate",         NC_("history", "Case passed to a commission of the Committee"), NULL },
  { "refer",            NC_("history", "Case referred to a Government commission"), NULL },
  { "dispute-file",     NC_("history", "Dispute filed"), "disputes/*" },
  { "dispute-position", NC_("history", "Position of a party recorded"), "disputes/*/positions/*" },
  { "dispute-decide",   NC_("history", "Dispute decided"), "disputes/*" },
  { "dispute-withdraw", NC_("history", "Dispute withdrawn"), "disputes/*" },
  { "dispute-appeal",   NC_("history", "Appeal to a court recorded"), "disputes/*" },
  { "request",          NC_("history", "Information request sent"), "requests/*" },
  { "answer",           NC_("history", "Answer to an information request recorded"), "requests/*" },
  { "review",           NC_("history", "Objectivity review recorded"), NULL },
  { "act-received",     NC_("history", "Act received by the inspectorate"), NULL },
  { "attach",           NC_("history", "Document attached"), "documents/*" },
  { "remove",           NC_("history", "Case marked as removed"), NULL },
  { "resolve-conflict", NC_("history", "Differences with a received file resolved"), NULL },
  { "recompute-due",    NC_("history", "Due date recomputed after a change of the working-day calendar"), NULL },
  /* Written before commands existed. */
  { "registered",       NC_("history", "Case registered"), NULL },
  { "edit",             NC_("history", "Changed"), NULL },
  { "classification",   NC_("history", "Classification recomputed from the victims"), NULL },
  { "removed",          NC_("history", "Case marked as removed"), NULL },
  { "conflict-resolved", NC_("history", "Differences with a received file resolved"), NULL },
};

/* Parameters that only say which item a command works on: the changes
 * name it. */
static const char * const selectors[] = { "victim", "member", "dispute", "request", NULL };

/* Parameters that are no field of the case; the others are found by
 * their name among the fields (tg_field_dup_path_for). */
static const struct
{
  const char *key;
  const char *label;
  ParamKind   kind;
  const char *field;    /* or the field it writes, named otherwise */
  const char *command;  /* only for this command; NULL: any */
} extras[] = {
  { "reason",      NC_("history", "Reason"), PARAM_TEXT, NULL },
  { "reviewer",    NC_("history", "Reviewer"), PARAM_TEXT, NULL },
  { "reviewed-on", NC_("history", "Review date"), PARAM_DATE, NULL },
  { "conclusion",  NC_("history", "Conclusion of the review"), PARAM_CONCLUSION, NULL },
  { "reasoning",   NC_("history", "Reasoning"), PARAM_TEXT, NULL },
  { "act-number",  NC_("history", "Act number"), PARAM_TEXT, NULL },
  { "received-on", NC_("history", "Received on"), PARAM_DATE, NULL },
  { "size",        NC_("history", "Size of the file, bytes"), PARAM_TEXT, NULL },
  { "date",        NC_("history", "Day of the calendar changed"), PARAM_DATE, NULL },
  { "to",          NULL, PARAM_FIELD, "requests/*/addressee" },
  { "court",       NULL, PARAM_FIELD, "disputes/*/appeal-court" },
  { "filed",       NULL, PARAM_FIELD, "disputes/*/appeal-filed", "dispute-appeal" },
  { "result",      NULL, PARAM_FIELD, "disputes/*/appeal-result" },
  { "employer-name", NULL, PARAM_FIELD, "employer/name" },
  { "employer-bin", NULL, PARAM_FIELD, "employer/bin" },
  { "employer-activity", NULL, PARAM_FIELD, "employer/activity" },
  { "employer-address", NULL, PARAM_FIELD, "employer/address" },
  { "employer-legal-form", NULL, PARAM_FIELD, "employer/legal-form" },
  { "employer-name-kk", NULL, PARAM_FIELD, "employer/name-kk" },
  { "to-kk",       NULL, PARAM_FIELD, "requests/*/addressee-kk" },
};

const char *
_tg_history_tr (Render     *r,
                const char *msgid)
{
  return tg_i18n_translate_context (r->lang, "history", msgid);
}

const char *
tg_history_action_title (const char *action,
                         const char *lang)
{
  for (guint i = 0; action != NULL && i < G_N_ELEMENTS (actions); i++)
    if (g_str_equal (actions[i].action, action))
      return tg_i18n_translate_context (lang, "history", actions[i].title);
  return NULL;
}

static const char *
within_of (const char *action)
{
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    if (g_str_equal (actions[i].action, action))
      return actions[i].within;
  return NULL;
}

void
_tg_history_add_line (Render     *r,
                      const char *label,
                      const char *value)
{
  if (label == NULL && (value == NULL || *value == '\0'))
    return;
  if (value == NULL || *value == '\0')
    g_ptr_array_add (r->lines, g_strdup (label));
  else if (label == NULL)
    g_ptr_array_add (r->lines, g_strdup (value));
  else
    g_ptr_array_add (r->lines, g_strdup_printf ("%s: %s", label, value));
}

void
_tg_history_add_change_line (Render     *r,
                             const char *label,
                             const char *before,
                             const char *after)
{
  g_ptr_array_add (r->lines, g_strdup_printf ("%s: %s → %s", label, before, after));
}

/* -------------------------------------------------------------- changes */

/* The name of the item @path lies in, from the case, for an older entry
 * that names it by id only. */
static char *
subject_from_case (Render     *r,
                   const char *path)
{
  g_autofree char *naming = NULL;

  if (r->kase == NULL || (naming = tg_field_dup_subject_path (path)) == NULL)
    return NULL;
  return tg_model_dup_text (r->kase, naming);
}

char *
_tg_history_field_label (Render     *r,
                         const char *path,
                         const char *subject)
{
  g_autofree char *from_case = NULL;
  char *label;

  if (subject == NULL || *subject == '\0')
    subject = from_case = subject_from_case (r, path);
  label = tg_field_dup_label (path, subject, r->lang);
  /* A field this version does not know (a newer one's, another
   * system's): its path is all there is to show. */
  return label != NULL ? label : g_strdup (path);
}

static gboolean
is_absent (const char *text)
{
  return text == NULL || *text == '\0' || g_str_equal (text, "—");
}

/* A whole item or part that appears or goes: what that is called, and
 * the name it carries. Under a title that says the same ("Victim added"),
 * the name alone, labelled ("Full name: …"). */
static gboolean
add_whole_line (Render     *r,
                const char *path,
                const char *before,
                const char *after)
{
  gboolean added = before == NULL && after != NULL;
  const char *event;
  g_autofree char *naming = NULL;
  g_autofree char *value = NULL;

  if (!((before == NULL) ^ (after == NULL)))
    return FALSE;
  event = tg_field_get_event (path, added, r->lang);
  if (event == NULL)
    return FALSE;
  naming = tg_field_dup_naming_path (path);
  value = tg_field_dup_value (naming != NULL ? naming : path, added ? after : before, r->lang);
  if (is_absent (value) || naming == NULL)
    {
      if (g_strcmp0 (event, r->title) != 0)
        _tg_history_add_line (r, event, NULL);
      return TRUE;
    }
  if (g_strcmp0 (event, r->title) == 0)
    {
      g_autofree char *label = tg_field_dup_bare_label (naming, r->lang);
      _tg_history_add_line (r, label, value);
    }
  else
    _tg_history_add_line (r, event, value);
  return TRUE;
}

void
_tg_history_add_change (Render     *r,
                        const char *path,
                        const char *subject,
                        const char *before,
                        const char *after)
{
  g_autofree char *label = NULL;
  g_autofree char *was = NULL;
  g_autofree char *now = NULL;

  if (add_whole_line (r, path, before, after))
    return;
  label = _tg_history_field_label (r, path, subject);
  if (before == NULL && after == NULL)
    {
      /* An event of a file: which field, without its values. */
      _tg_history_add_line (r, label, NULL);
      return;
    }
  was = tg_field_dup_value (path, before, r->lang);
  now = tg_field_dup_value (path, after, r->lang);
  _tg_history_add_change_line (r, label, was, now);
}

static void
add_changes (Render   *r,
             GVariant *changes)
{
  GVariantIter iter;
  const char *path, *subject, *before, *after;

  if (changes == NULL)
    return;
  g_variant_iter_init (&iter, changes);
  while (g_variant_iter_next (&iter, "(&s&sm&sm&s)", &path, &subject, &before, &after))
    _tg_history_add_change (r, path, subject, before, after);
}

/* ----------------------------------------------------------- parameters */

char *
_tg_history_param_value (Render     *r,
                         ParamKind   kind,
                         const char *text)
{
  const char *label;

  switch (kind)
    {
    case PARAM_DATE:
      {
        char *date = tg_date_dup_shown (text);
        return date != NULL ? date : g_strdup (text);
      }
    case PARAM_CONCLUSION:
      label = tg_field_enum_label (TG_TYPE_REVIEW_CONCLUSION, text, r->lang);
      return g_strdup (label != NULL ? label : text);
    case PARAM_TEXT:
    case PARAM_FIELD:
    default:
      return g_strdup (text);
    }
}

/* A parameter's value as tg_model_dup_text would write the field. */
static char *
variant_text (GVariant *value)
{
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    return g_variant_dup_string (value, NULL);
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_BOOLEAN))
    return g_strdup (g_variant_get_boolean (value) ? "true" : "false");
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
    return g_strdup_printf ("%" G_GINT64_FORMAT, g_variant_get_int64 (value));
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT32))
    return g_strdup_printf ("%d", g_variant_get_int32 (value));
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING_ARRAY))
    {
      g_autofree const char **lines = g_variant_get_strv (value, NULL);
      return g_strjoinv ("\n", (char **) lines);
    }
  return NULL;
}

static const char *
last_segment (const char *path)
{
  const char *slash = strrchr (path, '/');

  return slash != NULL ? slash + 1 : path;
}

/* Whether a change already says what the parameter for the field @name
 * says: that field changed, or it names an item the command added. */
static gboolean
said_by_changes (GVariant   *changes,
                 const char *name)
{
  GVariantIter iter;
  const char *path, *subject, *before, *after;

  if (changes == NULL)
    return FALSE;
  g_variant_iter_init (&iter, changes);
  while (g_variant_iter_next (&iter, "(&s&sm&sm&s)", &path, &subject, &before, &after))
    {
      g_autofree char *naming = tg_field_dup_naming_path (path);

      if (g_str_equal (last_segment (path), name) ||
          (naming != NULL && before == NULL && g_str_equal (last_segment (naming), name)))
        return TRUE;
    }
  return FALSE;
}

static int
find_extra (const char *command,
            const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (extras); i++)
    if (g_str_equal (extras[i].key, key) &&
        (extras[i].command == NULL || g_strcmp0 (extras[i].command, command) == 0))
      return i;
  return -1;
}

static void
add_param (Render     *r,
           const char *command,
           const char *key,
           const char *text,
           GVariant   *changes)
{
  int e = find_extra (command, key);
  g_autofree char *path = NULL;
  g_autofree char *label = NULL;
  g_autofree char *value = NULL;

  if (e >= 0 && extras[e].kind != PARAM_FIELD)
    {
      if (said_by_changes (changes, key))
        return;
      value = _tg_history_param_value (r, extras[e].kind, text);
      _tg_history_add_line (r, _tg_history_tr (r, extras[e].label), value);
      return;
    }
  path = e >= 0 ? g_strdup (extras[e].field) : tg_field_dup_path_for (key, within_of (command));
  if (path == NULL)
    {
      g_debug ("History: no label for the parameter “%s”; not shown", key);
      return;
    }
  if (said_by_changes (changes, last_segment (path)))
    return;
  label = tg_field_dup_bare_label (path, r->lang);
  value = tg_field_dup_value (path, text, r->lang);
  _tg_history_add_line (r, label, value);
}

static void
add_params (Render     *r,
            const char *action,
            GVariant   *params,
            GVariant   *changes)
{
  GVariantIter iter;
  const char *key;
  GVariant *value;

  if (params == NULL)
    return;
  g_variant_iter_init (&iter, params);
  while (g_variant_iter_loop (&iter, "{&sv}", &key, &value))
    {
      g_autofree char *text = NULL;

      if (g_strv_contains (selectors, key))
        continue;
      text = variant_text (value);
      if (text == NULL || *text == '\0')
        continue;
      add_param (r, action, key, text, changes);
    }
}

/* ----------------------------------------------------- forced and judged */

void
_tg_history_add_forced (Render     *r,
                        const char *action)
{
  if (g_strcmp0 (action, "refer") == 0)
    _tg_history_add_line (r, _tg_history_tr (r, NC_("history", "Referred to the Government automatically: "
                                                     "the victims' outcome requires a Government commission")), NULL);
  else
    _tg_history_add_line (r, _tg_history_tr (r, NC_("history", "Escalated automatically: "
                                                     "the victims' outcome changed the jurisdiction")), NULL);
}

static void
add_jurisdiction (Render     *r,
                  const char *before,
                  const char *after)
{
  const char *label = _tg_history_tr (r, NC_("history", "Jurisdiction"));
  const char *was = tg_field_enum_label (TG_TYPE_JURISDICTION, before, r->lang);
  const char *now = tg_field_enum_label (TG_TYPE_JURISDICTION, after, r->lang);

  if (now == NULL)
    return;
  if (was == NULL)
    _tg_history_add_line (r, label, now);
  else
    _tg_history_add_change_line (r, label, was, now);
}

/* ------------------------------------------------------- resolve-conflict */

/* "LI-01" → "Labour inspection (Akmola region)"; "KC" → the Committee;
 * another code as it is. */
char *
_tg_history_sender (Render     *r,
                    const char *code)
{
  const TgRegion *region;

  if (g_strcmp0 (code, "KC") == 0)
    return g_strdup (_tg_history_tr (r, NC_("history", "Committee")));
  if (code == NULL || !g_str_has_prefix (code, "LI-") || (region = tg_region_lookup (code + 3)) == NULL)
    return g_strdup (code);
  return g_strdup_printf (_tg_history_tr (r, NC_("history", "Labour inspection (%s)")),
                          r->lang != NULL ? tg_region_name_in (region, r->lang) : tg_region_name (region));
}

/* Field paths as their labels, joined by "; ". */
char *
_tg_history_path_list (Render              *r,
                       const char * const *paths)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; paths != NULL && paths[i] != NULL; i++)
    {
      g_autofree char *label = _tg_history_field_label (r, paths[i], NULL);
      g_string_append_printf (s, "%s%s", s->len > 0 ? "; " : "", label);
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

void
_tg_history_add_resolution (Render              *r,
                            const char          *sender,
                            const char          *revision,
                            const char          *file,
                            const char * const  *took,
                            const char * const  *kept)
{
  g_autofree char *from = _tg_history_sender (r, sender);
  g_autofree char *taken = _tg_history_path_list (r, took);
  g_autofree char *ours = _tg_history_path_list (r, kept);

  _tg_history_add_line (r, _tg_history_tr (r, NC_("history", "Sender")), from);
  if (file != NULL && *file != '\0')
    _tg_history_add_line (r, _tg_history_tr (r, NC_("history", "File")), file);
  _tg_history_add_line (r, _tg_history_tr (r, NC_("history", "The sender's revision of the case")), revision);
  if (*taken != '\0')
    _tg_history_add_line (r, _tg_history_tr (r, NC_("history", "Taken from the received file")), taken);
  if (*ours != '\0')
    _tg_history_add_line (r, _tg_history_tr (r, NC_("history", "Kept as in our case")), ours);
}

static void
add_resolution_params (Render   *r,
                       GVariant *params)
{
  const char *sender = NULL, *file = NULL;
  g_autofree const char **took = NULL;
  g_autofree const char **kept = NULL;
  g_autoptr(GVariant) t = NULL;
  g_autoptr(GVariant) k = NULL;
  g_autofree char *revision = NULL;
  gint64 rev = 0;

  g_variant_lookup (params, "sender", "&s", &sender);
  g_variant_lookup (params, "file", "&s", &file);
  g_variant_lookup (params, "revision", "x", &rev);
  t = g_variant_lookup_value (params, "took", G_VARIANT_TYPE_STRING_ARRAY);
  k = g_variant_lookup_value (params, "kept", G_VARIANT_TYPE_STRING_ARRAY);
  took = t != NULL ? g_variant_get_strv (t, NULL) : NULL;
  kept = k != NULL ? g_variant_get_strv (k, NULL) : NULL;
  revision = g_strdup_printf ("%" G_GINT64_FORMAT, rev);
  _tg_history_add_resolution (r, sender, revision, file, took, kept);
}

/* ------------------------------------------------------------ structured */

static void
render_record (Render   *r,
               GVariant *record)
{
  const char *action = tg_history_entry_get_action (r->entry);
  g_autoptr(GVariant) params = g_variant_lookup_value (record, "params", G_VARIANT_TYPE_VARDICT);
  g_autoptr(GVariant) changes = g_variant_lookup_value (record, "changes", G_VARIANT_TYPE ("a(ssmsms)"));
  const char *forced = NULL, *was = NULL, *now = NULL;

  add_changes (r, changes);
  if (g_strcmp0 (action, "resolve-conflict") == 0 && params != NULL)
    add_resolution_params (r, params);
  else
    add_params (r, action, params, changes);
  if (g_variant_lookup (record, "forced", "&s", &forced))
    _tg_history_add_forced (r, forced);
  if (g_variant_lookup (record, "classification", "(&s&s)", &was, &now))
    add_jurisdiction (r, was, now);
}

/* ------------------------------------------------------------------ API */

void
tg_history_text_free (TgHistoryText *text)
{
  if (text == NULL)
    return;
  g_free (text->title);
  g_strfreev (text->lines);
  g_free (text);
}

TgHistoryText *
tg_history_render (TgHistoryEntry *entry,
                   TgCase         *kase,
                   const char     *lang)
{
  g_autoptr(GVariant) record = NULL;
  const char *action;
  const char *title;
  TgHistoryText *text;
  Render r = { 0 };

  g_return_val_if_fail (TG_IS_HISTORY_ENTRY (entry), NULL);
  g_return_val_if_fail (kase == NULL || TG_IS_CASE (kase), NULL);

  action = tg_history_entry_get_action (entry);
  title = tg_history_action_title (action, lang);
  r.entry = entry;
  r.kase = kase;
  r.lang = lang;
  r.lines = g_ptr_array_new_with_free_func (g_free);
  r.title = g_strdup (title != NULL ? title : (action != NULL ? action : ""));
  record = tg_history_record_parse (tg_history_entry_get_details (entry));
  if (record != NULL)
    render_record (&r, record);
  else if (title != NULL)
    _tg_history_render_older (&r);
  else
    _tg_history_render_foreign (&r);

  text = g_new0 (TgHistoryText, 1);
  text->title = g_steal_pointer (&r.title);
  g_ptr_array_add (r.lines, NULL);
  text->lines = (char **) g_ptr_array_free (r.lines, FALSE);
  return text;
}

char *
tg_history_text_join (const TgHistoryText *text,
                      const char          *separator)
{
  g_return_val_if_fail (text != NULL, NULL);

  return g_strjoinv (separator != NULL ? separator : "; ", text->lines);
}
