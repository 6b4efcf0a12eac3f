#!/bin/sh
# check_gen_ner_data.sh GEN SRC: tools/gen_ner_data.c (GEN, the built
# program) makes the tagger's tables from SRC/data, refuses word lists that
# lack their words (hashed otherwise), and refuses a model that is missing,
# of another format, cut short, or trained with other data (a byte of
# words.bin or clusters.bin changed), leaving no output behind.
set -eu
gen=$1
data=$2/data
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail=0

# a copy of file $1 as $2 with byte $3 (from 0) XORed with 1
flip() {
  cp "$1" "$2"
  b=$(od -An -tu1 -j "$3" -N1 "$1" | tr -d ' ')
  printf "$(printf '\\%03o' $((b ^ 1)))" |
    dd of="$2" bs=1 seek="$3" conv=notrunc 2>/dev/null
}

# refuses WHAT MESSAGE WORDS CLUSTERS MODEL: the model is refused with MESSAGE
refuses() {
  if "$gen" model "$dir/m.c" "$3" "$4" "$5" 2>"$dir/err"; then
    echo "FAIL: accepted $1"
    fail=1
  elif ! grep -q "$2" "$dir/err"; then
    echo "FAIL: wrong message for $1: $(cat "$dir/err")"
    fail=1
  elif [ -e "$dir/m.c" ]; then
    echo "FAIL: left a partial output for $1"
    fail=1
  fi
}

W=$data/words.bin C=$data/clusters.bin M=$data/ner.model
L=$data/ner-caseless.model B=$data/ner-web.model
"$gen" data "$dir/d.h" "$dir/d.c" "$W" "$C"
"$gen" model "$dir/ok.c" "$W" "$C" "$M" "$L" "$B"
for want in "#define NER_DATA_HASH" "NER_GAZ_INDEX" "NER_CLUS[" \
  "ner_builtin_model = {" ".prev_fixed" ".caseless = &CASELESS" \
  ".web = &WEB"; do
  if ! grep -qF "$want" "$dir/d.h" "$dir/d.c" "$dir/ok.c"; then
    echo "FAIL: generated tables lack $want"
    fail=1
  fi
done
"$gen" model "$dir/none.c" "$W" "$C" - # a library without a built-in model
grep -qF "{.w = NULL}" "$dir/none.c" || { echo "FAIL: no empty model"; fail=1; }

flip "$W" "$dir/words.bin" 5000
flip "$C" "$dir/clusters.bin" 100
flip "$M" "$dir/old.model" 8 # format 2 -> 3
head -c 1000 "$M" >"$dir/short.model"
refuses "other word lists" "retrain it with tools/train_ner.sh" \
  "$dir/words.bin" "$C" "$M"
refuses "other clusters" "trained with other word lists, word clusters" \
  "$W" "$dir/clusters.bin" "$M"
refuses "another format" "format 3, features" "$W" "$C" "$dir/old.model"
refuses "a short model" "bad header or length" "$W" "$C" "$dir/short.model"
# each model in its place: the caseless one reads other features
refuses "the caseless model as the cased one" "features 0x1" "$W" "$C" "$L"
if "$gen" model "$dir/m.c" "$W" "$C" "$M" "$M" 2>"$dir/err" ||
  ! grep -q "features 0x" "$dir/err" || [ -e "$dir/m.c" ]; then
  echo "FAIL: accepted the cased model as the caseless one"
  fail=1
fi
# word lists hashed otherwise (here: empty sets) fail the tables' build
{ head -c 16 "$W"; head -c $(($(wc -c <"$W") - 16)) /dev/zero; } >"$dir/empty.bin"
if "$gen" data "$dir/e.h" "$dir/e.c" "$dir/empty.bin" "$C" 2>"$dir/err" ||
  ! grep -q 'lacks "house": not hashed as' "$dir/err"; then
  echo "FAIL: accepted word lists without their words: $(cat "$dir/err")"
  fail=1
fi
refuses "a missing model" "cannot open .*train_ner.sh" "$W" "$C" "$dir/no.model"
[ "$fail" -eq 0 ] && echo "check_gen_ner_data: 1 passed, 0 failed" && exit 0
echo "check_gen_ner_data: 0 passed, 1 failed"
exit 1
