/* SPDX-License-Identifier: MIT */
/* timex.h: dates and times as written ("July 2013", "Monday", "7:30 PM", "2016-12-19"),
 * normalised against the publication date when they are relative. */
#ifndef NG_TIMEX_H
#define NG_TIMEX_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum {
  NG_TIME_NONE,
  NG_TIME_YEAR,   /* xsd:gYear */
  NG_TIME_MONTH,  /* xsd:gYearMonth */
  NG_TIME_DAY,    /* xsd:date */
  NG_TIME_MINUTE, /* xsd:dateTime */
} ng_time_gran;

typedef struct ng_timex {
  int year, month, day, hour, minute;
  ng_time_gran gran;
} ng_timex;

struct ng_doc;
/* Recognise a date or time expression starting at token i. On success *end is one past its
 * last token and *out its value, already resolved against the publication date; expressions
 * that need a publication date and have none are not recognised. */
bool ng_timex_parse(const struct ng_doc *d, size_t i, size_t *end, ng_timex *out);
/* Days since 1970-01-01 of a proleptic Gregorian date. */
long ng_days_from_civil(int y, int m, int d);
/* "ten days after" at token i: the days to add to the clause's time for what follows (-10). */
bool ng_timex_interval(const struct ng_doc *d, size_t i, size_t *end, long *days);
/* "two days later", "a week earlier" at token i: the days it moves a date by (+2, -7). */
bool ng_timex_later(const struct ng_doc *d, size_t i, size_t *end, long *days);
/* The day `days` days from t (t of day granularity or finer). */
ng_timex ng_timex_add_days(const ng_timex *t, long days);
/* Parse YYYY-MM-DD (already validated) into a day. */
ng_timex ng_timex_from_iso(const char *s);
/* The lexical form for RDF ("2013-07") and its XSD datatype local name ("gYearMonth"). */
void ng_timex_format(const ng_timex *t, char out[32], const char **xsd_type);
#endif
