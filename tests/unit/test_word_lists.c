/* test_word_lists.c: the entity finder's word lists by hash (entities.c). */
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "ner/ner.h" /* nlp_entities_lists_ok */

#define NTHREADS 4

static void *check(void *arg) {
  *(int *)arg = nlp_entities_lists_ok();
  return NULL;
}

/* The first calls race to build the table (pthread_once): all agree. */
static void test_lists_by_hash(void **state) {
  pthread_t th[NTHREADS];
  int ok[NTHREADS];
  (void)state;
  for (int k = 0; k < NTHREADS; k++)
    assert_int_equal(pthread_create(&th[k], NULL, check, &ok[k]), 0);
  for (int k = 0; k < NTHREADS; k++)
    assert_int_equal(pthread_join(th[k], NULL), 0);
  for (int k = 0; k < NTHREADS; k++) /* once all are done with ok[] */
    assert_true(ok[k]);
  assert_true(nlp_entities_lists_ok());
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_lists_by_hash),
  };
  return cmocka_run_group_tests_name("word_lists", tests, NULL, NULL);
}
