/*
** dateline.h: the one dateline recogniser (internal).
**
** A dateline opens a news story and says where, and sometimes when and from
** whom, it was filed. Every stage that needs one asks here:
**
**   form                              function                 caller
**   "WASHINGTON (AP) —",              nlp_dateline_place()     parts.c
**   "LONDON, March 3 (Reuters) -",
**   "(CNN) —", "CNN —"
**   "EAGLE PASS, TEXAS -": the place  nlp_dateline_runs_step() entities.c
**   runs in capitals at the start
**   of a line, over the caller's
**   tokens
**   "Thursday, May 7, 2015" on a      nlp_dateline_date()      sentences.c
**   line of its own
**
** Where the forms disagree (kept so that every caller's output stays what it
** was; a later issue may reconcile them):
**   - A place line needs a dash at its end (a hyphen only with a space after
**     it and a space or ')' before it) within 90 bytes and 8 words; the
**     place runs need only a comma, a bracket, a hyphen of any kind or an
**     en/em dash after a run, so "NICE, France" gives the run "NICE" but no
**     place line.
**   - "In capitals" differs: a place line's first word is letters only, two
**     or more capitals and no lower case ("US-Mexico" is not one), and after
**     a comma title case is allowed ("LONDON, March 3"); a place run is
**     one to four words that the caller's tokenizer calls ALLCAPS (the NER
**     features' cap class 2), and nothing after a comma but another run.
**   - A place line may start with a bracket ("(CNN) —"); a place run may not.
**   - The date form is known to the sentence splitter only.
*/
#ifndef NLP_DATELINE_H
#define NLP_DATELINE_H

#include <stddef.h>

/* The end of the place dateline that starts at s (after its dash), or NULL;
** e is the end of the line. "WASHINGTON (AP) — The" gives the end of "—". */
const unsigned char *nlp_dateline_place(const unsigned char *s,
                                        const unsigned char *e);

/* The date dateline "Thursday, May 7, 2015" whose comma after the weekday is
** at comma, when it stands alone: white space and then a capital or an
** opening quote or bracket follow it, or the end of the text. The weekday
** starts at start or after white space. Returns the end of the year and sets
** *weekday to the start of the weekday, or returns NULL.
** nlp_dateline_date() is the one to call: nlp_dateline_date_read() is the
** recogniser behind its inline first test. */
const unsigned char *nlp_dateline_date_read(const unsigned char *start,
                                            const unsigned char *comma,
                                            const unsigned char *end,
                                            const unsigned char **weekday);
static inline const unsigned char *
nlp_dateline_date(const unsigned char *start, const unsigned char *comma,
                  const unsigned char *end, const unsigned char **weekday) {
  /* Every weekday ends in "day": most commas are turned away here, on the
  ** sentence splitter's fast path, without a call. */
  if (comma - start < 6 || comma[-1] != 'y' || comma[-2] != 'a')
    return NULL;
  return nlp_dateline_date_read(start, comma, end, weekday);
}

/* Whether byte b of text starts a line: only spaces, tabs and carriage
** returns stand between it and a line feed or the start of the text. */
int nlp_dateline_line_start(const char *text, size_t b);

/* What a token is to the place runs. */
typedef enum nlp_dateline_tok {
  NLP_DATELINE_TOK_OTHER = 0, /* anything else: the runs end */
  NLP_DATELINE_TOK_CAPS,      /* a word in capitals: "EAGLE" */
  NLP_DATELINE_TOK_COMMA,     /* ",": closes a run, another may follow */
  NLP_DATELINE_TOK_CLOSE      /* "-", "(", "–", "—": closes the last run */
} nlp_dateline_tok_t;

/* What the punctuation token s[0..n) is to the place runs: COMMA, CLOSE or
** OTHER. (Words are classed by the caller, which knows their case.) */
nlp_dateline_tok_t nlp_dateline_punct(const char *s, size_t n);

/* Most words in one place run: "SALT LAKE CITY" fits. */
#define NLP_DATELINE_RUN_WORDS 4

/* The state of a scan for place runs over the caller's tokens. */
typedef struct nlp_dateline_runs {
  size_t first; /* index of the first token of the current run */
  size_t words; /* words in the current run so far */
  int done;     /* no run can follow: stop feeding tokens */
} nlp_dateline_runs_t;

/* Starts a scan at token first, the first token of a line. */
void nlp_dateline_runs_init(nlp_dateline_runs_t *r, size_t first);

/* Feeds token i (the tokens in order, from the one given to init) of class
** t. Returns 1 when it closes a place run: tokens [*run, i) are the place.
** "EAGLE PASS , TEXAS - DECEMBER" gives [0, 2) at the comma, then [3, 4) at
** the hyphen, and is done. A run the tokens end inside is no place. */
int nlp_dateline_runs_step(nlp_dateline_runs_t *r, size_t i,
                           nlp_dateline_tok_t t, size_t *run);

#endif /* NLP_DATELINE_H */
