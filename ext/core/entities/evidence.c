/*
** entities/evidence.c: one entity, one label (issue 13 point 2). What the
** words around each mention of a name say about it (mention_cues, at emit
** time) is summed over the whole document, and a name the tagger called
** PERSON in some mentions and ORG in others, or PERSON throughout, takes the
** label its cues support ("Rover said its profits ..." makes every "Rover"
** of the text an ORG). The rules, in order:
**   org_word_after   "Rover shares", "Acme's shareholders", "Zorba Ltd"
**   org_word_before  "chief executive of Rover", "shares in Acme"
**   org_report       "Rover said its ...", "Acme said in a statement"
**   person_report    "Ames said he ...", "Ames told her ..."
**   person_age       "Ames, 45, said ..."
**   org_noun_before  "carmaker Rover", "the band Keane"
**   org_which        "Rover, which ..."
**   (a title before a PERSON mention, "Mr Ames", is a person's cue too)
*/
#include "entities/entities_int.h"

/* Whether token k (< s1) is in word list l. */
static int word_in(const ner_doc_t *d, size_t k, size_t s1, int l) {
  return k < s1 && nlp_list_word_in(tok_word(d, &d->toks[k]), l);
}

/* Whether token k (< s1) is the lower-case word w. */
static int word_is(const ner_doc_t *d, size_t k, size_t s1, const char *w) {
  return k < s1 && tok_is(d, &d->toks[k], w);
}

/* Rule org_word_after: a company's word right after the name or its
** possessive: "Rover shares", "Acme's shareholders", "Zorba Ltd". (wte:
** the lists of token te, the word after the name.) */
static int org_word_after(const ner_doc_t *d, size_t te, size_t s1,
                          const nlp_list_word *wte) {
  if (te < s1 &&
      (is_possessive(d, &d->toks[te]) || tok_is_apostrophe(d, &d->toks[te])))
    return word_in(d, te + 1, s1, NLP_LIST_ENTITIES_ORG_CUES_AFTER);
  return nlp_list_word_in(wte, NLP_LIST_ENTITIES_ORG_CUES_AFTER);
}

/* Rule org_word_before: a company's word, then "of", "in" or "at", then the
** name: "chief executive of Rover", "shares in Acme". */
static int org_word_before(const ner_doc_t *d, size_t ts, size_t s0) {
  return ts >= s0 + 2 &&
         (tok_is(d, &d->toks[ts - 1], "of") ||
          tok_is(d, &d->toks[ts - 1], "in") ||
          tok_is(d, &d->toks[ts - 1], "at")) &&
         word_in(d, ts - 2, ts, NLP_LIST_ENTITIES_ORG_CUES_BEFORE);
}

/* Rule org_report: "its" after the name's reporting verb or "and", or "said
** in a statement": "Rover said its ...", "Acme and its owner" (not after a
** comma: "Ada Okafor, its chief"). */
static int org_report(const ner_doc_t *d, size_t te, size_t s1,
                      const nlp_list_word *wte) {
  size_t k = te;
  if (!nlp_list_word_in(wte, NLP_LIST_ENTITIES_REPORT_VERBS) &&
      !word_is(d, k, s1, "and"))
    return 0;
  if (word_is(d, k + 1, s1, "its"))
    return 1;
  return word_is(d, k + 1, s1, "in") && word_is(d, k + 2, s1, "a") &&
         word_is(d, k + 3, s1, "statement");
}

/* Rule person_report: "he", "she", "his" or "her" after the name's
** reporting verb: "Ames said he ...", "Ames told her ...". */
static int person_report(const ner_doc_t *d, size_t te, size_t s1,
                         const nlp_list_word *wte) {
  return nlp_list_word_in(wte, NLP_LIST_ENTITIES_REPORT_VERBS) &&
         word_in(d, te + 1, s1, NLP_LIST_ENTITIES_PERSON_PRONOUNS);
}

/* Rule person_age: an age between commas after the name: "Ames, 45,". */
static int person_age(const ner_doc_t *d, size_t te, size_t s1) {
  const ner_tok_t *n = te + 1 < s1 ? &d->toks[te + 1] : NULL;
  return n && word_is(d, te, s1, ",") && n->kind == NLP_TOKEN_NUMBER &&
         n->be - n->bs == 2 && word_is(d, te + 2, s1, ",");
}

/* Rule org_noun_before: a lower-case noun for a company, band or team
** right before the name: "carmaker Rover", "the band Keane". */
static int org_noun_before(const ner_doc_t *d, size_t ts, size_t s0) {
  return ts > s0 &&
         lower_word_in(d, &d->toks[ts - 1], NLP_LIST_ENTITIES_ORG_NOUNS);
}

/* Rule org_which: "which" after the name and a comma: "Rover, which
** ..." (no person). */
static int org_which(const ner_doc_t *d, size_t te, size_t s1) {
  return word_is(d, te, s1, ",") && word_is(d, te + 1, s1, "which");
}

int mention_cues(const ner_doc_t *d, size_t ts, size_t te) {
  size_t s0 = d->toks[ts].sent_first, s1 = d->toks[ts].sent_end;
  /* the word after the name, looked up once for the rules that ask */
  const nlp_list_word *wte = te < s1 ? tok_word(d, &d->toks[te]) : NULL;
  int cues = 0;
  if (org_word_after(d, te, s1, wte) || org_word_before(d, ts, s0) ||
      org_report(d, te, s1, wte) || org_noun_before(d, ts, s0) ||
      org_which(d, te, s1))
    cues |= CUE_ORG;
  if (person_report(d, te, s1, wte) || person_age(d, te, s1))
    cues |= CUE_PERSON;
  return cues;
}

void name_cues(name_t *a, const row_t *e) {
  a->org_cues += (e->cues & CUE_ORG) != 0;
  /* a title is a person's cue when the mention's rules kept it a person
  ** ("Mr Ames"; not "Mr. Microsoft", a known organisation) */
  a->person_cues +=
      (e->cues & CUE_PERSON) || (e->titled && e->label == NLP_LABEL_PERSON);
}

/* Whether one-word name i is the last word of a longer ORG ("Rover" of
** "MG Rover"). */
static int ends_org(const nlp_entities_t *it, const cx_t *c, size_t i) {
  for (size_t e = cx_longer_suffix(c, i); e != NONE; e = c->lnext[e])
    if (it->names[c->lname[e]].label == NLP_LABEL_ORG)
      return 1;
  return 0;
}

void evidence_labels(nlp_entities_t *it, const cx_t *c) {
  for (size_t i = 0; i < it->nnames; i++) {
    name_t *a = &it->names[i];
    unsigned org = a->org_cues, per = a->person_cues;
    if ((a->label != NLP_LABEL_PERSON && a->label != NLP_LABEL_ORG) ||
        a->to_person || a->to_place || a->to_event || a->work || a->acronym_of)
      continue;
    if (a->nwords == 1 && ends_org(it, c, i))
      org++;
    if (org > per &&
        (a->label == NLP_LABEL_PERSON ||
         a->votes[NLP_LABEL_PERSON] + a->cvotes[NLP_LABEL_PERSON])) {
      a->label = NLP_LABEL_ORG;
      a->to_org = 1;
    } else if (per > org && a->label == NLP_LABEL_ORG) {
      a->label = NLP_LABEL_PERSON;
      a->to_person = 1;
    }
  }
}
