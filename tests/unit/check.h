/* SPDX-License-Identifier: MIT */
/* check.h: a tiny test harness. Each CHECK counts; a failure prints file:line and the
 * expression, and the test's main returns check_report() (non-zero when anything failed). */
#ifndef NG_CHECK_H
#define NG_CHECK_H
#include <stdio.h>
#include <string.h>

static int check_failures, check_count;

#define CHECK(expr)                                                                            \
  do {                                                                                         \
    check_count++;                                                                             \
    if (!(expr)) {                                                                             \
      check_failures++;                                                                        \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #expr);                 \
    }                                                                                          \
  } while (0)

#define CHECK_STR(got, want)                                                                   \
  do {                                                                                         \
    const char *g_ = (got), *w_ = (want);                                                      \
    check_count++;                                                                             \
    if (!g_ || strcmp(g_, w_) != 0) {                                                          \
      check_failures++;                                                                        \
      fprintf(stderr, "%s:%d: got \"%s\", want \"%s\"\n", __FILE__, __LINE__,                  \
              g_ ? g_ : "(null)", w_);                                                         \
    }                                                                                          \
  } while (0)

static inline int check_report(const char *name) {
  fprintf(stderr, "%s: %d checks, %d failed\n", name, check_count, check_failures);
  return check_failures != 0;
}
#endif
