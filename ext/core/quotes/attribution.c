/*
** attribution.c: the quotes of a block and who said them, as rows.
**
** Each quote (a pair of marks, marks.c) is measured (its head: the words
** before it in its sentence; whether it is a fragment; the words after it)
** and then given an attribution by the first of ATTR_RULES that finds one:
**   1. the words after the closing mark: `“...,” said X` / `“...,” X said`
**      / `“...,” he added` (cues.c, coref.c for he/she);
**   2. a reporting verb before the opening mark in the same sentence:
**      `X said: “...”`, `X said that “...”`, `X warned that ... a “...”`;
**   3. a participle before it: `..., adding: “...”`, the speaker of the
**      clause it hangs on;
**   4. for a fragment, the words after its closing mark (as 1);
**   5. for a whole-sentence quote with none of these, the speaker of the
**      quote just before it, or of the reporting verb of the sentence
**      before it.
** Quotes with no attribution (scare quotes, titles) give no row. A quote
** left open at the end of a paragraph whose next paragraph opens with a
** quotation mark goes on there: its pieces wait as pending rows (at most
** MAX_PENDING paragraphs) for the attribution at its end.
*/
#include <string.h>

#include "quotes/quotes_int.h"
#include "text/grow.h"

/* What the block's loop carries from one quote to the next. */
typedef struct scan {
  const unsigned char *bend; /* the end of the block */
  size_t prev_close;         /* closing mark of the quote before, or NONE */
  size_t prev_hi;            /* end of its tail, or NONE */
  size_t first_row;          /* the block's first row */
  attr_t prev_attr;          /* the attribution of the quote before */
  int prev_has;              /* prev_attr is one */
} scan_t;

/* One quote of the block, measured. */
typedef struct quote {
  size_t qi;      /* its index in it->qs */
  size_t o, c;    /* its marks (c NONE: open to the end of the block) */
  size_t lo, hi;  /* its head [lo, o) and its tail (c, hi) */
  size_t s, e;    /* its words, bytes */
  size_t hw;      /* words in the head */
  int frag;       /* a fragment inside a sentence: called it “a mess” */
  int ended_stop; /* its words end with a period */
  int reopen;     /* its closing mark opens the next piece */
  int is_cont;    /* it goes on with the quote of the paragraphs before */
  int cont_piece; /* it goes on in the next paragraph */
} quote_t;

/* What to do with a quote after measuring it. */
enum measured {
  Q_SKIP,     /* no quote: an apostrophe */
  Q_PASS,     /* no row (empty, a title); the next one's head starts after */
  Q_ATTRIBUTE /* look for its speaker */
};

/* The sentence of the token that starts at byte b (the first token of the
** quoted words): the sentence where the quote starts. */
static size_t sentence_at(const nlp_quotes_t *it, size_t b) {
  size_t k = quotes_tok_at(it, b);
  return k < it->ntoks ? it->toks[k].sentence : 0;
}

/* The row's source: the attribution's, when it lies in this block or the
** one before (so that finding its offsets stays cheap). */
static void set_source(const nlp_quotes_t *it, row_t *r, const attr_t *at) {
  r->q.source_start = r->q.source_end = 0;
  if (at->se > at->ss && at->ss >= it->prev_blk_b)
    r->q.source_start = at->ss, r->q.source_end = at->se;
}

/* Adds a row for the quoted words [s, e) with the attribution at (none
** when NULL); pending: a piece that waits for the paragraph after. */
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
  r->q.sentence = sentence_at(it, s);
  if (at && at->found) {
    r->q.speaker = at->sp;
    r->q.speaker_len = at->splen;
    r->q.mention_start = at->ms, r->q.mention_end = at->me;
    r->q.verb_start = at->vs, r->q.verb_end = at->ve;
    set_source(it, r, at);
    r->has_speaker = at->sp != NULL;
  }
  if (pending)
    it->npending++;
  return NLP_OK;
}

/* The speaker of the row from, given to r. */
static void copy_speaker(row_t *r, const row_t *from) {
  r->q.speaker = from->q.speaker;
  r->q.speaker_len = from->q.speaker_len;
  r->q.source_start = from->q.source_start;
  r->q.source_end = from->q.source_end;
  r->has_speaker = from->has_speaker;
}

/* The attribution at, given to the row r. */
static void apply_attr(const nlp_quotes_t *it, row_t *r, const attr_t *at) {
  int kept = r->q.source_end > r->q.source_start &&
             r->q.source_start == at->ss && r->q.source_end == at->se;
  r->q.speaker = at->sp;
  r->q.speaker_len = at->splen;
  r->q.mention_start = at->ms, r->q.mention_end = at->me;
  if (!kept) /* a piece placed when its source was in reach keeps it */
    set_source(it, r, at);
  r->q.verb_start = at->vs, r->q.verb_end = at->ve;
  r->has_speaker = at->sp != NULL;
}

/* Drops pending pieces that never found a speaker; the rest are kept. */
void quotes_flush_pending(nlp_quotes_t *it) {
  size_t first = it->nrows - it->npending, w = first;
  for (size_t k = first; k < it->nrows; k++) {
    if (it->pend.found)
      apply_attr(it, &it->rows[k], &it->pend);
    if (it->rows[k].has_speaker || it->rows[k].q.verb_end)
      it->rows[w++] = it->rows[k];
  }
  it->nrows = w;
  it->npending = 0;
  if (it->block_first > w)
    it->block_first = w;
  memset(&it->pend, 0, sizeof(it->pend));
}

/* The head of the quote: back to the sentence start or the quote before;
** and whether the quote is a fragment. */
static void measure_head(nlp_quotes_t *it, const scan_t *sc, quote_t *q) {
  const tok_t *t = it->toks;
  size_t o = q->o;
  q->lo = o;
  while (q->lo > 0 && !is_terminal(&t[q->lo - 1]) &&
         (sc->prev_close == NONE || q->lo - 1 > sc->prev_close))
    q->lo--;
  q->hw = 0;
  for (size_t k = q->lo; k < o; k++)
    if (t[k].type == T_WORD)
      q->hw++;
  q->frag = !q->is_cont && ((o + 1 < it->ntoks && t[o + 1].type == T_WORD &&
                             (t[o + 1].flags & F_LOWER)) ||
                            (q->hw > 0 && o > 0 && t[o - 1].type == T_WORD));
}

/* The tail of a closed quote (to the end of the sentence after it) and
** its words. */
static void measure_closed(nlp_quotes_t *it, quote_t *q) {
  const tok_t *t = it->toks;
  size_t o = q->o, c = q->c;
  for (size_t k = c; k > o + 1; k--) {
    if (t[k - 1].type == T_WORD)
      break;
    if (is_terminal(&t[k - 1]))
      q->ended_stop = t[k - 1].cp == '.';
  }
  q->hi = c + 1;
  while (q->hi < it->ntoks && !is_quote_tok(&t[q->hi]) &&
         !is_terminal(&t[q->hi]))
    q->hi++;
  if (q->hi < it->ntoks && is_terminal(&t[q->hi]))
    q->hi++;
  if (q->reopen)
    q->hi = c; /* no words after it: the quote goes on */
  quotes_quote_words(it, t[o].e, t[c].s,
                     q->hw > 0 && o > 0 && t[o - 1].type == T_WORD, &q->s,
                     &q->e);
}

/* The most words between a quote and the verb of saying of its speaker
** (`“...,” the new mayor of Leeds said`) that title_words reads. */
#define TITLE_SPEAKER_REACH 6

/* Whether the closed quote q may be a title: two words or more, the first
** two capitalised, no pronoun right after it and no verb of saying in the
** next few words (`“Opening Belle,” which will be in shops`; not `“We Will
** Win,” said Ann Lee`, `“We Will Win,” the mayor said`, not `“Cruz!”`). */
static int title_words(const nlp_quotes_t *it, const quote_t *q) {
  const tok_t *t = it->toks;
  size_t k = q->c + 1;
  enum pron p;
  if (!(q->o + 2 < q->c && is_cap_word(&t[q->o + 1]) &&
        is_cap_word(&t[q->o + 2])))
    return 0;
  if (k < it->ntoks && t[k].cp == ',')
    k++;
  if (k < it->ntoks && quotes_is_pronoun(&t[k], it->text, &p))
    return 0;
  for (size_t j = k; j < it->ntoks && j <= k + TITLE_SPEAKER_REACH; j++) {
    if (is_terminal(&t[j]) || is_quote_tok(&t[j]))
      break;
    if (tok_in_fold(&t[j], NLP_LIST_QUOTES_SPEECH_VERBS))
      return 0;
  }
  return 1;
}

/* Measures the quote qi of the block. */
static enum measured measure(nlp_quotes_t *it, const scan_t *sc, size_t qi,
                             quote_t *q) {
  const tok_t *t = it->toks;
  memset(q, 0, sizeof(*q));
  q->qi = qi;
  q->o = it->qs[qi].o, q->c = it->qs[qi].c;
  q->reopen = it->qs[qi].reopen;
  q->is_cont = it->cont && qi == 0 && q->o == 0;
  measure_head(it, sc, q);
  if (q->c != NONE) {
    measure_closed(it, q);
  } else {
    if (it->qs[qi].fam != FAM_D)
      return Q_SKIP; /* an apostrophe, likely */
    quotes_quote_words(it, t[q->o].e, (size_t)(sc->bend - it->text), q->frag,
                       &q->s, &q->e);
    q->hi = it->ntoks;
    q->cont_piece = qi + 1 == it->nqs && quotes_next_opens_quote(it, sc->bend);
  }
  if (q->s >= q->e)
    return Q_PASS;
  if (q->c != NONE && (q->frag || title_words(it, q)) &&
      quotes_title_like(it, q->o, q->c))
    return Q_PASS; /* “Pride and Prejudice” */
  return Q_ATTRIBUTE;
}

/* The attribution of the quote before, without its mention and verb. */
static void same_as_before(const scan_t *sc, attr_t *at) {
  *at = sc->prev_attr;
  at->ms = at->me = at->vs = at->ve = 0;
}

/* The speaker of the event e, without mention and verb. */
static void from_event(const event_t *e, attr_t *at) {
  at->found = 1;
  at->ss = e->ms, at->se = e->me;
  at->sp = e->sp;
  at->splen = e->splen;
  at->named = e->named;
}

/* Rule 1: `“...,” said X`, `“...,” X said`, `“...,” he added`. */
static void rule_after_close(nlp_quotes_t *it, const scan_t *sc,
                             const quote_t *q, attr_t *at) {
  (void)sc;
  if (q->c != NONE && !q->reopen && !q->frag &&
      !quotes_after_close(it, q->c, q->hi, q->ended_stop, at))
    quotes_after_close_far(it, q->c, at); /* 1c */
}

/* Rule 2: `X said: “...”`, `X said that “...”`, `Sir Alex Ferguson: “...”`. */
static void rule_before_open(nlp_quotes_t *it, const scan_t *sc,
                             const quote_t *q, attr_t *at) {
  (void)sc;
  if (q->hw > 0)
    quotes_before_open(it, q->lo, q->o, at);
}

/* Rule 3: `..., adding: “...”`: the quote before, when this one hangs on
** it, else the reporting verb of the head, else the subject that opens
** the sentence (`Ann Lee attacked the plan, saying: “...”`, `Ann Lee ended
** by saying “...”`). */
static void rule_participle(nlp_quotes_t *it, const scan_t *sc,
                            const quote_t *q, attr_t *at) {
  event_t ev;
  size_t p = q->hw > 0 ? quotes_participle_before(it, q->lo, q->o) : NONE, a, b;
  if (p == NONE)
    return;
  if (sc->prev_has && sc->prev_attr.sp && sc->prev_close != NONE &&
      q->lo == sc->prev_close + 1)
    same_as_before(sc, at);
  else if (quotes_event_before(it, q->o, &ev) && ev.pos >= q->lo)
    from_event(&ev, at);
  else if (p > 0 &&
           (it->toks[p - 1].cp == ',' ||
            tok_in(&it->toks[p - 1], NLP_LIST_QUOTES_PARTICIPLE_LINKS)) &&
           quotes_opening_subject(it, p, &a, &b))
    quotes_attribute_np(it, a, b, p, at);
}

/* The subject [a, b] as the speaker of a quotation with no cue (at->vs =
** at->ve = 0), for the position p; 0 when a form of "be" is in it ("The
** rules were simple: “...”": no speaker). */
static int subject_speaker(nlp_quotes_t *it, size_t a, size_t b, size_t p,
                           attr_t *at) {
  for (size_t k = a; k <= b; k++)
    if (tok_in(&it->toks[k], NLP_LIST_QUOTES_BE_FORMS))
      return 0;
  quotes_attribute_np(it, a, b, p, at);
  at->vs = at->ve = 0;
  return 1;
}

/* Rule 3b: a whole-sentence quote after a colon that ends a clause: its
** speaker is the subject that opens the sentence (`Kasich went even
** further: “...”`, `Ann Lee addressed the crowd again: “...”`). */
static void rule_colon_subject(nlp_quotes_t *it, const scan_t *sc,
                               const quote_t *q, attr_t *at) {
  const tok_t *t = it->toks;
  size_t a, b;
  (void)sc;
  if (!(q->hw > 1 && !q->frag && t[q->o - 1].cp == ':' &&
        q->o + 1 < it->ntoks && is_cap_word(&t[q->o + 1])))
    return;
  if (quotes_opening_subject(it, q->o - 1, &a, &b))
    subject_speaker(it, a, b, q->o - 1, at);
}

/* Rule 4: a fragment's speaker after it: `called it “a mess”, Smith said`. */
static void rule_after_fragment(nlp_quotes_t *it, const scan_t *sc,
                                const quote_t *q, attr_t *at) {
  (void)sc;
  if (q->c != NONE && !q->reopen && q->frag)
    quotes_after_close(it, q->c, q->hi, q->ended_stop, at);
}

/* The most words of object between a verb and the quoted phrase that
** closes its clause (rule 4b: "thanked the voters in Leeds for “...”",
** five; three until session 11). */
#define OBJECT_WORDS_MAX 5

/* Rule 4b: a quoted phrase that closes the clause of any verb whose
** subject, a name, opens the sentence, after one to OBJECT_WORDS_MAX words
** of object: `Ann Lee labelled the move “a blatant abuse of power.”`, `Ann
** Lee thanked him for “...”`; the cue is that verb (b, the subject's
** phrase's last word as quotes_opening_subject gives it). */
static void rule_any_verb(nlp_quotes_t *it, const scan_t *sc, const quote_t *q,
                          attr_t *at) {
  const tok_t *t = it->toks;
  size_t a, b;
  attr_t got;
  (void)sc;
  if (!(q->frag && q->c != NONE && !q->reopen && q->o >= 3 &&
        quotes_mark_closes_clause(it, q->c) &&
        quotes_opening_subject(it, q->o - 1, &a, &b) && is_cap_word(&t[a]) &&
        b + 2 <= q->o && q->o - b - 1 <= OBJECT_WORDS_MAX &&
        (t[b].flags & F_LOWER) && q->o + 1 < q->c &&
        (t[q->o + 1].flags & F_LOWER)))
    return; /* not a title: "likes “The Long Night.”" */
  for (size_t k = b + 1; k < q->o; k++)
    if (!is_word(&t[k]))
      return; /* only words between the verb and the quote */
  quotes_attribute_np(it, a, b, b, &got);
  if (got.named && got.sp)
    *at = got;
}

/* Whether a reporting verb of this block lies between the quote before
** (or the block start) and the head at lo, not 40 tokens away. */
static int named_between(nlp_quotes_t *it, const scan_t *sc, size_t lo) {
  event_t between;
  return lo > 0 && quotes_event_before(it, lo, &between) &&
         (sc->prev_close == NONE || between.pos > sc->prev_close) &&
         between.pos + REACH_BETWEEN > lo;
}

/* The reporting verb of the sentence just before the head at lo, when the
** sentence ends there (not with a quote): `Smith said so. “...”`. */
static int verb_of_sentence_before(nlp_quotes_t *it, size_t lo, event_t *ev) {
  const tok_t *t = it->toks;
  size_t plo;
  if (!(lo > 0 && it->nev > 0))
    return 0;
  plo = lo - 1;
  while (plo > 0 && !is_terminal(&t[plo - 1]) && !is_quote_tok(&t[plo - 1]))
    plo--;
  return quotes_event_before(it, lo, ev) && ev->pos >= plo &&
         t[lo - 1].type != T_QCLOSE;
}

/* Rule 5: a whole-sentence quote: the speaker of the quote before goes on;
** else the reporting verb that ended the paragraph before with a colon;
** else the reporting verb of the sentence before. */
static void rule_same_speaker(nlp_quotes_t *it, const scan_t *sc,
                              const quote_t *q, attr_t *at) {
  event_t ev;
  if (!(q->hw == 0 && !q->frag && !q->is_cont))
    return;
  if (sc->prev_has && sc->prev_attr.sp && !named_between(it, sc, q->lo) &&
      (sc->prev_hi != NONE ? q->lo <= sc->prev_hi : q->o == 0)) {
    same_as_before(sc, at);
  } else if (q->o == 0 && it->prev_block_colon && !sc->prev_has) {
    at->found = 1;
    at->ss = it->prev_block_tail.ms, at->se = it->prev_block_tail.me;
    at->sp = it->prev_block_tail.sp;
    at->splen = it->prev_block_tail.splen;
  } else if (q->o == 0 && it->prev_block_open_colon && !sc->prev_has) {
    *at = it->prev_colon_subject; /* "He then listed his reasons:" */
    at->found = 1;
  } else if (verb_of_sentence_before(it, q->lo, &ev)) {
    from_event(&ev, at);
  }
}

/* Whether the closed quote q reads as a sentence of someone's speech: at
** least SPEECH_WORDS words, a word of the first or second person, ending
** with a period or `!` (not a question), not a title (a small word of
** four letters or more: “I Love You Just The Way You Are.” is none). */
static int speech_like(nlp_quotes_t *it, const quote_t *q) {
  const tok_t *t = it->toks;
  size_t words = 0, k;
  int person = 0, long_lower = 0; /* a small word of four letters: no title */
  if (q->c == NONE || q->reopen)
    return 0;
  for (k = q->c; k > q->o + 1 && t[k - 1].type != T_WORD; k--)
    if (is_terminal(&t[k - 1]) && t[k - 1].cp != '?')
      break;
  if (k <= q->o + 1 || t[k - 1].type == T_WORD)
    return 0;
  for (k = q->o + 1; k < q->c; k++)
    if (t[k].type == T_WORD) {
      words++;
      person |= tok_in_fold(&t[k], NLP_LIST_QUOTES_SPEECH_PERSON_WORDS);
      long_lower |= (t[k].flags & F_LOWER) && t[k].e - t[k].s > 3;
    }
  return person && long_lower && words >= SPEECH_WORDS;
}

/* Rule 6: a whole-sentence quote that reads as speech with none of the
** rules above: a row, said by the most recent speaker, if any. */
static void rule_speech(nlp_quotes_t *it, const scan_t *sc, const quote_t *q,
                        attr_t *at) {
  event_t ev;
  (void)sc;
  if (!(q->hw == 0 && !q->frag && !q->is_cont && speech_like(it, q)))
    return;
  memset(&ev, 0, sizeof(ev));
  if (quotes_subject_speaker(it, q->o, &ev))
    from_event(&ev, at);
}

/* Whether the closed quote q has a sentence's words: a capital first
** word, at least SPEECH_WORDS words, a stop, ? or ! inside its closing
** mark; not a title (a small word of four letters or more, as
** speech_like()). */
static int sentence_words(nlp_quotes_t *it, const quote_t *q) {
  const tok_t *t = it->toks;
  size_t words = 0, k;
  int long_lower = 0; /* a small word of four letters: no title */
  if (q->c == NONE || q->reopen || q->o + 1 >= q->c ||
      !is_cap_word(&t[q->o + 1]) || !is_terminal(&t[q->c - 1]))
    return 0;
  for (k = q->o + 1; k < q->c; k++)
    if (t[k].type == T_WORD) {
      words++;
      long_lower |= (t[k].flags & F_LOWER) && t[k].e - t[k].s > 3;
    }
  return long_lower && words >= SPEECH_WORDS;
}

/* Whether the closed quote q is a sentence on its own (sentence_words),
** not a fragment inside one. */
static int sentence_quote(nlp_quotes_t *it, const quote_t *q) {
  return !q->frag && sentence_words(it, q);
}

/* Whether the quote q, a fragment by its place (a word right before its
** mark), is a sentence of its own: a sentence's words (sentence_words)
** not after a form of "be", a preposition or a determiner, whose
** complement it would be (`wrote in a letter “We will ...”`; not `said
** the plan was “Leeds at its very worst ...”`). */
static int sentence_after_word(nlp_quotes_t *it, const quote_t *q) {
  const tok_t *w = q->o > 0 ? &it->toks[q->o - 1] : NULL;
  return sentence_words(it, q) &&
         !(w && is_word(w) &&
           (tok_in_fold(w, NLP_LIST_QUOTES_BE_FORMS) ||
            tok_in_fold(w, NLP_LIST_QUOTES_PREPOSITIONS) ||
            tok_in_fold(w, NLP_LIST_QUOTES_DETERMINERS_BEFORE_NOUN)));
}

/* Whether the quote q follows a colon or comma that ends a clause whose
** subject opens the sentence with a capital, not a preposition or a time
** word, not a subject of "be": its speaker (`Senate leader Ann Lee, R-Ky.,
** sent a blunt message to Reed: “...”`). */
static int introduced_by_subject(nlp_quotes_t *it, const quote_t *q,
                                 attr_t *at) {
  const tok_t *t = it->toks;
  size_t a, b;
  if (!(q->hw > 2 && (t[q->o - 1].cp == ':' || t[q->o - 1].cp == ',') &&
        quotes_sentence_subject(it, q->o - 1, &a, &b) && b < q->o - 1 &&
        is_cap_word(&t[a]) &&
        !tok_in_fold(&t[a], NLP_LIST_QUOTES_PREPOSITIONS) &&
        !tok_in_fold(&t[a], NLP_LIST_QUOTES_TIME_WORDS) &&
        !tok_in_fold(&t[a], NLP_LIST_QUOTES_SPEECH_VERBS)))
    return 0; /* not "According to the paper, “...”" */
  return subject_speaker(it, a, b, q->o - 1, at);
}

/* Rule 7: a quote that is a sentence with no speaker found: the speaker
** of the quote before in the paragraph goes on when no reporting verb
** came between (`“...,” said Tom Burke, who came from Leeds. “...”`);
** else the subject of a clause that a colon or comma ends before it;
** else the speaker of the paragraph's last reporting verb before
** it; else a row with no speaker (none for a question). */
static void rule_unknown(nlp_quotes_t *it, const scan_t *sc, const quote_t *q,
                         attr_t *at) {
  event_t ev;
  if (!sentence_quote(it, q))
    return;
  if (sc->prev_has && sc->prev_attr.sp && !named_between(it, sc, q->lo))
    same_as_before(sc, at);
  else if (introduced_by_subject(it, q, at))
    return;
  else if (quotes_event_before(it, q->o, &ev) && ev.sp)
    from_event(&ev, at); /* the paragraph's last speaker */
  else if (it->toks[q->c - 1].cp != '?')
    at->found = 1; /* not a question with no speaker: "“Why now?”" */
}

typedef void (*attr_rule_fn)(nlp_quotes_t *it, const scan_t *sc,
                             const quote_t *q, attr_t *at);

/* The attribution rules, in the order they are tried (see the top). */
static const attr_rule_fn ATTR_RULES[] = {
    rule_after_close,    /* 1. “...,” said X */
    rule_before_open,    /* 2. X said: “...” */
    rule_participle,     /* 3. ..., adding: “...” */
    rule_colon_subject,  /* 3b. Ann Lee went further: “...” */
    rule_after_fragment, /* 4. called it “a mess”, X said */
    rule_any_verb,       /* 4b. Ann Lee labelled it “a mess.” */
    rule_same_speaker,   /* 5. “...” the speaker before goes on */
    rule_speech,         /* 6. “We ...” speech, the last speaker */
    rule_unknown,        /* 7. “...” a sentence, no speaker */
};

/* The attribution of the quote q: the first rule that finds one. */
static void attribute_quote(nlp_quotes_t *it, const scan_t *sc,
                            const quote_t *q, attr_t *at) {
  memset(at, 0, sizeof(*at));
  for (size_t i = 0; i < sizeof(ATTR_RULES) / sizeof(ATTR_RULES[0]); i++) {
    if (at->found)
      break;
    ATTR_RULES[i](it, sc, q, at);
  }
}

/* The quote before becomes q with the attribution at. */
static void remember_quote(scan_t *sc, const quote_t *q, const attr_t *at,
                           int has) {
  sc->prev_attr = *at;
  sc->prev_has = has;
  sc->prev_close = q->c;
  sc->prev_hi = q->hi;
}

/* The last piece of a quote that ran over paragraphs: all its pieces take
** the attribution found in any of them. */
static int place_last_piece(nlp_quotes_t *it, scan_t *sc, const quote_t *q,
                            attr_t *at) {
  int rc;
  if (it->pend.found)
    *at = it->pend;
  if ((rc = push_row(it, q->s, q->e, at, 0)) != NLP_OK)
    return rc;
  it->npending++; /* resolved together below */
  quotes_flush_pending(it);
  remember_quote(sc, q, at, at->found);
  return NLP_OK;
}

/* Whether the quote is the second piece of a quotation split by its
** attribution: `“We tried,” he said, “but it failed.”` (direct). */
static int split_piece(const nlp_quotes_t *it, const quote_t *q) {
  return q->lo > 0 && q->lo < q->o && is_quote_tok(&it->toks[q->lo - 1]) &&
         it->toks[q->o - 1].cp == ',';
}

/* The most words of the subject of an embedded cue (embedded_cue). */
#define EMBEDDED_SUBJECT_MAX 2

/* Whether the cue verb at bytes vs, before the quote, heads a clause
** embedded in the sentence: "that", "whom" or "what" and a subject of one
** or two words before it, no comma (`the plan that Ann Lee called “a
** mess”`, `what he called “a hoax”`): the quote is part of a larger clause,
** so not a quotation on its own (PolNeAR counts the outer one); not `,
** which he called “...”`, an aside. */
static int embedded_cue(nlp_quotes_t *it, size_t vs, size_t o) {
  const tok_t *t = it->toks;
  size_t v = quotes_tok_at(it, vs);
  if (v >= o || t[v].s != vs)
    return 0;
  for (size_t k = v; k > 0 && v - k <= EMBEDDED_SUBJECT_MAX; k--) {
    const tok_t *w = &t[k - 1];
    if (!is_word(w) || (w->flags & F_INQ))
      return 0;
    if (k < v && (word_eq(w, it->text, "that") ||
                  word_eq(w, it->text, "whom") || word_eq(w, it->text, "what")))
      return 1;
  }
  return 0;
}

/* A quote with its attribution, or a reopened piece that may take the
** speaker of the piece after it; nothing for the rest. */
static int place_row(nlp_quotes_t *it, scan_t *sc, const quote_t *q,
                     const attr_t *at) {
  const tok_t *t = it->toks;
  int rc;
  if (q->c == NONE && !at->found)
    return NLP_OK;
  if (!at->found) {
    if (q->reopen) {
      row_t *r;
      if ((rc = push_row(it, q->s, q->e, NULL, 0)) != NLP_OK)
        return rc;
      r = &it->rows[it->nrows - 1];
      r->waiting = 1;
      r->open_at = t[q->o].s;
      r->next_at = t[q->c].s;
    }
    sc->prev_close = q->c;
    return NLP_OK;
  }
  if ((rc = push_row(it, q->s, q->e, at, 0)) != NLP_OK)
    return rc;
  it->rows[it->nrows - 1].open_at = t[q->o].s;
  if (q->frag && !split_piece(it, q) && !sentence_after_word(it, q))
    it->rows[it->nrows - 1].q.kind =
        quotes_fragment_kind(it, at->vs, q->lo, q->c, q->s, q->e);
  else if (q->hw > 0 && at->ve)
    it->rows[it->nrows - 1].q.kind =
        quotes_sentence_kind(it, at->vs, q->lo, q->c, q->s, q->e);
  if (at->ve && embedded_cue(it, at->vs, q->o))
    it->rows[it->nrows - 1].q.kind = NLP_QUOTE_MIXED;
  remember_quote(sc, q, at, 1);
  return NLP_OK;
}

/* Gives the quote q its row: a piece of a quote that runs over
** paragraphs waits (pending) for the attribution at its end; *stop when
** it is the last quote of the block. */
static int place(nlp_quotes_t *it, scan_t *sc, const quote_t *q, attr_t *at,
                 int *stop) {
  if (q->is_cont) {
    if (at->found && at->sp)
      it->pend = *at;
    if (!q->cont_piece)
      return place_last_piece(it, sc, q, at);
  } else if (q->cont_piece) {
    if (it->npending)
      quotes_flush_pending(it);
    it->pend = *at;
  }
  if (q->cont_piece) {
    if (it->npending >= MAX_PENDING)
      quotes_flush_pending(it);
    *stop = 1;
    return push_row(it, q->s, q->e, at, 1);
  }
  return place_row(it, sc, q, at);
}

/* Pieces that wait for the speaker of the piece after them take it; those
** that find none are dropped. */
static void resolve_waiting(nlp_quotes_t *it, size_t first_row) {
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

/* A block that is "From X:" (an interview's layout): the event of X, whose
** words follow in the next paragraph. */
static int from_name_colon(nlp_quotes_t *it, event_t *e) {
  const tok_t *t = it->toks;
  size_t n = it->ntoks;
  attr_t at;
  if (!(n >= 3 && n - 2 <= NP_MAX && t[n - 1].cp == ':' &&
        word_eq(&t[0], it->text, "From")))
    return 0;
  for (size_t k = 1; k + 1 < n; k++)
    if (!is_cap_word(&t[k]))
      return 0;
  memset(&at, 0, sizeof(at));
  quotes_name_of(it, 1, n - 1, &at);
  memset(e, 0, sizeof(*e));
  e->pos = n - 1;
  e->sp = at.sp, e->splen = at.splen, e->named = at.named;
  e->ms = t[1].s, e->me = t[n - 2].e;
  return 1;
}

/* A block that ends with a colon and no reporting verb near it ("He then
** listed his reasons:"): the subject that opens its last sentence, when it
** is no subject of "be", becomes the speaker of a quote that opens the next
** block; none when there is no such subject. */
static void open_colon(nlp_quotes_t *it) {
  const tok_t *t = it->toks;
  size_t n = it->ntoks, a, b;
  memset(&it->prev_colon_subject, 0, sizeof(it->prev_colon_subject));
  it->prev_block_open_colon =
      !it->prev_block_colon && n > 2 && t[n - 1].cp == ':';
  enum pron p;
  if (!it->prev_block_open_colon ||
      !quotes_opening_subject(it, n - 1, &a, &b) || !is_cap_word(&t[a]) ||
      tok_in_fold(&t[a], NLP_LIST_QUOTES_NP_STOP_FORWARD) ||
      !(b - a >= 2 || quotes_is_pronoun(&t[a], it->text, &p)))
    return; /* not "Partial transcript as follows:", "As Ann Lee wrote:" */
  subject_speaker(it, a, b, n - 1, &it->prev_colon_subject);
}

/* Carries what later blocks need: the last speakers, whether the block
** ended with "verb ...:", the speaker of its last quote. */
static void carry(nlp_quotes_t *it, const scan_t *sc) {
  const tok_t *t = it->toks;
  if (it->nev > 0) {
    event_t e;
    it->last_any = it->ev[it->nev - 1];
    it->has_last_any = 1;
    if (quotes_recent_speaker(it, it->ntoks, PRON_NAMED, &e)) {
      it->last_named = e;
      it->has_last_named = 1;
    }
    it->prev_block_tail = it->ev[it->nev - 1];
  }
  it->prev_block_colon = it->ntoks > 0 && t[it->ntoks - 1].cp == ':' &&
                         it->nev > 0 &&
                         it->ev[it->nev - 1].pos + REACH_COLON >= it->ntoks;
  if (from_name_colon(it, &it->prev_block_tail))
    it->prev_block_colon = 1; /* "From Ann Lee:" */
  open_colon(it);
  it->prev_quote_speaker = 0;
  if (sc->prev_has && sc->prev_hi != NONE && sc->prev_hi >= it->ntoks) {
    it->prev_quote = sc->prev_attr;
    it->prev_quote_speaker = 1;
    it->prev_quote_para = it->paragraph;
  }
}

/* Pairs the marks, reads the block's persons, names and reporting verbs. */
static int prepare(nlp_quotes_t *it, const unsigned char *bend) {
  int rc;
  if ((rc = quotes_pair_marks(it)) != NLP_OK)
    return rc;
  it->npe = 0;
  if ((it->nqs > 0 || it->ents_state == SRC_VALID) && it->ntoks > 0 &&
      (rc = quotes_collect_entities(it, it->toks[0].s,
                                    (size_t)(bend - it->text))) != NLP_OK)
    return rc;
  quotes_collect_names(it);
  return quotes_collect_events(it);
}

/* The block's quotes in text order: measure, ATTR_RULES, place; then the
** pieces that wait, and what the next block needs. */
int quotes_process_block(nlp_quotes_t *it, const unsigned char *bend) {
  scan_t sc;
  int rc, stop = 0;
  memset(&sc, 0, sizeof(sc));
  sc.bend = bend;
  sc.prev_close = sc.prev_hi = NONE;
  if ((rc = prepare(it, bend)) != NLP_OK)
    return rc;
  if (it->npending && !(it->nqs > 0 && it->qs[0].o == 0))
    quotes_flush_pending(it);
  sc.first_row = it->block_first = it->nrows;
  if (it->prev_quote_speaker && it->prev_quote_para + 1 >= it->paragraph) {
    sc.prev_attr = it->prev_quote;
    sc.prev_has = 1;
  }
  for (size_t qi = 0; qi < it->nqs && !stop; qi++) {
    quote_t q;
    attr_t at;
    switch (measure(it, &sc, qi, &q)) {
    case Q_SKIP:
      continue;
    case Q_PASS:
      sc.prev_close = q.c;
      continue;
    case Q_ATTRIBUTE:
      break;
    }
    attribute_quote(it, &sc, &q, &at);
    if ((rc = place(it, &sc, &q, &at, &stop)) != NLP_OK)
      return rc;
  }
  if (sc.first_row > it->nrows) /* a pending piece was dropped */
    sc.first_row = it->nrows;
  resolve_waiting(it, sc.first_row);
  if ((rc = quotes_add_reported(it, it->block_first)) != NLP_OK)
    return rc;
  carry(it, &sc);
  return NLP_OK;
}
