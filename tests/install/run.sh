#!/bin/sh
# Installs the build into a temporary prefix, builds example.c against it with
# pkg-config (static link) and runs it, then loads the installed nlp.so.
# usage: run.sh BUILD_DIR CC SQLITE3 [EXTRA_CFLAGS]   (ctest install.pkgconfig)
# NLP_ASAN_PRELOAD: sanitizer runtimes to preload into the sqlite3 shell.
set -eu
build=$1 cc=$2 sqlite3=$3 extra=${4:-}
here=$(cd "$(dirname "$0")" && pwd)
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT

cmake --install "$build" --prefix "$prefix" >/dev/null
pc=$(find "$prefix" -name sqlite-nlp.pc)
[ -n "$pc" ] || { echo "FAIL: no sqlite-nlp.pc installed"; exit 1; }
export PKG_CONFIG_PATH="$(dirname "$pc")"
for f in include/nlp.h include/sqlite-nlp.h; do
  [ -f "$prefix/$f" ] || { echo "FAIL: $f not installed"; exit 1; }
done
libdir=$(pkg-config --variable=libdir sqlite-nlp)
for f in libnlp_sqlite.a libnlpcore.a; do
  [ -f "$libdir/$f" ] || { echo "FAIL: $f not in $libdir"; exit 1; }
done
[ "$(pkg-config --modversion sqlite-nlp)" = "$(sed -n 's/^#define NLP_VERSION "\(.*\)"/\1/p' "$prefix/include/nlp.h")" ] ||
  { echo "FAIL: pkg-config version differs from NLP_VERSION"; exit 1; }

flags=$(pkg-config --static --cflags --libs sqlite-nlp)
echo "cc example.c $flags"
# shellcheck disable=SC2086
"$cc" -std=c11 -Wall -Wextra -Werror $extra -o "$prefix/example" "$here/example.c" $flags
"$prefix/example"

ext=$(pkg-config --variable=extensiondir sqlite-nlp)/nlp
v=$(LD_PRELOAD="${NLP_ASAN_PRELOAD:-}" "$sqlite3" :memory: -cmd ".load $ext" "SELECT nlp_version()")
[ "$v" = "$(pkg-config --modversion sqlite-nlp)" ] || { echo "FAIL: installed nlp.so: $v"; exit 1; }
echo "install: ok"
