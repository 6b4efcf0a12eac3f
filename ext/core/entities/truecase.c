/*
** entities/truecase.c: a text written all in capitals ("OFFICIALS IN
** TEXAS SAID ...": wire copy, shouting) is tagged as if written in normal
** case. The tagger learnt from normal text, where capitals tell names from
** common words; in such a text they tell nothing. truecase_copy() makes a
** copy of the same bytes but for ASCII case: each word as the word lists and
** word clusters say it is usually written ("officials in Texas said"). The
** tagger and the rules after it read the copy; entities keep the offsets,
** and their text is the original's.
*/
#include <stdlib.h>
#include <string.h>

#include "entities/entities_int.h"
#include "text/alloc.h"
#include "ner/ner_int.h"

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

int truecase_copy(const char *text, size_t len, char **copy) {
  ner_doc_t d;
  char *out;
  int rc, same = 0, opens = 1;
  size_t prev_be = 0;
  const ner_tok_t *prev = NULL;
  *copy = NULL;
  if (!in_capitals(text, len))
    return NLP_OK;
  if (!(out = nlp_mem_malloc(len + 1)))
    return NLP_ENOMEM;
  memcpy(out, text, len);
  out[len] = 0;
  if ((rc = ner_doc_init(&d, text, len)) != NLP_OK) {
    nlp_mem_free(out);
    return rc;
  }
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
