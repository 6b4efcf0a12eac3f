/* test_fts5.c: the FTS5 tokenizer "nlp", linked in-process (SQLITE_CORE).
** The tokenizer is called directly through fts5_api and must give the
** tokens of nlp_tokens(): same byte offsets, the norm column as the term,
** punctuation dropped unless "punct 1". */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <sqlite3.h>

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

static fts5_api *fts5_of(sqlite3 *db) {
  fts5_api *api = NULL;
  sqlite3_stmt *st;
  assert_int_equal(sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, NULL),
                   SQLITE_OK);
  sqlite3_bind_pointer(st, 1, (void *)&api, "fts5_api_ptr", NULL);
  sqlite3_step(st);
  assert_int_equal(sqlite3_finalize(st), SQLITE_OK);
  assert_non_null(api);
  return api;
}

/* Terms seen by xToken, as "term@start-end;" lines. */
typedef struct {
  char buf[8192];
  size_t len;
} seen_t;

static int on_token(void *ctx, int tflags, const char *tok, int ntok, int start,
                    int end) {
  seen_t *s = ctx;
  int n;
  assert_int_equal(tflags, 0);
  assert_true(ntok > 0);
  assert_null(memchr(tok, '\0', (size_t)ntok)); /* FTS5 cannot index a NUL */
  n = snprintf(s->buf + s->len, sizeof(s->buf) - s->len, "%.*s@%d-%d;", ntok,
               tok, start, end);
  assert_true(n > 0 && (size_t)n < sizeof(s->buf) - s->len);
  s->len += (size_t)n;
  return SQLITE_OK;
}

/* Tokenizes text with the "nlp" tokenizer and the given options. */
static void tokenize(sqlite3 *db, const char **args, int nargs,
                     const char *text, int len, seen_t *out) {
  fts5_api *api = fts5_of(db);
  fts5_tokenizer tok;
  Fts5Tokenizer *t = NULL;
  void *ud = NULL;
  assert_int_equal(api->xFindTokenizer(api, "nlp", &ud, &tok), SQLITE_OK);
  assert_int_equal(tok.xCreate(ud, args, nargs, &t), SQLITE_OK);
  out->len = 0;
  out->buf[0] = '\0';
  assert_int_equal(
      tok.xTokenize(t, out, FTS5_TOKENIZE_DOCUMENT, text, len, on_token),
      SQLITE_OK);
  tok.xDelete(t);
}

/* The same lines built from nlp_tokens() with SQL. */
static void expected(sqlite3 *db, const char *where, const char *text, int len,
                     const char *norm_expr, seen_t *out) {
  sqlite3_stmt *st;
  char *sql = sqlite3_mprintf(
      "SELECT coalesce(group_concat(%s || '@' || byte_start || '-' ||"
      " byte_end || ';', ''), '') FROM (SELECT * FROM nlp_tokens(?1)"
      " WHERE %s ORDER BY idx)",
      norm_expr, where);
  assert_non_null(sql);
  assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
  sqlite3_free(sql);
  sqlite3_bind_text(st, 1, text, len, SQLITE_STATIC);
  assert_int_equal(sqlite3_step(st), SQLITE_ROW);
  out->len = (size_t)sqlite3_column_bytes(st, 0);
  assert_true(out->len < sizeof(out->buf));
  memcpy(out->buf, sqlite3_column_text(st, 0), out->len + 1);
  assert_int_equal(sqlite3_finalize(st), SQLITE_OK);
}

static const char *const TEXTS[] = {
    "\xE2\x80\x9CL\xC3\xB3pez,\xE2\x80\x9D he said, in the U.S. "
    "It\xE2\x80\x99s "
    "3.5% \xE2\x80\x94 na\xC3\xAFve caf\xC3\xA9 \xF0\x9F\x98\x80 Stra\xC3\x9F"
    "e \xEF\xAC\x81ne.",
    "Broken \x80\xFF UTF-8 \xC3 end.",
    "Mail a@b.com or see https://example.com/x?y=1 #tag @name.\r\n\r\nNext.",
    /* Longer than the ASCII fast path's buffer. */
    "See HTTPS://Example.COM/A/Very/Long/Path/That/Goes/On/And/On/Index.HTML"
    "?Query=Yes now.",
    "",
};

static void test_matches_nlp_tokens(void **state) {
  sqlite3 *db = *state;
  static const char *unaccent[] = {"unaccent", "1"};
  static const char *punct[] = {"punct", "1"};
  seen_t got, want;
  for (size_t i = 0; i < sizeof(TEXTS) / sizeof(TEXTS[0]); i++) {
    int len = (int)strlen(TEXTS[i]);
    tokenize(db, NULL, 0, TEXTS[i], len, &got);
    expected(db, "kind <> 'punct'", TEXTS[i], len, "norm", &want);
    assert_string_equal(got.buf, want.buf);
    tokenize(db, unaccent, 2, TEXTS[i], len, &got);
    expected(db, "kind <> 'punct'", TEXTS[i], len, "nlp_unaccent(norm)", &want);
    assert_string_equal(got.buf, want.buf);
    tokenize(db, punct, 2, TEXTS[i], len, &got);
    expected(db, "1", TEXTS[i], len, "norm", &want);
    assert_string_equal(got.buf, want.buf);
  }
  /* And the examples are not trivially equal. */
  tokenize(db, unaccent, 2, TEXTS[0], (int)strlen(TEXTS[0]), &got);
  assert_non_null(strstr(got.buf, "lopez@3-9;"));
  assert_non_null(strstr(got.buf, "strasse@"));
  assert_non_null(strstr(got.buf, "fine@"));
  assert_null(strstr(got.buf, "\xE2\x80\x9C"));
}

/* Texts with NUL bytes, and their terms: NUL separates terms, as in
** unicode61, and the offsets still point into the text. */
static const struct {
  const char *text;
  int len;
  const char *terms;
} NUL_TEXTS[] = {
    {"x\0Y z", 5, "x@0-1;y@2-3;z@4-5;"},
    {"ab\0\0cd. Ef\0", 11, "ab@0-2;cd@4-6;ef@8-10;"},
    {"\0", 1, ""},
    {"L\xC3\xB3pez\0\xC3\x89mile", 13, "l\xC3\xB3pez@0-6;\xC3\xA9mile@7-13;"},
};

/* A NUL byte is no term: the tokens of nlp_tokens() but its "\0" tokens. */
static void test_nul_separates_terms(void **state) {
  sqlite3 *db = *state;
  seen_t got, want;
  for (size_t i = 0; i < sizeof(NUL_TEXTS) / sizeof(NUL_TEXTS[0]); i++) {
    tokenize(db, NULL, 0, NUL_TEXTS[i].text, NUL_TEXTS[i].len, &got);
    assert_string_equal(got.buf, NUL_TEXTS[i].terms);
    expected(db, "kind <> 'punct' AND token <> char(0)", NUL_TEXTS[i].text,
             NUL_TEXTS[i].len, "norm", &want);
    assert_string_equal(got.buf, want.buf);
  }
}

/* The first column of the one row of sql, as text ("" for NULL). */
static void query_text(sqlite3 *db, const char *sql, char *out, size_t cap) {
  sqlite3_stmt *st;
  const unsigned char *v;
  assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
  if (sqlite3_step(st) != SQLITE_ROW)
    fail_msg("%s: %s", sql, sqlite3_errmsg(db));
  v = sqlite3_column_text(st, 0);
  assert_true(strlen(v ? (const char *)v : "") < cap);
  strcpy(out, v ? (const char *)v : "");
  assert_int_equal(sqlite3_finalize(st), SQLITE_OK);
}

/* An index of texts with NUL bytes passes integrity-check, its fts5vocab
** reads (both failed with "database disk image is malformed"), both halves
** match, and highlight() marks the right characters. */
static void test_nul_in_index(void **state) {
  sqlite3 *db = *state;
  char got[256], want[256];
  assert_int_equal(
      sqlite3_exec(
          db,
          "CREATE VIRTUAL TABLE n USING fts5(b, tokenize = 'nlp');"
          "CREATE VIRTUAL TABLE u USING fts5(b, tokenize = 'unicode61');"
          "CREATE TEMP TABLE src(id INTEGER PRIMARY KEY, b TEXT);"
          "INSERT INTO src VALUES (1, 'x' || char(0) || 'Y'),"
          " (2, 'ab' || char(0) || char(0) || 'cd. Ef' || char(0)),"
          " (3, char(0));"
          "INSERT INTO n(rowid, b) SELECT id, b FROM src;"
          "INSERT INTO u(rowid, b) SELECT id, b FROM src;"
          "INSERT INTO n(n) VALUES ('integrity-check');"
          "CREATE VIRTUAL TABLE nv USING fts5vocab(n, 'row');"
          "CREATE VIRTUAL TABLE uv USING fts5vocab(u, 'row');",
          NULL, NULL, NULL),
      SQLITE_OK);
  query_text(db, "SELECT group_concat(term, ' ') FROM nv", got, sizeof(got));
  assert_string_equal(got, "ab cd ef x y");
  /* The same terms as unicode61 gives for these texts. */
  query_text(db, "SELECT group_concat(term, ' ') FROM uv", want, sizeof(want));
  assert_string_equal(got, want);
  /* Both halves match; "x y" is a phrase of adjacent terms. */
  query_text(db, "SELECT group_concat(rowid) FROM n WHERE n MATCH 'x'", got,
             sizeof(got));
  assert_string_equal(got, "1");
  query_text(db, "SELECT group_concat(rowid) FROM n WHERE n MATCH 'y'", got,
             sizeof(got));
  assert_string_equal(got, "1");
  query_text(db,
             "SELECT group_concat(rowid) FROM n WHERE n MATCH '\"x y\" OR ef'",
             got, sizeof(got));
  assert_string_equal(got, "1,2");
  /* highlight() marks the right characters. FTS5 copies the text between
  ** marks as a C string, which ends at a NUL: unicode61 loses the same bytes
  ** ("cd. " after the two NULs of row 2). */
  query_text(db,
             "SELECT group_concat(h, '|') FROM (SELECT highlight(n, 0, '[',"
             " ']') AS h FROM n WHERE n MATCH 'y OR ab OR ef' ORDER BY rowid)",
             got, sizeof(got));
  assert_string_equal(got, "x[Y]|[ab][Ef]");
  query_text(db,
             "SELECT group_concat(h, '|') FROM (SELECT highlight(u, 0, '[',"
             " ']') AS h FROM u WHERE u MATCH 'y OR ab OR ef' ORDER BY rowid)",
             want, sizeof(want));
  assert_string_equal(got, want);
  assert_int_equal(sqlite3_exec(db,
                                "DROP TABLE nv; DROP TABLE uv; DROP TABLE n;"
                                " DROP TABLE u; DROP TABLE src",
                                NULL, NULL, NULL),
                   SQLITE_OK);
}

static void test_bad_options(void **state) {
  sqlite3 *db = *state;
  static const char *const bad[] = {
      "CREATE VIRTUAL TABLE t1 USING fts5(x, tokenize='nlp bogus 1')",
      "CREATE VIRTUAL TABLE t2 USING fts5(x, tokenize='nlp unaccent 2')",
      "CREATE VIRTUAL TABLE t3 USING fts5(x, tokenize='nlp unaccent')",
  };
  for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
    assert_int_equal(sqlite3_exec(db, bad[i], NULL, NULL, NULL), SQLITE_ERROR);
    assert_string_equal(sqlite3_errmsg(db), "error in tokenizer constructor");
  }
  assert_int_equal(
      sqlite3_exec(db,
                   "CREATE VIRTUAL TABLE ok USING fts5(x,"
                   " tokenize='nlp UNACCENT 1 punct 0'); DROP TABLE ok",
                   NULL, NULL, NULL),
      SQLITE_OK);
}

/* fts5() stands in for a SQLite without FTS5: the function returns no
** fts5_api, and the extension still loads, without the tokenizer. */
static void no_fts5(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc, (void)argv;
  sqlite3_result_null(ctx);
}

static void test_without_fts5(void **state) {
  sqlite3 *db;
  char *err = NULL;
  (void)state;
  assert_int_equal(sqlite3_open(":memory:", &db), SQLITE_OK);
  assert_int_equal(sqlite3_create_function(db, "fts5", 1, SQLITE_UTF8, NULL,
                                           no_fts5, NULL, NULL),
                   SQLITE_OK);
  assert_int_equal(sqlite3_nlp_init(db, &err, NULL), SQLITE_OK);
  assert_null(err);
  assert_int_equal(sqlite3_exec(db,
                                "CREATE VIRTUAL TABLE t USING fts5(x,"
                                " tokenize='nlp')",
                                NULL, NULL, NULL),
                   SQLITE_ERROR);
  assert_string_equal(sqlite3_errmsg(db), "no such tokenizer: nlp");
  assert_int_equal(sqlite3_exec(db, "SELECT nlp_version()", NULL, NULL, NULL),
                   SQLITE_OK);
  assert_int_equal(sqlite3_close(db), SQLITE_OK);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_matches_nlp_tokens),
      cmocka_unit_test(test_nul_separates_terms),
      cmocka_unit_test(test_nul_in_index),
      cmocka_unit_test(test_bad_options),
      cmocka_unit_test(test_without_fts5),
  };
  return cmocka_run_group_tests_name("fts5", tests, setup, teardown);
}
