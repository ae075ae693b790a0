/* SPDX-License-Identifier: MIT */
/* The public header stands alone: it compiles with nothing else included first. */
#include "newsgraph.h"

#include "check.h"

int main(void) {
  ng_format f;
  CHECK(ng_format_parse("nquads", &f) && f == NG_FORMAT_NQUADS);
  CHECK(!ng_format_parse("rdfxml", &f));
  CHECK(strcmp(ng_strerror(NG_ERR_INPUT), "bad input") == 0);
  ng_config cfg = NG_CONFIG_INIT;
  CHECK(cfg.format == NG_FORMAT_TURTLE && cfg.mentions == NG_MENTIONS_IDS && !cfg.base);
  return check_report("test_header");
}
