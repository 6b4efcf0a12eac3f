/*
** marks.c: quotation marks: which kind each is, how they pair into quotes,
** and what a quote holds.
*/
#include "quotes/quotes_int.h"
#include "text/grow.h"

/* Whether the ’ at [s, p) is a possessive, not a closing mark: an s before
** it and a small word after it, "the leaders’ summit". */
static int is_possessive_mark(const unsigned char *b, const unsigned char *e,
                              const unsigned char *s, const unsigned char *p) {
  const unsigned char *r;
  if (s <= b)
    return 0;
  r = nlp_char_before(b, s);
  if (!((*r == 's' || *r == 'S') && (class_at(p, e) & NLP_C_SPACE)))
    return 0;
  while (p < e && (class_at(p, e) & NLP_C_SPACE))
    p += nlp_char_at(p, e).len;
  return (class_at(p, e) & NLP_C_LOWER) != 0;
}

/* An apostrophe or ’: opens after a space and before a letter ('Hello'),
** closes after a word unless it is a possessive (leaders’ summit). */
static void apostrophe_kind(const unsigned char *b, const unsigned char *e,
                            const unsigned char *s, const unsigned char *p,
                            nlp_char_t c, tok_t *t) {
  int after_space = s == b || (class_at(nlp_char_before(b, s), e) &
                               (NLP_C_SPACE | NLP_C_OPEN | NLP_C_DASH));
  if (after_space && (class_at(p, e) & NLP_C_LETTER) && c.cp == '\'')
    t->type = T_QOPEN, t->fam = FAM_S;
  else if (!after_space && !is_possessive_mark(b, e, s, p))
    t->type = T_QCLOSE, t->fam = FAM_S;
}

/* Whether the “ at [s, p) is a closing mark typed as an opening one: right
** after a word or a comma or stop, and before a space or the end (`“It is
** over,“ she said`). */
static int closes_typo(const unsigned char *b, const unsigned char *e,
                       const unsigned char *s, const unsigned char *p) {
  const unsigned char *r;
  if (s <= b || !(p >= e || (class_at(p, e) & NLP_C_SPACE)))
    return 0;
  r = nlp_char_before(b, s);
  return (class_at(r, e) & (NLP_C_LETTER | NLP_C_DIGIT)) || *r == ',' ||
         *r == '.' || *r == '!' || *r == '?';
}

/* Whether the mark at s follows a letter: an apostrophe typed with
** the wrong mark (`Ann Lee‘s plan`, `CBS‘ show`), no opening mark. */
static int after_letter(const unsigned char *b, const unsigned char *e,
                        const unsigned char *s) {
  return s > b && (class_at(nlp_char_before(b, s), e) & NLP_C_LETTER);
}

/* The kind of a one-character token: “ „ « open, ” » close, " either, ‘
** opens (not before a digit, nor after a letter), ' and ’ by
** apostrophe_kind(); . ! ? end sentences. */
void quotes_mark_kind(const unsigned char *b, const unsigned char *e,
                      const unsigned char *s, const unsigned char *p,
                      nlp_char_t c, tok_t *t) {
  t->type = T_PUNCT, t->fam = FAM_NONE, t->flags = 0;
  switch (c.cp) {
  case 0x201C: /* “, or ” typed as “ (closes_typo) */
  case 0x201E: /* „ */
  case 0x00AB: /* « */
    t->type = c.cp == 0x201C && closes_typo(b, e, s, p) ? T_QCLOSE : T_QOPEN;
    t->fam = FAM_D;
    break;
  case 0x201D: /* ” */
  case 0x00BB: /* » */
    t->type = T_QCLOSE, t->fam = FAM_D;
    break;
  case '"':
    t->type = T_QAMB, t->fam = FAM_D;
    break;
  case 0x2018: /* ‘, unless an elided year (‘90s) or an apostrophe */
    if (!(class_at(p, e) & NLP_C_DIGIT) && !after_letter(b, e, s))
      t->type = T_QOPEN, t->fam = FAM_S;
    break;
  case '\'':
  case 0x2019: /* ’ */
    apostrophe_kind(b, e, s, p, c, t);
    break;
  default:
    if (c.klass & NLP_C_TERM)
      t->flags = F_TERM;
    break;
  }
}

/* Adds the quote between the marks o and c. */
static int push_q(nlp_quotes_t *it, size_t o, size_t c, int fam, int reopen) {
  if (nlp_grow((void **)&it->qs, &it->capqs, it->nqs + 1, sizeof(qspan_t)))
    return NLP_ENOMEM;
  it->qs[it->nqs].o = o;
  it->qs[it->nqs].c = c;
  it->qs[it->nqs].fam = (unsigned char)fam;
  it->qs[it->nqs].reopen = (unsigned char)reopen;
  it->nqs++;
  return NLP_OK;
}

/* Whether the mark at i, inside an open quote, opens a new piece of it
** (paragraphs run together: `...level. "I have...`) rather than closing
** it: a sentence ends just before it and a word follows it. */
static int reopens(nlp_quotes_t *it, size_t i, size_t open) {
  const tok_t *t = it->toks;
  if (i < open + 2 || !(t[i - 1].flags & F_TERM))
    return 0;
  if (t[i].type == T_QOPEN)
    return 1;
  if (t[i].type != T_QAMB)
    return 0;
  if (!is_space_at(it->text + t[i].s - 1, it->end) || t[i].s == 0)
    return 0;
  return i + 1 < it->ntoks && t[i + 1].s == t[i].e &&
         (t[i + 1].type == T_WORD || t[i + 1].cp == '[' || t[i + 1].cp == '.');
}

/* Pairs the marks of the block, each with the next of its family: an
** opening mark opens (a " opens before a word); a mark of the other family
** inside is nested; an opening mark inside an open quote replaces it, or
** opens a new piece of it (reopens()); an unclosed “ runs to the block end. */
int quotes_pair_marks(nlp_quotes_t *it) {
  size_t open = NONE;
  int fam = 0;
  it->nqs = 0;
  for (size_t i = 0; i < it->ntoks; i++) {
    tok_t *t = &it->toks[i];
    if (t->type < T_QOPEN)
      continue;
    if (open == NONE) {
      if (t->type == T_QOPEN ||
          (t->type == T_QAMB && !is_space_at(it->text + t->e, it->end) &&
           i + 1 < it->ntoks)) {
        open = i;
        fam = t->fam;
      }
      continue;
    }
    if (t->fam != fam)
      continue; /* a nested quote */
    if (reopens(it, i, open)) {
      if (push_q(it, open, i, fam, 1))
        return NLP_ENOMEM;
      for (size_t k = open + 1; k < i; k++)
        it->toks[k].flags |= F_INQ;
      open = i;
      continue;
    }
    if (t->type == T_QOPEN) {
      open = i; /* the earlier one was never closed */
      continue;
    }
    if (push_q(it, open, i, fam, 0))
      return NLP_ENOMEM;
    for (size_t k = open + 1; k < i; k++)
      it->toks[k].flags |= F_INQ;
    open = NONE;
  }
  if (open != NONE) {
    if (push_q(it, open, NONE, fam, 0))
      return NLP_ENOMEM;
    for (size_t k = open + 1; k < it->ntoks; k++)
      it->toks[k].flags |= F_INQ;
  }
  return NLP_OK;
}

/* The quoted words between the marks: trimmed, a trailing comma (and the
** period of a fragment) left out. */
void quotes_quote_words(nlp_quotes_t *it, size_t from, size_t to, int frag,
                        size_t *s, size_t *e) {
  const unsigned char *t = it->text, *p = t + from, *q = t + to;
  while (p < q && (nlp_char_at(p, q).klass & NLP_C_SPACE))
    p += nlp_char_at(p, q).len;
  for (;;) {
    const unsigned char *r;
    nlp_char_t c;
    if (q <= p)
      break;
    r = nlp_char_before(p, q);
    c = nlp_char_at(r, q);
    if ((c.klass & NLP_C_SPACE) || c.cp == ',' ||
        (frag && c.cp == '.' && !(r > p && r[-1] == '.')))
      q = r;
    else
      break;
  }
  *s = (size_t)(p - t);
  *e = (size_t)(q - t);
}

/* Whether a quoted fragment reads as a title: every word capitalised but
** small ones inside; the last word capitalised, as title case writes it
** (`“Gone with the Wind”`; not `“Pete Wilson won,” he said`). */
int quotes_title_like(nlp_quotes_t *it, size_t o, size_t c) {
  size_t words = 0;
  int last_cap = 0;
  for (size_t k = o + 1; k < c; k++) {
    const tok_t *t = &it->toks[k];
    if (t->type != T_WORD) {
      if (is_terminal(t) && !(k + 1 == c && t->cp == '.'))
        return 0; /* a stop inside, not the last: “The Apprentice.” */
      continue;
    }
    if (!(t->flags & F_CAP) && !(t->flags & F_LOWER))
      continue; /* numbers */
    words++;
    last_cap = (t->flags & F_CAP) != 0;
    if (!last_cap && !(t->e - t->s <= 3 && words > 1))
      return 0;
  }
  return words > 0 && last_cap;
}

/* Where the paragraph after the block at p starts, if it opens with a
** quotation mark. */
int quotes_next_opens_quote(nlp_quotes_t *it, const unsigned char *p) {
  while (p < it->end && (nlp_char_at(p, it->end).klass & NLP_C_SPACE))
    p += nlp_char_at(p, it->end).len;
  if (p >= it->end)
    return 0;
  {
    nlp_char_t c = nlp_char_at(p, it->end);
    return c.cp == 0x201C || c.cp == '"' || c.cp == 0x2018 || c.cp == 0x201E ||
           c.cp == 0x00AB ||
           (c.cp == '\'' && p + 1 < it->end && p[1] == '\''); /* '' */
  }
}
