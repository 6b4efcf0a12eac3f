/*
** utf8.c: reading UTF-8 one character at a time, exactly as SQLite does.
**
** SQLite's substr() and length() cut text into characters like this: a byte
** below 0x80 is one character; a byte >= 0xC0 starts a character that takes
** every continuation byte (0x80-0xBF) that follows it; a continuation byte
** with no lead byte before it is one character on its own. The core uses the
** same cut so that character offsets computed from byte offsets always agree
** with substr(), even on malformed input. A character that is not a valid,
** shortest-form encoding of a scalar value reads as U+FFFD.
*/
#include <string.h>

#include "text/chars.h"
#include "nlp.h"

#define IS_CONT(b) (((b)&0xC0) == 0x80)

size_t nlp_utf8_next(const unsigned char *p, const unsigned char *end,
                     int32_t *cp) {
  unsigned char b = p[0];
  const unsigned char *q = p + 1;
  size_t n, want;
  int32_t v, min;
  if (b < 0x80) {
    *cp = b;
    return 1;
  }
  if (b < 0xC0) { /* stray continuation byte */
    *cp = 0xFFFD;
    return 1;
  }
  while (q < end && IS_CONT(*q))
    q++;
  n = (size_t)(q - p);
  if (b < 0xE0) {
    want = 2, v = b & 0x1F, min = 0x80;
  } else if (b < 0xF0) {
    want = 3, v = b & 0x0F, min = 0x800;
  } else if (b < 0xF8) {
    want = 4, v = b & 0x07, min = 0x10000;
  } else {
    *cp = 0xFFFD;
    return n;
  }
  if (n != want) {
    *cp = 0xFFFD;
    return n;
  }
  for (size_t i = 1; i < n; i++)
    v = (v << 6) | (p[i] & 0x3F);
  if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
    v = 0xFFFD;
  *cp = v;
  return n;
}

/* nlp_utf8_count a character at a time, from a character's start. */
static inline size_t count_chars(const unsigned char *p,
                                 const unsigned char *end) {
  size_t n = 0;
  while (p < end) {
    unsigned char b = *p++;
    n++;
    if (b >= 0xC0)
      while (p < end && IS_CONT(*p))
        p++;
  }
  return n;
}

#if defined(NLP_SWAR)
/* nlp_utf8_count eight bytes at a time, from a character's start: ASCII
** bytes are one character each; the first other byte is read as above. */
static size_t count_long(const unsigned char *p, const unsigned char *end) {
  const uint64_t high = 0x8080808080808080u;
  size_t n = 0;
  while (end - p >= 8) {
    uint64_t x;
    size_t k;
    memcpy(&x, p, 8);
    if (!(x & high)) {
      p += 8;
      n += 8;
      continue;
    }
    k = (size_t)__builtin_ctzll(x & high) / 8; /* ASCII before it */
    p += k + 1;
    n += k + 1;
    if (p[-1] >= 0xC0)
      while (p < end && IS_CONT(*p))
        p++;
  }
  return n + count_chars(p, end);
}
#endif

size_t nlp_utf8_count(const char *text, size_t len) {
  const unsigned char *p = (const unsigned char *)text;
#if defined(NLP_SWAR)
  if (len >= 8) /* shorter spans go a byte at a time */
    return count_long(p, p + len);
#endif
  return count_chars(p, p + len);
}

const unsigned char *nlp_char_before(const unsigned char *start,
                                     const unsigned char *p) {
  const unsigned char *q = p - 1;
  while (q > start && IS_CONT(*q))
    q--;
  if (*q >= 0xC0)
    return q;
  return p - 1; /* ASCII or stray continuation: one byte per character */
}

#define S NLP_C_SPACE
#define N (NLP_C_SPACE | NLP_C_NEWLINE)
#define U (NLP_C_UPPER | NLP_C_LETTER)
#define L (NLP_C_LOWER | NLP_C_LETTER)
#define D (NLP_C_DIGIT | NLP_C_NUMBER)
#define T (NLP_C_TERM | NLP_C_PUNCT)
#define P NLP_C_PUNCT
#define O (NLP_C_OPEN | NLP_C_PUNCT)
#define C (NLP_C_CLOSE | NLP_C_PUNCT)
#define Q (NLP_C_QUOTE | NLP_C_OPEN | NLP_C_CLOSE | NLP_C_PUNCT)
#define Y NLP_C_SYMBOL
#define H (NLP_C_DASH | NLP_C_PUNCT)

const uint16_t nlp_ascii_class[128] = {
    /* 0x00 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, S, N, S, S, N, 0, 0,
    /* 0x10 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, S, S, S, S,
    /* ' ' */ S,  T, Q, P, Y, Y, P, Q, O, C, P, Y, P, H, T, P,
    /* '0' */ D,  D, D, D, D, D, D, D, D, D, P, P, Y, Y, Y, T,
    /* '@' */ P,  U, U, U, U, U, U, U, U, U, U, U, U, U, U, U,
    /* 'P' */ U,  U, U, U, U, U, U, U, U, U, U, O, P, C, Y, P,
    /* '`' */ Y,  L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,
    /* 'p' */ L,  L, L, L, L, L, L, L, L, L, L, O, Y, C, Y, 0};

uint32_t nlp_class_of(int32_t cp) {
  if (cp >= 0 && cp < 128)
    return nlp_ascii_class[cp];
  return nlp_uc_class(cp);
}
