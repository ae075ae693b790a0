/* SPDX-License-Identifier: MIT */
/* Every _free accepts NULL (the library's ownership rule 2). */
#include "check.h"
#include "csvread.h"
#include "doc.h"
#include "strmap.h"

int main(void) {
  ng_kb_free(NULL);
  ng_writer_free(NULL);
  ng_doc_free(NULL);
  ng_table_free(NULL);
  ng_arena_free(NULL);
  ng_strmap_free(NULL);
  ng_buf b = NG_BUF_INIT;
  ng_buf_free(&b);
  CHECK(b.data == NULL);
  return check_report("test_free_null");
}
