/*
** entities/plausible.c: whether a span the tagger found can be a name at
** all: not a file name, URL or emoji; not only common words in lower case,
** in a Title Case line or in capitals for emphasis; not a verb opening a
** sentence ("Hope you ..."). plausible() runs the rules in order; the first
** that says no decides.
*/
#include "entities/entities_int.h"
#include "layout/dateline.h"

#include <string.h>
#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#endif

/* How far from a name lower_phrase_near() looks (bytes either side): about
** three news articles; a bound, so that long texts stay linear. */
#define PHRASE_WINDOW 8000

/* Whether the segment [first, end) is a Title Case line: two or more
** words of 4+ letters, all capitalised, none in capitals. */
static int title_segment(const ner_doc_t *d, size_t first, size_t end) {
  size_t long_words = 0;
  for (size_t k = first; k < end; k++) {
    const ner_tok_t *x = &d->toks[k];
    if (x->kind != NLP_TOKEN_WORD || x->be - x->bs < 4)
      continue;
    if (x->cap != NER_CAP_TITLE)
      return 0;
    long_words++;
  }
  return long_words >= 2;
}

/* Whether token k is "." glued to a short lower-case word after it that is
** not a web domain ending (".pdf", ".doc"). */
static int file_ext_at(const ner_doc_t *d, size_t k, size_t end) {
  const ner_tok_t *t = d->toks;
  size_t n;
  if (k + 1 >= end || t[k].be - t[k].bs != 1 || d->text[t[k].bs] != '.' ||
      t[k + 1].bs != t[k].be || t[k + 1].kind != NLP_TOKEN_WORD ||
      t[k + 1].cap != NER_CAP_NONE)
    return 0;
  n = t[k + 1].be - t[k + 1].bs;
  return n >= 2 && n <= 4 &&
         !nlp_list_word_in(nlp_list_find_lower(d->text + t[k + 1].bs, n),
                           NLP_LIST_ENTITIES_DOMAIN_ENDS);
}

/* Whether tokens [ts, te) are part of a file name: "Lisa_resume.doc",
** "Stocks.pdf", "PADDIstocksHO.pdf" (glued to "_", or through glued words
** to "." and a short lower-case word). */
static int in_file_name(const ner_doc_t *d, size_t ts, size_t te) {
  const ner_tok_t *t = d->toks;
  size_t end = t[ts].sent_end, k;
  if (ts > t[ts].sent_first && t[ts - 1].be == t[ts].bs &&
      d->text[t[ts - 1].bs] == '_')
    return 1;
  /* the name holds the extension itself */
  for (k = ts + 1; k + 1 < te; k++)
    if (t[k].bs == t[k - 1].be && file_ext_at(d, k, te))
      return 1;
  if (te < end && t[te].bs == t[te - 1].be) {
    if (d->text[t[te].bs] == '_')
      return 1;
    for (k = te;
         k < end && t[k].bs == t[k - 1].be && t[k].kind == NLP_TOKEN_WORD;)
      k++;
    if (k < end && t[k].bs == t[k - 1].be && file_ext_at(d, k, end))
      return 1;
  }
  return 0;
}

/* Whether token i's segment is a Title Case line (and i is not in a run of
** capitals). *memo holds the segment's answer once known (MEMO_UNKNOWN
** before): it is asked for every candidate span, and scanning the whole
** segment each time would make a long segment quadratic. */
static int title_line(const ner_doc_t *d, size_t i, int *memo) {
  const ner_tok_t *t = &d->toks[i];
  if (t->sent_caps)
    return 0;
  if (*memo == MEMO_UNKNOWN)
    *memo = title_segment(d, t->sent_first, t->sent_end);
  return *memo;
}

/* Whether word t has a letter three times in a row, as words stretched for
** emphasis have ("Sooooo", "VERYYY"; names hardly ever do). */
static int stretched(const ner_doc_t *d, const ner_tok_t *t) {
  const char *w = d->text + t->bs;
  size_t n = t->be - t->bs, k = 0;
  if (n < 5)
    return 0; /* "AAA", "AAAs": abbreviations */
  for (k = 2; k < n; k++) {
    char c = (char)(w[k] | 32);
    if (c >= 'a' && c <= 'z' && (w[k - 1] | 32) == c && (w[k - 2] | 32) == c)
      break;
  }
  if (k == n)
    return 0;
  /* not a Roman numeral: "Leopold III" (asked only now: most words have
  ** no letter three times) */
  for (k = 0; k < n && w[k] && strchr("IVXLCDM", w[k]);)
    k++;
  return k < n;
}

/* Whether the sentence of tokens [ts, te) has two or more lower-case words
** outside them. */
static int lower_around(const ner_doc_t *d, size_t ts, size_t te) {
  size_t n = 0;
  for (size_t k = d->toks[ts].sent_first; k < d->toks[ts].sent_end; k++)
    if ((k < ts || k >= te) && d->toks[k].kind == NLP_TOKEN_WORD &&
        d->toks[k].cap == NER_CAP_NONE && ++n >= 2)
      return 1;
  return 0;
}

/* The first place of needle[0..n) (n > 0) in hay[0..hn), or NULL. With
** SSE2: sixteen places a turn, those whose first and last bytes match the
** needle's checked in order; else Boyer-Moore-Horspool (steps of up to n
** bytes). */
static const char *find_bytes(const char *hay, size_t hn, const char *needle,
                              size_t n) {
  size_t i = 0;
#if defined(__SSE2__) && defined(__GNUC__)
  const __m128i first = _mm_set1_epi8(needle[0]);
  const __m128i last = _mm_set1_epi8(needle[n - 1]);
  for (; i + n - 1 + 16 <= hn; i += 16) {
    __m128i a = _mm_loadu_si128((const __m128i *)(const void *)(hay + i));
    __m128i b =
        _mm_loadu_si128((const __m128i *)(const void *)(hay + i + n - 1));
    unsigned m = (unsigned)_mm_movemask_epi8(
        _mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, last)));
    while (m) {
      unsigned k = (unsigned)__builtin_ctz(m);
      if (memcmp(hay + i + k, needle, n) == 0)
        return hay + i + k;
      m &= m - 1;
    }
  }
  for (; i + n <= hn; i++) /* the last places, one at a time */
    if (hay[i] == needle[0] && memcmp(hay + i, needle, n) == 0)
      return hay + i;
  return NULL;
#else
  unsigned char shift[256]; /* n < 64: ph[] */
  for (size_t c = 0; c < 256; c++)
    shift[c] = (unsigned char)n;
  for (size_t k = 0; k + 1 < n; k++)
    shift[(unsigned char)needle[k]] = (unsigned char)(n - 1 - k);
  while (i + n <= hn) {
    unsigned char c = (unsigned char)hay[i + n - 1];
    if (c == (unsigned char)needle[n - 1] &&
        memcmp(hay + i, needle, n - 1) == 0)
      return hay + i;
    i += shift[c];
  }
  return NULL;
#endif
}

/* Whether the words of tokens [ts, te) (without a leading "The") occur in
** lower case, as one phrase, within PHRASE_WINDOW bytes of them. */
static int lower_phrase_near(const ner_doc_t *d, size_t ts, size_t te) {
  char ph[64];
  size_t n, a, b;
  if (te - ts > 1 && tok_is(d, &d->toks[ts], "The"))
    ts++;
  /* a word the text never writes in lower case cannot be in the phrase
  ** written so (the tagger's document facts): most names stop here */
  for (size_t k = ts; k < te; k++)
    if (d->toks[k].kind == NLP_TOKEN_WORD && !d->toks[k].doc_lower)
      return 0;
  if (!(n = span_lower(d, ts, te, ph, sizeof ph)))
    return 0;
  a = d->toks[ts].bs > PHRASE_WINDOW ? d->toks[ts].bs - PHRASE_WINDOW : 0;
  b = d->toks[te - 1].be + PHRASE_WINDOW < d->len
          ? d->toks[te - 1].be + PHRASE_WINDOW
          : d->len;
  for (size_t i = a; i + n <= b;) {
    const char *p = find_bytes(d->text + i, b - i, ph, n);
    if (!p)
      break;
    i = (size_t)(p - d->text);
    if ((i == 0 || !IS_ALPHA(p[-1])) && (i + n == d->len || !IS_ALPHA(p[n])))
      return 1;
    i++;
  }
  return 0;
}

/* A span being judged, with what the rules ask of it. */
typedef struct span_judge {
  const ner_doc_t *d;
  size_t ts, te, n;        /* its tokens, n = te - ts */
  int ty;                  /* its CoNLL class (NER_TYPE_*) */
  int *title_memo;         /* see title_line */
  const nlp_list_word *ll; /* the word lists of its last word */
} span_judge_t;

/* Part of a file name: "Lisa_resume.doc", "Stocks.pdf". */
static enum plausibility file_name(const span_judge_t *s) {
  return in_file_name(s->d, s->ts, s->te) ? SPAN_NOT_NAME : SPAN_NAME;
}

/* Only words, numbers, punctuation and symbols: no URL, e-mail address or
** emoji. */
static enum plausibility token_kinds(const span_judge_t *s) {
  for (size_t k = s->ts; k < s->te; k++) {
    nlp_token_kind_t kind = s->d->toks[k].kind;
    if (kind != NLP_TOKEN_WORD && kind != NLP_TOKEN_NUMBER &&
        kind != NLP_TOKEN_PUNCT && kind != NLP_TOKEN_SYMBOL)
      return SPAN_NOT_NAME;
  }
  return SPAN_NAME;
}

/* Whether a lower-case span is known: a place or organisation of the
** gazetteer, a given name ("lisa"), a city's name ("auckland"), or a name
** followed by a known state or country ("miramar florida"). */
static int lower_known(const span_judge_t *s) {
  const ner_doc_t *d = s->d;
  int known = 0;
  for (size_t k = s->ts; k < s->te; k++) {
    const ner_tok_t *t = &d->toks[k];
    if (t->gaz & (NER_GAZ_COUNTRY | NER_GAZ_PLACE | NER_GAZ_REGION |
                  NER_GAZ_DEMONYM | NER_GAZ_ORG))
      known = 1;
    if (k == s->ts && s->ty == NER_TYPE_PER && lower_given(d, t))
      known = 1; /* "lisa" */
    if (k == s->ts && s->ty == NER_TYPE_LOC && t->dict == NER_DICT_CAP &&
        !t->given && ner_city_match(d, k) == s->n &&
        !place_word_at(d, s->te, t->sent_end))
      known = 1; /* a city's name ("auckland"), not a common word */
  }
  if (s->te < d->toks[s->ts].sent_end &&
      d->toks[s->te].gaz_pos == NER_POS_FIRST &&
      (d->toks[s->te].gaz & (NER_GAZ_COUNTRY | NER_GAZ_PLACE)))
    known = 1;
  return known;
}

/* No capital: a name only when known (lower_known), never when it has a
** common word ("the river"). */
static enum plausibility lower_case(const span_judge_t *s) {
  int any_cap = 0, common = 0;
  for (size_t k = s->ts; k < s->te; k++) {
    const ner_tok_t *t = &s->d->toks[k];
    if (t->cap != NER_CAP_NONE)
      any_cap = 1;
    if (t->kind == NLP_TOKEN_WORD && (t->dict & NER_DICT_LOWER) && !t->gaz)
      common = 1;
  }
  if (any_cap || ner_doc_caseless(s->d))
    return SPAN_NAME; /* in text without capitals, the tagger decides */
  return !common && lower_known(s) ? SPAN_NAME : SPAN_NOT_NAME;
}

/* In a Title Case line capitals say nothing: a name needs a word that is
** not just a common word ("Great Service", "Combo Meal"). */
static enum plausibility title_case_line(const span_judge_t *s) {
  if (!title_line(s->d, s->ts, s->title_memo))
    return SPAN_NAME;
  for (size_t k = s->ts; k < s->te; k++) {
    const ner_tok_t *t = &s->d->toks[k];
    if (t->kind == NLP_TOKEN_WORD && (t->dict != NER_DICT_LOWER || t->gaz))
      return SPAN_NAME;
  }
  return SPAN_NOT_NAME;
}

/* Common words in capitals for emphasis in a sentence that has lower case
** ("BREAKING NEWS, readers: ..."). */
static enum plausibility emphasis_words(const span_judge_t *s) {
  const ner_doc_t *d = s->d;
  size_t lower = 0, k;
  if (s->n < 2)
    return SPAN_NAME;
  for (k = s->ts; k < s->te; k++) {
    const ner_tok_t *t = &d->toks[k];
    if (t->kind != NLP_TOKEN_WORD || t->cap != NER_CAP_UPPER ||
        !(t->dict & NER_DICT_LOWER) || t->gaz)
      return SPAN_NAME;
  }
  for (k = d->toks[s->ts].sent_first; k < d->toks[s->ts].sent_end; k++)
    lower +=
        d->toks[k].kind == NLP_TOKEN_WORD && d->toks[k].cap == NER_CAP_NONE;
  return lower >= 2 ? SPAN_NOT_NAME : SPAN_NAME;
}

/* A word stretched for emphasis: "Sooooo", "VERYYY". */
static enum plausibility stretched_word(const span_judge_t *s) {
  for (size_t k = s->ts; k < s->te; k++)
    if (s->d->toks[k].kind == NLP_TOKEN_WORD && stretched(s->d, &s->d->toks[k]))
      return SPAN_NOT_NAME;
  return SPAN_NAME;
}

/* Title Case words inside: a pronoun or verb ("... Great Job You And Your
** Boys Have Done"), or two function words ("Great Place To Use ..."): a
** sentence in Title Case, or in a sentence in lower case the title of a
** work ("Do They Know It's Christmas?"). */
static enum plausibility title_cased_words(const span_judge_t *s) {
  size_t fw = 0;
  for (size_t k = s->ts + 1; k < s->te; k++) {
    const nlp_list_word *l;
    if (s->d->toks[k].cap != NER_CAP_TITLE)
      continue;
    l = tok_word(s->d, &s->d->toks[k]);
    if (nlp_list_word_in(l, NLP_LIST_ENTITIES_TITLE_CASED))
      return lower_around(s->d, s->ts, s->te) ? SPAN_WORK : SPAN_NOT_NAME;
    fw += nlp_list_word_in(l, NLP_LIST_ENTITIES_TITLE_FUNCTION_WORDS);
  }
  if (fw >= 2)
    return lower_around(s->d, s->ts, s->te) ? SPAN_WORK : SPAN_NOT_NAME;
  return SPAN_NAME;
}

/* An ORG of Title Case common words that the text also writes in lower
** case, as one phrase, with no word that heads organisations' names: a
** common noun phrase ("the first Smart Phone" ... "smart phone"). */
static enum plausibility common_phrase(const span_judge_t *s) {
  const ner_doc_t *d = s->d;
  size_t k;
  if (s->ty != NER_TYPE_ORG || s->n < 2 || d->toks[s->ts].sent_caps)
    return SPAN_NAME;
  for (k = s->ts; k < s->te; k++) {
    const ner_tok_t *t = &d->toks[k];
    const char *w = d->text + t->bs;
    size_t n = t->be - t->bs;
    const nlp_list_word *l;
    if (t->kind == NLP_TOKEN_PUNCT && n == 1 && *w == '&')
      continue;
    if (t->kind != NLP_TOKEN_WORD || t->dict != NER_DICT_LOWER || t->gaz ||
        t->cap == NER_CAP_UPPER)
      return SPAN_NAME;
    l = nlp_list_find_lower(w, n);
    if (nlp_list_word_in(l, NLP_LIST_ENTITIES_ORG_KIND_WORDS) ||
        nlp_list_word_in(l, NLP_LIST_ENTITIES_ORG_LAST) ||
        nlp_list_word_in(l, NLP_LIST_ENTITIES_ORG_HEADS))
      return SPAN_NAME;
  }
  return lower_phrase_near(d, s->ts, s->te) ? SPAN_NOT_NAME : SPAN_NAME;
}

/* One common word opening a sentence before a pronoun, "to" or "be" is a
** verb ("Hope you enjoy", "Will be back"), and so is a participle before
** "in" ("Born in England"), unless the text also writes it capitalised
** mid-sentence ("Bush to visit ...", then "President Bush"). */
static enum plausibility opening_verb(const span_judge_t *s) {
  const ner_doc_t *d = s->d;
  const ner_tok_t *t = &d->toks[s->ts];
  return s->ts == t->sent_first && t->cap == NER_CAP_TITLE &&
                 (t->dict & NER_DICT_LOWER) && !t->gaz && !t->doc_title &&
                 s->te < t->sent_end && d->toks[s->te].cap == NER_CAP_NONE &&
                 (nlp_list_word_in(tok_word(d, &d->toks[s->te]),
                                   NLP_LIST_ENTITIES_AFTER_VERB) ||
                  (nlp_list_word_in(s->ll, NLP_LIST_ENTITIES_PARTICIPLES) &&
                   tok_is(d, &d->toks[s->te], "in")))
             ? SPAN_NOT_NAME
             : SPAN_NAME;
}

/* "I", and words never a name alone ("Inc.", "LOL", "DVD"). */
static enum plausibility never_alone(const span_judge_t *s) {
  const ner_tok_t *t = &s->d->toks[s->ts];
  if (t->be - t->bs == 1 && s->d->text[t->bs] == 'I')
    return SPAN_NOT_NAME;
  return nlp_list_word_in(s->ll, NLP_LIST_ENTITIES_NOT_ALONE) ? SPAN_NOT_NAME
                                                              : SPAN_NAME;
}

/* A news agency's sign-off alone on its line, brackets aside ("Reuter",
** "REUTER", "(AP)"): a credit, no entity. */
static enum plausibility sign_off(const span_judge_t *s) {
  const ner_tok_t *t = &s->d->toks[s->ts];
  if (!nlp_list_word_in(s->ll, NLP_LIST_LAYOUT_SIGN_OFFS))
    return SPAN_NAME;
  for (size_t k = t->sent_first; k < t->sent_end; k++)
    if (k != s->ts && s->d->toks[k].kind != NLP_TOKEN_PUNCT)
      return SPAN_NAME;
  return SPAN_NOT_NAME;
}

/* An era after a year ("500 BC"), not British Columbia or Boston College. */
static enum plausibility era_after_year(const span_judge_t *s) {
  const ner_tok_t *t = &s->d->toks[s->ts];
  return s->ts > t->sent_first &&
                 s->d->toks[s->ts - 1].kind == NLP_TOKEN_NUMBER &&
                 (tok_is(s->d, t, "BC") || tok_is(s->d, t, "BCE"))
             ? SPAN_NOT_NAME
             : SPAN_NAME;
}

/* A common abbreviation in capitals or lower case ("the IPO", "ISO 6400"). */
static enum plausibility abbreviation(const span_judge_t *s) {
  return s->d->toks[s->ts].cap != NER_CAP_TITLE &&
                 nlp_list_word_in(s->ll, NLP_LIST_ENTITIES_COMMON_ABBREVS)
             ? SPAN_NOT_NAME
             : SPAN_NAME;
}

/* A common word in capitals for emphasis ("FREE", "GOOD"), but at a line's
** start (a dateline) or in a sentence in capitals. */
static enum plausibility emphasis_word(const span_judge_t *s) {
  const ner_tok_t *t = &s->d->toks[s->ts];
  return t->cap == NER_CAP_UPPER && !t->sent_caps &&
                 (t->dict & NER_DICT_LOWER) && !t->gaz &&
                 (t->dict == NER_DICT_LOWER || t->be - t->bs >= 4) &&
                 !nlp_dateline_line_start(s->d->text, t->bs)
             ? SPAN_NOT_NAME
             : SPAN_NAME;
}

/* A common word that is not also a proper noun, capitalised ("Meal",
** "Hamster"), unless written capitalised mid-sentence twice ("Cubs"). */
static enum plausibility capitalised_common(const span_judge_t *s) {
  const ner_tok_t *t = &s->d->toks[s->ts];
  return t->cap == NER_CAP_TITLE && t->dict == NER_DICT_LOWER && !t->gaz &&
                 !t->doc_title2
             ? SPAN_NOT_NAME
             : SPAN_NAME;
}

/* Whether tokens [ts, te) can be a name at all (or are the title of a
** work). title_memo: see title_line; ll: the word lists of its last word
** (tok_word). */
enum plausibility plausible(const ner_doc_t *d, size_t ts, size_t te, int ty,
                            int *title_memo, const nlp_list_word *ll) {
  span_judge_t s;
  enum plausibility p;
  s.d = d;
  s.ts = ts;
  s.te = te;
  s.n = te - ts;
  s.ty = ty;
  s.title_memo = title_memo;
  s.ll = ll;
  /* any span, then a span of one word: the first rule that does not say
  ** SPAN_NAME decides */
  if ((p = file_name(&s)) != SPAN_NAME || (p = token_kinds(&s)) != SPAN_NAME ||
      (p = lower_case(&s)) != SPAN_NAME ||
      (p = title_case_line(&s)) != SPAN_NAME ||
      (p = emphasis_words(&s)) != SPAN_NAME ||
      (p = stretched_word(&s)) != SPAN_NAME ||
      (p = title_cased_words(&s)) != SPAN_NAME ||
      (p = common_phrase(&s)) != SPAN_NAME)
    return p;
  if (s.n == 1 &&
      ((p = opening_verb(&s)) != SPAN_NAME ||
       (p = never_alone(&s)) != SPAN_NAME || (p = sign_off(&s)) != SPAN_NAME ||
       (p = era_after_year(&s)) != SPAN_NAME ||
       (p = abbreviation(&s)) != SPAN_NAME ||
       (p = emphasis_word(&s)) != SPAN_NAME ||
       (p = capitalised_common(&s)) != SPAN_NAME))
    return p;
  return SPAN_NAME;
}
