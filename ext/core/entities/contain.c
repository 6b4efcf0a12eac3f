/*
** entities/contain.c: the containment index of the names of a text (cx_t,
** entities_int.h): which names are the first or last words of which longer
** names ("Mayorkas" of "Alejandro Mayorkas"), found without comparing
** names pairwise. Time and memory are linear in the words of the distinct
** names.
*/
#include <stdlib.h>

#include "text/alloc.h"
#include "entities/entities_int.h"

#define WORD_HASH_SEED 78 /* ner_hash() of a word of a name's key */

static uint64_t cx_mix(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

/* The node of the pair (a, b); a carries the tag (suffix or prefix). */
static size_t cx_node(cx_t *c, size_t a, size_t b) {
  size_t h = (size_t)cx_mix((uint64_t)a * 0x9e3779b97f4a7c15ULL ^
                            cx_mix((uint64_t)b + 1)) &
             c->nmask;
  while (c->ntab[h] != NONE) {
    size_t n = c->ntab[h];
    if (c->nkey0[n] == a && c->nkey1[n] == b)
      return n;
    h = (h + 1) & c->nmask;
  }
  c->nkey0[c->nnodes] = a;
  c->nkey1[c->nnodes] = b;
  c->head[c->nnodes] = NONE;
  c->tail[c->nnodes] = NONE;
  c->ntab[h] = c->nnodes;
  return c->nnodes++;
}

/* Appends name to the list of longer names of node. */
static void cx_add(cx_t *c, size_t node, size_t name) {
  size_t e = c->nl++;
  c->lname[e] = name;
  c->lnext[e] = NONE;
  if (c->tail[node] == NONE)
    c->head[node] = e;
  else
    c->lnext[c->tail[node]] = e;
  c->tail[node] = e;
}

void cx_free(cx_t *c) {
  nlp_mem_free(c->woff);
  nlp_mem_free(c->suf);
  nlp_mem_free(c->pre);
  nlp_mem_free(c->wtab);
  nlp_mem_free(c->ntab);
  nlp_mem_free(c->nkey0);
  nlp_mem_free(c->nkey1);
  nlp_mem_free(c->head);
  nlp_mem_free(c->tail);
  nlp_mem_free(c->lname);
  nlp_mem_free(c->lnext);
}

/* Allocates the index's arrays for nw word positions (c->woff is set) and
** empties its hash tables: NLP_OK or NLP_ENOMEM. */
static int cx_alloc(cx_t *c, size_t nw) {
  size_t w = nw ? nw : 1;
  c->wmask = pow2_at_least(2 * nw) - 1;
  c->nmask = pow2_at_least(4 * nw) - 1;
  c->suf = nlp_mem_malloc(w * sizeof *c->suf);
  c->pre = nlp_mem_malloc(w * sizeof *c->pre);
  c->wtab = nlp_mem_malloc((c->wmask + 1) * sizeof *c->wtab);
  c->ntab = nlp_mem_malloc((c->nmask + 1) * sizeof *c->ntab);
  c->nkey0 = nlp_mem_malloc((2 * nw + 1) * sizeof *c->nkey0);
  c->nkey1 = nlp_mem_malloc((2 * nw + 1) * sizeof *c->nkey1);
  c->head = nlp_mem_malloc((2 * nw + 1) * sizeof *c->head);
  c->tail = nlp_mem_malloc((2 * nw + 1) * sizeof *c->tail);
  c->lname = nlp_mem_malloc((2 * nw + 1) * sizeof *c->lname);
  c->lnext = nlp_mem_malloc((2 * nw + 1) * sizeof *c->lnext);
  if (!c->suf || !c->pre || !c->wtab || !c->ntab || !c->nkey0 || !c->nkey1 ||
      !c->head || !c->tail || !c->lname || !c->lnext)
    return NLP_ENOMEM;
  for (size_t k = 0; k <= c->wmask; k++)
    c->wtab[k] = NONE;
  for (size_t k = 0; k <= c->nmask; k++)
    c->ntab[k] = NONE;
  return NLP_OK;
}

/* The word ids of the indexed names into wid[] (per word position: the
** position of the word's first occurrence); wptr[] and wlen[] hold each
** position's word. */
static void cx_word_ids(cx_t *c, const nlp_entities_t *it, size_t *wid,
                        const char **wptr, size_t *wlen) {
  for (size_t i = 0; i < it->nnames; i++) {
    const name_t *a = &it->names[i];
    size_t p = c->woff[i], s = 0;
    if (c->woff[i + 1] == p)
      continue;
    for (size_t k = 0; k <= a->len; k++) {
      size_t h, n;
      if (k < a->len && a->key[k] != ' ')
        continue;
      n = k - s;
      wptr[p] = a->key + s;
      wlen[p] = n;
      h = ner_hash(a->key + s, n, WORD_HASH_SEED) & c->wmask;
      while (c->wtab[h] != NONE &&
             (wlen[c->wtab[h]] != n ||
              memcmp(wptr[c->wtab[h]], a->key + s, n) != 0))
        h = (h + 1) & c->wmask;
      if (c->wtab[h] == NONE)
        c->wtab[h] = p;
      wid[p++] = c->wtab[h];
      s = k + 1;
    }
  }
}

/* The suffix and prefix nodes of the names' words, and the lists of longer
** names. */
static void cx_nodes(cx_t *c, const nlp_entities_t *it, const size_t *wid) {
  for (size_t i = 0; i < it->nnames; i++) {
    size_t p0 = c->woff[i], p1 = c->woff[i + 1], node = NONE;
    for (size_t p = p1; p-- > p0;) {
      node = cx_node(c, wid[p] << 1, node);
      c->suf[p] = node;
      if (p > p0)
        cx_add(c, node, i);
    }
    node = NONE;
    for (size_t p = p0; p < p1; p++) {
      node = cx_node(c, wid[p] << 1 | 1, node);
      c->pre[p] = node;
      if (p + 1 < p1)
        cx_add(c, node, i);
    }
  }
}

int cx_build(cx_t *c, const nlp_entities_t *it) {
  size_t nw = 0, *wid = NULL, *wlen = NULL;
  const char **wptr = NULL;
  int rc;
  memset(c, 0, sizeof *c);
  c->woff = nlp_mem_malloc((it->nnames + 1) * sizeof *c->woff);
  if (!c->woff)
    return NLP_ENOMEM;
  for (size_t i = 0; i < it->nnames; i++) {
    c->woff[i] = nw;
    if (is_name_label(it->names[i].label))
      nw += it->names[i].nwords;
  }
  c->woff[it->nnames] = nw;
  rc = cx_alloc(c, nw);
  /* zeroed: the analyser cannot see every slot is set */
  wid = nlp_mem_calloc(nw ? nw : 1, sizeof *wid);
  wlen = nlp_mem_malloc((nw ? nw : 1) * sizeof *wlen);
  wptr = nlp_mem_malloc((nw ? nw : 1) * sizeof *wptr);
  if (rc == NLP_OK && (!wid || !wlen || !wptr))
    rc = NLP_ENOMEM;
  if (rc == NLP_OK) {
    cx_word_ids(c, it, wid, wptr, wlen);
    cx_nodes(c, it, wid);
  } else {
    cx_free(c);
    memset(c, 0, sizeof *c);
  }
  nlp_mem_free(wid);
  nlp_mem_free(wlen);
  nlp_mem_free(wptr);
  return rc;
}
