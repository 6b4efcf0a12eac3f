/*
** entities/acronyms.c: an acronym in brackets right after a name whose
** initials it spells ("the Budapest Stock Exchange (BSE)"): tagged as the
** name is (acronym_tags, a rule of retag.c), and given the name's
** canonical name (acronym_links, for names.c).
*/
#include "entities/entities_int.h"

/* Whether the capitals a[0..an) are the initials of capitalised words of
** the name s[0..n), in order, the first word's first ("Budapest Stock
** Exchange": BSE; "Organisation of Islamic Conference": OIC). */
static int initials_of(const char *s, size_t n, const char *a, size_t an) {
  size_t k = 0;
  for (size_t i = 0; i < n && k < an; i++) {
    if (i > 0 && s[i - 1] != ' ' && s[i - 1] != '-')
      continue; /* not a word's first byte */
    if (s[i] < 'A' || s[i] > 'Z')
      continue;
    if (s[i] == a[k])
      k++;
    else if (k == 0)
      return 0;
  }
  return k == an;
}

/* "the Budapest Stock Exchange (BSE)": an acronym in brackets right after a
** name whose initials it spells is a name of the same type. */
void acronym_tags(const ner_doc_t *d, uint8_t *tags, size_t s0, size_t s1) {
  for (size_t k = s0 + 1; k + 2 < s1; k++) {
    const ner_tok_t *a = &d->toks[k + 1];
    size_t ts = k - 1, n = a->be - a->bs;
    if (!tok_is(d, &d->toks[k], "(") || tags[k - 1] == NER_O ||
        tags[k] != NER_O || a->cap != NER_CAP_UPPER ||
        a->kind != NLP_TOKEN_WORD || n < 2 || n > 8 ||
        !tok_is(d, &d->toks[k + 2], ")"))
      continue;
    if (tags[k + 1] != NER_O && NER_TAG_TYPE(tags[k + 1]) != NER_TYPE_MISC)
      continue;
    while (ts > s0 && !NER_TAG_IS_B(tags[ts]))
      ts--;
    if (!initials_of(d->text + d->toks[ts].bs,
                     d->toks[k - 1].be - d->toks[ts].bs, d->text + a->bs, n))
      continue;
    tags[k + 1] = (uint8_t)NER_B(NER_TAG_TYPE(tags[k - 1]));
  }
}

/* "the Budapest Stock Exchange (BSE)": a name in capitals in brackets right
** after a name whose initials it spells is that name's acronym: it has the
** name's canonical name (canonicalise), and its label if its own is MISC
** (else the mentions keep theirs, but for MISC: the tagger often knows "HP"
** better than "Hewlett Packard"). */
void acronym_links(nlp_entities_t *it) {
  for (size_t i = 1; i < it->nrows; i++) {
    const row_t *p = row_at(it, i - 1), *e = row_at(it, i);
    const char *t = it->text;
    name_t *a = &it->names[e->name];
    size_t k = p->be;
    if (e->name == p->name || a->acronym_of || a->nwords != 1 ||
        !is_name_label(p->label) || !is_name_label(e->label) ||
        e->sentence != p->sentence || e->be >= it->len || t[e->be] != ')')
      continue;
    while (k < e->bs && t[k] == ' ')
      k++;
    if (k + 1 != e->bs || t[k] != '(' ||
        !initials_of(t + p->bs, p->be - p->bs, t + e->bs, e->be - e->bs))
      continue;
    for (k = e->bs; k < e->be && t[k] >= 'A' && t[k] <= 'Z';)
      k++;
    if (k != e->be)
      continue; /* capitals only */
    a->acronym_of = p->name + 1;
    if (a->label == NLP_LABEL_MISC) {
      a->label = it->names[p->name].label;
      a->acronym_label = 1;
    }
  }
}

/* Whether the an words before byte p of t are lower-case words (the first
** may be capitalised) whose first letters spell the capitals a[0..an) ("sea
*surface salinity": SSS). */
static int lower_initials_before(const char *t, size_t p, const char *a,
                                 size_t an) {
  for (size_t k = an; k > 0; k--) {
    size_t we;
    while (p > 0 && t[p - 1] == ' ')
      p--;
    we = p;
    while (p > 0 && ((t[p - 1] >= 'a' && t[p - 1] <= 'z') || t[p - 1] == '-'))
      p--;
    if (k == 1 && p > 0 && t[p - 1] >= 'A' && t[p - 1] <= 'Z')
      p--; /* the first word may open the sentence: "Large language ..." */
    if (p == we || (t[p] | 32) != (a[k - 1] | 32) ||
        (p > 0 && t[p - 1] != ' ' && t[p - 1] != '\n'))
      return 0;
  }
  return 1;
}

/* Rule term_acronyms: an acronym in brackets right after lower-case words
** whose initials it spells names a thing, not an organisation, in all the
** text: "sea surface salinity (SSS)", "large language models (LLMs)"; not
** "the Budapest Stock Exchange (BSE)". */
void term_acronyms(nlp_entities_t *it) {
  const char *t = it->text, *p = t, *end = t + it->len;
  while ((p = memchr(p, '(', (size_t)(end - p))) != NULL) {
    const char *q = ++p;
    char key[9];
    size_t n, caps, i;
    while (q < end && *q >= 'A' && *q <= 'Z')
      q++;
    caps = (size_t)(q - p);
    if (q < end && *q == 's')
      q++; /* a plural: "LLMs" */
    if (caps < 2 || caps > 8 || q >= end || *q != ')')
      continue;
    n = (size_t)(q - p);
    for (i = 0; i < n; i++)
      key[i] = (char)(p[i] | 32);
    i = name_index(it, key, n);
    if (i != NONE && it->names[i].nwords == 1 &&
        lower_initials_before(t, (size_t)(p - 1 - t), p, caps)) {
      it->nterms += !it->names[i].term;
      it->names[i].term = 1;
    }
  }
}

void drop_terms(nlp_entities_t *it) {
  size_t k = 0, r = 0, w = 0;
  if (!it->nterms)
    return;
  for (size_t i = 0; i < it->nrows; i++) {
    size_t nv = row_at(it, i)->vlen ? row_at(it, i)->vlen + 1u : 0;
    if (!it->names[row_at(it, i)->name].term) {
      if (w != r && nv)
        memmove(it->vals + w, it->vals + r, nv); /* w < r */
      w += nv;
      *row_at(it, k++) = *row_at(it, i);
    }
    r += nv;
  }
  it->nrows = k;
  it->nvals = w;
}
