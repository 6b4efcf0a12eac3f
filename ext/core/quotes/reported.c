/*
** reported.c: reported speech, the attributions that are not quotations
** (kind NLP_QUOTE_INDIRECT). After the quotes of a block have their rows,
** every reporting verb that no row uses is tried by REPORT_RULES, in order:
**   0. `Lee's claim that ...`: a reporting noun after a possessor (noun_that);
**      0c. `Lee is confident that ...` (adjective_that);
**   1. `according to X, ...` and `..., according to X.` (according_to);
**   2. `..., saying (that) ...`: the clause after the participle, said by
**      the subject of the sentence (participle);
**   3. `..., X said.` and `..., said X.`: the verb closes the sentence and
**      the clause before its comma is what was said (clause_before);
**   4. `X said (that) ...`, `X told reporters (that) ...`, `X believes that
**      ...`: the clause after the verb, to the end of the sentence
**      (clause_after).
** The content is the reported clause: it ends at the end of the sentence,
** at a semicolon, or before ", adding/saying"; a leading "that" is left
** out, and so are "in a statement", "on Tuesday" before it. Rows are
** merged into the block's rows in text order.
*/
#include <string.h>

#include "quotes/quotes_int.h"
#include "text/grow.h"

#define REACH_THAT 8     /* from a verb to the "that" of its clause */
#define REACH_CLAUSE 120 /* tokens of a reported clause */
#define REACH_TAIL 6     /* from a closing verb to the end of its sentence */
#define MIN_WORDS 2      /* words of a reported clause */

/* Whether the token at k ends the clause that holds it: the sentence's
** end, a semicolon or a colon, or a new sentence (outside quotes). */
static int clause_stop(const nlp_quotes_t *it, size_t k, size_t first) {
  const tok_t *t;
  if (!it->toks || k >= it->ntoks || first >= it->ntoks)
    return 1;
  t = &it->toks[k];
  if (t->sentence != it->toks[first].sentence)
    return 1;
  if (t->flags & F_INQ)
    return 0;
  return is_terminal(t) || t->cp == ';' || t->cp == ':';
}

/* The words of [a, b), at most MIN_WORDS counted. */
static size_t words_in(const nlp_quotes_t *it, size_t a, size_t b) {
  size_t n = 0;
  for (size_t k = a; k < b && n < MIN_WORDS; k++)
    n += is_word(&it->toks[k]);
  return n;
}

/* The bytes of a possessive ending of the word t ("'s", "’s"), or 0. */
static size_t possessive_len(const nlp_quotes_t *it, const tok_t *t) {
  const unsigned char *e = it->text + t->e;
  size_t n = t->e - t->s;
  if (t->type != T_WORD || n < 3 || e[-1] != 's')
    return 0;
  if (e[-2] == '\'')
    return 2;
  return n > 4 && e[-2] == 0x99 && e[-3] == 0x80 && e[-4] == 0xE2 ? 4 : 0;
}

/* Whether the token at k is a reporting verb outside quotes. */
static int is_report_verb(const nlp_quotes_t *it, size_t k) {
  const tok_t *t = &it->toks[k];
  return t->type == T_WORD && !(t->flags & (F_INQ | F_CAP)) &&
         (tok_in(t, NLP_LIST_QUOTES_SPEECH_VERBS) ||
          tok_in(t, NLP_LIST_QUOTES_REPORTING_VERBS));
}

/* The object of "told" before its clause: "told reporters", "told the
** Times", "told CNN": the words to skip. */
static size_t skip_object(const nlp_quotes_t *it, size_t k) {
  const tok_t *t = it->toks;
  if (k < it->ntoks && word_eq(&t[k], it->text, "the"))
    k++;
  if (k < it->ntoks && is_cap_word(&t[k])) {
    while (k < it->ntoks && is_cap_word(&t[k]))
      k++;
    return k;
  }
  return k < it->ntoks && is_word(&t[k]) ? k + 1 : k;
}

/* Whether the verb at v is say: "said to be" is no report. */
static int say_verb(const nlp_quotes_t *it, size_t v) {
  return word_eq(&it->toks[v], it->text, "said") ||
         word_eq(&it->toks[v], it->text, "says") ||
         word_eq(&it->toks[v], it->text, "say");
}

/* Whether the verb at v takes an object before its clause: told, tells. */
static int tell_verb(const nlp_quotes_t *it, size_t v) {
  return word_eq(&it->toks[v], it->text, "told") ||
         word_eq(&it->toks[v], it->text, "telling") ||
         word_eq(&it->toks[v], it->text, "tells") ||
         word_eq(&it->toks[v], it->text, "tell");
}

/* Whether the comma at k starts another report: ", adding", ", and
** officials denied", ", but he said". */
static int report_after_comma(const nlp_quotes_t *it, size_t k) {
  const tok_t *t = it->toks;
  size_t j = k + 1;
  if (j >= it->ntoks)
    return 0;
  if (tok_in(&t[j], NLP_LIST_QUOTES_SPEECH_PARTICIPLES))
    return 1;
  if (!tok_in(&t[j], NLP_LIST_QUOTES_COORDINATORS))
    return 0;
  for (j++; j < it->ntoks && j <= k + REACH_TAIL && is_word(&t[j]); j++)
    if (is_report_verb(it, j))
      return 1;
  return 0;
}

/* The "that" after the verb at v, right after it or past an adjunct of
** words and commas that opens with a preposition or a time word: "said in
** a statement that", "said Tuesday that", "told reporters on Tuesday that"
** (not the "that" of "asked Jo to repay a loan that ..."). */
static size_t that_after(const nlp_quotes_t *it, size_t v) {
  size_t k0 = tell_verb(it, v) ? skip_object(it, v + 1) : v + 1;
  if (!say_verb(it, v) && k0 + 1 < it->ntoks && is_word(&it->toks[k0]) &&
      word_eq(&it->toks[k0 + 1], it->text, "that"))
    return k0 + 1; /* an object of one word: "warned voters that" */
  if (k0 < it->ntoks && !word_eq(&it->toks[k0], it->text, "that") &&
      !tok_in(&it->toks[k0], NLP_LIST_QUOTES_PREPOSITIONS) &&
      !tok_in(&it->toks[k0], NLP_LIST_QUOTES_SHORT_CLAUSE_WORDS) &&
      !tok_in_fold(&it->toks[k0], NLP_LIST_COMMON_WEEKDAYS) &&
      it->toks[k0].cp != ',')
    return NONE;
  for (size_t k = k0; k < it->ntoks && k <= v + REACH_THAT; k++) {
    const tok_t *t = &it->toks[k];
    if (word_eq(t, it->text, "that"))
      return k;
    if (!is_word(t) && t->cp != ',')
      return NONE;
    if (is_word(t) && is_report_verb(it, k))
      return NONE;
  }
  return NONE;
}

/* Whether the word at k is "and" or "but" before a reporting verb, right
** after it or after one word of verb_gap_words.txt: a second report of the
** same subject ("pledged a “revolution” and said ...", "and also said"). */
static int report_after_and(const nlp_quotes_t *it, size_t k) {
  const tok_t *t = it->toks;
  if (!(tok_in(&t[k], NLP_LIST_QUOTES_COORDINATORS) && !(t[k].flags & F_INQ) &&
        k + 1 < it->ntoks))
    return 0;
  if (k + 2 < it->ntoks && tok_in(&t[k + 1], NLP_LIST_QUOTES_VERB_GAP_WORDS))
    k++;
  return is_report_verb(it, k + 1);
}

/* The end of the clause that starts at a: the clause's stop, or a comma
** before another report (report_after_comma), or "and" and a second verb
** of saying (report_after_and). */
static size_t clause_end(const nlp_quotes_t *it, size_t a) {
  size_t k = a;
  while (k < it->ntoks && k < a + REACH_CLAUSE && !clause_stop(it, k, a)) {
    if (k > a && it->toks[k].cp == ',' && !(it->toks[k].flags & F_INQ) &&
        report_after_comma(it, k))
      break;
    if (k > a && report_after_and(it, k))
      break;
    k++;
  }
  return k;
}

/* Whether the verb at v is call: a report only as "call for", "call on". */
static int call_verb(const nlp_quotes_t *it, size_t v) {
  return word_eq(&it->toks[v], it->text, "called") ||
         word_eq(&it->toks[v], it->text, "calls") ||
         word_eq(&it->toks[v], it->text, "call") ||
         word_eq(&it->toks[v], it->text, "calling");
}

int quotes_clause_after(nlp_quotes_t *it, size_t v, size_t *a, size_t *b) {
  const tok_t *t = it->toks;
  size_t k;
  if (call_verb(it, v)) { /* "called for new talks", "calls on X to ..." */
    if (!(v + 2 < it->ntoks && (word_eq(&t[v + 1], it->text, "for") ||
                                word_eq(&t[v + 1], it->text, "on"))))
      return 0;
    v++;
  }
  k = that_after(it, v);
  if (k != NONE) {
    k++;
  } else {
    k = v + 1;
    if (tell_verb(it, v))
      k = skip_object(it, k);
    while (k < it->ntoks && is_word(&t[k]) &&
           tok_in_fold(&t[k], NLP_LIST_COMMON_WEEKDAYS))
      k++; /* "said Tuesday the plan" */
    if (k + 2 < it->ntoks && tok_in(&t[k], NLP_LIST_QUOTES_PREPOSITIONS) &&
        (tok_in_fold(&t[k + 1], NLP_LIST_COMMON_WEEKDAYS) ||
         tok_in_fold(&t[k + 1], NLP_LIST_QUOTES_TIME_WORDS)) &&
        is_word(&t[k + 2]))
      k += 2; /* "told CNN on Sunday the plan" */
    if (k < it->ntoks &&
        (tok_in(&t[k], NLP_LIST_QUOTES_PREPOSITIONS) ||
         tok_in(&t[k], NLP_LIST_QUOTES_SHORT_CLAUSE_WORDS)) &&
        !(word_eq(&t[k], it->text, "to") && !say_verb(it, v)))
      return 0; /* "said in a statement.", "told reporters." ("vowed to
                ** fight" is one) */
  }
  if (k >= it->ntoks ||
      !(is_word(&t[k]) || (t[k - 1].type == T_WORD && is_quote_tok(&t[k]))))
    return 0; /* "said: “...”", "he said." ("said that “...”" is one) */
  *a = k;
  *b = clause_end(it, k);
  return words_in(it, *a, *b) >= MIN_WORDS;
}

/* The first token of the sentence that holds the token at k, not before
** the closing mark of a quote or more than REACH_CLAUSE tokens back. */
static size_t sentence_start(const nlp_quotes_t *it, size_t k) {
  size_t j = k, sent = it->toks[k].sentence;
  while (j > 0 && k - j < REACH_CLAUSE && it->toks[j - 1].sentence == sent &&
         !(is_terminal(&it->toks[j - 1]) && !(it->toks[j - 1].flags & F_INQ)))
    j--;
  return j;
}

/* Whether the quote closed by the mark at c ends its clause: a comma or a
** stop just inside or just after the mark (`said it was “over,” and`), or
** "and" and a second verb of saying after it (report_after_and). */
static int quote_ends_clause(const nlp_quotes_t *it, size_t c) {
  const tok_t *t = it->toks;
  if (c == NONE || c == 0)
    return 0;
  if (quotes_mark_closes_clause(it, c))
    return 1;
  if (c + 1 < it->ntoks && report_after_and(it, c + 1))
    return 1; /* `called it “shameful” and said ...` */
  return c + 1 < it->ntoks && t[c + 1].type == T_PUNCT && t[c + 1].cp == ';';
}

/* Whether only marks and `that` lie between the verb at v and the word
** at w that opens the quote: `He added, “...`, `said that “...`. */
static int quote_follows_verb(const nlp_quotes_t *it, size_t v, size_t w) {
  for (size_t k = v + 1; k < w; k++)
    if (is_word(&it->toks[k]) && !word_eq(&it->toks[k], it->text, "that"))
      return 0;
  return v < w;
}

/* The token after the last "that" between the verb at v and the word at w
** that opens the quote, outside quotes; NONE when there is none. */
static size_t that_before(const nlp_quotes_t *it, size_t v, size_t w) {
  for (size_t k = w; k > v + 1; k--)
    if (word_eq(&it->toks[k - 1], it->text, "that") &&
        !(it->toks[k - 1].flags & F_INQ))
      return k;
  return NONE;
}

/* The characters of the text's bytes [s, e) that are no white space: what
** PolNeAR's 80% test counts ("said “no”" is 8 of them, 4 quoted). */
static size_t ink(const nlp_quotes_t *it, size_t s, size_t e) {
  const unsigned char *p = it->text + s, *end = it->text + e;
  size_t n = 0;
  while (p < end) {
    nlp_char_t ch = nlp_char_at(p, end);
    n += !(ch.klass & NLP_C_SPACE);
    p += ch.len ? ch.len : 1;
  }
  return n;
}

/* The characters (ink()) of [s, e) inside the quotations of the block that
** lie wholly in it, marks included; a quotation inside one counted is not
** counted again. */
static size_t quoted_ink(const nlp_quotes_t *it, size_t s, size_t e) {
  size_t n = 0, done = s;
  for (size_t i = 0; i < it->nqs; i++) {
    const qspan_t *q = &it->qs[i];
    if (q->c == NONE || it->toks[q->o].s < done)
      continue;
    if (it->toks[q->c].e > e)
      break;
    n += ink(it, it->toks[q->o].s, it->toks[q->c].e);
    done = it->toks[q->c].e;
  }
  return n;
}

int quotes_fragment_kind(nlp_quotes_t *it, size_t vs, size_t lo, size_t c,
                         size_t s, size_t e) {
  size_t v = quotes_tok_at(it, vs), a, b, cs, ce;
  if (vs >= e && lo < it->ntoks) {
    cs = it->toks[lo].s, ce = e; /* `A new tax “would hurt us,” Lee said` */
  } else {
    if (v >= it->ntoks || it->toks[v].s != vs || vs >= s)
      return NLP_QUOTE_MIXED;
    if (quote_follows_verb(it, v, quotes_tok_at(it, s)) &&
        quote_ends_clause(it, c))
      return NLP_QUOTE_DIRECT; /* the quote is all the clause */
    if ((a = that_before(it, v, quotes_tok_at(it, s))) != NONE)
      b = clause_end(it, a); /* "told French radio station X that “...”" */
    else if (quotes_clause_after(it, v, &a, &b))
      ;
    else if (quote_ends_clause(it, c) && v + 1 < it->ntoks)
      a = v + 1, b = c; /* "called it “a mess.”": the object and the quote */
    else
      return NLP_QUOTE_MIXED;
    cs = it->toks[a].s, ce = it->toks[b - 1].e;
    if (cs > s)
      return NLP_QUOTE_MIXED;
    if (a > 0 && word_eq(&it->toks[a - 1], it->text, "that"))
      cs = it->toks[a - 1].s; /* PolNeAR's content holds the "that" */
    if (ce < e || quote_ends_clause(it, c))
      ce = e; /* the quote runs past the clause, or closes it */
  }
  if (ce == e && c != NONE && c < it->ntoks)
    ce = it->toks[c].e; /* the closing mark is content too */
  /* PolNeAR's test: at least 80% of the content inside the marks (of
  ** every quotation in the clause). */
  size_t n = quoted_ink(it, cs, ce), quoted = ink(it, s, e);
  if (n < quoted)
    n = quoted;
  return n * 5 >= ink(it, cs, ce) * 4 ? NLP_QUOTE_DIRECT : NLP_QUOTE_MIXED;
}

/* Whether a reported clause that opens with its subject (a pronoun, not
** "it" of `said it best when he wrote:`; a determiner) lies between the
** verb at v and a colon before the quote's first word w: `Ann Lee said she
** had learned her lesson: “...”` (PolNeAR's content is the clause and the
** quote), not `said on Monday: “...”`, `told him simply: “...”`. */
static int reported_colon(nlp_quotes_t *it, size_t v, size_t w) {
  const tok_t *t = it->toks;
  size_t a, b;
  enum pron p;
  return w >= 2 && t[w - 2].cp == ':' && quotes_clause_after(it, v, &a, &b) &&
         a + 3 < w &&
         ((quotes_is_pronoun(&t[a], it->text, &p) &&
           !word_eq(&t[a], it->text, "it")) ||
          tok_in_fold(&t[a], NLP_LIST_QUOTES_DETERMINERS_BEFORE_NOUN));
}

int quotes_sentence_kind(nlp_quotes_t *it, size_t vs, size_t lo, size_t c,
                         size_t s, size_t e) {
  size_t v = quotes_tok_at(it, vs), w = quotes_tok_at(it, s), that;
  if (v >= it->ntoks || it->toks[v].s != vs || vs >= s || v < lo)
    return NLP_QUOTE_DIRECT;
  if (((that = that_after(it, v)) != NONE && that < w) ||
      reported_colon(it, v, w))
    return quotes_fragment_kind(it, vs, lo, c, s, e);
  return NLP_QUOTE_DIRECT;
}

/* A reported clause that is mostly a quotation is direct (PolNeAR: at
** least 80% of the content inside quotation marks): "According to the
** paper, “...”", "The ad claims “Jeb is the one you can trust.”"; when
** it is one quotation, its words without the marks. */
static void mostly_quoted(nlp_quotes_t *it, row_t *r) {
  size_t s = r->q.byte_start, e = r->q.byte_end;
  if (!r->has_speaker || quoted_ink(it, s, e) * 5 < ink(it, s, e) * 4)
    return; /* a direct row has a speaker */
  r->q.kind = NLP_QUOTE_DIRECT;
  for (size_t i = 0; i < it->nqs; i++) {
    const qspan_t *q = &it->qs[i];
    if (q->c != NONE && it->toks[q->o].s == s && it->toks[q->c].e == e) {
      size_t qs, qe; /* one quotation: its words */
      quotes_quote_words(it, it->toks[q->o].e, it->toks[q->c].s, 0, &qs, &qe);
      if (qs < qe)
        r->q.byte_start = qs, r->q.byte_end = qe;
      return;
    }
  }
}

/* Adds an indirect row: the content [a, b) of tokens, attributed by at. */
static int add_row(nlp_quotes_t *it, size_t a, size_t b, const attr_t *at) {
  const tok_t *t = it->toks;
  row_t *r;
  while (b > a && t[b - 1].type == T_PUNCT &&
         (t[b - 1].cp == ',' || is_dash_cp(t[b - 1].cp)))
    b--; /* a trailing comma or dash */
  if (words_in(it, a, b) < MIN_WORDS)
    return NLP_OK;
  if (nlp_grow((void **)&it->ind, &it->capind, it->nind + 1, sizeof(row_t)))
    return NLP_ENOMEM;
  r = &it->ind[it->nind++];
  memset(r, 0, sizeof(*r));
  r->q.byte_start = t[a].s;
  r->q.byte_end = t[b - 1].e;
  r->q.paragraph = it->paragraph;
  r->q.sentence = t[a].sentence;
  r->q.kind = NLP_QUOTE_INDIRECT;
  r->q.speaker = at->sp;
  r->q.speaker_len = at->splen;
  r->q.mention_start = at->ms, r->q.mention_end = at->me;
  r->q.source_start = at->ms, r->q.source_end = at->me;
  r->q.verb_start = at->vs, r->q.verb_end = at->ve;
  r->has_speaker = at->sp != NULL;
  mostly_quoted(it, r);
  return NLP_OK;
}

/* Whether [a, b) holds a quotation that has a row of its own. */
static int has_mark(const nlp_quotes_t *it, size_t a, size_t b) {
  for (size_t k = a; k < b; k++)
    if (it->toks[k].flags & F_ROWQ)
      return 1;
  return 0;
}

/* 1. "according to X, ..." (the rest of the sentence) and "..., according
** to X." (the sentence before the comma). */
static int according_to(nlp_quotes_t *it, size_t v, int *rc) {
  const tok_t *t = it->toks;
  size_t a, b, s;
  attr_t at;
  if (!word_eq_fold(&t[v], it->text, "according"))
    return 0;
  if (!(v + 1 < it->ntoks && word_eq(&t[v + 1], it->text, "to") &&
        quotes_np_after(it, v + 1, it->ntoks, &a, &b)))
    return 1;
  memset(&at, 0, sizeof(at));
  quotes_name_of(it, a, b, &at);
  at.found = 1;
  at.ms = t[a].s, at.me = t[b - 1].e;
  at.vs = t[v].s, at.ve = t[v + 1].e;
  s = sentence_start(it, v);
  if (s == v && b < it->ntoks && t[b].cp == ',') {
    size_t e = clause_end(it, b + 1);
    if (!has_mark(it, b + 1, e))
      *rc = add_row(it, b + 1, e, &at);
  } else if (v > s && t[v - 1].cp == ',' && !has_mark(it, s, v - 1)) {
    *rc = add_row(it, s, v - 1, &at);
  }
  return 1;
}

/* Whether the sentence ends within REACH_TAIL tokens after k, or within
** REACH_APPOSITION after a comma there ("said Tom Reed, a councillor."),
** and what follows k is no clause: the end, a comma, or an adjunct ("said
** on Monday", "said Tuesday", "told reporters"), not "said the plan". */
static int short_tail(const nlp_quotes_t *it, size_t k) {
  size_t reach = REACH_TAIL;
  const tok_t *n = k + 1 < it->ntoks ? &it->toks[k + 1] : NULL;
  if (n && is_word(n) && !tok_in(n, NLP_LIST_QUOTES_PREPOSITIONS) &&
      !tok_in(n, NLP_LIST_QUOTES_SHORT_CLAUSE_WORDS) &&
      !tok_in_fold(n, NLP_LIST_COMMON_WEEKDAYS))
    return 0;
  for (size_t j = k + 1; j < it->ntoks && j <= k + reach; j++) {
    if (clause_stop(it, j, k) || is_quote_tok(&it->toks[j]))
      return 1;
    if (it->toks[j].cp == ',' && j == k + 1)
      reach = REACH_APPOSITION;
  }
  return k + 1 >= it->ntoks;
}

/* Whether a comma comes before the verb at v, right before it or before
** a subject of at most NP_MAX words (a cheap test before clause_before). */
static int comma_before(const nlp_quotes_t *it, size_t v) {
  for (size_t k = v; k > 0 && v - k <= NP_MAX + 1; k--) {
    if (it->toks[k - 1].cp == ',')
      return 1;
    if (!is_word(&it->toks[k - 1]))
      return 0;
  }
  return 0;
}

/* Whether the words [a, b) after a verb are a clause, not its inverted
** subject: a pronoun first or a word like "would", "has" inside (", said
** it would fail", ", however, said the plan had failed"). */
static int clause_not_subject(const nlp_quotes_t *it, size_t a, size_t b) {
  enum pron p;
  if (a < b && quotes_is_pronoun(&it->toks[a], it->text, &p))
    return 1;
  for (size_t k = a; k < b; k++)
    if (!(it->toks[k].flags & F_CAP) &&
        tok_in(&it->toks[k], NLP_LIST_QUOTES_VERB_GAP_WORDS))
      return 1;
  return 0;
}

/* 3. "..., X said." and "..., said X.": the verb ends the sentence; what
** was said is the sentence before the comma. */
static int clause_before(nlp_quotes_t *it, size_t v, int *rc) {
  const tok_t *t = it->toks;
  attr_t at;
  size_t c, s;
  if (!comma_before(it, v) ||
      tok_in(&t[v], NLP_LIST_QUOTES_REPORTING_PARTICIPLES) ||
      tok_in(&t[v], NLP_LIST_QUOTES_SPEECH_PARTICIPLES))
    return 0; /* a participle ends no sentence: ", carrying signs saying" */
  memset(&at, 0, sizeof(at));
  if (!quotes_attr_of_verb(it, v, &at))
    return 0;
  if (at.ms > at.vs && clause_not_subject(it, quotes_tok_at(it, at.ms),
                                          quotes_tok_at(it, at.me)))
    return 0; /* "Lee, however, said the plan would fail." (rule 4) */
  if (!short_tail(it, at.me > at.ve ? quotes_tok_at(it, at.me) - 1 : v))
    return 0;
  c = quotes_tok_at(it, at.ms < at.vs ? at.ms : at.vs);
  if (!(c > 0 && c < it->ntoks && t[c - 1].cp == ','))
    return 0;
  c--;
  s = sentence_start(it, c);
  if (c > s && !has_mark(it, s, c))
    *rc = add_row(it, s, c, &at);
  return 1;
}

int quotes_relative_subject(nlp_quotes_t *it, size_t v, attr_t *out) {
  const tok_t *t = it->toks;
  size_t a, e;
  while (v >= 4 && !(t[v - 1].flags & F_CAP) &&
         tok_in(&t[v - 1], NLP_LIST_QUOTES_VERB_GAP_WORDS))
    v--; /* "Ann Lee, who has also said" */
  if (!(v >= 3 && word_eq(&t[v - 1], it->text, "who") && t[v - 2].cp == ','))
    return 0;
  e = v - 2, a = e;
  while (a > 0 && e - a < NP_MAX && is_cap_word(&t[a - 1]))
    a--;
  if (a == e)
    return 0;
  quotes_attribute_np(it, a, e, v, out);
  return 1;
}

/* The subject of the verb that governs "to" before the verb at v: "Ann Lee
** declined to say whether ...", "went on to say". The cue stays the verb
** at v. */
int quotes_infinitive_subject(nlp_quotes_t *it, size_t v, attr_t *out) {
  const tok_t *t = it->toks;
  size_t vs = t[v].s, ve = t[v].e;
  size_t c = v >= 2 ? v - 2 : 0;
  if (c >= 1 && word_eq(&t[c], it->text, "on") &&
      tok_in(&t[c - 1], NLP_LIST_QUOTES_CONTROL_VERBS))
    c--; /* "went on to say" */
  if (!(v >= 3 && word_eq(&t[v - 1], it->text, "to") &&
        tok_in(&t[c], NLP_LIST_QUOTES_CONTROL_VERBS) && !(t[c].flags & F_INQ) &&
        quotes_attr_subject(it, c, out)))
    return 0;
  out->vs = vs, out->ve = ve;
  return 1;
}

/* Whether the attitude verb at v has a named subject right before it,
** past "has", "also", ... ("Ann Lee opposes", "The Senate has rejected");
** not a pronoun (tried: "he" resolves too often to the wrong speaker) or
** a common noun ("the plan rejected"). */
static int attitude_subject(nlp_quotes_t *it, size_t v, const attr_t *at) {
  size_t m = quotes_tok_at(it, at->ms), e = quotes_tok_at(it, at->me) - 1;
  enum pron p;
  if (!(at->me > at->ms && m < it->ntoks && m <= e && e < v))
    return 0;
  for (size_t k = e + 1; k < v; k++)
    if (!tok_in(&it->toks[k], NLP_LIST_QUOTES_VERB_GAP_WORDS))
      return 0; /* "Ann Lee has also opposed" */
  return is_cap_word(&it->toks[e]) &&
         !(e == m && quotes_is_pronoun(&it->toks[m], it->text, &p));
}

/* The subject of "is" before the participle at v: "Ann Lee is saying
** that ...", "officials have been arguing that ...". The cue stays v. */
static int progressive_subject(nlp_quotes_t *it, size_t v, attr_t *out) {
  const tok_t *t = it->toks;
  size_t vs = t[v].s, ve = t[v].e;
  if (!(v >= 2 && tok_in(&t[v], NLP_LIST_QUOTES_REPORTING_PARTICIPLES) &&
        tok_in(&t[v - 1], NLP_LIST_QUOTES_BE_FORMS) &&
        quotes_attr_subject(it, v - 1, out)))
    return 0;
  out->vs = vs, out->ve = ve;
  return 1;
}

/* The subject that opens the sentence of a verb after "and", when it
** ends with a name: "Ann Lee shook her head and said that ...", also
** before a first verb of saying ("Ann Lee said the vote was lost and
** (also) added that ...", whose first clause ends before "and":
** clause_end). */
static int coordinate_subject(nlp_quotes_t *it, size_t v, attr_t *out) {
  size_t a, b, k = v - 1; /* "and", or "and also" (verb_gap_words.txt) */
  if (v > 2 && tok_in(&it->toks[k], NLP_LIST_QUOTES_VERB_GAP_WORDS))
    k--;
  if (!(v > 1 && word_eq(&it->toks[k], it->text, "and")))
    return 0;
  if (!quotes_opening_subject(it, k, &a, &b) &&
      !(quotes_sentence_subject(it, k, &a, &b) && b < k &&
        is_report_verb(it, b)))
    return 0;
  if (!is_cap_word(&it->toks[b - 1]))
    return 0; /* a name ends the subject: not "The report cited" */
  quotes_attribute_np(it, a, b, v, out);
  return 1;
}

/* 4. "X said (that) ...": the clause after the verb. */
static int clause_after(nlp_quotes_t *it, size_t v, int *rc) {
  size_t a, b;
  attr_t at;
  if (!quotes_clause_after(it, v, &a, &b) || has_mark(it, a, b))
    return 0;
  if (tok_in(&it->toks[v], NLP_LIST_QUOTES_THAT_VERBS) &&
      that_after(it, v) == NONE)
    return 1; /* "Police found the car" */
  memset(&at, 0, sizeof(at));
  if (tok_in(&it->toks[v], NLP_LIST_QUOTES_ATTITUDE_VERBS)) {
    if (quotes_attr_subject(it, v, &at) && attitude_subject(it, v, &at))
      *rc = add_row(it, a, b, &at);
    return 1; /* "The union rejected the offer", only with a name */
  }
  if (!quotes_attr_subject(it, v, &at) &&
      !quotes_infinitive_subject(it, v, &at) &&
      !progressive_subject(it, v, &at) && !coordinate_subject(it, v, &at)) {
    if (!quotes_relative_subject(it, v, &at))
      return 0;
    for (size_t k = a; k < b; k++)
      if (it->toks[k].cp == ',' && !(it->toks[k].flags & F_INQ)) {
        b = k; /* the relative clause ends at its comma */
        break;
      }
  }
  *rc = add_row(it, a, b, &at);
  return 1;
}

/* Whether the word t is a role noun, or its plural: analyst, analysts. */
static int role_noun(const nlp_quotes_t *it, const tok_t *t) {
  const char *w = (const char *)it->text + t->s;
  size_t n = t->e - t->s;
  return t->type == T_WORD &&
         (tok_in(t, NLP_LIST_QUOTES_ROLE_NOUNS) ||
          (n > 3 && w[n - 1] == 's' &&
           nlp_list_has(NLP_LIST_QUOTES_ROLE_NOUNS, w, n - 1)));
}

/* Whether the small word t ends in "ed", a verb's past more often than not
** ("attacked" of "Tom Reed attacked Ann Lee"). */
static int past_form(const nlp_quotes_t *it, const tok_t *t) {
  const unsigned char *w = it->text + t->s;
  size_t n = t->e - t->s;
  return (t->flags & F_LOWER) && n > 4 && w[n - 2] == 'e' && w[n - 1] == 'd';
}

/* Whether the word at j, of the sentence that starts at s, goes on the
** subject that opens it: a capitalised word, a determiner first, "of"
** inside, a role noun, a small word before one of these ("Steel analyst
** Peter Fish", "Some analysts", "The local council"). */
static int subject_word(const nlp_quotes_t *it, size_t s, size_t j, size_t k) {
  const tok_t *t = &it->toks[j];
  if (!is_word(t) || (t->flags & F_INQ) || is_report_verb(it, j))
    return 0;
  if (is_cap_word(t) || role_noun(it, t))
    return 1;
  if (j == s)
    return tok_in_fold(t, NLP_LIST_QUOTES_DETERMINERS_BEFORE_NOUN);
  if (word_eq(t, it->text, "of"))
    return j + 1 < k && is_cap_word(&t[1]);
  return j + 1 < k && !tok_in(t, NLP_LIST_QUOTES_NP_STOP_FORWARD) &&
         !past_form(it, t) && (is_cap_word(&t[1]) || role_noun(it, &t[1]));
}

/* The subject that starts at s, before k: a pronoun, or the words of
** subject_word(), with one small word after a lone determiner ("The
** senator"): [*a, *b). */
static int subject_at(nlp_quotes_t *it, size_t s, size_t k, size_t *a,
                      size_t *b) {
  const tok_t *t = it->toks;
  enum pron p;
  size_t j = s;
  if (s >= k || !is_word(&t[s]))
    return 0;
  if (quotes_is_pronoun(&t[s], it->text, &p)) {
    *a = s, *b = s + 1;
    return 1;
  }
  while (j < k && j < s + NP_MAX && subject_word(it, s, j, k))
    j++;
  if (j == s + 1 &&
      tok_in_fold(&t[s], NLP_LIST_QUOTES_DETERMINERS_BEFORE_NOUN)) {
    if (!(j < k && is_word(&t[j]) &&
          !tok_in(&t[j], NLP_LIST_QUOTES_NP_STOP_FORWARD) &&
          !is_report_verb(it, j)))
      return 0;
    j++; /* "The senator" */
    while (j < k && j < s + 3 && is_word(&t[j]) &&
           !tok_in(&t[j], NLP_LIST_QUOTES_NP_STOP_FORWARD) &&
           !is_report_verb(it, j) && !(t[j].flags & F_INQ))
      j++; /* "The tobacco companies" */
  }
  if (j == s)
    return 0;
  *a = s, *b = j;
  return 1;
}

/* The most tokens of a fronted adverbial phrase (after_adjunct). */
#define REACH_ADJUNCT 16

/* The subject after a fronted adverbial phrase that opens the sentence at
** s with a word of adjunct_openers.txt and ends with a comma, before k: a
** capitalised word or a pronoun that starts a subject followed by a small
** word (its verb): `In a long speech on Monday, Ann Lee attacked ...`,
** `Asked about the vote, Tom Reed said ...` (not `In May, the coach ...`,
** not `As Ann Lee put it, “...”`). */
static int after_adjunct(nlp_quotes_t *it, size_t s, size_t k, size_t *a,
                         size_t *b) {
  const tok_t *t = it->toks;
  if (!(is_cap_word(&t[s]) &&
        tok_in_fold(&t[s], NLP_LIST_QUOTES_ADJUNCT_OPENERS)))
    return 0;
  for (size_t j = s + 2; j + 2 < k && j <= s + REACH_ADJUNCT; j++) {
    if (is_terminal(&t[j]) || is_quote_tok(&t[j]))
      return 0;
    enum pron p;
    if (t[j].cp == ',' &&
        (is_cap_word(&t[j + 1]) ||
         quotes_is_pronoun(&t[j + 1], it->text, &p)) &&
        !tok_in_fold(&t[j + 1], NLP_LIST_QUOTES_ADJUNCT_OPENERS) &&
        subject_at(it, j + 1, k, a, b) && *b < k && is_word(&t[*b]) &&
        (t[*b].flags & F_LOWER) &&
        !tok_in(&t[*b], NLP_LIST_QUOTES_PREPOSITIONS))
      return 1;
  }
  return 0;
}

/* The subject that opens the sentence of token k (subject_at): after a
** fronted adverbial phrase (after_adjunct), after a conjunction or
** sentence adverb before a capitalised word, or before a comma and a
** pronoun (`But Ann Lee said`, `Meanwhile, it said`; not `But he`, whose
** rules want a name). */
int quotes_sentence_subject(nlp_quotes_t *it, size_t k, size_t *a, size_t *b) {
  const tok_t *t = it->toks;
  enum pron p;
  size_t s = sentence_start(it, k), n;
  if (s + 3 < k && after_adjunct(it, s, k, a, b))
    return 1;
  if (s + 2 < k && is_word(&t[s]) &&
      tok_in_fold(&t[s], NLP_LIST_QUOTES_OPENING_ADVERBS)) {
    n = t[s + 1].cp == ',' ? s + 2 : s + 1;
    if (n < k &&
        (quotes_is_pronoun(&t[n], it->text, &p) ? n == s + 2
                                                : is_cap_word(&t[n])) &&
        subject_at(it, n, k, a, b))
      return 1;
  }
  return subject_at(it, s, k, a, b);
}

int quotes_opening_subject(nlp_quotes_t *it, size_t p, size_t *a, size_t *b) {
  const tok_t *t = it->toks;
  if (!quotes_sentence_subject(it, p, a, b) || *b >= p)
    return 0;
  return !tok_in_fold(&t[*a], NLP_LIST_QUOTES_PREPOSITIONS) &&
         !tok_in_fold(&t[*a], NLP_LIST_QUOTES_TIME_WORDS) && is_word(&t[*b]) &&
         (t[*b].flags & F_LOWER) &&
         !tok_in(&t[*b], NLP_LIST_QUOTES_PREPOSITIONS) &&
         !tok_in(&t[*b], NLP_LIST_QUOTES_NP_STOP_FORWARD);
}

/* 2. "..., saying (that) ...": the clause after the participle, said by
** the subject of the sentence. */
static int participle(nlp_quotes_t *it, size_t v, int *rc) {
  const tok_t *t = it->toks;
  size_t a, b, sa, sb;
  attr_t at;
  if (!(v > 0 && t[v - 1].cp == ',' &&
        tok_in(&t[v], NLP_LIST_QUOTES_REPORTING_PARTICIPLES)))
    return 0;
  if (!quotes_clause_after(it, v, &a, &b) || has_mark(it, a, b) ||
      !quotes_sentence_subject(it, v, &sa, &sb))
    return 1;
  memset(&at, 0, sizeof(at));
  if (tok_in_fold(&t[sa], NLP_LIST_QUOTES_PREPOSITIONS)) {
    at.found = 1; /* no subject: "In a long speech, saying ...", no speaker */
    at.vs = t[v].s, at.ve = t[v].e;
  } else {
    quotes_attribute_np(it, sa, sb, v, &at);
  }
  *rc = add_row(it, a, b, &at);
  return 1;
}

/* The row of "... X that CLAUSE" (rules 0b, 0c): the clause after "that"
** (the token after v), said by the subject of the verb at w, with v as its
** cue; no row when that verb has no subject. Returns 1 (the rule applied). */
static int that_clause_row(nlp_quotes_t *it, size_t w, size_t v, int *rc) {
  attr_t at;
  memset(&at, 0, sizeof(at));
  if (!quotes_attr_subject(it, w, &at))
    return 1;
  at.vs = it->toks[v].s, at.ve = it->toks[v].e;
  *rc = add_row(it, v + 2, clause_end(it, v + 2), &at);
  return 1;
}

/* 0b. "Ann Lee expressed concern that ...", "made the claim that ...":
** the subject of the verb before the reporting noun said it. */
static int light_noun_that(nlp_quotes_t *it, size_t v, int *rc) {
  const tok_t *t = it->toks;
  size_t w = v - 1;
  if (v >= 2 && tok_in(&t[w], NLP_LIST_QUOTES_DETERMINERS_BEFORE_NOUN))
    w--;
  if (!(tok_in(&t[w], NLP_LIST_QUOTES_NOUN_CUE_VERBS) &&
        !(t[w].flags & (F_CAP | F_INQ))))
    return 0;
  return that_clause_row(it, w, v, rc);
}

/* 0c. "Ann Lee is confident that ...", "Ann Lee made it clear that ...":
** an adjective of stance before "that", after a form of "be" or a verb of
** copula_verbs.txt, said by that verb's subject. */
static int adjective_that(nlp_quotes_t *it, size_t v, int *rc) {
  const tok_t *t = it->toks;
  size_t w = v - 1;
  if (!tok_in(&t[v], NLP_LIST_QUOTES_ATTITUDE_ADJECTIVES))
    return 0;
  if (!(v >= 2 && v + 2 < it->ntoks && word_eq(&t[v + 1], it->text, "that")))
    return 1; /* no verb: "the clear message" */
  if (word_eq(&t[w], it->text, "it") && w >= 2)
    w--; /* "made it clear" */
  if (!(tok_in(&t[w], NLP_LIST_QUOTES_BE_FORMS) ||
        tok_in(&t[w], NLP_LIST_QUOTES_COPULA_VERBS)) ||
      (t[w].flags & F_INQ))
    return 1;
  if (word_eq(&t[w - 1], it->text, "it") || word_eq(&t[w - 1], it->text, "It"))
    return 1; /* "It is clear that": no one's stance */
  return that_clause_row(it, w, v, rc);
}

/* 0. "Lee's claim that ...": a reporting noun after a possessor and before
** "that"; the possessor said it. */
static int noun_that(nlp_quotes_t *it, size_t v, int *rc) {
  const tok_t *t = it->toks;
  size_t a, b, e, n;
  attr_t at;
  if (!tok_in(&t[v], NLP_LIST_QUOTES_REPORT_NOUNS))
    return 0;
  if (!(v > 0 && v + 2 < it->ntoks && word_eq(&t[v + 1], it->text, "that")))
    return 0;
  if ((n = possessive_len(it, &t[v - 1])) == 0)
    return light_noun_that(it, v, rc);
  a = v - 1;
  while (a > 0 && v - a < NP_MAX && is_cap_word(&t[a - 1]) &&
         !(t[a - 1].flags & F_INQ))
    a--;
  e = clause_end(it, v + 2);
  memset(&at, 0, sizeof(at));
  quotes_attribute_np(it, a, v, v, &at);
  at.me -= n, at.se -= n;
  if (at.sp && at.sp == (const char *)it->text + at.ms && at.splen > n &&
      at.sp + at.splen == (const char *)it->text + at.me + n)
    at.splen -= n; /* the phrase as written: without its 's */
  b = v + 2;
  *rc = add_row(it, b, e, &at);
  return 1;
}

typedef int (*report_rule_fn)(nlp_quotes_t *it, size_t v, int *rc);

/* The rules of reported speech, in the order they are tried (see the top). */
static const report_rule_fn REPORT_RULES[] = {
    noun_that,      /* 0. Lee's claim that ... */
    adjective_that, /* 0c. Lee is confident that ... */
    according_to,   /* 1. according to X, ... */
    participle,     /* 2. ..., saying (that) ... */
    clause_before,  /* 3. ..., X said. */
    clause_after,   /* 4. X said (that) ... */
};

/* Flags the verbs that the rows from first_row on use as their cue, and
** the first word of each row's quote. */
static void mark_cues(nlp_quotes_t *it, size_t first_row) {
  for (size_t r = first_row; r < it->nrows; r++) {
    size_t k = quotes_tok_at(it, it->rows[r].q.byte_start),
           vs = it->rows[r].q.verb_start;
    if (k < it->ntoks)
      it->toks[k].flags |= F_ROWQ;
    if (it->rows[r].q.verb_end <= vs)
      continue;
    k = quotes_tok_at(it, vs);
    if (k < it->ntoks && it->toks[k].s == vs)
      it->toks[k].flags |= F_CUE;
  }
}

/* Sorts the indirect rows by their start (they are nearly in order). */
static void sort_ind(nlp_quotes_t *it) {
  for (size_t i = 1; i < it->nind; i++) {
    row_t r = it->ind[i];
    size_t j = i;
    while (j > 0 && it->ind[j - 1].q.byte_start > r.q.byte_start) {
      it->ind[j] = it->ind[j - 1];
      j--;
    }
    it->ind[j] = r;
  }
}

/* Whether [s, e) overlaps [a, b). */
static int overlaps(size_t s, size_t e, size_t a, size_t b) {
  return s < b && a < e;
}

/* Whether the speaker mentions of x and y overlap without being the same
** words ("The tobacco" and "The tobacco companies"). */
static int mentions_cross(const nlp_quote_t *x, const nlp_quote_t *y) {
  return x->mention_end > x->mention_start &&
         y->mention_end > y->mention_start &&
         overlaps(x->mention_start, x->mention_end, y->mention_start,
                  y->mention_end) &&
         !(x->mention_start == y->mention_start &&
           x->mention_end == y->mention_end);
}

/* Keeps the first m indirect rows that overlap no quotation of the rows
** [first_row, end) and no indirect row kept before them (rows never
** overlap: of nested reports the outer one stays); returns how many. */
static size_t drop_overlaps(nlp_quotes_t *it, size_t first_row, size_t end,
                            size_t m) {
  size_t p = first_row, w = 0;
  for (size_t k = 0; k < m; k++) {
    const nlp_quote_t *r = &it->ind[k].q;
    while (p < end && it->rows[p].q.byte_end <= r->byte_start)
      p++;
    if (p < end && overlaps(r->byte_start, r->byte_end,
                            it->rows[p].q.byte_start, it->rows[p].q.byte_end))
      continue;
    if (w > 0 && (it->ind[w - 1].q.byte_end > r->byte_start ||
                  mentions_cross(r, &it->ind[w - 1].q)))
      continue;
    if ((p > first_row && mentions_cross(r, &it->rows[p - 1].q)) ||
        (p < end && mentions_cross(r, &it->rows[p].q)))
      continue;
    it->ind[w++] = it->ind[k];
  }
  return w;
}

/* Merges the indirect rows into the rows [first_row, end) before the
** pending pieces; those after the first pending piece are dropped. */
static int merge_ind(nlp_quotes_t *it, size_t first_row) {
  size_t end = it->nrows - it->npending, m = 0, i, j, w;
  size_t limit = (size_t)-1;
  if (it->npending)
    limit = end >= first_row ? it->rows[end].q.byte_start : 0;
  while (m < it->nind && it->ind[m].q.byte_start < limit)
    m++;
  m = drop_overlaps(it, first_row, end < first_row ? first_row : end, m);
  if (m == 0)
    return NLP_OK;
  if (nlp_grow((void **)&it->rows, &it->caprows, it->nrows + m, sizeof(row_t)))
    return NLP_ENOMEM;
  memmove(it->rows + end + m, it->rows + end,
          (it->nrows - end) * sizeof(row_t));
  it->nrows += m;
  i = end, j = m, w = end + m;
  while (j > 0) {
    if (i > first_row &&
        it->rows[i - 1].q.byte_start > it->ind[j - 1].q.byte_start)
      it->rows[--w] = it->rows[--i];
    else
      it->rows[--w] = it->ind[--j];
  }
  return NLP_OK;
}

int quotes_add_reported(nlp_quotes_t *it, size_t first_row) {
  int rc = NLP_OK;
  it->nind = 0;
  mark_cues(it, first_row);
  for (size_t c = 0; c < it->ncand && rc == NLP_OK; c++) {
    size_t v = it->cand[c];
    if (it->toks[v].flags & F_CUE)
      continue;
    if (tok_in(&it->toks[v], NLP_LIST_QUOTES_ATTITUDE_VERBS)) {
      clause_after(it, v, &rc); /* rule 4 only: "Ann Lee rejected ..." */
      continue;
    }
    for (size_t i = 0; i < sizeof(REPORT_RULES) / sizeof(REPORT_RULES[0]); i++)
      if (REPORT_RULES[i](it, v, &rc))
        break;
  }
  if (rc != NLP_OK)
    return rc;
  sort_ind(it);
  return merge_ind(it, first_row);
}
