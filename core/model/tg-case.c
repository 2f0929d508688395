/* tg-case.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-model"

#include "config.h"

#include "tg-case.h"
#include "tg-victim.h"
#include "tg-dispute.h"
#include "tg-info-request.h"
#include "tg-case-document.h"
#include "tg-history-entry.h"

struct _TgCase
{
  GObject parent_instance;

  char *id;
  char *number;
  char *region;
  gint64 revision;
  TgState state;
  gboolean deleted;
  char *registered_at;
  TgEmployer *employer;
  char *occurred;
  char *reported;
  char *place;
  char *place_kk;
  char *circumstances;
  gboolean hazardous_facility;
  gboolean group_poisoning;
  GListStore *victims;
  TgInvestigation *investigation;
  GListStore *disputes;
  GListStore *requests;
  GListStore *documents;
  GListStore *history;
};

G_DEFINE_FINAL_TYPE (TgCase, tg_case, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NUMBER,
  PROP_REGION,
  PROP_REVISION,
  PROP_STATE,
  PROP_DELETED,
  PROP_REGISTERED_AT,
  PROP_EMPLOYER,
  PROP_OCCURRED,
  PROP_REPORTED,
  PROP_PLACE,
  PROP_PLACE_KK,
  PROP_CIRCUMSTANCES,
  PROP_HAZARDOUS_FACILITY,
  PROP_GROUP_POISONING,
  PROP_VICTIMS,
  PROP_INVESTIGATION,
  PROP_DISPUTES,
  PROP_REQUESTS,
  PROP_DOCUMENTS,
  PROP_HISTORY,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
tg_case_finalize (GObject *object)
{
  TgCase *self = (TgCase *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->number, g_free);
  g_clear_pointer (&self->region, g_free);
  g_clear_pointer (&self->registered_at, g_free);
  g_clear_object (&self->employer);
  g_clear_pointer (&self->occurred, g_free);
  g_clear_pointer (&self->reported, g_free);
  g_clear_pointer (&self->place, g_free);
  g_clear_pointer (&self->circumstances, g_free);
  g_clear_object (&self->victims);
  g_clear_object (&self->investigation);
  g_clear_object (&self->disputes);
  g_clear_object (&self->requests);
  g_clear_object (&self->documents);
  g_clear_object (&self->history);
  g_clear_pointer (&self->place_kk, g_free);

  G_OBJECT_CLASS (tg_case_parent_class)->finalize (object);
}

static void
tg_case_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  TgCase *self = TG_CASE(object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NUMBER:
      g_value_set_string (value, self->number);
      break;

    case PROP_REGION:
      g_value_set_string (value, self->region);
      break;

    case PROP_REVISION:
      g_value_set_int64 (value, self->revision);
      break;

    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;

    case PROP_DELETED:
      g_value_set_boolean (value, self->deleted);
      break;

    case PROP_REGISTERED_AT:
      g_value_set_string (value, self->registered_at);
      break;

    case PROP_EMPLOYER:
      g_value_set_object (value, self->employer);
      break;

    case PROP_OCCURRED:
      g_value_set_string (value, self->occurred);
      break;

    case PROP_REPORTED:
      g_value_set_string (value, self->reported);
      break;

    case PROP_PLACE:
      g_value_set_string (value, self->place);
      break;

    case PROP_PLACE_KK:
      g_value_set_string (value, self->place_kk);
      break;

    case PROP_CIRCUMSTANCES:
      g_value_set_string (value, self->circumstances);
      break;

    case PROP_HAZARDOUS_FACILITY:
      g_value_set_boolean (value, self->hazardous_facility);
      break;

    case PROP_GROUP_POISONING:
      g_value_set_boolean (value, self->group_poisoning);
      break;

    case PROP_VICTIMS:
      g_value_set_object (value, self->victims);
      break;

    case PROP_INVESTIGATION:
      g_value_set_object (value, self->investigation);
      break;

    case PROP_DISPUTES:
      g_value_set_object (value, self->disputes);
      break;

    case PROP_REQUESTS:
      g_value_set_object (value, self->requests);
      break;

    case PROP_DOCUMENTS:
      g_value_set_object (value, self->documents);
      break;

    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tg_case_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  TgCase *self = TG_CASE (object);

  switch (prop_id)
    {
    case PROP_ID:
      tg_case_set_id (self, g_value_get_string (value));
      break;

    case PROP_NUMBER:
      tg_case_set_number (self, g_value_get_string (value));
      break;

    case PROP_REGION:
      tg_case_set_region (self, g_value_get_string (value));
      break;

    case PROP_REVISION:
      tg_case_set_revision (self, g_value_get_int64 (value));
      break;

    case PROP_STATE:
      tg_case_set_state (self, g_value_get_enum (value));
      break;

    case PROP_DELETED:
      tg_case_set_deleted (self, g_value_get_boolean (value));
      break;

    case PROP_REGISTERED_AT:
      tg_case_set_registered_at (self, g_value_get_string (value));
      break;

    case PROP_EMPLOYER:
      tg_case_set_employer (self, g_value_get_object (value));
      break;

    case PROP_OCCURRED:
      tg_case_set_occurred (self, g_value_get_string (value));
      break;

    case PROP_REPORTED:
      tg_case_set_reported (self, g_value_get_string (value));
      break;

    case PROP_PLACE:
      tg_case_set_place (self, g_value_get_string (value));
      break;

    case PROP_PLACE_KK:
      tg_case_set_place_kk (self, g_value_get_string (value));
      break;

    case PROP_CIRCUMSTANCES:
      tg_case_set_circumstances (self, g_value_get_string (value));
      break;

    case PROP_HAZARDOUS_FACILITY:
      tg_case_set_hazardous_facility (self, g_value_get_boolean (value));
      break;

    case PROP_GROUP_POISONING:
      tg_case_set_group_poisoning (self, g_value_get_boolean (value));
      break;

    case PROP_INVESTIGATION:
      tg_case_set_investigation (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tg_case_class_init (TgCaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tg_case_finalize;
  object_class->get_property = tg_case_get_property;
  object_class->set_property = tg_case_set_property;

  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, "UUID, stable across systems",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_NUMBER] =
    g_param_spec_string ("number", NULL, "Registration number RR-YYYY-NNNNN",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_REGION] =
    g_param_spec_string ("region", NULL, "Territorial unit code",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_REVISION] =
    g_param_spec_int64 ("revision", NULL, "Revision, +1 on every local change",
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_STATE] =
    g_param_spec_enum ("state", NULL, "State",
                       TG_TYPE_STATE, TG_STATE_REGISTERED,
                       (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_DELETED] =
    g_param_spec_boolean ("deleted", NULL, "Whether the case has been removed (soft, logged)",
                          FALSE,
                          (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_REGISTERED_AT] =
    g_param_spec_string ("registered-at", NULL, "When the Committee registered the case",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_EMPLOYER] =
    g_param_spec_object ("employer", NULL, "The employer",
                         TG_TYPE_EMPLOYER,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_OCCURRED] =
    g_param_spec_string ("occurred", NULL, "When the accident occurred, ISO 8601 with offset",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_REPORTED] =
    g_param_spec_string ("reported", NULL, "When it was reported to the inspectorate",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_PLACE] =
    g_param_spec_string ("place", NULL, "Place",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_PLACE_KK] =
    g_param_spec_string ("place-kk", NULL, "Place in Kazakh",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_CIRCUMSTANCES] =
    g_param_spec_string ("circumstances", NULL, "Circumstances",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_HAZARDOUS_FACILITY] =
    g_param_spec_boolean ("hazardous-facility", NULL, "At a hazardous production facility",
                          FALSE,
                          (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_GROUP_POISONING] =
    g_param_spec_boolean ("group-poisoning", NULL, "Acute group poisoning",
                          FALSE,
                          (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_VICTIMS] =
    g_param_spec_object ("victims", NULL, "Victims (TgVictim)",
                         G_TYPE_LIST_STORE,
                         (G_PARAM_READABLE |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_INVESTIGATION] =
    g_param_spec_object ("investigation", NULL, "The investigation",
                         TG_TYPE_INVESTIGATION,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_DISPUTES] =
    g_param_spec_object ("disputes", NULL, "Disputes (TgDispute)",
                         G_TYPE_LIST_STORE,
                         (G_PARAM_READABLE |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_REQUESTS] =
    g_param_spec_object ("requests", NULL, "Information requests (TgInfoRequest)",
                         G_TYPE_LIST_STORE,
                         (G_PARAM_READABLE |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_DOCUMENTS] =
    g_param_spec_object ("documents", NULL, "Documents (TgCaseDocument)",
                         G_TYPE_LIST_STORE,
                         (G_PARAM_READABLE |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_HISTORY] =
    g_param_spec_object ("history", NULL, "History (TgHistoryEntry), oldest first",
                         G_TYPE_LIST_STORE,
                         (G_PARAM_READABLE |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tg_case_init (TgCase *self)
{
  self->state = TG_STATE_REGISTERED;
  self->deleted = FALSE;
  self->hazardous_facility = FALSE;
  self->group_poisoning = FALSE;
  self->victims = g_list_store_new (TG_TYPE_VICTIM);
  self->disputes = g_list_store_new (TG_TYPE_DISPUTE);
  self->requests = g_list_store_new (TG_TYPE_INFO_REQUEST);
  self->documents = g_list_store_new (TG_TYPE_CASE_DOCUMENT);
  self->history = g_list_store_new (TG_TYPE_HISTORY_ENTRY);
  /* A case always has an employer and an investigation record, so that
   * the UI can bind to them before anything is filled in. */
  self->employer = tg_employer_new ();
  self->investigation = tg_investigation_new ();
}

TgCase *
tg_case_new (void)
{
  return g_object_new (TG_TYPE_CASE, NULL);
}

const char *
tg_case_get_id (TgCase *self)
{
  g_return_val_if_fail (TG_IS_CASE (self), NULL);

  return self->id;
}

void
tg_case_set_id (TgCase   *self,
                const char *id)
{
  g_return_if_fail (TG_IS_CASE (self));

  if (g_strcmp0 (self->id, id) == 0)
    return;
  g_free (self->id);
  self->id = g_strdup (id);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ID]);
}

const char *
tg_case_get_number (TgCase *self)
{
  g_return_val_if_fail (TG_IS_CASE (self), NULL);

  return self->number;
}

void
tg_case_set_number (TgCase   *self,
                    const char *number)
{
  g_return_if_fail (TG_IS_CASE (self));

  if (g_strcmp0 (self->number, number) == 0)
    return;
  g_free (self->number);
  self->number = g_strdup (number);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NUMBER]);
}

const char *
tg_case_get_region (TgCase *self)
{
  g_return_val_if_fail (TG_IS_CASE (self), NULL);

  return self->region;
}

void
tg_case_set_region (TgCase   *self,
                    const char *region)
{
  g_return_if_fail (TG_IS_CASE (self));

  if (g_strcmp0 (self->region, region) == 0)
    return;
  g_free (self->region);
  self->region = g_strdup (region);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_REGION]);
}

gint64
tg_case_get_revision (TgCase *self)
{
  g_return_val_if_fail (TG_IS_CASE (self), 0);

  return self->revision;
}

void
tg_case_set_revision (TgCase *self,
                      gint64 revision)
{
  g_return_if_fail (TG_IS_CASE (self));

  if (self->revision == revision)
    return;
  self->revision = revision;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_REVISION]);
}

TgState
tg_case_get_state (TgCase *self)
{
  g_return_val_if_fail (TG_IS_CASE (self), 0);

  return self->state;
}

void
tg_case_set_state (TgCase *self,
                   TgState state)
{
  g_return_if_fail (TG_IS_CASE (self));

  if (self->state == state)
    return;
  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STATE]);
}

gboolean
tg_case_get_deleted (TgCase *self)
{
  g_return_val_if_fail (TG_IS_CASE (self), FALSE);

  return self->deleted;
}

void
tg_case_set_deleted (TgCase *self,
                     gboolean deleted)
{
  g_return_if_fail (TG_IS_CASE (self));

  if (self->deleted == !!deleted)
    return;
  self->deleted = !!deleted;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DELETED]);
}

const char *
tg_case_get_registered_at (TgCase *self)
{
  g_return_val_if_fail (TG_IS_CASE (self), NULL);

  return self->registered_at;
}

void
tg_case_set_registered_at (TgCase   *self,
                           const char *registered_at)
{
  g_return_if_fail (TG_IS_CASE (self));

  if (g_strcmp0 (self->registered_at, registered_at) == 0)
    return;
  g_free (self->registered_at);
  self->registered_at = g_strdup (registered_at);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_REGISTERED_AT]);
}

TgEmployer *
tg_case_get_employer (TgCase *self)
{
  g_return_val_if_fail (TG_IS_CASE (self), NULL);

  return self->employer;
}

void
tg_case_set_employer (TgCase *self,
                      TgEmployer *employer)
{
  g_return_if_fail (TG_IS_CASE (self));

  if (g_set_object (&self->employer, employer))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_EMPLOYER]);
}

const char *
tg_case_get_occurred (TgCase *self)
{
  g_return_val_if_fail (TG_IS_CASE (self), NULL);

  return self->occurred;
}

void
tg_case_set_occurred (TgCase   *self,
                      const char *occurred)
{
  g_return_if_fail (TG_IS_CASE (self));

  if (g_strcmp0 (self->occurred, occurred) == 0)
    return;
  g_free (self->occurred);
  self->occurred = g_strdup (occurred);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_OCCURRED]);
}

const char *
tg_case_get_reported (TgCase *self)
{
  g_return_val_if_fail (TG_IS_CASE (self), NULL);

  return self->reported;
}

void
tg_case_set_reported (TgCase   *self,
                      const char *reported)
{
  g_return_if_fail (TG_IS_CASE (self));

  if (g_strcmp0 (self->reported, reported) == 0)
    return;
  g_free (self->reported);
  self->reported = g_strdup (reported);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_REPORTED]);
}

const char *
tg_case_get_place (TgCase *self)
{
  g_return_val_if_fail (TG_IS_CASE (self), NULL);

  return self->place;
}

void
tg_case_set_place (TgCase   *self,
                   const char *place)
{
  g_return_if_fail (TG_IS_CASE (self));

  if (g_strcmp0 (self->place, place) == 0)
    return;
  g_free (self->place);
  self->place = g_strdup (place);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PLACE]);
}

const char *
tg_case_get_place_kk (TgCase *self)
{
  g_return_val_if_fail (TG_IS_CASE (self), NULL);

  return self->place_kk;
}

void
tg_case_set_place_kk (TgCase *self,
                      const char *place_kk)
{
  g_return_if_fail (TG_IS_CASE (self));

  if (g_strcmp0 (self->place_kk, place_kk) == 0)
    return;
  g_free (self->place_kk);
  self->place_kk = g_strdup (place_kk);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PLACE_KK]);
}

const char *
tg_case_get_circumstances (TgCase *self)
{
  g_return_val_if_fail (TG_IS_CASE (self), NULL);

  return self->circumstances;
}

void
tg_case_set_circumstances (TgCase   *self,
                           const char *circumstances)
{
  g_return_if_fail (TG_IS_CASE (self));

  if (g_strcmp0 (self->circumstances, circumstances) == 0)
    return;
  g_free (self->circumstances);
  self->circumstances = g_strdup (circumstances);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CIRCUMSTANCES]);
}

gboolean
tg_case_get_hazardous_facility (TgCase *self)
{
  g_return_val_if_fail (TG_IS_CASE (self), FALSE);

  return self->hazardous_facility;
}

void
tg_case_set_hazardous_facility (TgCase *self,
                                gboolean hazardous_facility)
{
  g_return_if_fail (TG_IS_CASE (self));

  if (self->hazardous_facility == !!hazardous_facility)
    return;
  self->hazardous_facility = !!hazardous_facility;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_HAZARDOUS_FACILITY]);
}

gboolean
tg_case_get_group_poisoning (TgCase *self)
{
  g_return_val_if_fail (TG_IS_CASE (self), FALSE);

  return self->group_poisoning;
}

void
tg_case_set_group_poisoning (TgCase *self,
                             gboolean group_poisoning)
{
  g_return_if_fail (TG_IS_CASE (self));

  if (self->group_poisoning == !!group_poisoning)
    return;
  self->group_poisoning = !!group_poisoning;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_GROUP_POISONING]);
}

GListStore *
tg_case_get_victims (TgCase *self)
{
  g_return_val_if_fail (TG_IS_CASE (self), NULL);

  return self->victims;
}

TgInvestigation *
tg_case_get_investigation (TgCase *self)
{
  g_return_val_if_fail (TG_IS_CASE (self), NULL);

  return self->investigation;
}

void
tg_case_set_investigation (TgCase *self,
                           TgInvestigation *investigation)
{
  g_return_if_fail (TG_IS_CASE (self));

  if (g_set_object (&self->investigation, investigation))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_INVESTIGATION]);
}

GListStore *
tg_case_get_disputes (TgCase *self)
{
  g_return_val_if_fail (TG_IS_CASE (self), NULL);

  return self->disputes;
}

GListStore *
tg_case_get_requests (TgCase *self)
{
  g_return_val_if_fail (TG_IS_CASE (self), NULL);

  return self->requests;
}

GListStore *
tg_case_get_documents (TgCase *self)
{
  g_return_val_if_fail (TG_IS_CASE (self), NULL);

  return self->documents;
}

GListStore *
tg_case_get_history (TgCase *self)
{
  g_return_val_if_fail (TG_IS_CASE (self), NULL);

  return self->history;
}
