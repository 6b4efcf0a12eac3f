/*
** jsonl.h: a tiny reader for the flat JSON-lines records of the shared data
** (tests only). It finds a top-level key of one object and decodes string
** values (escapes, \uXXXX and surrogate pairs) to UTF-8. Header-only, so
** that each test executable picks up just what it uses.
*/
#ifndef NLP_TEST_JSONL_H
#define NLP_TEST_JSONL_H

#include <stdlib.h>
#include <string.h>

static const char *jsonl_ws(const char *p, const char *e) {
  while (p < e && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
    p++;
  return p;
}

static int jsonl_hex4(const char *p, const char *e, unsigned *v) {
  *v = 0;
  if (e - p < 4)
    return 0;
  for (int i = 0; i < 4; i++) {
    char c = p[i];
    *v <<= 4;
    if (c >= '0' && c <= '9')
      *v |= (unsigned)(c - '0');
    else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
      *v |= (unsigned)((c | 0x20) - 'a' + 10);
    else
      return 0;
  }
  return 1;
}

/* Decodes the string at p (at its opening quote) into out (which must hold
** as many bytes as the encoded string); *n gets the length. Returns the
** position after the closing quote, or NULL if malformed. out may be NULL
** to skip. */
static const char *jsonl_string(const char *p, const char *e, char *out,
                                size_t *n) {
  size_t k = 0;
  if (p >= e || *p != '"')
    return NULL;
  for (p++; p < e && *p != '"'; p++) {
    unsigned v, lo;
    if (*p != '\\') {
      if (out)
        out[k] = *p;
      k++;
      continue;
    }
    if (++p >= e)
      return NULL;
    switch (*p) {
    case 'n':
      v = '\n';
      break;
    case 't':
      v = '\t';
      break;
    case 'r':
      v = '\r';
      break;
    case 'b':
      v = '\b';
      break;
    case 'f':
      v = '\f';
      break;
    case 'u':
      if (!jsonl_hex4(p + 1, e, &v))
        return NULL;
      p += 4;
      if (v >= 0xD800 && v < 0xDC00 && e - p > 6 && p[1] == '\\' &&
          p[2] == 'u' && jsonl_hex4(p + 3, e, &lo) && lo >= 0xDC00 &&
          lo < 0xE000) {
        v = 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00);
        p += 6;
      }
      break;
    default:
      v = (unsigned char)*p;
      break;
    }
    if (v < 0x80) {
      if (out)
        out[k] = (char)v;
      k++;
    } else {
      unsigned char b[4];
      int m;
      if (v < 0x800)
        b[0] = (unsigned char)(0xC0 | (v >> 6)), m = 2;
      else if (v < 0x10000)
        b[0] = (unsigned char)(0xE0 | (v >> 12)), m = 3;
      else
        b[0] = (unsigned char)(0xF0 | (v >> 18)), m = 4;
      for (int i = 1; i < m; i++)
        b[i] = (unsigned char)(0x80 | ((v >> (6 * (m - 1 - i))) & 0x3F));
      if (out)
        memcpy(out + k, b, (size_t)m);
      k += (size_t)m;
    }
  }
  if (p >= e)
    return NULL;
  if (n)
    *n = k;
  return p + 1;
}

/* Skips any JSON value at p: returns the ',' '}' or ']' after it, or NULL
** if a string in it is malformed. */
static const char *jsonl_skip(const char *p, const char *e) {
  int depth = 0;
  while (p < e) {
    if (*p == '"') {
      if (!(p = jsonl_string(p, e, NULL, NULL)))
        return NULL;
      continue;
    }
    if (*p == '[' || *p == '{') {
      depth++;
    } else if (*p == ']' || *p == '}') {
      if (depth == 0)
        return p;
      depth--;
    } else if (*p == ',' && depth == 0) {
      return p;
    }
    p++;
  }
  return p;
}

/* The value of the top-level key of the object at p, or NULL. */
static const char *jsonl_get(const char *p, const char *e, const char *key) {
  size_t kl = strlen(key);
  p = jsonl_ws(p, e);
  if (p >= e || *p != '{')
    return NULL;
  p = jsonl_ws(p + 1, e);
  while (p < e && *p == '"') {
    const char *k = p + 1, *v;
    if (!(p = jsonl_string(p, e, NULL, NULL)))
      return NULL;
    v = jsonl_ws(p, e);
    if (v >= e || *v != ':')
      return NULL;
    v = jsonl_ws(v + 1, e);
    if ((size_t)(p - 1 - k) == kl && memcmp(k, key, kl) == 0)
      return v;
    if (!(p = jsonl_skip(v, e)))
      return NULL;
    p = jsonl_ws(p, e);
    if (p < e && *p == ',')
      p = jsonl_ws(p + 1, e);
  }
  return NULL;
}

/* The decoded string at p (a JSON string), malloc'd and NUL-terminated. */
static char *jsonl_strdup(const char *p, const char *e, size_t *n) {
  char *out;
  if (!p || p >= e || *p != '"')
    return NULL;
  out = malloc((size_t)(e - p) + 1);
  if (!out)
    return NULL;
  if (!jsonl_string(p, e, out, n)) {
    free(out);
    return NULL;
  }
  out[*n] = 0;
  return out;
}

#endif
