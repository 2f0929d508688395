/* tg-demo-names.c — people, places and employers for the demo generator
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * All persons and companies made here are fictitious; the pools are
 * common names, so any likeness to a real one is chance.
 */
#define G_LOG_DOMAIN "tg-demo"

#include "config.h"

#include <string.h>

#include "tg-demo-private.h"
#include "tg-identifiers.h"
#include "tg-regions.h"

/* ------------------------------------------------------------ randomness */

guint
_tg_demo_range (GRand *rand,
                guint  lo,
                guint  hi)
{
  g_assert (lo <= hi);
  if (lo == hi)
    return lo;
  return (guint) g_rand_int_range (rand, (gint32) lo, (gint32) hi + 1);
}

gboolean
_tg_demo_chance (GRand *rand,
                 guint  per_mille)
{
  return g_rand_int_range (rand, 0, 1000) < (gint32) per_mille;
}

const char *
_tg_demo_pick (GRand              *rand,
               const char * const *pool)
{
  guint n = 0;

  while (pool[n] != NULL)
    n++;
  g_assert (n > 0);
  return pool[g_rand_int_range (rand, 0, (gint32) n)];
}

guint
_tg_demo_weighted (GRand       *rand,
                   const guint *weights,
                   guint        n)
{
  guint total = 0, x;

  for (guint i = 0; i < n; i++)
    total += weights[i];
  g_assert (total > 0);
  x = (guint) g_rand_int_range (rand, 0, (gint32) total);
  for (guint i = 0; i < n; i++)
    {
      if (x < weights[i])
        return i;
      x -= weights[i];
    }
  g_assert_not_reached ();
}

char *
_tg_demo_fill (const char *pattern,
               guint       number)
{
  const char *hash = strchr (pattern, '#');

  if (hash == NULL)
    return g_strdup (pattern);
  return g_strdup_printf ("%.*s%u%s", (int) (hash - pattern), pattern, number, hash + 1);
}

/* ---------------------------------------------------------------- people */

/* Kazakh spelling; surnames in their masculine form (the feminine adds
 * "а": -ов/-ев/-ин → -ова/-ева/-ина). */
static const char * const kk_surnames[] = {
  "Ахметов", "Жұмабаев", "Сейітов", "Оспанов", "Тоқтаров", "Беков", "Омаров",
  "Исаев", "Әбенов", "Қасымов", "Смағұлов", "Ибраев", "Садықов", "Төлегенов",
  "Ысқақов", "Мұсин", "Бекмұханов", "Қалиев", "Нұрмағамбетов", "Сәрсенбаев",
  "Құдайбергенов", "Жақыпов", "Әлімжанов", "Есенов", "Қожахметов", "Байжанов",
  "Мұқанов", "Серікбаев", "Шәріпов", "Үсенов", "Өтепов", "Ілиясов", "Ғабдуллин",
  "Әубәкіров", "Нұрпейісов", "Тұрсынов", "Рақымжанов", "Бейсенов", "Дүйсенбаев",
  "Ермеков", "Әміров", "Жанұзақов", "Оразбаев", "Сұлтанов", "Қуанышев",
  "Темірбеков", "Мамытов", "Әділов", "Шайхин", "Ержанов", "Балтабаев",
  "Тәжібаев", "Нұрғалиев", "Көшербаев", "Сағынтаев", "Бөкейханов", "Есімов",
  NULL
};

static const char * const kk_male[] = {
  "Серік", "Ерлан", "Нұрлан", "Бауыржан", "Дәурен", "Асқар", "Ержан", "Қайрат",
  "Мұрат", "Ғалым", "Жандос", "Айдос", "Әділет", "Бекзат", "Ерболат", "Дархан",
  "Талғат", "Санжар", "Арман", "Ерасыл", "Бақытжан", "Медет", "Қуаныш", "Әлібек",
  "Мақсат", "Ақжол", "Рүстем", "Дәулет", "Мейіржан", "Жаһангер", "Шаһмардан",
  "Нұржан", "Ерғали", "Өмірзақ", "Төлеген", "Ілияс", "Сәкен", "Болат", "Марат",
  "Қанат", "Ермек", "Жанат", "Азамат", "Руслан", "Тимур", "Абылай", "Ернар",
  "Ғабит", "Нұрбол", "Жасұлан", "Алмас", "Айбек", "Үсен", "Ерұлан", "Олжас",
  NULL
};

static const char * const kk_female[] = {
  "Гүлнар", "Әсел", "Айгүл", "Жанар", "Динара", "Сәуле", "Мөлдір", "Ақмарал",
  "Ботагөз", "Айжан", "Қарлығаш", "Гүлмира", "Жазира", "Назерке", "Аружан",
  "Ұлжан", "Әйгерім", "Салтанат", "Меруерт", "Зүһра", "Іңкәр", "Нұрсұлу",
  "Толғанай", "Балжан", "Гүлжан", "Ақбота", "Шынар", "Райхан", "Дана", "Жұлдыз",
  "Ләззат", "Гауһар", "Күләш", "Өрзия", "Сандуғаш", "Әлия",
  NULL
};

/* Fathers' names for patronymics: all end in a consonant other than "й",
 * so that both -ұлы/-қызы and (transliterated) -ович/-овна attach. */
static const char * const kk_fathers[] = {
  "Болат", "Марат", "Серік", "Ерлан", "Қайрат", "Асқар", "Нұрлан", "Сәкен",
  "Ержан", "Бақыт", "Қанат", "Мұрат", "Ермек", "Талғат", "Дәулет", "Жандос",
  "Сабыр", "Төлеген", "Жақсылық", "Бейсен", "Қасым", "Ғабит", "Жанат",
  "Нұрболат", "Мақсат", "Бекет", "Әбдірахман", "Өмірзақ", "Ілияс", "Үсен",
  "Шаһмардан", "Тұрсын", "Қуаныш", "Бауыржан", "Есен", "Оңалбек", "Ғалым",
  NULL
};

static const char * const ru_surnames[] = {
  "Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Васильев", "Соколов",
  "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев",
  "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов", "Николаев", "Орлов",
  "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв", "Борисов",
  "Яковлев", "Григорьев", "Романов", "Воробьёв", "Сергеев", "Кузьмин", "Фролов",
  "Дмитриев", "Королёв", "Гусев", "Киселёв", "Ильин", "Максимов", "Поляков",
  "Сорокин", "Виноградов", "Ковалёв", "Белов", "Медведев", "Антонов", "Тарасов",
  "Жуков", "Баранов", "Филиппов", "Комаров", "Давыдов", "Беляев", "Богданов",
  "Осипов", "Сидоров", "Матвеев", "Титов", "Марков", "Миронов", "Крылов",
  "Куликов", "Карпов", "Власов", "Мельников", "Денисов", "Гаврилов", "Тихонов",
  NULL
};

static const char * const ru_male[] = {
  "Александр", "Сергей", "Андрей", "Алексей", "Дмитрий", "Владимир", "Виктор",
  "Николай", "Евгений", "Игорь", "Олег", "Юрий", "Павел", "Михаил", "Иван",
  "Денис", "Константин", "Вадим", "Роман", "Максим", "Артём", "Геннадий",
  "Валерий", "Анатолий", "Василий", "Владислав", "Станислав", "Илья",
  NULL
};

static const char * const ru_female[] = {
  "Елена", "Ольга", "Татьяна", "Наталья", "Ирина", "Светлана", "Анна",
  "Екатерина", "Марина", "Юлия", "Галина", "Людмила", "Оксана", "Надежда",
  "Валентина", "Любовь", "Алёна", "Виктория", "Лариса", "Евгения",
  NULL
};

/* Patronymic stems: + "ич" for men, + "на" for women. */
static const char * const ru_patronymics[] = {
  "Александров", "Сергеев", "Николаев", "Иванов", "Петров", "Викторов",
  "Владимиров", "Андреев", "Алексеев", "Дмитриев", "Юрьев", "Михайлов",
  "Анатольев", "Васильев", "Геннадьев", "Валерьев", "Евгеньев", "Олегов",
  "Павлов", "Игорев", "Борисов", "Григорьев", "Леонидов", "Степанов", "Фёдоров",
  "Константинов", "Владиславов", "Яковлев", "Романов",
  NULL
};

/* Surnames that do not change with sex. */
static const char * const other_surnames[] = {
  "Ким", "Пак", "Цой", "Ли", "Хван", "Тен", "Петренко", "Бондаренко",
  "Шевченко", "Коваленко", "Ткаченко", "Кравченко", "Шмидт", "Вагнер", "Миллер",
  "Келлер", "Гейер", "Рейтер",
  NULL
};

static const char * const uz_surnames[] = {
  "Юсупов", "Турсунов", "Юлдашев", "Рахимов", "Каримов", "Усманов", "Назаров",
  "Мирзаев", "Абдуллаев", "Хасанов",
  NULL
};

static const char * const uz_male[] = {
  "Ботир", "Шухрат", "Рустам", "Фарход", "Улугбек", "Жамшид", "Анвар", "Бахтиёр",
  NULL
};

static const char * const uz_female[] = {
  "Дилноза", "Гулнора", "Малика", "Нигора", "Феруза", "Зарина",
  NULL
};

static const char * const uz_fathers[] = {
  "Рахим", "Карим", "Анвар", "Шухрат", "Рустам", "Ахмад", "Икрам", "Хасан",
  NULL
};

TgDemoOrigin
_tg_demo_origin (GRand *rand,
                 guint  kazakh_percent)
{
  guint x = _tg_demo_range (rand, 0, 99);

  if (x < kazakh_percent)
    return _tg_demo_range (rand, 0, 99) < 78 ? TG_DEMO_KAZAKH : TG_DEMO_RUSSIFIED;
  return _tg_demo_range (rand, 0, 99) < 82 ? TG_DEMO_RUSSIAN : TG_DEMO_OTHER;
}

/* Kazakh letters to the Russian spelling of the same name. */
static char *
russify (const char *kazakh)
{
  static const struct { gunichar from, to; } map[] = {
    { 0x04D9, 0x0430 }, { 0x04D8, 0x0410 },   /* ә → а */
    { 0x0493, 0x0433 }, { 0x0492, 0x0413 },   /* ғ → г */
    { 0x049B, 0x043A }, { 0x049A, 0x041A },   /* қ → к */
    { 0x04A3, 0x043D }, { 0x04A2, 0x041D },   /* ң → н */
    { 0x04E9, 0x043E }, { 0x04E8, 0x041E },   /* ө → о */
    { 0x04B1, 0x0443 }, { 0x04B0, 0x0423 },   /* ұ → у */
    { 0x04AF, 0x0443 }, { 0x04AE, 0x0423 },   /* ү → у */
    { 0x04BB, 0x0445 }, { 0x04BA, 0x0425 },   /* һ → х */
    { 0x0456, 0x0438 }, { 0x0406, 0x0418 },   /* і → и */
  };
  GString *out = g_string_sized_new (strlen (kazakh));

  for (const char *p = kazakh; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      for (guint i = 0; i < G_N_ELEMENTS (map); i++)
        if (map[i].from == c)
          {
            c = map[i].to;
            break;
          }
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static char *
feminine (const char *surname)
{
  return g_strconcat (surname, "а", NULL);
}

static void
append_initial (GString    *s,
                const char *name)
{
  g_string_append_unichar (s, g_utf8_get_char (name));
  g_string_append_c (s, '.');
}

/* Parts of a name: each owned, assembled by _tg_demo_person. */
typedef struct
{
  char *surname;
  char *given;
  char *patronymic;
} Parts;

static void
kazakh_parts (GRand    *rand,
              TgSex     sex,
              gboolean  russified,
              Parts    *p)
{
  const char *surname = _tg_demo_pick (rand, kk_surnames);
  const char *given = _tg_demo_pick (rand, sex == TG_SEX_MALE ? kk_male : kk_female);
  const char *father = _tg_demo_pick (rand, kk_fathers);

  if (!russified)
    {
      p->surname = sex == TG_SEX_MALE ? g_strdup (surname) : feminine (surname);
      p->given = g_strdup (given);
      p->patronymic = g_strconcat (father, sex == TG_SEX_MALE ? "ұлы" : "қызы", NULL);
      return;
    }
  p->surname = russify (surname);
  if (sex == TG_SEX_FEMALE)
    {
      char *f = feminine (p->surname);
      g_free (p->surname);
      p->surname = f;
    }
  p->given = russify (given);
  {
    g_autofree char *f = russify (father);
    p->patronymic = g_strconcat (f, sex == TG_SEX_MALE ? "ович" : "овна", NULL);
  }
}

static void
russian_parts (GRand *rand,
               TgSex  sex,
               Parts *p)
{
  const char *surname = _tg_demo_pick (rand, ru_surnames);

  p->surname = sex == TG_SEX_MALE ? g_strdup (surname) : feminine (surname);
  p->given = g_strdup (_tg_demo_pick (rand, sex == TG_SEX_MALE ? ru_male : ru_female));
  p->patronymic = g_strconcat (_tg_demo_pick (rand, ru_patronymics),
                               sex == TG_SEX_MALE ? "ич" : "на", NULL);
}

static void
other_parts (GRand *rand,
             TgSex  sex,
             Parts *p)
{
  if (_tg_demo_chance (rand, 700))
    {
      russian_parts (rand, sex, p);
      g_free (p->surname);
      p->surname = g_strdup (_tg_demo_pick (rand, other_surnames));
      return;
    }
  p->surname = g_strdup (_tg_demo_pick (rand, uz_surnames));
  if (sex == TG_SEX_FEMALE)
    {
      char *f = feminine (p->surname);
      g_free (p->surname);
      p->surname = f;
    }
  p->given = g_strdup (_tg_demo_pick (rand, sex == TG_SEX_MALE ? uz_male : uz_female));
  p->patronymic = g_strconcat (_tg_demo_pick (rand, uz_fathers),
                               sex == TG_SEX_MALE ? "ович" : "овна", NULL);
}

char *
_tg_demo_person (GRand         *rand,
                 TgDemoOrigin   origin,
                 TgSex          sex,
                 char         **initials)
{
  Parts p = { NULL, NULL, NULL };
  char *full;

  switch (origin)
    {
    case TG_DEMO_KAZAKH:
    case TG_DEMO_RUSSIFIED:
      kazakh_parts (rand, sex, origin == TG_DEMO_RUSSIFIED, &p);
      break;
    case TG_DEMO_RUSSIAN:
      russian_parts (rand, sex, &p);
      break;
    case TG_DEMO_OTHER:
    default:
      other_parts (rand, sex, &p);
      break;
    }
  full = g_strjoin (" ", p.surname, p.given, p.patronymic, NULL);
  if (initials != NULL)
    {
      GString *s = g_string_new (p.surname);

      g_string_append_c (s, ' ');
      append_initial (s, p.given);
      append_initial (s, p.patronymic);
      *initials = g_string_free (s, FALSE);
    }
  g_free (p.surname);
  g_free (p.given);
  g_free (p.patronymic);
  return full;
}

/* ----------------------------------------------------------- territories */

#define SP(s) (1u << TG_DEMO_##s)

/* Weights follow the regions' industrial employment, roughly; Kazakh
 * shares the census (2021), rounded. */
static const TgDemoTerritory territories[] = {
  { "01", NULL, 0, 0, 0, 5, 50, SP (FARMING) | SP (NON_FERROUS) | SP (FOOD),
    TG_DEMO_STRV ("Көкшетау", "Степногорск", "Щучинск", "Макинск", "Атбасар", "Ерейментау") },
  { "02", NULL, 0, 0, 0, 6, 82, SP (OIL) | SP (NON_FERROUS) | SP (METALLURGY),
    TG_DEMO_STRV ("Ақтөбе", "Хромтау", "Қандыағаш", "Алға", "Шалқар", "Ембі") },
  { "03", NULL, 0, 0, 0, 6, 70, SP (FARMING) | SP (FOOD) | SP (BUILDING) | SP (CEMENT),
    TG_DEMO_STRV ("Қонаев", "Есік", "Қаскелең", "Талғар", "Шелек") },
  { "04", NULL, 0, 0, 0, 6, 92, SP (OIL) | SP (GAS) | SP (BUILDING),
    TG_DEMO_STRV ("Атырау", "Құлсары", "Доссор", "Мақат") },
  { "05", NULL, 0, 0, 0, 7, 55, SP (NON_FERROUS) | SP (METALLURGY) | SP (ENERGY),
    TG_DEMO_STRV ("Өскемен", "Риддер", "Алтай", "Шемонаиха", "Серебрянск") },
  { "06", NULL, 0, 0, 0, 4, 75, SP (FARMING) | SP (FOOD) | SP (CEMENT),
    TG_DEMO_STRV ("Тараз", "Жаңатас", "Қаратау", "Шу") },
  { "07", NULL, 0, 0, 0, 4, 75, SP (OIL) | SP (GAS) | SP (FARMING),
    TG_DEMO_STRV ("Орал", "Ақсай", "Шыңғырлау", "Жәнібек") },
  { "08", NULL, 0, 0, 0, 13, 55, SP (COAL) | SP (METALLURGY) | SP (NON_FERROUS) | SP (MACHINERY),
    TG_DEMO_STRV ("Қарағанды", "Теміртау", "Шахтинск", "Саран", "Абай", "Балқаш", "Приозерск") },
  { "09", NULL, 0, 0, 0, 3, 95, SP (OIL) | SP (FARMING),
    TG_DEMO_STRV ("Қызылорда", "Арал", "Қазалы", "Жаңақорған", "Шиелі") },
  { "10", NULL, 0, 0, 0, 6, 45, SP (IRON_ORE) | SP (FARMING) | SP (MACHINERY),
    TG_DEMO_STRV ("Қостанай", "Рудный", "Лисаков", "Арқалық", "Жітіқара") },
  { "11", NULL, 0, 0, 0, 5, 92, SP (OIL) | SP (GAS),
    TG_DEMO_STRV ("Ақтау", "Жаңаөзен", "Форт-Шевченко", "Бейнеу") },
  { "12", NULL, 0, 0, 0, 7, 50, SP (COAL) | SP (ENERGY) | SP (METALLURGY),
    TG_DEMO_STRV ("Павлодар", "Екібастұз", "Ақсу") },
  { "13", NULL, 0, 0, 0, 3, 38, SP (FARMING) | SP (FOOD),
    TG_DEMO_STRV ("Петропавл", "Булаево", "Сергеевка", "Тайынша", "Мамлют") },
  { "15", NULL, 0, 0, 0, 8, 78, SP (BUILDING) | SP (ROADS) | SP (RETAIL) | SP (HEALTH) | SP (SECURITY) | SP (TRUCKING),
    TG_DEMO_STRV ("Астана") },
  { "16", NULL, 0, 0, 0, 10, 62, SP (BUILDING) | SP (RETAIL) | SP (HEALTH) | SP (TRUCKING) | SP (SECURITY) | SP (FOOD),
    TG_DEMO_STRV ("Алматы") },
  { "17", "14", 2018, 6, 19, 5, 80, SP (FARMING) | SP (CEMENT) | SP (BUILDING),
    TG_DEMO_STRV ("Түркістан", "Кентау", "Арыс", "Сарыағаш", "Жетісай", "Ленгер") },
  { "18", "14", 2018, 6, 19, 5, 72, SP (BUILDING) | SP (FOOD) | SP (CEMENT) | SP (RETAIL),
    TG_DEMO_STRV ("Шымкент") },
  { "19", "05", 2022, 6, 8, 4, 75, SP (COAL) | SP (NON_FERROUS) | SP (FARMING) | SP (ENERGY),
    TG_DEMO_STRV ("Семей", "Аягөз", "Курчатов", "Шар") },
  { "20", "03", 2022, 6, 8, 3, 70, SP (FARMING) | SP (FOOD),
    TG_DEMO_STRV ("Талдықорған", "Текелі", "Жаркент", "Үштөбе", "Үшарал") },
  { "21", "08", 2022, 6, 8, 4, 85, SP (NON_FERROUS) | SP (METALLURGY) | SP (IRON_ORE),
    TG_DEMO_STRV ("Жезқазған", "Сәтбаев", "Қаражал") },
};

#undef SP

const TgDemoTerritory *
_tg_demo_territories (guint *n)
{
  *n = G_N_ELEMENTS (territories);
  return territories;
}

/* For positions and organizations ("… инспекции труда Карагандинской
 * области"), by unit code 01–21. */
static const char * const genitives[] = {
  "Акмолинской области", "Актюбинской области", "Алматинской области",
  "Атырауской области", "Восточно-Казахстанской области", "Жамбылской области",
  "Западно-Казахстанской области", "Карагандинской области",
  "Кызылординской области", "Костанайской области", "Мангистауской области",
  "Павлодарской области", "Северо-Казахстанской области",
  "Южно-Казахстанской области", "города Астаны", "города Алматы",
  "Туркестанской области", "города Шымкента", "области Абай",
  "области Жетісу", "области Ұлытау",
};

const char *
_tg_demo_region_genitive (const char *code)
{
  guint i = (guint) g_ascii_strtoull (code, NULL, 10);

  g_return_val_if_fail (i >= 1 && i <= G_N_ELEMENTS (genitives), "");
  return genitives[i - 1];
}

/* ------------------------------------------------------------- employers */

static const char * const roots[] = {
  "Сарыарқа", "Алтын", "Ертіс", "Жетісу", "Каспий", "Арман", "Береке", "Нұр",
  "Ақ Жол", "Тау", "Дала", "Көкше", "Алатау", "Атамекен", "Ұлытау", "Бәйтерек",
  "Шұғыла", "Қыран", "Тұлпар", "Есіл", "Нұра", "Іле", "Сырдария", "Балқаш",
  "Маңғыстау", "Жайық", "Орда", "Мерей", "Шаңырақ", "Ақсу", "Көктем", "Сұңқар",
  "Бірлік", "Өркен", "Жігер", "Болашақ", "Қайнар", "Евразия", "Восток", "Север",
  "Центр", "Прогресс", "Альянс", "Гарант", "Стандарт", "Интер", "Азия", "Степь",
  "Темір", "Өнім", "Қазына", "Сункар", "Олжа", "Талап", "Кемел", "Арыстан",
  "Мұрагер", "Достық", "Жасыл", "Алтай", "Кен Дала", "Тарлан", "Самал",
  NULL
};

static const char * const commercial_forms[] = {
  "ТОО", "ТОО", "ТОО", "ТОО", "ТОО", "ТОО", "ТОО", "ТОО", "ТОО", "ТОО",
  "ЖШС", "ЖШС", "АО", "АО", "АО", "АҚ",
  NULL
};

static const char * const public_forms[] = {
  "ГКП на ПХВ", "ГКП на ПХВ", "КГП на ПХВ", "КГП на ПХВ", "РГП на ПХВ",
  NULL
};

static const char * const streets[] = {
  "Абай даңғылы", "Бұқар жырау даңғылы", "Ерубаев к-сі", "Төле би к-сі",
  "Сәтбаев к-сі", "Индустриальная к-сі", "Промышленная к-сі", "Жамбыл к-сі",
  "Қабанбай батыр даңғылы", "Достық к-сі", "Гагарин к-сі", "Строительная к-сі",
  "Тәуелсіздік даңғылы", "Республика даңғылы", "Желтоқсан к-сі", "Әуезов к-сі",
  "Құрманғазы к-сі", "Уәлиханов к-сі", "Қонаев к-сі", "Жеңіс даңғылы",
  "Бейбітшілік к-сі", "Өндіріс к-сі", "Заводская к-сі", "Элеваторная к-сі",
  "Шахтёрская к-сі", "Мұқанов к-сі", "Майлин к-сі", "Мағжан Жұмабаев к-сі",
  "Молодёжная к-сі", "Темір жол к-сі", "Қажымұқан к-сі", "Сейфуллин к-сі",
  NULL
};

static gboolean
is_city (const TgDemoTerritory *t)
{
  return t->towns[1] == NULL;
}

static const char *
pick_town (GRand                 *rand,
           const TgDemoTerritory *t)
{
  /* Half of a region's employers are in its seat. */
  if (_tg_demo_chance (rand, 500))
    return t->towns[0];
  return _tg_demo_pick (rand, t->towns);
}

static char *
make_address (GRand                 *rand,
              const TgDemoTerritory *t,
              const char            *town)
{
  const TgRegion *unit = tg_region_lookup (t->code);
  const char *street = _tg_demo_pick (rand, streets);
  guint house = _tg_demo_range (rand, 1, 180);

  if (is_city (t))
    return g_strdup_printf ("%s қ., %s, %u", town, street, house);
  return g_strdup_printf ("%s, %s қ., %s, %u", unit->name_kk, town, street, house);
}

/* ГКП на ПХВ «Городская поликлиника №3» управления здравоохранения
 * Павлодарской области */
static char *
public_name (GRand                 *rand,
             const TgDemoSector    *s,
             const TgDemoTerritory *t,
             const char            *town)
{
  const char *form = s->form != NULL ? s->form : _tg_demo_pick (rand, public_forms);
  g_autofree char *core = NULL;

  if (s->town_names)
    core = g_strdup_printf ("%s %s", town, _tg_demo_pick (rand, s->words));
  else
    core = _tg_demo_fill (_tg_demo_pick (rand, s->words), _tg_demo_range (rand, 1, 60));
  if (s->authority == NULL)
    return g_strdup_printf ("%s «%s»", form, core);
  return g_strdup_printf ("%s «%s» %s %s", form, core, s->authority,
                          _tg_demo_region_genitive (t->code));
}

/* ТОО «Сарыарқа Көмір», АО «Ертіс-Энерго» */
static char *
commercial_name (GRand              *rand,
                 const TgDemoSector *s,
                 const char         *town)
{
  const char *form = _tg_demo_pick (rand, commercial_forms);
  const char *word = _tg_demo_pick (rand, s->words);
  const char *root = s->town_names && _tg_demo_chance (rand, 500) ? town : _tg_demo_pick (rand, roots);
  const char *sep = _tg_demo_chance (rand, 300) ? "-" : " ";

  return g_strdup_printf ("%s «%s%s%s»", form, root, sep, word);
}

static char *
make_bin (GRand *rand,
          guint  serial)
{
  guint year = _tg_demo_range (rand, 1995, 2014);
  guint month = _tg_demo_range (rand, 1, 12);
  /* 7919 is prime to 10^6: distinct serials give distinct digits. */
  guint digits = (guint) (((guint64) serial * 7919u) % 1000000u);
  char *bin;

  while ((bin = tg_bin_compose (year, month, 4, digits)) == NULL)
    digits = (digits + 1) % 1000000u;
  return bin;
}

void
_tg_demo_employer_init (TgDemoEmployer *employer,
                        GRand          *rand,
                        guint           territory,
                        guint           sector,
                        guint           serial,
                        GHashTable     *names)
{
  const TgDemoTerritory *t = &territories[territory];
  const TgDemoSector *s = &_tg_demo_sectors (NULL)[sector];
  const char *town = NULL;
  char *name = NULL;

  for (guint attempt = 0; attempt < 50; attempt++)
    {
      g_free (name);
      town = pick_town (rand, t);
      name = s->public_body ? public_name (rand, s, t, town) : commercial_name (rand, s, town);
      if (!g_hash_table_contains (names, name))
        break;
    }
  g_hash_table_add (names, g_strdup (name));

  employer->name = name;
  employer->bin = make_bin (rand, serial);
  employer->address = make_address (rand, t, town);
  employer->territory = territory;
  employer->sector = sector;
  employer->acts = _tg_demo_range (rand, 0, 40);
}

void
_tg_demo_employer_clear (TgDemoEmployer *employer)
{
  g_clear_pointer (&employer->name, g_free);
  g_clear_pointer (&employer->bin, g_free);
  g_clear_pointer (&employer->address, g_free);
}
