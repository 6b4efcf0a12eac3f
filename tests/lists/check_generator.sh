#!/bin/sh
# check_generator.sh GEN: tools/gen_wordlists.c refuses bad lists with the
# file and line, and writes a list's entries, values and data as given.
set -eu
gen=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir -p "$dir/lists/demo" "$dir/out"
fail=0

refuses() { # refuses MESSAGE CONTENT: the generator must stop with MESSAGE
  printf '%b' "$2" >"$dir/lists/demo/bad.txt"
  if "$gen" "$dir/out" "$dir/lists/demo/bad.txt" 2>"$dir/err"; then
    echo "FAIL: accepted a list with: $1"
    fail=1
  elif ! grep -q "demo/bad.txt.*$1" "$dir/err"; then
    echo "FAIL: wrong message for $1: $(cat "$dir/err")"
    fail=1
  fi
}
refuses "entry written twice" "# dup\nalpha\nbeta\nalpha\n"
refuses "no entries" "# only a comment\n\n"
refuses "data without an entry" "alpha\n\t3\n"
refuses "longer than 255" "$(head -c 300 /dev/zero | tr '\0' x)\n"

printf '# ok\n  spaced entry  \n\\#hash\t-7\nnum\t42\ntext\tUSD\n' >"$dir/lists/demo/ok.txt"
"$gen" "$dir/out" "$dir/lists/demo/ok.txt"
for want in '{"spaced entry", 12, 0, ""}' '{"#hash", 5, -7, "-7"}' \
  '{"num", 3, 42, "42"}' '{"text", 4, 0, "USD"}' 'NLP_LIST_DEMO_OK,'; do
  if ! grep -qF "$want" "$dir/out/wordlists.c" "$dir/out/wordlists.h"; then
    echo "FAIL: generated tables lack $want"
    fail=1
  fi
done
[ "$fail" -eq 0 ] && echo "check_generator: 1 passed, 0 failed" && exit 0
echo "check_generator: 0 passed, 1 failed"
exit 1
