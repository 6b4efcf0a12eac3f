/*
** alloc.h: the core's only way to allocate memory (internal).
**
** Every allocation of ext/core/ goes through these functions, which call the
** allocator set with nlp_set_allocator() (include/nlp.h): the C library's by
** default, SQLite's when the extension is loaded. Build-time tools (tools/)
** keep plain malloc.
**
**   buf = nlp_mem_malloc(n);       -- never malloc(n)
**   nlp_mem_free(buf);             -- never free(buf)
*/
#ifndef NLP_ALLOC_H
#define NLP_ALLOC_H

#include <stddef.h>

#include "nlp.h"

/* malloc(n) through the current allocator; n == 0 asks for 1 byte (SQLite's
** allocator returns NULL for 0). NULL when out of memory. */
void *nlp_mem_malloc(size_t n);
/* realloc(p, n): p NULL is nlp_mem_malloc(n); n == 0 keeps 1 byte (never
** frees). NULL when out of memory, with p unchanged. */
void *nlp_mem_realloc(void *p, size_t n);
/* calloc(count, size): zeroed; NULL on overflow or when out of memory. */
void *nlp_mem_calloc(size_t count, size_t size);
/* free(p); p may be NULL. */
void nlp_mem_free(void *p);

#endif /* NLP_ALLOC_H */
