/* tg-case-commands.h — every change to a case is a named, guarded command
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window, tergeu-cli, conflict resolution and the calendar change cases
 * only through these calls (domain.md §8). A command has a name (the same
 * word in the command line, in history and in code), typed parameters, a
 * guard that is a row of the table in tg-case-command-table.c, and an
 * effect. Running one is one transaction:
 *
 *   - the case is read inside the transaction, and the revision the caller
 *     saw (if given) must still be the stored one;
 *   - the guard is asked; a refusal says why, in the user's language;
 *   - the effect changes a copy of the case; a later death escalates or
 *     refers it in the same command (domain.md §3);
 *   - the changed case must pass every rule of tg_rules_validate_case;
 *   - if nothing changed, nothing is written (no history, no revision);
 *   - otherwise the revision goes up by one and ONE history entry is
 *     appended: the command's name and its parameters and changed values
 *     as structured, language-neutral data (tg-history-render.h shows it).
 *
 * Error contract: a call returns FALSE (or NULL) if and only if it set the
 * GError, and then nothing changed.
 *
 * Parameters are a GVariant of type a{sv}. Their keys are the command
 * line's option names ("full-name", "died-on"); values are typed as the
 * command's parameter table says (tg_command_get_params): text "s", dates
 * "s" as YYYY-MM-DD, date-times "s" in ISO 8601 with offset, booleans "b",
 * numbers "x", enumerations "s" with the nick of the enum (tg-enums.c),
 * lists "as", bytes "ay". Items are named as `tergeu-cli show` names them:
 * victims, disputes and requests by their id ("v2", "d1", "r3"), commission
 * members by their position from 1.
 */
#pragma once

#include <gio/gio.h>

#include "tg-case.h"
#include "tg-store.h"

G_BEGIN_DECLS

#define TG_COMMAND_ERROR (tg_command_error_quark ())

typedef enum
{
  TG_COMMAND_ERROR_UNKNOWN,     /* no command of that name */
  TG_COMMAND_ERROR_PARAMETER,   /* a parameter is missing, unknown or malformed */
  TG_COMMAND_ERROR_NOT_FOUND,   /* no such case, victim, member, dispute or request */
  TG_COMMAND_ERROR_STATE,       /* the command is not possible in the case's state */
  TG_COMMAND_ERROR_GUARD,       /* the state is right but a requirement is not met */
  TG_COMMAND_ERROR_INVALID,     /* the result would break a rule of the case */
  TG_COMMAND_ERROR_STALE,       /* someone else changed the case meanwhile */
} TgCommandError;

GQuark tg_command_error_quark (void);

typedef enum
{
  TG_PARAM_TEXT,       /* "s", one line or several */
  TG_PARAM_DATE,       /* "s", YYYY-MM-DD */
  TG_PARAM_DATETIME,   /* "s", ISO 8601 with offset */
  TG_PARAM_BOOL,       /* "b" */
  TG_PARAM_INT,        /* "x" */
  TG_PARAM_ENUM,       /* "s", a nick of enum_type */
  TG_PARAM_LIST,       /* "as" */
  TG_PARAM_BYTES,      /* "ay" */
} TgParamKind;

typedef struct
{
  const char   *key;         /* "full-name": option name and history key */
  TgParamKind   kind;
  GType       (*enum_type) (void);  /* TG_PARAM_ENUM only */
  gboolean      required;
  const char   *label;       /* N_(): "Full name"; translate with _() */
} TgParamSpec;

/* What a successful command did. */
typedef struct
{
  gboolean  changed;   /* FALSE: the case was already so; nothing written */
  char     *item_id;   /* the victim, member (position), dispute or request it added, or NULL */
  int       forced;    /* the TgAction the victims forced with it, or -1 */
} TgCommandOutcome;

void tg_command_outcome_clear (TgCommandOutcome *outcome);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TgCommandOutcome, tg_command_outcome_clear)

/* The names of all commands, in the order a user meets them; NULL-terminated. */
const char * const *tg_command_list          (void);
gboolean            tg_command_exists        (const char  *name);
/* "Add a victim", translated. */
const char         *tg_command_get_title     (const char  *name);
/* The parameter table of @name; @n receives its length. */
const TgParamSpec  *tg_command_get_params    (const char  *name,
                                              guint       *n);
/* The states @name is allowed in: a mask of (1 << TgState) bits. */
guint               tg_command_get_states    (const char  *name);
/* The command a transition is (TG_ACTION_ROUTE → "route"). */
const char         *tg_command_for_action    (TgAction     action);

/* Turns @text as a person typed it into the typed value of @param: dates
 * as YYYY-MM-DD or as the application displays them (DD.MM.YYYY), numbers,
 * booleans (true/false, yes/no, 1/0), enum nicks; lists split at newlines.
 * The error names the parameter and what was expected. */
GVariant           *tg_command_parse_param   (const TgParamSpec *param,
                                              const char        *text,
                                              GError           **error);

/* Whether @name may be run on @kase (as loaded) with what is known now:
 * @params may be NULL or partial, and then only what they hold is judged.
 * The error says what is missing or why not, in the user's language.
 * Reads nothing from the database but settings and the calendar. */
gboolean            tg_command_can_run       (TgStore     *store,
                                              TgCase      *kase,
                                              const char  *name,
                                              GVariant    *params,
                                              GError     **error);

/* Runs @name on the case @id_or_number. @revision is the revision the
 * caller saw (a form's case), or -1 to take the stored one as it is.
 * Returns the case as stored afterwards (history included); @outcome, if
 * not NULL, says what happened. NULL with @error set: nothing changed. */
TgCase             *tg_command_run           (TgStore           *store,
                                              const char        *id_or_number,
                                              gint64             revision,
                                              const char        *name,
                                              GVariant          *params,
                                              TgCommandOutcome  *outcome,
                                              GError           **error);

/* Registers @draft as a new case (the "register" command): it gets a UUID,
 * a registration number, revision 1 and a first history entry that holds
 * its particulars and victims. Returns the stored case. */
TgCase             *tg_command_register      (TgStore           *store,
                                              TgCase            *draft,
                                              GError           **error);

/* Records the resolution of an import conflict (the "resolve-conflict"
 * command): @merged is the local case with the fields taken from the
 * sender's version; @took and @kept list the field paths. Always a local
 * change. Runs inside the caller's transaction when there is one. */
TgCase             *tg_command_resolve_conflict (TgStore            *store,
                                                 TgCase             *merged,
                                                 const char         *sender,
                                                 gint64              revision,
                                                 const char         *file_name,
                                                 const char * const *took,
                                                 const char * const *kept,
                                                 GError            **error);

G_END_DECLS
