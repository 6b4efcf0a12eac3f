/*
** tokens.c: the word tokenizer.
**
** Usage (C):
**   nlp_tokens_t *it; nlp_token_t t;
**   nlp_tokens_new(text, len, &it);
**   while (nlp_tokens_next(it, &t) == NLP_OK) use(text + t.byte_start, ...);
**   nlp_tokens_free(it);
**
** Tokens are found inside each sentence of nlp_sentences, so no token
** crosses a sentence boundary. The rules (README "Tokens"):
**   - URLs (scheme:// or www.), e-mail addresses, #hashtags and @mentions
**     are one token each; trailing punctuation is not part of them.
**   - Numbers keep their inner separators and a decade or ordinal suffix:
**     3.5, 11,000, 10:30, 1990s, 2nd. Currency signs are separate symbols:
**     "$1.2" is "$" "1.2".
**   - Words keep inner hyphens and apostrophes (Sherwood-Randall, O'Brien);
**     the clitics 's 're 've 'll 'd 'm and n't are split off as their own
**     words, as in the Penn Treebank ("Wednesday" "'s", "do" "n't").
**   - Letters joined by periods (U.S., a.m., Ph.D.) and known abbreviations
**     (Mr., Gov., Jan., Inc.) keep their period; single capital initials
**     before a space do too ("F.").
**   - Punctuation is one token per character, except runs of the same
**     character (..., --, !!) and mixed ?! runs.
*/
#include <stdlib.h>
#include <string.h>

#include "abbrev.h"
#include "chars.h"
#include "nlp.h"

struct nlp_tokens {
  nlp_sentences_t *sents;
  const unsigned char *text, *end;
  const unsigned char *pos;  /* next byte to tokenise */
  const unsigned char *send; /* end of the current sentence */
  size_t sentence;           /* idx of the current sentence */
  size_t idx;                /* next token ordinal */
  int have_sentence;
};

static const char *const KIND_NAMES[] = {"word",  "number",  "punct",
                                         "symbol", "url",    "email",
                                         "hashtag", "mention", "emoji",
                                         "other"};

const char *nlp_token_kind_name(nlp_token_kind_t kind) {
  if ((unsigned)kind > NLP_TOKEN_OTHER) return "other";
  return KIND_NAMES[kind];
}

int nlp_tokens_new(const char *text, size_t len, nlp_tokens_t **out) {
  nlp_tokens_t *it;
  int rc;
  if (!out || (!text && len)) return NLP_EINVAL;
  it = calloc(1, sizeof(*it));
  if (!it) return NLP_ENOMEM;
  rc = nlp_sentences_new(text, len, &it->sents);
  if (rc != NLP_OK) {
    free(it);
    return rc;
  }
  it->text = (const unsigned char *)(text ? text : "");
  it->end = it->text + len;
  *out = it;
  return NLP_OK;
}

void nlp_tokens_free(nlp_tokens_t *it) {
  if (!it) return;
  nlp_sentences_free(it->sents);
  free(it);
}

static uint32_t klass_at(const unsigned char *p, const unsigned char *end) {
  if (p >= end) return 0;
  return nlp_char_at(p, end).klass;
}

static int is_apos(int32_t cp) { return cp == '\'' || cp == 0x2019; }

/* Length of the clitic at p ('s, n't, ...) that ends a word at wend, or 0. */
static size_t clitic_len(const unsigned char *p, const unsigned char *wend) {
  static const char *const tails[] = {"s", "re", "ve", "ll", "d", "m"};
  size_t n = (size_t)(wend - p);
  nlp_char_t a;
  if (n < 2) return 0;
  a = nlp_char_at(p, wend);
  if (is_apos(a.cp)) {
    size_t rest = n - a.len;
    for (size_t i = 0; i < 6; i++) {
      size_t k = strlen(tails[i]);
      if (k != rest) continue;
      size_t j = 0;
      while (j < k && (p[a.len + j] | 0x20) == tails[i][j]) j++;
      if (j == k) return n;
    }
  }
  return 0;
}

/* Scans a URL or e-mail from p within [p, e); returns its end or p. */
static const unsigned char *scan_link(const unsigned char *p,
                                      const unsigned char *e,
                                      nlp_token_kind_t *kind) {
  const unsigned char *q = p, *at = NULL, *dot = NULL;
  int scheme = 0;
  while (q < e && !(klass_at(q, e) & NLP_C_SPACE)) {
    if (*q == '@' && !at) at = q;
    if (*q == ':' && q + 2 < e && q[1] == '/' && q[2] == '/') scheme = 1;
    q += nlp_char_at(q, e).len;
  }
  /* Trailing punctuation belongs to the sentence, not the link. */
  while (q > p) {
    const unsigned char *b = nlp_char_before(p, q);
    uint32_t k = nlp_char_at(b, q).klass;
    if (!(k & (NLP_C_PUNCT)) || *b == '/') break;
    q = b;
  }
  for (const unsigned char *r = at ? at : p; r < q; r++)
    if (*r == '.' && r + 1 < q) dot = r;
  if (scheme || ((size_t)(q - p) > 4 && (p[0] | 0x20) == 'w' &&
                 (p[1] | 0x20) == 'w' && (p[2] | 0x20) == 'w' && p[3] == '.')) {
    *kind = NLP_TOKEN_URL;
    return q;
  }
  if (at && at > p && dot && dot > at + 1) {
    for (const unsigned char *r = p; r < at; r++)
      if (klass_at(r, at) & (NLP_C_OPEN | NLP_C_CLOSE | NLP_C_QUOTE))
        return p;
    *kind = NLP_TOKEN_EMAIL;
    return q;
  }
  return p;
}

static const unsigned char *scan_number(const unsigned char *p,
                                        const unsigned char *e) {
  const unsigned char *q = p;
  while (q < e && (*q >= '0' && *q <= '9')) q++;
  for (;;) {
    if (q + 1 < e && (*q == '.' || *q == ',' || *q == ':') && q[1] >= '0' &&
        q[1] <= '9') {
      q++;
      while (q < e && *q >= '0' && *q <= '9') q++;
      continue;
    }
    if (q < e && !(*q >= '0' && *q <= '9') &&
        (klass_at(q, e) & NLP_C_DIGIT)) { /* other scripts' digits */
      q += nlp_char_at(q, e).len;
      continue;
    }
    break;
  }
  /* 1990s, 2nd, 3rd, 4th, 21st */
  {
    size_t rest = (size_t)(e - q);
    const unsigned char *r = q;
    size_t k = 0;
    while (k < rest && k < 3 && ((r[k] | 0x20) >= 'a' && (r[k] | 0x20) <= 'z'))
      k++;
    if (k > 0 && !(klass_at(r + k, e) & NLP_C_LETTER)) {
      char s0 = (char)(r[0] | 0x20), s1 = k > 1 ? (char)(r[1] | 0x20) : 0;
      if ((k == 1 && s0 == 's') ||
          (k == 2 && ((s0 == 's' && s1 == 't') || (s0 == 'n' && s1 == 'd') ||
                      (s0 == 'r' && s1 == 'd') || (s0 == 't' && s1 == 'h'))))
        q += k;
    }
  }
  return q;
}

/* Scans a word from p (a letter or mark). */
static const unsigned char *scan_word(const unsigned char *p,
                                      const unsigned char *e) {
  const unsigned char *q = p;
  for (;;) {
    while (q < e) {
      nlp_char_t c = nlp_char_at(q, e);
      if (!(c.klass & (NLP_C_LETTER | NLP_C_DIGIT))) break;
      q += c.len;
    }
    if (q >= e) break;
    {
      nlp_char_t c = nlp_char_at(q, e);
      if ((c.cp == '-' || is_apos(c.cp) || c.cp == 0x2010 || c.cp == 0x2011) &&
          (klass_at(q + c.len, e) & NLP_C_LETTER)) {
        q += c.len;
        continue;
      }
      if (c.cp == '-' && (klass_at(q + c.len, e) & NLP_C_DIGIT)) {
        q += c.len;
        continue;
      }
    }
    break;
  }
  return q;
}

static int next_in_sentence(nlp_tokens_t *it, nlp_token_t *t) {
  const unsigned char *p = it->pos, *e = it->send, *q;
  nlp_token_kind_t kind;
  nlp_char_t c;
  while (p < e) {
    c = nlp_char_at(p, e);
    if (!(c.klass & NLP_C_SPACE)) break;
    p += c.len;
  }
  if (p >= e) return NLP_DONE;
  c = nlp_char_at(p, e);
  kind = NLP_TOKEN_OTHER;
  q = scan_link(p, e, &kind);
  if (q > p) goto emit;
  if ((c.cp == '#' || c.cp == '@') && (klass_at(p + 1, e) & NLP_C_LETTER)) {
    kind = c.cp == '#' ? NLP_TOKEN_HASHTAG : NLP_TOKEN_MENTION;
    q = scan_word(p + 1, e);
    goto emit;
  }
  if (c.klass & NLP_C_DIGIT) {
    kind = NLP_TOKEN_NUMBER;
    q = scan_number(p, e);
    goto emit;
  }
  if (c.klass & NLP_C_LETTER) {
    const unsigned char *w = scan_word(p, e), *r;
    kind = NLP_TOKEN_WORD;
    /* Letters joined by periods: U.S. a.m. Ph.D. */
    r = p;
    if (w < e && *w == '.') {
      const unsigned char *s = w;
      int dots = 0;
      while (s < e && *s == '.') {
        const unsigned char *n = s + 1;
        dots++;
        if (n < e && (klass_at(n, e) & NLP_C_LETTER)) {
          const unsigned char *m = n;
          while (m < e && (klass_at(m, e) & NLP_C_LETTER)) m += nlp_char_at(m, e).len;
          if (m - n > 2) break;
          s = m;
          continue;
        }
        s = n;
        break;
      }
      if (dots >= 2 && s[-1] == '.') {
        q = s;
        goto emit;
      }
      /* Known abbreviation or a capital initial keeps its period. */
      if (nlp_abbrev_lookup((const char *)p, (size_t)(w - p)) !=
              NLP_ABBR_NONE ||
          (w - p == 1 && (c.klass & NLP_C_UPPER))) {
        q = w + 1;
        goto emit;
      }
    }
    (void)r;
    /* Split a clitic off the end: Wednesday's -> Wednesday 's. */
    for (const unsigned char *a = p + 1; a < w; a++) {
      if (*a == '\'' || (a + 2 < w && a[0] == 0xE2 && a[1] == 0x80 && a[2] == 0x99)) {
        size_t k = clitic_len(a, w);
        if (k) {
          /* n't: the n belongs to the clitic. */
          const unsigned char *cut = a;
          if (k == 0) break;
          q = cut;
          goto emit;
        }
      }
      if ((*a | 0x20) == 'n' && a + 1 < w && is_apos(nlp_char_at(a + 1, w).cp)) {
        const unsigned char *t2 = a + 1 + nlp_char_at(a + 1, w).len;
        if (w - t2 == 1 && (*t2 | 0x20) == 't' && a > p) {
          q = a;
          goto emit;
        }
      }
    }
    /* At a clitic itself: 's or n't. */
    q = w;
    goto emit;
  }
  if (is_apos(c.cp)) {
    const unsigned char *w = scan_word(p + c.len, e);
    if (w > p + c.len && clitic_len(p, w)) {
      kind = NLP_TOKEN_WORD;
      q = w;
      goto emit;
    }
  }
  if (c.klass & NLP_C_EMOJI) {
    kind = NLP_TOKEN_EMOJI;
    q = p + c.len;
    while (q < e) { /* ZWJ sequences, variation selectors, skin tones */
      nlp_char_t d = nlp_char_at(q, e);
      if (d.cp == 0x200D && q + d.len < e) {
        q += d.len;
        q += nlp_char_at(q, e).len;
      } else if ((d.cp >= 0xFE00 && d.cp <= 0xFE0F) ||
                 (d.cp >= 0x1F3FB && d.cp <= 0x1F3FF)) {
        q += d.len;
      } else {
        break;
      }
    }
    goto emit;
  }
  if (c.klass & NLP_C_PUNCT) {
    kind = NLP_TOKEN_PUNCT;
    q = p + c.len;
    if (c.klass & NLP_C_TERM) {
      while (q < e && (klass_at(q, e) & NLP_C_TERM)) q += nlp_char_at(q, e).len;
    } else {
      while (q < e && nlp_char_at(q, e).cp == c.cp) q += c.len;
    }
    goto emit;
  }
  kind = (c.klass & NLP_C_SYMBOL) ? NLP_TOKEN_SYMBOL : NLP_TOKEN_OTHER;
  q = p + c.len;
emit:
  t->byte_start = (size_t)(p - it->text);
  t->byte_end = (size_t)(q - it->text);
  t->kind = kind;
  t->sentence = it->sentence;
  t->idx = it->idx++;
  it->pos = q;
  return NLP_OK;
}

int nlp_tokens_next(nlp_tokens_t *it, nlp_token_t *t) {
  if (!it || !t) return NLP_EINVAL;
  for (;;) {
    if (it->have_sentence) {
      int rc = next_in_sentence(it, t);
      if (rc != NLP_DONE) return rc;
      it->have_sentence = 0;
    }
    {
      nlp_sentence_t s;
      int rc = nlp_sentences_next(it->sents, &s);
      if (rc != NLP_OK) return rc;
      it->pos = it->text + s.byte_start;
      it->send = it->text + s.byte_end;
      it->sentence = s.idx;
      it->have_sentence = 1;
    }
  }
}
