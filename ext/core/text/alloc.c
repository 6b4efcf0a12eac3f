/*
** alloc.c: the allocator of the core (text/alloc.h, nlp_set_allocator).
**
** The current allocator is one pointer, read by every allocation. It is an
** atomic pointer so that setting it again to the same value (as the SQLite
** binding does each time a connection loads the extension) is no data race
** with other threads allocating; it needs no lock and no set-up at run time.
*/
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text/alloc.h"

/* The C library's allocator: the default. */
static const nlp_allocator_t LIBC_ALLOCATOR = {malloc, realloc, free};

static _Atomic(const nlp_allocator_t *) current = &LIBC_ALLOCATOR;

/* The allocator in use (acquire: its functions were set before it). */
static const nlp_allocator_t *methods(void) {
  return atomic_load_explicit(&current, memory_order_acquire);
}

int nlp_set_allocator(const nlp_allocator_t *a) {
  if (a && (!a->xMalloc || !a->xRealloc || !a->xFree))
    return NLP_EINVAL;
  atomic_store_explicit(&current, a ? a : &LIBC_ALLOCATOR,
                        memory_order_release);
  return NLP_OK;
}

const nlp_allocator_t *nlp_get_allocator(void) { return methods(); }

void *nlp_mem_malloc(size_t n) { return methods()->xMalloc(n ? n : 1); }

void *nlp_mem_realloc(void *p, size_t n) {
  if (!p)
    return nlp_mem_malloc(n);
  return methods()->xRealloc(p, n ? n : 1);
}

void *nlp_mem_calloc(size_t count, size_t size) {
  void *p;
  if (size && count > SIZE_MAX / size)
    return NULL;
  p = nlp_mem_malloc(count * size);
  if (p)
    memset(p, 0, count * size);
  return p;
}

void nlp_mem_free(void *p) {
  if (p)
    methods()->xFree(p);
}

void nlp_free(void *p) { nlp_mem_free(p); }
