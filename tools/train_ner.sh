#!/bin/sh
# Retrains data/ner.model from CoNLL-2003 train (deterministic, about 15 s
# on one core). usage: tools/train_ner.sh [DATA_DIR]
set -eu
cd "$(dirname "$0")/.."
data=${1:-../shared/data}
cmake -S . -B build >/dev/null
cmake --build build -j2 --target train_ner >/dev/null
/usr/bin/python3 tools/conll_to_train.py < "$data/ner/conll2003-train.jsonl" > build/ner-train.txt
time nice build/tools/train_ner build/ner-train.txt data/ner.model 10 3 5
cmake --build build -j2
