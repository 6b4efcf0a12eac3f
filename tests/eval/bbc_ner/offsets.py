#!/usr/bin/env python3
"""Turns hand annotations of BBC articles into the gold's offsets, and checks them.

An annotation file holds, for each article, a line "# ID" followed by one line per entity:
    SURFACE<TAB>LABEL[<TAB>OCC]
OCC says which occurrences of SURFACE (matched as a whole word sequence, case-sensitive) are
that entity: "2" (the second), "1,3", or "all" (all those not inside a longer annotated surface:
"Manuel" skips the one in "Trevor Manuel").  OCC may be left out when SURFACE occurs once outside
the longer annotated surfaces.  Each span is checked: text[start:end] == SURFACE, a known label,
no overlap, no space, punctuation or "'s" at its edges.

    offsets.py ANN [ANN...] --out part1.jsonl   convert and write (sorted by id, then start)
    offsets.py ANN --review ID                  list every occurrence of each annotated surface
                                                (marked + when annotated), then capitalised words
                                                and numbers outside any span, to re-read against
The article texts are read from ../shared/data/news/bbc.jsonl (option --bbc); never copied here.
"""
import argparse, json, os, re, sys

LABELS = {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW",
          "LANGUAGE", "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"}
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..")
BBC = os.path.join(ROOT, "..", "shared", "data", "news", "bbc.jsonl")


def occurrences(text, surface):
    """Start offsets of SURFACE in TEXT not inside a longer word: 'UK' is not found in 'UKIP', '4%' not in '9.4%'."""
    pat = r"(?<!\w)(?<!\d[.,])" + re.escape(surface) + r"(?!\w)(?![.,]\d)"
    return [m.start() for m in re.finditer(pat, text)]


def read_annotations(path):
    """{id: [(surface, label, occ, line_no)]} from an annotation file."""
    ann, cur = {}, None
    for no, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        if line.startswith("# "):
            cur = line[2:].strip()
            ann.setdefault(cur, [])
            continue
        parts = line.split("\t")
        if cur is None or len(parts) not in (2, 3):
            sys.exit(f"{path}:{no}: bad line {line!r}")
        ann[cur].append((parts[0], parts[1], parts[2] if len(parts) == 3 else None, no))
    return ann


def inside_longer(text, start, surface, items):
    """True when SURFACE at START lies inside an occurrence of a longer annotated surface."""
    end = start + len(surface)
    for other, _, _, _ in items:
        if len(other) > len(surface) and surface in other:
            for s in occurrences(text, other):
                if s <= start and end <= s + len(other):
                    return True
    return False


def to_spans(text, items, where):
    """Entities with offsets for one article; exits with a message on any inconsistency."""
    spans = []
    for surface, label, occ, no in items:
        if label not in LABELS:
            sys.exit(f"{where}:{no}: unknown label {label}")
        found = occurrences(text, surface)
        if not found:
            sys.exit(f"{where}:{no}: {surface!r} not in text")
        free = [s for s in found if not inside_longer(text, s, surface, items)]
        if occ is None:
            if len(free) != 1:
                sys.exit(f"{where}:{no}: {surface!r} occurs {len(free)} times: give OCC")
            picks = free
        elif occ == "all":
            picks = free
        else:
            nums = [int(x) for x in occ.split(",")]
            if any(n < 1 or n > len(found) for n in nums):
                sys.exit(f"{where}:{no}: {surface!r} has {len(found)} occurrences, not {occ}")
            picks = [found[n - 1] for n in nums]
        for s in picks:
            e = s + len(surface)
            assert text[s:e] == surface
            spans.append({"start": s, "end": e, "label": label, "text": surface})
    spans.sort(key=lambda x: (x["start"], x["end"]))
    for a, b in zip(spans, spans[1:]):
        if b["start"] < a["end"]:
            sys.exit(f"{where}: overlap {a} / {b}")
    for sp in spans:
        t = sp["text"]
        if t != t.strip() or t[-1] in ".,;:'\"" or t.endswith("'s"):
            sys.exit(f"{where}: span edge {t!r}")
    return spans


def review(text, spans, items):
    """Prints each annotated surface's occurrences, then words a span does not cover."""
    covered = [False] * len(text)
    for sp in spans:
        for i in range(sp["start"], sp["end"]):
            covered[i] = True
    starts = {(sp["start"], sp["text"]): sp["label"] for sp in spans}
    for surface in sorted({it[0] for it in items}):
        for k, s in enumerate(occurrences(text, surface), 1):
            lab = starts.get((s, surface))
            ctx = text[max(0, s - 40):s + len(surface) + 40].replace("\n", " ")
            print(f"{'+' if lab else '-'} {surface!r} #{k} {lab or ''}: ...{ctx}...")
    print("--- outside any span:")
    for m in re.finditer(r"\b([A-Z][\w'-]*|\d[\d,.]*)", text):
        if not covered[m.start()]:
            ctx = text[max(0, m.start() - 30):m.end() + 30].replace("\n", " ")
            print(f"  {m.group(0)!r}: ...{ctx}...")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("ann", nargs="+")
    ap.add_argument("--bbc", default=BBC)
    ap.add_argument("--out")
    ap.add_argument("--review")
    a = ap.parse_args()
    texts = {}
    for line in open(a.bbc, encoding="utf-8"):
        d = json.loads(line)
        texts[d["id"]] = d["text"]
    ann = {}
    for p in a.ann:
        for k, v in read_annotations(p).items():
            ann.setdefault(k, []).extend(v)
    out = {k: to_spans(texts[k], v, k) for k, v in ann.items()}
    if a.review:
        review(texts[a.review], out[a.review], ann[a.review])
    if a.out:
        with open(a.out, "w", encoding="utf-8") as f:
            for k in sorted(out):
                f.write(json.dumps({"id": k, "entities": out[k]}, ensure_ascii=False) + "\n")
    counts = {}
    for v in out.values():
        for sp in v:
            counts[sp["label"]] = counts.get(sp["label"], 0) + 1
    print(f"{len(out)} articles, {sum(counts.values())} entities:",
          " ".join(f"{k}={counts[k]}" for k in sorted(counts)), file=sys.stderr)


if __name__ == "__main__":
    main()
