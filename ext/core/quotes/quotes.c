/*
** quotes.c: who said what (nlp_quotes).
**
** Usage (C):
**   nlp_quotes_t *it; nlp_quote_t q;
**   nlp_quotes_new(text, len, &it);
**   while (nlp_quotes_next(it, &q) == NLP_OK)
**     use(text + q.byte_start, q.byte_end - q.byte_start, q.speaker, ...);
**   nlp_quotes_free(it);
**
** The text is read one block at a time: a paragraph (blank lines separate),
** cut at white space when longer than BLOCK_MAX bytes. Each block is cut
** into rough words, its quotation marks are paired, and each quote gets an
** attribution from, in order:
**   1. the words after the closing mark: `“...,” said X` / `“...,” X said`
**      / `“...,” he added` (he/she: a person just brought in as a sentence
**      subject whose gender fits, else an unnamed one-person speaker just
**      before, else the most recent fitting named speaker; see
**      pronoun_speaker());
**   2. a reporting verb before the opening mark in the same sentence:
**      `X said: “...”`, `X said that “...”`, `X warned that ... a “...”`
**      (the speaker is the subject of the verb);
**   3. for a whole-sentence quote with neither, the speaker of the quote just
**      before it, or of the reporting verb in the sentence just before it.
** Quotes with no attribution (scare quotes, titles) are not reported.
** A quote left open at the end of a paragraph whose next paragraph opens
** with a quotation mark goes on there; its pieces wait (at most MAX_PENDING
** paragraphs) for the attribution at its end.
**
** Speaker names come from one function, name_of(), a small heuristic
** (capitalised words, titles stripped, a surname mapped to the most recent
** full name that ends with it) meant to give way to the entity finder.
**
** Every scan is bounded or covers a stretch of the block that no other
** quote's scan covers, so the time is linear in the length of the text.
*/
#include <stdlib.h>
#include <string.h>

#include "segment/abbrev.h"
#include "text/chars.h"
#include "text/grow.h"
#include "text/wordset.h"
#include "nlp.h"

#define BLOCK_MAX 65536 /* bytes of one block */
#define MAX_PENDING 16  /* paragraphs a quote may run over */
#define NAMES_MAX 64    /* full names remembered for surnames */
#define NP_MAX 8        /* words of a speaker's noun phrase */
#define FOLD_MAX 31     /* longest word looked up in the word lists */

enum { T_WORD, T_PUNCT, T_QOPEN, T_QCLOSE, T_QAMB };
enum { FAM_D = 1, FAM_S = 2 };
enum { F_CAP = 1, F_LOWER = 2, F_TERM = 4, F_INQ = 8, F_ABBR = 16 };

typedef struct tok {
  size_t s, e;                   /* byte offsets into the text */
  const nlp_list_word *lw, *lwf; /* in the word lists (look_up_words) */
  unsigned char type, fam, flags;
  int32_t cp; /* the character of a one-character token */
} tok_t;

typedef struct qspan {
  size_t o, c; /* token indices of the marks; c == NONE when unclosed */
  unsigned char fam;
  unsigned char reopen; /* c opens the next piece of the same quote */
} qspan_t;

typedef struct event { /* a reporting verb with a known subject */
  size_t pos;          /* token index of the verb */
  const char *sp;
  size_t splen;
  int named;
} event_t;

typedef struct attr {
  size_t ms, me, vs, ve; /* byte spans of mention and verb */
  const char *sp;
  size_t splen;
  int named, found;
} attr_t;

typedef struct row {
  nlp_quote_t q;
  int has_speaker;
  int waiting; /* a piece that takes the speaker of the piece after it */
  size_t open_at, next_at; /* bytes of its opening mark and the next's */
} row_t;

typedef struct name {
  const char *p;
  size_t n;
  const char *last; /* its last word */
  size_t lastn;
} name_t;

#define NONE ((size_t)-1)

typedef struct pent { /* a PERSON entity of the current block */
  size_t s, e;        /* its mention, bytes of the text */
  size_t off, len;    /* its canonical name in parena */
  size_t reach;       /* the largest e of this and every earlier entity */
} pent_t;

typedef struct chunk { /* one interned canonical name */
  struct chunk *next;
  size_t len;
  char name[]; /* len bytes and a NUL */
} chunk_t;

struct nlp_quotes {
  const unsigned char *text, *end, *pos;
  size_t paragraph, idx;
  int started;
  nlp_sentences_t *sents;
  nlp_tokens_t *words_it; /* nlp_tokens over the whole text */
  nlp_token_t look;       /* its next token, not yet read into a block */
  int look_state;         /* 0: none read, 1: look valid, 2: no more */
  const unsigned char *blk_b, *blk_e; /* the block being read */
  nlp_sentence_t sent;
  int sent_state; /* 0: none read, 1: sent valid, 2: no more */
  tok_t *toks;
  size_t ntoks, captoks;
  qspan_t *qs;
  size_t nqs, capqs;
  event_t *ev;
  size_t nev, capev;
  row_t *rows;
  size_t nrows, caprows, emit, npending;
  int cont;    /* this block goes on with an open quote */
  attr_t pend; /* the attribution of the pending pieces, if found */
  name_t names[NAMES_MAX];
  size_t nnames;
  name_t genders[NAMES_MAX]; /* speakers seen with he (lastn 1) or she (2) */
  size_t ngenders;
  event_t last_named, last_any; /* carried from earlier blocks */
  int has_last_named, has_last_any;
  event_t prev_block_tail; /* the last event of the previous block */
  int prev_block_colon;    /* the previous block ended with "verb ...:" */
  int prev_quote_speaker;  /* the last quote of the previous paragraph */
  attr_t prev_quote;
  size_t prev_quote_para;
  /* The entity finder, run alongside from the first block with a quote:
  ** its PERSON names give canonical speakers ("Biden" -> "Joe Biden"). */
  nlp_entities_t *ents;
  int ents_state; /* 0: not started, 1: running, 2: finished or no model */
  nlp_entity_t ent;
  int have_ent; /* ent is read but not yet used */
  pent_t *pe;   /* the PERSON entities of the block */
  size_t npe, cappe;
  char *parena; /* their canonical names, NUL-separated */
  size_t parena_len, parena_cap;
  chunk_t *interned; /* canonical names given out as speakers */
  const char *recent_interned[16];
  size_t nrecent;
  /* the caller's check function (nlp_quotes_set_check), and where the
  ** text was when it was last called */
  nlp_check_fn check;
  void *check_arg;
  const unsigned char *checked_at;
  int stopped; /* check said stop: NLP_EINTR from now on */
};

#define CHECK_BYTES ((ptrdiff_t)64 * 1024) /* text read between two checks */

/* ---------------------------------------------------------------- */
/* Word lists                                                        */
/* ---------------------------------------------------------------- */

/* Whether s[0..n) is the NUL-terminated w (no strlen: most words differ
** at the first byte, and the lists are searched for every token). */
static int bytes_are(const unsigned char *s, size_t n, const char *w) {
  for (size_t i = 0; i < n; i++)
    if (w[i] == 0 || (unsigned char)w[i] != s[i])
      return 0;
  return w[n] == 0;
}

static int word_eq(const tok_t *t, const unsigned char *text, const char *w) {
  return t->type == T_WORD && bytes_are(text + t->s, t->e - t->s, w);
}

/* Whether the word t is in list id, as it is written. */
static int tok_in(const tok_t *t, enum nlp_list id) {
  return t->type == T_WORD && nlp_list_word_in(t->lw, id);
}

/* tok_in, with a capital first letter read as small: "But", "Though". */
static int tok_in_fold(const tok_t *t, enum nlp_list id) {
  return t->type == T_WORD && nlp_list_word_in(t->lwf, id);
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

/* Whether the word t is a month or a day, capitalised: "May", "Monday". */
static int is_calendar_word(const tok_t *t, const unsigned char *text) {
  return text[t->s] >= 'A' && text[t->s] <= 'Z' &&
         (tok_in_fold(t, NLP_LIST_COMMON_MONTHS) ||
          tok_in_fold(t, NLP_LIST_COMMON_WEEKDAYS));
}

/* 1 male, 2 female, 0 unknown, from the first word of the name p[0..n). */
static int given_name_gender(const char *p, size_t n) {
  size_t w = 0;
  while (w < n && p[w] != ' ')
    w++;
  if (w == n)
    return 0; /* one word: a surname as often as not */
  if (nlp_list_has(NLP_LIST_QUOTES_GIVEN_NAMES_MALE, p, w))
    return 1;
  if (nlp_list_has(NLP_LIST_QUOTES_GIVEN_NAMES_FEMALE, p, w))
    return 2;
  return 0;
}

/* ---------------------------------------------------------------- */
/* Iterator                                                          */
/* ---------------------------------------------------------------- */

int nlp_quotes_new(const char *text, size_t len, nlp_quotes_t **out) {
  nlp_quotes_t *it;
  int rc;
  if (!out || (!text && len))
    return NLP_EINVAL;
  it = calloc(1, sizeof(*it));
  if (!it)
    return NLP_ENOMEM;
  it->text = (const unsigned char *)(text ? text : "");
  it->end = it->text + len;
  it->pos = it->text;
  rc = nlp_sentences_new((const char *)it->text, len, &it->sents);
  if (rc == NLP_OK)
    rc = nlp_tokens_new((const char *)it->text, len, &it->words_it);
  if (rc != NLP_OK) {
    nlp_sentences_free(it->sents);
    free(it);
    return rc;
  }
  *out = it;
  return NLP_OK;
}

void nlp_quotes_free(nlp_quotes_t *it) {
  if (!it)
    return;
  nlp_entities_free(it->ents);
  free(it->pe);
  free(it->parena);
  while (it->interned) {
    chunk_t *c = it->interned;
    it->interned = c->next;
    free(c);
  }
  nlp_sentences_free(it->sents);
  nlp_tokens_free(it->words_it);
  free(it->toks);
  free(it->qs);
  free(it->ev);
  free(it->rows);
  free(it);
}

/* ---------------------------------------------------------------- */
/* Cutting a block into rough words                                  */
/* ---------------------------------------------------------------- */

static int is_space_at(const unsigned char *p, const unsigned char *end) {
  return p >= end || (nlp_char_at(p, end).klass & NLP_C_SPACE);
}

static uint32_t class_at(const unsigned char *p, const unsigned char *end) {
  return p < end ? nlp_char_at(p, end).klass : 0;
}

static int push_tok(nlp_quotes_t *it, size_t s, size_t e, int type, int fam,
                    int flags, int32_t cp) {
  tok_t *t;
  if (nlp_grow((void **)&it->toks, &it->captoks, it->ntoks + 1, sizeof(tok_t)))
    return NLP_ENOMEM;
  t = &it->toks[it->ntoks++];
  t->s = s, t->e = e, t->type = (unsigned char)type;
  t->fam = (unsigned char)fam, t->flags = (unsigned char)flags, t->cp = cp;
  return NLP_OK;
}

/* Whether the word w[0..n) keeps the period after it. */
static int keeps_period(const unsigned char *w, size_t n) {
  nlp_abbrev_kind_t k;
  if (n == 1 && w[0] >= 'A' && w[0] <= 'Z')
    return 1; /* an initial */
  if (memchr(w, '.', n))
    return 1; /* U.S. */
  k = nlp_abbrev_lookup((const char *)w, n);
  return k == NLP_ABBR_TITLE || k == NLP_ABBR_MONTH;
}

/* ---------------------------------------------------------------- */
/* The view: nlp_tokens' tokens read as quote words                  */
/* ---------------------------------------------------------------- */

static int is_alnum_class(uint32_t k) {
  return (k & (NLP_C_LETTER | NLP_C_DIGIT)) != 0;
}

/* The kind of a mark token (a quotation mark, a terminator, other) at
** [s, p), the character c, in the block [b, e). */
static void classify_mark(const unsigned char *b, const unsigned char *e,
                          const unsigned char *s, const unsigned char *p,
                          nlp_char_t c, int *type, int *fam, int *flags) {
  int prev_space = s == b || (class_at(nlp_char_before(b, s), e) &
                              (NLP_C_SPACE | NLP_C_OPEN | NLP_C_DASH));
  uint32_t next = class_at(p, e);
  *type = T_PUNCT, *fam = 0, *flags = 0;
  switch (c.cp) {
  case 0x201C: /* “ */
  case 0x201E: /* „ */
  case 0x00AB: /* « */
    *type = T_QOPEN, *fam = FAM_D;
    break;
  case 0x201D: /* ” */
  case 0x00BB: /* » */
    *type = T_QCLOSE, *fam = FAM_D;
    break;
  case '"':
    *type = T_QAMB, *fam = FAM_D;
    break;
  case 0x2018: /* ‘ */
    if (!(next & NLP_C_DIGIT))
      *type = T_QOPEN, *fam = FAM_S;
    break;
  case '\'':
  case 0x2019: /* ’ */
    if (prev_space && (next & NLP_C_LETTER) && c.cp == '\'') {
      *type = T_QOPEN, *fam = FAM_S;
    } else if (!prev_space) {
      /* "the leaders’ summit" is a possessive, not a closing mark. */
      int poss = 0;
      if (s > b) {
        const unsigned char *r = nlp_char_before(b, s);
        if ((*r == 's' || *r == 'S') && (next & NLP_C_SPACE)) {
          const unsigned char *n2 = p;
          while (n2 < e && (class_at(n2, e) & NLP_C_SPACE))
            n2 += nlp_char_at(n2, e).len;
          if (class_at(n2, e) & NLP_C_LOWER)
            poss = 1;
        }
      }
      if (!poss)
        *type = T_QCLOSE, *fam = FAM_S;
    }
    break;
  default:
    if (c.klass & NLP_C_TERM)
      *flags = F_TERM;
    break;
  }
}

/* The word just before byte s, when it ends there and can go on. */
static tok_t *open_word(nlp_quotes_t *it, size_t s) {
  tok_t *w = it->ntoks ? &it->toks[it->ntoks - 1] : NULL;
  if (!w || w->type != T_WORD || w->e != s || (w->flags & F_ABBR))
    return NULL;
  return w;
}

/* Whether the mark c at p, right after the word w, joins it (the quote
** rules' words, as the old reader cut them): an apostrophe before a letter
** (do|n't: don't), a hyphen or & before a letter or digit (AT&T), a comma
** or period between digits (11,000), a period before a letter in a word
** of up to three bytes (U.S, a.m). */
static int mark_joins(nlp_quotes_t *it, const tok_t *w, const unsigned char *p,
                      nlp_char_t c) {
  const unsigned char *e = it->blk_e, *f = p + c.len;
  nlp_char_t fc;
  size_t wl = w->e - w->s;
  if (f >= e)
    return 0;
  fc = nlp_char_at(f, e);
  if (c.cp == '\'' || c.cp == 0x2019)
    return (fc.klass & NLP_C_LETTER) != 0;
  if (c.cp == '-' || c.cp == '&')
    return is_alnum_class(fc.klass);
  if ((c.cp == ',' || c.cp == '.') && (class_at(p - 1, e) & NLP_C_DIGIT) &&
      (fc.klass & NLP_C_DIGIT))
    return 1;
  if (c.cp == '.' && (fc.klass & NLP_C_LETTER) &&
      ((class_at(f + fc.len, e) & (NLP_C_SPACE | NLP_C_PUNCT)) ||
       f + fc.len >= e || wl == 1))
    return wl <= 3;
  return 0;
}

/* One mark character at p: joined to the word before it, or a token. */
static int view_mark(nlp_quotes_t *it, const unsigned char *p) {
  nlp_char_t c = nlp_char_at(p, it->blk_e);
  size_t s = (size_t)(p - it->text);
  tok_t *w = open_word(it, s);
  int type, fam, flags;
  if (w && mark_joins(it, w, p, c)) {
    w->e = s + c.len;
    return NLP_OK;
  }
  if (w && c.cp == '.' &&
      keeps_period(it->text + w->s, w->e - w->s)) { /* Mr. U.S. F. */
    w->e = s + 1;
    w->flags |= F_ABBR;
    return NLP_OK;
  }
  classify_mark(it->blk_b, it->blk_e, p, p + c.len, c, &type, &fam, &flags);
  return push_tok(it, s, s + c.len, type, fam, flags, c.cp);
}

/* The letters and digits [a, z): the word before them goes on (5|bn,
** do|n't), or a new word. */
static int view_word(nlp_quotes_t *it, const unsigned char *a,
                     const unsigned char *z) {
  size_t s = (size_t)(a - it->text);
  tok_t *w = open_word(it, s);
  nlp_char_t c;
  int flags;
  if (w) {
    w->e = (size_t)(z - it->text);
    return NLP_OK;
  }
  c = nlp_char_at(a, z);
  flags = (c.klass & NLP_C_UPPER) ? F_CAP : 0;
  if (c.klass & NLP_C_LOWER)
    flags |= F_LOWER;
  return push_tok(it, s, (size_t)(z - it->text), T_WORD, 0, flags, 0);
}

/* One token [p, q) of nlp_tokens, read as runs of letters and digits
** (words, or the word before going on) and single marks. */
static int view_token(nlp_quotes_t *it, const unsigned char *p,
                      const unsigned char *q) {
  while (p < q) {
    nlp_char_t c = nlp_char_at(p, q);
    int rc;
    if (is_alnum_class(c.klass)) {
      const unsigned char *z = p + c.len;
      for (;;) { /* ASCII a byte at a time, the rest by character */
        while (z < q && *z < 0x80 && is_alnum_class(nlp_ascii_class[*z]))
          z++;
        if (z >= q || *z < 0x80)
          break;
        c = nlp_char_at(z, q);
        if (!is_alnum_class(c.klass))
          break;
        z += c.len;
      }
      rc = view_word(it, p, z);
      p = z;
    } else {
      rc = view_mark(it, p);
      p += c.len;
    }
    if (rc != NLP_OK)
      return rc;
  }
  return NLP_OK;
}

/* Reads the tokens of the block [b, e) into it->toks. */
static int tokenize(nlp_quotes_t *it, const unsigned char *b,
                    const unsigned char *e) {
  size_t be = (size_t)(e - it->text);
  it->ntoks = 0;
  it->blk_b = b, it->blk_e = e;
  for (;;) {
    size_t s, te;
    int rc;
    if (it->look_state == 0) {
      rc = nlp_tokens_next(it->words_it, &it->look);
      if (rc == NLP_DONE) {
        it->look_state = 2;
      } else if (rc != NLP_OK) {
        return rc;
      } else {
        it->look_state = 1;
      }
    }
    if (it->look_state != 1 || it->look.byte_start >= be) {
      look_up_words(it);
      return NLP_OK;
    }
    s = it->look.byte_start;
    te = it->look.byte_end < be ? it->look.byte_end : be;
    rc = view_token(it, it->text + s, it->text + te);
    if (rc != NLP_OK)
      return rc;
    if (te < it->look.byte_end)
      it->look.byte_start = te; /* cut by the block: the rest goes on */
    else
      it->look_state = 0;
  }
}

/* ---------------------------------------------------------------- */
/* Pairing the marks                                                 */
/* ---------------------------------------------------------------- */

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

static int pair_marks(nlp_quotes_t *it) {
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

/* ---------------------------------------------------------------- */
/* Names                                                             */
/* ---------------------------------------------------------------- */

static int is_cap_word(const tok_t *t) {
  return t->type == T_WORD && (t->flags & F_CAP);
}

/* Whether the name p[0..n) can stand for "he" or "she": two words or more,
** not an organisation, place or event, not all capitals. */
static int person_like(const char *p, size_t n) {
  size_t k = n, words = 1, caps = 0, letters = 0;
  for (size_t i = 0; i < n; i++) {
    if (p[i] == ' ')
      words++;
    if (p[i] >= 'A' && p[i] <= 'Z')
      caps++;
    if ((p[i] >= 'A' && p[i] <= 'Z') || (p[i] >= 'a' && p[i] <= 'z'))
      letters++;
  }
  if (words < 2 || words > 4 || caps == letters)
    return 0;
  for (size_t i = 0, w = 0, up = 0; i <= n; i++) {
    /* "Group B", "CEC Systems": no one-letter word, no acronym. */
    if (i == n || p[i] == ' ') {
      if (w == 1 && !(i < n && i >= 1 && p[i - 1] == '.'))
        return 0;
      if (w >= 2 && up == w)
        return 0;
      w = up = 0;
    } else if (p[i] != '.') {
      w++;
      if (p[i] >= 'A' && p[i] <= 'Z')
        up++;
    }
  }
  k = 0;
  while (k < n && p[k] != ' ')
    k++;
  if (k < n && nlp_list_has(NLP_LIST_QUOTES_ORG_NAME_WORDS, p, k))
    return 0; /* "Labour Party", first word "Union" */
  k = n;
  while (k > 0 && p[k - 1] != ' ')
    k--;
  return !nlp_list_has(NLP_LIST_QUOTES_ORG_NAME_WORDS, p + k, n - k) &&
         !nlp_list_has(NLP_LIST_QUOTES_PLACE_NAME_WORDS, p + k, n - k);
}

/* Whether the word at k ends in a possessive 's: "Clark's". */
static int is_possessive(nlp_quotes_t *it, size_t k) {
  const tok_t *t = &it->toks[k];
  const unsigned char *w = it->text + t->s;
  size_t n = t->e - t->s;
  if (n >= 2 && w[n - 2] == '\'' && w[n - 1] == 's')
    return 1;
  if (n >= 4 && memcmp(w + n - 4, "\xE2\x80\x99s", 4) == 0)
    return 1;
  return 0;
}

static void remember_name(nlp_quotes_t *it, size_t a, size_t b) {
  name_t *n = &it->names[it->nnames++ % NAMES_MAX];
  const tok_t *ta = &it->toks[a], *tb = &it->toks[b - 1];
  n->p = (const char *)it->text + ta->s;
  n->n = tb->e - ta->s;
  n->last = (const char *)it->text + tb->s;
  n->lastn = tb->e - tb->s;
}

/* Strips leading titles from the capitalised run [a, b); the rest, or
** a == b when only titles remain. Connecting "of"/"for" go with them. */
static size_t strip_titles(nlp_quotes_t *it, size_t a, size_t b) {
  while (a < b) {
    const tok_t *t = &it->toks[a];
    if (tok_in(t, NLP_LIST_QUOTES_TITLES_BEFORE_NAME) ||
        ((t->flags & F_CAP) && a + 1 < b &&
         tok_in_fold(t, NLP_LIST_QUOTES_ROLE_NOUNS)) ||
        (t->type == T_WORD && !(t->flags & F_CAP) && a + 1 < b &&
         (word_eq(t, it->text, "of") || word_eq(t, it->text, "for"))))
      a++;
    else
      break;
  }
  return a;
}

/* Where the name starts in the capitalised run [a, b): after its last
** title ("Bank of England Governor Mark Hale"), or a when it has none or
** only titles. */
static size_t after_titles(nlp_quotes_t *it, size_t a, size_t b) {
  size_t k = b;
  while (k > a && !tok_in(&it->toks[k - 1], NLP_LIST_QUOTES_TITLES_BEFORE_NAME))
    k--;
  return k < b ? k : a;
}

/* Records the full names (two to four capitalised words, titles left out)
** of the block, so that a later "Wayne" or "Mr Wayne" maps to "Earl Anthony
** Wayne". */
static void collect_names(nlp_quotes_t *it) {
  size_t i = 0;
  while (i < it->ntoks) {
    size_t a = i, b, s;
    if (!is_cap_word(&it->toks[i]) || (it->toks[i].flags & F_INQ)) {
      i++;
      continue;
    }
    b = a + 1;
    while (b < it->ntoks && !(it->toks[b].flags & F_INQ) &&
           (is_cap_word(&it->toks[b]) ||
            (tok_in(&it->toks[b], NLP_LIST_QUOTES_NAME_PARTICLES) &&
             b + 1 < it->ntoks && is_cap_word(&it->toks[b + 1]))))
      b++;
    i = b;
    s = after_titles(it, a, b);
    if (s == a)
      s = strip_titles(it, a, b);
    while (s < b && is_calendar_word(&it->toks[s], it->text))
      s++;
    for (size_t k = s; k + 1 < b; k++)
      if (is_possessive(it, k))
        s = k + 1; /* "September's Hartlepool" */
    if (s < b && nlp_is_sentence_starter((const char *)it->text + it->toks[s].s,
                                         it->toks[s].e - it->toks[s].s))
      s++;
    if (b - s >= 2 && b - s <= 4)
      remember_name(it, s, b);
  }
}

/* A name the entity finder gave another label that reads as a person's
** (a known given name and a surname: "Victoria Lapete" as a place). */
static int given_person(const char *c) {
  size_t n = strlen(c);
  return person_like(c, n) && given_name_gender(c, n) != 0;
}

/* Reads the PERSON entities of the block [bs, be) (the finder is started
** on the first call; without a model there are none). */
static int collect_entities(nlp_quotes_t *it, size_t bs, size_t be) {
  it->npe = it->parena_len = 0;
  if (it->ents_state == 0) {
    int rc = nlp_entities_new_checked(NULL, (const char *)it->text,
                                      (size_t)(it->end - it->text), it->check,
                                      it->check_arg, &it->ents);
    if (rc == NLP_ENOMEM || rc == NLP_EINTR)
      return rc;
    it->ents_state = rc == NLP_OK ? 1 : 2;
  }
  while (it->ents_state == 1) {
    if (!it->have_ent) {
      int rc = nlp_entities_next(it->ents, &it->ent);
      if (rc == NLP_DONE) {
        it->ents_state = 2;
        break;
      }
      if (rc != NLP_OK)
        return rc;
      it->have_ent = 1;
    }
    if (it->ent.byte_start >= be)
      break;
    it->have_ent = 0;
    if (it->ent.byte_start >= bs && it->ent.canonical &&
        (it->ent.label == NLP_LABEL_PERSON ||
         given_person(it->ent.canonical))) {
      size_t n = strlen(it->ent.canonical);
      if (nlp_grow((void **)&it->parena, &it->parena_cap,
                   it->parena_len + n + 1, 1) ||
          nlp_grow((void **)&it->pe, &it->cappe, it->npe + 1, sizeof(pent_t)))
        return NLP_ENOMEM;
      memcpy(it->parena + it->parena_len, it->ent.canonical, n + 1);
      it->pe[it->npe].s = it->ent.byte_start;
      it->pe[it->npe].e = it->ent.byte_end;
      it->pe[it->npe].off = it->parena_len;
      it->pe[it->npe].len = n;
      it->pe[it->npe].reach =
          it->npe && it->pe[it->npe - 1].reach > it->ent.byte_end
              ? it->pe[it->npe - 1].reach
              : it->ent.byte_end;
      it->npe++;
      it->parena_len += n + 1;
    }
  }
  return NLP_OK;
}

/* A lasting copy of name[0..n), owned by the iterator; NULL if out of
** memory. */
static const char *intern(nlp_quotes_t *it, const char *name, size_t n) {
  chunk_t *c;
  for (size_t j = 0; j < it->nrecent && j < 16; j++) {
    const char *r = it->recent_interned[j];
    if (strlen(r) == n && memcmp(r, name, n) == 0)
      return r;
  }
  c = malloc(sizeof(*c) + n + 1);
  if (!c)
    return NULL;
  memcpy(c->name, name, n);
  c->name[n] = 0;
  c->len = n;
  c->next = it->interned;
  it->interned = c;
  it->recent_interned[it->nrecent++ % 16] = c->name;
  return c->name;
}

/* The entity finder's canonical name for a name whose last word is at
** bytes [ls, e) of the text, if a PERSON mention holds that word and the
** canonical name ends with it too ("Biden" -> "Joe Biden"). */
static int entity_name(nlp_quotes_t *it, size_t ls, size_t e, const char **out,
                       size_t *outlen) {
  size_t lo = 0, hi = it->npe, wl = e - ls;
  /* Mentions come in text order. Skip, by binary search, those that end
  ** before e, as do all before them: this is asked for every speaker, and
  ** a scan from the block's first mention would be quadratic. */
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (it->pe[mid].reach < e)
      lo = mid + 1;
    else
      hi = mid;
  }
  for (size_t j = lo; j < it->npe && it->pe[j].s <= ls; j++) {
    const pent_t *p = &it->pe[j];
    const char *c = it->parena + p->off;
    if (p->e < e)
      continue;
    if (p->len < wl || memcmp(c + p->len - wl, it->text + ls, wl) != 0 ||
        (p->len > wl && c[p->len - wl - 1] != ' '))
      continue;
    *out = intern(it, c, p->len);
    *outlen = p->len;
    return *out != NULL;
  }
  return 0;
}

/* THE place where a speaker's name is found (to be replaced by the entity
** finder's canonical names). Given the noun phrase [a, b) of a speaker,
** sets out->sp to the canonical name and out->named, or to the phrase
** itself when it holds no name. */
static void name_of(nlp_quotes_t *it, size_t a, size_t b, attr_t *out) {
  size_t r = b, s, k, l = a, le;
  int has_and = 0, use_lead = 0;
  const tok_t *t = it->toks;
  for (k = a; k < b; k++)
    if (word_eq(&t[k], it->text, "and") || t[k].cp == ',')
      has_and = 1;
  out->sp = (const char *)it->text + t[a].s;
  out->splen = t[b - 1].e - t[a].s;
  out->named = 0;
  if (has_and)
    return;
  while (b - a > 1 && tok_in(&t[b - 1], NLP_LIST_QUOTES_POSTNOMINALS))
    b--; /* "Frank Field MP" */
  if (word_eq(&t[a], it->text, "the") && b - a == 2 && is_cap_word(&t[a + 1]))
    return; /* "the American", "the Briton": a description */
  if (tok_in_fold(&t[a], NLP_LIST_QUOTES_INDEFINITE_WORDS)) {
    /* "a spokesman", "A UKIP spokesman": not a name, unless one follows a
    ** role: "a proud coach Mike Ruddock". */
    size_t q = b;
    while (q > a && is_cap_word(&t[q - 1]))
      q--;
    if (q == b || q == a || !tok_in(&t[q - 1], NLP_LIST_QUOTES_ROLE_NOUNS))
      return;
  }
  /* The capitalised run at the end of the phrase ... */
  while (r > a &&
         (is_cap_word(&t[r - 1]) ||
          (r - 1 > a && tok_in(&t[r - 1], NLP_LIST_QUOTES_NAME_PARTICLES))))
    r--;
  for (k = r; k + 1 < b; k++)
    if (is_possessive(it, k))
      r = k + 1; /* "Labour's Kate Doyle" */
  /* ... and the one at its start ("Dr Mark Tuffy, games director at ..."). */
  l = strip_titles(it, a, b);
  le = l;
  while (le < b && is_cap_word(&t[le]) && !is_possessive(it, le))
    le++;
  if (le > l && le < b && !(t[le].flags & F_CAP) && r > a &&
      (b - r == 1 || tok_in(&t[r - 1], NLP_LIST_QUOTES_PREPOSITIONS)) &&
      !(r < b && r > a && tok_in(&t[r - 1], NLP_LIST_QUOTES_ROLE_NOUNS)) &&
      !(r < b && after_titles(it, r, b) > r))
    use_lead = 1;
  if (use_lead) {
    r = l;
    b = le;
  } else if (r == b) {
    return; /* "the minister", "Homeland Security officials" */
  } else if (r > a && after_titles(it, r, b) == r &&
             !tok_in(&t[r - 1], NLP_LIST_QUOTES_ROLE_NOUNS) &&
             !is_cap_word(&t[r - 1]) &&
             !tok_in(&t[r - 1], NLP_LIST_QUOTES_TITLES_BEFORE_NAME)) {
    /* "a spokesman for Unison": the phrase, not the name in it. */
    if (word_eq(&t[r - 1], it->text, "for") ||
        word_eq(&t[r - 1], it->text, "of") ||
        word_eq(&t[r - 1], it->text, "at") ||
        word_eq(&t[r - 1], it->text, "from"))
      return;
  }
  if (tok_in(&t[b - 1], NLP_LIST_QUOTES_ORG_NAME_WORDS)) {
    s = r; /* "the Justice Department": an organisation, not a title */
    while (s < b &&
           (word_eq(&t[s], it->text, "The") || word_eq(&t[s], it->text, "A")))
      s++;
  } else {
    s = after_titles(it, r, b);
    if (s == r)
      s = strip_titles(it, r, b);
  }
  if (s >= b)
    return; /* only titles: "the President" */
  if (is_possessive(it, b - 1))
    return;
  if (b - s == 1 && tok_in(&t[s], NLP_LIST_QUOTES_NOT_SPEAKER_NAMES))
    return;
  if (s == a && b - s == 1 &&
      nlp_is_sentence_starter((const char *)it->text + t[s].s, t[s].e - t[s].s))
    return;
  out->named = 1;
  out->sp = (const char *)it->text + t[s].s;
  out->splen = t[b - 1].e - t[s].s;
  if (b - s == 1) {
    /* A surname: the most recent full name that ends with it. */
    size_t n = it->nnames < NAMES_MAX ? it->nnames : NAMES_MAX;
    for (size_t j = 0; j < n; j++) {
      const name_t *nm = &it->names[(it->nnames - 1 - j) % NAMES_MAX];
      if (nm->lastn == out->splen &&
          memcmp(nm->last, out->sp, nm->lastn) == 0) {
        out->sp = nm->p;
        out->splen = nm->n;
        break;
      }
    }
  }
  {
    /* The entity finder's name, when it is fuller than the one above. */
    const char *ep;
    size_t en, w1 = 1, w2 = 1;
    if (entity_name(it, t[b - 1].s, t[b - 1].e, &ep, &en)) {
      for (size_t k = 0; k < en; k++)
        w1 += ep[k] == ' ';
      for (size_t k = 0; k < out->splen; k++)
        w2 += out->sp[k] == ' ';
      if (w1 > w2 && !memchr(ep, '\'', en)) {
        out->sp = ep;
        out->splen = en;
      }
    }
  }
}

/* ---------------------------------------------------------------- */
/* Noun phrases around a verb                                        */
/* ---------------------------------------------------------------- */

static int is_word(const tok_t *t) { return t->type == T_WORD; }

/* The subject before the verb at v, not reaching before lo: [*a, *b). */
static int np_before(nlp_quotes_t *it, size_t v, size_t lo, size_t *a,
                     size_t *b) {
  const tok_t *t = it->toks;
  size_t j = v, n = 0;
  while (j > lo && tok_in(&t[j - 1], NLP_LIST_QUOTES_VERB_GAP_WORDS) &&
         !(t[j - 1].flags & F_CAP))
    j--;
  if (j > lo && (t[j - 1].cp == ',' || t[j - 1].cp == '-' ||
                 t[j - 1].cp == 0x2013 || t[j - 1].cp == 0x2014)) {
    /* An apposition or a relative clause: "Smith, the chief executive,",
    ** "Conlon - who was wrongly convicted -". */
    int32_t sep = t[j - 1].cp;
    size_t k = j - 1, steps = 0;
    while (k > lo && steps < 24) {
      k--, steps++;
      if (t[k].cp == sep)
        break;
      if (t[k].type != T_WORD && t[k].cp != '(' && t[k].cp != ')' &&
          t[k].cp != '&' && t[k].cp != '-' && t[k].cp != ',')
        return 0;
    }
    if (k <= lo || t[k].cp != sep)
      return 0;
    {
      /* "The Shadow Secretary for the Family, Theresa May, said": the
      ** name between the commas. */
      size_t q = k + 1, e = j - 1;
      int all_caps = e - q >= 2 && e - q <= 4;
      for (size_t m = q; m < e && all_caps; m++)
        if (!is_cap_word(&t[m]))
          all_caps = 0;
      if (all_caps && sep == ',' && !is_cap_word(&t[k - 1])) {
        *a = q;
        *b = e;
        return 1;
      }
    }
    j = k;
  }
  /* A pronoun right before the verb is the subject: "In 2004 he said". */
  if (j > lo && is_word(&t[j - 1]) &&
      (tok_in(&t[j - 1], NLP_LIST_QUOTES_PRONOUNS_SINGULAR) ||
       tok_in(&t[j - 1], NLP_LIST_QUOTES_PRONOUNS_OTHER)) &&
      !(j - 1 > lo && is_word(&t[j - 2]) &&
        tok_in(&t[j - 2], NLP_LIST_QUOTES_DETERMINERS_BEFORE_NOUN))) {
    *a = j - 1;
    *b = j;
    return 1;
  }
  *b = j;
  while (j > lo && n < NP_MAX && is_word(&t[j - 1]) &&
         !(t[j - 1].flags & F_INQ) &&
         !tok_in_fold(&t[j - 1], NLP_LIST_QUOTES_NP_STOP_BACK)) {
    j--, n++;
    /* "its report on the council's work the committee": a new phrase
    ** starts at "the" unless a preposition or "and" leads to it. */
    if (word_eq(&t[j], it->text, "the") && j > lo && is_word(&t[j - 1]) &&
        !tok_in(&t[j - 1], NLP_LIST_QUOTES_PREPOSITIONS) &&
        !word_eq(&t[j - 1], it->text, "and") &&
        !tok_in(&t[j - 1], NLP_LIST_QUOTES_VERB_GAP_WORDS))
      break;
  }
  /* "and" may join words inside a phrase: "Former and current officials". */
  while (j > lo + 1 && n + 2 <= NP_MAX && word_eq(&t[j - 1], it->text, "and") &&
         is_word(&t[j - 2]) &&
         !tok_in(&t[j - 2], NLP_LIST_QUOTES_NP_STOP_BACK) &&
         !tok_in(&t[j - 2], NLP_LIST_QUOTES_SPEECH_VERBS)) {
    size_t k = j - 1;
    size_t m = 0;
    while (k > lo && m < 3 && is_word(&t[k - 1]) &&
           !tok_in(&t[k - 1], NLP_LIST_QUOTES_NP_STOP_BACK) &&
           !tok_in(&t[k - 1], NLP_LIST_QUOTES_SPEECH_VERBS))
      k--, m++;
    if (k == lo || !is_word(&t[k - 1]) ||
        (t[k - 1].cp == ',' || t[k - 1].flags & F_TERM))
      j = k, n += m + 1;
    else
      break;
  }
  /* Leading lower-case words that cannot start a subject. */
  while (j < *b && !(t[j].flags & F_CAP) &&
         (tok_in(&t[j], NLP_LIST_QUOTES_SPEECH_VERBS) ||
          tok_in(&t[j], NLP_LIST_QUOTES_FRAME_VERBS)))
    j++;
  *a = j;
  return *a < *b;
}

/* The phrase after the verb at v (inverted: said Earl Anthony Wayne). */
static int np_after(nlp_quotes_t *it, size_t v, size_t hi, size_t *a,
                    size_t *b) {
  const tok_t *t = it->toks;
  size_t j = v + 1, n = 0;
  if (word_eq(&t[v], it->text, "according")) {
    if (j >= hi || !word_eq(&t[j], it->text, "to"))
      return 0;
    j++;
  }
  *a = j;
  while (j < hi && n < NP_MAX && is_word(&t[j]) && !(t[j].flags & F_INQ)) {
    if (!(t[j].flags & F_CAP) &&
        tok_in(&t[j], NLP_LIST_QUOTES_NP_STOP_FORWARD) &&
        !(word_eq(&t[j], it->text, "of") && j + 1 < hi &&
          is_cap_word(&t[j + 1]) && j > *a && is_cap_word(&t[j - 1])) &&
        !((word_eq(&t[j], it->text, "for") || word_eq(&t[j], it->text, "of") ||
           word_eq(&t[j], it->text, "at")) &&
          j > *a && tok_in(&t[j - 1], NLP_LIST_QUOTES_ROLE_NOUNS)))
      break;
    j++, n++;
  }
  *b = j;
  return *a < *b;
}

/* ---------------------------------------------------------------- */
/* Attribution                                                       */
/* ---------------------------------------------------------------- */

/* *sing: 1 for he, 2 for she, 3 for I (named speakers), 0 for they/it. */
static int is_pronoun(const tok_t *t, const unsigned char *text, int *sing) {
  if (tok_in(t, NLP_LIST_QUOTES_PRONOUNS_SINGULAR)) {
    *sing = (t->e - t->s == 1)                         ? 3
            : (text[t->s] == 's' || text[t->s] == 'S') ? 2
                                                       : 1;
    return 1;
  }
  if (tok_in(t, NLP_LIST_QUOTES_PRONOUNS_OTHER)) {
    *sing = 0;
    return 1;
  }
  return 0;
}

/* The most recent speaker before token pos (named ones only when named). */
/* 1 when sp[0..n) was called "he", 2 "she", 0 when not known. */
static int gender_of(nlp_quotes_t *it, const char *sp, size_t n) {
  size_t m = it->ngenders < NAMES_MAX ? it->ngenders : NAMES_MAX;
  for (size_t j = 0; j < m; j++) {
    const name_t *g = &it->genders[(it->ngenders - 1 - j) % NAMES_MAX];
    if (g->n == n && memcmp(g->p, sp, n) == 0)
      return (int)g->lastn;
  }
  return 0;
}

static void set_gender(nlp_quotes_t *it, const char *sp, size_t n, int g) {
  name_t *e;
  if (!sp || (g != 1 && g != 2) || gender_of(it, sp, n) == g)
    return;
  e = &it->genders[it->ngenders++ % NAMES_MAX];
  e->p = sp, e->n = n, e->lastn = (size_t)g, e->last = NULL;
}

static int known_gender(nlp_quotes_t *it, const char *sp, size_t n);

/* Whether a speaker fits a pronoun (want: 0 any, 1 he, 2 she, 3 named). */
static int fits(nlp_quotes_t *it, const event_t *e, int want) {
  int g;
  if (want == 0)
    return 1;
  if (!e->named)
    return 0;
  if (want == 3)
    return 1;
  g = known_gender(it, e->sp, e->splen);
  return g == 0 || g == want;
}

static int recent_speaker(nlp_quotes_t *it, size_t pos, int named,
                          event_t *out) {
  size_t lo = 0, hi = it->nev, steps = 0;
  while (lo < hi) { /* first event at or after pos */
    size_t mid = (lo + hi) / 2;
    if (it->ev[mid].pos < pos)
      lo = mid + 1;
    else
      hi = mid;
  }
  while (lo > 0 && steps < 64) {
    lo--, steps++;
    if (fits(it, &it->ev[lo], named)) {
      *out = it->ev[lo];
      return 1;
    }
  }
  if (named && it->has_last_named && fits(it, &it->last_named, named)) {
    *out = it->last_named;
    return 1;
  }
  if (named) {
    /* No speaker yet: the most recent full name in the text before. */
    size_t n = it->nnames < NAMES_MAX ? it->nnames : NAMES_MAX;
    const unsigned char *at =
        pos < it->ntoks ? it->text + it->toks[pos].s : it->end;
    for (size_t j = 0; j < n; j++) {
      const name_t *nm = &it->names[(it->nnames - 1 - j) % NAMES_MAX];
      if ((const unsigned char *)nm->p < at && person_like(nm->p, nm->n) &&
          (named == 3 || known_gender(it, nm->p, nm->n) == 0 ||
           known_gender(it, nm->p, nm->n) == named)) {
        out->pos = pos;
        out->sp = nm->p;
        out->splen = nm->n;
        out->named = 1;
        return 1;
      }
    }
  }
  if (!named && it->has_last_any) {
    *out = it->last_any;
    return 1;
  }
  return 0;
}

/* The last event of this block before token pos. Events are in token
** order; a binary search, because a scan back from the block's last event
** for every quote would be quadratic in the block. */
static int block_event_before(nlp_quotes_t *it, size_t pos, event_t *out) {
  size_t lo = 0, hi = it->nev;
  while (lo < hi) { /* first event at or after pos */
    size_t mid = (lo + hi) / 2;
    if (it->ev[mid].pos < pos)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo == 0)
    return 0;
  *out = it->ev[lo - 1];
  return 1;
}

/* What is known of the gender of the name sp[0..n): a pronoun used for
** it, else its given name. */
static int known_gender(nlp_quotes_t *it, const char *sp, size_t n) {
  int g = gender_of(it, sp, n);
  return g ? g : given_name_gender(sp, n);
}

/* The first token at or after byte b. */
static size_t tok_at(const nlp_quotes_t *it, size_t b) {
  size_t lo = 0, hi = it->ntoks;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (it->toks[mid].s < b)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
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
           steps < 12)
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
  while (k > 0 && steps < 60) {
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
  if (k > 0 && steps >= 60)
    return 0;
  return j == 0 || it->pe[j - 1].e <= t[k].s;
}

/* Gender evidence for the PERSON mention [a, b) with canonical name
** c[0..n): a title ("Mrs Hale"), "his"/"her" right after it, what is
** already known of the name. */
static int mention_gender(nlp_quotes_t *it, size_t a, size_t b, const char *c,
                          size_t n) {
  const tok_t *t = it->toks;
  int g;
  for (size_t k = a > 0 ? a - 1 : a; k < b; k++) {
    if (tok_in(&t[k], NLP_LIST_QUOTES_TITLES_MALE))
      return 1;
    if (tok_in(&t[k], NLP_LIST_QUOTES_TITLES_FEMALE))
      return 2;
  }
  g = known_gender(it, c, n);
  if (g)
    return g;
  for (size_t k = b; k < it->ntoks && k < b + 3; k++) {
    if (tok_in_fold(&t[k], NLP_LIST_QUOTES_HE_WORDS))
      return 1;
    if (tok_in_fold(&t[k], NLP_LIST_QUOTES_SHE_WORDS))
      return 2;
    if (t[k].flags & F_TERM)
      break;
  }
  return 0;
}

/* "he"/"she" (sing 1 or 2) as subject of the verb v: the person most
** recently brought in as the subject of a sentence, when that happened
** after the last reporting verb, in this or the previous sentence, and
** the pronoun fits. Returns 1 and fills out; 0 to fall back on the
** speakers. */
static int mention_antecedent(nlp_quotes_t *it, size_t v, int sing,
                              event_t *out) {
  const tok_t *t = it->toks;
  event_t last = {0, NULL, 0, 0};
  size_t floor_tok = 0;
  int has_last = block_event_before(it, v, &last);
  if (has_last)
    floor_tok = last.pos + 1;
  size_t lo = 0, hi = it->npe;
  while (lo < hi) { /* the first mention at or after the verb */
    size_t mid = (lo + hi) / 2;
    if (it->pe[mid].s < t[v].s)
      lo = mid + 1;
    else
      hi = mid;
  }
  for (size_t j = lo; j > 0; j--) {
    const pent_t *p = &it->pe[j - 1];
    const char *c = it->parena + p->off;
    size_t a, b, terms = 0;
    int g;
    a = tok_at(it, p->s);
    b = tok_at(it, p->e);
    if (a < floor_tok || a >= v)
      return 0;
    if (t[a].flags & F_INQ)
      continue;
    for (size_t k = b; k < v && terms <= 2; k++)
      if ((t[k].flags & F_TERM) && !(t[k].flags & F_INQ))
        terms++;
    if (terms > 2)
      return 0; /* up to two sentences back */
    if (!subject_like(it, a, b) || !opens_sentence(it, a, j - 1))
      continue;
    g = mention_gender(it, a, b, c, p->len);
    if (g != 0 && g != sing)
      continue;
    if (g == 0 && terms > 1)
      return 0;
    if (g == 0) {
      /* Unknown: taken only when the last speaker cannot be meant. */
      int lg;
      if (!has_last || !last.named)
        return 0;
      lg = known_gender(it, last.sp, last.splen);
      if (lg == 0 || lg == sing)
        return 0;
    }
    out->pos = v;
    out->sp = intern(it, c, p->len);
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
static int role_antecedent(nlp_quotes_t *it, size_t v, int sing, event_t *out) {
  event_t last;
  size_t w, terms = 0;
  const char *wp;
  if (!block_event_before(it, v, &last) || last.named || !last.sp ||
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
  if (nlp_list_has(sing == 1 ? NLP_LIST_QUOTES_ROLES_FEMALE
                             : NLP_LIST_QUOTES_ROLES_MALE,
                   wp, last.splen - w))
    return 0;
  *out = last;
  out->pos = v;
  return 1;
}

/* The person a he/she/they subject of the verb v stands for. */
static int pronoun_speaker(nlp_quotes_t *it, size_t v, int sing, event_t *out) {
  if ((sing == 1 || sing == 2) && (mention_antecedent(it, v, sing, out) ||
                                   role_antecedent(it, v, sing, out)))
    return 1;
  return recent_speaker(it, v, sing, out);
}

/* Fills out from the speaker phrase [a, b) of the verb v. */
static void attribute(nlp_quotes_t *it, size_t a, size_t b, size_t v,
                      attr_t *out) {
  const tok_t *t = it->toks;
  int sing;
  memset(out, 0, sizeof(*out));
  out->found = 1;
  out->ms = t[a].s, out->me = t[b - 1].e;
  out->vs = t[v].s, out->ve = t[v].e;
  if (b - a == 1 && is_pronoun(&t[a], it->text, &sing)) {
    event_t e;
    if (pronoun_speaker(it, v, sing, &e)) {
      out->sp = e.sp, out->splen = e.splen, out->named = e.named;
      set_gender(it, e.sp, e.splen, sing);
    }
    return;
  }
  name_of(it, a, b, out);
}

/* Whether the phrase [a, b) holds a personal title: "Lord Butler". */
static int has_title(nlp_quotes_t *it, size_t a, size_t b) {
  for (size_t k = a; k < b; k++)
    if ((tok_in(&it->toks[k], NLP_LIST_QUOTES_TITLES_BEFORE_NAME) ||
         tok_in_fold(&it->toks[k], NLP_LIST_QUOTES_ROLE_NOUNS)) &&
        !word_eq(&it->toks[k], it->text, "The") &&
        !word_eq(&it->toks[k], it->text, "A") &&
        !word_eq(&it->toks[k], it->text, "An"))
      return 1;
  return 0;
}

/* The reporting verb's subject as an event (for pronouns), if any. */
static int verb_event(nlp_quotes_t *it, size_t v, event_t *e) {
  size_t a, b;
  attr_t at;
  int sing;
  if (!np_before(it, v, v > 12 ? v - 12 : 0, &a, &b)) {
    if (v == 0 ||
        !(it->toks[v - 1].cp == ',' || it->toks[v - 1].type == T_QCLOSE ||
          it->toks[v - 1].type == T_QAMB))
      return 0;
    if (!np_after(it, v, it->ntoks, &a, &b))
      return 0;
  }
  if (b - a == 1 && is_pronoun(&it->toks[a], it->text, &sing)) {
    /* "he said": the speaker it stands for, when there is one. */
    event_t r;
    if (!pronoun_speaker(it, v, sing, &r))
      return 0;
    set_gender(it, r.sp, r.splen, sing);
    *e = r;
    e->pos = v;
    return 1;
  }
  memset(&at, 0, sizeof(at));
  name_of(it, a, b, &at);
  e->pos = v;
  e->sp = at.sp;
  e->splen = at.splen;
  e->named = at.named && (person_like(at.sp, at.splen) || has_title(it, a, b));
  return 1;
}

static int collect_events(nlp_quotes_t *it) {
  it->nev = 0;
  for (size_t v = 0; v < it->ntoks; v++) {
    event_t e;
    const tok_t *t = &it->toks[v];
    if (t->type != T_WORD || (t->flags & (F_INQ | F_CAP)))
      continue;
    if (!tok_in(t, NLP_LIST_QUOTES_SPEECH_VERBS) &&
        !tok_in(t, NLP_LIST_QUOTES_FRAME_VERBS))
      continue;
    if (!verb_event(it, v, &e))
      continue;
    if (nlp_grow((void **)&it->ev, &it->capev, it->nev + 1, sizeof(event_t)))
      return NLP_ENOMEM;
    it->ev[it->nev++] = e;
  }
  return NLP_OK;
}

static int is_terminal(const tok_t *t) { return (t->flags & F_TERM) != 0; }

static int is_quote_tok(const tok_t *t) { return t->type >= T_QOPEN; }

static int is_speech_verb(nlp_quotes_t *it, size_t v) {
  return !(it->toks[v].flags & (F_CAP | F_INQ)) &&
         tok_in(&it->toks[v], NLP_LIST_QUOTES_SPEECH_VERBS);
}

/* Whether the words after the verb close a short attribution clause. */
static int short_clause_after(nlp_quotes_t *it, size_t v, size_t hi) {
  size_t j = v + 1;
  if (j >= hi)
    return 1;
  if (!is_word(&it->toks[j]))
    return 1;
  if (tok_in(&it->toks[j], NLP_LIST_QUOTES_SHORT_CLAUSE_WORDS))
    return 1;
  if (hi - j <= 3)
    return 1;                                   /* told reporters. */
  if (word_eq(&it->toks[j], it->text, "the")) { /* told the BBC News website */
    size_t k = j + 1;
    while (k < hi && is_cap_word(&it->toks[k]))
      k++;
    return k > j + 1 && (k + 2 >= hi);
  }
  return 0;
}

/* 1. The words after the closing mark at c, up to hi. */
static int tail_attr(nlp_quotes_t *it, size_t c, size_t hi, int ended_stop,
                     attr_t *out) {
  const tok_t *t = it->toks;
  size_t i = c + 1, a, b, v;
  while (i < hi && t[i].type == T_PUNCT &&
         (t[i].cp == ',' || t[i].cp == 0x2014 || t[i].cp == 0x2013 ||
          t[i].cp == '-'))
    i++;
  if (i >= hi)
    return 0;
  if (is_speech_verb(it, i)) { /* said X */
    if (np_after(it, i, hi, &a, &b)) {
      attribute(it, a, b, i, out);
      return 1;
    }
    return 0;
  }
  for (v = i; v < hi && v < i + 14; v++) {
    if (!is_word(&t[v]) && t[v].cp != ',' && t[v].cp != '&' && t[v].cp != '-')
      return 0;
    if (is_speech_verb(it, v))
      break;
  }
  if (v >= hi || v >= i + 14)
    return 0;
  if (!np_before(it, v, i, &a, &b))
    return 0;
  if (a != i) {
    /* A long subject with no commas: "Dr Mark Tuffy, games director at
    ** digital content firm THX told ...". */
    for (size_t k = i; k < a; k++)
      if ((!is_word(&t[k]) && t[k].cp != '&') || (t[k].flags & F_INQ))
        return 0;
    if (!is_cap_word(&t[i]))
      return 0;
    a = i;
  }
  if (v + 1 < it->ntoks && t[v + 1].cp == ':')
    return 0; /* the next one's */
  if (ended_stop && !short_clause_after(it, v, hi))
    return 0;
  if (word_eq(&t[v], it->text, "according"))
    return 0;
  attribute(it, a, b, v, out);
  return 1;
}

/* 2. A reporting verb before the opening mark at o, back to lo. */
static int head_attr(nlp_quotes_t *it, size_t lo, size_t o, attr_t *out) {
  const tok_t *t = it->toks;
  size_t v = o, a, b;
  while (v > lo) {
    v--;
    if (t[v].type != T_WORD || (t[v].flags & (F_CAP | F_INQ)))
      continue;
    if ((tok_in(&t[v], NLP_LIST_QUOTES_SPEECH_VERBS) ||
         tok_in(&t[v], NLP_LIST_QUOTES_FRAME_VERBS)) &&
        !(v > 0 &&
          tok_in_fold(&t[v - 1], NLP_LIST_QUOTES_DETERMINERS_BEFORE_NOUN)))
      break;
    if (v == lo)
      return 0;
  }
  if (v == o || t[v].type != T_WORD || (t[v].flags & F_CAP) ||
      !(tok_in(&t[v], NLP_LIST_QUOTES_SPEECH_VERBS) ||
        tok_in(&t[v], NLP_LIST_QUOTES_FRAME_VERBS))) {
    /* "Said Wales coach Scott Johnson: “...”" */
    if (tok_in_fold(&t[lo], NLP_LIST_QUOTES_SPEECH_VERBS) &&
        (t[lo].flags & F_CAP) && o > lo + 1 && t[o - 1].cp == ':' &&
        np_after(it, lo, o - 1, &a, &b)) {
      attribute(it, a, b, lo, out);
      return 1;
    }
    /* "Sir Alex Ferguson: “...”", a name alone before a colon. */
    if (o > lo + 1 && t[o - 1].cp == ':' && is_cap_word(&t[o - 2])) {
      size_t k = o - 1;
      while (k > lo && (is_word(&t[k - 1]) || t[k - 1].cp == '-'))
        k--;
      while (k < o - 1 && !is_word(&t[k]))
        k++;
      if (o - 1 - k >= 1 && o - 1 - k <= NP_MAX) {
        attr_t at;
        memset(&at, 0, sizeof(at));
        name_of(it, k, o - 1, &at);
        if (at.named) {
          *out = at;
          out->found = 1;
          out->ms = t[k].s, out->me = t[o - 2].e;
          out->vs = out->ve = 0;
          return 1;
        }
      }
    }
    return 0;
  }
  if (word_eq(&t[v], it->text, "according")) {
    if (!np_after(it, v, o, &a, &b))
      return 0;
  } else if (!np_before(it, v, lo, &a, &b)) {
    /* "..., said Smith: “...”" */
    if (!np_after(it, v, o, &a, &b) || v == 0 ||
        !(t[v - 1].cp == ',' || is_quote_tok(&t[v - 1])))
      return 0;
  }
  attribute(it, a, b, v, out);
  return 1;
}

/* Whether the head [lo, o) ends with "adding:", "saying that", ... */
static int participle_before(nlp_quotes_t *it, size_t lo, size_t o) {
  size_t k = o;
  while (k > lo && !is_word(&it->toks[k - 1]))
    k--;
  if (k > lo && word_eq(&it->toks[k - 1], it->text, "that"))
    k--;
  if (k > lo + 1 &&
      !tok_in(&it->toks[k - 1], NLP_LIST_QUOTES_SPEECH_PARTICIPLES) &&
      is_word(&it->toks[k - 2]) &&
      tok_in(&it->toks[k - 2], NLP_LIST_QUOTES_SPEECH_PARTICIPLES))
    k--; /* "telling reporters:" */
  return k > lo &&
         tok_in(&it->toks[k - 1], NLP_LIST_QUOTES_SPEECH_PARTICIPLES) &&
         o - k <= 3;
}

/* ---------------------------------------------------------------- */
/* Rows                                                              */
/* ---------------------------------------------------------------- */

static int push_row(nlp_quotes_t *it, size_t s, size_t e, const attr_t *at,
                    int pending) {
  row_t *r;
  if (nlp_grow((void **)&it->rows, &it->caprows, it->nrows + 1, sizeof(row_t)))
    return NLP_ENOMEM;
  r = &it->rows[it->nrows++];
  memset(r, 0, sizeof(*r));
  r->q.byte_start = s;
  r->q.byte_end = e;
  r->q.paragraph = it->paragraph;
  if (at && at->found) {
    r->q.speaker = at->sp;
    r->q.speaker_len = at->splen;
    r->q.mention_start = at->ms, r->q.mention_end = at->me;
    r->q.verb_start = at->vs, r->q.verb_end = at->ve;
    r->has_speaker = at->sp != NULL;
  }
  if (pending)
    it->npending++;
  return NLP_OK;
}

static void copy_speaker(row_t *r, const row_t *from) {
  r->q.speaker = from->q.speaker;
  r->q.speaker_len = from->q.speaker_len;
  r->has_speaker = from->has_speaker;
}

static void apply_attr(row_t *r, const attr_t *at) {
  r->q.speaker = at->sp;
  r->q.speaker_len = at->splen;
  r->q.mention_start = at->ms, r->q.mention_end = at->me;
  r->q.verb_start = at->vs, r->q.verb_end = at->ve;
  r->has_speaker = at->sp != NULL;
}

/* The quoted words between the marks: trimmed, a trailing comma (and the
** period of a fragment) left out. */
static void quote_words(nlp_quotes_t *it, size_t from, size_t to, int frag,
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

/* Whether a quoted fragment reads as a title: every word capitalised. */
static int title_like(nlp_quotes_t *it, size_t o, size_t c) {
  size_t words = 0;
  for (size_t k = o + 1; k < c; k++) {
    const tok_t *t = &it->toks[k];
    if (t->type != T_WORD) {
      if (is_terminal(t))
        return 0;
      continue;
    }
    if (!(t->flags & F_CAP) && !(t->flags & F_LOWER))
      continue; /* numbers */
    words++;
    if (!(t->flags & F_CAP) && !(t->e - t->s <= 3 && words > 1))
      return 0;
  }
  return words > 0;
}

/* Where the paragraph after the block at p starts, if it opens with a
** quotation mark. */
static int next_opens_quote(nlp_quotes_t *it, const unsigned char *p) {
  while (p < it->end && (nlp_char_at(p, it->end).klass & NLP_C_SPACE))
    p += nlp_char_at(p, it->end).len;
  if (p >= it->end)
    return 0;
  {
    nlp_char_t c = nlp_char_at(p, it->end);
    return c.cp == 0x201C || c.cp == '"' || c.cp == 0x2018 || c.cp == 0x201E ||
           c.cp == 0x00AB;
  }
}

/* Drops pending pieces that never found a speaker; the rest are kept. */
static void flush_pending(nlp_quotes_t *it) {
  size_t first = it->nrows - it->npending, w = first;
  for (size_t k = first; k < it->nrows; k++) {
    if (it->pend.found)
      apply_attr(&it->rows[k], &it->pend);
    if (it->rows[k].has_speaker || it->rows[k].q.verb_end)
      it->rows[w++] = it->rows[k];
  }
  it->nrows = w;
  it->npending = 0;
  memset(&it->pend, 0, sizeof(it->pend));
}

static int process_block(nlp_quotes_t *it, const unsigned char *bend) {
  const tok_t *t;
  size_t prev_close = NONE, prev_hi = NONE, first_row;
  attr_t prev_attr;
  int prev_has = 0, rc;
  memset(&prev_attr, 0, sizeof(prev_attr));
  if ((rc = pair_marks(it)) != NLP_OK)
    return rc;
  it->npe = 0;
  if ((it->nqs > 0 || it->ents_state == 1) && it->ntoks > 0 &&
      (rc = collect_entities(it, it->toks[0].s, (size_t)(bend - it->text))) !=
          NLP_OK)
    return rc;
  collect_names(it);
  if ((rc = collect_events(it)) != NLP_OK)
    return rc;
  t = it->toks;
  if (it->npending && !(it->nqs > 0 && it->qs[0].o == 0))
    flush_pending(it);
  first_row = it->nrows;
  if (it->prev_quote_speaker && it->prev_quote_para + 1 >= it->paragraph) {
    prev_attr = it->prev_quote;
    prev_has = 1;
  }
  for (size_t qi = 0; qi < it->nqs; qi++) {
    size_t o = it->qs[qi].o, c = it->qs[qi].c, lo = o, hi, s, e, hw = 0;
    int frag, ended_stop = 0, cont_piece = 0, is_cont;
    int reopen = it->qs[qi].reopen;
    attr_t at;
    memset(&at, 0, sizeof(at));
    is_cont = it->cont && qi == 0 && o == 0;
    /* The head: back to the sentence start or the previous quote. */
    while (lo > 0 && !is_terminal(&t[lo - 1]) &&
           (prev_close == NONE || lo - 1 > prev_close))
      lo--;
    for (size_t k = lo; k < o; k++)
      if (t[k].type == T_WORD)
        hw++;
    frag = (o + 1 < it->ntoks && t[o + 1].type == T_WORD &&
            (t[o + 1].flags & F_LOWER)) ||
           (hw > 0 && o > 0 && t[o - 1].type == T_WORD);
    if (is_cont)
      frag = 0;
    if (c != NONE) {
      for (size_t k = c; k > o + 1; k--) {
        if (t[k - 1].type == T_WORD)
          break;
        if (is_terminal(&t[k - 1]))
          ended_stop = t[k - 1].cp == '.';
      }
      hi = c + 1;
      while (hi < it->ntoks && !is_quote_tok(&t[hi]) && !is_terminal(&t[hi]))
        hi++;
      if (hi < it->ntoks && is_terminal(&t[hi]))
        hi++;
      if (reopen)
        hi = c; /* no words after it: the quote goes on */
      quote_words(it, t[o].e, t[c].s,
                  hw > 0 && o > 0 && t[o - 1].type == T_WORD, &s, &e);
    } else {
      if (it->qs[qi].fam != FAM_D)
        continue; /* an apostrophe, likely */
      quote_words(it, t[o].e, (size_t)(bend - it->text), frag, &s, &e);
      hi = it->ntoks;
      cont_piece = qi + 1 == it->nqs && next_opens_quote(it, bend);
    }
    if (s >= e) {
      prev_close = c;
      continue;
    }
    if (frag && c != NONE && title_like(it, o, c)) {
      prev_close = c;
      continue;
    }
    if (c != NONE && !reopen && !frag)
      tail_attr(it, c, hi, ended_stop, &at);
    if (!at.found && hw > 0)
      head_attr(it, lo, o, &at);
    if (!at.found && hw > 0 && participle_before(it, lo, o)) {
      /* "..., adding: “...”": the speaker of the clause it hangs on. */
      event_t ev;
      if (prev_has && prev_attr.sp && prev_close != NONE &&
          lo == prev_close + 1) {
        at = prev_attr;
        at.ms = at.me = at.vs = at.ve = 0;
      } else if (block_event_before(it, o, &ev) && ev.pos >= lo) {
        at.found = 1;
        at.sp = ev.sp;
        at.splen = ev.splen;
        at.named = ev.named;
      }
    }
    if (!at.found && c != NONE && !reopen && frag)
      tail_attr(it, c, hi, ended_stop, &at);
    if (!at.found && hw == 0 && !frag && !is_cont) {
      /* 3. The same speaker goes on, or the sentence before named one. */
      event_t between;
      int named_between = lo > 0 && block_event_before(it, lo, &between) &&
                          (prev_close == NONE || between.pos > prev_close) &&
                          between.pos + 40 > lo;
      if (prev_has && prev_attr.sp && !named_between &&
          (prev_hi != NONE ? lo <= prev_hi : o == 0)) {
        at = prev_attr;
        at.ms = at.me = at.vs = at.ve = 0;
      } else if (o == 0 && it->prev_block_colon && !prev_has) {
        at.found = 1;
        at.sp = it->prev_block_tail.sp;
        at.splen = it->prev_block_tail.splen;
      } else if (lo > 0 && it->nev > 0) {
        /* A reporting verb in the sentence before, if it ended there. */
        size_t plo = lo - 1;
        event_t ev;
        while (plo > 0 && !is_terminal(&t[plo - 1]) &&
               !is_quote_tok(&t[plo - 1]))
          plo--;
        if (block_event_before(it, lo, &ev) && ev.pos >= plo &&
            !(t[lo - 1].type == T_QCLOSE)) {
          at.found = 1;
          at.sp = ev.sp;
          at.splen = ev.splen;
          at.named = ev.named;
        }
      }
    }
    if (is_cont) {
      /* This piece goes on with the quote of the paragraphs before. */
      if (at.found && at.sp)
        it->pend = at;
      if (!cont_piece) {
        if (it->pend.found)
          at = it->pend;
        if ((rc = push_row(it, s, e, &at, 0)) != NLP_OK)
          return rc;
        it->npending++; /* resolved together below */
        flush_pending(it);
        prev_attr = at;
        prev_has = at.found;
        prev_close = c;
        prev_hi = hi;
        continue;
      }
    } else if (cont_piece) {
      if (it->npending)
        flush_pending(it);
      it->pend = at;
    }
    if (cont_piece) {
      if (it->npending >= MAX_PENDING)
        flush_pending(it);
      if ((rc = push_row(it, s, e, &at, 1)) != NLP_OK)
        return rc;
      break;
    }
    if (c == NONE && !at.found)
      continue;
    if (!at.found) {
      if (reopen) { /* may take the speaker of the piece after it */
        if ((rc = push_row(it, s, e, NULL, 0)) != NLP_OK)
          return rc;
        it->rows[it->nrows - 1].waiting = 1;
        it->rows[it->nrows - 1].open_at = t[o].s;
        it->rows[it->nrows - 1].next_at = t[c].s;
      }
      prev_close = c;
      continue;
    }
    if ((rc = push_row(it, s, e, &at, 0)) != NLP_OK)
      return rc;
    it->rows[it->nrows - 1].open_at = t[o].s;
    prev_attr = at;
    prev_has = 1;
    prev_close = c;
    prev_hi = hi;
  }
  /* Pieces that wait for the speaker of the piece after them. */
  {
    size_t end = it->nrows - it->npending, w;
    for (size_t k = end; k > first_row; k--) {
      row_t *r = &it->rows[k - 1];
      if (r->waiting && !r->has_speaker && k < end && it->rows[k].has_speaker &&
          it->rows[k].open_at == r->next_at) {
        copy_speaker(r, &it->rows[k]);
        r->q.mention_start = r->q.mention_end = 0;
        r->q.verb_start = r->q.verb_end = 0;
      }
    }
    w = first_row;
    for (size_t k = first_row; k < it->nrows; k++)
      if (k >= end || !it->rows[k].waiting || it->rows[k].has_speaker)
        it->rows[w++] = it->rows[k];
    it->nrows = w;
  }
  /* Carry what later blocks need. */
  if (it->nev > 0) {
    event_t e;
    it->last_any = it->ev[it->nev - 1];
    it->has_last_any = 1;
    if (recent_speaker(it, it->ntoks, 3, &e)) {
      it->last_named = e;
      it->has_last_named = 1;
    }
    it->prev_block_tail = it->ev[it->nev - 1];
  }
  it->prev_block_colon = it->ntoks > 0 && t[it->ntoks - 1].cp == ':' &&
                         it->nev > 0 &&
                         it->ev[it->nev - 1].pos + 8 >= it->ntoks;
  it->prev_quote_speaker = 0;
  if (prev_has && prev_hi != NONE && prev_hi >= it->ntoks) {
    it->prev_quote = prev_attr;
    it->prev_quote_speaker = 1;
    it->prev_quote_para = it->paragraph;
  }
  return NLP_OK;
}

/* Reads the next block into the rows; 0 at the end of the text. */
static int next_block(nlp_quotes_t *it, int *more) {
  const unsigned char *p = it->pos, *b, *e, *end = it->end;
  int breaks = 0, rc;
  /* Skip white space, counting line breaks. */
  while (p < end) {
    nlp_char_t c = nlp_char_at(p, end);
    if (!(c.klass & NLP_C_SPACE))
      break;
    if (*p == '\n' || (*p == '\r' && !(p + 1 < end && p[1] == '\n')))
      breaks++;
    else if (c.cp == 0x2029)
      breaks += 2;
    else if (c.cp == 0x2028 || c.cp == 0x85)
      breaks++;
    p += c.len;
  }
  if (p >= end) {
    it->pos = end;
    *more = 0;
    return NLP_OK;
  }
  if (it->started && breaks >= 2)
    it->paragraph++;
  it->started = 1;
  b = p;
  /* The block ends at a blank line, or at white space near BLOCK_MAX. */
  e = b;
  while (e < end) {
    if (*e == '\n' || *e == '\r') {
      const unsigned char *q = e;
      int n = 0;
      while (q < end && (*q == '\n' || *q == '\r' || *q == ' ' || *q == '\t')) {
        if (*q == '\n' || (*q == '\r' && !(q + 1 < end && q[1] == '\n')))
          n++;
        q++;
      }
      if (n >= 2 || q >= end)
        break;
      e = q;
      continue;
    }
    if ((size_t)(e - b) >= BLOCK_MAX && (*e == ' ' || *e == '\t'))
      break;
    if ((size_t)(e - b) >= 2 * (size_t)BLOCK_MAX && (*e & 0xC0) != 0x80)
      break;
    e++;
  }
  it->pos = e;
  rc = tokenize(it, b, e);
  if (rc == NLP_OK)
    rc = process_block(it, e);
  it->cont = it->npending > 0;
  *more = 1;
  return rc;
}

void nlp_quotes_set_check(nlp_quotes_t *it, nlp_check_fn check, void *arg) {
  if (!it)
    return;
  it->check = check;
  it->check_arg = arg;
  it->checked_at = it->pos;
}

int nlp_quotes_next(nlp_quotes_t *it, nlp_quote_t *q) {
  if (!it || !q)
    return NLP_EINVAL;
  if (it->stopped)
    return NLP_EINTR;
  while (it->emit >= it->nrows - it->npending) {
    int more, rc;
    if (it->check && it->pos - it->checked_at >= CHECK_BYTES) {
      it->checked_at = it->pos;
      if (it->check(it->check_arg)) {
        it->stopped = 1;
        return NLP_EINTR;
      }
    }
    /* Keep the pending pieces, drop the rows already given out. */
    if (it->emit > 0)
      memmove(it->rows, it->rows + it->emit,
              (it->nrows - it->emit) * sizeof(row_t));
    it->nrows -= it->emit;
    it->emit = 0;
    rc = next_block(it, &more);
    if (rc == NLP_EINTR)
      it->stopped = 1;
    if (rc != NLP_OK)
      return rc;
    if (!more) {
      if (it->npending) {
        flush_pending(it);
        if (it->nrows > 0)
          continue;
      }
      return NLP_DONE;
    }
  }
  *q = it->rows[it->emit++].q;
  q->idx = it->idx++;
  /* The sentence where the quote starts. */
  while (it->sent_state != 2 &&
         (it->sent_state == 0 || it->sent.byte_end <= q->byte_start)) {
    nlp_sentence_t s;
    int rc = nlp_sentences_next(it->sents, &s);
    if (rc == NLP_OK) {
      it->sent = s;
      it->sent_state = 1;
    } else if (rc == NLP_DONE) {
      if (it->sent_state == 0)
        memset(&it->sent, 0, sizeof(it->sent));
      it->sent_state = 2;
    } else {
      return rc;
    }
  }
  q->sentence = it->sent.idx;
  return NLP_OK;
}
