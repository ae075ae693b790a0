/* SPDX-License-Identifier: MIT */
/* corpus.c: CSV article corpora (text,date,url,title), one record at a time, so memory stays
 * flat however long the corpus is. */
#include "csvread.h"

#include <stdlib.h>

struct corpus {
  const char *path;
  int text, date, url, title; /* column indexes, -1 when absent */
  size_t ncols;
  ng_article_fn fn;
  void *payload;
  const ng_diag *diag;
};

static int column(char **fields, size_t n, const char *name) {
  for (size_t i = 0; i < n; i++)
    if (!strcmp(fields[i], name))
      return (int)i;
  return -1;
}

static const char *cell(char **fields, int col) { return col >= 0 && *fields[col] ? fields[col] : NULL; }

static ng_status on_record(char **fields, size_t n, size_t line, void *payload) {
  struct corpus *c = payload;
  if (c->ncols == 0) { /* the header */
    c->ncols = n;
    c->text = column(fields, n, "text");
    c->date = column(fields, n, "date");
    c->url = column(fields, n, "url");
    c->title = column(fields, n, "title");
    if (c->text < 0)
      return ng_diag_report(c->diag, NG_ERR_INPUT, "%s:%zu: no 'text' column in the header",
                            c->path, line);
    return NG_OK;
  }
  if (n != c->ncols)
    return ng_diag_report(c->diag, NG_ERR_INPUT, "%s:%zu: %zu fields, the header has %zu",
                          c->path, line, n, c->ncols);
  char source[4096];
  snprintf(source, sizeof source, "%s:%zu", c->path, line);
  ng_article a = {.text = fields[c->text], .len = strlen(fields[c->text]), .source = source,
                  .date = cell(fields, c->date), .url = cell(fields, c->url),
                  .title = cell(fields, c->title)};
  return c->fn(&a, c->payload);
}

ng_status ng_corpus_csv_each(FILE *fp, const char *path, ng_article_fn fn, void *payload,
                             const ng_diag *diag) {
  struct corpus c = {.path = path, .fn = fn, .payload = payload, .diag = diag};
  ng_status st = ng_csv_each(fp, path, NG_MAX_ARTICLE, on_record, &c, diag);
  if (st == NG_OK && c.ncols == 0)
    st = ng_diag_report(diag, NG_ERR_INPUT, "%s: empty CSV file (no header)", path);
  return st;
}
