/* test_user_lists.c: a user's own entity list (nlp_userlist_*, core, no
** SQLite): the matcher's rules (tokens, spaces, case, leftmost-longest), the
** precedence over the entity finder (entries, stop names, aliases), the
** errors, and the built-in country aliases. Each case compares the whole
** list of rows of its text ("text/LABEL/canonical", joined by '|'). */
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

#define OUT_CAP 2048

/* The rows of text with list ul, as nlp_test_entities() writes them, with
** the same checks (idx in order, spans in order without overlap). */
static void rows_of(const nlp_userlist_t *ul, const char *text, char *out) {
  nlp_userlist_entities_t *it;
  nlp_entity_t e;
  size_t n = 0, prev_end = 0, idx = 0;
  int rc;
  out[0] = 0;
  assert_int_equal(
      nlp_userlist_entities_new(ul, NULL, text, strlen(text), NULL, NULL, &it),
      NLP_OK);
  while ((rc = nlp_userlist_entities_next(it, &e)) == NLP_OK) {
    assert_int_equal(e.idx, idx++);
    assert_true(e.byte_start < e.byte_end);
    assert_true(e.byte_start >= prev_end);
    prev_end = e.byte_end;
    assert_non_null(e.canonical);
    n += (size_t)snprintf(out + n, OUT_CAP - n, "%s%.*s/%s/%s", n ? "|" : "",
                          (int)(e.byte_end - e.byte_start), text + e.byte_start,
                          nlp_label_name(e.label), e.canonical);
    assert_true(n < OUT_CAP);
  }
  assert_int_equal(rc, NLP_DONE);
  nlp_userlist_entities_free(it);
}

/* Whether text's entity finder gives the row e (same span, label and
** canonical name). */
static int model_row(const char *text, const nlp_entity_t *e) {
  nlp_entities_t *it;
  nlp_entity_t m;
  int found = 0;
  assert_int_equal(nlp_entities_new(NULL, text, strlen(text), &it), NLP_OK);
  while (!found && nlp_entities_next(it, &m) == NLP_OK)
    found = m.byte_start == e->byte_start && m.byte_end == e->byte_end &&
            m.label == e->label && strcmp(m.canonical, e->canonical) == 0;
  nlp_entities_free(it);
  return found;
}

/* The rows of text with list ul that the entity finder alone does not give
** (the list's doing), as rows_of() writes them. */
static void list_rows(const nlp_userlist_t *ul, const char *text, char *out) {
  nlp_userlist_entities_t *it;
  nlp_entity_t e;
  size_t n = 0;
  int rc;
  out[0] = 0;
  assert_int_equal(
      nlp_userlist_entities_new(ul, NULL, text, strlen(text), NULL, NULL, &it),
      NLP_OK);
  while ((rc = nlp_userlist_entities_next(it, &e)) == NLP_OK) {
    if (model_row(text, &e))
      continue;
    n += (size_t)snprintf(out + n, OUT_CAP - n, "%s%.*s/%s/%s", n ? "|" : "",
                          (int)(e.byte_end - e.byte_start), text + e.byte_start,
                          nlp_label_name(e.label), e.canonical);
    assert_true(n < OUT_CAP);
  }
  assert_int_equal(rc, NLP_DONE);
  nlp_userlist_entities_free(it);
}

static void entry(nlp_userlist_t *ul, const char *phrase, nlp_label_t label,
                  const char *canonical) {
  assert_int_equal(nlp_userlist_add_entry(ul, phrase, strlen(phrase), label,
                                          canonical,
                                          canonical ? strlen(canonical) : 0),
                   NLP_OK);
}

static void alias(nlp_userlist_t *ul, const char *name, const char *canon) {
  assert_int_equal(
      nlp_userlist_add_alias(ul, name, strlen(name), canon, strlen(canon)),
      NLP_OK);
}

static void stop(nlp_userlist_t *ul, const char *name) {
  assert_int_equal(nlp_userlist_add_stop(ul, name, strlen(name)), NLP_OK);
}

/* No list, or an empty one: the entity finder's rows, unchanged. */
static void test_no_list(void **state) {
  const char *text = "Angela Merkel visited Paris. Merkel left.";
  char want[OUT_CAP], got[OUT_CAP];
  nlp_userlist_t *ul;
  (void)state;
  nlp_test_entities(text, want, sizeof want);
  rows_of(NULL, text, got);
  assert_string_equal(got, want);
  assert_int_equal(nlp_userlist_new(&ul), NLP_OK);
  rows_of(ul, text, got);
  assert_string_equal(got, want);
  nlp_userlist_free(ul);
  nlp_userlist_free(NULL);
}

/* Case: a capitalised phrase matches as written or in capitals; a phrase
** in lower case matches in any case. */
static void test_case_rules(void **state) {
  nlp_userlist_t *ul;
  char got[OUT_CAP];
  (void)state;
  assert_int_equal(nlp_userlist_new(&ul), NLP_OK);
  entry(ul, "Zorblax", NLP_LABEL_LAW, NULL);
  entry(ul, "quintrel", NLP_LABEL_PRODUCT, "Quintrel");
  list_rows(ul,
            "Zorblax sold quintrel, QUINTREL and Quintrel; ZORBLAX too, "
            "not zorblax or ZorBlax.",
            got);
  assert_string_equal(got, "Zorblax/LAW/Zorblax|quintrel/PRODUCT/Quintrel|"
                           "QUINTREL/PRODUCT/Quintrel|Quintrel/PRODUCT/"
                           "Quintrel|ZORBLAX/LAW/Zorblax");
  nlp_userlist_free(ul);
}

/* Tokens and spaces: a phrase matches whole tokens; space where the phrase
** has space (one line break at most), none where it has none. */
static void test_tokens_and_spaces(void **state) {
  nlp_userlist_t *ul;
  char got[OUT_CAP];
  (void)state;
  assert_int_equal(nlp_userlist_new(&ul), NLP_OK);
  entry(ul, "Blue  Kettle\tWorks", NLP_LABEL_LAW, NULL);
  entry(ul, "Kettle", NLP_LABEL_PRODUCT, NULL);
  entry(ul, "K-9", NLP_LABEL_PRODUCT, NULL);
  list_rows(ul,
            "Blue Kettle\nWorks, Blue Kettles, a Kettle-maker, "
            "Blue\n\nKettle Works and K-9 but not K - 9.",
            got);
  assert_string_equal(got, "Blue Kettle\nWorks/LAW/Blue  Kettle\tWorks|"
                           "Kettle/PRODUCT/Kettle|"
                           "K-9/PRODUCT/K-9");
  nlp_userlist_free(ul);
}

/* The leftmost, then the longest, entry wins; matches do not overlap. */
static void test_leftmost_longest(void **state) {
  nlp_userlist_t *ul;
  char got[OUT_CAP];
  (void)state;
  assert_int_equal(nlp_userlist_new(&ul), NLP_OK);
  entry(ul, "Port Zembla", NLP_LABEL_LAW, NULL);
  entry(ul, "Port Zembla Harbour Board", NLP_LABEL_PRODUCT, NULL);
  entry(ul, "Zembla Harbour", NLP_LABEL_FAC, NULL);
  list_rows(ul, "The Port Zembla Harbour Board met in Port Zembla Harbour.",
            got);
  assert_string_equal(got, "Port Zembla Harbour Board/PRODUCT/Port Zembla "
                           "Harbour Board|Port Zembla/LAW/Port Zembla");
  nlp_userlist_free(ul);
}

/* Entries win over the model's rows they overlap; stop names remove the
** model's rows by their text or canonical name; aliases set canonical. */
static void test_precedence(void **state) {
  const char *text = "Angela Merkel visited Paris. Merkel left.";
  nlp_userlist_t *ul;
  char got[OUT_CAP];
  (void)state;
  assert_int_equal(nlp_userlist_new(&ul), NLP_OK);
  entry(ul, "Merkel visited", NLP_LABEL_EVENT, NULL); /* overlaps a PERSON */
  entry(ul, "left", NLP_LABEL_ORG, "Left Party");
  rows_of(ul, text, got);
  assert_string_equal(got, "Merkel visited/EVENT/Merkel visited|Paris/GPE/"
                           "Paris|Merkel/PERSON/Angela Merkel|left/ORG/Left "
                           "Party");
  nlp_userlist_free(ul);

  assert_int_equal(nlp_userlist_new(&ul), NLP_OK);
  stop(ul, "  angela   MERKEL "); /* by canonical name: both mentions */
  alias(ul, "paris", "City of Light");
  rows_of(ul, text, got);
  assert_string_equal(got, "Paris/GPE/City of Light");
  nlp_userlist_free(ul);

  /* an alias of the canonical name first, else of the text */
  assert_int_equal(nlp_userlist_new(&ul), NLP_OK);
  alias(ul, "Angela Merkel", "A. Merkel");
  alias(ul, "Merkel", "Chancellor Merkel");
  stop(ul, "Paris");
  entry(ul, "Paris", NLP_LABEL_PERSON, NULL); /* an entry beats a stop name */
  rows_of(ul, text, got);
  assert_string_equal(got, "Angela Merkel/PERSON/A. Merkel|Paris/PERSON/Paris|"
                           "Merkel/PERSON/A. Merkel");
  nlp_userlist_free(ul);

  /* an entry without a canonical name takes its phrase's alias */
  assert_int_equal(nlp_userlist_new(&ul), NLP_OK);
  entry(ul, "Zorblax Group", NLP_LABEL_LAW, NULL);
  alias(ul, "zorblax  group", "Zorblax");
  list_rows(ul, "ZORBLAX GROUP rose.", got);
  assert_string_equal(got, "ZORBLAX GROUP/LAW/Zorblax");
  nlp_userlist_free(ul);
}

/* Bad entries, aliases and stop names: NLP_EINVAL and why; the list keeps
** working. The same entry twice is fine. */
static void test_errors(void **state) {
  nlp_userlist_t *ul;
  nlp_label_t l;
  char got[OUT_CAP], long_phrase[200];
  (void)state;
  assert_int_equal(nlp_userlist_new(NULL), NLP_EINVAL);
  assert_int_equal(nlp_userlist_new(&ul), NLP_OK);
  assert_string_equal(nlp_userlist_errmsg(ul), "");
  assert_int_equal(nlp_userlist_add_entry(ul, "  ", 2, NLP_LABEL_ORG, NULL, 0),
                   NLP_EINVAL);
  assert_string_equal(nlp_userlist_errmsg(ul), "phrase has no token");
  assert_int_equal(nlp_userlist_add_entry(ul, "X", 1, NLP_LABEL_COUNT, NULL, 0),
                   NLP_EINVAL);
  assert_int_equal(nlp_userlist_add_entry(ul, "X", 1, NLP_LABEL_ORG, "", 0),
                   NLP_EINVAL);
  assert_string_equal(nlp_userlist_errmsg(ul), "empty canonical name");
  memset(long_phrase, 0, sizeof long_phrase);
  for (int i = 0; i < 33; i++)
    strcat(long_phrase, "a ");
  assert_int_equal(nlp_userlist_add_entry(ul, long_phrase, strlen(long_phrase),
                                          NLP_LABEL_ORG, NULL, 0),
                   NLP_EINVAL);
  assert_string_equal(nlp_userlist_errmsg(ul),
                      "phrase has more than 32 tokens");
  entry(ul, "Zorblax", NLP_LABEL_LAW, NULL);
  entry(ul, "Zorblax", NLP_LABEL_LAW, NULL); /* the same twice */
  assert_int_equal(
      nlp_userlist_add_entry(ul, "Zorblax", 7, NLP_LABEL_PERSON, NULL, 0),
      NLP_EINVAL);
  assert_string_equal(nlp_userlist_errmsg(ul),
                      "phrase given before with another label or canonical "
                      "name");
  entry(ul, "ZORBLAX", NLP_LABEL_PERSON, NULL); /* written otherwise: fine */
  assert_int_equal(nlp_userlist_add_alias(ul, " ", 1, "Y", 1), NLP_EINVAL);
  assert_string_equal(nlp_userlist_errmsg(ul), "empty name");
  assert_int_equal(nlp_userlist_add_alias(ul, "Y", 1, "", 0), NLP_EINVAL);
  alias(ul, "Qux", "Qux Ltd");
  alias(ul, "QUX", "Qux Ltd");
  assert_int_equal(nlp_userlist_add_alias(ul, "qux", 3, "Other", 5),
                   NLP_EINVAL);
  assert_int_equal(nlp_userlist_add_stop(ul, "", 0), NLP_EINVAL);
  assert_int_equal(nlp_userlist_add_stop(NULL, "x", 1), NLP_EINVAL);
  stop(ul, "Reuter");
  stop(ul, "reuter");
  list_rows(ul, "ZORBLAX and Zorblax met.", got);
  assert_string_equal(got, "ZORBLAX/PERSON/ZORBLAX|Zorblax/LAW/Zorblax");
  assert_int_equal(nlp_label_parse("org", 3, &l), NLP_OK);
  assert_int_equal(l, NLP_LABEL_ORG);
  assert_int_equal(nlp_label_parse("WORK_OF_ART", 11, &l), NLP_OK);
  assert_int_equal(l, NLP_LABEL_WORK_OF_ART);
  assert_int_equal(nlp_label_parse("COMPANY", 7, &l), NLP_EINVAL);
  assert_int_equal(nlp_label_parse("OR", 2, &l), NLP_EINVAL);
  assert_int_equal(
      nlp_userlist_entities_new(ul, NULL, "x", 1, NULL, NULL, NULL),
      NLP_EINVAL);
  nlp_userlist_free(ul);
}

/* A long list: every entry is found, and a text matches only whole
** entries (the first-token table and the phrase table under load). */
static void test_long_list(void **state) {
  nlp_userlist_t *ul;
  nlp_userlist_entities_t *it;
  nlp_entity_t e;
  char phrase[64], text[4096];
  size_t n = 0, found = 0;
  (void)state;
  assert_int_equal(nlp_userlist_new(&ul), NLP_OK);
  for (int i = 0; i < 20000; i++) {
    snprintf(phrase, sizeof phrase, "Zed%d Quarn%d", i % 50, i);
    entry(ul, phrase, NLP_LABEL_LAW, NULL);
  }
  for (int i = 0; i < 100; i++)
    n += (size_t)snprintf(text + n, sizeof text - n, "Zed%d Quarn%d and ",
                          (i * 199) % 50, i * 199);
  snprintf(text + n, sizeof text - n, "Zed1 Quarn2 end."); /* no such entry */
  assert_int_equal(
      nlp_userlist_entities_new(ul, NULL, text, strlen(text), NULL, NULL, &it),
      NLP_OK);
  while (nlp_userlist_entities_next(it, &e) == NLP_OK)
    found += e.label == NLP_LABEL_LAW &&
             strncmp(e.canonical, text + e.byte_start,
                     e.byte_end - e.byte_start) == 0 &&
             strncmp(e.canonical, "Zed1 Quarn2", 11) != 0;
  nlp_userlist_entities_free(it);
  /* each i * 199 < 20000 is an entry; "Zed1 Quarn2" is none */
  assert_int_equal(found, 100);
  nlp_userlist_free(ul);
}

/* A reference date places the DATE values of a list's rows as
** nlp_entities_new_opts() does; a bad one is NLP_EINVAL. */
static void test_reference_date(void **state) {
  const char *text = "Zorblax met on Wednesday.";
  nlp_userlist_t *ul;
  nlp_userlist_entities_t *it;
  nlp_entities_opts_t opts = {0};
  nlp_entity_t e;
  int dates = 0;
  (void)state;
  assert_int_equal(nlp_userlist_new(&ul), NLP_OK);
  entry(ul, "Zorblax", NLP_LABEL_ORG, NULL);
  opts.reference_date = "2023-12-19";
  assert_int_equal(nlp_userlist_entities_new_opts(ul, NULL, text, strlen(text),
                                                  &opts, NULL, NULL, &it),
                   NLP_OK);
  assert_string_equal(nlp_userlist_entities_reference_date(it), "2023-12-19");
  while (nlp_userlist_entities_next(it, &e) == NLP_OK)
    if (e.label == NLP_LABEL_DATE) {
      assert_string_equal(e.value, "2023-12-13"); /* met: the last one */
      dates++;
    }
  assert_int_equal(dates, 1);
  nlp_userlist_entities_free(it);
  assert_int_equal(
      nlp_userlist_entities_new(ul, NULL, text, strlen(text), NULL, NULL, &it),
      NLP_OK);
  assert_null(nlp_userlist_entities_reference_date(it));
  nlp_userlist_entities_free(it);
  opts.reference_date = "2023-02-30";
  it = (nlp_userlist_entities_t *)&opts; /* must be reset to NULL */
  assert_int_equal(nlp_userlist_entities_new_opts(ul, NULL, text, strlen(text),
                                                  &opts, NULL, NULL, &it),
                   NLP_EINVAL);
  assert_null(it);
  assert_null(nlp_userlist_entities_reference_date(NULL));
  nlp_userlist_free(ul);
}

/* The built-in country aliases give canonical names and leave labels. */
static void test_country_aliases(void **state) {
  char got[OUT_CAP];
  (void)state;
  nlp_test_entities("Britain and the USSR signed. Holland agreed.", got,
                    sizeof got);
  assert_string_equal(got, "Britain/GPE/United Kingdom|USSR/GPE/Soviet Union|"
                           "Holland/GPE/Netherlands");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_no_list),
      cmocka_unit_test(test_case_rules),
      cmocka_unit_test(test_tokens_and_spaces),
      cmocka_unit_test(test_leftmost_longest),
      cmocka_unit_test(test_precedence),
      cmocka_unit_test(test_errors),
      cmocka_unit_test(test_long_list),
      cmocka_unit_test(test_country_aliases),
      cmocka_unit_test(test_reference_date),
  };
  return cmocka_run_group_tests_name("user_lists", tests, NULL, NULL);
}
