/*
** test_query_plan.c: EXPLAIN QUERY PLAN of lateral joins. A table function
** over a column of a table (`FROM articles a, nlp_entities(a.body) e`)
** must read the table first and then the function once per row, whatever
** the order of the FROM clause: xBestIndex refuses a plan without the
** document (SQLITE_CONSTRAINT), so the table function cannot be the outer
** loop. The plan text is asserted exactly, one line per loop, outer first
** ("SCAN a|SCAN e VIRTUAL TABLE INDEX 1:"; INDEX 1 is the idxNum of the
** document constraint, in the format of SQLite 3.36 and later).
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include <sqlite3.h>

#include "sqlite-nlp.h"

static int setup(void **state) {
  sqlite3 *db;
  char *err = NULL;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK)
    return -1;
  if (sqlite3_nlp_init(db, &err, NULL) != SQLITE_OK ||
      sqlite3_exec(db,
                   "CREATE TABLE articles(id INTEGER PRIMARY KEY, body TEXT);"
                   "INSERT INTO articles(body) VALUES ('Angela Merkel met "
                   "Joe Biden. They spoke.'), ('Paris is in France.');",
                   NULL, NULL, &err) != SQLITE_OK) {
    sqlite3_free(err);
    sqlite3_close(db);
    return -1;
  }
  *state = db;
  return 0;
}

static int teardown(void **state) {
  assert_int_equal(sqlite3_close(*state), SQLITE_OK);
  return 0;
}

/* The plan of sql: the detail column of EXPLAIN QUERY PLAN, in its order,
** joined by '|'. */
static void plan_of(sqlite3 *db, const char *sql, char *out, size_t cap) {
  sqlite3_stmt *st;
  char eqp[1024];
  size_t n = 0;
  int rc;
  snprintf(eqp, sizeof eqp, "EXPLAIN QUERY PLAN %s", sql);
  assert_int_equal(sqlite3_prepare_v2(db, eqp, -1, &st, NULL), SQLITE_OK);
  out[0] = 0;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    n += (size_t)snprintf(out + n, cap - n, "%s%s", n ? "|" : "",
                          (const char *)sqlite3_column_text(st, 3));
    assert_true(n < cap);
  }
  assert_int_equal(rc, SQLITE_DONE);
  assert_int_equal(sqlite3_finalize(st), SQLITE_OK);
}

/* The number of rows sql returns (the plan also runs). */
static int rows_of(sqlite3 *db, const char *sql) {
  sqlite3_stmt *st;
  int rc, rows = 0;
  assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
  while ((rc = sqlite3_step(st)) == SQLITE_ROW)
    rows++;
  assert_int_equal(rc, SQLITE_DONE);
  assert_int_equal(sqlite3_finalize(st), SQLITE_OK);
  return rows;
}

#define assert_plan(db, sql, want)                                             \
  do {                                                                         \
    char got_[1024];                                                           \
    plan_of(db, sql, got_, sizeof got_);                                       \
    assert_string_equal(got_, want);                                           \
  } while (0)

/* nlp_entities, nlp_sentences and nlp_tokens: the table, then the function
** per row; also with the function first in FROM, and with JOIN. */
static void test_lateral_join(void **state) {
  sqlite3 *db = *state;
  assert_plan(db,
              "SELECT a.id, e.entity FROM articles a, nlp_entities(a.body) e",
              "SCAN a|SCAN e VIRTUAL TABLE INDEX 1:");
  assert_plan(
      db, "SELECT a.id, s.sentence FROM articles a, nlp_sentences(a.body) s",
      "SCAN a|SCAN s VIRTUAL TABLE INDEX 1:");
  assert_plan(db, "SELECT a.id, t.token FROM articles a, nlp_tokens(a.body) t",
              "SCAN a|SCAN t VIRTUAL TABLE INDEX 1:");
  assert_plan(db,
              "SELECT a.id, e.entity FROM nlp_entities(a.body) e, articles a",
              "SCAN a|SCAN e VIRTUAL TABLE INDEX 1:");
  assert_plan(db,
              "SELECT a.id, t.token FROM nlp_tokens(a.body) t JOIN articles a",
              "SCAN a|SCAN t VIRTUAL TABLE INDEX 1:");
  /* and the joins run: 2 + 1 sentences, 9 + 5 tokens */
  assert_int_equal(
      rows_of(db, "SELECT 1 FROM articles a, nlp_sentences(a.body) s"), 3);
  assert_int_equal(
      rows_of(db, "SELECT 1 FROM nlp_tokens(a.body) t, articles a"), 14);
}

/* One article by its key: a search, then the function once. */
static void test_one_row(void **state) {
  sqlite3 *db = *state;
  assert_plan(db,
              "SELECT e.entity FROM articles a, nlp_entities(a.body) e "
              "WHERE a.id = 2",
              "SEARCH a USING INTEGER PRIMARY KEY (rowid=?)|"
              "SCAN e VIRTUAL TABLE INDEX 1:");
  assert_int_equal(rows_of(db, "SELECT e.entity FROM articles a, "
                               "nlp_entities(a.body) e WHERE a.id = 2"),
                   2);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_setup_teardown(test_lateral_join, setup, teardown),
      cmocka_unit_test_setup_teardown(test_one_row, setup, teardown),
  };
  return cmocka_run_group_tests_name("query_plan", tests, NULL, NULL);
}
