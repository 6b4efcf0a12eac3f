#!/bin/sh
# The `nlp` FTS5 tokenizer names the option it rejects. FTS5 replaces a
# tokenizer's error with "error in tokenizer constructor", so the named
# message goes to sqlite3_log(), which the shell prints after `.log stdout`.
# usage: option_errors.sh SQLITE3 EXTENSION
set -u
fail=0
SQLITE3=$1 EXT=$2
for case in \
  "nlp categories 'L* N*'|tokenizer nlp: option 'categories': unknown (nlp takes unaccent, punct, remove_diacritics, tokenchars, separators)" \
  "nlp remove_diacritics 3|tokenizer nlp: option 'remove_diacritics': the value must be 0, 1 or 2" \
  "nlp unaccent 2|tokenizer nlp: option 'unaccent': the value must be 0 or 1" \
  "nlp punct|tokenizer nlp: option 'punct': the value must be 0 or 1" \
  "nlp tokenchars|tokenizer nlp: option 'tokenchars': no characters given" \
  "nlp tokenchars '-' separators '-'|tokenizer nlp: option 'separators': a character is in both tokenchars and separators"; do
  opts=${case%%|*} want=${case#*|}
  opts_sql=$(printf '%s' "$opts" | sed "s/'/''/g")
  out=$(printf '.log stdout\nCREATE VIRTUAL TABLE t USING fts5(body, tokenize = '"'"'%s'"'"');\n' "$opts_sql" |
    "$SQLITE3" :memory: -cmd ".load $EXT" 2>&1)
  case $out in
  *"$want"*"error in tokenizer constructor"*) echo "ok: $opts" ;;
  *) echo "FAIL: $opts"; echo "  want: $want"; echo "  got: $out"; fail=1 ;;
  esac
done
# The accepted options create the table and log nothing.
out=$("$SQLITE3" :memory: -cmd ".load $EXT" 2>&1 <<'SQL'
.log stdout
CREATE VIRTUAL TABLE t USING fts5(body,
  tokenize = 'nlp remove_diacritics 2 tokenchars ''_'' separators ''-'' punct 1');
SQL
)
if [ -n "$out" ]; then echo "FAIL: accepted options printed: $out"; fail=1; else echo "ok: accepted options"; fi
exit $fail
