/*
** entities/tables.c: lines of results and standings tables ("Orrell 13
** Bath 56", "Stoke 4 3 1 0 7 4 10"): their teams are organisations, even
** when they are common words elsewhere ("Sale", "Wasps").
*/
#include "entities/entities_int.h"

/* Whether token t may be a word of a team's name in a results table: a
** capitalised word without digits, not a month or a day (in full or
** shortened: numex's calendar words, which leave out "Mon", and the shared
** list of weekday abbreviations). */
static int team_word(const ner_doc_t *d, const ner_tok_t *t) {
  if (t->kind != NLP_TOKEN_WORD || t->cap == NER_CAP_NONE ||
      nlp_numex_is_calendar_word(d->text + t->bs, t->be - t->bs) ||
      nlp_list_word_in(tok_word(d, t), NLP_LIST_COMMON_WEEKDAY_ABBREVIATIONS))
    return 0;
  for (size_t k = t->bs; k < t->be; k++)
    if (d->text[k] >= '0' && d->text[k] <= '9')
      return 0;
  return 1;
}

/* Whether token t is a score: one to three digits. */
static int score(const ner_doc_t *d, const ner_tok_t *t) {
  if (t->kind != NLP_TOKEN_NUMBER || t->be - t->bs > 3)
    return 0;
  for (size_t k = t->bs; k < t->be; k++)
    if (d->text[k] < '0' || d->text[k] > '9')
      return 0;
  return 1;
}

/* Whether tokens [a, b) are a whole line of a results or standings table:
** names of one to four team words, each followed by scores, two names or
** more, or one and six scores or more ("Orrell 13 Bath 56", "Stoke 4 3 1 0
** 7 4 10"). *known is set when a word of a name is tagged or is not only a
** common word of the word list ("Orrell"; not "Sale", "Revenue"). */
static int table_row(const ner_doc_t *d, const uint8_t *tags, size_t a,
                     size_t b, int *known) {
  size_t names = 0, scores = 0, i = a;
  const ner_tok_t *x = &d->toks[a], *z = &d->toks[b - 1];
  if ((x->bs > 0 && d->text[x->bs - 1] != '\n') ||
      (z->be < d->len && d->text[z->be] != '\n' && d->text[z->be] != '\r'))
    return 0; /* not a whole line */
  while (i < b) {
    size_t k = i;
    while (k < b && k - i < 5 && team_word(d, &d->toks[k])) {
      *known |= tags[k] != NER_O || d->toks[k].dict != NER_DICT_LOWER;
      k++;
    }
    if (k == i || k - i > 4 || k == b || !score(d, &d->toks[k]))
      return 0;
    names++;
    for (i = k; i < b && score(d, &d->toks[i]); i++)
      scores++;
  }
  return names >= 2 || scores >= 6;
}

/* A line of a results or standings table (table_row) next to another one,
** in a table where some name is more than a common word, names teams: an
** untagged name there is an ORG ("Bath", "Sale", "Wasps": common words
** elsewhere), and emit() keeps them all. One line alone ("Room 101 Floor
** 3") or a table of common words ("Revenue 120 ...", "Profit 12 ...") is
** none. */
int table_line(const ner_doc_t *d, uint8_t *tags, size_t s0, size_t s1) {
  int known = 0, prev = 0, next = 0;
  if (!table_row(d, tags, s0, s1, &known))
    return 0;
  if (s0 > 0)
    prev = table_row(d, tags, d->toks[s0 - 1].sent_first, s0, &known);
  if (s1 < d->ntoks)
    next = table_row(d, tags, s1, d->toks[s1].sent_end, &known);
  if (!(prev || next) || !known)
    return 0;
  for (size_t i = s0; i < s1;) {
    size_t k = i, untagged = 1;
    while (k < s1 && team_word(d, &d->toks[k]))
      untagged &= tags[k++] == NER_O;
    if (untagged)
      for (size_t j = i; j < k; j++)
        tags[j] = (uint8_t)(j == i ? NER_B(NER_TYPE_ORG) : NER_I(NER_TYPE_ORG));
    for (i = k; i < s1 && score(d, &d->toks[i]); i++)
      ;
  }
  return 1;
}
