/* tg-case-document.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-model"

#include "config.h"

#include "tg-case-document.h"

struct _TgCaseDocument
{
  GObject parent_instance;

  char *id;
  char *title;
  char *file_name;
  char *media_type;
  char *sha256;
  GBytes *content;
  gint64 size;
  TgContentSpool *spool;
  goffset spool_offset;
};

G_DEFINE_FINAL_TYPE (TgCaseDocument, tg_case_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_FILE_NAME,
  PROP_MEDIA_TYPE,
  PROP_SHA256,
  PROP_CONTENT,
  PROP_SIZE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
tg_case_document_finalize (GObject *object)
{
  TgCaseDocument *self = (TgCaseDocument *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->file_name, g_free);
  g_clear_pointer (&self->media_type, g_free);
  g_clear_pointer (&self->sha256, g_free);
  g_clear_pointer (&self->content, g_bytes_unref);
  g_clear_pointer (&self->spool, tg_content_spool_unref);

  G_OBJECT_CLASS (tg_case_document_parent_class)->finalize (object);
}

static void
tg_case_document_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  TgCaseDocument *self = TG_CASE_DOCUMENT(object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_FILE_NAME:
      g_value_set_string (value, self->file_name);
      break;

    case PROP_MEDIA_TYPE:
      g_value_set_string (value, self->media_type);
      break;

    case PROP_SHA256:
      g_value_set_string (value, self->sha256);
      break;

    case PROP_CONTENT:
      g_value_set_boxed (value, self->content);
      break;

    case PROP_SIZE:
      g_value_set_int64 (value, self->size);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tg_case_document_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  TgCaseDocument *self = TG_CASE_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      tg_case_document_set_id (self, g_value_get_string (value));
      break;

    case PROP_TITLE:
      tg_case_document_set_title (self, g_value_get_string (value));
      break;

    case PROP_FILE_NAME:
      tg_case_document_set_file_name (self, g_value_get_string (value));
      break;

    case PROP_MEDIA_TYPE:
      tg_case_document_set_media_type (self, g_value_get_string (value));
      break;

    case PROP_SHA256:
      tg_case_document_set_sha256 (self, g_value_get_string (value));
      break;

    case PROP_CONTENT:
      tg_case_document_set_content (self, g_value_get_boxed (value));
      break;

    case PROP_SIZE:
      tg_case_document_set_size (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tg_case_document_class_init (TgCaseDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tg_case_document_finalize;
  object_class->get_property = tg_case_document_get_property;
  object_class->set_property = tg_case_document_set_property;

  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, "Identifier unique within the case",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_TITLE] =
    g_param_spec_string ("title", NULL, "Title",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_FILE_NAME] =
    g_param_spec_string ("file-name", NULL, "File name",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_MEDIA_TYPE] =
    g_param_spec_string ("media-type", NULL, "Media type",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_SHA256] =
    g_param_spec_string ("sha256", NULL, "SHA-256 of the content, lower-case hex",
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_CONTENT] =
    g_param_spec_boxed ("content", NULL, "Content (may be unloaded)",
                        G_TYPE_BYTES,
                        (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_SIZE] =
    g_param_spec_int64 ("size", NULL, "Size in bytes",
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tg_case_document_init (TgCaseDocument *self)
{
}

TgCaseDocument *
tg_case_document_new (void)
{
  return g_object_new (TG_TYPE_CASE_DOCUMENT, NULL);
}

const char *
tg_case_document_get_id (TgCaseDocument *self)
{
  g_return_val_if_fail (TG_IS_CASE_DOCUMENT (self), NULL);

  return self->id;
}

void
tg_case_document_set_id (TgCaseDocument   *self,
                         const char *id)
{
  g_return_if_fail (TG_IS_CASE_DOCUMENT (self));

  if (g_strcmp0 (self->id, id) == 0)
    return;
  g_free (self->id);
  self->id = g_strdup (id);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ID]);
}

const char *
tg_case_document_get_title (TgCaseDocument *self)
{
  g_return_val_if_fail (TG_IS_CASE_DOCUMENT (self), NULL);

  return self->title;
}

void
tg_case_document_set_title (TgCaseDocument   *self,
                            const char *title)
{
  g_return_if_fail (TG_IS_CASE_DOCUMENT (self));

  if (g_strcmp0 (self->title, title) == 0)
    return;
  g_free (self->title);
  self->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TITLE]);
}

const char *
tg_case_document_get_file_name (TgCaseDocument *self)
{
  g_return_val_if_fail (TG_IS_CASE_DOCUMENT (self), NULL);

  return self->file_name;
}

void
tg_case_document_set_file_name (TgCaseDocument   *self,
                                const char *file_name)
{
  g_return_if_fail (TG_IS_CASE_DOCUMENT (self));

  if (g_strcmp0 (self->file_name, file_name) == 0)
    return;
  g_free (self->file_name);
  self->file_name = g_strdup (file_name);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FILE_NAME]);
}

const char *
tg_case_document_get_media_type (TgCaseDocument *self)
{
  g_return_val_if_fail (TG_IS_CASE_DOCUMENT (self), NULL);

  return self->media_type;
}

void
tg_case_document_set_media_type (TgCaseDocument   *self,
                                 const char *media_type)
{
  g_return_if_fail (TG_IS_CASE_DOCUMENT (self));

  if (g_strcmp0 (self->media_type, media_type) == 0)
    return;
  g_free (self->media_type);
  self->media_type = g_strdup (media_type);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MEDIA_TYPE]);
}

const char *
tg_case_document_get_sha256 (TgCaseDocument *self)
{
  g_return_val_if_fail (TG_IS_CASE_DOCUMENT (self), NULL);

  return self->sha256;
}

void
tg_case_document_set_sha256 (TgCaseDocument   *self,
                             const char *sha256)
{
  g_return_if_fail (TG_IS_CASE_DOCUMENT (self));

  if (g_strcmp0 (self->sha256, sha256) == 0)
    return;
  g_free (self->sha256);
  self->sha256 = g_strdup (sha256);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SHA256]);
}

GBytes *
tg_case_document_get_content (TgCaseDocument *self)
{
  g_return_val_if_fail (TG_IS_CASE_DOCUMENT (self), NULL);

  return self->content;
}

void
tg_case_document_set_content (TgCaseDocument *self,
                              GBytes *content)
{
  g_return_if_fail (TG_IS_CASE_DOCUMENT (self));

  if (self->content == content)
    return;
  g_clear_pointer (&self->content, g_bytes_unref);
  g_clear_pointer (&self->spool, tg_content_spool_unref);
  self->content = content != NULL ? g_bytes_ref (content) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CONTENT]);
}

gint64
tg_case_document_get_size (TgCaseDocument *self)
{
  g_return_val_if_fail (TG_IS_CASE_DOCUMENT (self), 0);

  return self->size;
}

void
tg_case_document_set_size (TgCaseDocument *self,
                           gint64 size)
{
  g_return_if_fail (TG_IS_CASE_DOCUMENT (self));

  if (self->size == size)
    return;
  self->size = size;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SIZE]);
}

void
tg_case_document_set_spooled (TgCaseDocument *self,
                              TgContentSpool *spool,
                              goffset         offset)
{
  g_return_if_fail (TG_IS_CASE_DOCUMENT (self));

  if (spool != NULL)
    tg_content_spool_ref (spool);
  g_clear_pointer (&self->spool, tg_content_spool_unref);
  self->spool = spool;
  self->spool_offset = offset;
  if (spool != NULL && self->content != NULL)
    {
      g_clear_pointer (&self->content, g_bytes_unref);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CONTENT]);
    }
}

TgContentSpool *
tg_case_document_get_spooled (TgCaseDocument *self,
                              goffset        *offset)
{
  g_return_val_if_fail (TG_IS_CASE_DOCUMENT (self), NULL);

  if (offset != NULL)
    *offset = self->spool_offset;
  return self->spool;
}
