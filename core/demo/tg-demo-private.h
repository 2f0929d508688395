/* tg-demo-private.h — shared by the tg-demo*.c files only
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The demo generator is split by concern: tg-demo.c runs the whole (time
 * line, numbers, transactions); tg-demo-life.c plans and plays one case's
 * life, with tg-demo-events.c for what happens and tg-demo-victims.c for
 * the accident itself; tg-demo-names.c makes people, employers and
 * places; tg-demo-texts.c holds the text pools. Every pool is a static
 * NULL-terminated array.
 */
#pragma once

#include <glib.h>

#include "tg-calendar.h"
#include "tg-case.h"
#include "tg-dispute.h"
#include "tg-extension.h"
#include "tg-victim.h"
#include "tg-enums.h"
#include "tg-rules.h"

G_BEGIN_DECLS

/* A NULL-terminated string array as an expression (static storage at file
 * scope). */
#define TG_DEMO_STRV(...) ((const char * const []) { __VA_ARGS__, NULL })

/* --- randomness --------------------------------------------------------- */

/* lo..hi inclusive. */
guint        _tg_demo_range     (GRand              *rand,
                                 guint               lo,
                                 guint               hi);
/* TRUE with probability @per_mille / 1000. */
gboolean     _tg_demo_chance    (GRand              *rand,
                                 guint               per_mille);
/* A random element of a NULL-terminated array. */
const char  *_tg_demo_pick      (GRand              *rand,
                                 const char * const *pool);
/* An index 0..@n-1 with probability proportional to @weights[i]. */
guint        _tg_demo_weighted  (GRand              *rand,
                                 const guint        *weights,
                                 guint               n);
/* @pattern with its '#' replaced by @number ("лава #" → "лава 12"). */
char        *_tg_demo_fill      (const char         *pattern,
                                 guint               number);

/* --- people --------------------------------------------------------------- */

typedef enum
{
  TG_DEMO_KAZAKH,     /* Kazakh spelling, patronymic -ұлы / -қызы */
  TG_DEMO_RUSSIFIED,  /* a Kazakh name in Russian spelling, -ович / -овна */
  TG_DEMO_RUSSIAN,
  TG_DEMO_OTHER,      /* Korean, Ukrainian, German, Uzbek families */
} TgDemoOrigin;

/* The origin of a person in a place where @kazakh_percent are Kazakhs. */
TgDemoOrigin _tg_demo_origin    (GRand              *rand,
                                 guint               kazakh_percent);
/* "Surname Given Patronymic" in the forms of @sex; *@initials (optional)
 * gets "Surname G. P." for signatures and lists of responsible persons. */
char        *_tg_demo_person    (GRand              *rand,
                                 TgDemoOrigin        origin,
                                 TgSex               sex,
                                 char              **initials);

/* --- territories and sectors ------------------------------------------ */

/* A territory as it is today; cases before a reform carry the unit that
 * existed then (Turkistan and Shymkent were South Kazakhstan before
 * 19 June 2018; Abai, Jetisu and Ulytau were parts of East Kazakhstan,
 * Almaty and Karaganda regions before 8 June 2022). */
typedef struct
{
  const char         *code;
  const char         *earlier_code;   /* NULL: no reform */
  guint               reform_year, reform_month, reform_day;
  guint               weight;         /* share of accidents */
  guint               kazakh_percent;
  guint32             specialties;    /* 1 << sector for the region's industries */
  const char * const *towns;          /* Kazakh names; the first is the seat */
} TgDemoTerritory;

const TgDemoTerritory *_tg_demo_territories (guint *n);
/* "Карагандинской области" for a unit code (01–21). */
const char  *_tg_demo_region_genitive (const char *code);

/* Branches of the economy; the order of _tg_demo_sectors (). */
typedef enum
{
  TG_DEMO_COAL,
  TG_DEMO_IRON_ORE,
  TG_DEMO_NON_FERROUS,
  TG_DEMO_OIL,
  TG_DEMO_METALLURGY,
  TG_DEMO_ENERGY,
  TG_DEMO_GAS,
  TG_DEMO_BUILDING,
  TG_DEMO_ROADS,
  TG_DEMO_TRUCKING,
  TG_DEMO_RAIL,
  TG_DEMO_FARMING,
  TG_DEMO_FOOD,
  TG_DEMO_MACHINERY,
  TG_DEMO_CEMENT,
  TG_DEMO_RETAIL,
  TG_DEMO_HEALTH,
  TG_DEMO_SCHOOL,
  TG_DEMO_WATER,
  TG_DEMO_WASTE,
  TG_DEMO_SECURITY,
  TG_DEMO_N_SECTORS
} TgDemoSectorId;

typedef struct
{
  const char         *activity;       /* OKED */
  guint               weight;
  guint               female_percent;
  guint               hazardous_per_mille;
  gboolean            public_body;    /* state enterprise: ГКП, КГУ … */
  const char         *form;           /* its legal form when fixed ("КГУ") */
  gboolean            town_names;     /* utilities named after their town */
  const char         *authority;      /* "управления здравоохранения" + region */
  const char * const *words;          /* for employer names */
  const char * const *occupations;
  const char * const *places;         /* '#' takes a number */
  const char * const *circumstances;
  const char * const *causes;
  const char * const *violations;
} TgDemoSector;

const TgDemoSector *_tg_demo_sectors (guint *n);

/* --- employers ------------------------------------------------------------ */

typedef struct
{
  char  *name;
  char  *bin;
  char  *address;
  guint  territory;   /* index into _tg_demo_territories () */
  guint  sector;      /* index into _tg_demo_sectors () */
  guint  acts;        /* acts this employer's commissions have drawn up */
} TgDemoEmployer;

/* Fills @employer with a new employer of @sector in @territory; @names
 * (a set of names taken) keeps names unique; @serial makes the BIN unique. */
void         _tg_demo_employer_init  (TgDemoEmployer *employer,
                                      GRand          *rand,
                                      guint           territory,
                                      guint           sector,
                                      guint           serial,
                                      GHashTable     *names);
void         _tg_demo_employer_clear (TgDemoEmployer *employer);

/* --- the world the cases happen in (tg-demo.c) ---------------------------- */

/* Unit codes run 01–21. */
#define TG_DEMO_N_UNITS 22

/* The labour inspection of a unit: its chief and some inspectors. */
typedef struct
{
  char  *organization;     /* "Управление инспекции труда Карагандинской области" */
  char  *chief;            /* full name */
  char  *chief_position;   /* "главный государственный инспектор труда …" */
  char  *chief_signature;  /* "Омаров Д. С., главный государственный инспектор труда …" */
  char  *inspectors[6];
  char  *actor;            /* "LI-08", as in exchange files */
} TgDemoInspectorate;

typedef struct
{
  GRand              *rand;           /* the current case's stream */
  TgCalendar         *calendar;
  gint64              now;            /* Unix time; nothing happens later */
  GDate               today;
  guint               first_year;
  guint               n_years;
  char               *committee;      /* the Committee's name, from the settings */
  char               *committee_kk;   /* the same in Kazakh */
  char               *order_suffix;   /* "к" */
  char               *chairman;       /* "… , Председатель Комитета" */
  char               *deputies[3];    /* full names */
  char               *experts[6];
  TgDemoInspectorate  units[TG_DEMO_N_UNITS];
  guint16            *iin_serials;    /* next serial by birth day and sex */
  guint              *orders;         /* last order number by year */
  guint              *committee_acts; /* last Committee act number by year */
} TgDemoWorld;

/* What tg-demo.c has decided about a case before its life is told. */
typedef struct
{
  TgDemoEmployer        *employer;    /* its act counter moves */
  const char            *region;      /* unit code valid at @occurred */
  const char            *number;
  const char            *id;
  gint64                 occurred;
} TgDemoSeed;

/* Tells the life of a case up to @world->now: victims, accident, states,
 * investigation, disputes, requests and history. */
TgCase      *_tg_demo_life           (TgDemoWorld      *world,
                                      const TgDemoSeed *seed,
                                      GError          **error);

/* --- time (tg-demo-life.c) ---------------------------------------------------- */

#define TG_DEMO_UTC_OFFSET (5 * 3600)

/* The Astana date of @time. */
void         _tg_demo_date_of        (gint64       time,
                                      GDate       *date);
/* @date at @seconds after midnight, Astana time. */
gint64       _tg_demo_time_at        (const GDate *date,
                                      guint        seconds);
/* A working-hours time on @date (09:00–17:59). */
gint64       _tg_demo_work_time      (GRand       *rand,
                                      const GDate *date);

/* --- one case's life (tg-demo-life.c, -events.c, -victims.c) ------------- */

#define TG_DEMO_MINUTE 60
#define TG_DEMO_HOUR (60 * TG_DEMO_MINUTE)
#define TG_DEMO_DAY (24 * TG_DEMO_HOUR)
#define TG_DEMO_MAX_EVENTS 24
#define TG_DEMO_MAX_REQUESTS 3

/* What happens to a case, in the order planned; played in time order. */
typedef enum
{
  TG_DEMO_EV_ROUTE,
  TG_DEMO_EV_APPOINT,
  TG_DEMO_EV_EXTEND,
  TG_DEMO_EV_REQUEST,
  TG_DEMO_EV_ANSWER,
  TG_DEMO_EV_CONCLUDE,
  TG_DEMO_EV_FILE,
  TG_DEMO_EV_REVIEW,
  TG_DEMO_EV_DECIDE,
  TG_DEMO_EV_WITHDRAW,
  TG_DEMO_EV_APPEAL,
  TG_DEMO_EV_APPEAL_RESULT,
  TG_DEMO_EV_REINVESTIGATE,
  TG_DEMO_EV_CLOSE,
  TG_DEMO_EV_REOPEN,
} TgDemoEventKind;

typedef struct
{
  gint64           at;
  TgDemoEventKind  kind;
  guint            arg;
  guint            order;   /* ties keep the order of planning */
} TgDemoEvent;

/* An information request, planned before it is sent. */
typedef struct
{
  GDate     sent;
  GDate     answered;   /* invalid: never answered */
  gboolean  blocking;
} TgDemoRequestPlan;

/* A case being told: what it is, and its plan. */
typedef struct
{
  TgDemoWorld              *w;
  GRand                    *rand;
  GRand                    *aside;      /* for what the documents need (tg-demo-documents.c) */
  const TgDemoSeed         *seed;
  const TgDemoSector       *sector;
  const TgDemoTerritory    *territory;
  const TgDemoInspectorate *unit;
  TgCase                   *kase;
  TgClassification          klass;
  const char               *curator;    /* the Committee investigator in charge */
  gint64                    registered;

  TgDemoEvent               events[TG_DEMO_MAX_EVENTS];
  guint                     n_events;

  /* what the events need to know */
  GDate                     ext_granted;
  GDate                     ext_due;
  TgDemoRequestPlan         requests[TG_DEMO_MAX_REQUESTS];
  guint                     n_requests;
  GDate                     dispute_filed;
  TgParty                   dispute_party;
  TgOutcome                 outcome;
} TgDemoLife;

/* --- what the documents need (tg-demo-documents.c) ------------------------ */

void         _tg_demo_enrich_victim     (TgDemoLife   *l,
                                         TgVictim     *v,
                                         const GDate  *occurred);
void         _tg_demo_enrich_commission (TgDemoLife   *l,
                                         TgCommission *com);
void         _tg_demo_enrich_findings   (TgDemoLife   *l,
                                         TgFindings   *f,
                                         const GDate  *act_date);
void         _tg_demo_enrich_dispute    (TgDemoLife   *l,
                                         TgDispute    *d);
void         _tg_demo_enrich_decision   (TgDemoLife   *l,
                                         TgDispute    *d);
void         _tg_demo_enrich_extension  (TgDemoLife   *l,
                                         TgExtension  *x);

/* A kind of accident: how many victims, how many die (tg-demo-victims.c). */
typedef struct _TgDemoKind TgDemoKind;

const TgDemoKind *_tg_demo_pick_kind (GRand            *rand);
/* Employer, times of the accident, report and registration, place. */
void         _tg_demo_set_accident   (TgDemoLife       *l,
                                      const TgDemoKind *kind);
void         _tg_demo_add_victims    (TgDemoLife       *l,
                                      const TgDemoKind *kind);

/* Plays one event: the case changes and history records it. */
gboolean     _tg_demo_play           (TgDemoLife        *l,
                                      const TgDemoEvent *e,
                                      GError           **error);

/* "YYYY-MM-DDTHH:MM:SS+05:00" and "YYYY-MM-DD". */
void         _tg_demo_format_time    (gint64       time,
                                      char         out[32]);
void         _tg_demo_format_date    (const GDate *date,
                                      char         out[16]);
/* @n working days after @from (the store's calendar). */
void         _tg_demo_add_wd         (TgDemoLife  *l,
                                      const GDate *from,
                                      guint        n,
                                      GDate       *result);
/* Appends a history entry, as the application writes it. */
void         _tg_demo_record         (TgDemoLife *l,
                                      gint64      at,
                                      const char *actor,
                                      const char *command,
                                      const char *reason,
                                      const char *path,
                                      const char *before,
                                      const char *after);
/* The same with the command's parameters @params (a{sv}, floating). */
void         _tg_demo_record_params  (TgDemoLife *l,
                                      gint64      at,
                                      const char *actor,
                                      const char *command,
                                      GVariant   *params,
                                      const char *path,
                                      const char *before,
                                      const char *after);
/* The entry the command @command writes when it changes the field @path
 * (tg_model_diff's paths) from @before to @after, by the curator. */
void         _tg_demo_record_edit    (TgDemoLife *l,
                                      gint64      at,
                                      const char *command,
                                      const char *path,
                                      const char *before,
                                      const char *after);
/* Applies @action through the rules on the day of @at and records it. */
gboolean     _tg_demo_transition     (TgDemoLife  *l,
                                      gint64       at,
                                      TgAction     action,
                                      const char  *actor,
                                      const char  *reason,
                                      GError     **error);

/* --- general text pools (tg-demo-texts.c) --------------------------------- */

extern const char * const tg_demo_injuries_light[];
extern const char * const tg_demo_injuries_severe[];
extern const char * const tg_demo_injuries_fatal[];
extern const char * const tg_demo_injuries_poisoning[];
extern const char * const tg_demo_circumstances_poisoning[];
extern const char * const tg_demo_causes_general[];
extern const char * const tg_demo_violations_general[];
extern const char * const tg_demo_responsible_positions[];
extern const char * const tg_demo_extension_reasons[];
extern const char * const tg_demo_request_subjects[];
extern const char * const tg_demo_request_answers[];
extern const char * const tg_demo_reopen_reasons[];
extern const char * const tg_demo_courts[];
extern const char * const tg_demo_appeal_results[];
extern const char * const tg_demo_actors[];

/* Claims by who files them (a TgParty) and what about (TgDisputeSubject). */
const char  *_tg_demo_claim          (GRand            *rand,
                                      TgParty           party,
                                      TgDisputeSubject  subject);
/* A party's position on someone else's claim. */
const char  *_tg_demo_position       (GRand            *rand,
                                      TgParty           party);
const char  *_tg_demo_reasoning      (GRand            *rand,
                                      TgOutcome         outcome);
/* The main cause of a not-work-related finding. */
const char  *_tg_demo_ground_cause   (TgGround          ground);

G_END_DECLS
