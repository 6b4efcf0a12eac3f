/* test_tokens.c: the tokenizer, table-driven. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "nlp.h"

#define MAXT 16
typedef struct {
  const char *text;
  const char *expected[MAXT]; /* "token/kind", NULL-terminated */
} tok_case;

static const tok_case CASES[] = {
    {"The U.S. economy", {"The/word", "U.S./word", "economy/word"}},
    {"at 10 a.m. today", {"at/word", "10/number", "a.m./word", "today/word"}},
    {"$1.2 billion", {"$/symbol", "1.2/number", "billion/word"}},
    {"11,000 migrants", {"11,000/number", "migrants/word"}},
    {"Sherwood-Randall", {"Sherwood-Randall/word"}},
    {"Wednesday's meeting", {"Wednesday/word", "'s/word", "meeting/word"}},
    {"don't", {"do/word", "n't/word"}},
    {"3.5% more", {"3.5/number", "%/symbol", "more/word"}},
    {"see https://example.com/a?b=1.", {"see/word", "https://example.com/a?b=1/url", "./punct"}},
    {"mail jo@example.com now", {"mail/word", "jo@example.com/email", "now/word"}},
    {"#Election @cnn", {"#Election/hashtag", "@cnn/mention"}},
    {"Wait...", {"Wait/word", ".../punct"}},
};

static void check_case(const tok_case *c) {
  nlp_tokens_t *it;
  nlp_token_t t;
  size_t n = 0, len = strlen(c->text);
  char got[256];
  assert_int_equal(nlp_tokens_new(c->text, len, &it), NLP_OK);
  while (nlp_tokens_next(it, &t) == NLP_OK) {
    snprintf(got, sizeof(got), "%.*s/%s", (int)(t.byte_end - t.byte_start),
             c->text + t.byte_start, nlp_token_kind_name(t.kind));
    if (n >= MAXT || !c->expected[n])
      fail_msg("extra token %s in: %s", got, c->text);
    if (strcmp(got, c->expected[n]) != 0)
      fail_msg("text: %s\nexpected: %s\ngot: %s", c->text, c->expected[n], got);
    n++;
  }
  if (n < MAXT && c->expected[n])
    fail_msg("missing token %s in: %s", c->expected[n], c->text);
  nlp_tokens_free(it);
}

static void test_cases(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof(CASES) / sizeof(CASES[0]); i++)
    check_case(&CASES[i]);
}

static void test_sentence_ids(void **state) {
  const char *s = "One two. Three.";
  nlp_tokens_t *it;
  nlp_token_t t;
  size_t expect[] = {0, 0, 0, 1, 1}, n = 0;
  (void)state;
  assert_int_equal(nlp_tokens_new(s, strlen(s), &it), NLP_OK);
  while (nlp_tokens_next(it, &t) == NLP_OK) {
    assert_true(n < 5);
    assert_int_equal(t.sentence, expect[n]);
    n++;
  }
  assert_int_equal(n, 5);
  nlp_tokens_free(it);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_cases),
      cmocka_unit_test(test_sentence_ids),
  };
  return cmocka_run_group_tests_name("tokens", tests, NULL, NULL);
}
