/*
** adversarial.h: adversarial text shapes, each a head written once and a
** unit repeated to fill the text: long runs without white space, runs of
** periods, capitals, quotes, brackets, links and numbers, that would cost
** quadratic time if a rule rescanned the text.
**
** One list for two users: bench/nlp_bench.c times every function on N and
** 4N bytes of each shape ("Linear time on adversarial shapes"), and the
** unit tests run the same shapes for correctness only (test_sentences.c
** and test_tokens.c check their invariants on them, test_adversarial.c
** the rows of entities, quotes and parts).
*/
#ifndef NLP_ADVERSARIAL_H
#define NLP_ADVERSARIAL_H

#include <stdlib.h>
#include <string.h>

/* Which functions a shape goes through. */
enum nlp_adv_depth {
  NLP_ADV_SEGMENT, /* sentences and tokens */
  NLP_ADV_DEEP     /* also entities, quotes and parts */
};

typedef struct nlp_adversarial {
  const char *name;
  const char *head; /* once at the start */
  const char *unit; /* repeated to fill the text after the head */
  enum nlp_adv_depth depth;
} nlp_adversarial_t;

static const nlp_adversarial_t NLP_ADVERSARIAL[] = {
    {"prose", "", "The cat sat on the mat. ", NLP_ADV_DEEP},
    {"one long word", "", "abcdefgh", NLP_ADV_SEGMENT},
    {"long word, 2-byte letters", "", "\xC3\xA9", NLP_ADV_SEGMENT},
    {"capital run AAA", "", "A", NLP_ADV_SEGMENT},
    {"space run", "", " ", NLP_ADV_SEGMENT},
    {"no-break spaces", "", "\xC2\xA0", NLP_ADV_SEGMENT},
    {"invalid bytes \\x80", "", "\x80", NLP_ADV_SEGMENT},
    {"combining marks", "", "\xCC\x81", NLP_ADV_SEGMENT},
    {"CJK run", "", "\xE6\x9D\xB1", NLP_ADV_SEGMENT},
    {"emoji and ZWJ", "", "\xF0\x9F\x91\x8D\xE2\x80\x8D", NLP_ADV_SEGMENT},
    {"period run", "", ".", NLP_ADV_DEEP},
    {"spaced periods . . .", "", ". ", NLP_ADV_SEGMENT},
    {"ellipsis run \xE2\x80\xA6", "", "\xE2\x80\xA6", NLP_ADV_SEGMENT},
    {"terminator run ?!", "", "?!", NLP_ADV_SEGMENT},
    {"bracket and period [.", "", "[.", NLP_ADV_SEGMENT},
    {"capitals", "", "THE U.S. ARMY SAID. ", NLP_ADV_DEEP},
    {"spaced quotes", "", "\" ( \xE2\x80\x9C [ ", NLP_ADV_DEEP},
    {"abbreviations", "", "Mr. Dr. e.g. ", NLP_ADV_DEEP},
    {"titles Mr. Mr.", "", "Mr. ", NLP_ADV_SEGMENT},
    /* "a." x 40000 took 1.65 s (sentences) and 2.3 s (tokens) before
    ** 05100a6 and 23f197d: the dotted word was rescanned at each period. */
    {"dotted word a.a.a.", "", "a.", NLP_ADV_DEEP},
    {"dotted word ab.ab.", "", "ab.", NLP_ADV_SEGMENT},
    {"dotted word a.ba.b", "", "a.b", NLP_ADV_SEGMENT},
    {"dotted capitals A.B.C.", "", "A.B.C.", NLP_ADV_DEEP},
    {"dotted capitals U.S.U.S.", "", "U.S.", NLP_ADV_SEGMENT},
    {"mixed case aB.CaB.C", "", "aB.C", NLP_ADV_SEGMENT},
    {"mixed case x.Yzx.Yz", "", "x.Yz", NLP_ADV_SEGMENT},
    {"initials A. A. A.", "", "A. ", NLP_ADV_DEEP},
    {"abbreviation run Ab.Ab.", "", "Ab.", NLP_ADV_SEGMENT},
    /* "$" x 40000 took 5.9 s before 23f197d: the link check rescanned the
    ** rest of the run of non-space characters at every token. */
    {"symbol run $$$", "", "$", NLP_ADV_DEEP},
    {"percent run ab%ab%", "", "ab%", NLP_ADV_SEGMENT},
    /* "([" and "\"(" x 20000: 4-15 s (the same link check). */
    {"bracket run ([([", "", "([", NLP_ADV_DEEP},
    {"quote run \"(\"(", "", "\"(", NLP_ADV_DEEP},
    {"mixed run $(\"[", "", "$(\"[", NLP_ADV_DEEP},
    {"open brackets (((", "", "(", NLP_ADV_DEEP},
    {"close brackets )))", "", ")", NLP_ADV_SEGMENT},
    {"apostrophes '''", "", "'", NLP_ADV_DEEP},
    {"left quotes \xE2\x80\x9C\xE2\x80\x9C", "", "\xE2\x80\x9C",
     NLP_ADV_SEGMENT},
    {"curly quotes \xE2\x80\x9C\xE2\x80\x9D", "", "\xE2\x80\x9C\xE2\x80\x9D",
     NLP_ADV_DEEP},
    {"right quotes \xE2\x80\x99\xE2\x80\x99", "", "\xE2\x80\x99",
     NLP_ADV_SEGMENT},
    {"possessives a\xE2\x80\x99s", "", "a\xE2\x80\x99s", NLP_ADV_SEGMENT},
    {"URL, then a long run", "http://", "a", NLP_ADV_DEEP},
    {"URL, then open brackets", "http://", "(", NLP_ADV_SEGMENT},
    {"URL, then periods", "http://a", ".", NLP_ADV_SEGMENT},
    {"URL, then brackets", "https://x.com/", "(a)[b]", NLP_ADV_SEGMENT},
    {"www., then a long run", "www.", "a", NLP_ADV_SEGMENT},
    {"scheme run http://", "", "http://", NLP_ADV_DEEP},
    {"spaced URLs http://a.b", "", "http://a.b ", NLP_ADV_SEGMENT},
    {"broken URLs http:// .", "", "http:// .", NLP_ADV_SEGMENT},
    {"www. run", "", "www.", NLP_ADV_SEGMENT},
    {"host run a.com/", "", "a.com/", NLP_ADV_SEGMENT},
    {"host run a.co/", "", "a.co/", NLP_ADV_SEGMENT},
    {"host run a.co-", "", "a.co-", NLP_ADV_SEGMENT},
    {"path run a/a/", "", "a/", NLP_ADV_SEGMENT},
    {"at run a@a@", "", "a@", NLP_ADV_DEEP},
    {"mention run @a@a", "", "@a", NLP_ADV_SEGMENT},
    {"e-mail-like a.a@", "", "a.a@", NLP_ADV_SEGMENT},
    {"host-like a@b.", "", "a@b.", NLP_ADV_SEGMENT},
    {"hashtag run #a#a", "", "#a", NLP_ADV_SEGMENT},
    {"number run 1,1,1,", "", "1,", NLP_ADV_DEEP},
    {"number run 1.1.1.", "", "1.", NLP_ADV_SEGMENT},
    {"number run 1-1-1-", "", "1-", NLP_ADV_SEGMENT},
    {"number and word 1-a1-a", "", "1-a", NLP_ADV_SEGMENT},
    {"spaced numbers 1 1 1", "", "1 ", NLP_ADV_SEGMENT},
    {"hyphen run ---", "", "-", NLP_ADV_SEGMENT},
    {"hyphen word a-a-a-", "", "a-", NLP_ADV_SEGMENT},
    {"hyphen word x-cox-co", "", "x-co", NLP_ADV_SEGMENT},
    {"underscore word a_a_", "", "a_", NLP_ADV_SEGMENT},
    {"apostrophe word a'a'", "", "a'", NLP_ADV_SEGMENT},
    {"clitic run don't", "", "don't", NLP_ADV_SEGMENT},
    {"emoticons :) :)", "", " :)", NLP_ADV_SEGMENT},
    {"list markers 1) 1)", "", "1) ", NLP_ADV_DEEP},
    {"list markers a) a)", "", "a) ", NLP_ADV_SEGMENT},
    {"numbered lines 1. 1.", "", "1. ", NLP_ADV_SEGMENT},
    {"bullets \xE2\x80\xA2", "", "\xE2\x80\xA2 ", NLP_ADV_DEEP},
    {"footnotes [1]", "", "[1] ", NLP_ADV_SEGMENT},
    {"footnotes x. [1]", "", "x. [1] ", NLP_ADV_SEGMENT},
    {"line breaks", "", "\n", NLP_ADV_DEEP},
    {"blank lines", "", "\n\n", NLP_ADV_SEGMENT},
    {"short lines", "", "A b\n", NLP_ADV_DEEP},
    {"spaces before breaks", "", "      \n", NLP_ADV_SEGMENT},
    {"greetings Hi,", "", "Hi, ", NLP_ADV_SEGMENT},
    {"credit labels Image:", "", "Image: ", NLP_ADV_SEGMENT},
    {"credit labels x Image:", "", "x Image: ", NLP_ADV_SEGMENT},
    {"weekdays Monday,", "", "Monday, ", NLP_ADV_SEGMENT},
    {"datelines", "", "Monday, May 7, 2015 ", NLP_ADV_DEEP},
    {"timestamps", "", "x 08/16/2000 12:05 PM ", NLP_ADV_SEGMENT},
    {"timestamps 1/1/2001", "", "1/1/2001 1:11 PM ", NLP_ADV_SEGMENT},
    /* Quadratic in entities until the Title Case test of a segment was
    ** memoised: one long sentence of capitalised words. */
    {"capitalised words the The", "", "the The ", NLP_ADV_DEEP},
    {"possessive names", "", "Tom Lee's ", NLP_ADV_DEEP},
    {"quote, then names", "\"", "Tom Lee's ", NLP_ADV_DEEP},
    {"attributed quotes", "", "\"Yes,\" Tom Lee said. ", NLP_ADV_DEEP},
    {"photo credits", "", "Ab Cd/AFP ", NLP_ADV_DEEP},
    {"bracketed credits", "", "(Photo by Ab) ", NLP_ADV_DEEP},
};

#define NLP_ADVERSARIAL_COUNT                                                  \
  (sizeof NLP_ADVERSARIAL / sizeof NLP_ADVERSARIAL[0])

/* A malloc'd text of n bytes and a NUL: p's head, then its unit repeated
** (the last copy may be cut, also inside a character); NULL when out of
** memory. */
static inline char *nlp_adversarial_fill(const nlp_adversarial_t *p, size_t n) {
  size_t h = strlen(p->head), u = strlen(p->unit);
  char *t = malloc(n + 1);
  if (!t)
    return NULL;
  for (size_t i = 0; i < n; i++)
    t[i] = i < h ? p->head[i] : p->unit[(i - h) % u];
  t[n] = 0;
  return t;
}

#endif
