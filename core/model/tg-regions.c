/* tg-regions.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-regions"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tg-regions.h"

/* Annex to the Regulation of 2014 (codes 01–16); 2018: South Kazakhstan
 * became Turkistan region and Shymkent a city of republican significance;
 * 2022: Abai, Jetisu and Ulytau regions formed (domain.md §6). */
static const TgRegion regions[] = {
  { "01", "Ақмола облысы", "Акмолинская область", "Akmola region", "Kokshetau", 0, 0 },
  { "02", "Ақтөбе облысы", "Актюбинская область", "Aktobe region", "Aktobe", 0, 0 },
  { "03", "Алматы облысы", "Алматинская область", "Almaty region", "Almaty", 0, 0 },
  { "04", "Атырау облысы", "Атырауская область", "Atyrau region", "Atyrau", 0, 0 },
  { "05", "Шығыс Қазақстан облысы", "Восточно-Казахстанская область", "East Kazakhstan region", "Oskemen", 0, 0 },
  { "06", "Жамбыл облысы", "Жамбылская область", "Zhambyl region", "Taraz", 0, 0 },
  { "07", "Батыс Қазақстан облысы", "Западно-Казахстанская область", "West Kazakhstan region", "Oral", 0, 0 },
  { "08", "Қарағанды облысы", "Карагандинская область", "Karaganda region", "Karaganda", 0, 0 },
  { "09", "Қызылорда облысы", "Кызылординская область", "Kyzylorda region", "Kyzylorda", 0, 0 },
  { "10", "Қостанай облысы", "Костанайская область", "Kostanay region", "Kostanay", 0, 0 },
  { "11", "Маңғыстау облысы", "Мангистауская область", "Mangystau region", "Aktau", 0, 0 },
  { "12", "Павлодар облысы", "Павлодарская область", "Pavlodar region", "Pavlodar", 0, 0 },
  { "13", "Солтүстік Қазақстан облысы", "Северо-Казахстанская область", "North Kazakhstan region", "Petropavl", 0, 0 },
  { "14", "Оңтүстік Қазақстан облысы", "Южно-Казахстанская область", "South Kazakhstan region", "Shymkent", 0, 2018 },
  { "15", "Астана қаласы", "город Астана", "Astana city", "Astana", 0, 0 },
  { "16", "Алматы қаласы", "город Алматы", "Almaty city", "Almaty", 0, 0 },
  { "17", "Түркістан облысы", "Туркестанская область", "Turkistan region", "Turkistan", 2018, 0 },
  { "18", "Шымкент қаласы", "город Шымкент", "Shymkent city", "Shymkent", 2018, 0 },
  { "19", "Абай облысы", "область Абай", "Abai region", "Semey", 2022, 0 },
  { "20", "Жетісу облысы", "область Жетісу", "Jetisu region", "Taldykorgan", 2022, 0 },
  { "21", "Ұлытау облысы", "область Ұлытау", "Ulytau region", "Zhezkazgan", 2022, 0 },
};

const TgRegion *
tg_regions (guint *n_regions)
{
  if (n_regions != NULL)
    *n_regions = G_N_ELEMENTS (regions);
  return regions;
}

const TgRegion *
tg_region_lookup (const char *code)
{
  if (code == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (regions); i++)
    if (strcmp (regions[i].code, code) == 0)
      return &regions[i];
  return NULL;
}

gboolean
tg_region_valid_in (const TgRegion *region,
                    guint           year)
{
  g_return_val_if_fail (region != NULL, FALSE);

  return (region->valid_from == 0 || year >= region->valid_from) &&
         (region->valid_until == 0 || year <= region->valid_until);
}

const char *
tg_region_name_in (const TgRegion *region,
                   const char     *lang)
{
  g_return_val_if_fail (region != NULL, NULL);

  if (g_strcmp0 (lang, "kk") == 0)
    return region->name_kk;
  if (g_strcmp0 (lang, "ru") == 0)
    return region->name_ru;
  return region->name_en;
}

const char *
tg_region_name (const TgRegion *region)
{
  /* Translators: put your language code here ("kk" or "ru"); it chooses
   * which name of a region the interface shows. */
  return tg_region_name_in (region, C_("region-name-language", "en"));
}
