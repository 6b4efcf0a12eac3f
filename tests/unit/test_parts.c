/* test_parts.c: nlp_parts, table-driven, on short page texts written for
** these tests in the styles of several news sites. */
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

#define MAXP 10
typedef struct {
  const char *kind; /* nlp_part_kind_name */
  const char *part;
} want_t;

typedef struct {
  const char *text;
  want_t want[MAXP]; /* ended by a NULL kind */
} parts_case;

#define MD "\xE2\x80\x94" /* — */
#define RS "\xE2\x80\x99" /* ’ */

static const parts_case CASES[] = {
    /* 1. Headline, byline, AP dateline, body. */
    {"Storm batters coast\n\nBy Jane Doe, CNN\n\nMIAMI (AP) " MD
     " The storm arrived on Monday. Thousands lost power.",
     {{"headline", "Storm batters coast"},
      {"byline", "By Jane Doe, CNN"},
      {"dateline", "MIAMI (AP) " MD},
      {"body", "The storm arrived on Monday. Thousands lost power."}}},
    /* 2. Reuters dateline with a date and a hyphen. */
    {"LONDON, March 3 (Reuters) - Shares fell sharply on Tuesday.",
     {{"dateline", "LONDON, March 3 (Reuters) -"},
      {"body", "Shares fell sharply on Tuesday."}}},
    /* 3. (CNN) dateline. */
    {"(CNN) " MD " A judge ruled on Friday that the law stands.",
     {{"dateline", "(CNN) " MD},
      {"body", "A judge ruled on Friday that the law stands."}}},
    /* 4. Caption glued to a credit and a source, as scrapers leave it. */
    {"Crowds gather outside the court on Monday.Sam Reed/Getty ImagesCNN " MD
     " \n\nThe verdict came late.",
     {{"caption", "Crowds gather outside the court on Monday."},
      {"credit", "Sam Reed/Getty Images"},
      {"dateline", "CNN " MD},
      {"body", "The verdict came late."}}},
    /* 5. Caption with a parenthesised credit. */
    {"Firefighters work on the blaze in Athens. (Photo by Nikos Pappas/AFP "
     "via Getty Images)\n\nThe fire spread overnight.",
     {{"caption", "Firefighters work on the blaze in Athens."},
      {"credit", "(Photo by Nikos Pappas/AFP via Getty Images)"},
      {"body", "The fire spread overnight."}}},
    /* 6. AP Photo credit. */
    {"The president waves from the stage. (AP Photo/Evan Marsh)\n\nHe spoke "
     "for an hour.",
     {{"caption", "The president waves from the stage."},
      {"credit", "(AP Photo/Evan Marsh)"},
      {"body", "He spoke for an hour."}}},
    /* 7. Contributor line. */
    {"The talks ended without a deal.\n\nCNN" RS
     "s Maria Santos contributed to this report.",
     {{"body", "The talks ended without a deal."},
      {"credit", "CNN" RS "s Maria Santos contributed to this report."}}},
    /* 8. Reuters reporting and editing credits. */
    {"Oil rose 2% on Friday.\n\nReporting by Tom Hale; Editing by Ann Cole",
     {{"body", "Oil rose 2% on Friday."},
      {"credit", "Reporting by Tom Hale; Editing by Ann Cole"}}},
    /* 9. Ad marker between body paragraphs. */
    {"First paragraph here.\n\nAd Feedback\n\nSecond paragraph here.",
     {{"body", "First paragraph here."},
      {"boilerplate", "Ad Feedback"},
      {"body", "Second paragraph here."}}},
    /* 10. Comment form. */
    {"The end of the story.\n\nLeave a Reply\n\nYour email address will not "
     "be published. Required fields are marked *",
     {{"body", "The end of the story."},
      {"boilerplate", "Leave a Reply"},
      {"boilerplate", "Your email address will not be published. Required "
                      "fields are marked *"}}},
    /* 11. Read more and share prompts. */
    {"Prices rose again.\n\nRead more: Why prices keep rising\n\nShare this "
     "article on Facebook",
     {{"body", "Prices rose again."},
      {"boilerplate", "Read more: Why prices keep rising"},
      {"boilerplate", "Share this article on Facebook"}}},
    /* 12. Newsletter and cookie notices. */
    {"The match ended 2-2.\n\nSign up for our free sports newsletter.\n\nWe "
     "use cookies to improve your experience.",
     {{"body", "The match ended 2-2."},
      {"boilerplate", "Sign up for our free sports newsletter."},
      {"boilerplate", "We use cookies to improve your experience."}}},
    /* 13. Body prose that mentions cookies is body. */
    {"Bakers sold more cookies this winter than ever before, the trade body "
     "said on Monday in its annual report on the industry and its prospects "
     "for the coming year, which it expects to be difficult.",
     {{"body", "Bakers sold more cookies this winter than ever before, the "
               "trade body said on Monday in its annual report on the "
               "industry and its prospects for the coming year, which it "
               "expects to be difficult."}}},
    /* 14. A headline ending in a question mark. */
    {"Is this the end of cash?\n\nFewer people use coins.",
     {{"headline", "Is this the end of cash?"},
      {"body", "Fewer people use coins."}}},
    /* 15. A first paragraph that is a sentence is not a headline. */
    {"The council met on Monday.\n\nIt voted to close the library.",
     {{"body", "The council met on Monday."},
      {"body", "It voted to close the library."}}},
    /* 16. Hard-wrapped body lines make one part. */
    {"The council met on Monday\nand voted to close the\nlibrary.\n\nNext.",
     {{"body", "The council met on Monday\nand voted to close the\nlibrary."},
      {"body", "Next."}}},
    /* 17. A hyphenated compound is not a dateline. */
    {"Headline here\n\nUS-Mexico talks - a new round - began today.",
     {{"headline", "Headline here"},
      {"body", "US-Mexico talks - a new round - began today."}}},
    /* 18. Slashes that are not credits: 24/7, and/or, AC/DC. */
    {"Title\n\nThe shop is open 24/7 and/or online, said AC/DC fans.",
     {{"headline", "Title"},
      {"body", "The shop is open 24/7 and/or online, said AC/DC fans."}}},
    /* 19. Guardian-style photo credit line. */
    {"Protesters in Paris.\nPhotograph: Leo Martin/Reuters\n\nThe march "
     "was peaceful.",
     {{"body", "Protesters in Paris."},
      {"credit", "Photograph: Leo Martin/Reuters"},
      {"body", "The march was peaceful."}}},
    /* 20. BBC-style image caption line. */
    {"Image caption, Rescuers searched through the night\n\nThe search goes "
     "on.",
     {{"caption", "Image caption, Rescuers searched through the night"},
      {"body", "The search goes on."}}},
    /* 21. A dateline is only at the start of the body. */
    {"The vote was close.\n\nPARIS (AFP) " MD " later text.",
     {{"body", "The vote was close."},
      {"body", "PARIS (AFP) " MD " later text."}}},
    /* 22. Invalid UTF-8 is body, and nothing is lost. */
    {"\xFF\xFE bad bytes \x80 here.",
     {{"body", "\xFF\xFE bad bytes \x80 here."}}},
    /* 23. A headline may end with an ellipsis. */
    {"Rivals of the cheap phone...\n\nThe phone sold out.",
     {{"headline", "Rivals of the cheap phone..."},
      {"body", "The phone sold out."}}},
    /* 24. A slash inside a sentence is not a credit. */
    {"Title\n\nIBM built the Blue Gene/L machine for the lab.",
     {{"headline", "Title"},
      {"body", "IBM built the Blue Gene/L machine for the lab."}}},
    /* 25. Empty and space-only texts have no parts. */
    {" \n\n \t ", {{NULL, NULL}}},
    /* 26. Wire copy: capitals headline, dateline, body, table rows (a row
    ** label between rows), the agency's sign-off a credit. */
    {"HARBOUR MILLS <HML> 4TH QTR NET\n\n    OSLO, March 4 - Harbour Mills "
     "said\nprofit rose.\n    Shr 23 cts vs 34 cts\n    Net 1,200,000 vs "
     "1,500,000\n    Year\n    Shr 80 cts vs 71 cts\n    Net 4.1 mln vs 3.6 "
     "mln\n Reuter",
     {{"headline", "HARBOUR MILLS <HML> 4TH QTR NET"},
      {"dateline", "OSLO, March 4 -"},
      {"body", "Harbour Mills said\nprofit rose."},
      {"table", "Shr 23 cts vs 34 cts\n    Net 1,200,000 vs 1,500,000\n    "
                "Year\n    Shr 80 cts vs 71 cts\n    Net 4.1 mln vs 3.6 mln"},
      {"credit", "Reuter"}}},
    /* 27. The first row of a table written in words. */
    {"ACME SETS DIVIDEND\n\nQtly div five cts vs five cts\n    Pay April 2\n"
     "    Record March 16\n Reuter",
     {{"headline", "ACME SETS DIVIDEND"},
      {"table", "Qtly div five cts vs five cts\n    Pay April 2\n    Record "
                "March 16"},
      {"credit", "Reuter"}}},
    /* 28. Sign-offs of other agencies; prose with figures is no table. */
    {"Rain fell in 12 towns on Monday.\nIt was the wettest day since 1998.\n"
     "\n(AP)",
     {{"body", "Rain fell in 12 towns on Monday.\nIt was the wettest day "
               "since 1998."},
      {"credit", "(AP)"}}},
    {"Talks resumed.\n\nAFP...",
     {{"body", "Talks resumed."}, {"credit", "AFP..."}}},
    {NULL, {{NULL, NULL}}}};

static void check_case(const parts_case *c) {
  nlp_parts_t *it;
  nlp_part_t p;
  size_t n = 0, len = strlen(c->text);
  assert_int_equal(nlp_parts_new(c->text, len, &it), NLP_OK);
  while (nlp_parts_next(it, &p) == NLP_OK) {
    const want_t *w = &c->want[n];
    if (n >= MAXP || !w->kind)
      fail_msg("extra part in: %s\ngot %s: %.*s", c->text,
               nlp_part_kind_name(p.kind), (int)(p.byte_end - p.byte_start),
               c->text + p.byte_start);
    assert_int_equal(p.idx, n);
    if (strcmp(w->kind, nlp_part_kind_name(p.kind)) != 0 ||
        strlen(w->part) != p.byte_end - p.byte_start ||
        memcmp(w->part, c->text + p.byte_start, p.byte_end - p.byte_start))
      fail_msg("text: %s\nexpected %s: %s\ngot %s: %.*s", c->text, w->kind,
               w->part, nlp_part_kind_name(p.kind),
               (int)(p.byte_end - p.byte_start), c->text + p.byte_start);
    n++;
  }
  if (n < MAXP && c->want[n].kind)
    fail_msg("missing part %zu (%s) in: %s", n, c->want[n].part, c->text);
  nlp_parts_free(it);
}

static void test_cases(void **state) {
  (void)state;
  for (size_t i = 0; CASES[i].text; i++)
    check_case(&CASES[i]);
}

/* Parts are in order, do not overlap and cover every non-space byte. */
static void test_cover(void **state) {
  const char *t = "Head\n\nBy A B\n\nX Y/Getty ImagesCNN " MD " Body one.\n"
                  "Body two.\n\nAd Feedback\n\nEnd.";
  size_t len = strlen(t), last = 0, covered = 0, nonspace = 0;
  nlp_parts_t *it;
  nlp_part_t p;
  (void)state;
  for (size_t i = 0; i < len; i++)
    if (t[i] != ' ' && t[i] != '\n')
      nonspace++;
  assert_int_equal(nlp_parts_new(t, len, &it), NLP_OK);
  while (nlp_parts_next(it, &p) == NLP_OK) {
    assert_true(p.byte_start >= last && p.byte_start < p.byte_end);
    for (size_t i = p.byte_start; i < p.byte_end; i++)
      if (t[i] != ' ' && t[i] != '\n')
        covered++;
    last = p.byte_end;
  }
  assert_int_equal(covered, nonspace);
  nlp_parts_free(it);
}

static void test_contract(void **state) {
  nlp_parts_t *it;
  nlp_part_t p;
  (void)state;
  assert_int_equal(nlp_parts_new(NULL, 0, &it), NLP_OK);
  assert_int_equal(nlp_parts_next(it, &p), NLP_DONE);
  nlp_parts_free(it);
  assert_int_equal(nlp_parts_new(NULL, 1, &it), NLP_EINVAL);
  nlp_parts_free(NULL);
  assert_string_equal(nlp_part_kind_name(NLP_PART_BOILERPLATE), "boilerplate");
}

/* The sample article, part by part: every part's kind and byte span, and
** the text of the first six. */
static void test_seed(void **state) {
  char path[4096], got[2048];
  const char *src = getenv("NLP_SOURCE_DIR");
  size_t len, n = 0, at = 0;
  char *text;
  nlp_parts_t *it;
  nlp_part_t p;
  int rc;
  static const char *const starts[] = {"Blinken and Mayorkas",
                                       "EAGLE PASS, TEXAS",
                                       "(Photo by John Moore/Getty Images)",
                                       "An immigrant family crosses",
                                       "John Moore/Getty Images",
                                       "CNN\xC2\xA0" MD}; /* no-break */
  (void)state;
  snprintf(path, sizeof(path), "%s/sample/seed_article.txt", src ? src : ".");
  text = nlp_test_read_file(path, &len);
  if (!text)
    skip();
  assert_int_equal(nlp_parts_new(text, len, &it), NLP_OK);
  while ((rc = nlp_parts_next(it, &p)) == NLP_OK) {
    if (n < sizeof starts / sizeof starts[0])
      assert_memory_equal(text + p.byte_start, starts[n], strlen(starts[n]));
    at += (size_t)snprintf(got + at, sizeof got - at, "%s%s %zu-%zu",
                           n ? "|" : "", nlp_part_kind_name(p.kind),
                           p.byte_start, p.byte_end);
    assert_true(at < sizeof got);
    n++;
  }
  assert_int_equal(rc, NLP_DONE);
  assert_string_equal(
      got, "headline 0-118|caption 120-421|credit 422-456|caption 458-707|"
           "credit 707-730|dateline 730-738|body 742-960|body 962-1477|"
           "body 1479-1817|body 1819-2065|body 2067-2300|body 2302-2520|"
           "body 2522-2812|boilerplate 2814-2825|body 2827-3145|"
           "body 3147-3392|body 3394-3555|body 3557-3837|body 3839-4020|"
           "body 4022-4319|body 4321-4519|body 4521-4913|credit 4915-4962|"
           "boilerplate 4964-4977|boilerplate 4979-5049");
  nlp_parts_free(it);
  free(text);
}

/* A very long line of slashes and brackets stays linear and safe. */
static void test_long_line(void **state) {
  size_t len = 400000, rows = 0;
  char *t = malloc(len);
  nlp_parts_t *it;
  nlp_part_t p;
  (void)state;
  assert_non_null(t);
  for (size_t i = 0; i < len; i++)
    t[i] = "A/B (Photo by "[i % 14];
  assert_int_equal(nlp_parts_new(t, len, &it), NLP_OK);
  while (nlp_parts_next(it, &p) == NLP_OK) {
    /* one paragraph of body text, whole */
    assert_int_equal(p.kind, NLP_PART_BODY);
    assert_int_equal(p.byte_start, 0);
    assert_int_equal(p.byte_end, len);
    rows++;
  }
  assert_int_equal(rows, 1);
  nlp_parts_free(it);
  free(t);
}

/* Parts of text[0, len) as "kind start end;" into out (a line at the
** text's start is read from a buffer of exactly len bytes, so a read before
** it is caught by ASan). */
static void parts_of(const char *text, size_t len, size_t shift, char *out,
                     size_t cap) {
  char *t = malloc(len ? len : 1);
  nlp_parts_t *it;
  nlp_part_t p;
  size_t n = 0;
  assert_non_null(t);
  memcpy(t, text, len);
  assert_int_equal(nlp_parts_new(t, len, &it), NLP_OK);
  out[0] = '\0';
  while (nlp_parts_next(it, &p) == NLP_OK && n < cap)
    n += (size_t)snprintf(out + n, cap - n, "%s %zu %zu;",
                          nlp_part_kind_name(p.kind), p.byte_start - shift,
                          p.byte_end - shift);
  nlp_parts_free(it);
  free(t);
}

/* A row-like line in lower case at the very start of the text, before an
** indented line, is read as at the start of a line (not indented), as after
** a line break: "net 1.2 mln vs 1.5 mln" (ASan: row_like read the byte
** before the text). */
static void test_text_start(void **state) {
  static const char *const texts[] = {
      "\nnet 1.2 mln vs 1.5 mln\n    Shr 23 cts vs 34 cts\n",
      "\nqtly div five cts vs five cts\n  Net 1.2 mln vs 1.5 mln\n\nThe "
      "company said so.",
      "\nshr 23 cts\n\tvs 34 cts",
  };
  char at_start[512], after_break[512];
  (void)state;
  for (size_t k = 0; k < sizeof(texts) / sizeof(texts[0]); k++) {
    parts_of(texts[k] + 1, strlen(texts[k]) - 1, 0, at_start, sizeof(at_start));
    parts_of(texts[k], strlen(texts[k]), 1, after_break, sizeof(after_break));
    assert_string_equal(at_start, after_break);
    assert_true(at_start[0] != '\0');
  }
}

/* Random texts built from tricky pieces: parts in order, disjoint, inside
** the text, trimmed. */
static void test_random(void **state) {
  static const char *const pieces[] = {"A",
                                       "Word",
                                       "word",
                                       " ",
                                       "\n",
                                       "\n\n",
                                       "/",
                                       "Getty Images",
                                       "(",
                                       ")",
                                       "Photo by ",
                                       "CNN",
                                       MD,
                                       "-",
                                       ".",
                                       ",",
                                       "By ",
                                       "Ad Feedback",
                                       "Read more",
                                       "\xFF",
                                       "\xE2\x80",
                                       "WASHINGTON",
                                       "(AP)",
                                       "contributed "
                                       "to this report",
                                       "s",
                                       "\r\n"};
  size_t np = sizeof(pieces) / sizeof(pieces[0]);
  uint32_t seed = 777;
  char buf[2048];
  (void)state;
  for (int round = 0; round < 2000; round++) {
    size_t len = 0, last = 0;
    nlp_parts_t *it;
    nlp_part_t p;
    int n = (int)((seed >> 8) % 120);
    for (int k = 0; k < n; k++) {
      const char *s;
      size_t sl;
      seed = seed * 1103515245u + 12345u;
      s = pieces[(seed >> 16) % np];
      sl = strlen(s);
      if (len + sl >= sizeof(buf))
        break;
      memcpy(buf + len, s, sl);
      len += sl;
    }
    seed = seed * 1103515245u + 12345u;
    assert_int_equal(nlp_parts_new(buf, len, &it), NLP_OK);
    while (nlp_parts_next(it, &p) == NLP_OK) {
      assert_true(p.byte_start >= last && p.byte_start < p.byte_end);
      assert_true(p.byte_end <= len);
      assert_true(buf[p.byte_start] != ' ' && buf[p.byte_end - 1] != ' ' &&
                  buf[p.byte_end - 1] != '\n');
      last = p.byte_end;
    }
    nlp_parts_free(it);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_cases),     cmocka_unit_test(test_cover),
      cmocka_unit_test(test_contract),  cmocka_unit_test(test_seed),
      cmocka_unit_test(test_long_line), cmocka_unit_test(test_text_start),
      cmocka_unit_test(test_random),
  };
  return cmocka_run_group_tests_name("parts", tests, NULL, NULL);
}
