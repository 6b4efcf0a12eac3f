/*
** lexicon.c: the numex lexicon (every word the matchers read by class or
** value) and the small word lists, and reading a token as a word.
**
** Each word is decoded once into the caller's cache (word_at); words that
** are not in the lexicon are mostly rejected by a first-letter/length mask,
** the rest after one hash look-up. The word lists are our own, written from
** common English usage in news.
*/
#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "text/fnv.h"
#include "numex/numex_int.h"

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

/* Words before "last" that make it a verb: "expected to last six weeks". */
static const char *const MODALS[] = {"can", "could", "did",   "do",  "does",
                                     "may", "might", "must",  "n't", "should",
                                     "to",  "will",  "would", "'ll"};

/* Words after "a third", "one fifth" that make it a fraction, not a rank:
** "a third of", "cut by a fifth since". */
static const char *const FRACTION_NEXT[] = {
    "after", "and", "at", "before", "by",    "for",  "from", "in", "last",
    "of",    "on",  "or", "over",   "since", "than", "this", "to", "with"};

int numex_cmp_key(const char *a, size_t n, const char *b) {
  for (size_t k = 0; k < n; k++) {
    unsigned char x = (unsigned char)a[k], y = (unsigned char)b[k];
    if (x != y)
      return y == 0 ? 1 : (x < y ? -1 : 1);
  }
  return b[n] ? -1 : 0;
}

int numex_in_list(const char *const *list, size_t n, const char *w,
                  size_t len) {
  for (size_t i = 0; i < n; i++)
    if (numex_cmp_key(w, len, list[i]) == 0)
      return 1;
  return 0;
}

int numex_is_code(const char *w, size_t len) {
  if (len != 3 || w[0] < 'A' || w[0] > 'Z' || w[2] < 'A' || w[2] > 'Z')
    return 0;
  return numex_in_list(CODES, NCODES, w, len);
}

int numex_is_zone(const char *w, size_t len) {
  return numex_in_list(ZONES, NZONES, w, len);
}

int numex_is_date_prep(const char *w, size_t len) {
  return numex_in_list(DATE_PREPS, NPREPS, w, len);
}

int numex_is_one_pronoun(const char *w, size_t len) {
  return numex_in_list(ONE_PRONOUN, NONEPRO, w, len);
}

int numex_is_modal(const char *w, size_t len) {
  return numex_in_list(MODALS, sizeof(MODALS) / sizeof(MODALS[0]), w, len);
}

int numex_is_fraction_next(const char *w, size_t len) {
  return numex_in_list(
      FRACTION_NEXT, sizeof(FRACTION_NEXT) / sizeof(FRACTION_NEXT[0]), w, len);
}

const char *numex_sign_code(const char *p, size_t n) {
  for (size_t k = 0; k < sizeof(SIGNS) / sizeof(SIGNS[0]); k++)
    if (strlen(SIGNS[k].sym) == n && memcmp(SIGNS[k].sym, p, n) == 0)
      return SIGNS[k].code;
  return NULL;
}

const char *numex_dollar_code(const char *p, size_t n) {
  for (size_t k = 0; k < sizeof(DOLLAR_PREFIX) / sizeof(DOLLAR_PREFIX[0]); k++)
    if (numex_cmp_key(p, n, DOLLAR_PREFIX[k].pre) == 0)
      return DOLLAR_PREFIX[k].code;
  return NULL;
}

/* LEX by hash, built once: slot = entry index + 1 | hash tag << 16; 0 is
** empty. Most words looked up are not in LEX: the tag turns them away
** without reading an entry. */
#define LEX_SLOTS 1024u
static uint32_t lex_slots[LEX_SLOTS];
/* Each byte as plain_hash hashes it (ASCII lower case), 0 for the bytes
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

void numex_lex_init(void) { pthread_once(&lex_once, lex_build); }

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
    if (e >> 16 == h >> 16 && numex_cmp_key(w, n, LEX[(e & 0xFFFF) - 1].w) == 0)
      return &LEX[(e & 0xFFFF) - 1];
  }
  return NULL;
}

const lex_t *numex_lex_find(const char *w, size_t n) {
  return lex_may(w, n) ? lex_probe(w, n, lex_hash(w, n)) : NULL;
}

int nlp_numex_is_calendar_word(const char *w, size_t n) {
  char low[32];
  const lex_t *x;
  if (!w || n == 0 || n >= sizeof low)
    return 0;
  for (size_t k = 0; k < n; k++)
    low[k] = (char)(w[k] >= 'A' && w[k] <= 'Z' ? w[k] + 32 : w[k]);
  x = numex_lex_find(low, n);
  return x && (x->cls == X_MONTH || x->cls == X_WDAY);
}

/* Whether word token i is plain, read from its bytes without decoding it:
** plain ASCII (no NUL), no digit first, no hyphen, not a possible currency
** code (three bytes, the first and last capitals: numex_is_code) nor before
** a glued "$". *hash is then the lex_hash of its lower-cased form (less a
** final period), the one numex_decode_word looks up. */
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

int numex_starts_nothing(const ctx_t *c, size_t i) {
  uint32_t h;
  return plain_hash(c, i, &h) && lex_untagged(h);
}

const word_t *numex_word_screen(const ctx_t *c, size_t i) {
  uint32_t h; /* a plain word's hash: read once, for both look-ups */
  int plain = plain_hash(c, i, &h);
  if (plain && lex_untagged(h))
    return NULL; /* starts nothing */
  return word_at_hashed(c, i, plain ? &h : NULL);
}

/* Reads token i as a word (see numex_int.h). */
void numex_decode_word(const ctx_t *c, size_t i, word_t *w,
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
