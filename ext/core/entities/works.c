/*
** entities/works.c: titles of works and titles of people. A name after
** "the film", "the album", ... is the title of a work (a WORK_OF_ART,
** work_labels); a name after "Mr", "Senator", "Aunt" is a person's, which
** keeps it from becoming a place ("Mr Yarra", names.c).
*/
#include "entities/entities_int.h"

/* Whether the name [ts, te) after "the film" (work_cues.txt) may be its title:
** no word of it is in the gazetteer ("the movie Google and Amazon ...",
** "his album Egypt"); it does not open with a given name ("in the film Tom
** Hanks plays ...", "the best film Oscar"), nor is it one word in capitals
** ("movie NEC is showing"); and no possessive follows ("a musical Rubik's
** cube"). */
static int work_title(const ner_doc_t *d, size_t ts, size_t te) {
  const ner_tok_t *n = te < d->toks[ts].sent_end ? &d->toks[te] : NULL;
  if (d->toks[ts].given || (te - ts == 1 && d->toks[ts].cap == NER_CAP_UPPER))
    return 0;
  /* what follows a title: not a possessive; after one word, the end,
  ** punctuation or a word of work_after.txt, not another word ("the film
  ** Hollywood forgot"); after a longer title anything ("Horror movie The
  ** Grudge cost Sony $10 million") */
  if (n && (is_possessive(d, n) ||
            (te - ts == 1 && n->kind != NLP_TOKEN_PUNCT &&
             !nlp_list_word_in(tok_word(d, n), NLP_LIST_ENTITIES_WORK_AFTER))))
    return 0;
  for (size_t k = ts; k < te; k++)
    if (d->toks[k].gaz)
      return 0;
  return 1;
}

/* Whether token k is a lower-case word of list l: a kind of work ("film",
** "album"), or of product ("browser"). */
static int kind_noun(const ner_doc_t *d, size_t k, int l) {
  return lower_word_in(d, &d->toks[k], l);
}

static int work_noun(const ner_doc_t *d, size_t k) {
  return kind_noun(d, k, NLP_LIST_ENTITIES_WORK_CUES);
}

/* Whether the name at ts after "the browser" (product_cues.txt) may be
** its product's: no given name first ("the phone Ann Lee uses"). */
static int product_name(const ner_doc_t *d, size_t ts) {
  return !d->toks[ts].given;
}

/* Whether token k is an opening double quote, straight or curly. */
static int open_quote(const ner_doc_t *d, size_t k) {
  return tok_is(d, &d->toks[k], "\"") || tok_is(d, &d->toks[k], "\xE2\x80\x9C");
}

/* Rule work_called: "called", "titled" or "entitled" (title_verbs.txt)
** after a kind of work at most four words before: "a song called ...", "a
** new film titled ...". (k: the token of "called"; s0: the sentence's
** first.) */
static int work_called(const ner_doc_t *d, size_t k, size_t s0) {
  if (d->toks[k].cap != NER_CAP_NONE ||
      !nlp_list_word_in(tok_word(d, &d->toks[k]),
                        NLP_LIST_ENTITIES_TITLE_VERBS))
    return 0;
  for (size_t j = k; j > s0 && j + 4 > k; j--)
    if (work_noun(d, j - 1))
      return 1;
  return 0;
}

/* Whether a word of list l, or one and a comma, is right before token k
** (k > s0): "the film Ray", "their third album, The Holy Bible". */
static int kind_before(const ner_doc_t *d, size_t k, size_t s0, int l) {
  return kind_noun(d, k - 1, l) ||
         (k >= s0 + 2 && tok_is(d, &d->toks[k - 1], ",") &&
          kind_noun(d, k - 2, l));
}

/* Rule work_role: "in" after an actor's part: "her role in Quiet
** Harbour", "starred in Paper Lanterns" (work_roles.txt). (k: the token
** of "in".) */
static int work_role(const ner_doc_t *d, size_t k, size_t s0) {
  return k > s0 && tok_is(d, &d->toks[k], "in") &&
         kind_noun(d, k - 1, NLP_LIST_ENTITIES_WORK_ROLES);
}

int work_frame(const ner_doc_t *d, size_t ts) {
  size_t s0 = d->toks[ts].sent_first, k = ts;
  /* a title in quotes: "the song "Blue Harbour"" */
  if (k > s0 && open_quote(d, k - 1))
    k--;
  if (k == s0)
    return FRAME_NONE;
  /* rules work_noun, work_appositive, work_called; product_frame */
  if (kind_before(d, k, s0, NLP_LIST_ENTITIES_WORK_CUES) ||
      work_called(d, k - 1, s0) || work_role(d, k - 1, s0))
    return FRAME_WORK;
  return kind_before(d, k, s0, NLP_LIST_ENTITIES_PRODUCT_CUES) ? FRAME_PRODUCT
                                                               : FRAME_NONE;
}

int after_work_cue(const ner_doc_t *d, size_t ts, size_t te) {
  int f = d->toks[ts].cap != NER_CAP_NONE ? work_frame(d, ts) : FRAME_NONE;
  if (f == FRAME_WORK && work_title(d, ts, te))
    return FRAME_WORK;
  if (f == FRAME_PRODUCT && product_name(d, ts))
    return FRAME_PRODUCT;
  return FRAME_NONE;
}

/* Whether the name at token ts follows a title, left out of the name or
** untagged: "Mr Yarra", "Aunt Toni". */
int after_title(const ner_doc_t *d, size_t ts) {
  return ts > d->toks[ts].sent_first &&
         (is_title(&d->toks[ts - 1]) ||
          nlp_list_word_in(tok_word(d, &d->toks[ts - 1]),
                           NLP_LIST_ENTITIES_KIN_TITLES));
}

/* A name one of whose mentions follows "the film", "the album", ... is a
** WORK_OF_ART; one after "the browser", ... a PRODUCT (the mentions
** follow it: relabel_mentions). */
void work_labels(nlp_entities_t *it) {
  for (size_t i = 0; i < it->nnames; i++) {
    name_t *a = &it->names[i];
    if (a->work && is_name_label(a->label) && a->label != NLP_LABEL_NORP)
      a->label =
          (a->work & FRAME_WORK) ? NLP_LABEL_WORK_OF_ART : NLP_LABEL_PRODUCT;
    else
      a->work = 0;
  }
}
