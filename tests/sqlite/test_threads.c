/*
** test_threads.c: every registered nlp* function, run from 8 threads at
** once, each thread with its own connection, gives the same results as a
** single thread.
**
** Functions are listed at run time from pragma_function_list and
** pragma_module_list, so functions added later are covered with no change
** here. Texts: sample/seed_article.txt (NLP_SOURCE_DIR) and, when
** NLP_DATA_DIR has it, the first ~120 KB of news/bbc.txt cut at blank
** lines. Each (function, text) result is a hash of all its rows (or of its
** error message). Built with -DNLP_TSAN=ON, ThreadSanitizer checks the same
** run for data races (./run.sh tsan).
*/
#include <pthread.h>
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

#define NTHREADS 8
#define MAX_TEXTS 64
#define MAX_CALLS 64

typedef struct call {
  char sql[160];
  int nargs; /* parameters: ?1 = text, ?2 = 'NFKC' */
} call_t;

typedef struct fixture {
  char *texts[MAX_TEXTS];
  size_t lens[MAX_TEXTS];
  int ntexts;
  call_t calls[MAX_CALLS];
  int ncalls;
  uint64_t expected[MAX_CALLS][MAX_TEXTS];
} fixture_t;

typedef struct worker {
  const fixture_t *fx;
  int id;
  int mismatches, runs, errors;
} worker_t;

static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  char *buf = NULL;
  long n;
  if (!f)
    return NULL;
  if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 &&
      fseek(f, 0, SEEK_SET) == 0 && (buf = malloc((size_t)n + 1)) != NULL) {
    if (fread(buf, 1, (size_t)n, f) != (size_t)n) {
      free(buf);
      buf = NULL;
    } else {
      buf[n] = 0;
      *len = (size_t)n;
    }
  }
  fclose(f);
  return buf;
}

static void add_text(fixture_t *fx, const char *s, size_t n) {
  char *t;
  if (fx->ntexts == MAX_TEXTS)
    return;
  t = malloc(n + 1);
  assert_non_null(t);
  memcpy(t, s, n);
  t[n] = 0;
  fx->texts[fx->ntexts] = t;
  fx->lens[fx->ntexts++] = n;
}

static sqlite3 *open_db(void) {
  sqlite3 *db;
  char *err = NULL;
  assert_int_equal(sqlite3_open(":memory:", &db), SQLITE_OK);
  assert_int_equal(sqlite3_nlp_init(db, &err, NULL), SQLITE_OK);
  return db;
}

/* FNV-1a of every row of the call over text, or of its error message. */
static uint64_t run_call(sqlite3 *db, const call_t *c, const char *text,
                         size_t len, int *err) {
  uint64_t h = 1469598103934665603ULL;
  sqlite3_stmt *st;
  int rc;
#define MIX(b) (h = (h ^ (uint8_t)(b)) * 1099511628211ULL)
  if (sqlite3_prepare_v2(db, c->sql, -1, &st, NULL) != SQLITE_OK) {
    *err = 1;
    return 0;
  }
  if (c->nargs >= 1)
    sqlite3_bind_text64(st, 1, text, len, SQLITE_STATIC, SQLITE_UTF8);
  if (c->nargs >= 2)
    sqlite3_bind_text(st, 2, "NFKC", -1, SQLITE_STATIC);
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    for (int i = 0; i < sqlite3_column_count(st); i++) {
      const unsigned char *v = sqlite3_column_blob(st, i);
      int n = sqlite3_column_bytes(st, i);
      MIX(sqlite3_column_type(st, i));
      for (int k = 0; k < n; k++)
        MIX(v[k]);
    }
    MIX('\n');
  }
  if (rc != SQLITE_DONE)
    for (const char *m = sqlite3_errmsg(db); *m; m++)
      MIX(*m);
  MIX(rc);
#undef MIX
  sqlite3_finalize(st);
  return h;
}

/* Every nlp* scalar (with 0, 1 or 2 arguments) and table-valued function. */
static void list_calls(fixture_t *fx, sqlite3 *db) {
  sqlite3_stmt *st;
  assert_int_equal(
      sqlite3_prepare_v2(db,
                         "SELECT name, narg, 0 FROM pragma_function_list "
                         "WHERE name LIKE 'nlp%' AND narg BETWEEN -1 AND 2 "
                         "UNION SELECT name, 1, 1 FROM pragma_module_list "
                         "WHERE name LIKE 'nlp%' ORDER BY 1, 2",
                         -1, &st, NULL),
      SQLITE_OK);
  while (sqlite3_step(st) == SQLITE_ROW && fx->ncalls < MAX_CALLS) {
    const char *name = (const char *)sqlite3_column_text(st, 0);
    int narg = sqlite3_column_int(st, 1), table = sqlite3_column_int(st, 2);
    call_t *c = &fx->calls[fx->ncalls++];
    if (narg < 0)
      narg = 1;
    c->nargs = narg;
    if (table) {
      /* A table without a text argument (nlp_labels) is read whole. */
      sqlite3_stmt *probe = NULL;
      snprintf(c->sql, sizeof(c->sql), "SELECT * FROM %s(?1)", name);
      if (sqlite3_prepare_v2(db, c->sql, -1, &probe, NULL) != SQLITE_OK) {
        snprintf(c->sql, sizeof(c->sql), "SELECT * FROM %s", name);
        c->nargs = 0;
      }
      sqlite3_finalize(probe);
    } else
      snprintf(c->sql, sizeof(c->sql), "SELECT %s(%s)", name,
               narg == 0   ? ""
               : narg == 1 ? "?1"
                           : "?1, ?2");
  }
  assert_int_equal(sqlite3_finalize(st), SQLITE_OK);
}

static int teardown(void **state);

static int setup(void **state) {
  fixture_t *fx = calloc(1, sizeof(*fx));
  const char *src = getenv("NLP_SOURCE_DIR"), *data = getenv("NLP_DATA_DIR");
  char path[4096];
  char *buf;
  size_t len;
  sqlite3 *db;
  if (!fx)
    return -1;
  snprintf(path, sizeof(path), "%s/sample/seed_article.txt", src ? src : ".");
  buf = read_file(path, &len);
  if (!buf) {
    fprintf(stderr, "test_threads: cannot read %s\n", path);
    free(fx);
    return -1;
  }
  add_text(fx, buf, len);
  add_text(fx, buf, len / 3); /* a cut mid-text */
  free(buf);
  add_text(fx, "", 0);
  add_text(fx, "L\xC3\xB3pez said \xE2\x80\x9Chi.\xE2\x80\x9D \x80\xFF Then.",
           27);
  snprintf(path, sizeof(path), "%s/news/bbc.txt", data ? data : "");
  if (data && *data && (buf = read_file(path, &len)) != NULL) {
    /* Chunks of about 4 KB cut at blank lines, 120 KB in all. */
    size_t at = 0;
    while (at < len && at < 120000 && fx->ntexts < MAX_TEXTS) {
      const char *cut = strstr(buf + at + (len - at > 4000 ? 4000 : 0), "\n\n");
      size_t end = cut ? (size_t)(cut - buf) : len;
      add_text(fx, buf + at, end - at);
      at = end + 2;
    }
    free(buf);
  }
  db = open_db();
  list_calls(fx, db);
  for (int c = 0; c < fx->ncalls; c++)
    for (int t = 0; t < fx->ntexts; t++) {
      int err = 0;
      fx->expected[c][t] =
          run_call(db, &fx->calls[c], fx->texts[t], fx->lens[t], &err);
      if (err) {
        fprintf(stderr, "test_threads: cannot prepare %s\n", fx->calls[c].sql);
        sqlite3_close(db);
        teardown((void **)&fx);
        *state = NULL;
        return -1;
      }
    }
  *state = fx;
  if (sqlite3_close(db) != SQLITE_OK) {
    teardown(state);
    return -1;
  }
  return 0;
}

static int teardown(void **state) {
  fixture_t *fx = *state;
  if (!fx)
    return 0;
  for (int i = 0; i < fx->ntexts; i++)
    free(fx->texts[i]);
  free(fx);
  return 0;
}

static void *work(void *arg) {
  worker_t *w = arg;
  const fixture_t *fx = w->fx;
  sqlite3 *db;
  char *err = NULL;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK ||
      sqlite3_nlp_init(db, &err, NULL) != SQLITE_OK) {
    w->errors++;
    sqlite3_free(err);
    sqlite3_close(db);
    return NULL;
  }
  /* Each thread starts at a different call, so different functions run at
  ** the same moment. */
  for (int k = 0; k < fx->ncalls; k++) {
    int c = (k + w->id) % fx->ncalls;
    for (int t = 0; t < fx->ntexts; t++) {
      int e = 0;
      uint64_t h = run_call(db, &fx->calls[c], fx->texts[t], fx->lens[t], &e);
      w->runs++;
      if (e)
        w->errors++;
      if (h != fx->expected[c][t])
        w->mismatches++;
    }
  }
  if (sqlite3_close(db) != SQLITE_OK)
    w->errors++;
  return NULL;
}

/* Sanity: the list covers the known functions and the texts give rows. */
static void test_calls_listed(void **state) {
  fixture_t *fx = *state;
  int sentences = 0, tokens = 0;
  for (int c = 0; c < fx->ncalls; c++) {
    if (!strcmp(fx->calls[c].sql, "SELECT * FROM nlp_sentences(?1)"))
      sentences = 1;
    if (!strcmp(fx->calls[c].sql, "SELECT * FROM nlp_tokens(?1)"))
      tokens = 1;
  }
  assert_true(sentences && tokens);
  assert_true(fx->ncalls >= 6);
  assert_true(fx->ntexts >= 4);
  /* Different texts give different results (the hash sees the rows). */
  assert_true(fx->expected[0][0] != fx->expected[0][2]);
}

static void test_eight_threads(void **state) {
  fixture_t *fx = *state;
  pthread_t th[NTHREADS];
  worker_t w[NTHREADS];
  int runs = 0;
  for (int i = 0; i < NTHREADS; i++) {
    memset(&w[i], 0, sizeof(w[i]));
    w[i].fx = fx;
    w[i].id = i;
    assert_int_equal(pthread_create(&th[i], NULL, work, &w[i]), 0);
  }
  for (int i = 0; i < NTHREADS; i++) {
    assert_int_equal(pthread_join(th[i], NULL), 0);
    assert_int_equal(w[i].errors, 0);
    assert_int_equal(w[i].mismatches, 0);
    runs += w[i].runs;
  }
  assert_int_equal(runs, NTHREADS * fx->ncalls * fx->ntexts);
  print_message("%d threads x %d calls x %d texts: all equal\n", NTHREADS,
                fx->ncalls, fx->ntexts);
}

/* One connection shared by the threads (SQLite serializes it): the
** table-valued functions give the same rows, no crash. (Scalars are left
** out: an error message read after sqlite3_step() may be another
** thread's.) */
typedef struct shared_worker {
  const fixture_t *fx;
  sqlite3 *db;
  int id, mismatches;
} shared_worker_t;

static void *work_shared(void *arg) {
  shared_worker_t *w = arg;
  const fixture_t *fx = w->fx;
  for (int t = 0; t < fx->ntexts && t < 8; t++) {
    int c = (t + w->id) % fx->ncalls, e = 0;
    if (strncmp(fx->calls[c].sql, "SELECT * FROM", 13) != 0)
      continue;
    if (run_call(w->db, &fx->calls[c], fx->texts[t], fx->lens[t], &e) !=
            fx->expected[c][t] ||
        e)
      w->mismatches++;
  }
  return NULL;
}

static void test_shared_connection(void **state) {
  fixture_t *fx = *state;
  pthread_t th[NTHREADS];
  shared_worker_t w[NTHREADS];
  sqlite3 *db;
  if (sqlite3_threadsafe() != 1)
    skip(); /* needs serialized mode */
  db = open_db();
  for (int i = 0; i < NTHREADS; i++) {
    w[i].fx = fx, w[i].db = db, w[i].id = i, w[i].mismatches = 0;
    assert_int_equal(pthread_create(&th[i], NULL, work_shared, &w[i]), 0);
  }
  for (int i = 0; i < NTHREADS; i++) {
    assert_int_equal(pthread_join(th[i], NULL), 0);
    assert_int_equal(w[i].mismatches, 0);
  }
  assert_int_equal(sqlite3_close(db), SQLITE_OK);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_calls_listed),
      cmocka_unit_test(test_eight_threads),
      cmocka_unit_test(test_shared_connection),
  };
  return cmocka_run_group_tests_name("threads", tests, setup, teardown);
}
