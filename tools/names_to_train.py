#!/usr/bin/python3
"""Converts the project's own name annotations (data/train/news-names.jsonl) into the plain input
of tools/train_ner (see conll_to_train.py).

Each line of the annotations is {"id", "source", "entities": [{"start", "end", "label", "text"}]}:
code-point offsets into the text of the article `id` of the source, OntoNotes name labels (the
guidelines are data/train/GUIDELINES.md). The sources' texts are not in this repository
(copyright of their publishers); they are read from the shared data directory:

  bbc      news/bbc.jsonl                 (the BBC News dataset)
  polnear  quotes/polnear-train.jsonl     (PolNeAR train: US political news)

Labels are mapped to the tagger's four classes: PERSON PER; GPE, LOC and FAC LOC; ORG ORG;
NORP, EVENT, WORK_OF_ART, PRODUCT, LAW and LANGUAGE MISC (the rules after the tagger name
those). An annotation whose text is not the article's at its offsets, or with another label, is
an error. A name that starts or ends inside a token of the tagger's tokeniser (about 1% of them,
"London" in "London-based") is learnt as the whole tokens it touches (tools/train_ner.c counts
them: "not on token boundaries").

  /usr/bin/python3 tools/names_to_train.py data/train/news-names.jsonl ../shared/data > names.txt
"""
import json
import os
import sys

SOURCES = {"bbc": os.path.join("news", "bbc.jsonl"),
           "polnear": os.path.join("quotes", "polnear-train.jsonl")}
MAP = {"PERSON": "PER", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "ORG": "ORG", "NORP": "MISC",
       "EVENT": "MISC", "WORK_OF_ART": "MISC", "PRODUCT": "MISC", "LAW": "MISC",
       "LANGUAGE": "MISC"}


def texts(data_dir, wanted):
    """The texts of the wanted (source, id) pairs."""
    found = {}
    for source, path in SOURCES.items():
        ids = {i for s, i in wanted if s == source}
        if not ids:
            continue
        for line in open(os.path.join(data_dir, path), encoding="utf-8"):
            d = json.loads(line)
            if d["id"] in ids:
                found[source, d["id"]] = d["text"]
    return found


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: names_to_train.py ANNOTATIONS.jsonl DATA_DIR")
    docs = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
    found = texts(sys.argv[2], {(d["source"], d["id"]) for d in docs})
    out = sys.stdout.buffer
    for d in docs:
        key = (d["source"], d["id"])
        if key not in found:
            sys.exit(f"names_to_train: {key} is not in {sys.argv[2]}")
        t = found[key]
        rows = []
        for e in d["entities"]:
            if e["label"] not in MAP:
                sys.exit(f"names_to_train: {d['id']}: unknown label {e['label']!r}")
            if t[e["start"]:e["end"]] != e["text"]:
                sys.exit(f"names_to_train: {d['id']}: {e} does not match the text")
            b0 = len(t[:e["start"]].encode("utf-8"))
            b1 = b0 + len(e["text"].encode("utf-8"))
            rows.append(b"%d %d %s\n" % (b0, b1, MAP[e["label"]].encode()))
        tb = t.encode("utf-8")
        out.write(b"D %d %d\n" % (len(tb), len(rows)))
        out.write(tb + b"\n")
        out.writelines(rows)


if __name__ == "__main__":
    main()
