/* tg-test-history.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "tg-case-commands.h"
#include "tg-dispute.h"
#include "tg-history-record.h"
#include "tg-i18n.h"
#include "tg-info-request.h"
#include "tg-review.h"
#include "tg-test-history.h"
#include "tg-test-util.h"

const char * const tg_test_internal_commands[] = { "resolve-conflict", "recompute-due", NULL };

const char * const tg_test_older_actions[] = {
  "registered", "edit", "classification", "review", "act-received", "removed", "conflict-resolved",
  "route", "appoint", "conclude", "close", "reopen", "reinvestigate", "escalate", "refer", NULL
};

static guint minutes;

TgHistoryEntry *
tg_test_history_entry (const char *at,
                       const char *action,
                       const char *details,
                       const char *before,
                       const char *after)
{
  TgHistoryEntry *h = tg_history_entry_new ();
  g_autofree char *when = NULL;

  if (at == NULL)
    {
      minutes++;
      when = g_strdup_printf ("2026-11-%02uT%02u:%02u:00+05:00", 19 + minutes / 600,
                              9 + (minutes / 60) % 10, minutes % 60);
    }
  tg_history_entry_set_at (h, at != NULL ? at : when);
  tg_history_entry_set_actor (h, "aigerim");
  tg_history_entry_set_action (h, action);
  tg_history_entry_set_details (h, details);
  tg_history_entry_set_before (h, before);
  tg_history_entry_set_after (h, after);
  return h;
}

/* ---------------------------------------------------------- commands */

static GVariant *
param_value (const TgParamSpec *p)
{
  static const char * const took[] = { "victims/v1/injury", "investigation/findings/causes", NULL };
  static const char * const kept[] = { "disputes/d1/claim", NULL };
  static const char * const items[] = { "Первый пункт", "Второй пункт", NULL };
  static const struct { const char *key, *text; } texts[] = {
    { "victim", "v1" }, { "dispute", "d1" }, { "request", "r1" }, { "region", "08" },
    { "sender", "LI-01" }, { "file", "akmola-11.xml" }, { "employer-bin", "170340001238" },
    { "iin", "900101300123" }, { "full-name", "Оспанов Асхат Бекович" },
  };
  g_autoptr(GEnumClass) klass = NULL;

  switch (p->kind)
    {
    case TG_PARAM_TEXT:
      for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
        if (g_str_equal (texts[i].key, p->key))
          return g_variant_new_string (texts[i].text);
      return g_variant_new_string ("Пояснение, введённое инспектором");
    case TG_PARAM_DATE:
      return g_variant_new_string ("2026-11-20");
    case TG_PARAM_DATETIME:
      return g_variant_new_string ("2026-11-18T14:30:00+05:00");
    case TG_PARAM_BOOL:
      return g_variant_new_boolean (TRUE);
    case TG_PARAM_INT:
      return g_variant_new_int64 (g_str_equal (p->key, "member") ? 2 : g_str_equal (p->key, "revision") ? 7 : 50);
    case TG_PARAM_ENUM:
      klass = g_type_class_ref (p->enum_type ());
      return g_variant_new_string (klass->values[MIN (1u, klass->n_values - 1)].value_nick);
    case TG_PARAM_LIST:
      return g_variant_new_strv (g_str_equal (p->key, "took") ? took : g_str_equal (p->key, "kept") ? kept : items, -1);
    case TG_PARAM_BYTES:
    default:
      return NULL;
    }
}

GVariant *
tg_test_command_params (const char *command)
{
  GVariantDict dict;
  const TgParamSpec *specs;
  guint n = 0;

  g_variant_dict_init (&dict, NULL);
  specs = tg_command_get_params (command, &n);
  for (guint i = 0; i < n; i++)
    {
      GVariant *value = param_value (&specs[i]);

      /* History keeps a document's size, not its bytes. */
      if (specs[i].kind == TG_PARAM_BYTES)
        g_variant_dict_insert (&dict, "size", "x", (gint64) 2048);
      else if (value != NULL)
        g_variant_dict_insert_value (&dict, specs[i].key, value);
    }
  return g_variant_dict_end (&dict);
}

TgHistoryEntry *
tg_test_command_entry (const char *command,
                       GVariant   *params,
                       GVariant   *changes)
{
  GVariantDict dict;
  g_autofree char *details = NULL;

  g_variant_dict_init (&dict, NULL);
  g_variant_dict_insert_value (&dict, "params", params);
  g_variant_dict_insert_value (&dict, "changes",
                               changes != NULL ? changes : g_variant_new_array (G_VARIANT_TYPE ("(ssmsms)"), NULL, 0));
  details = tg_history_record_print (g_variant_dict_end (&dict));
  return tg_test_history_entry (NULL, command, details, NULL, NULL);
}

#define V1 "Ахметов Серік Болатұлы"
#define V2 "Исаева Гүлнар Маратқызы"

/* What each command changed, as tg_model_diff says it. */
static const struct
{
  const char *command;
  const char *path, *subject, *before, *after;
} command_changes[] = {
  { "register", "place", "", NULL, "Шахта «Тентек», 3-горизонт" },
  { "register", "victims/v1", V1, NULL, V1 },
  { "edit-particulars", "circumstances", "", "Выброс метана.", "Внезапный выброс метана." },
  { "victim-add", "victims/v3", "Оспанов Асхат Бекович", NULL, "Оспанов Асхат Бекович" },
  { "victim-edit", "victims/v1/occupation", V1, "горнорабочий", "проходчик" },
  { "victim-outcome", "victims/v1/severity", V1, "light", "fatal" },
  { "victim-outcome", "victims/v1/died-on", V1, NULL, "2026-11-20" },
  { "victim-outcome", "state", "", "local-investigation", "commission-pending" },
  { "victim-remove", "victims/v2", V2, V2, NULL },
  { "member-add", "investigation/commission/members/3", "Байжанов Ержан Тлеуұлы", NULL, "Байжанов Ержан Тлеуұлы" },
  { "member-edit", "investigation/commission/members/1/position", "Омаров Данияр 1", "инспектор", "главный инспектор" },
  { "member-remove", "investigation/commission/members/2", "Омаров Данияр 2", "Омаров Данияр 2", NULL },
  { "route", "state", "", "registered", "local-investigation" },
  { "route", "investigation/body", "", "none", "local-inspectorate" },
  { "route", "investigation/due", "", NULL, "2026-12-03" },
  { "appoint", "investigation/commission/order-number", "", NULL, "214-к" },
  { "appoint", "investigation/commission/order-date", "", NULL, "2026-11-20" },
  { "appoint", "state", "", "commission-pending", "committee-investigation" },
  { "extend", "investigation/extensions/0", "Необходимость экспертизы", NULL, "Необходимость экспертизы" },
  { "findings", "investigation/findings/fault-employer", "", "70", "50" },
  { "findings", "investigation/findings/fault-employee", "", "30", "50" },
  { "findings", "investigation/findings/violations", "", NULL, "п. 12 Правил\nст. 182 Трудового кодекса" },
  { "findings", "investigation/findings/work-related", "", "false", "true" },
  { "conclude", "investigation/act-number", "", NULL, "К-12" },
  { "conclude", "state", "", "committee-investigation", "concluded" },
  { "close", "state", "", "concluded", "closed" },
  { "reopen", "state", "", "closed", "concluded" },
  { "reinvestigate", "state", "", "concluded", "local-investigation" },
  { "escalate", "state", "", "local-investigation", "commission-pending" },
  { "refer", "state", "", "commission-pending", "referred-to-government" },
  { "dispute-file", "disputes/d2", "", NULL, "Пересмотреть долю вины работника" },
  { "dispute-position", "disputes/d1/positions/0", "", NULL, "Работодатель с требованием не согласен" },
  { "dispute-position", "disputes/d1/status", "", "filed", "under-review" },
  { "dispute-decide", "disputes/d1/outcome", "", "none", "partly-upheld" },
  { "dispute-decide", "disputes/d1/status", "", "under-review", "decided" },
  { "dispute-withdraw", "disputes/d1/status", "", "filed", "withdrawn" },
  { "dispute-appeal", "disputes/d1/appeal-court", "", NULL, "Сарыаркинский районный суд" },
  { "request", "requests/r2", "Департамент полиции", NULL, "Департамент полиции" },
  { "answer", "requests/r1/answered", "", NULL, "2026-11-25" },
  { "attach", "documents/doc1", "Объяснительная записка", NULL, "Объяснительная записка" },
  { "remove", "deleted", "", "false", "true" },
  { "resolve-conflict", "victims/v1/injury", V1, "Ушиб", "Перелом" },
  { "recompute-due", "investigation/due", "", "2026-12-03", "2026-12-04" },
};

static GVariant *
changes_of (const char *command)
{
  GVariantBuilder b;

  g_variant_builder_init (&b, G_VARIANT_TYPE ("a(ssmsms)"));
  for (guint i = 0; i < G_N_ELEMENTS (command_changes); i++)
    if (g_str_equal (command_changes[i].command, command))
      g_variant_builder_add (&b, "(ssmsms)", command_changes[i].path, command_changes[i].subject,
                             command_changes[i].before, command_changes[i].after);
  return g_variant_builder_end (&b);
}

static void
append (TgCase         *kase,
        TgHistoryEntry *h)
{
  g_list_store_append (tg_case_get_history (kase), h);
  g_object_unref (h);
}

static void
add_command_entries (TgCase *kase)
{
  const char * const *names = tg_command_list ();

  for (guint round = 0; round < 2; round++)
    for (guint i = 0; names[i] != NULL; i++)
      {
        const char *name = names[i];
        GVariant *params = tg_test_command_params (name);
        TgHistoryEntry *h;

        if (g_str_equal (name, "victim-outcome"))
          {
            /* A later death moves the case in the same command. */
            GVariantDict dict;
            g_autofree char *details = NULL;

            g_variant_dict_init (&dict, NULL);
            g_variant_dict_insert_value (&dict, "params", params);
            g_variant_dict_insert_value (&dict, "changes", changes_of (name));
            g_variant_dict_insert (&dict, "forced", "s", "escalate");
            g_variant_dict_insert (&dict, "classification", "(ss)", "local", "committee");
            details = tg_history_record_print (g_variant_dict_end (&dict));
            h = tg_test_history_entry (NULL, name, details, NULL, NULL);
          }
        else
          h = tg_test_command_entry (name, params, changes_of (name));
        append (kase, h);
      }
  for (guint i = 0; tg_test_internal_commands[i] != NULL; i++)
    append (kase, tg_test_command_entry (tg_test_internal_commands[i],
                                         tg_test_command_params (tg_test_internal_commands[i]),
                                         changes_of (tg_test_internal_commands[i])));
}

/* ------------------------------------------------------------- older */

static char *
in (const char *lang,
    const char *msgid)
{
  return g_strdup (tg_i18n_translate (lang, msgid));
}

static void
add_older_entries (TgCase *kase)
{
  g_autofree char *local_ru = in ("ru", "Special investigation by the local labour inspection");
  g_autofree char *group_ru = in ("ru", "Group accident, no deaths");
  g_autofree char *one_kk = g_strdup_printf (tg_i18n_ngettext ("kk", "Group accident, %u death",
                                                               "Group accident, %u deaths", 1), 1);
  g_autofree char *chief_kk = in ("kk", "Special investigation chaired by the region's chief state labour inspector");
  g_autofree char *before_ru = g_strdup_printf ("%s → %s", group_ru, local_ru);
  g_autofree char *after_kk = g_strdup_printf ("%s → %s", one_kk, chief_kk);
  g_autofree char *late_ru = g_strdup_printf (tg_i18n_ngettext ("ru", "Act %s received on %s, %d working day late",
                                                                "Act %s received on %s, %d working days late", 2),
                                              "К-12", "2026-12-08", 2);
  g_autofree char *deficiencies_ru = g_strdup_printf ("2026-12-06, daniyar: %s. Причины не установлены",
                                                      tg_i18n_translate ("ru", "Deficiencies"));
  const struct { const char *action, *details, *before, *after; } older[] = {
    { "registered", "Group accident, no deaths → Special investigation by the local labour inspection", NULL, "registered" },
    { "edit", "victims/v1/severity", "light", "severe" },
    { "edit", "place", "Шахта", "Шахта «Тентек», 3-горизонт" },
    { "edit", "occurred", "2026-11-18T14:30:00+05:00", "2026-11-18T09:20:00Z" },
    { "edit", "investigation/findings", NULL, "TgFindings" },
    { "edit", "investigation/commission", NULL, "TgCommission" },
    { "edit", "investigation/commission/members/3", NULL, "Байжанов Ержан Тлеуұлы" },
    { "edit", "investigation/extensions/0", NULL, "Необходимость экспертизы" },
    { "edit", "requests/r1", NULL, "Департамент полиции Карагандинской области" },
    { "edit", "requests/r1/answered", NULL, "2026-11-25" },
    { "edit", "disputes/d1", NULL, "Пересмотреть долю вины работника" },
    { "edit", "disputes/d1/status", "filed", "under-review" },
    { "edit", "disputes/d1/outcome", "none", "partly-upheld" },
    { "edit", "disputes/d1/appeal-court", NULL, "Сарыаркинский районный суд" },
    { "edit", "investigation/findings/causes", NULL, "Нарушение технологии\nНеисправность датчика" },
    { "edit", "investigation/findings/fault-employer", "70", "50" },
    { "edit", "hazardous-facility", "false", "true" },
    { "edit", "victims/v2", "Исаева Гүлнар Маратқызы", NULL },
    { "edit", tg_i18n_translate ("kk", "investigation/due (recomputed after a change of the working-day calendar)"),
      "2026-12-03", "2026-12-04" },
    { "edit", "investigation/due (recomputed after a change of the working-day calendar)", "2026-12-04", "2026-12-07" },
    { "route", NULL, "registered", "local-investigation" },
    { "appoint", "Приказ № 214-к от 2026-11-20", "commission-pending", "committee-investigation" },
    { "conclude", "Акт № К-12 от 2026-12-01", "committee-investigation", "concluded" },
    { "close", NULL, "concluded", "closed" },
    { "reopen", "Изменение долей вины по решению по разногласию", "closed", "concluded" },
    { "reinvestigate", "Решение по спору d1: повторное расследование", "concluded", "local-investigation" },
    { "escalate", tg_i18n_translate ("ru", "Applied automatically: the victims' outcome changed the jurisdiction"),
      "local-investigation", "commission-pending" },
    { "refer", "Applied automatically: the victims' outcome changed the jurisdiction",
      "commission-pending", "referred-to-government" },
    { "classification", tg_i18n_translate ("kk", "Classification recomputed from the victims"), before_ru, after_kk },
    { "review", "2026-12-05, daniyar: Deficiencies. Причины не установлены", NULL, "deficiencies" },
    { "review", deficiencies_ru, NULL, "deficiencies" },
    { "act-received", "Act К-12 received on 2026-12-03, in time (due by 2026-12-04)", NULL, "2026-12-03" },
    { "act-received", late_ru, NULL, "2026-12-08" },
    { "removed", "Дело зарегистрировано ошибочно", NULL, NULL },
    { "conflict-resolved", "conflict with LI-01 revision 7 (akmola-11.xml): took theirs: victims/v1/injury, "
      "investigation/findings/causes; kept ours: disputes/d1/claim", NULL, NULL },
    { "conflict-resolved", "conflict with KC revision 3 (-): took theirs: -; kept ours: investigation/due", NULL, NULL },
    /* An event of another system's file, in its own words. */
    { "выезд на место", "Осмотр места происшествия проведён", NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (older); i++)
    append (kase, tg_test_history_entry (NULL, older[i].action, older[i].details, older[i].before, older[i].after));
}

TgCase *
tg_test_history_case (void)
{
  TgCase *kase = tg_test_make_case (2, 0, 0);
  g_autoptr(TgDispute) d = tg_dispute_new ();
  g_autoptr(TgInfoRequest) r = tg_info_request_new ();

  tg_case_set_id (kase, "5d0f3a52-8c1e-4f7b-9a36-0b7e2f1c4d21");
  tg_case_set_number (kase, "08-2026-00042");
  tg_case_set_registered_at (kase, "2026-11-18T16:10:00+05:00");
  tg_dispute_set_id (d, "d1");
  tg_dispute_set_filed_by (d, TG_PARTY_WORKER);
  tg_dispute_set_subject (d, TG_DISPUTE_SUBJECT_FORMALIZATION);
  tg_dispute_set_filed (d, "2026-11-19");
  tg_dispute_set_due (d, "2026-12-10");
  tg_dispute_set_claim (d, "Пересмотреть долю вины работника");
  g_list_store_append (tg_case_get_disputes (kase), d);
  tg_info_request_set_id (r, "r1");
  tg_info_request_set_addressee (r, "Департамент полиции Карагандинской области");
  tg_info_request_set_subject (r, "Материалы проверки");
  tg_info_request_set_sent (r, "2026-11-19");
  tg_info_request_set_due (r, "2026-11-26");
  g_list_store_append (tg_case_get_requests (kase), r);
  minutes = 0;
  add_older_entries (kase);
  add_command_entries (kase);
  return kase;
}

/* ---------------------------------------------------------- readable */

static gboolean
is_english_code (const char *word)
{
  static GHashTable *codes;

  if (codes == NULL)
    {
      const GType types[] = {
        TG_TYPE_STATE, TG_TYPE_SEVERITY, TG_TYPE_BODY, TG_TYPE_JURISDICTION, TG_TYPE_ROLE, TG_TYPE_GROUND,
        TG_TYPE_PARTY, TG_TYPE_DISPUTE_SUBJECT, TG_TYPE_DISPUTE_STATUS, TG_TYPE_OUTCOME, TG_TYPE_ACTION,
        TG_TYPE_REVIEW_CONCLUSION,
      };
      const char * const words[] = { "took", "theirs", "kept", "ours", "conflict", "revision", "true", "false",
                                     "null", "edit", "registered", "classification", "removed", NULL };
      const char * const *names = tg_command_list ();

      codes = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < G_N_ELEMENTS (types); i++)
        {
          GEnumClass *klass = g_type_class_ref (types[i]);
          for (guint j = 0; j < klass->n_values; j++)
            if (strlen (klass->values[j].value_nick) > 1)
              g_hash_table_add (codes, (gpointer) klass->values[j].value_nick);
        }
      for (guint i = 0; names[i] != NULL; i++)
        g_hash_table_add (codes, (gpointer) names[i]);
      for (guint i = 0; tg_test_internal_commands[i] != NULL; i++)
        g_hash_table_add (codes, (gpointer) tg_test_internal_commands[i]);
      for (guint i = 0; tg_test_older_actions[i] != NULL; i++)
        g_hash_table_add (codes, (gpointer) tg_test_older_actions[i]);
      for (guint i = 0; words[i] != NULL; i++)
        g_hash_table_add (codes, (gpointer) words[i]);
    }
  return g_hash_table_contains (codes, word);
}

char *
tg_test_unreadable (const char *text)
{
  g_autoptr(GRegex) path = g_regex_new ("[A-Za-z][A-Za-z0-9_-]*/[A-Za-z0-9_*-]+", 0, 0, NULL);
  g_autoptr(GRegex) type = g_regex_new ("\\bTg[A-Z]", 0, 0, NULL);
  g_autoptr(GRegex) word = g_regex_new ("[A-Za-z][A-Za-z-]*[A-Za-z]", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  if (text == NULL)
    return g_strdup ("no text");
  if (g_regex_match (path, text, 0, NULL))
    return g_strdup_printf ("a field path in “%s”", text);
  if (g_regex_match (type, text, 0, NULL))
    return g_strdup_printf ("a class name in “%s”", text);
  if (strstr (text, "∅") != NULL)
    return g_strdup_printf ("“∅” in “%s”", text);
  for (g_regex_match (word, text, 0, &match); g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      g_autofree char *w = g_match_info_fetch (match, 0);
      g_autofree char *lower = g_ascii_strdown (w, -1);
      const char *end;
      int at;

      /* Only whole words: not part of a longer run of letters or digits. */
      g_match_info_fetch_pos (match, 0, &at, NULL);
      end = text + at + strlen (w);
      if ((at > 0 && g_ascii_isalnum (text[at - 1])) || g_ascii_isalnum (*end))
        continue;
      if (is_english_code (lower))
        return g_strdup_printf ("the code “%s” in “%s”", w, text);
    }
  return NULL;
}
