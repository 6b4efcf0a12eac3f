/* test_entities_labels.c: the labels beyond PERSON/GPE/ORG (issue 13 point
** 6: WORK_OF_ART, PRODUCT, FAC, EVENT, LAW, LANGUAGE) and the labels decided
** with document-level evidence (point 2). Table-driven: each case compares
** the whole list of entities of its own sentence (text/label/canonical, in
** order). The sentences are written for these tests. */
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

typedef struct {
  const char *text, *want;
} label_case_t;

static void expect_cases(const label_case_t *cases, size_t n) {
  char got[2048];
  for (size_t i = 0; i < n; i++) {
    nlp_test_entities(cases[i].text, got, sizeof got);
    if (strcmp(got, cases[i].want) != 0)
      print_error("case %zu: %s\n", i, cases[i].text);
    assert_string_equal(got, cases[i].want);
  }
}
#define EXPECT_CASES(c) expect_cases(c, sizeof c / sizeof c[0])

/* WORK_OF_ART: the frames of a title (works.c). */
static void test_work_of_art(void **state) {
  static const label_case_t CASES[] = {
      /* work_noun */
      {"Critics praised the novel Quiet Harbour.",
       "Quiet Harbour/WORK_OF_ART/Quiet Harbour"},
      /* work_appositive: a comma after the kind of work */
      {"The duo released their second album, Copper Kites, in May.",
       "second/ORDINAL/second|Copper Kites/WORK_OF_ART/Copper "
       "Kites|May/DATE/May"},
      /* a title in quotes */
      {"Her new single, \"Paper Lanterns\", is out now.",
       "Paper Lanterns/WORK_OF_ART/Paper Lanterns|now/DATE/now"},
      /* work_called, with the title's own article (work_article) */
      {"She wrote a novel called The Long Night.",
       "The Long Night/WORK_OF_ART/The Long Night"},
      {"He sang a song titled \"A Winter Road\".",
       "A Winter Road/WORK_OF_ART/A Winter Road"},
      /* every mention of the title follows it */
      {"Fans queued for the game Starfall Legends. Starfall Legends sold "
       "well.",
       "Starfall Legends/WORK_OF_ART/Starfall Legends|Starfall "
       "Legends/WORK_OF_ART/Starfall Legends"},
      /* work_role: an actor's part */
      {"She won praise for her role in Quiet Harbour.",
       "Quiet Harbour/WORK_OF_ART/Quiet Harbour"},
      /* "play" and "show" are verbs too: no frame */
      {"Leeds play Everton on Sunday.",
       "Leeds/ORG/Leeds|Everton/ORG/Everton|Sunday/DATE/Sunday"},
  };
  (void)state;
  EXPECT_CASES(CASES);
}

/* PRODUCT: a name after a kind of product, in every mention (works.c
** product_frame), or one of the known products (products.txt). */
static void test_product(void **state) {
  static const label_case_t CASES[] = {
      {"Users flocked to the browser Velonix. Velonix is free.",
       "Velonix/PRODUCT/Velonix|Velonix/PRODUCT/Velonix"},
      {"She bought the console, Zenbox, in May.",
       "Zenbox/PRODUCT/Zenbox|May/DATE/May"},
      /* not a given name */
      {"It is the phone Ann Lee uses.", "Ann Lee/PERSON/Ann Lee"},
      {"Install Adobe Acrobat Reader today.",
       "Adobe Acrobat Reader/PRODUCT/Adobe Acrobat Reader|today/DATE/today"},
  };
  (void)state;
  EXPECT_CASES(CASES);
}

/* FAC, EVENT, LAW: the head word of the name (labels.c). */
static void test_fac_event_law(void **state) {
  static const label_case_t CASES[] = {
      /* FAC: a building or ground word last, no given name first */
      {"Crowds gathered at Lindell Park on Sunday.",
       "Lindell Park/FAC/Lindell Park|Sunday/DATE/Sunday"},
      {"The show was held at the Olympic Stadium.",
       "Olympic Stadium/FAC/Olympic Stadium"},
      {"Coach Anna Park said she was pleased.", "Anna Park/PERSON/Anna Park"},
      /* EVENT: "Awards", "Festival", "Cup" last */
      {"She won two prizes at the Harbour Music Awards.",
       "two/CARDINAL/two|Harbour Music Awards/EVENT/Harbour Music Awards"},
      /* LAW: law_last ("Bill", "Act", "Treaty" last), law_of */
      {"MPs debated the Gambling Bill on Monday.",
       "Gambling Bill/LAW/Gambling Bill|Monday/DATE/Monday"},
      {"Peers threw out the Hunting Bill.", "Hunting Bill/LAW/Hunting Bill"},
      {"The Treaty of Rome was signed.", "Treaty of Rome/LAW/Treaty of Rome"},
      {"Bill Gates spoke.", "Bill Gates/PERSON/Bill Gates"},
  };
  (void)state;
  EXPECT_CASES(CASES);
}

/* LANGUAGE: a language's name where a language is spoken (labels.c
** language_frame); its people's adjective otherwise. */
static void test_language(void **state) {
  static const label_case_t CASES[] = {
      {"She answered in Spanish.", "Spanish/LANGUAGE/Spanish"},
      {"He speaks fluent Arabic and French.",
       "Arabic/LANGUAGE/Arabic|French/LANGUAGE/French"},
      {"The book was translated into German.", "German/LANGUAGE/German"},
      {"Classes are taught in English and Welsh.",
       "English/LANGUAGE/English|Welsh/LANGUAGE/Welsh"},
      /* an adjective before its noun, or no frame: NORP */
      {"A rise in French exports.", "French/NORP/French"},
      {"The Spanish government said no.", "Spanish/NORP/Spanish"},
  };
  (void)state;
  EXPECT_CASES(CASES);
}

/* One entity, one label: the cues of all the mentions of a name decide
** between ORG and PERSON (evidence.c). */
static void test_document_evidence(void **state) {
  static const label_case_t CASES[] = {
      /* org_noun_before: the later mention follows the first ("Carmaker
      ** Dunmore", which the tagger now takes whole as a person's name, is
      ** a known miss of test_entities.c) */
      {"The band Harrow Lane won. Harrow Lane played in Leeds.",
       "Harrow Lane/ORG/Harrow Lane|Harrow Lane/ORG/Harrow Lane|"
       "Leeds/GPE/Leeds"},
      /* org_word_after: a team's or company's word after the name */
      /* (alone, "Greer won." is a PERSON) */
      {"Greer won.", "Greer/PERSON/Greer"},
      {"Greer won. Greer boss Ann Lee praised the team.",
       "Greer/ORG/Greer|Greer/ORG/Greer|Ann Lee/PERSON/Ann Lee"},
      /* split_known_org only before a post: "Sony" + "Pictures ..." is
      ** one name here */
      {"The chief said Google Cloud Platform sales rose.",
       "Google Cloud Platform/ORG/Google Cloud Platform"},
      {"Google Cloud Platform officials met.",
       "Google/ORG/Google|Cloud Platform/ORG/Cloud Platform"},
  };
  (void)state;
  EXPECT_CASES(CASES);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_work_of_art),       cmocka_unit_test(test_product),
      cmocka_unit_test(test_fac_event_law),     cmocka_unit_test(test_language),
      cmocka_unit_test(test_document_evidence),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
