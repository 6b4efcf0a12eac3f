/* ner_model.h: the model struct and the tagging loop (internal). */
#ifndef NLP_NER_MODEL_H
#define NLP_NER_MODEL_H
#include "ner/ner.h"

struct nlp_model {
  const int16_t *w; /* [mask+1][NER_NTAGS] */
  uint32_t mask;
  float scale;
  void *owned; /* the copied bytes of a loaded model; NULL: built in */
  /* the sums of the fixed previous-tag features (ner_features_prev_fixed)
  ** of each previous tag (-1..8) and capitalisation key */
  int32_t prev_fixed[NER_NTAGS + 1][NER_PREV_KEYS][NER_NTAGS];
  /* the model for text without case information (all capitals, or no
  ** capital), trained on lower-cased text with the caseless features
  ** (ner_doc_t.caseless); NULL: this model reads such text too */
  const struct nlp_model *caseless;
  /* the model for text of the web's register (ner_doc_involved: reviews,
  ** mail, forums), trained on news and web text (tools/train_ner.sh); NULL:
  ** this model reads such text too */
  const struct nlp_model *web;
};

/* The built-in model (generated from data/ner.model at build time; w is
** NULL in a library built without one: -DNLP_NER_BUILTIN_MODEL=OFF). */
extern const nlp_model_t ner_builtin_model;

/* Tags every token of d (ner_decode, segment by segment):
** tags[0..d->ntoks). */
void ner_model_tag(const nlp_model_t *m, ner_doc_t *d, uint8_t *tags);

const char *nlp_label_example(nlp_label_t label);

#endif
