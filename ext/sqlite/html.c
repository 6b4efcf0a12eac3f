/*
** html.c: nlp_html(text), the article as one self-contained HTML page.
**
**   .once story.html
**   SELECT nlp_html(readfile('sample/seed_article.txt'));
**
** The page holds every character of the text once, in order, marked up
** with the rows of the table-valued functions, outermost first:
**   <p class="para" data-paragraph>        a paragraph of nlp_parts
**   <span class="part" data-idx data-kind> a part (nlp_parts)
**   <span class="quote" data-idx ...>      a quote (nlp_quotes)
**   <span class="speaker" data-quotes>     the speaker_mention of quotes
**   <mark class="ent" data-idx data-label data-canonical title> an entity
** An element that would cross the end of an outer one is closed there and
** opened again after it, with the same data-idx, so the page is always
** well-formed. The style sheet is inline; there is no script and no link
** to anything outside the page. Text and attributes are escaped (& < > " '
** and control characters as character references; malformed UTF-8 and NUL
** as U+FFFD), so an article holding "<script>" shows it as text.
*/
#include <stdlib.h>
#include <string.h>

#include "binding.h"

#define FN_NAME "nlp_html"
#define REPLACEMENT_UTF8 "\xEF\xBF\xBD"
#define ASCII_SPACE 0x20
#define ASCII_DEL 0x7F
#define NO_SPAN ((size_t)-1)

/* The nesting levels, outermost first. */
enum { LV_PARA, LV_PART, LV_QUOTE, LV_SPEAKER, LV_ENTITY, LV_COUNT };

static const char *const CLOSE_TAG[LV_COUNT] = {"</p>", "</span>", "</span>",
                                                "</span>", "</mark>"};

/* One element of a level: bytes [start, end) of the text and its opening
** tag, pool[tag .. tag + taglen). */
typedef struct html_span {
  size_t start, end;
  size_t tag, taglen;
} html_span_t;

typedef struct html_level {
  html_span_t *v;
  size_t n, cap;
} html_level_t;

/* A quote kept until the speakers are sorted (speaker: sqlite3_malloc). */
typedef struct html_quote {
  size_t idx, mention_start, mention_end;
  char *speaker;
} html_quote_t;

typedef struct html_doc {
  const char *text;
  size_t len;
  html_level_t lv[LV_COUNT];
  sqlite3_str *pool; /* the opening tags, one after another */
  html_quote_t *quotes;
  size_t nquotes, quotes_cap;
  size_t label_count[NLP_LABEL_COUNT];
  size_t nparts, last_paragraph;
  size_t head_start, head_end; /* the first headline, or equal */
  int nomem;
} html_doc_t;

/* One background colour per entity label, in nlp_label_t order. */
static const char *const LABEL_COLOUR[NLP_LABEL_COUNT] = {
    "#ffcc80", "#c5e1a5", "#bcaaa4", "#90caf9", "#a5d6a7", "#80cbc4", "#f48fb1",
    "#ce93d8", "#ffab91", "#b39ddb", "#e6ee9c", "#fff59d", "#ffe082", "#b0bec5",
    "#a7ffeb", "#cfd8dc", "#e1bee7", "#e0e0e0", "#f8bbd0"};

static const char STYLE[] =
    "body{font:17px/1.6 Georgia,serif;margin:0;background:#fafafa;color:#222}"
    "main{max-width:46em;margin:0 auto;padding:1.5em 1em}"
    "article{background:#fff;padding:1em 1.5em;border:1px solid #ddd}"
    ".para{margin:0 0 1em}"
    ".part[data-kind=headline]{display:block;font-size:1.7em;"
    "font-weight:700;line-height:1.25}"
    ".part[data-kind=caption],.part[data-kind=credit],"
    ".part[data-kind=byline]{display:block;font-size:.85em;color:#555}"
    ".part[data-kind=caption]{font-style:italic}"
    ".part[data-kind=boilerplate]{display:block;font-size:.8em;color:#999}"
    ".part[data-kind]:not([data-kind=body])::before{content:attr(data-kind);"
    "font:600 10px sans-serif;text-transform:uppercase;color:#fff;"
    "background:#78909c;border-radius:3px;padding:1px 4px;margin-right:6px;"
    "vertical-align:middle;font-style:normal}"
    "mark.ent{color:inherit;padding:0 2px;border-radius:3px}"
    "mark.ent::after{content:attr(data-label);font:600 9px sans-serif;"
    "margin-left:3px;opacity:.6;vertical-align:middle}"
    ".quote{background:#fff8e1;box-shadow:inset 0 -2px #e65100}"
    ".speaker{font-weight:700;border-bottom:3px double #e65100}"
    ".legend{font:14px/1.5 sans-serif;color:#444;margin-top:1em}"
    ".legend ul{list-style:none;padding:0;columns:2}"
    ".swatch{display:inline-block;min-width:7.5em;padding:0 4px;"
    "border-radius:3px;margin-right:6px}";

/* Appends an ASCII character HTML needs escaped: "<" -> "&lt;", a control
** character as a numeric reference ("\r" -> "&#13;"). */
static void html_escape_ascii(sqlite3_str *out, unsigned char c) {
  switch (c) {
  case '&':
    NLP_APPEND_LITERAL(out, "&amp;");
    break;
  case '<':
    NLP_APPEND_LITERAL(out, "&lt;");
    break;
  case '>':
    NLP_APPEND_LITERAL(out, "&gt;");
    break;
  case '"':
    NLP_APPEND_LITERAL(out, "&quot;");
    break;
  case '\'':
    NLP_APPEND_LITERAL(out, "&#39;");
    break;
  default:
    sqlite3_str_appendf(out, "&#%d;", (int)c);
  }
}

/* Appends s[0..n) with & < > " ' and control characters as character
** references, NUL and malformed UTF-8 as U+FFFD ("a<b" -> "a&lt;b"). */
static void html_escape(sqlite3_str *out, const char *s, size_t n) {
  const unsigned char *p = (const unsigned char *)s, *end = p + n;
  while (p < end) {
    const unsigned char *run = p;
    while (p < end && *p >= ASCII_SPACE && *p < ASCII_DEL && *p != '&' &&
           *p != '<' && *p != '>' && *p != '"' && *p != '\'')
      p++;
    sqlite3_str_append(out, (const char *)run, (int)(p - run));
    if (p == end)
      break;
    if (*p >= NLP_ASCII_END) {
      int32_t cp;
      size_t k = nlp_utf8_next(p, end, &cp);
      int literal = k == 3 && memcmp(p, REPLACEMENT_UTF8, 3) == 0;
      if (cp == NLP_REPLACEMENT_CHAR && !literal)
        NLP_APPEND_LITERAL(out, REPLACEMENT_UTF8);
      else
        sqlite3_str_append(out, (const char *)p, (int)k);
      p += k;
    } else if (*p == '\n' || *p == '\t') {
      sqlite3_str_appendchar(out, 1, (char)*p++);
    } else if (*p == 0) {
      NLP_APPEND_LITERAL(out, REPLACEMENT_UTF8);
      p++;
    } else {
      html_escape_ascii(out, *p++);
    }
  }
}

/* html_escape() of a NUL-terminated string (NULL appends nothing). */
static void html_escape_z(sqlite3_str *out, const char *s) {
  if (s)
    html_escape(out, s, strlen(s));
}

/* Adds an element to a level; its tag is what the pool gained since
** tag_start. */
static void add_span(html_doc_t *d, int lv, size_t start, size_t end,
                     size_t tag_start) {
  html_level_t *l = &d->lv[lv];
  if (l->n == l->cap) {
    size_t cap = l->cap ? 2 * l->cap : 16;
    html_span_t *v = sqlite3_realloc64(l->v, cap * sizeof(*v));
    if (!v) {
      d->nomem = 1;
      return;
    }
    l->v = v, l->cap = cap;
  }
  l->v[l->n].start = start;
  l->v[l->n].end = end;
  l->v[l->n].tag = tag_start;
  l->v[l->n].taglen = (size_t)sqlite3_str_length(d->pool) - tag_start;
  l->n++;
}

/* Keeps the elements of a level apart: a start inside the element before
** moves to its end, and an element left empty is dropped (rows of one
** table never overlap; speaker mentions of different quotes may). */
static int clip_span(const html_doc_t *d, int lv, size_t *start, size_t end) {
  const html_level_t *l = &d->lv[lv];
  if (l->n && *start < l->v[l->n - 1].end)
    *start = l->v[l->n - 1].end;
  return *start < end && end <= d->len;
}

/* A part: its <span>, and the paragraph's <p> when it opens one (parts of
** one paragraph share it: the dateline "CNN —" and the body after it). */
static void add_part(html_doc_t *d, const nlp_part_t *p) {
  size_t tag, start = p->byte_start;
  html_level_t *para = &d->lv[LV_PARA];
  if (!clip_span(d, LV_PART, &start, p->byte_end))
    return;
  if (para->n && d->last_paragraph == p->paragraph) {
    para->v[para->n - 1].end = p->byte_end;
  } else {
    tag = (size_t)sqlite3_str_length(d->pool);
    sqlite3_str_appendf(d->pool, "<p class=\"para\" data-paragraph=\"%lld\">",
                        (long long)p->paragraph);
    add_span(d, LV_PARA, start, p->byte_end, tag);
    d->last_paragraph = p->paragraph;
  }
  tag = (size_t)sqlite3_str_length(d->pool);
  sqlite3_str_appendf(d->pool,
                      "<span class=\"part\" data-idx=\"%lld\" "
                      "data-kind=\"%s\">",
                      (long long)p->idx, nlp_part_kind_name(p->kind));
  add_span(d, LV_PART, start, p->byte_end, tag);
  if (p->kind == NLP_PART_HEADLINE && d->head_start == d->head_end)
    d->head_start = start, d->head_end = p->byte_end;
  d->nparts++;
}

/* Gives each paragraph the white space after it, up to the next one: a
** no-break space left between two <p> would make a line of its own. */
static void widen_paragraphs(html_doc_t *d) {
  html_level_t *para = &d->lv[LV_PARA];
  for (size_t i = 0; i < para->n; i++)
    para->v[i].end = i + 1 < para->n ? para->v[i + 1].start : d->len;
}

/* An entity: <mark class="ent" data-idx="3" data-label="PERSON"
** data-canonical="Joe Biden" title="PERSON: Joe Biden">. */
static void add_entity(html_doc_t *d, const nlp_entity_t *e) {
  size_t tag = (size_t)sqlite3_str_length(d->pool), start = e->byte_start;
  const char *label = nlp_label_name(e->label);
  if (!label || !clip_span(d, LV_ENTITY, &start, e->byte_end))
    return;
  sqlite3_str_appendf(d->pool,
                      "<mark class=\"ent\" data-idx=\"%lld\" data-label=\"%s\"",
                      (long long)e->idx, label);
  NLP_APPEND_LITERAL(d->pool, " data-canonical=\"");
  html_escape_z(d->pool, e->canonical);
  if (e->value) {
    NLP_APPEND_LITERAL(d->pool, "\" data-value=\"");
    html_escape_z(d->pool, e->value);
  }
  sqlite3_str_appendf(d->pool, "\" title=\"%s: ", label);
  html_escape_z(d->pool, e->canonical);
  if (e->value && (!e->canonical || strcmp(e->value, e->canonical) != 0)) {
    NLP_APPEND_LITERAL(d->pool, " = ");
    html_escape_z(d->pool, e->value);
  }
  NLP_APPEND_LITERAL(d->pool, "\">");
  add_span(d, LV_ENTITY, start, e->byte_end, tag);
  d->label_count[e->label]++;
}

/* A quote: <span class="quote" data-idx="0" data-speaker="Jane Doe"
** data-verb="said" title="quote 0, said by Jane Doe">; the quote is also
** kept for its speaker mention (add_speakers). */
static void add_quote(html_doc_t *d, const char *text, const nlp_quote_t *q) {
  size_t tag = (size_t)sqlite3_str_length(d->pool), start = q->byte_start;
  html_quote_t *k;
  if (d->nquotes == d->quotes_cap) {
    size_t cap = d->quotes_cap ? 2 * d->quotes_cap : 8;
    html_quote_t *v = sqlite3_realloc64(d->quotes, cap * sizeof(*v));
    if (!v) {
      d->nomem = 1;
      return;
    }
    d->quotes = v, d->quotes_cap = cap;
  }
  k = &d->quotes[d->nquotes++];
  k->idx = q->idx;
  k->mention_start = q->mention_start;
  k->mention_end = q->mention_end;
  k->speaker = q->speaker && q->speaker_len
                   ? sqlite3_mprintf("%.*s", (int)q->speaker_len, q->speaker)
                   : NULL;
  if (q->speaker && q->speaker_len && !k->speaker)
    d->nomem = 1;
  if (!clip_span(d, LV_QUOTE, &start, q->byte_end))
    return;
  sqlite3_str_appendf(d->pool, "<span class=\"quote\" data-idx=\"%lld\"",
                      (long long)q->idx);
  if (k->speaker) {
    NLP_APPEND_LITERAL(d->pool, " data-speaker=\"");
    html_escape_z(d->pool, k->speaker);
    NLP_APPEND_LITERAL(d->pool, "\"");
  }
  if (q->verb_end > q->verb_start) {
    NLP_APPEND_LITERAL(d->pool, " data-verb=\"");
    html_escape(d->pool, text + q->verb_start, q->verb_end - q->verb_start);
    NLP_APPEND_LITERAL(d->pool, "\"");
  }
  sqlite3_str_appendf(d->pool, " title=\"quote %lld, %s ", (long long)q->idx,
                      k->speaker ? "said by" : "speaker");
  if (k->speaker)
    html_escape_z(d->pool, k->speaker);
  else
    NLP_APPEND_LITERAL(d->pool, "unknown");
  NLP_APPEND_LITERAL(d->pool, "\">");
  add_span(d, LV_QUOTE, start, q->byte_end, tag);
}

/* Orders kept quotes by the start of their speaker mention. */
static int by_mention(const void *a, const void *b) {
  const html_quote_t *x = a, *y = b;
  if (x->mention_start != y->mention_start)
    return x->mention_start < y->mention_start ? -1 : 1;
  return x->idx < y->idx ? -1 : x->idx > y->idx;
}

/* The speaker mentions, one element per distinct span naming all its
** quotes: "he" in “A,” he said, “B.” is <span class="speaker"
** data-quotes="0 1" title="speaker of quotes 0 1: Jane Doe">. */
static void add_speakers(html_doc_t *d) {
  size_t i = 0;
  if (!d->nquotes) /* qsort() takes no NULL array */
    return;
  qsort(d->quotes, d->nquotes, sizeof(*d->quotes), by_mention);
  while (i < d->nquotes) {
    const html_quote_t *q = &d->quotes[i];
    size_t j, tag = (size_t)sqlite3_str_length(d->pool);
    size_t start = q->mention_start;
    if (q->mention_end <= q->mention_start ||
        !clip_span(d, LV_SPEAKER, &start, q->mention_end)) {
      i++;
      continue;
    }
    NLP_APPEND_LITERAL(d->pool, "<span class=\"speaker\" data-quotes=\"");
    for (j = i;
         j < d->nquotes && d->quotes[j].mention_start == q->mention_start &&
         d->quotes[j].mention_end == q->mention_end;
         j++)
      sqlite3_str_appendf(d->pool, "%s%lld", j > i ? " " : "",
                          (long long)d->quotes[j].idx);
    sqlite3_str_appendf(d->pool, "\" title=\"speaker of quote%s ",
                        j - i > 1 ? "s" : "");
    for (size_t k = i; k < j; k++)
      sqlite3_str_appendf(d->pool, "%s%lld", k > i ? " " : "",
                          (long long)d->quotes[k].idx);
    NLP_APPEND_LITERAL(d->pool, ": ");
    if (q->speaker)
      html_escape_z(d->pool, q->speaker);
    else
      NLP_APPEND_LITERAL(d->pool, "unknown");
    NLP_APPEND_LITERAL(d->pool, "\">");
    add_span(d, LV_SPEAKER, start, q->mention_end, tag);
    i = j;
  }
}

/* Runs the parts, entities and quotes of the text into d: NLP_DONE, or the
** status of the iterator that failed. */
static int collect(html_doc_t *d, nlp_interrupt_t *stop) {
  nlp_parts_t *pi;
  nlp_entities_t *ei;
  nlp_quotes_t *qi;
  nlp_part_t p;
  nlp_entity_t e;
  nlp_quote_t q;
  int rc = nlp_parts_new(d->text, d->len, &pi);
  if (rc != NLP_OK)
    return rc;
  while ((rc = nlp_parts_next(pi, &p)) == NLP_OK)
    add_part(d, &p);
  nlp_parts_free(pi);
  if (rc != NLP_DONE)
    return rc;
  widen_paragraphs(d);
  rc = nlp_entities_new_checked(NULL, d->text, d->len, nlp_interrupt_check,
                                stop, &ei);
  if (rc != NLP_OK)
    return rc;
  while ((rc = nlp_entities_next(ei, &e)) == NLP_OK)
    add_entity(d, &e);
  nlp_entities_free(ei);
  if (rc != NLP_DONE)
    return rc;
  rc = nlp_quotes_new(d->text, d->len, &qi);
  if (rc != NLP_OK)
    return rc;
  nlp_quotes_set_check(qi, nlp_interrupt_check, stop);
  while ((rc = nlp_quotes_next(qi, &q)) == NLP_OK)
    add_quote(d, d->text, &q);
  nlp_quotes_free(qi);
  if (rc == NLP_DONE)
    add_speakers(d);
  return d->nomem ? NLP_ENOMEM : rc;
}

/* Closes the open elements of levels from lv inward, innermost first. */
static void close_from(sqlite3_str *out, size_t *open, int lv) {
  for (int l = LV_COUNT - 1; l >= lv; l--) {
    if (open[l] != NO_SPAN)
      sqlite3_str_appendall(out, CLOSE_TAG[l]);
    open[l] = NO_SPAN;
  }
}

/* Makes the open elements those of want: from the outermost level that
** differs, closes what is open and opens what is wanted. */
static void restack(const html_doc_t *d, const char *pool, sqlite3_str *out,
                    size_t *open, const size_t *want) {
  int lv = 0;
  while (lv < LV_COUNT && open[lv] == want[lv])
    lv++;
  if (lv == LV_COUNT)
    return;
  close_from(out, open, lv);
  for (int l = lv; l < LV_COUNT; l++) {
    if (want[l] == NO_SPAN)
      continue;
    sqlite3_str_append(out, pool + d->lv[l].v[want[l]].tag,
                       (int)d->lv[l].v[want[l]].taglen);
    open[l] = want[l];
  }
}

/* Writes the article: the text between two span boundaries at a time,
** inside the elements that hold it. */
static void write_article(const html_doc_t *d, sqlite3_str *out) {
  const char *pool = sqlite3_str_value(d->pool);
  size_t at[LV_COUNT] = {0}, open[LV_COUNT], want[LV_COUNT], pos = 0;
  for (int l = 0; l < LV_COUNT; l++)
    open[l] = NO_SPAN;
  while (pos < d->len) {
    size_t next = d->len;
    for (int l = 0; l < LV_COUNT; l++) {
      const html_level_t *v = &d->lv[l];
      while (at[l] < v->n && v->v[at[l]].end <= pos)
        at[l]++;
      want[l] = at[l] < v->n && v->v[at[l]].start <= pos ? at[l] : NO_SPAN;
      if (want[l] != NO_SPAN && v->v[at[l]].end < next)
        next = v->v[at[l]].end;
      else if (want[l] == NO_SPAN && at[l] < v->n && v->v[at[l]].start < next)
        next = v->v[at[l]].start;
    }
    restack(d, pool, out, open, want);
    html_escape(out, d->text + pos, next - pos);
    pos = next;
  }
  close_from(out, open, 0);
}

/* The legend: each label found (colour, name, description, count), then
** the quote and speaker marks. */
static void write_legend(const html_doc_t *d, sqlite3_str *out) {
  NLP_APPEND_LITERAL(out, "<footer class=\"legend\"><ul>");
  for (int l = 0; l < NLP_LABEL_COUNT; l++) {
    if (!d->label_count[l])
      continue;
    sqlite3_str_appendf(out,
                        "<li><span class=\"swatch\" data-label=\"%s\">%s"
                        "</span>%s (%lld)</li>",
                        nlp_label_name(l), nlp_label_name(l),
                        nlp_label_description(l), (long long)d->label_count[l]);
  }
  sqlite3_str_appendf(out,
                      "<li><span class=\"swatch quote\">quote</span>quoted "
                      "words (%lld)</li><li><span class=\"swatch speaker\">"
                      "speaker</span>who says them</li></ul></footer>",
                      (long long)d->nquotes);
}

/* The page: head (title, style sheet), the article, the legend. */
static void write_page(const html_doc_t *d, sqlite3_str *out) {
  NLP_APPEND_LITERAL(out, "<!DOCTYPE html>\n<html lang=\"en\"><head>"
                          "<meta charset=\"utf-8\"><title>");
  if (d->head_end > d->head_start)
    html_escape(out, d->text + d->head_start, d->head_end - d->head_start);
  else
    NLP_APPEND_LITERAL(out, "Article");
  sqlite3_str_appendf(out,
                      "</title><meta name=\"generator\" "
                      "content=\"sqlite-nlp %s\"><style>%s",
                      nlp_version(), STYLE);
  for (int l = 0; l < NLP_LABEL_COUNT; l++)
    sqlite3_str_appendf(out, "[data-label=%s]{background:%s}",
                        nlp_label_name(l), LABEL_COLOUR[l]);
  NLP_APPEND_LITERAL(out, "</style></head>\n<body><main><article>");
  write_article(d, out);
  NLP_APPEND_LITERAL(out, "</article>\n");
  write_legend(d, out);
  NLP_APPEND_LITERAL(out, "</main></body></html>\n");
}

static void free_doc(html_doc_t *d) {
  for (int l = 0; l < LV_COUNT; l++)
    sqlite3_free(d->lv[l].v);
  for (size_t i = 0; i < d->nquotes; i++)
    sqlite3_free(d->quotes[i].speaker);
  sqlite3_free(d->quotes);
  sqlite3_free(sqlite3_str_finish(d->pool));
}

/* Sets the result from a finished page, or the error of the string. */
static void result_page(sqlite3_context *ctx, sqlite3_str *out) {
  int rc = sqlite3_str_errcode(out), n = sqlite3_str_length(out);
  char *page = sqlite3_str_finish(out);
  if (rc == SQLITE_NOMEM || (rc == SQLITE_OK && !page))
    sqlite3_result_error_nomem(ctx);
  else if (rc != SQLITE_OK)
    sqlite3_result_error_toobig(ctx);
  else {
    sqlite3_result_text(ctx, page, n, sqlite3_free);
    return;
  }
  sqlite3_free(page);
}

/* nlp_html(text): NULL for NULL; numbers as their text, BLOBs as UTF-8. */
static void fn_html(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  sqlite3 *db = sqlite3_context_db_handle(ctx);
  html_doc_t d;
  nlp_interrupt_t stop;
  int rc;
  (void)argc;
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL)
    return;
  memset(&d, 0, sizeof(d));
  d.text = (const char *)sqlite3_value_text(argv[0]);
  d.len = (size_t)sqlite3_value_bytes(argv[0]);
  if (!d.text) {
    if (d.len) {
      sqlite3_result_error_nomem(ctx);
      return;
    }
    d.text = "";
  }
  d.pool = sqlite3_str_new(db);
  nlp_interrupt_init(&stop, db);
  rc = collect(&d, &stop);
  nlp_interrupt_done(&stop);
  if (rc == NLP_DONE && sqlite3_str_errcode(d.pool) != SQLITE_OK)
    rc = sqlite3_str_errcode(d.pool) == SQLITE_NOMEM ? NLP_ENOMEM : NLP_ETOOBIG;
  if (rc != NLP_DONE) {
    free_doc(&d);
    nlp_result_error_code(ctx, FN_NAME, rc);
    return;
  }
  {
    sqlite3_str *out = sqlite3_str_new(db);
    write_page(&d, out);
    free_doc(&d);
    result_page(ctx, out);
  }
}

int nlp_register_html(sqlite3 *db) {
  return sqlite3_create_function(
      db, FN_NAME, 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, 0,
      fn_html, 0, 0);
}
