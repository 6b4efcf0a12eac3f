#!/bin/sh
# run.sh: set up, build and run sqlite-nlp on Debian 12 (as root, or with sudo).
#
#   ./run.sh demo       install what is missing, build, run sql/demo.sql
#   ./run.sh test       install what is missing, build, run the whole test suite
#   ./run.sh sanitize   the test suite built with ASan + UBSan (build-asan/)
#   ./run.sh build      install and build only
#   ./run.sh node       also install the Node client test's npm packages
#                       (tests/node, better-sqlite3 12) and run it
#   ./run.sh bench [BBC.txt]  the benchmark (build-bench/; ICU as the peer)
#   ./run.sh fuzz [SECONDS]   each libFuzzer harness for SECONDS (default 20)
#   ./run.sh tsan       the thread tests under ThreadSanitizer (build-tsan/)
#   ./run.sh valgrind   the cmocka tests under valgrind memcheck (build/)
#   ./run.sh lint       cppcheck and clang-tidy over ext/ (configs committed)
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
  # chromium: the nlp_html browser test; python3-distributed: the Dask test.
  install_missing chromium python3-distributed
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
bench)
  install_missing libicu-dev
  build build-bench -DNLP_BUILD_BENCH=ON -DNLP_BUILD_TESTS=OFF
  ./build-bench/bench/nlp_bench "${2:-../shared/data/news/bbc.txt}"
  ;;
fuzz)
  install_missing clang-14 libclang-rt-14-dev
  secs=${2:-20}
  build build-fuzz -DCMAKE_C_COMPILER=clang-14 -DNLP_BUILD_FUZZ=ON \
    -DNLP_BUILD_TESTS=OFF
  rm -rf build-fuzz/corpus build-fuzz/run
  /usr/bin/python3 fuzz/make_corpus.py build-fuzz/corpus "${NLP_DATA_DIR:-../shared/data}"
  for h in build-fuzz/fuzz/fuzz_*; do
    name=$(basename "$h")
    case $name in fuzz_sql*) seeds=build-fuzz/corpus/sql ;; *) seeds=build-fuzz/corpus/text ;; esac
    mkdir -p "build-fuzz/run/$name"
    echo "run.sh: $name for $secs s"
    if ! "$h" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
      -max_len=8192 -print_final_stats=1 -artifact_prefix="build-fuzz/run/$name/" \
      "build-fuzz/run/$name" "$seeds" >"build-fuzz/run/$name.log" 2>&1; then
      tail -n 60 "build-fuzz/run/$name.log"
      echo "run.sh: $name FAILED (reproducer in build-fuzz/run/$name/)"
      exit 1
    fi
    grep -E "stat::number_of_executed_units" "build-fuzz/run/$name.log"
  done
  ;;
tsan)
  install_missing
  build build-tsan -DNLP_TSAN=ON
  NLP_LIGHT=1 TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1" \
    ctest --test-dir build-tsan --output-on-failure -R "threads|interrupt"
  ;;
valgrind)
  install_missing valgrind
  build build
  # The shared data is left out (NLP_DATA_DIR empty) to keep this quick.
  # valgrind runs one thread at a time; --fair-sched=yes hands the lock round
  # in turn, so test_interrupt's interrupting thread is not starved until the
  # query it should stop has finished (it was once on a busy CI machine).
  # The allocation-failure tests are left out: they take 8.5 of 12.5 minutes
  # under valgrind (unit 1m50, sqlite 6m43 on the 2-core machine), and
  # ./run.sh sanitize runs them under ASan with leak detection, while they
  # check sqlite3_memory_used() themselves.
  fail=0
  for t in build/tests/unit_test_* build/tests/sqlite_test_*; do
    [ -x "$t" ] || continue
    case $t in *_alloc_fail) continue ;; esac
    echo "run.sh: valgrind $t"
    if ! NLP_DATA_DIR= NLP_SOURCE_DIR="$PWD" NLP_LIGHT=1 valgrind -q --fair-sched=yes \
      --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite,indirect \
      --show-leak-kinds=definite,indirect "$t" >"$t.valgrind.log" 2>&1; then
      cat "$t.valgrind.log"
      fail=1
    fi
  done
  [ "$fail" -eq 0 ] && echo "run.sh: valgrind: no errors"
  exit "$fail"
  ;;
lint)
  install_missing cppcheck clang-tidy
  cmake -S . -B build-lint -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
  # the generated tables (build-lint/generated/) the core's headers include
  cmake --build build-lint --target nlpcore_obj -j "$(nproc)" >build-lint/build.log 2>&1 ||
    { cat build-lint/build.log; exit 1; }
  cppcheck --quiet --error-exitcode=1 --inline-suppr --std=c11 \
    --enable=warning,performance,portability \
    --suppressions-list=.cppcheck-suppressions \
    -D__GNUC__ -DSQLITE_CORE -Iinclude -Iext/core -Iext/sqlite -Ibuild-lint ext bench fuzz tests
  clang-tidy --quiet -p build-lint ext/core/*.c ext/core/*/*.c ext/sqlite/*.c \
    tests/sqlite/test_threads.c tests/sqlite/test_interrupt.c \
    tests/sqlite/test_shapes.c tests/unit/test_adversarial.c 2>/dev/null \
    >build-lint/clang-tidy.log || true
  # Known findings in others' files (.clang-tidy-known) are shown only.
  grep -E "(warning|error):" build-lint/clang-tidy.log | while read -r line; do
    known=no
    while read -r file check; do
      case $file in ''|'#'*) continue ;; esac
      case $line in *"$file:"*"[$check]"*) known=yes ;; esac
    done <.clang-tidy-known
    echo "$known $line"
  done >build-lint/findings.txt
  sed -n 's/^yes /run.sh: lint: known (reported): /p' build-lint/findings.txt
  if grep -q "^no " build-lint/findings.txt; then
    sed -n 's/^no //p' build-lint/findings.txt
    echo "run.sh: clang-tidy found problems"
    exit 1
  fi
  echo "run.sh: lint: no new findings"
  ;;
*)
  echo "usage: ./run.sh demo | test | sanitize | build | bench | fuzz | tsan | valgrind | lint | node" >&2
  exit 2
  ;;
esac
