/* SPDX-License-Identifier: MIT */
/* sorter.c: external sort with de-duplication, the way `sort -u` does it: sorted runs in
 * temporary files (tmpfile(), gone when closed or when the process dies), merged at the end.
 * Lines sit in large reused blocks (no allocation per line) and are sorted by multikey
 * quicksort, which compares each shared prefix once instead of once per comparison: quads
 * share long IRI prefixes. It compares 8-byte keys kept next to the line pointers, so that
 * most comparisons do not touch the lines at all. Several sorters (one per thread filling
 * them) finish together: each sorts its memory part on a thread of its own, and one merge
 * reads every memory part and every run. */
#include "sorter.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>

#define BLOCK ((size_t)8 << 20) /* a multiple of the 2 MB huge page */
#define PAD 8 /* bytes after a block's end, so that a key is one 8-byte load */
/* stdio buffer of a run, read back a line at a time: with 4 kB reads a 5M-quad merge made
 * 210,000 read calls; a few runs of a large merge each hold one */
#define RUN_BUFFER ((size_t)256 << 10)

typedef struct item item;
struct ng_sorter {
  item *lines;
  size_t n, cap, bytes, budget, total;
  char **blocks;     /* the line storage, kept for the next run */
  size_t *blocksize;
  size_t nblocks, blockcap, cur, used; /* filling blocks[cur], `used` bytes of it so far */
  FILE **runs;
  char **runbufs; /* each run's stdio buffer, freed after its fclose */
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
    ng_unmap(s->blocks[i], s->blocksize[i] + PAD);
  free(s->blocks);
  free(s->blocksize);
  free(s->lines);
  for (size_t i = 0; i < s->nruns; i++) {
    fclose(s->runs[i]);
    free(s->runbufs[i]);
  }
  free(s->runs);
  free(s->runbufs);
  free(s);
}

/* A new block, at the end, for at least n bytes. */
static void add_block(ng_sorter *s, size_t n) {
  NG_GROW(s->blocks, s->nblocks, s->blockcap);
  s->blocksize = ng_xrealloc(s->blocksize, s->blockcap * sizeof(size_t));
  s->blocksize[s->nblocks] = n > BLOCK - PAD ? n : BLOCK - PAD; /* mapped: BLOCK in all */
  /* zeroed: the bytes a key reads past a line's end are then always defined */
  s->blocks[s->nblocks] = ng_xmap(s->blocksize[s->nblocks] + PAD);
  s->nblocks++;
}

/* Room for n bytes in the current block, moving to the next (or a new) one if needed. */
static char *room(ng_sorter *s, size_t n) {
  while (s->cur < s->nblocks && s->used + n > s->blocksize[s->cur])
    s->cur++, s->used = 0;
  if (s->cur == s->nblocks)
    add_block(s, n);
  char *at = s->blocks[s->cur] + s->used;
  s->used += n;
  return at;
}

/* A line and 8 of its bytes from the current depth, big-endian, so that comparing keys
 * compares those bytes: the sort touches the line itself once per 8 bytes, not per byte. */
typedef struct item {
  uint64_t key;
  char *line;
} item;

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
static uint64_t key_at(const char *line, size_t d) {
  uint64_t k = 0;
  memcpy(&k, line + d, 8); /* a line's NUL is never in the last PAD bytes of its block */
  uint64_t zero = (k - 0x0101010101010101ULL) & ~k & 0x8080808080808080ULL;
  if (zero) { /* bytes past the end count as 0: shorter lines sort first */
    int end = __builtin_ctzll(zero) / 8; /* the first NUL, in memory order */
    k &= end == 7 ? ~0ULL : ((uint64_t)1 << (8 * (end + 1))) - 1;
  }
  return __builtin_bswap64(k);
}
#else
static uint64_t key_at(const char *line, size_t d) {
  uint64_t k = 0;
  for (int i = 0; i < 8; i++) {
    unsigned char c = (unsigned char)line[d + (size_t)i];
    k |= (uint64_t)c << (56 - 8 * i);
    if (!c)
      break; /* bytes past the end count as 0: shorter lines sort first */
  }
  return k;
}
#endif

/* Write to every page of [p, p + n): the kernel gives (and zeroes) them now. */
static void touch(void *p, size_t n) {
  for (size_t i = 0; i < n; i += 4096)
    ((volatile char *)p)[i] = 0;
}

void ng_sorter_reserve(ng_sorter *s, size_t lines, size_t bytes) {
  double want = (double)bytes + (double)lines * sizeof(item);
  if (want > (double)s->budget) { /* no more than it may hold before spilling */
    lines = (size_t)((double)lines * (double)s->budget / want);
    bytes = (size_t)((double)bytes * (double)s->budget / want);
  }
  if (lines > s->cap) {
    s->lines = ng_xrealloc(s->lines, lines * sizeof *s->lines);
    s->cap = lines;
    touch(s->lines + s->n, (s->cap - s->n) * sizeof *s->lines);
  }
  size_t have = s->cur < s->nblocks ? s->blocksize[s->cur] - s->used : 0;
  for (size_t i = s->cur + 1; i < s->nblocks; i++)
    have += s->blocksize[i];
  for (; have < bytes; have += s->blocksize[s->nblocks - 1]) {
    add_block(s, 0);
    touch(s->blocks[s->nblocks - 1], s->blocksize[s->nblocks - 1]);
  }
}

/* Keys ending in a NUL byte belong to lines that ended: equal keys, equal lines. */
static bool ended(uint64_t key) {
  for (int i = 0; i < 8; i++, key <<= 8)
    if (!(key >> 56))
      return true;
  return false;
}

static void swap(item *a, size_t i, size_t k) {
  item t = a[i];
  a[i] = a[k], a[k] = t;
}

static int cmp_items(const item *x, const item *y, size_t d) {
  if (x->key != y->key)
    return x->key < y->key ? -1 : 1;
  return ended(x->key) ? 0 : strcmp(x->line + d + 8, y->line + d + 8);
}

/* a[0..n) all share their first d bytes: few lines, so insertion sort. */
static void insertion_sort(item *a, size_t n, size_t d) {
  for (size_t i = 1; i < n; i++)
    for (size_t k = i; k > 0 && cmp_items(&a[k - 1], &a[k], d) > 0; k--)
      swap(a, k - 1, k);
}

static uint64_t median3(uint64_t x, uint64_t y, uint64_t z) {
  if (x < y)
    return y < z ? y : x < z ? z : x;
  return x < z ? x : y < z ? z : y;
}

/* Multikey quicksort (Bentley and Sedgewick) on 8-byte keys of lines sharing their first d
 * bytes: three-way partitions by key; the equal part goes on with the next 8 bytes. */
static void mkqsort(item *a, size_t n, size_t d) {
  while (n > 16) {
    uint64_t v = median3(a[0].key, a[n / 2].key, a[n - 1].key);
    size_t lt = 0, i = 0, gt = n; /* [0,lt) < v, [lt,i) == v, [gt,n) > v */
    while (i < gt) {
      if (a[i].key < v)
        swap(a, lt++, i++);
      else if (a[i].key > v)
        swap(a, i, --gt);
      else
        i++;
    }
    mkqsort(a, lt, d);
    if (!ended(v)) {
      for (size_t k = lt; k < gt; k++)
        a[k].key = key_at(a[k].line, d + 8);
      mkqsort(a + lt, gt - lt, d + 8);
    }
    a += gt, n -= gt;
  }
  insertion_sort(a, n, d);
}

/* Sort the lines held in memory and drop the repeats. */
static void sort_memory(ng_sorter *s) {
  for (size_t i = 0; i < s->n; i++)
    s->lines[i].key = key_at(s->lines[i].line, 0);
  mkqsort(s->lines, s->n, 0);
  size_t kept = 0;
  for (size_t i = 0; i < s->n; i++)
    if (!kept || strcmp(s->lines[kept - 1].line, s->lines[i].line) != 0)
      s->lines[kept++] = s->lines[i];
  s->n = kept;
}

#define OUT_BUFFER ((size_t)1 << 20)

/* Where sorted lines go: into a buffer, written to `out` when full. The final output has a
 * second buffer and a thread that writes each full one while the other fills: writing copies
 * every byte into the page cache, most of a merge's last step, and the merging thread can go
 * on meanwhile. */
typedef struct sink {
  FILE *out;
  char *buf[2];
  size_t len[2], cap[2];
  int fill;     /* the buffer being filled */
  bool full[2]; /* handed to the writing thread */
  bool done;    /* no buffer will come */
  bool threaded;
  pthread_mutex_t lock;
  pthread_cond_t change;
  pthread_t thread;
} sink;

static void *sink_thread(void *arg) {
  sink *k = arg;
  for (int i = 0;; i = !i) {
    pthread_mutex_lock(&k->lock);
    while (!k->full[i] && !k->done)
      pthread_cond_wait(&k->change, &k->lock);
    bool full = k->full[i];
    pthread_mutex_unlock(&k->lock);
    if (!full)
      return NULL;
    fwrite(k->buf[i], 1, k->len[i], k->out);
    pthread_mutex_lock(&k->lock);
    k->full[i] = false;
    pthread_cond_broadcast(&k->change);
    pthread_mutex_unlock(&k->lock);
  }
}

static void sink_open(sink *k, FILE *out, bool threaded) {
  memset(k, 0, sizeof *k);
  k->out = out;
  pthread_mutex_init(&k->lock, NULL);
  pthread_cond_init(&k->change, NULL);
  k->threaded = threaded && pthread_create(&k->thread, NULL, sink_thread, k) == 0;
}

/* Write the buffer being filled (or hand it over), and go on with an empty one. */
static void sink_flush(sink *k) {
  if (!k->threaded) {
    fwrite(k->buf[0], 1, k->len[0], k->out);
    k->len[0] = 0;
    return;
  }
  int next = !k->fill;
  pthread_mutex_lock(&k->lock);
  k->full[k->fill] = true;
  pthread_cond_broadcast(&k->change);
  while (k->full[next])
    pthread_cond_wait(&k->change, &k->lock);
  pthread_mutex_unlock(&k->lock);
  k->fill = next;
  k->len[next] = 0;
}

/* One line, and its newline. */
static void sink_line(sink *k, const char *line) {
  size_t n = strlen(line) + 1;
  int f = k->fill;
  if (k->len[f] + n > k->cap[f] && k->len[f]) {
    sink_flush(k);
    f = k->fill;
  }
  if (n > k->cap[f]) { /* only this thread has it now */
    k->cap[f] = n > OUT_BUFFER ? n : OUT_BUFFER;
    k->buf[f] = ng_xrealloc(k->buf[f], k->cap[f]);
  }
  memcpy(k->buf[f] + k->len[f], line, n - 1);
  k->buf[f][k->len[f] + n - 1] = '\n';
  k->len[f] += n;
}

/* Write what is left, and stop the thread. Reports a failure of `out`. */
static ng_status sink_close(sink *k, const ng_diag *diag) {
  if (k->len[k->fill])
    sink_flush(k);
  if (k->threaded) {
    pthread_mutex_lock(&k->lock);
    k->done = true;
    pthread_cond_broadcast(&k->change);
    pthread_mutex_unlock(&k->lock);
    pthread_join(k->thread, NULL);
  }
  pthread_mutex_destroy(&k->lock);
  pthread_cond_destroy(&k->change);
  free(k->buf[0]);
  free(k->buf[1]);
  if (ferror(k->out))
    return ng_diag_report(diag, NG_ERR_IO, "cannot write sorted lines: %s", strerror(errno));
  return NG_OK;
}

/* Write the sorted memory part, and let it go. */
static ng_status write_memory(ng_sorter *s, FILE *fp, bool threaded, const ng_diag *diag) {
  sink k;
  sink_open(&k, fp, threaded);
  for (size_t i = 0; i < s->n; i++)
    sink_line(&k, s->lines[i].line);
  drop_lines(s);
  return sink_close(&k, diag);
}

static ng_status spill(ng_sorter *s, const ng_diag *diag) {
  FILE *fp = tmpfile();
  if (!fp)
    return ng_diag_report(diag, NG_ERR_IO, "cannot create a temporary file: %s", strerror(errno));
  NG_GROW(s->runs, s->nruns, s->runcap);
  s->runbufs = ng_xrealloc(s->runbufs, s->runcap * sizeof *s->runbufs);
  s->runbufs[s->nruns] = ng_xmalloc(RUN_BUFFER); /* glibc ignores a size without a buffer */
  setvbuf(fp, s->runbufs[s->nruns], _IOFBF, RUN_BUFFER);
  s->runs[s->nruns++] = fp;
  sort_memory(s);
  return write_memory(s, fp, false, diag);
}

ng_status ng_sorter_add(ng_sorter *s, const char *line, size_t len, const ng_diag *diag) {
  NG_GROW(s->lines, s->n, s->cap);
  char *copy = room(s, len + 1);
  memcpy(copy, line, len);
  copy[len] = '\0';
  s->lines[s->n++].line = copy;
  s->total++;
  s->bytes += len + 1 + sizeof(item);
  return s->bytes >= s->budget ? spill(s, diag) : NG_OK;
}

size_t ng_sorter_count(const ng_sorter *s) { return s->total; }
size_t ng_sorter_runs(const ng_sorter *s) { return s->nruns; }
/* One sorted source being merged: a run on disk, or a sorter's sorted memory part. */
struct head {
  FILE *fp;        /* the run, or NULL */
  const item *mem; /* else the memory part's lines not yet taken */
  size_t memn;
  char *line; /* the current line: getline's buffer for a run, borrowed from memory */
  size_t cap;
};

/* The next line of a source, or false at its end. */
static bool advance(struct head *h) {
  if (!h->fp) {
    if (!h->memn)
      return false;
    h->line = h->mem->line;
    h->mem++, h->memn--;
    return true;
  }
  ssize_t n = getline(&h->line, &h->cap, h->fp);
  if (n <= 0)
    return false;
  if (h->line[n - 1] == '\n')
    h->line[n - 1] = '\0';
  return true;
}

/* Restore the heap order (smallest line first) below position i. */
static void sift_down(struct head **heap, size_t n, size_t i) {
  for (;;) {
    size_t l = 2 * i + 1, r = l + 1, min = i;
    if (l < n && strcmp(heap[l]->line, heap[min]->line) < 0)
      min = l;
    if (r < n && strcmp(heap[r]->line, heap[min]->line) < 0)
      min = r;
    if (min == i)
      return;
    struct head *t = heap[i];
    heap[i] = heap[min], heap[min] = t;
    i = min;
  }
}

/* The merge once one or two sources are left (b may be NULL), `last` the line written before
 * them or NULL. Only the current line of each may repeat `last` (a source has no repeats of
 * its own); then one comparison a line also finds the lines both hold, where the heap needs a
 * second one, against the line written last. Two sources are all a merge in memory has on
 * two cores, and a third of its comparisons went. */
static void merge_rest(struct head *a, struct head *b, const char *last, sink *k) {
  bool more_a = true, more_b = b != NULL;
  if (last && !strcmp(a->line, last))
    more_a = advance(a);
  if (more_b && last && !strcmp(b->line, last))
    more_b = advance(b);
  while (more_a && more_b) {
    int c = strcmp(a->line, b->line);
    sink_line(k, c <= 0 ? a->line : b->line);
    if (c <= 0)
      more_a = advance(a);
    if (c >= 0)
      more_b = advance(b);
  }
  for (; more_a; more_a = advance(a))
    sink_line(k, a->line);
  for (; more_b; more_b = advance(b))
    sink_line(k, b->line);
}

/* k-way merge of sorted sources through a heap, each distinct line written once. A source
 * has no repeats of its own, so a line can only repeat the last one written when it comes
 * from another source. */
static ng_status merge_heads(struct head *h, size_t nh, FILE *out, const ng_diag *diag) {
  sink k;
  sink_open(&k, out, true);
  struct head **heap = ng_xmalloc((nh ? nh : 1) * sizeof *heap);
  size_t n = 0;
  for (size_t i = 0; i < nh; i++)
    if (advance(&h[i]))
      heap[n++] = &h[i];
  for (size_t i = n; i-- > 0;)
    sift_down(heap, n, i);
  ng_buf copy = NG_BUF_INIT; /* of a run's line: advance() reuses its buffer */
  const char *last = NULL;   /* the last line written: in memory, or `copy` */
  const struct head *from = NULL;
  while (n > 2) {
    struct head *min = heap[0];
    if (min == from || !last || strcmp(last, min->line) != 0) {
      sink_line(&k, min->line);
      if (min->fp) {
        ng_buf_clear(&copy);
        ng_buf_puts(&copy, min->line);
      }
      last = min->fp ? copy.data : min->line, from = min;
    }
    if (!advance(min))
      heap[0] = heap[--n];
    sift_down(heap, n, 0);
  }
  if (n)
    merge_rest(heap[0], n == 2 ? heap[1] : NULL, last, &k);
  ng_buf_free(&copy);
  free(heap);
  return sink_close(&k, diag);
}

static void *sort_thread(void *s) {
  sort_memory(s);
  return NULL;
}

/* Sort every sorter's memory part, each on a thread of its own when there are several. */
static void sort_all(ng_sorter *const *s, size_t n) {
  pthread_t *t = ng_xcalloc(n, sizeof *t);
  bool *started = ng_xcalloc(n, sizeof *started);
  for (size_t i = 1; i < n; i++)
    started[i] = pthread_create(&t[i], NULL, sort_thread, s[i]) == 0;
  sort_memory(s[0]);
  for (size_t i = 1; i < n; i++)
    if (started[i])
      pthread_join(t[i], NULL);
    else
      sort_memory(s[i]);
  free(started);
  free(t);
}

ng_status ng_sorter_finish_all(ng_sorter *const *s, size_t n, FILE *out, const ng_diag *diag) {
  sort_all(s, n);
  if (n == 1 && !s[0]->nruns) /* all in memory: no merge */
    return write_memory(s[0], out, true, diag);
  size_t nh = 0;
  for (size_t i = 0; i < n; i++)
    nh += s[i]->nruns + 1;
  struct head *h = ng_xcalloc(nh, sizeof *h);
  nh = 0;
  for (size_t i = 0; i < n; i++) {
    for (size_t k = 0; k < s[i]->nruns; k++) {
      rewind(s[i]->runs[k]);
      h[nh++].fp = s[i]->runs[k];
    }
    h[nh].mem = s[i]->lines, h[nh++].memn = s[i]->n;
  }
  ng_status st = merge_heads(h, nh, out, diag);
  for (size_t i = 0; i < nh; i++)
    if (h[i].fp)
      free(h[i].line);
  free(h);
  for (size_t i = 0; i < n; i++)
    drop_lines(s[i]);
  return st;
}

ng_status ng_sorter_finish(ng_sorter *s, FILE *out, const ng_diag *diag) {
  return ng_sorter_finish_all(&s, 1, out, diag);
}
