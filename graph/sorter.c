/* SPDX-License-Identifier: MIT */
/* sorter.c: external sort with de-duplication, the way `sort -u` does it: sorted runs in
 * temporary files (tmpfile(), gone when closed or when the process dies), merged at the end. */
#include "sorter.h"

#include <errno.h>
#include <stdlib.h>

struct ng_sorter {
  char **lines;
  size_t n, cap, bytes, budget, total;
  FILE **runs;
  size_t nruns, runcap;
};

ng_sorter *ng_sorter_new(size_t budget) {
  ng_sorter *s = ng_xcalloc(1, sizeof *s);
  s->budget = budget ? budget : (size_t)256 << 20;
  return s;
}

static void drop_lines(ng_sorter *s) {
  for (size_t i = 0; i < s->n; i++)
    free(s->lines[i]);
  s->n = s->bytes = 0;
}

void ng_sorter_free(ng_sorter *s) {
  if (!s)
    return;
  drop_lines(s);
  free(s->lines);
  for (size_t i = 0; i < s->nruns; i++)
    fclose(s->runs[i]);
  free(s->runs);
  free(s);
}

static int cmp_lines(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sort what is in memory and write it, without duplicates, to fp. */
static ng_status write_sorted(ng_sorter *s, FILE *fp, const ng_diag *diag) {
  qsort(s->lines, s->n, sizeof(char *), cmp_lines);
  for (size_t i = 0; i < s->n; i++)
    if (i == 0 || strcmp(s->lines[i - 1], s->lines[i]) != 0) {
      fputs(s->lines[i], fp);
      fputc('\n', fp);
    }
  if (ferror(fp))
    return ng_diag_report(diag, NG_ERR_IO, "cannot write sorted lines: %s", strerror(errno));
  drop_lines(s);
  return NG_OK;
}

static ng_status spill(ng_sorter *s, const ng_diag *diag) {
  FILE *fp = tmpfile();
  if (!fp)
    return ng_diag_report(diag, NG_ERR_IO, "cannot create a temporary file: %s", strerror(errno));
  NG_GROW(s->runs, s->nruns, s->runcap);
  s->runs[s->nruns++] = fp;
  return write_sorted(s, fp, diag);
}

ng_status ng_sorter_add(ng_sorter *s, const char *line, size_t len, const ng_diag *diag) {
  NG_GROW(s->lines, s->n, s->cap);
  s->lines[s->n++] = ng_xstrndup(line, len);
  s->bytes += len + 1 + sizeof(char *);
  s->total++;
  return s->bytes >= s->budget ? spill(s, diag) : NG_OK;
}

size_t ng_sorter_count(const ng_sorter *s) { return s->total; }
size_t ng_sorter_runs(const ng_sorter *s) { return s->nruns; }

/* One run being merged: its current line. */
struct head {
  FILE *fp;
  char *line;
  size_t cap;
  bool done;
};

static void advance(struct head *h) {
  ssize_t n = getline(&h->line, &h->cap, h->fp);
  if (n <= 0) {
    h->done = true;
    return;
  }
  if (h->line[n - 1] == '\n')
    h->line[n - 1] = '\0';
}

/* k-way merge: few runs (the budget is large), so a linear scan for the smallest is enough. */
static ng_status merge_runs(ng_sorter *s, FILE *out, const ng_diag *diag) {
  struct head *h = ng_xcalloc(s->nruns, sizeof *h);
  for (size_t i = 0; i < s->nruns; i++) {
    rewind(s->runs[i]);
    h[i].fp = s->runs[i];
    advance(&h[i]);
  }
  char *last = NULL;
  for (;;) {
    struct head *min = NULL;
    for (size_t i = 0; i < s->nruns; i++)
      if (!h[i].done && (!min || strcmp(h[i].line, min->line) < 0))
        min = &h[i];
    if (!min)
      break;
    if (!last || strcmp(last, min->line) != 0) {
      fputs(min->line, out);
      fputc('\n', out);
      free(last);
      last = ng_xstrdup(min->line);
    }
    advance(min);
  }
  free(last);
  for (size_t i = 0; i < s->nruns; i++)
    free(h[i].line);
  free(h);
  if (ferror(out))
    return ng_diag_report(diag, NG_ERR_IO, "cannot write merged lines: %s", strerror(errno));
  return NG_OK;
}

ng_status ng_sorter_finish(ng_sorter *s, FILE *out, const ng_diag *diag) {
  if (s->nruns == 0)
    return write_sorted(s, out, diag);
  ng_status st;
  if (s->n)
    NG_TRY(st, spill(s, diag));
  return merge_runs(s, out, diag);
}
