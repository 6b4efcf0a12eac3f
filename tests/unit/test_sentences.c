/* test_sentences.c: the sentence splitter, table-driven. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "nlp.h"

#define MAXS 8
typedef struct {
  const char *text;
  const char *expected[MAXS]; /* NULL-terminated */
} split_case;

static const split_case CASES[] = {
    {"", {NULL}},
    {"   \n\n  ", {NULL}},
    {"Hello World. My name is Jonas.", {"Hello World.", "My name is Jonas."}},
    {"What is your name? My name is Jonas.",
     {"What is your name?", "My name is Jonas."}},
    {"Gov. Greg Abbott spoke. Sen. Cruz did not.",
     {"Gov. Greg Abbott spoke.", "Sen. Cruz did not."}},
    {"It cost $1.2 billion, or 3.5% more.", {"It cost $1.2 billion, or 3.5% more."}},
    {"John F. Kennedy was president.", {"John F. Kennedy was president."}},
    {"\xE2\x80\x9CYes.\xE2\x80\x9D He left.",
     {"\xE2\x80\x9CYes.\xE2\x80\x9D", "He left."}},
    {"capacity,\xE2\x80\x9D said Earl Anthony Wayne. Then more.",
     {"capacity,\xE2\x80\x9D said Earl Anthony Wayne.", "Then more."}},
    {"A headline without a period\n\nThe body starts here.",
     {"A headline without a period", "The body starts here."}},
    {"in recent weeks.John Moore/Getty Images",
     {"in recent weeks.", "John Moore/Getty Images"}},
    {"Line one.\r\n\r\nLine two.", {"Line one.", "Line two."}},
};

static void check_case(const split_case *c) {
  nlp_sentences_t *it;
  nlp_sentence_t s;
  size_t n = 0, len = strlen(c->text);
  assert_int_equal(nlp_sentences_new(c->text, len, &it), NLP_OK);
  while (nlp_sentences_next(it, &s) == NLP_OK) {
    if (n >= MAXS || !c->expected[n]) fail_msg("extra sentence in: %s", c->text);
    assert_int_equal(s.idx, n);
    assert_true(s.byte_end <= len && s.byte_start < s.byte_end);
    if (strlen(c->expected[n]) != s.byte_end - s.byte_start ||
        memcmp(c->expected[n], c->text + s.byte_start,
               s.byte_end - s.byte_start) != 0)
      fail_msg("text: %s\nexpected: %s\ngot: %.*s", c->text, c->expected[n],
               (int)(s.byte_end - s.byte_start), c->text + s.byte_start);
    n++;
  }
  if (n < MAXS && c->expected[n])
    fail_msg("missing sentence %zu (%s) in: %s", n, c->expected[n], c->text);
  nlp_sentences_free(it);
}

static void test_cases(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof(CASES) / sizeof(CASES[0]); i++)
    check_case(&CASES[i]);
}

static void test_paragraphs(void **state) {
  const char *t = "One. Two.\n\nThree.\n \n\nFour.";
  nlp_sentences_t *it;
  nlp_sentence_t s;
  size_t expect[] = {0, 0, 1, 2}, n = 0;
  (void)state;
  assert_int_equal(nlp_sentences_new(t, strlen(t), &it), NLP_OK);
  while (nlp_sentences_next(it, &s) == NLP_OK) {
    assert_true(n < 4);
    assert_int_equal(s.paragraph, expect[n]);
    n++;
  }
  assert_int_equal(n, 4);
  nlp_sentences_free(it);
}

static void test_bad_input(void **state) {
  nlp_sentences_t *it;
  nlp_sentence_t s;
  const char junk[] = "\xFF\xFE. \x80\x80! \xC3";
  size_t n = 0;
  (void)state;
  assert_int_equal(nlp_sentences_new(NULL, 5, &it), NLP_EINVAL);
  assert_int_equal(nlp_sentences_new("x", 1, NULL), NLP_EINVAL);
  assert_int_equal(nlp_sentences_new(NULL, 0, &it), NLP_OK);
  assert_int_equal(nlp_sentences_next(it, &s), NLP_DONE);
  nlp_sentences_free(it);
  nlp_sentences_free(NULL);
  assert_int_equal(nlp_sentences_new(junk, sizeof(junk) - 1, &it), NLP_OK);
  while (nlp_sentences_next(it, &s) == NLP_OK) {
    assert_true(s.byte_end <= sizeof(junk) - 1);
    n++;
  }
  assert_true(n >= 1);
  nlp_sentences_free(it);
  assert_int_equal(nlp_sentence_count("Go. Run. Hide.", 14), 3);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_cases),
      cmocka_unit_test(test_paragraphs),
      cmocka_unit_test(test_bad_input),
  };
  return cmocka_run_group_tests_name("sentences", tests, NULL, NULL);
}
