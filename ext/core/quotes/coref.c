/*
** coref.c: who "he", "she", "they" or "I" is, as the subject of a
** reporting verb. In order (quotes_pronoun_speaker):
**   1. he/she: a person just brought in as the subject of a sentence, whose
**      gender fits (mention_antecedent);
**   2. he/she: an unnamed one-person speaker just before, "a spokesman"
**      (role_antecedent);
**   3. the most recent speaker that fits, else the most recent full name
**      (quotes_recent_speaker).
*/
#include <string.h>

#include "quotes/quotes_int.h"

/* he -> PRON_HE, she -> PRON_SHE, I -> PRON_NAMED, they/we/it -> PRON_ANY. */
int quotes_is_pronoun(const tok_t *t, const unsigned char *text, enum pron *p) {
  if (tok_in(t, NLP_LIST_QUOTES_PRONOUNS_SINGULAR)) {
    *p = (t->e - t->s == 1)                         ? PRON_NAMED
         : (text[t->s] == 's' || text[t->s] == 'S') ? PRON_SHE
                                                    : PRON_HE;
    return 1;
  }
  if (tok_in(t, NLP_LIST_QUOTES_PRONOUNS_OTHER)) {
    *p = PRON_ANY;
    return 1;
  }
  return 0;
}

/* What sp[0..n) was last called: "he", "she", or not known. */
static enum gender gender_of(nlp_quotes_t *it, const char *sp, size_t n) {
  size_t m = it->ngenders < NAMES_MAX ? it->ngenders : NAMES_MAX;
  for (size_t j = 0; j < m; j++) {
    const gender_seen_t *g = &it->genders[(it->ngenders - 1 - j) % NAMES_MAX];
    if (g->n == n && memcmp(g->p, sp, n) == 0)
      return g->g;
  }
  return GENDER_UNKNOWN;
}

/* What is known of the gender of the name sp[0..n): a pronoun used for
** it, else its given name. */
static enum gender known_gender(nlp_quotes_t *it, const char *sp, size_t n) {
  enum gender g = gender_of(it, sp, n);
  return g != GENDER_UNKNOWN ? g : quotes_given_name_gender(sp, n);
}

/* Whether the gender g is not known or is the one the pronoun p asks. */
static int gender_fits(enum gender g, enum pron p) {
  return g == GENDER_UNKNOWN || (int)g == (int)p;
}

/* Remembers that sp[0..n) was called "he" or "she" (p), for the pronouns
** after. */
void quotes_set_gender(nlp_quotes_t *it, const char *sp, size_t n,
                       enum pron p) {
  gender_seen_t *e;
  enum gender g = p == PRON_HE    ? GENDER_MALE
                  : p == PRON_SHE ? GENDER_FEMALE
                                  : GENDER_UNKNOWN;
  if (!sp || g == GENDER_UNKNOWN || gender_of(it, sp, n) == g)
    return;
  e = &it->genders[it->ngenders++ % NAMES_MAX];
  e->p = sp, e->n = n, e->g = g;
}

/* Whether the speaker of e fits the pronoun p. */
static int fits(nlp_quotes_t *it, const event_t *e, enum pron p) {
  if (p == PRON_ANY)
    return 1;
  if (!e->named)
    return 0;
  return p == PRON_NAMED || gender_fits(known_gender(it, e->sp, e->splen), p);
}

/* No speaker yet: the most recent full name of a person before token pos
** that fits p. */
static int recent_full_name(nlp_quotes_t *it, size_t pos, enum pron p,
                            event_t *out) {
  size_t n = it->nnames < NAMES_MAX ? it->nnames : NAMES_MAX;
  const unsigned char *at =
      pos < it->ntoks ? it->text + it->toks[pos].s : it->end;
  for (size_t j = 0; j < n; j++) {
    const name_t *nm = &it->names[(it->nnames - 1 - j) % NAMES_MAX];
    if ((const unsigned char *)nm->p < at && quotes_person_like(nm->p, nm->n) &&
        (p == PRON_NAMED || gender_fits(known_gender(it, nm->p, nm->n), p))) {
      out->pos = pos;
      out->ms = out->me = 0;
      out->sp = nm->p;
      out->splen = nm->n;
      out->named = 1;
      return 1;
    }
  }
  return 0;
}

/* The most recent speaker before token pos that fits p: of the last
** REACH_EVENTS reporting verbs of the block, else carried from the blocks
** before. */
int quotes_recent_speaker(nlp_quotes_t *it, size_t pos, enum pron p,
                          event_t *out) {
  size_t lo = quotes_event_at(it, pos), steps = 0;
  while (lo > 0 && steps < REACH_EVENTS) {
    lo--, steps++;
    if (fits(it, &it->ev[lo], p)) {
      *out = it->ev[lo];
      return 1;
    }
  }
  if (p != PRON_ANY && it->has_last_named && fits(it, &it->last_named, p)) {
    *out = it->last_named;
    return 1;
  }
  if (p != PRON_ANY)
    return recent_full_name(it, pos, p, out);
  if (it->has_last_any) {
    *out = it->last_any;
    return 1;
  }
  return 0;
}

/* Whether the mention [a, b) reads as the subject of its clause: a
** lower-case word that is not a preposition or a conjunction follows it,
** after an apposition between commas if any ("Lee, the coach, said"). */
static int subject_like(const nlp_quotes_t *it, size_t a, size_t b) {
  const tok_t *t = it->toks;
  size_t k = b;
  if (a > 0 &&
      (tok_in_fold(&t[a - 1], NLP_LIST_QUOTES_DETERMINERS_BEFORE_NOUN) ||
       tok_in(&t[a - 1], NLP_LIST_QUOTES_PREPOSITIONS)))
    return 0; /* "the Tory plans", "with Mr Blair" */
  if (k + 1 < it->ntoks && t[k].cp == ',' &&
      !(t[k + 1].type == T_WORD && (t[k + 1].flags & F_LOWER) &&
        !tok_in(&t[k + 1], NLP_LIST_QUOTES_NOT_AFTER_SUBJECT))) {
    /* "Lee, the coach, said"; but "One woman, Ann Lee, found" */
    size_t steps = 0;
    k++;
    while (k < it->ntoks && t[k].cp != ',' && !(t[k].flags & F_TERM) &&
           steps < REACH_COMMA)
      k++, steps++;
    if (k >= it->ntoks || t[k].cp != ',')
      return 0;
    k++;
  } else if (k < it->ntoks && t[k].cp == ',')
    k++;
  return k < it->ntoks && t[k].type == T_WORD && (t[k].flags & F_LOWER) &&
         !(t[k].flags & F_INQ) &&
         !tok_in(&t[k], NLP_LIST_QUOTES_NOT_AFTER_SUBJECT);
}

/* Whether the mention [a, ...) of entity j is the first person of its
** sentence, with no reporting verb or "that" before it: "McClaren
** praised Mark Viduka, who" and "he said Mr Blair had" are not. */
static int opens_sentence(const nlp_quotes_t *it, size_t a, size_t j) {
  const tok_t *t = it->toks;
  size_t k = a, steps = 0;
  while (k > 0 && steps < REACH_SENTENCE) {
    const tok_t *w = &t[k - 1];
    if ((w->flags & F_TERM) && !(w->flags & F_INQ))
      break;
    k--, steps++;
    if (w->flags & F_INQ)
      continue;
    if (!(w->flags & F_CAP) && (tok_in(w, NLP_LIST_QUOTES_SPEECH_VERBS) ||
                                tok_in(w, NLP_LIST_QUOTES_FRAME_VERBS) ||
                                word_eq(w, it->text, "that")))
      return 0;
  }
  if (k > 0 && steps >= REACH_SENTENCE)
    return 0;
  return j == 0 || it->pe[j - 1].e <= t[k].s;
}

/* Gender evidence for the PERSON mention [a, b) with canonical name
** c[0..n): a title ("Mrs Hale"), "his"/"her" right after it, what is
** already known of the name. */
static enum gender mention_gender(nlp_quotes_t *it, size_t a, size_t b,
                                  const char *c, size_t n) {
  const tok_t *t = it->toks;
  enum gender g;
  for (size_t k = a > 0 ? a - 1 : a; k < b; k++) {
    if (tok_in(&t[k], NLP_LIST_QUOTES_TITLES_MALE))
      return GENDER_MALE;
    if (tok_in(&t[k], NLP_LIST_QUOTES_TITLES_FEMALE))
      return GENDER_FEMALE;
  }
  g = known_gender(it, c, n);
  if (g != GENDER_UNKNOWN)
    return g;
  for (size_t k = b; k < it->ntoks && k < b + 3; k++) {
    if (tok_in_fold(&t[k], NLP_LIST_QUOTES_HE_WORDS))
      return GENDER_MALE;
    if (tok_in_fold(&t[k], NLP_LIST_QUOTES_SHE_WORDS))
      return GENDER_FEMALE;
    if (t[k].flags & F_TERM)
      break;
  }
  return GENDER_UNKNOWN;
}

/* The first PERSON mention of the block at or after byte b. */
static size_t mention_at(const nlp_quotes_t *it, size_t b) {
  return NLP_FIRST_AT(it->pe, it->npe, pent_t, s, b);
}

/* Sentence ends (outside quotes) in the tokens [b, v), counted up to 3. */
static size_t ends_between(const nlp_quotes_t *it, size_t b, size_t v) {
  size_t terms = 0;
  for (size_t k = b; k < v && terms <= 2; k++)
    if ((it->toks[k].flags & F_TERM) && !(it->toks[k].flags & F_INQ))
      terms++;
  return terms;
}

/* Whether a mention of unknown gender may be "he"/"she" p: only when the
** last speaker (last, if has_last) cannot be meant. */
static int unknown_may_be(nlp_quotes_t *it, int has_last, const event_t *last,
                          enum pron p) {
  enum gender lg;
  if (!has_last || !last->named)
    return 0;
  lg = known_gender(it, last->sp, last->splen);
  return !gender_fits(lg, p);
}

/* "he"/"she" (p) as subject of the verb v: the person most
** recently brought in as the subject of a sentence, when that happened
** after the last reporting verb, in this or the previous sentence, and
** the pronoun fits. Returns 1 and fills out; 0 to fall back on the
** speakers. */
static int mention_antecedent(nlp_quotes_t *it, size_t v, enum pron pr,
                              event_t *out) {
  const tok_t *t = it->toks;
  event_t last = {0, NULL, 0, 0, 0, 0};
  size_t floor_tok = 0;
  int has_last = quotes_event_before(it, v, &last);
  if (has_last)
    floor_tok = last.pos + 1;
  for (size_t j = mention_at(it, t[v].s); j > 0; j--) {
    const pent_t *p = &it->pe[j - 1];
    const char *c = it->parena + p->off;
    size_t a = quotes_tok_at(it, p->s), b = quotes_tok_at(it, p->e), terms;
    enum gender g;
    if (a < floor_tok || a >= v)
      return 0;
    if (t[a].flags & F_INQ)
      continue;
    terms = ends_between(it, b, v);
    if (terms > 2)
      return 0; /* up to two sentences back */
    if (!subject_like(it, a, b) || !opens_sentence(it, a, j - 1))
      continue;
    g = mention_gender(it, a, b, c, p->len);
    if (pr != PRON_ANY && !gender_fits(g, pr))
      continue;
    if (g == GENDER_UNKNOWN && pr != PRON_ANY &&
        (terms > 1 || !unknown_may_be(it, has_last, &last, pr)))
      return 0;
    if (pr == PRON_ANY) /* a quote's speaker: the mention is its source */
      out->ms = p->s, out->me = p->e;
    out->pos = v;
    out->sp = quotes_intern(it, c, p->len);
    if (!out->sp)
      return 0;
    out->splen = p->len;
    out->named = 1;
    return 1;
  }
  return 0;
}

/* "he"/"she" after an unnamed speaker who is one person: "A spokesman
** said ... [quote] he said." The last reporting verb of the block, in
** this or the previous sentence, with a subject whose last word is a
** singular role of the right gender. */
static int role_antecedent(nlp_quotes_t *it, size_t v, enum pron p,
                           event_t *out) {
  event_t last;
  size_t w, terms = 0;
  const char *wp;
  if (!quotes_event_before(it, v, &last) || last.named || !last.sp ||
      last.splen == 0)
    return 0;
  for (size_t k = last.pos + 1; k < v && terms <= 1; k++)
    if ((it->toks[k].flags & F_TERM) && !(it->toks[k].flags & F_INQ))
      terms++;
  if (terms > 1)
    return 0;
  w = last.splen;
  while (w > 0 && last.sp[w - 1] != ' ')
    w--;
  wp = last.sp + w;
  if (!nlp_list_has(NLP_LIST_QUOTES_ROLE_NOUNS, wp, last.splen - w))
    return 0;
  if (nlp_list_has(p == PRON_HE ? NLP_LIST_QUOTES_ROLES_FEMALE
                                : NLP_LIST_QUOTES_ROLES_MALE,
                   wp, last.splen - w))
    return 0;
  *out = last;
  out->pos = v;
  return 1;
}

/* The person a pronoun subject of the verb v stands for: rules 1 to 3 at
** the top of this file, in order. */
int quotes_pronoun_speaker(nlp_quotes_t *it, size_t v, enum pron p,
                           event_t *out) {
  out->ms = out->me = 0; /* rules 1 and 3 know no mention */
  if ((p == PRON_HE || p == PRON_SHE) &&
      (mention_antecedent(it, v, p, out) || role_antecedent(it, v, p, out)))
    return 1;
  return quotes_recent_speaker(it, v, p, out);
}

int quotes_subject_speaker(nlp_quotes_t *it, size_t v, event_t *out) {
  return mention_antecedent(it, v, PRON_ANY, out);
}
