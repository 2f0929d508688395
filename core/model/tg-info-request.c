/* tg-info-request.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-model"

#include "config.h"

#include "tg-info-request.h"

struct _TgInfoRequest
{
  GObject parent_instance;

  char *id;
  char *addressee;
  char *subject;
  char *sent;
  char *due;
  char *answered;
  char *answer;
  gboolean blocking;
  char *addressee_kk;
  char *number;
};

G_DEFINE_FINAL_TYPE (TgInfoRequest, tg_info_request, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_ADDRESSEE,
  PROP_SUBJECT,
  PROP_SENT,
  PROP_DUE,
  PROP_ANSWERED,
  PROP_ANSWER,
  PROP_BLOCKING,
  PROP_ADDRESSEE_KK,
  PROP_NUMBER,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
tg_info_request_finalize (GObject *object)
{
  TgInfoRequest *self = (TgInfoRequest *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->addressee, g_free);
  g_clear_pointer (&self->subject, g_free);
  g_clear_pointer (&self->sent, g_free);
  g_clear_pointer (&self->due, g_free);
  g_clear_pointer (&self->answered, g_free);
  g_clear_pointer (&self->answer, g_free);
  g_clear_pointer (&self->number, g_free);
  g_clear_pointer (&self->addressee_kk, g_free);

  G_OBJECT_CLASS (tg_info_request_parent_class)->finalize (object);
}

static void
tg_info_request_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TgInfoRequest *self = TG_INFO_REQUEST(object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_ADDRESSEE:
      g_value_set_string (value, self->addressee);
      break;

    case PROP_SUBJECT:
      g_value_set_string (value, self->subject);
      break;

    case PROP_SENT:
      g_value_set_string (value, self->sent);
      break;

    case PROP_DUE:
      g_value_set_string (value, self->due);
      break;

    case PROP_ANSWERED:
      g_value_set_string (value, self->answered);
      break;

    case PROP_ANSWER:
      g_value_set_string (value, self->answer);
      break;

    case PROP_BLOCKING:
      g_value_set_boolean (value, self->blocking);
      break;

    case PROP_ADDRESSEE_KK:
      g_value_set_string (value, self->addressee_kk);
      break;

    case PROP_NUMBER:
      g_value_set_string (value, self->number);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tg_info_request_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TgInfoRequest *self = TG_INFO_REQUEST (object);

  switch (prop_id)
    {
    case PROP_ID:
      tg_info_request_set_id (self, g_value_get_string (value));
      break;

    case PROP_ADDRESSEE:
      tg_info_request_set_addressee (self, g_value_get_string (value));
      break;

    case PROP_SUBJECT:
      tg_info_request_set_subject (self, g_value_get_string (value));
      break;

    case PROP_SENT:
      tg_info_request_set_sent (self, g_value_get_string (value));
      break;

    case PROP_DUE:
      tg_info_request_set_due (self, g_value_get_string (value));
      break;

    case PROP_ANSWERED:
      tg_info_request_set_answered (self, g_value_get_string (value));
      break;

    case PROP_ANSWER:
      tg_info_request_set_answer (self, g_value_get_string (value));
      break;

    case PROP_BLOCKING:
      tg_info_request_set_blocking (self, g_value_get_boolean (value));
      break;

    case PROP_ADDRESSEE_KK:
      tg_info_request_set_addressee_kk (self, g_value_get_string (value));
      break;

    case PROP_NUMBER:
      tg_info_request_set_number (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tg_info_request_class_init (TgInfoRequestClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tg_info_request_finalize;
  object_class->get_property = tg_info_request_get_property;
  object_class->set_property = tg_info_request_set_property;

  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, "Identifier unique within the case",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_ADDRESSEE] =
    g_param_spec_string ("addressee", NULL, "To whom",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_SUBJECT] =
    g_param_spec_string ("subject", NULL, "What is requested",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_SENT] =
    g_param_spec_string ("sent", NULL, "Date sent",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_DUE] =
    g_param_spec_string ("due", NULL, "Date due",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_ANSWERED] =
    g_param_spec_string ("answered", NULL, "Date answered",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_ANSWER] =
    g_param_spec_string ("answer", NULL, "The answer",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_BLOCKING] =
    g_param_spec_boolean ("blocking", NULL, "Whether the case cannot close until it is answered",
                          FALSE,
                          (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_ADDRESSEE_KK] =
    g_param_spec_string ("addressee-kk", NULL, "Addressee in Kazakh",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_NUMBER] =
    g_param_spec_string ("number", NULL, "Outgoing number",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tg_info_request_init (TgInfoRequest *self)
{
  self->blocking = FALSE;
}

TgInfoRequest *
tg_info_request_new (void)
{
  return g_object_new (TG_TYPE_INFO_REQUEST, NULL);
}

const char *
tg_info_request_get_id (TgInfoRequest *self)
{
  g_return_val_if_fail (TG_IS_INFO_REQUEST (self), NULL);

  return self->id;
}

void
tg_info_request_set_id (TgInfoRequest   *self,
                        const char *id)
{
  g_return_if_fail (TG_IS_INFO_REQUEST (self));

  if (g_strcmp0 (self->id, id) == 0)
    return;
  g_free (self->id);
  self->id = g_strdup (id);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ID]);
}

const char *
tg_info_request_get_addressee (TgInfoRequest *self)
{
  g_return_val_if_fail (TG_IS_INFO_REQUEST (self), NULL);

  return self->addressee;
}

void
tg_info_request_set_addressee (TgInfoRequest   *self,
                               const char *addressee)
{
  g_return_if_fail (TG_IS_INFO_REQUEST (self));

  if (g_strcmp0 (self->addressee, addressee) == 0)
    return;
  g_free (self->addressee);
  self->addressee = g_strdup (addressee);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ADDRESSEE]);
}

const char *
tg_info_request_get_subject (TgInfoRequest *self)
{
  g_return_val_if_fail (TG_IS_INFO_REQUEST (self), NULL);

  return self->subject;
}

void
tg_info_request_set_subject (TgInfoRequest   *self,
                             const char *subject)
{
  g_return_if_fail (TG_IS_INFO_REQUEST (self));

  if (g_strcmp0 (self->subject, subject) == 0)
    return;
  g_free (self->subject);
  self->subject = g_strdup (subject);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SUBJECT]);
}

const char *
tg_info_request_get_sent (TgInfoRequest *self)
{
  g_return_val_if_fail (TG_IS_INFO_REQUEST (self), NULL);

  return self->sent;
}

void
tg_info_request_set_sent (TgInfoRequest   *self,
                          const char *sent)
{
  g_return_if_fail (TG_IS_INFO_REQUEST (self));

  if (g_strcmp0 (self->sent, sent) == 0)
    return;
  g_free (self->sent);
  self->sent = g_strdup (sent);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SENT]);
}

const char *
tg_info_request_get_due (TgInfoRequest *self)
{
  g_return_val_if_fail (TG_IS_INFO_REQUEST (self), NULL);

  return self->due;
}

void
tg_info_request_set_due (TgInfoRequest   *self,
                         const char *due)
{
  g_return_if_fail (TG_IS_INFO_REQUEST (self));

  if (g_strcmp0 (self->due, due) == 0)
    return;
  g_free (self->due);
  self->due = g_strdup (due);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DUE]);
}

const char *
tg_info_request_get_answered (TgInfoRequest *self)
{
  g_return_val_if_fail (TG_IS_INFO_REQUEST (self), NULL);

  return self->answered;
}

void
tg_info_request_set_answered (TgInfoRequest   *self,
                              const char *answered)
{
  g_return_if_fail (TG_IS_INFO_REQUEST (self));

  if (g_strcmp0 (self->answered, answered) == 0)
    return;
  g_free (self->answered);
  self->answered = g_strdup (answered);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ANSWERED]);
}

const char *
tg_info_request_get_answer (TgInfoRequest *self)
{
  g_return_val_if_fail (TG_IS_INFO_REQUEST (self), NULL);

  return self->answer;
}

void
tg_info_request_set_answer (TgInfoRequest   *self,
                            const char *answer)
{
  g_return_if_fail (TG_IS_INFO_REQUEST (self));

  if (g_strcmp0 (self->answer, answer) == 0)
    return;
  g_free (self->answer);
  self->answer = g_strdup (answer);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ANSWER]);
}

gboolean
tg_info_request_get_blocking (TgInfoRequest *self)
{
  g_return_val_if_fail (TG_IS_INFO_REQUEST (self), FALSE);

  return self->blocking;
}

void
tg_info_request_set_blocking (TgInfoRequest *self,
                              gboolean blocking)
{
  g_return_if_fail (TG_IS_INFO_REQUEST (self));

  if (self->blocking == !!blocking)
    return;
  self->blocking = !!blocking;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BLOCKING]);
}

const char *
tg_info_request_get_addressee_kk (TgInfoRequest *self)
{
  g_return_val_if_fail (TG_IS_INFO_REQUEST (self), NULL);

  return self->addressee_kk;
}

void
tg_info_request_set_addressee_kk (TgInfoRequest *self,
                                  const char *addressee_kk)
{
  g_return_if_fail (TG_IS_INFO_REQUEST (self));

  if (g_strcmp0 (self->addressee_kk, addressee_kk) == 0)
    return;
  g_free (self->addressee_kk);
  self->addressee_kk = g_strdup (addressee_kk);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ADDRESSEE_KK]);
}

const char *
tg_info_request_get_number (TgInfoRequest *self)
{
  g_return_val_if_fail (TG_IS_INFO_REQUEST (self), NULL);

  return self->number;
}

void
tg_info_request_set_number (TgInfoRequest *self,
                            const char *number)
{
  g_return_if_fail (TG_IS_INFO_REQUEST (self));

  if (g_strcmp0 (self->number, number) == 0)
    return;
  g_free (self->number);
  self->number = g_strdup (number);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NUMBER]);
}
