/* test-history-render.c — history entries and field paths in words
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Kazakh and Russian come from the catalogues compiled in the build tree
 * (TERGEU_LOCALEDIR), through tg_i18n_translate: the interface stays in
 * English (LC_ALL=C.UTF-8) while entries are rendered in kk and ru.
 */
#define G_LOG_DOMAIN "test-history-render"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tg-case-commands.h"
#include "tg-case-document.h"
#include "tg-enums.h"
#include "tg-field-labels.h"
#include "tg-history-record.h"
#include "tg-history-render.h"
#include "tg-i18n.h"
#include "tg-model.h"
#include "tg-review.h"
#include "tg-test-history.h"
#include "tg-test-util.h"

static const char * const languages[] = { "kk", "ru" };

static void
assert_readable (const char *text)
{
  g_autofree char *why = tg_test_unreadable (text);

  if (why != NULL)
    g_test_fail_printf ("%s", why);
}

/* Latin letters: a label in kk or ru is all Cyrillic. */
static void
assert_no_latin_word (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if (g_ascii_isalpha (p[0]) && g_ascii_isalpha (p[1]))
      {
        g_test_fail_printf ("a Latin word in the label “%s”", text);
        return;
      }
}

static gboolean
has_line (TgHistoryText *text,
          const char    *line)
{
  return g_strv_contains ((const char * const *) text->lines, line);
}

static void
print_text (const char    *lang,
            TgHistoryText *text)
{
  g_test_message ("[%s] %s", lang != NULL ? lang : "en", text->title);
  for (guint i = 0; text->lines[i] != NULL; i++)
    g_test_message ("        %s", text->lines[i]);
}

static void
assert_line (TgHistoryText *text,
             const char    *line)
{
  if (!has_line (text, line))
    {
      print_text ("en", text);
      g_test_fail_printf ("no line “%s” under “%s”", line, text->title);
    }
}

/* ------------------------------------------------------ a filled case */

/* Model types keep their state in properties: a case is filled by
 * walking them, so that a property added later is covered too. Items
 * keep the same ids (or positions) in the blank and the filled copy, so
 * that diffing the two names every field inside them. */
static void fill (GObject *object, gboolean full);

static void
fill_list (GListStore *list,
           gboolean    full)
{
  GType type = g_list_model_get_item_type (G_LIST_MODEL (list));

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GObject) item = g_object_new (type, NULL);
      GParamSpec *id = g_object_class_find_property (G_OBJECT_GET_CLASS (item), "id");

      if (id != NULL)
        {
          g_autofree char *key = g_strdup_printf ("x%u", i + 1);
          g_object_set (item, "id", key, NULL);
        }
      fill (item, full);
      g_list_store_append (list, item);
    }
}

static void
fill_property (GObject    *object,
               GParamSpec *p,
               gboolean    full)
{
  static const char * const lines[] = { "Первый пункт", "Второй пункт", NULL };
  GType t = p->value_type;

  if (g_type_is_a (t, G_TYPE_LIST_STORE))
    {
      GListStore *list = NULL;
      g_object_get (object, p->name, &list, NULL);
      fill_list (list, full);
      g_object_unref (list);
    }
  else if (!(p->flags & G_PARAM_WRITABLE) || g_str_equal (p->name, "id"))
    return;
  else if (g_type_is_a (t, G_TYPE_OBJECT))
    {
      g_autoptr(GObject) child = g_object_new (t, NULL);
      fill (child, full);
      g_object_set (object, p->name, child, NULL);
    }
  else if (!full)
    return;
  else if (t == G_TYPE_STRING)
    g_object_set (object, p->name, "Текст", NULL);
  else if (t == G_TYPE_BOOLEAN)
    g_object_set (object, p->name, !g_value_get_boolean (g_param_spec_get_default_value (p)), NULL);
  else if (t == G_TYPE_INT)
    g_object_set (object, p->name, 40, NULL);
  else if (t == G_TYPE_INT64)
    g_object_set (object, p->name, (gint64) 40, NULL);
  else if (G_TYPE_IS_ENUM (t))
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (t);
      int fallback = g_value_get_enum (g_param_spec_get_default_value (p));
      int value = klass->values[klass->n_values - 1].value;
      g_object_set (object, p->name, value != fallback ? value : klass->values[0].value, NULL);
    }
  else if (t == G_TYPE_STRV)
    g_object_set (object, p->name, lines, NULL);
}

static void
fill (GObject  *object,
      gboolean  full)
{
  guint n;
  g_autofree GParamSpec **props = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n);

  for (guint i = 0; i < n; i++)
    if (!g_str_equal (props[i]->name, "history") && !g_str_equal (props[i]->name, "revision"))
      fill_property (object, props[i], full);
}

static TgCase *
filled_case (gboolean full)
{
  TgCase *kase = tg_case_new ();

  fill (G_OBJECT (kase), full);
  return kase;
}

/* Every path tg_model_diff writes for a case, with a value for each. */
static GPtrArray *
every_change (void)
{
  g_autoptr(TgCase) empty = tg_case_new ();
  g_autoptr(TgCase) blank = filled_case (FALSE);
  g_autoptr(TgCase) full = filled_case (TRUE);
  GPtrArray *all = g_ptr_array_new_with_free_func ((GDestroyNotify) tg_field_change_free);
  GPtrArray *pairs[] = { tg_model_diff (blank, full), tg_model_diff (empty, full), tg_model_diff (full, empty) };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      g_ptr_array_extend_and_steal (all, pairs[i]);
    }
  return all;
}

static void
test_every_path (void)
{
  g_autoptr(GPtrArray) changes = every_change ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpuint (changes->len, >, 60);
  for (guint i = 0; i < changes->len; i++)
    {
      TgFieldChange *c = g_ptr_array_index (changes, i);
      g_autofree char *en = tg_field_dup_label (c->path, NULL, "en");

      if (!g_hash_table_add (seen, c->path))
        continue;
      if (en == NULL)
        {
          g_test_fail_printf ("no label for the path %s", c->path);
          continue;
        }
      g_test_message ("%s → %s", c->path, en);
      for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
        {
          const char *lang = languages[l];
          g_autofree char *label = tg_field_dup_label (c->path, NULL, lang);
          g_autofree char *named = tg_field_dup_label (c->path, "Оспанов Асхат Бекович", lang);
          g_autofree char *bare = tg_field_dup_bare_label (c->path, lang);
          g_autofree char *before = tg_field_dup_value (c->path, c->before, lang);
          g_autofree char *after = tg_field_dup_value (c->path, c->after, lang);

          g_assert_nonnull (label);
          g_assert_cmpstr (label, !=, en);
          assert_readable (label);
          assert_no_latin_word (label);
          assert_readable (named);
          assert_no_latin_word (named);
          assert_no_latin_word (bare);
          assert_readable (before);
          assert_readable (after);
        }
    }
}

static void
test_labels (void)
{
  g_autofree char *a = tg_field_dup_label ("victims/v2/severity", "Оспанов А. Б.", "en");
  g_autofree char *b = tg_field_dup_label ("victims/v2/severity", NULL, "en");
  g_autofree char *c = tg_field_dup_label ("investigation/commission/members/3/full-name", NULL, "en");
  g_autofree char *d = tg_field_dup_label ("investigation/findings/fault-employer", NULL, "en");
  g_autofree char *e = tg_field_dup_label ("disputes/d1/positions/1/text", NULL, "en");
  g_autofree char *f = tg_field_dup_label ("investigation/extensions/0", NULL, "en");
  g_autofree char *g = tg_field_dup_label ("employer/bin", NULL, "en");
  g_autofree char *kk = tg_field_dup_label ("victims/v2/severity", "Оспанов А. Б.", "kk");
  g_autofree char *ru = tg_field_dup_label ("investigation/commission/members/3/full-name", NULL, "ru");

  g_assert_cmpstr (a, ==, "Victim Оспанов А. Б.: severity of the injury");
  g_assert_cmpstr (b, ==, "Victim No. 2: severity of the injury");
  g_assert_cmpstr (c, ==, "Commission member No. 4: full name");
  g_assert_cmpstr (d, ==, "Fault share of the employer");
  g_assert_cmpstr (e, ==, "Dispute No. 1, position of a party No. 2: text of the position");
  g_assert_cmpstr (f, ==, "Extension of the term No. 1");
  g_assert_cmpstr (g, ==, "Employer's BIN");
  g_test_message ("kk: %s; ru: %s", kk, ru);
  g_assert_true (g_str_has_prefix (kk, "Зардап шегуші Оспанов А. Б.: "));
  g_assert_true (g_str_has_prefix (ru, "Член комиссии № 4: "));
  g_assert_null (tg_field_dup_label ("victims/v2/blood-group", NULL, "en"));
  g_assert_null (tg_field_dup_label ("nothing", NULL, "en"));
}

static void
test_values (void)
{
  const struct { const char *path, *text, *lang, *shown; } values[] = {
    { "victims/v1/severity", "fatal", "en", "Fatal" },
    { "victims/v1/severity", "fatal", "kk", "Өліммен аяқталған" },
    { "victims/v1/died-on", "2026-11-20", "kk", "20.11.2026" },
    { "occurred", "2026-11-18T09:20:00Z", "ru", "18.11.2026 14:20" },
    { "hazardous-facility", "true", "en", "yes" },
    { "hazardous-facility", "false", "en", "no" },
    { "investigation/findings/fault-employer", "50", "ru", "50 %" },
    { "investigation/findings/fault-employer", "-1", "ru", "—" },
    { "investigation/findings/causes", "Одно\nДругое", "kk", "Одно; Другое" },
    { "region", "08", "ru", "Карагандинская область" },
    { "disputes/d1/positions/0/party", "employer", "en", "Employer" },
    { "disputes/d1/positions/0/party", "Профсоюз", "en", "Профсоюз" },
    { "disputes/d1/outcome", "none", "en", "—" },
    { "place", NULL, "kk", "—" },
    { "place", "", "kk", "—" },
    { "place", "Шахта «Тентек»", "kk", "Шахта «Тентек»" },
    { "investigation/findings", "TgFindings", "kk", "—" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autofree char *shown = tg_field_dup_value (values[i].path, values[i].text, values[i].lang);
      g_assert_cmpstr (shown, ==, values[i].shown);
    }
}

/* The value labels are the interface's own words (tg-enums.c,
 * tg-review.c): the same msgids, so the same translations. */
static void
test_enum_labels_agree (void)
{
  const struct { GType type; const char *(*label) (int); } enums[] = {
    { TG_TYPE_STATE, (const char *(*) (int)) tg_state_label },
    { TG_TYPE_SEVERITY, (const char *(*) (int)) tg_severity_label },
    { TG_TYPE_BODY, (const char *(*) (int)) tg_body_label },
    { TG_TYPE_JURISDICTION, (const char *(*) (int)) tg_jurisdiction_label },
    { TG_TYPE_ROLE, (const char *(*) (int)) tg_role_label },
    { TG_TYPE_GROUND, (const char *(*) (int)) tg_ground_label },
    { TG_TYPE_PARTY, (const char *(*) (int)) tg_party_label },
    { TG_TYPE_DISPUTE_SUBJECT, (const char *(*) (int)) tg_dispute_subject_label },
    { TG_TYPE_DISPUTE_STATUS, (const char *(*) (int)) tg_dispute_status_label },
    { TG_TYPE_OUTCOME, (const char *(*) (int)) tg_outcome_label },
    { TG_TYPE_REVIEW_CONCLUSION, (const char *(*) (int)) tg_review_conclusion_label },
  };

  for (guint i = 0; i < G_N_ELEMENTS (enums); i++)
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (enums[i].type);

      for (guint j = 0; j < klass->n_values; j++)
        {
          const char *nick = klass->values[j].value_nick;
          const char *ours = tg_field_enum_label (enums[i].type, nick, NULL);
          const char *theirs = enums[i].label (klass->values[j].value);

          if (g_str_equal (ours, "—"))
            continue;   /* "none": no value */
          g_assert_cmpstr (ours, ==, theirs);
          for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
            g_assert_cmpstr (tg_field_enum_label (enums[i].type, nick, languages[l]), !=, theirs);
        }
    }
  g_assert_cmpstr (tg_field_enum_label (TG_TYPE_SEX, "f", "ru"), ==, "Женский");
  g_assert_null (tg_field_enum_label (TG_TYPE_STATE, "nowhere", "ru"));
}

/* ------------------------------------------------------------ titles */

static void
assert_title (const char *action)
{
  const char *en = tg_history_action_title (action, "en");

  if (en == NULL)
    {
      g_test_fail_printf ("no title for “%s”", action);
      return;
    }
  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      const char *title = tg_history_action_title (action, languages[l]);

      g_test_message ("%s [%s]: %s", action, languages[l], title);
      g_assert_cmpstr (title, !=, en);
      assert_readable (title);
      assert_no_latin_word (title);
    }
}

static void
test_titles (void)
{
  const char * const *names = tg_command_list ();

  for (guint i = 0; names[i] != NULL; i++)
    assert_title (names[i]);
  for (guint i = 0; tg_test_internal_commands[i] != NULL; i++)
    {
      g_assert_true (tg_command_exists (tg_test_internal_commands[i]));
      assert_title (tg_test_internal_commands[i]);
    }
  for (guint i = 0; tg_test_older_actions[i] != NULL; i++)
    assert_title (tg_test_older_actions[i]);
  g_assert_null (tg_history_action_title ("выезд на место", "kk"));
}

/* Every parameter of every command is shown, labelled, when no change
 * says the same. */
static void
test_every_param (void)
{
  const char * const *names = tg_command_list ();
  g_autoptr(GPtrArray) all = g_ptr_array_new ();

  for (guint i = 0; names[i] != NULL; i++)
    g_ptr_array_add (all, (gpointer) names[i]);
  for (guint i = 0; tg_test_internal_commands[i] != NULL; i++)
    g_ptr_array_add (all, (gpointer) tg_test_internal_commands[i]);
  for (guint i = 0; i < all->len; i++)
    {
      const char *name = g_ptr_array_index (all, i);
      g_autoptr(GVariant) params = g_variant_ref_sink (tg_test_command_params (name));
      GVariantIter iter;
      const char *key;
      GVariant *value;

      g_variant_iter_init (&iter, params);
      while (g_variant_iter_loop (&iter, "{&sv}", &key, &value))
        {
          static const char * const selectors[] = { "victim", "member", "dispute", "request", NULL };
          GVariantDict one;
          g_autoptr(TgHistoryEntry) h = NULL;

          if (g_strv_contains (selectors, key))
            continue;
          g_variant_dict_init (&one, NULL);
          g_variant_dict_insert_value (&one, key, value);
          h = tg_test_command_entry (name, g_variant_dict_end (&one), NULL);
          for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
            {
              g_autoptr(TgHistoryText) text = tg_history_render (h, NULL, languages[l]);

              if (text->lines[0] == NULL)
                g_test_fail_printf ("%s: the parameter “%s” is not shown", name, key);
              for (guint k = 0; text->lines[k] != NULL; k++)
                assert_readable (text->lines[k]);
            }
        }
    }
}

/* -------------------------------------------------------- structured */

static TgHistoryText *
render_record (const char *action,
               const char *record_text,
               TgCase     *kase,
               const char *lang)
{
  g_autoptr(TgHistoryEntry) h = NULL;
  g_autofree char *details = g_strconcat (TG_HISTORY_RECORD_PREFIX, record_text, NULL);

  h = tg_test_history_entry ("2026-11-19T10:00:00+05:00", action, details, NULL, NULL);
  return tg_history_render (h, kase, lang);
}

static void
test_structured (void)
{
  g_autoptr(TgCase) kase = tg_test_history_case ();
  g_autoptr(TgHistoryText) shares = render_record ("findings",
    "{'params': <{'fault-employer': <int64 50>, 'fault-employee': <int64 50>, 'reason': <'Решение по разногласию'>}>, "
    "'changes': <[('investigation/findings/fault-employer', '', just '70', just '50'), "
    "('investigation/findings/fault-employee', '', just '30', just '50')]>}", NULL, "en");
  g_autoptr(TgHistoryText) member = render_record ("member-add",
    "{'params': <{'role': <'chair'>, 'full-name': <'Байжанов Ержан Тлеуұлы'>, 'position': <'председатель Комитета'>}>, "
    "'changes': <[('investigation/commission/members/3', 'Байжанов Ержан Тлеуұлы', @ms nothing, just 'Байжанов Ержан Тлеуұлы')]>, "
    "'item': <'3'>}", NULL, "en");
  g_autoptr(TgHistoryText) outcome = render_record ("victim-outcome",
    "{'params': <{'victim': <'v1'>, 'severity': <'fatal'>, 'died-on': <'2026-11-20'>}>, "
    "'changes': <[('victims/v1/severity', 'Ахметов Серік Болатұлы', just 'light', just 'fatal'), "
    "('victims/v1/died-on', 'Ахметов Серік Болатұлы', @ms nothing, just '2026-11-20')]>, "
    "'forced': <'escalate'>, 'classification': <('local', 'committee')>}", NULL, "en");
  g_autoptr(TgHistoryText) conflict = render_record ("resolve-conflict",
    "{'params': <{'sender': <'LI-01'>, 'revision': <int64 7>, 'file': <'akmola-11.xml'>, "
    "'took': <['victims/v1/injury']>, 'kept': <['disputes/d1']>}>, "
    "'changes': <[('victims/v1/injury', '', just 'Ушиб', just 'Перелом')]>}", kase, "en");
  g_autoptr(TgHistoryText) registered = render_record ("register",
    "{'params': <@a{sv} {}>, 'changes': <[('victims/v1', 'Ахметов Серік Болатұлы', @ms nothing, "
    "just 'Ахметов Серік Болатұлы')]>, 'classification': <('', 'local')>}", NULL, "en");
  g_autoptr(TgHistoryText) attach = render_record ("attach",
    "{'params': <{'title': <'Объяснительная'>, 'file-name': <'obyasn.pdf'>, 'media-type': <'application/pdf'>, "
    "'size': <int64 2048>}>, 'changes': <[('documents/doc1', 'Объяснительная', @ms nothing, just 'Объяснительная')]>}",
    NULL, "en");

  print_text ("en", shares);
  g_assert_cmpstr (shares->title, ==, "Findings recorded");
  assert_line (shares, "Fault share of the employer: 70 % → 50 %");
  assert_line (shares, "Fault share of the worker: 30 % → 50 %");
  assert_line (shares, "Reason: Решение по разногласию");
  g_assert_cmpuint (g_strv_length (shares->lines), ==, 3);

  print_text ("en", member);
  g_assert_cmpstr (member->title, ==, "Commission member added");
  assert_line (member, "Full name: Байжанов Ержан Тлеуұлы");
  assert_line (member, "Role in the commission: Chair");
  assert_line (member, "Position held: председатель Комитета");
  g_assert_cmpuint (g_strv_length (member->lines), ==, 3);

  print_text ("en", outcome);
  assert_line (outcome, "Victim Ахметов Серік Болатұлы: severity of the injury: Light → Fatal");
  assert_line (outcome, "Victim Ахметов Серік Болатұлы: date of death: — → 20.11.2026");
  assert_line (outcome, "Escalated automatically: the victims' outcome changed the jurisdiction");
  assert_line (outcome, "Jurisdiction: Special investigation by the local labour inspection → Commission of the Committee");

  print_text ("en", conflict);
  assert_line (conflict, "Sender: Labour inspection (Akmola region)");
  assert_line (conflict, "File: akmola-11.xml");
  assert_line (conflict, "The sender's revision of the case: 7");
  assert_line (conflict, "Taken from the received file: Victim Ахметов Серік Болатұлы: injury");
  assert_line (conflict, "Kept as in our case: Dispute No. 1");
  assert_line (conflict, "Victim Ахметов Серік Болатұлы: injury: Ушиб → Перелом");

  print_text ("en", registered);
  assert_line (registered, "Victim added: Ахметов Серік Болатұлы");
  assert_line (registered, "Jurisdiction: Special investigation by the local labour inspection");

  print_text ("en", attach);
  assert_line (attach, "Title: Объяснительная");
  assert_line (attach, "File name: obyasn.pdf");
  assert_line (attach, "Size of the file, bytes: 2048");
}

/* ------------------------------------------------------------- older */

static TgHistoryText *
render_older (TgCase     *kase,
              const char *action,
              const char *details,
              const char *before,
              const char *after,
              const char *lang)
{
  g_autoptr(TgHistoryEntry) h = tg_test_history_entry ("2026-11-19T10:00:00+05:00", action, details, before, after);

  return tg_history_render (h, kase, lang);
}

static void
test_older (void)
{
  g_autoptr(TgCase) kase = tg_test_history_case ();
  g_autoptr(TgHistoryText) edit = render_older (kase, "edit", "victims/v1/severity", "light", "severe", "en");
  g_autoptr(TgHistoryText) part = render_older (kase, "edit", "investigation/findings", NULL, "TgFindings", "en");
  g_autoptr(TgHistoryText) member = render_older (NULL, "edit", "investigation/commission/members/3", NULL,
                                                  "Байжанов Е. Т.", "en");
  g_autoptr(TgHistoryText) dispute = render_older (kase, "edit", "disputes/d1", NULL, "Пересмотреть долю", "en");
  g_autoptr(TgHistoryText) status = render_older (kase, "edit", "disputes/d1/status", "filed", "under-review", "en");
  g_autoptr(TgHistoryText) calendar = render_older (kase, "edit",
    tg_i18n_translate ("ru", "investigation/due (recomputed after a change of the working-day calendar)"),
    "2026-12-03", "2026-12-04", "en");
  g_autoptr(TgHistoryText) registered = render_older (kase, "registered",
    "Group accident, 3 deaths → Commission of the Committee", NULL, "registered", "ru");
  g_autoptr(TgHistoryText) appoint = render_older (kase, "appoint", "Приказ № 214-к от 2026-11-20",
                                                   "commission-pending", "committee-investigation", "en");
  g_autoptr(TgHistoryText) escalate = render_older (kase, "escalate",
    tg_i18n_translate ("kk", "Applied automatically: the victims' outcome changed the jurisdiction"),
    "local-investigation", "commission-pending", "en");
  g_autoptr(TgHistoryText) reopen = render_older (kase, "reopen", "Новые обстоятельства", "closed", "concluded", "en");
  g_autoptr(TgHistoryText) review = render_older (kase, "review",
    "2026-12-05, daniyar: Deficiencies. Причины не установлены", NULL, "deficiencies", "en");
  g_autoptr(TgHistoryText) act = render_older (kase, "act-received",
    "Act К-12 received on 2026-12-03, in time (due by 2026-12-04)", NULL, "2026-12-03", "en");
  g_autoptr(TgHistoryText) conflict = render_older (kase, "conflict-resolved",
    "conflict with LI-05 revision 7 (file.xml): took theirs: victims/v1/injury, investigation/findings/causes; "
    "kept ours: -", NULL, NULL, "en");
  g_autoptr(TgHistoryText) removed = render_older (kase, "removed", "Ошибочная регистрация", NULL, NULL, "en");
  g_autoptr(TgHistoryText) foreign = render_older (kase, "выезд на место", "Осмотр проведён", NULL, NULL, "kk");

  assert_line (edit, "Victim Ахметов Серік Болатұлы: severity of the injury: Light → Severe");
  g_assert_cmpstr (edit->title, ==, "Changed");
  g_assert_cmpstr (part->title, ==, "Findings recorded");
  g_assert_cmpuint (g_strv_length (part->lines), ==, 0);
  g_assert_cmpstr (member->title, ==, "Commission member added");
  assert_line (member, "Full name: Байжанов Е. Т.");
  g_assert_cmpstr (dispute->title, ==, "Dispute filed");
  assert_line (dispute, "Claim: Пересмотреть долю");
  assert_line (status, "Dispute No. 1: status: Filed → Under review");
  print_text ("en", calendar);
  g_assert_cmpstr (calendar->title, ==, "Due date recomputed after a change of the working-day calendar");
  assert_line (calendar, "Due date of the investigation: 03.12.2026 → 04.12.2026");
  print_text ("ru", registered);
  g_assert_cmpstr (registered->lines[0], ==, "Квалификация: Групповой несчастный случай, 3 погибших");
  g_assert_cmpstr (registered->lines[1], ==, "Подведомственность расследования: Комиссия Комитета");
  assert_line (appoint, "State of the case: Commission pending → Committee investigation");
  assert_line (appoint, "Number of the order creating the commission: 214-к");
  assert_line (appoint, "Date of the order creating the commission: 20.11.2026");
  assert_line (escalate, "Escalated automatically: the victims' outcome changed the jurisdiction");
  assert_line (reopen, "Reason: Новые обстоятельства");
  print_text ("en", review);
  assert_line (review, "Review date: 05.12.2026");
  assert_line (review, "Reviewer: daniyar");
  assert_line (review, "Conclusion of the review: Deficiencies");
  assert_line (review, "Reasoning: Причины не установлены");
  print_text ("en", act);
  assert_line (act, "Act number: К-12");
  assert_line (act, "Received on: 03.12.2026");
  assert_line (act, "Received in time");
  assert_line (act, "Act due by: 04.12.2026");
  print_text ("en", conflict);
  assert_line (conflict, "Sender: Labour inspection (East Kazakhstan region)");
  assert_line (conflict, "Taken from the received file: Victim Ахметов Серік Болатұлы: injury; Causes");
  g_assert_cmpuint (g_strv_length (conflict->lines), ==, 4);
  assert_line (removed, "Reason: Ошибочная регистрация");
  g_assert_cmpstr (foreign->title, ==, "выезд на место");
  assert_line (foreign, "Осмотр проведён");
}

/* Every entry of a history that holds every kind reads, in kk and ru,
 * without a path, a class name or an English code. */
static void
test_every_entry (void)
{
  g_autoptr(TgCase) kase = tg_test_history_case ();
  GListModel *history = G_LIST_MODEL (tg_case_get_history (kase));

  g_assert_cmpuint (g_list_model_get_n_items (history), >, 60);
  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    for (guint i = 0; i < g_list_model_get_n_items (history); i++)
      {
        g_autoptr(TgHistoryEntry) h = g_list_model_get_item (history, i);
        g_autoptr(TgHistoryText) text = tg_history_render (h, kase, languages[l]);
        g_autoptr(TgHistoryText) bare = tg_history_render (h, NULL, languages[l]);

        print_text (languages[l], text);
        assert_readable (text->title);
        for (guint k = 0; text->lines[k] != NULL; k++)
          assert_readable (text->lines[k]);
        for (guint k = 0; bare->lines[k] != NULL; k++)
          assert_readable (bare->lines[k]);
      }
}

/* The check itself finds what the old history showed. */
static void
test_unreadable (void)
{
  const char * const bad[] = {
    "edit investigation/commission/members/3", "∅ → TgFindings", "took theirs: Ушиб",
    "Состояние: local-investigation", "conflict with LI-05 revision 7", "Title: victim-add",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *why = tg_test_unreadable (bad[i]);
      g_assert_nonnull (why);
    }
  g_assert_null (tg_test_unreadable ("Зардап шегуші № 2: жынысы: — → Әйел"));
  g_assert_null (tg_test_unreadable ("Файл: akmola-11.xml; ст. 182 ТК РК"));
}

static void
test_i18n_plural (void)
{
  g_assert_cmpstr (tg_i18n_ngettext ("ru", "Group accident, %u death", "Group accident, %u deaths", 1), ==,
                   "Групповой несчастный случай, %u погибший");
  g_assert_cmpstr (tg_i18n_ngettext ("ru", "Group accident, %u death", "Group accident, %u deaths", 3), ==,
                   "Групповой несчастный случай, %u погибших");
  for (guint i = 0; i < 6; i++)
    {
      static const gulong n[] = { 5, 11, 21, 22, 112, 1004 };
      static const char * const forms[] = { "дней", "дней", "день", "дня", "дней", "дня" };
      const char *form = tg_i18n_ngettext ("ru", "Act %s received on %s, %d working day late",
                                           "Act %s received on %s, %d working days late", n[i]);
      g_assert_true (g_str_has_suffix (form, forms[i]));
    }
  g_assert_cmpstr (tg_i18n_ngettext ("en", "Group accident, %u death", "Group accident, %u deaths", 3), ==,
                   "Group accident, %u deaths");
  g_assert_cmpstr (tg_i18n_translate ("ru_RU.UTF-8", "Registered"), ==, tg_i18n_translate ("ru", "Registered"));
  g_assert_cmpstr (tg_i18n_translate ("de", "Registered"), ==, "Registered");
  g_assert_cmpstr (tg_i18n_translate (NULL, "Registered"), ==, "Registered");
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("TERGEU_LOCALEDIR");

  g_test_init (&argc, &argv, NULL);
  if (localedir == NULL)
    g_error ("TERGEU_LOCALEDIR is not set (tests/meson.build sets it)");
  tg_i18n_init ();

  g_test_add_func ("/history/i18n", test_i18n_plural);
  g_test_add_func ("/history/unreadable", test_unreadable);
  g_test_add_func ("/history/labels", test_labels);
  g_test_add_func ("/history/values", test_values);
  g_test_add_func ("/history/every-path", test_every_path);
  g_test_add_func ("/history/enum-labels", test_enum_labels_agree);
  g_test_add_func ("/history/titles", test_titles);
  g_test_add_func ("/history/every-param", test_every_param);
  g_test_add_func ("/history/structured", test_structured);
  g_test_add_func ("/history/older", test_older);
  g_test_add_func ("/history/every-entry", test_every_entry);
  return g_test_run ();
}
