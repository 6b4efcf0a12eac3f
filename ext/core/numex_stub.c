/*
** numex_stub.c: a WEAK placeholder for nlp_numex_find() (numex.h) so the
** entity finder links before ext/core/numex.c lands. The real, strong
** definition in numex.c replaces it at link time. DELETE THIS FILE when
** numex.c is merged.
*/
#include "numex.h"

__attribute__((weak)) size_t nlp_numex_find(const char *text,
                                            const nlp_token_t *toks,
                                            size_t ntoks, nlp_numex_t *out,
                                            size_t max) {
  (void)text;
  (void)toks;
  (void)ntoks;
  (void)out;
  (void)max;
  return 0;
}
