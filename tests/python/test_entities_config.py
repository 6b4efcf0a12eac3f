"""Configured nlp_entities: CREATE VIRTUAL TABLE x USING nlp_entities(entries =
't', aliases = 't', stop = 't'), with Python's standard library sqlite3
(Debian's python3). Every error case and the precedence of the user's lists
over the entity finder (docs/functions/nlp_entities_config.md).

Run: NLP_EXT=build/nlp.so /usr/bin/python3 -m unittest -v test_entities_config
"""
import os
import sqlite3
import tempfile
import unittest

EXT = os.environ.get("NLP_EXT", os.path.join(os.path.dirname(__file__), "..", "..", "build", "nlp.so"))

TEXT = "Angela Merkel visited Paris. Merkel left."


def connect(path=":memory:"):
    db = sqlite3.connect(path, isolation_level=None)
    db.enable_load_extension(True)
    db.load_extension(os.path.splitext(os.path.abspath(EXT))[0])
    db.enable_load_extension(False)
    return db


class ConfigTest(unittest.TestCase):
    def setUp(self):
        self.db = connect()
        self.db.executescript("""
            CREATE TABLE ents(phrase TEXT, label TEXT, canonical TEXT);
            CREATE TABLE als(name TEXT, canonical TEXT);
            CREATE TABLE stops(name TEXT);
            CREATE VIRTUAL TABLE ner USING nlp_entities(entries = 'ents', aliases = 'als',
                                                         stop = 'stops');
        """)

    def tearDown(self):
        self.db.close()

    def rows(self, fn="ner", text=TEXT):
        return self.db.execute(f"SELECT entity, label, canonical FROM {fn}(?)", (text,)).fetchall()

    def error(self, sql, params=()):
        with self.assertRaises(sqlite3.Error) as cm:
            self.db.execute(sql, params).fetchall()
        return str(cm.exception)

    def test_empty_lists_are_nlp_entities(self):
        self.assertEqual(self.rows(), self.rows("nlp_entities"))
        cols = [r[1] for r in self.db.execute("SELECT * FROM pragma_table_xinfo('ner')")]
        self.assertEqual(cols, [r[1] for r in self.db.execute("SELECT * FROM pragma_table_xinfo('nlp_entities')")])
        self.assertEqual(self.db.execute("SELECT count(*) FROM ner(NULL)").fetchone()[0], 0)
        self.assertEqual(self.db.execute("SELECT count(*) FROM ner('')").fetchone()[0], 0)

    def test_precedence(self):
        # 1. an entry wins over the model's row it overlaps (PERSON "Merkel")
        self.db.execute("INSERT INTO ents VALUES ('Merkel visited', 'EVENT', NULL)")
        # 2. a stop name drops the model's rows (by text or canonical name)
        self.db.execute("INSERT INTO stops VALUES ('angela merkel')")
        # 3. an alias sets canonical: of the canonical name, else of the text
        self.db.execute("INSERT INTO als VALUES ('Paris', 'City of Light')")
        self.assertEqual(self.rows(), [("Merkel visited", "EVENT", "Merkel visited"),
                                       ("Paris", "GPE", "City of Light")])
        # an entry beats a stop name; its canonical: its own, else its phrase's alias
        self.db.execute("INSERT INTO ents VALUES ('Merkel', 'PERSON', NULL)")
        self.db.execute("INSERT INTO als VALUES ('merkel', 'Dr Merkel')")
        self.db.execute("INSERT INTO ents VALUES ('Paris', 'GPE', 'Paris, France')")
        self.assertEqual(self.rows(), [("Merkel visited", "EVENT", "Merkel visited"),
                                       ("Paris", "GPE", "Paris, France"),
                                       ("Merkel", "PERSON", "Dr Merkel")])

    def test_reference_date(self):
        # a configured instance places relative dates as nlp_entities does
        self.db.execute("INSERT INTO ents VALUES ('Zorblax', 'ORG', NULL)")
        text = "Zorblax met on Wednesday. It will vote on Friday."
        sql = "SELECT entity, label, value, reference_date FROM {}(?, ?)"
        rows = self.db.execute(sql.format("ner"), (text, "2023-12-19")).fetchall()
        self.assertEqual(rows, [("Zorblax", "ORG", None, "2023-12-19"),
                                ("Wednesday", "DATE", "2023-12-13", "2023-12-19"),
                                ("Friday", "DATE", "2023-12-22", "2023-12-19")])
        dates = [r for r in rows if r[1] == "DATE"]
        self.assertEqual(dates, [r for r in self.db.execute(sql.format("nlp_entities"), (text, "2023-12-19"))
                                 if r[1] == "DATE"])
        # none given: the text's own date line, else none
        self.assertEqual(self.db.execute("SELECT DISTINCT reference_date FROM ner(?)",
                                         ("December 19, 2023\n\n" + text,)).fetchall(), [("2023-12-19",)])
        self.assertEqual(self.db.execute("SELECT value, reference_date FROM ner(?) WHERE label = 'DATE'",
                                         (text,)).fetchall(), [("XXXX-WXX-3", None), ("XXXX-WXX-5", None)])
        self.assertEqual(self.db.execute("SELECT count(*) FROM ner(?, NULL)", (text,)).fetchone()[0], 3)
        self.assertIn("reference_date must be an ISO date", self.error("SELECT * FROM ner(?, 'yesterday')", (text,)))
        self.assertIn("reference_date must be an ISO date", self.error("SELECT * FROM ner(?, 20231219)", (text,)))

    def test_changes_apply_to_the_next_query(self):
        before = self.rows()
        self.db.execute("INSERT INTO ents VALUES ('left', 'ORG', 'Left Party')")
        self.assertEqual(self.rows()[-1], ("left", "ORG", "Left Party"))
        self.db.execute("DELETE FROM ents")
        self.assertEqual(self.rows(), before)

    def test_lateral_join_reads_the_list_once_per_query(self):
        self.db.execute("CREATE TABLE docs(body TEXT)")
        self.db.executemany("INSERT INTO docs VALUES (?)", [("Zorblax rose.",), ("Zorblax fell.",), (None,)])
        self.db.execute("INSERT INTO ents VALUES ('Zorblax', 'LAW', 'Zorblax Act')")
        rows = self.db.execute("SELECT d.rowid, e.entity, e.label, e.canonical FROM docs d, ner(d.body) e "
                               "WHERE e.label = 'LAW'").fetchall()
        self.assertEqual(rows, [(1, "Zorblax", "LAW", "Zorblax Act"), (2, "Zorblax", "LAW", "Zorblax Act")])

    def test_read_once_per_query_and_again_after_any_change(self):
        reads = []
        self.db.create_function("tick", 0, lambda: reads.append(1) or 1)
        self.db.executescript("""
            CREATE TABLE docs(body TEXT);
            INSERT INTO docs VALUES ('Zorblax rose.'), ('Zorblax fell.'), ('Quintrel.');
            INSERT INTO ents VALUES ('Zorblax', 'LAW', NULL), ('Quintrel', 'PRODUCT', NULL);
            CREATE VIEW counted AS SELECT phrase, label, canonical FROM ents WHERE tick();
            CREATE VIRTUAL TABLE n4 USING nlp_entities(entries = 'counted');
        """)
        reads.clear()
        # a correlated subquery opens a cursor per row: the list is read once
        q = "SELECT group_concat((SELECT group_concat(label) FROM n4(d.body)), ';') FROM docs d"
        self.assertEqual(self.db.execute(q).fetchone()[0], "LAW;LAW;PRODUCT")
        self.assertEqual(len(reads), 2)
        self.assertEqual(self.db.execute(q).fetchone()[0], "LAW;LAW;PRODUCT")
        self.assertEqual(len(reads), 2)  # nothing changed: not read again
        self.db.execute("UPDATE ents SET label = 'ORG' WHERE phrase = 'Quintrel'")
        self.assertEqual(self.db.execute(q).fetchone()[0], "LAW;LAW;ORG")
        # a change rolled back is seen, then its undoing
        self.db.execute("BEGIN")
        self.db.execute("UPDATE ents SET label = 'EVENT'")
        self.assertEqual(self.db.execute(q).fetchone()[0], "EVENT;EVENT;EVENT")
        self.db.execute("ROLLBACK")
        self.assertEqual(self.db.execute(q).fetchone()[0], "LAW;LAW;ORG")
        self.db.execute("BEGIN")
        self.assertEqual(self.db.execute(q).fetchone()[0], "LAW;LAW;ORG")
        self.db.execute("COMMIT")
        # DDL: the table made again with other rows
        self.db.executescript("""
            DROP VIEW counted;
            CREATE VIEW counted AS SELECT 'Quintrel' AS phrase, 'FAC' AS label, NULL AS canonical;
        """)
        self.assertEqual(self.db.execute(q).fetchone()[0], "ORG;ORG;FAC")  # the model's Zorblax

    def test_other_connections_changes(self):
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "t.db")
            a = connect(path)
            a.executescript("""
                CREATE TABLE ents(phrase TEXT, label TEXT, canonical TEXT);
                INSERT INTO ents VALUES ('Zorblax', 'LAW', NULL);
                CREATE VIRTUAL TABLE ner USING nlp_entities(entries = 'ents');
            """)
            q = "SELECT label FROM ner('Zorblax rose.') WHERE entity = 'Zorblax'"
            self.assertEqual(a.execute(q).fetchall(), [("LAW",)])
            b = connect(path)
            b.execute("UPDATE ents SET label = 'PRODUCT'")
            b.close()
            self.assertEqual(a.execute(q).fetchall(), [("PRODUCT",)])
            a.close()

    def test_names_views_quotes_and_case(self):
        self.db.executescript('''
            CREATE TABLE "odd ""name"""(phrase TEXT, label TEXT, canonical TEXT);
            INSERT INTO "odd ""name""" VALUES ('Zorblax', 'law', NULL);
            CREATE VIEW v AS SELECT 'Quintrel' AS phrase, 'PRODUCT' AS label, NULL AS canonical;
            CREATE VIRTUAL TABLE n2 USING nlp_entities(entries = 'odd "name"');
            CREATE VIRTUAL TABLE n3 USING nlp_entities(ENTRIES="V");
        ''')
        self.assertIn(("Zorblax", "LAW", "Zorblax"), self.rows("n2", "Zorblax rose."))
        self.assertIn(("Quintrel", "PRODUCT", "Quintrel"), self.rows("n3", "Quintrel rose."))

    def test_survives_reopening_the_database(self):
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "t.db")
            db = connect(path)
            db.executescript("""
                CREATE TABLE ents(phrase TEXT, label TEXT, canonical TEXT);
                INSERT INTO ents VALUES ('Zorblax', 'LAW', NULL);
                CREATE VIRTUAL TABLE ner USING nlp_entities(entries = 'ents');
            """)
            db.close()
            db = connect(path)
            self.assertEqual(db.execute("SELECT label FROM ner('Zorblax rose.') WHERE entity = 'Zorblax'")
                             .fetchall(), [("LAW",)])
            db.execute("DROP TABLE ner")
            db.close()

    def test_option_errors(self):
        e = self.error("CREATE VIRTUAL TABLE x USING nlp_entities(entries = 'nope')")
        self.assertEqual(e, "x: no such table: nope (option entries)")
        e = self.error("CREATE VIRTUAL TABLE x USING nlp_entities(colour = 'ents')")
        self.assertEqual(e, 'x: unknown option "colour" (expected entries, aliases or stop)')
        e = self.error("CREATE VIRTUAL TABLE x USING nlp_entities(ents)")
        self.assertEqual(e, "x: bad option \"ents\" (expected entries, aliases or stop = 'table')")
        e = self.error("CREATE VIRTUAL TABLE x USING nlp_entities(entries = 'ents', entries = 'ents')")
        self.assertEqual(e, "x: option entries given twice")
        e = self.error("CREATE VIRTUAL TABLE x USING nlp_entities(stop = '')")
        self.assertEqual(e, "x: option stop names no table")
        self.db.execute("CREATE TABLE wrong(word TEXT)")
        e = self.error("CREATE VIRTUAL TABLE x USING nlp_entities(aliases = 'wrong')")
        self.assertEqual(e, "x: table wrong (option aliases) needs the columns name, canonical: "
                            "no such column: name")
        # a table dropped after the CREATE: an error when the instance is used
        self.db.executescript("CREATE TABLE gone(name TEXT);"
                              "CREATE VIRTUAL TABLE y USING nlp_entities(stop = 'gone');"
                              "DROP TABLE gone;")
        self.assertEqual(self.error("SELECT * FROM y('x')"), "y: no such table: gone (option stop)")

    def test_a_list_that_reads_its_own_instance(self):
        self.db.executescript("""
            CREATE TABLE seed(phrase TEXT, label TEXT, canonical TEXT);
            CREATE VIEW loop AS SELECT phrase, label, canonical FROM seed;
            CREATE VIRTUAL TABLE n5 USING nlp_entities(entries = 'loop');
            DROP VIEW loop;
            CREATE VIEW loop AS SELECT entity AS phrase, label, canonical FROM n5('Zorblax rose.');
        """)
        self.assertEqual(self.error("SELECT * FROM n5('Zorblax rose.')"), "n5: reading loop: n5: its tables read n5 itself")

    def test_interrupted_while_reading_the_list(self):
        self.db.executemany("INSERT INTO ents VALUES (?, 'ORG', NULL)", [(f"Zed{i}",) for i in range(5000)])
        self.db.set_progress_handler(lambda: 1, 1000)
        with self.assertRaises(sqlite3.OperationalError) as cm:
            self.db.execute("SELECT count(*) FROM ner('Zed1 rose.')").fetchall()
        self.assertEqual(str(cm.exception), "ner: reading ents: interrupted")
        self.db.set_progress_handler(None, 0)
        self.assertEqual(self.db.execute("SELECT label FROM ner('Zed1 rose.')").fetchall(), [("ORG",)])

    def test_row_errors(self):
        cases = [
            ("ents", "(NULL, 'ORG', NULL)", "ner: ents row 1: phrase is NULL"),
            ("ents", "(x'00', 'ORG', NULL)", "ner: ents row 1: phrase is a BLOB, not text"),
            ("ents", "('Zorblax', NULL, NULL)", "ner: ents row 1: label is NULL"),
            ("ents", "('Zorblax', 'COMPANY', NULL)", "ner: ents row 1: label 'COMPANY' is not one of nlp_labels"),
            ("ents", "('Zorblax', 'ORG', x'01')", "ner: ents row 1: canonical is a BLOB, not text"),
            ("ents", "('Zorblax', 'ORG', '')", "ner: ents row 1: empty canonical name ('Zorblax')"),
            ("ents", "('   ', 'ORG', NULL)", "ner: ents row 1: phrase has no token ('   ')"),
            ("ents", "('Zorblax', 'ORG', NULL), ('Zorblax', 'LAW', NULL)",
             "ner: ents row 2: phrase given before with another label or canonical name ('Zorblax')"),
            ("ents", "('" + "a " * 33 + "', 'ORG', NULL)",
             "ner: ents row 1: phrase has more than 32 tokens ('" + "a " * 33 + "')"),
            ("als", "(NULL, 'X')", "ner: als row 1: name is NULL"),
            ("als", "('X', NULL)", "ner: als row 1: canonical is NULL"),
            ("als", "('X', '')", "ner: als row 1: empty canonical name ('X')"),
            ("als", "('', 'X')", "ner: als row 1: empty name ('')"),
            ("als", "('SEC', 'A'), ('sec', 'B')", "ner: als row 2: name given before with another canonical name ('sec')"),
            ("stops", "(NULL)", "ner: stops row 1: name is NULL"),
            ("stops", "(' ')", "ner: stops row 1: empty name (' ')"),
        ]
        for table, values, want in cases:
            with self.subTest(values=values):
                self.db.execute(f"DELETE FROM {table}")
                self.db.execute(f"INSERT INTO {table} VALUES {values}")
                self.assertEqual(self.error("SELECT * FROM ner('Zorblax rose.')"), want)
                self.db.execute(f"DELETE FROM {table}")
        # the same entry twice, and numbers read as text, are fine
        self.db.execute("INSERT INTO ents VALUES ('Zorblax', 'ORG', NULL), ('Zorblax', 'ORG', NULL), "
                        "(747, 'PRODUCT', 'Boeing 747')")
        self.assertIn(("747", "PRODUCT", "Boeing 747"), self.rows(text="The 747 landed."))

    def test_json_is_the_built_in_finder(self):
        self.db.execute("INSERT INTO ents VALUES ('Merkel visited', 'EVENT', NULL)")
        self.assertNotIn("EVENT", self.db.execute("SELECT nlp_entities_json(?)", (TEXT,)).fetchone()[0])


if __name__ == "__main__":
    unittest.main()
