/*
** words.c: the words of a block, read from nlp_tokens' tokens.
**
** The quote rules were tuned on words cut a little differently from
** nlp_tokens' tokens (Penn Treebank). Where they differ, this view gives
** the rules the words they were tuned on:
**   nlp_tokens                     the quote rules read
**   do n't, Wednesday 's           don't, Wednesday's (one word)
**   AT & T                         AT&T
**   10:30, 9/11, bbc.co.uk, #tag   10 : 30, 9 / 11, bbc . co . uk, # tag
**   Inc. (a general abbreviation)  Inc .   (a title, month or initial
**   Plan B .  (at a sentence end)  Plan B.  keeps its period: Mr. F.)
**   A$ 5, ... , -- , an emoji      A $ 5, . . . , - - , one mark a character
** It reads each token as runs of letters and digits and single marks, and
** glues a run to the word just before it (no space between: do|n't) and a
** mark by GLUE_RULES. Beyond the tokens it is given, it reads only the
** character after a mark and the context of a quotation mark (marks.c).
** Checked token by token against the quote rules' former reader on every
** corpus text of tests/eval/snapshot.py: the same words, the same rows.
*/
#include <string.h>

#include "quotes/quotes_int.h"
#include "segment/abbrev.h"
#include "text/grow.h"

/* Whether the classes k are a letter's or a digit's. */
static int is_alnum_class(uint32_t k) {
  return (k & (NLP_C_LETTER | NLP_C_DIGIT)) != 0;
}

/* A mark right after a word, and the character after the mark. */
typedef struct glue {
  const tok_t *w;             /* the word, which ends at p */
  const unsigned char *p, *e; /* the mark, and the end of the block */
  nlp_char_t c, f;            /* the mark, and the character after it */
} glue_t;

/* An apostrophe before a letter: do|n't -> don't, Wednesday's. */
static int glue_apostrophe(const glue_t *g) {
  return (g->c.cp == '\'' || g->c.cp == 0x2019) && (g->f.klass & NLP_C_LETTER);
}

/* A hyphen or & before a letter or digit: AT&T, F-16. */
static int glue_hyphen(const glue_t *g) {
  return (g->c.cp == '-' || g->c.cp == '&') && is_alnum_class(g->f.klass);
}

/* A comma or period between digits: 11,000 3.5. */
static int glue_digits(const glue_t *g) {
  return (g->c.cp == ',' || g->c.cp == '.') &&
         (class_at(g->p - 1, g->e) & NLP_C_DIGIT) && (g->f.klass & NLP_C_DIGIT);
}

/* A period before a letter in a word of up to three bytes, when the letter
** ends a word or the word is one letter: U.S, a.m, A.Smith. */
static int glue_short_dot(const glue_t *g) {
  const unsigned char *after = g->p + g->c.len + g->f.len;
  size_t wl = g->w->e - g->w->s;
  return g->c.cp == '.' && (g->f.klass & NLP_C_LETTER) && wl <= 3 &&
         ((class_at(after, g->e) & (NLP_C_SPACE | NLP_C_PUNCT)) ||
          after >= g->e || wl == 1);
}

/* The glue rules, in the order they are tried. */
static int (*const GLUE_RULES[])(const glue_t *) = {
    glue_apostrophe, /* don't */
    glue_hyphen,     /* AT&T */
    glue_digits,     /* 11,000 */
    glue_short_dot,  /* U.S */
};

/* Whether the word w[0..n) keeps the period after it: an initial, a dotted
** word, a title or a month (Mr. U.S. F. Sept.); "Inc." gives it back. */
static int keeps_period(const unsigned char *w, size_t n) {
  nlp_abbrev_kind_t k;
  if (n == 1 && w[0] >= 'A' && w[0] <= 'Z')
    return 1;
  if (memchr(w, '.', n))
    return 1;
  k = nlp_abbrev_lookup((const char *)w, n);
  return k == NLP_ABBR_TITLE || k == NLP_ABBR_MONTH;
}

/* Adds the token t to the block. */
static int push_tok(nlp_quotes_t *it, const tok_t *t) {
  if (nlp_grow((void **)&it->toks, &it->captoks, it->ntoks + 1, sizeof(tok_t)))
    return NLP_ENOMEM;
  it->toks[it->ntoks++] = *t;
  return NLP_OK;
}

/* Looks the words of the block up in the word lists, once: as written
** (lw) and with an A-Z first letter read as small (lwf). */
static void look_up_words(nlp_quotes_t *it) {
  for (size_t i = 0; i < it->ntoks; i++) {
    tok_t *t = &it->toks[i];
    const char *w = (const char *)it->text + t->s;
    size_t n = t->e - t->s;
    t->lw = t->lwf = NULL;
    if (t->type != T_WORD || n > FOLD_MAX)
      continue;
    t->lw = t->lwf = nlp_list_find(w, n);
    if (w[0] >= 'A' && w[0] <= 'Z') {
      char f[FOLD_MAX];
      memcpy(f, w, n);
      f[0] = (char)(f[0] + ('a' - 'A'));
      t->lwf = nlp_list_find(f, n);
    }
  }
}

/* The word just before byte s, when it ends there and can go on. */
static tok_t *open_word(nlp_quotes_t *it, size_t s) {
  tok_t *w = it->ntoks ? &it->toks[it->ntoks - 1] : NULL;
  if (!w || w->type != T_WORD || w->e != s || (w->flags & F_ABBR))
    return NULL;
  return w;
}

/* Whether the mark c at p joins the word w before it (GLUE_RULES). */
static int mark_joins(nlp_quotes_t *it, const tok_t *w, const unsigned char *p,
                      nlp_char_t c) {
  glue_t g;
  if (p + c.len >= it->blk_e)
    return 0;
  g.w = w, g.p = p, g.e = it->blk_e, g.c = c;
  g.f = nlp_char_at(p + c.len, it->blk_e);
  for (size_t i = 0; i < sizeof(GLUE_RULES) / sizeof(GLUE_RULES[0]); i++)
    if (GLUE_RULES[i](&g))
      return 1;
  return 0;
}

/* One mark character at p: joined to the word before it, the period the
** word keeps, or a token of its own. */
static int view_mark(nlp_quotes_t *it, const unsigned char *p) {
  nlp_char_t c = nlp_char_at(p, it->blk_e);
  size_t s = (size_t)(p - it->text);
  tok_t *w = open_word(it, s), t;
  if (w && mark_joins(it, w, p, c)) {
    w->e = s + c.len;
    return NLP_OK;
  }
  if (w && c.cp == '.' && keeps_period(it->text + w->s, w->e - w->s)) {
    w->e = s + 1;
    w->flags |= F_ABBR;
    return NLP_OK;
  }
  memset(&t, 0, sizeof(t));
  t.s = s, t.e = s + c.len, t.cp = c.cp;
  t.sentence = it->look.sentence;
  quotes_mark_kind(it->blk_b, it->blk_e, p, p + c.len, c, &t);
  return push_tok(it, &t);
}

/* Pushes the n apostrophes at p as one quotation mark of the given type
** and family (a double one reads as '"', a single one as '\''). */
static int push_apostrophes(nlp_quotes_t *it, const unsigned char *p, size_t n,
                            int type, int fam) {
  tok_t t;
  memset(&t, 0, sizeof(t));
  t.s = (size_t)(p - it->text), t.e = t.s + n, t.cp = n == 2 ? '"' : '\'';
  t.type = (unsigned char)type, t.fam = (unsigned char)fam;
  t.sentence = it->look.sentence;
  return push_tok(it, &t);
}

/* Two apostrophes '' at p: one double quotation mark that opens or closes,
** as ", in the ASCII text of some newspapers (''We won,'' he said). */
static int view_double_apostrophe(nlp_quotes_t *it, const unsigned char *p) {
  return push_apostrophes(it, p, 2, T_QAMB, FAM_D);
}

/* An opening single mark ' at p, inside the double one just before it:
** '''Old-school' is the word,'' he said. */
static int view_inner_open(nlp_quotes_t *it, const unsigned char *p) {
  return push_apostrophes(it, p, 1, T_QOPEN, FAM_S);
}

/* Three apostrophes ''' at p: a single mark and a double one. After a word
** the single one closes first (...'We won,''' he said); before a word the
** double one opens first ('''Old-school' is the word,''). Returns the bytes
** read, 0 when p holds no three. */
static size_t view_three_apostrophes(nlp_quotes_t *it, const unsigned char *p,
                                     const unsigned char *q, int *rc) {
  if (!(p + 2 < q && p[1] == '\'' && p[2] == '\''))
    return 0;
  if (p > it->blk_b && !is_space_at(nlp_char_before(it->blk_b, p), it->blk_e)) {
    *rc = view_mark(it, p);
    if (*rc == NLP_OK)
      *rc = view_double_apostrophe(it, p + 1);
  } else {
    *rc = view_double_apostrophe(it, p);
    if (*rc == NLP_OK)
      *rc = view_inner_open(it, p + 2);
  }
  return 3;
}

/* The letters and digits [a, z): the word before them goes on (5|bn,
** do|n't), or a new word. */
static int view_word(nlp_quotes_t *it, const unsigned char *a,
                     const unsigned char *z) {
  size_t s = (size_t)(a - it->text);
  tok_t *w = open_word(it, s), t;
  nlp_char_t c;
  if (w) {
    w->e = (size_t)(z - it->text);
    return NLP_OK;
  }
  c = nlp_char_at(a, z);
  memset(&t, 0, sizeof(t));
  t.s = s, t.e = (size_t)(z - it->text), t.type = T_WORD;
  t.sentence = it->look.sentence;
  t.flags = (unsigned char)(((c.klass & NLP_C_UPPER) ? F_CAP : 0) |
                            ((c.klass & NLP_C_LOWER) ? F_LOWER : 0));
  return push_tok(it, &t);
}

/* The end of the run of letters and digits that starts at p (< q). */
static const unsigned char *run_end(const unsigned char *p,
                                    const unsigned char *q) {
  for (;;) { /* ASCII a byte at a time, the rest by character */
    nlp_char_t c;
    while (p < q && *p < 0x80 && is_alnum_class(nlp_ascii_class[*p]))
      p++;
    if (p >= q || *p < 0x80)
      return p;
    c = nlp_char_at(p, q);
    if (!is_alnum_class(c.klass))
      return p;
    p += c.len;
  }
}

/* One token [p, q) of nlp_tokens, read as runs of letters and digits
** (words, or the word before going on) and single marks. */
static int view_token(nlp_quotes_t *it, const unsigned char *p,
                      const unsigned char *q) {
  while (p < q) {
    nlp_char_t c = nlp_char_at(p, q);
    int rc;
    if (is_alnum_class(c.klass)) {
      const unsigned char *z = run_end(p + c.len, q);
      rc = view_word(it, p, z);
      p = z;
    } else if (c.cp == '\'' && p + 1 < q && p[1] == '\'') {
      size_t n = view_three_apostrophes(it, p, q, &rc);
      if (n == 0)
        rc = view_double_apostrophe(it, p);
      p += n ? n : 2;
    } else {
      rc = view_mark(it, p);
      p += c.len;
    }
    if (rc != NLP_OK)
      return rc;
  }
  return NLP_OK;
}

/* Reads nlp_tokens' next token into it->look, if none is waiting there. */
static int look_ahead(nlp_quotes_t *it) {
  int rc;
  if (it->look_state != SRC_UNREAD)
    return NLP_OK;
  rc = nlp_tokens_next(it->words_it, &it->look);
  if (rc == NLP_DONE)
    it->look_state = SRC_DONE;
  else if (rc == NLP_OK)
    it->look_state = SRC_VALID;
  return rc == NLP_DONE ? NLP_OK : rc;
}

/* A stop inside a parenthesis that a lower-case word follows ends no
** sentence: "Earl Blum (D-Ore.) said". */
static void inner_stops(nlp_quotes_t *it) {
  tok_t *t = it->toks;
  for (size_t i = 0; i + 2 < it->ntoks; i++)
    if ((t[i].flags & F_TERM) && t[i + 1].cp == ')' &&
        t[i + 2].type == T_WORD && !(t[i + 2].flags & F_CAP))
      t[i].flags &= (unsigned char)~F_TERM;
}

size_t quotes_tok_at(const nlp_quotes_t *it, size_t b) {
  return NLP_FIRST_AT(it->toks, it->ntoks, tok_t, s, b);
}

/* Reads the tokens of nlp_tokens that start in the block [b, e) (a token
** cut by the block's end goes on in the next block). */
int quotes_read_words(nlp_quotes_t *it, const unsigned char *b,
                      const unsigned char *e) {
  size_t be = (size_t)(e - it->text);
  it->ntoks = 0;
  it->prev_blk_b = it->blk_b ? (size_t)(it->blk_b - it->text) : 0;
  it->blk_b = b, it->blk_e = e;
  for (;;) {
    size_t te;
    int rc = look_ahead(it);
    if (rc != NLP_OK)
      return rc;
    if (it->look_state != SRC_VALID || it->look.byte_start >= be)
      break;
    te = it->look.byte_end < be ? it->look.byte_end : be;
    rc = view_token(it, it->text + it->look.byte_start, it->text + te);
    if (rc != NLP_OK)
      return rc;
    if (te < it->look.byte_end)
      it->look.byte_start = te; /* cut by the block: the rest goes on */
    else
      it->look_state = SRC_UNREAD;
  }
  look_up_words(it);
  inner_stops(it);
  return NLP_OK;
}
