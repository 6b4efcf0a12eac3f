#!/usr/bin/env python3
"""Scores nlp_entities on the BBC dev gold (40 articles, 18 OntoNotes labels; GUIDELINES.md).

  python3 tests/eval/bbc_ner/eval_bbc.py --ext build/nlp.so [--json-out F] [--dump-errors F]

The gold (bbc_dev_gold.jsonl) holds ids,
offsets and labels only: the article text is read from ../shared/data/news/bbc.jsonl (BBC
copyright: never stored here).  The scorer is ../shared/tools/eval_ner.py with its driver
(exact span and label match), in three views:
  all-18       every OntoNotes label as it is (predicted MISC, not an OntoNotes label, is dropped)
  PER/LOC/ORG  PERSON -> PER; GPE, LOC, FAC -> LOC; ORG; everything else dropped
  num/time     DATE, TIME, PERCENT, MONEY, QUANTITY, ORDINAL, CARDINAL; names dropped
"""
import argparse, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
SHARED = os.path.normpath(os.path.join(ROOT, "..", "shared"))
NAMES = ["PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW",
         "LANGUAGE"]
NUMEX = ["DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"]
VIEWS = {
    "all-18": ["--no-default-map", "--label-map", "MISC=DROP"],
    "PER/LOC/ORG": ["--no-default-map", "--label-map",
                    "PERSON=PER,GPE=LOC,FAC=LOC,MISC=DROP,"
                    + ",".join(f"{l}=DROP" for l in NUMEX + ["NORP", "PRODUCT", "EVENT",
                                                             "WORK_OF_ART", "LAW", "LANGUAGE"])],
    "num/time": ["--no-default-map", "--label-map",
                 ",".join(f"{l}=DROP" for l in NAMES + ["MISC"])],
}


def gold_docs():
    ann = {}
    for line in open(os.path.join(HERE, "bbc_dev_gold.jsonl"), encoding="utf-8"):
        d = json.loads(line)
        ann[d["id"]] = d["entities"]
    for line in open(os.path.join(SHARED, "data", "news", "bbc.jsonl"), encoding="utf-8"):
        d = json.loads(line)
        if d["id"] in ann:
            for e in ann[d["id"]]:
                assert d["text"][e["start"]:e["end"]] == e["text"], (d["id"], e)
            yield {"id": d["id"], "text": d["text"], "entities": ann.pop(d["id"])}
    assert not ann, f"ids not in bbc.jsonl: {sorted(ann)}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ext", required=True)
    ap.add_argument("--json-out")
    ap.add_argument("--dump-errors", help="errors of the all-18 view, as eval_ner.py writes them")
    a = ap.parse_args()
    env = dict(os.environ, NLP_EXT=os.path.abspath(a.ext))
    with tempfile.TemporaryDirectory() as tmp:
        gold = os.path.join(tmp, "gold.jsonl")
        with open(gold, "w", encoding="utf-8") as g:
            for d in gold_docs():
                g.write(json.dumps(d, ensure_ascii=False) + "\n")
        driver = f"/usr/bin/python3 {os.path.join(SHARED, 'tools', 'drivers', 'ner_driver.py')}"
        res = {}
        for view, args in VIEWS.items():
            out = os.path.join(tmp, "r.json")
            extra = ["--dump-errors", a.dump_errors] if a.dump_errors and view == "all-18" else []
            subprocess.run([sys.executable, os.path.join(SHARED, "tools", "eval_ner.py"), "--gold", gold,
                            "--cmd", driver, "--json-out", out] + args + extra,
                           env=env, stdout=subprocess.DEVNULL, check=True)
            res[view] = json.load(open(out))
    print("| view | P | R | F1 |\n|---|---|---|---|")
    for view, r in res.items():
        o = r["overall"]
        print(f"| {view} | {100 * o['p']:.2f} | {100 * o['r']:.2f} | {100 * o['f1']:.2f} |")
    print("\n| label | gold | F1 |\n|---|---|---|")
    for lab, x in sorted(res["all-18"]["per_label"].items()):
        print(f"| {lab} | {x['tp'] + x['fn']} | {100 * x['f1']:.2f} |")
    if a.json_out:
        json.dump({v: r["overall"]["f1"] for v, r in res.items()}, open(a.json_out, "w"), indent=1)


if __name__ == "__main__":
    main()
