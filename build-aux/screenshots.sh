#!/usr/bin/env bash
# build-aux/screenshots.sh — the window's views and dialogs, as pictures
#
# Copyright 2026 The Tergeu authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: build-aux/screenshots.sh [BUILDDIR] [OUTDIR]
#
# Runs the layout test (tests/test-ui-layout.c) under Xvfb with
# TG_SCREENSHOT_DIR: every view and the main dialogs at 1024x700 and
# 1366x768, in Kazakh and Russian, as <lang>-<width>-<name>.png in OUTDIR
# (default docs/screenshots), reduced to 256 colours when ImageMagick is
# there. The test's checks run too: a picture of a broken layout fails.

set -euo pipefail

srcdir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
builddir=${1:-$srcdir/_build}
outdir=${2:-$srcdir/docs/screenshots}

mkdir -p "$outdir"
rm -f "$outdir"/*.png
xvfb-run -a -s "-screen 0 1366x768x24" dbus-run-session -- env \
  GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$builddir/schemas" TZ=Asia/Almaty GTK_A11Y=none \
  LC_ALL=C.UTF-8 GDK_BACKEND=x11 NO_AT_BRIDGE=1 TERGEU_LOCALEDIR="$builddir/po" \
  TG_SCREENSHOT_DIR="$outdir" "$builddir/tests/test-ui-layout"
if command -v convert >/dev/null; then
  for png in "$outdir"/*.png; do
    convert "$png" -colors 256 "PNG8:$png"
  done
fi
ls "$outdir"
