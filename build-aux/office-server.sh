#!/usr/bin/env bash
# build-aux/office-server.sh — a trial office server on this machine
#
# Copyright 2026 The Tergeu authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: build-aux/office-server.sh [--port PORT] [DIR]
#        build-aux/office-server.sh --stop [DIR]
#
# For trying issue 17's shared database on one machine, not for an office
# (README, "An office server", says how to set up a real one). Idempotent:
#
#   1. installs PostgreSQL from Debian when it is missing (as root, with
#      apt-get; otherwise it says what to install);
#   2. creates a cluster in DIR/data (default
#      ${XDG_DATA_HOME:-~/.local/share}/tergeu/office-server) and starts it
#      with its Unix socket in DIR; with --port, also on localhost:PORT
#      (TCP logins need a password: ALTER ROLE … PASSWORD, and ~/.pgpass);
#   3. creates the database "tergeu" (UTF-8) and runs
#      `tergeu-cli server init` on it;
#   4. makes a login for the person running it (the user behind sudo, when
#      there is one), an investigator and an administrator;
#   5. prints the connection string to give tergeu-cli's --db.
#
# Logins on the socket are by peer authentication: each user of this
# machine logs in as the PostgreSQL role of the same name, no password;
# the cluster's owner (and root) log in as the superuser "postgres".
#
# initdb refuses to run as root. Run as root, the script runs the server
# as Debian's "postgres" system user (with runuser), and the default DIR is
# /var/lib/postgresql/tergeu-office-server, which that user owns; a DIR
# given as root is handed to that user, and each folder above it must let
# that user through. The socket folder is then open to every user of the
# machine, so that the user behind sudo reaches the server.
#
# tergeu-cli is $TERGEU_CLI, else the one in PATH, else the build's
# ($BUILDDIR, default _build: run build-aux/setup.sh first).

set -euo pipefail

srcdir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
port=5432
tcp=false
stop=false
dir=

say ()
{
  printf 'office-server: %s\n' "$*" >&2
}

die ()
{
  say "$*"
  exit 1
}

usage ()
{
  sed -n '7,8p' "${BASH_SOURCE[0]}" | sed 's/^# //'
}

while [ $# -gt 0 ]; do
  case "$1" in
    --port)
      [ $# -ge 2 ] || die "--port needs a port number"
      port=$2
      tcp=true
      shift
      ;;
    --port=*) port=${1#--port=}; tcp=true ;;
    --stop) stop=true ;;
    -h | --help) usage; exit 0 ;;
    -*) usage >&2; exit 2 ;;
    *) dir=$1 ;;
  esac
  shift
done
case "$port" in
  '' | *[!0-9]*) die "the port must be a number: $port" ;;
esac

is_root ()
{
  [ "$(id -u)" -eq 0 ]
}

if is_root; then
  owner=postgres
  dir=${dir:-/var/lib/postgresql/tergeu-office-server}
else
  owner=$(id -un)
  dir=${dir:-${XDG_DATA_HOME:-$HOME/.local/share}/tergeu/office-server}
fi
case "$dir" in
  /*) ;;
  *) dir="$PWD/$dir" ;;
esac
# The socket's path must fit in a sockaddr_un (107 bytes).
socket="$dir/.s.PGSQL.$port"
if [ "${#socket}" -gt 107 ]; then
  die "the socket path $socket is too long for a Unix socket: give a shorter DIR"
fi
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
data=$dir/data

# The person the login is for: whoever ran sudo, else whoever runs this.
person=${SUDO_USER:-$(id -un)}

# Runs "$@" as the cluster's owner.
as_owner ()
{
  if is_root; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

find_bindir ()
{
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -n -r); do
    if [ -x "$d/initdb" ]; then
      printf '%s\n' "$d"
      return 0
    fi
  done
  return 1
}

install_postgresql ()
{
  if find_bindir >/dev/null; then
    return 0
  fi
  if ! is_root; then
    die "PostgreSQL is not installed: run “sudo apt-get install postgresql-15” (or this script as root)"
  fi
  say "installing PostgreSQL from Debian"
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=300 update
  apt-get -o DPkg::Lock::Timeout=300 install -y postgresql-15 </dev/null
}

find_cli ()
{
  local builddir=${BUILDDIR:-_build}
  case "$builddir" in
    /*) ;;
    *) builddir="$srcdir/$builddir" ;;
  esac
  if [ -n "${TERGEU_CLI:-}" ]; then
    printf '%s\n' "$TERGEU_CLI"
  elif command -v tergeu-cli >/dev/null 2>&1; then
    command -v tergeu-cli
  elif [ -x "$builddir/app/tergeu-cli" ]; then
    printf '%s\n' "$builddir/app/tergeu-cli"
  else
    die "tergeu-cli not found: run build-aux/setup.sh first, or set TERGEU_CLI"
  fi
}

# initdb, then who may log in how (see the head of this file).
create_cluster ()
{
  if is_root; then
    chown postgres: "$dir"
    chmod 0755 "$dir"
  fi
  say "creating a cluster in $data"
  as_owner "$bindir/initdb" -D "$data" -U postgres --encoding=UTF8 --locale=C.UTF-8 \
    --auth-local=peer --auth-host=scram-sha-256 >/dev/null
  as_owner sh -c 'cat >"$1/pg_ident.conf"' sh "$data" <<EOF
# office-server.sh: the cluster's owner and root log in as "postgres"
owner  $owner  postgres
owner  root  postgres
EOF
  as_owner sh -c 'cat >"$1/pg_hba.conf"' sh "$data" <<'EOF'
# office-server.sh: peer logins on the socket; passwords over TCP
local  all  postgres  peer  map=owner
local  all  all       peer
host   all  all  127.0.0.1/32  scram-sha-256
host   all  all  ::1/128       scram-sha-256
EOF
}

start_server ()
{
  local listen=""
  if as_owner "$bindir/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    say "the server in $data is running already"
    return 0
  fi
  if $tcp; then
    listen=localhost
  fi
  say "starting the server (socket in $dir${listen:+, TCP on localhost:$port})"
  as_owner "$bindir/pg_ctl" -D "$data" -l "$dir/server.log" -w -s \
    -o "-k '$dir' -p $port -c listen_addresses='$listen'" start
}

# psql as the superuser on the socket.
superuser_sql ()
{
  "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U postgres -d "$1" -tAc "$2"
}

create_database ()
{
  if [ "$(superuser_sql postgres "SELECT count(*) FROM pg_database WHERE datname = 'tergeu'")" = 0 ]; then
    say "creating the database tergeu"
    "$bindir/createdb" -h "$dir" -p "$port" -U postgres --encoding=UTF8 --locale=C.UTF-8 \
      --template=template0 tergeu
  fi
}

create_login ()
{
  local cli=$1
  local db="host=$dir port=$port dbname=tergeu user=postgres"
  if [ "$person" = postgres ]; then
    return 0
  fi
  # psql quotes the name itself (:'person' reads from stdin only)
  if [ -z "$("$bindir/psql" -X -q -h "$dir" -p "$port" -U postgres -d postgres -v person="$person" -tA \
             <<<"SELECT 1 FROM pg_roles WHERE rolname = :'person'")" ]; then
    say "creating the login $person"
    "$bindir/createuser" -h "$dir" -p "$port" -U postgres "$person"
  fi
  "$cli" server grant "$person" investigator --db "$db" >/dev/null
  "$cli" server grant "$person" admin --db "$db" >/dev/null
}

bindir=
if $stop; then
  bindir=$(find_bindir) || die "PostgreSQL is not installed"
  as_owner "$bindir/pg_ctl" -D "$data" -s -m fast stop
  say "stopped the server in $data"
  exit 0
fi

install_postgresql
bindir=$(find_bindir)
cli=$(find_cli)
if [ ! -f "$data/PG_VERSION" ]; then
  create_cluster
fi
start_server
create_database
"$cli" server init --db "host=$dir port=$port dbname=tergeu user=postgres" >/dev/null
create_login "$cli"

say "ready: $person is an investigator and an administrator of database tergeu"
say "stop it with: $0 --stop $dir"
printf 'postgresql:///tergeu?host=%s&port=%s\n' "$dir" "$port"
