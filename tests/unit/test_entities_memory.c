/*
** test_entities_memory.c: the entity finder's memory on long texts (issue
** 17 point 6). The rows of a long text are kept as 20-byte records in
** blocks, and the tagger's token cache is freed as it is read, so the peak
** of allocated bytes grows with the entities of the text at about 20 bytes
** each, not with its tokens (it was 136 bytes an entity, plus the whole
** cache, before). The bytes are counted by an allocator set with
** nlp_set_allocator(); no test here measures time.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "nlp.h"

/* ---- a counting allocator: bytes in use and their peak -------------- */

static size_t in_use, peak;

#define HDR 16 /* the block's size, before it (keeps 16-byte alignment) */

static void *count_malloc(size_t n) {
  unsigned char *p = malloc(n + HDR);
  if (!p)
    return NULL;
  memcpy(p, &n, sizeof n);
  in_use += n;
  if (in_use > peak)
    peak = in_use;
  return p + HDR;
}

static void *count_realloc(void *q, size_t n) {
  unsigned char *p = (unsigned char *)q - HDR, *r;
  size_t old;
  memcpy(&old, p, sizeof old);
  r = realloc(p, n + HDR);
  if (!r)
    return NULL;
  memcpy(r, &n, sizeof n);
  in_use = in_use - old + n;
  if (in_use > peak)
    peak = in_use;
  return r + HDR;
}

static void count_free(void *q) {
  unsigned char *p = (unsigned char *)q - HDR;
  size_t old;
  memcpy(&old, p, sizeof old);
  in_use -= old;
  free(p);
}

static const nlp_allocator_t COUNTING = {count_malloc, count_realloc,
                                         count_free};

/* An article of our own: names, a money amount, a percent, a date, an age;
** no dateline and no date relative to another (its copies read alike). */
static const char ARTICLE[] =
    "Acme Corp said on Tuesday, March 5, 2024, that its chief executive, "
    "Maria Lopez, would visit Toronto and Berlin. Shares of Acme rose 4 "
    "percent to $12.50 in New York. Lopez, 52, said she expected sales of 3 "
    "million units, and the Ontario Teachers' Pension Plan said its stake "
    "was worth 40 million dollars.\n\n";

/* copies of ARTICLE, NUL-terminated; *len: its length */
static char *copies(size_t n, size_t *len) {
  size_t al = sizeof ARTICLE - 1;
  char *t = malloc(al * n + 1);
  assert_non_null(t);
  for (size_t i = 0; i < n; i++)
    memcpy(t + i * al, ARTICLE, al);
  t[al * n] = 0;
  *len = al * n;
  return t;
}

/* One row, compared across copies. */
typedef struct row {
  size_t bs, be, sentence;
  nlp_label_t label;
  char value[64], canonical[64];
} row_t;

/* The rows of text[0..len) into rows (of max); their count. */
static size_t rows_of(const char *text, size_t len, row_t *rows, size_t max) {
  nlp_entities_t *it;
  nlp_entity_t e;
  size_t n = 0;
  assert_int_equal(nlp_entities_new(NULL, text, len, &it), NLP_OK);
  while (nlp_entities_next(it, &e) == NLP_OK) {
    assert_true(n < max);
    rows[n].bs = e.byte_start;
    rows[n].be = e.byte_end;
    rows[n].sentence = e.sentence;
    rows[n].label = e.label;
    snprintf(rows[n].value, sizeof rows[n].value, "%s", e.value ? e.value : "");
    snprintf(rows[n].canonical, sizeof rows[n].canonical, "%s",
             e.canonical ? e.canonical : "");
    n++;
  }
  nlp_entities_free(it);
  return n;
}

/* 4,000 copies of an article (1.2 MB: many tagger blocks, row blocks and
** cache chunks) have the same rows, shifted, in every copy, and those of
** two copies (a single copy differs: "Shares of Acme" needs "Acme" written
** twice in the text); no boundary of the blocks the finder works in
** changes a row. */
static void test_copies_alike(void **state) {
  size_t reps = 4000, len, len2, n2, n1, n, sents;
  char *two = copies(2, &len2), *text = copies(reps, &len);
  row_t *r2 = calloc(128, sizeof *r2), *r = calloc(64 * reps, sizeof *r);
  (void)state;
  assert_non_null(r2);
  assert_non_null(r);
  n2 = rows_of(two, len2, r2, 128);
  assert_true(n2 % 2 == 0 && n2 >= 20);
  n1 = n2 / 2;
  sents = r2[n1].sentence; /* the first sentence of the second copy */
  n = rows_of(text, len, r, 64 * reps);
  assert_int_equal(n, n1 * reps);
  for (size_t i = 0; i < n; i++) {
    const row_t *a = &r2[i % n1], *b = &r[i];
    size_t c = i / n1;
    assert_int_equal(b->bs, a->bs + c * (len2 / 2));
    assert_int_equal(b->be, a->be + c * (len2 / 2));
    assert_int_equal(b->sentence, a->sentence + c * sents);
    assert_int_equal(b->label, a->label);
    assert_string_equal(b->value, a->value);
    assert_string_equal(b->canonical, a->canonical);
  }
  free(r);
  free(r2);
  free(text);
  free(two);
}

/* The peak of allocated bytes for the entities of 5.5 MB (252,000 rows)
** stays under 40 bytes a row plus a quarter byte a byte of text: 7.0 MB
** measured, 27.9 bytes a row (40.7 MB, 161 a row, with 136-byte records
** for the whole text and the whole token cache at once). */
static void test_peak_bounded(void **state) {
  size_t reps = 18000, len, rows = 0;
  char *text = copies(reps, &len);
  nlp_entities_t *it;
  nlp_entity_t e;
  (void)state;
  assert_int_equal(nlp_set_allocator(&COUNTING), NLP_OK);
  in_use = peak = 0;
  assert_int_equal(nlp_entities_new(NULL, text, len, &it), NLP_OK);
  while (nlp_entities_next(it, &e) == NLP_OK)
    rows++;
  nlp_entities_free(it);
  assert_int_equal(nlp_set_allocator(NULL), NLP_OK);
  print_message("%zu bytes, %zu rows: peak %zu bytes allocated (%.1f a row)\n",
                len, rows, peak, (double)peak / (double)rows);
  assert_int_equal(in_use, 0);
  assert_true(rows > 10 * reps);
  assert_true(peak < 40 * rows + len / 4);
  free(text);
}

/* The rows keep 32-bit offsets: a text of 4 GiB or more is refused before
** a byte of it is read (the pointer here is to one byte only). */
static void test_too_big(void **state) {
  nlp_entities_t *it = (nlp_entities_t *)&it;
  (void)state;
  assert_int_equal(nlp_entities_new(NULL, "x", (size_t)UINT32_MAX, &it),
                   NLP_ETOOBIG);
  assert_null(it);
  assert_int_equal(nlp_entities_new(NULL, "x", 1, &it), NLP_OK);
  nlp_entities_free(it);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_copies_alike),
      cmocka_unit_test(test_peak_bounded),
      cmocka_unit_test(test_too_big),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
