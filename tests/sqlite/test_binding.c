/* test_binding.c: the SQL layer, linked in-process (SQLITE_CORE). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
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

static sqlite3_int64 int_of(sqlite3 *db, const char *sql) {
  sqlite3_stmt *st;
  sqlite3_int64 v;
  assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
  assert_int_equal(sqlite3_step(st), SQLITE_ROW);
  v = sqlite3_column_int64(st, 0);
  assert_int_equal(sqlite3_finalize(st), SQLITE_OK);
  return v;
}

static void test_sentences(void **state) {
  sqlite3 *db = *state;
  assert_int_equal(
      int_of(db, "SELECT count(*) FROM nlp_sentences('A b. C d.')"), 2);
  assert_int_equal(int_of(db, "SELECT count(*) FROM nlp_sentences(NULL)"), 0);
  assert_int_equal(int_of(db, "SELECT nlp_sentence_count('One. Two. Three.')"),
                   3);
}

/* Offsets agree with substr() on text with multi-byte and broken UTF-8. */
static void test_offsets_blob(void **state) {
  sqlite3 *db = *state;
  sqlite3_stmt *st;
  const char text[] = "L\xC3\xB3pez said \xE2\x80\x9Chi.\xE2\x80\x9D \x80\xFF "
                      "Then \xC3\x80\x80 he left.";
  int rows = 0;
  assert_int_equal(
      sqlite3_prepare_v2(
          db,
          "SELECT count(*), sum(substr(CAST(?1 AS TEXT), char_start + 1,"
          " char_end - char_start) = token) FROM nlp_tokens(CAST(?1 AS TEXT))",
          -1, &st, NULL),
      SQLITE_OK);
  sqlite3_bind_blob(st, 1, text, (int)sizeof(text) - 1, SQLITE_STATIC);
  while (sqlite3_step(st) == SQLITE_ROW) {
    assert_true(sqlite3_column_int(st, 0) > 5);
    assert_int_equal(sqlite3_column_int(st, 0), sqlite3_column_int(st, 1));
    rows++;
  }
  assert_int_equal(rows, 1);
  assert_int_equal(sqlite3_finalize(st), SQLITE_OK);
}

static void test_auto_extension(void **state) {
  sqlite3 *db2;
  (void)state;
  assert_int_equal(sqlite3_auto_extension((void (*)(void))sqlite3_nlp_init),
                   SQLITE_OK);
  assert_int_equal(sqlite3_open(":memory:", &db2), SQLITE_OK);
  assert_int_equal(int_of(db2, "SELECT count(*) FROM nlp_tokens('a b c')"), 3);
  assert_int_equal(sqlite3_close(db2), SQLITE_OK);
  sqlite3_reset_auto_extension();
}

/* Wrong calls fail with a message that names the function. */
static void test_errors(void **state) {
  static const struct {
    const char *sql, *msg;
  } cases[] = {
      {"SELECT nlp_casefold()",
       "wrong number of arguments to function nlp_casefold()"},
      {"SELECT nlp_unaccent(1, 2)",
       "wrong number of arguments to function nlp_unaccent()"},
      {"SELECT nlp_sentences_json()",
       "wrong number of arguments to function nlp_sentences_json()"},
      {"SELECT nlp_normalize('x', 'NFX')",
       "nlp_normalize(): unknown form 'NFX' (expected NFC, NFD, NFKC or NFKD)"},
      {"SELECT nlp_normalize('x', NULL)",
       "nlp_normalize(): unknown form 'NULL' (expected NFC, NFD, NFKC or "
       "NFKD)"},
      {"SELECT * FROM nlp_sentences", "nlp_sentences(): missing text argument"},
      {"SELECT * FROM nlp_tokens()", "nlp_tokens(): missing text argument"},
      {"SELECT * FROM nlp_quotes()", "nlp_quotes(): missing text argument"},
      {"SELECT * FROM nlp_parts", "nlp_parts(): missing text argument"},
      {"SELECT * FROM nlp_sentences('a', 'b')",
       "too many arguments on nlp_sentences() - max 1"},
  };
  sqlite3 *db = *state;
  for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    char *err = NULL;
    int rc = sqlite3_exec(db, cases[i].sql, NULL, NULL, &err);
    assert_int_not_equal(rc, SQLITE_OK);
    assert_non_null(err);
    assert_string_equal(err, cases[i].msg);
    sqlite3_free(err);
  }
}

/* norm is nlp_casefold() of the token, whichever way fold.c takes: short
** and long ASCII (no utf8proc call), accents, ß, malformed UTF-8. */
static void test_norm_is_casefold(void **state) {
  sqlite3 *db = *state;
  sqlite3_stmt *st;
  const char text[] = "Gov. L\xC3\x93PEZ Stra\xC3\x9F\x65 \xFF\x80 "
                      "HTTPS://EXAMPLE.COM/AVERYLONGPATHTHATISMORETHANSIXTYFOUR"
                      "BYTESLONGSOTHEFOLDALLOCATES/INDEX.HTML \xC3\x89"
                      "COLE.";
  assert_int_equal(sqlite3_prepare_v2(
                       db,
                       "SELECT count(*), sum(norm IS nlp_casefold(token)),"
                       " max(length(token)) FROM nlp_tokens(CAST(?1 AS TEXT))",
                       -1, &st, NULL),
                   SQLITE_OK);
  sqlite3_bind_blob(st, 1, text, (int)sizeof(text) - 1, SQLITE_STATIC);
  assert_int_equal(sqlite3_step(st), SQLITE_ROW);
  assert_true(sqlite3_column_int(st, 0) > 5);
  assert_int_equal(sqlite3_column_int(st, 0), sqlite3_column_int(st, 1));
  assert_true(sqlite3_column_int(st, 2) > 64); /* NLP_FOLD_SMALL */
  assert_int_equal(sqlite3_finalize(st), SQLITE_OK);
}

/* JSON output keeps a real U+FFFD and writes a malformed character, here an
** encoded surrogate (ED BF BD, which ends like U+FFFD), as \ufffd. */
static void test_json_malformed(void **state) {
  sqlite3 *db = *state;
  sqlite3_stmt *st;
  assert_int_equal(sqlite3_prepare_v2(
                       db,
                       "SELECT nlp_sentences_json(CAST(x'61EDBFBD2E' AS TEXT))"
                       " ->> '$[0].sentence' = 'a' || char(65533) || '.',"
                       " instr(nlp_sentences_json(CAST(x'61EDBFBD2E' AS TEXT)),"
                       " '\\ufffd') > 0,"
                       " hex(nlp_sentences_json(CAST(x'61EFBFBD2E' AS TEXT))"
                       " ->> '$[0].sentence')",
                       -1, &st, NULL),
                   SQLITE_OK);
  assert_int_equal(sqlite3_step(st), SQLITE_ROW);
  assert_int_equal(sqlite3_column_int(st, 0), 1);
  assert_int_equal(sqlite3_column_int(st, 1), 1);
  assert_string_equal((const char *)sqlite3_column_text(st, 2), "61EFBFBD2E");
  assert_int_equal(sqlite3_finalize(st), SQLITE_OK);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_sentences),
      cmocka_unit_test(test_offsets_blob),
      cmocka_unit_test(test_auto_extension),
      cmocka_unit_test(test_errors),
      cmocka_unit_test(test_json_malformed),
      cmocka_unit_test(test_norm_is_casefold),
  };
  return cmocka_run_group_tests_name("binding", tests, setup, teardown);
}
