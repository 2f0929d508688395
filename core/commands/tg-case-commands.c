/* tg-case-commands.c — judging and running commands
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-command"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "tg-legal-form.h"
#include "tg-case-commands-private.h"
#include "tg-dates.h"
#include "tg-history-record.h"
#include "tg-i18n.h"
#include "tg-model.h"

G_DEFINE_QUARK (tg-command-error-quark, tg_command_error)

void
tg_command_outcome_clear (TgCommandOutcome *outcome)
{
  g_clear_pointer (&outcome->item_id, g_free);
}

gboolean
_tg_command_refuse (GError       **error,
                    TgCommandError code,
                    const char    *format,
                    ...)
{
  va_list args;
  g_autofree char *message = NULL;
  g_autofree char *shown = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  /* A value quoted from what a person gave is shown, not echoed whole. */
  shown = tg_i18n_shorten_quotes (message, FALSE);
  g_set_error_literal (error, TG_COMMAND_ERROR, code, shown);
  return FALSE;
}

/* ------------------------------------------------------------ the table */

const char * const *
tg_command_list (void)
{
  static const char **names;

  if (g_once_init_enter (&names))
    {
      guint n;
      const TgCommandRow *rows = _tg_command_rows (&n);
      GPtrArray *list = g_ptr_array_new ();

      for (guint i = 0; i < n; i++)
        if (!(rows[i].flags & TG_COMMAND_INTERNAL))
          g_ptr_array_add (list, (gpointer) rows[i].name);
      g_ptr_array_add (list, NULL);
      g_once_init_leave (&names, (const char **) g_ptr_array_free (list, FALSE));
    }
  return names;
}

gboolean
tg_command_exists (const char *name)
{
  return _tg_command_row (name) != NULL;
}

const char *
tg_command_get_title (const char *name)
{
  const TgCommandRow *row = _tg_command_row (name);

  return row != NULL ? _(row->title) : NULL;
}

const TgParamSpec *
tg_command_get_params (const char *name,
                       guint      *n)
{
  const TgCommandRow *row = _tg_command_row (name);
  guint count = 0;

  g_return_val_if_fail (row != NULL, NULL);

  while (row->params[count].key != NULL)
    count++;
  if (n != NULL)
    *n = count;
  return row->params;
}

guint
tg_command_get_states (const char *name)
{
  const TgCommandRow *row = _tg_command_row (name);

  g_return_val_if_fail (row != NULL, 0);
  return row->states;
}

const char *
tg_command_for_action (TgAction action)
{
  guint n;
  const TgCommandRow *rows = _tg_command_rows (&n);

  for (guint i = 0; i < n; i++)
    if (rows[i].action == (int) action)
      return rows[i].name;
  g_return_val_if_reached (NULL);
}

static const TgParamSpec *
find_param (const TgCommandRow *row,
            const char         *key)
{
  for (const TgParamSpec *p = row->params; p->key != NULL; p++)
    if (strcmp (p->key, key) == 0)
      return p;
  return NULL;
}

/* ------------------------------------------------------------ parameters */

static const GVariantType *
param_type (TgParamKind kind)
{
  switch (kind)
    {
    case TG_PARAM_BOOL: return G_VARIANT_TYPE_BOOLEAN;
    case TG_PARAM_INT: return G_VARIANT_TYPE_INT64;
    case TG_PARAM_LIST: return G_VARIANT_TYPE_STRING_ARRAY;
    case TG_PARAM_BYTES: return G_VARIANT_TYPE_BYTESTRING;
    case TG_PARAM_TEXT:
    case TG_PARAM_DATE:
    case TG_PARAM_DATETIME:
    case TG_PARAM_ENUM:
    default:
      return G_VARIANT_TYPE_STRING;
    }
}

/* DD.MM.YYYY, as the application shows dates, to YYYY-MM-DD. */
static char *
date_from_display (const char *text)
{
  int d, m, y;
  char end;
  GDate date;

  if (sscanf (text, "%2d.%2d.%4d%c", &d, &m, &y, &end) != 3 ||
      !g_date_valid_dmy (d, m, y))
    return NULL;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);
  return tg_date_format_iso (&date);
}

static gboolean
parse_bool (const char *text,
            gboolean   *out)
{
  /* As a person may type it, in English, Kazakh or Russian. */
  static const char * const yes[] = { "true", "yes", "1", "иә", "ия", "да", NULL };
  static const char * const no[] = { "false", "no", "0", "жоқ", "нет", NULL };
  g_autofree char *folded = g_utf8_strdown (text, -1);

  if (g_strv_contains (yes, folded))
    *out = TRUE;
  else if (g_strv_contains (no, folded))
    *out = FALSE;
  else
    return FALSE;
  return TRUE;
}

static char *
enum_nicks (GType type)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    g_string_append_printf (s, "%s%s", i > 0 ? ", " : "", klass->values[i].value_nick);
  return g_string_free (s, FALSE);
}

GVariant *
tg_command_parse_param (const TgParamSpec *param,
                        const char        *text,
                        GError           **error)
{
  g_return_val_if_fail (param != NULL && text != NULL, NULL);

  switch (param->kind)
    {
    case TG_PARAM_TEXT:
      return g_variant_new_string (text);
    case TG_PARAM_DATE:
      {
        g_autofree char *iso = NULL;
        GDate date;

        if (*text == '\0' || tg_date_parse (text, &date))
          return g_variant_new_string (text);
        iso = date_from_display (text);
        if (iso != NULL)
          return g_variant_new_string (iso);
        _tg_command_refuse (error, TG_COMMAND_ERROR_PARAMETER,
                            _("%s: “%s” is not a date; write it as DD.MM.YYYY or YYYY-MM-DD."),
                            _(param->label), text);
        return NULL;
      }
    case TG_PARAM_DATETIME:
      {
        g_autoptr(GDateTime) dt = tg_datetime_parse (text);
        if (dt != NULL)
          return g_variant_new_string (text);
        _tg_command_refuse (error, TG_COMMAND_ERROR_PARAMETER,
                            _("%s: “%s” is not a date and time with its offset, such as 2026-11-18T14:30:00+05:00."),
                            _(param->label), text);
        return NULL;
      }
    case TG_PARAM_BOOL:
      {
        gboolean value;
        if (parse_bool (text, &value))
          return g_variant_new_boolean (value);
        _tg_command_refuse (error, TG_COMMAND_ERROR_PARAMETER,
                            _("%s: “%s” is neither yes nor no."), _(param->label), text);
        return NULL;
      }
    case TG_PARAM_INT:
      {
        gint64 value;
        if (g_ascii_string_to_signed (text, 10, G_MININT32, G_MAXINT32, &value, NULL))
          return g_variant_new_int64 (value);
        _tg_command_refuse (error, TG_COMMAND_ERROR_PARAMETER,
                            _("%s: “%s” is not a whole number."), _(param->label), text);
        return NULL;
      }
    case TG_PARAM_ENUM:
      {
        int value;
        g_autofree char *nicks = NULL;
        if (tg_enum_from_nick (param->enum_type (), text, &value))
          return g_variant_new_string (text);
        nicks = enum_nicks (param->enum_type ());
        _tg_command_refuse (error, TG_COMMAND_ERROR_PARAMETER,
                            _("%s: “%s” is not one of: %s."), _(param->label), text, nicks);
        return NULL;
      }
    case TG_PARAM_LIST:
      {
        g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
        g_autoptr(GStrvBuilder) b = g_strv_builder_new ();
        g_auto(GStrv) items = NULL;

        for (guint i = 0; lines[i] != NULL; i++)
          {
            g_strstrip (lines[i]);
            if (*lines[i] != '\0')
              g_strv_builder_add (b, lines[i]);
          }
        items = g_strv_builder_end (b);
        return g_variant_new_strv ((const char * const *) items, -1);
      }
    case TG_PARAM_BYTES:
    default:
      _tg_command_refuse (error, TG_COMMAND_ERROR_PARAMETER,
                          _("%s cannot be given as text."), _(param->label));
      return NULL;
    }
}

/* Text of any kind (a reason, a name, a date, the lines of a list) is
 * what the case and its history will hold: no control character, dates
 * within the years of a case (tg_rules_text_allowed). */
static gboolean
text_param_allowed (const TgParamSpec *p,
                    GVariant          *value,
                    GError           **error)
{
  g_autofree const char **lines = NULL;
  g_autoptr(GError) local = NULL;

  if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    {
      if (tg_rules_text_allowed (g_variant_get_string (value, NULL), &local))
        return TRUE;
    }
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING_ARRAY))
    {
      lines = g_variant_get_strv (value, NULL);
      for (guint i = 0; lines[i] != NULL && local == NULL; i++)
        tg_rules_text_allowed (lines[i], &local);
      if (local == NULL)
        return TRUE;
    }
  else
    return TRUE;
  /* Translators: "Reason: the text holds a control character (U+001B); …" */
  return _tg_command_refuse (error, TG_COMMAND_ERROR_PARAMETER, _("%s: %s."), _(p->label), local->message);
}

/* The parameters checked and normalized: every one is one the command
 * has, of its type and well-formed (dates typed as displayed become
 * YYYY-MM-DD); the required ones are there unless @partial. NULL with
 * @error set otherwise. */
static GVariant *
normalize_params (const TgCommandRow *row,
                  GVariant           *params,
                  gboolean            partial,
                  GError            **error)
{
  GVariantDict dict;
  GVariantIter iter;
  const char *key;
  GVariant *value;

  g_variant_dict_init (&dict, NULL);
  g_variant_iter_init (&iter, params);
  while (g_variant_iter_next (&iter, "{&sv}", &key, &value))
    {
      g_autoptr(GVariant) owned = value;
      GVariant *parsed;
      const TgParamSpec *p = find_param (row, key);
      const char *text;

      if (p == NULL)
        {
          _tg_command_refuse (error, TG_COMMAND_ERROR_PARAMETER,
                              _("“%s” takes no parameter “%s”."), _(row->title), key);
          goto fail;
        }
      if (!g_variant_is_of_type (value, param_type (p->kind)))
        {
          _tg_command_refuse (error, TG_COMMAND_ERROR_PARAMETER,
                              _("%s: the value has the wrong type."), _(p->label));
          goto fail;
        }
      text = g_variant_is_of_type (value, G_VARIANT_TYPE_STRING) ? g_variant_get_string (value, NULL) : NULL;
      if (!text_param_allowed (p, value, error))
        goto fail;
      if ((p->kind == TG_PARAM_DATE || p->kind == TG_PARAM_DATETIME || p->kind == TG_PARAM_ENUM) &&
          !(*text == '\0' && !p->required && p->kind == TG_PARAM_DATE))
        {
          parsed = tg_command_parse_param (p, text, error);
          if (parsed == NULL)
            goto fail;
          g_variant_dict_insert_value (&dict, key, parsed);
        }
      else
        g_variant_dict_insert_value (&dict, key, value);
    }
  for (const TgParamSpec *p = row->params; !partial && p->key != NULL; p++)
    {
      g_autoptr(GVariant) v = NULL;
      const char *text;

      if (!p->required)
        continue;
      v = g_variant_dict_lookup_value (&dict, p->key, NULL);
      text = v != NULL && g_variant_is_of_type (v, G_VARIANT_TYPE_STRING) ? g_variant_get_string (v, NULL) : NULL;
      if (v == NULL || (text != NULL && strspn (text, " \t\r\n") == strlen (text)))
        {
          /* Translators: "Extend the term: give the Reason." */
          _tg_command_refuse (error, TG_COMMAND_ERROR_PARAMETER, _("%s: give the %s."),
                              _(row->title), _(p->label));
          goto fail;
        }
    }
  return g_variant_ref_sink (g_variant_dict_end (&dict));

fail:
  g_variant_dict_clear (&dict);
  return NULL;
}

const char *
_tg_run_text (TgCommandRun *run,
              const char   *key)
{
  const char *text = NULL;

  if (!g_variant_lookup (run->params, key, "&s", &text))
    return NULL;
  return text;
}

gboolean
_tg_run_has (TgCommandRun *run,
             const char   *key)
{
  g_autoptr(GVariant) v = g_variant_lookup_value (run->params, key, NULL);

  return v != NULL;
}

gboolean
_tg_run_bool (TgCommandRun *run,
              const char   *key,
              gboolean      fallback)
{
  gboolean value;

  return g_variant_lookup (run->params, key, "b", &value) ? value : fallback;
}

gint64
_tg_run_int (TgCommandRun *run,
             const char   *key,
             gint64        fallback)
{
  gint64 value;

  return g_variant_lookup (run->params, key, "x", &value) ? value : fallback;
}

int
_tg_run_enum (TgCommandRun *run,
              const char   *key,
              GType         type,
              int           fallback)
{
  const char *nick = _tg_run_text (run, key);
  int value;

  return nick != NULL && tg_enum_from_nick (type, nick, &value) ? value : fallback;
}

char **
_tg_run_dup_list (TgCommandRun *run,
                  const char   *key)
{
  g_autoptr(GVariant) v = g_variant_lookup_value (run->params, key, G_VARIANT_TYPE_STRING_ARRAY);

  return v != NULL ? g_variant_dup_strv (v, NULL) : NULL;
}

/* ------------------------------------------------------------ transitions */

static void
run_transition_context (TgCommandRun        *run,
                            const char          *reason,
                            TgTransitionContext *ctx)
{
  ctx->reason = reason;
  ctx->today = &run->today;
  ctx->calendar = tg_store_get_calendar (run->store);
  ctx->partial = run->partial;
}

gboolean
_tg_run_transition (TgCommandRun *run,
                    TgAction      action,
                    const char   *reason,
                    GError      **error)
{
  TgTransitionContext ctx;
  g_autoptr(GError) local = NULL;

  run_transition_context (run, reason, &ctx);
  if (run->partial)
    {
      if (tg_rules_check (run->kase, action, &ctx, NULL, &local))
        return TRUE;
    }
  else if (tg_rules_apply (run->kase, action, &ctx, &local))
    return TRUE;
  g_set_error_literal (error, TG_COMMAND_ERROR,
                       local->code == TG_RULES_ERROR_WRONG_STATE ? TG_COMMAND_ERROR_STATE : TG_COMMAND_ERROR_GUARD,
                       local->message);
  return FALSE;
}

/* ------------------------------------------------------------ the guard */

static gboolean
guard_state (const TgCommandRow *row,
             TgCase             *kase,
             GError            **error)
{
  TgState state = tg_case_get_state (kase);
  g_autofree char *allowed = NULL;

  if (tg_case_get_deleted (kase))
    return _tg_command_refuse (error, TG_COMMAND_ERROR_STATE,
                               _("Case %s was removed; it accepts no change."), tg_case_get_number (kase));
  if (row->states & (1u << state))
    return TRUE;
  if (state == TG_STATE_CLOSED)
    return _tg_command_refuse (error, TG_COMMAND_ERROR_STATE,
                               _("Case %s is closed: “%s” needs the case reopened first (a closed case accepts only reopening and attached documents)."),
                               tg_case_get_number (kase), _(row->title));
  allowed = tg_rules_dup_states_label (row->states);
  return _tg_command_refuse (error, TG_COMMAND_ERROR_STATE,
                             _("“%s” is not possible for a case in state “%s”; it applies only in: %s."),
                             _(row->title), tg_state_label (state), allowed);
}

static const TgCommandRow *
public_row (const char *name,
            GError    **error)
{
  const TgCommandRow *row = _tg_command_row (name);

  if (row == NULL || row->states == 0)
    {
      _tg_command_refuse (error, TG_COMMAND_ERROR_UNKNOWN, _("There is no command “%s”."), name);
      return NULL;
    }
  return row;
}

static void
run_init (TgCommandRun *run,
          TgStore      *store,
          TgCase       *kase,
          GVariant     *params)
{
  memset (run, 0, sizeof *run);
  run->store = store;
  run->kase = kase;
  run->params = params;
  tg_store_today (&run->today);
}

gboolean
tg_command_can_run (TgStore     *store,
                    TgCase      *kase,
                    const char  *name,
                    GVariant    *params,
                    GError     **error)
{
  const TgCommandRow *row;
  g_autoptr(GVariant) owned = NULL;
  g_autoptr(GVariant) checked = NULL;
  g_autoptr(TgCase) probe = NULL;
  TgCommandRun run;

  g_return_val_if_fail (TG_IS_STORE (store), FALSE);
  g_return_val_if_fail (TG_IS_CASE (kase), FALSE);

  if ((row = public_row (name, error)) == NULL)
    return FALSE;
  owned = params != NULL ? g_variant_ref_sink (params) : g_variant_ref_sink (g_variant_new ("a{sv}", NULL));
  checked = normalize_params (row, owned, TRUE, error);
  if (checked == NULL || !guard_state (row, kase, error))
    return FALSE;
  if (row->action < 0)
    return TRUE;
  /* A transition's own guard, on what is known: a reason not yet asked
   * for and an order number allocated on appointment are not held
   * against it. */
  probe = tg_model_copy (kase);
  run_init (&run, store, probe, checked);
  run.partial = TRUE;
  return _tg_run_transition (&run, row->action, _tg_run_text (&run, "reason"), error);
}

/* ------------------------------------------------------------ running */

/* The rules a case broke, one a line. */
static char *
join_problems (GPtrArray *problems)
{
  g_ptr_array_add (problems, NULL);
  return g_strjoinv ("\n", (char **) problems->pdata);
}

static gboolean
invalid (GPtrArray *problems,
         GError   **error)
{
  g_autofree char *all = join_problems (problems);

  return _tg_command_refuse (error, TG_COMMAND_ERROR_INVALID, _("Nothing was changed:\n%s"), all);
}

/* The parameters as history keeps them: bytes are told by their size and
 * SHA-256 (the document itself is in the case), the rest as given. */
static GVariant *
record_params (GVariant *params)
{
  GVariantDict dict;
  GVariantIter iter;
  const char *key;
  GVariant *value;

  g_variant_dict_init (&dict, NULL);
  g_variant_iter_init (&iter, params);
  while (g_variant_iter_loop (&iter, "{&sv}", &key, &value))
    if (g_variant_is_of_type (value, G_VARIANT_TYPE_BYTESTRING))
      g_variant_dict_insert (&dict, "size", "x", (gint64) g_variant_get_size (value));
    else
      g_variant_dict_insert_value (&dict, key, value);
  return g_variant_dict_end (&dict);
}

static GVariant *
record_changes (TgCase    *before,
                TgCase    *after,
                GPtrArray *changes)
{
  GVariantBuilder b;

  g_variant_builder_init (&b, G_VARIANT_TYPE ("a(ssmsms)"));
  for (guint i = 0; i < changes->len; i++)
    {
      TgFieldChange *c = g_ptr_array_index (changes, i);
      g_autofree char *subject = tg_model_dup_subject (after, c->path);

      if (subject == NULL)
        subject = tg_model_dup_subject (before, c->path);
      g_variant_builder_add (&b, "(ssmsms)", c->path, subject != NULL ? subject : "", c->before, c->after);
    }
  return g_variant_builder_end (&b);
}

static char *
record (TgCommandRun       *run,
        TgCase             *before,
        GPtrArray          *changes,
        int                 forced,
        const char         *item_id)
{
  GVariantDict dict;
  TgClassification kb, ka;

  g_variant_dict_init (&dict, NULL);
  g_variant_dict_insert_value (&dict, "params", record_params (run->params));
  g_variant_dict_insert_value (&dict, "changes", record_changes (before, run->kase, changes));
  if (forced >= 0)
    g_variant_dict_insert (&dict, "forced", "s", tg_enum_to_nick (TG_TYPE_ACTION, forced));
  tg_classify (before, &kb);
  tg_classify (run->kase, &ka);
  if (kb.jurisdiction != ka.jurisdiction)
    g_variant_dict_insert (&dict, "classification", "(ss)",
                           tg_enum_to_nick (TG_TYPE_JURISDICTION, kb.jurisdiction),
                           tg_enum_to_nick (TG_TYPE_JURISDICTION, ka.jurisdiction));
  if (item_id != NULL)
    g_variant_dict_insert (&dict, "item", "s", item_id);
  return tg_history_record_print (g_variant_dict_end (&dict));
}

/* A later death escalates or refers the case in the same command
 * (domain.md §3), unless the command was that move itself. */
static gboolean
apply_forced (const TgCommandRow *row,
              TgCommandRun       *run,
              int                *forced,
              GError            **error)
{
  TgAction action;

  *forced = -1;
  if (!tg_rules_forced_action (run->kase, &action) || row->action == (int) action)
    return TRUE;
  if (!_tg_run_transition (run, action, NULL, error))
    return FALSE;
  *forced = action;
  return TRUE;
}

/* Runs @row's effect on a copy of the stored case, inside the
 * transaction, and writes it when it changed anything. */
static TgCase *
run_in_transaction (TgStore            *store,
                    const TgCommandRow *row,
                    const char         *id_or_number,
                    gint64              revision,
                    GVariant           *params,
                    TgCase             *replacement,
                    TgCommandOutcome   *outcome,
                    GError            **error)
{
  g_autoptr(TgCase) before = NULL;
  g_autoptr(TgCase) after = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *details = NULL;
  TgCommandRun run;
  gint64 rowid;
  int forced;

  before = tg_store_command_read (store, id_or_number, revision, &rowid, error);
  if (before == NULL)
    return NULL;
  if (replacement == NULL && !guard_state (row, before, error))
    return NULL;
  after = tg_model_copy (replacement != NULL ? replacement : before);
  tg_case_set_revision (after, tg_case_get_revision (before));
  run_init (&run, store, after, params);
  run.rowid = rowid;
  if (!row->effect (&run, error) ||
      !apply_forced (row, &run, &forced, error))
    goto fail;
  if (!tg_rules_validate_case (after, problems))
    {
      invalid (problems, error);
      goto fail;
    }
  changes = tg_model_diff (before, after);
  outcome->forced = forced;
  outcome->item_id = g_steal_pointer (&run.item_id);
  if (changes->len == 0 && !run.recorded)
    {
      outcome->changed = FALSE;
      return g_steal_pointer (&before);
    }
  if (tg_case_get_revision (before) >= TG_CASE_MAX_REVISION)
    {
      /* The exchange format's revisions are 32-bit (issue 16). */
      _tg_command_refuse (error, TG_COMMAND_ERROR_INVALID,
                          _("Case %s is at revision %lld, the highest the exchange format can carry; it cannot be changed further."),
                          tg_case_get_number (before), (long long) tg_case_get_revision (before));
      goto fail;
    }
  outcome->changed = TRUE;
  details = record (&run, before, changes, forced, outcome->item_id);
  tg_case_set_revision (after, tg_case_get_revision (before) + 1);
  if (!tg_store_command_write (store, rowid, after, row->name, details, error))
    goto fail;
  /* The case as it will be stored, history included, read before the
   * commit: once committed, the call cannot fail any more. */
  g_clear_object (&after);
  return tg_store_command_read (store, id_or_number, -1, &rowid, error);

fail:
  g_clear_pointer (&run.item_id, g_free);   /* the effect's, when it failed before it was handed on */
  return NULL;
}

/* The error comes from the store (a stale revision, a database error):
 * said in the command's terms. */
static void
translate_store_error (GError **error)
{
  if (error == NULL || *error == NULL || (*error)->domain != TG_STORE_ERROR)
    return;
  if ((*error)->code == TG_STORE_ERROR_CONFLICT)
    (*error)->domain = TG_COMMAND_ERROR, (*error)->code = TG_COMMAND_ERROR_STALE;
  else if ((*error)->code == TG_STORE_ERROR_NOT_FOUND)
    (*error)->domain = TG_COMMAND_ERROR, (*error)->code = TG_COMMAND_ERROR_NOT_FOUND;
}

TgCase *
_tg_command_run_row (TgStore            *store,
                     const TgCommandRow *row,
                     const char         *id_or_number,
                     gint64              revision,
                     GVariant           *params,
                     TgCase             *replacement,
                     TgCommandOutcome   *outcome,
                     GError            **error)
{
  g_autoptr(GVariant) owned = NULL;
  g_autoptr(GVariant) checked = NULL;
  g_autoptr(TgCase) result = NULL;
  TgCommandOutcome local = { FALSE, NULL, -1 };

  owned = params != NULL ? g_variant_ref_sink (params) : g_variant_ref_sink (g_variant_new ("a{sv}", NULL));
  checked = normalize_params (row, owned, FALSE, error);
  if (checked == NULL)
    return NULL;
  if (!tg_store_command_begin (store, error))
    return NULL;
  result = run_in_transaction (store, row, id_or_number, revision, checked, replacement, &local, error);
  /* Unchanged, nothing was written: committing that is harmless, and
   * inside bulk work a rollback would doom the whole. */
  if (result == NULL)
    tg_store_command_rollback (store);
  else if (!tg_store_command_commit (store, error))
    g_clear_object (&result);
  if (result == NULL)
    {
      tg_command_outcome_clear (&local);
      translate_store_error (error);
      return NULL;
    }
  if (outcome != NULL)
    *outcome = local;
  else
    tg_command_outcome_clear (&local);
  return g_steal_pointer (&result);
}

TgCase *
tg_command_run (TgStore          *store,
                const char       *id_or_number,
                gint64            revision,
                const char       *name,
                GVariant         *params,
                TgCommandOutcome *outcome,
                GError          **error)
{
  const TgCommandRow *row;

  g_return_val_if_fail (TG_IS_STORE (store), NULL);
  g_return_val_if_fail (id_or_number != NULL, NULL);

  if (revision != -1 && (revision < 1 || revision > TG_CASE_MAX_REVISION))
    {
      _tg_command_refuse (error, TG_COMMAND_ERROR_PARAMETER,
                          _("The revision %lld cannot be a case's: revisions are 1 to %d."),
                          (long long) revision, TG_CASE_MAX_REVISION);
      if (params != NULL)
        g_variant_unref (g_variant_ref_sink (params));
      return NULL;
    }
  if ((row = public_row (name, error)) == NULL)
    {
      if (params != NULL)
        g_variant_unref (g_variant_ref_sink (params));
      return NULL;
    }
  return _tg_command_run_row (store, row, id_or_number, revision, params, NULL, outcome, error);
}

/* ------------------------------------------------------------ register */

/* The first entry holds what the case was registered with: its
 * particulars and victims, as a form or a file gave them. */
static char *
register_record (TgCase *kase)
{
  g_autoptr(TgCase) empty = tg_case_new ();
  g_autoptr(GPtrArray) changes = tg_model_diff (empty, kase);
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();
  GVariantDict dict;
  TgClassification k;

  /* Identity and bookkeeping are the entry's own fields. */
  for (guint i = 0; i < changes->len; i++)
    {
      TgFieldChange *c = g_ptr_array_index (changes, i);
      if (g_str_has_prefix (c->path, "victims/") || g_str_has_prefix (c->path, "employer/") ||
          !strchr (c->path, '/'))
        {
          if (strcmp (c->path, "id") != 0 && strcmp (c->path, "registered-at") != 0 &&
              strcmp (c->path, "number") != 0)
            g_ptr_array_add (kept, c);
        }
    }
  tg_classify (kase, &k);
  g_variant_dict_init (&dict, NULL);
  g_variant_dict_insert_value (&dict, "params", g_variant_new ("a{sv}", NULL));
  g_variant_dict_insert_value (&dict, "changes", record_changes (empty, kase, kept));
  g_variant_dict_insert (&dict, "classification", "(ss)", "",
                         tg_enum_to_nick (TG_TYPE_JURISDICTION, k.jurisdiction));
  return tg_history_record_print (g_variant_dict_end (&dict));
}

TgCase *
tg_command_register (TgStore *store,
                     TgCase  *draft,
                     GError **error)
{
  g_autoptr(TgCase) kase = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *details = NULL;
  g_autofree char *id = NULL;
  gint64 rowid;

  g_return_val_if_fail (TG_IS_STORE (store), NULL);
  g_return_val_if_fail (TG_IS_CASE (draft), NULL);

  kase = tg_model_copy (draft);
  tg_employer_split_legal_form (tg_case_get_employer (kase));
  tg_case_set_state (kase, TG_STATE_REGISTERED);
  tg_case_set_deleted (kase, FALSE);
  g_list_store_remove_all (tg_case_get_history (kase));
  if (!tg_rules_validate_case (kase, problems))
    {
      g_autofree char *all = join_problems (problems);

      _tg_command_refuse (error, TG_COMMAND_ERROR_INVALID, _("The case was not registered:\n%s"), all);
      return NULL;
    }
  details = register_record (kase);
  if (!tg_store_command_begin (store, error))
    return NULL;
  if (tg_case_get_id (kase) == NULL)
    {
      g_autofree char *uuid = g_uuid_string_random ();
      tg_case_set_id (kase, uuid);
    }
  id = g_strdup (tg_case_get_id (kase));
  if (!tg_store_command_insert (store, kase, "register", details, &rowid, error))
    goto fail;
  g_clear_object (&kase);
  kase = tg_store_command_read (store, id, -1, &rowid, error);
  if (kase == NULL)
    goto fail;
  /* A commit that fails has rolled back already. */
  if (!tg_store_command_commit (store, error))
    return NULL;
  return g_steal_pointer (&kase);

fail:
  tg_store_command_rollback (store);
  return NULL;
}

TgCase *
tg_command_resolve_conflict (TgStore            *store,
                             TgCase             *merged,
                             const char         *sender,
                             gint64              revision,
                             const char         *file_name,
                             const char * const *took,
                             const char * const *kept,
                             GError            **error)
{
  GVariantDict dict;
  static const char * const none[] = { NULL };

  g_return_val_if_fail (TG_IS_STORE (store), NULL);
  g_return_val_if_fail (TG_IS_CASE (merged), NULL);

  g_variant_dict_init (&dict, NULL);
  g_variant_dict_insert (&dict, "sender", "s", sender);
  g_variant_dict_insert (&dict, "revision", "x", revision);
  if (file_name != NULL)
    g_variant_dict_insert (&dict, "file", "s", file_name);
  g_variant_dict_insert_value (&dict, "took", g_variant_new_strv (took != NULL ? took : none, -1));
  g_variant_dict_insert_value (&dict, "kept", g_variant_new_strv (kept != NULL ? kept : none, -1));
  return _tg_command_run_row (store, _tg_command_row ("resolve-conflict"), tg_case_get_id (merged),
                              tg_case_get_revision (merged), g_variant_dict_end (&dict), merged,
                              NULL, error);
}
