/*
** fold.c: the folded form of a token, the one fold of the binding: the norm
** column of nlp_tokens and the term the FTS5 tokenizer "nlp" indexes.
**
**   SELECT token, norm FROM nlp_tokens('Gov. LÓPEZ, Straße');
**   -- Gov.|gov.   LÓPEZ|lópez   ,|,   Straße|strasse
**
** The fold is NFKC with Unicode case folding (nlp_casefold), then, when
** asked, without accents (nlp_unaccent): "LÓPEZ" -> "lópez" or "lopez".
** Pure ASCII (most tokens) is only lower-cased, which is what NFKC, case
** folding and unaccenting do to it, without a utf8proc call or, up to
** NLP_FOLD_SMALL bytes, an allocation.
*/
#include <string.h>

#include "binding.h"

#define ASCII_CASE_BIT 0x20 /* 'A' | ASCII_CASE_BIT == 'a' */

/* Whether s[0..n) is all ASCII. */
static int is_ascii(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if ((unsigned char)s[i] >= NLP_ASCII_END)
      return 0;
  return 1;
}

/* ASCII: lower-cases s[0..n) into f->small or, when longer, f->heap. */
static int fold_ascii(nlp_fold_t *f, const char *s, size_t n) {
  char *out = f->small;
  if (n > sizeof(f->small)) {
    out = f->heap = sqlite3_malloc64(n);
    if (!out)
      return NLP_ENOMEM;
  }
  for (size_t i = 0; i < n; i++)
    out[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] | ASCII_CASE_BIT : s[i]);
  f->s = out;
  f->n = n;
  return NLP_OK;
}

/* Anything else: the core's folds, in f->core. */
static int fold_unicode(nlp_fold_t *f, const char *s, size_t n, int unaccent) {
  char *folded, *plain;
  size_t flen, plen;
  int rc = nlp_casefold(s, n, &folded, &flen);
  if (rc != NLP_OK)
    return rc;
  if (unaccent) {
    rc = nlp_unaccent(folded, flen, &plain, &plen);
    nlp_free(folded);
    if (rc != NLP_OK)
      return rc;
    folded = plain;
    flen = plen;
  }
  f->s = f->core = folded;
  f->n = flen;
  return NLP_OK;
}

int nlp_fold(nlp_fold_t *f, const char *s, size_t n, int unaccent) {
  f->s = NULL;
  f->n = 0;
  f->heap = f->core = NULL;
  if (is_ascii(s, n))
    return fold_ascii(f, s, n);
  return fold_unicode(f, s, n, unaccent);
}

void nlp_fold_free(nlp_fold_t *f) {
  sqlite3_free(f->heap);
  nlp_free(f->core);
  f->heap = f->core = NULL;
}
