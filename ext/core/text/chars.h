/*
** chars.h: character classes shared by the core's scanners (internal).
**
** Each character of the text is read with nlp_char_at(), which cuts the
** text the way SQLite's substr() does and classifies the code point once.
** ASCII takes a table look-up; everything else goes through the utf8proc
** adapter (unicode.c).
*/
#ifndef NLP_CHARS_H
#define NLP_CHARS_H

#include <stddef.h>
#include <stdint.h>

#include "nlp.h"

/* Character classes, a bit set. */
enum {
  NLP_C_SPACE = 1 << 0,   /* any white space, including NBSP */
  NLP_C_NEWLINE = 1 << 1, /* \n, \r, U+2028, U+2029, U+0085 */
  NLP_C_UPPER = 1 << 2,   /* Lu, Lt */
  NLP_C_LOWER = 1 << 3,   /* Ll */
  NLP_C_LETTER = 1 << 4,  /* any L*, and M* (marks join words) */
  NLP_C_DIGIT = 1 << 5,   /* Nd */
  NLP_C_TERM = 1 << 6,    /* sentence terminators . ! ? and kin */
  NLP_C_CLOSE = 1 << 7,   /* closing quotes and brackets */
  NLP_C_OPEN = 1 << 8,    /* opening quotes and brackets */
  NLP_C_PUNCT = 1 << 9,   /* any P* */
  NLP_C_SYMBOL = 1 << 10, /* any S* */
  NLP_C_QUOTE = 1 << 11,  /* a quotation mark (either direction) */
  NLP_C_DASH = 1 << 12,   /* Pd: - – — */
  NLP_C_EMOJI = 1 << 13,  /* pictographic symbols */
  NLP_C_NUMBER = 1 << 14  /* any N* (Nd, Nl, No) */
};

typedef struct nlp_char {
  int32_t cp;     /* code point, or U+FFFD for malformed input */
  uint32_t len;   /* bytes */
  uint32_t klass; /* NLP_C_* bits */
} nlp_char_t;

/* Class bits of an ASCII byte. */
extern const uint16_t nlp_ascii_class[128];

/* Class bits of a code point (any value; >= 128 asks utf8proc). */
uint32_t nlp_class_of(int32_t cp);

/* Reads the character at p (p < end). */
static inline nlp_char_t nlp_char_at(const unsigned char *p,
                                     const unsigned char *end) {
  nlp_char_t c;
  if (*p < 0x80) {
    c.cp = *p;
    c.len = 1;
    c.klass = nlp_ascii_class[*p];
    return c;
  }
  c.len = (uint32_t)nlp_utf8_next(p, end, &c.cp);
  c.klass = nlp_class_of(c.cp);
  return c;
}

/* Eight bytes at a time (memcpy into a uint64_t, byte 0 lowest): on
** little-endian GCC/Clang builds; others read a byte at a time. */
#if defined(__GNUC__) && defined(__BYTE_ORDER__) &&                            \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define NLP_SWAR 1
/* Bit 7 of each byte of x (all below 0x80) that lies in [lo, hi]. */
static inline uint64_t nlp_bytes_in(uint64_t x, unsigned lo, unsigned hi) {
  const uint64_t ones = 0x0101010101010101u;
  return (x + ones * (0x80u - lo)) & ~(x + ones * (0x7Fu - hi)) & ones * 0x80u;
}
#endif

/* Whether the character before p (not before start) is ASCII white space
** or a no-break space (U+00A0). */
static inline int nlp_space_before(const unsigned char *start,
                                   const unsigned char *p) {
  if (p <= start)
    return 0;
  if (p[-1] < 0x80)
    return (nlp_ascii_class[p[-1]] & NLP_C_SPACE) != 0;
  return p - start >= 2 && p[-2] == 0xC2 && p[-1] == 0xA0;
}

/* Start of the character that ends just before p (start < p). Steps back
** over continuation bytes to a lead byte, consistent with nlp_utf8_next. */
const unsigned char *nlp_char_before(const unsigned char *start,
                                     const unsigned char *p);

/* The utf8proc adapter (unicode.c). */
uint32_t nlp_uc_class(int32_t cp);
int32_t nlp_uc_tolower(int32_t cp);

#endif /* NLP_CHARS_H */
