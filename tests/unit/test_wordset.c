/* test_wordset.c: the look-up of the generated word lists (text/wordset.h),
** on the shared calendar lists of data/lists/common/. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "text/wordset.h"

#define S(lit) lit, sizeof lit - 1

static void test_has(void **state) {
  (void)state;
  assert_true(nlp_list_has(NLP_LIST_COMMON_MONTHS, S("march")));
  assert_false(nlp_list_has(NLP_LIST_COMMON_MONTHS, S("March")));
  assert_false(nlp_list_has(NLP_LIST_COMMON_MONTHS, S("marc")));
  assert_false(nlp_list_has(NLP_LIST_COMMON_MONTHS, S("marchy")));
  assert_false(nlp_list_has(NLP_LIST_COMMON_MONTHS, S("monday")));
  assert_false(nlp_list_has(NLP_LIST_COMMON_MONTHS, "", 0));
  assert_true(nlp_list_has_lower(NLP_LIST_COMMON_MONTHS, S("MarCH")));
  assert_false(nlp_list_has_lower(NLP_LIST_COMMON_MONTHS, S("M\xC3\xA4rz")));
  assert_true(nlp_list_has_capitalised(NLP_LIST_COMMON_MONTHS, S("May")));
  assert_false(nlp_list_has_capitalised(NLP_LIST_COMMON_MONTHS, S("may")));
  assert_false(nlp_list_has_capitalised(NLP_LIST_COMMON_MONTHS, S("MAY")));
  assert_false(nlp_list_has_capitalised(NLP_LIST_COMMON_MONTHS, S("MaY")));
  assert_false(nlp_list_has_lower(NLP_LIST_COMMON_WEEKDAYS,
                                  S("a word longer than any entry at all")));
}

static void test_find(void **state) {
  const nlp_list_word *w = nlp_list_find_lower(S("Friday"));
  (void)state;
  assert_non_null(w);
  assert_true(nlp_list_word_in(w, NLP_LIST_COMMON_WEEKDAYS));
  assert_false(nlp_list_word_in(w, NLP_LIST_COMMON_MONTHS));
  assert_null(nlp_list_find(S("Friday")));
  /* its entry, without a search (its first list) or with one (none) */
  assert_ptr_equal(nlp_list_word_item(w, NLP_LIST_COMMON_WEEKDAYS),
                   nlp_list_get(NLP_LIST_COMMON_WEEKDAYS, S("friday")));
  assert_int_equal(nlp_list_word_item(w, NLP_LIST_COMMON_WEEKDAYS)->value, 5);
  assert_null(nlp_list_word_item(w, NLP_LIST_COMMON_MONTHS));
  /* a word's hash taken while reading it finds the same entry */
  {
    uint32_t h = NLP_LIST_HASH_START;
    for (const char *p = "friday"; *p; p++)
      NLP_LIST_HASH_STEP(h, (unsigned char)*p);
    assert_ptr_equal(nlp_list_find_hashed(S("friday"), NLP_LIST_HASH_END(h)),
                     w);
    assert_null(nlp_list_find_hashed(S("friday"), NLP_LIST_HASH_END(h) ^ 1));
  }
  assert_false(nlp_list_word_in(NULL, NLP_LIST_COMMON_MONTHS));
}

static void test_values_and_order(void **state) {
  size_t n, k;
  const nlp_list_item *it = nlp_list_items(NLP_LIST_COMMON_MONTHS, &n);
  int v = 0;
  (void)state;
  assert_int_equal(n, 12);
  for (k = 0; k < n; k++) { /* the file's order, each with its number */
    assert_int_equal(it[k].value, (int)k + 1);
    assert_int_equal(it[k].n, strlen(it[k].s));
    assert_true(nlp_list_value(NLP_LIST_COMMON_MONTHS, it[k].s, it[k].n, &v));
    assert_int_equal(v, (int)k + 1);
    assert_ptr_equal(nlp_list_get(NLP_LIST_COMMON_MONTHS, it[k].s, it[k].n),
                     &it[k]);
  }
  assert_string_equal(it[0].s, "january");
  assert_string_equal(it[0].data, "1");
  assert_false(nlp_list_value(NLP_LIST_COMMON_MONTHS, S("sunday"), &v));
  assert_null(nlp_list_get(NLP_LIST_COMMON_WEEKDAYS, S("sundays")));
  assert_null(nlp_list_get(NLP_LIST_COMMON_WEEKDAYS, S("sunda")));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_has),
      cmocka_unit_test(test_find),
      cmocka_unit_test(test_values_and_order),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
