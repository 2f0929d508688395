/* tg-identifiers.c — IIN and BIN (domain.md §5)
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both numbers are twelve digits whose last digit is a control digit over
 * the first eleven.  An IIN starts with the birth date (YYMMDD) followed by a
 * digit for the century and sex; a BIN starts with the year and month of
 * registration followed by the kind of entity.
 */
#define G_LOG_DOMAIN "tg-identifiers"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "tg-dates.h"
#include "tg-identifiers.h"

#define TG_ID_LENGTH 12

G_DEFINE_QUARK (tg-id-error-quark, tg_id_error)

typedef enum
{
  ID_IIN,
  ID_BIN,
} IdKind;

/* The two weightings of the control digit (domain.md §5): the second is
 * used when the first gives 10; when both give 10 the number is invalid. */
static const guint8 first_weights[TG_ID_LENGTH - 1] = {
  1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
};
static const guint8 second_weights[TG_ID_LENGTH - 1] = {
  3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2,
};

/* IIN digit 7: odd is male, even female; 1–2 the 1800s, 3–4 the 1900s,
 * 5–6 the 2000s. */
#define IIN_FIRST_CENTURY 1800
#define IIN_LAST_YEAR     2099

static gboolean
has_digits (const char *s,
            gsize       n)
{
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isdigit (s[i]))
      return FALSE;
  return TRUE;
}

static guint
digits_value (const char *s,
              gsize       n)
{
  guint value = 0;

  for (gsize i = 0; i < n; i++)
    value = value * 10 + (guint) (s[i] - '0');
  return value;
}

static guint
weighted_sum_mod_11 (const char    *digits,
                     const guint8  *weights)
{
  guint sum = 0;

  for (gsize i = 0; i < TG_ID_LENGTH - 1; i++)
    sum += weights[i] * (guint) (digits[i] - '0');
  return sum % 11;
}

int
tg_id_control_digit (const char *digits)
{
  guint control;

  g_return_val_if_fail (digits != NULL, -1);
  g_return_val_if_fail (strnlen (digits, TG_ID_LENGTH - 1) == TG_ID_LENGTH - 1, -1);
  g_return_val_if_fail (has_digits (digits, TG_ID_LENGTH - 1), -1);

  control = weighted_sum_mod_11 (digits, first_weights);
  if (control == 10)
    control = weighted_sum_mod_11 (digits, second_weights);
  return control == 10 ? -1 : (int) control;
}

static gboolean
check_format (const char  *number,
              IdKind       kind,
              GError     **error)
{
  g_autofree char *shown = NULL;

  if (strlen (number) == TG_ID_LENGTH && has_digits (number, TG_ID_LENGTH))
    return TRUE;

  shown = g_utf8_make_valid (number, -1);
  if (kind == ID_IIN)
    g_set_error (error, TG_ID_ERROR, TG_ID_ERROR_FORMAT,
                 _("IIN must be 12 digits, got “%s”"), shown);
  else
    g_set_error (error, TG_ID_ERROR, TG_ID_ERROR_FORMAT,
                 _("BIN must be 12 digits, got “%s”"), shown);
  return FALSE;
}

/* @number has twelve digits. */
static gboolean
check_control_digit (const char  *number,
                     IdKind       kind,
                     GError     **error)
{
  int control = tg_id_control_digit (number);

  if (control >= 0 && control == number[TG_ID_LENGTH - 1] - '0')
    return TRUE;

  if (kind == ID_IIN)
    g_set_error (error, TG_ID_ERROR, TG_ID_ERROR_CHECK_DIGIT,
                 _("IIN %s fails the check digit; compare it digit by digit "
                   "with the identity document"), number);
  else
    g_set_error (error, TG_ID_ERROR, TG_ID_ERROR_CHECK_DIGIT,
                 _("BIN %s fails the check digit; compare it digit by digit "
                   "with the registration certificate"), number);
  return FALSE;
}

/* The birth year of an IIN from digits 1–2 and 7, or 0 when digit 7 is not
 * a century digit. */
static guint
iin_year (const char *iin)
{
  guint century_sex = (guint) (iin[6] - '0');

  if (century_sex < 1 || century_sex > 6)
    return 0;
  return IIN_FIRST_CENTURY + 100 * ((century_sex - 1) / 2) + digits_value (iin, 2);
}

static gboolean
check_iin_date (const char  *iin,
                GError     **error)
{
  guint year = iin_year (iin);

  if (year == 0)
    {
      g_set_error (error, TG_ID_ERROR, TG_ID_ERROR_CENTURY,
                   _("IIN %s has %c as its seventh digit, which must be 1 to 6 "
                     "(century of birth and sex)"), iin, iin[6]);
      return FALSE;
    }
  if (!g_date_valid_dmy ((GDateDay) digits_value (iin + 4, 2),
                         (GDateMonth) digits_value (iin + 2, 2),
                         (GDateYear) year))
    {
      g_set_error (error, TG_ID_ERROR, TG_ID_ERROR_DATE,
                   _("IIN %s starts with %.6s, which is not a birth date "
                     "(YYMMDD)"), iin, iin);
      return FALSE;
    }
  return TRUE;
}

gboolean
tg_iin_validate (const char  *iin,
                 GError     **error)
{
  g_return_val_if_fail (iin != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return check_format (iin, ID_IIN, error)
         && check_control_digit (iin, ID_IIN, error)
         && check_iin_date (iin, error);
}

gboolean
tg_bin_validate (const char  *bin,
                 GError     **error)
{
  guint month;

  g_return_val_if_fail (bin != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_format (bin, ID_BIN, error)
      || !check_control_digit (bin, ID_BIN, error))
    return FALSE;

  month = digits_value (bin + 2, 2);
  if (month < 1 || month > 12)
    {
      g_set_error (error, TG_ID_ERROR, TG_ID_ERROR_DATE,
                   _("BIN %s has %.2s as its month of registration (digits 3–4), "
                     "which must be 01 to 12"), bin, bin + 2);
      return FALSE;
    }
  return TRUE;
}

gboolean
tg_iin_decode (const char *iin,
               GDate      *birth_date,
               TgSex      *sex)
{
  g_return_val_if_fail (iin != NULL, FALSE);

  if (!tg_iin_validate (iin, NULL))
    return FALSE;

  if (birth_date != NULL)
    {
      g_date_clear (birth_date, 1);
      g_date_set_dmy (birth_date,
                      (GDateDay) digits_value (iin + 4, 2),
                      (GDateMonth) digits_value (iin + 2, 2),
                      (GDateYear) iin_year (iin));
    }
  if (sex != NULL)
    *sex = (iin[6] - '0') % 2 == 1 ? TG_SEX_MALE : TG_SEX_FEMALE;
  return TRUE;
}

static gboolean
check_birth_date (const char   *iin,
                  const GDate  *encoded,
                  const char   *birth_date,
                  GError      **error)
{
  g_autofree char *encoded_text = NULL;
  g_autofree char *shown = NULL;
  GDate recorded;

  if (!tg_date_parse (birth_date, &recorded))
    {
      shown = g_utf8_make_valid (birth_date, -1);
      g_set_error (error, TG_ID_ERROR, TG_ID_ERROR_BIRTH_DATE,
                   _("The victim's birth date “%s” is not a date in the form "
                     "YYYY-MM-DD, so IIN %s cannot be checked against it"),
                   shown, iin);
      return FALSE;
    }
  if (g_date_compare (encoded, &recorded) == 0)
    return TRUE;

  encoded_text = tg_date_format_iso (encoded);
  g_set_error (error, TG_ID_ERROR, TG_ID_ERROR_BIRTH_DATE,
               _("IIN %s gives birth date %s, but the victim's birth date is %s"),
               iin, encoded_text, birth_date);
  return FALSE;
}

static gboolean
check_sex (const char  *iin,
           TgSex        encoded,
           TgSex        recorded,
           GError     **error)
{
  if (encoded == recorded)
    return TRUE;

  if (encoded == TG_SEX_MALE)
    g_set_error (error, TG_ID_ERROR, TG_ID_ERROR_SEX,
                 _("IIN %s gives sex male, but the victim is recorded as female"),
                 iin);
  else
    g_set_error (error, TG_ID_ERROR, TG_ID_ERROR_SEX,
                 _("IIN %s gives sex female, but the victim is recorded as male"),
                 iin);
  return FALSE;
}

/* A NULL or empty @birth_date means "not recorded": only the sex is then
 * compared. */
gboolean
tg_iin_matches_person (const char  *iin,
                       const char  *birth_date,
                       TgSex        sex,
                       GError     **error)
{
  GDate encoded_date;
  TgSex encoded_sex;

  g_return_val_if_fail (iin != NULL, FALSE);
  g_return_val_if_fail (sex == TG_SEX_MALE || sex == TG_SEX_FEMALE, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!tg_iin_validate (iin, error))
    return FALSE;
  tg_iin_decode (iin, &encoded_date, &encoded_sex);

  if (birth_date != NULL && birth_date[0] != '\0'
      && !check_birth_date (iin, &encoded_date, birth_date, error))
    return FALSE;
  return check_sex (iin, encoded_sex, sex, error);
}

/* Appends the control digit to eleven digits; NULL when there is none. */
static char *
complete_number (const char *eleven)
{
  int control = tg_id_control_digit (eleven);

  if (control < 0)
    return NULL;
  return g_strdup_printf ("%s%d", eleven, control);
}

/* Birth years outside 1800–2099 cannot be written in an IIN: NULL. */
char *
tg_iin_compose (const GDate *birth_date,
                TgSex        sex,
                guint        serial)
{
  char eleven[TG_ID_LENGTH];
  guint year, century_sex;
  char *iin;

  g_return_val_if_fail (birth_date != NULL && g_date_valid (birth_date), NULL);
  g_return_val_if_fail (sex == TG_SEX_MALE || sex == TG_SEX_FEMALE, NULL);
  g_return_val_if_fail (serial <= 9999, NULL);

  year = g_date_get_year (birth_date);
  if (year < IIN_FIRST_CENTURY || year > IIN_LAST_YEAR)
    return NULL;

  century_sex = 1 + 2 * ((year - IIN_FIRST_CENTURY) / 100)
                + (sex == TG_SEX_FEMALE ? 1 : 0);
  g_snprintf (eleven, sizeof eleven, "%02u%02u%02u%u%04u",
              year % 100, (guint) g_date_get_month (birth_date),
              (guint) g_date_get_day (birth_date), century_sex, serial);

  iin = complete_number (eleven);
  g_assert (iin == NULL || tg_iin_validate (iin, NULL));
  return iin;
}

char *
tg_bin_compose (guint year,
                guint month,
                guint kind,
                guint serial)
{
  char eleven[TG_ID_LENGTH];
  char *bin;

  g_return_val_if_fail (month >= 1 && month <= 12, NULL);
  g_return_val_if_fail (kind <= 9, NULL);
  g_return_val_if_fail (serial <= 999999, NULL);

  g_snprintf (eleven, sizeof eleven, "%02u%02u%u%06u",
              year % 100, month, kind, serial);

  bin = complete_number (eleven);
  g_assert (bin == NULL || tg_bin_validate (bin, NULL));
  return bin;
}
