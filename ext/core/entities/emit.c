/*
** entities/emit.c: a name span becomes an entity. In order: its end before
** a sentence's full stop, its label (labels.c), a join with the name just
** before it ("Getty" + "Images", "Adobe" + "Acrobat Reader"), whether it
** follows a kind of work (works.c), whether it can be a name at all
** (plausible.c); then it is appended, cutting any earlier name it
** overlaps.
*/
#include "entities/entities_int.h"

/* Names never overlap: one already found that reaches into a new name
** starting at token ts ("Latin Central" before "Central and South America")
** is cut before it, without a trailing "and" or punctuation, or goes. */
void cut_before(nlp_entities_t *it, const ner_doc_t *d, size_t first,
                size_t ts) {
  while (it->n > first && it->ents[it->n - 1].te > ts) {
    ent_t *p = &it->ents[it->n - 1];
    size_t te = ts;
    while (te > p->ts && (d->toks[te - 1].kind == NLP_TOKEN_PUNCT ||
                          is_conj(d, &d->toks[te - 1])))
      te--;
    if (te > p->ts) {
      p->te = te;
      p->be = d->toks[te - 1].be;
      return;
    }
    it->n--;
  }
}

/* "in the U.S." at the end of a sentence: its last dot ends the sentence
** (one full stop serves both), so the name ends before it. */
static void before_full_stop(const ner_doc_t *d, ent_t *e) {
  const char *t = d->text;
  size_t be = e->be;
  if (e->te == d->toks[e->ts].sent_end && be - d->toks[e->te - 1].bs >= 3 &&
      t[be - 1] == '.' && t[be - 2] != '.' &&
      (be == d->len || t[be] == '\n' ||
       (t[be] == ' ' && be + 1 < d->len && (t[be + 1] & 0x80) == 0 &&
        t[be + 1] >= 'A' && t[be + 1] <= 'Z')))
    e->be--;
}

/* The label of the span [ts, te) of CoNLL type ty (ll: its last word's
** lists): refine()'s; MISC for a time zone in capitals ("1800 GMT",
** "(CDT)"); DATE for month and day names (numex may value them). */
static nlp_label_t span_label(const ner_doc_t *d, size_t ts, size_t te, int ty,
                              const nlp_list_word *ll, int all_monthday) {
  nlp_label_t l = refine(d, ts, te, ty, ll);
  if (te - ts == 1 && d->toks[ts].cap == NER_CAP_UPPER &&
      nlp_list_word_in(ll, NLP_LIST_ENTITIES_TIME_ZONES_NOT_ORG))
    l = NLP_LABEL_MISC;
  if (all_monthday)
    l = NLP_LABEL_DATE;
  return l;
}

/* The label the last word of e gives the name just before it when it joins
** it (join_keyword): ORG for a one-word company ending ("Getty" + "Images"),
** EVENT for an event ("Cold" + "War"); or -1. */
static int keyword_label(const ent_t *e, const nlp_list_word *ll) {
  if (nlp_list_word_in(ll, NLP_LIST_ENTITIES_ORG_LAST))
    return e->te - e->ts == 1 ? NLP_LABEL_ORG : -1;
  if (e->label == NLP_LABEL_EVENT ||
      nlp_list_word_in(ll, NLP_LIST_ENTITIES_EVENT_LAST))
    return NLP_LABEL_EVENT;
  return -1;
}

/* Joins e to the name just before it (kept, or dropped as a lone common
** word: "Cold" + "War"), or after its plural possessive ("Ministers'" +
** "Conference"), with label kw (keyword_label); 1 when joined (*rc: the
** result), 0 when not. */
static int join_keyword(nlp_entities_t *it, const ner_doc_t *d, size_t first,
                        const ent_t *e, int kw, int *rc) {
  ent_t *p = it->n > first ? &it->ents[it->n - 1] : NULL;
  size_t ts = e->ts;
  const ner_tok_t *a;
  if (kw < 0 || (!p && !it->dropped.te))
    return 0;
  a = &d->toks[ts - 1];
  if (it->dropped.te && (!p || p->te <= it->dropped.ts))
    p = &it->dropped;
  if (!(p->te == ts || (p->te + 1 == ts && a->kind == NLP_TOKEN_PUNCT &&
                        tok_is_apostrophe(d, a))) ||
      p->label == NLP_LABEL_DATE || d->toks[p->ts].cap == NER_CAP_NONE ||
      d->toks[ts].cap == NER_CAP_NONE ||
      (e->te - ts != 1 && p->label == NLP_LABEL_PERSON))
    return 0;
  p->te = e->te;
  p->be = e->be;
  p->label = (nlp_label_t)kw;
  *rc = NLP_OK;
  if (p == &it->dropped) {
    ent_t joined = *p; /* ent_push() may move it->ents; p is not in them */
    it->dropped.te = 0;
    cut_before(it, d, first, joined.ts);
    *rc = ent_push(it, &joined);
  }
  return 1;
}

/* "Adobe" + "Acrobat Reader": one product with the name just before it;
** 1 when joined. */
static int join_product(nlp_entities_t *it, const ner_doc_t *d, size_t first,
                        const ent_t *e) {
  ent_t *p = it->n > first ? &it->ents[it->n - 1] : NULL;
  if (!p || p->te != e->ts ||
      !nlp_list_word_in(span_word(d, p->ts, e->te), NLP_LIST_ENTITIES_PRODUCTS))
    return 0;
  p->te = e->te;
  p->be = e->be;
  p->label = NLP_LABEL_PRODUCT;
  return 1;
}

/* Whether a word of tokens [ts, te) is a place of the gazetteer or a
** city's name ("DETROIT"). */
static int known_place(const ner_doc_t *d, size_t ts, size_t te) {
  for (size_t k = ts; k < te; k++)
    if ((d->toks[k].gaz & (NER_GAZ_COUNTRY | NER_GAZ_PLACE | NER_GAZ_REGION)) ||
        d->toks[k].city != NER_POS_NONE)
      return 1;
  return 0;
}

/* Rule work_article: a title's own article, left out by the tagger, is
** part of it after a frame of a work: "a novel called The Long Night". The
** first token of the name. */
static size_t work_start(const ner_doc_t *d, size_t ts, size_t te) {
  const ner_tok_t *a = ts > d->toks[ts].sent_first ? &d->toks[ts - 1] : NULL;
  if (a && a->cap == NER_CAP_TITLE &&
      (tok_is(d, a, "The") || tok_is(d, a, "A") || tok_is(d, a, "An")) &&
      after_work_cue(d, ts - 1, te) == FRAME_WORK)
    return ts - 1;
  return ts;
}

int emit(nlp_entities_t *it, const ner_doc_t *d, size_t first, size_t ts,
         size_t te, int ty, int all_monthday) {
  const nlp_list_word *ll =
      tok_word(d, &d->toks[te - 1]); /* its last word's lists */
  ent_t e;
  int rc = NLP_OK;
  ts = work_start(d, ts, te);
  e = ent_of_tokens(d, ts, te);
  e.titled = (uint8_t)after_title(d, ts);
  e.known_place = (uint8_t)(e.caps_line && known_place(d, ts, te));
  before_full_stop(d, &e);
  e.label = span_label(d, ts, te, ty, ll, all_monthday);
  if (join_keyword(it, d, first, &e, keyword_label(&e, ll), &rc))
    return rc;
  if (join_product(it, d, first, &e))
    return NLP_OK;
  e.work_cue = (uint8_t)after_work_cue(d, ts, te);
  e.cues = (uint8_t)mention_cues(d, ts, te);
  switch (it->table_line ? SPAN_NAME
                         : plausible(d, ts, te, ty, &it->title_memo, ll)) {
  case SPAN_NOT_NAME:
    it->dropped = e;
    return NLP_OK;
  case SPAN_WORK:
    e.label = NLP_LABEL_WORK_OF_ART;
    break;
  case SPAN_NAME:
    break;
  }
  cut_before(it, d, first, ts);
  return ent_push(it, &e);
}
