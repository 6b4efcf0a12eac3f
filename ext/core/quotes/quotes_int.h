/*
** quotes_int.h: what the files of the quote finder share (internal).
**
** The quote finder (nlp_quotes, include/nlp.h) reads the text a block at a
** time (a paragraph). Its files, in the order the data flows:
**   quotes.c       the iterator: blocks, and the rows given out one by one
**   words.c        the block's words: nlp_tokens' tokens as the rules read them
**   marks.c        quotation marks: which kind, how they pair, what they hold
**   persons.c      the entity finder's PERSON names (canonical speakers)
**   names.c        a speaker's name from its noun phrase (name_of)
**   phrases.c      the noun phrase before or after a reporting verb
**   cues.c         reporting verbs and the clauses around a quote
**   coref.c        who "he", "she", "they" said it
**   attribution.c  the rules that give each quote its speaker, and its rows
**   reported.c     reported speech: "X said (that) ...", "according to X"
** Word lists are the files data/lists/quotes/NAME.txt (text/wordset.h).
*/
#ifndef NLP_QUOTES_INT_H
#define NLP_QUOTES_INT_H

#include <stddef.h>
#include <stdint.h>

#include "text/chars.h"
#include "text/search.h"
#include "text/wordset.h"
#include "nlp.h"

#define BLOCK_MAX 65536   /* bytes of one block */
#define MAX_PENDING 16    /* paragraphs a quote may run over */
#define NAMES_MAX 64      /* full names remembered for surnames */
#define NP_MAX 8          /* words of a speaker's noun phrase */
#define FOLD_MAX 31       /* longest word looked up in the word lists */
#define RECENT_MAX 16     /* interned names searched before a new copy */
#define NONE ((size_t)-1) /* no token: an unclosed quote's closing mark */
/* How far the rules look, in tokens: every scan is bounded. */
#define REACH_EVENTS 64     /* reporting verbs searched back for a speaker */
#define REACH_SUBJECT 12    /* back from a verb to its subject */
#define REACH_VERB_AFTER 20 /* from a closing mark to its verb: ",” X said" */
#define REACH_APPOSITION 24 /* an apposition: "Smith, the chief executive," */
#define REACH_COMMA 12      /* a comma clause after a mention */
#define REACH_SENTENCE 60   /* back to the start of a sentence */
#define REACH_BETWEEN 40    /* from a reporting verb to a quote it may name */
#define REACH_COLON 8       /* from a verb to the colon that ends its block */
#define REACH_COLON_NOUN 4  /* from a message noun to its colon, rule 2c */
#define SPEECH_WORDS 6      /* words of a quote read as speech, rule 6 */
#define REACH_PAREN 8       /* a parenthesis after a name: "(D-Ore.)" */
#define CHECK_BYTES ((ptrdiff_t)64 * 1024) /* text read between two checks */

/* What a token of the block is. */
enum tok_type {
  T_WORD,   /* letters and digits, with their inner marks: don't, AT&T, 3.5 */
  T_PUNCT,  /* any other character */
  T_QOPEN,  /* an opening quotation mark: “ „ « ‘ */
  T_QCLOSE, /* a closing quotation mark: ” » ’ */
  T_QAMB    /* a mark that opens or closes: " */
};

/* The family of a quotation mark: marks pair only within a family. */
enum mark_family { FAM_NONE, FAM_D /* “ ” " « » */, FAM_S /* ‘ ’ ' */ };

/* Flags of a token. */
enum tok_flag {
  F_CAP = 1,   /* starts with a capital letter */
  F_LOWER = 2, /* starts with a small letter */
  F_TERM = 4,  /* a sentence terminator: . ! ? */
  F_INQ = 8,   /* inside a quotation */
  F_ABBR = 16, /* a word that keeps its period: Mr. U.S. */
  F_CUE = 32,  /* the reporting verb of a quote's row */
  F_ROWQ = 64  /* the first word of a quote that has a row */
};

/* What a pronoun stands for, and what a speaker is known to be. */
enum pron {
  PRON_ANY = 0,  /* they, we, it: any speaker */
  PRON_HE = 1,   /* a man */
  PRON_SHE = 2,  /* a woman */
  PRON_NAMED = 3 /* I: a named speaker */
};
enum gender {
  GENDER_UNKNOWN = 0,
  GENDER_MALE = PRON_HE,
  GENDER_FEMALE = PRON_SHE
};

/* The state of an iterator the quote finder reads from. */
enum source_state { SRC_UNREAD, SRC_VALID, SRC_DONE };

typedef struct tok {
  size_t s, e;                   /* byte offsets into the text */
  const nlp_list_word *lw, *lwf; /* in the word lists (words.c) */
  size_t sentence;               /* nlp_tokens' sentence where it starts */
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
  size_t ms, me; /* bytes of its subject's mention; equal when unknown */
} event_t;

typedef struct attr {
  size_t ms, me, vs, ve; /* byte spans of mention and verb */
  size_t ss, se;         /* the mention that names the speaker (source) */
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

typedef struct gender_seen { /* a speaker called "he" or "she" */
  const char *p;
  size_t n;
  enum gender g;
} gender_seen_t;

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
  nlp_tokens_t *words_it;             /* nlp_tokens over the whole text */
  nlp_token_t look;                   /* its next token, not yet in a block */
  enum source_state look_state;       /* of look */
  const unsigned char *blk_b, *blk_e; /* the block being read */
  size_t prev_blk_b;                  /* the block before it, its start */
  tok_t *toks;
  size_t ntoks, captoks;
  qspan_t *qs;
  size_t nqs, capqs;
  event_t *ev;
  size_t nev, capev;
  row_t *rows;
  size_t nrows, caprows, emit, npending;
  size_t block_first; /* the first row of the block being read: a flush of
                      ** pending pieces inside the block may lower it */
  row_t *ind; /* the block's reported speech, before it joins the rows */
  size_t nind, capind;
  size_t *cand; /* the words that may report speech (reported.c) */
  size_t ncand, capcand;
  int cont;    /* this block goes on with an open quote */
  attr_t pend; /* the attribution of the pending pieces, if found */
  name_t names[NAMES_MAX];
  size_t nnames;
  gender_seen_t genders[NAMES_MAX];
  size_t ngenders;
  event_t last_named, last_any; /* carried from earlier blocks */
  int has_last_named, has_last_any;
  event_t prev_block_tail;   /* the last event of the previous block */
  int prev_block_colon;      /* the previous block ended with "verb ...:" */
  int prev_block_open_colon; /* it ended with a colon and no verb near */
  attr_t prev_colon_subject; /* the subject of that sentence, if any */
  int prev_quote_speaker;    /* the last quote of the previous paragraph */
  attr_t prev_quote;
  size_t prev_quote_para;
  /* The entity finder, run alongside from the first block with a quote:
  ** its PERSON names give canonical speakers ("Biden" -> "Joe Biden").
  ** SRC_DONE also when there is no model. */
  nlp_entities_t *ents;
  enum source_state ents_state;
  nlp_entity_t ent;
  int have_ent; /* ent is read but not yet used */
  pent_t *pe;   /* the PERSON entities of the block */
  size_t npe, cappe;
  char *parena; /* their canonical names, NUL-separated */
  size_t parena_len, parena_cap;
  chunk_t *interned; /* canonical names given out as speakers */
  const char *recent_interned[RECENT_MAX];
  size_t nrecent;
  /* the caller's check function (nlp_quotes_set_check), and where the
  ** text was when it was last called */
  nlp_check_fn check;
  void *check_arg;
  const unsigned char *checked_at;
  int stopped; /* check said stop: NLP_EINTR from now on */
};

/* ---- Tokens ---------------------------------------------------------- */

/* Whether s[0..n) is the NUL-terminated w. */
static inline int bytes_are(const unsigned char *s, size_t n, const char *w) {
  for (size_t i = 0; i < n; i++)
    if (w[i] == 0 || (unsigned char)w[i] != s[i])
      return 0;
  return w[n] == 0;
}

/* Whether the token t is the word w. */
static inline int word_eq(const tok_t *t, const unsigned char *text,
                          const char *w) {
  return t->type == T_WORD && bytes_are(text + t->s, t->e - t->s, w);
}

/* word_eq, with a capital first letter read as small: "According" is
** "according". w is in lower case. */
static inline int word_eq_fold(const tok_t *t, const unsigned char *text,
                               const char *w) {
  size_t n = t->e - t->s;
  const unsigned char *s = text + t->s;
  return t->type == T_WORD && n > 0 && (s[0] | 0x20) == (unsigned char)w[0] &&
         w[0] != 0 && bytes_are(s + 1, n - 1, w + 1);
}

/* Whether the word t is in list id, as it is written. */
static inline int tok_in(const tok_t *t, enum nlp_list id) {
  return t->type == T_WORD && nlp_list_word_in(t->lw, id);
}

/* tok_in, with a capital first letter read as small: "But", "Though". */
static inline int tok_in_fold(const tok_t *t, enum nlp_list id) {
  return t->type == T_WORD && nlp_list_word_in(t->lwf, id);
}

static inline int is_word(const tok_t *t) { return t->type == T_WORD; }

static inline int is_cap_word(const tok_t *t) {
  return t->type == T_WORD && (t->flags & F_CAP);
}

static inline int is_terminal(const tok_t *t) {
  return (t->flags & F_TERM) != 0;
}

static inline int is_quote_tok(const tok_t *t) { return t->type >= T_QOPEN; }

/* Whether t is a comma or a stop (. ? !). */
static inline int is_comma_or_stop(const tok_t *t) {
  return t->type == T_PUNCT && (t->cp == ',' || is_terminal(t));
}

/* Whether t is an apostrophe read as no quotation mark: the possessive of
** "Sanders’ campaign manager". */
static inline int is_apostrophe_tok(const tok_t *t) {
  return t->type == T_PUNCT && (t->cp == 0x2019 || t->cp == '\'');
}

/* Whether cp, the character of a one-character token, is a dash: any of
** Unicode's Pd ("-", "–", "—", the quotation dash "―", ...). */
static inline int is_dash_cp(int32_t cp) {
  return cp > 0 && (nlp_class_of(cp) & NLP_C_DASH);
}

/* The classes of the character at p, 0 at the end. */
static inline uint32_t class_at(const unsigned char *p,
                                const unsigned char *end) {
  return p < end ? nlp_char_at(p, end).klass : 0;
}

static inline int is_space_at(const unsigned char *p,
                              const unsigned char *end) {
  return p >= end || (nlp_char_at(p, end).klass & NLP_C_SPACE);
}

/* ---- words.c --------------------------------------------------------- */

/* Reads the words and marks of the block [b, e) into it->toks. */
int quotes_read_words(nlp_quotes_t *it, const unsigned char *b,
                      const unsigned char *e);

/* The first token of the block at or after byte b (ntoks if none). */
size_t quotes_tok_at(const nlp_quotes_t *it, size_t b);

/* ---- marks.c --------------------------------------------------------- */

/* The type, family and flags of the one-character token c at [s, p) of
** the block [b, e). */
void quotes_mark_kind(const unsigned char *b, const unsigned char *e,
                      const unsigned char *s, const unsigned char *p,
                      nlp_char_t c, tok_t *t);

/* Pairs the quotation marks of the block into it->qs; flags F_INQ. */
int quotes_pair_marks(nlp_quotes_t *it);

/* The quoted words between bytes from and to, trimmed: [*s, *e). */
void quotes_quote_words(nlp_quotes_t *it, size_t from, size_t to, int frag,
                        size_t *s, size_t *e);

/* Whether the quoted fragment between marks o and c reads as a title. */
int quotes_title_like(nlp_quotes_t *it, size_t o, size_t c);

/* Whether the paragraph after p opens with a quotation mark. */
int quotes_next_opens_quote(nlp_quotes_t *it, const unsigned char *p);

/* ---- persons.c ------------------------------------------------------- */

/* Reads the PERSON entities of the block [bs, be). */
int quotes_collect_entities(nlp_quotes_t *it, size_t bs, size_t be);

/* A lasting copy of name[0..n), owned by the iterator; NULL if no memory. */
const char *quotes_intern(nlp_quotes_t *it, const char *name, size_t n);

/* The entity finder's canonical name for a name ending at bytes [ls, e). */
int quotes_entity_name(nlp_quotes_t *it, size_t ls, size_t e, const char **out,
                       size_t *outlen);

/* ---- names.c --------------------------------------------------------- */

/* The gender of the name p[0..n) from its given name. */
enum gender quotes_given_name_gender(const char *p, size_t n);

/* Whether the name p[0..n) can stand for "he" or "she". */
int quotes_person_like(const char *p, size_t n);

/* Records the full names of the block (for surnames). */
void quotes_collect_names(nlp_quotes_t *it);

/* The speaker's name of the noun phrase [a, b), into out. */
void quotes_name_of(nlp_quotes_t *it, size_t a, size_t b, attr_t *out);

/* Whether the phrase [a, b) holds a personal title: "Lord Butler". */
int quotes_has_title(nlp_quotes_t *it, size_t a, size_t b);

/* ---- phrases.c ------------------------------------------------------- */

/* The subject before the verb at v, not reaching before lo: [*a, *b). */
int quotes_np_before(nlp_quotes_t *it, size_t v, size_t lo, size_t *a,
                     size_t *b);

/* The phrase after the verb at v, before hi (said Earl Anthony Wayne). */
int quotes_np_after(nlp_quotes_t *it, size_t v, size_t hi, size_t *a,
                    size_t *b);

/* ---- coref.c --------------------------------------------------------- */

/* Whether t is a subject pronoun; *p says what it stands for. */
int quotes_is_pronoun(const tok_t *t, const unsigned char *text, enum pron *p);

/* Remembers that sp[0..n) was called "he" or "she". */
void quotes_set_gender(nlp_quotes_t *it, const char *sp, size_t n, enum pron p);

/* The person brought in as the subject of a sentence before the token v,
** after the last reporting verb and at most two sentences back (rule 1 of
** the pronouns, any gender): the speaker of a quote with no attribution. */
int quotes_subject_speaker(nlp_quotes_t *it, size_t v, event_t *out);

/* The most recent speaker before token pos that fits p. */
int quotes_recent_speaker(nlp_quotes_t *it, size_t pos, enum pron p,
                          event_t *out);

/* The person a pronoun subject of the verb v stands for. */
int quotes_pronoun_speaker(nlp_quotes_t *it, size_t v, enum pron p,
                           event_t *out);

/* ---- cues.c ---------------------------------------------------------- */

/* The reporting verbs of the block with their subjects, into it->ev. */
int quotes_collect_events(nlp_quotes_t *it);

/* The first event of the block at or after token pos (nev if none). */
size_t quotes_event_at(const nlp_quotes_t *it, size_t pos);

/* The last event of this block before token pos. */
int quotes_event_before(nlp_quotes_t *it, size_t pos, event_t *out);

/* The attribution in the words after the closing mark at c, up to hi. */
int quotes_after_close(nlp_quotes_t *it, size_t c, size_t hi, int ended_stop,
                       attr_t *out);

/* 1c. A quote closed by a comma, ? or !, then a subject that starts right
** after it and a reporting verb later in the same sentence, past what rule
** 1 reads (a long apposition, an abbreviation with a stop): "“...,” Ann
** Lee, 30, of Leeds, Mass., who was polled, said". */
int quotes_after_close_far(nlp_quotes_t *it, size_t c, attr_t *out);

/* The attribution in the words before the opening mark at o, back to lo. */
int quotes_before_open(nlp_quotes_t *it, size_t lo, size_t o, attr_t *out);

/* The participle that ends the head [lo, o) ("adding:", "saying that"):
** its token, or NONE. */
size_t quotes_participle_before(nlp_quotes_t *it, size_t lo, size_t o);

/* The attribution by the speaker phrase [a, b) of the verb v (he/she
** resolved). */
void quotes_attribute_np(nlp_quotes_t *it, size_t a, size_t b, size_t v,
                         attr_t *out);

/* The attribution of the reporting verb at v by its subject before it. */
int quotes_attr_subject(nlp_quotes_t *it, size_t v, attr_t *out);

/* The attribution of the reporting verb at v (its subject, or the phrase
** after it). */
int quotes_attr_of_verb(nlp_quotes_t *it, size_t v, attr_t *out);

/* ---- reported.c ------------------------------------------------------ */

/* The reported clause after the verb at v: tokens [*a, *b). */
int quotes_clause_after(nlp_quotes_t *it, size_t v, size_t *a, size_t *b);

/* The subject that opens the sentence of the token k (a pronoun, or a
** noun phrase: "Senator Ann Lee", "The senator"): tokens [*a, *b). */
int quotes_sentence_subject(nlp_quotes_t *it, size_t k, size_t *a, size_t *b);

/* The subject that opens the sentence of the participle at p, when a
** verb follows it (a small word, not a preposition): "Ann Lee attacked
** ..., saying", not "In" of "In a speech, saying". */
int quotes_opening_subject(nlp_quotes_t *it, size_t p, size_t *a, size_t *b);

/* The name before ", who" ahead of the verb at v, past words like "has"
** ("Ann Lee, who said", "Ann Lee, who has long opposed"), into out with v
** as the cue; 0 if none. */
int quotes_relative_subject(nlp_quotes_t *it, size_t v, attr_t *out);

/* The subject of the verb that governs "to" before the verb at v ("Ann Lee
** went on to say: “...”"), into out with v as the cue; 0 if none. */
int quotes_infinitive_subject(nlp_quotes_t *it, size_t v, attr_t *out);

/* The kind of the fragment quote [s, e) (marks at tokens o, c; its head
** starts at token lo) attributed by the verb at bytes vs: mixed, or direct
** when the quote is most of the reported clause, the words from the verb
** (or, when the verb follows the quote, from the sentence start) to it. */
int quotes_fragment_kind(nlp_quotes_t *it, size_t vs, size_t lo, size_t c,
                         size_t s, size_t e);

/* The kind of a quote that is a sentence (marks o, c; its head starts at
** token lo) attributed by the verb at bytes vs: as a fragment's when the
** verb's "that" lies between it and the quote (`said that once the Senate
** rises, “I will campaign.”`: PolNeAR's content starts at "that"), or a
** reported clause before a colon (`said she had learned her lesson: “...”`),
** else direct. */
int quotes_sentence_kind(nlp_quotes_t *it, size_t vs, size_t lo, size_t c,
                         size_t s, size_t e);

/* Whether the word at v may report speech: a reporting verb or noun, a
** participle, "According" (not after a determiner: "the claims"). */
static inline int quotes_report_candidate(const nlp_quotes_t *it, size_t v) {
  const tok_t *t = &it->toks[v];
  if (t->flags & F_CAP)
    return word_eq(t, it->text, "According");
  return (tok_in(t, NLP_LIST_QUOTES_SPEECH_VERBS) ||
          tok_in(t, NLP_LIST_QUOTES_REPORT_NOUNS) ||
          tok_in(t, NLP_LIST_QUOTES_REPORTING_VERBS) ||
          tok_in(t, NLP_LIST_QUOTES_ATTITUDE_VERBS) ||
          tok_in(t, NLP_LIST_QUOTES_ATTITUDE_ADJECTIVES) ||
          tok_in(t, NLP_LIST_QUOTES_REPORTING_PARTICIPLES)) &&
         !(v > 0 && tok_in_fold(&it->toks[v - 1],
                                NLP_LIST_QUOTES_DETERMINERS_BEFORE_NOUN));
}

/* Whether the quote closed by the mark at c (c > 0) ends its clause by
** its punctuation: a comma or a stop just inside the mark or just after it
** (`said it was “over,” and`, `called it “a mess”.`). */
static inline int quotes_mark_closes_clause(const nlp_quotes_t *it, size_t c) {
  return is_comma_or_stop(&it->toks[c - 1]) ||
         (c + 1 < it->ntoks && is_comma_or_stop(&it->toks[c + 1]));
}

/* Adds the block's reported speech (indirect rows) to the rows from
** first_row on, in text order. */
int quotes_add_reported(nlp_quotes_t *it, size_t first_row);

/* ---- attribution.c --------------------------------------------------- */

/* Finds the quotes of the block ending at bend and their rows. */
int quotes_process_block(nlp_quotes_t *it, const unsigned char *bend);

/* Gives pending pieces their speaker or drops them. */
void quotes_flush_pending(nlp_quotes_t *it);

#endif /* NLP_QUOTES_INT_H */
