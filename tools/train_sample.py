#!/usr/bin/python3
"""Prints the ids of the articles annotated in data/train/news-names.jsonl, drawn as session 12
drew them (so the draw can be repeated and checked): three rounds of BBC articles, 40, 48 and 80
per topic (random.Random(2027), (2028), (2030), each round leaving out the ones before), never an
article of the BBC dev gold (tests/eval/bbc_ner/) nor one sharing more than two runs of 12 words
with one of them (the BBC dataset repeats stories); and 120 PolNeAR train articles
(random.Random(2029)). Articles whose text repeats an earlier one word for word were annotated
once (names_to_train.py reads each line).

  /usr/bin/python3 tools/train_sample.py [DATA_DIR]   (DATA_DIR: ../shared/data)
"""
import json
import os
import random
import re
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DATA = (sys.argv[1] if __name__ == "__main__" and len(sys.argv) > 1
        else os.path.join(ROOT, "..", "shared", "data"))
ROUNDS = [(2027, 40), (2028, 48), (2030, 80)]


def shingles(text):
    w = re.findall(r"\w+", text.lower())
    return {" ".join(w[i:i + 12]) for i in range(max(1, len(w) - 11))}


def draw(data_dir=DATA):
    """The (source, id) pairs of the draw, in order."""
    with open(os.path.join(ROOT, "tests", "eval", "bbc_ner", "bbc_dev_gold.jsonl")) as f:
        dev = {json.loads(line)["id"] for line in f}
    with open(os.path.join(data_dir, "news", "bbc.jsonl"), encoding="utf-8") as f:
        docs = [json.loads(line) for line in f]
    dev_sh = set().union(*(shingles(d["text"]) for d in docs if d["id"] in dev))
    free = [d for d in docs if d["id"] not in dev and len(shingles(d["text"]) & dev_sh) <= 2]
    done, out = set(), []
    for seed, per_topic in ROUNDS:
        by_topic = {}
        for d in free:
            if d["id"] not in done:
                by_topic.setdefault(d["topic"], []).append(d["id"])
        rng = random.Random(seed)
        for topic in sorted(by_topic):
            for i in sorted(rng.sample(sorted(by_topic[topic]), per_topic)):
                done.add(i)
                out.append(("bbc", i))
    with open(os.path.join(data_dir, "quotes", "polnear-train.jsonl"), encoding="utf-8") as f:
        ids = sorted(json.loads(line)["id"] for line in f)
    out += [("polnear", i) for i in sorted(random.Random(2029).sample(ids, 120))]
    return out


if __name__ == "__main__":
    for source, i in draw():
        print(source, i)
