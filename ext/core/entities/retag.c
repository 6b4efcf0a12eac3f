/*
** entities/retag.c: rules that change the tagger's tags of a sentence
** before its name spans are read (spans.c). Each rule fixes what the tagger
** misses in one kind of text: mail headers, known
** organisations, acronyms, results tables. RETAG_RULES lists them in the
** order they run.
*/
#include "entities/entities_int.h"

/* Whether token t is a double quote, straight or curly. */
static int is_dquote(const ner_doc_t *d, const ner_tok_t *t) {
  return ner_dquote(d->text, t) != NER_DQ_NONE;
}

/* "Ryan Reynolds" <rreynol@example.ca>, "Townsend, George" <...>: the quoted
** display name of a mail address is a person (one to four capitalised
** words that are not only common words, with an optional comma). */
static void mail_names(const ner_doc_t *d, uint8_t *tags, size_t s0,
                       size_t s1) {
  for (size_t q = s0; q + 2 < s1; q++) {
    size_t k, e, words = 0, proper = 0;
    const char *p, *end = d->text + d->len;
    if (!is_dquote(d, &d->toks[q]))
      continue;
    for (e = q + 1; e < s1 && e <= q + 6 && !is_dquote(d, &d->toks[e]); e++)
      ;
    if (e >= s1 || e == q + 1 || !is_dquote(d, &d->toks[e]))
      continue;
    for (k = q + 1; k < e; k++) {
      const ner_tok_t *t = &d->toks[k];
      if (t->kind == NLP_TOKEN_PUNCT && tok_is(d, t, ",") && k > q + 1 &&
          k + 1 < e)
        continue;
      if (t->kind != NLP_TOKEN_WORD || t->cap == NER_CAP_NONE ||
          tok_is(d, t, "the") || words == 4)
        break;
      words++;
      proper += t->dict != NER_DICT_LOWER || t->given;
    }
    if (k < e || proper < words)
      continue;
    /* then "<", an address with "@", ">" */
    p = d->text + d->toks[e].be;
    while (p < end && *p == ' ')
      p++;
    if (p == end || *p != '<')
      continue;
    while (p < end && *p != '>' && *p != '@' && *p != ' ' && *p != '\n')
      p++;
    if (p == end || *p != '@')
      continue;
    for (k = q + 1; k < e; k++)
      tags[k] =
          (uint8_t)(k == q + 1 ? NER_B(NER_TYPE_PER) : NER_I(NER_TYPE_PER));
    q = e;
  }
}

/* "In Texas, BP shut its refinery": a known organisation (gazetteer) the
** tagger left untagged is an ORG when written in capitals (not in a
** sentence mostly in capitals, sent_caps), or capitalised and not a common
** word ("Apple", "Shell", "Who" are left to the tagger). */
static void known_orgs(const ner_doc_t *d, uint8_t *tags, size_t s0,
                       size_t s1) {
  for (size_t i = s0; i < s1; i++) {
    const ner_tok_t *t = &d->toks[i];
    unsigned bits;
    size_t n, k;
    if (t->gaz_pos != NER_POS_FIRST || !(t->gaz & NER_GAZ_ORG) ||
        tags[i] != NER_O || t->cap == NER_CAP_NONE || t->sent_caps)
      continue;
    n = ner_gaz_match(d, i, &bits);
    if (!n || !(bits & NER_GAZ_ORG))
      continue;
    for (k = i; k < i + n; k++) {
      const ner_tok_t *x = &d->toks[k];
      if (tags[k] != NER_O || x->cap == NER_CAP_NONE ||
          (x->cap == NER_CAP_TITLE && (x->dict & NER_DICT_LOWER)))
        break;
    }
    if (k < i + n || (i + n < s1 && tags[i + n] != NER_O) ||
        (i > s0 && tags[i - 1] != NER_O))
      continue;
    for (k = i; k < i + n; k++)
      tags[k] = (uint8_t)(k == i ? NER_B(NER_TYPE_ORG) : NER_I(NER_TYPE_ORG));
    i += n - 1;
  }
}

/* "the film Million Dollar Baby": capitalised words the tagger left
** untagged after a lower-case kind of work ("film", "album", ...) are a
** name, which emit() labels a WORK_OF_ART, when they may be its title
** (works.c after_work_cue: not "the film Tom Hanks ..."). */
static void work_titles(const ner_doc_t *d, uint8_t *tags, size_t s0,
                        size_t s1) {
  for (size_t i = s0 + 1; i < s1; i++) {
    size_t e = i;
    if (tags[i] != NER_O || d->toks[i].cap != NER_CAP_TITLE ||
        !work_frame(d, i))
      continue;
    while (e < s1 && tags[e] == NER_O && d->toks[e].kind == NLP_TOKEN_WORD &&
           d->toks[e].cap != NER_CAP_NONE)
      e++;
    if (!after_work_cue(d, i, e))
      continue;
    for (size_t k = i; k < e; k++)
      tags[k] = (uint8_t)(k == i ? NER_B(NER_TYPE_MISC) : NER_I(NER_TYPE_MISC));
    i = e - 1;
  }
}

/* Which rules can tag a token of the sentence [s0, s1), from the tokens
** alone: RULE_QUOTES when a token is a double quote (mail_names),
** RULE_PAREN when a token is an opening bracket (acronym_tags), RULE_TABLE
** when there are numbers and no lower-case word (table_line),
** RULE_KNOWN_ORG when a known organisation's name opens at a token
** (known_orgs), RULE_CAP_AFTER_LOWER when a capitalised word follows a
** lower-case one (work_titles). One pass instead of one per rule: most
** sentences have none, and a rule that cannot fire is skipped. */
enum {
  RULE_QUOTES = 2,
  RULE_PAREN = 4,
  RULE_TABLE = 8,
  RULE_KNOWN_ORG = 16,
  RULE_CAP_AFTER_LOWER = 32
};

/* The RULE_* bits of the sentence [s0, s1). */
static unsigned sentence_rules(const ner_doc_t *d, size_t s0, size_t s1) {
  unsigned r = 0;
  int lower = 0, number = 0;
  for (size_t i = s0; i < s1; i++) {
    const ner_tok_t *t = &d->toks[i];
    r |= (unsigned)is_dquote(d, t) * RULE_QUOTES;
    r |= (unsigned)(d->text[t->bs] == '(') * RULE_PAREN;
    lower |= t->kind == NLP_TOKEN_WORD && t->cap == NER_CAP_NONE;
    number |= t->kind == NLP_TOKEN_NUMBER;
    r |= (unsigned)(t->gaz_pos == NER_POS_FIRST && (t->gaz & NER_GAZ_ORG)) *
         RULE_KNOWN_ORG;
    r |= (unsigned)(i > s0 && t->cap == NER_CAP_TITLE &&
                    ((t[-1].cap == NER_CAP_NONE &&
                      t[-1].kind == NLP_TOKEN_WORD) ||
                     t[-1].kind == NLP_TOKEN_PUNCT)) *
         RULE_CAP_AFTER_LOWER;
  }
  return r | (unsigned)(number && !lower) * RULE_TABLE;
}

/* The rules, in the order they run; each runs when the sentence has what
** it needs (sentence_rules). Last, a line of a results table tags its
** teams (table_line, tables.c) and keeps all its names (emit.c). */
static const struct {
  unsigned when;
  void (*rule)(const ner_doc_t *d, uint8_t *tags, size_t s0, size_t s1);
} RETAG_RULES[] = {
    {RULE_QUOTES, mail_names},           /* "Ryan Reynolds" <rr@example.ca> */
    {RULE_KNOWN_ORG, known_orgs},        /* "In Texas, BP shut ..." */
    {RULE_PAREN, acronym_tags},          /* "Budapest Stock Exchange (BSE)" */
    {RULE_CAP_AFTER_LOWER, work_titles}, /* "the film Million Dollar Baby" */
};

void retag_sentence(nlp_entities_t *it, const ner_doc_t *d, uint8_t *tags,
                    size_t s0, size_t s1) {
  unsigned rules = sentence_rules(d, s0, s1);
  for (size_t k = 0; k < sizeof RETAG_RULES / sizeof RETAG_RULES[0]; k++)
    if (rules & RETAG_RULES[k].when)
      RETAG_RULES[k].rule(d, tags, s0, s1);
  it->table_line = (rules & RULE_TABLE) && table_line(d, tags, s0, s1);
}
