/*
** test_tokens.c: the tokenizer (nlp_tokens_*), table-driven.
**
**   - CASES: text -> expected tokens (separated by one space; tokens never
**     hold white space) and their kinds, one letter per token:
**     w word, n number, p punct, s symbol, u url, e email, h hashtag,
**     m mention, j emoji, o other.
**   - Invariants on varied and random text (and on the BBC corpus when
**     NLP_DATA_DIR is set): tokens are non-empty, in order, do not overlap,
**     hold no white space, cut the text only where nlp_utf8_next does, lie
**     inside their sentence and cover every non-space character of it.
**   - The same invariants on the adversarial shapes of bench/adversarial.h
**     (the benchmark measures their time), and a one-million-letter word.
*/
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "adversarial.h"
#include "text/chars.h"
#include "nlp.h"
#include "util.h"

typedef struct {
  const char *text;
  const char *tokens; /* expected tokens, separated by single spaces */
  const char *kinds;  /* one letter per token (see above) */
} tok_case;

static const tok_case CASES[] = {
    {"The U.S. economy", "The U.S. economy", "www"},
    {"at 10 a.m. today", "at 10 a.m. today", "wnww"},
    {"at 10 p.m., then", "at 10 p.m. , then", "wnwpw"},
    {"$1.2 billion", "$ 1.2 billion", "snw"},
    {"11,000 migrants", "11,000 migrants", "nw"},
    {"Sherwood-Randall said", "Sherwood-Randall said", "ww"},
    {"Wednesday's meeting", "Wednesday 's meeting", "www"},
    {"Wednesday’s meeting", "Wednesday ’s meeting", "www"},
    {"don't", "do n't", "ww"},
    {"Don’t", "Do n’t", "ww"},
    {"can't won't isn't", "ca n't wo n't is n't", "wwwwww"},
    {"I'm we're they've you'll she'd", "I 'm we 're they 've you 'll she 'd",
     "wwwwwwwwww"},
    {"O'Brien's plan", "O'Brien 's plan", "www"},
    {"rock 'n' roll", "rock 'n' roll", "www"},
    {"rock ’n’ roll", "rock ’n’ roll", "www"},
    {"rock'n'roll", "rock'n'roll", "w"},
    {"the migrants' homes", "the migrants ' homes", "wwpw"},
    {"the migrants’ homes", "the migrants ’ homes", "wwpw"},
    {"the '90s and ’80s", "the '90s and ’80s", "wnwn"},
    {"in the 1990s", "in the 1990s", "wwn"},
    {"2nd 21st 3rd 4th", "2nd 21st 3rd 4th", "nnnn"},
    {"‘quoted’ word", "‘ quoted ’ word", "pwpw"},
    {"\"quoted\" word", "\" quoted \" word", "pwpw"},
    {"“double” word", "“ double ” word", "pwpw"},
    {"U.S.-Mexico border", "U.S. - Mexico border", "wpww"},
    {"a Ph.D. student", "a Ph.D. student", "www"},
    {"e.g. this, i.e. that", "e.g. this , i.e. that", "wwpww"},
    {"3.5% more", "3.5 % more", "nsw"},
    {"10:30 and 10.30am", "10:30 and 10.30 am", "nwnw"},
    {"10am 5pm 10a.m.", "10 am 5 pm 10 a.m.", "nwnwnw"},
    {"£5bn and $1.5m", "£ 5 bn and $ 1.5 m", "snwwsnw"},
    {"100m sprint", "100 m sprint", "nww"},
    {"a 20-year-old man", "a 20-year-old man", "www"},
    {"the 2004-05 season", "the 2004-05 season", "wnw"},
    {"won 3-1 on 12/05/2024", "won 3-1 on 12/05/2024", "wnwn"},
    {"half 1/2 cup", "half 1/2 cup", "wnw"},
    {".5 of it", ".5 of it", "nww"},
    {"3D 4G MP3 COVID-19 F-16", "3D 4G MP3 COVID-19 F-16", "wwwww"},
    /* St is a general abbreviation (like Inc.): it keeps its period. */
    {"No. 10 Downing St.", "No. 10 Downing St.", "wnww"},
    {"Mr. Smith", "Mr. Smith", "ww"},
    {"John F. Kennedy", "John F. Kennedy", "www"},
    {"It was Plan B.", "It was Plan B .", "wwwwp"},
    {"Acme Inc. made it.", "Acme Inc. made it .", "wwwwp"},
    {"apples, pears etc.", "apples , pears etc.", "wpww"},
    {"He said no.", "He said no .", "wwwp"},
    {"see https://example.com/a?b=1.", "see https://example.com/a?b=1 .",
     "wup"},
    {"(https://en.wikipedia.org/wiki/Foo_(bar))",
     "( https://en.wikipedia.org/wiki/Foo_(bar) )", "pup"},
    {"(see www.bbc.co.uk/news).", "( see www.bbc.co.uk/news ) .", "pwupp"},
    {"visit bbc.co.uk/sport, then", "visit bbc.co.uk/sport , then", "wupw"},
    {"Amazon.com and Node.js", "Amazon.com and Node . js", "uwwpw"},
    {"http://example.com:8080/x, ok", "http://example.com:8080/x , ok", "upw"},
    {"“https://example.com/q”", "“ https://example.com/q ”", "pup"},
    {"<https://example.com>", "< https://example.com >", "sus"},
    {"mail jo.smith@example.co.uk now", "mail jo.smith@example.co.uk now",
     "wew"},
    {"write to press@bbc.co.uk.", "write to press@bbc.co.uk .", "wwep"},
    {"a@b and x@y.z9", "a @ b and x @ y . z9", "wswwwswpw"},
    {"#Election2024 and @BBCNews", "#Election2024 and @BBCNews", "hwm"},
    {"#1 fan @ home", "# 1 fan @ home", "snwsw"},
    {"email@ what", "email @ what", "wsw"},
    {"Wait... what?!", "Wait ... what ?!", "wpwp"},
    {"Really?! Yes!!", "Really ?! Yes !!", "wpwp"},
    {"yes — no – maybe", "yes — no – maybe", "wpwpw"},
    {"yes—no", "yes — no", "wpw"},
    {"well -- okay", "well -- okay", "wpw"},
    {"Hmm…", "Hmm …", "wp"},
    {"👍🏽 ok", "👍🏽 ok", "jw"},
    {"👨‍👩‍👧 family", "👨‍👩‍👧 family", "jw"},
    {"🇺🇸🇬🇧 flags", "🇺🇸 🇬🇧 flags", "jjw"},
    {"❤️ love", "❤️ love", "jw"},
    {"1️⃣ one", "1️⃣ one", "jw"},
    {"🏳️‍🌈 flag", "🏳️‍🌈 flag", "jw"},
    {"©️ and © and ™", "©️ and © and ™", "jwsws"},
    {"東京タワーに行く", "東 京 タワー に 行 く", "wwwwww"},
    {"नमस्ते दुनिया", "नमस्ते दुनिया", "ww"},
    {"Привет, мир!", "Привет , мир !", "wpwp"},
    {"مرحبا بالعالم", "مرحبا بالعالم", "ww"},
    {"٣٫٥ and ١٢٣", "٣٫٥ and ١٢٣", "nwn"},
    {"१२३ रुपये", "१२३ रुपये", "nw"},
    {"Straße café naïve", "Straße café naïve", "www"},
    {"Ελληνικά κείμενα", "Ελληνικά κείμενα", "ww"},
    {"foo_bar baz", "foo _ bar baz", "wpww"},
    {"a & b", "a & b", "wsw"},
    {"50 °C", "50 ° C", "nsw"},
    {"x + y = z", "x + y = z", "wswsw"},
    {"C++ and C#", "C + + and C #", "wsswws"},
    {"the ½ mark", "the ½ mark", "wnw"},
    {"the U.S.'s role", "the U.S. 's role", "wwww"},
    {"the 1990's fad", "the 1990 's fad", "wnww"},
    {"James' book", "James ' book", "wpw"},
    {"the U.K.’s plan", "the U.K. ’s plan", "wwww"},
    {"“Yes,” he said.", "“ Yes , ” he said .", "pwppwwp"},
    {"a 1,000-strong crowd", "a 1,000-strong crowd", "www"},
    {"a 2-for-1 deal", "a 2-for-1 deal", "www"},
    {"word--word", "word -- word", "wpw"},
    {"#️⃣ key", "#️⃣ key", "jw"},
    {"🏽 alone", "🏽 alone", "jw"},
    {"10:30pm start", "10:30 pm start", "nww"},
    {"at 9.45 a.m.", "at 9.45 a.m.", "wnw"},
    {"it’ll be fine", "it ’ll be fine", "wwww"},
    {"y'all and ma'am", "y'all and ma'am", "www"},
    {"l'Oréal and d'Alembert", "l'Oréal and d'Alembert", "www"},
    {"Sherwood-Randall's view", "Sherwood-Randall 's view", "www"},
    {"co\u00ADoperate", "co\u00ADoperate", "w"},
    {"the ’s alone", "the ’ s alone", "wpww"},
    {"e-mail me", "e-mail me", "ww"},
    {"user_name@mail.example.org", "user_name@mail.example.org", "e"},
    {"ftp://files.example.org/a.txt;", "ftp://files.example.org/a.txt ;", "up"},
    {"https://example.com/path.", "https://example.com/path .", "up"},
    {"see example.com", "see example.com", "wu"},
    {"an .mp3 file", "an . mp3 file", "wpww"},
    {"the 52-year-old's view", "the 52-year-old 's view", "wwww"},
    {"a 3.6Mbps link, 1Xtra's show", "a 3.6 Mbps link , 1Xtra 's show",
     "wnwwpwww"},
    {"-3 and x^2", "-3 and x ^ 2", "nwwsn"},
    {"pre- and post-war", "pre - and post-war", "wpww"},
    {"a \u2030 b \u00A7 c", "a \u2030 b \u00A7 c", "wswsw"},
    {"@BBCNews's story and #Brexit's cost",
     "@BBCNews 's story and #Brexit 's cost", "mwwwhww"},
    {"Inc.'s profit, 9am-5pm, mid-1990s",
     "Inc. 's profit , 9am-5pm , mid-1990s", "wwwpwpw"},
    /* Signs and currency prefixes. */
    {"up +0.5% to US$5, C$3 and HK$1.2bn",
     "up +0.5 % to US$ 5 , C$ 3 and HK$ 1.2 bn", "wnswsnpsnwsnw"},
    {"call +44 20, temps of \u22125C (-3), 1-2 and 1+1 and a -.5 dip",
     "call +44 20 , temps of \u22125 C ( -3 ) , 1-2 and 1 + 1 and a -.5 dip",
     "wnnpwwnwpnppnwnsnwwnw"},
    {"Mexico - 3 and x-3 and USD$", "Mexico - 3 and x-3 and USD$", "wpnwwws"},
    /* Invalid UTF-8, control characters, private use, U+FFFD: one "other"
    ** token per character as nlp_utf8_next cuts it. */
    {"Lopez\x80\xff. caf\xc3 ok\x01go", "Lopez \x80 \xff . caf \xc3 ok \x01 go",
     "woopwowow"},
    {"ab\xe2\x80\x8b"
     "cd \xef\xbf\xbd \xee\x80\x80",
     "ab \xe2\x80\x8b cd \xef\xbf\xbd \xee\x80\x80", "wowoo"},
    /* NBSP and narrow NBSP separate tokens; CRLF and tabs too. */
    {"10\xc2\xa0p.m. in\xe2\x80\xafx", "10 p.m. in x", "nwww"},
    {"One.\r\nTwo?\tThree!", "One . Two ? Three !", "wpwpwp"},
};

/* Kind letters, in nlp_token_kind_t order. */
static const char KIND_LETTERS[] = "wnpsuehmjo";

static void check_case(const tok_case *c) {
  nlp_tokens_t *it;
  nlp_token_t t;
  size_t len = strlen(c->text), n = 0;
  const char *exp = c->tokens;
  assert_int_equal(nlp_tokens_new(c->text, len, &it), NLP_OK);
  while (nlp_tokens_next(it, &t) == NLP_OK) {
    size_t tl = t.byte_end - t.byte_start;
    const char *sp = strchr(exp, ' ');
    size_t el = sp ? (size_t)(sp - exp) : strlen(exp);
    if (!*exp)
      fail_msg("text: %s\nextra token: %.*s", c->text, (int)tl,
               c->text + t.byte_start);
    if (el != tl || memcmp(exp, c->text + t.byte_start, tl) != 0)
      fail_msg("text: %s\nexpected token %zu: %.*s\ngot: %.*s", c->text, n,
               (int)el, exp, (int)tl, c->text + t.byte_start);
    if (n >= strlen(c->kinds) || KIND_LETTERS[t.kind] != c->kinds[n])
      fail_msg("text: %s\ntoken %.*s: kind %s, expected %c", c->text, (int)tl,
               c->text + t.byte_start, nlp_token_kind_name(t.kind),
               n < strlen(c->kinds) ? c->kinds[n] : '?');
    assert_int_equal(t.idx, n);
    exp += el + (sp ? 1 : 0);
    n++;
  }
  if (*exp)
    fail_msg("text: %s\nmissing tokens: %s", c->text, exp);
  assert_int_equal(n, strlen(c->kinds));
  nlp_tokens_free(it);
}

static void test_cases(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof(CASES) / sizeof(CASES[0]); i++)
    check_case(&CASES[i]);
}

/* Checks every invariant of the tokens of text[0..len); returns the number
** of tokens. */
static size_t check_invariants(const char *text, size_t len) {
  const unsigned char *u = (const unsigned char *)text, *end = u + len;
  unsigned char *boundary = calloc(len + 1, 1);
  nlp_sentences_t *si;
  nlp_tokens_t *ti;
  nlp_sentence_t s;
  nlp_token_t t;
  size_t ntok = 0, prev_end = 0, covered = 0;
  int have_s = 0, rc;
  assert_non_null(boundary);
  /* Character boundaries as nlp_utf8_next cuts the text. */
  for (const unsigned char *p = u; p < end;) {
    int32_t cp;
    boundary[p - u] = 1;
    p += nlp_utf8_next(p, end, &cp);
  }
  boundary[len] = 1;
  assert_int_equal(nlp_sentences_new(text, len, &si), NLP_OK);
  assert_int_equal(nlp_tokens_new(text, len, &ti), NLP_OK);
  while ((rc = nlp_tokens_next(ti, &t)) == NLP_OK) {
    assert_int_equal(t.idx, ntok);
    assert_true(t.byte_start < t.byte_end);
    assert_true(t.byte_end <= len);
    assert_true(t.byte_start >= prev_end);
    assert_true(boundary[t.byte_start] && boundary[t.byte_end]);
    assert_true((unsigned)t.kind <= NLP_TOKEN_OTHER);
    /* The token's sentence: advance the sentence iterator to it. */
    while (!have_s || s.idx < t.sentence) {
      if (have_s)
        assert_int_equal(covered, 0); /* sentence fully covered */
      assert_int_equal(nlp_sentences_next(si, &s), NLP_OK);
      have_s = 1;
      /* Non-space characters of the sentence still to be covered. */
      covered = 0;
      for (const unsigned char *p = u + s.byte_start; p < u + s.byte_end;) {
        nlp_char_t c = nlp_char_at(p, u + s.byte_end);
        if (!(c.klass & NLP_C_SPACE))
          covered++;
        p += c.len;
      }
    }
    assert_int_equal(s.idx, t.sentence);
    assert_true(t.byte_start >= s.byte_start && t.byte_end <= s.byte_end);
    /* No white space inside; count the characters covered. */
    for (const unsigned char *p = u + t.byte_start; p < u + t.byte_end;) {
      nlp_char_t c = nlp_char_at(p, u + t.byte_end);
      assert_false(c.klass & NLP_C_SPACE);
      assert_true(covered > 0);
      covered--;
      p += c.len;
    }
    prev_end = t.byte_end;
    ntok++;
  }
  assert_int_equal(rc, NLP_DONE);
  assert_int_equal(covered, 0);
  /* No sentence is left without tokens. */
  assert_int_equal(nlp_sentences_next(si, &s), NLP_DONE);
  nlp_tokens_free(ti);
  nlp_sentences_free(si);
  free(boundary);
  return ntok;
}

static void test_invariants_cases(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof(CASES) / sizeof(CASES[0]); i++)
    check_invariants(CASES[i].text, strlen(CASES[i].text));
}

/* Random text built from pieces that stress the rules, and raw bytes. */
static void test_invariants_random(void **state) {
  static const char *const pieces[] = {" ",
                                       "  ",
                                       "\n",
                                       "\r\n\r\n",
                                       "\xc2\xa0",
                                       ".",
                                       "..",
                                       "'",
                                       "\xe2\x80\x99",
                                       "\xe2\x80\x9c",
                                       "\"",
                                       "-",
                                       "--",
                                       "a",
                                       "U",
                                       "s",
                                       "n't",
                                       "'s",
                                       "www",
                                       "http://",
                                       "@",
                                       "#",
                                       "x.com",
                                       "/",
                                       ":",
                                       "1",
                                       "10",
                                       ",",
                                       "?",
                                       "!",
                                       "(",
                                       ")",
                                       "$",
                                       "%",
                                       "\xe2\x80\x94",
                                       "\xf0\x9f\x91\x8d",
                                       "\xe2\x80\x8d",
                                       "\xef\xb8\x8f",
                                       "\xf0\x9f\x87\xba",
                                       "\xe6\x9d\xb1",
                                       "\xe0\xa4\xa8",
                                       "\xcc\x81",
                                       "\x80",
                                       "\xff",
                                       "\xc3",
                                       "\xe2\x80",
                                       "\x01",
                                       "Mr",
                                       "Inc",
                                       "a.m.",
                                       "_",
                                       "am",
                                       "bn",
                                       "s"};
  const size_t np = sizeof(pieces) / sizeof(pieces[0]);
  char buf[4096];
  uint32_t seed = 12345;
  (void)state;
  for (int round = 0; round < 3000; round++) {
    size_t len = 0;
    int n = (int)(seed % 60);
    for (int i = 0; i < n; i++) {
      const char *pc;
      size_t pl;
      seed = seed * 1103515245u + 12345u;
      if ((seed >> 16) % 8 == 0) { /* a raw byte */
        buf[len++] = (char)(seed >> 8);
        continue;
      }
      pc = pieces[(seed >> 16) % np];
      pl = strlen(pc);
      if (len + pl >= sizeof(buf))
        break;
      memcpy(buf + len, pc, pl);
      len += pl;
    }
    seed = seed * 1103515245u + 12345u;
    check_invariants(buf, len);
  }
}

/* The BBC corpus (skipped when the shared data is absent). */
static void test_invariants_corpus(void **state) {
  const char *path = nlp_test_data_path("news/bbc.txt");
  char *text;
  size_t len = 0, n;
  (void)state;
  if (!path)
    skip();
  text = nlp_test_read_file(path, &len);
  assert_non_null(text);
  n = check_invariants(text, len);
  assert_true(n > 500000);
  free(text);
}

/* The bytes of each adversarial text (NLP_LIGHT=1: a quarter). */
#define PATHOLOGICAL_BYTES ((size_t)1 << 18)

/* The adversarial shapes of bench/adversarial.h (the benchmark times them:
** "Linear time on adversarial shapes") keep the invariants; a word of a
** million letters is one token. */
static void test_pathological(void **state) {
  const char *light = getenv("NLP_LIGHT");
  size_t size =
      light && light[0] == '1' ? PATHOLOGICAL_BYTES / 4 : PATHOLOGICAL_BYTES;
  const size_t target = 1000000;
  char *buf;
  (void)state;
  for (size_t i = 0; i < NLP_ADVERSARIAL_COUNT; i++) {
    buf = nlp_adversarial_fill(&NLP_ADVERSARIAL[i], size);
    assert_non_null(buf);
    check_invariants(buf, size);
    free(buf);
  }
  buf = malloc(target);
  assert_non_null(buf);
  /* A single word of a million letters is one token. */
  {
    nlp_tokens_t *it;
    nlp_token_t t;
    memset(buf, 'a', target);
    assert_int_equal(nlp_tokens_new(buf, target, &it), NLP_OK);
    assert_int_equal(nlp_tokens_next(it, &t), NLP_OK);
    assert_int_equal(t.byte_start, 0);
    assert_int_equal(t.byte_end, target);
    assert_int_equal(nlp_tokens_next(it, &t), NLP_DONE);
    nlp_tokens_free(it);
  }
  free(buf);
}

static void test_sentence_ids(void **state) {
  const char *s = "One two. Three. \"Four!\" Five";
  nlp_tokens_t *it;
  nlp_token_t t;
  size_t expect[] = {0, 0, 0, 1, 1, 2, 2, 2, 2, 3}, n = 0;
  (void)state;
  assert_int_equal(nlp_tokens_new(s, strlen(s), &it), NLP_OK);
  while (nlp_tokens_next(it, &t) == NLP_OK) {
    assert_true(n < sizeof(expect) / sizeof(expect[0]));
    assert_int_equal(t.sentence, expect[n]);
    n++;
  }
  assert_int_equal(n, sizeof(expect) / sizeof(expect[0]));
  nlp_tokens_free(it);
}

/* A token never crosses a sentence boundary, even where the splitter cuts
** glued text with no space: "weeks.News" alone would be a host name (a URL
** token), but when the splitter ends a sentence after "weeks." the URL
** stops there. (Skipped if the splitter does not cut this text.) */
static void test_sentence_glue(void **state) {
  const char *s = "It took weeks.News came back.";
  const char *expect[] = {"It",   "took", "weeks", ".",
                          "News", "came", "back",  "."};
  nlp_tokens_t *it;
  nlp_token_t t;
  size_t n = 0;
  (void)state;
  if (nlp_sentence_count(s, strlen(s)) != 2)
    skip();
  assert_int_equal(nlp_tokens_new(s, strlen(s), &it), NLP_OK);
  while (nlp_tokens_next(it, &t) == NLP_OK) {
    assert_true(n < 8);
    assert_int_equal(t.byte_end - t.byte_start, strlen(expect[n]));
    assert_memory_equal(s + t.byte_start, expect[n], strlen(expect[n]));
    assert_int_equal(t.sentence, n < 4 ? 0 : 1);
    n++;
  }
  assert_int_equal(n, 8);
  nlp_tokens_free(it);
}

static void test_api(void **state) {
  nlp_tokens_t *it = NULL;
  nlp_token_t t;
  (void)state;
  assert_int_equal(nlp_tokens_new(NULL, 3, &it), NLP_EINVAL);
  assert_int_equal(nlp_tokens_new("abc", 3, NULL), NLP_EINVAL);
  assert_int_equal(nlp_tokens_next(NULL, &t), NLP_EINVAL);
  nlp_tokens_free(NULL);
  /* NULL text of length 0 and empty text: no tokens. */
  assert_int_equal(nlp_tokens_new(NULL, 0, &it), NLP_OK);
  assert_int_equal(nlp_tokens_next(it, NULL), NLP_EINVAL);
  assert_int_equal(nlp_tokens_next(it, &t), NLP_DONE);
  assert_int_equal(nlp_tokens_next(it, &t), NLP_DONE);
  nlp_tokens_free(it);
  assert_int_equal(nlp_tokens_new(" \n\t ", 4, &it), NLP_OK);
  assert_int_equal(nlp_tokens_next(it, &t), NLP_DONE);
  nlp_tokens_free(it);
  /* NUL bytes are ordinary characters: the length decides. */
  assert_int_equal(nlp_tokens_new("a\0b", 3, &it), NLP_OK);
  assert_int_equal(nlp_tokens_next(it, &t), NLP_OK);
  assert_int_equal(t.byte_end, 1);
  assert_int_equal(nlp_tokens_next(it, &t), NLP_OK);
  assert_int_equal(t.kind, NLP_TOKEN_OTHER);
  assert_int_equal(nlp_tokens_next(it, &t), NLP_OK);
  assert_int_equal(t.byte_start, 2);
  assert_int_equal(nlp_tokens_next(it, &t), NLP_DONE);
  nlp_tokens_free(it);
  /* Kind names. */
  for (int k = 0; k <= NLP_TOKEN_OTHER; k++)
    assert_int_equal(nlp_token_kind_name((nlp_token_kind_t)k)[0],
                     KIND_LETTERS[k] == 'j' ? 'e' : KIND_LETTERS[k]);
  assert_string_equal(nlp_token_kind_name(NLP_TOKEN_EMOJI), "emoji");
  assert_string_equal(nlp_token_kind_name((nlp_token_kind_t)99), "other");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_cases),
      cmocka_unit_test(test_invariants_cases),
      cmocka_unit_test(test_invariants_random),
      cmocka_unit_test(test_invariants_corpus),
      cmocka_unit_test(test_pathological),
      cmocka_unit_test(test_sentence_ids),
      cmocka_unit_test(test_sentence_glue),
      cmocka_unit_test(test_api),
  };
  return cmocka_run_group_tests_name("tokens", tests, NULL, NULL);
}
