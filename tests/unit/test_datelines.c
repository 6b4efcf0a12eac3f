/*
** test_datelines.c: datelines ("LONDON BASIN - ...") that the gazetteer
** does not know take their label from the entities of the text: a place
** of the same words written in normal case, or a place found inside the
** run, whichever comes first in the text (entities.c, apply_datelines).
** The places are looked up by their words, not compared one by one: these
** cases pin the answers of the one-by-one comparison.
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

/* The label of the entity that starts at byte at of text, or "-". */
static const char *label_at(const char *text, size_t at) {
  nlp_entities_t *it;
  nlp_entity_t e;
  const char *label = "-";
  assert_int_equal(nlp_entities_new(NULL, text, strlen(text), &it), NLP_OK);
  while (nlp_entities_next(it, &e) == NLP_OK)
    if (e.byte_start == at)
      label = nlp_label_name(e.label);
  nlp_entities_free(it);
  return label;
}

/* "LONDON" inside the run is a GPE, "London Basin" a LOC: the first of
** them in the text decides. */
static void test_first_wins(void **state) {
  static const char BEFORE[] = "Rain fell across the London Basin on Monday.\n"
                               "LONDON BASIN - Residents were evacuated.\n";
  static const char AFTER[] = "LONDON BASIN - Residents were evacuated.\n"
                              "Rain fell across the London Basin on Monday.\n";
  char out[512];
  (void)state;
  nlp_test_entities(BEFORE, out, sizeof out);
  assert_string_equal(out, "London Basin/LOC/London Basin|Monday/DATE/Monday|"
                           "LONDON BASIN/LOC/London Basin");
  nlp_test_entities(AFTER, out, sizeof out);
  assert_string_equal(out, "LONDON BASIN/GPE/London Basin|"
                           "London Basin/LOC/London Basin|Monday/DATE/Monday");
}

/* Several datelines in one text, two on one line; the places in normal
** case written with other white space ("Kraxel  Valley", a tab), before
** and after them; the tagger's "LONDON" replaced by the whole run. */
static void test_several(void **state) {
  static const char TEXT[] =
      "QUILLPORT, KRAXEL VALLEY - Officials in Quillport said the river "
      "rose.\n"
      "LONDON BASIN - Rain fell.\n"
      "The mayor of Kraxel  Valley resigned. Rain fell across the "
      "London\tBasin on Monday.\n"
      "SAN ANSELMO (Reuters) - Residents of San Anselmo met.\n"
      "ZORBAVILLE, TEXAS - Troops left Springfield.\n"
      "RUBY FLATS - No one came.\n";
  char out[1024];
  (void)state;
  nlp_test_entities(TEXT, out, sizeof out);
  assert_string_equal(
      out, "QUILLPORT/GPE/Quillport|KRAXEL VALLEY/LOC/Kraxel Valley|"
           "Quillport/GPE/Quillport|LONDON BASIN/GPE/London Basin|"
           "Kraxel  Valley/LOC/Kraxel Valley|London\tBasin/LOC/London Basin|"
           "Monday/DATE/Monday|SAN ANSELMO/GPE/San Anselmo|"
           "Reuters/ORG/Reuters|San Anselmo/GPE/San Anselmo|"
           "ZORBAVILLE/GPE/Zorbaville|TEXAS/GPE/Texas|"
           "Springfield/GPE/Springfield");
}

/* A long text of places: the place of the same words is found among
** thousands, after a dateline has been applied before it; the second
** "LONDON BASIN" finds the first "London Basin" (of two, one on either
** side of it) before "LONDON", the first one "LONDON". */
static void test_long_text(void **state) {
  static const char *const PLACES[] = {"Quillport", "Zorbaville", "Springfield",
                                       "Paris",     "Texas",      "Ruritania",
                                       "Sunnydale"};
  size_t cap = 64 * 2000, n = 0, first, mid, second, last;
  char *t = malloc(cap);
  (void)state;
  assert_non_null(t);
  n += (size_t)snprintf(t + n, cap - n,
                        "VANDERMEER ISLAND - Ferries stopped.\n");
  first = n;
  n += (size_t)snprintf(t + n, cap - n, "LONDON BASIN - Rain fell.\n");
  mid = 0;
  for (size_t i = 0; i < 1500; i++) {
    n += (size_t)snprintf(t + n, cap - n,
                          "Officials in %s said the river rose.\n",
                          PLACES[i % (sizeof PLACES / sizeof PLACES[0])]);
    if (i == 700) {
      mid = n + strlen("Rain fell across the ");
      n += (size_t)snprintf(t + n, cap - n,
                            "Rain fell across the London Basin on Monday.\n");
    }
  }
  second = n;
  n += (size_t)snprintf(t + n, cap - n, "LONDON BASIN - Rain fell again.\n");
  n += (size_t)snprintf(t + n, cap - n,
                        "Rain fell across the London Basin again.\n");
  last = n + strlen("Ferries left ");
  n += (size_t)snprintf(t + n, cap - n,
                        "Ferries left Vandermeer Island on Tuesday.\n");
  assert_true(n < cap);
  assert_string_equal(label_at(t, 0), "LOC");
  assert_string_equal(label_at(t, first), "GPE");
  assert_string_equal(label_at(t, mid), "LOC");
  assert_string_equal(label_at(t, second), "LOC");
  assert_string_equal(label_at(t, last), "LOC");
  free(t);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_first_wins),
      cmocka_unit_test(test_several),
      cmocka_unit_test(test_long_text),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
