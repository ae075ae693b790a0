/* SPDX-License-Identifier: MIT */
/* timex.c: date and time expressions over tokens. Calendar words come from calendar.csv
 * (months, weekdays, today/yesterday, future markers). Relative expressions ("Monday",
 * "July 15") are resolved against the publication date: the most recent such day on or before
 * it, or the next one when the sentence speaks of the future; without a publication date
 * they are not recognised (the text is not guessed at). */
#include "timex.h"
#include "doc.h"

#include <stdio.h>
#include <stdlib.h>

/* Days since 1970-01-01 of a proleptic Gregorian date, and back (H. Hinnant's algorithm). */
long ng_days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static ng_timex civil_from_days(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  ng_timex t = {0};
  t.day = (int)(doy - (153 * mp + 2) / 5 + 1);
  t.month = (int)(mp < 10 ? mp + 3 : mp - 9);
  t.year = (int)(yoe + era * 400 + (t.month <= 2));
  t.gran = NG_TIME_DAY;
  return t;
}

ng_timex ng_timex_from_iso(const char *s) {
  ng_timex t = {atoi(s), atoi(s + 5), atoi(s + 8), 0, 0, NG_TIME_DAY};
  return t;
}

static bool valid_day(int y, int m, int d) {
  if (y <= 0 || y >= 10000 || m < 1 || m > 12 || d < 1 || d > 31) return false;
  char buf[16];
  snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return ng_date_is_valid(buf);
}

static const ng_calendar_word *calendar(const ng_doc *d, size_t i) {
  const ng_lex *l = ng_lex_find(ng_doc_lookup(d, i, 1), NG_LEX_CALENDAR);
  return l ? l->ref : NULL;
}

static int month_at(const ng_doc *d, size_t i) {
  const ng_calendar_word *c = i < d->ntok ? calendar(d, i) : NULL;
  return c && c->kind == NG_CAL_MONTH && (d->tok[i].flags & NG_TOK_CAP) ? c->value : 0;
}

/* A whole number token of at most `maxdigits` digits, or -1. */
static int number_at(const ng_doc *d, size_t i, size_t maxdigits) {
  if (i >= d->ntok)
    return -1;
  const char *s = d->tok[i].norm;
  size_t n = strlen(s);
  if (n == 0 || n > maxdigits || strspn(s, "0123456789") != n)
    return -1;
  return atoi(s);
}

static int year_at(const ng_doc *d, size_t i) {
  int y = number_at(d, i, 4);
  return y >= 1000 && y <= 2999 && strlen(d->tok[i].norm) == 4 ? y : -1;
}

/* The reading of kind `kind` of the calendar word at token i ("previous" may be several), or
 * NULL. */
static const ng_calendar_word *calendar_as(const ng_doc *d, size_t i, ng_cal_kind kind) {
  for (const ng_lex *l = i < d->ntok ? ng_doc_lookup(d, i, 1) : NULL; l; l = l->next)
    if (l->kind == NG_LEX_CALENDAR && ((const ng_calendar_word *)l->ref)->kind == kind)
      return l->ref;
  return NULL;
}

static bool cal_kind_at(const ng_doc *d, size_t i, ng_cal_kind kind) {
  return calendar_as(d, i, kind) != NULL;
}

/* The number a count word ("ten") or up to `maxdigits` digits at token i say, or -1. */
static int count_at(const ng_doc *d, size_t i, size_t maxdigits) {
  const ng_calendar_word *count = calendar_as(d, i, NG_CAL_COUNT);
  return count ? count->value : number_at(d, i, maxdigits);
}

/* Does the sentence speak of the future at token i? A future word counts up to the end of
 * i's clause: "told leaders on Wednesday that investment could top $20 billion over the next
 * three years" is about a past Wednesday; a date right after a speech verb is the day of the
 * saying. */
static bool sentence_is_future(const ng_doc *d, size_t i) {
  enum { SPEECH_REACH = 3 };
  const ng_sentence *s = &d->sent[d->tok[i].sent];
  for (size_t k = i; k-- > s->tb && i - k <= SPEECH_REACH;)
    if (ng_lex_find(ng_doc_lookup(d, k, 1), NG_LEX_CUE)) {
      bool will = (k > s->tb && cal_kind_at(d, k - 1, NG_CAL_FUTURE)) ||
                  (k > s->tb + 1 && cal_kind_at(d, k - 2, NG_CAL_FUTURE));
      if (!will) /* "said on Monday he would resign": the saying's day; "will say on Monday" */
        return false;
      break;
    }
  size_t end = i + 1;
  while (end < s->te && !ng_doc_word_is(d, end, NG_GRAM_RELATIVE) &&
         !ng_doc_word_is(d, end, NG_GRAM_CLAUSE_BREAK))
    end++;
  for (size_t k = s->tb; k < end; k++) {
    const ng_calendar_word *c = calendar(d, k);
    if (c && c->kind == NG_CAL_FUTURE)
      return true;
  }
  return false;
}

/* Month/day without a year: the most recent on or before publication, or the next one (in a
 * sentence in the future, or after a deadline word: "by Oct. 15"). */
static bool resolve_month_day(const ng_doc *d, size_t i, int m, int day, ng_timex *out) {
  if (d->pubdate.gran == NG_TIME_NONE)
    return false;
  const ng_timex *p = &d->pubdate;
  bool future = (i > 0 && cal_kind_at(d, i - 1, NG_CAL_DEADLINE)) ||
                (d->nsent && sentence_is_future(d, i));
  int y = p->year;
  bool after = m > p->month || (m == p->month && day > p->day);
  if (after && !future)
    y--;
  else if (!after && future && !(m == p->month && day == p->day))
    y++;
  if (!valid_day(y, m, day))
    return false;
  *out = (ng_timex){y, m, day, 0, 0, NG_TIME_DAY};
  return true;
}

static bool resolve_weekday(const ng_doc *d, size_t i, int weekday, ng_timex *out) {
  if (d->pubdate.gran == NG_TIME_NONE)
    return false;
  long z = ng_days_from_civil(d->pubdate.year, d->pubdate.month, d->pubdate.day);
  int pub_wd = (int)(((z % 7) + 7 + 3) % 7) + 1; /* 1970-01-01 was a Thursday (4) */
  int delta = weekday - pub_wd;
  if (d->nsent && sentence_is_future(d, i))
    z += delta >= 0 ? delta : delta + 7;
  else
    z -= delta <= 0 ? -delta : 7 - delta;
  *out = civil_from_days(z);
  return true;
}

static bool iso_date(const ng_doc *d, size_t i, size_t *end, ng_timex *out) {
  const char *s = d->tok[i].norm;
  if (strlen(s) != 10 || !ng_date_is_valid(s))
    return false;
  *out = ng_timex_from_iso(s);
  *end = i + 1;
  return true;
}

/* "in June", "last June": a month alone, after a preposition of time or "last" (so that "May
 * said" stays a name). The most recent such month, or the next one in the future. */
static bool bare_month(const ng_doc *d, size_t i, size_t *end, ng_timex *out) {
  int m = month_at(d, i);
  if (!m || i == 0 || d->pubdate.gran == NG_TIME_NONE)
    return false;
  bool last = cal_kind_at(d, i - 1, NG_CAL_PAST);
  if (!last && !cal_kind_at(d, i - 1, NG_CAL_YEAR_PREP))
    return false;
  int y = d->pubdate.year, pm = d->pubdate.month;
  if (!last && d->nsent && sentence_is_future(d, i))
    y += m < pm;
  else
    y -= last ? m >= pm : m > pm;
  *out = (ng_timex){y, m, 0, 0, 0, NG_TIME_MONTH};
  *end = i + 1;
  return true;
}

/* "December 19, 2016", "Dec. 19", "July, 15", "July 2013", "July" */
static bool month_first(const ng_doc *d, size_t i, size_t *end, ng_timex *out) {
  int m = month_at(d, i);
  if (!m)
    return false;
  size_t k = i + 1 + ng_tok_is(d, i + 1, ",");
  int day = number_at(d, k, 2);
  if (day >= 1 && day <= 31) {
    size_t ky = k + 1 + ng_tok_is(d, k + 1, ",");
    int y = year_at(d, ky);
    if (y > 0 && valid_day(y, m, day)) {
      *out = (ng_timex){y, m, day, 0, 0, NG_TIME_DAY};
      *end = ky + 1;
      return true;
    }
    if (resolve_month_day(d, i, m, day, out)) {
      *end = k + 1;
      return true;
    }
    return false;
  }
  int y = year_at(d, i + 1);
  if (y > 0) {
    *out = (ng_timex){y, m, 0, 0, 0, NG_TIME_MONTH};
    *end = i + 2;
    return true;
  }
  return bare_month(d, i, end, out);
}

/* "19 December 2016", "15 July" */
static bool day_first(const ng_doc *d, size_t i, size_t *end, ng_timex *out) {
  int day = number_at(d, i, 2);
  int m = day >= 1 && day <= 31 ? month_at(d, i + 1) : 0;
  if (!m)
    return false;
  int y = year_at(d, i + 2);
  if (y > 0 && valid_day(y, m, day)) {
    *out = (ng_timex){y, m, day, 0, 0, NG_TIME_DAY};
    *end = i + 3;
    return true;
  }
  if (resolve_month_day(d, i, m, day, out)) {
    *end = i + 2;
    return true;
  }
  return false;
}

static bool relative_day(const ng_doc *d, size_t i, size_t *end, ng_timex *out) {
  const ng_calendar_word *c = calendar(d, i);
  if (!c)
    return false;
  if (c->kind == NG_CAL_WEEKDAY && (d->tok[i].flags & NG_TOK_CAP) &&
      resolve_weekday(d, i, c->value, out)) {
    *end = i + 1;
    return true;
  }
  /* "yesterday"; "the previous evening" (a story tells of the day before it appeared) */
  const ng_calendar_word *by = calendar_as(d, i, NG_CAL_SHIFT);
  bool shift = by && calendar_as(d, i + 1, NG_CAL_DAYPART);
  if ((c->kind == NG_CAL_RELDAY || shift) && d->pubdate.gran != NG_TIME_NONE) {
    int days = shift ? by->value : c->value;
    *out = civil_from_days(ng_days_from_civil(d->pubdate.year, d->pubdate.month, d->pubdate.day) +
                           days);
    *end = i + 1 + shift;
    return true;
  }
  return false;
}

/* "the 2015 nuclear deal": four digits between a determiner and a lower-case word name a
 * year (a count would be written "2,015"). */
static bool year_modifier(const ng_doc *d, size_t i) {
  return ng_doc_word_is(d, i - 1, NG_GRAM_DETERMINER) && i + 1 < d->ntok &&
         (d->tok[i + 1].flags & NG_TOK_WORD) && !(d->tok[i + 1].flags & NG_TOK_CAP);
}

/* "from 2015 to 2018", "2015-2018": the second year of a range (the first needs no more). */
static bool range_end(const ng_doc *d, size_t i) {
  return i >= 2 && cal_kind_at(d, i - 1, NG_CAL_RANGE_TO) && year_at(d, i - 2) >= 0;
}

/* "in 1976", "since 1992": a bare year needs a preposition before it, or is a modifier or
 * ends a range. */
static bool bare_year(const ng_doc *d, size_t i, size_t *end, ng_timex *out) {
  int y = year_at(d, i);
  if (y < 0 || i == 0)
    return false;
  if (!cal_kind_at(d, i - 1, NG_CAL_YEAR_PREP) && !year_modifier(d, i) && !range_end(d, i))
    return false;
  *out = (ng_timex){y, 0, 0, 0, 0, NG_TIME_YEAR};
  *end = i + 1;
  return true;
}

/* The year of the last date the text gave before token i, or -1. */
static int year_before(const ng_doc *d, size_t i) {
  for (size_t k = d->nm; k-- > 0;)
    if (d->m[k].kind == NG_M_DATE && d->m[k].te <= i && d->m[k].time.gran != NG_TIME_NONE)
      return d->m[k].time.year;
  return -1;
}

/* "the following year", "a year later": a year counted from the date before it. */
static bool shifted_year(const ng_doc *d, size_t i, size_t *end, ng_timex *out) {
  const ng_calendar_word *c = NULL;
  if (i + 2 < d->ntok && ng_tok_is(d, i, "the") && ng_tok_is(d, i + 2, "year"))
    c = calendar_as(d, i + 1, NG_CAL_YEAR_SHIFT); /* "the following year" */
  else if (i + 2 < d->ntok && ng_tok_is(d, i, "a") && ng_tok_is(d, i + 1, "year"))
    c = calendar_as(d, i + 2, NG_CAL_YEAR_SHIFT); /* "a year later" */
  int y = c ? year_before(d, i) : -1;
  if (y < 0)
    return false;
  *out = (ng_timex){y + c->value, 0, 0, 0, 0, NG_TIME_YEAR};
  *end = i + 3;
  return true;
}

/* The month (or, for a year-long period, the year) `n` periods from the publication's. */
static ng_timex periods_from_publication(const ng_doc *d, const ng_calendar_word *period, long n) {
  long months = d->pubdate.year * 12L + (d->pubdate.month - 1) + n * period->value;
  bool year = period->value == 12;
  return (ng_timex){(int)(months / 12), year ? 0 : (int)(months % 12) + 1, 0, 0, 0,
                    year ? NG_TIME_YEAR : NG_TIME_MONTH};
}

/* "last month", "next year", "this month": a month or a year counted from publication. */
static bool relative_period(const ng_doc *d, size_t i, size_t *end, ng_timex *out) {
  const ng_calendar_word *p = i + 1 < d->ntok ? calendar_as(d, i + 1, NG_CAL_PERIOD) : NULL;
  if (!p || d->pubdate.gran == NG_TIME_NONE)
    return false;
  int shift = cal_kind_at(d, i, NG_CAL_PAST) ? -1 : cal_kind_at(d, i, NG_CAL_FUTURE) ? 1 : 0;
  if (!shift && !cal_kind_at(d, i, NG_CAL_PRESENT))
    return false;
  *out = periods_from_publication(d, p, shift);
  *end = i + 2;
  return true;
}

/* "March last year", "on 3 May of next year": a month (and day) whose year a relative year
 * after it gives, instead of the most recent. */
static void year_after_month(const ng_doc *d, size_t *end, ng_timex *out) {
  size_t k = *end + ng_tok_is(d, *end, "of"), year_end;
  ng_timex year;
  if (k < d->ntok && relative_period(d, k, &year_end, &year) && year.gran == NG_TIME_YEAR &&
      (out->gran == NG_TIME_MONTH || valid_day(year.year, out->month, out->day))) {
    out->year = year.year;
    *end = year_end;
  }
}

/* "two days ago", "a week ago", "three months ago", "four years ago": back from publication,
 * as precise as the unit: a day, a month, a year. */
static bool time_ago(const ng_doc *d, size_t i, size_t *end, ng_timex *out) {
  if (i + 2 >= d->ntok || d->pubdate.gran < NG_TIME_DAY || !calendar_as(d, i + 2, NG_CAL_AGO))
    return false;
  int n = ng_doc_word_is(d, i, NG_GRAM_INDEFINITE) ? 1 : count_at(d, i, 3); /* "a week ago" */
  const ng_calendar_word *unit = calendar_as(d, i + 1, NG_CAL_UNIT);
  const ng_calendar_word *period = unit ? NULL : calendar_as(d, i + 1, NG_CAL_PERIOD);
  if (n <= 0 || (!unit && !period))
    return false;
  *out = unit ? ng_timex_add_days(&d->pubdate, -(long)n * unit->value)
              : periods_from_publication(d, period, -n);
  *end = i + 3;
  return true;
}

static bool date_at(const ng_doc *d, size_t i, size_t *end, ng_timex *out) {
  if (month_first(d, i, end, out) || day_first(d, i, end, out)) {
    year_after_month(d, end, out);
    return true;
  }
  return iso_date(d, i, end, out) || relative_day(d, i, end, out) || bare_year(d, i, end, out) ||
         shifted_year(d, i, end, out) || relative_period(d, i, end, out) ||
         time_ago(d, i, end, out);
}

/* "3pm", "7:30pm": a clock time written as one token (calendar.csv `ampm` after the digits). */
static bool glued_clock(const ng_doc *d, const char *s, int *hour, int *minute) {
  size_t digits = strspn(s, "0123456789");
  if (digits < 1 || digits > 2)
    return false;
  int h = atoi(s), m = 0;
  const char *rest = s + digits;
  if (*rest == ':') {
    if (strspn(rest + 1, "0123456789") != 2)
      return false;
    m = atoi(rest + 1);
    rest += 3;
  }
  for (const ng_lex *l = *rest ? ng_kb_lookup(d->kb, rest, strlen(rest)) : NULL; l; l = l->next) {
    const ng_calendar_word *c = l->kind == NG_LEX_CALENDAR ? l->ref : NULL;
    if (c && c->kind == NG_CAL_AMPM && h >= 1 && h <= 12 && m <= 59) {
      *hour = h % 12 + (c->value == 12 ? 12 : 0);
      *minute = m;
      return true;
    }
  }
  return false;
}

/* "7:30 PM", "19:30", "10 a.m.", "3pm": hour and minute; *end past it. */
static bool clock_at(const ng_doc *d, size_t i, size_t *end, int *hour, int *minute) {
  if (i >= d->ntok)
    return false;
  const char *s = d->tok[i].norm;
  int h = -1, m = 0;
  size_t k = i + 1;
  if (glued_clock(d, s, hour, minute)) {
    *end = k;
    return true;
  }
  if (strlen(s) >= 4 && strlen(s) <= 5 && strchr(s, ':')) {
    char *colon;
    h = (int)strtol(s, &colon, 10);
    if (*colon != ':' || strlen(colon + 1) != 2)
      return false;
    m = atoi(colon + 1);
  } else if ((h = number_at(d, i, 2)) < 0) {
    return false;
  }
  const ng_calendar_word *c = k < d->ntok ? calendar(d, k) : NULL;
  bool has_ampm = c && c->kind == NG_CAL_AMPM;
  if (has_ampm) {
    if (h < 1 || h > 12)
      return false;
    h = h % 12 + (c->value == 12 ? 12 : 0);
    k++;
  } else if (!strchr(s, ':')) {
    return false; /* a bare number is not a time */
  }
  if (h > 23 || m > 59)
    return false;
  *hour = h;
  *minute = m;
  *end = k;
  return true;
}

/* A clock time joined to a date: "7:30 PM on Monday", "Monday at 7:30 PM". */
static bool with_time(const ng_doc *d, size_t i, size_t *end, ng_timex *out) {
  int h, m;
  size_t k;
  if (clock_at(d, i, &k, &h, &m)) {
    size_t j = k + (ng_tok_is(d, k, "on") || ng_tok_is(d, k, ","));
    if (j < d->ntok && date_at(d, j, end, out) && out->gran == NG_TIME_DAY) {
      out->hour = h, out->minute = m, out->gran = NG_TIME_MINUTE;
      return true;
    }
    return false;
  }
  if (!date_at(d, i, end, out))
    return false;
  if (out->gran == NG_TIME_DAY && ng_tok_is(d, *end, "at") && clock_at(d, *end + 1, &k, &h, &m)) {
    out->hour = h, out->minute = m, out->gran = NG_TIME_MINUTE;
    *end = k;
  }
  return true;
}

/* "ten days after", "two weeks before", "3 days after" at token i: *days is what to add to
 * the time of the clause to get the time of what follows (-10, +14); *end is past it. */
/* "<count> <unit> <word of kind>" at token i ("ten days after", "two weeks later"): the word's
 * value times the days counted, or 0 when the three words are not there. */
static long counted_days(const ng_doc *d, size_t i, ng_cal_kind kind) {
  int n = count_at(d, i, 2);
  const ng_calendar_word *unit = n > 0 && i + 2 < d->ntok ? calendar_as(d, i + 1, NG_CAL_UNIT) : NULL;
  const ng_calendar_word *word = unit ? calendar_as(d, i + 2, kind) : NULL;
  return word ? (long)word->value * n * unit->value : 0;
}

bool ng_timex_interval(const ng_doc *d, size_t i, size_t *end, long *days) {
  long n = counted_days(d, i, NG_CAL_SEQUENCE);
  *days = -n;
  *end = i + 3;
  return n != 0;
}

bool ng_timex_later(const ng_doc *d, size_t i, size_t *end, long *days) {
  *days = counted_days(d, i, NG_CAL_LATER);
  *end = i + 3;
  return *days != 0;
}

/* t moved by `days` days (a day, not a finer time). */
ng_timex ng_timex_add_days(const ng_timex *t, long days) {
  return civil_from_days(ng_days_from_civil(t->year, t->month, t->day) + days);
}

bool ng_timex_parse(const ng_doc *d, size_t i, size_t *end, ng_timex *out) {
  return i < d->ntok && with_time(d, i, end, out);
}

void ng_timex_format(const ng_timex *t, char out[32], const char **xsd_type) {
  switch (t->gran) {
  case NG_TIME_YEAR:
    snprintf(out, 32, "%04d", t->year);
    *xsd_type = "gYear";
    break;
  case NG_TIME_MONTH:
    snprintf(out, 32, "%04d-%02d", t->year, t->month);
    *xsd_type = "gYearMonth";
    break;
  case NG_TIME_MINUTE:
    snprintf(out, 32, "%04d-%02d-%02dT%02d:%02d:00", t->year, t->month, t->day, t->hour,
             t->minute);
    *xsd_type = "dateTime";
    break;
  default:
    snprintf(out, 32, "%04d-%02d-%02d", t->year, t->month, t->day);
    *xsd_type = "date";
    break;
  }
}
