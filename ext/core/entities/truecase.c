/*
** entities/truecase.c: a text written all in capitals ("OFFICIALS IN
** TEXAS SAID ...": wire copy, shouting) is tagged as if written in normal
** case. The tagger learnt from normal text, where capitals tell names from
** common words; in such a text they tell nothing. truecase_copy() makes a
** copy of the same bytes but for ASCII case: each word as the word lists and
** word clusters say it is usually written ("officials in Texas said"). The
** tagger and the rules after it read the copy; entities keep the offsets,
** and their text is the original's. In a text in normal case, a headline
** line in capitals or Title Case ("Apple Unveils New Phone As Sales Slow")
** is recased the same way, each word as the body writes it when it does
** (headline_copy).
*/
#include <stdlib.h>
#include <string.h>

#include "entities/entities_int.h"
#include "text/alloc.h"
#include "ner/ner_int.h"
#include "ner/ner_model.h"

/* A text is in capitals when it has 40 letters or more and under one in 50
** of them is lower case, counting from its start: a text in normal case
** is told after its first 256 bytes or so. */
static int in_capitals(const char *text, size_t len) {
  size_t up = 0, low = 0;
  for (size_t i = 0; i < len; i++) {
    unsigned char b = (unsigned char)text[i];
    up += b >= 'A' && b <= 'Z';
    low += b >= 'a' && b <= 'z';
    if ((i & 255) == 255 && up + low >= 40 && low * 50 >= up + low)
      return 0;
  }
  return up + low >= 40 && low * 50 < up + low;
}

/* Whether word t is usually written capitalised: its capitalisation habit
** in news (data/clusters.bin) says so, or, with no clear habit, the word
** lists do not have it as a common word ("Texas"; not "said"). */
static int usually_capitalised(ner_tok_t *t) {
  if (t->habit == 3)
    return 1;
  if (t->habit == 1)
    return 0;
  return !(t->dict & NER_DICT_LOWER) ||
         (t->habit == 2 && t->dict & NER_DICT_CAP);
}

/* Whether a word after token p opens a sentence or line as the sentence
** splitter sees it: p ends in ".", "!" or "?", or a line break lies between
** (then the word keeps its capital, so that sentences stay the same). */
static int opens_after(const char *text, const ner_tok_t *p, size_t bs) {
  char c = text[p->be - 1];
  if (c == '.' || c == '!' || c == '?')
    return 1;
  for (size_t k = p->be; k < bs; k++)
    if (text[k] == '\n')
      return 1;
  return 0;
}

/* Rewrites the word of token t in out[] (a copy of text): lower case, with
** its first letter a capital when cap. Words with a dot ("U.S.") or a digit
** stay as written. */
static void recase_word(char *out, const ner_tok_t *t, int cap) {
  for (size_t k = t->bs; k < t->be; k++)
    if (out[k] == '.' || (out[k] >= '0' && out[k] <= '9'))
      return;
  for (size_t k = t->bs; k < t->be; k++)
    if (out[k] >= 'A' && out[k] <= 'Z')
      out[k] = (char)(out[k] + 32);
  if (cap && out[t->bs] >= 'a' && out[t->bs] <= 'z')
    out[t->bs] = (char)(out[t->bs] - 32);
}

/* Recases the words of one block of d into out. */
static void recase_block(ner_doc_t *d, char *out, int *opens, size_t *prev_be,
                         const ner_tok_t **prev) {
  for (size_t i = 0; i < d->ntoks; i++) {
    ner_tok_t *t = &d->toks[i];
    int first = *opens || !*prev || opens_after(d->text, *prev, t->bs);
    if (t->kind == NLP_TOKEN_WORD && t->cap == NER_CAP_UPPER) {
      ner_tok_detail(d, i);
      recase_word(out, t, first || usually_capitalised(t));
    }
    *opens = 0;
    *prev_be = t->be;
    *prev = t;
  }
}

/* Whether the tokeniser splits a and b (len bytes each) into the same
** tokens and sentences: a copy that would move a sentence is not used.
** 1 or 0 in *same; NLP_ENOMEM when the tokeniser could not run. */
static int same_sentences(const char *a, const char *b, size_t len, int *same) {
  nlp_tokens_t *ia = NULL, *ib = NULL;
  nlp_token_t ta, tb;
  int rc, ra, rb;
  *same = 0;
  if ((rc = nlp_tokens_new(a, len, &ia)) != NLP_OK ||
      (rc = nlp_tokens_new(b, len, &ib)) != NLP_OK)
    goto done;
  for (;;) {
    ra = nlp_tokens_next(ia, &ta);
    rb = nlp_tokens_next(ib, &tb);
    if (ra == NLP_ENOMEM || rb == NLP_ENOMEM) {
      rc = NLP_ENOMEM;
      break;
    }
    if (ra != rb || (ra != NLP_OK && ra != NLP_DONE))
      break;
    if (ra == NLP_DONE) {
      *same = 1;
      break;
    }
    if (ta.byte_start != tb.byte_start || ta.byte_end != tb.byte_end ||
        ta.sentence != tb.sentence)
      break;
  }
done:
  nlp_tokens_free(ia);
  nlp_tokens_free(ib);
  return rc;
}

/* ---- headline lines in capitals inside text in normal case ----------- */

/* Whether line s[0..n) may be a headline in capitals, by its bytes alone
** (headline_kind decides): 2 to 24 words, no final full stop, and either
** 3 words or more all in capitals ("CLARK SAYS TAXES RISE") or every word
** capitalised and one after the first of 4 letters or fewer, the length
** of a style word ("Apple Unveils New Phone As Sales Slow In China"). A
** text with no such line pays no tagging pass for its headlines. */
static int caps_line_bytes(const char *s, size_t n) {
  size_t words = 0, caps = 0, lower = 0, short_word = 0;
  while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
    n--;
  if (!n || n > 200 || s[n - 1] == '.')
    return 0;
  for (size_t i = 0; i < n;) {
    size_t j = i, letters = 0;
    while (j < n && s[j] != ' ' && s[j] != '\t')
      j++;
    for (size_t k = i; k < j; k++) {
      unsigned char b = (unsigned char)s[k];
      lower += b >= 'a' && b <= 'z';
      letters += (b | 32) >= 'a' && (b | 32) <= 'z';
    }
    /* a word: its first letter, after any opening quote or bracket */
    while (i < j && (s[i] == '"' || s[i] == '(' || s[i] == '\''))
      i++;
    if (i < j && ((unsigned char)s[i] | 32) >= 'a' &&
        ((unsigned char)s[i] | 32) <= 'z') {
      caps += (unsigned char)s[i] <= 'Z';
      short_word += words >= 1 && letters <= 4;
      words++;
    }
    i = j;
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
      i++;
  }
  if (words < 2 || words > 24 || caps < words)
    return 0;
  return lower == 0 ? words >= 3 : short_word > 0;
}

/* Whether a line of text, not its last, may be a headline in capitals. */
static int has_caps_line(const char *text, size_t len) {
  for (size_t i = 0; i < len;) {
    const char *nl = memchr(text + i, '\n', len - i);
    size_t e = nl ? (size_t)(nl - text) : len;
    if (nl && caps_line_bytes(text + i, e - i))
      return 1;
    i = e + 1;
  }
  return 0;
}

/* Whether only spaces lie between bytes a and b of text. */
static int blank_between(const char *text, size_t a, size_t b) {
  for (size_t k = a; k < b; k++)
    if (text[k] != ' ' && text[k] != '\t' && text[k] != '\r')
      return 0;
  return 1;
}

/* Whether only blanks lie before byte a of text, or a blank line ends
** there ("\n\n" with spaces). */
static int opens_part(const char *text, size_t a) {
  while (a > 0 && text[a - 1] != '\n')
    if (text[--a] != ' ' && text[a] != '\t' && text[a] != '\r')
      return 0;
  if (a-- == 0)
    return 1;
  while (a > 0 && text[a - 1] != '\n')
    if (text[--a] != ' ' && text[a] != '\t' && text[a] != '\r')
      return 0;
  return 1;
}

/* Whether sentence [s0, s1) of d is a headline line: a whole line, the
** text's first or after a blank line, followed by a line break and more
** text. */
static int whole_line(const ner_doc_t *d, size_t s0, size_t s1) {
  size_t bs = d->toks[s0].bs, be = d->toks[s1 - 1].be, b = be;
  while (b < d->len && d->text[b] != '\n')
    b++;
  if (b >= d->len || !opens_part(d->text, bs) || !blank_between(d->text, be, b))
    return 0;
  return memchr(d->text + bs, '\n', be - bs) == NULL;
}

/* A short word that Title Case capitalises but a name seldom has: a
** function word ("In", "For": entities/title_function_words.txt) or a
** word of up to 3 letters news writes in lower case ("As", "Of"; habit,
** after ner_tok_detail). */
static int style_word(ner_doc_t *d, size_t i) {
  ner_tok_t *t = &d->toks[i];
  if (nlp_list_word_in(tok_word(d, t), NLP_LIST_ENTITIES_TITLE_FUNCTION_WORDS))
    return 1;
  return t->be - t->bs <= 3 && t->habit == 1;
}

/* Kind of headline of sentence [s0, s1): 2 in capitals ("CLARK SAYS
** TAXES RISE"), 1 in Title Case: every word capitalised, one a style
** word, two common words or more ("Apple Unveils New Phone As Sales Slow
** In China"), 0 none (a name: "Bataan Peninsula State
** University"; Chicago style: "Four Centuries of Spanish Sonnets"). */
static int headline_kind(ner_doc_t *d, size_t s0, size_t s1) {
  size_t words = 0, upper = 0, none = 0, common = 0, fw = 0;
  if (!whole_line(d, s0, s1) || d->text[d->toks[s1 - 1].be - 1] == '.')
    return 0;
  for (size_t i = s0; i < s1; i++) {
    ner_tok_t *t = &d->toks[i];
    if (t->kind != NLP_TOKEN_WORD)
      continue;
    words++;
    upper += t->cap == NER_CAP_UPPER;
    none += t->cap == NER_CAP_NONE;
    if (words == 1 || t->cap != NER_CAP_TITLE)
      continue;
    ner_tok_detail(d, i);
    fw += (size_t)style_word(d, i);
    common += (size_t)!usually_capitalised(t);
  }
  if (words < 2 || words > 24)
    return 0;
  if (upper == words)
    return words >= 3 ? 2 : 0;
  return none == 0 && fw >= 1 && common >= 2;
}

/* Whether the body writes word i of a headline capitalised mid-sentence
** ("Clark" in "said Joe Clark"): the document facts less the headline's
** own mention, counted when capitalised after a word. */
static int body_capitalises(const ner_doc_t *d, size_t i) {
  const ner_tok_t *t = &d->toks[i];
  int own = t->cap == NER_CAP_TITLE && i > t->sent_first &&
            d->toks[i - 1].kind == NLP_TOKEN_WORD;
  return own ? t->doc_title2 : t->doc_title;
}

/* Recases headline [s0, s1) of kind k (headline_kind) in out: each word as
** the body writes it, a word it has only in lower case in lower case, else
** as usually written, but a name the body lacks stays as written in an
** all-caps headline; the first word keeps its capital. In Title Case,
** words in capitals stay ("NATO"). */
static void recase_headline(ner_doc_t *d, char *out, size_t s0, size_t s1,
                            int k) {
  int first = 1;
  for (size_t i = s0; i < s1; i++) {
    ner_tok_t *t = &d->toks[i];
    if (t->kind != NLP_TOKEN_WORD)
      continue;
    if (t->cap == NER_CAP_TITLE || (k == 2 && t->cap == NER_CAP_UPPER)) {
      int cap;
      ner_tok_detail(d, i);
      if (body_capitalises(d, i))
        cap = 1;
      else if (t->doc_lower)
        cap = first;
      else if (k == 2 && usually_capitalised(t))
        cap = -1; /* a name the body lacks stays in capitals: "NORWAY" */
      else
        cap = first || usually_capitalised(t);
      if (cap >= 0)
        recase_word(out, t, cap);
    }
    first = 0;
  }
}

/* Recases the headlines in capitals of one block of d into out. */
static void recase_headlines(ner_doc_t *d, char *out, int *found) {
  for (size_t s0 = 0; s0 < d->ntoks;) {
    size_t s1 = d->toks[s0].sent_end;
    int k = headline_kind(d, s0, s1);
    if (k) {
      recase_headline(d, out, s0, s1, k);
      *found = 1;
    }
    s0 = s1;
  }
}

/* Headlines are looked for in a text of one article: a longer one (a
** corpus joined into one value) is read as it is, since the body evidence
** of a headline takes a tagging pass over the whole text. */
#define HEADLINE_TEXT_MAX 65536

/* A copy of text (NUL-terminated) into *out, to be recased, and text's
** tokens opened in *d; on failure neither is left. */
static int open_copy(const char *text, size_t len, char **out, ner_doc_t *d) {
  int rc;
  if (!(*out = nlp_mem_malloc(len + 1)))
    return NLP_ENOMEM;
  memcpy(*out, text, len);
  (*out)[len] = 0;
  if ((rc = ner_doc_init(d, text, len)) != NLP_OK) {
    nlp_mem_free(*out);
    *out = NULL;
  }
  return rc;
}

/* A copy of text, not in capitals, with its headline lines in capitals
** recased (*copy NULL when it has none or the copy would move a sentence). */
static int headline_copy(const char *text, size_t len, char **copy) {
  ner_doc_t d;
  char *out;
  int rc, same = 0, found = 0;
  if (len > HEADLINE_TEXT_MAX || !has_caps_line(text, len))
    return NLP_OK;
  if ((rc = open_copy(text, len, &out, &d)) != NLP_OK)
    return rc;
  /* the text in normal case: a quarter of its words or more in lower case */
  while (d.ncapwords * 4 <= d.nwords * 3 &&
         (rc = ner_doc_block(&d, 4096)) == NLP_OK)
    recase_headlines(&d, out, &found);
  if (rc == NLP_OK)
    rc = NLP_DONE;
  ner_doc_free(&d);
  if (rc == NLP_DONE && found)
    rc = same_sentences(text, out, len, &same);
  if (rc == NLP_DONE || rc != NLP_OK || !same) {
    nlp_mem_free(out);
    return rc == NLP_OK || rc == NLP_DONE ? NLP_OK : rc;
  }
  *copy = out;
  return NLP_OK;
}

int truecase_copy(const char *text, size_t len, char **copy) {
  ner_doc_t d;
  char *out;
  int rc, same = 0, opens = 1;
  size_t prev_be = 0;
  const ner_tok_t *prev = NULL;
  *copy = NULL;
  if (!in_capitals(text, len))
    return headline_copy(text, len, copy);
  if ((rc = open_copy(text, len, &out, &d)) != NLP_OK)
    return rc;
  while ((rc = ner_doc_block(&d, 4096)) == NLP_OK) {
    recase_block(&d, out, &opens, &prev_be, &prev);
    prev = NULL; /* the block's tokens go: the next opens after its own */
    opens = 0;
  }
  ner_doc_free(&d);
  if (rc == NLP_DONE)
    rc = same_sentences(text, out, len, &same);
  if (rc != NLP_OK || !same) {
    nlp_mem_free(out);
    return rc == NLP_OK ? NLP_OK : rc;
  }
  *copy = out;
  return NLP_OK;
}

/* ---- the caseless model ------------------------------------------------ */

/* A text in normal case of the web's register ("I ordered ...", "you
** guys": ner_doc_involved) is read by the web-text model, when there is
** one (the built-in model's). */
static const nlp_model_t *web_model(const nlp_model_t *model,
                                    const ner_doc_t *d) {
  return model->web && ner_doc_involved(d) ? model->web : model;
}

const nlp_model_t *truecase_model(const nlp_model_t *model, ner_doc_t *d,
                                  const char *text, size_t len) {
  int caps;
  if (!model->caseless)
    return web_model(model, d);
  caps = in_capitals(text, len);
  if (!caps && !ner_doc_caseless(d))
    return web_model(model, d);
  /* a copy of a text in capitals keeps the capitals of its words */
  d->caseless = caps ? NER_CASELESS_CAPS : NER_CASELESS_LOWER;
  return model->caseless;
}
