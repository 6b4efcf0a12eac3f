/*
** sentences.c: the sentence splitter.
**
** Usage (C):
**   nlp_sentences_t *it; nlp_sentence_t s;
**   nlp_sentences_new(text, len, &it);
**   while (nlp_sentences_next(it, &s) == NLP_OK) use(text + s.byte_start, ...);
**   nlp_sentences_free(it);
**
** Usage (SQL): SELECT idx, sentence, paragraph FROM nlp_sentences(:text);
**
** The splitter is lazy: each call scans forward from the end of the previous
** sentence to the next boundary and keeps only a few words of state, so
** memory is constant whatever the size of the text. Uninteresting bytes are
** skipped with a table look-up; only a few UTF-8 lead bytes are decoded.
**
** Rules (docs/sentences.md lists them with examples):
**   1. A blank line always ends a sentence and starts a new paragraph.
**   2. A single line break ends a sentence when the line before has no
**      final punctuation, unless the line looks hard-wrapped (long, ending
**      in a comma or dash, or several words from a capital) and the next
**      line starts in lower case, or its block of lines is hard-wrapped and
**      the break is a wrap (wrap.c).
**   3. A run of terminators (. ! ? … and ". . ."), with the closing quotes
**      and brackets after it and any footnote marks ("[12]"), ends a
**      sentence when white space and a plausible sentence start follow.
**      What counts as plausible depends on the terminator and the word
**      before a period (abbreviations, initials, list markers, clock
**      times, "Q."/"A." turns, names with "!"). Closing HTML tags stay with
**      the sentence before them; a CJK full stop needs no space after it.
**   4. Text glued by scrapers ("weeks.John") is split where a lower-case
**      word or a number, a period and a capitalised word meet.
**   5. Lists: a bullet after white space starts a sentence, and after a
**      sentence that opens with a list marker ("1.", "2)", "a.") the next
**      marker in sequence starts a new sentence.
**   6. News furniture: a dateline ("Thursday, May 7, 2015") stands alone
**      after a headline, a credit label ("Image:") starts a sentence, an
**      e-mail greeting ("Hi,") ends one, an attribution after a quotation
**      ('"..." Dechy said.') stays with it.
*/
#include <stdlib.h>
#include <string.h>

#include "text/alloc.h"
#include "layout/dateline.h"
#include "segment/abbrev.h"
#include "segment/wrap.h"
#include "text/wordset.h"
#include "text/chars.h"
#include "nlp.h"

/* List marker styles. */
enum { LIST_NONE = 0, LIST_DOT, LIST_DOT_PAREN, LIST_PAREN, LIST_PARENS };

/* What list markers count: digits, letters, Roman numerals, or "i", which
** may be either of the last two. */
enum { LIST_DIGITS = 0, LIST_LETTER, LIST_ROMAN, LIST_LETTER_OR_ROMAN };

/* What a run of terminators is. */
typedef enum term_kind {
  TERM_PERIOD,   /* "." and the full stops of other scripts */
  TERM_EXCLAIM,  /* "!" (the last of "!" and "?" in the run) */
  TERM_QUESTION, /* "?" */
  TERM_ELLIPSIS  /* "…", "..", "...", ". . ." */
} term_kind_t;

struct nlp_sentences {
  const unsigned char *text; /* start of the caller's text */
  const unsigned char *end;  /* one past its last byte */
  const unsigned char *pos;  /* where the next scan starts */
  size_t idx;                /* ordinal of the next sentence */
  size_t paragraph;          /* paragraph of the next sentence */
  int list_style;            /* LIST_*: the marker that opened the sentence */
  int list_alpha;            /* LIST_DIGITS, LIST_LETTER, ...: what it counts */
  long list_next;            /* the value the next marker would have */
  nlp_wrap_t wrap;           /* the hard-wrapped block of lines seen last */
};

/* Bytes that the scanner must look at: terminators, line breaks, ')' (list
** markers), ',' (datelines, greetings), ':' (credit labels) and the UTF-8
** lead bytes of the non-ASCII terminators, line separators and bullets
** (C2: U+0085; CD D5 D8 DB E0: other scripts' stops; E2: … ‼ ⁇ U+2028
** U+2029 • ⁃ ▪ ●; E3: 。; EF: fullwidth ！ ． ？). */
static const unsigned char INTERESTING[256] = {
    ['\n'] = 1, ['\r'] = 1, ['.'] = 1,  ['!'] = 1,  ['?'] = 1,  [')'] = 1,
    [','] = 1,  [':'] = 1,  [0xC2] = 1, [0xCD] = 1, [0xD5] = 1, [0xD8] = 1,
    [0xDB] = 1, [0xE0] = 1, [0xE2] = 1, [0xE3] = 1, [0xEF] = 1,
};

/* How far the splitter looks at the word before a period or around a glued
** period; longer tokens (URLs, junk) are never abbreviations. Bounding it
** keeps texts without spaces linear. */
#define WORD_MAX 64

/* Line breaks that make a paragraph break (skip_space() counts no more). */
#define PARAGRAPH_BREAKS 2

/* A greeting ("Dear Jane Doe,") has at most this many bytes and words. */
#define GREETING_MAX 40
#define GREETING_WORDS 3

/* The longest sign-off line ("Reuter"), in bytes. */
#define SIGN_OFF_MAX 24

/* The longest HTML or XML tag read, in bytes. */
#define TAG_MAX 128

/* The longest run of tags alone that is not a sentence, in bytes. */
#define TAG_RUN_MAX 256

/* The longest credit label ("Photograph"), in bytes. */
#define CREDIT_LABEL_MAX 10

/* Words a fronted clock time ("At 5 a.m. Mr. Smith ...") has at most
** before its number. */
#define CLOCK_FRONT_WORDS 3

/* Lines at least this long that end without punctuation look hard-wrapped. */
#define WRAP_MIN 40

int nlp_sentences_new(const char *text, size_t len, nlp_sentences_t **out) {
  nlp_sentences_t *it;
  if (!out || (!text && len))
    return NLP_EINVAL;
  it = nlp_mem_calloc(1, sizeof(*it));
  if (!it)
    return NLP_ENOMEM;
  it->text = (const unsigned char *)(text ? text : "");
  it->end = it->text + len;
  it->pos = it->text;
  *out = it;
  return NLP_OK;
}

void nlp_sentences_free(nlp_sentences_t *it) { nlp_mem_free(it); }

static int is_ascii(const unsigned char *p, const unsigned char *end,
                    uint32_t klass) {
  return p < end && *p < 0x80 && (nlp_ascii_class[*p] & klass);
}

static uint32_t klass_at(const unsigned char *p, const unsigned char *end) {
  return p < end ? nlp_char_at(p, end).klass : 0;
}

/* Whether the character at p is a list bullet: • ‣ ⁃ ▪ ● ◦. */
static size_t bullet_len(const unsigned char *p, const unsigned char *end) {
  int32_t cp;
  if (p >= end || *p != 0xE2)
    return 0;
  size_t n = nlp_utf8_next(p, end, &cp);
  switch (cp) {
  case 0x2022:
  case 0x2023:
  case 0x2043:
  case 0x25AA:
  case 0x25CF:
  case 0x25E6:
    return n;
  default:
    return 0;
  }
}

/* The capitalised word at p: its end (letters only). */
static const unsigned char *word_end(const unsigned char *p,
                                     const unsigned char *end) {
  const unsigned char *p0 = p;
  while (p < end && p - p0 < WORD_MAX && *p < 0x80 &&
         (nlp_ascii_class[*p] & NLP_C_LETTER))
    p++;
  while (p < end && p - p0 < WORD_MAX) {
    nlp_char_t c = nlp_char_at(p, end);
    if (!(c.klass & NLP_C_LETTER))
      break;
    p += c.len;
  }
  return p;
}

/* Skips white space from p; returns the first non-space position and sets
** *breaks to the number of line breaks crossed (CRLF counts once, a
** paragraph separator twice). */
static const unsigned char *skip_space(const unsigned char *p,
                                       const unsigned char *end, int *breaks) {
  int n = 0;
  while (p < end) {
    if (*p == '\n') {
      n++, p++;
    } else if (*p == '\r') {
      n++, p++;
      if (p < end && *p == '\n')
        p++;
    } else if (*p < 0x80) {
      if (!(nlp_ascii_class[*p] & NLP_C_SPACE))
        break;
      p++;
    } else {
      nlp_char_t c = nlp_char_at(p, end);
      if (!(c.klass & NLP_C_SPACE))
        break;
      if (c.cp == 0x2029)
        n += 2;
      else if (c.klass & NLP_C_NEWLINE)
        n++;
      p += c.len;
    }
    if (n > PARAGRAPH_BREAKS)
      n = PARAGRAPH_BREAKS;
  }
  *breaks = n;
  return p;
}

/* The end of the non-space text before p (start <= p). */
static const unsigned char *trim_back(const unsigned char *start,
                                      const unsigned char *p) {
  while (p > start) {
    const unsigned char *q = nlp_char_before(start, p);
    nlp_char_t c = nlp_char_at(q, p);
    if (!(c.klass & NLP_C_SPACE))
      break;
    p = q;
  }
  return p;
}

/* The start of the token that ends at p: bytes back to white space, at most
** WORD_MAX of them (NULL if longer), without leading opening punctuation. */
static const unsigned char *token_before(const unsigned char *start,
                                         const unsigned char *p) {
  const unsigned char *w = p;
  while (w > start && !nlp_space_before(start, w)) {
    if (p - w >= WORD_MAX)
      return NULL;
    w--;
  }
  /* Opening quotes and brackets: ( [ " ' and “ ‘ (E2 80 9C / 98). */
  for (;;) {
    if (w < p && *w < 0x80 && (nlp_ascii_class[*w] & NLP_C_OPEN)) {
      w++;
    } else if (p - w >= 3 && w[0] == 0xE2 && w[1] == 0x80 &&
               (w[2] == 0x9C || w[2] == 0x98)) {
      w += 3;
    } else {
      break;
    }
  }
  return w;
}

/* Parses a list marker at p: digits (1-3), one lower-case letter or a
** Roman numeral (roman_numerals.txt), then ".", ".)" or ")", or the same in
** brackets ("(b)"), then white space.
** Returns the end of the marker (after its punctuation) or NULL; fills
** style, alpha and value. */
static const unsigned char *list_marker(const unsigned char *p,
                                        const unsigned char *end, int *style,
                                        int *alpha, long *value) {
  const unsigned char *q = p;
  long v = 0;
  int bracket;
  if (p >= end || (*p >= 'A' && *p <= 'Z'))
    return NULL; /* the common case: a capital opens the sentence */
  bracket = *q == '(';
  q += bracket;
  if (q < end && *q >= '0' && *q <= '9') {
    while (q < end && *q >= '0' && *q <= '9' && q - p < 3 + bracket)
      v = v * 10 + (*q++ - '0');
    *alpha = LIST_DIGITS;
  } else if (q < end && *q >= 'a' && *q <= 'z') {
    const unsigned char *r = q;
    int roman;
    while (r < end && r - q < 5 && *r >= 'a' && *r <= 'z')
      r++;
    if (r - q == 1) {
      v = *q++;
      *alpha = LIST_LETTER;
    } else if (nlp_list_value(NLP_LIST_SEGMENT_ROMAN_NUMERALS, (const char *)q,
                              (size_t)(r - q), &roman)) {
      v = roman, q = r;
      *alpha = LIST_ROMAN;
    } else {
      return NULL;
    }
  } else {
    return NULL;
  }
  if (bracket) {
    if (q >= end || *q != ')')
      return NULL;
    q++;
    *style = LIST_PARENS;
  } else if (q < end && *q == '.') {
    q++;
    *style = LIST_DOT;
    if (q < end && *q == ')')
      q++, *style = LIST_DOT_PAREN;
  } else if (q < end && *q == ')') {
    q++;
    *style = LIST_PAREN;
  } else {
    return NULL;
  }
  if (!is_ascii(q, end, NLP_C_SPACE))
    return NULL;
  *value = v;
  return q;
}

/* Whether the punctuation at p (a '.' or ')') closes the next list marker
** of the current list; if so, *mstart is where that marker starts. */
static int next_marker(const nlp_sentences_t *it, const unsigned char *start,
                       const unsigned char *p, const unsigned char **mstart) {
  const unsigned char *m = p, *e;
  int style, alpha;
  long v;
  if (it->list_style == LIST_NONE)
    return 0;
  if (*p == ')' && m > start && m[-1] == '.')
    m--;
  while (m > start && p - m <= 4 && m[-1] >= '0' && m[-1] <= '9')
    m--;
  if (m == p || (m == p - 1 && *m == '.'))
    for (e = m; m > start && e - m < 4 && m[-1] >= 'a' && m[-1] <= 'z';)
      m--; /* "b.", "iv.", "c.)" */
  if (m < p && m > start && m[-1] == '(' && *p == ')')
    m--; /* "(b)" */
  if (m == p || m <= start || !nlp_space_before(start, m))
    return 0;
  e = list_marker(m, it->end, &style, &alpha, &v);
  if (!e || style != it->list_style || e <= p)
    return 0;
  /* After "i." both "j." and "ii." go on the list; after "iv." "v." does. */
  if (!((alpha == it->list_alpha && v == it->list_next) ||
        (it->list_alpha == LIST_LETTER_OR_ROMAN &&
         ((alpha == LIST_LETTER && v == 'j') ||
          (alpha == LIST_ROMAN && v == 2))) ||
        (it->list_alpha == LIST_ROMAN && alpha == LIST_LETTER &&
         ((v == 'v' && it->list_next == 5) ||
          (v == 'x' && it->list_next == 10)))))
    return 0;
  *mstart = m;
  return 1;
}

/* Whether a lower-case word follows the white space at p, after a dash: "stop!
** — and ran". */
static int dash_goes_on(const unsigned char *p, const unsigned char *end) {
  int breaks;
  p = skip_space(p, end, &breaks);
  return breaks == 0 && (klass_at(p, end) & NLP_C_LOWER);
}

/* Rule: after "!" or "?" (c: the next word's first character), a word in
** lower case goes on after a closing quote ("'Great!' she said") or after a
** capitalised word, a title or a name ("Yahoo! in", "Who Wants to be a
** Millionaire? on Christmas Day"), and so does one after a dash ("stop! —
** and ran"); after a name written with "!" (exclaim_names.txt: "Yahoo!
** News") only a common sentence starter starts one; anything else starts a
** sentence ("why? where"). */
static int starts_after_mark(const unsigned char *w, const unsigned char *wend,
                             const unsigned char *n, const unsigned char *end,
                             nlp_char_t c, int quoted) {
  if ((c.klass & NLP_C_UPPER) && w && w < wend &&
      nlp_list_has(NLP_LIST_SEGMENT_EXCLAIM_NAMES, (const char *)w,
                   (size_t)(wend - w)))
    return nlp_is_sentence_starter((const char *)n,
                                   (size_t)(word_end(n, end) - n));
  if (c.klass & NLP_C_DASH)
    return !dash_goes_on(n + c.len, end);
  if (!(c.klass & NLP_C_LOWER))
    return 1;
  if (quoted)
    return 0;
  return !(w && w < wend && (klass_at(w, wend) & NLP_C_UPPER));
}

/* Rule: after an ellipsis, a word in lower case goes on, and so does a
** number after four dots or more (a dot leader: "Chapter 2 ........ 6"); a
** capital starts a sentence ("that.... She", "before.. I") except a lone
** "I" after three dots (". . . I didn't"). n: the next word. */
static int starts_after_ellipsis(const unsigned char *n,
                                 const unsigned char *end, nlp_char_t c,
                                 int dots) {
  const unsigned char *ne;
  if (c.klass & NLP_C_LOWER)
    return 0;
  if ((c.klass & NLP_C_DIGIT) && dots >= 4)
    return 0; /* a dot leader: "Chapter 2 ........ 6" */
  if (!(c.klass & NLP_C_UPPER) || dots >= 4 || dots == 2)
    return 1;
  ne = word_end(n, end);
  return !(ne - n == 1 && *n == 'I');
}

/* Rule: after a period, the word before it decides: after an abbreviation
** or an initial a capital starts a sentence only if it is a common sentence
** starter ("Inc. The", not "John F. Kennedy"); after a title nothing does
** ("Gov. Brown"), nor a number after "No." or "Jan." ("p. 55"), nor a
** symbol after "No." or "approx." ("approx. $40"); a word in
** lower case goes on after a quote, an abbreviation, one letter or a token
** too long to read ("e. coli"). */
static int starts_after_period(const unsigned char *w,
                               const unsigned char *wend,
                               const unsigned char *n, const unsigned char *end,
                               nlp_char_t c, int quoted) {
  size_t wn = w ? (size_t)(wend - w) : 0;
  nlp_abbrev_kind_t ab =
      wn > 0 ? nlp_abbrev_lookup((const char *)w, wn) : NLP_ABBR_NONE;
  const unsigned char *ne;
  if (c.klass & NLP_C_LOWER)
    return !quoted && ab == NLP_ABBR_NONE && wn >= 2;
  if (ab == NLP_ABBR_TITLE)
    return 0;
  if (c.klass & NLP_C_DIGIT)
    return !(ab == NLP_ABBR_NUMERIC || ab == NLP_ABBR_MONTH || wn == 1);
  if (!(c.klass & NLP_C_UPPER))
    return ab != NLP_ABBR_NUMERIC; /* "approx. $40", "No. #5" */
  ne = word_end(n, end);
  /* "etc." closes lists, and so often sentences. */
  if (ab != NLP_ABBR_NONE && !(wn == 3 && memcmp(w, "etc", 3) == 0))
    return nlp_is_sentence_starter((const char *)n, (size_t)(ne - n));
  /* A single capital letter is an initial: "John F. Kennedy". */
  if (wn == 1 && (klass_at(w, wend) & NLP_C_UPPER))
    return nlp_is_sentence_starter((const char *)n, (size_t)(ne - n));
  return 1;
}

/* Whether the next word, after a run of terminators of the given kind with
** dots periods, starts a sentence. w..wend: the token before the run (w
** NULL if too long); r: the first non-space after the run, its closers and
** white space; quoted: a closing quote or bracket follows the run. Opening
** quotes and brackets before the next word are skipped. */
static int starts_sentence(const unsigned char *w, const unsigned char *wend,
                           const unsigned char *r, const unsigned char *end,
                           term_kind_t kind, int dots, int quoted) {
  const unsigned char *n = r;
  nlp_char_t c = nlp_char_at(r, end);
  while (n < end && (c.klass & NLP_C_OPEN)) {
    n += c.len;
    if (n >= end)
      return 1;
    c = nlp_char_at(n, end);
  }
  switch (kind) {
  case TERM_EXCLAIM:
  case TERM_QUESTION:
    return starts_after_mark(w, wend, n, end, c, quoted);
  case TERM_ELLIPSIS:
    return starts_after_ellipsis(n, end, c, dots);
  case TERM_PERIOD:
    break;
  }
  return starts_after_period(w, wend, n, end, c, quoted);
}

/* Whether text glued by a scraper or a hurried writer should be split after
** the run of terminators p..q of the given kind: "weeks.John",
** "1,000.That", "person??cos", "country....Iguazu". It needs a word or a
** number before, letters after (a capital after a period or an ellipsis),
** and no sign of a URL, e-mail address, abbreviation or web domain
** (url_tlds.txt, capitalised: "Newsfeed.Com") around. */
static int glued(const unsigned char *start, const unsigned char *p,
                 const unsigned char *q, const unsigned char *end,
                 term_kind_t kind) {
  const unsigned char *w, *x;
  unsigned char b = p > start ? p[-1] : 0;
  if (q + 1 >= end || !is_ascii(q, end, NLP_C_LETTER) ||
      !is_ascii(q + 1, end, NLP_C_LETTER))
    return 0;
  if (kind == TERM_PERIOD || kind == TERM_ELLIPSIS) {
    if (!is_ascii(q, end, NLP_C_UPPER))
      return 0;
    if (kind == TERM_PERIOD && !is_ascii(q + 1, end, NLP_C_LOWER))
      return 0;
  }
  if (!((b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == ')' ||
        (kind != TERM_PERIOD && b >= 'A' && b <= 'Z')))
    return 0;
  w = token_before(start, p);
  if (!w || p - w < 2)
    return 0;
  if (kind == TERM_PERIOD &&
      nlp_abbrev_lookup((const char *)w, (size_t)(p - w)) != NLP_ABBR_NONE)
    return 0;
  for (x = w; x < p; x++)
    if (*x == '.' || *x == '@' || *x == '/' || *x == ':' || *x == '=')
      return 0;
  if (p - w == 3 && (w[0] | 0x20) == 'w' && (w[1] | 0x20) == 'w' &&
      (w[2] | 0x20) == 'w')
    return 0;
  for (x = q; x < end && (x - q) < WORD_MAX && (*x > ' '); x++)
    if (*x == '@' || *x == '/' || *x == '=')
      return 0;
  x = word_end(q, end);
  if (kind == TERM_PERIOD &&
      nlp_list_has_capitalised(NLP_LIST_SEGMENT_URL_TLDS, (const char *)q,
                               (size_t)(x - q)))
    return 0; /* "Newsfeed.Com" */
  return 1;
}

/* Whether the word that ends at e (not before start) ties a date after it
** to the sentence: "on Monday, May 4, 2015" (date_glue.txt). */
static int date_glue_before(const unsigned char *start, const unsigned char *e,
                            const unsigned char *end) {
  const unsigned char *b = e;
  while (b > start && is_ascii(b - 1, end, NLP_C_LETTER))
    b--;
  return nlp_list_has(NLP_LIST_SEGMENT_DATE_GLUE, (const char *)b,
                      (size_t)(e - b));
}

/* Where a dateline whose weekday comma is at p cuts the sentence that
** starts at start, or NULL: before the weekday after a headline, or after
** the year when the sentence is the dateline. */
static const unsigned char *dateline_cut(const unsigned char *start,
                                         const unsigned char *p,
                                         const unsigned char *end) {
  const unsigned char *d, *y = nlp_dateline_date(start, p, end, &d), *e;
  if (!y)
    return NULL;
  if (d == start)
    return y;
  e = trim_back(start, d);
  if (e == d || !(klass_at(e - 1, end) & (NLP_C_LETTER | NLP_C_DIGIT)))
    return NULL;
  return date_glue_before(start, e, end) ? NULL : d;
}

/* An e-mail timestamp "08/16/2000 12:05 PM" (date with two slashes, time
** with an optional seconds part and AM/PM) whose time colon is at p, when
** white space and a word follow it (a capitalised one after a bare time).
** Returns its end and sets *d to the start of the date, or returns NULL. */
static const unsigned char *timestamp(const unsigned char *start,
                                      const unsigned char *p,
                                      const unsigned char *end,
                                      const unsigned char **d) {
  const unsigned char *h = p, *q = p + 1, *x, *r;
  int slashes = 0, breaks, ampm = 0;
  while (h > start && p - h < 2 && h[-1] >= '0' && h[-1] <= '9')
    h--;
  if (h == p || h - start < 7 || h[-1] != ' ')
    return NULL;
  for (x = h - 1; x > start && p - x < 14 && x[-1] != ' '; x--) {
    if (x[-1] == '/')
      slashes++;
    else if (x[-1] < '0' || x[-1] > '9')
      return NULL;
  }
  if (slashes != 2 || h - 1 - x < 6 ||
      (x > start && !nlp_space_before(start, x)))
    return NULL;
  for (int part = 0; part < 2; part++) {
    if (q + 2 > end || q[0] < '0' || q[0] > '9' || q[1] < '0' || q[1] > '9')
      return NULL;
    q += 2;
    if (part == 0 && (q >= end || *q != ':'))
      break;
    if (part == 0)
      q++;
  }
  if (end - q >= 3 && q[0] == ' ' && (q[1] == 'A' || q[1] == 'P') &&
      q[2] == 'M')
    q += 3, ampm = 1;
  if (!is_ascii(q, end, NLP_C_SPACE))
    return NULL;
  /* Any word may follow "AM"/"PM"; a bare time needs a capital after. */
  r = skip_space(q, end, &breaks);
  if (r >= end || !(klass_at(r, end) & (ampm ? NLP_C_LETTER | NLP_C_QUOTE
                                             : NLP_C_UPPER | NLP_C_QUOTE)))
    return NULL;
  *d = x;
  return q;
}

/* Whether a URL starts at p: "http://", "https://" or "www.". */
static int url_at(const unsigned char *p, const unsigned char *end) {
  return (end - p >= 7 && memcmp(p, "http://", 7) == 0) ||
         (end - p >= 8 && memcmp(p, "https://", 8) == 0) ||
         (end - p >= 4 && memcmp(p, "www.", 4) == 0);
}

/* Whether the colon at p is the one of "http://" or "https://" inside the
** sentence that starts at start. */
static int url_colon(const unsigned char *start, const unsigned char *p,
                     const unsigned char *end) {
  if (end - p < 3 || p[1] != '/' || p[2] != '/')
    return 0;
  if (p - start >= 5 && memcmp(p - 5, "https", 5) == 0)
    return 1;
  return p - start >= 4 && memcmp(p - 4, "http", 4) == 0;
}

/* Sets up the list state for a sentence that starts at p; returns where
** scanning should begin (after a list marker, which is not a boundary). */
static const unsigned char *open_sentence(nlp_sentences_t *it,
                                          const unsigned char *p) {
  const unsigned char *q = p, *e;
  size_t bl = bullet_len(p, it->end);
  int style, alpha;
  long v;
  if (bl) { /* spaces and tabs after the bullet, not line breaks */
    q = p + bl;
    while (q < it->end && (*q == ' ' || *q == '\t'))
      q++;
  }
  e = list_marker(q, it->end, &style, &alpha, &v);
  if (!e) {
    it->list_style = LIST_NONE;
    return bl ? p + bl : p;
  }
  if (alpha == LIST_LETTER && it->list_style == style &&
      it->list_alpha == LIST_ROMAN &&
      ((v == 'v' && it->list_next == 5) || (v == 'x' && it->list_next == 10)))
    alpha = LIST_ROMAN, v = it->list_next; /* "iv. ... v. ... vi." */
  it->list_style = style;
  it->list_alpha =
      alpha == LIST_LETTER && v == 'i' ? LIST_LETTER_OR_ROMAN : alpha;
  it->list_next = v + 1;
  return e;
}

/* Footnote marks and bracketed omissions after a terminator: "[12]",
** "[...]", "[…]", or a bare number of one or two digits before a capital on
** the same line. Returns their end, or NULL. */
static const unsigned char *footnote(const unsigned char *p,
                                     const unsigned char *end) {
  const unsigned char *q = p + 1;
  if (p < end && *p >= '1' && *p <= '9') {
    /* A bare note number before a capitalised sentence: "rights. 4 Even" */
    int breaks;
    if (q < end && *q >= '0' && *q <= '9')
      q++;
    if (!is_ascii(q, end, NLP_C_SPACE))
      return NULL;
    return is_ascii(skip_space(q, end, &breaks), end, NLP_C_UPPER) &&
                   breaks == 0
               ? q
               : NULL;
  }
  if (p >= end || *p != '[')
    return NULL;
  while (q < end && q - p <= 5 &&
         ((*q >= '0' && *q <= '9') || *q == '.' || *q == 0xE2 || *q == 0x80 ||
          *q == 0xA6))
    q++;
  if (q == p + 1 || q >= end || *q != ']')
    return NULL;
  return q + 1;
}

/* An emoticon after a sentence: ":)", ":-(", ";P", ":D". Returns its end
** if white space or the end of the text follows, or NULL. */
static const unsigned char *emoticon(const unsigned char *p,
                                     const unsigned char *end) {
  const unsigned char *q = p + 1;
  if (p >= end || (*p != ':' && *p != ';' && *p != '='))
    return NULL;
  if (q < end && (*q == '-' || *q == '\''))
    q++;
  if (q >= end || !strchr(")(DPpO/\\|]*", *q) || *q == 0)
    return NULL;
  q++;
  while (q < end && q[0] == q[-1] && (*q == ')' || *q == '('))
    q++;
  return q >= end || is_ascii(q, end, NLP_C_SPACE) ? q : NULL;
}

/* Whether the comma at p closes a greeting or a closing that opens the
** sentence at start (at most three words; its first in greeting_openers.txt:
** "Hi,", "Dear Jane,", "Best regards,"), followed by a capitalised word. */
static int greeting(const unsigned char *start, const unsigned char *p,
                    const unsigned char *end) {
  const unsigned char *w, *r;
  int words = 1, breaks;
  if (p - start > GREETING_MAX || !is_ascii(start, end, NLP_C_UPPER))
    return 0;
  w = word_end(start, end);
  if (!nlp_list_has(NLP_LIST_SEGMENT_GREETING_OPENERS, (const char *)start,
                    (size_t)(w - start)))
    return 0;
  for (const unsigned char *x = start; x < p; x++)
    if (*x == ' ' && ++words > GREETING_WORDS)
      return 0;
  if (!is_ascii(p + 1, end, NLP_C_SPACE))
    return 0;
  r = skip_space(p + 1, end, &breaks);
  return is_ascii(r, end, NLP_C_UPPER);
}

/* Whether the colon at p closes a credit label (credit_labels.txt) that
** stands after some text of the sentence ("... in Toronto Image: Nick
** Moreau."); if so, *m is where the label starts. */
static int credit_label(const unsigned char *start, const unsigned char *p,
                        const unsigned char **m) {
  const unsigned char *w = p;
  while (w > start && p - w <= CREDIT_LABEL_MAX &&
         (nlp_ascii_class[w[-1] & 0x7F] & NLP_C_LETTER) && w[-1] < 0x80)
    w--;
  if (w <= start || !nlp_space_before(start, w) ||
      !nlp_list_has(NLP_LIST_SEGMENT_CREDIT_LABELS, (const char *)w,
                    (size_t)(p - w)))
    return 0;
  *m = w;
  return 1;
}

/* Whether the text at r, after a quotation that ended with a terminator, is
** its attribution: one to three capitalised words, a verb of saying
** (said_verbs.txt), then a period or a comma ('"... terrible." Dechy
** said.'). */
static int attribution(const unsigned char *r, const unsigned char *end) {
  for (int words = 0; words < 3; words++) {
    const unsigned char *e;
    if (!is_ascii(r, end, NLP_C_UPPER))
      return 0;
    e = word_end(r, end);
    if (e >= end || *e != ' ')
      return 0;
    r = e + 1;
    e = word_end(r, end);
    if (e > r && nlp_list_has(NLP_LIST_SEGMENT_SAID_VERBS, (const char *)r,
                              (size_t)(e - r)))
      return e < end && (*e == '.' || *e == ',');
  }
  return 0;
}

/* The length of the HTML or XML tag at p ("<p>", "</div>", "<br/>", "<a
** href=...>"), 0 if none; *closing: it closes an element or is empty
** ("</p>", "<br>", "<br/>"), so it belongs to the text before it. */
static size_t tag_len(const unsigned char *p, const unsigned char *end,
                      int *closing) {
  const unsigned char *q = p + 1, *name;
  int slash = 0;
  if (p >= end || *p != '<')
    return 0;
  if (q < end && *q == '/')
    q++, slash = 1;
  name = q;
  while (q < end && q - p < TAG_MAX &&
         is_ascii(q, end, NLP_C_LETTER | NLP_C_DIGIT))
    q++;
  if (q == name || !is_ascii(name, end, NLP_C_LETTER))
    return 0;
  *closing =
      slash || nlp_list_has_lower(NLP_LIST_SEGMENT_EMPTY_TAGS,
                                  (const char *)name, (size_t)(q - name));
  while (q < end && q - p < TAG_MAX && *q != '>' && *q != '<' && *q != '\n')
    q++;
  if (q >= end || *q != '>')
    return 0;
  if (q[-1] == '/')
    *closing = 1;
  return (size_t)(q + 1 - p);
}

/* The end of the run of closing and empty tags at p ("</p></div>",
** "<br>"), p if there is none. */
static const unsigned char *end_tags(const unsigned char *p,
                                     const unsigned char *end) {
  size_t n;
  int closing;
  while ((n = tag_len(p, end, &closing)) > 0 && closing)
    p += n;
  return p;
}

/* Whether start..e holds nothing but tags and white space: "<div>". Gives
** up (0) after TAG_RUN_MAX bytes, so that rescanning stays bounded. */
static int only_tags(const unsigned char *start, const unsigned char *e) {
  const unsigned char *s0 = start;
  int closing, any = 0;
  while (start < e) {
    if (start - s0 > TAG_RUN_MAX)
      return 0;
    size_t n = tag_len(start, e, &closing);
    if (n > 0)
      start += n, any = 1;
    else if (is_ascii(start, e, NLP_C_SPACE))
      start++;
    else
      return 0;
  }
  return any;
}

/* Footnote marks glued to the end of a sentence: "true.[3] The", "cold.12
** 13 Next". Returns their end when white space and a capital (or the end of
** the text) follow, else NULL. Bare numbers (one to three digits, groups
** joined by a space or a comma) need two lower-case letters before the
** terminator at p, so "3.12" and "p.12" are not marks. */
static const unsigned char *glued_marks(const unsigned char *start,
                                        const unsigned char *p,
                                        const unsigned char *q,
                                        const unsigned char *end) {
  const unsigned char *m = q, *x, *r;
  int breaks;
  if (m < end && *m == '[') {
    while (m < end && *m == '[') {
      for (x = m + 1; x < end && x - m <= 4 && *x >= '0' && *x <= '9'; x++)
        ;
      if (x == m + 1 || x >= end || *x != ']')
        return NULL;
      m = x + 1;
    }
  } else {
    if (p - start < 2 || !(p[-1] >= 'a' && p[-1] <= 'z') ||
        !(p[-2] >= 'a' && p[-2] <= 'z'))
      return NULL;
    for (;;) {
      for (x = m; x < end && x - m < 3 && *x >= '0' && *x <= '9'; x++)
        ;
      if (x == m || (x < end && *x >= '0' && *x <= '9'))
        return NULL;
      m = x;
      if (m + 1 < end && (*m == ' ' || *m == ',') && m[1] >= '0' &&
          m[1] <= '9') {
        m++;
        continue;
      }
      break;
    }
  }
  if (m >= end)
    return m;
  if (!is_ascii(m, end, NLP_C_SPACE))
    return NULL;
  r = skip_space(m, end, &breaks);
  return is_ascii(r, end, NLP_C_UPPER) ? m : NULL;
}

/* Whether the run of terminators that ends at run ends with a full stop of
** CJK or full-width text: 。 ！ ？ ． (U+3002, U+FF01, U+FF1F, U+FF0E). */
static int wide_stop(const unsigned char *p, const unsigned char *run) {
  const unsigned char *c = run - 3;
  if (run - p < 3)
    return 0;
  return (c[0] == 0xE3 && c[1] == 0x80 && c[2] == 0x82) ||
         (c[0] == 0xEF && c[1] == 0xBC &&
          (c[2] == 0x81 || c[2] == 0x9F || c[2] == 0x8E));
}

/* ---- the boundary rules ---------------------------------------------------
** The scan stops at each interesting character (INTERESTING) and tries the
** rules of that character in order (at_paren() ... at_terminator() below
** list them); the first that applies decides. When none does, the scan goes
** on after the character. */

/* What a rule decides at the character it is called at. */
typedef enum verdict {
  PASS = 0, /* the rule does not apply: the next one is tried */
  GO_ON,    /* no boundary here: the scan resumes at step.next */
  END       /* the sentence ends at step.end; the next starts at step.next */
} verdict_t;

typedef struct step {
  const unsigned char *end;  /* END: the end of the sentence */
  const unsigned char *next; /* where the scan resumes, or the next starts */
} step_t;

/* A run of terminators and what follows it, read once for its rules. */
typedef struct term {
  term_kind_t kind;
  int dots;                    /* periods in the run ("…" counts three) */
  int quoted;                  /* closing quotes or brackets follow it */
  const unsigned char *run;    /* the end of the run */
  const unsigned char *closed; /* the end of the closers after it */
  const unsigned char *q;      /* ... and of the footnote marks after those */
  const unsigned char *r;      /* the first non-space after q, if space follows
                                  closed */
  int breaks;                  /* line breaks between q and r */
  const unsigned char *first;  /* "word. . . . Next": the end of the attached
                                  period, or NULL */
  int tagged;                  /* closing tags follow the run ("</p>") */
} term_t;

/* One scan for the end of the sentence that starts at start. */
typedef struct scan {
  nlp_sentences_t *it;
  const unsigned char *start;      /* the first byte of the sentence */
  const unsigned char *end;        /* the end of the text */
  const unsigned char *line;       /* the start of the current line */
  const unsigned char *after_term; /* the end of the last run that went on */
  const unsigned char *tags_end;   /* the sentence is tags alone up to here;
                                      NULL once it holds text */
  const unsigned char *next_line;  /* at a line break: the next non-space */
  int breaks;                      /* ... and the line breaks before it */
  term_t t;                        /* at a terminator: its run */
} scan_t;

static verdict_t end_at(const unsigned char *e, const unsigned char *next,
                        step_t *st) {
  st->end = e;
  st->next = next;
  return END;
}

static verdict_t go_on(const unsigned char *next, step_t *st) {
  st->next = next;
  return GO_ON;
}

/* Ends the sentence before m (white space trimmed); the next starts at m. */
static verdict_t cut_before(const scan_t *sc, const unsigned char *m,
                            step_t *st) {
  return end_at(trim_back(sc->start, m), m, st);
}

/* ")": the next marker of the sentence's list starts a sentence: "a) eggs
** b) milk". */
static verdict_t list_paren(scan_t *sc, const unsigned char *p, step_t *st) {
  const unsigned char *m;
  return next_marker(sc->it, sc->start, p, &m) ? cut_before(sc, m, st) : PASS;
}

/* ":": a credit label after some text starts a sentence: "... in Toronto
** Image: Nick Moreau." */
static verdict_t credit(scan_t *sc, const unsigned char *p, step_t *st) {
  const unsigned char *m;
  return credit_label(sc->start, p, &m) ? cut_before(sc, m, st) : PASS;
}

/* ":": a URL is skipped whole (its periods end nothing); one that ends a
** line-like unit, before another URL or a capitalised word, ends the
** sentence: "...html | http://...", "...news | The". */
static verdict_t url(scan_t *sc, const unsigned char *p, step_t *st) {
  const unsigned char *u = p + 3, *ue, *r, *end = sc->end;
  int breaks;
  if (!url_colon(sc->start, p, end))
    return PASS;
  while (u < end && !(klass_at(u, end) & NLP_C_SPACE))
    u += nlp_char_at(u, end).len;
  ue = u;
  while (ue > p + 3 && ue[-1] && strchr(".,;:!?)]}'\"", ue[-1]))
    ue--;
  if (ue == u && u < end) {
    r = skip_space(u, end, &breaks);
    if (breaks < PARAGRAPH_BREAKS && r < end &&
        (url_at(r, end) ||
         (is_ascii(r, end, NLP_C_UPPER) && is_ascii(r + 1, end, NLP_C_LOWER))))
      return end_at(u, u, st);
  }
  return go_on(ue, st);
}

/* ":": an e-mail timestamp ends the header before it, unless a word such as
** "on" ties it to the text, and its own sentence: "Kay Mann | 04/26/2001
** 07:17 AM | Will you...". */
static verdict_t mail_timestamp(scan_t *sc, const unsigned char *p,
                                step_t *st) {
  const unsigned char *start = sc->start, *m, *f, *e;
  if ((m = timestamp(start, p, sc->end, &f)) == NULL)
    return PASS;
  e = trim_back(start, f);
  if (f > start && e > start && !date_glue_before(start, e, sc->end))
    return cut_before(sc, f, st);
  return end_at(m, m, st);
}

/* ":": an emoticon after white space ends a sentence like a terminator when
** a capital follows: "seek :) Now I". */
static verdict_t emoticon_end(scan_t *sc, const unsigned char *p, step_t *st) {
  const unsigned char *m, *r;
  int breaks;
  if (p > sc->start && nlp_space_before(sc->start, p) &&
      (m = emoticon(p, sc->end)) != NULL && m < sc->end) {
    r = skip_space(m, sc->end, &breaks);
    if (is_ascii(r, sc->end, NLP_C_UPPER))
      return end_at(m, m, st);
  }
  return PASS;
}

/* ",": the comma of a greeting ends its sentence: "Hi, Jane". */
static verdict_t greeting_end(scan_t *sc, const unsigned char *p, step_t *st) {
  return greeting(sc->start, p, sc->end) ? end_at(p + 1, p + 1, st) : PASS;
}

/* ",": a dateline stands alone, after a headline too: "Thursday, May 7,
** 2015". */
static verdict_t dateline_alone(scan_t *sc, const unsigned char *p,
                                step_t *st) {
  const unsigned char *m = dateline_cut(sc->start, p, sc->end);
  if (!m)
    return PASS;
  return m > p ? end_at(m, m, st) : cut_before(sc, m, st);
}

/* Whether the sentence up to e is tags alone ("<div>\n<p>"); checks only
** what it has not checked before. */
static int tags_so_far(scan_t *sc, const unsigned char *e) {
  if (!sc->tags_end)
    return 0;
  if (!only_tags(sc->tags_end, e) &&
      trim_back(sc->tags_end, e) > sc->tags_end) {
    sc->tags_end = NULL;
    return 0;
  }
  sc->tags_end = e;
  return 1;
}

/* Line break: a blank line, or the end of the text, ends the sentence;
** tags alone before it go on to the next paragraph, and tags alone after
** it to the end of the text join the sentence ("</div>"). */
static verdict_t blank_line(scan_t *sc, const unsigned char *p, step_t *st) {
  if (sc->breaks >= PARAGRAPH_BREAKS || sc->next_line >= sc->end) {
    if (sc->next_line < sc->end && tags_so_far(sc, p))
      return PASS; /* "<div>" alone is no sentence: it opens the next */
    if (sc->next_line < sc->end && *sc->next_line == '<' &&
        only_tags(sc->next_line, sc->end))
      return end_at(trim_back(sc->start, sc->end), sc->end, st);
    return end_at(trim_back(sc->start, p), p, st);
  }
  return PASS;
}

/* Whether the line that ends at e (the whole line, not only the sentence
** on it) has at least n bytes. */
static int line_len_at_least(const unsigned char *text, const unsigned char *e,
                             size_t n) {
  const unsigned char *b = e;
  while (b > text && b[-1] != '\n' && b[-1] != '\r' && (size_t)(e - b) < n)
    b--;
  return (size_t)(e - b) >= n;
}

/* Line break: a line without final punctuation ends the sentence unless it
** looks hard-wrapped (long, ending in a comma or dash, or a capitalised run
** of words) and the next line goes on in lower case. */
static verdict_t unpunctuated_line(scan_t *sc, const unsigned char *p,
                                   step_t *st) {
  const unsigned char *e = trim_back(sc->start, p), *line = sc->line;
  unsigned char last;
  int wrapped;
  if (e == sc->after_term || tags_so_far(sc, e) ||
      nlp_wrap_soft(&sc->it->wrap, sc->it->text, e, sc->next_line, sc->end))
    return PASS;
  last = e[-1];
  wrapped = line_len_at_least(sc->it->text, e, WRAP_MIN) || last == ',' ||
            last == '-' || last == ';' || last == '&' ||
            (is_ascii(line, sc->end, NLP_C_UPPER) &&
             memchr(line, ' ', (size_t)(e - line)));
  if (!(wrapped && (klass_at(sc->next_line, sc->end) & NLP_C_LOWER)))
    return end_at(e, p, st);
  return PASS;
}

/* Line break: the sentence goes on on the next line. */
static verdict_t line_goes_on(scan_t *sc, const unsigned char *p, step_t *st) {
  (void)p;
  sc->line = sc->next_line;
  return go_on(sc->next_line, st);
}

/* Terminator: the period of the next marker of the sentence's list starts
** a sentence: "1. Eggs 2. Milk". */
static verdict_t list_period(scan_t *sc, const unsigned char *p, step_t *st) {
  const unsigned char *m;
  if (*p == '.' && next_marker(sc->it, sc->start, p, &m))
    return cut_before(sc, m, st);
  return PASS;
}

/* Terminator: "Q." and "A." opening a sentence mark the turns of an
** interview, not a sentence: "Q. Where were you? A. At home." */
static verdict_t dialogue(scan_t *sc, const unsigned char *p, step_t *st) {
  if (p == sc->start + 1 && (*sc->start == 'Q' || *sc->start == 'A') &&
      sc->t.kind == TERM_PERIOD && sc->t.dots == 1 &&
      is_ascii(sc->t.closed, sc->end, NLP_C_SPACE))
    return go_on(sc->t.q, st);
  return PASS;
}

/* Terminator: a run that opens the sentence ends nothing: ". . . The". */
static verdict_t run_opens(scan_t *sc, const unsigned char *p, step_t *st) {
  return p == sc->start ? go_on(sc->t.run, st) : PASS;
}

/* Terminator: "[...]" marks an omission, not a boundary. */
static verdict_t omission(scan_t *sc, const unsigned char *p, step_t *st) {
  const term_t *t = &sc->t;
  if (t->kind == TERM_ELLIPSIS && p > sc->start && p[-1] == '[' &&
      t->run < sc->end && *t->run == ']')
    return go_on(t->run + 1, st);
  return PASS;
}

/* Terminator: the text ends with this sentence: "... the end.\"". */
static verdict_t text_ends(scan_t *sc, const unsigned char *p, step_t *st) {
  (void)p;
  if (sc->t.closed < sc->end)
    return PASS;
  return end_at(trim_back(sc->start, sc->end), sc->end, st);
}

/* Terminator: with no white space after the run, only glued text is split:
** "weeks.John", "1,000.That", but not "Newsfeed.Com" or "3.5"; and so are
** glued footnote marks ("true.[3] The"), a CJK full stop ("晴れ。明日") and
** tags before a capital ("passed.</p><p>The"). */
/* The glued cases of no_space_after() that the common ones ("3.5",
** "U.S.") never reach: footnote marks, a CJK stop, tags. PASS if none. */
static verdict_t glued_mark_or_tag(scan_t *sc, const unsigned char *p,
                                   const unsigned char *q, step_t *st) {
  const term_t *t = &sc->t;
  const unsigned char *m, *n;
  int closing;
  size_t k;
  if ((m = glued_marks(sc->start, p, q, sc->end)) != NULL)
    return end_at(m, m, st); /* "true.[3] The" */
  if (wide_stop(p, t->run) && !(klass_at(q, sc->end) & NLP_C_DIGIT))
    return end_at(q, q, st); /* "晴れ。明日" */
  for (n = q; n < sc->end && *n == '<' && (k = tag_len(n, sc->end, &closing));)
    n += k;
  if ((n > q || t->tagged) && is_ascii(n, sc->end, NLP_C_UPPER | NLP_C_DIGIT))
    return end_at(q, q, st); /* "passed.</p><p>The", "passed.<br>The" */
  return PASS;
}

static verdict_t no_space_after(scan_t *sc, const unsigned char *p,
                                step_t *st) {
  const term_t *t = &sc->t;
  const unsigned char *q = t->closed;
  verdict_t v;
  if (klass_at(q, sc->end) & NLP_C_SPACE)
    return PASS;
  if (q < sc->end &&
      (*q == '[' || *q == '<' || t->tagged || *p >= 0xE3 ||
       (*q >= '0' && *q <= '9' && p > sc->start && p[-1] >= 'a' &&
        p[-1] <= 'z')) &&
      (v = glued_mark_or_tag(sc, p, q, st)))
    return v;
  if (!t->quoted && (t->kind != TERM_PERIOD || q == p + 1) &&
      glued(sc->start, p, q, sc->end, t->kind))
    return end_at(q, q, st);
  return go_on(q, st);
}

/* Terminator: a blank line or the end of the text after the run, its
** closers and footnote marks ends the sentence: "rights.[4]\n\nNext". */
static verdict_t paragraph_ends(scan_t *sc, const unsigned char *p,
                                step_t *st) {
  const term_t *t = &sc->t;
  (void)p;
  if (t->breaks >= PARAGRAPH_BREAKS && t->r < sc->end && *t->r == '<' &&
      only_tags(t->r, sc->end))
    return end_at(trim_back(sc->start, sc->end), sc->end, st); /* "</html>" */
  if (t->r >= sc->end || t->breaks >= PARAGRAPH_BREAKS)
    return end_at(t->q, t->q, st);
  return PASS;
}

/* Terminator: an attribution stays with its quotation: '"... game." -
** Matthew Ingram', '"... terrible." Dechy said.' */
static verdict_t attributed(scan_t *sc, const unsigned char *p, step_t *st) {
  const term_t *t = &sc->t;
  const unsigned char *r = t->r, *end = sc->end;
  (void)p;
  if (t->quoted &&
      (((klass_at(r, end) & NLP_C_DASH) &&
        (klass_at(r + nlp_char_at(r, end).len, end) & NLP_C_SPACE)) ||
       attribution(r, end))) {
    sc->after_term = t->q; /* a line break after it ends nothing either */
    return go_on(t->q, st);
  }
  return PASS;
}

/* Whether the sentence start..n (n: the start of a clock time) is only a
** fronted time: at most CLOCK_FRONT_WORDS words, the first a preposition of
** time_prepositions.txt ("At 5", "Shortly before 7"). */
static int fronted_time(const unsigned char *start, const unsigned char *n) {
  const unsigned char *w = start;
  int words = 0;
  for (const unsigned char *x = start; x < n; x++)
    words += *x == ' ';
  while (w < n && is_ascii(w, n, NLP_C_LETTER))
    w++;
  return words <= CLOCK_FRONT_WORDS &&
         nlp_list_has_lower(NLP_LIST_SEGMENT_TIME_PREPOSITIONS,
                            (const char *)start, (size_t)(w - start));
}

/* Terminator: "a.m." or "p.m." after a number, before a capitalised word
** (not a time zone: "9 p.m. EST") in the same paragraph, ends the sentence
** unless the time is fronted: "He left at 6 P.M. Mr. Smith then went", not
** "At 5 a.m. Mr. Smith went". */
static verdict_t clock_ends(scan_t *sc, const unsigned char *p, step_t *st) {
  const term_t *t = &sc->t;
  const unsigned char *n;
  if (t->kind != TERM_PERIOD || t->quoted || p - sc->start < 6 ||
      (p[-1] | 0x20) != 'm' || p[-2] != '.' ||
      ((p[-3] | 0x20) != 'a' && (p[-3] | 0x20) != 'p') || p[-4] != ' ' ||
      !(p[-5] >= '0' && p[-5] <= '9') ||
      !is_ascii(t->r, sc->end, NLP_C_UPPER) ||
      !is_ascii(t->r + 1, sc->end, NLP_C_LOWER))
    return PASS;
  n = p - 5;
  while (n > sc->start && ((n[-1] >= '0' && n[-1] <= '9') || n[-1] == ':'))
    n--;
  if (fronted_time(sc->start, n))
    return PASS;
  return end_at(t->q, t->q, st);
}

/* Whether the line at r is a news agency's sign-off alone
** (layout/sign_offs.txt: "Reuter", "AFP"), trailing periods left out. */
static int sign_off_line(const unsigned char *r, const unsigned char *end) {
  const unsigned char *e = r;
  while (e < end && *e != '\n' && *e != '\r' && e - r <= SIGN_OFF_MAX)
    e++;
  while (e > r && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '.'))
    e--;
  return e - r <= SIGN_OFF_MAX &&
         nlp_list_has_lower(NLP_LIST_LAYOUT_SIGN_OFFS, (const char *)r,
                            (size_t)(e - r));
}

/* Terminator: a general abbreviation at the end of a line broken on
** purpose (not a wrap: nlp_wrap_hard), or before an agency's sign-off,
** ends the sentence before a capital: "... and Co Inc.\n Reuter". */
static verdict_t abbrev_line_end(scan_t *sc, const unsigned char *p,
                                 step_t *st) {
  const term_t *t = &sc->t;
  const unsigned char *w;
  if (t->kind != TERM_PERIOD || t->breaks != 1 || t->quoted ||
      !is_ascii(t->r, sc->end, NLP_C_UPPER) ||
      (w = token_before(sc->start, p)) == NULL || w == p ||
      nlp_abbrev_lookup((const char *)w, (size_t)(p - w)) != NLP_ABBR_GENERAL ||
      !(sign_off_line(t->r, sc->end) ||
        nlp_wrap_hard(&sc->it->wrap, sc->it->text, t->q, t->r, sc->end)))
    return PASS;
  return end_at(t->q, t->q, st);
}

/* Terminator: the run ends the sentence when the next word may start one
** (starts_sentence): "end. The", not "Gov. Brown". */
static verdict_t next_starts(scan_t *sc, const unsigned char *p, step_t *st) {
  const term_t *t = &sc->t;
  const unsigned char *q;
  if (!starts_sentence(token_before(sc->start, p), p, t->r, sc->end, t->kind,
                       t->dots, t->quoted))
    return PASS;
  q = t->first && !t->quoted ? t->first : t->q;
  return end_at(q, q, st);
}

/* Terminator: the run ends nothing, and a line break right after it is not
** the end of an unpunctuated line: "Mr. Smith". */
static verdict_t run_goes_on(scan_t *sc, const unsigned char *p, step_t *st) {
  (void)p;
  sc->after_term = sc->t.q;
  return go_on(sc->t.q, st);
}

/* Bullet: a bullet after white space starts a sentence: "eggs • milk". */
static verdict_t bullet(scan_t *sc, const unsigned char *p, step_t *st) {
  if (bullet_len(p, sc->end) && p > sc->start && nlp_space_before(sc->start, p))
    return cut_before(sc, p, st);
  return PASS;
}

/* The run of terminators from q (dots periods so far) and its kind: spaced
** dots (". . .") included. Returns its end. */
static const unsigned char *term_run(term_t *t, const unsigned char *q,
                                     const unsigned char *end) {
  while (q < end) {
    nlp_char_t d = nlp_char_at(q, end);
    if (d.klass & NLP_C_TERM) {
      if (d.cp == '.')
        t->dots++;
      else if (d.cp == 0x2026)
        t->dots += 3;
      if (d.cp == '!')
        t->kind = TERM_EXCLAIM;
      else if (d.cp == '?')
        t->kind = TERM_QUESTION;
      q += d.len;
    } else if (*q == ' ' && q + 1 < end && q[1] == '.' && t->dots > 0 &&
               q[-1] == '.') {
      q++;
    } else {
      break;
    }
  }
  return q;
}

/* What follows a run that white space follows: footnote marks, emoticons
** and closing tags, which belong to the sentence before them ("rights.
** [4] The", "fell.</p>\n</div>"),
** then sc->t.q, the first non-space r and the line breaks before it. */
static void after_run(term_t *t, const unsigned char *end) {
  const unsigned char *q = t->closed, *f;
  const unsigned char *r = skip_space(q, end, &t->breaks);
  while (t->breaks < PARAGRAPH_BREAKS &&
         ((f = footnote(r, end)) != NULL || (f = emoticon(r, end)) ||
          (r < end && *r == '<' && (f = end_tags(r, end)) > r))) {
    q = f;
    while (q < end && (klass_at(q, end) & NLP_C_CLOSE))
      q += nlp_char_at(q, end).len;
    r = skip_space(q, end, &t->breaks);
  }
  t->q = q;
  t->r = r;
}

/* Reads the run of terminators at p (c: its first character) and what
** follows it into sc->t. */
static void read_term(scan_t *sc, const unsigned char *p, nlp_char_t c) {
  term_t *t = &sc->t;
  const unsigned char *q = p + c.len, *end = sc->end;
  t->first = NULL;
  if (c.cp == '.' && p > sc->start && !nlp_space_before(sc->start, p) &&
      q + 2 < end && q[0] == ' ' && q[1] == '.' && q[2] == ' ')
    t->first = q;
  t->kind = c.cp == '.'   ? TERM_PERIOD
            : c.cp == '!' ? TERM_EXCLAIM
            : c.cp == '?' ? TERM_QUESTION
                          : TERM_ELLIPSIS;
  t->dots = c.cp == '.' ? 1 : c.cp == 0x2026 ? 3 : 0;
  q = t->run = term_run(t, q, end);
  if (t->dots >= 2 && t->kind == TERM_PERIOD)
    t->kind = TERM_ELLIPSIS;
  if (t->kind == TERM_ELLIPSIS && t->dots < 2 && c.cp != 0x2026)
    t->kind = TERM_PERIOD;
  if (t->first && t->dots < 4)
    t->first = NULL;
  t->quoted = 0;
  while (q < end && (klass_at(q, end) & NLP_C_CLOSE)) {
    t->quoted = 1;
    q += nlp_char_at(q, end).len;
  }
  t->tagged = 0;
  if (q < end && *q == '<') { /* "passed.</p>" */
    const unsigned char *x = end_tags(q, end);
    t->tagged = x > q;
    q = x;
  }
  t->closed = t->q = t->r = q;
  t->breaks = 0;
  if (q < end && (klass_at(q, end) & NLP_C_SPACE))
    after_run(t, end);
}

/* ---- the rules in order --------------------------------------------------
** Each interesting character has its sequence of rules; the first that does
** not PASS decides (PASS is 0, so "||" tries them in turn). */

static verdict_t at_paren(scan_t *sc, const unsigned char *p, step_t *st) {
  verdict_t v;
  if ((v = list_paren(sc, p, st)))
    return v;
  return go_on(p + 1, st);
}

static verdict_t at_colon(scan_t *sc, const unsigned char *p, step_t *st) {
  verdict_t v;
  if ((v = credit(sc, p, st)) || (v = url(sc, p, st)) ||
      (v = mail_timestamp(sc, p, st)) || (v = emoticon_end(sc, p, st)))
    return v;
  return go_on(p + 1, st);
}

static verdict_t at_comma(scan_t *sc, const unsigned char *p, step_t *st) {
  verdict_t v;
  if ((v = greeting_end(sc, p, st)) || (v = dateline_alone(sc, p, st)))
    return v;
  return go_on(p + 1, st);
}

static verdict_t at_line_break(scan_t *sc, const unsigned char *p, step_t *st) {
  verdict_t v;
  sc->next_line = skip_space(p, sc->end, &sc->breaks);
  if ((v = blank_line(sc, p, st)) || (v = unpunctuated_line(sc, p, st)))
    return v;
  return line_goes_on(sc, p, st);
}

static verdict_t at_terminator(scan_t *sc, const unsigned char *p, nlp_char_t c,
                               step_t *st) {
  verdict_t v;
  read_term(sc, p, c);
  if ((v = list_period(sc, p, st)) || (v = dialogue(sc, p, st)) ||
      (v = run_opens(sc, p, st)) || (v = omission(sc, p, st)) ||
      (v = text_ends(sc, p, st)) ||
      (!(klass_at(sc->t.closed, sc->end) & NLP_C_SPACE) &&
       (v = no_space_after(sc, p, st))) ||
      (v = paragraph_ends(sc, p, st)) || (v = attributed(sc, p, st)) ||
      (v = next_starts(sc, p, st)) || (v = clock_ends(sc, p, st)) ||
      (v = abbrev_line_end(sc, p, st)))
    return v;
  return run_goes_on(sc, p, st);
}

/* The verdict at the interesting character at p. */
static verdict_t at_char(scan_t *sc, const unsigned char *p, step_t *st) {
  nlp_char_t c;
  verdict_t v;
  switch (*p) {
  case ')':
    return at_paren(sc, p, st);
  case ':':
    return at_colon(sc, p, st);
  case ',':
    return at_comma(sc, p, st);
  default:
    break;
  }
  c = nlp_char_at(p, sc->end);
  if (c.klass & NLP_C_NEWLINE)
    return at_line_break(sc, p, st);
  if (c.klass & NLP_C_TERM)
    return at_terminator(sc, p, c, st);
  if ((v = bullet(sc, p, st)))
    return v;
  return go_on(p + c.len, st);
}

int nlp_sentences_next(nlp_sentences_t *it, nlp_sentence_t *s) {
  const unsigned char *p, *end;
  scan_t sc;
  step_t st;
  int breaks;
  if (!it || !s)
    return NLP_EINVAL;
  end = it->end;
  p = skip_space(it->pos, end, &breaks);
  if (it->idx > 0 && breaks >= PARAGRAPH_BREAKS)
    it->paragraph++;
  if (p >= end) {
    it->pos = end;
    return NLP_DONE;
  }
  sc.it = it;
  sc.start = sc.line = p;
  sc.end = end;
  sc.after_term = NULL;
  sc.tags_end = p;
  p = open_sentence(it, p);
  for (;;) {
    if (p >= end) {
      end_at(trim_back(sc.start, end), end, &st);
      break;
    }
    if (!INTERESTING[*p]) {
      /* The fast path: four uninteresting bytes at a time. */
      p++;
      while (end - p >= 4 && !(INTERESTING[p[0]] | INTERESTING[p[1]] |
                               INTERESTING[p[2]] | INTERESTING[p[3]]))
        p += 4;
      continue;
    }
    if (at_char(&sc, p, &st) == END)
      break;
    p = st.next;
  }
  s->byte_start = (size_t)(sc.start - it->text);
  s->byte_end = (size_t)(st.end - it->text);
  s->idx = it->idx++;
  s->paragraph = it->paragraph;
  it->pos = st.next;
  return NLP_OK;
}

size_t nlp_sentence_count(const char *text, size_t len) {
  nlp_sentences_t *it;
  nlp_sentence_t s;
  size_t n = 0;
  if (nlp_sentences_new(text, len, &it) != NLP_OK)
    return (size_t)-1;
  while (nlp_sentences_next(it, &s) == NLP_OK)
    n++;
  nlp_sentences_free(it);
  return n;
}
