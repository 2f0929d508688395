/* tg-field-labels.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-field-labels"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tg-dates.h"
#include "tg-enums.h"
#include "tg-field-labels.h"
#include "tg-i18n.h"
#include "tg-legal-form.h"
#include "tg-regions.h"
#include "tg-review.h"

/* The words of this file and of tg-history-render.c share one context. */
#define CONTEXT "history"

typedef enum
{
  KIND_TEXT,       /* as typed */
  KIND_DATE,       /* YYYY-MM-DD */
  KIND_DATETIME,   /* ISO 8601 with offset */
  KIND_BOOL,       /* "true" / "false" */
  KIND_PERCENT,    /* an integer; negative: not set */
  KIND_ENUM,       /* a nick of enum_type */
  KIND_LIST,       /* lines */
  KIND_REGION,     /* a territorial unit's code */
  KIND_PARTY,      /* a party's nick, or anything else as given */
  KIND_ITEM,       /* a whole list item: its value is its name */
  KIND_PART,       /* a part of the case that may be absent (the findings) */
  KIND_COUNT,      /* an integer; negative: not set */
  KIND_LEGAL_FORM, /* a nick of the legal-form table */
  KIND_VICTIM,     /* a victim's id */
} Kind;

/* Every field path tg_model_diff writes, "*" for an item's id or position
 * (tg-model.h). test-history-render checks that every path of a filled
 * case is here. */
static const struct
{
  const char  *pattern;
  Kind         kind;
  GType      (*enum_type) (void);
  const char  *label;
} fields[] = {
  { "id",                     KIND_TEXT,     NULL, NC_("history", "Case identifier") },
  { "number",                 KIND_TEXT,     NULL, NC_("history", "Registration number") },
  { "region",                 KIND_REGION,   NULL, NC_("history", "Region") },
  { "state",                  KIND_ENUM,     tg_state_get_type, NC_("history", "State of the case") },
  { "deleted",                KIND_BOOL,     NULL, NC_("history", "Marked as removed") },
  { "registered-at",          KIND_DATETIME, NULL, NC_("history", "Registered at") },
  { "employer",               KIND_PART,     NULL, NC_("history", "Employer") },
  { "employer/name",          KIND_TEXT,     NULL, NC_("history", "Employer's name") },
  { "employer/bin",           KIND_TEXT,     NULL, NC_("history", "Employer's BIN") },
  { "employer/activity",      KIND_TEXT,     NULL, NC_("history", "Employer's economic activity (OKED)") },
  { "employer/address",       KIND_TEXT,     NULL, NC_("history", "Employer's address") },
  { "employer/legal-form",    KIND_LEGAL_FORM, NULL, NC_("history", "Employer's legal form") },
  { "employer/name-kk",       KIND_TEXT,     NULL, NC_("history", "Employer's name in Kazakh") },
  { "occurred",               KIND_DATETIME, NULL, NC_("history", "Date and time of the accident") },
  { "reported",               KIND_DATETIME, NULL, NC_("history", "Reported to the labour inspection at") },
  { "place",                  KIND_TEXT,     NULL, NC_("history", "Place of the accident") },
  { "place-kk",               KIND_TEXT,     NULL, NC_("history", "Place of the accident in Kazakh") },
  { "circumstances",          KIND_TEXT,     NULL, NC_("history", "Circumstances of the accident") },
  { "hazardous-facility",     KIND_BOOL,     NULL, NC_("history", "Hazardous production facility") },
  { "group-poisoning",        KIND_BOOL,     NULL, NC_("history", "Acute group poisoning") },

  { "victims/*",              KIND_ITEM,     NULL, NC_("history", "Victim") },
  { "victims/*/full-name",    KIND_TEXT,     NULL, NC_("history", "Full name") },
  { "victims/*/iin",          KIND_TEXT,     NULL, NC_("history", "IIN") },
  { "victims/*/birth-date",   KIND_DATE,     NULL, NC_("history", "Date of birth") },
  { "victims/*/sex",          KIND_ENUM,     tg_sex_get_type, NC_("history", "Sex") },
  { "victims/*/occupation",   KIND_TEXT,     NULL, NC_("history", "Occupation") },
  { "victims/*/injury",       KIND_TEXT,     NULL, NC_("history", "Injury") },
  { "victims/*/severity",     KIND_ENUM,     tg_severity_get_type, NC_("history", "Severity of the injury") },
  { "victims/*/died-on",      KIND_DATE,     NULL, NC_("history", "Date of death") },
  { "victims/*/experience-months", KIND_COUNT, NULL,
    NC_("history", "Length of service in the occupation, months") },
  { "victims/*/briefed-on",   KIND_DATE,     NULL, NC_("history", "Last safety briefing") },
  { "victims/*/trained-on",   KIND_DATE,     NULL, NC_("history", "Last safety training and knowledge test") },

  { "investigation",          KIND_PART,     NULL, NC_("history", "Investigation") },
  { "investigation/body",     KIND_ENUM,     tg_body_get_type, NC_("history", "Investigating body") },
  { "investigation/commission", KIND_PART,   NULL, NC_("history", "Commission") },
  { "investigation/commission/order-number", KIND_TEXT, NULL,
    NC_("history", "Number of the order creating the commission") },
  { "investigation/commission/order-date", KIND_DATE, NULL,
    NC_("history", "Date of the order creating the commission") },
  { "investigation/commission/members/*", KIND_ITEM, NULL, NC_("history", "Commission member") },
  { "investigation/commission/members/*/role", KIND_ENUM, tg_role_get_type,
    NC_("history", "Role in the commission") },
  { "investigation/commission/members/*/full-name", KIND_TEXT, NULL, NC_("history", "Full name") },
  { "investigation/commission/members/*/position", KIND_TEXT, NULL, NC_("history", "Position held") },
  { "investigation/commission/members/*/organization", KIND_TEXT, NULL, NC_("history", "Organization") },
  { "investigation/commission/members/*/position-kk", KIND_TEXT, NULL, NC_("history", "Position held, in Kazakh") },
  { "investigation/commission/members/*/organization-kk", KIND_TEXT, NULL,
    NC_("history", "Organization, in Kazakh") },
  { "investigation/started",  KIND_DATE,     NULL, NC_("history", "Investigation started on") },
  { "investigation/due",      KIND_DATE,     NULL, NC_("history", "Due date of the investigation") },
  { "investigation/extensions/*", KIND_ITEM, NULL, NC_("history", "Extension of the term") },
  { "investigation/extensions/*/granted", KIND_DATE, NULL, NC_("history", "Granted on") },
  { "investigation/extensions/*/new-due", KIND_DATE, NULL, NC_("history", "New due date") },
  { "investigation/extensions/*/granted-by", KIND_TEXT, NULL, NC_("history", "Granted by") },
  { "investigation/extensions/*/reason", KIND_TEXT, NULL, NC_("history", "Reason") },
  { "investigation/extensions/*/order-number", KIND_TEXT, NULL,
    NC_("history", "Number of the order extending the term") },
  { "investigation/findings", KIND_PART,     NULL, NC_("history", "Findings") },
  { "investigation/findings/work-related", KIND_BOOL, NULL,
    NC_("history", "Related to work") },
  { "investigation/findings/ground", KIND_ENUM, tg_ground_get_type,
    NC_("history", "Ground for finding the accident not related to work") },
  { "investigation/findings/causes", KIND_LIST, NULL, NC_("history", "Causes") },
  { "investigation/findings/responsible", KIND_LIST, NULL, NC_("history", "Persons responsible") },
  { "investigation/findings/violations", KIND_LIST, NULL, NC_("history", "Violated norms") },
  { "investigation/findings/fault-employer", KIND_PERCENT, NULL,
    NC_("history", "Fault share of the employer") },
  { "investigation/findings/fault-employee", KIND_PERCENT, NULL,
    NC_("history", "Fault share of the worker") },
  { "investigation/findings/measures", KIND_LIST, NULL, NC_("history", "Measures to prevent recurrence") },
  { "investigation/findings/dissent", KIND_TEXT, NULL, NC_("history", "Dissenting opinion") },
  { "investigation/findings/dissent-by", KIND_TEXT, NULL, NC_("history", "Member who dissents") },
  { "investigation/act-number", KIND_TEXT,   NULL, NC_("history", "Act number") },
  { "investigation/act-date", KIND_DATE,     NULL, NC_("history", "Act date") },

  { "disputes/*",             KIND_ITEM,     NULL, NC_("history", "Dispute") },
  { "disputes/*/filed-by",    KIND_ENUM,     tg_party_get_type, NC_("history", "Filed by") },
  { "disputes/*/subject",     KIND_ENUM,     tg_dispute_subject_get_type, NC_("history", "Subject of the dispute") },
  { "disputes/*/filed",       KIND_DATE,     NULL, NC_("history", "Received on") },
  { "disputes/*/status",      KIND_ENUM,     tg_dispute_status_get_type, NC_("history", "Status") },
  { "disputes/*/due",         KIND_DATE,     NULL, NC_("history", "Decision due by") },
  { "disputes/*/claim",       KIND_TEXT,     NULL, NC_("history", "Claim") },
  { "disputes/*/positions/*", KIND_ITEM,     NULL, NC_("history", "Position of a party") },
  { "disputes/*/positions/*/party", KIND_PARTY, NULL, NC_("history", "Party") },
  { "disputes/*/positions/*/text", KIND_TEXT, NULL, NC_("history", "Text of the position") },
  { "disputes/*/outcome",     KIND_ENUM,     tg_outcome_get_type, NC_("history", "Decision") },
  { "disputes/*/decided-on",  KIND_DATE,     NULL, NC_("history", "Decided on") },
  { "disputes/*/decided-by",  KIND_TEXT,     NULL, NC_("history", "Decided by") },
  { "disputes/*/reasoning",   KIND_TEXT,     NULL, NC_("history", "Reasoning") },
  { "disputes/*/appeal-court", KIND_TEXT,    NULL, NC_("history", "Court appealed to") },
  { "disputes/*/appeal-filed", KIND_DATE,    NULL, NC_("history", "Appeal filed on") },
  { "disputes/*/appeal-result", KIND_TEXT,   NULL, NC_("history", "Result of the appeal") },
  { "disputes/*/number",      KIND_TEXT,     NULL, NC_("history", "Number of the decision") },
  { "disputes/*/applicant",   KIND_TEXT,     NULL, NC_("history", "Applicant") },
  { "disputes/*/victim",      KIND_VICTIM,   NULL, NC_("history", "Victim concerned") },

  { "requests/*",             KIND_ITEM,     NULL, NC_("history", "Information request") },
  { "requests/*/addressee",   KIND_TEXT,     NULL, NC_("history", "Addressee") },
  { "requests/*/subject",     KIND_TEXT,     NULL, NC_("history", "Subject of the request") },
  { "requests/*/sent",        KIND_DATE,     NULL, NC_("history", "Sent on") },
  { "requests/*/due",         KIND_DATE,     NULL, NC_("history", "Answer due by") },
  { "requests/*/answered",    KIND_DATE,     NULL, NC_("history", "Answered on") },
  { "requests/*/answer",      KIND_TEXT,     NULL, NC_("history", "Answer") },
  { "requests/*/blocking",    KIND_BOOL,     NULL, NC_("history", "The case cannot be closed without the answer") },
  { "requests/*/addressee-kk", KIND_TEXT,    NULL, NC_("history", "Addressee in Kazakh") },
  { "requests/*/number",      KIND_TEXT,     NULL, NC_("history", "Outgoing number") },

  { "documents/*",            KIND_ITEM,     NULL, NC_("history", "Document") },
  { "documents/*/title",      KIND_TEXT,     NULL, NC_("history", "Title") },
  { "documents/*/file-name",  KIND_TEXT,     NULL, NC_("history", "File name") },
  { "documents/*/media-type", KIND_TEXT,     NULL, NC_("history", "File type") },
  { "documents/*/sha256",     KIND_TEXT,     NULL, NC_("history", "Checksum of the file") },
};

/* Lists and parts: how an item is named, and what adding or removing one
 * is called. @named takes the item's name, @numbered its number. */
static const struct
{
  const char *pattern;
  const char *named;       /* NULL: shown by number even when named */
  const char *numbered;
  const char *naming;      /* the property an item is named by */
  gboolean    by_position; /* no id: the key is the position from 0 */
  const char *added;
  const char *removed;
} wholes[] = {
  { "victims/*",
    /* Translators: a victim named: "Victim Оспанов Асхат Бекович" */
    NC_("history", "Victim %s"),
    /* Translators: a victim by number, when the name is not known: "Victim No. 2" */
    NC_("history", "Victim No. %s"),
    "full-name", FALSE, NC_("history", "Victim added"), NC_("history", "Victim removed") },
  { "investigation/commission/members/*",
    NC_("history", "Commission member %s"), NC_("history", "Commission member No. %s"),
    "full-name", TRUE, NC_("history", "Commission member added"), NC_("history", "Commission member removed") },
  { "investigation/extensions/*",
    NULL, NC_("history", "Extension of the term No. %s"),
    "reason", TRUE, NC_("history", "Term of the investigation extended"),
    NC_("history", "Extension of the term removed") },
  { "disputes/*",
    NULL, NC_("history", "Dispute No. %s"),
    "claim", FALSE, NC_("history", "Dispute filed"), NC_("history", "Dispute removed") },
  { "disputes/*/positions/*",
    NULL, NC_("history", "Position of a party No. %s"),
    "text", TRUE, NC_("history", "Position of a party recorded"), NC_("history", "Position of a party removed") },
  { "requests/*",
    /* Translators: an information request named by its addressee */
    NC_("history", "Information request to %s"), NC_("history", "Information request No. %s"),
    "addressee", FALSE, NC_("history", "Information request sent"), NC_("history", "Information request removed") },
  { "documents/*",
    NC_("history", "Document “%s”"), NC_("history", "Document No. %s"),
    "title", FALSE, NC_("history", "Document attached"), NC_("history", "Document removed") },
  { "employer", NULL, NULL, "name", FALSE,
    NC_("history", "Employer recorded"), NC_("history", "Employer removed") },
  { "investigation", NULL, NULL, NULL, FALSE,
    NC_("history", "Investigation recorded"), NC_("history", "Investigation removed") },
  { "investigation/commission", NULL, NULL, NULL, FALSE,
    NC_("history", "Commission formed"), NC_("history", "Commission dissolved") },
  { "investigation/findings", NULL, NULL, NULL, FALSE,
    NC_("history", "Findings recorded"), NC_("history", "Findings removed") },
};

static const char *
tr (const char *lang,
    const char *msgid)
{
  return tg_i18n_translate_context (lang, CONTEXT, msgid);
}

/* The first "%s" of @format replaced by @arg: formats from a table are
 * not literals the compiler could check. */
static char *
subst (const char *format,
       const char *arg)
{
  const char *at = strstr (format, "%s");

  if (at == NULL)
    return g_strdup (format);
  return g_strdup_printf ("%.*s%s%s", (int) (at - format), format, arg, at + 2);
}

/* ------------------------------------------------------------- patterns */

static gboolean
segments_match (char       **path,
                const char  *pattern)
{
  g_auto(GStrv) pat = g_strsplit (pattern, "/", -1);
  guint i;

  for (i = 0; path[i] != NULL && pat[i] != NULL; i++)
    if (!g_str_equal (pat[i], "*") && !g_str_equal (pat[i], path[i]))
      return FALSE;
  return path[i] == NULL && pat[i] == NULL;
}

static int
find_field (const char *path)
{
  g_auto(GStrv) segments = NULL;

  if (path == NULL || *path == '\0')
    return -1;
  segments = g_strsplit (path, "/", -1);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (segments_match (segments, fields[i].pattern))
      return i;
  return -1;
}

static int
find_whole (const char *path)
{
  g_auto(GStrv) segments = NULL;

  if (path == NULL)
    return -1;
  segments = g_strsplit (path, "/", -1);
  for (guint i = 0; i < G_N_ELEMENTS (wholes); i++)
    if (segments_match (segments, wholes[i].pattern))
      return i;
  return -1;
}

/* --------------------------------------------------------------- labels */

/* "Severity" → "severity" after a colon; "IIN" stays. */
static void
lower_first (GString *s,
             gsize    from)
{
  const char *p = s->str + from;
  gunichar c = g_utf8_get_char (p);
  const char *next = g_utf8_next_char (p);
  char buf[8] = { 0 };
  gunichar lower;

  if (!g_unichar_isupper (c) || *next == '\0' || g_unichar_isupper (g_utf8_get_char (next)))
    return;
  lower = g_unichar_tolower (c);
  g_unichar_to_utf8 (lower, buf);
  g_string_erase (s, from, next - p);
  g_string_insert (s, from, buf);
}

/* "v2", "d1", "doc3" → "2", "1", "3"; anything else as it is. */
static char *
key_number (const char *key,
            gboolean    by_position)
{
  const char *digits = key;

  if (by_position)
    return g_strdup_printf ("%" G_GUINT64_FORMAT, g_ascii_strtoull (key, NULL, 10) + 1);
  while (g_ascii_isalpha (*digits))
    digits++;
  if (*digits != '\0' && strspn (digits, "0123456789") == strlen (digits))
    return g_strdup (digits);
  return g_strdup (key);
}

static char *
item_label (guint       whole,
            const char *key,
            const char *subject,
            const char *lang)
{
  g_autofree char *number = NULL;

  if (subject != NULL && *subject != '\0' && wholes[whole].named != NULL)
    return subst (tr (lang, wholes[whole].named), subject);
  number = key_number (key, wholes[whole].by_position);
  return subst (tr (lang, wholes[whole].numbered), number);
}

/* Appends @text to @label after @separator, its first letter made small
 * when it follows one. */
static void
append_part (GString    *label,
             const char *separator,
             const char *text)
{
  gsize at = label->len > 0 ? label->len + strlen (separator) : 0;

  g_string_append_printf (label, "%s%s", label->len > 0 ? separator : "", text);
  if (at > 0)
    lower_first (label, at);
}

/* The whole of wholes[] that the first @n segments name, if it is a list
 * item. */
static int
item_at (char  **segments,
         guint   n)
{
  g_auto(GStrv) prefix = g_new0 (char *, n + 1);
  g_autofree char *path = NULL;
  int w;

  for (guint i = 0; i < n; i++)
    prefix[i] = g_strdup (segments[i]);
  path = g_strjoinv ("/", prefix);
  w = find_whole (path);
  return w >= 0 && wholes[w].numbered != NULL ? w : -1;
}

char *
tg_field_dup_label (const char *path,
                    const char *subject,
                    const char *lang)
{
  int f = find_field (path);
  g_auto(GStrv) segments = NULL;
  g_autoptr(GString) label = g_string_new (NULL);
  guint innermost = 0;

  if (f < 0)
    return NULL;
  segments = g_strsplit (path, "/", -1);
  for (guint i = 1; segments[i - 1] != NULL; i++)
    if (item_at (segments, i) >= 0)
      innermost = i;
  /* The items the path lies in, outermost first: "Dispute No. 1, position
   * of a party No. 2". Only the innermost is named by @subject. */
  for (guint i = 1; i <= innermost; i++)
    {
      int w = item_at (segments, i);

      if (w >= 0)
        {
          g_autofree char *item = item_label (w, segments[i - 1], i == innermost ? subject : NULL, lang);
          append_part (label, ", ", item);
        }
    }
  if (fields[f].kind != KIND_ITEM)
    append_part (label, ": ", tr (lang, fields[f].label));
  return g_string_free (g_steal_pointer (&label), FALSE);
}

char *
tg_field_dup_bare_label (const char *path,
                         const char *lang)
{
  int f = find_field (path);

  return f >= 0 ? g_strdup (tr (lang, fields[f].label)) : NULL;
}

const char *
tg_field_get_event (const char *path,
                    gboolean    added,
                    const char *lang)
{
  int w = find_whole (path);

  if (w < 0)
    return NULL;
  return tr (lang, added ? wholes[w].added : wholes[w].removed);
}

char *
tg_field_dup_naming_path (const char *path)
{
  int w = find_whole (path);

  if (w < 0 || wholes[w].naming == NULL)
    return NULL;
  return g_strconcat (path, "/", wholes[w].naming, NULL);
}

char *
tg_field_dup_subject_path (const char *path)
{
  g_auto(GStrv) segments = NULL;
  g_autoptr(GString) prefix = g_string_new (NULL);
  char *naming = NULL;

  if (path == NULL)
    return NULL;
  segments = g_strsplit (path, "/", -1);
  for (guint i = 0; segments[i] != NULL; i++)
    {
      int w;

      g_string_append_printf (prefix, "%s%s", i > 0 ? "/" : "", segments[i]);
      w = find_whole (prefix->str);
      if (w >= 0 && wholes[w].numbered != NULL)
        {
          g_clear_pointer (&naming, g_free);
          if (!wholes[w].by_position && wholes[w].named != NULL)
            naming = g_strconcat (prefix->str, "/", wholes[w].naming, NULL);
        }
    }
  return naming;
}

static gboolean
last_segment_is (const char *pattern,
                 const char *name)
{
  const char *slash = strrchr (pattern, '/');

  return g_str_equal (slash != NULL ? slash + 1 : pattern, name);
}

char *
tg_field_dup_path_for (const char *name,
                       const char *within)
{
  g_return_val_if_fail (name != NULL, NULL);

  if (within != NULL && *within != '\0')
    {
      g_autofree char *path = g_strconcat (within, "/", name, NULL);
      int f = find_field (path);

      if (f >= 0)
        return g_strdup (fields[f].pattern);
    }
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (fields[i].kind != KIND_ITEM && fields[i].kind != KIND_PART && last_segment_is (fields[i].pattern, name))
      return g_strdup (fields[i].pattern);
  return NULL;
}

/* --------------------------------------------------------------- values */

/* The msgids of the labels tg-enums.c (and tg-review.c, and the victim
 * dialog for sex) show in the interface, in enum order: the same words,
 * so one translation serves both. test-history-render checks that they
 * agree. NULL: the value shows as "—". */
static const char * const states[] = {
  N_("Registered"), N_("Local investigation"), N_("Commission pending"),
  N_("Committee investigation"), N_("Referred to the Government"), N_("Concluded"), N_("Closed"),
};
static const char * const severities[] = { N_("Light"), N_("Severe"), N_("Fatal") };
static const char * const sexes[] = { N_("Male"), N_("Female") };
static const char * const bodies[] = {
  N_("Not assigned"), N_("Employer"), N_("Local labour inspectorate"), N_("Committee"), N_("Government"),
};
static const char * const jurisdictions[] = {
  N_("Employer's commission"),
  N_("Special investigation by the local labour inspection"),
  N_("Special investigation chaired by the region's chief state labour inspector"),
  N_("Commission of the Committee"),
  N_("Government commission"),
};
static const char * const roles[] = { N_("Chair"), N_("Deputy chair"), N_("Member"), N_("Secretary") };
static const char * const grounds[] = {
  NULL, N_("Intoxication of the victim"), N_("Deliberate self-harm"),
  N_("Criminal offence by the victim"), N_("Sudden illness unrelated to production"),
};
static const char * const parties[] = { N_("Employer"), N_("Worker"), N_("State labour inspector") };
static const char * const dispute_subjects[] = {
  N_("Investigation"), N_("Formalization (the act)"), N_("Registration"),
};
static const char * const dispute_statuses[] = {
  N_("Filed"), N_("Under review"), N_("Decided"), N_("Withdrawn"),
};
static const char * const outcomes[] = {
  NULL, N_("Upheld"), N_("Partly upheld"), N_("Rejected"), N_("Re-investigation"),
};
static const char * const conclusions[] = {
  N_("Conclusion sound"), N_("Deficiencies"), N_("Re-investigation required"),
};

static const char * const *
enum_labels (GType  type,
             guint *n)
{
  static const struct
  {
    GType             (*type) (void);
    const char * const *labels;
    guint               n;
  } tables[] = {
#define TABLE(get_type, labels) { get_type, labels, G_N_ELEMENTS (labels) }
    TABLE (tg_state_get_type, states),
    TABLE (tg_severity_get_type, severities),
    TABLE (tg_sex_get_type, sexes),
    TABLE (tg_body_get_type, bodies),
    TABLE (tg_jurisdiction_get_type, jurisdictions),
    TABLE (tg_role_get_type, roles),
    TABLE (tg_ground_get_type, grounds),
    TABLE (tg_party_get_type, parties),
    TABLE (tg_dispute_subject_get_type, dispute_subjects),
    TABLE (tg_dispute_status_get_type, dispute_statuses),
    TABLE (tg_outcome_get_type, outcomes),
    TABLE (tg_review_conclusion_get_type, conclusions),
#undef TABLE
  };

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (tables[i].type () == type)
      {
        *n = tables[i].n;
        return tables[i].labels;
      }
  *n = 0;
  return NULL;
}

const char *
tg_field_enum_label (GType       enum_type,
                     const char *nick,
                     const char *lang)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *value;
  const char * const *labels;
  guint n;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), NULL);

  if (nick == NULL)
    return NULL;
  klass = g_type_class_ref (enum_type);
  value = g_enum_get_value_by_nick (klass, nick);
  labels = enum_labels (enum_type, &n);
  if (value == NULL || labels == NULL || (guint) value->value >= n)
    return NULL;
  if (labels[value->value] == NULL)
    return "—";
  return tg_i18n_translate (lang, labels[value->value]);
}


static char *
region_value (const char *code,
              const char *lang)
{
  const TgRegion *region = tg_region_lookup (code);

  if (region == NULL)
    return g_strdup (code);
  return g_strdup (lang != NULL ? tg_region_name_in (region, lang) : tg_region_name (region));
}

static char *
list_value (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  return g_strjoinv ("; ", lines);
}

/* A class name (old entries recorded a part by its type: "TgFindings")
 * names nothing for people. */
static gboolean
is_type_name (const char *text)
{
  return g_str_has_prefix (text, "Tg") && g_ascii_isupper (text[2]) &&
         strspn (text, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") == strlen (text);
}

static char *
typed_value (int         f,
             const char *text,
             const char *lang)
{
  const char *label;
  const TgLegalForm *form;
  g_autofree char *date = NULL;
  g_autofree char *number = NULL;
  int party;

  switch (fields[f].kind)
    {
    case KIND_DATE:
    case KIND_DATETIME:
      date = tg_date_dup_shown (text);
      return date != NULL ? g_steal_pointer (&date) : g_strdup (text);
    case KIND_BOOL:
      if (g_str_equal (text, "true") || g_str_equal (text, "false"))
        return g_strdup (tr (lang, g_str_equal (text, "true") ? NC_("history", "yes") : NC_("history", "no")));
      return g_strdup (text);
    case KIND_PERCENT:
      if (g_ascii_strtoll (text, NULL, 10) < 0)
        return g_strdup ("—");
      return g_strdup_printf ("%s %%", text);
    case KIND_ENUM:
      label = tg_field_enum_label (fields[f].enum_type (), text, lang);
      return g_strdup (label != NULL ? label : text);
    case KIND_LIST:
      return list_value (text);
    case KIND_REGION:
      return region_value (text, lang);
    case KIND_PARTY:
      if (tg_enum_from_nick (TG_TYPE_PARTY, text, &party))
        return g_strdup (tg_field_enum_label (TG_TYPE_PARTY, text, lang));
      return g_strdup (text);
    case KIND_ITEM:
    case KIND_PART:
      return g_strdup (is_type_name (text) ? "—" : text);
    case KIND_COUNT:
      return g_strdup (g_ascii_strtoll (text, NULL, 10) < 0 ? "—" : text);
    case KIND_LEGAL_FORM:
      form = tg_legal_form_lookup (text);
      /* both abbreviations: "ТОО / ЖШС", whatever the reader's language */
      return form != NULL ? g_strdup_printf ("%s / %s", form->ru, form->kk) : g_strdup (text);
    case KIND_VICTIM:
      number = key_number (text, FALSE);
      return subst (tr (lang, wholes[0].numbered), number);
    case KIND_TEXT:
    default:
      return g_strdup (text);
    }
}

char *
tg_field_dup_value (const char *path,
                    const char *text,
                    const char *lang)
{
  int f = find_field (path);

  if (text == NULL || *text == '\0')
    return g_strdup ("—");
  if (f < 0)
    return g_strdup (text);
  return typed_value (f, text, lang);
}
