/* tg-history-entry.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-model"

#include "config.h"

#include "tg-history-entry.h"

struct _TgHistoryEntry
{
  GObject parent_instance;

  gint64 seq;
  char *at;
  char *actor;
  char *action;
  char *details;
  char *before;
  char *after;
  char *prev_hash;
  char *hash;
};

G_DEFINE_FINAL_TYPE (TgHistoryEntry, tg_history_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SEQ,
  PROP_AT,
  PROP_ACTOR,
  PROP_ACTION,
  PROP_DETAILS,
  PROP_BEFORE,
  PROP_AFTER,
  PROP_PREV_HASH,
  PROP_HASH,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
tg_history_entry_finalize (GObject *object)
{
  TgHistoryEntry *self = (TgHistoryEntry *) object;

  g_clear_pointer (&self->at, g_free);
  g_clear_pointer (&self->actor, g_free);
  g_clear_pointer (&self->action, g_free);
  g_clear_pointer (&self->details, g_free);
  g_clear_pointer (&self->before, g_free);
  g_clear_pointer (&self->after, g_free);
  g_clear_pointer (&self->prev_hash, g_free);
  g_clear_pointer (&self->hash, g_free);

  G_OBJECT_CLASS (tg_history_entry_parent_class)->finalize (object);
}

static void
tg_history_entry_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  TgHistoryEntry *self = TG_HISTORY_ENTRY(object);

  switch (prop_id)
    {
    case PROP_SEQ:
      g_value_set_int64 (value, self->seq);
      break;

    case PROP_AT:
      g_value_set_string (value, self->at);
      break;

    case PROP_ACTOR:
      g_value_set_string (value, self->actor);
      break;

    case PROP_ACTION:
      g_value_set_string (value, self->action);
      break;

    case PROP_DETAILS:
      g_value_set_string (value, self->details);
      break;

    case PROP_BEFORE:
      g_value_set_string (value, self->before);
      break;

    case PROP_AFTER:
      g_value_set_string (value, self->after);
      break;

    case PROP_PREV_HASH:
      g_value_set_string (value, self->prev_hash);
      break;

    case PROP_HASH:
      g_value_set_string (value, self->hash);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tg_history_entry_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  TgHistoryEntry *self = TG_HISTORY_ENTRY (object);

  switch (prop_id)
    {
    case PROP_SEQ:
      tg_history_entry_set_seq (self, g_value_get_int64 (value));
      break;

    case PROP_AT:
      tg_history_entry_set_at (self, g_value_get_string (value));
      break;

    case PROP_ACTOR:
      tg_history_entry_set_actor (self, g_value_get_string (value));
      break;

    case PROP_ACTION:
      tg_history_entry_set_action (self, g_value_get_string (value));
      break;

    case PROP_DETAILS:
      tg_history_entry_set_details (self, g_value_get_string (value));
      break;

    case PROP_BEFORE:
      tg_history_entry_set_before (self, g_value_get_string (value));
      break;

    case PROP_AFTER:
      tg_history_entry_set_after (self, g_value_get_string (value));
      break;

    case PROP_PREV_HASH:
      tg_history_entry_set_prev_hash (self, g_value_get_string (value));
      break;

    case PROP_HASH:
      tg_history_entry_set_hash (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tg_history_entry_class_init (TgHistoryEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tg_history_entry_finalize;
  object_class->get_property = tg_history_entry_get_property;
  object_class->set_property = tg_history_entry_set_property;

  properties [PROP_SEQ] =
    g_param_spec_int64 ("seq", NULL, "Position in the chain",
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_AT] =
    g_param_spec_string ("at", NULL, "When, ISO 8601 with offset",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_ACTOR] =
    g_param_spec_string ("actor", NULL, "Who",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_ACTION] =
    g_param_spec_string ("action", NULL, "What kind of change",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_DETAILS] =
    g_param_spec_string ("details", NULL, "What changed, for people",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_BEFORE] =
    g_param_spec_string ("before", NULL, "Value before, if any",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_AFTER] =
    g_param_spec_string ("after", NULL, "Value after, if any",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_PREV_HASH] =
    g_param_spec_string ("prev-hash", NULL, "SHA-256 of the previous entry",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_HASH] =
    g_param_spec_string ("hash", NULL, "SHA-256 of this entry",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tg_history_entry_init (TgHistoryEntry *self)
{
}

TgHistoryEntry *
tg_history_entry_new (void)
{
  return g_object_new (TG_TYPE_HISTORY_ENTRY, NULL);
}

gint64
tg_history_entry_get_seq (TgHistoryEntry *self)
{
  g_return_val_if_fail (TG_IS_HISTORY_ENTRY (self), 0);

  return self->seq;
}

void
tg_history_entry_set_seq (TgHistoryEntry *self,
                          gint64 seq)
{
  g_return_if_fail (TG_IS_HISTORY_ENTRY (self));

  if (self->seq == seq)
    return;
  self->seq = seq;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SEQ]);
}

const char *
tg_history_entry_get_at (TgHistoryEntry *self)
{
  g_return_val_if_fail (TG_IS_HISTORY_ENTRY (self), NULL);

  return self->at;
}

void
tg_history_entry_set_at (TgHistoryEntry   *self,
                         const char *at)
{
  g_return_if_fail (TG_IS_HISTORY_ENTRY (self));

  if (g_strcmp0 (self->at, at) == 0)
    return;
  g_free (self->at);
  self->at = g_strdup (at);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_AT]);
}

const char *
tg_history_entry_get_actor (TgHistoryEntry *self)
{
  g_return_val_if_fail (TG_IS_HISTORY_ENTRY (self), NULL);

  return self->actor;
}

void
tg_history_entry_set_actor (TgHistoryEntry   *self,
                            const char *actor)
{
  g_return_if_fail (TG_IS_HISTORY_ENTRY (self));

  if (g_strcmp0 (self->actor, actor) == 0)
    return;
  g_free (self->actor);
  self->actor = g_strdup (actor);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ACTOR]);
}

const char *
tg_history_entry_get_action (TgHistoryEntry *self)
{
  g_return_val_if_fail (TG_IS_HISTORY_ENTRY (self), NULL);

  return self->action;
}

void
tg_history_entry_set_action (TgHistoryEntry   *self,
                             const char *action)
{
  g_return_if_fail (TG_IS_HISTORY_ENTRY (self));

  if (g_strcmp0 (self->action, action) == 0)
    return;
  g_free (self->action);
  self->action = g_strdup (action);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ACTION]);
}

const char *
tg_history_entry_get_details (TgHistoryEntry *self)
{
  g_return_val_if_fail (TG_IS_HISTORY_ENTRY (self), NULL);

  return self->details;
}

void
tg_history_entry_set_details (TgHistoryEntry   *self,
                              const char *details)
{
  g_return_if_fail (TG_IS_HISTORY_ENTRY (self));

  if (g_strcmp0 (self->details, details) == 0)
    return;
  g_free (self->details);
  self->details = g_strdup (details);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DETAILS]);
}

const char *
tg_history_entry_get_before (TgHistoryEntry *self)
{
  g_return_val_if_fail (TG_IS_HISTORY_ENTRY (self), NULL);

  return self->before;
}

void
tg_history_entry_set_before (TgHistoryEntry   *self,
                             const char *before)
{
  g_return_if_fail (TG_IS_HISTORY_ENTRY (self));

  if (g_strcmp0 (self->before, before) == 0)
    return;
  g_free (self->before);
  self->before = g_strdup (before);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BEFORE]);
}

const char *
tg_history_entry_get_after (TgHistoryEntry *self)
{
  g_return_val_if_fail (TG_IS_HISTORY_ENTRY (self), NULL);

  return self->after;
}

void
tg_history_entry_set_after (TgHistoryEntry   *self,
                            const char *after)
{
  g_return_if_fail (TG_IS_HISTORY_ENTRY (self));

  if (g_strcmp0 (self->after, after) == 0)
    return;
  g_free (self->after);
  self->after = g_strdup (after);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_AFTER]);
}

const char *
tg_history_entry_get_prev_hash (TgHistoryEntry *self)
{
  g_return_val_if_fail (TG_IS_HISTORY_ENTRY (self), NULL);

  return self->prev_hash;
}

void
tg_history_entry_set_prev_hash (TgHistoryEntry   *self,
                                const char *prev_hash)
{
  g_return_if_fail (TG_IS_HISTORY_ENTRY (self));

  if (g_strcmp0 (self->prev_hash, prev_hash) == 0)
    return;
  g_free (self->prev_hash);
  self->prev_hash = g_strdup (prev_hash);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PREV_HASH]);
}

const char *
tg_history_entry_get_hash (TgHistoryEntry *self)
{
  g_return_val_if_fail (TG_IS_HISTORY_ENTRY (self), NULL);

  return self->hash;
}

void
tg_history_entry_set_hash (TgHistoryEntry   *self,
                           const char *hash)
{
  g_return_if_fail (TG_IS_HISTORY_ENTRY (self));

  if (g_strcmp0 (self->hash, hash) == 0)
    return;
  g_free (self->hash);
  self->hash = g_strdup (hash);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_HASH]);
}
