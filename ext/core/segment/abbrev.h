/*
** abbrev.h: the abbreviations the sentence splitter and the tokenizer know.
*/
#ifndef NLP_ABBREV_H
#define NLP_ABBREV_H

#include <stddef.h>

/* The kinds of abbreviation; abbreviations.txt gives each word its kind as
** its value (1 to 4): keep the numbers. */
typedef enum nlp_abbrev_kind {
  NLP_ABBR_NONE = 0,
  /* precedes a name, never ends a sentence: Mr. Gov. Sen. */
  NLP_ABBR_TITLE = 1,
  /* precedes a number: No. Vol. Fig. pp. */
  NLP_ABBR_NUMERIC = 2,
  /* Jan. Feb. ... Sept. */
  NLP_ABBR_MONTH = 3,
  /* may end a sentence: Inc. Corp. Jr. etc. U.S. a.m. */
  NLP_ABBR_GENERAL = 4
} nlp_abbrev_kind_t;

/* Classifies the word w[0..n) that stands right before a period, without
** that period (e.g. "Gov", "U.S", "a.m"). Letters joined by periods, one
** or two letters a part ("U.S", "e.g", "Ph.D"), are GENERAL abbreviations;
** a title or general abbreviation in capitals ("GEN", "INC") is looked up
** capitalised. */
nlp_abbrev_kind_t nlp_abbrev_lookup(const char *w, size_t n);

/* Whether the capitalised word w[0..n) is one that commonly begins a
** sentence ("The", "He", "But"), which resolves "Inc. The" as a boundary. */
int nlp_is_sentence_starter(const char *w, size_t n);

#endif /* NLP_ABBREV_H */
