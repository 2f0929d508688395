#!/usr/bin/env bash
# build-aux/test.sh — set everything up and run all of Tergeu's tests
#
# Copyright 2026 The Tergeu authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: build-aux/test.sh [OPTION...] [-- MESON-TEST-ARGUMENT...]
#
# Runs build-aux/setup.sh on its own build directory (_build-test, with
# -Dwerror=true), then every suite with `meson test`, under Xvfb and a
# private D-Bus session so that the UI suite has a display. Ends with the
# line "N passed, M failed[, K skipped]" counted from meson's test log, and
# exits non-zero when a test failed or none ran.

set -euo pipefail

srcdir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

say ()
{
  printf 'test: %s\n' "$*" >&2
}

usage ()
{
  cat <<'EOF'
Usage: build-aux/test.sh [OPTION...] [-- MESON-TEST-ARGUMENT...]

  --sanitize     build _build-asan with AddressSanitizer and
                 UndefinedBehaviorSanitizer and run the tests there
  --leaks        with --sanitize: report leaks too (LeakSanitizer)
  --valgrind     run the tests under valgrind (suite "core" unless
                 --suite says otherwise)
  --suite NAME   run only suite NAME (may be repeated)
  --fuzz SECONDS after the suites, fuzz the importer for SECONDS
                 (build-aux/fuzz.sh; needs clang); counts as one test
  -h, --help     show this help
EOF
}

fuzz=0
sanitize=false
leaks=false
valgrind=false
suites=()
extra=()

while [ $# -gt 0 ]; do
  case "$1" in
    --sanitize) sanitize=true ;;
    --leaks) sanitize=true; leaks=true ;;
    --valgrind) valgrind=true ;;
    --suite)
      if [ $# -lt 2 ]; then
        say "--suite needs a suite name"
        exit 2
      fi
      suites+=(--suite "$2")
      shift
      ;;
    --suite=*) suites+=(--suite "${1#--suite=}") ;;
    --fuzz)
      if [ $# -lt 2 ]; then
        say "--fuzz needs a number of seconds"
        exit 2
      fi
      fuzz=$2
      shift
      ;;
    -h | --help) usage; exit 0 ;;
    --) shift; extra+=("$@"); break ;;
    *)
      say "unknown option: $1"
      usage >&2
      exit 2
      ;;
  esac
  shift
done

if $sanitize && $valgrind; then
  say "--sanitize and --valgrind do not mix: choose one"
  exit 2
fi

# GLib 2.74 still has its slice allocator: plain malloc lets ASan and
# valgrind see every block.
export G_SLICE=always-malloc

if $sanitize; then
  builddir="$srcdir/_build-asan"
  setup_args=('-Db_sanitize=address,undefined' -Db_lundef=false)
  if $leaks; then
    export ASAN_OPTIONS=detect_leaks=1
  else
    export ASAN_OPTIONS=detect_leaks=0
  fi
  export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
else
  builddir="$srcdir/_build-test"
  setup_args=(-Dwerror=true)
fi

test_args=(-C "$builddir" --print-errorlogs)
# Instrumented code runs several times slower: give it the time.
if $sanitize; then
  test_args+=(--timeout-multiplier 6)
fi
log="$builddir/meson-logs/testlog.json"
if $valgrind; then
  test_args+=(--setup=valgrind)
  log="$builddir/meson-logs/testlog-valgrind.json"
  if [ "${#suites[@]}" -eq 0 ]; then
    suites=(--suite core)
  fi
fi
test_args+=("${suites[@]}" "${extra[@]}")

BUILDDIR="$builddir" bash "$srcdir/build-aux/setup.sh" "${setup_args[@]}"

# The UI suite needs a display and a session bus: give every test the same
# virtual ones, whatever the machine has.
wrapper=()
if command -v xvfb-run >/dev/null 2>&1; then
  wrapper=(xvfb-run -a -s "-screen 0 1280x1024x24")
  if command -v dbus-run-session >/dev/null 2>&1; then
    wrapper+=(dbus-run-session --)
  fi
  unset WAYLAND_DISPLAY
  export GDK_BACKEND=x11
else
  say "xvfb-run not found: the UI suite runs on whatever display there is"
fi

rm -f "$log"
rc=0
"${wrapper[@]}" meson test "${test_args[@]}" </dev/null || rc=$?

# Prints "PASSED FAILED SKIPPED" for the test log $1 (one JSON object a
# line). An expected failure counts as passed; anything but OK,
# EXPECTEDFAIL and SKIP counts as failed.
count_results ()
{
  if command -v python3 >/dev/null 2>&1 && python3 - "$1" <<'EOF'
import json
import sys

passed = failed = skipped = 0
with open(sys.argv[1], encoding="utf-8", errors="replace") as log:
    for line in log:
        line = line.strip()
        if not line:
            continue
        try:
            result = json.loads(line).get("result")
        except ValueError:
            continue
        if result in ("OK", "EXPECTEDFAIL"):
            passed += 1
        elif result == "SKIP":
            skipped += 1
        else:
            failed += 1
print(passed, failed, skipped)
EOF
  then
    return 0
  fi
  grep -Eo '"result": *"[A-Z]+"' "$1" | awk -F'"' '
    $4 == "OK" || $4 == "EXPECTEDFAIL" { p++; next }
    $4 == "SKIP" { s++; next }
    { f++ }
    END { printf "%d %d %d\n", p, f, s }'
}

# Prints, from one reading of the log, the lines in which a test says what
# it ran against (the office server's tests: "8 tests ran against
# PostgreSQL 15…", so that a run that skipped them shows it), then the test
# cases (TAP lines) that passed and were skipped on each engine: the suite
# "pg" runs against PostgreSQL (the store's tests again, with
# TERGEU_TEST_ENGINE=postgresql, and the server's own), every other suite
# on SQLite files.
per_engine ()
{
  command -v python3 >/dev/null 2>&1 || return 0
  python3 - "$1" <<'EOF' || true
import json
import re
import sys

counts = {}
with open(sys.argv[1], encoding="utf-8", errors="replace") as log:
    for line in log:
        try:
            test = json.loads(line)
        except ValueError:
            continue
        engine = "PostgreSQL" if str(test.get("name", "")).split(" / ")[0].endswith(":pg") else "SQLite"
        ran, skipped = counts.get(engine, (0, 0))
        for text in (test.get("stdout") or "").splitlines():
            if text.startswith("# ") and " tests ran against " in text:
                print("%s: %s" % (test.get("name"), text[2:]))
            elif re.match(r"ok [0-9]+ ", text):
                if "# SKIP" in text:
                    skipped += 1
                else:
                    ran += 1
        counts[engine] = (ran, skipped)
for engine in ("SQLite", "PostgreSQL"):
    if engine in counts:
        ran, skipped = counts[engine]
        print("%d test cases passed on %s (%d skipped there)" % (ran, engine, skipped))
EOF
}

passed=0
failed=0
skipped=0
if [ -f "$log" ]; then
  read -r passed failed skipped < <(count_results "$log")
  per_engine "$log" | while IFS= read -r line; do say "$line"; done
else
  say "meson wrote no test log ($log): no test ran"
fi

if [ "$fuzz" -gt 0 ]; then
  say "fuzzing the importer for $fuzz s"
  frc=0
  bash "$srcdir/build-aux/fuzz.sh" "$fuzz" </dev/null || frc=$?
  case "$frc" in
    0) passed=$((passed + 1)) ;;
    77) skipped=$((skipped + 1)); say "fuzzing skipped: clang is not installed" ;;
    *) failed=$((failed + 1)); say "the importer fuzzer failed (exit $frc)" ;;
  esac
fi

summary="$passed passed, $failed failed"
if [ "$skipped" -gt 0 ]; then
  summary="$summary, $skipped skipped"
fi

if [ "$failed" -gt 0 ] && [ "$rc" -eq 0 ]; then
  rc=1
fi
if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then
  say "no test ran"
  if [ "$rc" -eq 0 ]; then
    rc=1
  fi
fi

printf '%s\n' "$summary"
exit "$rc"
