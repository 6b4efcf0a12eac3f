/*
** test_ner_feat.c: the entity tagger's features do not depend on the order
** in which tokens are scored: a token's details (shapes, exact form,
** cluster; ner_tok_detail) are filled when first needed, and a feature that
** read a neighbour's details before they were filled would differ here.
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "ner/ner.h"
#include "ner/ner_gaz.h"
#include "util.h"

static const char TEXT[] =
    "EAGLE PASS, TEXAS - President Joe Biden met Andrés Manuel López "
    "Obrador in Mexico City on Wednesday. \xE2\x80\x9CIt\xE2\x80\x99s urgent,"
    "\xE2\x80\x9D said Alejandro Mayorkas of the Department of Homeland "
    "Security.\nThe U.S. and Canada's Justin Trudeau (CNN) spent $1.2 "
    "billion; McDonald's and iPhone users in New York's SoHo read "
    "ImagesCNN.\n\nA LINE IN CAPITALS WITH Names Inside It. x y z";

/* The obs features of every token, after all details were filled up
** front (eager) or of token `only` alone in a fresh document, so that no
** other token's features filled its neighbours' details. Returns the
** number of tokens. */
static size_t features(int eager, size_t only, uint32_t (*out)[NER_MAX_FEATS],
                       size_t *nout, size_t max) {
  ner_doc_t d;
  size_t k = 0;
  assert_int_equal(ner_doc_init(&d, TEXT, strlen(TEXT)), NLP_OK);
  while (ner_doc_block(&d, 4096) == NLP_OK) {
    assert_true(k + d.ntoks <= max);
    if (eager)
      for (size_t i = 0; i < d.ntoks; i++)
        ner_tok_detail(&d, i);
    for (size_t i = 0; i < d.ntoks; i++)
      if (eager || k + i == only)
        nout[k + i] = ner_features_obs(&d, i, 0xfffff, out[k + i]);
    k += d.ntoks;
  }
  ner_doc_free(&d);
  return k;
}

static void test_lazy_details_are_exact(void **state) {
  enum { MAX = 512 };
  uint32_t(*a)[NER_MAX_FEATS] = calloc(MAX, sizeof *a);
  uint32_t(*b)[NER_MAX_FEATS] = calloc(MAX, sizeof *b);
  size_t na[MAX] = {0}, nb[MAX] = {0};
  (void)state;
  assert_non_null(a);
  assert_non_null(b);
  size_t n = features(1, 0, a, na, MAX);
  assert_in_range(n, 60, MAX);
  assert_in_range(na[0], 10, NER_MAX_FEATS);
  for (size_t i = 0; i < n; i++) {
    features(0, i, b, nb, MAX);
    assert_int_equal(na[i], nb[i]);
    assert_memory_equal(a[i], b[i], na[i] * sizeof a[i][0]);
  }
  free(a);
  free(b);
}

/* Pass 2 reads the tokens pass 1 kept in its byte stream (the short form
** and the long one: gaps of white space, words over 255 bytes, sentences
** skipped) exactly as a second tokenisation gives them. */
static void test_kept_tokens_are_exact(void **state) {
  char text[4096];
  size_t n = 0;
  ner_doc_t a, b;
  (void)state;
  n += (size_t)snprintf(text + n, sizeof text - n,
                        "Mr. Biden went to Texas.   \n\n\n   \"Why?\" ");
  for (int i = 0; i < 300; i++)
    text[n++] = (char)('a' + i % 26);
  n += (size_t)snprintf(text + n, sizeof text - n,
                        " . . . !!! ?? Then  %s\tMexico City. (CNN) "
                        "\xE2\x80\x9CIt\xE2\x80\x99s\xE2\x80\x9D 11,000 $5.",
                        "\n\n");
  assert_int_equal(ner_doc_init(&a, text, n), NLP_OK);
  assert_int_equal(ner_doc_init(&b, text, n), NLP_OK);
  assert_true(a.use_cache && a.nctoks > 30);
  assert_true(a.cbuf_len < 4 * a.nctoks);
  b.use_cache = 0;
  nlp_test_same_blocks(&a, &b, 8);
}

/* Each word's case class and lower-case hash, however long it is and
** however near the end of the text (the fast path reads eight bytes at a
** time), as a byte-by-byte reading of it gives them. */
static void test_token_case_is_exact(void **state) {
  static const char *const WORDS[] = {"a",
                                      "I",
                                      "Go",
                                      "USA",
                                      "McDonald",
                                      "iPhone",
                                      "U.S.",
                                      "x86-64",
                                      "ALLCAPSWORD",
                                      "lowercase",
                                      "TitleCaseIs",
                                      "mIxEdCaSeWordOfSixteen",
                                      "ABCDEFGHIJKLMNOP",
                                      "abcdefghijklmnopq",
                                      "Sixteen-Letters!",
                                      "Z",
                                      "zZ",
                                      "@home",
                                      "{[]}",
                                      "Ab1"};
  const size_t nw = sizeof WORDS / sizeof WORDS[0];
  char text[512];
  (void)state;
  for (size_t end = 0; end < nw; end++) {
    /* every word once, the text ending with word `end` */
    size_t n = 0;
    ner_doc_t d;
    for (size_t k = 0; k <= end; k++)
      n += (size_t)snprintf(text + n, sizeof text - n, "%s%s", k ? " " : "",
                            WORDS[(k + nw - end) % nw]);
    assert_int_equal(ner_doc_init(&d, text, n), NLP_OK);
    while (ner_doc_block(&d, 4096) == NLP_OK)
      for (size_t i = 0; i < d.ntoks; i++) {
        const ner_tok_t *t = &d.toks[i];
        char low[64];
        size_t len = t->be - t->bs, up = 0, lo = 0;
        int cap;
        assert_true(len < sizeof low);
        for (size_t j = 0; j < len; j++) {
          char c = text[t->bs + j];
          up += c >= 'A' && c <= 'Z';
          lo += c >= 'a' && c <= 'z';
          low[j] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        cap = up == 0                                          ? 0
              : text[t->bs] >= 'A' && text[t->bs] <= 'Z' && lo ? 1
              : lo == 0 ? (up >= 2 ? 2 : 1)
                        : 3;
        assert_int_equal(t->cap, cap);
        assert_int_equal(t->h_lower, ner_hash(low, len, 1));
      }
    ner_doc_free(&d);
  }
}

/* Every gazetteer name that the tokeniser reads as its own words (and
** punctuation) is found whole at its first token (ner_gaz_match turns a
** token away early by its first word; a wrong turn-away would lose the
** name here). */
static void test_every_gazetteer_name_matches(void **state) {
  size_t tried = 0;
  (void)state;
  for (size_t g = 0; g < NER_GAZ_COUNT; g++) {
    const char *name = NER_GAZ[g].name;
    char joined[300];
    size_t n = 0, ntok = 0;
    unsigned bits;
    ner_doc_t d;
    assert_int_equal(ner_doc_init(&d, name, NER_GAZ[g].len), NLP_OK);
    assert_int_equal(ner_doc_block(&d, 4096), NLP_OK);
    for (size_t i = 0; i < d.ntoks && n + 1 < sizeof joined - 64; i++) {
      const ner_tok_t *t = &d.toks[i];
      if (t->kind != NLP_TOKEN_WORD && t->kind != NLP_TOKEN_PUNCT)
        break; /* names are read over words and punctuation only */
      n += (size_t)snprintf(joined + n, sizeof joined - n, "%s%.*s",
                            i ? " " : "", (int)(t->be - t->bs), name + t->bs);
      ntok++;
    }
    if (ntok == d.ntoks && ntok <= 5 && strcmp(joined, name) == 0 &&
        d.toks[0].sent_end == ntok) {
      assert_int_equal(ner_gaz_match(&d, 0, &bits), ntok);
      assert_int_equal(bits, NER_GAZ[g].bits);
      tried++;
    }
    ner_doc_free(&d);
  }
  assert_true(tried > NER_GAZ_COUNT / 2);
}

/* The web's register (ner_doc_involved): more than 1 word in 20 a pronoun
** of the first or second person, or an address, mention, hashtag or emoji,
** or more than 1 in 500 a question or exclamation mark outside quotation
** marks, in 20 words or more; news that quotes a speaker once is not
** ("we"), nor news that quotes questions, nor a short note. Sentences written
*for the test. */
static void test_web_register(void **state) {
  static const struct {
    const char *text;
    int involved;
  } cases[] = {
      {"I ordered the soup and my husband had the fish. You will not be "
       "disappointed, the staff were great and we will be back soon.",
       1},
      {"ok so u know that shop near the station? im going there with my "
       "sister tomorrow if you want to come along with us",
       1},
      {"The council approved the new bridge on Tuesday after a long debate. "
       "Officials said the work would start in spring and cost about four "
       "million pounds. \"We are pleased,\" the mayor said.",
       0},
      {"I loved it. You will too.", 0}, /* under 20 words */
      /* a token only web text has: an address, a mention, an emoji */
      {"The bakery on Mill Lane opens at nine on weekdays. The menu and the "
       "prices for the week are at https://example.com/menu as usual.",
       1},
      {"Great match for the Harbour Rovers tonight, three goals in the "
       "second half and a clean sheet at the back @roverscity",
       1},
      /* questions and exclamations: more than 1 in 500 words, outside
      ** quotation marks (curly or straight) */
      {"Which bakery on Mill Lane is the best? The one by the station has "
       "the better bread, the one by the bridge the better cakes. Hard "
       "choice!",
       1},
      {"\u201cWhy now?\u201d the mayor asked the council on Tuesday. The "
       "vote on the new bridge was put off again. \"Enough!\" said one "
       "of the traders from the market by the river.",
       0},
  };
  (void)state;
  for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
    ner_doc_t d;
    assert_int_equal(ner_doc_init(&d, cases[k].text, strlen(cases[k].text)),
                     NLP_OK);
    if (ner_doc_involved(&d) != cases[k].involved)
      fail_msg("case %zu: involved %d", k, ner_doc_involved(&d));
    ner_doc_free(&d);
  }
}

/* The register of a long text is judged on its first NER_REGISTER_WORDS
** words: news for 10,500 words, then chat, is news (the whole text has
** more than 1 pronoun in 20 words: 1,000 in 13,000); the chat alone is
** not. */
static void test_web_register_first_words(void **state) {
  static const char news[] = "The council met on Tuesday. ";
  static const char chat[] = "I think you are right. ";
  size_t nn = sizeof news - 1, nc = sizeof chat - 1, n = 0;
  char *text = malloc(2100 * nn + 500 * nc + 1);
  ner_doc_t d;
  (void)state;
  assert_non_null(text);
  for (int k = 0; k < 2100; k++, n += nn)
    memcpy(text + n, news, nn);
  for (int k = 0; k < 500; k++, n += nc)
    memcpy(text + n, chat, nc);
  assert_int_equal(ner_doc_init(&d, text, n), NLP_OK);
  assert_true(d.nwords >= 13000);
  assert_true(d.ninvolved * 20 < d.nregister);
  assert_false(ner_doc_involved(&d));
  ner_doc_free(&d);
  assert_int_equal(ner_doc_init(&d, text + 2100 * nn, 500 * nc), NLP_OK);
  assert_true(ner_doc_involved(&d));
  ner_doc_free(&d);
  free(text);
}

/* Every gazetteer name is looked up whole with the bits of its first
** entry (names are looked up by hash; a name left out of the table, or a
** later duplicate taking its place, would show here). */
static void test_every_gazetteer_name_is_looked_up(void **state) {
  (void)state;
  for (size_t g = 0; g < NER_GAZ_COUNT; g++) {
    size_t first = g;
    while (first > 0 && NER_GAZ[first - 1].len == NER_GAZ[g].len &&
           memcmp(NER_GAZ[first - 1].name, NER_GAZ[g].name, NER_GAZ[g].len) ==
               0)
      first--;
    assert_int_equal(ner_gaz_lookup(NER_GAZ[g].name, NER_GAZ[g].len),
                     NER_GAZ[first].bits);
  }
  assert_int_equal(ner_gaz_lookup("mexic", 5), 0);
  assert_int_equal(ner_gaz_lookup("new", 3), 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_lazy_details_are_exact),
      cmocka_unit_test(test_kept_tokens_are_exact),
      cmocka_unit_test(test_token_case_is_exact),
      cmocka_unit_test(test_every_gazetteer_name_matches),
      cmocka_unit_test(test_every_gazetteer_name_is_looked_up),
      cmocka_unit_test(test_web_register),
      cmocka_unit_test(test_web_register_first_words),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
