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
  **   DATE     TimeML: "2023-12-19", "2023-12", "2023", "198" (the
  **            1980s), "P2Y" (two years), "PAST_REF"; or a template to
  **            place on the calendar with nlp_numex_resolve(), starting
  **            with '~': "~D-1" (yesterday), "~w3<" (Wednesday, past
  **            tense), "~d12-19=" (December 19, no year)
  **   TIME     the same: "~D0T14:00" (2 p.m.), "PT2H" (two hours)
  **   MONEY    "<amount> <ISO 4217>": "1200000000 USD", "5000000 GBP";
  **            vague amounts ("billions of dollars") -> ""
  **   PERCENT  the number: "3.5"
  **   QUANTITY "<number> <unit>": "5 mile"
  **   ORDINAL  "2"; CARDINAL "11000", "2" ("two"), "0.3333" ("a third": a
  *decimal)
  **   a range or pair of one unit: "low/high", unit after ("4/5", "3/6"
  **   for "between 3% and 6%", "2/4 megapixel", "1200000/23500000 USD") */
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

/* The qualifier of ent's approximator or bound ("more than 11,000" ->
** "more_than"; qualifiers.txt: approx, more_than, less_than, up_to,
** at_least, at_most), static; NULL when it has none. */
const char *nlp_numex_qualifier(const char *text, const nlp_token_t *toks,
                                size_t ntoks, const nlp_numex_t *ent);

/* The label's name: "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY",
** "ORDINAL", "CARDINAL" (OntoNotes names); "" for an unknown value. */
const char *nlp_numex_label_name(nlp_numex_label_t label);

/* Whether w[0..n), in any case, names a month or a day of the week as the
** date rules read them ("Aug", "Sept", "May", "Monday"; not "Mon"). */
int nlp_numex_is_calendar_word(const char *w, size_t n);

/* Whether the n bytes at w are a holiday named by one word (holidays.txt:
** "Christmas", "Easter"), read case-insensitively. */
int nlp_numex_is_holiday(const char *w, size_t n);

/* What a DATE or TIME template is placed on the calendar with
** (nlp_numex_resolve). */
typedef struct nlp_numex_ref {
  char date[NLP_NUMEX_VALUE_MAX];   /* the reference date "2023-12-19", or "" */
  char anchor[NLP_NUMEX_VALUE_MAX]; /* the date the text last named ("a day
                                    ** later" counts from it), or "" */
  int carry_year;  /* a year the text carries over to a yearless date, or 0 */
  int anchor_near; /* the anchor is near (ANCHOR_NEAR sentences, timeline.c) */
  char quarter[NLP_NUMEX_VALUE_MAX]; /* the quarter the text last named, or ""
                                     ** ("the quarter" is that one) */
} nlp_numex_ref_t;

/* The TimeML value of the DATE or TIME value tmpl of nlp_numex_find (a
** template when it starts with '~', see timeml.c) into out (of
** NLP_NUMEX_VALUE_MAX bytes): "2023-12-20", "2023-W50", "XXXX-12-19",
** "P2Y", "PAST_REF"; "" when it cannot be placed. ref may be NULL. */
void nlp_numex_resolve(const char *tmpl, const nlp_numex_ref_t *ref, char *out);

/* Whether s[0..n) is a reference date nlp_numex_resolve reads: an ISO date
** "2023-12-19" that exists, or a date-time "2023-12-19T14:00[...]" (or
** with a space for the T). */
int nlp_numex_date_ok(const char *s, size_t n);

/* The DATEs and TIMEs of one text placed on the calendar in text order
** (timeline.c): each gets its value from its template, the reference date,
** the date the text last named and the year it last stated.
**   nlp_timeline_t tl;
**   nlp_timeline_init(&tl, "2023-12-19");      (or NULL: none given)
**   for each DATE/TIME e: nlp_timeline_offer(&tl, text, len, e...)
**   nlp_timeline_start(&tl);
**   for each DATE/TIME e: nlp_timeline_step(&tl, e.sentence, e.value);
*/
typedef struct nlp_timeline {
  nlp_numex_ref_t ref;
  int given;              /* the reference date was given, not read */
  int year;               /* the last year the text stated, or 0 */
  size_t year_sentence;   /* the sentence it is in */
  size_t anchor_sentence; /* the sentence of ref.anchor */
  int first_year;         /* the first year the text states (offer), or 0 */
  char line_date[NLP_NUMEX_VALUE_MAX]; /* a yearless date line, or "" */
} nlp_timeline_t;

/* Starts a timeline with the reference date ref (checked with
** nlp_numex_date_ok; only its date is used), or none (NULL). */
void nlp_timeline_init(nlp_timeline_t *tl, const char *ref);

/* Offers the DATE of text[bs, be) with template value, in text order,
** before the first step: the text's own date when no reference was given
** and it stands in a date line ("December 19, 2023" alone on one of the
** first lines) or a dateline ("TOKYO, March 5 -", with a year stated
** elsewhere in the text). */
void nlp_timeline_offer(nlp_timeline_t *tl, const char *text, size_t len,
                        size_t bs, size_t be, const char *value);

/* Ends the offers: the reference date is known (or there is none). */
void nlp_timeline_start(nlp_timeline_t *tl);

/* Places the DATE or TIME of sentence with template value (in place, of
** NLP_NUMEX_VALUE_MAX bytes), the next in text order. */
void nlp_timeline_step(nlp_timeline_t *tl, size_t sentence, char *value);

/* Francs, pesos and crowns (story.c): a MONEY of one of them with no
** nationality before it has an open value, "40000000 ?franc"; the places
** of the story close it. */

/* Whether the MONEY value v is open. */
int nlp_numex_money_open(const char *v);

/* The code a place or nationality place[0..n) ("France", "Swiss") gives the
** currency of the open value v, or NULL. */
const char *nlp_numex_place_currency(const char *v, const char *place,
                                     size_t n);

/* Closes the open value v (in place) with code, or with none (NULL): the
** amount alone, "40000000". */
void nlp_numex_money_close(char *v, const char *code);

#endif /* NLP_NUMEX_H */
