#!/bin/bash
# check-po.sh — po/POTFILES.in must list, sorted, every source file with a
# translatable string
#
# Copyright 2026 The Tergeu authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: build-aux/check-po.sh [--print|--fix] [SOURCE_ROOT]
#
# A file counts when xgettext, with the keywords po/meson.build gives it,
# extracts at least one message from it; a mention of _() in a comment does
# not. Candidates: core/, app/, ui/ (C sources and headers, GtkBuilder .ui),
# data/*.desktop.in, data/*.metainfo.xml.in, schemas/*.gschema.xml.
#
#   (no option)  exit 1 and print a diff when POTFILES.in differs
#   --print      print the expected list
#   --fix        write the expected list to po/POTFILES.in

set -euo pipefail

mode=check
case "${1:-}" in
  --print) mode=print; shift ;;
  --fix) mode=fix; shift ;;
esac

srcdir=${1:-$(cd "$(dirname "$0")/.." && pwd)}
cd "$srcdir"
export LC_ALL=C

# Keep in step with po/meson.build (meson's 'glib' preset plus its args).
xgettext_args=(
  --from-code=UTF-8
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3
  --keyword=g_dpgettext2:2c,3
)

candidates ()
{
  local dir
  for dir in core app ui; do
    [ -d "$dir" ] || continue
    find "$dir" -type f \( -name '*.c' -o -name '*.h' -o -name '*.ui' \) -print
  done
  [ -d data ] && find data -maxdepth 1 -type f \
    \( -name '*.desktop.in' -o -name '*.metainfo.xml.in' \) -print
  [ -d schemas ] && find schemas -maxdepth 1 -type f -name '*.gschema.xml' -print
  return 0
}

# True when xgettext finds a message in "$1" (the header entry alone, which
# --force-po is not given, never appears: no messages means no output).
has_messages ()
{
  local out
  case "$1" in
    *.c|*.h) out=$(xgettext "${xgettext_args[@]}" --language=C -o - "$1" 2>/dev/null) ;;
    *) out=$(xgettext "${xgettext_args[@]}" -o - "$1" 2>/dev/null) ;;
  esac
  [ -n "$out" ]
}

expected ()
{
  local f
  while IFS= read -r f; do
    if has_messages "$f"; then
      printf '%s\n' "$f"
    fi
  done < <(candidates | sort -u)
}

if ! command -v xgettext >/dev/null 2>&1; then
  echo "check-po: xgettext not found (install gettext)" >&2
  exit 77
fi

list=$(expected)

case "$mode" in
  print)
    printf '%s\n' "$list"
    ;;
  fix)
    printf '%s\n' "$list" >po/POTFILES.in
    ;;
  check)
    # POTFILES.in may carry comments and blank lines; compare the names.
    if ! diff -u --label po/POTFILES.in --label expected \
         <(grep -v -e '^[[:space:]]*#' -e '^[[:space:]]*$' po/POTFILES.in) \
         <(printf '%s\n' "$list"); then
      echo "check-po: po/POTFILES.in is incomplete or unsorted;" \
           "run build-aux/check-po.sh --fix" >&2
      exit 1
    fi
    echo "check-po: po/POTFILES.in lists all $(printf '%s\n' "$list" | wc -l) files"
    # xgettext keeps only comments tagged exactly "Translators:".
    if odd=$(grep -rn --include='*.c' --include='*.h' -E '/[*/][[:space:]]*(TRANSLATORS|translators|Translator):' core app ui); then
      echo "check-po: warning: translator comments that xgettext drops (write “Translators:”):"
      printf '%s\n' "$odd"
    fi
    ;;
esac
