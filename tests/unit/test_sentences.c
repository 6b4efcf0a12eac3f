/*
** test_sentences.c: the sentence splitter, table-driven, plus the
** invariants every split must keep (on the cases, the seed article, random
** texts and the adversarial shapes of bench/adversarial.h).
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "adversarial.h"
#include "segment/abbrev.h"
#include "text/chars.h"
#include "nlp.h"
#include "util.h"

#define MAXS 8
typedef struct {
  const char *text;
  const char *expected[MAXS]; /* NULL-terminated */
} split_case;

#define LQ "\xE2\x80\x9C" /* “ */
#define RQ "\xE2\x80\x9D" /* ” */
#define RS "\xE2\x80\x99" /* ’ */
#define NBSP "\xC2\xA0"
#define MDASH "\xE2\x80\x94"
#define NDASH "\xE2\x80\x93"
#define ELL "\xE2\x80\xA6" /* … */
#define BULLET "\xE2\x80\xA2"

static const split_case CASES[] = {
    /* Empty and blank. */
    {"", {NULL}},
    {"   \n\n  ", {NULL}},
    {"Hello", {"Hello"}},
    {"  Hello.  ", {"Hello."}},
    /* Plain terminators. */
    {"Hello World. My name is Jonas.", {"Hello World.", "My name is Jonas."}},
    {"What is your name? My name is Jonas.",
     {"What is your name?", "My name is Jonas."}},
    {"There it is! I found it.", {"There it is!", "I found it."}},
    {"Hello?! Is that you?", {"Hello?!", "Is that you?"}},
    /* Titles and abbreviations. */
    {"Gov. Greg Abbott spoke. Sen. Cruz did not.",
     {"Gov. Greg Abbott spoke.", "Sen. Cruz did not."}},
    {"Mr. and Mrs. Smith met Dr. Jones and Rep. Ocasio-Cortez.",
     {"Mr. and Mrs. Smith met Dr. Jones and Rep. Ocasio-Cortez."}},
    {"GEN. ELIZABETH PRELOGAR spoke.", {"GEN. ELIZABETH PRELOGAR spoke."}},
    {"The U.S. Government said no. The E.U. did too.",
     {"The U.S. Government said no.", "The E.U. did too."}},
    {"I live in the U.S. How about you?",
     {"I live in the U.S.", "How about you?"}},
    {"It rose on Jan. 5 and fell in Sept. 2019.",
     {"It rose on Jan. 5 and fell in Sept. 2019."}},
    {"He was No. 1 in the world. No. 2 was far behind.",
     {"He was No. 1 in the world.", "No. 2 was far behind."}},
    {"Acme Inc. bought it. Acme Inc. The deal closed.",
     {"Acme Inc. bought it.", "Acme Inc.", "The deal closed."}},
    {"It opened at 9 a.m. on Monday, e.g. for the staff.",
     {"It opened at 9 a.m. on Monday, e.g. for the staff."}},
    {"Please turn to p. 55. Thank you.",
     {"Please turn to p. 55.", "Thank you."}},
    {"Roe v. Wade was decided in 1973.", {"Roe v. Wade was decided in 1973."}},
    {"He lives at No. 10 Downing St. The PM does too. St. Louis is far.",
     {"He lives at No. 10 Downing St.", "The PM does too.",
      "St. Louis is far."}},
    {"I can see Mt. Fuji from St. Michael's Church.",
     {"I can see Mt. Fuji from St. Michael's Church."}},
    {"Call Vladi Pimenov ext. 37625 today. P.S. I am moving.",
     {"Call Vladi Pimenov ext. 37625 today.", "P.S. I am moving."}},
    {"It went from 5 p.m. to 7 p.m. Then it stopped.",
     {"It went from 5 p.m. to 7 p.m.", "Then it stopped."}},
    /* Initials. */
    {"John F. Kennedy was president.", {"John F. Kennedy was president."}},
    {"We make a good team, you and I. Did you see Albert I. Jones?",
     {"We make a good team, you and I.", "Did you see Albert I. Jones?"}},
    {"J. R. R. Tolkien wrote it.", {"J. R. R. Tolkien wrote it."}},
    /* Numbers. */
    {"It cost $1.2 billion, or 3.5% more.",
     {"It cost $1.2 billion, or 3.5% more."}},
    {"She has $100.00. It is in her bag.",
     {"She has $100.00.", "It is in her bag."}},
    {"Version 2.0.1 shipped. Users waited.",
     {"Version 2.0.1 shipped.", "Users waited."}},
    /* Ellipses. */
    {"I never meant that.... She left.",
     {"I never meant that....", "She left."}},
    {"Wait" ELL " I think so. Yes.", {"Wait" ELL " I think so.", "Yes."}},
    {"Well... maybe not.", {"Well... maybe not."}},
    {"It ended. . . . Then another began.",
     {"It ended.", ". . . Then another began."}},
    {"\"Bohr [...] used stairways [...]\" (Smith 55).",
     {"\"Bohr [...] used stairways [...]\" (Smith 55)."}},
    /* Quotes and brackets after the period. */
    {LQ "Yes." RQ " He left.", {LQ "Yes." RQ, "He left."}},
    {LQ "The capacity is limited," RQ " said Earl Anthony Wayne. Then more.",
     {LQ "The capacity is limited," RQ " said Earl Anthony Wayne.",
      "Then more."}},
    {"She said, " LQ "This is great." RQ " she said.",
     {"She said, " LQ "This is great." RQ " she said."}},
    {"\"Stop!\" he cried. \"Why?\" She ran.",
     {"\"Stop!\" he cried.", "\"Why?\"", "She ran."}},
    {"He left (for good.) Then she came.",
     {"He left (for good.)", "Then she came."}},
    {"\"It's a long game.\" - Matthew Ingram\n\nNext.",
     {"\"It's a long game.\" - Matthew Ingram", "Next."}},
    {"It was " RS "fine." RS " He went.",
     {"It was " RS "fine." RS, "He went."}},
    {"\"This is terrible.\" Dechy said. Then she left.",
     {"\"This is terrible.\" Dechy said.", "Then she left."}},
    {LQ "Go." RQ " Mr Lewis asked, smiling.",
     {LQ "Go." RQ " Mr Lewis asked, smiling."}},
    {LQ "Go." RQ " He said he would.", {LQ "Go." RQ, "He said he would."}},
    /* Dashes. */
    {"Nearly a year later " MDASH " and despite that " MDASH " it grew.",
     {"Nearly a year later " MDASH " and despite that " MDASH " it grew."}},
    {"Scores were 3" NDASH "1. The team won.",
     {"Scores were 3" NDASH "1.", "The team won."}},
    /* Lists. */
    {"1. The first item 2. The second item",
     {"1. The first item", "2. The second item"}},
    {"1) The first item. 2) The second item.",
     {"1) The first item.", "2) The second item."}},
    {"a. The first item b. The second item c. The third",
     {"a. The first item", "b. The second item", "c. The third"}},
    {BULLET " 9. The first item " BULLET " 10. The second item",
     {BULLET " 9. The first item", BULLET " 10. The second item"}},
    {"Intro.\n\n" BULLET "\n\n1. The item", {"Intro.", BULLET, "1. The item"}},
    {"features\ncontact manager\nevents, activities\n",
     {"features", "contact manager", "events, activities"}},
    /* URLs and e-mail addresses. */
    {"Her email is Jane.Doe@example.com. I sent her one.",
     {"Her email is Jane.Doe@example.com.", "I sent her one."}},
    {"See https://www.example.com/a/b.html. Please check it.",
     {"See https://www.example.com/a/b.html.", "Please check it."}},
    {"Visit www.Example.Com today.", {"Visit www.Example.Com today."}},
    {"See http://a.example/x.html http://b.example/Y.Z and more",
     {"See http://a.example/x.html", "http://b.example/Y.Z and more"}},
    {"Details: http://www.bbc.co.uk/news The next story.",
     {"Details: http://www.bbc.co.uk/news", "The next story."}},
    {"Go to http://a.example/x"
     "\xE2\x80\xA9"
     "Next",
     {"Go to http://a.example/x", "Next"}},
    {"Read http://a.example/x. It is short.",
     {"Read http://a.example/x.", "It is short."}},
    {"Posted via Newsfeed.Com now.", {"Posted via Newsfeed.Com now."}},
    /* Headlines and captions without final punctuation. */
    {"A headline without a period\n\nThe body starts here.",
     {"A headline without a period", "The body starts here."}},
    {"Ad Feedback\n\nLast week, Biden called.",
     {"Ad Feedback", "Last week, Biden called."}},
    {"Mexico seeks help Thursday, May 7, 2015 On Tuesday, it asked.",
     {"Mexico seeks help", "Thursday, May 7, 2015", "On Tuesday, it asked."}},
    {"He came on Thursday, May 7, 2015 and left.",
     {"He came on Thursday, May 7, 2015 and left."}},
    {"Black Widow and Captain America Image: Nick Moreau.",
     {"Black Widow and Captain America", "Image: Nick Moreau."}},
    {"Image: Reuters", {"Image: Reuters"}},
    {"Bring pens, paper etc. Thanks for coming.",
     {"Bring pens, paper etc.", "Thanks for coming."}},
    {"Bring pens, paper etc. and more.", {"Bring pens, paper etc. and more."}},
    {"I danced to it before.. I liked it.",
     {"I danced to it before..", "I liked it."}},
    /* Text glued by scrapers. */
    {"in recent weeks.John Moore/Getty Images",
     {"in recent weeks.", "John Moore/Getty Images"}},
    {"Hello world.Today is Tuesday.Mr. Smith bought 1,000.That is a lot.",
     {"Hello world.", "Today is Tuesday.", "Mr. Smith bought 1,000.",
      "That is a lot."}},
    {"Where is it??cos I need it", {"Where is it??", "cos I need it"}},
    {"It was rare (for example).This country signs up.",
     {"It was rare (for example).", "This country signs up."}},
    {"I mean...see what I mean", {"I mean...see what I mean"}},
    /* Non-breaking spaces, curly quotes, CRLF, line breaks. */
    {"Secretary of State" NBSP " Antony Blinken met." NBSP "He left.",
     {"Secretary of State" NBSP " Antony Blinken met.", "He left."}},
    {"Line one.\r\n\r\nLine two.", {"Line one.", "Line two."}},
    {"Line one\r\nLine two", {"Line one", "Line two"}},
    {"This sentence is long enough to look like it was hard\nwrapped here.",
     {"This sentence is long enough to look like it was hard\nwrapped here."}},
    {"Apples,\noranges and pears.", {"Apples,\noranges and pears."}},
    {"Mr.\nSmith went home.", {"Mr.\nSmith went home."}},
    {"Ingredients\nflour\nsugar", {"Ingredients", "flour", "sugar"}},
    {"It was a cold \nnight in the city.",
     {"It was a cold \nnight in the city."}},
    {"Leaders meet\nToday the talks begin.",
     {"Leaders meet", "Today the talks begin."}},
    /* Lower-case starts, footnotes, emoticons, greetings. */
    {"i went home. then i slept.", {"i went home.", "then i slept."}},
    {"why? where did you go?", {"why?", "where did you go?"}},
    {"He joined Who Wants to be a Millionaire? on Christmas Day.",
     {"He joined Who Wants to be a Millionaire? on Christmas Day."}},
    {"She works at Yahoo! in the accounting department.",
     {"She works at Yahoo! in the accounting department."}},
    {"He remained until 1805. [6] An undistinguished student.",
     {"He remained until 1805. [6]", "An undistinguished student."}},
    {"I love her. :) She is great.", {"I love her. :)", "She is great."}},
    {"That is fine :-) Now I have a son.",
     {"That is fine :-)", "Now I have a son."}},
    {"It ends at 10:30 PM today.", {"It ends at 10:30 PM today."}},
    {"due to minority rights. 4 Even though it grew.",
     {"due to minority rights. 4", "Even though it grew."}},
    {"It grew in 2004. 15 people came.",
     {"It grew in 2004.", "15 people came."}},
    {"Use tools (e.g. The Programming Historian) daily.",
     {"Use tools (e.g. The Programming Historian) daily."}},
    {"Hi, Yes the storage is open.", {"Hi,", "Yes the storage is open."}},
    {"Hi, how are you?", {"Hi, how are you?"}},
    {"Kay Mann 04/26/2001 07:17 AM Will you be providing it?",
     {"Kay Mann", "04/26/2001 07:17 AM", "Will you be providing it?"}},
    {"Sent on 08/16/2000 03:14:14 PM Steve and Rod met.",
     {"Sent on 08/16/2000 03:14:14 PM", "Steve and Rod met."}},
    {"Due 04/26/2001 07:17 or later.", {"Due 04/26/2001 07:17 or later."}},
    /* Invalid UTF-8 stays inside sentences. */
    {"Bad \xFF byte. Next \xC3.", {"Bad \xFF byte.", "Next \xC3."}},
    /* The sentence cases of the peer suites, in our own words: an
    ** abbreviation ending a sentence, glued footnote marks, "!" and "?"
    ** before a dash or a lower-case word, Q./A. turns, abbreviations in
    ** capitals and others, CJK and full-width stops, dot leaders, HTML
    ** tags, names with "!". */
    {"He moved to the U.S. He liked it there.",
     {"He moved to the U.S.", "He liked it there."}},
    {"The talks ended at 4 p.m. They resume on Monday.",
     {"The talks ended at 4 p.m.", "They resume on Monday."}},
    {"She joined Acme Inc. Her first day was long.",
     {"She joined Acme Inc.", "Her first day was long."}},
    {"The claim is true.[3] The next one is not.",
     {"The claim is true.[3]", "The next one is not."}},
    {"It was very cold.12 13 Next came the thaw.",
     {"It was very cold.12 13", "Next came the thaw."}},
    {"It was very cold.4 Next came the thaw.",
     {"It was very cold.4", "Next came the thaw."}},
    {"He shouted \xE2\x80\x94 stop! \xE2\x80\x94 and ran off.",
     {"He shouted \xE2\x80\x94 stop! \xE2\x80\x94 and ran off."}},
    {"She waved (hello!) and left.", {"She waved (hello!) and left."}},
    {"He asked (why not?) and smiled.", {"He asked (why not?) and smiled."}},
    {"\"Where now?\" asked the guide.", {"\"Where now?\" asked the guide."}},
    {"Wait! said the boy.", {"Wait! said the boy."}},
    {"Q. Where were you on Monday? A. At home with my sister.",
     {"Q. Where were you on Monday?", "A. At home with my sister."}},
    {"Q. Did you see him? A. No.", {"Q. Did you see him?", "A. No."}},
    {"HARBOUR MILLS INC. SAID PROFIT ROSE.",
     {"HARBOUR MILLS INC. SAID PROFIT ROSE."}},
    {"He works for BIGCO CORP. in Ohio.",
     {"He works for BIGCO CORP. in Ohio."}},
    {"SMITH AND CO. REPORTS GAIN.", {"SMITH AND CO. REPORTS GAIN."}},
    {"The ticket costs Rs. 500 at the gate.",
     {"The ticket costs Rs. 500 at the gate."}},
    {"See Fig. 3 for the curve.", {"See Fig. 3 for the curve."}},
    {"Take two tablets twice a day, approx. every six hours.",
     {"Take two tablets twice a day, approx. every six hours."}},
    {"He was given med. leave for a week.",
     {"He was given med. leave for a week."}},
    {"The trip takes approx. 3 hours. We leave at dawn.",
     {"The trip takes approx. 3 hours.", "We leave at dawn."}},
    {"This is the first\xEF\xBC\x8E This is the second\xEF\xBC\x81 Is this the "
     "third\xEF\xBC\x9F Yes\xE3\x80\x82",
     {"This is the first\xEF\xBC\x8E", "This is the second\xEF\xBC\x81",
      "Is this the third\xEF\xBC\x9F", "Yes\xE3\x80\x82"}},
    {"\xE4\xBB\x8A\xE6\x97\xA5\xE3\x81\xAF\xE6\x99\xB4\xE3\x82\x8C\xE3\x80\x82"
     "\xE6\x98\x8E\xE6\x97\xA5\xE3\x81\xAF\xE9\x9B\xA8\xE3\x80\x82",
     {"\xE4\xBB\x8A\xE6\x97\xA5\xE3\x81\xAF\xE6\x99\xB4\xE3\x82\x8C\xE3\x80"
      "\x82",
      "\xE6\x98\x8E\xE6\x97\xA5\xE3\x81\xAF\xE9\x9B\xA8\xE3\x80\x82"}},
    {"Contents\nChapter 1 .......... 3\nChapter 2 .......... 17",
     {"Contents", "Chapter 1 .......... 3", "Chapter 2 .......... 17"}},
    {"Introduction ........ 1 Methods ........ 9",
     {"Introduction ........ 1", "Methods ........ 9"}},
    {"<p>The vote passed.</p><p>The mayor left early.</p>",
     {"<p>The vote passed.</p>", "<p>The mayor left early.</p>"}},
    {"The vote passed.<br>The mayor left early.",
     {"The vote passed.<br>", "The mayor left early."}},
    {"The vote <b>passed</b> easily. The mayor left.",
     {"The vote <b>passed</b> easily.", "The mayor left."}},
    {"<div>\n<p>Rain fell.</p>\n</div>", {"<div>\n<p>Rain fell.</p>\n</div>"}},
    {"She works at Yahoo! Inc. in California.",
     {"She works at Yahoo! Inc. in California."}},
    {"I searched on Yahoo! The results were poor.",
     {"I searched on Yahoo!", "The results were poor."}},
    {"They watched Jeopardy! every night.",
     {"They watched Jeopardy! every night."}},
    {"He read it in Yahoo! News yesterday.",
     {"He read it in Yahoo! News yesterday."}},
    /* An attribution after a dash stays with its quotation across a line
    ** break. */
    {"\"It is a long game.\"\n- Jane Roe\n\nNext para.",
     {"\"It is a long game.\"\n- Jane Roe", "Next para."}},
    /* An abbreviation at the end of a line broken on purpose ends it. */
    {"The deal was handled by Lakeside Trust Co.\n Reuter",
     {"The deal was handled by Lakeside Trust Co.", "Reuter"}},
    {"Gov.\nBrown spoke.", {"Gov.\nBrown spoke."}},
    {"The county said on Monday that it had sold the old bus depot to\n"
     "a builder, and that the money would go to the new Fairview Corp.\n"
     " Reuter",
     {"The county said on Monday that it had sold the old bus depot to\n"
      "a builder, and that the money would go to the new Fairview Corp.",
      "Reuter"}},
    /* A citation after "et al.", a weekday shortened before a month. */
    {"Smith et al. (2001) showed this. It held.",
     {"Smith et al. (2001) showed this.", "It held."}},
    {"They arrived on Sat. Oct. 5 at noon.",
     {"They arrived on Sat. Oct. 5 at noon."}},
    {"The market shut early on Wed. The next day it opened late.",
     {"The market shut early on Wed.", "The next day it opened late."}},
    /* Tags alone on their paragraph are no sentence of their own. */
    {"Para one.\n\n<div class=\"x\">\n\nPara two.\n\n</div>",
     {"Para one.", "<div class=\"x\">\n\nPara two.\n\n</div>"}},
    /* Roman numerals number a list; a lone "i" may be a letter. */
    {"i. Buy milk ii. Buy eggs iii. Go home",
     {"i. Buy milk", "ii. Buy eggs", "iii. Go home"}},
    {"iv. Fourth v. fifth vi. sixth", {"iv. Fourth", "v. fifth", "vi. sixth"}},
    {"h. one i. two j. three", {"h. one", "i. two", "j. three"}},
    {"(i) first (ii) second", {"(i) first", "(ii) second"}},
    /* List markers in brackets. */
    {"(a) the first point (b) the second point",
     {"(a) the first point", "(b) the second point"}},
    {"He said (a) it was late and (b) it was cold.",
     {"He said (a) it was late and (b) it was cold."}},
    /* A number abbreviation before a symbol and a number. */
    {"The price is approx. $40. Tax is extra.",
     {"The price is approx. $40.", "Tax is extra."}},
    /* A clock time ends a clause before a capital, unless it is fronted. */
    {"The shop shut at 9 p.m. Mrs. Lane counted the till.",
     {"The shop shut at 9 p.m.", "Mrs. Lane counted the till."}},
    {"By 7 a.m. Dr. Osei was at work.", {"By 7 a.m. Dr. Osei was at work."}},
    /* Hard-wrapped prose (wrap.c): a break where the next word would not
    ** have fitted is a space, before a capital too; a name goes on. */
    {"The county council met on Tuesday evening and voted to close\n"
     "Riverside Primary School at the end of the summer term. Parents\n"
     "who had campaigned for a year said they would appeal the\n"
     "decision to the regional board before the deadline in June.",
     {"The county council met on Tuesday evening and voted to close\n"
      "Riverside Primary School at the end of the summer term.",
      "Parents\nwho had campaigned for a year said they would appeal the\n"
      "decision to the regional board before the deadline in June."}},
    /* A short first line that ends mid-clause, as wire copy with its
    ** dateline taken out leaves it. */
    {"Harbour Mills Corp said it had agreed to\n"
     "buy Northfield Paper Co for about 40 mln dlrs in cash, and it\n"
     "expected the purchase to close before the end of the year.\n"
     "    The company said its board had approved the terms of the\n"
     "deal on Monday.",
     {"Harbour Mills Corp said it had agreed to\n"
      "buy Northfield Paper Co for about 40 mln dlrs in cash, and it\n"
      "expected the purchase to close before the end of the year.",
      "The company said its board had approved the terms of the\n"
      "deal on Monday."}},
    /* A URL longer than the width does not hide a narrow wrap. */
    {"The plan for the new library was put\n"
     "online by the county on Monday, at\n"
     "http://example.org/county/library/plans/2026/draft-plan.html\n"
     "and the members of the Library Board\n"
     "will vote on it when they meet in\n"
     "Springfield next month.",
     {"The plan for the new library was put\n"
      "online by the county on Monday, at\n"
      "http://example.org/county/library/plans/2026/draft-plan.html\n"
      "and the members of the Library Board\n"
      "will vote on it when they meet in\n"
      "Springfield next month."}},
    /* Short lines keep their breaks: a list, an address, verse. */
    {"Eggs\nMilk\nBread", {"Eggs", "Milk", "Bread"}},
    {"Jane Doe\n12 Mill Lane\nSpringfield",
     {"Jane Doe", "12 Mill Lane", "Springfield"}},
    {"Roses are red\nViolets are blue\nSugar is sweet\nAnd so are you",
     {"Roses are red", "Violets are blue", "Sugar is sweet", "And so are you"}},
    /* A table of figures in wrapped wire copy: one row a sentence. */
    {"Shr 23 cts vs 34 cts\n    Net 1,200,000 vs 1,500,000\n"
     "    Revs 15.1 mln vs 14.9 mln",
     {"Shr 23 cts vs 34 cts", "Net 1,200,000 vs 1,500,000",
      "Revs 15.1 mln vs 14.9 mln"}},
};

/* Checks the invariants of a split of text[0..len): in order, no overlap,
** start and end on non-space, every non-space byte covered, byte_end on a
** character boundary (as nlp_utf8_next cuts), paragraph = number of gaps
** with a blank line before the sentence. Returns the number of sentences. */
static size_t check_invariants(const char *text, size_t len) {
  const unsigned char *t = (const unsigned char *)text;
  nlp_sentences_t *it;
  nlp_sentence_t s;
  size_t n = 0, prev_end = 0, paragraph = 0;
  assert_int_equal(nlp_sentences_new(text, len, &it), NLP_OK);
  while (nlp_sentences_next(it, &s) == NLP_OK) {
    size_t i = prev_end, breaks = 0;
    int32_t cp;
    assert_int_equal(s.idx, n);
    assert_true(s.byte_start >= prev_end);
    assert_true(s.byte_start < s.byte_end && s.byte_end <= len);
    /* The gap is white space only; count its line breaks. */
    while (i < s.byte_start) {
      nlp_char_t c = nlp_char_at(t + i, t + len);
      assert_true(c.klass & NLP_C_SPACE);
      if (c.cp == '\r' && i + 1 < len && t[i + 1] == '\n')
        i++;
      if (c.cp == 0x2029)
        breaks += 2;
      else if (c.klass & NLP_C_NEWLINE)
        breaks++;
      i += c.len;
    }
    if (n > 0 && breaks >= 2)
      paragraph++;
    assert_int_equal(s.paragraph, paragraph);
    /* Characters from the start land exactly on byte_end; the first and
    ** the last are not white space. */
    {
      size_t j = s.byte_start, last = j;
      assert_false(nlp_char_at(t + j, t + len).klass & NLP_C_SPACE);
      while (j < s.byte_end) {
        last = j;
        j += nlp_utf8_next(t + j, t + len, &cp);
      }
      assert_int_equal(j, s.byte_end);
      assert_false(nlp_char_at(t + last, t + len).klass & NLP_C_SPACE);
    }
    prev_end = s.byte_end;
    n++;
  }
  /* Only white space after the last sentence. */
  while (prev_end < len) {
    nlp_char_t c = nlp_char_at(t + prev_end, t + len);
    assert_true(c.klass & NLP_C_SPACE);
    prev_end += c.len;
  }
  assert_int_equal(nlp_sentences_next(it, &s), NLP_DONE);
  nlp_sentences_free(it);
  return n;
}

static void check_case(const split_case *c) {
  nlp_sentences_t *it;
  nlp_sentence_t s;
  size_t n = 0, len = strlen(c->text);
  assert_int_equal(nlp_sentences_new(c->text, len, &it), NLP_OK);
  while (nlp_sentences_next(it, &s) == NLP_OK) {
    if (n >= MAXS || !c->expected[n])
      fail_msg("extra sentence in: %s\ngot: %.*s", c->text,
               (int)(s.byte_end - s.byte_start), c->text + s.byte_start);
    if (strlen(c->expected[n]) != s.byte_end - s.byte_start ||
        memcmp(c->expected[n], c->text + s.byte_start,
               s.byte_end - s.byte_start) != 0)
      fail_msg("text: %s\nexpected: %s\ngot: %.*s", c->text, c->expected[n],
               (int)(s.byte_end - s.byte_start), c->text + s.byte_start);
    n++;
  }
  if (n < MAXS && c->expected[n])
    fail_msg("missing sentence %zu (%s) in: %s", n, c->expected[n], c->text);
  nlp_sentences_free(it);
  assert_int_equal(check_invariants(c->text, len), n);
  assert_int_equal(nlp_sentence_count(c->text, len), n);
}

static void test_cases(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof(CASES) / sizeof(CASES[0]); i++)
    check_case(&CASES[i]);
}

static void test_paragraphs(void **state) {
  const char *t = "One. Two.\n\nThree.\n \n\nFour\r\n\r\nFive\xE2\x80\xA9Six";
  nlp_sentences_t *it;
  nlp_sentence_t s;
  size_t expect[] = {0, 0, 1, 2, 3, 4}, n = 0;
  (void)state;
  assert_int_equal(nlp_sentences_new(t, strlen(t), &it), NLP_OK);
  while (nlp_sentences_next(it, &s) == NLP_OK) {
    assert_true(n < 6);
    assert_int_equal(s.paragraph, expect[n]);
    n++;
  }
  assert_int_equal(n, 6);
  nlp_sentences_free(it);
  assert_int_equal(check_invariants(t, strlen(t)), 6);
}

static void test_bad_input(void **state) {
  nlp_sentences_t *it;
  nlp_sentence_t s;
  const char junk[] = "\xFF\xFE. \x80\x80! \xC3";
  (void)state;
  assert_int_equal(nlp_sentences_new(NULL, 5, &it), NLP_EINVAL);
  assert_int_equal(nlp_sentences_new("x", 1, NULL), NLP_EINVAL);
  assert_int_equal(nlp_sentences_new(NULL, 0, &it), NLP_OK);
  assert_int_equal(nlp_sentences_next(it, &s), NLP_DONE);
  assert_int_equal(nlp_sentences_next(it, NULL), NLP_EINVAL);
  assert_int_equal(nlp_sentences_next(NULL, &s), NLP_EINVAL);
  nlp_sentences_free(it);
  nlp_sentences_free(NULL);
  assert_int_equal(check_invariants(junk, sizeof(junk) - 1), 3);
  /* A text cut inside a character, and embedded NUL bytes. */
  assert_int_equal(check_invariants("Caf\xC3\xA9. Done \xE2\x80", 15), 2);
  assert_int_equal(check_invariants("A.\0B. C.", 8), 2);
  /* A NUL byte ending a URL is not trailing punctuation (strchr would say
  ** it is): the URL ends the sentence before a capital, as without it. */
  assert_int_equal(check_invariants("Read http://x.org/a\0 Then more.", 32), 2);
  assert_int_equal(check_invariants("Read http://x.org/a Then more.", 30), 2);
  assert_int_equal(nlp_sentence_count("Go. Run. Hide.", 14), 3);
}

static void test_abbrev_tables(void **state) {
  (void)state;
  assert_int_equal(nlp_abbrev_lookup("Gov", 3), NLP_ABBR_TITLE);
  assert_int_equal(nlp_abbrev_lookup("SEN", 3), NLP_ABBR_TITLE);
  assert_int_equal(nlp_abbrev_lookup("Jan", 3), NLP_ABBR_MONTH);
  assert_int_equal(nlp_abbrev_lookup("No", 2), NLP_ABBR_NUMERIC);
  assert_int_equal(nlp_abbrev_lookup("Inc", 3), NLP_ABBR_GENERAL);
  assert_int_equal(nlp_abbrev_lookup("U.S", 3), NLP_ABBR_GENERAL);
  assert_int_equal(nlp_abbrev_lookup("Ph.D", 4), NLP_ABBR_GENERAL);
  assert_int_equal(nlp_abbrev_lookup("content.html", 12), NLP_ABBR_NONE);
  assert_int_equal(nlp_abbrev_lookup("INC", 3), NLP_ABBR_GENERAL);
  assert_int_equal(nlp_abbrev_lookup("CORP", 4), NLP_ABBR_GENERAL);
  assert_int_equal(nlp_abbrev_lookup("NO", 2), NLP_ABBR_NONE);
  assert_int_equal(nlp_abbrev_lookup("Rs", 2), NLP_ABBR_NUMERIC);
  assert_int_equal(nlp_abbrev_lookup("weeks", 5), NLP_ABBR_NONE);
  assert_int_equal(nlp_abbrev_lookup("", 0), NLP_ABBR_NONE);
  assert_true(nlp_is_sentence_starter("The", 3));
  assert_false(nlp_is_sentence_starter("Kennedy", 7));
}

/* The seed article: invariants, and the sentences the brief names. */
static void test_seed_article(void **state) {
  const char *dir = getenv("NLP_SOURCE_DIR");
  char path[4096], *text;
  size_t len, n;
  (void)state;
  if (!dir)
    skip();
  snprintf(path, sizeof(path), "%s/sample/seed_article.txt", dir);
  text = nlp_test_read_file(path, &len);
  if (!text)
    skip();
  n = check_invariants(text, len);
  assert_int_equal(n, 36);
  {
    nlp_sentences_t *it;
    nlp_sentence_t s;
    int saw_wayne = 0, saw_feedback = 0;
    assert_int_equal(nlp_sentences_new(text, len, &it), NLP_OK);
    while (nlp_sentences_next(it, &s) == NLP_OK) {
      const char *p = text + s.byte_start;
      size_t m = s.byte_end - s.byte_start;
      if (m == 11 && memcmp(p, "Ad Feedback", 11) == 0)
        saw_feedback = 1;
      if (m > 20 && memcmp(p + m - 20, "Earl Anthony Wayne, ", 20) == 0)
        fail_msg("split after Wayne's name");
      if (m > 3 && memcmp(p, LQ "The Mexicans", 15) == 0)
        saw_wayne = 1;
    }
    nlp_sentences_free(it);
    assert_true(saw_wayne);
    assert_true(saw_feedback);
  }
  free(text);
}

/* Random texts from pieces that exercise every rule: invariants only. */
static void test_random(void **state) {
  static const char *const PIECES[] = {"Mr.",
                                       " ",
                                       "  ",
                                       "\n",
                                       "\n\n",
                                       "\r\n",
                                       ". ",
                                       "? ",
                                       "! ",
                                       "...",
                                       ". . .",
                                       LQ,
                                       RQ,
                                       "\"",
                                       "'",
                                       "(",
                                       ")",
                                       "[1]",
                                       "[...]",
                                       ":)",
                                       NBSP,
                                       "\xFF",
                                       "\xC3",
                                       "\x80",
                                       BULLET,
                                       "1.",
                                       "2.",
                                       "a)",
                                       "b)",
                                       "The",
                                       "the",
                                       "U.S.",
                                       "I",
                                       "A.",
                                       "x",
                                       "weeks.John",
                                       "Monday, May 7, 2015",
                                       ",",
                                       "Hi,",
                                       ELL,
                                       "\xE2\x80\xA8",
                                       "\xE2\x80\xA9",
                                       "http://a.b/c.d",
                                       "@",
                                       "-",
                                       MDASH,
                                       BULLET "\n\n1. ",
                                       "1/1/2001 1:11 PM ",
                                       ":",
                                       "http://",
                                       "Image:",
                                       "Said",
                                       "etc."};
  char buf[512];
  uint32_t seed = 12345;
  (void)state;
  for (int round = 0; round < 3000; round++) {
    size_t len = 0;
    int pieces;
    seed = seed * 1103515245u + 12345u;
    pieces = (int)((seed >> 16) % 40);
    for (int k = 0; k < pieces; k++) {
      const char *pc;
      size_t pl;
      seed = seed * 1103515245u + 12345u;
      pc = PIECES[(seed >> 16) % (sizeof(PIECES) / sizeof(PIECES[0]))];
      pl = strlen(pc);
      if (len + pl >= sizeof(buf))
        break;
      memcpy(buf + len, pc, pl);
      len += pl;
    }
    check_invariants(buf, len);
  }
}

/* The bytes of each adversarial text (NLP_LIGHT=1: a quarter). */
#define PATHOLOGICAL_BYTES ((size_t)1 << 18)

/* The adversarial shapes of bench/adversarial.h (the benchmark times them:
** "Linear time on adversarial shapes") keep the invariants. */
static void test_pathological(void **state) {
  const char *light = getenv("NLP_LIGHT");
  size_t size =
      light && light[0] == '1' ? PATHOLOGICAL_BYTES / 4 : PATHOLOGICAL_BYTES;
  (void)state;
  for (size_t i = 0; i < NLP_ADVERSARIAL_COUNT; i++) {
    char *buf = nlp_adversarial_fill(&NLP_ADVERSARIAL[i], size);
    assert_non_null(buf);
    check_invariants(buf, size);
    free(buf);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_cases),        cmocka_unit_test(test_paragraphs),
      cmocka_unit_test(test_bad_input),    cmocka_unit_test(test_abbrev_tables),
      cmocka_unit_test(test_seed_article), cmocka_unit_test(test_random),
      cmocka_unit_test(test_pathological),
  };
  return cmocka_run_group_tests_name("sentences", tests, NULL, NULL);
}
