/*
** entities/datelines.c: a line that starts with a place in capitals before
** a comma, dash or bracket ("EAGLE PASS, TEXAS - DECEMBER 19: ...",
** "WASHINGTON (CNN) -") names the place. The tagger often misses it
** (capitals hide which words are names), so such runs are kept as
** candidates (datelines: the place runs of the one dateline recogniser,
** layout/dateline.h) and, once the whole text is tagged, become a place
** when the gazetteer knows them or the same words are tagged a place
** elsewhere in the text in normal case (apply_datelines).
*/
#include <stdlib.h>

#include "text/alloc.h"
#include "text/fnv.h"
#include "text/grow.h"
#include "entities/entities_int.h"
#include "layout/dateline.h"

#define DATELINE_MAX 64 /* candidates per text */

/* What token t is to the place runs (layout/dateline.h): a word in
** capitals ("EAGLE"), or what nlp_dateline_punct() says of punctuation. */
static nlp_dateline_tok_t dateline_class(const ner_doc_t *d,
                                         const ner_tok_t *t) {
  if (t->kind == NLP_TOKEN_WORD && t->cap == NER_CAP_UPPER)
    return NLP_DATELINE_TOK_CAPS;
  if (t->kind == NLP_TOKEN_PUNCT)
    return nlp_dateline_punct(d->text + t->bs, t->be - t->bs);
  return NLP_DATELINE_TOK_OTHER;
}

/* Records the place run [ts, te) as a candidate. */
static int add_candidate(nlp_entities_t *it, const ner_doc_t *d, size_t ts,
                         size_t te) {
  ent_t *e;
  if (!it->dl && !(it->dl = nlp_mem_malloc(DATELINE_MAX * sizeof *it->dl)))
    return NLP_ENOMEM;
  e = &it->dl[it->ndl++];
  memset(e, 0, sizeof *e);
  e->bs = d->toks[ts].bs;
  e->be = d->toks[te - 1].be;
  e->sentence = d->toks[ts].sentence;
  return NLP_OK;
}

int datelines(nlp_entities_t *it, const ner_doc_t *d, size_t s0, size_t s1) {
  nlp_dateline_runs_t r;
  size_t run;
  if (!nlp_dateline_line_start(d->text, d->toks[s0].bs))
    return NLP_OK;
  nlp_dateline_runs_init(&r, s0);
  for (size_t i = s0; i < s1 && !r.done && it->ndl < DATELINE_MAX; i++)
    if (nlp_dateline_runs_step(&r, i, dateline_class(d, &d->toks[i]), &run) &&
        add_candidate(it, d, run, i) != NLP_OK)
      return NLP_ENOMEM;
  return NLP_OK;
}

/* Whether byte c is white space for same_words(). */
static int is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Whether text a[0..an) and b[0..bn) are the same words, ignoring ASCII
** case and the kind and length of the white space between words. */
static int same_words(const char *a, size_t an, const char *b, size_t bn) {
  size_t i = 0, j = 0;
  while (i < an && j < bn) {
    int sa = is_space(a[i]), sb = is_space(b[j]);
    if (sa && sb) {
      while (i < an && is_space(a[i]))
        i++;
      while (j < bn && is_space(b[j]))
        j++;
      continue;
    }
    if (sa || sb)
      return 0;
    {
      unsigned char x = (unsigned char)a[i++], y = (unsigned char)b[j++];
      if (x >= 'A' && x <= 'Z')
        x = (unsigned char)(x + 32);
      if (y >= 'A' && y <= 'Z')
        y = (unsigned char)(y + 32);
      if (x != y)
        return 0;
    }
  }
  return i == an && j == bn;
}

/* The hash of s[0..n) as same_words() reads it (ASCII lower case, each run
** of white space one space): equal for the same words. *lower: whether s
** has an ASCII lower-case letter. */
static uint32_t words_hash(const char *s, size_t n, int *lower) {
  uint32_t h = NLP_FNV_START;
  *lower = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char b = (unsigned char)s[i];
    if (is_space(s[i])) {
      while (i + 1 < n && is_space(s[i + 1]))
        i++;
      b = ' ';
    } else if (b >= 'a' && b <= 'z') {
      *lower = 1;
    } else if (b >= 'A' && b <= 'Z') {
      b = (unsigned char)(b + 32);
    }
    NLP_FNV_STEP(h, b);
  }
  return NLP_FNV_FOLD(h);
}

/* The first entity that ends after byte b. it->rows are in text order and
** never overlap, so their ends rise too. */
static size_t ent_after(const nlp_entities_t *it, size_t b) {
  size_t lo = 0, hi = it->nrows;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (row_at(it, mid)->be <= b)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

/* The places (GPE/LOC) written with lower-case letters, by words_hash():
** a dateline candidate looks its words up instead of reading every entity.
** Each bucket chains its places in text order. A place that a dateline
** has replaced since stays in its chain: place_named() checks that it is
** still in it->rows. */
typedef struct place {
  size_t bs, be; /* its bytes */
  size_t next;   /* the next place of its bucket, or NONE */
  uint32_t h;    /* words_hash() of its bytes */
} place_t;

typedef struct places {
  place_t *pl;
  size_t n, cap;
  size_t *head, mask; /* per bucket: its first place, or NONE */
} places_t;

/* Appends the place x to p->pl (unlinked) when it is written with
** lower-case letters. */
static int place_add(places_t *p, const char *text, const row_t *x) {
  int lower;
  uint32_t h = words_hash(text + x->bs, x->be - x->bs, &lower);
  if (!lower)
    return NLP_OK;
  if (nlp_grow((void **)&p->pl, &p->cap, p->n + 1, sizeof *p->pl))
    return NLP_ENOMEM;
  p->pl[p->n].bs = x->bs;
  p->pl[p->n].be = x->be;
  p->pl[p->n].h = h;
  p->pl[p->n++].next = NONE;
  return NLP_OK;
}

/* Links place k into its bucket's chain, in text order. */
static void place_link(places_t *p, size_t k) {
  size_t *at = &p->head[p->pl[k].h & p->mask];
  while (*at < p->n && p->pl[*at].bs < p->pl[k].bs) /* *at: NONE or < n */
    at = &p->pl[*at].next;
  p->pl[k].next = *at;
  *at = k;
}

/* The places of it->rows. */
static int places_build(places_t *p, const nlp_entities_t *it) {
  for (size_t i = 0; i < it->nrows; i++)
    if (is_place(row_at(it, i)->label) &&
        place_add(p, it->text, row_at(it, i)) != NLP_OK)
      return NLP_ENOMEM;
  p->mask = pow2_at_least(2 * p->n) - 1;
  p->head = nlp_mem_malloc((p->mask + 1) * sizeof *p->head);
  if (!p->head)
    return NLP_ENOMEM;
  for (size_t k = 0; k <= p->mask; k++)
    p->head[k] = NONE;
  for (size_t k = p->n; k-- > 0;)
    place_link(p, k); /* last first: each goes to the head of its chain */
  return NLP_OK;
}

/* The first entity of it->rows that is a place written with lower-case
** letters and has the words of w[0..n): its index, or NONE. */
static size_t place_named(const places_t *p, const nlp_entities_t *it,
                          const char *w, size_t n) {
  int lower;
  uint32_t h = words_hash(w, n, &lower);
  if (!p->n)
    return NONE;
  for (size_t k = p->head[h & p->mask]; k != NONE; k = p->pl[k].next) {
    const place_t *q = &p->pl[k];
    const row_t *x;
    size_t i;
    if (q->h != h)
      continue;
    i = ent_after(it, q->bs);
    if (i == it->nrows)
      continue;
    x = row_at(it, i);
    if (x->bs == q->bs && x->be == q->be && is_place(x->label) &&
        same_words(w, n, it->text + q->bs, q->be - q->bs))
      return i;
  }
  return NONE;
}

/* The label that the dateline candidate e, unknown to the gazetteer,
** takes from the entities (-1: none): that of the first of it->rows that is
** either a place found inside the run ("SAN" + "ANSELMO": GPE) or a place
** of the same words in normal case elsewhere (its own label). The places
** index is built on the first call. */
static int dateline_label(places_t *p, const nlp_entities_t *it, const row_t *e,
                          int *rc) {
  size_t in = NONE, same;
  if (!p->head && places_build(p, it) != NLP_OK) {
    *rc = NLP_ENOMEM;
    return -1;
  }
  /* the entities inside the run are among those that overlap it */
  for (size_t i = ent_after(it, e->bs);
       i < it->nrows && row_at(it, i)->bs < e->be; i++) {
    const row_t *x = row_at(it, i);
    if (is_place(x->label) && x->bs >= e->bs && x->be <= e->be) {
      in = i;
      break;
    }
  }
  same = place_named(p, it, it->text + e->bs, e->be - e->bs);
  if (in != NONE && (same == NONE || in <= same))
    return NLP_LABEL_GPE;
  return same != NONE ? (int)row_at(it, same)->label : -1;
}

#define DATELINE_KEY 128 /* the longest candidate looked up, in bytes */

/* The label the gazetteer gives the words w[0..n) (n < DATELINE_KEY), read
** as ASCII lower case with single spaces: GPE for a country or city, LOC
** for a region; -1 for none. */
static int gazetteer_label(const char *w, size_t n) {
  char key[DATELINE_KEY];
  size_t kn = 0;
  unsigned bits;
  for (size_t i = 0; i < n; i++) {
    unsigned char b = (unsigned char)w[i];
    if (is_space(w[i])) {
      if (kn && key[kn - 1] != ' ')
        key[kn++] = ' ';
    } else {
      key[kn++] = (char)(b >= 'A' && b <= 'Z' ? b + 32 : b);
    }
  }
  bits = ner_gaz_lookup(key, kn);
  if (bits & (NER_GAZ_COUNTRY | NER_GAZ_PLACE))
    return NLP_LABEL_GPE;
  if (bits & NER_GAZ_REGION)
    return NLP_LABEL_LOC;
  return -1;
}

/* The bytes of it->vals that rows [lo, hi) hold, from *at on. */
static size_t vals_of(const nlp_entities_t *it, size_t lo, size_t hi,
                      size_t *at) {
  size_t n = 0;
  *at = 0;
  for (size_t i = 0; i < lo; i++)
    *at += row_at(it, i)->vlen ? row_at(it, i)->vlen + 1u : 0;
  for (size_t i = lo; i < hi; i++)
    n += row_at(it, i)->vlen ? row_at(it, i)->vlen + 1u : 0;
  return n;
}

/* Puts the place e into it->rows, in text order, in place of the entities
** that overlap it (and their values): 1, or 0 when it is there already, or
** -1 when out of memory. */
static int replace_overlapping(nlp_entities_t *it, const row_t *e) {
  size_t lo = ent_after(it, e->bs), hi, at, nv;
  for (hi = lo; hi < it->nrows && row_at(it, hi)->bs < e->be;)
    hi++;
  if (hi == lo + 1 && row_at(it, lo)->bs == e->bs &&
      row_at(it, lo)->be == e->be && is_place(row_at(it, lo)->label))
    return 0; /* found already */
  if (hi == lo) {
    if (rows_room(it, it->nrows + 1) != NLP_OK)
      return -1;
    rows_move(it, lo + 1, lo, it->nrows - lo);
    it->nrows++;
  } else {
    nv = vals_of(it, lo, hi, &at);
    memmove(it->vals + at, it->vals + at + nv, it->nvals - at - nv);
    it->nvals -= nv;
    rows_move(it, lo + 1, hi, it->nrows - hi);
    it->nrows -= hi - lo - 1;
  }
  *row_at(it, lo) = *e;
  return 1;
}

int apply_datelines(nlp_entities_t *it) {
  places_t places;
  int rc = NLP_OK;
  memset(&places, 0, sizeof places);
  for (size_t c = 0; c < it->ndl && rc == NLP_OK; c++) {
    row_t e;
    int label, put;
    if (it->dl[c].be - it->dl[c].bs >= DATELINE_KEY)
      continue;
    rc = row_of(it, &it->dl[c], &e);
    if (rc != NLP_OK)
      break;
    label = gazetteer_label(it->text + e.bs, e.be - e.bs);
    if (label < 0)
      label = dateline_label(&places, it, &e, &rc);
    if (label < 0)
      continue;
    e.label = (unsigned)label;
    put = replace_overlapping(it, &e);
    if (put < 0) {
      rc = NLP_ENOMEM;
      break;
    }
    /* a place: a later candidate may find it by its words */
    if (put && places.head) {
      size_t k = places.n;
      rc = place_add(&places, it->text, &e);
      if (rc == NLP_OK && places.n > k)
        place_link(&places, k);
    }
  }
  nlp_mem_free(places.pl);
  nlp_mem_free(places.head);
  return rc;
}
