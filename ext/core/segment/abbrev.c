/*
** abbrev.c: abbreviations and sentence starters.
**
** The words are data: data/lists/segment/abbreviations.txt (each with its
** kind as the value), the months of common/month_abbreviations.txt and
** segment/sentence_starters.txt. The rules here: letters
** joined by periods ("U.S", "Ph.D") are abbreviations of their own, and a
** title or a general abbreviation in capitals ("GEN", "INC") is looked up
** capitalised ("Gen", "Inc").
*/
#include <string.h>

#include "segment/abbrev.h"
#include "text/wordset.h"

/* The kind of the abbreviation w[0..n), exact bytes: abbreviations.txt, or
** a month or a weekday shortened and capitalised
** (common/month_abbreviations.txt, common/weekday_abbreviations.txt:
** "Sept", "Sat", not "sept" or "SEPT"; a weekday may end a sentence). One
** hash probe each. */
/* Whether w[0..n) is a capital and lower-case ASCII letters: "Sept". */
static int capitalised(const char *w, size_t n) {
  if (w[0] < 'A' || w[0] > 'Z')
    return 0;
  for (size_t i = 1; i < n; i++)
    if (w[i] < 'a' || w[i] > 'z')
      return 0;
  return 1;
}

static nlp_abbrev_kind_t find(const char *w, size_t n) {
  int kind;
  const nlp_list_word *x;
  if (nlp_list_value(NLP_LIST_SEGMENT_ABBREVIATIONS, w, n, &kind))
    return (nlp_abbrev_kind_t)kind;
  if (n < 3 || n > 5 || !capitalised(w, n))
    return NLP_ABBR_NONE;
  x = nlp_list_find_lower(w, n);
  if (nlp_list_word_in(x, NLP_LIST_COMMON_MONTH_ABBREVIATIONS))
    return NLP_ABBR_MONTH;
  if (nlp_list_word_in(x, NLP_LIST_COMMON_WEEKDAY_ABBREVIATIONS))
    return NLP_ABBR_GENERAL;
  return NLP_ABBR_NONE;
}

/* Letters joined by periods, each part one or two ASCII letters: U.S,
** a.m, e.g, Ph.D, U.S.A (but not "content.html" or "Jane.Doe"). */
static int dotted(const char *w, size_t n) {
  size_t run = 0, dots = 0;
  for (size_t i = 0; i < n; i++) {
    if (w[i] == '.') {
      if (run == 0)
        return 0;
      run = 0, dots++;
    } else if ((w[i] | 0x20) >= 'a' && (w[i] | 0x20) <= 'z') {
      if (++run > 2)
        return 0;
    } else {
      return 0;
    }
  }
  return dots > 0 && run > 0;
}

nlp_abbrev_kind_t nlp_abbrev_lookup(const char *w, size_t n) {
  nlp_abbrev_kind_t k;
  char buf[8]; /* a title in capitals has at most 7 letters */
  size_t i;
  if (n == 0)
    return NLP_ABBR_NONE;
  if (memchr(w, '.', n)) {
    /* Listed ("e.g", "i.e", "P.S": titles, they never end a sentence), else
    ** letters joined by periods. */
    k = find(w, n);
    if (k != NLP_ABBR_NONE)
      return k;
    return dotted(w, n) ? NLP_ABBR_GENERAL : NLP_ABBR_NONE;
  }
  k = find(w, n);
  if (k != NLP_ABBR_NONE || n < 2 || n >= sizeof(buf))
    return k;
  /* Titles and general abbreviations in capitals ("GEN.", "SEN.", "INC.",
  ** "CORP.", "CO.") are still what they are (not "NO.": a numeric one in
  ** capitals is as often the word "no"). */
  for (i = 0; i < n; i++)
    if (w[i] < 'A' || w[i] > 'Z')
      return NLP_ABBR_NONE;
  buf[0] = w[0];
  for (i = 1; i < n; i++)
    buf[i] = (char)(w[i] | 0x20);
  k = find(buf, n);
  return k == NLP_ABBR_TITLE || k == NLP_ABBR_GENERAL ? k : NLP_ABBR_NONE;
}

int nlp_is_sentence_starter(const char *w, size_t n) {
  return nlp_list_has(NLP_LIST_SEGMENT_SENTENCE_STARTERS, w, n);
}
