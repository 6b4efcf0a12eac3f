/*
** entities/entities.c: named entities of a text (nlp_entities_*,
** include/nlp.h).
**
**   nlp_entities_t *it;
**   nlp_entity_t e;
**   nlp_entities_new(NULL, text, len, &it);
**   while (nlp_entities_next(it, &e) == NLP_OK) ... e.label, e.canonical
**   nlp_entities_free(it);
**
** Pipeline, all in nlp_entities_new():
**   1. tokens and features (ner/ner_feat.c), perceptron tags by Viterbi
**      (CoNLL PER/LOC/ORG/MISC in BIO), a block of whole sentences at a
**      time;
**   2. for each sentence (sentence_pass): rules that change the tags
**      (retag.c, tables.c, acronyms.c); the name spans (spans.c), each
**      emitted with an OntoNotes label (emit.c, labels.c, plausible.c,
**      works.c); dateline candidates (datelines.c); the numeric and
**      temporal entities from nlp_numex_find() merged in (numbers.c);
**   3. the datelines that name a known place (datelines.c);
**   4. document pass (names.c): each distinct name gets a canonical form
**      (case, aliases, the fullest PERSON/ORG form that contains it, found
**      with the containment index of contain.c, linear in the words of the
**      distinct names), and mentions take their name's label where its
**      rules say so.
** Memory: the entities of the text, plus one record per distinct name and
** one map slot per distinct word; during step 4, the containment index;
** for the datelines, an index of the places written in lower case.
** Shared: the word lists, const data made at build time (text/wordset.h).
*/
#include <stdlib.h>

#include "text/alloc.h"
#include "text/grow.h"
#include "ner/ner_model.h"
#include "entities/entities_int.h"

#define BLOCK_TOKENS 4096 /* tokens tagged at a time (whole sentences) */

int ent_push(nlp_entities_t *it, const ent_t *e) {
  if (nlp_grow((void **)&it->ents, &it->cap, it->n + 1, sizeof *it->ents))
    return NLP_ENOMEM;
  it->ents[it->n++] = *e;
  return NLP_OK;
}

int row_of(nlp_entities_t *it, const ent_t *e, row_t *r) {
  unsigned q = 0;
  memset(r, 0, sizeof *r);
  r->bs = (uint32_t)e->bs;
  r->be = (uint32_t)e->be;
  r->sentence = (uint32_t)e->sentence;
  r->name = (uint32_t)e->name;
  r->label = (unsigned)e->label;
  r->caps_line = e->caps_line != 0;
  r->known_place = e->known_place != 0;
  r->work_cue = e->work_cue & 3u;
  r->titled = e->titled != 0;
  r->cues = e->cues & 3u;
  r->vlen = e->value[0] ? (unsigned)strlen(e->value) : 0;
  if (!e->qualifier)
    return NLP_OK;
  /* the qualifiers are the few kinds of numex/qualifiers.txt */
  while (q < it->nquals && strcmp(it->quals[q], e->qualifier) != 0)
    q++;
  if (q == ROW_QUALS)
    return NLP_EINVAL;
  if (q == it->nquals)
    it->quals[it->nquals++] = e->qualifier;
  r->qual = q + 1;
  return NLP_OK;
}

int rows_room(nlp_entities_t *it, size_t n) {
  while (it->nblk * ROW_BLOCK < n) {
    row_t *b;
    if (nlp_grow((void **)&it->rowblk, &it->blkcap, it->nblk + 1,
                 sizeof(row_t *))) /* NOLINT(bugprone-sizeof-expression) */
      return NLP_ENOMEM;
    b = nlp_mem_malloc(ROW_BLOCK * sizeof *b);
    if (!b)
      return NLP_ENOMEM;
    it->rowblk[it->nblk++] = b;
  }
  return NLP_OK;
}

void rows_move(nlp_entities_t *it, size_t dst, size_t src, size_t n) {
  if (dst < src)
    for (size_t k = 0; k < n; k++)
      *row_at(it, dst + k) = *row_at(it, src + k);
  else if (dst > src)
    for (size_t k = n; k-- > 0;)
      *row_at(it, dst + k) = *row_at(it, src + k);
}

/* Appends n bytes of v and a NUL to the values of w. */
static int vals_append(vals_t *w, const char *v, size_t n) {
  if (nlp_grow((void **)&w->p, &w->cap, w->n + n + 1, 1) || !w->p)
    return NLP_ENOMEM;
  memcpy(w->p + w->n, v, n);
  w->p[w->n + n] = 0;
  w->n += n + 1;
  return NLP_OK;
}

/* Appends v ("" for none; under NLP_NUMEX_VALUE_MAX bytes) as row r's
** value: NLP_OK or NLP_ENOMEM. */
static int vals_put(vals_t *w, row_t *r, const char *v) {
  size_t n = strlen(v);
  r->vlen = (unsigned)n;
  return n ? vals_append(w, v, n) : NLP_OK;
}

/* it->vals becomes w's values. */
static void vals_keep(nlp_entities_t *it, vals_t *w) {
  nlp_mem_free(it->vals);
  it->vals = w->p;
  it->nvals = w->n;
  it->valcap = w->cap;
  memset(w, 0, sizeof *w);
}

/* Row r, whose value is at it->vals + at, takes the value v (which may
** be that one): once w holds values (w->p), every later row must come
** here too, changed or not. NLP_OK or NLP_ENOMEM. */
static int vals_edit(nlp_entities_t *it, vals_t *w, row_t *r, size_t at,
                     const char *v) {
  size_t n = strlen(v);
  if (!w->p) {
    if (n == r->vlen) { /* in place */
      if (n && v != it->vals + at)
        memcpy(it->vals + at, v, n);
      return NLP_OK;
    }
    /* the first change of length: the values before it are copied */
    if (nlp_grow((void **)&w->p, &w->cap, at + 1, 1) || !w->p)
      return NLP_ENOMEM;
    if (at)
      memcpy(w->p, it->vals, at);
    w->n = at;
  }
  return vals_put(w, r, v);
}

int vals_rewrite(nlp_entities_t *it, vals_edit_fn fn, void *ctx) {
  vals_t w = {NULL, 0, 0};
  size_t vpos = 0;
  int rc = NLP_OK;
  for (size_t k = 0; k < it->nrows && rc == NLP_OK; k++) {
    row_t *e = row_at(it, k);
    char value[NLP_NUMEX_VALUE_MAX];
    size_t at = vpos;
    const char *v = row_value(it, e, &vpos);
    if (fn(it, e, v, value, ctx))
      rc = vals_edit(it, &w, e, at, value);
    else if (w.p)
      rc = vals_edit(it, &w, e, at, v);
  }
  if (rc != NLP_OK) {
    nlp_mem_free(w.p);
    return rc;
  }
  if (w.p)
    vals_keep(it, &w);
  return NLP_OK;
}

/* Moves the entities of the sentence just read (it->ents) into the rows:
** NLP_OK, or an error with nothing moved. */
static int store_sentence(nlp_entities_t *it) {
  vals_t w = {it->vals, it->nvals, it->valcap};
  size_t nrows = it->nrows;
  int rc = NLP_OK;
  if (rows_room(it, it->nrows + it->n) != NLP_OK)
    return NLP_ENOMEM;
  for (size_t i = 0; i < it->n && rc == NLP_OK; i++) {
    row_t *r = row_at(it, nrows++);
    rc = row_of(it, &it->ents[i], r);
    if (rc == NLP_OK && r->vlen)
      rc = vals_append(&w, it->ents[i].value, r->vlen);
  }
  it->vals = w.p; /* grown or not */
  it->valcap = w.cap;
  if (rc != NLP_OK)
    return rc;
  it->nvals = w.n;
  it->nrows = nrows;
  it->n = 0;
  return NLP_OK;
}

size_t pow2_at_least(size_t n) {
  size_t p = 16;
  while (p < n)
    p *= 2;
  return p;
}

/* Tokens [ts, te) ASCII-lowered into buf (NUL-terminated), a space where
** the text has space between them; returns the length, 0 when they do not
** fit in cap bytes. */
size_t span_lower(const ner_doc_t *d, size_t ts, size_t te, char *buf,
                  size_t cap) {
  size_t n = 0;
  for (size_t k = ts; k < te; k++) {
    const ner_tok_t *t = &d->toks[k];
    size_t tl = t->be - t->bs;
    if (n + tl + 2 > cap)
      return 0;
    if (k > ts && t->bs > d->toks[k - 1].be)
      buf[n++] = ' ';
    for (size_t j = 0; j < tl; j++) {
      unsigned char c = (unsigned char)d->text[t->bs + j];
      buf[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
  }
  buf[n] = 0;
  return n;
}

/* ---- the iterator ----------------------------------------------------------
 */

void nlp_entities_free(nlp_entities_t *it) {
  if (!it)
    return;
  names_free(it);
  nlp_mem_free(it->ents);
  for (size_t k = 0; k < it->nblk; k++)
    nlp_mem_free(it->rowblk[k]);
  nlp_mem_free(it->rowblk);
  nlp_mem_free(it->vals);
  nlp_mem_free(it->dl);
  nlp_mem_free(it);
}

/* A new iterator over text[0..len), empty, or NULL. */
static nlp_entities_t *entities_alloc(const char *text, size_t len) {
  nlp_entities_t *it = nlp_mem_calloc(1, sizeof *it);
  if (!it)
    return NULL;
  it->text = text;
  it->len = len;
  it->nheads = 64;
  it->heads = nlp_mem_malloc(it->nheads * sizeof *it->heads);
  if (!it->heads) {
    nlp_mem_free(it);
    return NULL;
  }
  for (size_t k = 0; k < it->nheads; k++)
    it->heads[k] = NONE;
  return it;
}

/* The sentence [s0, s1) of the tagged block, in order: its tags changed by
** rule (retag.c), its name spans (spans.c), its dateline candidates
** (datelines.c), its numbers merged in (numbers.c). buf: room for its
** tokens as nlp_tokens. */
static int sentence_pass(nlp_entities_t *it, const ner_doc_t *d, uint8_t *tags,
                         size_t s0, size_t s1, nlp_token_t *buf) {
  size_t first = it->n;
  int rc;
  retag_sentence(it, d, tags, s0, s1);
  rc = name_spans(it, d, tags, s0, s1);
  if (rc == NLP_OK)
    rc = datelines(it, d, s0, s1);
  if (rc == NLP_OK)
    rc = merge_numex(it, d, s0, s1, first, buf);
  if (rc == NLP_OK)
    rc = store_sentence(it);
  return rc;
}

/* Room for n tags and n tokens in *tags and *buf (of *cap). */
static int block_room(uint8_t **tags, nlp_token_t **buf, size_t *cap,
                      size_t n) {
  uint8_t *nt;
  nlp_token_t *nb;
  if (n <= *cap)
    return NLP_OK;
  nt = nlp_mem_realloc(*tags, n);
  nb = nlp_mem_realloc(*buf, n * sizeof *nb);
  if (nt)
    *tags = nt;
  if (nb)
    *buf = nb;
  if (!nt || !nb)
    return NLP_ENOMEM;
  *cap = n;
  return NLP_OK;
}

/* Tags the text a block at a time and runs each sentence's pass. */
static int tag_text(nlp_entities_t *it, const nlp_model_t *model,
                    nlp_check_fn check, void *arg) {
  ner_doc_t d;
  uint8_t *tags = NULL;
  nlp_token_t *buf = NULL;
  size_t cap = 0;
  /* a text in capitals is read as if in normal case (truecase.c), by the
  ** caseless model when there is one (truecase_model) */
  char *normal = NULL;
  int rc = truecase_copy(it->text, it->len, &normal);
  if (rc == NLP_OK)
    rc = ner_doc_init_checked(&d, normal ? normal : it->text, it->len, check,
                              arg);
  if (rc != NLP_OK) {
    nlp_mem_free(normal);
    return rc;
  }
  model = truecase_model(model, &d, it->text, it->len);
  while (rc == NLP_OK && (rc = ner_doc_block(&d, BLOCK_TOKENS)) == NLP_OK) {
    rc = block_room(&tags, &buf, &cap, d.ntoks + 1);
    if (rc != NLP_OK)
      break;
    ner_model_tag(model, &d, tags);
    for (size_t s0 = 0; s0 < d.ntoks && rc == NLP_OK;) {
      size_t s1 = d.toks[s0].sent_end;
      rc = sentence_pass(it, &d, tags, s0, s1, buf);
      s0 = s1;
    }
  }
  nlp_mem_free(tags);
  nlp_mem_free(buf);
  ner_doc_free(&d);
  nlp_mem_free(normal);
  return rc == NLP_DONE ? NLP_OK : rc;
}

int nlp_entities_new(const nlp_model_t *model, const char *text, size_t len,
                     nlp_entities_t **out) {
  return nlp_entities_new_checked(model, text, len, NULL, NULL, out);
}

int nlp_entities_new_checked(const nlp_model_t *model, const char *text,
                             size_t len, nlp_check_fn check, void *arg,
                             nlp_entities_t **out) {
  return nlp_entities_new_opts(model, text, len, NULL, check, arg, out);
}

int nlp_entities_new_opts(const nlp_model_t *model, const char *text,
                          size_t len, const nlp_entities_opts_t *opts,
                          nlp_check_fn check, void *arg, nlp_entities_t **out) {
  const char *ref = opts ? opts->reference_date : NULL;
  nlp_entities_t *it;
  int rc;
  if (!out)
    return NLP_EINVAL;
  *out = NULL;
  if (ref && !nlp_numex_date_ok(ref, strlen(ref)))
    return NLP_EINVAL;
  if (!text && len)
    return NLP_EINVAL;
  if (len >= UINT32_MAX)
    return NLP_ETOOBIG; /* the rows keep 32-bit offsets (row_t) */
  if (!text)
    text = "";
  if (!model)
    model = nlp_model_default();
  if (!model)
    return NLP_EINVAL;
  it = entities_alloc(text, len);
  if (!it)
    return NLP_ENOMEM;
  rc = tag_text(it, model, check, arg);
  if (rc == NLP_OK)
    rc = resolve_times(it, ref);
  if (rc == NLP_OK)
    rc = resolve_money(it);
  if (rc == NLP_OK)
    rc = apply_datelines(it);
  if (rc == NLP_OK)
    rc = intern_all(it);
  if (rc == NLP_OK)
    rc = canonicalise(it);
  if (rc != NLP_OK) {
    nlp_entities_free(it);
    return rc;
  }
  relabel_mentions(it);
  term_acronyms(it); /* "sea surface salinity (SSS)": no name (acronyms.c) */
  drop_terms(it);
  *out = it;
  return NLP_OK;
}

int nlp_entities_next(nlp_entities_t *it, nlp_entity_t *e) {
  const row_t *x;
  const char *v;
  if (!it || !e)
    return NLP_EINVAL;
  if (it->pos >= it->nrows)
    return NLP_DONE;
  x = row_at(it, it->pos);
  e->idx = it->pos++;
  e->byte_start = x->bs;
  e->byte_end = x->be;
  e->sentence = x->sentence;
  e->label = (nlp_label_t)x->label;
  v = row_value(it, x, &it->vpos);
  e->value = v[0] ? v : NULL;
  e->qualifier = x->qual ? it->quals[x->qual - 1] : NULL;
  e->canonical = it->names[it->names[x->name].canon].text;
  return NLP_OK;
}

const char *nlp_entities_reference_date(const nlp_entities_t *it) {
  return it && it->ref_date[0] ? it->ref_date : NULL;
}

int nlp_date_ok(const char *s, size_t len) { return nlp_numex_date_ok(s, len); }

const nlp_list_word *span_word(const ner_doc_t *d, size_t ts, size_t te) {
  char buf[48];
  size_t n = span_lower(d, ts, te, buf, sizeof buf);
  return n ? nlp_list_find(buf, n) : NULL;
}
