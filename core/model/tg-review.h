/* tg-review.h — the Committee's review of a local investigation
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Committee controls the objectivity of the investigations local
 * labour inspection bodies conduct (Regulation of 2014, para. 14,
 * domain.md §1, function 3). A review is a record beside the case: it is
 * never changed; a later review supersedes it.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  TG_REVIEW_SOUND,            /* the conclusion is sound */
  TG_REVIEW_DEFICIENCIES,     /* deficiencies, the conclusion stands */
  TG_REVIEW_REINVESTIGATION,  /* re-investigation required: the case goes back */
} TgReviewConclusion;

GType       tg_review_conclusion_get_type  (void) G_GNUC_CONST;
#define TG_TYPE_REVIEW_CONCLUSION (tg_review_conclusion_get_type ())
const char *tg_review_conclusion_label     (TgReviewConclusion conclusion);

#define TG_TYPE_REVIEW (tg_review_get_type ())
G_DECLARE_FINAL_TYPE (TgReview, tg_review, TG, REVIEW, GObject)

TgReview           *tg_review_new              (void);
const char         *tg_review_get_id           (TgReview           *self);
void                tg_review_set_id           (TgReview           *self,
                                                const char         *id);
/* YYYY-MM-DD */
const char         *tg_review_get_reviewed_on  (TgReview           *self);
void                tg_review_set_reviewed_on  (TgReview           *self,
                                                const char         *reviewed_on);
const char         *tg_review_get_reviewer     (TgReview           *self);
void                tg_review_set_reviewer     (TgReview           *self,
                                                const char         *reviewer);
TgReviewConclusion  tg_review_get_conclusion   (TgReview           *self);
void                tg_review_set_conclusion   (TgReview           *self,
                                                TgReviewConclusion  conclusion);
const char         *tg_review_get_reasoning    (TgReview           *self);
void                tg_review_set_reasoning    (TgReview           *self,
                                                const char         *reasoning);
/* The act reviewed (the case's act number at the time), or NULL. */
const char         *tg_review_get_act_number   (TgReview           *self);
void                tg_review_set_act_number   (TgReview           *self,
                                                const char         *act_number);

G_END_DECLS
