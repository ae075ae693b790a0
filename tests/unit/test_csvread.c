/* SPDX-License-Identifier: MIT */
/* Unit tests of the CSV reader: line numbers, quoting, strict errors, missing columns. */
#include "check.h"
#include "csvread.h"

#include <stdlib.h>
#include <unistd.h>

static char last_error[512];
static void keep(void *p, ng_status st, const char *msg) {
  (void)p, (void)st;
  snprintf(last_error, sizeof last_error, "%s", msg);
}
static const ng_diag diag = {keep, NULL};

static ng_status load(const char *content, ng_table **t) {
  char dir[] = "/tmp/ng-csv-XXXXXX";
  if (!mkdtemp(dir))
    return NG_ERR_IO;
  char path[64];
  snprintf(path, sizeof path, "%s/t.csv", dir);
  FILE *fp = fopen(path, "wb");
  fputs(content, fp);
  fclose(fp);
  static const ng_colspec spec[] = {{"id", true}, {"name", false}};
  last_error[0] = '\0';
  ng_status st = ng_table_load(t, dir, "t.csv", spec, 2, &diag);
  remove(path);
  rmdir(dir);
  return st;
}

int main(void) {
  ng_table *t;
  CHECK(load("id,name\na,\"x, y\"\nb,\"multi\nline\"\nc,z", &t) == NG_OK);
  CHECK(ng_table_rows(t) == 3);
  CHECK_STR(ng_table_get(t, 0, ng_table_col(t, "name")), "x, y");
  CHECK_STR(ng_table_get(t, 1, ng_table_col(t, "name")), "multi\nline");
  CHECK(ng_table_line(t, 2) == 5); /* the third row starts on line 5 */
  CHECK_STR(ng_table_get(t, 2, ng_table_col(t, "missing")), "");
  ng_table_free(t);

  CHECK(load("id,name\na,b\nc\n", &t) == NG_ERR_DATA && !t);
  CHECK(strstr(last_error, "t.csv:3:") != NULL);
  CHECK(load("id,name\na,\"x\"y\n", &t) == NG_ERR_DATA);
  CHECK(strstr(last_error, "t.csv:2:") != NULL);
  CHECK(load("name\nx\n", &t) == NG_ERR_DATA);
  CHECK(strstr(last_error, "missing column 'id'") != NULL);
  CHECK(load("id,name\n,x\n", &t) == NG_ERR_DATA);
  CHECK(strstr(last_error, "t.csv:2: empty value in required column 'id'") != NULL);
  CHECK(load("id,name\na,\"unterminated\n", &t) == NG_ERR_DATA);
  CHECK(load("id,name\na,\xff\n", &t) == NG_ERR_DATA);
  CHECK(strstr(last_error, "invalid UTF-8") != NULL);
  return check_report("test_csvread");
}
