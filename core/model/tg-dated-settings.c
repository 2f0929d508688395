/* tg-dated-settings.c — organization data that changes with time
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-model"

#include "config.h"

#include <string.h>

#include "tg-dated-settings.h"
#include "tg-calendar.h"
#include "tg-dates.h"

struct _TgDatedSettings
{
  GPtrArray *entries;   /* TgDatedEntry, by key, then valid_from */
};

static const char * const keys[] = {
  "ministry-name-kk", "ministry-name-ru",
  "committee-name-kk", "committee-name-ru",
  "chairman",
  "control-official-kk", "control-official-ru",
  "city-kk", "city-ru",
  "order-article-kk", "order-article-ru",
  "dispute-article-kk", "dispute-article-ru",
  NULL
};

/* What Tergeu ships, each with the text it was read in.  A date is the
 * day the source shows the value in force: where the change itself was
 * earlier, its day is still to be confirmed (and entered), and until
 * then documents of the days between print the older value. */
static const struct
{
  const char *key, *valid_from, *value, *source;
} shipped[] = {
  { "ministry-name-kk", "2014-05-11", "Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрлігі",
    "Regulation of the Committee, order No. 216-ө of 11 May 2014 (domain.md §1)" },
  { "ministry-name-ru", "2014-05-11", "Министерство труда и социальной защиты населения Республики Казахстан",
    "Regulation of the Committee, order No. 216-ө of 11 May 2014 (domain.md §1)" },
  { "ministry-name-kk", "2014-08-20", "Қазақстан Республикасы Денсаулық сақтау және әлеуметтік даму министрлігі",
    "order of the Minister of Healthcare and Social Development No. 8 of 20 August 2014 "
    "(cdb.kz, legal base); the ministry was formed earlier in August 2014, day to confirm" },
  { "ministry-name-ru", "2014-08-20", "Министерство здравоохранения и социального развития Республики Казахстан",
    "order of the Minister of Healthcare and Social Development No. 8 of 20 August 2014 "
    "(cdb.kz, legal base); the ministry was formed earlier in August 2014, day to confirm" },
  { "ministry-name-kk", "2017-05-26", "Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрлігі",
    "enbek.gov.kz, 26 May 2017: first Public Council of the Ministry of Labour and Social Protection "
    "of Population after its reorganization (2016, day to confirm)" },
  { "ministry-name-ru", "2017-05-26", "Министерство труда и социальной защиты населения Республики Казахстан",
    "enbek.gov.kz, 26 May 2017: first Public Council of the Ministry of Labour and Social Protection "
    "of Population after its reorganization (2016, day to confirm)" },
  { "committee-name-kk", "2014-05-11", "Бақылау және әлеуметтік қорғау комитеті",
    "Regulation of the Committee, order No. 216-ө of 11 May 2014 (domain.md §1, order-template.md)" },
  { "committee-name-ru", "2014-05-11", "Комитет по контролю и социальной защите",
    "Regulation of the Committee, order No. 216-ө of 11 May 2014 (domain.md §1, order-template.md)" },
  { "committee-name-kk", "2018-10-04", "Еңбек, әлеуметтік қорғау және көші-қон комитеті",
    "order of the Minister of Labour and Social Protection of Population No. 424 of 4 October 2018 "
    "(adilet.zan.kz V1800017563): the Committee for Labour, Social Protection and Migration; "
    "formed earlier (2014–2016), day to confirm" },
  { "committee-name-ru", "2018-10-04", "Комитет труда, социальной защиты и миграции",
    "order of the Minister of Labour and Social Protection of Population No. 424 of 4 October 2018 "
    "(adilet.zan.kz V1800017563); formed earlier (2014–2016), day to confirm" },
  { "city-kk", "1998-05-06", "Астана қаласы", "order-template.md: Астана until 22 March 2019" },
  { "city-ru", "1998-05-06", "город Астана", "order-template.md: Астана until 22 March 2019" },
  { "city-kk", "2019-03-23", "Нұр-Сұлтан қаласы",
    "order-template.md: Нұр-Сұлтан from 23 March 2019 (amendment of the Constitution of that day)" },
  { "city-ru", "2019-03-23", "город Нур-Султан",
    "order-template.md: Нур-Султан from 23 March 2019 (amendment of the Constitution of that day)" },
  { "city-kk", "2022-09-17", "Астана қаласы",
    "order-template.md: Астана again from 17 September 2022 (amendment of the Constitution)" },
  { "city-ru", "2022-09-17", "город Астана",
    "order-template.md: Астана again from 17 September 2022 (amendment of the Constitution)" },
  /* The Labour Code of 23 November 2015 No. 414-V is in force from
   * 1 January 2016; art. 188 p. 4: "the investigation of group accidents
   * in which three to five people died is carried out by a commission
   * established by the authorized state body for labour". */
  { "order-article-kk", "2016-01-01", "188-бабының 4-тармағына",
    "Labour Code 2015 art. 188 p. 4 (zakonpravo.kz, text of art. 188)" },
  { "order-article-ru", "2016-01-01", "пунктом 4 статьи 188",
    "Labour Code 2015 art. 188 p. 4 (zakonpravo.kz, text of art. 188)" },
};

const char * const *
tg_dated_setting_keys (void)
{
  return keys;
}

gboolean
tg_dated_setting_is_dated (const char *key)
{
  return key != NULL && g_strv_contains (keys, key);
}

static void
entry_free (TgDatedEntry *e)
{
  g_free (e->key);
  g_free (e->valid_from);
  g_free (e->value);
  g_free (e->source);
  g_free (e);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const TgDatedEntry *ea = *(const TgDatedEntry **) a;
  const TgDatedEntry *eb = *(const TgDatedEntry **) b;
  int c = strcmp (ea->key, eb->key);

  return c != 0 ? c : strcmp (ea->valid_from, eb->valid_from);
}

TgDatedSettings *
tg_dated_settings_new (void)
{
  TgDatedSettings *self = g_new0 (TgDatedSettings, 1);

  self->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  for (guint i = 0; i < G_N_ELEMENTS (shipped); i++)
    tg_dated_settings_add (self, shipped[i].key, shipped[i].valid_from, shipped[i].value, shipped[i].source);
  return self;
}

void
tg_dated_settings_free (TgDatedSettings *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->entries);
  g_free (self);
}

void
tg_dated_settings_add (TgDatedSettings *self,
                       const char      *key,
                       const char      *valid_from,
                       const char      *value,
                       const char      *source)
{
  TgDatedEntry *e;

  g_return_if_fail (self != NULL && key != NULL && valid_from != NULL);

  for (guint i = 0; i < self->entries->len; i++)
    {
      e = g_ptr_array_index (self->entries, i);
      if (g_str_equal (e->key, key) && g_str_equal (e->valid_from, valid_from))
        {
          g_ptr_array_remove_index (self->entries, i);
          break;
        }
    }
  e = g_new0 (TgDatedEntry, 1);
  e->key = g_strdup (key);
  e->valid_from = g_strdup (valid_from);
  e->value = value != NULL && *value != '\0' ? g_strdup (value) : NULL;
  e->source = g_strdup (source);
  g_ptr_array_add (self->entries, e);
  g_ptr_array_sort (self->entries, compare_entries);
}

const TgDatedEntry *
tg_dated_settings_entry (TgDatedSettings *self,
                         const char      *key,
                         const char      *on)
{
  g_autofree char *today = NULL;
  const TgDatedEntry *found = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  if (on == NULL)
    {
      const char *fixed = g_getenv ("TERGEU_TODAY");
      GDate d;

      /* as the store's today (TERGEU_TODAY for reproducible scripts) */
      if (fixed == NULL || !tg_date_parse (fixed, &d))
        tg_today (&d);
      on = today = tg_date_format_iso (&d);
    }
  for (guint i = 0; i < self->entries->len; i++)
    {
      const TgDatedEntry *e = g_ptr_array_index (self->entries, i);

      /* ISO dates compare as strings; "on" may be a date-time */
      if (g_str_equal (e->key, key) && strncmp (e->valid_from, on, 10) <= 0)
        found = e;
    }
  return found;
}

const char *
tg_dated_settings_lookup (TgDatedSettings *self,
                          const char      *key,
                          const char      *on)
{
  const TgDatedEntry *e = tg_dated_settings_entry (self, key, on);

  return e != NULL ? e->value : NULL;
}

GPtrArray *
tg_dated_settings_list (TgDatedSettings *self,
                        const char      *key)
{
  GPtrArray *list = g_ptr_array_new ();

  g_return_val_if_fail (self != NULL, list);

  for (guint i = 0; i < self->entries->len; i++)
    {
      TgDatedEntry *e = g_ptr_array_index (self->entries, i);

      if (key == NULL || g_str_equal (e->key, key))
        g_ptr_array_add (list, e);
    }
  return list;
}
