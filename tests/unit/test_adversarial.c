/*
** test_adversarial.c: entities, quotes and parts on the adversarial shapes
** of bench/adversarial.h (long runs without white space, runs of periods,
** capitals, quotes, brackets, links and numbers): every iterator ends with
** NLP_DONE, and its rows are well formed (ordinals in order, spans inside
** the text, in text order without overlap). Sentences and tokens check
** their own, stronger invariants on the same shapes (test_sentences.c,
** test_tokens.c). Their time, linear in the text, is measured by
** bench/nlp_bench.c ("Linear time on adversarial shapes"), not here.
**
** NLP_LIGHT=1 (set by ./run.sh valgrind and tsan) divides the size by 4.
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "adversarial.h"
#include "nlp.h"

/* The bytes of each text: 4 x the N of the benchmark's shapes. */
#define TEXT_BYTES ((size_t)80000)

/* Entities: ordinals 0, 1, ...; non-empty spans in order without overlap. */
static void check_entities(const char *t, size_t n) {
  nlp_entities_t *it;
  nlp_entity_t e;
  size_t idx = 0, prev_end = 0;
  int rc;
  assert_int_equal(nlp_entities_new(NULL, t, n, &it), NLP_OK);
  while ((rc = nlp_entities_next(it, &e)) == NLP_OK) {
    assert_int_equal(e.idx, idx++);
    assert_true(prev_end <= e.byte_start && e.byte_start < e.byte_end);
    assert_true(e.byte_end <= n);
    assert_non_null(nlp_label_name(e.label));
    assert_non_null(e.canonical);
    prev_end = e.byte_end;
  }
  assert_int_equal(rc, NLP_DONE);
  nlp_entities_free(it);
}

/* A span [a, b) inside the text, or empty. */
static void assert_span(size_t a, size_t b, size_t n) {
  assert_true(a <= b && b <= n);
}

/* Quotes: ordinals in order, spans in text order without overlap; the
** mention and verb inside the text. */
static void check_quotes(const char *t, size_t n) {
  nlp_quotes_t *it;
  nlp_quote_t q;
  size_t idx = 0, prev_end = 0;
  int rc;
  assert_int_equal(nlp_quotes_new(t, n, &it), NLP_OK);
  while ((rc = nlp_quotes_next(it, &q)) == NLP_OK) {
    assert_int_equal(q.idx, idx++);
    assert_true(prev_end <= q.byte_start);
    assert_span(q.byte_start, q.byte_end, n);
    assert_span(q.mention_start, q.mention_end, n);
    assert_span(q.verb_start, q.verb_end, n);
    assert_true(q.speaker != NULL || q.speaker_len == 0);
    prev_end = q.byte_end;
  }
  assert_int_equal(rc, NLP_DONE);
  nlp_quotes_free(it);
}

/* Parts: ordinals in order, non-empty spans in order without overlap. */
static void check_parts(const char *t, size_t n) {
  nlp_parts_t *it;
  nlp_part_t p;
  size_t idx = 0, prev_end = 0;
  int rc;
  assert_int_equal(nlp_parts_new(t, n, &it), NLP_OK);
  while ((rc = nlp_parts_next(it, &p)) == NLP_OK) {
    assert_int_equal(p.idx, idx++);
    assert_true(prev_end <= p.byte_start && p.byte_start < p.byte_end);
    assert_true(p.byte_end <= n);
    prev_end = p.byte_end;
  }
  assert_int_equal(rc, NLP_DONE);
  nlp_parts_free(it);
}

static void test_shapes(void **state) {
  const char *light = getenv("NLP_LIGHT");
  size_t n = light && light[0] == '1' ? TEXT_BYTES / 4 : TEXT_BYTES, deep = 0;
  (void)state;
  for (size_t i = 0; i < NLP_ADVERSARIAL_COUNT; i++) {
    const nlp_adversarial_t *p = &NLP_ADVERSARIAL[i];
    char *t;
    if (p->depth != NLP_ADV_DEEP)
      continue;
    t = nlp_adversarial_fill(p, n);
    assert_non_null(t);
    check_entities(t, n);
    check_quotes(t, n);
    check_parts(t, n);
    free(t);
    deep++;
  }
  assert_true(deep >= 29);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_shapes),
  };
  return cmocka_run_group_tests_name("adversarial", tests, NULL, NULL);
}
