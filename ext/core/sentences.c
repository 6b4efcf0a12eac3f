/*
** sentences.c: the sentence splitter.
**
** Usage (C):
**   nlp_sentences_t *it; nlp_sentence_t s;
**   nlp_sentences_new(text, len, &it);
**   while (nlp_sentences_next(it, &s) == NLP_OK) use(text + s.byte_start, ...);
**   nlp_sentences_free(it);
**
** The splitter is lazy: each call scans forward from the end of the previous
** sentence to the next boundary and keeps no per-sentence state, so memory is
** constant whatever the size of the text.
**
** Rules, in order (the README lists them with examples):
**   1. A blank line (two line breaks with only spaces between) always ends a
**      sentence and starts a new paragraph.
**   2. A run of terminators (. ! ? … and kin), with the closing quotes and
**      brackets after it, ends a sentence when white space and then a
**      plausible sentence start follow, unless the word before a period is
**      an abbreviation that does not end sentences (see abbrev.c).
**   3. Text glued by scrapers ("weeks.John") is split where a lower-case
**      word, a period and a capitalised word meet with no space.
*/
#include <stdlib.h>
#include <string.h>

#include "abbrev.h"
#include "chars.h"
#include "nlp.h"

struct nlp_sentences {
  const unsigned char *text; /* start of the caller's text */
  const unsigned char *end;  /* one past its last byte */
  const unsigned char *pos;  /* where the next scan starts */
  size_t idx;                /* ordinal of the next sentence */
  size_t paragraph;          /* paragraph of the next sentence */
};

int nlp_sentences_new(const char *text, size_t len, nlp_sentences_t **out) {
  nlp_sentences_t *it;
  if (!out || (!text && len)) return NLP_EINVAL;
  it = calloc(1, sizeof(*it));
  if (!it) return NLP_ENOMEM;
  it->text = (const unsigned char *)(text ? text : "");
  it->end = it->text + len;
  it->pos = it->text;
  *out = it;
  return NLP_OK;
}

void nlp_sentences_free(nlp_sentences_t *it) { free(it); }

/* Skips white space from p; returns the first non-space position and sets
** *breaks to the number of line breaks crossed (CRLF counts once, a
** paragraph separator twice). */
static const unsigned char *skip_space(const unsigned char *p,
                                       const unsigned char *end,
                                       int *breaks) {
  int n = 0;
  while (p < end) {
    if (*p == '\n') {
      n++, p++;
    } else if (*p == '\r') {
      n++, p++;
      if (p < end && *p == '\n') p++;
    } else if (*p < 0x80) {
      if (!(nlp_ascii_class[*p] & NLP_C_SPACE)) break;
      p++;
    } else {
      nlp_char_t c = nlp_char_at(p, end);
      if (!(c.klass & NLP_C_SPACE)) break;
      if (c.cp == 0x2029)
        n += 2;
      else if (c.klass & NLP_C_NEWLINE)
        n++;
      p += c.len;
    }
  }
  *breaks = n;
  return p;
}

/* The end of the non-space text before p (p > start). */
static const unsigned char *trim_back(const unsigned char *start,
                                      const unsigned char *p) {
  while (p > start) {
    const unsigned char *q = nlp_char_before(start, p);
    nlp_char_t c = nlp_char_at(q, p);
    if (!(c.klass & NLP_C_SPACE)) break;
    p = q;
  }
  return p;
}

/* The word (letters, digits and inner periods) that ends at p. */
static const unsigned char *word_before(const unsigned char *start,
                                        const unsigned char *p) {
  while (p > start) {
    const unsigned char *q = nlp_char_before(start, p);
    nlp_char_t c = nlp_char_at(q, p);
    if (!(c.klass & (NLP_C_LETTER | NLP_C_DIGIT)) && c.cp != '.') break;
    p = q;
  }
  return p;
}

/* Whether the text at p looks like the start of a new sentence after the
** terminator that ends the word w[0..wn) (kind: the terminator's first
** character). */
static int starts_sentence(const unsigned char *p, const unsigned char *end,
                           const unsigned char *w, size_t wn, int32_t term) {
  nlp_char_t c = nlp_char_at(p, end);
  const unsigned char *n = p, *ne;
  nlp_abbrev_kind_t ab = NLP_ABBR_NONE;
  /* Opening quotes and brackets before the next word. */
  while (n < end && (c.klass & NLP_C_OPEN)) {
    n += c.len;
    if (n >= end) return 1;
    c = nlp_char_at(n, end);
  }
  if (c.klass & NLP_C_LOWER) return 0;
  if (term != '.') return 1;
  /* The word before the period decides. */
  if (wn > 0) ab = nlp_abbrev_lookup((const char *)w, wn);
  if (ab == NLP_ABBR_TITLE) return 0;
  if (c.klass & NLP_C_DIGIT)
    return !(ab == NLP_ABBR_NUMERIC || ab == NLP_ABBR_MONTH);
  if (!(c.klass & NLP_C_UPPER)) return 1;
  ne = n;
  while (ne < end) {
    nlp_char_t d = nlp_char_at(ne, end);
    if (!(d.klass & NLP_C_LETTER)) break;
    ne += d.len;
  }
  if (ab == NLP_ABBR_GENERAL || ab == NLP_ABBR_MONTH ||
      ab == NLP_ABBR_NUMERIC)
    return nlp_is_sentence_starter((const char *)n, (size_t)(ne - n));
  /* A single capital letter is an initial: "John F. Kennedy". */
  if (wn == 1 && (nlp_ascii_class[w[0] & 0x7F] & NLP_C_UPPER) && w[0] < 0x80)
    return nlp_is_sentence_starter((const char *)n, (size_t)(ne - n));
  return 1;
}

int nlp_sentences_next(nlp_sentences_t *it, nlp_sentence_t *s) {
  const unsigned char *p, *start, *end;
  int breaks;
  if (!it || !s) return NLP_EINVAL;
  end = it->end;
  p = skip_space(it->pos, end, &breaks);
  if (it->idx > 0 && breaks >= 2) it->paragraph++;
  if (p >= end) {
    it->pos = end;
    return NLP_DONE;
  }
  start = p;
  while (p < end) {
    unsigned char b = *p;
    nlp_char_t c;
    if (b < 0x80 && !(nlp_ascii_class[b] & (NLP_C_TERM | NLP_C_NEWLINE))) {
      p++;
      continue;
    }
    c = nlp_char_at(p, end);
    if (c.klass & NLP_C_NEWLINE) {
      const unsigned char *q = skip_space(p, end, &breaks);
      if (breaks >= 2 || q >= end) {
        s->byte_end = (size_t)(trim_back(start, p) - it->text);
        it->pos = p;
        goto found;
      }
      p = q;
      continue;
    }
    if (c.klass & NLP_C_TERM) {
      const unsigned char *wend = p, *w = word_before(start, p), *q = p;
      int32_t term = c.cp;
      /* The run of terminators, then closing quotes and brackets. */
      while (q < end) {
        nlp_char_t d = nlp_char_at(q, end);
        if (!(d.klass & NLP_C_TERM)) break;
        q += d.len;
      }
      if (q - p > 1) term = '!'; /* an ellipsis or "?!" */
      while (q < end) {
        nlp_char_t d = nlp_char_at(q, end);
        if (!(d.klass & NLP_C_CLOSE)) break;
        q += d.len;
      }
      if (q >= end) {
        p = q;
        break;
      }
      {
        nlp_char_t d = nlp_char_at(q, end);
        if (d.klass & NLP_C_SPACE) {
          const unsigned char *r = skip_space(q, end, &breaks);
          if (r >= end || breaks >= 2 ||
              starts_sentence(r, end, w, (size_t)(wend - w), term)) {
            s->byte_end = (size_t)(q - it->text);
            it->pos = q;
            goto found;
          }
        } else if (term == '.' && q == p + 1 && (d.klass & NLP_C_UPPER) &&
                   wend - w >= 2 && (nlp_ascii_class[wend[-1] & 0x7F] &
                                     NLP_C_LOWER) && wend[-1] < 0x80 &&
                   !memchr(w, '.', (size_t)(wend - w))) {
          /* Glued by a scraper: "weeks.John" (but not "example.Com"). */
          const unsigned char *r = q + d.len;
          nlp_char_t e = r < end ? nlp_char_at(r, end) : d;
          if (r < end && (e.klass & NLP_C_LOWER)) {
            s->byte_end = (size_t)(q - it->text);
            it->pos = q;
            goto found;
          }
        }
      }
      p = q;
      continue;
    }
    p += c.len;
  }
  s->byte_end = (size_t)(trim_back(start, end) - it->text);
  it->pos = end;
found:
  s->byte_start = (size_t)(start - it->text);
  s->idx = it->idx++;
  s->paragraph = it->paragraph;
  return NLP_OK;
}

size_t nlp_sentence_count(const char *text, size_t len) {
  nlp_sentences_t *it;
  nlp_sentence_t s;
  size_t n = 0;
  if (nlp_sentences_new(text, len, &it) != NLP_OK) return (size_t)-1;
  while (nlp_sentences_next(it, &s) == NLP_OK) n++;
  nlp_sentences_free(it);
  return n;
}
