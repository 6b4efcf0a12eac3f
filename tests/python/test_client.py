"""The extension from Python's standard library sqlite3 (Debian's python3).

Run: NLP_EXT=build/nlp.so /usr/bin/python3 -m unittest -v test_client
"""
import json
import os
import sqlite3
import unittest

EXT = os.environ.get("NLP_EXT", os.path.join(os.path.dirname(__file__), "..", "..", "build", "nlp.so"))
SAMPLE = os.path.join(os.path.dirname(__file__), "..", "..", "sample", "seed_article.txt")


class ClientTest(unittest.TestCase):
    def setUp(self):
        self.db = sqlite3.connect(":memory:")
        self.db.enable_load_extension(True)
        self.db.load_extension(os.path.splitext(os.path.abspath(EXT))[0])
        self.db.enable_load_extension(False)
        with open(SAMPLE, encoding="utf-8") as f:
            self.article = f.read()

    def tearDown(self):
        self.db.close()

    def test_sentences_offsets_match_python_slices(self):
        rows = self.db.execute(
            "SELECT sentence, char_start, char_end, byte_start, byte_end FROM nlp_sentences(?)",
            (self.article,)).fetchall()
        self.assertGreater(len(rows), 20)
        raw = self.article.encode("utf-8")
        for sentence, cs, ce, bs, be in rows:
            self.assertEqual(self.article[cs:ce], sentence)
            self.assertEqual(raw[bs:be].decode("utf-8"), sentence)

    def test_tokens_lateral_join(self):
        self.db.execute("CREATE TABLE articles(body TEXT)")
        self.db.execute("INSERT INTO articles VALUES (?), (?)", (self.article, "Gov. López paid $1.2 billion."))
        rows = self.db.execute(
            "SELECT a.rowid, t.token, t.kind FROM articles a, nlp_tokens(a.body) t WHERE a.rowid = 2"
        ).fetchall()
        self.assertEqual([r[1] for r in rows], ["Gov.", "López", "paid", "$", "1.2", "billion", "."])
        self.assertEqual(rows[3][2], "symbol")

    def test_json(self):
        data = json.loads(self.db.execute("SELECT nlp_sentences_json(?)", ("One. Two.",)).fetchone()[0])
        self.assertEqual([d["sentence"] for d in data], ["One.", "Two."])

    def test_null_and_errors(self):
        self.assertIsNone(self.db.execute("SELECT nlp_casefold(NULL)").fetchone()[0])
        with self.assertRaisesRegex(sqlite3.OperationalError, "nlp_tokens\\(\\): missing text argument"):
            self.db.execute("SELECT * FROM nlp_tokens").fetchall()


if __name__ == "__main__":
    unittest.main()
