/*
** entities/numbers.c: the numeric and temporal entities of a sentence
** (nlp_numex_find, numex/numex.h) merged with its names in text order: a
** name wins over a number it overlaps, except a MISC name, a bare DATE
** word or a holiday inside the number ("Christmas Eve"); a MONEY keeps the
** amount before a name inside it ("300 mln" of "300 mln Swiss francs"); a
** number of a name is dropped ("Halo 2"), also one the tagger took into a
** MISC name ("Euro 2004"); their DATE and TIME values are placed on the
** calendar (resolve_times, numex/timeline.c).
*/
#include <stdlib.h>

#include "text/alloc.h"
#include "text/wordset.h"
#include "entities/entities_int.h"

#define NUMEX_STACK 64 /* numeric entities of a sentence kept on the stack */
#define NAMES_STACK 16 /* names of a sentence copied to the stack */

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

/* The end of an age written as one hyphenated word, as OntoNotes spans it:
** the number alone ("[26]-year-old", "[101]-year-olds", "[six]-month-old"
** stays whole: a number in words keeps its word); else be. */
static size_t age_end(const char *text, size_t bs, size_t be,
                      nlp_label_t label) {
  size_t k = bs;
  if (label != NLP_LABEL_DATE)
    return be;
  while (k < be &&
         ((text[k] >= '0' && text[k] <= '9') || (text[k] == ',' && k > bs)))
    k++;
  if (k == bs || k + 1 >= be || text[k] != '-' ||
      !nlp_list_has(NLP_LIST_NUMEX_AGE_UNITS, text + k + 1, be - k - 1))
    return be;
  return k;
}

/* The entity of the numeric entity x of the sentence [s0, s1): its whole
** span, as OntoNotes has it ("more than 11,000", "the past decade"), its
** label, value and qualifier ("more_than"). */
static ent_t numex_ent(const ner_doc_t *d, const nlp_token_t *buf, size_t s0,
                       size_t s1, const nlp_numex_t *x) {
  ent_t e = ent_of_tokens(d, x->tok_start + s0, x->tok_end + s0);
  e.label = (unsigned)x->label < sizeof NUMEX_LABELS / sizeof NUMEX_LABELS[0]
                ? NUMEX_LABELS[x->label]
                : NLP_LABEL_CARDINAL;
  memcpy(e.value, x->value, sizeof e.value);
  e.value[sizeof e.value - 1] = 0;
  e.qualifier = nlp_numex_qualifier(d->text, buf, s1 - s0, x);
  e.be = age_end(d->text, e.bs, e.be, e.label);
  return e;
}

/* Whether token xs follows the word "version" ("version 7.60"): a
** version number is no CARDINAL. */
static int after_version(const ner_doc_t *d, size_t s0, size_t xs) {
  const char *w;
  if (xs <= s0 || d->toks[xs - 1].be - d->toks[xs - 1].bs != 7)
    return 0;
  w = d->text + d->toks[xs - 1].bs;
  for (size_t k = 0; k < 7; k++)
    if ((w[k] | 0x20) != "version"[k])
      return 0;
  return 1;
}

/* Whether the numeric entity x at token xs can be a name's number: one
** number token, no slash (odds, dates), a cardinal or a year. */
static int name_number_shape(const ner_doc_t *d, size_t xs,
                             const nlp_numex_t *x) {
  int year = x->label == NLP_NUMEX_DATE && strlen(x->value) == 4;
  return x->tok_end == x->tok_start + 1 &&
         d->toks[xs].kind == NLP_TOKEN_NUMBER &&
         !memchr(d->text + d->toks[xs].bs, '/',
                 d->toks[xs].be - d->toks[xs].bs) &&
         (x->label == NLP_NUMEX_CARDINAL || year);
}

/* Whether the numeric entity x, one number token at xs, is the number of
** the name before it ("Halo 2", "Windows 11", "Firefox 1.0", "Parliament
** Act 1949"): OntoNotes puts it inside the name, so it is no CARDINAL or
** DATE of its own. prev is the name before it or NULL: a product, work,
** event, law, facility or MISC, not a team's score ("Bath 56 Sale 31") nor
** a person's minute ("Cisse 76"); a version (a decimal) after any name but
** a person's ("Firefox 1.0"); not odds ("The Aviator 4/9"). */
static int number_of_name(const ner_doc_t *d, size_t s0, const ent_t *prev,
                          size_t xs, const nlp_numex_t *x) {
  if (xs <= s0 || !name_number_shape(d, xs, x))
    return 0;
  if (x->label == NLP_NUMEX_CARDINAL && after_version(d, s0, xs))
    return 1; /* version 1.0: a name's number, no amount */
  if (!prev || prev->te != xs)
    return 0;
  if (x->label == NLP_NUMEX_CARDINAL &&
      memchr(d->text + d->toks[xs].bs, '.', d->toks[xs].be - d->toks[xs].bs))
    return prev->label != NLP_LABEL_PERSON; /* a version: Firefox 1.0 */
  return label_has_numbers(prev->label) || prev->label == NLP_LABEL_MISC;
}

/* Whether the numeric entity x, one number token at xs inside the MISC
** name e after its first word, is the name's own number ("Euro 2004"
** tagged whole), where merge would let the number win. (A name of another
** label wins over its number anyway: "World Cup 2006", an EVENT by
** labels.c numbered_name.) */
static int number_in_name(const ner_doc_t *d, const ent_t *e, size_t xs,
                          const nlp_numex_t *x) {
  return e->label == NLP_LABEL_MISC && name_number_shape(d, xs, x);
}

/* Appends names[0..nnames) and the numeric entities nx[0..nn) of the
** sentence [s0, s1) to it->ents in text order; a name's own number
** (number_of_name, number_in_name) goes; of two others that overlap, the
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
    } else if (number_of_name(d, s0, a ? &names[a - 1] : NULL, xs, &nx[b]) &&
               (a >= nnames || xe <= names[a].ts)) {
      b++; /* "Halo 2": part of the name */
    } else if (a >= nnames || xe <= names[a].ts) {
      ent_t e = numex_ent(d, buf, s0, s1, &nx[b++]);
      rc = ent_push(it, &e);
    } else if (names[a].ts < xs && xe <= names[a].te &&
               number_in_name(d, &names[a], xs, &nx[b])) {
      b++; /* "Euro 2004" tagged whole: the MISC name's number */
    } else if (names[a].label == NLP_LABEL_MISC ||
               names[a].label == NLP_LABEL_DATE ||
               (nx[b].label == NLP_NUMEX_DATE && names[a].ts == xs &&
                names[a].te <= xe &&
                nlp_numex_is_holiday(d->text + d->toks[xs].bs,
                                     d->toks[xs].be - d->toks[xs].bs))) {
      a++; /* overlap: the number wins ("Christmas Eve": a holiday) */
    } else if (nx[b].label == NLP_NUMEX_MONEY && names[a].ts > xs &&
               names[a].te < xe) {
      /* "300 mln Swiss francs": the name, and the amount before it keeps
      ** the MONEY and its value */
      nlp_numex_t cut = nx[b++];
      ent_t e;
      cut.tok_end = names[a].ts - s0;
      e = numex_ent(d, buf, s0, s1, &cut);
      rc = ent_push(it, &e);
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
  ent_t names_stack[NAMES_STACK], *names = names_stack;
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
  if (nnames > NAMES_STACK)
    names = nlp_mem_malloc(nnames * sizeof *names);
  if (!names) {
    if (nx != stack)
      nlp_mem_free(nx);
    return NLP_ENOMEM;
  }
  if (nnames)
    memcpy(names, it->ents + first, nnames * sizeof *names);
  it->n = first;
  rc = merge(it, d, buf, s0, s1, names, nnames, nx, nn);
  if (names != names_stack)
    nlp_mem_free(names);
  if (nx != stack)
    nlp_mem_free(nx);
  return rc;
}

/* Whether e is a DATE or a TIME. */
static int is_timex(const row_t *e) {
  return e->label == NLP_LABEL_DATE || e->label == NLP_LABEL_TIME;
}

/* vals_edit_fn of resolve_times: a DATE or TIME placed on the timeline. */
static int place_time(nlp_entities_t *it, const row_t *e, const char *v,
                      char *out, void *ctx) {
  (void)it;
  if (!is_timex(e))
    return 0;
  memcpy(out, v, e->vlen + 1u);
  nlp_timeline_step(ctx, e->sentence, out);
  out[NLP_NUMEX_VALUE_MAX - 1] = 0;
  return 1;
}

int resolve_times(nlp_entities_t *it, const char *ref) {
  nlp_timeline_t tl;
  size_t vpos = 0;
  int rc;
  nlp_timeline_init(&tl, ref);
  for (size_t k = 0; k < it->nrows; k++) {
    const char *v = row_value(it, row_at(it, k), &vpos);
    if (is_timex(row_at(it, k)))
      nlp_timeline_offer(&tl, it->text, it->len, row_at(it, k)->bs,
                         row_at(it, k)->be, v);
  }
  nlp_timeline_start(&tl);
  if ((rc = vals_rewrite(it, place_time, &tl)) != NLP_OK)
    return rc;
  memcpy(it->ref_date, tl.ref.date, sizeof it->ref_date);
  return NLP_OK;
}

/* The code the places and nationalities of the text give the open MONEY
** value v ("?franc"): the one they agree on, or NULL. */
static const char *story_currency(const nlp_entities_t *it, const char *v) {
  const char *code = NULL;
  for (size_t k = 0; k < it->nrows; k++) {
    const row_t *p = row_at(it, k);
    const char *c;
    if (p->label != NLP_LABEL_GPE && p->label != NLP_LABEL_NORP)
      continue;
    c = nlp_numex_place_currency(v, it->text + p->bs, p->be - p->bs);
    if (c && code && strcmp(c, code) != 0)
      return NULL; /* French and Swiss: no guess */
    if (c)
      code = c;
  }
  return code;
}

#define MONEY_KINDS                                                            \
  4 /* open currencies a text asks about: franc, peso, crown */

/* What close_money asks and remembers: the open kinds of the text so far
** ("?franc") and the code the story gives each. */
typedef struct money_kinds {
  char kind[MONEY_KINDS][16]; /* copies: closing rewrites the value */
  const char *code[MONEY_KINDS];
  size_t nk;
} money_kinds_t;

/* The value of an open MONEY ("40000000 ?franc", v) closed with the code
** the story gives its kind, into value (NLP_NUMEX_VALUE_MAX bytes); a kind
** not asked before asks the places of the text once (mk). */
static void close_money(const nlp_entities_t *it, const char *v, char *value,
                        money_kinds_t *mk) {
  const char *q = strchr(v, '?');
  size_t j;
  memcpy(value, v, strlen(v) + 1);
  for (j = 0; j < mk->nk && strcmp(mk->kind[j], q) != 0; j++)
    ;
  if (j == mk->nk && mk->nk < MONEY_KINDS && strlen(q) < sizeof mk->kind[0]) {
    memcpy(mk->kind[mk->nk], q, strlen(q) + 1);
    mk->code[mk->nk++] = story_currency(it, v);
  }
  nlp_numex_money_close(value, j < mk->nk ? mk->code[j] : NULL);
}

/* vals_edit_fn of resolve_money: an open MONEY ("?franc") closed. */
static int close_open_money(nlp_entities_t *it, const row_t *e, const char *v,
                            char *out, void *ctx) {
  if (!(e->label == NLP_LABEL_MONEY && nlp_numex_money_open(v)))
    return 0;
  close_money(it, v, out, ctx);
  return 1;
}

int resolve_money(nlp_entities_t *it) {
  /* each kind asks the places once: linear in the entities */
  money_kinds_t mk;
  mk.nk = 0;
  return vals_rewrite(it, close_open_money, &mk);
}
