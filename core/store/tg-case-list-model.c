/* tg-case-list-model.c
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tg-case-list"

#include "config.h"

#include "tg-case-list-model.h"

/* A screenful is about 30 rows; four pages cover the view, a fast scroll
 * back and forth, and the rows GTK measures at both ends. */
#define N_CACHED_PAGES 4

typedef struct
{
  guint      page;
  guint64    used;   /* for least-recently-used eviction */
  GPtrArray *rows;   /* NULL: slot empty */
} Page;

struct _TgCaseListModel
{
  GObject      parent_instance;

  TgStore     *store;
  TgCaseQuery  query;      /* region and search owned */
  guint        n_items;
  Page         pages[N_CACHED_PAGES];
  guint64      clock;
  guint        n_fetches;
  GError      *error;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TgCaseListModel, tg_case_list_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum
{
  PROP_0,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
query_clear (TgCaseQuery *query)
{
  g_clear_pointer ((char **) &query->region, g_free);
  g_clear_pointer ((char **) &query->search, g_free);
}

static void
query_copy (TgCaseQuery       *dst,
            const TgCaseQuery *src)
{
  /* @src may share its strings with @dst: copy them before freeing. */
  char *region = g_strdup (src->region);
  /* An empty search is no search: keep one spelling of "all". */
  char *search = src->search != NULL && *src->search != '\0' ? g_strdup (src->search) : NULL;

  query_clear (dst);
  *dst = *src;
  dst->region = region;
  dst->search = search;
}

static gboolean
query_equal (const TgCaseQuery *a,
             const TgCaseQuery *b)
{
  const char *search_b = b->search != NULL && *b->search != '\0' ? b->search : NULL;

  return a->state == b->state
      && g_strcmp0 (a->region, b->region) == 0
      && a->year == b->year
      && a->severity == b->severity
      && a->overdue == b->overdue
      && a->due_within == b->due_within
      && a->committee == b->committee
      && a->local_control == b->local_control
      && a->open_disputes == b->open_disputes
      && a->closed == b->closed
      && a->needs_action == b->needs_action
      && g_strcmp0 (a->search, search_b) == 0
      && a->sort == b->sort
      && !a->descending == !b->descending;
}

static void
drop_pages (TgCaseListModel *self)
{
  for (guint i = 0; i < N_CACHED_PAGES; i++)
    g_clear_pointer (&self->pages[i].rows, g_ptr_array_unref);
}

static void
set_error (TgCaseListModel *self,
           GError          *error)
{
  g_clear_error (&self->error);
  self->error = error;
}

static guint
count (TgCaseListModel *self)
{
  GError *error = NULL;
  guint n = 0;

  if (!tg_store_count_cases (self->store, &self->query, &n, &error))
    {
      /* Kept for the window, which shows it in place of the list
       * (tg_case_list_model_get_error); the log only notes it. */
      g_message ("Cannot count cases: %s", error->message);
      set_error (self, error);
      return 0;
    }
  set_error (self, NULL);
  return n;
}

static Page *
lookup_page (TgCaseListModel *self,
             guint            page)
{
  for (guint i = 0; i < N_CACHED_PAGES; i++)
    if (self->pages[i].rows != NULL && self->pages[i].page == page)
      return &self->pages[i];
  return NULL;
}

static Page *
victim_slot (TgCaseListModel *self)
{
  Page *oldest = &self->pages[0];

  for (guint i = 0; i < N_CACHED_PAGES; i++)
    {
      if (self->pages[i].rows == NULL)
        return &self->pages[i];
      if (self->pages[i].used < oldest->used)
        oldest = &self->pages[i];
    }
  return oldest;
}

static Page *
fetch_page (TgCaseListModel *self,
            guint            page)
{
  GError *error = NULL;
  GPtrArray *rows;
  Page *slot;

  rows = tg_store_list_cases (self->store, &self->query,
                              page * TG_CASE_LIST_PAGE_SIZE,
                              TG_CASE_LIST_PAGE_SIZE, &error);
  self->n_fetches++;
  if (rows == NULL)
    {
      g_warning ("Cannot list cases: %s", error->message);
      set_error (self, error);
      return NULL;
    }
  slot = victim_slot (self);
  g_clear_pointer (&slot->rows, g_ptr_array_unref);
  slot->page = page;
  slot->rows = rows;
  return slot;
}

static GType
tg_case_list_model_get_item_type (GListModel *model)
{
  return TG_TYPE_CASE_SUMMARY;
}

static guint
tg_case_list_model_get_n_items (GListModel *model)
{
  return TG_CASE_LIST_MODEL (model)->n_items;
}

static gpointer
tg_case_list_model_get_item (GListModel *model,
                             guint       position)
{
  TgCaseListModel *self = TG_CASE_LIST_MODEL (model);
  guint page = position / TG_CASE_LIST_PAGE_SIZE;
  guint index = position % TG_CASE_LIST_PAGE_SIZE;
  Page *slot;

  if (position >= self->n_items)
    return NULL;
  slot = lookup_page (self, page);
  if (slot == NULL)
    slot = fetch_page (self, page);
  if (slot == NULL)
    return tg_case_summary_new ();   /* a blank row rather than a hole */
  slot->used = ++self->clock;
  /* Someone else may have removed cases since we counted. */
  if (index >= slot->rows->len)
    return tg_case_summary_new ();
  return g_object_ref (g_ptr_array_index (slot->rows, index));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = tg_case_list_model_get_item_type;
  iface->get_n_items = tg_case_list_model_get_n_items;
  iface->get_item = tg_case_list_model_get_item;
}

static void
tg_case_list_model_finalize (GObject *object)
{
  TgCaseListModel *self = TG_CASE_LIST_MODEL (object);

  drop_pages (self);
  query_clear (&self->query);
  g_clear_object (&self->store);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (tg_case_list_model_parent_class)->finalize (object);
}

static void
tg_case_list_model_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  TgCaseListModel *self = TG_CASE_LIST_MODEL (object);

  switch (prop_id)
    {
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->n_items);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tg_case_list_model_class_init (TgCaseListModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tg_case_list_model_finalize;
  object_class->get_property = tg_case_list_model_get_property;

  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tg_case_list_model_init (TgCaseListModel *self)
{
  TgCaseQuery all = TG_CASE_QUERY_INIT;

  self->query = all;
}

TgCaseListModel *
tg_case_list_model_new (TgStore           *store,
                        const TgCaseQuery *query)
{
  TgCaseListModel *self;
  TgCaseQuery all = TG_CASE_QUERY_INIT;

  g_return_val_if_fail (TG_IS_STORE (store), NULL);

  self = g_object_new (TG_TYPE_CASE_LIST_MODEL, NULL);
  self->store = g_object_ref (store);
  query_copy (&self->query, query != NULL ? query : &all);
  self->n_items = count (self);
  return self;
}

TgStore *
tg_case_list_model_get_store (TgCaseListModel *self)
{
  g_return_val_if_fail (TG_IS_CASE_LIST_MODEL (self), NULL);

  return self->store;
}

const TgCaseQuery *
tg_case_list_model_get_query (TgCaseListModel *self)
{
  g_return_val_if_fail (TG_IS_CASE_LIST_MODEL (self), NULL);

  return &self->query;
}

void
tg_case_list_model_reload (TgCaseListModel *self)
{
  guint old_n;

  g_return_if_fail (TG_IS_CASE_LIST_MODEL (self));

  old_n = self->n_items;
  drop_pages (self);
  self->n_items = count (self);
  if (old_n > 0 || self->n_items > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, self->n_items);
  if (old_n != self->n_items)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

void
tg_case_list_model_set_query (TgCaseListModel   *self,
                              const TgCaseQuery *query)
{
  g_return_if_fail (TG_IS_CASE_LIST_MODEL (self));
  g_return_if_fail (query != NULL);

  if (query_equal (&self->query, query))
    return;
  query_copy (&self->query, query);
  tg_case_list_model_reload (self);
}

void
tg_case_list_model_set_sort (TgCaseListModel *self,
                             TgCaseSort       sort,
                             gboolean         descending)
{
  TgCaseQuery query;

  g_return_if_fail (TG_IS_CASE_LIST_MODEL (self));

  query = self->query;
  query.sort = sort;
  query.descending = descending;
  tg_case_list_model_set_query (self, &query);
}

void
tg_case_list_model_set_search (TgCaseListModel *self,
                               const char      *search)
{
  TgCaseQuery query;

  g_return_if_fail (TG_IS_CASE_LIST_MODEL (self));

  query = self->query;
  query.search = search;
  tg_case_list_model_set_query (self, &query);
}

const GError *
tg_case_list_model_get_error (TgCaseListModel *self)
{
  g_return_val_if_fail (TG_IS_CASE_LIST_MODEL (self), NULL);

  return self->error;
}

guint
tg_case_list_model_get_n_fetches (TgCaseListModel *self)
{
  g_return_val_if_fail (TG_IS_CASE_LIST_MODEL (self), 0);

  return self->n_fetches;
}
