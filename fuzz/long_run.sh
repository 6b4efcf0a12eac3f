#!/bin/sh
# long_run.sh BUILD_DIR OUT_DIR SECONDS_EACH: runs every harness in turn
# (one process at a time, nice 10) and logs its final stats.
set -u
build=$1 out=$2 secs=$3
for h in "$build"/fuzz/fuzz_*; do
  name=$(basename "$h")
  case $name in fuzz_sql*) seeds=$out/corpus/sql ;; *) seeds=$out/corpus/text ;; esac
  mkdir -p "$out/c_$name" "$out/crash_$name"
  echo "== $name $(date -u +%H:%M:%S)"
  nice -n 10 "$h" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
    -max_len="${MAXLEN:-8192}" -print_final_stats=1 -artifact_prefix="$out/crash_$name/" \
    "$out/c_$name" "$seeds" >>"$out/$name.log" 2>&1
  echo "rc=$? $(grep -E 'stat::number_of_executed_units|invariant failed|SUMMARY' "$out/$name.log" | tr '\n' ' ')"
done
