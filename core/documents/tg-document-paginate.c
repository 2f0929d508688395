/* tg-document-paginate.c — placing items on pages
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Items joined by keep-with-next form a chain (the first two lines of a
 * paragraph, a title and what follows, the last table row and the
 * signature).  A chain that does not fit in the rest of a page starts the
 * next page; only a chain taller than a whole page is broken, wherever it
 * must be.  Space before an item is dropped at the top of a page.  A table
 * row that starts a page, or starts its table, gets the header above it.
 */
#define G_LOG_DOMAIN "tg-document"

#include "config.h"

#include "tg-document-private.h"

/* Rounding slack, so that an item that fits exactly is not pushed on. */
#define EPSILON 0.01

typedef struct
{
  double   y;
  double   pending_after;
  gboolean empty;
  TgTable *header_table;   /* the table whose header is on this page */
} PageState;

typedef struct
{
  GArray    *items;
  GPtrArray *pages;
  GArray    *page;
  PageState  state;
} Pager;

static gboolean
needs_header (const PageState *state,
              const TgItem    *item)
{
  TgTable *table = item->block->table;

  return item->block->kind == TG_BLOCK_TABLE &&
         table != state->header_table &&
         _tg_table_has_header (table);
}

static void
place (GArray       *page,
       const TgItem *item,
       double        y,
       gboolean      header)
{
  TgPlacement placement = { .item = item, .y = y, .header = header };

  if (page != NULL)
    g_array_append_val (page, placement);
}

/* Moves @state past @item, recording where it goes in @page (if any). */
static void
advance (PageState    *state,
         const TgItem *item,
         GArray       *page)
{
  if (!state->empty)
    state->y += state->pending_after + item->space_before;

  if (needs_header (state, item))
    {
      place (page, item, state->y, TRUE);
      state->y += _tg_table_get_header_height (item->block->table);
      state->header_table = item->block->table;
    }

  place (page, item, state->y, FALSE);
  state->y += item->height;
  state->pending_after = item->space_after;
  state->empty = FALSE;
}

static const TgItem *
item_at (Pager *pager,
         guint  i)
{
  return &g_array_index (pager->items, TgItem, i);
}

static gboolean
fits (Pager *pager,
      guint  first,
      guint  last)
{
  PageState state = pager->state;

  for (guint i = first; i <= last; i++)
    advance (&state, item_at (pager, i), NULL);
  return state.y <= TG_TEXT_HEIGHT + EPSILON;
}

static void
new_page (Pager *pager)
{
  pager->page = g_array_new (FALSE, FALSE, sizeof (TgPlacement));
  g_ptr_array_add (pager->pages, pager->page);
  pager->state = (PageState) { .empty = TRUE };
}

static guint
chain_end (Pager *pager,
           guint  first)
{
  guint last = first;

  while (last + 1 < pager->items->len &&
         item_at (pager, last)->keep_with_next &&
         !item_at (pager, last + 1)->break_before)
    last++;
  return last;
}

/* A chain taller than a page: break it where it runs out of room. */
static void
place_broken (Pager *pager,
              guint  first,
              guint  last)
{
  for (guint i = first; i <= last; i++)
    {
      if (!pager->state.empty && !fits (pager, i, i))
        new_page (pager);
      advance (&pager->state, item_at (pager, i), pager->page);
    }
}

static void
place_chain (Pager *pager,
             guint  first,
             guint  last)
{
  if (item_at (pager, first)->break_before && !pager->state.empty)
    new_page (pager);

  if (!fits (pager, first, last) && !pager->state.empty)
    new_page (pager);

  if (!fits (pager, first, last))
    {
      place_broken (pager, first, last);
      return;
    }

  for (guint i = first; i <= last; i++)
    advance (&pager->state, item_at (pager, i), pager->page);
}

GPtrArray *
_tg_document_paginate_items (GArray *items)
{
  Pager pager = { .items = items };
  guint i = 0;

  pager.pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  new_page (&pager);

  while (i < items->len)
    {
      guint last = chain_end (&pager, i);

      place_chain (&pager, i, last);
      i = last + 1;
    }

  return pager.pages;
}
