"""The project's own name annotations, data/train/news-names.jsonl (training data of the entity
models, see data/README.md and data/train/GUIDELINES.md), are well formed and leak no evaluation
text.

Without the shared data: every line has an id, a known source and entities in order, without
overlaps, with an OntoNotes name label and a surface text without spaces or quotation marks at its
ends; no BBC article of the BBC dev gold (tests/eval/bbc_ner/) is annotated; the second,
independent pass over 25 articles (data/train/second-pass.jsonl) agrees with the first at
F1 >= 0.95.  With the shared data (NLP_DATA_DIR): every entity's text is the article's at its
offsets; no annotated article shares more than two runs of 12 words with a dev gold article (the
BBC dataset repeats some stories); the articles are those of tools/train_sample.py's draw, less
repeats of an earlier article's text; tools/names_to_train.py converts the file into one training
document per article and refuses an entity that does not match its text.

Run: NLP_DATA_DIR=../shared/data /usr/bin/python3 -m unittest -v test_train_data
"""
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.environ.get("NLP_SOURCE_DIR", os.path.join(HERE, "..", ".."))
DATA = os.environ.get("NLP_DATA_DIR", os.path.join(ROOT, "..", "shared", "data"))
NAMES = os.path.join(ROOT, "data", "train", "news-names.jsonl")
SECOND = os.path.join(ROOT, "data", "train", "second-pass.jsonl")
GOLD = os.path.join(ROOT, "tests", "eval", "bbc_ner", "bbc_dev_gold.jsonl")
TO_TRAIN = os.path.join(ROOT, "tools", "names_to_train.py")


def tool(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(ROOT, "tools", name + ".py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


names_to_train = tool("names_to_train")
train_sample = tool("train_sample")


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


class TrainData(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.docs = read_jsonl(NAMES)
        cls.dev = {d["id"] for d in read_jsonl(GOLD)}

    def test_well_formed(self):
        self.assertGreater(len(self.docs), 100)
        keys = [(d["source"], d["id"]) for d in self.docs]
        self.assertEqual(keys, sorted(set(keys)), "sorted by source and id, each once")
        for d in self.docs:
            self.assertIn(d["source"], names_to_train.SOURCES)
            end = 0
            for e in d["entities"]:
                where = f"{d['id']}: {e}"
                self.assertIn(e["label"], names_to_train.MAP, where)
                self.assertGreaterEqual(e["start"], end, where + " overlaps the one before")
                self.assertEqual(e["end"] - e["start"], len(e["text"]), where)
                self.assertEqual(e["text"], e["text"].strip(" \n\t,;:\"“”"), where)
                self.assertFalse(e["text"].startswith("the "), where)
                end = e["end"]

    def test_no_dev_gold_article(self):
        leaked = {d["id"] for d in self.docs if d["source"] == "bbc"} & self.dev
        self.assertEqual(leaked, set())

    def test_second_pass_agrees(self):
        first = {d["id"]: d["entities"] for d in self.docs}
        tp = only_first = only_second = 0
        second = read_jsonl(SECOND)
        self.assertEqual(len(second), 25)
        for d in second:
            a = {(e["start"], e["end"], e["label"]) for e in first[d["id"]]}
            b = {(e["start"], e["end"], e["label"]) for e in d["entities"]}
            tp, only_first, only_second = tp + len(a & b), only_first + len(a - b), \
                only_second + len(b - a)
        self.assertGreaterEqual(2 * tp / (2 * tp + only_first + only_second), 0.95)


@unittest.skipUnless(os.path.exists(os.path.join(DATA, "news", "bbc.jsonl")), "no shared data")
class TrainDataTexts(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.docs = read_jsonl(NAMES)
        dev = {d["id"] for d in read_jsonl(GOLD)}
        cls.text, cls.dev_text = {}, []
        for source, path in names_to_train.SOURCES.items():
            for d in read_jsonl(os.path.join(DATA, path)):
                cls.text[source, d["id"]] = d["text"]
                if source == "bbc" and d["id"] in dev:
                    cls.dev_text.append(d["text"])

    def test_offsets(self):
        for d in self.docs + read_jsonl(SECOND):
            t = self.text[d["source"], d["id"]]
            for e in d["entities"]:
                self.assertEqual(t[e["start"]:e["end"]], e["text"], d["id"])

    def test_no_dev_gold_repeat(self):
        dev = set().union(*(train_sample.shingles(t) for t in self.dev_text))
        for d in self.docs:
            shared = train_sample.shingles(self.text[d["source"], d["id"]]) & dev
            self.assertLessEqual(len(shared), 2, f"{d['id']} repeats a dev gold article")

    def test_the_draw(self):
        drawn = train_sample.draw(DATA)
        have = [(d["source"], d["id"]) for d in self.docs]
        self.assertEqual((len(drawn), len(have)), (960, 941))
        self.assertTrue(set(have) <= set(drawn))
        kept_texts = {self.text[k] for k in have}
        for k in set(drawn) - set(have):  # left out: a repeat of an annotated text
            self.assertIn(self.text[k], kept_texts, k)

    def refused(self, entity):
        """names_to_train.py's error for the first article with entity alone."""
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
            f.write(json.dumps(dict(self.docs[0], entities=[entity])) + "\n")
        try:
            p = subprocess.run([sys.executable, TO_TRAIN, f.name, DATA], capture_output=True)
        finally:
            os.unlink(f.name)
        self.assertNotEqual(p.returncode, 0)
        return p.stderr

    def test_converts(self):
        out = subprocess.run([sys.executable, TO_TRAIN, NAMES, DATA], check=True,
                             capture_output=True).stdout
        self.assertEqual(out.count(b"\nD ") + out.startswith(b"D "), len(self.docs))
        e = self.docs[0]["entities"][0]
        self.assertIn(b"does not match", self.refused(dict(e, text="\x00" * len(e["text"]))))
        self.assertIn(b"unknown label 'PER'", self.refused(dict(e, label="PER")))


if __name__ == "__main__":
    unittest.main()
