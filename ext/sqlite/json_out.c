/*
** json_out.c: JSON output of sqlite-nlp.
**
**   SELECT nlp_sentences_json('Hi. Bye.');
**   -- [{"idx":0,"sentence":"Hi.","char_start":0,"char_end":3,
**   --   "byte_start":0,"byte_end":3,"paragraph":0}, ...]
**
** Results carry the JSON subtype, so json_each() and -> read them directly.
*/
#include <string.h>

#include "binding.h"

#define JSON_CONTROL_END 0x20 /* bytes below are escaped as \u00XX */
#define ASCII_DEL 0x7F        /* and so is DEL */
#define HEX_DIGIT_BITS 4
#define HEX_DIGIT_MASK 0xF

/* U+FFFD as it stands in the text, which is kept as it is. */
static const char REPLACEMENT_UTF8[] = "\xEF\xBF\xBD";

/* The non-ASCII character of k bytes at p: kept, or "\ufffd" when it is
** malformed (an encoded surrogate, a cut or overlong sequence). */
static void json_multibyte(sqlite3_str *out, const unsigned char *p, size_t k,
                           int32_t cp) {
  int literal =
      k == sizeof(REPLACEMENT_UTF8) - 1 && memcmp(p, REPLACEMENT_UTF8, k) == 0;
  if (cp == NLP_REPLACEMENT_CHAR && !literal)
    NLP_APPEND_LITERAL(out, "\\ufffd");
  else
    sqlite3_str_append(out, (const char *)p, (int)k);
}

/* An ASCII byte, escaped where JSON needs it. */
static void json_ascii(sqlite3_str *out, unsigned char b) {
  static const char hex[] = "0123456789abcdef";
  if (b == '"' || b == '\\') {
    char e[] = {'\\', (char)b};
    sqlite3_str_append(out, e, (int)sizeof(e));
  } else if (b == '\n') {
    NLP_APPEND_LITERAL(out, "\\n");
  } else if (b == '\r') {
    NLP_APPEND_LITERAL(out, "\\r");
  } else if (b == '\t') {
    NLP_APPEND_LITERAL(out, "\\t");
  } else if (b < JSON_CONTROL_END || b == ASCII_DEL) {
    char e[] = {
        '\\', 'u', '0', '0', hex[b >> HEX_DIGIT_BITS], hex[b & HEX_DIGIT_MASK]};
    sqlite3_str_append(out, e, (int)sizeof(e));
  } else {
    sqlite3_str_appendchar(out, 1, (char)b);
  }
}

void nlp_json_string(sqlite3_str *out, const char *s, size_t n) {
  const unsigned char *p = (const unsigned char *)s, *end = p + n;
  sqlite3_str_appendchar(out, 1, '"');
  while (p < end) {
    if (*p >= NLP_ASCII_END) {
      int32_t cp;
      size_t k = nlp_utf8_next(p, end, &cp);
      json_multibyte(out, p, k, cp);
      p += k;
    } else {
      json_ascii(out, *p++);
    }
  }
  sqlite3_str_appendchar(out, 1, '"');
}

void nlp_json_array_result(sqlite3_context *ctx, sqlite3_str *out, int rc,
                           const char *fn) {
  int n;
  sqlite3_str_appendchar(out, 1, ']');
  if (rc != NLP_DONE) {
    sqlite3_free(sqlite3_str_finish(out));
    nlp_result_error_code(ctx, fn, rc);
    return;
  }
  rc = sqlite3_str_errcode(out);
  if (rc != SQLITE_OK) {
    sqlite3_free(sqlite3_str_finish(out));
    if (rc == SQLITE_NOMEM)
      sqlite3_result_error_nomem(ctx);
    else
      sqlite3_result_error_toobig(ctx);
    return;
  }
  n = sqlite3_str_length(out);
  sqlite3_result_text(ctx, sqlite3_str_finish(out), n, sqlite3_free);
  sqlite3_result_subtype(ctx, NLP_JSON_SUBTYPE);
}

/* nlp_sentences_json(text): a JSON array with nlp_sentences' columns. */
static void sentences_json(sqlite3_context *ctx, int argc,
                           sqlite3_value **argv) {
  const char *text;
  size_t len, first = 1;
  nlp_sentences_t *it;
  nlp_sentence_t s;
  nlp_charpos_t pos;
  sqlite3_str *out;
  int rc;
  (void)argc;
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL)
    return;
  text = (const char *)sqlite3_value_text(argv[0]);
  len = (size_t)sqlite3_value_bytes(argv[0]);
  if (!text)
    text = "", len = 0;
  rc = nlp_sentences_new(text, len, &it);
  if (rc != NLP_OK) {
    nlp_result_error_code(ctx, "nlp_sentences_json", rc);
    return;
  }
  nlp_charpos_init(&pos, text);
  out = sqlite3_str_new(sqlite3_context_db_handle(ctx));
  sqlite3_str_appendchar(out, 1, '[');
  while ((rc = nlp_sentences_next(it, &s)) == NLP_OK) {
    size_t cs = nlp_charpos_at(&pos, s.byte_start);
    size_t ce = nlp_charpos_at(&pos, s.byte_end);
    if (!first)
      sqlite3_str_appendchar(out, 1, ',');
    first = 0;
    sqlite3_str_appendf(out, "{\"idx\":%lld,\"sentence\":", (long long)s.idx);
    nlp_json_string(out, text + s.byte_start, s.byte_end - s.byte_start);
    sqlite3_str_appendf(out,
                        ",\"char_start\":%lld,\"char_end\":%lld,"
                        "\"byte_start\":%lld,\"byte_end\":%lld,"
                        "\"paragraph\":%lld}",
                        (long long)cs, (long long)ce, (long long)s.byte_start,
                        (long long)s.byte_end, (long long)s.paragraph);
  }
  nlp_sentences_free(it);
  nlp_json_array_result(ctx, out, rc, "nlp_sentences_json");
}

int nlp_register_json(sqlite3 *db) {
  return sqlite3_create_function(db, "nlp_sentences_json", 1,
                                 SQLITE_UTF8 | SQLITE_DETERMINISTIC |
                                     SQLITE_INNOCUOUS | SQLITE_RESULT_SUBTYPE,
                                 0, sentences_json, 0, 0);
}
