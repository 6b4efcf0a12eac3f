#!/usr/bin/env python3
"""Draws the BBC dev gold sample: 8 articles per topic of ../shared/data/news/bbc.jsonl, at random
with a fixed seed (random.Random(2026)), so the draw can be repeated.  Prints one id per line."""
import json, random, sys, os
# The repository root is three levels above this file; the shared data lies next to it (../shared).
ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".."))
path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "data", "news", "bbc.jsonl")
by_topic = {}
for line in open(path, encoding="utf-8"):
    d = json.loads(line)
    by_topic.setdefault(d["topic"], []).append(d["id"])
rng = random.Random(2026)
for topic in sorted(by_topic):
    for i in sorted(rng.sample(sorted(by_topic[topic]), 8)):
        print(i)
