/* SPDX-License-Identifier: MIT */
/* Unit tests of the early stages against the real data/: tokens, sentences, dates. */
#include "check.h"
#include "doc.h"

static const ng_kb *kb;

static ng_doc *run(const char *text, const char *date, size_t nstages) {
  static ng_article a;
  a = (ng_article){.text = text, .len = strlen(text), .source = "t", .date = date};
  ng_doc *d = ng_doc_new(kb, &a);
  ng_status (*stages[])(ng_doc *, const ng_diag *) = {ng_tokenize_run, ng_sentence_run,
                                                     ng_gazetteer_run, ng_person_run,
                                                     ng_resolve_run, ng_role_run};
  for (size_t i = 0; i < nstages; i++)
    stages[i](d, NULL);
  return d;
}

static void test_tokens(void) {
  ng_doc *d = run("Russia\xe2\x80\x99s envoy met Mr. Smith in the U.S. on 7:30 p.m.", NULL, 1);
  const char *want[] = {"russia", "'s", "envoy", "met", "mr.", "smith", "in", "the",
                        "u.s.", "on", "7:30", "p.m."};
  CHECK(d->ntok == NG_COUNTOF(want));
  for (size_t i = 0; i < d->ntok && i < NG_COUNTOF(want); i++)
    CHECK_STR(d->tok[i].norm, want[i]);
  CHECK(d->tok[1].flags & NG_TOK_POSS);
  CHECK(d->tok[1].cb == 6 && d->tok[1].ce == 8); /* code points: ’ is one */
  ng_doc_free(d);
  d = run("O'Brien met al-Assad. He didn't stay.", NULL, 1);
  CHECK_STR(d->tok[0].norm, "o'brien");
  CHECK_STR(d->tok[2].norm, "al-assad");
  CHECK_STR(d->tok[5].norm, "didn't");
  ng_doc_free(d);
  /* a country, a place or a demonym at either end of a hyphenated word is a word of its own */
  d = run("US-backed pro-Syrian British-Pakistani Guinea-Bissau al-Sisi Al-Monitor", NULL, 1);
  const char *cut[] = {"us", "-", "backed", "pro", "-", "syrian", "british", "-", "pakistani",
                       "guinea-bissau", "al-sisi", "al-monitor"};
  CHECK(d->ntok == NG_COUNTOF(cut));
  for (size_t i = 0; i < d->ntok && i < NG_COUNTOF(cut); i++)
    CHECK_STR(d->tok[i].norm, cut[i]);
  ng_doc_free(d);
}

static size_t sentences(const char *text) {
  ng_doc *d = run(text, NULL, 2);
  size_t n = d->nsent;
  ng_doc_free(d);
  return n;
}

static void test_sentences(void) {
  CHECK(sentences("The U.S. State Department condemned it. Kirby spoke.") == 2);
  CHECK(sentences("He lives in the U.S. The embassy said so.") == 2);
  CHECK(sentences("Mr. Smith and Dr. Jones met Gen. Lee on Jan. 5 in Ankara.") == 1);
  CHECK(sentences("\xe2\x80\x9cWe informed President Putin. We are checking,\xe2\x80\x9d Peskov added.") == 2);
  CHECK(sentences("\xe2\x80\x9cIs it true?\xe2\x80\x9d he asked. Nobody knew.") == 2);
  CHECK(sentences("UPDATE 10:00 PM:\n\nThe gunman was a police officer.") == 2);
  CHECK(sentences("A line that is wrapped\nin the middle of a sentence.") == 1);
}

static const char *date_of(const char *text, const char *pub) {
  static char out[32];
  ng_doc *d = run(text, pub, 3);
  out[0] = '\0';
  for (size_t i = 0; i < d->nm; i++)
    if (d->m[i].kind == NG_M_DATE) {
      const char *xsd;
      ng_timex_format(&d->m[i].time, out, &xsd);
      break;
    }
  ng_doc_free(d);
  return out;
}

static void test_dates(void) {
  CHECK_STR(date_of("It happened on Monday.", "2016-12-19"), "2016-12-19");
  CHECK_STR(date_of("It happened on Friday.", "2016-12-19"), "2016-12-16");
  CHECK_STR(date_of("They will meet on Friday.", "2016-12-19"), "2016-12-23");
  CHECK_STR(date_of("around 7:30 PM on Monday", "2016-12-19"), "2016-12-19T19:30:00");
  CHECK_STR(date_of("at 7:30pm on Monday", "2016-12-19"), "2016-12-19T19:30:00");
  CHECK_STR(date_of("at 3pm on Monday", "2016-12-19"), "2016-12-19T15:00:00");
  CHECK_STR(date_of("at 12am on Monday", "2016-12-19"), "2016-12-19T00:00:00");
  CHECK_STR(date_of("a coup attempt back in July, 15.", "2016-12-19"), "2016-07-15");
  CHECK_STR(date_of("a coup attempt on July 15.", "2017-03-01"), "2016-07-15");
  CHECK_STR(date_of("He was born in 1954 in Moscow.", NULL), "1954");
  CHECK_STR(date_of("serving since July 2013.", NULL), "2013-07");
  CHECK_STR(date_of("on December 19, 2016 in Ankara", NULL), "2016-12-19");
  CHECK_STR(date_of("on 19 Dec 2016 in Ankara", NULL), "2016-12-19");
  CHECK_STR(date_of("dated 2016-12-19.", NULL), "2016-12-19");
  CHECK_STR(date_of("It happened on Monday.", NULL), ""); /* no publication date: no guess */
  CHECK_STR(date_of("It happened yesterday.", "2016-03-01"), "2016-02-29");
  CHECK_STR(date_of("He was shot the previous evening.", "2016-12-20"), "2016-12-19");
  CHECK_STR(date_of("He was shot the previous evening.", NULL), "");
  /* a month alone, after a preposition or "last"; a year between a determiner and a noun */
  CHECK_STR(date_of("They left in June, he said.", "2019-01-09"), "2018-06");
  CHECK_STR(date_of("They left in January.", "2019-01-09"), "2019-01");
  CHECK_STR(date_of("It failed last January.", "2019-01-09"), "2018-01");
  CHECK_STR(date_of("They will vote in June.", "2019-01-09"), "2019-06");
  CHECK_STR(date_of("May said no.", "2019-01-09"), "");
  CHECK_STR(date_of("since the 2015 nuclear deal", NULL), "2015");
  CHECK_STR(date_of("the 2015 Act", NULL), "");
  /* a future word in a later clause does not move a date */
  CHECK_STR(date_of("He told them on Wednesday that it could grow over the next years.",
                    "2019-08-29"),
            "2019-08-28");
  CHECK_STR(date_of("They will say on Wednesday that it grew.", "2019-08-29"), "2019-09-04");
  /* the day of a saying is past, whatever it reports; "would" looks forward */
  CHECK_STR(date_of("He said on Wednesday they will grow.", "2019-08-29"), "2019-08-28");
  CHECK_STR(date_of("They said they would march on Saturday.", "2019-08-29"), "2019-08-31");
  /* a deadline; a month or year counted from publication; the end of a range */
  CHECK_STR(date_of("They agreed to leave by Oct. 15.", "2019-08-29"), "2019-10-15");
  CHECK_STR(date_of("He died last month.", "2019-01-09"), "2018-12");
  CHECK_STR(date_of("Elections are due next year.", "2019-01-09"), "2020");
  CHECK_STR(date_of("He served to 2018.", NULL), "");
  CHECK_STR(date_of("He served from 2015 to 2018.", NULL), "2015");
}

/* The days ng_timex_interval gives at token i of text, or 999 when it finds no interval. */
static long interval_at(const char *text, size_t i) {
  ng_doc *d = run(text, NULL, 2);
  size_t end;
  long days = 999;
  if (!ng_timex_interval(d, i, &end, &days))
    days = 999;
  ng_doc_free(d);
  return days;
}

static void test_intervals(void) {
  CHECK(interval_at("It came ten days after the attack.", 2) == -10);
  CHECK(interval_at("It came 3 days after the attack.", 2) == -3);
  CHECK(interval_at("It came two weeks before the vote.", 2) == 14);
  CHECK(interval_at("It came ten years after the war.", 2) == 999); /* days and weeks only */
  CHECK(interval_at("It came days after the attack.", 2) == 999);
}

int main(int argc, char **argv) {
  ng_kb *k;
  if (argc < 2 || ng_kb_load(&k, argv[1], NULL) != NG_OK) {
    fprintf(stderr, "usage: test_pipeline DATA_DIR (loadable)\n");
    return 1;
  }
  kb = k;
  test_tokens();
  test_sentences();
  test_dates();
  test_intervals();
  ng_kb_free(k);
  return check_report("test_pipeline");
}
