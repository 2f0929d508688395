#!/usr/bin/env bash
# build-aux/setup.sh — install what Tergeu needs, configure and build it
#
# Copyright 2026 The Tergeu authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: build-aux/setup.sh [MESON-SETUP-OPTION...]
#
# Idempotent. On Debian 12 it installs the missing packages (as root, with
# apt-get; a machine that has them all does no network work), generates the
# kk_KZ, ru_RU and en_US UTF-8 locales when they are missing, then configures
# the build directory (env BUILDDIR, default _build, relative to the source
# tree) with the given options and builds it. Exits non-zero when anything
# fails, the build included.

set -euo pipefail

srcdir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
builddir=${BUILDDIR:-_build}
case "$builddir" in
  /*) ;;
  *) builddir="$srcdir/$builddir" ;;
esac

packages=(
  meson ninja-build pkg-config gcc libc6-dev
  libglib2.0-dev libglib2.0-bin libsqlite3-dev sqlite3
  libxml2-dev libxml2-utils nettle-dev libgtk-4-dev libadwaita-1-dev libepoxy-dev
  libpango1.0-dev libcairo2-dev libsecret-1-dev gettext
  xvfb xauth dbus dbus-x11 imagemagick poppler-utils
  desktop-file-utils appstream fonts-dejavu-core fonts-paratype
  locales valgrind clang libclang-rt-14-dev python3
  # the office server (issue 17): libpq to build, and a PostgreSQL server
  # (initdb, pg_ctl, ICU, pg_trgm) for tests/test-pg-server.c's throw-away
  # cluster
  libpq-dev postgresql-15
)
locales=(kk_KZ.UTF-8 ru_RU.UTF-8 en_US.UTF-8)

say ()
{
  printf 'setup: %s\n' "$*" >&2
}

is_root ()
{
  [ "$(id -u)" -eq 0 ]
}

# Prints the packages of "$@" that dpkg does not have installed.
missing_packages ()
{
  local pkg status
  for pkg in "$@"; do
    status=$(dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null || true)
    case "$status" in
      ii*) ;;
      *) printf '%s\n' "$pkg" ;;
    esac
  done
}

install_packages ()
{
  local -a missing
  if ! command -v dpkg-query >/dev/null 2>&1; then
    say "not a Debian system: install the equivalents of these yourself:"
    say "  ${packages[*]}"
    return 0
  fi
  mapfile -t missing < <(missing_packages "${packages[@]}")
  if [ "${#missing[@]}" -eq 0 ]; then
    return 0
  fi
  if ! is_root; then
    say "missing Debian packages: ${missing[*]}"
    say "install them with:"
    say "  sudo apt-get install ${missing[*]}"
    exit 1
  fi
  say "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=300 update
  apt-get -o DPkg::Lock::Timeout=300 install -y "${missing[@]}" </dev/null
}

# Prints the locales of "$@" that `locale -a` does not list.
# `locale -a` spells kk_KZ.UTF-8 as kk_KZ.utf8.
missing_locales ()
{
  local available loc norm
  available=$(locale -a 2>/dev/null | tr '[:upper:]' '[:lower:]' | tr -d '-' || true)
  for loc in "$@"; do
    norm=$(printf '%s' "$loc" | tr '[:upper:]' '[:lower:]' | tr -d '-')
    if ! grep -qxF "$norm" <<<"$available"; then
      printf '%s\n' "$loc"
    fi
  done
}

generate_locales ()
{
  local -a missing
  local loc
  mapfile -t missing < <(missing_locales "${locales[@]}")
  if [ "${#missing[@]}" -eq 0 ]; then
    return 0
  fi
  if ! is_root || ! command -v locale-gen >/dev/null 2>&1; then
    say "warning: missing locales: ${missing[*]}; tests that need them skip"
    say "generate them (as root) by uncommenting them in /etc/locale.gen"
    say "and running locale-gen"
    return 0
  fi
  say "generating locales ${missing[*]}"
  touch /etc/locale.gen
  for loc in "${missing[@]}"; do
    if grep -qE "^[[:space:]]*${loc//./\\.}[[:space:]]+UTF-8" /etc/locale.gen; then
      continue
    elif grep -qE "^#[[:space:]]*${loc//./\\.}[[:space:]]+UTF-8" /etc/locale.gen; then
      sed -i -E "s/^#[[:space:]]*(${loc//./\\.}[[:space:]]+UTF-8)/\\1/" /etc/locale.gen
    else
      printf '%s UTF-8\n' "$loc" >>/etc/locale.gen
    fi
  done
  locale-gen
}

configure_and_build ()
{
  cd "$srcdir"
  if [ -f "$builddir/meson-private/coredata.dat" ]; then
    meson setup --reconfigure "$builddir" "$@"
  else
    meson setup "$builddir" "$@"
  fi
  meson compile -C "$builddir"
}

install_packages
generate_locales
configure_and_build "$@"
