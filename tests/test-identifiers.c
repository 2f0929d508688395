/* test-identifiers.c — IIN and BIN check digits, decoding, composing
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The control digits below were worked out by hand from domain.md §5
 * (weights 1..11, then 3..11,1,2, sums mod 11) and are written out so that
 * they can be checked without running the code under test.
 */
#define G_LOG_DOMAIN "test-identifiers"

#include "config.h"

#include <string.h>

#include <glib.h>

#include "tg-identifiers.h"

/* The identifiers of example-case-file.xml. */
static const struct
{
  const char *iin;
  guint       year, month, day;
  TgSex       sex;
  guint       serial;
} example_iins[] = {
  { "750612301119", 1975, 6, 12, TG_SEX_MALE, 111 },
  { "801204402225", 1980, 12, 4, TG_SEX_FEMALE, 222 },
  { "690303303330", 1969, 3, 3, TG_SEX_MALE, 333 },
  { "930823304447", 1993, 8, 23, TG_SEX_MALE, 444 },
  { "010101505551", 2001, 1, 1, TG_SEX_MALE, 555 },
};

#define EXAMPLE_BIN "170340001238"

static void
set_date (GDate *date,
          guint  year,
          guint  month,
          guint  day)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

static void
assert_iin_error (const char *iin,
                  int         code)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (tg_iin_validate (iin, &error));
  g_assert_error (error, TG_ID_ERROR, code);
}

static void
assert_bin_error (const char *bin,
                  int         code)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (tg_bin_validate (bin, &error));
  g_assert_error (error, TG_ID_ERROR, code);
}

static void
test_error_domain (void)
{
  g_assert_cmpstr (g_quark_to_string (TG_ID_ERROR), ==, "tg-id-error-quark");
}

static void
test_control_first_weighting (void)
{
  /* 9 0 0 1 0 1 4 0 0 0 1 × 1..11:
   * 9+0+0+4+0+6+28+0+0+0+11 = 58; 58 mod 11 = 3 */
  g_assert_cmpint (tg_id_control_digit ("90010140001"), ==, 3);
  /* 6 9 0 3 0 3 3 0 3 3 3 × 1..11:
   * 6+18+0+12+0+18+21+0+27+30+33 = 165; 165 mod 11 = 0 */
  g_assert_cmpint (tg_id_control_digit ("69030330333"), ==, 0);
  /* 9 3 0 8 2 3 3 0 4 4 4 × 1..11:
   * 9+6+0+32+10+18+21+0+36+40+44 = 216; 216 mod 11 = 7 */
  g_assert_cmpint (tg_id_control_digit ("93082330444"), ==, 7);
  /* Twelve digits: the twelfth is ignored. */
  g_assert_cmpint (tg_id_control_digit ("900101400013"), ==, 3);
  g_assert_cmpint (tg_id_control_digit ("900101400019"), ==, 3);
}

static void
test_control_second_weighting (void)
{
  /* 8 5 0 3 1 5 3 0 1 8 0 × 1..11:
   * 8+10+0+12+5+30+21+0+9+80+0 = 175; 175 mod 11 = 10, so
   * × 3,4,5,6,7,8,9,10,11,1,2:
   * 24+20+0+18+7+40+27+0+11+8+0 = 155; 155 mod 11 = 1 */
  g_assert_cmpint (tg_id_control_digit ("85031530180"), ==, 1);
  /* 7 5 0 6 1 2 3 0 1 1 1 × 1..11:
   * 7+10+0+24+5+12+21+0+9+10+11 = 109; 109 mod 11 = 10, so
   * 21+20+0+36+7+16+27+0+11+1+2 = 141; 141 mod 11 = 9 */
  g_assert_cmpint (tg_id_control_digit ("75061230111"), ==, 9);
  /* 1 7 0 3 4 0 0 0 1 2 3 × 1..11:
   * 1+14+0+12+20+0+0+0+9+20+33 = 109; mod 11 = 10, so
   * 3+28+0+18+28+0+0+0+11+2+6 = 96; 96 mod 11 = 8 */
  g_assert_cmpint (tg_id_control_digit ("17034000123"), ==, 8);
}

static void
test_control_none (void)
{
  /* 8 5 0 3 1 5 3 0 2 6 0 × 1..11:
   * 8+10+0+12+5+30+21+0+18+60+0 = 164; 164 mod 11 = 10;
   * × 3,4,5,6,7,8,9,10,11,1,2:
   * 24+20+0+18+7+40+27+0+22+6+0 = 164; again 10: no control digit. */
  g_assert_cmpint (tg_id_control_digit ("85031530260"), ==, -1);
  /* 1 7 0 3 4 0 0 0 1 2 4 × 1..11: 1+14+0+12+20+0+0+0+9+20+44 = 120, 10;
   * 3+28+0+18+28+0+0+0+11+2+8 = 98, 10 again. */
  g_assert_cmpint (tg_id_control_digit ("17034000124"), ==, -1);

  /* So every twelfth digit is refused. */
  for (char last = '0'; last <= '9'; last++)
    {
      char iin[] = "850315302600";

      iin[11] = last;
      assert_iin_error (iin, TG_ID_ERROR_CHECK_DIGIT);
    }
}

static void
test_iin_examples_valid (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (example_iins); i++)
    {
      g_autoptr(GError) error = NULL;
      const char *iin = example_iins[i].iin;

      g_assert_true (tg_iin_validate (iin, &error));
      g_assert_no_error (error);
      g_assert_cmpint (tg_id_control_digit (iin), ==, iin[11] - '0');
    }

  /* Hand-computed above. */
  g_assert_true (tg_iin_validate ("900101400013", NULL));
  g_assert_true (tg_iin_validate ("850315301801", NULL));
  /* 1885-05-05, female (digit 7 = 2):
   * 8+10+0+20+0+30+14+0+0+0+11 = 93; 93 mod 11 = 5 */
  g_assert_true (tg_iin_validate ("850505200015", NULL));
  /* 2000-02-29 is a real date (2000 is a leap year), digit 7 = 5:
   * 0+0+0+8+10+54+35+0+0+0+11 = 118; 118 mod 11 = 8 */
  g_assert_true (tg_iin_validate ("000229500018", NULL));
}

static void
test_iin_check_digit (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (tg_iin_validate ("690303303331", &error));
  g_assert_error (error, TG_ID_ERROR, TG_ID_ERROR_CHECK_DIGIT);
  g_assert_true (g_str_has_prefix (error->message,
                                   "IIN 690303303331 fails the check digit"));

  /* Any other last digit on a valid number is refused. */
  for (guint i = 0; i < G_N_ELEMENTS (example_iins); i++)
    for (char last = '0'; last <= '9'; last++)
      {
        char iin[13];

        g_strlcpy (iin, example_iins[i].iin, sizeof iin);
        if (iin[11] == last)
          continue;
        iin[11] = last;
        assert_iin_error (iin, TG_ID_ERROR_CHECK_DIGIT);
      }

  /* Two neighbouring digits swapped. */
  assert_iin_error ("570612301119", TG_ID_ERROR_CHECK_DIGIT);
}

static void
test_iin_format (void)
{
  static const char * const bad[] = {
    "", "12ab", "75061230111", "7506123011190", " 750612301119",
    "750612301119 ", "75061230111a", "750612-30111", "７５０６１２３０１１１９",
  };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    assert_iin_error (bad[i], TG_ID_ERROR_FORMAT);

  g_assert_false (tg_iin_validate ("12ab", &error));
  g_assert_cmpstr (error->message, ==, "IIN must be 12 digits, got “12ab”");
}

static void
test_iin_century (void)
{
  g_autoptr(GError) error = NULL;

  /* Digit 7 = 0: 9+0+0+4+0+6+0+0+0+0+11 = 30; 30 mod 11 = 8. */
  g_assert_false (tg_iin_validate ("900101000018", &error));
  g_assert_error (error, TG_ID_ERROR, TG_ID_ERROR_CENTURY);
  g_assert_nonnull (strstr (error->message, "900101000018"));
  /* Digit 7 = 7: 9+0+0+4+0+6+49+0+0+0+11 = 79; 79 mod 11 = 2. */
  assert_iin_error ("900101700012", TG_ID_ERROR_CENTURY);
}

static void
test_iin_date (void)
{
  g_autoptr(GError) error = NULL;

  /* 1900-02-29 does not exist (1900 is not a leap year), digit 7 = 3:
   * 0+0+0+8+10+54+21+0+0+0+11 = 104; 104 mod 11 = 5. */
  g_assert_false (tg_iin_validate ("000229300015", &error));
  g_assert_error (error, TG_ID_ERROR, TG_ID_ERROR_DATE);
  g_assert_nonnull (strstr (error->message, "000229300015"));
  /* 2005-02-29, digit 7 = 6: 0+10+0+8+10+54+42+0+0+40+22 = 186, 10;
   * 0+20+0+12+14+72+54+0+0+4+4 = 180; 180 mod 11 = 4. */
  assert_iin_error ("050229600424", TG_ID_ERROR_DATE);
}

static void
test_iin_decode (void)
{
  GDate date;
  TgSex sex;

  for (guint i = 0; i < G_N_ELEMENTS (example_iins); i++)
    {
      g_assert_true (tg_iin_decode (example_iins[i].iin, &date, &sex));
      g_assert_cmpuint (g_date_get_year (&date), ==, example_iins[i].year);
      g_assert_cmpuint (g_date_get_month (&date), ==, example_iins[i].month);
      g_assert_cmpuint (g_date_get_day (&date), ==, example_iins[i].day);
      g_assert_cmpint (sex, ==, example_iins[i].sex);
    }

  g_assert_true (tg_iin_decode ("850505200015", &date, &sex));
  g_assert_cmpuint (g_date_get_year (&date), ==, 1885);
  g_assert_cmpint (sex, ==, TG_SEX_FEMALE);
  g_assert_true (tg_iin_decode ("000229500018", &date, NULL));
  g_assert_cmpuint (g_date_get_year (&date), ==, 2000);
  g_assert_cmpuint (g_date_get_day (&date), ==, 29);
  g_assert_true (tg_iin_decode ("900101400013", NULL, &sex));
  g_assert_cmpint (sex, ==, TG_SEX_FEMALE);

  g_assert_false (tg_iin_decode ("690303303331", &date, &sex));
  g_assert_false (tg_iin_decode ("000229300015", &date, &sex));
}

static void
test_iin_matches_person (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tg_iin_matches_person ("750612301119", "1975-06-12",
                                        TG_SEX_MALE, &error));
  g_assert_no_error (error);
  g_assert_true (tg_iin_matches_person ("801204402225", "1980-12-04",
                                        TG_SEX_FEMALE, NULL));
  /* Birth date not recorded: only the sex is compared. */
  g_assert_true (tg_iin_matches_person ("750612301119", NULL, TG_SEX_MALE, NULL));
  g_assert_true (tg_iin_matches_person ("750612301119", "", TG_SEX_MALE, NULL));

  g_assert_false (tg_iin_matches_person ("750612301119", "1975-06-13",
                                         TG_SEX_MALE, &error));
  g_assert_error (error, TG_ID_ERROR, TG_ID_ERROR_BIRTH_DATE);
  g_assert_cmpstr (error->message, ==,
                   "IIN 750612301119 gives birth date 1975-06-12, "
                   "but the victim's birth date is 1975-06-13");
  g_clear_error (&error);

  g_assert_false (tg_iin_matches_person ("750612301119", "1975-06-12",
                                         TG_SEX_FEMALE, &error));
  g_assert_error (error, TG_ID_ERROR, TG_ID_ERROR_SEX);
  g_assert_cmpstr (error->message, ==,
                   "IIN 750612301119 gives sex male, "
                   "but the victim is recorded as female");
  g_clear_error (&error);

  g_assert_false (tg_iin_matches_person ("801204402225", "1980-12-04",
                                         TG_SEX_MALE, &error));
  g_assert_error (error, TG_ID_ERROR, TG_ID_ERROR_SEX);
  g_assert_cmpstr (error->message, ==,
                   "IIN 801204402225 gives sex female, "
                   "but the victim is recorded as male");
  g_clear_error (&error);

  /* The same digits in another century are another person. */
  g_assert_false (tg_iin_matches_person ("010101505551", "1901-01-01",
                                         TG_SEX_MALE, &error));
  g_assert_error (error, TG_ID_ERROR, TG_ID_ERROR_BIRTH_DATE);
  g_clear_error (&error);

  /* An invalid IIN is reported as such, before any comparison. */
  g_assert_false (tg_iin_matches_person ("690303303331", "1969-03-03",
                                         TG_SEX_MALE, &error));
  g_assert_error (error, TG_ID_ERROR, TG_ID_ERROR_CHECK_DIGIT);
  g_clear_error (&error);

  /* A recorded birth date that is not a date. */
  g_assert_false (tg_iin_matches_person ("750612301119", "12.06.1975",
                                         TG_SEX_MALE, &error));
  g_assert_error (error, TG_ID_ERROR, TG_ID_ERROR_BIRTH_DATE);
  g_clear_error (&error);
  g_assert_false (tg_iin_matches_person ("750612301119", "1975-02-30",
                                         TG_SEX_MALE, &error));
  g_assert_error (error, TG_ID_ERROR, TG_ID_ERROR_BIRTH_DATE);
}

static void
test_bin_validate (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tg_bin_validate (EXAMPLE_BIN, &error));
  g_assert_no_error (error);

  for (char last = '0'; last <= '9'; last++)
    {
      char bin[] = EXAMPLE_BIN;

      if (bin[11] == last)
        continue;
      bin[11] = last;
      assert_bin_error (bin, TG_ID_ERROR_CHECK_DIGIT);
    }

  g_assert_false (tg_bin_validate ("170340001239", &error));
  g_assert_error (error, TG_ID_ERROR, TG_ID_ERROR_CHECK_DIGIT);
  g_assert_true (g_str_has_prefix (error->message,
                                   "BIN 170340001239 fails the check digit"));
  g_clear_error (&error);

  g_assert_false (tg_bin_validate ("12ab", &error));
  g_assert_error (error, TG_ID_ERROR, TG_ID_ERROR_FORMAT);
  g_assert_cmpstr (error->message, ==, "BIN must be 12 digits, got “12ab”");
  assert_bin_error ("17034000123", TG_ID_ERROR_FORMAT);
  assert_bin_error ("", TG_ID_ERROR_FORMAT);

  /* Month 13: 1+14+3+12+20+0+0+0+9+20+33 = 112; 112 mod 11 = 2. */
  assert_bin_error ("171340001232", TG_ID_ERROR_DATE);
  /* Month 00: 1+14+0+0+20+0+0+0+9+20+33 = 97; 97 mod 11 = 9. */
  assert_bin_error ("170040001239", TG_ID_ERROR_DATE);
}

static void
test_iin_compose_examples (void)
{
  g_autofree char *old = NULL;
  g_autofree char *leap = NULL;
  GDate date;

  for (guint i = 0; i < G_N_ELEMENTS (example_iins); i++)
    {
      g_autofree char *iin = NULL;

      set_date (&date, example_iins[i].year, example_iins[i].month,
                example_iins[i].day);
      iin = tg_iin_compose (&date, example_iins[i].sex, example_iins[i].serial);
      g_assert_cmpstr (iin, ==, example_iins[i].iin);
    }

  set_date (&date, 1885, 5, 5);
  old = tg_iin_compose (&date, TG_SEX_FEMALE, 1);
  g_assert_cmpstr (old, ==, "850505200015");
  set_date (&date, 2000, 2, 29);
  leap = tg_iin_compose (&date, TG_SEX_MALE, 1);
  g_assert_cmpstr (leap, ==, "000229500018");
}

static void
test_iin_compose_no_control (void)
{
  GDate date;

  /* 85031530260 has no control digit (test_control_none). */
  set_date (&date, 1985, 3, 15);
  g_assert_null (tg_iin_compose (&date, TG_SEX_MALE, 260));

  /* Years an IIN cannot hold. */
  set_date (&date, 1799, 12, 31);
  g_assert_null (tg_iin_compose (&date, TG_SEX_MALE, 1));
  set_date (&date, 2100, 1, 1);
  g_assert_null (tg_iin_compose (&date, TG_SEX_FEMALE, 1));
}

static void
assert_composed_iin (const char  *iin,
                     const GDate *date,
                     TgSex        sex,
                     guint        serial)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *serial_digits = g_strdup_printf ("%04u", serial);
  GDate decoded;
  TgSex decoded_sex;

  g_assert_true (tg_iin_validate (iin, &error));
  g_assert_no_error (error);
  g_assert_true (tg_iin_decode (iin, &decoded, &decoded_sex));
  g_assert_cmpint (g_date_compare (&decoded, date), ==, 0);
  g_assert_cmpint (decoded_sex, ==, sex);
  g_assert_cmpmem (iin + 7, 4, serial_digits, 4);
}

/* Every serial of a few dates in each century: each result is valid and
 * decodes back, and a NULL happens exactly when there is no control digit. */
static void
test_iin_compose_all_serials (void)
{
  static const guint dates[][3] = {
    { 1800, 1, 1 }, { 1899, 12, 31 }, { 1947, 7, 15 }, { 1996, 2, 29 },
    { 2000, 2, 29 }, { 2024, 11, 30 }, { 2099, 12, 31 },
  };
  guint n_null = 0, n_total = 0;

  for (guint d = 0; d < G_N_ELEMENTS (dates); d++)
    for (TgSex sex = TG_SEX_MALE; sex <= TG_SEX_FEMALE; sex++)
      for (guint serial = 0; serial <= 9999; serial++)
        {
          g_autofree char *iin = NULL;
          GDate date;

          set_date (&date, dates[d][0], dates[d][1], dates[d][2]);
          iin = tg_iin_compose (&date, sex, serial);
          n_total++;
          if (iin == NULL)
            {
              n_null++;
              continue;
            }
          assert_composed_iin (iin, &date, sex, serial);
        }

  /* About one number in 121 has no control digit. */
  g_assert_cmpuint (n_null, >, 0);
  g_assert_cmpuint (n_null, <, n_total / 50);
}

static void
test_bin_compose (void)
{
  g_autofree char *bin = tg_bin_compose (2017, 3, 4, 123);
  guint n_null = 0;

  g_assert_cmpstr (bin, ==, EXAMPLE_BIN);
  /* 17034000124 has no control digit (test_control_none). */
  g_assert_null (tg_bin_compose (2017, 3, 4, 124));

  for (guint serial = 0; serial <= 999999; serial += 7)
    {
      g_autofree char *composed = tg_bin_compose (2000 + serial % 27,
                                                  1 + serial % 12, 4, serial);
      g_autofree char *expected_prefix = NULL;

      if (composed == NULL)
        {
          n_null++;
          continue;
        }
      g_assert_true (tg_bin_validate (composed, NULL));
      expected_prefix = g_strdup_printf ("%02u%02u4%06u", serial % 27,
                                         1 + serial % 12, serial);
      g_assert_true (g_str_has_prefix (composed, expected_prefix));
    }
  g_assert_cmpuint (n_null, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/identifiers/error-domain", test_error_domain);
  g_test_add_func ("/identifiers/control-digit/first-weighting",
                   test_control_first_weighting);
  g_test_add_func ("/identifiers/control-digit/second-weighting",
                   test_control_second_weighting);
  g_test_add_func ("/identifiers/control-digit/none", test_control_none);
  g_test_add_func ("/identifiers/iin/examples-valid", test_iin_examples_valid);
  g_test_add_func ("/identifiers/iin/check-digit", test_iin_check_digit);
  g_test_add_func ("/identifiers/iin/format", test_iin_format);
  g_test_add_func ("/identifiers/iin/century", test_iin_century);
  g_test_add_func ("/identifiers/iin/date", test_iin_date);
  g_test_add_func ("/identifiers/iin/decode", test_iin_decode);
  g_test_add_func ("/identifiers/iin/matches-person", test_iin_matches_person);
  g_test_add_func ("/identifiers/iin/compose-examples", test_iin_compose_examples);
  g_test_add_func ("/identifiers/iin/compose-no-control",
                   test_iin_compose_no_control);
  g_test_add_func ("/identifiers/iin/compose-all-serials",
                   test_iin_compose_all_serials);
  g_test_add_func ("/identifiers/bin/validate", test_bin_validate);
  g_test_add_func ("/identifiers/bin/compose", test_bin_compose);

  return g_test_run ();
}
