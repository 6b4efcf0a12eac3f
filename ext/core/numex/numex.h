/*
** numex.h: the numeric and temporal entity finder (internal to the core).
**
** Finds DATE, TIME, MONEY, PERCENT, QUANTITY, ORDINAL and CARDINAL mentions
** in the tokens of one sentence by patterns (no model), with a normalised
** value where one exists. The entity finder (nlp_entities) calls it once per
** sentence and merges its spans with the learned tagger's names.
*/
#ifndef NLP_NUMEX_H
#define NLP_NUMEX_H

#include <stddef.h>

#include "nlp.h"

typedef enum nlp_numex_label {
  NLP_NUMEX_DATE = 0,
  NLP_NUMEX_TIME,
  NLP_NUMEX_MONEY,
  NLP_NUMEX_PERCENT,
  NLP_NUMEX_QUANTITY,
  NLP_NUMEX_ORDINAL,
  NLP_NUMEX_CARDINAL
} nlp_numex_label_t;

#define NLP_NUMEX_VALUE_MAX 64

typedef struct nlp_numex {
  size_t tok_start; /* index into the toks array of the first token */
  size_t tok_end;   /* one past the last token */
  nlp_numex_label_t label;
  /* NUL-terminated normalised value, "" when none:
  **   DATE     ISO 8601: "2023-12-19", "2023-12", "2023", "--12-19" (no
  **            year), "1990s" -> "199X", relative dates ("Wednesday",
  **            "last week") -> "" (no anchor date is known)
  **   TIME     "10:30" (24-hour), or ""
  **   MONEY    "<amount> <ISO 4217>": "1200000000 USD", "5000000 GBP";
  **            vague amounts ("billions of dollars") -> ""
  **   PERCENT  the number: "3.5"
  **   QUANTITY "<number> <unit>": "5 mile"
  **   ORDINAL  "2"; CARDINAL "11000", "2" ("two") */
  char value[NLP_NUMEX_VALUE_MAX];
} nlp_numex_t;

/* Finds the numeric and temporal entities among toks[0..ntoks) (the tokens of
** one sentence, as nlp_tokens produces them, with byte offsets into text).
** Writes at most max non-overlapping entities, in text order, to out and
** returns how many it found (which may exceed max: the rest are dropped).
** Pure function: no allocation, no state. */
size_t nlp_numex_find(const char *text, const nlp_token_t *toks, size_t ntoks,
                      nlp_numex_t *out, size_t max);

/* The first token of ent's head: after a leading "the" of a DATE ("the
** 1990s" -> "1990s") or an approximator ("more than 11,000" -> "11,000",
** "about 3 p.m." -> "3 p.m."); ent->tok_start when there is neither. For a
** caller that prefers the shorter spans (CoNLL-style scoring). */
size_t nlp_numex_head(const char *text, const nlp_token_t *toks, size_t ntoks,
                      const nlp_numex_t *ent);

/* The label's name: "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY",
** "ORDINAL", "CARDINAL" (OntoNotes names); "" for an unknown value. */
const char *nlp_numex_label_name(nlp_numex_label_t label);

/* Whether w[0..n), in any case, names a month or a day of the week as the
** date rules read them ("Aug", "Sept", "May", "Monday"; not "Mon"). */
int nlp_numex_is_calendar_word(const char *w, size_t n);

#endif /* NLP_NUMEX_H */
