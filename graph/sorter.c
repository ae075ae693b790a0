/* SPDX-License-Identifier: MIT */
/* sorter.c: external sort with de-duplication, the way `sort -u` does it: sorted runs in
 * temporary files (tmpfile(), gone when closed or when the process dies), merged at the end.
 * Lines sit in large reused blocks (no allocation per line) and are sorted by multikey
 * quicksort, which compares each shared prefix once instead of once per comparison: quads
 * share long IRI prefixes. */
#include "sorter.h"

#include <errno.h>
#include <stdlib.h>

#define BLOCK ((size_t)1 << 20)

struct ng_sorter {
  char **lines;
  size_t n, cap, bytes, budget, total;
  char **blocks;     /* the line storage, kept for the next run */
  size_t *blocksize;
  size_t nblocks, blockcap, cur, used; /* filling blocks[cur], `used` bytes of it so far */
  FILE **runs;
  size_t nruns, runcap;
};

ng_sorter *ng_sorter_new(size_t budget) {
  ng_sorter *s = ng_xcalloc(1, sizeof *s);
  s->budget = budget ? budget : (size_t)256 << 20;
  return s;
}

static void drop_lines(ng_sorter *s) {
  s->n = s->bytes = s->cur = s->used = 0;
}

void ng_sorter_free(ng_sorter *s) {
  if (!s)
    return;
  for (size_t i = 0; i < s->nblocks; i++)
    free(s->blocks[i]);
  free(s->blocks);
  free(s->blocksize);
  free(s->lines);
  for (size_t i = 0; i < s->nruns; i++)
    fclose(s->runs[i]);
  free(s->runs);
  free(s);
}

/* Room for n bytes in the current block, moving to the next (or a new) one if needed. */
static char *room(ng_sorter *s, size_t n) {
  while (s->cur < s->nblocks && s->used + n > s->blocksize[s->cur])
    s->cur++, s->used = 0;
  if (s->cur == s->nblocks) {
    NG_GROW(s->blocks, s->nblocks, s->blockcap);
    s->blocksize = ng_xrealloc(s->blocksize, s->blockcap * sizeof(size_t));
    s->blocksize[s->nblocks] = n > BLOCK ? n : BLOCK;
    s->blocks[s->nblocks++] = ng_xmalloc(s->blocksize[s->cur]);
  }
  char *at = s->blocks[s->cur] + s->used;
  s->used += n;
  return at;
}

static void swap(char **a, size_t i, size_t k) {
  char *t = a[i];
  a[i] = a[k], a[k] = t;
}

static int at(const char *line, size_t d) { return (unsigned char)line[d]; }

/* a[0..n) all share their first d bytes: few lines, so insertion sort. */
static void insertion_sort(char **a, size_t n, size_t d) {
  for (size_t i = 1; i < n; i++)
    for (size_t k = i; k > 0 && strcmp(a[k - 1] + d, a[k] + d) > 0; k--)
      swap(a, k - 1, k);
}

/* Median of three byte values at depth d: the index to use as pivot. */
static size_t pivot(char **a, size_t n, size_t d) {
  size_t i = 0, k = n / 2, j = n - 1;
  int x = at(a[i], d), y = at(a[k], d), z = at(a[j], d);
  if (x < y)
    return y < z ? k : x < z ? j : i;
  return x < z ? i : y < z ? j : k;
}

/* Multikey quicksort (Bentley and Sedgewick) of lines sharing their first d bytes. */
static void mkqsort(char **a, size_t n, size_t d) {
  while (n > 16) {
    swap(a, 0, pivot(a, n, d));
    int v = at(a[0], d);
    size_t lt = 0, i = 1, gt = n - 1; /* [0,lt) < v, [lt,i) == v, (gt,n) > v */
    while (i <= gt) {
      int c = at(a[i], d);
      if (c < v)
        swap(a, lt++, i++);
      else if (c > v)
        swap(a, i, gt--);
      else
        i++;
    }
    mkqsort(a, lt, d);
    if (v) /* equal lines (v is their NUL) need no more sorting */
      mkqsort(a + lt, gt + 1 - lt, d + 1);
    a += gt + 1, n -= gt + 1;
  }
  insertion_sort(a, n, d);
}

/* Sort what is in memory and write it, without duplicates, to fp. */
static ng_status write_sorted(ng_sorter *s, FILE *fp, const ng_diag *diag) {
  mkqsort(s->lines, s->n, 0);
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
  char *copy = room(s, len + 1);
  memcpy(copy, line, len);
  copy[len] = '\0';
  s->lines[s->n++] = copy;
  s->total++;
  s->bytes += len + 1 + sizeof(char *);
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
