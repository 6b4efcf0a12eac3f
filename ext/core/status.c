/*
** status.c: status codes and version (nlp_free is in text/alloc.c).
*/
#include <stdlib.h>

#include "nlp.h"

const char *nlp_errstr(int rc) {
  switch (rc) {
  case NLP_OK:
    return "not an error";
  case NLP_DONE:
    return "no more rows";
  case NLP_ENOMEM:
    return "out of memory";
  case NLP_EINVAL:
    return "invalid argument";
  case NLP_ETOOBIG:
    return "input too large";
  case NLP_EINTR:
    return "interrupted";
  case NLP_EMODEL:
    return "model trained with other word lists, clusters or gazetteer";
  default:
    return "unknown error";
  }
}

const char *nlp_version(void) { return NLP_VERSION; }
