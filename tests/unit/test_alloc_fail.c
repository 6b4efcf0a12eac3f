/*
** test_alloc_fail.c: the core's API when memory runs out (issue 17.5).
**
** As SQLite tests itself: a counting allocator (nlp_set_allocator) fails the
** Nth allocation, for N = 1, 2, ... until the call succeeds, for every entry
** point of the core (nlp_userlist_* too) and three inputs (the sample article,
*empty text, about
** 1 MB made by repeating it; for 1 MB a strided set of N keeps the time
** short). Each failure must return NLP_ENOMEM (nlp_sentence_count:
** (size_t)-1), leave no block allocated once the objects are freed, and the
** next call must work and give the same rows as before.
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "nlp.h"
#include "util.h"

/* ---------------------------------------------------------------- */
/* The counting allocator                                            */
/* ---------------------------------------------------------------- */

#define HEADER 16 /* size_t size before each block, keeps 16-byte alignment */

static struct {
  size_t count;       /* allocations since the last reset */
  size_t fail_at;     /* the allocation that fails (1-based), 0: none */
  int failed;         /* whether it did */
  size_t outstanding; /* bytes allocated and not freed */
  size_t blocks;      /* blocks allocated and not freed */
} mem;

/* One more allocation: 0 when it is the one that must fail. */
static int mem_grant(void) {
  mem.count++;
  if (mem.fail_at && mem.count == mem.fail_at) {
    mem.failed = 1;
    return 0;
  }
  return 1;
}

static void *count_malloc(size_t n) {
  unsigned char *p;
  assert_true(n > 0); /* the contract of nlp_allocator_t */
  if (!mem_grant() || !(p = malloc(n + HEADER)))
    return NULL;
  memcpy(p, &n, sizeof n);
  mem.outstanding += n;
  mem.blocks++;
  return p + HEADER;
}

static void *count_realloc(void *q, size_t n) {
  unsigned char *p = (unsigned char *)q - HEADER, *g;
  size_t old;
  assert_non_null(q);
  assert_true(n > 0);
  if (!mem_grant())
    return NULL;
  memcpy(&old, p, sizeof old);
  if (!(g = realloc(p, n + HEADER)))
    return NULL;
  memcpy(g, &n, sizeof n);
  mem.outstanding = mem.outstanding - old + n;
  return g + HEADER;
}

static void count_free(void *q) {
  unsigned char *p = (unsigned char *)q - HEADER;
  size_t n;
  assert_non_null(q);
  memcpy(&n, p, sizeof n);
  assert_true(mem.outstanding >= n && mem.blocks > 0);
  mem.outstanding -= n;
  mem.blocks--;
  free(p);
}

static const nlp_allocator_t COUNTING = {count_malloc, count_realloc,
                                         count_free};

/* Arms the allocator: allocation fail_at fails (0: none). */
static void mem_arm(size_t fail_at) {
  mem.count = 0;
  mem.fail_at = fail_at;
  mem.failed = 0;
}

/* ---------------------------------------------------------------- */
/* The entry points, each run from start to end                      */
/* ---------------------------------------------------------------- */

/* A call of the core over text[0..len): its status (NLP_OK when it ran to
** the end) and *rows, a digest of what it produced. */
typedef int (*job_fn)(const char *text, size_t len, size_t *rows);

/* FNV-1a of n bytes at p into h (p may be NULL). */
static size_t mix(size_t h, const void *p, size_t n) {
  const unsigned char *b = p;
  for (size_t i = 0; p && i < n; i++)
    h = (h ^ b[i]) * 1099511628211u;
  return h;
}

/* A digest of one row of each iterator: everything it reports. */
static size_t digest_sentence(const nlp_sentence_t *r) {
  return mix(0, r, sizeof *r);
}
static size_t digest_token(const nlp_token_t *r) {
  return mix(mix(0, r, 4 * sizeof(size_t)), &r->kind, sizeof r->kind);
}
static size_t digest_part(const nlp_part_t *r) {
  return mix(mix(0, r, 4 * sizeof(size_t)), &r->kind, sizeof r->kind);
}
static size_t digest_entity(const nlp_entity_t *r) {
  size_t h = mix(0, r, 4 * sizeof(size_t));
  h = mix(h, &r->label, sizeof r->label);
  h = mix(h, r->canonical, r->canonical ? strlen(r->canonical) + 1 : 0);
  return mix(h, r->value, r->value ? strlen(r->value) + 1 : 0);
}
static size_t digest_quote(const nlp_quote_t *r) {
  size_t h = mix(0, r, 5 * sizeof(size_t));
  h = mix(h, r->speaker, r->speaker_len);
  h = mix(h, &r->mention_start, 2 * sizeof(size_t));
  return mix(h, &r->verb_start, 2 * sizeof(size_t));
}

/* Runs an iterator to its end: NLP_OK, or the first error; *rows sums the
** digests of its rows. */
#define DRAIN(rowtype, itertype, newcall, nextfn, freefn, digest)              \
  do {                                                                         \
    rowtype row;                                                               \
    itertype *it = NULL;                                                       \
    int rc = newcall;                                                          \
    *rows = 0;                                                                 \
    if (rc != NLP_OK)                                                          \
      return rc;                                                               \
    while ((rc = nextfn(it, &row)) == NLP_OK)                                  \
      *rows = *rows * 31 + digest(&row);                                       \
    freefn(it);                                                                \
    return rc == NLP_DONE ? NLP_OK : rc;                                       \
  } while (0)

static int job_sentences(const char *text, size_t len, size_t *rows) {
  DRAIN(nlp_sentence_t, nlp_sentences_t, nlp_sentences_new(text, len, &it),
        nlp_sentences_next, nlp_sentences_free, digest_sentence);
}

static int job_tokens(const char *text, size_t len, size_t *rows) {
  DRAIN(nlp_token_t, nlp_tokens_t, nlp_tokens_new(text, len, &it),
        nlp_tokens_next, nlp_tokens_free, digest_token);
}

static int job_parts(const char *text, size_t len, size_t *rows) {
  DRAIN(nlp_part_t, nlp_parts_t, nlp_parts_new(text, len, &it), nlp_parts_next,
        nlp_parts_free, digest_part);
}

/* The entities of text with model m (NULL: the built-in one). */
static int entities_with(const nlp_model_t *m, const char *text, size_t len,
                         size_t *rows) {
  DRAIN(nlp_entity_t, nlp_entities_t, nlp_entities_new(m, text, len, &it),
        nlp_entities_next, nlp_entities_free, digest_entity);
}

static int job_entities(const char *text, size_t len, size_t *rows) {
  return entities_with(NULL, text, len, rows);
}

static int job_quotes(const char *text, size_t len, size_t *rows) {
  DRAIN(nlp_quote_t, nlp_quotes_t, nlp_quotes_new(text, len, &it),
        nlp_quotes_next, nlp_quotes_free, digest_quote);
}

static int job_sentence_count(const char *text, size_t len, size_t *rows) {
  *rows = nlp_sentence_count(text, len);
  return *rows == (size_t)-1 ? NLP_ENOMEM : NLP_OK;
}

typedef int (*transform_fn)(const char *, size_t, char **, size_t *);

static int transform(transform_fn f, const char *text, size_t len,
                     size_t *rows) {
  char *out = NULL;
  size_t n = 0;
  int rc = f(text, len, &out, &n);
  *rows = n;
  if (rc == NLP_OK) {
    assert_non_null(out);
    assert_int_equal(strlen(out) <= n, 1);
  } else {
    assert_null(out);
  }
  nlp_free(out);
  return rc;
}

static int nfkd(const char *text, size_t len, char **out, size_t *n) {
  return nlp_normalize(text, len, NLP_NFKD, out, n);
}
static int job_normalize(const char *text, size_t len, size_t *rows) {
  return transform(nfkd, text, len, rows);
}
static int job_casefold(const char *text, size_t len, size_t *rows) {
  return transform(nlp_casefold, text, len, rows);
}
static int job_unaccent(const char *text, size_t len, size_t *rows) {
  return transform(nlp_unaccent, text, len, rows);
}

/* The entities of text with a user's list of entries, an alias and a stop
** name (nlp_userlist_*), the list built in the same run. */
static int userlist_entities(const nlp_userlist_t *ul, const char *text,
                             size_t len, size_t *rows) {
  DRAIN(nlp_entity_t, nlp_userlist_entities_t,
        nlp_userlist_entities_new(ul, NULL, text, len, NULL, NULL, &it),
        nlp_userlist_entities_next, nlp_userlist_entities_free, digest_entity);
}

static int job_userlist(const char *text, size_t len, size_t *rows) {
  nlp_userlist_t *ul = NULL;
  int rc = nlp_userlist_new(&ul);
  *rows = 0;
  if (rc == NLP_OK)
    rc = nlp_userlist_add_entry(ul, "Getty Images", 12, NLP_LABEL_ORG,
                                "Getty Images Inc", 16);
  if (rc == NLP_OK)
    rc = nlp_userlist_add_entry(ul, "border crossings", 16, NLP_LABEL_EVENT,
                                NULL, 0);
  if (rc == NLP_OK)
    rc = nlp_userlist_add_alias(ul, "Texas", 5, "State of Texas", 14);
  if (rc == NLP_OK)
    rc = nlp_userlist_add_stop(ul, "Blinken", 7);
  if (rc == NLP_OK)
    rc = userlist_entities(ul, text, len, rows);
  nlp_userlist_free(ul);
  return rc;
}

/* The committed model file (data/ner.model), read once. */
static unsigned char *model_bytes;
static size_t model_len;

/* nlp_model_load, then the entities of text with the loaded model. */
static int job_model(const char *text, size_t len, size_t *rows) {
  nlp_model_t *m = NULL;
  int rc = nlp_model_load(model_bytes, model_len, &m);
  *rows = 0;
  if (rc != NLP_OK) {
    assert_null(m);
    return rc;
  }
  rc = entities_with(m, text, len, rows);
  nlp_model_free(m);
  return rc;
}

/* ---------------------------------------------------------------- */
/* The failure loop                                                  */
/* ---------------------------------------------------------------- */

/* The inputs: the sample article, empty text, ~1 MB of the article. */
static char *sample, *big;
static size_t sample_len, big_len;
#define BIG_BYTES (1024 * 1024)
#define BIG_STRIDES 8 /* failure points spread over the 1 MB run */

/* Runs job once with allocation fail_at failing: its status and rows;
** asserts nothing stays allocated. */
static int run_once(job_fn job, const char *text, size_t len, size_t fail_at,
                    size_t *rows) {
  int rc;
  mem_arm(fail_at);
  rc = job(text, len, rows);
  if (mem.outstanding || mem.blocks)
    fail_msg("%zu bytes in %zu blocks leaked (failing allocation %zu)",
             mem.outstanding, mem.blocks, fail_at);
  return rc;
}

/* Fails allocation n of job over text; asserts the outcome and that the
** next call works. Returns 0 once n is past the call's last allocation. */
static int fail_nth(job_fn job, const char *text, size_t len, size_t n,
                    size_t want_rows, const char *what) {
  size_t rows, small_rows;
  int rc = run_once(job, text, len, n, &rows);
  if (!mem.failed) {
    assert_int_equal(rc, NLP_OK);
    assert_int_equal(rows, want_rows);
    return 0;
  }
  if (rc == NLP_OK) {
    /* the failure was absorbed: the result must still be whole */
    if (rows != want_rows)
      fail_msg("%s: allocation %zu failed, NLP_OK with other rows", what, n);
  } else if (rc != NLP_ENOMEM) {
    fail_msg("%s: allocation %zu failed, status %d (%s)", what, n, rc,
             nlp_errstr(rc));
  }
  /* the next call works */
  assert_int_equal(run_once(job, "One. Two.", 9, 0, &small_rows), NLP_OK);
  return 1;
}

/* Every N for a small input; for a big one the first few, a strided set
** and the last few of its `total` allocations. */
static void fail_all(job_fn job, const char *text, size_t len,
                     const char *what) {
  size_t want, total, again;
  assert_int_equal(run_once(job, text, len, 0, &want), NLP_OK);
  total = mem.count;
  if (len < BIG_BYTES / 2 || total < 3 * BIG_STRIDES) {
    for (size_t n = 1; fail_nth(job, text, len, n, want, what); n++)
      assert_true(n <= total);
  } else {
    for (size_t n = 1; n <= 4; n++)
      assert_true(fail_nth(job, text, len, n, want, what));
    for (size_t i = 1; i < BIG_STRIDES; i++)
      assert_true(
          fail_nth(job, text, len, total * i / BIG_STRIDES, want, what));
    for (size_t n = total - 1; fail_nth(job, text, len, n, want, what); n++)
      assert_true(n <= total);
  }
  /* and the same call again, whole */
  assert_int_equal(run_once(job, text, len, 0, &again), NLP_OK);
  assert_int_equal(again, want);
  print_message("%-16s %8zu bytes: %zu allocations\n", what, len, total);
}

static void fail_inputs(job_fn job, const char *name) {
  char what[64];
  snprintf(what, sizeof what, "%s/sample", name);
  fail_all(job, sample, sample_len, what);
  snprintf(what, sizeof what, "%s/empty", name);
  fail_all(job, "", 0, what);
  snprintf(what, sizeof what, "%s/1MB", name);
  fail_all(job, big, big_len, what);
}

static void test_sentences(void **state) {
  (void)state;
  fail_inputs(job_sentences, "sentences");
}
static void test_sentence_count(void **state) {
  (void)state;
  fail_inputs(job_sentence_count, "sentence_count");
}
static void test_tokens(void **state) {
  (void)state;
  fail_inputs(job_tokens, "tokens");
}
static void test_parts(void **state) {
  (void)state;
  fail_inputs(job_parts, "parts");
}
static void test_entities(void **state) {
  (void)state;
  fail_inputs(job_entities, "entities");
}
static void test_quotes(void **state) {
  (void)state;
  fail_inputs(job_quotes, "quotes");
}
static void test_normalize(void **state) {
  (void)state;
  fail_inputs(job_normalize, "normalize");
}
static void test_casefold(void **state) {
  (void)state;
  fail_inputs(job_casefold, "casefold");
}
static void test_unaccent(void **state) {
  (void)state;
  fail_inputs(job_unaccent, "unaccent");
}

static void test_userlist(void **state) {
  (void)state;
  fail_inputs(job_userlist, "userlist");
}

/* nlp_model_load and entities with the loaded model, on the sample. */
static void test_model(void **state) {
  (void)state;
  if (!model_bytes)
    skip();
  fail_all(job_model, sample, sample_len, "model/sample");
  fail_all(job_model, "", 0, "model/empty");
}

/* Text with accents, case and compatibility forms for the Unicode calls. */
static void test_unicode_text(void **state) {
  static const char t[] = "Ｓtraße, López, ﬁne\xff and e\xcc\x81 \0 Ångström.";
  (void)state;
  fail_all(job_normalize, t, sizeof t - 1, "normalize/unicode");
  fail_all(job_casefold, t, sizeof t - 1, "casefold/unicode");
  fail_all(job_unaccent, t, sizeof t - 1, "unaccent/unicode");
}

/* nlp_set_allocator: checks its argument, is used, and NULL restores the
** C library's. */
static void test_set_allocator(void **state) {
  nlp_allocator_t bad = {count_malloc, NULL, count_free};
  size_t rows;
  (void)state;
  assert_int_equal(nlp_set_allocator(&bad), NLP_EINVAL);
  assert_ptr_equal(nlp_get_allocator(), &COUNTING);
  assert_int_equal(run_once(job_entities, sample, sample_len, 0, &rows),
                   NLP_OK);
  assert_true(mem.count > 0);
  assert_int_equal(nlp_set_allocator(NULL), NLP_OK);
  assert_true(nlp_get_allocator()->xMalloc == malloc);
  assert_true(nlp_get_allocator()->xFree == free);
  mem_arm(0);
  assert_int_equal(job_entities(sample, sample_len, &rows), NLP_OK);
  assert_int_equal(mem.count, 0);
  assert_int_equal(nlp_set_allocator(&COUNTING), NLP_OK);
}

static int setup(void **state) {
  const char *src = getenv("NLP_SOURCE_DIR");
  char path[4096];
  (void)state;
  if (!src)
    src = ".";
  snprintf(path, sizeof path, "%s/sample/seed_article.txt", src);
  sample = nlp_test_read_file(path, &sample_len);
  if (!sample)
    return -1;
  big = malloc(BIG_BYTES + sample_len + 2);
  if (!big)
    return -1;
  for (big_len = 0; big_len < BIG_BYTES; big_len += sample_len + 2) {
    memcpy(big + big_len, sample, sample_len);
    memcpy(big + big_len + sample_len, "\n\n", 2);
  }
  snprintf(path, sizeof path, "%s/data/ner.model", src);
  model_bytes = (unsigned char *)nlp_test_read_file(path, &model_len);
  return nlp_set_allocator(&COUNTING) == NLP_OK ? 0 : -1;
}

static int teardown(void **state) {
  (void)state;
  nlp_set_allocator(NULL);
  free(sample);
  free(big);
  free(model_bytes);
  return 0;
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_set_allocator),  cmocka_unit_test(test_sentences),
      cmocka_unit_test(test_sentence_count), cmocka_unit_test(test_tokens),
      cmocka_unit_test(test_parts),          cmocka_unit_test(test_normalize),
      cmocka_unit_test(test_casefold),       cmocka_unit_test(test_unaccent),
      cmocka_unit_test(test_unicode_text),   cmocka_unit_test(test_entities),
      cmocka_unit_test(test_quotes),         cmocka_unit_test(test_userlist),
      cmocka_unit_test(test_model),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
