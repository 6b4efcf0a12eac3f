/*
** names.c: a speaker's name, from the noun phrase of a reporting verb
** (name_of), and the full names of the block a surname stands for.
** A small heuristic (capitalised words, titles stripped) that gives way to
** the entity finder's canonical names where it has one (persons.c).
*/
#include <string.h>

#include "quotes/quotes_int.h"
#include "segment/abbrev.h"

/* The gender of the name p[0..n) from its first word: "Mark Hale" a man,
** "Hale" unknown (one word: a surname as often as not). */
enum gender quotes_given_name_gender(const char *p, size_t n) {
  size_t w = 0;
  while (w < n && p[w] != ' ')
    w++;
  if (w == n)
    return GENDER_UNKNOWN;
  if (nlp_list_has(NLP_LIST_QUOTES_GIVEN_NAMES_MALE, p, w))
    return GENDER_MALE;
  if (nlp_list_has(NLP_LIST_QUOTES_GIVEN_NAMES_FEMALE, p, w))
    return GENDER_FEMALE;
  return GENDER_UNKNOWN;
}

/* Whether the word t is a month or a day, capitalised: "May", "Monday". */
static int is_calendar_word(const tok_t *t, const unsigned char *text) {
  return text[t->s] >= 'A' && text[t->s] <= 'Z' &&
         (tok_in_fold(t, NLP_LIST_COMMON_MONTHS) ||
          tok_in_fold(t, NLP_LIST_COMMON_WEEKDAYS));
}

/* Whether the name p[0..n) can stand for "he" or "she": two words or more,
** not an organisation, place or event, not all capitals. */
int quotes_person_like(const char *p, size_t n) {
  size_t k = n, words = 1, caps = 0, letters = 0;
  for (size_t i = 0; i < n; i++) {
    if (p[i] == ' ')
      words++;
    if (p[i] >= 'A' && p[i] <= 'Z')
      caps++;
    if ((p[i] >= 'A' && p[i] <= 'Z') || (p[i] >= 'a' && p[i] <= 'z'))
      letters++;
  }
  if (words < 2 || words > 4 || caps == letters)
    return 0;
  for (size_t i = 0, w = 0, up = 0; i <= n; i++) {
    /* "Group B", "CEC Systems": no one-letter word, no acronym. */
    if (i == n || p[i] == ' ') {
      if (w == 1 && !(i < n && i >= 1 && p[i - 1] == '.'))
        return 0;
      if (w >= 2 && up == w)
        return 0;
      w = up = 0;
    } else if (p[i] != '.') {
      w++;
      if (p[i] >= 'A' && p[i] <= 'Z')
        up++;
    }
  }
  k = 0;
  while (k < n && p[k] != ' ')
    k++;
  if (k < n && nlp_list_has(NLP_LIST_QUOTES_ORG_NAME_WORDS, p, k))
    return 0; /* "Labour Party", first word "Union" */
  k = n;
  while (k > 0 && p[k - 1] != ' ')
    k--;
  return !nlp_list_has(NLP_LIST_QUOTES_ORG_NAME_WORDS, p + k, n - k) &&
         !nlp_list_has(NLP_LIST_QUOTES_PLACE_NAME_WORDS, p + k, n - k);
}

/* Whether the word at k ends in a possessive 's: "Clark's". */
static int is_possessive(nlp_quotes_t *it, size_t k) {
  const tok_t *t = &it->toks[k];
  const unsigned char *w = it->text + t->s;
  size_t n = t->e - t->s;
  if (n >= 2 && w[n - 2] == '\'' && w[n - 1] == 's')
    return 1;
  if (n >= 4 && memcmp(w + n - 4, "\xE2\x80\x99s", 4) == 0)
    return 1;
  return 0;
}

/* Remembers the full name [a, b) of the block. */
static void remember_name(nlp_quotes_t *it, size_t a, size_t b) {
  name_t *n = &it->names[it->nnames++ % NAMES_MAX];
  const tok_t *ta = &it->toks[a], *tb = &it->toks[b - 1];
  n->p = (const char *)it->text + ta->s;
  n->n = tb->e - ta->s;
  n->last = (const char *)it->text + tb->s;
  n->lastn = tb->e - tb->s;
}

/* Strips leading titles from the capitalised run [a, b); the rest, or
** a == b when only titles remain. Connecting "of"/"for" go with them. */
static size_t strip_titles(nlp_quotes_t *it, size_t a, size_t b) {
  while (a < b) {
    const tok_t *t = &it->toks[a];
    if (tok_in(t, NLP_LIST_QUOTES_TITLES_BEFORE_NAME) ||
        ((t->flags & F_CAP) && a + 1 < b &&
         tok_in_fold(t, NLP_LIST_QUOTES_ROLE_NOUNS)) ||
        (t->type == T_WORD && !(t->flags & F_CAP) && a + 1 < b &&
         tok_in(t, NLP_LIST_QUOTES_TITLE_LINKS)))
      a++;
    else
      break;
  }
  return a;
}

/* Where the name starts in the capitalised run [a, b): after its last
** title ("Bank of England Governor Mark Hale"), or a when it has none or
** only titles. */
static size_t after_titles(nlp_quotes_t *it, size_t a, size_t b) {
  size_t k = b;
  while (k > a && !tok_in(&it->toks[k - 1], NLP_LIST_QUOTES_TITLES_BEFORE_NAME))
    k--;
  return k < b ? k : a;
}

/* Records the full names (two to four capitalised words, titles left out)
** of the block, so that a later "Wayne" or "Mr Wayne" maps to "Earl Anthony
** Wayne". */
void quotes_collect_names(nlp_quotes_t *it) {
  size_t i = 0;
  while (i < it->ntoks) {
    size_t a = i, b, s;
    if (!is_cap_word(&it->toks[i]) || (it->toks[i].flags & F_INQ)) {
      i++;
      continue;
    }
    b = a + 1;
    while (b < it->ntoks && !(it->toks[b].flags & F_INQ) &&
           (is_cap_word(&it->toks[b]) ||
            (tok_in(&it->toks[b], NLP_LIST_QUOTES_NAME_PARTICLES) &&
             b + 1 < it->ntoks && is_cap_word(&it->toks[b + 1]))))
      b++;
    i = b;
    if (b - a < 2)
      continue; /* one word: no full name */
    s = after_titles(it, a, b);
    if (s == a)
      s = strip_titles(it, a, b);
    while (s < b && is_calendar_word(&it->toks[s], it->text))
      s++;
    for (size_t k = s; k + 1 < b; k++)
      if (is_possessive(it, k))
        s = k + 1; /* "September's Hartlepool" */
    if (s < b && nlp_is_sentence_starter((const char *)it->text + it->toks[s].s,
                                         it->toks[s].e - it->toks[s].s))
      s++;
    if (b - s >= 2 && b - s <= 4)
      remember_name(it, s, b);
  }
}

/* 1. Whether the phrase [a, *b) is a description, not a name: two people
** ("Smith and Jones"), "the American", "a spokesman" (but "a proud coach
** Mike Ruddock" goes on). Drops letters after a name: "Frank Field MP". */
static int is_description(nlp_quotes_t *it, size_t a, size_t *b) {
  const tok_t *t = it->toks;
  size_t q;
  for (size_t k = a; k < *b; k++)
    if (word_eq(&t[k], it->text, "and") || t[k].cp == ',')
      return 1;
  while (*b - a > 1 && tok_in(&t[*b - 1], NLP_LIST_QUOTES_POSTNOMINALS))
    (*b)--;
  if (word_eq(&t[a], it->text, "the") && *b - a == 2 && is_cap_word(&t[a + 1]))
    return 1;
  if (!tok_in_fold(&t[a], NLP_LIST_QUOTES_INDEFINITE_WORDS))
    return 0;
  q = *b;
  while (q > a && is_cap_word(&t[q - 1]))
    q--;
  return q == *b || q == a || !tok_in(&t[q - 1], NLP_LIST_QUOTES_ROLE_NOUNS);
}

/* The capitalised run at the end of the phrase [a, b), after a possessive:
** "Labour's Kate Doyle" -> "Kate Doyle". */
static size_t end_run(nlp_quotes_t *it, size_t a, size_t b) {
  const tok_t *t = it->toks;
  size_t r = b;
  while (r > a &&
         (is_cap_word(&t[r - 1]) ||
          (r - 1 > a && tok_in(&t[r - 1], NLP_LIST_QUOTES_NAME_PARTICLES))))
    r--;
  for (size_t k = r; k + 1 < b; k++)
    if (is_possessive(it, k))
      r = k + 1;
  return r;
}

/* The capitalised run at the start of the phrase [a, b), titles left out,
** when it is the name rather than the run at the end r: "Dr Mark Tuffy,
** games director at THX". Sets [*l, *le); 0 when the end run is meant. */
static int lead_run(nlp_quotes_t *it, size_t a, size_t b, size_t r, size_t *l,
                    size_t *le) {
  const tok_t *t = it->toks;
  *l = *le = strip_titles(it, a, b);
  while (*le < b && is_cap_word(&t[*le]) && !is_possessive(it, *le))
    (*le)++;
  return *le > *l && *le < b && !(t[*le].flags & F_CAP) && r > a &&
         (b - r == 1 || tok_in(&t[r - 1], NLP_LIST_QUOTES_PREPOSITIONS)) &&
         !(r < b && r > a && tok_in(&t[r - 1], NLP_LIST_QUOTES_ROLE_NOUNS)) &&
         !(r < b && after_titles(it, r, b) > r);
}

/* Whether the name run at r hangs on a preposition after a plain noun: "a
** spokesman for Unison" is the phrase, not Unison. */
static int run_of_noun(nlp_quotes_t *it, size_t a, size_t r, size_t b) {
  const tok_t *w;
  if (r <= a)
    return 0;
  w = &it->toks[r - 1];
  if (!(after_titles(it, r, b) == r && !tok_in(w, NLP_LIST_QUOTES_ROLE_NOUNS) &&
        !is_cap_word(w) && !tok_in(w, NLP_LIST_QUOTES_TITLES_BEFORE_NAME)))
    return 0;
  return tok_in(w, NLP_LIST_QUOTES_NOUN_LINKS);
}

/* 2. The name's run of the phrase [a, *b): [*r, *b), or 0 when it has none
** ("the minister", "Homeland Security officials"). */
static int name_run(nlp_quotes_t *it, size_t a, size_t *b, size_t *r) {
  size_t l, le;
  *r = end_run(it, a, *b);
  if (lead_run(it, a, *b, *r, &l, &le)) {
    *r = l, *b = le;
    return 1;
  }
  return *r != *b && !run_of_noun(it, a, *r, *b);
}

/* 3. Where the name starts in its run [r, b): after the titles ("Foreign
** Secretary Jack Straw"), but an organisation keeps its words, "the
** Justice Department" -> "Justice Department". */
static size_t name_start(nlp_quotes_t *it, size_t r, size_t b) {
  const tok_t *t = it->toks;
  size_t s = r;
  if (tok_in(&t[b - 1], NLP_LIST_QUOTES_ORG_NAME_WORDS)) {
    while (s < b &&
           (word_eq(&t[s], it->text, "The") || word_eq(&t[s], it->text, "A")))
      s++;
    return s;
  }
  s = after_titles(it, r, b);
  return s == r ? strip_titles(it, r, b) : s;
}

/* 4. Whether the name [s, b) of the phrase [a, b) is no name after all:
** only titles ("the President"), a possessive, "Officials", a word that
** starts sentences ("However"). */
static int not_a_name(nlp_quotes_t *it, size_t a, size_t s, size_t b) {
  const tok_t *t = it->toks;
  if (s >= b || is_possessive(it, b - 1))
    return 1;
  if (b - s == 1 && tok_in(&t[s], NLP_LIST_QUOTES_NOT_SPEAKER_NAMES))
    return 1;
  return s == a && b - s == 1 &&
         nlp_is_sentence_starter((const char *)it->text + t[s].s,
                                 t[s].e - t[s].s);
}

/* 5. A surname alone: the most recent full name that ends with it
** ("Wayne" -> "Earl Anthony Wayne"). */
static void full_name(nlp_quotes_t *it, attr_t *out) {
  size_t n = it->nnames < NAMES_MAX ? it->nnames : NAMES_MAX;
  for (size_t j = 0; j < n; j++) {
    const name_t *nm = &it->names[(it->nnames - 1 - j) % NAMES_MAX];
    if (nm->lastn == out->splen && memcmp(nm->last, out->sp, nm->lastn) == 0) {
      out->sp = nm->p;
      out->splen = nm->n;
      return;
    }
  }
}

/* The words of the name p[0..n). */
static size_t count_words(const char *p, size_t n) {
  size_t w = 1;
  for (size_t k = 0; k < n; k++)
    w += p[k] == ' ';
  return w;
}

/* 6. The entity finder's name for the word at ends, when it has more words
** than the one found ("Biden" -> "Joe Biden"). */
static void fuller_entity_name(nlp_quotes_t *it, const tok_t *last,
                               attr_t *out) {
  const char *ep;
  size_t en;
  if (quotes_entity_name(it, last->s, last->e, &ep, &en) &&
      count_words(ep, en) > count_words(out->sp, out->splen) &&
      !memchr(ep, '\'', en)) {
    out->sp = ep;
    out->splen = en;
  }
}

/* THE place where a speaker's name is found. Given the noun phrase [a, b)
** of a speaker, sets out->sp to the name and out->named, or to the phrase
** itself when it holds no name; steps 1 to 6 above, in order. */
void quotes_name_of(nlp_quotes_t *it, size_t a, size_t b, attr_t *out) {
  const tok_t *t = it->toks;
  size_t r, s;
  out->sp = (const char *)it->text + t[a].s;
  out->splen = t[b - 1].e - t[a].s;
  out->named = 0;
  if (is_description(it, a, &b) || !name_run(it, a, &b, &r))
    return;
  s = name_start(it, r, b);
  if (not_a_name(it, a, s, b))
    return;
  out->named = 1;
  out->sp = (const char *)it->text + t[s].s;
  out->splen = t[b - 1].e - t[s].s;
  if (b - s == 1)
    full_name(it, out);
  fuller_entity_name(it, &t[b - 1], out);
}

/* Whether the phrase [a, b) holds a personal title: "Lord Butler". */
int quotes_has_title(nlp_quotes_t *it, size_t a, size_t b) {
  for (size_t k = a; k < b; k++)
    if ((tok_in(&it->toks[k], NLP_LIST_QUOTES_TITLES_BEFORE_NAME) ||
         tok_in_fold(&it->toks[k], NLP_LIST_QUOTES_ROLE_NOUNS)) &&
        !word_eq(&it->toks[k], it->text, "The") &&
        !word_eq(&it->toks[k], it->text, "A") &&
        !word_eq(&it->toks[k], it->text, "An"))
      return 1;
  return 0;
}
