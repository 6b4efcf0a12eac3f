/*
** wrap.h: whether a single line break of a text is a hard wrap (internal).
**
** Text stored as e-mail, wire copy or a text dump is often hard-wrapped:
** each paragraph is broken into lines of at most some width, and the line
** breaks mean no more than spaces. The sentence splitter asks here about a
** line break that ends a line without final punctuation.
**
** A block of lines (up to WRAP_SURVEY_LINES from the line asked about) is
** surveyed once: it is wrapped when most of its lines are nearly as long as
** its longest line and that width is one of a wrapped text (30 to 160
** characters). In a wrapped block a break is a wrap when the first word of
** the next line would not have fitted on the line ("... rose two points
** to\n51.9 pct": greedy wrapping), unless the next line is indented as a
** paragraph or a list item is. Lines of a text that is not wrapped, short
** lines (headlines, list items, table rows, addresses, verse) and
** paragraphs' last lines keep their breaks.
**
** Usage:
**   nlp_wrap_t w = {0};
**   if (nlp_wrap_soft(&w, text, line_end, next_line, end)) ...a space...
*/
#ifndef NLP_WRAP_H
#define NLP_WRAP_H

/* What is known of the block of lines around the last line asked about. */
typedef struct nlp_wrap {
  const unsigned char *until; /* the end of the surveyed block */
  int width;                  /* its wrap width in characters; 0: none */
} nlp_wrap_t;

/* Whether the single line break after the line that ends at e (its last
** non-space byte + 1; text: the start of the text, for finding the line's
** start) is a wrap; next is the first non-space byte of the next line and
** end the end of the text. Surveys the block when e is past w->until. */
int nlp_wrap_soft(nlp_wrap_t *w, const unsigned char *text,
                  const unsigned char *e, const unsigned char *next,
                  const unsigned char *end);

/* Whether that line break was made on purpose, by layout alone: the line
** is not in a wrapped block, or the next line starts a paragraph or a list
** item, or its first word would have fitted on the line. (Neither this nor
** nlp_wrap_soft() holds for a short line of prose in a wrapped block.) */
int nlp_wrap_hard(nlp_wrap_t *w, const unsigned char *text,
                  const unsigned char *e, const unsigned char *next,
                  const unsigned char *end);

#endif /* NLP_WRAP_H */
