/* tg-exchange-validate.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-exchange"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tg-exchange-validate.h"
#include "tg-xml-input.h"

/* RR-YYYY-NNNNN, with room for what a wrong file may hold instead. */
#define MAX_NUMBER_BYTES 256

/* What must be unique: case ids and numbers in the file, victim and
 * dispute ids in their case.  (Not xs:unique: see the XSD.) */
typedef struct
{
  TgXmlInput *input;
  GHashTable *case_ids;
  GHashTable *case_numbers;
  GHashTable *victim_ids;
  GHashTable *dispute_ids;
} Validation;

static void
validation_clear (Validation *v)
{
  g_clear_pointer (&v->case_ids, g_hash_table_unref);
  g_clear_pointer (&v->case_numbers, g_hash_table_unref);
  g_clear_pointer (&v->victim_ids, g_hash_table_unref);
  g_clear_pointer (&v->dispute_ids, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Validation, validation_clear)

static GHashTable *
string_set_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/* Adds @value (taken) to @set; FALSE when it was there already. */
static gboolean
add_unique (GHashTable *set,
            char       *value)
{
  if (value == NULL)
    return TRUE; /* missing: the schema says so */
  return g_hash_table_add (set, value);
}

static void
visit_case (Validation *v)
{
  char *id = tg_xml_input_dup_attribute (v->input, "id");
  g_autofree char *shown = g_strdup (id);

  g_hash_table_remove_all (v->victim_ids);
  g_hash_table_remove_all (v->dispute_ids);
  if (!add_unique (v->case_ids, id))
    tg_xml_input_add_message (v->input, TG_EXCHANGE_SEVERITY_ERROR,
                              tg_xml_input_get_line (v->input),
                              _("the case id %s appears twice in this file; "
                                "a file holds each case once"), shown);
}

static void
visit_number (Validation *v)
{
  guint line = tg_xml_input_get_line (v->input);
  char *number = tg_xml_input_read_text (v->input, MAX_NUMBER_BYTES);
  g_autofree char *shown = g_strdup (number);

  if (number == NULL || number[0] == '\0')
    {
      g_free (number);
      return;
    }
  /* A duplicate would not tell the two apart: the id names it then. */
  if (add_unique (v->case_numbers, number))
    tg_xml_input_set_case_label (v->input, shown);
  else
    tg_xml_input_add_message (v->input, TG_EXCHANGE_SEVERITY_ERROR, line,
                              _("the registration number %s appears twice "
                                "in this file; each case has its own"),
                              shown);
}

/* The id of the current element when @set had it already, else NULL. */
static char *
take_duplicate_id (Validation *v,
                   GHashTable *set)
{
  char *id = tg_xml_input_dup_attribute (v->input, "id");
  g_autofree char *shown = g_strdup (id);

  return add_unique (set, id) ? NULL : g_steal_pointer (&shown);
}

static void
visit_victim (Validation *v)
{
  g_autofree char *id = take_duplicate_id (v, v->victim_ids);

  if (id != NULL)
    tg_xml_input_add_message (v->input, TG_EXCHANGE_SEVERITY_ERROR,
                              tg_xml_input_get_line (v->input),
                              _("the victim id %s appears twice in this "
                                "case; ids are unique within a case"), id);
}

static void
visit_dispute (Validation *v)
{
  g_autofree char *id = take_duplicate_id (v, v->dispute_ids);

  if (id != NULL)
    tg_xml_input_add_message (v->input, TG_EXCHANGE_SEVERITY_ERROR,
                              tg_xml_input_get_line (v->input),
                              _("the dispute id %s appears twice in this "
                                "case; ids are unique within a case"), id);
}

/* The schema checks everything else while the input streams; the
 * registration number names the case in messages, and documents are
 * decoded as the importer will. */
static void
visit_element (Validation *v)
{
  const char *name = tg_xml_input_get_name (v->input);
  int depth = tg_xml_input_get_depth (v->input);

  if (depth == 1 && g_str_equal (name, "case"))
    visit_case (v);
  else if (depth == 2 && g_str_equal (name, "number"))
    visit_number (v);
  else if (depth == 3 && g_str_equal (name, "victim"))
    visit_victim (v);
  else if (depth == 3 && g_str_equal (name, "dispute"))
    visit_dispute (v);
  else if (depth == 3 && g_str_equal (name, "document"))
    g_bytes_unref (tg_xml_input_read_base64 (v->input,
                                             TG_XML_INPUT_MAX_DOCUMENT_SIZE));
}

gboolean
tg_exchange_validate_file (const char        *path,
                           TgExchangeReport  *report,
                           GError           **error)
{
  g_autoptr(TgXmlInput) input = NULL;
  g_auto(Validation) v = { NULL, };

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (TG_IS_EXCHANGE_REPORT (report), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  input = tg_xml_input_new (report);
  v.input = input;
  v.case_ids = string_set_new ();
  v.case_numbers = string_set_new ();
  v.victim_ids = string_set_new ();
  v.dispute_ids = string_set_new ();
  if (tg_xml_input_open (input, path, NULL))
    while (tg_xml_input_next (input))
      visit_element (&v);
  return tg_xml_input_finish (input, error);
}
