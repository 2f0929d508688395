/* tg-demo.c — filling a store with demonstration cases
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Cases are made in the order they happened, from 1 January 2015 to today,
 * so that registration numbers run per unit and year without gaps in the
 * order of the accidents. Each case draws from its own random stream,
 * seeded with (seed, index), so a case does not depend on how much of the
 * previous cases' lives had already happened by now; the employer pool
 * and the inspectors are drawn once from the seed.
 */
#define G_LOG_DOMAIN "tg-demo"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-demo.h"
#include "tg-demo-private.h"
#include "tg-dates.h"
#include "tg-regions.h"

G_DEFINE_QUARK (tg-demo-error-quark, tg_demo_error)

#define FIRST_YEAR         2015
#define BATCH              50000   /* cases per transaction */
#define PROGRESS_EVERY     10000
#define N_EMPLOYERS        3000
#define MAX_NUMBER         99999   /* RR-YYYY-NNNNN */
/* The last months get a little more than their share (5 %, and at least
 * 60 cases of a small demonstration), so that there are investigations
 * under way and some overdue. */
#define RECENT_DAYS        90
#define RECENT_PER_MILLE   50
#define RECENT_AT_LEAST    60
#define SALT               0x64656d6fu   /* "demo" */

typedef struct
{
  TgStore         *store;
  TgDemoWorld      world;
  GRand           *rand;             /* reseeded for every case */
  guint32          seed;
  guint32          salt;             /* cases already in the store */
  guint            n_cases;
  guint            n_old;            /* cases before the recent months */
  guint32          first_day;        /* Julian days */
  guint32          recent_day;
  guint32          last_day;
  TgDemoEmployer  *employers;
  GPtrArray       *pools;            /* per territory: TgDemoEmployer* */
  guint            territory_weights[TG_DEMO_N_UNITS];
  guint            n_territories;
  guint           *numbers;          /* last number by unit and year */
} Demo;

/* ------------------------------------------------------------------ world */

/* Today as the store sees it: TERGEU_TODAY when set and not in the future
 * (reproducible demonstrations), else today in Astana. */
static void
demo_now (GDate  *today,
          gint64 *now)
{
  const char *fixed = g_getenv ("TERGEU_TODAY");
  GDate d;

  tg_today (today);
  *now = g_get_real_time () / G_USEC_PER_SEC;
  if (fixed != NULL && tg_date_parse (fixed, &d) && g_date_compare (&d, today) < 0)
    {
      *today = d;
      *now = _tg_demo_time_at (&d, 18 * 3600);
    }
}

static guint
kazakh_percent_of (guint unit)
{
  guint n;
  const TgDemoTerritory *t = _tg_demo_territories (&n);
  g_autofree char *code = g_strdup_printf ("%02u", unit);

  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (t[i].code, code) == 0)
      return t[i].kazakh_percent;
  return 75;
}

static void
inspectorate_init (TgDemoInspectorate *u,
                   GRand              *rand,
                   guint               unit)
{
  g_autofree char *code = g_strdup_printf ("%02u", unit);
  const char *gen = _tg_demo_region_genitive (code);
  guint kazakh = kazakh_percent_of (unit);
  g_autofree char *initials = NULL;

  u->organization = g_strconcat ("Управление инспекции труда ", gen, NULL);
  u->chief = _tg_demo_person (rand, _tg_demo_origin (rand, kazakh), TG_SEX_MALE, &initials);
  u->chief_position = g_strconcat ("главный государственный инспектор труда ", gen, NULL);
  u->chief_signature = g_strdup_printf ("%s, %s", initials, u->chief_position);
  for (guint i = 0; i < G_N_ELEMENTS (u->inspectors); i++)
    u->inspectors[i] = _tg_demo_person (rand, _tg_demo_origin (rand, kazakh),
                                        _tg_demo_chance (rand, 350) ? TG_SEX_FEMALE : TG_SEX_MALE,
                                        NULL);
  u->actor = g_strdup_printf ("LI-%s", code);
}

static void
inspectorate_clear (TgDemoInspectorate *u)
{
  g_free (u->organization);
  g_free (u->chief);
  g_free (u->chief_position);
  g_free (u->chief_signature);
  for (guint i = 0; i < G_N_ELEMENTS (u->inspectors); i++)
    g_free (u->inspectors[i]);
  g_free (u->actor);
}

static void
world_init (TgDemoWorld *w,
            TgStore     *store,
            GRand       *rand)
{
  g_autofree char *chairman = NULL;
  g_autofree char *initials = NULL;

  w->calendar = g_object_ref (tg_store_get_calendar (store));
  demo_now (&w->today, &w->now);
  w->first_year = FIRST_YEAR;
  w->n_years = g_date_get_year (&w->today) - FIRST_YEAR + 1;
  w->committee = tg_store_dup_setting (store, "committee-name-ru");
  w->committee_kk = tg_store_dup_setting (store, "committee-name-kk");
  w->order_suffix = tg_store_dup_setting (store, "order-suffix");
  if (w->order_suffix == NULL)
    w->order_suffix = g_strdup ("");

  chairman = _tg_demo_person (rand, TG_DEMO_KAZAKH, TG_SEX_MALE, &initials);
  w->chairman = g_strdup_printf ("%s, Председатель Комитета", initials);
  for (guint i = 0; i < G_N_ELEMENTS (w->deputies); i++)
    w->deputies[i] = _tg_demo_person (rand, _tg_demo_origin (rand, 80), TG_SEX_MALE, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (w->experts); i++)
    w->experts[i] = _tg_demo_person (rand, _tg_demo_origin (rand, 80),
                                     _tg_demo_chance (rand, 500) ? TG_SEX_FEMALE : TG_SEX_MALE, NULL);
  for (guint u = 1; u < TG_DEMO_N_UNITS; u++)
    inspectorate_init (&w->units[u], rand, u);

  w->iin_serials = g_new0 (guint16, 80000);
  w->orders = g_new0 (guint, w->n_years);
  w->committee_acts = g_new0 (guint, w->n_years);
  /* The Committee's orders on other matters take numbers too. */
  for (guint y = 0; y < w->n_years; y++)
    w->orders[y] = _tg_demo_range (rand, 5, 40);
}

static void
world_clear (TgDemoWorld *w)
{
  g_clear_object (&w->calendar);
  g_free (w->committee);
  g_free (w->committee_kk);
  g_free (w->order_suffix);
  g_free (w->chairman);
  for (guint i = 0; i < G_N_ELEMENTS (w->deputies); i++)
    g_free (w->deputies[i]);
  for (guint i = 0; i < G_N_ELEMENTS (w->experts); i++)
    g_free (w->experts[i]);
  for (guint u = 1; u < TG_DEMO_N_UNITS; u++)
    inspectorate_clear (&w->units[u]);
  g_free (w->iin_serials);
  g_free (w->orders);
  g_free (w->committee_acts);
}

/* -------------------------------------------------------------- employers */

static guint
pick_sector (GRand                 *rand,
             const TgDemoTerritory *t)
{
  guint n;
  const TgDemoSector *sectors = _tg_demo_sectors (&n);
  guint weights[TG_DEMO_N_SECTORS];

  /* A region's own industries are four times as likely. */
  for (guint s = 0; s < n; s++)
    weights[s] = sectors[s].weight * ((t->specialties & (1u << s)) ? 4 : 1);
  return _tg_demo_weighted (rand, weights, n);
}

static void
employers_init (Demo  *d,
                GRand *rand)
{
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const TgDemoTerritory *territories = _tg_demo_territories (&d->n_territories);

  d->pools = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  for (guint t = 0; t < d->n_territories; t++)
    {
      d->territory_weights[t] = territories[t].weight;
      g_ptr_array_add (d->pools, g_ptr_array_new ());
    }
  d->employers = g_new0 (TgDemoEmployer, N_EMPLOYERS);
  for (guint i = 0; i < N_EMPLOYERS; i++)
    {
      /* Every territory gets at least one employer. */
      guint t = i < d->n_territories ? i : _tg_demo_weighted (rand, d->territory_weights, d->n_territories);
      guint s = pick_sector (rand, &territories[t]);

      _tg_demo_employer_init (&d->employers[i], rand, t, s, i + 1, names);
      g_ptr_array_add (g_ptr_array_index (d->pools, t), &d->employers[i]);
    }
}

/* Large employers have more accidents: the first of a pool come up most. */
static TgDemoEmployer *
pick_employer (Demo  *d,
               guint  territory)
{
  GPtrArray *pool = g_ptr_array_index (d->pools, territory);
  double u = g_rand_double (d->rand);

  return g_ptr_array_index (pool, (guint) (u * u * pool->len));
}

/* ----------------------------------------------------------- time and place */

static guint
time_of_day (GRand *rand)
{
  /* Accidents by hour: most in the day shift, fewer at night. */
  static const guint hours[24] = {
    1, 1, 1, 1, 1, 1, 2, 3, 5, 7, 8, 8, 6, 6, 8, 8, 7, 5, 3, 3, 2, 2, 2, 1,
  };

  return _tg_demo_weighted (rand, hours, 24) * 3600 + _tg_demo_range (rand, 0, 3599);
}

/* Case @i happens in its slot of the span; the slots keep the cases in
 * the order of their days. Nothing happens in the last two hours. */
static gint64
occurrence (Demo  *d,
            guint  i)
{
  double u = g_rand_double (d->rand);
  guint32 day;
  GDate date;
  gint64 at, latest = d->world.now - 2 * 3600;

  if (i < d->n_old)
    day = d->first_day + (guint32) (((double) i + u) * (d->recent_day - d->first_day) / d->n_old);
  else
    day = d->recent_day + (guint32) (((double) (i - d->n_old) + u) * (d->last_day - d->recent_day + 1)
                                     / (d->n_cases - d->n_old));
  g_date_clear (&date, 1);
  g_date_set_julian (&date, MIN (day, d->last_day));
  at = _tg_demo_time_at (&date, time_of_day (d->rand));
  if (at > latest)
    at = latest - _tg_demo_range (d->rand, 0, 3 * 3600);
  return at;
}

static void
span_init (Demo *d)
{
  guint n_recent = (guint) ((guint64) d->n_cases * RECENT_PER_MILLE / 1000);
  GDate first;

  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 1, G_DATE_JANUARY, FIRST_YEAR);
  d->first_day = g_date_get_julian (&first);
  d->last_day = g_date_get_julian (&d->world.today);
  d->recent_day = MAX (d->first_day, d->last_day - RECENT_DAYS + 1);

  n_recent = MAX (n_recent, MIN (d->n_cases / 4, RECENT_AT_LEAST));
  d->n_old = d->n_cases - n_recent;
  if (d->n_old == 0 || d->recent_day == d->first_day)
    d->n_old = d->n_cases;
  if (d->n_old == d->n_cases)
    d->recent_day = d->last_day;
}

/* The unit that existed when the accident happened (domain.md §6). */
static const char *
unit_at (const TgDemoTerritory *t,
         const GDate           *date)
{
  GDate reform;

  if (t->earlier_code == NULL)
    return t->code;
  g_date_clear (&reform, 1);
  g_date_set_dmy (&reform, (GDateDay) t->reform_day, (GDateMonth) t->reform_month,
                  (GDateYear) t->reform_year);
  return g_date_compare (date, &reform) < 0 ? t->earlier_code : t->code;
}

/* ---------------------------------------------------------------- numbers */

static guint *
number_slot (Demo       *d,
             const char *unit,
             guint       year)
{
  guint u = (guint) g_ascii_strtoull (unit, NULL, 10);

  g_assert (u < TG_DEMO_N_UNITS && year >= FIRST_YEAR && year - FIRST_YEAR < d->world.n_years);
  return &d->numbers[u * d->world.n_years + (year - FIRST_YEAR)];
}

/* A store that already has cases: continue after its numbers. */
static gboolean
numbers_init (Demo    *d,
              GError **error)
{
  TgCaseQuery all = TG_CASE_QUERY_INIT;
  guint count = 0;

  d->numbers = g_new0 (guint, TG_DEMO_N_UNITS * d->world.n_years);
  if (!tg_store_count_cases (d->store, &all, &count, error))
    return FALSE;
  d->salt = count;
  for (guint u = 1; u < TG_DEMO_N_UNITS && count > 0; u++)
    for (guint y = 0; y < d->world.n_years; y++)
      {
        TgCaseQuery q = TG_CASE_QUERY_INIT;
        g_autofree char *code = g_strdup_printf ("%02u", u);
        g_autoptr(GPtrArray) last = NULL;

        q.region = code;
        q.year = (int) (FIRST_YEAR + y);
        q.descending = TRUE;
        last = tg_store_list_cases (d->store, &q, 0, 1, error);
        if (last == NULL)
          return FALSE;
        if (last->len > 0)
          {
            TgCaseSummary *s = g_ptr_array_index (last, 0);
            d->numbers[u * d->world.n_years + y] = (guint) g_ascii_strtoull (s->number + 8, NULL, 10);
          }
      }
  return TRUE;
}

static gboolean
next_number (Demo         *d,
             const char   *unit,
             const GDate  *date,
             char          out[16],
             GError      **error)
{
  guint year = g_date_get_year (date);
  guint *slot = number_slot (d, unit, year);

  if (*slot >= MAX_NUMBER)
    {
      g_set_error (error, TG_DEMO_ERROR, TG_DEMO_ERROR_TOO_MANY,
                   _("Region %s has no registration numbers left for %u: ask for fewer demonstration cases."),
                   unit, year);
      return FALSE;
    }
  g_snprintf (out, 16, "%s-%04u-%05u", unit, year, ++*slot);
  return TRUE;
}

/* A version 4 UUID from the case's stream, so that it is reproducible. */
static void
make_uuid (GRand *rand,
           char   out[37])
{
  guint8 b[16];

  for (guint i = 0; i < 16; i += 4)
    {
      guint32 x = g_rand_int (rand);
      b[i] = x >> 24;
      b[i + 1] = x >> 16;
      b[i + 2] = x >> 8;
      b[i + 3] = x;
    }
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  g_snprintf (out, 37, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
              b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7],
              b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
}

/* ------------------------------------------------------------------ cases */

static TgCase *
make_case (Demo    *d,
           guint    i,
           GError **error)
{
  guint32 seeds[4] = { d->seed, i, d->salt, SALT };
  guint n;
  const TgDemoTerritory *territories = _tg_demo_territories (&n);
  char number[16], id[37];
  TgDemoSeed s;
  guint t;
  GDate date;

  g_rand_set_seed_array (d->rand, seeds, G_N_ELEMENTS (seeds));
  make_uuid (d->rand, id);
  s.occurred = occurrence (d, i);
  _tg_demo_date_of (s.occurred, &date);
  t = _tg_demo_weighted (d->rand, d->territory_weights, d->n_territories);
  s.employer = pick_employer (d, t);
  s.region = unit_at (&territories[t], &date);
  g_assert (tg_region_valid_in (tg_region_lookup (s.region), g_date_get_year (&date)));
  if (!next_number (d, s.region, &date, number, error))
    return NULL;
  s.number = number;
  s.id = id;
  return _tg_demo_life (&d->world, &s, error);
}

static gboolean
insert_case (Demo     *d,
             TgCase   *kase,
             GError  **error)
{
  if (tg_store_insert_case (d->store, kase, error))
    return TRUE;
  g_prefix_error (error, "demo case %s: ", tg_case_get_number (kase));
  return FALSE;
}

/* ------------------------------------------------------------ two threads */

/* Cases are made in a thread of their own while this one inserts them:
 * the store's work and the generator's overlap. A bounded number of
 * cases is in flight; the order, and so every number, stays the same. */

#define IN_FLIGHT 256

static int end_of_cases;
#define END (&end_of_cases)
#define ROOM GINT_TO_POINTER (1)

typedef struct
{
  Demo        *d;
  GAsyncQueue *made;    /* TgCase *, then END */
  GAsyncQueue *room;    /* one ROOM per case that may be made */
  GError      *error;   /* the maker's, read after the join */
  gint         stop;    /* atomic: the inserter gave up */
} Pipe;

static gpointer
make_cases (gpointer data)
{
  Pipe *p = data;

  for (guint i = 0; i < p->d->n_cases; i++)
    {
      TgCase *kase;

      g_async_queue_pop (p->room);
      if (g_atomic_int_get (&p->stop))
        break;
      kase = make_case (p->d, i, &p->error);
      if (kase == NULL)
        break;
      g_async_queue_push (p->made, kase);
    }
  g_async_queue_push (p->made, END);
  return NULL;
}

typedef struct
{
  guint     done;
  gboolean  in_transaction;
  gboolean  failed;
} Inserter;

static void
insert_next (Demo     *d,
             Inserter *ins,
             TgCase   *kase,
             GError  **error)
{
  if (!ins->in_transaction)
    ins->in_transaction = tg_store_begin (d->store, error);
  if (!ins->in_transaction || !insert_case (d, kase, error))
    {
      if (ins->in_transaction)
        tg_store_rollback (d->store);
      ins->in_transaction = FALSE;
      ins->failed = TRUE;
      return;
    }
  ins->done++;
  if (ins->done % BATCH == 0 || ins->done == d->n_cases)
    {
      ins->in_transaction = FALSE;
      ins->failed = !tg_store_commit (d->store, error);
    }
}

static gboolean
insert_all (Demo            *d,
            TgDemoProgress   progress,
            gpointer         user_data,
            GError         **error)
{
  Pipe p = { d, g_async_queue_new (), g_async_queue_new (), NULL, 0 };
  Inserter ins = { 0, FALSE, FALSE };
  GThread *maker;
  gpointer item;

  for (guint i = 0; i < IN_FLIGHT; i++)
    g_async_queue_push (p.room, ROOM);
  maker = g_thread_new ("tg-demo", make_cases, &p);
  while ((item = g_async_queue_pop (p.made)) != END)
    {
      g_autoptr(TgCase) kase = item;

      g_async_queue_push (p.room, ROOM);
      if (ins.failed)
        continue;
      insert_next (d, &ins, kase, error);
      if (ins.failed)
        g_atomic_int_set (&p.stop, 1);
      else if (progress != NULL && ins.done % PROGRESS_EVERY == 0 && ins.done < d->n_cases)
        progress (ins.done, d->n_cases, user_data);
    }
  g_thread_join (maker);
  if (ins.in_transaction)
    tg_store_rollback (d->store);
  if (p.error != NULL && !ins.failed)
    g_propagate_error (error, g_steal_pointer (&p.error));
  g_clear_error (&p.error);
  g_async_queue_unref (p.made);
  g_async_queue_unref (p.room);
  return !ins.failed && ins.done == d->n_cases;
}

static void
demo_clear (Demo *d)
{
  world_clear (&d->world);
  g_clear_pointer (&d->rand, g_rand_free);
  g_clear_pointer (&d->pools, g_ptr_array_unref);
  if (d->employers != NULL)
    for (guint i = 0; i < N_EMPLOYERS; i++)
      _tg_demo_employer_clear (&d->employers[i]);
  g_clear_pointer (&d->employers, g_free);
  g_clear_pointer (&d->numbers, g_free);
}

gboolean
tg_demo_generate (TgStore         *store,
                  guint            n_cases,
                  guint32          seed,
                  TgDemoProgress   progress,
                  gpointer         user_data,
                  GError         **error)
{
  Demo d = { 0 };
  gboolean ok;

  g_return_val_if_fail (TG_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  d.store = store;
  d.seed = seed;
  d.n_cases = n_cases;
  d.rand = g_rand_new_with_seed (seed);
  world_init (&d.world, store, d.rand);
  employers_init (&d, d.rand);
  span_init (&d);
  d.world.rand = d.rand;

  ok = n_cases == 0 || (numbers_init (&d, error) && insert_all (&d, progress, user_data, error));
  if (ok && progress != NULL)
    progress (n_cases, n_cases, user_data);
  demo_clear (&d);
  return ok;
}
