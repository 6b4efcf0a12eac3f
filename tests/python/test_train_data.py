"""The project's own name annotations, data/train/news-names.jsonl (training data of
data/ner.model, see data/README.md and data/train/GUIDELINES.md), are well formed and leak no
evaluation text.

Without the shared data: every line has an id, a known source and entities in order, without
overlaps, with an OntoNotes name label and a surface text without spaces or "the" at its ends;
no BBC article of the BBC dev gold (tests/eval/bbc_ner/) is annotated.  With the shared data
(NLP_DATA_DIR): every entity's text is the article's at its offsets, no annotated article shares
a run of 12 words with a dev gold article (the BBC dataset repeats some stories), and
tools/names_to_train.py converts the file into one training document per article.

Run: NLP_DATA_DIR=../shared/data /usr/bin/python3 -m unittest -v test_train_data
"""
import json
import os
import re
import subprocess
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.environ.get("NLP_SOURCE_DIR", os.path.join(HERE, "..", ".."))
DATA = os.environ.get("NLP_DATA_DIR", os.path.join(ROOT, "..", "shared", "data"))
NAMES = os.path.join(ROOT, "data", "train", "news-names.jsonl")
GOLD = os.path.join(ROOT, "tests", "eval", "bbc_ner", "bbc_dev_gold.jsonl")
LABELS = {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART",
          "LAW", "LANGUAGE"}
SOURCES = {"bbc": os.path.join("news", "bbc.jsonl"),
           "polnear": os.path.join("quotes", "polnear-train.jsonl")}


def shingles(text):
    w = re.findall(r"\w+", text.lower())
    return {" ".join(w[i:i + 12]) for i in range(max(1, len(w) - 11))}


class TrainData(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with open(NAMES, encoding="utf-8") as f:
            cls.docs = [json.loads(line) for line in f]
        with open(GOLD, encoding="utf-8") as f:
            cls.dev = {json.loads(line)["id"] for line in f}

    def test_well_formed(self):
        self.assertGreater(len(self.docs), 100)
        keys = [(d["source"], d["id"]) for d in self.docs]
        self.assertEqual(keys, sorted(set(keys)), "sorted by source and id, each once")
        for d in self.docs:
            self.assertIn(d["source"], SOURCES)
            end = 0
            for e in d["entities"]:
                where = f"{d['id']}: {e}"
                self.assertIn(e["label"], LABELS, where)
                self.assertGreaterEqual(e["start"], end, where + " overlaps the one before")
                self.assertEqual(e["end"] - e["start"], len(e["text"]), where)
                self.assertEqual(e["text"], e["text"].strip(" \n\t,;:\"“”"), where)
                self.assertFalse(e["text"].startswith("the "), where)
                end = e["end"]

    def test_no_dev_gold_article(self):
        leaked = {d["id"] for d in self.docs if d["source"] == "bbc"} & self.dev
        self.assertEqual(leaked, set())


@unittest.skipUnless(os.path.exists(os.path.join(DATA, SOURCES["bbc"])), "no shared data")
class TrainDataTexts(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with open(NAMES, encoding="utf-8") as f:
            cls.docs = [json.loads(line) for line in f]
        wanted = {(d["source"], d["id"]) for d in cls.docs}
        with open(GOLD, encoding="utf-8") as f:
            dev = {json.loads(line)["id"] for line in f}
        cls.text, cls.dev_text = {}, []
        for source, path in SOURCES.items():
            with open(os.path.join(DATA, path), encoding="utf-8") as f:
                for line in f:
                    d = json.loads(line)
                    if (source, d["id"]) in wanted:
                        cls.text[source, d["id"]] = d["text"]
                    if source == "bbc" and d["id"] in dev:
                        cls.dev_text.append(d["text"])

    def test_offsets(self):
        for d in self.docs:
            t = self.text[d["source"], d["id"]]
            for e in d["entities"]:
                self.assertEqual(t[e["start"]:e["end"]], e["text"], d["id"])

    def test_no_dev_gold_duplicate(self):
        dev = set().union(*(shingles(t) for t in self.dev_text))
        for d in self.docs:
            shared = shingles(self.text[d["source"], d["id"]]) & dev
            self.assertLessEqual(len(shared), 2, f"{d['id']} repeats a dev gold article")

    def test_converts(self):
        out = subprocess.run([sys.executable, os.path.join(ROOT, "tools", "names_to_train.py"),
                              NAMES, DATA], check=True, capture_output=True).stdout
        self.assertEqual(out.count(b"\nD ") + out.startswith(b"D "), len(self.docs))
        # An annotation that does not match the text is refused.
        bad = dict(self.docs[0], entities=[dict(self.docs[0]["entities"][0], start=0,
                                                end=len(self.docs[0]["entities"][0]["text"]))])
        path = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"bad-names-{os.getpid()}.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            f.write(json.dumps(bad) + "\n")
        try:
            p = subprocess.run([sys.executable, os.path.join(ROOT, "tools", "names_to_train.py"),
                                path, DATA], capture_output=True)
        finally:
            os.unlink(path)
        if self.docs[0]["entities"][0]["start"] != 0:
            self.assertNotEqual(p.returncode, 0)
            self.assertIn(b"does not match", p.stderr)


if __name__ == "__main__":
    unittest.main()
