/*
** numex.c: the numeric and temporal entity finder (see numex.h and
** docs/numex.md).
**
** Usage (C, one sentence at a time):
**   nlp_numex_t ents[32];
**   size_t n = nlp_numex_find(text, toks, ntoks, ents, 32);
**   for (size_t k = 0; k < n && k < 32; k++) use(ents[k]);
**
** Hand-written patterns over the tokens of one sentence. The scan goes left
** to right; at each token the matchers are tried in a fixed order (dates
** led by "the", approximators, times, dates, money/percent/quantity/
** cardinal, relative dates, ordinals) and the first match is emitted, after
** which the scan resumes behind it, so spans never overlap. A matcher that
** fails has looked at a bounded number of tokens (about a dozen); only a
** match consumes a longer run (a long number phrase), so the work is linear
** in the number of tokens. Each word is decoded once into a small cache;
** words that are not in the lexicon are mostly rejected by a first-letter/
** length mask, the rest after one hash look-up.
**
** The word lists are our own, written from common English usage in news.
** No allocation and no state but the lexicon's hash table and byte map,
** built once and read-only after; every read stays inside [byte_start,
** byte_end) of the given tokens.
*/
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "text/fnv.h"
#include "numex/numex.h"

/* -------------------------------------------------------------------- */
/* The lexicon                                                           */
/* -------------------------------------------------------------------- */

enum {
  X_NONE = 0,
  X_NUM,    /* zero..nineteen, twenty..ninety: val */
  X_SCALE,  /* hundred..trillion: val = power of ten */
  X_ABBR,   /* k m mn bn: val = power of ten (glued or in money only) */
  X_DOZEN,  /* dozen */
  X_VAGUE,  /* hundreds, thousands, dozens ...: val = power of ten */
  X_ORD,    /* first..: val */
  X_MONTH,  /* val 1..12 */
  X_WDAY,   /* monday..sunday */
  X_DUNIT,  /* day, week, month, year, decade, century, weekend ... */
  X_TUNIT,  /* hour, minute, second */
  X_TOD,    /* morning, afternoon, evening, night */
  X_CLOCK,  /* noon, midnight, midday: val = hour */
  X_REL,    /* today, yesterday, tomorrow (val 0), tonight (val 1) */
  X_DMOD,   /* this, last, next, past, coming, previous ... */
  X_EARLY,  /* early, earlier, late, later, mid */
  X_SEASON, /* spring, summer, autumn, fall, winter */
  X_CUR,    /* currency words: canon = ISO code, val = power of ten */
  X_UNIT,   /* units of measure: canon */
  X_PCT,    /* percent, pct */
  X_APPROX, /* about, around, nearly ... */
  X_AMPM,   /* am, pm, a.m, p.m: val 0 am, 1 pm */
  X_CURADJ, /* US, American, Canadian ... before "dollars": canon */
  X_WORD    /* other words the matchers test by name */
};

/* Entry flags. */
#define F_AMBIG 1  /* month that is also a common word or name: May, March */
#define F_ABBR 2   /* abbreviated month: Jan, Sept */
#define F_PLURAL 4 /* a plural unit word */
#define F_OLD 8    /* year-old, month-old */

typedef struct lex {
  const char *w; /* lower case, no trailing period */
  unsigned char cls;
  unsigned char flags;
  short val;
  const char *canon;
} lex_t;

/* Sorted by strcmp, so no word twice (lex_find finds a word by hash).
** Keep sorted: nlp_numex_tables_ok() checks it. */
static const lex_t LEX[] = {
    {"a", X_WORD, 0, 1, 0},
    {"a.m", X_AMPM, 0, 0, 0},
    {"about", X_APPROX, 0, 0, 0},
    {"acre", X_UNIT, 0, 0, "acre"},
    {"acres", X_UNIT, F_PLURAL, 0, "acre"},
    {"afternoon", X_TOD, 0, 0, 0},
    {"afternoons", X_TOD, 0, 0, 0},
    {"ago", X_WORD, 0, 0, 0},
    {"almost", X_APPROX, 0, 0, 0},
    {"am", X_AMPM, 0, 0, 0},
    {"american", X_CURADJ, 0, 0, "USD"},
    {"an", X_WORD, 0, 1, 0},
    {"and", X_WORD, 0, 0, 0},
    {"approximately", X_APPROX, 0, 0, 0},
    {"apr", X_MONTH, F_ABBR, 4, 0},
    {"april", X_MONTH, 0, 4, 0},
    {"around", X_APPROX, 0, 0, 0},
    {"as", X_WORD, 0, 0, 0},
    {"at", X_WORD, 0, 0, 0},
    {"aug", X_MONTH, F_ABBR, 8, 0},
    {"august", X_MONTH, 0, 8, 0},
    {"australian", X_CURADJ, 0, 0, "AUD"},
    {"autumn", X_SEASON, 0, 0, 0},
    {"b", X_ABBR, 0, 9, 0},
    {"baht", X_CUR, 0, 0, "THB"},
    {"barrel", X_UNIT, 0, 0, "barrel"},
    {"barrels", X_UNIT, F_PLURAL, 0, "barrel"},
    {"beginning", X_WORD, 0, 0, 0},
    {"billion", X_SCALE, 0, 9, 0},
    {"billions", X_VAGUE, 0, 9, 0},
    {"bitcoin", X_CUR, 0, 0, "BTC"},
    {"bitcoins", X_CUR, 0, 0, "BTC"},
    {"bln", X_ABBR, 0, 9, 0},
    {"bn", X_ABBR, 0, 9, 0},
    {"c", X_WORD, 0, 0, 0},
    {"calorie", X_UNIT, 0, 0, "calorie"},
    {"calories", X_UNIT, F_PLURAL, 0, "calorie"},
    {"canadian", X_CURADJ, 0, 0, "CAD"},
    {"celsius", X_WORD, 0, 0, 0},
    {"cent", X_CUR, 0, -2, "USD"},
    {"centimeter", X_UNIT, 0, 0, "cm"},
    {"centimeters", X_UNIT, F_PLURAL, 0, "cm"},
    {"centimetre", X_UNIT, 0, 0, "cm"},
    {"centimetres", X_UNIT, F_PLURAL, 0, "cm"},
    {"cents", X_CUR, 0, -2, "USD"},
    {"centuries", X_DUNIT, 0, 0, 0},
    {"century", X_DUNIT, 0, 0, 0},
    {"close", X_WORD, 0, 0, 0},
    {"cm", X_UNIT, 0, 0, "cm"},
    {"coming", X_DMOD, 0, 0, 0},
    {"cubic", X_WORD, 0, 0, 0},
    {"current", X_DMOD, 0, 0, 0},
    {"day", X_DUNIT, 0, 0, 0},
    {"day-old", X_DUNIT, F_OLD, 0, 0},
    {"days", X_DUNIT, 0, 0, 0},
    {"dec", X_MONTH, F_ABBR, 12, 0},
    {"decade", X_DUNIT, 0, 0, 0},
    {"decades", X_DUNIT, 0, 0, 0},
    {"december", X_MONTH, 0, 12, 0},
    {"degree", X_UNIT, 0, 0, "degree"},
    {"degrees", X_UNIT, F_PLURAL, 0, "degree"},
    {"dirham", X_CUR, 0, 0, "AED"},
    {"dirhams", X_CUR, 0, 0, "AED"},
    {"dollar", X_CUR, 0, 0, "USD"},
    {"dollars", X_CUR, 0, 0, "USD"},
    {"dozen", X_DOZEN, 0, 0, 0},
    {"dozens", X_VAGUE, 0, 1, 0},
    {"earlier", X_EARLY, 0, 0, 0},
    {"early", X_EARLY, 0, 0, 0},
    {"eight", X_NUM, 0, 8, 0},
    {"eighteen", X_NUM, 0, 18, 0},
    {"eighteenth", X_ORD, 0, 18, 0},
    {"eighth", X_ORD, 0, 8, 0},
    {"eightieth", X_ORD, 0, 80, 0},
    {"eighty", X_NUM, 0, 80, 0},
    {"eleven", X_NUM, 0, 11, 0},
    {"eleventh", X_ORD, 0, 11, 0},
    {"end", X_WORD, 0, 0, 0},
    {"euro", X_CUR, 0, 0, "EUR"},
    {"euros", X_CUR, 0, 0, "EUR"},
    {"evening", X_TOD, 0, 0, 0},
    {"evenings", X_TOD, 0, 0, 0},
    {"f", X_WORD, 0, 0, 0},
    {"fahrenheit", X_WORD, 0, 0, 0},
    {"fall", X_SEASON, 0, 0, 0},
    {"feb", X_MONTH, F_ABBR, 2, 0},
    {"february", X_MONTH, 0, 2, 0},
    {"feet", X_UNIT, F_PLURAL, 0, "foot"},
    {"few", X_WORD, 0, 0, 0},
    {"fewer", X_WORD, 0, 0, 0},
    {"fifteen", X_NUM, 0, 15, 0},
    {"fifteenth", X_ORD, 0, 15, 0},
    {"fifth", X_ORD, 0, 5, 0},
    {"fiftieth", X_ORD, 0, 50, 0},
    {"fifty", X_NUM, 0, 50, 0},
    {"final", X_DMOD, 0, 0, 0},
    {"first", X_ORD, 0, 1, 0},
    {"five", X_NUM, 0, 5, 0},
    {"following", X_DMOD, 0, 0, 0},
    {"foot", X_UNIT, 0, 0, "foot"},
    {"fortieth", X_ORD, 0, 40, 0},
    {"fortnight", X_DUNIT, 0, 0, 0},
    {"forty", X_NUM, 0, 40, 0},
    {"four", X_NUM, 0, 4, 0},
    {"fourteen", X_NUM, 0, 14, 0},
    {"fourteenth", X_ORD, 0, 14, 0},
    {"fourth", X_ORD, 0, 4, 0},
    {"franc", X_CUR, 0, 0, "CHF"},
    {"francs", X_CUR, 0, 0, "CHF"},
    {"fri", X_NONE, 0, 0, 0},
    {"friday", X_WDAY, 0, 5, 0},
    {"fridays", X_WDAY, 0, 5, 0},
    {"ft", X_UNIT, 0, 0, "foot"},
    {"gallon", X_UNIT, 0, 0, "gallon"},
    {"gallons", X_UNIT, F_PLURAL, 0, "gallon"},
    {"gigawatt", X_UNIT, 0, 0, "GW"},
    {"gigawatts", X_UNIT, F_PLURAL, 0, "GW"},
    {"gram", X_UNIT, 0, 0, "g"},
    {"grams", X_UNIT, F_PLURAL, 0, "g"},
    {"gw", X_UNIT, 0, 0, "GW"},
    {"half", X_WORD, 0, 0, 0},
    {"hectare", X_UNIT, 0, 0, "hectare"},
    {"hectares", X_UNIT, F_PLURAL, 0, "hectare"},
    {"hour", X_TUNIT, 0, 0, 0},
    {"hours", X_TUNIT, 0, 0, 0},
    {"hundred", X_SCALE, 0, 2, 0},
    {"hundreds", X_VAGUE, 0, 2, 0},
    {"hundredth", X_ORD, 0, 100, 0},
    {"inch", X_UNIT, 0, 0, "inch"},
    {"inches", X_UNIT, F_PLURAL, 0, "inch"},
    {"jan", X_MONTH, F_ABBR, 1, 0},
    {"january", X_MONTH, 0, 1, 0},
    {"jul", X_MONTH, F_ABBR, 7, 0},
    {"july", X_MONTH, 0, 7, 0},
    {"jun", X_MONTH, F_ABBR, 6, 0},
    {"june", X_MONTH, 0, 6, 0},
    {"just", X_WORD, 0, 0, 0},
    {"k", X_ABBR, 0, 3, 0},
    {"kg", X_UNIT, 0, 0, "kg"},
    {"kilo", X_UNIT, 0, 0, "kg"},
    {"kilogram", X_UNIT, 0, 0, "kg"},
    {"kilograms", X_UNIT, F_PLURAL, 0, "kg"},
    {"kilometer", X_UNIT, 0, 0, "km"},
    {"kilometers", X_UNIT, F_PLURAL, 0, "km"},
    {"kilometre", X_UNIT, 0, 0, "km"},
    {"kilometres", X_UNIT, F_PLURAL, 0, "km"},
    {"kilos", X_UNIT, F_PLURAL, 0, "kg"},
    {"kilowatt", X_UNIT, 0, 0, "kW"},
    {"kilowatts", X_UNIT, F_PLURAL, 0, "kW"},
    {"km", X_UNIT, 0, 0, "km"},
    {"kmh", X_UNIT, 0, 0, "km/h"},
    {"knot", X_UNIT, 0, 0, "knot"},
    {"knots", X_UNIT, F_PLURAL, 0, "knot"},
    {"kph", X_UNIT, 0, 0, "km/h"},
    {"krona", X_CUR, 0, 0, "SEK"},
    {"krone", X_CUR, 0, 0, "NOK"},
    {"kroner", X_CUR, 0, 0, "NOK"},
    {"kronor", X_CUR, 0, 0, "SEK"},
    {"kw", X_UNIT, 0, 0, "kW"},
    {"kwh", X_UNIT, 0, 0, "kWh"},
    {"last", X_DMOD, 0, 0, 0},
    {"late", X_EARLY, 0, 0, 0},
    {"later", X_EARLY, 0, 0, 0},
    {"lb", X_UNIT, 0, 0, "lb"},
    {"lbs", X_UNIT, F_PLURAL, 0, "lb"},
    {"least", X_WORD, 0, 0, 0},
    {"less", X_WORD, 0, 0, 0},
    {"lira", X_CUR, 0, 0, "TRY"},
    {"liter", X_UNIT, 0, 0, "litre"},
    {"liters", X_UNIT, F_PLURAL, 0, "litre"},
    {"litre", X_UNIT, 0, 0, "litre"},
    {"litres", X_UNIT, F_PLURAL, 0, "litre"},
    {"m", X_ABBR, 0, 6, 0},
    {"many", X_WORD, 0, 0, 0},
    {"mar", X_MONTH, F_ABBR, 3, 0},
    {"march", X_MONTH, F_AMBIG, 3, 0},
    {"may", X_MONTH, F_AMBIG, 5, 0},
    {"megawatt", X_UNIT, 0, 0, "MW"},
    {"megawatts", X_UNIT, F_PLURAL, 0, "MW"},
    {"meter", X_UNIT, 0, 0, "m"},
    {"meters", X_UNIT, F_PLURAL, 0, "m"},
    {"metre", X_UNIT, 0, 0, "m"},
    {"metres", X_UNIT, F_PLURAL, 0, "m"},
    {"metric", X_WORD, 0, 0, 0},
    {"mid", X_EARLY, 0, 0, 0},
    {"midday", X_CLOCK, 0, 12, 0},
    {"middle", X_WORD, 0, 0, 0},
    {"midnight", X_CLOCK, 0, 0, 0},
    {"mile", X_UNIT, 0, 0, "mile"},
    {"miles", X_UNIT, F_PLURAL, 0, "mile"},
    {"millimeter", X_UNIT, 0, 0, "mm"},
    {"millimeters", X_UNIT, F_PLURAL, 0, "mm"},
    {"millimetre", X_UNIT, 0, 0, "mm"},
    {"millimetres", X_UNIT, F_PLURAL, 0, "mm"},
    {"million", X_SCALE, 0, 6, 0},
    {"millions", X_VAGUE, 0, 6, 0},
    {"millionth", X_ORD, 0, 0, 0},
    {"minute", X_TUNIT, 0, 0, 0},
    {"minutes", X_TUNIT, 0, 0, 0},
    {"mln", X_ABBR, 0, 6, 0},
    {"mm", X_UNIT, 0, 0, "mm"},
    {"mn", X_ABBR, 0, 6, 0},
    {"monday", X_WDAY, 0, 1, 0},
    {"mondays", X_WDAY, 0, 1, 0},
    {"month", X_DUNIT, 0, 0, 0},
    {"month-old", X_DUNIT, F_OLD, 0, 0},
    {"months", X_DUNIT, 0, 0, 0},
    {"more", X_WORD, 0, 0, 0},
    {"morning", X_TOD, 0, 0, 0},
    {"mornings", X_TOD, 0, 0, 0},
    {"most", X_WORD, 0, 0, 0},
    {"mph", X_UNIT, 0, 0, "mph"},
    {"much", X_WORD, 0, 0, 0},
    {"mw", X_UNIT, 0, 0, "MW"},
    {"naira", X_CUR, 0, 0, "NGN"},
    {"nearly", X_APPROX, 0, 0, 0},
    {"next", X_DMOD, 0, 0, 0},
    {"night", X_TOD, 0, 0, 0},
    {"nights", X_TOD, 0, 0, 0},
    {"nine", X_NUM, 0, 9, 0},
    {"nineteen", X_NUM, 0, 19, 0},
    {"nineteenth", X_ORD, 0, 19, 0},
    {"ninetieth", X_ORD, 0, 90, 0},
    {"ninety", X_NUM, 0, 90, 0},
    {"ninth", X_ORD, 0, 9, 0},
    {"noon", X_CLOCK, 0, 12, 0},
    {"nov", X_MONTH, F_ABBR, 11, 0},
    {"november", X_MONTH, 0, 11, 0},
    {"o'clock", X_WORD, 0, 0, 0},
    {"oct", X_MONTH, F_ABBR, 10, 0},
    {"october", X_MONTH, 0, 10, 0},
    {"of", X_WORD, 0, 0, 0},
    {"old", X_WORD, 0, 0, 0},
    {"one", X_NUM, 0, 1, 0},
    {"ounce", X_UNIT, 0, 0, "oz"},
    {"ounces", X_UNIT, F_PLURAL, 0, "oz"},
    {"over", X_APPROX, 0, 0, 0},
    {"oz", X_UNIT, 0, 0, "oz"},
    {"p", X_WORD, 0, 0, 0},
    {"p.m", X_AMPM, 0, 1, 0},
    {"past", X_DMOD, 0, 0, 0},
    {"pct", X_PCT, 0, 0, 0},
    {"pence", X_CUR, 0, -2, "GBP"},
    {"penny", X_CUR, 0, -2, "GBP"},
    {"per", X_WORD, 0, 0, 0},
    {"per-cent", X_PCT, 0, 0, 0},
    {"percent", X_PCT, 0, 0, 0},
    {"percentage", X_WORD, 0, 0, 0},
    {"percentage-point", X_PCT, 0, 0, 0},
    {"peso", X_CUR, 0, 0, "MXN"},
    {"pesos", X_CUR, 0, 0, "MXN"},
    {"pint", X_UNIT, 0, 0, "pint"},
    {"pints", X_UNIT, F_PLURAL, 0, "pint"},
    {"pm", X_AMPM, 0, 1, 0},
    {"point", X_WORD, 0, 0, 0},
    {"points", X_WORD, 0, 0, 0},
    {"pound", X_CUR, 0, 0, "GBP"},
    {"pounds", X_CUR, 0, 0, "GBP"},
    {"previous", X_DMOD, 0, 0, 0},
    {"quarter", X_DUNIT, 0, 0, 0},
    {"quarters", X_DUNIT, 0, 0, 0},
    {"rand", X_CUR, 0, 0, "ZAR"},
    {"recent", X_DMOD, 0, 0, 0},
    {"renminbi", X_CUR, 0, 0, "CNY"},
    {"rest", X_WORD, 0, 0, 0},
    {"riyal", X_CUR, 0, 0, "SAR"},
    {"riyals", X_CUR, 0, 0, "SAR"},
    {"rouble", X_CUR, 0, 0, "RUB"},
    {"roubles", X_CUR, 0, 0, "RUB"},
    {"roughly", X_APPROX, 0, 0, 0},
    {"rs", X_WORD, 0, 0, "INR"},
    {"ruble", X_CUR, 0, 0, "RUB"},
    {"rubles", X_CUR, 0, 0, "RUB"},
    {"rupee", X_CUR, 0, 0, "INR"},
    {"rupees", X_CUR, 0, 0, "INR"},
    {"same", X_DMOD, 0, 0, 0},
    {"saturday", X_WDAY, 0, 6, 0},
    {"saturdays", X_WDAY, 0, 6, 0},
    {"season", X_DUNIT, 0, 0, 0},
    {"seasons", X_DUNIT, 0, 0, 0},
    {"second", X_ORD, 0, 2, 0},
    {"seconds", X_TUNIT, 0, 0, 0},
    {"sep", X_MONTH, F_ABBR, 9, 0},
    {"sept", X_MONTH, F_ABBR, 9, 0},
    {"september", X_MONTH, 0, 9, 0},
    {"seven", X_NUM, 0, 7, 0},
    {"seventeen", X_NUM, 0, 17, 0},
    {"seventeenth", X_ORD, 0, 17, 0},
    {"seventh", X_ORD, 0, 7, 0},
    {"seventieth", X_ORD, 0, 70, 0},
    {"seventy", X_NUM, 0, 70, 0},
    {"shekel", X_CUR, 0, 0, "ILS"},
    {"shekels", X_CUR, 0, 0, "ILS"},
    {"six", X_NUM, 0, 6, 0},
    {"sixteen", X_NUM, 0, 16, 0},
    {"sixteenth", X_ORD, 0, 16, 0},
    {"sixth", X_ORD, 0, 6, 0},
    {"sixtieth", X_ORD, 0, 60, 0},
    {"sixty", X_NUM, 0, 60, 0},
    {"some", X_APPROX, 0, 0, 0},
    {"spring", X_SEASON, 0, 0, 0},
    {"sq", X_WORD, 0, 0, 0},
    {"square", X_WORD, 0, 0, 0},
    {"start", X_WORD, 0, 0, 0},
    {"sterling", X_CUR, 0, 0, "GBP"},
    {"summer", X_SEASON, 0, 0, 0},
    {"sunday", X_WDAY, 0, 7, 0},
    {"sundays", X_WDAY, 0, 7, 0},
    {"ten", X_NUM, 0, 10, 0},
    {"tens", X_WORD, 0, 0, 0},
    {"tenth", X_ORD, 0, 10, 0},
    {"than", X_WORD, 0, 0, 0},
    {"the", X_WORD, 0, 0, 0},
    {"third", X_ORD, 0, 3, 0},
    {"thirteen", X_NUM, 0, 13, 0},
    {"thirteenth", X_ORD, 0, 13, 0},
    {"thirtieth", X_ORD, 0, 30, 0},
    {"thirty", X_NUM, 0, 30, 0},
    {"this", X_DMOD, 0, 0, 0},
    {"thousand", X_SCALE, 0, 3, 0},
    {"thousands", X_VAGUE, 0, 3, 0},
    {"thousandth", X_ORD, 0, 0, 0},
    {"three", X_NUM, 0, 3, 0},
    {"thursday", X_WDAY, 0, 4, 0},
    {"thursdays", X_WDAY, 0, 4, 0},
    {"tn", X_ABBR, 0, 12, 0},
    {"to", X_WORD, 0, 0, 0},
    {"today", X_REL, 0, 0, 0},
    {"tomorrow", X_REL, 0, 0, 0},
    {"ton", X_UNIT, 0, 0, "ton"},
    {"tonight", X_REL, 0, 1, 0},
    {"tonne", X_UNIT, 0, 0, "tonne"},
    {"tonnes", X_UNIT, F_PLURAL, 0, "tonne"},
    {"tons", X_UNIT, F_PLURAL, 0, "ton"},
    {"trillion", X_SCALE, 0, 12, 0},
    {"trillions", X_VAGUE, 0, 12, 0},
    {"tuesday", X_WDAY, 0, 2, 0},
    {"tuesdays", X_WDAY, 0, 2, 0},
    {"turn", X_WORD, 0, 0, 0},
    {"twelfth", X_ORD, 0, 12, 0},
    {"twelve", X_NUM, 0, 12, 0},
    {"twentieth", X_ORD, 0, 20, 0},
    {"twenty", X_NUM, 0, 20, 0},
    {"two", X_NUM, 0, 2, 0},
    {"u.s", X_CURADJ, 0, 0, "USD"},
    {"under", X_APPROX, 0, 0, 0},
    {"up", X_WORD, 0, 0, 0},
    {"upcoming", X_DMOD, 0, 0, 0},
    {"us", X_CURADJ, 0, 0, "USD"},
    {"wednesday", X_WDAY, 0, 3, 0},
    {"wednesdays", X_WDAY, 0, 3, 0},
    {"week", X_DUNIT, 0, 0, 0},
    {"week-old", X_DUNIT, F_OLD, 0, 0},
    {"weekend", X_DUNIT, 0, 0, 0},
    {"weekends", X_DUNIT, 0, 0, 0},
    {"weeks", X_DUNIT, 0, 0, 0},
    {"well", X_WORD, 0, 0, 0},
    {"winter", X_SEASON, 0, 0, 0},
    {"won", X_CUR, 0, 0, "KRW"},
    {"yard", X_UNIT, 0, 0, "yard"},
    {"yards", X_UNIT, F_PLURAL, 0, "yard"},
    {"year", X_DUNIT, 0, 0, 0},
    {"year-old", X_DUNIT, F_OLD, 0, 0},
    {"year-olds", X_DUNIT, F_OLD, 0, 0},
    {"years", X_DUNIT, 0, 0, 0},
    {"years-old", X_DUNIT, F_OLD, 0, 0},
    {"yen", X_CUR, 0, 0, "JPY"},
    {"yesterday", X_REL, 0, 0, 0},
    {"yuan", X_CUR, 0, 0, "CNY"},
    {"zero", X_NUM, 0, 0, 0},
};
#define NLEX (sizeof(LEX) / sizeof(LEX[0]))

/* Bit n of LEN_MASK[letter - 'a'] is set when some LEX word of n bytes
** starts with that letter: rejects most words without a search.
** nlp_numex_tables_ok() recomputes it. */
static const uint32_t LEN_MASK[26] = {
    0x0277E, 0x003DE, 0x00FF6, 0x001F8, 0x007F8, 0x007FE, 0x003F4,
    0x003B0, 0x00050, 0x00098, 0x0077E, 0x0007C, 0x00FFE, 0x00778,
    0x000FC, 0x105FE, 0x00180, 0x001F4, 0x00FFC, 0x007FC, 0x0012C,
    0x00000, 0x007F8, 0x00000, 0x00338, 0x00010};

/* ISO 4217 codes written before or after an amount (case-sensitive). */
static const char *const CODES[] = {"AUD", "BRL", "CAD", "CHF", "CNY", "EUR",
                                    "GBP", "HKD", "INR", "JPY", "KRW", "MXN",
                                    "NZD", "RUB", "SEK", "USD", "ZAR"};
#define NCODES (sizeof(CODES) / sizeof(CODES[0]))

/* Currency signs (UTF-8) and their codes. ¥ is read as yen. */
static const struct {
  const char *sym;
  const char *code;
} SIGNS[] = {{"$", "USD"},
             {"\xC2\xA3", "GBP"},      /* £ */
             {"\xC2\xA5", "JPY"},      /* ¥ */
             {"\xE0\xB8\xBF", "THB"},  /* ฿ */
             {"\xE2\x82\xA6", "NGN"},  /* ₦ */
             {"\xE2\x82\xA9", "KRW"},  /* ₩ */
             {"\xE2\x82\xAA", "ILS"},  /* ₪ */
             {"\xE2\x82\xAC", "EUR"},  /* € */
             {"\xE2\x82\xB1", "PHP"},  /* ₱ */
             {"\xE2\x82\xB9", "INR"},  /* ₹ */
             {"\xE2\x82\xBA", "TRY"},  /* ₺ */
             {"\xE2\x82\xBD", "RUB"}}; /* ₽ */

/* Letters glued before "$": US$5, C$10, HK$3. */
static const struct {
  const char *pre;
  const char *code;
} DOLLAR_PREFIX[] = {{"A", "AUD"},  {"AU", "AUD"}, {"C", "CAD"},  {"CA", "CAD"},
                     {"HK", "HKD"}, {"NT", "TWD"}, {"NZ", "NZD"}, {"R", "BRL"},
                     {"S", "SGD"},  {"US", "USD"}};

/* Time zones written after a clock time (case-sensitive). */
static const char *const ZONES[] = {"BST", "CDT", "CET", "CEST", "CST", "CT",
                                    "EDT", "EST", "ET",  "GMT",  "MDT", "MST",
                                    "PDT", "PST", "PT",  "UTC"};
#define NZONES (sizeof(ZONES) / sizeof(ZONES[0]))

/* Words before a bare year or month that make it a date ("in 2023"). */
static const char *const DATE_PREPS[] = {
    "after", "and",     "around", "before", "between", "by",  "during",
    "early", "from",    "in",     "late",   "of",      "on",  "since",
    "the",   "through", "till",   "to",     "until",   "year"};
#define NPREPS (sizeof(DATE_PREPS) / sizeof(DATE_PREPS[0]))

/* Words after which "one" is a pronoun, not a number. */
static const char *const ONE_PRONOUN[] = {
    "any", "each", "every", "no", "that", "the", "this", "which", "another"};
#define NONEPRO (sizeof(ONE_PRONOUN) / sizeof(ONE_PRONOUN[0]))

/* Compares a[0..n) with the NUL-terminated b, like strcmp. */
static int cmp_key(const char *a, size_t n, const char *b) {
  for (size_t k = 0; k < n; k++) {
    unsigned char x = (unsigned char)a[k], y = (unsigned char)b[k];
    if (x != y)
      return y == 0 ? 1 : (x < y ? -1 : 1);
  }
  return b[n] ? -1 : 0;
}

static int in_list(const char *const *list, size_t n, const char *w,
                   size_t len);

/* Whether w[0..len) is one of the ISO codes above (three capitals). */
static int is_code(const char *w, size_t len) {
  if (len != 3 || w[0] < 'A' || w[0] > 'Z' || w[2] < 'A' || w[2] > 'Z')
    return 0;
  return in_list(CODES, NCODES, w, len);
}

/* LEX by hash, built once: slot = entry index + 1 | hash tag << 16; 0 is
** empty. Most words looked up are not in LEX: the tag turns them away
** without reading an entry. */
#define LEX_SLOTS 1024u
static uint32_t lex_slots[LEX_SLOTS];
/* Each byte as starts_nothing hashes it (ASCII lower case), 0 for the bytes
** that send a word the long way: non-ASCII, '-' and NUL. Built with
** lex_slots. */
static unsigned char lex_byte[256];
static pthread_once_t lex_once = PTHREAD_ONCE_INIT;

static uint32_t lex_hash(const char *w, size_t n) {
  uint32_t h = NLP_FNV_START;
  for (size_t i = 0; i < n; i++)
    NLP_FNV_STEP(h, (unsigned char)w[i]);
  return NLP_FNV_FOLD(h);
}

static void lex_build(void) {
  _Static_assert(NLEX < LEX_SLOTS / 2 && NLEX < 0xFFFF, "LEX_SLOTS too few");
  for (unsigned b = 1; b < 0x80; b++)
    lex_byte[b] = (unsigned char)(b == '-' ? 0 : b - 'A' < 26u ? b | 0x20 : b);
  for (size_t i = 0; i < NLEX; i++) {
    uint32_t h = lex_hash(LEX[i].w, strlen(LEX[i].w)), j = h & (LEX_SLOTS - 1);
    while (lex_slots[j])
      j = (j + 1) & (LEX_SLOTS - 1);
    lex_slots[j] = (uint32_t)(i + 1) | (h >> 16) << 16;
  }
}

/* Whether w[0..n) can be a LEX word at all, by its first letter and its
** length (no hash). */
static int lex_may(const char *w, size_t n) {
  return n > 0 && n <= 31 && w[0] >= 'a' && w[0] <= 'z' &&
         (LEN_MASK[w[0] - 'a'] & (1u << n));
}

/* The LEX entry of w[0..n), of hash h (lex_hash), or NULL. */
static const lex_t *lex_probe(const char *w, size_t n, uint32_t h) {
  uint32_t j;
  pthread_once(&lex_once, lex_build);
  for (j = h & (LEX_SLOTS - 1); lex_slots[j]; j = (j + 1) & (LEX_SLOTS - 1)) {
    uint32_t e = lex_slots[j];
    if (e >> 16 == h >> 16 && cmp_key(w, n, LEX[(e & 0xFFFF) - 1].w) == 0)
      return &LEX[(e & 0xFFFF) - 1];
  }
  return NULL;
}

static const lex_t *lex_find(const char *w, size_t n) {
  return lex_may(w, n) ? lex_probe(w, n, lex_hash(w, n)) : NULL;
}

static int in_list(const char *const *list, size_t n, const char *w,
                   size_t len) {
  for (size_t i = 0; i < n; i++)
    if (cmp_key(w, len, list[i]) == 0)
      return 1;
  return 0;
}

int nlp_numex_is_calendar_word(const char *w, size_t n) {
  char low[32];
  const lex_t *x;
  if (!w || n == 0 || n >= sizeof low)
    return 0;
  for (size_t k = 0; k < n; k++)
    low[k] = (char)(w[k] >= 'A' && w[k] <= 'Z' ? w[k] + 32 : w[k]);
  x = lex_find(low, n);
  return x && (x->cls == X_MONTH || x->cls == X_WDAY);
}

const char *nlp_numex_label_name(nlp_numex_label_t label) {
  static const char *const NAMES[] = {
      "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL"};
  if ((unsigned)label > NLP_NUMEX_CARDINAL)
    return "";
  return NAMES[label];
}

int nlp_numex_tables_ok(void) {
  uint32_t masks[26] = {0};
  for (size_t i = 0; i < NLEX; i++) {
    size_t n = strlen(LEX[i].w);
    if (LEX[i].w[0] < 'a' || LEX[i].w[0] > 'z' || n > 31)
      return 0;
    masks[LEX[i].w[0] - 'a'] |= 1u << n;
  }
  if (memcmp(masks, LEN_MASK, sizeof(masks)) != 0)
    return 0;
  for (size_t i = 1; i < NLEX; i++)
    if (strcmp(LEX[i - 1].w, LEX[i].w) >= 0)
      return 0;
  for (size_t i = 1; i < NCODES; i++)
    if (strcmp(CODES[i - 1], CODES[i]) >= 0)
      return 0;
  for (size_t i = 1; i < NPREPS; i++)
    if (strcmp(DATE_PREPS[i - 1], DATE_PREPS[i]) >= 0)
      return 0;
  return 1;
}

/* -------------------------------------------------------------------- */
/* Token access                                                          */
/* -------------------------------------------------------------------- */

#define WMAX 24 /* longest word looked up, in bytes */

typedef struct word {
  char low[WMAX + 1]; /* lower-cased ASCII, trailing period removed */
  size_t len;         /* 0 when not a plain ASCII word of <= WMAX bytes */
  const lex_t *lex;   /* lexicon entry of low, or NULL */
  int upper;          /* first letter is a capital */
  int allcaps;        /* all letters are capitals */
} word_t;

/* The matchers read the same few tokens again and again; a small
** direct-mapped cache of decoded words (on the caller's stack) keeps that
** to one decode and one look-up per token. */
#define WCACHE 16

typedef struct ctx {
  const char *text;
  const nlp_token_t *toks;
  size_t n;
  word_t *cache;     /* WCACHE entries */
  size_t *cache_idx; /* token index + 1 held by each entry, 0 = empty */
} ctx_t;

static const char *tptr(const ctx_t *c, size_t i) {
  return c->text + c->toks[i].byte_start;
}

static size_t tlen(const ctx_t *c, size_t i) {
  const nlp_token_t *t = &c->toks[i];
  return t->byte_end > t->byte_start ? t->byte_end - t->byte_start : 0;
}

static nlp_token_kind_t tkind(const ctx_t *c, size_t i) {
  return c->toks[i].kind;
}

/* Whether token i ends exactly where token i+1 starts. */
static int glued(const ctx_t *c, size_t i) {
  return i + 1 < c->n && c->toks[i].byte_end == c->toks[i + 1].byte_start;
}

/* Whether token i is exactly the string s. */
static int is_tok(const ctx_t *c, size_t i, const char *s) {
  size_t n = strlen(s);
  return i < c->n && tlen(c, i) == n && memcmp(tptr(c, i), s, n) == 0;
}

/* Reads token i as a word. A right single quotation mark reads as '.
** hash: the lex_hash of its lower-cased form (less a final period) when
** known (plain_hash), else NULL. Kept out of line: word_at, inlined in every
** reader, is the cache hit. */
#if defined(__GNUC__)
#define NX_NOINLINE __attribute__((noinline))
#else
#define NX_NOINLINE
#endif
static NX_NOINLINE void decode_word(const ctx_t *c, size_t i, word_t *w,
                                    const uint32_t *hash);

/* word_at() of a token whose hash may be known (decode_word). */
static inline const word_t *word_at_hashed(const ctx_t *c, size_t i,
                                           const uint32_t *hash) {
  size_t slot = i % WCACHE;
  if (c->cache_idx[slot] != i + 1) {
    decode_word(c, i, &c->cache[slot], hash);
    c->cache_idx[slot] = i + 1;
  }
  return &c->cache[slot];
}

/* Token i read as a word, in the cache: good until a word is read for
** another token of the same cache entry (i + k * WCACHE). For use before
** reading words further away; get_word keeps a copy. */
static inline const word_t *word_at(const ctx_t *c, size_t i) {
  return word_at_hashed(c, i, NULL);
}

static void get_word(const ctx_t *c, size_t i, word_t *w) {
  *w = *word_at(c, i);
}

static NX_NOINLINE void decode_word(const ctx_t *c, size_t i, word_t *w,
                                    const uint32_t *hash) {
  const unsigned char *p, *e;
  size_t k = 0;
  int letters = 0, caps = 0;
  w->len = 0;
  w->lex = NULL;
  w->upper = 0;
  w->allcaps = 0;
  w->low[0] = 0;
  if (i >= c->n || tkind(c, i) != NLP_TOKEN_WORD)
    return;
  p = (const unsigned char *)tptr(c, i);
  e = p + tlen(c, i);
  if (p < e && *p >= 'A' && *p <= 'Z')
    w->upper = 1;
  while (p < e) {
    unsigned char ch = *p;
    if (k >= WMAX)
      return;
    if (ch == 0xE2 && e - p >= 3 && p[1] == 0x80 && p[2] == 0x99) {
      w->low[k++] = '\'';
      p += 3;
      continue;
    }
    if (ch >= 0x80)
      return;
    if (ch >= 'A' && ch <= 'Z') {
      caps++;
      letters++;
      ch = (unsigned char)(ch | 0x20);
    } else if (ch >= 'a' && ch <= 'z') {
      letters++;
    }
    w->low[k++] = (char)ch;
    p++;
  }
  if (k > 1 && w->low[k - 1] == '.')
    k--;
  w->low[k] = 0;
  w->len = k;
  w->allcaps = letters > 1 && caps == letters;
  /* The longest lexicon word has 16 bytes; words need a letter. */
  if (k <= 16 && letters && lex_may(w->low, k))
    w->lex = lex_probe(w->low, k, hash ? *hash : lex_hash(w->low, k));
}

/* Whether w is the word s (the first bytes compared inline: most differ). */
static int wis(const word_t *w, const char *s) {
  return w->len && w->low[0] == s[0] && strcmp(w->low, s) == 0;
}

static int word_is(const ctx_t *c, size_t i, const char *s) {
  return wis(word_at(c, i), s);
}

static int wcls(const word_t *w) { return w->lex ? w->lex->cls : X_NONE; }

static int is_dash(const ctx_t *c, size_t i) {
  return is_tok(c, i, "-") || is_tok(c, i, "\xE2\x80\x93"); /* - – */
}

/* -------------------------------------------------------------------- */
/* Exact decimal values                                                  */
/* -------------------------------------------------------------------- */

typedef struct dec {
  uint64_t m; /* value = m * 10^e */
  int e;
  int ok; /* 0: unknown or too large */
} dec_t;

#define MANT_MAX 100000000000000000ULL /* 1e17 */

static dec_t dec_int(uint64_t v) {
  dec_t d = {v, 0, 1};
  return d;
}

static dec_t dec_scale(dec_t d, int p) {
  d.e += p;
  if (d.e > 30 || d.e < -30)
    d.ok = 0;
  return d;
}

static dec_t dec_mul(dec_t d, uint64_t k) {
  if (!d.ok)
    return d;
  if (k && d.m > UINT64_MAX / k / 10)
    d.ok = 0;
  d.m *= k;
  return d;
}

/* The decimal digits of v into out (no NUL), as printf's "%llu" writes
** them (snprintf costs more than the numbers); returns how many. */
static size_t u64_digits(uint64_t v, char out[20]) {
  char rev[20];
  size_t n = 0;
  do {
    rev[n++] = (char)('0' + v % 10);
    v /= 10;
  } while (v);
  for (size_t k = 0; k < n; k++)
    out[k] = rev[n - 1 - k];
  return n;
}

/* Writes d in plain decimal notation; "" when unknown. */
static void dec_fmt(dec_t d, char *buf, size_t cap) {
  char digits[32];
  size_t nd, pos = 0;
  buf[0] = 0;
  if (!d.ok)
    return;
  while (d.m && d.e < 0 && d.m % 10 == 0) {
    d.m /= 10;
    d.e++;
  }
  nd = u64_digits(d.m, digits);
  if (d.m == 0)
    d.e = 0;
  if (d.e >= 0) {
    if (nd + (size_t)d.e + 1 > cap)
      return;
    memcpy(buf, digits, nd);
    pos = nd;
    for (int k = 0; k < d.e; k++)
      buf[pos++] = '0';
    buf[pos] = 0;
    return;
  }
  {
    size_t fr = (size_t)(-d.e);
    if (fr + nd + 3 > cap)
      return;
    if (nd <= fr) {
      buf[pos++] = '0';
      buf[pos++] = '.';
      for (size_t k = nd; k < fr; k++)
        buf[pos++] = '0';
      memcpy(buf + pos, digits, nd);
      pos += nd;
    } else {
      memcpy(buf, digits, nd - fr);
      pos = nd - fr;
      buf[pos++] = '.';
      memcpy(buf + pos, digits + nd - fr, fr);
      pos += fr;
    }
    buf[pos] = 0;
  }
}

/* -------------------------------------------------------------------- */
/* Number tokens                                                         */
/* -------------------------------------------------------------------- */

enum {
  NT_NONE = 0,
  NT_INT,     /* 2023, 11,000 */
  NT_DEC,     /* 3.5 */
  NT_TIME,    /* 10:30 */
  NT_DECADE,  /* 1990s, 90s */
  NT_ORD,     /* 2nd */
  NT_DOTDATE, /* 19.12.2023 */
  NT_SLASH3,  /* 12/19/2023 as one token: a b d */
  NT_ISO,     /* 2023-12-19 as one token: d (year) a (month) b (day) */
  NT_RANGE,   /* 19-20, 2019-20, 4-1: a b, ndig = digits of a, d of b */
  NT_FRAC,    /* 1/2, 9/11 */
  NT_OTHER    /* other digits (3,5 or non-ASCII digits) */
};

typedef struct ntok {
  int kind;
  dec_t v;
  int ndig;    /* digits of an NT_INT without commas, of NT_DECADE */
  int commas;  /* NT_INT written with thousands separators */
  int a, b, d; /* parts: hh mm for NT_TIME, d m y for NT_DOTDATE */
} ntok_t;

static void parse_ntok(const ctx_t *c, size_t i, ntok_t *nt) {
  const unsigned char *p, *e;
  size_t len;
  memset(nt, 0, sizeof(*nt));
  if (i >= c->n || tkind(c, i) != NLP_TOKEN_NUMBER)
    return;
  p = (const unsigned char *)tptr(c, i);
  len = tlen(c, i);
  e = p + len;
  nt->kind = NT_OTHER;
  if (len == 0 || len > 40)
    return;
  if (*p == '\'' || (len > 3 && p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0x99)) {
    /* '90s as one token: only a decade may follow the apostrophe */
    p += *p == '\'' ? 1 : 3;
    if (e - p == 3 && p[0] >= '0' && p[0] <= '9' && p[1] == '0' &&
        (p[2] | 0x20) == 's') {
      nt->kind = NT_DECADE;
      nt->ndig = 2;
      nt->v = dec_int((uint64_t)(p[0] - '0') * 10);
    }
    return;
  }
  {
    /* Split into digit groups and separators. */
    uint64_t grp[4] = {0, 0, 0, 0};
    int glen[4] = {0, 0, 0, 0};
    char sep[4] = {0, 0, 0, 0};
    int ng = 0;
    const unsigned char *q = p;
    while (q < e && ng < 4) {
      while (q < e && *q >= '0' && *q <= '9') {
        if (glen[ng] < 19)
          grp[ng] = grp[ng] * 10 + (uint64_t)(*q - '0');
        glen[ng]++;
        q++;
      }
      if (glen[ng] == 0)
        return;
      ng++;
      if (q + 1 < e &&
          (*q == '.' || *q == ',' || *q == ':' || *q == '/' || *q == '-') &&
          q[1] >= '0' && q[1] <= '9' && ng < 4) {
        sep[ng] = (char)*q;
        q++;
        continue;
      }
      break;
    }
    if (q < e) {
      /* A suffix: s, st, nd, rd, th. */
      size_t rest = (size_t)(e - q);
      char s0 = (char)(q[0] | 0x20), s1 = rest > 1 ? (char)(q[1] | 0x20) : 0;
      if (ng != 1)
        return;
      if (rest == 1 && s0 == 's' && (glen[0] == 4 || glen[0] == 2) &&
          grp[0] % 10 == 0) {
        nt->kind = NT_DECADE;
        nt->ndig = glen[0];
        nt->v = dec_int(grp[0]);
        return;
      }
      if (rest == 2 &&
          ((s0 == 's' && s1 == 't') || (s0 == 'n' && s1 == 'd') ||
           (s0 == 'r' && s1 == 'd') || (s0 == 't' && s1 == 'h')) &&
          glen[0] <= 9) {
        nt->kind = NT_ORD;
        nt->v = dec_int(grp[0]);
        return;
      }
      return;
    }
    if (ng == 1) {
      nt->kind = NT_INT;
      nt->ndig = glen[0];
      nt->v = dec_int(grp[0]);
      if (glen[0] > 17)
        nt->v.ok = 0;
      return;
    }
    if (sep[1] == '/' || sep[1] == '-') {
      /* Tokenizers that keep these inside numbers: 12/19/2023,
      ** 2023-12-19, 19-20, 1/2. */
      for (int k = 2; k < ng; k++)
        if (sep[k] != sep[1])
          return;
      if (ng == 3 && sep[1] == '/' && glen[0] <= 2 && glen[1] <= 2 &&
          (glen[2] == 4 || glen[2] == 2)) {
        nt->kind = NT_SLASH3;
        nt->a = (int)grp[0];
        nt->b = (int)grp[1];
        nt->d = (int)grp[2] + (glen[2] == 4 ? 0 : grp[2] < 50 ? 2000 : 1900);
      } else if (ng == 3 && sep[1] == '-' && glen[0] == 4 && glen[1] == 2 &&
                 glen[2] == 2) {
        nt->kind = NT_ISO;
        nt->d = (int)grp[0];
        nt->a = (int)grp[1];
        nt->b = (int)grp[2];
      } else if (ng == 2 && glen[0] <= 9 && glen[1] <= 9) {
        nt->kind = sep[1] == '/' ? NT_FRAC : NT_RANGE;
        nt->a = (int)grp[0];
        nt->b = (int)grp[1];
        nt->ndig = glen[0];
        nt->d = glen[1];
      }
      return;
    }
    if (sep[1] == ':') {
      if (ng == 2 && glen[0] <= 2 && glen[1] == 2 && grp[0] <= 24 &&
          grp[1] < 60) {
        nt->kind = NT_TIME;
        nt->a = (int)grp[0];
        nt->b = (int)grp[1];
      } else if (ng == 3 && sep[2] == ':' && glen[0] <= 2 && glen[1] == 2 &&
                 glen[2] == 2 && grp[0] <= 24 && grp[1] < 60 && grp[2] < 61) {
        nt->kind = NT_TIME;
        nt->a = (int)grp[0];
        nt->b = (int)grp[1];
      }
      return;
    }
    if (sep[1] == '.' && ng == 2) {
      nt->kind = NT_DEC;
      nt->a = (int)(glen[0] <= 2 ? grp[0] : 99);
      nt->b = (int)(glen[1] == 2 ? grp[1] : 99);
      if (glen[0] + glen[1] > 17)
        return;
      nt->v.m = grp[0];
      for (int k = 0; k < glen[1]; k++)
        nt->v.m *= 10;
      nt->v.m += grp[1];
      nt->v.e = -glen[1];
      nt->v.ok = 1;
      return;
    }
    if (sep[1] == '.' && ng == 3 && sep[2] == '.' && glen[0] <= 2 &&
        glen[1] <= 2 && glen[2] == 4) {
      nt->kind = NT_DOTDATE;
      nt->a = (int)grp[0];
      nt->b = (int)grp[1];
      nt->d = (int)grp[2];
      return;
    }
    if (sep[1] == ',') {
      /* 11,000 or 1,200,000 (the tokenizer stops at 4 groups here). */
      uint64_t v = grp[0];
      int total = glen[0];
      if (glen[0] > 3)
        return;
      int frac = 0;
      for (int k = 1; k < ng; k++) {
        if (k == ng - 1 && k > 1 && sep[k] == '.' && glen[k] <= 6) {
          /* 7,215.5 */
          for (int z = 0; z < glen[k]; z++)
            v *= 10;
          v += grp[k];
          frac = glen[k];
          break;
        }
        if (sep[k] != ',' || glen[k] != 3)
          return;
        v = v * 1000 + grp[k];
        total += 3;
      }
      if (q < e)
        return;
      nt->kind = frac ? NT_DEC : NT_INT;
      nt->commas = 1;
      nt->ndig = total;
      nt->v = dec_int(v);
      nt->v.e = -frac;
      if (total + frac > 17)
        nt->v.ok = 0;
      if (frac)
        nt->a = nt->b = 99;
      return;
    }
  }
}

/* -------------------------------------------------------------------- */
/* Results                                                               */
/* -------------------------------------------------------------------- */

/* An internal label: the tokens are consumed without an entity. */
#define NX_SKIP 100

typedef struct match {
  size_t s, e; /* token span */
  nlp_numex_label_t label;
  char value[NLP_NUMEX_VALUE_MAX];
} match_t;

static size_t set(match_t *m, size_t s, size_t e, nlp_numex_label_t label,
                  const char *value) {
  m->s = s;
  m->e = e;
  m->label = label;
  m->value[0] = 0;
  if (value) {
    size_t n = strlen(value);
    if (n >= NLP_NUMEX_VALUE_MAX)
      n = 0;
    memcpy(m->value, value, n);
    m->value[n] = 0;
  }
  return e;
}

static int days_in(int y, int mo) {
  static const int D[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (mo < 1 || mo > 12)
    return 0;
  if (mo == 2 && y > 0 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
    return 28;
  return D[mo - 1];
}

/* ISO date value: y may be 0 (no year), d may be 0 (no day). */
static void iso_date(char *buf, size_t cap, int y, int mo, int d) {
  if (mo < 1 || mo > 12 || d < 0 || d > days_in(y, mo)) {
    buf[0] = 0;
    return;
  }
  if (y && d)
    snprintf(buf, cap, "%04d-%02d-%02d", y, mo, d);
  else if (y)
    snprintf(buf, cap, "%04d-%02d", y, mo);
  else if (d)
    snprintf(buf, cap, "--%02d-%02d", mo, d);
  else
    snprintf(buf, cap, "--%02d", mo);
}

/* -------------------------------------------------------------------- */
/* Small recognisers                                                      */
/* -------------------------------------------------------------------- */

/* A plain year at token i: four digits, 1000..2099. */
static int year_at(const ctx_t *c, size_t i) {
  ntok_t nt;
  parse_ntok(c, i, &nt);
  if (nt.kind != NT_INT || nt.commas || nt.ndig != 4)
    return 0;
  if (nt.v.m < 1000 || nt.v.m > 2099)
    return 0;
  return (int)nt.v.m;
}

/* A day of the month at token i: 1..31 or 1st..31st. */
static int day_at(const ctx_t *c, size_t i) {
  ntok_t nt;
  parse_ntok(c, i, &nt);
  if ((nt.kind == NT_INT && !nt.commas && nt.ndig <= 2) || nt.kind == NT_ORD)
    if (nt.v.m >= 1 && nt.v.m <= 31)
      return (int)nt.v.m;
  return 0;
}

/* A month name at token i (capitalised); its number or 0. */
static int month_at(const ctx_t *c, size_t i, int *flags) {
  const word_t *w = word_at(c, i);
  if (wcls(w) != X_MONTH || !w->upper)
    return 0;
  /* Abbreviations need their period or a following number: "Jan" alone is
  ** usually a name. */
  if (flags)
    *flags = w->lex->flags;
  return w->lex->val;
}

static int wday_at(const ctx_t *c, size_t i) {
  const word_t *w = word_at(c, i);
  return wcls(w) == X_WDAY && w->upper ? w->lex->val : 0;
}

static int cls_at(const ctx_t *c, size_t i) { return wcls(word_at(c, i)); }

/* Length in tokens of an approximator at i ("more than", "about"), or 0. */
static int starts_number(const ctx_t *c, size_t i);

static size_t approx_len(const ctx_t *c, size_t i) {
  const word_t *w = word_at(c, i); /* held over reads of i + 1, i + 2 */
  if (!w->lex)
    return 0;
  if (w->lex->cls == X_APPROX)
    return 1;
  /* the longer ones: the next word is read only after one of their first
  ** words (most words open none) */
  if (wis(w, "more") || wis(w, "less") || wis(w, "fewer"))
    return word_is(c, i + 1, "than") ? 2 : 0;
  if (wis(w, "up") || wis(w, "close"))
    return word_is(c, i + 1, "to") ? 2 : 0;
  if (wis(w, "at"))
    return word_is(c, i + 1, "least") || word_is(c, i + 1, "most") ? 2 : 0;
  if (wis(w, "just") || wis(w, "well")) {
    if (cls_at(c, i + 1) == X_APPROX)
      return 2;
    return wis(w, "just") && starts_number(c, i + 1) ? 1 : 0; /* just 100 */
  }
  if (wis(w, "as"))
    return (word_is(c, i + 1, "many") || word_is(c, i + 1, "much") ||
            word_is(c, i + 1, "few")) &&
                   word_is(c, i + 2, "as")
               ? 3
               : 0;
  return 0;
}

/* Whether token i starts a number: digits, a number word, "a"/"half" before
** a scale. Used to decide whether an approximator applies. */
static int starts_number(const ctx_t *c, size_t i) {
  const word_t *w;
  if (i >= c->n)
    return 0;
  if (tkind(c, i) == NLP_TOKEN_NUMBER)
    return 1;
  if (tkind(c, i) == NLP_TOKEN_SYMBOL)
    return 1;
  w = word_at(c, i);
  if (w->len && w->low[0] >= '0' && w->low[0] <= '9')
    return 1;
  switch (wcls(w)) {
  case X_NUM:
  case X_VAGUE:
  case X_CURADJ:
  case X_CLOCK: /* around midnight */
    return 1;
  default:
    break;
  }
  if (wis(w, "a") || wis(w, "an") || wis(w, "half") || wis(w, "tens") ||
      wis(w, "rs"))
    return 1;
  if (w->len && w->upper && is_code(tptr(c, i), tlen(c, i)))
    return 1;
  /* twenty-five */
  if (w->len) {
    char *h = memchr(w->low, '-', w->len);
    if (h) {
      const lex_t *l = lex_find(w->low, (size_t)(h - w->low));
      if (l && l->cls == X_NUM)
        return 1;
    }
  }
  return 0;
}

/* -------------------------------------------------------------------- */
/* Number phrases: 11,000; 1.5 million; twenty-five; a dozen; thousands   */
/* -------------------------------------------------------------------- */

typedef struct nphr {
  size_t s, e;
  dec_t v;
  int vague;  /* thousands, dozens: no value */
  int digits; /* led by a number token */
  int nt;     /* NT_* kind of that token */
  int ndig;
  int commas;
  int is_one; /* the single word "one" */
  int is_a;   /* "a"/"an" standing for one before a unit */
} nphr_t;

/* Value of a number word, hyphenated compounds included ("twenty-five");
** -1 if it is not one. */
static long word_num(const word_t *w) {
  const char *h;
  if (!w->len)
    return -1;
  if (w->lex && w->lex->cls == X_NUM)
    return w->lex->val;
  h = memchr(w->low, '-', w->len);
  if (h) {
    const lex_t *a = lex_find(w->low, (size_t)(h - w->low));
    const lex_t *b = lex_find(h + 1, w->len - (size_t)(h - w->low) - 1);
    if (a && b && a->cls == X_NUM && b->cls == X_NUM && a->val >= 20 &&
        a->val % 10 == 0 && b->val >= 1 && b->val <= 9)
      return a->val + b->val;
  }
  return -1;
}

/* Parses a number phrase at i. money: in a money context, where "m", "bn"
** after the amount are scales even with a space. */
static int parse_phrase(const ctx_t *c, size_t i, int money, nphr_t *p) {
  word_t w;
  memset(p, 0, sizeof(*p));
  p->s = i;
  if (i >= c->n)
    return 0;
  if (tkind(c, i) == NLP_TOKEN_NUMBER) {
    ntok_t nt;
    size_t j = i + 1;
    parse_ntok(c, i, &nt);
    if (nt.kind != NT_INT && nt.kind != NT_DEC && nt.kind != NT_OTHER &&
        nt.kind != NT_RANGE)
      return 0;
    if (nt.kind == NT_RANGE) {
      nt.kind = NT_OTHER; /* 10-15: a range, no single value */
      nt.v.ok = 0;
    }
    p->digits = 1;
    p->nt = nt.kind;
    p->ndig = nt.ndig;
    p->commas = nt.commas;
    p->v = nt.v;
    /* Glued abbreviations: 5m, 1.2bn, 10k. */
    get_word(c, j, &w);
    if (wcls(&w) == X_ABBR && (glued(c, i) || money) && nt.kind != NT_OTHER) {
      int take = 1;
      if (wis(&w, "m") && !money) {
        /* 5m people (million) or 100m sprint (metres)? */
        word_t x;
        get_word(c, j + 1, &x);
        take = nt.kind == NT_DEC ||
               (x.len > 2 && x.low[x.len - 1] == 's' && !x.upper) ||
               wis(&x, "people");
      }
      if (wis(&w, "b") && !money)
        take = 0;
      if (wis(&w, "k") && !money && !glued(c, i))
        take = 0;
      if (take) {
        p->v = dec_scale(p->v, w.lex->val);
        p->e = j + 1;
        return 1;
      }
    }
    /* Scale words: 1.5 million, 2 dozen. */
    while (j < c->n) {
      get_word(c, j, &w);
      if (wcls(&w) == X_SCALE) {
        p->v = dec_scale(p->v, w.lex->val);
        j++;
        continue;
      }
      if (wcls(&w) == X_DOZEN) {
        p->v = dec_mul(p->v, 12);
        j++;
        continue;
      }
      break;
    }
    p->e = j;
    return 1;
  }
  get_word(c, i, &w);
  if (!w.len)
    return 0;
  /* Vague: thousands, tens of thousands, hundreds of millions. */
  if (wcls(&w) == X_VAGUE || wis(&w, "tens")) {
    size_t j = i + 1;
    if (wis(&w, "tens") &&
        !(word_is(c, j, "of") && cls_at(c, j + 1) == X_VAGUE))
      return 0;
    while (word_is(c, j, "of") && cls_at(c, j + 1) == X_VAGUE && j + 1 > i)
      j += 2;
    p->vague = 1;
    p->e = j;
    return 1;
  }
  /* half a million; half a percentage point */
  if (wis(&w, "half") && (word_is(c, i + 1, "a") || word_is(c, i + 1, "an"))) {
    word_t x;
    get_word(c, i + 2, &x);
    p->v.m = 5;
    p->v.e = -1;
    p->v.ok = 1;
    if (wcls(&x) == X_SCALE) {
      p->v = dec_scale(p->v, x.lex->val);
      p->e = i + 3;
    } else {
      p->e = i + 2;
      p->is_a = 1;
    }
    return 1;
  }
  {
    uint64_t total = 0, cur = 0;
    int last = 0; /* 1 unit, 2 ten, 3 hundred, 4 big scale */
    size_t j = i;
    int any = 0;
    if (wis(&w, "a") || wis(&w, "an")) {
      word_t x;
      get_word(c, i + 1, &x);
      if (wcls(&x) == X_SCALE || wcls(&x) == X_DOZEN) {
        cur = 1;
        last = 1;
        j = i + 1;
      } else {
        return 0;
      }
    }
    while (j < c->n) {
      long v;
      get_word(c, j, &w);
      v = word_num(&w);
      if (v >= 0) {
        if (last == 1 || (last == 2 && (v >= 10 || cur % 10)))
          break;
        if (last == 2) {
          cur += (uint64_t)v;
          last = 1;
        } else {
          cur += (uint64_t)v;
          last = v >= 20 && v % 10 == 0 ? 2 : 1;
        }
        any = 1;
        j++;
        continue;
      }
      if (wcls(&w) == X_SCALE &&
          (last == 1 || last == 2 || (last == 3 && w.lex->val > 2))) {
        int pw = w.lex->val;
        if (pw == 2) {
          cur *= 100;
          last = 3;
        } else {
          uint64_t s = 1;
          for (int k = 0; k < pw; k++)
            s *= 10;
          total += cur * s;
          cur = 0;
          last = 4;
        }
        any = 1;
        j++;
        continue;
      }
      if (wcls(&w) == X_DOZEN && (last == 1 || last == 2)) {
        cur *= 12;
        last = 4;
        any = 1;
        j++;
        continue;
      }
      if (wis(&w, "and") && (last == 3 || last == 4)) {
        word_t x;
        get_word(c, j + 1, &x);
        if (word_num(&x) >= 0 && word_num(&x) < 100) {
          j++;
          last = 0;
          continue;
        }
      }
      break;
    }
    if (!any)
      return 0;
    p->v = dec_int(total + cur);
    p->e = j;
    p->is_one = j == i + 1 && word_is(c, i, "one");
    return 1;
  }
}

/* -------------------------------------------------------------------- */
/* Matchers                                                               */
/* -------------------------------------------------------------------- */

/* Clock time at i: 10:30, 10:30 a.m., 3 p.m., 3pm, 10.30am, 5 o'clock,
** 12 noon, with a following time zone. */
static size_t m_time(const ctx_t *c, size_t i, match_t *m) {
  ntok_t nt;
  int h = -1, mi = 0, ampm = -1;
  size_t j = i + 1;
  word_t w;
  char buf[16];
  if (tkind(c, i) == NLP_TOKEN_WORD) {
    size_t q = i;
    get_word(c, i, &w);
    /* (a) quarter past six, half past 10, a quarter to nine */
    if (wis(&w, "a") && word_is(c, i + 1, "quarter"))
      q = i + 1;
    if (q == i + 1 || wis(&w, "quarter") || wis(&w, "half")) {
      int past = word_is(c, q + 1, "past"), to = word_is(c, q + 1, "to");
      if (past || to) {
        int hh = 0, mm = word_is(c, q, "half") ? 30 : 15;
        word_t x;
        ntok_t hn;
        get_word(c, q + 2, &x);
        parse_ntok(c, q + 2, &hn);
        if (hn.kind == NT_INT && hn.ndig <= 2)
          hh = (int)hn.v.m;
        else if (word_num(&x) >= 1)
          hh = (int)word_num(&x);
        if (hh >= 1 && hh <= 12 && !(to && mm == 30)) {
          size_t e = q + 3;
          if (to) {
            hh = hh == 1 ? 12 : hh - 1;
            mm = 45;
          }
          get_word(c, e, &x);
          if (wcls(&x) == X_AMPM) {
            if (x.lex->val == 1 && hh < 12)
              hh += 12;
            if (x.lex->val == 0 && hh == 12)
              hh = 0;
            e++;
          }
          snprintf(buf, sizeof(buf), "%02d:%02d", hh, mm);
          return set(m, i, e, NLP_NUMEX_TIME, buf);
        }
      }
    }
    if (wcls(&w) == X_CLOCK && !(w.upper && !w.allcaps && i > 0 &&
                                 tkind(c, i - 1) == NLP_TOKEN_WORD)) {
      snprintf(buf, sizeof(buf), "%02d:00", w.lex->val);
      return set(m, i, i + 1, NLP_NUMEX_TIME, buf);
    }
    return 0;
  }
  parse_ntok(c, i, &nt);
  get_word(c, j, &w);
  if (nt.kind == NT_TIME) {
    h = nt.a;
    mi = nt.b;
  } else if (nt.kind == NT_INT && !nt.commas && nt.ndig <= 2 && nt.v.m <= 12 &&
             (wcls(&w) == X_AMPM || wis(&w, "o'clock") ||
              (wcls(&w) == X_CLOCK && nt.v.m == 12))) {
    h = (int)nt.v.m;
  } else if (nt.kind == NT_DEC && nt.a <= 12 && nt.b < 60 &&
             wcls(&w) == X_AMPM) {
    h = nt.a;
    mi = nt.b;
  } else {
    return 0;
  }
  if (wcls(&w) == X_AMPM && h <= 12) {
    ampm = w.lex->val;
    j++;
  } else if (wis(&w, "o'clock") || wcls(&w) == X_CLOCK) {
    j++;
  }
  if (ampm == 1 && h < 12)
    h += 12;
  if (ampm == 0 && h == 12)
    h = 0;
  if (j < c->n && tkind(c, j) == NLP_TOKEN_WORD &&
      in_list(ZONES, NZONES, tptr(c, j), tlen(c, j)))
    j++;
  if (h == 24 && mi == 0)
    h = 0;
  if (h > 23)
    return 0;
  snprintf(buf, sizeof(buf), "%02d:%02d", h, mi);
  return set(m, i, j, NLP_NUMEX_TIME, buf);
}

/* Extends a date ending at e over ", 2023" / " 2023" / " of 2023"; the
** year or 0. */
static int trailing_year(const ctx_t *c, size_t *e) {
  size_t j = *e;
  int y;
  if (is_tok(c, j, ","))
    j++;
  else if (word_is(c, j, "of"))
    j++;
  y = year_at(c, j);
  if (!y)
    return 0;
  /* "in May 2023 people..." still a year; "2023 migrants" is not. */
  *e = j + 1;
  return y;
}

/* Date led by a month: December 19, 2023; Dec. 19; December 2023; May. */
static size_t m_month(const ctx_t *c, size_t i, match_t *m) {
  int fl = 0, mo = month_at(c, i, &fl), d, y = 0;
  size_t e = i + 1;
  char buf[40];
  if (!mo)
    return 0;
  {
    ntok_t r;
    parse_ntok(c, i + 1, &r);
    if (r.kind == NT_RANGE && r.ndig <= 2 && r.d <= 2 && r.a >= 1 &&
        r.a < r.b && r.b <= 31) {
      /* December 19-20 as one token */
      size_t e2 = i + 2;
      char a[16], b[16];
      y = trailing_year(c, &e2);
      iso_date(a, sizeof(a), y, mo, r.a);
      iso_date(b, sizeof(b), y, mo, r.b);
      if (a[0] && b[0])
        snprintf(buf, sizeof(buf), "%s/%s", a, b);
      else
        buf[0] = 0;
      return set(m, i, e2, NLP_NUMEX_DATE, buf);
    }
  }
  d = day_at(c, i + 1);
  if (d && is_dash(c, i + 2) && day_at(c, i + 3) > d) {
    /* December 19-20 */
    int d2 = day_at(c, i + 3);
    size_t e2 = i + 4;
    char a[16], b[16];
    y = trailing_year(c, &e2);
    iso_date(a, sizeof(a), y, mo, d);
    iso_date(b, sizeof(b), y, mo, d2);
    if (a[0] && b[0])
      snprintf(buf, sizeof(buf), "%s/%s", a, b);
    else
      buf[0] = 0;
    return set(m, i, e2, NLP_NUMEX_DATE, buf);
  }
  if (d) {
    e = i + 2;
    y = trailing_year(c, &e);
    iso_date(buf, sizeof(buf), y, mo, d);
    return set(m, i, e, NLP_NUMEX_DATE, buf);
  }
  y = trailing_year(c, &e);
  if (y) {
    iso_date(buf, sizeof(buf), y, mo, 0);
    return set(m, i, e, NLP_NUMEX_DATE, buf);
  }
  /* Month alone. */
  {
    word_t prev, next;
    int prep = 0;
    if (i > 0) {
      get_word(c, i - 1, &prev);
      prep = prev.len && (in_list(DATE_PREPS, NPREPS, prev.low, prev.len) ||
                          wcls(&prev) == X_DMOD || wcls(&prev) == X_EARLY);
    }
    get_word(c, i + 1, &next);
    if (fl & F_ABBR) {
      /* "Jan" alone is a name; "Jan." alone is rare: keep it with a
      ** preposition only. */
      if (!prep)
        return 0;
    }
    if ((fl & F_AMBIG) && !prep)
      return 0;
    if (!prep && next.len && next.upper && !wday_at(c, i + 1) &&
        !month_at(c, i + 1, NULL))
      return 0; /* June Carter */
    if (next.len && next.upper && wcls(&next) == X_NONE && !prep)
      return 0;
    iso_date(buf, sizeof(buf), 0, mo, 0);
    return set(m, i, i + 1, NLP_NUMEX_DATE, buf);
  }
}

/* Weekday, optionally with a date or a part of the day. */
static size_t m_wday(const ctx_t *c, size_t i, match_t *m) {
  size_t j = i + 1;
  word_t next;
  if (!wday_at(c, i))
    return 0;
  if (is_tok(c, j, ",") && month_at(c, j + 1, NULL))
    j++;
  if (month_at(c, j, NULL)) {
    match_t mm;
    size_t e = m_month(c, j, &mm);
    if (e && (day_at(c, j + 1) || year_at(c, j + 1)))
      return set(m, i, e, NLP_NUMEX_DATE, mm.value);
  }
  get_word(c, i + 1, &next);
  if (wcls(&next) == X_TOD)
    return set(m, i, i + 2, NLP_NUMEX_TIME, "");
  /* Sunday Times, Monday Night Football: a capitalised word after it. */
  if (next.len && next.upper && !word_is(c, i + 1, "i")) {
    word_t prev;
    int ok = 0;
    if (i > 0) {
      get_word(c, i - 1, &prev);
      ok = prev.len && !prev.upper &&
           (in_list(DATE_PREPS, NPREPS, prev.low, prev.len) ||
            wcls(&prev) == X_DMOD || wcls(&prev) == X_EARLY) &&
           !wis(&prev, "the");
    }
    if (!ok)
      return 0;
  }
  return set(m, i, i + 1, NLP_NUMEX_DATE, "");
}

/* A date unit phrase after a modifier: week, year, Monday, summer,
** January, morning (TIME). Returns its end, or 0; *time set for parts of
** the day, *value for a month. */
static size_t unit_after_mod(const ctx_t *c, size_t j, int *time) {
  word_t w;
  get_word(c, j, &w);
  *time = 0;
  switch (wcls(&w)) {
  case X_DUNIT:
    if (w.lex->flags & F_OLD)
      return 0;
    return j + 1;
  case X_WDAY:
    if (!w.upper)
      return 0;
    if (cls_at(c, j + 1) == X_TOD) {
      *time = 1;
      return j + 2;
    }
    return j + 1;
  case X_MONTH:
    return w.upper ? j + 1 : 0;
  case X_SEASON:
    return j + 1;
  case X_TOD:
    *time = 1;
    return j + 1;
  case X_TUNIT:
    *time = 1;
    return j + 1;
  default:
    return 0;
  }
}

/* Relative dates led by a word: today, this week, last year, earlier this
** month, recent weeks, the past two years (the "the" is added by m_the),
** early 2024, mid-December, summer 2023. */
static size_t m_relative(const ctx_t *c, size_t i, match_t *m) {
  word_t w;
  get_word(c, i, &w);
  if (!w.len)
    return 0;
  switch (wcls(&w)) {
  case X_REL: {
    word_t x;
    /* Radio 4's Today programme: a capitalised "Today" inside a sentence
    ** is a title. */
    if (w.upper && !w.allcaps && i > 0 && tkind(c, i - 1) == NLP_TOKEN_WORD)
      return 0;
    get_word(c, i + 1, &x);
    if (w.lex->val == 1)
      return set(m, i, i + 1, NLP_NUMEX_TIME, "");
    if (wcls(&x) == X_TOD)
      return set(m, i, i + 2, NLP_NUMEX_TIME, "");
    return set(m, i, i + 1, NLP_NUMEX_DATE, "");
  }
  case X_DMOD: {
    int time = 0;
    size_t j = i + 1, e;
    nphr_t p;
    if (wis(&w, "same") || wis(&w, "final") || wis(&w, "current") ||
        wis(&w, "following") || wis(&w, "upcoming"))
      return 0; /* only after "the" (m_the) */
    /* "expected to last six weeks": the verb */
    if (wis(&w, "last") && i > 0) {
      static const char *const MODALS[] = {
          "can",  "could", "did",    "do", "does", "may",   "might",
          "must", "n't",   "should", "to", "will", "would", "'ll"};
      word_t prev;
      get_word(c, i - 1, &prev);
      if (prev.len && in_list(MODALS, sizeof(MODALS) / sizeof(MODALS[0]),
                              prev.low, prev.len))
        return 0;
    }
    /* last two weeks, past 24 hours */
    if (!wis(&w, "this") && parse_phrase(c, j, 0, &p) && !p.vague &&
        (cls_at(c, p.e) == X_DUNIT || cls_at(c, p.e) == X_TUNIT)) {
      time = cls_at(c, p.e) == X_TUNIT;
      return set(m, i, p.e + 1, time ? NLP_NUMEX_TIME : NLP_NUMEX_DATE, "");
    }
    e = unit_after_mod(c, j, &time);
    if (!e)
      return 0;
    if (wis(&w, "recent")) {
      /* recent weeks, recent years: plural units only */
      word_t u;
      get_word(c, j, &u);
      if (wcls(&u) != X_DUNIT || u.low[u.len - 1] != 's')
        return 0;
    }
    if (wis(&w, "this") || wis(&w, "last") || wis(&w, "next") ||
        wis(&w, "past") || wis(&w, "coming") || wis(&w, "previous") ||
        wis(&w, "recent")) {
      if (cls_at(c, j) == X_TUNIT)
        return 0; /* "this hour"? rare */
      /* "this Wednesday" but not "this May" as a verb: capitalised only. */
      return set(m, i, e, time ? NLP_NUMEX_TIME : NLP_NUMEX_DATE, "");
    }
    return 0;
  }
  case X_EARLY: {
    /* earlier this month, later this year, early next week */
    word_t x;
    int time = 0, y;
    size_t e;
    get_word(c, i + 1, &x);
    if (wcls(&x) == X_DMOD &&
        (wis(&x, "this") || wis(&x, "last") || wis(&x, "next"))) {
      e = unit_after_mod(c, i + 2, &time);
      if (e && cls_at(c, i + 2) != X_TUNIT)
        return set(m, i, e, time ? NLP_NUMEX_TIME : NLP_NUMEX_DATE, "");
      return 0;
    }
    if (wis(&w, "earlier") || wis(&w, "later"))
      return 0;
    if ((wis(&w, "early") || wis(&w, "late")) && word_is(c, i + 1, "on") &&
        wday_at(c, i + 2)) {
      /* late on Friday, early on Monday morning */
      if (cls_at(c, i + 3) == X_TOD)
        return set(m, i, i + 4, NLP_NUMEX_TIME, "");
      return set(m, i, i + 3, NLP_NUMEX_DATE, "");
    }
    /* early 2024, late December, mid 1990s */
    y = year_at(c, i + 1);
    if (y) {
      char buf[16];
      snprintf(buf, sizeof(buf), "%04d", y);
      return set(m, i, i + 2, NLP_NUMEX_DATE, buf);
    }
    {
      ntok_t nt;
      parse_ntok(c, i + 1, &nt);
      if (nt.kind == NT_DECADE && nt.ndig == 4) {
        char buf[16];
        snprintf(buf, sizeof(buf), "%03dX", (int)(nt.v.m / 10));
        return set(m, i, i + 2, NLP_NUMEX_DATE, buf);
      }
    }
    if (month_at(c, i + 1, NULL)) {
      match_t mm;
      size_t e2 = m_month(c, i + 1, &mm);
      if (!e2) {
        char buf[16];
        iso_date(buf, sizeof(buf), 0, month_at(c, i + 1, NULL), 0);
        return set(m, i, i + 2, NLP_NUMEX_DATE, buf);
      }
      return set(m, i, e2, NLP_NUMEX_DATE, mm.value);
    }
    if (wday_at(c, i + 1)) {
      if (cls_at(c, i + 2) == X_TOD)
        return set(m, i, i + 3, NLP_NUMEX_TIME, "");
      return set(m, i, i + 2, NLP_NUMEX_DATE, "");
    }
    return 0;
  }
  case X_SEASON: {
    size_t e = i + 1;
    int y = trailing_year(c, &e);
    if (y) {
      char buf[16];
      snprintf(buf, sizeof(buf), "%04d", y);
      return set(m, i, e, NLP_NUMEX_DATE, buf);
    }
    return 0;
  }
  default:
    break;
  }
  /* mid-2024, mid-December, mid-1990s, pre-2020 */
  if (w.len > 4 && memcmp(w.low, "mid-", 4) == 0) {
    const char *r = w.low + 4;
    size_t rn = w.len - 4;
    const lex_t *l = lex_find(r, rn);
    char buf[16];
    if (l && l->cls == X_MONTH && !(l->flags & F_ABBR)) {
      iso_date(buf, sizeof(buf), 0, l->val, 0);
      /* mid-December 2023 */
      {
        size_t e = i + 1;
        int y = trailing_year(c, &e);
        if (y)
          iso_date(buf, sizeof(buf), y, l->val, 0);
        return set(m, i, e, NLP_NUMEX_DATE, buf);
      }
    }
    if ((rn == 4 || (rn == 5 && r[4] == 's')) && r[0] >= '1' && r[0] <= '2') {
      int y = 0;
      for (size_t k = 0; k < 4; k++) {
        if (r[k] < '0' || r[k] > '9')
          return 0;
        y = y * 10 + (r[k] - '0');
      }
      if (rn == 5)
        snprintf(buf, sizeof(buf), "%03dX", y / 10);
      else
        snprintf(buf, sizeof(buf), "%04d", y);
      return set(m, i, i + 1, NLP_NUMEX_DATE, buf);
    }
    if (l && (l->cls == X_TOD || l->cls == X_DUNIT))
      return set(m, i, i + 1, l->cls == X_TOD ? NLP_NUMEX_TIME : NLP_NUMEX_DATE,
                 "");
  }
  return 0;
}

/* Number-led dates: 2023-12-19, 12/19/2023, 19.12.2023, 19 December 2023,
** 19th of December, 1990s. */
static size_t m_numdate(const ctx_t *c, size_t i, match_t *m) {
  ntok_t nt;
  char buf[40];
  parse_ntok(c, i, &nt);
  if (nt.kind == NT_SLASH3 || nt.kind == NT_ISO) {
    int y = nt.d, mo = nt.a, d = nt.b;
    if (nt.kind == NT_SLASH3 && mo > 12) {
      int t = mo;
      mo = d;
      d = t;
    }
    iso_date(buf, sizeof(buf), y, mo, d);
    if (!buf[0])
      return set(m, i, i + 1, (nlp_numex_label_t)NX_SKIP, "");
    return set(m, i, i + 1, NLP_NUMEX_DATE, buf);
  }
  if (nt.kind == NT_FRAC)
    return set(m, i, i + 1, NLP_NUMEX_CARDINAL, "");
  if (nt.kind == NT_RANGE) {
    /* 19-20 December, 2019-2020, 2019-20; otherwise a range or a score */
    if (nt.ndig <= 2 && nt.d <= 2 && nt.a >= 1 && nt.a < nt.b && nt.b <= 31 &&
        month_at(c, i + 1, NULL)) {
      int mo = month_at(c, i + 1, NULL), y = year_at(c, i + 2);
      char a[16], b[16];
      iso_date(a, sizeof(a), y, mo, nt.a);
      iso_date(b, sizeof(b), y, mo, nt.b);
      if (a[0] && b[0])
        snprintf(buf, sizeof(buf), "%s/%s", a, b);
      else
        buf[0] = 0;
      return set(m, i, y ? i + 3 : i + 2, NLP_NUMEX_DATE, buf);
    }
    if (nt.ndig == 4 && nt.a >= 1000 && nt.a <= 2099 &&
        (nt.d == 4 || nt.d == 2)) {
      int y2 = nt.d == 2 ? nt.a / 100 * 100 + nt.b : nt.b;
      if (y2 > nt.a && y2 < 2200) {
        snprintf(buf, sizeof(buf), "%04d/%04d", nt.a, y2);
        return set(m, i, i + 1, NLP_NUMEX_DATE, buf);
      }
    }
    return 0; /* m_numeric decides: 10-15 people, 4-1 */
  }
  if (nt.kind == NT_DOTDATE) {
    iso_date(buf, sizeof(buf), nt.d, nt.b, nt.a);
    if (!buf[0])
      return 0;
    return set(m, i, i + 1, NLP_NUMEX_DATE, buf);
  }
  if (nt.kind == NT_INT && !nt.commas && nt.ndig == 4 && nt.v.m % 10 == 0 &&
      nt.v.m >= 1000 && nt.v.m <= 2090 && glued(c, i) &&
      (is_tok(c, i + 1, "'s") || is_tok(c, i + 1, "\xE2\x80\x99s")) && i > 0 &&
      word_is(c, i - 1, "the")) {
    /* the 1990's */
    snprintf(buf, sizeof(buf), "%03dX", (int)(nt.v.m / 10));
    return set(m, i, i + 2, NLP_NUMEX_DATE, buf);
  }
  if (nt.kind == NT_DECADE) {
    int v = (int)nt.v.m;
    if (nt.ndig == 4)
      snprintf(buf, sizeof(buf), "%03dX", v / 10);
    else
      snprintf(buf, sizeof(buf), "%s%dX", v >= 30 ? "19" : "20", v / 10);
    return set(m, i, i + 1, NLP_NUMEX_DATE, buf);
  }
  if (nt.kind == NT_INT && !nt.commas && nt.ndig == 4 && glued(c, i) &&
      is_tok(c, i + 1, "-") && glued(c, i + 1) && glued(c, i + 2) &&
      is_tok(c, i + 3, "-") && glued(c, i + 3)) {
    /* 2023-12-19 */
    ntok_t a, b;
    parse_ntok(c, i + 2, &a);
    parse_ntok(c, i + 4, &b);
    if (a.kind == NT_INT && b.kind == NT_INT && a.ndig == 2 && b.ndig == 2) {
      iso_date(buf, sizeof(buf), (int)nt.v.m, (int)a.v.m, (int)b.v.m);
      if (buf[0])
        return set(m, i, i + 5, NLP_NUMEX_DATE, buf);
    }
  }
  if (nt.kind == NT_INT && !nt.commas && nt.ndig <= 2 && glued(c, i) &&
      is_tok(c, i + 1, "/") && glued(c, i + 1)) {
    /* 12/19/2023 (US order), 19/12/2023 when the first part is > 12. */
    ntok_t a, b;
    parse_ntok(c, i + 2, &a);
    if (a.kind == NT_INT && a.ndig <= 2 && glued(c, i + 2) &&
        is_tok(c, i + 3, "/") && glued(c, i + 3)) {
      parse_ntok(c, i + 4, &b);
      if (b.kind == NT_INT && !b.commas && (b.ndig == 4 || b.ndig == 2)) {
        int y = (int)b.v.m, mo = (int)nt.v.m, d = (int)a.v.m;
        if (b.ndig == 2)
          y += y < 50 ? 2000 : 1900;
        if (mo > 12) {
          int t = mo;
          mo = d;
          d = t;
        }
        iso_date(buf, sizeof(buf), y, mo, d);
        if (buf[0])
          return set(m, i, i + 5, NLP_NUMEX_DATE, buf);
        return set(m, i, i + 5, (nlp_numex_label_t)NX_SKIP, "");
      }
    }
    /* 9/11, 24/7: a fraction or a date; one CARDINAL without value. */
    if (a.kind == NT_INT && !glued(c, i + 2))
      return set(m, i, i + 3, NLP_NUMEX_CARDINAL, "");
  }
  {
    /* 19 December 2023; 19th of December; 19-20 December */
    int d = day_at(c, i);
    size_t j = i + 1;
    if (d) {
      int d2 = 0;
      if (is_dash(c, j) && day_at(c, j + 1) > d) {
        d2 = day_at(c, j + 1);
        j += 2;
      }
      if (word_is(c, j, "of") && nt.kind == NT_ORD)
        j++;
      if (month_at(c, j, NULL)) {
        int mo = month_at(c, j, NULL), y;
        size_t e = j + 1;
        y = year_at(c, e) ? year_at(c, e) : 0;
        if (y)
          e++;
        if (d2) {
          char a[16], b[16];
          iso_date(a, sizeof(a), y, mo, d);
          iso_date(b, sizeof(b), y, mo, d2);
          if (a[0] && b[0])
            snprintf(buf, sizeof(buf), "%s/%s", a, b);
          else
            buf[0] = 0;
        } else {
          iso_date(buf, sizeof(buf), y, mo, d);
        }
        return set(m, i, e, NLP_NUMEX_DATE, buf);
      }
    }
  }
  return 0;
}

/* The currency written before an amount at i: $, £, US$, USD, Rs. Sets
** *code and returns the index of the amount, or 0. */
static size_t currency_prefix(const ctx_t *c, size_t i, const char **code) {
  size_t n = tlen(c, i);
  const char *p = tptr(c, i);
  if (tkind(c, i) == NLP_TOKEN_SYMBOL) {
    for (size_t k = 0; k < sizeof(SIGNS) / sizeof(SIGNS[0]); k++)
      if (strlen(SIGNS[k].sym) == n && memcmp(SIGNS[k].sym, p, n) == 0) {
        *code = SIGNS[k].code;
        return i + 1;
      }
    /* The tokenizer keeps US$, A$, HK$ ... as one symbol. */
    if (n >= 2 && p[n - 1] == '$')
      for (size_t k = 0; k < sizeof(DOLLAR_PREFIX) / sizeof(DOLLAR_PREFIX[0]);
           k++)
        if (cmp_key(p, n - 1, DOLLAR_PREFIX[k].pre) == 0) {
          *code = DOLLAR_PREFIX[k].code;
          return i + 1;
        }
    return 0;
  }
  if (tkind(c, i) != NLP_TOKEN_WORD)
    return 0;
  if (glued(c, i) && is_tok(c, i + 1, "$")) {
    for (size_t k = 0; k < sizeof(DOLLAR_PREFIX) / sizeof(DOLLAR_PREFIX[0]);
         k++)
      if (cmp_key(p, n, DOLLAR_PREFIX[k].pre) == 0) {
        *code = DOLLAR_PREFIX[k].code;
        return i + 2;
      }
    return 0;
  }
  if (is_code(p, n)) {
    *code = p; /* points into the text: 3 bytes */
    return i + 1;
  }
  if ((n == 2 && memcmp(p, "Rs", 2) == 0) ||
      (n == 3 && memcmp(p, "Rs.", 3) == 0)) {
    *code = "INR";
    return i + 1;
  }
  return 0;
}

static void money_value(char *buf, size_t cap, dec_t v, const char *code) {
  char num[48], out[sizeof num + 4];
  size_t n, k = 0;
  dec_fmt(v, num, sizeof(num));
  if (!num[0] || !code) {
    buf[0] = 0;
    return;
  }
  /* snprintf(buf, cap, "%s %.3s", num, code), written out */
  n = strlen(num);
  memcpy(out, num, n);
  out[n++] = ' ';
  while (k < 3 && code[k])
    out[n++] = code[k++];
  if (n >= cap)
    n = cap - 1;
  memcpy(buf, out, n);
  buf[n] = 0;
}

/* Whether a 4-digit number at i reads as a year here. */
static int reads_as_year(const ctx_t *c, size_t i, const nphr_t *p) {
  word_t prev, next;
  if (p->nt != NT_INT || p->commas || p->ndig != 4 || p->e != i + 1)
    return 0;
  if (p->v.m < 1000 || p->v.m > 2099)
    return 0;
  if (i > 0)
    get_word(c, i - 1, &prev);
  else
    prev.len = 0;
  if (prev.len && in_list(DATE_PREPS, NPREPS, prev.low, prev.len))
    return 1;
  if (i > 0 && tkind(c, i - 1) == NLP_TOKEN_WORD && word_is(c, i - 1, "'s"))
    return 1; /* Britain's 2019 election */
  if (p->v.m < 1800)
    return 0;
  get_word(c, i + 1, &next);
  /* 2000 people, 1500 troops: a count before a plural noun. */
  if (next.len > 3 && !next.upper && next.low[next.len - 1] == 's' &&
      next.low[next.len - 2] != 's' && next.low[next.len - 2] != 'u' &&
      next.low[next.len - 2] != 'i')
    return 0;
  if (wis(&next, "people"))
    return 0;
  return 1;
}

/* A word that starts with digits, as some tokenizers make them: 5-mile,
** 12-metre, 40-year-old, 38C, 3pm, 10km. The rest must be a unit, a date or
** time unit, C/F or am/pm; "5G" and "3D" are no entities. */
static size_t m_numword(const ctx_t *c, size_t i, match_t *m) {
  word_t w;
  const char *p, *r, *e;
  dec_t v = {0, 0, 1};
  int frac = -1, hyphen = 0;
  char num[48], buf[NLP_NUMEX_VALUE_MAX];
  const lex_t *l;
  get_word(c, i, &w);
  if (!w.len || w.low[0] < '0' || w.low[0] > '9')
    return 0;
  p = w.low;
  e = w.low + w.len;
  for (r = p; r < e; r++) {
    if (*r >= '0' && *r <= '9') {
      if (v.m > MANT_MAX)
        v.ok = 0;
      v.m = v.m * 10 + (uint64_t)(*r - '0');
      if (frac >= 0)
        frac++;
    } else if (*r == ',' && frac < 0 && r + 1 < e && r[1] >= '0' &&
               r[1] <= '9') {
      continue;
    } else if (*r == '.' && frac < 0 && r + 1 < e && r[1] >= '0' &&
               r[1] <= '9') {
      frac = 0;
    } else {
      break;
    }
  }
  if (frac > 0)
    v.e = -frac;
  if (r < e && *r == '-') {
    hyphen = 1;
    r++;
  }
  if (r >= e)
    return 0;
  dec_fmt(v, num, sizeof(num));
  l = lex_find(r, (size_t)(e - r));
  if (!l) {
    /* 5-mile-long, 10-year-long */
    const char *h = memchr(r, '-', (size_t)(e - r));
    if (h)
      l = lex_find(r, (size_t)(h - r));
    if (l && l->cls != X_UNIT && l->cls != X_DUNIT && l->cls != X_TUNIT)
      l = NULL;
  }
  if (!hyphen && e - r == 1 && (*r == 'c' || *r == 'f')) {
    const char *t = tptr(c, i);
    if (t[r - w.low] == 'C' || t[r - w.low] == 'F') {
      snprintf(buf, sizeof(buf), "%s %s", num,
               *r == 'c' ? "celsius" : "fahrenheit");
      return set(m, i, i + 1, NLP_NUMEX_QUANTITY, num[0] ? buf : "");
    }
    return 0;
  }
  if (!l) {
    /* 7.2-magnitude, 3-point: the number with an unknown word attached */
    if (hyphen && v.ok && memchr(r, '-', (size_t)(e - r)) == NULL)
      return set(m, i, i + 1, NLP_NUMEX_CARDINAL, num);
    return 0;
  }
  switch (l->cls) {
  case X_UNIT:
    snprintf(buf, sizeof(buf), "%s %s", num, l->canon);
    return set(m, i, i + 1, NLP_NUMEX_QUANTITY, num[0] ? buf : "");
  case X_DUNIT:
    return set(m, i, i + 1, NLP_NUMEX_DATE, "");
  case X_TUNIT:
    return set(m, i, i + 1, NLP_NUMEX_TIME, "");
  case X_AMPM:
    if (!hyphen && frac < 0 && v.m >= 1 && v.m <= 12) {
      int h = (int)v.m;
      if (l->val == 1 && h < 12)
        h += 12;
      if (l->val == 0 && h == 12)
        h = 0;
      snprintf(buf, sizeof(buf), "%02d:00", h);
      return set(m, i, i + 1, NLP_NUMEX_TIME, buf);
    }
    return 0;
  default:
    return 0;
  }
}

/* Number-led MONEY, PERCENT, QUANTITY, durations, years and CARDINALs.
** approx: an approximator precedes (no bare years then). */
static size_t m_numeric(const ctx_t *c, size_t i, int approx, match_t *m) {
  nphr_t p;
  const char *code = NULL;
  size_t j, k;
  word_t w, x;
  char buf[NLP_NUMEX_VALUE_MAX], num[48];
  if (tkind(c, i) == NLP_TOKEN_WORD && m_numword(c, i, m))
    return m->e;
  /* Currency first: $1.2 billion, US$5, £5m, Rs 500. */
  j = currency_prefix(c, i, &code);
  if (j) {
    if (!parse_phrase(c, j, 1, &p) || !p.digits)
      return 0;
    money_value(buf, sizeof(buf), p.v, code);
    return set(m, i, p.e, NLP_NUMEX_MONEY, buf);
  }
  {
    /* two-year, three-month, five-mile, two-hour: one hyphenated word */
    word_t h;
    const char *d;
    get_word(c, i, &h);
    d = h.len ? memchr(h.low, '-', h.len) : NULL;
    if (d) {
      const lex_t *a = lex_find(h.low, (size_t)(d - h.low));
      const lex_t *b = lex_find(d + 1, h.len - (size_t)(d - h.low) - 1);
      if (a && a->cls == X_NUM && b) {
        if (b->cls == X_DUNIT)
          return set(m, i, i + 1, NLP_NUMEX_DATE, "");
        if (b->cls == X_TUNIT)
          return set(m, i, i + 1, NLP_NUMEX_TIME, "");
        if (b->cls == X_UNIT) {
          snprintf(buf, sizeof(buf), "%d %s", a->val, b->canon);
          return set(m, i, i + 1, NLP_NUMEX_QUANTITY, buf);
        }
      }
    }
  }
  if (!parse_phrase(c, i, 0, &p)) {
    /* a year ago, an hour, a mile */
    word_t a;
    get_word(c, i, &a);
    if (!(wis(&a, "a") || wis(&a, "an")))
      return 0;
    get_word(c, i + 1, &w);
    if (w.len && w.low[w.len - 1] == 's')
      return 0;
    if (wcls(&w) != X_DUNIT && wcls(&w) != X_TUNIT)
      return 0;
    /* $50 a barrel, 5 miles an hour, $1m a year: a rate, not a duration. */
    if (i > 0) {
      word_t prev;
      get_word(c, i - 1, &prev);
      if (tkind(c, i - 1) == NLP_TOKEN_NUMBER || is_tok(c, i - 1, "%") ||
          wcls(&prev) == X_UNIT || wcls(&prev) == X_CUR ||
          wcls(&prev) == X_SCALE || wcls(&prev) == X_ABBR ||
          wcls(&prev) == X_PCT || wis(&prev, "cent") || wis(&prev, "times"))
        return 0;
    }
    if (wis(&w, "quarter") || wis(&w, "weekend") || wis(&w, "second"))
      return 0;
    p.s = i;
    p.e = i + 1;
    p.v = dec_int(1);
    p.is_a = 1;
  }
  k = p.e;
  dec_fmt(p.v, num, sizeof(num));
  if (p.vague)
    num[0] = 0;
  get_word(c, k, &w);
  /* PERCENT */
  if (is_tok(c, k, "%") || is_tok(c, k, "\xEF\xBC\x85"))
    return set(m, i, k + 1, NLP_NUMEX_PERCENT, num);
  if (wcls(&w) == X_PCT)
    return set(m, i, k + 1, NLP_NUMEX_PERCENT, num);
  if (wis(&w, "per") && word_is(c, k + 1, "cent"))
    return set(m, i, k + 2, NLP_NUMEX_PERCENT, num);
  if (wis(&w, "percentage") &&
      (word_is(c, k + 1, "point") || word_is(c, k + 1, "points")))
    return set(m, i, k + 2, NLP_NUMEX_PERCENT, num);
  /* MONEY after the amount: 30 euros, 50 cents, 5 US dollars, 5 USD,
  ** billions of dollars. */
  {
    size_t q = k;
    const char *cc = NULL;
    if (p.vague && wis(&w, "of"))
      q = k + 1;
    get_word(c, q, &x);
    if (wcls(&x) == X_CURADJ) {
      word_t y;
      get_word(c, q + 1, &y);
      if (wis(&y, "dollar") || wis(&y, "dollars")) {
        cc = x.lex->canon;
        q++;
        get_word(c, q, &x);
      }
    } else if ((wis(&x, "hong") && word_is(c, q + 1, "kong")) ||
               (wis(&x, "new") && word_is(c, q + 1, "zealand"))) {
      word_t y;
      get_word(c, q + 2, &y);
      if (wis(&y, "dollar") || wis(&y, "dollars")) {
        cc = wis(&x, "hong") ? "HKD" : "NZD";
        q += 2;
        get_word(c, q, &x);
      }
    }
    if (wcls(&x) == X_CUR && !(wis(&x, "won") && !p.digits && !p.vague) &&
        !((wis(&x, "pound") || wis(&x, "pounds")) && word_is(c, q + 1, "of"))) {
      dec_t v = p.v;
      size_t e = q + 1;
      if (!cc)
        cc = x.lex->canon;
      if (x.lex->val)
        v = dec_scale(v, x.lex->val);
      if ((wis(&x, "pound") || wis(&x, "pounds")) &&
          word_is(c, q + 1, "sterling"))
        e++;
      if (p.vague)
        buf[0] = 0;
      else
        money_value(buf, sizeof(buf), v, cc);
      return set(m, i, e, NLP_NUMEX_MONEY, buf);
    }
    if (q == k && p.digits && glued(c, k - 1) && wis(&x, "p") && !p.vague) {
      /* 30p */
      money_value(buf, sizeof(buf), dec_scale(p.v, -2), "GBP");
      return set(m, i, k + 1, NLP_NUMEX_MONEY, buf);
    }
    if (q == k && p.digits && x.len == 0 && k < c->n &&
        tkind(c, k) == NLP_TOKEN_WORD && is_code(tptr(c, k), tlen(c, k))) {
      money_value(buf, sizeof(buf), p.v, tptr(c, k));
      return set(m, i, k + 1, NLP_NUMEX_MONEY, buf);
    }
    if (q == k && p.digits && w.len && is_code(tptr(c, k), tlen(c, k))) {
      money_value(buf, sizeof(buf), p.v, tptr(c, k));
      return set(m, i, k + 1, NLP_NUMEX_MONEY, buf);
    }
  }
  if (p.vague) {
    /* thousands of migrants: the number only */
    return set(m, i, p.e, NLP_NUMEX_CARDINAL, "");
  }
  /* Units: 5 miles, 10 km, 6ft, a 5-mile walk, 20 degrees Celsius,
  ** 10 square miles, 10-year-old (a DATE). */
  {
    size_t q = k, e;
    const char *pre = "";
    word_t u;
    if (is_dash(c, q) && glued(c, q - 1) && glued(c, q))
      q++;
    get_word(c, q, &u);
    if (wis(&u, "consecutive") || wis(&u, "straight") ||
        wis(&u, "successive") || wis(&u, "full") || wis(&u, "more") ||
        wis(&u, "further") || wis(&u, "additional") || wis(&u, "long")) {
      /* six consecutive months, two more years */
      word_t v;
      get_word(c, q + 1, &v);
      if (wcls(&v) == X_DUNIT || wcls(&v) == X_TUNIT) {
        q++;
        u = v;
      }
    }
    if (wis(&u, "square") || wis(&u, "sq") || wis(&u, "cubic") ||
        wis(&u, "metric")) {
      word_t v;
      get_word(c, q + 1, &v);
      if (wcls(&v) == X_UNIT) {
        pre = wis(&u, "cubic") ? "cubic " : wis(&u, "metric") ? "" : "sq ";
        q++;
        u = v;
      }
    }
    e = q + 1;
    if (wcls(&u) == X_CUR && (wis(&u, "pound") || wis(&u, "pounds"))) {
      /* 5 pounds of sugar */
      snprintf(buf, sizeof(buf), "%s lb", num);
      return set(m, i, e, NLP_NUMEX_QUANTITY, num[0] ? buf : "");
    }
    if (p.digits && q == k && glued(c, k - 1) && u.len == 1 &&
        (is_tok(c, q, "C") || is_tok(c, q, "F"))) {
      /* 38C, 100F */
      snprintf(buf, sizeof(buf), "%s %s", num,
               is_tok(c, q, "C") ? "celsius" : "fahrenheit");
      return set(m, i, e, NLP_NUMEX_QUANTITY, num[0] ? buf : "");
    }
    if (wcls(&u) == X_ABBR && wis(&u, "m") && !p.is_a) {
      snprintf(buf, sizeof(buf), "%s m", num);
      return set(m, i, e, NLP_NUMEX_QUANTITY, num[0] ? buf : "");
    }
    if (wcls(&u) == X_UNIT && !(p.is_a && (u.lex->flags & F_PLURAL))) {
      const char *canon = u.lex->canon;
      if (strcmp(canon, "degree") == 0) {
        word_t s;
        get_word(c, e, &s);
        if (wis(&s, "celsius") || (s.len == 1 && wis(&s, "c"))) {
          canon = "celsius";
          e++;
        } else if (wis(&s, "fahrenheit") || (s.len == 1 && wis(&s, "f"))) {
          canon = "fahrenheit";
          e++;
        }
      }
      /* miles per hour, km/h */
      if (is_tok(c, e, "/") && word_is(c, e + 1, "h") && glued(c, e - 1)) {
        canon = "km/h";
        e += 2;
      } else if (word_is(c, e, "per") && word_is(c, e + 1, "hour")) {
        canon = strcmp(canon, "mile") == 0 ? "mph" : "km/h";
        e += 2;
      }
      snprintf(buf, sizeof(buf), "%s %s%s", num, pre, canon);
      return set(m, i, e, NLP_NUMEX_QUANTITY, num[0] ? buf : "");
    }
    /* Durations: two years ago, a week, 24 hours, 10-year-old. */
    if (wcls(&u) == X_DUNIT || wcls(&u) == X_TUNIT ||
        (wis(&u, "second") && !p.is_a) ||
        (wcls(&u) == X_TOD && u.low[u.len - 1] == 's' && !p.is_a)) {
      int time = wcls(&u) != X_DUNIT;
      word_t a;
      if (p.is_a && u.low[u.len - 1] == 's')
        return 0;
      if (wis(&u, "weekend") || wis(&u, "weekends"))
        goto cardinal;
      get_word(c, e, &a);
      if (wis(&a, "ago") || wis(&a, "earlier") || wis(&a, "later") ||
          (wis(&a, "old") && !(u.lex && (u.lex->flags & F_OLD))))
        e++;
      return set(m, i, e, time ? NLP_NUMEX_TIME : NLP_NUMEX_DATE, "");
    }
  }
  if (p.is_a)
    return 0;
cardinal:
  if (!approx && reads_as_year(c, i, &p)) {
    /* 2019-2020, 2019-20 */
    ntok_t nt;
    if (is_dash(c, i + 1) && glued(c, i) && glued(c, i + 1)) {
      parse_ntok(c, i + 2, &nt);
      if (nt.kind == NT_INT && !nt.commas && (nt.ndig == 4 || nt.ndig == 2)) {
        int y2 = (int)nt.v.m;
        if (nt.ndig == 2)
          y2 += (int)p.v.m / 100 * 100;
        if (y2 > (int)p.v.m && y2 < 2200) {
          snprintf(buf, sizeof(buf), "%04d/%04d", (int)p.v.m, y2);
          return set(m, i, i + 3, NLP_NUMEX_DATE, buf);
        }
      }
    }
    snprintf(buf, sizeof(buf), "%04d", (int)p.v.m);
    return set(m, i, i + 1, NLP_NUMEX_DATE, buf);
  }
  if (!p.digits && !approx && i > 0 && tkind(c, i - 1) == NLP_TOKEN_WORD) {
    /* CBP One, Formula One, Chapter Two: part of a name. */
    word_t a, b;
    get_word(c, i, &a);
    get_word(c, i - 1, &b);
    if (a.upper && !a.allcaps && b.upper && !wis(&b, "i"))
      return 0;
  }
  if (p.is_one && !approx) {
    word_t prev, next;
    if (i > 0) {
      get_word(c, i - 1, &prev);
      if (prev.len && in_list(ONE_PRONOUN, NONEPRO, prev.low, prev.len))
        return 0;
    }
    get_word(c, i + 1, &next);
    if (wis(&next, "another") || wis(&next, "'s"))
      return 0;
  }
  if (p.digits) {
    /* 5G, 3D: a number glued to letters is part of a name. */
    if (glued(c, p.e - 1) && tkind(c, p.e) == NLP_TOKEN_WORD)
      return 0;
    if (i > 0 && glued(c, i - 1) && tkind(c, i - 1) == NLP_TOKEN_WORD &&
        p.s == i)
      return 0;
  }
  if (p.nt == NT_OTHER)
    num[0] = 0;
  return set(m, i, p.e, NLP_NUMEX_CARDINAL, num);
}

/* Ordinals: first, 2nd, twenty-first, fifth-largest. */
static size_t m_ordinal(const ctx_t *c, size_t i, match_t *m) {
  char buf[16];
  if (tkind(c, i) == NLP_TOKEN_NUMBER) {
    ntok_t nt;
    parse_ntok(c, i, &nt);
    if (nt.kind != NT_ORD)
      return 0;
    dec_fmt(nt.v, buf, sizeof(buf));
    return set(m, i, i + 1, NLP_NUMEX_ORDINAL, buf);
  }
  {
    word_t w;
    const char *h;
    get_word(c, i, &w);
    if (!w.len)
      return 0;
    if (wcls(&w) == X_ORD) {
      if (i > 0 && w.lex->val >= 3 &&
          (word_is(c, i - 1, "a") || word_is(c, i - 1, "one"))) {
        /* a third of, cut by a fifth: a fraction, not a rank */
        static const char *const AFTER[] = {
            "after", "and",   "at",   "before", "by", "for",
            "from",  "in",    "last", "of",     "on", "or",
            "over",  "since", "than", "this",   "to", "with"};
        word_t x;
        get_word(c, i + 1, &x);
        if (i + 1 >= c->n || tkind(c, i + 1) == NLP_TOKEN_PUNCT ||
            (x.len && !x.upper &&
             in_list(AFTER, sizeof(AFTER) / sizeof(AFTER[0]), x.low, x.len)))
          return 0;
      }
      if (wis(&w, "second")) {
        /* "a second" alone is a moment: "wait a second." */
        word_t prev, next;
        get_word(c, i + 1, &next);
        if (i > 0) {
          get_word(c, i - 1, &prev);
          if ((wis(&prev, "a") || wis(&prev, "split")) &&
              (next.len == 0 || wis(&next, "later") || wis(&next, "or")))
            return 0;
        }
      }
      if (w.lex->val == 0)
        return set(m, i, i + 1, NLP_NUMEX_ORDINAL, "");
      snprintf(buf, sizeof(buf), "%d", w.lex->val);
      return set(m, i, i + 1, NLP_NUMEX_ORDINAL, buf);
    }
    h = memchr(w.low, '-', w.len);
    if (h) {
      const lex_t *a = lex_find(w.low, (size_t)(h - w.low));
      const char *r = h + 1;
      size_t rn = w.len - (size_t)(r - w.low);
      const lex_t *b = lex_find(r, rn);
      /* twenty-first */
      if (a && b && a->cls == X_NUM && b->cls == X_ORD && a->val >= 20 &&
          a->val % 10 == 0 && b->val >= 1 && b->val <= 9) {
        snprintf(buf, sizeof(buf), "%d", a->val + b->val);
        return set(m, i, i + 1, NLP_NUMEX_ORDINAL, buf);
      }
      /* fifth-largest, first-ever, second-place */
      if (a && a->cls == X_ORD && a->val > 0 &&
          ((rn > 3 && memcmp(r + rn - 3, "est", 3) == 0) ||
           cmp_key(r, rn, "ever") == 0 || cmp_key(r, rn, "place") == 0 ||
           cmp_key(r, rn, "most") == 0 || cmp_key(r, rn, "round") == 0 ||
           cmp_key(r, rn, "placed") == 0 || cmp_key(r, rn, "ranked") == 0)) {
        snprintf(buf, sizeof(buf), "%d", a->val);
        return set(m, i, i + 1, NLP_NUMEX_ORDINAL, buf);
      }
      /* third-quarter */
      if (a && a->cls == X_ORD && b &&
          (cmp_key(r, rn, "quarter") == 0 || cmp_key(r, rn, "half") == 0))
        return set(m, i, i + 1, NLP_NUMEX_DATE, "");
    }
  }
  return 0;
}

/* Extends a period ending at e over "of 2024", "of the year", "of this
** year", "of May"; returns the new end. */
static size_t of_tail(const ctx_t *c, size_t e) {
  if (word_is(c, e, "to") && month_at(c, e + 1, NULL))
    return year_at(c, e + 2) ? e + 3 : e + 2; /* the year to March */
  if (!word_is(c, e, "of"))
    return e;
  if (year_at(c, e + 1))
    return e + 2;
  if (word_is(c, e + 1, "the") && cls_at(c, e + 2) == X_DUNIT)
    return e + 3;
  if ((word_is(c, e + 1, "this") || word_is(c, e + 1, "next") ||
       word_is(c, e + 1, "last")) &&
      cls_at(c, e + 2) == X_DUNIT)
    return e + 3;
  if (month_at(c, e + 1, NULL))
    return year_at(c, e + 2) ? e + 3 : e + 2;
  return e;
}

static inline int starts_nothing(const ctx_t *c, size_t i);

/* Dates led by "the": the 1990s, the weekend, the past two weeks, the end of
** the year, the third quarter, the 19th century, the 19th of December. */
static size_t m_the(const ctx_t *c, size_t i, match_t *m) {
  size_t j = i + 1;
  word_t w;
  ntok_t nt;
  char buf[16];
  if (!word_is(c, i, "the") || j >= c->n)
    return 0;
  if ((is_tok(c, j, "'") || is_tok(c, j, "\xE2\x80\x99")) && glued(c, j)) {
    /* the '90s, with the apostrophe as its own token */
    parse_ntok(c, j + 1, &nt);
    if (nt.kind == NT_DECADE && nt.ndig == 2) {
      match_t mm;
      if (m_numdate(c, j + 1, &mm))
        return set(m, i, mm.e, NLP_NUMEX_DATE, mm.value);
    }
    return 0;
  }
  /* a word that starts nothing is no number and not in LEX: every date
  ** below needs one after "the" ("the government": most stop here) */
  if (tkind(c, j) == NLP_TOKEN_WORD && starts_nothing(c, j))
    return 0;
  parse_ntok(c, j, &nt);
  if (nt.kind == NT_DECADE ||
      (nt.kind == NT_INT && glued(c, j) &&
       (is_tok(c, j + 1, "'s") || is_tok(c, j + 1, "\xE2\x80\x99s")))) {
    match_t mm;
    if (m_numdate(c, j, &mm) && mm.label == NLP_NUMEX_DATE)
      return set(m, i, mm.e, NLP_NUMEX_DATE, mm.value);
  }
  {
    /* the 12 months to June, the 24 hours before the vote */
    nphr_t p;
    if (parse_phrase(c, j, 0, &p) && !p.vague && !p.is_a &&
        (cls_at(c, p.e) == X_DUNIT || cls_at(c, p.e) == X_TUNIT) &&
        !word_is(c, p.e, "weekend") && !word_is(c, p.e, "weekends")) {
      word_t u;
      get_word(c, p.e, &u);
      if (!(u.lex->flags & F_OLD))
        return set(m, i, of_tail(c, p.e + 1),
                   u.lex->cls == X_TUNIT ? NLP_NUMEX_TIME : NLP_NUMEX_DATE, "");
    }
  }
  if (nt.kind == NT_ORD || nt.kind == NT_INT) {
    /* the 19th century */
    if (word_is(c, j + 1, "century") && nt.v.m >= 1 && nt.v.m <= 22) {
      snprintf(buf, sizeof(buf), "%02dXX", (int)nt.v.m - 1);
      return set(m, i, j + 2, NLP_NUMEX_DATE, buf);
    }
    if (nt.kind == NT_ORD && word_is(c, j + 1, "of") && month_at(c, j + 2, 0)) {
      match_t mm;
      if (m_numdate(c, j, &mm))
        return set(m, i, mm.e, NLP_NUMEX_DATE, mm.value);
    }
    return 0;
  }
  get_word(c, j, &w);
  if (!w.len)
    return 0;
  if (wcls(&w) == X_EARLY && !wis(&w, "earlier") && !wis(&w, "later")) {
    match_t mm;
    parse_ntok(c, j + 1, &nt);
    if (nt.kind == NT_DECADE && m_relative(c, j, &mm))
      return set(m, i, mm.e, NLP_NUMEX_DATE, mm.value);
    return 0;
  }
  if (wcls(&w) == X_DMOD && !wis(&w, "this") && !wis(&w, "recent")) {
    /* the past two weeks, the next year, the same day, the past 24 hours */
    nphr_t p;
    int time = 0;
    size_t e;
    if (parse_phrase(c, j + 1, 0, &p) && !p.vague &&
        (cls_at(c, p.e) == X_DUNIT || cls_at(c, p.e) == X_TUNIT)) {
      time = cls_at(c, p.e) == X_TUNIT;
      if (!(p.e < c->n && word_is(c, p.e, "weekend")))
        return set(m, i, p.e + 1, time ? NLP_NUMEX_TIME : NLP_NUMEX_DATE, "");
    }
    get_word(c, j + 1, &w);
    if (wcls(&w) == X_DUNIT && !(w.lex->flags & F_OLD)) {
      e = of_tail(c, j + 2); /* the last quarter of 2004 */
      return set(m, i, e, NLP_NUMEX_DATE, "");
    }
    if (wcls(&w) == X_TUNIT || wcls(&w) == X_TOD) {
      if (wis(&w, "second"))
        return 0;
      return set(m, i, j + 2, NLP_NUMEX_TIME, "");
    }
    return 0;
  }
  if (wis(&w, "weekend"))
    return set(m, i, j + 1, NLP_NUMEX_DATE, "");
  if (wcls(&w) == X_DUNIT && word_is(c, j + 1, "to") &&
      month_at(c, j + 2, NULL))
    return set(m, i, of_tail(c, j + 1), NLP_NUMEX_DATE, ""); /* year to */
  if (wcls(&w) == X_SEASON && word_is(c, j + 1, "of") && year_at(c, j + 2)) {
    snprintf(buf, sizeof(buf), "%04d", year_at(c, j + 2));
    return set(m, i, j + 3, NLP_NUMEX_DATE, buf);
  }
  if (wcls(&w) == X_ORD || wis(&w, "last")) {
    /* the third quarter, the first half of 2024 */
    word_t u;
    get_word(c, j + 1, &u);
    if (wis(&u, "quarter") || wis(&u, "half"))
      return set(m, i, of_tail(c, j + 2), NLP_NUMEX_DATE, "");
    {
      /* the first three months of the year, the first week of May */
      nphr_t p;
      size_t e = 0;
      int time = 0;
      if (parse_phrase(c, j + 1, 0, &p) && !p.vague &&
          (cls_at(c, p.e) == X_DUNIT || cls_at(c, p.e) == X_TUNIT))
        e = p.e + 1;
      else if (cls_at(c, j + 1) == X_DUNIT || cls_at(c, j + 1) == X_TUNIT)
        e = j + 2;
      if (e)
        time = cls_at(c, e - 1) == X_TUNIT;
      /* the fifth week in a row: a rank, not a period */
      if (e && (word_is(c, e, "running") || word_is(c, e, "straight") ||
                (word_is(c, e, "in") && word_is(c, e + 1, "a") &&
                 word_is(c, e + 2, "row"))))
        e = 0;
      if (e && !word_is(c, e - 1, "weekend"))
        return set(m, i, of_tail(c, e), time ? NLP_NUMEX_TIME : NLP_NUMEX_DATE,
                   "");
    }
    return 0;
  }
  if (wis(&w, "end") || wis(&w, "beginning") || wis(&w, "start") ||
      wis(&w, "middle") || wis(&w, "rest") || wis(&w, "turn")) {
    /* the end of the year, the end of 2023, the start of next month */
    size_t q = j + 1, e = 0;
    match_t mm;
    if (!word_is(c, q, "of"))
      return 0;
    q++;
    if (word_is(c, q, "the")) {
      word_t u;
      get_word(c, q + 1, &u);
      if ((wcls(&u) == X_DUNIT && !(u.lex->flags & F_OLD)) ||
          wcls(&u) == X_SEASON)
        e = q + 2;
      else if (m_the(c, q, &mm))
        e = mm.e;
    } else if (year_at(c, q)) {
      e = q + 1;
    } else if (month_at(c, q, NULL) && m_month(c, q, &mm)) {
      e = mm.e;
    } else if (m_relative(c, q, &mm) && mm.label == NLP_NUMEX_DATE) {
      e = mm.e;
    }
    if (!e)
      return 0;
    return set(m, i, e, NLP_NUMEX_DATE, "");
  }
  return 0;
}

/* Whether word token i is plain, read from its bytes without decoding it:
** plain ASCII (no NUL), no digit first, no hyphen, not a possible currency
** code (three bytes, the first and last capitals: is_code) nor before a
** glued "$". *hash is then the lex_hash of its lower-cased form (less a
** final period), the one decode_word looks up. */
static inline int plain_hash(const ctx_t *c, size_t i, uint32_t *hash) {
  const unsigned char *p = (const unsigned char *)tptr(c, i);
  size_t n = tlen(c, i), k, q;
  uint32_t h = NLP_FNV_START;
  if (n == 0 || n > WMAX || (glued(c, i) && is_tok(c, i + 1, "$")))
    return 0;
  if (n == 3 && p[0] >= 'A' && p[0] <= 'Z' && p[2] >= 'A' && p[2] <= 'Z')
    return 0;
  if (p[0] >= '0' && p[0] <= '9')
    return 0;
  /* a final period, left out of the hash, is plain ASCII and no hyphen */
  k = n > 1 && p[n - 1] == '.' ? n - 1 : n;
  /* two bytes a round (every word comes here: the loop's own tests cost
  ** about as much as the hash) */
  for (q = 0; q + 1 < k; q += 2) {
    unsigned a = lex_byte[p[q]], b = lex_byte[p[q + 1]];
    if (!a || !b)
      return 0;
    NLP_FNV_STEP(h, a);
    NLP_FNV_STEP(h, b);
  }
  if (q < k) {
    unsigned b = lex_byte[p[q]];
    if (!b)
      return 0;
    NLP_FNV_STEP(h, b);
  }
  *hash = NLP_FNV_FOLD(h);
  return 1;
}

/* Whether no LEX word has the hash tag of h. */
static inline int lex_untagged(uint32_t h) {
  /* lex_slots is built: nlp_numex_find, the only way here, builds it */
  for (uint32_t j = h & (LEX_SLOTS - 1); lex_slots[j];
       j = (j + 1) & (LEX_SLOTS - 1))
    if (lex_slots[j] >> 16 == h >> 16)
      return 0;
  return 1;
}

/* Whether word token i surely starts nothing: plain (plain_hash), and no
** LEX word has its hash tag. These are the words match_at turns away as not
** in LEX; any other word goes the long way. */
static inline int starts_nothing(const ctx_t *c, size_t i) {
  uint32_t h;
  return plain_hash(c, i, &h) && lex_untagged(h);
}

/* The first match at token i, or 0. */
static size_t match_at(const ctx_t *c, size_t i, match_t *m) {
  nlp_token_kind_t k = tkind(c, i);
  uint32_t h; /* a plain word's hash: read once, for both look-ups */
  int plain = k == NLP_TOKEN_WORD && plain_hash(c, i, &h);
  if (plain && lex_untagged(h))
    return 0; /* starts_nothing */
  if (k == NLP_TOKEN_NUMBER) {
    if (m_time(c, i, m))
      return m->e;
    if (m_numdate(c, i, m))
      return m->e;
    if (m_ordinal(c, i, m))
      return m->e;
    if (m_numeric(c, i, 0, m))
      return m->e;
    return 0;
  }
  if (k == NLP_TOKEN_SYMBOL)
    return m_numeric(c, i, 0, m);
  if (k != NLP_TOKEN_WORD)
    return 0;
  {
    /* read no word past i + 3 while w is in use (word_at) */
    const word_t *w = word_at_hashed(c, i, plain ? &h : NULL);
    size_t a;
    if (!w->len)
      return 0;
    if (!w->lex) {
      /* Only hyphenated words, currency codes and US$ can start a match. */
      if (w->low[0] >= '0' && w->low[0] <= '9')
        return m_numword(c, i, m) ? m->e : 0;
      if (!memchr(w->low, '-', w->len) &&
          !(glued(c, i) && is_tok(c, i + 1, "$")) &&
          !(w->upper && is_code(tptr(c, i), tlen(c, i))))
        return 0;
    }
    if (wis(w, "the"))
      return m_the(c, i, m) ? m->e : 0;
    a = approx_len(c, i);
    if (!a && wcls(w) == X_WORD && !wis(w, "a") && !wis(w, "an") &&
        !wis(w, "half") && !wis(w, "tens") && !wis(w, "rs"))
      return 0; /* of, and, to, per ... start nothing */
    if (a && starts_number(c, i + a)) {
      int temporal_prep = a == 1 && (wis(w, "over") || wis(w, "under"));
      if (m_time(c, i + a, m) ||
          (m_numeric(c, i + a, 1, m) && m->label != NLP_NUMEX_ORDINAL)) {
        /* "over ten years" is a span of time, not an approximation */
        if (temporal_prep &&
            (m->label == NLP_NUMEX_DATE || m->label == NLP_NUMEX_TIME))
          return 0;
        m->s = i;
        return m->e;
      }
    }
    if (m_time(c, i, m))
      return m->e;
    if (m_month(c, i, m))
      return m->e;
    if (m_wday(c, i, m))
      return m->e;
    if (m_relative(c, i, m))
      return m->e;
    if (m_numeric(c, i, 0, m))
      return m->e;
    if (m_ordinal(c, i, m))
      return m->e;
  }
  return 0;
}

size_t nlp_numex_head(const char *text, const nlp_token_t *toks, size_t ntoks,
                      const nlp_numex_t *ent) {
  ctx_t c;
  word_t cache[WCACHE];
  size_t cache_idx[WCACHE] = {0};
  size_t i, a;
  if (!ent)
    return 0;
  i = ent->tok_start;
  if (!text || !toks || ent->tok_end > ntoks || i >= ent->tok_end)
    return i;
  /* "the" and the approximators are words: an entity led by a number or a
  ** sign is its own head (most are; no words decoded for them) */
  if (toks[i].kind != NLP_TOKEN_WORD)
    return i;
  c.text = text;
  c.toks = toks;
  c.n = ent->tok_end; /* never look past the entity */
  c.cache = cache;
  c.cache_idx = cache_idx;
  if (ent->label == NLP_NUMEX_DATE && word_is(&c, i, "the") &&
      i + 1 < ent->tok_end)
    return i + 1;
  a = approx_len(&c, i);
  if (a && i + a < ent->tok_end)
    return i + a;
  return i;
}

size_t nlp_numex_find(const char *text, const nlp_token_t *toks, size_t ntoks,
                      nlp_numex_t *out, size_t max) {
  ctx_t c;
  word_t cache[WCACHE];
  size_t cache_idx[WCACHE] = {0};
  size_t i = 0, found = 0;
  if (!text || !toks)
    return 0;
  pthread_once(&lex_once, lex_build); /* once here, not per word */
  c.text = text;
  c.toks = toks;
  c.n = ntoks;
  c.cache = cache;
  c.cache_idx = cache_idx;
  while (i < ntoks) {
    match_t m;
    size_t e = match_at(&c, i, &m);
    if (e > i && m.s >= i && m.e <= ntoks && (int)m.label == NX_SKIP) {
      i = m.e; /* consumed without an entity (02/30/2023) */
    } else if (e > i && m.s >= i && m.e <= ntoks) {
      if (out && found < max) {
        out[found].tok_start = m.s;
        out[found].tok_end = m.e;
        out[found].label = m.label;
        memcpy(out[found].value, m.value, sizeof(m.value));
      }
      found++;
      i = m.e;
    } else {
      i++;
    }
  }
  return found;
}
