/* tg-requests.h — information requests the Committee sends and follows up
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Committee requests information and documents from local bodies,
 * employers and others (Regulation of 2014, para. 14–15; domain.md §1,
 * function 5). A request is part of the case: it is sent and answered by
 * editing the case's request list and saving it, so the store writes the
 * history and the exchange carries it.
 */
#pragma once

#include "tg-case.h"
#include "tg-info-request.h"
#include "tg-store.h"

G_BEGIN_DECLS

/* The answer is due within 5 working days of sending, unless the letter
 * says otherwise (Committee practice, workflows.md journey 4; no statutory
 * term is known). */
#define TG_REQUEST_WORKING_DAYS 5

#define TG_REQUESTS_ERROR (tg_requests_error_quark ())

typedef enum
{
  TG_REQUESTS_ERROR_INVALID,    /* a text or date is missing or wrong */
  TG_REQUESTS_ERROR_NOT_FOUND,  /* no such request in the case */
  TG_REQUESTS_ERROR_ANSWERED,   /* the request is already answered */
} TgRequestsError;

GQuark tg_requests_error_quark (void);

/**
 * tg_requests_send:
 * @store: the store
 * @kase: the case, as loaded from @store; updated in place
 * @addressee: to whom
 * @subject: what is asked
 * @due: (nullable): YYYY-MM-DD, not before today; %NULL for
 *   %TG_REQUEST_WORKING_DAYS working days from today
 * @blocking: whether the case may not be closed before the answer
 * @error: return location for a #GError
 *
 * Adds a request sent today, with the next free id ("r1", "r2", …), and
 * saves the case.
 *
 * Returns: (transfer none): the new request (owned by @kase), or %NULL
 */
TgInfoRequest *tg_requests_send   (TgStore     *store,
                                   TgCase      *kase,
                                   const char  *addressee,
                                   const char  *subject,
                                   const char  *due,
                                   gboolean     blocking,
                                   GError     **error);
/* The request named @request_id — its id, or its position from 1 for a
 * request without one — or NULL. */
TgInfoRequest *tg_requests_find   (TgCase      *kase,
                                   const char  *request_id);
/* Records the answer (@answered_on: YYYY-MM-DD, not before the request
 * was sent nor after today; NULL for today) and saves the case. */
gboolean       tg_requests_answer (TgStore     *store,
                                   TgCase      *kase,
                                   const char  *request_id,
                                   const char  *answered_on,
                                   const char  *answer,
                                   GError     **error);

G_END_DECLS
