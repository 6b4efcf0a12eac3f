/*
** test_shapes.c: odd sizes and shapes of input, through the C API and every
** SQL function that takes text (not timed, but each shape must take only a
** few seconds: bench/nlp_bench.c --linear times many more shapes):
**   - a word of 1,000,000 characters;
**   - 100,000 nested opening quotes and brackets, then their closers,
**     without white space, and the same with a space between marks;
**   - every code point U+0000..U+10FFFF in one text (surrogates encoded as
**     3-byte sequences, which are malformed UTF-8), without white space,
**     and the same with a space after every 16;
**   - NUL bytes inside a BLOB;
**   - text at and over SQLITE_LIMIT_LENGTH.
** Each checks results, not only "no crash": spans in range, ordered, on
** character boundaries, covering every non-space character, and the
** character offsets of SQL agreeing with the bytes.
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <sqlite3.h>

#include "text/chars.h"
#include "nlp.h"
#include "sqlite-nlp.h"

static int setup(void **state) {
  sqlite3 *db;
  char *err = NULL;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK)
    return -1;
  if (sqlite3_nlp_init(db, &err, NULL) != SQLITE_OK) {
    sqlite3_free(err);
    return -1;
  }
  *state = db;
  return 0;
}

static int teardown(void **state) {
  assert_int_equal(sqlite3_close(*state), SQLITE_OK);
  return 0;
}

/* 1 if the character at p is white space as the core classifies it. */
static int space_at(const unsigned char *p, const unsigned char *end) {
  return (nlp_char_at(p, end).klass & NLP_C_SPACE) != 0;
}

typedef struct span_stats {
  size_t rows, covered, last_end;
} span_stats_t;

/* Checks one span of text[0..len) after the previous ones; bound[] marks
** character boundaries. */
static void check_span(const unsigned char *text, size_t len,
                       const unsigned char *bound, span_stats_t *s,
                       size_t start, size_t end) {
  assert_true(start >= s->last_end);
  assert_true(start < end && end <= len);
  assert_true(bound[start] && bound[end]);
  for (size_t i = s->last_end; i < start; i++)
    if (bound[i] && !space_at(text + i, text + len))
      fail_msg("byte %zu", i);
  s->covered += end - start;
  s->last_end = end;
  s->rows++;
}

static unsigned char *boundaries(const unsigned char *text, size_t len) {
  unsigned char *b = calloc(len + 1, 1);
  const unsigned char *p = text;
  assert_non_null(b);
  while (p < text + len) {
    int32_t cp;
    b[p - text] = 1;
    p += nlp_utf8_next(p, text + len, &cp);
  }
  b[len] = 1;
  return b;
}

/* Sentences and tokens of text through the C API: all checks; returns the
** counts. */
static void check_core(const char *text, size_t len, size_t *nsent,
                       size_t *ntok) {
  const unsigned char *t = (const unsigned char *)text;
  unsigned char *bound = boundaries(t, len);
  nlp_sentences_t *si;
  nlp_tokens_t *ti;
  nlp_sentence_t s;
  nlp_token_t k;
  span_stats_t ss = {0}, ts = {0};
  int rc;
  assert_int_equal(nlp_sentences_new(text, len, &si), NLP_OK);
  while ((rc = nlp_sentences_next(si, &s)) == NLP_OK) {
    assert_int_equal(s.idx, ss.rows);
    check_span(t, len, bound, &ss, s.byte_start, s.byte_end);
  }
  assert_int_equal(rc, NLP_DONE);
  nlp_sentences_free(si);
  for (size_t i = ss.last_end; i < len; i++)
    if (bound[i] && !space_at(t + i, t + len))
      fail_msg("byte %zu", i);
  assert_int_equal(nlp_tokens_new(text, len, &ti), NLP_OK);
  while ((rc = nlp_tokens_next(ti, &k)) == NLP_OK)
    check_span(t, len, bound, &ts, k.byte_start, k.byte_end);
  assert_int_equal(rc, NLP_DONE);
  nlp_tokens_free(ti);
  free(bound);
  *nsent = ss.rows;
  *ntok = ts.rows;
}

/* Through SQL: each row of table (a span table whose text column is col)
** holds the bytes of its byte range, and its character offsets count the
** characters before it (as substr() does). Linear: character offsets are
** checked incrementally. */
static size_t check_sql(sqlite3 *db, const char *table, const char *col,
                        const char *text, size_t len, int as_blob) {
  char sql[200];
  sqlite3_stmt *st;
  size_t rows = 0, byte = 0, chr = 0;
  const unsigned char *t = (const unsigned char *)text;
  int rc;
  snprintf(sql, sizeof(sql),
           "SELECT %s, char_start, char_end, byte_start, byte_end FROM %s(?1)",
           col, table);
  assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
  if (as_blob)
    sqlite3_bind_blob64(st, 1, text, len, SQLITE_STATIC);
  else
    sqlite3_bind_text64(st, 1, text, len, SQLITE_STATIC, SQLITE_UTF8);
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    size_t bs = (size_t)sqlite3_column_int64(st, 3);
    size_t be = (size_t)sqlite3_column_int64(st, 4);
    const void *v = sqlite3_column_blob(st, 0);
    assert_true(bs >= byte && bs < be && be <= len);
    assert_int_equal((size_t)sqlite3_column_bytes(st, 0), be - bs);
    assert_memory_equal(v, text + bs, be - bs);
    while (byte < bs) {
      int32_t cp;
      byte += nlp_utf8_next(t + byte, t + len, &cp);
      chr++;
    }
    assert_int_equal(byte, bs);
    assert_int_equal((size_t)sqlite3_column_int64(st, 1), chr);
    while (byte < be) {
      int32_t cp;
      byte += nlp_utf8_next(t + byte, t + len, &cp);
      chr++;
    }
    assert_int_equal((size_t)sqlite3_column_int64(st, 2), chr);
    rows++;
  }
  if (rc != SQLITE_DONE)
    fail_msg("%s: %s", table, sqlite3_errmsg(db));
  assert_int_equal(sqlite3_finalize(st), SQLITE_OK);
  return rows;
}

/* Runs sql with ?1 bound to text as a BLOB; returns the first column of its
** one row as an integer (every column must be non-NULL). */
static sqlite3_int64 sql_value(sqlite3 *db, const char *sql, const char *text,
                               size_t len) {
  sqlite3_stmt *st;
  sqlite3_int64 v;
  if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
    fail_msg("%s: %s", sql, sqlite3_errmsg(db));
  sqlite3_bind_blob64(st, 1, text, len, SQLITE_STATIC);
  if (sqlite3_step(st) != SQLITE_ROW)
    fail_msg("%s: %s", sql, sqlite3_errmsg(db));
  for (int i = 0; i < sqlite3_column_count(st); i++)
    if (sqlite3_column_type(st, i) == SQLITE_NULL)
      fail_msg("%s: column %d is NULL", sql, i);
  v = sqlite3_column_int64(st, 0);
  assert_int_equal(sqlite3_finalize(st), SQLITE_OK);
  return v;
}

/* What the FTS5 tokenizer gave: tokens, and the end of the last one. */
typedef struct fts5_seen {
  size_t tokens, last_end, len;
} fts5_seen_t;

static int on_fts5_token(void *ctx, int tflags, const char *tok, int ntok,
                         int start, int end) {
  fts5_seen_t *s = ctx;
  (void)tflags;
  (void)tok;
  assert_true(ntok > 0);
  assert_true(start >= 0 && (size_t)start >= s->last_end && start < end &&
              (size_t)end <= s->len);
  s->last_end = (size_t)end;
  s->tokens++;
  return SQLITE_OK;
}

/* The FTS5 tokenizer "nlp punct 1" over text, called through fts5_api as
** FTS5 calls it (indexing a million distinct terms would time FTS5, not
** the tokenizer): ordered offsets in range, at most one term per token
** (a token whose normal form is empty gives none). Skipped without FTS5. */
static void check_fts5(sqlite3 *db, const char *text, size_t len, size_t nt) {
  static const char *args[] = {"punct", "1"};
  fts5_api *api = NULL;
  fts5_tokenizer tok;
  Fts5Tokenizer *t = NULL;
  void *ud = NULL;
  fts5_seen_t seen = {0, 0, len};
  sqlite3_stmt *st;
  if (!sqlite3_compileoption_used("ENABLE_FTS5"))
    return;
  assert_int_equal(sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, NULL),
                   SQLITE_OK);
  sqlite3_bind_pointer(st, 1, (void *)&api, "fts5_api_ptr", NULL);
  sqlite3_step(st);
  assert_int_equal(sqlite3_finalize(st), SQLITE_OK);
  assert_non_null(api);
  assert_int_equal(api->xFindTokenizer(api, "nlp", &ud, &tok), SQLITE_OK);
  assert_int_equal(tok.xCreate(ud, args, 2, &t), SQLITE_OK);
  assert_int_equal(tok.xTokenize(t, &seen, FTS5_TOKENIZE_DOCUMENT, text,
                                 (int)len, on_fts5_token),
                   SQLITE_OK);
  tok.xDelete(t);
  assert_true(seen.tokens >= 1 && seen.tokens <= nt);
}

/* Every SQL function that takes text, over text[0..len) as a BLOB (it may
** hold NUL bytes). ns and nt: the sentence and token counts of the C API. */
static void check_every_function(sqlite3 *db, const char *text, size_t len,
                                 size_t ns, size_t nt) {
  static const char *const scalars[] = {
      "SELECT length(nlp_normalize(?1)) >= 0",
      "SELECT length(nlp_normalize(?1, 'NFC')) >= 0",
      "SELECT length(nlp_normalize(?1, 'NFD')) >= 0",
      "SELECT length(nlp_normalize(?1, 'NFKC')) >= 0",
      "SELECT length(nlp_normalize(?1, 'NFKD')) >= 0",
      "SELECT length(nlp_casefold(?1)) >= 0",
      "SELECT length(nlp_unaccent(?1)) >= 0",
  };
  size_t ne;
  assert_int_equal(check_sql(db, "nlp_sentences", "sentence", text, len, 1),
                   ns);
  assert_int_equal(check_sql(db, "nlp_tokens", "token", text, len, 1), nt);
  ne = check_sql(db, "nlp_entities", "entity", text, len, 1);
  (void)check_sql(db, "nlp_quotes", "quote", text, len, 1);
  assert_true(check_sql(db, "nlp_parts", "part", text, len, 1) >= 1);
  assert_int_equal(sql_value(db, "SELECT nlp_sentence_count(?1)", text, len),
                   (sqlite3_int64)ns);
  /* The JSON arrays are valid and hold one element per row. */
  assert_int_equal(sql_value(db,
                             "WITH j(v) AS MATERIALIZED "
                             "(SELECT nlp_sentences_json(?1)) "
                             "SELECT CASE WHEN json_valid(v) THEN "
                             "json_array_length(v) END FROM j",
                             text, len),
                   (sqlite3_int64)ns);
  assert_int_equal(sql_value(db,
                             "WITH j(v) AS MATERIALIZED "
                             "(SELECT nlp_entities_json(?1)) "
                             "SELECT CASE WHEN json_valid(v) THEN "
                             "json_array_length(v) END FROM j",
                             text, len),
                   (sqlite3_int64)ne);
  for (size_t i = 0; i < sizeof(scalars) / sizeof(scalars[0]); i++)
    assert_int_equal(sql_value(db, scalars[i], text, len), 1);
  check_fts5(db, text, len, nt);
}

static void test_million_char_word(void **state) {
  sqlite3 *db = *state;
  size_t n = (size_t)1000 * 1000, ns, nt;
  /* "é" is two bytes: a 1,000,000-character word of 2,000,000 bytes. */
  char *w = malloc(2 * n);
  assert_non_null(w);
  for (size_t i = 0; i < n; i++)
    w[2 * i] = '\xC3', w[2 * i + 1] = '\xA9';
  check_core(w, 2 * n, &ns, &nt);
  assert_int_equal(ns, 1);
  assert_int_equal(nt, 1);
  assert_int_equal(check_sql(db, "nlp_tokens", "token", w, 2 * n, 0), 1);
  assert_int_equal(check_sql(db, "nlp_sentences", "sentence", w, 2 * n, 0), 1);
  free(w);
}

/* 100,000 nested opening quotes and brackets, two sentences, then their
** closers; spaced: a space between marks (fewer glued runs). */
static void nested_quotes(sqlite3 *db, int spaced) {
  static const char *const open[] = {"(", "[",           "\"", "\xE2\x80\x9C",
                                     "{", "\xE2\x80\x98"};
  static const char *const close[] = {")", "]",           "\"", "\xE2\x80\x9D",
                                      "}", "\xE2\x80\x99"};
  size_t depth = 100000, cap = depth * 2 * 4 + 64, len = 0, ns, nt;
  char *t = malloc(cap);
  assert_non_null(t);
  for (size_t i = 0; i < depth; i++) {
    const char *o = open[i % 6];
    memcpy(t + len, o, strlen(o));
    len += strlen(o);
    if (spaced)
      t[len++] = ' ';
  }
  memcpy(t + len, "Deep. Inside.", 13);
  len += 13;
  for (size_t i = depth; i-- > 0;) {
    const char *c = close[i % 6];
    if (spaced)
      t[len++] = ' ';
    memcpy(t + len, c, strlen(c));
    len += strlen(c);
  }
  check_core(t, len, &ns, &nt);
  assert_true(ns >= 1);
  assert_true(nt >= 2 * depth); /* every quote and bracket is a token */
  if (spaced) {
    assert_int_equal(check_sql(db, "nlp_sentences", "sentence", t, len, 0), ns);
    assert_int_equal(check_sql(db, "nlp_tokens", "token", t, len, 0), nt);
  } else {
    check_every_function(db, t, len, ns, nt);
  }
  free(t);
}

static void test_nested_quotes(void **state) { nested_quotes(*state, 0); }

static void test_nested_quotes_spaced(void **state) {
  nested_quotes(*state, 1);
}

/* Encodes cp in the generic UTF-8 pattern (also for surrogates). */
static size_t encode(char *o, uint32_t cp) {
  if (cp < 0x80)
    return (size_t)(o[0] = (char)cp, 1);
  if (cp < 0x800) {
    o[0] = (char)(0xC0 | cp >> 6), o[1] = (char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    o[0] = (char)(0xE0 | cp >> 12), o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    o[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
  }
  o[0] = (char)(0xF0 | cp >> 18), o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
  o[2] = (char)(0x80 | ((cp >> 6) & 0x3F)), o[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}

/* Every code point in one text; spaced: a space after every 16. */
static void every_code_point(sqlite3 *db, int spaced) {
  size_t cap = (size_t)0x110000 * 5, len = 0, ns, nt, chars;
  char *t = malloc(cap);
  assert_non_null(t);
  for (uint32_t cp = 0; cp <= 0x10FFFF; cp++) {
    len += encode(t + len, cp);
    if (spaced && cp % 16 == 15)
      t[len++] = ' ';
  }
  /* Every character is one character as SQLite counts them. */
  chars = nlp_utf8_count(t, len);
  assert_int_equal(chars, 0x110000 + (spaced ? 0x110000 / 16 : 0));
  check_core(t, len, &ns, &nt);
  assert_true(ns >= 1 && nt >= 1);
  /* SQL over the same bytes as a BLOB (it holds a NUL) and as TEXT from
  ** U+0001 on. */
  if (spaced) {
    assert_int_equal(check_sql(db, "nlp_sentences", "sentence", t, len, 1), ns);
    assert_int_equal(check_sql(db, "nlp_tokens", "token", t, len, 1), nt);
  } else {
    check_every_function(db, t, len, ns, nt);
  }
  assert_true(check_sql(db, "nlp_tokens", "token", t + 1, len - 1, 0) >= 1);
  free(t);
}

static void test_every_code_point(void **state) { every_code_point(*state, 0); }

static void test_every_code_point_spaced(void **state) {
  every_code_point(*state, 1);
}

static void test_nul_in_blob(void **state) {
  sqlite3 *db = *state;
  static const char text[] = "One\0two. Three\0. Four \0 five.";
  size_t len = sizeof(text) - 1, ns, nt;
  sqlite3_stmt *st;
  check_core(text, len, &ns, &nt);
  /* NUL is an ordinary character: it does not end the text. */
  assert_int_equal(check_sql(db, "nlp_sentences", "sentence", text, len, 1),
                   ns);
  assert_int_equal(check_sql(db, "nlp_tokens", "token", text, len, 1), nt);
  assert_true(ns >= 2);
  /* The last sentence ends at the last byte. */
  assert_int_equal(sqlite3_prepare_v2(db,
                                      "SELECT max(byte_end), "
                                      "sum(length(CAST(sentence AS BLOB))) "
                                      "FROM nlp_sentences(?1)",
                                      -1, &st, NULL),
                   SQLITE_OK);
  sqlite3_bind_blob(st, 1, text, (int)len, SQLITE_STATIC);
  assert_int_equal(sqlite3_step(st), SQLITE_ROW);
  assert_int_equal(sqlite3_column_int64(st, 0), (sqlite3_int64)len);
  assert_true(sqlite3_column_int64(st, 1) >= 20);
  assert_int_equal(sqlite3_finalize(st), SQLITE_OK);
}

/* A step of sql with ?1 bound to text: its result code, and the message. */
static int step_with(sqlite3 *db, const char *sql, const char *text, size_t len,
                     sqlite3_int64 *out) {
  sqlite3_stmt *st;
  int rc;
  assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
  rc = sqlite3_bind_text64(st, 1, text, len, SQLITE_STATIC, SQLITE_UTF8);
  if (rc == SQLITE_OK) {
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW && out)
      *out = sqlite3_column_int64(st, 0);
  }
  sqlite3_finalize(st);
  return rc;
}

static void test_length_limit(void **state) {
  sqlite3 *db = *state;
  int old = sqlite3_limit(db, SQLITE_LIMIT_LENGTH, 1000);
  char text[2000];
  sqlite3_int64 v = -1;
  int rc;
  for (size_t i = 0; i < sizeof(text); i++)
    text[i] = "Ab. "[i % 4];
  /* At the limit: correct results. */
  assert_int_equal(
      step_with(db, "SELECT count(*) FROM nlp_sentences(?1)", text, 1000, &v),
      SQLITE_ROW);
  assert_int_equal(v, 250);
  assert_int_equal(
      step_with(db, "SELECT nlp_sentence_count(?1)", text, 1000, &v),
      SQLITE_ROW);
  assert_int_equal(v, 250);
  /* Over it: SQLite refuses the value with SQLITE_TOOBIG. */
  assert_int_equal(
      step_with(db, "SELECT count(*) FROM nlp_sentences(?1)", text, 1001, NULL),
      SQLITE_TOOBIG);
  /* Output over the limit from input under it: a clear error, not a cut
  ** result. U+FDFA is 3 bytes and 33 bytes in NFKD. */
  {
    char big[999];
    for (size_t i = 0; i + 3 <= sizeof(big); i += 3)
      memcpy(big + i, "\xEF\xB7\xBA", 3);
    rc = step_with(db, "SELECT length(nlp_normalize(?1, 'NFKD'))", big, 999,
                   NULL);
    assert_int_equal(rc, SQLITE_TOOBIG);
    assert_non_null(strstr(sqlite3_errmsg(db), "too big"));
    rc = step_with(db, "SELECT length(nlp_sentences_json(?1))", text, 1000,
                   NULL);
    assert_int_equal(rc, SQLITE_TOOBIG);
  }
  sqlite3_limit(db, SQLITE_LIMIT_LENGTH, old);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_million_char_word),
      cmocka_unit_test(test_nested_quotes),
      cmocka_unit_test(test_nested_quotes_spaced),
      cmocka_unit_test(test_every_code_point),
      cmocka_unit_test(test_every_code_point_spaced),
      cmocka_unit_test(test_nul_in_blob),
      cmocka_unit_test(test_length_limit),
  };
  return cmocka_run_group_tests_name("shapes", tests, setup, teardown);
}
