/*
** entities/labels.c: the OntoNotes label of a name span the tagger found
** with a CoNLL class (PER, LOC, ORG, MISC), from the gazetteer and word
** lists: LOC becomes GPE, LOC or FAC; MISC becomes NORP, EVENT or stays
** MISC; and rules for any class ("Hurricane Rita" is an EVENT, "Getty
** Images" an ORG, "the Gambling Bill" a LAW, "in Spanish" a LANGUAGE).
** refine() runs the rules for any class, then those of the span's class,
** in order (common_rules, per_rules, ...); the first rule that gives a
** label wins, else the class's default.
*/
#include "entities/entities_int.h"

#define NO_LABEL (-1) /* a rule that does not apply */

/* A span being labelled, with what the rules ask of it. */
typedef struct span_label {
  const ner_doc_t *d;
  size_t ts, te, n; /* its tokens, n = te - ts */
  int ty;           /* its CoNLL class (NER_TYPE_*) */
  const ner_tok_t *first, *last;
  const nlp_list_word *ll; /* the word lists of its last word */
  const nlp_list_word *fl; /* of its first word (first_lists) */
  int fl_known;            /* fl is set */
  size_t gaz;              /* ner_gaz_match at ts (SIZE_MAX: not asked yet) */
  unsigned bits;           /* and its bits */
} span_label_t;

/* The word lists of the span's first word (asked once). */
static const nlp_list_word *first_lists(span_label_t *s) {
  if (!s->fl_known) {
    s->fl = s->n > 1 ? tok_word(s->d, s->first) : s->ll;
    s->fl_known = 1;
  }
  return s->fl;
}

/* The length of the longest gazetteer name at the span's start (asked once). */
static size_t gaz_len(span_label_t *s) {
  if (s->gaz == SIZE_MAX)
    s->gaz = ner_gaz_match(s->d, s->ts, &s->bits);
  return s->gaz;
}

/* ---- rules for any class ------------------------------------------------ */

/* Software and devices: "Internet Explorer", "Adobe Acrobat" (not PER). */
static int product(span_label_t *s) {
  return s->ty != NER_TYPE_PER &&
                 nlp_list_word_in(span_word(s->d, s->ts, s->te),
                                  NLP_LIST_ENTITIES_PRODUCTS)
             ? NLP_LABEL_PRODUCT
             : NO_LABEL;
}

/* A place or MISC the gazetteer knows as an organisation: "Google". */
static int known_org(span_label_t *s) {
  return (s->ty == NER_TYPE_LOC || s->ty == NER_TYPE_MISC) &&
                 s->first->cap != NER_CAP_NONE && gaz_len(s) == s->n &&
                 (s->bits & NER_GAZ_ORG)
             ? NLP_LABEL_ORG
             : NO_LABEL;
}

/* One word after a person's title, tagged a place: "Senator Hatfield"; not
** "DR Congo" (a place the gazetteer knows). */
static int after_person_title(span_label_t *s) {
  const ner_doc_t *d = s->d;
  return s->n == 1 && s->ty != NER_TYPE_PER && s->first->cap == NER_CAP_TITLE &&
                 !(s->first->gaz & (NER_GAZ_COUNTRY | NER_GAZ_PLACE |
                                    NER_GAZ_REGION | NER_GAZ_ORG)) &&
                 s->ts > s->first->sent_first &&
                 d->toks[s->ts - 1].cap == NER_CAP_TITLE &&
                 nlp_list_word_in(tok_word(d, &d->toks[s->ts - 1]),
                                  NLP_LIST_ENTITIES_PERSON_TITLES)
             ? NLP_LABEL_PERSON
             : NO_LABEL;
}

/* A storm's kind first: "Hurricane Rita". */
static int storm(span_label_t *s) {
  return s->n > 1 &&
                 nlp_list_word_in(first_lists(s), NLP_LIST_ENTITIES_STORM_KINDS)
             ? NLP_LABEL_EVENT
             : NO_LABEL;
}

/* An era named by one word: "the Holocaust". */
static int era(span_label_t *s) {
  return s->n == 1 && s->first->cap == NER_CAP_TITLE &&
                 nlp_list_word_in(s->ll, NLP_LIST_ENTITIES_ERAS)
             ? NLP_LABEL_EVENT
             : NO_LABEL;
}

/* A last word that makes any name an organisation: "Getty Images". */
static int org_last(span_label_t *s) {
  return s->n > 1 && nlp_list_word_in(s->ll, NLP_LIST_ENTITIES_ORG_LAST)
             ? NLP_LABEL_ORG
             : NO_LABEL;
}

/* A last word that makes any name an event: "Gulf War". */
static int event_last(span_label_t *s) {
  return s->n > 1 && nlp_list_word_in(s->ll, NLP_LIST_ENTITIES_EVENT_LAST)
             ? NLP_LABEL_EVENT
             : NO_LABEL;
}

/* A law, bill or contract, of any class: "Gas Transportation Agreement",
** "the Gambling Bill". */
static int law_last(span_label_t *s) {
  return s->n > 1 && s->last->cap == NER_CAP_TITLE && !s->first->given &&
                 nlp_list_word_in(s->ll, NLP_LIST_ENTITIES_DEAL_LAST)
             ? NLP_LABEL_LAW
             : NO_LABEL;
}

/* A law word, "of", a name: "Treaty of Rome", "Act of Union". */
static int law_of(span_label_t *s) {
  return s->n > 2 && s->first->cap == NER_CAP_TITLE &&
                 tok_is(s->d, &s->d->toks[s->ts + 1], "of") &&
                 nlp_list_word_in(first_lists(s), NLP_LIST_ENTITIES_LAW_WORDS)
             ? NLP_LABEL_LAW
             : NO_LABEL;
}

/* Whether token k (< s1) is a lower-case word of list l. */
static int lower_in(const ner_doc_t *d, size_t k, size_t s1, int l) {
  return k < s1 && lower_word_in(d, &d->toks[k], l);
}

/* A language's name where a language is spoken, not its people's: after
** "in", "into", "speaks", "taught", ... (language_before.txt), or after
** "and"/"or" and such a language ("in English and Welsh"), and not before
** a noun it qualifies ("in French exports": the end, punctuation or a
** word of work_after.txt next). */
static int language_frame(span_label_t *s) {
  const ner_doc_t *d = s->d;
  size_t s0 = s->first->sent_first, s1 = s->first->sent_end, p = s->ts;
  if (s->n != 1 || p == s0 ||
      !nlp_list_word_in(s->ll, NLP_LIST_ENTITIES_LANGUAGES))
    return NO_LABEL;
  if (s->te < s1 && d->toks[s->te].kind != NLP_TOKEN_PUNCT &&
      !lower_in(d, s->te, s1, NLP_LIST_ENTITIES_WORK_AFTER))
    return NO_LABEL;
  if (p >= s0 + 3 && is_conj(d, &d->toks[p - 1]) &&
      nlp_list_word_in(tok_word(d, &d->toks[p - 2]),
                       NLP_LIST_ENTITIES_LANGUAGES))
    p -= 2;
  return lower_in(d, p - 1, s1, NLP_LIST_ENTITIES_LANGUAGE_BEFORE)
             ? NLP_LABEL_LANGUAGE
             : NO_LABEL;
}

/* The rules for any class, in order. */
static int common_rules(span_label_t *s) {
  int l;
  if ((l = product(s)) != NO_LABEL || (l = known_org(s)) != NO_LABEL ||
      (l = after_person_title(s)) != NO_LABEL || (l = storm(s)) != NO_LABEL ||
      (l = era(s)) != NO_LABEL || (l = org_last(s)) != NO_LABEL ||
      (l = event_last(s)) != NO_LABEL || (l = law_last(s)) != NO_LABEL ||
      (l = law_of(s)) != NO_LABEL || (l = language_frame(s)) != NO_LABEL)
    return l;
  return NO_LABEL;
}

/* ---- PER ------------------------------------------------------------------
 */

/* An institution nobody is named after: "Wilson Center". */
static int per_institution(span_label_t *s) {
  return s->n > 1 && nlp_list_word_in(s->ll, NLP_LIST_ENTITIES_INSTITUTIONS)
             ? NLP_LABEL_ORG
             : NO_LABEL;
}

/* A place or building word last and no given name first: "Ashtamudi Lake"
** (LOC), "Canyon Road" (FAC); not "Ricki Lake", "Carla A. Hills". */
static int per_place(span_label_t *s) {
  if (s->n > 1 && s->last->cap == NER_CAP_TITLE &&
      nlp_list_word_in(s->ll, NLP_LIST_ENTITIES_PLACE_LAST) && !s->first->given)
    return nlp_list_word_in(s->ll, NLP_LIST_ENTITIES_LOC_WORDS) ? NLP_LABEL_LOC
                                                                : NLP_LABEL_FAC;
  return NO_LABEL;
}

/* The rules for PER, in order; else a PERSON. */
static int per_rules(span_label_t *s) {
  int l;
  if ((l = per_institution(s)) != NO_LABEL || (l = per_place(s)) != NO_LABEL)
    return l;
  return NLP_LABEL_PERSON;
}

/* ---- ORG ------------------------------------------------------------------
 */

/* A country's name tagged ORG: "the USSR", "El Salvador beat Panama" (a
** national team is the country's). */
static int org_country(span_label_t *s) {
  return s->first->cap != NER_CAP_NONE && gaz_len(s) == s->n &&
                 (s->bits & NER_GAZ_COUNTRY) && !(s->bits & NER_GAZ_ORG)
             ? NLP_LABEL_GPE
             : NO_LABEL;
}

/* A building or street: "Met Garage", "Symphony Auditorium". */
static int org_facility(span_label_t *s) {
  return s->n > 1 && s->last->cap == NER_CAP_TITLE &&
                 nlp_list_word_in(s->ll, NLP_LIST_ENTITIES_FAC_LAST)
             ? NLP_LABEL_FAC
             : NO_LABEL;
}

/* A place word, "of", a name: "Sea of Japan", "Strait of Hormuz". */
static int org_place_of(span_label_t *s) {
  return s->n > 2 && tok_is(s->d, &s->d->toks[s->ts + 1], "of") &&
                 nlp_list_word_in(first_lists(s), NLP_LIST_ENTITIES_LOC_WORDS)
             ? NLP_LABEL_LOC
             : NO_LABEL;
}

/* The rules for ORG, in order; else an ORG. */
static int org_rules(span_label_t *s) {
  int l;
  if ((l = org_country(s)) != NO_LABEL || (l = org_facility(s)) != NO_LABEL ||
      (l = org_place_of(s)) != NO_LABEL)
    return l;
  return NLP_LABEL_ORG;
}

/* ---- LOC ------------------------------------------------------------------
 */

/* A region or natural feature, not a country or city: "Middle East". */
static int loc_region(span_label_t *s) {
  for (size_t i = s->ts; i < s->te; i++)
    if ((s->d->toks[i].gaz & NER_GAZ_REGION) &&
        !(s->d->toks[i].gaz & (NER_GAZ_COUNTRY | NER_GAZ_PLACE)))
      return NLP_LABEL_LOC;
  return NO_LABEL;
}

/* A place word last: "Mississippi River"; or first: "Mount Everest". */
static int loc_place_word(span_label_t *s) {
  return nlp_list_word_in(s->ll, NLP_LIST_ENTITIES_LOC_WORDS) ||
                 (s->n > 1 &&
                  nlp_list_word_in(first_lists(s), NLP_LIST_ENTITIES_LOC_WORDS))
             ? NLP_LABEL_LOC
             : NO_LABEL;
}

/* A building word last: "Heathrow Airport". */
static int loc_facility(span_label_t *s) {
  return nlp_list_word_in(s->ll, NLP_LIST_ENTITIES_FAC_WORDS) ? NLP_LABEL_FAC
                                                              : NO_LABEL;
}

/* An organisation word last: "Oxford University". */
static int loc_org(span_label_t *s) {
  return s->n > 1 && nlp_list_word_in(s->ll, NLP_LIST_ENTITIES_ORG_KIND_WORDS)
             ? NLP_LABEL_ORG
             : NO_LABEL;
}

/* The rules for LOC, in order; else a GPE. */
static int loc_rules(span_label_t *s) {
  int l;
  if ((l = loc_region(s)) != NO_LABEL || (l = loc_place_word(s)) != NO_LABEL ||
      (l = loc_facility(s)) != NO_LABEL || (l = loc_org(s)) != NO_LABEL)
    return l;
  return NLP_LABEL_GPE;
}

/* ---- MISC -----------------------------------------------------------------
 */

/* Capitalised words, no given name first, a place word last: "Crater
** Lake" (LOC), "Tower Bridge" (FAC), "the Ottoman Empire" (GPE). */
static int misc_place(span_label_t *s) {
  if (s->n <= 1 || s->last->cap != NER_CAP_TITLE ||
      s->first->cap == NER_CAP_NONE || s->first->given)
    return NO_LABEL;
  if (nlp_list_word_in(s->ll, NLP_LIST_ENTITIES_LOC_WORDS))
    return NLP_LABEL_LOC;
  if (nlp_list_word_in(s->ll, NLP_LIST_ENTITIES_PLACE_LAST))
    return NLP_LABEL_FAC;
  if (tok_is(s->d, s->last, "Empire") || tok_is(s->d, s->last, "Kingdom"))
    return NLP_LABEL_GPE;
  return NO_LABEL;
}

/* A nationality the gazetteer knows: "Mexican", "South Koreans". */
static int misc_demonym(span_label_t *s) {
  if (gaz_len(s) == s->n && (s->bits & NER_GAZ_DEMONYM))
    return NLP_LABEL_NORP;
  return s->n == 1 && (s->first->gaz & NER_GAZ_DEMONYM) ? NLP_LABEL_NORP
                                                        : NO_LABEL;
}

/* An event word last (event_last.txt or, for a MISC name, event_words.txt):
** "Cannes Film Festival", "French Open". */
static int misc_event(span_label_t *s) {
  return s->n > 1 && (nlp_list_word_in(s->ll, NLP_LIST_ENTITIES_EVENT_LAST) ||
                      nlp_list_word_in(s->ll, NLP_LIST_ENTITIES_EVENT_WORDS))
             ? NLP_LABEL_EVENT
             : NO_LABEL;
}

/* A plural or adjectival group name: "Republicans", "Democrats". */
static int misc_group(span_label_t *s) {
  const char *lw = s->d->text + s->last->bs;
  size_t lwn = s->last->be - s->last->bs;
  return s->n == 1 && lwn > 3 && s->first->cap == NER_CAP_TITLE &&
                 (!memcmp(lw + lwn - 3, "ans", 3) ||
                  !memcmp(lw + lwn - 3, "ese", 3) ||
                  !memcmp(lw + lwn - 3, "ish", 3) ||
                  !memcmp(lw + lwn - 2, "an", 2))
             ? NLP_LABEL_NORP
             : NO_LABEL;
}

/* The rules for MISC, in order; else MISC. */
static int misc_rules(span_label_t *s) {
  int l;
  if ((l = misc_place(s)) != NO_LABEL || (l = misc_demonym(s)) != NO_LABEL ||
      (l = misc_event(s)) != NO_LABEL || (l = misc_group(s)) != NO_LABEL)
    return l;
  return NLP_LABEL_MISC;
}

/* ---- the rules in order ------------------------------------------------- */

/* The label the rules give the span [ts, te) of CoNLL type ty. */
static int span_rules(const ner_doc_t *d, size_t ts, size_t te, int ty,
                      const nlp_list_word *ll) {
  span_label_t s;
  int l;
  s.d = d;
  s.ts = ts;
  s.te = te;
  s.n = te - ts;
  s.ty = ty;
  s.first = &d->toks[ts];
  s.last = &d->toks[te - 1];
  s.ll = ll;
  s.fl = 0;
  s.fl_known = 0;
  s.gaz = SIZE_MAX;
  s.bits = 0;
  l = common_rules(&s);
  if (l == NO_LABEL) {
    switch (ty) {
    case NER_TYPE_PER:
      l = per_rules(&s);
      break;
    case NER_TYPE_ORG:
      l = org_rules(&s);
      break;
    case NER_TYPE_LOC:
      l = loc_rules(&s);
      break;
    default:
      l = misc_rules(&s);
      break;
    }
  }
  return l;
}

/* Rule after the others: a MISC name ending in a number ("World Cup 2006",
** "PlayStation 3") takes the label the name before the number gets, when
** that is a kind of name that has numbers (label_has_numbers: "World Cup"
** an EVENT), else stays MISC (the rules would read
** "Ramadan" alone as a group, a NORP). */
static int numbered_name(const ner_doc_t *d, size_t ts, size_t te, int ty) {
  int l;
  if (te - ts < 2 || d->toks[te - 1].kind != NLP_TOKEN_NUMBER ||
      d->toks[te - 2].kind != NLP_TOKEN_WORD)
    return NLP_LABEL_MISC;
  l = span_rules(d, ts, te - 1, ty, tok_word(d, &d->toks[te - 2]));
  return label_has_numbers((nlp_label_t)l) ? l : NLP_LABEL_MISC;
}

/* The OntoNotes label of a tagged span of CoNLL type ty; ll: the word lists
** of its last word (tok_word). */
nlp_label_t refine(const ner_doc_t *d, size_t ts, size_t te, int ty,
                   const nlp_list_word *ll) {
  int l = span_rules(d, ts, te, ty, ll);
  if (l == NLP_LABEL_MISC)
    l = numbered_name(d, ts, te, ty);
  return (nlp_label_t)l;
}
