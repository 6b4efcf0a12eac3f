// sqlite-nlp from Node with better-sqlite3 (npm install in this folder).
// Run: NLP_EXT=build/nlp.so node --test   (from tests/node)
//
// SQLite counts characters in code points; a JS string indexes UTF-16 code
// units, so an emoji is 1 character in char_start/char_end but 2 units in
// JS. Convert with codePointToUnit() below, or slice a Buffer with the
// byte offsets.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const Database = require('better-sqlite3');

const EXT = path.resolve(process.env.NLP_EXT ||
                         path.join(__dirname, '..', '..', 'build', 'nlp.so'));
const SAMPLE = path.join(__dirname, '..', '..', 'sample', 'seed_article.txt');

// UTF-16 index of every code-point offset 0..n of s (n = code points).
function codePointToUnit(s) {
  const units = [0];
  let u = 0;
  for (const ch of s) { // iterates code points, not code units
    u += ch.length;     // 2 for a character outside the BMP
    units.push(u);
  }
  return units;
}

function open() {
  const db = new Database(':memory:');
  db.loadExtension(EXT);
  return db;
}

test('sentences of the seed article', () => {
  const db = open();
  const text = fs.readFileSync(SAMPLE, 'utf8');
  const rows = db.prepare(
      'SELECT sentence, char_start, char_end FROM nlp_sentences(?)').all(text);
  assert.ok(rows.length > 20, `only ${rows.length} sentences`);
  const at = codePointToUnit(text);
  for (const r of rows)
    assert.equal(text.slice(at[r.char_start], at[r.char_end]), r.sentence);
  db.close();
});

test('token offsets with an emoji: code points, UTF-16 units and bytes', () => {
  const db = open();
  const text = 'We 😀 López. “Next” one.';
  const rows = db.prepare(
      'SELECT token, kind, norm, char_start, char_end, byte_start, byte_end' +
      ' FROM nlp_tokens(?) ORDER BY idx').all(text);
  assert.deepEqual(rows.map((r) => r.token),
                   ['We', '😀', 'López', '.', '“', 'Next', '”', 'one', '.']);
  const lopez = rows[2];
  assert.equal(lopez.norm, 'lópez');
  // After the emoji, code points and UTF-16 units differ by one...
  assert.equal(lopez.char_start, 5);
  assert.equal(text.indexOf('López'), 6);
  // ...so slicing with char offsets directly is wrong,
  assert.notEqual(text.slice(lopez.char_start, lopez.char_end), 'López');
  // and right after mapping them to UTF-16 units.
  const at = codePointToUnit(text);
  const raw = Buffer.from(text, 'utf8');
  for (const r of rows) {
    assert.equal(text.slice(at[r.char_start], at[r.char_end]), r.token);
    assert.equal(raw.subarray(r.byte_start, r.byte_end).toString('utf8'),
                 r.token);
  }
  assert.equal(rows[1].kind, 'emoji');
  assert.equal(rows[1].char_end - rows[1].char_start, 1);
  assert.equal(rows[1].byte_end - rows[1].byte_start, 4);
  db.close();
});

test('scalars and NULL', () => {
  const db = open();
  const get = (sql, ...a) => db.prepare(sql).pluck().get(...a);
  assert.equal(get('SELECT nlp_unaccent(?)', 'López Obrador'), 'Lopez Obrador');
  assert.equal(get('SELECT nlp_casefold(?)', 'Straße'), 'strasse');
  assert.equal(get('SELECT nlp_casefold(?)', null), null);
  assert.match(get('SELECT nlp_version()'), /^\d+\.\d+\.\d+$/);
  db.close();
});

test('FTS5 with the nlp tokenizer', () => {
  const db = open();
  db.exec("CREATE VIRTUAL TABLE d USING fts5(body, tokenize = 'nlp unaccent 1')");
  db.prepare('INSERT INTO d(rowid, body) VALUES (?, ?)').run(1, '“López” 😀 won.');
  const hit = db.prepare(
      "SELECT highlight(d, 0, '[', ']') FROM d WHERE d MATCH ?").pluck();
  assert.equal(hit.get('lopez'), '“[López]” 😀 won.');
  db.close();
});
