/* tg-case-document.h
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tg-content-spool.h"
#include "tg-enums.h"

G_BEGIN_DECLS

/* A document kept with a case, content in the database. */
#define TG_TYPE_CASE_DOCUMENT (tg_case_document_get_type ())
G_DECLARE_FINAL_TYPE (TgCaseDocument, tg_case_document, TG, CASE_DOCUMENT, GObject)

TgCaseDocument *tg_case_document_new (void);
const char *tg_case_document_get_id         (TgCaseDocument *self);
void        tg_case_document_set_id         (TgCaseDocument *self,
                                             const char     *id);
const char *tg_case_document_get_title      (TgCaseDocument *self);
void        tg_case_document_set_title      (TgCaseDocument *self,
                                             const char     *title);
const char *tg_case_document_get_file_name  (TgCaseDocument *self);
void        tg_case_document_set_file_name  (TgCaseDocument *self,
                                             const char     *file_name);
const char *tg_case_document_get_media_type (TgCaseDocument *self);
void        tg_case_document_set_media_type (TgCaseDocument *self,
                                             const char     *media_type);
const char *tg_case_document_get_sha256     (TgCaseDocument *self);
void        tg_case_document_set_sha256     (TgCaseDocument *self,
                                             const char     *sha256);
GBytes     *tg_case_document_get_content    (TgCaseDocument *self);
void        tg_case_document_set_content    (TgCaseDocument *self,
                                             GBytes         *content);
gint64      tg_case_document_get_size       (TgCaseDocument *self);
void        tg_case_document_set_size       (TgCaseDocument *self,
                                             gint64          size);

/* Content that waits in a spool (an import's, tg-content-spool.h) rather
 * than in memory: tg_case_document_get_size bytes from @offset. Not a
 * property: a copy of the document (tg_model_copy) does not share it.
 * Setting content in memory forgets it. */
void        tg_case_document_set_spooled    (TgCaseDocument *self,
                                             TgContentSpool *spool,
                                             goffset         offset);
/* The spool and offset of the content, or NULL. */
TgContentSpool *tg_case_document_get_spooled (TgCaseDocument *self,
                                              goffset        *offset);

G_END_DECLS
