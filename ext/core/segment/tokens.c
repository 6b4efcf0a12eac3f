/*
** tokens.c: the word tokenizer.
**
** Usage (C):
**   nlp_tokens_t *it; nlp_token_t t;
**   nlp_tokens_new(text, len, &it);
**   while (nlp_tokens_next(it, &t) == NLP_OK) use(text + t.byte_start, ...);
**   nlp_tokens_free(it);
**
**   SELECT token, kind FROM nlp_tokens('Wednesday''s $1.2 deal');
**   -- Wednesday|word  's|word  $|symbol  1.2|number  deal|word
**
** Tokens are found inside each sentence of nlp_sentences, so no token
** crosses a sentence boundary. Every non-space character of a sentence is
** in exactly one token; tokens never hold white space. docs/tokens.md lists
** the rules with examples; in short (Penn Treebank conventions):
**   - URLs (scheme://..., www...., name.com/...), e-mail addresses,
**     #hashtags and @mentions are one token; trailing punctuation is not.
**   - Numbers keep inner separators (3.5 11,000 10:30 1/2 2004-05) and a
**     decade or ordinal suffix (1990s 2nd); a unit is split off (5 bn,
**     10 am); currency signs and % are separate symbols ($ 1.2).
**   - Words keep inner hyphens and apostrophes (Sherwood-Randall, O'Brien);
**     the clitics 's 're 've 'll 'd 'm n't are split off (Wednesday 's,
**     do n't); a trailing possessive apostrophe is punctuation (migrants ').
**   - Letters joined by periods (U.S. a.m. Ph.D.) and known abbreviations
**     keep their period; so does a capital initial inside a sentence.
**   - Each Han ideograph is a token; other scripts form words of letters
**     and marks. Emoji sequences (ZWJ, flags, skin tones, keycaps) are one
**     token each.
**   - Punctuation is one token per character, except runs of terminators
**     (... ?!) and runs of one repeated character (-- '').
**
** Every scanner moves forward only and each token's scan costs O(its own
** length) plus a bounded look-ahead, except the link check, whose failures
** are remembered (it->nolink) so that no text is rescanned: the tokenizer
** runs in time linear in the input.
*/
#include <stdlib.h>
#include <string.h>

#include "text/alloc.h"
#include "segment/abbrev.h"
#include "text/wordset.h"
#include "text/chars.h"
#include "nlp.h"

typedef const unsigned char *pos_t;

/* A function that few tokens reach, kept out of the hot loop's code. */
#if defined(__GNUC__)
#define RARE __attribute__((noinline, cold))
#else
#define RARE
#endif

struct nlp_tokens {
  nlp_sentences_t *sents;
  pos_t text, end; /* the caller's text */
  pos_t pos;       /* next byte to tokenise */
  pos_t send;      /* end of the current sentence */
  pos_t last_end;  /* end of the previous token of this sentence, or NULL */
  pos_t nolink;    /* no link starts before this (see scan_link) */
  nlp_token_kind_t last_kind;
  size_t sentence; /* idx of the current sentence */
  size_t idx;      /* next token ordinal */
  int have_sentence;
};

static const char *const KIND_NAMES[] = {
    "word",  "number",  "punct",   "symbol", "url",
    "email", "hashtag", "mention", "emoji",  "other"};

const char *nlp_token_kind_name(nlp_token_kind_t kind) {
  if ((unsigned)kind > NLP_TOKEN_OTHER)
    return "other";
  return KIND_NAMES[kind];
}

int nlp_tokens_new(const char *text, size_t len, nlp_tokens_t **out) {
  nlp_tokens_t *it;
  int rc;
  if (!out || (!text && len))
    return NLP_EINVAL;
  it = nlp_mem_calloc(1, sizeof(*it));
  if (!it)
    return NLP_ENOMEM;
  rc = nlp_sentences_new(text, len, &it->sents);
  if (rc != NLP_OK) {
    nlp_mem_free(it);
    return rc;
  }
  it->text = (pos_t)(text ? text : "");
  it->end = it->text + len;
  it->nolink = it->text;
  *out = it;
  return NLP_OK;
}

void nlp_tokens_free(nlp_tokens_t *it) {
  if (!it)
    return;
  nlp_sentences_free(it->sents);
  nlp_mem_free(it);
}

/* ------------------------------------------------------------------ */
/* Characters                                                          */
/* ------------------------------------------------------------------ */

#define WORDY (NLP_C_LETTER | NLP_C_DIGIT)

/* Inlined into the token loop: a call a word saved. */
#if defined(__GNUC__)
#define TOK_INLINE inline __attribute__((always_inline))
#else
#define TOK_INLINE inline
#endif

/* 1 for the bytes 0-9 A-Z a-z: the inner loops test one byte with one
** load. */
#define A10 1, 1, 1, 1, 1, 1, 1, 1, 1, 1
#define A26 A10, A10, 1, 1, 1, 1, 1, 1
static const unsigned char ALNUM[256] = {['0'] = A10, ['A'] = A26, ['a'] = A26};
#undef A10
#undef A26

static int is_ascii_alnum(unsigned char b) { return ALNUM[b]; }

/* The first byte at or after p (before e) that is not 0-9 A-Z a-z: eight
** bytes at a time where eight remain (a word's end is one predictable
** branch instead of one a byte). */
static pos_t alnum_end(pos_t p, pos_t e) {
#if defined(NLP_SWAR)
  const uint64_t high = 0x8080808080808080u;
  while (e - p >= 8) {
    uint64_t x, y, alnum;
    memcpy(&x, p, 8);
    y = x & ~high;
    alnum = (nlp_bytes_in(y, '0', '9') | nlp_bytes_in(y, 'A', 'Z') |
             nlp_bytes_in(y, 'a', 'z')) &
            ~x; /* no byte >= 0x80 */
    if (alnum != high)
      return p + __builtin_ctzll(~alnum & high) / 8;
    p += 8;
  }
#endif
  while (p < e && ALNUM[*p])
    p++;
  return p;
}

static int is_ascii_alpha(unsigned char b) {
  return b < 0x80 && (nlp_ascii_class[b] & NLP_C_LETTER);
}

static int is_ascii_digit(unsigned char b) { return b >= '0' && b <= '9'; }

static unsigned char lower(unsigned char b) {
  return (b >= 'A' && b <= 'Z') ? (unsigned char)(b | 0x20) : b;
}

/* The character at p, or an empty one (len 0, class 0) at the end. */
static nlp_char_t char_at(pos_t p, pos_t e) {
  nlp_char_t none = {0, 0, 0};
  if (p >= e)
    return none;
  return nlp_char_at(p, e);
}

/* CJK ideographs: each is a token of its own. */
static int is_han(int32_t cp) {
  return (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x3134F);
}

/* Japanese kana: 1 hiragana, 2 katakana, 0 anything else. A word stops
** where hiragana and katakana meet (タワー|に). */
static int kana_script(int32_t cp) {
  if (cp >= 0x3041 && cp <= 0x309F)
    return 1;
  if ((cp >= 0x30A0 && cp <= 0x30FF) || (cp >= 0x31F0 && cp <= 0x31FF) ||
      (cp >= 0xFF66 && cp <= 0xFF9F))
    return 2;
  return 0;
}

/* A letter, mark or digit that may continue a word. */
static int is_word_char(nlp_char_t c) {
  return (c.klass & WORDY) && !is_han(c.cp);
}

static int word_char_at(pos_t p, pos_t e) {
  if (p >= e)
    return 0;
  if (*p < 0x80)
    return (nlp_ascii_class[*p] & WORDY) != 0;
  return is_word_char(nlp_char_at(p, e));
}

static int letter_at(pos_t p, pos_t e) {
  nlp_char_t c = char_at(p, e);
  return (c.klass & NLP_C_LETTER) && !is_han(c.cp);
}

/* Apostrophes: ' and the right single quotation mark. */
static int is_apos(int32_t cp) { return cp == '\'' || cp == 0x2019; }

/* Invisible characters that may sit inside a word: soft hyphen, ZWNJ, ZWJ,
** word joiner, and the Hebrew geresh and gershayim. */
static int is_word_joiner(int32_t cp) {
  return cp == 0x00AD || cp == 0x200C || cp == 0x200D || cp == 0x2060 ||
         cp == 0x05F3 || cp == 0x05F4;
}

/* Characters that join two parts of a word when a word character follows:
** hyphens (and, before a letter only, apostrophes). */
static int is_inner_hyphen(int32_t cp) {
  return cp == '-' || cp == 0x2010 || cp == 0x2011 || is_word_joiner(cp);
}

/* ------------------------------------------------------------------ */
/* Words                                                               */
/* ------------------------------------------------------------------ */

/* The end of the word that continues at q: letters, marks and digits,
** joined by inner hyphens (Sherwood-Randall, COVID-19) and apostrophes
** before a letter (O'Brien, rock'n'roll). */
static TOK_INLINE pos_t scan_word(pos_t q, pos_t e) {
  int kana = -1; /* script of the previous kana, or -1 */
  for (;;) {
    nlp_char_t c;
    while (q < e && ALNUM[*q])
      q++;
    if (q >= e || (*q < 0x80 && *q != '-' && *q != '\''))
      return q; /* the usual end: space or punctuation */
    c = nlp_char_at(q, e);
    if (is_word_char(c)) {
      int k = kana_script(c.cp);
      if (k && kana >= 0 && k != kana && c.cp != 0x30FC)
        return q;
      kana = k ? k : kana;
      q += c.len;
    } else if (is_inner_hyphen(c.cp) && word_char_at(q + c.len, e)) {
      q += c.len;
    } else if (is_apos(c.cp) && letter_at(q + c.len, e)) {
      q += c.len;
    } else {
      return q;
    }
  }
}

/* Letters joined by periods, each part one or two letters, at least two
** parts, ending in a period: U.S. a.m. Ph.D. e.g. U.S.A. Returns the end
** (after the last period) or NULL. Reads at most three letters past the
** part where it stops, so a failure costs O(1). */
static pos_t scan_dotted(pos_t p, pos_t e) {
  pos_t q = p, best = NULL;
  int parts = 0;
  for (;;) {
    int n = 0;
    while (n < 3 && letter_at(q, e)) {
      q += nlp_char_at(q, e).len;
      n++;
    }
    if (n == 0 || n > 2 || q >= e || *q != '.')
      break;
    q++;
    parts++;
    if (parts >= 2)
      best = q;
  }
  return best;
}

/* Whether t[0..k) is a clitic that follows an apostrophe (clitics.txt: s
** d m re ve ll), in any case. */
static int is_clitic(pos_t t, size_t k) {
  return nlp_list_has_lower(NLP_LIST_SEGMENT_CLITICS, (const char *)t, k);
}

/* Where the clitic at the end of the word [p, w) starts, or NULL:
** Wednesday's -> 's, we're -> 're, don't -> n't (straight or curly
** apostrophe). At least one character stays before the clitic. Kept out
** of line (RARE): inlined, its list look-up would make every word's
** clitic_start() save registers. */
RARE static pos_t clitic_at(pos_t p, pos_t w) {
  size_t n = (size_t)(w - p);
  for (size_t k = 1; k <= 2 && n >= k + 2; k++) {
    pos_t t = w - k, a;
    if (t[-1] == '\'')
      a = t - 1;
    else if (n >= k + 4 && t[-3] == 0xE2 && t[-2] == 0x80 && t[-1] == 0x99)
      a = t - 3;
    else
      continue;
    if (a <= p)
      continue;
    if (is_clitic(t, k))
      return a;
    /* n't: the n goes with the clitic (do n't, ca n't, wo n't). */
    if (k == 1 && lower(t[0]) == 't' && lower(a[-1]) == 'n' && a - 1 > p)
      return a - 1;
  }
  return NULL;
}

/* clitic_at() for the words that have an apostrophe, straight or curly
** (its last byte 0x99), one or two letters before their end: the others,
** nearly all, are turned away here without a call. */
static pos_t clitic_start(pos_t p, pos_t w) {
  size_t n = (size_t)(w - p);
  if (n >= 3 && (w[-2] == '\'' || w[-2] == 0x99 ||
                 (n >= 4 && (w[-3] == '\'' || w[-3] == 0x99))))
    return clitic_at(p, w);
  return NULL;
}

/* Whether only closing quotes, brackets and terminators follow q up to
** the end of the sentence e (so a period at q - 1 ends the sentence). */
static int ends_sentence(pos_t q, pos_t e) {
  while (q < e) {
    nlp_char_t c = nlp_char_at(q, e);
    if (!(c.klass & (NLP_C_CLOSE | NLP_C_TERM)))
      return 0;
    q += c.len;
  }
  return 1;
}

/* Whether the word [p, w), followed by a period at w, keeps that period:
** known abbreviations (Gov. Inc. etc.) and capital initials (F.), except
** that a title, month, numeric abbreviation or initial gives the period
** back when it ends the sentence. */
static int keeps_period(pos_t p, pos_t w, pos_t e) {
  nlp_abbrev_kind_t k = nlp_abbrev_lookup((const char *)p, (size_t)(w - p));
  nlp_char_t c;
  if (k == NLP_ABBR_GENERAL)
    return 1;
  if (k == NLP_ABBR_NONE) {
    c = nlp_char_at(p, w);
    if (p + c.len != w || !(c.klass & NLP_C_UPPER))
      return 0;
  }
  return !ends_sentence(w + 1, e);
}

/* A token that starts with a letter: U.S., Gov., don't, Sherwood-Randall.
** [p, r) is already known to be ASCII letters and digits (r may be p). */
static TOK_INLINE pos_t scan_letters(pos_t p, pos_t r, pos_t e) {
  pos_t w, cut;
  if (r == p || (r - p <= 2 && r < e && *r == '.')) {
    w = scan_dotted(p, e);
    if (w)
      return w;
  }
  w = scan_word(r, e);
  cut = clitic_start(p, w);
  if (cut)
    return cut;
  if (w < e && *w == '.' && keeps_period(p, w, e))
    return w + 1;
  return w;
}

/* ------------------------------------------------------------------ */
/* Numbers                                                             */
/* ------------------------------------------------------------------ */

static int digit_at(pos_t p, pos_t e) {
  if (p >= e)
    return 0;
  if (*p < 0x80)
    return is_ascii_digit(*p);
  return (nlp_char_at(p, e).klass & NLP_C_DIGIT) != 0;
}

/* Digits (of any script, and other numerals such as ½) with inner
** separators . , : / - and the Arabic decimal and thousands signs, each
** followed by a digit: 3.5 11,000 10:30 1/2 2004-05 ٣٫٥. */
static pos_t scan_digits(pos_t q, pos_t e) {
  for (;;) {
    while (q < e && is_ascii_digit(*q))
      q++;
    if (q >= e)
      return q;
    if (*q >= 0x80) {
      nlp_char_t c = nlp_char_at(q, e);
      if (c.klass & NLP_C_NUMBER) {
        q += c.len;
        continue;
      }
      if ((c.cp == 0x066B || c.cp == 0x066C) && digit_at(q + c.len, e)) {
        q += c.len;
        continue;
      }
      return q;
    }
    if ((*q == '.' || *q == ',' || *q == ':' || *q == '/' || *q == '-') &&
        digit_at(q + 1, e)) {
      q++;
      continue;
    }
    return q;
  }
}

/* Suffixes that stay with a number (number_suffixes.txt): decades (1990s)
** and ordinals (2nd), in any case. */
static int is_number_suffix(pos_t s, size_t n) {
  return nlp_list_has_lower(NLP_LIST_SEGMENT_NUMBER_SUFFIXES, (const char *)s,
                            n);
}

/* Units and multipliers written against a number, split off as words:
** 10am 5bn 100m 3km 50p 30C. Longer units (number_units.txt) match in any
** case; one-letter units (number_unit_letters.txt) as they are written, so
** that 3D and 4G stay words. */
static int is_unit(pos_t s, size_t n) {
  if (n == 1)
    return nlp_list_has(NLP_LIST_SEGMENT_NUMBER_UNIT_LETTERS, (const char *)s,
                        1);
  return n > 1 &&
         nlp_list_has_lower(NLP_LIST_SEGMENT_NUMBER_UNITS, (const char *)s, n);
}

/* Length of the sign (+ - or U+2212 minus) at p, 0 if none. */
static size_t sign_len(pos_t p, pos_t e) {
  if (*p == '+' || *p == '-')
    return 1;
  if (e - p >= 3 && p[0] == 0xE2 && p[1] == 0x88 && p[2] == 0x92)
    return 3;
  return 0;
}

/* A token that starts with a digit (or a period before a digit: .5, or a
** sign before either: +44, -0.5).
** 1990s, 2nd -> number; 10am -> 10 + am; 3D, 20-year-old -> one word. */
static pos_t scan_number(pos_t p, pos_t e, nlp_token_kind_t *kind) {
  pos_t q = scan_digits(p + sign_len(p, e), e), r = q;
  nlp_char_t h;
  *kind = NLP_TOKEN_NUMBER;
  if (q >= e)
    return q;
  while (r < e && r - q < 5 && is_ascii_alpha(*r))
    r++;
  if (r > q && !word_char_at(r, e) && !(r < e && *r == '-')) {
    if (is_number_suffix(q, (size_t)(r - q)))
      return r;
    if (is_unit(q, (size_t)(r - q)))
      return q;
  }
  if (r - q == 1 && e - r >= 3 && (lower(*q) == 'a' || lower(*q) == 'p') &&
      r[0] == '.' && lower(r[1]) == 'm' && r[2] == '.')
    return q; /* 10a.m. */
  h = char_at(q, e);
  if (is_word_char(h) ||
      (is_inner_hyphen(h.cp) && word_char_at(q + h.len, e))) {
    pos_t w = scan_word(q, e), cut = clitic_start(p, w);
    *kind = NLP_TOKEN_WORD;
    return cut ? cut : w;
  }
  return q;
}

/* ------------------------------------------------------------------ */
/* Links: URLs and e-mail addresses                                    */
/* ------------------------------------------------------------------ */

static int is_email_char(unsigned char b) {
  return is_ascii_alnum(b) || b == '.' || b == '-' || b == '_' || b == '%' ||
         b == '+';
}

static int is_host_char(unsigned char b) {
  return is_ascii_alnum(b) || b == '.' || b == '-';
}

/* Whether s[0..n) is a top-level domain recognised without a scheme or
** www. (url_tlds.txt: bbc.co.uk, amazon.com), in any case. */
static int is_known_tld(pos_t s, size_t n) {
  return nlp_list_has_lower(NLP_LIST_SEGMENT_URL_TLDS, (const char *)s, n);
}

/* Checks the host name [p, q) (letters, digits, - and .): at least two
** labels, none empty. *tld receives the last label's start and *longest
** the length of the longest label. */
static int check_host(pos_t p, pos_t q, pos_t *tld, size_t *longest) {
  pos_t label = p;
  int dots = 0;
  *longest = 0;
  for (pos_t r = p; r <= q; r++) {
    if (r == q || *r == '.') {
      size_t n = (size_t)(r - label);
      if (n == 0)
        return 0;
      if (n > *longest)
        *longest = n;
      if (r < q)
        dots++, label = r + 1;
    } else if (!is_host_char(*r)) {
      return 0;
    }
  }
  *tld = label;
  return dots > 0;
}

/* Drops trailing periods and hyphens from [p, q). */
static pos_t trim_host(pos_t p, pos_t q) {
  while (q > p && (q[-1] == '.' || q[-1] == '-'))
    q--;
  return q;
}

/* The rest of a URL from q: everything up to white space, a quotation
** mark or an unbalanced closing bracket, less trailing punctuation. */
static pos_t scan_url_tail(pos_t start, pos_t q, pos_t e) {
  int paren = 0, square = 0;
  while (q < e) {
    unsigned char b = *q;
    if (b < 0x80) {
      if (b <= 0x20 || b == 0x7F || b == '"' || b == '<' || b == '>' ||
          b == '`' || b == '{' || b == '}' || b == '|' || b == '\\')
        break;
      if (b == '(')
        paren++;
      if (b == '[')
        square++;
      if (b == ')' && paren-- == 0)
        break;
      if (b == ']' && square-- == 0)
        break;
      q++;
    } else {
      nlp_char_t c = nlp_char_at(q, e);
      if (c.klass & (NLP_C_SPACE | NLP_C_QUOTE | NLP_C_OPEN | NLP_C_CLOSE))
        break;
      q += c.len;
    }
  }
  while (q > start) {
    pos_t b = nlp_char_before(start, q);
    nlp_char_t c = nlp_char_at(b, q);
    if (*b == '/' || *b == ')' || *b == ']' || *b == '-' || *b == '_' ||
        !(c.klass & NLP_C_PUNCT))
      break;
    q = b;
  }
  return q;
}

/* An e-mail address whose local part is [p, at) and '@' is at at. */
static pos_t scan_email(pos_t p, pos_t at, pos_t e) {
  pos_t d = at + 1, q = d, tld;
  size_t longest;
  if (at[-1] == '.' || *p == '.')
    return NULL;
  while (q < e && is_host_char(*q))
    q++;
  q = trim_host(d, q);
  if (!check_host(d, q, &tld, &longest))
    return NULL;
  for (pos_t r = tld; r < q; r++)
    if (!is_ascii_alpha(*r))
      return NULL;
  if (q - tld < 2)
    return NULL;
  return q;
}

/* Whether [p, r) is a URL scheme followed by :// and something. */
static int is_scheme(pos_t p, pos_t r, pos_t e) {
  if (r - p > 10 || e - r <= 3 || r[0] != ':' || r[1] != '/' || r[2] != '/')
    return 0;
  for (pos_t q = p; q < r; q++)
    if (!is_ascii_alpha(*q))
      return 0;
  return !(nlp_char_at(r + 3, e).klass & NLP_C_SPACE);
}

/* A URL or e-mail address at p, or NULL. [p, r) is the run of ASCII
** letters and digits at p (r > p, r < e). Recognised: scheme://...,
** www.host..., host.tld[/...] for a known TLD, local@host.tld. A failed
** check remembers the end of the run it read in it->nolink: any token that
** starts inside that run fails the same way, so it is not read again. */
static pos_t scan_link(nlp_tokens_t *it, pos_t p, pos_t r,
                       nlp_token_kind_t *kind) {
  pos_t e = it->send, host, tld;
  size_t longest;
  if (*r == ':') {
    if (!is_scheme(p, r, e))
      return NULL;
    *kind = NLP_TOKEN_URL;
    return scan_url_tail(r + 3, r + 3, e);
  }
  if (p < it->nolink)
    return NULL;
  /* A plain word or number is not followed by @, or by one of . - _ % +
  ** and a letter or digit. */
  if (*r != '@' && !(is_email_char(*r) && r + 1 < e && is_ascii_alnum(r[1])))
    return NULL;
  while (r < e && is_email_char(*r))
    r++;
  if (r < e && *r == '@') {
    pos_t q = scan_email(p, r, e);
    if (q) {
      *kind = NLP_TOKEN_EMAIL;
      return q;
    }
  } else {
    pos_t q = trim_host(p, r);
    int www = q - p > 4 && lower(p[0]) == 'w' && lower(p[1]) == 'w' &&
              lower(p[2]) == 'w' && p[3] == '.';
    host = p;
    if (check_host(host, q, &tld, &longest) &&
        (www || (longest > 2 && is_known_tld(tld, (size_t)(q - tld))))) {
      *kind = NLP_TOKEN_URL;
      if (q < e && (*q == '/' || *q == '?' || *q == '#' ||
                    (*q == ':' && digit_at(q + 1, e))))
        return scan_url_tail(q, q, e);
      return q;
    }
  }
  it->nolink = r;
  return NULL;
}

/* ------------------------------------------------------------------ */
/* Apostrophes, hashtags, emoji, punctuation                           */
/* ------------------------------------------------------------------ */

/* A token that starts with an apostrophe, or NULL: '90s (a decade), a
** clitic glued to the previous word or number (U.S.'s, 1990's), and the
** 'n' of rock 'n' roll. */
static pos_t scan_apostrophe(pos_t p, pos_t e, nlp_char_t c, int after_word,
                             nlp_token_kind_t *kind) {
  pos_t a = p + c.len, r = a;
  if (!after_word && r + 1 < e && is_ascii_digit(r[0]) &&
      is_ascii_digit(r[1])) {
    r += 2;
    if (r < e && *r == 's')
      r++;
    if (!word_char_at(r, e)) {
      *kind = NLP_TOKEN_NUMBER;
      return r;
    }
    r = a;
  }
  *kind = NLP_TOKEN_WORD;
  if (after_word && is_apos(c.cp)) {
    while (r < e && r - a < 3 && is_ascii_alpha(*r))
      r++;
    if (r > a && !word_char_at(r, e) && is_clitic(a, (size_t)(r - a)))
      return r;
  }
  if (a < e && lower(*a) == 'n') {
    nlp_char_t d = char_at(a + 1, e);
    if (is_apos(d.cp) && !word_char_at(a + 1 + d.len, e))
      return a + 1 + d.len;
  }
  return NULL;
}

/* #hashtag or @mention: the sign, then letters, marks, digits and _. */
static pos_t scan_tag(pos_t p, pos_t e) {
  pos_t q = p + 1;
  for (;;) {
    nlp_char_t c = char_at(q, e);
    if (!(c.klass & WORDY) && c.cp != '_')
      return q;
    q += c.len;
  }
}

static int tag_starts(pos_t p, pos_t e, int mention) {
  nlp_char_t c = char_at(p + 1, e);
  if (c.cp == '_')
    return 1;
  return (c.klass & (mention ? WORDY : NLP_C_LETTER)) != 0;
}

static int is_regional(int32_t cp) { return cp >= 0x1F1E6 && cp <= 0x1F1FF; }

static int is_skin_tone(int32_t cp) { return cp >= 0x1F3FB && cp <= 0x1F3FF; }

/* Characters that modify the emoji before them: variation selectors, skin
** tones, the keycap mark and tag characters (subdivision flags). */
static int is_emoji_modifier(int32_t cp) {
  return cp == 0xFE0E || cp == 0xFE0F || is_skin_tone(cp) || cp == 0x20E3 ||
         (cp >= 0xE0020 && cp <= 0xE007F);
}

/* Keycaps: 1️⃣ #️⃣ (a digit, # or *, maybe U+FE0F, then U+20E3). */
static int is_keycap(pos_t p, pos_t e) {
  pos_t q = p + 1;
  if (q + 3 <= e && q[0] == 0xEF && q[1] == 0xB8 && q[2] == 0x8F)
    q += 3;
  return q + 3 <= e && q[0] == 0xE2 && q[1] == 0x83 && q[2] == 0xA3;
}

static int emoji_starts(pos_t p, pos_t e, nlp_char_t c) {
  if (c.klass & NLP_C_EMOJI)
    return 1;
  if (is_skin_tone(c.cp))
    return 1;
  if (c.cp < 0x80 &&
      (is_ascii_digit((unsigned char)c.cp) || c.cp == '#' || c.cp == '*'))
    return is_keycap(p, e);
  if (c.klass & NLP_C_SYMBOL) { /* ©️ ™️ ⌚️: a symbol with U+FE0F */
    pos_t q = p + c.len;
    return q + 3 <= e && q[0] == 0xEF && q[1] == 0xB8 && q[2] == 0x8F;
  }
  return 0;
}

/* One emoji: a pair of regional indicators (a flag), or a pictograph with
** its modifiers and any ZWJ-joined pictographs after it. */
static pos_t scan_emoji(pos_t p, pos_t e, nlp_char_t c) {
  pos_t q = p + c.len;
  if (is_regional(c.cp)) {
    nlp_char_t d = char_at(q, e);
    return is_regional(d.cp) ? q + d.len : q;
  }
  for (;;) {
    nlp_char_t d = char_at(q, e);
    if (is_emoji_modifier(d.cp)) {
      q += d.len;
    } else if (d.cp == 0x200D && (char_at(q + d.len, e).klass & NLP_C_SYMBOL)) {
      q += d.len;
      q += nlp_char_at(q, e).len;
    } else {
      return q;
    }
  }
}

/* Punctuation: a run of terminators (... ?! …), else a run of one repeated
** character (-- ''), else one character. */
static pos_t scan_punct(pos_t p, pos_t e, nlp_char_t c) {
  pos_t q = p + c.len;
  for (;;) {
    nlp_char_t d = char_at(q, e);
    if (d.len == 0)
      return q;
    if ((c.klass & NLP_C_TERM) ? !(d.klass & NLP_C_TERM) : d.cp != c.cp)
      return q;
    q += d.len;
  }
}

/* Punctuation characters reported as symbols: % & # @ ‰ §. */
static int is_symbolic(int32_t cp) {
  return cp == '%' || cp == '&' || cp == '#' || cp == '@' || cp == 0x2030 ||
         cp == 0x00A7;
}

/* One to three capital letters glued to a dollar sign: US$ C$ HK$. */
static int is_currency_prefix(pos_t p, pos_t r) {
  if (r - p > 3)
    return 0;
  for (; p < r; p++)
    if (!(*p >= 'A' && *p <= 'Z'))
      return 0;
  return 1;
}

/* ------------------------------------------------------------------ */
/* The token loop                                                      */
/* ------------------------------------------------------------------ */

/* The token that starts at p (a non-space character of the sentence):
** returns its end (> p) and sets *kind. The rules, in the order tried:
** links, currency prefixes, ASCII words and numbers, emoji, other words and
** numbers, signed numbers, tags, apostrophes, symbols, punctuation. */
static pos_t scan_token(nlp_tokens_t *it, pos_t p, nlp_token_kind_t *kind) {
  pos_t e = it->send, q;
  nlp_char_t c = nlp_char_at(p, e);
  int glued = it->last_end == p;
  int after_word = glued && (it->last_kind == NLP_TOKEN_WORD ||
                             it->last_kind == NLP_TOKEN_NUMBER ||
                             it->last_kind == NLP_TOKEN_HASHTAG ||
                             it->last_kind == NLP_TOKEN_MENTION);
  if (c.cp < 0x80 && (nlp_ascii_class[c.cp] & WORDY)) {
    pos_t r = alnum_end(p + 1, e);
    /* A URL or an e-mail address: "bbc.co.uk/news", "jane@cnn.com". */
    if (r < e && *r < 0x80 && !(nlp_ascii_class[*r] & NLP_C_SPACE)) {
      q = scan_link(it, p, r, kind);
      if (q)
        return q;
    }
    if (r < e && *r == '$' && is_currency_prefix(p, r)) {
      *kind = NLP_TOKEN_SYMBOL; /* US$ C$ HK$ */
      return r + 1;
    }
    /* An ASCII word or number: "Wednesday", "1990s" (not a keycap). */
    *kind = NLP_TOKEN_WORD;
    if (nlp_ascii_class[c.cp] & NLP_C_LETTER)
      return scan_letters(p, r, e);
    if (!is_keycap(p, e))
      return scan_number(p, e, kind);
  }
  /* An emoji sequence: "👍🏽", a flag, a keycap. */
  if (emoji_starts(p, e, c)) {
    *kind = NLP_TOKEN_EMOJI;
    return scan_emoji(p, e, c);
  }
  /* A word of another script (one Han ideograph a token) or a number. */
  *kind = NLP_TOKEN_WORD;
  if (c.klass & NLP_C_LETTER)
    return is_han(c.cp) ? p + c.len : scan_letters(p, p, e);
  if (c.klass & NLP_C_NUMBER)
    return scan_number(p, e, kind);
  if (c.cp == '.' && digit_at(p + 1, e) && !after_word)
    return scan_number(p, e, kind); /* .5 */
  if (sign_len(p, e) && !after_word &&
      (digit_at(p + c.len, e) ||
       (p + c.len < e && p[c.len] == '.' && digit_at(p + c.len + 1, e))))
    return scan_number(p, e, kind); /* +44 -0.5 */
  /* A tag: "#brexit", "@bbc". */
  if ((c.cp == '#' || c.cp == '@') && !after_word &&
      tag_starts(p, e, c.cp == '@')) {
    *kind = c.cp == '#' ? NLP_TOKEN_HASHTAG : NLP_TOKEN_MENTION;
    return scan_tag(p, e);
  }
  /* An apostrophe: "'90s", a clitic "'s", the "'n'" of rock 'n' roll. */
  if (is_apos(c.cp) || c.cp == 0x2018) {
    q = scan_apostrophe(p, e, c, after_word, kind);
    if (q)
      return q;
  }
  /* Punctuation reported as a symbol: "%", "&". */
  if (is_symbolic(c.cp)) {
    *kind = NLP_TOKEN_SYMBOL;
    return p + c.len;
  }
  /* Punctuation: "...", "?!", "--", ",". */
  if (c.klass & NLP_C_PUNCT) {
    *kind = NLP_TOKEN_PUNCT;
    return scan_punct(p, e, c);
  }
  *kind = (c.klass & NLP_C_SYMBOL) && c.cp != 0xFFFD ? NLP_TOKEN_SYMBOL
                                                     : NLP_TOKEN_OTHER;
  return p + c.len;
}

/* Skips white space from p within the sentence. */
static pos_t skip_space(pos_t p, pos_t e) {
  while (p < e) {
    nlp_char_t c;
    if (*p < 0x80) {
      if (!(nlp_ascii_class[*p] & NLP_C_SPACE))
        return p;
      p++;
      continue;
    }
    c = nlp_char_at(p, e);
    if (!(c.klass & NLP_C_SPACE))
      return p;
    p += c.len;
  }
  return p;
}

static int next_in_sentence(nlp_tokens_t *it, nlp_token_t *t) {
  pos_t p = skip_space(it->pos, it->send), q;
  nlp_token_kind_t kind = NLP_TOKEN_OTHER;
  if (p >= it->send)
    return NLP_DONE;
  q = scan_token(it, p, &kind);
  if (q <= p)
    q = p + nlp_char_at(p, it->send).len; /* never stall */
  t->byte_start = (size_t)(p - it->text);
  t->byte_end = (size_t)(q - it->text);
  t->kind = kind;
  t->sentence = it->sentence;
  t->idx = it->idx++;
  it->pos = q;
  it->last_end = q;
  it->last_kind = kind;
  return NLP_OK;
}

int nlp_tokens_next(nlp_tokens_t *it, nlp_token_t *t) {
  if (!it || !t)
    return NLP_EINVAL;
  for (;;) {
    nlp_sentence_t s;
    int rc;
    if (it->have_sentence) {
      rc = next_in_sentence(it, t);
      if (rc != NLP_DONE)
        return rc;
      it->have_sentence = 0;
    }
    rc = nlp_sentences_next(it->sents, &s);
    if (rc != NLP_OK)
      return rc;
    it->pos = it->text + s.byte_start;
    it->send = it->text + s.byte_end;
    it->last_end = NULL;
    it->sentence = s.idx;
    it->have_sentence = 1;
  }
}
