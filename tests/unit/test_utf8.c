/* test_utf8.c: characters are cut exactly as SQLite's substr() cuts them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "nlp.h"

typedef struct {
  const char *bytes;
  size_t len;
  size_t chars; /* as SQLite's length() counts */
} count_case;

static const count_case COUNTS[] = {
    {"", 0, 0},
    {"abc", 3, 3},
    {"L\xC3\xB3pez", 6, 5},              /* López */
    {"\xE2\x80\x9Cq\xE2\x80\x9D", 7, 3}, /* “q” */
    {"\xF0\x9F\x98\x80", 4, 1},          /* emoji */
    {"\x80", 1, 1},                      /* stray continuation */
    {"a\x80\x80", 3, 3},                 /* strays after ASCII */
    {"\xC3\x80\x80\x80", 4, 1},          /* lead absorbs all continuations */
    {"\xC3", 1, 1},                      /* truncated */
    {"\xFF\xFE", 2, 2},                  /* invalid leads */
    {"a\0b", 3, 3},                      /* NUL is a character */
    /* 8 bytes or more: read eight ASCII bytes at a time */
    {"abcdefgh\xC3\xB3ijklmnop", 18, 17},           /* a letter mid-run */
    {"abcdefg\x80\x80hijklmn", 16, 16},             /* strays in a run */
    {"abcdefg\xC3\x80\x80\x80\x80xyzabcd", 19, 15}, /* across eight */
    {"abcdefgh\xE2\x80\x9C", 11, 9}, /* continuations at the end */
    {"\x80\x80\x80\x80\x80\x80\x80\x80\x80", 9, 9}, /* nine strays */
    {"\xE2\x80\x9Cq\xE2\x80\x9D and \xC3\xB3 more text", 24, 19},
};

static void test_count(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof(COUNTS) / sizeof(COUNTS[0]); i++)
    assert_int_equal(nlp_utf8_count(COUNTS[i].bytes, COUNTS[i].len),
                     COUNTS[i].chars);
}

static void test_decode(void **state) {
  int32_t cp;
  const unsigned char ok[] = "\xC3\xB3";
  const unsigned char overlong[] = "\xC0\xAF";
  const unsigned char surrogate[] = "\xED\xA0\x80";
  (void)state;
  assert_int_equal(nlp_utf8_next(ok, ok + 2, &cp), 2);
  assert_int_equal(cp, 0xF3);
  assert_int_equal(nlp_utf8_next(overlong, overlong + 2, &cp), 2);
  assert_int_equal(cp, 0xFFFD);
  assert_int_equal(nlp_utf8_next(surrogate, surrogate + 3, &cp), 3);
  assert_int_equal(cp, 0xFFFD);
}

static void test_transforms(void **state) {
  char *out;
  size_t n;
  (void)state;
  assert_int_equal(nlp_unaccent("L\xC3\xB3pez Obrador", 14, &out, &n), NLP_OK);
  assert_string_equal(out, "Lopez Obrador");
  nlp_free(out);
  assert_int_equal(nlp_casefold("Stra\xC3\x9F"
                                "e",
                                7, &out, &n),
                   NLP_OK);
  assert_string_equal(out, "strasse");
  nlp_free(out);
  assert_int_equal(nlp_normalize("e\xCC\x81", 3, NLP_NFC, &out, &n), NLP_OK);
  assert_string_equal(out, "\xC3\xA9");
  nlp_free(out);
  assert_int_equal(nlp_normalize("\xC3\xA9", 2, NLP_NFD, &out, &n), NLP_OK);
  assert_string_equal(out, "e\xCC\x81");
  nlp_free(out);
  /* Invalid bytes become U+FFFD; NUL bytes survive. */
  assert_int_equal(nlp_normalize("a\xFF"
                                 "b\0c",
                                 5, NLP_NFKC, &out, &n),
                   NLP_OK);
  assert_int_equal(n, 7);
  assert_memory_equal(out,
                      "a\xEF\xBF\xBD"
                      "b\0c",
                      7);
  nlp_free(out);
}

static void test_norm_form_parse(void **state) {
  nlp_norm_form_t f;
  (void)state;
  assert_int_equal(nlp_norm_form_parse("nfkd", 4, &f), NLP_OK);
  assert_int_equal(f, NLP_NFKD);
  assert_int_equal(nlp_norm_form_parse("NFC", 3, &f), NLP_OK);
  assert_int_equal(f, NLP_NFC);
  assert_int_equal(nlp_norm_form_parse("NFX", 3, &f), NLP_EINVAL);
  assert_int_equal(nlp_norm_form_parse("NFCC", 4, &f), NLP_EINVAL);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_count),
      cmocka_unit_test(test_decode),
      cmocka_unit_test(test_transforms),
      cmocka_unit_test(test_norm_form_parse),
  };
  return cmocka_run_group_tests_name("utf8", tests, NULL, NULL);
}
