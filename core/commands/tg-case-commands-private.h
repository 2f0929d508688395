/* tg-case-commands-private.h — shared by the tg-case-command*.c files only
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tg-case-commands.h"
#include "tg-rules.h"
#include "tg-store-command.h"

G_BEGIN_DECLS

/* One command being judged or run. */
typedef struct
{
  TgStore     *store;
  TgCase      *kase;       /* the working copy the effect changes */
  GVariant    *params;     /* a{sv}, never NULL */
  GDate        today;
  gint64       rowid;      /* 0 while only judging (tg_command_can_run) */
  gboolean     partial;    /* judging with what is known: skip missing parameters */
  char        *item_id;    /* what the effect added */
  gboolean     recorded;   /* the effect wrote a record beside the case */
} TgCommandRun;

typedef gboolean (*TgCommandEffect) (TgCommandRun *run,
                                     GError      **error);

/* Flags of a command's row. */
typedef enum
{
  TG_COMMAND_ADDS_ONLY   = 1 << 0,  /* only adds (a document): allowed on a closed case */
  TG_COMMAND_INTERNAL    = 1 << 1,  /* run by the core itself (conflicts, calendar) */
} TgCommandFlags;

typedef struct
{
  const char         *name;
  const char         *title;     /* N_() */
  guint               states;    /* mask of TgState bits the command is allowed in */
  TgCommandFlags      flags;
  int                 action;    /* the TgAction it is, or -1 */
  const TgParamSpec  *params;    /* terminated by { NULL } */
  TgCommandEffect     effect;
} TgCommandRow;

const TgCommandRow *_tg_command_row      (const char   *name);
const TgCommandRow *_tg_command_rows     (guint        *n);

/* Parameters, as the row declares them; NULL / FALSE when absent. */
const char *_tg_run_text   (TgCommandRun *run, const char *key);
gboolean    _tg_run_has    (TgCommandRun *run, const char *key);
gboolean    _tg_run_bool   (TgCommandRun *run, const char *key, gboolean fallback);
gint64      _tg_run_int    (TgCommandRun *run, const char *key, gint64 fallback);
int         _tg_run_enum   (TgCommandRun *run, const char *key, GType type, int fallback);
/* The list, or NULL when absent (an empty list is an empty vector). */
char      **_tg_run_dup_list (TgCommandRun *run, const char *key);

/* A refusal in the user's language. */
gboolean    _tg_command_refuse (GError     **error,
                                TgCommandError code,
                                const char  *format,
                                ...) G_GNUC_PRINTF (3, 4);

/* Checks and applies @action to run->kase (the state machine's guard). */
gboolean    _tg_run_transition (TgCommandRun *run,
                                TgAction      action,
                                const char   *reason,
                                GError      **error);

/* Runs @row (internal commands included). With @replacement, the effect
 * starts from that case instead of the stored one (a conflict's merge). */
TgCase     *_tg_command_run_row (TgStore            *store,
                                 const TgCommandRow *row,
                                 const char         *id_or_number,
                                 gint64              revision,
                                 GVariant           *params,
                                 TgCase             *replacement,
                                 TgCommandOutcome   *outcome,
                                 GError            **error);

G_END_DECLS
