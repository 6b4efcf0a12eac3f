#!/usr/bin/python3
"""Converts WNUT-17 CoNLL (token TAB BIO-tag, a blank line between
sentences) into the plain input of tools/train_ner (see conll_to_train.py):
a "W" document (web text, learnt only as written), tokens joined by single spaces, a sentence a line, 50 sentences a document
(as ../shared/data/ner/wnut17-dev.jsonl is made); with --per-doc N, N
sentences a document (--per-doc 1: each tweet a document of its own, for
the web-text model's training, tools/train_ner.sh). Labels mapped to the
tagger's four classes: person PER, location LOC, corporation and group ORG,
creative-work and product MISC (the rules after the tagger name those).

  /usr/bin/python3 tools/wnut_to_train.py [--per-doc N] < wnut17train.conll > wnut.txt
"""
import sys

MAP = {"person": "PER", "location": "LOC", "corporation": "ORG",
       "group": "ORG", "creative-work": "MISC", "product": "MISC"}
PER_DOC = 50


def sentences(lines):
    sent = []
    for line in lines:
        line = line.rstrip("\n").rstrip("\r")
        if not line.strip():
            if sent:
                yield sent
            sent = []
            continue
        parts = line.split("\t")
        if len(parts) < 2:
            parts = line.split()
        sent.append((parts[0], parts[-1]))
    if sent:
        yield sent


def write_doc(out, sents):
    text = b""
    ents = []
    for si, sent in enumerate(sents):
        if si:
            text += b"\n"
        cur = None  # [bstart, bend, label]
        for ti, (tok, tag) in enumerate(sent):
            if ti:
                text += b" "
            b = tok.encode("utf-8")
            start = len(text)
            text += b
            kind, _, lab = tag.partition("-")
            lab = MAP.get(lab)
            if kind == "I" and cur and cur[2] == lab:
                cur[1] = len(text)
                continue
            if cur:
                ents.append(cur)
            cur = [start, len(text), lab] if kind in "BI" and lab else None
        if cur:
            ents.append(cur)
    out.write(b"W %d %d\n" % (len(text), len(ents)))
    out.write(text + b"\n")
    for bs, be, lab in ents:
        out.write(b"%d %d %s\n" % (bs, be, lab.encode()))


def main():
    out = sys.stdout.buffer
    per_doc = PER_DOC
    if len(sys.argv) == 3 and sys.argv[1] == "--per-doc":
        per_doc = int(sys.argv[2])
    sents = list(sentences(sys.stdin))
    for k in range(0, len(sents), per_doc):
        write_doc(out, sents[k:k + per_doc])


main()
