/*
** cues.c: reporting verbs ("said", "told", "called it") and the clauses
** around a quote that name its speaker: after the closing mark ("...,"
** said X), before the opening mark (X said: "..."), a participle ("...,
** adding: "...""). The events of a block (a verb with its subject) feed
** the pronoun rules of coref.c.
*/
#include <string.h>

#include "quotes/quotes_int.h"
#include "text/grow.h"

/* The first event of the block at or after token pos. Events are in token
** order; a binary search, because a scan back from the block's last event
** for every quote would be quadratic in the block. */
size_t quotes_event_at(const nlp_quotes_t *it, size_t pos) {
  return NLP_FIRST_AT(it->ev, it->nev, event_t, pos, pos);
}

/* The last event of this block before token pos. */
int quotes_event_before(nlp_quotes_t *it, size_t pos, event_t *out) {
  size_t lo = quotes_event_at(it, pos);
  if (lo == 0)
    return 0;
  *out = it->ev[lo - 1];
  return 1;
}

/* Fills out from the speaker phrase [a, b) of the verb v. */
static void attribute(nlp_quotes_t *it, size_t a, size_t b, size_t v,
                      attr_t *out) {
  const tok_t *t = it->toks;
  enum pron p;
  memset(out, 0, sizeof(*out));
  out->found = 1;
  out->ms = t[a].s, out->me = t[b - 1].e;
  out->ss = out->ms, out->se = out->me;
  out->vs = t[v].s, out->ve = t[v].e;
  if (b - a == 1 && quotes_is_pronoun(&t[a], it->text, &p)) {
    event_t e;
    if (quotes_pronoun_speaker(it, v, p, &e)) {
      out->sp = e.sp, out->splen = e.splen, out->named = e.named;
      quotes_set_gender(it, e.sp, e.splen, p);
    }
    return;
  }
  quotes_name_of(it, a, b, out);
}

void quotes_attribute_np(nlp_quotes_t *it, size_t a, size_t b, size_t v,
                         attr_t *out) {
  attribute(it, a, b, v, out);
}

int quotes_attr_subject(nlp_quotes_t *it, size_t v, attr_t *out) {
  size_t a, b;
  if (!quotes_np_before(it, v, v > REACH_SUBJECT ? v - REACH_SUBJECT : 0, &a,
                        &b))
    return 0;
  attribute(it, a, b, v, out);
  return 1;
}

/* The attribution of the reporting verb at v by the phrase after it when
** a comma comes before it ("..., said X"), else by its subject ("X
** said"), else by the phrase after it. */
int quotes_attr_of_verb(nlp_quotes_t *it, size_t v, attr_t *out) {
  const tok_t *t = it->toks;
  size_t a, b;
  int inverted = v > 0 && (t[v - 1].cp == ',' || is_quote_tok(&t[v - 1]));
  if (!(inverted && quotes_np_after(it, v, it->ntoks, &a, &b)) &&
      !quotes_np_before(it, v, v > REACH_SUBJECT ? v - REACH_SUBJECT : 0, &a,
                        &b) &&
      !quotes_np_after(it, v, it->ntoks, &a, &b))
    return 0;
  attribute(it, a, b, v, out);
  return 1;
}

/* The reporting verb's subject as an event (for pronouns), if any. */
static int verb_event(nlp_quotes_t *it, size_t v, event_t *e) {
  size_t a, b;
  attr_t at;
  enum pron p;
  if (!quotes_np_before(it, v, v > REACH_SUBJECT ? v - REACH_SUBJECT : 0, &a,
                        &b)) {
    if (v == 0 ||
        !(it->toks[v - 1].cp == ',' || it->toks[v - 1].type == T_QCLOSE ||
          it->toks[v - 1].type == T_QAMB))
      return 0;
    if (!quotes_np_after(it, v, it->ntoks, &a, &b))
      return 0;
  }
  if (b - a == 1 && quotes_is_pronoun(&it->toks[a], it->text, &p)) {
    /* "he said": the speaker it stands for, when there is one. */
    event_t r;
    if (!quotes_pronoun_speaker(it, v, p, &r))
      return 0;
    quotes_set_gender(it, r.sp, r.splen, p);
    *e = r;
    e->pos = v;
    e->ms = it->toks[a].s, e->me = it->toks[a].e;
    return 1;
  }
  memset(&at, 0, sizeof(at));
  quotes_name_of(it, a, b, &at);
  e->pos = v;
  e->ms = it->toks[a].s, e->me = it->toks[b - 1].e;
  e->sp = at.sp;
  e->splen = at.splen;
  e->named = at.named && (quotes_person_like(at.sp, at.splen) ||
                          quotes_has_title(it, a, b));
  return 1;
}

/* Every reporting verb of the block outside quotes, with its subject
** ("he" resolved): the events the pronoun rules look back on. */
int quotes_collect_events(nlp_quotes_t *it) {
  it->nev = it->ncand = 0;
  for (size_t v = 0; v < it->ntoks; v++) {
    event_t e;
    const tok_t *t = &it->toks[v];
    if (t->type != T_WORD || !t->lwf || (t->flags & F_INQ))
      continue;
    if (quotes_report_candidate(it, v)) {
      if (nlp_grow((void **)&it->cand, &it->capcand, it->ncand + 1,
                   sizeof(size_t)))
        return NLP_ENOMEM;
      it->cand[it->ncand++] = v;
    }
    if (t->flags & F_CAP)
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

/* Whether the token at v is "put" or "puts" before "it" (`as Ann Lee put
** it`, `Ann Lee put it this way:`), which reports the words of a quote. */
static int put_it(const nlp_quotes_t *it, size_t v) {
  return v + 1 < it->ntoks &&
         (word_eq(&it->toks[v], it->text, "put") ||
          word_eq(&it->toks[v], it->text, "puts")) &&
         word_eq(&it->toks[v + 1], it->text, "it");
}

/* Whether the token at v and the particle after it are a phrasal verb of
** speaking with no word after it (phrasal_cues.txt): `Ann Lee went on:
** “...”`, `“...,” Ann Lee shot back.`; not `went on to win`. */
static int phrasal_cue(const nlp_quotes_t *it, size_t v) {
  const tok_t *t = it->toks;
  char buf[48];
  size_t n1, n2;
  if (!(v + 1 < it->ntoks && t[v].type == T_WORD &&
        !(t[v].flags & (F_CAP | F_INQ)) &&
        tok_in(&t[v + 1], NLP_LIST_QUOTES_CUE_PARTICLES) &&
        (v + 2 >= it->ntoks || t[v + 2].type != T_WORD)))
    return 0;
  n1 = t[v].e - t[v].s, n2 = t[v + 1].e - t[v + 1].s;
  if (n1 + n2 + 1 > sizeof(buf))
    return 0;
  memcpy(buf, it->text + t[v].s, n1);
  buf[n1] = ' ';
  memcpy(buf + n1 + 1, it->text + t[v + 1].s, n2);
  return nlp_list_has(NLP_LIST_QUOTES_PHRASAL_CUES, buf, n1 + n2 + 1);
}

/* Whether the token at v reports a quotation: a speech verb, a verb for
** quotations only ("reads"), "put it", a phrasal cue ("shot back"). */
static int speaks(const nlp_quotes_t *it, size_t v) {
  return tok_in(&it->toks[v], NLP_LIST_QUOTES_SPEECH_VERBS) ||
         tok_in(&it->toks[v], NLP_LIST_QUOTES_QUOTE_ONLY_VERBS) ||
         put_it(it, v) || phrasal_cue(it, v);
}

/* Whether the token at v is a small speech verb outside quotes: said. */
static int is_speech_verb(nlp_quotes_t *it, size_t v) {
  return !(it->toks[v].flags & (F_CAP | F_INQ)) && speaks(it, v);
}

/* Whether the token at v reports the quote closed at c by a comma, `?` or
** `!` inside its marks (`“...,” CBS News reported.`, `“...?” he asked.`): a
** speech verb, or a verb of reported speech (reporting_verbs.txt) or of
** answering (after_quote_verbs.txt) after such a quote. */
static int reports_quote(nlp_quotes_t *it, size_t c, size_t v) {
  const tok_t *t = &it->toks[v];
  if (is_speech_verb(it, v))
    return 1;
  int32_t m = c > 0 ? it->toks[c - 1].cp : 0;
  return (m == ',' || m == '?' || m == '!') && is_word(t) &&
         !(t->flags & (F_CAP | F_INQ)) &&
         (tok_in(t, NLP_LIST_QUOTES_REPORTING_VERBS) ||
          tok_in(t, NLP_LIST_QUOTES_AFTER_QUOTE_VERBS));
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

/* Whether a dash is at t. */
static int is_dash(const tok_t *t) {
  return t->type == T_PUNCT && is_dash_cp(t->cp);
}

/* Whether a line ends between the tokens k - 1 and k (or k is the end). */
static int line_ends_before(const nlp_quotes_t *it, size_t k) {
  if (k >= it->ntoks)
    return 1;
  for (size_t p = it->toks[k - 1].e; p < it->toks[k].s; p++)
    if (it->text[p] == '\n' || it->text[p] == '\r')
      return 1;
  return 0;
}

/* 1b. A dash and a name that ends the line after the closing mark at c:
** `“...” —Commissioner Ana Reyes`, `"..." - Tom Reed, a farmer`. */
static int dash_name(nlp_quotes_t *it, size_t c, attr_t *out) {
  const tok_t *t = it->toks;
  size_t a = c + 1, b;
  attr_t at;
  if (!(a < it->ntoks && is_dash(&t[a])))
    return 0;
  while (a < it->ntoks && is_dash(&t[a]))
    a++;
  b = a;
  while (b < it->ntoks && b - a < NP_MAX && is_cap_word(&t[b]))
    b++;
  if (b == a || !(line_ends_before(it, b) || t[b].cp == ',' ||
                  (is_terminal(&t[b]) && line_ends_before(it, b + 1))))
    return 0;
  memset(&at, 0, sizeof(at));
  quotes_name_of(it, a, b, &at);
  if (!at.named)
    return 0;
  *out = at;
  out->found = 1;
  out->ms = t[a].s, out->me = t[b - 1].e;
  out->ss = out->ms, out->se = out->me;
  return 1;
}

/* The ')' that closes the parenthesis opened at k, before hi and at most
** REACH_PAREN tokens on; NONE when there is none. */
static size_t paren_end(const nlp_quotes_t *it, size_t k, size_t hi) {
  for (size_t j = k + 1; j < hi && j <= k + REACH_PAREN; j++)
    if (it->toks[j].cp == ')')
      return j;
    else if (it->toks[j].cp == '(')
      return NONE;
  return NONE;
}

/* Whether [i, a) is a determiner and one or two adjectives before a comma
** that the subject at a goes on after: "“...,” the bespectacled, 71-year-old
** diplomat said", "a tired, angry Lee said"; not "the report, Lee said"
** (a capitalised word after the comma). */
static int comma_adjectives(const nlp_quotes_t *it, size_t i, size_t a) {
  const tok_t *t = it->toks;
  if (!(a >= i + 3 && a <= i + 4 && t[a - 1].cp == ',' &&
        tok_in_fold(&t[i], NLP_LIST_QUOTES_DETERMINERS_BEFORE_NOUN)))
    return 0;
  for (size_t k = i + 1; k < a - 1; k++)
    if (t[k].type != T_WORD || (t[k].flags & (F_CAP | F_INQ)))
      return 0;
  return t[a].type == T_WORD && !(t[a].flags & (F_CAP | F_INQ));
}

/* Whether [i, a) is a description and a comma before a name set off by
** commas, [a, b) and a comma at b: "“...,” a Lee spokesman, Tom Reed,
** said" (the speaker is the name). */
static int description_apposition(const nlp_quotes_t *it, size_t i, size_t a,
                                  size_t b) {
  const tok_t *t = it->toks;
  if (!(a >= i + 2 && a - 1 - i <= NP_MAX && t[a - 1].cp == ',' &&
        t[b].cp == ',' && is_cap_word(&t[a])))
    return 0;
  for (size_t k = i; k < a - 1; k++)
    if (!is_word(&t[k]) || (t[k].flags & F_INQ))
      return 0;
  return tok_in_fold(&t[i], NLP_LIST_QUOTES_DETERMINERS_BEFORE_NOUN) ||
         is_cap_word(&t[i]);
}

/* 1. The words after the closing mark at c, up to hi. */
int quotes_after_close(nlp_quotes_t *it, size_t c, size_t hi, int ended_stop,
                       attr_t *out) {
  const tok_t *t = it->toks;
  size_t i = c + 1, a, b, v, ve;
  if (dash_name(it, c, out))
    return 1;
  while (i < hi && t[i].type == T_PUNCT && (t[i].cp == ',' || is_dash(&t[i])))
    i++;
  if (i >= hi)
    return 0;
  if (reports_quote(it, c, i)) { /* said X */
    if (quotes_np_after(it, i, hi, &a, &b)) {
      attribute(it, a, b, i, out);
      return 1;
    }
    return 0;
  }
  for (v = i; v < hi && v < i + REACH_VERB_AFTER; v++) {
    if (t[v].cp == '(' && (v = paren_end(it, v, hi)) == NONE)
      return 0; /* "Earl Blum (D-Ore.) said" */
    if (t[v].cp == ')')
      continue;
    if (!is_word(&t[v]) && t[v].cp != ',' && t[v].cp != '&' && t[v].cp != '-' &&
        !is_apostrophe_tok(&t[v]))
      return 0;
    if (reports_quote(it, c, v) &&
        (is_speech_verb(it, v) || quotes_np_before(it, v, i, &a, &b)))
      break; /* not "endorsed" of "Warren, who endorsed no one, told" */
  }
  if (v >= hi || v >= i + REACH_VERB_AFTER)
    return 0;
  if (!quotes_np_before(it, v, i, &a, &b))
    return 0;
  if (a == i + 1 && word_eq(&t[i], it->text, "as"))
    i++; /* "“...,” as Ann Lee put it" */
  if (a != i && comma_adjectives(it, i, a)) {
    a = i;
  } else if (a != i && description_apposition(it, i, a, b)) {
    ; /* the name */
  } else if (a != i) {
    /* A long subject with no commas: "Dr Mark Tuffy, games director at
    ** digital content firm THX told ...". */
    for (size_t k = i; k < a; k++)
      if ((!is_word(&t[k]) && t[k].cp != '&') || (t[k].flags & F_INQ))
        return 0;
    if (!is_cap_word(&t[i]))
      return 0;
    a = i;
  }
  ve = phrasal_cue(it, v) ? v + 1 : v; /* "shot back" */
  if (ve + 1 < it->ntoks && t[ve + 1].cp == ':')
    return 0; /* the next one's */
  if (ended_stop && !short_clause_after(it, ve, hi))
    return 0;
  if (word_eq(&t[v], it->text, "according"))
    return 0;
  attribute(it, a, b, v, out);
  return 1;
}

/* The reach of rule 1c, in tokens after the closing mark. */
#define REACH_FAR 40

/* Whether t can open a speaker's phrase: a capitalised word, or a
** determiner (the, a, this: "this source told the Post"). */
static int opens_phrase(const nlp_quotes_t *it, const tok_t *t) {
  return is_cap_word(t) ||
         (is_word(t) && (tok_in(t, NLP_LIST_QUOTES_DETERMINERS_BEFORE_NOUN) ||
                         tok_in(t, NLP_LIST_QUOTES_INDEFINITE_WORDS) ||
                         word_eq(t, it->text, "this")));
}

/* Whether [a, b) is one or more capitalised words and nothing else. */
static int all_caps_between(const nlp_quotes_t *it, size_t a, size_t b) {
  for (size_t k = a; k < b; k++)
    if (!is_cap_word(&it->toks[k]))
      return 0;
  return a < b;
}

int quotes_after_close_far(nlp_quotes_t *it, size_t c, attr_t *out) {
  const tok_t *t = it->toks;
  size_t i = c + 1, e = NONE, v;
  int32_t m = c > 0 ? t[c - 1].cp : 0;
  if (!(m == ',' || m == '?' || m == '!'))
    return 0;
  while (i < it->ntoks && t[i].cp == ',')
    i++;
  if (i >= it->ntoks || !opens_phrase(it, &t[i]) || (t[i].flags & F_INQ))
    return 0;
  for (v = i + 1; v < it->ntoks && v < i + REACH_FAR; v++) {
    if (t[v].sentence != t[i].sentence || is_quote_tok(&t[v]))
      return 0;
    if (t[v].cp == ',' && e == NONE)
      e = v;
    if (is_word(&t[v]) && !(t[v].flags & F_CAP) && reports_quote(it, c, v) &&
        (is_word(&t[v - 1]) || t[v - 1].cp == ',' || t[v - 1].cp == ')'))
      break;
  }
  if (v >= it->ntoks || v >= i + REACH_FAR)
    return 0;
  if (e == NONE || e > v)
    e = v;
  if (e - i > NP_MAX || (e < v && all_caps_between(it, e + 1, v)))
    return 0; /* not "the report, Lee said" */
  attribute(it, i, e, v, out);
  return 1;
}

/* A speech verb or a verb that frames a phrase: said, called. */
static int is_cue_verb(const tok_t *t) {
  return tok_in(t, NLP_LIST_QUOTES_SPEECH_VERBS) ||
         tok_in(t, NLP_LIST_QUOTES_QUOTE_ONLY_VERBS) ||
         tok_in(t, NLP_LIST_QUOTES_FRAME_VERBS);
}

/* The last reporting verb in [lo, o) not after a determiner ("the claims"
** is no verb); o when there is none (rules 2a and 2b may apply), NONE when
** the head starts with another small word. */
static size_t verb_before(nlp_quotes_t *it, size_t lo, size_t o) {
  const tok_t *t = it->toks;
  size_t v = o;
  while (v > lo) {
    v--;
    if (t[v].type != T_WORD || (t[v].flags & (F_CAP | F_INQ)))
      continue;
    if ((speaks(it, v) || tok_in(&t[v], NLP_LIST_QUOTES_FRAME_VERBS)) &&
        !(v > 0 &&
          tok_in_fold(&t[v - 1], NLP_LIST_QUOTES_DETERMINERS_BEFORE_NOUN)))
      return v;
    if (v == lo)
      return NONE;
  }
  if (v < o && word_eq(&t[v], it->text, "According"))
    return v; /* "According to the paper, “...”" */
  /* The first token of the head, skipped above: a verb inside a quote. */
  if (v == o || t[v].type != T_WORD || (t[v].flags & F_CAP) ||
      !is_cue_verb(&t[v]))
    return o;
  return v;
}

/* 2a. A reporting verb that opens the sentence, the speaker after it and a
** colon or comma: "Said Wales coach Scott Johnson: “...”". */
static int said_first(nlp_quotes_t *it, size_t lo, size_t o, attr_t *out) {
  const tok_t *t = it->toks;
  size_t a, b;
  if (!(tok_in_fold(&t[lo], NLP_LIST_QUOTES_SPEECH_VERBS) &&
        (t[lo].flags & F_CAP) && o > lo + 1 &&
        (t[o - 1].cp == ':' || t[o - 1].cp == ',') &&
        quotes_np_after(it, lo, o - 1, &a, &b)))
    return 0; /* also "Said Tom Reed, who grew up here, “...”" */
  attribute(it, a, b, lo, out);
  return 1;
}

/* 2b. A name alone before a colon: "Sir Alex Ferguson: “...”"; the words
** from the comma or mark before it must start with a capital. */
static int name_before_colon(nlp_quotes_t *it, size_t lo, size_t o,
                             attr_t *out) {
  const tok_t *t = it->toks;
  size_t k = o - 1;
  attr_t at;
  if (!(o > lo + 1 && t[o - 1].cp == ':' && is_cap_word(&t[o - 2])))
    return 0;
  while (k > lo && (is_word(&t[k - 1]) || t[k - 1].cp == '-'))
    k--;
  while (k < o - 1 && !is_word(&t[k]))
    k++;
  if (!(o - 1 - k >= 1 && o - 1 - k <= NP_MAX) || !is_cap_word(&t[k]))
    return 0; /* not "Ann Lee, speaking to reporters on Monday: “...”" */
  memset(&at, 0, sizeof(at));
  quotes_name_of(it, k, o - 1, &at);
  if (!at.named)
    return 0;
  *out = at;
  out->found = 1;
  out->ms = t[k].s, out->me = t[o - 2].e;
  out->ss = out->ms, out->se = out->me;
  out->vs = out->ve = 0;
  return 1;
}

/* 2c. A message noun before a colon, said by the subject that opens the
** sentence: "Ann Lee issued a statement: “...”". */
static int noun_before_colon(nlp_quotes_t *it, size_t lo, size_t o,
                             attr_t *out) {
  const tok_t *t = it->toks;
  size_t a, b;
  if (!(o > lo + 2 && t[o - 1].cp == ':'))
    return 0;
  for (size_t k = o - 1; k > lo && o - 1 - k < REACH_COLON_NOUN; k--) {
    if (!is_word(&t[k - 1]))
      return 0;
    if (tok_in(&t[k - 1], NLP_LIST_QUOTES_COLON_NOUNS) &&
        quotes_opening_subject(it, k - 1, &a, &b) && b < k - 1) {
      attribute(it, a, b, b, out);
      out->vs = t[k - 1].s, out->ve = t[k - 1].e;
      return 1;
    }
  }
  return 0;
}

/* 2d. A verb joined by "and" or "but" to the clause of the subject that
** opens the sentence: "Tom Reed took the stage and said, “...”". */
static int coordinated_subject(nlp_quotes_t *it, size_t v, size_t lo, size_t *a,
                               size_t *b) {
  const tok_t *t = it->toks;
  size_t j = v;
  while (j > lo && is_word(&t[j - 1]) && !(t[j - 1].flags & F_CAP) &&
         tok_in(&t[j - 1], NLP_LIST_QUOTES_VERB_GAP_WORDS))
    j--; /* "and then said" */
  return j > lo + 1 && is_word(&t[j - 1]) &&
         tok_in(&t[j - 1], NLP_LIST_QUOTES_COORDINATORS) &&
         quotes_opening_subject(it, j - 1, a, b);
}

/* 2. A reporting verb before the opening mark at o, back to lo, and its
** subject: "X said: “...”", "X said that “...”", "according to X, “...”",
** "..., said Smith: “...”"; without one, rules 2a, 2b and 2c. */
int quotes_before_open(nlp_quotes_t *it, size_t lo, size_t o, attr_t *out) {
  const tok_t *t = it->toks;
  size_t v = verb_before(it, lo, o), a, b;
  if (v == NONE)
    return 0;
  if (v == o)
    return said_first(it, lo, o, out) || name_before_colon(it, lo, o, out) ||
           noun_before_colon(it, lo, o, out);
  if (word_eq_fold(&t[v], it->text, "according")) {
    if (!quotes_np_after(it, v, o, &a, &b))
      return 0;
  } else if (v > lo + 1 && word_eq(&t[v - 1], it->text, "to") &&
             quotes_infinitive_subject(it, v, out)) {
    return 1; /* "Ann Lee went on to say: “...”" */
  } else if (!quotes_np_before(it, v, lo, &a, &b) &&
             !coordinated_subject(it, v, lo, &a, &b)) {
    if (quotes_relative_subject(it, v, out))
      return 1; /* "Tom Reed met Ann Lee, who said: “...”" */
    if (!quotes_np_after(it, v, o, &a, &b) || v == 0 ||
        !(t[v - 1].cp == ',' || is_quote_tok(&t[v - 1])))
      return 0;
  }
  attribute(it, a, b, v, out);
  return 1;
}

/* How far before a quote a participle may hang it: over an object of
** one to three words (`calling the plan “...`), over up to five words
** after "that" (`noting that it is “...`). */
#define FRAME_OBJECT_MAX 3
#define THAT_CLAUSE_MAX 6

/* A participle that frames the quote after its object of one to three
** words, not a preposition: `calling it “...`, `calling the plan “...`;
** its token, or NONE. */
static size_t frame_participle(nlp_quotes_t *it, size_t lo, size_t o) {
  const tok_t *t = it->toks;
  for (size_t k = o - 1; k > lo && o - k <= FRAME_OBJECT_MAX; k--) {
    if (!is_word(&t[k]) || (t[k].flags & F_INQ))
      return NONE;
    if (tok_in(&t[k - 1], NLP_LIST_QUOTES_FRAME_PARTICIPLES))
      return tok_in(&t[k], NLP_LIST_QUOTES_PREPOSITIONS) ? NONE : k - 1;
  }
  return NONE;
}

/* A speech participle and `that` a few words before the quote, words only
** between (`noting that it is “very strange ...`); its token, or NONE. */
static size_t participle_that(nlp_quotes_t *it, size_t lo, size_t o) {
  const tok_t *t = it->toks;
  for (size_t k = o - 1; k > lo + 1 && o - k <= THAT_CLAUSE_MAX; k--) {
    if (!is_word(&t[k - 1]) || (t[k - 1].flags & F_INQ))
      return NONE;
    if (word_eq(&t[k - 1], it->text, "that") &&
        tok_in(&t[k - 2], NLP_LIST_QUOTES_SPEECH_PARTICIPLES))
      return k - 2;
  }
  return NONE;
}

/* The participle that ends the head [lo, o) ("adding:", "saying that",
** "telling reporters:", "calling it"): its token, or NONE. */
size_t quotes_participle_before(nlp_quotes_t *it, size_t lo, size_t o) {
  size_t k = o, f = o > lo + 1 ? frame_participle(it, lo, o) : NONE;
  if (f != NONE)
    return f;
  while (k > lo && !is_word(&it->toks[k - 1]))
    k--;
  if (k > lo && word_eq(&it->toks[k - 1], it->text, "that"))
    k--;
  if (k > lo + 1 &&
      !tok_in(&it->toks[k - 1], NLP_LIST_QUOTES_SPEECH_PARTICIPLES) &&
      is_word(&it->toks[k - 2]) &&
      tok_in(&it->toks[k - 2], NLP_LIST_QUOTES_SPEECH_PARTICIPLES))
    k--; /* "telling reporters:" */
  if (!(k > lo &&
        tok_in(&it->toks[k - 1], NLP_LIST_QUOTES_SPEECH_PARTICIPLES) &&
        o - k <= 3))
    return o > lo + 2 ? participle_that(it, lo, o) : NONE;
  return k - 1;
}
