/*
** json_entities.c: nlp_entities_json(text), the rows of nlp_entities() as
** one JSON array (with the JSON subtype, so json_each() and -> read it).
**
**   SELECT nlp_entities_json('Biden flew to Texas.');
**   -- [{"idx":0,"entity":"Biden","label":"PERSON","canonical":"Biden",
**   --   "value":null,"sentence":0,"char_start":0,"char_end":5,
**   --   "byte_start":0,"byte_end":5}, ...]
*/
#include <string.h>

#include "binding.h"

static void opt_string(sqlite3_str *out, const char *s) {
  size_t n = 0;
  if (!s) {
    NLP_APPEND_LITERAL(out, "null");
    return;
  }
  while (s[n])
    n++;
  nlp_json_string(out, s, n);
}

/* The reference date argument of nlp_entities_json(text, reference_date)
** into o: 0, or 1 after an error on ctx (no ISO date). */
static int reference_arg(sqlite3_context *ctx, int argc, sqlite3_value **argv,
                         nlp_entities_opts_t *o) {
  const char *s;
  if (argc < 2 || sqlite3_value_type(argv[1]) == SQLITE_NULL)
    return 0;
  s = (const char *)sqlite3_value_text(argv[1]);
  if (sqlite3_value_type(argv[1]) == SQLITE_TEXT && s &&
      strlen(s) == (size_t)sqlite3_value_bytes(argv[1]) &&
      nlp_date_ok(s, strlen(s))) {
    o->reference_date = s;
    return 0;
  }
  sqlite3_result_error(ctx,
                       "nlp_entities_json(): reference_date must be an ISO "
                       "date 'YYYY-MM-DD' or date-time 'YYYY-MM-DDThh:mm'",
                       -1);
  return 1;
}

static void entities_json(sqlite3_context *ctx, int argc,
                          sqlite3_value **argv) {
  nlp_entities_opts_t opts = {0};
  const char *text;
  size_t len;
  int first = 1, rc;
  nlp_entities_t *it;
  nlp_entity_t e;
  nlp_charpos_t pos;
  nlp_interrupt_t stop;
  sqlite3_str *out;
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL)
    return;
  if (reference_arg(ctx, argc, argv, &opts))
    return;
  text = (const char *)sqlite3_value_text(argv[0]);
  len = (size_t)sqlite3_value_bytes(argv[0]);
  if (!text)
    text = "", len = 0;
  nlp_interrupt_init(&stop, sqlite3_context_db_handle(ctx));
  rc = nlp_entities_new_opts(NULL, text, len, &opts, nlp_interrupt_check, &stop,
                             &it);
  nlp_interrupt_done(&stop);
  if (rc != NLP_OK) {
    nlp_result_error_code(ctx, "nlp_entities_json", rc);
    return;
  }
  nlp_charpos_init(&pos, text);
  out = sqlite3_str_new(sqlite3_context_db_handle(ctx));
  sqlite3_str_appendchar(out, 1, '[');
  while ((rc = nlp_entities_next(it, &e)) == NLP_OK) {
    size_t cs = nlp_charpos_at(&pos, e.byte_start);
    size_t ce = nlp_charpos_at(&pos, e.byte_end);
    if (!first)
      sqlite3_str_appendchar(out, 1, ',');
    first = 0;
    sqlite3_str_appendf(out, "{\"idx\":%lld,\"entity\":", (long long)e.idx);
    nlp_json_string(out, text + e.byte_start, e.byte_end - e.byte_start);
    sqlite3_str_appendf(
        out, ",\"label\":\"%s\",\"canonical\":", nlp_label_name(e.label));
    opt_string(out, e.canonical);
    NLP_APPEND_LITERAL(out, ",\"value\":");
    opt_string(out, e.value);
    sqlite3_str_appendf(out,
                        ",\"sentence\":%lld,\"char_start\":%lld,"
                        "\"char_end\":%lld,\"byte_start\":%lld,"
                        "\"byte_end\":%lld,\"qualifier\":",
                        (long long)e.sentence, (long long)cs, (long long)ce,
                        (long long)e.byte_start, (long long)e.byte_end);
    opt_string(out, e.qualifier);
    sqlite3_str_appendchar(out, 1, '}');
  }
  nlp_entities_free(it);
  nlp_json_array_result(ctx, out, rc, "nlp_entities_json");
}

int nlp_register_entities_json(sqlite3 *db) {
  int rc = SQLITE_OK;
  for (int nargs = 1; nargs <= 2 && rc == SQLITE_OK; nargs++)
    rc = sqlite3_create_function(db, "nlp_entities_json", nargs,
                                 SQLITE_UTF8 | SQLITE_DETERMINISTIC |
                                     SQLITE_INNOCUOUS | SQLITE_RESULT_SUBTYPE,
                                 0, entities_json, 0, 0);
  return rc;
}
