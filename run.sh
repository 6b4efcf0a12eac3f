#!/bin/sh
# run.sh: set up, build and run sqlite-nlp on Debian 12 (as root, or with sudo).
#
#   ./run.sh demo       install what is missing, build, run sql/demo.sql
#   ./run.sh test       install what is missing, build, run the whole test suite
#   ./run.sh sanitize   the test suite built with ASan + UBSan (build-asan/)
#   ./run.sh build      install and build only
#   ./run.sh node       also install the Node client test's npm packages
#                       (tests/node, better-sqlite3 12) and run it
set -eu
cd "$(dirname "$0")"

PACKAGES="cmake make gcc pkg-config libsqlite3-dev sqlite3 libutf8proc-dev libcmocka-dev python3 graphviz"

install_missing() {
  missing=""
  for p in $PACKAGES $*; do
    dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
  done
  [ -z "$missing" ] && return 0
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "run.sh: installing$missing"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >/dev/null
}

build() { # build DIR [cmake options...]
  dir=$1
  shift
  cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
  echo "run.sh: building in $dir/ (log: $dir/build.log)"
  if ! cmake --build "$dir" -j "$(nproc)" >"$dir/build.log" 2>&1; then
    cat "$dir/build.log"
    exit 1
  fi
}

case "${1:-}" in
demo)
  install_missing
  build build
  sqlite3 :memory: -cmd ".load ./build/nlp" ".read sql/demo.sql"
  ;;
test)
  install_missing
  build build
  ctest --test-dir build --output-on-failure -j "$(nproc)"
  ;;
sanitize)
  install_missing
  build build-asan -DNLP_SANITIZE=ON
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
    ctest --test-dir build-asan --output-on-failure -j "$(nproc)"
  ;;
build)
  install_missing
  build build
  ;;
node)
  # better-sqlite3 12 needs Node 20+ (Debian 12's nodejs is 18) and builds
  # its addon with node-gyp when no prebuilt binary can be fetched.
  install_missing g++ make
  command -v npm >/dev/null 2>&1 || {
    echo "run.sh: the node test needs Node.js 20+ with npm on PATH" >&2
    exit 1
  }
  build build
  (cd tests/node && npm install --no-audit --no-fund)
  ctest --test-dir build --output-on-failure -R '^node\.'
  ;;
*)
  echo "usage: ./run.sh demo | test | sanitize | build | node" >&2
  exit 2
  ;;
esac
