#!/bin/sh
# build-aux/fuzz.sh — fuzz the exchange importer for a bounded time
#
# Copyright 2026 The Tergeu authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: build-aux/fuzz.sh [SECONDS]   (default 60)
# Builds _build-fuzz with clang, AddressSanitizer and UBSan, then runs
# tests/fuzz-import over a copy of tests/data/exchange.  Any crash, leak or
# sanitizer report fails (libFuzzer exits non-zero and leaves crash-*).
set -eu

seconds=${1:-60}
top=$(cd "$(dirname "$0")/.." && pwd)
build="$top/_build-fuzz"

command -v clang >/dev/null || { echo "fuzz.sh: clang is needed" >&2; exit 77; }
if [ ! -d "$build" ]; then
  CC=clang meson setup "$build" "$top" -Dgui=disabled -Dfuzzing=true \
    -Db_sanitize=address,undefined -Db_lundef=false \
    -Dc_args=-fsanitize=fuzzer-no-link
fi
ninja -C "$build" tests/fuzz-import

corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
cp "$top"/tests/data/exchange/*.xml "$top"/tests/data/fuzz/* "$corpus"/
cd "$build"
UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
ASAN_OPTIONS=detect_leaks=1 \
  ./tests/fuzz-import -max_total_time="$seconds" -max_len=65536 -timeout=20 \
    -rss_limit_mb=2048 "$corpus"
