/*
** timeml.c: the TimeML value of a DATE or TIME (docs/numex.md), in two
** steps.
**
** 1. numex_timeml() reads the words of one match, with the tense of its
**    sentence, into a value: final when the words say it all ("2023-12-19",
**    "P2Y", "198", "PAST_REF"), else a template that starts with '~' and
**    says how to place it on the calendar:
**      ~D-1       a day offset from the reference date ("yesterday")
**      ~W-1 ~M0 ~Q0 ~Y+1 ~E0   week, month, quarter, year, decade offsets
**      ~Y-1g      years ago: a compared period, which keeps the grain of
**                 a quarter named near it ("a year ago" -> 1988-Q3)
**      ~w3<       a weekday: 3 (Wednesday) and a direction: < past tense,
**                 > future tense, = no tense (the nearer one), L "last",
**                 N "next", S "this" (the reference year's month)
**      ~m10< ~d12-19< ~q4<    a month, month-day, quarter with no year
**      ~A...      the same offsets from the anchor (the date the text
**                 last named) rather than the reference date: "a day
**                 later" is ~AD+1
**    then ":SUFFIX" appended as is ("~W0:-WE" the weekend, "~Y-1:-FA" last
**    fall) and "T..." a time ("~D0T14:00", "~w5<TNI").
** 2. nlp_numex_resolve() turns a template into a value with a reference
**    date and an anchor; without a reference date, what has no year gets
**    X's ("XXXX-12-19", "XXXX-WXX-3") or no value ("last week").
** Dates are counted in days from 1970-01-01 (the civil calendar
** algorithms of H. Hinnant, "chrono-Compatible Low-Level Date Algorithms").
*/
#include <stdio.h>
#include <stdlib.h>

#include "numex/numex_int.h"

/* -------------------------------------------------------------------- */
/* Calendar arithmetic                                                   */
/* -------------------------------------------------------------------- */

/* Days from 1970-01-01 to y-m-d (proleptic Gregorian). */
static long days_from_civil(int y, int m, int d) {
  long era, yoe, doy, doe;
  y -= m <= 2;
  era = (y >= 0 ? y : y - 399) / 400;
  yoe = y - era * 400;
  doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

/* The date of day z (days from 1970-01-01). */
static void civil_from_days(long z, int *y, int *m, int *d) {
  long era, doe, yoe, doy, mp;
  z += 719468;
  era = (z >= 0 ? z : z - 146096) / 146097;
  doe = z - era * 146097;
  yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  mp = (5 * doy + 2) / 153;
  *d = (int)(doy - (153 * mp + 2) / 5 + 1);
  *m = (int)(mp < 10 ? mp + 3 : mp - 9);
  *y = (int)(yoe + era * 400 + (*m <= 2));
}

/* ISO weekday of day z: 1 Monday .. 7 Sunday (1970-01-01 was a
** Thursday). */
static int iso_wday(long z) {
  long w = (z + 3) % 7;
  return (int)(w < 0 ? w + 7 : w) + 1;
}

/* The ISO week of day z: its year in *wy, its number 1..53 returned. */
static int iso_week(long z, int *wy) {
  long thu = z - iso_wday(z) + 4; /* the Thursday of z's week */
  int y, m, d;
  civil_from_days(thu, &y, &m, &d);
  *wy = y;
  return (int)((thu - days_from_civil(y, 1, 1)) / 7 + 1);
}

/* Days in month m of year y. */
static int month_days(int y, int m) {
  static const int D[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
    return 29;
  return D[m - 1];
}

/* -------------------------------------------------------------------- */
/* Dates as the resolver reads them                                      */
/* -------------------------------------------------------------------- */

/* How fine a known date is. */
typedef enum grain {
  G_NONE = 0,
  G_YEAR,
  G_QUARTER,
  G_MONTH,
  G_WEEK,
  G_DAY
} grain_t;

/* A date: y, and by grain q (1..4), m (1..12), w (ISO week), z (day). */
typedef struct cal {
  grain_t g;
  int y, q, m, w;
  long z;
} cal_t;

/* Reads 'n' digits at s into *v; 0 when they are not all digits. */
static int digits(const char *s, int n, int *v) {
  *v = 0;
  for (int k = 0; k < n; k++) {
    if (s[k] < '0' || s[k] > '9')
      return 0;
    *v = *v * 10 + (s[k] - '0');
  }
  return 1;
}

/* Reads an ISO value "YYYY", "YYYY-MM", "YYYY-MM-DD...", "YYYY-Qn",
** "YYYY-Www" into *c; grain G_NONE when it is none of them. */
static void cal_read(const char *s, cal_t *c) {
  int v;
  memset(c, 0, sizeof *c);
  if (!digits(s, 4, &c->y))
    return;
  c->g = G_YEAR;
  if (s[4] != '-')
    return;
  if (s[5] == 'Q' && s[6] >= '1' && s[6] <= '4') {
    c->g = G_QUARTER;
    c->q = s[6] - '0';
  } else if (s[5] == 'W' && digits(s + 6, 2, &v) && v >= 1 && v <= 53) {
    c->g = G_WEEK;
    c->w = v;
    c->z = days_from_civil(c->y, 1, 4);
    c->z += (v - 1) * 7 - (iso_wday(c->z) - 1); /* its Monday */
  } else if (digits(s + 5, 2, &c->m) && c->m >= 1 && c->m <= 12) {
    c->g = G_MONTH;
    c->q = (c->m + 2) / 3;
    if (s[7] == '-' && digits(s + 8, 2, &v) && v >= 1 &&
        v <= month_days(c->y, c->m)) {
      c->g = G_DAY;
      c->z = days_from_civil(c->y, c->m, v);
    }
  }
}

/* The date at day z, of grain G_DAY. */
static cal_t cal_day(long z) {
  cal_t c;
  int d;
  memset(&c, 0, sizeof c);
  c.g = G_DAY;
  c.z = z;
  civil_from_days(z, &c.y, &c.m, &d);
  c.q = (c.m + 2) / 3;
  return c;
}

/* Writes c at grain g into out ("" when c is too coarse for g). */
static void cal_write(const cal_t *c, grain_t g, char *out, size_t cap) {
  int y, m, d, wy;
  out[0] = 0;
  if (c->g < g && !(g == G_QUARTER && c->g >= G_MONTH))
    return;
  switch (g) {
  case G_YEAR:
    numex_fmt(out, cap, "%04d", c->y);
    break;
  case G_QUARTER:
    numex_fmt(out, cap, "%04d-Q%d", c->y, c->q);
    break;
  case G_MONTH:
    numex_fmt(out, cap, "%04d-%02d", c->y, c->m);
    break;
  case G_WEEK:
    if (c->g == G_MONTH)
      return;
    d = iso_week(c->z, &wy);
    numex_fmt(out, cap, "%04d-W%02d", wy, d);
    break;
  case G_DAY:
    civil_from_days(c->z, &y, &m, &d);
    numex_fmt(out, cap, "%04d-%02d-%02d", y, m, d);
    break;
  default:
    break;
  }
}

/* c moved by n units of grain g (the unit's own grain); 0 when c is too
** coarse for that unit. */
static int cal_shift(cal_t *c, grain_t g, long n) {
  long months;
  switch (g) {
  case G_DAY:
    if (c->g != G_DAY)
      return 0;
    *c = cal_day(c->z + n);
    return 1;
  case G_WEEK:
    if (c->g != G_DAY && c->g != G_WEEK)
      return 0;
    c->z += 7 * n;
    return 1;
  case G_MONTH:
  case G_QUARTER:
    if (c->g < G_MONTH && !(g == G_QUARTER && c->g == G_QUARTER))
      return 0;
    if (c->g == G_QUARTER) {
      long q = c->y * 4L + (c->q - 1) + n;
      c->y = (int)(q / 4);
      c->q = (int)(q % 4) + 1;
      return 1;
    }
    months = c->y * 12L + (c->m - 1) + (g == G_QUARTER ? 3 * n : n);
    c->y = (int)(months / 12);
    c->m = (int)(months % 12) + 1;
    c->q = (c->m + 2) / 3;
    if (c->g > G_MONTH)
      c->g = G_MONTH;
    return 1;
  case G_YEAR:
    c->y += (int)n;
    if (c->g >= G_WEEK)
      c->g = G_MONTH;
    return 1;
  default:
    return 0;
  }
}

/* -------------------------------------------------------------------- */
/* Resolving a template                                                  */
/* -------------------------------------------------------------------- */

/* The grain of an offset letter of a template, G_NONE for others. */
static grain_t offset_grain(char u) {
  switch (u) {
  case 'D':
    return G_DAY;
  case 'W':
    return G_WEEK;
  case 'M':
    return G_MONTH;
  case 'Q':
    return G_QUARTER;
  case 'Y':
  case 'E':
    return G_YEAR;
  default:
    return G_NONE;
  }
}

/* An offset "D-1", "W0", "E-1" from base: *out the value; 0 when base
** cannot carry it. */
static int resolve_offset(const char *t, const cal_t *base, int keep, char *out,
                          size_t cap) {
  grain_t g = offset_grain(t[0]), wg;
  long n = strtol(t + 1, NULL, 10);
  cal_t c = *base;
  if (g == G_NONE || base->g == G_NONE)
    return 0;
  if (t[0] == 'E') { /* a decade: "198" */
    int dec = c.y / 10 + (int)n;
    numex_fmt(out, cap, "%03d", dec);
    return 1;
  }
  if (!cal_shift(&c, g, n))
    return 0;
  /* years from an anchor keep a quarter's grain: "a year earlier" than
  ** 1989-Q3 is 1988-Q3; than a day or a month, the year (reports compare
  ** years and quarters) */
  wg = keep && g == G_YEAR && base->g == G_QUARTER ? base->g : g;
  if (wg == G_DAY && g == G_YEAR)
    c = cal_day(days_from_civil(c.y, c.m, 1) +
                (base->z - days_from_civil(base->y, base->m, 1)));
  cal_write(&c, wg, out, cap);
  return out[0] != 0;
}

/* The year of a month (or quarter) mo, of a year of 12 (or 4) such,
** in the direction dir from the reference's rmo of year ry: "October" said
** in the past in January 1998 is 1997's. */
static int year_toward(int ry, int rmo, int mo, char dir) {
  if ((dir == '<' || dir == 'L') && mo > rmo)
    return ry - 1;
  if ((dir == '>' || dir == 'N') && mo < rmo)
    return ry + 1;
  return ry;
}

/* A month's year with no tense: the nearer one, the reference year on a
** tie ("October" said in January 1998 is 1997's). */
static int year_nearest(int ry, int rmo, int mo) {
  if (mo - rmo > 6)
    return ry - 1;
  if (rmo - mo > 6)
    return ry + 1;
  return ry;
}

/* The year of quarter q in direction dir from quarter rq of year ry: as a
** month's, except that the future tense alone keeps the year (the third
** quarter whose results will come is this year's). */
static int quarter_year(int ry, int rq, int q, char dir) {
  return year_toward(ry, rq, q, dir == '>' ? '=' : dir);
}

/* A weekday "3<" from the reference day: the day in the direction. */
static long weekday_toward(long rz, int wd, char dir) {
  int rw = iso_wday(rz);
  int back = (rw - wd + 7) % 7, fwd = (wd - rw + 7) % 7;
  switch (dir) {
  case '<':
    return rz - back;
  case 'L':
    return rz - (back ? back : 7);
  case '>':
    return rz + fwd;
  case 'N':
    return rz + (fwd ? fwd : 7);
  default: /* no tense: the nearer one, the past on a tie */
    return fwd < back ? rz + fwd : rz - back;
  }
}

/* Whether the year carried over contradicts the tense: a date the future
** tense places ahead cannot take a year before the reference date's ("in
** July 1997 ... will join on March 12", said in 1999). */
static int against_tense(int carry, const cal_t *ref, char dir) {
  if (!carry || ref->g < G_MONTH)
    return 0;
  return ((dir == '>' || dir == 'N') && carry < ref->y) ||
         ((dir == '<' || dir == 'L') && carry > ref->y);
}

/* A yearless template ("w3<", "m10<", "d12-19<", "q4<") with the
** reference ref (G_NONE: none) and the year carried over (0: none). */
static void resolve_yearless(const char *t, const cal_t *ref, int carry,
                             char *out, size_t cap) {
  int a = 0, b = 0, y;
  const char *p = t + 1;
  a = (int)strtol(p, (char **)&p, 10);
  if (*t == 'd' && *p == '-')
    b = (int)strtol(p + 1, (char **)&p, 10);
  char dir = *p;
  if (*t == 'k') { /* a weekend: its Saturday's week */
    char w[16];    /* "2023-W50" */
    if (ref->g != G_DAY)
      return;
    cal_t sat = cal_day(weekday_toward(ref->z, 6, t[1]));
    cal_write(&sat, G_WEEK, w, sizeof w);
    numex_fmt(out, cap, "%s-WE", w);
    return;
  }
  if (*t == 'w') {
    if (ref->g == G_DAY)
      cal_write(&(cal_t){G_DAY, 0, 0, 0, 0, weekday_toward(ref->z, a, dir)},
                G_DAY, out, cap);
    else
      numex_fmt(out, cap, "XXXX-WXX-%d", a);
    return;
  }
  y = against_tense(carry, ref, dir) ? 0 : carry;
  if (!y && ref->g >= G_MONTH)
    y = *t == 'q'    ? quarter_year(ref->y, ref->q, a, dir)
        : dir == '=' ? year_nearest(ref->y, ref->m, a)
                     : year_toward(ref->y, ref->m, a, dir);
  else if (!y && ref->g != G_NONE)
    y = ref->y;
  if (*t == 'q')
    y ? numex_fmt(out, cap, "%04d-Q%d", y, a)
      : numex_fmt(out, cap, "XXXX-Q%d", a);
  else if (*t == 'm')
    y ? numex_fmt(out, cap, "%04d-%02d", y, a)
      : numex_fmt(out, cap, "XXXX-%02d", a);
  else if (y && b <= month_days(y, a))
    numex_fmt(out, cap, "%04d-%02d-%02d", y, a, b);
  else
    numex_fmt(out, cap, "XXXX-%02d-%02d", a, b);
}

/* Appends the ":SUFFIX" and "T..." parts of template t to a resolved date
** in out (when there is a date). */
static void add_tail(const char *t, char *out, size_t cap) {
  const char *tt = strchr(t, 'T'), *colon = strchr(t, ':');
  size_t n = strlen(out);
  if (!n)
    return;
  if (colon && tt && colon > tt)
    colon = NULL; /* the colon of a clock time */
  if (colon) {
    const char *end = tt && tt > colon ? tt : colon + strlen(colon);
    numex_fmt(out + n, cap - n, "%.*s", (int)(end - colon - 1), colon + 1);
    n = strlen(out);
  }
  if (tt && n + strlen(tt) < cap)
    numex_fmt(out + n, cap - n, "%s", tt);
}

/* "Ay1988": year y's quarter of the quarter the text last named (its
** anchor, when a quarter), else the year ("the 1988 period" after "the
** third quarter" is 1988-Q3). */
static void resolve_year_quarter(const char *y, const nlp_numex_ref_t *ref,
                                 char *out, size_t cap) {
  cal_t a;
  cal_read(ref && ref->quarter[0] ? ref->quarter : "", &a);
  if (a.g == G_QUARTER)
    numex_fmt(out, cap, "%.4s-Q%d", y, a.q);
  else
    numex_fmt(out, cap, "%.4s", y);
}

/* "sSP<": the latest spring, summer or fall that has ended by the
** reference month ("this past spring" said in October 1989 is 1989-SP, in
** April 1989 1988-SP). */
static void resolve_season(const char *t, const cal_t *r, char *out,
                           size_t cap) {
  static const char S[3][3] = {"SP", "SU", "FA"};
  for (int k = 0; k < 3; k++)
    if (!strncmp(t + 1, S[k], 2) && r->g >= G_MONTH) {
      int last = 5 + 3 * k; /* SP: March to May */
      numex_fmt(out, cap, "%04d-%s", r->m > last ? r->y : r->y - 1, S[k]);
    }
}

void nlp_numex_resolve(const char *tmpl, const nlp_numex_ref_t *ref,
                       char *out) {
  const size_t cap = NLP_NUMEX_VALUE_MAX;
  const char *t = tmpl;
  cal_t r, base;
  int anchored = 0;
  out[0] = 0;
  if (!tmpl)
    return;
  if (t[0] != '~') {
    numex_fmt(out, cap, "%s", t);
    return;
  }
  t++;
  if (t[0] == 'A' && t[1] == 'y') { /* "the 1988 quarter" */
    resolve_year_quarter(t + 2, ref, out, cap);
    return;
  }
  cal_read(ref && ref->date[0] ? ref->date : "", &r);
  base = r;
  if (*t == 'A') {
    t++;
    if (ref && *t == 'Q' && ref->quarter[0])
      cal_read(ref->quarter, &base), anchored = 1;
    else if (ref && ref->anchor[0])
      cal_read(ref->anchor, &base), anchored = 1;
    /* no anchor: counted from the reference date in the unit's grain;
    ** "the quarter" alone is then the last whole one, which reports
    ** speak of */
    anchored = anchored && base.g != G_NONE;
    if (!anchored && !strcmp(t, "Q0"))
      t = "Q-1";
  } else if (t[0] == 'Y' && t[1] == '-' && strchr(t, 'g') && ref &&
             ref->anchor_near) {
    /* "a year ago" after a quarter of its sentence: that quarter's ("last
    ** year" names the calendar year) */
    cal_t a;
    cal_read(ref->anchor, &a);
    if (a.g == G_QUARTER)
      base = a, anchored = 1;
  }
  if (*t == 's') {
    resolve_season(t, &r, out, cap);
  } else if (*t == 'w' || *t == 'm' || *t == 'd' || *t == 'q' || *t == 'k') {
    resolve_yearless(t, &r, ref ? ref->carry_year : 0, out, cap);
  } else if (offset_grain(*t) != G_NONE) {
    if (!resolve_offset(t, &base, anchored, out, cap) &&
        !resolve_offset(t, &r, 0, out, cap))
      out[0] = 0;
  }
  if (!out[0] && strchr(t, 'T') && offset_grain(*t) == G_DAY) {
    numex_fmt(out, cap, "XXXX-XX-XX"); /* a time on an unknown day */
  }
  add_tail(t, out, cap);
}

int nlp_numex_date_ok(const char *s, size_t n) {
  char buf[32];
  cal_t c;
  int hh, mm;
  if (!s || n < 10 || n >= sizeof buf)
    return 0;
  memcpy(buf, s, n);
  buf[n] = 0;
  cal_read(buf, &c);
  if (c.g != G_DAY || (n > 10 && buf[10] != 'T' && buf[10] != ' '))
    return 0;
  if (n == 10)
    return 1;
  /* a time: hh:mm, then anything of :ss, fractions, zone */
  return n >= 16 && digits(buf + 11, 2, &hh) && buf[13] == ':' &&
         digits(buf + 14, 2, &mm) && hh < 24 && mm < 60;
}
