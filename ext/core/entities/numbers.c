/*
** entities/numbers.c: the numeric and temporal entities of a sentence
** (nlp_numex_find, numex/numex.h) merged with its names in text order: a
** name wins over a number it overlaps, except a MISC name or a bare DATE
** word.
*/
#include <stdlib.h>

#include "text/alloc.h"
#include "entities/entities_int.h"

#define NUMEX_STACK 64 /* numeric entities of a sentence kept on the stack */

static const nlp_label_t NUMEX_LABELS[] = {
    NLP_LABEL_DATE,     NLP_LABEL_TIME,    NLP_LABEL_MONEY,   NLP_LABEL_PERCENT,
    NLP_LABEL_QUANTITY, NLP_LABEL_ORDINAL, NLP_LABEL_CARDINAL};

/* The tokens [s0, s1) as nlp_tokens, into buf, for numex. */
static void numex_tokens(const ner_doc_t *d, size_t s0, size_t s1,
                         nlp_token_t *buf) {
  for (size_t k = s0; k < s1; k++) {
    buf[k - s0].idx = k;
    buf[k - s0].byte_start = d->toks[k].bs;
    buf[k - s0].byte_end = d->toks[k].be;
    buf[k - s0].sentence = d->toks[k].sentence;
    buf[k - s0].kind = d->toks[k].kind;
  }
}

/* The numeric entities of the n tokens of buf into *nx: stack (of
** NUMEX_STACK) when they fit, else a heap buffer (found again:
** nlp_numex_find() returns how many there are, pure and repeatable). Their
** count, or (size_t)-1 when out of memory. */
static size_t numex_all(const char *text, const nlp_token_t *buf, size_t n,
                        nlp_numex_t *stack, nlp_numex_t **nx) {
  size_t nn = nlp_numex_find(text, buf, n, stack, NUMEX_STACK), n2;
  *nx = stack;
  if (nn <= NUMEX_STACK)
    return nn;
  *nx = nlp_mem_malloc(nn * sizeof **nx);
  if (!*nx)
    return (size_t)-1;
  n2 = nlp_numex_find(text, buf, n, *nx, nn);
  return n2 < nn ? n2 : nn;
}

/* The entity of the numeric entity x of the sentence [s0, s1): its head
** only ("11,000" of "more than 11,000", "weekend" of "the weekend": the
** label set's examples use the short span), its label and value. */
static ent_t numex_ent(const ner_doc_t *d, const nlp_token_t *buf, size_t s0,
                       size_t s1, const nlp_numex_t *x) {
  size_t xs = x->tok_start + s0, xe = x->tok_end + s0;
  size_t h = nlp_numex_head(d->text, buf, s1 - s0, x) + s0;
  ent_t e;
  if (h > xs && h < xe)
    xs = h;
  e = ent_of_tokens(d, xs, xe);
  e.label = (unsigned)x->label < sizeof NUMEX_LABELS / sizeof NUMEX_LABELS[0]
                ? NUMEX_LABELS[x->label]
                : NLP_LABEL_CARDINAL;
  memcpy(e.value, x->value, sizeof e.value);
  e.value[sizeof e.value - 1] = 0;
  return e;
}

/* Appends names[0..nnames) and the numeric entities nx[0..nn) of the
** sentence [s0, s1) to it->ents in text order; of two that overlap, the
** name unless it is MISC or a bare DATE word. */
static int merge(nlp_entities_t *it, const ner_doc_t *d, const nlp_token_t *buf,
                 size_t s0, size_t s1, const ent_t *names, size_t nnames,
                 const nlp_numex_t *nx, size_t nn) {
  size_t a = 0, b = 0;
  int rc = NLP_OK;
  while (rc == NLP_OK && (a < nnames || b < nn)) {
    size_t xs = b < nn ? nx[b].tok_start + s0 : 0;
    size_t xe = b < nn ? nx[b].tok_end + s0 : 0;
    if (b < nn && (xe <= xs || xe > s1)) { /* malformed: ignore */
      b++;
    } else if (b >= nn || (a < nnames && names[a].te <= xs)) {
      rc = ent_push(it, &names[a++]);
    } else if (a >= nnames || xe <= names[a].ts) {
      ent_t e = numex_ent(d, buf, s0, s1, &nx[b++]);
      rc = ent_push(it, &e);
    } else if (names[a].label == NLP_LABEL_MISC ||
               names[a].label == NLP_LABEL_DATE) {
      a++; /* overlap: the number wins */
    } else {
      b++; /* overlap: the name wins */
    }
  }
  return rc;
}

int merge_numex(nlp_entities_t *it, const ner_doc_t *d, size_t s0, size_t s1,
                size_t first, nlp_token_t *buf) {
  nlp_numex_t stack[NUMEX_STACK], *nx;
  size_t nn, nnames = it->n - first;
  ent_t *names;
  int rc;
  numex_tokens(d, s0, s1, buf);
  nn = numex_all(d->text, buf, s1 - s0, stack, &nx);
  if (nn == (size_t)-1)
    return NLP_ENOMEM;
  if (nn == 0) {
    if (nx != stack)
      nlp_mem_free(nx);
    return NLP_OK;
  }
  /* the names, copied out: the merge writes over them */
  names = nlp_mem_malloc((nnames ? nnames : 1) * sizeof *names);
  if (!names) {
    if (nx != stack)
      nlp_mem_free(nx);
    return NLP_ENOMEM;
  }
  if (nnames)
    memcpy(names, it->ents + first, nnames * sizeof *names);
  it->n = first;
  rc = merge(it, d, buf, s0, s1, names, nnames, nx, nn);
  nlp_mem_free(names);
  if (nx != stack)
    nlp_mem_free(nx);
  return rc;
}
