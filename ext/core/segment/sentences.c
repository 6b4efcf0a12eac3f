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
**      line starts in lower case.
**   3. A run of terminators (. ! ? … and ". . ."), with the closing quotes
**      and brackets after it and any footnote marks ("[12]"), ends a
**      sentence when white space and a plausible sentence start follow.
**      What counts as plausible depends on the terminator and the word
**      before a period (abbreviations, initials, list markers).
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

#include "layout/dateline.h"
#include "segment/abbrev.h"
#include "text/chars.h"
#include "nlp.h"

/* List marker styles. */
enum { LIST_NONE = 0, LIST_DOT, LIST_DOT_PAREN, LIST_PAREN };

struct nlp_sentences {
  const unsigned char *text; /* start of the caller's text */
  const unsigned char *end;  /* one past its last byte */
  const unsigned char *pos;  /* where the next scan starts */
  size_t idx;                /* ordinal of the next sentence */
  size_t paragraph;          /* paragraph of the next sentence */
  int list_style;            /* LIST_*: the marker that opened the sentence */
  int list_alpha;            /* the marker was a letter, not a number */
  long list_next;            /* the value the next marker would have */
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

/* Lines at least this long that end without punctuation look hard-wrapped. */
#define WRAP_MIN 40

int nlp_sentences_new(const char *text, size_t len, nlp_sentences_t **out) {
  nlp_sentences_t *it;
  if (!out || (!text && len))
    return NLP_EINVAL;
  it = calloc(1, sizeof(*it));
  if (!it)
    return NLP_ENOMEM;
  it->text = (const unsigned char *)(text ? text : "");
  it->end = it->text + len;
  it->pos = it->text;
  *out = it;
  return NLP_OK;
}

void nlp_sentences_free(nlp_sentences_t *it) { free(it); }

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

/* Whether p[0..n) is one of the k words of list. */
static int one_of(const unsigned char *p, size_t n, const char *const *list,
                  size_t k) {
  for (size_t i = 0; i < k; i++)
    if (strlen(list[i]) == n && memcmp(p, list[i], n) == 0)
      return 1;
  return 0;
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
    if (n > 2)
      n = 2;
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

/* Whether the bytes before p (not before start) are ASCII or NBSP space. */
static int space_before(const unsigned char *start, const unsigned char *p) {
  if (p <= start)
    return 0;
  if (p[-1] < 0x80)
    return (nlp_ascii_class[p[-1]] & NLP_C_SPACE) != 0;
  return p - start >= 2 && p[-2] == 0xC2 && p[-1] == 0xA0;
}

/* The start of the token that ends at p: bytes back to white space, at most
** WORD_MAX of them (NULL if longer), without leading opening punctuation. */
static const unsigned char *token_before(const unsigned char *start,
                                         const unsigned char *p) {
  const unsigned char *w = p;
  while (w > start && !space_before(start, w)) {
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

/* Parses a list marker at p: digits (1-3) or one lower-case letter,
** then ".", ".)" or ")", then white space. Returns the end of the marker
** (after its punctuation) or NULL; fills style, alpha and value. */
static const unsigned char *list_marker(const unsigned char *p,
                                        const unsigned char *end, int *style,
                                        int *alpha, long *value) {
  const unsigned char *q = p;
  long v = 0;
  if (q < end && *q >= '0' && *q <= '9') {
    while (q < end && *q >= '0' && *q <= '9' && q - p < 3)
      v = v * 10 + (*q++ - '0');
    *alpha = 0;
  } else if (q < end && *q >= 'a' && *q <= 'z') {
    v = *q++;
    *alpha = 1;
  } else {
    return NULL;
  }
  if (q < end && *q == '.') {
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
  if (m == p && m > start && m[-1] >= 'a' && m[-1] <= 'z')
    m--;
  if (m == p || m <= start || !space_before(start, m))
    return 0;
  e = list_marker(m, it->end, &style, &alpha, &v);
  if (!e || style != it->list_style || alpha != it->list_alpha ||
      v != it->list_next || e <= p)
    return 0;
  *mstart = m;
  return 1;
}

/* Decides whether a period/ellipsis/question/exclamation run ends the
** sentence. w..wend: the token before the run (w NULL if too long); r: the
** first non-space after the run, closers and white space; quoted: a
** closing quote or bracket follows the run; kind: '.', '!', '?' or 'e'
** (an ellipsis), dots: the number of periods in the run. */
static int starts_sentence(const unsigned char *w, const unsigned char *wend,
                           const unsigned char *r, const unsigned char *end,
                           int kind, int dots, int quoted) {
  const unsigned char *n = r, *ne;
  nlp_char_t c = nlp_char_at(r, end);
  nlp_abbrev_kind_t ab = NLP_ABBR_NONE;
  size_t wn = w ? (size_t)(wend - w) : 0;
  /* Opening quotes and brackets before the next word. */
  while (n < end && (c.klass & NLP_C_OPEN)) {
    n += c.len;
    if (n >= end)
      return 1;
    c = nlp_char_at(n, end);
  }
  if (kind == '?' || kind == '!') {
    if (!(c.klass & NLP_C_LOWER))
      return 1;
    /* "'Great!' she said" goes on; "why? where" ends. */
    if (quoted)
      return 0;
    /* A capitalised word before the mark is a title or a name: "Yahoo! in",
    ** "Who Wants to be a Millionaire? on Christmas Day". */
    if (wn > 0 && (klass_at(w, wend) & NLP_C_UPPER))
      return 0;
    return 1;
  }
  if (kind == 'e') {
    if (c.klass & NLP_C_LOWER)
      return 0;
    if (!(c.klass & NLP_C_UPPER) || dots >= 4 || dots == 2)
      return 1; /* "that.... She", "before.. I" */
    /* ". . . I didn't": a lone "I" after an ellipsis goes on. */
    ne = word_end(n, end);
    return !(ne - n == 1 && *n == 'I');
  }
  /* A period: the word before it decides. */
  if (wn > 0)
    ab = nlp_abbrev_lookup((const char *)w, wn);
  if (c.klass & NLP_C_LOWER) {
    if (quoted)
      return 0;
    if (ab != NLP_ABBR_NONE)
      return 0;
    return wn >= 2; /* "p. 5", "c. 1818"; unknown or long tokens go on */
  }
  if (ab == NLP_ABBR_TITLE)
    return 0;
  if (c.klass & NLP_C_DIGIT) {
    if (ab == NLP_ABBR_NUMERIC || ab == NLP_ABBR_MONTH)
      return 0;
    if (wn == 1) /* "p. 55", "S. 10th St." */
      return 0;
    return 1;
  }
  if (!(c.klass & NLP_C_UPPER))
    return 1;
  ne = word_end(n, end);
  /* "etc." closes lists, and so often sentences. */
  if (ab != NLP_ABBR_NONE && !(wn == 3 && memcmp(w, "etc", 3) == 0))
    return nlp_is_sentence_starter((const char *)n, (size_t)(ne - n));
  /* A single capital letter is an initial: "John F. Kennedy". */
  if (wn == 1 && (klass_at(w, wend) & NLP_C_UPPER))
    return nlp_is_sentence_starter((const char *)n, (size_t)(ne - n));
  return 1;
}

/* Web domains that follow a period without a space: "Newsfeed.Com". */
static const char *const DOMAINS[] = {"Com", "Net",  "Org", "Edu",
                                      "Gov", "Info", "Biz"};

/* Whether text glued by a scraper or a hurried writer should be split after
** the run of terminators p..q (kind as for starts_sentence): "weeks.John",
** "1,000.That", "person??cos", "country....Iguazu". It needs a word or a
** number before, letters after (a capital after a period or an ellipsis),
** and no sign of a URL, e-mail address or abbreviation around. */
static int glued(const unsigned char *start, const unsigned char *p,
                 const unsigned char *q, const unsigned char *end, int kind) {
  const unsigned char *w, *x;
  unsigned char b = p > start ? p[-1] : 0;
  if (q + 1 >= end || !is_ascii(q, end, NLP_C_LETTER) ||
      !is_ascii(q + 1, end, NLP_C_LETTER))
    return 0;
  if (kind == '.' || kind == 'e') {
    if (!is_ascii(q, end, NLP_C_UPPER))
      return 0;
    if (kind == '.' && !is_ascii(q + 1, end, NLP_C_LOWER))
      return 0;
  }
  if (!((b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == ')' ||
        (kind != '.' && b >= 'A' && b <= 'Z')))
    return 0;
  w = token_before(start, p);
  if (!w || p - w < 2)
    return 0;
  if (kind == '.' &&
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
  if (kind == '.' &&
      one_of(q, (size_t)(x - q), DOMAINS, sizeof(DOMAINS) / sizeof(DOMAINS[0])))
    return 0;
  return 1;
}

/* Words after which a date is part of the sentence ("on Monday, ..."). */
static const char *const DATE_GLUE[] = {
    "on",    "of",   "since", "until", "till", "by",      "from",    "before",
    "after", "last", "next",  "this",  "that", "and",     "or",      "to",
    "for",   "as",   "at",    "in",    "than", "between", "through", "On"};

/* Where a dateline whose weekday comma is at p cuts the sentence that
** starts at start, or NULL: before the weekday after a headline, or after
** the year when the sentence is the dateline. */
static const unsigned char *dateline_cut(const unsigned char *start,
                                         const unsigned char *p,
                                         const unsigned char *end) {
  const unsigned char *d, *y = nlp_dateline_date(start, p, end, &d), *e, *b;
  if (!y)
    return NULL;
  if (d == start)
    return y;
  e = trim_back(start, d);
  if (e == d || !(klass_at(e - 1, end) & (NLP_C_LETTER | NLP_C_DIGIT)))
    return NULL;
  b = e;
  while (b > start && is_ascii(b - 1, end, NLP_C_LETTER))
    b--;
  if (one_of(b, (size_t)(e - b), DATE_GLUE,
             sizeof(DATE_GLUE) / sizeof(DATE_GLUE[0])))
    return NULL;
  return d;
}

/* An e-mail timestamp "08/16/2000 12:05 PM" (date with two slashes, time
** with an optional seconds part and AM/PM) whose time colon is at p, when
** white space and a word follow it (a capitalised one after a bare time).
*Returns its end and sets
** *d to the start of the date, or returns NULL. */
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
  if (slashes != 2 || h - 1 - x < 6 || (x > start && !space_before(start, x)))
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
  it->list_style = style;
  it->list_alpha = alpha;
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

/* Words that open a greeting or a closing on a line of their own:
** "Hi, ...", "Dear Jane, ...", "Best regards, ...". */
static const char *const GREETINGS[] = {
    "Best",   "Cheers", "Dear",    "Greetings", "Hello",        "Hey",
    "Hi",     "Kind",   "Kindest", "Regards",   "Respectfully", "Sincerely",
    "Thanks", "Warm",   "Warmest", "Yours"};

/* Whether the comma at p closes a greeting that opens the sentence at
** start (at most three words), followed by a capitalised word. */
static int greeting(const unsigned char *start, const unsigned char *p,
                    const unsigned char *end) {
  const unsigned char *w, *r;
  int words = 1, breaks;
  if (p - start > 40 || !is_ascii(start, end, NLP_C_UPPER))
    return 0;
  w = word_end(start, end);
  if (!one_of(start, (size_t)(w - start), GREETINGS,
              sizeof(GREETINGS) / sizeof(GREETINGS[0])))
    return 0;
  for (const unsigned char *x = start; x < p; x++)
    if (*x == ' ' && ++words > 3)
      return 0;
  if (!is_ascii(p + 1, end, NLP_C_SPACE))
    return 0;
  r = skip_space(p + 1, end, &breaks);
  return is_ascii(r, end, NLP_C_UPPER);
}

/* Labels that credit a photo or a source after a caption: "... in Toronto
** Image: Nick Moreau." */
static const char *const CREDITS[] = {"Credit",     "Credits", "Image", "Photo",
                                      "Photograph", "Picture", "Source"};

/* Whether the colon at p closes a credit label that stands after some
** text of the sentence; if so, *m is where the label starts. */
static int credit_label(const unsigned char *start, const unsigned char *p,
                        const unsigned char **m) {
  const unsigned char *w = p;
  while (w > start && p - w <= 10 &&
         (nlp_ascii_class[w[-1] & 0x7F] & NLP_C_LETTER) && w[-1] < 0x80)
    w--;
  if (w <= start || !space_before(start, w) ||
      !one_of(w, (size_t)(p - w), CREDITS,
              sizeof(CREDITS) / sizeof(CREDITS[0])))
    return 0;
  *m = w;
  return 1;
}

/* Verbs of saying that close an attribution after a quotation. */
static const char *const SAID[] = {"added",    "asked",  "explained", "said",
                                   "says",     "told",   "replied",   "wrote",
                                   "insisted", "warned", "noted"};

/* Whether the text at r, after a quotation that ended with a terminator, is
** its attribution: one to three capitalised words, a verb of saying, then
** a period or a comma ('"... terrible." Dechy said.'). */
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
    if (e > r &&
        one_of(r, (size_t)(e - r), SAID, sizeof(SAID) / sizeof(SAID[0])))
      return e < end && (*e == '.' || *e == ',');
  }
  return 0;
}

int nlp_sentences_next(nlp_sentences_t *it, nlp_sentence_t *s) {
  const unsigned char *p, *start, *end, *line, *after_term = NULL;
  int breaks;
  if (!it || !s)
    return NLP_EINVAL;
  end = it->end;
  p = skip_space(it->pos, end, &breaks);
  if (it->idx > 0 && breaks >= 2)
    it->paragraph++;
  if (p >= end) {
    it->pos = end;
    return NLP_DONE;
  }
  start = line = p;
  p = open_sentence(it, p);
  while (p < end) {
    nlp_char_t c;
    const unsigned char *m, *f;
    if (!INTERESTING[*p]) {
      /* The fast path: four uninteresting bytes at a time. */
      p++;
      while (end - p >= 4 && !(INTERESTING[p[0]] | INTERESTING[p[1]] |
                               INTERESTING[p[2]] | INTERESTING[p[3]]))
        p += 4;
      continue;
    }
    if (*p == ')') {
      if (next_marker(it, start, p, &m))
        goto cut_before;
      p++;
      continue;
    }
    if (*p == ':') {
      if (credit_label(start, p, &m))
        goto cut_before;
      /* A URL is skipped whole (its periods end nothing); one that ends a
      ** line-like unit, before another URL or a capitalised word, ends the
      ** sentence: "...html | http://...", "...news | The". */
      if (url_colon(start, p, end)) {
        const unsigned char *u = p + 3, *ue;
        while (u < end && !(klass_at(u, end) & NLP_C_SPACE))
          u += nlp_char_at(u, end).len;
        ue = u;
        while (ue > p + 3 && ue[-1] && strchr(".,;:!?)]}'\"", ue[-1]))
          ue--;
        if (ue == u && u < end) {
          const unsigned char *r = skip_space(u, end, &breaks);
          if (breaks < 2 && r < end &&
              (url_at(r, end) || (is_ascii(r, end, NLP_C_UPPER) &&
                                  is_ascii(r + 1, end, NLP_C_LOWER)))) {
            s->byte_end = (size_t)(u - it->text);
            it->pos = u;
            goto found;
          }
        }
        p = ue;
        continue;
      }
      /* E-mail headers: "Kay Mann | 04/26/2001 07:17 AM | Will you...". */
      if ((m = timestamp(start, p, end, &f)) != NULL) {
        const unsigned char *e = trim_back(start, f), *b = e;
        while (b > start && is_ascii(b - 1, end, NLP_C_LETTER))
          b--;
        if (f > start && e > start &&
            !one_of(b, (size_t)(e - b), DATE_GLUE,
                    sizeof(DATE_GLUE) / sizeof(DATE_GLUE[0]))) {
          m = f;
          goto cut_before;
        }
        s->byte_end = (size_t)(m - it->text);
        it->pos = m;
        goto found;
      }
      /* An emoticon ends a sentence like a terminator: "seek :) Now I". */
      if (p > start && space_before(start, p) &&
          (m = emoticon(p, end)) != NULL && m < end) {
        const unsigned char *r = skip_space(m, end, &breaks);
        if (is_ascii(r, end, NLP_C_UPPER)) {
          s->byte_end = (size_t)(m - it->text);
          it->pos = m;
          goto found;
        }
      }
      p++;
      continue;
    }
    if (*p == ',') {
      if (greeting(start, p, end)) {
        s->byte_end = (size_t)(p + 1 - it->text);
        it->pos = p + 1;
        goto found;
      }
      if ((m = dateline_cut(start, p, end)) != NULL) {
        if (m > p) { /* the sentence is the dateline */
          s->byte_end = (size_t)(m - it->text);
          it->pos = m;
          goto found;
        }
        goto cut_before;
      }
      p++;
      continue;
    }
    c = nlp_char_at(p, end);
    if (c.klass & NLP_C_NEWLINE) {
      const unsigned char *q = skip_space(p, end, &breaks), *e;
      if (breaks >= 2 || q >= end) {
        s->byte_end = (size_t)(trim_back(start, p) - it->text);
        it->pos = p;
        goto found;
      }
      e = trim_back(start, p);
      if (e != after_term) {
        /* A line without final punctuation: joined only when it looks
        ** hard-wrapped (long, ending in a comma or dash, or a capitalised
        ** run of words) and the next line goes on in lower case. */
        unsigned char last = e[-1];
        int wrapped = (e - line >= WRAP_MIN) || last == ',' || last == '-' ||
                      last == ';' || last == '&' ||
                      (is_ascii(line, end, NLP_C_UPPER) &&
                       memchr(line, ' ', (size_t)(e - line)));
        if (!(wrapped && (klass_at(q, end) & NLP_C_LOWER))) {
          s->byte_end = (size_t)(e - it->text);
          it->pos = p;
          goto found;
        }
      }
      line = p = q;
      continue;
    }
    if (c.klass & NLP_C_TERM) {
      const unsigned char *q = p + c.len, *r, *w, *first = NULL;
      int kind = c.cp == '.'   ? '.'
                 : c.cp == '!' ? '!'
                 : c.cp == '?' ? '?'
                               : 'e';
      int dots = c.cp == '.', quoted = 0;
      /* "word. . . . Next": the attached period ends the sentence and the
      ** spaced ellipsis opens the next one. */
      if (c.cp == '.' && p > start && !space_before(start, p) && q + 2 < end &&
          q[0] == ' ' && q[1] == '.' && q[2] == ' ')
        first = q;
      if (c.cp == 0x2026)
        dots = 3;
      if (c.cp == '.' && next_marker(it, start, p, &m))
        goto cut_before;
      /* The run of terminators, spaced dots (". . .") included. */
      while (q < end) {
        nlp_char_t d = nlp_char_at(q, end);
        if (d.klass & NLP_C_TERM) {
          if (d.cp == '.')
            dots++;
          else if (d.cp == 0x2026)
            dots += 3;
          if (d.cp == '!' || d.cp == '?')
            kind = d.cp;
          q += d.len;
        } else if (*q == ' ' && q + 1 < end && q[1] == '.' && dots > 0 &&
                   q[-1] == '.') {
          q++;
        } else {
          break;
        }
      }
      if (dots >= 2 && kind == '.')
        kind = 'e';
      if (kind == 'e' && dots < 2 && c.cp != 0x2026)
        kind = '.';
      if (first && dots < 4)
        first = NULL;
      /* A run that opens the sentence (". . . The") ends nothing. */
      if (p == start) {
        p = q;
        continue;
      }
      /* "[...]" marks an omission, not a boundary. */
      if (kind == 'e' && p > start && p[-1] == '[' && q < end && *q == ']') {
        p = q + 1;
        continue;
      }
      /* Closing quotes and brackets. */
      while (q < end) {
        nlp_char_t d = nlp_char_at(q, end);
        if (!(d.klass & NLP_C_CLOSE))
          break;
        quoted = 1;
        q += d.len;
      }
      if (q >= end)
        break; /* the text ends with this sentence */
      if (!(klass_at(q, end) & NLP_C_SPACE)) {
        if (!quoted && (kind != '.' || q == p + 1) &&
            glued(start, p, q, end, kind)) {
          s->byte_end = (size_t)(q - it->text);
          it->pos = q;
          goto found;
        }
        p = q;
        continue;
      }
      r = skip_space(q, end, &breaks);
      /* Footnote marks belong to the sentence they follow. */
      while (breaks < 2 &&
             ((f = footnote(r, end)) != NULL || (f = emoticon(r, end)))) {
        q = f;
        while (q < end && (klass_at(q, end) & NLP_C_CLOSE))
          q += nlp_char_at(q, end).len;
        r = skip_space(q, end, &breaks);
      }
      if (r >= end || breaks >= 2) {
        s->byte_end = (size_t)(q - it->text);
        it->pos = q;
        goto found;
      }
      w = token_before(start, p);
      /* An attribution after a quotation: '"... game." - Matthew Ingram',
      ** '"... terrible." Dechy said.' */
      if (quoted &&
          (((klass_at(r, end) & NLP_C_DASH) &&
            (klass_at(r + nlp_char_at(r, end).len, end) & NLP_C_SPACE)) ||
           attribution(r, end))) {
        p = q;
        continue;
      }
      if (starts_sentence(w, p, r, end, kind, dots, quoted)) {
        if (first && !quoted)
          q = first;
        s->byte_end = (size_t)(q - it->text);
        it->pos = q;
        goto found;
      }
      after_term = q;
      p = q;
      continue;
    }
    if (bullet_len(p, end) && p > start && space_before(start, p)) {
      m = p;
      goto cut_before;
    }
    p += c.len;
    continue;
  cut_before:
    s->byte_end = (size_t)(trim_back(start, m) - it->text);
    it->pos = m;
    goto found;
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
  if (nlp_sentences_new(text, len, &it) != NLP_OK)
    return (size_t)-1;
  while (nlp_sentences_next(it, &s) == NLP_OK)
    n++;
  nlp_sentences_free(it);
  return n;
}
