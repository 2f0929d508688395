/* tg-member.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-model"

#include "config.h"

#include "tg-member.h"

struct _TgMember
{
  GObject parent_instance;

  TgRole role;
  char *full_name;
  char *position;
  char *organization;
  char *position_kk;
  char *organization_kk;
};

G_DEFINE_FINAL_TYPE (TgMember, tg_member, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ROLE,
  PROP_FULL_NAME,
  PROP_POSITION,
  PROP_ORGANIZATION,
  PROP_POSITION_KK,
  PROP_ORGANIZATION_KK,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
tg_member_finalize (GObject *object)
{
  TgMember *self = (TgMember *) object;

  g_clear_pointer (&self->full_name, g_free);
  g_clear_pointer (&self->position, g_free);
  g_clear_pointer (&self->organization, g_free);
  g_clear_pointer (&self->organization_kk, g_free);
  g_clear_pointer (&self->position_kk, g_free);

  G_OBJECT_CLASS (tg_member_parent_class)->finalize (object);
}

static void
tg_member_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  TgMember *self = TG_MEMBER(object);

  switch (prop_id)
    {
    case PROP_ROLE:
      g_value_set_enum (value, self->role);
      break;

    case PROP_FULL_NAME:
      g_value_set_string (value, self->full_name);
      break;

    case PROP_POSITION:
      g_value_set_string (value, self->position);
      break;

    case PROP_ORGANIZATION:
      g_value_set_string (value, self->organization);
      break;

    case PROP_POSITION_KK:
      g_value_set_string (value, self->position_kk);
      break;

    case PROP_ORGANIZATION_KK:
      g_value_set_string (value, self->organization_kk);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tg_member_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  TgMember *self = TG_MEMBER (object);

  switch (prop_id)
    {
    case PROP_ROLE:
      tg_member_set_role (self, g_value_get_enum (value));
      break;

    case PROP_FULL_NAME:
      tg_member_set_full_name (self, g_value_get_string (value));
      break;

    case PROP_POSITION:
      tg_member_set_position (self, g_value_get_string (value));
      break;

    case PROP_ORGANIZATION:
      tg_member_set_organization (self, g_value_get_string (value));
      break;

    case PROP_POSITION_KK:
      tg_member_set_position_kk (self, g_value_get_string (value));
      break;

    case PROP_ORGANIZATION_KK:
      tg_member_set_organization_kk (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tg_member_class_init (TgMemberClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tg_member_finalize;
  object_class->get_property = tg_member_get_property;
  object_class->set_property = tg_member_set_property;

  properties [PROP_ROLE] =
    g_param_spec_enum ("role", NULL, "Role in the commission",
                       TG_TYPE_ROLE, TG_ROLE_MEMBER,
                       (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_FULL_NAME] =
    g_param_spec_string ("full-name", NULL, "Full name",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_POSITION] =
    g_param_spec_string ("position", NULL, "Position",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_ORGANIZATION] =
    g_param_spec_string ("organization", NULL, "Organization",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_POSITION_KK] =
    g_param_spec_string ("position-kk", NULL, "Position in Kazakh",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_ORGANIZATION_KK] =
    g_param_spec_string ("organization-kk", NULL, "Organization in Kazakh",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tg_member_init (TgMember *self)
{
  self->role = TG_ROLE_MEMBER;
}

TgMember *
tg_member_new (void)
{
  return g_object_new (TG_TYPE_MEMBER, NULL);
}

TgRole
tg_member_get_role (TgMember *self)
{
  g_return_val_if_fail (TG_IS_MEMBER (self), 0);

  return self->role;
}

void
tg_member_set_role (TgMember *self,
                    TgRole role)
{
  g_return_if_fail (TG_IS_MEMBER (self));

  if (self->role == role)
    return;
  self->role = role;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ROLE]);
}

const char *
tg_member_get_full_name (TgMember *self)
{
  g_return_val_if_fail (TG_IS_MEMBER (self), NULL);

  return self->full_name;
}

void
tg_member_set_full_name (TgMember   *self,
                         const char *full_name)
{
  g_return_if_fail (TG_IS_MEMBER (self));

  if (g_strcmp0 (self->full_name, full_name) == 0)
    return;
  g_free (self->full_name);
  self->full_name = g_strdup (full_name);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FULL_NAME]);
}

const char *
tg_member_get_position (TgMember *self)
{
  g_return_val_if_fail (TG_IS_MEMBER (self), NULL);

  return self->position;
}

void
tg_member_set_position (TgMember   *self,
                        const char *position)
{
  g_return_if_fail (TG_IS_MEMBER (self));

  if (g_strcmp0 (self->position, position) == 0)
    return;
  g_free (self->position);
  self->position = g_strdup (position);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_POSITION]);
}

const char *
tg_member_get_organization (TgMember *self)
{
  g_return_val_if_fail (TG_IS_MEMBER (self), NULL);

  return self->organization;
}

void
tg_member_set_organization (TgMember   *self,
                            const char *organization)
{
  g_return_if_fail (TG_IS_MEMBER (self));

  if (g_strcmp0 (self->organization, organization) == 0)
    return;
  g_free (self->organization);
  self->organization = g_strdup (organization);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ORGANIZATION]);
}

const char *
tg_member_get_position_kk (TgMember *self)
{
  g_return_val_if_fail (TG_IS_MEMBER (self), NULL);

  return self->position_kk;
}

void
tg_member_set_position_kk (TgMember *self,
                           const char *position_kk)
{
  g_return_if_fail (TG_IS_MEMBER (self));

  if (g_strcmp0 (self->position_kk, position_kk) == 0)
    return;
  g_free (self->position_kk);
  self->position_kk = g_strdup (position_kk);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_POSITION_KK]);
}

const char *
tg_member_get_organization_kk (TgMember *self)
{
  g_return_val_if_fail (TG_IS_MEMBER (self), NULL);

  return self->organization_kk;
}

void
tg_member_set_organization_kk (TgMember *self,
                               const char *organization_kk)
{
  g_return_if_fail (TG_IS_MEMBER (self));

  if (g_strcmp0 (self->organization_kk, organization_kk) == 0)
    return;
  g_free (self->organization_kk);
  self->organization_kk = g_strdup (organization_kk);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ORGANIZATION_KK]);
}
