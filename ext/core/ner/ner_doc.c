/*
** ner_doc.c: documents for the tagger (see ner.h): pass 1 reads the text
** once for every word's document facts (seen in lower case, seen
** capitalised mid-sentence) and keeps its tokens (the token cache); pass 2
** reads it again in blocks of whole segments and gives each token its
** capitalisation, segment, headline flag, word lists, city and gazetteer
** names. The rules that cut segments and flag headlines are named here.
*/
#include <stdlib.h>
#include <string.h>

#include "text/alloc.h"
#include "text/chars.h"
#include "text/wordset.h"
#include "ner/ner_int.h"

/* The capitalisation class of a word (ner_tok_t.cap) from its counts of
** capitals, lower-case letters and letters, and whether it opens with a
** capital. */
static uint8_t cap_class(size_t nup, size_t nlow, size_t letters,
                         int first_up) {
  if (nup == 0)
    return NER_CAP_NONE;
  if (first_up && nlow > 0)
    return NER_CAP_TITLE;
  if (nlow == 0)
    return letters >= 2 ? NER_CAP_UPPER : NER_CAP_TITLE;
  return NER_CAP_MIXED;
}

/* The cap and h_lower of a token: h_lower of its first MAXW bytes as
** written (pass 1) or with curly quotes as straight ones (pass 2: the form
** the features read, as tok_bytes gives it), ASCII capitals lowered. */
static void tok_case_any(ner_tok_t *t, const char *text, int straight_quotes);

/* tok_case's table: of a byte, its ASCII-lower-cased form (bits 0-7) and a
** one in the field counting its kind: capitals (bits 16-31), lower-case
** letters (bits 32-47), bytes of 0x80 and up (48-63). Summed over a token
** of at most MAXW bytes, no field overflows into the next. */
#define TC_UP ((uint64_t)1 << 16)
#define TC_LOW ((uint64_t)1 << 32)
#define TC_HIGH ((uint64_t)1 << 48)
#define TC(b)                                                                  \
  ((b) >= 0x80                ? TC_HIGH                                        \
   : (b) >= 'A' && (b) <= 'Z' ? TC_UP | (uint64_t)((b) + 32)                   \
   : (b) >= 'a' && (b) <= 'z' ? TC_LOW | (uint64_t)(b)                         \
                              : (uint64_t)(b))
#define TC4(b) TC(b), TC((b) + 1), TC((b) + 2), TC((b) + 3)
#define TC16(b) TC4(b), TC4((b) + 4), TC4((b) + 8), TC4((b) + 12)
#define TC64(b) TC16(b), TC16((b) + 16), TC16((b) + 32), TC16((b) + 48)
static const uint64_t TOK_CASE[256] = {TC64(0), TC64(64), TC64(128), TC64(192)};

/* tok_case for an ASCII token of 1 to MAXW bytes, in one loop of a table
** look-up a byte (ASCII letters are A-Z and a-z: letters = capitals +
** lower case); others go to tok_case_any, which gives the same for ASCII. */
static NER_INLINE void tok_case(ner_tok_t *t, const char *text,
                                int straight_quotes) {
  const unsigned char *p = (const unsigned char *)text + t->bs;
  size_t n = t->be - t->bs, nup, nlow;
  uint32_t h = NER_HASH_START(1);
  uint64_t acc = 0;
  if (n == 0 || n > MAXW) {
    tok_case_any(t, text, straight_quotes);
    return;
  }
  if (n & 1) { /* an odd length: the first byte alone */
    uint64_t c = TOK_CASE[p[0]];
    acc = c;
    NER_HASH_STEP(h, (unsigned char)c);
  }
  for (size_t i = n & 1; i < n; i += 2) { /* then two bytes a turn */
    uint64_t c = TOK_CASE[p[i]], c2 = TOK_CASE[p[i + 1]];
    acc += c + c2;
    NER_HASH_STEP(h, (unsigned char)c);
    NER_HASH_STEP(h, (unsigned char)c2);
  }
  if (acc >= TC_HIGH) {
    tok_case_any(t, text, straight_quotes);
    return;
  }
  nup = (size_t)(acc >> 16 & 0xffff);
  nlow = (size_t)(acc >> 32 & 0xffff);
  t->cap = cap_class(nup, nlow, nup + nlow, (TOK_CASE[p[0]] & TC_UP) != 0);
  t->h_lower = ner_hash_final(h);
}

static void tok_case_any(ner_tok_t *t, const char *text, int straight_quotes) {
  const unsigned char *p = (const unsigned char *)text + t->bs;
  const unsigned char *end = (const unsigned char *)text + t->be;
  const unsigned char *lim = t->be - t->bs > MAXW ? p + MAXW : end;
  size_t nup = 0, nlow = 0, letters = 0;
  uint32_t h = NER_HASH_START(1);
  int first_up = -1;
  for (const unsigned char *q = p; q < lim;) {
    unsigned char b = *q++;
    if (b == 0xE2 && straight_quotes && q + 1 < lim && q[0] == 0x80 &&
        (q[1] == 0x98 || q[1] == 0x99 || q[1] == 0x9C || q[1] == 0x9D)) {
      b = q[1] >= 0x9C ? '"' : '\'';
      q += 2;
    }
    NER_HASH_STEP(h, b >= 'A' && b <= 'Z' ? b + 32 : b);
  }
  while (p < end) {
    nlp_char_t c = nlp_char_at(p, end);
    if (first_up < 0)
      first_up = (c.klass & NLP_C_UPPER) != 0;
    nup += (c.klass & NLP_C_UPPER) != 0;
    nlow += (c.klass & NLP_C_LOWER) != 0;
    letters += (c.klass & NLP_C_LETTER) != 0;
    p += c.len;
  }
  t->cap = cap_class(nup, nlow, letters, first_up == 1);
  t->h_lower = ner_hash_final(h);
}

/* ---- the per-document word map ---------------------------------------- */

static int map_grow(ner_doc_t *d) {
  size_t ncap = d->mcap ? d->mcap * 2 : 1024;
  struct ner_map_slot *m = nlp_mem_calloc(ncap, sizeof *m);
  if (!m)
    return NLP_ENOMEM;
  for (size_t i = 0; i < d->mcap; i++) {
    if (!d->map[i].key)
      continue;
    size_t j = d->map[i].key & (ncap - 1);
    while (m[j].key)
      j = (j + 1) & (ncap - 1);
    m[j] = d->map[i];
  }
  nlp_mem_free(d->map);
  d->map = m;
  d->mcap = ncap;
  return NLP_OK;
}

/* The value of key h, added if absent; NULL when out of memory. */
static NER_INLINE uint8_t *map_slot(ner_doc_t *d, uint32_t h) {
  size_t j;
  if (!h)
    h = 1;
  if ((d->mcount + 1) * 2 > d->mcap && map_grow(d) != NLP_OK)
    return NULL;
  j = h & (d->mcap - 1);
  while (d->map[j].key && d->map[j].key != h)
    j = (j + 1) & (d->mcap - 1);
  if (!d->map[j].key) {
    d->map[j].key = h;
    d->mcount++;
  }
  return &d->map[j].val;
}

/* Asks for the memory that ner_words_dict() and ner_map_get() will read for
** hash h (the word lists and the map are too big for the nearer caches; a
** token is far too much work for the processor to reach the next one's
** reads by itself). Inline: GCC -O3 finds a function of prefetches alone
** free of effects and drops its calls. */
static NER_INLINE void prefetch_word(const ner_doc_t *d, uint32_t h) {
  ner_words_prefetch(h);
  ner_map_prefetch(d, h);
}

/* The length of the part before a final run of 2+ ASCII capitals that
** follows a lower-case letter, or 0. */
static size_t glued_caps(const char *w, size_t n) {
  size_t k = n;
  /* most words: the answer by the last byte, which is seldom a capital (a
  ** test the processor predicts well, which the length is not) */
  if (n == 0 || w[n - 1] < 'A' || w[n - 1] > 'Z')
    return 0;
  if (n < 4 || w[n - 2] < 'A' || w[n - 2] > 'Z')
    return 0;
  while (k > 0 && w[k - 1] >= 'A' && w[k - 1] <= 'Z')
    k--;
  if (n - k >= 2 && k >= 2 && w[k - 1] >= 'a' && w[k - 1] <= 'z')
    return k;
  return 0;
}

/* Pass 1 keeps what pass 2 needs of each token (its bytes, kind and
** sentence) as the gap after the previous token, its length and the step in
** sentence number: two bytes for most tokens,
**   [kind | gap << 4 | step << 5] [length]   (gap, step 0 or 1; length 1-255)
** else 0x80 | kind, then gap, length and step as varints (7 bits a byte,
** the high bit set on all but the last). About 0.4 bytes per byte of news,
** for any size of text: no second tokenisation, and no threshold at which
** the speed per MB would change. */
#define NER_CHUNK_BYTES 65520 /* bytes of tokens in a chunk of the cache */

/* A chunk of the token cache (ner_doc_t.cbuf). */
struct ner_chunk {
  struct ner_chunk *next;
  size_t len; /* bytes used */
  unsigned char b[NER_CHUNK_BYTES];
};

static int cache_put(ner_doc_t *d, const unsigned char *b, size_t n) {
  struct ner_chunk *c = d->cbuf_last;
  if (!c || NER_CHUNK_BYTES - c->len < n) {
    /* a token's bytes never span two chunks */
    c = nlp_mem_malloc(sizeof *c);
    if (!c)
      return NLP_ENOMEM;
    c->next = NULL;
    c->len = 0;
    if (d->cbuf_last)
      d->cbuf_last->next = c;
    else
      d->cbuf = c;
    d->cbuf_last = c;
  }
  if (n == 2) { /* most tokens: no call of memcpy */
    c->b[c->len] = b[0];
    c->b[c->len + 1] = b[1];
  } else {
    memcpy(c->b + c->len, b, n);
  }
  c->len += n;
  d->cbuf_len += n;
  return NLP_OK;
}

static size_t varint(unsigned char *out, size_t v) {
  size_t n = 0;
  while (v >= 0x80) {
    out[n++] = (unsigned char)(v | 0x80);
    v >>= 7;
  }
  out[n++] = (unsigned char)v;
  return n;
}

static size_t unvarint(const unsigned char *b, size_t *pos) {
  size_t v = 0;
  for (unsigned shift = 0;; shift += 7) {
    unsigned char c = b[(*pos)++];
    v |= (size_t)(c & 0x7F) << shift;
    if (!(c & 0x80))
      return v;
  }
}

static int cache_token(ner_doc_t *d, const nlp_token_t *t) {
  unsigned char b[1 + 3 * 10];
  size_t gap = t->byte_start - d->cw_be, len = t->byte_end - t->byte_start;
  size_t step = t->sentence - d->cw_sentence, n = 0;
  if (gap <= 1 && step <= 1 && len >= 1 && len <= 255) {
    b[n++] = (unsigned char)((unsigned)t->kind | gap << 4 | step << 5);
    b[n++] = (unsigned char)len;
  } else {
    b[n++] = (unsigned char)(0x80 | (unsigned)t->kind);
    n += varint(b + n, gap);
    n += varint(b + n, len);
    n += varint(b + n, step);
  }
  d->cw_be = t->byte_end;
  d->cw_sentence = t->sentence;
  d->nctoks++;
  return cache_put(d, b, n);
}

/* The next token of pass 2, from the cache or the tokeniser. */
static int next_token(ner_doc_t *d, nlp_token_t *t) {
  const unsigned char *b;
  size_t gap, len, step;
  unsigned head;
  if (!d->use_cache)
    return nlp_tokens_next(d->tokit, t);
  if (d->ctok_pos == d->nctoks)
    return NLP_DONE;
  d->ctok_pos++;
  if (d->cbuf_pos == d->cbuf->len) { /* a chunk read: freed */
    struct ner_chunk *next = d->cbuf->next;
    nlp_mem_free(d->cbuf);
    d->cbuf = next;
    d->cbuf_pos = 0;
  }
  b = d->cbuf->b;
  head = b[d->cbuf_pos++];
  if (head & 0x80) {
    gap = unvarint(b, &d->cbuf_pos);
    len = unvarint(b, &d->cbuf_pos);
    step = unvarint(b, &d->cbuf_pos);
  } else {
    gap = head >> 4 & 1;
    step = head >> 5 & 1;
    len = b[d->cbuf_pos++];
  }
  t->idx = 0; /* not kept: pass 2 reads the other fields */
  t->kind = (nlp_token_kind_t)(head & 15);
  t->byte_start = d->cr_be + gap;
  t->byte_end = t->byte_start + len;
  t->sentence = d->cr_sentence + step;
  d->cr_be = t->byte_end;
  d->cr_sentence = t->sentence;
  return NLP_OK;
}

void ner_doc_free(ner_doc_t *d) {
  if (!d)
    return;
  nlp_tokens_free(d->tokit);
  while (d->cbuf) {
    struct ner_chunk *next = d->cbuf->next;
    nlp_mem_free(d->cbuf);
    d->cbuf = next;
  }
  nlp_mem_free(d->toks);
  nlp_mem_free(d->map);
  memset(d, 0, sizeof *d);
}

/* Segment rule: a line break before token x ends a segment, as a sentence
** end does ("Reuters\nLONDON"), unless it is a single break that hard
** wrapping made (wrap.h: "Chairman William\nBrown said", one name). */
static int line_break_before(ner_doc_t *d, const ner_tok_t *x) {
  const unsigned char *t = (const unsigned char *)d->text, *e;
  size_t nl = SIZE_MAX;
  for (size_t k = d->last_be; k < x->bs; k++)
    if (t[k] == '\n') {
      if (nl != SIZE_MAX)
        return 1; /* a blank line */
      nl = k;
    }
  if (nl == SIZE_MAX)
    return 0;
  if (d->lines || x->bs > nl + 1)
    return 1; /* training text; or an indented line: a table's next row */
  for (e = t + nl; e > t + d->last_be && e[-1] < 0x80 &&
                   (nlp_ascii_class[e[-1]] & NLP_C_SPACE);)
    e--;
  return !nlp_wrap_soft(&d->wrap, t, e, t + x->bs, t + d->len);
}

/* Segment rule: a segment of NER_SEG_MAX_TOKENS tokens ends before a token
** x that is not capitalised, and always at twice as many (a text without
** punctuation: memory stays bounded). */
static int segment_full(const ner_doc_t *d, const ner_tok_t *x) {
  return d->seg_toks >= NER_SEG_MAX_TOKENS &&
         (x->cap == NER_CAP_NONE || d->seg_toks >= 2 * NER_SEG_MAX_TOKENS);
}

/* The segment rules in order, before token x of sentence idx sentence:
** starts a new segment (d->seg) where one applies. */
static void next_segment(ner_doc_t *d, const ner_tok_t *x, size_t sentence) {
  size_t seg = d->seg;
  d->seg += (size_t)line_break_before(d, x);
  d->seg += d->last_sentence != sentence; /* a new sentence */
  if (d->seg == seg && segment_full(d, x))
    d->seg++;
  if (d->seg != seg)
    d->seg_toks = 0;
}

/* In the truecased copy of a text in capitals (NER_CASELESS_CAPS), word x
** has the capitals it has in the text: "Texas" of "TEXAS" is
** NER_CAP_UPPER, "A" NER_CAP_TITLE. */
static void caps_as_written(const ner_doc_t *d, ner_tok_t *x) {
  size_t letters = 0;
  for (size_t k = x->bs; k < x->be && letters < 2; k++) {
    unsigned char b = (unsigned char)d->text[k];
    letters += (b | 32) >= 'a' && (b | 32) <= 'z';
  }
  if (letters == 0 && x->cap == NER_CAP_NONE)
    return; /* "42" */
  x->cap =
      letters >= 2 || x->cap == NER_CAP_UPPER ? NER_CAP_UPPER : NER_CAP_TITLE;
}

/* Appends a token to d->toks (two when a glued word is split). */
static NER_INLINE int add_token(ner_doc_t *d, const nlp_token_t *t, int light) {
  ner_tok_t *x;
  size_t cut = 0;
  if (d->ntoks + 2 > d->cap) {
    size_t ncap = d->cap ? d->cap * 2 : 256;
    ner_tok_t *nt = nlp_mem_realloc(d->toks, ncap * sizeof *nt);
    if (!nt)
      return NLP_ENOMEM;
    d->toks = nt;
    d->cap = ncap;
  }
  if (t->kind == NLP_TOKEN_WORD)
    /* "ImagesCNN" (a credit glued to the next word) is two words: split
    ** before a final run of 2+ capitals that follows a lower-case letter
    ** (not "McDonald", "iPhone") */
    cut = glued_caps(d->text + t->byte_start, t->byte_end - t->byte_start);
  for (int part = 0; part < (cut ? 2 : 1); part++) {
    x = &d->toks[d->ntoks++];
    memset(x, 0, sizeof *x);
    x->bs = part ? t->byte_start + cut : t->byte_start;
    x->be = cut && !part ? t->byte_start + cut : t->byte_end;
    x->kind = t->kind;
    if (light) {
      if (t->kind == NLP_TOKEN_WORD) {
        tok_case(x, d->text, 0);
        /* the map slot record_segment will write, a segment later */
        ner_map_prefetch(d, x->h_lower);
      }
    } else {
      /* the dict bits in ner_doc_block, the rest when scored */
      tok_case(x, d->text, 1);
    }
    if (d->started)
      next_segment(d, x, t->sentence);
    d->seg_toks++;
    d->started = 1;
    d->last_be = x->be;
    d->last_sentence = t->sentence;
    x->sentence = d->seg;      /* the segment number for now */
    x->sent_end = t->sentence; /* the sentence idx for now */
  }
  return NLP_OK;
}

/* ner_tok_t.sent_caps of a word of a capitals run while mark_segments
** looks for runs (then 1). */
#define SENT_CAPS_RUN 2

/* Headline rule: a segment of 2+ words, at most a fifth of them not in
** capitals, is a headline ("EAGLE PASS, TEXAS"). */
static int headline(size_t words, size_t lowers) {
  return words >= 2 && lowers * 5 <= words;
}

/* A word in capitals of 3 bytes or more ("PASS"). */
static int long_caps(const ner_tok_t *t) {
  return t->kind == NLP_TOKEN_WORD && t->cap == NER_CAP_UPPER &&
         t->be - t->bs >= 3;
}

/* Headline rule: inside a mixed segment [i, j), a word in capitals of 3+
** bytes (token k) next to another, across punctuation, reads like a
** headline: "EAGLE PASS, TEXAS - DECEMBER 19: In ...". */
static int in_caps_run(const ner_doc_t *d, size_t i, size_t j, size_t k) {
  size_t a = k, b = k + 1;
  if (!long_caps(&d->toks[k]))
    return 0;
  while (a > i && d->toks[a - 1].kind != NLP_TOKEN_WORD)
    a--;
  while (b < j && d->toks[b].kind != NLP_TOKEN_WORD)
    b++;
  return (a > i && long_caps(&d->toks[a - 1])) ||
         (b < j && long_caps(&d->toks[b]));
}

/* Segments of d->toks[0..ntoks) (pass 2): bounds, real sentence numbers
** and the all-capitals flag, also on capitals runs inside mixed sentences
** (flags only words in capitals). */
static void mark_segments(ner_doc_t *d) {
  for (size_t i = 0; i < d->ntoks;) {
    size_t j = i, words = 0, lowers = 0;
    while (j < d->ntoks && d->toks[j].sentence == d->toks[i].sentence) {
      if (d->toks[j].kind == NLP_TOKEN_WORD) {
        words++;
        if (d->toks[j].cap != NER_CAP_UPPER)
          lowers++;
      }
      j++;
    }
    for (size_t k = i; k < j; k++) {
      d->toks[k].sent_first = i;
      d->toks[k].sentence = d->toks[k].sent_end; /* the real sentence idx */
      d->toks[k].sent_end = j;
      d->toks[k].sent_caps = (uint8_t)headline(words, lowers);
    }
    /* none when no word is in capitals */
    for (size_t k = i; k < j && lowers != words; k++)
      if (!d->toks[k].sent_caps && in_caps_run(d, i, j, k))
        d->toks[k].sent_caps = SENT_CAPS_RUN;
    for (size_t k = i; k < j && lowers != words; k++)
      if (d->toks[k].sent_caps == SENT_CAPS_RUN)
        d->toks[k].sent_caps = 1;
    i = j;
  }
}

/* The document facts of the words of segment d->toks[i..j) (caps: it is a
** headline), into the map: a word seen in lower case; seen capitalised
** after a word inside a mixed sentence ("met Angela"), once or twice and
** more. */
static int record_segment(ner_doc_t *d, size_t i, size_t j, int caps) {
  for (size_t k = i; k < j; k++) {
    const ner_tok_t *x = &d->toks[k];
    uint8_t *v;
    if (x->kind != NLP_TOKEN_WORD)
      continue;
    if (x->cap == NER_CAP_NONE) {
      if (!(v = map_slot(d, x->h_lower)))
        return NLP_ENOMEM;
      *v |= MAP_SEEN_LOWER;
    } else if (x->cap == NER_CAP_TITLE && k > i && !caps &&
               d->toks[k - 1].kind == NLP_TOKEN_WORD) {
      if (!(v = map_slot(d, x->h_lower)))
        return NLP_ENOMEM;
      if (*v & MAP_SEEN_TITLE)
        *v |= MAP_SEEN_TITLE2;
      *v |= MAP_SEEN_TITLE;
    }
  }
  return NLP_OK;
}

/* The pronoun "I", which text without capitals writes capitalised too
** ("ok i think I will"): no capital as ner_doc_caseless counts them. */
static int pronoun_i(const ner_doc_t *d, size_t j) {
  return d->toks[j].be - d->toks[j].bs == 1 && d->text[d->toks[j].bs] == 'I';
}

/* Whether token j is a pronoun of the first or second person ("I", "my",
** "you"; data/lists/ner/involved_pronouns.txt), not in capitals ("US",
** "WE" in a headline): only words of 1 to 5 bytes that open with a letter
** one of them opens with are looked up (test_involved_prefilter). */
static int involved_word(const ner_doc_t *d, size_t j) {
  const ner_tok_t *t = &d->toks[j];
  size_t n = t->be - t->bs;
  if (n > NER_INVOLVED_MAX || t->cap == NER_CAP_UPPER ||
      !strchr(NER_INVOLVED_FIRST, d->text[t->bs] | 32))
    return 0;
  return nlp_list_word_in(nlp_list_find_lower(d->text + t->bs, n),
                          NLP_LIST_NER_INVOLVED_PRONOUNS);
}

/* Whether a token of kind k is one that only web text has: an address, an
** e-mail address, a mention, a hashtag or an emoji. */
static int web_token(nlp_token_kind_t k) {
  return k == NLP_TOKEN_URL || k == NLP_TOKEN_EMAIL || k == NLP_TOKEN_MENTION ||
         k == NLP_TOKEN_HASHTAG || k == NLP_TOKEN_EMOJI;
}

/* Whether a blank line (a new paragraph) comes before token j. */
static int blank_line_before(const ner_doc_t *d, size_t j) {
  int lines = 0;
  for (size_t k = d->toks[j].bs; k > 0 && lines < 2; k--) {
    char c = d->text[k - 1];
    if (c != '\n' && c != '\r' && c != ' ' && c != '\t')
      break;
    lines += c == '\n';
  }
  return lines >= 2;
}

/* Whether token j is a question or exclamation mark ("?", "?!", "...?")
** outside quotation marks (a quoted question is reported speech, which
** news has plenty of: `“Why now?” she asked.`); follows the quotation marks
** it passes (a paragraph starts outside: record_facts). */
static int ask_mark(ner_doc_t *d, size_t j) {
  const ner_tok_t *t = &d->toks[j];
  int asks = 0;
  if (t->kind != NLP_TOKEN_PUNCT)
    return 0;
  switch (ner_dquote(d->text, t)) {
  case NER_DQ_STRAIGHT:
    d->in_quote = !d->in_quote;
    return 0;
  case NER_DQ_OPEN:
    d->in_quote = 1;
    return 0;
  case NER_DQ_CLOSE:
    d->in_quote = 0;
    return 0;
  case NER_DQ_NONE:
    break;
  }
  for (size_t k = t->bs; k < t->be; k++) {
    if (d->text[k] == '?' || d->text[k] == '!')
      asks = 1;
    else if (d->text[k] != '.')
      return 0;
  }
  return asks && !d->in_quote;
}

/* The document facts of the words of d->toks[0..ntoks) (whole segments,
** cut and flagged as mark_segments does without capitals runs: pass 1
** reads the flag of capitalised words alone; the tokens are not marked,
** pass 1 needs no more of them), and the counts of words, capitalised
** words and pronouns of the first and second person (of the first
** NER_REGISTER_WORDS words: whole segments until there are as many). */
static int record_facts(ner_doc_t *d) {
  for (size_t i = 0; i < d->ntoks;) {
    size_t j = i, words = 0, lowers = 0, capwords = 0, involved = 0, web = 0;
    size_t asks = 0;
    int reg = d->nregister < NER_REGISTER_WORDS;
    if (reg && blank_line_before(d, i))
      d->in_quote = 0; /* a quotation left open ends with its paragraph */
    while (j < d->ntoks && d->toks[j].sentence == d->toks[i].sentence) {
      if (d->toks[j].kind == NLP_TOKEN_WORD) {
        words++;
        lowers += d->toks[j].cap != NER_CAP_UPPER;
        capwords += d->toks[j].cap != NER_CAP_NONE && !pronoun_i(d, j);
        involved += reg && involved_word(d, j);
      } else {
        web += reg && web_token(d->toks[j].kind);
        asks += reg && ask_mark(d, j);
      }
      j++;
    }
    if (record_segment(d, i, j, headline(words, lowers)) != NLP_OK)
      return NLP_ENOMEM;
    d->nwords += words;
    d->ncapwords += capwords;
    d->ninvolved += involved;
    d->nwebtoks += web;
    d->nasks += asks;
    d->nregister += reg ? words : 0;
    i = j;
  }
  return NLP_OK;
}

/* Pass 1: the document facts of every word (seen in lower case, seen
** capitalised mid-sentence), one segment at a time. */
static int scan_facts(ner_doc_t *d) {
  nlp_tokens_t *it;
  nlp_token_t t;
  int rc;
  size_t count = 0;
  rc = nlp_tokens_new(d->text, d->len, &it);
  if (rc != NLP_OK)
    return rc;
  for (;;) {
    size_t seg_before = d->seg;
    int more = (rc = nlp_tokens_next(it, &t)) == NLP_OK;
    size_t n = d->ntoks;
    if (more && ++count % NER_CHECK_TOKENS == 0 && d->check &&
        d->check(d->check_arg)) {
      rc = NLP_EINTR;
      break;
    }
    if (more && d->use_cache && (rc = cache_token(d, &t)) != NLP_OK)
      break;
    if (more) {
      rc = add_token(d, &t, 1);
      if (rc != NLP_OK)
        break;
    }
    /* a finished segment: all tokens before the new one(s) */
    if (!more || d->seg != seg_before) {
      size_t keep = more ? d->ntoks - n : 0;
      d->ntoks -= keep;
      if (record_facts(d) != NLP_OK)
        goto nomem;
      if (keep)
        memmove(d->toks, d->toks + d->ntoks, keep * sizeof *d->toks);
      d->ntoks = keep;
      for (size_t i = 0; i < keep; i++)
        d->toks[i].sentence = d->seg; /* still a segment number */
    }
    if (!more)
      break;
  }
  nlp_tokens_free(it);
  d->ntoks = 0;
  d->seg = 0;
  d->seg_toks = 0;
  d->started = 0;
  memset(&d->wrap, 0, sizeof d->wrap); /* pass 2 surveys the blocks again */
  return rc == NLP_DONE ? NLP_OK : rc;
nomem:
  nlp_tokens_free(it);
  return NLP_ENOMEM;
}

/* ner_doc_init_checked, and ner_doc_init_lines with lines set. */
static int doc_init(ner_doc_t *d, const char *text, size_t len,
                    nlp_check_fn check, void *arg, int lines) {
  int rc;
  memset(d, 0, sizeof *d);
  d->text = text;
  d->len = len;
  d->check = check;
  d->check_arg = arg;
  d->use_cache = 1;
  d->lines = lines;
  rc = scan_facts(d);
  if (rc == NLP_OK)
    rc = nlp_tokens_new(text, len, &d->tokit);
  if (rc != NLP_OK)
    ner_doc_free(d);
  return rc;
}

int ner_doc_init(ner_doc_t *d, const char *text, size_t len) {
  return doc_init(d, text, len, NULL, NULL, 0);
}

int ner_doc_init_checked(ner_doc_t *d, const char *text, size_t len,
                         nlp_check_fn check, void *arg) {
  return doc_init(d, text, len, check, arg, 0);
}

int ner_doc_init_lines(ner_doc_t *d, const char *text, size_t len) {
  return doc_init(d, text, len, NULL, NULL, 1);
}

/* The city names that may start at each of the tokens ner_doc_block is
** at and the next NER_PREFETCH_AHEAD (ner_city_hashes; a ring: token a in
** slot a % CITY_RING), found ahead with their memory asked for. */
#define CITY_RING ((size_t)2 * NER_PREFETCH_AHEAD)
typedef struct city_ring {
  uint32_t h[CITY_RING][3];
  uint8_t n[CITY_RING];
} city_ring_t;

/* The city hashes of token a into the ring, for a word that mark_city or
** caseless_names will look up (else none). */
static NER_INLINE void city_ahead(const ner_doc_t *d, size_t a, int caseless,
                                  city_ring_t *r) {
  const ner_tok_t *x = &d->toks[a];
  size_t slot = a % CITY_RING;
  r->n[slot] = 0;
  if (x->kind == NLP_TOKEN_WORD &&
      (caseless ? x->be - x->bs >= 2 : x->cap != NER_CAP_NONE))
    ner_city_prefetch(d, a, r->h[slot], &r->n[slot]);
}

/* The length of the city name that starts at token i (ner_city_match),
** from its hashes in the ring. */
static NER_INLINE size_t city_at(const city_ring_t *r, size_t i) {
  return ner_city_best(r->h[i % CITY_RING], r->n[i % CITY_RING]);
}

/* Marks the city name that starts at token i, if any (its positions on
** its tokens), from its hashes in the ring. */
static void city_mark(ner_doc_t *d, size_t i, const city_ring_t *r) {
  size_t m = city_at(r, i);
  for (size_t k = 0; k < m; k++)
    d->toks[i + k].city = k == 0 ? NER_POS_FIRST : NER_POS_INSIDE;
}

/* The city name that starts at capitalised word i, unless i is in one. */
static void mark_city(ner_doc_t *d, size_t i, const city_ring_t *r) {
  if (d->toks[i].cap == NER_CAP_NONE || d->toks[i].city != NER_POS_NONE)
    return;
  city_mark(d, i, r);
}

/* Marks the gazetteer name that starts at token i, if any: its bits and
** positions on its tokens, up to a token of an earlier match. */
static void gaz_mark(ner_doc_t *d, size_t i) {
  unsigned bits;
  size_t n = ner_gaz_match(d, i, &bits);
  for (size_t k = 0; k < n; k++) {
    if (d->toks[i + k].gaz_pos != NER_POS_NONE)
      break; /* already in an earlier match */
    d->toks[i + k].gaz = (uint8_t)bits;
    d->toks[i + k].gaz_pos = k == 0 ? NER_POS_FIRST : NER_POS_INSIDE;
  }
}

/* The gazetteer name that starts at word i ("new york city"), up to a
** token of an earlier match; not looked for at a lower-case word of one
** byte or a common one outside a match ("the"). */
static void mark_gazetteer(ner_doc_t *d, size_t i) {
  const ner_tok_t *x = &d->toks[i];
  if (x->be - x->bs < 2 && x->cap == NER_CAP_NONE)
    return;
  if (x->cap == NER_CAP_NONE && (x->dict & NER_DICT_LOWER) && !x->gaz)
    return;
  gaz_mark(d, i);
}

/* In a caseless document (ner_doc_t.caseless) every word may start a city
** or gazetteer name, whatever its case ("new york", "NEW YORK"); a word of
** one byte starts none. */
static NER_COLD void caseless_names(ner_doc_t *d, size_t i,
                                    const city_ring_t *r) {
  const ner_tok_t *x = &d->toks[i];
  if (x->be - x->bs < 2)
    return;
  if (x->city == NER_POS_NONE)
    city_mark(d, i, r);
  gaz_mark(d, i);
}

/* The facts of word i, in order: its word lists, its document facts (pass
** 1), the city name and the gazetteer name it starts (caseless:
** d->caseless, read once by the caller; r: the city hashes). */
static NER_INLINE void word_facts(ner_doc_t *d, size_t i, int caseless,
                                  const city_ring_t *r) {
  ner_tok_t *x = &d->toks[i];
  uint8_t v;
  x->dict = (uint8_t)ner_words_dict(x->h_lower, &x->given);
  if (caseless) {
    caseless_names(d, i, r); /* no document facts of case either */
    return;
  }
  v = ner_map_get(d, x->h_lower);
  x->doc_lower = (v & MAP_SEEN_LOWER) != 0;
  x->doc_title = (v & MAP_SEEN_TITLE) != 0;
  x->doc_title2 = (v & MAP_SEEN_TITLE2) != 0;
  mark_city(d, i, r);
  mark_gazetteer(d, i);
}

int ner_doc_block(ner_doc_t *d, size_t max_tokens) {
  nlp_token_t t;
  city_ring_t ring = {{{0}}, {0}}; /* zeroed for clang-tidy: each slot is
                                    ** written before it is read */
  int rc = NLP_OK, caseless;
  d->ntoks = 0;
  if (!d->tokit)
    return NLP_DONE;
  /* blocks are NER_CHECK_TOKENS or more: check before each but the first */
  if (d->blocks++ > 0 && d->check && d->check(d->check_arg))
    return NLP_EINTR;
  if (d->has_pending) {
    d->has_pending = 0;
    rc = add_token(d, &d->pending, 0);
  }
  while (rc == NLP_OK) {
    size_t seg_before = d->seg, seg_toks = d->seg_toks, n = d->ntoks;
    if ((rc = next_token(d, &t)) != NLP_OK)
      break;
    if ((rc = add_token(d, &t, 0)) != NLP_OK)
      break;
    if (d->seg != seg_before && n >= max_tokens) {
      /* the new token starts the next block: give it back */
      d->ntoks = n;
      d->seg = seg_before;
      d->seg_toks = seg_toks;
      d->last_be = d->toks[n - 1].be;
      d->last_sentence = d->toks[n - 1].sent_end;
      d->pending = t;
      d->has_pending = 1;
      break;
    }
  }
  if (rc == NLP_DONE) {
    nlp_tokens_free(d->tokit);
    d->tokit = NULL;
    rc = NLP_OK;
  }
  if (rc != NLP_OK)
    return rc;
  if (d->ntoks == 0)
    return NLP_DONE;
  if (d->caseless == NER_CASELESS_CAPS)
    for (size_t i = 0; i < d->ntoks; i++)
      if (d->toks[i].kind == NLP_TOKEN_WORD)
        caps_as_written(d, &d->toks[i]);
  mark_segments(d);
  caseless = d->caseless;
  for (size_t a = 0; a < NER_PREFETCH_AHEAD && a < d->ntoks; a++)
    city_ahead(d, a, caseless, &ring);
  for (size_t i = 0; i < d->ntoks; i++) {
    size_t a = i + NER_PREFETCH_AHEAD;
    if (a < d->ntoks) {
      if (d->toks[a].kind == NLP_TOKEN_WORD)
        prefetch_word(d, d->toks[a].h_lower);
      city_ahead(d, a, caseless, &ring);
    }
    if (d->toks[i].kind == NLP_TOKEN_WORD)
      word_facts(d, i, caseless, &ring);
  }
  return NLP_OK;
}

int ner_doc_remember(ner_doc_t *d, size_t i, int tag) {
  const ner_tok_t *x = &d->toks[i];
  uint8_t *v, last;
  if (x->kind != NLP_TOKEN_WORD || (x->cap == NER_CAP_NONE && !d->caseless))
    return NLP_OK;
  last = tag == NER_O ? MAP_LAST_O : (uint8_t)(NER_TAG_TYPE(tag) + 1);
  if (!(v = map_slot(d, x->h_lower)))
    return NLP_ENOMEM;
  *v = (uint8_t)((*v & MAP_FACTS) | (last << MAP_LAST_SHIFT));
  return NLP_OK;
}

void ner_doc_forget(ner_doc_t *d) {
  for (size_t i = 0; i < d->mcap; i++)
    d->map[i].val &= MAP_FACTS;
}
