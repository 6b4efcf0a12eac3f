/*
** abbrev.h: the abbreviations the sentence splitter and the tokenizer know.
*/
#ifndef NLP_ABBREV_H
#define NLP_ABBREV_H

#include <stddef.h>

typedef enum nlp_abbrev_kind {
  NLP_ABBR_NONE = 0,
  NLP_ABBR_TITLE,   /* precedes a name, never ends a sentence: Mr. Gov. Sen. */
  NLP_ABBR_NUMERIC, /* precedes a number: No. Vol. Fig. pp. */
  NLP_ABBR_MONTH,   /* Jan. Feb. ... Sept. */
  NLP_ABBR_GENERAL  /* may end a sentence: Inc. Corp. Jr. etc. U.S. a.m. */
} nlp_abbrev_kind_t;

/* Classifies the word w[0..n) that stands right before a period, without
** that period (e.g. "Gov", "U.S", "a.m"). Letters joined by periods, one
** or two letters a part ("U.S", "e.g", "Ph.D"), are GENERAL abbreviations;
** a title in capitals ("GEN") is looked up as "Gen". */
nlp_abbrev_kind_t nlp_abbrev_lookup(const char *w, size_t n);

/* Whether the capitalised word w[0..n) is one that commonly begins a
** sentence ("The", "He", "But"), which resolves "Inc. The" as a boundary. */
int nlp_is_sentence_starter(const char *w, size_t n);

/* 1 if the word tables are sorted as the binary searches need (tests). */
int nlp_abbrev_check(void);

#endif /* NLP_ABBREV_H */
