/*
** test_shapes.c: odd sizes and shapes of input, through the C API and SQL
** (not timed):
**   - a word of 1,000,000 characters;
**   - 100,000 nested opening quotes and brackets, then their closers
**     (space-separated; without spaces see test_linear.c);
**   - every code point U+0000..U+10FFFF in one text (surrogates encoded as
**     3-byte sequences, which are malformed UTF-8), a space after every
**     16;
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

#include "chars.h"
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

/* Through SQL: each row's byte range holds its text column, and its
** character offsets count the characters before it (as substr() does).
** Linear: character offsets are checked incrementally. */
static size_t check_sql(sqlite3 *db, const char *table, const char *text,
                        size_t len, int as_blob) {
  char sql[200];
  sqlite3_stmt *st;
  size_t rows = 0, byte = 0, chr = 0;
  const unsigned char *t = (const unsigned char *)text;
  int rc;
  snprintf(sql, sizeof(sql),
           "SELECT %s, char_start, char_end, byte_start, byte_end FROM %s(?1)",
           strcmp(table, "nlp_tokens") ? "sentence" : "token", table);
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
  assert_int_equal(rc, SQLITE_DONE);
  assert_int_equal(sqlite3_finalize(st), SQLITE_OK);
  return rows;
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
  assert_int_equal(check_sql(db, "nlp_tokens", w, 2 * n, 0), 1);
  assert_int_equal(check_sql(db, "nlp_sentences", w, 2 * n, 0), 1);
  free(w);
}

static void test_nested_quotes(void **state) {
  sqlite3 *db = *state;
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
    t[len++] = ' ';
  }
  memcpy(t + len, "Deep. Inside.", 13);
  len += 13;
  for (size_t i = depth; i-- > 0;) {
    const char *c = close[i % 6];
    t[len++] = ' ';
    memcpy(t + len, c, strlen(c));
    len += strlen(c);
  }
  check_core(t, len, &ns, &nt);
  assert_true(ns >= 1);
  assert_true(nt >= 2 * depth); /* every quote and bracket is a token */
  assert_int_equal(check_sql(db, "nlp_sentences", t, len, 0), ns);
  assert_int_equal(check_sql(db, "nlp_tokens", t, len, 0), nt);
  free(t);
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

static void test_every_code_point(void **state) {
  sqlite3 *db = *state;
  size_t cap = (size_t)0x110000 * 5, len = 0, ns, nt, chars;
  char *t = malloc(cap);
  assert_non_null(t);
  /* A space after every 16 code points keeps runs without white space
  ** short (long runs are test_linear.c's subject). */
  for (uint32_t cp = 0; cp <= 0x10FFFF; cp++) {
    len += encode(t + len, cp);
    if (cp % 16 == 15)
      t[len++] = ' ';
  }
  /* Every character is one character as SQLite counts them. */
  chars = nlp_utf8_count(t, len);
  assert_int_equal(chars, 0x110000 + 0x110000 / 16);
  check_core(t, len, &ns, &nt);
  assert_true(ns >= 1 && nt >= 1);
  /* SQL over the same bytes as a BLOB (it holds a NUL) and as TEXT from
  ** U+0001 on. */
  assert_int_equal(check_sql(db, "nlp_sentences", t, len, 1), ns);
  assert_int_equal(check_sql(db, "nlp_tokens", t, len, 1), nt);
  assert_true(check_sql(db, "nlp_tokens", t + 1, len - 1, 0) >= 1);
  free(t);
}

static void test_nul_in_blob(void **state) {
  sqlite3 *db = *state;
  static const char text[] = "One\0two. Three\0. Four \0 five.";
  size_t len = sizeof(text) - 1, ns, nt;
  sqlite3_stmt *st;
  check_core(text, len, &ns, &nt);
  /* NUL is an ordinary character: it does not end the text. */
  assert_int_equal(check_sql(db, "nlp_sentences", text, len, 1), ns);
  assert_int_equal(check_sql(db, "nlp_tokens", text, len, 1), nt);
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
      cmocka_unit_test(test_every_code_point),
      cmocka_unit_test(test_nul_in_blob),
      cmocka_unit_test(test_length_limit),
  };
  return cmocka_run_group_tests_name("shapes", tests, setup, teardown);
}
