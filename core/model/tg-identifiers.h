/* tg-identifiers.h — IIN and BIN (domain.md §5)
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "tg-enums.h"

G_BEGIN_DECLS

#define TG_ID_ERROR (tg_id_error_quark ())

typedef enum
{
  TG_ID_ERROR_FORMAT,       /* not exactly twelve ASCII digits */
  TG_ID_ERROR_CHECK_DIGIT,  /* the control digit does not match */
  TG_ID_ERROR_DATE,         /* the date part is not a real date */
  TG_ID_ERROR_CENTURY,      /* IIN digit 7 is not 1–6 */
  TG_ID_ERROR_BIRTH_DATE,   /* IIN date differs from the victim's birth date */
  TG_ID_ERROR_SEX,          /* IIN digit 7 disagrees with the victim's sex */
} TgIdError;

GQuark   tg_id_error_quark         (void);

/* The control digit of the first eleven digits of @digits, or -1 when the
 * number can have none (both weightings give 10). */
int      tg_id_control_digit       (const char *digits);

/* Twelve digits and a matching control digit, a real birth date and a
 * century/sex digit 1–6. */
gboolean tg_iin_validate           (const char  *iin,
                                    GError     **error);
/* Twelve digits, a matching control digit, a month 01–12. */
gboolean tg_bin_validate           (const char  *bin,
                                    GError     **error);

/* The birth date and sex encoded in a valid @iin. */
gboolean tg_iin_decode             (const char  *iin,
                                    GDate       *birth_date,
                                    TgSex       *sex);

/* Checks @iin and that it agrees with @birth_date ("YYYY-MM-DD"; NULL or ""
 * when not recorded) and @sex. */
gboolean tg_iin_matches_person     (const char  *iin,
                                    const char  *birth_date,
                                    TgSex        sex,
                                    GError     **error);

/* Builds a valid IIN for a person, with @serial (0–9999) as digits 8–11;
 * returns NULL when that serial has no control digit (try the next). */
char    *tg_iin_compose            (const GDate *birth_date,
                                    TgSex        sex,
                                    guint        serial);
/* Builds a valid BIN registered in @year/@month, kind digit @kind (4 = legal
 * entity), serial 0–999999 as digits 6–11; NULL as above. */
char    *tg_bin_compose            (guint        year,
                                    guint        month,
                                    guint        kind,
                                    guint        serial);

G_END_DECLS
