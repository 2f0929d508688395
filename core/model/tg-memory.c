/* tg-memory.c — how the programs use memory
 *
 * Copyright 2026 The Tergeu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>   /* defines __GLIBC__ */
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "tg-memory.h"

/* Large buffers go back to the system when they are freed. An embedded
 * document of a case file is up to 7 MiB, and reading one takes several
 * buffers of that size (libxml2's copies of its base64 text for the
 * schema, the decoded bytes); glibc serves such sizes from mmap at first,
 * but after the first is freed it raises its threshold and keeps later
 * ones in the heap of the thread that used them. The importer reads in
 * one thread and writes in another, so each kept its own peak: a file of
 * 40 cases with a 6 MiB document each peaked at 158 MB, 100 MB with the
 * threshold fixed at 1 MiB, for no measurable cost in time. */
#define MMAP_THRESHOLD (1024 * 1024)

void
tg_memory_init (void)
{
#ifdef __GLIBC__
  mallopt (M_MMAP_THRESHOLD, MMAP_THRESHOLD);
#endif
}
