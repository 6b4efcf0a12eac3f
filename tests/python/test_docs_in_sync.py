"""Every nlp_* name the extension registers has docs/functions/<name>.md.

Lists the names from pragma_function_list and pragma_module_list of a
connection with nlp.so loaded (the exact set is pinned by
tests/sql/api_surface.sql), and fails for a name without a page, a page
without a registered name, or a page without an SQL example.

Run: NLP_EXT=build/nlp.so /usr/bin/python3 -m unittest -v test_docs_in_sync
"""
import os
import sqlite3
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.environ.get("NLP_SOURCE_DIR", os.path.join(HERE, "..", ".."))
EXT = os.environ.get("NLP_EXT", os.path.join(ROOT, "build", "nlp.so"))
DOCS = os.path.join(ROOT, "docs", "functions")

# Names whose page is being written on another branch: allowed to lack one
# until it lands. Remove a name once its page is on main.
PENDING = set()


def registered_names():
    db = sqlite3.connect(":memory:")
    try:
        db.enable_load_extension(True)
        db.load_extension(os.path.splitext(os.path.abspath(EXT))[0])
        db.enable_load_extension(False)
        rows = db.execute(
            "SELECT name FROM pragma_function_list WHERE name LIKE 'nlp%'"
            " UNION SELECT name FROM pragma_module_list WHERE name LIKE 'nlp%'").fetchall()
    finally:
        db.close()
    return {r[0] for r in rows}


class DocsInSync(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.names = registered_names()
        cls.pages = {f[:-3] for f in os.listdir(DOCS) if f.endswith(".md")}

    def test_names_found(self):
        self.assertIn("nlp_version", self.names)
        self.assertIn("nlp_tokens", self.names)

    def test_every_name_has_a_page(self):
        missing = sorted(self.names - self.pages - PENDING)
        self.assertEqual(missing, [], "no docs/functions/<name>.md for these")

    def test_every_page_has_a_name(self):
        stale = sorted(self.pages - self.names)
        self.assertEqual(stale, [], "pages in docs/functions/ for unregistered names")

    def test_pending_names_exist(self):
        self.assertEqual(sorted(PENDING - self.names), [], "PENDING lists a name that is not registered")

    def test_pages_have_signature_and_example(self):
        for name in sorted(self.pages & self.names):
            with open(os.path.join(DOCS, name + ".md"), encoding="utf-8") as f:
                text = f.read()
            with self.subTest(name=name):
                self.assertTrue(text.startswith("# " + name + "\n"), "title must be '# <name>'")
                self.assertIn(name + "(", text, "no signature")
                self.assertIn("```sql", text, "no SQL example")


if __name__ == "__main__":
    unittest.main()
