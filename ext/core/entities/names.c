/*
** entities/names.c: the document pass. Each distinct name of the text gets
** one record (intern_all), then the canonical rules run in the order of
** canonicalise(): one label per name, works, acronyms, surnames, aliases,
** and the fullest PERSON/ORG form that contains it; last, each mention
** takes its name's label where a rule says so (relabel_mentions).
*/
#include <stdlib.h>

#include "text/alloc.h"
#include "text/chars.h"
#include "text/grow.h"
#include "entities/entities_int.h"

#define NAME_HASH_SEED 77 /* ner_hash() of a name's key */

static uint32_t key_hash(const char *k, size_t n) {
  return ner_hash(k, n, NAME_HASH_SEED);
}

/* ---- one record per name ----------------------------------------------------
 */

/* A copy of s[0..n), NUL-terminated, or NULL. */
static char *copy_bytes(const char *s, size_t n) {
  char *c = nlp_mem_malloc(n + 1);
  if (c) {
    memcpy(c, s, n);
    c[n] = 0;
  }
  return c;
}

/* Doubles the hash heads of the names: NLP_OK or NLP_ENOMEM. */
static int names_rehash(nlp_entities_t *it) {
  size_t nh = it->nheads * 2, *heads = nlp_mem_malloc(nh * sizeof *heads);
  if (!heads)
    return NLP_ENOMEM;
  for (size_t j = 0; j < nh; j++)
    heads[j] = NONE;
  for (size_t j = 0; j < it->nnames; j++) {
    size_t b = key_hash(it->names[j].key, it->names[j].len) & (nh - 1);
    it->names[j].next = heads[b];
    heads[b] = j;
  }
  nlp_mem_free(it->heads);
  it->heads = heads;
  it->nheads = nh;
  return NLP_OK;
}

/* Adds the name of ent e: display form text, key key (n bytes each, of
** hash h); sets e->name. */
static int add_name(nlp_entities_t *it, row_t *e, const char *text,
                    const char *key, size_t n, uint32_t h, int allcaps) {
  name_t *a;
  size_t i;
  char *t = copy_bytes(text, n), *k = copy_bytes(key, n);
  if (!t || !k ||
      nlp_grow((void **)&it->names, &it->namecap, it->nnames + 1,
               sizeof *it->names) ||
      (it->nnames * 2 >= it->nheads && names_rehash(it) != NLP_OK)) {
    nlp_mem_free(t);
    nlp_mem_free(k);
    return NLP_ENOMEM;
  }
  i = it->nnames++;
  a = &it->names[i];
  memset(a, 0, sizeof *a);
  a->text = t;
  a->key = k;
  a->len = n;
  a->nwords = 1;
  for (size_t j = 0; j < n; j++)
    a->nwords += key[j] == ' ';
  a->label = e->label;
  a->canon = i;
  a->allcaps = allcaps;
  a->work = e->work_cue;
  a->titled = e->titled;
  if (e->caps_line)
    a->cvotes[e->label]++;
  else
    a->votes[e->label]++;
  a->next = it->heads[h & (it->nheads - 1)];
  it->heads[h & (it->nheads - 1)] = i;
  e->name = i;
  return NLP_OK;
}

/* The surface text of bytes [bs, be) of s into text, with each run of white
** space (and no-break space) as one space, and its key (ASCII lower case)
** into key: their length. *allcaps: two letters or more, none in lower
** case. */
static size_t surface_forms(const char *s, size_t bs, size_t be, char *text,
                            char *key, int *allcaps) {
  size_t n = 0;
  int upper = 1, letters = 0;
  for (size_t k = bs; k < be; k++) {
    unsigned char b = (unsigned char)s[k];
    int space = b < 0x80 && (nlp_ascii_class[b] & NLP_C_SPACE);
    if (b == 0xC2 && k + 1 < be && (unsigned char)s[k + 1] == 0xA0) {
      space = 1; /* no-break space */
      k++;
    }
    if (space) {
      if (n && text[n - 1] != ' ') {
        text[n] = key[n] = ' ';
        n++;
      }
      continue;
    }
    text[n] = (char)b;
    key[n++] = (char)(b >= 'A' && b <= 'Z' ? b + 32 : b);
    if (b >= 'a' && b <= 'z')
      upper = 0;
    if ((b | 32) >= 'a' && (b | 32) <= 'z')
      letters++;
  }
  *allcaps = upper && letters >= 2;
  return n;
}

/* The name of key[0..n) (hash h), or NONE. */
static size_t find_name(const nlp_entities_t *it, const char *key, size_t n,
                        uint32_t h) {
  size_t i;
  for (i = it->heads[h & (it->nheads - 1)]; i != NONE; i = it->names[i].next)
    if (it->names[i].len == n && !memcmp(it->names[i].key, key, n))
      break;
  return i;
}

size_t name_index(const nlp_entities_t *it, const char *key, size_t n) {
  return find_name(it, key, n, key_hash(key, n));
}

/* Interns the surface form of ent e; sets e->name. The forms are made in a
** buffer on the stack when they fit: most mentions repeat a name already
** known, which keeps copies of its own. */
static int intern(nlp_entities_t *it, row_t *e) {
  char small[256], *buf;
  size_t cap = (e->be - e->bs) + 1, n, i;
  uint32_t h;
  int allcaps, rc = NLP_OK;
  buf = 2 * cap <= sizeof small ? small : nlp_mem_malloc(2 * cap);
  if (!buf)
    return NLP_ENOMEM;
  n = surface_forms(it->text, e->bs, e->be, buf, buf + cap, &allcaps);
  h = key_hash(buf + cap, n);
  i = find_name(it, buf + cap, n, h);
  if (i == NONE) {
    rc = add_name(it, e, buf, buf + cap, n, h, allcaps);
  } else if (it->names[i].allcaps && !allcaps) {
    /* keep the mixed-case spelling when one is seen */
    char *t = copy_bytes(buf, n);
    if (t) {
      nlp_mem_free(it->names[i].text);
      it->names[i].text = t;
      it->names[i].allcaps = 0;
    } else {
      rc = NLP_ENOMEM;
    }
  }
  if (i != NONE && rc == NLP_OK) {
    e->name = i;
    if (e->caps_line)
      it->names[i].cvotes[e->label]++;
    else
      it->names[i].votes[e->label]++;
    it->names[i].work |= e->work_cue;
    it->names[i].titled |= e->titled;
  }
  if (rc == NLP_OK)
    name_cues(&it->names[e->name], e);
  if (buf != small)
    nlp_mem_free(buf);
  return rc;
}

int intern_all(nlp_entities_t *it) {
  int rc = NLP_OK;
  for (size_t i = 0; i < it->nrows && rc == NLP_OK; i++)
    rc = intern(it, row_at(it, i));
  return rc;
}

void names_free(nlp_entities_t *it) {
  for (size_t i = 0; i < it->nnames; i++) {
    nlp_mem_free(it->names[i].text);
    nlp_mem_free(it->names[i].key);
  }
  nlp_mem_free(it->names);
  nlp_mem_free(it->heads);
}

/* ---- the canonical rules
 * ------------------------------------------------------ */

/* The one label of a name's mentions outside headlines, or -1 when they
** have none or several. */
static int body_label(const name_t *a) {
  int one = -1;
  for (int l = 0; l <= NLP_LABEL_MISC; l++)
    if (a->votes[l]) {
      if (one >= 0)
        return -1;
      one = l;
    }
  return one;
}

/* A name's mentions of label l, in headlines or not. */
static unsigned votes_of(const name_t *a, int l) {
  return a->votes[l] + a->cvotes[l];
}

/* One label per name for the canonical rules: the most frequent among its
** mentions (the first seen on a tie). */
static void vote_labels(nlp_entities_t *it) {
  for (size_t i = 0; i < it->nnames; i++) {
    name_t *a = &it->names[i];
    nlp_label_t best = a->label;
    if (!is_name_label(a->label))
      continue;
    for (int l = 0; l <= NLP_LABEL_MISC; l++)
      if (is_name_label((nlp_label_t)l) && votes_of(a, l) > votes_of(a, best))
        best = (nlp_label_t)l;
    a->label = best;
  }
}

/* Whether a PERSON name of two to four words holds name i as its first or
** last words. */
static int in_person_name(const nlp_entities_t *it, const cx_t *c, size_t i) {
  for (int pass = 0; pass < 2; pass++)
    for (size_t e = pass ? cx_longer_prefix(c, i) : cx_longer_suffix(c, i);
         e != NONE; e = c->lnext[e]) {
      const name_t *b = &it->names[c->lname[e]];
      if (b->label == NLP_LABEL_PERSON && b->nwords <= 4)
        return 1;
    }
  return 0;
}

/* A one-word PERSON or MISC name i that opens a two-word place name ending
** in a place word ("Yangtze" after "Yangtze River", place_last.txt) is that
** place, unless a person's name holds it too ("Ricki" of "Ricki Lake"). */
static void place_label(nlp_entities_t *it, const cx_t *c, size_t i) {
  name_t *a = &it->names[i];
  if (a->titled)
    return; /* "Mr Yarra" ... "the Yarra River": a person too */
  for (size_t e = cx_longer_prefix(c, i); e != NONE; e = c->lnext[e]) {
    size_t j = c->lname[e];
    const name_t *b = &it->names[j];
    const char *sp;
    const nlp_list_word *l;
    if (b->nwords != 2 ||
        (b->label != NLP_LABEL_LOC && b->label != NLP_LABEL_FAC))
      continue;
    sp = strchr(b->key, ' ');
    if (!sp)
      continue;
    l = nlp_list_find_lower(sp + 1, strlen(sp + 1));
    if (!nlp_list_word_in(l, NLP_LIST_ENTITIES_PLACE_LAST))
      continue;
    /* a MISC word only before water: "Yangtze" of "Yangtze River"; not the
    ** adjective of "Olympic Stadium", "Olympic Mountains" */
    if (a->label == NLP_LABEL_MISC &&
        !nlp_list_word_in(l, NLP_LIST_ENTITIES_WATERS))
      continue;
    if (in_person_name(it, c, i))
      return;
    a->label = b->label;
    a->to_place = 1;
    a->canon = j;
    return;
  }
}

/* A one-word name that is the last word of a storm's name is that EVENT:
** "Rita" after "Hurricane Rita" (the first such name). */
static void storm_name(nlp_entities_t *it, const cx_t *c, size_t i) {
  name_t *a = &it->names[i];
  for (size_t e = cx_longer_suffix(c, i); e != NONE; e = c->lnext[e]) {
    size_t j = c->lname[e];
    const name_t *b = &it->names[j];
    if (b->label != NLP_LABEL_EVENT || b->nwords != 2)
      continue;
    /* its first word ("hurricane"): the key is in lower case */
    if (nlp_list_word_in(nlp_list_find(b->key, strcspn(b->key, " ")),
                         NLP_LIST_ENTITIES_STORM_KINDS)) {
      a->label = NLP_LABEL_EVENT;
      a->to_event = 1;
      a->canon = j;
      return;
    }
  }
}

/* A one-word name that is the last word of a PERSON's full name is that
** PERSON: "Mayorkas" after "Alejandro Mayorkas". */
static void surname(nlp_entities_t *it, const cx_t *c, size_t i) {
  name_t *a = &it->names[i];
  for (size_t e = cx_longer_suffix(c, i); e != NONE; e = c->lnext[e]) {
    const name_t *b = &it->names[c->lname[e]];
    if (b->label == NLP_LABEL_PERSON && b->nwords >= 2 && b->nwords <= 4) {
      a->label = NLP_LABEL_PERSON;
      a->to_person = 1;
      return;
    }
  }
}

/* The one-word names: a storm's name (storm_name), else a place's first
** word (place_label), else a person's surname (surname). */
static void surname_labels(nlp_entities_t *it, const cx_t *c) {
  for (size_t i = 0; i < it->nnames; i++) {
    name_t *a = &it->names[i];
    if (a->nwords != 1 || !is_name_label(a->label))
      continue;
    storm_name(it, c, i);
    if (!a->to_event &&
        (a->label == NLP_LABEL_PERSON || a->label == NLP_LABEL_MISC))
      place_label(it, c, i);
    if (!a->to_event && !a->to_place && a->label != NLP_LABEL_PERSON &&
        a->label != NLP_LABEL_NORP)
      surname(it, c, i);
  }
}

/* "EAGLE PASS" -> "Eagle Pass" (ASCII letters only). */
static void title_case(char *s) {
  int start = 1;
  for (; *s; s++) {
    unsigned char b = (unsigned char)*s;
    if ((b | 32) >= 'a' && (b | 32) <= 'z') {
      *s = (char)(start ? (b & ~32) : (b | 32));
      start = 0;
    } else {
      start = b == ' ' || b == '-' || b == '\'' || b == '.' || b == '(';
    }
  }
}

/* The canonical name and label of a name written another way ("U.S.":
** "United States", a GPE; data/lists/entities/place_aliases.txt and
** org_aliases.txt), or NULL. */
static const nlp_list_item *alias_of(const name_t *a, nlp_label_t *label) {
  const nlp_list_word *w = nlp_list_find(a->key, a->len);
  const nlp_list_item *item =
      nlp_list_word_item(w, NLP_LIST_ENTITIES_PLACE_ALIASES);
  *label = NLP_LABEL_GPE;
  if (!item) {
    item = nlp_list_word_item(w, NLP_LIST_ENTITIES_ORG_ALIASES);
    *label = NLP_LABEL_ORG;
  }
  return item;
}

/* Another name of a country ("Britain": "United Kingdom";
** data/lists/entities/country_aliases.txt): it gives the canonical name
** only, never a label. NULL if none. */
static const nlp_list_item *country_alias_of(const name_t *a) {
  return nlp_list_word_item(nlp_list_find(a->key, a->len),
                            NLP_LIST_ENTITIES_COUNTRY_ALIASES);
}

/* "U.S." -> "United States" (alias_of, for a place, organisation or MISC);
** "Britain" -> "United Kingdom" (country_alias_of, the name only); a name
** in capitals in title case, but short acronyms ("CNN", "NATO").
** NLP_OK or NLP_ENOMEM. */
static int alias_names(nlp_entities_t *it) {
  for (size_t i = 0; i < it->nnames; i++) {
    name_t *a = &it->names[i];
    const nlp_list_item *alias = NULL;
    nlp_label_t label;
    int place = a->label == NLP_LABEL_GPE || a->label == NLP_LABEL_ORG ||
                a->label == NLP_LABEL_LOC || a->label == NLP_LABEL_MISC;
    if (place && (alias = alias_of(a, &label)) == NULL &&
        (alias = country_alias_of(a)) != NULL)
      label = NLP_LABEL_COUNT; /* the name only */
    if (alias) {
      char *t = copy_bytes(alias->data, strlen(alias->data));
      if (!t)
        return NLP_ENOMEM;
      nlp_mem_free(a->text);
      a->text = t;
      a->allcaps = 0;
      if (label != NLP_LABEL_COUNT)
        a->alias_label = (int)label + 1;
    }
    if (a->allcaps && (a->len > 4 || a->nwords > 1))
      title_case(a->text);
  }
  return NLP_OK;
}

/* The canonical name of PERSON or ORG name i: the longest name of its
** label that ends with it (for a PERSON, or opens with it) and holds every
** other such name ("Mayorkas" -> "Alejandro Mayorkas"); none when two such
** names do not hold each other (the mention could belong to two people). */
static void fullest_name(nlp_entities_t *it, const cx_t *c, size_t i) {
  name_t *a = &it->names[i];
  size_t best = NONE, es, ep;
  int ambiguous = 0;
  /* the longer names that end with a, and for a PERSON those that open
  ** with it: two lists in name order, merged */
  es = cx_longer_suffix(c, i);
  ep = a->label == NLP_LABEL_PERSON ? cx_longer_prefix(c, i) : NONE;
  while (es != NONE || ep != NONE) {
    size_t j;
    const name_t *b;
    if (ep == NONE || (es != NONE && c->lname[es] <= c->lname[ep])) {
      j = c->lname[es];
      if (ep != NONE && c->lname[ep] == j)
        ep = c->lnext[ep]; /* both the first and the last words */
      es = c->lnext[es];
    } else {
      j = c->lname[ep];
      ep = c->lnext[ep];
    }
    b = &it->names[j];
    if (j == i || b->label != a->label || b->nwords <= a->nwords)
      continue;
    if (best == NONE || b->nwords > it->names[best].nwords) {
      /* a longer candidate must contain the shorter one */
      ambiguous =
          best != NONE && !cx_suffix(c, best, j) && !cx_prefix(c, best, j);
      best = j;
    } else if (!cx_suffix(c, j, best) && !cx_prefix(c, j, best)) {
      ambiguous = 1;
    }
  }
  if (best != NONE && !ambiguous)
    a->canon = best;
}

/* The canonical rules, in order. */
int canonicalise(nlp_entities_t *it) {
  cx_t c;
  vote_labels(it);   /* one label per name */
  work_labels(it);   /* "the film Ray": WORK_OF_ART (works.c) */
  acronym_links(it); /* "(BSE)": the name it abbreviates (acronyms.c) */
  if (cx_build(&c, it) != NLP_OK)
    return NLP_ENOMEM;
  surname_labels(it, &c);  /* "Rita", "Yangtze", "Mayorkas" */
  evidence_labels(it, &c); /* "Rover said its ...": ORG (evidence.c) */
  /* "U.S.": "United States"; "EAGLE PASS" */
  if (alias_names(it) != NLP_OK) {
    cx_free(&c);
    return NLP_ENOMEM;
  }
  for (size_t i = 0; i < it->nnames; i++)
    if ((it->names[i].label == NLP_LABEL_PERSON ||
         it->names[i].label == NLP_LABEL_ORG) &&
        !it->names[i].acronym_of)
      fullest_name(it, &c, i); /* "Mayorkas": "Alejandro Mayorkas" */
  /* an acronym's canonical name is its name's, once that is settled */
  for (size_t i = 0; i < it->nnames; i++)
    if (it->names[i].acronym_of)
      it->names[i].canon = it->names[it->names[i].acronym_of - 1].canon;
  cx_free(&c);
  return NLP_OK;
}

/* Rule headline_label: a mention in a headline takes the one label of its
** name in the body when either is a person's, or it is no known place:
** "VOLCKER SAYS" after "Paul Volcker", "KLONDIKE SHARES FALL" over
** "Klondike shares". Cities in capitals stay places ("DETROIT AT TORONTO",
** a fixture list, over "Detroit" the team). */
static int headline_label(const row_t *e, const name_t *nm) {
  int b = e->caps_line ? body_label(nm) : -1;
  return b >= 0 && (nlp_label_t)b != e->label &&
         (b == NLP_LABEL_PERSON || e->label == NLP_LABEL_PERSON ||
          !e->known_place);
}

/* Mentions keep their own labels (a city's name may also be its team's),
** except where their name's rules say: a storm's name, a work's title (not
** "Kermode" the critic, elsewhere), a place, an acronym, a surname of a
** person named in full, an alias. */
void relabel_mentions(nlp_entities_t *it) {
  for (size_t i = 0; i < it->nrows; i++) {
    row_t *e = row_at(it, i);
    const name_t *nm = &it->names[e->name];
    if (!is_name_label(e->label))
      continue;
    if (nm->to_event)
      e->label = NLP_LABEL_EVENT;
    else if (nm->work && (e->label != NLP_LABEL_PERSON || nm->nwords > 1 ||
                          e->work_cue || nm->label == NLP_LABEL_PRODUCT))
      e->label = nm->label;
    else if (nm->to_place || nm->acronym_label ||
             (nm->acronym_of && e->label == NLP_LABEL_MISC))
      e->label = nm->label;
    else if (nm->to_org && e->label == NLP_LABEL_PERSON)
      e->label = NLP_LABEL_ORG;
    else if (nm->to_person ||
             (nm->label == NLP_LABEL_PERSON && e->label != NLP_LABEL_NORP))
      e->label = NLP_LABEL_PERSON;
    else if (nm->alias_label &&
             (e->label == NLP_LABEL_MISC || e->label == NLP_LABEL_ORG ||
              e->label == NLP_LABEL_LOC || e->label == NLP_LABEL_GPE))
      e->label = (nlp_label_t)(nm->alias_label - 1);
    else if (headline_label(e, nm))
      e->label = (nlp_label_t)body_label(nm);
  }
}
