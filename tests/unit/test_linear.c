/*
** test_linear.c: sentences, tokens, entities, quotes and parts take time
** linear in the text, also on adversarial shapes (long runs without white
** space, runs of periods, capitals, quotes, brackets, links and numbers).
**
** For each pattern the text is repeated to N and 4N bytes and the best time
** of several runs is taken; linear work gives a ratio near 4, quadratic
** work near 16. A ratio above 10 fails (measured up to three times, so that
** a busy machine does not fail the suite; quadratic work fails every time).
**
** A case found quadratic in code owned elsewhere may be marked KNOWN (the
** pattern's known bits, with a reproducer in its comment): it is measured
** and reported but does not fail the suite. None is marked today; once one
** is fixed, clear its bits so that it stays fixed. NLP_STRICT=1 in the
** environment makes KNOWN cases fail too.
**
** NLP_LIGHT=1 (set by ./run.sh valgrind and tsan) divides the sizes by 4,
** so that the file also runs under valgrind in reasonable time.
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

#include "nlp.h"

/* Text sizes N and 4N. Entities, quotes and parts cost more per byte but
** need the same size: their quadratic cases ("the The " below) stay under
** a ratio of 10 at smaller sizes. */
#define N_TEXT ((size_t)20000)
#define N_QUADRATIC ((size_t)4000) /* the self-test: ratio ~16 */
#define RATIO_MAX 10.0
#define TRIES 3

/* The iterators; a pattern's known bits are (1 << index in FUNCS). */
enum { F_SENTENCES, F_TOKENS, F_ENTITIES, F_QUOTES, F_PARTS, F_COUNT };

typedef struct pattern {
  const char *name;
  const char *head; /* once at the start */
  const char *unit; /* repeated to fill the text after the head */
  int deep;         /* 1: also through entities, quotes and parts */
  unsigned known;   /* 1 << F_*: known quadratic, reported only */
} pattern_t;

static const pattern_t PATTERNS[] = {
    {"prose", "", "The cat sat on the mat. ", 1, 0},
    {"one long word", "", "abcdefgh", 0, 0},
    {"long word, 2-byte letters", "", "\xC3\xA9", 0, 0},
    {"period run", "", ".", 1, 0},
    {"spaced periods . . .", "", ". ", 0, 0},
    {"ellipsis run \xE2\x80\xA6", "", "\xE2\x80\xA6", 0, 0},
    {"terminator run ?!", "", "?!", 0, 0},
    {"capitals", "", "THE U.S. ARMY SAID. ", 1, 0},
    {"spaced quotes", "", "\" ( \xE2\x80\x9C [ ", 1, 0},
    {"abbreviations", "", "Mr. Dr. e.g. ", 1, 0},
    /* "a." x 40000 took 1.65 s (sentences) and 2.3 s (tokens) before
    ** 05100a6 and 23f197d: the dotted word was rescanned at each period. */
    {"dotted word a.a.a.", "", "a.", 1, 0},
    {"dotted capitals A.B.C.", "", "A.B.C.", 1, 0},
    {"initials A. A. A.", "", "A. ", 1, 0},
    {"abbreviation run Ab.Ab.", "", "Ab.", 0, 0},
    /* "$" x 40000 took 5.9 s before 23f197d: the link check rescanned the
    ** rest of the run of non-space characters at every token. */
    {"symbol run $$$", "", "$", 1, 0},
    /* "([" and "\"(" x 20000: 4-15 s (the same link check). */
    {"bracket run ([([", "", "([", 1, 0},
    {"quote run \"(\"(", "", "\"(", 1, 0},
    {"mixed run $(\"[", "", "$(\"[", 1, 0},
    {"open brackets (((", "", "(", 1, 0},
    {"close brackets )))", "", ")", 0, 0},
    {"apostrophes '''", "", "'", 1, 0},
    {"curly quotes \xE2\x80\x9C\xE2\x80\x9D", "", "\xE2\x80\x9C\xE2\x80\x9D", 1,
     0},
    {"right quotes \xE2\x80\x99\xE2\x80\x99", "", "\xE2\x80\x99", 0, 0},
    {"URL, then a long run", "http://", "a", 1, 0},
    {"URL, then periods", "http://a", ".", 0, 0},
    {"URL, then brackets", "https://x.com/", "(a)[b]", 0, 0},
    {"scheme run http://", "", "http://", 1, 0},
    {"www. run", "", "www.", 0, 0},
    {"host run a.com/", "", "a.com/", 0, 0},
    {"at run a@a@", "", "a@", 1, 0},
    {"mention run @a@a", "", "@a", 0, 0},
    {"e-mail-like a.a@", "", "a.a@", 0, 0},
    {"host-like a@b.", "", "a@b.", 0, 0},
    {"hashtag run #a#a", "", "#a", 0, 0},
    {"number run 1,1,1,", "", "1,", 1, 0},
    {"number run 1.1.1.", "", "1.", 0, 0},
    {"number run 1-1-1-", "", "1-", 0, 0},
    {"hyphen word a-a-a-", "", "a-", 0, 0},
    {"apostrophe word a'a'", "", "a'", 0, 0},
    {"clitic run don't", "", "don't", 0, 0},
    {"emoticons :) :)", "", " :)", 0, 0},
    {"list markers 1) 1)", "", "1) ", 1, 0},
    {"bullets \xE2\x80\xA2", "", "\xE2\x80\xA2 ", 1, 0},
    {"footnotes x. [1]", "", "x. [1] ", 0, 0},
    {"line breaks", "", "\n", 1, 0},
    {"short lines", "", "A b\n", 1, 0},
    {"spaces before breaks", "", "      \n", 0, 0},
    {"greetings Hi,", "", "Hi, ", 0, 0},
    {"credit labels Image:", "", "x Image: ", 0, 0},
    {"datelines", "", "Monday, May 7, 2015 ", 1, 0},
    {"timestamps", "", "x 08/16/2000 12:05 PM ", 0, 0},
    /* Quadratic in entities until the Title Case test of a segment was
    ** memoised: one long sentence of capitalised words. */
    {"capitalised words the The", "", "the The ", 1, 0},
    {"possessive names", "", "Tom Lee's ", 1, 0},
    {"quote, then names", "\"", "Tom Lee's ", 1, 0},
    {"attributed quotes", "", "\"Yes,\" Tom Lee said. ", 1, 0},
    {"photo credits", "", "Ab Cd/AFP ", 1, 0},
    {"bracketed credits", "", "(Photo by Ab) ", 1, 0},
};

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* head, then unit repeated up to n bytes in all. */
static char *fill(const char *head, const char *unit, size_t n) {
  size_t h = strlen(head), u = strlen(unit);
  char *t = malloc(n);
  assert_non_null(t);
  for (size_t i = 0; i < n; i++)
    t[i] = i < h ? head[i] : unit[(i - h) % u];
  return t;
}

static size_t run_sentences(const char *t, size_t n) {
  nlp_sentences_t *it;
  nlp_sentence_t s;
  size_t c = 0;
  assert_int_equal(nlp_sentences_new(t, n, &it), NLP_OK);
  while (nlp_sentences_next(it, &s) == NLP_OK)
    c++;
  nlp_sentences_free(it);
  return c;
}

static size_t run_tokens(const char *t, size_t n) {
  nlp_tokens_t *it;
  nlp_token_t k;
  size_t c = 0;
  assert_int_equal(nlp_tokens_new(t, n, &it), NLP_OK);
  while (nlp_tokens_next(it, &k) == NLP_OK)
    c++;
  nlp_tokens_free(it);
  return c;
}

static size_t run_entities(const char *t, size_t n) {
  nlp_entities_t *it;
  nlp_entity_t e;
  size_t c = 0;
  assert_int_equal(nlp_entities_new(NULL, t, n, &it), NLP_OK);
  while (nlp_entities_next(it, &e) == NLP_OK)
    c++;
  nlp_entities_free(it);
  return c;
}

static size_t run_quotes(const char *t, size_t n) {
  nlp_quotes_t *it;
  nlp_quote_t q;
  size_t c = 0;
  int rc;
  assert_int_equal(nlp_quotes_new(t, n, &it), NLP_OK);
  while ((rc = nlp_quotes_next(it, &q)) == NLP_OK)
    c++;
  assert_int_equal(rc, NLP_DONE);
  nlp_quotes_free(it);
  return c;
}

static size_t run_parts(const char *t, size_t n) {
  nlp_parts_t *it;
  nlp_part_t p;
  size_t c = 0;
  assert_int_equal(nlp_parts_new(t, n, &it), NLP_OK);
  while (nlp_parts_next(it, &p) == NLP_OK)
    c++;
  nlp_parts_free(it);
  return c;
}

typedef struct func {
  const char *name;
  size_t (*run)(const char *, size_t);
} func_t;

static const func_t FUNCS[F_COUNT] = {
    [F_SENTENCES] = {"sentences", run_sentences},
    [F_TOKENS] = {"tokens", run_tokens},
    [F_ENTITIES] = {"entities", run_entities},
    [F_QUOTES] = {"quotes", run_quotes},
    [F_PARTS] = {"parts", run_parts},
};

/* Best time per run of f over n bytes of the pattern (runs for >= 5 ms). */
static double best_time(size_t (*f)(const char *, size_t), const pattern_t *p,
                        size_t n) {
  char *t = fill(p->head, p->unit, n);
  double best = 1e30, spent = 0;
  for (int i = 0; i < 50 && (i < 3 || spent < 0.005); i++) {
    double t0 = now(), dt;
    f(t, n);
    dt = now() - t0;
    spent += dt;
    if (dt < best)
      best = dt;
  }
  free(t);
  return best;
}

static int env_is_1(const char *name) {
  const char *v = getenv(name);
  return v != NULL && v[0] == '1';
}

/* 1 if f is not linear on the pattern (and the case is not a known one). */
static int check(const char *what, const pattern_t *p,
                 size_t (*f)(const char *, size_t), int known, size_t n) {
  double a = 0, b = 0, ratio = 0;
  int bad = 1;
  /* Under valgrind (NLP_LIGHT=1) the known slow cases would take minutes. */
  if (known && env_is_1("NLP_LIGHT"))
    return 0;
  /* A ratio over the limit must repeat: one slow run is the machine. */
  for (int k = 0; k < TRIES && bad; k++) {
    a = best_time(f, p, n);
    b = best_time(f, p, 4 * n);
    ratio = a > 0 ? b / a : 0;
    bad = ratio > RATIO_MAX;
  }
  print_message("%-10s %-28s %8.3f ms -> %8.3f ms: x%.1f%s\n", what, p->name,
                a * 1e3, b * 1e3, ratio,
                bad ? (known ? "  KNOWN BUG (quadratic)" : "  NOT LINEAR")
                    : "");
  if (bad && known && !env_is_1("NLP_STRICT"))
    return 0;
  return bad;
}

static void test_linear(void **state) {
  size_t n = env_is_1("NLP_LIGHT") ? N_TEXT / 4 : N_TEXT;
  int failures = 0;
  (void)state;
  for (size_t i = 0; i < sizeof(PATTERNS) / sizeof(PATTERNS[0]); i++) {
    const pattern_t *p = &PATTERNS[i];
    for (int f = 0; f < F_COUNT; f++) {
      if (f > F_TOKENS && !p->deep)
        continue;
      failures +=
          check(FUNCS[f].name, p, FUNCS[f].run, (p->known >> f) & 1u, n);
    }
  }
  assert_int_equal(failures, 0);
}

/* A word of a million characters (two bytes each) against one of a quarter
** million, for sentences and tokens. */
static void test_million_char_word(void **state) {
  static const pattern_t p = {"1,000,000-character word", "", "\xC3\xA9", 0, 0};
  size_t n = env_is_1("NLP_LIGHT") ? 2 * 62500 : 2 * 250000;
  (void)state;
  assert_int_equal(check("sentences", &p, run_sentences, 0, n), 0);
  assert_int_equal(check("tokens", &p, run_tokens, 0, n), 0);
}

/* The measurement itself can fail: a quadratic function is caught. */
static size_t quadratic(const char *t, size_t n) {
  volatile size_t s = 0;
  for (size_t i = 0; i < n; i++)
    for (size_t j = i; j < n; j++)
      s += (unsigned char)t[j];
  return s;
}

/* Not under NLP_LIGHT: valgrind's own cost per call blurs small timings
** (a CI run measured x8.8 there for this x16 function), and valgrind runs
** this file for memory errors, not for its timings. */
static void test_detects_quadratic(void **state) {
  static const pattern_t p = {"quadratic", "", "ab", 0, 0};
  (void)state;
  int found = 0;
  if (env_is_1("NLP_LIGHT"))
    skip();
  /* A busy machine can slow the small run and hide the ratio once (a CI
  ** run under load measured it below 10): caught in one of three tries. */
  for (int k = 0; k < TRIES && !found; k++)
    found = check("self-test", &p, quadratic, 0, N_QUADRATIC);
  assert_int_equal(found, 1);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_linear),
      cmocka_unit_test(test_million_char_word),
      cmocka_unit_test(test_detects_quadratic),
  };
  return cmocka_run_group_tests_name("linear", tests, NULL, NULL);
}
