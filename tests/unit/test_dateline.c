/* test_dateline.c: the one dateline recogniser (layout/dateline.h), each of
** its forms on its own; the callers' rows are checked in test_parts.c,
** test_sentences.c and test_datelines.c. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "layout/dateline.h"

/* The length of the place dateline at the start of s, or -1 for none. */
static long place(const char *s) {
  const unsigned char *p = (const unsigned char *)s;
  const unsigned char *e = p + strcspn(s, "\n");
  const unsigned char *end = nlp_dateline_place(p, e);
  return end ? (long)(end - p) : -1;
}

static void test_place(void **state) {
  (void)state;
  assert_int_equal(place("WASHINGTON (AP) \xE2\x80\x94 The Senate voted."),
                   (long)strlen("WASHINGTON (AP) \xE2\x80\x94"));
  assert_int_equal(place("LONDON, March 3 (Reuters) - Shares fell."),
                   (long)strlen("LONDON, March 3 (Reuters) -"));
  assert_int_equal(place("(CNN) \xE2\x80\x94 A storm hit."),
                   (long)strlen("(CNN) \xE2\x80\x94"));
  /* no dash, a hyphen inside a word, lower case, a dash too far away */
  assert_int_equal(place("WASHINGTON The Senate voted."), -1);
  assert_int_equal(place("US-Mexico talks resumed - officials said."), -1);
  assert_int_equal(place("Washington (AP) \xE2\x80\x94 The Senate voted."), -1);
  assert_int_equal(place("NICE, France, where the sun shines on the promenade "
                         "and the sea, is calm today as ever before - so"),
                   -1);
}

/* The date dateline whose weekday comma is the first comma of s. */
static long date(const char *s, long *weekday) {
  const unsigned char *p = (const unsigned char *)s, *w = NULL;
  const unsigned char *comma = (const unsigned char *)strchr(s, ',');
  const unsigned char *end = nlp_dateline_date(p, comma, p + strlen(s), &w);
  *weekday = w ? (long)(w - p) : -1;
  return end ? (long)(end - p) : -1;
}

static void test_date(void **state) {
  long wd;
  (void)state;
  assert_int_equal(date("Thursday, May 7, 2015\nThe day began.", &wd),
                   (long)strlen("Thursday, May 7, 2015"));
  assert_int_equal(wd, 0);
  /* a weekday after white space; not a date followed by a small letter */
  assert_int_equal(date("Filed Thursday, May 7, 2015", &wd),
                   (long)strlen("Filed Thursday, May 7, 2015"));
  assert_int_equal(wd, 6);
  assert_int_equal(date("Thursday, May 7, 2015 was fine.", &wd), -1);
  assert_int_equal(date("Someday, May 7, 2015", &wd), -1);
  assert_int_equal(date("Thursday, he said.", &wd), -1);
}

static void test_line_start(void **state) {
  const char *t = "a\n  \tB";
  (void)state;
  assert_true(nlp_dateline_line_start(t, 0));
  assert_false(nlp_dateline_line_start(t, 1)); /* the line feed itself */
  assert_true(nlp_dateline_line_start(t, 5));  /* after spaces and a tab */
  assert_false(nlp_dateline_line_start("ab", 1));
}

static void test_runs(void **state) {
  /* "EAGLE PASS , TEXAS - DECEMBER" */
  const nlp_dateline_tok_t toks[] = {
      NLP_DATELINE_TOK_CAPS, NLP_DATELINE_TOK_CAPS,  NLP_DATELINE_TOK_COMMA,
      NLP_DATELINE_TOK_CAPS, NLP_DATELINE_TOK_CLOSE, NLP_DATELINE_TOK_CAPS};
  nlp_dateline_runs_t r;
  size_t run = 99, closed[2][2], n = 0;
  (void)state;
  assert_int_equal(nlp_dateline_punct(",", 1), NLP_DATELINE_TOK_COMMA);
  assert_int_equal(nlp_dateline_punct("-", 1), NLP_DATELINE_TOK_CLOSE);
  assert_int_equal(nlp_dateline_punct("\xE2\x80\x94", 3),
                   NLP_DATELINE_TOK_CLOSE);
  assert_int_equal(nlp_dateline_punct(".", 1), NLP_DATELINE_TOK_OTHER);
  nlp_dateline_runs_init(&r, 0);
  for (size_t i = 0; i < 6 && !r.done; i++)
    if (nlp_dateline_runs_step(&r, i, toks[i], &run)) {
      closed[n][0] = run;
      closed[n][1] = i;
      n++;
    }
  assert_int_equal(n, 2);
  assert_int_equal(closed[0][0], 0);
  assert_int_equal(closed[0][1], 2);
  assert_int_equal(closed[1][0], 3);
  assert_int_equal(closed[1][1], 4);
  assert_true(r.done);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_place),
      cmocka_unit_test(test_date),
      cmocka_unit_test(test_line_start),
      cmocka_unit_test(test_runs),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
