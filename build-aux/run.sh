#!/usr/bin/env bash
# build-aux/run.sh — set everything up and run Tergeu on its default database
#
# Copyright 2026 The Tergeu authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: build-aux/run.sh [ARGUMENT...]
#
# Runs build-aux/setup.sh, then the desktop application (_build/app/tergeu)
# on its default database, $XDG_DATA_HOME/tergeu/cases.db. Where the desktop
# application was not built, or there is no display to show it on (a
# headless server), it prints the case list with `tergeu-cli list` instead.
# The arguments go to whichever program runs.

set -euo pipefail

srcdir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
builddir=${BUILDDIR:-_build}
case "$builddir" in
  /*) ;;
  *) builddir="$srcdir/$builddir" ;;
esac
export BUILDDIR="$builddir"

say ()
{
  printf 'run: %s\n' "$*" >&2
}

bash "$srcdir/build-aux/setup.sh"

gui="$builddir/app/tergeu"
cli="$builddir/app/tergeu-cli"

# Use the GSettings schema compiled in the build tree, not an installed one.
if [ -f "$builddir/schemas/gschemas.compiled" ]; then
  export GSETTINGS_SCHEMA_DIR="$builddir/schemas${GSETTINGS_SCHEMA_DIR:+:$GSETTINGS_SCHEMA_DIR}"
fi

# meson devenv adds whatever else the build declares for running from the
# build tree; -w keeps relative paths in the arguments working.
in_devenv ()
{
  exec meson devenv -C "$builddir" -w "$PWD" "$@"
}

if [ -x "$gui" ]; then
  if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    in_devenv "$gui" "$@"
  fi
  say "no display (neither DISPLAY nor WAYLAND_DISPLAY is set):"
  say "showing the case list with tergeu-cli instead of the window"
else
  say "the desktop application was not built (GTK 4 or libadwaita missing?):"
  say "showing the case list with tergeu-cli instead"
fi

if [ ! -x "$cli" ]; then
  say "$cli was not built"
  exit 1
fi
in_devenv "$cli" list "$@"
