/* tg-history-render-older.c — entries written before commands existed
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Their texts and hashes stay as they are; only how they are shown
 * changes. Some of their texts were written in the writer's language
 * ("Classification recomputed from the victims", a classification's
 * description, a review's summary): they are recognised in any language
 * Tergeu ships and told again in the reader's. What is not recognised is
 * shown as it was written.
 */
#define G_LOG_DOMAIN "tg-history"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tg-enums.h"
#include "tg-field-labels.h"
#include "tg-history-render-private.h"
#include "tg-i18n.h"
#include "tg-review.h"

/* What older versions wrote into history in the writer's language. They
 * are written no more, but stay in the catalogues so that an old entry is
 * recognized whatever language wrote it (is_message, forms_in). Never
 * called: it only marks the messages for xgettext. */
static G_GNUC_UNUSED void
older_messages (void)
{
  /* Translators: objectivity review in history: "date, reviewer: conclusion. reasoning" */
  (void) _("%s, %s: %s. %s");
  (void) _("Classification recomputed from the victims");
  (void) _("Applied automatically: the victims' outcome changed the jurisdiction");
  (void) _("investigation/due (recomputed after a change of the working-day calendar)");
  (void) _("Act %s received on %s, in time (due by %s)");
  (void) g_dngettext (GETTEXT_PACKAGE, "Act %s received on %s, %d working day late",
                      "Act %s received on %s, %d working days late", 1);
}

/* The languages an older entry may have been written in: the source
 * strings and the catalogues of po/LINGUAS. */
static const char * const writer_languages[] = { "en", "kk", "ru" };

/* Whether @text is @msgid in one of the writers' languages. */
static gboolean
is_message (const char *text,
            const char *msgid)
{
  if (text == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (writer_languages); i++)
    if (g_str_equal (text, tg_i18n_translate (writer_languages[i], msgid)))
      return TRUE;
  return FALSE;
}

/* The forms of @msgid (and its plural) that @lang writes. */
static GStrv
forms_in (const char *lang,
          const char *msgid,
          const char *msgid_plural)
{
  GStrv forms = tg_i18n_dup_forms (lang, msgid);

  if (forms != NULL)
    return forms;
  forms = g_new0 (char *, 3);
  forms[0] = g_strdup (msgid);
  forms[1] = g_strdup (msgid_plural);
  return forms;
}

/* The arguments of @text written by the printf @format (%s, %d, %u, and
 * positional %1$s), in argument order; NULL when it does not fit. */
static GStrv
match_format (const char *format,
              const char *text)
{
  g_autoptr(GString) pattern = g_string_new ("^");
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GRegex) regex = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(GPtrArray) args = NULL;
  const char *p = format;
  guint next = 0;

  while (*p != '\0')
    {
      const char *start = p;

      if (p[0] == '%' && p[1] == '%')
        {
          g_string_append (pattern, "%");
          p += 2;
        }
      else if (*p == '%')
        {
          guint index = next++;
          p++;
          if (g_ascii_isdigit (*p) && strchr (p, '$') != NULL)
            {
              index = (guint) g_ascii_strtoull (p, (char **) &p, 10) - 1;
              p++;   /* '$' */
            }
          while (*p == 'l' || *p == 'h')
            p++;
          g_string_append (pattern, *p == 's' ? "(.+?)" : "(\\d+)");
          g_array_append_val (order, index);
          if (*p != '\0')
            p++;
        }
      else
        {
          g_autofree char *literal = NULL;

          while (*p != '\0' && *p != '%')
            p++;
          literal = g_regex_escape_string (start, p - start);
          g_string_append (pattern, literal);
        }
    }
  g_string_append (pattern, "$");
  regex = g_regex_new (pattern->str, G_REGEX_DOTALL, 0, NULL);
  if (regex == NULL || !g_regex_match (regex, text, 0, &match))
    return NULL;
  args = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_set_size (args, order->len + 1);
  for (guint i = 0; i < order->len; i++)
    {
      guint index = g_array_index (order, guint, i);
      if (index < order->len)
        {
          g_free (args->pdata[index]);
          args->pdata[index] = g_match_info_fetch (match, i + 1);
        }
    }
  for (guint i = 0; i < order->len; i++)
    if (args->pdata[i] == NULL)
      return NULL;
  return (GStrv) g_ptr_array_free (g_steal_pointer (&args), FALSE);
}

/* -------------------------------------------------------- classification */

typedef struct
{
  gboolean group;
  guint    deaths;
  int      severity;       /* TgSeverity, for one victim */
  int      jurisdiction;   /* TgJurisdiction */
} Klass;

static gboolean
parse_enum_label (GType       type,
                  const char *text,
                  const char *lang,
                  int        *value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);

  for (guint i = 0; i < klass->n_values; i++)
    if (g_strcmp0 (tg_field_enum_label (type, klass->values[i].value_nick, lang), text) == 0)
      {
        *value = klass->values[i].value;
        return TRUE;
      }
  return FALSE;
}

/* tg_classification_describe's first half, in @lang. */
static gboolean
parse_kind (const char *text,
            const char *lang,
            Klass      *k)
{
  g_auto(GStrv) deaths = forms_in (lang, "Group accident, %u death", "Group accident, %u deaths");
  g_auto(GStrv) one = NULL;

  if (g_str_equal (text, tg_i18n_translate (lang, "Group accident, no deaths")))
    {
      k->group = TRUE;
      return TRUE;
    }
  for (guint i = 0; deaths[i] != NULL; i++)
    {
      g_auto(GStrv) args = match_format (deaths[i], text);
      if (args != NULL)
        {
          k->group = TRUE;
          k->deaths = (guint) g_ascii_strtoull (args[0], NULL, 10);
          return TRUE;
        }
    }
  one = match_format (tg_i18n_translate (lang, "One victim, %s"), text);
  return one != NULL && parse_enum_label (TG_TYPE_SEVERITY, one[0], lang, &k->severity);
}

/* "Group accident, 4 deaths → Commission of the Committee" as
 * tg_classification_describe wrote it in any writer's language. */
static gboolean
parse_classification (const char *text,
                      Klass      *k)
{
  const char *arrow = text != NULL ? strstr (text, " → ") : NULL;
  g_autofree char *kind = NULL;

  if (arrow == NULL)
    return FALSE;
  kind = g_strndup (text, arrow - text);
  for (guint i = 0; i < G_N_ELEMENTS (writer_languages); i++)
    {
      const char *lang = writer_languages[i];

      memset (k, 0, sizeof *k);
      if (parse_enum_label (TG_TYPE_JURISDICTION, arrow + strlen (" → "), lang, &k->jurisdiction) &&
          parse_kind (kind, lang, k))
        return TRUE;
    }
  return FALSE;
}

static char *
replace (const char *format,
         const char *conversion,
         const char *arg)
{
  const char *at = strstr (format, conversion);

  if (at == NULL)
    return g_strdup (format);
  return g_strdup_printf ("%.*s%s%s", (int) (at - format), format, arg, at + strlen (conversion));
}

/* The first half of tg_classification_describe's words (tg-rules.c marks
 * them for translation), in the reader's language. */
static char *
describe_kind (Render      *r,
               const Klass *k)
{
  if (k->group && k->deaths > 0)
    {
      g_autofree char *n = g_strdup_printf ("%u", k->deaths);
      return replace (tg_i18n_ngettext (r->lang, "Group accident, %u death", "Group accident, %u deaths",
                                        k->deaths), "%u", n);
    }
  if (k->group)
    return g_strdup (tg_i18n_translate (r->lang, "Group accident, no deaths"));
  return replace (tg_i18n_translate (r->lang, "One victim, %s"), "%s",
                  tg_field_enum_label (TG_TYPE_SEVERITY, tg_enum_to_nick (TG_TYPE_SEVERITY, k->severity), r->lang));
}

static const char *
jurisdiction_of (Render      *r,
                 const Klass *k)
{
  return tg_field_enum_label (TG_TYPE_JURISDICTION, tg_enum_to_nick (TG_TYPE_JURISDICTION, k->jurisdiction),
                              r->lang);
}

static const char *
state_label (Render     *r,
             const char *nick)
{
  const char *label = tg_field_enum_label (TG_TYPE_STATE, nick, r->lang);

  return label != NULL ? label : nick;
}

/* ------------------------------------------------------------- actions */

static void
add_details (Render *r)
{
  const char *details = tg_history_entry_get_details (r->entry);

  if (details != NULL && *details != '\0')
    _tg_history_add_line (r, NULL, details);
}

static void
add_reason (Render *r)
{
  const char *details = tg_history_entry_get_details (r->entry);

  if (details != NULL && *details != '\0')
    _tg_history_add_line (r, _tg_history_tr (r, NC_("history", "Reason")), details);
}

static void
older_registered (Render *r)
{
  const char *after = tg_history_entry_get_after (r->entry);
  const char *details = tg_history_entry_get_details (r->entry);
  Klass k;

  if (parse_classification (details, &k))
    {
      g_autofree char *kind = describe_kind (r, &k);

      _tg_history_add_line (r, _tg_history_tr (r, NC_("history", "Classification")), kind);
      _tg_history_add_line (r, _tg_history_tr (r, NC_("history", "Jurisdiction")), jurisdiction_of (r, &k));
    }
  else if (details != NULL && *details != '\0')
    _tg_history_add_line (r, _tg_history_tr (r, NC_("history", "Classification")), details);
  if (after != NULL)
    _tg_history_add_line (r, _tg_history_tr (r, NC_("history", "State of the case")), state_label (r, after));
}

/* The classification and the jurisdiction before and after, each on its
 * line; as written when they cannot be read. */
static void
older_classification (Render *r)
{
  const char *details = tg_history_entry_get_details (r->entry);
  const char *before = tg_history_entry_get_before (r->entry);
  const char *after = tg_history_entry_get_after (r->entry);
  const char *label = _tg_history_tr (r, NC_("history", "Classification"));
  Klass kb, ka;

  if (parse_classification (before, &kb) && parse_classification (after, &ka))
    {
      g_autofree char *was = describe_kind (r, &kb);
      g_autofree char *now = describe_kind (r, &ka);
      const char *jurisdiction = _tg_history_tr (r, NC_("history", "Jurisdiction"));

      _tg_history_add_change_line (r, label, was, now);
      if (kb.jurisdiction != ka.jurisdiction)
        _tg_history_add_change_line (r, jurisdiction, jurisdiction_of (r, &kb), jurisdiction_of (r, &ka));
      else
        _tg_history_add_line (r, jurisdiction, jurisdiction_of (r, &ka));
    }
  else
    {
      _tg_history_add_line (r, label, before != NULL ? before : "—");
      _tg_history_add_line (r, label, after != NULL ? after : "—");
    }
  if (!is_message (details, "Classification recomputed from the victims"))
    add_details (r);
}

/* The demonstration data's appointments and conclusions name the order
 * or the act in their details. */
static gboolean
add_document_details (Render     *r,
                      const char *details)
{
  static const struct
  {
    const char *format;
    const char *number;
    const char *date;
  } documents[] = {
    { "Приказ № %s от %s", "investigation/commission/order-number", "investigation/commission/order-date" },
    { "Акт № %s от %s", "investigation/act-number", "investigation/act-date" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      g_auto(GStrv) args = match_format (documents[i].format, details);

      if (args != NULL)
        {
          g_autofree char *number = tg_field_dup_bare_label (documents[i].number, r->lang);
          g_autofree char *date = tg_field_dup_bare_label (documents[i].date, r->lang);
          g_autofree char *day = tg_field_dup_value (documents[i].date, args[1], r->lang);

          _tg_history_add_line (r, number, args[0]);
          _tg_history_add_line (r, date, day);
          return TRUE;
        }
    }
  return FALSE;
}

static void
older_transition (Render *r)
{
  const char *before = tg_history_entry_get_before (r->entry);
  const char *after = tg_history_entry_get_after (r->entry);
  const char *details = tg_history_entry_get_details (r->entry);
  const char *label = _tg_history_tr (r, NC_("history", "State of the case"));

  if (before != NULL && after != NULL)
    _tg_history_add_change_line (r, label, state_label (r, before), state_label (r, after));
  else if (after != NULL)
    _tg_history_add_line (r, label, state_label (r, after));
  if (details == NULL || *details == '\0')
    return;
  if (is_message (details, "Applied automatically: the victims' outcome changed the jurisdiction"))
    _tg_history_add_forced (r, tg_history_entry_get_action (r->entry));
  else if (!add_document_details (r, details))
    add_reason (r);
}

static void
older_edit (Render *r)
{
  const char *path = tg_history_entry_get_details (r->entry);
  const char *before = tg_history_entry_get_before (r->entry);
  const char *after = tg_history_entry_get_after (r->entry);
  g_autofree char *label = NULL;
  const char *event;

  if (is_message (path, "investigation/due (recomputed after a change of the working-day calendar)"))
    {
      g_free (r->title);
      r->title = g_strdup (tg_history_action_title ("recompute-due", r->lang));
      path = "investigation/due";
    }
  label = path != NULL ? tg_field_dup_label (path, NULL, r->lang) : NULL;
  if (label == NULL)
    {
      /* Not a path: words of another version, shown as written. */
      add_details (r);
      if (before != NULL || after != NULL)
        _tg_history_add_change_line (r, _tg_history_tr (r, NC_("history", "Value")),
                                     before != NULL ? before : "—", after != NULL ? after : "—");
      return;
    }
  event = (before == NULL) != (after == NULL) ? tg_field_get_event (path, before == NULL, r->lang) : NULL;
  if (event != NULL)
    {
      g_free (r->title);
      r->title = g_strdup (event);
    }
  _tg_history_add_change (r, path, NULL, before, after);
}

/* "2026-03-04, aigerim: Deficiencies. Causes not established" as
 * tg-store-review.c wrote it, the conclusion in the writer's language. */
static void
older_review (Render *r)
{
  const char *details = tg_history_entry_get_details (r->entry);
  const char *after = tg_history_entry_get_after (r->entry);
  const char *conclusion = tg_field_enum_label (TG_TYPE_REVIEW_CONCLUSION, after, r->lang);

  for (guint i = 0; details != NULL && after != NULL && i < G_N_ELEMENTS (writer_languages); i++)
    {
      const char *label = tg_field_enum_label (TG_TYPE_REVIEW_CONCLUSION, after, writer_languages[i]);
      g_autofree char *needle = label != NULL ? g_strdup_printf (": %s. ", label) : NULL;
      const char *at = needle != NULL ? strstr (details, needle) : NULL;
      const char *comma = at != NULL ? g_strstr_len (details, at - details, ", ") : NULL;

      if (comma != NULL)
        {
          g_autofree char *date = g_strndup (details, comma - details);
          g_autofree char *reviewer = g_strndup (comma + 2, at - comma - 2);
          g_autofree char *day = _tg_history_param_value (r, PARAM_DATE, date);

          _tg_history_add_line (r, _tg_history_tr (r, NC_("history", "Review date")), day);
          _tg_history_add_line (r, _tg_history_tr (r, NC_("history", "Reviewer")), reviewer);
          _tg_history_add_line (r, _tg_history_tr (r, NC_("history", "Conclusion of the review")), conclusion);
          _tg_history_add_line (r, _tg_history_tr (r, NC_("history", "Reasoning")), at + strlen (needle));
          return;
        }
    }
  if (conclusion != NULL)
    _tg_history_add_line (r, _tg_history_tr (r, NC_("history", "Conclusion of the review")), conclusion);
  add_details (r);
}

/* "Act 12 received on 2026-03-04, in time (due by 2026-03-05)" or "…, 2
 * working days late" (tg-oversight.c), in any writer's language. */
static void
older_act_received (Render *r)
{
  const char *details = tg_history_entry_get_details (r->entry);
  const char *after = tg_history_entry_get_after (r->entry);
  g_autofree char *received = after != NULL ? _tg_history_param_value (r, PARAM_DATE, after) : NULL;

  for (guint i = 0; details != NULL && i < G_N_ELEMENTS (writer_languages); i++)
    {
      const char *lang = writer_languages[i];
      g_auto(GStrv) in_time = match_format (tg_i18n_translate (lang, "Act %s received on %s, in time (due by %s)"),
                                            details);
      g_auto(GStrv) late_forms = forms_in (lang, "Act %s received on %s, %d working day late",
                                          "Act %s received on %s, %d working days late");
      g_auto(GStrv) late = NULL;

      for (guint j = 0; in_time == NULL && late == NULL && late_forms[j] != NULL; j++)
        late = match_format (late_forms[j], details);
      if (in_time == NULL && late == NULL)
        continue;
      _tg_history_add_line (r, _tg_history_tr (r, NC_("history", "Act number")), (in_time != NULL ? in_time : late)[0]);
      _tg_history_add_line (r, _tg_history_tr (r, NC_("history", "Received on")), received);
      if (in_time != NULL)
        {
          g_autofree char *due = _tg_history_param_value (r, PARAM_DATE, in_time[2]);
          _tg_history_add_line (r, _tg_history_tr (r, NC_("history", "Received in time")), NULL);
          _tg_history_add_line (r, _tg_history_tr (r, NC_("history", "Act due by")), due);
        }
      else
        _tg_history_add_line (r, _tg_history_tr (r, NC_("history", "Received late, working days")), late[2]);
      return;
    }
  if (received != NULL)
    _tg_history_add_line (r, _tg_history_tr (r, NC_("history", "Received on")), received);
  add_details (r);
}

/* "conflict with LI-05 revision 7 (file.xml): took theirs: a, b; kept
 * ours: -" (tg-exchange-conflicts.c, never translated). */
static void
older_conflict (Render *r)
{
  const char *details = tg_history_entry_get_details (r->entry);
  g_auto(GStrv) args = details != NULL
    ? match_format ("conflict with %s revision %s (%s): took theirs: %s; kept ours: %s", details) : NULL;
  g_auto(GStrv) took = NULL;
  g_auto(GStrv) kept = NULL;

  if (args == NULL)
    {
      add_details (r);
      return;
    }
  took = g_str_equal (args[3], "-") ? NULL : g_strsplit (args[3], ", ", -1);
  kept = g_str_equal (args[4], "-") ? NULL : g_strsplit (args[4], ", ", -1);
  _tg_history_add_resolution (r, args[0], args[1], g_str_equal (args[2], "-") ? NULL : args[2],
                              (const char * const *) took, (const char * const *) kept);
}

void
_tg_history_render_older (Render *r)
{
  const char *action = tg_history_entry_get_action (r->entry);
  int value;

  if (g_str_equal (action, "edit"))
    older_edit (r);
  else if (g_str_equal (action, "registered"))
    older_registered (r);
  else if (g_str_equal (action, "classification"))
    older_classification (r);
  else if (g_str_equal (action, "review"))
    older_review (r);
  else if (g_str_equal (action, "act-received"))
    older_act_received (r);
  else if (g_str_equal (action, "removed"))
    add_reason (r);
  else if (g_str_equal (action, "conflict-resolved"))
    older_conflict (r);
  else if (tg_enum_from_nick (TG_TYPE_ACTION, action, &value))
    older_transition (r);
  else
    add_details (r);
}

/* An event of another system's file: its action and details are the
 * sender's words. */
void
_tg_history_render_foreign (Render *r)
{
  const char *before = tg_history_entry_get_before (r->entry);
  const char *after = tg_history_entry_get_after (r->entry);

  add_details (r);
  if (before != NULL || after != NULL)
    _tg_history_add_change_line (r, _tg_history_tr (r, NC_("history", "Value")),
                                 before != NULL ? before : "—", after != NULL ? after : "—");
}
