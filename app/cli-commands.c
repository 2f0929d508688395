/* cli-commands.c — every command of the core layer, from its parameter table
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One piece of code serves all the commands of tg-case-commands.h: each
 * parameter is an option of the same name (--full-name), a list option is
 * repeated, what a person typed becomes the parameter's value through
 * tg_command_parse_param, and --help is made from the same table. The
 * command runs in one transaction; stdout gets one line for scripts,
 * NUMBER<TAB>REVISION<TAB>changed|unchanged[<TAB>ID], and stderr a
 * sentence in the user's language.
 */
#define G_LOG_DOMAIN "tergeu-cli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "tergeu-cli.h"
#include "tg-info-request.h"
#include "tg-store-command.h"

/* ------------------------------------------------------------ the tables */

/* Other spellings of a command: a shorter one, or the one tergeu-cli had
 * before the command layer. */
static const struct
{
  const char *spelling;
  const char *name;
} spellings[] = {
  { "edit", "edit-particulars" },
  { "receive-act", "act-received" },
};

typedef enum
{
  FALLBACK_NONE,
  FALLBACK_TODAY,        /* today, in Astana */
  FALLBACK_ACTOR,        /* the database's user */
  FALLBACK_FILE_NAME,    /* the FILE argument's name */
  FALLBACK_MEDIA_TYPE,   /* guessed from the FILE argument */
} Fallback;

/* What the command line adds to a parameter: the option name the command
 * had before the command layer, and a value when none is given. */
static const struct
{
  const char *name;
  const char *key;
  const char *alias;
  Fallback    fallback;
} extras[] = {
  { "answer", "answered", "on", FALLBACK_TODAY },
  { "answer", "answer", "text", FALLBACK_NONE },
  { "review", "reviewed-on", "on", FALLBACK_TODAY },
  { "review", "reviewer", NULL, FALLBACK_ACTOR },
  { "act-received", "received-on", "on", FALLBACK_TODAY },
  { "attach", "title", NULL, FALLBACK_FILE_NAME },
  { "attach", "file-name", NULL, FALLBACK_FILE_NAME },
  { "attach", "media-type", NULL, FALLBACK_MEDIA_TYPE },
};

/* A parameter naming an item of the case may also be the argument after
 * the case ("victim edit 08-2026-00001 v2"). */
static const struct
{
  const char *key;
  const char *arguments;   /* N_() */
} items[] = {
  { "victim", N_("ID-or-NUMBER [VICTIM]") },
  { "member", N_("ID-or-NUMBER [MEMBER]") },
  { "dispute", N_("ID-or-NUMBER [DISPUTE]") },
  { "request", N_("ID-or-NUMBER [REQUEST]") },
};

struct _CliCall
{
  const char         *name;
  const TgParamSpec  *params;
  guint               n_params;
  int                 item;       /* index in items[] of the second argument, or -1 */
  GHashTable         *given;      /* key → GPtrArray of the texts typed, in order */
  gint64              revision;   /* --revision, or -1 */
  GPtrArray          *strings;    /* texts the options and argv point into */
  char              **argv;       /* the argv handed to GOption */
};

CliCall *
cli_call_new (const char *name)
{
  CliCall *call = g_new0 (CliCall, 1);

  call->name = name;
  call->params = tg_command_get_params (name, &call->n_params);
  call->item = -1;
  for (guint i = 0; i < G_N_ELEMENTS (items) && call->n_params > 0; i++)
    if (call->params[0].required && g_str_equal (call->params[0].key, items[i].key))
      call->item = (int) i;
  call->given = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  call->revision = -1;
  call->strings = g_ptr_array_new_with_free_func (g_free);
  return call;
}

void
cli_call_free (CliCall *call)
{
  g_hash_table_unref (call->given);
  g_ptr_array_unref (call->strings);
  g_free (call->argv);
  g_free (call);
}

static Fallback
fallback_of (const char *name,
             const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (extras); i++)
    if (g_str_equal (extras[i].name, name) && g_str_equal (extras[i].key, key))
      return extras[i].fallback;
  return FALLBACK_NONE;
}

static const char *
alias_of (const char *name,
          const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (extras); i++)
    if (g_str_equal (extras[i].name, name) && g_str_equal (extras[i].key, key))
      return extras[i].alias;
  return NULL;
}

/* The parameter the option @option ("full-name", or an older alias) gives. */
static const TgParamSpec *
param_of_option (CliCall    *call,
                 const char *option)
{
  for (guint i = 0; i < G_N_ELEMENTS (extras); i++)
    if (extras[i].alias != NULL && g_str_equal (extras[i].name, call->name) &&
        g_str_equal (extras[i].alias, option))
      option = extras[i].key;
  for (guint i = 0; i < call->n_params; i++)
    if (g_str_equal (call->params[i].key, option))
      return &call->params[i];
  return NULL;
}

static const char *
keep (CliCall *call,
      char    *text)
{
  g_ptr_array_add (call->strings, text);
  return text;
}

/* ------------------------------------------------------------- --help */

static const char *
value_hint (CliCall           *call,
            const TgParamSpec *p)
{
  switch (p->kind)
    {
    case TG_PARAM_DATE:
      return _("DATE");
    case TG_PARAM_DATETIME:
      return "YYYY-MM-DDThh:mm:ss+05:00";
    case TG_PARAM_BOOL:
      return "yes|no";
    case TG_PARAM_INT:
      return _("N");
    case TG_PARAM_ENUM:
      {
        g_autoptr(GEnumClass) klass = g_type_class_ref (p->enum_type ());
        GString *s = g_string_new (NULL);

        for (guint i = 0; i < klass->n_values; i++)
          g_string_append_printf (s, "%s%s", i > 0 ? "|" : "", klass->values[i].value_nick);
        return keep (call, g_string_free (s, FALSE));
      }
    case TG_PARAM_TEXT:
    case TG_PARAM_LIST:
    case TG_PARAM_BYTES:
    default:
      for (guint i = 0; i < G_N_ELEMENTS (items); i++)
        if (g_str_equal (p->key, items[i].key))
          return _("ID");
      return _("TEXT");
    }
}

/* "Full name (required)", "Causes (repeat for each item)",
 * "Answered on (default: today; also --on)". */
static const char *
describe_param (CliCall           *call,
                const TgParamSpec *p)
{
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  Fallback fallback = fallback_of (call->name, p->key);
  const char *alias = alias_of (call->name, p->key);
  g_autofree char *joined = NULL;

  if (p->required && fallback == FALLBACK_NONE)
    g_ptr_array_add (notes, g_strdup (_("required")));
  if (p->kind == TG_PARAM_LIST)
    g_ptr_array_add (notes, g_strdup (_("repeat for each item")));
  if (fallback == FALLBACK_TODAY)
    g_ptr_array_add (notes, g_strdup (_("default: today")));
  else if (fallback == FALLBACK_ACTOR)
    g_ptr_array_add (notes, g_strdup (_("default: the database's user")));
  else if (fallback == FALLBACK_FILE_NAME)
    g_ptr_array_add (notes, g_strdup (_("default: the name of FILE")));
  else if (fallback == FALLBACK_MEDIA_TYPE)
    g_ptr_array_add (notes, g_strdup (_("default: guessed from FILE")));
  if (alias != NULL)
    g_ptr_array_add (notes, g_strdup_printf (_("also --%s"), alias));
  if (notes->len == 0)
    return _(p->label);
  g_ptr_array_add (notes, NULL);
  joined = g_strjoinv ("; ", (char **) notes->pdata);
  /* Translators: a parameter's label and notes: "Full name (required)" */
  return keep (call, g_strdup_printf (_("%s (%s)"), _(p->label), joined));
}

/* The states the command is allowed in, and how it answers. */
static const char *
describe_command (CliCall *call)
{
  guint mask = tg_command_get_states (call->name);
  GString *s = g_string_new (NULL);

  /* Only "register" runs on no case. */
  if (mask == 0)
    {
      g_string_append (s, _("Dates are written YYYY-MM-DD or DD.MM.YYYY. Prints NUMBER<TAB>1<TAB>changed<TAB>UUID of the new case; exit status 1 when the case is refused (nothing is registered), 2 on a usage error."));
      return keep (call, g_string_free (s, FALSE));
    }
  if (mask == (1u << TG_N_STATES) - 1)
    g_string_append (s, _("Allowed in every state of a case."));
  else
    {
      g_autoptr(GString) states = g_string_new (NULL);

      for (guint st = 0; st < TG_N_STATES; st++)
        if (mask & (1u << st))
          g_string_append_printf (states, "%s%s", states->len > 0 ? ", " : "", tg_state_label (st));
      g_string_append_printf (s, _("Allowed when the case is: %s."), states->str);
    }
  g_string_append_c (s, '\n');
  g_string_append (s, _("Dates are written YYYY-MM-DD or DD.MM.YYYY. Prints NUMBER<TAB>REVISION<TAB>changed|unchanged, and the id of what it added; exit status 1 when the command is refused (nothing is changed), 2 on a usage error."));
  return keep (call, g_string_free (s, FALSE));
}

/* ------------------------------------------------------------- options */

static gboolean
collect (const char  *option_name,
         const char  *value,
         gpointer     data,
         GError     **error)
{
  CliCall *call = data;
  const TgParamSpec *p = param_of_option (call, option_name + 2);
  GPtrArray *texts;

  g_assert (p != NULL);
  texts = g_hash_table_lookup (call->given, p->key);
  if (texts == NULL)
    {
      texts = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_insert (call->given, (gpointer) p->key, texts);
    }
  else if (p->kind != TG_PARAM_LIST)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--%s is given more than once"), p->key);
      return FALSE;
    }
  /* A yes/no option alone means yes (request --blocking). */
  g_ptr_array_add (texts, g_strdup (value != NULL ? value : "yes"));
  return TRUE;
}

static GOptionEntry
entry (const char   *long_name,
       gint          flags,
       const char   *description,
       const char   *arg_description)
{
  GOptionEntry e = { long_name, 0, flags, G_OPTION_ARG_CALLBACK, (gpointer) collect,
                     description, arg_description };
  return e;
}

/* An option per parameter (the bytes of a file excepted), the older
 * spellings hidden, then --db and --revision. */
static GArray *
build_entries (CliCall *call)
{
  GArray *entries = g_array_new (TRUE, TRUE, sizeof (GOptionEntry));
  GOptionEntry db = cli_db_entry ();
  GOptionEntry revision = { "revision", 0, 0, G_OPTION_ARG_INT64, &call->revision,
                            _("Refuse if the case changed after this revision"), _("N") };

  for (guint i = 0; i < call->n_params; i++)
    {
      const TgParamSpec *p = &call->params[i];
      const char *alias = alias_of (call->name, p->key);
      GOptionEntry e;

      if (p->kind == TG_PARAM_BYTES)
        continue;
      e = entry (p->key, p->kind == TG_PARAM_BOOL ? G_OPTION_FLAG_OPTIONAL_ARG : 0,
                 describe_param (call, p), value_hint (call, p));
      g_array_append_val (entries, e);
      if (alias != NULL)
        {
          e.long_name = alias;
          e.flags |= G_OPTION_FLAG_HIDDEN;
          g_array_append_val (entries, e);
        }
    }
  g_array_append_val (entries, db);
  if (tg_command_get_states (call->name) != 0)
    g_array_append_val (entries, revision);
  return entries;
}

/* "--work-related no" becomes "--work-related=no": a yes/no option takes
 * its value in the next word when that word is yes or no, and alone means
 * yes. */
static void
join_bool_values (CliCall  *call,
                  int      *argc,
                  char   ***argv)
{
  GPtrArray *out = g_ptr_array_new ();

  g_ptr_array_add (out, (*argv)[0]);
  for (int i = 1; i < *argc; i++)
    {
      const char *arg = (*argv)[i];
      const TgParamSpec *p = NULL;

      if (g_str_has_prefix (arg, "--") && strchr (arg, '=') == NULL && arg[2] != '\0')
        p = param_of_option (call, arg + 2);
      if (p != NULL && p->kind == TG_PARAM_BOOL && i + 1 < *argc)
        {
          g_autoptr(GVariant) value = tg_command_parse_param (p, (*argv)[i + 1], NULL);

          if (value != NULL)
            {
              g_variant_ref_sink (value);
              g_ptr_array_add (out, (gpointer) keep (call, g_strconcat (arg, "=", (*argv)[++i], NULL)));
              continue;
            }
        }
      g_ptr_array_add (out, (gpointer) arg);
      if (g_str_equal (arg, "--"))
        {
          for (i++; i < *argc; i++)
            g_ptr_array_add (out, (*argv)[i]);
        }
    }
  *argc = (int) out->len;
  g_ptr_array_add (out, NULL);
  g_free (call->argv);
  call->argv = (char **) g_ptr_array_free (out, FALSE);
  *argv = call->argv;
}

static void
give (CliCall    *call,
      const char *key,
      const char *text)
{
  const TgParamSpec *p = param_of_option (call, key);
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  g_assert (p != NULL);
  g_ptr_array_add (texts, g_strdup (text));
  g_hash_table_replace (call->given, (gpointer) p->key, texts);
}

int
cli_call_parse (CliCall             *call,
                int                 *argc,
                char              ***argv,
                const char          *arguments,
                const GOptionEntry  *more,
                int                  n_args_min,
                int                  n_args_max)
{
  g_autoptr(GOptionContext) ctx = g_option_context_new (arguments);
  g_autoptr(GArray) entries = build_entries (call);
  g_autoptr(GError) error = NULL;
  g_autofree char *prgname = g_strdup_printf ("tergeu-cli %s", call->name);
  GOptionGroup *group = g_option_group_new (NULL, NULL, NULL, call, NULL);

  /* Every text is translated already: no translation domain. */
  g_option_group_add_entries (group, (GOptionEntry *) entries->data);
  if (more != NULL)
    g_option_group_add_entries (group, more);
  g_option_context_set_main_group (ctx, group);
  g_option_context_set_summary (ctx, tg_command_get_title (call->name));
  g_option_context_set_description (ctx, describe_command (call));
  g_set_prgname (prgname);
  join_bool_values (call, argc, argv);
  if (!g_option_context_parse (ctx, argc, argv, &error))
    {
      g_printerr ("tergeu-cli %s: %s\n", call->name, error->message);
      return CLI_USAGE;
    }
  if (call->revision != -1 && call->revision < 1)
    {
      g_printerr (_("tergeu-cli %s: --revision takes the revision shown by “show”, 1 or more\n"), call->name);
      return CLI_USAGE;
    }
  if (*argc - 1 < n_args_min)
    {
      g_printerr (_("tergeu-cli %s: name the case by its registration number or UUID (see --help)\n"), call->name);
      return CLI_USAGE;
    }
  if (n_args_max >= 0 && *argc - 1 > n_args_max)
    {
      g_printerr (_("tergeu-cli %s: too many arguments from “%s” on (see --help)\n"),
                  call->name, (*argv)[n_args_max + 1]);
      return CLI_USAGE;
    }
  return CLI_OK;
}

/* ------------------------------------------------------------ values */

static GVariant *
parse_texts (const TgParamSpec  *p,
             GPtrArray          *texts,
             GError            **error)
{
  g_autoptr(GStrvBuilder) list = NULL;
  g_auto(GStrv) all = NULL;

  if (p->kind != TG_PARAM_LIST)
    return tg_command_parse_param (p, g_ptr_array_index (texts, 0), error);
  /* Each repetition is an item; a text of several lines, several items. */
  list = g_strv_builder_new ();
  for (guint i = 0; i < texts->len; i++)
    {
      g_autoptr(GVariant) v = tg_command_parse_param (p, g_ptr_array_index (texts, i), error);
      g_autofree const char **lines = NULL;

      if (v == NULL)
        return NULL;
      g_variant_ref_sink (v);
      lines = g_variant_get_strv (v, NULL);
      g_strv_builder_addv (list, lines);
    }
  all = g_strv_builder_end (list);
  return g_variant_new_strv ((const char * const *) all, -1);
}

GVariant *
cli_call_dup_params (CliCall  *call,
                     GError  **error)
{
  GVariantDict dict;

  g_variant_dict_init (&dict, NULL);
  for (guint i = 0; i < call->n_params; i++)
    {
      const TgParamSpec *p = &call->params[i];
      GPtrArray *texts = g_hash_table_lookup (call->given, p->key);
      GVariant *value;

      if (texts == NULL)
        continue;
      value = parse_texts (p, texts, error);
      if (value == NULL)
        {
          g_variant_dict_clear (&dict);
          return NULL;
        }
      g_variant_dict_insert_value (&dict, p->key, value);
    }
  return g_variant_dict_end (&dict);
}

/* ------------------------------------------------------------- output */

int
cli_command_done (const char       *name,
                  TgCase           *kase,
                  TgCommandOutcome *outcome)
{
  g_autofree char *revision = g_strdup_printf ("%" G_GINT64_FORMAT, tg_case_get_revision (kase));
  const char *number = tg_case_get_number (kase);
  const char *title = tg_command_get_title (name);
  const char *state = tg_state_label (tg_case_get_state (kase));
  const char *item = outcome->changed ? outcome->item_id : NULL;

  printf ("%s\t%s\t%s%s%s\n", number, revision, outcome->changed ? "changed" : "unchanged",
          item != NULL ? "\t" : "", item != NULL ? item : "");
  if (fflush (stdout) != 0)
    return CLI_REFUSED;
  if (!outcome->changed)
    g_printerr (_("%s: nothing to change (“%s”): the case already is so and stays at revision %s.\n"),
                number, title, revision);
  else if (item != NULL)
    g_printerr (_("%s: “%s” done, its id is %s; revision %s, state “%s”.\n"),
                number, title, item, revision, state);
  else
    g_printerr (_("%s: “%s” done; revision %s, state “%s”.\n"), number, title, revision, state);
  if (outcome->changed && outcome->forced >= 0)
    g_printerr (_("%s: with it, the victims' outcome moved the case: “%s”.\n"),
                number, tg_action_label (outcome->forced));
  return CLI_OK;
}

int
cli_command_refused (const char   *case_ref,
                     const GError *error)
{
  g_printerr ("tergeu-cli: %s: %s\n", case_ref, error->message);
  if (g_error_matches (error, TG_COMMAND_ERROR, TG_COMMAND_ERROR_STALE))
    g_printerr (_("tergeu-cli: %s: see the case as it is now with “tergeu-cli show”, and give its revision to --revision.\n"),
                case_ref);
  return CLI_REFUSED;
}

/* ------------------------------------------------------------ running */

/* tergeu-cli answer took a request's position from 1 before requests had
 * ids that `show` prints; both still work. */
static void
request_by_position (CliCall    *call,
                     TgStore    *store,
                     const char *case_ref)
{
  GPtrArray *texts = g_hash_table_lookup (call->given, "request");
  g_autoptr(TgCase) kase = NULL;
  GListModel *requests;
  guint64 n;

  if (texts == NULL ||
      !g_ascii_string_to_unsigned (g_ptr_array_index (texts, 0), 10, 1, G_MAXUINT, &n, NULL) ||
      (kase = tg_store_load_case (store, case_ref, NULL)) == NULL)
    return;
  requests = G_LIST_MODEL (tg_case_get_requests (kase));
  if (n <= g_list_model_get_n_items (requests))
    {
      g_autoptr(TgInfoRequest) r = g_list_model_get_item (requests, (guint) n - 1);
      if (tg_info_request_get_id (r) != NULL)
        give (call, "request", tg_info_request_get_id (r));
    }
}

/* The content of @path as the "content" parameter, with a file name and
 * a media type unless given. */
static GVariant *
add_file (GVariant    *params,
          const char  *path,
          GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GBytes) content = g_file_load_bytes (file, NULL, NULL, error);
  g_autofree char *base = g_file_get_basename (file);
  g_autofree char *type = NULL;
  g_autofree char *mime = NULL;
  GVariantDict dict;

  if (content == NULL)
    return NULL;
  g_variant_dict_init (&dict, params);
  if (!g_variant_dict_contains (&dict, "title"))
    g_variant_dict_insert (&dict, "title", "s", base);
  if (!g_variant_dict_contains (&dict, "file-name"))
    g_variant_dict_insert (&dict, "file-name", "s", base);
  if (!g_variant_dict_contains (&dict, "media-type"))
    {
      type = g_content_type_guess (base, g_bytes_get_data (content, NULL), g_bytes_get_size (content), NULL);
      mime = type != NULL ? g_content_type_get_mime_type (type) : NULL;
      g_variant_dict_insert (&dict, "media-type", "s", mime != NULL ? mime : "application/octet-stream");
    }
  g_variant_dict_insert_value (&dict, "content",
                               g_variant_new_from_bytes (G_VARIANT_TYPE_BYTESTRING, content, TRUE));
  return g_variant_dict_end (&dict);
}

/* Values the command line supplies when they are not given. */
static void
add_fallbacks (CliCall *call,
               TgStore *store)
{
  for (guint i = 0; i < G_N_ELEMENTS (extras); i++)
    {
      g_autofree char *text = NULL;
      GDate today;

      if (!g_str_equal (extras[i].name, call->name) ||
          g_hash_table_contains (call->given, extras[i].key))
        continue;
      if (extras[i].fallback == FALLBACK_TODAY)
        {
          tg_store_today (&today);
          text = g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&today),
                                  g_date_get_month (&today), g_date_get_day (&today));
        }
      else if (extras[i].fallback == FALLBACK_ACTOR)
        text = g_strdup (tg_store_get_actor (store));
      if (text != NULL)
        give (call, extras[i].key, text);
    }
}

int
cli_command (const char  *name,
             int          argc,
             char       **argv)
{
  g_autoptr(CliCall) call = NULL;
  g_autoptr(TgStore) store = NULL;
  g_autoptr(GVariant) params = NULL;
  g_autoptr(TgCase) kase = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(TgCommandOutcome) outcome = { FALSE, NULL, -1 };
  gboolean attach = g_str_equal (name, "attach");
  const char *arguments;
  int status;

  if (g_str_equal (name, "register"))
    return cli_register (argc, argv);
  call = cli_call_new (name);
  arguments = attach ? _("ID-or-NUMBER FILE")
              : call->item >= 0 ? _(items[call->item].arguments) : _("ID-or-NUMBER");
  status = cli_call_parse (call, &argc, &argv, arguments, NULL, attach ? 2 : 1,
                           attach || call->item >= 0 ? 2 : 1);
  if (status != CLI_OK)
    return status;
  if (call->item >= 0 && argc > 2)
    {
      if (g_hash_table_contains (call->given, items[call->item].key))
        {
          g_printerr (_("tergeu-cli %s: “%s” is given both as an argument and as --%s; give it once\n"),
                      name, argv[2], items[call->item].key);
          return CLI_USAGE;
        }
      give (call, items[call->item].key, argv[2]);
    }
  store = cli_open_store ();
  if (store == NULL)
    return CLI_REFUSED;
  add_fallbacks (call, store);
  request_by_position (call, store, argv[1]);
  params = cli_call_dup_params (call, &error);
  if (params != NULL)
    g_variant_ref_sink (params);
  if (params != NULL && attach)
    {
      GVariant *with_file = add_file (params, argv[2], &error);

      g_clear_pointer (&params, g_variant_unref);
      params = with_file != NULL ? g_variant_ref_sink (with_file) : NULL;
    }
  if (params == NULL)
    return cli_command_refused (argv[1], error);
  kase = tg_command_run (store, argv[1], call->revision, name, params, &outcome, &error);
  if (kase == NULL)
    return cli_command_refused (argv[1], error);
  return cli_command_done (name, kase, &outcome);
}

/* ------------------------------------------------------------- names */

const char *
cli_command_lookup (int     argc,
                    char  **argv,
                    int    *n_words)
{
  const char * const *names = tg_command_list ();
  g_autofree char *joined = argc > 2 ? g_strdup_printf ("%s-%s", argv[1], argv[2]) : NULL;

  for (guint i = 0; names[i] != NULL; i++)
    if (joined != NULL && g_str_equal (joined, names[i]))
      {
        *n_words = 2;
        return names[i];
      }
  for (guint i = 0; i < G_N_ELEMENTS (spellings); i++)
    if (g_str_equal (argv[1], spellings[i].spelling))
      {
        *n_words = 1;
        return spellings[i].name;
      }
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (argv[1], names[i]))
      {
        *n_words = 1;
        return names[i];
      }
  return NULL;
}

gboolean
cli_command_family_usage (const char *word)
{
  const char * const *names = tg_command_list ();
  g_autofree char *prefix = g_strconcat (word, "-", NULL);
  g_autoptr(GString) verbs = g_string_new (NULL);

  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_has_prefix (names[i], prefix))
      g_string_append_printf (verbs, "%s%s", verbs->len > 0 ? ", " : "", names[i] + strlen (prefix));
  if (verbs->len == 0)
    return FALSE;
  /* Translators: "tergeu-cli victim: say what to do: add, edit, outcome, remove" */
  g_printerr (_("tergeu-cli %s: say what to do: %s\n"), word, verbs->str);
  return TRUE;
}

void
cli_command_usage (void)
{
  const char * const *names = tg_command_list ();

  g_printerr (_("\nCommands that change a case (each prints NUMBER<TAB>REVISION<TAB>changed|unchanged[<TAB>ID]):\n"));
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *spelled = g_strdup (names[i]);
      const char *dash = strchr (spelled, '-');

      /* "victim add", as people say it; "edit" for "edit-particulars". */
      if (g_str_equal (names[i], "edit-particulars"))
        spelled[4] = '\0';
      else if (dash != NULL && !g_str_equal (names[i], "act-received"))
        spelled[dash - spelled] = ' ';
      g_printerr ("  %-18s %s\n", spelled, tg_command_get_title (names[i]));
    }
}
