/*
** entities/spans.c: the name spans of a sentence from the tagger's tags.
** A run of tags of one class (B-X I-X ...) is extended (run_end), then the
** rules of span_rules() run on it in order: they trim words that are not
** part of the name, take in words that are, split it in two where it holds
** two names, relabel it, and last emit it (emit.c).
*/
#include "entities/entities_int.h"

/* The end of the name [ts, te) of a sentence ending at s1 with its
** brackets balanced: a bracket left open closes right after the name when it
** holds one short word ("Mladost (BJ)", a club and its town), else the name
** ends before it ("Hizbollah (Party of God": "Hizbollah"). */
static size_t close_bracket(const ner_doc_t *d, size_t ts, size_t te,
                            size_t s1) {
  size_t open = SIZE_MAX, depth = 0; /* the first bracket left open */
  for (size_t k = ts; k < te; k++)
    if (tok_is(d, &d->toks[k], "(")) {
      if (depth++ == 0)
        open = k;
    } else if (tok_is(d, &d->toks[k], ")") && depth > 0 && --depth == 0) {
      open = SIZE_MAX;
    }
  if (open == SIZE_MAX)
    return te;
  if (te == open + 2 && te < s1 && tok_is(d, &d->toks[te], ")") &&
      d->toks[te].bs == d->toks[te - 1].be &&
      d->toks[te - 1].be - d->toks[te - 1].bs <= 3 &&
      d->toks[te - 1].kind == NLP_TOKEN_WORD)
    return te + 1;
  return open;
}

/* Whether tokens [ts, te) of segment [.., s1) are followed by a possessive
** written apart that names the business itself (web text written token by
** token): a lone "s" whose apostrophe was lost ("Wendy s", "Hancock s"), or
** "'s" that ends the phrase ("Del Frisco 's for dinner", "wendy 's ."):
** the length of the possessive in tokens (1), or 0. */
static size_t shop_possessive(const ner_doc_t *d, size_t te, size_t s1) {
  const ner_tok_t *t = d->toks, *p;
  size_t n;
  if (te >= s1 || t[te].bs <= t[te - 1].be || t[te - 1].kind != NLP_TOKEN_WORD)
    return 0;
  p = &t[te];
  if (p->kind == NLP_TOKEN_WORD && p->be - p->bs == 1 && d->text[p->bs] == 's')
    n = 1; /* "Wendy s" */
  else if (is_possessive(d, p))
    n = 1;
  else if (te + 1 < s1 && tok_is_apostrophe(d, p) && t[te + 1].bs == p->be &&
           tok_is(d, &t[te + 1], "s"))
    n = 2; /* "'" + "s" */
  else
    return 0;
  if (te + n == s1)
    return n;
  p = &t[te + n];
  if (p->kind == NLP_TOKEN_PUNCT)
    return p->be - p->bs == 1 && strchr(",.;:?!)", d->text[p->bs]) ? n : 0;
  return p->kind == NLP_TOKEN_WORD && p->cap == NER_CAP_NONE &&
                 nlp_list_word_in(tok_word(d, p), NLP_LIST_ENTITIES_AFTER_SHOP)
             ? n
             : 0;
}

/* Whether a name that starts at token i must end before token j: at a
** lower-case "and"/"or" with two or more words on each side ("Homeland
** Security Alejandro Mayorkas and White House ..."; not "Bosnia and
** Herzegovina"), or where two words are glued ("ImagesCNN", two tokens). */
static int splits(const ner_doc_t *d, const uint8_t *tags, size_t i, size_t j,
                  size_t s1) {
  const ner_tok_t *t = &d->toks[j], *p = t - 1;
  if (is_conj(d, t)) {
    /* "Department of Housing and Urban Development": one name */
    for (size_t k = i + 1; k + 1 < j; k++)
      if (tok_is(d, &d->toks[k], "of") && d->toks[k - 1].cap == NER_CAP_TITLE &&
          d->toks[k + 1].cap == NER_CAP_TITLE &&
          nlp_list_word_in(tok_word(d, &d->toks[k - 1]),
                           NLP_LIST_ENTITIES_ORG_KIND_WORDS)) {
        /* the portfolio is common words ("Housing"; not "of Africa and
        ** Standard Trust Bank") */
        size_t q = k + 1;
        while (q < j && d->toks[q].kind == NLP_TOKEN_WORD &&
               d->toks[q].dict == NER_DICT_LOWER && !d->toks[q].gaz)
          q++;
        if (q == j)
          return 0;
      }
    return j - i >= 2 && j + 2 < s1 && tags[j + 1] == tags[j] &&
           tags[j + 2] == tags[j];
  }
  /* not after an abbreviation's dot ("U." + "S") */
  return p->be == t->bs && p->kind == NLP_TOKEN_WORD &&
         t->kind == NLP_TOKEN_WORD && t->cap != NER_CAP_NONE &&
         d->text[p->be - 1] != '.';
}

/* Whether token t is a capitalised word that can be part of a person's
** name: not only a common lower-case word ("Police", "Security"). */
static int name_word(const ner_tok_t *t) {
  return t->kind == NLP_TOKEN_WORD && t->cap == NER_CAP_TITLE && !is_title(t) &&
         (t->dict != NER_DICT_LOWER || t->gaz);
}

/* Where an ORG (or PERSON) span [ts, te) holds a person after its
** organisation, the token where the person starts (after any titles), with
** the organisation's end in *org_end; else 0:
**   "Homeland Security Secretary Alejandro Mayorkas": a title word inside
**   an ORG, followed by capitalised name words, ends the ORG;
**   "Secretary of Homeland Security Alejandro Mayorkas": after "<title>
**   of", common words (the portfolio) then 1-4 name words. */
static size_t person_split(const ner_doc_t *d, size_t s0, size_t ts, size_t te,
                           int ty, size_t *org_end) {
  const ner_tok_t *t = d->toks;
  if (ty == NER_TYPE_ORG)
    for (size_t k = ts + 1; k + 1 < te; k++) {
      size_t p = k;
      if (!is_title(&t[k]))
        continue;
      while (p < te && is_title(&t[p]))
        p++;
      if (p == te || te - p > 4)
        return 0;
      for (size_t q = p; q < te; q++)
        if (!name_word(&t[q]))
          return 0;
      *org_end = k;
      return p;
    }
  if ((ty == NER_TYPE_ORG || ty == NER_TYPE_PER) && ts >= s0 + 2 &&
      te - ts >= 3 && tok_is(d, &t[ts - 1], "of") && is_title(&t[ts - 2])) {
    size_t k = te;
    while (k > ts && te - k < 4 && name_word(&t[k - 1]))
      k--;
    if (k == ts || te - k < 2 || t[k - 1].cap != NER_CAP_TITLE ||
        t[k - 1].dict != NER_DICT_LOWER || t[k - 1].gaz)
      return 0;
    for (size_t q = ts; q < k; q++)
      if (t[q].kind == NLP_TOKEN_WORD && t[q].cap == NER_CAP_TITLE &&
          (t[q].dict != NER_DICT_LOWER || t[q].gaz))
        return 0; /* a portfolio is made of common words */
    *org_end = k;
    return k;
  }
  return 0;
}

/* Whether the lower-case place (or person) [ts, te) is a place followed by
** its country or state without a comma ("san francisco california"): the
** last word alone is a country or subdivision in the gazetteer, the words
** before it are not one common word nor end in "of". */
static int place_state(const ner_doc_t *d, size_t ts, size_t te, int ty) {
  const ner_tok_t *t = d->toks, *l = &d->toks[te - 1], *p = l - 1;
  int lower = 1;
  if (te - ts < 2 || !(l->gaz & (NER_GAZ_COUNTRY | NER_GAZ_PLACE)) ||
      l->gaz_pos != NER_POS_FIRST || p->kind != NLP_TOKEN_WORD ||
      p->cap != l->cap || tok_is(d, p, "of") || tok_is(d, p, "and"))
    return 0;
  for (size_t k = ts; k < te; k++)
    if (t[k].cap != NER_CAP_NONE)
      lower = 0;
  /* capitalised, "Arab East Jerusalem", "N. Korea" and "Hyatt Regency
  ** Houston" are one name */
  if (!lower || (ty != NER_TYPE_LOC && ty != NER_TYPE_PER))
    return 0;
  if (te - ts == 2 && (t[ts].dict & NER_DICT_LOWER) && !t[ts].gaz)
    return 0; /* "great britain" (when not in the gazetteer) */
  return 1;
}

/* ---- the extent of a run of tags ------------------------------------------
 */

/* "Gulf" + "of" + "Honduras": a place word (loc_words.txt), then an untagged
** "of" and a place name, is one place: the tokens it takes (2) or 0. */
static size_t place_of_place(const ner_doc_t *d, const uint8_t *tags, size_t j,
                             size_t s1, int ty) {
  return j + 1 < s1 && ty == NER_TYPE_LOC && tags[j] == NER_O &&
                 tok_is(d, &d->toks[j], "of") && tags[j + 1] == NER_B(ty) &&
                 d->toks[j + 1].cap != NER_CAP_NONE &&
                 nlp_list_word_in(tok_word(d, &d->toks[j - 1]),
                                  NLP_LIST_ENTITIES_LOC_WORDS)
             ? 2
             : 0;
}

/* "EL" + "SALVADOR": a name the gazetteer knows goes on to its end when the
** tagger began it again inside. */
static int gazetteer_goes_on(const ner_doc_t *d, const uint8_t *tags, size_t i,
                             size_t j, size_t s1, int ty) {
  unsigned bits;
  return j < s1 && tags[j] == NER_B(ty) &&
         d->toks[j].gaz_pos == NER_POS_INSIDE &&
         d->toks[j - 1].gaz_pos != NER_POS_NONE &&
         ner_gaz_match(d, i, &bits) > j - i;
}

/* "Gulf of" + "Mexico": a name that ends in "of" goes on. */
static int of_goes_on(const ner_doc_t *d, const uint8_t *tags, size_t i,
                      size_t j, size_t s1, int ty) {
  return j < s1 && j - i >= 2 && tags[j] == NER_B(ty) &&
         tok_is(d, &d->toks[j - 1], "of") && d->toks[j].cap != NER_CAP_NONE;
}

/* Whether token q is untagged or a name of one word alone. */
static int lone_or_o(const uint8_t *tags, size_t q, size_t s1) {
  return tags[q] == NER_O ||
         (NER_TAG_IS_B(tags[q]) &&
          (q + 1 >= s1 || tags[q + 1] != NER_I(NER_TAG_TYPE(tags[q]))));
}

/* "Nordic Energy Ministers' Conference": an event word after the plural
** possessive of a name joins it, tagged or not, also through one untagged
** capitalised word ("North American" + "Leaders' Summit"): the new end, or
** j. */
static size_t possessive_event(const ner_doc_t *d, const uint8_t *tags,
                               size_t i, size_t j, size_t s1) {
  size_t q = j;
  if (q + 1 < s1 && lone_or_o(tags, q, s1) && tags[q + 1] == NER_O &&
      d->toks[q].kind == NLP_TOKEN_WORD && d->toks[q].cap == NER_CAP_TITLE &&
      tok_is_apostrophe(d, &d->toks[q + 1]))
    q++; /* "Leaders" */
  if (q < s1 && tags[q] == NER_O && q - i >= 1 &&
      tok_is_apostrophe(d, &d->toks[q]))
    q++;
  if (q < s1 && q - i >= 2 && lone_or_o(tags, q, s1) &&
      tok_is_apostrophe(d, &d->toks[q - 1]) &&
      d->text[d->toks[q - 2].be - 1] == 's' &&
      d->toks[q].cap == NER_CAP_TITLE &&
      nlp_list_word_in(tok_word(d, &d->toks[q]), NLP_LIST_ENTITIES_EVENT_LAST))
    return q + 1;
  return j;
}

/* "Freedom of Information" + "Act", "Olympic" + "Stadium": an untagged
** capitalised last word of an event, law, deal or building (event_last,
** law_words, deal_last, fac_last) right after a name of two words or more,
** or of one word in a mixed sentence, joins it: the new end, or j. */
static size_t kind_word_after(const ner_doc_t *d, const uint8_t *tags, size_t j,
                              size_t s1) {
  const nlp_list_word *w;
  if (j >= s1 || tags[j] != NER_O || d->toks[j].cap != NER_CAP_TITLE ||
      d->toks[j].sent_caps)
    return j;
  w = tok_word(d, &d->toks[j]);
  if (nlp_list_word_in(w, NLP_LIST_ENTITIES_EVENT_LAST) ||
      nlp_list_word_in(w, NLP_LIST_ENTITIES_LAW_WORDS) ||
      nlp_list_word_in(w, NLP_LIST_ENTITIES_DEAL_LAST) ||
      nlp_list_word_in(w, NLP_LIST_ENTITIES_FAC_LAST))
    return j + 1;
  return j;
}

/* The end of the run of type ty that starts at token i. */
static size_t run_end(const ner_doc_t *d, const uint8_t *tags, size_t i,
                      size_t s1, int ty) {
  size_t j = i + 1, k;
  for (;;) {
    while (j < s1 && tags[j] == NER_I(ty) && !splits(d, tags, i, j, s1))
      j++;
    if ((k = place_of_place(d, tags, j, s1, ty)) > 0)
      j += k;
    else if (gazetteer_goes_on(d, tags, i, j, s1, ty) ||
             of_goes_on(d, tags, i, j, s1, ty))
      j++;
    else
      break;
  }
  k = possessive_event(d, tags, i, j, s1);
  return k == j ? kind_word_after(d, tags, j, s1) : k;
}

/* ---- the rules on a span ----------------------------------------------------
 */

/* A span and its sentence, as the rules see it. */
typedef struct span {
  nlp_entities_t *it;
  const ner_doc_t *d;
  const uint8_t *tags;
  size_t s0, s1;    /* the sentence's tokens */
  size_t first;     /* the sentence's first entity in it->ents */
  size_t ts, te;    /* the span's tokens */
  size_t next;      /* where the next span may start */
  int ty;           /* its CoNLL class (NER_TYPE_*) */
  int all_monthday; /* all its words are month or day names */
  int rc;           /* NLP_OK, or the error of an emit */
} span_t;

/* What a rule says: go on with the next rule, or the span is done
** (emitted, or dropped). */
enum span_step { SPAN_GO_ON = 0, SPAN_DONE = 1 };

/* Sets the span's end to te; the next span starts after it. */
static void set_end(span_t *s, size_t te) {
  s->te = te;
  if (s->next < te)
    s->next = te;
}

/* Token k of the span's text. */
#define TOK(s, k) (&(s)->d->toks[k])

/* Drops a lower-case common word at the end ("Achilles bc", "Coca-Cola
** corporation"; not "Glaxo plc"). */
static enum span_step trim_lower_tail(span_t *s) {
  const ner_doc_t *d = s->d;
  while (s->te - s->ts > 1 && TOK(s, s->te - 1)->kind == NLP_TOKEN_WORD &&
         TOK(s, s->te - 1)->cap == NER_CAP_NONE && !TOK(s, s->te - 1)->gaz &&
         TOK(s, s->te - 2)->cap != NER_CAP_NONE &&
         (TOK(s, s->te - 1)->dict & NER_DICT_LOWER || s->ty == NER_TYPE_PER) &&
         !nlp_list_word_in(tok_word(d, TOK(s, s->te - 1)),
                           NLP_LIST_ENTITIES_CORP_SUFFIXES))
    s->te--;
  return SPAN_GO_ON;
}

/* Whether token t ends no name: punctuation but a dot, a possessive, a
** lower-case "of", "the" or word that never opens a name ("Santa of"). */
static int bad_last(const ner_doc_t *d, const ner_tok_t *t) {
  return (t->kind == NLP_TOKEN_PUNCT && d->text[t->bs] != '.') ||
         is_possessive(d, t) ||
         (t->cap == NER_CAP_NONE &&
          (tok_is(d, t, "of") || tok_is(d, t, "the") ||
           nlp_list_word_in(tok_word(d, t), NLP_LIST_ENTITIES_NOT_FIRST)));
}

/* Drops the words that end no name (bad_last: "Santa of", "Mexico 's"),
** then the punctuation that opens it ("( Reuters"). */
static enum span_step trim_ends(span_t *s) {
  while (s->te > s->ts && bad_last(s->d, TOK(s, s->te - 1)))
    s->te--;
  while (s->te > s->ts && TOK(s, s->ts)->kind == NLP_TOKEN_PUNCT)
    s->ts++;
  return SPAN_GO_ON;
}

/* Balances the brackets: "Mladost (BJ)", "Hizbollah (Party of God":
** "Hizbollah" (close_bracket). */
static enum span_step close_brackets(span_t *s) {
  set_end(s, close_bracket(s->d, s->ts, s->te, s->s1));
  return SPAN_GO_ON;
}

/* An organisation ends with its company ending: "Enron Broadband
** Services, Inc. Phone", "J.M. Huber Corporation Guaranty". */
static enum span_step cut_at_company_ending(span_t *s) {
  if (s->ty != NER_TYPE_ORG || s->te - s->ts < 3)
    return SPAN_GO_ON;
  for (size_t k = s->te - 1; k > s->ts + 1 && k + 3 > s->te; k--) {
    const ner_tok_t *c = TOK(s, k - 1);
    if (nlp_list_word_in(tok_word(s->d, c), NLP_LIST_ENTITIES_CORP_SUFFIXES) ||
        tok_is(s->d, c, "Corporation")) {
      s->te = k;
      break;
    }
  }
  return SPAN_GO_ON;
}

/* "CCNG, Inc.": the company ending after a comma belongs to the name. */
static enum span_step take_company_ending(span_t *s) {
  const ner_doc_t *d = s->d;
  size_t te = s->te;
  if (te > s->ts && te + 1 < s->s1 && TOK(s, te)->be - TOK(s, te)->bs == 1 &&
      d->text[TOK(s, te)->bs] == ',' && TOK(s, te + 1)->cap != NER_CAP_NONE &&
      TOK(s, te + 1)->bs == TOK(s, te)->be + 1 &&
      nlp_list_word_in(tok_word(d, TOK(s, te + 1)),
                       NLP_LIST_ENTITIES_CORP_SUFFIXES))
    set_end(s, te + 2);
  return SPAN_GO_ON;
}

/* "Hurricane Rita": the storm's name with its kind. */
static enum span_step take_storm_kind(span_t *s) {
  if (s->te > s->ts && s->ts > s->s0 &&
      TOK(s, s->ts - 1)->cap == NER_CAP_TITLE &&
      nlp_list_word_in(tok_word(s->d, TOK(s, s->ts - 1)),
                       NLP_LIST_ENTITIES_STORM_KINDS))
    s->ts--;
  return SPAN_GO_ON;
}

/* "From Bill", "Good Food": words that never open a name (or a sentence's
** name). */
static enum span_step drop_openers(span_t *s) {
  while (s->te > s->ts && TOK(s, s->ts)->cap != NER_CAP_NONE &&
         TOK(s, s->ts)->gaz_pos == NER_POS_NONE) {
    const nlp_list_word *l = tok_word(s->d, TOK(s, s->ts));
    if (!nlp_list_word_in(l, NLP_LIST_ENTITIES_NOT_FIRST) &&
        !(s->ts == TOK(s, s->ts)->sent_first &&
          nlp_list_word_in(l, NLP_LIST_ENTITIES_SENTENCE_OPENERS)))
      break;
    s->ts++;
  }
  return SPAN_GO_ON;
}

/* "President Obama", "Aunt Toni": a person's titles are not the name. */
static enum span_step drop_titles(span_t *s) {
  if (s->ty == NER_TYPE_PER)
    while (s->te - s->ts > 1 &&
           (is_title(TOK(s, s->ts)) ||
            nlp_list_word_in(tok_word(s->d, TOK(s, s->ts)),
                             NLP_LIST_ENTITIES_KIN_TITLES)))
      s->ts++;
  return s->te == s->ts ? SPAN_DONE : SPAN_GO_ON; /* nothing left */
}

/* Emits [a, b) as ta and [b, c) as tb: two names. */
static enum span_step emit_two(span_t *s, size_t a, size_t b, int ta, size_t c,
                               int tb) {
  s->rc = emit(s->it, s->d, s->first, a, b, ta, 0);
  if (s->rc == NLP_OK)
    s->rc = emit(s->it, s->d, s->first, b, c, tb, 0);
  return SPAN_DONE;
}

/* "San Rafael Ca", "brittany france": two places (place_state). */
static enum span_step split_place_state(span_t *s) {
  if (!place_state(s->d, s->ts, s->te, s->ty))
    return SPAN_GO_ON;
  return emit_two(s, s->ts, s->te - 1, NER_TYPE_LOC, s->te, NER_TYPE_LOC);
}

/* "White House Homeland Security adviser": a known organisation, then two
** or more capitalised words, then a lower-case post (office_roles.txt), is
** two organisations; not "Sony Pictures Entertainment said". */
static enum span_step split_known_org(span_t *s) {
  unsigned bits;
  size_t n, k;
  if (s->ty != NER_TYPE_ORG || TOK(s, s->ts)->gaz_pos != NER_POS_FIRST ||
      !(TOK(s, s->ts)->gaz & NER_GAZ_ORG) || s->te >= s->s1 ||
      TOK(s, s->te)->cap != NER_CAP_NONE ||
      !nlp_list_word_in(tok_word(s->d, TOK(s, s->te)),
                        NLP_LIST_ENTITIES_OFFICE_ROLES))
    return SPAN_GO_ON;
  n = ner_gaz_match(s->d, s->ts, &bits);
  for (k = s->ts + n; n && k < s->te; k++)
    if (TOK(s, k)->kind != NLP_TOKEN_WORD || TOK(s, k)->cap != NER_CAP_TITLE)
      break;
  if (!n || k != s->te || s->te - (s->ts + n) < 2)
    return SPAN_GO_ON;
  return emit_two(s, s->ts, s->ts + n, NER_TYPE_ORG, s->te, NER_TYPE_ORG);
}

/* "Homeland Security Secretary Alejandro Mayorkas": an organisation, then
** a person (person_split). */
static enum span_step split_person(span_t *s) {
  size_t org_end = 0,
         ps = person_split(s->d, s->s0, s->ts, s->te, s->ty, &org_end);
  if (!ps)
    return SPAN_GO_ON;
  s->rc = emit(s->it, s->d, s->first, s->ts, org_end, NER_TYPE_ORG, 0);
  if (s->rc == NLP_OK)
    s->rc = emit(s->it, s->d, s->first, ps, s->te, NER_TYPE_PER, 0);
  return SPAN_DONE;
}

/* Month and day names ("January", "Monday") are no name; numex reads them
** (a MISC span of them goes on, as a DATE). */
static enum span_step skip_month_day(span_t *s) {
  s->all_monthday = 1;
  for (size_t k = s->ts; k < s->te; k++)
    if (!(TOK(s, k)->gaz & NER_GAZ_MONTHDAY))
      s->all_monthday = 0;
  return s->all_monthday && s->ty != NER_TYPE_MISC ? SPAN_DONE : SPAN_GO_ON;
}

/* A title alone ("President") is no person. */
static enum span_step skip_lone_title(span_t *s) {
  return s->ty == NER_TYPE_PER && s->te - s->ts == 1 && is_title(TOK(s, s->ts))
             ? SPAN_DONE
             : SPAN_GO_ON;
}

/* Takes in the two tokens before the span, dropping a name that starts
** there ("Sea" alone, before "Sea of Japan"). */
static void take_two_before(span_t *s) {
  nlp_entities_t *it = s->it;
  if (it->n > s->first && it->ents[it->n - 1].ts == s->ts - 2)
    it->n--;
  s->ts -= 2;
}

/* "Sea of" + "Japan": a capitalised place word and "of", untagged, before a
** place make one place with it. */
static enum span_step join_place_of(span_t *s) {
  size_t ts = s->ts;
  if (s->ty == NER_TYPE_LOC && ts >= s->s0 + 2 && s->tags[ts - 1] == NER_O &&
      (s->tags[ts - 2] == NER_O || NER_TAG_IS_B(s->tags[ts - 2])) &&
      tok_is(s->d, TOK(s, ts - 1), "of") &&
      TOK(s, ts - 2)->cap == NER_CAP_TITLE &&
      nlp_list_word_in(tok_word(s->d, TOK(s, ts - 2)),
                       NLP_LIST_ENTITIES_LOC_WORDS))
    take_two_before(s);
  return SPAN_GO_ON;
}

/* "Central and South America": one region. */
static enum span_step join_compass(span_t *s) {
  size_t ts = s->ts;
  if ((s->ty == NER_TYPE_LOC || s->ty == NER_TYPE_MISC) && ts >= s->s0 + 2 &&
      is_conj(s->d, TOK(s, ts - 1)) && TOK(s, ts - 2)->cap == NER_CAP_TITLE &&
      nlp_list_word_in(tok_word(s->d, TOK(s, ts - 2)),
                       NLP_LIST_ENTITIES_COMPASS) &&
      nlp_list_word_in(tok_word(s->d, TOK(s, ts)), NLP_LIST_ENTITIES_COMPASS))
    take_two_before(s);
  return SPAN_GO_ON;
}

/* "Traci Warner@ENRON": an e-mail system's name for a person keeps its
** organisation. */
static enum span_step take_mail_org(span_t *s) {
  nlp_entities_t *it = s->it;
  size_t te = s->te;
  if (s->ty == NER_TYPE_PER && te + 1 < s->s1 &&
      tok_is(s->d, TOK(s, te), "@") && TOK(s, te)->bs == TOK(s, te - 1)->be &&
      TOK(s, te + 1)->bs == TOK(s, te)->be &&
      TOK(s, te + 1)->kind == NLP_TOKEN_WORD &&
      TOK(s, te + 1)->cap == NER_CAP_UPPER &&
      (te + 2 == s->s1 || TOK(s, te + 2)->bs > TOK(s, te + 1)->be)) {
    if (it->n > s->first && it->ents[it->n - 1].ts == te + 1)
      it->n--;
    set_end(s, te + 2);
  }
  return SPAN_GO_ON;
}

/* "Thanks Josh!", "Hi Dana,": a name greeted is a person. */
static enum span_step greeted_person(span_t *s) {
  const ner_tok_t *t = TOK(s, s->ts);
  if (s->ty != NER_TYPE_PER && s->te - s->ts <= 2 && s->ts > s->s0 &&
      t->cap == NER_CAP_TITLE && t->dict != NER_DICT_LOWER && !t->gaz &&
      (s->te == s->s1 || TOK(s, s->te)->kind == NLP_TOKEN_PUNCT) &&
      nlp_list_word_in(tok_word(s->d, t - 1),
                       NLP_LIST_ENTITIES_GREETINGS_BEFORE_NAME))
    s->ty = NER_TYPE_PER;
  return SPAN_GO_ON;
}

/* "around Norman", "inside Barling": a city's name tagged as a person or
** organisation after a preposition of place is the city. */
static enum span_step city_after_prep(span_t *s) {
  const ner_tok_t *p;
  if ((s->ty != NER_TYPE_PER && s->ty != NER_TYPE_ORG) || s->ts <= s->s0)
    return SPAN_GO_ON;
  p = TOK(s, s->ts - 1);
  if (p->cap == NER_CAP_NONE &&
      nlp_list_word_in(tok_word(s->d, p), NLP_LIST_ENTITIES_IN_PLACE) &&
      ner_city_match(s->d, s->ts) == s->te - s->ts &&
      (s->te == s->s1 || !is_possessive(s->d, TOK(s, s->te))))
    s->ty = NER_TYPE_LOC;
  return SPAN_GO_ON;
}

/* "Del Frisco 's", "Wendy s": a name with a possessive apart is the shop
** (shop_possessive), a place. */
static enum span_step emit_shop(span_t *s) {
  nlp_entities_t *it = s->it;
  size_t n0 = it->n, ps;
  if (s->ty == NER_TYPE_MISC || s->all_monthday ||
      (ps = shop_possessive(s->d, s->te, s->s1)) == 0)
    return SPAN_GO_ON;
  set_end(s, s->te + ps);
  if (emit(it, s->d, s->first, s->ts, s->te, NER_TYPE_LOC, 0) != NLP_OK)
    s->rc = NLP_ENOMEM;
  else if (it->n > n0 && it->ents[it->n - 1].ts == s->ts)
    it->ents[it->n - 1].label = NLP_LABEL_FAC;
  return SPAN_DONE;
}

/* The name as it is now. */
static enum span_step emit_span(span_t *s) {
  if (emit(s->it, s->d, s->first, s->ts, s->te, s->ty, s->all_monthday) !=
      NLP_OK)
    s->rc = NLP_ENOMEM;
  return SPAN_DONE;
}

/* The rules on a span, in order, until one is done with it. */
static void span_rules(span_t *s) {
  (void)(/* its words */
         trim_lower_tail(s) || trim_ends(s) || close_brackets(s) ||
         cut_at_company_ending(s) || take_company_ending(s) ||
         take_storm_kind(s) || drop_openers(s) || drop_titles(s) ||
         /* two names in one */
         split_place_state(s) || split_known_org(s) || split_person(s) ||
         /* no name */
         skip_month_day(s) || skip_lone_title(s) ||
         /* more words, another class */
         join_place_of(s) || join_compass(s) || take_mail_org(s) ||
         greeted_person(s) || city_after_prep(s) ||
         /* out */
         emit_shop(s) || emit_span(s));
}

int name_spans(nlp_entities_t *it, const ner_doc_t *d, const uint8_t *tags,
               size_t s0, size_t s1) {
  span_t s;
  memset(&s, 0, sizeof s);
  s.it = it;
  s.d = d;
  s.tags = tags;
  s.s0 = s0;
  s.s1 = s1;
  s.first = it->n;
  it->dropped.te = 0;
  it->title_memo = MEMO_UNKNOWN; /* [s0, s1) is one segment */
  for (size_t i = s0; i < s1 && s.rc == NLP_OK;) {
    if (tags[i] == NER_O || is_conj(d, &d->toks[i])) {
      i++;
      continue;
    }
    s.ty = NER_TAG_TYPE(tags[i]);
    s.ts = i;
    s.te = s.next = run_end(d, tags, i, s1, s.ty);
    s.all_monthday = 0;
    span_rules(&s);
    i = s.next;
  }
  return s.rc;
}
