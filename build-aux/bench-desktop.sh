#!/usr/bin/env bash
# build-aux/bench-desktop.sh APP DB EMPTY-DB RUNS — run under a display.
#
# Copyright 2026 The Tergeu authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# With TERGEU_REPORT_STARTUP=1 the application prints the milliseconds from
# process start to its first frame and its resident memory, then quits.
set -euo pipefail
app=$1 db=$2 empty=$3 runs=$4

median ()
{
  sort -n | awk '{ v[NR] = $1 } END { print (NR ? v[int((NR + 1) / 2)] : "-") }'
}

for which in empty full; do
  target=$db
  [ "$which" = empty ] && { rm -f "$empty"; target=$empty; }
  out=$(for _ in $(seq "$runs"); do
          TERGEU_REPORT_STARTUP=1 timeout 60 "$app" --db "$target" 2>&1 | grep -m1 '^startup' || true
        done)
  frame=$(printf '%s\n' "$out" | sed -n 's/.*first-frame-ms=\([0-9.]*\).*/\1/p' | median)
  rss=$(printf '%s\n' "$out" | sed -n 's/.*rss-mib=\([0-9.]*\).*/\1/p' | median)
  printf 'desktop %-5s  first frame %8s ms  RSS %6s MiB  (median of %s)\n' "$which" "$frame" "$rss" "$runs"
done
