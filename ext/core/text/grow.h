/*
** grow.h: growing an array by doubling (internal).
*/
#ifndef NLP_GROW_H
#define NLP_GROW_H

#include <stdlib.h>

#include "text/alloc.h"
#include "nlp.h"

/* Makes *arr (of *cap elements of size bytes) hold at least need: doubles
** the capacity (64 at first) until it does. NLP_OK, or NLP_ENOMEM with *arr
** and *cap unchanged. */
static inline int nlp_grow(void **arr, size_t *cap, size_t need, size_t size) {
  size_t n;
  void *p;
  if (need <= *cap)
    return NLP_OK;
  n = *cap ? *cap * 2 : 64;
  while (n < need)
    n *= 2;
  p = nlp_mem_realloc(*arr, n * size);
  if (!p)
    return NLP_ENOMEM;
  *arr = p;
  *cap = n;
  return NLP_OK;
}

#endif /* NLP_GROW_H */
