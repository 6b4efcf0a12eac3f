#!/usr/bin/python3
"""make_corpus.py OUT_DIR DATA_DIR [SEEDS_DIR]: builds the fuzz seed corpora.

Writes OUT_DIR/text/ (plain text seeds for the core harnesses) and
OUT_DIR/sql/ (the same texts behind the fuzz_sql.c header bytes: function
number, argument count, argument type TEXT), from the hand-written seeds in
fuzz/seeds/ and, at run time only, from the shared data (never committed):
the seed article, SBD texts and the first BBC articles, cut to <= 3 KB.
"""
import json
import os
import sys


def texts(data_dir, seeds_dir):
    for name in sorted(os.listdir(seeds_dir)):
        with open(os.path.join(seeds_dir, name), "rb") as f:
            yield f.read()
    seed = os.path.join(data_dir, "seed_article.txt")
    if os.path.exists(seed):
        with open(seed, "rb") as f:
            yield f.read()[:3000]
    sources = [("sbd/golden_rules_en.jsonl", 60), ("sbd/ud_ewt_dev.jsonl", 40),
               ("sbd/ud_gum_news_dev.jsonl", 20), ("news/bbc.jsonl", 60)]
    for path, limit in sources:
        path = os.path.join(data_dir, path)
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            for i, line in enumerate(f):
                if i >= limit:
                    break
                yield json.loads(line)["text"].encode("utf-8")[:3000]


def main():
    out, data_dir = sys.argv[1], sys.argv[2]
    seeds_dir = sys.argv[3] if len(sys.argv) > 3 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "seeds")
    for sub in ("text", "sql"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
    n = 0
    for i, t in enumerate(texts(data_dir, seeds_dir)):
        with open(os.path.join(out, "text", "seed%04d" % i), "wb") as f:
            f.write(t)
        # fuzz_sql.c header: target, argument count, type 3 (TEXT) / 4 (BLOB).
        header = bytes([i % 16, 0, 3 if i % 4 else 4])
        with open(os.path.join(out, "sql", "seed%04d" % i), "wb") as f:
            f.write(header + t[:1000])
        n += 1
    print("make_corpus: %d seeds in %s" % (n, out))


if __name__ == "__main__":
    main()
