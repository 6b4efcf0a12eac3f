/*
** test_errors.c: core errors reach SQL with their detail (issue 12, point 8).
**
** Valid text never makes the core fail other than for lack of memory, so the
** failures come from a stand-in core iterator, "test_fail", run by the
** binding's own span table (nlp_register_table, binding.h): it reads its
** document one byte per row, and a digit d ends the rows with core status d;
** a document "!d..." fails to open with status d. The same iterator stands
** in for nlp_parts beside a copy of nlp_sentences (its follow table), so the
** part column meets a parts error mid-iteration.
**
** Each error must read "<function>(): " followed by nlp_errstr() of the
** status, with SQLITE_INTERRUPT for NLP_EINTR, and out of memory must stay
** SQLITE_NOMEM. The entry point must report sqlite3_errmsg() when a
** registration fails.
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#define SQLITE_CORE 1 /* binding.h: the in-process build, sqlite3.h */
#include "../../ext/sqlite/binding.h"
#include "sqlite-nlp.h"

#define OPEN_FAILS '!'      /* "!d": the iterator fails to open with d */
#define NLP_EUNKNOWN 9      /* a status the core does not define */
#define ROWS_BEFORE_ERROR 2 /* "ab" before the digit */

/* ---- the stand-in core iterator ------------------------------------- */

typedef struct fail_iter {
  const char *text;
  size_t len, at;
} fail_iter;

static int is_digit(char c) { return c >= '0' && c <= '9'; }

static int fail_open(const char *text, size_t len, nlp_check_fn check,
                     void *arg, void **iter) {
  fail_iter *it;
  (void)check, (void)arg;
  if (len >= 2 && text[0] == OPEN_FAILS && is_digit(text[1]))
    return text[1] - '0';
  it = calloc(1, sizeof(*it));
  if (!it)
    return NLP_ENOMEM;
  it->text = text;
  it->len = len;
  *iter = it;
  return NLP_OK;
}

/* One row per byte, each a caption; a digit is the status to fail with. */
static int fail_next(void *iter, void *row) {
  fail_iter *it = iter;
  nlp_part_t *p = row;
  if (it->at >= it->len)
    return NLP_DONE;
  if (is_digit(it->text[it->at]))
    return it->text[it->at] - '0';
  p->idx = it->at;
  p->byte_start = it->at;
  p->byte_end = ++it->at;
  p->paragraph = 0;
  p->kind = NLP_PART_CAPTION;
  return NLP_OK;
}

static void fail_close(void *iter) { free(iter); }

static void fail_span(const void *row, size_t *bs, size_t *be) {
  const nlp_part_t *p = row;
  *bs = p->byte_start;
  *be = p->byte_end;
}

static int fail_column(sqlite3_context *ctx, const nlp_span_cursor_t *c,
                       int i) {
  (void)ctx, (void)c, (void)i;
  return SQLITE_OK;
}

static const nlp_table_t fail_table = {
    .name = "test_fail",
    .schema = "CREATE TABLE x(idx INTEGER, piece TEXT, char_start INTEGER,"
              " char_end INTEGER, byte_start INTEGER, byte_end INTEGER,"
              " document HIDDEN)",
    .ncols = 6,
    .row_size = sizeof(nlp_part_t),
    .open = fail_open,
    .next = fail_next,
    .close = fail_close,
    .span = fail_span,
    .text_col = 1,
    .offsets_col = 2,
    .column = fail_column,
};

/* ---- setup ---------------------------------------------------------- */

static nlp_table_t sentences_copy; /* nlp_sentences following test_fail */

static int setup(void **state) {
  sqlite3 *db;
  char *err = NULL;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK)
    return -1;
  if (sqlite3_nlp_init(db, &err, NULL) != SQLITE_OK) {
    sqlite3_free(err);
    return -1;
  }
  sentences_copy = nlp_sentences_table;
  sentences_copy.name = "test_sentences";
  sentences_copy.follow = &fail_table;
  if (nlp_register_table(db, &fail_table) != SQLITE_OK ||
      nlp_register_table(db, &sentences_copy) != SQLITE_OK)
    return -1;
  *state = db;
  return 0;
}

static int teardown(void **state) {
  assert_int_equal(sqlite3_close(*state), SQLITE_OK);
  return 0;
}

/* Runs sql (one parameter, text) to its end: the number of rows before it
** stopped, its result code and its message in *rc and msg. */
static int run(sqlite3 *db, const char *sql, const char *text, int *rc,
               char *msg, size_t msg_size) {
  sqlite3_stmt *st;
  int rows = 0;
  assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
  sqlite3_bind_text(st, 1, text, -1, SQLITE_STATIC);
  while ((*rc = sqlite3_step(st)) == SQLITE_ROW)
    rows++;
  snprintf(msg, msg_size, "%s", sqlite3_errmsg(db));
  sqlite3_finalize(st);
  return rows;
}

/* "<fn>(): " and nlp_errstr(status): what the binding must report. */
static void expected(char *out, size_t size, const char *fn, int status) {
  snprintf(out, size, "%s(): %s", fn, nlp_errstr(status));
}

static int sqlite_code(int status) {
  return status == NLP_EINTR ? SQLITE_INTERRUPT : SQLITE_ERROR;
}

#define MSG_SIZE 200

static const int STATUSES[] = {NLP_EINVAL, NLP_ETOOBIG, NLP_EINTR,
                               NLP_EUNKNOWN};
#define NSTATUSES (sizeof(STATUSES) / sizeof(STATUSES[0]))

/* ---- tests ---------------------------------------------------------- */

/* A core error mid-iteration: the rows before it, then the core's text. */
static void test_error_mid_iteration(void **state) {
  for (size_t i = 0; i < NSTATUSES; i++) {
    char text[8], msg[MSG_SIZE], want[MSG_SIZE];
    int rc, rows;
    snprintf(text, sizeof(text), "ab%dcd", STATUSES[i]);
    rows =
        run(*state, "SELECT * FROM test_fail(?1)", text, &rc, msg, sizeof(msg));
    expected(want, sizeof(want), "test_fail", STATUSES[i]);
    assert_int_equal(rows, ROWS_BEFORE_ERROR);
    assert_int_equal(rc, sqlite_code(STATUSES[i]));
    assert_string_equal(msg, want);
  }
}

/* A core error before the first row reads the same. */
static void test_error_at_open(void **state) {
  for (size_t i = 0; i < NSTATUSES; i++) {
    char text[8], msg[MSG_SIZE], want[MSG_SIZE];
    int rc, rows;
    snprintf(text, sizeof(text), "%c%d", OPEN_FAILS, STATUSES[i]);
    rows =
        run(*state, "SELECT * FROM test_fail(?1)", text, &rc, msg, sizeof(msg));
    expected(want, sizeof(want), "test_fail", STATUSES[i]);
    assert_int_equal(rows, 0);
    assert_int_equal(rc, sqlite_code(STATUSES[i]));
    assert_string_equal(msg, want);
  }
}

/* Out of memory in the core is SQLITE_NOMEM, before or after rows. */
static void test_nomem(void **state) {
  static const char *const texts[] = {"ab2", "!2"};
  for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
    char msg[MSG_SIZE];
    int rc;
    run(*state, "SELECT * FROM test_fail(?1)", texts[i], &rc, msg, sizeof(msg));
    assert_int_equal(rc, SQLITE_NOMEM);
    assert_string_equal(msg, "out of memory");
  }
}

/* nlp_sentences' part column: a parts error, on the first part or after
** some, is an error with the core's text, never a default kind. */
static void test_part_error(void **state) {
  /* the error after two sentences, on the first part, at the parts' open */
  static const char *const texts[] = {"Ab. C%d. Ef.", "%d Ab. Cd.",
                                      "%c%d Ab. Cd."};
  static const int rows_before[] = {2, 0, 0};
  for (size_t t = 0; t < sizeof(texts) / sizeof(texts[0]); t++)
    for (size_t i = 0; i < NSTATUSES; i++) {
      char text[32], msg[MSG_SIZE], want[MSG_SIZE];
      int rc, rows;
      if (t == 2)
        snprintf(text, sizeof(text), texts[t], OPEN_FAILS, STATUSES[i]);
      else
        snprintf(text, sizeof(text), texts[t], STATUSES[i]);
      rows = run(*state, "SELECT part FROM test_sentences(?1)", text, &rc, msg,
                 sizeof(msg));
      expected(want, sizeof(want), "test_sentences", STATUSES[i]);
      assert_int_equal(rows, rows_before[t]);
      assert_int_equal(rc, sqlite_code(STATUSES[i]));
      assert_string_equal(msg, want);
    }
}

/* The parts that do come give the part column: here captions. */
static void test_part_rows(void **state) {
  char msg[MSG_SIZE];
  int rc;
  assert_int_equal(run(*state,
                       "SELECT part FROM test_sentences(?1)"
                       " WHERE part = 'caption'",
                       "Ab. Cd. Ef.", &rc, msg, sizeof(msg)),
                   3);
  assert_int_equal(rc, SQLITE_DONE);
}

/* Out of memory in the parts is SQLITE_NOMEM. */
static void test_part_nomem(void **state) {
  char msg[MSG_SIZE];
  int rc;
  run(*state, "SELECT part FROM test_sentences(?1)", "Ab. C2. Ef.", &rc, msg,
      sizeof(msg));
  assert_int_equal(rc, SQLITE_NOMEM);
  assert_string_equal(msg, "out of memory");
}

/* A failed registration reports SQLite's own message for it: here the
** scalars cannot be replaced while a statement that uses one is running. */
static void test_init_message(void **state) {
  sqlite3 *db = *state;
  sqlite3_stmt *st;
  char *err = NULL;
  assert_int_equal(
      sqlite3_prepare_v2(db, "SELECT nlp_version()", -1, &st, NULL), SQLITE_OK);
  assert_int_equal(sqlite3_step(st), SQLITE_ROW);
  assert_int_equal(sqlite3_nlp_init(db, &err, NULL), SQLITE_BUSY);
  assert_non_null(err);
  assert_string_equal(err, "sqlite-nlp: cannot register scalar functions: "
                           "unable to delete/modify user-function due to "
                           "active statements");
  sqlite3_free(err);
  err = NULL;
  assert_int_equal(sqlite3_finalize(st), SQLITE_OK);
  /* once the statement is done, registering again works */
  assert_int_equal(sqlite3_nlp_init(db, &err, NULL), SQLITE_OK);
  assert_null(err);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_error_mid_iteration),
      cmocka_unit_test(test_error_at_open),
      cmocka_unit_test(test_nomem),
      cmocka_unit_test(test_part_error),
      cmocka_unit_test(test_part_rows),
      cmocka_unit_test(test_part_nomem),
      cmocka_unit_test(test_init_message),
  };
  return cmocka_run_group_tests_name("errors", tests, setup, teardown);
}
