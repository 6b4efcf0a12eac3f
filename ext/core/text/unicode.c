/*
** unicode.c: the only file of the core that calls utf8proc.
**
** It answers two kinds of question: the class of a non-ASCII code point
** (for the scanners), and whole-string transformations (normalisation,
** case folding, accent removal) for nlp_normalize() and friends.
*/
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "text/alloc.h"
#include "text/chars.h"
#include "nlp.h"

/* Code points that utf8proc files under a general category that does not
** say what a sentence splitter needs to know. */
static uint32_t special_class(int32_t cp) {
  switch (cp) {
  case 0x00A0: /* no-break space */
  case 0x202F: /* narrow no-break space */
  case 0x2007: /* figure space */
  case 0xFEFF: /* zero width no-break space (BOM) */
    return NLP_C_SPACE;
  case 0x0085:
  case 0x2028:
  case 0x2029:
    return NLP_C_SPACE | NLP_C_NEWLINE;
  case 0x2026: /* … */
  case 0x203C: /* ‼ */
  case 0x2047: /* ⁇ */
  case 0x2048: /* ⁈ */
  case 0x2049: /* ⁉ */
  case 0x3002: /* 。 */
  case 0xFF01: /* ！ */
  case 0xFF0E: /* ． */
  case 0xFF1F: /* ？ */
  case 0x037E: /* Greek question mark */
  case 0x0589: /* Armenian full stop */
  case 0x061F: /* Arabic question mark */
  case 0x06D4: /* Arabic full stop */
  case 0x0964: /* Devanagari danda */
  case 0x0965:
    return NLP_C_TERM | NLP_C_PUNCT;
  case 0x2018: /* ‘ */
  case 0x201C: /* “ */
  case 0x201A: /* ‚ */
  case 0x201E: /* „ */
  case 0x00AB: /* « */
  case 0x2039: /* ‹ */
    return NLP_C_QUOTE | NLP_C_OPEN | NLP_C_PUNCT;
  case 0x2019: /* ’ */
  case 0x201D: /* ” */
  case 0x00BB: /* » */
  case 0x203A: /* › */
    return NLP_C_QUOTE | NLP_C_CLOSE | NLP_C_PUNCT;
  default:
    return 0;
  }
}

uint32_t nlp_uc_class(int32_t cp) {
  uint32_t k = special_class(cp);
  if (k)
    return k;
  if (cp < 0 || cp > 0x10FFFF)
    return 0;
  switch (utf8proc_category(cp)) {
  case UTF8PROC_CATEGORY_LU:
  case UTF8PROC_CATEGORY_LT:
    return NLP_C_UPPER | NLP_C_LETTER;
  case UTF8PROC_CATEGORY_LL:
    return NLP_C_LOWER | NLP_C_LETTER;
  case UTF8PROC_CATEGORY_LM:
  case UTF8PROC_CATEGORY_LO:
  case UTF8PROC_CATEGORY_MN:
  case UTF8PROC_CATEGORY_MC:
  case UTF8PROC_CATEGORY_ME:
    return NLP_C_LETTER;
  case UTF8PROC_CATEGORY_ND:
    return NLP_C_DIGIT | NLP_C_NUMBER;
  case UTF8PROC_CATEGORY_NL:
  case UTF8PROC_CATEGORY_NO:
    return NLP_C_NUMBER;
  case UTF8PROC_CATEGORY_PD:
    return NLP_C_DASH | NLP_C_PUNCT;
  case UTF8PROC_CATEGORY_PS:
    return NLP_C_OPEN | NLP_C_PUNCT;
  case UTF8PROC_CATEGORY_PE:
    return NLP_C_CLOSE | NLP_C_PUNCT;
  case UTF8PROC_CATEGORY_PI:
    return NLP_C_QUOTE | NLP_C_OPEN | NLP_C_PUNCT;
  case UTF8PROC_CATEGORY_PF:
    return NLP_C_QUOTE | NLP_C_CLOSE | NLP_C_PUNCT;
  case UTF8PROC_CATEGORY_PC:
  case UTF8PROC_CATEGORY_PO:
    return NLP_C_PUNCT;
  case UTF8PROC_CATEGORY_SO:
    if ((cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF))
      return NLP_C_SYMBOL | NLP_C_EMOJI;
    return NLP_C_SYMBOL;
  case UTF8PROC_CATEGORY_SM:
  case UTF8PROC_CATEGORY_SC:
  case UTF8PROC_CATEGORY_SK:
    return NLP_C_SYMBOL;
  case UTF8PROC_CATEGORY_ZS:
    return NLP_C_SPACE;
  case UTF8PROC_CATEGORY_ZL:
  case UTF8PROC_CATEGORY_ZP:
    return NLP_C_SPACE | NLP_C_NEWLINE;
  default:
    return 0;
  }
}

int32_t nlp_uc_tolower(int32_t cp) { return utf8proc_tolower(cp); }

/* Copies text, replacing each malformed character by U+FFFD, so that
** utf8proc_map never rejects the input. Returns NULL on OOM. */
static unsigned char *sanitize(const char *text, size_t len, size_t *outlen) {
  const unsigned char *p = (const unsigned char *)text, *end = p + len;
  /* A malformed character of n >= 1 bytes becomes 3 bytes. */
  unsigned char *buf, *o;
  if (len > (SIZE_MAX - 1) / 3)
    return NULL;
  buf = nlp_mem_malloc(len * 3 + 1);
  if (!buf)
    return NULL;
  o = buf;
  while (p < end) {
    int32_t cp;
    size_t n = nlp_utf8_next(p, end, &cp);
    if (cp == 0xFFFD &&
        !(n == 3 && p[0] == 0xEF && p[1] == 0xBF && p[2] == 0xBD)) {
      *o++ = 0xEF, *o++ = 0xBF, *o++ = 0xBD;
    } else if (cp == 0) {
      *o++ = 0; /* utf8proc_map stops at NUL unless told the length */
    } else {
      memcpy(o, p, n), o += n;
    }
    p += n;
  }
  *o = 0;
  *outlen = (size_t)(o - buf);
  return buf;
}

/* utf8proc_map with the core's allocator (utf8proc_map calls malloc): the
** code points of s[0..n) transformed by opts, re-encoded as UTF-8 in place
** into *m (nlp_mem_free it). The length in bytes, or a utf8proc error. */
static utf8proc_ssize_t map_chunk(const unsigned char *s, size_t n,
                                  utf8proc_option_t opts, unsigned char **m) {
  utf8proc_int32_t *buf;
  utf8proc_ssize_t r =
      utf8proc_decompose(s, (utf8proc_ssize_t)n, NULL, 0, opts);
  *m = NULL;
  if (r < 0)
    return r;
  buf = nlp_mem_malloc((size_t)r * sizeof *buf + 1);
  if (!buf)
    return UTF8PROC_ERROR_NOMEM;
  r = utf8proc_decompose(s, (utf8proc_ssize_t)n, buf, r, opts);
  if (r >= 0)
    r = utf8proc_reencode(buf, r, opts);
  if (r < 0) {
    nlp_mem_free(buf);
    return r;
  }
  *m = (unsigned char *)buf;
  return r;
}

/* Runs map_chunk over sanitised text, chunk by chunk at NUL bytes (which
** utf8proc treats as a terminator), and hands back a malloc'd result. */
static int map_text(const char *text, size_t len, utf8proc_option_t opts,
                    char **out, size_t *outlen) {
  size_t clen, used = 0, cap;
  unsigned char *clean, *res;
  if (!out || !outlen || (!text && len))
    return NLP_EINVAL;
  clean = sanitize(text ? text : "", len, &clen);
  if (!clean)
    return NLP_ENOMEM;
  cap = clen + 1;
  res = nlp_mem_malloc(cap);
  if (!res) {
    nlp_mem_free(clean);
    return NLP_ENOMEM;
  }
  for (size_t at = 0; at <= clen;) {
    size_t n = strnlen((const char *)clean + at, clen - at);
    if (n > 0) {
      unsigned char *m;
      utf8proc_ssize_t r = map_chunk(clean + at, n, opts | UTF8PROC_STABLE, &m);
      if (r < 0) {
        nlp_mem_free(clean), nlp_mem_free(res);
        return r == UTF8PROC_ERROR_NOMEM ? NLP_ENOMEM : NLP_EINVAL;
      }
      if (used + (size_t)r + 2 > cap) {
        size_t ncap = (used + (size_t)r + 2) * 2;
        unsigned char *g = nlp_mem_realloc(res, ncap);
        if (!g) {
          nlp_mem_free(m), nlp_mem_free(clean), nlp_mem_free(res);
          return NLP_ENOMEM;
        }
        res = g, cap = ncap;
      }
      memcpy(res + used, m, (size_t)r);
      used += (size_t)r;
      nlp_mem_free(m);
    }
    at += n;
    if (at < clen)
      res[used++] = 0; /* keep the NUL byte */
    at++;
  }
  res[used] = 0;
  nlp_mem_free(clean);
  *out = (char *)res;
  *outlen = used;
  return NLP_OK;
}

int nlp_norm_form_parse(const char *name, size_t len, nlp_norm_form_t *form) {
  static const char *const names[] = {"nfc", "nfd", "nfkc", "nfkd"};
  if (!name || !form)
    return NLP_EINVAL;
  for (int i = 0; i < 4; i++) {
    size_t n = strlen(names[i]);
    if (n != len)
      continue;
    size_t k = 0;
    while (k < n && (name[k] | 0x20) == names[i][k])
      k++;
    if (k == n) {
      *form = (nlp_norm_form_t)i;
      return NLP_OK;
    }
  }
  return NLP_EINVAL;
}

int nlp_normalize(const char *text, size_t len, nlp_norm_form_t form,
                  char **out, size_t *outlen) {
  static const utf8proc_option_t opts[] = {
      UTF8PROC_COMPOSE, UTF8PROC_DECOMPOSE, UTF8PROC_COMPOSE | UTF8PROC_COMPAT,
      UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT};
  if ((unsigned)form > NLP_NFKD)
    return NLP_EINVAL;
  return map_text(text, len, opts[form], out, outlen);
}

int nlp_casefold(const char *text, size_t len, char **out, size_t *outlen) {
  return map_text(text, len,
                  UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD, out,
                  outlen);
}

int nlp_unaccent(const char *text, size_t len, char **out, size_t *outlen) {
  return map_text(text, len, UTF8PROC_COMPOSE | UTF8PROC_STRIPMARK, out,
                  outlen);
}
