/* cli-register.c — register: a new case from options or from a case file
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The particulars are the "register" command's parameters (the options of
 * `edit`); each victim is one --victim option whose fields are the
 * parameters of `victim add`, in a fixed order. --from takes the case of
 * a one-case exchange file instead, checked and read by the exchange
 * reader, as a new local case: it gets its own UUID and number.
 */
#define G_LOG_DOMAIN "tergeu-cli"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tergeu-cli.h"
#include "tg-exchange-import.h"
#include "tg-victim.h"

/* The fields of --victim, in order; the first VICTIM_REQUIRED must be there. */
static const char * const victim_fields[] = {
  "full-name", "iin", "birth-date", "sex", "severity", "died-on", "occupation", "injury",
};
#define VICTIM_REQUIRED 5

static const TgParamSpec *
find_param (const char *command,
            const char *key)
{
  guint n;
  const TgParamSpec *params = tg_command_get_params (command, &n);

  for (guint i = 0; i < n; i++)
    if (g_str_equal (params[i].key, key))
      return &params[i];
  g_return_val_if_reached (NULL);
}

/* Sets the property of @object that the parameter @key names (after
 * @prefix) from its value in @values, as the command layer sets fields. */
static void
set_property (GObject    *object,
              const char *prop,
              GVariant   *value)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), prop);
  g_auto(GValue) gvalue = G_VALUE_INIT;
  int e;

  if (pspec == NULL)
    return;
  g_value_init (&gvalue, pspec->value_type);
  if (G_TYPE_IS_ENUM (pspec->value_type) &&
      tg_enum_from_nick (pspec->value_type, g_variant_get_string (value, NULL), &e))
    g_value_set_enum (&gvalue, e);
  else if (pspec->value_type == G_TYPE_STRING)
    {
      g_autofree char *text = g_strstrip (g_variant_dup_string (value, NULL));
      g_value_set_string (&gvalue, *text != '\0' ? text : NULL);
    }
  else if (pspec->value_type == G_TYPE_BOOLEAN)
    g_value_set_boolean (&gvalue, g_variant_get_boolean (value));
  else
    return;
  g_object_set_property (object, prop, &gvalue);
}

static void
set_properties (GObject    *object,
                GVariant   *values,
                const char *prefix)
{
  GVariantIter iter;
  const char *key;
  GVariant *value;

  g_variant_iter_init (&iter, values);
  while (g_variant_iter_loop (&iter, "{&sv}", &key, &value))
    {
      if (prefix != NULL && !g_str_has_prefix (key, prefix))
        continue;
      set_property (object, key + (prefix != NULL ? strlen (prefix) : 0), value);
    }
}

/* "Асқаров Ержан;850312301234;12.03.1985;m;fatal;02.11.2026" */
static TgVictim *
parse_victim (const char  *text,
              guint        index,
              GError     **error)
{
  g_auto(GStrv) fields = g_strsplit (text, ";", -1);
  guint n = g_strv_length (fields);
  g_autoptr(TgVictim) victim = NULL;
  g_autofree char *id = NULL;
  GVariantDict dict;

  if (n < VICTIM_REQUIRED || n > G_N_ELEMENTS (victim_fields))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--victim “%s”: write FULL NAME;IIN;BIRTH-DATE;SEX;SEVERITY, then, if known, ;DATE OF DEATH;OCCUPATION;INJURY"),
                   text);
      return NULL;
    }
  g_variant_dict_init (&dict, NULL);
  for (guint i = 0; i < n; i++)
    {
      const TgParamSpec *p = find_param ("victim-add", victim_fields[i]);
      GVariant *value;

      g_strstrip (fields[i]);
      if (fields[i][0] == '\0' && i >= VICTIM_REQUIRED)
        continue;
      value = tg_command_parse_param (p, fields[i], error);
      if (value == NULL)
        {
          g_prefix_error (error, _("victim %u: "), index);
          g_variant_dict_clear (&dict);
          return NULL;
        }
      g_variant_dict_insert_value (&dict, p->key, value);
    }
  victim = tg_victim_new ();
  id = g_strdup_printf ("v%u", index);
  tg_victim_set_id (victim, id);
  {
    g_autoptr(GVariant) values = g_variant_ref_sink (g_variant_dict_end (&dict));
    set_properties (G_OBJECT (victim), values, NULL);
  }
  return g_steal_pointer (&victim);
}

static TgCase *
draft_from_options (GVariant    *particulars,
                    char       **victims,
                    GError     **error)
{
  g_autoptr(TgCase) draft = tg_case_new ();

  set_properties (G_OBJECT (draft), particulars, NULL);
  set_properties (G_OBJECT (tg_case_get_employer (draft)), particulars, "employer-");
  for (guint i = 0; victims != NULL && victims[i] != NULL; i++)
    {
      g_autoptr(TgVictim) victim = parse_victim (victims[i], i + 1, error);

      if (victim == NULL)
        return NULL;
      g_list_store_append (tg_case_get_victims (draft), victim);
    }
  return g_steal_pointer (&draft);
}

static void
print_report (TgExchangeReport *report)
{
  g_autofree char *text = tg_exchange_report_format (report);

  if (text != NULL && text[0] != '\0')
    g_printerr ("%s%s", text, g_str_has_suffix (text, "\n") ? "" : "\n");
}

/* A new local case starts as registered: the file gives its particulars
 * and victims, and nothing of its later life. */
static TgCase *
draft_from_file (const char  *path,
                 GError     **error)
{
  g_autoptr(TgExchangeReport) report = tg_exchange_report_new ();
  g_autoptr(TgCase) draft = tg_exchange_read_case_file (path, report, error);
  g_autoptr(TgInvestigation) investigation = NULL;
  GListStore *later[3];

  if (draft == NULL)
    {
      print_report (report);
      return NULL;
    }
  later[0] = tg_case_get_disputes (draft);
  later[1] = tg_case_get_requests (draft);
  later[2] = tg_case_get_documents (draft);
  if (tg_case_get_state (draft) != TG_STATE_REGISTERED ||
      g_list_model_get_n_items (G_LIST_MODEL (later[0])) + g_list_model_get_n_items (G_LIST_MODEL (later[1])) +
      g_list_model_get_n_items (G_LIST_MODEL (later[2])) > 0)
    g_printerr (_("%s: the new case starts as registered: the file's investigation, disputes, information requests and documents are not taken.\n"),
                path);
  for (guint i = 0; i < G_N_ELEMENTS (later); i++)
    g_list_store_remove_all (later[i]);
  g_list_store_remove_all (tg_case_get_history (draft));
  investigation = tg_investigation_new ();
  tg_case_set_investigation (draft, investigation);
  tg_case_set_id (draft, NULL);
  tg_case_set_number (draft, NULL);
  tg_case_set_registered_at (draft, NULL);
  tg_case_set_revision (draft, 0);
  return g_steal_pointer (&draft);
}

int
cli_register (int    argc,
              char **argv)
{
  g_autoptr(CliCall) call = cli_call_new ("register");
  g_auto(GStrv) victims = NULL;
  g_autofree char *from = NULL;
  const GOptionEntry more[] = {
    { "victim", 0, 0, G_OPTION_ARG_STRING_ARRAY, &victims,
      _("A victim: FULL NAME;IIN;BIRTH-DATE;SEX;SEVERITY[;DATE OF DEATH[;OCCUPATION[;INJURY]]] (repeat for each victim)"),
      _("VICTIM") },
    { "from", 0, 0, G_OPTION_ARG_FILENAME, &from,
      _("Register the case of this exchange file (of one case) as a new local case"), _("FILE") },
    { NULL }
  };
  g_autoptr(GVariant) particulars = NULL;
  g_autoptr(TgStore) store = NULL;
  g_autoptr(TgCase) draft = NULL;
  g_autoptr(TgCase) kase = NULL;
  g_autoptr(GError) error = NULL;
  TgCommandOutcome outcome = { TRUE, NULL, -1 };
  int status;

  status = cli_call_parse (call, &argc, &argv, NULL, more, 0, 0);
  if (status != CLI_OK)
    return status;
  particulars = cli_call_dup_params (call, &error);
  if (particulars == NULL)
    {
      g_printerr ("tergeu-cli register: %s\n", error->message);
      return CLI_REFUSED;
    }
  g_variant_ref_sink (particulars);
  if (from != NULL && (victims != NULL || g_variant_n_children (particulars) > 0))
    {
      g_printerr (_("tergeu-cli register: --from takes the whole case from the file; give no particulars or victims with it\n"));
      return CLI_USAGE;
    }
  store = cli_open_store ();
  if (store == NULL)
    return CLI_REFUSED;
  draft = from != NULL ? draft_from_file (from, &error) : draft_from_options (particulars, victims, &error);
  if (draft != NULL)
    kase = tg_command_register (store, draft, &error);
  if (kase == NULL)
    {
      g_printerr ("tergeu-cli register: %s\n", error->message);
      return CLI_REFUSED;
    }
  outcome.item_id = (char *) tg_case_get_id (kase);
  return cli_command_done ("register", kase, &outcome);
}
