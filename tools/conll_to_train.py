#!/usr/bin/python3
"""Converts NER gold JSONL ({"text","entities":[{"bstart","bend","label"}]})
into the plain input of tools/train_ner:

  D <text bytes> <entity count>\n<text>\n<bstart> <bend> <LABEL>\n...

  /usr/bin/python3 tools/conll_to_train.py < conll2003-train.jsonl > train.txt
"""
import json
import sys

out = sys.stdout.buffer
for line in sys.stdin:
    if not line.strip():
        continue
    d = json.loads(line)
    t = d["text"].encode("utf-8")
    ents = d.get("entities", [])
    out.write(b"D %d %d\n" % (len(t), len(ents)))
    out.write(t + b"\n")
    for e in ents:
        out.write(b"%d %d %s\n" % (e["bstart"], e["bend"], e["label"].encode()))
