/*
** search.h: the first element of a sorted array whose key is at or after a
** value (internal). The core's arrays of tokens, events and mentions are in
** text order; asking "which is the first at or after byte b" for every
** quote or speaker by a scan would be quadratic, so they ask here.
*/
#ifndef NLP_SEARCH_H
#define NLP_SEARCH_H

#include <stddef.h>
#include <string.h>

/* The index of the first of the n elements of base (each size bytes, with
** a size_t key at byte offset off, keys not decreasing) whose key is >= v;
** n when none is. Call it as NLP_FIRST_AT(array, n, type, field, v). */
static inline size_t nlp_first_at(const void *base, size_t n, size_t size,
                                  size_t off, size_t v) {
  const unsigned char *p = (const unsigned char *)base;
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2, key;
    memcpy(&key, p + mid * size + off, sizeof key);
    if (key < v)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

#define NLP_FIRST_AT(array, n, type, field, v)                                 \
  nlp_first_at((array), (n), sizeof(type), offsetof(type, field), (v))

#endif /* NLP_SEARCH_H */
