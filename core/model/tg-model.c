/* tg-model.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-model"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tg-model.h"

/* Bookkeeping, not content: never compared, never merged field by field. */
static const char * const untracked[] = { "revision", "history", "content", "size", NULL };

/* Properties whose value names an item for people, in order of preference. */
static const char * const label_properties[] = {
  "full-name", "title", "name", "addressee", "claim", "reason", "text", NULL
};

void
tg_field_change_free (TgFieldChange *change)
{
  if (change == NULL)
    return;
  g_free (change->path);
  g_free (change->before);
  g_free (change->after);
  g_free (change);
}

typedef struct
{
  GParamSpec **specs;
  guint        n;
} Properties;

/* The property lists of the model types, listed once per type: they are
 * walked for every object of every case the store checks or compares. */
static GParamSpec **
properties_of (GType  type,
               guint *n)
{
  static GMutex lock;
  static GHashTable *cache;
  Properties *p;

  g_mutex_lock (&lock);
  if (cache == NULL)
    cache = g_hash_table_new (NULL, NULL);
  p = g_hash_table_lookup (cache, GSIZE_TO_POINTER (type));
  if (p == NULL)
    {
      g_autoptr(GTypeClass) klass = g_type_class_ref (type);
      p = g_new0 (Properties, 1);
      p->specs = g_object_class_list_properties (G_OBJECT_CLASS (klass), &p->n);
      g_hash_table_insert (cache, GSIZE_TO_POINTER (type), p);
    }
  g_mutex_unlock (&lock);
  *n = p->n;
  return p->specs;
}

static gboolean
is_tracked (GParamSpec *pspec)
{
  return (pspec->flags & G_PARAM_READABLE) &&
         !g_strv_contains (untracked, pspec->name);
}

static gboolean
is_list (GParamSpec *pspec)
{
  return g_type_is_a (pspec->value_type, G_TYPE_LIST_STORE);
}

static gboolean
is_child (GParamSpec *pspec)
{
  return g_type_is_a (pspec->value_type, G_TYPE_OBJECT) && !is_list (pspec);
}

static char *
value_to_text (const GValue *value)
{
  GType t = G_VALUE_TYPE (value);

  if (t == G_TYPE_STRING)
    return g_value_dup_string (value);
  if (t == G_TYPE_BOOLEAN)
    return g_strdup (g_value_get_boolean (value) ? "true" : "false");
  if (t == G_TYPE_INT)
    return g_strdup_printf ("%d", g_value_get_int (value));
  if (t == G_TYPE_INT64)
    return g_strdup_printf ("%" G_GINT64_FORMAT, g_value_get_int64 (value));
  if (G_TYPE_IS_ENUM (t))
    return g_strdup (tg_enum_to_nick (t, g_value_get_enum (value)));
  if (t == G_TYPE_STRV)
    {
      const char * const *v = g_value_get_boxed (value);
      return v != NULL ? g_strjoinv ("\n", (char **) v) : NULL;
    }
  return NULL;
}

static char *
property_text (GObject    *object,
               GParamSpec *pspec)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, pspec->value_type);
  g_object_get_property (object, pspec->name, &value);
  return value_to_text (&value);
}

static char *
item_label (GObject *item)
{
  GObjectClass *klass;

  if (item == NULL)
    return NULL;
  klass = G_OBJECT_GET_CLASS (item);
  for (guint i = 0; label_properties[i]; i++)
    {
      GParamSpec *p = g_object_class_find_property (klass, label_properties[i]);
      if (p != NULL && p->value_type == G_TYPE_STRING)
        {
          char *text = property_text (item, p);
          if (text != NULL)
            return text;
        }
    }
  /* Present, but with nothing to name it by: never a type name, which
   * people would read in history. */
  return g_strdup ("");
}

static char *
item_key (GObject *item,
          guint    position)
{
  GParamSpec *p = g_object_class_find_property (G_OBJECT_GET_CLASS (item), "id");
  char *id = p != NULL && p->value_type == G_TYPE_STRING ? property_text (item, p) : NULL;

  return id != NULL ? id : g_strdup_printf ("%u", position);
}

static GObject *
find_item (GListModel *list,
           const char *key,
           guint      *position)
{
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);
      g_autofree char *k = item_key (item, i);

      if (strcmp (k, key) == 0)
        {
          if (position != NULL)
            *position = i;
          return item;   /* the list keeps it alive */
        }
    }
  return NULL;
}

static gpointer
get_object (GObject    *object,
            GParamSpec *pspec)
{
  gpointer child = NULL;

  g_object_get (object, pspec->name, &child, NULL);
  if (child != NULL)
    g_object_unref (child);   /* @object keeps it alive */
  return child;
}

/* ---------------------------------------------------------------- copy */

static void copy_into (GObject *dst, GObject *src);

gpointer
tg_model_copy (gpointer object)
{
  GObject *copy;

  g_return_val_if_fail (G_IS_OBJECT (object), NULL);

  copy = g_object_new (G_OBJECT_TYPE (object), NULL);
  copy_into (copy, object);
  return copy;
}

static void
copy_list (GListStore *dst,
           GListModel *src)
{
  guint n = g_list_model_get_n_items (src);

  g_list_store_remove_all (dst);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (src, i);
      g_autoptr(GObject) copy = tg_model_copy (item);
      g_list_store_append (dst, copy);
    }
}

static void
copy_property (GObject    *dst,
               GObject    *src,
               GParamSpec *pspec)
{
  if (is_list (pspec))
    copy_list (get_object (dst, pspec), get_object (src, pspec));
  else if (is_child (pspec))
    {
      GObject *child = get_object (src, pspec);
      g_autoptr(GObject) copy = child != NULL ? tg_model_copy (child) : NULL;
      g_object_set (dst, pspec->name, copy, NULL);
    }
  else if (pspec->flags & G_PARAM_WRITABLE)
    {
      g_auto(GValue) value = G_VALUE_INIT;
      g_value_init (&value, pspec->value_type);
      g_object_get_property (src, pspec->name, &value);
      g_object_set_property (dst, pspec->name, &value);
    }
}

static void
copy_into (GObject *dst,
           GObject *src)
{
  guint n;
  GParamSpec **props = properties_of (G_OBJECT_TYPE (src), &n);

  for (guint i = 0; i < n; i++)
    copy_property (dst, src, props[i]);
}

void
tg_model_assign (gpointer dst,
                 gpointer src)
{
  g_return_if_fail (G_IS_OBJECT (dst) && G_IS_OBJECT (src));
  g_return_if_fail (G_OBJECT_TYPE (dst) == G_OBJECT_TYPE (src));

  copy_into (dst, src);
}

/* ---------------------------------------------------------------- diff */

static void diff_objects (GObject *a, GObject *b, const char *prefix, GPtrArray *out);

static void
add_change (GPtrArray  *out,
            const char *path,
            char       *before,
            char       *after)
{
  TgFieldChange *c = g_new0 (TgFieldChange, 1);

  c->path = g_strdup (path);
  c->before = before;
  c->after = after;
  g_ptr_array_add (out, c);
}

/* The items of @list by their key (tg-model.h); the first of a key
 * wins, as find_item finds it. The list keeps the items alive. */
static GHashTable *
index_items (GListModel *list,
             GPtrArray  *keys)
{
  guint n = g_list_model_get_n_items (list);
  GHashTable *index = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);
      char *key = item_key (item, i);

      g_ptr_array_add (keys, key);
      if (!g_hash_table_contains (index, key))
        g_hash_table_insert (index, key, item);
    }
  return index;
}

/* Linear in the lengths of the lists: a case from a hostile file may have
 * tens of thousands of victims, and a search per item made comparing two
 * such versions take minutes (issue 16). */
static void
diff_lists (GListModel *a,
            GListModel *b,
            const char *path,
            GPtrArray  *out)
{
  g_autoptr(GPtrArray) keys_a = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) keys_b = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) in_a = index_items (a, keys_a);
  g_autoptr(GHashTable) in_b = index_items (b, keys_b);

  for (guint i = 0; i < keys_a->len; i++)
    {
      const char *key = g_ptr_array_index (keys_a, i);
      g_autoptr(GObject) ia = g_list_model_get_item (a, i);
      g_autofree char *sub = g_strconcat (path, "/", key, NULL);
      GObject *ib = g_hash_table_lookup (in_b, key);

      if (ib != NULL)
        diff_objects (ia, ib, sub, out);
      else
        add_change (out, sub, item_label (ia), NULL);
    }
  for (guint i = 0; i < keys_b->len; i++)
    {
      const char *key = g_ptr_array_index (keys_b, i);

      if (!g_hash_table_contains (in_a, key))
        {
          g_autoptr(GObject) ib = g_list_model_get_item (b, i);
          g_autofree char *sub = g_strconcat (path, "/", key, NULL);
          add_change (out, sub, NULL, item_label (ib));
        }
    }
}

static void
diff_objects (GObject    *a,
              GObject    *b,
              const char *prefix,
              GPtrArray  *out)
{
  guint n;
  GParamSpec **props = properties_of (G_OBJECT_TYPE (a), &n);

  for (guint i = 0; i < n; i++)
    {
      GParamSpec *p = props[i];
      g_autofree char *path = NULL;

      if (!is_tracked (p))
        continue;
      path = prefix != NULL ? g_strconcat (prefix, "/", p->name, NULL) : g_strdup (p->name);
      if (is_list (p))
        diff_lists (get_object (a, p), get_object (b, p), path, out);
      else if (is_child (p))
        {
          GObject *ca = get_object (a, p), *cb = get_object (b, p);

          if (ca != NULL && cb != NULL)
            diff_objects (ca, cb, path, out);
          else if (ca != NULL || cb != NULL)
            {
              /* A part that appears or goes is told field by field, as
               * against an empty one; bare, when all its fields are
               * empty, so that its presence is not lost. */
              g_autoptr(GObject) empty = g_object_new (G_OBJECT_TYPE (ca != NULL ? ca : cb), NULL);
              guint before = out->len;

              diff_objects (ca != NULL ? ca : empty, cb != NULL ? cb : empty, path, out);
              if (out->len == before)
                add_change (out, path, ca != NULL ? g_strdup ("") : NULL, cb != NULL ? g_strdup ("") : NULL);
            }
        }
      else
        {
          char *ta = property_text (a, p);
          char *tb = property_text (b, p);

          if (g_strcmp0 (ta, tb) != 0)
            add_change (out, path, ta, tb);
          else
            {
              g_free (ta);
              g_free (tb);
            }
        }
    }
}

GPtrArray *
tg_model_diff (gpointer a,
               gpointer b)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) tg_field_change_free);

  g_return_val_if_fail (G_IS_OBJECT (a) && G_IS_OBJECT (b), out);
  g_return_val_if_fail (G_OBJECT_TYPE (a) == G_OBJECT_TYPE (b), out);

  diff_objects (a, b, NULL, out);
  return out;
}

/* ---------------------------------------------------------------- take */

/* Replaces, inserts or removes the item named @key in @ours to match @theirs. */
static gboolean
take_in_list (GListStore *ours,
              GListModel *theirs,
              const char *key)
{
  guint pos_ours = 0, pos_theirs = 0;
  GObject *mine = find_item (G_LIST_MODEL (ours), key, &pos_ours);
  GObject *other = find_item (theirs, key, &pos_theirs);

  if (mine == NULL && other == NULL)
    return FALSE;
  if (other == NULL)
    g_list_store_remove (ours, pos_ours);
  else
    {
      g_autoptr(GObject) copy = tg_model_copy (other);
      if (mine != NULL)
        g_list_store_splice (ours, pos_ours, 1, (gpointer *) &copy, 1);
      else
        g_list_store_insert (ours, MIN (pos_theirs, g_list_model_get_n_items (G_LIST_MODEL (ours))), copy);
    }
  return TRUE;
}

static gboolean
take_segments (GObject  *ours,
               GObject  *theirs,
               char    **segments)
{
  GParamSpec *p = g_object_class_find_property (G_OBJECT_GET_CLASS (ours), segments[0]);

  if (p == NULL || !is_tracked (p))
    return FALSE;

  if (segments[1] == NULL)
    {
      copy_property (ours, theirs, p);
      return TRUE;
    }
  if (is_list (p))
    {
      char **rest = segments + 1;
      if (rest[1] == NULL)
        return take_in_list (get_object (ours, p), get_object (theirs, p), rest[0]);
      else
        {
          GObject *mine = find_item (get_object (ours, p), rest[0], NULL);
          GObject *other = find_item (get_object (theirs, p), rest[0], NULL);
          return mine != NULL && other != NULL && take_segments (mine, other, rest + 1);
        }
    }
  if (is_child (p))
    {
      GObject *mine = get_object (ours, p), *other = get_object (theirs, p);

      if (mine == NULL || other == NULL)
        {
          copy_property (ours, theirs, p);
          return TRUE;
        }
      return take_segments (mine, other, segments + 1);
    }
  return FALSE;
}

gboolean
tg_model_take (gpointer    ours,
               gpointer    theirs,
               const char *path)
{
  g_auto(GStrv) segments = NULL;

  g_return_val_if_fail (G_IS_OBJECT (ours) && G_IS_OBJECT (theirs), FALSE);

  if (path == NULL)
    return FALSE;
  segments = g_strsplit (path, "/", -1);
  if (segments[0] == NULL || *segments[0] == '\0')
    return FALSE;
  return take_segments (ours, theirs, segments);
}

/* ---------------------------------------------------------------- get */

char *
tg_model_dup_text (gpointer    object,
                   const char *path)
{
  g_auto(GStrv) segments = g_strsplit (path, "/", -1);
  GObject *cur = object;

  for (guint i = 0; segments[i] != NULL; i++)
    {
      GParamSpec *p = g_object_class_find_property (G_OBJECT_GET_CLASS (cur), segments[i]);

      if (p == NULL)
        return NULL;
      if (is_list (p))
        {
          if (segments[i + 1] == NULL)
            return NULL;
          cur = find_item (get_object (cur, p), segments[++i], NULL);
        }
      else if (is_child (p))
        cur = get_object (cur, p);
      else
        return segments[i + 1] == NULL ? property_text (cur, p) : NULL;
      if (cur == NULL)
        return NULL;
    }
  return item_label (cur);
}

char *
tg_model_dup_subject (gpointer    object,
                      const char *path)
{
  g_auto(GStrv) segments = g_strsplit (path, "/", -1);
  GObject *cur = object;
  GObject *item = NULL;

  for (guint i = 0; cur != NULL && segments[i] != NULL; i++)
    {
      GParamSpec *p = g_object_class_find_property (G_OBJECT_GET_CLASS (cur), segments[i]);

      if (p == NULL)
        break;
      if (is_list (p) && segments[i + 1] != NULL)
        item = cur = find_item (get_object (cur, p), segments[++i], NULL);
      else if (is_child (p))
        cur = get_object (cur, p);
      else
        break;
    }
  return item != NULL ? item_label (item) : NULL;
}

/* ---------------------------------------------------------------- text */

/* Read in place, without the copies property_text makes: every string
 * of every case an import brings passes here. */
static void
visit_strings (GObject             *object,
               GParamSpec          *pspec,
               const char          *path,
               TgModelStringFunc    func,
               gpointer             user_data)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, pspec->value_type);
  g_object_get_property (object, pspec->name, &value);
  if (pspec->value_type == G_TYPE_STRING)
    {
      const char *text = g_value_get_string (&value);
      if (text != NULL)
        func (path, text, user_data);
      return;
    }
  for (const char * const *v = g_value_get_boxed (&value); v != NULL && *v != NULL; v++)
    func (path, *v, user_data);
}

/* @path holds the path of @object ("" at the top); each property's path
 * is built in it in turn and cut back after, so that the walk allocates
 * no string per property (issue 18: every string of every case an
 * import brings passes here). */
static void
foreach_string (GObject           *object,
                GString           *path,
                TgModelStringFunc  func,
                gpointer           user_data)
{
  guint n;
  GParamSpec **props = properties_of (G_OBJECT_TYPE (object), &n);
  gsize base = path->len;

  for (guint i = 0; i < n; i++)
    {
      GParamSpec *p = props[i];

      if (base > 0)
        g_string_append_c (path, '/');
      g_string_append (path, p->name);
      if (is_list (p))
        {
          GListModel *list = get_object (object, p);
          guint n_items = g_list_model_get_n_items (list);
          gsize here = path->len;

          for (guint j = 0; j < n_items; j++)
            {
              g_autoptr(GObject) item = g_list_model_get_item (list, j);
              char digits[16];
              char *d = digits + sizeof digits;
              guint k = j;

              *--d = '\0';
              do
                *--d = (char) ('0' + k % 10);
              while ((k /= 10) > 0);
              g_string_append_c (path, '/');
              g_string_append (path, d);
              foreach_string (item, path, func, user_data);
              g_string_truncate (path, here);
            }
        }
      else if (is_child (p))
        {
          GObject *child = get_object (object, p);
          if (child != NULL)
            foreach_string (child, path, func, user_data);
        }
      else if (p->value_type == G_TYPE_STRING || p->value_type == G_TYPE_STRV)
        visit_strings (object, p, path->str, func, user_data);
      g_string_truncate (path, base);
    }
}

void
tg_model_foreach_string (gpointer           object,
                         TgModelStringFunc  func,
                         gpointer           user_data)
{
  g_autoptr(GString) path = NULL;

  g_return_if_fail (G_IS_OBJECT (object));
  g_return_if_fail (func != NULL);

  path = g_string_sized_new (64);
  foreach_string (object, path, func, user_data);
}

static void
check_utf8 (const char *path,
            const char *text,
            gpointer    user_data)
{
  GPtrArray *problems = user_data;

  if (g_utf8_validate (text, -1, NULL))
    return;
  /* A list's lines share one path: say it once. */
  if (problems->len > 0 && g_str_has_prefix (g_ptr_array_index (problems, problems->len - 1), path))
    return;
  g_ptr_array_add (problems, g_strdup_printf (_("%s: the text is not valid UTF-8"), path));
}

void
tg_model_check_text (gpointer   object,
                     GPtrArray *problems)
{
  g_autoptr(GString) path = NULL;

  g_return_if_fail (G_IS_OBJECT (object));
  g_return_if_fail (problems != NULL);

  path = g_string_sized_new (64);
  foreach_string (object, path, check_utf8, problems);
}
