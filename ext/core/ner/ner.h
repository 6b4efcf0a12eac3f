/*
** ner.h: internals of the learned entity tagger, shared by the core
** (entities.c) and the training program (tools/train_ner.c), so that
** training and inference compute exactly the same features.
**
** The tagger is an averaged perceptron over BIO tags of the four CoNLL-2003
** classes, decoded by Viterbi per segment (ner_decode). Features are hashed
** into 2^bits buckets; each bucket holds one int16 weight per tag (the model
** file, see ner_model.c). The word lists, word clusters, gazetteer index
** and built-in model are const tables made at build time by
** tools/gen_ner_data.c (<build>/generated/ner_data.h; data/README.md).
*/
#ifndef NLP_NER_H
#define NLP_NER_H

#include <stddef.h>
#include <stdint.h>

#include "nlp.h"
#include "ner/ner_gaz.h"
#include "segment/wrap.h"

/* Tags: O, then B-/I- for PER, LOC, ORG, MISC. */
enum {
  NER_O = 0,
  NER_TYPE_PER = 0,
  NER_TYPE_LOC,
  NER_TYPE_ORG,
  NER_TYPE_MISC,
  NER_NTYPES = 4,
  NER_NTAGS = 1 + 2 * NER_NTYPES
};
#define NER_B(type) (1 + 2 * (type))
#define NER_I(type) (2 + 2 * (type))
#define NER_TAG_TYPE(tag) (((tag)-1) / 2)
#define NER_TAG_IS_B(tag) ((tag) > 0 && ((tag)-1) % 2 == 0)

/* Model file format (little-endian):
**   0  char[8]  "NLPNER\0\0"
**   8  uint32   format version (NER_FORMAT_VERSION)
**  12  uint32   bits: 2^bits hash buckets
**  16  uint32   number of tags (NER_NTAGS)
**  20  uint32   feature-set version (NER_FEATURE_VERSION)
**  24  float32  scale: weight = int16 * scale
**  28  uint32   the hash of the data the model was trained with (the word
**               lists, word clusters and gazetteer: NER_DATA_HASH of the
**               generated ner_data.h); a library with other data refuses it
**  32  int16    weights[2^bits][ntags]
** Format 1 had 0 at 28 (no data hash).
*/
#define NER_MAGIC "NLPNER\0\0"
#define NER_FORMAT_VERSION 2u
#define NER_FEATURE_VERSION 8u
/* The caseless model's header has this bit set in its feature-set version:
** it reads the caseless features (ner_doc_t.caseless), not the cased ones. */
#define NER_FEATURE_CASELESS 0x10000u
#define NER_HEADER_SIZE 32
#define NER_HEADER_DATA_HASH 28 /* the offset of the data hash */
#define NER_BITS 18

/* A word's capitalisation (ner_tok_t.cap). */
enum ner_cap {
  NER_CAP_NONE = 0, /* no capital: "river", "42" */
  NER_CAP_TITLE,    /* a capital first, or a single capital: "Texas", "I" */
  NER_CAP_UPPER,    /* all capitals, two letters or more: "TEXAS", "US" */
  NER_CAP_MIXED     /* other capitals: "iPhone", "McDONALD" */
};

/* A token's place in a multi-word match (ner_tok_t.gaz_pos, city). */
enum ner_match_pos {
  NER_POS_NONE = 0, /* in no match */
  NER_POS_FIRST,    /* its first token: "New" of "New York" */
  NER_POS_INSIDE    /* a later one: "York" */
};

/* The most features one token has. */
#define NER_MAX_FEATS 64

/* One token of a document, with what the features need. */
typedef struct ner_tok {
  size_t bs, be;     /* byte span in the text */
  size_t sentence;   /* sentence idx */
  size_t sent_first; /* index of the first token of its sentence */
  size_t sent_end;   /* one past the last token of its sentence */
  nlp_token_kind_t kind;
  uint32_t h_lower; /* hash of the ASCII-lower-cased form */
  /* h_raw, h_shape, h_sshape, clus, clus2, their depths and habit are
  ** filled when the token's features are first asked for (ner_tok_detail) */
  uint32_t h_raw;      /* hash of the exact form */
  uint32_t h_shape;    /* hash of the shape (Xxxx, dd, X.X.) */
  uint32_t h_sshape;   /* hash of the short shape (runs collapsed) */
  uint8_t cap;         /* enum ner_cap */
  uint8_t sent_caps;   /* the sentence has no lower-case word */
  uint8_t doc_lower;   /* the lower form occurs in lower case elsewhere */
  uint8_t doc_title;   /* occurs capitalised mid-sentence in a mixed sentence */
  uint8_t doc_title2;  /* ... twice or more (not a feature; entities.c) */
  uint8_t gaz;         /* gazetteer bits, enum ner_gaz_bits */
  uint8_t gaz_pos;     /* enum ner_match_pos in a gazetteer match */
  uint8_t dict;        /* NER_DICT_* bits: in the English word lists */
  uint8_t clus_depth;  /* length of the word cluster's path (0: none) */
  uint8_t habit;       /* capitalisation habit (data/clusters.bin), 0..3 */
  uint8_t given;       /* a given name (data/words.bin) */
  uint8_t city;        /* enum ner_match_pos in a city name */
  uint16_t clus;       /* word cluster path, first turn in the top bit */
  uint16_t clus2;      /* its path in the second clustering, the same way */
  uint8_t clus2_depth; /* length of clus2 (0: none) */
  uint8_t detailed;    /* enum ner_detail bits: what ner_tok_detail found */
} ner_tok_t;

/* Which double quotation mark a token is (ner_dquote). */
enum ner_dquote { NER_DQ_NONE, NER_DQ_STRAIGHT, NER_DQ_OPEN, NER_DQ_CLOSE };

/* Whether token t of text is a double quotation mark: a straight one, an
** opening “ or a closing ” (its bytes are read directly). */
static inline enum ner_dquote ner_dquote(const char *text, const ner_tok_t *t) {
  const unsigned char *w = (const unsigned char *)text + t->bs;
  if (t->be - t->bs == 1)
    return w[0] == '"' ? NER_DQ_STRAIGHT : NER_DQ_NONE;
  if (t->be - t->bs != 3 || w[0] != 0xE2 || w[1] != 0x80)
    return NER_DQ_NONE;
  return w[2] == 0x9C ? NER_DQ_OPEN : w[2] == 0x9D ? NER_DQ_CLOSE : NER_DQ_NONE;
}

/* What ner_tok_detail has found of a token (ner_tok_t.detailed): bits. */
enum ner_detail {
  NER_DETAIL_SHAPES = 1, /* h_raw, h_shape, h_sshape */
  NER_DETAIL_CLUSTER = 2 /* clus, clus2, their depths, habit */
};

/* In which English word lists (data/words.bin) a word is (ner_tok_t.dict):
** bits. */
enum ner_dict {
  NER_DICT_LOWER = 1, /* listed in lower case: a common word */
  NER_DICT_CAP = 2    /* listed capitalised: a proper noun */
};

/* A document prepared for tagging: its tokens and the per-document map
** from word form to the last label predicted for it. */
typedef struct ner_doc {
  const char *text;
  size_t len;
  ner_tok_t *toks;
  size_t ntoks, cap;
  /* open-addressing map: lower-form hash -> the word's document facts
  ** and last predicted type (ner_int.h MAP_*); grows with distinct
  ** words. Key and value side by side: one cache line per look-up. */
  struct ner_map_slot {
    uint32_t key; /* 0: empty */
    uint8_t val;
  } * map;
  size_t mcap, mcount;
  /* the block reader */
  nlp_tokens_t *tokit;
  nlp_token_t pending;
  int has_pending, started;
  size_t seg, last_be, last_sentence;
  nlp_wrap_t wrap; /* the hard-wrapped block around the last line break */
  int lines;       /* every line break ends a segment (ner_doc_init_lines) */
  size_t seg_toks; /* tokens in the current segment so far */
  /* pass 1's tokens, kept for pass 2 in a byte stream (about 2 bytes a
  ** token: see cache_token) unless use_cache is 0 (then pass 2 tokenises
  ** again; tests compare the two). The stream is a list of chunks that
  ** pass 2 frees as it reads them, so the cache and what the caller keeps
  ** of the tokens read take no more memory together than the cache alone.
  ** cbuf_len: the bytes written; cbuf_pos: read in the first chunk. */
  struct ner_chunk *cbuf, *cbuf_last;
  size_t cbuf_len, cbuf_pos;
  size_t nctoks, ctok_pos;
  size_t cw_be, cw_sentence, cr_be, cr_sentence; /* writer's, reader's last */
  int use_cache;
  /* the caller's check function (nlp_check_fn), or NULL */
  nlp_check_fn check;
  void *check_arg;
  size_t blocks; /* ner_doc_block calls so far */
  /* pass 1's counts of words, and of words with a capital */
  size_t nwords, ncapwords;
  /* pass 1's count of pronouns of the first and second person among the
  ** first NER_REGISTER_WORDS words, of those words, and of the tokens only
  ** web text has among them (ner_doc_involved) */
  size_t ninvolved, nregister, nwebtoks;
  size_t nasks; /* "?" and "!" among them, outside quotation marks */
  int in_quote; /* whether pass 1 is inside a quotation (ask_mark) */
  /* read by the caseless model (enum ner_caseless): features, skips and
  ** look-ups that ignore capitals (set by the caller before the first
  ** ner_doc_block) */
  int caseless;
} ner_doc_t;

/* How a caseless document (ner_doc_t.caseless) came to be. */
enum ner_caseless {
  NER_CASELESS_NO = 0,    /* read by the cased model */
  NER_CASELESS_LOWER = 1, /* a text without capitals, as written */
  NER_CASELESS_CAPS = 2   /* the truecased copy of a text in capitals
                          ** (entities/truecase.c): each word's cap is as in
                          ** the text (NER_CAP_UPPER), for the rules after
                          ** the tagger; its bytes are for numbers, dates
                          ** and canonical names */
};

/* Whether the document's capitals carry no evidence: it is read by the
** caseless model, or it has 20 words or more and under one in 50 has a
** capital ("all lower-case text"). */
static inline int ner_doc_caseless(const ner_doc_t *d) {
  return d->caseless || (d->nwords >= 20 && d->ncapwords * 50 < d->nwords);
}

/* The words of a text that its register is judged on (ner_doc_involved):
** its first 10,000 (a long article has fewer; a corpus passed as one text
** is judged on its start, and pass 1 costs no more for it). */
#define NER_REGISTER_WORDS ((size_t)10000)

/* What every entry of data/lists/ner/involved_pronouns.txt has: at most
** this many bytes and a first letter of these (involved_word looks up no
** other word; test_involved_prefilter checks the list). */
#define NER_INVOLVED_MAX 5
#define NER_INVOLVED_FIRST "imuwyo"

/* Whether the document is of the web's register (reviews, mail, forums:
** "I ordered", "you guys"), which the web-text model reads: 20 words or
** more among its first NER_REGISTER_WORDS, and more than one in 20 a
** pronoun of the first or second person (data/lists/ner/
** involved_pronouns.txt), or a token that only web text has: an address,
** a mention, a hashtag or an emoji, or more than 1 in 500 a question or
** exclamation mark outside quotation marks (a quoted question is reported
** speech). News names third persons, links nothing and reports: 99% of
** the CoNLL-2003 training documents have fewer pronouns (at most 1 in 21),
** 943 of its 946 none of those tokens, and 943 no question or exclamation
** mark outside quotation marks. */
static inline int ner_doc_involved(const ner_doc_t *d) {
  return d->nwebtoks > 0 ||
         (d->nregister >= 20 &&
          (d->ninvolved * 20 > d->nregister || d->nasks * 500 > d->nregister));
}

/* A segment longer than this many tokens (a text without punctuation or
** line breaks is one sentence) is cut before the next token that is not a
** capitalised word, and always at twice as many: memory stays bounded. */
#define NER_SEG_MAX_TOKENS ((size_t)1024)

/* Documents (ner_doc.c). Reads the document once for its word facts (memory
** grows with the number of distinct words only) and starts the block
** reader. */
int ner_doc_init(ner_doc_t *d, const char *text, size_t len);
/* The same, calling check(arg) every NER_CHECK_TOKENS tokens of both passes
** (ner_doc_block too): NLP_EINTR when it returns nonzero. */
int ner_doc_init_checked(ner_doc_t *d, const char *text, size_t len,
                         nlp_check_fn check, void *arg);
/* The same for training text (tools/train_ner.c, tools/gen_clusters.c),
** whose lines are sentences or paragraphs: every line break ends a segment,
** none is read as a hard wrap. */
int ner_doc_init_lines(ner_doc_t *d, const char *text, size_t len);
#define NER_CHECK_TOKENS 4096
/* Reads the next block of whole segments (sentences, cut at line breaks
** but hard wraps: line_break_before)
** of at least max_tokens tokens (unless the text ends) into d->toks with
** all token features: NLP_OK, NLP_DONE at the end, or an error. */
int ner_doc_block(ner_doc_t *d, size_t max_tokens);
void ner_doc_free(ner_doc_t *d);

/* The features of token i that do not depend on the tags (at most
** NER_MAX_FEATS - NER_PREV_FEATS). */
size_t ner_features_obs(ner_doc_t *d, size_t i, uint32_t mask, uint32_t *out);
/* The features of token i that depend on the previous tag prev (-1: token
** i opens its segment); NER_PREV_FEATS of them. */
size_t ner_features_prev(const ner_doc_t *d, size_t i, int prev, uint32_t mask,
                         uint32_t *out);
#define NER_PREV_FEATS 4
/* ner_features_prev in two parts: those of the previous tag and the
** token's capitalisation key (ner_prev_key) alone, NER_PREV_FIXED_FEATS of
** them, which a model can add up once; and those of the previous tag and
** the word, the rest. */
size_t ner_features_prev_fixed(int prev, uint32_t key, uint32_t mask,
                               uint32_t *out);
size_t ner_features_prev_word(const ner_doc_t *d, size_t i, int prev,
                              uint32_t mask, uint32_t *out);
#define NER_PREV_FIXED_FEATS 2
#define NER_PREV_WORD_FEATS (NER_PREV_FEATS - NER_PREV_FIXED_FEATS)
/* ner_features_prev_word of token i after each of the previous tags
** preds[0..npred), into out[q]. */
void ner_features_prev_words(const ner_doc_t *d, size_t i, const int *preds,
                             size_t npred, uint32_t mask,
                             uint32_t (*out)[NER_PREV_WORD_FEATS]);
/* The capitalisation key of token i's fixed previous-tag features:
** cap | sent_caps << 2; below NER_PREV_KEYS for all tokens as made now (a
** model falls back to ner_features_prev() for any other). */
uint32_t ner_prev_key(const ner_doc_t *d, size_t i);
#define NER_PREV_KEYS 16

/* The most tokens decoded at once (longer segments go in chunks). */
#define NER_CHUNK 128

/* Adds up the weights of features fs[0..nf) into out[NER_NTAGS]. */
typedef void (*ner_score_fn)(const void *ctx, const uint32_t *fs, size_t nf,
                             float *out);
/* Scores the previous-tag features of token i after each of the previous
** tags preds[0..npred) (-1: token i opens its segment) into out[q]: the
** same sums as ner_features_prev() scored by the ner_score_fn, faster. */
typedef void (*ner_prev_score_fn)(const void *ctx, const ner_doc_t *d, size_t i,
                                  uint32_t mask, const int *preds, size_t npred,
                                  float (*out)[NER_NTAGS]);

/* How ner_decode scores: score() for the features of a token; prev() for
** those of the previous tag, or NULL to score ner_features_prev() with
** score(). */
typedef struct ner_scorer {
  ner_score_fn score;
  ner_prev_score_fn prev;
  const void *ctx;
  /* optional: asks for the memory score() will read for fs[0..nf), a
  ** token ahead (NULL: nothing to ask for) */
  void (*prefetch)(const void *ctx, const uint32_t *fs, size_t nf);
} ner_scorer_t;

/* Decodes tokens [a, b) of one segment (b - a <= NER_CHUNK) over BIO tags
** (I-X only after B-X or I-X): Viterbi over the tag-independent features
** (ner_features_obs) and those of the previous tag (ner_features_prev).
** Token a follows prev0
** (-1: it opens the segment). As ner_skip, a lower-case common word or
** closing punctuation after O is O unscored; after a token whose best
** state is O, it is O outright. back[] holds (b - a) * NER_NTAGS bytes of
** scratch; writes the tags to out[0..b - a). */
void ner_decode(ner_doc_t *d, size_t a, size_t b, int prev0, uint32_t mask,
                const ner_scorer_t *sc, uint8_t *back, uint8_t *out);

/* Fills the details of token i (see ner_tok_t), once. */
void ner_tok_detail(ner_doc_t *d, size_t i);

/* Records that the word at token i was tagged with tag (for the "last label
** of this word" feature). Returns NLP_OK or NLP_ENOMEM. */
int ner_doc_remember(ner_doc_t *d, size_t i, int tag);

/* Whether token i can be tagged O without scoring, after a token tagged
** prev: a lower-case common word or closing punctuation outside a name
** and outside headlines (a fast path; training uses it too). */
int ner_skip(const ner_doc_t *d, size_t i, int prev);

/* Forgets the labels remembered by ner_doc_remember (before a new pass). */
void ner_doc_forget(ner_doc_t *d);

/* Whether tag may follow prev in BIO (I-X only after B-X or I-X). */
int ner_tag_allowed(int prev, int tag);

/* Hash of bytes (FNV-1a, then mixed). */
uint32_t ner_hash(const void *p, size_t n, uint32_t seed);

/* The token count of the longest city name (data/words.bin, up to 3 words,
** any case) that starts at token i of d, or 0. */
size_t ner_city_match(const ner_doc_t *d, size_t i);

/* Gazetteer look-ups (ner_lex.c, by hash): the NER_GAZ_* bits of the first
** entry of a lower-cased word or multi-word name (ASCII lower case, single
** spaces), 0 if none. */
unsigned ner_gaz_lookup(const char *lower, size_t n);
/* The longest gazetteer name starting at token i of d (at most 5 tokens,
** not crossing the sentence): returns its token count (0 if none) and its
** bits in *bits. */
size_t ner_gaz_match(const ner_doc_t *d, size_t i, unsigned *bits);

#endif /* NLP_NER_H */
