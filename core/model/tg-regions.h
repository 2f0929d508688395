/* tg-regions.h — territorial units (domain.md §6)
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char *code;        /* "08" */
  const char *name_kk;
  const char *name_ru;
  const char *name_en;
  const char *seat;        /* department seat, in English transliteration */
  guint       valid_from;  /* first year, 0 = always */
  guint       valid_until; /* last year, 0 = still valid */
} TgRegion;

/* All units ever valid, by code. */
const TgRegion *tg_regions           (guint      *n_regions);
const TgRegion *tg_region_lookup     (const char *code);
/* Whether a case of @year may be registered in unit @code. */
gboolean        tg_region_valid_in   (const TgRegion *region,
                                      guint           year);
/* The name in the current interface language (kk, ru, else en). */
const char     *tg_region_name       (const TgRegion *region);
/* The name in @lang ("kk", "ru", "en"). */
const char     *tg_region_name_in    (const TgRegion *region,
                                      const char     *lang);

G_END_DECLS
