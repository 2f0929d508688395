/* tg-demo-victims.c — the accident and its victims
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The mix of accidents, the victims with IINs that agree with their birth
 * dates and sex, the report and its delay.
 */
#define G_LOG_DOMAIN "tg-demo"

#include "config.h"

#include "tg-demo-private.h"
#include "tg-legal-form.h"
#include "tg-identifiers.h"
#include "tg-victim.h"

/* ---------------------------------------------------------------- victims */

struct _TgDemoKind
{
  guint    weight;      /* per 10 000 cases */
  guint    min_victims, max_victims;
  guint    min_deaths, max_deaths;
  gboolean poisoning;
  TgSeverity worst;     /* of a single victim */
};

/* The mix of accidents: ~70 % one light victim, ~20 % severe, ~6 % fatal,
 * ~3 % small group accidents, 0.25 % acute group poisoning, 0.7 % group
 * accidents with 3–5 deaths (the Committee's), 0.05 % with six or more. */
static const TgDemoKind kinds[] = {
  { 7000, 1, 1, 0, 0, FALSE, TG_SEVERITY_LIGHT },
  { 2000, 1, 1, 0, 0, FALSE, TG_SEVERITY_SEVERE },
  { 600, 1, 1, 1, 1, FALSE, TG_SEVERITY_FATAL },
  { 300, 2, 5, 0, 2, FALSE, TG_SEVERITY_LIGHT },
  { 25, 2, 8, 0, 0, TRUE, TG_SEVERITY_LIGHT },
  { 70, 3, 9, 3, 5, FALSE, TG_SEVERITY_FATAL },
  { 5, 6, 24, 6, 12, FALSE, TG_SEVERITY_FATAL },
};

const TgDemoKind *
_tg_demo_pick_kind (GRand *rand)
{
  guint weights[G_N_ELEMENTS (kinds)];

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    weights[i] = kinds[i].weight;
  return &kinds[_tg_demo_weighted (rand, weights, G_N_ELEMENTS (kinds))];
}

static guint
pick_deaths (GRand            *rand,
             const TgDemoKind *k)
{
  static const guint small[] = { 600, 300, 100 };     /* 0, 1, 2 */
  static const guint committee[] = { 600, 250, 150 }; /* 3, 4, 5 */

  if (k->max_victims == 1 || k->min_deaths == k->max_deaths)
    return k->min_deaths;
  if (k->min_deaths == 0)
    return _tg_demo_weighted (rand, small, G_N_ELEMENTS (small));
  if (k->min_deaths == 3)
    return 3 + _tg_demo_weighted (rand, committee, G_N_ELEMENTS (committee));
  /* six or more: mostly just over the threshold */
  return k->min_deaths + _tg_demo_range (rand, 0, _tg_demo_range (rand, 0, k->max_deaths - k->min_deaths));
}

static guint
next_iin_serial (TgDemoWorld *w,
                 const GDate *birth,
                 TgSex        sex)
{
  guint key = (g_date_get_julian (birth) % 40000) * 2 + (sex == TG_SEX_FEMALE);

  if (w->iin_serials[key] == 0)
    w->iin_serials[key] = 100 + (key * 2654435761u) % 800;
  return w->iin_serials[key]++ % 10000;
}

static void
set_identity (TgDemoLife  *l,
              TgVictim    *v,
              const GDate *occurred)
{
  TgSex sex = _tg_demo_range (l->rand, 0, 99) < l->sector->female_percent ? TG_SEX_FEMALE : TG_SEX_MALE;
  guint age = _tg_demo_chance (l->rand, 900) ? _tg_demo_range (l->rand, 19, 60) : _tg_demo_range (l->rand, 18, 66);
  g_autofree char *name = _tg_demo_person (l->rand, _tg_demo_origin (l->rand, l->territory->kazakh_percent), sex, NULL);
  char *iin = NULL;
  char birth_text[16];
  GDate birth = *occurred;

  g_date_subtract_years (&birth, age);
  g_date_subtract_days (&birth, _tg_demo_range (l->rand, 0, 364));
  while (iin == NULL)
    iin = tg_iin_compose (&birth, sex, next_iin_serial (l->w, &birth, sex));
  _tg_demo_format_date (&birth, birth_text);
  tg_victim_set_full_name (v, name);
  tg_victim_set_sex (v, sex);
  tg_victim_set_birth_date (v, birth_text);
  tg_victim_set_iin (v, iin);
  g_free (iin);
}

/* Most die the same day; some later, in hospital. A death still to come
 * is today a severe injury. */
static void
set_outcome (TgDemoLife  *l,
             TgVictim    *v,
             TgSeverity   severity,
             gboolean     later,
             const GDate *occurred,
             const char  *injury)
{
  GDate died = *occurred;
  char text[16];

  if (severity == TG_SEVERITY_FATAL && later && _tg_demo_chance (l->rand, 150))
    g_date_add_days (&died, _tg_demo_range (l->rand, 1, 10));
  if (severity == TG_SEVERITY_FATAL && g_date_compare (&died, &l->w->today) > 0)
    {
      severity = TG_SEVERITY_SEVERE;
      injury = _tg_demo_pick (l->rand, tg_demo_injuries_severe);
    }
  tg_victim_set_severity (v, severity);
  tg_victim_set_injury (v, injury);
  if (severity != TG_SEVERITY_FATAL)
    return;
  _tg_demo_format_date (&died, text);
  tg_victim_set_died_on (v, text);
}

static const char *
injury_for (GRand      *rand,
            TgSeverity  severity,
            gboolean    poisoning)
{
  if (poisoning && severity != TG_SEVERITY_FATAL)
    return _tg_demo_pick (rand, tg_demo_injuries_poisoning);
  if (severity == TG_SEVERITY_FATAL)
    return _tg_demo_pick (rand, tg_demo_injuries_fatal);
  if (severity == TG_SEVERITY_SEVERE)
    return _tg_demo_pick (rand, tg_demo_injuries_severe);
  return _tg_demo_pick (rand, tg_demo_injuries_light);
}

void
_tg_demo_add_victims (TgDemoLife       *l,
                      const TgDemoKind *k)
{
  gint64 occurred = l->seed->occurred;
  guint deaths = pick_deaths (l->rand, k);
  guint n = k->min_deaths > 0 && k->max_victims > 1
            ? deaths + _tg_demo_range (l->rand, 0, k->max_victims - k->max_deaths)
            : _tg_demo_range (l->rand, k->min_victims, k->max_victims);
  /* A later death must not move a case to the Committee or the Government
   * after it was routed. */
  gboolean later = deaths <= 2;
  GDate day;

  _tg_demo_date_of (occurred, &day);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TgVictim) v = tg_victim_new ();
      g_autofree char *id = g_strdup_printf ("v%u", i + 1);
      TgSeverity s;

      if (i < deaths)
        s = TG_SEVERITY_FATAL;
      else if (n == 1)
        s = k->worst;
      else
        s = _tg_demo_chance (l->rand, k->poisoning ? 200 : 350) ? TG_SEVERITY_SEVERE : TG_SEVERITY_LIGHT;
      tg_victim_set_id (v, id);
      set_identity (l, v, &day);
      tg_victim_set_occupation (v, _tg_demo_pick (l->rand, l->sector->occupations));
      set_outcome (l, v, s, later, &day, injury_for (l->rand, s, k->poisoning));
      _tg_demo_enrich_victim (l, v, &day);
      g_list_store_append (tg_case_get_victims (l->kase), v);
    }
}

/* --------------------------------------------------------------- accident */

/* Minutes from the accident to the report: mostly within hours; 5 % after
 * more than 24 hours (late notification, art. 187 p. 2). */
static guint
report_delay (GRand *rand)
{
  guint roll = _tg_demo_range (rand, 0, 999);

  if (roll < 600)
    return _tg_demo_range (rand, 15, 180);
  if (roll < 850)
    return _tg_demo_range (rand, 181, 720);
  if (roll < 950)
    return _tg_demo_range (rand, 721, 1440);
  return _tg_demo_range (rand, 1441, 1800);
}

void
_tg_demo_set_accident (TgDemoLife       *l,
                       const TgDemoKind *k)
{
  const TgDemoEmployer *emp = l->seed->employer;
  TgEmployer *employer = tg_case_get_employer (l->kase);
  gint64 occurred = l->seed->occurred;
  gint64 latest = l->w->now - 5 * TG_DEMO_MINUTE;
  gint64 reported = occurred + report_delay (l->rand) * TG_DEMO_MINUTE;
  g_autofree char *place = _tg_demo_fill (_tg_demo_pick (l->rand, l->sector->places),
                                          _tg_demo_range (l->rand, 1, 30));
  char text[32];

  tg_employer_set_name (employer, emp->name);
  /* "ТОО «Сарыарқа Көмір»" is a name and its legal form */
  tg_employer_split_legal_form (employer);
  tg_employer_set_bin (employer, emp->bin);
  tg_employer_set_activity (employer, l->sector->activity);
  tg_employer_set_address (employer, emp->address);

  if (reported > latest)
    reported = occurred + (gint64) (g_rand_double (l->rand) * (double) (latest - occurred));
  l->registered = reported + _tg_demo_range (l->rand, 10, 90) * TG_DEMO_MINUTE;
  l->registered = MIN (l->registered, latest);
  _tg_demo_format_time (occurred, text);
  tg_case_set_occurred (l->kase, text);
  _tg_demo_format_time (reported, text);
  tg_case_set_reported (l->kase, text);
  _tg_demo_format_time (l->registered, text);
  tg_case_set_registered_at (l->kase, text);
  tg_case_set_place (l->kase, place);
  tg_case_set_circumstances (l->kase, _tg_demo_pick (l->rand, k->poisoning ? tg_demo_circumstances_poisoning
                                                                          : l->sector->circumstances));
  tg_case_set_hazardous_facility (l->kase, _tg_demo_chance (l->rand, l->sector->hazardous_per_mille));
  tg_case_set_group_poisoning (l->kase, k->poisoning);
}
