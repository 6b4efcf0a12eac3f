#!/bin/sh
# Runs one SQL test file in the sqlite3 shell with the extension loaded.
# Each SELECT prints `name|1` when its check holds; any other line (a `|0`,
# an error, stray output) fails the test, and so does a file with no checks.
# usage: run.sh SQLITE3 EXTENSION FILE.sql
set -u
out=$("$1" -bail :memory: -cmd ".load $2" ".read $3" 2>&1)
rc=$?
printf '%s\n' "$out"
[ $rc -eq 0 ] || { echo "FAIL: sqlite3 exited with $rc"; exit 1; }
bad=$(printf '%s\n' "$out" | grep -Ev '^[A-Za-z0-9_.-]+\|1$' | grep -v '^$')
[ -z "$bad" ] || { echo "FAIL: unexpected lines:"; printf '%s\n' "$bad"; exit 1; }
n=$(printf '%s\n' "$out" | grep -Ec '\|1$')
[ "$n" -gt 0 ] || { echo "FAIL: no checks ran"; exit 1; }
echo "$n passed, 0 failed"
