/* SPDX-License-Identifier: MIT */
/* Unit tests: UTF-8 checks, folding, slugs, IRI and date validation. */
#include "check.h"
#include "text.h"

static const char *slug_of(const char *s) {
  static char out[256];
  ng_buf b = NG_BUF_INIT;
  ng_slug(&b, s, strlen(s));
  snprintf(out, sizeof out, "%s", ng_buf_cstr(&b));
  ng_buf_free(&b);
  return out;
}

static void test_utf8(void) {
  size_t off;
  const char *why;
  CHECK(ng_text_check("Ankara", 6, &off, &why) == NG_OK);
  CHECK(ng_text_check("ab\xff" "cd", 5, &off, &why) == NG_ERR_INPUT && off == 2);
  CHECK(ng_text_check("\xc0\xaf", 2, &off, &why) == NG_ERR_INPUT && off == 0); /* overlong */
  CHECK(ng_text_check("\xed\xa0\x80", 3, &off, &why) == NG_ERR_INPUT);         /* surrogate */
  CHECK(ng_text_check("ab\xe2\x80", 4, &off, &why) == NG_ERR_INPUT && off == 2); /* truncated */
  CHECK(ng_text_check("a\0b", 3, &off, &why) == NG_ERR_INPUT && off == 1);
  CHECK(ng_text_check("", 0, &off, &why) == NG_ERR_INPUT);
  CHECK(ng_text_check(" \n\t", 3, &off, &why) == NG_ERR_INPUT);
  CHECK(ng_utf8_count("S\xc3\xbcleyman", 9) == 8);
}

static void test_fold_and_slug(void) {
  CHECK_STR(slug_of("S\xc3\xbcleyman Soylu"), "suleyman-soylu");
  CHECK_STR(slug_of("Mevl\xc3\xbct \xc3\x87" "avu\xc5\x9f" "o\xc4\x9flu"), "mevlut-cavusoglu");
  CHECK_STR(slug_of("\xc5\x81ukasz  O'Brien-Smith"), "lukasz-o-brien-smith");
  CHECK_STR(slug_of("\xd0\x9f\xd1\x83"), "%D0%9F%D1%83"); /* Cyrillic: percent-encoded */
  ng_buf b = NG_BUF_INIT;
  const char *q = "Russia\xe2\x80\x99s \xe2\x80\x9cterror\xe2\x80\x9d";
  ng_fold(&b, q, strlen(q), true);
  CHECK_STR(ng_buf_cstr(&b), "russia's \"terror\"");
  ng_buf_free(&b);
}

static void test_iri_and_date(void) {
  CHECK(ng_iri_is_valid("https://example.org/a?b=c"));
  CHECK(ng_iri_is_valid("urn:eval:doc1"));
  CHECK(!ng_iri_is_valid("example.org/a"));
  CHECK(!ng_iri_is_valid("http://x/a b"));
  CHECK(!ng_iri_is_valid("http://x/<a>"));
  CHECK(!ng_iri_is_valid("http://x/%zz"));
  CHECK(!ng_iri_is_valid(""));
  CHECK(ng_date_is_valid("2016-12-19"));
  CHECK(ng_date_is_valid("2016-02-29"));
  CHECK(!ng_date_is_valid("2015-02-29"));
  CHECK(!ng_date_is_valid("2016-13-01"));
  CHECK(!ng_date_is_valid("2016-1-19"));
  CHECK(!ng_date_is_valid(" 016-12-19"));
}

int main(void) {
  test_utf8();
  test_fold_and_slug();
  test_iri_and_date();
  return check_report("test_text");
}
