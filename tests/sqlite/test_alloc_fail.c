/*
** test_alloc_fail.c: the extension when SQLite's memory runs out (issue
** 17.5), tested as SQLite tests itself.
**
** SQLITE_CONFIG_MALLOC installs a wrapper over SQLite's default allocator
** that fails the Nth allocation once armed (only around the statement
** under test: the connection is opened and the statement prepared before).
** For every SQL function and table function of the extension (found with
** PRAGMA function_list and module_list, so new ones are covered too), the
** FTS5 tokenizer, and the inputs (the sample article as text and as a BLOB,
** empty text, about 1 MB made by repeating the article), N runs 1, 2, ...
** until the statement succeeds, failing allocation N alone and N and every
** one after it (for a run of over ALL_N_MAX allocations, the BLOB and 1 MB,
** a strided set of N, failing once, keeps the time short).
** Each failure must be SQLITE_NOMEM, the connection must still work, and
** once it is closed sqlite3_memory_used() must be back where it was: the
** core allocates through SQLite (nlp_set_allocator), so a leak of the core
** shows there too.
**
** Also: the core's memory counts in sqlite3_memory_used() while a cursor is
** open, and sqlite3_hard_heap_limit64() bounds it.
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <cmocka.h>

#include <sqlite3.h>

#include "sqlite-nlp.h"

/* ---------------------------------------------------------------- */
/* The failing allocator                                             */
/* ---------------------------------------------------------------- */

static sqlite3_mem_methods orig; /* SQLite's default methods */

static struct {
  int armed;      /* counting allocations */
  long count;     /* allocations since armed */
  long fail_at;   /* the first allocation that fails (1-based) */
  int persistent; /* every allocation after it fails too */
  int failed;     /* whether one did */
} mem;

/* One more allocation: 0 when it must fail. */
static int mem_grant(void) {
  if (!mem.armed)
    return 1;
  mem.count++;
  if (mem.count == mem.fail_at || (mem.persistent && mem.count > mem.fail_at)) {
    mem.failed = 1;
    return 0;
  }
  return 1;
}

static void *fail_malloc(int n) { return mem_grant() ? orig.xMalloc(n) : NULL; }

static void *fail_realloc(void *p, int n) {
  return mem_grant() ? orig.xRealloc(p, n) : NULL;
}

static void mem_arm(long fail_at, int persistent) {
  mem.count = 0;
  mem.fail_at = fail_at;
  mem.persistent = persistent;
  mem.failed = 0;
  mem.armed = 1;
}

/* ---------------------------------------------------------------- */
/* The inputs and the statements                                     */
/* ---------------------------------------------------------------- */

static char *sample, *big;
static int sample_len, big_len;
#define BIG_BYTES (1024 * 1024)

typedef struct input {
  const char *name;
  const char *text;
  int len;
  int blob;    /* bound as a BLOB (read as UTF-8 bytes) */
  int strided; /* a strided set of N only (BLOB: its conversion comes first) */
} input_t;

/* One statement under test: setup (unarmed, may use ?1), then sql (armed,
** ?1 is the input). */
typedef struct job {
  char name[64];
  char setup[512];
  char sql[256];
} job_t;

static void bind_input(sqlite3_stmt *st, const input_t *in) {
  if (sqlite3_bind_parameter_count(st) < 1)
    return;
  if (in->blob)
    assert_int_equal(sqlite3_bind_blob(st, 1, in->text, in->len, SQLITE_STATIC),
                     SQLITE_OK);
  else
    assert_int_equal(sqlite3_bind_text(st, 1, in->text, in->len, SQLITE_STATIC),
                     SQLITE_OK);
}

/* A digest of the rows of st (FNV-1a over types and values); sets *rc to
** the statement's status (SQLITE_DONE, or an error; SQLITE_NOMEM also when
** a value could not be read). */
static uint64_t run_rows(sqlite3_stmt *st, int *rc) {
  uint64_t h = 1469598103934665603u;
  while ((*rc = sqlite3_step(st)) == SQLITE_ROW) {
    for (int i = 0; i < sqlite3_column_count(st); i++) {
      int type = sqlite3_column_type(st, i);
      const unsigned char *p = NULL;
      int n = 0;
      sqlite3_int64 v;
      double d;
      if (type == SQLITE_INTEGER) {
        v = sqlite3_column_int64(st, i);
        p = (const unsigned char *)&v, n = sizeof v;
      } else if (type == SQLITE_FLOAT) {
        d = sqlite3_column_double(st, i);
        p = (const unsigned char *)&d, n = sizeof d;
      } else if (type == SQLITE_TEXT || type == SQLITE_BLOB) {
        p = type == SQLITE_TEXT ? sqlite3_column_text(st, i)
                                : sqlite3_column_blob(st, i);
        n = sqlite3_column_bytes(st, i);
        if (!p && n) {
          *rc = SQLITE_NOMEM;
          return h;
        }
      }
      h = (h ^ (uint64_t)type) * 1099511628211u;
      for (int k = 0; k < n; k++)
        h = (h ^ p[k]) * 1099511628211u;
    }
  }
  return h;
}

/* Runs the setup statements of job on db, unarmed. */
static void run_setup(sqlite3 *db, const job_t *job, const input_t *in) {
  const char *sql = job->setup;
  while (*sql) {
    sqlite3_stmt *st;
    const char *tail;
    int rc;
    assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, &tail), SQLITE_OK);
    if (st) {
      bind_input(st, in);
      run_rows(st, &rc);
      assert_int_equal(rc, SQLITE_DONE);
      sqlite3_finalize(st);
    }
    sql = tail;
  }
}

static sqlite3 *open_db(void) {
  sqlite3 *db = NULL;
  assert_int_equal(sqlite3_open(":memory:", &db), SQLITE_OK);
  return db;
}

/* The connection works: a scalar of the extension and a table function. */
static void assert_works(sqlite3 *db) {
  sqlite3_stmt *st;
  assert_int_equal(sqlite3_prepare_v2(db,
                                      "SELECT nlp_sentence_count('One. Two.'),"
                                      " (SELECT count(*) FROM nlp_tokens('a "
                                      "b'))",
                                      -1, &st, NULL),
                   SQLITE_OK);
  assert_int_equal(sqlite3_step(st), SQLITE_ROW);
  assert_int_equal(sqlite3_column_int(st, 0), 2);
  assert_int_equal(sqlite3_column_int(st, 1), 2);
  sqlite3_finalize(st);
}

/* One run of job over in, allocation fail_at failing (0: none): the
** statement's status and its digest in *h. Asserts the connection works
** afterwards and that closing it frees everything. */
static int run_job(const job_t *job, const input_t *in, long fail_at,
                   int persistent, uint64_t *h) {
  sqlite3_int64 before = sqlite3_memory_used();
  sqlite3 *db = open_db();
  sqlite3_stmt *st;
  int rc;
  run_setup(db, job, in);
  assert_int_equal(sqlite3_prepare_v2(db, job->sql, -1, &st, NULL), SQLITE_OK);
  bind_input(st, in);
  mem_arm(fail_at, persistent);
  *h = run_rows(st, &rc);
  mem.armed = 0;
  if (rc == SQLITE_DONE)
    rc = SQLITE_OK;
  if (rc != SQLITE_OK && rc != SQLITE_NOMEM)
    print_message("%s/%s: allocation %ld failed: %s\n", job->name, in->name,
                  fail_at, sqlite3_errmsg(db));
  sqlite3_finalize(st);
  assert_works(db);
  assert_int_equal(sqlite3_close(db), SQLITE_OK);
  if (sqlite3_memory_used() != before)
    fail_msg("%s/%s: %lld bytes leaked (failing allocation %ld)", job->name,
             in->name, (long long)(sqlite3_memory_used() - before), fail_at);
  return rc;
}

/* Fails allocation n (and, persistent, all after it); asserts SQLITE_NOMEM
** or the whole result. Returns 0 once n is past the statement's last. */
static int fail_nth(const job_t *job, const input_t *in, long n, int persistent,
                    uint64_t want) {
  uint64_t h;
  int rc = run_job(job, in, n, persistent, &h);
  if (!mem.failed) {
    assert_int_equal(rc, SQLITE_OK);
    assert_true(h == want);
    return 0;
  }
  if (rc == SQLITE_OK) {
    if (h != want)
      fail_msg("%s/%s: allocation %ld failed: SQLITE_OK with other rows",
               job->name, in->name, n);
  } else if (rc != SQLITE_NOMEM) {
    fail_msg("%s/%s: allocation %ld failed: status %d, not SQLITE_NOMEM",
             job->name, in->name, n, rc);
  }
  return 1;
}

/* Every N, failing once and failing on, for a run of at most ALL_N_MAX
** allocations; for a longer one (many rows: nlp_tokens makes a few
** allocations per row), and for the BLOB and 1 MB inputs, the first
** FIRST_N, STRIDES (BIG_STRIDES for 1 MB) points spread over the run and
** the last, failing once (on 1 MB, the first BIG_FIRST_N only). */
#define ALL_N_MAX 1000
#define FIRST_N 16
#define STRIDES 24
#define BIG_STRIDES 3 /* 1 MB: each run takes a while */
#define BIG_FIRST_N 4 /* and its first allocations are the sample's */
static void fail_all(const job_t *job, const input_t *in) {
  uint64_t want;
  long total;
  clock_t t0 = clock();
  assert_int_equal(run_job(job, in, 0, 0, &want), SQLITE_OK);
  total = mem.count;
  if (total <= ALL_N_MAX && !in->strided) {
    for (int persistent = 0; persistent <= 1; persistent++)
      for (long n = 1; fail_nth(job, in, n, persistent, want); n++)
        assert_true(n <= total);
  } else {
    int big_input = in->len >= BIG_BYTES / 2;
    long strides = big_input ? BIG_STRIDES : STRIDES;
    long first = big_input ? BIG_FIRST_N : FIRST_N;
    long last = total > first ? total : first + 1; /* then total + 1 */
    for (long n = 1; n <= first && n <= total; n++)
      assert_true(fail_nth(job, in, n, 0, want));
    for (long i = 1; i < strides && total > first + strides; i++)
      assert_true(
          fail_nth(job, in, first + (total - first) * i / strides, 0, want));
    for (long n = last; fail_nth(job, in, n, 0, want); n++)
      assert_true(n <= total);
  }
  print_message("%-22s %-7s %8d bytes: %6ld allocations, %.2f s\n", job->name,
                in->name, in->len, total,
                (double)(clock() - t0) / CLOCKS_PER_SEC);
}

static input_t inputs[4];

static void fail_inputs(const job_t *job) {
  for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++)
    fail_all(job, &inputs[i]);
}

/* ---------------------------------------------------------------- */
/* The tests                                                         */
/* ---------------------------------------------------------------- */

/* The functions of the extension, as they would be called on one text:
** every nlp_* function of one argument (or none), every nlp_* table
** function with the text (or none). Fills jobs; returns their number. */
static int list_jobs(job_t *jobs, int cap) {
  sqlite3 *db = open_db();
  sqlite3_stmt *st;
  int n = 0;
  assert_int_equal(
      sqlite3_prepare_v2(db,
                         "SELECT name, narg, 'f' FROM pragma_function_list "
                         "WHERE name LIKE 'nlp%' AND narg IN (0, 1) "
                         "UNION SELECT name, 1, 't' FROM pragma_module_list "
                         "WHERE name LIKE 'nlp%' ORDER BY 1, 2",
                         -1, &st, NULL),
      SQLITE_OK);
  while (sqlite3_step(st) == SQLITE_ROW && n < cap) {
    const char *name = (const char *)sqlite3_column_text(st, 0);
    int narg = sqlite3_column_int(st, 1);
    int table = *sqlite3_column_text(st, 2) == 't';
    snprintf(jobs[n].name, sizeof jobs[n].name, "%s/%d", name, narg);
    jobs[n].setup[0] = 0;
    if (table)
      snprintf(jobs[n].sql, sizeof jobs[n].sql, "SELECT * FROM %s(?1)", name);
    else
      snprintf(jobs[n].sql, sizeof jobs[n].sql, "SELECT %s(%s)", name,
               narg ? "?1" : "");
    n++;
  }
  sqlite3_finalize(st);
  sqlite3_close(db);
  return n;
}

/* Whether job runs on the sample as written; a table function that takes
** no text (nlp_labels) is called without it. */
static int job_runs(job_t *job) {
  sqlite3 *db = open_db();
  sqlite3_stmt *st;
  int ok = sqlite3_prepare_v2(db, job->sql, -1, &st, NULL) == SQLITE_OK;
  sqlite3_finalize(st);
  if (!ok && strstr(job->sql, "(?1)") && strstr(job->sql, "FROM")) {
    *strstr(job->sql, "(?1)") = 0;
    ok = sqlite3_prepare_v2(db, job->sql, -1, &st, NULL) == SQLITE_OK;
    sqlite3_finalize(st);
  }
  sqlite3_close(db);
  return ok;
}

/* Every SQL function and table function of the extension. */
static void test_functions(void **state) {
  static const char *const must[] = {
      "nlp_sentences/1",     "nlp_tokens/1",         "nlp_entities/1",
      "nlp_quotes/1",        "nlp_parts/1",          "nlp_labels/1",
      "nlp_normalize/1",     "nlp_casefold/1",       "nlp_unaccent/1",
      "nlp_version/0",       "nlp_sentence_count/1", "nlp_sentences_json/1",
      "nlp_entities_json/1", "nlp_debug/0"};
  job_t jobs[64];
  int n = list_jobs(jobs, 64), ran = 0;
  (void)state;
  for (size_t k = 0; k < sizeof must / sizeof must[0]; k++) {
    int found = 0;
    for (int i = 0; i < n; i++)
      found |= strcmp(jobs[i].name, must[k]) == 0;
    if (!found)
      fail_msg("%s is not registered", must[k]);
  }
  for (int i = 0; i < n; i++) {
    if (!job_runs(&jobs[i])) {
      print_message("%s: not callable with one text, skipped\n", jobs[i].name);
      continue;
    }
    fail_inputs(&jobs[i]);
    ran++;
  }
  assert_true(ran >= (int)(sizeof must / sizeof must[0]));
}

/* nlp_normalize with its form argument. */
static void test_normalize_form(void **state) {
  job_t job = {"nlp_normalize/2", "", "SELECT nlp_normalize(?1, 'NFKD')"};
  (void)state;
  fail_inputs(&job);
}

/* nlp_entities configured with the user's tables (entries, aliases, stop):
** reading them and using them. */
static void test_entities_config(void **state) {
  job_t job = {
      "nlp_entities(config)",
      "CREATE TABLE e(phrase TEXT, label TEXT, canonical TEXT);"
      "INSERT INTO e VALUES ('Getty Images', 'ORG', 'Getty Images Inc'),"
      " ('border crossings', 'EVENT', NULL);"
      "CREATE TABLE a(name TEXT, canonical TEXT);"
      "INSERT INTO a VALUES ('Texas', 'State of Texas');"
      "CREATE TABLE s(name TEXT);"
      "INSERT INTO s VALUES ('Blinken');"
      "CREATE VIRTUAL TABLE ner USING nlp_entities(entries = 'e',"
      " aliases = 'a', stop = 's')",
      "SELECT * FROM ner(?1)"};
  (void)state;
  fail_inputs(&job);
}

/* The FTS5 tokenizer "nlp": indexing, and a query that reads the text again
** (highlight). */
static void test_fts5(void **state) {
  job_t insert = {"fts5 insert",
                  "CREATE VIRTUAL TABLE t USING fts5(body, tokenize='nlp')",
                  "INSERT INTO t VALUES (?1)"};
  job_t query = {"fts5 query",
                 "CREATE VIRTUAL TABLE t USING fts5(body, tokenize='nlp "
                 "unaccent 1');"
                 "INSERT INTO t VALUES (?1)",
                 "SELECT rowid, highlight(t, 0, '[', ']') FROM t "
                 "WHERE t MATCH 'mexican OR asylum'"};
  (void)state;
  fail_inputs(&insert);
  fail_inputs(&query);
}

/* The core's memory counts in sqlite3_memory_used() while a cursor over
** nlp_entities of 1 MB is open (SQLite's copies of the text alone take
** 2 MB), and is all given back when the statement ends. */
static void test_memory_counted(void **state) {
  sqlite3 *db = open_db();
  sqlite3_stmt *st;
  sqlite3_int64 before, open;
  (void)state;
  assert_int_equal(
      sqlite3_prepare_v2(db, "SELECT * FROM nlp_entities(?1)", -1, &st, NULL),
      SQLITE_OK);
  assert_int_equal(sqlite3_bind_text(st, 1, big, big_len, SQLITE_STATIC),
                   SQLITE_OK);
  before = sqlite3_memory_used();
  assert_int_equal(sqlite3_step(st), SQLITE_ROW);
  open = sqlite3_memory_used();
  print_message("memory_used: %lld before, %lld with the cursor open (1 MB)\n",
                (long long)before, (long long)open);
  /* SQLite's copy of the argument and the cursor's take 2 MB; the core's
  ** rows and names of the text (about 0.8 MB, 20 bytes a row) count too */
  assert_true(open - before > 2 * (sqlite3_int64)big_len + big_len / 4);
  assert_int_equal(sqlite3_reset(st), SQLITE_OK);
  assert_true(sqlite3_memory_used() <= before);
  sqlite3_finalize(st);
  sqlite3_close(db);
}

#define LIMIT_TEXTS 3 /* the heap limit: the memory in use + 3 MB */

/* count(*) of nlp_entities over text on db: its status, count in *n. */
static int count_entities(sqlite3 *db, const char *text, int len, int *n) {
  sqlite3_stmt *st;
  int rc;
  assert_int_equal(sqlite3_prepare_v2(db,
                                      "SELECT count(*) FROM nlp_entities(?1)",
                                      -1, &st, NULL),
                   SQLITE_OK);
  sqlite3_bind_text(st, 1, text, len, SQLITE_STATIC);
  rc = sqlite3_step(st);
  *n = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : -1;
  sqlite3_finalize(st);
  return rc;
}

/* A hard heap limit that SQLite's copies of 1 MB of text fit under (two, as
** above) but the core's memory for its entities does not: SQLITE_NOMEM ("out of
*memory"), then the same connection finds the
** sample's entities under the limit, and the 1 MB ones without it. */
static void test_heap_limit(void **state) {
  sqlite3 *db = open_db();
  int n, want;
  (void)state;
  assert_int_equal(count_entities(db, big, big_len, &want), SQLITE_ROW);
  sqlite3_hard_heap_limit64(sqlite3_memory_used() +
                            LIMIT_TEXTS * (sqlite3_int64)big_len);
  assert_int_equal(count_entities(db, big, big_len, &n), SQLITE_NOMEM);
  assert_string_equal(sqlite3_errmsg(db), "out of memory");
  assert_int_equal(count_entities(db, sample, sample_len, &n), SQLITE_ROW);
  assert_true(n > 0);
  sqlite3_hard_heap_limit64(0);
  assert_int_equal(count_entities(db, big, big_len, &n), SQLITE_ROW);
  assert_int_equal(n, want);
  sqlite3_close(db);
}

static int setup(void **state) {
  const char *src = getenv("NLP_SOURCE_DIR");
  char path[4096];
  sqlite3_mem_methods wrap;
  FILE *f;
  long n;
  (void)state;
  snprintf(path, sizeof path, "%s/sample/seed_article.txt", src ? src : ".");
  if (!(f = fopen(path, "rb")))
    return -1;
  if (fseek(f, 0, SEEK_END) || (n = ftell(f)) <= 0) {
    fclose(f);
    return -1;
  }
  rewind(f);
  sample = malloc((size_t)n);
  if (!sample || fread(sample, 1, (size_t)n, f) != (size_t)n) {
    fclose(f);
    return -1;
  }
  fclose(f);
  sample_len = (int)n;
  big = malloc(BIG_BYTES + (size_t)n + 2);
  if (!big)
    return -1;
  for (big_len = 0; big_len < BIG_BYTES; big_len += sample_len + 2) {
    memcpy(big + big_len, sample, (size_t)sample_len);
    memcpy(big + big_len + sample_len, "\n\n", 2);
  }
  inputs[0] = (input_t){"sample", sample, sample_len, 0, 0};
  inputs[1] = (input_t){"blob", sample, sample_len, 1, 1};
  inputs[2] = (input_t){"empty", "", 0, 0, 0};
  inputs[3] = (input_t){"1MB", big, big_len, 0, 1};
  /* before sqlite3_initialize (which sqlite3_auto_extension calls) */
  if (sqlite3_config(SQLITE_CONFIG_GETMALLOC, &orig) != SQLITE_OK)
    return -1;
  wrap = orig;
  wrap.xMalloc = fail_malloc;
  wrap.xRealloc = fail_realloc;
  if (sqlite3_config(SQLITE_CONFIG_MALLOC, &wrap) != SQLITE_OK)
    return -1;
  return sqlite3_auto_extension((void (*)(void))sqlite3_nlp_init);
}

static int teardown(void **state) {
  (void)state;
  free(sample);
  free(big);
  return 0;
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_memory_counted),
      cmocka_unit_test(test_heap_limit),
      cmocka_unit_test(test_functions),
      cmocka_unit_test(test_normalize_form),
      cmocka_unit_test(test_entities_config),
      cmocka_unit_test(test_fts5),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
